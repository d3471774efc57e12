/** The policy table: the data module against auditwheel's published files, and the version rule as a table. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { policySet, versionedSymbolsPolicy, type Policy } from '../../src/manylinux/policies.js'
import { MUSL_LIBC_SONAME } from '../../src/manylinux/policy-data.js'
import { sharedTest, wheelsDir } from './shared-data.js'

interface JsonPolicy {
  name: string
  aliases: string[]
  priority: number
  symbol_versions: Record<string, Record<string, string[]>>
  lib_whitelist: string[]
  blacklist: Record<string, string[]>
}

function loadJson(file: string): JsonPolicy[] {
  return JSON.parse(fs.readFileSync(path.join(wheelsDir, 'policy', file), 'utf8')) as JsonPolicy[]
}

function sorted(s: Iterable<string>): string[] {
  return [...s].sort()
}

function comparePolicy(p: Policy, j: JsonPolicy, arch: string, libcSoname?: string): void {
  expect(p.name).toBe(`${j.name}_${arch}`)
  expect(p.aliases).toEqual(j.aliases.map(a => `${a}_${arch}`))
  expect(p.priority).toBe(j.priority)
  const versions = j.symbol_versions[arch] ?? {}
  expect(sorted(p.symbolVersions.keys())).toEqual(sorted(Object.keys(versions)))
  for (const [prefix, vs] of Object.entries(versions)) expect(sorted(p.symbolVersions.get(prefix) ?? [])).toEqual(sorted(vs.map(v => `${prefix}_${v}`)))
  expect(sorted(p.whitelist)).toEqual(sorted(j.lib_whitelist.map(l => (l === 'libc.so' && libcSoname ? libcSoname : l))))
  expect(sorted(p.blacklist.keys())).toEqual(sorted(Object.keys(j.blacklist)))
  for (const [lib, syms] of Object.entries(j.blacklist)) expect(sorted(p.blacklist.get(lib) ?? [])).toEqual(sorted(syms))
}

sharedTest('manylinux: every policy and architecture equals auditwheel/policy/manylinux-policy.json', () => {
  const json = loadJson('manylinux-policy.json').filter(p => p.name !== 'linux')
  const arches = [...new Set(json.flatMap(p => Object.keys(p.symbol_versions)))]
  let compared = 0
  for (const arch of arches) {
    const set = policySet('glibc', arch)
    const expected = json.filter(p => arch in p.symbol_versions)
    expect(set.policies.map(p => p.name)).toEqual(['linux', ...[...expected].sort((a, b) => a.priority - b.priority).map(p => p.name)].map(n => `${n}_${arch}`))
    for (const j of expected) {
      comparePolicy(set.byName(`${j.name}_${arch}`) as Policy, j, arch)
      compared++
    }
  }
  expect(compared).toBeGreaterThan(100)
})

sharedTest('musllinux: both policies equal musllinux-policy.json (libc.so → the arch’s musl libc)', () => {
  for (const j of loadJson('musllinux-policy.json').filter(p => p.name !== 'linux')) {
    for (const arch of Object.keys(j.symbol_versions)) {
      const set = policySet('musl', arch, { muslPolicy: j.name })
      expect(set.policies).toHaveLength(2)
      comparePolicy(set.highest, j, arch, MUSL_LIBC_SONAME[arch])
    }
  }
})

sharedTest('android: the policy chosen for a tag has the whitelist of android-policy.json', () => {
  const json = loadJson('android-policy.json').filter(p => p.name !== 'linux')
  for (const [tag, expected] of [
    ['android_24_arm64_v8a', 'android_24'],
    ['android_25_arm64_v8a', 'android_24'],
    ['android_30_x86_64', 'android_27'],
    ['android_21_arm64_v8a', 'android_21']
  ] as const) {
    const p = policySet('android', tag.endsWith('x86_64') ? 'x86_64' : 'arm64_v8a', { androidTag: tag }).highest
    const j = json.find(x => x.name === expected) as JsonPolicy
    expect(p.name).toBe(tag)
    expect(sorted(p.whitelist)).toEqual(sorted(j.lib_whitelist))
    expect(p.priority).toBe(j.priority)
  }
})

describe('facts from the reference (shared/reference/manylinux.md)', () => {
  test('priorities', () => {
    const got = Object.fromEntries(policySet('glibc', 'x86_64').policies.map(p => [p.base, p.priority]))
    expect(got).toEqual({
      linux: 0,
      manylinux_2_5: 100,
      manylinux_2_12: 90,
      manylinux_2_17: 80,
      manylinux_2_24: 70,
      manylinux_2_26: 68,
      manylinux_2_27: 65,
      manylinux_2_28: 64,
      manylinux_2_31: 61,
      manylinux_2_34: 58,
      manylinux_2_35: 57,
      manylinux_2_36: 56,
      manylinux_2_37: 55,
      manylinux_2_38: 54,
      manylinux_2_39: 53,
      manylinux_2_40: 52,
      manylinux_2_41: 51
    })
    expect(policySet('musl', 'x86_64', { muslPolicy: 'musllinux_1_1' }).highest.priority).toBe(100)
    expect(policySet('musl', 'x86_64').highest).toMatchObject({ name: 'musllinux_1_2_x86_64', priority: 90 })
  })
  test('aliases: manylinux1 = 2_5, manylinux2010 = 2_12, manylinux2014 = 2_17', () => {
    const set = policySet('glibc', 'x86_64')
    expect(set.byName('manylinux1_x86_64')?.name).toBe('manylinux_2_5_x86_64')
    expect(set.byName('manylinux2010_x86_64')?.name).toBe('manylinux_2_12_x86_64')
    expect(set.byName('manylinux2014_x86_64')?.name).toBe('manylinux_2_17_x86_64')
    expect(policySet('glibc', 'aarch64').byName('manylinux2014_aarch64')?.name).toBe('manylinux_2_17_aarch64')
  })
  const top = (p: Policy, prefix: string): string => {
    const vs = [...(p.symbolVersions.get(prefix) ?? [])].map(v => v.slice(prefix.length + 1)).filter(v => /^[\d.]+$/.test(v))
    return vs
      .sort((a, b) => {
        const x = a.split('.').map(Number)
        const y = b.split('.').map(Number)
        for (let i = 0; i < 4; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0)
        return 0
      })
      .pop() as string
  }
  test.each([
    ['manylinux_2_17_x86_64', '2.17', '3.4.19', '4.8.0', '1.3.7'],
    ['manylinux_2_28_x86_64', '2.28', '3.4.24', '7.0.0', '1.3.11'],
    ['manylinux_2_34_x86_64', '2.34', '3.4.29', '7.0.0', '1.3.13']
  ])('upper bounds of %s: GLIBC %s GLIBCXX %s GCC %s CXXABI %s', (name, glibc, glibcxx, gcc, cxxabi) => {
    const p = policySet('glibc', 'x86_64').byName(name) as Policy
    expect([top(p, 'GLIBC'), top(p, 'GLIBCXX'), top(p, 'GCC'), top(p, 'CXXABI')]).toEqual([glibc, glibcxx, gcc, cxxabi])
  })
  test('PEP 600: manylinux_2_X allows GLIBC versions up to 2.X and nothing newer', () => {
    for (const p of policySet('glibc', 'x86_64').policies.slice(1)) {
      const x = Number(p.base.split('_')[2])
      for (const v of p.symbolVersions.get('GLIBC') ?? []) if (/^GLIBC_2\.\d+/.test(v)) expect(Number(v.split('.')[1])).toBeLessThanOrEqual(x)
    }
  })
  test('the whitelist of manylinux_2_5 and newer supersets', () => {
    const ps = policySet('glibc', 'x86_64').policies.slice(1)
    const base = [
      'libgcc_s.so.1',
      'libstdc++.so.6',
      'libm.so.6',
      'libdl.so.2',
      'librt.so.1',
      'libc.so.6',
      'libnsl.so.1',
      'libutil.so.1',
      'libpthread.so.0',
      'libresolv.so.2',
      'libX11.so.6',
      'libXext.so.6',
      'libXrender.so.1',
      'libICE.so.6',
      'libSM.so.6',
      'libGL.so.1',
      'libgobject-2.0.so.0',
      'libgthread-2.0.so.0',
      'libglib-2.0.so.0',
      'libatomic.so.1',
      'libanl.so.1',
      'libz.so.1'
    ]
    expect(sorted(ps.at(-1)?.whitelist ?? [])).toEqual(sorted(base))
    for (let i = ps.length - 1; i > 0; i--) for (const lib of ps[i]?.whitelist ?? []) expect(ps[i - 1]?.whitelist.has(lib)).toBe(true)
  })
})

describe('versionedSymbolsPolicy: the most compatible policy allowing every required version', () => {
  const req = (o: Record<string, string[]>): Map<string, Set<string>> => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]))
  test.each<[string, string, Record<string, string[]>, string]>([
    ['nothing versioned', 'x86_64', {}, 'manylinux_2_5_x86_64'],
    ['GLIBC 2.3 (cffi)', 'x86_64', { 'libc.so.6': ['GLIBC_2.2.5', 'GLIBC_2.3'] }, 'manylinux_2_5_x86_64'],
    ['GLIBC 2.17', 'x86_64', { 'libc.so.6': ['GLIBC_2.17'] }, 'manylinux_2_17_x86_64'],
    ['GLIBC 2.18 is first allowed by 2_24', 'x86_64', { 'libc.so.6': ['GLIBC_2.18'] }, 'manylinux_2_24_x86_64'],
    ['GLIBC 2.29 on aarch64 (python_mscl)', 'aarch64', { 'libm.so.6': ['GLIBC_2.29'] }, 'manylinux_2_31_aarch64'],
    ['GLIBCXX 3.4.19 + CXXABI 1.3.7', 'x86_64', { 'libstdc++.so.6': ['GLIBCXX_3.4.19', 'CXXABI_1.3.7'] }, 'manylinux_2_17_x86_64'],
    ['GLIBCXX 3.4.24 is first allowed by 2_27', 'x86_64', { 'libstdc++.so.6': ['GLIBCXX_3.4.24'] }, 'manylinux_2_27_x86_64'],
    ['GCC 7.0.0: 2_27 on x86_64', 'x86_64', { 'libgcc_s.so.1': ['GCC_7.0.0'] }, 'manylinux_2_27_x86_64'],
    ['GCC 7.0.0: 2_26 on i686', 'i686', { 'libgcc_s.so.1': ['GCC_7.0.0'] }, 'manylinux_2_26_i686'],
    ['GLIBC_PRIVATE is in no policy', 'x86_64', { 'libc.so.6': ['GLIBC_PRIVATE'] }, 'linux_x86_64'],
    ['a version newer than every policy', 'x86_64', { 'libc.so.6': ['GLIBC_2.99'] }, 'linux_x86_64'],
    ['prefixes no policy lists are not judged', 'x86_64', { 'libssl.so.3': ['OPENSSL_3.0.0'] }, 'manylinux_2_5_x86_64'],
    ['i686 GLIBC 2.0', 'i686', { 'libc.so.6': ['GLIBC_2.0', 'GLIBC_2.1.3'] }, 'manylinux_2_5_i686'],
    ['the oldest policy of riscv64', 'riscv64', {}, 'manylinux_2_31_riscv64']
  ])('%s', (_name, arch, required, want) => {
    expect(versionedSymbolsPolicy(policySet('glibc', arch), req(required)).name).toBe(want)
  })
  test('musl: no symbol versioning, the newest musllinux policy', () => {
    expect(versionedSymbolsPolicy(policySet('musl', 'x86_64'), req({ 'libc.musl-x86_64.so.1': [] })).name).toBe('musllinux_1_2_x86_64')
  })
})
