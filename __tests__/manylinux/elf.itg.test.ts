/**
 * The ELF reader against facts no one here wrote: the readelf dump in ELF_FACTS.json for every
 * ELF member of auditwheel's wheels, rattler-build's fixtures, and readelf itself run on the same
 * files and on this system's libraries.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ElfError, readElf, type ElfInfo } from '../../src/manylinux/index.js'
import { readZipEntries, readZipEntry } from '../../src/archive/zip.js'
import { all, need, requireTool } from '../support/requirements.js'
import { readelf } from './readelf.js'
import { haveShared, shared, sharedData, sharedTest } from './shared-data.js'

const rd = requireTool('readelf')

interface Facts {
  file: string
  machine: string
  cls: string
  soname: string[]
  needed: string[]
  rpath: string[]
  runpath: string[]
  max_GLIBC: string | null
  max_GLIBCXX: string | null
  max_CXXABI: string | null
  max_GCC: string | null
  version_needs: Record<string, string[]>
}

/** readelf's machine names → e_machine. */
const MACHINE: Record<string, number> = {
  'Advanced Micro Devices X86-64': 62,
  AArch64: 183,
  ARM: 40,
  'Intel 80386': 3,
  'MIPS R3000': 8,
  PowerPC64: 21,
  'RISC-V': 243,
  'IBM S/390': 22
}

function maxVersion(info: ElfInfo, prefix: string): string | null {
  const vs = info.versionNeeds
    .flatMap(n => n.versions)
    .filter(v => v.startsWith(`${prefix}_`))
    .map(v => v.slice(prefix.length + 1))
    .filter(v => /^\d+(\.\d+)*$/.test(v))
  const cmp = (a: string, b: string): number => {
    const x = a.split('.').map(Number)
    const y = b.split('.').map(Number)
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0)
    return 0
  }
  return vs.sort(cmp).pop() ?? null
}

function elfMembers(wheel: string): Array<[string, Buffer]> {
  const buf = fs.readFileSync(wheel)
  return readZipEntries(buf)
    .filter(e => !e.isDirectory)
    .map(e => [e.name, readZipEntry(buf, e)] as [string, Buffer])
    .filter(([, d]) => d.subarray(0, 4).toString('latin1') === '\x7fELF')
}

describe('ELF_FACTS.json (a readelf dump of every ELF member of the auditwheel wheels)', () => {
  const factsFile = path.join(sharedData, 'wheels', 'ELF_FACTS.json')
  const facts: Record<string, Facts[]> = haveShared ? JSON.parse(fs.readFileSync(factsFile, 'utf8')) : {}
  if (!haveShared) sharedTest('ELF_FACTS.json', () => undefined) // one skip that says why, in place of one per wheel
  for (const [rel, members] of Object.entries(facts)) {
    sharedTest(path.basename(rel), () => {
      const got = new Map(elfMembers(path.join(sharedData, 'wheels', rel)))
      expect(got.size).toBe(members.length)
      for (const f of members) {
        const data = got.get(f.file)
        expect(data).toBeDefined()
        const e = readElf(data as Buffer)
        expect(e.machine).toBe(MACHINE[f.machine])
        expect(`ELF${e.elfClass}`).toBe(f.cls)
        expect(e.soname ? [e.soname] : []).toEqual(f.soname)
        expect(e.needed).toEqual(f.needed)
        expect(e.rpath ?? '').toBe(f.rpath.join(':'))
        expect(e.runpath ?? '').toBe(f.runpath.join(':'))
        expect(Object.fromEntries(e.versionNeeds.map(n => [n.file, n.versions]))).toEqual(f.version_needs)
        for (const p of ['GLIBC', 'GLIBCXX', 'CXXABI', 'GCC'] as const) expect(maxVersion(e, p)).toBe(f[`max_${p}`])
      }
    })
  }
})

