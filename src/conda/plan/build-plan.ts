/**
 * The conda build plan, as a value: a rendered recipe, the facts of the machine and the solved
 * prefixes in; for every variant to build, its rendered metadata, its requirements (build, host, run,
 * test), its folders and prefixes with their solved packages, the build script and its environment,
 * the package file and the cache keys out. Pure: `conda build --plan-only` prints it, the caches are
 * restored from it, and the builder walks it (src/conda/builder/build.ts). Every problem found while
 * planning (a subdir this machine cannot build, two variants writing one file) is raised here, before
 * any work.
 */
import * as path from 'node:path'
import { buildEnvironment, type BuildFacts } from '../builder/env-vars.js'
import { buildDirs, type BuildDirs } from '../builder/prefixes.js'
import type { SolvedRecord } from '../env/solve.js'
import { packageSet } from '../env/persist.js'
import type { PackageFormat } from '../package/write.js'
import { DEFAULT_PYTHON } from '../recipe/platforms.js'
import type { RenderedVariant, RenderResult } from '../recipe/render.js'
import { typedRecipe, type RecipeRequirements, type TypedRecipe } from '../recipe/sections.js'
import { sourceStoreKey } from '../source/persist.js'
import { sourceSpecs } from '../source/spec.js'
import type { CondaFacts } from './facts.js'
import type { OutputPlan } from './outputs.js'
import { outputSteps, solvableOutputSpecs, type OutputStepPlan } from './output-builds.js'
import { buildsHere, checkBuildable, checkDistinctFiles, crossPlanWarning } from './subdirs.js'
import { specsKey, type Solutions } from './solve-envs.js'
import { installedOf, resolveCompatible, stripCompatible } from './pin-marker.js'
import { isPlanned } from './planned-records.js'

export interface PlanSettings {
  readonly outputDir: string
  readonly croot: string
  readonly channels: readonly string[]
  readonly format: PackageFormat
  readonly test: boolean
}

export interface EnvironmentPlan {
  readonly prefix: string
  readonly specs: readonly string[]
  /** The solver's answer; absent in a plan made without solving (render-only). */
  readonly solved?: readonly SolvedRecord[]
}

export interface ScriptPlan {
  readonly origin: 'build.sh' | 'build/script' | 'bld.bat'
  /** The recipe's script file, or the lines of build/script (written into the work folder when it runs). */
  readonly file?: string
  readonly lines?: readonly string[]
}

/** What names a package: its file stem, name, version, build and where it goes. */
export interface PackageIdentity {
  readonly stem: string
  readonly name: string
  readonly version: string
  readonly buildString: string
  readonly buildNumber: number
  readonly subdir: string
  readonly noarch?: string
}

export interface VariantPlan extends PackageIdentity {
  readonly variant: RenderedVariant['variant']
  /** The rendered variant: metadata, hash input (what info/ is written from). */
  readonly rendered: RenderedVariant
  readonly recipe: TypedRecipe
  readonly requirements: RecipeRequirements & { readonly test: readonly string[] }
  readonly dirs: BuildDirs
  /** Without a host section the build requirements go into the host prefix (merged). */
  readonly merged: boolean
  readonly environments: { readonly build?: EnvironmentPlan; readonly host: EnvironmentPlan }
  /** X.Y of the Python the build sees; hasPython: python is in a prefix. */
  readonly python: { readonly version: string; readonly inPrefix: boolean }
  readonly script?: ScriptPlan
  /** The facts of the script's environment (without the source's GIT_* variables, known once it is fetched). */
  readonly scriptFacts: BuildFacts
  readonly env: Readonly<Record<string, string>>
  readonly package: { readonly dir: string; readonly fn: string; readonly path: string }
  readonly cacheKeys: { readonly sources: readonly string[]; readonly packages?: string }
  readonly test: { readonly enabled: boolean; readonly requires: readonly string[]; readonly commands: readonly string[]; readonly imports: readonly string[] }
  /**
   * A recipe with `outputs:`: the packages made after this top-level build, in build order (output-builds.ts);
   * the top-level package itself is made only when it is one of them. Absent: the top-level package alone.
   */
  readonly outputs?: readonly OutputStepPlan[]
}

