export const id = 554;
export const ids = [554];
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
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
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
    exited.catch((e) => out.destroy(e));
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
            const name = opts.prefix ? (rel ? `${opts.prefix}/${rel}` : opts.prefix) : rel;
            const st = node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(abs);
            if (st.isSymbolicLink()) {
                yield headerBlocks({ path: name, type: 'SymbolicLink', mode: 0o777, size: 0, mtime, linkpath: node_fs__WEBPACK_IMPORTED_MODULE_2__.readlinkSync(abs) });
            }
            else if (st.isDirectory()) {
                yield headerBlocks({ path: `${name}/`, type: 'Directory', mode: 0o755, size: 0, mtime });
            }
            else if (st.isFile()) {
                yield headerBlocks({ path: name, type: 'File', mode: st.mode & 0o111 ? 0o755 : 0o644, size: st.size, mtime });
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
    const stages = opts.gzipLevel
        ? [node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGzip({ level: opts.gzipLevel })]
        : opts.zstdLevel > 0
            ? [node_zlib__WEBPACK_IMPORTED_MODULE_6__.createZstdCompress({ params: { [node_zlib__WEBPACK_IMPORTED_MODULE_6__.constants.ZSTD_c_compressionLevel]: opts.zstdLevel } })]
            : [];
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from(body()), ...stages, node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream(out));
}


/***/ }),

/***/ 44604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   MW: () => (/* binding */ channelFile),
/* harmony export */   YY: () => (/* binding */ DEFAULT_CHANNEL),
/* harmony export */   p8: () => (/* binding */ channelUrl),
/* harmony export */   pn: () => (/* binding */ parseChannel)
/* harmony export */ });
/* unused harmony exports CHANNEL_ALIAS, ChannelError, expandEnv */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Channels as the user names them: a name (`conda-forge` -> https://conda.anaconda.org/conda-forge),
 * an https:// (or http://) URL, a file:// URL or a local directory. Credentials come from the
 * environment: `$VAR` / `${VAR}` in a channel are expanded (as conda expands them in .condarc) and the
 * expanded values are secrets; a URL's user:password becomes a Basic authorization header, an
 * anaconda.org-style `/t/<token>/` stays in the request path. Everything shown or recorded uses the
 * redacted form. Pure functions: no network, no filesystem.
 */


const DEFAULT_CHANNEL = 'conda-forge';
const CHANNEL_ALIAS = 'https://conda.anaconda.org/';
class ChannelError extends Error {
    name = 'ChannelError';
}
/** Expand `$VAR` and `${VAR}`; the values used are returned as secrets. A missing variable is an error naming it. */
function expandEnv(text, env) {
    const secrets = [];
    const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a, b) => {
        const name = (a ?? b);
        const value = env[name];
        if (value === undefined)
            throw new ChannelError(`the channel refers to $${name}, which is not set in the environment`);
        if (value)
            secrets.push(value);
        return value;
    });
    return { text: out, secrets };
}
const TOKEN_PATH = /\/t\/([^/]+)\//;
/** A URL with credentials removed: no user:password, `/t/<token>/` shown as `/t/<TOKEN>/`. */
function redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url.replace(/\/\/[^/@]*@/, '//').replace(TOKEN_PATH, '/t/<TOKEN>/');
    }
    u.username = '';
    u.password = '';
    return u.toString().replace(TOKEN_PATH, '/t/<TOKEN>/');
}
/** Parse one channel as given on the command line (or an input); `cwd` resolves relative directories. */
function parseChannel(given, opts = {}) {
    const raw = given.trim();
    if (!raw)
        throw new ChannelError('an empty channel');
    const { text, secrets } = expandEnv(raw, opts.env ?? process.env);
    if (/^file:\/\//i.test(text)) {
        let dir;
        try {
            dir = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(text);
        }
        catch (e) {
            throw new ChannelError(`'${raw}' is not a usable file:// URL (${e.message})`);
        }
        return local(dir);
    }
    if (/^https?:\/\//i.test(text)) {
        let u;
        try {
            u = new URL(text);
        }
        catch {
            throw new ChannelError(`'${redactUrl(raw)}' is not a valid URL`);
        }
        const headers = {};
        const user = decodeURIComponent(u.username);
        const pass = decodeURIComponent(u.password);
        if (user || pass) {
            headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
            secrets.push(...[user, pass, u.password, u.username].filter(s => s.length > 0 && !secrets.includes(s)));
        }
        const token = TOKEN_PATH.exec(u.pathname)?.[1];
        if (token)
            secrets.push(token, decodeURIComponent(token));
        u.username = '';
        u.password = '';
        u.search = '';
        u.hash = '';
        const base = u.toString().replace(/\/*$/, '/');
        return { kind: 'http', base, display: redactUrl(base).replace(/\/$/, ''), headers, secrets: [...new Set(secrets)] };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
        throw new ChannelError(`'${redactUrl(raw)}': only https://, http://, file:// channels, names and directories are accepted`);
    const looksLikePath = text.startsWith('/') || text.startsWith('.') || text.startsWith('~') || text.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
    if (!looksLikePath) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(text))
            throw new ChannelError(`'${raw}' is neither a channel name, a URL nor a directory`);
        return parseChannel(`${CHANNEL_ALIAS}${text}`, opts);
    }
    const home = process.env.HOME ?? '';
    return local(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(opts.cwd ?? process.cwd(), text.startsWith('~/') ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(home, text.slice(2)) : text));
}
function local(dir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir);
    return { kind: 'local', base: abs, display: abs, headers: {}, secrets: [] };
}
/** Where a subdir's file lives: a URL for http channels, a path for local ones. */
function channelFile(ch, subdir, file) {
    return ch.kind === 'local' ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(ch.base, subdir, file) : new URL(`${subdir}/${encodeURIComponent(file)}`, ch.base).toString();
}
/** The channel as conda-meta records it: the redacted URL, a file:// URL for a local channel. */
function channelUrl(ch) {
    return ch.kind === 'local' ? (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(ch.base).toString() : ch.display;
}


/***/ }),

/***/ 24554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ defaultCacheDir),
/* harmony export */   createCommand: () => (/* binding */ createCommand)
/* harmony export */ });
/* unused harmony export CREATE_USAGE */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _create_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26460);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21126);
/**
 * `build-wheel conda create --prefix P [--channel C]... [--subdir S] [--offline] [--json] SPEC...`:
 * the local command over createEnvironment, a progress line per package and a summary.
 */





