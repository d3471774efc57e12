/**
 * Markers the renderer writes where a value needs what only the plan knows:
 * - an exact pin_subpackage on another output of the recipe needs that output's build string, which only the
 *   output planner knows: the renderer writes a build marker in its place and the planner replaces it;
 * - pin_compatible needs the solved environment (conda-build renders, solves, then renders again with the
 *   solved versions): the renderer writes its render-time value followed by a marker holding the call, and the
 *   plan evaluates the call against the solved prefix (resolveCompatible), or leaves the render-time value
 *   where nothing is solved (stripCompatible).
 */
import { pinCompatible, type Installed } from '../finalize/pins.js'
import type { Value } from '../recipe/yaml.js'

export const buildMarker = (name: string): string => `%%build-of:${name}%%`

/** The markers in a text; group 1 is the output's name. */
export const BUILD_MARKER = /%%build-of:([^%\s]+)%%/g

/** A pin_compatible call as the recipe wrote it, and what the renderer gave for it. */
export interface CompatibleCall {
  readonly name: string
  readonly lowerBound?: string
  readonly upperBound?: string
  readonly minPin: string | null
  readonly maxPin: string | null
  readonly exact: boolean
  /** The render-time value (from the variant, lower_bound or the bare name). */
  readonly rendered: string
}

const COMPATIBLE = /%%pin-compatible:([A-Za-z0-9_-]+)%%/g

/** The render-time value followed by the marker of the call (one YAML plain scalar: it starts with the package name). */
export const compatibleMarker = (c: CompatibleCall): string => `${c.rendered} %%pin-compatible:${Buffer.from(JSON.stringify(c)).toString('base64url')}%%`

const decode = (b64: string): CompatibleCall => JSON.parse(Buffer.from(b64, 'base64url').toString('utf8')) as CompatibleCall

/** Replace each `<rendered> <marker>` in a text by what `value` makes of its call. */
function replaceCalls(text: string, value: (c: CompatibleCall) => string): string {
  let out = ''
  let last = 0
  for (const m of text.matchAll(COMPATIBLE)) {
    const c = decode(m[1])
    const head = `${c.rendered} `
    const start = text.slice(last, m.index).endsWith(head) ? m.index - head.length : m.index
    out += text.slice(last, start) + value(c)
    last = m.index + m[0].length
  }
  return out + text.slice(last)
}

function mapStrings<T extends Value | undefined>(v: T, f: (s: string) => string): T {
  if (typeof v === 'string') return (v.includes('%%pin-compatible:') ? f(v) : v) as T
  if (Array.isArray(v)) return v.map(x => mapStrings(x, f)) as T
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)])) as T
  return v
}

/** The packages of a solved prefix by name, as pin_compatible reads them. */
export const installedOf = (solved: readonly { readonly record: Installed & { readonly build: string } }[]): Map<string, Installed> =>
  new Map(solved.map(s => [s.record.name, { name: s.record.name, version: s.record.version, build: s.record.build }]))

/** Whether a value holds a pin_compatible marker anywhere. */
export const hasCompatible = (v: Value | undefined): boolean => JSON.stringify(v ?? null).includes('%%pin-compatible:')

/** The value with every pin_compatible call at its render-time value (nothing solved). */
export function stripCompatible<T extends Value | undefined>(v: T): T {
  return mapStrings(v, s => replaceCalls(s, c => c.rendered))
}

/**
 * The value with every pin_compatible call evaluated against a solved prefix (`installed` by name), as
 * conda-build's finalizing render does: `jpeg >=9e,<10a0`; exact: `jpeg 9e h5eee18b_1`. A package the prefix
 * lacks, without lower_bound, is a PinError naming it.
 */
export function resolveCompatible<T extends Value | undefined>(v: T, installed: ReadonlyMap<string, Installed>): T {
  return mapStrings(v, s =>
    replaceCalls(s, c =>
      pinCompatible(c.name, installed.get(c.name), { minPin: c.minPin, maxPin: c.maxPin, exact: c.exact, lowerBound: c.lowerBound, upperBound: c.upperBound })
    )
  )
}
