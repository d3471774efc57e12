/**
 * Choosing a wheel's tag from what its ELF files need: the symbol policy (versions, counting the
 * libraries that would be grafted), external libraries, black-listed symbols, PyFPE, UCS-2 and
 * instruction-set constraints; the overall tag is the least compatible of them. Pure functions of
 * facts gathered elsewhere, so they are tested with tables.
 */
import { archCovers } from '../elf/platform.js'
import { versionedSymbolsPolicy, type Policy, type PolicySet } from './policies.js'

export type VersionMap = ReadonlyMap<string, ReadonlySet<string>>

export interface ExternalRef {
  /** External libraries (soname → where found, null if not found). */
  libs: Map<string, string | null>
  /** Needed library → black-listed symbols the files use from it. */
  blacklist: Map<string, string[]>
}

export interface DecisionInput {
  set: PolicySet
  /** Library → version names required by the wheel's own ELF files (loader entries left out). */
  versioned: VersionMap
  /** For each external library found on disk: its own required versions. */
  externalVersioned: ReadonlyMap<string, VersionMap>
  /** Per policy name: what would have to be grafted, and the black-listed symbols used. */
  refs: ReadonlyMap<string, ExternalRef>
  pyfpe: boolean
  ucs2: boolean
  machine: Policy
  /** Repair mode: external libraries will be grafted, so they do not lower the tag. */
  allowGraft: boolean
  /** Repair mode: the requested policy without architecture, or `auto`. */
  requestedBase?: string | null
}

export interface Decision {
  overall: Policy
  symbol: Policy
  /** The versions the symbol policy was judged on (the wheel's plus those of its grafted libraries). */
  symbolVersions: Map<string, Set<string>>
  ref: Policy
  blacklist: Policy
  graft: Policy
  pyfpe: Policy
  ucs: Policy
  machine: Policy
}

export const higher = (a: Policy, b: Policy): Policy => (b.priority > a.priority ? b : a)
export const lower = (a: Policy, b: Policy): Policy => (b.priority < a.priority ? b : a)

export function mergeVersions(into: Map<string, Set<string>>, from: VersionMap): void {
  for (const [lib, vs] of from) {
    let set = into.get(lib)
    if (!set) into.set(lib, (set = new Set()))
    for (const v of vs) set.add(v)
  }
}

/** The wheel's versions plus those of the libraries a policy would graft. */
export function versionsWithGrafts(
  versioned: VersionMap,
  externalVersioned: ReadonlyMap<string, VersionMap>,
  libs: Iterable<string>
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  mergeVersions(out, versioned)
  for (const soname of libs) {
    const ext = externalVersioned.get(soname)
    if (ext) mergeVersions(out, ext)
  }
  return out
}

export function decide(input: DecisionInput): Decision {
  const { set, refs } = input
  const nonLinux = set.policies.filter(p => p.priority > 0)
  let symbol = versionedSymbolsPolicy(set, input.versioned)
  let symbolVersions = versionsWithGrafts(input.versioned, new Map(), [])
  let best: Policy | null = null
  // Each policy grafts different libraries, whose own versions then count: keep the best outcome,
  // never above the policy whose whitelist it was judged with.
  for (const p of nonLinux) {
    const versions = versionsWithGrafts(input.versioned, input.externalVersioned, refs.get(p.name)?.libs.keys() ?? [])
    const found = lower(p, versionedSymbolsPolicy(set, versions))
    if (!best || found.priority > best.priority) {
      best = found
      symbolVersions = versions
    }
  }
  if (best) symbol = best
  const withNo = (pred: (r: ExternalRef) => boolean): Policy =>
    set.policies
      .filter(p => {
        const r = refs.get(p.name)
        return p.priority === 0 || (r !== undefined && pred(r))
      })
      .reduce(higher, set.linux)
  const ref = withNo(r => r.libs.size === 0)
  const blacklist = withNo(r => r.blacklist.size === 0)
  // Never pick a more compatible policy if it means grafting more than the requested one needs.
  const counts = (pred: (p: Policy) => boolean): number[] => set.policies.filter(pred).map(p => refs.get(p.name)?.libs.size ?? 0)
  const requested = input.requestedBase
  const allowedCount = Math.min(
    ...(requested && requested !== 'auto' ? counts(p => p.base === requested) : counts(p => p.priority > 0)),
    Number.POSITIVE_INFINITY
  )
  const graftCount = Number.isFinite(allowedCount) ? allowedCount : 0
  const graft = withNo(r => r.libs.size <= graftCount)
  const pyfpe = input.pyfpe ? set.linux : set.highest
  const ucs = input.ucs2 ? set.linux : set.highest
  let overall = [symbol, ucs, pyfpe, blacklist, input.machine].reduce(lower)
  if (requested != null) overall = lower(overall, graft)
  if (!input.allowGraft) overall = lower(overall, ref)
  return { overall, symbol, symbolVersions, ref, blacklist, graft, pyfpe, ucs, machine: input.machine }
}

export interface IsaItem {
  file: string
  /** The soname when the file is an external library, null for the wheel's own files. */
  soname: string | null
  isaLevel: string | null
}

/**
 * The policy instruction-set extensions allow: files needing more than the wheel's architecture
 * make it `linux`, unless the file is a library some policy whitelists (then that policy at most).
 */
export function machinePolicy(set: PolicySet, arch: string, items: readonly IsaItem[]): { policy: Policy; offenders: IsaItem[] } {
  let result = set.highest
  const offenders: IsaItem[] = []
  for (const item of items) {
    if (!item.isaLevel || archCovers(arch, item.isaLevel)) continue
    offenders.push(item)
    const whitelisting = item.soname ? set.policies.filter(p => p.whitelist.has(item.soname as string)).reduce(higher, set.linux) : set.linux
    result = lower(result, whitelisting)
  }
  return { policy: result, offenders }
}