const CREATE_USAGE = `usage: build-wheel conda create --prefix DIR [flags] SPEC...

Create a conda environment: solve SPECs (match specs such as 'zlib', 'python >=3.12', 'numpy=1.26')
with rattler's solver, download the packages into the package cache (checked against the repodata),
and link them into DIR with prefix placeholders replaced and conda-meta records written.

flags:
  --prefix DIR        the environment to create (new or empty)
  --channel C, -c C   a channel: a name (conda-forge), an https:// URL, a file:// URL or a directory;
                      repeat for several, in priority order (default: conda-forge). Credentials come
                      from the environment: https://\${USER}:\${TOKEN}@host/channel or .../t/\${TOKEN}/...
  --subdir S          the target platform (linux-64, osx-arm64, ...); default: this machine's
  --offline           use only the cached repodata and packages
  --cache-dir DIR     where repodata and packages are cached
                      (default: $XDG_CACHE_HOME/build-wheel/conda or ~/.cache/build-wheel/conda)
  --json              print what was installed as JSON instead of a summary
  -h, --help          show this help
`;
const OPTIONS = {
    prefix: { type: 'string', short: 'p' },
    channel: { type: 'string', short: 'c', multiple: true },
    subdir: { type: 'string' },
    offline: { type: 'boolean' },
    'cache-dir': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
function defaultCacheDir(env = process.env) {
    const base = env.XDG_CACHE_HOME || node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(), '.cache');
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, 'build-wheel', 'conda');
}
/** Run `conda create <args>`; returns the exit code. Progress goes to stderr when --json is given, else to `out`. */
async function createCommand(args, out) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSubcommand */ .n)(args, OPTIONS, CREATE_USAGE, out);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    const problems = [];
    if (!values.prefix)
        problems.push('--prefix is required');
    if (positionals.length === 0)
        problems.push('give at least one package spec');
    if (problems.length) {
        process.stderr.write(`error: ${problems.join('; ')}\n${CREATE_USAGE}`);
        return 2;
    }
    const say = values.json ? (l) => process.stderr.write(`${l}\n`) : (l) => out(`${l}\n`);
    try {
        const r = await (0,_create_js__WEBPACK_IMPORTED_MODULE_3__/* .createEnvironment */ .MO)({
            prefix: values.prefix,
            channels: values.channel ?? [],
            specs: positionals,
            subdir: values.subdir,
            offline: values.offline,
            cacheDir: values['cache-dir'] ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(values['cache-dir']) : defaultCacheDir(),
            log: say,
            warn: l => process.stderr.write(`warning: ${l}\n`),
            command: ['build-wheel', 'conda', 'create', ...args].join(' ')
        });
        if (values.json)
            out(`${JSON.stringify({ prefix: r.prefix, subdir: r.subdir, seconds: Number(r.seconds.toFixed(3)), downloaded_bytes: r.downloadedBytes, packages: r.packages }, null, 2)}\n`);
        return 0;
    }
    catch (e) {
        process.stderr.write(`error: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 26460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MO: () => (/* binding */ createEnvironment)
});

// UNUSED EXPORTS: CreateError, loadChannels

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/log.ts
var lib_log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __webpack_require__(93622);
// EXTERNAL MODULE: ./src/conda/env/channel.ts
var channel = __webpack_require__(44604);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/conda/env/http.ts
/**
 * GET requests for channels: the channel's headers (authorization) added, a time limit, errors that
 * name the redacted URL and never a credential.
 */

class HttpError extends Error {
    url;
    status;
    name = 'HttpError';
    constructor(url, status, message) {
        super(`${(0,channel/* redactUrl */.BO)(url)}: ${message}`);
        this.url = url;
        this.status = status;
    }
}
/** Fetch `url`; any status is returned (the caller decides), a failure to connect throws HttpError with status 0. */
async function get(url, opts = {}) {
    try {
        return await fetch(url, {
            headers: { 'user-agent': 'build-wheel (conda create)', ...opts.headers },
            redirect: 'follow',
            signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000)
        });
    }
    catch (e) {
        const cause = e.cause?.message ?? e.message;
        throw new HttpError(url, 0, `cannot connect: ${cause}`);
    }
}

;// CONCATENATED MODULE: ./src/conda/env/fetch.ts
/**
 * The package cache: each archive at `<pkgs>/<fn>`, fetched from its channel (a URL or a local
 * file), hashed while it streams to a temporary name, checked against the repodata's size, sha256
 * and md5, then renamed into place. An archive already there is used again when it still matches.
 */






class PackageFetchError extends Error {
    name = 'PackageFetchError';
}
/** What the repodata promises about an archive that `got` does not keep; empty when all is well. */
function digestProblems(expected, got) {
    const out = [];
    if (typeof expected.size === 'number' && expected.size !== got.size)
        out.push(`size ${got.size}, the repodata says ${expected.size}`);
    if (expected.sha256 && expected.sha256.toLowerCase() !== got.sha256)
        out.push(`sha256 ${got.sha256}, the repodata says ${expected.sha256}`);
    if (expected.md5 && expected.md5.toLowerCase() !== got.md5)
        out.push(`md5 ${got.md5}, the repodata says ${expected.md5}`);
    return out;
}
async function digestFile(file) {
    const sha = (0,external_node_crypto_.createHash)('sha256');
    const md5 = (0,external_node_crypto_.createHash)('md5');
    let size = 0;
    for await (const chunk of external_node_fs_.createReadStream(file, { highWaterMark: 1 << 20 })) {
        sha.update(chunk);
        md5.update(chunk);
        size += chunk.length;
    }
    return { size, sha256: sha.digest('hex'), md5: md5.digest('hex') };
}
/** Bring one solved package's archive into the package cache (see the module's comment). */
async function fetchPackage(s, opts) {
    const fn = s.record.fn;
    if (fn !== external_node_path_.basename(fn) || fn.startsWith('.'))
        throw new PackageFetchError(`refusing the archive name '${fn}'`);
    const archive = external_node_path_.join(opts.pkgsDir, fn);
    if (external_node_fs_.existsSync(archive)) {
        const got = await digestFile(archive);
        if (digestProblems(s.record, got).length === 0 && (s.record.sha256 || s.record.md5))
            return { archive, bytes: got.size, cached: true };
        external_node_fs_.rmSync(archive, { force: true });
    }
    const fromNetwork = s.channel.kind === 'http';
    if (fromNetwork && opts.offline)
        throw new PackageFetchError(`offline: ${fn} is not in the package cache (${opts.pkgsDir}); run once without --offline`);
    external_node_fs_.mkdirSync(opts.pkgsDir, { recursive: true });
    const tmp = external_node_path_.join(opts.pkgsDir, `.${fn}.part-${process.pid}`);
    const sha = (0,external_node_crypto_.createHash)('sha256');
    const md5 = (0,external_node_crypto_.createHash)('md5');
    let size = 0;
    const limit = typeof s.record.size === 'number' ? s.record.size : Infinity;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _e, done) {
            size += chunk.length;
            if (size > limit)
                return done(new PackageFetchError(`${s.url}: more than the ${limit} bytes the repodata gives`));
            sha.update(chunk);
            md5.update(chunk);
            opts.onBytes?.(chunk.length);
            done(null, chunk);
        }
    });
    try {
        let input;
        if (fromNetwork) {
            const res = await get(s.source, { headers: s.channel.headers, timeoutMs: 30 * 60_000 });
            if (!res.ok || !res.body) {
                await res.body?.cancel();
                throw new PackageFetchError(`${s.url}: HTTP ${res.status} ${res.statusText}`);
            }
            input = external_node_stream_.Readable.fromWeb(res.body);
        }
        else {
            if (!external_node_fs_.existsSync(s.source))
                throw new PackageFetchError(`${s.source}: listed in the channel's repodata but not in the channel`);
            input = external_node_fs_.createReadStream(s.source, { highWaterMark: 1 << 20 });
        }
        await (0,promises_.pipeline)(input, counter, external_node_fs_.createWriteStream(tmp, { mode: 0o644 }));
        const problems = digestProblems(s.record, { size, sha256: sha.digest('hex'), md5: md5.digest('hex') });
        if (problems.length)
            throw new PackageFetchError(`${s.url} does not match its repodata: ${problems.join('; ')}`);
        external_node_fs_.renameSync(tmp, archive);
        return { archive, bytes: size, cached: false };
    }
    catch (e) {
        if (e instanceof PackageFetchError)
            throw e;
        throw new PackageFetchError(`${s.url}: transfer failed after ${size} bytes (${e.message})`);
    }
    finally {
        external_node_fs_.rmSync(tmp, { force: true });
    }
}

// EXTERNAL MODULE: ./src/conda/env/noarch.ts
var noarch = __webpack_require__(70316);
// EXTERNAL MODULE: ./src/conda/env/placeholder.ts
var placeholder = __webpack_require__(44222);
// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(25877);
;// CONCATENATED MODULE: ./src/conda/env/link.ts
/**
 * Linking one extracted package into a prefix as conda does: files hard-linked from the package
 * cache (copied when the prefix is on another filesystem, or the file is `no_link`), softlinks made
 * as links, prefix placeholders replaced in a copy (text: every occurrence; binary: NUL-padded in
 * place, same size; long shebangs rewritten), noarch python relocated into site-packages with its
 * entry points written. Returns the prefix's view of each path, for the conda-meta record.
 */





