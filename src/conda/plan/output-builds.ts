/**
 * The packages a variant of an `outputs:` recipe makes after its top-level build, as steps the builder walks:
 * for each planned output (outputs.ts) its package file, the environments it adds to the shared build and
 * host prefixes (conda-build installs an output's own requirements into the same prefixes the top-level
 * build used, so the files that build left stay there for the output's `files:`), the script it runs, the
 * files it takes, its test, and its rendered recipe as info/ will hold it (finalized after the prefixes are
 * solved). Environments that ask for no other output are solved with the plan; the others when those are built. Pure.
 */
import * as path from 'node:path'
import type { RenderedVariant } from '../recipe/render.js'
import { isDict, strList, type Dict } from './output-meta.js'
import type { FileSelection, OutputRun } from './output-packaging.js'
import type { OutputPlan, PlannedOutput } from './outputs.js'
import type { SolvedRecord } from '../env/solve.js'
import type { PackageIdentity } from './build-plan.js'
import { specsKey, type Solutions } from './solve-envs.js'

export interface OutputEnvironments {
  /** Specs installed into the build prefix (empty: nothing added). */
  readonly build: readonly string[]
  /** Specs installed into the host prefix (the build prefix when the output has no host section). */
  readonly host: readonly string[]
  /** Names of the recipe's other outputs these specs ask for: solved when those are built, from the output channel. */
  readonly needsOutputs: readonly string[]
  /** The solver's answers, when the plan was solved and the specs need no output of the recipe. */
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
}

export interface OutputStepSettings {
  readonly outputDir: string
  readonly format: string
  readonly test: boolean
}

const depName = (spec: string): string => spec.trim().split(/[\s=<>!~]/)[0]

/** The output's recipe as info/recipe/meta.yaml holds it before its run requirements are finalized. */
function outputRecipe(v: RenderedVariant, o: PlannedOutput): Dict {
  const top = v.meta
  const build: Dict = { ...o.build, number: String(o.buildNumber), string: o.buildString }
  delete build.script
  if (o.noarch) build.noarch = o.noarch
  const r = o.requirements
  const reqs: Dict = {
    build: r.build,
    ...(r.hasHost ? { host: r.host } : {}),
    run: r.run,
    ...(r.run_constrained.length ? { run_constrained: r.run_constrained } : {})
  }
  const meta: Dict = { package: { name: o.name, version: o.version }, build, requirements: reqs }
  if (top.source !== undefined && top.source !== null) meta.source = top.source
  if (Object.keys(o.test).length) meta.test = o.test
  if (Object.keys(o.about).length) meta.about = o.about
  meta.extra = { ...(isDict(top.extra) ? top.extra : {}), final: true }
  return meta
}

function environmentsOf(o: PlannedOutput, others: ReadonlySet<string>, solutions: Solutions | undefined): OutputEnvironments {
  const r = o.requirements
  // the top level's own output shares the top-level build's prefixes: nothing is added to them
  if (o.topLevel) return { build: [], host: [], needsOutputs: [] }
  const build = r.hasHost ? r.build : []
  const host = r.hasHost ? r.host : r.build
  const needsOutputs = [...new Set([...build, ...host].map(depName).filter(n => others.has(n)))].sort()
  const answer = (specs: readonly string[]) => (specs.length ? solutions?.get(specsKey(specs)) : [])
  const [b, h] = [answer(build), answer(host)]
  return { build, host, needsOutputs, ...(!needsOutputs.length && b && h ? { solved: { build: b, host: h } } : {}) }
}

/** The specs of the output environments the plan can solve (those that need no output of the recipe). */
export function solvableOutputSpecs(steps: readonly OutputStepPlan[]): string[][] {
  return steps.filter(s => !s.environments.needsOutputs.length).flatMap(s => [[...s.environments.build], [...s.environments.host]])
}

function testOf(o: PlannedOutput, enabled: boolean): OutputStepPlan['test'] {
  const t = o.test
  const script = typeof t.script === 'string' && t.script ? t.script : undefined
  const interpreter = typeof t.script_interpreter === 'string' ? t.script_interpreter : undefined
  return { enabled, requires: strList(t.requires), ...(script ? { script } : {}), ...(interpreter ? { interpreter } : {}) }
}

function step(v: RenderedVariant, o: PlannedOutput, others: ReadonlySet<string>, s: OutputStepSettings, solutions?: Solutions): OutputStepPlan {
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
    environments: environmentsOf(o, others, solutions),
    ...(o.packaging.run ? { run: o.packaging.run } : {}),
    files: o.packaging.files,
    scriptEnv: strList(o.build.script_env),
    package: { dir, fn, path: path.join(dir, fn) },
    test: testOf(o, s.test)
  }
}

/** The output steps of the top-level build `index` of the plan (its kept variant `v`), in build order; with the solutions of a solved plan. */
export function outputSteps(v: RenderedVariant, plan: OutputPlan, index: number, s: OutputStepSettings, solutions?: Solutions): OutputStepPlan[] {
  const names = new Set(plan.outputs.map(o => o.name))
  const build = plan.builds[index]
  if (!build) return []
  return build.outputs.map(j => {
    const o = plan.outputs[j]
    return step(v, o, new Set([...names].filter(n => n !== o.name)), s, solutions)
  })
}
