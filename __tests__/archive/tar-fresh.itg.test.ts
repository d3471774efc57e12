// extractTarFresh (the one-pass reader of the cache restore) against real archives from the system's
// tar (GNU and pax long names, zstd and gzip) and crafted hostile ones: it reads what the node-tar
// reader reads, with the same sha256s, whether the hashes are taken on the worker thread or in this
// one, and a failure at any point (a cut stream, a refused member after large files) leaves nothing.
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { extractTar, TarError } from '../../src/archive/tar.js'
import { extractTarFresh } from '../../src/archive/tar-fresh.js'
import { craftTar } from '../support/crafted-tar.js'
import { all, requireTool } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const tools = all(requireTool('tar'), requireTool('zstd'), requireTool('gzip'))

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex')
const listing = (dir: string): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).map(String).sort()

let work: string
/** Files of a source tree (relative path -> bytes), some large enough for many chunks. */
let files: Record<string, Buffer>

function tree(): string {
  const src = path.join(work, 'src')
  for (const [rel, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, rel)), { recursive: true })
    fs.writeFileSync(path.join(src, rel), data, { mode: rel.startsWith('bin/') ? 0o755 : 0o644 })
  }
  fs.symlinkSync('../lib/libbig.a', path.join(src, 'bin/link'))
  return src
}

/** The system tar's archive of the tree, in `format`, through `compress` (argv) or none. */
function systemTar(name: string, format: 'gnu' | 'pax', compress?: string[]): string {
  const plain = path.join(work, `${name}.tar`)
  execFileSync('tar', [`--format=${format}`, '-cf', plain, '-C', path.join(work, 'src'), 'bin', 'lib'])
  if (!compress) return plain
  const out = path.join(work, `${name}.${compress[0]}`)
  fs.writeFileSync(out, execFileSync(compress[0], [...compress.slice(1), '-c', plain], { maxBuffer: 1 << 30 }))
  return out
}

beforeAll(() => {
  if (!tools.ok) return
  work = tempDir('bw-tar-fresh-')
  const half = (n: number): Buffer => Buffer.concat([randomBytes(n / 2), Buffer.alloc(n / 2, 0x90)])
  files = {
    'lib/libbig.a': half(6 << 20),
    'bin/tool': half(3 << 20),
    [`lib/${'long-folder-name-'.repeat(8)}/${'a-long-file-name-'.repeat(10)}.o`]: half(200_000),
    'lib/é-non-ascii.o': Buffer.from('non-ASCII name\n'),
    'lib/empty.o': Buffer.alloc(0)
  }
  tree()
})

tools.describe('extractTarFresh reads what the system tar writes', () => {
  test.each([
    ['gnu', 'zstd', ['zstd', '-q', '-3']],
    ['pax', 'gzip', ['gzip', '-1']],
    ['pax', 'none', undefined]
  ] as const)('%s format, %s, on worker threads and in this one alike', async (format, _name, compress) => {
    const archive = systemTar(`${format}-${_name}`, format, compress ? [...compress] : undefined)
    const reference = await extractTar(archive, tempDir('bw-tar-fresh-ref-'))
    for (const workers of [true, false]) {
      const dest = path.join(tempDir('bw-tar-fresh-out-'), 'new')
      const got = await extractTarFresh(archive, dest, { workers })
      expect(got.members).toEqual(reference)
      for (const [rel, data] of Object.entries(files)) {
        expect(got.members.find(m => m.path === rel)?.sha256).toBe(sha(data))
        expect(fs.readFileSync(path.join(dest, rel)).equals(data)).toBe(true)
      }
      expect(fs.statSync(path.join(dest, 'bin/tool')).mode & 0o777).toBe(0o755)
      expect(fs.readlinkSync(path.join(dest, 'bin/link'))).toBe('../lib/libbig.a')
    }
  })
})

