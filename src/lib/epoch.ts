/**
 * SOURCE_DATE_EPOCH for reproducible builds (https://reproducible-builds.org/specs/source-date-epoch/):
 * the time every tool that honours it (setuptools' wheel writer, auditwheel, the builtin repair, tar)
 * stamps into what it writes instead of "now". Set by the user, it wins; otherwise the project's last
 * commit time, so two builds of one commit agree; outside git a fixed date, the zip epoch.
 */
import { run } from './exec.js'

/** 1980-01-01T00:00:00Z: the earliest time a zip entry can hold. */
export const FALLBACK_EPOCH = 315532800

export interface SourceDateEpoch {
  /** Whole seconds since 1970, as the variable holds it. */
  readonly value: string
  /** Where it came from, for the log. */
  readonly source: 'environment' | 'git' | 'fallback'
  /** Set when the environment held a value that is not a whole number (it is then ignored). */
  readonly ignored?: string
  /** For the fallback: why git gave no time ("<dir> is not in a git work tree", ...). */
  readonly why?: string
}

const SECONDS = /^\d+$/

/**
 * The SOURCE_DATE_EPOCH for a build of the project at `dir`: the environment's when it is a whole
 * number, else `git log -1 --format=%ct` in `dir`, else FALLBACK_EPOCH (with the reason).
 */
export async function sourceDateEpoch(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<SourceDateEpoch> {
  const given = (env.SOURCE_DATE_EPOCH ?? '').trim()
  if (SECONDS.test(given)) return { value: given, source: 'environment' }
  const ignored = given === '' ? {} : { ignored: given }
  const fromGit = await lastCommitTime(dir)
  if ('time' in fromGit) return { value: fromGit.time, source: 'git', ...ignored }
  return { value: String(FALLBACK_EPOCH), source: 'fallback', ...ignored, why: fromGit.why }
}

/** The committer time of HEAD in `dir`, or why there is none: outside a work tree, without git, before the first commit. */
async function lastCommitTime(dir: string): Promise<{ time: string } | { why: string }> {
  let r
  try {
    r = await run(['git', '-C', dir, 'log', '-1', '--format=%ct'], { silent: true })
  } catch {
    return { why: `git is not installed, so the last commit of ${dir} cannot be read` }
  }
  const t = r.stdout.trim()
  if (r.exitCode === 0 && SECONDS.test(t)) return { time: t }
  if (/not a git repository/i.test(r.stderr)) return { why: `${dir} is not in a git work tree` }
  if (/does not have any commits/i.test(r.stderr)) return { why: `the git repository of ${dir} has no commit yet` }
  const last = r.stderr.trim().split('\n').pop() ?? ''
  return { why: `git log in ${dir} gave no commit time (exit ${r.exitCode}${last ? `: ${last}` : ''})` }
}

/** One line for the log: the value, and why. */
export function describeEpoch(e: SourceDateEpoch): string {
  const when = new Date(Number(e.value) * 1000).toISOString()
  const note = e.ignored !== undefined ? ` (SOURCE_DATE_EPOCH='${e.ignored}' in the environment is not a whole number of seconds; ignored)` : ''
  if (e.source === 'fallback') {
    const unset = e.ignored !== undefined ? 'not usable in the environment' : 'not set in the environment'
    return (
      `SOURCE_DATE_EPOCH=${e.value} (${when}): ${unset}, and ${e.why ?? 'no commit time was found'}; ` +
      `so the zip epoch, the earliest time a zip entry can hold, is stamped into what is written (set SOURCE_DATE_EPOCH to choose the time)${note}`
    )
  }
  const why = e.source === 'environment' ? 'set in the environment' : "the project's last commit"
  return `SOURCE_DATE_EPOCH=${e.value} (${when}, ${why})${note}`
}
