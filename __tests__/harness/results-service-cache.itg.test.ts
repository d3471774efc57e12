// The real @actions/cache (v6, cache service v2) against the loopback results service.
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as cache from '@actions/cache'
import { BlockBlobClient } from '@azure/storage-blob'
import { captureStdout, inDirectory, withEnv } from '../support/in-process.js'
import { need } from '../support/requirements.js'
import { startResultsService, unreachableResultsService, type ResultsServiceHandle } from '../support/results-service.js'

let svc: ResultsServiceHandle
let root: string
let workspace: string
let runnerTemp: string

/** Env for calling the library in-process like a step would, cwd = workspace. */
function inStep<T>(fn: () => Promise<T>, env: Record<string, string> = svc.env): Promise<T> {
  return withEnv(
    {
      ...env,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_SERVER_URL: undefined,
      ACTIONS_CACHE_URL: undefined,
      ACTIONS_CACHE_MODE: undefined,
      RUNNER_DEBUG: undefined
    },
    () => inDirectory(workspace, fn)
  )
}

async function writeTree(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel)
    await fsp.mkdir(path.dirname(p), { recursive: true })
    await fsp.writeFile(p, content)
  }
}

beforeAll(async () => {
  svc = await startResultsService()
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'harness-cache-'))
  workspace = path.join(root, 'workspace')
  runnerTemp = path.join(root, 'runner-temp')
  await fsp.mkdir(workspace, { recursive: true })
  await fsp.mkdir(runnerTemp, { recursive: true })
})

afterAll(async () => {
  await svc.close()
  await fsp.rm(root, { recursive: true, force: true })
})

