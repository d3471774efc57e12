/**
 * The per-Python test, run from its plan (src/wheel/test-plan.ts): a fresh venv, the repaired wheel
 * installed into it (with test-requires, in one pip run), then the user's test command from an
 * empty temporary directory, within test-timeout.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { openZip } from '../archive/zip.js'
import { formatLimit } from '../lib/deadline.js'
import { CommandError } from '../lib/errors.js'
import type { Runtime } from '../runtime/runtime.js'
import type { Lane } from './lanes.js'
import { fillPlaceholders } from './placeholders.js'
import type { TestPlan, VenvWay } from './test-plan.js'
import { userCommandArgv } from './test-plan.js'

/** A Requires-Dist line that applies whatever extras are asked for (none: the test installs the wheel bare). */
function requiresSomething(metadata: string): boolean {
  // header lines only: the body (the description) starts after the first empty line
  const head = metadata.split(/\r?\n\r?\n/)[0]
  return head.split(/\r?\n/).some(l => /^Requires-Dist:/i.test(l) && !/;.*\bextra\s*==/.test(l))
}

/** Whether installing the wheel needs anything besides it (its METADATA names requirements). */
export function wheelRequiresSomething(wheel: string): boolean {
  const zip = openZip(wheel)
  try {
    const meta = zip.entries.find(e => /^[^/]+\.dist-info\/METADATA$/.test(e.name))
    // no METADATA: pip will refuse the wheel and say why; resolving changes nothing
    return meta ? requiresSomething(zip.read(meta).toString('utf8')) : true
  } finally {
    zip.close()
  }
}

export interface TestRun {
  readonly id: string
  readonly plan: TestPlan
  /** The user's test command, placeholders not yet filled. */
  readonly command: string
  /** The repaired wheel (host path). */
  readonly wheel: string
  /** This Python's folder (host path): the empty test folder is made in it. */
  readonly dir: string
  /** The base interpreter's pip can install into a venv without pip (--python, pip 22.3+). */
  readonly lean: boolean
  /**
   * pip's __pip-runner__.py in the base interpreter ('' = none): the venv's python runs it directly,
   * as `pip --python` would after starting pip once more in the base interpreter.
   */
  readonly runner: string
}

/**
 * The install argv: the way's pip (with the runner, the venv's python running the base
 * interpreter's pip), --no-deps --no-index when nothing is to be resolved, the wheel, test-requires.
 */
export function installArgv(plan: TestPlan, way: VenvWay, wheelIn: string, offline: boolean, runner = ''): string[] {
  const pip = runner && way === plan.lean ? [plan.venvPython, runner, ...plan.installArgs] : way.install
  return [...pip, ...(offline ? plan.offline : []), wheelIn, ...plan.requires]
}

/** Make the venv, install the wheel, run the test command (killed with its process group at the limit). */
export async function testInVenv(runtime: Runtime, lane: Lane, t: TestRun): Promise<void> {
  const p = t.plan
  const way = t.lean ? p.lean : p.bootstrapped
  await runtime.removeTree(p.venv.host)
  await lane.runOrThrow(runtime, way.makeVenv, { silent: true, hint: `could not create a venv with ${way.makeVenv[0]}` })
  const wheelIn = runtime.toRuntimePath(t.wheel)
  const offline = p.offline.length > 0 && !wheelRequiresSomething(t.wheel)
  await lane.runOrThrow(runtime, installArgv(p, way, wheelIn, offline, t.runner), { hint: `the wheel for ${t.id} could not be installed into its test venv` })
  const cwd = fs.mkdtempSync(path.join(t.dir, 'test-'))
  try {
    const text = fillPlaceholders(t.command, { ...p.values, wheel: wheelIn })
    const what = `test-command for ${t.id}`
    lane.info(`${what} (your command, run with bash): ${text}`)
    const argv = userCommandArgv(text)
    const r = await lane.run(runtime, argv, { cwd: runtime.toRuntimePath(cwd), env: p.env, timeoutSeconds: p.timeoutSeconds })
    if (r.timedOut)
      throw new Error(
        `${what} did not finish within ${formatLimit(p.timeoutSeconds)} (test-timeout): its whole process group was killed; ` +
          `raise test-timeout (minutes) if the tests need longer. Its last lines:\n${r.tail}`
      )
    if (r.exitCode !== 0)
      throw new CommandError(argv, r.exitCode, r.tail, `${what} failed; the command is yours (from the input or [tool.build-wheel] in pyproject.toml)`)
  } finally {
    await runtime.removeTree(cwd)
  }
}
