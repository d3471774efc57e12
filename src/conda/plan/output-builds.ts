/**
 * The packages a variant of an `outputs:` recipe makes after its top-level build, as steps the builder walks:
 * for each planned output (outputs.ts) its package file, the environments it adds to the shared build and
 * host prefixes (conda-build installs an output's own requirements into the same prefixes the top-level
 * build used, so the files that build left stay there for the output's `files:`), the script it runs, the
 * files it takes, its test, and its rendered recipe as info/ will hold it (finalized after the prefixes are
 * solved). Every environment is solved with the plan: one that asks for another output of the recipe is solved
 * with a planned record standing for that output (planned-records.ts), which the builder swaps for the built
 * package after checking that it is the one planned. pin_compatible calls are evaluated against the output's own
 * solved prefixes (the top level's for the top level's own output), as conda-build's finalizing render does. Pure.
 */
import * as path from 'node:path'
import type { RenderedVariant } from '../recipe/render.js'
import { isDict, strList, type MutableDict } from '../recipe/sections.js'
import { depName } from '../recipe/used-vars.js'
import type { FileSelection, OutputRun } from './output-packaging.js'
import type { OutputPlan, PlannedOutput } from './outputs.js'
import type { SolvedRecord } from '../env/solve.js'
import type { PackageIdentity } from './build-plan.js'
import { specsKey, type Solutions } from './solve-envs.js'
import type { Value } from '../recipe/yaml.js'
import { finalizeRequirements } from '../finalize/requirements.js'
import { installedOf, resolveCompatible, stripCompatible } from './pin-marker.js'

export interface OutputEnvironments {
  /** Specs installed into the build prefix (empty: nothing added). */
  readonly build: readonly string[]
  /** Specs installed into the host prefix (the build prefix when the output has no host section). */
  readonly host: readonly string[]
  /** Names of the recipe's other outputs these specs ask for: solved with their planned records (planned-records.ts). */
  readonly needsOutputs: readonly string[]
  /** The solver's answers, when the plan was solved (records from the planned-outputs channel stand for outputs built before). */
  readonly solved?: { readonly build: readonly SolvedRecord[]; readonly host: readonly SolvedRecord[] }
}

export interface OutputStepPlan extends PackageIdentity {
  readonly topLevel: boolean
  /** The variant keys this output uses. */
  readonly variant: PlannedOutput['variant']
  /** The output as the outputs planner planned it. */
  readonly output: PlannedOutput
  /** The rendered variant of this package: its own name, version, build, subdir and recipe (what info/ is written from). */
  readonly rendered: RenderedVariant
  readonly environments: OutputEnvironments
  readonly run?: OutputRun
  readonly files: FileSelection
  /** build/script_env of the output. */
  readonly scriptEnv: readonly string[]
  readonly package: { readonly dir: string; readonly fn: string; readonly path: string }
  readonly test: { readonly enabled: boolean; readonly requires: readonly string[]; readonly script?: string; readonly interpreter?: string }
  /**
   * The run depends the plan knows once the prefixes are solved (pins finalized, without the run_exports of the
   * solved packages, which only their archives hold): what the planned record of this output depends on.
   */
  readonly plannedDepends?: readonly string[]
}

/** What the output steps of a variant are planned with: the solver's answers and the top-level build's solved prefixes. */
export interface OutputSolutions {
  readonly solutions?: Solutions
  readonly top?: { readonly build?: readonly SolvedRecord[]; readonly host?: readonly SolvedRecord[] }
}

export interface OutputStepSettings {
  readonly outputDir: string
  readonly format: string
  readonly test: boolean
}

const isTrue = (v: Value | undefined): boolean => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v.trim()))

