/**
 * Finding an entry in the GitHub Actions cache service, as @actions/cache 6 finds it, so entries
 * its `saveCache` wrote are found: the same service choice (v2 over twirp when
 * ACTIONS_CACHE_SERVICE_V2 is set outside GHES, else the v1 REST service), the same `version`
 * (sha256 over the path patterns, the compression method and a salt), the same keys, and the
 * library's retry schedule for each. Only the lookup: the download and the reading of the archive
 * are the suite's own (actions-download.ts, actions-restore.ts).
 */
import { createHash } from 'node:crypto'
import { run } from '../lib/exec.js'
import { pause, readSmall, send, TransportError, type HttpAnswer } from './actions-http.js'

export type Compression = 'zstd-without-long' | 'gzip'

export interface CacheService {
  readonly protocol: 'v1' | 'v2'
  /** Base URL, ending with a slash. */
  readonly url: string
  readonly token: string
}

/** The toolkit's choice of service: v2 when ACTIONS_CACHE_SERVICE_V2 is set, except on GHES (v1 only). */
export function serviceProtocol(env: NodeJS.ProcessEnv = process.env): CacheService['protocol'] {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase()
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
  return env.ACTIONS_CACHE_SERVICE_V2 && !ghes ? 'v2' : 'v1'
}

/** The service the toolkit would use, or undefined when the runner offers none. */
export function cacheService(env: NodeJS.ProcessEnv = process.env): CacheService | undefined {
  const protocol = serviceProtocol(env)
  const url = protocol === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL
  if (!url) return undefined
  return { protocol, url: url.endsWith('/') ? url : `${url}/`, token: env.ACTIONS_RUNTIME_TOKEN ?? '' }
}

/** ACTIONS_CACHE_MODE as the toolkit reads it: `none` and `write-only` forbid reads; unknown values allow them. */
export function cacheReadable(env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase()
  return !['none', 'write-only'].includes(mode)
}

/** The toolkit's choice: zstd when `zstd --quiet --version` prints anything, else gzip. */
export async function compressionMethod(): Promise<Compression> {
  try {
    const r = await run(['zstd', '--quiet', '--version'], { silent: true })
    return `${r.stdout}${r.stderr}`.trim() ? 'zstd-without-long' : 'gzip'
  } catch {
    return 'gzip'
  }
}

/** The entry's `version`: sha256 of the path patterns, the compression method and the salt, joined with `|`. */
export function cacheVersion(paths: readonly string[], compression: Compression, platform: NodeJS.Platform = process.platform): string {
  const parts = [...paths, compression, ...(platform === 'win32' ? ['windows-only'] : []), '1.0']
  return createHash('sha256').update(parts.join('|')).digest('hex')
}

export interface Found {
  /** The key of the entry the service matched (a prefix match may give another key). */
  readonly matchedKey: string
  /** Where to download the archive (a signed URL: a secret). */
  readonly url: string
}

export interface LookupRequest {
  readonly key: string
  readonly restoreKeys: readonly string[]
  readonly version: string
  readonly signal: AbortSignal
}

/** Transport errors the toolkit does not retry (it gives up on them at once). */
const NETWORK_CODES = new Set(['ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH'])
const TWIRP_RETRY = { attempts: 5, firstMs: 3000, factor: 1.5 }
/** The v1 service and downloads: two attempts, 5 s apart, on 502/503/504 and transport errors. */
export const REST_RETRY = { attempts: 2, delayMs: 5000 }
const RETRYABLE_REST = new Set([502, 503, 504])
const RETRYABLE_TWIRP = new Set([500, 502, 503, 504])
const IDLE_MS = 30_000

class Retryable extends Error {}

/** The twirp client's wait before attempt n+1: 3 s, then 3 s x 1.5^n up to x 1.5 more, at random. */
function twirpDelay(attempt: number): number {
  if (attempt === 0) return TWIRP_RETRY.firstMs
  const min = TWIRP_RETRY.firstMs * TWIRP_RETRY.factor ** attempt
  return Math.trunc(min + Math.random() * (min * TWIRP_RETRY.factor - min))
}

