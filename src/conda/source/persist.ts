/**
 * The source cache across runs: each download whose recipe gives a hash is kept in a CacheStore (the
 * Actions cache in a workflow, a local folder otherwise) under `build-wheel-conda-src-v1-<algo>-<hex>`,
 * one entry holding the one file. Before the sources are fetched, a missing file is restored from its
 * entry into the local source cache and checked against the recipe's hash (the source cache's own
 * check): a file that fails it is removed, its entry dropped where the store allows, and the source
 * is downloaded as usual. After the build, every source downloaded (and verified) in this run is saved.
 * A source without a hash is never persisted: nothing could tell a good copy from a bad one.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { EntryError, packEntry, restoreEntry } from '../../cache/entry.js'
import type { CacheStore } from '../../cache/store.js'
import { cacheKey, hashMismatches } from './cache.js'
import type { UrlSource } from './spec.js'

export const SOURCE_KEY_PREFIX = 'build-wheel-conda-src-v1-'
/** Entries hold one file: the manifest and the file are all a good entry has. */
const SOURCE_ENTRY_LIMITS = { maxMembers: 4 }
const ENTRY_MTIME = 0
const ENTRY_ZSTD_LEVEL = 1

/** The store key of a source, or undefined when the recipe gives no hash. */
export function sourceStoreKey(src: UrlSource): string | undefined {
  const k = cacheKey(src)
  return k ? `${SOURCE_KEY_PREFIX}${k}` : undefined
}

/** Where the source cache keeps the file of `src` (which has a hash). */
export function sourceCacheFile(src: UrlSource, cacheDir: string): string {
  return path.join(cacheDir, cacheKey(src) as string, src.fn)
}

export type SourceRestore =
  | { readonly outcome: 'local' }
  | { readonly outcome: 'miss' }
  | { readonly outcome: 'hit'; readonly bytes: number; readonly entryBytes: number }
  | { readonly outcome: 'refused'; readonly why: string }

const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`

/** Bring the entry of `src` (hashed) into the source cache when the cache lacks the file; see the module's comment. */
export async function restoreSource(
  src: UrlSource,
  cacheDir: string,
  store: CacheStore,
  log: (l: string) => void,
  warn: (l: string) => void
): Promise<SourceRestore> {
  const key = sourceStoreKey(src) as string
  const dest = sourceCacheFile(src, cacheDir)
  if (fs.existsSync(dest)) {
    log(`${src.fn}: already in the local source cache`)
    return { outcome: 'local' }
  }
  const entry = await store.restore(key)
  if (!entry) {
    log(`${src.fn}: miss (${key})`)
    return { outcome: 'miss' }
  }
  fs.mkdirSync(cacheDir, { recursive: true })
  const scratch = fs.mkdtempSync(path.join(cacheDir, '.restore-'))
  try {
    const entryBytes = fs.statSync(entry).size
    let why: string | undefined
    try {
      const files = await restoreEntry(entry, scratch, key, SOURCE_ENTRY_LIMITS)
      const only = files.length === 1 && files[0].type === 'file' && !files[0].path.includes('/') ? files[0] : undefined
      if (!only) why = `it holds ${files.map(f => f.path).join(', ') || 'nothing'} where one file was expected`
      else {
        fs.mkdirSync(path.dirname(dest), { recursive: true })
        fs.renameSync(path.join(scratch, only.path), dest)
        const bad = await hashMismatches(dest, src.hashes)
        if (bad.length) {
          fs.rmSync(dest, { force: true })
          why = bad.map(([a, want, got]) => `its ${a} is ${got}, the recipe says ${want}`).join('; ')
        }
      }
    } catch (e) {
      if (!(e instanceof EntryError)) throw e
      why = e.message
    }
    if (why) {
      warn(`the persisted source ${src.fn} (${key}) was refused: ${why}. ${store.drop(key)}; it will be downloaded`)
      return { outcome: 'refused', why }
    }
    const bytes = fs.statSync(dest).size
    log(`${src.fn}: hit, restored and verified (${mb(bytes)} from a ${mb(entryBytes)} entry)`)
    return { outcome: 'hit', bytes, entryBytes }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
    store.cleanup()
  }
}

/**
 * Save the source cache's file of `src` (hashed) under its key, checked against the recipe's hash
 * first. Returns the entry's size, or undefined when nothing was saved.
 */
export async function saveSource(src: UrlSource, cacheDir: string, store: CacheStore, log: (l: string) => void): Promise<number | undefined> {
  const key = sourceStoreKey(src) as string
  const file = sourceCacheFile(src, cacheDir)
  if (!fs.existsSync(file) || (await hashMismatches(file, src.hashes)).length) {
    log(`${src.fn}: not in the source cache after the build (never fetched, or the build failed first); not saved`)
    return undefined
  }
  const scratch = fs.mkdtempSync(path.join(cacheDir, '.save-'))
  try {
    const out = path.join(scratch, 'entry.tar.zst')
    const packed = await packEntry(path.dirname(file), [src.fn], key, out, { mtime: ENTRY_MTIME, zstdLevel: ENTRY_ZSTD_LEVEL })
    const ok = await store.save(key, out)
    log(`${src.fn}: ${ok ? `saved under ${key}` : 'not saved (already stored, or the store failed)'} (${mb(packed.rawBytes)} -> ${mb(packed.bytes)})`)
    return ok ? packed.bytes : undefined
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
    store.cleanup()
  }
}
