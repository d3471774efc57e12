/**
 * `<channel>/<subdir>/repodata.json` for one channel and subdir. Variants are tried in the order
 * `.zst`, `.bz2`, plain (the first one offered wins). Local channels are read in place; remote ones
 * are cached on disk (written atomically) with the server's ETag and Last-Modified, asked again with
 * If-None-Match / If-Modified-Since, and used from the cache alone when offline (or, with a warning,
 * when the server cannot be reached). A subdir the channel does not have is empty.
 */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { run } from '../../lib/exec.js'
import { writeAtomically } from '../../lib/files.js'
import { type Channel, channelFile } from './channel.js'
import { get } from './http.js'

export const VARIANTS = ['repodata.json.zst', 'repodata.json.bz2', 'repodata.json'] as const

export interface RepodataRecord {
  readonly name: string
  readonly version: string
  readonly build: string
  readonly build_number?: number
  readonly depends?: readonly string[]
  readonly subdir?: string
  readonly noarch?: string | boolean | null
  readonly sha256?: string
  readonly md5?: string
  readonly size?: number
  readonly [key: string]: unknown
}

export interface Repodata {
  readonly info?: { readonly subdir?: string; readonly base_url?: string }
  readonly packages?: Readonly<Record<string, RepodataRecord>>
  readonly 'packages.conda'?: Readonly<Record<string, RepodataRecord>>
}

import type { VerifyMode } from './verify-mode.js'
export { VERIFY_MODES, type VerifyMode } from './verify-mode.js'

/**
 * The problem with records that carry neither sha256 nor md5 (each named `channel/subdir/file`),
 * or undefined when there are none: a warning under `warn`, a refusal under `strict`.
 */
export function missingDigests(named: readonly string[], mode: VerifyMode): string | undefined {
  if (!named.length) return undefined
  const list = `${named.slice(0, 10).join(', ')}${named.length > 10 ? ` and ${named.length - 10} more` : ''}`
  const what = `${named.length} package(s) have neither sha256 nor md5 in their channel's repodata, so their downloads cannot be verified: ${list}`
  return mode === 'strict'
    ? `${what}; verify: strict refuses them (index the channel with conda index, or use verify: warn)`
    : `${what}; they are used (verify: strict would refuse them)`
}

export type RepodataSource = 'local' | 'downloaded' | 'not-modified' | 'cache' | 'missing'

export interface LoadedRepodata {
  readonly channel: Channel
  readonly subdir: string
  /** The JSON text (decompressed). */
  readonly text: string
  readonly data: Repodata
  readonly source: RepodataSource
  /** Which file it came from ('' when missing). */
  readonly variant: string
}

/** Beside the cached JSON. No URL is kept: a token in it would end up in a cache entry. */
interface CacheMeta {
  variant: string
  etag?: string
  lastModified?: string
  fetched: string
}

export interface RepodataOptions {
  /** Where remote repodata is cached (a folder of its own). */
  readonly cacheDir: string
  readonly offline?: boolean
  readonly warn?: (line: string) => void
}

const EMPTY = '{"packages":{},"packages.conda":{}}'

/** The cache file name for a channel's subdir: a hash of the redacted URL (tokens stay out of names). */
export function cacheName(ch: Channel, subdir: string): string {
  return createHash('sha256').update(`${ch.display}/${subdir}`).digest('hex').slice(0, 20)
}

export async function decompress(variant: string, bytes: Buffer, where: string): Promise<string> {
  if (variant.endsWith('.zst')) return zlib.zstdDecompressSync(bytes).toString('utf8')
  if (variant.endsWith('.bz2')) {
    const r = await run(['bzip2', '-dc'], { input: bytes, silent: true })
    if (r.exitCode !== 0) throw new Error(`${where}: bzip2 -dc failed (exit ${r.exitCode}): ${r.stderr.trim()}`)
    return r.stdout
  }
  return bytes.toString('utf8')
}

