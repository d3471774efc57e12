/** Names, tags, grafted-library naming, RPATHs, RECORD and member order: pure rules as tables. */
import { createHash } from 'node:crypto'
import { claimWithin, tagVersion } from '../../src/manylinux/check.js'
import { fnmatch } from '../../src/elf/fnmatch.js'
import { graftedName, rpathWithLibs } from '../../src/manylinux/graft.js'
import { patchelfSteps } from '../../src/elf/patchelf.js'
import { addPlatforms, parseWheelName, replacedPlatforms, wheelNameArch, wheelNameLibc } from '../../src/manylinux/tags.js'
import { buildRecord, memberDate, orderMembers, parseRecord, recordHash, setWheelTags, wheelTags } from '../../src/manylinux/wheel-file.js'

describe('wheel names', () => {
  test('parse', () => {
    expect(parseWheelName('python_mscl-67.0.1.0-cp313-cp313-manylinux2014_aarch64.whl')).toEqual({
      name: 'python_mscl',
      version: '67.0.1.0',
      build: null,
      pythonTags: ['cp313'],
      abiTags: ['cp313'],
      platforms: ['manylinux2014_aarch64']
    })
    expect(parseWheelName('/x/foo-1.0-2-py2.py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toMatchObject({
      build: '2',
      pythonTags: ['py2', 'py3'],
      platforms: ['manylinux2014_x86_64', 'manylinux_2_17_x86_64']
    })
    expect(() => parseWheelName('foo-1.0.tar.gz')).toThrow(expect.objectContaining({ code: 'BAD_WHEEL' }))
    expect(() => parseWheelName('foo-1.0-x.whl')).toThrow(expect.objectContaining({ code: 'BAD_WHEEL' }))
  })
  test.each([
    ['plumbum-1.6.8-py2.py3-none-any.whl', { kind: 'pure' }],
    ['cffi-1.5.0-cp27-none-linux_x86_64.whl', { kind: 'arch', arch: 'x86_64' }],
    ['x-1-cp3-cp3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', { kind: 'arch', arch: 'x86_64' }],
    ['x-1-cp3-cp3-linux_x86_64_v3.whl', { kind: 'arch', arch: 'x86_64' }],
    ['spam-0.1.0-cp313-cp313-android_24_arm64_v8a.whl', { kind: 'arch', arch: 'aarch64' }],
    ['testsimple-0.0.1-cp313-cp313-linux_armv5l.whl', { kind: 'unknown', reason: 'unknown architecture' }],
    ['testsimple-0.0.1-cp313-cp313-linux_armv5l_x86_64.whl', { kind: 'arch', arch: 'x86_64' }],
    ['x-1-cp3-cp3-linux_x86_64.linux_i686.whl', { kind: 'unknown', reason: 'wheels with multiple architectures are not supported (i686, x86_64)' }]
  ])('architecture of %s', (n, want) => expect(wheelNameArch(parseWheelName(n))).toEqual(want))
  test.each([
    ['x-1-cp3-cp3-manylinux2014_x86_64.whl', 'glibc'],
    ['x-1-cp3-cp3-musllinux_1_2_x86_64.whl', 'musl'],
    ['x-1-cp3-cp3-android_24_arm64_v8a.whl', 'android'],
    ['x-1-cp3-cp3-linux_x86_64.whl', null]
  ])('libc of %s', (n, want) => expect(wheelNameLibc(parseWheelName(n))).toBe(want))
  test.each([
    ['manylinux_2_17_x86_64', ['linux_x86_64']],
    ['musllinux_1_2_aarch64', ['linux_aarch64']],
    ['manylinux1_i686', ['linux_i686']],
    ['linux_x86_64', []],
    ['android_24_arm64_v8a', []]
  ])('%s replaces %j', (p, want) => expect(replacedPlatforms(p)).toEqual(want))
})

