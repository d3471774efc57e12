/**
 * The `tojson` filter as Jinja2 writes it: Python's json.dumps with sorted keys and ASCII output, then
 * `<`, `>`, `&` and `'` written as \u escapes so the text is safe inside HTML.
 */
import { TemplateError } from './errors.js'
import { state } from './limits.js'
import { floatRepr } from './pystr.js'
import { Float, num, PyDict, typeName, Undefined, type Value } from './values.js'

const escapeString = (s: string): string =>
  '"' +
  // eslint-disable-next-line no-control-regex -- control characters are what JSON must escape
  s.replace(/[\\"\u0000-\u001f\u007f-\uffff]/g, c => {
    if (c === '"' || c === '\\') return `\\${c}`
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' }
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  }) +
  '"'

function dumps(v: Value, indent: string | undefined, level: number): string {
  state().budget.step()
  if (v === null || v instanceof Undefined) return 'null'
  if (v === true || v === false) return v ? 'true' : 'false'
  if (typeof v === 'number' || v instanceof Float) {
    const n = num(v) as number
    if (Number.isNaN(n)) return 'NaN'
    if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity'
    return v instanceof Float || !Number.isInteger(n) ? floatRepr(n) : String(n)
  }
  if (typeof v === 'string') return escapeString(v)
  const open = indent === undefined ? '' : `\n${indent.repeat(level + 1)}`
  const close = indent === undefined ? '' : `\n${indent.repeat(level)}`
  const sep = indent === undefined ? ', ' : `,${open}`
  if (Array.isArray(v)) return v.length ? `[${open}${v.map(x => dumps(x, indent, level + 1)).join(sep)}${close}]` : '[]'
  if (v instanceof PyDict) {
    const keys = [...v.map.keys()].map(k => [k, typeof k === 'string' ? k : k === null ? 'null' : String(k)] as const)
    keys.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    const items = keys.map(([k, name]) => `${escapeString(name)}: ${dumps(v.map.get(k) as Value, indent, level + 1)}`)
    return items.length ? `{${open}${items.join(sep)}${close}}` : '{}'
  }
  throw new TemplateError(`Object of type ${typeName(v)} is not JSON serializable`)
}

export function toJson(v: Value, indent: Value): string {
  const ind = indent === null ? undefined : typeof indent === 'string' ? indent : ' '.repeat(Number(num(indent) ?? 0))
  const out = dumps(v, ind, 0).replace(/[<>&']/g, c => `\\u00${c.charCodeAt(0).toString(16)}`)
  state().budget.string(out.length)
  return out
}
