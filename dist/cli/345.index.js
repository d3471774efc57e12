export const id = 345;
export const ids = [345];
export const modules = {

/***/ 90511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ showName),
/* harmony export */   d: () => (/* binding */ ArchiveError)
/* harmony export */ });
/** The typed error of the archive readers: what is wrong, and which member (when one is to blame). */
class ArchiveError extends Error {
    code;
    member;
    name = 'ArchiveError';
    constructor(code, message, 
    /** The member at fault, as the archive names it; null for the archive as a whole. */
    member = null) {
        super(message);
        this.code = code;
        this.member = member;
    }
}
/** A member name as it is safe to print: quoted, control characters (NUL) escaped. */
function showName(name) {
    return JSON.stringify(name);
}


/***/ }),

/***/ 91818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ extractZipEntry),
/* harmony export */   m: () => (/* binding */ readZipEntryHead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90511);
/**
 * Members of an open zip streamed from its byte range through inflate, never whole in memory: a
 * counter stops a member the moment it passes its declared size (which the directory check held
 * within the limits), and the CRC-32 is checked as the bytes go by. Members of at most 1 MiB,
 * packed and unpacked, are read in one call instead (as bounded, and without a stream's overhead).
 */





/**
 * The archive's descriptor, shared by every member's stream: a stream that is destroyed (a member
 * refused, a head read) closes its descriptor even with autoClose off, so here closing is left to
 * ZipFile.close().
 */
const sharedFd = { read: node_fs__WEBPACK_IMPORTED_MODULE_0__.read, close: (_fd, done) => done(null) };
const SMALL = 1024 ** 2;
const isSmall = (e) => e.size <= SMALL && e.compressedSize <= SMALL;
/** Chunk sizes: large for a whole member, small for a head (less inflated in vain). */
const WHOLE = 256 * 1024;
const HEAD = 16 * 1024;
/** The stages from the member's compressed bytes to checked, inflated bytes. */
function stages(zip, e, chunk) {
    const end = e.dataOffset + e.compressedSize - 1;
    const raw = e.compressedSize === 0
        ? node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([])
        : node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream(zip.path, { fd: zip.fd, fs: sharedFd, autoClose: false, start: e.dataOffset, end, highWaterMark: chunk });
    return e.method === 8 ? [raw, node_zlib__WEBPACK_IMPORTED_MODULE_3__.createInflateRaw({ chunkSize: chunk }), guard(zip, e)] : [raw, guard(zip, e)];
}
function guard(zip, e) {
    const who = `member ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .showName */ .$)(e.name)}`;
    let count = 0;
    let crc = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _enc, done) {
            count += chunk.length;
            if (count > zip.limits.maxMemberSize)
                return done(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArchiveError */ .d('TOO_LARGE', `${who} inflates past the limit of ${zip.limits.maxMemberSize} bytes`, e.name));
            if (count > e.size)
                return done(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArchiveError */ .d('CORRUPT', `${who} inflates past its declared ${e.size} bytes`, e.name));
            crc = node_zlib__WEBPACK_IMPORTED_MODULE_3__.crc32(chunk, crc);
            done(null, chunk);
        },
        flush(done) {
            if (count !== e.size)
                return done(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArchiveError */ .d('CORRUPT', `${who} inflates to ${count} bytes, not its declared ${e.size}`, e.name));
            if (crc !== e.crc32)
                return done(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArchiveError */ .d('CORRUPT', `${who} fails its CRC-32 check`, e.name));
            done();
        }
    });
}
/** zlib's errors (bad deflate data, a stream cut short) as ArchiveError; others unchanged. */
function typed(err, e) {
    const code = err.code;
    if (typeof code === 'string' && code.startsWith('Z_'))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArchiveError */ .d('CORRUPT', `cannot inflate member ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .showName */ .$)(e.name)}: ${err.message}`, e.name);
    return err;
}
/** Write one member to `dest`, which must not exist yet, with permission bits `mode`. */
async function extractZipEntry(zip, e, dest, mode = 0o644) {
    if (isSmall(e))
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(dest, zip.read(e), { flag: 'wx', mode });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)([...stages(zip, e, WHOLE), node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream(dest, { flags: 'wx', mode })]);
    }
    catch (err) {
        throw typed(err, e);
    }
}
/** The first `n` bytes of a member (all of it when shorter, then checked), inflating no more than it takes. */
async function readZipEntryHead(zip, e, n) {
    if (isSmall(e))
        return zip.read(e).subarray(0, n);
    const chunks = [];
    let got = 0;
    const enough = new Error('enough bytes read');
    const sink = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Writable({
        write(chunk, _enc, done) {
            chunks.push(chunk);
            got += chunk.length;
            done(got >= n ? enough : null);
        }
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)([...stages(zip, e, HEAD), sink]);
    }
    catch (err) {
        if (err !== enough)
            throw typed(err, e);
    }
    return Buffer.concat(chunks).subarray(0, n);
}