/** The output's recipe as info/recipe/meta.yaml holds it before its run requirements are finalized. */
function outputRecipe(v: RenderedVariant, o: PlannedOutput): MutableDict {
  const top = v.meta
  const build: MutableDict = { ...o.build, number: String(o.buildNumber), string: o.buildString }
  delete build.script
  if (o.noarch) build.noarch = o.noarch
  const r = o.requirements
  const reqs: MutableDict = {
    build: r.build,
    ...(r.hasHost ? { host: r.host } : {}),
    run: r.run,
    ...(r.run_constrained.length ? { run_constrained: r.run_constrained } : {})
  }
  const meta: MutableDict = { package: { name: o.name, version: o.version }, build, requirements: reqs }
  if (top.source !== undefined && top.source !== null) meta.source = top.source
  if (Object.keys(o.test).length) meta.test = o.test
  if (Object.keys(o.about).length) meta.about = o.about
  meta.extra = { ...(isDict(top.extra) ? top.extra : {}), final: true }
  return meta
}

/**
 * An environment's specs, with each output of the recipe it asks for pinned to this build's own (name, version,
 * build string): a variant's outputs are built against that variant's siblings, never another variant's, and the
 * spec list (the key of its solution) differs between variants whose siblings differ.
 */
function pinSiblings(specs: readonly string[], siblings: ReadonlyMap<string, PlannedOutput>): string[] {
  const asked = [...new Set(specs.map(depName))].filter(n => siblings.has(n))
  const pins = asked.map(n => siblings.get(n) as PlannedOutput).map(p => `${p.name} ${p.version} ${p.buildString}`)
  return [...specs, ...pins.filter(p => !specs.includes(p))]
}

function environmentsOf(
  o: PlannedOutput,
  others: ReadonlySet<string>,
  siblings: ReadonlyMap<string, PlannedOutput>,
  solutions: Solutions | undefined
): OutputEnvironments {
  const r = stripCompatible(o.requirements as unknown as Value) as unknown as PlannedOutput['requirements']
  // the top level's own output shares the top-level build's prefixes: nothing is added to them
  if (o.topLevel) return { build: [], host: [], needsOutputs: [] }
  const build = pinSiblings(r.hasHost ? r.build : [], siblings)
  const host = pinSiblings(r.hasHost ? r.host : r.build, siblings)
  const needsOutputs = [...new Set([...build, ...host].map(depName).filter(n => others.has(n)))].sort()
  const answer = (specs: readonly string[]) => (specs.length ? solutions?.get(specsKey(specs)) : [])
  const [b, h] = [answer(build), answer(host)]
  return { build, host, needsOutputs, ...(b && h ? { solved: { build: b, host: h } } : {}) }
}

/** The specs of the output environments that ask for no other output of the recipe (the first round: solve-rounds.ts). */
export function solvableOutputSpecs(steps: readonly OutputStepPlan[]): string[][] {
  return steps.filter(s => !s.environments.needsOutputs.length).flatMap(s => [[...s.environments.build], [...s.environments.host]])
}

/** The output with its pin_compatible calls evaluated against its solved prefix, or at their render-time values. */
function pinnedOutput(o: PlannedOutput, prefix: readonly SolvedRecord[] | undefined): PlannedOutput {
  const fix = <T extends Value | undefined>(v: T): T => (prefix ? resolveCompatible(v, installedOf(prefix)) : stripCompatible(v))
  const r = fix(o.requirements as unknown as Value) as unknown as PlannedOutput['requirements']
  return { ...o, requirements: r, build: fix(o.build), test: fix(o.test), runExports: fix(o.runExports) }
}

type Sets = { readonly build: readonly SolvedRecord[]; readonly host?: readonly SolvedRecord[] }

/** The prefixes an output's requirements are finalized against: build and host, or one prefix as build (and as host when merged). */
function finalizingSets(o: PlannedOutput, e: OutputEnvironments, top: OutputSolutions['top']): Sets {
  const hasHost = o.requirements.hasHost
  if (o.topLevel) {
    if (!top?.host) return { build: [] }
    if (top.build) return { build: top.build, host: top.host }
    return hasHost ? { build: top.host, host: top.host } : { build: top.host }
  }
  if (!e.solved) return { build: [] }
  if (!hasHost) return { build: e.solved.host }
  const all = [...e.solved.build, ...e.solved.host]
  return isTrue(o.build.merge_build_host) ? { build: all, host: all } : { build: e.solved.build, host: e.solved.host }
}

