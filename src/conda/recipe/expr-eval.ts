/** Values and the interpreter of selector expressions, with Python's rules for truth, equality and order. */
import type { SelectorNode } from './expr.js'

export type PyValue = null | boolean | number | string | PyValue[] | PyDict | PyObject | PyFunc
export class PyDict {
  constructor(readonly entries: Readonly<Record<string, PyValue>>) {}
}
/** An object with named attributes (the `os` subset). */
export class PyObject {
  constructor(readonly attrs: Readonly<Record<string, PyValue>>) {}
}
export type PyFunc = (...args: PyValue[]) => PyValue

export class SelectorError extends Error {
  override name = 'SelectorError'
}

export function truthy(v: PyValue): boolean {
  if (v === null || v === false || v === 0 || v === '') return false
  if (Array.isArray(v)) return v.length > 0
  if (v instanceof PyDict) return Object.keys(v.entries).length > 0
  return true
}

function typeName(v: PyValue): string {
  if (v === null) return 'NoneType'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float'
  if (typeof v === 'string') return 'str'
  if (Array.isArray(v)) return 'list'
  if (v instanceof PyDict) return 'dict'
  if (typeof v === 'function') return 'function'
  return 'object'
}

const num = (v: PyValue): number | undefined => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : undefined)

export function pyEquals(a: PyValue, b: PyValue): boolean {
  const x = num(a)
  const y = num(b)
  if (x !== undefined && y !== undefined) return x === y
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => pyEquals(v, b[i]))
  return a === b
}

function compare(a: PyValue, b: PyValue, op: string): number {
  const x = num(a)
  const y = num(b)
  if (x !== undefined && y !== undefined) return x - y
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (!pyEquals(a[i], b[i])) return compare(a[i], b[i], op)
    return a.length - b.length
  }
  throw new SelectorError(`'${op}' not supported between '${typeName(a)}' and '${typeName(b)}'`)
}

function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw new SelectorError(`'in <string>' requires a string, not '${typeName(item)}'`)
    return container.includes(item)
  }
  if (Array.isArray(container)) return container.some(v => pyEquals(v, item))
  if (container instanceof PyDict) return typeof item === 'string' && Object.hasOwn(container.entries, item)
  throw new SelectorError(`argument of type '${typeName(container)}' is not iterable`)
}

function cmpOp(op: string, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case '==':
      return pyEquals(a, b)
    case '!=':
      return !pyEquals(a, b)
    case 'in':
      return contains(b, a)
    case 'not in':
      return !contains(b, a)
    case 'is':
      return a === b
    case 'is not':
      return a !== b
    case '<':
      return compare(a, b, op) < 0
    case '<=':
      return compare(a, b, op) <= 0
    case '>':
      return compare(a, b, op) > 0
    default:
      return compare(a, b, op) >= 0
  }
}

function arith(op: string, a: PyValue, b: PyValue): PyValue {
  const x = num(a)
  const y = num(b)
  if (x !== undefined && y !== undefined) {
    if ((op === '/' || op === '//' || op === '%') && y === 0) throw new SelectorError('division by zero')
    if (op === '+') return x + y
    if (op === '-') return x - y
    if (op === '*') return x * y
    if (op === '/') return x / y
    if (op === '//') return Math.floor(x / y)
    if (op === '%') return x - y * Math.floor(x / y)
  }
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b
  if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b]
  throw new SelectorError(`unsupported operand types for ${op}: '${typeName(a)}' and '${typeName(b)}'`)
}

function pySplit(s: string, sep: PyValue, max: PyValue, fromRight: boolean): string[] {
  const limit = typeof max === 'number' && max >= 0 ? max : Infinity
  if (sep === null || sep === undefined) {
    const words = s.trim().split(/\s+/).filter(Boolean)
    if (limit >= words.length - 1) return words
    return fromRight ? [words.slice(0, words.length - limit).join(' '), ...words.slice(-limit)] : [...words.slice(0, limit), words.slice(limit).join(' ')]
  }
  if (typeof sep !== 'string' || sep === '') throw new SelectorError('split: the separator must be a non-empty string')
  const parts = s.split(sep)
  if (limit >= parts.length - 1) return parts
  return fromRight
    ? [parts.slice(0, parts.length - limit).join(sep), ...parts.slice(parts.length - limit)]
    : [...parts.slice(0, limit), parts.slice(limit).join(sep)]
}

function stringMethod(s: string, name: string): PyFunc | undefined {
  const str = (v: PyValue, what: string): string => {
    if (typeof v !== 'string') throw new SelectorError(`${what} expects a string, not '${typeName(v)}'`)
    return v
  }
  const prefixes = (v: PyValue): string[] => (Array.isArray(v) ? v.map(p => str(p, name)) : [str(v, name)])
  const methods: Record<string, PyFunc> = {
    startswith: p => prefixes(p).some(x => s.startsWith(x)),
    endswith: p => prefixes(p).some(x => s.endsWith(x)),
    lower: () => s.toLowerCase(),
    upper: () => s.toUpperCase(),
    strip: c => (c == null ? s.trim() : s.replace(new RegExp(`^[${escapeClass(str(c, name))}]+|[${escapeClass(str(c, name))}]+$`, 'g'), '')),
    split: (sep, max) => pySplit(s, sep ?? null, max ?? -1, false),
    rsplit: (sep, max) => pySplit(s, sep ?? null, max ?? -1, true),
    replace: (a, b) => s.split(str(a, name)).join(str(b, name)),
    join: items => (Array.isArray(items) ? items.map(i => str(i, name)).join(s) : str(items, name).split('').join(s)),
    index: sub => {
      const i = s.indexOf(str(sub, name))
      if (i < 0) throw new SelectorError('substring not found')
      return i
    }
  }
  return Object.hasOwn(methods, name) ? methods[name] : undefined
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&')
}

