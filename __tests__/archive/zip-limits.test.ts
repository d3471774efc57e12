/**
 * The zip reader on hostile archives, each built here byte by byte (raw-zip.ts): every refusal is
 * an ArchiveError naming its member, from the file reader and the in-memory one alike, and no
 * temporary directory is left behind by a wheel that fails.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { ArchiveError, type ArchiveErrorCode } from '../../src/archive/errors.js'
import { openZip, readZipEntries, readZipEntry, writeZip, type ZipLimits } from '../../src/archive/zip.js'
import { extractZipEntry, readZipEntryHead } from '../../src/archive/zip-stream.js'
import { analyzeWheel } from '../../src/manylinux/audit.js'
import { EXTRACT_PREFIX, extractWheel } from '../../src/manylinux/extract.js'
import { repairWheel } from '../../src/manylinux/repair.js'
import { localRecord, rawZip, wheelMembers, type RawMember } from './raw-zip.js'

let tmp: string
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-limits-'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

let n = 0
function file(buf: Buffer, name = `t${n++}.zip`): string {
  const f = path.join(tmp, name)
  fs.writeFileSync(f, buf)
  return f
}

function caught(fn: () => unknown): ArchiveError {
  try {
    fn()
  } catch (e) {
    if (e instanceof ArchiveError) return e
    throw e
  }
  throw new Error('no error thrown')
}

/** Both readers refuse `buf` with `code`, naming `member`. */
function refused(buf: Buffer, code: ArchiveErrorCode, member: string | null, limits?: Partial<ZipLimits>): ArchiveError {
  const fromFile = caught(() => openZip(file(buf), limits))
  expect({ code: fromFile.code, member: fromFile.member }).toEqual({ code, member })
  const inMemory = caught(() => readZipEntries(buf, limits))
  expect({ code: inMemory.code, member: inMemory.member }).toEqual({ code, member })
  return fromFile
}

const zeros = (n: number): Buffer => Buffer.alloc(n)

describe('sizes and ratios', () => {
  test('a member whose declared size passes the member limit is refused before inflating', () => {
    const e = refused(
      rawZip([
        { name: 'small', data: Buffer.from('x') },
        { name: 'big', data: zeros(1 << 20) }
      ]),
      'TOO_LARGE',
      'big',
      { maxMemberSize: 64 * 1024 }
    )
    expect(e.message).toContain('"big" inflates to 1048576 bytes, past the limit of 65536')
  })

  test('members that together pass the total limit: the one that passes it is named', () => {
    const members = ['a', 'b', 'c'].map(name => ({ name, data: Buffer.alloc(40 * 1024, name) }))
    refused(rawZip(members), 'TOO_LARGE', 'c', { maxTotalSize: 100 * 1024 })
  })

  test('a ratio past the limit, by default for a 2 MiB member of zeros, or low for a small one', () => {
    refused(rawZip([{ name: 'zeros.bin', data: zeros(2 << 20) }]), 'RATIO', 'zeros.bin')
    refused(rawZip([{ name: 'z', data: zeros(64 * 1024) }]), 'RATIO', 'z', { maxRatio: 10, ratioExemptSize: 0 })
    // Under the exempt size a small blank file is fine.
    expect(() => readZipEntries(rawZip([{ name: 'z', data: zeros(64 * 1024) }]))).not.toThrow()
  })

  // Members over 1 MiB stream (zip-stream.ts); smaller ones are inflated in one bounded call: both paths are tried.
  test.each([
    ['streamed', 2 * 1024 ** 2 + 1, 16 * 1024 ** 2, 'inflates past its declared 2097153 bytes'],
    ['in one call', 100, 4 * 1024 ** 2, 'cannot inflate member "bomb" to its declared 100 bytes']
  ])('%s: a member that inflates past its declared size is stopped there', async (_how, declared, actual, message) => {
    const bomb = rawZip([{ name: 'bomb', data: zeros(actual), size: declared }])
    const zip = openZip(file(bomb))
    const dest = path.join(tmp, `bomb-${declared}.out`)
    try {
      const e = await extractZipEntry(zip, zip.entries[0], dest).catch((err: unknown) => err)
      expect(e).toMatchObject({ name: 'ArchiveError', code: 'CORRUPT', member: 'bomb' })
      expect((e as Error).message).toContain(message)
      if (fs.existsSync(dest)) expect(fs.statSync(dest).size).toBeLessThanOrEqual(declared)
    } finally {
      zip.close()
    }
    const entries = readZipEntries(bomb)
    expect(caught(() => readZipEntry(bomb, entries[0]))).toMatchObject({ code: 'CORRUPT', member: 'bomb' })
  })

  test('a member shorter than declared, or with a wrong CRC-32, fails its check, streamed or not', async () => {
    const big = Buffer.alloc(3 * 1024 ** 2, 'abcdefgh')
    const cases: RawMember[] = [
      { name: 'short', data: Buffer.from('hello'), size: 9 },
      { name: 'crc', data: Buffer.from('hello'), crc: 1 },
      { name: 'big-short', data: big, size: big.length + 10 },
      { name: 'big-crc', data: big, crc: 1 }
    ]
    for (const m of cases) {
      const zip = openZip(file(rawZip([m])))
      try {
        await expect(extractZipEntry(zip, zip.entries[0], path.join(tmp, `${m.name}.out`))).rejects.toMatchObject({
          code: 'CORRUPT',
          member: m.name
        })
        await expect(readZipEntryHead(zip, zip.entries[0], 1 << 30)).rejects.toMatchObject({ code: 'CORRUPT', member: m.name })
      } finally {
        zip.close()
      }
    }
  })

  test('deflate data cut short, streamed: CORRUPT, not a zlib error', async () => {
    const data = Buffer.from(Array.from({ length: 2 * 1024 ** 2 }, (_, i) => (i * 7919) % 253))
    const payload = zlib.deflateRawSync(data)
    const zip = openZip(file(rawZip([{ name: 'cut', data, payload: payload.subarray(0, payload.length >> 1) }])))
    try {
      await expect(extractZipEntry(zip, zip.entries[0], path.join(tmp, 'cut.out'))).rejects.toMatchObject({
        name: 'ArchiveError',
        code: 'CORRUPT',
        member: 'cut'
      })
    } finally {
      zip.close()
    }
  })
})

