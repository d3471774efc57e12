/**
 * The fixed layout of an ELF file: a bounds-checked byte view, the file header, program headers
 * and section headers (System V gABI). Every read is checked against the buffer; nothing here
 * trusts a count or an offset from the file without bounding it by the file's size.
 */
import { ElfError } from './errors.js'

export class ByteView {
  private readonly dv: DataView
  private readonly text: Buffer
  readonly length: number

  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean,
    readonly is64: boolean
  ) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.length = bytes.byteLength
  }

  check(off: number, n: number, what: string): void {
    if (!(off >= 0) || !(n >= 0) || off + n > this.length || !Number.isSafeInteger(off + n)) {
      throw new ElfError('TRUNCATED', `${what} at offset ${off} (${n} bytes) is beyond the end of the file (${this.length} bytes)`)
    }
  }
  u8(off: number): number {
    this.check(off, 1, 'byte')
    return this.dv.getUint8(off)
  }
  u16(off: number): number {
    this.check(off, 2, 'half-word')
    return this.dv.getUint16(off, this.little)
  }
  u32(off: number): number {
    this.check(off, 4, 'word')
    return this.dv.getUint32(off, this.little)
  }
  i32(off: number): number {
    this.check(off, 4, 'word')
    return this.dv.getInt32(off, this.little)
  }
  /** 64-bit values beyond 2^53 come back as Infinity: unusable as offsets, never silently wrong. */
  u64(off: number): number {
    this.check(off, 8, 'double word')
    const v = this.dv.getBigUint64(off, this.little)
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(v)
  }
  /** A word of the file's class: 4 bytes in ELF32, 8 in ELF64. */
  word(off: number): number {
    return this.is64 ? this.u64(off) : this.u32(off)
  }
  /** A NUL-terminated string starting at `off` that must end before `end`. */
  cstr(off: number, end: number, what: string): string {
    const stop = Math.min(end, this.length)
    if (!(off >= 0) || off >= stop) throw new ElfError('BAD_STRING', `${what}: string offset ${off} is outside its table`)
    const nul = this.text.indexOf(0, off)
    if (nul < 0 || nul >= stop) throw new ElfError('BAD_STRING', `${what}: string at ${off} has no terminating NUL inside its table`)
    return this.text.toString('utf8', off, nul)
  }
}

export interface ElfHeader {
  elfClass: 32 | 64
  littleEndian: boolean
  osAbi: number
  abiVersion: number
  type: number
  machine: number
  version: number
  flags: number
  phoff: number
  phentsize: number
  phnum: number
  shoff: number
  shentsize: number
  shnum: number
  shstrndx: number
}

export interface ProgramHeader {
  type: number
  flags: number
  offset: number
  vaddr: number
  filesz: number
  memsz: number
  align: number
}

export interface SectionHeader {
  index: number
  nameOffset: number
  name: string
  type: number
  flags: number
  addr: number
  offset: number
  size: number
  link: number
  info: number
  addralign: number
  entsize: number
}

export const SHT_NOBITS = 8

export function readHeader(bytes: Uint8Array): { header: ElfHeader; view: ByteView } {
  if (bytes.length < 4 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    throw new ElfError('NOT_ELF', 'not an ELF file (no \\x7fELF magic)')
  }
  if (bytes.length < 16) throw new ElfError('TRUNCATED', 'ELF identification is truncated')
  const cls = bytes[4]
  const data = bytes[5]
  if (cls !== 1 && cls !== 2) throw new ElfError('BAD_CLASS', `unknown ELF class ${cls}`)
  if (data !== 1 && data !== 2) throw new ElfError('BAD_ENDIAN', `unknown ELF data encoding ${data}`)
  const is64 = cls === 2
  const v = new ByteView(bytes, data === 1, is64)
  const ehsize = is64 ? 64 : 52
  v.check(0, ehsize, 'ELF header')
  const header: ElfHeader = {
    elfClass: is64 ? 64 : 32,
    littleEndian: data === 1,
    osAbi: bytes[7] ?? 0,
    abiVersion: bytes[8] ?? 0,
    type: v.u16(16),
    machine: v.u16(18),
    version: v.u32(20),
    phoff: v.word(is64 ? 32 : 28),
    shoff: v.word(is64 ? 40 : 32),
    flags: v.u32(is64 ? 48 : 36),
    phentsize: v.u16(is64 ? 54 : 42),
    phnum: v.u16(is64 ? 56 : 44),
    shentsize: v.u16(is64 ? 58 : 46),
    shnum: v.u16(is64 ? 60 : 48),
    shstrndx: v.u16(is64 ? 62 : 50)
  }
  // Extended numbering (gABI): counts too large for the header live in section 0.
  if (header.shoff !== 0 && (header.shnum === 0 || header.phnum === 0xffff || header.shstrndx === 0xffff)) {
    const s0 = readSectionRaw(v, header, 0)
    if (header.shnum === 0) header.shnum = s0.size
    if (header.phnum === 0xffff) header.phnum = s0.info
    if (header.shstrndx === 0xffff) header.shstrndx = s0.link
  }
  return { header, view: v }
}

