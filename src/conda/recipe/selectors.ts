/**
 * Line selectors: `text  # [expr]` keeps the line (without the selector) when expr is true and drops it
 * otherwise. The rules are conda-build's: whole-line comments become blank lines, a trailing quote is
 * kept, the `#` is optional (so a flow list `[a, b]` ending a line is read as a selector, as conda-build
 * reads it), and each distinct expression is evaluated once per namespace.
 */
import { evalSelector, SelectorError, type PyValue } from './expr.js'
import type { LineMap, RecipeWarning } from './location.js'

export interface SplitLine {
  /** The line without its selector (right-trimmed). */
  readonly text: string
  readonly selector?: string
  /** Whether the selector followed a `#` (otherwise it is a bare `[...]` at the end of the line). */
  readonly commented?: boolean
}

/**
 * Split one line: content, an optional `#...` comment, then `[expr]` with no brackets inside; after a
 * comment more text without parentheses may follow the bracket.
 */
export function splitSelector(raw: string): SplitLine {
  const line = raw.trimEnd()
  if (line.trimStart().startsWith('#') || line === '') return { text: '' }
  if (!line.includes('[') || !line.includes(']')) return { text: line }
  const quote = line.endsWith("'") || line.endsWith('"') ? line[line.length - 1] : ''
  // the shortest content for which the rest matches, as a lazy regular expression would find it
  for (let i = 1; i < line.length; i++) {
    let j = i
    while (j < line.length && /\s/.test(line[j])) j++
    if (line[j] === '#') {
      const rest = line.slice(j)
      // the comment's `.*` is greedy: the last bracket pair that only paren-free text follows
      for (let open = rest.lastIndexOf('['); open >= 0; open = open > 0 ? rest.lastIndexOf('[', open - 1) : -1) {
        const close = rest.indexOf(']', open)
        const inner = close < 0 ? '' : rest.slice(open + 1, close)
        if (inner && !inner.includes('[') && !/[()]/.test(rest.slice(close + 1)))
          return { text: (line.slice(0, i) + quote).trimEnd(), selector: inner, commented: true }
      }
    } else if (line[j] === '[') {
      const m = /^\[([^[\]]+)\]$/.exec(line.slice(j))
      if (m) return { text: (line.slice(0, i) + quote).trimEnd(), selector: m[1], commented: false }
    }
  }
  return { text: line }
}

export interface Selected {
  readonly text: string
  readonly map: LineMap
  readonly warnings: readonly RecipeWarning[]
}

export class InvalidSelector extends Error {
  constructor(
    message: string,
    /** 0-based line in the input text. */
    readonly line0: number,
    readonly column0: number
  ) {
    super(message)
  }
}

const splitCache = new Map<string, SplitLine[]>()

function splitAll(text: string): SplitLine[] {
  let lines = splitCache.get(text)
  if (!lines) {
    lines = text.split(/\r?\n/).map(splitSelector)
    if (splitCache.size > 64) splitCache.clear()
    splitCache.set(text, lines)
  }
  return lines
}

/** Keep the lines whose selectors are true. Returns the text and the map of kept lines to input lines. */
export function selectLines(text: string, ns: ReadonlyMap<string, PyValue>, file = 'meta.yaml'): Selected {
  const out: string[] = []
  const lines: number[] = []
  const warnings: RecipeWarning[] = []
  const cache = new Map<string, boolean>()
  const raw = text.split(/\r?\n/)
  splitAll(text).forEach((l, i) => {
    if (l.selector === undefined) {
      out.push(l.text)
      lines.push(i)
      return
    }
    let keep = cache.get(l.selector)
    if (keep === undefined) {
      try {
        keep = evalSelector(l.selector.trim(), ns)
      } catch (e) {
        const column0 = raw[i].lastIndexOf(`[${l.selector}]`)
        const why = e instanceof SelectorError ? e.message : String(e)
        throw new InvalidSelector(`invalid selector [${l.selector}]: ${why}`, i, Math.max(0, column0))
      }
      cache.set(l.selector, keep)
    }
    if (!l.commented && /[:-]\s*$/.test(l.text))
      warnings.push({
        message: `'[${l.selector}]' at the end of the line is read as a selector (conda-build reads it so); quote a flow list or add a comment`,
        at: { file, line: i + 1, column: raw[i].lastIndexOf('[') + 1 }
      })
    if (keep) {
      out.push(l.text)
      lines.push(i)
    }
  })
  return { text: out.join('\n') + '\n', map: { lines }, warnings }
}
