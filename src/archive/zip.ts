/**
 * A zip reader for untrusted archives (wheels; conda's `.conda` files), PKWARE APPNOTE: stored and
 * deflated members, ZIP64 sizes and offsets, Unix modes in the external attributes, DOS dates read
 * as UTC. Opening checks the whole central directory before a byte is inflated (zip-directory.ts:
 * names, sizes and ratios against the limits, overlapping data, links). Reading then holds each
 * member to its declared size and CRC-32 (zip-stream.ts streams members to disk).
 *
 * Why not yauzl: it checks names and declared sizes, but not CRC-32, overlapping members,
 * duplicate or conflicting names, links or ratios; those checks would be ours either way, and
 * they need the same walk over the central directory this reader already makes.
 */
import * as fs from 'node:fs'
import * as zlib from 'node:zlib'
import { ArchiveError, showName } from './errors.js'
import { bufferSource, fileSource, readDirectory, type ZipEntry, type ZipLimits } from './zip-directory.js'

export { writeZip, type NewZipEntry } from './zip-write.js'
export type { ZipEntry, ZipLimits } from './zip-directory.js'

/**
 * The hard bounds are the sizes: the largest published wheels (CUDA builds) hold members near
 * 1 GiB and inflate to a few GiB, so 2 GiB a member and 8 GiB in all leave them room and still fit
 * a hosted runner's free disk; members stream, so memory is never the bound. The ratio is a
 * tripwire for the plain bomb: deflate cannot pass about 1032:1, constant runs reach it at the
 * usual levels (1029:1), while real members compress 2-5:1 (ELF) to a few hundred to one
 * (periodic tables); 1000:1 past 1 MiB refuses the first and never the others.
 */
export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxMemberSize: 2 * 1024 ** 3,
  maxTotalSize: 8 * 1024 ** 3,
  maxRatio: 1000,
  ratioExemptSize: 1024 ** 2
})

const withDefaults = (limits: Partial<ZipLimits> = {}): ZipLimits => ({ ...DEFAULT_ZIP_LIMITS, ...limits })

/** The checked central directory of a zip held in memory. */
export function readZipEntries(buf: Buffer, limits?: Partial<ZipLimits>): ZipEntry[] {
  return readDirectory(bufferSource(buf), withDefaults(limits))
}

/** A member's compressed bytes inflated in one call, no further than its declared size, and checked. */
function inflateChecked(raw: Buffer, e: ZipEntry): Buffer {
  let data = raw
  if (e.method === 8) {
    try {
      data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) })
    } catch (err) {
      throw new ArchiveError('CORRUPT', `cannot inflate member ${showName(e.name)} to its declared ${e.size} bytes: ${(err as Error).message}`, e.name)
    }
  }
  if (data.length !== e.size || zlib.crc32(data) !== e.crc32)
    throw new ArchiveError('CORRUPT', `member ${showName(e.name)}: size or CRC-32 does not match the central directory`, e.name)
  return data
}

/** The bytes of one member of a zip held in memory, inflated no further than its declared size, CRC-checked. */
export function readZipEntry(buf: Buffer, e: ZipEntry): Buffer {
  return inflateChecked(bufferSource(buf).read(e.dataOffset, e.compressedSize, `data of member ${showName(e.name)}`), e)
}

/** The first `n` bytes of a member held in memory, unchecked (for sniffing file types), inflating at most 64 KiB of its data. */
export function peekZipEntry(buf: Buffer, e: ZipEntry, n: number): Buffer {
  const raw = bufferSource(buf).read(e.dataOffset, e.compressedSize, `data of member ${showName(e.name)}`)
  if (e.method === 0) return raw.subarray(0, n)
  for (let take = 512; ; take *= 8) {
    let out: Buffer
    try {
      out = zlib.inflateRawSync(raw.subarray(0, take), { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, e.size) })
    } catch (err) {
      throw new ArchiveError('CORRUPT', `cannot inflate member ${showName(e.name)}: ${(err as Error).message}`, e.name)
    }
    if (out.length >= n || take >= raw.length) return out.subarray(0, n)
    if (take >= 65536) throw new ArchiveError('CORRUPT', `member ${showName(e.name)} gives no data in its first ${take} bytes`, e.name)
  }
}

/** A zip file opened for reading: its checked directory, and the descriptor its members are read through. */
export interface ZipFile {
  path: string
  fd: number
  size: number
  entries: ZipEntry[]
  limits: ZipLimits
  /** One member whole, checked: only for members small enough to hold (zip-stream.ts streams the others). */
  read(e: ZipEntry): Buffer
  /** Close the descriptor (again is harmless). */
  close(): void
}

export function openZip(file: string, limits?: Partial<ZipLimits>): ZipFile {
  let fd: number
  try {
    fd = fs.openSync(file, 'r')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ArchiveError('NOT_FOUND', `not found: ${file}`)
    throw err
  }
  let open = true
  const close = (): void => {
    if (open) fs.closeSync(fd)
    open = false
  }
  try {
    const st = fs.fstatSync(fd)
    if (!st.isFile()) throw new ArchiveError('NOT_ZIP', `${file} is not a regular file`)
    const all = withDefaults(limits)
    const src = fileSource(fd, st.size)
    const read = (e: ZipEntry): Buffer => inflateChecked(src.read(e.dataOffset, e.compressedSize, `data of member ${showName(e.name)}`), e)
    return { path: file, fd, size: st.size, entries: readDirectory(src, all), limits: all, read, close }
  } catch (err) {
    close()
    throw err
  }
}
