/**
 * Solving with the conda organisation's solver (`@conda-org/rattler`, resolvo compiled to wasm).
 * Its `simpleSolve` fetches `<channel>/<subdir>/repodata.json` itself, so the repodata loaded here
 * (cached, with credentials, from local directories) is handed to it through a loopback server that
 * lives only for the call: the solver never sees a credential, a file:// URL or the network. Its
 * answer is mapped back to the channels' own records.
 */
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Channel, channelFile, redactUrl } from './channel.js'
import type { LoadedRepodata, RepodataRecord } from './repodata.js'
import { isVirtualName, VIRTUAL_CHANNEL, virtualRepodata } from './virtual.js'

export class SolveError extends Error {
  override name = 'SolveError'
}

export interface SolvedRecord {
  /** The channel's record, with `fn`. */
  readonly record: RepodataRecord & { readonly fn: string }
  readonly channel: Channel
  readonly subdir: string
  /** Where to get the archive: a URL (credentials kept) or a local path. */
  readonly source: string
  /** The URL written to conda-meta and shown: redacted, file:// for local channels. */
  readonly url: string
  /** The spec of the request that named this package, or null. */
  readonly requestedSpec: string | null
}

/** The package name a match spec is about (`numpy >=1.2`, `conda-forge::numpy=1.2`, `numpy[version='>1']`). */
export function specName(spec: string): string {
  const s = spec.trim().replace(/^[^:\s]*::/, '')
  return (/^[^\s=<>!~[]+/.exec(s)?.[0] ?? s).toLowerCase()
}

/** Records ordered so that each comes after the records it depends on (ties by name; cycles broken by name). */
export function installOrder<T extends { record: { name: string; depends?: readonly string[] } }>(records: readonly T[]): T[] {
  const byName = new Map(records.map(r => [r.record.name, r]))
  const out: T[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (r: T): void => {
    const name = r.record.name
    if (state.get(name)) return
    state.set(name, 'visiting')
    const deps = [...new Set((r.record.depends ?? []).map(specName))].sort()
    for (const d of deps) {
      const dep = byName.get(d)
      if (dep && d !== name) visit(dep)
    }
    state.set(name, 'done')
    out.push(r)
  }
  for (const r of [...records].sort((a, b) => a.record.name.localeCompare(b.record.name))) visit(r)
  return out
}

/** Where a record's archive is, and the URL to record for it. */
export function locate(loaded: LoadedRepodata, fn: string): { source: string; url: string } {
  const ch = loaded.channel
  const base = loaded.data.info?.base_url
  if (base && /^https?:\/\//.test(base)) {
    const source = new URL(encodeURIComponent(fn), base.endsWith('/') ? base : `${base}/`).toString()
    return { source, url: redactUrl(source) }
  }
  const source = channelFile(ch, loaded.subdir, fn)
  return { source, url: ch.kind === 'local' ? pathToFileURL(source).toString() : redactUrl(source) }
}

type Rattler = typeof import('@conda-org/rattler')
let rattler: Promise<Rattler> | undefined
/** The solver's module, loaded once on first use (about 4 MB of wasm). */
export function loadRattler(): Promise<Rattler> {
  rattler ??= import('@conda-org/rattler')
  return rattler
}

async function serve(loaded: readonly LoadedRepodata[]): Promise<{ server: http.Server; base: string; key: (l: LoadedRepodata) => string }> {
  const channels = [...new Set(loaded.map(l => l.channel))]
  const files = new Map<string, string>()
  const key = (l: LoadedRepodata): string => `c${channels.indexOf(l.channel)}`
  for (const l of loaded) files.set(`/${key(l)}/${l.subdir}/repodata.json`, l.text)
  const server = http.createServer((req, res) => {
    const body = req.method === 'GET' ? files.get((req.url ?? '').split('?')[0]) : undefined
    if (body === undefined) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()))
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, key }
}

/** Names the solver found no candidates for, in its words ("No candidates were found for foo *", "baz >=2, for which no candidates were found"). */
export function missingNames(solverText: string): string[] {
  const names = [
    ...[...solverText.matchAll(/no candidates were found for ([^\s,]+)/gi)].map(m => m[1]),
    // the name is the line's first word after the tree's glyphs: a version spec may hold commas (`__glibc >=2.17,<3.0a0`)
    ...[...solverText.matchAll(/^[\s─└├│]*([^\s─└├│,]+)[^\n]*, for which no candidates were found/gim)].map(m => m[1])
  ]
  return [...new Set(names.map(n => specName(n.replace(/\.$/, ''))))]
}

/** What the virtual channel offers of `names`: `offered here as __glibc 2.36`, or that it offers none. */
function virtualNow(loaded: readonly LoadedRepodata[], names: readonly string[]): string {
  const offered = loaded
    .filter(l => l.channel.display === VIRTUAL_CHANNEL)
    .flatMap(l => Object.values(l.data['packages.conda'] ?? {}))
    .filter(r => names.includes(r.name))
    .map(r => `${r.name} ${r.version}`)
  return offered.length ? `offered here as ${offered.join(', ')}` : 'not offered for this subdir'
}

/**
 * The error for an unsatisfiable request: which packages are missing (no channel has the name) or
 * have no matching version, the channels searched, what to do, then the solver's own explanation.
 */
export function unsolvableMessage(specs: readonly string[], loaded: readonly LoadedRepodata[], solverText: string): string {
  const has = (name: string): boolean =>
    loaded.some(
      l => Object.values(l.data['packages.conda'] ?? {}).some(r => r.name === name) || Object.values(l.data.packages ?? {}).some(r => r.name === name)
    )
  const names = missingNames(solverText)
  const absent = names.filter(n => !has(n))
  const noMatch = names.filter(n => has(n))
  // the virtual packages are listed only when one of them is what is missing
  const virtualAsked = names.some(isVirtualName)
  const searched = loaded
    .filter(l => l.channel.display !== VIRTUAL_CHANNEL || (virtualAsked && l.subdir !== 'noarch'))
    .map(l => `${l.channel.display}/${l.subdir}${l.source === 'missing' ? ' (absent)' : ''}`)
    .join(', ')
  const parts: string[] = []
  if (absent.length) parts.push(`no channel has a package named ${absent.join(', ')}`)
  if (noMatch.length) parts.push(`no version of ${noMatch.join(', ')} matches what is asked`)
  const what = parts.length ? `${parts.join('; ')} (channels searched: ${searched})` : `channels searched: ${searched}`
  const todo = absent.filter(n => !isVirtualName(n)).length ? '; add a channel that has it (--channel, or the channels input of the action)' : ''
  const virtual = names.filter(isVirtualName)
  const why = virtual.length
    ? `; ${virtual.join(', ')} ${virtual.length > 1 ? 'are virtual packages' : 'is a virtual package'}, ${virtualNow(loaded, virtual)} (this machine's, or CONDA_OVERRIDE_<NAME>'s, e.g. CONDA_OVERRIDE_GLIBC=2.28)`
    : ''
  return `cannot satisfy ${specs.join(', ')}: ${what}${todo}${why}. The solver says:\n${solverText}`
}

/**
 * Refuse specs that name their channel (`conda-forge::gcc`): the solver reads them as channel paths, which it
 * cannot resolve here (it aborts the process), and this suite solves over the channels given, not per spec.
 */
export function checkUnqualified(specs: readonly string[]): void {
  const qualified = specs.filter(s => /^[^\s[]*::/.test(s.trim()))
  if (qualified.length)
    throw new SolveError(
      `cannot satisfy ${specs.join(', ')}: ${qualified.join(', ')} names a channel ('channel::package'), which this suite does not solve; ` +
        "drop the 'channel::' prefix (in the recipe or its conda_build_config.yaml) and give that channel with --channel (or the channels input of the action)"
    )
}

/**
 * Solve `specs` over the loaded repodata (every channel with every subdir it should offer, the
 * target's and noarch) and the machine's virtual packages (virtual.ts; never in the answer). Throws
 * SolveError with the solver's own explanation when unsatisfiable.
 */
export async function solve(specs: readonly string[], channelsRepodata: readonly LoadedRepodata[], subdir: string): Promise<SolvedRecord[]> {
  if (specs.length === 0) throw new SolveError('nothing to solve: give at least one package spec')
  checkUnqualified(specs)
  const { simpleSolve } = await loadRattler()
  const loaded = [...channelsRepodata, ...virtualRepodata(subdir)]
  const { server, base, key } = await serve(loaded)
  const channelKeys = [...new Set(loaded.map(l => key(l)))]
  const platforms = [...new Set([subdir, 'noarch'])] as Parameters<Rattler['simpleSolve']>[2]
  let solved: Awaited<ReturnType<Rattler['simpleSolve']>>
  try {
    solved = await simpleSolve(
      [...specs],
      channelKeys.map(k => `${base}/${k}/`),
      platforms,
      undefined
    )
  } catch (e) {
    throw new SolveError(unsolvableMessage(specs, loaded, String(e instanceof Error ? e.message : e).trim()))
  } finally {
    server.close()
  }
  const requested = new Map(specs.map(s => [specName(s), s]))
  const out: SolvedRecord[] = []
  for (const p of solved) {
    const rel = new URL(p.url).pathname.split('/').filter(Boolean)
    const [k, sub] = rel
    const fn = p.filename
    p.free()
    const l = loaded.find(x => key(x) === k && x.subdir === sub)
    if (l?.channel.display === VIRTUAL_CHANNEL) continue // a fact of the machine, not a package to install
    const record = l?.data['packages.conda']?.[fn] ?? l?.data.packages?.[fn]
    if (!l || !record) throw new SolveError(`the solver answered with ${path.posix.join(...rel)}, which no loaded repodata holds`)
    out.push({ record: { ...record, fn }, channel: l.channel, subdir: l.subdir, ...locate(l, fn), requestedSpec: requested.get(record.name) ?? null })
  }
  return installOrder(out)
}
