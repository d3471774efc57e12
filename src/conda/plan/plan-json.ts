/**
 * The conda build plan as JSON, for `conda build --plan-only` and the conda-recipe action's `plan`
 * output: every build with its recipe, requirements, prefixes and their solved packages (name, version,
 * build, file, URL without credentials, sha256), script, environment, package file and cache keys, and
 * for a recipe with outputs: the packages each build makes (their environments, scripts, files and tests).
 * Passwords in URLs are hidden as in the wheel plan; the values of variables build/script_env passes
 * through from the environment (tokens, often) are shown as `***`.
 */
import { hideUrlPasswords } from '../../phases/plan.js'
import { toJson } from '../recipe/output.js'
import type { CondaPlan, EnvironmentPlan, VariantPlan } from './build-plan.js'
import type { OutputStepPlan } from './output-builds.js'
import type { SolvedRecord } from '../env/solve.js'
import type { Value } from '../recipe/yaml.js'
import { stripCompatible } from './pin-marker.js'
import { isPlanned } from './planned-records.js'

const HIDDEN = '***'

/** A solved set as the JSON shows it; a planned record (an output of the recipe built before) says so. */
function solvedJson(solved: readonly SolvedRecord[] | undefined): unknown[] | undefined {
  return solved?.map(s => ({
    name: s.record.name,
    version: s.record.version,
    build: s.record.build,
    fn: s.record.fn,
    subdir: s.subdir,
    ...(isPlanned(s) ? { planned: true, depends: s.record.depends ?? [] } : { url: s.url }),
    ...(s.record.sha256 ? { sha256: s.record.sha256 } : {})
  }))
}

function environmentJson(e: EnvironmentPlan | undefined): unknown {
  if (!e) return undefined
  const solved = solvedJson(e.solved)
  return { prefix: e.prefix, specs: e.specs, ...(solved ? { solved } : {}) }
}

/** The environment with the passed-through script_env values hidden. */
function shownEnv(b: VariantPlan): Record<string, string> {
  const passed = new Set(b.recipe.build.scriptEnv.filter(s => !s.includes('=')))
  const out: Record<string, string> = {}
  for (const k of Object.keys(b.env).sort()) out[k] = passed.has(k) ? HIDDEN : b.env[k]
  return out
}

/** One build as the JSON shows it. */
export function buildJson(b: VariantPlan): Record<string, unknown> {
  return {
    ...toJson(b.rendered),
    stem: b.stem,
    requirements: b.requirements,
    merged: b.merged,
    dirs: b.dirs,
    environments: { build: environmentJson(b.environments.build), host: environmentJson(b.environments.host) },
    python: b.python,
    script: b.script ?? null,
    env: shownEnv(b),
    package: b.package,
    cacheKeys: b.cacheKeys,
    test: b.test,
    ...(b.outputs ? { outputs: b.outputs.map(outputStepJson) } : {})
  }
}

/** A package of a recipe with outputs: (made after the build it is listed under). */
function outputStepJson(o: OutputStepPlan): Record<string, unknown> {
  const { stem, name, version, buildString, subdir, noarch, topLevel, variant, run, files, scriptEnv, package: pkg, test, plannedDepends } = o
  const e = o.environments
  const solved = e.solved ? { solved: { build: solvedJson(e.solved.build), host: solvedJson(e.solved.host) } } : {}
  const environments = { build: e.build, host: e.host, needsOutputs: e.needsOutputs, ...solved }
  return { stem, name, version, buildString, subdir, noarch, topLevel, variant, environments, run, files, scriptEnv, package: pkg, test, plannedDepends }
}

/** The plan as two-space indented JSON (see the module's comment). */
export function condaPlanJson(plan: CondaPlan): string {
  const value = {
    recipeFile: plan.recipeFile,
    recipeDir: plan.recipeDir,
    buildSubdir: plan.buildSubdir,
    sourceDateEpoch: plan.sourceDateEpoch,
    channels: plan.channels,
    format: plan.format,
    warnings: plan.warnings,
    skipped: plan.skipped,
    builds: plan.builds.map(buildJson),
    ...(plan.outputs ? { outputs: stripCompatible(plan.outputs.outputs as unknown as Value) } : {})
  }
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? hideUrlPasswords(v) : v), 2)
}
