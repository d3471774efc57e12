/**
 * The C tree phase: restore the built tree from the cache, or run make and save what it produced.
 * On a hit make is NOT run: a restored tree is used as it is, after every file was checked
 * against the entry's manifest. An entry is saved only after a successful make that started
 * from a clean tree, so it always holds the complete result of a clean build.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { EntryError, EntryMismatch, packEntry, restoreEntry, type EntryManifest } from '../cache/entry.js'
import { sha256File } from '../cache/key.js'
import { selectCachePaths } from '../cache/select.js'
import type { CacheStore } from '../cache/store.js'
import { outputsAfterMake, readState, refusedOutputs, whyNotCacheable, writeState, type TreeFacts } from '../cache/tree.js'
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
  /** A save still running in the background (see settleSave): the wheels are built meanwhile. */
  readonly saving?: Promise<Partial<MontageResult>>
}

/** Where a save writes its lines: the log at once, or a buffer printed when a background save is settled. */
interface SaveLog {
  info(message: string): void
  warning(message: string): void
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

interface Candidate {
  readonly key: string
  readonly build: string
  /** Says why the entry's manifest does not fit this tree, or undefined when it does. */
  readonly accept?: (manifest: EntryManifest) => string | undefined
}

/** The committed content's key, for a tree whose differences from it are exactly an entry's recorded rewrites. */
function committedCandidate(plan: CTreePlan): Candidate | undefined {
  const c = plan.committed
  if (!c) return undefined
  const want = Object.entries(c.rewritten).sort(([a], [b]) => (a < b ? -1 : 1))
  return {
    key: c.key,
    build: c.build,
    accept: m => {
      const got = Object.entries(m.rewritten ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))
      return JSON.stringify(got) === JSON.stringify(want)
        ? undefined
        : 'the tracked files that differ from the commit are not exactly the ones its build rewrote'
    }
  }
}

/**
 * An entry holds make's outputs: a source file of this tree only where the entry records it as one
 * make rewrote (a configure step), byte for byte. An entry that would overwrite any other source (a
 * Makefile, a header) is refused as bad, whatever key it came under.
 */
function sourcesLeftAlone(m: EntryManifest, facts: TreeFacts): undefined {
  const rewritten = m.rewritten ?? {}
  const over = m.files.filter(f => facts.sources.has(f.path) && (f.type !== 'file' || rewritten[f.path] !== f.sha256)).map(f => f.path)
  if (over.length)
    throw new EntryError(
      `it would overwrite ${over.length} source file(s) of the tree (${over.slice(0, 3).join(', ')}${over.length > 3 ? ', ...' : ''}) that it does not record as rewritten by make`
    )
  return undefined
}

/** Try the store; a bad entry is a warning, dropped, and the tree is left as it was. */
async function tryRestore(plan: CTreePlan, c: Candidate, facts: TreeFacts, store: CacheStore): Promise<MontageResult | undefined> {
  const { root } = plan
  const { key, build } = c
  const started = performance.now()
  const file = await store.restore(key)
  if (!file) return undefined
  try {
    const entryBytes = fs.statSync(file).size
    const files = await restoreEntry(file, root, key, undefined, m => sourcesLeftAlone(m, facts) ?? c.accept?.(m))
    const rawBytes = files.reduce((n, f) => n + f.size, 0)
    const rewritten: Record<string, string> = {}
    for (const f of files) if (facts.sources.has(f.path) && f.sha256) rewritten[f.path] = f.sha256
    writeState(root, { key, build, status: 'complete', sources: recordedSources(facts), outputs: files.map(f => f.path), rewritten })
    info(`cache hit: restored and verified ${files.length} files (${mb(rawBytes)} from a ${mb(entryBytes)} entry) into ${root}; make is not run`)
    return { cacheHit: true, cacheKey: key, files: files.length, seconds: (performance.now() - started) / 1000, saved: false, entryBytes, rawBytes }
  } catch (e) {
    if (e instanceof EntryMismatch) {
      info(`the entry under the committed content's key does not fit this tree: ${e.message}`)
      return undefined
    }
    if (!(e instanceof EntryError)) throw e
    warning(`the cache entry for ${key} was not used: ${e.message}. ${store.drop(key)}; make will run instead`)
    return undefined
  }
}

/** The committed content's key first (when tracked files differ from it), then the tree's own. */
async function restoreFromStore(plan: CTreePlan, facts: TreeFacts, store: CacheStore): Promise<MontageResult | undefined> {
  const committed = committedCandidate(plan)
  if (committed) {
    const changed = Object.keys(plan.committed?.rewritten ?? {})
    info(
      `${changed.length} tracked file(s) differ from the commit (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', ...' : ''}): trying the committed content's key ${committed.key} first`
    )
    const hit = await tryRestore(plan, committed, facts, store)
    if (hit) return hit
  }
  const hit = await tryRestore(plan, { key: plan.key, build: plan.build }, facts, store)
  if (!hit) info('cache miss: the tree will be built')
  return hit
}

