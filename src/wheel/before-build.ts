/** before-build: the user's command, run once with bash before any wheel, the first Python as `python`. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { info } from '../lib/log.js'
import type { Runtime } from '../runtime/runtime.js'
import { fillPlaceholders } from './placeholders.js'
import type { BeforeBuildPlan } from './plan.js'
import { userCommandArgv } from './test-plan.js'

/** The shim: `python` and `python3` linking to the interpreter (a runtime path, resolved in the runtime). */
function makeShim(dir: string, python: string): void {
  fs.mkdirSync(dir, { recursive: true })
  for (const name of ['python', 'python3']) {
    const link = path.join(dir, name)
    fs.rmSync(link, { force: true })
    fs.symlinkSync(python, link)
  }
}

export async function runBeforeBuild(runtime: Runtime, bb: BeforeBuildPlan): Promise<void> {
  makeShim(bb.shimDir.host, bb.python)
  const text = fillPlaceholders(bb.text, bb.values)
  info(`before-build (your command, run with bash): ${text}`)
  await runtime.runOrThrow(userCommandArgv(text), {
    cwd: bb.cwd,
    env: bb.env,
    hint: 'before-build failed; the command is yours (from the input or [tool.build-wheel] in pyproject.toml)'
  })
}
