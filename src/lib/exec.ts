/**
 * The one way the suite starts a process: an argv array (never a shell string), output streamed
 * as it comes, a failure carrying the command, the exit code and the last lines it printed.
 *
 * Started with node's spawn, argv as given: @actions/exec re-parses its first argument as a
 * command line, so an executable under a path with a space (a RUNNER_TEMP like "/home/me/my
 * runner/_temp") was split at the space ("Unable to locate executable file"). stdin is /dev/null
 * unless `input` is given: a command that reads stdin sees end-of-file instead of waiting forever.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import type { Readable } from 'node:stream'
import { armDeadline, forgetGroup, formatLimit, watchGroup } from './deadline.js'
import { CommandError, formatArgv } from './errors.js'

export interface RunOptions {
  readonly cwd?: string
  /** Added to (not replacing) the current environment. */
  readonly env?: Readonly<Record<string, string>>
  /** The command gets `env` alone, not this process's environment under it (a conda build script: conda-build passes only its own variables and script_env). */
  readonly exactEnv?: boolean
  /** Capture only; print nothing (for probes). */
  readonly silent?: boolean
  /** Written to the command's stdin; without it stdin is /dev/null. */
  readonly input?: Buffer
  /** What to tell the user when the command fails. */
  readonly hint?: string
  /**
   * Past this many seconds the command's whole process group (it runs in its own) is sent SIGTERM,
   * then SIGKILL, and the result says it timed out (see deadline.ts).
   */
  readonly timeoutSeconds?: number
  /** Each line of output as it comes (stdout and stderr), e.g. for progress. */
  readonly onLine?: (line: string) => void
}

export interface RunResult {
  readonly exitCode: number
  readonly stdout: string
  /** stdout as bytes (file names from `git ls-files -z` need not be UTF-8). */
  readonly stdoutBytes?: Buffer
  readonly stderr: string
  /** The last lines of stdout and stderr, interleaved as they came. */
  readonly tail: string
  /** Killed at `timeoutSeconds`. */
  readonly timedOut?: boolean
}

const TAIL_LINES = 25
/** After the process exits, how long to wait for its output streams to close (a daemon it left may hold them). */
const DRAIN_MS = 10_000

class Tail {
  private lines: string[] = []
  private partial = ''
  push(chunk: Buffer): void {
    const parts = (this.partial + chunk.toString('utf8')).split('\n')
    this.partial = parts.pop() ?? ''
    this.lines.push(...parts)
    if (this.lines.length > TAIL_LINES * 4) this.lines = this.lines.slice(-TAIL_LINES)
  }
  text(): string {
    const all = this.partial ? [...this.lines, this.partial] : this.lines
    return all.slice(-TAIL_LINES).join('\n').trimEnd()
  }
}

/** A process killed by a signal reports 128 + the signal's number, as a shell does. */
function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code
  return 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0)
}

/** Run argv; resolves with the exit code whatever it is. Throws only when the program cannot start. */
export async function run(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  if (argv.length === 0) throw new Error('run: empty argv')
  if (opts.cwd !== undefined && !fs.existsSync(opts.cwd)) throw new CommandError(argv, 127, `the working directory ${opts.cwd} does not exist`, opts.hint)
  const out: Buffer[] = []
  const err: Buffer[] = []
  const tail = new Tail()
  if (!opts.silent) process.stdout.write(`[command]${formatArgv(argv)}\n`)
  let timedOut = false
  let partial = ''
  const lines = (b: Buffer): void => {
    if (!opts.onLine) return
    const parts = (partial + b.toString('utf8')).split(/\r?\n|\r/)
    partial = parts.pop() ?? ''
    for (const l of parts) if (l.trim()) opts.onLine(l)
  }
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      // always explicit: the child gets this process's environment as the code sees it, plus opts.env
      env: opts.exactEnv ? { ...opts.env } : { ...stringEnv(process.env), ...opts.env },
      stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      // a command with a deadline leads its own process group, so the whole group can be killed
      detached: opts.timeoutSeconds !== undefined
    })
    const group = opts.timeoutSeconds !== undefined ? child.pid : undefined
    if (group !== undefined) watchGroup(group)
    const stdout = child.stdout as Readable
    const stderr = child.stderr as Readable
    let settled = false
    let exited: number | undefined
    const deadline =
      opts.timeoutSeconds === undefined
        ? undefined
        : armDeadline(opts.timeoutSeconds, group ?? child, () => {
            timedOut = true
          })
    const finish = (code: number): void => {
      if (settled) return
      settled = true
      deadline?.cancel()
      if (group !== undefined) forgetGroup(group)
      resolve(code)
    }
    child.on('error', e => {
      if (settled) return
      settled = true
      deadline?.cancel()
      if (group !== undefined) forgetGroup(group)
      // the program is missing or not executable
      reject(new CommandError(argv, 127, e.message, opts.hint))
    })
    stdout.on('data', (b: Buffer) => {
      out.push(b)
      tail.push(b)
      lines(b)
      if (!opts.silent) process.stdout.write(b)
    })
    stderr.on('data', (b: Buffer) => {
      err.push(b)
      tail.push(b)
      lines(b)
      if (!opts.silent) process.stderr.write(b)
    })
    child.on('exit', (code, signal) => {
      exited = exitCodeOf(code, signal)
      setTimeout(() => {
        stdout.destroy()
        stderr.destroy()
        finish(exited as number)
      }, DRAIN_MS).unref()
    })
    child.on('close', (code, signal) => finish(exited ?? exitCodeOf(code, signal)))
    if (opts.input && child.stdin) {
      child.stdin.on('error', () => {}) // a command that exits without reading its input
      child.stdin.end(opts.input)
    }
  })
  const stdoutBytes = Buffer.concat(out)
  return {
    exitCode,
    stdout: stdoutBytes.toString('utf8'),
    stdoutBytes,
    stderr: Buffer.concat(err).toString('utf8'),
    tail: tail.text(),
    timedOut
  }
}

/** Run argv and throw a CommandError when it exits non-zero (or ran past its deadline, which the error says). */
export async function runOrThrow(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const r = await run(argv, opts)
  if (r.exitCode !== 0) {
    const late = r.timedOut ? `it did not finish within ${formatLimit(opts.timeoutSeconds ?? 0)}, so it was killed with its process group` : undefined
    throw new CommandError(argv, r.exitCode, r.tail, [late, opts.hint].filter(Boolean).join('\n') || undefined)
  }
  return r
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v
  return out
}
