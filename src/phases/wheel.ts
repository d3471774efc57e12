/** The wheel phase as a step: interpreters chosen, wheels built, repaired, tested; a matrix for fan-out. */
import * as fs from 'node:fs'
import { claimFolder } from '../cache/tree.js'
import { info, phase } from '../lib/log.js'
import { boundedOrElse } from '../lib/timeout.js'
import type { InputProblems } from '../lib/inputs.js'
import type { Interpreter } from '../python/identifiers.js'
import type { Runtime } from '../runtime/runtime.js'
import { buildWheels, choosePythons, type WheelsResult } from '../wheel/build.js'
import type { WheelInputs } from '../wheel/inputs.js'
import { matrixFor } from '../wheel/plan.js'
import { uploadWheels } from '../wheel/upload.js'

export interface WheelStepResult extends WheelsResult {
  readonly matrix: ReturnType<typeof matrixFor>
  readonly outputDir: string
  readonly artifactId?: number
}

/** Interpreters for the inputs; python-versions that match nothing join the other input problems, thrown together. */
export async function planWheelStep(inputs: WheelInputs, runtime: Runtime, problems: InputProblems): Promise<Interpreter[]> {
  const pythons = await choosePythons(inputs, runtime, problems)
  if (pythons.length === 0 && !problems.has('python-versions')) problems.add('python-versions', 'selects no Python')
  problems.throwIfAny()
  info(`building for: ${pythons.map(p => p.identifier).join(' ')}`)
  return pythons
}

/**
 * Create the output folder as the suite's own (git ignores it, the C-tree key leaves it out), so
 * wheels written inside the project never change the next key. A folder that exists is the user's.
 */
function claimOutputDir(dir: string): void {
  if (fs.existsSync(dir)) return
  fs.mkdirSync(dir, { recursive: true })
  claimFolder(dir)
}

export async function runWheelStep(inputs: WheelInputs, pythons: Interpreter[], runtime: Runtime): Promise<WheelStepResult> {
  const matrix = matrixFor(pythons)
  if (inputs['plan-only']) return { pythons, wheels: [], failures: [], matrix, outputDir: inputs['output-dir'] }
  claimOutputDir(inputs['output-dir'])
  const r = await buildWheels(inputs, pythons, runtime)
  const name = inputs['upload-artifact']
  const upload = (): Promise<number | undefined> =>
    boundedOrElse(`uploading the artifact ${name}`, inputs['service-timeout'], undefined, () => uploadWheels(name, r.wheels.map(w => w.wheel), inputs['output-dir']), 'the wheels are in the output folder')
  const artifactId = name && r.wheels.length ? await phase(`upload artifact ${name}`, upload) : undefined
  return { ...r, matrix, outputDir: inputs['output-dir'], artifactId }
}
