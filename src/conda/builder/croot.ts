/**
 * The build root (conda-build's croot), where each build's work folders go. The default is per user
 * and per run: `$XDG_CACHE_HOME/build-wheel/conda-bld/<slot>` (`~/.cache/...` without XDG_CACHE_HOME;
 * `$RUNNER_TEMP/conda-bld/<slot>` in the action), never a folder shared by every build, where one
 * build would wipe another's work folders.
 *
 * A slot is a numbered folder claimed by its `<slot>.lock` (a lock file naming its holder:
 * src/lib/lockfile.ts), released when the run ends; a lock whose process on this host is gone is
 * taken over. Runs at the
 * same time get different slots; runs one after the other get the same one, and that keeps builds
 * reproducible: the host prefix (under the croot) is recorded in the package as its placeholder, so
 * the same croot gives the same bytes.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { holderForThisProcess, isStale, readHolder, takeOver, tryTake } from '../../lib/lockfile.js'

/** The per-user base of the default croots: the user's cache folder. */
export function userCrootBase(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const cache = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
  return path.join(cache, 'build-wheel', 'conda-bld')
}

/** The problem with `dir` as a croot ('' when none): it, or the nearest part of it that exists, must be a folder we can write. */
export function crootProblem(dir: string): string {
  try {
    fs.mkdirSync(dir, { recursive: true })
    if (!fs.statSync(dir).isDirectory()) return `${dir} is a file, not a folder`
    const probe = path.join(dir, `.write-probe-${process.pid}`)
    fs.writeFileSync(probe, '')
    fs.rmSync(probe)
    return ''
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const why = err.code === 'ENOTDIR' || err.code === 'EEXIST' ? 'a part of it is a file, not a folder' : err.message
    return `${dir} cannot be used as the build root: ${why}; give a folder you can write (--croot DIR, or the croot input)`
  }
}

export interface ClaimedCroot {
  readonly dir: string
  /** Give the slot back (its lock removed); the folder stays (a failed build's work folders are kept there). */
  release(): void
}

/** Claim the first free slot under `base` (see the module's comment); throws when `base` cannot be written. */
export function claimCroot(base: string, maxSlots = 1000): ClaimedCroot {
  const problem = crootProblem(base)
  if (problem) throw new Error(problem)
  const mine = holderForThisProcess('a conda build')
  for (let n = 0, tries = 0; n < maxSlots; tries++) {
    const lock = path.join(base, `${n}.lock`)
    const holder = tryTake(lock, mine)
    if (holder) {
      // a stale lock taken over: the same slot again (another run may take it first), a few times at most
      if (!holder.token || !isStale(holder) || tries >= 3) [n, tries] = [n + 1, -1]
      else takeOver(lock, holder, () => {})
      continue
    }
    const dir = path.join(base, String(n))
    fs.mkdirSync(dir, { recursive: true })
    let held = true
    const release = (): void => {
      if (!held) return
      held = false
      process.removeListener('exit', release)
      if (readHolder(lock)?.token === mine.token) fs.rmSync(lock, { force: true })
    }
    process.once('exit', release)
    return { dir, release }
  }
  throw new Error(`every build root slot under ${base} (0 to ${maxSlots - 1}) is taken; remove the stale *.lock files there or give --croot DIR`)
}
