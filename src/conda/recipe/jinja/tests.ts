/** Jinja2's tests (`x is defined`, `x is divisibleby 3`, `x is in [1, 2]`), with its names and aliases. */
import { TemplateError } from './errors.js'
import { cmpOp, contains } from './ops.js'
import { FILTERS } from './filters.js'
import { isFloat, isInt, num, PyDict, PyFunc, Undefined, type Kw, type Value } from './values.js'

export type Test = (v: Value, args: Value[], kw: Kw) => boolean

const argOf = (a: Value[], name: string): Value => {
  if (!a.length) throw new TemplateError(`the test '${name}' needs an argument`)
  return a[0]
}
const cmp =
  (op: string): Test =>
  (v, a) =>
    cmpOp(op, v, argOf(a, op)) === true
const isString = (v: Value): boolean => typeof v === 'string'

export const TESTS: Readonly<Record<string, Test>> = {
  defined: v => !(v instanceof Undefined),
  undefined: v => v instanceof Undefined,
  none: v => v === null,
  boolean: v => typeof v === 'boolean',
  true: v => v === true,
  false: v => v === false,
  number: v => typeof v === 'number' || typeof v === 'boolean' || isFloat(v),
  integer: v => isInt(v),
  float: v => isFloat(v),
  string: isString,
  sequence: v => typeof v === 'string' || Array.isArray(v) || v instanceof PyDict,
  iterable: v => typeof v === 'string' || Array.isArray(v) || v instanceof PyDict,
  mapping: v => v instanceof PyDict,
  callable: v => v instanceof PyFunc,
  sameas: (v, a) => v === argOf(a, 'sameas') || (v instanceof Undefined && a[0] instanceof Undefined),
  escaped: () => false,
  lower: v => typeof v === 'string' && v === v.toLowerCase(),
  upper: v => typeof v === 'string' && v === v.toUpperCase(),
  even: v => (num(v) ?? 1) % 2 === 0,
  odd: v => Math.abs((num(v) ?? 0) % 2) === 1,
  divisibleby: (v, a) => {
    const d = num(argOf(a, 'divisibleby'))
    if (!d) throw new TemplateError('divisibleby: division by zero')
    return (num(v) ?? NaN) % d === 0
  },
  in: (v, a) => contains(argOf(a, 'in'), v),
  eq: cmp('=='),
  equalto: cmp('=='),
  '==': cmp('=='),
  ne: cmp('!='),
  '!=': cmp('!='),
  lt: cmp('<'),
  lessthan: cmp('<'),
  '<': cmp('<'),
  le: cmp('<='),
  '<=': cmp('<='),
  gt: cmp('>'),
  greaterthan: cmp('>'),
  '>': cmp('>'),
  ge: cmp('>='),
  '>=': cmp('>='),
  filter: v => typeof v === 'string' && Object.hasOwn(FILTERS, v),
  test: v => typeof v === 'string' && Object.hasOwn(TESTS, v)
}
