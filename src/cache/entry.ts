/**
 * A cache entry of a built tree: a zstd-compressed tar whose first member is a manifest (every
 * file's path, type, mode, size and sha256, and the key it was saved under), then the files in
 * sorted order with normalised metadata, so the same tree always gives the same bytes.
 *
 * An entry is untrusted input. Restoring extracts it into a private folder inside the tree,
 * checks every member against the manifest and the manifest against the expected key, and only
 * then moves the files into place: a bad entry leaves the tree as it was.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { extractTarTracked, linkStaysInside, memberName, packTar, type TarLimits, type TarMember } from '../archive/tar.js'
import { sha256File } from './key.js'
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

/** Write the files (relative to root) into `out` as an entry for `key`. */
export async function packEntry(
  root: string,
  files: readonly string[],
  key: string,
  out: string,
  opts: { readonly mtime: number; readonly zstdLevel: number }
): Promise<PackResult> {
  const sorted = [...new Set(files)].sort(byPath)
  const list: ManifestFile[] = []
  let rawBytes = 0
  for (const rel of sorted) {
    const abs = path.join(root, rel)
    const st = fs.lstatSync(abs)
    if (st.isSymbolicLink()) list.push({ path: rel, type: 'symlink', mode: 0o777, size: 0, target: fs.readlinkSync(abs) })
    else if (st.isFile()) {
      list.push({ path: rel, type: 'file', mode: st.mode & 0o111 ? 0o755 : 0o644, size: st.size, sha256: await sha256File(abs) })
      rawBytes += st.size
    }
  }
  const manifest: EntryManifest = { format: ENTRY_FORMAT, key, files: list }
  await packTar(
    root,
    list.map(f => f.path),
    out,
    { ...opts, prepend: [{ path: MANIFEST_NAME, data: Buffer.from(`${JSON.stringify(manifest)}\n`) }] }
  )
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
    if (f.type === 'symlink' && (m.target !== f.target || !linkStaysInside(f.path, String(f.target))))
      throw new EntryError(`symlink '${f.path}' does not match its manifest`)
  }
  for (const p of got.keys()) if (!seen.has(p)) throw new EntryError(`'${p}' is in the entry but not in its manifest`)
}

/** Make rel's parent folders in root, refusing any that resolve outside root. */
function parentsInside(root: string, realRoot: string, rel: string): void {
  const parent = path.dirname(path.join(root, rel))
  fs.mkdirSync(parent, { recursive: true })
  const real = fs.realpathSync(parent)
  if (real !== realRoot && !real.startsWith(`${realRoot}${path.sep}`))
    throw new EntryError(`'${rel}' would be written through a link to '${real}', outside the tree`)
  const st = fs.lstatSync(path.join(root, rel), { throwIfNoEntry: false })
  if (st?.isDirectory()) throw new EntryError(`'${rel}' is a folder in the tree; the entry has a file there`)
}

/**
 * Restore `entryFile` into root, verified. Returns the manifest's files. Throws EntryError (the
 * tree untouched) when anything is wrong.
 */
export async function restoreEntry(entryFile: string, root: string, key: string, limits?: Partial<TarLimits>): Promise<readonly ManifestFile[]> {
  const realRoot = fs.realpathSync(root)
  const base = path.join(root, STATE_DIR)
  fs.mkdirSync(base, { recursive: true })
  const staging = fs.mkdtempSync(path.join(base, 'restore-'))
  try {
    let members: readonly TarMember[]
    try {
      members = (await extractTarTracked(entryFile, staging, { limits })).members
    } catch (e) {
      throw new EntryError(e instanceof Error ? e.message : String(e))
    }
    const manifest = readManifest(staging, members, key)
    compareWithManifest(members, manifest)
    const files = [...manifest.files].sort((a, b) => byPath(a.path, b.path))
    for (const f of files) parentsInside(root, realRoot, f.path)
    for (const f of files) {
      const dest = path.join(root, f.path)
      fs.rmSync(dest, { force: true })
      fs.renameSync(path.join(staging, f.path), dest)
      // restored files are newer than the sources, so make would find nothing to do
      if (f.type === 'file') fs.utimesSync(dest, new Date(), new Date())
    }
    return files
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
