/**
 * Logging for the actions and the local command alike: inside a GitHub runner it speaks the
 * runner's workflow commands (workflow-commands.ts); in a terminal it prints plain lines.
 */
import * as runner from './workflow-commands.js'
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

/** Record a phase timed elsewhere (a wheel lane's, printed after it ran: src/wheel/lanes.ts). */
export function recordPhase(t: PhaseTiming): void {
  timings.push(t)
}

export function info(message: string): void {
  runner.info(message)
}

export function warning(message: string, file?: string, line?: number): void {
  if (inActions()) runner.warning(message, file ? { file, startLine: line } : undefined)
  else process.stderr.write(`warning: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${message}\n`)
}

export function error(message: string, file?: string, line?: number): void {
  if (inActions()) runner.error(message, file ? { file, startLine: line } : undefined)
  else process.stderr.write(`error: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${message}\n`)
}

/** Secrets masked by this process itself (the local command has no runner to do it). */
const secrets = new Set<string>()
/** Shorter values are left to the runner: masking every "me" would garble the output. */
const MIN_LOCAL_SECRET = 4

/** Mark a value as secret: the runner masks it in logs, and so does redactOutput outside a runner. */
export function mask(secret: string): void {
  if (!secret) return
  if (secret.length >= MIN_LOCAL_SECRET) secrets.add(secret)
  if (inActions()) runner.setSecret(secret)
}

/** `text` with every secret given to `mask` replaced by ***, as the runner shows it. */
export function redact(text: string): string {
  let out = text
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***')
  return out
}

function redactChunk(chunk: unknown): unknown {
  if (secrets.size === 0) return chunk
  if (typeof chunk === 'string') return redact(chunk)
  if (chunk instanceof Uint8Array) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    for (const s of secrets) if (buf.includes(s)) return redact(buf.toString('utf8'))
  }
  return chunk
}

/**
 * Mask secrets in everything this process writes to stdout and stderr from now on: command
 * lines, the commands' own output, warnings and errors (the local command's stand-in for the
 * runner's masking). Returns the function that stops it.
 */
export function redactOutput(): () => void {
  const undo = [process.stdout, process.stderr].map(stream => {
    // the stream's own property when a caller replaced write (a test capturing output), else none
    const own = Object.getOwnPropertyDescriptor(stream, 'write')
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean
    stream.write = (chunk: unknown, ...rest: unknown[]): boolean => write(redactChunk(chunk), ...rest)
    return () => {
      if (own) Object.defineProperty(stream, 'write', own)
      else Reflect.deleteProperty(stream, 'write')
    }
  })
  return () => undo.forEach(u => u())
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
    runner.startGroup(title)
    try {
      const value = await fn()
      runner.info(done(true))
      return value
    } catch (e) {
      runner.info(done(false))
      throw e
    } finally {
      runner.endGroup()
    }
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
  else if (inActions()) runner.setFailed(errorMessage(e))
  else process.stderr.write(`error: ${errorMessage(e)}\n`)
}
