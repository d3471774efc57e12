/**
 * `conda create` in the suite's terms: channels -> repodata (target subdir and noarch) -> solve ->
 * download into the package cache and extract (a few at a time, a progress line per package) ->
 * link in dependency order, post-link scripts, conda-meta records -> a summary. A prefix that this
 * call created is removed again when anything fails.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { mask } from '../../lib/log.js'
import { hostSubdir } from '../recipe/platforms.js'
import { parseChannel, type Channel, channelUrl, DEFAULT_CHANNEL } from './channel.js'
import { fetchPackage } from './fetch.js'
import { linkPackage, type LinkType } from './link.js'
import { pythonFacts, type PythonFacts } from './noarch.js'
import { ensureExtracted } from './package.js'
import { historyText, writePrefixRecord } from './prefix-record.js'
import { loadRepodata, type LoadedRepodata } from './repodata.js'
import { runPostLink } from './scripts.js'
import { solve, type SolvedRecord } from './solve.js'
import { formatBytes, Progress } from './progress.js'

export interface CreateOptions {
  readonly prefix: string
  /** As the user gave them; conda-forge when empty. */
  readonly channels: readonly string[]
  readonly specs: readonly string[]
  /** Target subdir; this machine's by default. */
  readonly subdir?: string
  readonly offline?: boolean
  /** Root of the caches: repodata/ and pkgs/ under it. */
  readonly cacheDir: string
  /** The Python X.Y for noarch: python packages when the environment gets no python package. */
  readonly python?: string
  readonly jobs?: number
  readonly log?: (line: string) => void
  readonly warn?: (line: string) => void
  /** For conda-meta/history. */
  readonly command?: string
}

export interface InstalledPackage {
  readonly name: string
  readonly version: string
  readonly build: string
  readonly fn: string
  readonly channel: string
  readonly url: string
  readonly size: number
  readonly downloaded: boolean
  readonly linkType: LinkType
  readonly files: number
  readonly record: string
}

export interface CreateResult {
  readonly prefix: string
  readonly subdir: string
  readonly packages: readonly InstalledPackage[]
  readonly downloadedBytes: number
  readonly seconds: number
}

export class CreateError extends Error {
  override name = 'CreateError'
}

async function pool<T, R>(items: readonly T[], jobs: number, fn: (t: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker))
  return out
}

function preparePrefix(prefix: string): boolean {
  const st = fs.statSync(prefix, { throwIfNoEntry: false })
  if (!st) {
    fs.mkdirSync(prefix, { recursive: true })
    return true
  }
  if (!st.isDirectory()) throw new CreateError(`the prefix ${prefix} exists and is not a folder`)
  if (fs.readdirSync(prefix).length > 0) throw new CreateError(`the prefix ${prefix} is not empty; give a new or empty folder`)
  return false
}

/** Repodata for each channel, target subdir and noarch; a channel with neither is an error. */
export async function loadChannels(
  channels: readonly Channel[],
  subdir: string,
  opts: { cacheDir: string; offline?: boolean; warn?: (l: string) => void }
): Promise<LoadedRepodata[]> {
  const subdirs = [...new Set([subdir, 'noarch'])]
  const loaded = await Promise.all(
    channels.flatMap(ch => subdirs.map(s => loadRepodata(ch, s, { cacheDir: path.join(opts.cacheDir, 'repodata'), offline: opts.offline, warn: opts.warn })))
  )
  for (const ch of channels)
    if (loaded.filter(l => l.channel === ch).every(l => l.source === 'missing'))
      throw new CreateError(`${ch.display} has no ${subdirs.map(s => `${s}/repodata.json`).join(' and no ')}: is it a conda channel?`)
  return loaded
}

function pythonOf(solved: readonly SolvedRecord[], fallback?: string): PythonFacts | undefined {
  const py = solved.find(s => s.record.name === 'python')
  if (py) return pythonFacts(py.record.version, py.record.python_site_packages_path)
  return fallback ? pythonFacts(fallback) : undefined
}

