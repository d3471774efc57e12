/**
 * Wheel names and platform tags (PEP 427, 425, 600): parsing the file name, the architecture and
 * libc a name claims, and adding repaired platform tags to the name and to WHEEL's Tag lines.
 * Pure functions.
 */
import { AuditError } from './errors.js'
import type { Libc } from './policies.js'

export interface WheelName {
  /** The distribution part, e.g. `python_mscl`. */
  name: string
  version: string
  build: string | null
  pythonTags: string[]
  abiTags: string[]
  platforms: string[]
}

export function parseWheelName(fileName: string): WheelName {
  const base = fileName.replace(/^.*\//, '')
  if (!base.endsWith('.whl')) throw new AuditError('BAD_WHEEL', `${base}: a wheel file name ends with .whl`)
  const parts = base.slice(0, -4).split('-')
  if (parts.length !== 5 && parts.length !== 6) throw new AuditError('BAD_WHEEL', `${base}: expected name-version[-build]-python-abi-platform.whl`)
  const [name, version] = parts as [string, string]
  const [py, abi, plat] = parts.slice(-3) as [string, string, string]
  return {
    name,
    version,
    build: parts.length === 6 ? parts[2] : null,
    pythonTags: py.split('.'),
    abiTags: abi.split('.'),
    platforms: [...new Set(plat.toLowerCase().split('.'))].sort()
  }
}

/** Architecture suffixes a platform tag may end with, longest first so `_x86_64_v2` wins over `_x86_64`. */
const TAG_ARCHES = [
  'x86_64_v2',
  'x86_64_v3',
  'x86_64_v4',
  'arm64_v8a',
  'loongarch64',
  'x86_64',
  'aarch64',
  'ppc64le',
  'ppc64',
  'riscv64',
  's390x',
  'armv7l',
  'i686'
]
const BASELINE: Record<string, string> = { x86_64_v2: 'x86_64', x86_64_v3: 'x86_64', x86_64_v4: 'x86_64', arm64_v8a: 'aarch64' }

/** The architecture a platform tag names, or null. */
export function tagArch(platform: string): string | null {
  for (const a of TAG_ARCHES) if (platform.endsWith(`_${a}`)) return a
  return null
}

export type NameArch = { kind: 'pure' } | { kind: 'arch'; arch: string } | { kind: 'unknown'; reason: string }

/** The one baseline architecture a wheel's name claims; `pure` for `any`. */
export function wheelNameArch(w: WheelName): NameArch {
  const found = new Set<string>()
  let missed = false
  const pure = w.platforms.every(p => p === 'any')
  for (const p of w.platforms) {
    if (p === 'any') {
      missed = true
      continue
    }
    const a = tagArch(p)
    if (a) found.add(BASELINE[a] ?? a)
    else missed = true
  }
  if (found.size === 0) return pure ? { kind: 'pure' } : { kind: 'unknown', reason: 'unknown architecture' }
  if (missed || found.size > 1) return { kind: 'unknown', reason: `wheels with multiple architectures are not supported (${[...found].join(', ')})` }
  return { kind: 'arch', arch: [...found][0] }
}

const LIBC_PREFIX: Array<[string, Libc]> = [
  ['manylinux', 'glibc'],
  ['musllinux', 'musl'],
  ['android', 'android']
]

/** The libc a wheel's name claims (manylinux → glibc, musllinux → musl, android), or null. */
export function wheelNameLibc(w: WheelName): Libc | null {
  const found = new Set<Libc>()
  for (const p of w.platforms) for (const [prefix, libc] of LIBC_PREFIX) if (p.startsWith(prefix)) found.add(libc)
  if (found.size > 1) throw new AuditError('BAD_WHEEL', `wheels with several libcs are not supported: ${w.platforms.join('.')}`)
  return [...found][0] ?? null
}

/** The generic tag a repaired tag replaces: manylinux_2_17_x86_64 → linux_x86_64. */
export function replacedPlatforms(policyName: string): string[] {
  if (policyName.startsWith('linux') || policyName.startsWith('android')) return []
  const parts = policyName.split('_')
  const rest = /^(manylinux|musllinux)_/.test(policyName) ? parts.slice(3) : parts.slice(1)
  return [`linux_${rest.join('_')}`]
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)]
}

export interface Retagged {
  fileName: string
  /** The file name's platform tags, sorted as auditwheel writes them. */
  platforms: string[]
  /** WHEEL's Tag values after the change. */
  wheelTags: string[]
}

/** Add platform tags to a wheel's name and Tag lines, dropping `remove` (e.g. linux_x86_64). */
export function addPlatforms(fileName: string, wheelTags: readonly string[], platforms: readonly string[], remove: readonly string[]): Retagged {
  const w = parseWheelName(fileName)
  const toRemove = [...remove]
  let plats = unique([...w.platforms.filter(p => !toRemove.includes(p)), ...platforms])
  if (plats.includes('any') && plats.length > 1) {
    plats = plats.filter(p => p !== 'any')
    toRemove.push('any')
  }
  plats.sort()
  const base = fileName.replace(/^.*\//, '')
  const prefix = base.slice(0, base.lastIndexOf('-'))
  const pyAbi = unique(wheelTags.map(t => t.split('-').slice(0, 2).join('-')))
  const wanted = pyAbi.flatMap(pa => platforms.map(p => `${pa}-${p}`))
  const unwanted = new Set(pyAbi.flatMap(pa => toRemove.map(p => `${pa}-${p}`)))
  const kept = wheelTags.filter(t => !unwanted.has(t))
  const added = wanted.filter(t => !wheelTags.includes(t))
  return { fileName: `${prefix}-${plats.join('.')}.whl`, platforms: plats, wheelTags: unique([...kept, ...added]) }
}
