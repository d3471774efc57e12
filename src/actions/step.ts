/** What every action entry shares: inputs from the runner, outputs to it, one failure at the end. */
import * as core from '@actions/core'
import type { InputSource } from '../lib/inputs.js'
import { reportFailure } from '../lib/log.js'
import { abandoned } from '../lib/timeout.js'
import { renderTextTable, writeJobSummary } from '../lib/summary.js'
import type { MontageResult } from '../montage/build.js'
import { wheelNotes, wheelRows, wheelsJson } from '../phases/report.js'
import type { WheelStepResult } from '../phases/wheel.js'
import { failureError } from '../wheel/build.js'

/** Inputs as the runner passes them (INPUT_* with action.yml defaults applied). Read only inside run(). */
export const runnerInputs: InputSource = name => core.getInput(name)

/** Run a step's body; any error fails the step with its message (and an annotation when it is in a user file). */
export async function runStep(body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (e) {
    reportFailure(e)
  }
  // a service call given up on may hold a socket open for its retries: end the step now
  if (abandoned() > 0) process.exit()
}

export function setMontageOutputs(m: MontageResult): void {
  core.setOutput('cache-hit', String(m.cacheHit))
  core.setOutput('cache-key', m.cacheKey)
}

/** Outputs and the summary first, then the failure naming every Python that failed. */
export async function publishWheels(r: WheelStepResult, montage?: MontageResult): Promise<void> {
  core.setOutput('wheels', wheelsJson(r))
  core.setOutput('matrix', JSON.stringify(r.matrix))
  core.setOutput('wheel-dir', r.outputDir)
  if (r.artifactId !== undefined) core.setOutput('artifact-id', String(r.artifactId))
  const rows = wheelRows(r)
  const notes = wheelNotes(r, montage)
  core.info(renderTextTable('Wheels', rows, notes))
  await writeJobSummary('Wheels', rows, notes)
  if (r.failures.length) throw failureError(r.failures, r.pythons.length)
}
