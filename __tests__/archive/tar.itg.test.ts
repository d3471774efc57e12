// The tar reader as untrusted input: archives crafted header by header (node-tar's Header), as an
// attacker would write them, and real ones made by the system's tar.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { Header } from 'tar'
import { detectCompression, extractTar, linkStaysInside, memberName, packTar, TarError } from '../../src/archive/tar.js'

let work: string
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-tar-test-'))
})
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

interface Raw {
  path: string
  type?: string
  data?: string | Buffer
  size?: number
  mode?: number
  linkpath?: string
  uname?: string
}

/** A tar written header by header; sizes may lie when `size` is given. */
function craft(name: string, members: Raw[], opts: { end?: boolean } = {}): string {
  const blocks: Buffer[] = []
  for (const m of members) {
    const data = Buffer.from(m.data ?? '')
    const h = new Header({
      path: m.path,
      type: (m.type ?? 'File') as 'File',
      mode: m.mode ?? 0o644,
      size: m.size ?? data.length,
      mtime: new Date(0),
      uid: 1000,
      gid: 1000,
      uname: m.uname ?? 'u',
      gname: 'g',
      linkpath: m.linkpath
    })
    h.encode()
    blocks.push(h.block as Buffer, data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  if (opts.end !== false) blocks.push(Buffer.alloc(1024))
  const file = path.join(work, name)
  fs.writeFileSync(file, Buffer.concat(blocks))
  return file
}

function freshDest(): string {
  return fs.mkdtempSync(path.join(work, 'dest-'))
}

/** Everything under dir, relative. */
function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map(String).sort()
}

test.each([
  ['a/b', { name: 'a/b' }],
  ['./a//b/', { name: 'a/b' }],
  ['', { refused: 'its name is empty' }],
  ['.', { refused: 'its name is empty' }],
  ['./', { refused: 'its name is empty' }],
  ['/etc/passwd', { refused: 'its name is an absolute path' }],
  ['a/../../b', { refused: "its name holds '..'" }],
  ['a/../b', { refused: "its name holds '..'" }],
  ['a\0b', { refused: 'its name holds a NUL byte' }]
])('memberName(%j)', (raw, expected) => {
  expect(memberName(raw)).toEqual(expected)
})

test.each([
  ['a/l', 'x', true],
  ['a/l', '../x', true],
  ['a/l', '../../x', false],
  ['l', '/etc', false],
  ['python/MiniPy/build', '../../..', false],
  ['a/b/l', '../c/./../d', true],
  ['a/l', '', false]
])('linkStaysInside(%j, %j) is %j', (name, target, ok) => {
  expect(linkStaysInside(name, target)).toBe(ok)
})

test('detectCompression reads magic bytes', () => {
  expect(detectCompression(zlib.gzipSync('x'))).toBe('gzip')
  expect(detectCompression(zlib.zstdCompressSync(Buffer.from('x')))).toBe('zstd')
  expect(detectCompression(Buffer.from('BZh91AY'))).toBe('bzip2')
  expect(detectCompression(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))).toBe('xz')
  expect(detectCompression(Buffer.from('hello'))).toBe('none')
})

test('a plain archive extracts, with sha256 and normalised modes', async () => {
  const file = craft('ok.tar', [
    { path: 'd/', type: 'Directory', mode: 0o700 },
    { path: 'd/x', data: 'hello', mode: 0o4755 },
    { path: 'd/l', type: 'SymbolicLink', linkpath: 'x' }
  ])
  const dest = freshDest()
  const members = await extractTar(file, dest)
  expect(members.map(m => [m.path, m.type])).toEqual([
    ['d', 'dir'],
    ['d/x', 'file'],
    ['d/l', 'symlink']
  ])
  const x = members.find(m => m.path === 'd/x')
  expect(x?.sha256).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824')
  // setuid is never restored
  expect(fs.statSync(path.join(dest, 'd/x')).mode & 0o7777).toBe(0o755)
  expect(fs.readlinkSync(path.join(dest, 'd/l'))).toBe('x')
})

const refusals: Array<[string, Raw[], RegExp]> = [
  [
    'a symlink out, its owner name holding spaces',
    [{ path: 'python/MiniPy/build', type: 'SymbolicLink', linkpath: '../../..', uname: 'u 1 d t' }],
    /member 'python\/MiniPy\/build': the link .*climbs with '\.\.' above the top of the tree/
  ],
  [
    'a name that hides a link target',
    [{ path: 'a -> b', type: 'SymbolicLink', linkpath: '/etc' }],
    /member 'a -> b': the link .*the target '\/etc' is absolute/
  ],
  ['a FIFO', [{ path: 'python/MiniPy/lib/zz.o', type: 'FIFO' }], /a FIFO/],
  ['a character device', [{ path: 'dev', type: 'CharacterDevice' }], /a character device/],
  ['a block device', [{ path: 'dev', type: 'BlockDevice' }], /a block device/],
  ['a dot-dot name', [{ path: '../evil', data: 'x' }], /'\.\.'/],
  ['an absolute name', [{ path: '/tmp/evil', data: 'x' }], /absolute/],
  ['a hard link to a file outside', [{ path: 'h', type: 'Link', linkpath: '/etc/passwd' }], /hard link/],
  [
    'a write through a symlink it made',
    [
      { path: 'l', type: 'SymbolicLink', linkpath: '.' },
      { path: 'l/x', data: 'x' }
    ],
    /is a symlink; refusing/
  ],
  [
    'a name twice',
    [
      { path: 'x', data: 'a' },
      { path: 'x', data: 'b' }
    ],
    /appears twice/
  ],
  ['an empty archive', [], /empty archive|Unrecognized archive/]
]

