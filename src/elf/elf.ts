/**
 * A read-only ELF reader for what a wheel audit and conda post-processing need: machine and class,
 * PT_INTERP, the dynamic section (DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH), the GNU version
 * tables and the dynamic symbols. 32/64-bit, both byte orders. Section headers are used when
 * present; without them the same facts come from the dynamic segment, as the loader sees them.
 * Anything malformed throws ElfError; every loop is bounded by the size of the file.
 */
import { ElfError } from './errors.js'
import { readVersionDefs, readVersionNeeds, readDynamicSymbols, type ElfSymbol, type VersionNeed, type Table } from './elf-dynamic.js'
import {
  addrToOffset,
  readHeader,
  readProgramHeaders,
  readSectionHeaders,
  sectionRange,
  SHT_NOBITS,
  type ByteView,
  type ProgramHeader,
  type SectionHeader
} from './elf-layout.js'

export type { ElfSymbol, VersionNeed } from './elf-dynamic.js'

export interface ElfInfo {
  elfClass: 32 | 64
  littleEndian: boolean
  osAbi: number
  /** e_type: 1 relocatable, 2 executable, 3 shared object (or PIE), 4 core. */
  type: number
  /** e_machine, e.g. 62 for x86-64, 183 for AArch64 (see machineName). */
  machine: number
  flags: number
  interpreter: string | null
  hasDynamic: boolean
  needed: string[]
  soname: string | null
  /** DT_RPATH and DT_RUNPATH as written (colon-separated), or null when absent. */
  rpath: string | null
  runpath: string | null
  /** `.gnu.version_r`: per needed file, the version names required from it. */
  versionNeeds: VersionNeed[]
  /** `.gnu.version_d`: the version names this file defines (the first is its own base name). */
  versionDefs: string[]
  /** Dynamic symbols (index 0 left out); empty when `symbols: false` was asked for. */
  symbols: ElfSymbol[]
  /** GNU_PROPERTY_X86_ISA_1_NEEDED bits (1 baseline, 2 v2, 4 v3, 8 v4), or null. */
  x86IsaNeeded: number | null
  /** Problems that did not stop the reading (e.g. unreadable section headers). */
  warnings: string[]
}

export interface ReadElfOptions {
  /** Read the dynamic symbol table (default true). Off is faster when only dependencies matter. */
  symbols?: boolean
}

const PT_DYNAMIC = 2
const PT_INTERP = 3
const PT_NOTE = 4
const SHT_DYNAMIC = 6
const SHT_NOTE = 7
const SHT_DYNSYM = 11
const SHT_GNU_VERDEF = 0x6ffffffd
const SHT_GNU_VERNEED = 0x6ffffffe
const SHT_GNU_VERSYM = 0x6fffffff
const DT = {
  NULL: 0,
  NEEDED: 1,
  HASH: 4,
  STRTAB: 5,
  SYMTAB: 6,
  STRSZ: 10,
  SYMENT: 11,
  SONAME: 14,
  RPATH: 15,
  RUNPATH: 29,
  GNU_HASH: 0x6ffffef5,
  VERSYM: 0x6ffffff0,
  VERDEF: 0x6ffffffc,
  VERDEFNUM: 0x6ffffffd,
  VERNEED: 0x6ffffffe,
  VERNEEDNUM: 0x6fffffff
} as const

