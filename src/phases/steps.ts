/**
 * The steps the actions and the local command share. Each reads all of its inputs in one pass
 * (python-versions is checked against the interpreters found), then runs its phases.
 */
import { chooseStore } from '../cache/store.js'
import { info } from '../lib/log.js'
import type { InputSource } from '../lib/inputs.js'
import { buildCTree, type MontageResult } from '../montage/build.js'
import { chooseRuntime } from '../runtime/select.js'
import { gather, readMontageInputs, readRuntimeChoice, readWheelInputs } from './inputs.js'
import { planWheelStep, runWheelStep, type WheelStepResult } from './wheel.js'

export async function montageStep(raw: InputSource, base: string): Promise<MontageResult> {
  const g = gather(raw, base)
  const inputs = readMontageInputs(g.source, base, g.problems)
  const choice = readRuntimeChoice(g.source, g.problems)
  g.problems.throwIfAny()
  if (g.settings.file) info(`project settings: ${g.settings.file}`)
  const store = inputs.cache ? chooseStore('c-tree', inputs['cache-dir']) : undefined
  return buildCTree(inputs, chooseRuntime(choice), store)
}

export async function wheelStep(raw: InputSource, base: string): Promise<WheelStepResult> {
  const g = gather(raw, base)
  const inputs = readWheelInputs(g.source, base, g.problems)
  const choice = readRuntimeChoice(g.source, g.problems)
  g.problems.throwIfAny()
  if (g.settings.file) info(`project settings: ${g.settings.file}`)
  const runtime = chooseRuntime(choice)
  const pythons = await planWheelStep(inputs, runtime, g.problems)
  return runWheelStep(inputs, pythons, runtime)
}

export interface PipelineResult {
  readonly montage?: MontageResult
  readonly wheels: WheelStepResult
}

/** The whole wheel pipeline: C tree (cached), then wheels for every selected Python. */
export async function pipelineStep(raw: InputSource, base: string): Promise<PipelineResult> {
  const g = gather(raw, base)
  const montage = readMontageInputs(g.source, base, g.problems)
  const wheel = readWheelInputs(g.source, base, g.problems)
  const choice = readRuntimeChoice(g.source, g.problems)
  g.problems.throwIfAny()
  if (g.settings.file) info(`project settings: ${g.settings.file}`)
  const runtime = chooseRuntime(choice)
  const pythons = await planWheelStep(wheel, runtime, g.problems)
  if (wheel['plan-only']) return { wheels: await runWheelStep(wheel, pythons, runtime) }
  const store = montage.cache ? chooseStore('c-tree', montage['cache-dir']) : undefined
  const built = await buildCTree(montage, runtime, store)
  return { montage: built, wheels: await runWheelStep(wheel, pythons, runtime) }
}
