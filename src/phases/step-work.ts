/**
 * The steps' work, after their inputs are read (steps.ts): each opens its runtime (the host, the
 * container a step names, or one started from `image` for this step), gathers the facts it needs
 * through it (src/phases/facts.ts), makes its plan (src/phases/plan.ts), raises every problem at
 * once, and only then runs the plan.
 */
import { chooseStore } from '../cache/store.js'
import type { InputProblems } from '../lib/inputs.js'
import { withTreeLock } from '../cache/lock.js'
import { info, warning } from '../lib/log.js'
import { buildCTree, settleSave, type MontageResult } from '../montage/build.js'
import { packBuiltExecutables } from '../montage/executables-step.js'
import type { MontageInputs } from '../montage/inputs.js'
import { withRuntime } from '../runtime/select.js'
import type { Runtime } from '../runtime/runtime.js'
import type { WheelInputs } from '../wheel/inputs.js'
import { gatherFacts, type Facts, type FactsWanted } from './facts.js'
import { planJson, planStep, type StepInputs, type StepPlan } from './plan.js'
import { plannedOnly, runWheelStep, type WheelStepResult } from './wheel.js'

import type { PipelineResult, Read } from './steps.js'

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
async function runCTree(plan: StepPlan, facts: Facts, runtime: Runtime, background = false): Promise<MontageResult> {
  const p = plan.cTree
  const tree = facts.tree?.tree
  if (!p || !tree) throw new Error('internal: a C-tree step without its plan')
  const store = p.cache ? chooseStore('c-tree', p.cache.dir, p.cache.serviceTimeout) : undefined
  const built = await buildCTree(p, tree, runtime, store, { background })
  return p.executables ? { ...built, executables: await packBuiltExecutables(p.executables, p.root) } : built
}

const hostEnv = (): Readonly<Record<string, string | undefined>> => process.env

/**
 * One build at a time in a project tree: the lock is taken before the tree's facts are read and held
 * until the step's work in it (make, the save, the wheels) is done.
 */
function inLockedTree<T>(root: string, what: string, work: () => Promise<T>): Promise<T> {
  return withTreeLock(root, { what, log: info, warn: w => warning(w) }, work)
}

export async function runMontageStep({ inputs, choice, problems }: Read<MontageInputs>): Promise<MontageResult> {
  return withRuntime(choice, inputs.path, runtime =>
    inLockedTree(inputs.path, 'the C tree', async () => {
      const want = { tree: { root: inputs.path, ownFolders: [inputs['cache-dir'], inputs['executables-dir']] }, hostEnv: hostEnv() }
      const { facts, plan } = await makePlan(runtime, { montage: inputs }, want, undefined, problems)
      return runCTree(plan, facts, runtime)
    })
  )
}

export async function runWheelOnlyStep({ inputs, choice, problems }: Read<WheelInputs>): Promise<WheelStepResult> {
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

/**
 * The whole wheel pipeline: C tree (cached), then wheels for every selected Python. Every input of
 * both phases is checked, and the whole plan made, before make runs.
 */
export async function runPipelineStep({ inputs, choice, problems }: Read<{ montage: MontageInputs; wheel: WheelInputs }>): Promise<PipelineResult> {
  const locked = <T>(work: () => Promise<T>): Promise<T> =>
    inputs.wheel['plan-only'] ? work() : inLockedTree(inputs.montage.path, 'the C tree and its wheels', work)
  return withRuntime(choice, inputs.montage.path, runtime =>
    withWorkDir(runtime, workDir =>
      locked(async () => {
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
        // a cold tree is saved while the wheels build; the save ends before the step does
        const built = await runCTree(plan, facts, runtime, true)
        const builtWheels = await runWheelStep(wheels, runtime).catch(async (e: unknown) => {
          await settleSave(built)
          throw e
        })
        return { montage: await settleSave(built), wheels: { ...builtWheels, plan } }
      })
    )
  )
}
