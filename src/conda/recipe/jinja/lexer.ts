/**
 * Jinja2's lexer with its default settings: `{{ }}`, `{% %}`, `{# #}`, whitespace control with `-`,
 * `{% raw %}`; no line statements, no trim_blocks/lstrip_blocks. Tokens carry their offset in the template.
 */
import { TemplateSyntaxError } from './errors.js'

export type TokenType = 'data' | 'var_begin' | 'var_end' | 'block_begin' | 'block_end' | 'name' | 'string' | 'int' | 'float' | 'op' | 'eof'

export interface Token {
  readonly type: TokenType
  readonly value: string
  /** Offset in the template. */
  readonly pos: number
  /** For numbers: the value. */
  readonly num?: number
}

const OPS = ['**', '//', '==', '!=', '<=', '>=', '+', '-', '*', '/', '%', '~', '<', '>', '=', '(', ')', '[', ']', '{', '}', '.', ':', '|', ',']
const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy
const FLOAT = /\d(?:_?\d)*(?:\.\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|[eE][+-]?\d(?:_?\d)*)/y
const INT = /0[bB][01_]+|0[oO][0-7_]+|0[xX][\da-fA-F_]+|\d(?:_?\d)*/y
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '' }

/** Line and column (0-based) of an offset. */
export function lineCol(text: string, pos: number): { line0: number; column0: number } {
  let line0 = 0
  let start = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) {
    line0++
    start = i + 1
  }
  return { line0, column0: pos - start }
}

function unescape(body: string, err: (m: string) => TemplateSyntaxError): string {
  return body.replace(/\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[\s\S])/g, (all, e: string) => {
    if (e.length > 1) {
      const cp = parseInt(e.slice(1), 16)
      if (cp > 0x10ffff) throw err(`invalid escape ${all}`)
      return String.fromCodePoint(cp)
    }
    return Object.hasOwn(ESCAPES, e) ? ESCAPES[e] : all
  })
}

class Lexer {
  readonly tokens: Token[] = []
  private pos = 0
  private stripNext = false

  constructor(private readonly src: string) {}

  error(message: string, pos = this.pos): TemplateSyntaxError {
    const { line0, column0 } = lineCol(this.src, pos)
    return new TemplateSyntaxError(message, line0, column0)
  }

  private data(text: string, pos: number, stripEnd: boolean): void {
    let t = text
    let p = pos
    if (this.stripNext) {
      const trimmed = t.trimStart()
      p += t.length - trimmed.length
      t = trimmed
    }
    if (stripEnd) t = t.trimEnd()
    this.stripNext = false
    if (t) this.tokens.push({ type: 'data', value: t, pos: p })
  }

  run(): Token[] {
    const src = this.src
    while (this.pos < src.length) {
      const open = /\{[{%#]/g
      open.lastIndex = this.pos
      const m = open.exec(src)
      if (!m) {
        this.data(src.slice(this.pos), this.pos, false)
        break
      }
      const strip = src[m.index + 2] === '-'
      const raw = /\{%[-+]?\s*raw\s*(-?)%\}/y
      raw.lastIndex = m.index
      const rawMatch = m[0] === '{%' ? raw.exec(src) : null
      this.data(src.slice(this.pos, m.index), this.pos, strip)
      if (rawMatch) this.raw(m.index, rawMatch)
      else if (m[0] === '{#') this.comment(m.index)
      else this.tag(m.index, m[0] === '{{' ? 'var' : 'block')
    }
    this.tokens.push({ type: 'eof', value: '', pos: src.length })
    return this.tokens
  }

  expression(): Token[] {
    const stack: string[] = []
    for (;;) {
      while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++
      if (this.pos >= this.src.length) break
      this.tokens.push(this.token(stack))
    }
    this.tokens.push({ type: 'eof', value: '', pos: this.src.length })
    return this.tokens
  }

  private raw(start: number, open: RegExpExecArray): void {
    const end = /\{%(-?)\s*endraw\s*(-?)%\}/g
    end.lastIndex = start + open[0].length
    const m = end.exec(this.src)
    if (!m) throw this.error("missing end of raw directive: no '{% endraw %}'", start)
    this.stripNext = open[1] === '-'
    this.data(this.src.slice(start + open[0].length, m.index), start + open[0].length, m[1] === '-')
    this.stripNext = m[2] === '-'
    this.pos = m.index + m[0].length
  }

  private comment(start: number): void {
    const end = this.src.indexOf('#}', start + 2)
    if (end < 0) throw this.error('missing end of comment tag', start)
    this.stripNext = this.src[end - 1] === '-' && end - 1 > start + 2
    this.pos = end + 2
  }

  private tag(start: number, kind: 'var' | 'block'): void {
    const src = this.src
    const close = kind === 'var' ? '}}' : '%}'
    this.tokens.push({ type: `${kind}_begin`, value: kind === 'var' ? '{{' : '{%', pos: start })
    this.pos = start + 2
    if (src[this.pos] === '-' || (kind === 'block' && src[this.pos] === '+')) this.pos++
    const stack: string[] = []
    for (;;) {
      while (this.pos < src.length && /\s/.test(src[this.pos])) this.pos++
      if (this.pos >= src.length) throw this.error(`unexpected end of template: '${close}' missing`, start)
      if (!stack.length && (src.startsWith(close, this.pos) || src.startsWith(`-${close}`, this.pos))) {
        this.stripNext = src[this.pos] === '-'
        this.tokens.push({ type: `${kind}_end`, value: close, pos: this.pos })
        this.pos += this.stripNext ? 3 : 2
        return
      }
      const t = this.token(stack)
      this.tokens.push(t)
    }
  }

  private token(stack: string[]): Token {
    const src = this.src
    const pos = this.pos
    const c = src[pos]
    if (c === '"' || c === "'") {
      let j = pos + 1
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1
      if (j >= src.length) throw this.error('unterminated string', pos)
      this.pos = j + 1
      return { type: 'string', value: unescape(src.slice(pos + 1, j), m => this.error(m, pos)), pos }
    }
    for (const [re, type] of [
      [FLOAT, 'float'],
      [INT, 'int']
    ] as const) {
      re.lastIndex = pos
      const m = src[pos - 1] !== '.' || type === 'int' ? re.exec(src) : null
      if (m) {
        this.pos = pos + m[0].length
        const t = m[0].replace(/_/g, '')
        const n = type === 'float' ? Number(t) : /^0[box]/i.test(t) ? Number(t.toLowerCase()) : Number(t)
        return { type, value: m[0], pos, num: n }
      }
    }
    NAME.lastIndex = pos
    const name = NAME.exec(src)
    if (name) {
      this.pos = pos + name[0].length
      return { type: 'name', value: name[0], pos }
    }
    const op = OPS.find(o => src.startsWith(o, pos))
    if (!op) throw this.error(`unexpected character '${c}'`, pos)
    if (CLOSE[op]) stack.push(CLOSE[op])
    else if (op === ')' || op === ']' || op === '}') {
      if (stack.pop() !== op) throw this.error(`unexpected '${op}'`, pos)
    }
    this.pos = pos + op.length
    return { type: 'op', value: op, pos }
  }
}

export function tokenize(src: string): Token[] {
  return new Lexer(src).run()
}

/** Tokens of a bare expression (a selector): no tags around it. */
export function tokenizeExpression(src: string): Token[] {
  return new Lexer(src).expression()
}
