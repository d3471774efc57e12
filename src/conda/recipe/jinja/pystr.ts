/**
 * Python's str() and repr() of template values, and its two string formatting languages:
 * `'%s-%05.2f' % (a, b)` and `'{0}-{name:>8}'.format(...)`, sharing one format-spec implementation.
 */
import { TemplateError, UndefinedError } from './errors.js'
import { state } from './limits.js'
import { checkName } from './sandbox.js'
import { Float, isFloat, isTuple, num, PyDict, PyFunc, PyObject, typeName, Undefined, type Value } from './values.js'

export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  const a = Math.abs(x)
  if (a !== 0 && (a >= 1e16 || a < 1e-4)) {
    const [m, e] = x.toExponential().split('e')
    const exp = Number(e)
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  const s = String(x)
  return s.includes('.') ? s : `${s}.0`
}

export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = q
  for (const c of s) {
    const code = c.codePointAt(0) ?? 0
    if (c === q || c === '\\') out += `\\${c}`
    else if (c === '\n') out += '\\n'
    else if (c === '\t') out += '\\t'
    else if (c === '\r') out += '\\r'
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`
    else out += c
  }
  return out + q
}

export function repr(v: Value): string {
  if (typeof v === 'string') return strRepr(v)
  if (Array.isArray(v)) {
    const items = v.map(repr)
    if (isTuple(v)) return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`
    return `[${items.join(', ')}]`
  }
  if (v instanceof PyDict) return `{${[...v.map].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ')}}`
  return str(v)
}

/** str(v); an Undefined is '' (lax) or an error (strict). */
export function str(v: Value): string {
  if (typeof v === 'string') return v
  if (v === null) return 'None'
  if (v === true) return 'True'
  if (v === false) return 'False'
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatRepr(v)
  if (v instanceof Float) return floatRepr(v.v)
  if (v instanceof Undefined) {
    if (state().strict) throw new UndefinedError(v.hint)
    return ''
  }
  if (v instanceof PyObject) {
    if (v.kind === 'Namespace') return `<Namespace ${repr(new PyDict(v.attrs))}>`
    return `<${v.kind} object>`
  }
  if (v instanceof PyFunc) return `<function ${v.name}>`
  return repr(v)
}

interface Spec {
  fill: string
  align: string
  sign: string
  alt: boolean
  zero: boolean
  width: number
  comma: boolean
  precision?: number
  type: string
}

const SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s

function parseSpec(text: string): Spec {
  const m = SPEC.exec(text)
  if (!m) throw new TemplateError(`invalid format specifier '${text}'`)
  return {
    fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[5] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: Boolean(m[4]),
    zero: Boolean(m[5]),
    width: m[6] ? Number(m[6]) : 0,
    comma: Boolean(m[7]),
    precision: m[8] !== undefined ? Number(m[8]) : undefined,
    type: m[9] ?? ''
  }
}

function formatNumber(x: number, s: Spec, float: boolean): string {
  const t = s.type || (float ? '' : 'd')
  const a = Math.abs(x)
  let body: string
  if (t === 'd' || t === 'n') {
    if (!Number.isInteger(x)) throw new TemplateError(`unknown format code 'd' for object of type 'float'`)
    body = String(a)
  } else if (t === 'x' || t === 'X' || t === 'o' || t === 'b') {
    body = Math.trunc(a).toString(t === 'o' ? 8 : t === 'b' ? 2 : 16)
    if (t === 'X') body = body.toUpperCase()
    if (s.alt) body = `0${t}${body}`
  } else if (t === 'f' || t === 'F' || t === '%') body = (t === '%' ? a * 100 : a).toFixed(s.precision ?? 6) + (t === '%' ? '%' : '')
  else if (t === 'e' || t === 'E') {
    const [m, e] = a.toExponential(s.precision ?? 6).split('e')
    body = `${m}e${e[0]}${e.slice(1).padStart(2, '0')}`
    if (t === 'E') body = body.toUpperCase()
  } else if (t === 'g' || t === 'G') body = String(Number(a.toPrecision(s.precision || 6)))
  else if (t === 'c') body = String.fromCodePoint(a)
  else body = s.precision !== undefined ? String(Number(a.toPrecision(s.precision))) : float ? floatRepr(a) : String(a)
  if (s.comma) body = body.replace(/^(\d+)/, d => d.replace(/\B(?=(\d{3})+(?!\d))/g, ','))
  const sign = x < 0 || Object.is(x, -0) ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : ''
  if (s.align === '=' || (s.zero && !s.align)) return sign + body.padStart(s.width - sign.length, s.fill)
  return pad(sign + body, s, '>')
}

