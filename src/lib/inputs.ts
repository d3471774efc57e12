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

/** An output folder (absolute), created when missing: it, or the nearest part of it that exists, must be a directory. */
export function readOutputDir(src: InputSource, name: string, fallback: string, base: string, problems: InputProblems): string {
  const raw = src(name).trim() || fallback
  const dir = path.resolve(base, raw)
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
