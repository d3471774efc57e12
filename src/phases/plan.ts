/**
 * The plan of a step, as a value: inputs and facts in, every command (argv in the runtime's paths),
 * the cache key, the repair and the matrix out. Pure; `plan-only` prints it as JSON, and the
 * steps run it (src/phases/steps.ts). Every problem found while planning joins the input problems,
 * which the step raises once, before any work.
 */
import type { InputProblems } from '../lib/inputs.js'
import type { MontageInputs } from '../montage/inputs.js'
import { planCTree, type CTreePlan } from '../montage/plan.js'
import type { WheelInputs } from '../wheel/inputs.js'
import { planWheels, type WheelsPlan } from '../wheel/plan.js'
import type { Facts } from './facts.js'

export interface StepPlan {
  readonly runtime: { readonly kind: string; readonly description: string; readonly identity: string; readonly arch: string }
  readonly cTree?: CTreePlan
  readonly wheels?: WheelsPlan
}

export interface StepInputs {
  readonly montage?: MontageInputs
  readonly wheel?: WheelInputs
}

/** The plan of a step from its inputs and the facts gathered for it; `workDir` holds the wheels' work. */
export function planStep(inputs: StepInputs, facts: Facts, workDir: string | undefined, problems: InputProblems): StepPlan {
  const rt = facts.runtime
  const side = facts.tree
  // a tree that could not be read is already an input problem ('path')
  const cTree =
    inputs.montage && side?.tree
      ? planCTree(inputs.montage, {
          tree: side.tree,
          exclude: side.exclude,
          toolchain: side.toolchain,
          identity: rt.identity,
          env: rt.env,
          mounts: rt.mounts,
          epoch: side.epoch.value
        })
      : undefined
  const wheels =
    inputs.wheel && facts.wheel && workDir !== undefined
      ? planWheels(inputs.wheel, { ...facts.wheel, env: rt.env, mounts: rt.mounts, arch: rt.arch, description: rt.description }, workDir, problems)
      : undefined
  return {
    runtime: { kind: rt.kind, description: rt.description, identity: rt.identity, arch: rt.arch },
    ...(cTree ? { cTree } : {}),
    ...(wheels ? { wheels } : {})
  }
}

/** The plan as JSON for `plan-only` (two-space indented), the passwords of URLs in arguments hidden. */
export function planJson(plan: StepPlan): string {
  return JSON.stringify(plan, (_k, v: unknown) => (typeof v === 'string' ? hideUrlPasswords(v) : v), 2)
}

/** `https://user:token@host` -> `https://user:***@host`. */
export function hideUrlPasswords(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^/@\s:]+):[^/@\s]+@/gi, '$1:***@')
}
