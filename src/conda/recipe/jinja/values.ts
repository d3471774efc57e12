/**
 * The value model templates and selectors compute with, Python's: None (null), bool, int (an integral JS
 * number), float (a non-integral number, or `Float` for an integral one such as 2.0), str, list (a JS array),
 * tuple (a frozen JS array), dict (`PyDict`, keys in insertion order), objects with named attributes
 * (`PyObject`: namespace(), loop, os, a regex match), callables we registered (`PyFunc`), and `Undefined`.
 * Nothing else ever enters: JavaScript values are converted by `toValue`, which reads only own data properties
 * of plain objects and arrays, so no template can reach a prototype, a constructor or a function we did not wrap.
 */
import { TemplateError } from './errors.js'

/** A float whose value is integral (2.0): a plain number would read as the int 2. */
export class Float {
  constructor(readonly v: number) {}
  /** As Python's str() writes it ("2.0"), for our context functions that take strings. */
  toString(): string {
    return Number.isInteger(this.v) ? `${this.v}.0` : String(this.v)
  }
}

export type Key = string | number | boolean | null

export class PyDict {
  readonly map: Map<Key, Value>
  constructor(entries?: Iterable<readonly [Key, Value]>) {
    this.map = new Map(entries as Iterable<[Key, Value]> | undefined)
  }
  static of(record: Readonly<Record<string, Value>>): PyDict {
    return new PyDict(Object.keys(record).map(k => [k, record[k]] as const))
  }
}

/** An object with attributes only: namespace() (mutable), loop, cycler, the `os` subset, a match object. */
export class PyObject {
  constructor(
    readonly kind: string,
    readonly attrs: Map<string, Value>,
    readonly mutable = false
  ) {}
  static of(kind: string, record: Readonly<Record<string, Value>>, mutable = false): PyObject {
    return new PyObject(kind, new Map(Object.keys(record).map(k => [k, record[k]])), mutable)
  }
}

export type Kw = ReadonlyMap<string, Value>

/** A callable we registered: a global, a filter-like method, a context function, a macro. */
export class PyFunc {
  constructor(
    readonly name: string,
    readonly call: (args: Value[], kw: Kw) => Value
  ) {}
}

/** Argument `i`, or the keyword `name`, else the default (Python's binding of one parameter). */
export const param = (a: Value[], kw: Kw, i: number, name: string, dflt: Value): Value => (i < a.length ? a[i] : kw.has(name) ? (kw.get(name) as Value) : dflt)

/** Keyword arguments as the last argument of a JavaScript function of the context (see `callArgs`). */
export class Kwargs {
  constructor(readonly map: Kw) {}
}

/** A name or member that does not exist; `hint` says what, as Jinja2 says it. */
export class Undefined {
  constructor(readonly hint: string) {}
  toString(): string {
    return ''
  }
}

export type Value = null | boolean | number | string | Float | Value[] | PyDict | PyObject | PyFunc | Undefined

export const isTuple = (v: Value): v is Value[] => Array.isArray(v) && Object.isFrozen(v)
export const tuple = (items: Value[]): Value[] => Object.freeze(items) as Value[]
export const isNumber = (v: Value): v is number | Float | boolean => typeof v === 'number' || typeof v === 'boolean' || v instanceof Float
export const isFloat = (v: Value): boolean => v instanceof Float || (typeof v === 'number' && !Number.isInteger(v))
export const isInt = (v: Value): v is number => typeof v === 'number' && Number.isInteger(v)

/** The number of a bool, int or float; undefined for anything else. */
export function num(v: Value): number | undefined {
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  if (v instanceof Float) return v.v
  return undefined
}

export const float = (x: number): number | Float => (Number.isInteger(x) ? new Float(x) : x)

export function typeName(v: Value): string {
  if (v === null) return 'NoneType'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float'
  if (v instanceof Float) return 'float'
  if (typeof v === 'string') return 'str'
  if (Array.isArray(v)) return isTuple(v) ? 'tuple' : 'list'
  if (v instanceof PyDict) return 'dict'
  if (v instanceof PyObject) return v.kind
  if (v instanceof PyFunc) return 'function'
  return 'Undefined'
}

export function truthy(v: Value): boolean {
  if (v === null || v === false || v === 0 || v === '' || v instanceof Undefined) return false
  if (v instanceof Float) return v.v !== 0
  if (Array.isArray(v)) return v.length > 0
  if (v instanceof PyDict) return v.map.size > 0
  return true
}

export function toKey(v: Value): Key {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v
  if (v instanceof Float) return v.v
  throw new TemplateError(`unhashable type: '${typeName(v)}'`)
}

const isPlain = (x: object): boolean => {
  const p = Object.getPrototypeOf(x) as unknown
  return p === Object.prototype || p === null
}

/**
 * A JavaScript value from our own code (the context, a context function's result) as a template value.
 * Plain objects become dicts of their own enumerable data properties (getters are skipped), arrays lists,
 * dates ISO strings, functions registered callables (only our code puts functions there).
 */
export function toValue(x: unknown, name = 'value', depth = 0): Value {
  if (depth > 100) throw new TemplateError(`the value '${name}' is nested more than 100 levels deep`)
  if (x === undefined || x === null) return null
  if (typeof x === 'string' || typeof x === 'boolean' || typeof x === 'number') return x
  if (typeof x === 'bigint') return Number(x)
  if (x instanceof Float || x instanceof PyDict || x instanceof PyObject || x instanceof PyFunc || x instanceof Undefined) return x
  if (Array.isArray(x)) return Array.from({ length: x.length }, (_, i) => toValue(Object.getOwnPropertyDescriptor(x, i)?.value, name, depth + 1))
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? String(x) : x.toISOString()
  if (typeof x === 'function') return jsFunction(name, x as (...a: unknown[]) => unknown)
  if (typeof x === 'object' && isPlain(x)) {
    const out = new PyDict()
    for (const k of Object.keys(x)) {
      const d = Object.getOwnPropertyDescriptor(x, k)
      if (d && 'value' in d) out.map.set(k, toValue(d.value, k, depth + 1))
    }
    return out
  }
  if (typeof x === 'object' && typeof (x as { toString?: unknown }).toString === 'function') return String(x)
  throw new TemplateError(`a value of type ${typeof x} cannot be used in a template`)
}

/** A JavaScript function of ours: positional arguments, then a `Kwargs` when keywords were given. */
export function jsFunction(name: string, f: (...a: unknown[]) => unknown): PyFunc {
  return new PyFunc(name, (args, kw) => {
    const js = args.map(a => (a instanceof Undefined ? undefined : a))
    return toValue(kw.size ? f(...js, new Kwargs(kw)) : f(...js), name)
  })
}
