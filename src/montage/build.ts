/**
 * The C tree phase: restore the built tree from the cache, or run make and save what it produced.
 * On a hit make is NOT run: a restored tree is used as it is, after every file was checked
 * against the entry's manifest. An entry is saved only after a successful make that started
 * from a clean tree, so it always holds the complete result of a clean build.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { EntryError, packEntry, restoreEntry } from '../cache/entry.js'
import { sha256File } from '../cache/key.js'
import { selectCachePaths } from '../cache/select.js'
import type { CacheStore } from '../cache/store.js'
import { outputsAfterMake, readState, whyNotCacheable, writeState, type TreeFacts } from '../cache/tree.js'
import { CommandError } from '../lib/errors.js'
import { info, phase, warning } from '../lib/log.js'
import type { Runtime } from '../runtime/runtime.js'
import type { ExecutablesResult } from './executables-step.js'
import type { CTreePlan } from './plan.js'

export interface MontageResult {
  readonly cacheHit: boolean
  readonly cacheKey: string
  /** Files make produced (on a miss) or the cache restored (on a hit). */
  readonly files: number
  readonly seconds: number
  readonly saved: boolean
  /** Why the tree was not saved, when it was not. */
  readonly notSaved?: string
  /** The entry's size and the size of the files in it (saved or restored). */
  readonly entryBytes?: number
  readonly rawBytes?: number
  /** The programs' tarball, when `executables` asked for one. */
  readonly executables?: ExecutablesResult
}

/** zstd level of entries: fast to write, and restoring stays far cheaper than the make it replaces. */
const ENTRY_ZSTD_LEVEL = 3
/** Members' mtime in entries (restored files get the current time); fixed, so entries are reproducible. */
const ENTRY_MTIME = 315532800

/** Outside git, the sources as first recorded (kept across runs); in git, git knows them. */
function recordedSources(facts: TreeFacts): Record<string, string> | undefined {
  return facts.git ? undefined : (facts.state?.sources ?? Object.fromEntries(facts.sources))
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`
}

/** Try the store; a bad entry is a warning, dropped, and the tree is left as it was. */
async function tryRestore(plan: CTreePlan, facts: TreeFacts, store: CacheStore): Promise<MontageResult | undefined> {
  const { key, build, root } = plan
  const started = performance.now()
  const file = await store.restore(key)
  if (!file) {
    info('cache miss: the tree will be built')
    return undefined
  }
  try {
    const entryBytes = fs.statSync(file).size
    const files = await restoreEntry(file, root, key)
    const rawBytes = files.reduce((n, f) => n + f.size, 0)
    const rewritten: Record<string, string> = {}
    for (const f of files) if (facts.sources.has(f.path) && f.sha256) rewritten[f.path] = f.sha256
    writeState(root, { key, build, status: 'complete', sources: recordedSources(facts), outputs: files.map(f => f.path), rewritten })
    info(`cache hit: restored and verified ${files.length} files (${mb(rawBytes)} from a ${mb(entryBytes)} entry) into ${root}; make is not run`)
    return { cacheHit: true, cacheKey: key, files: files.length, seconds: (performance.now() - started) / 1000, saved: false, entryBytes, rawBytes }
  } catch (e) {
    if (!(e instanceof EntryError)) throw e
    warning(`the cache entry for ${key} was not used: ${e.message}. ${store.drop(key)}; make will run instead`)
    return undefined
  }
}

async function saveTree(plan: CTreePlan, store: CacheStore, outputs: readonly string[]): Promise<Partial<MontageResult>> {
  const { key, cachePaths } = plan
  const selected = selectCachePaths(outputs, cachePaths)
  if (selected.length === 0) {
    const why = cachePaths.length ? `no output matches cache-paths (${cachePaths.join(' ')})` : 'make produced no files'
    warning(`nothing to cache: ${why}`)
    return { saved: false, notSaved: why }
  }
  const dir = fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'bw-ctree-'))
  try {
    const entry = path.join(dir, 'entry.tar.zst')
    const packed = await packEntry(plan.root, selected, key, entry, { mtime: ENTRY_MTIME, zstdLevel: ENTRY_ZSTD_LEVEL })
    const ratio = packed.rawBytes ? packed.bytes / packed.rawBytes : 1
    const kept = cachePaths.length ? ` (${selected.length} of ${outputs.length} outputs match cache-paths)` : ''
    info(`entry: ${packed.manifest.files.length} files${kept}, ${mb(packed.rawBytes)} -> ${mb(packed.bytes)} (${(ratio * 100).toFixed(0)}%)`)
    const ok = await store.save(key, entry)
    info(ok ? `saved under ${key}` : 'not saved (the key is already stored, or the store failed)')
    return { saved: ok, notSaved: ok ? undefined : 'the key is already stored, or the store failed', entryBytes: packed.bytes, rawBytes: packed.rawBytes }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    store.cleanup()
  }
}

/**
 * Run a C-tree plan: restore the entry under its key, or run make and save what it produced.
 * `facts` are the tree's as they were when the plan was made (before make).
 */
export async function buildCTree(plan: CTreePlan, facts: TreeFacts, runtime: Runtime, store: CacheStore | undefined): Promise<MontageResult> {
  const started = performance.now()
  const seconds = (): number => (performance.now() - started) / 1000
  const { key, build, root } = plan
  info(`key ${key} (${plan.sources} source files${plan.git ? ', from git' : ''})`)
  if (store) {
    try {
      const hit = await phase(`C tree: restore from ${store.description}`, () => tryRestore(plan, facts, store))
      if (hit) return { ...hit, seconds: seconds() }
    } finally {
      store.cleanup()
    }
  }

  const notCacheable = whyNotCacheable(facts, build)
  const sources = recordedSources(facts)
  const earlier = readState(root)
  writeState(root, { key, build, status: 'building', sources, outputs: earlier?.outputs ?? [], rewritten: earlier?.rewritten ?? {} })

  await phase(`C tree: ${plan.make.argv.join(' ')}`, async () => {
    try {
      await runtime.runOrThrow(plan.make.argv, { cwd: plan.make.cwd })
    } catch (e) {
      if (e instanceof CommandError)
        throw new CommandError(e.argv, e.exitCode, e.tail, `make failed in ${root}; nothing was cached. Fix the build, or adjust make-args.`)
      throw e
    }
  })
  const exclude = new Set(plan.exclude)
  const outputs = await outputsAfterMake(root, facts, exclude)
  const rewritten: Record<string, string> = {}
  for (const rel of outputs) if (facts.sources.has(rel)) rewritten[rel] = await sha256File(path.join(root, rel))
  writeState(root, { key, build, status: 'complete', sources, outputs, rewritten })
  info(`the tree holds ${outputs.length} outputs of make`)

  let saved: Partial<MontageResult> = { saved: false, notSaved: store ? undefined : 'caching is off' }
  if (store && notCacheable) {
    warning(notCacheable)
    saved = { saved: false, notSaved: 'the tree did not start clean' }
  } else if (store) saved = await phase(`C tree: save to ${store.description}`, () => saveTree(plan, store, outputs))
  return { cacheHit: false, cacheKey: key, files: outputs.length, seconds: seconds(), saved: saved.saved ?? false, ...saved }
}
