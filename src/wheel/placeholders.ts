/**
 * Placeholders in the user's commands: {project}, {package}, {python}, {venv}, {wheel}. Pure.
 *
 * A value is put in already quoted for the shell, exactly once, wherever the placeholder sits:
 * `python {package}/t.py`, `python "{package}/t.py"` and `python '{package}/t.py'` all run the same
 * file, even when the path holds spaces or quotes. Inside quotes the user opened, the quote is closed
 * before the value and reopened after it (`"a {package} b"` becomes `"a "'/p q'" b"`), which bash
 * reads as one word. `\{package}` is left as it is (the backslash keeps its literal meaning).
 */
import { shellQuote } from '../lib/errors.js'

export const PLACEHOLDER_NAMES = ['project', 'package', 'python', 'venv', 'wheel'] as const
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number]

/** Which placeholders each user command may use, and what they stand for (for messages and docs). */
export const COMMAND_PLACEHOLDERS = {
  'before-build': ['project', 'package', 'python'],
  'test-command': ['project', 'package', 'python', 'venv', 'wheel']
} as const satisfies Record<string, readonly PlaceholderName[]>

/** Where a placeholder sits: outside quotes, or inside '...', $'...' or "...". */
type Context = 'plain' | 'single' | 'ansi' | 'double'

type Frame =
  { readonly kind: 'plain'; readonly closer?: ')' | '`'; depth: number } | { readonly kind: 'single' } | { readonly kind: 'ansi' } | { readonly kind: 'double' }

const PLACEHOLDER = new RegExp(`\\{(${PLACEHOLDER_NAMES.join('|')})\\}`, 'y')

/** A quoted value spliced into a word that is inside `context`'s quotes. */
function splice(quoted: string, context: Context): string {
  switch (context) {
    case 'plain':
      return quoted
    case 'single':
      return `'${quoted}'`
    case 'ansi':
      return `'${quoted}$'`
    case 'double':
      return `"${quoted}"`
  }
}

/**
 * Walk `command` as bash would split it into quoted parts and call `found` at each placeholder;
 * its answer (already quoted, or undefined to keep the placeholder's text) takes the placeholder's place.
 */
function walk(command: string, found: (name: PlaceholderName, context: Context) => string | undefined): string {
  const stack: Frame[] = [{ kind: 'plain', depth: 0 }]
  let out = ''
  let i = 0
  const atWordStart = (): boolean => i === 0 || /[\s;&|()]/.test(command[i - 1])
  while (i < command.length) {
    const frame = stack[stack.length - 1]
    const c = command[i]
    const next = command[i + 1] ?? ''
    PLACEHOLDER.lastIndex = i
    const m = PLACEHOLDER.exec(command)
    if (m) {
      const name = m[1] as PlaceholderName
      const replaced = found(name, frame.kind)
      out += replaced === undefined ? m[0] : splice(replaced, frame.kind)
      i += m[0].length
      continue
    }
    if (frame.kind === 'single') {
      if (c === "'") stack.pop()
      out += c
      i++
      continue
    }
    if (c === '\\') {
      out += c + next
      i += 2
      continue
    }
    if (frame.kind === 'ansi') {
      if (c === "'") stack.pop()
      out += c
      i++
      continue
    }
    if (frame.kind === 'double') {
      if (c === '"') stack.pop()
      else if (c === '$' && next === '(') {
        stack.push({ kind: 'plain', closer: ')', depth: 0 })
        out += c + next
        i += 2
        continue
      } else if (c === '`') stack.push({ kind: 'plain', closer: '`', depth: 0 })
      out += c
      i++
      continue
    }
    // outside quotes (at the top, or inside $( ) or ` `)
    if (c === '#' && atWordStart()) {
      const end = command.indexOf('\n', i)
      const stop = end < 0 ? command.length : end
      out += command.slice(i, stop) // a comment: nothing in it is shell syntax
      i = stop
      continue
    }
    if (c === "'") stack.push({ kind: 'single' })
    else if (c === '$' && next === "'") {
      stack.push({ kind: 'ansi' })
      out += c + next
      i += 2
      continue
    } else if (c === '"') stack.push({ kind: 'double' })
    else if (c === '$' && next === '(') {
      stack.push({ kind: 'plain', closer: ')', depth: 0 })
      out += c + next
      i += 2
      continue
    } else if (c === '(') frame.depth++
    else if (c === ')' && frame.closer === ')') {
      if (frame.depth === 0) stack.pop()
      else frame.depth--
    } else if (c === ')') frame.depth = Math.max(0, frame.depth - 1)
    else if (c === '`') {
      if (frame.closer === '`') stack.pop()
      else stack.push({ kind: 'plain', closer: '`', depth: 0 })
    }
    out += c
    i++
  }
  return out
}

/**
 * The command with each placeholder that has a value replaced by the value, quoted for bash once
 * (see the file's comment). Placeholders without a value and any other braces stay as written.
 */
export function fillPlaceholders(command: string, values: Readonly<Partial<Record<PlaceholderName, string>>>): string {
  return walk(command, name => (values[name] !== undefined ? shellQuote(values[name]) : undefined))
}

/** The placeholders a command uses, each once, in order of first use. */
export function placeholdersIn(command: string): PlaceholderName[] {
  const seen = new Set<PlaceholderName>()
  walk(command, name => {
    seen.add(name)
    return undefined
  })
  return [...seen]
}
