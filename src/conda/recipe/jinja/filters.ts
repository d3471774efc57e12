/**
 * Jinja2's built-in filters that recipes use, with its arguments and defaults. Sequence filters (map,
 * select, sort, ...) are in filters-seq.ts. `random` is left out on purpose: a render is reproducible.
 */
import { TemplateError } from './errors.js'
import { state } from './limits.js'
import { getattr } from './lookup.js'
import { replace } from './methods.js'
import { iterate, length } from './ops.js'
import { percentFormat, repr, str } from './pystr.js'
import { SEQUENCE_FILTERS } from './filters-seq.js'
import { toJson } from './json.js'
import { float, Float, isFloat, isInt, isTuple, num, param, PyDict, truthy, tuple, typeName, Undefined, type Kw, type Value } from './values.js'

export interface FilterEnv {
  filter(name: string, v: Value, args: Value[], kw: Kw): Value
  test(name: string, v: Value, args: Value[]): boolean
}

export type Filter = (env: FilterEnv, v: Value, args: Value[], kw: Kw) => Value

function toInt(v: Value, dflt: Value, base: number): Value {
  if (typeof v === 'string') {
    const t = v.trim().replace(/_/g, '')
    const digits = base === 16 ? /^[+-]?(0x)?[\da-f]+$/i : base === 8 ? /^[+-]?(0o)?[0-7]+$/i : base === 2 ? /^[+-]?(0b)?[01]+$/i : /^[+-]?\d+$/
    if (digits.test(t)) return parseInt(t.replace(/^([+-]?)0[xob]/i, '$1'), base)
    const f = Number(t)
    return t !== '' && Number.isFinite(f) ? Math.trunc(f) : dflt
  }
  const n = num(v)
  return n === undefined || !Number.isFinite(n) ? dflt : Math.trunc(n)
}

