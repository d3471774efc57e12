/**
 * What removing one package from a prefix deletes, decided from the prefix's conda-meta records before
 * anything is touched (remove.ts carries it out):
 *   - the package's record (`conda-meta/<name>-<version>-<build>.json`) found by name (or by its
 *     name-version-build); the paths it lists (`files`, and `paths_data` with its folders) are data: one that
 *     is empty, absolute, holds a `..` segment or a NUL, or points into conda-meta refuses the whole removal,
 *     naming the record and the path;
 *   - a path that another package's record also lists (a file one package replaced of another) is kept;
 *   - the packages whose `depends` name it are listed, to be warned about.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'

export class RemoveError extends Error {
  override name = 'RemoveError'
}

/** One conda-meta record, as read. */
export interface InstalledRecord {
  readonly file: string
  readonly data: Record<string, unknown>
  readonly name: string
  readonly version: string
  readonly build: string
  readonly buildNumber: number
  readonly channel: string
  /** `files` and the non-folder entries of `paths_data`, as written. */
  readonly paths: readonly unknown[]
  /** The folder entries of `paths_data` (path_type directory), as written. */
  readonly dirs: readonly unknown[]
  readonly depends: readonly string[]
}

export const dist = (r: Pick<InstalledRecord, 'name' | 'version' | 'build'>): string => `${r.name}-${r.version}-${r.build}`

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/** Read one record; one that is not JSON or lacks name, version or build is an error naming the file. */
export function readRecord(file: string): InstalledRecord {
  let data: unknown
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    throw new RemoveError(`${file} is not a readable conda-meta record (${(e as Error).message}); fix or remove it, then try again`)
  }
  const d = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>
  for (const k of ['name', 'version', 'build'])
    if (typeof d[k] !== 'string' || !d[k]) throw new RemoveError(`${file} has no '${k}': it is not a conda-meta record of a package`)
  const pd = d.paths_data as { paths?: unknown } | undefined
  const entries = Array.isArray(pd?.paths) ? (pd.paths as unknown[]) : []
  const isDir = (e: unknown): boolean => (e as { path_type?: unknown } | null)?.path_type === 'directory'
  const pathOf = (e: unknown): unknown => (e !== null && typeof e === 'object' ? (e as { _path?: unknown })._path : e)
  return {
    file,
    data: d,
    name: d.name as string,
    version: d.version as string,
    build: d.build as string,
    buildNumber: typeof d.build_number === 'number' ? d.build_number : 0,
    channel: typeof d.channel === 'string' ? d.channel : '',
    paths: [...(Array.isArray(d.files) ? (d.files as unknown[]) : []), ...entries.filter(e => !isDir(e)).map(pathOf)],
    dirs: entries.filter(isDir).map(pathOf),
    depends: strings(d.depends)
  }
}

/** Every record of the prefix's conda-meta/, sorted by file name. */
export function readRecords(prefix: string): InstalledRecord[] {
  const meta = path.join(prefix, 'conda-meta')
  if (!fs.statSync(meta, { throwIfNoEntry: false })?.isDirectory()) throw new RemoveError(`${prefix} is not a conda environment: it has no conda-meta folder`)
  return fs
    .readdirSync(meta)
    .filter(f => f.endsWith('.json'))
    .sort()
    .map(f => readRecord(path.join(meta, f)))
}

/** A record's path, normalized; refused (see the module's comment) with the record named. */
export function checkedPath(raw: unknown, record: string): string {
  const bad = (why: string): RemoveError =>
    new RemoveError(
      `${record} lists ${JSON.stringify(raw)}, which ${why}; refusing to remove anything of this package (the record is not one an installer writes)`
    )
  if (typeof raw !== 'string' || raw === '') throw bad('is not a path')
  if (raw.includes('\0')) throw bad('holds a NUL character')
  if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw)) throw bad('is absolute (a record lists paths relative to the prefix)')
  if (raw.split(/[\\/]/).includes('..')) throw bad("has a '..' segment (it would leave the prefix)")
  const n = path.posix.normalize(raw)
  if (n === '.') throw bad('is the prefix itself, not a file of it')
  if (n === 'conda-meta' || n.startsWith('conda-meta/')) throw bad("is in conda-meta/ (packages never own the prefix's records)")
  return n.replace(/\/$/, '')
}

export interface RemovalPlan {
  readonly record: InstalledRecord
  /** The paths to delete, sorted. */
  readonly remove: readonly string[]
  /** The package's paths that another package's record also lists: left in place. */
  readonly kept: readonly string[]
  /** The folders the record declares (removed when empty). */
  readonly dirs: readonly string[]
  /** The packages (name-version-build) whose depends name this one. */
  readonly dependents: readonly string[]
  /** Every path the other packages' records list (normalized). */
  readonly owned: ReadonlySet<string>
}

/** The record of `name` (or of the name-version-build `name`) among `records`; none or several is an error. */
function findRecord(records: readonly InstalledRecord[], name: string, prefix: string): InstalledRecord {
  const found = records.filter(r => r.name === name || dist(r) === name)
  if (found.length === 1) return found[0]
  if (found.length > 1)
    throw new RemoveError(`${prefix} has ${found.length} records for ${name}: ${found.map(dist).join(', ')}; give the one to remove as name-version-build`)
  const names = records.map(r => r.name)
  throw new RemoveError(`${name} is not installed in ${prefix}; its conda-meta lists ${names.length ? names.join(', ') : 'no package'}`)
}

/** What removing `name` deletes from the prefix whose records are `records` (see the module's comment). */
export function planRemoval(records: readonly InstalledRecord[], name: string, prefix: string): RemovalPlan {
  const record = findRecord(records, name, prefix)
  const where = path.join('conda-meta', path.basename(record.file))
  const mine = [...new Set(record.paths.map(p => checkedPath(p, where)))].sort()
  const dirs = [...new Set(record.dirs.map(p => checkedPath(p, where)))].sort()
  const others = records.filter(r => r !== record)
  const owned = new Set(others.flatMap(r => r.paths.filter((p): p is string => typeof p === 'string').map(p => path.posix.normalize(p))))
  const dependents = others.filter(r => r.depends.some(d => d.trim().split(/[\s=<>!~]/)[0] === record.name)).map(dist)
  return { record, remove: mine.filter(p => !owned.has(p)), kept: mine.filter(p => owned.has(p)), dirs, dependents, owned }
}
