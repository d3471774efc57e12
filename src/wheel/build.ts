/**
 * The wheel phase, run from its plan (src/wheel/plan.ts): before-build once, then for each Python
 * build a wheel, repair it, and test it installed in a fresh venv from a temporary directory.
 * A failure for one Python does not stop the others; the phase fails at the end naming them.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { sha256File } from '../cache/key.js'
import { describeEpoch } from '../lib/epoch.js'
import { CommandError, errorMessage, UserError } from '../lib/errors.js'
import { copyAtomically } from '../lib/files.js'
import { info, phase, warning } from '../lib/log.js'
import type { Interpreter } from '../python/identifiers.js'
import type { RuntimePath } from '../runtime/paths.js'
import type { Runtime } from '../runtime/runtime.js'
import { fillPlaceholders, type PlaceholderName } from './placeholders.js'
import { userCommandArgv, wheelTags, type PythonPlan, type WheelsPlan } from './plan.js'
import { onlyWheel, repair } from './repair.js'

export interface BuiltWheel {
  readonly python: string
  readonly identifier: string
  readonly wheel: string
  readonly tag: string
  readonly size: number
  readonly sha256: string
  readonly seconds: number
  readonly repair: string
  readonly tested: boolean
}

export interface WheelFailure {
  readonly identifier: string
  readonly step: 'build' | 'repair' | 'test'
  readonly message: string
}

export interface WheelsResult {
  readonly pythons: readonly Interpreter[]
  readonly wheels: readonly BuiltWheel[]
  readonly failures: readonly WheelFailure[]
}

/** The before-build shim: `python` and `python3` linking to the interpreter (a runtime path, resolved in the runtime). */
function makeShim(dir: string, python: string): void {
  fs.mkdirSync(dir, { recursive: true })
  for (const name of ['python', 'python3']) {
    const link = path.join(dir, name)
    fs.rmSync(link, { force: true })
    fs.symlinkSync(python, link)
  }
}

interface UserCommand {
  /** For the log and the failure, e.g. "test-command for cp311-cp311". */
  readonly what: string
  /** The user's text, placeholders not yet filled. */
  readonly text: string
  readonly values: Readonly<Partial<Record<PlaceholderName, string>>>
  readonly cwd: RuntimePath
  /** PATH (the command's own bin folder first, then the runtime's), BASH_ENV and ENV emptied, and the like. */
  readonly env: Readonly<Record<string, string>>
}

async function runUserCommand(runtime: Runtime, c: UserCommand): Promise<void> {
  const text = fillPlaceholders(c.text, c.values)
  info(`${c.what} (your command, run with bash): ${text}`)
  await runtime.runOrThrow(userCommandArgv(text), {
    cwd: c.cwd,
    env: c.env,
    hint: `${c.what} failed; the command is yours (from the input or [tool.build-wheel] in pyproject.toml)`
  })
}

/** Put a finished file into dir without leaving a half-written one behind. */
function moveInto(file: string, dir: string): string {
  const dest = path.join(dir, path.basename(file))
  copyAtomically(file, dest)
  return dest
}

