/** The conda subcommands' one way of reading their arguments: util.parseArgs, --help, usage on a mistake. */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { errorMessage } from '../../lib/errors.js'

/**
 * Parse `args` against `options` (which include `help`). Returns the parsed flags and positionals,
 * or the exit code when there is nothing more to do: 0 after printing the usage for --help, 2 after
 * an error that names the mistake, followed by the usage.
 */
export function parseSubcommand<const O extends ParseArgsOptionsConfig>(args: readonly string[], options: O, usage: string, out: (s: string) => void) {
  let parsed
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}\n${usage}`)
    return 2
  }
  if ((parsed.values as { help?: boolean }).help) {
    out(usage)
    return 0
  }
  return parsed
}