class LinkError extends Error {
    name = 'LinkError';
}
function isNoarchPython(info) {
    const n = info.index.noarch ?? info.link?.noarch?.type;
    return n === 'python' || (n === true && info.link?.noarch?.type === 'python');
}
/** Make the parent folders of `rel` in the prefix, refusing any that resolves outside it. */
function parentInside(root, rel) {
    const abs = external_node_path_.join(root, rel);
    external_node_fs_.mkdirSync(external_node_path_.dirname(abs), { recursive: true });
    const real = external_node_fs_.realpathSync(external_node_path_.dirname(abs));
    if (real !== root && !real.startsWith(`${root}${external_node_path_.sep}`))
        throw new LinkError(`'${rel}' would be written outside the prefix (its folder resolves to ${real})`);
    return abs;
}
function clear(abs, rel, opts) {
    const st = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
    if (!st)
        return;
    if (st.isDirectory())
        throw new LinkError(`'${rel}' is a folder in the prefix; the package has a file there`);
    opts.clobbered?.(rel);
    external_node_fs_.rmSync(abs, { force: true });
}
function linkFile(src, abs, mode, noLink) {
    if (mode.hardlinks && !noLink) {
        try {
            external_node_fs_.linkSync(src, abs);
            return 'hardlink';
        }
        catch (e) {
            const code = e.code;
            if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK')
                throw e;
            mode.hardlinks = false;
        }
    }
    external_node_fs_.copyFileSync(src, abs);
    return 'copy';
}
function relocated(p, data, opts) {
    const ph = p.prefix_placeholder;
    if ((p.file_mode ?? 'text') === 'binary') {
        if (opts.subdir.startsWith('win-'))
            return data;
        try {
            return (0,placeholder/* replaceBinary */.y7)(data, ph, opts.prefix);
        }
        catch (e) {
            if (e instanceof placeholder/* PaddingError */.gp)
                throw new LinkError(`${opts.info.index.name}: '${p._path}': ${e.message}`);
            throw e;
        }
    }
    const to = opts.subdir.startsWith('win-') ? opts.prefix.replace(/\\/g, '/') : opts.prefix;
    return (0,placeholder/* fixShebang */.CI)((0,placeholder/* replaceText */.ee)(data, ph, to), to);
}
/** Link one package; returns its paths as the prefix now holds them (in the package's order). */
function linkPackage(opts) {
    const root = external_node_fs_.realpathSync(opts.prefix);
    const noarchPy = isNoarchPython(opts.info);
    if (noarchPy && !opts.python)
        throw new LinkError(`${opts.info.index.name} is a noarch: python package, but the environment has no python to install it for; add python to the specs`);
    const out = [];
    let linkType = 'hardlink';
    for (const p of opts.info.paths) {
        const rel = noarchPy ? (0,noarch/* noarchTarget */.ht)(p._path, opts.python) : p._path;
        const src = external_node_path_.join(opts.dir, p._path);
        if (p.path_type === 'directory') {
            external_node_fs_.mkdirSync(external_node_path_.dirname(parentInside(root, `${rel}/.dir`)), { recursive: true });
            out.push({ _path: rel, path_type: 'directory' });
            continue;
        }
        const abs = parentInside(root, rel);
        clear(abs, rel, opts);
        if (p.path_type === 'softlink') {
            external_node_fs_.symlinkSync(external_node_fs_.readlinkSync(src), abs);
            const target = external_node_fs_.statSync(abs, { throwIfNoEntry: false });
            const inPrefix = target?.isFile() ? (0,key/* sha256Hex */.fg)(external_node_fs_.readFileSync(abs)) : undefined;
            out.push({
                _path: rel,
                path_type: 'softlink',
                ...(p.sha256 ? { sha256: p.sha256 } : {}),
                ...(inPrefix ? { sha256_in_prefix: inPrefix } : {}),
                ...(p.size_in_bytes !== undefined ? { size_in_bytes: p.size_in_bytes } : {})
            });
            continue;
        }
        const st = external_node_fs_.lstatSync(src);
        if (!st.isFile())
            throw new LinkError(`${opts.info.index.name}: '${p._path}' is declared a file but the package holds a ${st.isSymbolicLink() ? 'symlink' : 'folder'}`);
        let sum = p.sha256;
        let inPrefix;
        if (p.prefix_placeholder) {
            const data = external_node_fs_.readFileSync(src);
            sum ??= (0,key/* sha256Hex */.fg)(data);
            const now = relocated(p, data, opts);
            external_node_fs_.writeFileSync(abs, now, { mode: st.mode & 0o777 });
            inPrefix = now === data ? sum : (0,key/* sha256Hex */.fg)(now);
            linkType = linkType === 'hardlink' ? 'copy' : linkType;
        }
        else {
            const how = linkFile(src, abs, opts.mode, p.no_link === true);
            if (how === 'copy')
                linkType = 'copy';
            sum ??= (0,key/* sha256Hex */.fg)(external_node_fs_.readFileSync(src));
            inPrefix = sum;
        }
        out.push({
            _path: rel,
            path_type: 'hardlink',
            sha256: sum,
            sha256_in_prefix: inPrefix,
            size_in_bytes: p.size_in_bytes ?? st.size,
            ...(p.prefix_placeholder ? { file_mode: p.file_mode ?? 'text', prefix_placeholder: p.prefix_placeholder } : {}),
            ...(p.no_link ? { no_link: true } : {})
        });
    }
    if (noarchPy)
        out.push(...writeEntryPoints(root, opts));
    return { paths: out, linkType };
}
function writeEntryPoints(root, opts) {
    const py = opts.python;
    const out = [];
    for (const text of opts.info.link?.noarch?.entry_points ?? []) {
        const ep = (0,noarch/* parseEntryPoint */.yx)(text);
        const rel = `bin/${ep.command}`;
        const abs = parentInside(root, rel);
        clear(abs, rel, opts);
        const script = Buffer.from((0,noarch/* entryPointScript */.Cu)(ep, `${opts.prefix}/bin/python${py.version}`));
        external_node_fs_.writeFileSync(abs, script, { mode: 0o755 });
        const sum = (0,key/* sha256Hex */.fg)(script);
        out.push({ _path: rel, path_type: 'unix_python_entry_point', sha256: sum, sha256_in_prefix: sum, size_in_bytes: script.length });
    }
    return out;
}

// EXTERNAL MODULE: ./src/conda/env/package.ts
var env_package = __webpack_require__(16787);
// EXTERNAL MODULE: ./src/lib/files.ts
var files = __webpack_require__(10228);
;// CONCATENATED MODULE: ./src/conda/env/prefix-record.ts
/**
 * `conda-meta/<name>-<version>-<build>.json`: the channel's record of a package plus where it came
 * from and what it put into the prefix, in the shape conda and rattler write (see
 * ../shared/data/conda-metadata): `fn`, `url`, `channel`, `extracted_package_dir`,
 * `package_tarball_full_path`, `link`, `requested_spec`, `files` and `paths_data`. Also the
 * `conda-meta/history` conda reads to know a folder is an environment.
 */


