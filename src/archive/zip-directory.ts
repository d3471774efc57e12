/**
 * The central directory of a zip, read and checked before a byte is inflated: names (names.ts),
 * declared sizes and ratios against the limits, member data that overlap each other or the
 * central directory, encryption, unknown methods, links and other special members. Bytes come
 * from a Source: the archive in memory, or an open file read by offset.
 */
import * as fs from 'node:fs'
import { ArchiveError, showName } from './errors.js'
import { checkMemberNames } from './names.js'

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
  /** Where the member's compressed bytes start (after its local header). */
  dataOffset: number
}

export interface ZipLimits {
  /** Largest inflated size of one member, declared or actual. */
  maxMemberSize: number
  /** Largest inflated size of all members together. */
  maxTotalSize: number
  /** Largest inflated:compressed ratio of one member... */
  maxRatio: number
  /** ...that inflates to more than this many bytes (a small blank file is common and harmless). */
  ratioExemptSize: number
}

/** Bytes of an archive by offset, from memory or from an open file. */
export interface Source {
  size: number
  read(offset: number, length: number, what: string): Buffer
}

/** A central directory past this size is refused before it is read (about 500,000 members). */
const MAX_DIRECTORY = 64 * 1024 ** 2

const SIG_EOCD = 0x06054b50
const SIG_EOCD64 = 0x06064b50
const SIG_LOC64 = 0x07064b50
const SIG_CEN = 0x02014b50
const SIG_LOC = 0x04034b50
const S_IFMT = 0o170000

function truncated(what: string, offset: number, size: number): ArchiveError {
  return new ArchiveError('TRUNCATED', `zip is truncated: ${what} at ${offset} runs past the end (${size} bytes)`)
}

export function bufferSource(buf: Buffer): Source {
  return {
    size: buf.length,
    read(offset, length, what) {
      if (offset < 0 || offset + length > buf.length) throw truncated(what, offset, buf.length)
      return buf.subarray(offset, offset + length)
    }
  }
}

export function fileSource(fd: number, size: number): Source {
  return {
    size,
    read(offset, length, what) {
      if (offset < 0 || offset + length > size) throw truncated(what, offset, size)
      const out = Buffer.allocUnsafe(length)
      for (let got = 0; got < length;) {
        const n = fs.readSync(fd, out, got, length - got, offset + got)
        if (n === 0) throw truncated(what, offset, size)
        got += n
      }
      return out
    }
  }
}

function u64(buf: Buffer, off: number): number {
  const v = buf.readBigUInt64LE(off)
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ArchiveError('UNSUPPORTED', 'zip64 value too large')
  return Number(v)
}

function dosToDate(time: number, date: number): Date {
  return new Date(Date.UTC(((date >> 9) & 0x7f) + 1980, ((date >> 5) & 0xf) - 1, date & 0x1f, (time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2))
}

/** Where the central directory is and how many entries it holds. */
function findDirectory(src: Source): { count: number; offset: number; size: number; end: number } {
  if (src.size < 22) throw new ArchiveError('NOT_ZIP', 'not a zip file (shorter than an end of central directory record)')
  const tailStart = Math.max(0, src.size - 22 - 0xffff)
  const tail = src.read(tailStart, src.size - tailStart, 'end of central directory')
  let at = -1
  for (let i = tail.length - 22; i >= 0 && at < 0; i--) if (tail.readUInt32LE(i) === SIG_EOCD) at = i
  if (at < 0) throw new ArchiveError('NOT_ZIP', 'not a zip file (no end of central directory record)')
  const d = { count: tail.readUInt16LE(at + 10), size: tail.readUInt32LE(at + 12), offset: tail.readUInt32LE(at + 16), end: tailStart + at }
  if ((d.count === 0xffff || d.size === 0xffffffff || d.offset === 0xffffffff) && d.end >= 20) {
    const loc = src.read(d.end - 20, 20, 'zip64 locator')
    if (loc.readUInt32LE(0) === SIG_LOC64) {
      const recAt = u64(loc, 8)
      const rec = src.read(recAt, 56, 'zip64 end of central directory')
      if (rec.readUInt32LE(0) !== SIG_EOCD64 || recAt > d.end - 20) throw new ArchiveError('CORRUPT', 'bad zip64 end of central directory record')
      Object.assign(d, { count: u64(rec, 32), size: u64(rec, 40), offset: u64(rec, 48), end: recAt })
    }
  }
  if (d.offset + d.size > d.end) throw truncated('central directory', d.offset, src.size)
  if (d.size > MAX_DIRECTORY) throw new ArchiveError('TOO_LARGE', `central directory of ${d.size} bytes is past the limit of ${MAX_DIRECTORY}`)
  return d
}

/** One central directory entry at `p` of `cd`; its length. */
function parseEntry(cd: Buffer, p: number, i: number): { entry: ZipEntry; length: number; rawName: Buffer; flags: number } {
  if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG_CEN) throw new ArchiveError('CORRUPT', `bad central directory entry ${i}`)
  const madeBy = cd.readUInt16LE(p + 4) >> 8
  const flags = cd.readUInt16LE(p + 8)
  const nameLen = cd.readUInt16LE(p + 28)
  const extraEnd = p + 46 + nameLen + cd.readUInt16LE(p + 30)
  const length = extraEnd - p + cd.readUInt16LE(p + 32)
  if (p + length > cd.length) throw new ArchiveError('CORRUPT', `central directory entry ${i} runs past the directory`)
  const rawName = cd.subarray(p + 46, p + 46 + nameLen)
  const name = rawName.toString(flags & 0x800 ? 'utf8' : 'latin1')
  let compressedSize = cd.readUInt32LE(p + 20)
  let size = cd.readUInt32LE(p + 24)
  let localHeaderOffset = cd.readUInt32LE(p + 42)
  for (let e = p + 46 + nameLen; e + 4 <= extraEnd; e += 4 + cd.readUInt16LE(e + 2)) {
    if (cd.readUInt16LE(e) !== 0x0001) continue
    let q = e + 4
    const end = Math.min(q + cd.readUInt16LE(e + 2), extraEnd)
    const next = (): number => {
      if (q + 8 > end) throw new ArchiveError('CORRUPT', `member ${showName(name)}: zip64 extra field is too short`, name)
      q += 8
      return u64(cd, q - 8)
    }
    if (size === 0xffffffff) size = next()
    if (compressedSize === 0xffffffff) compressedSize = next()
    if (localHeaderOffset === 0xffffffff) localHeaderOffset = next()
  }
  const external = cd.readUInt32LE(p + 38)
  const entry: ZipEntry = {
    name,
    method: cd.readUInt16LE(p + 10),
    crc32: cd.readUInt32LE(p + 16),
    compressedSize,
    size,
    mode: madeBy === 3 ? (external >>> 16) & 0xffff : 0,
    isDirectory: name.endsWith('/'),
    date: dosToDate(cd.readUInt16LE(p + 12), cd.readUInt16LE(p + 14)),
    localHeaderOffset,
    dataOffset: 0
  }
  return { entry, length, rawName, flags }
}

