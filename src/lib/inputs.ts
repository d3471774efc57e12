/**
 * Reading inputs: one pass that collects every problem, then one failure.
 * The same readers serve the actions (core.getInput) and the local command (flags).
 */
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

export function readChoice<T extends string>(
  src: InputSource,
  name: string,
  choices: readonly T[],
  fallback: T,
  problems: InputProblems
): T {
  const raw = src(name).trim()
  if (raw === '') return fallback
  if ((choices as readonly string[]).includes(raw)) return raw as T
  problems.add(name, `'${raw}' is not accepted; accepted: ${choices.join(', ')}`)
  return fallback
}

export function readInt(
  src: InputSource,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: InputProblems
): number {
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