/** conda's numbering of link types. */
const LINK_TYPE_NUMBER = { hardlink: 1, softlink: 2, copy: 3 };
/** The record as an object (keys of the repodata record first, then the installer's). */
function prefixRecord(i) {
    const { fn: _fn, ...rest } = i.record;
    return {
        ...rest,
        build_number: i.record.build_number ?? 0,
        depends: i.record.depends ?? [],
        fn: i.record.fn,
        url: i.url,
        channel: i.channel,
        extracted_package_dir: i.extracted,
        package_tarball_full_path: i.archive,
        link: { source: i.extracted, type: LINK_TYPE_NUMBER[i.linkType] },
        requested_spec: i.requestedSpec,
        files: i.paths.filter(p => p.path_type !== 'directory').map(p => p._path),
        paths_data: { paths_version: 1, paths: i.paths }
    };
}
function recordFileName(r) {
    return `${r.name}-${r.version}-${r.build}.json`;
}
/** Write the record into `<prefix>/conda-meta/`. */
function writePrefixRecord(prefix, i) {
    const file = external_node_path_.join(prefix, 'conda-meta', recordFileName(i.record));
    (0,files/* writeAtomically */.vK)(file, `${JSON.stringify(prefixRecord(i), null, 2)}\n`);
    return file;
}
/** The lines conda appends to conda-meta/history for one transaction. */
function historyText(when, command, installed) {
    const stamp = when.toISOString().replace('T', ' ').slice(0, 19);
    const lines = [`==> ${stamp} <==`, `# cmd: ${command}`, ...installed.map(i => `+${i.channel}::${i.record.name}-${i.record.version}-${i.record.build}`)];
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(10766);
;// CONCATENATED MODULE: ./src/conda/env/repodata.ts
/**
 * `<channel>/<subdir>/repodata.json` for one channel and subdir. Variants are tried in the order
 * `.zst`, `.bz2`, plain (the first one offered wins). Local channels are read in place; remote ones
 * are cached on disk (written atomically) with the server's ETag and Last-Modified, asked again with
 * If-None-Match / If-Modified-Since, and used from the cache alone when offline (or, with a warning,
 * when the server cannot be reached). A subdir the channel does not have is empty.
 */








const VARIANTS = ['repodata.json.zst', 'repodata.json.bz2', 'repodata.json'];
const EMPTY = '{"packages":{},"packages.conda":{}}';
/** The cache file name for a channel's subdir: a hash of the redacted URL (tokens stay out of names). */
function cacheName(ch, subdir) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${ch.display}/${subdir}`).digest('hex').slice(0, 20);
}
async function decompress(variant, bytes, where) {
    if (variant.endsWith('.zst'))
        return external_node_zlib_.zstdDecompressSync(bytes).toString('utf8');
    if (variant.endsWith('.bz2')) {
        const r = await (0,exec/* run */.e)(['bzip2', '-dc'], { input: bytes, silent: true });
        if (r.exitCode !== 0)
            throw new Error(`${where}: bzip2 -dc failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        return r.stdout;
    }
    return bytes.toString('utf8');
}
function parse(text, where) {
    let data;
    try {
        data = text.trim() === '' ? {} : JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${where} is not valid JSON (${e.message})`, { cause: e });
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new Error(`${where} is not a repodata object`);
    return data;
}
async function loadLocal(ch, subdir) {
    for (const variant of VARIANTS) {
        const file = (0,channel/* channelFile */.MW)(ch, subdir, variant);
        if (!external_node_fs_.existsSync(file))
            continue;
        const text = await decompress(variant, external_node_fs_.readFileSync(file), file);
        return { channel: ch, subdir, text, data: parse(text, file), source: 'local', variant };
    }
    return { channel: ch, subdir, text: EMPTY, data: parse(EMPTY, ''), source: 'missing', variant: '' };
}
/** Load one subdir of one channel (see the module's comment for the order of things). */
async function loadRepodata(ch, subdir, opts) {
    if (ch.kind === 'local')
        return loadLocal(ch, subdir);
    const stem = external_node_path_.join(opts.cacheDir, cacheName(ch, subdir));
    const metaFile = `${stem}.meta.json`;
    const jsonFile = `${stem}.json`;
    const cached = readCache(metaFile, jsonFile);
    const fromCache = (source) => {
        const text = external_node_fs_.readFileSync(jsonFile, 'utf8');
        return { channel: ch, subdir, text, data: parse(text, jsonFile), source, variant: cached?.variant ?? '' };
    };
    if (opts.offline) {
        if (!cached)
            throw new Error(`offline: no cached repodata for ${ch.display}/${subdir}; run once without --offline to fill the cache`);
        return fromCache('cache');
    }
    try {
        if (cached) {
            const validators = {};
            if (cached.etag)
                validators['if-none-match'] = cached.etag;
            if (cached.lastModified)
                validators['if-modified-since'] = cached.lastModified;
            const res = await get((0,channel/* channelFile */.MW)(ch, subdir, cached.variant), { headers: { ...ch.headers, ...validators } });
            if (res.status === 304) {
                await res.body?.cancel();
                return fromCache('not-modified');
            }
            if (res.ok)
                return await store(ch, subdir, cached.variant, res, metaFile, jsonFile);
            await res.body?.cancel();
        }
        for (const variant of VARIANTS) {
            const url = (0,channel/* channelFile */.MW)(ch, subdir, variant);
            const res = await get(url, { headers: ch.headers });
            if (res.ok)
                return await store(ch, subdir, variant, res, metaFile, jsonFile);
            await res.body?.cancel();
            if (res.status === 401 || res.status === 403)
                throw new Error(`${ch.display}/${subdir}/${variant}: HTTP ${res.status}; the channel needs credentials (put them in the channel URL through an environment variable, e.g. https://\${USER}:\${TOKEN}@host/channel)`);
            if (res.status !== 404)
                throw new Error(`${ch.display}/${subdir}/${variant}: HTTP ${res.status} ${res.statusText}`);
        }
        return { channel: ch, subdir, text: EMPTY, data: parse(EMPTY, ''), source: 'missing', variant: '' };
    }
    catch (e) {
        if (!cached)
            throw e;
        opts.warn?.(`${e.message}; using the cached repodata of ${ch.display}/${subdir} from ${cached.fetched}`);
        return fromCache('cache');
    }
}
function readCache(metaFile, jsonFile) {
    try {
        if (!external_node_fs_.existsSync(jsonFile))
            return undefined;
        return JSON.parse(external_node_fs_.readFileSync(metaFile, 'utf8'));
    }
    catch {
        return undefined;
    }
}
async function store(ch, subdir, variant, res, metaFile, jsonFile) {
    const where = `${ch.display}/${subdir}/${variant}`;
    const text = await decompress(variant, Buffer.from(await res.arrayBuffer()), where);
    const data = parse(text, where);
    const meta = { variant, fetched: new Date().toISOString() };
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (etag)
        meta.etag = etag;
    if (lastModified)
        meta.lastModified = lastModified;
    (0,files/* writeAtomically */.vK)(jsonFile, text);
    (0,files/* writeAtomically */.vK)(metaFile, `${JSON.stringify(meta, null, 1)}\n`);
    return { channel: ch, subdir, text, data, source: 'downloaded', variant };
}

;// CONCATENATED MODULE: ./src/conda/env/scripts.ts
/**
 * A package's post-link script (`bin/.<name>-post-link.sh`), run as conda runs it once the package
 * is linked: in the activated environment (`$PREFIX/bin` first on PATH, the `etc/conda/activate.d`
 * scripts sourced), then `bash --noprofile --norc <script>`, stdin /dev/null, with PREFIX, PKG_NAME,
 * PKG_VERSION, PKG_BUILDNUM and ROOT_PREFIX set; what it leaves in `$PREFIX/.messages.txt` is
 * shown. The wrapper is a fixed text; the prefix and the script reach it as argv and environment. A script that fails fails the install, with its last lines. Windows `.bat` scripts are not
 * run here.
 */



