/**
 * Tar archives as untrusted input, read by their headers (node-tar's parser), never by parsing a
 * listing. Extraction writes only regular files, directories and symlinks that stay inside the
 * destination; hard links inside become copies; devices, FIFOs, sparse files, names that escape
 * and links out are refused; sizes and counts are capped. On any problem everything the call
 * created is removed again and a TarError names the member. Compression (gzip, zstd, bzip2, xz)
 * is recognised by its magic bytes.
 *
 * Writing is reproducible: members in the order given (callers sort), owners zeroed, one mtime,
 * modes reduced to 0644/0755.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { PassThrough, Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as zlib from 'node:zlib'
import { Header, Parser, Pax, type ReadEntry } from 'tar'

export class TarError extends Error {
  override name = 'TarError'
  constructor(
    readonly archive: string,
    message: string,
    /** The member at fault, when one is. */
    readonly member?: string
  ) {
    super(`${archive}: ${member !== undefined ? `member '${printable(member)}': ` : ''}${message}`)
  }
}

function printable(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  return name.replace(/[\0-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

export interface TarLimits {
  /** Members of any kind. */
  readonly maxMembers: number
  /** Bytes of one file. */
  readonly maxFileBytes: number
  /** Bytes of all files together. */
  readonly maxTotalBytes: number
}

export const DEFAULT_TAR_LIMITS: TarLimits = {
  maxMembers: 1_000_000,
  maxFileBytes: 8 * 1024 ** 3,
  maxTotalBytes: 32 * 1024 ** 3
}

export type MemberType = 'file' | 'dir' | 'symlink'

export interface TarMember {
  /** Relative path with `/` separators, no `./` prefix, no trailing slash. */
  readonly path: string
  readonly type: MemberType
  /** 0644 or 0755 style permission bits (never setuid, setgid or sticky). */
  readonly mode: number
  /** Bytes (files). */
  readonly size: number
  /** sha256 of the content as written (files). */
  readonly sha256?: string
  /** Link target (symlinks). */
  readonly target?: string
}

export type Compression = 'none' | 'gzip' | 'zstd' | 'bzip2' | 'xz'

/** Which compression a file starts with. */
export function detectCompression(head: Uint8Array): Compression {
  const b = Buffer.from(head)
  if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b) return 'gzip'
  if (b.length >= 4 && b.readUInt32LE(0) === 0xfd2fb528) return 'zstd'
  if (b.length >= 3 && b.toString('latin1', 0, 3) === 'BZh') return 'bzip2'
  if (b.length >= 6 && b.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return 'xz'
  return 'none'
}

/**
 * A normalised member name, or a reason it is refused: empty, NUL, absolute, `..` anywhere,
 * or nothing left after removing `.` parts.
 */
export function memberName(raw: string): { name: string } | { refused: string } {
  if (raw.includes('\0')) return { refused: 'its name holds a NUL byte' }
  if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw)) return { refused: 'its name is an absolute path' }
  const parts = raw.split('/').filter(p => p !== '' && p !== '.')
  if (parts.includes('..')) return { refused: "its name holds '..'" }
  if (parts.length === 0) return { refused: 'its name is empty' }
  return { name: parts.join('/') }
}

/** Does a symlink at `name` pointing at `target` stay inside the tree? */
export function linkStaysInside(name: string, target: string): boolean {
  if (target === '' || target.includes('\0') || target.startsWith('/')) return false
  let depth = name.split('/').length - 1
  for (const part of target.split('/')) {
    if (part === '..') depth--
    else if (part !== '.' && part !== '') depth++
    if (depth < 0) return false
  }
  return true
}

function inflateInProcess(archive: string, z: zlib.Gunzip | zlib.ZstdDecompress): { stream: Readable; done: () => Promise<void> } {
  const raw = fs.createReadStream(archive, { highWaterMark: CHUNK })
  raw.on('error', e => z.destroy(e))
  return { stream: raw.pipe(z), done: async () => {} }
}

const found = new Map<string, boolean>()
/** Is `name` a program on PATH? */
async function hasProgram(name: string): Promise<boolean> {
  let yes = found.get(name)
  if (yes === undefined) {
    yes = (process.env.PATH ?? '').split(path.delimiter).some(d => {
      try {
        fs.accessSync(path.join(d, name), fs.constants.X_OK)
        return true
      } catch {
        return false
      }
    })
    found.set(name, yes)
  }
  return yes
}

/** Read and inflate in large chunks: far fewer writes and callbacks than the 16 KiB defaults. */
const CHUNK = 1 << 20

async function openDecompressed(archive: string): Promise<{ stream: Readable; done: () => Promise<void> }> {
  const fd = await fs.promises.open(archive, 'r')
  const head = Buffer.alloc(8)
  const { bytesRead } = await fd.read(head, 0, 8, 0)
  await fd.close()
  const kind = detectCompression(head.subarray(0, bytesRead))
  if (kind === 'none') return { stream: fs.createReadStream(archive, { highWaterMark: CHUNK }), done: async () => {} }
  if (kind === 'gzip') return inflateInProcess(archive, zlib.createGunzip({ chunkSize: CHUNK }))
  // zstd, bzip2, xz: the system's decompressor on another core when it is there (argv only,
  // the file on stdin); zstd falls back to Node's own zlib
  const argv = kind === 'zstd' ? ['zstd', '-dc'] : kind === 'bzip2' ? ['bzip2', '-dc'] : ['xz', '-dc']
  if (kind === 'zstd' && !(await hasProgram('zstd'))) return inflateInProcess(archive, zlib.createZstdDecompress({ chunkSize: CHUNK }))
  const raw = fs.createReadStream(archive, { highWaterMark: CHUNK })
  const child = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] })
  const stderr: Buffer[] = []
  child.stderr.on('data', (b: Buffer) => stderr.push(b))
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', e => reject(new TarError(archive, `${argv[0]} could not start (${e.message}); install it to read ${kind} archives`)))
    child.on('close', code => resolve(code ?? 1))
  })
  raw.pipe(child.stdin)
  child.stdin.on('error', () => {}) // the child may stop reading early; its exit code tells
  const out = new PassThrough({ highWaterMark: CHUNK })
  child.stdout.pipe(out)
  exited.catch((e: unknown) => out.destroy(e as Error))
  return {
    stream: out,
    done: async () => {
      const code = await exited
      if (code !== 0) throw new TarError(archive, `${argv.join(' ')} failed (exit ${code}): ${Buffer.concat(stderr).toString().trim()}`)
    }
  }
}

