/**
 * The plan's checks on where packages go, made before any work: every variant's subdir (from
 * --target-platform, or `target_platform` in a variant or conda_build_config.yaml) must be one this
 * machine builds (its own, or noarch), and no two variants may write one package file (same name,
 * version and build string in one subdir): the second would overwrite the first.
 */
import { RecipeError } from '../recipe/location.js'

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

/** Refuse variants this machine cannot build (one error naming each). */
export function checkBuildable(variants: readonly Built[], machine: string): void {
  const foreign = variants.filter(v => v.subdir !== 'noarch' && v.subdir !== machine)
  if (!foreign.length) return
  throw new PlanError(
    `this machine builds ${machine} (and noarch) packages, but the recipe renders for ${[...new Set(foreign.map(v => v.subdir))].join(', ')}: ` +
      `${foreign.map(describe).join('; ')}. Cross-building is not supported: build on a runner of that platform, or drop ` +
      'target_platform from --target-platform, the variants and conda_build_config.yaml.'
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
