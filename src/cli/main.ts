/**
 * The local command: the actions' steps with the actions' inputs as flags, a local cache directory,
 * and a summary table at the end. `build-wheel --help` lists the commands; `build-wheel <command>
 * --help` describes each of its flags.
 */
import { errorMessage } from '../lib/errors.js'
import { maskUrlCredentials, redactOutput, reportFailure } from '../lib/log.js'
import { COMMANDS, type CommandContext } from './commands.js'
import { UsageError } from './flags.js'
import { topHelp } from './help.js'
import { timingsText } from './report.js'

const HELP = ['-h', '--help', 'help']

/** Run the command; returns the exit code (2 for a usage mistake). `home` is the package's root. */
export async function main(argv: readonly string[], home: string, env: CommandContext['env'] = process.env): Promise<number> {
  // passwords in URLs given on the command line are masked in every line printed, as on a runner
  maskUrlCredentials(argv)
  const stop = redactOutput()
  try {
    return await runCommand(argv, home, env)
  } finally {
    stop()
  }
}

async function runCommand(argv: readonly string[], home: string, env: CommandContext['env']): Promise<number> {
  const ctx: CommandContext = {
    home,
    cwd: process.cwd(),
    env,
    out: text => void process.stdout.write(text),
    err: text => void process.stderr.write(text)
  }
  const [name, ...rest] = argv
  if (name === undefined) {
    ctx.err(topHelp(COMMANDS))
    return 2
  }
  if (HELP.includes(name)) {
    // `build-wheel help build` is `build-wheel build --help`
    const asked = name === 'help' ? rest[0] : undefined
    const topic = asked !== undefined && Object.hasOwn(COMMANDS, asked) ? COMMANDS[asked] : undefined
    ctx.out(topic ? await topic.help(ctx) : topHelp(COMMANDS))
    return 0
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    const known = Object.keys(COMMANDS).join(', ')
    const why = name.startsWith('-') ? `'${name}' comes before a command; flags go after it` : `unknown command '${name}'`
    ctx.err(`error: ${why} (commands: ${known}); see build-wheel --help\n`)
    return 2
  }
  try {
    return await COMMANDS[name].run(rest, ctx)
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.err(`error: ${e.message}\nsee build-wheel ${name} --help\n`)
      return 2
    }
    ctx.out(timingsText())
    reportFailure(e instanceof Error ? e : new Error(errorMessage(e)))
    return 1
  }
}
