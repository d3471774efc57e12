/**
 * Downloading an Actions cache archive from the URL the service signed: one plain GET (what the
 * toolkit does for any URL outside Azure's blob hosts, and what works on a signed blob URL too),
 * with the toolkit's retries (twice, 5 s apart, on 502/503/504 and transport errors) and its 5 s
 * idle limit. Bounded: an answer that is not a success is dropped with its connection, the body may
 * not pass its Content-Length nor the size limit (the service's 10 GiB per repository), and a
 * body shorter than its Content-Length is an incomplete download.
 */
import * as fs from 'node:fs'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { send, TransportError } from './actions-http.js'
import { failIfNotOk, withRestRetry } from './actions-lookup.js'

/** The cache service's limit per repository: no archive is larger. */
export const MAX_ARCHIVE_BYTES = 10 * 1024 ** 3
/** The toolkit aborts a download after this long without a byte. */
const IDLE_MS = 5000

export interface DownloadOptions {
  readonly signal: AbortSignal
  /** Refuse an archive larger than this (default MAX_ARCHIVE_BYTES). */
  readonly maxBytes?: number
}

/** Counts bytes and fails past a limit, so an endless body ends the download. */
class Limit extends Transform {
  bytes = 0
  constructor(private readonly max: number) {
    super()
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length
    if (this.bytes > this.max) done(new Error(`the download passed ${this.max} bytes, the most an entry may have`))
    else done(null, chunk)
  }
}

async function attempt(url: URL, dest: string, max: number, signal: AbortSignal): Promise<number> {
  const answer = await send(url, { method: 'GET', signal, idleMs: IDLE_MS })
  failIfNotOk(answer, 'the cache storage')
  const declared = answer.headers['content-length'] === undefined ? undefined : Number(answer.headers['content-length'])
  if (declared !== undefined && declared > max) {
    answer.discard()
    throw new Error(`the archive is ${declared} bytes, more than the ${max} an entry may have`)
  }
  const limit = new Limit(declared ?? max)
  try {
    await pipeline(answer.body, limit, fs.createWriteStream(dest, { mode: 0o600 }))
  } catch (e) {
    answer.discard()
    if (e instanceof Error && /passed \d+ bytes/.test(e.message)) throw e
    // a connection that ended early or went idle: the toolkit retries these
    throw new TransportError(`the download broke off after ${limit.bytes} bytes (${e instanceof Error ? e.message : String(e)})`, undefined)
  }
  if (declared !== undefined && limit.bytes !== declared)
    throw new TransportError(`incomplete download: ${limit.bytes} of ${declared} bytes (Content-Length)`, undefined)
  return limit.bytes
}

/** Download `url` into `dest` (a new file in a private folder). Returns its size. */
export function downloadArchive(url: string, dest: string, opts: DownloadOptions): Promise<number> {
  const max = opts.maxBytes ?? MAX_ARCHIVE_BYTES
  return withRestRetry(opts.signal, () => attempt(new URL(url), dest, max, opts.signal))
}
