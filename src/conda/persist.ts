/**
 * The conda caches across runs, for the conda-recipe action: plan (which sources have a hash, which
 * packages the build and host prefixes will get), restore what the local caches lack from the stores
 * before the build, save what the build downloaded after it (also after a failed build: what was
 * downloaded was verified). Two stores: `conda-src` (one entry per hashed source, see
 * source/persist.ts) and `conda-pkgs` (one entry for the run's solved set, see env/persist.ts).
 *
 * The solved set is the build plan's (src/conda/plan/): the prefixes are solved once, and the same
 * answer is restored here and installed by the build. The test prefix is not planned: it solves
 * against the channel the build writes.
 */
import * as path from 'node:path'
import { chooseStore, type CacheStore } from '../cache/store.js'
import { errorMessage } from '../lib/errors.js'
import { packageSet, restorePackages, savePackages, type PackageSet } from './env/persist.js'
import type { SolvedRecord } from './env/solve.js'
import type { RenderedVariant } from './recipe/render.js'
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
  /** The variants to build and their recipe folder (the build plan's). */
  readonly variants: readonly RenderedVariant[]
  readonly recipeDir: string
  /** Every package of the plan's solved prefixes (solved once, with the plan); empty: nothing to persist. */
  readonly solved: readonly SolvedRecord[]
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

function solvedSet(o: PlanOptions): PackageSet | undefined {
  if (!o.solved.length) {
    o.log('packages: the recipe has no build or host requirements')
    return undefined
  }
  const set = packageSet(o.solved, o.subdir)
  if (!set) o.log(`packages: all ${o.solved.length} solved package(s) come from local channels; nothing to persist`)
  else if (set.unhashed) o.log(`packages: ${set.unhashed} package(s) have no sha256 in their repodata and are not persisted`)
  return set
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
  const set = solvedSet(o)
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
