/**
 * Variants: conda-build's defaults, then conda_build_config.yaml files (selectors applied, every value a
 * string), then explicit variants, combined with later layers replacing earlier ones (extend_keys merge,
 * zip_keys keep groups aligned), then exploded into one variant per combination.
 */
import { parseDocument } from 'yaml'
import { RecipeError } from './location.js'
import { selectLines, InvalidSelector } from './selectors.js'
import type { PyValue } from './expr.js'
import { isListValue, SPECIAL_KEYS, type Variant, type VariantValue } from './platforms.js'

export type Spec = Record<string, VariantValue>

export interface Layer {
  /** Where the layer came from, for messages: a file, "defaults", "variants input". */
  readonly source: string
  readonly spec: Spec
}

/** Plain data from a failsafe YAML value: every scalar a string. */
function plain(v: unknown): VariantValue | undefined {
  if (v === null || v === undefined) return undefined
  if (typeof v === 'string') return v
  // nested lists (zip_keys groups) stay lists
  if (Array.isArray(v)) return v.map(x => (typeof x === 'string' ? x : Array.isArray(x) ? x.map(String) : String(x))) as string[]
  if (typeof v === 'object') return v as Record<string, unknown>
  return String(v)
}

/** Read a variant file's text: selectors for the target first, then YAML with every scalar a string. */
export function parseVariantText(text: string, file: string, ns: ReadonlyMap<string, PyValue>): Spec {
  let selected: string
  try {
    selected = selectLines(text, ns, file).text
  } catch (e) {
    if (e instanceof InvalidSelector) throw new RecipeError(e.message, { file, line: e.line0 + 1, column: e.column0 + 1 })
    throw e
  }
  return parseVariantYaml(selected, file)
}

export function parseVariantYaml(text: string, source: string): Spec {
  // a key given twice: the last wins, as PyYAML (conda-build's reader) has it
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false })
  if (doc.errors.length) {
    const e = doc.errors[0]
    throw new RecipeError(`variant config: ${e.message.split('\n')[0]}`, { file: source, line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1 })
  }
  const data = doc.toJS() as unknown
  if (data === null || data === undefined || data === '') return {}
  if (typeof data !== 'object' || Array.isArray(data))
    throw new RecipeError(`variant config must be a mapping of keys to values`, { file: source, line: 1, column: 1 })
  const spec: Spec = {}
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    const p = plain(v)
    if (p === undefined || (Array.isArray(p) && p.length === 0) || p === '') continue
    spec[k] = p
  }
  return spec
}

/** The `variants` input: a YAML mapping, or KEY=VALUE lines (a key given twice is a list). */
export function parseVariantInput(text: string, source = 'variants'): Spec {
  const lines = text
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l && !l.startsWith('#'))
  if (lines.length && lines.every(l => /^[A-Za-z_][\w.-]*=/.test(l))) {
    const spec: Record<string, string[]> = {}
    for (const l of lines) {
      const [k, ...rest] = l.split('=')
      ;(spec[k.trim()] ??= []).push(rest.join('=').trim())
    }
    return spec
  }
  return parseVariantYaml(text, source)
}

const asList = (v: VariantValue): readonly string[] => (typeof v === 'string' ? [v] : isListValue(v) ? v : [JSON.stringify(v)])
const isDictValue = (v: VariantValue): v is Readonly<Record<string, unknown>> => typeof v === 'object' && !Array.isArray(v)

export function zipGroups(spec: Spec): string[][] {
  const z = spec.zip_keys
  if (!z || typeof z === 'string') return []
  if (!Array.isArray(z)) return []
  const items = z as unknown[]
  if (items.every(i => typeof i === 'string')) return [items]
  return items.map(i => (Array.isArray(i) ? (i as string[]) : [String(i)]))
}

export interface Combined {
  readonly spec: Spec
  /** Keys a later layer narrowed to some of the values of a zip group (applied after exploding). */
  readonly filters: ReadonlyMap<string, readonly string[]>
}

/** Combine layers, later ones first in priority. */
export function combineLayers(layers: readonly Layer[]): Combined {
  const extend = new Set<string>(['pin_run_as_build', 'ignore_version', 'ignore_build_only_deps', 'extend_keys'])
  for (const l of layers) if (l.spec.extend_keys) for (const k of asList(l.spec.extend_keys)) extend.add(k)
  const groups: string[][] = []
  for (const l of layers) for (const g of zipGroups(l.spec)) if (!groups.some(x => x.join() === g.join())) groups.push(g)
  const out: Spec = {}
  const filters = new Map<string, readonly string[]>()
  for (const { source, spec } of layers) {
    for (const [k, v] of Object.entries(spec)) {
      if (k === 'zip_keys') continue
      if (extend.has(k)) {
        const prev = out[k]
        if (isDictValue(v)) out[k] = { ...(prev && isDictValue(prev) ? prev : {}), ...v }
        else out[k] = [...new Set([...(prev && !isDictValue(prev) ? asList(prev) : []), ...asList(v)])]
        continue
      }
      if (isDictValue(v)) {
        out[k] = v
        continue
      }
      const group = groups.find(g => g.includes(k)) ?? [k]
      if (group.every(g => g in spec)) {
        for (const g of group)
          if (asList(spec[g]).length !== asList(v).length)
            throw new RecipeError(
              `${source}: ${k} and ${g} are zipped (zip_keys) but have ${asList(v).length} and ${asList(spec[g]).length} values; give them the same length`
            )
        out[k] = v
      } else if (k in out && asList(out[k]).length !== asList(v).length) {
        const missing = asList(v).filter(x => !asList(out[k]).includes(x))
        if (missing.length)
          throw new RecipeError(
            `${source}: ${k} is zipped with ${group.filter(g => g !== k).join(', ')}; give those keys too, or values among ${asList(out[k]).join(', ')} (not ${missing.join(', ')})`
          )
        filters.set(k, asList(v))
      } else out[k] = v
    }
  }
  if (groups.length) out.zip_keys = groups as unknown as string[]
  for (const g of groups)
    for (const k of g)
      if (k in out && g.some(o => o in out && asList(out[o]).length !== asList(out[k]).length))
        throw new RecipeError(`zip_keys group [${g.join(', ')}]: the keys have different numbers of values`)
  return { spec: out, filters }
}

