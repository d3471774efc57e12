/**
 * The wheel phase: choose interpreters, run before-build once, then for each Python build a wheel,
 * repair it, and test it installed in a fresh venv from a temporary directory.
 * A failure for one Python does not stop the others; the phase fails at the end naming them.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { sha256File } from '../cache/key.js'
import { CommandError, errorMessage, UserError } from '../lib/errors.js'
import { copyAtomically } from '../lib/files.js'
import { info, phase, warning } from '../lib/log.js'
import type { InputProblems } from '../lib/inputs.js'
import { discoverInterpreters } from '../python/discover.js'
import { ACCEPTED_SELECTORS, selectInterpreters, type Interpreter } from '../python/identifiers.js'
import type { Runtime } from '../runtime/runtime.js'
import type { WheelInputs } from './inputs.js'
import { fillPlaceholders, type PlaceholderName } from './placeholders.js'
import { planPython, userCommandArgv, userCommandEnv, wheelTags, type PythonPlan } from './plan.js'
import { onlyWheel, repair } from './repair.js'
import { reproducibleBuildEnv } from './reproducible.js'

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

/** Discover and select interpreters; selectors that match nothing become input problems. */
export async function choosePythons(inputs: WheelInputs, runtime: Runtime, problems: InputProblems): Promise<Interpreter[]> {
  const found = await phase('Python: discover interpreters', async () => {
    const f = await discoverInterpreters(runtime)
    for (const i of f) info(`${i.identifier.padEnd(14)} ${i.version.padEnd(8)} ${i.source.padEnd(9)} ${i.path}`)
    return f
  })
  const sel = selectInterpreters(found, inputs['python-versions'])
  for (const p of sel.problems) problems.add('python-versions', p)
  return sel.chosen
}

/** A directory with `python` and `python3` pointing at the interpreter, to put first on PATH. */
function shimDir(python: Interpreter, workDir: string): string {
  const dir = path.join(workDir, 'shim', python.identifier)
  fs.mkdirSync(dir, { recursive: true })
  for (const name of ['python', 'python3']) {
    const link = path.join(dir, name)
    fs.rmSync(link, { force: true })
    fs.symlinkSync(python.path, link)
  }
  return dir
}

interface UserCommand {
  /** For the log and the failure, e.g. "test-command for cp311-cp311". */
  readonly what: string
  /** The user's text, placeholders not yet filled. */
  readonly text: string
  readonly values: Readonly<Partial<Record<PlaceholderName, string>>>
  readonly cwd: string
  /** Put first on PATH: its `python` is the command's. */
  readonly binDir: string
  readonly env?: Readonly<Record<string, string>>
}

async function runUserCommand(runtime: Runtime, c: UserCommand): Promise<void> {
  const text = fillPlaceholders(c.text, c.values)
  info(`${c.what} (your command, run with bash): ${text}`)
  // PATH as the runtime has it (a container's own, never the host's)
  const inherited = (await runtime.env()).PATH ?? ''
  await runtime.runOrThrow(userCommandArgv(text), {
    cwd: runtime.toRuntimePath(c.cwd),
    env: userCommandEnv(runtime.toRuntimePath(c.binDir), inherited, c.env),
    hint: `${c.what} failed; the command is yours (from the input or [tool.build-wheel] in pyproject.toml)`
  })
}

/** Put a finished file into dir without leaving a half-written one behind. */
function moveInto(file: string, dir: string): string {
  const dest = path.join(dir, path.basename(file))
  copyAtomically(file, dest)
  return dest
}

