/**
 * The Python methods of str, list, tuple and dict that recipes call (`version.split('.')`,
 * `name.replace('-', '_')`, `d.get('k', 1)`, `deps.append(x)`), as registered callables bound to their object.
 */
import { TemplateError } from './errors.js'
import { state } from './limits.js'
import { compare, iterate, pyEquals } from './ops.js'
import { str, strFormat } from './pystr.js'
import { isTuple, PyDict, PyFunc, toKey, tuple, typeName, type Kw, type Value } from './values.js'

type Method<T> = (self: T, a: Value[], kw: Kw) => Value

const arg = (a: Value[], i: number, kw: Kw, name: string): Value | undefined => (i < a.length ? a[i] : kw.get(name))
const optInt = (v: Value | undefined): number | undefined => (v === undefined || v === null ? undefined : Number(v))

function text(v: Value | undefined, method: string): string {
  if (typeof v !== 'string') throw new TemplateError(`${method}() argument must be str, not ${v === undefined ? 'nothing' : typeName(v)}`)
  return v
}

function split(s: string, sep: Value | undefined, max: Value | undefined, right: boolean): string[] {
  const limit = optInt(max) ?? -1
  const n = limit < 0 ? Infinity : limit
  if (sep === undefined || sep === null) {
    const words = s.split(/\s+/).filter(Boolean)
    if (n >= words.length - 1) return words
    if (right) {
      const tail = words.slice(words.length - n)
      const head = s.trimEnd().slice(0, s.trimEnd().length - tail.join(' ').length)
      return [head.trimEnd(), ...tail]
    }
    const out: string[] = []
    let rest = s.trimStart()
    for (let i = 0; i < n; i++) {
      const m = /\s+/.exec(rest) as RegExpExecArray
      out.push(rest.slice(0, m.index))
      rest = rest.slice(m.index + m[0].length)
    }
    return [...out, rest]
  }
  const d = text(sep, 'split')
  if (d === '') throw new TemplateError('empty separator')
  const parts = s.split(d)
  if (n >= parts.length - 1) return parts
  return right ? [parts.slice(0, parts.length - n).join(d), ...parts.slice(parts.length - n)] : [...parts.slice(0, n), parts.slice(n).join(d)]
}

function strip(s: string, chars: Value | undefined, left: boolean, right: boolean): string {
  const set = chars === undefined || chars === null ? undefined : new Set(text(chars, 'strip'))
  const drop = (c: string): boolean => (set ? set.has(c) : /\s/.test(c))
  let a = 0
  let b = s.length
  while (left && a < b && drop(s[a])) a++
  while (right && b > a && drop(s[b - 1])) b--
  return s.slice(a, b)
}

export function replace(s: string, old: string, rep: string, count?: number): string {
  const parts = s.split(old)
  const n = count === undefined || count < 0 ? parts.length - 1 : Math.min(count, parts.length - 1)
  state().budget.string(s.length + n * Math.max(0, rep.length - old.length))
  if (old === '') {
    const chars = Array.from(s)
    return chars.map((c, i) => (i < n ? rep + c : c)).join('') + (n > chars.length ? rep : '')
  }
  return parts.slice(0, n + 1).join(rep) + (n + 1 < parts.length ? old + parts.slice(n + 1).join(old) : '')
}

function affixes(v: Value | undefined, method: string): string[] {
  return Array.isArray(v) && isTuple(v) ? v.map(x => text(x, method)) : [text(v, method)]
}

function justify(s: string, width: Value | undefined, fill: Value | undefined, where: 'l' | 'r' | 'c'): string {
  const w = Number(width ?? 0)
  const f = fill === undefined ? ' ' : text(fill, 'fill')
  if (w <= s.length) return s
  state().budget.string(w)
  const n = w - s.length
  if (where === 'l') return s + f.repeat(n)
  if (where === 'r') return f.repeat(n) + s
  const left = Math.floor(n / 2) + ((n % 2) & (w % 2))
  return f.repeat(left) + s + f.repeat(n - left)
}