describe('rattler-build fixtures (../shared/data/elf)', () => {
  const dir = path.join(sharedData, 'elf', 'rattler-build')
  sharedTest('zlink: PIE with DT_RPATH, NEEDED libz and libc', () => {
    const e = readElf(fs.readFileSync(path.join(dir, 'zlink')))
    expect(e.type).toBe(3)
    expect(e.interpreter).toBe('/lib64/ld-linux-x86-64.so.2')
    expect(e.needed).toEqual(['libz.so.1', 'libc.so.6'])
    expect(e.rpath).toBe('/rattler-build_zlink/host_env_placehold/lib:/rattler-build_zlink/build_env/lib:/usr/lib/custom_lib')
    expect(e.runpath).toBeNull()
  })
  sharedTest('zlink-runpath: the same value as DT_RUNPATH', () => {
    const e = readElf(fs.readFileSync(path.join(dir, 'zlink-runpath')))
    expect(e.rpath).toBeNull()
    expect(e.runpath).toBe('/rattler-build_zlink/host_env_placehold/lib:/rattler-build_zlink/build_env/lib:/usr/lib/custom_lib')
  })
  sharedTest('zlink-no-rpath: neither', () => {
    const e = readElf(fs.readFileSync(path.join(dir, 'zlink-no-rpath')))
    expect([e.rpath, e.runpath]).toEqual([null, null])
    expect(e.needed).toEqual(['libz.so.1', 'libc.so.6'])
  })
  sharedTest('simple.so: a shared object without DT_NEEDED', () => {
    const e = readElf(fs.readFileSync(path.join(dir, 'simple.so')))
    expect(e.type).toBe(3)
    expect(e.needed).toEqual([])
    expect(e.hasDynamic).toBe(true)
  })
  sharedTest('simple-elf.o: a relocatable object, no dynamic section', () => {
    const e = readElf(fs.readFileSync(path.join(dir, 'simple-elf.o')))
    expect(e.type).toBe(1)
    expect(e.hasDynamic).toBe(false)
    expect(e.symbols).toEqual([])
  })
  sharedTest('binary_file_fallback: not ELF → ElfError NOT_ELF', () => {
    expect(() => readElf(fs.readFileSync(path.join(dir, 'binary_file_fallback')))).toThrow(ElfError)
    try {
      readElf(fs.readFileSync(path.join(dir, 'binary_file_fallback')))
    } catch (e) {
      expect((e as ElfError).code).toBe('NOT_ELF')
    }
  })
})

function compareWithReadelf(file: string, data: Buffer = fs.readFileSync(file)): void {
  const want = readelf(file)
  const e = readElf(data)
  expect(e.needed).toEqual(want.needed)
  expect(e.soname).toBe(want.soname)
  expect(e.rpath).toBe(want.rpath)
  expect(e.runpath).toBe(want.runpath)
  expect(Object.fromEntries(e.versionNeeds.map(n => [n.file, n.versions]))).toEqual(want.versionNeeds)
  expect(e.versionDefs).toEqual(want.versionDefs)
  expect(e.symbols.length).toBe(want.symbols.length)
  // readelf prints the section name for STT_SECTION symbols and leaves out the version of a
  // version-definition symbol (e.g. GCC_4.0.0@@GCC_4.0.0 in libgcc_s): compare accordingly.
  const norm = (s: { name: string; type: string; bind: string; defined: boolean; version: string | null }): string =>
    `${s.type === 'SECTION' ? '' : s.name}|${s.type}|${s.bind}|${s.defined}|${s.version === s.name ? '' : (s.version ?? '')}`
  expect(e.symbols.map(norm)).toEqual(want.symbols.map(norm))
}

const systemFiles = [
  '/lib/x86_64-linux-gnu/libc.so.6',
  '/lib/x86_64-linux-gnu/libm.so.6',
  '/usr/lib/x86_64-linux-gnu/libstdc++.so.6',
  '/lib/x86_64-linux-gnu/libz.so.1',
  '/lib/x86_64-linux-gnu/libgcc_s.so.1',
  '/usr/bin/readelf'
].filter(f => fs.existsSync(f))