const PASSTHRU = new Set<string>(SPECIAL_KEYS)

/** A dimension of the variant matrix: one key, or a zip group whose keys advance together. */
interface Axis {
  readonly keys: readonly string[]
  readonly rows: ReadonlyArray<readonly string[]>
}

/** The keys every variant shares, and the axes in the order explode() nests them (the first outermost). */
function layout(spec: Spec): { fixed: Record<string, VariantValue>; axes: Axis[] } {
  const groups = zipGroups(spec).map(g => g.filter(k => k in spec))
  const zipped = new Set(groups.flat())
  const passthru = new Set([...PASSTHRU, ...(spec.extend_keys ? asList(spec.extend_keys) : [])])
  const fixed: Record<string, VariantValue> = {}
  const axes: Axis[] = []
  for (const [k, v] of Object.entries(spec)) {
    if (passthru.has(k) || isDictValue(v)) fixed[k] = v
    else if (!zipped.has(k)) axes.push({ keys: [k], rows: asList(v).map(x => [x]) })
  }
  for (const g of groups.filter(g => g.length)) {
    const n = Math.min(...g.map(k => asList(spec[k]).length))
    axes.push({ keys: g, rows: Array.from({ length: n }, (_, i) => g.map(k => asList(spec[k])[i])) })
  }
  return { fixed, axes }
}

/** Every combination of one row per axis, the last axis changing fastest; keys in the order fixed, then axes. */
function product(fixed: Readonly<Record<string, VariantValue>>, axes: readonly Axis[]): Variant[] {
  if (axes.some(a => a.rows.length === 0)) return []
  const out: Variant[] = []
  const at = axes.map(() => 0)
  for (;;) {
    const v: Record<string, VariantValue> = { ...fixed }
    axes.forEach((a, i) => a.keys.forEach((k, j) => (v[k] = a.rows[at[i]][j])))
    out.push(v)
    let i = axes.length - 1
    while (i >= 0 && ++at[i] === axes[i].rows.length) at[i--] = 0
    if (i < 0) return out
  }
}

/** Keys a later layer narrowed to some values of their zip group; a filter that would keep nothing is ignored. */
function applyFilters(variants: Variant[], filters: Combined['filters']): Variant[] {
  let out = variants
  for (const [k, allowed] of filters) {
    const kept = out.filter(v => allowed.includes(String(v[k])))
    if (kept.length) out = kept
  }
  return out
}

/** One variant per combination: zip groups advance together, other keys form the cartesian product. */
export function explode(combined: Combined): Variant[] {
  const { fixed, axes } = layout(combined.spec)
  return applyFilters(product(fixed, axes), combined.filters)
}

/** The keys whose value is not the same in every variant. */
export function varyingKeys(combined: Combined): string[] {
  return layout(combined.spec).axes.flatMap(a => a.keys.filter((_, i) => new Set(a.rows.map(r => r[i])).size > 1))
}

/** A variant's values of `keys`, as one comparable string. */
export function projection(v: Variant, keys: Iterable<string>): string {
  return JSON.stringify([...keys].sort().map(k => [k, v[k] ?? null]))
}

/** The first item of each distinct id, in order. */
function firstOfEach<T>(items: readonly T[], id: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter(item => {
    const key = id(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * The first variant, in explode()'s order, of each distinct combination of the values of `keys`: explode()
 * without the variants that differ from an earlier one only in other keys. The full product is never built:
 * each axis keeps the first row of each distinct combination of its keys among `keys` (and of the keys a later
 * layer filters on), so the first variant of each combination is among the products of those rows.
 */
export function explodeDistinct(combined: Combined, keys: ReadonlySet<string>): Variant[] {
  const { fixed, axes } = layout(combined.spec)
  const cut = new Set([...keys, ...combined.filters.keys()])
  const firstRows = (a: Axis): Axis => {
    const at = a.keys.flatMap((k, i) => (cut.has(k) ? [i] : []))
    return { keys: a.keys, rows: firstOfEach(a.rows, r => JSON.stringify(at.map(i => r[i]))) }
  }
  const variants = applyFilters(product(fixed, axes.map(firstRows)), combined.filters)
  return firstOfEach(variants, v => projection(v, keys))
}
