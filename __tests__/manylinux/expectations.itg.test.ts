/**
 * Every row of ../shared/data/wheels/EXPECTATIONS.md: what auditwheel's own tests assert for its
 * bundled wheels, checked against this implementation. Where we differ on purpose, the test says
 * so and shows the difference.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { inspectWheel } from '../../src/manylinux/audit.js'
import { analyzeWheel, auditCommand, formatAudit, readElf, repairWheel } from '../../src/manylinux/index.js'
import { readZipEntries, readZipEntry } from '../../src/archive/zip.js'
import { all, requireTool } from '../support/requirements.js'
import { bundled, bundledWheel, shared, sharedTest, wheelsDir } from './shared-data.js'

let tmp: string
beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'expect-')))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

/** Repairs rewrite ELF files with patchelf. */
const repairs = all(shared, requireTool('patchelf'))

function members(wheel: string): Map<string, Buffer> {
  const buf = fs.readFileSync(wheel)
  return new Map(
    readZipEntries(buf)
      .filter(e => !e.isDirectory)
      .map(e => [e.name, readZipEntry(buf, e)])
  )
}

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await auditCommand(argv, s => (out += s))
  return { code, out }
}

describe('cffi-1.5.0-cp27-none-linux_x86_64.whl — TBW::test_analyze_wheel_abi', () => {
  const wheel = (): string => bundledWheel('cffi-1.5.0-cp27-none-linux_x86_64.whl')
  const libsFor = async (opts: Parameters<typeof inspectWheel>[1]): Promise<string[]> =>
    [...((await inspectWheel(wheel(), { arch: 'x86_64', libc: 'glibc', ...opts }, null)).refs.get('manylinux_2_5_x86_64')?.libs.keys() ?? [])].sort()
  const both = ['libffi.so.5', 'libpython2.7.so.1.0']
  const rows: Array<[string, string[], string[]]> = [
    ['no excludes', [], both],
    ['exclude both by name', ['libffi.so.5', 'libpython2.7.so.1.0'], []],
    ['non-matching excludes', ['libffi.so.noexist', 'libnoexist.so.*'], both],
    ['exclude libffi.so.[4,5]', ['libffi.so.[4,5]'], ['libpython2.7.so.1.0']],
    ['exclude libffi.so.[6,7]', ['libffi.so.[6,7]'], both],
    ['exclude libffi.so.*', ['libffi.so.*'], ['libpython2.7.so.1.0']],
    ['exclude *', ['*'], []]
  ]
  for (const [name, excludes, want] of rows) sharedTest(name, async () => expect(await libsFor({ excludes, env: {} })).toEqual(want))
  for (const v of ['LD_LIBRARY_PATH', 'AUDITWHEEL_LD_LIBRARY_PATH']) {
    sharedTest(`exclude <dir>/* with ${v}=<dir> (the directory of integration/libffi.so.5)`, async () => {
      const dir = path.join(wheelsDir, 'integration')
      expect(await libsFor({ excludes: [`${dir}/*`], env: { [v]: dir } })).toEqual(['libpython2.7.so.1.0'])
      // Without the exclude, libffi is found there and becomes a library to graft.
      const abi = await inspectWheel(wheel(), { env: { [v]: dir } })
      expect(abi.refs.get('manylinux_2_5_x86_64')?.libs.get('libffi.so.5')).toBe(path.join(dir, 'libffi.so.5'))
    })
  }
  sharedTest('show: linux_x86_64 (external libraries; and it is a UCS-2 build, so repair refuses)', async () => {
    const a = await analyzeWheel(wheel())
    expect(a.bestTag).toBe('linux_x86_64')
    expect(a.symbolTag).toBe('manylinux_2_5_x86_64')
    expect(a.reasons.map(r => r.kind)).toEqual(['external-library', 'external-library', 'ucs2'])
    await expect(repairWheel(wheel(), { outDir: tmp, ldPaths: [path.join(wheelsDir, 'integration')] })).rejects.toMatchObject({ code: 'UCS2' })
  })
})

sharedTest('python_snappy-0.5.2-pp260-pypy_41-linux_x86_64.whl — TBW: external {libsnappy.so.1}, not found', async () => {
  const abi = await inspectWheel(bundledWheel('python_snappy-0.5.2-pp260-pypy_41-linux_x86_64.whl'), { arch: 'x86_64', libc: 'glibc' })
  expect([...(abi.refs.get('manylinux_2_5_x86_64')?.libs ?? [])]).toEqual([['libsnappy.so.1', null]])
})

