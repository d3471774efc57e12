/**
 * Every source archive format conda-build reads (libarchive's, told apart by content), unpacked by
 * unpackSource: the ten archives of conda-build's `metadata/libarchive` test recipe (7z through the
 * system's 7-Zip, LZMA-alone through `xz --format=lzma`, compress'd .Z through `gzip`), and hostile
 * archives made here (7z holding `../x`, an absolute path, a link out, an encrypted entry; LZMA
 * streams holding a tar that escapes), each refused with the source's name and nothing left behind:
 * the work folder empty, no scratch folder beside it, a sentinel outside untouched.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Header } from 'tar'
import { extractSevenZip, findSevenZip } from '../../../src/archive/sevenzip.js'
import { buildRecipe } from '../../../src/conda/builder/build.js'
import { unpackSource } from '../../../src/conda/source/extract.js'
import { all, need, requireSharedData, requireTool, sharedData } from '../../support/requirements.js'
import { tempDir } from '../../support/temp.js'
import { localBuild } from '../builder/options.js'

const corpus = path.join(sharedData, 'conda-build', 'tests', 'test-recipes', 'metadata', 'libarchive')
const sevenZip = findSevenZip()
const need7z = need(sevenZip !== null, '7-Zip is not installed (7zz: Debian package 7zip; 7z/7za: p7zip-full)')
const needs = all(requireTool('xz'), requireTool('gzip'), requireTool('bzip2'))

/** A place for one case: base/outside/sentinel beside base/work (the folder unpacked into). */
function place(): { base: string; work: string; outside: string } {
  const base = tempDir('bw-formats-')
  const outside = path.join(base, 'outside')
  fs.mkdirSync(outside)
  fs.writeFileSync(path.join(outside, 'sentinel'), 'untouched\n')
  return { base, work: path.join(base, 'work'), outside }
}

/** Nothing left behind: base holds work (empty), outside and the archives; outside its sentinel alone. */
function expectNothingLeft(p: { base: string; work: string; outside: string }, archives: readonly string[]): void {
  expect(
    fs
      .readdirSync(p.base)
      .filter(n => !archives.includes(n))
      .sort()
  ).toEqual(['outside', 'work'])
  expect(fs.readdirSync(p.work)).toEqual([])
  expect(fs.readdirSync(p.outside)).toEqual(['sentinel'])
}

all(requireSharedData(), need7z, needs).describe("conda-build's metadata/libarchive archives", () => {
  test.each([
    ['test.7z', 'test_7z'],
    ['test.tar', 'test_tar'],
    ['test.tar.bz2', 'test_tar_bz2'],
    ['test.tar.gz', 'test_tar_gz'],
    ['test.tar.lzma', 'test_tar_lzma'],
    ['test.tar.xz', 'test_tar_xz'],
    ['test.tar.z', 'test_tar_z'],
    ['test.tgz', 'test_tgz'],
    ['test.whl', 'test_whl'],
    ['test.zip', 'test_zip']
  ])('%s unpacks to %s', async (name, member) => {
    const p = place()
    expect(await unpackSource(path.join(corpus, name), name, p.work, false)).toBe(1)
    expect(fs.readdirSync(p.work)).toEqual([member])
    const st = fs.lstatSync(path.join(p.work, member))
    expect(st.isFile()).toBe(true)
    expect(st.size).toBeGreaterThan(0)
    expect(st.mode & 0o777).toBe(0o644)
    expect(fs.readdirSync(p.base).sort()).toEqual(['outside', 'work'])
  })

  test('all ten into one work folder, as the recipe lists them', async () => {
    const p = place()
    const names = fs.readdirSync(corpus).filter(n => n.startsWith('test.'))
    expect(names).toHaveLength(10)
    for (const n of names) await unpackSource(path.join(corpus, n), n, p.work, false)
    expect(fs.readdirSync(p.work).sort()).toEqual(names.map(n => n.replace(/\./g, '_')).sort())
  })

  test('a 7z named .tar.gz is read by its content', async () => {
    const p = place()
    await unpackSource(path.join(corpus, 'test.7z'), 'src-1.0.tar.gz', p.work, false)
    expect(fs.readdirSync(p.work)).toEqual(['test_7z'])
  })
})

/** A 7z made by the system's 7-Zip from `files` (path -> content, or `-> target` for a link), its entries renamed by `renames`. */
function make7z(dir: string, name: string, files: Record<string, string>, opts: { renames?: [string, string][]; password?: string } = {}): string {
  const stage = fs.mkdtempSync(path.join(dir, '.stage-'))
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(stage, rel)
    fs.mkdirSync(path.dirname(abs), { recursive: true })
    if (content.startsWith('-> ')) fs.symlinkSync(content.slice(3), abs)
    else fs.writeFileSync(abs, content)
  }
  const file = path.join(dir, name)
  const pw = opts.password ? [`-p${opts.password}`] : []
  execFileSync(sevenZip as string, ['a', '-snl', ...pw, file, ...Object.keys(files)], { cwd: stage, stdio: 'ignore' })
  for (const [from, to] of opts.renames ?? []) execFileSync(sevenZip as string, ['rn', file, from, to], { stdio: 'ignore' })
  fs.rmSync(stage, { recursive: true, force: true })
  return file
}

