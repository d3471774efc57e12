/**
 * The package cache: each archive at `<pkgs>/<fn>`, fetched from its channel (a URL or a local
 * file), hashed while it streams to a temporary name, checked against the repodata's size, sha256
 * and md5, then renamed into place. An archive already there is used again when it still matches.
 */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { get } from './http.js'
import type { SolvedRecord } from './solve.js'

export class PackageFetchError extends Error {
  override name = 'PackageFetchError'
}

export interface Digest {
  readonly size: number
  readonly sha256: string
  readonly md5: string
}

/** What the repodata promises about an archive that `got` does not keep; empty when all is well. */
export function digestProblems(expected: { size?: number; sha256?: string; md5?: string }, got: Digest): string[] {
  const out: string[] = []
  if (typeof expected.size === 'number' && expected.size !== got.size) out.push(`size ${got.size}, the repodata says ${expected.size}`)
  if (expected.sha256 && expected.sha256.toLowerCase() !== got.sha256) out.push(`sha256 ${got.sha256}, the repodata says ${expected.sha256}`)
  if (expected.md5 && expected.md5.toLowerCase() !== got.md5) out.push(`md5 ${got.md5}, the repodata says ${expected.md5}`)
  return out
}

export async function digestFile(file: string): Promise<Digest> {
  const sha = createHash('sha256')
  const md5 = createHash('md5')
  let size = 0
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    sha.update(chunk as Buffer)
    md5.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { size, sha256: sha.digest('hex'), md5: md5.digest('hex') }
}

export interface Fetched {
  readonly archive: string
  readonly bytes: number
  readonly cached: boolean
}

export interface FetchOptions {
  readonly pkgsDir: string
  readonly offline?: boolean
  /** Called with byte counts as they arrive (for a progress line). */
  readonly onBytes?: (n: number) => void
}

/** Bring one solved package's archive into the package cache (see the module's comment). */
export async function fetchPackage(s: SolvedRecord, opts: FetchOptions): Promise<Fetched> {
  const fn = s.record.fn
  if (fn !== path.basename(fn) || fn.startsWith('.')) throw new PackageFetchError(`refusing the archive name '${fn}'`)
  const archive = path.join(opts.pkgsDir, fn)
  if (fs.existsSync(archive)) {
    const got = await digestFile(archive)
    if (digestProblems(s.record, got).length === 0 && (s.record.sha256 || s.record.md5)) return { archive, bytes: got.size, cached: true }
    fs.rmSync(archive, { force: true })
  }
  const fromNetwork = s.channel.kind === 'http'
  if (fromNetwork && opts.offline) throw new PackageFetchError(`offline: ${fn} is not in the package cache (${opts.pkgsDir}); run once without --offline`)
  fs.mkdirSync(opts.pkgsDir, { recursive: true })
  const tmp = path.join(opts.pkgsDir, `.${fn}.part-${process.pid}`)
  const sha = createHash('sha256')
  const md5 = createHash('md5')
  let size = 0
  const limit = typeof s.record.size === 'number' ? s.record.size : Infinity
  const counter = new Transform({
    transform(chunk: Buffer, _e, done) {
      size += chunk.length
      if (size > limit) return done(new PackageFetchError(`${s.url}: more than the ${limit} bytes the repodata gives`))
      sha.update(chunk)
      md5.update(chunk)
      opts.onBytes?.(chunk.length)
      done(null, chunk)
    }
  })
  try {
    let input: Readable
    if (fromNetwork) {
      const res = await get(s.source, { headers: s.channel.headers, timeoutMs: 30 * 60_000 })
      if (!res.ok || !res.body) {
        await res.body?.cancel()
        throw new PackageFetchError(`${s.url}: HTTP ${res.status} ${res.statusText}`)
      }
      input = Readable.fromWeb(res.body)
    } else {
      if (!fs.existsSync(s.source)) throw new PackageFetchError(`${s.source}: listed in the channel's repodata but not in the channel`)
      input = fs.createReadStream(s.source, { highWaterMark: 1 << 20 })
    }
    await pipeline(input, counter, fs.createWriteStream(tmp, { mode: 0o644 }))
    const problems = digestProblems(s.record, { size, sha256: sha.digest('hex'), md5: md5.digest('hex') })
    if (problems.length) throw new PackageFetchError(`${s.url} does not match its repodata: ${problems.join('; ')}`)
    fs.renameSync(tmp, archive)
    return { archive, bytes: size, cached: false }
  } catch (e) {
    if (e instanceof PackageFetchError) throw e
    throw new PackageFetchError(`${s.url}: transfer failed after ${size} bytes (${(e as Error).message})`)
  } finally {
    fs.rmSync(tmp, { force: true })
  }
}