export interface CondaPlan {
  readonly recipeFile: string
  readonly recipeDir: string
  readonly buildSubdir: string
  readonly sourceDateEpoch: string
  readonly channels: readonly string[]
  readonly format: PackageFormat
  readonly warnings: readonly string[]
  /** Variants left out by build/skip. */
  readonly skipped: number
  readonly builds: readonly VariantPlan[]
  /** The packages of a recipe with `outputs:`, as the outputs planner (src/conda/plan/outputs.ts) plans them. */
  readonly outputs?: OutputPlan
}

export interface PlanInput {
  readonly rendered: RenderResult
  readonly warnings: readonly string[]
  readonly facts: CondaFacts
  readonly settings: PlanSettings
  /** The prefixes' solutions (solveEnvironments); without them the plan lists the specs only. */
  readonly solutions?: Solutions
  /** Check the subdirs against this machine and the package files against each other (default true; render-only: false). */
  readonly check?: boolean
  /**
   * A plan to print, not to build (`conda build --plan-only`): packages for a subdir this machine does not build are
   * planned without the solver's answers (given for this machine's subdir) and named in a warning, not refused.
   */
  readonly planOnly?: boolean
  /** The outputs planner's plan of a recipe with `outputs:`: each variant's output steps are planned from it. */
  readonly outputs?: OutputPlan
}

const xy = (v: string | undefined): string | undefined => (v ? /^\d+\.\d+/.exec(v)?.[0] : undefined)

/**
 * The prefixes a variant needs: build (unless merged) and host, each with its specs. Without a host section, or
 * with build/merge_build_host true, one prefix holds both (conda-build's build_is_host); merge_build_host false
 * keeps a build prefix of its own even without a host section. Pure.
 */
export function environmentSpecs(recipe: TypedRecipe): { merged: boolean; build: readonly string[]; host: readonly string[] } {
  const r = recipe.requirements
  const merge = recipe.build.mergeBuildHost
  if (r.hasHost && merge) return { merged: true, build: [], host: [...new Set([...r.build, ...r.host])] }
  if (!r.hasHost && merge === false) return { merged: false, build: r.build, host: [] }
  return r.hasHost ? { merged: false, build: r.build, host: r.host } : { merged: true, build: [], host: r.build }
}

/**
 * The rendered variant with its pin_compatible calls evaluated against the solved prefix conda-build reads
 * them from (host, or the one merged prefix); at their render-time values when nothing is solved. The calls
 * under `outputs:` are each output's own (output-builds.ts): left at their render-time values here.
 */
function pinnedVariant(v: RenderedVariant, envs: VariantPlan['environments']): RenderedVariant {
  const { compatiblePins, ...rest } = v
  const solved = envs.host.solved
  if (!compatiblePins || !solved) return rest
  const { outputs, ...top } = compatiblePins
  const meta = resolveCompatible(top, installedOf(solved))
  return { ...rest, meta: outputs === undefined ? meta : { ...meta, outputs: stripCompatible(outputs) } }
}

function environments(recipe: TypedRecipe, dirs: BuildDirs, solutions: Solutions | undefined): VariantPlan['environments'] {
  const e = environmentSpecs(recipe)
  const env = (prefix: string, specs: readonly string[]): EnvironmentPlan => {
    const solved = solutions ? (specs.length ? solutions.get(specsKey(specs)) : []) : undefined
    return solved ? { prefix, specs, solved } : { prefix, specs }
  }
  return e.merged ? { host: env(dirs.hostPrefix, e.host) } : { build: env(dirs.buildPrefix, e.build), host: env(dirs.hostPrefix, e.host) }
}

function pythonOf(envs: VariantPlan['environments'], v: RenderedVariant): VariantPlan['python'] {
  const find = (e?: EnvironmentPlan) => e?.solved?.find(s => s.record.name === 'python')
  const py = find(envs.host) ?? find(envs.build)
  const fromVariant = typeof v.variant.python === 'string' ? xy(v.variant.python) : undefined
  return { version: xy(py?.record.version) ?? fromVariant ?? DEFAULT_PYTHON, inPrefix: Boolean(py) }
}

