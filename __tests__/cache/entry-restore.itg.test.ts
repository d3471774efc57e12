// restoreEntry on entries large enough that their files are hashed on the worker thread: a good
// entry restores byte for byte; an entry whose file was changed after packing fails verification
// naming that file; a cut entry fails. A failed restore leaves the tree as it was and no private
// folder behind.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { EntryError, packEntry, restoreEntry } from '../../src/cache/entry.js'
import { requireTool } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const zstd = requireTool('zstd')

const KEY = 'build-wheel-c-tree-v2-test'
let files: Record<string, Buffer>
let entry: string

beforeAll(async () => {
  if (!zstd.ok) return
  const src = tempDir('bw-entry-src-')
  const half = (n: number): Buffer => Buffer.concat([randomBytes(n / 2), Buffer.alloc(n / 2, 0x90)])
  files = { 'lib/libbig.a': half(8 << 20), 'bin/tool': half(2 << 20) }
  for (let i = 0; i < 40; i++) files[`lib/obj/o${i}.o`] = half(20_000)
  for (const [rel, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, rel)), { recursive: true })
    fs.writeFileSync(path.join(src, rel), data, { mode: rel.startsWith('bin/') ? 0o755 : 0o644 })
  }
  entry = path.join(tempDir('bw-entry-'), 'entry.tar.zst')
  await packEntry(src, Object.keys(files), KEY, entry, { mtime: 0, zstdLevel: 1 })
  expect(fs.statSync(entry).size).toBeGreaterThan(4 << 20) // hashed on the worker thread
})

/** A tree holding one file of its own, as a checkout does. */
function checkout(): string {
  const root = tempDir('bw-entry-tree-')
  fs.writeFileSync(path.join(root, 'Makefile'), 'all:\n')
  return root
}

/** Everything under root, relative. */
function listing(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[]).map(String).sort()
}

/** The entry with `edit` applied to its uncompressed tar bytes, compressed again. */
function edited(name: string, edit: (tar: Buffer) => Buffer): string {
  const tar = execFileSync('zstd', ['-dc', entry], { maxBuffer: 1 << 30 })
  const out = path.join(path.dirname(entry), name)
  fs.writeFileSync(out, execFileSync('zstd', ['-q', '-1', '-c'], { input: edit(tar), maxBuffer: 1 << 30 }))
  return out
}

zstd.describe('restoreEntry, hashed on the worker thread', () => {
  test('restores every file byte for byte, with its mode', async () => {
    const root = checkout()
    const restored = await restoreEntry(entry, root, KEY)
    expect(restored.map(f => f.path).sort()).toEqual(Object.keys(files).sort())
    for (const [rel, data] of Object.entries(files)) expect(fs.readFileSync(path.join(root, rel)).equals(data)).toBe(true)
    expect(fs.statSync(path.join(root, 'bin/tool')).mode & 0o777).toBe(0o755)
    expect(fs.readdirSync(path.join(root, '.build-wheel')).filter(n => n.startsWith('restore-'))).toEqual([])
  })

  test('into a tree that has some of its folders: their other files stay, stale ones are replaced, missing folders arrive whole', async () => {
    const root = checkout()
    fs.mkdirSync(path.join(root, 'lib'))
    fs.writeFileSync(path.join(root, 'lib/keep.txt'), 'the checkout’s own\n')
    fs.writeFileSync(path.join(root, 'lib/libbig.a'), 'stale')
    await restoreEntry(entry, root, KEY)
    expect(fs.readFileSync(path.join(root, 'lib/keep.txt'), 'utf8')).toBe('the checkout’s own\n')
    for (const [rel, data] of Object.entries(files)) expect(fs.readFileSync(path.join(root, rel)).equals(data)).toBe(true)
    expect(listing(root).filter(p => !p.startsWith('.build-wheel'))).toEqual(
      ['Makefile', 'bin', 'lib', 'lib/keep.txt', 'lib/obj', ...Object.keys(files)].sort()
    )
  })

  test('a file changed after packing fails verification, naming the file; the tree is as it was', async () => {
    // flip one byte in the middle of lib/libbig.a's data (its random half is unique in the tar)
    const probe = files['lib/libbig.a'].subarray(1000, 1064)
    const bad = edited('changed.tar.zst', tar => {
      const at = tar.indexOf(probe)
      expect(at).toBeGreaterThan(0)
      tar[at + 10] ^= 0xff
      return tar
    })
    const root = checkout()
    const before = listing(root)
    const err = await restoreEntry(bad, root, KEY).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(EntryError)
    expect((err as Error).message).toMatch(/'lib\/libbig\.a' does not match its manifest/)
    expect(listing(root).filter(p => !p.startsWith('.build-wheel'))).toEqual(before)
    expect(fs.readdirSync(path.join(root, '.build-wheel')).filter(n => n.startsWith('restore-'))).toEqual([])
  })

  test('an entry cut short fails, and nothing is left half-written', async () => {
    const cut = path.join(path.dirname(entry), 'cut.tar.zst')
    const whole = fs.readFileSync(entry)
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)))
    const root = checkout()
    const err = await restoreEntry(cut, root, KEY).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(EntryError)
    expect((err as Error).message).toMatch(/truncated|failed|unreadable/i)
    expect(listing(root).filter(p => !p.startsWith('.build-wheel'))).toEqual(['Makefile'])
    expect(fs.readdirSync(path.join(root, '.build-wheel')).filter(n => n.startsWith('restore-'))).toEqual([])
  })
})
