/**
 * A loopback implementation of GitHub's Actions results service, good enough for the
 * real, unmodified `@actions/cache` (v6, cache service v2 over twirp) and
 * `@actions/artifact` (v6) to run against it.
 *
 * What it implements:
 *  - twirp JSON RPCs under `/twirp/github.actions.results.api.v1.{CacheService,ArtifactService}/<Method>`,
 *    with twirp error bodies (`{"code": "...", "msg": "..."}`) and the usual code -> HTTP status mapping;
 *  - an Azure-Blob-like store for the signed URLs those RPCs hand out (`@azure/storage-blob` is what
 *    uploads; the cache library downloads with a plain GET, the artifact library with a plain GET that
 *    must answer 200): Put Blob, Put Block, Put Block List, Get Blob (with `Range`), Get Blob Properties (HEAD).
 *    SAS query parameters are checked (`sig` is an HMAC over path, permissions and expiry).
 *  - a runtime token (an unsigned JWT, `alg: none`) whose `scp` claim carries
 *    `Actions.Results:<runBackendId>:<jobBackendId>`; every twirp call must present a token this
 *    server minted as `Authorization: Bearer <token>`.
 *  - fault injection (HTTP status, delay, connection reset; per request class; first N requests only).
 *
 * Blobs live in a temporary directory on disk; nothing is buffered whole in memory, so archives of
 * hundreds of MB are fine. The server listens on 127.0.0.1 with an ephemeral port only.
 *
 * Cache key matching follows GitHub's documented order: exact `key`, then newest entry whose key starts
 * with `key`, then each `restore_keys` entry in order by prefix (newest first); always with the same
 * `version`. Branch scoping is not modelled (every entry is visible to every caller).
 */
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'

// ----------------------------------------------------------------------------------------------
// Public types

/** One request the service received. `status` is filled in once the response is finished. */
export interface ServiceCall {
  method: string
  /** URL path without the query string, e.g. `/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`. */
  path: string
  /** Raw query string without the leading `?` (blob requests carry `comp=block&blockid=...` here). */
  query: string
  /** `'twirp'` for RPCs, `'blob'` for storage requests, `'other'` for anything else. */
  kind: 'twirp' | 'blob' | 'other'
  /** For twirp calls: the RPC name, e.g. `CreateCacheEntry`. */
  rpc?: string
  /** For twirp calls: the parsed JSON request body. */
  body?: unknown
  /** HTTP status of the answer; 0 while in flight or when the connection was reset. */
  status: number
  /** Set when a fault rule applied to this request (status, reset or delay). */
  fault?: boolean
}

/** A fault to inject. Rules are checked in order; the first rule that matches and still has budget applies. */
export interface FaultRule {
  /**
   * Which requests the rule applies to:
   *  - omitted: every request;
   *  - `'twirp'`, `'blob'`, `'blob-upload'` (PUT), `'blob-download'` (GET/HEAD);
   *  - a twirp method name such as `'CreateCacheEntry'` or `'ListArtifacts'`;
   *  - a RegExp tested against `"<METHOD> <path>?<query>"`.
   */
  match?: string | RegExp
  /** Answer with this HTTP status (a twirp JSON error for RPCs, a storage XML error for blobs). */
  status?: number
  /** Wait this long before handling (or before answering with `status`). */
  delayMs?: number
  /** Destroy the socket without answering (the client sees ECONNRESET / "socket hang up"). */
  reset?: boolean
  /** Apply to the first N matching requests only (default: every matching request). */
  times?: number
}

export interface ResultsServiceOptions {
  /** `workflow_run_backend_id` in the token (default: a random UUID). */
  runBackendId?: string
  /** `workflow_job_run_backend_id` in the token (default: a random UUID). */
  jobBackendId?: string
  /** Faults active from the start; replace them later with `setFaults`. */
  faults?: FaultRule[]
  /** Directory for blobs (default: a fresh temp dir, removed by `close()` unless `keepData`). */
  dataDir?: string
  /** Keep `dataDir` on `close()`. */
  keepData?: boolean
  /**
   * Match the primary key by prefix too when there is no exact hit (GitHub's documented behaviour,
   * default true). Set false to match the primary key exactly and only restore keys by prefix.
   */
  primaryKeyPrefixMatch?: boolean
  /** Log every request to stderr (also enabled by env `HARNESS_VERBOSE=1`). */
  log?: boolean
}

export interface CacheEntryInfo {
  id: number
  key: string
  version: string
  /** Size from FinalizeCacheEntryUpload (equals the stored blob's size once finalized). */
  size: number
  finalized: boolean
  createdAt: Date
  /** Path of the archive on disk (exists once the upload is committed). */
  file: string
}

export interface ArtifactInfo {
  id: number
  name: string
  size: number
  /** `sha256:<hex>` as sent by FinalizeArtifact, if any. */
  digest?: string
  mimeType?: string
  runBackendId: string
  jobBackendId: string
  finalized: boolean
  createdAt: Date
  expiresAt?: Date
  /** Path of the uploaded blob (the zip, unless uploaded with skipArchive) on disk. */
  file: string
}

