/**
 * `conda build` from end to end: facts, then the plan (the recipe rendered once, every prefix solved
 * once: an unsatisfiable recipe fails before any other work; see src/conda/plan/), then the plan
 * walked build by build: prefixes -> sources -> build script -> post-processing -> info/ -> package
 * (.conda or .tar.bz2) in `<output>/<subdir>/` -> channel index -> test in a fresh prefix (a failure
 * moves the package to `<output>/broken/`). A recipe with `outputs:` runs its top-level script once
 * per variant, then makes each output of that variant in build order (outputs.ts). Work folders are
 * removed after a success unless `keepWork`; after a failure they are kept for inspection and their
 * place is logged.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { phase } from '../../lib/log.js'
import { HostRuntime } from '../../runtime/host.js'
import type { Runtime } from '../../runtime/runtime.js'
import { indexChannel } from '../index/index.js'
import type { VerifyMode } from '../env/repodata.js'
import type { PackageFormat } from '../package/write.js'
import type { CondaPlan, VariantPlan } from '../plan/build-plan.js'
import { gatherCondaFacts, type CondaFacts } from '../plan/facts.js'
import { planRendered, renderOnce } from '../plan/make.js'
import type { RecipeWarning } from '../recipe/location.js'
import type { RenderResult } from '../recipe/render.js'
import type { Spec } from '../recipe/variants.js'
import { installEnvironments } from './environments.js'
import { buildOutputs } from './outputs.js'
import { BuildFailure, checkWritable, type BuildResult, type BuiltPackage } from './results.js'
import { DEFAULT_TIMEOUT_MINUTES } from './script.js'
import { downstreamStep } from './downstream-step.js'
import { builtPackage, checkTopLevelNotEmpty, fetchStep, packageStep, postStep, prefixFiles, scriptStep, testStep, type StepContext } from './steps.js'

export { BuildFailure, checkWritable, type BuildResult, type BuiltPackage, type FailedPackage } from './results.js'

export interface BuildOptions {
  readonly recipe: string
  /** The channel written: packages in <subdir>/, repodata, channeldata. */
  readonly outputDir: string
  /** Channels for the build, host and test prefixes (the output channel is added for tests). */
  readonly channels: readonly string[]
  readonly variants?: Spec
  readonly variantConfigFiles?: readonly string[]
  readonly targetPlatform?: string
  readonly format: PackageFormat
  readonly level?: number
  readonly test: boolean
  readonly keepWork: boolean
  /** Where the work folders go (conda-build's croot); short, so the padded prefix fits. */
  readonly croot: string
  /** repodata/ and pkgs/ of the environments. */
  readonly cacheDir: string
  readonly sourceCacheDir: string
  /** Whole seconds; the time of every archive member and index.json's timestamp. */
  readonly sourceDateEpoch: string
  /** Minutes the build script, and each test script, may run (default 60); past it the process group is killed. */
  readonly timeoutMinutes?: number
  /** Let channel packages run their link scripts (default true, as conda); false refuses packages that have one. */
  readonly allowPackageScripts?: boolean
  /** Packages whose repodata has neither sha256 nor md5: 'warn' (default) or 'strict' (refused). */
  readonly verify?: VerifyMode
  /** Where commands run (the host's runtime by default). */
  readonly runtime?: Runtime
  /** A plan to print, not to build (--plan-only): packages for other subdirs are planned, not refused (src/conda/plan/build-plan.ts). */
  readonly planOnly?: boolean
  /** The recipe already rendered (with these options), so that it is not rendered again. */
  readonly rendered?: RenderResult
  readonly log?: (l: string) => void
  readonly warn?: (l: string) => void
}

/** The facts of a build, with the SOURCE_DATE_EPOCH the caller settled on. */
export async function buildFacts(o: Pick<BuildOptions, 'recipe' | 'sourceDateEpoch' | 'runtime'>): Promise<CondaFacts> {
  return gatherCondaFacts(o.runtime ?? new HostRuntime(), o.recipe, { ...process.env, SOURCE_DATE_EPOCH: o.sourceDateEpoch })
}

/** Render (unless given), check and solve, once each, into the plan of the recipe's builds. */
export async function planRecipe(o: BuildOptions, facts: CondaFacts): Promise<CondaPlan> {
  const settings = { ...o, solve: true, onWarning: (w: RecipeWarning) => o.warn?.(`${w.at ? `${w.at.file}:${w.at.line}: ` : ''}${w.message}`) }
  if (o.rendered) for (const w of o.rendered.warnings) settings.onWarning(w)
  return planRendered(o.rendered ?? (await renderOnce({ ...settings, dirs: { croot: o.croot, stamp: o.sourceDateEpoch } })), settings, facts)
}

