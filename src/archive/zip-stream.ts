/**
 * Members of an open zip streamed from its byte range through inflate, never whole in memory: a
 * counter stops a member the moment it passes its declared size (which the directory check held
 * within the limits), and the CRC-32 is checked as the bytes go by. Members of at most 1 MiB,
 * packed and unpacked, are read in one call instead (as bounded, and without a stream's overhead).
 */
import * as fs from 'node:fs'
import { Readable, Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as zlib from 'node:zlib'
import { ArchiveError, showName } from './errors.js'
import type { ZipEntry, ZipFile } from './zip.js'

/**
 * The archive's descriptor, shared by every member's stream: a stream that is destroyed (a member
 * refused, a head read) closes its descriptor even with autoClose off, so here closing is left to
 * ZipFile.close().
 */
const sharedFd = { read: fs.read, close: (_fd: number, done: (err: null) => void) => done(null) }

const SMALL = 1024 ** 2
const isSmall = (e: ZipEntry): boolean => e.size <= SMALL && e.compressedSize <= SMALL
/** Chunk sizes: large for a whole member, small for a head (less inflated in vain). */
const WHOLE = 256 * 1024
const HEAD = 16 * 1024

/** The stages from the member's compressed bytes to checked, inflated bytes. */
function stages(zip: ZipFile, e: ZipEntry, chunk: number): Array<Readable | Transform> {
  const end = e.dataOffset + e.compressedSize - 1
  const raw =
    e.compressedSize === 0
      ? Readable.from([])
      : fs.createReadStream(zip.path, { fd: zip.fd, fs: sharedFd, autoClose: false, start: e.dataOffset, end, highWaterMark: chunk })
  return e.method === 8 ? [raw, zlib.createInflateRaw({ chunkSize: chunk }), guard(zip, e)] : [raw, guard(zip, e)]
}

function guard(zip: ZipFile, e: ZipEntry): Transform {
  const who = `member ${showName(e.name)}`
  let count = 0
  let crc = 0
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      count += chunk.length
      if (count > zip.limits.maxMemberSize)
        return done(new ArchiveError('TOO_LARGE', `${who} inflates past the limit of ${zip.limits.maxMemberSize} bytes`, e.name))
      if (count > e.size) return done(new ArchiveError('CORRUPT', `${who} inflates past its declared ${e.size} bytes`, e.name))
      crc = zlib.crc32(chunk, crc)
      done(null, chunk)
    },
    flush(done) {
      if (count !== e.size) return done(new ArchiveError('CORRUPT', `${who} inflates to ${count} bytes, not its declared ${e.size}`, e.name))
      if (crc !== e.crc32) return done(new ArchiveError('CORRUPT', `${who} fails its CRC-32 check`, e.name))
      done()
    }
  })
}

/** zlib's errors (bad deflate data, a stream cut short) as ArchiveError; others unchanged. */
function typed(err: unknown, e: ZipEntry): unknown {
  const code = (err as { code?: unknown }).code
  if (typeof code === 'string' && code.startsWith('Z_'))
    return new ArchiveError('CORRUPT', `cannot inflate member ${showName(e.name)}: ${(err as Error).message}`, e.name)
  return err
}

/** Write one member to `dest`, which must not exist yet, with permission bits `mode`. */
export async function extractZipEntry(zip: ZipFile, e: ZipEntry, dest: string, mode = 0o644): Promise<void> {
  if (isSmall(e)) return fs.writeFileSync(dest, zip.read(e), { flag: 'wx', mode })
  try {
    await pipeline([...stages(zip, e, WHOLE), fs.createWriteStream(dest, { flags: 'wx', mode })])
  } catch (err) {
    throw typed(err, e)
  }
}

/** The first `n` bytes of a member (all of it when shorter, then checked), inflating no more than it takes. */
export async function readZipEntryHead(zip: ZipFile, e: ZipEntry, n: number): Promise<Buffer> {
  if (isSmall(e)) return zip.read(e).subarray(0, n)
  const chunks: Buffer[] = []
  let got = 0
  const enough = new Error('enough bytes read')
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk)
      got += chunk.length
      done(got >= n ? enough : null)
    }
  })
  try {
    await pipeline([...stages(zip, e, HEAD), sink])
  } catch (err) {
    if (err !== enough) throw typed(err, e)
  }
  return Buffer.concat(chunks).subarray(0, n)
}
