/**
 * The payload of a package, read once: each file is looked at with lstat (a FIFO, socket or device
 * left in $PREFIX is refused with its path before anything opens it), then read straight into the
 * package's tar and hashed there for paths.json. Symlinks to files get their target's digest, as
 * conda-build records it.
 */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import { specialKind, tarChunks, tarInMemory, writeChunks, type TarSource, type WrittenMember } from '../../archive/tar-write.js'
import type { PayloadFile } from '../post/process.js'

/** What paths.json says of a payload path besides its prefix and no_link fields. */
export interface PayloadDigest {
  readonly pathType: 'hardlink' | 'softlink'
  /** Of the file, or of a symlink's target when that is a file. */
  readonly sha256?: string
  readonly size?: number
}

export interface ReadPayload {
  /** The payload as an uncompressed tar (with or without its two closing blocks). */
  readonly tar: Buffer
  /** By package path. */
  readonly digests: ReadonlyMap<string, PayloadDigest>
}

/**
 * Refuse payload paths that are neither files nor symlinks (FIFOs, sockets, devices), all of them in
 * one error, each with its path and kind. Uses lstat only: nothing is opened, so nothing can block.
 */
export function refuseSpecialFiles(files: readonly PayloadFile[]): void {
  const bad: string[] = []
  for (const f of files) {
    const st = fs.lstatSync(f.abs)
    const kind = st.isDirectory() ? 'a folder' : specialKind(st)
    if (kind) bad.push(`${f.abs} (${kind})`)
  }
  if (!bad.length) return
  const shown = bad.slice(0, 20).join('\n  ')
  const more = bad.length > 20 ? `\n  and ${bad.length - 20} more` : ''
  throw new Error(
    `the build left ${bad.length} path(s) in $PREFIX that a package cannot hold (only files and symlinks can):\n  ${shown}${more}\n` +
      'remove them at the end of the build script, or create them at run time instead'
  )
}

/** sha256 and size of a symlink's target, when it is a regular file; undefined otherwise. */
function targetDigest(abs: string, byId: ReadonlyMap<string, WrittenMember>): { sha256: string; size: number } | undefined {
  const t = fs.statSync(abs, { throwIfNoEntry: false })
  if (!t?.isFile()) return undefined
  const known = byId.get(`${t.dev}:${t.ino}`)
  if (known?.sha256 !== undefined) return { sha256: known.sha256, size: known.size }
  return { sha256: createHash('sha256').update(fs.readFileSync(abs)).digest('hex'), size: t.size }
}

/** Digests by package path from the members as written (files hashed on the way). */
function digestsOf(files: readonly PayloadFile[], members: readonly WrittenMember[]): Map<string, PayloadDigest> {
  const byId = new Map(members.filter(m => m.type === 'file').map(m => [m.id, m]))
  const digests = new Map<string, PayloadDigest>()
  members.forEach((m, i) => {
    if (m.type === 'file') digests.set(m.name, { pathType: 'hardlink', sha256: m.sha256, size: m.size })
    else digests.set(m.name, { pathType: 'softlink', ...targetDigest(files[i].abs, byId) })
  })
  return digests
}

/** The payload's bytes as lstat sees them, refusing special files first (call it before reading). */
export function payloadBytes(files: readonly PayloadFile[]): number {
  refuseSpecialFiles(files)
  return files.reduce((n, f) => n + fs.lstatSync(f.abs).size, 0)
}

const sources = (files: readonly PayloadFile[]): TarSource[] => files.map(f => ({ name: f.rel, abs: f.abs }))

/** Read the payload (sorted by package path) into one tar in memory, hashing every file on the way. */
export function readPayload(files: readonly PayloadFile[], o: { mtime: number; end?: boolean }): ReadPayload {
  const { tar, members } = tarInMemory(sources(files), { mtime: o.mtime, hash: true, end: o.end })
  return { tar, digests: digestsOf(files, members) }
}

/** Stream the payload's tar into `out` (zstd on one thread, or plain), hashing every file on the way. */
export async function streamPayload(
  files: readonly PayloadFile[],
  out: string,
  o: { mtime: number; zstdLevel: number; end?: boolean }
): Promise<ReadonlyMap<string, PayloadDigest>> {
  const members: WrittenMember[] = []
  await writeChunks(tarChunks(sources(files), { mtime: o.mtime, hash: true, end: o.end, onMember: m => members.push(m) }), out, o)
  return digestsOf(files, members)
}
