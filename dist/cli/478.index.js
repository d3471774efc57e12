export const id = 478;
export const ids = [478,506];
export const modules = {

/***/ 29661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ extractTarTracked),
/* harmony export */   eg: () => (/* binding */ memberName),
/* harmony export */   mt: () => (/* binding */ TarError),
/* harmony export */   nG: () => (/* binding */ packTar),
/* harmony export */   nN: () => (/* binding */ extractTar),
/* harmony export */   tA: () => (/* binding */ linkStaysInside)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAR_LIMITS, detectCompression, removeCreated */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98697);
/**
 * Tar archives as untrusted input, read by their headers (node-tar's parser), never by parsing a
 * listing. Extraction writes only regular files, directories and symlinks that stay inside the
 * destination; hard links inside become copies; devices, FIFOs, sparse files, names that escape
 * and links out are refused; sizes and counts are capped. On any problem everything the call
 * created is removed again and a TarError names the member. Compression (gzip, zstd, bzip2, xz)
 * is recognised by its magic bytes.
 *
 * Writing is reproducible: members in the order given (callers sort), owners zeroed, one mtime,
 * modes reduced to 0644/0755.
 */








class TarError extends Error {
    archive;
    member;
    name = 'TarError';
    constructor(archive, message, 
    /** The member at fault, when one is. */
    member) {
        super(`${archive}: ${member !== undefined ? `member '${printable(member)}': ` : ''}${message}`);
        this.archive = archive;
        this.member = member;
    }
}
function printable(name) {
    return name.replace(/[\0-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
const DEFAULT_TAR_LIMITS = {
    maxMembers: 1_000_000,
    maxFileBytes: 8 * 1024 ** 3,
    maxTotalBytes: 32 * 1024 ** 3
};
/** Which compression a file starts with. */
function detectCompression(head) {
    const b = Buffer.from(head);
    if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b)
        return 'gzip';
    if (b.length >= 4 && b.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    if (b.length >= 3 && b.toString('latin1', 0, 3) === 'BZh')
        return 'bzip2';
    if (b.length >= 6 && b.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])))
        return 'xz';
    return 'none';
}
/**
 * A normalised member name, or a reason it is refused: empty, NUL, absolute, `..` anywhere,
 * or nothing left after removing `.` parts.
 */
function memberName(raw) {
    if (raw.includes('\0'))
        return { refused: 'its name holds a NUL byte' };
    if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw))
        return { refused: 'its name is an absolute path' };
    const parts = raw.split('/').filter(p => p !== '' && p !== '.');
    if (parts.includes('..'))
        return { refused: "its name holds '..'" };
    if (parts.length === 0)
        return { refused: 'its name is empty' };
    return { name: parts.join('/') };
}
/** Does a symlink at `name` pointing at `target` stay inside the tree? */
function linkStaysInside(name, target) {
    if (target === '' || target.includes('\0') || target.startsWith('/'))
        return false;
    let depth = name.split('/').length - 1;
    for (const part of target.split('/')) {
        if (part === '..')
            depth--;
        else if (part !== '.' && part !== '')
            depth++;
        if (depth < 0)
            return false;
    }
    return true;
}
function inflateInProcess(archive, z) {
    const raw = node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream(archive, { highWaterMark: CHUNK });
    raw.on('error', e => z.destroy(e));
    return { stream: raw.pipe(z), done: async () => { } };
}
const found = new Map();
/** Is `name` a program on PATH? */
async function hasProgram(name) {
    let yes = found.get(name);
    if (yes === undefined) {
        yes = (process.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter).some(d => {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_2__.accessSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(d, name), node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.X_OK);
                return true;
            }
            catch {
                return false;
            }
        });
        found.set(name, yes);
    }
    return yes;
}
/** Read and inflate in large chunks: far fewer writes and callbacks than the 16 KiB defaults. */
const CHUNK = 1 << 20;
async function openDecompressed(archive) {
    const fd = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.open(archive, 'r');
    const head = Buffer.alloc(8);
    const { bytesRead } = await fd.read(head, 0, 8, 0);
    await fd.close();
    const kind = detectCompression(head.subarray(0, bytesRead));
    if (kind === 'none')
        return { stream: node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream(archive, { highWaterMark: CHUNK }), done: async () => { } };
    if (kind === 'gzip')
        return inflateInProcess(archive, node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGunzip({ chunkSize: CHUNK }));
    // zstd, bzip2, xz: the system's decompressor on another core when it is there (argv only,
    // the file on stdin); zstd falls back to Node's own zlib
    const argv = kind === 'zstd' ? ['zstd', '-dc'] : kind === 'bzip2' ? ['bzip2', '-dc'] : ['xz', '-dc'];
    if (kind === 'zstd' && !(await hasProgram('zstd')))
        return inflateInProcess(archive, node_zlib__WEBPACK_IMPORTED_MODULE_6__.createZstdDecompress({ chunkSize: CHUNK }));
    const raw = node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream(archive, { highWaterMark: CHUNK });
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr = [];
    child.stderr.on('data', (b) => stderr.push(b));
    const exited = new Promise((resolve, reject) => {
        child.on('error', e => reject(new TarError(archive, `${argv[0]} could not start (${e.message}); install it to read ${kind} archives`)));
        child.on('close', code => resolve(code ?? 1));
    });
    raw.pipe(child.stdin);
    child.stdin.on('error', () => { }); // the child may stop reading early; its exit code tells
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_4__.PassThrough({ highWaterMark: CHUNK });
    child.stdout.pipe(out);
    exited.catch(e => out.destroy(e));
    return {
        stream: out,
        done: async () => {
            const code = await exited;
            if (code !== 0)
                throw new TarError(archive, `${argv.join(' ')} failed (exit ${code}): ${Buffer.concat(stderr).toString().trim()}`);
        }
    };
}
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
/**
 * Extract `archive` into `dest` (created if missing). Returns the members written, files with
 * their sha256. Existing files at a member's path are replaced; nothing outside `dest` is ever
 * touched, also not through a symlink already in `dest`.
 */
