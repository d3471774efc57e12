/**
 * Member lookup and calls, the sandbox's door: `obj.name` finds only a method of our tables, a dict's item or
 * an attribute of one of our objects; `obj[key]` an item first; a call reaches only a callable we registered.
 */
import { TemplateError, UndefinedError } from './errors.js'
import { state } from './limits.js'
import { method } from './methods.js'
import { index } from './ops.js'
import { repr } from './pystr.js'
import { checkName } from './sandbox.js'
import { PyDict, PyFunc, PyObject, typeName, Undefined, type Kw, type Value } from './values.js'

/** `obj.name`: a method of the type, then a dict's item or an object's attribute. */
export function getattr(obj: Value, name: string): Value {
  checkName(name)
  if (obj instanceof Undefined) return obj
  const m = method(obj, name)
  if (m) return m
  if (obj instanceof PyDict && obj.map.has(name)) return obj.map.get(name) as Value
  if (obj instanceof PyObject && obj.attrs.has(name)) return obj.attrs.get(name) as Value
  return new Undefined(`'${typeName(obj)} object' has no attribute '${name}'`)
}

/** `obj[key]`: an item, then (for a string key) an attribute. */
export function getitem(obj: Value, key: Value): Value {
  if (typeof key === 'string') checkName(key)
  if (obj instanceof Undefined) return obj
  const v = index(obj, key)
  if (v !== undefined) return v
  if (typeof key === 'string') {
    const a = getattr(obj, key)
    if (!(a instanceof Undefined)) return a
  }
  return new Undefined(`'${typeName(obj)} object' has no element ${repr(key)}`)
}

/** A dotted attribute path of filters (`map(attribute='a.b')`, `sort(attribute='0')`). */
export function getpath(obj: Value, path: Value): Value {
  let v = obj
  for (const part of typeof path === 'string' ? path.split('.') : [path]) {
    v = typeof part === 'string' && /^\d+$/.test(part) ? getitem(v, Number(part)) : getitem(v, part)
  }
  return v
}

export function call(f: Value, args: Value[], kw: Kw): Value {
  if (f instanceof PyFunc) {
    try {
      return f.call(args, kw)
    } catch (e) {
      if (e instanceof TemplateError) throw e
      const err = new TemplateError(`${f.name}(): ${e instanceof Error ? e.message : String(e)}`)
      err.cause = e
      throw err
    }
  }
  if (f instanceof Undefined) {
    if (state().strict) throw new UndefinedError(f.hint)
    return f
  }
  throw new TemplateError(`'${typeName(f)}' object is not callable`)
}