need7z.describe('hostile 7z sources', () => {
  test.each([
    ["'../x'", { x: 'x\n' }, [['x', '../x']], /refusing source archive evil\.7z: .*member '\.\.\/x': refused: its name holds '\.\.'/],
    [
      'an absolute path',
      { x: 'x\n' },
      [['x', '@OUTSIDE@/pwned']],
      /refusing source archive evil\.7z: .*member '.*\/outside\/pwned': refused: its name is an absolute path/
    ],
    [
      'a link out',
      { 'src/f': 'f\n', 'src/l': '-> ../../outside/sentinel' },
      [],
      /refusing source archive evil\.7z: .*(7z[za]? x failed \(exit 2\).*[Dd]angerous link|the link 'src\/l')/
    ],
    [
      'a file written through a link of the archive',
      { 'd/x': 'x\n', e: '-> d' },
      [['d/x', 'e/x']],
      /member 'e\/x': refused: it lies beneath 'e', which is a symlink/
    ],
    // 7-Zip lists a control character as '_' but writes it: the tree on disk is judged against the listing
    [
      'a name with a line break',
      { x: 'x\n' },
      [['x', 'x\nCreated = 2018-05-10 21:08:27.0244055']],
      /member 'x\\x0aCreated = .*': refused: 7-Zip wrote it, but the listing does not show it/
    ]
  ] as const)('holding %s is refused, nothing left behind', async (_what, files, renames, why) => {
    const p = place()
    const rn = renames.map(([a, b]): [string, string] => [a, b.replace('@OUTSIDE@', p.outside)])
    const file = make7z(p.base, 'evil.7z', files, { renames: rn })
    fs.mkdirSync(p.work)
    await expect(unpackSource(file, 'evil.7z', p.work, false)).rejects.toThrow(why)
    expectNothingLeft(p, ['evil.7z'])
  })

  test('an encrypted entry is refused, encrypted headers too', async () => {
    const p = place()
    fs.mkdirSync(p.work)
    const file = make7z(p.base, 'secret.7z', { x: 'x\n' }, { password: 'pw' })
    await expect(unpackSource(file, 'secret.7z', p.work, false)).rejects.toThrow(/refusing source archive secret\.7z: .*member 'x': refused: it is encrypted/)
    const headers = path.join(p.base, 'headers.7z')
    execFileSync(sevenZip as string, ['a', '-ppw', '-mhe=on', headers, 'secret.7z'], { cwd: p.base, stdio: 'ignore' })
    await expect(unpackSource(headers, 'headers.7z', p.work, false)).rejects.toThrow(/refusing source archive headers\.7z: .*7z[za]? l failed .*encrypted/)
    expectNothingLeft(p, ['secret.7z', 'headers.7z'])
  })

  test('a 7z of one top folder with a link inside is hoisted, the link kept, modes reduced', async () => {
    const p = place()
    const file = make7z(p.base, 'src-1.0.7z', { 'src-1.0/f': 'f\n', 'src-1.0/l': '-> f', 'src-1.0/sub/g': 'g\n' })
    await unpackSource(file, 'src-1.0.7z', p.work, false)
    expect(fs.readdirSync(p.work).sort()).toEqual(['f', 'l', 'sub'])
    expect(fs.readlinkSync(path.join(p.work, 'l'))).toBe('f')
    expect(fs.readFileSync(path.join(p.work, 'sub/g'), 'utf8')).toBe('g\n')
    expect(fs.statSync(path.join(p.work, 'sub')).mode & 0o777).toBe(0o755)
  })
})

all(requireSharedData(), need7z).describe('7-Zip bounded', () => {
  const test7z = (): string => path.join(corpus, 'test.7z')
  test("the tar reader's limits, judged on the listing before anything is written", async () => {
    const dest = path.join(tempDir('bw-7z-limits-'), 'out')
    await expect(extractSevenZip(test7z(), dest, { limits: { maxFileBytes: 4 } })).rejects.toThrow(/member 'test_7z': 8 bytes passes the limit of 4 per file/)
    await expect(extractSevenZip(test7z(), dest, { limits: { maxMembers: 0 } })).rejects.toThrow(/more than 0 members/)
    expect(fs.readdirSync(dest)).toEqual([])
    expect((await extractSevenZip(test7z(), dest)).map(e => e.path)).toEqual(['test_7z'])
    await expect(extractSevenZip(test7z(), dest)).rejects.toThrow(/the folder to extract into is not empty/)
  })
  test('a child that does not finish in time is killed', async () => {
    const dest = path.join(tempDir('bw-7z-timeout-'), 'out')
    await expect(extractSevenZip(test7z(), dest, { timeoutMs: 1 })).rejects.toThrow(/test\.7z: 7z[za]? l failed \(it did not finish within 1 ms\)/)
    expect(fs.readdirSync(dest)).toEqual([])
  })
})

