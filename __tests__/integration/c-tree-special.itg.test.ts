/**
 * A make rule that leaves a FIFO, a unix socket or a file whose name is not UTF-8 in the tree:
 * the C-tree snapshot refuses them by path (names escaped), never opening the FIFO, and the step
 * still ends with make's result; cache-paths can leave them out. packEntry refuses the same
 * directly. A tracked source whose name is not UTF-8 is a source, not a refused output.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { EntryError, packEntry } from '../../src/cache/entry.js'
import { walkFiles } from '../../src/cache/tree.js'
import { walkTree } from '../../src/cache/walk.js'
import { escapeBytes } from '../../src/lib/names.js'
import { montageStep } from '../../src/phases/steps.js'
import { captureStderr } from '../support/capture.js'
import { tempDir } from '../support/temp.js'

const BAD = Buffer.from('out/bad\xffname\\x', 'latin1')
const MAKEFILE = `all:
\tmkdir -p out
\techo ok > out/ok.txt
\tmkfifo out/pipe
\tpython3 -c 'import socket,sys; s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' out/sock
\tprintf x > "$$(printf 'out/bad\\377name\\\\x')"
`

function project(opts: { git?: boolean; gitBadSource?: boolean } = {}): { dir: string; cache: string } {
  const root = tempDir('bw-ctree-special-')
  const dir = path.join(root, 'proj')
  fs.mkdirSync(dir)
  fs.writeFileSync(path.join(dir, 'Makefile'), MAKEFILE)
  if (opts.gitBadSource) fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('src\xfe.c', 'latin1')]), 'int x;\n')
  if (opts.git || opts.gitBadSource) {
    const git = (...a: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { cwd: dir })
    git('init', '-q')
    git('add', '.')
    git('commit', '-q', '-m', 'sources')
  }
  return { dir, cache: path.join(root, 'cache') }
}

async function step(dir: string, cache: string, more: Record<string, string> = {}) {
  const given: Record<string, string> = { path: dir, 'cache-dir': cache, ...more }
  const { value, stderr } = await captureStderr(() => montageStep(n => given[n] ?? '', '/'))
  return { result: value, stderr }
}

describe.each([false, true])('git: %s', git => {
  test('the snapshot is refused, naming the FIFO, the socket and the escaped name; make itself succeeded', async () => {
    const { dir, cache } = project({ git })
    const started = Date.now()
    const { result, stderr } = await step(dir, cache)
    expect(Date.now() - started).toBeLessThan(60_000)
    expect(result.cacheHit).toBe(false)
    expect(result.saved).toBe(false)
    expect(result.notSaved).toBe('the tree holds 3 file(s) a cache entry cannot hold')
    expect(stderr).toContain("'out/pipe' is a FIFO")
    expect(stderr).toContain("'out/sock' is a socket")
    expect(stderr).toContain("'out/bad\\xffname\\\\x' has a name that is not UTF-8 (shown with \\xNN escapes)")
    expect(stderr).toMatch(/Remove them in the Makefile, or leave them out with cache-paths/)
    expect(stderr).not.toMatch(/ENOENT/)
    expect(fs.existsSync(path.join(cache, 'c-tree')) ? fs.readdirSync(path.join(cache, 'c-tree')).filter(f => f.endsWith('.tar.zst')) : []).toEqual([])
  })
})

test('cache-paths that leave them out: the rest is saved', async () => {
  const { dir, cache } = project({ git: true })
  const { result, stderr } = await step(dir, cache, { 'cache-paths': 'out/ok.txt' })
  expect(stderr).not.toMatch(/cannot hold/)
  expect(result.saved).toBe(true)
})

test('a tracked source whose name is not UTF-8 is a source: the snapshot is refused only for what make left', async () => {
  const { dir, cache } = project({ gitBadSource: true })
  const { result, stderr } = await step(dir, cache)
  expect(result.notSaved).toBe('the tree holds 3 file(s) a cache entry cannot hold')
  expect(stderr).not.toContain('src\\xfe.c')
})

describe('walking and packing', () => {
  test('walkTree sees every kind without opening anything; walkFiles keeps the files it can name', () => {
    const dir = tempDir('bw-walk-')
    fs.mkdirSync(path.join(dir, 'out'))
    fs.writeFileSync(path.join(dir, 'out', 'ok.txt'), 'ok')
    fs.symlinkSync('ok.txt', path.join(dir, 'out', 'link'))
    execFileSync('mkfifo', [path.join(dir, 'out', 'pipe')])
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), BAD]), 'x')
    fs.mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('dir\xff', 'latin1')]))
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('dir\xff/inner', 'latin1')]), 'y')
    expect(walkTree(dir, () => false)).toEqual([
      { rel: 'dir\\xff/inner', utf8: false, kind: 'file' },
      { rel: 'out/bad\\xffname\\\\x', utf8: false, kind: 'file' },
      { rel: 'out/link', utf8: true, kind: 'symlink' },
      { rel: 'out/ok.txt', utf8: true, kind: 'file' },
      { rel: 'out/pipe', utf8: true, kind: 'FIFO' }
    ])
    expect(walkFiles(dir)).toEqual(['out/link', 'out/ok.txt'])
  })

  test('packEntry refuses a FIFO quickly and a mangled name with a clear message, not ENOENT', async () => {
    const dir = tempDir('bw-pack-special-')
    execFileSync('mkfifo', [path.join(dir, 'pipe')])
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('bad\xff', 'latin1')]), 'x')
    const out = path.join(dir, 'entry.tar.zst')
    await expect(packEntry(dir, ['pipe'], 'k', out, { mtime: 0, zstdLevel: 1 })).rejects.toThrow(
      new EntryError("'pipe' cannot be packed: it is a FIFO, not a file or symlink")
    )
    const mangled = fs.readdirSync(dir).find(n => n.startsWith('bad')) as string
    await expect(packEntry(dir, [mangled], 'k', out, { mtime: 0, zstdLevel: 1 })).rejects.toThrow(/cannot be packed: its name is not UTF-8/)
  })

  test.each([
    [Buffer.from('plain.txt'), 'plain.txt'],
    [Buffer.from('a\\b'), 'a\\\\b'],
    [Buffer.from([0x61, 0xff, 0x0a]), 'a\\xff\\x0a'],
    [Buffer.from('é', 'utf8'), '\\xc3\\xa9']
  ])('escapeBytes(%j) = %s', (bytes, text) => {
    expect(escapeBytes(bytes)).toBe(text)
  })
})
