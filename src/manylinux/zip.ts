/**
 * A small zip reader and writer for wheels (PKWARE APPNOTE): stored and deflated members, ZIP64
 * sizes and offsets when reading, Unix modes in the external attributes, DOS dates in UTC.
 */
import * as zlib from 'node:zlib'
import { ZipError } from './errors.js'

export interface ZipEntry {
  name: string
  method: number
  crc32: number
  compressedSize: number
  size: number
  /** Unix mode bits from the external attributes (0 when the archive was not made on Unix). */
  mode: number
  isDirectory: boolean
  /** Modification time as the archive records it (DOS fields read as UTC). */
  date: Date
  localHeaderOffset: number
}

const SIG_EOCD = 0x06054b50
const SIG_EOCD64 = 0x06064b50
const SIG_LOC64 = 0x07064b50
const SIG_CEN = 0x02014b50
const SIG_LOC = 0x04034b50

function need(buf: Buffer, off: number, n: number, what: string): void {
  if (off < 0 || off + n > buf.length) throw new ZipError(`zip is truncated: ${what} at ${off} runs past the end (${buf.length} bytes)`)
}

function u64(buf: Buffer, off: number): number {
  const v = buf.readBigUInt64LE(off)
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('zip64 value too large')
  return Number(v)
}

function dosToDate(time: number, date: number): Date {
  return new Date(Date.UTC(((date >> 9) & 0x7f) + 1980, ((date >> 5) & 0xf) - 1, date & 0x1f, (time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2))
}

/** The central directory of a zip held in memory. */
export function readZipEntries(buf: Buffer): ZipEntry[] {
  const min = Math.max(0, buf.length - 22 - 0xffff)
  let eocd = -1
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ZipError('not a zip file (no end of central directory record)')
  let count = buf.readUInt16LE(eocd + 10)
  let cdSize = buf.readUInt32LE(eocd + 12)
  let cdOffset = buf.readUInt32LE(eocd + 16)
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === SIG_LOC64) {
    const rec = u64(buf, eocd - 12)
    need(buf, rec, 56, 'zip64 end of central directory')
    if (buf.readUInt32LE(rec) !== SIG_EOCD64) throw new ZipError('bad zip64 end of central directory record')
    count = u64(buf, rec + 32)
    cdSize = u64(buf, rec + 40)
    cdOffset = u64(buf, rec + 48)
  }
  need(buf, cdOffset, cdSize, 'central directory')
  const out: ZipEntry[] = []
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    need(buf, p, 46, 'central directory entry')
    if (buf.readUInt32LE(p) !== SIG_CEN) throw new ZipError(`bad central directory entry ${i}`)
    const madeBy = buf.readUInt16LE(p + 4) >> 8
    const flags = buf.readUInt16LE(p + 8)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    need(buf, p + 46, nameLen + extraLen + commentLen, 'central directory entry name')
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen)
    let compressedSize = buf.readUInt32LE(p + 20)
    let size = buf.readUInt32LE(p + 24)
    let localHeaderOffset = buf.readUInt32LE(p + 42)
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = buf.readUInt16LE(e)
      const len = buf.readUInt16LE(e + 2)
      if (id === 0x0001) {
        let q = e + 4
        const end = Math.min(e + 4 + len, p + 46 + nameLen + extraLen)
        const next = (): number => {
          if (q + 8 > end) throw new ZipError(`${name}: zip64 extra field is too short`)
          q += 8
          return u64(buf, q - 8)
        }
        if (size === 0xffffffff) size = next()
        if (compressedSize === 0xffffffff) compressedSize = next()
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next()
      }
      e += 4 + len
    }
    const external = buf.readUInt32LE(p + 38)
    out.push({
      name,
      method: buf.readUInt16LE(p + 10),
      crc32: buf.readUInt32LE(p + 16),
      compressedSize,
      size,
      mode: madeBy === 3 ? (external >>> 16) & 0xffff : 0,
      isDirectory: name.endsWith('/'),
      date: dosToDate(buf.readUInt16LE(p + 12), buf.readUInt16LE(p + 14)),
      localHeaderOffset
    })
    p += 46 + nameLen + extraLen + commentLen
  }
  return out
}

function rawData(buf: Buffer, e: ZipEntry): Buffer {
  need(buf, e.localHeaderOffset, 30, `local header of ${e.name}`)
  if (buf.readUInt32LE(e.localHeaderOffset) !== SIG_LOC) throw new ZipError(`bad local header for ${e.name}`)
  const start = e.localHeaderOffset + 30 + buf.readUInt16LE(e.localHeaderOffset + 26) + buf.readUInt16LE(e.localHeaderOffset + 28)
  need(buf, start, e.compressedSize, `data of ${e.name}`)
  return buf.subarray(start, start + e.compressedSize)
}

