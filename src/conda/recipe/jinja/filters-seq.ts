/** Jinja2's filters over sequences: map, select/reject(attr), join, sort, unique, min/max, sum, batch, slice, dictsort. */
import { TemplateError } from './errors.js'
import type { Filter } from './filters.js'
import { state } from './limits.js'
import { getpath } from './lookup.js'
import { arith, compare, iterate, pyEquals } from './ops.js'
import { str } from './pystr.js'
import { param, PyDict, truthy, tuple, Undefined, type Kw, type Value } from './values.js'

/** The sort key of an item: its attribute when asked, lower-cased when the comparison ignores case. */
function keyOf(item: Value, attribute: Value, caseSensitive: boolean): Value {
  const v = attribute === null ? item : getpath(item, attribute)
  return !caseSensitive && typeof v === 'string' ? v.toLowerCase() : v
}

function sorted(items: Value[], attribute: Value, caseSensitive: boolean, reverse: boolean): Value[] {
  const keyed = items.map(x => [keyOf(x, attribute, caseSensitive), x] as const)
  keyed.sort((p, q) => compare(p[0], q[0], '<'))
  const out = keyed.map(p => p[1])
  return reverse ? out.reverse() : out
}

function extreme(items: Value[], a: Value[], kw: Kw, sign: 1 | -1): Value {
  if (!items.length) return new Undefined(`No aggregated item, sequence was empty.`)
  const cs = truthy(param(a, kw, 0, 'case_sensitive', false))
  const attr = param(a, kw, 1, 'attribute', null)
  let best = items[0]
  for (const x of items.slice(1)) if (sign * compare(keyOf(x, attr, cs), keyOf(best, attr, cs), '<') > 0) best = x
  return best
}

/** select/reject and selectattr/rejectattr: a test by name (truth when none) on the item or its attribute. */
function selecting(byAttr: boolean, keep: boolean): Filter {
  return (env, v, a) => {
    const attr = byAttr ? a[0] : null
    const rest = byAttr ? a.slice(1) : a
    const check = (x: Value): boolean => {
      const subject = byAttr ? getpath(x, attr ?? null) : x
      return rest.length ? env.test(str(rest[0]), subject, rest.slice(1)) : truthy(subject)
    }
    return iterate(v).filter(x => check(x) === keep)
  }
}

export const SEQUENCE_FILTERS: Readonly<Record<string, Filter>> = {
  join: (_env, v, a, kw) => {
    const d = str(param(a, kw, 0, 'd', ''))
    const attr = param(a, kw, 1, 'attribute', null)
    const parts = iterate(v).map(x => str(attr === null ? x : getpath(x, attr)))
    state().budget.string(parts.reduce((n, p) => n + p.length + d.length, 0))
    return parts.join(d)
  },
  map: (env, v, a, kw) => {
    const items = iterate(v)
    if (kw.has('attribute')) {
      const attr = kw.get('attribute') as Value
      const dflt = kw.get('default')
      return items.map(x => {
        const r = getpath(x, attr)
        return r instanceof Undefined && dflt !== undefined ? dflt : r
      })
    }
    if (!a.length) throw new TemplateError('map: give a filter name or attribute=')
    const name = str(a[0])
    return items.map(x => env.filter(name, x, a.slice(1), kw))
  },
  select: selecting(false, true),
  reject: selecting(false, false),
  selectattr: selecting(true, true),
  rejectattr: selecting(true, false),
  sort: (_env, v, a, kw) =>
    sorted([...iterate(v)], param(a, kw, 2, 'attribute', null), truthy(param(a, kw, 1, 'case_sensitive', false)), truthy(param(a, kw, 0, 'reverse', false))),
  unique: (_env, v, a, kw) => {
    const cs = truthy(param(a, kw, 0, 'case_sensitive', false))
    const attr = param(a, kw, 1, 'attribute', null)
    const seen: Value[] = []
    const out: Value[] = []
    for (const x of iterate(v)) {
      const k = keyOf(x, attr, cs)
      if (!seen.some(s => pyEquals(s, k))) {
        seen.push(k)
        out.push(x)
      }
    }
    return out
  },
  min: (_env, v, a, kw) => extreme(iterate(v), a, kw, -1),
  max: (_env, v, a, kw) => extreme(iterate(v), a, kw, 1),
  sum: (_env, v, a, kw) => {
    const attr = param(a, kw, 0, 'attribute', null)
    let total = param(a, kw, 1, 'start', 0)
    for (const x of iterate(v)) total = arith('+', total, attr === null ? x : getpath(x, attr))
    return total
  },
  batch: (_env, v, a, kw) => {
    const n = Number(param(a, kw, 0, 'linecount', 1))
    if (!(n >= 1)) throw new TemplateError('batch: the line count must be at least 1')
    const fill = param(a, kw, 1, 'fill_with', null)
    const items = iterate(v)
    const out: Value[] = []
    for (let i = 0; i < items.length; i += n) {
      const row = items.slice(i, i + n)
      while (fill !== null && row.length < n) row.push(fill)
      out.push(row)
    }
    return out
  },
  slice: (_env, v, a, kw) => {
    const n = Number(param(a, kw, 0, 'slices', 1))
    if (!(n >= 1)) throw new TemplateError('slice: the number of slices must be at least 1')
    const fill = param(a, kw, 1, 'fill_with', null)
    const items = iterate(v)
    const per = Math.floor(items.length / n)
    const extra = items.length % n
    const out: Value[] = []
    let offset = 0
    for (let i = 0; i < n; i++) {
      const size = per + (i < extra ? 1 : 0)
      const row = items.slice(offset, offset + size)
      offset += size
      if (fill !== null && i >= extra && extra > 0) row.push(fill)
      out.push(row)
    }
    return out
  },
  dictsort: (_env, v, a, kw) => {
    if (!(v instanceof PyDict)) throw new TemplateError('dictsort: a dict is required')
    const cs = truthy(param(a, kw, 0, 'case_sensitive', false))
    const by = str(param(a, kw, 1, 'by', 'key'))
    const pairs = [...v.map].map(([k, x]) => tuple([k, x]))
    return sorted(pairs, by === 'value' ? 1 : 0, cs, truthy(param(a, kw, 2, 'reverse', false)))
  }
}
