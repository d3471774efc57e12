/**
 * A cache entry of a built tree: a zstd-compressed tar of the files in sorted order with normalised
 * metadata, then a manifest (every file's path, type, mode, size and sha256, and the key it was
 * saved under), so the same tree always gives the same bytes. The manifest is written last because
 * the files are hashed as they are packed; readers find it by name (older entries hold it first).
 *
 * An entry is untrusted input. Restoring extracts it into a private folder inside the tree,
 * checks every member against the manifest and the manifest against the expected key, and only
 * then moves the files into place: a bad entry leaves the tree as it was.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { describeLinkProblem, diskTree, FILE, firstLinkProblem, linksOnDisk, overlayTree, type TreeNode } from '../archive/links.js'
import { memberName, type TarLimits, type TarMember } from '../archive/tar.js'
import { extractTarFresh } from '../archive/tar-fresh.js'
import { tarChunks, writeChunks, type WrittenMember } from '../archive/tar-write.js'
import { looksMangled } from '../lib/names.js'
import { STATE_DIR } from './tree.js'

export const ENTRY_FORMAT = 'build-wheel-tree-entry/1'
export const MANIFEST_NAME = 'build-wheel-entry.json'

export interface ManifestFile {
  readonly path: string
  readonly type: 'file' | 'symlink'
  readonly mode: number
  readonly size: number
  readonly sha256?: string
  readonly target?: string
}

export interface EntryManifest {
  readonly format: string
  readonly key: string
  readonly files: readonly ManifestFile[]
  /** Tracked source files the build rewrote (a configure step), with their sha256 after it. */
  readonly rewritten?: Readonly<Record<string, string>>
}

/** An entry that is sound but not the one this tree needs (kept in the store, not dropped). */
export class EntryMismatch extends Error {
  override name = 'EntryMismatch'
}

/** A problem with an entry: it is not used (and dropped where the store can). */
export class EntryError extends Error {
  override name = 'EntryError'
}