export interface ExtractOptions {
  readonly limits?: Partial<TarLimits>
  /** Accept an archive with no members (a conda package's empty `pkg-*.tar.zst`). */
  readonly allowEmpty?: boolean
}

export interface Extracted {
  readonly members: readonly TarMember[]
  /** Absolute paths the extraction created (folders included), in creation order. */
  readonly created: readonly string[]
}

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile'])

/**
 * Extract `archive` into `dest` (created if missing). Returns the members written, files with
 * their sha256. Existing files at a member's path are replaced; nothing outside `dest` is ever
 * touched, also not through a symlink already in `dest`.
 */
export async function extractTar(archive: string, dest: string, opts: ExtractOptions = {}): Promise<readonly TarMember[]> {
  return (await extractTarTracked(archive, dest, opts)).members
}

/** extractTar, also telling what it created (to move or remove it afterwards). */
export async function extractTarTracked(archive: string, dest: string, opts: ExtractOptions = {}): Promise<Extracted> {
  const limits = { ...DEFAULT_TAR_LIMITS, ...opts.limits }
  fs.mkdirSync(dest, { recursive: true })
  const root = fs.realpathSync(dest)
  const created: string[] = [] // absolute paths, in creation order, removed on failure
  const members: TarMember[] = []
  const byName = new Map<string, TarMember>()
  let total = 0
  let failure: TarError | undefined
  const fail = (message: string, member?: string): void => {
    failure ??= new TarError(archive, message, member)
  }

  /** Make the parent folders of rel, refusing to pass through a symlink or a non-folder. */
  const ensureParents = (rel: string): void => {
    const parts = rel.split('/').slice(0, -1)
    let cur = root
    for (const p of parts) {
      cur = path.join(cur, p)
      let st: fs.Stats | undefined
      try {
        st = fs.lstatSync(cur)
      } catch {
        fs.mkdirSync(cur, { mode: 0o755 })
        created.push(cur)
        continue
      }
      if (st.isSymbolicLink()) throw new TarError(archive, `its folder '${path.relative(root, cur)}' is a symlink; refusing to write through it`, rel)
      if (!st.isDirectory()) throw new TarError(archive, `its folder '${path.relative(root, cur)}' is a file`, rel)
    }
  }

  /** Remove whatever sits at abs (not a folder with content) so a member can take its place. */
  const clearPlace = (abs: string, rel: string, type: MemberType): boolean => {
    let st: fs.Stats
    try {
      st = fs.lstatSync(abs)
    } catch {
      return false
    }
    if (st.isDirectory() && !st.isSymbolicLink()) {
      if (type === 'dir') return true
      throw new TarError(archive, 'a folder already stands at its path', rel)
    }
    fs.rmSync(abs, { force: true })
    return false
  }

  const onEntry = (entry: ReadEntry): void => {
    if (failure) return void entry.resume()
    try {
      if (members.length >= limits.maxMembers) throw new TarError(archive, `more than ${limits.maxMembers} members`)
      const n = memberName(entry.path)
      if ('refused' in n) throw new TarError(archive, `refused: ${n.refused}`, entry.path)
      const rel = n.name
      const abs = path.join(root, rel)
      const mode = (entry.mode ?? 0o644) & 0o111 ? 0o755 : 0o644
      if (byName.has(rel) && entry.type !== 'Directory') throw new TarError(archive, 'it appears twice', rel)
      if (entry.type === 'Directory') {
        ensureParents(rel)
        if (!clearPlace(abs, rel, 'dir')) {
          fs.mkdirSync(abs, { mode: 0o755 })
          created.push(abs)
        }
        const m: TarMember = { path: rel, type: 'dir', mode: 0o755, size: 0 }
        members.push(m)
        byName.set(rel, m)
        entry.resume()
        return
      }
      if (entry.type === 'SymbolicLink') {
        const target = entry.linkpath ?? ''
        if (!linkStaysInside(rel, target)) throw new TarError(archive, `a symlink pointing outside the tree ('${printable(target)}')`, rel)
        ensureParents(rel)
        clearPlace(abs, rel, 'symlink')
        fs.symlinkSync(target, abs)
        created.push(abs)
        const m: TarMember = { path: rel, type: 'symlink', mode: 0o777, size: 0, target }
        members.push(m)
        byName.set(rel, m)
        entry.resume()
        return
      }
      if (entry.type === 'Link') {
        const t = memberName(entry.linkpath ?? '')
        const source = 'name' in t ? byName.get(t.name) : undefined
        if (!source || source.type !== 'file')
          throw new TarError(archive, `a hard link to '${printable(entry.linkpath ?? '')}', which is not a file earlier in the archive`, rel)
        total += source.size
        if (total > limits.maxTotalBytes) throw new TarError(archive, `the files pass the limit of ${limits.maxTotalBytes} bytes in all`, rel)
        ensureParents(rel)
        clearPlace(abs, rel, 'file')
        fs.copyFileSync(path.join(root, source.path), abs)
        created.push(abs)
        const m: TarMember = { ...source, path: rel }
        members.push(m)
        byName.set(rel, m)
        entry.resume()
        return
      }
      if (!FILE_TYPES.has(entry.type)) {
        const what: Record<string, string> = {
          CharacterDevice: 'a character device',
          BlockDevice: 'a block device',
          FIFO: 'a FIFO',
          SparseFile: 'a sparse file'
        }
        throw new TarError(archive, `refused: ${what[entry.type] ?? `an entry of type ${entry.type}`}; only files, folders and symlinks are accepted`, rel)
      }
      const size = entry.size ?? 0
      if (size > limits.maxFileBytes) throw new TarError(archive, `${size} bytes passes the limit of ${limits.maxFileBytes} per file`, rel)
      if (total + size > limits.maxTotalBytes) throw new TarError(archive, `the files pass the limit of ${limits.maxTotalBytes} bytes in all`, rel)
      total += size
      ensureParents(rel)
      clearPlace(abs, rel, 'file')
      const fd = fs.openSync(abs, 'wx', mode)
      created.push(abs)
      const hash = createHash('sha256')
      let written = 0
      entry.on('data', (chunk: Buffer) => {
        if (failure) return
        try {
          written += chunk.length
          if (written > size) throw new TarError(archive, 'more data than its header declares', rel)
          hash.update(chunk)
          fs.writeSync(fd, chunk)
        } catch (e) {
          fail(e instanceof Error ? e.message : String(e), rel)
        }
      })
      entry.on('end', () => {
        fs.closeSync(fd)
        if (failure) return
        if (written !== size) return fail(`${written} bytes where its header declares ${size}`, rel)
        fs.chmodSync(abs, mode) // the umask may have narrowed it
        const m: TarMember = { path: rel, type: 'file', mode, size, sha256: hash.digest('hex') }
        members.push(m)
        byName.set(rel, m)
      })
    } catch (e) {
      if (e instanceof TarError) failure ??= e
      else fail(e instanceof Error ? e.message : String(e), entry.path)
      entry.resume()
    }
  }

  const { stream, done } = await openDecompressed(archive)
  const parser = new Parser({ strict: true, onReadEntry: onEntry })
  // A tar of nothing but zero blocks (an empty archive as tar writes it) is not an error of its own
  // (node-tar's strict mode calls it TAR_BAD_ARCHIVE); whether empty is accepted is decided below.
  // node-tar's errors carry the header of the entry at fault: its name goes into the message.
  let allZero = true
  const unreadable = (e: Error & { code?: string; header?: { path?: string } }): void => {
    if (e.code === 'TAR_BAD_ARCHIVE' && allZero && members.length === 0) return
    fail(`unreadable tar (${e.message})`, e.header?.path)
  }
  parser.on('warn', (code: string, message: string | Error, data?: { header?: { path?: string } }) =>
    unreadable(Object.assign(new Error(`${code}: ${message instanceof Error ? message.message : message}`), { code, header: data?.header }))
  )
  parser.on('error', unreadable)
  try {
    await pipeline(
      stream,
      new Writable({
        write(chunk: Buffer, _enc, cb) {
          if (failure) return cb()
          if (allZero && chunk.some(b => b !== 0)) allZero = false
          if (parser.write(chunk)) cb()
          else parser.once('drain', () => cb())
        },
        final(cb) {
          parser.end(() => cb())
        }
      })
    )
    await done()
  } catch (e) {
    if (e instanceof TarError) failure ??= e
    else fail(`unreadable (${e instanceof Error ? e.message : String(e)})`)
  }
  if (!failure && members.length === 0 && !opts.allowEmpty) fail('an empty archive')
  if (failure) {
    removeCreated(created)
    throw failure
  }
  return { members, created }
}