test('env holds exactly what a step needs', () => {
  expect(Object.keys(svc.env).sort()).toEqual(['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'])
  expect(svc.env['ACTIONS_RESULTS_URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  expect(svc.env['ACTIONS_CACHE_SERVICE_V2']).toBe('true')
})

test('a miss returns undefined and asks GetCacheEntryDownloadURL', async () => {
  await writeTree(workspace, { 'miss/a.txt': 'a' })
  const before = svc.calls.length
  const { result } = await captureStdout(() => inStep(() => cache.restoreCache(['miss'], 'never-saved-key')))
  expect(result).toBeUndefined()
  const calls = svc.calls.slice(before)
  expect(calls.map(c => c.rpc)).toEqual(['GetCacheEntryDownloadURL'])
  expect(calls[0].status).toBe(200)
  expect(calls[0].body).toMatchObject({ key: 'never-saved-key' })
  expect(typeof (calls[0].body as { version: string }).version).toBe('string')
})

test('save then restore by exact key, by primary-key prefix and by restore-key prefix', async () => {
  const files = { 'deps/one.txt': 'one\n', 'deps/sub/two.bin': crypto.randomBytes(70_000) }
  await writeTree(workspace, files)
  const saved = await captureStdout(() => inStep(() => cache.saveCache(['deps'], 'deps-Linux-abc123')))
  expect(saved.warnings).toEqual([])
  expect(saved.result).toBeGreaterThan(0)
  const entry = svc.caches().find(c => c.key === 'deps-Linux-abc123')!
  expect(entry).toMatchObject({ finalized: true, id: saved.result })
  expect(entry.size).toBe(fs.statSync(entry.file).size)
  expect(
    svc.calls
      .filter(c => c.rpc)
      .slice(-2)
      .map(c => [c.rpc, c.status])
  ).toEqual([
    ['CreateCacheEntry', 200],
    ['FinalizeCacheEntryUpload', 200]
  ])
  // The archive went up as a single Put Blob (< 128 MiB).
  expect(svc.calls.some(c => c.kind === 'blob' && c.method === 'PUT' && !c.query.includes('comp='))).toBe(true)

  const restoreAndCheck = async (key: string, restoreKeys?: string[]): Promise<string | undefined> => {
    await fsp.rm(path.join(workspace, 'deps'), { recursive: true, force: true })
    const r = await captureStdout(() => inStep(() => cache.restoreCache(['deps'], key, restoreKeys)))
    expect(r.warnings).toEqual([])
    if (r.result) {
      for (const [rel, content] of Object.entries(files)) expect(await fsp.readFile(path.join(workspace, rel))).toEqual(Buffer.from(content))
    }
    return r.result
  }
  expect(await restoreAndCheck('deps-Linux-abc123')).toBe('deps-Linux-abc123')
  expect(await restoreAndCheck('deps-Linux-zzz', ['deps-Linux-'])).toBe('deps-Linux-abc123')
  expect(await restoreAndCheck('deps-Linux-zzz', ['nope-', 'deps-'])).toBe('deps-Linux-abc123')
  // GitHub's documented order: no exact hit -> prefix match of the primary key.
  expect(await restoreAndCheck('deps-Linux')).toBe('deps-Linux-abc123')
  // Same key but other paths -> other version -> miss.
  await writeTree(workspace, { 'other/x.txt': 'x' })
  const other = await captureStdout(() => inStep(() => cache.restoreCache(['other'], 'deps-Linux-abc123')))
  expect(other.result).toBeUndefined()
})

test('restore keys pick the newest matching entry', async () => {
  await writeTree(workspace, { 'multi/v.txt': 'old' })
  expect(await captureStdout(() => inStep(() => cache.saveCache(['multi'], 'multi-1'))).then(r => r.result)).toBeGreaterThan(0)
  await new Promise(r => setTimeout(r, 20))
  await writeTree(workspace, { 'multi/v.txt': 'new' })
  expect(await captureStdout(() => inStep(() => cache.saveCache(['multi'], 'multi-2'))).then(r => r.result)).toBeGreaterThan(0)
  await fsp.rm(path.join(workspace, 'multi'), { recursive: true })
  const r = await captureStdout(() => inStep(() => cache.restoreCache(['multi'], 'multi-3', ['multi-'])))
  expect(r.result).toBe('multi-2')
  expect(await fsp.readFile(path.join(workspace, 'multi/v.txt'), 'utf8')).toBe('new')
})

test('saving an existing key again is refused (409) and saveCache returns -1 without throwing', async () => {
  await writeTree(workspace, { 'dup/f.txt': 'dup' })
  const first = await captureStdout(() => inStep(() => cache.saveCache(['dup'], 'dup-key')))
  expect(first.result).toBeGreaterThan(0)
  const before = svc.calls.length
  const second = await captureStdout(() => inStep(() => cache.saveCache(['dup'], 'dup-key')))
  expect(second.result).toBe(-1)
  const create = svc.calls.slice(before).find(c => c.rpc === 'CreateCacheEntry')!
  expect(create.status).toBe(409)
  // @actions/cache 6.x logs this as an info line (core.info), not as a ::warning:: annotation.
  expect(second.stdout).toContain('Failed to save: Unable to reserve cache with key dup-key, another job may be creating this cache.')
  expect(second.warnings).toEqual([])
  expect(svc.caches().filter(c => c.key === 'dup-key')).toHaveLength(1)
})

test('the block upload path (Put Block + Put Block List) serves a cache entry the library restores', async () => {
  // saveCache forces uploadChunkSize 64 MiB and maxSingleShotSize 128 MiB (options cannot change that), so the
  // library only stages blocks for archives over 128 MiB. Drive the same SDK call (BlockBlobClient.uploadFile)
  // with small thresholds against a signed upload URL, then let the real restoreCache download and extract it.
  await writeTree(workspace, { 'blocks/data.bin': crypto.randomBytes(300_000), 'blocks/readme.txt': 'blocks\n' })
  const saved = await captureStdout(() => inStep(() => cache.saveCache(['blocks'], 'blocks-probe')))
  expect(saved.result).toBeGreaterThan(0)
  const probe = svc.calls.find(c => c.rpc === 'CreateCacheEntry' && (c.body as { key: string }).key === 'blocks-probe')!
  const version = (probe.body as { version: string }).version
  const archive = svc.caches().find(c => c.key === 'blocks-probe')!.file

  const headers = { Authorization: `Bearer ${svc.token}`, 'Content-Type': 'application/json' }
  const rpc = async (method: string, body: unknown): Promise<Record<string, unknown>> => {
    const r = await fetch(new URL(`/twirp/github.actions.results.api.v1.CacheService/${method}`, svc.url), {
      method: 'POST',
      headers,
      body: JSON.stringify(body)
    })
    expect(r.status).toBe(200)
    return (await r.json()) as Record<string, unknown>
  }
  const created = await rpc('CreateCacheEntry', { key: 'blocks-staged', version })
  expect(created['ok']).toBe(true)
  const before = svc.calls.length
  const client = new BlockBlobClient(created['signed_upload_url'] as string)
  const size = fs.statSync(archive).size
  const resp = await client.uploadFile(archive, { blockSize: 64 * 1024, maxSingleShotSize: 32 * 1024, concurrency: 3 })
  expect(resp._response.status).toBe(201)
  expect(resp.etag).toBeTruthy()
  const blobCalls = svc.calls.slice(before)
  expect(blobCalls.filter(c => c.query.includes('comp=block&')).length).toBe(Math.ceil(size / (64 * 1024)))
  expect(blobCalls.filter(c => c.query.includes('comp=blocklist'))).toHaveLength(1)
  // An upload URL carries write permission only.
  await expect(client.getProperties()).rejects.toMatchObject({ statusCode: 403 })
  const fin = await rpc('FinalizeCacheEntryUpload', { key: 'blocks-staged', version, size_bytes: String(size) })
  expect(fin).toMatchObject({ ok: true })

  await fsp.rm(path.join(workspace, 'blocks'), { recursive: true })
  const restored = await captureStdout(() => inStep(() => cache.restoreCache(['blocks'], 'blocks-staged')))
  expect(restored.result).toBe('blocks-staged')
  expect(await fsp.readFile(path.join(workspace, 'blocks/readme.txt'), 'utf8')).toBe('blocks\n')

  // Ranged reads, as the Azure downloader does them for big blobs.
  const dl = await rpc('GetCacheEntryDownloadURL', { key: 'blocks-staged', version })
  const ranged = await fetch(dl['signed_download_url'] as string, { headers: { Range: 'bytes=10-19' } })
  expect(ranged.status).toBe(206)
  expect(ranged.headers.get('content-range')).toBe(`bytes 10-19/${size}`)
  expect(Buffer.from(await ranged.arrayBuffer())).toEqual((await fsp.readFile(archive)).subarray(10, 20))
  const reader = new BlockBlobClient(dl['signed_download_url'] as string)
  const props = await reader.getProperties()
  expect(props.contentLength).toBe(size)
  expect(props.blobType).toBe('BlockBlob')
  expect(await reader.downloadToBuffer(5, 7)).toEqual((await fsp.readFile(archive)).subarray(5, 12))
  expect((await reader.downloadToBuffer()).equals(await fsp.readFile(archive))).toBe(true)
})

// About 5 s and ~0.6 GB of transient disk; HARNESS_SKIP_LARGE=1 skips it.
need(process.env['HARNESS_SKIP_LARGE'] !== '1', 'HARNESS_SKIP_LARGE=1 is set (this test writes ~0.6 GB for a few seconds)').test(
  'a >128 MiB archive goes up in 64 MiB blocks through the real saveCache',
  async () => {
    await fsp.mkdir(path.join(workspace, 'big'), { recursive: true })
    const fh = await fsp.open(path.join(workspace, 'big/random.bin'), 'w')
    for (let i = 0; i < 136; i++) await fh.write(crypto.randomBytes(1024 * 1024))
    await fh.close()
    const before = svc.calls.length
    const saved = await captureStdout(() => inStep(() => cache.saveCache(['big'], 'big-key')))
    expect(saved.warnings).toEqual([])
    expect(saved.result).toBeGreaterThan(0)
    expect(svc.calls.slice(before).filter(c => c.query.includes('comp=block&')).length).toBe(3)
    const original = await fsp.readFile(path.join(workspace, 'big/random.bin'))
    await fsp.rm(path.join(workspace, 'big'), { recursive: true })
    const restored = await captureStdout(() => inStep(() => cache.restoreCache(['big'], 'big-key')))
    expect(restored.result).toBe('big-key')
    expect((await fsp.readFile(path.join(workspace, 'big/random.bin'))).equals(original)).toBe(true)
    await fsp.rm(path.join(workspace, 'big'), { recursive: true })
  },
  300_000
)

test('an unreachable service: restore warns and misses, save reports and returns -1, neither throws', async () => {
  const dead = await unreachableResultsService()
  await writeTree(workspace, { 'dead/f.txt': 'x' })
  const r = await captureStdout(() => inStep(() => cache.restoreCache(['dead'], 'k'), dead.env))
  expect(r.result).toBeUndefined()
  expect(r.warnings.join('\n')).toMatch(/^Failed to restore: .*ECONNREFUSED/m)
  const s = await captureStdout(() => inStep(() => cache.saveCache(['dead'], 'k'), dead.env))
  expect(s.result).toBe(-1)
  // CreateCacheEntry failing for any reason becomes ReserveCacheError, which the library logs with core.info.
  expect(s.stdout).toContain('Failed to save: Unable to reserve cache with key k')
})

test('a 500 on the RPC is retried by the library; a fault budget of 1 lets the second attempt through', async () => {
  svc.setFaults([{ match: 'GetCacheEntryDownloadURL', status: 500, times: 1 }])
  try {
    const before = svc.calls.length
    const r = await captureStdout(() => inStep(() => cache.restoreCache(['deps'], 'deps-Linux-abc123')))
    expect(r.result).toBe('deps-Linux-abc123')
    const rpcs = svc.calls.slice(before).filter(c => c.rpc)
    expect(rpcs.map(c => [c.status, !!c.fault])).toEqual([
      [500, true],
      [200, false]
    ])
    expect(r.stdout).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(500\)/)
  } finally {
    svc.setFaults([])
  }
})

test('a blob download failing with 404 makes restore warn, not throw', async () => {
  svc.setFaults([{ match: 'blob-download', status: 404 }])
  try {
    const r = await captureStdout(() => inStep(() => cache.restoreCache(['deps'], 'deps-Linux-abc123')))
    expect(r.result).toBeUndefined()
    expect(r.warnings.join('\n')).toMatch(/Failed to restore/)
  } finally {
    svc.setFaults([])
  }
})

test('twirp calls without a valid bearer token are refused with twirp unauthenticated', async () => {
  const url = new URL('/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', svc.url)
  const body = JSON.stringify({ key: 'k', version: 'v' })
  const none = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
  expect(none.status).toBe(401)
  expect(await none.json()).toMatchObject({ code: 'unauthenticated' })
  const bad = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer nope' }, body })
  expect(bad.status).toBe(401)
  const unknown = await fetch(new URL('/twirp/github.actions.results.api.v1.CacheService/Nope', svc.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
    body
  })
  expect(unknown.status).toBe(404)
  expect(await unknown.json()).toMatchObject({ code: 'bad_route' })
})

test('signed blob URLs are checked: no signature or a tampered one is refused', async () => {
  const entry = svc.caches().find(c => c.key === 'deps-Linux-abc123')!
  const dl = await fetch(new URL('/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', svc.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
    body: JSON.stringify({ key: entry.key, version: entry.version })
  }).then(r => r.json() as Promise<{ signed_download_url: string }>)
  const u = new URL(dl.signed_download_url)
  const ok = await fetch(u)
  expect(ok.status).toBe(200)
  expect(Number(ok.headers.get('content-length'))).toBe(entry.size)
  await ok.arrayBuffer()
  u.searchParams.set('sp', 'rw')
  const tampered = await fetch(u)
  expect(tampered.status).toBe(403)
  expect(tampered.headers.get('x-ms-error-code')).toBe('AuthenticationFailed')
  await tampered.arrayBuffer()
  const put = await fetch(dl.signed_download_url, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'x' })
  expect(put.status).toBe(403)
  expect(put.headers.get('x-ms-error-code')).toBe('AuthorizationPermissionMismatch')
  await put.arrayBuffer()
})

