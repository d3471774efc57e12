/**
 * A zip writer for tests that writes what it is told, lies included: declared sizes, CRCs, modes
 * and local header offsets as given, names as raw bytes, members written nowhere but pointed at.
 */
import * as zlib from 'node:zlib'

export interface RawMember {
  name: string
  /** The member's inflated bytes (default none). */
  data?: Buffer
  /** 8 (deflate, the default for files with data) or 0 (stored). */
  method?: number
  /** The bytes written as its data (default: `data`, deflated when method is 8). */
  payload?: Buffer
  /** Declared sizes and CRC (default: the true ones). */
  size?: number
  compressedSize?: number
  crc?: number
  /** st_mode with its type bits (default 0o100644; directories 0o40755). */
  mode?: number
  /** The local header offset the central directory gives (default: where it was written). */
  offset?: number
  /** Write no local record for it (then `offset` says where it is supposed to be). */
  noLocal?: boolean
}

interface Fields {
  name: Buffer
  method: number
  payload: Buffer
  size: number
  compressedSize: number
  crc: number
  mode: number
}

function fields(m: RawMember): Fields {
  const data = m.data ?? Buffer.alloc(0)
  const method = m.method ?? (data.length ? 8 : 0)
  const payload = m.payload ?? (method === 8 ? zlib.deflateRawSync(data) : data)
  return {
    name: Buffer.from(m.name, 'utf8'),
    method,
    payload,
    size: m.size ?? data.length,
    compressedSize: m.compressedSize ?? payload.length,
    crc: m.crc ?? zlib.crc32(data),
    mode: m.mode ?? (m.name.endsWith('/') ? 0o40755 : 0o100644)
  }
}

/** The local header, name and data of one member. */
export function localRecord(m: RawMember): Buffer {
  const f = fields(m)
  const h = Buffer.alloc(30)
  h.writeUInt32LE(0x04034b50, 0)
  h.writeUInt16LE(20, 4)
  h.writeUInt16LE(0x800, 6)
  h.writeUInt16LE(f.method, 8)
  h.writeUInt16LE(0x21, 12) // 1980-01-01
  h.writeUInt32LE(f.crc >>> 0, 14)
  h.writeUInt32LE(f.compressedSize, 18)
  h.writeUInt32LE(f.size, 22)
  h.writeUInt16LE(f.name.length, 26)
  return Buffer.concat([h, f.name, f.payload])
}

export function rawZip(members: readonly RawMember[]): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let at = 0
  for (const m of members) {
    const f = fields(m)
    const offset = m.offset ?? at
    if (!m.noLocal) {
      const rec = localRecord(m)
      locals.push(rec)
      at += rec.length
    }
    const c = Buffer.alloc(46)
    c.writeUInt32LE(0x02014b50, 0)
    c.writeUInt16LE((3 << 8) | 20, 4)
    c.writeUInt16LE(20, 6)
    c.writeUInt16LE(0x800, 8)
    c.writeUInt16LE(f.method, 10)
    c.writeUInt16LE(0x21, 14)
    c.writeUInt32LE(f.crc >>> 0, 16)
    c.writeUInt32LE(f.compressedSize, 20)
    c.writeUInt32LE(f.size, 24)
    c.writeUInt16LE(f.name.length, 28)
    c.writeUInt32LE((f.mode * 0x10000) >>> 0, 38)
    c.writeUInt32LE(offset, 42)
    central.push(c, f.name)
  }
  const cd = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(members.length, 8)
  end.writeUInt16LE(members.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(at, 16)
  return Buffer.concat([...locals, cd, end])
}

/** The files every wheel has, for `demo-1.0`, before the members under test. */
export function wheelMembers(...rest: RawMember[]): RawMember[] {
  const info = 'demo-1.0.dist-info'
  return [
    { name: 'demo/__init__.py', data: Buffer.from('') },
    ...rest,
    { name: `${info}/METADATA`, data: Buffer.from('Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n') },
    { name: `${info}/WHEEL`, data: Buffer.from('Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp311-cp311-linux_x86_64\n') },
    { name: `${info}/RECORD`, data: Buffer.from('') }
  ]
}