function scriptOf(recipe: TypedRecipe, recipeDir: string, scripts: RenderResult['scripts'], win: boolean): ScriptPlan | undefined {
  if (recipe.build.script.length) return { origin: 'build/script', lines: recipe.build.script }
  if (win) return scripts.bldBat ? { origin: 'bld.bat', file: path.join(recipeDir, 'bld.bat') } : undefined
  return scripts.buildSh ? { origin: 'build.sh', file: path.join(recipeDir, 'build.sh') } : undefined
}

function variantStrings(v: RenderedVariant): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, x] of Object.entries(v.variant)) if (typeof x === 'string') out[k] = x
  return out
}

function scriptFactsOf(v: RenderedVariant, recipe: TypedRecipe, dirs: BuildDirs, python: VariantPlan['python'], i: PlanInput): BuildFacts {
  const f = i.facts
  return {
    subdir: v.subdir === 'noarch' ? f.hostSubdir : v.subdir,
    buildSubdir: f.hostSubdir,
    prefix: dirs.hostPrefix,
    buildPrefix: dirs.buildPrefix,
    srcDir: dirs.work,
    recipeDir: i.rendered.recipeDir,
    pkg: { name: v.name, version: v.version, buildNumber: v.buildNumber, buildString: v.buildString, hash: /h([0-9a-f]{7})/.exec(v.buildString)?.[1] ?? '' },
    pythonVersion: python.version,
    hasPython: python.inPrefix,
    sysPython: f.sysPython,
    sysPrefix: f.sysPrefix,
    cpuCount: f.cpuCount,
    sourceDateEpoch: f.epoch.value,
    variant: variantStrings(v),
    inherited: f.env,
    scriptEnv: recipe.build.scriptEnv,
    state: 'BUILD'
  }
}

function cacheKeys(v: RenderedVariant, recipeDir: string, envs: VariantPlan['environments'], subdir: string): VariantPlan['cacheKeys'] {
  const sources = sourceSpecs(v.meta.source, recipeDir).flatMap(s => (s.kind === 'url' ? [sourceStoreKey(s)].filter((k): k is string => Boolean(k)) : []))
  const solved = [...(envs.build?.solved ?? []), ...(envs.host.solved ?? [])]
  const set = solved.length ? packageSet(solved, subdir) : undefined
  return set ? { sources, packages: set.key } : { sources }
}

const solvedSets = (envs: VariantPlan['environments']) => ({ build: envs.build?.solved, host: envs.host.solved })

/** The plan of one variant (the index-th kept one). */
function planVariant(v: RenderedVariant, i: PlanInput, index: number): VariantPlan {
  const { facts, settings } = i
  const specs = typedRecipe(v.meta)
  const stem = `${v.name}-${v.version}-${v.buildString}`
  const win = facts.hostSubdir.startsWith('win-')
  const merged = environmentSpecs(specs).merged
  const dirs = buildDirs(path.resolve(settings.croot), v.name, facts.epoch.value, merged, win)
  const envs = environments(specs, dirs, i.solutions)
  const rendered = pinnedVariant(v, envs)
  const recipe = rendered === v ? specs : typedRecipe(rendered.meta)
  const python = pythonOf(envs, v)
  const scriptFacts = scriptFactsOf(v, recipe, dirs, python, i)
  const fn = `${stem}.${settings.format}`
  const dir = path.join(path.resolve(settings.outputDir), v.subdir)
  const script = scriptOf(recipe, i.rendered.recipeDir, i.rendered.scripts, win)
  return {
    stem,
    name: v.name,
    version: v.version,
    buildString: v.buildString,
    buildNumber: v.buildNumber,
    subdir: v.subdir,
    ...(recipe.build.noarch ? { noarch: recipe.build.noarch } : {}),
    variant: v.variant,
    rendered,
    recipe,
    requirements: { ...recipe.requirements, test: recipe.test.requires },
    dirs,
    merged,
    environments: envs,
    python,
    ...(script ? { script } : {}),
    scriptFacts,
    env: buildEnvironment(scriptFacts),
    package: { dir, fn, path: path.join(dir, fn) },
    cacheKeys: cacheKeys(v, i.rendered.recipeDir, envs, facts.hostSubdir),
    test: { enabled: settings.test, requires: recipe.test.requires, commands: recipe.test.commands, imports: recipe.test.imports },
    ...(i.outputs ? { outputs: outputSteps(rendered, i.outputs, index, settings, { solutions: i.solutions, top: solvedSets(envs) }) } : {})
  }
}

