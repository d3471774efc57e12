// The loopback results service's own faults and seeding, seen by a plain HTTP client: an entry put
// in directly is served like a saved one; `hang` answers and then keeps the connection silent;
// `truncate` promises a length and closes early; `endless` never stops; `keepAliveTimeoutMs: 0`
// never closes an idle connection.
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as path from 'node:path'
import { startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { tempDir } from '../support/temp.js'

let svc: ResultsServiceHandle
let url: string
const CONTENT = Buffer.from('0123456789'.repeat(1000))

beforeAll(async () => {
  svc = await startResultsService()
  const file = path.join(tempDir('harness-faults-'), 'blob')
  fs.writeFileSync(file, CONTENT)
  const entry = await svc.putCacheEntry('seeded-key', 'seeded-version', file)
  expect(entry).toMatchObject({ key: 'seeded-key', version: 'seeded-version', size: CONTENT.length, finalized: true })
  const r = await fetch(new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', svc.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
    body: JSON.stringify({ key: 'seeded-key', version: 'seeded-version' })
  })
  const body = (await r.json()) as { ok: boolean; signed_download_url: string; matched_key: string }
  expect(body).toMatchObject({ ok: true, matched_key: 'seeded-key' })
  url = body.signed_download_url
})
afterAll(async () => {
  await svc?.close()
})
afterEach(() => svc.setFaults([]))

/** GET `url` with a fresh connection: status, declared length, bytes received, and how it ended (within `waitMs`). */
function get(target: string, waitMs = 1500): Promise<{ status: number; length?: string; bytes: number; ended: 'end' | 'error' | 'still open' }> {
  return new Promise(resolve => {
    const req = http.get(target, { agent: false }, res => {
      let bytes = 0
      const done = (ended: 'end' | 'error' | 'still open'): void => {
        clearTimeout(timer)
        req.destroy()
        resolve({ status: res.statusCode ?? 0, length: res.headers['content-length'], bytes, ended })
      }
      const timer = setTimeout(() => done('still open'), waitMs)
      res.on('data', (b: Buffer) => {
        bytes += b.length
        if (bytes > 4 * 1024 * 1024) done('still open')
      })
      res.on('end', () => done('end'))
      res.on('error', () => done('error'))
    })
    req.on('error', () => resolve({ status: 0, bytes: 0, ended: 'error' }))
  })
}

test('a seeded entry is served whole', async () => {
  expect(await get(url)).toEqual({ status: 200, length: String(CONTENT.length), bytes: CONTENT.length, ended: 'end' })
})

test('hang: the status and part of a body, then silence with the connection open', async () => {
  svc.setFaults([{ match: 'blob-download', hang: true, status: 503 }])
  const r = await get(url)
  expect(r.status).toBe(503)
  expect(Number(r.length)).toBeGreaterThan(r.bytes)
  expect(r.ended).toBe('still open')
})

test('truncate: the full Content-Length, the first bytes, then the connection closes', async () => {
  svc.setFaults([{ match: 'blob-download', truncate: 100 }])
  const r = await get(url)
  expect(r).toMatchObject({ status: 200, length: String(CONTENT.length), bytes: 100 })
  expect(r.ended).not.toBe('still open')
})

test('endless: 200 without a length, and bytes past any size', async () => {
  svc.setFaults([{ match: 'blob-download', endless: true }])
  const r = await get(url)
  expect(r).toMatchObject({ status: 200, length: undefined, ended: 'still open' })
  expect(r.bytes).toBeGreaterThan(4 * 1024 * 1024)
})

test('keepAliveTimeoutMs: 0 leaves an idle connection open; the default closes it after 5 s', async () => {
  const held = await startResultsService({ keepAliveTimeoutMs: 0 })
  try {
    const closedWithin = (service: ResultsServiceHandle, ms: number): Promise<boolean> =>
      new Promise(resolve => {
        const agent = new http.Agent({ keepAlive: true })
        const finish = (closed: boolean): void => {
          clearTimeout(timer)
          agent.destroy()
          resolve(closed)
        }
        const timer = setTimeout(() => finish(false), ms)
        const req = http.get(new URL('nothing-here', service.url), { agent }, res => res.resume())
        req.on('socket', socket => socket.on('close', () => finish(true)))
      })
    expect(await closedWithin(held, 6500)).toBe(false)
    expect(await closedWithin(svc, 6500)).toBe(true)
  } finally {
    await held.close()
  }
})
