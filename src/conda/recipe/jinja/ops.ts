/**
 * Python's operators on template values: equality, ordering, `in`, arithmetic, iteration, len(), indexing
 * and slicing. Shared by templates and line selectors. Strings and lists built here are counted against
 * the render's budget.
 */
import { TemplateError, UndefinedError } from './errors.js'
import { state } from './limits.js'
import { percentFormat } from './pystr.js'
import { float, isFloat, isInt, isTuple, num, PyDict, toKey, tuple, typeName, Undefined, type Value } from './values.js'

export function pyEquals(a: Value, b: Value): boolean {
  const x = num(a)
  const y = num(b)
  if (x !== undefined && y !== undefined) return x === y
  if (Array.isArray(a) && Array.isArray(b)) return isTuple(a) === isTuple(b) && a.length === b.length && a.every((v, i) => pyEquals(v, b[i]))
  if (a instanceof PyDict && b instanceof PyDict)
    return a.map.size === b.map.size && [...a.map].every(([k, v]) => b.map.has(k) && pyEquals(v, b.map.get(k) as Value))
  if (a instanceof Undefined && b instanceof Undefined) return true
  return a === b
}

/** The undefined operand of an operation: in strict mode an error, else the result is undefined too. */
function undefinedOperand(a: Value, b: Value): Undefined | undefined {
  const u = a instanceof Undefined ? a : b instanceof Undefined ? b : undefined
  if (u && state().strict) throw new UndefinedError(u.hint)
  return u
}

export function compare(a: Value, b: Value, op: string): number {
  const x = num(a)
  const y = num(b)
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (!pyEquals(a[i], b[i])) return compare(a[i], b[i], op)
    return a.length - b.length
  }
  throw new TemplateError(`'${op}' not supported between '${typeName(a)}' and '${typeName(b)}'`)
}

export function contains(container: Value, item: Value): boolean {
  if (typeof container === 'string') {
    if (item instanceof Undefined) return false
    if (typeof item !== 'string') throw new TemplateError(`'in <string>' requires a string as left operand, not ${typeName(item)}`)
    return container.includes(item)
  }
  if (Array.isArray(container)) return container.some(v => pyEquals(v, item))
  if (container instanceof PyDict) return container.map.has(toKey(item))
  if (container instanceof Undefined) return false
  throw new TemplateError(`argument of type '${typeName(container)}' is not iterable`)
}

/** A comparison operator: ==, !=, <, <=, >, >=, in, not in, is, is not. */
export function cmpOp(op: string, a: Value, b: Value): Value {
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
      return a === b || (a instanceof Undefined && b instanceof Undefined)
    case 'is not':
      return !(a === b || (a instanceof Undefined && b instanceof Undefined))
  }
  const u = undefinedOperand(a, b)
  if (u) return u
  const c = compare(a, b, op)
  return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0
}

function repeat<T extends string | Value[]>(seq: T, times: number): T {
  const n = Math.max(0, times)
  if (typeof seq === 'string') {
    state().budget.string(seq.length * n)
    return seq.repeat(n) as T
  }
  state().budget.list(seq.length * n)
  const out: Value[] = []
  for (let i = 0; i < n; i++) for (const x of seq) out.push(x)
  return (isTuple(seq) ? tuple(out) : out) as T
}

function numeric(op: string, x: number, y: number, asFloat: boolean): Value {
  if ((op === '/' || op === '//' || op === '%') && y === 0) throw new TemplateError(op === '%' ? 'integer modulo by zero' : 'division by zero')
  switch (op) {
    case '+':
      return asFloat ? float(x + y) : x + y
    case '-':
      return asFloat ? float(x - y) : x - y
    case '*':
      return asFloat ? float(x * y) : x * y
    case '/':
      return float(x / y)
    case '//':
      return asFloat ? float(Math.floor(x / y)) : Math.floor(x / y)
    case '%': {
      const r = x - y * Math.floor(x / y)
      return asFloat ? float(r) : r
    }
    default: {
      const r = x ** y
      return asFloat || y < 0 ? float(r) : r
    }
  }
}

