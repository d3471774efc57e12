/**
 * Python interpreter identifiers and the `python-versions` selection language. Pure: no I/O.
 *   all             every CPython from MIN_ALL on (not free-threaded builds)
 *   3.12  3.13t     a minor version (t: the free-threaded build)
 *   cp312  cp313t   the same as a CPython tag
 *   cp312-cp312     the same as a manylinux /opt/python directory name
 */
import { compareVersions } from '../lib/versions.js'

export interface Interpreter {
  /** Executable, as the runtime sees it. */
  readonly path: string
  /** Full version, e.g. 3.11.7. */
  readonly version: string
  /** e.g. 3.11, or 3.13t for a free-threaded build. */
  readonly minor: string
  /** e.g. cp311-cp311, cp313-cp313t. */
  readonly identifier: string
  /** Where it was found: a manylinux /opt/python directory, pyenv, or PATH. */
  readonly source: 'manylinux' | 'pyenv' | 'path'
}

/** `all` starts here: older CPythons are past end of life and lack current build tools. */
export const MIN_ALL: readonly [number, number] = [3, 9]

export type Selector = { readonly kind: 'all'; readonly text: string } | { readonly kind: 'minor'; readonly minor: string; readonly text: string }

export const ACCEPTED_SELECTORS = 'all, a version such as 3.12 or 3.13t, a tag such as cp312 or cp312-cp312'

/** Parse one token of python-versions; null when it is not a selector. */
export function parseSelector(token: string): Selector | null {
  const t = token.trim()
  if (t === 'all' || t === '*') return { kind: 'all', text: t }
  let m = /^(?:py|python)?(3)\.(\d{1,2})(t?)$/.exec(t)
  if (m) return { kind: 'minor', minor: `${m[1]}.${Number(m[2])}${m[3]}`, text: t }
  m = /^cp(3)(\d{1,2})(t?)(?:-cp3\2(t?))?$/.exec(t)
  // the abi part carries the free-threading flag: cp313-cp313t is manylinux's directory name for 3.13t
  if (m && !(m[3] === 't' && m[4] === '')) return { kind: 'minor', minor: `${m[1]}.${Number(m[2])}${m[4] ?? m[3]}`, text: t }
  return null
}

/** The identifier of a CPython build: cp311-cp311, cp313-cp313t. */
export function identifierFor(major: number, minor: number, freeThreaded: boolean): string {
  const t = freeThreaded ? 't' : ''
  return `cp${major}${minor}-cp${major}${minor}${t}`
}

const SOURCE_RANK: Record<Interpreter['source'], number> = { manylinux: 0, pyenv: 1, path: 2 }

/** One interpreter per minor version: a manylinux one first, then pyenv, then PATH; the newest patch. */
export function dedupeByMinor(found: readonly Interpreter[]): Interpreter[] {
  const best = new Map<string, Interpreter>()
  for (const i of found) {
    const cur = best.get(i.minor)
    if (
      !cur ||
      SOURCE_RANK[i.source] < SOURCE_RANK[cur.source] ||
      (SOURCE_RANK[i.source] === SOURCE_RANK[cur.source] && compareVersions(i.version, cur.version) > 0)
    )
      best.set(i.minor, i)
  }
  return [...best.values()].sort((a, b) => compareVersions(a.minor, b.minor) || a.minor.length - b.minor.length)
}

export interface Selection {
  readonly chosen: Interpreter[]
  /** One message per selector that matched nothing. */
  readonly problems: string[]
}

/** Choose interpreters for the selectors, in version order, each once. */
export function selectInterpreters(found: readonly Interpreter[], selectors: readonly Selector[]): Selection {
  const pool = dedupeByMinor(found)
  const chosen = new Set<Interpreter>()
  const problems: string[] = []
  const available =
    pool.map(i => `${i.minor} (${i.path})`).join(', ') || 'none (install CPython, e.g. with actions/setup-python or pyenv, or build in a manylinux image)'
  for (const s of selectors) {
    const hits =
      s.kind === 'all' ? pool.filter(i => !i.minor.endsWith('t') && compareVersions(i.minor, MIN_ALL.join('.')) >= 0) : pool.filter(i => i.minor === s.minor)
    if (hits.length === 0) problems.push(`'${s.text}' has no interpreter here; found: ${available}`)
    for (const h of hits) chosen.add(h)
  }
  return { chosen: pool.filter(i => chosen.has(i)), problems }
}

/** The wheel tag's Python part for an interpreter: cp311 from cp311-cp311. */
export function pythonTag(i: Interpreter): string {
  return i.identifier.split('-')[0]
}