describe('readelf -d -V --dyn-syms on the same files', () => {
  if (systemFiles.length === 0)
    need(false, 'none of the usual x86-64 Debian libraries (/lib/x86_64-linux-gnu/libc.so.6, ...) is here').test('system files', () => undefined)
  for (const f of systemFiles) rd.test(`system file ${f}`, () => compareWithReadelf(f))
  all(shared, rd).test(
    'every ELF member of the bundled wheels (all architectures)',
    () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'elf-readelf-'))
      try {
        const wheels = Object.keys(JSON.parse(fs.readFileSync(path.join(sharedData, 'wheels', 'ELF_FACTS.json'), 'utf8')) as object)
        let n = 0
        for (const rel of wheels) {
          for (const [name, data] of elfMembers(path.join(sharedData, 'wheels', rel))) {
            const f = path.join(tmp, `${n++}-${path.basename(name)}`)
            fs.writeFileSync(f, data)
            compareWithReadelf(f, data)
          }
        }
        expect(n).toBeGreaterThan(20)
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true })
      }
    },
    120000
  )
  all(shared, rd).test('rattler-build fixtures', () => {
    for (const f of ['zlink', 'zlink-runpath', 'zlink-no-rpath', 'simple.so']) compareWithReadelf(path.join(sharedData, 'elf', 'rattler-build', f))
  })
})

describe('reader details', () => {
  const libz = systemFiles.find(x => x.endsWith('libz.so.1'))
  need(libz !== undefined, 'no /lib/x86_64-linux-gnu/libz.so.1 (Debian package zlib1g)').test(
    'without section headers the dynamic segment still gives NEEDED, versions and symbols',
    () => {
      const f = libz as string
      const data = Buffer.from(fs.readFileSync(f))
      const full = readElf(data)
      // Zero e_shoff/e_shnum/e_shstrndx: what sstrip leaves.
      data.writeBigUInt64LE(0n, 40)
      data.writeUInt16LE(0, 60)
      data.writeUInt16LE(0, 62)
      const bare = readElf(data)
      expect(bare.needed).toEqual(full.needed)
      expect(bare.soname).toBe(full.soname)
      expect(bare.versionNeeds).toEqual(full.versionNeeds)
      expect(bare.symbols).toEqual(full.symbols)
    }
  )
  rd.test('GNU property note: the x86-64 ISA level readelf -n reports', () => {
    expect(systemFiles.length).toBeGreaterThan(0)
    const levels: Record<string, number> = { 'x86-64-baseline': 1, 'x86-64-v2': 2, 'x86-64-v3': 4, 'x86-64-v4': 8 }
    for (const f of systemFiles) {
      const notes = execFileSync('readelf', ['-n', '-W', f], { encoding: 'utf8' })
      const m = /x86 ISA needed: ([^\n]*)/.exec(notes)
      const want = m ? m[1].split(', ').reduce((acc, l) => acc | (levels[l.trim()] ?? 0), 0) : null
      expect(readElf(fs.readFileSync(f)).x86IsaNeeded).toBe(want)
    }
  })
  test.each([
    ['empty', Buffer.alloc(0), 'NOT_ELF'],
    ['magic only', Buffer.from('\x7fELF', 'latin1'), 'TRUNCATED'],
    ['bad class', Buffer.from('\x7fELF\x03\x01\x01\0\0\0\0\0\0\0\0\0', 'latin1'), 'BAD_CLASS'],
    ['bad data', Buffer.from('\x7fELF\x02\x07\x01\0\0\0\0\0\0\0\0\0', 'latin1'), 'BAD_ENDIAN'],
    ['identification only', Buffer.from('\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0', 'latin1'), 'TRUNCATED']
  ])('%s → ElfError %s', (_n, buf, code) => {
    expect(() => readElf(buf)).toThrow(expect.objectContaining({ name: 'ElfError', code }))
  })
})
