/**
 * Reading inputs: one pass that collects every problem, then one failure.
 * The same readers serve the actions (core.getInput) and the local command (flags).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { UserError } from './errors.js'

/** Where raw input text comes from. Returns '' when the input was not given. */
export type InputSource = (name: string) => string

export class InputProblems {
  readonly list: string[] = []
  add(name: string, problem: string): void {
    this.list.push(`input '${name}': ${problem}`)
  }
  /** Whether an input already has a problem (steps that read it twice report it once). */
  has(name: string): boolean {
    return this.list.some(p => p.startsWith(`input '${name}':`))
  }
  throwIfAny(): void {
    if (this.list.length === 0) return
    const head = this.list.length === 1 ? 'Invalid input' : `${this.list.length} invalid inputs`
    throw new UserError(`${head}:\n${this.list.map(p => `  - ${p}`).join('\n')}`)
  }
}

/** Split a list given on one line or several: whitespace, newlines and commas separate items. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[\s,]+/)
    .map(s => s.trim())
    .filter(s => s.length > 0)
}

const TRUE = ['true', 'yes', '1', 'on']
const FALSE = ['false', 'no', '0', 'off']

export function readBool(src: InputSource, name: string, fallback: boolean, problems: InputProblems): boolean {
  const raw = src(name).trim().toLowerCase()
  if (raw === '') return fallback
  if (TRUE.includes(raw)) return true
  if (FALSE.includes(raw)) return false
  problems.add(name, `'${raw}' is not a boolean; accepted: true or false`)
  return fallback
}

export function readChoice<T extends string>(src: InputSource, name: string, choices: readonly T[], fallback: T, problems: InputProblems): T {
  const raw = src(name).trim()
  if (raw === '') return fallback
  if ((choices as readonly string[]).includes(raw)) return raw as T
  problems.add(name, `'${raw}' is not accepted; accepted: ${choices.join(', ')}`)
  return fallback
}

export function readInt(src: InputSource, name: string, fallback: number, min: number, max: number, problems: InputProblems): number {
  const raw = src(name).trim()
  if (raw === '') return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.add(name, `'${raw}' is not accepted; accepted: a whole number from ${min} to ${max}`)
    return fallback
  }
  return Number(raw)
}

/** The default of the timeouts given in minutes (a build script, a test). */
export const DEFAULT_TIMEOUT_MINUTES = 60
/** The longest timeout accepted: a week. */
const MAX_TIMEOUT_MINUTES = 7 * 24 * 60

/** Minutes from a flag's or input's text: a number above 0 (fractions allowed); a problem text otherwise. */
export function parseTimeoutMinutes(raw: string): number | string {
  const text = raw.trim()
  if (!text) return DEFAULT_TIMEOUT_MINUTES
  const n = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || !(n > 0) || n > MAX_TIMEOUT_MINUTES)
    return `'${raw}' is not a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES}; accepted: e.g. 90 or 0.5`
  return n
}

/** A timeout input in minutes; its problem added under its name. */
export function readTimeoutMinutes(src: InputSource, name: string, problems: InputProblems): number {
  const t = parseTimeoutMinutes(src(name))
  if (typeof t === 'number') return t
  problems.add(name, t)
  return DEFAULT_TIMEOUT_MINUTES
}

/** Recursively freeze a plain object so inputs cannot change after validation. */
export function deepFreeze<T>(value: T): Readonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value as object)) deepFreeze(v)
  }
  return value
}

const ARTIFACT_NAME = /^[^"\\:<>|*?\r\n/]+$/

/** An artifact name ('' = no upload). */
export function readArtifactName(src: InputSource, name: string, problems: InputProblems): string {
  const artifact = src(name).trim()
  if (artifact && !ARTIFACT_NAME.test(artifact))
    problems.add(name, `'${artifact}' is not a valid artifact name; accepted: a name without " : < > | * ? / \\ or newlines`)
  return artifact
}

/** Whether `child` is `parent` or inside it (absolute paths, as written: no links resolved). */
export function isWithin(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

/** The path with its existing part's links resolved (the rest as written). */
export function realPathOf(p: string): string {
  const rest: string[] = []
  for (let at = p; ; at = path.dirname(at)) {
    try {
      return path.join(fs.realpathSync(at), ...rest)
    } catch {
      if (path.dirname(at) === at) return p
      rest.unshift(path.basename(at))
    }
  }
}

/**
 * A path input, resolved once against `base` (the workspace in the actions, the current directory
 * on the command line): the one absolute path every later step sees. A path written inside `base`
 * that a link leads outside it is refused, naming both (an absolute path outside, written so, is
 * the user's choice). '' when the input is empty and there is no fallback.
 */
export function readPath(src: InputSource, name: string, base: string, problems: InputProblems, fallback = ''): string {
  const raw = src(name).trim() || fallback
  if (!raw) return ''
  const resolved = path.resolve(base, raw)
  const realBase = realPathOf(base)
  if (isWithin(resolved, base) && !isWithin(realPathOf(resolved), realBase))
    problems.add(
      name,
      `'${raw}' is inside ${base} as written but resolves to ${realPathOf(resolved)}, outside it (through a symbolic link); accepted: a path that stays inside ${base}, or an absolute path written as such`
    )
  return resolved
}

/** An output folder (absolute), created when missing: it, or the nearest part of it that exists, must be a directory. */
export function readOutputDir(src: InputSource, name: string, fallback: string, base: string, problems: InputProblems): string {
  const raw = src(name).trim() || fallback
  const dir = readPath(src, name, base, problems, fallback)
  for (let p = dir; ; p = path.dirname(p)) {
    if (fs.existsSync(p)) {
      if (!fs.statSync(p).isDirectory()) {
        const which = p === dir ? '' : `${p}, a part of it, `
        problems.add(name, `'${raw}': ${which}is a file, not a directory; accepted: a directory, existing or not`)
      }
      return dir
    }
    if (path.dirname(p) === p) return dir
  }
}