/** Remove what an extraction created: files and links first, then folders that are empty. */
export function removeCreated(created: readonly string[]): void {
  for (const abs of [...created].reverse()) {
    try {
      const st = fs.lstatSync(abs)
      if (st.isDirectory()) fs.rmdirSync(abs)
      else fs.rmSync(abs, { force: true })
    } catch {
      // already gone, or a folder that still holds files not ours
    }
  }
}

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

function headerBlocks(data: { path: string; type: 'File' | 'SymbolicLink' | 'Directory'; mode: number; size: number; mtime: Date; linkpath?: string }): Buffer {
  const fields = { ...data, uid: 0, gid: 0, uname: '', gname: '' }
  const h = new Header(fields)
  h.encode()
  const blocks: Buffer[] = []
  if (h.needPax) blocks.push(new Pax({ ...fields, atime: undefined, ctime: undefined }).encode())
  blocks.push(h.block as Buffer)
  return Buffer.concat(blocks)
}

/** Write `paths` (relative to root, files, symlinks and folders, in the order given) into `out`. */
export async function packTar(root: string, paths: readonly string[], out: string, opts: PackOptions): Promise<void> {
  const mtime = new Date(opts.mtime * 1000)
  const pad = (n: number): Buffer => Buffer.alloc((512 - (n % 512)) % 512)
  async function* body(): AsyncGenerator<Buffer> {
    for (const m of opts.prepend ?? []) {
      yield headerBlocks({ path: m.path, type: 'File', mode: 0o644, size: m.data.length, mtime })
      yield m.data
      yield pad(m.data.length)
    }
    for (const rel of paths) {
      const abs = path.join(root, rel)
      const name = opts.prefix ? (rel ? `${opts.prefix}/${rel}` : opts.prefix) : rel
      const st = fs.lstatSync(abs)
      if (st.isSymbolicLink()) {
        yield headerBlocks({ path: name, type: 'SymbolicLink', mode: 0o777, size: 0, mtime, linkpath: fs.readlinkSync(abs) })
      } else if (st.isDirectory()) {
        yield headerBlocks({ path: `${name}/`, type: 'Directory', mode: 0o755, size: 0, mtime })
      } else if (st.isFile()) {
        yield headerBlocks({ path: name, type: 'File', mode: st.mode & 0o111 ? 0o755 : 0o644, size: st.size, mtime })
        let n = 0
        for await (const chunk of fs.createReadStream(abs)) {
          n += (chunk as Buffer).length
          yield chunk as Buffer
        }
        if (n !== st.size) throw new Error(`${abs} changed while it was packed`)
        yield pad(n)
      } else throw new Error(`${abs} is not a file, folder or symlink`)
    }
    yield Buffer.alloc(1024)
  }
  const stages: NodeJS.ReadWriteStream[] = opts.gzipLevel
    ? [zlib.createGzip({ level: opts.gzipLevel })]
    : opts.zstdLevel > 0
      ? [zlib.createZstdCompress({ params: { [zlib.constants.ZSTD_c_compressionLevel]: opts.zstdLevel } })]
      : []
  await pipeline(Readable.from(body()), ...(stages as [NodeJS.ReadWriteStream]), fs.createWriteStream(out))
}