describe('layout', () => {
  test('a member whose data lie inside another member (the overlapping bomb) is refused', () => {
    const inner: RawMember = { name: 'b', data: zeros(1000) }
    const quoted = localRecord(inner)
    // "a" is stored and its data are b's whole local record: b is inside a.
    const buf = rawZip([
      { name: 'a', method: 0, data: quoted },
      { ...inner, noLocal: true, offset: 30 + 1 }
    ])
    refused(buf, 'OVERLAP', 'b')
  })

  test('two entries pointing at one local header are refused', () => {
    const buf = rawZip([
      { name: 'a', data: zeros(1000) },
      { name: 'a2', data: zeros(1000), noLocal: true, offset: 0 }
    ])
    expect(caught(() => openZip(file(buf)))).toMatchObject({ code: 'CORRUPT', member: 'a2' })
  })

  test('data that run into the central directory are refused', () => {
    refused(rawZip([{ name: 'a', method: 0, data: Buffer.from('abc'), size: 40, compressedSize: 40 }]), 'OVERLAP', 'a')
  })

  test('truncated archives: TRUNCATED or NOT_ZIP, never a RangeError', () => {
    const z = writeZip([{ name: 'a', data: Buffer.from('x'.repeat(100)) }], new Date(0))
    refused(Buffer.concat([z.subarray(0, 20), z.subarray(z.length - 22)]), 'TRUNCATED', null)
    refused(z.subarray(0, z.length - 30), 'NOT_ZIP', null)
    refused(Buffer.from('not a zip at all, clearly'), 'NOT_ZIP', null)
    refused(Buffer.alloc(0), 'NOT_ZIP', null)
  })

  test('every cut of a small archive is refused with an ArchiveError or reads back whole', () => {
    const z = writeZip(
      [
        { name: 'd/', data: new Uint8Array() },
        { name: 'd/a', data: Buffer.from('hello '.repeat(50)) }
      ],
      new Date(0)
    )
    for (let cut = 0; cut < z.length; cut++) {
      const part = z.subarray(0, cut)
      try {
        for (const e of readZipEntries(part)) readZipEntry(part, e)
      } catch (err) {
        expect(err).toBeInstanceOf(ArchiveError)
      }
    }
  })

  test('encrypted members and unknown methods are refused', () => {
    refused(rawZip([{ name: 'x', method: 12, data: Buffer.from('abc'), payload: Buffer.from('abc') }]), 'UNSUPPORTED', 'x')
  })
})

