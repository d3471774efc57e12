/**
 * What an extracted package says about itself: `info/index.json` (required), its paths from
 * `info/paths.json`, or for old packages from `info/files` with `info/has_prefix` and
 * `info/no_link`, or, with neither, from the payload on disk; `info/link.json` for noarch python
 * entry points. Every path is checked to stay inside the prefix it will be linked into.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { memberName } from '../../archive/tar.js'

/** conda's default placeholder, meant where `info/has_prefix` gives a bare path. */
export const LEGACY_PLACEHOLDER = '/opt/anaconda1anaconda2anaconda3'

export interface PathEntry {
  readonly _path: string
  readonly path_type: 'hardlink' | 'softlink' | 'directory'
  readonly sha256?: string
  readonly size_in_bytes?: number
  readonly file_mode?: 'text' | 'binary'
  readonly prefix_placeholder?: string
  readonly no_link?: boolean
}

export interface IndexJson {
  readonly name: string
  readonly version: string
  readonly build: string
  readonly build_number?: number
  readonly noarch?: string | boolean | null
  readonly subdir?: string
  readonly depends?: readonly string[]
  readonly [key: string]: unknown
}

export interface LinkJson {
  readonly noarch?: { readonly type?: string; readonly entry_points?: readonly string[] }
  readonly [key: string]: unknown
}

export interface PackageInfo {
  readonly index: IndexJson
  readonly paths: readonly PathEntry[]
  readonly link?: LinkJson
  /** Where the paths came from. */
  readonly pathsFrom: 'paths.json' | 'info/files' | 'payload'
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    throw new Error(`${path.basename(path.dirname(file))}/${path.basename(file)} is not valid JSON (${(e as Error).message})`, { cause: e })
  }
}

/** A declared path as a safe relative path, or an error naming it. */
export function checkedPath(raw: unknown): string {
  if (typeof raw !== 'string') throw new Error(`a path entry without a string _path (${JSON.stringify(raw)})`)
  const n = memberName(raw.replace(/\\/g, '/'))
  if ('refused' in n) throw new Error(`refusing the path '${raw}': ${n.refused}`)
  if (n.name === 'conda-meta' || n.name.startsWith('conda-meta/')) throw new Error(`refusing the path '${raw}': conda-meta/ belongs to the installer`)
  return n.name
}

/** Split a has_prefix line: `placeholder mode path`, quoted parts allowed, or a bare path. */
export function parseHasPrefixLine(line: string): { placeholder: string; mode: 'text' | 'binary'; path: string } | null {
  const parts = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(m => m[1] ?? m[2] ?? '')
  if (parts.length === 0) return null
  if (parts.length === 1) return { placeholder: LEGACY_PLACEHOLDER, mode: 'text', path: parts[0] }
  if (parts.length === 3 && (parts[1] === 'text' || parts[1] === 'binary')) return { placeholder: parts[0], mode: parts[1], path: parts[2] }
  return null
}

function lines(file: string): string[] {
  return fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .filter(l => l.trim() !== '')
    : []
}

function fromFiles(dir: string): PathEntry[] {
  const prefixed = new Map<string, { placeholder: string; mode: 'text' | 'binary' }>()
  for (const l of lines(path.join(dir, 'info', 'has_prefix'))) {
    const p = parseHasPrefixLine(l)
    if (p) prefixed.set(checkedPath(p.path), p)
  }
  const noLink = new Set(lines(path.join(dir, 'info', 'no_link')).map(checkedPath))
  return lines(path.join(dir, 'info', 'files')).map(raw => {
    const rel = checkedPath(raw)
    const st = fs.lstatSync(path.join(dir, rel), { throwIfNoEntry: false })
    if (!st) throw new Error(`info/files lists '${rel}', which the archive does not hold`)
    const ph = prefixed.get(rel)
    return {
      _path: rel,
      path_type: st.isSymbolicLink() ? 'softlink' : st.isDirectory() ? 'directory' : 'hardlink',
      ...(ph ? { prefix_placeholder: ph.placeholder, file_mode: ph.mode } : {}),
      ...(noLink.has(rel) ? { no_link: true } : {})
    }
  })
}

function fromPayload(dir: string): PathEntry[] {
  const out: PathEntry[] = []
  const walk = (rel: string): void => {
    for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name
      if (r === 'info') continue
      if (d.isDirectory()) walk(r)
      else out.push({ _path: r, path_type: d.isSymbolicLink() ? 'softlink' : 'hardlink' })
    }
  }
  walk('')
  return out.sort((a, b) => (a._path < b._path ? -1 : 1))
}

/** Read what an extracted package declares (see the module's comment). */
export function readPackageInfo(dir: string): PackageInfo {
  const indexFile = path.join(dir, 'info', 'index.json')
  if (!fs.existsSync(indexFile)) throw new Error('the package has no info/index.json, so it is not a conda package')
  const index = readJson(indexFile) as IndexJson
  for (const k of ['name', 'version', 'build'] as const) if (typeof index[k] !== 'string' || !index[k]) throw new Error(`info/index.json has no ${k}`)
  const linkFile = path.join(dir, 'info', 'link.json')
  const link = fs.existsSync(linkFile) ? (readJson(linkFile) as LinkJson) : undefined
  const pathsFile = path.join(dir, 'info', 'paths.json')
  if (fs.existsSync(pathsFile)) {
    const raw = readJson(pathsFile) as { paths?: unknown }
    if (!Array.isArray(raw.paths)) throw new Error('info/paths.json has no paths list')
    const paths = raw.paths.map((p: Record<string, unknown>): PathEntry => {
      const type = p.path_type ?? 'hardlink'
      if (type !== 'hardlink' && type !== 'softlink' && type !== 'directory')
        throw new Error(`info/paths.json: '${String(p._path)}' has path_type '${String(type)}'`)
      const mode = p.file_mode
      if (mode !== undefined && mode !== 'text' && mode !== 'binary') throw new Error(`info/paths.json: '${String(p._path)}' has file_mode '${String(mode)}'`)
      return { ...p, _path: checkedPath(p._path), path_type: type }
    })
    return { index, paths, link, pathsFrom: 'paths.json' }
  }
  if (fs.existsSync(path.join(dir, 'info', 'files'))) return { index, paths: fromFiles(dir), link, pathsFrom: 'info/files' }
  return { index, paths: fromPayload(dir), link, pathsFrom: 'payload' }
}
