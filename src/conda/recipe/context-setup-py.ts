/**
 * A static reader of setup.py for load_setup_py_data: it never runs the file. It reads the keyword
 * arguments of the `setup(...)` call (also `setuptools.setup(...)`, also inside an `if` block) whose
 * values are Python literals: strings (with prefixes, triple quotes, implicit concatenation), numbers,
 * True/False/None, lists, tuples, dicts and sets of them, `+` of strings or lists, names assigned such a
 * value at the top of the file, calls of a function of the file whose body is `return <value>`, and
 * `**name` of a dict assigned at the top. A keyword whose value is anything else (a call of another
 * function, an attribute, a file read) is left out, as if the recipe's `data.get(...)` found nothing.
 */

const UNKNOWN: unique symbol = Symbol('unknown')
type Py = string | number | boolean | null | Py[] | { [k: string]: Py }
type Val = Py | typeof UNKNOWN

interface Tok {
  readonly t: 'str' | 'num' | 'name' | 'op' | 'nl' | 'indent'
  readonly v: string
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' }

function unescape(body: string, raw: boolean): string {
  if (raw) return body
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (m, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? m)
  )
}

const STRING = /^([rRuUbB]{0,2})('''|"""|'|")/
const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)/

/** Python tokens: strings, numbers, names, operators; `nl` ends a logical line, `indent` marks one that starts indented. */
function tokenize(src: string): Tok[] {
  const out: Tok[] = []
  let depth = 0
  let i = 0
  let lineStart = true
  while (i < src.length) {
    const rest = src.slice(i, i + 400)
    const c = src[i]
    if (c === '\n') {
      if (depth === 0 && out.length && out[out.length - 1].t !== 'nl') out.push({ t: 'nl', v: '' })
      lineStart = true
      i++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      if (lineStart && depth === 0 && !/^[ \t]*(#|\r?\n|$)/.test(rest)) out.push({ t: 'indent', v: '' })
      lineStart = false
      i += /^[ \t\r\f]*/.exec(rest)![0].length
      continue
    }
    lineStart = false
    if (c === '#') {
      const end = src.indexOf('\n', i)
      i = end < 0 ? src.length : end
    } else if (c === '\\' && src[i + 1] === '\n') i += 2
    else if (STRING.test(rest)) {
      const [, prefix, quote] = STRING.exec(rest)!
      let j = i + prefix.length + quote.length
      while (j < src.length && !src.startsWith(quote, j)) j += src[j] === '\\' ? 2 : 1
      out.push({ t: 'str', v: unescape(src.slice(i + prefix.length + quote.length, j), /r/i.test(prefix)) })
      i = j + quote.length
    } else if (NUMBER.test(rest)) {
      const n = NUMBER.exec(rest)![0]
      out.push({ t: 'num', v: n.replace(/_/g, '') })
      i += n.length
    } else if (/^[A-Za-z_]/.test(c)) {
      const n = /^\w+/.exec(rest)![0]
      out.push({ t: 'name', v: n })
      i += n.length
    } else {
      const op = /^(\*\*|==|!=|<=|>=|->|:=)/.exec(rest)?.[0] ?? c
      if ('([{'.includes(op)) depth++
      if (')]}'.includes(op)) depth = Math.max(0, depth - 1)
      out.push({ t: 'op', v: op })
      i += op.length
    }
  }
  out.push({ t: 'nl', v: '' })
  return out
}

interface Scope {
  readonly vars: Map<string, Val>
  readonly funcs: Map<string, Tok[]>
}

/** A recursive-descent evaluator of literal expressions over a token list. */
class Expr {
  pos = 0
  constructor(
    private readonly toks: readonly Tok[],
    private readonly scope: Scope,
    private readonly depth = 0
  ) {}
  peek(v?: string): boolean {
    const t = this.toks[this.pos]
    return t !== undefined && (v === undefined || (t.t === 'op' && t.v === v))
  }
  take(v: string): boolean {
    if (!this.peek(v)) return false
    this.pos++
    return true
  }
  /** Skip to the end of the current expression (a `,` or closing bracket at this level). */
  skipRest(): void {
    let d = 0
    while (this.pos < this.toks.length) {
      const t = this.toks[this.pos]
      if (t.t === 'op' && '([{'.includes(t.v)) d++
      else if (t.t === 'op' && ')]}'.includes(t.v)) {
        if (d === 0) return
        d--
      } else if (t.t === 'op' && t.v === ',' && d === 0) return
      else if (t.t === 'nl' && d === 0) return
      this.pos++
    }
  }
  expr(): Val {
    let v = this.atom()
    while (this.take('+')) {
      const w = this.atom()
      if (typeof v === 'string' && typeof w === 'string') v = v + w
      else if (Array.isArray(v) && Array.isArray(w)) v = [...v, ...w]
      else v = UNKNOWN
    }
    const next = this.toks[this.pos]
    if (next && next.t !== 'nl' && !(next.t === 'op' && [',', ')', ']', '}', ':'].includes(next.v))) {
      this.skipRest()
      return UNKNOWN
    }
    return v
  }
  seq(close: string): Val[] {
    const items: Val[] = []
    while (!this.take(close)) {
      if (this.pos >= this.toks.length) return [UNKNOWN]
      items.push(this.expr())
      if (!this.take(',') && !this.peek(close)) return [UNKNOWN]
    }
    return items
  }
  braces(): Val {
    const obj: Record<string, Py> = {}
    const set: Val[] = []
    let ok = true
    while (!this.take('}')) {
      if (this.pos >= this.toks.length) return UNKNOWN
      const k = this.expr()
      if (this.take(':')) {
        const v = this.expr()
        if (typeof k === 'string' && v !== UNKNOWN) obj[k] = v
        else ok = false
      } else set.push(k)
      if (!this.take(',') && !this.peek('}')) return UNKNOWN
    }
    if (!ok) return UNKNOWN
    return set.length ? (set.includes(UNKNOWN) ? UNKNOWN : (set as Py[])) : obj
  }
  atom(): Val {
    const t = this.toks[this.pos++]
    if (!t) return UNKNOWN
    if (t.t === 'str') {
      let s = t.v
      while (this.toks[this.pos]?.t === 'str') s += this.toks[this.pos++].v
      return s
    }
    if (t.t === 'num') return Number(t.v)
    if (t.t === 'op' && (t.v === '[' || t.v === '(')) {
      const items = this.seq(t.v === '[' ? ']' : ')')
      if (t.v === '(' && items.length === 1 && this.toks[this.pos - 2]?.v !== ',') return items[0]
      return items.includes(UNKNOWN) ? UNKNOWN : (items as Py[])
    }
    if (t.t === 'op' && t.v === '{') return this.braces()
    if (t.t === 'op' && t.v === '-' && this.toks[this.pos]?.t === 'num') return -Number(this.toks[this.pos++].v)
    if (t.t !== 'name') return UNKNOWN
    if (t.v === 'True' || t.v === 'False') return t.v === 'True'
    if (t.v === 'None') return null
    if (this.take('(')) {
      const body = this.scope.funcs.get(t.v)
      if (body && this.take(')') && this.depth < 8) return new Expr(body, this.scope, this.depth + 1).expr()
      this.pos--
      return UNKNOWN
    }
    return this.scope.vars.get(t.v) ?? UNKNOWN
  }
}

/** The logical lines of a token list, each with whether it starts indented. */
function logicalLines(toks: readonly Tok[]): Array<{ indented: boolean; toks: Tok[] }> {
  const lines: Array<{ indented: boolean; toks: Tok[] }> = []
  let cur: Tok[] = []
  let indented = false
  for (const t of toks) {
    if (t.t === 'indent') indented = true
    else if (t.t === 'nl') {
      if (cur.length) lines.push({ indented, toks: cur })
      cur = []
      indented = false
    } else cur.push(t)
  }
  return lines
}

function setupKeywords(toks: readonly Tok[], start: number, scope: Scope): Record<string, Py> {
  const e = new Expr(toks, scope)
  e.pos = start
  const out: Record<string, Py> = {}
  while (!e.take(')') && e.pos < toks.length) {
    const t = toks[e.pos]
    if (t.t === 'op' && t.v === '**') {
      e.pos++
      const v = e.expr()
      if (v !== UNKNOWN && v !== null && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, v)
    } else if (t.t === 'name' && toks[e.pos + 1]?.v === '=') {
      e.pos += 2
      const v = e.expr()
      if (v !== UNKNOWN) out[t.v] = v
    } else e.skipRest()
    if (!e.take(',') && !e.peek(')')) break
  }
  return out
}

/** The literal keyword arguments of setup.py's setup() call (see the module's comment); {} without one. */
export function readSetupPy(text: string): Record<string, unknown> {
  const scope: Scope = { vars: new Map(), funcs: new Map() }
  const lines = logicalLines(tokenize(text))
  let result: Record<string, Py> | undefined
  lines.forEach((line, i) => {
    const [a, b] = line.toks
    if (!line.indented && a.t === 'name' && b?.t === 'op' && b.v === '=') {
      const e = new Expr(line.toks, scope)
      e.pos = 2
      scope.vars.set(a.v, e.expr())
    } else if (!line.indented && a.t === 'name' && a.v === 'def' && line.toks[2]?.v === '(' && line.toks[3]?.v === ')') {
      const body = lines[i + 1]
      const inline = line.toks.findIndex(t => t.t === 'name' && t.v === 'return')
      if (inline > 0) scope.funcs.set(line.toks[1].v, line.toks.slice(inline + 1))
      else if (body?.indented && body.toks[0].v === 'return') scope.funcs.set(line.toks[1].v, body.toks.slice(1))
    }
    if (result) return
    const at = line.toks.findIndex((t, k) => t.t === 'name' && t.v === 'setup' && line.toks[k + 1]?.v === '(' && line.toks[k - 1]?.v !== 'def')
    if (at >= 0) result = setupKeywords(line.toks, at + 2, scope)
  })
  return result ?? {}
}
