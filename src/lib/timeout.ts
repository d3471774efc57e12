/**
 * Bounded waits on services (the Actions cache, the artifact service): a call that does not
 * settle in time, or fails, is given up on with a warning and the build goes on. A call given up
 * on may leave a socket open (a service that answered an error and keeps the connection, a
 * library still retrying); the entry points end the process once their work is done when any was
 * (see `abandoned`).
 */
import type { InputProblems, InputSource } from './inputs.js'
import { warning } from './log.js'

/** Seconds for each cache or artifact call unless the `service-timeout` input or this variable says otherwise. */
export const SERVICE_TIMEOUT_ENV = 'BUILD_WHEEL_SERVICE_TIMEOUT'
export const DEFAULT_SERVICE_TIMEOUT = 300

let abandonedCalls = 0

/** How many calls were given up on, timed out or failed (their sockets may keep the process alive). */
export function abandoned(): number {
  return abandonedCalls
}

export class TimeoutError extends Error {
  override name = 'TimeoutError'
}

/** Run `work`; past `seconds`, reject with a TimeoutError that says what was waited for. */
export async function withTimeout<T>(what: string, seconds: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandonedCalls++
      reject(new TimeoutError(`${what} did not finish within ${seconds} s`))
    }, seconds * 1000)
  })
  try {
    return await Promise.race([work(), limit])
  } finally {
    clearTimeout(timer)
  }
}

/** Like withTimeout, but a timeout or failure is a warning and gives `fallback`. */
export async function boundedOrElse<T>(what: string, seconds: number, fallback: T, work: () => Promise<T>, then: string): Promise<T> {
  try {
    return await withTimeout(what, seconds, work)
  } catch (e) {
    if (!(e instanceof TimeoutError)) abandonedCalls++ // a timeout counted itself
    warning(e instanceof TimeoutError ? `${e.message}; ${then}` : `${what} failed: ${e instanceof Error ? e.message : String(e)}; ${then}`)
    return fallback
  }
}

/** The timeout from the input's value, else the environment, else the default. Returns a problem text for bad values. */
export function parseTimeout(value: string, env: string | undefined): number | string {
  const raw = value.trim() || (env ?? '').trim()
  if (!raw) return DEFAULT_SERVICE_TIMEOUT
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0 || n > 6 * 3600) return `'${raw}' is not a number of seconds between 1 and 21600`
  return n
}

/** `service-timeout`: seconds for each cache or artifact call; the environment variable when the input is empty. */
export function readServiceTimeout(src: InputSource, problems: InputProblems): number {
  const t = parseTimeout(src('service-timeout'), process.env[SERVICE_TIMEOUT_ENV])
  if (typeof t === 'string') {
    if (!problems.has('service-timeout')) problems.add('service-timeout', `${t} (also settable with ${SERVICE_TIMEOUT_ENV})`)
    return DEFAULT_SERVICE_TIMEOUT
  }
  return t
}
