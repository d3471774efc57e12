/**
 * The prefixes of every planned build solved once, before any work: the channels' repodata loaded once
 * for the machine's subdir (and noarch), then each distinct list of specs solved once (variants that
 * ask for the same packages share one answer). The plan, the cache restore and the build all take
 * these answers; an unsatisfiable recipe fails here, first.
 */
import { mask } from '../../lib/log.js'
import { DEFAULT_CHANNEL, parseChannel } from '../env/channel.js'
import { loadChannels } from '../env/create.js'
import type { LoadedRepodata } from '../env/repodata.js'
import { solve, type SolvedRecord } from '../env/solve.js'

export interface SolveRequest {
  readonly channels: readonly string[]
  /** The subdir solved for (the machine's: noarch packages build there too). */
  readonly subdir: string
  readonly cacheDir: string
  readonly log?: (l: string) => void
  readonly warn?: (l: string) => void
  /**
   * Repodata read before the channels' (the planned outputs of the recipe: planned-records.ts): first, as the
   * build's output channel is first when the outputs are built, so a planned output shadows a channel package
   * of its name (strict priority).
   */
  readonly extra?: readonly LoadedRepodata[]
}

/** Specs -> solved records; the key is specsKey(specs). */
export type Solutions = ReadonlyMap<string, readonly SolvedRecord[]>

/** The key of a list of specs in Solutions (order kept: it is the order the recipe gives). */
export const specsKey = (specs: readonly string[]): string => JSON.stringify(specs)

/** Solve every non-empty list of specs once (see the module's comment). */
export async function solveEnvironments(specLists: readonly (readonly string[])[], r: SolveRequest): Promise<Solutions> {
  const distinct = new Map<string, readonly string[]>()
  for (const specs of specLists) if (specs.length) distinct.set(specsKey(specs), specs)
  const out = new Map<string, readonly SolvedRecord[]>()
  if (!distinct.size) return out
  const channels = (r.channels.length ? r.channels : [DEFAULT_CHANNEL]).map(c => parseChannel(c))
  for (const ch of channels) for (const s of ch.secrets) mask(s)
  const loaded = [...(r.extra ?? []), ...(await loadChannels(channels, r.subdir, { cacheDir: r.cacheDir, warn: r.warn }))]
  r.log?.(`channels: ${loaded.map(l => `${l.channel.display}/${l.subdir} (${l.source})`).join(', ')}`)
  for (const [key, specs] of distinct) {
    const solved = await solve(specs, loaded, r.subdir)
    r.log?.(`solved ${specs.join(', ')}: ${solved.length} package(s) for ${r.subdir}`)
    out.set(key, solved)
  }
  return out
}