function find(s: string, sub: string, start: Value | undefined, end: Value | undefined, right: boolean): number {
  const a = optInt(start) ?? 0
  const b = optInt(end) ?? s.length
  const from = a < 0 ? Math.max(0, s.length + a) : a
  const to = b < 0 ? s.length + b : Math.min(b, s.length)
  const window = s.slice(from, to)
  const i = right ? window.lastIndexOf(sub) : window.indexOf(sub)
  return i < 0 || from > s.length ? -1 : i + from
}

const STR: Record<string, Method<string>> = {
  split: (s, a, kw) => split(s, arg(a, 0, kw, 'sep'), arg(a, 1, kw, 'maxsplit'), false),
  rsplit: (s, a, kw) => split(s, arg(a, 0, kw, 'sep'), arg(a, 1, kw, 'maxsplit'), true),
  splitlines: s => s.split(/\r\n|\r|\n/).filter((l, i, all) => i < all.length - 1 || l !== ''),
  strip: (s, a) => strip(s, a[0], true, true),
  lstrip: (s, a) => strip(s, a[0], true, false),
  rstrip: (s, a) => strip(s, a[0], false, true),
  replace: (s, a, kw) => replace(s, text(a[0], 'replace'), text(a[1], 'replace'), optInt(arg(a, 2, kw, 'count'))),
  startswith: (s, a) => affixes(a[0], 'startswith').some(p => s.slice(optInt(a[1]) ?? 0, optInt(a[2])).startsWith(p)),
  endswith: (s, a) => affixes(a[0], 'endswith').some(p => s.slice(optInt(a[1]) ?? 0, optInt(a[2])).endsWith(p)),
  lower: s => s.toLowerCase(),
  upper: s => s.toUpperCase(),
  casefold: s => s.toLowerCase(),
  swapcase: s => Array.from(s, c => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  capitalize: s => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
  title: s => s.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()),
  join: (s, a) => {
    const items = iterate(a[0] ?? null).map(x => text(x, 'join'))
    state().budget.string(items.reduce((n, x) => n + x.length + s.length, 0))
    return items.join(s)
  },
  find: (s, a) => find(s, text(a[0], 'find'), a[1], a[2], false),
  rfind: (s, a) => find(s, text(a[0], 'rfind'), a[1], a[2], true),
  index: (s, a) => {
    const i = find(s, text(a[0], 'index'), a[1], a[2], false)
    if (i < 0) throw new TemplateError('substring not found')
    return i
  },
  rindex: (s, a) => {
    const i = find(s, text(a[0], 'rindex'), a[1], a[2], true)
    if (i < 0) throw new TemplateError('substring not found')
    return i
  },
  count: (s, a) => {
    const sub = text(a[0], 'count')
    const w = s.slice(optInt(a[1]) ?? 0, optInt(a[2]))
    return sub === '' ? w.length + 1 : w.split(sub).length - 1
  },
  partition: (s, a) => {
    const sep = text(a[0], 'partition')
    const i = s.indexOf(sep)
    return tuple(i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)])
  },
  rpartition: (s, a) => {
    const sep = text(a[0], 'rpartition')
    const i = s.lastIndexOf(sep)
    return tuple(i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)])
  },
  removeprefix: (s, a) => (s.startsWith(text(a[0], 'removeprefix')) ? s.slice(text(a[0], 'removeprefix').length) : s),
  removesuffix: (s, a) => (a[0] !== '' && s.endsWith(text(a[0], 'removesuffix')) ? s.slice(0, -text(a[0], 'removesuffix').length) : s),
  zfill: (s, a) => {
    const w = Number(a[0] ?? 0)
    if (w <= s.length) return s
    state().budget.string(w)
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : ''
    return sign + s.slice(sign.length).padStart(w - sign.length, '0')
  },
  ljust: (s, a) => justify(s, a[0], a[1], 'l'),
  rjust: (s, a) => justify(s, a[0], a[1], 'r'),
  center: (s, a) => justify(s, a[0], a[1], 'c'),
  format: (s, a, kw) => strFormat(s, a, kw),
  isdigit: s => /^\d+$/.test(s),
  isnumeric: s => /^\d+$/.test(s),
  isdecimal: s => /^\d+$/.test(s),
  isalpha: s => /^\p{L}+$/u.test(s),
  isalnum: s => /^[\p{L}\d]+$/u.test(s),
  isspace: s => /^\s+$/.test(s),
  islower: s => /\p{Ll}/u.test(s) && s === s.toLowerCase(),
  isupper: s => /\p{Lu}/u.test(s) && s === s.toUpperCase(),
  isidentifier: s => /^[A-Za-z_]\w*$/.test(s)
}

