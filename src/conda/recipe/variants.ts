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

/** One variant per combination: zip groups advance together, other keys form the cartesian product. */
export function explode(combined: Combined): Variant[] {
  const { spec, filters } = combined
  const groups = zipGroups(spec).map(g => g.filter(k => k in spec))
  const zipped = new Set(groups.flat())
  const passthru = new Set([...PASSTHRU, ...(spec.extend_keys ? asList(spec.extend_keys) : [])])
  const fixed: Record<string, VariantValue> = {}
  const axes: Array<{ keys: string[]; rows: string[][] }> = []
  for (const [k, v] of Object.entries(spec)) {
    if (passthru.has(k) || isDictValue(v)) fixed[k] = v
    else if (!zipped.has(k)) axes.push({ keys: [k], rows: asList(v).map(x => [x]) })
  }
  for (const g of groups.filter(g => g.length)) {
    const n = Math.min(...g.map(k => asList(spec[k]).length))
    axes.push({ keys: g, rows: Array.from({ length: n }, (_, i) => g.map(k => asList(spec[k])[i])) })
  }
  let variants: Array<Record<string, VariantValue>> = [{ ...fixed }]
  for (const axis of axes) variants = variants.flatMap(v => axis.rows.map(row => ({ ...v, ...Object.fromEntries(axis.keys.map((k, i) => [k, row[i]])) })))
  for (const [k, allowed] of filters) {
    const kept = variants.filter(v => allowed.includes(String(v[k])))
    if (kept.length) variants = kept
  }
  return variants
}
