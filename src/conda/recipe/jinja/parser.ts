/**
 * Jinja2's statements: if/elif/else, for (tuple targets, `if` filter, else), set (tuple and namespace
 * targets, block set with a filter), macro, call, include, import, from-import, filter, with, do, block.
 * `extends` is refused: a recipe is one template.
 */
import type { Expr, Param, Stmt, Target } from './ast.js'
import { ExprParser } from './parse-expr.js'
import { tokenize, tokenizeExpression } from './lexer.js'

const MAX_BLOCK_NESTING = 100

class Parser extends ExprParser {
  private blocks = 0

  template(): Stmt[] {
    const body = this.subparse([])
    if (this.peek().type !== 'eof') throw this.error(`unexpected ${this.describe(this.peek())}`)
    return body
  }

  /** Statements until one of `ends` (a block tag name) is next; that tag is left for the caller. */
  private subparse(ends: string[]): Stmt[] {
    const out: Stmt[] = []
    for (;;) {
      const t = this.peek()
      if (t.type === 'eof') {
        if (ends.length) throw this.error(`unexpected end of template: expected ${ends.map(e => `'{% ${e} %}'`).join(' or ')}`)
        return out
      }
      if (t.type === 'data') {
        this.next()
        out.push({ t: 'data', pos: t.pos, text: t.value })
      } else if (t.type === 'var_begin') {
        this.next()
        const e = this.tuple(false)
        this.end('var_end')
        out.push({ t: 'print', pos: t.pos, e })
      } else if (t.type === 'block_begin') {
        const tag = this.peek(1)
        if (tag.type === 'name' && ends.includes(tag.value)) return out
        this.next()
        if (++this.blocks > MAX_BLOCK_NESTING) throw this.error(`blocks nested more than ${MAX_BLOCK_NESTING} levels deep`)
        out.push(this.statement())
        this.blocks--
      } else throw this.error(`unexpected ${this.describe(t)}`)
    }
  }

  private end(type: 'block_end' | 'var_end'): void {
    const t = this.peek()
    if (t.type !== type) throw this.error(`expected ${type === 'block_end' ? "'%}'" : "'}}'"}, got ${this.describe(t)}`)
    this.next()
  }

  private tagEnd(name: string): void {
    this.next() // block_begin
    const t = this.next()
    if (t.value !== name) throw this.error(`expected '{% ${name} %}'`, t)
    this.end('block_end')
  }

  private body(ends: string[]): Stmt[] {
    this.end('block_end')
    return this.subparse(ends)
  }

  private nextTag(): string {
    return this.peek(1).value
  }

  private statement(): Stmt {
    const t = this.peek()
    if (t.type !== 'name') throw this.error(`expected a tag name, got ${this.describe(t)}`)
    this.next()
    const pos = t.pos
    switch (t.value) {
      case 'if':
        return this.ifStmt(pos)
      case 'for':
        return this.forStmt(pos)
      case 'set':
        return this.setStmt(pos)
      case 'macro': {
        const name = this.name()
        const params = this.params()
        const body = this.body(['endmacro'])
        this.tagEnd('endmacro')
        return { t: 'macro', pos, name, params, body }
      }
      case 'call': {
        const params = this.is('(') ? this.params() : []
        const call = this.expression()
        if (call.t !== 'call') throw this.error('expected a macro call after {% call %}', t)
        const body = this.body(['endcall'])
        this.tagEnd('endcall')
        return { t: 'callblock', pos, call, params, body }
      }
      case 'include':
        return this.include(pos)
      case 'import':
      case 'from':
        return this.importStmt(pos, t.value)
      case 'filter': {
        const filter = this.filterChain()
        const body = this.body(['endfilter'])
        this.tagEnd('endfilter')
        return { t: 'filterblock', pos, filter, body }
      }
      case 'with': {
        const assigns: Array<[Target, Expr]> = []
        while (this.peek().type !== 'block_end') {
          if (assigns.length) this.expect(',')
          const target = this.target(false)
          this.expect('=')
          assigns.push([target, this.expression()])
        }
        const body = this.body(['endwith'])
        this.tagEnd('endwith')
        return { t: 'with', pos, assigns, body }
      }
      case 'do': {
        const e = this.tuple(false)
        this.end('block_end')
        return { t: 'do', pos, e }
      }
      case 'block': {
        const name = this.name()
        this.skip('scoped')
        const body = this.body(['endblock'])
        this.next()
        this.next()
        if (this.peek().type === 'name') this.next()
        this.end('block_end')
        return { t: 'block', pos, name, body }
      }
      case 'extends':
        throw this.error('{% extends %} is not supported in a recipe', t)
      default:
        throw this.error(`Encountered unknown tag '${t.value}'.`, t)
    }
  }

