/** The wheel phase as a step: interpreters chosen, wheels built, repaired, tested; a matrix for fan-out. */
import { info, phase } from '../lib/log.js'
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
  problems.throwIfAny()
  info(`building for: ${pythons.map(p => p.identifier).join(' ')}`)
  return pythons
}

export async function runWheelStep(inputs: WheelInputs, pythons: Interpreter[], runtime: Runtime): Promise<WheelStepResult> {
  const matrix = matrixFor(pythons)
  if (inputs['plan-only']) return { pythons, wheels: [], failures: [], matrix, outputDir: inputs['output-dir'] }
  const r = await buildWheels(inputs, pythons, runtime)
  const name = inputs['upload-artifact']
  const artifactId =
    name && r.wheels.length ? await phase(`upload artifact ${name}`, () => uploadWheels(name, r.wheels.map(w => w.wheel), inputs['output-dir'])) : undefined
  return { ...r, matrix, outputDir: inputs['output-dir'], artifactId }
}
