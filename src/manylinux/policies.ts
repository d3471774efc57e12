/**
 * Policies for one (libc, architecture): expanded from policy-data.ts into sets, ordered by
 * priority, with the symbol-version test that picks the most compatible policy a set of required
 * versions allows.
 */
import {
  ANDROID_POLICIES,
  ANDROID_WHITELIST,
  MANYLINUX_BLACKLIST,
  MANYLINUX_POLICIES,
  MANYLINUX_SYMBOL_VERSIONS,
  MANYLINUX_WHITELIST,
  MUSL_LIBC_SONAME,
  MUSLLINUX_BLACKLIST,
  MUSLLINUX_POLICIES,
  MUSLLINUX_WHITELIST,
  type Grouped,
  type PolicyFacts
} from './policy-data.js'
import { AuditError } from './errors.js'
import type { Libc } from '../elf/lddtree.js'

export type { Libc } from '../elf/lddtree.js'

export interface Policy {
  /** Full tag, e.g. `manylinux_2_17_x86_64`. */
  name: string
  /** Without the architecture, e.g. `manylinux_2_17`. */
  base: string
  /** Full legacy tags, e.g. `manylinux2014_x86_64`. */
  aliases: string[]
  priority: number
  /** Prefix (GLIBC, GLIBCXX, ...) → allowed versions, as `PREFIX_x.y` names. */
  symbolVersions: ReadonlyMap<string, ReadonlySet<string>>
  whitelist: ReadonlySet<string>
  blacklist: ReadonlyMap<string, ReadonlySet<string>>
}

export class PolicySet {
  /** Ascending priority: `linux` first, the most compatible policy last. */
  readonly policies: readonly Policy[]
  constructor(
    readonly libc: Libc,
    readonly arch: string,
    policies: Policy[]
  ) {
    this.policies = [...policies].sort((a, b) => a.priority - b.priority)
  }
  get linux(): Policy {
    return this.policies[0]
  }
  get highest(): Policy {
    return this.policies[this.policies.length - 1]
  }
  /** The least compatible policy that is not `linux`. */
  get lowest(): Policy {
    return this.policies[1] ?? this.linux
  }
  byName(name: string): Policy | undefined {
    return this.policies.find(p => p.name === name || p.aliases.includes(name) || p.base === name)
  }
}

const LINUX_BASE = 'linux'

function expand(groups: Grouped, order: readonly string[], upTo: number, prefix = ''): Set<string> {
  const out = new Set<string>()
  for (const [policy, items] of groups) {
    const i = order.indexOf(policy)
    if (i >= 0 && i <= upTo) for (const item of items.split(' ')) if (item) out.add(prefix + item)
  }
  return out
}

function linuxPolicy(arch: string): Policy {
  return { name: `${LINUX_BASE}_${arch}`, base: LINUX_BASE, aliases: [], priority: 0, symbolVersions: new Map(), whitelist: new Set(), blacklist: new Map() }
}

function make(f: PolicyFacts, arch: string, symbolVersions: Map<string, Set<string>>, whitelist: Set<string>, blacklist: Map<string, Set<string>>): Policy {
  return { name: `${f.name}_${arch}`, base: f.name, aliases: f.aliases.map(a => `${a}_${arch}`), priority: f.priority, symbolVersions, whitelist, blacklist }
}

function manylinux(arch: string): Policy[] {
  const order = MANYLINUX_POLICIES.map(p => p.name)
  const out: Policy[] = []
  MANYLINUX_POLICIES.forEach((f, i) => {
    if (!f.arches.includes(arch)) return
    const versions = new Map<string, Set<string>>()
    for (const [prefix, groups] of Object.entries(MANYLINUX_SYMBOL_VERSIONS[arch] ?? {})) versions.set(prefix, expand(groups, order, i, `${prefix}_`))
    const blacklist = new Map<string, Set<string>>()
    for (const [lib, groups] of Object.entries(MANYLINUX_BLACKLIST)) {
      const syms = new Set<string>()
      for (const [last, items] of groups) if (i <= order.indexOf(last)) for (const s of items.split(' ')) syms.add(s)
      if (syms.size) blacklist.set(lib, syms)
    }
    out.push(make(f, arch, versions, expand(MANYLINUX_WHITELIST, order, i), blacklist))
  })
  return out
}