  /** An assignment target: a name, names in a tuple, or `ns.attr` (set only). */
  target(withNamespace: boolean): Target {
    const pos = this.peek().pos
    const one = (): Target => {
      if (this.skip('(')) {
        const inner = this.target(false)
        this.expect(')')
        return inner
      }
      const t = this.peek()
      const n = this.name()
      if (withNamespace && this.skip('.')) return { t: 'nsattr', pos: t.pos, n, attr: this.name() }
      return { t: 'name', pos: t.pos, n }
    }
    const items = [one()]
    let comma = false
    while (this.skip(',')) {
      comma = true
      if (this.is('in') || this.is('=') || this.peek().type === 'block_end') break
      items.push(one())
    }
    return items.length === 1 && !comma ? items[0] : { t: 'tuple', pos, items }
  }

  private ifStmt(pos: number): Stmt {
    const branches: Array<[Expr, Stmt[]]> = []
    let test = this.tuple(false)
    let orelse: Stmt[] = []
    for (;;) {
      const body = this.body(['elif', 'else', 'endif'])
      branches.push([test, body])
      this.next()
      const tag = this.next().value
      if (tag === 'elif') test = this.tuple(false)
      else if (tag === 'else') {
        orelse = this.body(['endif'])
        this.tagEnd('endif')
        break
      } else {
        this.end('block_end')
        break
      }
    }
    return { t: 'if', pos, branches, orelse }
  }

  private forStmt(pos: number): Stmt {
    const target = this.target(false)
    this.expect('in')
    const iter = this.tuple(false, 'nocond')
    const cond = this.skip('if') ? this.expression() : undefined
    if (this.is('recursive')) throw this.error('recursive loops are not supported in a recipe')
    const body = this.body(['endfor', 'else'])
    let orelse: Stmt[] = []
    if (this.nextTag() === 'else') {
      this.next()
      this.next()
      orelse = this.body(['endfor'])
    }
    this.tagEnd('endfor')
    return { t: 'for', pos, target, iter, cond, body, orelse }
  }

  private setStmt(pos: number): Stmt {
    const target = this.target(true)
    if (this.skip('=')) {
      const e = this.tuple(false)
      this.end('block_end')
      return { t: 'set', pos, target, e }
    }
    const filter = this.is('|') ? this.filterChain() : undefined
    const body = this.body(['endset'])
    this.tagEnd('endset')
    return { t: 'setblock', pos, target, filter, body }
  }

  /** `| a | b(1)` or `a | b(1)` with no subject: applied to a block's output. */
  private filterChain(): Expr {
    let e: Expr | undefined
    let first = true
    while (first || this.is('|')) {
      const at = first && !this.is('|') ? this.peek() : this.next()
      first = false
      e = this.filter(e, at)
    }
    return e as Expr
  }

  private params(): Param[] {
    this.expect('(')
    return this.items(')', () => {
      const name = this.name()
      return { name, dflt: this.skip('=') ? this.expression() : undefined }
    })
  }

  private contextFlag(dflt: boolean): boolean {
    if ((this.is('with') || this.is('without')) && this.is('context', 1)) {
      const w = this.next().value === 'with'
      this.next()
      return w
    }
    return dflt
  }

  private include(pos: number): Stmt {
    const template = this.expression()
    let ignoreMissing = false
    if (this.is('ignore') && this.is('missing', 1)) {
      this.i += 2
      ignoreMissing = true
    }
    const withContext = this.contextFlag(true)
    this.end('block_end')
    return { t: 'include', pos, template, ignoreMissing, withContext }
  }

  private importStmt(pos: number, kind: string): Stmt {
    const template = this.expression()
    if (kind === 'import') {
      this.expect('as')
      const alias = this.name()
      const withContext = this.contextFlag(false)
      this.end('block_end')
      return { t: 'import', pos, template, alias, withContext }
    }
    this.expect('import')
    const names: Array<[string, string]> = []
    do {
      if (this.peek().type !== 'name' || ((this.is('with') || this.is('without')) && this.is('context', 1))) break
      const n = this.name()
      names.push([n, this.skip('as') ? this.name() : n])
    } while (this.skip(','))
    if (!names.length) throw this.error('expected the names to import')
    const withContext = this.contextFlag(false)
    this.end('block_end')
    return { t: 'from', pos, template, names, withContext }
  }
}

export function parseTemplate(src: string): Stmt[] {
  return new Parser(tokenize(src), src).template()
}

/** A whole expression (a selector: Python's rules for `is`, no filters). */
export function parseExpression(src: string, python: boolean): Expr {
  const p = new ExprParser(tokenizeExpression(src), src, python)
  const e = p.tuple(false)
  if (p.peek().type !== 'eof') throw p.error(`unexpected ${p.describe(p.peek())}`)
  return e
}
