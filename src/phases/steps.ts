/**
 * The steps the actions and the local command share. Each reads all of its inputs in one pass and
 * raises every problem they show by themselves; only then is the step's work loaded
 * (step-work.ts: the runtime, the facts, the plan, the C tree and the wheels), so a bad input is
 * reported without loading it (issue 18 part 4).
 */
import type { InputProblems, InputSource } from '../lib/inputs.js'
import { info, maskUrlCredentials } from '../lib/log.js'
import type { MontageResult } from '../montage/build.js'
import { readMontageInputs } from '../montage/inputs.js'
import type { RuntimeChoice } from '../runtime/choice.js'
import { readWheelInputs } from '../wheel/inputs.js'
import { gather, readRuntimeChoice } from './inputs.js'
import type { WheelStepResult } from './wheel.js'

export interface Read<T> {
  readonly inputs: T
  readonly choice: RuntimeChoice
  readonly problems: InputProblems
}

/**
 * Inputs layered over the project's settings, read by `read`, plus the runtime ones. Every problem
 * the inputs show by themselves (a spelling, a syntax, a missing folder) is raised here, in
 * milliseconds, before a runtime is opened or an interpreter probed; the problems that need the
 * facts (a Python the runtime lacks, a repair tool it does not have) are raised with the plan.
 */
function readStep<T>(raw: InputSource, base: string, read: (src: InputSource, problems: InputProblems) => T): Read<T> {
  const g = gather(raw, base)
  const inputs = read(g.source, g.problems)
  const choice = readRuntimeChoice(g.source, g.problems)
  for (const name of ['pip-args', 'test-pip-args']) maskUrlCredentials(g.source(name).split(/\s+/))
  g.problems.throwIfAny()
  if (g.settings.file) info(`project settings: ${g.settings.file}`)
  return { inputs, choice, problems: g.problems }
}

const work = () => import('./step-work.js')

export async function montageStep(raw: InputSource, base: string): Promise<MontageResult> {
  const read = readStep(raw, base, (src, p) => readMontageInputs(src, base, p))
  return (await work()).runMontageStep(read)
}

export async function wheelStep(raw: InputSource, base: string): Promise<WheelStepResult> {
  const read = readStep(raw, base, (src, p) => readWheelInputs(src, base, p))
  return (await work()).runWheelOnlyStep(read)
}

export interface PipelineResult {
  readonly montage?: MontageResult
  readonly wheels: WheelStepResult
}

/** The whole wheel pipeline: the C tree (cached), then wheels for every selected Python. */
export async function pipelineStep(raw: InputSource, base: string): Promise<PipelineResult> {
  const read = readStep(raw, base, (src, p) => ({
    montage: readMontageInputs(src, base, p),
    wheel: readWheelInputs(src, base, p)
  }))
  return (await work()).runPipelineStep(read)
}
