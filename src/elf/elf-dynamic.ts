/**
 * The GNU symbol-versioning tables (`.gnu.version_r`, `.gnu.version_d`, `.gnu.version`) and the
 * dynamic symbol table. Linked lists in these tables are followed with a step budget derived
 * from the table size, so a file whose `next` fields loop cannot hang the reader.
 */
import { ElfError } from './errors.js'
import type { ByteView } from './elf-layout.js'

/** A byte range of the file: [start, end). */
export interface Table {
  start: number
  end: number
}

export interface VersionNeed {
  /** The needed file (vn_file), e.g. `libc.so.6`. */
  file: string
  /** The version names required from it (vna_name), e.g. `GLIBC_2.17`. */
  versions: string[]
}

export type SymbolBind = 'LOCAL' | 'GLOBAL' | 'WEAK' | 'UNIQUE' | 'OTHER'
export type SymbolType = 'NOTYPE' | 'OBJECT' | 'FUNC' | 'SECTION' | 'FILE' | 'COMMON' | 'TLS' | 'IFUNC' | 'OTHER'

export interface ElfSymbol {
  name: string
  bind: SymbolBind
  type: SymbolType
  /** false for undefined (SHN_UNDEF) symbols, i.e. ones this file needs from elsewhere. */
  defined: boolean
  /** The symbol's version name, e.g. `GLIBC_2.2.5`, or null when unversioned. */
  version: string | null
  /** The version is hidden (`@` rather than `@@` in readelf's notation). */
  hidden: boolean
}

const BINDS: Record<number, SymbolBind> = { 0: 'LOCAL', 1: 'GLOBAL', 2: 'WEAK', 10: 'UNIQUE' }
const TYPES: Record<number, SymbolType> = { 0: 'NOTYPE', 1: 'OBJECT', 2: 'FUNC', 3: 'SECTION', 4: 'FILE', 5: 'COMMON', 6: 'TLS', 10: 'IFUNC' }

function walk(table: Table, count: number, entry: number, what: string, step: (off: number) => number): void {
  let off = table.start
  const budget = Math.floor((table.end - table.start) / entry)
  for (let i = 0; i < count; i++) {
    if (i >= budget) throw new ElfError('LOOP', `${what}: more entries than its table can hold`)
    if (off < table.start || off + entry > table.end) throw new ElfError('TRUNCATED', `${what}: entry at ${off} is outside its table`)
    const next = step(off)
    if (next === 0) return
    off += next
  }
}

/** Elf_Verneed / Elf_Vernaux (16 bytes each in both classes). Returns the needs and index → name. */
export function readVersionNeeds(v: ByteView, table: Table, strtab: Table, count: number): { needs: VersionNeed[]; names: Map<number, string> } {
  const needs: VersionNeed[] = []
  const names = new Map<number, string>()
  walk(table, count, 16, '.gnu.version_r', off => {
    const cnt = v.u16(off + 2)
    const file = v.cstr(strtab.start + v.u32(off + 4), strtab.end, 'version need file')
    const versions: string[] = []
    walk({ start: off + v.u32(off + 8), end: table.end }, cnt, 16, '.gnu.version_r aux', aux => {
      const name = v.cstr(strtab.start + v.u32(aux + 8), strtab.end, 'version need name')
      versions.push(name)
      names.set(v.u16(aux + 6) & 0x7fff, name)
      return v.u32(aux + 12)
    })
    needs.push({ file, versions })
    return v.u32(off + 12)
  })
  return { needs, names }
}

/** Elf_Verdef (20 bytes) / Elf_Verdaux (8 bytes). Returns the defined names and index → name. */
export function readVersionDefs(v: ByteView, table: Table, strtab: Table, count: number): { defs: string[]; names: Map<number, string> } {
  const defs: string[] = []
  const names = new Map<number, string>()
  walk(table, count, 20, '.gnu.version_d', off => {
    const ndx = v.u16(off + 4)
    const cnt = v.u16(off + 6)
    if (cnt > 0) {
      const aux = off + v.u32(off + 12)
      if (aux < table.start || aux + 8 > table.end) throw new ElfError('TRUNCATED', '.gnu.version_d aux entry is outside its table')
      const name = v.cstr(strtab.start + v.u32(aux), strtab.end, 'version definition name')
      defs.push(name)
      names.set(ndx & 0x7fff, name)
    }
    return v.u32(off + 16)
  })
  return { defs, names }
}

/** Elf32_Sym (16 bytes) / Elf64_Sym (24 bytes), skipping the null symbol at index 0. */
export function readDynamicSymbols(
  v: ByteView,
  table: Table,
  count: number,
  entsize: number,
  strtab: Table,
  versym: Table | null,
  versionNames: ReadonlyMap<number, string>
): ElfSymbol[] {
  v.check(table.start, count * entsize, '.dynsym')
  if (versym && versym.end - versym.start < count * 2) versym = null
  const out: ElfSymbol[] = []
  for (let i = 1; i < count; i++) {
    const o = table.start + i * entsize
    const nameOff = v.u32(o)
    const info = v.is64 ? v.u8(o + 4) : v.u8(o + 12)
    const shndx = v.is64 ? v.u16(o + 6) : v.u16(o + 14)
    let version: string | null = null
    let hidden = false
    if (versym) {
      const raw = v.u16(versym.start + i * 2)
      hidden = (raw & 0x8000) !== 0
      const idx = raw & 0x7fff
      if (idx > 1) version = versionNames.get(idx) ?? null
    }
    out.push({
      name: nameOff === 0 ? '' : v.cstr(strtab.start + nameOff, strtab.end, 'symbol name'),
      bind: BINDS[info >> 4] ?? 'OTHER',
      type: TYPES[info & 0xf] ?? 'OTHER',
      defined: shndx !== 0,
      version,
      hidden
    })
  }
  return out
}
