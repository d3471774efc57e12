/**
 * The few HTTP requests the Actions cache reader makes (a lookup, a download), on Node's own
 * client: one connection per request (no keep-alive, so nothing holds the process open once the
 * work is done), the environment's proxy variables honoured, an idle limit on the socket, and an
 * AbortSignal that tears the request down at once (the step's `service-timeout`). The body of an
 * answer is streamed by the caller, or read whole up to a small limit.
 */
import * as http from 'node:http'
import * as https from 'node:https'
import type { Readable } from 'node:stream'

export interface HttpAnswer {
  readonly status: number
  readonly headers: http.IncomingHttpHeaders
  /** The body; the caller reads it or calls `discard`. */
  readonly body: Readable
  /** Drop the rest of the body and the connection. */
  discard(): void
}

export interface HttpRequest {
  readonly method: 'GET' | 'POST'
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
  readonly signal: AbortSignal
  /** No byte in either direction for this long ends the request with an error. */
  readonly idleMs: number
}

/** An error of the transport (refused, reset, idle, aborted): `code` as Node gives it. */
export class TransportError extends Error {
  override name = 'TransportError'
  constructor(
    message: string,
    readonly code: string | undefined
  ) {
    super(message)
  }
}

function agentFor(url: URL): http.Agent {
  // a fresh agent per request: no pooled socket outlives it; proxyEnv: HTTP(S)_PROXY and NO_PROXY
  const options = { keepAlive: false, proxyEnv: process.env }
  return url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options)
}

/** Send one request; resolves when the answer's headers are in. */
export function send(url: URL, req: HttpRequest): Promise<HttpAnswer> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(new TransportError(`${url.protocol} URLs are not supported`, undefined))
  const client = url.protocol === 'https:' ? https : http
  const headers: Record<string, string> = { 'User-Agent': 'montage-build-wheel', ...req.headers }
  if (req.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(req.body))
  return new Promise((resolve, reject) => {
    const r = client.request(url, { method: req.method, headers, agent: agentFor(url), signal: req.signal })
    r.setTimeout(req.idleMs, () => r.destroy(new TransportError(`no data for ${req.idleMs / 1000} s`, 'ETIMEDOUT')))
    r.on('error', (e: NodeJS.ErrnoException) => reject(e instanceof TransportError ? e : new TransportError(e.message, e.code ?? e.name)))
    r.on('response', res => {
      const discard = (): void => {
        res.destroy()
        r.destroy()
      }
      res.on('error', () => r.destroy())
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, discard })
    })
    r.end(req.body)
  })
}

/** Read a (small) answer body whole; past `limit` bytes the connection is dropped and this throws. */
export async function readSmall(answer: HttpAnswer, limit = 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = []
  let n = 0
  try {
    for await (const chunk of answer.body) {
      const b = chunk as Buffer
      n += b.length
      if (n > limit) throw new TransportError(`the answer is larger than ${limit} bytes`, undefined)
      chunks.push(b)
    }
  } catch (e) {
    answer.discard()
    throw e instanceof TransportError ? e : new TransportError(e instanceof Error ? e.message : String(e), (e as NodeJS.ErrnoException).code)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Wait `ms`, or reject at once when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error)
    const t = setTimeout(() => {
      signal.removeEventListener('abort', stop)
      resolve()
    }, ms)
    const stop = (): void => {
      clearTimeout(t)
      reject(signal.reason as Error)
    }
    signal.addEventListener('abort', stop, { once: true })
  })
}
