/**
 * Writing tar archives reproducibly: members in the order given (callers sort), owners zeroed, one
 * mtime, modes reduced to 0644/0755. Every path is looked at with lstat first: only regular files,
 * folders and symlinks are written; a FIFO, socket or device is refused with its path and is never
 * opened (files are opened with O_NOFOLLOW | O_NONBLOCK and checked again, so a swap cannot block).
 *
 * Two ways out: `packTar` streams to a file (any size), `tarInMemory` lays the whole archive out in
 * one buffer, each file read once straight into its place and hashed there (a package's payload).
 */
import { createHash, type Hash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { finished, pipeline } from 'node:stream/promises'
import * as zlib from 'node:zlib'
import { Header, Pax } from 'tar'

export interface PackOptions {
  /** Seconds since the epoch for every member's mtime. */
  readonly mtime: number
  /** zstd level; 0 writes a plain tar. */
  readonly zstdLevel: number
  /** Members written first from memory (e.g. a manifest). */
  readonly prepend?: ReadonlyArray<{ readonly path: string; readonly data: Buffer }>
  /** Every member named under this folder (`''` in paths is the folder itself, read from root). */
  readonly prefix?: string
  /** gzip at this level instead of zstd (the gzip header holds no name and no time). */
  readonly gzipLevel?: number
}

/** One member to write: its name in the archive and the path it is read from. */
export interface TarSource {
  readonly name: string
  readonly abs: string
}

/** What was written for a member; files with their sha256. */
export interface WrittenMember {
  readonly name: string
  readonly type: 'file' | 'dir' | 'symlink'
  readonly size: number
  readonly sha256?: string
  readonly target?: string
  /** Device and inode of the source (to find a symlink's target among the files). */
  readonly id: string
}

/** What a non-regular, non-folder, non-symlink path is, in words; undefined for the three accepted kinds. */
export function specialKind(st: fs.Stats): string | undefined {
  if (st.isFile() || st.isDirectory() || st.isSymbolicLink()) return undefined
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isSocket()) return 'a unix socket'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  return 'not a file, folder or symlink'
}

const BLOCK = 512
const padding = (n: number): number => (BLOCK - (n % BLOCK)) % BLOCK

function headerBlocks(data: { path: string; type: 'File' | 'SymbolicLink' | 'Directory'; mode: number; size: number; mtime: Date; linkpath?: string }): Buffer {
  const fields = { ...data, uid: 0, gid: 0, uname: '', gname: '' }
  const h = new Header(fields)
  h.encode()
  const blocks: Buffer[] = []
  if (h.needPax) blocks.push(new Pax({ ...fields, atime: undefined, ctime: undefined }).encode())
  blocks.push(h.block as Buffer)
  return Buffer.concat(blocks)
}

interface Framed {
  readonly header: Buffer
  readonly member: WrittenMember
  readonly st: fs.Stats
  readonly abs: string
}

/** lstat a source and frame its header; special files are refused here, before anything opens them. */
function frame(src: TarSource, mtime: Date): Framed {
  const st = fs.lstatSync(src.abs)
  const id = `${st.dev}:${st.ino}`
  const kind = specialKind(st)
  if (kind) throw new Error(`${src.abs} is ${kind}; only files, folders and symlinks can be packed: remove it or move it out of the tree`)
  if (st.isSymbolicLink()) {
    const target = fs.readlinkSync(src.abs)
    const header = headerBlocks({ path: src.name, type: 'SymbolicLink', mode: 0o777, size: 0, mtime, linkpath: target })
    return { header, st, abs: src.abs, member: { name: src.name, type: 'symlink', size: 0, target, id } }
  }
  if (st.isDirectory()) {
    const header = headerBlocks({ path: `${src.name}/`, type: 'Directory', mode: 0o755, size: 0, mtime })
    return { header, st, abs: src.abs, member: { name: src.name, type: 'dir', size: 0, id } }
  }
  const header = headerBlocks({ path: src.name, type: 'File', mode: st.mode & 0o111 ? 0o755 : 0o644, size: st.size, mtime })
  return { header, st, abs: src.abs, member: { name: src.name, type: 'file', size: st.size, id } }
}

/** Open a file seen by lstat as regular without following a link or blocking on a swapped-in FIFO. */
function openRegular(abs: string): number {
  const fd = fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK)
  if (!fs.fstatSync(fd).isFile()) {
    fs.closeSync(fd)
    throw new Error(`${abs} stopped being a regular file while it was packed`)
  }
  return fd
}

