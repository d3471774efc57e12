/**
 * One build at a time in a project tree: `.build-wheel/lock` holds the holder's pid, host and start
 * time. It is made whole under a temporary name and hard-linked into place, so it appears complete
 * or not at all, and only one of two runs gets it. A second run waits a bounded time (10 minutes,
 * or BUILD_WHEEL_LOCK_WAIT seconds), then fails naming the holder. A lock whose process is gone
 * (same host, no such pid) is stale: taken over with a warning. The lock is removed when the work
 * ends, also when it fails; a run that was killed leaves it stale for the next one.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { describeHolder, holderForThisProcess, isStale, readHolder, takeOver, tryTake } from '../lib/lockfile.js'
import { claimFolder, STATE_DIR } from './tree.js'

export const LOCK_NAME = 'lock'
export const LOCK_WAIT_ENV = 'BUILD_WHEEL_LOCK_WAIT'
export const DEFAULT_LOCK_WAIT = 600

export class LockError extends Error {
  override name = 'LockError'
}

export interface LockOptions {
  /** What the holder does, written into the lock for whoever waits. */
  readonly what: string
  /** Seconds to wait for another holder; default from BUILD_WHEEL_LOCK_WAIT, else 600. */
  readonly waitSeconds?: number
  readonly pollMs?: number
  readonly log?: (l: string) => void
  readonly warn?: (l: string) => void
}

/** Seconds to wait for the lock: the environment variable when it is a number of seconds, else the default. */
export function lockWait(env: NodeJS.ProcessEnv = process.env): number {
  const raw = (env[LOCK_WAIT_ENV] ?? '').trim()
  const n = Number(raw)
  return raw && /^\d+(\.\d+)?$/.test(raw) && Number.isFinite(n) ? n : DEFAULT_LOCK_WAIT
}

/** Run `work` holding the tree's lock (see the module's comment). */
export async function withTreeLock<T>(root: string, opts: LockOptions, work: () => Promise<T>): Promise<T> {
  const dir = path.join(root, STATE_DIR)
  fs.mkdirSync(dir, { recursive: true })
  claimFolder(dir)
  const file = path.join(dir, LOCK_NAME)
  const mine = holderForThisProcess(opts.what)
  const waitSeconds = opts.waitSeconds ?? lockWait()
  const until = Date.now() + waitSeconds * 1000
  let told = false
  for (;;) {
    const holder = tryTake(file, mine)
    if (!holder) break
    if (holder.token && isStale(holder)) {
      takeOver(file, holder, opts.warn ?? (() => {}))
      continue
    }
    if (Date.now() >= until)
      throw new LockError(
        `another build holds ${file}: ${describeHolder(holder)}; waited ${waitSeconds} s. Wait for it to finish, raise ${LOCK_WAIT_ENV} (seconds), ` +
          'or, if no build is running there, remove the lock file'
      )
    if (!told) opts.log?.(`waiting up to ${waitSeconds} s for ${file}, held by ${describeHolder(holder)}`)
    told = true
    await new Promise(r => setTimeout(r, Math.min(opts.pollMs ?? 1000, Math.max(until - Date.now(), 10))))
  }
  try {
    return await work()
  } finally {
    if (readHolder(file)?.token === mine.token) fs.rmSync(file, { force: true })
  }
}
