/**
 * The steps of one planned build, each a small function over its VariantPlan (src/conda/plan/build-plan.ts):
 * sources, build script, post-processing, package, test. The prefixes are installed from the plan's
 * solved sets (environments.ts); commands run through the runtime.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { sha256Hex } from '../../cache/key.js'
import { redactUrl } from '../env/channel.js'
import type { VerifyMode } from '../env/repodata.js'
import { indexChannel } from '../index/index.js'
import type { InfoInput } from '../package/info.js'
import { writePackage, LEVELS, type PackageFormat } from '../package/write.js'
import type { VariantPlan } from '../plan/build-plan.js'
import { listFiles } from '../post/files.js'
import { postProcess, type PostResult } from '../post/process.js'
import { fetchSources } from '../source/fetch.js'
import { sourceSpecs } from '../source/spec.js'
import { PackageTestError, testPackage } from '../testing/run.js'
import type { Runtime } from '../../runtime/runtime.js'
import { keepingCacheWhole } from './cache-guard.js'
import { refuseEmptyPackage, usesCompilerActivation } from './empty-package.js'
import { alwaysIncluded } from '../post/always-include.js'
import { strList } from '../recipe/sections.js'
import { buildEnvironment } from './env-vars.js'
import type { Environments } from './environments.js'
import { withPackingProgress } from './pack-progress.js'
import { BuildFailure, type BuiltPackage } from './results.js'
import { runExportsJson } from '../finalize/run-exports.js'
import { finalizedRecipe, packageDepends } from '../finalize/depends.js'
import { solveRunSet, wantsRunSet } from './run-env.js'
import { installLinkScripts } from './link-scripts.js'
import { runBuildScript, scriptFile } from './script.js'

/** What every step of a build shares: where to write, the caches, the runtime, the log. */
export interface StepContext {
  /** The recipe's meta file as written (info/recipe/). */
  readonly recipeFile: string
  readonly outputDir: string
  readonly channels: readonly string[]
  readonly format: PackageFormat
  readonly level?: number
  readonly cacheDir: string
  readonly sourceCacheDir: string
  readonly timeoutSeconds: number
  readonly allowPackageScripts?: boolean
  readonly verify?: VerifyMode
  readonly runtime: Runtime
  readonly log: (l: string) => void
  readonly warn?: (l: string) => void
}

/** The sources into the work folder; the script's environment with the source's GIT_* variables. */
export async function fetchStep(b: VariantPlan, c: StepContext): Promise<Readonly<Record<string, string>>> {
  const fetched = await fetchSources(sourceSpecs(b.rendered.meta.source, b.scriptFacts.recipeDir), {
    workDir: b.dirs.work,
    cacheDir: c.sourceCacheDir,
    log: c.log,
    runtime: c.runtime
  })
  const git = fetched.gitVars as Record<string, string>
  return Object.keys(git).length ? buildEnvironment({ ...b.scriptFacts, gitVars: git }) : b.env
}

/** The build script, when the recipe has one; then the recipe's link scripts into the prefix. */
export async function scriptStep(b: VariantPlan, env: Readonly<Record<string, string>>, c: StepContext): Promise<void> {
  if (!b.script) c.log('no build script (build.sh, bld.bat or build/script): nothing to run')
  else {
    const choice = scriptFile(b.script, b.dirs.root, b.scriptFacts.buildSubdir.startsWith('win-'))
    const o = { cwd: b.dirs.work, workRoot: b.dirs.root, timeoutSeconds: c.timeoutSeconds, runtime: c.runtime }
    await keepingCacheWhole([b.dirs.buildPrefix, b.dirs.hostPrefix], c.warn ?? c.log, () => runBuildScript(choice, env, o))
  }
  const of = { recipeDir: b.scriptFacts.recipeDir, name: b.rendered.name, windows: b.scriptFacts.subdir.startsWith('win-') }
  installLinkScripts(b.dirs.hostPrefix, of, c.log)
}

/** The files the script added to the host prefix, post-processed. */
export function postStep(b: VariantPlan, before: ReadonlySet<string>, env: Readonly<Record<string, string>>, c: StepContext): Promise<PostResult> {
  return postProcess({
    prefix: b.dirs.hostPrefix,
    before,
    subdir: b.scriptFacts.subdir,
    build: b.recipe.build.raw,
    noarch: b.noarch,
    pythonVersion: b.python.version,
    env,
    log: c.log,
    warn: c.warn,
    runtime: c.runtime
  })
}

