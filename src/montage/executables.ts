/**
 * "Generic Linux executables": the command-line tools a C tree's make built (Montage's `bin/`),
 * chosen by glob patterns, audited like a wheel (executables-audit.ts) and packed into a
 * reproducible `.tar.gz` named by the tag they allow: `<name>-<tag>.tar.gz`, every member under
 * one top folder. The plan is pure; packing writes through a temporary name, then renames.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { linkStaysInside, memberName, packTar } from '../archive/tar.js'
import { sha256File } from '../cache/key.js'
import { checkGlob, matchesCachePath } from '../cache/select.js'
import { walkFiles } from '../cache/tree.js'
import { UserError } from '../lib/errors.js'
import { auditExecutables, type ExecutablesAudit } from './executables-audit.js'
import { SAFE_NAME } from './inputs.js'

export { auditExecutables, elfLibc } from './executables-audit.js'
export { compareVersions } from '../lib/versions.js'
export type { ExecutableFile, ExecutableKind, ExecutablesAudit } from './executables-audit.js'

export interface ExecutablesPlan {
  /** The tree-relative files to pack, sorted. */
  readonly files: readonly string[]
  /** Patterns (without `!`) that matched no file: worth a warning, since make may have built less. */
  readonly unmatched: readonly string[]
}

/**
 * Which of the tree's files (relative `/` paths) the patterns choose. A pattern is a glob as in
 * `cache-paths` (a folder, or a match of a folder, takes everything under it); one starting with
 * `!` takes files out again. Every invalid pattern is reported in one UserError.
 */
export function planExecutables(patterns: readonly string[], files: readonly string[]): ExecutablesPlan {
  const given = patterns.map(p => p.trim()).filter(Boolean)
  const include = given.filter(p => !p.startsWith('!'))
  const exclude = given.filter(p => p.startsWith('!')).map(p => p.slice(1).trim())
  const bad = [...include, ...exclude].flatMap(g => {
    const why = checkGlob(g)
    return why ? [`'${g}' ${why}`] : []
  })
  if (bad.length) {
    throw new UserError(`executables: invalid patterns: ${bad.join('; ')}. Give globs relative to the tree, e.g. bin/*`)
  }
  if (include.length === 0) {
    throw new UserError('executables: no pattern chooses files to pack (only exclusions were given); add one such as bin/*')
  }
  const chosen = new Set<string>()
  const unmatched: string[] = []
  for (const g of include) {
    const hits = files.filter(f => matchesCachePath(f, g))
    if (hits.length === 0) unmatched.push(g)
    for (const f of hits) chosen.add(f)
  }
  const kept = [...chosen].filter(f => !exclude.some(g => matchesCachePath(f, g)))
  return { files: kept.sort(), unmatched }
}

const memberOf = (prefix: string, rel: string): string => (rel ? `${prefix}/${rel}` : prefix)

export interface PackExecutablesOptions {
  /** The tree the files are relative to. */
  readonly root: string
  readonly files: readonly string[]
  /** The `.tar.gz` to write (its folder is created). */
  readonly outFile: string
  /** Seconds since the epoch for every member (SOURCE_DATE_EPOCH). */
  readonly mtime: number
  /** The one top folder every member is under, e.g. `montage-bin-manylinux_2_17_x86_64`. */
  readonly prefix: string
}

export interface PackedTarball {
  readonly file: string
  readonly bytes: number
  readonly sha256: string
  /** Member names in the order written; folders end in `/`. */
  readonly members: readonly string[]
}

function checkName(what: string, value: string): void {
  if (SAFE_NAME.test(value)) return
  throw new UserError(`${what} '${value}' is not a plain file name; use letters, digits and . _ + - (no slashes)`)
}

/** The files, normalised and checked: each a file or a symlink to something packed with it. */
function checkedMembers(root: string, files: readonly string[]): { files: string[]; dirs: string[] } {
  const names = new Set<string>()
  for (const raw of files) {
    const m = memberName(raw)
    if ('refused' in m) throw new UserError(`cannot pack '${raw}': ${m.refused}; list paths relative to ${root}`)
    names.add(m.name)
  }
  const dirs = new Set<string>()
  for (const f of names) for (let d = path.posix.dirname(f); d !== '.'; d = path.posix.dirname(d)) dirs.add(d)
  for (const f of names) {
    const abs = path.join(root, f)
    const st = fs.lstatSync(abs, { throwIfNoEntry: false })
    if (!st) throw new UserError(`cannot pack ${f}: it is not in ${root}; run make first or fix the patterns`)
    if (st.isDirectory()) throw new UserError(`cannot pack ${f}: it is a folder; list the files in it (e.g. ${f}/*)`)
    if (st.isSymbolicLink()) checkLink(f, fs.readlinkSync(abs), names, dirs)
    else if (!st.isFile()) throw new UserError(`cannot pack ${f}: it is not a regular file, folder or symlink`)
  }
  return { files: [...names].sort(), dirs: [...dirs].sort() }
}