describe('fpewheel-0.0.0-cp35-cp35m-linux_x86_64.whl', () => {
  const wheel = (): string => bundledWheel('fpewheel-0.0.0-cp35-cp35m-linux_x86_64.whl')
  sharedTest('TBW::test_analyze_wheel_abi_pyfpe: sym manylinux_2_5, pyfpe linux, overall linux', async () => {
    const abi = await inspectWheel(wheel(), { arch: 'x86_64', libc: 'glibc' })
    expect([abi.show.symbol.name, abi.show.pyfpe.name, abi.show.overall.name]).toEqual(['manylinux_2_5_x86_64', 'linux_x86_64', 'linux_x86_64'])
  })
  sharedTest('TBW::test_show_wheel_abi_pyfpe: show says "This wheel uses the PyFPE_jbuf function"', async () => {
    const { code, out } = await run([wheel()])
    expect(code).toBe(0)
    expect(out).toContain('This wheel uses the PyFPE_jbuf function')
  })
  sharedTest('TBW::test_analyze_wheel_abi_bad_architecture: as aarch64 → not a platform wheel', async () => {
    await expect(analyzeWheel(wheel(), { arch: 'aarch64', libc: 'glibc' })).rejects.toMatchObject({ code: 'NOT_PLATFORM_WHEEL' })
  })
  sharedTest('difference: repair refuses PyFPE (auditwheel --plat auto would tag it manylinux_2_41, as it checks PyFPE only in show)', async () => {
    await expect(repairWheel(wheel(), { outDir: tmp })).rejects.toMatchObject({ code: 'PYFPE' })
  })
})

describe('testzlib-0.0.1-cp310-cp310-linux_x86_64.whl — TBW::test_symbol_blacklist', () => {
  const wheel = (): string => bundledWheel('testzlib-0.0.1-cp310-cp310-linux_x86_64.whl')
  sharedTest('libc glibc, x86_64; overall and blacklist linux; sym 2_12; graft, machine, pyfpe, ref, ucs 2_5', async () => {
    const abi = await inspectWheel(wheel(), {}, 'auto')
    const d = abi.repair
    expect([abi.scan.set.libc, abi.scan.arch]).toEqual(['glibc', 'x86_64'])
    expect([d.overall.name, d.blacklist.name, d.symbol.name]).toEqual(['linux_x86_64', 'linux_x86_64', 'manylinux_2_12_x86_64'])
    expect([d.graft, d.machine, d.pyfpe, d.ref, d.ucs].map(p => p.name)).toEqual(Array(5).fill('manylinux_2_5_x86_64'))
  })
  sharedTest('repair exits with "... because it depends on black-listed symbols"; show mentions black-listed symbol dependencies', async () => {
    await expect(repairWheel(wheel(), { outDir: tmp })).rejects.toThrow(/because it depends on black-listed symbols/)
    expect(formatAudit(await analyzeWheel(wheel()))).toContain('black-listed symbol dependencies from libz.so.1')
  })
})

describe('python_mscl-67.0.1.0-cp313-cp313-manylinux2014_aarch64.whl — TBW::test_libpython', () => {
  repairs.test(
    'repair drops libpython and names the wheel manylinux2014_aarch64.manylinux_2_31_aarch64',
    async () => {
      const logs: string[] = []
      const out = path.join(tmp, 'mscl')
      const r = await repairWheel(bundledWheel('python_mscl-67.0.1.0-cp313-cp313-manylinux2014_aarch64.whl'), { outDir: out, log: l => logs.push(l) })
      expect(logs.join('\n')).toContain('Removing libpython3.13.so.1.0 dependency from python_mscl/_mscl.so')
      expect(fs.readdirSync(out)).toEqual(['python_mscl-67.0.1.0-cp313-cp313-manylinux2014_aarch64.manylinux_2_31_aarch64.whl'])
      const ext = readElf(members(r.wheel).get('python_mscl/_mscl.so') as Buffer)
      expect(ext.needed).toEqual(['libstdc++.so.6', 'libm.so.6', 'libgcc_s.so.1', 'libc.so.6', 'ld-linux-aarch64.so.1'])
      expect(r.grafted).toEqual([])
      // The audit of the result: manylinux_2_31 as it stands, and the old manylinux2014 claim is too much.
      const a = await analyzeWheel(r.wheel)
      expect(a.bestTag).toBe('manylinux_2_31_aarch64')
    },
    60000
  )
})