class ScriptError extends Error {
    name = 'ScriptError';
}
/** The post-link script's path in the prefix, relative. */
function postLinkPath(name) {
    return `bin/.${name}-post-link.sh`;
}
/** The environment conda gives link scripts. */
function scriptEnv(prefix, index) {
    return {
        PREFIX: prefix,
        ROOT_PREFIX: prefix,
        CONDA_PREFIX: prefix,
        PKG_NAME: index.name,
        PKG_VERSION: index.version,
        PKG_BUILDNUM: String(index.build_number ?? ''),
        SOURCE_DIR: prefix
    };
}
/** Source the environment's activation scripts, then run the script ($1) in a clean bash. */
const ACTIVATE_THEN_RUN = [
    'for f in "$PREFIX"/etc/conda/activate.d/*.sh; do',
    '  if [ -f "$f" ]; then . "$f"; fi',
    'done',
    'exec bash --noprofile --norc "$1"'
].join('\n');
/** Run the package's post-link script when it has one; returns the messages it left (or ''). */
async function runPostLink(prefix, index) {
    const script = external_node_path_.join(prefix, postLinkPath(index.name));
    if (!external_node_fs_.existsSync(script))
        return { ran: false, messages: '' };
    const messagesFile = external_node_path_.join(prefix, '.messages.txt');
    const argv = ['bash', '--noprofile', '--norc', '-c', ACTIVATE_THEN_RUN, 'post-link', script];
    const env = { ...scriptEnv(prefix, index), PATH: `${external_node_path_.join(prefix, 'bin')}${external_node_path_.delimiter}${process.env.PATH ?? ''}` };
    const r = await (0,exec/* run */.e)(argv, { cwd: prefix, env, silent: true });
    let messages = '';
    if (external_node_fs_.existsSync(messagesFile)) {
        messages = external_node_fs_.readFileSync(messagesFile, 'utf8').trim();
        external_node_fs_.rmSync(messagesFile, { force: true });
    }
    if (r.exitCode !== 0)
        throw new ScriptError(`the post-link script of ${index.name}-${index.version}-${index.build} failed (exit ${r.exitCode}): bash --noprofile --norc ${script}` +
            (r.tail ? `\n${r.tail}` : ''));
    return { ran: true, messages };
}

// EXTERNAL MODULE: ./src/conda/env/solve.ts
var solve = __webpack_require__(580);
;// CONCATENATED MODULE: ./src/conda/env/progress.ts
/** Progress of package downloads: one line per package done, with packages, bytes and the rate so far. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
class Progress {
    total;
    totalBytes;
    log;
    finished = 0;
    downloaded = 0;
    started = performance.now();
    constructor(total, totalBytes, log) {
        this.total = total;
        this.totalBytes = totalBytes;
        this.log = log;
    }
    /** Bytes that arrived over the network or from a channel folder. */
    bytes(n) {
        this.downloaded += n;
    }
    /** A package is in the cache and extracted. */
    done(what, size, how) {
        this.finished++;
        const secs = Math.max((performance.now() - this.started) / 1000, 0.001);
        const width = String(this.total).length;
        this.log(`[${String(this.finished).padStart(width)}/${this.total}] ${what} ${formatBytes(size)} (${how}); ` +
            `${formatBytes(this.downloaded)} of ${formatBytes(this.totalBytes)} fetched, ${formatBytes(this.downloaded / secs)}/s`);
    }
}

;// CONCATENATED MODULE: ./src/conda/env/create.ts
/**
 * `conda create` in the suite's terms: channels -> repodata (target subdir and noarch) -> solve ->
 * download into the package cache and extract (a few at a time, a progress line per package) ->
 * link in dependency order, post-link scripts, conda-meta records -> a summary. A prefix that this
 * call created is removed again when anything fails.
 */














class CreateError extends Error {
    name = 'CreateError';
}
async function pool(items, jobs, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
    return out;
}
function preparePrefix(prefix) {
    const st = external_node_fs_.statSync(prefix, { throwIfNoEntry: false });
    if (!st) {
        external_node_fs_.mkdirSync(prefix, { recursive: true });
        return true;
    }
    if (!st.isDirectory())
        throw new CreateError(`the prefix ${prefix} exists and is not a folder`);
    if (external_node_fs_.readdirSync(prefix).length > 0)
        throw new CreateError(`the prefix ${prefix} is not empty; give a new or empty folder`);
    return false;
}
/** Repodata for each channel, target subdir and noarch; a channel with neither is an error. */
async function loadChannels(channels, subdir, opts) {
    const subdirs = [...new Set([subdir, 'noarch'])];
    const loaded = await Promise.all(channels.flatMap(ch => subdirs.map(s => loadRepodata(ch, s, { cacheDir: external_node_path_.join(opts.cacheDir, 'repodata'), offline: opts.offline, warn: opts.warn }))));
    for (const ch of channels)
        if (loaded.filter(l => l.channel === ch).every(l => l.source === 'missing'))
            throw new CreateError(`${ch.display} has no ${subdirs.map(s => `${s}/repodata.json`).join(' and no ')}: is it a conda channel?`);
    return loaded;
}
function pythonOf(solved, fallback) {
    const py = solved.find(s => s.record.name === 'python');
    if (py)
        return (0,noarch/* pythonFacts */.WR)(py.record.version, py.record.python_site_packages_path);
    return fallback ? (0,noarch/* pythonFacts */.WR)(fallback) : undefined;
}
/** Create an environment at `opts.prefix` (see the module's comment). */
async function createEnvironment(opts) {
    const started = performance.now();
    const log = opts.log ?? (() => { });
    const subdir = opts.subdir ?? (0,platforms/* hostSubdir */.AQ)();
    const channels = (opts.channels.length ? opts.channels : [channel/* DEFAULT_CHANNEL */.YY]).map(c => (0,channel/* parseChannel */.pn)(c));
    for (const ch of channels)
        for (const s of ch.secrets)
            (0,lib_log/* mask */.dK)(s);
    const prefix = external_node_path_.resolve(opts.prefix);
    const pkgsDir = external_node_path_.join(opts.cacheDir, 'pkgs');
    const loaded = await loadChannels(channels, subdir, opts);
    log(`channels: ${loaded.map(l => `${l.channel.display}/${l.subdir} (${l.source}${l.variant ? `, ${l.variant}` : ''})`).join(', ')}`);
    const solved = await (0,solve/* solve */.kH)(opts.specs, loaded, subdir);
    log(`solved ${opts.specs.join(' ')}: ${solved.length} package(s) for ${subdir}`);
    const python = pythonOf(solved, opts.python);
    const created = preparePrefix(prefix);
    try {
        const progress = new Progress(solved.length, solved.reduce((n, s) => n + (s.record.size ?? 0), 0), log);
        const ready = await pool(solved, opts.jobs ?? 4, async (s) => {
            const got = await fetchPackage(s, { pkgsDir, offline: opts.offline, onBytes: n => progress.bytes(n) });
            const ex = await (0,env_package/* ensureExtracted */.TZ)(got.archive, s.record, pkgsDir);
            progress.done(`${s.record.fn}`, got.bytes, got.cached ? (ex.cached ? 'cached' : 'cached, extracted') : 'downloaded');
            return { s, got, ex };
        });
        const mode = { hardlinks: true };
        const installed = [];
        for (const { s, got, ex } of ready) {
            const clobbered = [];
            const { paths, linkType } = linkPackage({ prefix, dir: ex.dir, info: ex.info, subdir, python, mode, clobbered: rel => clobbered.push(rel) });
            if (clobbered.length)
                opts.warn?.(`${s.record.name} replaced ${clobbered.length} file(s) of packages linked before it: ${clobbered.slice(0, 5).join(', ')}`);
            const script = await runPostLink(prefix, ex.info.index);
            if (script.messages)
                log(`${s.record.name}: ${script.messages}`);
            const record = writePrefixRecord(prefix, {
                record: s.record,
                url: s.url,
                channel: (0,channel/* channelUrl */.p8)(s.channel),
                archive: got.archive,
                extracted: ex.dir,
                linkType,
                requestedSpec: s.requestedSpec,
                paths
            });
            installed.push({
                name: s.record.name,
                version: s.record.version,
                build: s.record.build,
                fn: s.record.fn,
                channel: s.channel.display,
                url: s.url,
                size: got.bytes,
                downloaded: !got.cached,
                linkType,
                files: paths.length,
                record
            });
        }
        const history = external_node_path_.join(prefix, 'conda-meta', 'history');
        external_node_fs_.mkdirSync(external_node_path_.dirname(history), { recursive: true });
        external_node_fs_.appendFileSync(history, historyText(new Date(), opts.command ?? `build-wheel conda create --prefix ${prefix} ${opts.specs.join(' ')}`, solved.map(s => ({ channel: (0,channel/* channelUrl */.p8)(s.channel), record: s.record }))));
        const seconds = (performance.now() - started) / 1000;
        log(`installed ${installed.length} package(s) into ${prefix} in ${seconds.toFixed(1)} s; downloaded ${formatBytes(progress.downloaded)}`);
        return { prefix, subdir, packages: installed, downloadedBytes: progress.downloaded, seconds };
    }
    catch (e) {
        if (created)
            external_node_fs_.rmSync(prefix, { recursive: true, force: true });
        throw e;
    }
}