/** The package written into <output>/<subdir>/; returns its path. */
export async function packageStep(b: VariantPlan, envs: Environments, post: PostResult, c: StepContext): Promise<string> {
  const r = b.recipe
  // finalized as conda-build does: run_exports, pin_run_as_build (python >=3.12,<3.13.0a0), one spec per name
  // merge_build_host with a host section: one prefix, read as build and as host (conda-build's is_cross and build_is_host)
  const sets = b.merged && r.requirements.hasHost ? { build: envs.build, host: envs.build, merged: false } : { ...envs, merged: b.merged }
  const input = { meta: b.rendered.meta, variant: b.rendered.input ?? b.rendered.variant, ...sets }
  let { depends, constrains, finalized } = packageDepends(input)
  // pin_depends: record|strict: the run set solved, for info/requires (strict: as depends)
  if (wantsRunSet(r.build.raw.pin_depends))
    ({ depends, constrains, finalized } = packageDepends({ ...input, runSolved: await solveRunSet(depends, b.scriptFacts.buildSubdir, c) }))
  const info: InfoInput = {
    variant: { ...b.rendered, meta: finalizedRecipe(b.rendered.meta, finalized) },
    recipeDir: b.scriptFacts.recipeDir,
    recipeFile: c.recipeFile,
    srcDir: b.dirs.work,
    depends,
    constrains,
    timestamp: Number(b.scriptFacts.sourceDateEpoch) * 1000,
    files: post.files,
    prefixHits: post.prefixHits,
    entryPoints: post.entryPoints,
    runExports: runExportsJson(r.build.runExports),
    ...(finalized.requires ? { requires: finalized.requires } : {}),
    channels: c.channels.map(ch => redactUrl(ch)),
    rootPkgs: envs.build,
    environ: b.scriptFacts.inherited
  }
  const level = c.level ?? LEVELS[c.format].default
  const { dir } = b.package
  const watch = { what: b.package.fn, outDir: dir, tempPrefix: `.${b.stem}.`, files: post.files.map(f => f.abs), log: c.log }
  const out = await withPackingProgress(watch, () =>
    writePackage(b.dirs.stage, info, b.stem, dir, { format: c.format, level, mtime: Number(b.scriptFacts.sourceDateEpoch) })
  )
  c.log(`wrote ${out.path} (${out.files} file(s), depends: ${depends.join(', ') || 'nothing'})`)
  return out.path
}

/** Move a package whose test failed to <output>/broken/ and index the channel without it. */
async function setBroken(file: string, c: StepContext): Promise<string> {
  const broken = path.join(c.outputDir, 'broken')
  fs.mkdirSync(broken, { recursive: true })
  const moved = path.join(broken, path.basename(file))
  fs.renameSync(file, moved)
  await indexChannel(c.outputDir, { log: c.log })
  return moved
}

/** Which package a test is of: the variant's own, or one of its outputs. */
export type TestedPackage = Pick<VariantPlan, 'name' | 'version' | 'buildString' | 'buildNumber' | 'subdir' | 'stem'>

/** What every test run of a build shares (its own tests and its downstreams'): the test folders, caches, runtime. */
export function testSettings(b: VariantPlan, c: StepContext) {
  const { cacheDir, timeoutSeconds, allowPackageScripts, verify, log, warn, runtime } = c
  const { testPrefix, testDir } = b.dirs
  return { testPrefix, testDir, cacheDir, pythonVersion: b.python.version, timeoutSeconds, allowPackageScripts, verify, log, warn, runtime }
}

/**
 * The package's tests in a fresh prefix (in the variant's test folders; `pkg` another package of the variant,
 * an output); a failure moves it to broken/. Returns the scripts that ran.
 */
export async function testStep(b: VariantPlan, file: string, c: StepContext, pkg: TestedPackage = b): Promise<readonly string[]> {
  try {
    const r = await testPackage({
      ...testSettings(b, c),
      packageFile: file,
      name: pkg.name,
      version: pkg.version,
      build: pkg.buildString,
      subdir: pkg.subdir,
      channels: [path.resolve(c.outputDir), ...c.channels],
      facts:
        pkg === b
          ? b.scriptFacts
          : {
              ...b.scriptFacts,
              pkg: { ...b.scriptFacts.pkg, name: pkg.name, version: pkg.version, buildNumber: pkg.buildNumber, buildString: pkg.buildString }
            }
    })
    return r.ran
  } catch (e) {
    const moved = await setBroken(file, c)
    const testOutput = e instanceof PackageTestError ? e.output : undefined
    throw new BuildFailure(`${(e as Error).message}\nthe package was moved to ${moved} and left out of the channel`, undefined, {
      stem: pkg.stem,
      subdir: pkg.subdir,
      broken: moved,
      testOutput
    })
  }
}

/** conda-build's refusal of an empty top-level package with python in build (empty-package.ts): `before` the host prefix's files before the script. */
export function checkTopLevelNotEmpty(b: VariantPlan, before: ReadonlySet<string>, c: Pick<StepContext, 'recipeFile'>): void {
  const now = listFiles(b.dirs.hostPrefix)
  refuseEmptyPackage({
    hasFiles: now.some(f => !before.has(f)),
    hasScript: false,
    alwaysIncludes: alwaysIncluded(now, strList(b.recipe.build.raw.always_include_files)).length > 0,
    build: b.requirements.build,
    host: b.requirements.host,
    compilerActivation: usesCompilerActivation(fs.readFileSync(c.recipeFile, 'utf8'))
  })
}

/** The files of the host prefix before the script runs (what post-processing leaves out). */
export const prefixFiles = (b: VariantPlan): Set<string> => new Set(listFiles(b.dirs.hostPrefix))

/** The summary row of a built package. */
export function builtPackage(
  b: Pick<VariantPlan, 'name' | 'version' | 'buildString' | 'subdir'>,
  file: string,
  started: number,
  tested: readonly string[],
  more: Pick<BuiltPackage, 'solvedAgain'> = {}
): BuiltPackage {
  const data = fs.readFileSync(file)
  return {
    path: file,
    fn: path.basename(file),
    name: b.name,
    version: b.version,
    build: b.buildString,
    subdir: b.subdir,
    sha256: sha256Hex(data),
    size: data.length,
    seconds: (performance.now() - started) / 1000,
    tested,
    ...(more.solvedAgain?.length ? { solvedAgain: more.solvedAgain } : {})
  }
}