function indexOf(l: Value[], x: Value): number {
  const i = l.findIndex(v => pyEquals(v, x))
  if (i < 0) throw new TemplateError(`${str(x)} is not in list`)
  return i
}

const SEQ: Record<string, Method<Value[]>> = {
  index: (l, a) => indexOf(l, a[0] ?? null),
  count: (l, a) => l.filter(v => pyEquals(v, a[0] ?? null)).length
}

const LIST: Record<string, Method<Value[]>> = {
  ...SEQ,
  append: (l, a) => {
    state().budget.list(l.length + 1)
    l.push(a[0] ?? null)
    return null
  },
  extend: (l, a) => {
    const items = iterate(a[0] ?? null)
    state().budget.list(l.length + items.length)
    for (let i = 0, n = items.length; i < n; i++) l.push(items[i])
    return null
  },
  insert: (l, a) => {
    state().budget.list(l.length + 1)
    const i = Number(a[0])
    l.splice(i < 0 ? Math.max(0, l.length + i) : i, 0, a[1] ?? null)
    return null
  },
  pop: (l, a) => {
    if (!l.length) throw new TemplateError('pop from empty list')
    const i = optInt(a[0]) ?? -1
    const j = i < 0 ? l.length + i : i
    if (j < 0 || j >= l.length) throw new TemplateError('pop index out of range')
    return l.splice(j, 1)[0]
  },
  remove: (l, a) => {
    l.splice(indexOf(l, a[0] ?? null), 1)
    return null
  },
  reverse: l => {
    l.reverse()
    return null
  },
  sort: (l, _a, kw) => {
    l.sort((x, y) => compare(x, y, '<'))
    if (kw.get('reverse') === true) l.reverse()
    return null
  },
  copy: l => [...l],
  clear: l => {
    l.length = 0
    return null
  }
}

const DICT: Record<string, Method<PyDict>> = {
  get: (d, a) => {
    const k = toKey(a[0] ?? null)
    return d.map.has(k) ? (d.map.get(k) as Value) : (a[1] ?? null)
  },
  keys: d => [...d.map.keys()],
  values: d => [...d.map.values()],
  items: d => [...d.map].map(([k, v]) => tuple([k, v])),
  copy: d => new PyDict(d.map),
  pop: (d, a) => {
    const k = toKey(a[0] ?? null)
    if (!d.map.has(k)) {
      if (a.length > 1) return a[1]
      throw new TemplateError(`KeyError: ${str(k)}`)
    }
    const v = d.map.get(k) as Value
    d.map.delete(k)
    return v
  },
  setdefault: (d, a) => {
    const k = toKey(a[0] ?? null)
    if (!d.map.has(k)) d.map.set(k, a[1] ?? null)
    return d.map.get(k) as Value
  },
  update: (d, a, kw) => {
    const other = a[0]
    if (other instanceof PyDict) for (const [k, v] of other.map) d.map.set(k, v)
    else if (other !== undefined) for (const pair of iterate(other)) d.map.set(toKey((pair as Value[])[0]), (pair as Value[])[1])
    for (const [k, v] of kw) d.map.set(k, v)
    return null
  }
}

/** The method `name` of `obj`, bound; undefined when the type has none of that name. */
export function method(obj: Value, name: string): PyFunc | undefined {
  let table: Record<string, Method<never>> | undefined
  if (typeof obj === 'string') table = STR
  else if (Array.isArray(obj)) table = isTuple(obj) ? SEQ : LIST
  else if (obj instanceof PyDict) table = DICT
  if (!table || !Object.hasOwn(table, name)) return undefined
  const m = table[name] as Method<Value>
  return new PyFunc(`${typeName(obj)}.${name}`, (a, kw) => m(obj, a, kw))
}
