/** The outputs and job summary of the entries that build: the C tree's cache outputs, the wheels' outputs and table. */
import * as core from '@actions/core'
import { renderTextTable, writeJobSummary } from '../lib/summary.js'
import type { MontageResult } from '../montage/build.js'
import { wheelNotes, wheelRows, wheelsJson } from '../phases/report.js'
import type { WheelStepResult } from '../phases/wheel.js'
import { failureError } from '../wheel/build.js'

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
