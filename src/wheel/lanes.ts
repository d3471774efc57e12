/**
 * Logs of work done at once, printed in order. Each Python's work writes into its own lane; the
 * first unfinished lane prints as it goes, the others hold their lines back. When a lane finishes,
 * the next one prints what it held, whole, and goes on printing live. So the log reads as a serial
 * run would: each Python's groups together, in the order of the Pythons.
 *
 * A command run while its lane holds back runs silent (its output captured), and its command line
 * and output join the lane's lines when it ends.
 */
import * as runner from '../lib/workflow-commands.js'
import { CommandError, formatArgv } from '../lib/errors.js'
import type { RunResult } from '../lib/exec.js'
import { inActions, recordPhase, warning } from '../lib/log.js'
import type { Runtime, RuntimeRunOptions } from '../runtime/runtime.js'

type Line =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'open'; readonly title: string }
  | { readonly kind: 'close'; readonly title: string; readonly seconds: number; readonly ok: boolean }
  | { readonly kind: 'warning'; readonly message: string }

/** Print one line of a lane, as log.ts's phase() and info() print theirs. */
function show(line: Line): void {
  switch (line.kind) {
    case 'text':
      process.stdout.write(line.text)
      return
    case 'open':
      if (inActions()) runner.startGroup(line.title)
      else process.stdout.write(`\n== ${line.title}\n`)
      return
    case 'close': {
      recordPhase({ title: line.title, seconds: line.seconds, ok: line.ok })
      const done = `${line.title}: ${line.ok ? 'done' : 'failed'} in ${line.seconds.toFixed(1)} s`
      if (inActions()) {
        runner.info(done)
        runner.endGroup()
      } else process.stdout.write(`== ${done}\n`)
      return
    }
    case 'warning':
      warning(line.message)
  }
}

/** One unit of work's log: printed live while it is the first unfinished lane, held back before. */
export class Lane {
  private held: Line[] = []
  private live = false

  private emit(line: Line): void {
    if (this.live) show(line)
    else this.held.push(line)
  }

  /** Print what was held, and from now on print as it comes. */
  goLive(): void {
    this.live = true
    const held = this.held
    this.held = []
    for (const l of held) show(l)
  }

  info(message: string): void {
    this.emit({ kind: 'text', text: `${message}\n` })
  }

  warning(message: string): void {
    this.emit({ kind: 'warning', message })
  }

  /** A group with its duration at the end, as log.ts's phase(). */
  async phase<T>(title: string, fn: () => Promise<T>): Promise<T> {
    const started = performance.now()
    const close = (ok: boolean): void => this.emit({ kind: 'close', title, seconds: (performance.now() - started) / 1000, ok })
    this.emit({ kind: 'open', title })
    try {
      const value = await fn()
      close(true)
      return value
    } catch (e) {
      close(false)
      throw e
    }
  }

  /**
   * Run argv in the runtime: printing as it comes when the lane is live, else silent, with its
   * command line and output added to the lane's lines when it ends. Resolves whatever the exit code.
   */
  async run(runtime: Runtime, argv: readonly string[], opts: RuntimeRunOptions = {}): Promise<RunResult> {
    if (this.live || opts.silent) return runtime.run(argv, opts)
    const r = await runtime.run(argv, { ...opts, silent: true })
    this.emit({ kind: 'text', text: `[command]${formatArgv(argv)}\n${withNewline(r.stdout)}${withNewline(r.stderr)}` })
    return r
  }

  /** run(), and a CommandError (with the runtime's own diagnosis when live) when the exit code is not 0. */
  async runOrThrow(runtime: Runtime, argv: readonly string[], opts: RuntimeRunOptions = {}): Promise<RunResult> {
    if (this.live || opts.silent) return runtime.runOrThrow(argv, opts)
    const r = await this.run(runtime, argv, opts)
    if (r.exitCode !== 0) throw new CommandError(argv, r.exitCode, r.tail, opts.hint)
    return r
  }
}

const withNewline = (s: string): string => (s && !s.endsWith('\n') ? `${s}\n` : s)

/**
 * Lanes for `count` units of work, the first live. `finish(i)` marks lane i done: when it is the
 * first unfinished one, the lanes after it print what they held, in order, up to the next
 * unfinished lane, which goes live.
 */
export class OrderedLanes {
  readonly lanes: readonly Lane[]
  private readonly done: boolean[]
  private head = 0

  constructor(count: number) {
    this.lanes = Array.from({ length: count }, () => new Lane())
    this.done = this.lanes.map(() => false)
    this.lanes[0]?.goLive()
  }

  finish(i: number): void {
    this.done[i] = true
    while (this.head < this.lanes.length && this.done[this.head]) {
      this.head++
      this.lanes[this.head]?.goLive()
    }
  }
}

/** A lane that prints as it comes (for work that runs alone). */
export function liveLane(): Lane {
  const lane = new Lane()
  lane.goLive()
  return lane
}
