/**
 * Extraction of an untrusted tar into a new, empty folder, with the checks of `extractTarTracked`
 * (tar.ts) and in one pass: the headers are read by our own parser (tar-scan.ts) straight off the
 * decompressed chunks, each file's pieces are written as they pass and hashed on a worker thread
 * (hash-off-thread.ts), while another decompresses the next chunks (inflate-off-thread.ts): the
 * three run side by side, and each chunk's buffer goes round (decompressor, writer, hasher, back to
 * the decompressor) without being copied again. A small archive is read and hashed in this thread, as tar.ts reads it.
 *
 * The folder being new, this call is its only writer: what it holds is known without asking the
 * disk, and every file is created with O_EXCL (never through a link). Only files, folders and
 * symlinks are accepted (hard links to earlier files become copies); symlinks are made last, judged
 * by their chains (links.ts). Limits on members and bytes are checked on each header, before
 * anything is written. On any problem the decompressor and the hashing thread are stopped and
 * everything made is removed.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { MessageChannel, type MessagePort } from 'node:worker_threads'
import { InThreadHasher, OffThreadHasher, type FileHasher } from './hash-off-thread.js'
import { inflateOffThread } from './inflate-off-thread.js'
import { TarHeaderError } from './tar-header.js'
import { TarScanner, type ScanHandler, type ScannedMember } from './tar-scan.js'
import {
  DEFAULT_TAR_LIMITS,
  detectCompression,
  LinkRefused,
  makeLinks,
  memberName,
  openDecompressed,
  printable,
  removeCreated,
  TarError,
  type Decompressed,
  type ExtractOptions,
  type Extracted,
  type TarLimits,
  type TarMember
} from './tar.js'

/** Archives smaller than this (compressed) are read and hashed in this thread: workers cost more than they save. */
const OFF_THREAD_FROM_BYTES = 4 << 20
const CREATE = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW

const REFUSED_TYPES: Readonly<Record<string, string>> = { '3': 'a character device', '4': 'a block device', '6': 'a FIFO', S: 'a sparse file' }
const FILE_TYPES = new Set(['0', '\0', '7'])

/** A file written by this call: where its hash goes (by id) and its header's facts. */
interface Written {
  readonly id: number
  readonly mode: number
  readonly size: number
}

/** The tree being extracted, as this call made it: the scanner's handler. */
class FreshTree implements ScanHandler {
  readonly created: string[] = []
  readonly links = new Map<string, string>()
  /** Every member in archive order; a file's sha256 comes from the hasher at the end. */
  private readonly order: Array<{ readonly path: string; readonly member: TarMember } | { readonly path: string; readonly file: Written }> = []
  private readonly byName = new Set<string>()
  private readonly files = new Map<string, Written>()
  private readonly folders = new Set<string>()
  private total = 0
  private nextId = 0
  /** The file whose data is passing, and its open descriptor. */
  private current: { readonly fd: number; readonly file: Written } | undefined

  constructor(
    private readonly archive: string,
    private readonly root: string,
    private readonly limits: TarLimits,
    readonly hasher: FileHasher
  ) {}

  member(h: ScannedMember): void {
    if (this.order.length >= this.limits.maxMembers) throw new TarError(this.archive, `more than ${this.limits.maxMembers} members`)
    const n = memberName(h.name)
    if ('refused' in n) throw new TarError(this.archive, `refused: ${n.refused}`, h.name)
    const rel = n.name
    if (this.byName.has(rel) && h.type !== '5') throw new TarError(this.archive, 'it appears twice', rel)
    if (h.size > 0 && (h.type === '5' || h.type === '2' || h.type === '1'))
      throw new TarError(this.archive, `its header declares ${h.size} bytes of data, which a folder or link does not hold`, rel)
    if (h.type === '5') return this.folder(rel)
    if (this.folders.has(rel)) throw new TarError(this.archive, 'a folder already stands at its path', rel)
    if (h.type === '2') return this.link(rel, h.linkname)
    if (h.type === '1') return this.hardLink(rel, h.linkname)
    if (!FILE_TYPES.has(h.type)) {
      const what = REFUSED_TYPES[h.type] ?? `an entry of type '${printable(h.type)}'`
      throw new TarError(this.archive, `refused: ${what}; only files, folders and symlinks are accepted`, rel)
    }
    this.addBytes(rel, h.size)
    this.parents(rel)
    const file: Written = { id: this.nextId++, mode: h.mode & 0o111 ? 0o755 : 0o644, size: h.size }
    const abs = path.join(this.root, rel)
    const fd = fs.openSync(abs, CREATE, file.mode)
    this.created.push(abs)
    this.current = { fd, file }
    this.files.set(rel, file)
    this.byName.add(rel)
    this.order.push({ path: rel, file })
  }

