/**
 * The package cache across runs: the archives a run's solves picked from network channels, kept in
 * a CacheStore as one entry keyed by the solved set (the sorted sha256 of those packages and the
 * subdir), so a run that solves the same set gets every archive without a download. Only archives:
 * the extracted folders are made again from them. An entry is untrusted: each archive in it must be
 * one of the set's and match the repodata's size, sha256 and md5 (the package cache's own check)
 * before anything moves into the package cache; one wrong archive refuses the whole entry.
 * Packages of local channels are not persisted (they are on disk already), nor records without a
 * sha256 (nothing could check them).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { EntryError, packEntry, restoreEntry } from '../../cache/entry.js'
import { composeKey } from '../../cache/key.js'
import type { CacheStore } from '../../cache/store.js'
import { digestFile, digestProblems } from './fetch.js'
import type { SolvedRecord } from './solve.js'

export const PACKAGE_KEY_PREFIX = 'build-wheel-conda-pkgs-v1-'
const ENTRY_MTIME = 0
const ENTRY_ZSTD_LEVEL = 1 // .conda and .tar.bz2 are compressed already

export interface PersistedRecord {
  readonly fn: string
  readonly sha256: string
  readonly md5?: string
  readonly size?: number
}

export interface PackageSet {
  readonly key: string
  readonly subdir: string
  /** The archives the entry holds, by file name. */
  readonly records: readonly PersistedRecord[]
  /** Network packages left out for want of a sha256. */
  readonly unhashed: number
}

/** The key of a solved set: its sha256s sorted, and the subdir. */
export function packageSetKey(subdir: string, sha256s: readonly string[]): string {
  const sorted = [...new Set(sha256s.map(s => s.toLowerCase()))].sort()
  return composeKey(`${PACKAGE_KEY_PREFIX}${subdir}`, { subdir, packages: sorted.join(',') })
}

/** What of `solved` persists, or undefined when nothing does. Pure. */
export function packageSet(solved: readonly SolvedRecord[], subdir: string): PackageSet | undefined {
  const byFn = new Map<string, PersistedRecord>()
  let unhashed = 0
  for (const s of solved) {
    if (s.channel.kind !== 'http' || byFn.has(s.record.fn)) continue
    if (!s.record.sha256) {
      unhashed++
      continue
    }
    byFn.set(s.record.fn, { fn: s.record.fn, sha256: s.record.sha256.toLowerCase(), md5: s.record.md5, size: s.record.size })
  }
  const records = [...byFn.values()].sort((a, b) => (a.fn < b.fn ? -1 : a.fn > b.fn ? 1 : 0))
  if (!records.length) return undefined
  return {
    key: packageSetKey(
      subdir,
      records.map(r => r.sha256)
    ),
    subdir,
    records,
    unhashed
  }
}

export interface PackageRestore {
  readonly outcome: 'local' | 'miss' | 'hit' | 'refused'
  /** Archives of the set in the package cache once the restore is done (their names). */
  readonly present: ReadonlySet<string>
  readonly restored: number
  readonly bytes: number
  readonly entryBytes: number
}

const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`

function presentIn(set: PackageSet, pkgsDir: string): Set<string> {
  return new Set(set.records.filter(r => fs.existsSync(path.join(pkgsDir, r.fn))).map(r => r.fn))
}

/** Restore the set's entry into `pkgsDir` when the package cache lacks any of its archives; see the module's comment. */
export async function restorePackages(
  set: PackageSet,
  pkgsDir: string,
  store: CacheStore,
  log: (l: string) => void,
  warn: (l: string) => void
): Promise<PackageRestore> {
  const before = presentIn(set, pkgsDir)
  const none = { restored: 0, bytes: 0, entryBytes: 0 }
  if (before.size === set.records.length) {
    log(`all ${set.records.length} archive(s) of the solved set are in the local package cache`)
    return { outcome: 'local', present: before, ...none }
  }
  const entry = await store.restore(set.key)
  if (!entry) {
    log(`miss (${set.key}): ${set.records.length - before.size} archive(s) will be downloaded`)
    return { outcome: 'miss', present: before, ...none }
  }
  fs.mkdirSync(pkgsDir, { recursive: true })
  const scratch = fs.mkdtempSync(path.join(pkgsDir, '.restore-'))
  try {
    const entryBytes = fs.statSync(entry).size
    const wanted = new Map(set.records.map(r => [r.fn, r]))
    let why: string | undefined
    let files: readonly { path: string; type: string }[] = []
    try {
      files = await restoreEntry(entry, scratch, set.key, { maxMembers: set.records.length + 4 })
      for (const f of files) {
        const r = wanted.get(f.path)
        if (!r || f.type !== 'file') {
          why = `'${f.path}' is not an archive of the solved set`
          break
        }
        const problems = digestProblems(r, await digestFile(path.join(scratch, f.path)))
        if (problems.length) {
          why = `${f.path}: ${problems.join('; ')}`
          break
        }
      }
    } catch (e) {
      if (!(e instanceof EntryError)) throw e
      why = e.message
    }
    if (why) {
      warn(`the persisted package cache entry ${set.key} was refused: ${why}. ${store.drop(set.key)}; the packages will be downloaded`)
      return { outcome: 'refused', present: before, ...none }
    }
    let restored = 0
    let bytes = 0
    for (const f of files) {
      const dest = path.join(pkgsDir, f.path)
      if (fs.existsSync(dest)) continue
      bytes += fs.statSync(path.join(scratch, f.path)).size
      fs.renameSync(path.join(scratch, f.path), dest)
      restored++
    }
    const present = presentIn(set, pkgsDir)
    const missing = set.records.length - present.size
    log(
      `hit: ${restored} archive(s) restored and verified (${mb(bytes)} from a ${mb(entryBytes)} entry)${missing ? `; ${missing} not in the entry will be downloaded` : ''}`
    )
    return { outcome: 'hit', present, restored, bytes, entryBytes }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
    store.cleanup()
  }
}

/**
 * After the run: when it downloaded any archive of the set (one not present after the restore),
 * save every archive of the set that is in the package cache and still matches its record.
 * Returns the entry's size, or undefined when nothing was saved.
 */
export async function savePackages(
  set: PackageSet,
  pkgsDir: string,
  store: CacheStore,
  before: ReadonlySet<string>,
  log: (l: string) => void
): Promise<number | undefined> {
  const fresh = set.records.filter(r => !before.has(r.fn) && fs.existsSync(path.join(pkgsDir, r.fn)))
  if (!fresh.length) {
    log('nothing new was downloaded: the package cache entry is not saved')
    return undefined
  }
  const good: string[] = []
  for (const r of set.records) {
    const file = path.join(pkgsDir, r.fn)
    if (fs.existsSync(file) && digestProblems(r, await digestFile(file)).length === 0) good.push(r.fn)
  }
  const scratch = fs.mkdtempSync(path.join(pkgsDir, '.save-'))
  try {
    const out = path.join(scratch, 'entry.tar.zst')
    const packed = await packEntry(pkgsDir, good, set.key, out, { mtime: ENTRY_MTIME, zstdLevel: ENTRY_ZSTD_LEVEL })
    const ok = await store.save(set.key, out)
    log(
      `${fresh.length} archive(s) downloaded in this run; ${good.length} of ${set.records.length} in the entry (${mb(packed.rawBytes)} -> ${mb(packed.bytes)}): ` +
        (ok ? `saved under ${set.key}` : 'not saved (already stored, or the store failed)')
    )
    return ok ? packed.bytes : undefined
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
    store.cleanup()
  }
}
