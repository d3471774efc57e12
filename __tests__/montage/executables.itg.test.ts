/**
 * The executables tarball: choosing files by patterns (tables), the audit of programs compiled
 * here with gcc and of third-party ELF files from ../shared/data, and the reproducible pack
 * (checked with the system's tar and by running the unpacked program).
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { auditExecutables, buildExecutablesTarball, compareVersions, elfLibc, packExecutables, planExecutables } from '../../src/montage/executables.js'
import { readZipEntries, readZipEntry } from '../../src/archive/zip.js'
import { UserError } from '../../src/lib/errors.js'
import { all, need, requireTool, requireX86_64, sharedData } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'
import { bundledWheel, shared } from '../manylinux/shared-data.js'

// ---------------------------------------------------------------------------------------------
// planExecutables: pure

const TREE = ['Makefile', 'bin/mAdd', 'bin/mProject', 'bin/mViewer.sh', 'bin/sub/mTool', 'lib/libmtbl.so.1', 'lib/libmtbl.a', 'src/mAdd.c']

test.each([
  { patterns: ['bin'], files: ['bin/mAdd', 'bin/mProject', 'bin/mViewer.sh', 'bin/sub/mTool'], unmatched: [] },
  { patterns: ['bin/'], files: ['bin/mAdd', 'bin/mProject', 'bin/mViewer.sh', 'bin/sub/mTool'], unmatched: [] },
  // a glob that matches a folder takes what is under it, as in cache-paths
  { patterns: ['bin/*'], files: ['bin/mAdd', 'bin/mProject', 'bin/mViewer.sh', 'bin/sub/mTool'], unmatched: [] },
  { patterns: ['bin/mP*', './bin/mAdd'], files: ['bin/mAdd', 'bin/mProject'], unmatched: [] },
  { patterns: ['bin/*', '!bin/*.sh', '!bin/sub'], files: ['bin/mAdd', 'bin/mProject'], unmatched: [] },
  { patterns: ['bin/m*', 'lib/*.so*'], files: ['bin/mAdd', 'bin/mProject', 'bin/mViewer.sh', 'lib/libmtbl.so.1'], unmatched: [] },
  { patterns: ['**/mTool', 'bin/mAdd', 'bin/mAdd'], files: ['bin/mAdd', 'bin/sub/mTool'], unmatched: [] },
  { patterns: ['  bin/mAdd  ', '', '   '], files: ['bin/mAdd'], unmatched: [] },
  { patterns: ['bin/mAdd', 'share/*', 'bin/nope'], files: ['bin/mAdd'], unmatched: ['share/*', 'bin/nope'] },
  { patterns: ['bin/mAdd', '!bin/mAdd'], files: [], unmatched: [] }
])('planExecutables($patterns)', ({ patterns, files, unmatched }) => {
  expect(planExecutables(patterns, TREE)).toEqual({ files, unmatched })
})

test.each([
  { patterns: ['/usr/bin/*'], message: "'/usr/bin/*' is absolute" },
  { patterns: ['bin/../../etc'], message: "'bin/../../etc' leaves the tree" },
  { patterns: ['!../x', '/a'], message: "invalid patterns: '/a' is absolute; '../x' leaves the tree ('..')" },
  { patterns: ['bin/*', '!'], message: "'' is empty" },
  { patterns: ['!bin/*.sh'], message: 'no pattern chooses files to pack' },
  { patterns: [], message: 'no pattern chooses files to pack' }
])('planExecutables refuses $patterns', ({ patterns, message }) => {
  expect(() => planExecutables(patterns, TREE)).toThrow(UserError)
  expect(() => planExecutables(patterns, TREE)).toThrow(message)
})

test.each([
  ['2.2.5', '2.17', -1],
  ['2.17', '2.17', 0],
  ['2.34', '2.4', 1],
  ['3.4.19', '3.4.9', 1],
  ['2', '2.0', 0]
] as const)('compareVersions(%s, %s) has the sign of %i', (a, b, sign) => {
  expect(Math.sign(compareVersions(a, b))).toBe(sign)
})

