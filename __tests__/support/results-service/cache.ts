/**
 * The cache service's RPCs (`CreateCacheEntry`, `FinalizeCacheEntryUpload`,
 * `GetCacheEntryDownloadURL`). Key matching follows GitHub's documented order: exact `key`, then the
 * newest entry whose key starts with `key`, then each `restore_keys` entry in order by prefix (newest
 * first); always with the same `version`. Branch scoping is not modelled (every entry is visible to
 * every caller).
 */
import * as crypto from 'node:crypto'
import { CACHE_CONTAINER, type BlobStore } from './blob.js'
import { int64, str, TwirpError, type RpcTable } from './twirp.js'
import type { CacheEntryInfo } from './types.js'

/** What the service keeps of an entry: the public record, with the blob's name instead of its path. */
type CacheEntry = Omit<CacheEntryInfo, 'file'> & { blobName: string }

export interface CacheService {
  readonly rpcs: RpcTable
  list(): CacheEntryInfo[]
  /** A finalized entry holding a copy of `file`, as if a job had saved it. */
  put(key: string, version: string, file: string): Promise<CacheEntryInfo>
}

export function createCacheService(blobs: BlobStore, primaryKeyPrefixMatch: boolean): CacheService {
  const cacheEntries: CacheEntry[] = []
  let nextCacheId = 1
  const info = ({ blobName, ...e }: CacheEntry): CacheEntryInfo => ({ ...e, file: blobs.fileOf(CACHE_CONTAINER, blobName) })
  const newEntry = (key: string, version: string): CacheEntry => {
    const id = nextCacheId++
    const entry: CacheEntry = { id, key, version, size: 0, finalized: false, createdAt: new Date(), blobName: `cache/${id}/${crypto.randomUUID()}` }
    cacheEntries.push(entry)
    return entry
  }

  function findCache(key: string, version: string, exact: boolean): CacheEntry | undefined {
    const matches = cacheEntries.filter(e => e.finalized && e.version === version && (exact ? e.key === key : e.key.startsWith(key)))
    matches.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
    return matches[0]
  }

  const cacheRpcs: RpcTable = {
    CreateCacheEntry(body) {
      const key = str(body, 'key')
      const version = str(body, 'version')
      if (!key) throw new TwirpError('invalid_argument', 'key is required')
      if (!version) throw new TwirpError('invalid_argument', 'version is required')
      if (key.length > 512) throw new TwirpError('invalid_argument', 'key is longer than 512 characters')
      const existing = cacheEntries.find(e => e.key === key && e.version === version)
      if (existing) {
        throw new TwirpError(
          'already_exists',
          existing.finalized
            ? 'cache entry with the same key, version, and scope already exists'
            : 'cache entry with the same key, version, and scope is being created'
        )
      }
      const entry = newEntry(key, version)
      return { ok: true, signed_upload_url: blobs.signedUrl(CACHE_CONTAINER, entry.blobName, 'cw') }
    },
    FinalizeCacheEntryUpload(body) {
      const key = str(body, 'key')
      const version = str(body, 'version')
      const sizeBytes = int64(body, 'size_bytes')
      const entry = cacheEntries.find(e => e.key === key && e.version === version && !e.finalized)
      if (!entry) throw new TwirpError('not_found', 'no cache entry reservation for this key and version')
      const blob = blobs.get(CACHE_CONTAINER, entry.blobName)
      if (!blob) return { ok: false, message: 'cache archive was not uploaded' }
      if (blob.size !== sizeBytes) return { ok: false, message: `cache size mismatch: uploaded ${blob.size} bytes, finalize says ${sizeBytes}` }
      entry.size = sizeBytes
      entry.finalized = true
      return { ok: true, entry_id: String(entry.id) }
    },
    GetCacheEntryDownloadURL(body) {
      const key = str(body, 'key')
      const version = str(body, 'version')
      const restoreKeys = body['restore_keys'] ?? []
      if (!Array.isArray(restoreKeys) || restoreKeys.some(k => typeof k !== 'string'))
        throw new TwirpError('malformed', 'restore_keys must be a list of strings')
      let hit = findCache(key, version, true)
      if (!hit && primaryKeyPrefixMatch) hit = findCache(key, version, false)
      for (const rk of restoreKeys as string[]) {
        if (hit) break
        hit = findCache(rk, version, false)
      }
      if (!hit) return { ok: false }
      return { ok: true, signed_download_url: blobs.signedUrl(CACHE_CONTAINER, hit.blobName, 'r'), matched_key: hit.key }
    }
  }

  return {
    rpcs: cacheRpcs,
    list: () => cacheEntries.map(info),
    async put(key, version, file) {
      const entry = newEntry(key, version)
      entry.size = (await blobs.put(CACHE_CONTAINER, entry.blobName, file)).size
      entry.finalized = true
      return info(entry)
    }
  }
}
