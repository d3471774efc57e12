/**
 * Jinja2's expression grammar (jinja2/parser.py's precedence): conditional expressions, or/and/not,
 * comparison chains with in/not in, + -, ~, * / // %, **, unary signs, postfix attribute/item/slice/call,
 * then filters and tests. `python: true` reads a line selector instead: `is`/`is not` compare identity,
 * and there are no filters, tests or `~`.
 */
import type { Args, Expr } from './ast.js'
import { TemplateSyntaxError } from './errors.js'
import { lineCol, type Token } from './lexer.js'
import { Float } from './values.js'

const MAX_NESTING = 100
const CMP = ['==', '!=', '<', '<=', '>', '>=']

export class ExprParser {
  i = 0
  private nesting = 0

  constructor(
    readonly toks: Token[],
    readonly src: string,
    readonly python = false
  ) {}

  peek(k = 0): Token {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)]
  }
  next(): Token {
    return this.toks[this.i++]
  }
  is(value: string, k = 0): boolean {
    const t = this.peek(k)
    return (t.type === 'op' || t.type === 'name') && t.value === value
  }
  skip(value: string): boolean {
    if (!this.is(value)) return false
    this.i++
    return true
  }
  error(message: string, t: Token = this.peek()): TemplateSyntaxError {
    const { line0, column0 } = lineCol(this.src, t.pos)
    return new TemplateSyntaxError(message, line0, column0)
  }
  describe(t: Token): string {
    if (t.type === 'eof') return 'end of template'
    if (t.type === 'block_end' || t.type === 'var_end') return `end of ${t.type === 'block_end' ? 'statement block' : 'print statement'}`
    return `'${t.value}'`
  }
  expect(value: string): Token {
    if (!this.is(value)) throw this.error(`expected '${value}', got ${this.describe(this.peek())}`)
    return this.next()
  }
  name(): string {
    const t = this.peek()
    if (t.type !== 'name') throw this.error(`expected a name, got ${this.describe(t)}`)
    this.i++
    return t.value
  }

  private deeper<T>(f: () => T): T {
    if (++this.nesting > MAX_NESTING) throw this.error(`expression nested more than ${MAX_NESTING} levels deep`)
    try {
      return f()
    } finally {
      this.nesting--
    }
  }

  expression(): Expr {
    return this.deeper(() => this.condexpr())
  }

  private condexpr(): Expr {
    let e = this.or()
    while (this.is('if')) {
      const pos = this.next().pos
      const test = this.or()
      const b = this.skip('else') ? this.condexpr() : undefined
      e = { t: 'cond', pos, test, a: e, b }
    }
    return e
  }
  private or(): Expr {
    let a = this.and()
    while (this.is('or')) a = { t: 'or', pos: this.next().pos, a, b: this.and() }
    return a
  }
  private and(): Expr {
    let a = this.not()
    while (this.is('and')) a = { t: 'and', pos: this.next().pos, a, b: this.not() }
    return a
  }
  private not(): Expr {
    if (this.is('not')) return { t: 'not', pos: this.next().pos, a: this.deeper(() => this.not()) }
    return this.compare()
  }
  private compareOp(): string | undefined {
    const t = this.peek()
    if (t.type === 'op' && CMP.includes(t.value)) return this.next().value
    if (this.is('in')) return this.next().value
    if (this.is('not') && this.is('in', 1)) {
      this.i += 2
      return 'not in'
    }
    if (this.python && this.is('is')) {
      this.i++
      return this.skip('not') ? 'is not' : 'is'
    }
    return undefined
  }
  private compare(): Expr {
    const first = this.math1()
    const ops: Array<[string, Expr]> = []
    for (let op = this.compareOp(); op; op = this.compareOp()) ops.push([op, this.math1()])
    return ops.length ? { t: 'cmp', pos: first.pos, first, ops } : first
  }
  private math1(): Expr {
    let a = this.concat()
    while (this.is('+') || this.is('-')) {
      const t = this.next()
      a = { t: 'bin', pos: t.pos, op: t.value, a, b: this.concat() }
    }
    return a
  }
  private concat(): Expr {
    const items = [this.math2()]
    while (!this.python && this.is('~')) {
      this.i++
      items.push(this.math2())
    }
    return items.length > 1 ? { t: 'concat', pos: items[0].pos, items } : items[0]
  }
  private math2(): Expr {
    let a = this.pow()
    while (['*', '/', '//', '%'].some(o => this.is(o))) {
      const t = this.next()
      a = { t: 'bin', pos: t.pos, op: t.value, a, b: this.pow() }
    }
    return a
  }
  private pow(): Expr {
    let a = this.unary(true)
    while (this.is('**')) a = { t: 'bin', pos: this.next().pos, op: '**', a, b: this.unary(true) }
    return a
  }
  private unary(withFilter: boolean): Expr {
    let e: Expr
    if (this.is('-') || this.is('+')) {
      const t = this.next()
      e = { t: 'unary', pos: t.pos, op: t.value as '-' | '+', a: this.deeper(() => this.unary(false)) }
    } else e = this.postfix(this.primary())
    return withFilter && !this.python ? this.filterExpr(e) : e
  }

  private primary(): Expr {
    const t = this.next()
    const pos = t.pos
    if (t.type === 'name') {
      if (t.value === 'true' || t.value === 'True') return { t: 'const', pos, v: true }
      if (t.value === 'false' || t.value === 'False') return { t: 'const', pos, v: false }
      if (t.value === 'none' || t.value === 'None') return { t: 'const', pos, v: null }
      return { t: 'name', pos, n: t.value }
    }
    if (t.type === 'string') {
      let v = t.value
      while (this.peek().type === 'string') v += this.next().value
      return { t: 'const', pos, v }
    }
    if (t.type === 'int') return { t: 'const', pos, v: t.num ?? 0 }
    if (t.type === 'float') return { t: 'const', pos, v: Number.isInteger(t.num) ? new Float(t.num ?? 0) : (t.num ?? 0) }
    if (t.value === '(' && t.type === 'op') return this.deeper(() => this.tuple(true))
    if (t.value === '[' && t.type === 'op') return this.deeper(() => ({ t: 'list', pos, items: this.items(']', () => this.expression()) }))
    if (t.value === '{' && t.type === 'op') return this.deeper(() => ({ t: 'dict', pos, pairs: this.items('}', () => this.pair()) }))
    throw this.error(`unexpected ${this.describe(t)}`, t)
  }

  private pair(): [Expr, Expr] {
    const k = this.expression()
    this.expect(':')
    return [k, this.expression()]
  }

  /** Comma-separated items up to `close` (a trailing comma allowed). */
  items<T>(close: string, item: () => T): T[] {
    const out: T[] = []
    while (!this.is(close)) {
      if (out.length) this.expect(',')
      if (this.is(close)) break
      out.push(item())
    }
    this.expect(close)
    return out
  }

  /** A tuple without parentheses (`a, b`) or in them; one item without a comma is the item itself. */
  tuple(explicit: boolean, kind: 'nocond' | 'full' = 'full'): Expr {
    const pos = this.peek().pos
    const items: Expr[] = []
    let comma = false
    const end = (): boolean => {
      const t = this.peek()
      return explicit ? this.is(')') : t.type === 'block_end' || t.type === 'var_end' || t.type === 'eof' || this.is('in') || this.is('=')
    }
    while (!end()) {
      if (items.length) {
        this.expect(',')
        comma = true
        if (end()) break
      }
      items.push(kind === 'nocond' ? this.deeper(() => this.or()) : this.expression())
      if (!this.is(',')) break
    }
    if (explicit) this.expect(')')
    if (!items.length && !explicit) throw this.error(`expected an expression, got ${this.describe(this.peek())}`)
    return items.length === 1 && !comma ? items[0] : { t: 'tuple', pos, items }
  }

  postfix(e: Expr): Expr {
    for (;;) {
      if (this.is('.')) {
        const dot = this.next()
        const t = this.next()
        if (t.type === 'name') e = { t: 'attr', pos: t.pos, obj: e, name: t.value }
        else if (t.type === 'int') e = { t: 'item', pos: t.pos, obj: e, key: { t: 'const', pos: t.pos, v: t.num ?? 0 } }
        else throw this.error(`expected a name after '.'`, dot)
      } else if (this.is('[')) e = this.deeper(() => this.subscript(e))
      else if (this.is('(')) e = this.deeper(() => ({ t: 'call', pos: this.peek().pos, f: e, ...this.callArgs() }))
      else return e
    }
  }

  private subscript(obj: Expr): Expr {
    const pos = this.expect('[').pos
    const part = (): Expr | undefined => (this.is(':') || this.is(']') ? undefined : this.expression())
    const start = part()
    if (!this.is(':')) {
      if (!start) throw this.error('expected an index')
      let key = start
      if (this.skip(',')) key = { t: 'tuple', pos: start.pos, items: [start, ...this.items(']', () => this.expression())] }
      else this.expect(']')
      return { t: 'item', pos, obj, key }
    }
    this.next()
    const stop = part()
    const step = this.skip(':') ? part() : undefined
    this.expect(']')
    return { t: 'slice', pos, obj, start, stop, step }
  }

  callArgs(): Args {
    this.expect('(')
    const out: { args: Expr[]; kwargs: Array<[string, Expr]>; star?: Expr; dstar?: Expr } = { args: [], kwargs: [] }
    this.items(')', () => {
      if (this.skip('**')) out.dstar = this.expression()
      else if (this.skip('*')) out.star = this.expression()
      else if (this.peek().type === 'name' && this.is('=', 1)) {
        const n = this.name()
        this.next()
        out.kwargs.push([n, this.expression()])
      } else {
        if (out.kwargs.length || out.dstar) throw this.error('a positional argument after keyword arguments')
        out.args.push(this.expression())
      }
      return null
    })
    return out
  }

  private filterExpr(e: Expr): Expr {
    for (;;) {
      if (this.is('|')) e = this.filter(e, this.next())
      else if (this.is('is')) e = this.test(e)
      else if (this.is('(')) e = { t: 'call', pos: this.peek().pos, f: e, ...this.callArgs() }
      else return e
    }
  }

  filter(a: Expr | undefined, at: Token): Expr {
    let name = this.name()
    while (this.is('.')) {
      this.next()
      name += `.${this.name()}`
    }
    const args: Args = this.is('(') ? this.callArgs() : { args: [], kwargs: [] }
    return { t: 'filter', pos: at.pos, a, name, ...args }
  }

  private test(a: Expr): Expr {
    const pos = this.next().pos
    const negate = this.skip('not')
    let name = this.name()
    while (this.is('.')) {
      this.next()
      name += `.${this.name()}`
    }
    let args: Args = { args: [], kwargs: [] }
    const t = this.peek()
    if (this.is('(')) args = this.callArgs()
    else if (['name', 'string', 'int', 'float'].includes(t.type) || this.is('[') || this.is('{')) {
      if (!(t.type === 'name' && ['else', 'or', 'and'].includes(t.value))) {
        if (this.is('is')) throw this.error('tests cannot be chained with is')
        args = { args: [this.postfix(this.primary())], kwargs: [] }
      }
    }
    return { t: 'test', pos, a, name, negate, ...args }
  }
}