/** A binary arithmetic operator: + - * / // % **. */
export function arith(op: string, a: Value, b: Value): Value {
  const u = undefinedOperand(a, b)
  if (u) return u
  const x = num(a)
  const y = num(b)
  if (x !== undefined && y !== undefined) return numeric(op, x, y, isFloat(a) || isFloat(b))
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return concatStrings(a, b)
  if (op === '+' && Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) {
    state().budget.list(a.length + b.length)
    const out = a.concat(b)
    return isTuple(a) ? tuple(out) : out
  }
  if (op === '*' && (typeof a === 'string' || Array.isArray(a)) && (isInt(b) || typeof b === 'boolean')) return repeat(a, Number(b))
  if (op === '*' && (typeof b === 'string' || Array.isArray(b)) && (isInt(a) || typeof a === 'boolean')) return repeat(b, Number(a))
  if (op === '%' && typeof a === 'string') return percentFormat(a, b)
  throw new TemplateError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`)
}

/**
 * a + b for strings. JavaScript joins them without copying (a rope), so the new memory is about the shorter
 * one; the length is still capped, and flattening happens only on output, which has its own cap.
 */
export function concatStrings(a: string, b: string): string {
  state().budget.string(a.length + b.length, Math.min(a.length, b.length))
  return a + b
}

export function negate(v: Value, op: '-' | '+'): Value {
  if (v instanceof Undefined) return undefinedOperand(v, null) as Value
  const n = num(v)
  if (n === undefined) throw new TemplateError(`bad operand type for unary ${op}: '${typeName(v)}'`)
  const r = op === '-' ? -n : n
  return isFloat(v) ? float(r) : r
}

/** The items `for` walks: a list's items, a string's characters, a dict's keys; nothing for undefined. */
export function iterate(v: Value): Value[] {
  if (Array.isArray(v)) return v
  if (typeof v === 'string') return Array.from(v)
  if (v instanceof PyDict) return [...v.map.keys()]
  if (v instanceof Undefined) {
    if (state().strict) throw new UndefinedError(v.hint)
    return []
  }
  throw new TemplateError(`'${typeName(v)}' object is not iterable`)
}

export function length(v: Value): number {
  if (typeof v === 'string' || Array.isArray(v)) return v.length
  if (v instanceof PyDict) return v.map.size
  if (v instanceof Undefined) return 0
  throw new TemplateError(`object of type '${typeName(v)}' has no len()`)
}

const intArg = (v: Value, what: string): number | undefined => {
  if (v === null || v instanceof Undefined) return undefined
  if (!isInt(v) && typeof v !== 'boolean') throw new TemplateError(`${what} must be an integer or None, not ${typeName(v)}`)
  return Number(v)
}

/** The indices a slice [start:stop:step] selects, as Python's slice.indices(). */
export function sliceIndices(len: number, start: Value, stop: Value, step: Value): number[] {
  const st = intArg(step, 'slice step') ?? 1
  if (st === 0) throw new TemplateError('slice step cannot be zero')
  const clamp = (v: number | undefined, dflt: number, lo: number, hi: number): number => {
    if (v === undefined) return dflt
    const i = v < 0 ? v + len : v
    return Math.min(Math.max(i, lo), hi)
  }
  const a = clamp(intArg(start, 'slice start'), st > 0 ? 0 : len - 1, st > 0 ? 0 : -1, st > 0 ? len : len - 1)
  const b = clamp(intArg(stop, 'slice stop'), st > 0 ? len : -1, st > 0 ? 0 : -1, st > 0 ? len : len - 1)
  const out: number[] = []
  for (let i = a; st > 0 ? i < b : i > b; i += st) out.push(i)
  return out
}

export function slice(v: Value, start: Value, stop: Value, step: Value): Value {
  if (typeof v === 'string') {
    const chars = Array.from(v)
    return sliceIndices(chars.length, start, stop, step)
      .map(i => chars[i])
      .join('')
  }
  if (Array.isArray(v)) {
    const out = sliceIndices(v.length, start, stop, step).map(i => v[i])
    return isTuple(v) ? tuple(out) : out
  }
  if (v instanceof Undefined) return v
  throw new TemplateError(`'${typeName(v)}' object is not subscriptable`)
}

/** v[i] for sequences and dicts; undefined (with Jinja2's hint) when absent. */
export function index(v: Value, i: Value): Value | undefined {
  if ((typeof v === 'string' || Array.isArray(v)) && (isInt(i) || typeof i === 'boolean')) {
    const seq = typeof v === 'string' ? Array.from(v) : v
    const j = Number(i) < 0 ? seq.length + Number(i) : Number(i)
    return j >= 0 && j < seq.length ? seq[j] : undefined
  }
  if (v instanceof PyDict) {
    const k = toKey(i)
    return v.map.has(k) ? v.map.get(k) : undefined
  }
  return undefined
}