/***/ }),

/***/ 70088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QH: () => (/* binding */ openZip),
  zy: () => (/* reexport */ writeZip)
});

// UNUSED EXPORTS: DEFAULT_ZIP_LIMITS, peekZipEntry, readZipEntries, readZipEntry

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/archive/errors.ts
var errors = __webpack_require__(90511);
;// CONCATENATED MODULE: ./src/archive/names.ts
/**
 * Member names that can be written under a directory without leaving it or colliding: relative,
 * made of plain components (no empty, `.` or `..` one, no NUL, none over 255 bytes), each name
 * once, and no member that is a file and also the parent of another.
 */

/** Why a name cannot be extracted as it is, or null when it can. */
function badNameReason(name, isDirectory) {
    if (name === '' || name === '/')
        return 'an empty name';
    if (name.includes('\0'))
        return 'a NUL byte in the name';
    if (name.startsWith('/'))
        return 'an absolute name';
    const parts = (isDirectory && name.endsWith('/') ? name.slice(0, -1) : name).split('/');
    if (parts.includes('..'))
        return 'a `..` component, which would leave the extraction directory';
    if (parts.includes('.'))
        return 'a `.` component';
    if (parts.includes(''))
        return 'an empty component (`//` or a trailing `/` on a file)';
    if (parts.some(p => Buffer.byteLength(p) > 255))
        return 'a component longer than 255 bytes';
    return null;
}
/** Throw ArchiveError (BAD_NAME, DUPLICATE or CONFLICT) for the first member that cannot be extracted beside the others. */
function checkMemberNames(members) {
    const kinds = new Map();
    for (const m of members) {
        const why = badNameReason(m.name, m.isDirectory);
        if (why)
            throw new errors/* ArchiveError */.d('BAD_NAME', `member ${(0,errors/* showName */.$)(m.name)} has ${why}`, m.name);
        const key = m.isDirectory ? m.name.slice(0, -1) : m.name;
        const seen = kinds.get(key)?.isDirectory;
        if (seen === m.isDirectory)
            throw new errors/* ArchiveError */.d('DUPLICATE', `member ${(0,errors/* showName */.$)(m.name)} appears twice`, m.name);
        if (seen !== undefined)
            throw new errors/* ArchiveError */.d('CONFLICT', `member ${(0,errors/* showName */.$)(m.name)} is both a file and a directory`, m.name);
        kinds.set(key, m);
    }
    for (const [key, m] of kinds) {
        for (let i = key.indexOf('/'); i >= 0; i = key.indexOf('/', i + 1)) {
            const parent = key.slice(0, i);
            if (kinds.get(parent)?.isDirectory === false)
                throw new errors/* ArchiveError */.d('CONFLICT', `member ${(0,errors/* showName */.$)(m.name)} lies under ${(0,errors/* showName */.$)(parent)}, which is a file`, m.name);
        }
    }
}

;// CONCATENATED MODULE: ./src/archive/zip-directory.ts
/**
 * The central directory of a zip, read and checked before a byte is inflated: names (names.ts),
 * declared sizes and ratios against the limits, member data that overlap each other or the
 * central directory, encryption, unknown methods, links and other special members. Bytes come
 * from a Source: the archive in memory, or an open file read by offset.
 */



