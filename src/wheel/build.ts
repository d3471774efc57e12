/**
 * The wheel phase, run from its plan (src/wheel/plan.ts): before-build once, then for each Python
 * build a wheel, repair it, and test it installed in a fresh venv from a temporary directory.
 *
 * Several Pythons are at work at once (bounded by CPUs and free memory), but their builds take
 * turns, in the Pythons' order: an in-tree build (setuptools) writes the package's build/ and
 * *.egg-info folders, which two builds at once would share (measured: one of them fails on
 * build/bdist.*). So while one Python builds, the ones before it repair and test. Each Python's
 * log is its own, printed in order (src/wheel/lanes.ts); the wheels are the bytes a serial run
 * gives. A failure for one Python does not stop the others; the phase fails at the end naming them.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { refuseWritesOutOf } from '../archive/links.js'
import { sha256File } from '../cache/key.js'
import { mapBounded, Turns } from '../lib/bounded.js'
import { describeEpoch } from '../lib/epoch.js'
import { CommandError, errorMessage, UserError } from '../lib/errors.js'
import { copyAtomically } from '../lib/files.js'
import { info, phase } from '../lib/log.js'
import type { Interpreter } from '../python/identifiers.js'
import type { Runtime } from '../runtime/runtime.js'
import { runBeforeBuild } from './before-build.js'
import { decideIsolation, parseProbe, pipHasPythonOption, probeArgv, readBuildSystem, type BuildSystem, type ProbeResult } from './interpreter-probe.js'
import { OrderedLanes, type Lane } from './lanes.js'
import { wheelTags, type PythonPlan, type WheelsPlan } from './plan.js'
import { onlyWheel, repair, type Repaired } from './repair.js'
import { testInVenv } from './test-venv.js'

export interface BuiltWheel {
  readonly python: string
  readonly identifier: string
  readonly wheel: string
  readonly tag: string
  readonly size: number
  readonly sha256: string
  /** This Python's own work (probe, build, repair, test), without waiting for its turn to build. */
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

/** Memory set aside for each Python at work (a compiler, pip, the test). */
const MEMORY_PER_PYTHON = 1024 ** 3
/** Overrides how many Pythons are at work at once (1 = the serial loop). */
export const PYTHONS_AT_ONCE_ENV = 'BUILD_WHEEL_PYTHONS_AT_ONCE'

/** How many Pythons are at work at once: the CPUs, as far as free memory allows, or the variable. */
export function pythonsAtOnce(count: number, env: Readonly<Record<string, string | undefined>> = process.env): number {
  const asked = Number(env[PYTHONS_AT_ONCE_ENV] ?? '')
  const bound = Number.isInteger(asked) && asked > 0 ? asked : Math.min(os.availableParallelism(), Math.floor(os.freemem() / MEMORY_PER_PYTHON))
  return Math.max(1, Math.min(count, bound))
}

/** Put a finished file into dir without leaving a half-written one behind. */
function moveInto(file: string, dir: string): string {
  const dest = path.join(dir, path.basename(file))
  copyAtomically(file, dest)
  return dest
}

class StepFailure extends Error {
  constructor(
    readonly step: WheelFailure['step'],
    override readonly cause: unknown
  ) {
    super(errorMessage(cause))
  }
}
const tagged =
  (step: WheelFailure['step']) =>
  (e: unknown): Promise<never> =>
    Promise.reject(new StepFailure(step, e))

/** What every Python's work shares. */
interface Shared {
  readonly plan: WheelsPlan
  readonly runtime: Runtime
  /** The package's build-system, read after before-build (undefined: not readable). */
  readonly buildSystem: BuildSystem | undefined
  readonly turns: Turns
}

/** Ask the interpreter for its pip and its build requirements (a failed probe: isolated build, venv with pip). */
async function probe(s: Shared, p: PythonPlan): Promise<ProbeResult | undefined> {
  const argv = probeArgv(p.python.path, s.buildSystem, s.plan.isolation === 'auto')
  const r = await s.runtime.run(argv, { silent: true }).catch(() => undefined)
  return r?.exitCode === 0 ? parseProbe(r.stdout) : undefined
}

async function buildStage(s: Shared, p: PythonPlan, lane: Lane, asked: ProbeResult | undefined): Promise<string> {
  const { plan, runtime } = s
  const id = p.python.identifier
  return lane.phase(`${id}: build wheel`, async () => {
    await runtime.removeTree(p.rawDir.host)
    fs.mkdirSync(p.rawDir.host, { recursive: true })
    const isolation = decideIsolation(plan.isolation, s.buildSystem, asked)
    lane.info(`build isolation ${isolation.isolated ? 'on' : 'off'}: ${isolation.why}`)
    // pip builds in the package folder (build/): no link on the way or in it may lead out of the project
    refuseWritesOutOf(plan.project, path.join(plan.packageDir, 'build'), `pip wheel for ${id}, writing its build folder`)
    const argv = isolation.isolated ? p.build : p.buildWithoutIsolation
    await lane.runOrThrow(runtime, argv, { cwd: p.buildCwd, env: plan.buildEnv, hint: `the wheel for ${id} did not build; see pip's output above` })
    const wheel = onlyWheel(p.rawDir.host, `pip wheel for ${id}`)
    if (wheelTags(wheel)?.platform === 'any')
      throw new UserError(`${path.basename(wheel)} is a pure-Python wheel: the C extension was not built. Check the package's ext_modules.`)
    return wheel
  })
}

