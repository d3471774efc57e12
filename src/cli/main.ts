/**
 * The local command: the same phases with the same inputs as the actions, a local cache directory,
 * and a summary table at the end.
 *   build-wheel build   [--path DIR] [--python-versions ...] ...   C tree, then wheels
 *   build-wheel c-tree  [--path DIR] ...                            the C tree only
 *   build-wheel wheels  [--path DIR] ...                            the wheels only
 *   build-wheel demo    [flags]                                     build the bundled example
 *   build-wheel audit   [--json] WHEEL...                           the wheel's best platform tag
 */
import * as path from 'node:path'
import { errorMessage, UserError } from '../lib/errors.js'
import { phaseTimings, reportFailure } from '../lib/log.js'
import { renderTextTable } from '../lib/summary.js'
import { wheelNotes, wheelRows } from '../phases/report.js'
import { montageStep, pipelineStep, wheelStep, type PipelineResult } from '../phases/steps.js'
import { failureError } from '../wheel/build.js'
import { COMMAND_FLAGS, parseFlags } from './flags.js'

const USAGE = `usage: build-wheel <command> [flags]
commands:
  build    build the C tree (cached) and one wheel per Python, repaired and tested
  c-tree   build (or restore) the C tree only
  wheels   build the wheels only (the C tree must be built)
  demo     build the bundled example (examples/montage-mini) end to end
  audit    show a wheel's best platform tag:  audit [--json] WHEEL...
flags are the actions' inputs: ${COMMAND_FLAGS.build.map(f => `--${f}`).join(' ')}
`

function printTimings(): void {
  const t = phaseTimings()
  if (!t.length) return
  process.stdout.write(`\nphases:\n${t.map(p => `  ${p.seconds.toFixed(1).padStart(7)} s  ${p.ok ? '' : 'FAILED '}${p.title}`).join('\n')}\n`)
}

function printPipeline(r: PipelineResult): void {
  process.stdout.write(`\n${renderTextTable('Wheels', wheelRows(r.wheels), wheelNotes(r.wheels, r.montage))}\n`)
  process.stdout.write(`matrix: ${JSON.stringify(r.wheels.matrix)}\n`)
}

/** Run the command; returns the exit code. `home` is the package's root (for the bundled example). */
export async function main(argv: readonly string[], home: string): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'build':
      case 'demo': {
        const flags = parseFlags(command, rest)
        const defaults: Record<string, string> =
          command === 'demo'
            ? { path: path.join(home, 'examples', 'montage-mini'), 'cache-dir': path.join(home, '.cache'), 'output-dir': path.join(home, 'wheelhouse') }
            : {}
        const r = await pipelineStep(name => flags.source(name) || defaults[name] || '', process.cwd())
        printPipeline(r)
        printTimings()
        if (r.wheels.failures.length) throw failureError(r.wheels.failures, r.wheels.pythons.length)
        return 0
      }
      case 'c-tree': {
        const r = await montageStep(parseFlags(command, rest).source, process.cwd())
        process.stdout.write(`\ncache-hit: ${r.cacheHit}\ncache-key: ${r.cacheKey}\n`)
        printTimings()
        return 0
      }
      case 'wheels': {
        const r = await wheelStep(parseFlags(command, rest).source, process.cwd())
        printPipeline({ wheels: r })
        printTimings()
        if (r.failures.length) throw failureError(r.failures, r.pythons.length)
        return 0
      }
      case 'audit': {
        const { auditCommand } = await import('../manylinux/index.js')
        return await auditCommand([...rest], s => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`))
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE)
        return command === undefined ? 2 : 0
      default:
        throw new UserError(`unknown command '${command}'\n${USAGE}`)
    }
  } catch (e) {
    printTimings()
    reportFailure(e instanceof Error ? e : new Error(errorMessage(e)))
    return 1
  }
}
