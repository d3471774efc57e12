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
import { info, warning } from '../lib/log.js'
import { boundedOrElse, DEFAULT_SERVICE_TIMEOUT } from '../lib/timeout.js'
import { serviceProtocol } from './actions-lookup.js'
import { restoreFromActions } from './actions-restore.js'
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
/** The entry's name in the Actions cache's staged folder. */
const ENTRY_FILE = `entry${ENTRY_SUFFIX}`

type ActionsCache = typeof import('@actions/cache')
let actionsCache: Promise<ActionsCache> | undefined

/** @actions/cache, with the Azure storage client it brings (about 2 MB), loads at the first save. */
function loadActionsCache(): Promise<ActionsCache> {
  return (actionsCache ??= import('@actions/cache'))
}

/**
 * Whether the runner offers the cache service: the same test as @actions/cache's isFeatureAvailable
 * (v2 needs ACTIONS_RESULTS_URL, v1 and GHES ACTIONS_CACHE_URL), made here so that choosing a
 * store does not load the library.
 */
export function actionsCacheAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return serviceProtocol(env) === 'v2' ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL
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
 * The GitHub Actions cache: saved with @actions/cache's saveCache, restored by the suite's own
 * reader (actions-restore.ts). The toolkit keys an entry's "version" on the path strings it is
 * given and stores members relative to GITHUB_WORKSPACE, so the entry is staged under the same
 * relative path in every job (`.build-wheel/cache/<name>` in the workspace): runners with other
 * RUNNER_TEMP or workspace folders, and container jobs, meet on equal keys.
 */
export class ActionsCacheStore implements CacheStore {
  readonly description = 'GitHub Actions cache'
  private readonly workspace: string
  private readonly relStaging: string
  /** Private folders of restores (downloads and the entry files taken from them). */
  private privateDirs: string[] = []
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
    return path.join(this.staging(), ENTRY_FILE)
  }
  /**
   * Run a bounded cache call with the workspace as the current folder (the library resolves the
   * pattern there). The folder is put back when the bounded call settles, also on a timeout.
   */
  private async inWorkspace<T>(what: string, fallback: T, then: string, work: () => Promise<T>): Promise<T> {
    const before = process.cwd()
    // @actions/cache's tar fails when its archive folder (RUNNER_TEMP) holds whitespace:
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
  /**
   * Look the entry up and download it through the cache service, read the toolkit's archive with
   * the suite's own tar reader in a private folder, and give the staged entry file found in it (see
   * actions-restore.ts): nothing of the download reaches the workspace.
   */
  async restore(key: string): Promise<string | undefined> {
    this.cleanup()
    const dir = fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'bw-cache-restore-'))
    this.privateDirs.push(dir)
    const stop = new AbortController()
    const got = await boundedOrElse(
      'reading the Actions cache',
      this.timeoutSeconds,
      undefined,
      () => restoreFromActions({ key, stagedPath: this.relStaging, entryName: ENTRY_FILE, dir, signal: stop.signal }),
      'building without it'
    ).finally(() => stop.abort())
    if (got?.outcome === 'hit') return got.entry // its folder goes with cleanup()
    if (got?.outcome === 'refused') warning(`the Actions cache entry for ${key} was not used: ${got.why}; building without it`)
    else if (got?.outcome === 'miss' && got.note) info(got.note)
    fs.rmSync(dir, { recursive: true, force: true })
    return undefined
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
    for (const d of this.privateDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
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
