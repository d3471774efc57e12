/**
 * The table a run ends with: one row per artifact (a wheel or a conda package), the same for both
 * halves. In the job summary on a runner, as text in a terminal; the phases' timings after it.
 */
import * as fs from 'node:fs'
import { phaseTimings } from './log.js'

export interface SummaryRow {
  readonly artifact: string
  readonly size: number
  readonly sha256: string
  /** Platform tag of a wheel, or subdir of a conda package. */
  readonly tag: string
  readonly seconds: number
}

/** A line under the table; `details` (a failed test's last lines) is shown verbatim below it. */
export type SummaryNote = string | { readonly text: string; readonly details: string }

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

const HEAD = ['artifact', 'size', 'sha256', 'tag', 'seconds'] as const

function cells(r: SummaryRow): string[] {
  return [r.artifact, formatSize(r.size), r.sha256.slice(0, 16), r.tag, r.seconds.toFixed(1)]
}

const noteText = (n: SummaryNote): string => (typeof n === 'string' ? n : n.text)

/** Plain-text table, columns padded; the notes after it, their details indented. */
export function renderTextTable(title: string, rows: readonly SummaryRow[], notes: readonly SummaryNote[] = []): string {
  const table = [Array.from(HEAD), ...rows.map(cells)]
  const widths = HEAD.map((_, i) => Math.max(...table.map(r => r[i].length)))
  const line = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  const noteLines = notes.flatMap(n =>
    typeof n === 'string'
      ? [n]
      : [
          n.text,
          ...n.details
            .trimEnd()
            .split('\n')
            .map(l => `    ${l}`)
        ]
  )
  return [title, line(table[0]), widths.map(w => '-'.repeat(w)).join('  '), ...table.slice(1).map(line), ...noteLines].join('\n')
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The table as HTML for the job summary: a heading, the table (full sha256), the notes. */
export function renderHtmlTable(title: string, rows: readonly SummaryRow[], notes: readonly SummaryNote[] = []): string {
  const row = (tag: 'th' | 'td', r: readonly string[]): string => `<tr>${r.map(c => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`
  const body = rows.map(r => {
    const c = cells(r)
    c[2] = r.sha256
    return row('td', c)
  })
  const noteHtml = notes.flatMap(n => [
    `${escapeHtml(noteText(n))}\n\n`,
    ...(typeof n === 'string' ? [] : [`<pre>${escapeHtml(n.details.trimEnd())}</pre>\n\n`])
  ])
  return [`<h3>${escapeHtml(title)}</h3>\n`, `<table>${row('th', HEAD)}${body.join('')}</table>\n`, ...noteHtml].join('')
}

/** Append the table to the job summary (GITHUB_STEP_SUMMARY) when the runner gives us one. */
export async function writeJobSummary(title: string, rows: readonly SummaryRow[], notes: readonly SummaryNote[] = []): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  await fs.promises.appendFile(file, renderHtmlTable(title, rows, notes), 'utf8')
}

/** The phases run so far with their durations, for the end of a local run ('' when none ran). */
export function timingsText(): string {
  const t = phaseTimings()
  if (!t.length) return ''
  const lines = t.map(p => `  ${p.seconds.toFixed(1).padStart(7)} s  ${p.ok ? '' : 'FAILED '}${p.title}`)
  return `\nphases:\n${lines.join('\n')}\n`
}
