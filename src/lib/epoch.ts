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
}

const SECONDS = /^\d+$/

/**
 * The SOURCE_DATE_EPOCH for a build of the project at `dir`: the environment's when it is a whole
 * number, else `git log -1 --format=%ct` in `dir`, else FALLBACK_EPOCH.
 */
export async function sourceDateEpoch(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<SourceDateEpoch> {
  const given = (env.SOURCE_DATE_EPOCH ?? '').trim()
  if (SECONDS.test(given)) return { value: given, source: 'environment' }
  const ignored = given === '' ? {} : { ignored: given }
  const fromGit = await lastCommitTime(dir)
  if (fromGit !== undefined) return { value: fromGit, source: 'git', ...ignored }
  return { value: String(FALLBACK_EPOCH), source: 'fallback', ...ignored }
}

/** The committer time of HEAD in `dir`; undefined outside a work tree, without git, or before the first commit. */
async function lastCommitTime(dir: string): Promise<string | undefined> {
  try {
    const r = await run(['git', '-C', dir, 'log', '-1', '--format=%ct'], { silent: true })
    const t = r.stdout.trim()
    return r.exitCode === 0 && SECONDS.test(t) ? t : undefined
  } catch {
    return undefined // git is not installed
  }
}

/** One line for the log: the value, and why. */
export function describeEpoch(e: SourceDateEpoch): string {
  const when = new Date(Number(e.value) * 1000).toISOString()
  const why = e.source === 'environment' ? 'set in the environment' : e.source === 'git' ? "the project's last commit" : 'not a git work tree: the zip epoch'
  const note = e.ignored !== undefined ? ` (SOURCE_DATE_EPOCH='${e.ignored}' in the environment is not a whole number of seconds; ignored)` : ''
  return `SOURCE_DATE_EPOCH=${e.value} (${when}, ${why})${note}`
}