/** The first bytes of a member without inflating all of it (unchecked: for sniffing file types). */
export function peekZipEntry(buf: Buffer, e: ZipEntry, n: number): Buffer {
  const raw = rawData(buf, e)
  if (e.method === 0) return raw.subarray(0, n)
  if (e.method !== 8) throw new ZipError(`${e.name}: unsupported compression method ${e.method}`)
  // A deflate stream starts with its Huffman tables: feed growing prefixes until n bytes come out.
  for (let take = 512; ; take *= 8) {
    let out: Buffer
    try {
      out = zlib.inflateRawSync(raw.subarray(0, take), { finishFlush: zlib.constants.Z_SYNC_FLUSH })
    } catch (err) {
      throw new ZipError(`cannot inflate ${e.name}: ${(err as Error).message}`)
    }
    if (out.length >= n || take >= raw.length) return out.subarray(0, n)
  }
}

/** The bytes of one member, inflated and CRC-checked. */
export function readZipEntry(buf: Buffer, e: ZipEntry): Buffer {
  const raw = rawData(buf, e)
  let data: Buffer
  if (e.method === 0) data = raw
  else if (e.method === 8) {
    try {
      data = zlib.inflateRawSync(raw)
    } catch (err) {
      throw new ZipError(`cannot inflate ${e.name}: ${(err as Error).message}`)
    }
  } else throw new ZipError(`${e.name}: unsupported compression method ${e.method}`)
  if (data.length !== e.size || zlib.crc32(data) !== e.crc32) throw new ZipError(`${e.name}: size or CRC-32 does not match the central directory`)
  return data
}

export interface NewZipEntry {
  name: string
  data: Uint8Array
  /** Unix permission bits (default 0o644; directories 0o755). */
  mode?: number
}

/** DOS date and time fields of a moment, in UTC (zip has no time zone). 1980 is the earliest. */
function dosFields(d: Date): { time: number; date: number } {
  const t = Math.max(d.getTime(), Date.UTC(1980, 0, 1))
  const u = new Date(t)
  return {
    time: (u.getUTCHours() << 11) | (u.getUTCMinutes() << 5) | (u.getUTCSeconds() >> 1),
    date: ((u.getUTCFullYear() - 1980) << 9) | ((u.getUTCMonth() + 1) << 5) | u.getUTCDate()
  }
}

/** Write a zip: members in the order given, deflated (directories stored), one date for all. */
export function writeZip(entries: readonly NewZipEntry[], date: Date, level = 6): Buffer {
  const { time, date: day } = dosFields(date)
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const isDir = e.name.endsWith('/')
    const name = Buffer.from(e.name, 'utf8')
    const data = isDir ? Buffer.alloc(0) : zlib.deflateRawSync(e.data, { level })
    const crc = isDir ? 0 : zlib.crc32(e.data)
    const size = isDir ? 0 : e.data.length
    if (offset > 0xfffffffe || data.length > 0xfffffffe || size > 0xfffffffe) throw new ZipError('archives over 4 GiB are not supported')
    const flags = /[^\x20-\x7e]/.test(e.name) ? 0x800 : 0
    const method = isDir ? 0 : 8
    const loc = Buffer.alloc(30)
    loc.writeUInt32LE(SIG_LOC, 0)
    loc.writeUInt16LE(20, 4)
    loc.writeUInt16LE(flags, 6)
    loc.writeUInt16LE(method, 8)
    loc.writeUInt16LE(time, 10)
    loc.writeUInt16LE(day, 12)
    loc.writeUInt32LE(crc, 14)
    loc.writeUInt32LE(data.length, 18)
    loc.writeUInt32LE(size, 22)
    loc.writeUInt16LE(name.length, 26)
    const cen = Buffer.alloc(46)
    cen.writeUInt32LE(SIG_CEN, 0)
    cen.writeUInt16LE((3 << 8) | 20, 4)
    cen.writeUInt16LE(20, 6)
    cen.writeUInt16LE(flags, 8)
    cen.writeUInt16LE(method, 10)
    cen.writeUInt16LE(time, 12)
    cen.writeUInt16LE(day, 14)
    cen.writeUInt32LE(crc, 16)
    cen.writeUInt32LE(data.length, 20)
    cen.writeUInt32LE(size, 24)
    cen.writeUInt16LE(name.length, 28)
    const mode = (e.mode ?? (isDir ? 0o755 : 0o644)) & 0o7777
    cen.writeUInt32LE((((isDir ? 0o040000 : 0o100000) | mode) * 0x10000 + (isDir ? 0x10 : 0)) >>> 0, 38)
    cen.writeUInt32LE(offset, 42)
    locals.push(loc, name, data)
    central.push(cen, name)
    offset += 30 + name.length + data.length
  }
  const cd = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(SIG_EOCD, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  if (entries.length > 0xfffe) throw new ZipError('more than 65534 members are not supported')
  return Buffer.concat([...locals, cd, end])
}
