/**
 * What a conda build reports at its end, as the wheel half does (src/phases/report.ts): one row per
 * package for the shared table (src/lib/summary.ts), a note per package with its tests, and for a
 * package that failed, the failure and its test's last lines. Pure functions.
 */
import * as path from 'node:path'
import { renderTextTable, timingsText, type SummaryNote, type SummaryRow } from '../../lib/summary.js'
import type { BuiltPackage, FailedPackage } from './build.js'

/** The title of the table, for the terminal and the job summary. */
export const CONDA_TABLE_TITLE = 'Conda packages'

export function condaRows(packages: readonly BuiltPackage[]): SummaryRow[] {
  return packages.map(p => ({ artifact: path.basename(p.path), size: p.size, sha256: p.sha256, tag: p.subdir, seconds: p.seconds }))
}

/** Lines kept of a failed test's output in the summary. */
export const TAIL_LINES = 20

function lastLines(text: string, n: number): string {
  const lines = text.trimEnd().split('\n')
  return lines.slice(-n).join('\n')
}

/** One note per package built (its tests), then the failed package, if any, with its test's last lines. */
export function condaNotes(packages: readonly BuiltPackage[], failed?: FailedPackage): SummaryNote[] {
  const notes: SummaryNote[] = packages.map(p => `${p.fn}: ${p.tested.length ? `tests passed (${p.tested.join(', ')})` : 'not tested'}`)
  if (!failed) return notes
  if (failed.downstream) {
    const text = `FAILED ${failed.stem} (${failed.subdir}): the test of its downstream package ${failed.downstream} failed; ${failed.stem} stays in the output channel. The test's last lines:`
    notes.push({ text, details: lastLines(failed.testOutput ?? '', TAIL_LINES) || '(no output)' })
  } else if (failed.broken && failed.testOutput !== undefined) {
    const text = `FAILED ${path.basename(failed.broken)} (${failed.subdir}): its test failed; the package was moved to ${failed.broken}. The test's last lines:`
    notes.push({ text, details: lastLines(failed.testOutput, TAIL_LINES) || '(no output)' })
  } else if (failed.broken) notes.push(`FAILED ${path.basename(failed.broken)} (${failed.subdir}): its test failed; the package was moved to ${failed.broken}`)
  else notes.push(`FAILED ${failed.stem} (${failed.subdir}): not built`)
  return notes
}

/** What `conda build` prints at its end: the table, skipped variants, the phases' timings. */
export function condaBuildText(packages: readonly BuiltPackage[], o: { failed?: FailedPackage; skipped?: number } = {}): string {
  const table = renderTextTable(CONDA_TABLE_TITLE, condaRows(packages), condaNotes(packages, o.failed))
  const skipped = o.skipped ? `\n${o.skipped} variant(s) skipped by build/skip` : ''
  return `\n${table}${skipped}\n${timingsText()}`
}