async function buildOne(plan: WheelsPlan, p: PythonPlan, runtime: Runtime): Promise<BuiltWheel> {
  const started = performance.now()
  const id = p.python.identifier
  // the folders a container writes into are made here first, so the host owns them and can clean them
  fs.mkdirSync(p.dir.host, { recursive: true })
  const raw = await phase(`${id}: build wheel`, async () => {
    await runtime.removeTree(p.rawDir.host)
    fs.mkdirSync(p.rawDir.host, { recursive: true })
    await runtime.runOrThrow(p.build, { cwd: p.buildCwd, env: plan.buildEnv, hint: `the wheel for ${id} did not build; see pip's output above` })
    const wheel = onlyWheel(p.rawDir.host, `pip wheel for ${id}`)
    const tags = wheelTags(wheel)
    if (tags?.platform === 'any')
      throw new UserError(`${path.basename(wheel)} is a pure-Python wheel: the C extension was not built. Check the package's ext_modules.`)
    return wheel
  }).catch(e => Promise.reject(tagged('build', e)))

  const repaired = await phase(`${id}: repair (${plan.repair.tool})`, async () => {
    await runtime.removeTree(p.repairedDir.host)
    const r = await repair(plan.repair, raw, p.repairedDir.host, runtime, { SOURCE_DATE_EPOCH: plan.epoch.value })
    info(`${r.how}: ${path.basename(r.wheel)}`)
    return r
  }).catch(e => Promise.reject(tagged('repair', e)))

  let tested = false
  if (!plan.testCommand) info(`${id}: no test-command given: the wheel is not tested`)
  else {
    await phase(`${id}: test in a fresh venv`, async () => {
      await runtime.removeTree(p.venv.host)
      await runtime.runOrThrow(p.makeVenv, { silent: true, hint: `could not create a venv with ${p.python.path}` })
      const wheel = runtime.toRuntimePath(repaired.wheel)
      await runtime.runOrThrow([...p.install, wheel])
      if (p.installTestRequires) await runtime.runOrThrow(p.installTestRequires)
      const cwd = fs.mkdtempSync(path.join(p.dir.host, 'test-'))
      try {
        await runUserCommand(runtime, {
          what: `test-command for ${id}`,
          text: plan.testCommand,
          values: { ...p.testValues, wheel },
          cwd: runtime.toRuntimePath(cwd),
          env: p.testEnv
        })
      } finally {
        await runtime.removeTree(cwd)
      }
    }).catch(e => Promise.reject(tagged('test', e)))
    tested = true
  }

  const final = moveInto(repaired.wheel, plan.outputDir)
  return {
    python: p.python.minor,
    identifier: id,
    wheel: final,
    tag: wheelTags(final)?.platform ?? '?',
    size: fs.statSync(final).size,
    sha256: await sha256File(final),
    seconds: (performance.now() - started) / 1000,
    repair: repaired.how,
    tested
  }
}

class StepFailure extends Error {
  constructor(
    readonly step: WheelFailure['step'],
    override readonly cause: unknown
  ) {
    super(errorMessage(cause))
  }
}
function tagged(step: WheelFailure['step'], e: unknown): StepFailure {
  return new StepFailure(step, e)
}

/**
 * Run a wheels plan: before-build once, then each Python's build, repair and test. The work folder
 * is the plan's; the caller removes it.
 */
export async function buildWheels(plan: WheelsPlan, runtime: Runtime): Promise<WheelsResult> {
  const pythons = plan.pythons.map(p => p.python)
  info(describeEpoch(plan.epoch))
  info(`CFLAGS for the wheel builds: ${plan.buildEnv.CFLAGS}`)
  const bb = plan.beforeBuild
  if (bb) {
    makeShim(bb.shimDir.host, bb.python)
    await phase('before-build (once)', () => runUserCommand(runtime, { what: 'before-build', text: bb.text, values: bb.values, cwd: bb.cwd, env: bb.env }))
  }
  const wheels: BuiltWheel[] = []
  const failures: WheelFailure[] = []
  for (const p of plan.pythons) {
    try {
      wheels.push(await buildOne(plan, p, runtime))
    } catch (e) {
      const step = e instanceof StepFailure ? e.step : 'build'
      const cause = e instanceof StepFailure ? e.cause : e
      const message = cause instanceof CommandError ? cause.message : errorMessage(cause)
      warning(`${p.python.identifier}: ${step} failed: ${message.split('\n')[0]}`)
      failures.push({ identifier: p.python.identifier, step, message })
    }
  }
  return { pythons, wheels, failures }
}

/** One error naming every Python that failed, with each failure's details. */
export function failureError(failures: readonly WheelFailure[], total: number): Error {
  const names = failures.map(f => `${f.identifier} (${f.step})`).join(', ')
  const details = failures.map(f => `--- ${f.identifier}: ${f.step} failed\n${f.message}`).join('\n')
  return new Error(`${failures.length} of ${total} wheels failed: ${names}\n${details}`)
}
