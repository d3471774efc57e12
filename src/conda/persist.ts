/**
 * The conda caches across runs, for the conda-recipe action: plan (which sources have a hash, which
 * packages the build and host prefixes will get), restore what the local caches lack from the stores
 * before the build, save what the build downloaded after it (also after a failed build: what was
 * downloaded was verified). Two stores: `conda-src` (one entry per hashed source, see
 * source/persist.ts) and `conda-pkgs` (one entry for the run's solved set, see env/persist.ts).
 *
 * The solved set is planned with the same solver and the same channels as the build, before it; a
 * plan that cannot be made (the solve fails) only means nothing is persisted, and the build reports
 * the problem itself. The test prefix is not planned: it solves against the channel the build writes.
 */
import * as path from 'node:path'
import { chooseStore, type CacheStore } from '../cache/store.js'
import { errorMessage } from '../lib/errors.js'
import { DEFAULT_CHANNEL, parseChannel } from './env/channel.js'
import { loadChannels } from './env/create.js'
import { packageSet, restorePackages, savePackages, type PackageSet } from './env/persist.js'
import { solve, type SolvedRecord } from './env/solve.js'
import type { RenderedVariant } from './recipe/render.js'
import type { Value } from './recipe/yaml.js'
import { restoreSource, saveSource, sourceStoreKey, type SourceRestore } from './source/persist.js'
import { sourceSpecs, type UrlSource } from './source/spec.js'

export interface CondaStores {
  readonly sources: CacheStore
  readonly packages: CacheStore
}

/** The stores: `cache-dir` given -> folders under it; in a workflow -> the Actions cache; else ~/.cache/build-wheel. */
export function condaStores(cacheDir: string, timeoutSeconds: number): CondaStores {
  return { sources: chooseStore('conda-src', cacheDir, timeoutSeconds), packages: chooseStore('conda-pkgs', cacheDir, timeoutSeconds) }
}

type Dict = { readonly [k: string]: Value }
const isDict = (v: Value | undefined): v is Dict => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v)
const strList = (v: Value | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [])

/** The requirement lists a variant's prefixes are solved from, as the build does: build and host, or build alone (merged). Pure. */
export function environmentSpecs(meta: Dict): string[][] {
  const reqs = isDict(meta.requirements) ? meta.requirements : {}
  const sets = 'host' in reqs ? [strList(reqs.build), strList(reqs.host)] : [strList(reqs.build)]
  return sets.filter(s => s.length > 0)
}

/** The url sources of the variants: those with a hash (one per key) and those without. Pure but for sourceSpecs' errors. */
export function persistableSources(variants: readonly RenderedVariant[], recipeDir: string): { hashed: UrlSource[]; unhashed: UrlSource[] } {
  const hashed = new Map<string, UrlSource>()
  const unhashed: UrlSource[] = []
  for (const v of variants)
    for (const s of sourceSpecs(v.meta.source, recipeDir)) {
      if (s.kind !== 'url') continue
      const key = sourceStoreKey(s)
      if (!key) unhashed.push(s)
      else if (!hashed.has(key)) hashed.set(key, s)
    }
  return { hashed: [...hashed.values()], unhashed }
}

export interface PlanOptions {
  readonly variants: readonly RenderedVariant[]
  readonly recipeDir: string
  readonly channels: readonly string[]
  /** The machine's subdir (the build's). */
  readonly subdir: string
  /** As the build's: repodata/ and pkgs/ under it. */
  readonly cacheDir: string
  readonly sourceCacheDir: string
  readonly stores: CondaStores
  readonly log: (l: string) => void
  readonly warn: (l: string) => void
}

export interface CondaCachePlan {
  readonly stores: CondaStores
  readonly sourceCacheDir: string
  readonly pkgsDir: string
  readonly sources: ReadonlyArray<{ readonly src: UrlSource; readonly restore: SourceRestore }>
  readonly packages?: { readonly set: PackageSet; readonly present: ReadonlySet<string>; readonly outcome: string }
}

