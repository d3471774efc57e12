/**
 * A loopback implementation of GitHub's Actions results service, good enough for the real,
 * unmodified `@actions/cache` (v6, cache service v2 over twirp) and `@actions/artifact` (v6) to run
 * against it, and for the suite's own cache reader. Split by what it serves:
 *  - twirp.ts: twirp JSON RPCs under `/twirp/github.actions.results.api.v1.{CacheService,ArtifactService}/<Method>`;
 *  - cache.ts and artifact.ts: the two services' RPCs;
 *  - blob.ts: an Azure-Blob-like store for the signed URLs those RPCs hand out;
 *  - token.ts: the runtime token (an unsigned JWT, `alg: none`) whose `scp` claim carries
 *    `Actions.Results:<runBackendId>:<jobBackendId>`; every twirp call must present a token this
 *    server minted as `Authorization: Bearer <token>`;
 *  - here: the HTTP server, the calls log, and fault injection (HTTP status, delay, connection
 *    reset, an answer that hangs, a truncated or endless download; per request class; first N
 *    requests only).
 *
 * Blobs live in a temporary directory on disk; nothing is buffered whole in memory, so archives of
 * hundreds of MB are fine. The server listens on 127.0.0.1 with an ephemeral port only.
 */
import * as crypto from 'node:crypto'
import * as fsp from 'node:fs/promises'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import type * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { createArtifactService } from './artifact.js'
import { createBlobStore, STORAGE_ACCOUNT, StorageError, type BlobStore } from './blob.js'
import { createCacheService } from './cache.js'
import { mintRuntimeToken } from './token.js'
import { ARTIFACT_SERVICE, CACHE_SERVICE, drain, handleTwirp, sendTwirpError, sleep, twirpCodeForStatus, TwirpError } from './twirp.js'
import type { BackendIds, FaultRule, ResultsServiceHandle, ResultsServiceOptions, ServiceCall } from './types.js'

export { backendIdsFromToken, closedPortUrl, mintRuntimeToken, unreachableResultsService } from './token.js'
export type * from './types.js'

type ActiveFault = FaultRule & { used: number }

/** Does `f` apply to this request? */
function matches(f: FaultRule, req: http.IncomingMessage, call: ServiceCall): boolean {
  const m = f.match
  if (m === undefined) return true
  if (m instanceof RegExp) return m.test(`${req.method} ${call.path}${call.query ? `?${call.query}` : ''}`)
  if (m === 'twirp' || m === 'blob') return call.kind === m
  if (m === 'blob-upload') return call.kind === 'blob' && req.method === 'PUT'
  if (m === 'blob-download') return call.kind === 'blob' && (req.method === 'GET' || req.method === 'HEAD')
  return call.kind === 'twirp' && call.path.endsWith(`/${m}`)
}

function faultFor(faults: ActiveFault[], req: http.IncomingMessage, call: ServiceCall): ActiveFault | undefined {
  const f = faults.find(x => (x.times === undefined || x.used < x.times) && matches(x, req, call))
  if (f) f.used++
  return f
}

/** Headers and a first part of a body that promises more; then nothing, the connection left open. */
function hang(res: http.ServerResponse, status: number): void {
  const part = Buffer.from('{"code":"internal","msg":"')
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': part.length + 4096 })
  res.write(part)
}

/** 200 without a Content-Length, then zeros for as long as the client reads. */
function endless(res: http.ServerResponse): void {
  const zeros = Buffer.alloc(1024 * 1024)
  res.writeHead(200, { 'Content-Type': 'application/octet-stream' })
  const more = (): void => {
    while (!res.destroyed && res.write(zeros));
  }
  res.on('drain', more)
  more()
}

/**
 * Apply a fault: true when it answered (or dropped) the request; false when the request is to be
 * served (after a delay, or with a truncated download: the `truncate` of the rule).
 */
async function applyFault(fault: ActiveFault, req: http.IncomingMessage, res: http.ServerResponse, call: ServiceCall, blobs: BlobStore): Promise<boolean> {
  call.fault = true
  if (fault.delayMs) await sleep(fault.delayMs)
  if (fault.reset) {
    req.socket.destroy()
    return true
  }
  if (fault.hang || fault.endless) {
    await drain(req)
    if (fault.hang) hang(res, fault.status ?? 500)
    else endless(res)
    return true
  }
  if (!fault.status) return false
  await drain(req)
  if (call.kind === 'twirp') sendTwirpError(res, twirpCodeForStatus(fault.status), `injected fault (HTTP ${fault.status})`)
  else {
    const code = fault.status === 503 ? 'ServerBusy' : fault.status >= 500 ? 'InternalError' : 'InjectedFault'
    blobs.sendError(req, res, fault.status, code, `injected fault (HTTP ${fault.status})`)
  }
  return true
}

function failed(e: unknown, req: http.IncomingMessage, res: http.ServerResponse, kind: ServiceCall['kind'], blobs: BlobStore): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  if (e instanceof TwirpError) return sendTwirpError(res, e.code, e.message)
  if (e instanceof StorageError) return blobs.sendError(req, res, e.status, e.code, e.message)
  const msg = e instanceof Error ? e.message : String(e)
  if (kind === 'twirp') return sendTwirpError(res, 'internal', msg)
  if (kind === 'blob') return blobs.sendError(req, res, 500, 'InternalError', msg)
  res.writeHead(500, { 'Content-Type': 'text/plain' })
  res.end(`${msg}\n`)
}

