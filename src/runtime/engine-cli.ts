/**
 * Calls to the container engine's CLI that must not hang a job: each has a deadline, after which
 * the process is killed and the call reports that it timed out. Builds inside the container are
 * not run through here (they take as long as they take: see docker.ts).
 */
import { spawn } from 'node:child_process'
import { formatArgv } from '../lib/errors.js'

export interface EngineResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
}

export interface EngineCallOptions {
  readonly timeoutMs: number
  /** Added to the CLI's environment (values for `-e NAME`). */
  readonly env?: Readonly<Record<string, string>>
  /** Each line of output as it comes (progress of a pull). */
  readonly onLine?: (line: string) => void
}

const KEEP = 200_000

export function engineCall(binary: string, args: readonly string[], opts: EngineCallOptions): Promise<EngineResult> {
  return new Promise(resolve => {
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let partial = ''
    const child = spawn(binary, [...args], { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const lines = (chunk: string): void => {
      if (!opts.onLine) return
      const parts = (partial + chunk).split(/\r?\n|\r/)
      partial = parts.pop() ?? ''
      for (const l of parts) if (l.trim()) opts.onLine(l)
    }
    child.stdout.on('data', (b: Buffer) => {
      stdout = (stdout + b.toString()).slice(-KEEP)
      lines(b.toString())
    })
    child.stderr.on('data', (b: Buffer) => {
      stderr = (stderr + b.toString()).slice(-KEEP)
      lines(b.toString())
    })
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, opts.timeoutMs)
    child.on('error', e => {
      clearTimeout(timer)
      resolve({ code: 127, stdout, stderr: `${stderr}${e.message}`, timedOut })
    })
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code: code ?? 128, stdout, stderr, timedOut })
    })
  })
}

/** The last lines of a failed call, for messages. */
export function describeFailure(binary: string, args: readonly string[], r: EngineResult, lines = 8): string {
  const how = r.timedOut ? 'did not finish in time' : `exited with ${r.code}`
  const text = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-lines).join('\n')
  return `${formatArgv([binary, ...args])} ${how}${text ? `:\n  | ${text.split('\n').join('\n  | ')}` : ''}`
}
