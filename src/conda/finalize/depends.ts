/**
 * index.json's depends and constrains for a package the builder made: its rendered requirements finalized
 * against the prefixes it solved (see requirements.ts). The builder's prefixes come as name, version, build
 * and the package's run_exports.
 */
import type { ExportingPackage } from '../builder/run-exports.js'
import type { Variant } from '../recipe/platforms.js'
import { isDict, strList as list, type Dict } from '../recipe/sections.js'
import type { Value } from '../recipe/yaml.js'
import { finalizeRequirements, type Finalized, type SolvedPackage } from './requirements.js'

const solved = (p: ExportingPackage): SolvedPackage => ({ name: p.name, version: p.version ?? '', build: p.build ?? '', runExports: p.exports })

export interface DependsInput {
  /** The rendered recipe (requirements and build sections are read). */
  readonly meta: Dict
  readonly variant: Variant
  readonly build: readonly ExportingPackage[]
  readonly host: readonly ExportingPackage[]
  /** Build and host share one prefix (no host section): `build` holds its packages. */
  readonly merged: boolean
  /** pin_depends: record|strict: the solved run set (info/requires; strict: the depends). */
  readonly runSolved?: readonly SolvedPackage[]
}

export function packageDepends(i: DependsInput): { depends: string[]; constrains: string[]; finalized: Finalized } {
  const reqs = isDict(i.meta.requirements) ? i.meta.requirements : {}
  const build = isDict(i.meta.build) ? i.meta.build : {}
  const f = finalizeRequirements({
    requirements: { build: list(reqs.build), host: list(reqs.host), run: list(reqs.run), run_constrained: list(reqs.run_constrained) },
    variant: i.variant,
    build: i.build.map(solved),
    host: i.merged ? undefined : i.host.map(solved),
    noarch: typeof build.noarch === 'string' ? build.noarch : undefined,
    pythonIndependent: build.python_version_independent === true,
    ignoreRunExports: list(build.ignore_run_exports),
    ignoreRunExportsFrom: list(build.ignore_run_exports_from),
    pinDepends: typeof build.pin_depends === 'string' ? build.pin_depends : undefined,
    ...(i.runSolved ? { runSolved: i.runSolved } : {})
  })
  return { depends: f.run, constrains: f.run_constrained, finalized: f }
}

/**
 * The rendered recipe as info/recipe/meta.yaml holds it once finalized (conda-build's final metadata): the
 * build and host requirements as the exact packages solved, run and run_constrained finalized, `extra: final: true`.
 */
export function finalizedRecipe(meta: Dict, f: Finalized): Dict {
  const reqs: { [k: string]: Value } = { build: f.build, ...(f.host ? { host: f.host } : {}), run: f.run }
  if (f.run_constrained.length) reqs.run_constrained = f.run_constrained
  return { ...meta, requirements: reqs, extra: { ...(isDict(meta.extra) ? meta.extra : {}), final: true } }
}
