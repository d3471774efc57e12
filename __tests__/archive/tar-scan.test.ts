// The tar header reader and the push parser over chunks, on archives made header by header with
// node-tar's Header and Pax (as another writer would make them) and bytes changed by hand.
import { Header, Pax } from 'tar'
import { BLOCK, numericField, parseHeader, parsePax, TarHeaderError } from '../../src/archive/tar-header.js'
import { MAX_TRAILING_BYTES, TarScanner, type ScannedMember } from '../../src/archive/tar-scan.js'

interface Made {
  path: string
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link'
  data?: string
  linkpath?: string
  /** Write a pax header first (long names, or to test it). */
  pax?: boolean
}

function header(m: Made, size: number): Buffer {
  const fields = { path: m.path, type: m.type ?? 'File', mode: 0o755, size, mtime: new Date(0), uid: 0, gid: 0, linkpath: m.linkpath }
  const h = new Header(fields)
  h.encode()
  const blocks = [h.block as Buffer]
  if (m.pax || h.needPax) blocks.unshift(new Pax(fields).encode())
  return Buffer.concat(blocks)
}

function tar(members: readonly Made[], end = true): Buffer {
  const parts: Buffer[] = []
  for (const m of members) {
    const data = Buffer.from(m.data ?? '')
    parts.push(header(m, data.length), data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK))
  }
  if (end) parts.push(Buffer.alloc(2 * BLOCK))
  return Buffer.concat(parts)
}

/** Write the header's checksum again after its bytes were changed. */
function resum(h: Buffer): void {
  h.fill(0x20, 148, 156)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += h[i]
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
}

interface Seen {
  member: ScannedMember
  data: string
}

/** Scan `bytes` fed in pieces of `step` bytes (0: all at once); what was seen, and the scanner. */
function scan(bytes: Buffer, step = 0): { seen: Seen[]; scanner: TarScanner } {
  const seen: Seen[] = []
  let open: { member: ScannedMember; parts: Buffer[] } | undefined
  const scanner = new TarScanner({
    member: m => void (open = { member: m, parts: [] }),
    data: p => open?.parts.push(Buffer.from(p)),
    end: () => {
      if (open) seen.push({ member: open.member, data: Buffer.concat(open.parts).toString() })
      open = undefined
    }
  })
  for (let at = 0; at < bytes.length; at += step || bytes.length) scanner.push(bytes.subarray(at, at + (step || bytes.length)))
  scanner.finish()
  return { seen, scanner }
}

const long = `${'d'.repeat(120)}/${'n'.repeat(130)}.o`
const sample: Made[] = [
  { path: 'lib/', type: 'Directory' },
  { path: 'lib/a.o', data: 'x'.repeat(700) },
  { path: 'lib/empty' },
  { path: long, data: 'long name' },
  { path: 'lib/l', type: 'SymbolicLink', linkpath: 'a.o' },
  { path: 'lib/é.txt', data: 'non-ASCII', pax: true }
]

describe('numericField', () => {
  const field = (text: string | number[]): Buffer => {
    const b = Buffer.alloc(12)
    if (typeof text === 'string') b.write(text, 'latin1')
    else Buffer.from(text).copy(b)
    return b
  }
  test.each([
    ['00000001750\0', 1000],
    ['   1750 \0', 1000],
    ['\0', 0],
    ['7777777777\0', 0o7777777777]
  ])('octal %j is %d', (text, n) => expect(numericField(field(text), 0, 12, 'size')).toBe(n))
  test('GNU base-256 (a size past 8 GiB)', () => {
    expect(numericField(field([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0, 0]), 0, 12, 'size')).toBe(0x020000)
    expect(numericField(field([0x80, 0, 0, 0, 0, 0, 0, 0x03, 0, 0, 0, 0]), 0, 12, 'size')).toBe(3 * 2 ** 32)
  })
  test.each([['12a4\0'], ['1 2\0']])('refuses %j', text => expect(() => numericField(field(text), 0, 12, 'size')).toThrow(/not octal digits/))
  test('refuses a negative base-256 number', () => expect(() => numericField(field([0xff, 0xff]), 0, 12, 'size')).toThrow(/negative/))
})

describe('parseHeader', () => {
  test('reads a POSIX header, joining the prefix to the name', () => {
    const name = `${'p'.repeat(90)}/${'q'.repeat(90)}`
    const h = header({ path: name, data: 'abc' }, 3)
    expect(h.length).toBe(BLOCK) // ustar's prefix holds it, no pax header
    expect(parseHeader(h)).toEqual({ name, mode: 0o755, size: 3, type: '0', linkname: '' })
  })
  test('refuses a bad checksum, naming what it found', () => {
    const h = header({ path: 'a', data: 'abc' }, 3)
    h[0] = 'b'.charCodeAt(0)
    expect(() => parseHeader(h)).toThrow(TarHeaderError)
    expect(() => parseHeader(h)).toThrow(/checksum/)
  })
  test('refuses text that is no header', () => {
    expect(() => parseHeader(Buffer.alloc(BLOCK, 'this is not a tar archive '))).toThrow(/checksum|octal/)
  })
  test('ignores the prefix field of a GNU header (it holds times there)', () => {
    const h = header({ path: 'name', data: '' }, 0)
    h.write('ustar  \0', 257, 'latin1')
    h.write('junk', 345, 'latin1')
    // recompute the checksum for the changed bytes
    resum(h)
    expect(parseHeader(h).name).toBe('name')
  })
})