function stepContext(o: BuildOptions, plan: CondaPlan): StepContext {
  return {
    recipeFile: plan.recipeFile,
    outputDir: o.outputDir,
    channels: o.channels,
    format: o.format,
    level: o.level,
    cacheDir: o.cacheDir,
    sourceCacheDir: o.sourceCacheDir,
    timeoutSeconds: (o.timeoutMinutes ?? DEFAULT_TIMEOUT_MINUTES) * 60,
    allowPackageScripts: o.allowPackageScripts,
    verify: o.verify,
    runtime: o.runtime ?? new HostRuntime(),
    log: o.log ?? (() => {}),
    warn: o.warn
  }
}

/**
 * conda-build removes the work folder before a package's tests run (unless asked to keep it): a
 * run_test script that reads SRC_DIR without test/source_files would find nothing, so the build is
 * refused before it starts, as conda-build refuses it.
 */
export function checkTestSrcDir(plan: CondaPlan, keepWork: boolean): void {
  if (keepWork) return
  const scripts = fs.readdirSync(plan.recipeDir).filter(f => f.startsWith('run_test'))
  for (const f of scripts) {
    const text = fs.readFileSync(path.join(plan.recipeDir, f), 'utf8')
    if (!text.includes('SRC_DIR') || plan.builds.every(b => b.recipe.test.sourceFiles.length > 0)) continue
    throw new Error(
      `${path.join(plan.recipeDir, f)} uses SRC_DIR, but the work folder is removed before the tests run (as conda-build does): ` +
        'list the files the test needs under test/source_files (they are copied into the test folder, SRC_DIR then), or keep the work folder (--keep-work, keep-work: true)'
    )
  }
}

/** The steps of one build, in order (see the module's comment); a recipe with outputs: packages its outputs instead. */
async function buildSteps(b: VariantPlan, c: StepContext, test: boolean, keepWork: boolean): Promise<BuiltPackage[]> {
  const started = performance.now()
  const s = b.stem
  const envs = await phase(`Environments of ${s}`, () => installEnvironments(b, { ...c, subdir: b.scriptFacts.buildSubdir }))
  const env = await phase(`Sources of ${s}`, () => fetchStep(b, c))
  const before = prefixFiles(b)
  await phase(`Build script of ${s}`, () => scriptStep(b, env, c))
  if (b.outputs) {
    const added = new Set([...prefixFiles(b)].filter(f => !before.has(f)))
    return buildOutputs(b, { envs, initial: before, added, env }, c)
  }
  checkTopLevelNotEmpty(b, before, c)
  const post = await phase(`Post-processing ${s}`, () => postStep(b, before, env, c))
  const file = await phase(`Packaging ${b.package.fn}`, () => packageStep(b, envs, post, c))
  await phase(`Indexing ${c.outputDir}`, () => indexChannel(c.outputDir, { log: c.log }))
  // as conda-build: the tests run without the work folder (the package must hold what they need)
  if (!keepWork) fs.rmSync(b.dirs.work, { recursive: true, force: true })
  const tested = test ? [...(await phase(`Testing ${s}`, () => testStep(b, file, c))), ...(await downstreamStep(b, file, c))] : []
  return [builtPackage(b, file, started, tested)]
}

/** One build in its work folders: kept after a failure (and with keepWork), removed after a success. */
async function buildVariant(b: VariantPlan, c: StepContext, o: BuildOptions): Promise<BuiltPackage[]> {
  fs.rmSync(b.dirs.root, { recursive: true, force: true })
  fs.mkdirSync(b.dirs.root, { recursive: true })
  let ok = false
  try {
    const built = await buildSteps(b, c, b.test.enabled, o.keepWork)
    ok = true
    return built
  } catch (e) {
    const failed = e instanceof BuildFailure && e.failed ? e.failed : { stem: b.stem, subdir: b.subdir }
    const err = new BuildFailure(`${b.stem}: ${(e as Error).message}\nthe work folders are kept for inspection: ${b.dirs.root}`, b.dirs.root, failed)
    err.built = e instanceof BuildFailure ? e.built : []
    throw err
  } finally {
    if (ok && !o.keepWork) fs.rmSync(b.dirs.root, { recursive: true, force: true })
    else if (ok) c.log(`work folders kept: ${b.dirs.root}`)
  }
}

/** Walk a plan: every build in order; a failure carries the packages built before it. */
export async function executePlan(plan: CondaPlan, o: BuildOptions): Promise<BuildResult> {
  checkWritable(o.outputDir)
  checkTestSrcDir(plan, o.keepWork)
  const c = stepContext(o, plan)
  const packages: BuiltPackage[] = []
  try {
    for (const b of plan.builds) packages.push(...(await buildVariant(b, c, o)))
  } catch (e) {
    if (e instanceof BuildFailure) e.built = [...packages, ...e.built]
    throw e
  }
  return { packages, skipped: plan.skipped }
}

/** Build every variant of the recipe: facts, plan, then the plan walked (see the module's comment). */
export async function buildRecipe(o: BuildOptions): Promise<BuildResult> {
  checkWritable(o.outputDir)
  const plan = await planRecipe(o, await buildFacts(o))
  return executePlan(plan, o)
}