async function buildOne(
  inputs: WheelInputs,
  plan: PythonPlan,
  runtime: Runtime,
  workDir: string,
  buildEnv: Readonly<Record<string, string>>
): Promise<BuiltWheel> {
  const started = performance.now()
  const id = plan.python.identifier
  // the folders a container writes into are made here first, so the host owns them and can clean them
  fs.mkdirSync(path.join(workDir, id), { recursive: true })
  const raw = await phase(`${id}: build wheel`, async () => {
    await runtime.removeTree(plan.rawDir)
    fs.mkdirSync(plan.rawDir, { recursive: true })
    await runtime.runOrThrow(plan.build, {
      cwd: runtime.toRuntimePath(inputs['package-dir']),
      env: buildEnv,
      hint: `the wheel for ${id} did not build; see pip's output above`
    })
    const wheel = onlyWheel(plan.rawDir, `pip wheel for ${id}`)
    const tags = wheelTags(wheel)
    if (tags?.platform === 'any')
      throw new UserError(`${path.basename(wheel)} is a pure-Python wheel: the C extension was not built. Check the package's ext_modules.`)
    return wheel
  }).catch(e => Promise.reject(tagged('build', e)))

  const repaired = await phase(`${id}: repair (${inputs.repair})`, async () => {
    const out = path.join(workDir, id, 'repaired')
    await runtime.removeTree(out)
    const r = await repair(inputs.repair, raw, out, runtime, inputs.plat, { SOURCE_DATE_EPOCH: buildEnv.SOURCE_DATE_EPOCH })
    info(`${r.how}: ${path.basename(r.wheel)}`)
    return r
  }).catch(e => Promise.reject(tagged('repair', e)))

  let tested = false
  if (!inputs['test-command']) info(`${id}: no test-command given: the wheel is not tested`)
  else {
    await phase(`${id}: test in a fresh venv`, async () => {
      await runtime.removeTree(plan.venv)
      await runtime.runOrThrow(plan.makeVenv, { silent: true, hint: `could not create a venv with ${plan.python.path}` })
      await runtime.runOrThrow([...plan.install, runtime.toRuntimePath(repaired.wheel)])
      if (plan.installTestRequires) await runtime.runOrThrow(plan.installTestRequires)
      const cwd = fs.mkdtempSync(path.join(workDir, id, 'test-'))
      try {
        await runUserCommand(runtime, {
          what: `test-command for ${id}`,
          text: inputs['test-command'],
          values: {
            project: runtime.toRuntimePath(inputs.path),
            package: runtime.toRuntimePath(inputs['package-dir']),
            python: runtime.toRuntimePath(plan.venvPython),
            venv: runtime.toRuntimePath(plan.venv),
            wheel: runtime.toRuntimePath(repaired.wheel)
          },
          cwd,
          binDir: path.dirname(plan.venvPython),
          env: { VIRTUAL_ENV: runtime.toRuntimePath(plan.venv) }
        })
      } finally {
        await runtime.removeTree(cwd)
      }
    }).catch(e => Promise.reject(tagged('test', e)))
    tested = true
  }

  const final = moveInto(repaired.wheel, inputs['output-dir'])
  return {
    python: plan.python.minor,
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
  constructor(readonly step: WheelFailure["step"], override readonly cause: unknown) {
    super(errorMessage(cause))
  }
}
function tagged(step: WheelFailure['step'], e: unknown): StepFailure {
  return new StepFailure(step, e)
}

export async function buildWheels(inputs: WheelInputs, pythons: readonly Interpreter[], runtime: Runtime): Promise<WheelsResult> {
  const workDir = await runtime.tempDir('bw-wheels-')
  try {
    if (pythons.length === 0) throw new UserError(`input 'python-versions': no Python selected; accepted: ${ACCEPTED_SELECTORS}`)
    const buildEnv = await phase('reproducible build settings', () => reproducibleBuildEnv(inputs, runtime))
    if (inputs['before-build']) {
      await phase('before-build (once)', () =>
        runUserCommand(runtime, {
          what: 'before-build',
          text: inputs['before-build'],
          values: {
            project: runtime.toRuntimePath(inputs.path),
            package: runtime.toRuntimePath(inputs['package-dir']),
            python: pythons[0].path
          },
          cwd: inputs['package-dir'],
          binDir: shimDir(pythons[0], workDir)
        })
      )
    }
    const wheels: BuiltWheel[] = []
    const failures: WheelFailure[] = []
    for (const python of pythons) {
      try {
        wheels.push(await buildOne(inputs, planPython(inputs, python, workDir), runtime, workDir, buildEnv))
      } catch (e) {
        const step = e instanceof StepFailure ? e.step : 'build'
        const cause = e instanceof StepFailure ? e.cause : e
        const message = cause instanceof CommandError ? cause.message : errorMessage(cause)
        warning(`${python.identifier}: ${step} failed: ${message.split('\n')[0]}`)
        failures.push({ identifier: python.identifier, step, message })
      }
    }
    return { pythons, wheels, failures }
  } finally {
    await runtime.removeTree(workDir)
  }
}

/** One error naming every Python that failed, with each failure's details. */
export function failureError(failures: readonly WheelFailure[], total: number): Error {
  const names = failures.map(f => `${f.identifier} (${f.step})`).join(', ')
  const details = failures.map(f => `--- ${f.identifier}: ${f.step} failed\n${f.message}`).join('\n')
  return new Error(`${failures.length} of ${total} wheels failed: ${names}\n${details}`)
}
