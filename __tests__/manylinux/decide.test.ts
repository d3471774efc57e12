/** The tag decision as a table: facts in, policies out. No files, no mocks. */
import { decide, machinePolicy, type ExternalRef } from '../../src/manylinux/decide.js'
import { policySet, type Policy, type PolicySet } from '../../src/manylinux/policies.js'

const set = policySet('glibc', 'x86_64')
const vmap = (o: Record<string, string[]>): Map<string, Set<string>> => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]))

/** Refs as scan.ts computes them: a needed library is external under every policy that does not whitelist it. */
function refs(s: PolicySet, needed: Record<string, string | null>, blacklisted: Record<string, string[]> = {}): Map<string, ExternalRef> {
  return new Map(
    s.policies.map(p => {
      const r: ExternalRef = { libs: new Map(), blacklist: new Map() }
      if (p.priority > 0) {
        for (const [lib, where] of Object.entries(needed)) if (!p.whitelist.has(lib)) r.libs.set(lib, where)
        for (const [lib, syms] of Object.entries(blacklisted)) {
          const bad = syms.filter(x => p.blacklist.get(lib)?.has(x))
          if (bad.length) r.blacklist.set(lib, bad)
        }
      }
      return [p.name, r]
    })
  )
}

interface Row {
  name: string
  versioned?: Record<string, string[]>
  needed?: Record<string, string | null>
  externalVersioned?: Record<string, Record<string, string[]>>
  blacklisted?: Record<string, string[]>
  pyfpe?: boolean
  ucs2?: boolean
  requested?: string
  show: string
  repair: string
  symbol?: string
}

const rows: Row[] = [
  { name: 'nothing needed', show: 'manylinux_2_5_x86_64', repair: 'manylinux_2_5_x86_64' },
  { name: 'GLIBC_2.17 only', versioned: { 'libc.so.6': ['GLIBC_2.17'] }, show: 'manylinux_2_17_x86_64', repair: 'manylinux_2_17_x86_64' },
  {
    name: 'whitelisted libraries only',
    needed: { 'libc.so.6': '/lib/libc.so.6', 'libm.so.6': '/lib/libm.so.6' },
    show: 'manylinux_2_5_x86_64',
    repair: 'manylinux_2_5_x86_64'
  },
  {
    name: 'an external library: linux as it stands, its own versions count once grafted',
    versioned: { 'libc.so.6': ['GLIBC_2.14'] },
    needed: { 'libfoo.so.1': '/opt/lib/libfoo.so.1' },
    externalVersioned: { 'libfoo.so.1': { 'libc.so.6': ['GLIBC_2.28'] } },
    show: 'linux_x86_64',
    repair: 'manylinux_2_28_x86_64',
    symbol: 'manylinux_2_28_x86_64'
  },
  {
    name: 'an external library not found: linux, and repair still judges the symbols',
    needed: { 'libsnappy.so.1': null },
    show: 'linux_x86_64',
    repair: 'manylinux_2_5_x86_64'
  },
  {
    name: 'libexpat (whitelisted from 2_12): show 2_12, auto repair keeps 2_12 rather than grafting it',
    needed: { 'libexpat.so.1': '/lib/libexpat.so.1' },
    show: 'manylinux_2_12_x86_64',
    repair: 'manylinux_2_12_x86_64'
  },
  {
    name: 'libexpat, repair asked for manylinux_2_5: grafting one library is allowed',
    needed: { 'libexpat.so.1': '/lib/libexpat.so.1' },
    requested: 'manylinux_2_5',
    show: 'manylinux_2_12_x86_64',
    repair: 'manylinux_2_5_x86_64'
  },
  {
    name: 'black-listed __cxa_thread_atexit_impl (policies up to 2_17)',
    needed: { 'libc.so.6': '/lib/libc.so.6' },
    blacklisted: { 'libc.so.6': ['__cxa_thread_atexit_impl'] },
    show: 'manylinux_2_24_x86_64',
    repair: 'manylinux_2_24_x86_64'
  },
  {
    name: 'black-listed zlib internals (every policy)',
    needed: { 'libz.so.1': '/lib/libz.so.1' },
    blacklisted: { 'libz.so.1': ['zcalloc', 'zcfree'] },
    show: 'linux_x86_64',
    repair: 'linux_x86_64',
    symbol: 'manylinux_2_5_x86_64'
  },
  { name: 'PyFPE_jbuf', versioned: { 'libc.so.6': ['GLIBC_2.4'] }, pyfpe: true, show: 'linux_x86_64', repair: 'linux_x86_64', symbol: 'manylinux_2_5_x86_64' },
  { name: 'UCS-2 Python 2', ucs2: true, show: 'linux_x86_64', repair: 'linux_x86_64' },
  { name: 'GLIBC_PRIVATE', versioned: { 'libc.so.6': ['GLIBC_PRIVATE'] }, show: 'linux_x86_64', repair: 'linux_x86_64', symbol: 'linux_x86_64' }
]

describe('decide', () => {
  test.each(rows)('$name', row => {
    const r = refs(set, row.needed ?? {}, row.blacklisted ?? {})
    const ext = new Map(Object.entries(row.externalVersioned ?? {}).map(([k, v]) => [k, vmap(v)]))
    const base = { set, versioned: vmap(row.versioned ?? {}), externalVersioned: ext, refs: r, pyfpe: !!row.pyfpe, ucs2: !!row.ucs2, machine: set.highest }
    const show = decide({ ...base, allowGraft: false })
    const repair = decide({ ...base, allowGraft: true, requestedBase: row.requested ?? 'auto' })
    expect(show.overall.name).toBe(row.show)
    expect(repair.overall.name).toBe(row.repair)
    if (row.symbol) expect(show.symbol.name).toBe(row.symbol)
  })
})

describe('machinePolicy: instruction-set levels', () => {
  const name = (p: Policy): string => p.name
  test.each<[string, string, Array<{ soname: string | null; isaLevel: string | null }>, string]>([
    [
      'baseline files',
      'x86_64',
      [
        { soname: null, isaLevel: null },
        { soname: null, isaLevel: 'x86_64' }
      ],
      'manylinux_2_5_x86_64'
    ],
    ['an extension needing x86-64-v3 in an x86_64 wheel', 'x86_64', [{ soname: null, isaLevel: 'x86_64_v3' }], 'linux_x86_64'],
    ['the same in an x86_64_v3 wheel', 'x86_64_v3', [{ soname: null, isaLevel: 'x86_64_v3' }], 'manylinux_2_5_x86_64'],
    ['v4 is more than v3', 'x86_64_v3', [{ soname: null, isaLevel: 'x86_64_v4' }], 'linux_x86_64'],
    ['an external library needing v2, whitelisted from 2_12', 'x86_64', [{ soname: 'libexpat.so.1', isaLevel: 'x86_64_v2' }], 'manylinux_2_12_x86_64'],
    ['an external library needing v2, whitelisted nowhere', 'x86_64', [{ soname: 'libfoo.so.1', isaLevel: 'x86_64_v2' }], 'linux_x86_64']
  ])('%s', (_n, arch, items, want) => {
    expect(
      name(
        machinePolicy(
          set,
          arch,
          items.map((i, k) => ({ file: `f${k}`, ...i }))
        ).policy
      )
    ).toBe(want)
  })
})
