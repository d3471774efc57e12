/** What a wheel step reports at its end: outputs, a summary table, and one failure naming the failed Pythons. */
import * as path from 'node:path'
import type { SummaryRow } from '../lib/summary.js'
import type { MontageResult } from '../montage/build.js'
import type { WheelStepResult } from './wheel.js'

export function wheelRows(r: WheelStepResult): SummaryRow[] {
  return r.wheels.map(w => ({ artifact: path.basename(w.wheel), size: w.size, sha256: w.sha256, tag: w.tag, seconds: w.seconds }))
}

export function wheelNotes(r: WheelStepResult, montage?: MontageResult): string[] {
  const notes: string[] = []
  if (montage)
    notes.push(
      montage.cacheHit
        ? `C tree: restored from the cache in ${montage.seconds.toFixed(1)} s (make not run), key ${montage.cacheKey}`
        : `C tree: built with make in ${montage.seconds.toFixed(1)} s (${montage.files} files${montage.saved ? ', saved to the cache' : ''}), key ${montage.cacheKey}`
    )
  for (const f of r.failures) notes.push(`FAILED ${f.identifier}: ${f.step}`)
  return notes
}

/** The wheels output: a JSON list a later step can read with fromJSON. */
export function wheelsJson(r: WheelStepResult): string {
  return JSON.stringify(
    r.wheels.map(w => ({
      path: w.wheel,
      python: w.python,
      identifier: w.identifier,
      tag: w.tag,
      size: w.size,
      sha256: w.sha256,
      repair: w.repair,
      tested: w.tested
    }))
  )
}
