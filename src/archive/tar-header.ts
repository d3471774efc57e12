/**
 * Tar header blocks read as untrusted bytes: the 512-byte ustar header (POSIX `ustar\0` `00`, GNU
 * `ustar ` ` \0`, or the old v7 layout), its checksum, its numeric fields (octal, or GNU base-256),
 * and the data of the extended headers that carry long names and sizes (pax `x`/`g` records, GNU
 * `L`/`K` names). Pure functions over buffers: whoever reads the archive decides what to accept.
 */

export const BLOCK = 512

/** A header that cannot be read: what is wrong with it. */
export class TarHeaderError extends Error {
  override name = 'TarHeaderError'
}

export interface RawHeader {
  /** The name as the block holds it (the ustar prefix joined in front). */
  readonly name: string
  readonly mode: number
  readonly size: number
  /** The type flag, one character ('\0' for an old-style file). */
  readonly type: string
  readonly linkname: string
}

/** Bytes of the field up to its first NUL, decoded as UTF-8. */
function text(block: Buffer, at: number, len: number): string {
  const end = block.indexOf(0, at)
  return block.toString('utf8', at, end < 0 || end > at + len ? at + len : end)
}

/**
 * A numeric field: octal digits, possibly padded with spaces in front and ended by a space or NUL,
 * or GNU's base-256 (first byte 0x80, the rest big-endian). Empty is 0.
 */
export function numericField(block: Buffer, at: number, len: number, what: string): number {
  if (block[at] === 0x80) {
    let n = 0
    for (let i = at + 1; i < at + len; i++) n = n * 256 + block[i]
    if (!Number.isSafeInteger(n)) throw new TarHeaderError(`its ${what} field is past 2^53`)
    return n
  }
  if ((block[at] & 0x80) !== 0) throw new TarHeaderError(`its ${what} field is negative or not a number`)
  let i = at
  const end = at + len
  while (i < end && block[i] === 0x20) i++
  let n = 0
  let digits = 0
  for (; i < end && block[i] >= 0x30 && block[i] <= 0x37; i++, digits++) n = n * 8 + (block[i] - 0x30)
  for (; i < end; i++)
    if (block[i] !== 0 && block[i] !== 0x20)
      throw new TarHeaderError(`its ${what} field holds '${block.toString('latin1', at, end).replace(/\0/g, '')}', not octal digits`)
  if (!Number.isSafeInteger(n)) throw new TarHeaderError(`its ${what} field is past 2^53`)
  return digits ? n : 0
}

/** Is every byte of the block zero (an end-of-archive block)? */
export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i += 8) if (block.readBigUInt64LE(i) !== 0n) return false
  return true
}

/** Check the header's checksum: the sum of its bytes with the checksum field read as spaces (unsigned, or signed as some old tars wrote it). */
function checkSum(block: Buffer): void {
  const stored = numericField(block, 148, 8, 'checksum')
  let unsigned = 0
  let signed = 0
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]
    unsigned += b
    signed += b > 127 ? b - 256 : b
  }
  if (stored !== unsigned && stored !== signed)
    throw new TarHeaderError(`a header's checksum is ${stored}, its bytes sum to ${unsigned} (not a tar, or a corrupt one)`)
}

/** Read one (non-zero) header block. Throws TarHeaderError for a block that is no valid header. */
export function parseHeader(block: Buffer): RawHeader {
  checkSum(block)
  const magic = block.toString('latin1', 257, 263)
  const posix = magic === 'ustar\0'
  if (!posix && magic !== 'ustar ' && block.readUInt32LE(257) !== 0) throw new TarHeaderError(`a header has the unknown magic '${magic.replace(/\0/g, '\\0')}'`)
  const name = text(block, 0, 100)
  // only POSIX ustar has a prefix: GNU keeps other fields (times) at the same offset
  const prefix = posix ? text(block, 345, 155) : ''
  return {
    name: prefix ? `${prefix}/${name}` : name,
    mode: numericField(block, 100, 8, 'mode'),
    size: numericField(block, 124, 12, 'size'),
    type: String.fromCharCode(block[156]),
    linkname: text(block, 157, 100)
  }
}

/** The records of a pax extended header (`LEN key=value\n` each, LEN counting the whole record). */
export function parsePax(data: Buffer): Map<string, string> {
  const out = new Map<string, string>()
  let at = 0
  while (at < data.length) {
    if (data[at] === 0) break // padding after the last record
    const space = data.indexOf(0x20, at)
    const len = space > at && space - at <= 20 ? Number(data.toString('latin1', at, space)) : NaN
    if (!Number.isSafeInteger(len) || len <= space - at + 1 || at + len > data.length || data[at + len - 1] !== 0x0a)
      throw new TarHeaderError(`a pax extended header has a malformed record at byte ${at}`)
    const record = data.toString('utf8', space + 1, at + len - 1)
    const eq = record.indexOf('=')
    if (eq <= 0) throw new TarHeaderError(`a pax extended header has a record with no key at byte ${at}`)
    out.set(record.slice(0, eq), record.slice(eq + 1))
    at += len
  }
  return out
}

/** A pax `size` record: decimal digits only. */
export function paxSize(value: string): number {
  const n = /^\d{1,16}$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(n)) throw new TarHeaderError(`a pax extended header gives the size '${value}', not a whole number`)
  return n
}

/** A GNU long name or link (`L`/`K`): the data up to its first NUL. */
export function gnuLongText(data: Buffer): string {
  const end = data.indexOf(0)
  return data.toString('utf8', 0, end < 0 ? data.length : end)
}