function musllinux(arch: string, only: string | undefined): Policy[] {
  const libc = MUSL_LIBC_SONAME[arch]
  const whitelist = new Set(MUSLLINUX_WHITELIST.map(l => (l === 'libc.so' && libc ? libc : l)))
  const blacklist = new Map(Object.entries(MUSLLINUX_BLACKLIST).map(([lib, s]) => [lib, new Set(s.split(' '))] as const))
  const all = MUSLLINUX_POLICIES.filter(f => f.arches.includes(arch))
  // musl has no symbol versioning, so the audit cannot tell 1.1 from 1.2: like auditwheel, keep one
  // policy, the one asked for or the newest (auditwheel uses the host's musl, the newest elsewhere).
  const pick = only ? all.filter(f => f.name === only) : all.slice(-1)
  if (only && pick.length === 0) throw new AuditError('BAD_ARGUMENT', `no musllinux policy ${only} for ${arch}`)
  return pick.map(f => make(f, arch, new Map(), whitelist, blacklist))
}

function androidLevel(tag: string): number | null {
  const m = /^android_(\d+)/.exec(tag)
  return m ? Number(m[1]) : null
}

function android(arch: string, wheelTag: string | undefined): Policy[] {
  const baseline = arch === 'arm64_v8a' ? 'aarch64' : arch
  const order = ANDROID_POLICIES.map(p => p.name)
  const level = wheelTag ? androidLevel(wheelTag) : null
  if (level === null) throw new AuditError('BAD_ARGUMENT', `Android wheels need a platform tag with an API level, got ${wheelTag ?? 'none'}`)
  // The policy with the highest API level not above the wheel's, renamed to the wheel's own tag.
  let found: Policy | null = null
  for (const [i, f] of ANDROID_POLICIES.entries()) {
    if (!f.arches.includes(baseline) || (androidLevel(f.name) ?? 0) > level) continue
    found = { ...make(f, arch, new Map(), expand(ANDROID_WHITELIST, order, i), new Map()), name: wheelTag as string }
  }
  if (!found) throw new AuditError('BAD_ARGUMENT', `no Android policy matches the platform tag ${wheelTag}`)
  return [found]
}

export interface PolicySetOptions {
  /** musllinux only: keep this policy (e.g. `musllinux_1_1`) instead of the newest. */
  muslPolicy?: string
  /** Android only: the wheel's platform tag (its API level picks the policy). */
  androidTag?: string
}

/** The policies for a libc and an architecture (an ISA level like x86_64_v3 uses its baseline's). */
export function policySet(libc: Libc, arch: string, opts: PolicySetOptions = {}): PolicySet {
  const baseline = arch.startsWith('x86_64') ? 'x86_64' : arch
  const tagArch = libc === 'android' ? arch : baseline
  const list = libc === 'glibc' ? manylinux(baseline) : libc === 'musl' ? musllinux(baseline, opts.muslPolicy) : android(arch, opts.androidTag)
  return new PolicySet(libc, baseline, [linuxPolicy(tagArch), ...list])
}

/** Split `GLIBC_2.17` into its prefix and version (`GLIBC`, `2.17`). */
export function splitVersion(name: string): [string, string] {
  const i = name.indexOf('_')
  return i < 0 ? [name, ''] : [name.slice(0, i), name.slice(i + 1)]
}

/** The required versions a policy does not allow: [library, version] pairs. */
export function disallowedVersions(p: Policy, required: ReadonlyMap<string, ReadonlySet<string>>): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const [lib, versions] of required) {
    for (const v of versions) {
      const allowed = p.symbolVersions.get(splitVersion(v)[0])
      if (allowed && !allowed.has(v)) out.push([lib, v])
    }
  }
  return out
}

/** The most compatible policy that allows every required version (prefixes a policy does not list are not judged). */
export function versionedSymbolsPolicy(set: PolicySet, required: ReadonlyMap<string, ReadonlySet<string>>): Policy {
  for (let i = set.policies.length - 1; i >= 0; i--) {
    const p = set.policies[i]
    if (disallowedVersions(p, required).length === 0) return p
  }
  return set.linux
}

/** Every policy name and alias without architecture, for validating a requested `--plat`. */
export function knownPolicyBases(): string[] {
  return [LINUX_BASE, ...MANYLINUX_POLICIES.flatMap(p => [p.name, ...p.aliases]), ...MUSLLINUX_POLICIES.map(p => p.name)]
}