function pad(text: string, s: Spec, defaultAlign: string): string {
  const n = s.width - text.length
  if (n <= 0) return text
  state().budget.string(s.width)
  const align = s.align || defaultAlign
  if (align === '<') return text + s.fill.repeat(n)
  if (align === '^') return s.fill.repeat(Math.floor(n / 2)) + text + s.fill.repeat(n - Math.floor(n / 2))
  return s.fill.repeat(n) + text
}

/** format(value, spec): the mini-language of str.format and f-strings. */
export function formatSpec(v: Value, specText: string): string {
  const s = parseSpec(specText)
  const n = num(v)
  if (n !== undefined && typeof v !== 'boolean' && s.type !== 's') return formatNumber(n, s, isFloat(v))
  if (s.type && s.type !== 's') throw new TemplateError(`unknown format code '${s.type}' for object of type '${typeName(v)}'`)
  let text = str(v)
  if (s.precision !== undefined) text = text.slice(0, s.precision)
  return pad(text, s, '<')
}

function fieldValue(field: string, args: Value[], kw: ReadonlyMap<string, Value>, auto: { i: number }): Value {
  const m = /^([^.[]*)(.*)$/s.exec(field) as RegExpExecArray
  let v: Value | undefined
  if (m[1] === '') v = args[auto.i++]
  else if (/^\d+$/.test(m[1])) v = args[Number(m[1])]
  else v = kw.get(m[1])
  if (v === undefined) throw new TemplateError(`format: no argument for the field '{${field}}'`)
  for (const part of m[2].matchAll(/\[([^\]]*)\]|\.(\w+)/g)) {
    const key = part[1] ?? part[2]
    checkName(key)
    if (Array.isArray(v) && /^\d+$/.test(key)) v = v[Number(key)]
    else if (v instanceof PyDict && v.map.has(key)) v = v.map.get(key)
    else throw new TemplateError(`format: '${field}' cannot be looked up (only [index] and [key] of lists and dicts)`)
  }
  if (v === undefined) throw new TemplateError(`format: '${field}' has no such item`)
  return v
}

/** str.format(*args, **kw). */
export function strFormat(fmt: string, args: Value[], kw: ReadonlyMap<string, Value>): string {
  const auto = { i: 0 }
  let out = ''
  const re = /\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*))?\}|[{}]/g
  let last = 0
  for (const m of fmt.matchAll(re)) {
    out += fmt.slice(last, m.index)
    last = m.index + m[0].length
    if (m[0] === '{{' || m[0] === '}}') out += m[0][0]
    else if (m[0] === '{' || m[0] === '}') throw new TemplateError(`format: single '${m[0]}' encountered in the format string`)
    else {
      const v = fieldValue(m[1], args, kw, auto)
      const converted = m[2] === 'r' || m[2] === 'a' ? repr(v) : m[2] === 's' ? str(v) : v
      const piece = formatSpec(converted, m[3] ?? '')
      state().budget.string(out.length + piece.length, piece.length)
      out += piece
    }
  }
  return out + fmt.slice(last)
}

/** `fmt % values`: printf-style formatting with a value, a tuple, or a dict for `%(name)s`. */
export function percentFormat(fmt: string, values: Value): string {
  const list = isTuple(values) ? values : [values]
  let i = 0
  const next = (): Value => {
    if (i >= list.length) throw new TemplateError('not enough arguments for format string')
    return list[i++]
  }
  const re = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g
  const out = fmt.replace(re, (_all, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, type: string) => {
    if (type === '%') return '%'
    const w = width === '*' ? String(num(next())) : width
    const p = prec === '*' ? String(num(next())) : prec
    let v: Value
    if (key !== undefined) {
      if (!(values instanceof PyDict) || !values.map.has(key)) throw new TemplateError(`format: no key '${key}' in the values`)
      v = values.map.get(key) as Value
    } else v = next()
    const align = flags.includes('-') ? '<' : '>'
    const zero = flags.includes('0') && !flags.includes('-') ? '0' : ''
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''
    if (type === 's' || type === 'r' || type === 'a') {
      const text = type === 's' ? str(v) : repr(v)
      return formatSpec(p !== undefined ? text.slice(0, Number(p)) : text, `${align}${w ?? ''}`)
    }
    const n = num(v)
    if (n === undefined) throw new TemplateError(`%${type} format: a number is required, not ${typeName(v)}`)
    const t = type === 'i' || type === 'u' ? 'd' : type
    const value = t === 'd' ? Math.trunc(n) : n
    return formatSpec(value, `${zero ? '' : align}${sign}${flags.includes('#') ? '#' : ''}${zero}${w ?? ''}${p !== undefined ? `.${p}` : ''}${t}`)
  })
  if (i < list.length && !(values instanceof PyDict)) throw new TemplateError('not all arguments converted during string formatting')
  state().budget.string(out.length)
  return out
}
