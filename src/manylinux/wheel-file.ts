/**
 * A wheel's files: reading the archive, its .dist-info, the WHEEL Tag lines and the RECORD
 * (PEP 376/427: `path,sha256=<urlsafe base64, no padding>,size`), and the member order and dates
 * of a rewritten wheel.
 */
import { createHash } from 'node:crypto'
import { openZip, type ZipEntry, type ZipFile, type ZipLimits } from '../archive/zip.js'
import { AuditError } from './errors.js'

export interface WheelArchive {
  path: string
  /** The open archive; its descriptor stays open until `zip.close()`. */
  zip: ZipFile
  entries: ZipEntry[]
  /** The one top-level `*.dist-info` directory (without the slash). */
  distInfo: string
}

/**
 * Open a wheel and check its central directory (ArchiveError names the member at fault: see
 * src/archive/zip-directory.ts for what is refused); AuditError('BAD_WHEEL') when it is not a wheel.
 */
export function openWheel(file: string, limits?: Partial<ZipLimits>): WheelArchive {
  const zip = openZip(file, limits)
  const entries = zip.entries
  const infos = [...new Set(entries.map(e => e.name.split('/')[0]).filter(n => n.endsWith('.dist-info') && entries.some(e => e.name.startsWith(`${n}/`))))]
  if (infos.length !== 1) {
    zip.close()
    throw new AuditError('BAD_WHEEL', `${file}: expected exactly one .dist-info directory, found ${infos.length}`)
  }
  return { path: file, zip, entries, distInfo: infos[0] }
}

/** `sha256=<urlsafe base64 without padding>` of some bytes. */
export function recordHash(data: Uint8Array): string {
  return `sha256=${createHash('sha256').update(data).digest('base64url')}`
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** A RECORD for the given files (paths relative to the wheel root); RECORD itself has no hash. */
export function buildRecord(files: ReadonlyArray<{ name: string; data: Uint8Array }>, recordName: string): string {
  const lines = files.filter(f => f.name !== recordName && !f.name.endsWith('/')).map(f => `${csvField(f.name)},${recordHash(f.data)},${f.data.length}`)
  return `${[...lines, `${csvField(recordName)},,`].join('\n')}\n`
}

/** Parse RECORD rows (CSV with quotes). */
export function parseRecord(text: string): Array<{ path: string; hash: string; size: string }> {
  const rows: Array<{ path: string; hash: string; size: string }> = []
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue
    const cells: string[] = []
    let cur = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cur += '"'
          i++
        } else if (c === '"') quoted = false
        else cur += c
      } else if (c === '"') quoted = true
      else if (c === ',') {
        cells.push(cur)
        cur = ''
      } else cur += c
    }
    cells.push(cur)
    rows.push({ path: cells[0] ?? '', hash: cells[1] ?? '', size: cells[2] ?? '' })
  }
  return rows
}

/** The values of WHEEL's `Tag:` lines. */
export function wheelTags(wheelText: string): string[] {
  return wheelText
    .split(/\r?\n/)
    .map(l => /^Tag:\s*(.*?)\s*$/i.exec(l)?.[1])
    .filter((t): t is string => !!t)
}

/** WHEEL with its Tag lines replaced (at the place of the first one; other headers untouched). */
export function setWheelTags(wheelText: string, tags: readonly string[]): string {
  const lines = wheelText.replace(/\r?\n$/, '').split(/\r?\n/)
  const first = lines.findIndex(l => /^Tag:/i.test(l))
  const rest = lines.filter(l => !/^Tag:/i.test(l))
  const at = first < 0 ? rest.length : first
  rest.splice(at, 0, ...tags.map(t => `Tag: ${t}`))
  return `${rest.join('\n')}\n`
}

/**
 * The member order of a rewritten wheel: each directory's files (sorted) before its
 * subdirectories (sorted), the top-level .dist-info last with RECORD at its end, directories
 * listed as `name/` entries before their contents.
 */
export function orderMembers(files: readonly string[], distInfo: string): string[] {
  interface Node {
    files: string[]
    dirs: Map<string, Node>
  }
  const root: Node = { files: [], dirs: new Map() }
  for (const f of files) {
    const parts = f.split('/')
    let node = root
    for (const d of parts.slice(0, -1)) {
      let next = node.dirs.get(d)
      if (!next) node.dirs.set(d, (next = { files: [], dirs: new Map() }))
      node = next
    }
    node.files.push(parts[parts.length - 1])
  }
  const out: string[] = []
  const walk = (node: Node, prefix: string, top: boolean): void => {
    const files = [...node.files].sort()
    if (prefix === `${distInfo}/` && files.includes('RECORD')) files.push(...files.splice(files.indexOf('RECORD'), 1))
    for (const f of files) out.push(prefix + f)
    let dirs = [...node.dirs.keys()].sort()
    if (top) dirs = [...dirs.filter(d => !d.endsWith('.dist-info')), ...dirs.filter(d => d.endsWith('.dist-info'))]
    for (const d of dirs) {
      out.push(`${prefix}${d}/`)
      walk(node.dirs.get(d) as Node, `${prefix}${d}/`, false)
    }
  }
  walk(root, '', true)
  return out
}

/** The date for every member of a rewritten wheel: SOURCE_DATE_EPOCH (not before 1980, even seconds), else now. */
export function memberDate(env: Readonly<Record<string, string | undefined>> = {}, now: Date = new Date()): Date {
  const raw = env.SOURCE_DATE_EPOCH
  const t = raw && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Math.floor(now.getTime() / 1000)
  const clamped = Math.max(t, 315532800)
  return new Date((clamped - (clamped % 2)) * 1000)
}