test.each(refusals)('refused, and nothing left behind: %s', async (_what, members, message) => {
  const file = craft(`bad-${Math.random().toString(36).slice(2)}.tar`, members)
  const dest = freshDest()
  fs.writeFileSync(path.join(dest, 'keep'), 'mine')
  const err = await extractTar(file, dest).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(TarError)
  expect((err as Error).message).toMatch(message)
  expect(listing(dest)).toEqual(['keep'])
})

test('size limits: a member past the per-file limit, and files past the total', async () => {
  // a 20 GiB sparse-looking member: only its header is here, the limit refuses it before any data
  const big = craft('big.tar', [{ path: 'huge', size: 20 * 1024 ** 3, data: '' }], { end: false })
  await expect(extractTar(big, freshDest())).rejects.toThrow(/member 'huge': 21474836480 bytes passes the limit/)
  const many = craft('many.tar', [
    { path: 'a', data: 'x'.repeat(600) },
    { path: 'b', data: 'x'.repeat(600) }
  ])
  const dest = freshDest()
  await expect(extractTar(many, dest, { limits: { maxTotalBytes: 1000 } })).rejects.toThrow(/limit of 1000 bytes in all/)
  expect(listing(dest)).toEqual([])
  await expect(extractTar(many, freshDest(), { limits: { maxMembers: 1 } })).rejects.toThrow(/more than 1 members/)
})

test('a GNU sparse member is refused', async () => {
  const file = craft('sparse.tar', [{ path: 's', type: 'SparseFile', data: '' }])
  await expect(extractTar(file, freshDest())).rejects.toThrow(/sparse|type/)
})

test('a truncated archive is refused and its partial files removed', async () => {
  const whole = craft('whole.tar', [
    { path: 'a', data: 'a'.repeat(5000) },
    { path: 'b', data: 'b'.repeat(5000) }
  ])
  const buf = fs.readFileSync(whole)
  const cut = path.join(work, 'cut.tar')
  fs.writeFileSync(cut, buf.subarray(0, 512 + 5120 + 512 + 1024))
  const dest = freshDest()
  await expect(extractTar(cut, dest)).rejects.toThrow(TarError)
  expect(listing(dest)).toEqual([])
})

test('compressed archives from the system tar: gzip, zstd, bzip2, xz', async () => {
  const src = path.join(work, 'src')
  fs.mkdirSync(path.join(src, 'p'), { recursive: true })
  fs.writeFileSync(path.join(src, 'p', 'f.txt'), 'content')
  for (const [flag, ext] of [
    ['--gzip', 'tgz'],
    ['--zstd', 'tzst'],
    ['--bzip2', 'tbz2'],
    ['--xz', 'txz']
  ]) {
    const file = path.join(work, `sys.${ext}`)
    execFileSync('tar', ['-c', flag, '-f', file, '-C', src, 'p'])
    const dest = freshDest()
    const members = await extractTar(file, dest)
    expect(members.map(m => m.path)).toEqual(['p', 'p/f.txt'])
    expect(fs.readFileSync(path.join(dest, 'p', 'f.txt'), 'utf8')).toBe('content')
  }
})

test('packTar is reproducible and the system tar reads it (long and non-ASCII names too)', async () => {
  const src = path.join(work, 'pack-src')
  const long = `${'d'.repeat(120)}/${'f'.repeat(150)}.o`
  const files = ['out-ü.txt', long, 'exe', 'link']
  fs.mkdirSync(path.join(src, 'd'.repeat(120)), { recursive: true })
  fs.writeFileSync(path.join(src, 'out-ü.txt'), 'u')
  fs.writeFileSync(path.join(src, long), 'long')
  fs.writeFileSync(path.join(src, 'exe'), '#!/bin/sh\n', { mode: 0o750 })
  fs.symlinkSync('exe', path.join(src, 'link'))
  const a = path.join(work, 'a.tar.zst')
  const b = path.join(work, 'b.tar.zst')
  await packTar(src, files, a, { mtime: 315532800, zstdLevel: 3 })
  fs.utimesSync(path.join(src, 'exe'), new Date(), new Date())
  await packTar(src, files, b, { mtime: 315532800, zstdLevel: 3 })
  expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true)
  const listed = execFileSync('tar', ['--zstd', '-tvf', a], { env: { ...process.env, LC_ALL: 'C.UTF-8' } }).toString()
  expect(listed).toContain('out-ü.txt')
  expect(listed).toContain(long)
  expect(listed).toMatch(/-rwxr-xr-x 0\/0 .* exe/)
  const dest = freshDest()
  const members = await extractTar(a, dest)
  expect(members.map(m => m.path).sort()).toEqual([...files].sort())
})
