/**
 * Lock files that name their holder: pid, host, start time and what it does, written whole under a
 * temporary name and hard-linked into place, so a lock appears complete or not at all and only one
 * of two processes gets it. A holder whose process on this host is gone is stale, and its lock can
 * be taken over (moved aside, then checked to be the stale one). Used by the project tree's lock
 * (src/cache/lock.ts) and the conda build roots (src/conda/builder/croot.ts).
 */
import * as fs from 'node:fs'
import * as os from 'node:os'

export interface LockHolder {
  readonly pid: number
  readonly host: string
  /** ISO time the lock was taken. */
  readonly since: string
  /** What holds it (e.g. "make -j1"). */
  readonly what: string
  /** Unique to this taking of the lock. */
  readonly token: string
}

export function readHolder(file: string): LockHolder | undefined {
  try {
    const h = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>
    if (typeof h.pid !== 'number' || typeof h.host !== 'string') return undefined
    return { pid: h.pid, host: h.host, since: String(h.since ?? ''), what: String(h.what ?? ''), token: String(h.token ?? '') }
  } catch {
    return undefined
  }
}

export const describeHolder = (h: LockHolder): string => `pid ${h.pid} on ${h.host}${h.what ? ` (${h.what})` : ''}${h.since ? `, since ${h.since}` : ''}`

/** Whether the holder is a process that is gone: only knowable on this host. */
export function isStale(h: LockHolder): boolean {
  if (h.host !== os.hostname()) return false
  try {
    process.kill(h.pid, 0)
    return false
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Try once to take the lock; returns the holder when someone else has it. */
export function tryTake(file: string, mine: LockHolder): LockHolder | undefined {
  const tmp = `${file}.${mine.token}`
  fs.writeFileSync(tmp, `${JSON.stringify(mine)}\n`)
  try {
    fs.linkSync(tmp, file)
    return undefined
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    // an unreadable lock is one being replaced: report it as held by nobody known, and try again
    return readHolder(file) ?? { pid: 0, host: '?', since: '', what: 'a lock being written', token: '' }
  } finally {
    fs.rmSync(tmp, { force: true })
  }
}

/** Move a stale lock aside, if it is still the one judged stale. */
export function takeOver(file: string, stale: LockHolder, warn: (l: string) => void): void {
  const aside = `${file}.stale-${process.pid}`
  try {
    fs.renameSync(file, aside)
  } catch {
    return // someone else moved it first
  }
  const moved = readHolder(aside)
  if (moved?.token !== stale.token) {
    // another run took the lock between the look and the move: give it back
    try {
      fs.linkSync(aside, file)
    } catch {
      // it has been replaced again; the next round decides
    }
  } else
    warn(
      `${file} was held by ${describeHolder(stale)}, which is no longer running (a killed or crashed run): taking the lock over; a partial build is detected by the tree's state`
    )
  fs.rmSync(aside, { force: true })
}

/** A holder record for this process. */
export function holderForThisProcess(what: string): LockHolder {
  const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
  return { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), what, token }
}