/** The packages a build makes: a recipe with outputs: makes its outputs' packages, not the top level's. */
const packagesOf = (b: VariantPlan): readonly (OutputStepPlan | VariantPlan)[] => b.outputs ?? [b]

/** The spec lists of a build the solver answers (for this machine's subdir): none unless one of its packages is made here. */
export function specsToSolve(b: VariantPlan, machine: string): (readonly string[])[] {
  if (!packagesOf(b).some(p => buildsHere(p.subdir, machine))) return []
  const e = environmentSpecs(b.recipe)
  return [e.build, e.host, ...solvableOutputSpecs((b.outputs ?? []).filter(o => buildsHere(o.subdir, machine)))]
}

/** An output step without what the solver's answers gave it (for a package of another subdir). */
function unsolvedStep(o: OutputStepPlan): OutputStepPlan {
  const { plannedDepends: _planned, ...step } = o
  const { solved: _solved, ...environments } = o.environments
  return { ...step, environments }
}

/** The plan of one variant, the solver's answers kept only for the packages made here (as specsToSolve asked). */
function planHere(v: RenderedVariant, i: PlanInput, index: number): VariantPlan {
  const b = planVariant(v, i, index)
  const machine = i.facts.hostSubdir
  const here = packagesOf(b).filter(p => buildsHere(p.subdir, machine)).length
  if (!i.solutions || here === packagesOf(b).length) return b
  if (!here) return planVariant(v, { ...i, solutions: undefined }, index)
  return { ...b, outputs: b.outputs?.map(o => (buildsHere(o.subdir, machine) ? o : unsolvedStep(o))) }
}

/** The plan of a rendered recipe (see the module's comment). Throws a PlanError naming every problem. */
export function planBuild(i: PlanInput): CondaPlan {
  const kept = i.rendered.variants.filter(v => !v.skip)
  const builds = kept.map((v, n) => planHere(v, i, n))
  const packages = builds.flatMap(packagesOf)
  const cross = i.planOnly ? crossPlanWarning(packages, i.facts.hostSubdir) : undefined
  if (i.check !== false) {
    if (!i.planOnly) checkBuildable(packages, i.facts.hostSubdir)
    checkDistinctFiles(packages)
  }
  return {
    recipeFile: i.rendered.recipeFile,
    recipeDir: i.rendered.recipeDir,
    buildSubdir: i.facts.hostSubdir,
    sourceDateEpoch: i.facts.epoch.value,
    channels: i.settings.channels,
    format: i.settings.format,
    warnings: cross ? [...i.warnings, cross] : i.warnings,
    skipped: i.rendered.variants.length - kept.length,
    builds,
    ...(i.outputs ? { outputs: i.outputs } : {})
  }
}

/** Every package of the plan's solved prefixes (what the package cache should hold), in plan order. */
export function plannedPackages(plan: CondaPlan): SolvedRecord[] {
  const outputs = (b: VariantPlan): SolvedRecord[] =>
    (b.outputs ?? []).flatMap(o => [...(o.environments.solved?.build ?? []), ...(o.environments.solved?.host ?? [])])
  // planned records stand for outputs of the recipe: the build makes them, no channel has them
  return plan.builds.flatMap(b => [...(b.environments.build?.solved ?? []), ...(b.environments.host.solved ?? []), ...outputs(b)]).filter(r => !isPlanned(r))
}
