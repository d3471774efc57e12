/** The `plat` input checked against the repair's policy table, before anything runs. Pure. */
import { knownPolicyBases, policySet, type PolicySet } from '../manylinux/policies.js'
import { tagArch } from '../manylinux/tags.js'

/** Architectures a policy may exist for, in the order messages list them. */
const ARCHES = ['x86_64', 'i686', 'aarch64', 'ppc64le', 'ppc64', 's390x', 'armv7l', 'riscv64', 'loongarch64'] as const

function setFor(base: string, arch: string): PolicySet | undefined {
  const musl = base.startsWith('musllinux')
  try {
    return policySet(musl ? 'musl' : 'glibc', arch, musl ? { muslPolicy: base } : {})
  } catch {
    return undefined // no such musllinux policy for this architecture
  }
}

function exists(base: string, arch: string): boolean {
  const set = setFor(base, arch)
  return !!set && set.policies.some(p => p.base === base || p.aliases.includes(`${base}_${set.arch}`))
}

/** The accepted values, for messages and docs. */
export function acceptedPlats(): string {
  const policies = knownPolicyBases().join(', ')
  return `auto, or a policy: ${policies}; optionally with an architecture (e.g. manylinux_2_28_x86_64, manylinux2014_aarch64)`
}

/** What is wrong with a `plat` value ('' and 'auto' are fine), or null. */
export function platProblem(raw: string): string | null {
  if (raw === '' || raw === 'auto') return null
  const arch = tagArch(raw)
  const base = arch ? raw.slice(0, -(arch.length + 1)) : raw
  if (!knownPolicyBases().includes(base)) return `'${raw}' is not a platform tag the repair knows; accepted: ${acceptedPlats()}`
  if (arch && !exists(base, arch)) {
    const where = ARCHES.filter(a => exists(base, a))
    return `'${raw}': ${base} does not exist for ${arch}; it exists for ${where.join(', ') || 'no architecture'}`
  }
  return null
}