async function repairStage(s: Shared, p: PythonPlan, lane: Lane, raw: string): Promise<Repaired> {
  const { plan, runtime } = s
  return lane.phase(`${p.python.identifier}: repair (${plan.repair.tool})`, async () => {
    await runtime.removeTree(p.repairedDir.host)
    const r = await repair(plan.repair, raw, p.repairedDir.host, runtime, { SOURCE_DATE_EPOCH: plan.epoch.value }, lane)
    lane.info(`${r.how}: ${path.basename(r.wheel)}`)
    return r
  })
}

async function testStage(s: Shared, p: PythonPlan, lane: Lane, wheel: string, asked: ProbeResult | undefined): Promise<boolean> {
  const id = p.python.identifier
  if (!s.plan.testCommand) {
    lane.info(`${id}: no test-command given: the wheel is not tested`)
    return false
  }
  const lean = asked !== undefined && pipHasPythonOption(asked.pip)
  const run = { id, plan: p.test, command: s.plan.testCommand, wheel, dir: p.dir.host, lean, runner: lean ? (asked?.runner ?? '') : '' }
  await lane.phase(`${id}: test in a fresh venv`, () => testInVenv(s.runtime, lane, run))
  return true
}

/** One Python: probe, build (in its turn), repair, test, then the wheel into the output folder. */
async function buildOne(s: Shared, p: PythonPlan, index: number, lane: Lane): Promise<BuiltWheel> {
  // the folders a container writes into are made here first, so the host owns them and can clean them
  fs.mkdirSync(p.dir.host, { recursive: true })
  let started = performance.now()
  const asked = await probe(s, p)
  let raw: string
  try {
    const waited = performance.now()
    await s.turns.take(index)
    started += performance.now() - waited
    raw = await buildStage(s, p, lane, asked).catch(tagged('build'))
  } finally {
    s.turns.done(index)
  }
  const repaired = await repairStage(s, p, lane, raw).catch(tagged('repair'))
  const tested = await testStage(s, p, lane, repaired.wheel, asked).catch(tagged('test'))
  const final = moveInto(repaired.wheel, s.plan.outputDir)
  return {
    python: p.python.minor,
    identifier: p.python.identifier,
    wheel: final,
    tag: wheelTags(final)?.platform ?? '?',
    size: fs.statSync(final).size,
    sha256: await sha256File(final),
    seconds: (performance.now() - started) / 1000,
    repair: repaired.how,
    tested
  }
}

function failureOf(p: PythonPlan, e: unknown): WheelFailure {
  const step = e instanceof StepFailure ? e.step : 'build'
  const cause = e instanceof StepFailure ? e.cause : e
  return { identifier: p.python.identifier, step, message: cause instanceof CommandError ? cause.message : errorMessage(cause) }
}

/**
 * Run a wheels plan: before-build once, then each Python's build, repair and test, up to `jobs`
 * Pythons at once (default: pythonsAtOnce). The work folder is the plan's; the caller removes it.
 */
export async function buildWheels(plan: WheelsPlan, runtime: Runtime, jobs = pythonsAtOnce(plan.pythons.length)): Promise<WheelsResult> {
  info(describeEpoch(plan.epoch))
  info(`CFLAGS for the wheel builds: ${plan.buildEnv.CFLAGS}`)
  if (plan.beforeBuild) await phase('before-build (once)', () => runBeforeBuild(runtime, plan.beforeBuild!))
  const buildSystem = readBuildSystem(plan.packageDir)
  if (plan.isolation === 'auto') info(`build requirements: ${buildSystem ? `${buildSystem.requires.join(', ')}, from ${buildSystem.from}` : 'not readable'}`)
  const n = plan.pythons.length
  if (n > 1) info(`${n} Pythons, ${jobs} at work at once; the builds take turns in this order, the repairs and tests run beside them`)
  const lanes = new OrderedLanes(n)
  const shared: Shared = { plan, runtime, buildSystem, turns: new Turns(n) }
  const results = await mapBounded(plan.pythons, jobs, async (p, i): Promise<BuiltWheel | WheelFailure> => {
    const lane = lanes.lanes[i]
    try {
      return await buildOne(shared, p, i, lane)
    } catch (e) {
      const failure = failureOf(p, e)
      lane.warning(`${failure.identifier}: ${failure.step} failed: ${failure.message.split('\n')[0]}`)
      return failure
    } finally {
      shared.turns.done(i)
      lanes.finish(i)
    }
  })
  const wheels = results.filter((r): r is BuiltWheel => 'wheel' in r)
  const failures = results.filter((r): r is WheelFailure => !('wheel' in r))
  return { pythons: plan.pythons.map(p => p.python), wheels, failures }
}

/** One error naming every Python that failed, with each failure's details. */
export function failureError(failures: readonly WheelFailure[], total: number): Error {
  const names = failures.map(f => `${f.identifier} (${f.step})`).join(', ')
  const details = failures.map(f => `--- ${f.identifier}: ${f.step} failed\n${f.message}`).join('\n')
  return new Error(`${failures.length} of ${total} wheels failed: ${names}\n${details}`)
}
