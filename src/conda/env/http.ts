/**
 * GET requests for channels: the channel's headers (authorization) added, a time limit, errors that
 * name the redacted URL and never a credential.
 */
import { redactUrl } from './channel.js'

export class HttpError extends Error {
  override name = 'HttpError'
  constructor(
    readonly url: string,
    readonly status: number,
    message: string
  ) {
    super(`${redactUrl(url)}: ${message}`)
  }
}

export interface GetOptions {
  readonly headers?: Readonly<Record<string, string>>
  readonly timeoutMs?: number
}

/** Fetch `url`; any status is returned (the caller decides), a failure to connect throws HttpError with status 0. */
export async function get(url: string, opts: GetOptions = {}): Promise<Response> {
  try {
    return await fetch(url, {
      headers: { 'user-agent': 'build-wheel (conda create)', ...opts.headers },
      redirect: 'follow',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000)
    })
  } catch (e) {
    const cause = (e as { cause?: { message?: string } }).cause?.message ?? (e as Error).message
    throw new HttpError(url, 0, `cannot connect: ${cause}`)
  }
}
