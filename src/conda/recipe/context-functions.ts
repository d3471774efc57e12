/**
 * The functions recipes call in templates, with conda-build's results at render time:
 * compiler/stdlib/cdt from the variant, pin_subpackage/pin_compatible through pin expressions.
 * pin_compatible takes its version from lower_bound or the variant (conda-build takes it from the solved
 * host environment, which the variant pins in practice); without one it gives the bare name, as conda-build
 * does when it renders without solving. The strict pass marks each call for the plan, which evaluates it
 * against the solved environment.
 */
import { nativeCompiler, type Variant } from './platforms.js'
import { pinCompatible as compatiblePin, pinSubpackage as subpackagePin } from '../finalize/pins.js'
import { Kwargs } from './jinja/values.js'
import { compatibleMarker } from '../plan/pin-marker.js'

/** The template engine passes keyword arguments as a last `Kwargs`; bind them and the positional ones to `names`. */
export function callArgs(args: unknown[], names: readonly string[], defaults: Record<string, unknown> = {}): Record<string, unknown> {
  const last = args[args.length - 1]
  const kw = last instanceof Kwargs ? last : undefined
  const positional = kw ? args.slice(0, -1) : args
  const out: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, defaults)
  names.forEach((n, i) => {
    if (i < positional.length && positional[i] !== undefined) out[n] = positional[i]
  })
  if (kw) for (const [k, v] of kw.map) out[k] = v
  return out
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined)

/** Bare "name version" gets ".*" so it matches the series (conda-build's ensure_valid_spec). */
export function ensureValidSpec(spec: string): string {
  const m = /^([\w.-]+)\s+([\w.-]+)$/.exec(spec)
  if (!m || spec.includes('*')) return spec
  if ((m[1] === 'python' || m[1] === 'numpy') && m[2] === 'x.x') return spec
  return `${m[1]} ${m[2]}.*`
}

/** `compiler('c')` -> "gcc_linux-64" (plus " <version>" from c_compiler_version); `stdlib('c')` likewise. */
export function targetPackage(language: string, component: 'compiler' | 'stdlib', variant: Variant, subdir: string): string {
  const python = str(variant.python) ?? ''
  let prefix = component === 'compiler' ? nativeCompiler(language, subdir, python.split('.').slice(0, 2).join('.')) : language
  const target = str(variant.target_platform) ?? subdir
  prefix = str(variant[`${language}_${component}`]) ?? prefix
  const version = str(variant[`${language}_${component}_version`])
  const pkg = `${prefix}_${target}`
  return version ? ensureValidSpec(`${pkg} ${version}`) : pkg
}

/** `cdt('libx11-devel')` -> "libx11-devel-cos6-x86_64" (cos7 and the arch name off x86). */
export function cdtPackage(name: string, variant: Variant, subdir: string): string {
  const arch = subdir.split('-')[1] ?? '64'
  let cdtName = arch === '64' || arch === '32' ? 'cos6' : 'cos7'
  let cdtArch = arch === '64' ? 'x86_64' : arch === '32' ? 'i686' : arch
  cdtName = str(variant.cdt_name) ?? cdtName
  cdtArch = str(variant.cdt_arch) ?? cdtArch
  const [pkg, ...rest] = name.split(' ')
  return rest.length ? `${pkg}-${cdtName}-${cdtArch} ${rest.join(' ')}` : `${pkg}-${cdtName}-${cdtArch}`
}

export interface PinFacts {
  /** Outputs this recipe makes: name -> version (and the build string when known). */
  readonly outputs: ReadonlyMap<string, { version: string; build?: string; number: string }>
  readonly variant: Variant
}

export class PinError extends Error {}

export function pinSubpackage(facts: PinFacts, args: unknown[], strict: boolean): string {
  const a = callArgs(args, ['subpackage_name', 'min_pin', 'max_pin', 'exact'], { min_pin: 'x.x.x.x.x.x', max_pin: 'x', exact: false })
  const name = String(a.subpackage_name)
  const out = facts.outputs.get(name)
  if (!out || !out.version) {
    if (strict)
      throw new PinError(
        `Didn't find subpackage version info for '${name}', which is used in a pin_subpackage expression. Is it actually a subpackage? If not, you want pin_compatible instead.`
      )
    return name
  }
  return subpackagePin(
    { name, version: out.version, buildString: out.build ?? out.number },
    { minPin: a.min_pin as string | null, maxPin: a.max_pin as string | null, exact: Boolean(a.exact) }
  )
}

/**
 * pin_compatible at render time; `marked`: followed by a marker of the call (src/conda/plan/pin-marker.ts), for
 * the plan to evaluate it against the solved environment as conda-build's second render does.
 */
export function pinCompatible(facts: PinFacts, args: unknown[], marked = false): string {
  const value = renderedCompatible(facts, args)
  if (!marked) return value
  const a = compatibleArgs(args)
  const bound = (x: unknown): string | undefined => (x === undefined || x === null ? undefined : String(x))
  return compatibleMarker({
    name: String(a.package_name),
    ...(bound(a.lower_bound) ? { lowerBound: bound(a.lower_bound) } : {}),
    ...(bound(a.upper_bound) ? { upperBound: bound(a.upper_bound) } : {}),
    minPin: a.min_pin === null ? null : String(a.min_pin),
    maxPin: a.max_pin === null ? null : String(a.max_pin),
    exact: Boolean(a.exact),
    rendered: value
  })
}

const compatibleArgs = (args: unknown[]): Record<string, unknown> =>
  callArgs(args, ['package_name', 'lower_bound', 'upper_bound', 'min_pin', 'max_pin', 'exact'], { min_pin: 'x.x.x.x.x.x', max_pin: 'x', exact: false })

function renderedCompatible(facts: PinFacts, args: unknown[]): string {
  const a = compatibleArgs(args)
  const name = String(a.package_name)
  const fromVariant = str(facts.variant[name]) ?? str(facts.variant[name.replace(/-/g, '_')])
  const lowerBound = a.lower_bound === undefined || a.lower_bound === null ? undefined : String(a.lower_bound)
  const installed = fromVariant ? { name, version: fromVariant.split(' ')[0] } : undefined
  if (!lowerBound && !installed) return name
  const upperBound = a.upper_bound === undefined || a.upper_bound === null ? undefined : String(a.upper_bound)
  const pins = { minPin: a.min_pin as string | null, maxPin: a.max_pin as string | null, exact: Boolean(a.exact) }
  return compatiblePin(name, installed ?? { name, version: lowerBound ?? '' }, { ...pins, lowerBound, upperBound })
}
