/** What the local command prints at the end of a run: the wheels table, the matrix, the phases' timings. */
import { phaseTimings } from '../lib/log.js'
import { renderTextTable } from '../lib/summary.js'
import { planJson } from '../phases/plan.js'
import { wheelNotes, wheelRows } from '../phases/report.js'
import type { PipelineResult } from '../phases/steps.js'

export function timingsText(): string {
  const t = phaseTimings()
  if (!t.length) return ''
  const lines = t.map(p => `  ${p.seconds.toFixed(1).padStart(7)} s  ${p.ok ? '' : 'FAILED '}${p.title}`)
  return `\nphases:\n${lines.join('\n')}\n`
}

export function pipelineText(r: PipelineResult): string {
  if (r.wheels.plan && !r.wheels.wheels.length && !r.wheels.failures.length && !r.montage) return `${planJson(r.wheels.plan)}\n`
  const table = renderTextTable('Wheels', wheelRows(r.wheels), wheelNotes(r.wheels, r.montage))
  return `\n${table}\nmatrix: ${JSON.stringify(r.wheels.matrix)}\n`
}
