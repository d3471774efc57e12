/**
 * Post-processing of a build, in conda-build's order: the new files of the host prefix -> entry points
 * -> removals and .pyc rules -> hard links broken, symlinks made relative (links out refused) ->
 * shebangs -> ELF RPATHs -> prefix detection -> the package's paths (noarch python layout).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { strList } from '../recipe/sections.js'
import type { Runtime } from '../../runtime/runtime.js'
import type { Value } from '../recipe/yaml.js'
import { isDropped, listFiles, newFiles } from './files.js'
import { fnmatch, matchesAny } from './glob.js'
import { alwaysIncluded } from './always-include.js'
import { refuseReservedInfoPaths } from '../package/info-paths.js'
import { fixLinks } from './links.js'
import { detectPrefixFiles, type PrefixHit } from './prefix-detect.js'
import { compilePyc, isBytecode, missingPyc, noarchPythonPath, writeEntryPoints } from './python.js'
import { parseEntryPoint } from '../env/noarch.js'
import { looksElf, relocateElf, type RpathResult } from './rpath.js'
import { fixPythonShebang } from './shebang.js'

export interface PostOptions {
  readonly prefix: string
  /** The prefix's files before the build script ran. */
  readonly before: ReadonlySet<string>
  readonly subdir: string
  /** The rendered build section. */
  readonly build: { readonly [k: string]: Value }
  readonly noarch?: string
  /** X.Y */
  readonly pythonVersion: string
  /** The environment for the .pyc compiler (SOURCE_DATE_EPOCH). */
  readonly env: Readonly<Record<string, string>>
  readonly log?: (line: string) => void
  readonly warn?: (line: string) => void
  /** Where patchelf runs (the host's runtime by default). */
  readonly runtime?: Runtime
}

export interface PayloadFile {
  /** The path in the package. */
  readonly rel: string
  /** The file in the host prefix. */
  readonly abs: string
}

export interface PostResult {
  readonly files: readonly PayloadFile[]
  /** Prefix hits, with package paths. */
  readonly prefixHits: readonly PrefixHit[]
  readonly rpaths: readonly RpathResult[]
  /** For info/link.json of noarch python packages. */
  readonly entryPoints: readonly string[]
}

const flag = (v: Value | undefined, fallback: boolean): boolean =>
  v === undefined || v === null ? fallback : v === true || (typeof v === 'string' && /^(true|yes|1|on)$/i.test(v))

/**
 * The .pyc files conda-build adds for new .py files (not for noarch packages): build/skip_compile_pyc
 * holds fnmatch patterns (`*` crosses folders) of the files left without one; a file that does not
 * compile is a warning. Returns whether the compiler ran (the prefix then holds new files).
 */
async function compileMissingPyc(o: PostOptions, files: readonly string[], log: (l: string) => void, warn: (l: string) => void): Promise<boolean> {
  const python = o.subdir.startsWith('win-') ? path.join(o.prefix, 'python.exe') : path.join(o.prefix, 'bin', 'python')
  const skip = strList(o.build.skip_compile_pyc)
  const missing = missingPyc(files, o.pythonVersion).filter(f => !skip.some(p => fnmatch(f, p)))
  if (!missing.length || !fs.existsSync(python)) return false
  const problem = await compilePyc(o.prefix, python, missing, o.env)
  if (problem) warn(problem)
  log(`compiled .pyc for ${missing.length} file(s)`)
  return true
}

/** Hard links broken and symlinks made relative; python shebangs of bin/ scripts pointed at the prefix. */
function fixLinksAndShebangs(prefix: string, files: readonly string[], log: (l: string) => void): void {
  const l = fixLinks(prefix, [...files])
  if (l.copies || l.relinked) log(`links: ${l.copies} hard link(s) copied, ${l.relinked} symlink(s) made relative`)
  for (const rel of files.filter(f => f.startsWith('bin/'))) {
    const abs = path.join(prefix, rel)
    const st = fs.lstatSync(abs)
    if (!st.isFile() || st.size === 0) continue
    const fixed = fixPythonShebang(fs.readFileSync(abs), prefix)
    if (fixed) {
      fs.writeFileSync(abs, fixed)
      fs.chmodSync(abs, 0o775)
    }
  }
}

