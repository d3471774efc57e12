/**
 * Line selectors (`# [linux and py>=311]`) are Python expressions; conda-build evaluates them with eval().
 * Here they go through the template engine's own parser (in its Python mode: `is` compares identity, no
 * filters) and evaluator, with the same value model, operators, string methods and sandbox as templates,
 * plus the builtins selectors use (`int`, `float`, `len`, `str`, `list`, `tuple`, `dict`). A name the
 * namespace lacks is False, as in conda-build.
 */
import type { Expr } from './jinja/ast.js'
import { TemplateError } from './jinja/errors.js'
import { Evaluator, Frame } from './jinja/evaluate.js'
import { Budget, withState } from './jinja/limits.js'
import { length, iterate } from './jinja/ops.js'
import { parseExpression } from './jinja/parser.js'
import { str } from './jinja/pystr.js'
import { float, num, PyDict, PyFunc, truthy, tuple, type Value } from './jinja/values.js'

export { PyDict, PyObject, PyFunc, type Value as PyValue } from './jinja/values.js'

export class SelectorError extends Error {
  override name = 'SelectorError'
}

function toInt(v: Value): Value {
  if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) return parseInt(v, 10)
  const n = num(v)
  if (n === undefined || typeof v === 'string') throw new TemplateError(`invalid literal for int(): ${str(v)}`)
  return Math.trunc(n)
}

function toFloat(v: Value): Value {
  const n = typeof v === 'string' ? Number(v.trim()) : num(v)
  if (n === undefined || Number.isNaN(n) || v === '') throw new TemplateError(`could not convert to float: ${str(v)}`)
  return float(n)
}

const one =
  (f: (v: Value) => Value): PyFunc['call'] =>
  args =>
    f(args[0] ?? null)

/** The Python builtins a selector may call. */
export const BUILTINS: ReadonlyMap<string, Value> = new Map<string, Value>([
  ['int', new PyFunc('int', one(toInt))],
  ['float', new PyFunc('float', one(toFloat))],
  ['len', new PyFunc('len', one(length))],
  ['str', new PyFunc('str', one(str))],
  ['list', new PyFunc('list', args => (args.length ? [...iterate(args[0])] : []))],
  ['tuple', new PyFunc('tuple', args => tuple(args.length ? [...iterate(args[0])] : []))],
  ['dict', new PyFunc('dict', () => new PyDict())]
])

const parsed = new Map<string, Expr>()

/** Parse once per distinct expression (recipes repeat the same selectors many times). */
export function parseSelectorExpression(src: string): Expr {
  let n = parsed.get(src)
  if (!n) {
    try {
      n = parseExpression(src, true)
    } catch (e) {
      if (e instanceof TemplateError) throw new SelectorError(`${e.message}${e.column0 !== undefined ? ` at column ${e.column0 + 1}` : ''}`)
      throw e
    }
    if (parsed.size > 4096) parsed.clear()
    parsed.set(src, n)
  }
  return n
}

const builtins = new Frame(undefined, BUILTINS as Map<string, Value>)
const selectorMode = new Evaluator({ missing: () => false })

/** Evaluate a selector expression against a namespace; the result as Python's bool() sees it. */
export function evalSelector(src: string, ns: ReadonlyMap<string, Value>): boolean {
  const expr = parseSelectorExpression(src)
  return withState({ budget: new Budget(), strict: false }, () => {
    try {
      return truthy(selectorMode.eval(expr, new Frame(builtins, ns as Map<string, Value>)))
    } catch (e) {
      if (e instanceof TemplateError) throw new SelectorError(e.message)
      throw e
    }
  })
}