test.each([
  { interpreter: '/lib64/ld-linux-x86-64.so.2', needed: ['libc.so.6'], libc: 'glibc' },
  { interpreter: null, needed: ['libm.so.6', 'libc.so.6'], libc: 'glibc' },
  { interpreter: '/lib/ld-musl-aarch64.so.1', needed: ['libc.musl-aarch64.so.1'], libc: 'musl' },
  { interpreter: null, needed: ['libc.musl-x86_64.so.1'], libc: 'musl' },
  { interpreter: null, needed: ['libz.so.1'], libc: null },
  { interpreter: null, needed: [], libc: null }
])('elfLibc($interpreter, $needed) = $libc', ({ interpreter, needed, libc }) => {
  expect(elfLibc({ interpreter, needed })).toBe(libc)
})

// ---------------------------------------------------------------------------------------------
// Programs compiled here

const gcc = all(requireTool('gcc'), requireTool('readelf'), requireX86_64())
/** `glibc 2.36` → [2, 36]; programs linked against glibc >= 2.34 need __libc_start_main@GLIBC_2.34. */
function hostGlibc(): number[] | null {
  try {
    const m = /glibc (\d+)\.(\d+)/.exec(execFileSync('getconf', ['GNU_LIBC_VERSION'], { encoding: 'utf8' }))
    return m ? [Number(m[1]), Number(m[2])] : null
  } catch {
    return null
  }
}
const glibc = hostGlibc()
const glibc234 = need(!!glibc && glibc[0] * 1000 + glibc[1] >= 2034, `needs a glibc >= 2.34 host (this one: ${glibc?.join('.') ?? 'none'})`)
const compiled = all(gcc, glibc234)

