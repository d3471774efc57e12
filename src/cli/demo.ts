/**
 * `build-wheel demo`: the bundled example (examples/montage-mini) through both halves, in the
 * package's own folders. The wheel flow as `build` runs it (the C tree cached under .cache/), then the
 * conda flow: the toolchain channel from this machine's tools (cached under .cache/conda-toolchain/,
 * keyed by its recipes and the tools' versions), the example's recipe built against it into
 * conda-bld/, `minimontage` installed into a fresh prefix and two of its tools run from there. One
 * table for the wheels and the packages at the end.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { describeEpoch, sourceDateEpoch } from '../lib/epoch.js'
import { run } from '../lib/exec.js'
import { InputProblems, readBool, type InputSource } from '../lib/inputs.js'
import { phase } from '../lib/log.js'
import { renderTextTable, timingsText, type SummaryNote, type SummaryRow } from '../lib/summary.js'
import { wheelNotes, wheelRows } from '../phases/report.js'
import type { CommandContext } from './commands.js'
import { pipRetriesNote } from './pip-note.js'
import { pipelineText } from './report.js'

/** What the demo's conda flow did. */
export interface DemoConda {
  readonly rows: readonly SummaryRow[]
  readonly notes: readonly string[]
}

/** The problem when this machine has no CPython 3 to build with ('' when it has one). */
export async function noPythonProblem(env: CommandContext['env']): Promise<string> {
  const { machinePythons, installHint } = await import('../conda/toolchain-machine.js')
  if (machinePythons(env).length) return ''
  return (
    'the demo needs a CPython 3 (the wheels are built for it, and the conda toolchain repackages it) and this machine has none ' +
    `(looked in /opt/python, ${env.PYENV_ROOT || '~/.pyenv'}/versions and for python3.X on PATH); install ${installHint('python')}`
  )
}

/** Run a tool installed in the demo's prefix; its output, or an error naming it with what it printed. */
async function runTool(prefix: string, argv: readonly string[]): Promise<string> {
  const exe = path.join(prefix, 'bin', argv[0])
  const r = await run([exe, ...argv.slice(1)], { silent: true })
  if (r.exitCode !== 0) throw new Error(`${argv.join(' ')} from ${prefix} failed with exit code ${r.exitCode}:\n${r.tail}`)
  return r.stdout.trim()
}

/** The conda half: toolchain channel (cached), the example's recipe, a fresh prefix, two tools run. */
export async function demoConda(home: string, cacheDir: string, log: (l: string) => void): Promise<DemoConda> {
  const { cachedToolchain, recipesDirOf } = await import('../conda/toolchain.js')
  const { TOOLCHAIN_LEVEL } = await import('./conda/toolchain.js')
  const { buildRecipe } = await import('../conda/builder/build.js')
  const { claimCroot } = await import('../conda/builder/croot.js')
  const { condaRows } = await import('../conda/builder/report.js')
  const { createEnvironment } = await import('../conda/env/create.js')
  const recipe = path.join(home, 'examples', 'montage-mini', 'conda', 'recipe')
  const condaCache = path.join(cacheDir, 'conda')
  const claimed = claimCroot(path.join(cacheDir, 'conda-bld'))
  try {
    const common = { croot: claimed.dir, cacheDir: condaCache, log, warn: (l: string) => log(`warning: ${l}`) }
    const recipesDir = recipesDirOf(home)
    const tcEpoch = await sourceDateEpoch(recipesDir)
    const toolchain = await phase('Toolchain channel', () =>
      cachedToolchain(cacheDir, {
        ...common,
        recipesDir,
        level: TOOLCHAIN_LEVEL,
        test: true,
        sourceDateEpoch: tcEpoch.value
      })
    )
    const epoch = await sourceDateEpoch(recipe)
    log(describeEpoch(epoch))
    const built = await buildRecipe({
      ...common,
      recipe,
      outputDir: path.join(home, 'conda-bld'),
      channels: [toolchain.channel],
      format: 'conda',
      test: true,
      keepWork: false,
      sourceCacheDir: path.join(condaCache, 'src_cache'),
      sourceDateEpoch: epoch.value
    })
    const prefix = path.join(cacheDir, 'demo-env')
    fs.rmSync(prefix, { recursive: true, force: true })
    const tools = await phase('conda create minimontage', async () => {
      await createEnvironment({ prefix, channels: [path.join(home, 'conda-bld'), toolchain.channel], specs: ['minimontage'], cacheDir: condaCache, log })
      return [await runTool(prefix, ['mVersion']), await runTool(prefix, ['mDist', '0', '0', '90', '0'])]
    })
    const tc = toolchain.hit
      ? `toolchain channel: reused ${toolchain.channel} (${toolchain.files.length} packages, key ${toolchain.key})`
      : `toolchain channel: built ${toolchain.channel} (${toolchain.files.length} packages, key ${toolchain.key})`
    return {
      rows: condaRows([...toolchain.packages, ...built.packages]),
      notes: [tc, `minimontage installed into ${prefix}:`, `  mVersion: ${tools[0]}`, `  mDist 0 0 90 0: ${tools[1]}`]
    }
  } finally {
    claimed.release()
  }
}

/** The demo (see the module's comment); returns the exit code. */
export async function runDemo(src: InputSource, ctx: CommandContext): Promise<number> {
  const missing = await noPythonProblem(ctx.env)
  if (missing) {
    ctx.err(`error: ${missing}\n`)
    return 1
  }
  const planOnly = readBool(src, 'plan-only', false, new InputProblems())
  if (!planOnly) {
    // the conda half's tools checked before the wheels take their minute: a missing one is named now
    const { recipesDirOf, renderToolchain } = await import('../conda/toolchain.js')
    renderToolchain({ recipesDir: recipesDirOf(ctx.home) })
  }
  const note = planOnly ? '' : pipRetriesNote(ctx.env)
  if (note) ctx.err(note)
  const { pipelineStep } = await import('../phases/steps.js')
  const { failureError } = await import('../wheel/build.js')
  const r = await pipelineStep(src, ctx.cwd)
  if (planOnly) {
    ctx.out(pipelineText(r) + timingsText())
    return 0
  }
  if (r.wheels.failures.length) {
    ctx.out(pipelineText(r) + timingsText())
    throw failureError(r.wheels.failures, r.wheels.pythons.length)
  }
  const cacheDir = path.resolve(ctx.cwd, src('cache-dir') || path.join(ctx.home, '.cache'))
  let conda: DemoConda
  try {
    conda = await demoConda(ctx.home, cacheDir, l => ctx.out(`${l}\n`))
  } catch (e) {
    ctx.out(pipelineText(r)) // the wheels were built: their table before the conda half's error
    throw e
  }
  const notes: SummaryNote[] = [...wheelNotes(r.wheels, r.montage), ...conda.notes]
  const table = renderTextTable('Wheels and conda packages', [...wheelRows(r.wheels), ...conda.rows], notes)
  ctx.out(`\n${table}\nmatrix: ${JSON.stringify(r.wheels.matrix)}\n${timingsText()}`)
  return 0
}
