/**
 * The packager's fast path against its streamed path and against itself: a payload read once into
 * an in-memory tar (hashed there) and compressed by zstd on several threads gives the same package
 * contents and paths.json as the streamed path, the same bytes run after run, and zstd's output
 * does not depend on the number of workers (so a package built on 2 CPUs equals one built on 64).
 */
import { createHash, randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { tarChunks, tarInMemory, writeChunks } from '../../src/archive/tar-write.js'
import { zstdCompressOffThread } from '../../src/archive/zstd.js'
import { readPackageInfo } from '../../src/conda/env/package-info.js'
import { extractPackage, payloadProblems } from '../../src/conda/env/package.js'
import { writePackage, type WriteOptions } from '../../src/conda/package/write.js'
import { tmp } from './helpers.js'
import { infoFor } from './package-input.js'

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

/** A prefix with files of several sizes, an executable, links to a file and to a folder, long and non-ASCII names. */
function prefixTree(): { prefix: string; rels: string[] } {
  const prefix = tmp('pkg-write-prefix-')
  const put = (rel: string, data: Buffer | string, mode = 0o644): void => {
    fs.mkdirSync(path.dirname(path.join(prefix, rel)), { recursive: true })
    fs.writeFileSync(path.join(prefix, rel), data, { mode })
  }
  put('bin/tool', '#!/bin/sh\necho ok\n', 0o755)
  put('lib/big.bin', Buffer.concat([randomBytes(300_000), Buffer.alloc(700_000, 7)]))
  put('lib/empty', '')
  put(`share/${'d'.repeat(60)}/${'n'.repeat(80)}.txt`, 'long name\n')
  put('share/naïve-ünïcode.txt', 'é\n')
  fs.symlinkSync('tool', path.join(prefix, 'bin/tool-link'))
  fs.symlinkSync('../lib', path.join(prefix, 'share/lib-dir'))
  const rels = [
    'bin/tool',
    'bin/tool-link',
    'lib/big.bin',
    'lib/empty',
    `share/${'d'.repeat(60)}/${'n'.repeat(80)}.txt`,
    'share/lib-dir',
    'share/naïve-ünïcode.txt'
  ]
  return { prefix, rels: rels.sort() }
}

describe('writePackage', () => {
  const built: Record<string, Buffer> = {}
  let tree: { prefix: string; rels: string[] }
  beforeAll(async () => {
    tree = prefixTree()
    const cases: Record<string, Partial<WriteOptions>> = { memory: {}, streamed: { inMemoryBytes: 0 }, bz2: { format: 'tar.bz2', level: 9 } }
    for (const [name, over] of Object.entries(cases))
      for (const run of ['a', 'b']) {
        const out = tmp('pkg-write-out-')
        const o: WriteOptions = { format: 'conda', level: 3, mtime: 1700000000, ...over }
        const w = await writePackage(path.join(out, 'stage'), infoFor(tree.prefix, tree.rels), 'p-1-0', out, o)
        built[`${name}-${run}`] = fs.readFileSync(w.path)
        built[`${name}-${run}-path`] = Buffer.from(w.path)
      }
  }, 60_000)

  test.each(['memory', 'streamed', 'bz2'])('%s: the same bytes twice', name => {
    expect(sha(built[`${name}-a`])).toBe(sha(built[`${name}-b`]))
  })

  test.each(['memory', 'streamed', 'bz2'])('%s: paths.json matches the payload; links get their target digest', async name => {
    const x = tmp('pkg-write-x-')
    const members = await extractPackage(built[`${name}-a-path`].toString(), x)
    const info = readPackageInfo(x)
    expect(payloadProblems(info, members)).toEqual([])
    const byPath = Object.fromEntries(info.paths.map(p => [p._path, p]))
    const big = fs.readFileSync(path.join(tree.prefix, 'lib/big.bin'))
    expect(byPath['lib/big.bin']).toMatchObject({ path_type: 'hardlink', sha256: sha(big), size_in_bytes: big.length })
    expect(byPath['lib/empty']).toMatchObject({ sha256: sha(Buffer.alloc(0)), size_in_bytes: 0 })
    expect(byPath['bin/tool-link']).toMatchObject({ path_type: 'softlink', sha256: byPath['bin/tool'].sha256, size_in_bytes: byPath['bin/tool'].size_in_bytes })
    expect(byPath['share/lib-dir'].path_type).toBe('softlink')
    expect(byPath['share/lib-dir'].sha256).toBeUndefined()
    expect(Object.keys(byPath).sort()).toEqual(tree.rels)
    expect(fs.statSync(path.join(x, 'bin/tool')).mode & 0o777).toBe(0o755)
  })

  test('the in-memory and streamed paths hold the same tars (only the zstd framing differs)', async () => {
    const list = async (name: string): Promise<string[]> => {
      const x = tmp('pkg-write-cmp-')
      const members = await extractPackage(built[`${name}-a-path`].toString(), x)
      return members.map(m => `${m.path} ${m.type} ${m.sha256 ?? m.target ?? ''}`).sort()
    }
    expect(await list('streamed')).toEqual(await list('memory'))
  })

  test('a level out of range is refused before anything is read', async () => {
    const out = tmp('pkg-write-level-')
    await expect(
      writePackage(path.join(out, 'stage'), infoFor(tree.prefix, tree.rels), 'p-1-0', out, { format: 'conda', level: 23, mtime: 0 })
    ).rejects.toThrow('compression level 23 is out of range for conda: 1..22')
  })
})

test('zstd off the main thread: one frame, the same bytes for 1, 2 and 3 workers, and it decompresses back', async () => {
  // several of zstd's jobs at level 1 (2 MiB each), half random, half repeated
  const data = Buffer.concat([randomBytes(4 << 20), Buffer.alloc(4 << 20, 'abc')])
  const outs = []
  for (const workers of [1, 2, 3]) outs.push(await zstdCompressOffThread(Buffer.from(data), { level: 1, workers }))
  expect(new Set(outs.map(sha)).size).toBe(1)
  expect(zlib.zstdDecompressSync(outs[0]).equals(data)).toBe(true)
})

test('the in-memory tar equals the streamed one byte for byte, and its hashes are the files', async () => {
  const { prefix, rels } = prefixTree()
  const sources = rels.map(rel => ({ name: rel, abs: path.join(prefix, rel) }))
  const mem = tarInMemory(sources, { mtime: 1700000000, hash: true })
  const streamed = path.join(tmp('tar-cmp-'), 'x.tar')
  const seen: string[] = []
  await writeChunks(tarChunks(sources, { mtime: 1700000000, hash: true, onMember: m => seen.push(`${m.name} ${m.sha256 ?? ''}`) }), streamed, { zstdLevel: 0 })
  expect(fs.readFileSync(streamed).equals(mem.tar)).toBe(true)
  expect(seen).toEqual(mem.members.map(m => `${m.name} ${m.sha256 ?? ''}`))
  expect(mem.members.find(m => m.name === 'lib/big.bin')?.sha256).toBe(sha(fs.readFileSync(path.join(prefix, 'lib/big.bin'))))
})
