/**
 * The steps the actions and the local command share. Each reads all of its inputs in one pass,
 * opens its runtime (the host, the container a step names, or one started from `image` for this
 * step), gathers the facts it needs through it (src/phases/facts.ts), makes its plan
 * (src/phases/plan.ts), raises every problem at once, and only then runs the plan.
 */
import { chooseStore } from '../cache/store.js'
import type { InputProblems, InputSource } from '../lib/inputs.js'
import { info, maskUrlCredentials } from '../lib/log.js'
import { buildCTree, type MontageResult } from '../montage/build.js'
import { packBuiltExecutables } from '../montage/executables-step.js'
import { readMontageInputs } from '../montage/inputs.js'
import { withRuntime, type RuntimeChoice } from '../runtime/select.js'
import type { Runtime } from '../runtime/runtime.js'
import { readWheelInputs } from '../wheel/inputs.js'
import { gatherFacts, type Facts, type FactsWanted } from './facts.js'
import { gather, readRuntimeChoice } from './inputs.js'
import { planJson, planStep, type StepInputs, type StepPlan } from './plan.js'
import { plannedOnly, runWheelStep, type WheelStepResult } from './wheel.js'

interface Read<T> {
  readonly inputs: T
  readonly choice: RuntimeChoice
  readonly problems: InputProblems
}

/** The names of the inputs that choose the runtime: their problems are raised before it is opened. */
const RUNTIME_INPUTS = ['engine', 'image', 'container']

/**
 * Inputs layered over the project's settings, read by `read`, plus the runtime ones. Problems are
 * kept to be raised with the plan's, except those that stop the runtime from being opened, and
 * any at all when opening it would start a container (a pull is work).
 */
function readStep<T>(raw: InputSource, base: string, read: (src: InputSource, problems: InputProblems) => T): Read<T> {
  const g = gather(raw, base)
  const inputs = read(g.source, g.problems)
  const choice = readRuntimeChoice(g.source, g.problems)
  for (const name of ['pip-args', 'test-pip-args']) maskUrlCredentials(g.source(name).split(/\s+/))
  if (RUNTIME_INPUTS.some(n => g.problems.has(n)) || (choice.image && !choice.container)) g.problems.throwIfAny()
  if (g.settings.file) info(`project settings: ${g.settings.file}`)
  return { inputs, choice, problems: g.problems }
}

/** Facts, then the plan, then every problem at once. */
async function makePlan(
  runtime: Runtime,
  inputs: StepInputs,
  want: FactsWanted,
  workDir: string | undefined,
  problems: InputProblems
): Promise<{ facts: Facts; plan: StepPlan }> {
  const facts = await gatherFacts(runtime, want)
  const plan = planStep(inputs, facts, workDir, problems)
  problems.throwIfAny()
  return { facts, plan }
}

/** A work folder for the wheels, visible in the runtime, removed when `body` is done. */
async function withWorkDir<T>(runtime: Runtime, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await runtime.tempDir('bw-wheels-')
  try {
    return await body(dir)
  } finally {
    await runtime.removeTree(dir)
  }
}

function printPlan(plan: StepPlan): void {
  info(`plan (plan-only: nothing is built):\n${planJson(plan)}`)
}

/** The C tree built or restored, then its programs packed when asked. */
async function runCTree(plan: StepPlan, facts: Facts, runtime: Runtime): Promise<MontageResult> {
  const p = plan.cTree
  const tree = facts.tree?.tree
  if (!p || !tree) throw new Error('internal: a C-tree step without its plan')
  const store = p.cache ? chooseStore('c-tree', p.cache.dir, p.cache.serviceTimeout) : undefined
  const built = await buildCTree(p, tree, runtime, store)
  return p.executables ? { ...built, executables: await packBuiltExecutables(p.executables, p.root) } : built
}

const hostEnv = (): Readonly<Record<string, string | undefined>> => process.env

export async function montageStep(raw: InputSource, base: string): Promise<MontageResult> {
  const { inputs, choice, problems } = readStep(raw, base, (src, p) => readMontageInputs(src, base, p))
  return withRuntime(choice, inputs.path, async runtime => {
    const want = { tree: { root: inputs.path, ownFolders: [inputs['cache-dir'], inputs['executables-dir']] }, hostEnv: hostEnv() }
    const { facts, plan } = await makePlan(runtime, { montage: inputs }, want, undefined, problems)
    return runCTree(plan, facts, runtime)
  })
}

export async function wheelStep(raw: InputSource, base: string): Promise<WheelStepResult> {
  const { inputs, choice, problems } = readStep(raw, base, (src, p) => readWheelInputs(src, base, p))
  return withRuntime(choice, inputs.path, runtime =>
    withWorkDir(runtime, async workDir => {
      const want = { wheel: { root: inputs.path }, hostEnv: hostEnv() }
      const { plan } = await makePlan(runtime, { wheel: inputs }, want, workDir, problems)
      const wheels = plan.wheels as NonNullable<StepPlan['wheels']>
      info(`building for: ${wheels.pythons.map(p => p.python.identifier).join(' ')}`)
      if (inputs['plan-only']) {
        printPlan(plan)
        return plannedOnly(wheels, plan)
      }
      return { ...(await runWheelStep(wheels, runtime)), plan }
    })
  )
}

export interface PipelineResult {
  readonly montage?: MontageResult
  readonly wheels: WheelStepResult
}

/**
 * The whole wheel pipeline: C tree (cached), then wheels for every selected Python. Every input of
 * both phases is checked, and the whole plan made, before make runs.
 */
export async function pipelineStep(raw: InputSource, base: string): Promise<PipelineResult> {
  const { inputs, choice, problems } = readStep(raw, base, (src, p) => ({
    montage: readMontageInputs(src, base, p),
    wheel: readWheelInputs(src, base, p)
  }))
  return withRuntime(choice, inputs.montage.path, runtime =>
    withWorkDir(runtime, async workDir => {
      const want = {
        tree: { root: inputs.montage.path, ownFolders: [inputs.montage['cache-dir'], inputs.montage['executables-dir'], inputs.wheel['output-dir']] },
        wheel: { root: inputs.wheel.path },
        hostEnv: hostEnv()
      }
      const { facts, plan } = await makePlan(runtime, inputs, want, workDir, problems)
      const wheels = plan.wheels as NonNullable<StepPlan['wheels']>
      info(`building for: ${wheels.pythons.map(p => p.python.identifier).join(' ')}`)
      if (inputs.wheel['plan-only']) {
        printPlan(plan)
        return { wheels: plannedOnly(wheels, plan) }
      }
      const montage = await runCTree(plan, facts, runtime)
      return { montage, wheels: { ...(await runWheelStep(wheels, runtime)), plan } }
    })
  )
}
