/** The table a run ends with: one row per artifact. In the job summary on a runner, as text in a terminal. */
import * as core from '@actions/core'

export interface SummaryRow {
  readonly artifact: string
  readonly size: number
  readonly sha256: string
  /** Platform tag of a wheel, or subdir of a conda package. */
  readonly tag: string
  readonly seconds: number
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

const HEAD = ['artifact', 'size', 'sha256', 'tag', 'seconds'] as const

function cells(r: SummaryRow): string[] {
  return [r.artifact, formatSize(r.size), r.sha256.slice(0, 16), r.tag, r.seconds.toFixed(1)]
}

/** Plain-text table, columns padded. */
export function renderTextTable(title: string, rows: readonly SummaryRow[], notes: readonly string[] = []): string {
  const table = [Array.from(HEAD), ...rows.map(cells)]
  const widths = HEAD.map((_, i) => Math.max(...table.map(r => r[i].length)))
  const line = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  return [title, line(table[0]), widths.map(w => '-'.repeat(w)).join('  '), ...table.slice(1).map(line), ...notes].join('\n')
}

/** Append the table to the job summary (GITHUB_STEP_SUMMARY) when the runner gives us one. */
export async function writeJobSummary(title: string, rows: readonly SummaryRow[], notes: readonly string[] = []): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const s = core.summary.addHeading(title, 3)
  s.addTable([
    HEAD.map(h => ({ data: h, header: true })),
    ...rows.map(r => {
      const c = cells(r)
      c[2] = r.sha256
      return c
    })
  ])
  for (const n of notes) s.addRaw(`${n}\n\n`)
  await s.write()
}
