/**
 * The info/ folder of a package (CEP 34, conda-build's create_info_files): index.json, paths.json,
 * files, has_prefix, about.json, link.json, run_exports.json, hash_input.json, recipe/ (rendered and
 * original), test/ (commands, imports, run_test.*, requires, source files), licenses/. Everything is
 * a function of the recipe, the build's files and the timestamp: no clock, no host names.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { stringify } from 'yaml'
import type { RenderedVariant } from '../recipe/render.js'
import { isDict, section, strList } from '../recipe/sections.js'
import type { PayloadFile } from '../post/process.js'
import { matchesAny } from '../post/glob.js'
import { hasPrefixText, type PrefixHit } from '../post/prefix-detect.js'
import type { RunExports } from '../builder/run-exports.js'
import { aboutJsonText, type RootPackage } from './about.js'
import { pythonJsonDump, sortedJson } from './json.js'
import { isInfoPath } from './info-paths.js'
import type { PayloadDigest } from './payload.js'

export interface InfoInput {
  readonly variant: RenderedVariant
  /** The recipe folder and its meta.yaml as written. */
  readonly recipeDir: string
  readonly recipeFile: string
  readonly srcDir: string
  readonly depends: readonly string[]
  readonly constrains: readonly string[]
  /** Milliseconds since 1970 (SOURCE_DATE_EPOCH * 1000). */
  readonly timestamp: number
  readonly files: readonly PayloadFile[]
  readonly prefixHits: readonly PrefixHit[]
  readonly entryPoints: readonly string[]
  readonly runExports?: RunExports
  /** The channels the environments came from, credentials removed. */
  readonly channels: readonly string[]
  /**
   * An output of an `outputs:` recipe: its tests are its own test section, and only its test/script (relative to the
   * recipe) is a test script, by extension, as conda-build's _get_output_script_name picks it (the recipe's
   * run_test.* belong to the top level).
   */
  readonly output?: { readonly testScript?: string; readonly topLevel: boolean }
  /** pin_depends: record|strict: the exact run set, written as info/requires. */
  readonly requires?: readonly string[]
  /** The build prefix's packages (about.json's root_pkgs); none when not given. */
  readonly rootPkgs?: readonly RootPackage[]
  /** The environment the build inherited: about.json records CIO_TEST from it, as conda-build does (about.ts). */
  readonly environ?: Readonly<Record<string, string | undefined>>
}

/** conda's arch and platform keys for a subdir. */
export function archPlatform(subdir: string): { arch: string | null; platform: string | null } {
  if (subdir === 'noarch') return { arch: null, platform: null }
  const [os, a] = subdir.split('-') as [string, string]
  const arch = a === '64' ? 'x86_64' : a === '32' ? 'x86' : a
  return { arch, platform: os }
}

export function indexJson(i: InfoInput): Record<string, unknown> {
  const v = i.variant
  const build = section(v.meta, 'build')
  const about = section(v.meta, 'about')
  const noarch = typeof build.noarch === 'string' ? build.noarch : undefined
  const out: Record<string, unknown> = {
    ...archPlatform(v.subdir),
    build: v.buildString,
    build_number: v.buildNumber,
    depends: [...i.depends],
    name: v.name,
    subdir: v.subdir,
    timestamp: i.timestamp,
    version: v.version
  }
  if (i.constrains.length) out.constrains = [...i.constrains]
  if (noarch) out.noarch = noarch
  for (const k of ['license', 'license_family'] as const) if (typeof about[k] === 'string') out[k] = about[k]
  for (const k of ['features', 'track_features'] as const) {
    const f = strList(build[k])
    if (f.length) out[k] = f.join(' ')
  }
  // conda's feature mappings, as the recipe gives them (conda-build's info_index)
  for (const k of ['provides_features', 'requires_features'] as const) {
    const m = build[k]
    if (isDict(m) && Object.keys(m).length) out[k] = m
  }
  return out
}

export interface PathsEntry {
  _path: string
  path_type: 'hardlink' | 'softlink'
  sha256?: string
  size_in_bytes?: number
  file_mode?: 'text' | 'binary'
  prefix_placeholder?: string
  no_link?: boolean
}