export interface BackendIds {
  runBackendId: string
  jobBackendId: string
}

export interface ResultsServiceHandle {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string
  /**
   * Exactly what a step needs to talk to this service: `ACTIONS_RESULTS_URL`, `ACTIONS_RUNTIME_TOKEN`,
   * `ACTIONS_CACHE_SERVICE_V2=true`. (Leave `GITHUB_SERVER_URL` unset or `https://github.com`: any
   * other host makes both libraries treat the run as GHES — cache falls back to v1, artifact refuses.)
   */
  env: Record<string, string>
  token: string
  runBackendId: string
  jobBackendId: string
  dataDir: string
  /** Every request received, in arrival order. */
  calls: ServiceCall[]
  caches(): CacheEntryInfo[]
  artifacts(): ArtifactInfo[]
  /** Replace the active fault rules (budgets start afresh). */
  setFaults(rules: FaultRule[]): void
  /**
   * Env for another job (or another run) against the same service: a new token with other backend ids.
   * Caches are shared by all; artifacts are listed per run.
   */
  envFor(ids: Partial<BackendIds>): Record<string, string>
  close(): Promise<void>
}

// ----------------------------------------------------------------------------------------------
// Runtime token

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}

/**
 * Mint a runtime token the way the libraries expect it: a JWT whose payload has
 * `scp: "... Actions.Results:<runBackendId>:<jobBackendId>"`. It is unsigned (`alg: none`, empty
 * signature part); `@actions/artifact` only decodes it (jwt-decode) and `@actions/cache` sends it as is.
 */
export function mintRuntimeToken(runBackendId: string, jobBackendId: string, extraClaims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000)
  const header = { alg: 'none', typ: 'JWT' }
  const payload = {
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:loopback-results-service',
    nbf: now - 60,
    iat: now - 60,
    exp: now + 6 * 3600,
    scp: `Actions.GenericRead:${runBackendId} Actions.UploadArtifacts:${runBackendId}:${jobBackendId} Actions.Results:${runBackendId}:${jobBackendId}`,
    ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]),
    ...extraClaims
  }
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.`
}

/** Decode the backend ids from a runtime token's `Actions.Results` scope; undefined if absent/malformed. */
export function backendIdsFromToken(token: string): BackendIds | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  const scp = (payload as { scp?: unknown } | null)?.scp
  if (typeof scp !== 'string') return undefined
  for (const scope of scp.split(' ')) {
    const p = scope.split(':')
    if (p[0] === 'Actions.Results' && p.length === 3 && p[1] && p[2]) return { runBackendId: p[1], jobBackendId: p[2] }
  }
  return undefined
}

// ----------------------------------------------------------------------------------------------
// Unreachable service helpers

/** A `http://127.0.0.1:<port>/` URL on which nothing listens (the port was bound, then released). */
export async function closedPortUrl(): Promise<string> {
  const srv = net.createServer()
  await new Promise<void>((resolve, reject) => {
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (srv.address() as AddressInfo).port
  await new Promise<void>(resolve => srv.close(() => resolve()))
  return `http://127.0.0.1:${port}/`
}

/** Env like `startResultsService().env`, but pointing at a closed port (connections are refused). */
export async function unreachableResultsService(ids: Partial<BackendIds> = {}): Promise<{ url: string; env: Record<string, string> }> {
  const url = await closedPortUrl()
  const token = mintRuntimeToken(ids.runBackendId ?? crypto.randomUUID(), ids.jobBackendId ?? crypto.randomUUID())
  return { url, env: { ACTIONS_RESULTS_URL: url, ACTIONS_RUNTIME_TOKEN: token, ACTIONS_CACHE_SERVICE_V2: 'true' } }
}

// ----------------------------------------------------------------------------------------------
// Internals: twirp

const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService'
const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService'
const STORAGE_ACCOUNT = 'loopbackresults'
const CACHE_CONTAINER = 'actions-cache'
const ARTIFACT_CONTAINER = 'actions-results'
const STORAGE_VERSION_FALLBACK = '2026-04-06'

const TWIRP_STATUS: Record<string, number> = {
  canceled: 408,
  unknown: 500,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500
}

function twirpCodeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'invalid_argument'
    case 401:
      return 'unauthenticated'
    case 403:
      return 'permission_denied'
    case 404:
      return 'not_found'
    case 408:
      return 'deadline_exceeded'
    case 409:
      return 'already_exists'
    case 412:
      return 'failed_precondition'
    case 429:
      return 'resource_exhausted'
    case 501:
      return 'unimplemented'
    case 503:
      return 'unavailable'
    default:
      return status >= 500 ? 'internal' : 'unknown'
  }
}

class TwirpError extends Error {
  constructor(
    readonly code: string,
    msg: string
  ) {
    super(msg)
  }
}

class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    msg: string
  ) {
    super(msg)
  }
}

interface CacheEntry {
  id: number
  key: string
  version: string
  size: number
  finalized: boolean
  createdAt: Date
  blobName: string
}