function cc(dir: string, args: string[]): void {
  execFileSync('gcc', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
}

/** `readelf -V`: every GLIBC_x.y the file needs, to check the audit against another reader. */
function readelfGlibc(file: string): string[] {
  const out = execFileSync('readelf', ['-V', '-W', file], { encoding: 'utf8' })
  return [...new Set([...out.matchAll(/Name: (GLIBC_[\d.]+)/g)].map(m => m[1]))].sort()
}

/**
 * A small tree shaped like Montage after make:
 *   lib/libmfoo.so.1   own library (not on any whitelist), calls reallocarray (GLIBC_2.26); lib/libmfoo.so → it
 *   lib/libplain.so.1  calls strlen only (GLIBC_2.2.5)
 *   bin/mFoo           links libmfoo with RUNPATH $ORIGIN/../lib; bin/mNorpath links it without
 *   bin/mPlain         hello world (__libc_start_main@GLIBC_2.34 on a new glibc)
 *   bin/mViewer.sh     a script; share/data.txt not executable
 */
function buildTree(): string {
  const root = tempDir('executables-tree-')
  const src = path.join(root, 'src')
  for (const d of ['src', 'bin', 'lib', 'share']) fs.mkdirSync(path.join(root, d))
  fs.writeFileSync(path.join(src, 'mfoo.c'), '#include <stdlib.h>\nint *mfoo(size_t n) { return reallocarray(NULL, n, sizeof(int)); }\n')
  fs.writeFileSync(path.join(src, 'plain.c'), '#include <string.h>\nsize_t plain(const char *s) { return strlen(s); }\n')
  fs.writeFileSync(
    path.join(src, 'mFoo.c'),
    '#include <stdio.h>\nint *mfoo(unsigned long n);\nint main(void) { printf("mFoo %s\\n", mfoo(3) ? "ok" : "failed"); return 0; }\n'
  )
  fs.writeFileSync(path.join(src, 'mPlain.c'), '#include <stdio.h>\nint main(void) { puts("plain"); return 0; }\n')
  cc(root, ['-shared', '-fPIC', '-O1', '-o', 'lib/libmfoo.so.1', '-Wl,-soname,libmfoo.so.1', 'src/mfoo.c'])
  fs.symlinkSync('libmfoo.so.1', path.join(root, 'lib', 'libmfoo.so'))
  cc(root, ['-shared', '-fPIC', '-O1', '-o', 'lib/libplain.so.1', '-Wl,-soname,libplain.so.1', 'src/plain.c'])
  cc(root, ['-O1', '-o', 'bin/mFoo', 'src/mFoo.c', '-Llib', '-lmfoo', '-Wl,-rpath,$ORIGIN/../lib', '-Wl,--enable-new-dtags'])
  cc(root, ['-O1', '-o', 'bin/mNorpath', 'src/mFoo.c', '-Llib', '-lmfoo'])
  cc(root, ['-O1', '-o', 'bin/mPlain', 'src/mPlain.c'])
  fs.writeFileSync(path.join(root, 'bin', 'mViewer.sh'), '#!/bin/sh\necho viewer\n', { mode: 0o755 })
  fs.writeFileSync(path.join(root, 'share', 'data.txt'), 'data\n', { mode: 0o644 })
  return root
}

compiled.describe('auditExecutables on programs gcc built here', () => {
  let root: string
  beforeAll(() => {
    root = buildTree()
  })

  test('a library needing only GLIBC_2.2.5 is manylinux_2_5 (manylinux1)', () => {
    expect(readelfGlibc(path.join(root, 'lib/libplain.so.1'))).toEqual(['GLIBC_2.2.5'])
    const a = auditExecutables(root, ['lib/libplain.so.1'])
    expect(a.tag).toBe('manylinux_2_5_x86_64')
    expect(a.tags).toEqual(['manylinux_2_5_x86_64', 'manylinux1_x86_64'])
    expect(a.policy).toBe('manylinux_2_5')
    expect(a.glibcMax).toBe('2.2.5')
    expect(a.problems).toEqual([])
  })

  test('reallocarray (GLIBC_2.26) makes manylinux_2_26, whatever else the file needs', () => {
    const file = path.join(root, 'lib/libmfoo.so.1')
    expect(readelfGlibc(file)).toContain('GLIBC_2.26')
    const a = auditExecutables(root, ['lib/libmfoo.so.1'])
    expect(a.tag).toBe('manylinux_2_26_x86_64')
    expect(a.symbolTag).toBe('manylinux_2_26_x86_64')
    expect(a.glibcMax).toBe('2.26')
    expect(a.required['libc.so.6']).toContain('GLIBC_2.26')
    expect(a.files[0]).toMatchObject({
      file: 'lib/libmfoo.so.1',
      kind: 'elf',
      arch: 'x86_64',
      libc: 'glibc',
      glibcMax: '2.26',
      tag: 'manylinux_2_26_x86_64',
      external: []
    })
  })

  test('a program linked on glibc >= 2.34 needs GLIBC_2.34; the newest file decides the tag', () => {
    expect(readelfGlibc(path.join(root, 'bin/mPlain'))).toContain('GLIBC_2.34')
    const a = auditExecutables(root, ['bin/mPlain', 'lib/libplain.so.1'])
    expect(a.tag).toBe('manylinux_2_34_x86_64')
    expect(a.glibcMax).toBe('2.34')
    expect(a.files.map(f => [f.file, f.tag])).toEqual([
      ['bin/mPlain', 'manylinux_2_34_x86_64'],
      ['lib/libplain.so.1', 'manylinux_2_5_x86_64']
    ])
  })

  test('a needed library that is neither whitelisted nor shipped makes linux_x86_64, named in a problem', () => {
    const a = auditExecutables(root, ['bin/mFoo', 'bin/mViewer.sh'])
    expect(a.tag).toBe('linux_x86_64')
    expect(a.symbolTag).toBe('manylinux_2_34_x86_64')
    expect(a.problems).toEqual([
      'bin/mFoo needs libmfoo.so.1, which manylinux_2_34 does not allow and the tarball does not ship; add the library to the patterns (with an $ORIGIN rpath) or link it statically'
    ])
    const mFoo = a.files.find(f => f.file === 'bin/mFoo')
    expect(mFoo).toMatchObject({ kind: 'elf', external: ['libmfoo.so.1'], tag: 'linux_x86_64', needed: ['libmfoo.so.1', 'libc.so.6'] })
  })

  test('shipping the library (by soname, beside a symlink) keeps the tag; scripts are listed, not audited', () => {
    const a = auditExecutables(root, ['bin/mFoo', 'bin/mViewer.sh', 'lib/libmfoo.so', 'lib/libmfoo.so.1', 'share/data.txt'])
    expect(a.tag).toBe('manylinux_2_34_x86_64')
    expect(a.problems).toEqual([])
    expect(a.files.map(f => [f.file, f.kind, f.tag])).toEqual([
      ['bin/mFoo', 'elf', 'manylinux_2_34_x86_64'],
      ['bin/mViewer.sh', 'other', null],
      ['lib/libmfoo.so', 'symlink', null],
      ['lib/libmfoo.so.1', 'elf', 'manylinux_2_26_x86_64'],
      ['share/data.txt', 'other', null]
    ])
    expect(a.notes).toContain('bin/mViewer.sh: not an ELF file (a script or data): not audited')
    expect(a.notes.some(n => n.startsWith('bin/mFoo'))).toBe(false)
  })

  test('a shipped library no $ORIGIN rpath reaches gets a note, not a lower tag', () => {
    const a = auditExecutables(root, ['bin/mNorpath', 'lib/libmfoo.so.1'])
    expect(a.tag).toBe('manylinux_2_34_x86_64')
    expect(a.notes).toContain(
      "bin/mNorpath needs libmfoo.so.1, shipped as lib/libmfoo.so.1, but no $ORIGIN rpath leads there: link with -Wl,-rpath,'$ORIGIN/../lib' or users must set LD_LIBRARY_PATH"
    )
  })

  test('musl: a library needing the musl libc is musllinux_1_2; mixed with glibc files it is refused', () => {
    const dir = path.join(root, 'musl')
    fs.mkdirSync(dir, { recursive: true })
    const libc = stub(path.join(dir, 'stub'), 'libc.musl-x86_64.so.1')
    fs.writeFileSync(path.join(dir, 'm.c'), 'int stub_fn(void);\nint m(void) { return stub_fn(); }\n')
    cc(dir, ['-shared', '-fPIC', '-nostdlib', '-o', 'libm1.so', 'm.c', path.join('stub', libc)])
    const a = auditExecutables(root, ['musl/libm1.so'])
    expect(a.libc).toBe('musl')
    expect(a.tag).toBe('musllinux_1_2_x86_64')
    expect(a.glibcMax).toBeNull()
    expect(() => auditExecutables(root, ['musl/libm1.so', 'lib/libplain.so.1'])).toThrow(
      /link different C libraries: glibc \(lib\/libplain.so.1\); musl \(musl\/libm1.so\)/
    )
  })

  /** A stand-in library, only for its name and versions: the audit never loads it. */
  function stub(dir: string, soname: string, versionScript?: string): string {
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'stub.c'), 'int stub_fn(void) { return 0; }\n')
    const args = ['-shared', '-fPIC', '-nostdlib', '-o', soname, `-Wl,-soname,${soname}`, 'stub.c']
    if (versionScript) {
      fs.writeFileSync(path.join(dir, 'stub.map'), versionScript)
      args.push('-Wl,--version-script=stub.map')
    }
    cc(dir, args)
    return `./${soname}`
  }

  test('a GLIBC version newer than every policy makes linux_x86_64, with a problem saying so', () => {
    const dir = path.join(root, 'new')
    const libc = stub(path.join(dir, 'stub'), 'libc.so.6', 'GLIBC_2.99 { global: stub_fn; local: *; };\n')
    fs.writeFileSync(path.join(dir, 'n.c'), 'int stub_fn(void);\nint n(void) { return stub_fn(); }\n')
    cc(dir, ['-shared', '-fPIC', '-nostdlib', '-o', 'libnew.so', 'n.c', path.join('stub', libc)])
    const a = auditExecutables(root, ['new/libnew.so'])
    expect(a.glibcMax).toBe('2.99')
    expect(a.tag).toBe('linux_x86_64')
    expect(a.symbolTag).toBe('linux_x86_64')
    expect(a.problems).toEqual(['new/libnew.so needs GLIBC_2.99 from libc.so.6, newer than any manylinux policy allows; build it in an older image'])
  })

  test('a library only newer policies whitelist (libmvec.so.1, from manylinux_2_24) lowers the tag to that policy', () => {
    const dir = path.join(root, 'vec')
    const mvec = stub(path.join(dir, 'stub'), 'libmvec.so.1')
    fs.writeFileSync(path.join(dir, 'v.c'), '#include <string.h>\nint stub_fn(void);\nint v(const char *s) { return stub_fn() + (int)strlen(s); }\n')
    cc(dir, ['-shared', '-fPIC', '-o', 'libvec.so', 'v.c', path.join('stub', mvec)])
    const a = auditExecutables(root, ['vec/libvec.so'])
    expect(a.symbolTag).toBe('manylinux_2_5_x86_64')
    expect(a.tag).toBe('manylinux_2_24_x86_64')
    expect(a.files[0]?.external).toEqual([])
    expect(a.problems).toEqual([
      'vec/libvec.so needs libmvec.so.1, which manylinux_2_5 does not allow and the tarball does not ship; manylinux_2_24 and newer allow it'
    ])
  })

  test('code that needs x86-64-v3 (gcc -mneeded) makes linux_x86_64', () => {
    const dir = path.join(root, 'isa')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'a.c'), 'int f(int x) { return x + 1; }\n')
    cc(dir, ['-shared', '-fPIC', '-march=x86-64-v3', '-mneeded', '-o', 'libv3.so', 'a.c'])
    const a = auditExecutables(root, ['isa/libv3.so', 'lib/libplain.so.1'])
    expect(a.tag).toBe('linux_x86_64')
    expect(a.problems).toEqual(['isa/libv3.so needs x86_64_v3 instructions, which no x86_64 policy allows; build it for the baseline (e.g. -march=x86-64)'])
  })

  test('no ELF file at all, a broken ELF file and a missing file are refused with what to do', () => {
    expect(() => auditExecutables(root, ['bin/mViewer.sh'])).toThrow('none of the 1 files is an ELF program or library; point the patterns at what make built')
    fs.writeFileSync(path.join(root, 'bin', 'broken'), Buffer.from('\x7fELF\x02\x01\x01 truncated', 'latin1'), { mode: 0o755 })
    expect(() => auditExecutables(root, ['bin/broken'])).toThrow('bin/broken starts like an ELF file but cannot be read')
    expect(() => auditExecutables(root, ['bin/broken'])).toThrow("leave it out with a '!bin/broken' pattern")
    fs.rmSync(path.join(root, 'bin', 'broken'))
    expect(() => auditExecutables(root, ['bin/gone'])).toThrow(UserError)
  })
})

