/**
 * Twirp over JSON, as the results service speaks it: error bodies (`{"code": "...", "msg": "..."}`)
 * with the usual code -> HTTP status mapping, field readers for protobuf JSON, and the dispatch of
 * `/twirp/<service>/<Method>` to a table of handlers after the bearer token is checked.
 */
import type * as http from 'node:http'
import type { BackendIds, ServiceCall } from './types.js'

export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService'
export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService'

export const TWIRP_STATUS: Record<string, number> = {
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

export function twirpCodeForStatus(status: number): string {
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

export class TwirpError extends Error {
  constructor(
    readonly code: string,
    msg: string
  ) {
    super(msg)
  }
}

export type Json = Record<string, unknown>

export function str(body: Json, field: string): string {
  const v = body[field]
  if (v === undefined || v === null) return ''
  if (typeof v !== 'string') throw new TwirpError('malformed', `field ${field} must be a string`)
  return v
}

/** protobuf int64 in JSON: a string (canonical) or a number. */
export function int64(body: Json, field: string): number {
  const v = body[field]
  if (v === undefined || v === null) return 0
  if (typeof v === 'number' && Number.isInteger(v)) return v
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v)
  throw new TwirpError('malformed', `field ${field} must be an int64 (string or number)`)
}

/** A google.protobuf wrapper (StringValue/Int64Value) in JSON is the bare value. */
export function wrapped(body: Json, field: string): string | undefined {
  const v = body[field]
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  throw new TwirpError('malformed', `field ${field} must be a wrapper value`)
}

export function timestamp(d: Date): string {
  return d.toISOString()
}

export async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
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

export function drain(req: http.IncomingMessage): Promise<void> {
  return new Promise(resolve => {
    if (req.readableEnded) return resolve()
    req.on('end', () => resolve())
    req.on('error', () => resolve())
    req.on('close', () => resolve())
    req.resume()
  })
}

export const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** A table of RPC handlers: method name -> handler of the parsed body and the caller's ids. */
export type RpcTable = Record<string, (body: Json, ids: BackendIds) => Promise<Json> | Json>

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body))
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': data.length })
  res.end(data)
}

export function sendTwirpError(res: http.ServerResponse, code: string, msg: string): void {
  sendJson(res, TWIRP_STATUS[code] ?? 500, { code, msg })
}

/** Serve one twirp call from `tables` (service name -> handlers), the caller identified by `authenticate`. */
export async function handleTwirp(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  call: ServiceCall,
  tables: Readonly<Record<string, RpcTable>>,
  authenticate: (req: http.IncomingMessage) => BackendIds
): Promise<void> {
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
  const table = Object.hasOwn(tables, service) ? tables[service] : undefined
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
