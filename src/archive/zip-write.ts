/**
 * The zip writer: members in the order given, deflated (directories stored; everything with level 0), Unix modes in the
 * external attributes, one DOS date (UTC) for all, so equal input gives equal bytes.
 */
import * as zlib from 'node:zlib'
import { ArchiveError } from './errors.js'
import { checkMemberNames } from './names.js'

const SIG_EOCD = 0x06054b50
const SIG_CEN = 0x02014b50
const SIG_LOC = 0x04034b50

export interface NewZipEntry {
  name: string
  data: Uint8Array
  /** Unix permission bits (default 0o644; directories 0o755). */
  mode?: number
}

/** DOS date and time fields of a moment, in UTC (zip has no time zone), within 1980-2107. */
function dosFields(d: Date): { time: number; date: number } {
  const t = Math.min(Math.max(d.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58))
  const u = new Date(t)
  return {
    time: (u.getUTCHours() << 11) | (u.getUTCMinutes() << 5) | (u.getUTCSeconds() >> 1),
    date: ((u.getUTCFullYear() - 1980) << 9) | ((u.getUTCMonth() + 1) << 5) | u.getUTCDate()
  }
}

/**
 * Write a zip: members in the order given, deflated (directories stored), one date for all. Names the
 * reader would refuse are refused here. Level 0 stores every member uncompressed (a `.conda` package).
 */
export function writeZip(entries: readonly NewZipEntry[], date: Date, level = 6): Buffer {
  if (entries.length > 0xfffe) throw new ArchiveError('UNSUPPORTED', 'writing more than 65534 members is not supported')
  checkMemberNames(entries.map(e => ({ name: e.name, isDirectory: e.name.endsWith('/') })))
  const { time, date: day } = dosFields(date)
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const isDir = e.name.endsWith('/')
    const name = Buffer.from(e.name, 'utf8')
    const stored = isDir || level === 0
    const data = isDir ? Buffer.alloc(0) : stored ? Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength) : zlib.deflateRawSync(e.data, { level })
    const crc = isDir ? 0 : zlib.crc32(e.data)
    const size = isDir ? 0 : e.data.length
    if (offset > 0xfffffffe || data.length > 0xfffffffe || size > 0xfffffffe)
      throw new ArchiveError('UNSUPPORTED', 'writing archives over 4 GiB is not supported')
    const flags = /[^\x20-\x7e]/.test(e.name) ? 0x800 : 0
    const method = stored ? 0 : 8
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
  if (offset > 0xfffffffe) throw new ArchiveError('UNSUPPORTED', 'writing archives over 4 GiB is not supported')
  const cd = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(SIG_EOCD, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}
