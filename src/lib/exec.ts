/**
 * The one way the suite starts a process: an argv array (never a shell string), output streamed
 * as it comes, a failure carrying the command, the exit code and the last lines it printed.
 */
import * as actionsExec from '@actions/exec'
import { CommandError } from './errors.js'

export interface RunOptions {
  readonly cwd?: string
  /** Added to (not replacing) the current environment. */
  readonly env?: Readonly<Record<string, string>>
  /** Capture only; print nothing (for probes). */
  readonly silent?: boolean
  readonly input?: Buffer
  /** What to tell the user when the command fails. */
  readonly hint?: string
}

export interface RunResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  /** The last lines of stdout and stderr, interleaved as they came. */
  readonly tail: string
}

const TAIL_LINES = 25

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

/** Run argv; resolves with the exit code whatever it is. Throws only when the program cannot start. */
export async function run(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  if (argv.length === 0) throw new Error('run: empty argv')
  const out: Buffer[] = []
  const err: Buffer[] = []
  const tail = new Tail()
  let exitCode: number
  try {
    exitCode = await actionsExec.exec(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      // always explicit: the child gets this process's environment as the code sees it, plus opts.env
      env: { ...stringEnv(process.env), ...opts.env },
      silent: opts.silent ?? false,
      input: opts.input,
      ignoreReturnCode: true,
      listeners: {
        stdout: (b: Buffer) => {
          out.push(b)
          tail.push(b)
        },
        stderr: (b: Buffer) => {
          err.push(b)
          tail.push(b)
        }
      }
    })
  } catch (e) {
    // @actions/exec throws when the program is missing or the cwd does not exist.
    throw new CommandError(argv, 127, e instanceof Error ? e.message : String(e), opts.hint)
  }
  return {
    exitCode,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    tail: tail.text()
  }
}

/** Run argv and throw a CommandError when it exits non-zero. */
export async function runOrThrow(argv: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const r = await run(argv, opts)
  if (r.exitCode !== 0) throw new CommandError(argv, r.exitCode, r.tail, opts.hint)
  return r
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v
  return out
}