describe('glibc/testsimple — TNP (non-platform wheels)', () => {
  const rename = (arch: string): string => {
    const src = bundledWheel(`glibc/testsimple-0.0.1-cp313-cp313-linux_${arch}.whl`)
    const dest = path.join(tmp, `testsimple-0.0.1-cp313-cp313-linux_${arch}_x86_64.whl`)
    if (!fs.existsSync(dest)) fs.symlinkSync(src, dest)
    return dest
  }
  for (const arch of ['armv5l', 'mips64']) {
    sharedTest(`unknown arch ${arch} (renamed _x86_64): exit 1, "Invalid binary wheel: no ELF executable or" … "unknown architecture"`, async () => {
      const { code, out } = await run([rename(arch)])
      expect(code).toBe(1)
      expect(out).toContain('Invalid binary wheel: no ELF executable or')
      expect(out).toContain('unknown architecture')
      await expect(repairWheel(rename(arch), { outDir: tmp })).rejects.toThrow(/Invalid binary wheel: no ELF executable or[\s\S]*unknown architecture/)
    })
  }
  for (const arch of ['aarch64', 'armv7l', 'i686', 'ppc64le', 's390x']) {
    sharedTest(`bad arch ${arch} on an x86_64 name: exit 1, "${arch} architecture"`, async () => {
      const { code, out } = await run([rename(arch)])
      expect(code).toBe(1)
      expect(out).toContain('Invalid binary wheel: no ELF executable or')
      expect(out).toContain(`${arch} architecture`)
      await expect(repairWheel(rename(arch), { outDir: tmp })).rejects.toThrow(new RegExp(`${arch} architecture`))
    })
  }
  const tags: Record<string, string> = {
    aarch64: 'manylinux_2_17_aarch64',
    armv7l: 'manylinux_2_17_armv7l',
    i686: 'manylinux_2_5_i686',
    ppc64le: 'manylinux_2_17_ppc64le',
    riscv64: 'manylinux_2_31_riscv64',
    s390x: 'manylinux_2_17_s390x',
    x86_64: 'manylinux_2_5_x86_64'
  }
  sharedTest('under their own names, each architecture gets its oldest policy (no needs at all)', async () => {
    for (const [arch, tag] of Object.entries(tags))
      expect((await analyzeWheel(bundledWheel(`glibc/testsimple-0.0.1-cp313-cp313-linux_${arch}.whl`))).bestTag).toBe(tag)
  })
})

