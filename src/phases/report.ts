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
  if (montage) notes.push(cTreeNote(montage))
  for (const f of r.failures) notes.push(`FAILED ${f.identifier}: ${f.step}`)
  return notes
}

function entrySize(m: MontageResult): string {
  if (m.entryBytes === undefined || !m.rawBytes) return ''
  const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`
  return `, entry ${mb(m.entryBytes)} for ${mb(m.rawBytes)} (${((m.entryBytes / m.rawBytes) * 100).toFixed(0)}%)`
}

/** One line on the C tree: restored or built, saved or why not, the entry's size and ratio. */
export function cTreeNote(m: MontageResult): string {
  if (m.cacheHit)
    return `C tree: restored from the cache in ${m.seconds.toFixed(1)} s (make not run, ${m.files} files verified${entrySize(m)}), key ${m.cacheKey}`
  const saved = m.saved ? `, saved to the cache${entrySize(m)}` : m.notSaved ? `, not saved: ${m.notSaved}` : ''
  return `C tree: built with make in ${m.seconds.toFixed(1)} s (${m.files} files${saved}), key ${m.cacheKey}`
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