// ---------------------------------------------------------------------------------------------
// Third-party ELF files (../shared/data)

const rattler = path.join(sharedData, 'elf', 'rattler-build')

/** One member of a wheel from the shared data, written into dir. */
function fromWheel(dir: string, wheel: string, member: string, as: string): void {
  const buf = fs.readFileSync(bundledWheel(wheel))
  const e = readZipEntries(buf).find(x => x.name === member)
  if (!e) throw new Error(`${member} is not in ${wheel}`)
  fs.mkdirSync(path.dirname(path.join(dir, as)), { recursive: true })
  fs.writeFileSync(path.join(dir, as), readZipEntry(buf, e))
}

shared.describe('auditExecutables on third-party ELF files', () => {
  test("rattler-build's zlink (libz.so.1 is whitelisted, GLIBC_2.2.5), a shared object, an object file and a blob", () => {
    const a = auditExecutables(rattler, ['zlink', 'zlink-runpath', 'simple.so', 'simple-elf.o', 'binary_file_fallback', 'README.md'])
    expect(a.tag).toBe('manylinux_2_5_x86_64')
    expect(a.glibcMax).toBe('2.2.5')
    expect(a.required).toEqual({ 'libc.so.6': ['GLIBC_2.2.5'] })
    expect(a.files.filter(f => f.kind === 'other').map(f => f.file)).toEqual(['README.md', 'binary_file_fallback'])
    expect(a.problems).toEqual([])
  })

  test('black-listed libz symbols (auditwheel testzlib) make linux_x86_64', () => {
    const dir = tempDir('executables-zlib-')
    fromWheel(dir, 'testzlib-0.0.1-cp310-cp310-linux_x86_64.whl', 'testzlib.cpython-310-x86_64-linux-gnu.so', 'lib/testzlib.so')
    const a = auditExecutables(dir, ['lib/testzlib.so'])
    expect(a.tag).toBe('linux_x86_64')
    // auditwheel's expectation: symbol policy manylinux_2_12, black-list policy and overall linux
    expect(a.symbolTag).toBe('manylinux_2_12_x86_64')
    expect(a.required['libz.so.1']).toEqual(['ZLIB_1.2.0'])
    expect(a.problems).toEqual(['lib/testzlib.so uses zcalloc, zcfree from libz.so.1, which manylinux_2_12 black-lists; avoid these symbols'])
  })

  test('mixed architectures and an architecture no tag names are refused, naming the files', () => {
    const dir = tempDir('executables-arch-')
    fromWheel(dir, 'glibc/testsimple-0.0.1-cp313-cp313-linux_aarch64.whl', 'testsimple.cpython-313-aarch64-linux-gnu.so', 'lib/arm.so')
    fromWheel(dir, 'glibc/testsimple-0.0.1-cp313-cp313-linux_armv5l.whl', 'testsimple.cpython-313-arm-linux-gnueabi.so', 'lib/armv5.so')
    fs.copyFileSync(path.join(rattler, 'simple.so'), path.join(dir, 'lib', 'x86.so'))
    expect(() => auditExecutables(dir, ['lib/arm.so', 'lib/x86.so'])).toThrow(
      'the files are built for more than one architecture: aarch64 (lib/arm.so); x86_64 (lib/x86.so). A tarball holds one architecture: narrow the patterns'
    )
    expect(() => auditExecutables(dir, ['lib/armv5.so', 'lib/x86.so'])).toThrow(
      /no platform tag names the architecture of lib\/armv5.so \(unknown architecture/
    )
    const arm = auditExecutables(dir, ['lib/arm.so'])
    expect(arm.tag).toBe('manylinux_2_17_aarch64')
    expect(arm.notes).toContain('no file names its C library (static programs): judged as glibc')
  })
})

// ---------------------------------------------------------------------------------------------
// Packing

/** `tar -tzvf` with numeric owners, UTC: [mode, owner, date time, name (-> target)]. */
function listing(file: string): string[][] {
  const out = execFileSync('tar', ['--numeric-owner', '-tzvf', file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } })
  return out
    .trim()
    .split('\n')
    .map(l => {
      const [mode, owner, , date, time, ...name] = l.split(/\s+/)
      return [mode, owner, `${date} ${time}`, name.join(' ')]
    })
}