export function readElf(buf: Uint8Array, opts: ReadElfOptions = {}): ElfInfo {
  const { header: h, view: v } = readHeader(buf)
  const warnings: string[] = []
  const phdrs = readProgramHeaders(v, h)
  let shdrs: SectionHeader[] = []
  try {
    shdrs = readSectionHeaders(v, h)
  } catch (e) {
    if (!(e instanceof ElfError)) throw e
    warnings.push(`section headers ignored: ${e.message}`)
  }
  const info: ElfInfo = {
    elfClass: h.elfClass,
    littleEndian: h.littleEndian,
    osAbi: h.osAbi,
    type: h.type,
    machine: h.machine,
    flags: h.flags,
    interpreter: readInterp(v, phdrs),
    hasDynamic: false,
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    versionNeeds: [],
    versionDefs: [],
    symbols: [],
    x86IsaNeeded: null,
    warnings
  }
  const dyn = readDynamic(v, phdrs, shdrs)
  const byType = (t: number): SectionHeader | undefined => shdrs.find(s => s.type === t)
  const linked = (s: SectionHeader | undefined, what: string): Table | null => {
    const l = s ? shdrs[s.link] : undefined
    return l ? sectionRange(v, l, what) : null
  }
  if (dyn) {
    info.hasDynamic = true
    const str = (val: number, what: string): string => {
      if (!dyn.strtab) throw new ElfError('BAD_STRING', `${what} present but the dynamic string table cannot be located`)
      return v.cstr(dyn.strtab.start + val, dyn.strtab.end, what)
    }
    const rpaths: string[] = []
    const runpaths: string[] = []
    for (const [tag, val] of dyn.entries) {
      if (tag === DT.NEEDED) info.needed.push(str(val, 'DT_NEEDED'))
      else if (tag === DT.SONAME) info.soname = str(val, 'DT_SONAME')
      else if (tag === DT.RPATH) rpaths.push(str(val, 'DT_RPATH'))
      else if (tag === DT.RUNPATH) runpaths.push(str(val, 'DT_RUNPATH'))
    }
    if (rpaths.length) info.rpath = rpaths.join(':')
    if (runpaths.length) info.runpath = runpaths.join(':')
  }
  const tag = (t: number): number | undefined => dyn?.entries.find(e => e[0] === t)?.[1]
  const fromAddr = (addr: number | undefined, size: number): Table | null => {
    if (addr === undefined) return null
    const off = addrToOffset(phdrs, addr)
    return off === null ? null : { start: off, end: Math.min(v.length, off + size) }
  }

  // Version needs and definitions: from their sections, else from the dynamic tags.
  const vnSec = byType(SHT_GNU_VERNEED)
  const vdSec = byType(SHT_GNU_VERDEF)
  const needTable = vnSec ? sectionRange(v, vnSec, '.gnu.version_r') : fromAddr(tag(DT.VERNEED), v.length)
  const needStr = vnSec ? linked(vnSec, '.gnu.version_r strings') : (dyn?.strtab ?? null)
  const needCount = vnSec ? vnSec.info : (tag(DT.VERNEEDNUM) ?? 0)
  const needs = needTable && needStr ? readVersionNeeds(v, needTable, needStr, needCount) : { needs: [], names: new Map<number, string>() }
  info.versionNeeds = needs.needs
  const defTable = vdSec ? sectionRange(v, vdSec, '.gnu.version_d') : fromAddr(tag(DT.VERDEF), v.length)
  const defStr = vdSec ? linked(vdSec, '.gnu.version_d strings') : (dyn?.strtab ?? null)
  const defCount = vdSec ? vdSec.info : (tag(DT.VERDEFNUM) ?? 0)
  const defs = defTable && defStr ? readVersionDefs(v, defTable, defStr, defCount) : { defs: [], names: new Map<number, string>() }
  info.versionDefs = defs.defs
  const versionNames = new Map([...defs.names, ...needs.names])

  if (opts.symbols !== false) {
    const symSec = byType(SHT_DYNSYM)
    const entsize = v.is64 ? 24 : 16
    if (symSec && symSec.type !== SHT_NOBITS) {
      const table = sectionRange(v, symSec, '.dynsym')
      const strtab = linked(symSec, '.dynstr')
      const verSec = byType(SHT_GNU_VERSYM)
      const versym = verSec ? sectionRange(v, verSec, '.gnu.version') : null
      const size = symSec.entsize >= entsize ? symSec.entsize : entsize
      if (strtab) info.symbols = readDynamicSymbols(v, table, Math.floor(symSec.size / size), size, strtab, versym, versionNames)
    } else if (dyn?.strtab && tag(DT.SYMTAB) !== undefined) {
      const count = symbolCount(v, phdrs, tag(DT.HASH), tag(DT.GNU_HASH))
      const size = Math.max(tag(DT.SYMENT) ?? entsize, entsize)
      const table = fromAddr(tag(DT.SYMTAB), count * size)
      const versym = fromAddr(tag(DT.VERSYM), count * 2)
      if (table && count > 0)
        info.symbols = readDynamicSymbols(v, table, Math.min(count, Math.floor((table.end - table.start) / size)), size, dyn.strtab, versym, versionNames)
    }
  }
  if (h.machine === 62 || h.machine === 3) info.x86IsaNeeded = readIsaNeeded(v, phdrs, shdrs)
  return info
}

function readInterp(v: ByteView, phdrs: readonly ProgramHeader[]): string | null {
  const p = phdrs.find(x => x.type === PT_INTERP)
  if (!p) return null
  v.check(p.offset, p.filesz, 'PT_INTERP')
  return v.cstr(p.offset, p.offset + p.filesz, 'PT_INTERP')
}

interface Dynamic {
  entries: Array<[number, number]>
  strtab: Table | null
}

