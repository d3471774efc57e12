/**
 * The local command's commands: name -> handler. Each flag command reads its flags with the shared
 * parser (flags.ts), answers -h/--help from the flag table, and runs the same step as its action.
 * The steps load when a command runs, so help and usage mistakes answer without loading them.
 */
import * as path from 'node:path'
import { InputProblems, readBool, type InputSource } from '../lib/inputs.js'
import { C_TREE_FLAGS, PIPELINE_FLAGS, WHEEL_FLAGS, type FlagName } from './flag-table.js'
import { parseFlags } from './flags.js'
import { commandHelp } from './help.js'
import { pipRetriesNote } from './pip-note.js'
import { pipelineText, timingsText } from './report.js'

export interface CommandContext {
  /** The package's root (the bundled example lives under it). */
  readonly home: string
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly out: (text: string) => void
  readonly err: (text: string) => void
}

export interface Command {
  /** One line for the top-level help. */
  readonly summary: string
  help(ctx: CommandContext): Promise<string>
  /** Runs with the arguments after the command's name; returns the exit code. */
  run(args: readonly string[], ctx: CommandContext): Promise<number>
}

interface FlagCommand {
  readonly name: string
  readonly summary: string
  readonly flags: readonly FlagName[]
  /** Defaults in place of the actions' (a given flag wins). */
  readonly defaults?: (ctx: CommandContext) => Readonly<Record<string, string>>
  /** What the step itself does when a flag is not given, where that differs from the action (help only). */
  readonly shownDefaults?: Readonly<Record<string, string>>
  readonly run: (src: InputSource, ctx: CommandContext) => Promise<number>
}

/** A command whose arguments are flags from the table: parsed, -h/--help answered, then `run`. */
function flagCommand(c: FlagCommand): Command {
  const help = (ctx: CommandContext): string => commandHelp({ ...c, defaults: { ...c.shownDefaults, ...c.defaults?.(ctx) } })
  return {
    summary: c.summary,
    help: async ctx => help(ctx),
    async run(args, ctx) {
      const parsed = parseFlags(c.name, c.flags, args)
      if (parsed.help) {
        ctx.out(help(ctx))
        return 0
      }
      const defaults = c.defaults?.(ctx) ?? {}
      return c.run(name => parsed.source(name) || defaults[name] || '', ctx)
    }
  }
}

/** Before the wheel phase: the one line on pip's retries (not for a plan-only run, which runs no pip). */
function notePipRetries(src: InputSource, ctx: CommandContext): void {
  if (readBool(src, 'plan-only', false, new InputProblems())) return
  const note = pipRetriesNote(ctx.env)
  if (note) ctx.err(note)
}

async function runPipeline(src: InputSource, ctx: CommandContext): Promise<number> {
  notePipRetries(src, ctx)
  const { pipelineStep } = await import('../phases/steps.js')
  const { failureError } = await import('../wheel/build.js')
  const r = await pipelineStep(src, ctx.cwd)
  ctx.out(pipelineText(r) + timingsText())
  if (r.wheels.failures.length) throw failureError(r.wheels.failures, r.wheels.pythons.length)
  return 0
}

/** Outside a runner the C tree is cached in the user's cache directory (src/cache/store.ts). */
const LOCAL_CACHE = { 'cache-dir': '~/.cache/build-wheel ($XDG_CACHE_HOME/build-wheel when set)' }

const build = flagCommand({
  name: 'build',
  summary: 'Build the C tree with make (or restore it from the cache), then one wheel per Python, repaired and tested.',
  flags: PIPELINE_FLAGS,
  shownDefaults: LOCAL_CACHE,
  run: runPipeline
})

const demo = flagCommand({
  name: 'demo',
  summary:
    "Build the bundled example (examples/montage-mini) in the package's own folders: its wheels as `build` does, then its conda package against a toolchain channel from this machine.",
  flags: PIPELINE_FLAGS,
  defaults: ctx => ({
    path: path.join(ctx.home, 'examples', 'montage-mini'),
    'cache-dir': path.join(ctx.home, '.cache'),
    'output-dir': path.join(ctx.home, 'wheelhouse')
  }),
  run: async (src, ctx) => (await import('./demo.js')).runDemo(src, ctx)
})

const cTree = flagCommand({
  name: 'c-tree',
  summary: 'Build (or restore from the cache) the C tree only, as the build-montage action does.',
  flags: C_TREE_FLAGS,
  shownDefaults: LOCAL_CACHE,
  async run(src, ctx) {
    const { montageStep } = await import('../phases/steps.js')
    const r = await montageStep(src, ctx.cwd)
    ctx.out(`\ncache-hit: ${r.cacheHit}\ncache-key: ${r.cacheKey}\n${timingsText()}`)
    return 0
  }
})

const wheels = flagCommand({
  name: 'wheels',
  summary: 'Build the wheels only, as the build-wheel action does (the C tree must be built already).',
  flags: WHEEL_FLAGS,
  async run(src, ctx) {
    notePipRetries(src, ctx)
    const { wheelStep } = await import('../phases/steps.js')
    const { failureError } = await import('../wheel/build.js')
    const r = await wheelStep(src, ctx.cwd)
    ctx.out(pipelineText({ wheels: r }) + timingsText())
    if (r.failures.length) throw failureError(r.failures, r.pythons.length)
    return 0
  }
})

/** `audit` parses its own arguments (src/manylinux/cli.ts); only its help is given here as well. */
const audit: Command = {
  summary: "Show each wheel's best platform tag, and why it gets nothing better.",
  async help() {
    const { AUDIT_USAGE } = await import('../manylinux/index.js')
    return AUDIT_USAGE.replace(/^usage: audit/, 'usage: build-wheel audit')
  },
  async run(args, ctx) {
    const end = args.indexOf('--')
    if ((end < 0 ? args : args.slice(0, end)).some(a => a === '-h' || a === '--help')) {
      ctx.out(await audit.help(ctx))
      return 0
    }
    const { auditCommand } = await import('../manylinux/index.js')
    return auditCommand([...args], s => ctx.out(s.endsWith('\n') ? s : `${s}\n`), ctx.env)
  }
}

/** `conda` parses its own subcommands and flags (src/cli/conda/index.ts). */
const conda: Command = {
  summary: 'Conda recipes: `conda render RECIPE` prints the rendered metadata (see `build-wheel conda --help`).',
  async help(ctx) {
    let text = ''
    const { condaCommand } = await import('./conda/index.js')
    await condaCommand(['--help'], s => (text += s.endsWith('\n') ? s : `${s}\n`))
    void ctx
    return text
  },
  async run(args, ctx) {
    const { condaCommand } = await import('./conda/index.js')
    return condaCommand([...args], s => ctx.out(s.endsWith('\n') ? s : `${s}\n`), ctx.home)
  }
}

/** Command name -> handler. Another command (e.g. `conda`, from its own module) is one more line here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  build,
  'c-tree': cTree,
  wheels,
  demo,
  audit,
  conda
}