describe('parsePax', () => {
  test('reads records, UTF-8 values and lengths counted in bytes', () => {
    const rec = (k: string, v: string): string => {
      const body = ` ${k}=${v}\n`
      let len = Buffer.byteLength(body) + 1
      if (String(len).length + Buffer.byteLength(body) !== len) len = String(len + 1).length + Buffer.byteLength(body)
      return `${len}${body}`
    }
    const data = Buffer.from(rec('path', 'dir/é') + rec('size', '12'))
    expect(Object.fromEntries(parsePax(data))).toEqual({ path: 'dir/é', size: '12' })
  })
  test.each([['5 a=b\n'], ['99 path=x\n'], ['x path=y\n'], ['10 pathx\n']])('refuses the malformed %j', text =>
    expect(() => parsePax(Buffer.from(text))).toThrow(/pax/)
  )
})

describe('TarScanner', () => {
  const bytes = tar(sample)
  const whole = scan(bytes).seen
  test('gives each member its name (pax and ustar long names), type, size and data', () => {
    expect(whole.map(s => [s.member.name, s.member.type, s.member.size])).toEqual([
      ['lib/', '5', 0],
      ['lib/a.o', '0', 700],
      ['lib/empty', '0', 0],
      [long, '0', 9],
      ['lib/l', '2', 0],
      ['lib/é.txt', '0', 9]
    ])
    expect(whole[1].data).toBe('x'.repeat(700))
    expect(whole[4].member.linkname).toBe('a.o')
    expect(whole[5].data).toBe('non-ASCII')
  })
  test.each([1, 7, 511, 512, 513, 4096])('reads the same when fed %d bytes at a time', step => {
    expect(scan(bytes, step).seen).toEqual(whole)
  })
  test('hands data on as views of the chunks given, without copies', () => {
    const chunk = tar([{ path: 'f', data: 'abcdef' }])
    const pieces: Buffer[] = []
    const s = new TarScanner({ member: () => {}, data: p => pieces.push(p), end: () => {} })
    s.push(chunk)
    expect(pieces).toHaveLength(1)
    expect(pieces[0].buffer).toBe(chunk.buffer)
  })
  test('a GNU long name (L) applies to the next member', () => {
    const name = 'x'.repeat(300)
    const data = Buffer.from(`${name}\0`)
    const l = header({ path: '././@LongLink', data: '' }, data.length)
    l[156] = 'L'.charCodeAt(0)
    resum(l)
    const rest = tar([{ path: 'short', data: 'y' }])
    const bytesL = Buffer.concat([l, data, Buffer.alloc(BLOCK - data.length), rest])
    expect(scan(bytesL).seen.map(s => s.member.name)).toEqual([name])
  })
  test('refuses an archive that ends inside a member or before its end blocks', () => {
    expect(() => scan(bytes.subarray(0, 1500))).toThrow(/ends inside a member|truncated/)
    expect(() => scan(tar(sample, false))).toThrow(/before its end-of-archive blocks/)
  })
  test('accepts a single zero block at the very end, as tar does', () => {
    expect(scan(bytes.subarray(0, bytes.length - BLOCK)).seen).toEqual(whole)
  })
  test('refuses a zero block between members', () => {
    const a = tar([{ path: 'a', data: 'a' }], false)
    const b = tar([{ path: 'b', data: 'b' }])
    expect(() => scan(Buffer.concat([a, Buffer.alloc(BLOCK), b]))).toThrow(/zero block stands between/)
  })
  test('bounds the bytes after the end blocks (a stream of zeros after a small archive)', () => {
    const s = scan(Buffer.concat([bytes, Buffer.alloc(10 * 1024)])).scanner
    expect(s.ended).toBe(true)
    expect(() => scan(Buffer.concat([bytes, Buffer.alloc(MAX_TRAILING_BYTES + BLOCK)]), 1 << 16)).toThrow(/follow its end-of-archive blocks/)
  })
  test('refuses an extended header past the limit before reading its data', () => {
    const h = header({ path: 'PaxHeader/x', data: '' }, 64 << 20)
    h[156] = 'x'.charCodeAt(0)
    resum(h)
    expect(() => scan(h)).toThrow(/extended header of 67108864 bytes, past the limit/)
  })
})
