/** The wheel phase as a step: a wheels plan run, the wheels uploaded when asked; a matrix for fan-out. */
import * as fs from 'node:fs'
import { claimFolder } from '../cache/tree.js'
import { uploadBounded } from '../lib/artifact.js'
import type { Runtime } from '../runtime/runtime.js'
import { buildWheels, type WheelsResult } from '../wheel/build.js'
import type { WheelsPlan } from '../wheel/plan.js'
import type { StepPlan } from './plan.js'

export interface WheelStepResult extends WheelsResult {
  readonly matrix: WheelsPlan['matrix']
  readonly outputDir: string
  readonly artifactId?: number
  /** The step's plan (set when plan-only asked for it, and whenever the step ran from one). */
  readonly plan?: StepPlan
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

/** What a plan-only run returns: the matrix and the plan, no wheel. */
export function plannedOnly(plan: WheelsPlan, step: StepPlan): WheelStepResult {
  return { pythons: plan.pythons.map(p => p.python), wheels: [], failures: [], matrix: plan.matrix, outputDir: plan.outputDir, plan: step }
}

export async function runWheelStep(plan: WheelsPlan, runtime: Runtime): Promise<WheelStepResult> {
  claimOutputDir(plan.outputDir)
  const r = await buildWheels(plan, runtime)
  const artifactId =
    plan.upload && r.wheels.length
      ? await uploadBounded(
          plan.upload,
          r.wheels.map(w => w.wheel),
          plan.outputDir
        )
      : undefined
  return { ...r, matrix: plan.matrix, outputDir: plan.outputDir, artifactId }
}
