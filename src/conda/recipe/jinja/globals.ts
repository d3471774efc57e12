/** Jinja2's global functions: range, dict, namespace, cycler, joiner. */
import { TemplateError } from './errors.js'
import { state } from './limits.js'
import { iterate } from './ops.js'
import { checkName } from './sandbox.js'
import { isInt, PyDict, PyFunc, PyObject, typeName, type Kw, type Value } from './values.js'

function range(a: Value[]): Value {
  const ints = a.map(v => {
    if (!isInt(v) && typeof v !== 'boolean') throw new TemplateError(`range(): '${typeName(v)}' object cannot be interpreted as an integer`)
    return Number(v)
  })
  const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0] ?? 0, ints[1] ?? 0, ints[2] ?? 1]
  if (step === 0) throw new TemplateError('range() arg 3 must not be zero')
  const n = Math.max(0, Math.ceil((stop - start) / step))
  state().budget.list(n)
  return Array.from({ length: n }, (_, i) => start + i * step)
}

/** namespace(...): an object whose attributes `{% set ns.x = ... %}` may change. */
function namespace(a: Value[], kw: Kw): Value {
  const attrs = new Map<string, Value>()
  for (const d of a) {
    if (!(d instanceof PyDict)) throw new TemplateError(`namespace(): a dict is required, not ${typeName(d)}`)
    for (const [k, v] of d.map) {
      checkName(String(k))
      attrs.set(String(k), v)
    }
  }
  for (const [k, v] of kw) {
    checkName(k)
    attrs.set(k, v)
  }
  return new PyObject('Namespace', attrs, true)
}

function cycler(a: Value[]): Value {
  if (!a.length) throw new TemplateError('cycler(): at least one item is required')
  const items = [...a]
  let i = 0
  const obj = new PyObject('Cycler', new Map())
  const sync = (): void => {
    obj.attrs.set('current', items[i])
    obj.attrs.set('pos', i)
  }
  obj.attrs.set(
    'next',
    new PyFunc('cycler.next', () => {
      const v = items[i]
      i = (i + 1) % items.length
      sync()
      return v
    })
  )
  obj.attrs.set(
    'reset',
    new PyFunc('cycler.reset', () => {
      i = 0
      sync()
      return null
    })
  )
  obj.attrs.set('items', items)
  sync()
  return obj
}

function joiner(a: Value[], kw: Kw): Value {
  const sep = a[0] ?? kw.get('sep') ?? ', '
  let used = false
  return new PyFunc('joiner', () => {
    if (!used) {
      used = true
      return ''
    }
    return sep
  })
}

function dict(a: Value[], kw: Kw): Value {
  const out = new PyDict()
  if (a[0] instanceof PyDict) for (const [k, v] of a[0].map) out.map.set(k, v)
  else if (a[0] !== undefined) for (const pair of iterate(a[0])) out.map.set(String((pair as Value[])[0]), (pair as Value[])[1])
  for (const [k, v] of kw) out.map.set(k, v)
  return out
}

/** A fresh set of globals for one render (cyclers and joiners hold state). */
export function jinjaGlobals(): Map<string, Value> {
  return new Map<string, Value>([
    ['range', new PyFunc('range', range)],
    ['dict', new PyFunc('dict', dict)],
    ['namespace', new PyFunc('namespace', namespace)],
    ['cycler', new PyFunc('cycler', cycler)],
    ['joiner', new PyFunc('joiner', joiner)]
  ])
}
