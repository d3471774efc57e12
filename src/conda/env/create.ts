/**
 * `conda create` in the suite's terms: channels -> repodata (target subdir and noarch) -> solve ->
 * download into the package cache and extract (a few at a time, a progress line per package) ->
 * link in dependency order, each package's pre-link and post-link scripts around it (or, with
 * package scripts refused, a refusal before anything is linked), conda-meta records -> a summary.
 * A prefix that this call created is removed again when anything fails.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { mask } from '../../lib/log.js'
import { hostSubdir } from '../recipe/platforms.js'
import { parseChannel, type Channel, channelUrl, DEFAULT_CHANNEL, unreachableChannel } from './channel.js'
import { fetchPackage } from './fetch.js'
import { compileNoarchPyc } from './compile-pyc.js'
import { isNoarchPython, linkPackage, type LinkType } from './link.js'
import { pythonFacts, type PythonFacts } from './noarch.js'
import { ensureExtracted } from './package.js'
import { historyText, recordFileName, writePrefixRecord } from './prefix-record.js'
import { loadRepodata, missingDigests, type LoadedRepodata, type VerifyMode } from './repodata.js'
import { refuseLinkScripts, runLinkScript } from './scripts.js'
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
  /**
   * Run the packages' pre-link and post-link scripts, as conda does (the default); false refuses
   * every package that has a link script, before anything is linked.
   */
  readonly allowPackageScripts?: boolean
  /** Records without sha256 and md5: a warning ('warn', the default) or a refusal ('strict'). */
  readonly verify?: VerifyMode
  /** The solution of `specs`, already made (a build plan solves each prefix once): channels are not loaded again. */
  readonly solved?: readonly SolvedRecord[]
  /**
   * Install into a prefix that already holds packages and other files (conda-build installs an output's own
   * requirements into the prefixes of the top-level build): a package whose conda-meta record is there is kept
   * as it is (listed, not linked again); nothing is removed on a failure.
   */
  readonly addToExisting?: boolean
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
    channels.flatMap(ch =>
      subdirs.map(s =>
        loadRepodata(ch, s, { cacheDir: path.join(opts.cacheDir, 'repodata'), offline: opts.offline, warn: opts.warn }).catch((e: unknown) => {
          throw unreachableChannel(ch, e)
        })
      )
    )
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

/** Records that cannot be verified: warned about, or refused with verify: strict (before anything is downloaded). */
function checkDigests(solved: readonly SolvedRecord[], opts: CreateOptions): void {
  const bare = solved.filter(s => !s.record.sha256 && !s.record.md5).map(s => `${s.channel.display}/${s.subdir}/${s.record.fn}`)
  const problem = missingDigests(bare, opts.verify ?? 'warn')
  if (problem && opts.verify === 'strict') throw new CreateError(problem)
  if (problem) opts.warn?.(problem)
}

async function solveSpecs(channels: readonly Channel[], subdir: string, opts: CreateOptions, log: (l: string) => void): Promise<SolvedRecord[]> {
  const loaded = await loadChannels(channels, subdir, opts)
  log(`channels: ${loaded.map(l => `${l.channel.display}/${l.subdir} (${l.source}${l.variant ? `, ${l.variant}` : ''})`).join(', ')}`)
  const solved = await solve(opts.specs, loaded, subdir)
  log(`solved ${opts.specs.join(' ')}: ${solved.length} package(s) for ${subdir}`)
  return solved
}

interface LinkContext {
  readonly prefix: string
  readonly subdir: string
  readonly python: PythonFacts | undefined
  readonly mode: { hardlinks: boolean }
  readonly opts: CreateOptions
  readonly log: (l: string) => void
}

interface Ready {
  readonly s: SolvedRecord
  readonly got: Awaited<ReturnType<typeof fetchPackage>>
  readonly ex: Awaited<ReturnType<typeof ensureExtracted>>
}

/** One package into the prefix: pre-link, link (noarch python bytecode compiled), post-link, its conda-meta record. */
async function installOne({ s, got, ex }: Ready, c: LinkContext): Promise<InstalledPackage> {
  const { prefix, opts, log } = c
  await runLinkScript('pre-link', prefix, ex.info.index, { packageDir: ex.dir, log, warn: opts.warn })
  const clobbered: string[] = []
  const linked = linkPackage({ prefix, dir: ex.dir, info: ex.info, subdir: c.subdir, python: c.python, mode: c.mode, clobbered: rel => clobbered.push(rel) })
  // noarch: python: bytecode for the environment's python, recorded with the package
  const win = c.subdir.startsWith('win-')
  const pyc = c.python && isNoarchPython(ex.info) ? await compileNoarchPyc(prefix, linked.paths, c.python, { win, what: s.record.name, warn: opts.warn }) : []
  const paths = [...linked.paths, ...pyc]
  if (clobbered.length) opts.warn?.(`${s.record.name} replaced ${clobbered.length} file(s) of packages linked before it: ${clobbered.slice(0, 5).join(', ')}`)
  const script = await runLinkScript('post-link', prefix, ex.info.index, { log })
  if (script.messages) log(`${s.record.name}: ${script.messages}`)
  const { linkType } = linked
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
  return {
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
  }
}

const recordFile = (prefix: string, s: SolvedRecord): string => path.join(prefix, 'conda-meta', recordFileName(s.record))

/** A package already in the prefix (addToExisting). */
function presentPackage(s: SolvedRecord, prefix: string): InstalledPackage {
  const { name, version, build, fn } = s.record
  return {
    name,
    version,
    build,
    fn,
    channel: s.channel.display,
    url: s.url,
    size: 0,
    downloaded: false,
    linkType: 'hardlink',
    files: 0,
    record: recordFile(prefix, s)
  }
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

  let solved = opts.solved ?? (await solveSpecs(channels, subdir, opts, log))
  checkDigests(solved, opts)
  const python = pythonOf(solved, opts.python)

  const created = opts.addToExisting ? (fs.mkdirSync(prefix, { recursive: true }), false) : preparePrefix(prefix)
  const present = opts.addToExisting ? solved.filter(s => fs.existsSync(recordFile(prefix, s))) : []
  const kept = present.map(s => presentPackage(s, prefix))
  if (present.length) solved = solved.filter(s => !present.includes(s))
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
    if (opts.allowPackageScripts === false) refuseLinkScripts(ready.map(r => ({ index: r.ex.info.index, dir: r.ex.dir })))
    const ctx: LinkContext = { prefix, subdir, python, mode: { hardlinks: true }, opts, log }
    const installed: InstalledPackage[] = [...kept]
    for (const r of ready) installed.push(await installOne(r, ctx))
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