/** ELF RPATHs set to the prefix's (build/rpaths, default lib), on Linux, unless build/binary_relocation says not. */
async function relocateAll(o: PostOptions, files: readonly string[], log: (l: string) => void, warn: (l: string) => void): Promise<RpathResult[]> {
  const rpaths: RpathResult[] = []
  const relocation = o.build.binary_relocation
  if (o.subdir.startsWith('osx-')) warn('Mach-O install names are not rewritten yet (install_name_tool); binaries keep their load paths')
  if (!o.subdir.startsWith('linux-') || relocation === false || (typeof relocation === 'string' && /^(false|no|0)$/i.test(relocation))) return rpaths
  const only = Array.isArray(relocation) ? strList(relocation) : undefined
  const want = strList(o.build.rpaths)
  const rp = want.length ? want : ['lib']
  for (const rel of files) {
    const abs = path.join(o.prefix, rel)
    if (!fs.lstatSync(abs).isFile() || (only && !matchesAny(rel, only)) || !looksElf(abs)) continue
    const r = await relocateElf(o.prefix, rel, rp, 'patchelf', o.runtime)
    if (!r) continue
    rpaths.push(r)
    if (r.dropped.length) warn(`${rel}: RPATH entries outside the prefix dropped: ${r.dropped.join(':')}`)
  }
  if (rpaths.length) log(`RPATHs: ${rpaths.map(r => `${r.rel} -> ${r.after}`).join(', ')}`)
  return rpaths
}

export async function postProcess(o: PostOptions): Promise<PostResult> {
  const log = o.log ?? (() => {})
  const warn = o.warn ?? (() => {})
  const win = o.subdir.startsWith('win-')
  const noarchPython = o.noarch === 'python'
  const b = o.build
  const entryPoints = strList(b.entry_points)
  // refused here, before they reach bin/ or info/link.json
  for (const e of entryPoints) parseEntryPoint(e, 'build/entry_points')
  if (!noarchPython && entryPoints.length) log(`entry points: ${writeEntryPoints(o.prefix, entryPoints, win).join(', ')}`)

  let files = newFiles(o.before, listFiles(o.prefix))
  const always = strList(b.always_include_files)
  if (always.length) files = [...new Set([...files, ...alwaysIncluded([...o.before], always)])].sort()
  for (const f of files.filter(f => isDropped(f, flag(b.preserve_egg_dir, false)))) fs.rmSync(path.join(o.prefix, f), { force: true })
  files = files.filter(f => !isDropped(f, flag(b.preserve_egg_dir, false)))

  if (!noarchPython && o.noarch !== 'generic' && (await compileMissingPyc(o, files, log, warn))) files = newFiles(o.before, listFiles(o.prefix))
  if (files.length === 0) warn('the build script installed nothing into $PREFIX: the package holds metadata only')
  refuseReservedInfoPaths(files)

  if (!win) fixLinksAndShebangs(o.prefix, files, log)
  const rpaths = await relocateAll(o, files, log, warn)

  const ignore = b.ignore_prefix_files
  const hits = detectPrefixFiles(files, {
    prefix: o.prefix,
    win,
    hasPrefixFiles: strList(b.has_prefix_files),
    binaryHasPrefixFiles: strList(b.binary_has_prefix_files),
    ignorePrefixFiles: ignore === true || (typeof ignore === 'string' && /^(true|yes)$/i.test(ignore)) ? true : strList(ignore),
    detectBinary: b.detect_binary_files_with_prefix === undefined ? undefined : flag(b.detect_binary_files_with_prefix, !win)
  })

  const sitePackages = win ? 'Lib/site-packages' : `lib/python${o.pythonVersion}/site-packages`
  const target = (rel: string): string | null => (noarchPython ? noarchPythonPath(rel, sitePackages) : rel)
  const payload: PayloadFile[] = []
  const seen = new Set<string>()
  for (const rel of files) {
    const to = target(rel)
    if (to === null || seen.has(to) || (noarchPython && isBytecode(rel))) continue
    seen.add(to)
    payload.push({ rel: to, abs: path.join(o.prefix, rel) })
  }
  payload.sort((a, b2) => (a.rel < b2.rel ? -1 : a.rel > b2.rel ? 1 : 0))
  const prefixHits = hits.flatMap(h => {
    const to = target(h.path)
    return to === null ? [] : [{ ...h, path: to }]
  })
  return { files: payload, prefixHits, rpaths, entryPoints: noarchPython ? entryPoints : [] }
}