function parse(text: string, where: string): Repodata {
  let data: unknown
  try {
    data = text.trim() === '' ? {} : JSON.parse(text)
  } catch (e) {
    throw new Error(`${where} is not valid JSON (${(e as Error).message})`, { cause: e })
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${where} is not a repodata object`)
  return data
}

async function loadLocal(ch: Channel, subdir: string): Promise<LoadedRepodata> {
  for (const variant of VARIANTS) {
    const file = channelFile(ch, subdir, variant)
    if (!fs.existsSync(file)) continue
    const text = await decompress(variant, fs.readFileSync(file), file)
    return { channel: ch, subdir, text, data: parse(text, file), source: 'local', variant }
  }
  return { channel: ch, subdir, text: EMPTY, data: parse(EMPTY, ''), source: 'missing', variant: '' }
}

/** Load one subdir of one channel (see the module's comment for the order of things). */
export async function loadRepodata(ch: Channel, subdir: string, opts: RepodataOptions): Promise<LoadedRepodata> {
  if (ch.kind === 'local') return loadLocal(ch, subdir)
  const stem = path.join(opts.cacheDir, cacheName(ch, subdir))
  const metaFile = `${stem}.meta.json`
  const jsonFile = `${stem}.json`
  const cached = readCache(metaFile, jsonFile)
  const fromCache = (source: RepodataSource): LoadedRepodata => {
    const text = fs.readFileSync(jsonFile, 'utf8')
    return { channel: ch, subdir, text, data: parse(text, jsonFile), source, variant: cached?.variant ?? '' }
  }
  if (opts.offline) {
    if (!cached) throw new Error(`offline: no cached repodata for ${ch.display}/${subdir}; run once without --offline to fill the cache`)
    return fromCache('cache')
  }
  try {
    if (cached) {
      const validators: Record<string, string> = {}
      if (cached.etag) validators['if-none-match'] = cached.etag
      if (cached.lastModified) validators['if-modified-since'] = cached.lastModified
      const res = await get(channelFile(ch, subdir, cached.variant), { headers: { ...ch.headers, ...validators } })
      if (res.status === 304) {
        await res.body?.cancel()
        return fromCache('not-modified')
      }
      if (res.ok) return await store(ch, subdir, cached.variant, res, metaFile, jsonFile)
      await res.body?.cancel()
    }
    for (const variant of VARIANTS) {
      const url = channelFile(ch, subdir, variant)
      const res = await get(url, { headers: ch.headers })
      if (res.ok) return await store(ch, subdir, variant, res, metaFile, jsonFile)
      await res.body?.cancel()
      if (res.status === 401 || res.status === 403)
        throw new Error(
          `${ch.display}/${subdir}/${variant}: HTTP ${res.status}; the channel needs credentials (put them in the channel URL through an environment variable, e.g. https://\${USER}:\${TOKEN}@host/channel)`
        )
      if (res.status !== 404) throw new Error(`${ch.display}/${subdir}/${variant}: HTTP ${res.status} ${res.statusText}`)
    }
    return { channel: ch, subdir, text: EMPTY, data: parse(EMPTY, ''), source: 'missing', variant: '' }
  } catch (e) {
    if (!cached) throw e
    opts.warn?.(`${(e as Error).message}; using the cached repodata of ${ch.display}/${subdir} from ${cached.fetched}`)
    return fromCache('cache')
  }
}

function readCache(metaFile: string, jsonFile: string): CacheMeta | undefined {
  try {
    if (!fs.existsSync(jsonFile)) return undefined
    return JSON.parse(fs.readFileSync(metaFile, 'utf8')) as CacheMeta
  } catch {
    return undefined
  }
}

async function store(ch: Channel, subdir: string, variant: string, res: Response, metaFile: string, jsonFile: string): Promise<LoadedRepodata> {
  const where = `${ch.display}/${subdir}/${variant}`
  const text = await decompress(variant, Buffer.from(await res.arrayBuffer()), where)
  const data = parse(text, where)
  const meta: CacheMeta = { variant, fetched: new Date().toISOString() }
  const etag = res.headers.get('etag')
  const lastModified = res.headers.get('last-modified')
  if (etag) meta.etag = etag
  if (lastModified) meta.lastModified = lastModified
  writeAtomically(jsonFile, text)
  writeAtomically(metaFile, `${JSON.stringify(meta, null, 1)}\n`)
  return { channel: ch, subdir, text, data, source: 'downloaded', variant }
}
