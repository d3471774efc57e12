/**
 * Logging for the actions and the local command alike: inside a GitHub runner it speaks the
 * runner's workflow commands through @actions/core; in a terminal it prints plain lines.
 */
import * as core from '@actions/core'
import { UserError, errorMessage } from './errors.js'

export const inActions = (): boolean => process.env.GITHUB_ACTIONS === 'true'

export interface PhaseTiming {
  readonly title: string
  readonly seconds: number
  readonly ok: boolean
}

const timings: PhaseTiming[] = []

/** Timings of the phases run so far in this process, in order. */
export function phaseTimings(): readonly PhaseTiming[] {
  return timings
}

export function info(message: string): void {
  core.info(message)
}

export function warning(message: string, file?: string, line?: number): void {
  if (inActions()) core.warning(message, file ? { file, startLine: line } : undefined)
  else process.stderr.write(`warning: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${message}\n`)
}

export function error(message: string, file?: string, line?: number): void {
  if (inActions()) core.error(message, file ? { file, startLine: line } : undefined)
  else process.stderr.write(`error: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${message}\n`)
}

/** Mark a value as secret so the runner masks it in logs. */
export function mask(secret: string): void {
  if (secret && inActions()) core.setSecret(secret)
}

/** Mask the passwords and tokens of URLs in arguments (`https://user:token@index/simple`). */
export function maskUrlCredentials(args: readonly string[]): void {
  for (const a of args) for (const m of a.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/@\s:]+)(?::([^/@\s]+))?@/gi)) mask(m[2] ?? m[1])
}

/** Run one phase inside a collapsible group that ends with its duration. */
export async function phase<T>(title: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const done = (ok: boolean): string => {
    const seconds = (performance.now() - started) / 1000
    timings.push({ title, seconds, ok })
    return `${title}: ${ok ? 'done' : 'failed'} in ${seconds.toFixed(1)} s`
  }
  if (inActions()) {
    return core.group(title, async () => {
      try {
        const value = await fn()
        core.info(done(true))
        return value
      } catch (e) {
        core.info(done(false))
        throw e
      }
    })
  }
  process.stdout.write(`\n== ${title}\n`)
  try {
    const value = await fn()
    process.stdout.write(`== ${done(true)}\n`)
    return value
  } catch (e) {
    process.stdout.write(`== ${done(false)}\n`)
    throw e
  }
}

/** Report a failure at the end of a step: one error, as an annotation on the user's file when we know it. */
export function reportFailure(e: unknown): void {
  process.exitCode = 1
  if (e instanceof UserError && e.file) error(e.message, e.file, e.line)
  else if (inActions()) core.setFailed(errorMessage(e))
  else process.stderr.write(`error: ${errorMessage(e)}\n`)
}
