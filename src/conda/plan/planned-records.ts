/**
 * Outputs of a recipe that other outputs of it ask for (`pin_subpackage`, or by name in host/build) are not in
 * any channel when the plan is made. The plan still solves those environments: each planned output becomes a
 * record (name, version, build string, build number, subdir, the run depends the plan knows) in an in-memory
 * channel, `planned-outputs`, that the solver reads beside the user's channels; environments are solved in
 * rounds, an output's record joining once its own environments are solved. The builder later swaps each
 * planned record for the package it built, after checking that the package is the one planned (checkBuilt);
 * when the built package depends on more than the solved set satisfies (the run_exports of channel packages the
 * plan could not read), that environment is solved again at build time, as it was before the plan solved it.
 */
import type { Channel } from '../env/channel.js'
import type { LoadedRepodata, RepodataRecord } from '../env/repodata.js'
import { specName, type SolvedRecord } from '../env/solve.js'
import type { SpecMatcher } from '../env/spec-match.js'
import { runExportsJson } from '../finalize/run-exports.js'
import { strList } from '../recipe/sections.js'
import type { Value } from '../recipe/yaml.js'
import type { OutputStepPlan } from './output-builds.js'
import { buildsHere } from './subdirs.js'

export const PLANNED_CHANNEL = 'planned-outputs'

const CHANNEL: Channel = { kind: 'local', base: `/${PLANNED_CHANNEL}/`, display: PLANNED_CHANNEL, headers: {}, secrets: [] }

/** Whether a solved record stands for an output of the recipe that is not built yet. */
export const isPlanned = (s: SolvedRecord): boolean => s.channel.display === PLANNED_CHANNEL

type Planned = Pick<OutputStepPlan, 'name' | 'version' | 'buildString' | 'buildNumber' | 'subdir' | 'noarch' | 'package' | 'plannedDepends'> & {
  readonly output?: { readonly runExports?: unknown }
}

/**
 * The record standing for a planned output (its package file name as the builder will write it), with the
 * output's run_exports (as run_exports.json will hold them), which the outputs built with it take.
 */
export function plannedRecord(s: Planned): RepodataRecord & { readonly fn: string } {
  const runExports = s.output?.runExports === undefined ? undefined : runExportsJson(s.output.runExports)
  return {
    fn: s.package.fn,
    name: s.name,
    version: s.version,
    build: s.buildString,
    build_number: s.buildNumber,
    depends: [...(s.plannedDepends ?? [])],
    subdir: s.subdir,
    ...(s.noarch ? { noarch: s.noarch } : {}),
    ...(runExports ? { run_exports: runExports } : {})
  }
}

/** The in-memory channel of the planned outputs, for the machine's subdir and noarch (the solver asks for both). */
export function plannedRepodata(steps: readonly Planned[], subdir: string): LoadedRepodata[] {
  return [...new Set([subdir, 'noarch'])].map(sd => {
    const conda: Record<string, RepodataRecord> = {}
    const bz2: Record<string, RepodataRecord> = {}
    for (const s of steps.filter(x => x.subdir === sd)) {
      const { fn, ...record } = plannedRecord(s)
      ;(fn.endsWith('.conda') ? conda : bz2)[fn] = record
    }
    const data = { info: { subdir: sd }, packages: bz2, 'packages.conda': conda }
    return { channel: CHANNEL, subdir: sd, text: JSON.stringify(data), data, source: 'local', variant: 'repodata.json' }
  })
}

/** What the next round solves: environments that ask for outputs whose records are now planned, and those records. */
export function nextRound(
  builds: readonly { readonly outputs?: readonly OutputStepPlan[] }[],
  subdir: string
): { specs: string[][]; repodata: LoadedRepodata[] } {
  // a printed plan's packages for other subdirs are not solved (build-plan.ts)
  const steps = builds.flatMap(b => b.outputs ?? []).filter(s => buildsHere(s.subdir, subdir))
  const planned = steps.filter(s => s.plannedDepends)
  const names = new Set(planned.map(s => s.name))
  const waiting = steps.filter(s => s.environments.needsOutputs.length && !s.environments.solved && s.environments.needsOutputs.every(n => names.has(n)))
  const specs = waiting.flatMap(s => [[...s.environments.build], [...s.environments.host]])
  return { specs, repodata: specs.length ? plannedRepodata(planned, subdir) : [] }
}

const set = (l: readonly string[] | undefined): string[] => [...new Set((l ?? []).map(d => d.trim().split(/\s+/).join(' ')))].sort()

/**
 * What the builder does with a built output where the plan put its planned record: install the solved set as
 * planned (`holds`), solve that environment again at build time with the built package (`solve-again`: its depends
 * or constrains go beyond what the solved set satisfies, from run_exports of channel packages the plan could not
 * read: known-run-exports.ts), or refuse (`refused`: not the package planned, so the plan was wrong).
 */
export type BuiltVerdict =
  { readonly kind: 'holds' } | { readonly kind: 'solve-again'; readonly because: readonly string[] } | { readonly kind: 'refused'; readonly reason: string }

/**
 * The verdict on the built package standing for `planned` (see BuiltVerdict). Name, version and build must be the
 * planned ones: conda-build fixes all three before the build (the hash from the recipe and variant, never from what
 * is solved or built). `match` says what the solved set, planned record included, makes of a spec
 * (src/conda/env/spec-match.ts): each depend must be one the set was solved with or one the set satisfies, each
 * constrain must not contradict a package of the set, and a planned depend the package dropped means the set holds
 * a package the build-time solve would not.
 */
export function checkBuilt(planned: RepodataRecord, built: RepodataRecord | undefined, match: SpecMatcher): BuiltVerdict {
  const id = `${planned.name}-${planned.version}-${planned.build}`
  if (!built) return { kind: 'refused', reason: `the built package ${id} is not in the output channel` }
  const got = `${built.name}-${built.version}-${built.build}`
  if (got !== id) return { kind: 'refused', reason: `the plan solved with ${id}, but the build made ${got}` }
  const want = set(planned.depends)
  const have = set(built.depends)
  const names = new Set(have.map(specName))
  const because = [
    ...have.filter(d => !want.includes(d) && match(d) !== 'match').map(d => `depends on ${d}`),
    ...set(strList(built.constrains as Value | undefined))
      .filter(c => match(c) === 'mismatch')
      .map(c => `constrains ${c}`),
    ...want.filter(d => !names.has(specName(d))).map(d => `no longer depends on ${d}`)
  ]
  return because.length ? { kind: 'solve-again', because } : { kind: 'holds' }
}
