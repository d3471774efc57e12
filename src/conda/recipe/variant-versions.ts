/**
 * conda-build's insert_variant_versions: a build or host requirement that is the bare name of a variant key
 * (`python`, `r-base` for r_base) gets the variant's value as its version (`python 3.12.*`), and `numpy x.x`
 * gets numpy's.
 */
import { ensureValidSpec } from './context-functions.js'
import { isListValue, type Variant, type VariantValue } from './platforms.js'

const firstValue = (v: VariantValue | undefined): string | undefined => (typeof v === 'string' ? v : isListValue(v) ? v[0] : undefined)

/** Whether a requirement (trailing space cut) is the bare name of variant key `key`, a `_` of the key matching `-` or `_`. */
function namesKey(req: string, key: string): boolean {
  if (req.length !== key.length) return false
  for (let i = 0; i < key.length; i++) if (req[i] !== key[i] && !(key[i] === '_' && req[i] === '-')) return false
  return true
}

interface KeyIndex {
  /** The keys with a value, in the variant's order, and the value. */
  readonly entries: ReadonlyArray<readonly [string, string]>
  /** A key without `-` by its own name: a requirement names it when the requirement with `-` read as `_` is that name. */
  readonly plain: ReadonlyMap<string, number>
  /** The keys with a `-`, compared one by one. */
  readonly dashed: readonly number[]
}

const keyIndexes = new WeakMap<Variant, KeyIndex>()

function keyIndex(variant: Variant): KeyIndex {
  const known = keyIndexes.get(variant)
  if (known) return known
  const entries = Object.entries(variant).flatMap(([k, v]) => {
    const value = firstValue(v)
    return value ? [[k, value] as const] : []
  })
  const plain = new Map<string, number>()
  const dashed: number[] = []
  entries.forEach(([k], i) => (k.includes('-') ? dashed.push(i) : plain.set(k, i)))
  const index = { entries, plain, dashed }
  keyIndexes.set(variant, index)
  return index
}

/** The value of the first key (in the variant's order) whose bare name the requirement is. */
function pinnedValue(req: string, variant: Variant): string | undefined {
  const { entries, plain, dashed } = keyIndex(variant)
  const name = req.trimEnd()
  let at = plain.get(name.replace(/-/g, '_')) ?? entries.length
  for (const i of dashed) if (i < at && namesKey(name, entries[i][0])) at = i
  return entries[at]?.[1]
}

/** In build/host a bare `python` becomes `python 3.12.*` from the variant, and `numpy x.x` becomes `numpy 1.26.*`. */
export function insertVariantVersions(list: readonly string[], variant: Variant): string[] {
  return list.map(req => {
    const value = pinnedValue(req, variant)
    if (value) return ensureValidSpec(`${req.trim()} ${value}`)
    const xx = /^([0-9a-zA-Z.\-_]+)\s+x\.x/.exec(req)
    const pinned = xx ? firstValue(variant[xx[1]]) : undefined
    return xx && pinned ? ensureValidSpec(`${xx[1]} ${pinned}`) : req
  })
}