/***/ }),

/***/ 70316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ entryPointScript),
/* harmony export */   WR: () => (/* binding */ pythonFacts),
/* harmony export */   ht: () => (/* binding */ noarchTarget),
/* harmony export */   yx: () => (/* binding */ parseEntryPoint)
/* harmony export */ });
/* harmony import */ var _placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44222);
/**
 * `noarch: python` packages are stored Python-version-free: `site-packages/...` goes to the
 * environment's site-packages, `python-scripts/...` to `bin/`, and the entry points listed in
 * `info/link.json` become small scripts in `bin/` that run `<prefix>/bin/pythonX.Y`. Pure functions.
 */

/** Python facts from a python record's version (and its python_site_packages_path, when set). */
function pythonFacts(version, sitePackagesPath) {
    const m = /^(\d+)\.(\d+)/.exec(version);
    if (!m)
        throw new Error(`cannot tell the Python minor version from '${version}'`);
    const xy = `${m[1]}.${m[2]}`;
    const sp = typeof sitePackagesPath === 'string' && sitePackagesPath ? sitePackagesPath : `lib/python${xy}/site-packages`;
    return { version: xy, sitePackages: sp };
}
/** Where a noarch python package's path goes in the prefix. */
function noarchTarget(rel, py) {
    if (rel.startsWith('site-packages/'))
        return `${py.sitePackages}/${rel.slice('site-packages/'.length)}`;
    if (rel.startsWith('python-scripts/'))
        return `bin/${rel.slice('python-scripts/'.length)}`;
    return rel;
}
/** `name = package.module:function` (extras in brackets are ignored). */
function parseEntryPoint(text) {
    const m = /^\s*([^=\s]+)\s*=\s*([A-Za-z_][\w.]*)\s*:\s*([A-Za-z_][\w.]*)\s*(\[.*\])?\s*$/.exec(text);
    if (!m)
        throw new Error(`info/link.json: cannot read the entry point '${text}' (expected 'name = module:function')`);
    const command = m[1];
    if (command.includes('/') || command.startsWith('.'))
        throw new Error(`info/link.json: refusing the entry point name '${command}'`);
    return { command, module: m[2], func: m[3] };
}
/**
 * The script for an entry point. A `#!` line the kernel cannot read whole (or with a space in the
 * interpreter's path) becomes a `/bin/sh` line that execs the interpreter.
 */
function entryPointScript(ep, python) {
    const direct = `#!${python}`;
    const shebang = Buffer.byteLength(direct) <= _placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SHEBANG */ .gg && !python.includes(' ') ? direct : `#!/bin/sh\n'''exec' "${python.replace(/(["\\$`])/g, '\\$1')}" "$0" "$@" #'''`;
    const [top] = ep.func.split('.');
    return [
        shebang,
        '# -*- coding: utf-8 -*-',
        'import re',
        'import sys',
        '',
        `from ${ep.module} import ${top}`,
        '',
        "if __name__ == '__main__':",
        "    sys.argv[0] = re.sub(r'(-script\\.pyw?|\\.exe)?$', '', sys.argv[0])",
        `    sys.exit(${ep.func}())`,
        ''
    ].join('\n');
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gx: () => (/* binding */ LEGACY_PLACEHOLDER),
/* harmony export */   t$: () => (/* binding */ readPackageInfo)
/* harmony export */ });
/* unused harmony exports checkedPath, parseHasPrefixLine */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29661);
/**
 * What an extracted package says about itself: `info/index.json` (required), its paths from
 * `info/paths.json`, or for old packages from `info/files` with `info/has_prefix` and
 * `info/no_link`, or, with neither, from the payload on disk; `info/link.json` for noarch python
 * entry points. Every path is checked to stay inside the prefix it will be linked into.
 */



