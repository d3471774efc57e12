/**
 * Member names that can be written under a directory without leaving it or colliding: relative,
 * made of plain components (no empty, `.` or `..` one, no NUL, none over 255 bytes), each name
 * once, and no member that is a file and also the parent of another.
 */
import { ArchiveError, showName } from './errors.js'

export interface NamedMember {
  /** Slash-separated; a directory ends with `/`. */
  name: string
  isDirectory: boolean
}

/** Why a name cannot be extracted as it is, or null when it can. */
export function badNameReason(name: string, isDirectory: boolean): string | null {
  if (name === '' || name === '/') return 'an empty name'
  if (name.includes('\0')) return 'a NUL byte in the name'
  if (name.startsWith('/')) return 'an absolute name'
  const parts = (isDirectory && name.endsWith('/') ? name.slice(0, -1) : name).split('/')
  if (parts.includes('..')) return 'a `..` component, which would leave the extraction directory'
  if (parts.includes('.')) return 'a `.` component'
  if (parts.includes('')) return 'an empty component (`//` or a trailing `/` on a file)'
  if (parts.some(p => Buffer.byteLength(p) > 255)) return 'a component longer than 255 bytes'
  return null
}

/** Throw ArchiveError (BAD_NAME, DUPLICATE or CONFLICT) for the first member that cannot be extracted beside the others. */
export function checkMemberNames(members: readonly NamedMember[]): void {
  const kinds = new Map<string, NamedMember>()
  for (const m of members) {
    const why = badNameReason(m.name, m.isDirectory)
    if (why) throw new ArchiveError('BAD_NAME', `member ${showName(m.name)} has ${why}`, m.name)
    const key = m.isDirectory ? m.name.slice(0, -1) : m.name
    const seen = kinds.get(key)?.isDirectory
    if (seen === m.isDirectory) throw new ArchiveError('DUPLICATE', `member ${showName(m.name)} appears twice`, m.name)
    if (seen !== undefined) throw new ArchiveError('CONFLICT', `member ${showName(m.name)} is both a file and a directory`, m.name)
    kinds.set(key, m)
  }
  for (const [key, m] of kinds) {
    for (let i = key.indexOf('/'); i >= 0; i = key.indexOf('/', i + 1)) {
      const parent = key.slice(0, i)
      if (kinds.get(parent)?.isDirectory === false)
        throw new ArchiveError('CONFLICT', `member ${showName(m.name)} lies under ${showName(parent)}, which is a file`, m.name)
    }
  }
}
