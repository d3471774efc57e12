/**
 * A command's flags, parsed (pure): Node's `util.parseArgs` splits the arguments into tokens, then
 * every problem is named in one message: a flag without its value, an unknown flag (with the
 * accepted ones), an argument where none is taken. Flags are the actions' inputs
 * (`--python-versions 3.12`, `--python-versions=3.12`); on/off ones also take `--no-`.
 */
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util'
import { UserError } from '../lib/errors.js'
import type { InputSource } from '../lib/inputs.js'
import { FLAGS, type FlagName } from './flag-table.js'

/** A mistake in how the command was called (exit 2), as opposed to an input value that is refused. */
export class UsageError extends UserError {
  override name = 'UsageError'
}

export interface ParsedFlags {
  /** -h or --help was given: show the help and run nothing (other problems are not reported then). */
  readonly help: boolean
  readonly values: Readonly<Record<string, string>>
  readonly source: InputSource
}

export const isSwitch = (name: string): boolean => (FLAGS as Record<string, { switch?: true }>)[name]?.switch === true

/** The flag as the user typed it, without an `=value`. */
const typed = (arg: string): string => (arg.startsWith('--') && arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg)

export function parseFlags(command: string, accepted: readonly FlagName[], args: readonly string[]): ParsedFlags {
  const known = new Set<string>(accepted)
  const options = Object.fromEntries<ParseArgsOptionDescriptor>([
    ...accepted.map((n): [string, ParseArgsOptionDescriptor] => [n, { type: isSwitch(n) ? 'boolean' : 'string' }]),
    ['help', { type: 'boolean', short: 'h' }]
  ])
  const values: Record<string, string> = {}
  const problems: string[] = []
  const unknown: string[] = []
  let help = false

  /** Whether `arg` is one of this command's flags (so it cannot be another flag's value). */
  const isOurFlag = (arg: string): boolean => {
    const m = /^--(?:no-)?([a-z][a-z0-9-]*)(?:=|$)/.exec(arg)
    return arg === '-h' || arg === '--help' || (m !== null && known.has(m[1]))
  }
  const set = (name: string, value: string): void => {
    if (name in values) problems.push(`--${name} is given twice ('${values[name]}', then '${value}'); give it once`)
    else values[name] = value
  }

  // Parses args[from...]; starts again after a flag whose value turned out to be the next flag.
  const scan = (from: number): void => {
    const { tokens } = parseArgs({
      args: args.slice(from),
      options,
      strict: false,
      allowPositionals: true,
      allowNegative: true,
      tokens: true
    })
    const reported = new Set<number>() // -abc gives one token per letter, all at one index
    let takenBy: number | undefined // the index of a positional that is an unknown flag's value
    let previous: (typeof tokens)[number] | undefined
    for (const t of tokens) {
      const before = previous
      previous = t
      if (t.kind === 'option-terminator') continue
      const raw = args[from + t.index]
      if (t.kind === 'positional') {
        if (t.index === takenBy) continue
        const afterSwitch = before?.kind === 'option' && isSwitch(before.name) && before.value === undefined && before.index === t.index - 1
        const hint = afterSwitch ? `; ${before.rawName} takes no separate value (write --${before.name}=${raw} or --no-${before.name})` : ''
        problems.push(`unexpected argument '${raw}': '${command}' takes only flags (--name VALUE)${hint}`)
        continue
      }
      if (t.name === 'help' && !t.rawName.startsWith('--no-')) {
        help = true
        continue
      }
      if (t.name.startsWith('no-') && known.has(t.name.slice(3)) && isSwitch(t.name.slice(3))) {
        // util.parseArgs negates `--no-cache` but not `--no-cache=VALUE`
        problems.push(`--${t.name} takes no value (write --${t.name.slice(3)}=VALUE or --${t.name})`)
        continue
      }
      if (!known.has(t.name)) {
        if (!reported.has(t.index)) unknown.push(typed(raw))
        reported.add(t.index)
        if (t.value === undefined && !raw.includes('=')) takenBy = t.index + 1
        continue
      }
      const negated = t.rawName.startsWith('--no-')
      if (isSwitch(t.name)) set(t.name, t.inlineValue ? (t.value ?? '') : negated ? 'false' : 'true')
      else if (negated) {
        const switches = accepted.filter(isSwitch).map(n => `--no-${n}`)
        problems.push(`${t.rawName}: only on/off flags can be negated (${switches.join(', ') || 'none here'}); ` + `give --${t.name} a value instead`)
      } else if (t.value === undefined) {
        problems.push(`${t.rawName} needs a value`)
      } else if (!t.inlineValue && isOurFlag(t.value)) {
        problems.push(
          `${t.rawName} needs a value, but the next argument is the flag ${typed(t.value)} ` + `(a value that starts with '-' is written ${t.rawName}=VALUE)`
        )
        scan(from + t.index + 1)
        return
      } else set(t.name, t.value)
    }
  }
  scan(0)

  if (unknown.length) {
    const hints = unknown.map(u => closest(u, accepted)).filter(Boolean)
    problems.unshift(
      `unknown flag${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} for '${command}'` +
        (hints.length ? ` (did you mean ${hints.join(', ')}?)` : '') +
        `; accepted: ${accepted.map(f => `--${f}`).join(' ')} -h/--help`
    )
  }
  if (help) return { help, values: {}, source: () => '' }
  if (problems.length) throw new UsageError(problems.join('\n'))
  return { help, values, source: name => values[name] ?? '' }
}

/** The accepted flag a mistyped one most likely meant: a prefix of it, or at most two edits away. */
export function closest(typedFlag: string, accepted: readonly string[]): string | undefined {
  const name = typedFlag.replace(/^-+(no-)?/, '')
  if (name.length < 2) return undefined
  const byPrefix = accepted.filter(a => a.startsWith(name))
  if (byPrefix.length === 1) return `--${byPrefix[0]}`
  let best: { flag: string; d: number } | undefined
  for (const a of accepted) {
    const d = editDistance(name, a)
    if (d <= 2 && (!best || d < best.d)) best = { flag: a, d }
  }
  return best && `--${best.flag}`
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}
