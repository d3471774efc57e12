/**
 * Whether a set of records satisfies a package's `depends` and `constrains` entries (`name`, `name version`,
 * `name version build`, as conda writes them in index.json), with the solver's own version-spec semantics
 * (`@conda-org/rattler`'s VersionSpec) and fnmatch-style build strings. A spec in another form (brackets, a
 * channel) or that does not parse counts as not satisfied, so that a caller relying on this solves again.
 */
import { fnmatch } from '../post/glob.js'
import type { RepodataRecord } from './repodata.js'
import { loadRattler, specName } from './solve.js'

/** What the records make of a spec: a record of that name matches it, the record of that name does not, or none has the name. */
export type SpecMatch = 'match' | 'mismatch' | 'absent'

export type SpecMatcher = (spec: string) => SpecMatch

/** A matcher over `records` (one record a name, as in a solved environment). */
export async function specMatcher(records: readonly Pick<RepodataRecord, 'name' | 'version' | 'build'>[]): Promise<SpecMatcher> {
  const { Version, VersionSpec } = await loadRattler()
  const byName = new Map(records.map(r => [r.name.toLowerCase(), r]))
  const versionMatches = (spec: string, version: string): boolean => {
    let parsed: [InstanceType<typeof VersionSpec>, InstanceType<typeof Version>] | undefined
    try {
      parsed = [new VersionSpec(spec), new Version(version)]
      return parsed[0].matches(parsed[1])
    } catch {
      return false
    } finally {
      for (const x of parsed ?? []) x.free()
    }
  }
  return spec => {
    const r = byName.get(specName(spec))
    if (!r) return 'absent'
    const parts = spec.trim().split(/\s+/)
    if (parts.length > 3 || /[[\]]|::/.test(spec)) return 'mismatch'
    const [, version, build] = parts
    if (version !== undefined && version !== '*' && !versionMatches(version, r.version)) return 'mismatch'
    if (build !== undefined && !fnmatch(r.build, build)) return 'mismatch'
    return 'match'
  }
}