/** conda's default placeholder, meant where `info/has_prefix` gives a bare path. */
const LEGACY_PLACEHOLDER = '/opt/anaconda1anaconda2anaconda3';
function readJson(file) {
    try {
        return JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file))}/${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} is not valid JSON (${e.message})`, { cause: e });
    }
}
/** A declared path as a safe relative path, or an error naming it. */
function checkedPath(raw) {
    if (typeof raw !== 'string')
        throw new Error(`a path entry without a string _path (${JSON.stringify(raw)})`);
    const n = (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .memberName */ .eg)(raw.replace(/\\/g, '/'));
    if ('refused' in n)
        throw new Error(`refusing the path '${raw}': ${n.refused}`);
    if (n.name === 'conda-meta' || n.name.startsWith('conda-meta/'))
        throw new Error(`refusing the path '${raw}': conda-meta/ belongs to the installer`);
    return n.name;
}
/** Split a has_prefix line: `placeholder mode path`, quoted parts allowed, or a bare path. */
function parseHasPrefixLine(line) {
    const parts = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(m => m[1] ?? m[2] ?? '');
    if (parts.length === 0)
        return null;
    if (parts.length === 1)
        return { placeholder: LEGACY_PLACEHOLDER, mode: 'text', path: parts[0] };
    if (parts.length === 3 && (parts[1] === 'text' || parts[1] === 'binary'))
        return { placeholder: parts[0], mode: parts[1], path: parts[2] };
    return null;
}
function lines(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file)
        ? node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8')
            .split(/\r?\n/)
            .filter(l => l.trim() !== '')
        : [];
}
function fromFiles(dir) {
    const prefixed = new Map();
    for (const l of lines(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'has_prefix'))) {
        const p = parseHasPrefixLine(l);
        if (p)
            prefixed.set(checkedPath(p.path), p);
    }
    const noLink = new Set(lines(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'no_link')).map(checkedPath));
    return lines(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'files')).map(raw => {
        const rel = checkedPath(raw);
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel), { throwIfNoEntry: false });
        if (!st)
            throw new Error(`info/files lists '${rel}', which the archive does not hold`);
        const ph = prefixed.get(rel);
        return {
            _path: rel,
            path_type: st.isSymbolicLink() ? 'softlink' : st.isDirectory() ? 'directory' : 'hardlink',
            ...(ph ? { prefix_placeholder: ph.placeholder, file_mode: ph.mode } : {}),
            ...(noLink.has(rel) ? { no_link: true } : {})
        };
    });
}
function fromPayload(dir) {
    const out = [];
    const walk = (rel) => {
        for (const d of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel), { withFileTypes: true })) {
            const r = rel ? `${rel}/${d.name}` : d.name;
            if (r === 'info')
                continue;
            if (d.isDirectory())
                walk(r);
            else
                out.push({ _path: r, path_type: d.isSymbolicLink() ? 'softlink' : 'hardlink' });
        }
    };
    walk('');
    return out.sort((a, b) => (a._path < b._path ? -1 : 1));
}
/** Read what an extracted package declares (see the module's comment). */
function readPackageInfo(dir) {
    const indexFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'index.json');
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(indexFile))
        throw new Error('the package has no info/index.json, so it is not a conda package');
    const index = readJson(indexFile);
    for (const k of ['name', 'version', 'build'])
        if (typeof index[k] !== 'string' || !index[k])
            throw new Error(`info/index.json has no ${k}`);
    const linkFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'link.json');
    const link = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(linkFile) ? readJson(linkFile) : undefined;
    const pathsFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'paths.json');
    if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(pathsFile)) {
        const raw = readJson(pathsFile);
        if (!Array.isArray(raw.paths))
            throw new Error('info/paths.json has no paths list');
        const paths = raw.paths.map((p) => {
            const type = p.path_type ?? 'hardlink';
            if (type !== 'hardlink' && type !== 'softlink' && type !== 'directory')
                throw new Error(`info/paths.json: '${String(p._path)}' has path_type '${String(type)}'`);
            const mode = p.file_mode;
            if (mode !== undefined && mode !== 'text' && mode !== 'binary')
                throw new Error(`info/paths.json: '${String(p._path)}' has file_mode '${String(mode)}'`);
            return { ...p, _path: checkedPath(p._path), path_type: type };
        });
        return { index, paths, link, pathsFrom: 'paths.json' };
    }
    if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'files')))
        return { index, paths: fromFiles(dir), link, pathsFrom: 'info/files' };
    return { index, paths: fromPayload(dir), link, pathsFrom: 'payload' };
}


/***/ }),

/***/ 16787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TZ: () => (/* binding */ ensureExtracted),
/* harmony export */   eP: () => (/* binding */ extractPackage),
/* harmony export */   qL: () => (/* binding */ packageStem)
/* harmony export */ });
/* unused harmony exports PackageError, payloadProblems */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_zip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70088);
/* harmony import */ var _archive_zip_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91818);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29661);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10228);
/* harmony import */ var _package_info_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8428);
/**
 * A conda package in the package cache: `<pkgs>/<fn>` extracted to `<pkgs>/<name-version-build>/`.
 * `.tar.bz2` is one tar; `.conda` is a stored zip holding `info-*.tar.zst` and `pkg-*.tar.zst`
 * (matched by the start of their base names, as rattler does, so a package re-zipped with its parts
 * under a folder still reads). Both go through the archive module's tar reader (no entry
 * may escape, no link may point out); the payload is then checked against `info/paths.json` (size
 * and sha256 of each file, symlinks being symlinks) before `info/repodata_record.json` marks the
 * folder complete. A complete folder is used again by later runs.
 */







class PackageError extends Error {
    name = 'PackageError';
}
/** The archive's name without its extension, or null for a name that is not a conda package's. */
function packageStem(fn) {
    const m = /^(.+)(\.conda|\.tar\.bz2)$/.exec(fn);
    return m && m[1] && !m[1].startsWith('.') && !m[1].includes('/') ? m[1] : null;
}
async function extractConda(archive, dest) {
    const zip = (0,_archive_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .openZip */ .QH)(archive);
    try {
        // by the member's base name: a package re-zipped by hand keeps its parts under a folder
        const base = (name) => name.slice(name.lastIndexOf('/') + 1);
        const info = zip.entries.filter(e => /^info-.+\.tar\.zst$/.test(base(e.name)));
        const pkg = zip.entries.filter(e => /^pkg-.+\.tar\.zst$/.test(base(e.name)));
        if (info.length !== 1)
            throw new PackageError(`${archive}: a .conda package holds one info-*.tar.zst, this one ${info.length}`);
        if (pkg.length > 1)
            throw new PackageError(`${archive}: a .conda package holds at most one pkg-*.tar.zst, this one ${pkg.length}`);
        const members = [];
        for (const [e, part] of [...pkg.map(e => [e, 'pkg']), [info[0], 'info']]) {
            if (!e)
                continue;
            const tmp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dest), `.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dest)}.${part}-${process.pid}.tar.zst`);
            try {
                await (0,_archive_zip_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .extractZipEntry */ .B)(zip, e, tmp);
                const got = await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .extractTar */ .nN)(tmp, dest, { allowEmpty: true });
                // the info part holds info/ only; real pkg parts may hold info/licenses/ too
                const wrong = part === 'info' && got.find(m => m.path !== 'info' && !m.path.startsWith('info/'));
                if (wrong)
                    throw new PackageError(`${archive}: ${e.name} holds '${wrong.path}', which is not under info/`);
                members.push(...got);
            }
            finally {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { force: true });
            }
        }
        return members;
    }
    finally {
        zip.close();
    }
}
/** Extract an archive into `dest` (which must not exist): members returned, files with their sha256. */
async function extractPackage(archive, dest) {
    if (archive.endsWith('.conda'))
        return extractConda(archive, dest);
    if (archive.endsWith('.tar.bz2'))
        return (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .extractTar */ .nN)(archive, dest, { allowEmpty: true });
    throw new PackageError(`${archive}: not a conda package (.conda or .tar.bz2)`);
}
/** Problems of an extracted payload against the paths it declares; empty when it matches. */
function payloadProblems(info, members) {
    const byPath = new Map(members.map(m => [m.path, m]));
    const out = [];
    for (const p of info.paths) {
        const m = byPath.get(p._path);
        if (p.path_type === 'directory')
            continue;
        if (!m)
            out.push(`'${p._path}' is declared but not in the archive`);
        else if (p.path_type === 'softlink' && m.type !== 'symlink')
            out.push(`'${p._path}' is declared a softlink but is a ${m.type}`);
        else if (p.path_type === 'hardlink' && m.type !== 'file')
            out.push(`'${p._path}' is declared a file but is a ${m.type}`);
        else if (p.path_type === 'hardlink' && p.sha256 && m.sha256 !== p.sha256)
            out.push(`'${p._path}' has sha256 ${m.sha256}, paths.json says ${p.sha256}`);
        else if (p.path_type === 'hardlink' && typeof p.size_in_bytes === 'number' && m.size !== p.size_in_bytes)
            out.push(`'${p._path}' has ${m.size} bytes, paths.json says ${p.size_in_bytes}`);
    }
    return out;
}
const MARKER = 'info/repodata_record.json';
/** `<pkgs>/<stem>/`, extracted from `archive` now or found complete from an earlier run. */
async function ensureExtracted(archive, record, pkgsDir) {
    const stem = packageStem(record.fn);
    if (!stem)
        throw new PackageError(`'${record.fn}' is not a conda package's file name (<name>-<version>-<build>.conda or .tar.bz2)`);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(pkgsDir, stem);
    try {
        const marker = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, MARKER), 'utf8'));
        if (marker.fn === record.fn && (marker.sha256 ?? marker.md5) === (record.sha256 ?? record.md5) && (record.sha256 || record.md5))
            return { dir, info: (0,_package_info_js__WEBPACK_IMPORTED_MODULE_6__/* .readPackageInfo */ .t$)(dir), cached: true };
    }
    catch {
        // not there, or not complete: extract again
    }
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(pkgsDir, `.${stem}.extract-${process.pid}`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { recursive: true, force: true });
    try {
        const members = await extractPackage(archive, tmp);
        let info;
        try {
            info = (0,_package_info_js__WEBPACK_IMPORTED_MODULE_6__/* .readPackageInfo */ .t$)(tmp);
        }
        catch (e) {
            throw new PackageError(`${record.fn}: ${e.message}`);
        }
        const problems = payloadProblems(info, members);
        if (problems.length)
            throw new PackageError(`${record.fn} does not match its own info/paths.json: ${problems.slice(0, 5).join('; ')}`);
        (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAtomically */ .vK)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmp, MARKER), `${JSON.stringify(record, null, 2)}\n`);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true });
        node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, dir);
        return { dir, info: (0,_package_info_js__WEBPACK_IMPORTED_MODULE_6__/* .readPackageInfo */ .t$)(dir), cached: false };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 44222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ fixShebang),
/* harmony export */   ee: () => (/* binding */ replaceText),
/* harmony export */   gg: () => (/* binding */ MAX_SHEBANG),
/* harmony export */   gp: () => (/* binding */ PaddingError),
/* harmony export */   y7: () => (/* binding */ replaceBinary)
/* harmony export */ });
/**
 * Prefix placeholders as conda replaces them when it links a file (pure functions over bytes):
 * text files get every occurrence replaced; binary files get each NUL-terminated string that holds
 * the placeholder rewritten and NUL-padded in place, so the file keeps its size (a prefix longer
 * than the placeholder cannot fit: PaddingError); a shebang that became too long for the kernel, or
 * holds a space, is rewritten to `#!/usr/bin/env <program>`.
 */