function newCall(req: http.IncomingMessage, url: URL): ServiceCall {
  const kind: ServiceCall['kind'] = url.pathname.startsWith('/twirp/') ? 'twirp' : url.pathname.startsWith(`/${STORAGE_ACCOUNT}/`) ? 'blob' : 'other'
  const call: ServiceCall = { method: req.method ?? '', path: url.pathname, query: url.search.replace(/^\?/, ''), kind, status: 0 }
  if (kind === 'twirp') call.rpc = url.pathname.split('/').pop()
  return call
}

function logCall(call: ServiceCall): void {
  const query = call.query ? `?${call.query.replace(/(^|&)(sig|se|sv|sr)=[^&]*/g, '').replace(/^&/, '')}` : ''
  process.stderr.write(`[results-service] ${call.method} ${call.path}${query} -> ${call.status}${call.fault ? ' (fault)' : ''}\n`)
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
}

export async function startResultsService(opts: ResultsServiceOptions = {}): Promise<ResultsServiceHandle> {
  const runBackendId = opts.runBackendId ?? crypto.randomUUID()
  const jobBackendId = opts.jobBackendId ?? crypto.randomUUID()
  const ownDataDir = !opts.dataDir
  const dataDir = opts.dataDir ?? (await fsp.mkdtemp(path.join(os.tmpdir(), 'results-service-')))
  const verbose = opts.log ?? process.env['HARNESS_VERBOSE'] === '1'
  const blobs = await createBlobStore(dataDir)
  const cache = createCacheService(blobs, opts.primaryKeyPrefixMatch ?? true)
  const artifact = createArtifactService(blobs)
  const tables = { [CACHE_SERVICE]: cache.rpcs, [ARTIFACT_SERVICE]: artifact.rpcs }

  const issuedTokens = new Map<string, BackendIds>()
  const issue = (ids: BackendIds): string => {
    const t = mintRuntimeToken(ids.runBackendId, ids.jobBackendId)
    issuedTokens.set(t, ids)
    return t
  }
  const token = issue({ runBackendId, jobBackendId })
  const authenticate = (req: http.IncomingMessage): BackendIds => {
    const h = req.headers['authorization']
    if (!h) throw new TwirpError('unauthenticated', 'missing Authorization header')
    const m = /^Bearer (.+)$/.exec(h)
    if (!m) throw new TwirpError('unauthenticated', 'Authorization header is not a Bearer token')
    const ids = issuedTokens.get(m[1])
    if (!ids) throw new TwirpError('unauthenticated', 'unknown or invalid runtime token')
    return ids
  }

  const calls: ServiceCall[] = []
  let faults: ActiveFault[] = (opts.faults ?? []).map(f => ({ ...f, used: 0 }))
  const serve = async (req: http.IncomingMessage, res: http.ServerResponse, call: ServiceCall, url: URL): Promise<void> => {
    const fault = faultFor(faults, req, call)
    if (fault && (await applyFault(fault, req, res, call, blobs))) {
      if (verbose && fault.reset) process.stderr.write(`[results-service] ${call.method} ${call.path} -> connection reset (fault)\n`)
      return
    }
    if (call.kind === 'twirp') return handleTwirp(req, res, call, tables, authenticate)
    if (call.kind === 'blob') return blobs.handle(req, res, url, fault?.truncate)
    await drain(req)
    res.writeHead(404, { 'Content-Type': 'text/plain' })
    res.end('not found\n')
  }

  const sockets = new Set<net.Socket>()
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const call = newCall(req, url)
    calls.push(call)
    res.on('finish', () => {
      call.status = res.statusCode
      if (verbose) logCall(call)
    })
    serve(req, res, call, url).catch((e: unknown) => failed(e, req, res, call.kind, blobs))
  })
  server.on('connection', s => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  server.keepAliveTimeout = opts.keepAliveTimeoutMs ?? 5000
  const origin = await listen(server)
  blobs.origin = origin
  const env = { ACTIONS_RESULTS_URL: origin, ACTIONS_RUNTIME_TOKEN: token, ACTIONS_CACHE_SERVICE_V2: 'true' }

  let closed = false
  return {
    url: origin,
    env,
    token,
    runBackendId,
    jobBackendId,
    dataDir,
    calls,
    caches: () => cache.list(),
    artifacts: () => artifact.list(),
    putCacheEntry: (key, version, file) => cache.put(key, version, file),
    setFaults(rules: FaultRule[]) {
      faults = rules.map(f => ({ ...f, used: 0 }))
    },
    envFor(ids: Partial<BackendIds>) {
      const t = issue({ runBackendId: ids.runBackendId ?? runBackendId, jobBackendId: ids.jobBackendId ?? crypto.randomUUID() })
      return { ACTIONS_RESULTS_URL: origin, ACTIONS_RUNTIME_TOKEN: t, ACTIONS_CACHE_SERVICE_V2: 'true' }
    },
    async close() {
      if (closed) return
      closed = true
      await new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeIdleConnections()
        setTimeout(() => {
          for (const s of sockets) s.destroy()
        }, 200).unref()
      })
      if (ownDataDir && !opts.keepData) await fsp.rm(dataDir, { recursive: true, force: true })
    }
  }
}