async function twirpAttempt(svc: CacheService, req: LookupRequest): Promise<Found | undefined> {
  const url = new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', svc.url)
  const body: Record<string, unknown> = { key: req.key, version: req.version }
  if (req.restoreKeys.length) body.restore_keys = req.restoreKeys
  const answer = await send(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
    body: JSON.stringify(body),
    signal: req.signal,
    idleMs: IDLE_MS
  })
  const text = await readSmall(answer)
  let parsed: { ok?: boolean; signed_download_url?: string; matched_key?: string; msg?: string }
  try {
    parsed = JSON.parse(text) as typeof parsed
  } catch {
    throw new Retryable(`the cache service answered ${answer.status} with a body that is not JSON`)
  }
  if (answer.status >= 200 && answer.status < 300) {
    if (!parsed.ok) return undefined
    if (!parsed.signed_download_url || typeof parsed.matched_key !== 'string') throw new Error('the cache service gave a hit without a download URL or key')
    return { matchedKey: parsed.matched_key, url: parsed.signed_download_url }
  }
  const why = `the cache service answered ${answer.status}${parsed.msg ? `: ${parsed.msg}` : ''}`
  const retry = RETRYABLE_TWIRP.has(answer.status) && !String(parsed.msg ?? '').includes('insufficient usage')
  throw retry ? new Retryable(why) : new Error(why)
}

async function twirpLookup(svc: CacheService, req: LookupRequest): Promise<Found | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await twirpAttempt(svc, req)
    } catch (e) {
      if (req.signal.aborted) throw e
      const network = e instanceof TransportError && e.code !== undefined && NETWORK_CODES.has(e.code)
      if (!(e instanceof Retryable || (e instanceof TransportError && !network)) || attempt + 1 >= TWIRP_RETRY.attempts) throw e
      await pause(twirpDelay(attempt), req.signal)
    }
  }
}

/** Run `attempt` as the toolkit's REST retry does: again after 5 s on a transport error or 502/503/504. */
export async function withRestRetry<T>(signal: AbortSignal, attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt()
    } catch (e) {
      if (signal.aborted || !(e instanceof Retryable || e instanceof TransportError) || n >= REST_RETRY.attempts) throw e
      await pause(REST_RETRY.delayMs, signal)
    }
  }
}

/** An answer's status as an error when it is not a success: retryable for 502/503/504. The body is dropped. */
export function failIfNotOk(answer: HttpAnswer, what: string): void {
  if (answer.status >= 200 && answer.status < 300) return
  answer.discard()
  const why = `${what} answered ${answer.status}`
  throw RETRYABLE_REST.has(answer.status) ? new Retryable(why) : new Error(why)
}

async function restLookup(svc: CacheService, req: LookupRequest): Promise<Found | undefined> {
  const keys = encodeURIComponent([req.key, ...req.restoreKeys].join(','))
  const url = new URL(`_apis/artifactcache/cache?keys=${keys}&version=${req.version}`, svc.url)
  return withRestRetry(req.signal, async () => {
    const answer = await send(url, {
      method: 'GET',
      headers: { Accept: 'application/json;api-version=6.0-preview.1', Authorization: `Bearer ${svc.token}` },
      signal: req.signal,
      idleMs: IDLE_MS
    })
    if (answer.status === 204) {
      answer.discard()
      return undefined
    }
    failIfNotOk(answer, 'the cache service')
    const parsed = JSON.parse(await readSmall(answer)) as { cacheKey?: string; archiveLocation?: string }
    if (!parsed.archiveLocation || typeof parsed.cacheKey !== 'string') throw new Error('the cache service gave a hit without an archive location or key')
    return { matchedKey: parsed.cacheKey, url: parsed.archiveLocation }
  })
}

/** Look the key up; undefined on a miss. Throws when the service fails (after the toolkit's retries). */
export async function lookUp(svc: CacheService, req: LookupRequest): Promise<Found | undefined> {
  if ([req.key, ...req.restoreKeys].some(k => k.length > 512 || k.includes(',')))
    throw new Error('a cache key is longer than 512 characters or holds a comma, which the cache service does not accept')
  return svc.protocol === 'v2' ? twirpLookup(svc, req) : restLookup(svc, req)
}