describe('names', () => {
  test.each([
    ['empty', ''],
    ['dot', '.'],
    ['dot slash', './'],
    ['NUL', 'a\0b.so'],
    ['parent', '../x'],
    ['parent inside', 'pkg/../../x'],
    ['absolute', '/etc/x'],
    ['empty component', 'pkg//x'],
    ['dot component', 'pkg/./x'],
    ['long component', `${'n'.repeat(256)}.so`]
  ])('%s name is refused', (_what, name) => {
    const e = refused(
      rawZip([
        { name: 'ok', data: Buffer.from('1') },
        { name, data: Buffer.from('2') }
      ]),
      'BAD_NAME',
      name
    )
    expect(e.message).toContain(JSON.stringify(name))
  })

  test('a file beside a member under it (`x.so` and `x.so/y`), in either order, conflicts', () => {
    refused(
      rawZip([
        { name: 'x.so', data: Buffer.from('1') },
        { name: 'x.so/y', data: Buffer.from('2') }
      ]),
      'CONFLICT',
      'x.so/y'
    )
    refused(
      rawZip([
        { name: 'x.so/y', data: Buffer.from('2') },
        { name: 'x.so', data: Buffer.from('1') }
      ]),
      'CONFLICT',
      'x.so/y'
    )
    refused(rawZip([{ name: 'a', data: Buffer.from('1') }, { name: 'a/' }]), 'CONFLICT', 'a/')
  })

  test('duplicate names are refused', () => {
    refused(
      rawZip([
        { name: 'a', data: Buffer.from('1') },
        { name: 'a', data: Buffer.from('2') }
      ]),
      'DUPLICATE',
      'a'
    )
  })

  test('the writer refuses what the reader would', () => {
    expect(caught(() => writeZip([{ name: '../x', data: Buffer.from('1') }], new Date(0)))).toMatchObject({ code: 'BAD_NAME', member: '../x' })
    expect(
      caught(() =>
        writeZip(
          [
            { name: 'a', data: Buffer.from('1') },
            { name: 'a/b', data: Buffer.from('1') }
          ],
          new Date(0)
        )
      )
    ).toMatchObject({ code: 'CONFLICT' })
  })
})

