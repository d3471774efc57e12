/**
 * The source cache: downloads kept under a content address, `<algo>-<hex>/<fn>` for the strongest hash
 * the recipe gives, so a second run (or another branch, after restoring the folder with @actions/cache)
 * uses the file without the network once its hashes check. Without a hash in the recipe nothing is
 * cached (conda-build reuses only hashed downloads too): the file is fetched into a scratch folder.
 */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { RecipeError } from '../recipe/location.js'
import { download, safeUrl, DownloadError, type DownloadOptions } from './download.js'
import { HASH_ALGORITHMS, type HashAlgorithm, type UrlSource } from './spec.js'

const STRENGTH: readonly HashAlgorithm[] = ['sha512', 'sha384', 'sha256', 'sha224', 'sha1', 'md5']

/** The cache entry of a source, or undefined when the recipe gives no hash. */
export function cacheKey(src: UrlSource): string | undefined {
  const algo = STRENGTH.find(a => src.hashes[a])
  return algo ? `${algo}-${src.hashes[algo]}` : undefined
}

export async function fileHashes(file: string, algos: readonly HashAlgorithm[]): Promise<Record<string, string>> {
  const hs = algos.map(a => [a, createHash(a)] as const)
  for await (const chunk of fs.createReadStream(file)) for (const [, h] of hs) h.update(chunk as Buffer)
  return Object.fromEntries(hs.map(([a, h]) => [a, h.digest('hex')]))
}

/** The hashes that differ: [algorithm, expected, actual]. */
export async function hashMismatches(file: string, expected: UrlSource['hashes']): Promise<Array<[string, string, string]>> {
  const algos = HASH_ALGORITHMS.filter(a => expected[a])
  const got = await fileHashes(file, algos)
  return algos.filter(a => got[a] !== expected[a]).map(a => [a, expected[a] as string, got[a]])
}

export interface Fetched {
  readonly file: string
  /** Taken from the cache without the network. */
  readonly cached: boolean
}

/**
 * The source file: from the cache when its hashes check, else downloaded from the mirrors in order
 * (a mirror whose file fails a hash is skipped), verified, and stored in the cache.
 */
export async function fetchUrlSource(src: UrlSource, cacheDir: string, opts: DownloadOptions = {}): Promise<Fetched> {
  const log = opts.log ?? (() => {})
  const key = cacheKey(src)
  fs.mkdirSync(cacheDir, { recursive: true })
  const dir = key ? path.join(cacheDir, key) : fs.mkdtempSync(path.join(cacheDir, 'unhashed-'))
  const dest = path.join(dir, src.fn)
  if (key && fs.existsSync(dest)) {
    if ((await hashMismatches(dest, src.hashes)).length === 0) {
      log(`${src.fn}: in the source cache (${key.slice(0, 20)}…)`)
      return { file: dest, cached: true }
    }
    log(`${src.fn}: the cached copy fails its hash; downloading again`)
    fs.rmSync(dest, { force: true })
  }
  if (!key) log(`${src.fn}: the recipe gives no md5/sha256, so the download is not verified or cached`)
  const problems: string[] = []
  for (const url of src.urls) {
    log(`${src.fn}: downloading ${safeUrl(url)}`)
    try {
      await download(url, dest, opts)
    } catch (e) {
      problems.push(e instanceof DownloadError ? e.message : `${safeUrl(url)}: ${(e as Error).message}`)
      continue
    }
    const bad = await hashMismatches(dest, src.hashes)
    if (bad.length === 0) return { file: dest, cached: false }
    fs.rmSync(dest, { force: true })
    problems.push(`${safeUrl(url)}: ${bad.map(([a, want, got]) => `${a} is ${got}, the recipe says ${want}`).join('; ')}`)
  }
  throw new RecipeError(
    `could not get ${src.fn} from ${src.urls.length === 1 ? 'its URL' : `any of its ${src.urls.length} mirrors`}:\n${problems.map(p => `  - ${p}`).join('\n')}\n` +
      'Check the URL and the hash in the recipe (a changed upstream tarball needs a new sha256).'
  )
}