tools.describe('a failure midway leaves nothing', () => {
  /** Extract, expecting a TarError matching `why`; the folder is left empty. */
  async function refused(archive: string, why: RegExp, workers = true): Promise<void> {
    const dest = tempDir('bw-tar-fresh-fail-')
    const err = await extractTarFresh(archive, dest, { workers }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TarError)
    expect((err as Error).message).toMatch(why)
    expect(listing(dest)).toEqual([])
  }

  test.each([['zstd', ['zstd', '-q', '-3']] as const, ['gzip', ['gzip', '-1']] as const])(
    'a %s stream cut in the middle of a large file',
    async (name, compress) => {
      const whole = fs.readFileSync(systemTar(`cut-${name}`, 'pax', [...compress]))
      const cut = path.join(work, `cut.tar.${name}`)
      fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)))
      await refused(cut, /truncated|unexpected end|failed|unreadable/i)
      await refused(cut, /truncated|unexpected end|failed|unreadable/i, false)
    }
  )

  /** A zstd archive of `members` crafted header by header, after two large files. */
  function afterLargeFiles(name: string, members: Parameters<typeof craftTar>[0]): string {
    const big = [
      { path: 'lib/a.o', data: files['lib/libbig.a'] },
      { path: 'lib/b.o', data: files['bin/tool'] }
    ]
    const out = path.join(work, `${name}.tar.zst`)
    fs.writeFileSync(out, zlib.zstdCompressSync(craftTar([...big, ...members])))
    return out
  }

  test.each([
    ['a FIFO', [{ path: 'lib/fifo', type: 'FIFO' }], /refused: a FIFO/],
    ['a character device', [{ path: 'dev/null', type: 'CharacterDevice' }], /refused: a character device/],
    ["a '..' name", [{ path: '../../escape', data: 'x' }], /its name holds '\.\.'/],
    [
      'a file through a symlink of the archive',
      [
        { path: 'out', type: 'SymbolicLink', linkpath: '/tmp' },
        { path: 'out/x', data: 'x' }
      ],
      /is a symlink/
    ],
    ['a link out of the tree', [{ path: 'lib/up', type: 'SymbolicLink', linkpath: '../../..' }], /the link 'lib\/up'/],
    ['a name twice', [{ path: 'lib/a.o', data: 'again' }], /appears twice/],
    ['a hard link to nothing earlier', [{ path: 'lib/h', type: 'Link', linkpath: 'lib/none' }], /hard link/]
  ] as const)('%s after large files', async (name, members, why) => {
    await refused(afterLargeFiles(name.replace(/\W+/g, '-'), members), why)
  })

  test('the total-size limit, checked on the header before any byte of that file', async () => {
    const archive = afterLargeFiles('total', [{ path: 'lib/c.o', data: 'x'.repeat(2000) }])
    const dest = tempDir('bw-tar-fresh-limit-')
    const err = await extractTarFresh(archive, dest, { workers: true, limits: { maxTotalBytes: (9 << 20) + 1000 } }).catch((e: unknown) => e)
    expect((err as Error).message).toMatch(/member 'lib\/c\.o': the files pass the limit/)
    expect(listing(dest)).toEqual([])
  })

  test('a hard link to an earlier file becomes a copy with its hash', async () => {
    const archive = afterLargeFiles('hard', [{ path: 'lib/h.o', type: 'Link', linkpath: 'lib/a.o' }])
    const dest = tempDir('bw-tar-fresh-hard-')
    const got = await extractTarFresh(archive, dest, { workers: true })
    expect(got.members.find(m => m.path === 'lib/h.o')).toEqual({
      path: 'lib/h.o',
      type: 'file',
      mode: 0o644,
      size: 6 << 20,
      sha256: sha(files['lib/libbig.a'])
    })
    expect(fs.lstatSync(path.join(dest, 'lib/h.o')).nlink).toBe(1)
  })

  test('the folder must be new', async () => {
    const dest = tempDir('bw-tar-fresh-used-')
    fs.writeFileSync(path.join(dest, 'keep'), 'keep')
    await expect(extractTarFresh(afterLargeFiles('used', []), dest)).rejects.toThrow(/needs an empty folder/)
    expect(listing(dest)).toEqual(['keep'])
  })
})