/** Create an environment at `opts.prefix` (see the module's comment). */
export async function createEnvironment(opts: CreateOptions): Promise<CreateResult> {
  const started = performance.now()
  const log = opts.log ?? (() => {})
  const subdir = opts.subdir ?? hostSubdir()
  const channels = (opts.channels.length ? opts.channels : [DEFAULT_CHANNEL]).map(c => parseChannel(c))
  for (const ch of channels) for (const s of ch.secrets) mask(s)
  const prefix = path.resolve(opts.prefix)
  const pkgsDir = path.join(opts.cacheDir, 'pkgs')

  const loaded = await loadChannels(channels, subdir, opts)
  log(`channels: ${loaded.map(l => `${l.channel.display}/${l.subdir} (${l.source}${l.variant ? `, ${l.variant}` : ''})`).join(', ')}`)
  const solved = await solve(opts.specs, loaded, subdir)
  log(`solved ${opts.specs.join(' ')}: ${solved.length} package(s) for ${subdir}`)
  const python = pythonOf(solved, opts.python)

  const created = preparePrefix(prefix)
  try {
    const progress = new Progress(
      solved.length,
      solved.reduce((n, s) => n + (s.record.size ?? 0), 0),
      log
    )
    const ready = await pool(solved, opts.jobs ?? 4, async s => {
      const got = await fetchPackage(s, { pkgsDir, offline: opts.offline, onBytes: n => progress.bytes(n) })
      const ex = await ensureExtracted(got.archive, s.record, pkgsDir)
      progress.done(`${s.record.fn}`, got.bytes, got.cached ? (ex.cached ? 'cached' : 'cached, extracted') : 'downloaded')
      return { s, got, ex }
    })
    const mode = { hardlinks: true }
    const installed: InstalledPackage[] = []
    for (const { s, got, ex } of ready) {
      const clobbered: string[] = []
      const { paths, linkType } = linkPackage({ prefix, dir: ex.dir, info: ex.info, subdir, python, mode, clobbered: rel => clobbered.push(rel) })
      if (clobbered.length)
        opts.warn?.(`${s.record.name} replaced ${clobbered.length} file(s) of packages linked before it: ${clobbered.slice(0, 5).join(', ')}`)
      const script = await runPostLink(prefix, ex.info.index)
      if (script.messages) log(`${s.record.name}: ${script.messages}`)
      const record = writePrefixRecord(prefix, {
        record: s.record,
        url: s.url,
        channel: channelUrl(s.channel),
        archive: got.archive,
        extracted: ex.dir,
        linkType,
        requestedSpec: s.requestedSpec,
        paths
      })
      installed.push({
        name: s.record.name,
        version: s.record.version,
        build: s.record.build,
        fn: s.record.fn,
        channel: s.channel.display,
        url: s.url,
        size: got.bytes,
        downloaded: !got.cached,
        linkType,
        files: paths.length,
        record
      })
    }
    const history = path.join(prefix, 'conda-meta', 'history')
    fs.mkdirSync(path.dirname(history), { recursive: true })
    fs.appendFileSync(
      history,
      historyText(
        new Date(),
        opts.command ?? `build-wheel conda create --prefix ${prefix} ${opts.specs.join(' ')}`,
        solved.map(s => ({ channel: channelUrl(s.channel), record: s.record }))
      )
    )
    const seconds = (performance.now() - started) / 1000
    log(`installed ${installed.length} package(s) into ${prefix} in ${seconds.toFixed(1)} s; downloaded ${formatBytes(progress.downloaded)}`)
    return { prefix, subdir, packages: installed, downloadedBytes: progress.downloaded, seconds }
  } catch (e) {
    if (created) fs.rmSync(prefix, { recursive: true, force: true })
    throw e
  }
}
