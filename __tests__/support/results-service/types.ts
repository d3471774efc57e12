/** The loopback results service's public types (see index.ts). */

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
  /**
   * Answer with `status` (default 500), send the first bytes of a body whose Content-Length promises
   * more, then keep the connection open without another byte (until the client or `close()` ends it).
   */
  hang?: boolean
  /** Blob downloads: send the blob's full Content-Length but only its first N bytes, then close the connection. */
  truncate?: number
  /** Blob downloads: answer 200 without a Content-Length and send zeros until the client stops reading. */
  endless?: boolean
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
  /**
   * How long an idle kept-alive connection stays open (default 5000 ms). 0 never closes one, as a
   * service (or a proxy in front of it) may do: a client that leaves sockets in its pool then keeps
   * its process alive.
   */
  keepAliveTimeoutMs?: number
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
  /**
   * Store `file` (any bytes: a hostile archive, say) as a finalized cache entry under `key` and
   * `version`, as if a job had saved it.
   */
  putCacheEntry(key: string, version: string, file: string): Promise<CacheEntryInfo>
  /** Replace the active fault rules (budgets start afresh). */
  setFaults(rules: FaultRule[]): void
  /**
   * Env for another job (or another run) against the same service: a new token with other backend ids.
   * Caches are shared by all; artifacts are listed per run.
   */
  envFor(ids: Partial<BackendIds>): Record<string, string>
  close(): Promise<void>
}