/** A symlink is packed only when it points at a file or folder packed with it. */
function checkLink(rel: string, target: string, files: ReadonlySet<string>, dirs: ReadonlySet<string>): void {
  const to = linkStaysInside(rel, target) ? path.posix.normalize(path.posix.join(path.posix.dirname(rel), target)) : null
  if (to !== null && (files.has(to) || dirs.has(to))) return
  throw new UserError(
    `cannot pack ${rel}: it is a symlink to ${target}, which is not among the files packed; ` +
      `add its target to the patterns or leave the link out with '!${rel}'`
  )
}

/**
 * Write `files` (relative to root) into a reproducible `.tar.gz`: members sorted under `prefix/`,
 * owners zeroed, one mtime, modes 0755 (any execute bit) or 0644, gzip without name or time.
 * The same files give the same bytes. Symlinks must point at something packed with them.
 */
export async function packExecutables(opts: PackExecutablesOptions): Promise<PackedTarball> {
  checkName('the tarball folder', opts.prefix)
  if (!Number.isInteger(opts.mtime) || opts.mtime < 0) {
    throw new UserError(`mtime ${opts.mtime} is not a whole number of seconds since 1970 (SOURCE_DATE_EPOCH)`)
  }
  const { files, dirs } = checkedMembers(opts.root, opts.files)
  if (files.length === 0) throw new UserError('nothing to pack: no files were chosen')
  // sorted by member name ('' is the top folder itself)
  const paths = ['', ...dirs, ...files].sort((a, b) => (memberOf(opts.prefix, a) < memberOf(opts.prefix, b) ? -1 : 1))
  const members = paths.map(p => memberOf(opts.prefix, p))
  const outDir = path.dirname(path.resolve(opts.outFile))
  fs.mkdirSync(outDir, { recursive: true })
  const partial = path.join(outDir, `.${path.basename(opts.outFile)}.${process.pid}.partial`)
  try {
    await packTar(opts.root, paths, partial, { mtime: opts.mtime, zstdLevel: 0, gzipLevel: 9, prefix: opts.prefix })
    fs.renameSync(partial, opts.outFile)
  } finally {
    fs.rmSync(partial, { force: true })
  }
  const dirSet = new Set([opts.prefix, ...dirs.map(d => `${opts.prefix}/${d}`)])
  return {
    file: opts.outFile,
    bytes: fs.statSync(opts.outFile).size,
    sha256: await sha256File(opts.outFile),
    members: members.map(m => (dirSet.has(m) ? `${m}/` : m))
  }
}

export interface ExecutablesTarballOptions {
  /** The built C tree. */
  readonly root: string
  /** Globs relative to root (`!` excludes), e.g. `bin/*`. */
  readonly patterns: readonly string[]
  /** Where the tarball goes. */
  readonly outDir: string
  /** The tarball's name before the tag, e.g. `montage-bin`. */
  readonly name: string
  /** Seconds since the epoch for every member (SOURCE_DATE_EPOCH). */
  readonly mtime: number
}

export interface ExecutablesTarball extends PackedTarball {
  readonly audit: ExecutablesAudit
  /** Patterns that matched nothing. */
  readonly unmatched: readonly string[]
}

/**
 * Choose the tree's files by the patterns, audit them, and pack them as
 * `<outDir>/<name>-<tag>.tar.gz` with every member under `<name>-<tag>/`.
 */
export async function buildExecutablesTarball(opts: ExecutablesTarballOptions): Promise<ExecutablesTarball> {
  checkName('the tarball name', opts.name)
  const plan = planExecutables(opts.patterns, walkFiles(opts.root))
  if (plan.files.length === 0) {
    const patterns = opts.patterns.join(', ')
    throw new UserError(`no file of ${opts.root} matches ${patterns}; did make build the programs? Fix the patterns, e.g. bin/*`)
  }
  const audit = auditExecutables(opts.root, plan.files)
  const prefix = `${opts.name}-${audit.tag}`
  const outFile = path.join(opts.outDir, `${prefix}.tar.gz`)
  const packed = await packExecutables({ root: opts.root, files: plan.files, outFile, mtime: opts.mtime, prefix })
  return { ...packed, audit, unmatched: plan.unmatched }
}