/** Refuse what one member cannot be, by its central directory entry alone. */
function checkEntry(e: ZipEntry, flags: number, limits: ZipLimits): void {
  const who = `member ${showName(e.name)}`
  const type = e.mode & S_IFMT
  if (type === 0o120000) throw new ArchiveError('LINK', `${who} is a symbolic link; links are not allowed in this archive (a wheel cannot install one)`, e.name)
  if (type !== 0 && type !== 0o100000 && type !== 0o040000)
    throw new ArchiveError('SPECIAL', `${who} is not a regular file or directory (mode ${type.toString(8)})`, e.name)
  if (flags & 0x1) throw new ArchiveError('UNSUPPORTED', `${who} is encrypted`, e.name)
  if (e.method !== 0 && e.method !== 8) throw new ArchiveError('UNSUPPORTED', `${who}: unsupported compression method ${e.method}`, e.name)
  if (e.method === 0 && e.compressedSize !== e.size) throw new ArchiveError('CORRUPT', `${who} is stored, yet its sizes differ`, e.name)
  if (e.size > limits.maxMemberSize)
    throw new ArchiveError('TOO_LARGE', `${who} inflates to ${e.size} bytes, past the limit of ${limits.maxMemberSize}`, e.name)
  if (e.size > limits.ratioExemptSize && e.size > limits.maxRatio * e.compressedSize) {
    throw new ArchiveError('RATIO', `${who} inflates ${e.compressedSize} bytes to ${e.size}, past the ratio limit of ${limits.maxRatio}:1`, e.name)
  }
}

/** Locate each member's data and refuse data that run past the end, into the directory, or into each other. */
function placeData(src: Source, e: ZipEntry, rawName: Buffer, directoryOffset: number): [number, number] {
  const who = `member ${showName(e.name)}`
  const head = src.read(e.localHeaderOffset, 30, `local header of ${who}`)
  if (head.readUInt32LE(0) !== SIG_LOC) throw new ArchiveError('CORRUPT', `bad local header for ${who}`, e.name)
  const nameLen = head.readUInt16LE(26)
  if (!src.read(e.localHeaderOffset + 30, nameLen, `local header of ${who}`).equals(rawName)) {
    throw new ArchiveError('CORRUPT', `the local header of ${who} names another member`, e.name)
  }
  e.dataOffset = e.localHeaderOffset + 30 + nameLen + head.readUInt16LE(28)
  const end = e.dataOffset + e.compressedSize
  if (end > src.size) throw truncated(`data of ${who}`, e.dataOffset, src.size)
  if (end > directoryOffset) throw new ArchiveError('OVERLAP', `the data of ${who} run into the central directory`, e.name)
  return [e.localHeaderOffset, end]
}

export function readDirectory(src: Source, limits: ZipLimits): ZipEntry[] {
  const d = findDirectory(src)
  const cd = src.read(d.offset, d.size, 'central directory')
  const parsed: Array<ReturnType<typeof parseEntry>> = []
  for (let i = 0, p = 0; i < d.count; i++) {
    const one = parseEntry(cd, p, i)
    parsed.push(one)
    p += one.length
  }
  const entries = parsed.map(x => x.entry)
  checkMemberNames(entries)
  let total = 0
  for (const { entry, flags } of parsed) {
    checkEntry(entry, flags, limits)
    total += entry.size
    if (total > limits.maxTotalSize)
      throw new ArchiveError(
        'TOO_LARGE',
        `the members up to ${showName(entry.name)} inflate to ${total} bytes, past the limit of ${limits.maxTotalSize} for the archive`,
        entry.name
      )
  }
  const ranges = parsed.map(({ entry, rawName }) => ({ entry, range: placeData(src, entry, rawName, d.offset) }))
  ranges.sort((a, b) => a.range[0] - b.range[0])
  for (let i = 1; i < ranges.length; i++) {
    const [prev, cur] = [ranges[i - 1], ranges[i]] as [(typeof ranges)[number], (typeof ranges)[number]]
    if (cur.range[0] < prev.range[1])
      throw new ArchiveError('OVERLAP', `the data of member ${showName(cur.entry.name)} overlap those of ${showName(prev.entry.name)}`, cur.entry.name)
  }
  return entries
}