describe('adding platform tags (name sorted as auditwheel writes it, Tag lines per python-abi)', () => {
  test.each<[string, string[], string[], string, string[]]>([
    [
      'foo-1.0-cp311-cp311-linux_x86_64.whl',
      ['cp311-cp311-linux_x86_64'],
      ['manylinux_2_17_x86_64', 'manylinux2014_x86_64'],
      'foo-1.0-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl',
      ['cp311-cp311-manylinux_2_17_x86_64', 'cp311-cp311-manylinux2014_x86_64']
    ],
    [
      'python_mscl-67.0.1.0-cp313-cp313-manylinux2014_aarch64.whl',
      ['cp313-cp313-manylinux2014_aarch64'],
      ['manylinux_2_31_aarch64'],
      'python_mscl-67.0.1.0-cp313-cp313-manylinux2014_aarch64.manylinux_2_31_aarch64.whl',
      ['cp313-cp313-manylinux2014_aarch64', 'cp313-cp313-manylinux_2_31_aarch64']
    ],
    [
      'foo-1.0-py2.py3-none-linux_x86_64.whl',
      ['py2-none-linux_x86_64', 'py3-none-linux_x86_64'],
      ['manylinux_2_5_x86_64', 'manylinux1_x86_64'],
      'foo-1.0-py2.py3-none-manylinux1_x86_64.manylinux_2_5_x86_64.whl',
      ['py2-none-manylinux_2_5_x86_64', 'py2-none-manylinux1_x86_64', 'py3-none-manylinux_2_5_x86_64', 'py3-none-manylinux1_x86_64']
    ],
    [
      'foo-1.0-cp3-cp3-linux_x86_64.whl',
      ['cp3-cp3-linux_x86_64'],
      ['manylinux_2_12_x86_64', 'manylinux2010_x86_64', 'manylinux_2_28_x86_64'],
      'foo-1.0-cp3-cp3-manylinux2010_x86_64.manylinux_2_12_x86_64.manylinux_2_28_x86_64.whl',
      ['cp3-cp3-manylinux_2_12_x86_64', 'cp3-cp3-manylinux2010_x86_64', 'cp3-cp3-manylinux_2_28_x86_64']
    ]
  ])('%s + %j', (name, tags, plats, wantName, wantTags) => {
    const r = addPlatforms(name, tags, plats, replacedPlatforms(plats.at(-1) as string))
    expect(r.fileName).toBe(wantName)
    expect(r.wheelTags).toEqual(wantTags)
  })
  test('WHEEL Tag lines replaced in place, other headers kept', () => {
    const w = 'Wheel-Version: 1.0\nGenerator: bdist_wheel (0.42)\nRoot-Is-Purelib: false\nTag: cp311-cp311-linux_x86_64\n\n'
    const out = setWheelTags(w, ['cp311-cp311-manylinux_2_17_x86_64', 'cp311-cp311-manylinux2014_x86_64'])
    expect(wheelTags(out)).toEqual(['cp311-cp311-manylinux_2_17_x86_64', 'cp311-cp311-manylinux2014_x86_64'])
    expect(out.startsWith('Wheel-Version: 1.0\nGenerator: bdist_wheel (0.42)\nRoot-Is-Purelib: false\nTag: cp311-cp311-manylinux_2_17_x86_64\n')).toBe(true)
  })
})

describe('claims against what the binaries allow', () => {
  test.each<[string, string, boolean]>([
    ['manylinux_2_17_x86_64', 'manylinux_2_17_x86_64', true],
    ['manylinux2014_x86_64', 'manylinux_2_17_x86_64', true],
    ['manylinux_2_28_x86_64', 'manylinux_2_17_x86_64', true],
    ['manylinux_2_20_x86_64', 'manylinux_2_17_x86_64', true],
    ['manylinux1_x86_64', 'manylinux_2_17_x86_64', false],
    ['manylinux2014_aarch64', 'manylinux_2_31_aarch64', false],
    ['manylinux_2_17_x86_64', 'linux_x86_64', false],
    ['linux_x86_64', 'manylinux_2_5_x86_64', true],
    ['manylinux_2_17_aarch64', 'manylinux_2_17_x86_64', false],
    ['musllinux_1_2_x86_64', 'manylinux_2_5_x86_64', false],
    ['musllinux_1_1_x86_64', 'musllinux_1_2_x86_64', false],
    ['android_24_arm64_v8a', 'android_24_arm64_v8a', true]
  ])('claiming %s when %s is allowed: ok=%s', (claimed, allowed, ok) => expect(claimWithin(claimed, allowed) === null).toBe(ok))
  test('tag versions', () => {
    expect(tagVersion('manylinux2014_x86_64')).toEqual({ family: 'manylinux', version: [2, 17] })
    expect(tagVersion('manylinux1_i686')).toEqual({ family: 'manylinux', version: [2, 5] })
    expect(tagVersion('musllinux_1_2_aarch64')).toEqual({ family: 'musllinux', version: [1, 2] })
    expect(tagVersion('macosx_11_0_arm64')).toBeNull()
  })
})

