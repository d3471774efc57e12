// The Actions cache lookup and download, piece by piece, against servers on loopback: the version
// the toolkit computes, the v2 twirp lookup with the toolkit's retry, the v1 REST lookup (a small
// server here: the loopback results service speaks v2 only), and downloads that must end (an
// endless body, a body past its limit).
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { downloadArchive } from '../../src/cache/actions-download.js'
import { cacheReadable, cacheService, cacheVersion, lookUp, type CacheService } from '../../src/cache/actions-lookup.js'
import { startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { tempDir } from '../support/temp.js'

let svc: ResultsServiceHandle
let root: string
beforeAll(async () => {
  svc = await startResultsService()
  root = tempDir('bw-actions-lookup-')
})
afterAll(async () => {
  await svc?.close()
})

const signal = (): AbortSignal => AbortSignal.timeout(60_000)
const v2 = (): CacheService => cacheService(svc.env) as CacheService

test('the version is the one the toolkit computes, for either compression', async () => {
  // the toolkit's own function (not exported by the package: loaded by its file)
  const file = path.resolve('node_modules/@actions/cache/lib/internal/cacheUtils.js')
  const utils = (await import(pathToFileURL(file).href)) as { getCacheVersion: (p: string[], c: string) => string }
  for (const paths of [['.build-wheel/cache/c-tree'], ['.build-wheel/cache/conda-src'], ['a', 'b/c']])
    for (const c of ['zstd-without-long', 'gzip'] as const) expect(cacheVersion(paths, c)).toBe(utils.getCacheVersion([...paths], c))
})

test.each([
  ['', true],
  ['read', true],
  ['write', true],
  ['none', false],
  ['write-only', false],
  [' Write-Only ', false],
  ['something-new', true]
])('ACTIONS_CACHE_MODE=%j: readable %s', (mode, readable) => {
  expect(cacheReadable({ ACTIONS_CACHE_MODE: mode })).toBe(readable)
})

test('the service is chosen as the toolkit chooses it', () => {
  expect(cacheService({ ACTIONS_RESULTS_URL: 'http://r/', ACTIONS_CACHE_SERVICE_V2: 'true' })?.protocol).toBe('v2')
  expect(cacheService({ ACTIONS_RESULTS_URL: 'http://r', ACTIONS_CACHE_URL: 'http://c/' })).toEqual({ protocol: 'v1', url: 'http://c/', token: '' })
  // GHES: v1 even when v2 is asked for
  expect(cacheService({ GITHUB_SERVER_URL: 'https://ghe.example.com', ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_CACHE_URL: 'http://c/' })?.protocol).toBe('v1')
  expect(cacheService({ ACTIONS_CACHE_SERVICE_V2: 'true' })).toBeUndefined()
})

describe('v2 (twirp)', () => {
  beforeAll(async () => {
    const file = path.join(root, 'blob')
    fs.writeFileSync(file, 'archive bytes')
    await svc.putCacheEntry('key-one-longer', 'v-1', file)
  })

  test('a hit, a miss, and a prefix match that names its own key', async () => {
    const hit = await lookUp(v2(), { key: 'key-one-longer', restoreKeys: [], version: 'v-1', signal: signal() })
    expect(hit?.matchedKey).toBe('key-one-longer')
    expect(await lookUp(v2(), { key: 'key-one-longer', restoreKeys: [], version: 'v-2', signal: signal() })).toBeUndefined()
    const prefix = await lookUp(v2(), { key: 'key-one', restoreKeys: [], version: 'v-1', signal: signal() })
    expect(prefix?.matchedKey).toBe('key-one-longer')
    const call = svc.calls.filter(c => c.rpc === 'GetCacheEntryDownloadURL').at(-1)
    expect(call?.body).toEqual({ key: 'key-one', version: 'v-1' })
  })

  test('a 500 is retried after about 3 s, as the toolkit retries it', async () => {
    svc.setFaults([{ match: 'GetCacheEntryDownloadURL', status: 500, times: 1 }])
    const started = performance.now()
    try {
      const hit = await lookUp(v2(), { key: 'key-one-longer', restoreKeys: [], version: 'v-1', signal: signal() })
      expect(hit?.matchedKey).toBe('key-one-longer')
      expect(performance.now() - started).toBeGreaterThan(2900)
    } finally {
      svc.setFaults([])
    }
  })

  test('a 400 is not retried', async () => {
    svc.setFaults([{ match: 'GetCacheEntryDownloadURL', status: 400 }])
    try {
      const before = svc.calls.length
      await expect(lookUp(v2(), { key: 'k', restoreKeys: [], version: 'v', signal: signal() })).rejects.toThrow(/answered 400/)
      expect(svc.calls.length - before).toBe(1)
    } finally {
      svc.setFaults([])
    }
  })
})

describe('v1 (REST)', () => {
  test('the lookup asks as the toolkit asks; 204 is a miss, 200 a hit; 503 is retried once', async () => {
    const seen: http.IncomingMessage[] = []
    let answers = [204, 503, 200]
    const server = http.createServer((req, res) => {
      seen.push(req)
      const status = answers.shift() ?? 500
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(status === 200 ? JSON.stringify({ cacheKey: 'k1', archiveLocation: 'http://127.0.0.1:9/archive', scope: 'refs/heads/main' }) : '')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/base/`
      const v1: CacheService = { protocol: 'v1', url, token: 'tok' }
      expect(await lookUp(v1, { key: 'k1', restoreKeys: ['k'], version: 'ver', signal: signal() })).toBeUndefined()
      const found = await lookUp(v1, { key: 'k1', restoreKeys: [], version: 'ver', signal: signal() })
      expect(found).toEqual({ matchedKey: 'k1', url: 'http://127.0.0.1:9/archive' })
      expect(seen[0].url).toBe('/base/_apis/artifactcache/cache?keys=k1%2Ck&version=ver')
      expect(seen[0].headers.accept).toBe('application/json;api-version=6.0-preview.1')
      expect(seen[0].headers.authorization).toBe('Bearer tok')
      expect(seen).toHaveLength(3)
      answers = [500]
      await expect(lookUp(v1, { key: 'k1', restoreKeys: [], version: 'ver', signal: signal() })).rejects.toThrow(/answered 500/)
    } finally {
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  })
})

describe('downloads end', () => {
  async function signedUrl(): Promise<string> {
    const hit = await lookUp(v2(), { key: 'key-one-longer', restoreKeys: [], version: 'v-1', signal: signal() })
    return hit?.url as string
  }

  test('an endless body stops at the limit', async () => {
    svc.setFaults([{ match: 'blob-download', endless: true }])
    try {
      const started = performance.now()
      const dest = path.join(root, 'endless')
      await expect(downloadArchive(await signedUrl(), dest, { signal: signal(), maxBytes: 8 * 1024 * 1024 })).rejects.toThrow(/passed 8388608 bytes/)
      expect(performance.now() - started).toBeLessThan(10_000)
    } finally {
      svc.setFaults([])
    }
  })

  test('a declared size past the limit is refused before any byte is kept', async () => {
    const dest = path.join(root, 'too-big')
    await expect(downloadArchive(await signedUrl(), dest, { signal: signal(), maxBytes: 4 })).rejects.toThrow(/is 13 bytes, more than the 4/)
    expect(fs.existsSync(dest)).toBe(false)
  })

  test('an abort ends a download that hangs at once', async () => {
    svc.setFaults([{ match: 'blob-download', hang: true, status: 200 }])
    try {
      const started = performance.now()
      await expect(downloadArchive(await signedUrl(), path.join(root, 'hang'), { signal: AbortSignal.timeout(500) })).rejects.toThrow()
      expect(performance.now() - started).toBeLessThan(3000)
    } finally {
      svc.setFaults([])
    }
  })
})