function attribute(obj: PyValue, name: string): PyValue {
  if (typeof obj === 'string') {
    const m = stringMethod(obj, name)
    if (m) return m
  } else if (obj instanceof PyDict) {
    const e = obj.entries
    const dictMethods: Record<string, PyFunc> = {
      get: (k, d) => (typeof k === 'string' && Object.hasOwn(e, k) ? e[k] : (d ?? null)),
      keys: () => Object.keys(e),
      values: () => Object.values(e),
      items: () => Object.entries(e).map(([k, v]) => [k, v])
    }
    if (Object.hasOwn(dictMethods, name)) return dictMethods[name]
  } else if (obj instanceof PyObject && Object.hasOwn(obj.attrs, name)) return obj.attrs[name]
  throw new SelectorError(`attribute '${name}' of '${typeName(obj)}' is not allowed in a selector`)
}

function index(obj: PyValue, i: PyValue): PyValue {
  if ((typeof obj === 'string' || Array.isArray(obj)) && typeof i === 'number' && Number.isInteger(i)) {
    const j = i < 0 ? obj.length + i : i
    if (j < 0 || j >= obj.length) throw new SelectorError('index out of range')
    return obj[j]
  }
  if (obj instanceof PyDict && typeof i === 'string' && Object.hasOwn(obj.entries, i)) return obj.entries[i]
  throw new SelectorError(`cannot index '${typeName(obj)}' with ${JSON.stringify(i)}`)
}

export const BUILTINS: Readonly<Record<string, PyFunc>> = {
  int: v => {
    if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) return parseInt(v, 10)
    const n = num(v)
    if (n === undefined) throw new SelectorError(`invalid literal for int(): ${JSON.stringify(v)}`)
    return Math.trunc(n)
  },
  float: v => {
    const n = typeof v === 'string' ? Number(v.trim()) : num(v)
    if (n === undefined || Number.isNaN(n)) throw new SelectorError(`could not convert to float: ${JSON.stringify(v)}`)
    return n
  },
  len: v => {
    if (typeof v === 'string' || Array.isArray(v)) return v.length
    if (v instanceof PyDict) return Object.keys(v.entries).length
    throw new SelectorError(`object of type '${typeName(v)}' has no len()`)
  },
  str: v => pyStr(v),
  list: v => (typeof v === 'string' ? v.split('') : Array.isArray(v) ? [...v] : v instanceof PyDict ? Object.keys(v.entries) : []),
  tuple: v => (typeof v === 'string' ? v.split('') : Array.isArray(v) ? [...v] : []),
  dict: () => new PyDict({})
}

export function pyStr(v: PyValue): string {
  if (v === null) return 'None'
  if (v === true) return 'True'
  if (v === false) return 'False'
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v).includes('.') ? String(v) : `${v}.0`
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return `[${v.map(x => (typeof x === 'string' ? `'${x}'` : pyStr(x))).join(', ')}]`
  return typeName(v)
}

export function evaluate(n: SelectorNode, ns: ReadonlyMap<string, PyValue>): PyValue {
  const ev = (m: SelectorNode): PyValue => evaluate(m, ns)
  switch (n.t) {
    case 'lit':
      return n.v
    case 'name':
      // an unknown name is False (conda-build substitutes False and evaluates again)
      return ns.has(n.n) ? (ns.get(n.n) as PyValue) : Object.hasOwn(BUILTINS, n.n) ? BUILTINS[n.n] : false
    case 'list':
      return n.items.map(ev)
    case 'not':
      return !truthy(ev(n.a))
    case 'neg': {
      const v = num(ev(n.a))
      if (v === undefined) throw new SelectorError('bad operand type for unary -')
      return -v
    }
    case 'bool': {
      const a = ev(n.a)
      if (n.op === 'and') return truthy(a) ? ev(n.b) : a
      return truthy(a) ? a : ev(n.b)
    }
    case 'cmp': {
      let left = ev(n.first)
      for (const [op, node] of n.rest) {
        const right = ev(node)
        if (!cmpOp(op, left, right)) return false
        left = right
      }
      return true
    }
    case 'bin':
      return arith(n.op, ev(n.a), ev(n.b))
    case 'attr':
      return attribute(ev(n.a), n.n)
    case 'call': {
      const f = ev(n.f)
      if (typeof f !== 'function') throw new SelectorError(`'${typeName(f)}' object is not callable`)
      return f(...n.args.map(ev))
    }
    case 'index':
      return index(ev(n.a), ev(n.i))
  }
}