const MTIME = 1700000000 // 2023-11-14 22:13:20 UTC

compiled.describe('packExecutables and buildExecutablesTarball', () => {
  let root: string
  let out: string
  beforeAll(() => {
    root = buildTree()
    out = tempDir('executables-out-')
  })
  const files = ['bin/mFoo', 'bin/mViewer.sh', 'lib/libmfoo.so', 'lib/libmfoo.so.1', 'share/data.txt']

  test('members under the prefix, sorted, owners 0/0, one mtime, modes 0755/0644, links kept', async () => {
    const p = await packExecutables({ root, files, outFile: path.join(out, 'a.tar.gz'), mtime: MTIME, prefix: 'montage-bin' })
    expect(p.members).toEqual([
      'montage-bin/',
      'montage-bin/bin/',
      'montage-bin/bin/mFoo',
      'montage-bin/bin/mViewer.sh',
      'montage-bin/lib/',
      'montage-bin/lib/libmfoo.so',
      'montage-bin/lib/libmfoo.so.1',
      'montage-bin/share/',
      'montage-bin/share/data.txt'
    ])
    const when = '2023-11-14 22:13'
    expect(listing(p.file)).toEqual([
      ['drwxr-xr-x', '0/0', when, 'montage-bin/'],
      ['drwxr-xr-x', '0/0', when, 'montage-bin/bin/'],
      ['-rwxr-xr-x', '0/0', when, 'montage-bin/bin/mFoo'],
      ['-rwxr-xr-x', '0/0', when, 'montage-bin/bin/mViewer.sh'],
      ['drwxr-xr-x', '0/0', when, 'montage-bin/lib/'],
      ['lrwxrwxrwx', '0/0', when, 'montage-bin/lib/libmfoo.so -> libmfoo.so.1'],
      ['-rwxr-xr-x', '0/0', when, 'montage-bin/lib/libmfoo.so.1'],
      ['drwxr-xr-x', '0/0', when, 'montage-bin/share/'],
      ['-rw-r--r--', '0/0', when, 'montage-bin/share/data.txt']
    ])
    const head = fs.readFileSync(p.file).subarray(0, 10)
    expect([head[0], head[1], (head[3] ?? 0xff) & 0x08, head.readUInt32LE(4)]).toEqual([0x1f, 0x8b, 0, 0]) // gzip, no name, no time
    expect(fs.readdirSync(out)).toEqual(['a.tar.gz']) // no temporary left
  })

  test('reproducible: the same files give the same bytes, whatever their own times', async () => {
    const a = await packExecutables({ root, files, outFile: path.join(out, 'r1.tar.gz'), mtime: MTIME, prefix: 'p' })
    for (const f of files) if (!fs.lstatSync(path.join(root, f)).isSymbolicLink()) fs.utimesSync(path.join(root, f), 1e9, 1e9)
    const b = await packExecutables({ root, files: [...files].reverse(), outFile: path.join(out, 'r2.tar.gz'), mtime: MTIME, prefix: 'p' })
    expect(b.sha256).toBe(a.sha256)
    expect(b.bytes).toBe(a.bytes)
    expect(fs.readFileSync(b.file).equals(fs.readFileSync(a.file))).toBe(true)
    const c = await packExecutables({ root, files, outFile: path.join(out, 'r3.tar.gz'), mtime: MTIME + 1, prefix: 'p' })
    expect(c.sha256).not.toBe(a.sha256)
  })

  test('the unpacked program runs, finding its library through $ORIGIN', async () => {
    const p = await packExecutables({ root, files, outFile: path.join(out, 'run.tar.gz'), mtime: MTIME, prefix: 'tools' })
    const dest = tempDir('executables-unpacked-')
    execFileSync('tar', ['-xzf', p.file, '-C', dest])
    expect(execFileSync(path.join(dest, 'tools', 'bin', 'mFoo'), { encoding: 'utf8' })).toBe('mFoo ok\n')
  })

  test.each([
    { name: 'a link that leaves the tree', link: '../../../etc/passwd', message: 'is a symlink to ../../../etc/passwd, which is not among the files packed' },
    { name: 'an absolute link', link: '/usr/lib/libz.so.1', message: 'is a symlink to /usr/lib/libz.so.1, which is not among the files packed' },
    { name: 'a link to a tree file left out', link: '../src/mfoo.c', message: "add its target to the patterns or leave the link out with '!bin/link'" }
  ])('refuses $name, writing nothing', async ({ link, message }) => {
    const l = path.join(root, 'bin', 'link')
    fs.rmSync(l, { force: true })
    fs.symlinkSync(link, l)
    const dest = tempDir('executables-refused-')
    const run = packExecutables({ root, files: ['bin/mFoo', 'bin/link'], outFile: path.join(dest, 'x.tar.gz'), mtime: MTIME, prefix: 'p' })
    await expect(run).rejects.toThrow(UserError)
    await expect(packExecutables({ root, files: ['bin/mFoo', 'bin/link'], outFile: path.join(dest, 'x.tar.gz'), mtime: MTIME, prefix: 'p' })).rejects.toThrow(
      message
    )
    expect(fs.readdirSync(dest)).toEqual([])
    fs.rmSync(l)
  })

  test('refuses a prefix with a slash, a folder, a missing file and a name that escapes', async () => {
    const opts = { root, files: ['bin/mFoo'], outFile: path.join(out, 'bad.tar.gz'), mtime: MTIME, prefix: 'p' }
    await expect(packExecutables({ ...opts, prefix: 'a/b' })).rejects.toThrow("the tarball folder 'a/b' is not a plain file name")
    await expect(packExecutables({ ...opts, files: ['bin'] })).rejects.toThrow('cannot pack bin: it is a folder; list the files in it (e.g. bin/*)')
    await expect(packExecutables({ ...opts, files: ['bin/gone'] })).rejects.toThrow('cannot pack bin/gone: it is not in')
    await expect(packExecutables({ ...opts, files: ['../x'] })).rejects.toThrow("cannot pack '../x': its name holds '..'")
    expect(fs.existsSync(opts.outFile)).toBe(false)
  })

  test('buildExecutablesTarball: patterns, audit, <name>-<tag>.tar.gz with the same top folder', async () => {
    const dest = tempDir('executables-build-')
    const t = await buildExecutablesTarball({
      root,
      patterns: ['bin/*', 'lib/*.so*', '!bin/mNorpath', 'share/none/*'],
      outDir: dest,
      name: 'montage-bin',
      mtime: MTIME
    })
    expect(t.audit.tag).toBe('manylinux_2_34_x86_64')
    expect(t.file).toBe(path.join(dest, 'montage-bin-manylinux_2_34_x86_64.tar.gz'))
    expect(t.unmatched).toEqual(['share/none/*'])
    expect(t.members).toContain('montage-bin-manylinux_2_34_x86_64/bin/mFoo')
    expect(t.members).toContain('montage-bin-manylinux_2_34_x86_64/lib/libplain.so.1')
    expect(t.members.some(m => m.includes('mNorpath'))).toBe(false)
    expect(t.members.every(m => m.startsWith('montage-bin-manylinux_2_34_x86_64/'))).toBe(true)
    expect(fs.readdirSync(dest)).toEqual(['montage-bin-manylinux_2_34_x86_64.tar.gz'])
    await expect(buildExecutablesTarball({ root, patterns: ['nothing/*'], outDir: dest, name: 'montage-bin', mtime: MTIME })).rejects.toThrow(
      /no file of .* matches nothing\/\*; did make build the programs/
    )
    await expect(buildExecutablesTarball({ root, patterns: ['bin/*'], outDir: dest, name: '../x', mtime: MTIME })).rejects.toThrow(
      "the tarball name '../x' is not a plain file name"
    )
  })
})