/** Linux reads at most this much of a `#!` line (conda uses 127 on Linux, 512 elsewhere). */
const MAX_SHEBANG = 127;
class PaddingError extends Error {
    name = 'PaddingError';
}
function indexes(buf, needle, from = 0, to = buf.length) {
    const out = [];
    for (let i = buf.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = buf.indexOf(needle, i + needle.length))
        out.push(i);
    return out;
}
/** Every occurrence of `placeholder` replaced by `prefix`. */
function replaceText(data, placeholder, prefix) {
    const ph = Buffer.from(placeholder);
    const at = indexes(data, ph);
    if (at.length === 0)
        return data;
    const to = Buffer.from(prefix);
    const parts = [];
    let last = 0;
    for (const i of at) {
        parts.push(data.subarray(last, i), to);
        last = i + ph.length;
    }
    parts.push(data.subarray(last));
    return Buffer.concat(parts);
}
/**
 * Each C string (up to its NUL) that starts where the placeholder occurs gets every placeholder in
 * it replaced and is padded with NULs to its old length. Returns a new buffer of the same size.
 */
function replaceBinary(data, placeholder, prefix) {
    const ph = Buffer.from(placeholder);
    const to = Buffer.from(prefix);
    if (to.length > ph.length && data.includes(ph))
        throw new PaddingError(`the prefix is ${to.length} bytes long but the placeholder in this binary file holds ${ph.length}; ` +
            `install into a prefix of at most ${ph.length} bytes (conda-build pads its host prefix to 255 for this)`);
    const out = Buffer.from(data);
    let i = data.indexOf(ph);
    while (i >= 0) {
        const nul = data.indexOf(0, i);
        if (nul < 0)
            break; // not a C string: conda leaves it as it is
        const segment = data.subarray(i, nul);
        const replaced = replaceText(segment, placeholder, prefix);
        replaced.copy(out, i);
        out.fill(0, i + replaced.length, nul);
        i = data.indexOf(ph, nul);
    }
    return out;
}
/**
 * The first line rewritten to `#!/usr/bin/env <program> <args>` when it is longer than the kernel
 * reads, or when its interpreter (under `prefix`) holds a space; otherwise the data unchanged.
 */
function fixShebang(data, prefix, max = MAX_SHEBANG) {
    if (data[0] !== 0x23 || data[1] !== 0x21)
        return data;
    let end = data.indexOf(0x0a);
    if (end < 0)
        end = data.length;
    const line = data.subarray(0, end).toString('utf8');
    let interpreter;
    let rest;
    const body = line.slice(2).replace(/^ +/, '');
    if (prefix && body.startsWith(`${prefix}/`)) {
        const tail = /^[^ \t\r]*/.exec(body.slice(prefix.length))?.[0] ?? '';
        interpreter = prefix + tail;
        rest = body.slice(interpreter.length);
    }
    else {
        interpreter = /^[^ \t\r]*/.exec(body)?.[0] ?? '';
        rest = body.slice(interpreter.length);
    }
    const tooLong = Buffer.byteLength(line) > max;
    if (!interpreter.startsWith('/') || (!tooLong && !interpreter.includes(' ')))
        return data;
    const program = interpreter.slice(interpreter.lastIndexOf('/') + 1);
    return Buffer.concat([Buffer.from(`#!/usr/bin/env ${program}${rest}`), data.subarray(end)]);
}


/***/ }),

/***/ 580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hi: () => (/* binding */ specName),
/* harmony export */   kH: () => (/* binding */ solve)
/* harmony export */ });
/* unused harmony exports SolveError, installOrder, locate, loadRattler */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _channel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44604);
/**
 * Solving with the conda organisation's solver (`@conda-org/rattler`, resolvo compiled to wasm).
 * Its `simpleSolve` fetches `<channel>/<subdir>/repodata.json` itself, so the repodata loaded here
 * (cached, with credentials, from local directories) is handed to it through a loopback server that
 * lives only for the call: the solver never sees a credential, a file:// URL or the network. Its
 * answer is mapped back to the channels' own records.
 */




class SolveError extends Error {
    name = 'SolveError';
}
/** The package name a match spec is about (`numpy >=1.2`, `conda-forge::numpy=1.2`, `numpy[version='>1']`). */
function specName(spec) {
    const s = spec.trim().replace(/^[^:\s]*::/, '');
    return (/^[^\s=<>!~[]+/.exec(s)?.[0] ?? s).toLowerCase();
}
/** Records ordered so that each comes after the records it depends on (ties by name; cycles broken by name). */
function installOrder(records) {
    const byName = new Map(records.map(r => [r.record.name, r]));
    const out = [];
    const state = new Map();
    const visit = (r) => {
        const name = r.record.name;
        if (state.get(name))
            return;
        state.set(name, 'visiting');
        const deps = [...new Set((r.record.depends ?? []).map(specName))].sort();
        for (const d of deps) {
            const dep = byName.get(d);
            if (dep && d !== name)
                visit(dep);
        }
        state.set(name, 'done');
        out.push(r);
    };
    for (const r of [...records].sort((a, b) => a.record.name.localeCompare(b.record.name)))
        visit(r);
    return out;
}
/** Where a record's archive is, and the URL to record for it. */
function locate(loaded, fn) {
    const ch = loaded.channel;
    const base = loaded.data.info?.base_url;
    if (base && /^https?:\/\//.test(base)) {
        const source = new URL(encodeURIComponent(fn), base.endsWith('/') ? base : `${base}/`).toString();
        return { source, url: (0,_channel_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(source) };
    }
    const source = (0,_channel_js__WEBPACK_IMPORTED_MODULE_3__/* .channelFile */ .MW)(ch, loaded.subdir, fn);
    return { source, url: ch.kind === 'local' ? (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(source).toString() : (0,_channel_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(source) };
}
let rattler;
/** The solver's module, loaded once on first use (about 4 MB of wasm). */
function loadRattler() {
    rattler ??= __webpack_require__.e(/* import() */ 852).then(__webpack_require__.bind(__webpack_require__, 45852));
    return rattler;
}
async function serve(loaded) {
    const channels = [...new Set(loaded.map(l => l.channel))];
    const files = new Map();
    const key = (l) => `c${channels.indexOf(l.channel)}`;
    for (const l of loaded)
        files.set(`/${key(l)}/${l.subdir}/repodata.json`, l.text);
    const server = node_http__WEBPACK_IMPORTED_MODULE_0__.createServer((req, res) => {
        const body = req.method === 'GET' ? files.get((req.url ?? '').split('?')[0]) : undefined;
        if (body === undefined)
            return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    });
    await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
    return { server, base: `http://127.0.0.1:${server.address().port}`, key };
}
/**
 * Solve `specs` over the loaded repodata (every channel with every subdir it should offer, the
 * target's and noarch). Throws SolveError with the solver's own explanation when unsatisfiable.
 */
async function solve(specs, loaded, subdir) {
    if (specs.length === 0)
        throw new SolveError('nothing to solve: give at least one package spec');
    const { simpleSolve } = await loadRattler();
    const { server, base, key } = await serve(loaded);
    const channelKeys = [...new Set(loaded.map(l => key(l)))];
    const platforms = [...new Set([subdir, 'noarch'])];
    let solved;
    try {
        solved = await simpleSolve([...specs], channelKeys.map(k => `${base}/${k}/`), platforms, undefined);
    }
    catch (e) {
        throw new SolveError(`the solver could not satisfy ${specs.join(', ')}:\n${String(e instanceof Error ? e.message : e).trim()}`);
    }
    finally {
        server.close();
    }
    const requested = new Map(specs.map(s => [specName(s), s]));
    const out = [];
    for (const p of solved) {
        const rel = new URL(p.url).pathname.split('/').filter(Boolean);
        const [k, sub] = rel;
        const fn = p.filename;
        p.free();
        const l = loaded.find(x => key(x) === k && x.subdir === sub);
        const record = l?.data['packages.conda']?.[fn] ?? l?.data.packages?.[fn];
        if (!l || !record)
            throw new SolveError(`the solver answered with ${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(...rel)}, which no loaded repodata holds`);
        out.push({ record: { ...record, fn }, channel: l.channel, subdir: l.subdir, ...locate(l, fn), requestedSpec: requested.get(record.name) ?? null });
    }
    return installOrder(out);
}


/***/ })

};
