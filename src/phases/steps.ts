/**
 * The steps the actions and the local command share. Each reads all of its inputs in one pass
 * (python-versions is checked against the interpreters found), opens its runtime (the host, the
 * container a step names, or one started from `image` for this step), then runs its phases.
 */
import { chooseStore } from '../cache/store.js'
import type { InputProblems, InputSource } from '../lib/inputs.js'
import { info, maskUrlCredentials } from '../lib/log.js'
import { buildCTree, type MontageResult } from '../montage/build.js'
import { withRuntime, type RuntimeChoice } from '../runtime/select.js'
import { readMontageInputs } from '../montage/inputs.js'
import { readWheelInputs } from '../wheel/inputs.js'
import { gather, readRuntimeChoice } from './inputs.js'
import { planWheelStep, runWheelStep, type WheelStepResult } from './wheel.js'

interface Read<T> {
  readonly inputs: T
  readonly choice: RuntimeChoice
  readonly problems: InputProblems
}

/** Inputs layered over the project's settings, read by `read`, plus the runtime ones; one failure for all problems. */
function readStep<T>(raw: InputSource, base: string, read: (src: InputSource, problems: InputProblems) => T): Read<T> {
  const g = gather(raw, base)
  const inputs = read(g.source, g.problems)
  const choice = readRuntimeChoice(g.source, g.problems)
  for (const name of ['pip-args', 'test-pip-args']) maskUrlCredentials(g.source(name).split(/\s+/))
  g.problems.throwIfAny()
  if (g.settings.file) info(`project settings: ${g.settings.file}`)
  return { inputs, choice, problems: g.problems }
}

export async function montageStep(raw: InputSource, base: string): Promise<MontageResult> {
  const { inputs, choice } = readStep(raw, base, (src, p) => readMontageInputs(src, base, p))
  return withRuntime(choice, inputs.path, runtime =>
    buildCTree(inputs, runtime, inputs.cache ? chooseStore('c-tree', inputs['cache-dir'], inputs['service-timeout']) : undefined)
  )
}

export async function wheelStep(raw: InputSource, base: string): Promise<WheelStepResult> {
  const { inputs, choice, problems } = readStep(raw, base, (src, p) => readWheelInputs(src, base, p))
  return withRuntime(choice, inputs.path, async runtime => {
    const pythons = await planWheelStep(inputs, runtime, problems)
    return runWheelStep(inputs, pythons, runtime)
  })
}

export interface PipelineResult {
  readonly montage?: MontageResult
  readonly wheels: WheelStepResult
}

/**
 * The whole wheel pipeline: C tree (cached), then wheels for every selected Python. Every input of
 * both phases is checked, and the interpreters chosen, before make runs.
 */
export async function pipelineStep(raw: InputSource, base: string): Promise<PipelineResult> {
  const { inputs, choice, problems } = readStep(raw, base, (src, p) => ({
    montage: readMontageInputs(src, base, p),
    wheel: readWheelInputs(src, base, p)
  }))
  return withRuntime(choice, inputs.montage.path, async runtime => {
    const pythons = await planWheelStep(inputs.wheel, runtime, problems)
    if (inputs.wheel['plan-only']) return { wheels: await runWheelStep(inputs.wheel, pythons, runtime) }
    const store = inputs.montage.cache ? chooseStore('c-tree', inputs.montage['cache-dir'], inputs.montage['service-timeout']) : undefined
    const montage = await buildCTree(inputs.montage, runtime, store, [inputs.wheel['output-dir']])
    return { montage, wheels: await runWheelStep(inputs.wheel, pythons, runtime) }
  })
}
