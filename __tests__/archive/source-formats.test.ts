/**
 * Telling archives apart by content: the compression of a tar (gzip, compress'd .Z, zstd, bzip2, xz,
 * LZMA-alone), 7z and zip, over conda-build's own test archives (its `metadata/libarchive` recipe
 * lists one of each format libarchive reads) and over heads made here for the edge cases; and
 * 7-Zip's technical listing, read strictly and judged before anything is extracted.
 */
import * as path from 'node:path'
import { detectCompression, isLzmaAlone, readHead } from '../../src/archive/decompress.js'
import { judgeListing, ListingRefused, parseListing } from '../../src/archive/sevenzip-listing.js'
import { isSevenZip } from '../../src/archive/sevenzip.js'
import { DEFAULT_TAR_LIMITS } from '../../src/archive/tar.js'
import { archiveKind } from '../../src/conda/source/extract.js'
import { requireSharedData, sharedData } from '../support/requirements.js'

const corpus = path.join(sharedData, 'conda-build', 'tests', 'test-recipes', 'metadata', 'libarchive')

requireSharedData().describe("conda-build's libarchive test archives", () => {
  test.each([
    ['test.7z', 'none', '7z'],
    ['test.tar', 'none', 'tar'],
    ['test.tar.bz2', 'bzip2', 'tar'],
    ['test.tar.gz', 'gzip', 'tar'],
    ['test.tar.lzma', 'lzma', 'tar'],
    ['test.tar.xz', 'xz', 'tar'],
    ['test.tar.z', 'compress', 'tar'],
    ['test.tgz', 'gzip', 'tar'],
    ['test.whl', 'none', 'zip'],
    ['test.zip', 'none', 'zip']
  ])('%s: compression %s, unpacked as %s', async (name, compression, kind) => {
    const h = await readHead(path.join(corpus, name))
    expect(detectCompression(h)).toBe(compression)
    expect(archiveKind(name, h)).toBe(kind)
    expect(isSevenZip(h)).toBe(kind === '7z')
  })
  test('the content decides how, the name whether: a 7z named .tar.gz is read as 7z, one named .txt is copied', async () => {
    const h = await readHead(path.join(corpus, 'test.7z'))
    expect(archiveKind('src-1.0.tar.gz', h)).toBe('7z')
    expect(archiveKind('src-1.0.zip', await readHead(path.join(corpus, 'test.tar.lzma')))).toBe('tar')
    expect(archiveKind('notes.txt', h)).toBe('plain')
  })
})

/** An LZMA-alone header: properties byte, dictionary size, size uncompressed (-1 for unknown). */
function lzmaHead(props: number, dict: number, size: bigint): Buffer {
  const b = Buffer.alloc(13)
  b[0] = props
  b.writeUInt32LE(dict, 1)
  b.writeBigUInt64LE(size < 0n ? 2n ** 64n - 1n : size, 5)
  return b
}

test.each([
  ['streamed, 8 MiB dictionary (lzma -c)', lzmaHead(0x5d, 1 << 23, -1n), true],
  ['known size, 64 KiB dictionary', lzmaHead(0x5d, 1 << 16, 123456n), true],
  ['dictionary 2^n + 2^(n-1)', lzmaHead(0x5d, 3 << 20, -1n), true],
  ['properties past 224', lzmaHead(225, 1 << 23, -1n), false],
  ['dictionary not a power of two', lzmaHead(0x5d, (1 << 23) + 1, -1n), false],
  ['dictionary under 4 KiB', lzmaHead(0x5d, 2048, -1n), false],
  ['size of 2^38 or more', lzmaHead(0x5d, 1 << 23, 2n ** 38n), false],
  ['a tar whose first name is "]"', Buffer.concat([Buffer.from(']'), Buffer.alloc(12)]), false],
  ['too short to tell', lzmaHead(0x5d, 1 << 23, -1n).subarray(0, 12), false]
])('LZMA-alone header: %s', (_what, h, yes) => {
  expect(isLzmaAlone(h)).toBe(yes)
  expect(detectCompression(h)).toBe(yes ? 'lzma' : 'none')
})

test.each([
  ['gzip', [0x1f, 0x8b, 8], 'gzip'],
  ["compress'd .Z", [0x1f, 0x9d, 0x90], 'compress'],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd], 'zstd'],
  ['bzip2', [0x42, 0x5a, 0x68, 0x39], 'bzip2'],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0], 'xz'],
  ['7z is no tar compression', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'none'],
  ['text', [0x68, 0x69], 'none']
])('magic bytes: %s', (_what, bytes, kind) => {
  expect(detectCompression(Buffer.from(bytes))).toBe(kind)
})

test.each([
  ['src.tar.Z', 'tar'],
  ['src.taz', 'tar'],
  ['src.tar.lzma', 'tar'],
  ['src.7z', '7z'],
  ['pkg.whl', 'zip'],
  ['patch.diff', 'plain'],
  ['data.gz', 'plain']
])('by name alone: %s is %s', (name, kind) => {
  expect(archiveKind(name)).toBe(kind)
})

// ------------------------------------------------------------------------------------------------
// 7-Zip's listing