/** paths.json's entries, from the digests taken while the payload was read (payload.ts). */
export function pathsEntries(
  files: readonly PayloadFile[],
  hits: readonly PrefixHit[],
  noLink: (rel: string) => boolean,
  digests: ReadonlyMap<string, PayloadDigest>
): PathsEntry[] {
  const byPath = new Map(hits.map(h => [h.path, h]))
  return files.map(f => {
    const d = digests.get(f.rel)
    if (!d) throw new Error(`${f.rel} was not read with the payload`)
    const e: PathsEntry = { _path: f.rel, path_type: d.pathType }
    if (d.sha256 !== undefined) Object.assign(e, { sha256: d.sha256, size_in_bytes: d.size })
    if (d.pathType === 'softlink') return e
    const h = byPath.get(f.rel)
    if (h) Object.assign(e, { file_mode: h.mode, prefix_placeholder: h.placeholder })
    if (noLink(f.rel)) e.no_link = true
    return e
  })
}

/** The recipe's test script with extension `ext`: run_test<ext>, or for an output its test/script when it has that extension. */
function testScriptFile(i: InfoInput, ext: string): string | undefined {
  // conda-build's is_output: an output named as the top level is the top level (its run_test.* are read)
  if (!i.output || i.output.topLevel) return path.join(i.recipeDir, `run_test${ext}`)
  const s = i.output.testScript
  return s && path.extname(s).toLowerCase() === ext ? path.join(i.recipeDir, s) : undefined
}

/** The test files of info/test/: run_test.sh and run_test.py generated as conda-build does, requires, files. */
function testFiles(i: InfoInput, put: (rel: string, data: Buffer | string) => void, copy: (from: string, rel: string) => void): void {
  const test = section(i.variant.meta, 'test')
  const win = i.variant.subdir.startsWith('win-')
  const commands = strList(test.commands)
  const userSh = testScriptFile(i, win ? '.bat' : '.sh')
  if (commands.length || (userSh && fs.existsSync(userSh))) {
    const user = userSh && fs.existsSync(userSh) ? fs.readFileSync(userSh, 'utf8') : ''
    if (win) put('info/test/run_test.bat', `${[user, ...commands.map(c => `${c}\nIF %ERRORLEVEL% NEQ 0 exit /B 1`), 'exit /B 0'].join('\n')}\n`)
    else put('info/test/run_test.sh', `\n\nset -ex\n\n${user}\n${commands.join('\n')}\nexit 0\n`)
  }
  const imports = strList(test.imports)
  const userPy = testScriptFile(i, '.py')
  if (imports.length || (userPy && fs.existsSync(userPy))) {
    const lines = [`#  tests for ${i.variant.name}-${i.variant.version}-${i.variant.buildString}: the imports, then the recipe's run_test.py`]
    for (const m of imports) lines.push(`print("import: %r" % ${JSON.stringify(m)})`, `import ${m}`)
    if (userPy && fs.existsSync(userPy)) lines.push('', fs.readFileSync(userPy, 'utf8'))
    put('info/test/run_test.py', `${lines.join('\n')}\n`)
  }
  const requires = strList(test.requires)
  if (requires.length) put('info/test/test_time_dependencies.json', sortedJson(requires))
  for (const f of strList(test.files)) copyTree(path.join(i.recipeDir, f), `info/test/${f}`, copy)
  for (const f of strList(test.source_files)) copyTree(path.join(i.srcDir, f), `info/test/${f}`, copy)
}

function copyTree(from: string, rel: string, copy: (from: string, rel: string) => void): void {
  const st = fs.statSync(from, { throwIfNoEntry: false })
  if (!st) throw new Error(`the test file ${from} does not exist (test/files are relative to the recipe, test/source_files to the source)`)
  if (st.isDirectory()) for (const d of fs.readdirSync(from).sort()) copyTree(path.join(from, d), `${rel}/${d}`, copy)
  else copy(from, rel)
}

function normalRel(p: string): string {
  return path.posix.normalize(p.split(path.sep).join('/'))
}