/** What the service keeps of an artifact: the public record, with the blob's name instead of its path. */
type Artifact = Omit<ArtifactInfo, 'file'> & { blobName: string }

interface Blob {
  file: string
  size: number
  contentType: string
  contentMD5?: string
  etag: string
  lastModified: Date
  createdAt: Date
}

type Json = Record<string, unknown>

function str(body: Json, field: string): string {
  const v = body[field]
  if (v === undefined || v === null) return ''
  if (typeof v !== 'string') throw new TwirpError('malformed', `field ${field} must be a string`)
  return v
}

/** protobuf int64 in JSON: a string (canonical) or a number. */
function int64(body: Json, field: string): number {
  const v = body[field]
  if (v === undefined || v === null) return 0
  if (typeof v === 'number' && Number.isInteger(v)) return v
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v)
  throw new TwirpError('malformed', `field ${field} must be an int64 (string or number)`)
}

/** A google.protobuf wrapper (StringValue/Int64Value) in JSON is the bare value. */
function wrapped(body: Json, field: string): string | undefined {
  const v = body[field]
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  throw new TwirpError('malformed', `field ${field} must be a wrapper value`)
}

function timestamp(d: Date): string {
  return d.toISOString()
}

function etag(): string {
  return `"0x8DD${crypto.randomBytes(6).toString('hex').toUpperCase()}"`
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function xmlUnescape(s: string): string {
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let n = 0
  for await (const chunk of req) {
    const b = chunk as Buffer
    n += b.length
    if (n > limit) throw new RangeError(`request body larger than ${limit} bytes`)
    chunks.push(b)
  }
  return Buffer.concat(chunks)
}

function drain(req: http.IncomingMessage): Promise<void> {
  return new Promise(resolve => {
    if (req.readableEnded) return resolve()
    req.on('end', () => resolve())
    req.on('error', () => resolve())
    req.on('close', () => resolve())
    req.resume()
  })
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

// ----------------------------------------------------------------------------------------------
// The service

export async function startResultsService(opts: ResultsServiceOptions = {}): Promise<ResultsServiceHandle> {
  const runBackendId = opts.runBackendId ?? crypto.randomUUID()
  const jobBackendId = opts.jobBackendId ?? crypto.randomUUID()
  const ownDataDir = !opts.dataDir
  const dataDir = opts.dataDir ?? (await fsp.mkdtemp(path.join(os.tmpdir(), 'results-service-')))
  const blobDir = path.join(dataDir, 'blobs')
  const blockDir = path.join(dataDir, 'blocks')
  const tmpDir = path.join(dataDir, 'tmp')
  await Promise.all([blobDir, blockDir, tmpDir].map(d => fsp.mkdir(d, { recursive: true })))
  const verbose = opts.log ?? process.env['HARNESS_VERBOSE'] === '1'
  const primaryKeyPrefixMatch = opts.primaryKeyPrefixMatch ?? true
  const sasSecret = crypto.randomBytes(32)

  const issuedTokens = new Map<string, BackendIds>()
  const issue = (ids: BackendIds): string => {
    const t = mintRuntimeToken(ids.runBackendId, ids.jobBackendId)
    issuedTokens.set(t, ids)
    return t
  }
  const token = issue({ runBackendId, jobBackendId })

  const calls: ServiceCall[] = []
  let faults: Array<FaultRule & { used: number }> = (opts.faults ?? []).map(f => ({ ...f, used: 0 }))
  const cacheEntries: CacheEntry[] = []
  const artifacts: Artifact[] = []
  const blobs = new Map<string, Blob>() // key: `${container}/${blobName}`
  const blockIdLength = new Map<string, number>()
  let nextCacheId = 1
  let nextArtifactId = 1
  let blobSeq = 0
  let origin = ''

  const blobFile = (container: string, name: string): string => path.join(blobDir, crypto.createHash('sha256').update(`${container}/${name}`).digest('hex'))
  const blockFolder = (container: string, name: string): string => path.join(blockDir, crypto.createHash('sha256').update(`${container}/${name}`).digest('hex'))

  function sign(pathname: string, sp: string, se: string): string {
    return crypto.createHmac('sha256', sasSecret).update(`${pathname}\n${sp}\n${se}`).digest('base64')
  }

  /** A SAS URL for a blob, `sp` being the permissions (`r` read, `cw` create+write). */
  function signedUrl(container: string, name: string, sp: string, extra: Record<string, string> = {}): string {
    const pathname = `/${STORAGE_ACCOUNT}/${container}/${name.split('/').map(encodeURIComponent).join('/')}`
    const se = new Date(Date.now() + 6 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const q = new URLSearchParams({ sv: STORAGE_VERSION_FALLBACK, sr: 'b', sp, se, ...extra })
    q.set('sig', sign(decodeURIComponent(pathname), sp, se))
    return `${origin}${pathname.slice(1)}?${q.toString()}`
  }

  function authenticate(req: http.IncomingMessage): BackendIds {
    const h = req.headers['authorization']
    if (!h) throw new TwirpError('unauthenticated', 'missing Authorization header')
    const m = /^Bearer (.+)$/.exec(h)
    if (!m) throw new TwirpError('unauthenticated', 'Authorization header is not a Bearer token')
    const ids = issuedTokens.get(m[1])
    if (!ids) throw new TwirpError('unauthenticated', 'unknown or invalid runtime token')
    return ids
  }

  // ---------------- cache RPCs

  function findCache(key: string, version: string, exact: boolean): CacheEntry | undefined {
    const matches = cacheEntries.filter(e => e.finalized && e.version === version && (exact ? e.key === key : e.key.startsWith(key)))
    matches.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
    return matches[0]
  }

  const cacheRpcs: Record<string, (body: Json, ids: BackendIds) => Promise<Json> | Json> = {
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
      const id = nextCacheId++
      const entry: CacheEntry = { id, key, version, size: 0, finalized: false, createdAt: new Date(), blobName: `cache/${id}/${crypto.randomUUID()}` }
      cacheEntries.push(entry)
      return { ok: true, signed_upload_url: signedUrl(CACHE_CONTAINER, entry.blobName, 'cw') }
    },
    FinalizeCacheEntryUpload(body) {
      const key = str(body, 'key')
      const version = str(body, 'version')
      const sizeBytes = int64(body, 'size_bytes')
      const entry = cacheEntries.find(e => e.key === key && e.version === version && !e.finalized)
      if (!entry) throw new TwirpError('not_found', 'no cache entry reservation for this key and version')
      const blob = blobs.get(`${CACHE_CONTAINER}/${entry.blobName}`)
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
      return { ok: true, signed_download_url: signedUrl(CACHE_CONTAINER, hit.blobName, 'r'), matched_key: hit.key }
    }
  }

  // ---------------- artifact RPCs

  function requireRun(body: Json, ids: BackendIds): string {
    const run = str(body, 'workflow_run_backend_id')
    if (!run) throw new TwirpError('invalid_argument', 'workflow_run_backend_id is required')
    if (run !== ids.runBackendId) throw new TwirpError('permission_denied', 'token is not valid for this workflow run')
    return run
  }

  const listed = (a: Artifact): Json => {
    const out: Json = {
      workflow_run_backend_id: a.runBackendId,
      workflow_job_run_backend_id: a.jobBackendId,
      database_id: String(a.id),
      name: a.name,
      size: String(a.size),
      created_at: timestamp(a.createdAt)
    }
    if (a.digest) out['digest'] = a.digest
    return out
  }

  const artifactRpcs: Record<string, (body: Json, ids: BackendIds) => Promise<Json> | Json> = {
    CreateArtifact(body, ids) {
      const run = requireRun(body, ids)
      const job = str(body, 'workflow_job_run_backend_id')
      if (job !== ids.jobBackendId) throw new TwirpError('permission_denied', 'token is not valid for this workflow job run')
      const name = str(body, 'name')
      if (!name) throw new TwirpError('invalid_argument', 'name is required')
      const version = Number(body['version'] ?? 0)
      if (!(version >= 4)) throw new TwirpError('invalid_argument', `unsupported artifact version ${version}`)
      if (artifacts.some(a => a.runBackendId === run && a.name === name)) {
        throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run')
      }
      const expires = body['expires_at']
      const mime = wrapped(body, 'mime_type')
      const a: Artifact = {
        id: nextArtifactId++,
        name,
        size: 0,
        mimeType: mime,
        runBackendId: run,
        jobBackendId: job,
        finalized: false,
        createdAt: new Date(),
        expiresAt: typeof expires === 'string' ? new Date(expires) : undefined,
        blobName: `${run}/workflow-job-run-${job}/artifacts/${crypto.createHash('sha256').update(`${name}\n${blobSeq++}`).digest('hex')}`
      }
      artifacts.push(a)
      return { ok: true, signed_upload_url: signedUrl(ARTIFACT_CONTAINER, a.blobName, 'cw') }
    },
    async FinalizeArtifact(body, ids) {
      const run = requireRun(body, ids)
      const job = str(body, 'workflow_job_run_backend_id')
      const name = str(body, 'name')
      const a = artifacts.find(x => x.runBackendId === run && x.jobBackendId === job && x.name === name && !x.finalized)
      if (!a) throw new TwirpError('not_found', 'artifact not found')
      const blob = blobs.get(`${ARTIFACT_CONTAINER}/${a.blobName}`)
      if (!blob) throw new TwirpError('failed_precondition', 'artifact content was not uploaded')
      const size = int64(body, 'size')
      if (size !== blob.size) throw new TwirpError('invalid_argument', `artifact size mismatch: uploaded ${blob.size} bytes, finalize says ${size}`)
      const hash = wrapped(body, 'hash')
      if (hash !== undefined) {
        const actual = `sha256:${await sha256File(blob.file)}`
        if (hash !== actual) throw new TwirpError('invalid_argument', `artifact hash mismatch: uploaded ${actual}, finalize says ${hash}`)
        a.digest = hash
      }
      a.size = size
      a.finalized = true
      return { ok: true, artifact_id: String(a.id) }
    },
    ListArtifacts(body, ids) {
      const run = requireRun(body, ids)
      const nameFilter = wrapped(body, 'name_filter')
      const idFilter = wrapped(body, 'id_filter')
      const list = artifacts.filter(
        a =>
          a.finalized && a.runBackendId === run && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || String(a.id) === idFilter)
      )
      return { artifacts: list.map(listed) }
    },
    GetSignedArtifactURL(body, ids) {
      const run = requireRun(body, ids)
      const job = str(body, 'workflow_job_run_backend_id')
      const name = str(body, 'name')
      const a = artifacts.find(x => x.finalized && x.runBackendId === run && x.jobBackendId === job && x.name === name)
      if (!a) throw new TwirpError('not_found', 'artifact not found')
      const fileName = a.mimeType === 'application/zip' || !a.mimeType ? `${a.name}.zip` : a.name
      return {
        signed_url: signedUrl(ARTIFACT_CONTAINER, a.blobName, 'r', {
          rscd: `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
        })
      }
    },
    async DeleteArtifact(body, ids) {
      const run = requireRun(body, ids)
      const job = str(body, 'workflow_job_run_backend_id')
      const name = str(body, 'name')
      const idx = artifacts.findIndex(x => x.finalized && x.runBackendId === run && x.jobBackendId === job && x.name === name)
      if (idx < 0) throw new TwirpError('not_found', 'artifact not found')
      const [a] = artifacts.splice(idx, 1)
      const key = `${ARTIFACT_CONTAINER}/${a.blobName}`
      const blob = blobs.get(key)
      blobs.delete(key)
      if (blob) await fsp.rm(blob.file, { force: true })
      return { ok: true, artifact_id: String(a.id) }
    }
  }

  // ---------------- twirp dispatch

  function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
    const data = Buffer.from(JSON.stringify(body))
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': data.length })
    res.end(data)
  }

  function sendTwirpError(res: http.ServerResponse, code: string, msg: string): void {
    sendJson(res, TWIRP_STATUS[code] ?? 500, { code, msg })
  }

  async function handleTwirp(req: http.IncomingMessage, res: http.ServerResponse, call: ServiceCall): Promise<void> {
    const m = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(call.path)
    if (!m) {
      await drain(req)
      return sendTwirpError(res, 'bad_route', `no handler for path ${call.path}`)
    }
    const [, service, method] = m
    call.rpc = method
    if (req.method !== 'POST') {
      await drain(req)
      return sendTwirpError(res, 'bad_route', `unsupported method ${req.method} (only POST is allowed)`)
    }
    const table = service === CACHE_SERVICE ? cacheRpcs : service === ARTIFACT_SERVICE ? artifactRpcs : undefined
    const handler = table && Object.hasOwn(table, method) ? table[method] : undefined
    if (!handler) {
      await drain(req)
      return sendTwirpError(res, 'bad_route', `no handler for path ${call.path}`)
    }
    const ctype = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
    if (ctype !== 'application/json') {
      await drain(req)
      return sendTwirpError(res, 'bad_route', `unexpected Content-Type: "${ctype}" (this loopback service speaks the twirp JSON protocol only)`)
    }
    let ids: BackendIds
    try {
      ids = authenticate(req)
    } catch (e) {
      await drain(req)
      throw e
    }
    let raw: Buffer
    try {
      raw = await readBody(req, 4 * 1024 * 1024)
    } catch (e) {
      if (e instanceof RangeError) throw new TwirpError('malformed', e.message)
      throw e
    }
    let body: unknown
    try {
      body = JSON.parse(raw.toString('utf8') || '{}')
    } catch {
      throw new TwirpError('malformed', 'the request body is not valid JSON')
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TwirpError('malformed', 'the request body must be a JSON object')
    call.body = body
    const out = await handler(body as Json, ids)
    sendJson(res, 200, out)
  }

  // ---------------- blob store

  function storageHeaders(req: http.IncomingMessage): Record<string, string> {
    const v = req.headers['x-ms-version']
    return {
      'x-ms-request-id': crypto.randomUUID(),
      'x-ms-version': typeof v === 'string' ? v : STORAGE_VERSION_FALLBACK,
      ...(typeof req.headers['x-ms-client-request-id'] === 'string' ? { 'x-ms-client-request-id': req.headers['x-ms-client-request-id'] } : {})
    }
  }

  function sendStorageError(req: http.IncomingMessage, res: http.ServerResponse, status: number, code: string, message: string): void {
    const headers: Record<string, string | number> = { ...storageHeaders(req), 'x-ms-error-code': code }
    if (req.method === 'HEAD') {
      res.writeHead(status, headers)
      res.end()
      return
    }
    const xml = Buffer.from(
      `\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>${xmlEscape(code)}</Code><Message>${xmlEscape(`${message}\nRequestId:${headers['x-ms-request-id']}\nTime:${new Date().toISOString()}`)}</Message></Error>`
    )
    res.writeHead(status, { ...headers, 'Content-Type': 'application/xml', 'Content-Length': xml.length })
    res.end(xml)
  }

  function checkSas(pathname: string, q: URLSearchParams, need: 'r' | 'w'): void {
    const sig = q.get('sig')
    const sp = q.get('sp') ?? ''
    const se = q.get('se') ?? ''
    if (!sig)
      throw new StorageError(
        403,
        'NoAuthenticationInformation',
        'Server failed to authenticate the request. Please refer to the information in the www-authenticate header.'
      )
    const expected = sign(pathname, sp, se)
    const a = Buffer.from(sig)
    const b = Buffer.from(expected)
    if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
      throw new StorageError(
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.'
      )
    }
    if (!(Date.parse(se) > Date.now()))
      throw new StorageError(403, 'AuthenticationFailed', 'Signed expiry time has to be after signed start time / the SAS has expired.')
    if (!sp.includes(need))
      throw new StorageError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.')
  }

  /** Stream the request body to a temp file; returns size and MD5 (base64). */
  async function receive(req: http.IncomingMessage): Promise<{ file: string; size: number; md5: string }> {
    if (req.headers['x-ms-structured-body']) {
      await drain(req)
      throw new StorageError(400, 'UnsupportedHeader', 'x-ms-structured-body (CRC64 structured messages) is not supported by this loopback store')
    }
    const file = path.join(tmpDir, crypto.randomUUID())
    const md5 = crypto.createHash('md5')
    let size = 0
    req.on('data', (c: Buffer) => {
      md5.update(c)
      size += c.length
    })
    try {
      await pipeline(req, fs.createWriteStream(file))
    } catch (e) {
      await fsp.rm(file, { force: true })
      throw e
    }
    const declared = req.headers['content-length']
    if (declared !== undefined && Number(declared) !== size) {
      await fsp.rm(file, { force: true })
      throw new StorageError(400, 'InvalidInput', `body length ${size} differs from Content-Length ${declared}`)
    }
    const digest = md5.digest('base64')
    const sentMd5 = req.headers['content-md5']
    if (typeof sentMd5 === 'string' && sentMd5 !== digest) {
      await fsp.rm(file, { force: true })
      throw new StorageError(400, 'Md5Mismatch', 'The MD5 value specified in the request did not match with the MD5 value calculated by the server.')
    }
    return { file, size, md5: digest }
  }

  function blobContentType(req: http.IncomingMessage, fallbackToContentType: boolean): string {
    const x = req.headers['x-ms-blob-content-type']
    if (typeof x === 'string' && x) return x
    const c = req.headers['content-type']
    if (fallbackToContentType && typeof c === 'string' && c) return c
    return 'application/octet-stream'
  }

  async function commit(key: string, container: string, name: string, tmpFile: string, size: number, contentType: string, md5?: string): Promise<Blob> {
    const file = blobFile(container, name)
    await fsp.rename(tmpFile, file)
    const prev = blobs.get(key)
    const now = new Date()
    const blob: Blob = { file, size, contentType, contentMD5: md5, etag: etag(), lastModified: now, createdAt: prev?.createdAt ?? now }
    blobs.set(key, blob)
    return blob
  }

  function writeHeaders(blob: Blob): Record<string, string> {
    return { ETag: blob.etag, 'Last-Modified': blob.lastModified.toUTCString(), 'x-ms-request-server-encrypted': 'true' }
  }

  async function handleBlob(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const segments = url.pathname.split('/').slice(1).map(decodeURIComponent)
    if (segments.length < 3 || segments[0] !== STORAGE_ACCOUNT) {
      await drain(req)
      throw new StorageError(400, 'InvalidUri', 'The requested URI does not represent any resource on the server.')
    }
    const container = segments[1]
    const name = segments.slice(2).join('/')
    const decodedPath = `/${segments.join('/')}`
    const key = `${container}/${name}`
    const q = url.searchParams
    const comp = q.get('comp')

    if (req.method === 'PUT') {
      try {
        checkSas(decodedPath, q, 'w')
      } catch (e) {
        await drain(req)
        throw e
      }
      if (comp === 'block') {
        const blockId = q.get('blockid')
        if (!blockId || !/^[A-Za-z0-9+/]+={0,2}$/.test(blockId) || Buffer.from(blockId, 'base64').length > 64) {
          await drain(req)
          throw new StorageError(
            400,
            'InvalidQueryParameterValue',
            `Value for one of the query parameters specified in the request URI is invalid (blockid=${blockId ?? ''}).`
          )
        }
        const known = blockIdLength.get(key)
        if (known !== undefined && known !== blockId.length) {
          await drain(req)
          throw new StorageError(400, 'InvalidBlobOrBlock', 'The specified blob or block content is invalid (block ids of one blob must have equal length).')
        }
        blockIdLength.set(key, blockId.length)
        const got = await receive(req)
        const dir = blockFolder(container, name)
        await fsp.mkdir(dir, { recursive: true })
        await fsp.rename(got.file, path.join(dir, Buffer.from(blockId).toString('hex')))
        res.writeHead(201, { ...storageHeaders(req), 'Content-MD5': got.md5, 'x-ms-request-server-encrypted': 'true', 'Content-Length': 0 })
        res.end()
        return
      }
      if (comp === 'blocklist') {
        let xml: string
        try {
          xml = (await readBody(req, 16 * 1024 * 1024)).toString('utf8')
        } catch (e) {
          if (e instanceof RangeError) throw new StorageError(413, 'RequestBodyTooLarge', e.message)
          throw e
        }
        if (!/<BlockList>/.test(xml)) throw new StorageError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.')
        const ids: Array<{ kind: string; id: string }> = []
        for (const m of xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) ids.push({ kind: m[1], id: xmlUnescape(m[2]).trim() })
        const dir = blockFolder(container, name)
        const files: string[] = []
        for (const { kind, id } of ids) {
          const f = path.join(dir, Buffer.from(id).toString('hex'))
          if (kind === 'Committed' || !fs.existsSync(f))
            throw new StorageError(
              400,
              'InvalidBlockList',
              `The specified block list is invalid (block ${id} (${kind}) not found among the uncommitted blocks).`
            )
          files.push(f)
        }
        const tmp = path.join(tmpDir, crypto.randomUUID())
        let size = 0
        const fh = await fsp.open(tmp, 'w')
        try {
          for (const f of files) {
            for await (const chunk of fs.createReadStream(f, { highWaterMark: 1024 * 1024 })) {
              const b = chunk as Buffer
              await fh.write(b, 0, b.length)
              size += b.length
            }
          }
        } finally {
          await fh.close()
        }
        await fsp.rm(dir, { recursive: true, force: true })
        blockIdLength.delete(key)
        const blob = await commit(key, container, name, tmp, size, blobContentType(req, false))
        res.writeHead(201, { ...storageHeaders(req), ...writeHeaders(blob), 'Content-Length': 0 })
        res.end()
        return
      }
      if (comp) {
        await drain(req)
        throw new StorageError(400, 'UnsupportedQueryParameter', `comp=${comp} is not supported by this loopback store`)
      }
      const blobType = req.headers['x-ms-blob-type']
      if (!blobType) {
        await drain(req)
        throw new StorageError(400, 'MissingRequiredHeader', "An HTTP header that's mandatory for this request is not specified (x-ms-blob-type).")
      }
      if (blobType !== 'BlockBlob') {
        await drain(req)
        throw new StorageError(400, 'UnsupportedHeader', `x-ms-blob-type ${String(blobType)} is not supported by this loopback store`)
      }
      const got = await receive(req)
      const blob = await commit(key, container, name, got.file, got.size, blobContentType(req, true), got.md5)
      res.writeHead(201, { ...storageHeaders(req), ...writeHeaders(blob), 'Content-MD5': got.md5, 'Content-Length': 0 })
      res.end()
      return
    }

    if (req.method === 'GET' || req.method === 'HEAD') {
      await drain(req)
      checkSas(decodedPath, q, 'r')
      if (comp) throw new StorageError(400, 'UnsupportedQueryParameter', `comp=${comp} is not supported by this loopback store`)
      const blob = blobs.get(key)
      if (!blob) throw new StorageError(404, 'BlobNotFound', 'The specified blob does not exist.')
      const headers: Record<string, string | number> = {
        ...storageHeaders(req),
        'Content-Type': q.get('rsct') ?? blob.contentType,
        ETag: blob.etag,
        'Last-Modified': blob.lastModified.toUTCString(),
        'Accept-Ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-creation-time': blob.createdAt.toUTCString(),
        'x-ms-lease-status': 'unlocked',
        'x-ms-lease-state': 'available',
        'x-ms-server-encrypted': 'true'
      }
      const rscd = q.get('rscd')
      if (rscd) headers['Content-Disposition'] = rscd
      if (req.method === 'HEAD') {
        headers['x-ms-access-tier'] = 'Hot'
        headers['x-ms-access-tier-inferred'] = 'true'
      }
      const rangeHeader = (req.headers['x-ms-range'] ?? req.headers['range']) as string | undefined
      let start = 0
      let end = blob.size - 1
      let partial = false
      if (rangeHeader && req.method === 'GET') {
        const m = /^bytes=(\d*)-(\d*)$/.exec(rangeHeader.trim())
        if (!m || (m[1] === '' && m[2] === ''))
          throw new StorageError(400, 'InvalidRange', 'The range specified is invalid for the current size of the resource.')
        if (m[1] === '') {
          const n = Number(m[2])
          start = Math.max(0, blob.size - n)
        } else {
          start = Number(m[1])
          end = m[2] === '' ? blob.size - 1 : Math.min(Number(m[2]), blob.size - 1)
        }
        if (start >= blob.size || start > end) {
          res.setHeader('Content-Range', `bytes */${blob.size}`)
          throw new StorageError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.')
        }
        partial = true
        headers['Content-Range'] = `bytes ${start}-${end}/${blob.size}`
      } else if (blob.contentMD5) {
        headers['Content-MD5'] = blob.contentMD5
      }
      const length = blob.size === 0 ? 0 : end - start + 1
      headers['Content-Length'] = length
      res.writeHead(partial ? 206 : 200, headers)
      if (req.method === 'HEAD' || length === 0) {
        res.end()
        return
      }
      await pipeline(fs.createReadStream(blob.file, { start, end }), res)
      return
    }

    if (req.method === 'DELETE') {
      await drain(req)
      checkSas(decodedPath, q, 'w')
      throw new StorageError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.')
    }

    await drain(req)
    throw new StorageError(405, 'UnsupportedHttpVerb', `The resource doesn't support specified Http Verb ${req.method}.`)
  }

  // ---------------- faults

  function faultFor(req: http.IncomingMessage, call: ServiceCall): (FaultRule & { used: number }) | undefined {
    for (const f of faults) {
      if (f.times !== undefined && f.used >= f.times) continue
      const m = f.match
      let ok: boolean
      if (m === undefined) ok = true
      else if (m instanceof RegExp) ok = m.test(`${req.method} ${call.path}${call.query ? `?${call.query}` : ''}`)
      else if (m === 'twirp' || m === 'blob') ok = call.kind === m
      else if (m === 'blob-upload') ok = call.kind === 'blob' && req.method === 'PUT'
      else if (m === 'blob-download') ok = call.kind === 'blob' && (req.method === 'GET' || req.method === 'HEAD')
      else ok = call.kind === 'twirp' && call.path.endsWith(`/${m}`)
      if (ok) {
        f.used++
        return f
      }
    }
    return undefined
  }

  // ---------------- HTTP server

  const sockets = new Set<net.Socket>()
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const kind: ServiceCall['kind'] = url.pathname.startsWith('/twirp/') ? 'twirp' : url.pathname.startsWith(`/${STORAGE_ACCOUNT}/`) ? 'blob' : 'other'
    const call: ServiceCall = { method: req.method ?? '', path: url.pathname, query: url.search.replace(/^\?/, ''), kind, status: 0 }
    if (kind === 'twirp') call.rpc = url.pathname.split('/').pop()
    calls.push(call)
    res.on('finish', () => {
      call.status = res.statusCode
      if (verbose)
        process.stderr.write(
          `[results-service] ${call.method} ${call.path}${call.query ? `?${call.query.replace(/(^|&)(sig|se|sv|sr)=[^&]*/g, '').replace(/^&/, '')}` : ''} -> ${call.status}${call.fault ? ' (fault)' : ''}\n`
        )
    })
    void (async () => {
      const fault = faultFor(req, call)
      if (fault) {
        call.fault = true
        if (fault.delayMs) await sleep(fault.delayMs)
        if (fault.reset) {
          req.socket.destroy()
          if (verbose) process.stderr.write(`[results-service] ${call.method} ${call.path} -> connection reset (fault)\n`)
          return
        }
        if (fault.status) {
          await drain(req)
          if (kind === 'twirp') return sendTwirpError(res, twirpCodeForStatus(fault.status), `injected fault (HTTP ${fault.status})`)
          return sendStorageError(
            req,
            res,
            fault.status,
            fault.status === 503 ? 'ServerBusy' : fault.status >= 500 ? 'InternalError' : 'InjectedFault',
            `injected fault (HTTP ${fault.status})`
          )
        }
      }
      if (kind === 'twirp') return handleTwirp(req, res, call)
      if (kind === 'blob') return handleBlob(req, res, url)
      await drain(req)
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      res.end('not found\n')
    })().catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy()
        return
      }
      if (e instanceof TwirpError) return sendTwirpError(res, e.code, e.message)
      if (e instanceof StorageError) return sendStorageError(req, res, e.status, e.code, e.message)
      const msg = e instanceof Error ? e.message : String(e)
      if (kind === 'twirp') return sendTwirpError(res, 'internal', msg)
      if (kind === 'blob') return sendStorageError(req, res, 500, 'InternalError', msg)
      res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end(`${msg}\n`)
    })
  })
  server.on('connection', s => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}/`
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
    caches: () =>
      cacheEntries.map(e => ({
        id: e.id,
        key: e.key,
        version: e.version,
        size: e.size,
        finalized: e.finalized,
        createdAt: e.createdAt,
        file: blobFile(CACHE_CONTAINER, e.blobName)
      })),
    artifacts: () =>
      artifacts.map(a => ({
        id: a.id,
        name: a.name,
        size: a.size,
        digest: a.digest,
        mimeType: a.mimeType,
        runBackendId: a.runBackendId,
        jobBackendId: a.jobBackendId,
        finalized: a.finalized,
        createdAt: a.createdAt,
        expiresAt: a.expiresAt,
        file: blobFile(ARTIFACT_CONTAINER, a.blobName)
      })),
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

async function sha256File(file: string): Promise<string> {
  const h = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) h.update(chunk as Buffer)
  return h.digest('hex')
}
