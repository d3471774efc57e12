/**
 * Where cached trees live: the GitHub Actions cache (the real @actions/cache) inside a workflow,
 * a local directory from the command line. A store holds one tar file per key.
 * A store that cannot be reached is a warning, never a failed build.
 */
import * as cache from '@actions/cache'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { errorMessage } from '../lib/errors.js'
import { copyAtomically } from '../lib/files.js'
import { warning } from '../lib/log.js'

export interface CacheStore {
  readonly description: string
  /** The tar file for key, or undefined on a miss (or when the store cannot be reached). */
  restore(key: string): Promise<string | undefined>
  /** Keep tarFile under key. Returns false when it was not kept (already there, or the store failed). */
  save(key: string, tarFile: string): Promise<boolean>
}

/** A directory of `<key>.tar` files, written through a temporary name. */
export class LocalDirStore implements CacheStore {
  constructor(readonly dir: string) {}
  get description(): string {
    return `local cache directory ${this.dir}`
  }
  private file(key: string): string {
    return path.join(this.dir, `${key}.tar`)
  }
  async restore(key: string): Promise<string | undefined> {
    const f = this.file(key)
    return fs.existsSync(f) ? f : undefined
  }
  async save(key: string, tarFile: string): Promise<boolean> {
    const f = this.file(key)
    if (fs.existsSync(f)) return false
    try {
      copyAtomically(tarFile, f)
      return true
    } catch (e) {
      warning(`could not write the cache entry ${f}: ${errorMessage(e)}`)
      return false
    }
  }
}

/**
 * The GitHub Actions cache. @actions/cache stores directories; ours is a fixed staging directory
 * holding the one tar, so the cache version (a hash of the paths) is the same in every job.
 */
export class ActionsCacheStore implements CacheStore {
  readonly description = 'GitHub Actions cache'
  private readonly staging: string
  constructor(name: string) {
    this.staging = path.join(process.env.RUNNER_TEMP || os.tmpdir(), `build-wheel-${name}`)
  }
  private tar(): string {
    return path.join(this.staging, 'tree.tar')
  }
  async restore(key: string): Promise<string | undefined> {
    fs.rmSync(this.staging, { recursive: true, force: true })
    try {
      const hit = await cache.restoreCache([this.staging], key)
      return hit === key && fs.existsSync(this.tar()) ? this.tar() : undefined
    } catch (e) {
      warning(`the cache could not be read (${errorMessage(e)}); building without it`)
      return undefined
    }
  }
  async save(key: string, tarFile: string): Promise<boolean> {
    try {
      if (path.resolve(tarFile) !== path.resolve(this.tar())) {
        fs.mkdirSync(this.staging, { recursive: true })
        fs.copyFileSync(tarFile, this.tar())
      }
      const id = await cache.saveCache([this.staging], key)
      return id !== -1
    } catch (e) {
      warning(`the cache could not be written (${errorMessage(e)}); the build itself succeeded`)
      return false
    }
  }
}

export function defaultLocalCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
  return path.join(base, 'build-wheel')
}

/**
 * Choose the store: `cache-dir` given -> that directory; inside a runner with the cache service -> the
 * Actions cache; otherwise the user's cache directory.
 */
export function chooseStore(name: string, cacheDir: string): CacheStore {
  if (cacheDir) return new LocalDirStore(path.resolve(cacheDir, name))
  if (process.env.GITHUB_ACTIONS === 'true' && cache.isFeatureAvailable()) return new ActionsCacheStore(name)
  return new LocalDirStore(path.join(defaultLocalCacheDir(), name))
}