describe('musllinux_1_2/testsimple — TBW::test_wheel_source_date_epoch', () => {
  const cases: Array<[number, number]> = [
    [0, 315532800],
    [315532799, 315532800],
    [315532801, 315532800],
    [315532802, 315532802],
    [650203201, 650203200]
  ]
  for (const [t, want] of cases) {
    repairs.test(`SOURCE_DATE_EPOCH=${t} → every entry dated ${want}`, async () => {
      const out = path.join(tmp, `sde-${t}`)
      const r = await repairWheel(bundledWheel('musllinux_1_2/testsimple-0.0.1-cp312-cp312-linux_x86_64.whl'), {
        outDir: out,
        env: { SOURCE_DATE_EPOCH: String(t) }
      })
      expect(path.basename(r.wheel)).toBe('testsimple-0.0.1-cp312-cp312-musllinux_1_2_x86_64.whl')
      const entries = readZipEntries(fs.readFileSync(r.wheel))
      expect(entries.length).toBeGreaterThan(4)
      for (const e of entries) expect(e.date.getTime() / 1000).toBe(want)
    })
  }
  sharedTest('every architecture: musllinux_1_2 (the newest; musl has no symbol versions to tell 1.1 from 1.2)', async () => {
    for (const arch of ['aarch64', 'armv7l', 'i686', 'ppc64le', 'riscv64', 's390x', 'x86_64']) {
      expect((await analyzeWheel(bundledWheel(`musllinux_1_2/testsimple-0.0.1-cp312-cp312-linux_${arch}.whl`))).bestTag).toBe(`musllinux_1_2_${arch}`)
    }
  })
  sharedTest('difference: cp310 (libc not detectable) falls back to the host libc with a note, where auditwheel raises InvalidLibcError', async () => {
    const a = await analyzeWheel(bundledWheel('musllinux_1_2/testsimple-0.0.1-cp310-cp310-linux_x86_64.whl'))
    expect(a.notes.join('\n')).toMatch(/couldn't detect wheel libc, defaulting to (glibc|musl)/)
  })
})

describe('plumbum-1.6.8-py2.py3-none-any.whl — TNP::test_non_platform_wheel_pure', () => {
  const wheel = (): string => bundledWheel('plumbum-1.6.8-py2.py3-none-any.whl')
  sharedTest('show and repair: exit 1 / refusal with "This does not look like a platform wheel"', async () => {
    const { code, out } = await run([wheel()])
    expect(code).toBe(1)
    expect(out).toContain('This does not look like a platform wheel')
    expect(await analyzeWheel(wheel())).toMatchObject({ pure: true, bestTag: null })
    await expect(repairWheel(wheel(), { outDir: tmp })).rejects.toThrow('This does not look like a platform wheel')
  })
  sharedTest('allowPure: copied byte-identical', async () => {
    const out = path.join(tmp, 'pure')
    const r = await repairWheel(wheel(), { outDir: out, allowPure: true })
    expect(fs.readFileSync(r.wheel).equals(fs.readFileSync(wheel()))).toBe(true)
  })
})

describe('android/spam-0.1.0-cp313-cp313-android_24_arm64_v8a.whl — TA', () => {
  const wheel = (): string => bundledWheel('android/spam-0.1.0-cp313-cp313-android_24_arm64_v8a.whl')
  sharedTest('TA::test_analyze_wheel_abi: overall android_24_arm64_v8a, external {libc++_shared.so: None}', async () => {
    const abi = await inspectWheel(wheel(), { libc: 'android', arch: 'aarch64' }, 'auto')
    expect(abi.repair.overall.name).toBe('android_24_arm64_v8a')
    expect([...(abi.refs.get('android_24_arm64_v8a')?.libs ?? [])]).toEqual([['libc++_shared.so', null]])
  })
  const cases: Array<[string, string]> = [
    ['arg', '1be9716c'],
    ['env', '18b6a03d'],
    ['env+arg', '18b6a03d']
  ]
  for (const [how, hash] of cases) {
    repairs.test(`TA::test_libcxx (${how}): spam.libs/libc++_shared-${hash}.so, RUNPATH $ORIGIN/spam.libs`, async () => {
      const out = path.join(tmp, `android-${how}`)
      const r = await repairWheel(wheel(), {
        outDir: out,
        ...(how.includes('arg') ? { ldPaths: [path.join(bundled, 'android', 'ldpaths', 'arg')] } : {}),
        env: how.includes('env') ? { AUDITWHEEL_LD_LIBRARY_PATH: path.join(bundled, 'android', 'ldpaths', 'env') } : {}
      })
      expect(fs.readdirSync(out)).toEqual([path.basename(wheel())])
      const m = members(r.wheel)
      const lib = readElf(m.get(`spam.libs/libc++_shared-${hash}.so`) as Buffer)
      expect([lib.soname, lib.rpath, lib.runpath]).toEqual([`libc++_shared-${hash}.so`, null, null])
      const ext = readElf(m.get('spam.cpython-313-aarch64-linux-android.so') as Buffer)
      expect(new Set(ext.needed)).toEqual(new Set(['libc.so', 'libdl.so', 'libm.so', 'libpython3.13.so', `libc++_shared-${hash}.so`]))
      expect([ext.rpath, ext.runpath]).toEqual([null, '$ORIGIN/spam.libs'])
    })
  }
})

describe('history-gepetto_example_adder (issue #257)', () => {
  const wheel = (): string => path.join(wheelsDir, 'history-gepetto_example_adder', 'gepetto_example_adder-3.0.2-cp39-cp39-linux_x86_64.whl')
  sharedTest('show before repair: consistent with "linux_x86_64" (external libraries); the ELF lives under .data/data/', async () => {
    const { out } = await run([wheel()])
    expect(out).toContain('is consistent with the following platform tag: "linux_x86_64"')
    expect((await analyzeWheel(wheel())).elfFiles).toEqual([
      'gepetto_example_adder-3.0.2.data/data/lib/python3.9/site-packages/example_adder/libexample_adder.so'
    ])
  })
  all(repairs, requireTool('xz')).test(
    'repair with the two libraries (xz-decompressed) grafts both; the result audits as its new tag',
    async () => {
      const libs = path.join(tmp, 'gepetto-libs')
      fs.mkdirSync(libs, { recursive: true })
      for (const f of ['libboost_python39.so.1.72.0', 'libexample-adder.so.3.0.2-6-gd319']) {
        fs.writeFileSync(
          path.join(libs, f),
          execFileSync('xz', ['-dc', path.join(wheelsDir, 'history-gepetto_example_adder', `${f}.xz`)], { maxBuffer: 64 << 20 })
        )
      }
      const r = await repairWheel(wheel(), { outDir: path.join(tmp, 'gepetto'), ldPaths: [libs] })
      expect(r.grafted.map(g => g.library).sort()).toEqual(['libboost_python39.so.1.72.0', 'libexample-adder.so.3.0.2-6-gd319'])
      expect(r.grafted.every(g => /^gepetto_example_adder\.libs\/lib[^/]+-[0-9a-f]{8}\.so\./.test(g.to))).toBe(true)
      const a = await analyzeWheel(r.wheel)
      expect(a.bestTag).toBe(r.policy)
      expect(a.externalLibs).toEqual([])
      // As auditwheel's test (manylinux_2_17: the grafted boost needs GLIBC_2.14 and GLIBCXX_3.4.15).
      // It then xfailed the import ("Bad RPATH"): $ORIGIN from .data/data/... does not survive
      // installation. Same here; not imported.
      expect(r.policy).toBe('manylinux_2_17_x86_64')
      expect(path.basename(r.wheel)).toBe('gepetto_example_adder-3.0.2-cp39-cp39-manylinux2014_x86_64.manylinux_2_17_x86_64.whl')
    },
    60000
  )
})