/** A tar of `members` (`name -> target` a link, else a file holding its name), compressed LZMA-alone by xz. */
function lzmaTar(dir: string, name: string, members: readonly string[]): string {
  const blocks: Buffer[] = []
  for (const m of members) {
    const link = /^(.+?) -> (.*)$/.exec(m)
    const data = Buffer.from(link ? '' : `${m}\n`)
    const h = new Header({
      path: link ? link[1] : m,
      type: link ? 'SymbolicLink' : 'File',
      linkpath: link?.[2],
      mode: 0o644,
      size: data.length,
      mtime: new Date(0)
    })
    h.encode()
    blocks.push(h.block as Buffer, data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  const file = path.join(dir, name)
  fs.writeFileSync(file, execFileSync('xz', ['--format=lzma', '-c'], { input: Buffer.concat(blocks) }))
  return file
}

requireTool('xz').describe('hostile LZMA-alone sources', () => {
  test.each([
    ["a member '../x'", ['ok', '../outside/x'], /refusing source archive evil\.tar\.lzma: .*member '\.\.\/outside\/x': refused: its name holds '\.\.'/],
    ['a link out', ['ok', 'l -> ../outside'], /refusing source archive evil\.tar\.lzma: .*the link 'l' -> '\.\.\/outside'/],
    ['an absolute member', ['/tmp/pwned-by-lzma'], /refusing source archive evil\.tar\.lzma: .*refused: its name is an absolute path/]
  ])('a tar with %s is refused, nothing left behind', async (_what, members, why) => {
    const p = place()
    fs.mkdirSync(p.work)
    const file = lzmaTar(p.base, 'evil.tar.lzma', members)
    await expect(unpackSource(file, 'evil.tar.lzma', p.work, false)).rejects.toThrow(why)
    expectNothingLeft(p, ['evil.tar.lzma'])
    expect(fs.existsSync('/tmp/pwned-by-lzma')).toBe(false)
  })

  test('a truncated LZMA stream fails with what xz said', async () => {
    const p = place()
    fs.mkdirSync(p.work)
    const good = fs.readFileSync(lzmaTar(p.base, 'whole.tar.lzma', ['a', 'b']))
    fs.writeFileSync(path.join(p.base, 'cut.tar.lzma'), good.subarray(0, good.length - 20))
    await expect(unpackSource(path.join(p.base, 'cut.tar.lzma'), 'cut.tar.lzma', p.work, false)).rejects.toThrow(
      /refusing source archive cut\.tar\.lzma: .*xz --format=lzma -dc failed \(exit 1\)/
    )
    expectNothingLeft(p, ['whole.tar.lzma', 'cut.tar.lzma'])
  })
})

requireSharedData().describe('a decompressor that is not there', () => {
  test.each([
    ['test.7z', /refusing source archive test\.7z: .*needs 7-Zip, and none of 7zz \(Debian package 7zip\), 7z \(Debian package p7zip-full\)/],
    ['test.tar.lzma', /refusing source archive test\.tar\.lzma: .*needs 'xz', which is not on PATH; install it \(Debian package xz-utils\)/],
    ['test.tar.z', /refusing source archive test\.tar\.z: .*needs 'gzip', which is not on PATH; install it \(Debian package gzip\)/]
  ])('%s: an error naming the program and its Debian package', async (name, why) => {
    const p = place()
    fs.mkdirSync(p.work)
    const saved = process.env.PATH
    process.env.PATH = tempDir('bw-empty-path-')
    try {
      await expect(unpackSource(path.join(corpus, name), name, p.work, false)).rejects.toThrow(why)
    } finally {
      process.env.PATH = saved
    }
    expectNothingLeft(p, [])
  })
})

all(requireSharedData(), need7z, needs, requireTool('bash')).describe("conda-build's metadata/libarchive recipe built end to end", () => {
  test('one package holding the ten test_* files, its own test commands passing', async () => {
    const dir = tempDir('bw-libarchive-build-')
    const o = localBuild(dir, { recipe: corpus, channels: [], test: true, log: () => {}, warn: () => {} })
    const r = await buildRecipe(o)
    expect(r.packages.map(p => `${p.subdir}/${p.name}-${p.version}-${p.build} (${p.tested.join(',')})`)).toEqual(['linux-64/libarchive-1-0 (run_test.sh)'])
    const files = fs.readdirSync(path.join(dir, 'out', 'linux-64')).filter(f => f.startsWith('libarchive-1-0'))
    expect(files).toHaveLength(1)
  }, 300_000)
})