/** A central directory past this size is refused before it is read (about 500,000 members). */
const MAX_DIRECTORY = 64 * 1024 ** 2;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOC64 = 0x07064b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;
const S_IFMT = 0o170000;
function truncated(what, offset, size) {
    return new errors/* ArchiveError */.d('TRUNCATED', `zip is truncated: ${what} at ${offset} runs past the end (${size} bytes)`);
}
function zip_directory_bufferSource(buf) {
    return {
        size: buf.length,
        read(offset, length, what) {
            if (offset < 0 || offset + length > buf.length)
                throw truncated(what, offset, buf.length);
            return buf.subarray(offset, offset + length);
        }
    };
}
function fileSource(fd, size) {
    return {
        size,
        read(offset, length, what) {
            if (offset < 0 || offset + length > size)
                throw truncated(what, offset, size);
            const out = Buffer.allocUnsafe(length);
            for (let got = 0; got < length;) {
                const n = external_node_fs_.readSync(fd, out, got, length - got, offset + got);
                if (n === 0)
                    throw truncated(what, offset, size);
                got += n;
            }
            return out;
        }
    };
}
function u64(buf, off) {
    const v = buf.readBigUInt64LE(off);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
        throw new errors/* ArchiveError */.d('UNSUPPORTED', 'zip64 value too large');
    return Number(v);
}
function dosToDate(time, date) {
    return new Date(Date.UTC(((date >> 9) & 0x7f) + 1980, ((date >> 5) & 0xf) - 1, date & 0x1f, (time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2));
}
/** Where the central directory is and how many entries it holds. */
function findDirectory(src) {
    if (src.size < 22)
        throw new errors/* ArchiveError */.d('NOT_ZIP', 'not a zip file (shorter than an end of central directory record)');
    const tailStart = Math.max(0, src.size - 22 - 0xffff);
    const tail = src.read(tailStart, src.size - tailStart, 'end of central directory');
    let at = -1;
    for (let i = tail.length - 22; i >= 0 && at < 0; i--)
        if (tail.readUInt32LE(i) === SIG_EOCD)
            at = i;
    if (at < 0)
        throw new errors/* ArchiveError */.d('NOT_ZIP', 'not a zip file (no end of central directory record)');
    const d = { count: tail.readUInt16LE(at + 10), size: tail.readUInt32LE(at + 12), offset: tail.readUInt32LE(at + 16), end: tailStart + at };
    if ((d.count === 0xffff || d.size === 0xffffffff || d.offset === 0xffffffff) && d.end >= 20) {
        const loc = src.read(d.end - 20, 20, 'zip64 locator');
        if (loc.readUInt32LE(0) === SIG_LOC64) {
            const recAt = u64(loc, 8);
            const rec = src.read(recAt, 56, 'zip64 end of central directory');
            if (rec.readUInt32LE(0) !== SIG_EOCD64 || recAt > d.end - 20)
                throw new errors/* ArchiveError */.d('CORRUPT', 'bad zip64 end of central directory record');
            Object.assign(d, { count: u64(rec, 32), size: u64(rec, 40), offset: u64(rec, 48), end: recAt });
        }
    }
    if (d.offset + d.size > d.end)
        throw truncated('central directory', d.offset, src.size);
    if (d.size > MAX_DIRECTORY)
        throw new errors/* ArchiveError */.d('TOO_LARGE', `central directory of ${d.size} bytes is past the limit of ${MAX_DIRECTORY}`);
    return d;
}
/** One central directory entry at `p` of `cd`; its length. */
function parseEntry(cd, p, i) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG_CEN)
        throw new errors/* ArchiveError */.d('CORRUPT', `bad central directory entry ${i}`);
    const madeBy = cd.readUInt16LE(p + 4) >> 8;
    const flags = cd.readUInt16LE(p + 8);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraEnd = p + 46 + nameLen + cd.readUInt16LE(p + 30);
    const length = extraEnd - p + cd.readUInt16LE(p + 32);
    if (p + length > cd.length)
        throw new errors/* ArchiveError */.d('CORRUPT', `central directory entry ${i} runs past the directory`);
    const rawName = cd.subarray(p + 46, p + 46 + nameLen);
    const name = rawName.toString(flags & 0x800 ? 'utf8' : 'latin1');
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    for (let e = p + 46 + nameLen; e + 4 <= extraEnd; e += 4 + cd.readUInt16LE(e + 2)) {
        if (cd.readUInt16LE(e) !== 0x0001)
            continue;
        let q = e + 4;
        const end = Math.min(q + cd.readUInt16LE(e + 2), extraEnd);
        const next = () => {
            if (q + 8 > end)
                throw new errors/* ArchiveError */.d('CORRUPT', `member ${(0,errors/* showName */.$)(name)}: zip64 extra field is too short`, name);
            q += 8;
            return u64(cd, q - 8);
        };
        if (size === 0xffffffff)
            size = next();
        if (compressedSize === 0xffffffff)
            compressedSize = next();
        if (localHeaderOffset === 0xffffffff)
            localHeaderOffset = next();
    }
    const external = cd.readUInt32LE(p + 38);
    const entry = {
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
    };
    return { entry, length, rawName, flags };
}
/** Refuse what one member cannot be, by its central directory entry alone. */
function checkEntry(e, flags, limits) {
    const who = `member ${(0,errors/* showName */.$)(e.name)}`;
    const type = e.mode & S_IFMT;
    if (type === 0o120000)
        throw new errors/* ArchiveError */.d('LINK', `${who} is a symbolic link; links are not allowed in this archive (a wheel cannot install one)`, e.name);
    if (type !== 0 && type !== 0o100000 && type !== 0o040000)
        throw new errors/* ArchiveError */.d('SPECIAL', `${who} is not a regular file or directory (mode ${type.toString(8)})`, e.name);
    if (flags & 0x1)
        throw new errors/* ArchiveError */.d('UNSUPPORTED', `${who} is encrypted`, e.name);
    if (e.method !== 0 && e.method !== 8)
        throw new errors/* ArchiveError */.d('UNSUPPORTED', `${who}: unsupported compression method ${e.method}`, e.name);
    if (e.method === 0 && e.compressedSize !== e.size)
        throw new errors/* ArchiveError */.d('CORRUPT', `${who} is stored, yet its sizes differ`, e.name);
    if (e.size > limits.maxMemberSize)
        throw new errors/* ArchiveError */.d('TOO_LARGE', `${who} inflates to ${e.size} bytes, past the limit of ${limits.maxMemberSize}`, e.name);
    if (e.size > limits.ratioExemptSize && e.size > limits.maxRatio * e.compressedSize) {
        throw new errors/* ArchiveError */.d('RATIO', `${who} inflates ${e.compressedSize} bytes to ${e.size}, past the ratio limit of ${limits.maxRatio}:1`, e.name);
    }
}
/** Locate each member's data and refuse data that run past the end, into the directory, or into each other. */
function placeData(src, e, rawName, directoryOffset) {
    const who = `member ${(0,errors/* showName */.$)(e.name)}`;
    const head = src.read(e.localHeaderOffset, 30, `local header of ${who}`);
    if (head.readUInt32LE(0) !== SIG_LOC)
        throw new errors/* ArchiveError */.d('CORRUPT', `bad local header for ${who}`, e.name);
    const nameLen = head.readUInt16LE(26);
    if (!src.read(e.localHeaderOffset + 30, nameLen, `local header of ${who}`).equals(rawName)) {
        throw new errors/* ArchiveError */.d('CORRUPT', `the local header of ${who} names another member`, e.name);
    }
    e.dataOffset = e.localHeaderOffset + 30 + nameLen + head.readUInt16LE(28);
    const end = e.dataOffset + e.compressedSize;
    if (end > src.size)
        throw truncated(`data of ${who}`, e.dataOffset, src.size);
    if (end > directoryOffset)
        throw new errors/* ArchiveError */.d('OVERLAP', `the data of ${who} run into the central directory`, e.name);
    return [e.localHeaderOffset, end];
}
function zip_directory_readDirectory(src, limits) {
    const d = findDirectory(src);
    const cd = src.read(d.offset, d.size, 'central directory');
    const parsed = [];
    for (let i = 0, p = 0; i < d.count; i++) {
        const one = parseEntry(cd, p, i);
        parsed.push(one);
        p += one.length;
    }
    const entries = parsed.map(x => x.entry);
    checkMemberNames(entries);
    let total = 0;
    for (const { entry, flags } of parsed) {
        checkEntry(entry, flags, limits);
        total += entry.size;
        if (total > limits.maxTotalSize)
            throw new errors/* ArchiveError */.d('TOO_LARGE', `the members up to ${(0,errors/* showName */.$)(entry.name)} inflate to ${total} bytes, past the limit of ${limits.maxTotalSize} for the archive`, entry.name);
    }
    const ranges = parsed.map(({ entry, rawName }) => ({ entry, range: placeData(src, entry, rawName, d.offset) }));
    ranges.sort((a, b) => a.range[0] - b.range[0]);
    for (let i = 1; i < ranges.length; i++) {
        const [prev, cur] = [ranges[i - 1], ranges[i]];
        if (cur.range[0] < prev.range[1])
            throw new errors/* ArchiveError */.d('OVERLAP', `the data of member ${(0,errors/* showName */.$)(cur.entry.name)} overlap those of ${(0,errors/* showName */.$)(prev.entry.name)}`, cur.entry.name);
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/archive/zip-write.ts
/**
 * The zip writer: members in the order given, deflated (directories stored; everything with level 0), Unix modes in the
 * external attributes, one DOS date (UTC) for all, so equal input gives equal bytes.
 */



const zip_write_SIG_EOCD = 0x06054b50;
const zip_write_SIG_CEN = 0x02014b50;
const zip_write_SIG_LOC = 0x04034b50;
/** DOS date and time fields of a moment, in UTC (zip has no time zone), within 1980-2107. */
function dosFields(d) {
    const t = Math.min(Math.max(d.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58));
    const u = new Date(t);
    return {
        time: (u.getUTCHours() << 11) | (u.getUTCMinutes() << 5) | (u.getUTCSeconds() >> 1),
        date: ((u.getUTCFullYear() - 1980) << 9) | ((u.getUTCMonth() + 1) << 5) | u.getUTCDate()
    };
}
/**
 * Write a zip: members in the order given, deflated (directories stored), one date for all. Names the
 * reader would refuse are refused here. Level 0 stores every member uncompressed (a `.conda` package).
 */
function writeZip(entries, date, level = 6) {
    if (entries.length > 0xfffe)
        throw new errors/* ArchiveError */.d('UNSUPPORTED', 'writing more than 65534 members is not supported');
    checkMemberNames(entries.map(e => ({ name: e.name, isDirectory: e.name.endsWith('/') })));
    const { time, date: day } = dosFields(date);
    const locals = [];
    const central = [];
    let offset = 0;
    for (const e of entries) {
        const isDir = e.name.endsWith('/');
        const name = Buffer.from(e.name, 'utf8');
        const stored = isDir || level === 0;
        const data = isDir ? Buffer.alloc(0) : stored ? Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength) : external_node_zlib_.deflateRawSync(e.data, { level });
        const crc = isDir ? 0 : external_node_zlib_.crc32(e.data);
        const size = isDir ? 0 : e.data.length;
        if (offset > 0xfffffffe || data.length > 0xfffffffe || size > 0xfffffffe)
            throw new errors/* ArchiveError */.d('UNSUPPORTED', 'writing archives over 4 GiB is not supported');
        const flags = /[^\x20-\x7e]/.test(e.name) ? 0x800 : 0;
        const method = stored ? 0 : 8;
        const loc = Buffer.alloc(30);
        loc.writeUInt32LE(zip_write_SIG_LOC, 0);
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
        cen.writeUInt32LE(zip_write_SIG_CEN, 0);
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
    if (offset > 0xfffffffe)
        throw new errors/* ArchiveError */.d('UNSUPPORTED', 'writing archives over 4 GiB is not supported');
    const cd = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(zip_write_SIG_EOCD, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, cd, end]);
}

;// CONCATENATED MODULE: ./src/archive/zip.ts
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





/**
 * The hard bounds are the sizes: the largest published wheels (CUDA builds) hold members near
 * 1 GiB and inflate to a few GiB, so 2 GiB a member and 8 GiB in all leave them room and still fit
 * a hosted runner's free disk; members stream, so memory is never the bound. The ratio is a
 * tripwire for the plain bomb: deflate cannot pass about 1032:1, constant runs reach it at the
 * usual levels (1029:1), while real members compress 2-5:1 (ELF) to a few hundred to one
 * (periodic tables); 1000:1 past 1 MiB refuses the first and never the others.
 */
const DEFAULT_ZIP_LIMITS = Object.freeze({
    maxMemberSize: 2 * 1024 ** 3,
    maxTotalSize: 8 * 1024 ** 3,
    maxRatio: 1000,
    ratioExemptSize: 1024 ** 2
});
const withDefaults = (limits = {}) => ({ ...DEFAULT_ZIP_LIMITS, ...limits });
/** The checked central directory of a zip held in memory. */
function readZipEntries(buf, limits) {
    return readDirectory(bufferSource(buf), withDefaults(limits));
}
/** A member's compressed bytes inflated in one call, no further than its declared size, and checked. */
function inflateChecked(raw, e) {
    let data = raw;
    if (e.method === 8) {
        try {
            data = external_node_zlib_.inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) });
        }
        catch (err) {
            throw new errors/* ArchiveError */.d('CORRUPT', `cannot inflate member ${(0,errors/* showName */.$)(e.name)} to its declared ${e.size} bytes: ${err.message}`, e.name);
        }
    }
    if (data.length !== e.size || external_node_zlib_.crc32(data) !== e.crc32)
        throw new errors/* ArchiveError */.d('CORRUPT', `member ${(0,errors/* showName */.$)(e.name)}: size or CRC-32 does not match the central directory`, e.name);
    return data;
}
/** The bytes of one member of a zip held in memory, inflated no further than its declared size, CRC-checked. */
function readZipEntry(buf, e) {
    return inflateChecked(bufferSource(buf).read(e.dataOffset, e.compressedSize, `data of member ${showName(e.name)}`), e);
}
/** The first `n` bytes of a member held in memory, unchecked (for sniffing file types), inflating at most 64 KiB of its data. */
function peekZipEntry(buf, e, n) {
    const raw = bufferSource(buf).read(e.dataOffset, e.compressedSize, `data of member ${showName(e.name)}`);
    if (e.method === 0)
        return raw.subarray(0, n);
    for (let take = 512;; take *= 8) {
        let out;
        try {
            out = zlib.inflateRawSync(raw.subarray(0, take), { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, e.size) });
        }
        catch (err) {
            throw new ArchiveError('CORRUPT', `cannot inflate member ${showName(e.name)}: ${err.message}`, e.name);
        }
        if (out.length >= n || take >= raw.length)
            return out.subarray(0, n);
        if (take >= 65536)
            throw new ArchiveError('CORRUPT', `member ${showName(e.name)} gives no data in its first ${take} bytes`, e.name);
    }
}
function openZip(file, limits) {
    let fd;
    try {
        fd = external_node_fs_.openSync(file, 'r');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            throw new errors/* ArchiveError */.d('NOT_FOUND', `not found: ${file}`);
        throw err;
    }
    let open = true;
    const close = () => {
        if (open)
            external_node_fs_.closeSync(fd);
        open = false;
    };
    try {
        const st = external_node_fs_.fstatSync(fd);
        if (!st.isFile())
            throw new errors/* ArchiveError */.d('NOT_ZIP', `${file} is not a regular file`);
        const all = withDefaults(limits);
        const src = fileSource(fd, st.size);
        const read = (e) => inflateChecked(src.read(e.dataOffset, e.compressedSize, `data of member ${(0,errors/* showName */.$)(e.name)}`), e);
        return { path: file, fd, size: st.size, entries: zip_directory_readDirectory(src, all), limits: all, read, close };
    }
    catch (err) {
        close();
        throw err;
    }
}


/***/ })

};
