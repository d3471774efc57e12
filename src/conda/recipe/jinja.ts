/**
 * The Jinja pass, with nunjucks as the engine (in its Jinja2 compatibility mode, plus the Python
 * string methods recipes call: `version.split('.')`, `name.replace('-', '_')`, `x.startswith(...)`).
 * Every template line that ends outside a tag gets an invisible marker, so each output line can be
 * traced to the template line that wrote it, even through loops and `{% set %}` lines.
 */
import nunjucks from 'nunjucks'
import type { LineMap } from './location.js'
import { installPythonStrings } from './jinja-python.js'

const MARK_OPEN = '\uE000'
const MARK_CLOSE = '\uE001'
const MARKER = /\uE000(\d+)\uE001/g

export interface JinjaResult {
  readonly text: string
  readonly map: LineMap
}

/** An error from the engine, with the template line and column (0-based) when it gave them. */
export class JinjaError extends Error {
  constructor(
    message: string,
    readonly line0?: number,
    readonly column0?: number
  ) {
    super(message)
  }
}

let env: nunjucks.Environment | undefined
let strictEnv: nunjucks.Environment | undefined

function environment(strict: boolean): nunjucks.Environment {
  if (!env || !strictEnv) {
    nunjucks.installJinjaCompat()
    installPythonStrings()
    env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false })
    strictEnv = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true })
    for (const e of [env, strictEnv]) {
      const add = (e as unknown as { addTest(n: string, f: (v: unknown) => boolean): void }).addTest.bind(e)
      add('none', v => v === null)
      add('sameas', v => v === null)
      e.addFilter('tojson', v => JSON.stringify(v))
      e.addFilter('unique', (v: unknown[]) => [...new Set(v)])
    }
  }
  return strict ? strictEnv : env
}

/** Append a marker to each line that ends in plain text (not inside `{{ }}`, `{% %}` or `{# #}`). */
export function markLines(template: string): string {
  const lines = template.split('\n')
  let state: 'text' | '}}' | '%}' | '#}' = 'text'
  const out: string[] = []
  lines.forEach((line, n) => {
    for (let i = 0; i < line.length; i++) {
      if (state === 'text') {
        if (line[i] === '{' && (line[i + 1] === '{' || line[i + 1] === '%' || line[i + 1] === '#')) {
          state = line[i + 1] === '{' ? '}}' : line[i + 1] === '%' ? '%}' : '#}'
          i++
        }
      } else if (line.startsWith(state, i)) {
        state = 'text'
        i++
      }
    }
    out.push(state === 'text' && n < lines.length - 1 ? `${line}${MARK_OPEN}${n}${MARK_CLOSE}` : line)
  })
  return out.join('\n')
}

const compiled = new Map<string, nunjucks.Template>()

function compile(marked: string, strict: boolean): nunjucks.Template {
  const key = `${strict ? 's' : 'l'}${marked}`
  let t = compiled.get(key)
  if (!t) {
    try {
      t = nunjucks.compile(marked, environment(strict))
    } catch (e) {
      throw toJinjaError(e, marked)
    }
    if (compiled.size > 256) compiled.clear()
    compiled.set(key, t)
  }
  return t
}

function toJinjaError(e: unknown, template: string): JinjaError {
  const raw = e instanceof Error ? e.message : String(e)
  const where = /\[Line (\d+)(?:, Column (\d+))?\]/.exec(raw)
  let message = raw
    .replace(/^\(unknown path\)\s*(\[[^\]]*\])?\s*/, '')
    .replace(/^Error: /, '')
    .trim()
  const line0 = where ? Number(where[1]) - 1 : undefined
  const column0 = where?.[2] ? Number(where[2]) - 1 : undefined
  if (/attempted to output null or undefined value/.test(message) && line0 !== undefined) {
    const line = template.split('\n')[line0] ?? ''
    const at = line.lastIndexOf('{{', (column0 ?? 0) + 1)
    const end = line.indexOf('}}', at)
    const expr = at >= 0 && end > at ? line.slice(at + 2, end).trim() : ''
    message = expr ? `'${expr}' is undefined` : 'an undefined value is output'
  }
  return new JinjaError(message.replace(new RegExp(`${MARK_OPEN}\\d+${MARK_CLOSE}`, 'g'), ''), line0, column0)
}

/**
 * Render a template. `strict`: an undefined name written out is an error (conda-build's final pass);
 * otherwise it renders as nothing (its first pass, which only needs name and version).
 */
export function renderJinja(template: string, context: Record<string, unknown>, strict: boolean): JinjaResult {
  const marked = markLines(template)
  let output: string
  try {
    output = compile(marked, strict).render(context)
  } catch (e) {
    throw e instanceof JinjaError ? e : toJinjaError(e, marked)
  }
  const srcLines = template.split('\n')
  const text: string[] = []
  const lines: number[] = []
  const segments: Array<Array<{ start: number; origin: number }>> = []
  output.split('\n').forEach((outLine, i) => {
    const segs: Array<{ start: number; origin: number }> = []
    let plain = ''
    let last = 0
    for (const m of outLine.matchAll(MARKER)) {
      plain += outLine.slice(last, m.index)
      segs.push({ start: plain.length, origin: Number(m[1]) })
      last = m.index + m[0].length
    }
    plain += outLine.slice(last)
    text.push(plain)
    lines.push(segs.length ? segs[0].origin : (lines[i - 1] ?? 0))
    segments.push(segs)
  })
  const at = (l: number, c: number): { line0: number; col0: number } => {
    const segs = segments[l] ?? []
    const k = segs.findIndex(s => s.start >= c)
    const seg = segs[k >= 0 ? k : segs.length - 1]
    if (!seg) return { line0: lines[l] ?? 0, col0: c }
    const segStart = k > 0 ? segs[k - 1].start : k < 0 && segs.length > 1 ? segs[segs.length - 2].start : 0
    const src = srcLines[seg.origin] ?? ''
    const out = text[l].slice(segStart, seg.start)
    let p = 0
    while (p < src.length && p < out.length && src[p] === out[p]) p++
    const rel = c - segStart
    // past the part that matches the template, point at the expression that wrote it
    const expr = src.indexOf('{{', p)
    return { line0: seg.origin, col0: rel <= p ? rel : expr >= 0 ? expr : p }
  }
  return { text: text.join('\n'), map: { lines, at } }
}
