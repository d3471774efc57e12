/**
 * Downloading one URL to a file: streamed to a temporary name beside the destination and renamed only
 * when complete (a short body against Content-Length is an error), retried with a growing pause on
 * network errors and 5xx/429 answers, with progress lines (bytes and rate). A file: URL is copied.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'

export interface DownloadOptions {
  readonly attempts?: number
  /** First pause between attempts in ms (doubles each time). */
  readonly backoffMs?: number
  readonly log?: (line: string) => void
  /** Minimum ms between progress lines. */
  readonly progressEveryMs?: number
  readonly maxBytes?: number
}

export class DownloadError extends Error {
  constructor(
    readonly url: string,
    message: string,
    /** Worth another attempt (network error, 5xx, 429, truncated body). */
    readonly transient: boolean
  ) {
    super(`${url}: ${message}`)
  }
}

const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`

/** Show a URL without credentials. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url)
    u.username = ''
    u.password = ''
    return u.toString()
  } catch {
    return url
  }
}

async function attempt(url: string, dest: string, opts: DownloadOptions): Promise<number> {
  const log = opts.log ?? (() => {})
  let res: Response
  try {
    res = await fetch(url, { redirect: 'follow' })
  } catch (e) {
    throw new DownloadError(safeUrl(url), `cannot connect: ${String((e as Error).cause ?? (e as Error).message)}`, true)
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel()
    throw new DownloadError(safeUrl(url), `HTTP ${res.status} ${res.statusText}`, res.status >= 500 || res.status === 429)
  }
  const declared = Number(res.headers.get('content-length') ?? NaN)
  const max = opts.maxBytes ?? 16 * 1024 ** 3
  if (declared > max) throw new DownloadError(safeUrl(url), `${declared} bytes is over the limit of ${max}`, false)
  const started = performance.now()
  let got = 0
  let lastLine = started
  const every = opts.progressEveryMs ?? 2000
  const counter = new Transform({
    transform(chunk: Buffer, _e, done) {
      got += chunk.length
      if (got > max) return done(new DownloadError(safeUrl(url), `more than the limit of ${max} bytes`, false))
      const now = performance.now()
      if (now - lastLine >= every) {
        lastLine = now
        const rate = got / ((now - started) / 1000)
        log(`  ${mib(got)}${declared ? ` of ${mib(declared)}` : ''} at ${mib(rate)}/s`)
      }
      done(null, chunk)
    }
  })
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.part-${process.pid}`)
  try {
    await pipeline(Readable.fromWeb(res.body), counter, fs.createWriteStream(tmp))
    if (Number.isFinite(declared) && got !== declared) throw new DownloadError(safeUrl(url), `truncated: got ${got} of ${declared} bytes`, true)
    fs.renameSync(tmp, dest)
  } catch (e) {
    fs.rmSync(tmp, { force: true })
    if (e instanceof DownloadError) throw e
    throw new DownloadError(safeUrl(url), `transfer failed after ${got} bytes: ${(e as Error).message}`, true)
  }
  const secs = (performance.now() - started) / 1000
  log(`  ${mib(got)} in ${secs.toFixed(1)} s (${mib(got / Math.max(secs, 0.001))}/s)`)
  return got
}

/** A file: URL (a recipe's relative source URL): copied under a temporary name, then renamed. */
function copyLocal(url: string, dest: string, opts: DownloadOptions): number {
  const file = fileURLToPath(url)
  let size: number
  try {
    size = fs.statSync(file).size
  } catch {
    throw new DownloadError(url, `no such file ${file} (a source URL without a scheme is a path relative to the recipe folder)`, false)
  }
  const max = opts.maxBytes ?? 16 * 1024 ** 3
  if (size > max) throw new DownloadError(url, `${size} bytes is over the limit of ${max}`, false)
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.part-${process.pid}`)
  fs.copyFileSync(file, tmp)
  fs.renameSync(tmp, dest)
  opts.log?.(`  copied ${file} (${mib(size)})`)
  return size
}

/** Download `url` to `dest` (folder created). Returns the byte count. */
export async function download(url: string, dest: string, opts: DownloadOptions = {}): Promise<number> {
  fs.mkdirSync(path.dirname(dest), { recursive: true })
  if (url.startsWith('file:')) return copyLocal(url, dest, opts)
  const attempts = opts.attempts ?? 3
  let pause = opts.backoffMs ?? 1000
  for (let i = 1; ; i++) {
    try {
      return await attempt(url, dest, opts)
    } catch (e) {
      if (!(e instanceof DownloadError) || !e.transient || i >= attempts) throw e
      opts.log?.(`  attempt ${i} of ${attempts} failed (${e.message}); again in ${(pause / 1000).toFixed(1)} s`)
      await new Promise(r => setTimeout(r, pause))
      pause *= 2
    }
  }
}