/** Fill `into` from the file, then make sure the file holds nothing more (it did not change size). */
function readExactly(abs: string, into: Buffer): void {
  const fd = openRegular(abs)
  try {
    let off = 0
    while (off < into.length) {
      const n = fs.readSync(fd, into, off, into.length - off, null)
      if (n === 0) break
      off += n
    }
    if (off !== into.length || fs.readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0) throw new Error(`${abs} changed while it was packed`)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * The whole archive in one buffer: headers, every file read once straight into its place (and, with
 * `hash`, its sha256 taken there), the two closing blocks. For trees that fit in memory.
 */
export function tarInMemory(sources: readonly TarSource[], o: { mtime: number; hash?: boolean; end?: boolean }): { tar: Buffer; members: WrittenMember[] } {
  const mtime = new Date(o.mtime * 1000)
  const framed = sources.map(s => frame(s, mtime))
  let total = o.end === false ? 0 : 2 * BLOCK
  for (const f of framed) total += f.header.length + f.member.size + padding(f.member.size)
  const tar = Buffer.alloc(total)
  let at = 0
  const members = framed.map(f => {
    at += f.header.copy(tar, at)
    if (f.member.type !== 'file') return f.member
    const body = tar.subarray(at, at + f.member.size)
    readExactly(f.abs, body)
    at += f.member.size + padding(f.member.size)
    return o.hash ? { ...f.member, sha256: createHash('sha256').update(body).digest('hex') } : f.member
  })
  return { tar, members }
}

/** Read a file in pieces (for streaming), checking its size against what lstat said; `hash` sees every piece. */
function* fileChunks(abs: string, size: number, hash?: Hash): Generator<Buffer> {
  const fd = openRegular(abs)
  try {
    let left = size
    while (left > 0) {
      const piece = Buffer.allocUnsafe(Math.min(left, 4 << 20))
      const n = fs.readSync(fd, piece, 0, piece.length, null)
      if (n === 0) break
      left -= n
      hash?.update(piece.subarray(0, n))
      yield piece.subarray(0, n)
    }
    if (left !== 0 || fs.readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0) throw new Error(`${abs} changed while it was packed`)
  } finally {
    fs.closeSync(fd)
  }
}

export interface ChunkOptions {
  readonly mtime: number
  /** Take each file's sha256 while it is read. */
  readonly hash?: boolean
  /** Write the two closing blocks (default true). */
  readonly end?: boolean
  /** Members written first from memory (e.g. a manifest). */
  readonly prepend?: ReadonlyArray<{ readonly path: string; readonly data: Buffer }>
  /** Called with each member once it is written whole. */
  readonly onMember?: (m: WrittenMember) => void
}

/** The archive's bytes piece by piece: each file read once, in pieces, never all in memory. */
export function* tarChunks(sources: readonly TarSource[], o: ChunkOptions): Generator<Buffer> {
  const mtime = new Date(o.mtime * 1000)
  for (const m of o.prepend ?? []) {
    yield headerBlocks({ path: m.path, type: 'File', mode: 0o644, size: m.data.length, mtime })
    yield m.data
    yield Buffer.alloc(padding(m.data.length))
  }
  for (const src of sources) {
    const f = frame(src, mtime)
    yield f.header
    if (f.member.type !== 'file') {
      o.onMember?.(f.member)
      continue
    }
    const hash = o.hash ? createHash('sha256') : undefined
    yield* fileChunks(f.abs, f.member.size, hash)
    yield Buffer.alloc(padding(f.member.size))
    o.onMember?.(hash ? { ...f.member, sha256: hash.digest('hex') } : f.member)
  }
  if (o.end !== false) yield Buffer.alloc(2 * BLOCK)
}

/**
 * Write `chunks` to `out` through gzip, zstd (one thread) or nothing, in pieces of at least 1 MiB,
 * each write finished before the next: Node's zstd stream appends an empty frame when end() finds
 * writes still queued (nodejs/node#66078), which would make the bytes depend on timing.
 */
export async function writeChunks(chunks: Iterable<Buffer>, out: string, c: { zstdLevel: number; gzipLevel?: number }): Promise<void> {
  const file = fs.createWriteStream(out)
  const z = c.gzipLevel
    ? zlib.createGzip({ level: c.gzipLevel })
    : c.zstdLevel > 0
      ? zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_compressionLevel]: c.zstdLevel } })
      : undefined
  const sink: NodeJS.WritableStream = z ?? file
  const done = z ? pipeline(z, file) : finished(file)
  done.catch(() => {}) // awaited below; a failure also ends the race of the write in progress
  const put = (b: Buffer): Promise<void> => new Promise<void>((resolve, reject) => sink.write(b, e => (e ? reject(e) : resolve())))
  let batch: Buffer[] = []
  let bytes = 0
  for (const chunk of chunks) {
    batch.push(chunk)
    bytes += chunk.length
    if (bytes < 1 << 20) continue
    await Promise.race([put(Buffer.concat(batch)), done])
    batch = []
    bytes = 0
  }
  if (bytes) await Promise.race([put(Buffer.concat(batch)), done])
  sink.end()
  await done
}

/** Write `paths` (relative to root, files, symlinks and folders, in the order given) into `out`. */
export async function packTar(root: string, paths: readonly string[], out: string, opts: PackOptions): Promise<void> {
  const sources = paths.map(rel => ({ name: opts.prefix ? (rel ? `${opts.prefix}/${rel}` : opts.prefix) : rel, abs: path.join(root, rel) }))
  await writeChunks(tarChunks(sources, { mtime: opts.mtime, prepend: opts.prepend }), out, opts)
}
