/**
 * Calls to the container engine's CLI that must not hang a job: each has a deadline (lib/exec's
 * timeoutSeconds), after which the process is killed and the call reports that it timed out.
 * Builds inside the container are not run through here (they take as long as they take: see docker.ts).
 */
import { errorMessage, formatArgv } from '../lib/errors.js'
import { run } from '../lib/exec.js'

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

/** Run the engine's CLI through the suite's one exec, bounded; a program that cannot start reports 127. */
export async function engineCall(binary: string, args: readonly string[], opts: EngineCallOptions): Promise<EngineResult> {
  try {
    const r = await run([binary, ...args], { env: opts.env, silent: true, timeoutSeconds: opts.timeoutMs / 1000, onLine: opts.onLine })
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr, timedOut: r.timedOut === true }
  } catch (e) {
    return { code: 127, stdout: '', stderr: errorMessage(e), timedOut: false }
  }
}

/** The last lines of a failed call, for messages. */
export function describeFailure(binary: string, args: readonly string[], r: EngineResult, lines = 8): string {
  const how = r.timedOut ? 'did not finish in time' : `exited with ${r.code}`
  const text = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-lines).join('\n')
  return `${formatArgv([binary, ...args])} ${how}${text ? `:\n  | ${text.split('\n').join('\n  | ')}` : ''}`
}