/** The run depends the plan knows for a solved output (see OutputStepPlan.plannedDepends). */
function plannedDependsOf(o: PlannedOutput, v: RenderedVariant, sets: Sets, others: readonly string[]): string[] {
  // a planned record carries its output's run_exports; a channel's records do not (only their archives hold them)
  const pkg = (s: SolvedRecord) => ({ name: s.record.name, version: s.record.version, build: s.record.build, runExports: s.record.run_exports })
  const r = o.requirements
  return finalizeRequirements({
    requirements: { build: r.build, host: r.host, run: r.run, run_constrained: r.run_constrained },
    variant: v.input ?? v.variant,
    build: sets.build.map(pkg),
    host: sets.host?.map(pkg),
    noarch: o.noarch,
    pythonIndependent: o.build.python_version_independent === true,
    ignoreRunExports: strList(o.build.ignore_run_exports),
    ignoreRunExportsFrom: strList(o.build.ignore_run_exports_from),
    outputNames: others
  }).run
}

function testOf(o: PlannedOutput, enabled: boolean): OutputStepPlan['test'] {
  const t = o.test
  const script = typeof t.script === 'string' && t.script ? t.script : undefined
  const interpreter = typeof t.script_interpreter === 'string' ? t.script_interpreter : undefined
  return { enabled, requires: strList(t.requires), ...(script ? { script } : {}), ...(interpreter ? { interpreter } : {}) }
}

function step(
  v: RenderedVariant,
  planned: PlannedOutput,
  others: ReadonlySet<string>,
  siblings: ReadonlyMap<string, PlannedOutput>,
  s: OutputStepSettings,
  sol: OutputSolutions
): OutputStepPlan {
  const environments = environmentsOf(planned, others, siblings, sol.solutions)
  const solved = planned.topLevel ? Boolean(sol.top?.host) : Boolean(environments.solved)
  const sets = finalizingSets(planned, environments, sol.top)
  // pin_compatible reads the host prefix, or the one prefix build and host share (conda-build's build_is_host)
  const o = pinnedOutput(planned, solved ? (sets.host ?? sets.build) : undefined)
  const stem = `${o.name}-${o.version}-${o.buildString}`
  const fn = `${stem}.${s.format}`
  const dir = path.join(path.resolve(s.outputDir), o.subdir)
  const rendered: RenderedVariant = {
    ...v,
    name: o.name,
    version: o.version,
    buildString: o.buildString,
    buildNumber: o.buildNumber,
    subdir: o.subdir,
    variant: o.variant,
    meta: outputRecipe(v, o)
  }
  return {
    name: o.name,
    version: o.version,
    buildString: o.buildString,
    buildNumber: o.buildNumber,
    subdir: o.subdir,
    ...(o.noarch ? { noarch: o.noarch } : {}),
    stem,
    topLevel: o.topLevel,
    variant: o.variant,
    output: o,
    rendered,
    environments,
    ...(o.packaging.run ? { run: o.packaging.run } : {}),
    files: o.packaging.files,
    scriptEnv: strList(o.build.script_env),
    package: { dir, fn, path: path.join(dir, fn) },
    test: testOf(o, s.test),
    ...(solved ? { plannedDepends: plannedDependsOf(o, v, sets, [...others]) } : {})
  }
}

/** The output steps of the top-level build `index` of the plan (its kept variant `v`), in build order; with the solutions of a solved plan. */
export function outputSteps(v: RenderedVariant, plan: OutputPlan, index: number, s: OutputStepSettings, sol: OutputSolutions = {}): OutputStepPlan[] {
  const names = new Set(plan.outputs.map(o => o.name))
  const build = plan.builds[index]
  if (!build) return []
  const ofThisBuild = build.outputs.map(j => plan.outputs[j])
  return ofThisBuild.map(o => {
    const siblings = new Map(ofThisBuild.filter(x => x.name !== o.name).map(x => [x.name, x]))
    return step(v, o, new Set([...names].filter(n => n !== o.name)), siblings, s, sol)
  })
}
