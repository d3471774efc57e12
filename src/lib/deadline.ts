/**
 * Deadlines for commands (build scripts, tests): a command with a deadline runs as the leader of
 * its own process group (spawned detached), so at the deadline the whole group is ended, children
 * and grandchildren alike (a test that forks a server, `make` and its compilers): SIGTERM first,
 * SIGKILL a few seconds later for whatever is left.
 *
 * A group of its own no longer hears the terminal's Ctrl-C, so while such groups run, this
 * process passes SIGINT and SIGTERM on to them before it ends the way it would have, and kills
 * them when it exits: no build is left running behind the suite.
 */
import type { ChildProcess } from 'node:child_process'

/** Between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 3000

const groups = new Set<number>()
let handlersInstalled = false

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  } catch {
    // the group is gone already
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const g of groups) signalGroup(g, signal)
  setHandlers(false)
  // end the way this process would have without the handler
  process.kill(process.pid, signal)
}

const onSigint = (): void => onSignal('SIGINT')
const onSigterm = (): void => onSignal('SIGTERM')
const onExit = (): void => {
  for (const g of groups) signalGroup(g, 'SIGKILL')
}

const HANDLERS: ReadonlyArray<[string, () => void]> = [
  ['SIGINT', onSigint],
  ['SIGTERM', onSigterm],
  ['exit', onExit]
]

function setHandlers(on: boolean): void {
  if (handlersInstalled === on) return
  handlersInstalled = on
  for (const [event, handler] of HANDLERS)
    if (on) process.on(event, handler)
    else process.off(event, handler)
}

/** Track a running group (its leader's pid), so it is ended with this process. */
export function watchGroup(pgid: number): void {
  groups.add(pgid)
  setHandlers(true)
}

/** The group finished (or was ended): stop tracking it. */
export function forgetGroup(pgid: number): void {
  groups.delete(pgid)
  if (groups.size === 0) setHandlers(false)
}

/** Groups running now (for tests). */
export function watchedGroups(): readonly number[] {
  return [...groups]
}

export interface Deadline {
  cancel(): void
}

/**
 * After `seconds`, call `expired` and end the process group led by `target` (a pid), or the one
 * process when only a ChildProcess could be had: SIGTERM, then SIGKILL after KILL_GRACE_MS.
 */
export function armDeadline(seconds: number, target: number | ChildProcess, expired: () => void): Deadline {
  const send = (signal: NodeJS.Signals): void => {
    if (typeof target === 'number') signalGroup(target, signal)
    else target.kill(signal)
  }
  let kill: NodeJS.Timeout | undefined
  const term = setTimeout(() => {
    expired()
    send('SIGTERM')
    kill = setTimeout(() => send('SIGKILL'), KILL_GRACE_MS)
  }, seconds * 1000)
  return {
    cancel: () => {
      clearTimeout(term)
      // the SIGKILL still goes out when SIGTERM was sent: the leader may have exited while the rest of its group lingers
      if (kill) kill.unref()
    }
  }
}

/** "12 s", "5 min", "1.5 h": a limit as a person reads it. */
export function formatLimit(seconds: number): string {
  if (seconds < 120) return `${Number(seconds.toFixed(1))} s`
  if (seconds < 7200) return `${Number((seconds / 60).toFixed(1))} min`
  return `${Number((seconds / 3600).toFixed(1))} h`
}
