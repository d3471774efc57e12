/** Help texts of the local command (pure): the commands, and each command's flags with their descriptions. */
import { FLAGS, type FlagName, type FlagSpec } from './flag-table.js'

const WIDTH = 100

/** Words of `text` in lines of at most `width` characters, each starting with `indent`. */
export function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(indent + line)
  return lines
}

/** One flag: how to write it, then its description and its default (a line of its own: it may be a long path). */
export function flagLines(name: FlagName, defaultHere?: string): string[] {
  const spec: FlagSpec = FLAGS[name]
  const head = spec.switch ? `  --${name}, --no-${name}` : `  --${name} ${spec.value ?? 'VALUE'}`
  const fallback = defaultHere ?? spec.default
  const shown = fallback !== undefined ? [`      [default: ${fallback}]`] : []
  return [head, ...wrap(spec.description, '      '), ...shown]
}

export interface CommandHelp {
  readonly name: string
  readonly summary: string
  readonly flags: readonly FlagName[]
  /** Defaults this command applies in place of the actions' (the demo's paths). */
  readonly defaults?: Readonly<Record<string, string>>
}

export function commandHelp(c: CommandHelp): string {
  return [
    `usage: build-wheel ${c.name} [flags]`,
    ...wrap(c.summary, ''),
    '',
    "flags (the actions' inputs, under the same names; --name VALUE or --name=VALUE):",
    ...c.flags.flatMap(f => flagLines(f, c.defaults?.[f])),
    '  -h, --help',
    '      Show this help.',
    ''
  ].join('\n')
}

export function topHelp(commands: Readonly<Record<string, { readonly summary: string }>>): string {
  const names = Object.keys(commands)
  const pad = Math.max(...names.map(n => n.length)) + 2
  return [
    'usage: build-wheel <command> [flags]',
    '',
    'commands:',
    ...names.flatMap(n => {
      const [first, ...rest] = wrap(commands[n].summary, ' '.repeat(pad + 2))
      return [`  ${n.padEnd(pad)}${first.trimStart()}`, ...rest]
    }),
    '',
    "Run `build-wheel <command> --help` for its flags: the actions' inputs, under the same names.",
    ''
  ].join('\n')
}