async function extractTar(archive, dest, opts = {}) {
    return (await extractTarTracked(archive, dest, opts)).members;
}
/** extractTar, also telling what it created (to move or remove it afterwards). */
async function extractTarTracked(archive, dest, opts = {}) {
    const limits = { ...DEFAULT_TAR_LIMITS, ...opts.limits };
    node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync(dest, { recursive: true });
    const root = node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync(dest);
    const created = []; // absolute paths, in creation order, removed on failure
    const members = [];
    const byName = new Map();
    let total = 0;
    let failure;
    const fail = (message, member) => {
        failure ??= new TarError(archive, message, member);
    };
    /** Make the parent folders of rel, refusing to pass through a symlink or a non-folder. */
    const ensureParents = (rel) => {
        const parts = rel.split('/').slice(0, -1);
        let cur = root;
        for (const p of parts) {
            cur = node_path__WEBPACK_IMPORTED_MODULE_3__.join(cur, p);
            let st;
            try {
                st = node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(cur);
            }
            catch {
                node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync(cur, { mode: 0o755 });
                created.push(cur);
                continue;
            }
            if (st.isSymbolicLink())
                throw new TarError(archive, `its folder '${node_path__WEBPACK_IMPORTED_MODULE_3__.relative(root, cur)}' is a symlink; refusing to write through it`, rel);
            if (!st.isDirectory())
                throw new TarError(archive, `its folder '${node_path__WEBPACK_IMPORTED_MODULE_3__.relative(root, cur)}' is a file`, rel);
        }
    };
    /** Remove whatever sits at abs (not a folder with content) so a member can take its place. */
    const clearPlace = (abs, rel, type) => {
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(abs);
        }
        catch {
            return false;
        }
        if (st.isDirectory() && !st.isSymbolicLink()) {
            if (type === 'dir')
                return true;
            throw new TarError(archive, 'a folder already stands at its path', rel);
        }
        node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync(abs, { force: true });
        return false;
    };
    const onEntry = (entry) => {
        if (failure)
            return void entry.resume();
        try {
            if (members.length >= limits.maxMembers)
                throw new TarError(archive, `more than ${limits.maxMembers} members`);
            const n = memberName(entry.path);
            if ('refused' in n)
                throw new TarError(archive, `refused: ${n.refused}`, entry.path);
            const rel = n.name;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, rel);
            const mode = (entry.mode ?? 0o644) & 0o111 ? 0o755 : 0o644;
            if (byName.has(rel) && entry.type !== 'Directory')
                throw new TarError(archive, 'it appears twice', rel);
            if (entry.type === 'Directory') {
                ensureParents(rel);
                if (!clearPlace(abs, rel, 'dir')) {
                    node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync(abs, { mode: 0o755 });
                    created.push(abs);
                }
                const m = { path: rel, type: 'dir', mode: 0o755, size: 0 };
                members.push(m);
                byName.set(rel, m);
                entry.resume();
                return;
            }
            if (entry.type === 'SymbolicLink') {
                const target = entry.linkpath ?? '';
                if (!linkStaysInside(rel, target))
                    throw new TarError(archive, `a symlink pointing outside the tree ('${printable(target)}')`, rel);
                ensureParents(rel);
                clearPlace(abs, rel, 'symlink');
                node_fs__WEBPACK_IMPORTED_MODULE_2__.symlinkSync(target, abs);
                created.push(abs);
                const m = { path: rel, type: 'symlink', mode: 0o777, size: 0, target };
                members.push(m);
                byName.set(rel, m);
                entry.resume();
                return;
            }
            if (entry.type === 'Link') {
                const t = memberName(entry.linkpath ?? '');
                const source = 'name' in t ? byName.get(t.name) : undefined;
                if (!source || source.type !== 'file')
                    throw new TarError(archive, `a hard link to '${printable(entry.linkpath ?? '')}', which is not a file earlier in the archive`, rel);
                total += source.size;
                if (total > limits.maxTotalBytes)
                    throw new TarError(archive, `the files pass the limit of ${limits.maxTotalBytes} bytes in all`, rel);
                ensureParents(rel);
                clearPlace(abs, rel, 'file');
                node_fs__WEBPACK_IMPORTED_MODULE_2__.copyFileSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, source.path), abs);
                created.push(abs);
                const m = { ...source, path: rel };
                members.push(m);
                byName.set(rel, m);
                entry.resume();
                return;
            }
            if (!FILE_TYPES.has(entry.type)) {
                const what = {
                    CharacterDevice: 'a character device',
                    BlockDevice: 'a block device',
                    FIFO: 'a FIFO',
                    SparseFile: 'a sparse file'
                };
                throw new TarError(archive, `refused: ${what[entry.type] ?? `an entry of type ${entry.type}`}; only files, folders and symlinks are accepted`, rel);
            }
            const size = entry.size ?? 0;
            if (size > limits.maxFileBytes)
                throw new TarError(archive, `${size} bytes passes the limit of ${limits.maxFileBytes} per file`, rel);
            if (total + size > limits.maxTotalBytes)
                throw new TarError(archive, `the files pass the limit of ${limits.maxTotalBytes} bytes in all`, rel);
            total += size;
            ensureParents(rel);
            clearPlace(abs, rel, 'file');
            const fd = node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(abs, 'wx', mode);
            created.push(abs);
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
            let written = 0;
            entry.on('data', (chunk) => {
                if (failure)
                    return;
                try {
                    written += chunk.length;
                    if (written > size)
                        throw new TarError(archive, 'more data than its header declares', rel);
                    hash.update(chunk);
                    node_fs__WEBPACK_IMPORTED_MODULE_2__.writeSync(fd, chunk);
                }
                catch (e) {
                    fail(e instanceof Error ? e.message : String(e), rel);
                }
            });
            entry.on('end', () => {
                node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(fd);
                if (failure)
                    return;
                if (written !== size)
                    return fail(`${written} bytes where its header declares ${size}`, rel);
                node_fs__WEBPACK_IMPORTED_MODULE_2__.chmodSync(abs, mode); // the umask may have narrowed it
                const m = { path: rel, type: 'file', mode, size, sha256: hash.digest('hex') };
                members.push(m);
                byName.set(rel, m);
            });
        }
        catch (e) {
            if (e instanceof TarError)
                failure ??= e;
            else
                fail(e instanceof Error ? e.message : String(e), entry.path);
            entry.resume();
        }
    };
    const { stream, done } = await openDecompressed(archive);
    const parser = new tar__WEBPACK_IMPORTED_MODULE_7__/* .Parser */ .iX({ strict: true, onReadEntry: onEntry });
    // A tar of nothing but zero blocks (an empty archive as tar writes it) is not an error of its own
    // (node-tar's strict mode calls it TAR_BAD_ARCHIVE); whether empty is accepted is decided below.
    // node-tar's errors carry the header of the entry at fault: its name goes into the message.
    let allZero = true;
    const unreadable = (e) => {
        if (e.code === 'TAR_BAD_ARCHIVE' && allZero && members.length === 0)
            return;
        fail(`unreadable tar (${e.message})`, e.header?.path);
    };
    parser.on('warn', (code, message, data) => unreadable(Object.assign(new Error(`${code}: ${message instanceof Error ? message.message : message}`), { code, header: data?.header })));
    parser.on('error', unreadable);
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(stream, new node_stream__WEBPACK_IMPORTED_MODULE_4__.Writable({
            write(chunk, _enc, cb) {
                if (failure)
                    return cb();
                if (allZero && chunk.some(b => b !== 0))
                    allZero = false;
                if (parser.write(chunk))
                    cb();
                else
                    parser.once('drain', () => cb());
            },
            final(cb) {
                parser.end(() => cb());
            }
        }));
        await done();
    }
    catch (e) {
        if (e instanceof TarError)
            failure ??= e;
        else
            fail(`unreadable (${e instanceof Error ? e.message : String(e)})`);
    }
    if (!failure && members.length === 0 && !opts.allowEmpty)
        fail('an empty archive');
    if (failure) {
        removeCreated(created);
        throw failure;
    }
    return { members, created };
}
/** Remove what an extraction created: files and links first, then folders that are empty. */
function removeCreated(created) {
    for (const abs of [...created].reverse()) {
        try {
            const st = node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(abs);
            if (st.isDirectory())
                node_fs__WEBPACK_IMPORTED_MODULE_2__.rmdirSync(abs);
            else
                node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync(abs, { force: true });
        }
        catch {
            // already gone, or a folder that still holds files not ours
        }
    }
}
function headerBlocks(data) {
    const fields = { ...data, uid: 0, gid: 0, uname: '', gname: '' };
    const h = new tar__WEBPACK_IMPORTED_MODULE_7__/* .Header */ .Y9(fields);
    h.encode();
    const blocks = [];
    if (h.needPax)
        blocks.push(new tar__WEBPACK_IMPORTED_MODULE_7__/* .Pax */ .un({ ...fields, atime: undefined, ctime: undefined }).encode());
    blocks.push(h.block);
    return Buffer.concat(blocks);
}
/** Write `paths` (relative to root, files, symlinks and folders, in the order given) into `out`. */
async function packTar(root, paths, out, opts) {
    const mtime = new Date(opts.mtime * 1000);
    const pad = (n) => Buffer.alloc((512 - (n % 512)) % 512);
    async function* body() {
        for (const m of opts.prepend ?? []) {
            yield headerBlocks({ path: m.path, type: 'File', mode: 0o644, size: m.data.length, mtime });
            yield m.data;
            yield pad(m.data.length);
        }
        for (const rel of paths) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, rel);
            const st = node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(abs);
            if (st.isSymbolicLink()) {
                yield headerBlocks({ path: rel, type: 'SymbolicLink', mode: 0o777, size: 0, mtime, linkpath: node_fs__WEBPACK_IMPORTED_MODULE_2__.readlinkSync(abs) });
            }
            else if (st.isDirectory()) {
                yield headerBlocks({ path: `${rel}/`, type: 'Directory', mode: 0o755, size: 0, mtime });
            }
            else if (st.isFile()) {
                yield headerBlocks({ path: rel, type: 'File', mode: st.mode & 0o111 ? 0o755 : 0o644, size: st.size, mtime });
                let n = 0;
                for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream(abs)) {
                    n += chunk.length;
                    yield chunk;
                }
                if (n !== st.size)
                    throw new Error(`${abs} changed while it was packed`);
                yield pad(n);
            }
            else
                throw new Error(`${abs} is not a file, folder or symlink`);
        }
        yield Buffer.alloc(1024);
    }
    const stages = opts.zstdLevel > 0 ? [node_zlib__WEBPACK_IMPORTED_MODULE_6__.createZstdCompress({ params: { [node_zlib__WEBPACK_IMPORTED_MODULE_6__.constants.ZSTD_c_compressionLevel]: opts.zstdLevel } })] : [];
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from(body()), ...stages, node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream(out));
}


