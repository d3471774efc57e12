/**
 * Runtime tokens as the libraries expect them, and helpers for a service that cannot be reached.
 */
import * as crypto from 'node:crypto'
import type { AddressInfo } from 'node:net'
import * as net from 'node:net'
import type { BackendIds } from './types.js'

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