function tableBounds(v: ByteView, off: number, entsize: number, count: number, min: number, what: string): void {
  if (count === 0) return
  if (entsize < min) throw new ElfError('BAD_HEADER', `${what} entry size ${entsize} is smaller than ${min}`)
  v.check(off, entsize * count, what)
}

export function readProgramHeaders(v: ByteView, h: ElfHeader): ProgramHeader[] {
  if (h.phoff === 0 || h.phnum === 0) return []
  tableBounds(v, h.phoff, h.phentsize, h.phnum, v.is64 ? 56 : 32, 'program header table')
  const out: ProgramHeader[] = []
  for (let i = 0; i < h.phnum; i++) {
    const o = h.phoff + i * h.phentsize
    out.push(
      v.is64
        ? { type: v.u32(o), flags: v.u32(o + 4), offset: v.u64(o + 8), vaddr: v.u64(o + 16), filesz: v.u64(o + 32), memsz: v.u64(o + 40), align: v.u64(o + 48) }
        : { type: v.u32(o), offset: v.u32(o + 4), vaddr: v.u32(o + 8), filesz: v.u32(o + 16), memsz: v.u32(o + 20), flags: v.u32(o + 24), align: v.u32(o + 28) }
    )
  }
  return out
}

function readSectionRaw(v: ByteView, h: ElfHeader, i: number): SectionHeader {
  const min = v.is64 ? 64 : 40
  if (h.shentsize < min) throw new ElfError('BAD_HEADER', `section header entry size ${h.shentsize} is smaller than ${min}`)
  const o = h.shoff + i * h.shentsize
  v.check(o, min, 'section header')
  return v.is64
    ? {
        index: i,
        nameOffset: v.u32(o),
        name: '',
        type: v.u32(o + 4),
        flags: v.u64(o + 8),
        addr: v.u64(o + 16),
        offset: v.u64(o + 24),
        size: v.u64(o + 32),
        link: v.u32(o + 40),
        info: v.u32(o + 44),
        addralign: v.u64(o + 48),
        entsize: v.u64(o + 56)
      }
    : {
        index: i,
        nameOffset: v.u32(o),
        name: '',
        type: v.u32(o + 4),
        flags: v.u32(o + 8),
        addr: v.u32(o + 12),
        offset: v.u32(o + 16),
        size: v.u32(o + 20),
        link: v.u32(o + 24),
        info: v.u32(o + 28),
        addralign: v.u32(o + 32),
        entsize: v.u32(o + 36)
      }
}

/** Section headers with their names; an unreadable name table leaves names empty rather than failing. */
export function readSectionHeaders(v: ByteView, h: ElfHeader): SectionHeader[] {
  if (h.shoff === 0 || h.shnum === 0) return []
  tableBounds(v, h.shoff, h.shentsize, h.shnum, v.is64 ? 64 : 40, 'section header table')
  const out: SectionHeader[] = []
  for (let i = 0; i < h.shnum; i++) out.push(readSectionRaw(v, h, i))
  const strtab = out[h.shstrndx]
  if (strtab && strtab.type !== SHT_NOBITS && strtab.offset + strtab.size <= v.length) {
    const end = strtab.offset + strtab.size
    for (const s of out) {
      try {
        s.name = v.cstr(strtab.offset + s.nameOffset, end, 'section name')
      } catch {
        s.name = ''
      }
    }
  }
  return out
}

/** The file bytes of a section, checked against the file. */
export function sectionRange(v: ByteView, s: SectionHeader, what: string): { start: number; end: number } {
  if (s.type === SHT_NOBITS) return { start: s.offset, end: s.offset }
  v.check(s.offset, s.size, what)
  return { start: s.offset, end: s.offset + s.size }
}

/** Translate a virtual address to a file offset through the PT_LOAD segments; null when unmapped. */
export function addrToOffset(phdrs: readonly ProgramHeader[], addr: number): number | null {
  for (const p of phdrs) {
    if (p.type === 1 /* PT_LOAD */ && addr >= p.vaddr && addr < p.vaddr + p.filesz) return addr - p.vaddr + p.offset
  }
  return null
}
