/**
 * Where cache entries live: the GitHub Actions cache (the real @actions/cache) inside a workflow,
 * a local directory from the command line. A store holds one entry file per key. A store that
 * cannot be reached, or does not answer in time, is a warning, never a failed build.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { errorMessage } from '../lib/errors.js'
import { copyAtomically } from '../lib/files.js'
import { warning } from '../lib/log.js'
import { boundedOrElse, DEFAULT_SERVICE_TIMEOUT } from '../lib/timeout.js'
import { claimFolder, STATE_DIR } from './tree.js'

export interface CacheStore {
  readonly description: string
  /** The entry file for key, or undefined on a miss (or when the store cannot be reached). */
  restore(key: string): Promise<string | undefined>
  /** Keep entryFile under key. Returns false when it was not kept (already there, or the store failed). */
  save(key: string, entryFile: string): Promise<boolean>
  /** Forget a bad entry where the store allows it; says what happened. */
  drop(key: string): string
  /** Remove any temporary files the store made. */
  cleanup(): void
}

const ENTRY_SUFFIX = '.tar.zst'

type ActionsCache = typeof import('@actions/cache')
let actionsCache: Promise<ActionsCache> | undefined

/** @actions/cache, with the Azure storage client it brings (about 2 MB), loads at the first cache call. */
function loadActionsCache(): Promise<ActionsCache> {
  return (actionsCache ??= import('@actions/cache'))
}

/**
 * Whether the runner offers the cache service: the same test as @actions/cache's isFeatureAvailable
 * (v2 needs ACTIONS_RESULTS_URL, v1 and GHES ACTIONS_CACHE_URL), made here so that choosing a
 * store does not load the library.
 */
export function actionsCacheAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase()
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
  return env.ACTIONS_CACHE_SERVICE_V2 && !ghes ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL
}

/** A directory of `<key>.tar.zst` files, written through a temporary name. */
export class LocalDirStore implements CacheStore {
  constructor(readonly dir: string) {}
  get description(): string {
    return `local cache directory ${this.dir}`
  }
  private file(key: string): string {
    return path.join(this.dir, `${key}${ENTRY_SUFFIX}`)
  }
  async restore(key: string): Promise<string | undefined> {
    const f = this.file(key)
    return fs.existsSync(f) ? f : undefined
  }
  async save(key: string, entryFile: string): Promise<boolean> {
    const f = this.file(key)
    if (fs.existsSync(f)) return false
    try {
      copyAtomically(entryFile, f)
      return true
    } catch (e) {
      warning(`could not write the cache entry ${f}: ${errorMessage(e)}`)
      return false
    }
  }
  drop(key: string): string {
    fs.rmSync(this.file(key), { force: true })
    return `the entry was removed from ${this.dir}`
  }
  cleanup(): void {}
}

/**
 * The GitHub Actions cache. @actions/cache keys an entry's "version" on the path strings it is
 * given and stores members relative to GITHUB_WORKSPACE, so the entry is staged under the same
 * relative path in every job (`.build-wheel/cache/<name>` in the workspace): runners with other
 * RUNNER_TEMP or workspace folders, and container jobs, meet on equal keys.
 */
export class ActionsCacheStore implements CacheStore {
  readonly description = 'GitHub Actions cache'
  private readonly workspace: string
  private readonly relStaging: string
  constructor(
    name: string,
    private readonly timeoutSeconds: number = DEFAULT_SERVICE_TIMEOUT
  ) {
    this.workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd())
    this.relStaging = `${STATE_DIR}/cache/${name}`
  }
  private staging(): string {
    return path.join(this.workspace, this.relStaging)
  }
  private entry(): string {
    return path.join(this.staging(), `entry${ENTRY_SUFFIX}`)
  }
  /**
   * Run a bounded cache call with the workspace as the current folder (the library resolves the
   * pattern there). The folder is put back when the bounded call settles, also on a timeout.
   */
  private async inWorkspace<T>(what: string, fallback: T, then: string, work: () => Promise<T>): Promise<T> {
    const before = process.cwd()
    // @actions/cache fails to extract when its archive folder (RUNNER_TEMP) holds whitespace:
    // give it a folder of its own without any for the call
    const runnerTemp = process.env.RUNNER_TEMP
    const ownTemp = runnerTemp && /\s/.test(runnerTemp) && !/\s/.test(os.tmpdir()) ? fs.mkdtempSync(path.join(os.tmpdir(), 'bw-cache-')) : undefined
    if (ownTemp) process.env.RUNNER_TEMP = ownTemp
    if (before !== this.workspace) process.chdir(this.workspace)
    try {
      return await boundedOrElse(what, this.timeoutSeconds, fallback, work, then)
    } finally {
      if (before !== this.workspace) process.chdir(before)
      if (ownTemp) {
        process.env.RUNNER_TEMP = runnerTemp
        fs.rmSync(ownTemp, { recursive: true, force: true })
      }
    }
  }
  async restore(key: string): Promise<string | undefined> {
    this.cleanup()
    claimFolder(path.join(this.workspace, STATE_DIR))
    const hit = await this.inWorkspace('reading the Actions cache', undefined, 'building without it', async () =>
      (await loadActionsCache()).restoreCache([this.relStaging], key)
    )
    return hit === key && fs.existsSync(this.entry()) ? this.entry() : undefined
  }
  async save(key: string, entryFile: string): Promise<boolean> {
    try {
      if (path.resolve(entryFile) !== this.entry()) {
        fs.mkdirSync(this.staging(), { recursive: true })
        claimFolder(path.join(this.workspace, STATE_DIR))
        fs.copyFileSync(entryFile, this.entry())
      }
    } catch (e) {
      warning(`the cache entry could not be staged (${errorMessage(e)}); going on without saving it`)
      return false
    }
    const id = await this.inWorkspace('writing the Actions cache', -1, 'going on without saving it', async () =>
      (await loadActionsCache()).saveCache([this.relStaging], key)
    )
    return id !== -1
  }
  drop(): string {
    return 'the Actions cache cannot remove it from here: delete it under Actions > Caches, or change the sources'
  }
  cleanup(): void {
    fs.rmSync(this.staging(), { recursive: true, force: true })
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
export function chooseStore(name: string, cacheDir: string, timeoutSeconds: number = DEFAULT_SERVICE_TIMEOUT): CacheStore {
  if (cacheDir) return new LocalDirStore(path.resolve(cacheDir, name))
  if (process.env.GITHUB_ACTIONS === 'true' && actionsCacheAvailable()) return new ActionsCacheStore(name, timeoutSeconds)
  return new LocalDirStore(path.join(defaultLocalCacheDir(), name))
}