async function solvedSet(o: PlanOptions): Promise<PackageSet | undefined> {
  const specSets = o.variants.flatMap(v => environmentSpecs(v.meta))
  if (!specSets.length) {
    o.log('packages: the recipe has no build or host requirements')
    return undefined
  }
  try {
    const channels = (o.channels.length ? o.channels : [DEFAULT_CHANNEL]).map(c => parseChannel(c))
    const loaded = await loadChannels(channels, o.subdir, { cacheDir: o.cacheDir, warn: o.warn })
    const solved: SolvedRecord[] = []
    for (const specs of specSets) solved.push(...(await solve(specs, loaded, o.subdir)))
    const set = packageSet(solved, o.subdir)
    if (!set) o.log(`packages: all ${solved.length} solved package(s) come from local channels; nothing to persist`)
    else if (set.unhashed) o.log(`packages: ${set.unhashed} package(s) have no sha256 in their repodata and are not persisted`)
    return set
  } catch (e) {
    o.log(`packages: not planned (${errorMessage(e).split('\n')[0]}); the build reports the problem`)
    return undefined
  }
}

/** Plan and restore (see the module's comment); never fails the step for a cache's sake. */
export async function restoreCondaCaches(o: PlanOptions): Promise<CondaCachePlan> {
  const pkgsDir = path.join(o.cacheDir, 'pkgs')
  let hashed: UrlSource[] = []
  try {
    const found = persistableSources(o.variants, o.recipeDir)
    hashed = found.hashed
    for (const s of found.unhashed) o.log(`${s.fn}: the recipe gives no md5/sha1/sha256, so it is not persisted (its content is unknown)`)
  } catch (e) {
    o.log(`sources: not planned (${errorMessage(e)}); the build reports the problem`)
  }
  let started = performance.now()
  const sources: Array<{ src: UrlSource; restore: SourceRestore }> = []
  for (const src of hashed)
    try {
      sources.push({ src, restore: await restoreSource(src, o.sourceCacheDir, o.stores.sources, o.log, o.warn) })
    } catch (e) {
      o.warn(`${src.fn} was not restored: ${errorMessage(e)}; it will be downloaded`)
      sources.push({ src, restore: { outcome: 'miss' } })
    }
  if (hashed.length) o.log(`sources from ${o.stores.sources.description}: ${tally(sources.map(s => s.restore.outcome))} in ${secs(started)}`)
  started = performance.now()
  const set = await solvedSet(o)
  let packages: CondaCachePlan['packages']
  if (set) {
    try {
      const r = await restorePackages(set, pkgsDir, o.stores.packages, o.log, o.warn)
      packages = { set, present: r.present, outcome: r.outcome }
      o.log(`packages from ${o.stores.packages.description}: ${r.outcome}, ${set.records.length} archive(s) in the solved set, in ${secs(started)}`)
    } catch (e) {
      o.warn(`the package cache entry was not restored: ${errorMessage(e)}; the packages will be downloaded`)
    }
  }
  return { stores: o.stores, sourceCacheDir: o.sourceCacheDir, pkgsDir, sources, packages }
}

/** Save what the run downloaded (see the module's comment); never fails the step. */
export async function saveCondaCaches(plan: CondaCachePlan, log: (l: string) => void, warn: (l: string) => void): Promise<void> {
  const started = performance.now()
  let saved = 0
  let bytes = 0
  const count = (n: number | undefined): void => {
    if (n !== undefined) {
      saved++
      bytes += n
    }
  }
  try {
    for (const { src, restore } of plan.sources)
      if (restore.outcome === 'miss' || restore.outcome === 'refused') count(await saveSource(src, plan.sourceCacheDir, plan.stores.sources, log))
    if (plan.packages) count(await savePackages(plan.packages.set, plan.pkgsDir, plan.stores.packages, plan.packages.present, log))
  } catch (e) {
    warn(`the conda caches were not saved: ${errorMessage(e)}; the build itself is not affected`)
  }
  log(`saved ${saved} entr${saved === 1 ? 'y' : 'ies'} (${(bytes / 1e6).toFixed(1)} MB) in ${secs(started)}`)
}

function secs(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`
}

function tally(outcomes: readonly string[]): string {
  const n = (o: string): number => outcomes.filter(x => x === o).length
  return ['hit', 'miss', 'refused', 'local']
    .filter(o => n(o))
    .map(o => `${n(o)} ${o === 'local' ? 'already local' : o}`)
    .join(', ')
}