export interface PackResult {
  readonly manifest: EntryManifest
  /** Bytes of the files. */
  readonly rawBytes: number
  /** Bytes of the entry file. */
  readonly bytes: number
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A file or symlink to pack, by lstat (a FIFO, socket or device is refused, never opened). */
function lstatToPack(abs: string, rel: string): fs.Stats {
  const st = fs.lstatSync(abs, { throwIfNoEntry: false })
  if (!st && looksMangled(rel)) throw new EntryError(`'${rel}' cannot be packed: its name is not UTF-8, and the string given for it names no file`)
  if (!st) throw new EntryError(`'${rel}' cannot be packed: it is not there any more (${abs})`)
  if (!st.isFile() && !st.isSymbolicLink())
    throw new EntryError(`'${rel}' cannot be packed: it is ${st.isDirectory() ? 'a folder' : specialKind(st)}, not a file or symlink`)
  return st
}

function specialKind(st: fs.Stats): string {
  if (st.isFIFO()) return 'a FIFO'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  return 'of an unknown kind'
}

/**
 * Write the files (relative to root) into `out` as an entry for `key`: one pass over the files, each
 * hashed as it is read into the archive; the manifest, known only then, is the last member.
 */
export async function packEntry(
  root: string,
  files: readonly string[],
  key: string,
  out: string,
  opts: { readonly mtime: number; readonly zstdLevel: number; readonly rewritten?: Readonly<Record<string, string>> }
): Promise<PackResult> {
  const sorted = [...new Set(files)].sort(byPath)
  const modes = new Map<string, number>()
  for (const rel of sorted) {
    const st = lstatToPack(path.join(root, rel), rel)
    modes.set(rel, st.isSymbolicLink() ? 0o777 : st.mode & 0o111 ? 0o755 : 0o644)
  }
  const written: WrittenMember[] = []
  const rewritten = Object.fromEntries(Object.entries(opts.rewritten ?? {}).sort(([a], [b]) => byPath(a, b)))
  let manifest: EntryManifest | undefined
  const describe = (m: WrittenMember): ManifestFile =>
    m.type === 'symlink'
      ? { path: m.name, type: 'symlink', mode: 0o777, size: 0, target: m.target }
      : { path: m.name, type: 'file', mode: modes.get(m.name) ?? 0o644, size: m.size, sha256: m.sha256 }
  function* chunks(): Generator<Buffer> {
    yield* tarChunks(
      sorted.map(rel => ({ name: rel, abs: path.join(root, rel) })),
      { mtime: opts.mtime, hash: true, end: false, onMember: m => written.push(m) }
    )
    const list = written.map(describe)
    manifest = { format: ENTRY_FORMAT, key, files: list, ...(Object.keys(rewritten).length ? { rewritten } : {}) }
    yield* tarChunks([], { mtime: opts.mtime, prepend: [{ path: MANIFEST_NAME, data: Buffer.from(`${JSON.stringify(manifest)}\n`) }] })
  }
  await writeChunks(chunks(), out, { zstdLevel: opts.zstdLevel })
  if (!manifest) throw new EntryError('internal: the entry was written without its manifest')
  const rawBytes = manifest.files.reduce((n, f) => n + (f.type === 'file' ? f.size : 0), 0)
  return { manifest, rawBytes, bytes: fs.statSync(out).size }
}

const MANIFEST_MAX_BYTES = 64 * 1024 * 1024

function readManifest(staging: string, members: readonly TarMember[], key: string): EntryManifest {
  const m = members.find(x => x.path === MANIFEST_NAME)
  if (!m || m.type !== 'file') throw new EntryError(`it has no ${MANIFEST_NAME}`)
  if (m.size > MANIFEST_MAX_BYTES) throw new EntryError(`its manifest is ${m.size} bytes, past the limit of ${MANIFEST_MAX_BYTES}`)
  let parsed: unknown
  try {
    parsed = JSON.parse(fs.readFileSync(path.join(staging, MANIFEST_NAME), 'utf8'))
  } catch (e) {
    throw new EntryError(`its manifest is not JSON (${e instanceof Error ? e.message : String(e)})`)
  }
  const man = parsed as Partial<EntryManifest>
  if (man.format !== ENTRY_FORMAT) throw new EntryError(`its manifest has format '${String(man.format)}', expected '${ENTRY_FORMAT}'`)
  if (man.key !== key) throw new EntryError(`it was saved under another key ('${String(man.key)}')`)
  if (!Array.isArray(man.files)) throw new EntryError('its manifest lists no files')
  return man as EntryManifest
}

/** Check the extracted members against the manifest: the same files, each with its recorded content. */
export function compareWithManifest(members: readonly TarMember[], manifest: EntryManifest): void {
  const got = new Map(members.filter(m => m.type !== 'dir' && m.path !== MANIFEST_NAME).map(m => [m.path, m]))
  const seen = new Set<string>()
  for (const f of manifest.files) {
    const n = memberName(String(f.path))
    if ('refused' in n || n.name !== f.path) throw new EntryError(`its manifest lists an unsafe path '${String(f.path)}'`)
    if (seen.has(f.path)) throw new EntryError(`its manifest lists '${f.path}' twice`)
    seen.add(f.path)
    const m = got.get(f.path)
    if (!m) throw new EntryError(`'${f.path}' is listed in its manifest but missing (a truncated or partial entry)`)
    if (m.type !== f.type) throw new EntryError(`'${f.path}' is a ${m.type} where the manifest says ${f.type}`)
    if (f.type === 'file' && (m.size !== f.size || m.sha256 !== f.sha256 || m.mode !== f.mode))
      throw new EntryError(`'${f.path}' does not match its manifest (size ${m.size} vs ${f.size}, or its sha256 or mode differ)`)
    if (f.type === 'symlink' && m.target !== f.target) throw new EntryError(`symlink '${f.path}' does not match its manifest`)
  }
  for (const p of got.keys()) if (!seen.has(p)) throw new EntryError(`'${p}' is in the entry but not in its manifest`)
}

/**
 * Make the parent folders of every file in root, refusing any that resolve outside root, and refuse
 * a file whose place holds a folder. Each folder is resolved once.
 */
function parentsInside(root: string, realRoot: string, files: readonly ManifestFile[]): void {
  const checked = new Set<string>()
  for (const f of files) {
    const parent = path.dirname(path.join(root, f.path))
    if (!checked.has(parent)) {
      fs.mkdirSync(parent, { recursive: true })
      const real = fs.realpathSync(parent)
      if (real !== realRoot && !real.startsWith(`${realRoot}${path.sep}`))
        throw new EntryError(`'${f.path}' would be written through a link to '${real}', outside the tree`)
      checked.add(parent)
    }
    const st = fs.lstatSync(path.join(root, f.path), { throwIfNoEntry: false })
    if (st?.isDirectory()) throw new EntryError(`'${f.path}' is a folder in the tree; the entry has a file there`)
  }
}

/**
 * Move the restored files from staging into the tree. A top-level folder the tree does not have at
 * all moves whole, in one rename (nothing in the tree can lead it elsewhere), when `whole` (the entry
 * had no folder members, so the folder holds exactly the manifest's files); the rest file by file.
 * rename replaces a file or link in place; the files were written during this restore, so they are
 * newer than the sources and make finds nothing to do.
 */
function moveIntoPlace(staging: string, root: string, realRoot: string, files: readonly ManifestFile[], whole: boolean): void {
  const moved = new Set<string>()
  if (whole)
    for (const f of files) {
      const top = f.path.split('/', 1)[0]
      if (top === f.path || moved.has(top) || top === STATE_DIR || fs.lstatSync(path.join(root, top), { throwIfNoEntry: false })) continue
      fs.renameSync(path.join(staging, top), path.join(root, top))
      moved.add(top)
    }
  const rest = files.filter(f => !moved.has(f.path.split('/', 1)[0]))
  parentsInside(root, realRoot, rest)
  for (const f of rest) fs.renameSync(path.join(staging, f.path), path.join(root, f.path))
}

/**
 * The entry's links judged by their chains against the tree as it will be once the entry is in
 * place (what the tree holds now, the entry's files over it), and the tree's own links again with
 * them: refused as the archive reader refuses a link of its own tree.
 */
function checkLinkChains(realRoot: string, files: readonly ManifestFile[]): void {
  const look = overlayTree(
    diskTree(realRoot),
    files.map((f): [string, TreeNode] => [f.path, f.type === 'symlink' ? { kind: 'link', target: String(f.target) } : FILE])
  )
  const links = files.filter(f => f.type === 'symlink').map((f): [string, string] => [f.path, String(f.target)])
  const problem =
    firstLinkProblem(look, links) ??
    (links.length
      ? firstLinkProblem(
          look,
          linksOnDisk(realRoot, rel => rel === STATE_DIR || rel === '.git'),
          'existing'
        )
      : null)
  if (problem) throw new EntryError(`${describeLinkProblem(problem)} (in the tree it would be restored into)`)
}

/**
 * Restore `entryFile` into root, verified. Returns the manifest's files. Throws EntryError (the
 * tree untouched) when anything is wrong.
 */
export async function restoreEntry(
  entryFile: string,
  root: string,
  key: string,
  limits?: Partial<TarLimits>,
  /** Whether this tree may use the entry (checked on its manifest before anything is moved); a reason throws EntryMismatch. */
  accept?: (manifest: EntryManifest) => string | undefined
): Promise<readonly ManifestFile[]> {
  const realRoot = fs.realpathSync(root)
  const base = path.join(root, STATE_DIR)
  fs.mkdirSync(base, { recursive: true })
  const staging = fs.mkdtempSync(path.join(base, 'restore-'))
  try {
    let members: readonly TarMember[]
    try {
      members = (await extractTarFresh(entryFile, staging, { limits })).members
    } catch (e) {
      throw new EntryError(e instanceof Error ? e.message : String(e))
    }
    const manifest = readManifest(staging, members, key)
    const refused = accept?.(manifest)
    if (refused) throw new EntryMismatch(refused)
    compareWithManifest(members, manifest)
    const files = [...manifest.files].sort((a, b) => byPath(a.path, b.path))
    checkLinkChains(realRoot, files)
    moveIntoPlace(staging, root, realRoot, files, !members.some(m => m.type === 'dir'))
    return files
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