describe('member types', () => {
  test('a symlink member is refused, not written as a file', () => {
    const e = refused(rawZip([{ name: 'pkg/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]), 'LINK', 'pkg/link')
    expect(e.message).toContain('symbolic link')
  })

  test('a FIFO member is refused', () => {
    refused(rawZip([{ name: 'pkg/fifo', mode: 0o010644 }]), 'SPECIAL', 'pkg/fifo')
  })
})

describe('files', () => {
  test('a missing archive is NOT_FOUND; a directory is NOT_ZIP', () => {
    expect(caught(() => openZip(path.join(tmp, 'missing.zip')))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('not found') })
    expect(caught(() => openZip(tmp))).toMatchObject({ code: 'NOT_ZIP' })
  })

  test('members read back as the writer wrote them, streamed or not; heads stop early', async () => {
    const big = Buffer.from(Array.from({ length: 3 * 1024 ** 2 }, (_, i) => (i * 7919) % 251))
    const small = big.subarray(0, 300000)
    const zip = openZip(
      file(
        writeZip(
          [
            { name: 'd/', data: new Uint8Array() },
            { name: 'd/big', data: big },
            { name: 'd/small', data: small },
            { name: 'd/empty', data: new Uint8Array() }
          ],
          new Date(0)
        )
      )
    )
    try {
      const [, b, s, empty] = zip.entries as [never, (typeof zip.entries)[number], (typeof zip.entries)[number], (typeof zip.entries)[number]]
      for (const [e, data] of [
        [b, big],
        [s, small]
      ] as const) {
        const out = path.join(tmp, `${path.basename(e.name)}.out`)
        await extractZipEntry(zip, e, out, 0o640)
        expect(fs.readFileSync(out).equals(data)).toBe(true)
        expect(fs.statSync(out).mode & 0o777).toBe(0o640)
        expect((await readZipEntryHead(zip, e, 16)).equals(data.subarray(0, 16))).toBe(true)
      }
      expect((await readZipEntryHead(zip, empty, 4)).length).toBe(0)
      await extractZipEntry(zip, empty, path.join(tmp, 'empty.out'))
      expect(fs.statSync(path.join(tmp, 'empty.out')).size).toBe(0)
    } finally {
      zip.close()
    }
  })
})

describe('wheels: the temporary directory goes on every exit path', () => {
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), zeros(200)])
  const wheels: Array<[string, RawMember[]]> = [
    ['a bad CRC in an ELF member', wheelMembers({ name: 'demo/_x.so', data: elf, crc: 7 })],
    ['an ELF member that inflates past its declared size', wheelMembers({ name: 'demo/_x.so', data: Buffer.concat([elf, zeros(1 << 20)]), size: 300 })],
    [
      'a large ELF member that inflates past its declared size',
      wheelMembers({ name: 'demo/_x.so', data: Buffer.concat([elf, zeros(8 << 20)]), size: 2 << 20 })
    ],
    ['a large ELF member with a bad CRC', wheelMembers({ name: 'demo/_x.so', data: Buffer.concat([elf, Buffer.alloc(2 << 20, 'elf')]), crc: 7 })],
    ['an ELF member that is no ELF file', wheelMembers({ name: 'demo/_x.so', data: elf })],
    ['no ELF member at all', wheelMembers()]
  ]
  // Other processes may use the temp dir too: EXTRACT_PREFIX holds this process's pid.
  const left = (): string[] => fs.readdirSync(os.tmpdir()).filter(d => d.startsWith(EXTRACT_PREFIX))

  test.each(wheels)('%s: audit and repair leave nothing in the temp dir', async (_what, members) => {
    const wheel = file(rawZip(members), `demo-1.0-cp311-cp311-linux_x86_64.whl`)
    const before = left()
    await analyzeWheel(wheel).catch(() => undefined)
    await repairWheel(wheel, { outDir: path.join(tmp, 'out') }).catch(() => undefined)
    expect(left()).toEqual(before)
  })

  test('a refused ELF member is named in the error; a good wheel extracts and cleans up', async () => {
    const wheel = file(rawZip(wheels[0]?.[1] ?? []), `demo-1.0-cp311-cp311-linux_x86_64.whl`)
    await expect(analyzeWheel(wheel)).rejects.toMatchObject({ name: 'ArchiveError', code: 'CORRUPT', member: 'demo/_x.so' })
    const root = fs.mkdtempSync(path.join(tmp, 'root-'))
    const x = await extractWheel(file(rawZip(wheelMembers({ name: 'demo/x.txt', data: Buffer.from('hi'), mode: 0o100755 })), 'ok.whl'), { tmpRoot: root })
    try {
      expect(fs.readFileSync(path.join(x.dir, 'demo/x.txt'), 'utf8')).toBe('hi')
      expect(x.modes.get('demo/x.txt')).toBe(0o755)
      expect(fs.readdirSync(root)).toEqual([path.basename(x.dir)])
    } finally {
      x.cleanup()
    }
    expect(fs.readdirSync(root)).toEqual([])
  })
})

test('a wheel with a symlink member is refused by the audit, with the member named', async () => {
  const wheel = file(rawZip(wheelMembers({ name: 'demo/lib.so', data: Buffer.from('/etc/passwd'), mode: 0o120777 })), 'demo-1.0-cp311-cp311-linux_x86_64.whl')
  await expect(analyzeWheel(wheel)).rejects.toMatchObject({ code: 'LINK', member: 'demo/lib.so' })
})

test('zlib.crc32 chains as the stream reader uses it', () => {
  const a = Buffer.from('hello ')
  const b = Buffer.from('world')
  expect(zlib.crc32(b, zlib.crc32(a))).toBe(zlib.crc32(Buffer.concat([a, b])))
})