const PREAMBLE = '\n7-Zip (z) 26.02 (x64)\n\nListing archive: a.7z\n\n--\nPath = a.7z\nType = 7z\nPhysical Size = 153\n\n----------\n'

/** An entry block as `7zz l -slt` prints one. */
function entry(p: string, attributes: string, size = 0, more: Record<string, string> = {}): string {
  const fields = { Size: String(size), 'Packed Size': '', Modified: '2018-05-10 21:08:27.0244055', Attributes: attributes, CRC: '', Encrypted: '-', ...more }
  return [`Path = ${p}`, ...Object.entries(fields).map(([k, v]) => `${k} = ${v}`)].join('\n') + '\n\n'
}

const listing = (...entries: string[]): string => PREAMBLE + entries.join('')

/** What judgeListing says of a listing: 'accepted', or the entry at fault and why. */
function verdict(text: string, limits = DEFAULT_TAR_LIMITS): string {
  try {
    judgeListing(text, limits)
    return 'accepted'
  } catch (e) {
    if (e instanceof ListingRefused) return `'${e.member ?? ''}': ${e.message}`
    throw e
  }
}

test('a listing of folders, files and a link inside is read with kinds and sizes', () => {
  const text = listing(entry('d', 'D drwxr-xr-x'), entry('d/f', 'A -rw-r--r--', 3), entry('d/l', 'A lrwxrwxrwx', 1), entry('w.txt', 'A', 5))
  expect(parseListing(text)).toHaveLength(4)
  expect(judgeListing(text, DEFAULT_TAR_LIMITS)).toEqual([
    { path: 'd', kind: 'dir', size: 0 },
    { path: 'd/f', kind: 'file', size: 3 },
    { path: 'd/l', kind: 'symlink', size: 1 },
    { path: 'w.txt', kind: 'file', size: 5 }
  ])
})

test.each([
  ['an absolute path', listing(entry('/etc/passwd', 'A -rw-r--r--', 3)), /'\/etc\/passwd'.*absolute path/],
  ["'..'", listing(entry('a/../../x', 'A -rw-r--r--', 3)), /'a\/\.\.\/\.\.\/x'.*'\.\.'/],
  ['a backslash', listing(entry('..\\x', 'A -rw-r--r--', 3)), /backslash/],
  ['a FIFO', listing(entry('p', 'A prw-r--r--')), /'p'.*a FIFO/],
  ['a character device', listing(entry('tty', 'A crw-r--r--')), /a character device/],
  ['an encrypted entry', listing(entry('s', 'A -rw-r--r--', 3, { Encrypted: '+' })), /'s'.*encrypted/],
  ['an anti-item', listing(entry('gone', 'A -rw-r--r--', 0, { Anti: '+' })), /anti-item/],
  ['a name twice', listing(entry('x', 'A -rw-r--r--', 1), entry('x', 'A -rw-r--r--', 1)), /'x'.*twice/],
  ['a file beneath a link', listing(entry('d', 'A lrwxrwxrwx', 1), entry('d/x', 'A -rw-r--r--', 1)), /'d\/x'.*beneath 'd', which is a symlink/],
  ['a file beneath a file', listing(entry('d', 'A -rw-r--r--', 1), entry('d/x', 'A -rw-r--r--', 1)), /beneath 'd', which is a file/],
  ['a field named twice (a name with a line break)', listing(entry('x\nSize = 0', 'A -rw-r--r--', 1)), /'Size' twice/],
  ['a path hidden in another field', listing(entry('x\nCreated = a/../../y', 'A -rw-r--r--', 1)), /'\/' or '\\' in the Created field/],
  ['an entry without its fields', listing('Path = x\n\n', entry('y', 'A -rw-r--r--', 1)), /gives no Size/],
  ['a line that is no field', listing(entry('x', 'A -rw-r--r--', 1) + 'Errors: 1\n'), /no 'Key = value'/],
  ['no entries section', PREAMBLE.replace('----------\n', ''), /no entries section/],
  ['a size that is no number', listing(entry('x', 'A -rw-r--r--', 0).replace('Size = 0', 'Size = ?')), /no number/]
])('a listing with %s is refused', (_what, text, why) => {
  expect(verdict(text)).toMatch(why)
})

test("the tar reader's limits: members, bytes per file, bytes in all", () => {
  const two = listing(entry('a', 'A -rw-r--r--', 600), entry('b', 'A -rw-r--r--', 600))
  expect(verdict(two, { ...DEFAULT_TAR_LIMITS, maxMembers: 1 })).toMatch(/more than 1 members/)
  expect(verdict(two, { ...DEFAULT_TAR_LIMITS, maxFileBytes: 500 })).toMatch(/'a'.*600 bytes passes the limit of 500 per file/)
  expect(verdict(two, { ...DEFAULT_TAR_LIMITS, maxTotalBytes: 1000 })).toMatch(/'b'.*limit of 1000 bytes in all/)
  expect(judgeListing(two, { ...DEFAULT_TAR_LIMITS, maxTotalBytes: 1200 })).toHaveLength(2)
})
