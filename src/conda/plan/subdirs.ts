/**
 * The plan's checks on where packages go, made before any work: every package's subdir (from
 * --target-platform, `target_platform` in a variant or conda_build_config.yaml, or an output's `target:`)
 * must be one this machine builds (its own, or noarch) when the plan is to be built, and no two variants
 * may write one package file (same name, version and build string in one subdir): the second would
 * overwrite the first. A plan that is only printed (render, `--plan-only`) may hold any subdir: its
 * packages for other subdirs are planned without solving their prefixes (the solver reads this machine's
 * subdir), and the plan says so in a warning.
 */
import { RecipeError } from '../recipe/location.js'
import { ACCEPTED_SUBDIRS, targetSubdir } from '../recipe/platforms.js'

export class PlanError extends RecipeError {
  override name = 'PlanError'
}

interface Built {
  readonly name: string
  readonly version: string
  readonly buildString: string
  readonly subdir: string
  readonly variant: Readonly<Record<string, unknown>>
}

const describe = (b: Built): string => {
  const keys = Object.entries(b.variant)
    .filter(([k]) => k !== 'target_platform')
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
  return `${b.name}-${b.version}-${b.buildString} (${b.subdir}${keys.length ? `; ${keys.join(', ')}` : ''})`
}

/** Whether this machine (its subdir) makes packages for a subdir: its own, and noarch. */
export const buildsHere = (subdir: string, machine: string): boolean => subdir === 'noarch' || subdir === machine

const foreignOf = <T extends Built>(packages: readonly T[], machine: string): T[] => packages.filter(p => !buildsHere(p.subdir, machine))

const subdirsOf = (packages: readonly Built[]): string => [...new Set(packages.map(p => p.subdir))].join(', ')

/** A sentence on the subdirs that are no subdir conda knows (an output's `target:` is taken as written), or ''. */
function unknownSubdirs(packages: readonly Built[]): string {
  const unknown = [...new Set(packages.map(p => p.subdir))].filter(s => targetSubdir(s) === undefined)
  if (!unknown.length) return ''
  return ` ${unknown.map(u => `'${u}'`).join(', ')} ${unknown.length > 1 ? 'are not conda subdirs' : 'is not a conda subdir'}; accepted: ${ACCEPTED_SUBDIRS}.`
}

/** Refuse packages this machine cannot build (one error naming each, and what to do instead). */
export function checkBuildable(packages: readonly Built[], machine: string): void {
  const foreign = foreignOf(packages, machine)
  if (!foreign.length) return
  throw new PlanError(
    `this machine builds ${machine} (and noarch) packages, but the recipe renders for ${subdirsOf(foreign)}: ${foreign.map(describe).join('; ')}.` +
      `${unknownSubdirs(foreign)} ` +
      'Cross-building is not supported; nothing was solved, downloaded or built. `conda build --plan-only` and `conda render` ' +
      "(the conda-recipe action's render-only) show what the recipe makes for any subdir; to build these, run on a machine of that " +
      'subdir, or drop target_platform from --target-platform, the variants and conda_build_config.yaml (or `target:` from the output).'
  )
}

/** The warning of a printed plan that holds packages for other subdirs, or undefined when it holds none. */
export function crossPlanWarning(packages: readonly Built[], machine: string): string | undefined {
  const foreign = foreignOf(packages, machine)
  if (!foreign.length) return undefined
  return (
    `planned for ${subdirsOf(foreign)} without solving their prefixes (this machine solves and builds ${machine} and noarch): ` +
    `${foreign.map(describe).join('; ')}; \`conda build\` without --plan-only refuses them.${unknownSubdirs(foreign)}`
  )
}

/** Refuse two variants whose package files would be the same file (one error naming every collision). */
export function checkDistinctFiles(builds: readonly (Built & { readonly package: { readonly path: string } })[]): void {
  const byFile = new Map<string, Built[]>()
  for (const b of builds) byFile.set(b.package.path, [...(byFile.get(b.package.path) ?? []), b])
  const clashes = [...byFile.entries()].filter(([, list]) => list.length > 1)
  if (!clashes.length) return
  const lines = clashes.map(([file, list]) => `${file} would be written by ${list.length} variants: ${list.map(describe).join('; ')}`)
  throw new PlanError(
    `${lines.join('\n')}\nthese variants get the same build string, so the last would overwrite the others. Make the build string tell ` +
      'them apart (use the differing variant key in the requirements, e.g. `python` in run, or set build/string with the key), or build one of them.'
  )
}
