/**
 * Link chains in real archives: tars written header by header (node-tar's Header), compressed by the
 * system's gzip, zstd and bzip2, a zip written by the system's zip, and C-tree cache entries written
 * by packEntry from a tree holding the links. Each hostile chain is refused with nothing written
 * outside the destination (a sentinel folder beside it stays as it was); harmless chains still
 * extract and resolve.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Header } from 'tar'
import { EntryError, packEntry, restoreEntry } from '../../src/cache/entry.js'
import { extractTar, TarError } from '../../src/archive/tar.js'
import { unpackSource } from '../../src/conda/source/extract.js'
import { all, requireTool } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

/** A member: `name/` a folder, `name -> target` a link, anything else a file holding its name. */
type Spec = readonly string[]

function tarBytes(spec: Spec): Buffer {
  const blocks: Buffer[] = []
  for (const s of spec) {
    const link = /^(.+?) -> (.*)$/.exec(s)
    const dir = !link && s.endsWith('/')
    const data = Buffer.from(link || dir ? '' : `${s}\n`)
    const h = new Header({
      path: link ? link[1] : s,
      type: link ? 'SymbolicLink' : dir ? 'Directory' : 'File',
      linkpath: link ? link[2] : undefined,
      mode: dir ? 0o755 : 0o644,
      size: data.length,
      mtime: new Date(0)
    })
    h.encode()
    blocks.push(h.block as Buffer, data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

const COMPRESSORS = {
  tar: null,
  'tar.gz': ['gzip', '-c'],
  'tar.zst': ['zstd', '-q', '-c'],
  'tar.bz2': ['bzip2', '-c']
} as const

/** The archive written to `dir/<name>.<ext>`, compressed by the system's tool. */
function writeArchive(dir: string, name: string, ext: keyof typeof COMPRESSORS, spec: Spec): string {
  const file = path.join(dir, `${name}.${ext}`)
  const raw = tarBytes(spec)
  const argv = COMPRESSORS[ext]
  fs.writeFileSync(file, argv ? execFileSync(argv[0], argv.slice(1), { input: raw }) : raw)
  return file
}

/** A place for one case: base/outside/sentinel beside base/dest. */
function place(): { base: string; dest: string; outside: string } {
  const base = tempDir('bw-chains-')
  const outside = path.join(base, 'outside')
  fs.mkdirSync(outside)
  fs.writeFileSync(path.join(outside, 'sentinel'), 'untouched\n')
  const dest = path.join(base, 'dest')
  fs.mkdirSync(dest)
  return { base, dest, outside }
}

/** Nothing written outside dest: the base holds dest and outside only, outside its sentinel only. */
function expectOutsideUntouched(p: { base: string; outside: string }, archives: readonly string[] = []): void {
  expect(
    fs
      .readdirSync(p.base)
      .filter(n => !archives.includes(n))
      .sort()
  ).toEqual(['dest', 'outside'])
  expect(fs.readdirSync(p.outside)).toEqual(['sentinel'])
  expect(fs.readFileSync(path.join(p.outside, 'sentinel'), 'utf8')).toBe('untouched\n')
}

/** Hostile archives: [case, members, what the error must say]. `..` from dest reaches base, where outside is. */
const HOSTILE: ReadonlyArray<readonly [string, Spec, RegExp]> = [
  ['the issue: d/e/a -> ../.. plus d/l -> e/a/../../..', ['d/', 'd/e/', 'd/e/a -> ../..', 'd/l -> e/a/../../..'], /member 'd\/l'.*d\/e\/a -> \.\.\/\.\./],
  [
    'the same, then a file written through d/l',
    ['d/', 'd/e/', 'd/e/a -> ../..', 'd/l -> e/a/..', 'd/l/outside/pwned'],
    /member 'd\/l\/outside\/pwned'.*is a symlink/
  ],
  ['a link to a link to outside', ['a -> b', 'b -> c', 'c -> ../outside'], /member 'a'.*a -> b, then b -> c, then c -> \.\.\/outside/],
  [
    'a link later in the archive makes an earlier one escape',
    ['d/l -> e/a/../outside', 'd/', 'd/e/', 'keep', 'd/e/a -> ../..'],
    /member 'd\/l'.*d\/e\/a -> \.\.\/\.\./
  ],
  ['a member written through an inside link made earlier', ['sub/', 'l -> sub', 'l/x'], /member 'l\/x'.*'l' is a symlink; refusing to write through it/],
  ['a member written through a link out made earlier', ['l -> e/../..', 'e/', 'l/outside/pwned'], /member 'l\/outside\/pwned'/],
  ['an absolute target', ['x/', 'x/l -> /etc'], /absolute/],
  ['a cycle a -> b -> a', ['a -> b', 'b -> a'], /more than 40 links/],
  ['a long cycle', ['d/', ...Array.from({ length: 12 }, (_, i) => `d/l${i} -> l${(i + 1) % 12}`)], /more than 40 links/]
]

const HARMLESS: Spec = [
  'lib/',
  'lib/libz.so.1.3',
  'lib/libz.so.1 -> libz.so.1.3',
  'lib/libz.so -> libz.so.1',
  'share/',
  'share/z -> ../lib/libz.so',
  'lib64 -> lib',
  'c -> lib64/../share/z'
]

const tools = all(requireTool('gzip'), requireTool('zstd'), requireTool('bzip2'))

tools.describe('extractTar on real archives', () => {
  for (const ext of Object.keys(COMPRESSORS) as Array<keyof typeof COMPRESSORS>) {
    for (const [name, spec, why] of HOSTILE)
      test(`${ext}: ${name}: refused, nothing written outside, nothing left`, async () => {
        const p = place()
        const file = writeArchive(p.base, 'hostile', ext, spec)
        const err = await extractTar(file, p.dest).catch((e: unknown) => e)
        expect(err).toBeInstanceOf(TarError)
        expect((err as Error).message).toMatch(why)
        expect((err as Error).message).toContain(file)
        expectOutsideUntouched(p, [path.basename(file)])
        expect(fs.readdirSync(p.dest)).toEqual([])
      })
    test(`${ext}: harmless chains extract and resolve`, async () => {
      const p = place()
      const file = writeArchive(p.base, 'fine', ext, HARMLESS)
      await extractTar(file, p.dest)
      expect(fs.readFileSync(path.join(p.dest, 'c'), 'utf8')).toBe('lib/libz.so.1.3\n')
      expect(fs.readlinkSync(path.join(p.dest, 'lib64'))).toBe('lib')
    })
  }

  test('a chain through a link already on disk in the destination', async () => {
    const p = place()
    fs.mkdirSync(path.join(p.dest, 'd/e'), { recursive: true })
    fs.symlinkSync('../..', path.join(p.dest, 'd/e/a'))
    const file = writeArchive(p.base, 'through-disk', 'tar.zst', ['d/l -> e/a/../outside'])
    await expect(extractTar(file, p.dest)).rejects.toThrow(/member 'd\/l'.*d\/l -> e\/a\/\.\.\/outside, then d\/e\/a -> \.\.\/\.\./)
    expectOutsideUntouched(p, [path.basename(file)])
    expect(fs.existsSync(path.join(p.dest, 'd/l'))).toBe(false)
  })

  test('a new link that makes a link already on disk escape', async () => {
    const p = place()
    fs.mkdirSync(path.join(p.dest, 'd/e/a'), { recursive: true })
    fs.symlinkSync('e/a/../../../outside', path.join(p.dest, 'd/l'))
    fs.rmdirSync(path.join(p.dest, 'd/e/a'))
    const file = writeArchive(p.base, 'makes-escape', 'tar', ['d/e/a -> ..'])
    await expect(extractTar(file, p.dest)).rejects.toThrow(/the link 'd\/l'/)
    expect(fs.existsSync(path.join(p.dest, 'd/e/a'))).toBe(false)
  })
})

all(requireTool('zip'), requireTool('zstd')).describe('source archives (unpackSource)', () => {
  test('a tar.zst whose links chain out is refused, the work folder untouched', async () => {
    const p = place()
    const file = writeArchive(p.base, 'src-1.0', 'tar.zst', ['src-1.0/', 'src-1.0/d/', 'src-1.0/d/e/', 'src-1.0/d/e/a -> ../..', 'src-1.0/d/l -> e/a/../..'])
    await expect(unpackSource(file, 'src-1.0.tar.zst', p.dest, false)).rejects.toThrow(/refusing source archive src-1\.0\.tar\.zst: .*member 'src-1\.0\/d\/l'/)
    expectOutsideUntouched(p, [path.basename(file)])
    expect(fs.readdirSync(p.dest)).toEqual([])
  })
  test('a link that stays inside the archive but leads out once its top folder is hoisted', async () => {
    const p = place()
    const file = writeArchive(p.base, 'src-1.0', 'tar.gz', ['src-1.0/', 'src-1.0/up -> ..', 'src-1.0/x'])
    await expect(unpackSource(file, 'src-1.0.tar.gz', p.dest, false)).rejects.toThrow(
      /refusing source archive src-1\.0\.tar\.gz: the link 'up' -> '\.\.' is refused/
    )
    expect(fs.readdirSync(p.dest)).toEqual([])
    // not hoisted, the same link stays inside
    await unpackSource(file, 'src-1.0.tar.gz', p.dest, true)
    expect(fs.readlinkSync(path.join(p.dest, 'src-1.0/up'))).toBe('..')
  })
  test('a link of one source chained through a link of a source unpacked before it', async () => {
    const p = place()
    const first = writeArchive(p.base, 'a', 'tar', ['d/', 'd/e/', 'd/e/a -> ../..'])
    await unpackSource(first, 'a.tar', p.dest, true)
    // judged in its own archive first: the chain climbs back out of a folder that archive lacks
    const second = writeArchive(p.base, 'b', 'tar', ['x/', 'x/l -> ../d/e/a/../outside'])
    await expect(unpackSource(second, 'b.tar', p.dest, true)).rejects.toThrow(/member 'x\/l'.*climbs with '\.\.' back out of 'd'/)
    expect(fs.readdirSync(p.dest)).toEqual(['d'])
    expectOutsideUntouched(p, ['a.tar', 'b.tar'])
  })
  test('a source that makes a link of a source unpacked before it escape', async () => {
    const p = place()
    const first = writeArchive(p.base, 'a', 'tar', ['d/', 'd/e/', 'd/e/a/', 'l -> d/e/a/../../../outside'])
    await unpackSource(first, 'a.tar', p.dest, true)
    const second = writeArchive(p.base, 'b', 'tar', ['d/', 'd/e/', 'd/e/a -> ..'])
    await expect(unpackSource(second, 'b.tar', p.dest, true)).rejects.toThrow(/refusing source archive b\.tar: the link 'l'.*then d\/e\/a -> \.\./)
    expect(fs.lstatSync(path.join(p.dest, 'd/e/a')).isDirectory()).toBe(true)
    expectOutsideUntouched(p, ['a.tar', 'b.tar'])
  })
  test('a zip holding a link is refused; one with harmless files extracts', async () => {
    const p = place()
    const stage = path.join(tempDir('bw-chains-zip-'), 'pkg')
    fs.mkdirSync(path.join(stage, 'd'), { recursive: true })
    fs.symlinkSync('../../outside', path.join(stage, 'd/l'))
    const zipFile = path.join(p.base, 'pkg.zip')
    execFileSync('zip', ['-q', '-r', '--symlinks', zipFile, 'pkg'], { cwd: path.dirname(stage) })
    await expect(unpackSource(zipFile, 'pkg.zip', p.dest, false)).rejects.toThrow(/refusing source archive pkg\.zip: .*symbolic link/)
    expectOutsideUntouched(p, ['pkg.zip'])
    expect(fs.readdirSync(p.dest)).toEqual([])
  })
})

requireTool('zstd').describe('C-tree cache entries (restoreEntry)', () => {
  /** An entry of `links` (path -> target) and a file, packed from a tree on disk. */
  async function entryOf(links: Record<string, string>, key: string): Promise<string> {
    const src = tempDir('bw-chains-entry-src-')
    fs.mkdirSync(path.join(src, 'lib'), { recursive: true })
    fs.writeFileSync(path.join(src, 'lib/libm.a'), 'archive\n')
    for (const [rel, target] of Object.entries(links)) {
      fs.mkdirSync(path.dirname(path.join(src, rel)), { recursive: true })
      fs.symlinkSync(target, path.join(src, rel))
    }
    const out = path.join(tempDir('bw-chains-entry-'), 'entry.tar.zst')
    await packEntry(src, ['lib/libm.a', ...Object.keys(links)], key, out, { mtime: 0, zstdLevel: 3 })
    return out
  }
  const listing = (dir: string): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).map(String).sort()

  test('an entry holding the chain d/e/a -> ../.. plus d/l -> e/a/../../outside is refused, the tree untouched', async () => {
    const p = place()
    fs.writeFileSync(path.join(p.dest, 'Makefile'), 'all:\n')
    const entry = await entryOf({ 'd/e/a': '../..', 'd/l': 'e/a/../../outside' }, 'k1')
    const err = await restoreEntry(entry, p.dest, 'k1').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(EntryError)
    expect((err as Error).message).toMatch(/'d\/l'.*d\/e\/a -> \.\.\/\.\./)
    expectOutsideUntouched(p)
    expect(listing(p.dest).filter(f => !f.startsWith('.build-wheel'))).toEqual(['Makefile'])
  })
  test('an entry link chained through a link already in the tree is refused', async () => {
    const p = place()
    fs.mkdirSync(path.join(p.dest, 'd/e'), { recursive: true })
    fs.symlinkSync('../..', path.join(p.dest, 'd/e/a'))
    const entry = await entryOf({ 'd/l': 'e/a/../outside' }, 'k2')
    await expect(restoreEntry(entry, p.dest, 'k2')).rejects.toThrow(/'d\/l'/)
    expect(fs.existsSync(path.join(p.dest, 'd/l'))).toBe(false)
    expectOutsideUntouched(p)
  })
  test('an entry link that makes a link already in the tree escape is refused', async () => {
    const p = place()
    fs.mkdirSync(path.join(p.dest, 'd/e'), { recursive: true })
    fs.symlinkSync('e/a/../../outside', path.join(p.dest, 'd/l'))
    const entry = await entryOf({ 'd/e/a': '..' }, 'k3')
    await expect(restoreEntry(entry, p.dest, 'k3')).rejects.toThrow(/the link 'd\/l'.*in the tree it would be restored into/)
    expect(fs.existsSync(path.join(p.dest, 'd/e/a'))).toBe(false)
  })
  test('harmless chains are restored', async () => {
    const p = place()
    const entry = await entryOf({ 'lib/libm.so': 'libm.a', lib64: 'lib', 'bin/m': '../lib64/libm.so' }, 'k4')
    await restoreEntry(entry, p.dest, 'k4')
    expect(fs.readFileSync(path.join(p.dest, 'bin/m'), 'utf8')).toBe('archive\n')
  })
})