  data(piece: Buffer): void {
    // the scanner hands on exactly the bytes the header declares, and only after a member's header
    const c = this.current
    if (!c) throw new TarError(this.archive, 'data for a member that holds none')
    for (let at = 0; at < piece.length;) at += fs.writeSync(c.fd, piece, at)
    this.hasher.update(c.file.id, piece)
  }

  end(): void {
    const c = this.current
    if (!c) return
    this.current = undefined
    fs.fchmodSync(c.fd, c.file.mode) // the umask may have narrowed it
    fs.closeSync(c.fd)
    this.hasher.end(c.file.id)
  }

  /** Close the file being written and stop hashing (after a failure). */
  abort(): void {
    if (this.current) fs.closeSync(this.current.fd)
    this.current = undefined
    this.hasher.close()
  }

  /** The members in archive order, each file with its sha256. */
  async finish(): Promise<TarMember[]> {
    const digests = await this.hasher.digests()
    return this.order.map(o =>
      'member' in o ? o.member : { path: o.path, type: 'file', mode: o.file.mode, size: o.file.size, sha256: digests.get(o.file.id) }
    )
  }

  private add(m: TarMember): void {
    this.order.push({ path: m.path, member: m })
    this.byName.add(m.path)
  }

  private addBytes(rel: string, size: number): void {
    if (size > this.limits.maxFileBytes) throw new TarError(this.archive, `${size} bytes passes the limit of ${this.limits.maxFileBytes} per file`, rel)
    if (this.total + size > this.limits.maxTotalBytes)
      throw new TarError(this.archive, `the files pass the limit of ${this.limits.maxTotalBytes} bytes in all`, rel)
    this.total += size
  }

  private folder(rel: string): void {
    if (this.links.has(rel)) throw new TarError(this.archive, 'it is both a symlink and a folder', rel)
    if (this.files.has(rel)) throw new TarError(this.archive, 'it is both a file and a folder', rel)
    if (!this.folders.has(rel)) {
      this.parents(rel)
      this.makeFolder(rel)
    }
    this.add({ path: rel, type: 'dir', mode: 0o755, size: 0 })
  }

  private link(rel: string, target: string): void {
    this.parents(rel)
    this.links.set(rel, target) // judged by its chain once every member is known
    this.add({ path: rel, type: 'symlink', mode: 0o777, size: 0, target })
  }

  /** A hard link to an earlier file of the archive becomes a copy of it (written whole by now). */
  private hardLink(rel: string, linkname: string): void {
    const t = memberName(linkname)
    const source = 'name' in t ? this.files.get(t.name) : undefined
    if (!source || !('name' in t)) throw new TarError(this.archive, `a hard link to '${printable(linkname)}', which is not a file earlier in the archive`, rel)
    this.addBytes(rel, source.size)
    this.parents(rel)
    const abs = path.join(this.root, rel)
    fs.copyFileSync(path.join(this.root, t.name), abs, fs.constants.COPYFILE_EXCL)
    this.created.push(abs)
    this.files.set(rel, source)
    this.byName.add(rel)
    this.order.push({ path: rel, file: source })
  }

  /** Make the folders above rel, refusing to pass through a symlink or a file of the archive. */
  private parents(rel: string): void {
    for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
      const folder = rel.slice(0, i)
      if (this.folders.has(folder)) continue
      if (this.links.has(folder))
        throw new TarError(
          this.archive,
          `its folder '${printable(folder)}' is a symlink; refusing to write through it (an earlier member of this archive)`,
          rel
        )
      if (this.files.has(folder)) throw new TarError(this.archive, `its folder '${printable(folder)}' is a file`, rel)
      this.makeFolder(folder)
    }
  }

  private makeFolder(rel: string): void {
    const abs = path.join(this.root, rel)
    fs.mkdirSync(abs, { mode: 0o755 })
    this.created.push(abs)
    this.folders.add(rel)
  }
}

