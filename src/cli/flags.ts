/** Command-line flags: the same names as the actions' inputs (`--python-versions 3.12`). Pure. */
import { UserError } from '../lib/errors.js'
import type { InputSource } from '../lib/inputs.js'

const MONTAGE = ['path', 'make-args', 'jobs', 'cache', 'cache-dir', 'engine', 'image'] as const
const WHEEL = [
  'path', 'package-dir', 'python-versions', 'before-build', 'test-command', 'test-requires', 'pip-args',
  'repair', 'plat', 'output-dir', 'upload-artifact', 'plan-only', 'engine', 'image'
] as const

/** Flags each command accepts. */
export const COMMAND_FLAGS: Readonly<Record<string, readonly string[]>> = {
  build: [...new Set([...MONTAGE, ...WHEEL])],
  demo: [...new Set([...MONTAGE, ...WHEEL])],
  'c-tree': MONTAGE,
  wheels: WHEEL
}

/** Flags that may stand alone, meaning true. */
const SWITCHES = new Set(['plan-only', 'cache'])

export interface ParsedFlags {
  readonly values: Readonly<Record<string, string>>
  readonly source: InputSource
}

export function parseFlags(command: string, args: readonly string[]): ParsedFlags {
  const accepted = COMMAND_FLAGS[command] ?? []
  const values: Record<string, string> = {}
  const problems: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(a)
    if (!m) {
      problems.push(`'${a}' is not a flag; flags look like --python-versions 3.12`)
      continue
    }
    let [, name, value] = m
    let negated = false
    if (name.startsWith('no-') && SWITCHES.has(name.slice(3))) {
      name = name.slice(3)
      negated = true
    }
    if (!accepted.includes(name)) {
      problems.push(`unknown flag --${name}; accepted for '${command}': ${accepted.map(f => `--${f}`).join(' ')}`)
      continue
    }
    if (value === undefined) {
      if (SWITCHES.has(name)) value = negated ? 'false' : 'true'
      else if (i + 1 < args.length) value = args[++i]
      else {
        problems.push(`--${name} needs a value`)
        continue
      }
    }
    values[name] = value
  }
  if (problems.length) throw new UserError(problems.join('\n'))
  return { values, source: name => values[name] ?? '' }
}
