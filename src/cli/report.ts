/** What the local command prints at the end of a run: the wheels table, the matrix, the phases' timings. */
import { renderTextTable } from '../lib/summary.js'
import { planJson } from '../phases/plan.js'
import { wheelNotes, wheelRows } from '../phases/report.js'
import type { PipelineResult } from '../phases/steps.js'

/** One function for both halves: the conda commands print the same timings (src/lib/summary.ts). */
export { timingsText } from '../lib/summary.js'

export function pipelineText(r: PipelineResult): string {
  if (r.wheels.plan && !r.wheels.wheels.length && !r.wheels.failures.length && !r.montage) return `${planJson(r.wheels.plan)}\n`
  const table = renderTextTable('Wheels', wheelRows(r.wheels), wheelNotes(r.wheels, r.montage))
  return `\n${table}\nmatrix: ${JSON.stringify(r.wheels.matrix)}\n`
}