/***/ }),

/***/ 25877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ composeKey),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Content-addressed cache keys: a hash of what determines the result, never a date or a run id. */


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
async function sha256File(file) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(file))
        h.update(chunk);
    return h.digest('hex');
}
/** Combine named parts into one key: `<prefix>-<64 hex>`; the parts are what the key depends on. */
function composeKey(prefix, parts) {
    const body = Object.keys(parts)
        .sort()
        .map(k => `${k}=${parts[k]}`)
        .join('\n');
    return `${prefix}-${sha256Hex(body)}`;
}


/***/ }),

/***/ 10766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run),
/* harmony export */   n: () => (/* binding */ runOrThrow)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97268);
/**
 * The one way the suite starts a process: an argv array (never a shell string), output streamed
 * as it comes, a failure carrying the command, the exit code and the last lines it printed.
 *
 * Started with node's spawn, argv as given: @actions/exec re-parses its first argument as a
 * command line, so an executable under a path with a space (a RUNNER_TEMP like "/home/me/my
 * runner/_temp") was split at the space ("Unable to locate executable file"). stdin is /dev/null
 * unless `input` is given: a command that reads stdin sees end-of-file instead of waiting forever.
 */




const TAIL_LINES = 25;
/** After the process exits, how long to wait for its output streams to close (a daemon it left may hold them). */
const DRAIN_MS = 10_000;
class Tail {
    lines = [];
    partial = '';
    push(chunk) {
        const parts = (this.partial + chunk.toString('utf8')).split('\n');
        this.partial = parts.pop() ?? '';
        this.lines.push(...parts);
        if (this.lines.length > TAIL_LINES * 4)
            this.lines = this.lines.slice(-TAIL_LINES);
    }
    text() {
        const all = this.partial ? [...this.lines, this.partial] : this.lines;
        return all.slice(-TAIL_LINES).join('\n').trimEnd();
    }
}
/** A process killed by a signal reports 128 + the signal's number, as a shell does. */
function exitCodeOf(code, signal) {
    if (code !== null)
        return code;
    return 128 + (signal ? (node_os__WEBPACK_IMPORTED_MODULE_2__.constants.signals[signal] ?? 0) : 0);
}
/** Run argv; resolves with the exit code whatever it is. Throws only when the program cannot start. */
async function run(argv, opts = {}) {
    if (argv.length === 0)
        throw new Error('run: empty argv');
    if (opts.cwd !== undefined && !node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(opts.cwd))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd(argv, 127, `the working directory ${opts.cwd} does not exist`, opts.hint);
    const out = [];
    const err = [];
    const tail = new Tail();
    if (!opts.silent)
        process.stdout.write(`[command]${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatArgv */ .gL)(argv)}\n`);
    let timedOut = false;
    let partial = '';
    const lines = (b) => {
        if (!opts.onLine)
            return;
        const parts = (partial + b.toString('utf8')).split(/\r?\n|\r/);
        partial = parts.pop() ?? '';
        for (const l of parts)
            if (l.trim())
                opts.onLine(l);
    };
    const exitCode = await new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(argv[0], argv.slice(1), {
            cwd: opts.cwd,
            // always explicit: the child gets this process's environment as the code sees it, plus opts.env
            env: { ...stringEnv(process.env), ...opts.env },
            stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe']
        });
        const stdout = child.stdout;
        const stderr = child.stderr;
        let settled = false;
        let exited;
        const timer = opts.timeoutSeconds === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, opts.timeoutSeconds * 1000);
        const finish = (code) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(code);
        };
        child.on('error', e => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            // the program is missing or not executable
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd(argv, 127, e.message, opts.hint));
        });
        stdout.on('data', (b) => {
            out.push(b);
            tail.push(b);
            lines(b);
            if (!opts.silent)
                process.stdout.write(b);
        });
        stderr.on('data', (b) => {
            err.push(b);
            tail.push(b);
            lines(b);
            if (!opts.silent)
                process.stderr.write(b);
        });
        child.on('exit', (code, signal) => {
            exited = exitCodeOf(code, signal);
            setTimeout(() => {
                stdout.destroy();
                stderr.destroy();
                finish(exited);
            }, DRAIN_MS).unref();
        });
        child.on('close', (code, signal) => finish(exited ?? exitCodeOf(code, signal)));
        if (opts.input && child.stdin) {
            child.stdin.on('error', () => { }); // a command that exits without reading its input
            child.stdin.end(opts.input);
        }
    });
    return {
        exitCode,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        tail: tail.text(),
        timedOut
    };
}
/** Run argv and throw a CommandError when it exits non-zero. */
async function runOrThrow(argv, opts = {}) {
    const r = await run(argv, opts);
    if (r.exitCode !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd(argv, r.exitCode, r.tail, opts.hint);
    return r;
}
function stringEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}


/***/ })

};
