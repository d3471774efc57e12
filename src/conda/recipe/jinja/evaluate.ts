/**
 * Evaluating expressions: names through the scope chain, members through the sandboxed lookup, calls only
 * of callables we registered, filters and tests from our tables. Every node costs a step of the budget.
 */
import type { Args, Expr } from './ast.js'
import { TemplateError } from './errors.js'
import { FILTERS } from './filters.js'
import { state } from './limits.js'
import { call, getattr, getitem } from './lookup.js'
import { arith, cmpOp, concatStrings, negate, slice } from './ops.js'
import { str } from './pystr.js'
import { checkName } from './sandbox.js'
import { TESTS } from './tests.js'
import { PyDict, toKey, truthy, tuple, typeName, Undefined, type Kw, type Value } from './values.js'

/** A scope: variables, and the enclosing scope. */
export class Frame {
  constructor(
    readonly parent?: Frame,
    readonly vars: Map<string, Value> = new Map()
  ) {}
  lookup(name: string): Value | undefined {
    if (this.vars.has(name)) return this.vars.get(name)
    return this.parent?.lookup(name)
  }
}

export interface EvalOptions {
  /** The value of a name no scope has: Jinja2's Undefined, or False for a line selector. */
  readonly missing: (name: string) => Value
}

export class Evaluator {
  /** Offset of the node being evaluated, for error positions. */
  pos = 0

  constructor(readonly opts: EvalOptions) {}

  name(frame: Frame, n: string): Value {
    checkName(n)
    const v = frame.lookup(n)
    return v === undefined ? this.opts.missing(n) : v
  }

  args(frame: Frame, a: Args): { args: Value[]; kw: Map<string, Value> } {
    const args = a.args.map(x => this.eval(x, frame))
    if (a.star) for (const v of iterValues(this.eval(a.star, frame))) args.push(v)
    if (args.length > 10_000) throw new TemplateError(`a call with ${args.length} arguments; at most 10000 are accepted`)
    const kw = new Map<string, Value>()
    for (const [k, x] of a.kwargs) kw.set(k, this.eval(x, frame))
    if (a.dstar) {
      const d = this.eval(a.dstar, frame)
      if (!(d instanceof PyDict)) throw new TemplateError(`argument after ** must be a mapping, not ${typeName(d)}`)
      for (const [k, v] of d.map) kw.set(String(k), v)
    }
    return { args, kw }
  }

  filter(name: string, value: Value, args: Value[], kw: Kw): Value {
    if (!Object.hasOwn(FILTERS, name)) throw new TemplateError(`No filter named '${name}'.`)
    return FILTERS[name]({ filter: (n, v, a, k) => this.filter(n, v, a, k), test: (n, v, a) => this.test(n, v, a, new Map()) }, value, args, kw)
  }

  test(name: string, value: Value, args: Value[], kw: Kw): boolean {
    if (!Object.hasOwn(TESTS, name)) throw new TemplateError(`No test named '${name}'.`)
    return TESTS[name](value, args, kw)
  }

  eval(e: Expr, frame: Frame): Value {
    state().budget.step()
    this.pos = e.pos
    switch (e.t) {
      case 'const':
        return e.v
      case 'name':
        return this.name(frame, e.n)
      case 'list':
        return e.items.map(x => this.eval(x, frame))
      case 'tuple':
        return tuple(e.items.map(x => this.eval(x, frame)))
      case 'dict':
        return new PyDict(e.pairs.map(([k, v]) => [toKey(this.eval(k, frame)), this.eval(v, frame)] as const))
      case 'cond':
        return truthy(this.eval(e.test, frame)) ? this.eval(e.a, frame) : e.b ? this.eval(e.b, frame) : new Undefined('the conditional expression has no else')
      case 'and': {
        const a = this.eval(e.a, frame)
        return truthy(a) ? this.eval(e.b, frame) : a
      }
      case 'or': {
        const a = this.eval(e.a, frame)
        return truthy(a) ? a : this.eval(e.b, frame)
      }
      case 'not':
        return !truthy(this.eval(e.a, frame))
      case 'cmp':
        return this.compare(e.first, e.ops, frame)
      case 'bin': {
        const a = this.eval(e.a, frame)
        const b = this.eval(e.b, frame)
        this.pos = e.pos
        return arith(e.op, a, b)
      }
      case 'concat': {
        return e.items.map(x => str(this.eval(x, frame))).reduce(concatStrings)
      }
      case 'unary':
        return negate(this.eval(e.a, frame), e.op)
      default:
        return this.postfix(e, frame)
    }
  }

  private compare(first: Expr, ops: Array<[string, Expr]>, frame: Frame): Value {
    let left = this.eval(first, frame)
    let result: Value = true
    for (const [op, node] of ops) {
      const right = this.eval(node, frame)
      result = cmpOp(op, left, right)
      if (!truthy(result)) return result
      left = right
    }
    return result
  }

  private postfix(e: Expr, frame: Frame): Value {
    switch (e.t) {
      case 'attr': {
        const obj = this.eval(e.obj, frame)
        this.pos = e.pos
        return getattr(obj, e.name)
      }
      case 'item': {
        const obj = this.eval(e.obj, frame)
        const key = this.eval(e.key, frame)
        this.pos = e.pos
        return getitem(obj, key)
      }
      case 'slice': {
        const v = this.eval(e.obj, frame)
        const part = (x?: Expr): Value => (x ? this.eval(x, frame) : null)
        return slice(v, part(e.start), part(e.stop), part(e.step))
      }
      case 'call': {
        const f = this.eval(e.f, frame)
        const { args, kw } = this.args(frame, e)
        this.pos = e.pos
        return call(f, args, kw)
      }
      case 'filter': {
        const v = e.a ? this.eval(e.a, frame) : null
        const { args, kw } = this.args(frame, e)
        this.pos = e.pos
        return this.filter(e.name, v, args, kw)
      }
      case 'test': {
        const v = e.a.t === 'name' && (e.name === 'defined' || e.name === 'undefined') ? this.lenientName(frame, e.a.n) : this.eval(e.a, frame)
        const { args, kw } = this.args(frame, e)
        this.pos = e.pos
        return this.test(e.name, v, args, kw) !== e.negate
      }
      default:
        throw new TemplateError(`cannot evaluate a '${e.t}' expression`)
    }
  }

  /** `x is defined` never fails on the name itself. */
  private lenientName(frame: Frame, n: string): Value {
    checkName(n)
    const v = frame.lookup(n)
    return v === undefined ? new Undefined(`'${n}' is undefined`) : v
  }
}

export function iterValues(v: Value): Value[] {
  if (Array.isArray(v)) return v
  if (typeof v === 'string') return Array.from(v)
  if (v instanceof PyDict) return [...v.map.keys()]
  throw new TemplateError(`argument after * must be an iterable, not ${typeName(v)}`)
}