function readDynamic(v: ByteView, phdrs: readonly ProgramHeader[], shdrs: readonly SectionHeader[]): Dynamic | null {
  const seg = phdrs.find(p => p.type === PT_DYNAMIC)
  const sec = shdrs.find(s => s.type === SHT_DYNAMIC)
  let start: number
  let size: number
  if (seg) [start, size] = [seg.offset, seg.filesz]
  else if (sec) [start, size] = [sec.offset, sec.size]
  else return null
  v.check(start, size, 'dynamic section')
  const ent = v.is64 ? 16 : 8
  const entries: Array<[number, number]> = []
  for (let o = start; o + ent <= start + size; o += ent) {
    const t = v.is64 ? v.u64(o) : v.i32(o)
    if (t === DT.NULL) break
    entries.push([t, v.word(o + ent / 2)])
  }
  let strtab: Table | null = null
  const strSec = sec && (!seg || sec.offset === seg.offset) ? shdrs[sec.link] : undefined
  if (strSec && strSec.type !== SHT_NOBITS) strtab = sectionRange(v, strSec, '.dynstr')
  else {
    const addr = entries.find(e => e[0] === DT.STRTAB)?.[1]
    const sz = entries.find(e => e[0] === DT.STRSZ)?.[1] ?? v.length
    const off = addr === undefined ? null : addrToOffset(phdrs, addr)
    if (off !== null) strtab = { start: off, end: Math.min(v.length, off + sz) }
  }
  return { entries, strtab }
}

/** Number of dynamic symbols when there are no section headers: from DT_HASH, else DT_GNU_HASH. */
function symbolCount(v: ByteView, phdrs: readonly ProgramHeader[], hash: number | undefined, gnuHash: number | undefined): number {
  const hashOff = hash === undefined ? null : addrToOffset(phdrs, hash)
  if (hashOff !== null) return v.u32(hashOff + 4) // nchain
  const g = gnuHash === undefined ? null : addrToOffset(phdrs, gnuHash)
  if (g === null) return 0
  const nbuckets = v.u32(g)
  const symoffset = v.u32(g + 4)
  const bloomSize = v.u32(g + 8)
  const buckets = g + 16 + bloomSize * (v.is64 ? 8 : 4)
  v.check(buckets, nbuckets * 4, 'DT_GNU_HASH buckets')
  let max = 0
  for (let i = 0; i < nbuckets; i++) max = Math.max(max, v.u32(buckets + i * 4))
  if (max < symoffset) return symoffset
  const chains = buckets + nbuckets * 4
  // Walk the last chain to its end bit; bounded by the file size.
  for (let i = max; chains + (i - symoffset) * 4 + 4 <= v.length; i++) {
    if (v.u32(chains + (i - symoffset) * 4) & 1) return i + 1
  }
  throw new ElfError('TRUNCATED', 'DT_GNU_HASH chain runs past the end of the file')
}

/** GNU_PROPERTY_X86_ISA_1_NEEDED from the NT_GNU_PROPERTY_TYPE_0 note, if any. */
function readIsaNeeded(v: ByteView, phdrs: readonly ProgramHeader[], shdrs: readonly SectionHeader[]): number | null {
  const areas = shdrs.length
    ? shdrs.filter(s => s.type === SHT_NOTE).map(s => ({ start: s.offset, size: s.size, align: s.addralign }))
    : phdrs.filter(p => p.type === PT_NOTE).map(p => ({ start: p.offset, size: p.filesz, align: p.align }))
  const align4 = (n: number, a: number): number => Math.ceil(n / a) * a
  for (const area of areas) {
    v.check(area.start, area.size, 'note')
    const a = area.align === 8 ? 8 : 4
    const end = area.start + area.size
    for (let o = area.start; o + 12 <= end;) {
      const namesz = v.u32(o)
      const descsz = v.u32(o + 4)
      const type = v.u32(o + 8)
      const nameOff = o + 12
      const descOff = nameOff + align4(namesz, 4)
      const next = descOff + align4(descsz, a)
      if (next > end || next <= o) break
      if (type === 5 && namesz === 4 && v.cstr(nameOff, nameOff + 4, 'note name') === 'GNU') {
        const pa = v.is64 ? 8 : 4
        for (let p = descOff; p + 8 <= descOff + descsz;) {
          const prType = v.u32(p)
          const size = v.u32(p + 4)
          if (prType === 0xc0008002 && size === 4) return v.u32(p + 8)
          const step = 8 + align4(size, pa)
          if (p + step <= p) break
          p += step
        }
      }
      o = next
    }
  }
  return null
}

const MACHINES: Record<number, string> = {
  2: 'SPARC',
  3: 'x86',
  8: 'MIPS',
  20: 'PowerPC',
  21: 'PowerPC64',
  22: 'S/390',
  40: 'ARM',
  42: 'SuperH',
  43: 'SPARC V9',
  50: 'IA-64',
  62: 'x86-64',
  183: 'AArch64',
  243: 'RISC-V',
  258: 'LoongArch'
}

/** A short human name for e_machine. */
export function machineName(machine: number): string {
  return MACHINES[machine] ?? `machine ${machine}`
}
