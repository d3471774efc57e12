/**
 * The real conda packages of ../shared/data/conda-packages served on loopback: the channels as
 * they were published (`/data/...`, with ETag and If-None-Match), channels made here for the loose
 * packages (`/gen/<channel>/<subdir>/...`: repodata written from MANIFEST.json and each file's
 * hashes, dependencies left out because they are not in the data), and `/private/...` behind Basic
 * authorization. Every request is logged (with its headers) so tests can check what was asked.
 */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { need, type Need, sharedData } from '../../support/requirements.js'

export const packagesDir = path.join(sharedData, 'conda-packages')
export const metadataDir = path.join(sharedData, 'conda-metadata')
const manifestFile = path.join(packagesDir, 'MANIFEST.json')

export function requireCondaPackages(): Need {
  const ok = fs.existsSync(manifestFile) && fs.existsSync(metadataDir)
  const reason = `${packagesDir} (MANIFEST.json) or ${metadataDir} is not there (the third-party test files beside the project)`
  if (!ok && process.env.REQUIRE_SHARED_DATA === '1') throw new Error(`REQUIRE_SHARED_DATA=1 but ${reason}`)
  return need(ok, reason)
}

export interface ManifestEntry {
  file: string
  format: string
  size: number
  name: string | null
  version: string | null
  build: string | null
  subdir: string | null
  noarch: string | null
  n_paths: number | null
  ph_text: number
  ph_binary: number
  softlinks: number
  entry_points: number
  scripts: string[]
  paths_json: boolean
}

export function readManifest(): ManifestEntry[] {
  return JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ManifestEntry[]
}

export interface GenChannel {
  /** Records by file name, per subdir. */
  readonly subdirs: Record<string, Record<string, Record<string, unknown>>>
  /** File name -> the file to serve (under packagesDir). */
  readonly files: Record<string, string>
  /** File name -> bytes to serve instead (to test a corrupt download). */
  readonly override?: Record<string, Buffer>
}

export interface Served {
  readonly base: string
  readonly requests: Array<{ url: string; headers: http.IncomingHttpHeaders; status: number }>
  readonly channels: Map<string, GenChannel>
  close(): Promise<void>
}

export function fileDigest(file: string): { sha256: string; md5: string; size: number } {
  const data = fs.readFileSync(file)
  return { sha256: createHash('sha256').update(data).digest('hex'), md5: createHash('md5').update(data).digest('hex'), size: data.length }
}

/** A channel with one package of the manifest, its record made from the manifest and the file. */
export function channelFor(e: ManifestEntry): GenChannel {
  const fn = path.basename(e.file)
  const subdir = e.subdir ?? 'noarch'
  const record = {
    name: e.name ?? fn.replace(/\.(conda|tar\.bz2)$/, ''),
    version: e.version ?? '0',
    build: e.build ?? '0',
    build_number: 0,
    depends: [],
    subdir,
    ...(e.noarch ? { noarch: e.noarch } : {}),
    ...fileDigest(path.join(packagesDir, e.file))
  }
  const key = fn.endsWith('.conda') ? 'packages.conda' : 'packages'
  return { subdirs: { [subdir]: { [key]: { [fn]: record } } }, files: { [fn]: e.file } }
}

export async function serve(opts: { user?: string; password?: string } = {}): Promise<Served> {
  const requests: Served['requests'] = []
  const channels = new Map<string, GenChannel>()
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0])
    const send = (status: number, body?: Buffer | string, headers: Record<string, string> = {}): void => {
      requests.push({ url, headers: req.headers, status })
      res.writeHead(status, headers).end(body)
    }
    let rel = url
    if (url.startsWith('/private/')) {
      const want = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`
      if (req.headers.authorization !== want) return send(401)
      rel = url.replace('/private/', '/data/')
    }
    if (rel.startsWith('/data/')) {
      const file = path.join(packagesDir, rel.slice('/data/'.length))
      if (!file.startsWith(packagesDir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(404)
      const st = fs.statSync(file)
      const etag = `"${st.size}-${st.mtimeMs}"`
      if (req.headers['if-none-match'] === etag) return send(304)
      return send(200, fs.readFileSync(file), { etag })
    }
    const m = /^\/gen\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(rel)
    const ch = m ? channels.get(m[1]) : undefined
    if (!m || !ch) return send(404)
    const [, , subdir, name] = m as unknown as [string, string, string, string]
    if (name === 'repodata.json') {
      const sub = ch.subdirs[subdir]
      return sub ? send(200, JSON.stringify({ info: { subdir }, packages: {}, 'packages.conda': {}, ...sub })) : send(404)
    }
    const over = ch.override?.[name]
    if (over) return send(200, over)
    const file = ch.files[name]
    return file ? send(200, fs.readFileSync(path.join(packagesDir, file))) : send(404)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { base, requests, channels, close: () => new Promise<void>(r => server.close(() => r())) }
}
