/**
 * Tar archives as untrusted input, read by their headers (node-tar's parser), never by parsing a
 * listing. Extraction writes only regular files, directories and symlinks that stay inside the
 * destination; hard links inside become copies; devices, FIFOs, sparse files, names that escape
 * and links out are refused; sizes and counts are capped. Symlinks are made last, once every
 * member is known, and each is judged by its whole chain against the tree as it will then be
 * (links.ts); no member is ever written through a link. On any problem everything the call
 * created is removed again and a TarError names the member. Compression is recognised by content
 * (decompress.ts).
 *
 * Writing (tar-write.ts) is reproducible: members in the order given (callers sort), owners zeroed,
 * one mtime, modes reduced to 0644/0755.
 */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Parser, type ReadEntry } from 'tar'
import { openDecompressed } from './decompress.js'
import { describeLinkProblem, diskTree, firstLinkProblem, linksOnDisk, overlayTree, type TreeNode } from './links.js'
import { printable, TarError } from './tar-error.js'

// The error and the decompressors live in their own modules; these names stay importable from here.
export { printable, TarError } from './tar-error.js'
export { detectCompression, openDecompressed, type Compression, type Decompressed } from './decompress.js'

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

/**
 * Does a symlink at `name` pointing at `target` stay inside the tree, read alone and lexically? For
 * trees the suite writes itself; whether a link of an extracted tree may exist is decided by its
 * chain (links.ts).
 */
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

export interface ExtractOptions {
  readonly limits?: Partial<TarLimits>
  /** Accept an archive with no members (a conda package's empty `pkg-*.tar.zst`). */
  readonly allowEmpty?: boolean
  /**
   * Files keep their permission bits from the archive (rwx for owner, group and others; never setuid,
   * setgid or sticky), as libarchive's EXTRACT_PERM gives conda-build's sources: a read-only file stays
   * read-only. By default they are reduced to 0644/0755. Folders are 0755 either way.
   */
  readonly keepModes?: boolean
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
  /** Symlinks of the archive, made once every member is known and the chains are judged. */
  const links = new Map<string, string>()
  const hadContent = fs.readdirSync(root).length > 0
  /** Folders already made or found to be real folders by this call. */
  const folders = new Set<string>()
  let total = 0
  let failure: TarError | undefined
  const fail = (message: string, member?: string): void => {
    failure ??= new TarError(archive, message, member)
  }

  /** Make the parent folders of rel, refusing to pass through a symlink (on disk or of the archive) or a non-folder. */
  const ensureParents = (rel: string): void => {
    const parts = rel.split('/').slice(0, -1)
    let cur = root
    for (const [i, p] of parts.entries()) {
      cur = path.join(cur, p)
      const folder = parts.slice(0, i + 1).join('/')
      if (folders.has(folder)) continue
      if (links.has(folder))
        throw new TarError(archive, `its folder '${printable(folder)}' is a symlink; refusing to write through it (an earlier member of this archive)`, rel)
      let st: fs.Stats | undefined
      try {
        st = fs.lstatSync(cur)
      } catch {
        fs.mkdirSync(cur, { mode: 0o755 })
        created.push(cur)
        folders.add(folder)
        continue
      }
      if (st.isSymbolicLink()) throw new TarError(archive, `its folder '${path.relative(root, cur)}' is a symlink; refusing to write through it`, rel)
      if (!st.isDirectory()) throw new TarError(archive, `its folder '${path.relative(root, cur)}' is a file`, rel)
      folders.add(folder)
    }
  }

  /** Remove whatever sits at abs (not a folder with content) so a member can take its place. */
  const clearPlace = (abs: string, rel: string, type: MemberType): boolean => {
    // a folder that was empty holds only what this call made: a folder it made, or a member it has seen
    if (!hadContent && !folders.has(rel) && !byName.has(rel)) return false
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
      const mode = opts.keepModes ? (entry.mode ?? 0o644) & 0o777 : (entry.mode ?? 0o644) & 0o111 ? 0o755 : 0o644
      if (byName.has(rel) && entry.type !== 'Directory') throw new TarError(archive, 'it appears twice', rel)
      if (entry.type === 'Directory') {
        if (links.has(rel)) throw new TarError(archive, 'it is both a symlink and a folder', rel)
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
        // judged by its chain once every member is known (makeLinks)
        ensureParents(rel)
        clearPlace(abs, rel, 'symlink')
        links.set(rel, target)
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
        fs.copyFileSync(path.join(root, source.path), abs, fs.constants.COPYFILE_EXCL)
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
  const blocks = new BlockAligner()
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
          const pieces = blocks.cut(chunk)
          const next = (i: number): void => {
            if (i >= pieces.length || failure) return cb()
            if (parser.write(pieces[i])) next(i + 1)
            else parser.once('drain', () => next(i + 1))
          }
          next(0)
        },
        final(cb) {
          const rest = blocks.rest()
          if (rest && !failure) parser.write(rest)
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
  if (!failure && links.size) {
    try {
      makeLinks(root, links, hadContent, created)
    } catch (e) {
      if (e instanceof LinkRefused) fail(e.message, e.member)
      else fail(e instanceof Error ? e.message : String(e))
    }
  }
  if (failure) {
    removeCreated(created)
    throw failure
  }
  return { members, created }
}

/**
 * Cuts a byte stream into pieces of whole 512-byte blocks (a tar is made of them) without copying
 * but for the one block that straddles two chunks: node-tar's parser then never joins a chunk's
 * remainder with the next chunk, a copy (and an allocation) of almost every chunk otherwise.
 */
export class BlockAligner {
  private tail: Buffer | undefined

  cut(chunk: Buffer): Buffer[] {
    const pieces: Buffer[] = []
    let c = chunk
    if (this.tail) {
      const need = 512 - this.tail.length
      if (c.length < need) {
        this.tail = Buffer.concat([this.tail, c])
        return pieces
      }
      pieces.push(Buffer.concat([this.tail, c.subarray(0, need)]))
      c = c.subarray(need)
      this.tail = undefined
    }
    const whole = c.length - (c.length % 512)
    if (whole) pieces.push(c.subarray(0, whole))
    if (whole < c.length) this.tail = c.subarray(whole)
    return pieces
  }

  /** What is left at the end (not a whole block: the parser reports the archive as truncated). */
  rest(): Buffer | undefined {
    const t = this.tail
    this.tail = undefined
    return t
  }
}

export class LinkRefused extends Error {
  constructor(
    message: string,
    readonly member: string
  ) {
    super(message)
  }
}

/**
 * Judge the archive's links against the tree as it now stands with them (and, when the folder held
 * something before, the links already there too), then make them.
 */
export function makeLinks(root: string, links: ReadonlyMap<string, string>, hadContent: boolean, created: string[]): void {
  const look = overlayTree(
    diskTree(root),
    [...links].map(([rel, target]): [string, TreeNode] => [rel, { kind: 'link', target }])
  )
  const problem = firstLinkProblem(look, links) ?? (hadContent ? firstLinkProblem(look, linksOnDisk(root), 'existing') : null)
  if (problem) throw new LinkRefused(describeLinkProblem(problem), problem.link)
  for (const [rel, target] of links) {
    const abs = path.join(root, rel)
    fs.symlinkSync(target, abs)
    created.push(abs)
  }
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

// The write side lives in tar-write.ts; these names stay importable from here.
export { packTar, type PackOptions } from './tar-write.js'