async function saveTree(
  plan: CTreePlan,
  store: CacheStore,
  outputs: readonly string[],
  rewritten: Readonly<Record<string, string>>,
  log: SaveLog = { info, warning }
): Promise<Partial<MontageResult>> {
  const { key, cachePaths } = plan
  const selected = selectCachePaths(outputs, cachePaths)
  if (selected.length === 0) {
    const why = cachePaths.length ? `no output matches cache-paths (${cachePaths.join(' ')})` : 'make produced no files'
    log.warning(`nothing to cache: ${why}`)
    return { saved: false, notSaved: why }
  }
  const dir = fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'bw-ctree-'))
  try {
    const entry = path.join(dir, 'entry.tar.zst')
    const packed = await packEntry(plan.root, selected, key, entry, { mtime: ENTRY_MTIME, zstdLevel: ENTRY_ZSTD_LEVEL, rewritten })
    const ratio = packed.rawBytes ? packed.bytes / packed.rawBytes : 1
    const kept = cachePaths.length ? ` (${selected.length} of ${outputs.length} outputs match cache-paths)` : ''
    log.info(`entry: ${packed.manifest.files.length} files${kept}, ${mb(packed.rawBytes)} -> ${mb(packed.bytes)} (${(ratio * 100).toFixed(0)}%)`)
    const ok = await store.save(key, entry)
    log.info(ok ? `saved under ${key}` : 'not saved (the key is already stored, or the store failed)')
    return { saved: ok, notSaved: ok ? undefined : 'the key is already stored, or the store failed', entryBytes: packed.bytes, rawBytes: packed.rawBytes }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    store.cleanup()
  }
}

/**
 * Run a C-tree plan: restore the entry under its key, or run make and save what it produced.
 * `facts` are the tree's as they were when the plan was made (before make). The caller holds the
 * tree's lock (`.build-wheel/lock`, src/phases/steps.ts) from before the facts until the save is
 * done, so two runs on one tree never restore, make or save at once.
 */
export async function buildCTree(
  plan: CTreePlan,
  facts: TreeFacts,
  runtime: Runtime,
  store: CacheStore | undefined,
  /** `background`: return once make is done and save meanwhile (the caller calls settleSave before it ends). */
  opts: { readonly background?: boolean } = {}
): Promise<MontageResult> {
  const started = performance.now()
  const seconds = (): number => (performance.now() - started) / 1000
  const { key, build, root } = plan
  info(`key ${key} (${plan.sources} source files${plan.git ? ', from git' : ''})`)
  if (store) {
    try {
      const hit = await phase(`C tree: restore from ${store.description}`, () => restoreFromStore(plan, facts, store))
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
  const unsavable = store ? refusedOutputs(root, facts, exclude) : []
  const unsavablePaths = unsavable.map(u => u.rel)
  const kept = new Set(selectCachePaths(unsavablePaths, plan.cachePaths))
  const refused = unsavable.filter(u => kept.has(u.rel)).map(u => u.why)
  if (store && notCacheable) {
    warning(notCacheable)
    saved = { saved: false, notSaved: 'the tree did not start clean' }
  } else if (refused.length) {
    warning(
      `the tree is not saved to the cache: make left what a cache entry cannot hold: ${refused.slice(0, 5).join('; ')}` +
        `${refused.length > 5 ? `; and ${refused.length - 5} more` : ''}. Remove them in the Makefile, or leave them out with cache-paths.`
    )
    saved = { saved: false, notSaved: `the tree holds ${refused.length} file(s) a cache entry cannot hold` }
  } else if (store && opts.background) {
    const result = { cacheHit: false, cacheKey: key, files: outputs.length, seconds: seconds(), saved: false }
    return { ...result, saving: saveInBackground(plan, store, outputs, rewritten) }
  } else if (store) saved = await phase(`C tree: save to ${store.description}`, () => saveTree(plan, store, outputs, rewritten))
  return { cacheHit: false, cacheKey: key, files: outputs.length, seconds: seconds(), saved: saved.saved ?? false, ...saved }
}

/**
 * Save the tree while the caller goes on (the wheels build meanwhile): its lines are kept and
 * printed in their own group by settleSave; a failure is a warning, never a failed build.
 */
function saveInBackground(plan: CTreePlan, store: CacheStore, outputs: readonly string[], rewritten: Readonly<Record<string, string>>) {
  const lines: Array<{ warn: boolean; text: string }> = []
  const log: SaveLog = { info: text => lines.push({ warn: false, text }), warning: text => lines.push({ warn: true, text }) }
  const started = performance.now()
  info(`the tree is saved to ${store.description} in the background while the wheels are built`)
  const done = saveTree(plan, store, outputs, rewritten, log).catch((e: unknown): Partial<MontageResult> => {
    log.warning(`the tree was not saved: ${e instanceof Error ? e.message : String(e)}`)
    return { saved: false, notSaved: 'the save failed' }
  })
  return done.then(r => ({ ...r, log: lines, saveSeconds: (performance.now() - started) / 1000 }))
}

/** Wait for a background save (printing what it said in its own group); the result with what it saved. */
export async function settleSave(r: MontageResult): Promise<MontageResult> {
  if (!r.saving) return r
  const { saving, ...rest } = r
  return phase('C tree: save (ran in the background)', async () => {
    const s = (await saving) as Partial<MontageResult> & { log?: Array<{ warn: boolean; text: string }>; saveSeconds?: number }
    for (const l of s.log ?? []) (l.warn ? warning : info)(l.text)
    if (s.saveSeconds !== undefined) info(`the save took ${s.saveSeconds.toFixed(1)} s beside the wheels`)
    const { log: _log, saveSeconds: _s, ...saved } = s
    return { ...rest, saved: saved.saved ?? false, ...saved }
  })
}