function asTarError(archive: string, e: unknown): TarError {
  if (e instanceof TarError) return e
  if (e instanceof TarHeaderError) return new TarError(archive, `unreadable tar (${e.message})`)
  // a failed system call (open, write, mkdir): the disk, not the archive
  if (e instanceof Error && 'syscall' in e) return new TarError(archive, `its files could not be written (${e.message})`)
  return new TarError(archive, `unreadable (${e instanceof Error ? e.message : String(e)})`)
}

/**
 * The archive's bytes: zstd and gzip decompressed on a worker thread when `recycle` is given (the
 * port the hashing thread gives the buffers back on), else as tar.ts reads them.
 */
async function open(archive: string, recycle: MessagePort | undefined): Promise<Decompressed> {
  if (!recycle) return openDecompressed(archive)
  const head = Buffer.alloc(8)
  const fd = fs.openSync(archive, 'r')
  try {
    fs.readSync(fd, head, 0, head.length, 0)
  } finally {
    fs.closeSync(fd)
  }
  const kind = detectCompression(head)
  if (kind === 'zstd' || kind === 'gzip') return inflateOffThread(archive, kind, recycle)
  recycle.close()
  return openDecompressed(archive)
}

/** Read the archive through the tree's handler; the first problem, or undefined. */
async function scan(archive: string, tree: FreshTree, recycle: MessagePort | undefined): Promise<TarError | undefined> {
  const scanner = new TarScanner(tree)
  let input: Decompressed | undefined
  try {
    input = await open(archive, recycle)
    for await (const chunk of input.stream as AsyncIterable<Buffer>) {
      tree.hasher.adopt(chunk, input.ownsChunks)
      scanner.push(chunk)
      await tree.hasher.flush()
    }
    await input.done() // the decompressor's own complaint comes before the parser's about where the bytes ended
    scanner.finish()
    return undefined
  } catch (e) {
    input?.stop()
    return asTarError(archive, e)
  }
}

export interface FreshOptions extends ExtractOptions {
  /** Decompress (zstd, gzip) and hash on worker threads, or all in this one; by default by the archive's size. */
  readonly workers?: boolean
}

/**
 * Extract `archive` into `dest`, which must be a new, empty folder (created if missing). Returns the
 * members written, files with their sha256, and what was created. Throws TarError, leaving nothing.
 */
export async function extractTarFresh(archive: string, dest: string, opts: FreshOptions = {}): Promise<Extracted> {
  fs.mkdirSync(dest, { recursive: true })
  const root = fs.realpathSync(dest)
  if (fs.readdirSync(root).length > 0) throw new Error(`internal: extractTarFresh needs an empty folder, and ${dest} holds files`)
  const workers = opts.workers ?? fs.statSync(archive).size >= OFF_THREAD_FROM_BYTES
  // the hashing thread gives the decompressor its buffers back, to be filled again
  const recycle = workers ? new MessageChannel() : undefined
  const tree = new FreshTree(archive, root, { ...DEFAULT_TAR_LIMITS, ...opts.limits }, recycle ? new OffThreadHasher(recycle.port1) : new InThreadHasher())
  let failure = await scan(archive, tree, recycle?.port2)
  let members: TarMember[] = []
  if (!failure)
    try {
      members = await tree.finish()
    } catch (e) {
      failure = asTarError(archive, e)
    }
  if (!failure && members.length === 0 && !opts.allowEmpty) failure = new TarError(archive, 'an empty archive')
  if (!failure && tree.links.size) {
    try {
      makeLinks(root, tree.links, false, tree.created)
    } catch (e) {
      failure = e instanceof LinkRefused ? new TarError(archive, e.message, e.member) : asTarError(archive, e)
    }
  }
  if (failure) {
    tree.abort()
    removeCreated(tree.created)
    throw failure
  }
  return { members, created: tree.created }
}
