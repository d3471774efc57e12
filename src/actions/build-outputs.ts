/** The outputs and job summary of the entries that build: the C tree's cache outputs, the wheels' outputs and table. */
import * as runner from '../lib/workflow-commands.js'
import { renderTextTable, writeJobSummary } from '../lib/summary.js'
import type { MontageResult } from '../montage/build.js'
import { planJson } from '../phases/plan.js'
import { wheelNotes, wheelRows, wheelsJson } from '../phases/report.js'
import type { WheelStepResult } from '../phases/wheel.js'
import { failureError } from '../wheel/build.js'
import { MONTAGE_OUTPUTS, WHEEL_OUTPUTS } from './outputs.js'

export function setMontageOutputs(m: MontageResult): void {
  runner.setOutput(MONTAGE_OUTPUTS.cacheHit, String(m.cacheHit))
  runner.setOutput(MONTAGE_OUTPUTS.cacheKey, m.cacheKey)
  const x = m.executables
  if (x) {
    runner.setOutput(MONTAGE_OUTPUTS.executables, x.file)
    runner.setOutput(MONTAGE_OUTPUTS.executablesTag, x.tag)
    runner.setOutput(MONTAGE_OUTPUTS.executablesSha256, x.sha256)
    if (x.artifactId !== undefined) runner.setOutput(MONTAGE_OUTPUTS.executablesArtifactId, String(x.artifactId))
  }
}

/** Outputs and the summary first, then the failure naming every Python that failed. */
export async function publishWheels(r: WheelStepResult, montage?: MontageResult): Promise<void> {
  runner.setOutput(WHEEL_OUTPUTS.wheels, wheelsJson(r))
  runner.setOutput(WHEEL_OUTPUTS.matrix, JSON.stringify(r.matrix))
  runner.setOutput(WHEEL_OUTPUTS.wheelDir, r.outputDir)
  if (r.artifactId !== undefined) runner.setOutput(WHEEL_OUTPUTS.artifactId, String(r.artifactId))
  if (r.plan) runner.setOutput(WHEEL_OUTPUTS.plan, planJson(r.plan))
  const rows = wheelRows(r)
  const notes = wheelNotes(r, montage)
  runner.info(renderTextTable('Wheels', rows, notes))
  await writeJobSummary('Wheels', rows, notes)
  if (r.failures.length) throw failureError(r.failures, r.pythons.length)
}