/** Write info/ under `stage` (paths.json from the payload's digests); returns the info paths written, sorted. */
export function writeInfo(stage: string, i: InfoInput, digests: ReadonlyMap<string, PayloadDigest>): string[] {
  const written = new Set<string>()
  // the build's own info/ files are payload (info-paths.ts): metadata never takes their place, nor they its
  const payload = new Set(i.files.map(f => f.rel).filter(isInfoPath))
  const put = (rel: string, data: Buffer | string): void => {
    if (payload.has(rel)) throw new Error(`the package's metadata ${rel} would replace the build's file $PREFIX/${rel}: rename that file in the build script`)
    const abs = path.join(stage, rel)
    fs.mkdirSync(path.dirname(abs), { recursive: true })
    fs.writeFileSync(abs, data)
    written.add(rel)
  }
  const copy = (from: string, rel: string): void => {
    const n = normalRel(rel)
    if (n.startsWith('..') || !n.startsWith('info/')) throw new Error(`refusing to write ${rel} outside info/`)
    put(n, fs.readFileSync(from))
  }
  const v = i.variant
  const build = section(v.meta, 'build')
  const noLinkGlobs = strList(build.no_link)
  const paths = pathsEntries(i.files, i.prefixHits, rel => noLinkGlobs.length > 0 && matchesAny(rel, noLinkGlobs), digests)
  put('info/index.json', sortedJson(indexJson(i)))
  put('info/paths.json', sortedJson({ paths, paths_version: 1 }))
  put('info/files', i.files.map(f => f.rel).join('\n') + (i.files.length ? '\n' : ''))
  if (i.prefixHits.length) put('info/has_prefix', hasPrefixText(i.prefixHits, v.subdir.startsWith('win-')))
  const noLinked = paths.filter(p => p.no_link).map(p => p._path)
  if (noLinked.length) put('info/no_link', `${noLinked.join('\n')}\n`)
  put('info/about.json', aboutJsonText({ meta: v.meta, channels: i.channels, rootPkgs: i.rootPkgs ?? [], environ: i.environ ?? {} }))
  if (build.noarch === 'python')
    put('info/link.json', sortedJson({ noarch: { type: 'python', entry_points: [...i.entryPoints] }, package_metadata_version: 1 }))
  if (i.runExports) put('info/run_exports.json', sortedJson(i.runExports))
  if (i.requires?.length) put('info/requires', `${i.requires.join('\n')}\n`)
  // json.dump(indent=2), unsorted: the used variant keys (in a set's order in conda-build, which varies from run
  // to run; sorted here, so that the bytes do not), then the virtual packages of the run requirements
  put('info/hash_input.json', pythonJsonDump(v.hashInput, { sortKeys: false }))
  // recipe/: the rendered meta.yaml, the original as meta.yaml.template, the variant, the other recipe files
  if (build.include_recipe !== false) {
    const files: string[] = []
    const walk = (rel: string): void => {
      for (const d of fs.readdirSync(path.join(i.recipeDir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const r = rel ? `${rel}/${d.name}` : d.name
        if (d.isDirectory()) walk(r)
        else if (d.isFile()) files.push(r)
      }
    }
    walk('')
    for (const f of files) if (f !== 'meta.yaml') copy(path.join(i.recipeDir, f), `info/recipe/${f}`)
    // conda-build keeps the template with the top-level package only; another output has the recipe as written in parent/
    if (!i.output || i.output.topLevel) put('info/recipe/meta.yaml.template', fs.readFileSync(i.recipeFile))
    else for (const f of files) copy(path.join(i.recipeDir, f), `info/recipe/parent/${f}`)
    put('info/recipe/meta.yaml', `# This file created by build-wheel conda build\n${stringify(v.meta, { lineWidth: 0 })}`)
    put('info/recipe/conda_build_config.yaml', stringify(v.variant, { lineWidth: 0 }))
  }
  testFiles(i, put, copy)
  const about = section(v.meta, 'about')
  for (const lf of strList(about.license_file)) {
    const from = [path.join(i.srcDir, lf), path.join(i.recipeDir, lf)].find(p => fs.existsSync(p))
    if (!from) throw new Error(`about/license_file '${lf}' is neither in the source nor in the recipe folder`)
    copyTree(from, `info/licenses/${path.basename(lf)}`, copy)
  }
  return [...written].sort()
}
