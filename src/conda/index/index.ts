/**
 * A folder of packages made a channel, as `conda index` does: `<subdir>/repodata.json` for every subdir
 * that holds packages (and always `noarch/`), each record the package's index.json without the keys
 * conda-index drops, plus md5, sha256 and size of the archive; `channeldata.json` at the root.
 * Incremental: `<subdir>/.cache/index.json` keeps each archive's record with its size and mtime, so
 * only new or changed archives are opened. Output is compact JSON with sorted keys.
 */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { writeAtomically } from '../../lib/files.js'
import { SUBDIR } from '../recipe/platforms.js'
import { sortedJson } from '../package/json.js'
import { readPackageMeta, type PackageMeta } from './read.js'

/** index.json keys a repodata record leaves out (conda-index). */
const DROPPED = new Set(['arch', 'has_prefix', 'mtime', 'platform', 'ucs', 'requires_features', 'binstar', 'target-triplet', 'machine', 'operatingsystem'])

interface CacheEntry {
  size: number
  mtimeMs: number
  record: Record<string, unknown>
  about: Record<string, unknown>
  runExports?: Record<string, unknown>
  facts: PackageMeta['facts']
}

export interface IndexResult {
  readonly subdirs: readonly string[]
  readonly packages: number
  /** Archives opened this time (new or changed). */
  readonly read: number
}

export class IndexError extends Error {
  override name = 'IndexError'
}

const isPackage = (f: string): boolean => /\.(conda|tar\.bz2)$/.test(f) && !f.startsWith('.')

async function digest(file: string): Promise<{ md5: string; sha256: string; size: number }> {
  const md5 = createHash('md5')
  const sha = createHash('sha256')
  let size = 0
  for await (const chunk of fs.createReadStream(file)) {
    md5.update(chunk as Buffer)
    sha.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { md5: md5.digest('hex'), sha256: sha.digest('hex'), size }
}

function readCache(file: string): Record<string, CacheEntry> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, CacheEntry>
  } catch {
    return {}
  }
}

/** The subdirs of a channel folder: noarch and every conda-subdir-named folder. */
function subdirsOf(dir: string): string[] {
  const found = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter(d => d.isDirectory() && (d.name === 'noarch' || SUBDIR.test(d.name)))
        .map(d => d.name)
    : []
  return [...new Set(['noarch', ...found])].sort()
}

async function indexSubdir(dir: string, subdir: string, log: (l: string) => void): Promise<{ entries: Record<string, CacheEntry>; read: number }> {
  const sub = path.join(dir, subdir)
  fs.mkdirSync(sub, { recursive: true })
  const cacheFile = path.join(sub, '.cache', 'index.json')
  const cache = readCache(cacheFile)
  const entries: Record<string, CacheEntry> = {}
  let read = 0
  for (const fn of fs.readdirSync(sub).filter(isPackage).sort()) {
    const file = path.join(sub, fn)
    const st = fs.statSync(file)
    const old = cache[fn]
    if (old && old.size === st.size && old.mtimeMs === st.mtimeMs) {
      entries[fn] = old
      continue
    }
    let meta: PackageMeta
    try {
      meta = await readPackageMeta(file)
    } catch (e) {
      log(`skipping ${subdir}/${fn}: ${(e as Error).message}`)
      continue
    }
    read++
    const record: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(meta.index)) if (!DROPPED.has(k)) record[k] = v
    if (record.subdir !== undefined && record.subdir !== subdir) {
      log(`skipping ${subdir}/${fn}: its index.json says subdir ${String(record.subdir)}`)
      continue
    }
    Object.assign(record, await digest(file))
    entries[fn] = { size: st.size, mtimeMs: st.mtimeMs, record, about: meta.about, runExports: meta.runExports, facts: meta.facts }
  }
  writeAtomically(cacheFile, JSON.stringify(entries))
  const packages: Record<string, unknown> = {}
  const conda: Record<string, unknown> = {}
  for (const [fn, e] of Object.entries(entries)) (fn.endsWith('.conda') ? conda : packages)[fn] = e.record
  writeAtomically(path.join(sub, 'repodata.json'), sortedJson({ info: { subdir }, packages, 'packages.conda': conda, removed: [], repodata_version: 1 }, 0))
  return { entries, read }
}

const ABOUT_FIELDS = ['description', 'dev_url', 'doc_url', 'home', 'license', 'source_url', 'summary', 'keywords', 'tags', 'identifiers']

/** Compare conda versions roughly (numeric parts as numbers) for "the latest" in channeldata. */
function newer(a: string, b: string): boolean {
  const pa = a.split(/[.\-_]/)
  const pb = b.split(/[.\-_]/)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? ''
    const y = pb[i] ?? ''
    if (x === y) continue
    const nx = Number(x)
    const ny = Number(y)
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx > ny
    return x > y
  }
  return false
}

/** Index the channel folder `dir` (see the module's comment). */
export async function indexChannel(dir: string, opts: { log?: (l: string) => void } = {}): Promise<IndexResult> {
  const log = opts.log ?? (() => {})
  const st = fs.statSync(dir, { throwIfNoEntry: false })
  if (!st) throw new IndexError(`${dir} does not exist; give the channel folder that holds the packages (in <subdir>/ folders such as noarch/ or linux-64/)`)
  if (!st.isDirectory()) throw new IndexError(`${dir} is not a folder; give the channel folder that holds the packages`)
  const subdirs = subdirsOf(dir)
  const channel: Record<string, Record<string, unknown>> = {}
  let count = 0
  let read = 0
  for (const subdir of subdirs) {
    const r = await indexSubdir(dir, subdir, log)
    read += r.read
    for (const e of Object.values(r.entries)) {
      count++
      const name = String(e.record.name)
      const version = String(e.record.version)
      const c = (channel[name] ??= { subdirs: [], run_exports: {}, timestamp: 0, version })
      const subs = c.subdirs as string[]
      if (!subs.includes(subdir)) subs.push(subdir)
      subs.sort()
      if (e.runExports) (c.run_exports as Record<string, unknown>)[version] = e.runExports
      c.timestamp = Math.max(Number(c.timestamp), Math.floor(Number(e.record.timestamp ?? 0) / 1000))
      if (newer(version, String(c.version)) || c.version === version) {
        c.version = version
        for (const k of ABOUT_FIELDS) if (e.about[k] !== undefined) c[k] = e.about[k]
        if (typeof e.record.license === 'string') c.license = e.record.license
      }
      for (const [k, v] of Object.entries(e.facts)) c[k] = Boolean(c[k]) || v
    }
  }
  writeAtomically(path.join(dir, 'channeldata.json'), sortedJson({ channeldata_version: 1, packages: channel, subdirs }))
  log(`indexed ${dir}: ${count} package(s) in ${subdirs.join(', ')} (${read} read)`)
  return { subdirs, packages: count, read }
}