describe('grafting', () => {
  test.each([
    ['libfoo.so.1', 'abcd1234', 'libfoo-abcd1234.so.1'],
    ['libffi.so.5.0.10', '0123abcd', 'libffi-0123abcd.so.5.0.10'],
    ['libc++_shared.so', '1be9716c', 'libc++_shared-1be9716c.so'],
    ['libfoo-abcd1234.so.1', 'abcd1234', 'libfoo-abcd1234.so.1'],
    ['libboost_python39.so.1.72.0', 'ffffffff', 'libboost_python39-ffffffff.so.1.72.0']
  ])('%s with hash %s → %s', (n, h, want) => expect(graftedName(n, h)).toBe(want))
  test.each<[string, string, string | null, string]>([
    ['spam.cpython-313-aarch64-linux-android.so', 'spam.libs', null, '$ORIGIN/spam.libs'],
    ['python_mscl/_mscl.so', 'python_mscl.libs', null, '$ORIGIN/../python_mscl.libs'],
    ['a/b/c.so', 'a.libs', '/opt/2.7.11/lib:$ORIGIN/../lib:$ORIGIN/../../..', '$ORIGIN/../lib:$ORIGIN/../../a.libs'],
    ['a/c.so', 'a.libs', '$ORIGIN/../a.libs', '$ORIGIN/../a.libs']
  ])('RPATH of %s to %s (old %s)', (m, libs, old, want) => expect(rpathWithLibs(m, libs, old)).toBe(want))
  test('patchelf: one operation per call (0.14.3 garbles combined calls)', () => {
    expect(
      patchelfSteps({
        soname: 'libfoo-1.so.1',
        removeNeeded: ['libpython3.11.so.1.0'],
        replaceNeeded: [['libbar.so.2', 'libbar-2.so.2']],
        rpath: { value: '$ORIGIN', runpath: false }
      })
    ).toEqual([
      ['--set-soname', 'libfoo-1.so.1'],
      ['--remove-needed', 'libpython3.11.so.1.0'],
      ['--replace-needed', 'libbar.so.2', 'libbar-2.so.2'],
      ['--force-rpath', '--set-rpath', '$ORIGIN']
    ])
    expect(patchelfSteps({ removeNeeded: [], replaceNeeded: [], rpath: { value: '$ORIGIN/x', runpath: true } })).toEqual([['--set-rpath', '$ORIGIN/x']])
    expect(patchelfSteps({ removeNeeded: [], replaceNeeded: [], removeRpath: true })).toEqual([['--remove-rpath']])
  })
})

describe('RECORD, dates and member order', () => {
  test('hash is sha256 in urlsafe base64 without padding', () => {
    const data = Buffer.from('hello')
    expect(recordHash(data)).toBe(`sha256=${createHash('sha256').update(data).digest('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`)
    const rec = buildRecord(
      [
        { name: 'a,b.py', data },
        { name: 'x.dist-info/RECORD', data: Buffer.alloc(0) }
      ],
      'x.dist-info/RECORD'
    )
    expect(parseRecord(rec)).toEqual([
      { path: 'a,b.py', hash: recordHash(data), size: '5' },
      { path: 'x.dist-info/RECORD', hash: '', size: '' }
    ])
  })
  test.each([
    [0, 315532800],
    [315532799, 315532800],
    [315532801, 315532800],
    [315532802, 315532802],
    [650203201, 650203200]
  ])('SOURCE_DATE_EPOCH=%s → %s (zip dates start in 1980, even seconds)', (t, want) => {
    expect(memberDate({ SOURCE_DATE_EPOCH: String(t) }).getTime() / 1000).toBe(want)
  })
  test('order: files before subdirectories, sorted, .dist-info last with RECORD at its end', () => {
    expect(
      orderMembers(
        ['z.py', 'pkg/b.so', 'pkg/a.py', 'pkg/sub/c.py', 'pkg.libs/libx.so', 'p-1.dist-info/RECORD', 'p-1.dist-info/WHEEL', 'p-1.dist-info/METADATA', 'a.py'],
        'p-1.dist-info'
      )
    ).toEqual([
      'a.py',
      'z.py',
      'pkg/',
      'pkg/a.py',
      'pkg/b.so',
      'pkg/sub/',
      'pkg/sub/c.py',
      'pkg.libs/',
      'pkg.libs/libx.so',
      'p-1.dist-info/',
      'p-1.dist-info/METADATA',
      'p-1.dist-info/WHEEL',
      'p-1.dist-info/RECORD'
    ])
  })
})

describe('fnmatch (excludes, ld.so.conf includes)', () => {
  test.each<[string, string, boolean]>([
    ['libffi.so.5', 'libffi.so.[4,5]', true],
    ['libffi.so.5', 'libffi.so.[6,7]', false],
    ['libffi.so.5', 'libffi.so.*', true],
    ['libffi.so.5', '*', true],
    ['libffi.so.5', 'libnoexist.so.*', false],
    ['libffi.so.5', 'libffi.so.noexist', false],
    ['libffi.so.5', 'libffi.so.[!5]', false],
    ['/a/b/libffi.so.5', '/a/b/*', true],
    ['libc++.so', 'libc++.so', true],
    ['x.conf', '?.conf', true]
  ])('%s ~ %s: %s', (name, pat, want) => expect(fnmatch(name, pat)).toBe(want))
})
