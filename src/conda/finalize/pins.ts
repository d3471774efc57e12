/**
 * Pins as conda-build computes them when it finalizes a recipe (conda_build/jinja_context.py and
 * render.py): pin_compatible against the solved host (or merged build) prefix, pin_subpackage against
 * another output of the recipe, pin_run_as_build for run requirements named in the variant. Pure functions
 * of versions; the version arithmetic is applyPinExpressions. The render-time pin_* template functions call
 * these too.
 */
import type { Variant } from '../recipe/platforms.js'
import { applyPinExpressions } from '../recipe/version.js'

/** A package as a solved prefix holds it. */
export interface Installed {
  readonly name: string
  readonly version: string
  readonly build?: string
}

export interface PinOptions {
  /** null: no lower bound. Default 'x.x.x.x.x.x'. */
  readonly minPin?: string | null
  /** null: no upper bound. Default 'x'. */
  readonly maxPin?: string | null
  readonly exact?: boolean
}

export interface CompatibleOptions extends PinOptions {
  readonly lowerBound?: string
  readonly upperBound?: string
}

export class PinError extends Error {
  override name = 'PinError'
}

const DEFAULT_MIN = 'x.x.x.x.x.x'
const DEFAULT_MAX = 'x'

/**
 * pin_compatible(name): the range from the installed version (or lower_bound), e.g. `numpy >=1.26.4,<2.0a0`;
 * with upper_bound `>=<version>,<upper>`; exact: `name version build`. Without an installed version and
 * without lower_bound it is an error (conda-build: "Is it one of your host dependencies?").
 */
export function pinCompatible(name: string, installed: Installed | undefined, o: CompatibleOptions = {}): string {
  const minPin = o.minPin === undefined ? DEFAULT_MIN : o.minPin
  const maxPin = o.maxPin === undefined ? DEFAULT_MAX : o.maxPin
  if (o.exact && installed) return [name, installed.version, installed.build].filter(Boolean).join(' ')
  const version = o.lowerBound ?? installed?.version
  if (!version)
    throw new PinError(
      `pin_compatible('${name}'): ${name} is not in the host environment (nor the build one when they are merged); add it to requirements/host`
    )
  let range: string
  if (o.upperBound) range = `${minPin || o.lowerBound ? `>=${version},` : ''}<${o.upperBound}`
  else range = applyPinExpressions(version, minPin, maxPin)
  return range ? `${name} ${range}` : name
}

/** Another output of the same recipe, as pin_subpackage sees it. */
export interface OutputFacts {
  readonly name: string
  readonly version: string
  readonly buildString: string
}

/** pin_subpackage(name): `name >=1.0,<2.0a0` by default, `name 1.0 h1234567_0` with exact. */
export function pinSubpackage(target: OutputFacts, o: PinOptions = {}): string {
  if (o.exact) return `${target.name} ${target.version} ${target.buildString}`
  const minPin = o.minPin === undefined ? DEFAULT_MIN : o.minPin
  const maxPin = o.maxPin === undefined ? DEFAULT_MAX : o.maxPin
  const range = applyPinExpressions(target.version, minPin, maxPin)
  return range ? `${target.name} ${range}` : target.name
}

type PinConfig = string | { readonly min_pin?: string | null; readonly max_pin?: string | null }

function pinRunAsBuild(variant: Variant): Readonly<Record<string, PinConfig>> {
  const v = variant.pin_run_as_build
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, PinConfig>) : {}
}

export interface FromBuildFacts {
  /** name -> version of the pinning prefix (host, or build when merged). */
  readonly versions: ReadonlyMap<string, string>
  readonly variant: Variant
  /** noarch: python and python_version_independent outputs do not pin python. */
  readonly pythonIndependent?: boolean
}

/**
 * A run (or test) requirement pinned to the version it was built against (get_pin_from_build): for names in
 * the variant's pin_run_as_build that the prefix holds (`python` -> `python >=3.12,<3.13.0a0`), and the
 * legacy `numpy x.x`. Other requirements are returned as given.
 */
export function pinFromBuild(dep: string, f: FromBuildFacts): string {
  const parts = dep.trim().split(/\s+/)
  const name = parts[0]
  const build = parts.length >= 3 ? parts[2] : ''
  const fromVariant = f.variant[name]
  const version = f.versions.get(name) ?? (typeof fromVariant === 'string' ? fromVariant : undefined)
  const cfg = pinRunAsBuild(f.variant)[name]
  let pin: string | undefined
  if (version && cfg !== undefined && !(name === 'python' && f.pythonIndependent) && f.versions.has(name)) {
    const c = typeof cfg === 'string' ? { min_pin: cfg, max_pin: cfg } : cfg
    pin = applyPinExpressions(version.split(' ')[0], c.min_pin ?? null, c.max_pin ?? null)
  } else if (dep.startsWith('numpy') && dep.includes('x.x')) {
    const got = f.versions.get(name)
    if (!got) throw new PinError(`'${dep}' in run requirements, but numpy is not in the build (or host) requirements; add numpy there`)
    pin = applyPinExpressions(got.split(' ')[0], 'x.x', 'x.x')
  }
  return pin ? [name, pin, build].join(' ').trim() : dep
}
