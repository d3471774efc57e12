/**
 * A small evaluator for the Python expressions of line selectors (`# [linux and py>=311]`). No eval:
 * a tokenizer, a recursive-descent parser and an interpreter with Python's semantics for the subset
 * conda-build allows (boolean logic, comparisons, `in`, arithmetic, a few string and dict methods,
 * `int`/`float`/`len`/`str`). A name the namespace lacks is False, as in conda-build.
 */

import { evaluate, SelectorError, truthy, type PyValue } from './expr-eval.js'

export { PyDict, PyObject, SelectorError, type PyFunc, type PyValue } from './expr-eval.js'

type Token = { kind: 'num' | 'str' | 'name' | 'op' | 'end'; text: string; value?: PyValue; pos: number }

const OPS = ['**', '==', '!=', '<=', '>=', '//', '<', '>', '+', '-', '*', '/', '%', '(', ')', '[', ']', ',', '.', ':']

function tokenize(src: string): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]
    if (/\s/.test(c)) {
      i++
      continue
    }
    const num = /^(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?/.exec(src.slice(i))
    if (num) {
      out.push({ kind: 'num', text: num[0], value: Number(num[0]), pos: i })
      i += num[0].length
      continue
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))
    if (name) {
      out.push({ kind: 'name', text: name[0], pos: i })
      i += name[0].length
      continue
    }
    if (c === '"' || c === "'") {
      let j = i + 1
      let s = ''
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) {
          const e = src[j + 1]
          s += e === 'n' ? '\n' : e === 't' ? '\t' : e
          j += 2
        } else s += src[j++]
      }
      if (j >= src.length) throw new SelectorError(`unterminated string at column ${i + 1}`)
      out.push({ kind: 'str', text: src.slice(i, j + 1), value: s, pos: i })
      i = j + 1
      continue
    }
    const op = OPS.find(o => src.startsWith(o, i))
    if (!op) throw new SelectorError(`unexpected character '${c}' at column ${i + 1}`)
    out.push({ kind: 'op', text: op, pos: i })
    i += op.length
  }
  out.push({ kind: 'end', text: '', pos: src.length })
  return out
}

type Node =
  | { t: 'lit'; v: PyValue }
  | { t: 'name'; n: string }
  | { t: 'list'; items: Node[] }
  | { t: 'not'; a: Node }
  | { t: 'neg'; a: Node }
  | { t: 'bool'; op: 'and' | 'or'; a: Node; b: Node }
  | { t: 'cmp'; first: Node; rest: Array<[string, Node]> }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'attr'; a: Node; n: string }
  | { t: 'call'; f: Node; args: Node[] }
  | { t: 'index'; a: Node; i: Node }

class Parser {
  private i = 0
  constructor(private readonly toks: Token[]) {}
  private peek(): Token {
    return this.toks[this.i]
  }
  private is(text: string): boolean {
    const t = this.peek()
    return (t.kind === 'op' || t.kind === 'name') && t.text === text
  }
  private take(text: string): void {
    if (!this.is(text)) throw new SelectorError(`expected '${text}' at column ${this.peek().pos + 1}`)
    this.i++
  }
  parse(): Node {
    let n = this.or()
    if (this.is(',')) {
      // a bare tuple, as Python reads `a, b`
      const items = [n]
      while (this.is(',')) {
        this.i++
        if (this.peek().kind === 'end') break
        items.push(this.or())
      }
      n = { t: 'list', items }
    }
    if (this.peek().kind !== 'end') throw new SelectorError(`unexpected '${this.peek().text}' at column ${this.peek().pos + 1}`)
    return n
  }
  private or(): Node {
    let a = this.and()
    while (this.is('or')) {
      this.i++
      a = { t: 'bool', op: 'or', a, b: this.and() }
    }
    return a
  }
  private and(): Node {
    let a = this.not()
    while (this.is('and')) {
      this.i++
      a = { t: 'bool', op: 'and', a, b: this.not() }
    }
    return a
  }
  private not(): Node {
    if (this.is('not')) {
      this.i++
      return { t: 'not', a: this.not() }
    }
    return this.cmp()
  }
  private cmp(): Node {
    const first = this.sum()
    const rest: Array<[string, Node]> = []
    for (;;) {
      let op: string | undefined
      if (['==', '!=', '<', '<=', '>', '>=', 'in'].some(o => this.is(o))) op = this.toks[this.i++].text
      else if (this.is('not') && this.toks[this.i + 1]?.text === 'in') {
        this.i += 2
        op = 'not in'
      } else if (this.is('is')) {
        this.i++
        op = 'is'
        if (this.is('not')) {
          this.i++
          op = 'is not'
        }
      }
      if (!op) break
      rest.push([op, this.sum()])
    }
    return rest.length ? { t: 'cmp', first, rest } : first
  }
  private sum(): Node {
    let a = this.product()
    while (this.is('+') || this.is('-')) {
      const op = this.toks[this.i++].text
      a = { t: 'bin', op, a, b: this.product() }
    }
    return a
  }
  private product(): Node {
    let a = this.unary()
    while (['*', '/', '//', '%'].some(o => this.is(o))) {
      const op = this.toks[this.i++].text
      a = { t: 'bin', op, a, b: this.unary() }
    }
    return a
  }
  private unary(): Node {
    if (this.is('-')) {
      this.i++
      return { t: 'neg', a: this.unary() }
    }
    if (this.is('+')) {
      this.i++
      return this.unary()
    }
    return this.postfix()
  }
  private postfix(): Node {
    let a = this.atom()
    for (;;) {
      if (this.is('.')) {
        this.i++
        const t = this.peek()
        if (t.kind !== 'name') throw new SelectorError(`expected a name after '.' at column ${t.pos + 1}`)
        this.i++
        a = { t: 'attr', a, n: t.text }
      } else if (this.is('(')) {
        this.i++
        a = { t: 'call', f: a, args: this.items(')') }
      } else if (this.is('[')) {
        this.i++
        const i = this.or()
        this.take(']')
        a = { t: 'index', a, i }
      } else return a
    }
  }
  private items(close: string): Node[] {
    const items: Node[] = []
    while (!this.is(close)) {
      items.push(this.or())
      if (!this.is(',')) break
      this.i++
    }
    this.take(close)
    return items
  }
  private atom(): Node {
    const t = this.peek()
    this.i++
    if (t.kind === 'num' || t.kind === 'str') return { t: 'lit', v: t.value ?? null }
    if (t.kind === 'name') {
      if (t.text === 'True') return { t: 'lit', v: true }
      if (t.text === 'False') return { t: 'lit', v: false }
      if (t.text === 'None') return { t: 'lit', v: null }
      return { t: 'name', n: t.text }
    }
    if (t.text === '(') {
      const items = this.items(')')
      return items.length === 1 ? items[0] : { t: 'list', items }
    }
    if (t.text === '[') return { t: 'list', items: this.items(']') }
    throw new SelectorError(t.kind === 'end' ? 'unexpected end of expression' : `unexpected '${t.text}' at column ${t.pos + 1}`)
  }
}

const parsed = new Map<string, Node>()

/** Parse once per distinct expression (recipes repeat the same selectors many times). */
export function parseSelectorExpression(src: string): Node {
  let n = parsed.get(src)
  if (!n) {
    n = new Parser(tokenize(src)).parse()
    parsed.set(src, n)
  }
  return n
}

export type { Node as SelectorNode }

/** Evaluate a selector expression against a namespace; the result as Python's bool() sees it. */
export function evalSelector(src: string, ns: ReadonlyMap<string, PyValue>): boolean {
  return truthy(evaluate(parseSelectorExpression(src), ns))
}