test('primaryKeyPrefixMatch: false matches the primary key exactly', async () => {
  const strict = await startResultsService({ primaryKeyPrefixMatch: false })
  try {
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${strict.token}` }
    const call = (m: string, b: unknown): Promise<Record<string, unknown>> =>
      fetch(new URL(`/twirp/github.actions.results.api.v1.CacheService/${m}`, strict.url), { method: 'POST', headers, body: JSON.stringify(b) }).then(
        r => r.json() as Promise<Record<string, unknown>>
      )
    const c = await call('CreateCacheEntry', { key: 'abc-1', version: 'v1' })
    const put = await fetch(c['signed_upload_url'] as string, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'hello' })
    expect(put.status).toBe(201)
    expect(await call('FinalizeCacheEntryUpload', { key: 'abc-1', version: 'v1', size_bytes: '5' })).toEqual({ ok: true, entry_id: '1' })
    expect(await call('GetCacheEntryDownloadURL', { key: 'abc', version: 'v1' })).toMatchObject({ ok: false })
    expect(await call('GetCacheEntryDownloadURL', { key: 'abc', version: 'v1', restore_keys: ['ab'] })).toMatchObject({ ok: true, matched_key: 'abc-1' })
    expect(await call('GetCacheEntryDownloadURL', { key: 'abc-1', version: 'v2' })).toMatchObject({ ok: false })
  } finally {
    await strict.close()
  }
})