function toFloat(v: Value, dflt: Value): Value {
  const special: Record<string, number> = { nan: NaN, inf: Infinity, infinity: Infinity }
  const t = typeof v === 'string' ? v.trim().toLowerCase() : ''
  const sign = t.startsWith('-') ? -1 : 1
  const word = t.replace(/^[+-]/, '')
  if (typeof v === 'string' && Object.hasOwn(special, word)) return sign * special[word]
  const n = typeof v === 'string' ? (/^\s*[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(e[+-]?\d+)?\s*$/i.test(v) ? Number(v.replace(/_/g, '')) : NaN) : num(v)
  if (n === undefined || Number.isNaN(n)) return dflt
  return float(n)
}

function indent(s: string, width: Value, first: boolean, blank: boolean): string {
  const n = typeof width === 'string' ? width.length : Math.max(0, Number(num(width) ?? 0))
  state().budget.string(s.length + n * (s.split('\n').length + 1), 0)
  const pad = typeof width === 'string' ? width : ' '.repeat(n)
  const lines = s.split('\n')
  const out = lines.map((l, i) => ((i === 0 && !first) || (!blank && l.trim() === '') ? l : pad + l)).join('\n')
  state().budget.string(out.length)
  return out
}

function round(v: Value, precision: number, how: Value): Value {
  const n = num(v) ?? 0
  const f = 10 ** precision
  const x = n * f
  let r: number
  if (how === 'ceil') r = Math.ceil(x)
  else if (how === 'floor') r = Math.floor(x)
  else if (how === 'common') {
    const fl = Math.floor(x)
    r = x - fl === 0.5 ? (fl % 2 === 0 ? fl : fl + 1) : Math.round(x)
  } else throw new TemplateError("round: method must be 'common', 'ceil' or 'floor'")
  return float(r / f)
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;')

const text =
  (f: (s: string, a: Value[], kw: Kw) => Value): Filter =>
  (_env, v, a, kw) =>
    f(str(v), a, kw)

const STRING_FILTERS: Record<string, Filter> = {
  lower: text(s => s.toLowerCase()),
  upper: text(s => s.toUpperCase()),
  capitalize: text(s => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase()),
  title: text(s => s.replace(/[\w']+/g, w => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())),
  trim: text((s, a, kw) => {
    const chars = param(a, kw, 0, 'chars', null)
    if (chars === null) return s.trim()
    const set = new Set(str(chars))
    let i = 0
    let j = s.length
    while (i < j && set.has(s[i])) i++
    while (j > i && set.has(s[j - 1])) j--
    return s.slice(i, j)
  }),
  replace: text((s, a, kw) => {
    const old = str(param(a, kw, 0, 'old', ''))
    const rep = str(param(a, kw, 1, 'new', ''))
    const count = param(a, kw, 2, 'count', null)
    return replace(s, old, rep, count === null ? undefined : Number(count))
  }),
  indent: text((s, a, kw) => indent(s, param(a, kw, 0, 'width', 4), truthy(param(a, kw, 1, 'first', false)), truthy(param(a, kw, 2, 'blank', false)))),
  center: text((s, a, kw) => {
    const w = Number(num(param(a, kw, 0, 'width', 80)) ?? 80)
    if (w <= s.length) return s
    state().budget.string(w)
    const n = w - s.length
    const left = Math.floor(n / 2) + ((n % 2) & (w % 2))
    return ' '.repeat(left) + s + ' '.repeat(n - left)
  }),
  wordcount: text(s => (s.match(/\w+/gu) ?? []).length),
  truncate: text((s, a, kw) => {
    const n = Number(num(param(a, kw, 0, 'length', 255)) ?? 255)
    const killwords = truthy(param(a, kw, 1, 'killwords', false))
    const end = str(param(a, kw, 2, 'end', '...'))
    const leeway = Number(num(param(a, kw, 3, 'leeway', 5)) ?? 5)
    if (s.length <= n + leeway) return s
    if (killwords) return s.slice(0, n - end.length) + end
    const cut = s.slice(0, n - end.length)
    return cut.slice(0, Math.max(0, cut.lastIndexOf(' '))) + end
  }),
  escape: text(escapeHtml),
  e: text(escapeHtml),
  forceescape: text(escapeHtml),
  urlencode: text(s => encodeURIComponent(s).replace(/%2F/g, '/')),
  format: (_env, v, a, kw) => percentFormat(str(v), a.length ? (a.length === 1 ? a[0] : tuple(a)) : new PyDict(kw)),
  string: (_env, v) => str(v),
  pprint: (_env, v) => repr(v),
  safe: (_env, v) => v
}

const VALUE_FILTERS: Record<string, Filter> = {
  default: (_env, v, a, kw) => (v instanceof Undefined || (truthy(param(a, kw, 1, 'boolean', false)) && !truthy(v)) ? param(a, kw, 0, 'default_value', '') : v),
  int: (_env, v, a, kw) => toInt(v, param(a, kw, 0, 'default', 0), Number(param(a, kw, 1, 'base', 10))),
  float: (_env, v, a, kw) => toFloat(v, param(a, kw, 0, 'default', new Float(0))),
  abs: (_env, v) => {
    const n = num(v)
    if (n === undefined) throw new TemplateError(`bad operand type for abs(): '${typeName(v)}'`)
    return isFloat(v) ? float(Math.abs(n)) : Math.abs(n)
  },
  round: (_env, v, a, kw) => {
    const how = param(a, kw, 1, 'method', 'common')
    // Python's round() keeps an int an int
    return how === 'common' && (isInt(v) || typeof v === 'boolean') ? Number(v) : round(v, Number(param(a, kw, 0, 'precision', 0)), how)
  },
  length: (_env, v) => length(v),
  count: (_env, v) => length(v),
  tojson: (_env, v, a, kw) => toJson(v, param(a, kw, 0, 'indent', null)),
  attr: (_env, v, a) => getattr(v, str(a[0] ?? '')),
  items: (_env, v) => (v instanceof Undefined ? [] : v instanceof PyDict ? [...v.map].map(([k, x]) => tuple([k, x])) : iterate(v)),
  list: (_env, v) => (typeof v === 'string' ? Array.from(v) : [...iterate(v)]),
  first: (_env, v) => {
    const items = iterate(v)
    return items.length ? items[0] : new Undefined('No first item, sequence was empty.')
  },
  last: (_env, v) => {
    const items = iterate(v)
    return items.length ? items[items.length - 1] : new Undefined('No last item, sequence was empty.')
  },
  reverse: (_env, v) => {
    if (typeof v === 'string') return Array.from(v).reverse().join('')
    const r = [...iterate(v)].reverse()
    return Array.isArray(v) && isTuple(v) ? tuple(r) : r
  }
}

export const FILTERS: Readonly<Record<string, Filter>> = { ...STRING_FILTERS, ...VALUE_FILTERS, ...SEQUENCE_FILTERS, d: VALUE_FILTERS.default }
