export const id = 820;
export const ids = [820];
export const modules = {

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMontageStep: () => (/* binding */ runMontageStep),
  runPipelineStep: () => (/* binding */ runPipelineStep),
  runWheelOnlyStep: () => (/* binding */ runWheelOnlyStep)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/files.ts
var files = __webpack_require__(10228);
// EXTERNAL MODULE: ./src/lib/log.ts
var lib_log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/lib/timeout.ts
var timeout = __webpack_require__(24196);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(10766);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/cache/actions-http.ts
/**
 * The few HTTP requests the Actions cache reader makes (a lookup, a download), on Node's own
 * client: one connection per request (no keep-alive, so nothing holds the process open once the
 * work is done), the environment's proxy variables honoured, an idle limit on the socket, and an
 * AbortSignal that tears the request down at once (the step's `service-timeout`). The body of an
 * answer is streamed by the caller, or read whole up to a small limit.
 */


/** An error of the transport (refused, reset, idle, aborted): `code` as Node gives it. */
class TransportError extends Error {
    code;
    name = 'TransportError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
function agentFor(url) {
    // a fresh agent per request: no pooled socket outlives it; proxyEnv: HTTP(S)_PROXY and NO_PROXY
    const options = { keepAlive: false, proxyEnv: process.env };
    return url.protocol === 'https:' ? new external_node_https_.Agent(options) : new external_node_http_.Agent(options);
}
/** Send one request; resolves when the answer's headers are in. */
function send(url, req) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return Promise.reject(new TransportError(`${url.protocol} URLs are not supported`, undefined));
    const client = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const headers = { 'User-Agent': 'montage-build-wheel', ...req.headers };
    if (req.body !== undefined)
        headers['Content-Length'] = String(Buffer.byteLength(req.body));
    return new Promise((resolve, reject) => {
        const r = client.request(url, { method: req.method, headers, agent: agentFor(url), signal: req.signal });
        r.setTimeout(req.idleMs, () => r.destroy(new TransportError(`no data for ${req.idleMs / 1000} s`, 'ETIMEDOUT')));
        r.on('error', (e) => reject(e instanceof TransportError ? e : new TransportError(e.message, e.code ?? e.name)));
        r.on('response', res => {
            const discard = () => {
                res.destroy();
                r.destroy();
            };
            res.on('error', () => r.destroy());
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, discard });
        });
        r.end(req.body);
    });
}
/** Read a (small) answer body whole; past `limit` bytes the connection is dropped and this throws. */
async function readSmall(answer, limit = 1024 * 1024) {
    const chunks = [];
    let n = 0;
    try {
        for await (const chunk of answer.body) {
            const b = chunk;
            n += b.length;
            if (n > limit)
                throw new TransportError(`the answer is larger than ${limit} bytes`, undefined);
            chunks.push(b);
        }
    }
    catch (e) {
        answer.discard();
        throw e instanceof TransportError ? e : new TransportError(e instanceof Error ? e.message : String(e), e.code);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Wait `ms`, or reject at once when `signal` aborts. */
function pause(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const t = setTimeout(() => {
            signal.removeEventListener('abort', stop);
            resolve();
        }, ms);
        const stop = () => {
            clearTimeout(t);
            reject(signal.reason);
        };
        signal.addEventListener('abort', stop, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/cache/actions-lookup.ts
/**
 * Finding an entry in the GitHub Actions cache service, as @actions/cache 6 finds it, so entries
 * its `saveCache` wrote are found: the same service choice (v2 over twirp when
 * ACTIONS_CACHE_SERVICE_V2 is set outside GHES, else the v1 REST service), the same `version`
 * (sha256 over the path patterns, the compression method and a salt), the same keys, and the
 * library's retry schedule for each. Only the lookup: the download and the reading of the archive
 * are the suite's own (actions-download.ts, actions-restore.ts).
 */



/** The toolkit's choice of service: v2 when ACTIONS_CACHE_SERVICE_V2 is set, except on GHES (v1 only). */
function serviceProtocol(env = process.env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
    const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
    return env.ACTIONS_CACHE_SERVICE_V2 && !ghes ? 'v2' : 'v1';
}
/** The service the toolkit would use, or undefined when the runner offers none. */
function cacheService(env = process.env) {
    const protocol = serviceProtocol(env);
    const url = protocol === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    if (!url)
        return undefined;
    return { protocol, url: url.endsWith('/') ? url : `${url}/`, token: env.ACTIONS_RUNTIME_TOKEN ?? '' };
}
/** ACTIONS_CACHE_MODE as the toolkit reads it: `none` and `write-only` forbid reads; unknown values allow them. */
function cacheReadable(env = process.env) {
    const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    return !['none', 'write-only'].includes(mode);
}
/** The toolkit's choice: zstd when `zstd --quiet --version` prints anything, else gzip. */
async function compressionMethod() {
    try {
        const r = await (0,exec/* run */.e)(['zstd', '--quiet', '--version'], { silent: true });
        return `${r.stdout}${r.stderr}`.trim() ? 'zstd-without-long' : 'gzip';
    }
    catch {
        return 'gzip';
    }
}
/** The entry's `version`: sha256 of the path patterns, the compression method and the salt, joined with `|`. */
function cacheVersion(paths, compression, platform = process.platform) {
    const parts = [...paths, compression, ...(platform === 'win32' ? ['windows-only'] : []), '1.0'];
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('|')).digest('hex');
}
/** Transport errors the toolkit does not retry (it gives up on them at once). */
const NETWORK_CODES = new Set(['ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH']);
const TWIRP_RETRY = { attempts: 5, firstMs: 3000, factor: 1.5 };
/** The v1 service and downloads: two attempts, 5 s apart, on 502/503/504 and transport errors. */
const REST_RETRY = { attempts: 2, delayMs: 5000 };
const RETRYABLE_REST = new Set([502, 503, 504]);
const RETRYABLE_TWIRP = new Set([500, 502, 503, 504]);
const IDLE_MS = 30_000;
class Retryable extends Error {
}
/** The twirp client's wait before attempt n+1: 3 s, then 3 s x 1.5^n up to x 1.5 more, at random. */
function twirpDelay(attempt) {
    if (attempt === 0)
        return TWIRP_RETRY.firstMs;
    const min = TWIRP_RETRY.firstMs * TWIRP_RETRY.factor ** attempt;
    return Math.trunc(min + Math.random() * (min * TWIRP_RETRY.factor - min));
}
async function twirpAttempt(svc, req) {
    const url = new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', svc.url);
    const body = { key: req.key, version: req.version };
    if (req.restoreKeys.length)
        body.restore_keys = req.restoreKeys;
    const answer = await send(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
        body: JSON.stringify(body),
        signal: req.signal,
        idleMs: IDLE_MS
    });
    const text = await readSmall(answer);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new Retryable(`the cache service answered ${answer.status} with a body that is not JSON`);
    }
    if (answer.status >= 200 && answer.status < 300) {
        if (!parsed.ok)
            return undefined;
        if (!parsed.signed_download_url || typeof parsed.matched_key !== 'string')
            throw new Error('the cache service gave a hit without a download URL or key');
        return { matchedKey: parsed.matched_key, url: parsed.signed_download_url };
    }
    const why = `the cache service answered ${answer.status}${parsed.msg ? `: ${parsed.msg}` : ''}`;
    const retry = RETRYABLE_TWIRP.has(answer.status) && !String(parsed.msg ?? '').includes('insufficient usage');
    throw retry ? new Retryable(why) : new Error(why);
}
async function twirpLookup(svc, req) {
    for (let attempt = 0;; attempt++) {
        try {
            return await twirpAttempt(svc, req);
        }
        catch (e) {
            if (req.signal.aborted)
                throw e;
            const network = e instanceof TransportError && e.code !== undefined && NETWORK_CODES.has(e.code);
            if (!(e instanceof Retryable || (e instanceof TransportError && !network)) || attempt + 1 >= TWIRP_RETRY.attempts)
                throw e;
            await pause(twirpDelay(attempt), req.signal);
        }
    }
}
/** Run `attempt` as the toolkit's REST retry does: again after 5 s on a transport error or 502/503/504. */
async function withRestRetry(signal, attempt) {
    for (let n = 1;; n++) {
        try {
            return await attempt();
        }
        catch (e) {
            if (signal.aborted || !(e instanceof Retryable || e instanceof TransportError) || n >= REST_RETRY.attempts)
                throw e;
            await pause(REST_RETRY.delayMs, signal);
        }
    }
}
/** An answer's status as an error when it is not a success: retryable for 502/503/504. The body is dropped. */
function failIfNotOk(answer, what) {
    if (answer.status >= 200 && answer.status < 300)
        return;
    answer.discard();
    const why = `${what} answered ${answer.status}`;
    throw RETRYABLE_REST.has(answer.status) ? new Retryable(why) : new Error(why);
}
async function restLookup(svc, req) {
    const keys = encodeURIComponent([req.key, ...req.restoreKeys].join(','));
    const url = new URL(`_apis/artifactcache/cache?keys=${keys}&version=${req.version}`, svc.url);
    return withRestRetry(req.signal, async () => {
        const answer = await send(url, {
            method: 'GET',
            headers: { Accept: 'application/json;api-version=6.0-preview.1', Authorization: `Bearer ${svc.token}` },
            signal: req.signal,
            idleMs: IDLE_MS
        });
        if (answer.status === 204) {
            answer.discard();
            return undefined;
        }
        failIfNotOk(answer, 'the cache service');
        const parsed = JSON.parse(await readSmall(answer));
        if (!parsed.archiveLocation || typeof parsed.cacheKey !== 'string')
            throw new Error('the cache service gave a hit without an archive location or key');
        return { matchedKey: parsed.cacheKey, url: parsed.archiveLocation };
    });
}
/** Look the key up; undefined on a miss. Throws when the service fails (after the toolkit's retries). */
async function lookUp(svc, req) {
    if ([req.key, ...req.restoreKeys].some(k => k.length > 512 || k.includes(',')))
        throw new Error('a cache key is longer than 512 characters or holds a comma, which the cache service does not accept');
    return svc.protocol === 'v2' ? twirpLookup(svc, req) : restLookup(svc, req);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/archive/tar-error.ts
/** The errors of the archive readers that run through an archive member by member: which archive, which member. */
/** `archive: member 'm': message`, the member's name printable. */
class MemberError extends Error {
    archive;
    member;
    constructor(archive, message, 
    /** The member at fault, when one is. */
    member) {
        super(`${archive}: ${member !== undefined ? `member '${printable(member)}': ` : ''}${message}`);
        this.archive = archive;
        this.member = member;
    }
}
/** The error of the tar reader (and of the decompressors in front of it). */
class TarError extends MemberError {
    name = 'TarError';
}
function printable(name) {
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    return name.replace(/[\0-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/archive/decompress.ts
/**
 * The bytes of a (compressed) tar, told apart by content: gzip, zstd, bzip2, xz, LZMA-alone (the
 * `.lzma` of LZMA Utils, no magic of its own: judged by its 13-byte header) and compress'd `.Z`.
 * gzip is inflated in this process; the others by the system's decompressor on another core
 * (argv fixed, the archive on its stdin, so no user text reaches a command line); zstd falls back
 * to Node's own when the system has none. A missing decompressor is an error naming the program
 * and the Debian package that provides it.
 */






/** Bytes of the head detectCompression needs to tell every kind (the LZMA-alone header). */
const HEAD_BYTES = 13;
/**
 * An LZMA-alone header: a properties byte (lc + 9·lp + 45·pb, so below 225), a dictionary size of
 * 2^n or 2^n + 2^(n-1) bytes (4 KiB at least, as LZMA Utils and xz write it), then the size
 * uncompressed: unknown (all ones, a streamed file) or below 2^38, the bound xz itself trusts.
 */
function isLzmaAlone(head) {
    const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    if (b.length < HEAD_BYTES || b[0] >= 225)
        return false;
    const dict = b.readUInt32LE(1);
    if (dict < 4096)
        return false;
    const top = 2 ** Math.floor(Math.log2(dict));
    if (dict !== top && dict !== top + top / 2)
        return false;
    const size = b.subarray(5, 13);
    return size.every(x => x === 0xff) || b.readBigUInt64LE(5) < 2n ** 38n;
}
const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
/** Which compression a file starts with (give it HEAD_BYTES to tell LZMA-alone). */
function detectCompression(head) {
    const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b)
        return 'gzip';
    if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x9d)
        return 'compress';
    if (b.length >= 4 && b.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    if (b.length >= 3 && b.toString('latin1', 0, 3) === 'BZh')
        return 'bzip2';
    if (b.length >= 6 && b.subarray(0, 6).equals(XZ_MAGIC))
        return 'xz';
    if (isLzmaAlone(b))
        return 'lzma';
    return 'none';
}
/** The system's decompressor for each kind it handles: argv, and the Debian package that has it. */
const DECOMPRESSORS = {
    zstd: { argv: ['zstd', '-dc'], debian: 'zstd' },
    bzip2: { argv: ['bzip2', '-dc'], debian: 'bzip2' },
    xz: { argv: ['xz', '-dc'], debian: 'xz-utils' },
    lzma: { argv: ['xz', '--format=lzma', '-dc'], debian: 'xz-utils' },
    compress: { argv: ['gzip', '-dc'], debian: 'gzip' }
};
/** Read and inflate in large chunks: far fewer writes and callbacks than the 16 KiB defaults. */
const CHUNK = 1 << 20;
function inflateInProcess(archive, z) {
    const raw = external_node_fs_.createReadStream(archive, { highWaterMark: CHUNK });
    raw.on('error', e => z.destroy(e));
    const stream = raw.pipe(z);
    return { stream, done: async () => { }, stop: () => void (raw.destroy(), z.destroy()) };
}
const found = new Map();
/** Is `name` a program on PATH (remembered per PATH)? */
function hasProgram(name) {
    const PATH = process.env.PATH ?? '';
    const key = `${name}\0${PATH}`;
    let yes = found.get(key);
    if (yes === undefined) {
        yes = PATH.split(external_node_path_.delimiter).some(d => {
            try {
                external_node_fs_.accessSync(external_node_path_.join(d, name), external_node_fs_.constants.X_OK);
                return true;
            }
            catch {
                return false;
            }
        });
        found.set(key, yes);
    }
    return yes;
}
/** The first HEAD_BYTES of a file (fewer when it is shorter). */
async function readHead(file) {
    const fd = await external_node_fs_.promises.open(file, 'r');
    try {
        const head = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await fd.read(head, 0, HEAD_BYTES, 0);
        return head.subarray(0, bytesRead);
    }
    finally {
        await fd.close();
    }
}
/** The archive's bytes decompressed: by the system's zstd, bzip2, xz or gzip on another core when there, else in this process. */
async function openDecompressed(archive) {
    const kind = detectCompression(await readHead(archive));
    if (kind === 'none') {
        const stream = external_node_fs_.createReadStream(archive, { highWaterMark: CHUNK });
        return { stream, done: async () => { }, stop: () => void stream.destroy() };
    }
    if (kind === 'gzip')
        return inflateInProcess(archive, external_node_zlib_.createGunzip({ chunkSize: CHUNK }));
    const { argv, debian } = DECOMPRESSORS[kind];
    if (!hasProgram(argv[0])) {
        if (kind === 'zstd')
            return inflateInProcess(archive, external_node_zlib_.createZstdDecompress({ chunkSize: CHUNK }));
        throw new TarError(archive, `reading ${kind} data needs '${argv[0]}', which is not on PATH; install it (Debian package ${debian})`);
    }
    return inChild(archive, kind, argv, debian);
}
/** The decompressor as a child: the archive itself is its stdin, so its bytes never pass through this process. */
function inChild(archive, kind, argv, debian) {
    const input = external_node_fs_.openSync(archive, 'r');
    const child = (() => {
        try {
            return (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { stdio: [input, 'pipe', 'pipe'] });
        }
        finally {
            external_node_fs_.closeSync(input);
        }
    })();
    const stderr = [];
    // both are pipes, as asked above (the typings cannot tell with a descriptor for stdin)
    const [childOut, childErr] = [child.stdout, child.stderr];
    childErr.on('data', (b) => stderr.push(b));
    const exited = new Promise((resolve, reject) => {
        child.on('error', e => reject(new TarError(archive, `${argv[0]} could not start (${e.message}); install it (Debian package ${debian}) to read ${kind} archives`)));
        child.on('close', code => resolve(code ?? 1));
    });
    const out = new external_node_stream_.PassThrough({ highWaterMark: CHUNK });
    childOut.pipe(out);
    exited.catch((e) => out.destroy(e));
    return {
        stream: out,
        stop: () => {
            out.destroy();
            child.kill();
        },
        done: async () => {
            const code = await exited;
            if (code !== 0)
                throw new TarError(archive, `${argv.join(' ')} failed (exit ${code}): ${Buffer.concat(stderr).toString().trim()}`);
        }
    };
}

// EXTERNAL MODULE: ./src/archive/links.ts
var archive_links = __webpack_require__(19783);
;// CONCATENATED MODULE: ./src/archive/tar-write.ts
/**
 * Writing tar archives reproducibly: members in the order given (callers sort), owners zeroed, one
 * mtime, modes reduced to 0644/0755. Every path is looked at with lstat first: only regular files,
 * folders and symlinks are written; a FIFO, socket or device is refused with its path and is never
 * opened (files are opened with O_NOFOLLOW | O_NONBLOCK and checked again, so a swap cannot block).
 *
 * Two ways out: `packTar` streams to a file (any size), `tarInMemory` lays the whole archive out in
 * one buffer, each file read once straight into its place and hashed there (a package's payload).
 */






/** What a non-regular, non-folder, non-symlink path is, in words; undefined for the three accepted kinds. */
function specialKind(st) {
    if (st.isFile() || st.isDirectory() || st.isSymbolicLink())
        return undefined;
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a unix socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    return 'not a file, folder or symlink';
}
const BLOCK = 512;
const padding = (n) => (BLOCK - (n % BLOCK)) % BLOCK;
function headerBlocks(data) {
    const fields = { ...data, uid: 0, gid: 0, uname: '', gname: '' };
    const h = new index_min/* Header */.Y9(fields);
    h.encode();
    const blocks = [];
    if (h.needPax)
        blocks.push(new index_min/* Pax */.un({ ...fields, atime: undefined, ctime: undefined }).encode());
    blocks.push(h.block);
    return Buffer.concat(blocks);
}
/** lstat a source and frame its header; special files are refused here, before anything opens them. */
function tar_write_frame(src, mtime) {
    const st = external_node_fs_.lstatSync(src.abs);
    const id = `${st.dev}:${st.ino}`;
    const kind = specialKind(st);
    if (kind)
        throw new Error(`${src.abs} is ${kind}; only files, folders and symlinks can be packed: remove it or move it out of the tree`);
    if (st.isSymbolicLink()) {
        const target = external_node_fs_.readlinkSync(src.abs);
        const header = headerBlocks({ path: src.name, type: 'SymbolicLink', mode: 0o777, size: 0, mtime, linkpath: target });
        return { header, st, abs: src.abs, member: { name: src.name, type: 'symlink', size: 0, target, id } };
    }
    if (st.isDirectory()) {
        const header = headerBlocks({ path: `${src.name}/`, type: 'Directory', mode: 0o755, size: 0, mtime });
        return { header, st, abs: src.abs, member: { name: src.name, type: 'dir', size: 0, id } };
    }
    const header = headerBlocks({ path: src.name, type: 'File', mode: st.mode & 0o111 ? 0o755 : 0o644, size: st.size, mtime });
    return { header, st, abs: src.abs, member: { name: src.name, type: 'file', size: st.size, id } };
}
/** Open a file seen by lstat as regular without following a link or blocking on a swapped-in FIFO. */
function openRegular(abs) {
    const fd = external_node_fs_.openSync(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    if (!external_node_fs_.fstatSync(fd).isFile()) {
        external_node_fs_.closeSync(fd);
        throw new Error(`${abs} stopped being a regular file while it was packed`);
    }
    return fd;
}
/** Fill `into` from the file, then make sure the file holds nothing more (it did not change size). */
function readExactly(abs, into) {
    const fd = openRegular(abs);
    try {
        let off = 0;
        while (off < into.length) {
            const n = fs.readSync(fd, into, off, into.length - off, null);
            if (n === 0)
                break;
            off += n;
        }
        if (off !== into.length || fs.readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0)
            throw new Error(`${abs} changed while it was packed`);
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * The whole archive in one buffer: headers, every file read once straight into its place (and, with
 * `hash`, its sha256 taken there), the two closing blocks. For trees that fit in memory.
 */
function tarInMemory(sources, o) {
    const mtime = new Date(o.mtime * 1000);
    const framed = sources.map(s => tar_write_frame(s, mtime));
    let total = o.end === false ? 0 : 2 * BLOCK;
    for (const f of framed)
        total += f.header.length + f.member.size + padding(f.member.size);
    const tar = Buffer.alloc(total);
    let at = 0;
    const members = framed.map(f => {
        at += f.header.copy(tar, at);
        if (f.member.type !== 'file')
            return f.member;
        const body = tar.subarray(at, at + f.member.size);
        readExactly(f.abs, body);
        at += f.member.size + padding(f.member.size);
        return o.hash ? { ...f.member, sha256: createHash('sha256').update(body).digest('hex') } : f.member;
    });
    return { tar, members };
}
/** Read a file in pieces (for streaming), checking its size against what lstat said; `hash` sees every piece. */
function* fileChunks(abs, size, hash) {
    const fd = openRegular(abs);
    try {
        let left = size;
        while (left > 0) {
            const piece = Buffer.allocUnsafe(Math.min(left, 4 << 20));
            const n = external_node_fs_.readSync(fd, piece, 0, piece.length, null);
            if (n === 0)
                break;
            left -= n;
            hash?.update(piece.subarray(0, n));
            yield piece.subarray(0, n);
        }
        if (left !== 0 || external_node_fs_.readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0)
            throw new Error(`${abs} changed while it was packed`);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** The archive's bytes piece by piece: each file read once, in pieces, never all in memory. */
function* tarChunks(sources, o) {
    const mtime = new Date(o.mtime * 1000);
    for (const m of o.prepend ?? []) {
        yield headerBlocks({ path: m.path, type: 'File', mode: 0o644, size: m.data.length, mtime });
        yield m.data;
        yield Buffer.alloc(padding(m.data.length));
    }
    for (const src of sources) {
        const f = tar_write_frame(src, mtime);
        yield f.header;
        if (f.member.type !== 'file') {
            o.onMember?.(f.member);
            continue;
        }
        const hash = o.hash ? (0,external_node_crypto_.createHash)('sha256') : undefined;
        yield* fileChunks(f.abs, f.member.size, hash);
        yield Buffer.alloc(padding(f.member.size));
        o.onMember?.(hash ? { ...f.member, sha256: hash.digest('hex') } : f.member);
    }
    if (o.end !== false)
        yield Buffer.alloc(2 * BLOCK);
}
/**
 * Write `chunks` to `out` through gzip, zstd (one thread) or nothing, in pieces of at least 1 MiB,
 * each write finished before the next: Node's zstd stream appends an empty frame when end() finds
 * writes still queued (nodejs/node#66078), which would make the bytes depend on timing.
 */
async function writeChunks(chunks, out, c) {
    const file = external_node_fs_.createWriteStream(out);
    const z = c.gzipLevel
        ? external_node_zlib_.createGzip({ level: c.gzipLevel })
        : c.zstdLevel > 0
            ? external_node_zlib_.createZstdCompress({ params: { [external_node_zlib_.constants.ZSTD_c_compressionLevel]: c.zstdLevel } })
            : undefined;
    const sink = z ?? file;
    const done = z ? (0,promises_.pipeline)(z, file) : (0,promises_.finished)(file);
    done.catch(() => { }); // awaited below; a failure also ends the race of the write in progress
    const put = (b) => new Promise((resolve, reject) => sink.write(b, e => (e ? reject(e) : resolve())));
    let batch = [];
    let bytes = 0;
    for (const chunk of chunks) {
        batch.push(chunk);
        bytes += chunk.length;
        if (bytes < 1 << 20)
            continue;
        await Promise.race([put(Buffer.concat(batch)), done]);
        batch = [];
        bytes = 0;
    }
    if (bytes)
        await Promise.race([put(Buffer.concat(batch)), done]);
    sink.end();
    await done;
}
/** Write `paths` (relative to root, files, symlinks and folders, in the order given) into `out`. */
async function packTar(root, paths, out, opts) {
    const sources = paths.map(rel => ({ name: opts.prefix ? (rel ? `${opts.prefix}/${rel}` : opts.prefix) : rel, abs: external_node_path_.join(root, rel) }));
    await writeChunks(tarChunks(sources, { mtime: opts.mtime, prepend: opts.prepend }), out, opts);
}

;// CONCATENATED MODULE: ./src/archive/tar.ts
/**
 * Tar archives as untrusted input, read by their headers (node-tar's parser), never by parsing a
 * listing. Extraction writes only regular files, directories and symlinks that stay inside the
 * destination; hard links inside become copies; devices, FIFOs, sparse files, names that escape
 * and links out are refused; sizes and counts are capped. Symlinks are made last, once every
 * member is known, and each is judged by its whole chain against the tree as it will then be
 * (links.ts); no member is ever written through a link. On any problem everything the call
 * created is removed again and a TarError names the member. Compression is recognised by content
 * (decompress.ts).
 *
 * Writing (tar-write.ts) is reproducible: members in the order given (callers sort), owners zeroed,
 * one mtime, modes reduced to 0644/0755.
 */









// The error and the decompressors live in their own modules; these names stay importable from here.


const DEFAULT_TAR_LIMITS = {
    maxMembers: 1_000_000,
    maxFileBytes: 8 * 1024 ** 3,
    maxTotalBytes: 32 * 1024 ** 3
};
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
/**
 * Does a symlink at `name` pointing at `target` stay inside the tree, read alone and lexically? For
 * trees the suite writes itself; whether a link of an extracted tree may exist is decided by its
 * chain (links.ts).
 */
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
    external_node_fs_.mkdirSync(dest, { recursive: true });
    const root = external_node_fs_.realpathSync(dest);
    const created = []; // absolute paths, in creation order, removed on failure
    const members = [];
    const byName = new Map();
    /** Symlinks of the archive, made once every member is known and the chains are judged. */
    const links = new Map();
    const hadContent = external_node_fs_.readdirSync(root).length > 0;
    /** Folders already made or found to be real folders by this call. */
    const folders = new Set();
    let total = 0;
    let failure;
    const fail = (message, member) => {
        failure ??= new TarError(archive, message, member);
    };
    /** Make the parent folders of rel, refusing to pass through a symlink (on disk or of the archive) or a non-folder. */
    const ensureParents = (rel) => {
        const parts = rel.split('/').slice(0, -1);
        let cur = root;
        for (const [i, p] of parts.entries()) {
            cur = external_node_path_.join(cur, p);
            const folder = parts.slice(0, i + 1).join('/');
            if (folders.has(folder))
                continue;
            if (links.has(folder))
                throw new TarError(archive, `its folder '${printable(folder)}' is a symlink; refusing to write through it (an earlier member of this archive)`, rel);
            let st;
            try {
                st = external_node_fs_.lstatSync(cur);
            }
            catch {
                external_node_fs_.mkdirSync(cur, { mode: 0o755 });
                created.push(cur);
                folders.add(folder);
                continue;
            }
            if (st.isSymbolicLink())
                throw new TarError(archive, `its folder '${external_node_path_.relative(root, cur)}' is a symlink; refusing to write through it`, rel);
            if (!st.isDirectory())
                throw new TarError(archive, `its folder '${external_node_path_.relative(root, cur)}' is a file`, rel);
            folders.add(folder);
        }
    };
    /** Remove whatever sits at abs (not a folder with content) so a member can take its place. */
    const clearPlace = (abs, rel, type) => {
        // a folder that was empty holds only what this call made: a folder it made, or a member it has seen
        if (!hadContent && !folders.has(rel) && !byName.has(rel))
            return false;
        let st;
        try {
            st = external_node_fs_.lstatSync(abs);
        }
        catch {
            return false;
        }
        if (st.isDirectory() && !st.isSymbolicLink()) {
            if (type === 'dir')
                return true;
            throw new TarError(archive, 'a folder already stands at its path', rel);
        }
        external_node_fs_.rmSync(abs, { force: true });
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
            const abs = external_node_path_.join(root, rel);
            const mode = opts.keepModes ? (entry.mode ?? 0o644) & 0o777 : (entry.mode ?? 0o644) & 0o111 ? 0o755 : 0o644;
            if (byName.has(rel) && entry.type !== 'Directory')
                throw new TarError(archive, 'it appears twice', rel);
            if (entry.type === 'Directory') {
                if (links.has(rel))
                    throw new TarError(archive, 'it is both a symlink and a folder', rel);
                ensureParents(rel);
                if (!clearPlace(abs, rel, 'dir')) {
                    external_node_fs_.mkdirSync(abs, { mode: 0o755 });
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
                // judged by its chain once every member is known (makeLinks)
                ensureParents(rel);
                clearPlace(abs, rel, 'symlink');
                links.set(rel, target);
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
                external_node_fs_.copyFileSync(external_node_path_.join(root, source.path), abs, external_node_fs_.constants.COPYFILE_EXCL);
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
            const fd = external_node_fs_.openSync(abs, 'wx', mode);
            created.push(abs);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let written = 0;
            entry.on('data', (chunk) => {
                if (failure)
                    return;
                try {
                    written += chunk.length;
                    if (written > size)
                        throw new TarError(archive, 'more data than its header declares', rel);
                    hash.update(chunk);
                    external_node_fs_.writeSync(fd, chunk);
                }
                catch (e) {
                    fail(e instanceof Error ? e.message : String(e), rel);
                }
            });
            entry.on('end', () => {
                external_node_fs_.closeSync(fd);
                if (failure)
                    return;
                if (written !== size)
                    return fail(`${written} bytes where its header declares ${size}`, rel);
                external_node_fs_.chmodSync(abs, mode); // the umask may have narrowed it
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
    const blocks = new BlockAligner();
    const parser = new index_min/* Parser */.iX({ strict: true, onReadEntry: onEntry });
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
        await (0,promises_.pipeline)(stream, new external_node_stream_.Writable({
            write(chunk, _enc, cb) {
                if (failure)
                    return cb();
                if (allZero && chunk.some(b => b !== 0))
                    allZero = false;
                const pieces = blocks.cut(chunk);
                const next = (i) => {
                    if (i >= pieces.length || failure)
                        return cb();
                    if (parser.write(pieces[i]))
                        next(i + 1);
                    else
                        parser.once('drain', () => next(i + 1));
                };
                next(0);
            },
            final(cb) {
                const rest = blocks.rest();
                if (rest && !failure)
                    parser.write(rest);
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
    if (!failure && links.size) {
        try {
            makeLinks(root, links, hadContent, created);
        }
        catch (e) {
            if (e instanceof LinkRefused)
                fail(e.message, e.member);
            else
                fail(e instanceof Error ? e.message : String(e));
        }
    }
    if (failure) {
        removeCreated(created);
        throw failure;
    }
    return { members, created };
}
/**
 * Cuts a byte stream into pieces of whole 512-byte blocks (a tar is made of them) without copying
 * but for the one block that straddles two chunks: node-tar's parser then never joins a chunk's
 * remainder with the next chunk, a copy (and an allocation) of almost every chunk otherwise.
 */
class BlockAligner {
    tail;
    cut(chunk) {
        const pieces = [];
        let c = chunk;
        if (this.tail) {
            const need = 512 - this.tail.length;
            if (c.length < need) {
                this.tail = Buffer.concat([this.tail, c]);
                return pieces;
            }
            pieces.push(Buffer.concat([this.tail, c.subarray(0, need)]));
            c = c.subarray(need);
            this.tail = undefined;
        }
        const whole = c.length - (c.length % 512);
        if (whole)
            pieces.push(c.subarray(0, whole));
        if (whole < c.length)
            this.tail = c.subarray(whole);
        return pieces;
    }
    /** What is left at the end (not a whole block: the parser reports the archive as truncated). */
    rest() {
        const t = this.tail;
        this.tail = undefined;
        return t;
    }
}
class LinkRefused extends Error {
    member;
    constructor(message, member) {
        super(message);
        this.member = member;
    }
}
/**
 * Judge the archive's links against the tree as it now stands with them (and, when the folder held
 * something before, the links already there too), then make them.
 */
function makeLinks(root, links, hadContent, created) {
    const look = (0,archive_links/* overlayTree */.tV)((0,archive_links/* diskTree */.cF)(root), [...links].map(([rel, target]) => [rel, { kind: 'link', target }]));
    const problem = (0,archive_links/* firstLinkProblem */.c7)(look, links) ?? (hadContent ? (0,archive_links/* firstLinkProblem */.c7)(look, (0,archive_links/* linksOnDisk */.Ms)(root), 'existing') : null);
    if (problem)
        throw new LinkRefused((0,archive_links/* describeLinkProblem */.Pw)(problem), problem.link);
    for (const [rel, target] of links) {
        const abs = external_node_path_.join(root, rel);
        external_node_fs_.symlinkSync(target, abs);
        created.push(abs);
    }
}
/** Remove what an extraction created: files and links first, then folders that are empty. */
function removeCreated(created) {
    for (const abs of [...created].reverse()) {
        try {
            const st = external_node_fs_.lstatSync(abs);
            if (st.isDirectory())
                external_node_fs_.rmdirSync(abs);
            else
                external_node_fs_.rmSync(abs, { force: true });
        }
        catch {
            // already gone, or a folder that still holds files not ours
        }
    }
}
// The write side lives in tar-write.ts; these names stay importable from here.


;// CONCATENATED MODULE: ./src/cache/actions-download.ts
/**
 * Downloading an Actions cache archive from the URL the service signed: one plain GET (what the
 * toolkit does for any URL outside Azure's blob hosts, and what works on a signed blob URL too),
 * with the toolkit's retries (twice, 5 s apart, on 502/503/504 and transport errors) and its 5 s
 * idle limit. Bounded: an answer that is not a success is dropped with its connection, the body may
 * not pass its Content-Length nor the size limit (the service's 10 GiB per repository), and a
 * body shorter than its Content-Length is an incomplete download.
 */





/** The cache service's limit per repository: no archive is larger. */
const MAX_ARCHIVE_BYTES = 10 * 1024 ** 3;
/** The toolkit aborts a download after this long without a byte. */
const actions_download_IDLE_MS = 5000;
/** Counts bytes and fails past a limit, so an endless body ends the download. */
class Limit extends external_node_stream_.Transform {
    max;
    bytes = 0;
    constructor(max) {
        super();
        this.max = max;
    }
    _transform(chunk, _enc, done) {
        this.bytes += chunk.length;
        if (this.bytes > this.max)
            done(new Error(`the download passed ${this.max} bytes, the most an entry may have`));
        else
            done(null, chunk);
    }
}
async function attempt(url, dest, max, signal) {
    const answer = await send(url, { method: 'GET', signal, idleMs: actions_download_IDLE_MS });
    failIfNotOk(answer, 'the cache storage');
    const declared = answer.headers['content-length'] === undefined ? undefined : Number(answer.headers['content-length']);
    if (declared !== undefined && declared > max) {
        answer.discard();
        throw new Error(`the archive is ${declared} bytes, more than the ${max} an entry may have`);
    }
    const limit = new Limit(declared ?? max);
    try {
        await (0,promises_.pipeline)(answer.body, limit, external_node_fs_.createWriteStream(dest, { mode: 0o600 }));
    }
    catch (e) {
        answer.discard();
        if (e instanceof Error && /passed \d+ bytes/.test(e.message))
            throw e;
        // a connection that ended early or went idle: the toolkit retries these
        throw new TransportError(`the download broke off after ${limit.bytes} bytes (${e instanceof Error ? e.message : String(e)})`, undefined);
    }
    if (declared !== undefined && limit.bytes !== declared)
        throw new TransportError(`incomplete download: ${limit.bytes} of ${declared} bytes (Content-Length)`, undefined);
    return limit.bytes;
}
/** Download `url` into `dest` (a new file in a private folder). Returns its size. */
function downloadArchive(url, dest, opts) {
    const max = opts.maxBytes ?? MAX_ARCHIVE_BYTES;
    return withRestRetry(opts.signal, () => attempt(new URL(url), dest, max, opts.signal));
}

;// CONCATENATED MODULE: ./src/cache/actions-restore.ts
/**
 * Restoring from the GitHub Actions cache without @actions/cache's `restoreCache`, which unpacks
 * the downloaded archive with `tar -P` into the workspace before anything could check it. Here the
 * entry is looked up as the toolkit looks it up (actions-lookup.ts), downloaded into a private
 * folder (actions-download.ts), and the toolkit's archive (a tar, zstd or gzip, of the staged
 * folder, its members named relative to the workspace) is read with the suite's own tar reader
 * into that folder, refusing escapes, links out, devices and bombs. Only the staged entry file is
 * taken from it; the caller then reads that file with the verifying entry reader.
 */






/** Members the toolkit writes for a staged folder: the folder, its parents, and the entry file. */
function unexpectedMember(members, stagedPath, entryPath) {
    const parents = new Set();
    for (let p = stagedPath; p !== '.' && p !== ''; p = external_node_path_.posix.dirname(p))
        parents.add(p);
    return members.find(m => !(m.type === 'dir' && parents.has(m.path)) && !(m.type === 'file' && m.path === entryPath));
}
/** Read the toolkit's archive into `into`; the staged entry file, or why the archive is refused. */
async function takeStagedEntry(archive, into, stagedPath, entryName) {
    const entryPath = external_node_path_.posix.join(stagedPath, entryName);
    // the entry inside is compressed already, so the archive barely shrinks it: a much larger
    // content is a bomb, refused before it fills the disk
    const most = 2 * external_node_fs_.statSync(archive).size + 1024 * 1024;
    let members;
    try {
        members = await extractTar(archive, into, { limits: { maxMembers: 64, maxFileBytes: most, maxTotalBytes: most } });
    }
    catch (e) {
        if (e instanceof TarError)
            return { refused: e.message };
        throw e;
    }
    const odd = unexpectedMember(members, stagedPath, entryPath);
    if (odd)
        return { refused: `the archive holds ${odd.type} '${odd.path}', which the suite never stages (only ${entryPath})` };
    const entry = external_node_path_.join(into, ...entryPath.split('/'));
    const st = external_node_fs_.lstatSync(entry, { throwIfNoEntry: false });
    if (!st?.isFile())
        return { refused: `the archive has no ${entryPath}` };
    return { entry };
}
/** Look `key` up, download its archive and take the entry file out of it; see the module's comment. */
async function restoreFromActions(req) {
    const svc = cacheService();
    if (!svc)
        return { outcome: 'miss', note: 'the runner offers no cache service' };
    if (!cacheReadable())
        return { outcome: 'miss', note: `the cache mode '${process.env.ACTIONS_CACHE_MODE}' does not permit reads` };
    const compression = await compressionMethod();
    const version = cacheVersion([req.stagedPath], compression);
    const found = await lookUp(svc, { key: req.key, restoreKeys: [], version, signal: req.signal });
    if (!found)
        return { outcome: 'miss' };
    (0,lib_log/* mask */.dK)(found.url);
    if (found.matchedKey !== req.key)
        return { outcome: 'miss', note: `the service offered '${found.matchedKey}' (a prefix match), not ${req.key}` };
    const archive = external_node_path_.join(req.dir, compression === 'gzip' ? 'cache.tgz' : 'cache.tzst');
    const archiveBytes = await downloadArchive(found.url, archive, { signal: req.signal, maxBytes: req.maxBytes });
    (0,lib_log/* info */.pq)(`downloaded the entry for ${req.key}: ${archiveBytes} bytes`);
    const taken = await takeStagedEntry(archive, external_node_path_.join(req.dir, 'members'), req.stagedPath, req.entryName);
    external_node_fs_.rmSync(archive, { force: true });
    return 'refused' in taken ? { outcome: 'refused', why: taken.refused } : { outcome: 'hit', entry: taken.entry, archiveBytes };
}

// EXTERNAL MODULE: ./src/cache/tree.ts + 1 modules
var cache_tree = __webpack_require__(99616);
;// CONCATENATED MODULE: ./src/cache/store.ts
/**
 * Where cache entries live: the GitHub Actions cache (the real @actions/cache) inside a workflow,
 * a local directory from the command line. A store holds one entry file per key. A store that
 * cannot be reached, or does not answer in time, is a warning, never a failed build.
 */










const ENTRY_SUFFIX = '.tar.zst';
/** The entry's name in the Actions cache's staged folder. */
const ENTRY_FILE = `entry${ENTRY_SUFFIX}`;
let actionsCache;
/** @actions/cache, with the Azure storage client it brings (about 2 MB), loads at the first save. */
function loadActionsCache() {
    return (actionsCache ??= Promise.all(/* import() */[__webpack_require__.e(113), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142)));
}
/**
 * Whether the runner offers the cache service: the same test as @actions/cache's isFeatureAvailable
 * (v2 needs ACTIONS_RESULTS_URL, v1 and GHES ACTIONS_CACHE_URL), made here so that choosing a
 * store does not load the library.
 */
function actionsCacheAvailable(env = process.env) {
    return serviceProtocol(env) === 'v2' ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}
/** A directory of `<key>.tar.zst` files, written through a temporary name. */
class LocalDirStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    get description() {
        return `local cache directory ${this.dir}`;
    }
    file(key) {
        return external_node_path_.join(this.dir, `${key}${ENTRY_SUFFIX}`);
    }
    async restore(key) {
        const f = this.file(key);
        return external_node_fs_.existsSync(f) ? f : undefined;
    }
    async save(key, entryFile) {
        const f = this.file(key);
        if (external_node_fs_.existsSync(f))
            return false;
        try {
            (0,files/* copyAtomically */.tB)(entryFile, f);
            return true;
        }
        catch (e) {
            (0,lib_log/* warning */.$e)(`could not write the cache entry ${f}: ${(0,errors/* errorMessage */.gJ)(e)}`);
            return false;
        }
    }
    drop(key) {
        external_node_fs_.rmSync(this.file(key), { force: true });
        return `the entry was removed from ${this.dir}`;
    }
    cleanup() { }
}
/**
 * The GitHub Actions cache: saved with @actions/cache's saveCache, restored by the suite's own
 * reader (actions-restore.ts). The toolkit keys an entry's "version" on the path strings it is
 * given and stores members relative to GITHUB_WORKSPACE, so the entry is staged under the same
 * relative path in every job (`.build-wheel/cache/<name>` in the workspace): runners with other
 * RUNNER_TEMP or workspace folders, and container jobs, meet on equal keys.
 */
class ActionsCacheStore {
    timeoutSeconds;
    description = 'GitHub Actions cache';
    workspace;
    relStaging;
    /** Private folders of restores (downloads and the entry files taken from them). */
    privateDirs = [];
    constructor(name, timeoutSeconds = timeout/* DEFAULT_SERVICE_TIMEOUT */.MI) {
        this.timeoutSeconds = timeoutSeconds;
        this.workspace = external_node_path_.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
        this.relStaging = `${cache_tree/* STATE_DIR */.e$}/cache/${name}`;
    }
    staging() {
        return external_node_path_.join(this.workspace, this.relStaging);
    }
    entry() {
        return external_node_path_.join(this.staging(), ENTRY_FILE);
    }
    /**
     * Run a bounded cache call with the workspace as the current folder (the library resolves the
     * pattern there). The folder is put back when the bounded call settles, also on a timeout.
     */
    async inWorkspace(what, fallback, then, work) {
        const before = process.cwd();
        // @actions/cache's tar fails when its archive folder (RUNNER_TEMP) holds whitespace:
        // give it a folder of its own without any for the call
        const runnerTemp = process.env.RUNNER_TEMP;
        const ownTemp = runnerTemp && /\s/.test(runnerTemp) && !/\s/.test(external_node_os_.tmpdir()) ? external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'bw-cache-')) : undefined;
        if (ownTemp)
            process.env.RUNNER_TEMP = ownTemp;
        if (before !== this.workspace)
            process.chdir(this.workspace);
        try {
            return await (0,timeout/* boundedOrElse */.Eg)(what, this.timeoutSeconds, fallback, work, then);
        }
        finally {
            if (before !== this.workspace)
                process.chdir(before);
            if (ownTemp) {
                process.env.RUNNER_TEMP = runnerTemp;
                external_node_fs_.rmSync(ownTemp, { recursive: true, force: true });
            }
        }
    }
    /**
     * Look the entry up and download it through the cache service, read the toolkit's archive with
     * the suite's own tar reader in a private folder, and give the staged entry file found in it (see
     * actions-restore.ts): nothing of the download reaches the workspace.
     */
    async restore(key) {
        this.cleanup();
        const dir = external_node_fs_.mkdtempSync(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'bw-cache-restore-'));
        this.privateDirs.push(dir);
        const stop = new AbortController();
        const got = await (0,timeout/* boundedOrElse */.Eg)('reading the Actions cache', this.timeoutSeconds, undefined, () => restoreFromActions({ key, stagedPath: this.relStaging, entryName: ENTRY_FILE, dir, signal: stop.signal }), 'building without it').finally(() => stop.abort());
        if (got?.outcome === 'hit')
            return got.entry; // its folder goes with cleanup()
        if (got?.outcome === 'refused')
            (0,lib_log/* warning */.$e)(`the Actions cache entry for ${key} was not used: ${got.why}; building without it`);
        else if (got?.outcome === 'miss' && got.note)
            (0,lib_log/* info */.pq)(got.note);
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
        return undefined;
    }
    async save(key, entryFile) {
        try {
            if (external_node_path_.resolve(entryFile) !== this.entry()) {
                external_node_fs_.mkdirSync(this.staging(), { recursive: true });
                (0,cache_tree/* claimFolder */.Pm)(external_node_path_.join(this.workspace, cache_tree/* STATE_DIR */.e$));
                external_node_fs_.copyFileSync(entryFile, this.entry());
            }
        }
        catch (e) {
            (0,lib_log/* warning */.$e)(`the cache entry could not be staged (${(0,errors/* errorMessage */.gJ)(e)}); going on without saving it`);
            return false;
        }
        const id = await this.inWorkspace('writing the Actions cache', -1, 'going on without saving it', async () => (await loadActionsCache()).saveCache([this.relStaging], key));
        return id !== -1;
    }
    drop() {
        return 'the Actions cache cannot remove it from here: delete it under Actions > Caches, or change the sources';
    }
    cleanup() {
        external_node_fs_.rmSync(this.staging(), { recursive: true, force: true });
        for (const d of this.privateDirs.splice(0))
            external_node_fs_.rmSync(d, { recursive: true, force: true });
    }
}
function defaultLocalCacheDir() {
    const base = process.env.XDG_CACHE_HOME || external_node_path_.join(external_node_os_.homedir(), '.cache');
    return external_node_path_.join(base, 'build-wheel');
}
/**
 * Choose the store: `cache-dir` given -> that directory; inside a runner with the cache service -> the
 * Actions cache; otherwise the user's cache directory.
 */
function chooseStore(name, cacheDir, timeoutSeconds = timeout/* DEFAULT_SERVICE_TIMEOUT */.MI) {
    if (cacheDir)
        return new LocalDirStore(external_node_path_.resolve(cacheDir, name));
    if (process.env.GITHUB_ACTIONS === 'true' && actionsCacheAvailable())
        return new ActionsCacheStore(name, timeoutSeconds);
    return new LocalDirStore(external_node_path_.join(defaultLocalCacheDir(), name));
}

;// CONCATENATED MODULE: ./src/lib/lockfile.ts
/**
 * Lock files that name their holder: pid, host, start time and what it does, written whole under a
 * temporary name and hard-linked into place, so a lock appears complete or not at all and only one
 * of two processes gets it. A holder whose process on this host is gone is stale, and its lock can
 * be taken over (moved aside, then checked to be the stale one). Used by the project tree's lock
 * (src/cache/lock.ts) and the conda build roots (src/conda/builder/croot.ts).
 */


function readHolder(file) {
    try {
        const h = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        if (typeof h.pid !== 'number' || typeof h.host !== 'string')
            return undefined;
        return { pid: h.pid, host: h.host, since: String(h.since ?? ''), what: String(h.what ?? ''), token: String(h.token ?? '') };
    }
    catch {
        return undefined;
    }
}
const describeHolder = (h) => `pid ${h.pid} on ${h.host}${h.what ? ` (${h.what})` : ''}${h.since ? `, since ${h.since}` : ''}`;
/** Whether the holder is a process that is gone: only knowable on this host. */
function isStale(h) {
    if (h.host !== external_node_os_.hostname())
        return false;
    try {
        process.kill(h.pid, 0);
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}
/** Try once to take the lock; returns the holder when someone else has it. */
function tryTake(file, mine) {
    const tmp = `${file}.${mine.token}`;
    external_node_fs_.writeFileSync(tmp, `${JSON.stringify(mine)}\n`);
    try {
        external_node_fs_.linkSync(tmp, file);
        return undefined;
    }
    catch (e) {
        if (e.code !== 'EEXIST')
            throw e;
        // an unreadable lock is one being replaced: report it as held by nobody known, and try again
        return readHolder(file) ?? { pid: 0, host: '?', since: '', what: 'a lock being written', token: '' };
    }
    finally {
        external_node_fs_.rmSync(tmp, { force: true });
    }
}
/** Move a stale lock aside, if it is still the one judged stale. */
function takeOver(file, stale, warn) {
    const aside = `${file}.stale-${process.pid}`;
    try {
        external_node_fs_.renameSync(file, aside);
    }
    catch {
        return; // someone else moved it first
    }
    const moved = readHolder(aside);
    if (moved?.token !== stale.token) {
        // another run took the lock between the look and the move: give it back
        try {
            external_node_fs_.linkSync(aside, file);
        }
        catch {
            // it has been replaced again; the next round decides
        }
    }
    else
        warn(`${file} was held by ${describeHolder(stale)}, which is no longer running (a killed or crashed run): taking the lock over; a partial build is detected by the tree's state`);
    external_node_fs_.rmSync(aside, { force: true });
}
/** A holder record for this process. */
function holderForThisProcess(what) {
    const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
    return { pid: process.pid, host: external_node_os_.hostname(), since: new Date().toISOString(), what, token };
}

;// CONCATENATED MODULE: ./src/cache/lock.ts
/**
 * One build at a time in a project tree: `.build-wheel/lock` holds the holder's pid, host and start
 * time. It is made whole under a temporary name and hard-linked into place, so it appears complete
 * or not at all, and only one of two runs gets it. A second run waits a bounded time (10 minutes,
 * or BUILD_WHEEL_LOCK_WAIT seconds), then fails naming the holder. A lock whose process is gone
 * (same host, no such pid) is stale: taken over with a warning. The lock is removed when the work
 * ends, also when it fails; a run that was killed leaves it stale for the next one.
 */




const LOCK_NAME = 'lock';
const LOCK_WAIT_ENV = 'BUILD_WHEEL_LOCK_WAIT';
const DEFAULT_LOCK_WAIT = 600;
class LockError extends Error {
    name = 'LockError';
}
/** Seconds to wait for the lock: the environment variable when it is a number of seconds, else the default. */
function lockWait(env = process.env) {
    const raw = (env[LOCK_WAIT_ENV] ?? '').trim();
    const n = Number(raw);
    return raw && /^\d+(\.\d+)?$/.test(raw) && Number.isFinite(n) ? n : DEFAULT_LOCK_WAIT;
}
/** Run `work` holding the tree's lock (see the module's comment). */
async function withTreeLock(root, opts, work) {
    const dir = external_node_path_.join(root, cache_tree/* STATE_DIR */.e$);
    external_node_fs_.mkdirSync(dir, { recursive: true });
    (0,cache_tree/* claimFolder */.Pm)(dir);
    const file = external_node_path_.join(dir, LOCK_NAME);
    const mine = holderForThisProcess(opts.what);
    const waitSeconds = opts.waitSeconds ?? lockWait();
    const until = Date.now() + waitSeconds * 1000;
    let told = false;
    for (;;) {
        const holder = tryTake(file, mine);
        if (!holder)
            break;
        if (holder.token && isStale(holder)) {
            takeOver(file, holder, opts.warn ?? (() => { }));
            continue;
        }
        if (Date.now() >= until)
            throw new LockError(`another build holds ${file}: ${describeHolder(holder)}; waited ${waitSeconds} s. Wait for it to finish, raise ${LOCK_WAIT_ENV} (seconds), ` +
                'or, if no build is running there, remove the lock file');
        if (!told)
            opts.log?.(`waiting up to ${waitSeconds} s for ${file}, held by ${describeHolder(holder)}`);
        told = true;
        await new Promise(r => setTimeout(r, Math.min(opts.pollMs ?? 1000, Math.max(until - Date.now(), 10))));
    }
    try {
        return await work();
    }
    finally {
        if (readHolder(file)?.token === mine.token)
            external_node_fs_.rmSync(file, { force: true });
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/archive/hash-off-thread.ts
/**
 * sha256 of many files' bytes, taken on a worker thread while the caller goes on reading and
 * writing. The caller gives each file's pieces in order, then hands them over between chunks
 * (`flush`): a piece whose memory is its buffer's own is moved to the worker without a copy (its
 * buffer is detached here: the caller must be done with it), any other is copied. At most a few
 * batches are on their way at once: `flush` waits for the worker to catch up. `InThreadHasher` does
 * the same in the caller's thread, for archives too small to be worth a thread.
 */


class InThreadHasher {
    open = new Map();
    done = new Map();
    adopt() { }
    update(id, piece) {
        let h = this.open.get(id);
        if (!h)
            this.open.set(id, (h = (0,external_node_crypto_.createHash)('sha256')));
        h.update(piece);
    }
    end(id) {
        this.done.set(id, (this.open.get(id) ?? (0,external_node_crypto_.createHash)('sha256')).digest('hex'));
        this.open.delete(id);
    }
    flush() {
        return Promise.resolve();
    }
    digests() {
        return Promise.resolve(this.done);
    }
    close() {
        this.open.clear();
    }
}
// Runs as a CommonJS script in the worker (eval), so a bundle needs no file of its own for it.
// A batch: buffers, and ops of four numbers each: file id, buffer index (-1: the file ends), start, end.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const open = new Map()
const done = []
const recycle = workerData && workerData.recycle
parentPort.on('message', m => {
  if (m.finish) return parentPort.postMessage({ digests: done })
  const bufs = m.buffers.map(b => Buffer.from(b))
  const ops = m.ops
  for (let i = 0; i < ops.length; i += 4) {
    const id = ops[i]
    let h = open.get(id)
    if (ops[i + 1] < 0) {
      done.push(id, (h || createHash('sha256')).digest('hex'))
      open.delete(id)
      continue
    }
    if (!h) open.set(id, (h = createHash('sha256')))
    h.update(bufs[ops[i + 1]].subarray(ops[i + 2], ops[i + 3]))
  }
  parentPort.postMessage({ ack: true })
  if (recycle) recycle.postMessage(m.buffers, m.buffers) // the decompressor fills them again
})
`;
/** Bytes gathered before a batch is posted. */
const BATCH_BYTES = 2 << 20;
/** Batches posted and not yet hashed before `flush` waits. */
const MAX_IN_FLIGHT = 8;
class OffThreadHasher {
    worker;
    buffers = [];
    /** Adopted chunks' buffers in this batch, by index in `buffers`. */
    index = new Map();
    ops = [];
    bytes = 0;
    inFlight = 0;
    failure;
    waiting;
    finished;
    failed;
    /** `recycle`: where the buffers go once hashed (to be filled again), if anywhere. */
    constructor(recycle) {
        this.worker = new external_node_worker_threads_.Worker(WORKER, { eval: true, workerData: { recycle }, transferList: recycle ? [recycle] : [] });
        this.worker.on('message', (m) => {
            if (m.ack) {
                this.inFlight--;
                this.wake();
            }
            if (m.digests) {
                const out = new Map();
                for (let i = 0; i < m.digests.length; i += 2)
                    out.set(m.digests[i], m.digests[i + 1]);
                this.finished?.(out);
            }
        });
        this.worker.on('error', (e) => this.stop(new Error(`hashing on a worker thread failed: ${e.message}`)));
        this.worker.on('exit', code => this.stop(new Error(`the hashing thread stopped (exit ${code})`)));
    }
    adopt(chunk, owned = false) {
        const b = chunk.buffer;
        if (!(b instanceof ArrayBuffer) || this.index.has(b))
            return;
        if (owned || (chunk.byteOffset === 0 && chunk.byteLength === b.byteLength))
            this.index.set(b, this.buffers.push(b) - 1);
    }
    update(id, piece) {
        if (piece.length === 0)
            return;
        const b = this.index.get(piece.buffer);
        if (b !== undefined)
            this.ops.push(id, b, piece.byteOffset, piece.byteOffset + piece.length);
        else
            this.ops.push(id, this.buffers.push(new Uint8Array(piece).buffer) - 1, 0, piece.length); // copied: not an adopted chunk
        this.bytes += piece.length;
    }
    end(id) {
        this.ops.push(id, -1, 0, 0);
    }
    async flush() {
        if (this.failure)
            throw this.failure;
        if (this.bytes >= BATCH_BYTES)
            this.post();
        while (this.inFlight >= MAX_IN_FLIGHT && !this.failure)
            await new Promise(resolve => (this.waiting = resolve));
        const failure = this.failure; // set while waiting
        if (failure)
            throw failure;
    }
    async digests() {
        if (this.failure)
            throw this.failure;
        if (this.ops.length)
            this.post();
        const result = new Promise((resolve, reject) => {
            this.finished = resolve;
            this.failed = reject;
        });
        this.worker.postMessage({ finish: true });
        try {
            return await result;
        }
        finally {
            this.close();
        }
    }
    close() {
        this.failure ??= new Error('the hasher was closed');
        void this.worker.terminate();
    }
    post() {
        this.worker.postMessage({ buffers: this.buffers, ops: this.ops }, this.buffers);
        this.inFlight++;
        this.buffers = [];
        this.index.clear();
        this.ops = [];
        this.bytes = 0;
    }
    stop(e) {
        this.failure ??= e;
        this.failed?.(this.failure);
        this.wake();
    }
    wake() {
        const w = this.waiting;
        this.waiting = undefined;
        w?.();
    }
}

;// CONCATENATED MODULE: ./src/archive/inflate-off-thread.ts
/**
 * A zstd or gzip file decompressed on a worker thread by Node's own zlib, handed over in chunks of
 * about 4 MiB whose memory is their own (moved, not copied, between the threads): the reading thread
 * gets a hundred chunks for 400 MB instead of thousands of 64 KiB pipe reads, and decompression runs
 * beside it. The worker runs ahead by a few chunks at most (it pauses when the reader has not taken
 * them). Needs no program on PATH.
 *
 * zstd is decoded straight into the chunk's buffer by the zlib handle's synchronous write, the call
 * zlib's own *Sync functions make: no 1 MiB piece allocated (a page fault every 4 KiB) and copied for
 * each read, no hop to libuv's thread pool; on a 400 MB entry that is about 0.14 s against 0.3-0.4 s
 * for the stream, as fast as the zstd program. A Node whose handle lacks it gets the stream
 * (zstdDecodesInPlace says which; a test holds this Node to the fast one).
 */



/** Chunks waiting for the reader before the worker pauses. */
const AHEAD = 4;
/** Bytes of a chunk's buffer (zlib's pieces are at most 1 MiB: a chunk is posted before it would overflow). */
const INFLATED_CHUNK_BYTES = 4 << 20;
// Runs as a CommonJS script in the worker (eval), so a bundle needs no file of its own for it.
// Messages out: { chunk: ArrayBuffer (moved), length }, { end: true }, { error: string }; in: 'pause', 'resume'.
// Buffers given back on the `recycle` port (after their bytes were hashed) are filled again: fresh
// memory costs a page fault every 4 KiB, a large part of the work at these speeds.
const inflate_off_thread_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const fs = require('node:fs')
const zlib = require('node:zlib')
const SLOT = ${INFLATED_CHUNK_BYTES}
const PIECE = 1 << 20
const pool = []
if (workerData.recycle) workerData.recycle.on('message', bufs => { for (const b of bufs) if (b.byteLength === SLOT && pool.length < 16) pool.push(b) })
const fail = e => parentPort.postMessage({ error: e.message })
const ended = () => parentPort.postMessage({ end: true })
let paused = false
let onResume = () => {}
parentPort.on('message', m => {
  if (m === 'pause') return void (paused = true)
  paused = false
  onResume()
})
// zstd straight into the chunk's own buffer through the zlib handle's synchronous call (what zlib's
// *Sync functions use): no 1 MiB piece allocated and copied per read, no hop to libuv's thread pool.
// The stream below is the fallback when this Node's handle does not have it.
const direct = () => {
  const z = zlib.createZstdDecompress()
  const h = z._handle
  const state = z._writeState
  if (!h || typeof h.writeSync !== 'function' || Object.prototype.toString.call(state) !== '[object Uint32Array]') return (z.close(), false)
  let failed
  h.onerror = message => (failed = message)
  const fd = fs.openSync(workerData.file, 'r')
  const input = Buffer.allocUnsafeSlow(PIECE)
  let slot = new Uint8Array(pool.pop() || new ArrayBuffer(SLOT))
  let at = 0
  let read = -1
  let from = 0
  let left = 0
  const post = () => {
    if (at) parentPort.postMessage({ chunk: slot.buffer, length: at }, [slot.buffer])
    slot = new Uint8Array(pool.pop() || new ArrayBuffer(SLOT))
    at = 0
  }
  const finish = e => {
    fs.closeSync(fd)
    z.close()
    if (e) return fail(e)
    post()
    ended()
  }
  const step = () => {
    try {
      while (!paused) {
        if (left === 0 && read !== 0) {
          read = fs.readSync(fd, input, 0, PIECE, null)
          from = 0
          left = read
        }
        const last = read === 0
        h.writeSync(last ? z._finishFlushFlag : z._defaultFlushFlag, input, from, left, slot, at, SLOT - at)
        if (failed !== undefined) return finish(new Error(failed))
        at = SLOT - state[0]
        from += left - state[1]
        left = state[1]
        if (state[0] === 0) {
          post()
          return void setImmediate(step) // a chunk out: let the recycled buffers and pause in
        }
        if (last) return finish()
      }
      onResume = () => ((onResume = () => {}), setImmediate(step))
    } catch (e) {
      finish(e)
    }
  }
  step()
  return true
}
const streamed = () => {
  const raw = fs.createReadStream(workerData.file, { highWaterMark: PIECE })
  const z = workerData.kind === 'zstd' ? zlib.createZstdDecompress({ chunkSize: PIECE }) : zlib.createGunzip({ chunkSize: PIECE })
  let parts = []
  let bytes = 0
  const post = () => {
    if (!bytes) return
    const out = new Uint8Array(pool.pop() || new ArrayBuffer(SLOT))
    let at = 0
    for (const p of parts) at += (out.set(p, at), p.length)
    parentPort.postMessage({ chunk: out.buffer, length: bytes }, [out.buffer])
    parts = []
    bytes = 0
  }
  raw.on('error', fail)
  z.on('error', fail)
  z.on('data', d => {
    parts.push(d)
    bytes += d.length
    if (bytes > SLOT - PIECE) post()
  })
  z.on('end', () => (post(), ended()))
  onResume = () => z.resume()
  parentPort.on('message', m => m === 'pause' && z.pause())
  raw.pipe(z)
}
if (workerData.kind !== 'zstd' || workerData.inPlace === false || !direct()) streamed()
`;
/** What the worker checks before decoding zstd in place: the zlib handle's synchronous write and its state array. */
function zstdDecodesInPlace() {
    const z = zlib.createZstdDecompress();
    const yes = typeof z._handle?.writeSync === 'function' && Object.prototype.toString.call(z._writeState) === '[object Uint32Array]';
    z.close();
    return yes;
}
/**
 * `file` (zstd or gzip) decompressed on a worker thread, as a stream of Buffers (object mode), each
 * the only view of its memory. Buffers of INFLATED_CHUNK_BYTES posted to `recycle` are used again.
 * `inPlace: false` takes the stream for zstd too (the fallback, tested).
 */
function inflateOffThread(file, kind, recycle, opts = {}) {
    const workerData = { file, kind, recycle, inPlace: opts.inPlace };
    const worker = new external_node_worker_threads_.Worker(inflate_off_thread_WORKER, { eval: true, workerData, transferList: recycle ? [recycle] : [] });
    let paused = false;
    let over = false;
    let failure;
    const stream = new external_node_stream_.Readable({
        objectMode: true,
        highWaterMark: AHEAD,
        read() {
            if (paused)
                worker.postMessage('resume');
            paused = false;
        }
    });
    const stop = (e) => {
        failure ??= e;
        over = true;
        void worker.terminate();
        if (e && !stream.destroyed)
            stream.destroy(e);
    };
    worker.on('message', (m) => {
        if (m.error !== undefined)
            return stop(new Error(`${kind} decompression failed: ${m.error}`));
        if (m.end) {
            stream.push(null);
            return stop();
        }
        if (m.chunk && !stream.push(Buffer.from(m.chunk, 0, m.length)) && !paused) {
            paused = true;
            worker.postMessage('pause');
        }
    });
    worker.on('error', (e) => stop(new Error(`${kind} decompression stopped: ${e.message}`)));
    worker.on('exit', code => over || stop(new Error(`${kind} decompression stopped (worker exit ${code})`)));
    stream.on('close', () => stop());
    return {
        stream,
        ownsChunks: true,
        stop: () => stop(),
        done: () => (failure ? Promise.reject(failure) : Promise.resolve())
    };
}

;// CONCATENATED MODULE: ./src/archive/tar-header.ts
/**
 * Tar header blocks read as untrusted bytes: the 512-byte ustar header (POSIX `ustar\0` `00`, GNU
 * `ustar ` ` \0`, or the old v7 layout), its checksum, its numeric fields (octal, or GNU base-256),
 * and the data of the extended headers that carry long names and sizes (pax `x`/`g` records, GNU
 * `L`/`K` names). Pure functions over buffers: whoever reads the archive decides what to accept.
 */
const tar_header_BLOCK = 512;
/** A header that cannot be read: what is wrong with it. */
class TarHeaderError extends Error {
    name = 'TarHeaderError';
}
/** Bytes of the field up to its first NUL, decoded as UTF-8. */
function tar_header_text(block, at, len) {
    const end = block.indexOf(0, at);
    return block.toString('utf8', at, end < 0 || end > at + len ? at + len : end);
}
/**
 * A numeric field: octal digits, possibly padded with spaces in front and ended by a space or NUL,
 * or GNU's base-256 (first byte 0x80, the rest big-endian). Empty is 0.
 */
function numericField(block, at, len, what) {
    if (block[at] === 0x80) {
        let n = 0;
        for (let i = at + 1; i < at + len; i++)
            n = n * 256 + block[i];
        if (!Number.isSafeInteger(n))
            throw new TarHeaderError(`its ${what} field is past 2^53`);
        return n;
    }
    if ((block[at] & 0x80) !== 0)
        throw new TarHeaderError(`its ${what} field is negative or not a number`);
    let i = at;
    const end = at + len;
    while (i < end && block[i] === 0x20)
        i++;
    let n = 0;
    let digits = 0;
    for (; i < end && block[i] >= 0x30 && block[i] <= 0x37; i++, digits++)
        n = n * 8 + (block[i] - 0x30);
    for (; i < end; i++)
        if (block[i] !== 0 && block[i] !== 0x20)
            throw new TarHeaderError(`its ${what} field holds '${block.toString('latin1', at, end).replace(/\0/g, '')}', not octal digits`);
    if (!Number.isSafeInteger(n))
        throw new TarHeaderError(`its ${what} field is past 2^53`);
    return digits ? n : 0;
}
/** Is every byte of the block zero (an end-of-archive block)? */
function isZeroBlock(block) {
    for (let i = 0; i < tar_header_BLOCK; i += 8)
        if (block.readBigUInt64LE(i) !== 0n)
            return false;
    return true;
}
/** Check the header's checksum: the sum of its bytes with the checksum field read as spaces (unsigned, or signed as some old tars wrote it). */
function checkSum(block) {
    const stored = numericField(block, 148, 8, 'checksum');
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < tar_header_BLOCK; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : block[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    if (stored !== unsigned && stored !== signed)
        throw new TarHeaderError(`a header's checksum is ${stored}, its bytes sum to ${unsigned} (not a tar, or a corrupt one)`);
}
/** Read one (non-zero) header block. Throws TarHeaderError for a block that is no valid header. */
function parseHeader(block) {
    checkSum(block);
    const magic = block.toString('latin1', 257, 263);
    const posix = magic === 'ustar\0';
    if (!posix && magic !== 'ustar ' && block.readUInt32LE(257) !== 0)
        throw new TarHeaderError(`a header has the unknown magic '${magic.replace(/\0/g, '\\0')}'`);
    const name = tar_header_text(block, 0, 100);
    // only POSIX ustar has a prefix: GNU keeps other fields (times) at the same offset
    const prefix = posix ? tar_header_text(block, 345, 155) : '';
    return {
        name: prefix ? `${prefix}/${name}` : name,
        mode: numericField(block, 100, 8, 'mode'),
        size: numericField(block, 124, 12, 'size'),
        type: String.fromCharCode(block[156]),
        linkname: tar_header_text(block, 157, 100)
    };
}
/** The records of a pax extended header (`LEN key=value\n` each, LEN counting the whole record). */
function parsePax(data) {
    const out = new Map();
    let at = 0;
    while (at < data.length) {
        if (data[at] === 0)
            break; // padding after the last record
        const space = data.indexOf(0x20, at);
        const len = space > at && space - at <= 20 ? Number(data.toString('latin1', at, space)) : NaN;
        if (!Number.isSafeInteger(len) || len <= space - at + 1 || at + len > data.length || data[at + len - 1] !== 0x0a)
            throw new TarHeaderError(`a pax extended header has a malformed record at byte ${at}`);
        const record = data.toString('utf8', space + 1, at + len - 1);
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw new TarHeaderError(`a pax extended header has a record with no key at byte ${at}`);
        out.set(record.slice(0, eq), record.slice(eq + 1));
        at += len;
    }
    return out;
}
/** A pax `size` record: decimal digits only. */
function paxSize(value) {
    const n = /^\d{1,16}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n))
        throw new TarHeaderError(`a pax extended header gives the size '${value}', not a whole number`);
    return n;
}
/** A GNU long name or link (`L`/`K`): the data up to its first NUL. */
function gnuLongText(data) {
    const end = data.indexOf(0);
    return data.toString('utf8', 0, end < 0 ? data.length : end);
}

;// CONCATENATED MODULE: ./src/archive/tar-scan.ts
/**
 * A push parser of a tar stream: fed the (decompressed) bytes in chunks of any size, it reads the
 * headers (tar-header.ts), applies the extended headers to the member they precede, and hands each
 * member's data on as views of the chunks it was given (no copy but of a header that straddles two
 * chunks). It stops at the end-of-archive blocks and refuses a stream that ends before them, bytes
 * past them beyond a record's padding, and extended headers that are too large or never end.
 */

/** The most bytes one extended header (pax record set, GNU long name) may hold. */
const MAX_META_BYTES = 1 << 20;
/** Extended headers in a row before a member. */
const MAX_META_RUN = 8;
/** Bytes accepted after the end-of-archive blocks (a record's padding; tar writes at most 10 KiB). */
const MAX_TRAILING_BYTES = 1 << 20;
class TarScanner {
    on;
    state = 'header';
    /** A header block that straddles chunks. */
    partial;
    /** Data bytes still to come in the current member or extended header. */
    left = 0;
    pad = 0;
    meta;
    metaRun = 0;
    pax = new Map();
    longName;
    longLink;
    trailing = 0;
    /** Bytes of data of the current member or extended header (for its padding). */
    current = 0;
    constructor(on) {
        this.on = on;
    }
    /** Whether the end-of-archive blocks have been read. */
    get ended() {
        return this.state === 'ended';
    }
    /** Feed the next bytes. Throws TarHeaderError for bytes that are not a readable tar. */
    push(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.state === 'ended') {
                this.trailing += chunk.length - at;
                if (this.trailing > MAX_TRAILING_BYTES)
                    throw new TarHeaderError(`more than ${MAX_TRAILING_BYTES} bytes follow its end-of-archive blocks`);
                return;
            }
            if (this.state === 'data' || this.state === 'meta' || this.state === 'padding') {
                at = this.body(chunk, at);
                continue;
            }
            const need = tar_header_BLOCK - (this.partial?.length ?? 0);
            if (chunk.length - at < need) {
                this.partial = this.partial ? Buffer.concat([this.partial, chunk.subarray(at)]) : Buffer.from(chunk.subarray(at));
                return;
            }
            const block = this.partial ? Buffer.concat([this.partial, chunk.subarray(at, at + need)]) : chunk.subarray(at, at + need);
            this.partial = undefined;
            at += need;
            this.header(block);
        }
    }
    /** The stream is over: throws when it ended inside a member or before the end-of-archive blocks. */
    finish() {
        if (this.state === 'ended')
            return;
        if (this.state === 'data' || this.state === 'meta')
            throw new TarHeaderError(`it ends inside a member, ${this.left} bytes short (truncated)`);
        if (this.state === 'second-zero' && !this.partial)
            return void (this.state = 'ended'); // one zero block at the very end: tar accepts it
        throw new TarHeaderError('it ends before its end-of-archive blocks (truncated)');
    }
    body(chunk, at) {
        if (this.state === 'padding') {
            const n = Math.min(this.pad, chunk.length - at);
            this.pad -= n;
            if (this.pad === 0)
                this.state = 'header';
            return at + n;
        }
        const n = Math.min(this.left, chunk.length - at);
        const piece = chunk.subarray(at, at + n);
        this.left -= n;
        if (this.state === 'data')
            this.on.data(piece);
        else
            this.meta?.parts.push(Buffer.from(piece));
        if (this.left === 0)
            this.close();
        return at + n;
    }
    header(block) {
        if (isZeroBlock(block)) {
            if (this.state === 'second-zero')
                this.state = 'ended';
            else if (this.metaRun)
                throw new TarHeaderError('an extended header is followed by the end of the archive, not by a member');
            else
                this.state = 'second-zero';
            return;
        }
        if (this.state === 'second-zero')
            throw new TarHeaderError('a zero block stands between two members');
        const h = parseHeader(block);
        if (h.type === 'x' || h.type === 'g' || h.type === 'L' || h.type === 'K')
            return this.startMeta(h);
        const name = this.pax.get('path') ?? this.longName ?? h.name;
        const linkname = this.pax.get('linkpath') ?? this.longLink ?? h.linkname;
        const sizeText = this.pax.get('size');
        const size = sizeText === undefined ? h.size : paxSize(sizeText);
        this.pax = new Map();
        this.longName = this.longLink = undefined;
        this.metaRun = 0;
        this.on.member({ ...h, name, linkname, size });
        this.current = this.left = size;
        this.state = 'data';
        if (size === 0)
            this.close();
    }
    startMeta(h) {
        if (++this.metaRun > MAX_META_RUN)
            throw new TarHeaderError(`more than ${MAX_META_RUN} extended headers in a row`);
        if (h.size > MAX_META_BYTES)
            throw new TarHeaderError(`an extended header of ${h.size} bytes, past the limit of ${MAX_META_BYTES}`);
        this.meta = { type: h.type, parts: [] };
        this.current = this.left = h.size;
        this.state = 'meta';
        if (h.size === 0)
            this.close();
    }
    /** The current member's or extended header's data is complete. */
    close() {
        if (this.state === 'data')
            this.on.end();
        else
            this.applyMeta();
        this.pad = (tar_header_BLOCK - (this.current % tar_header_BLOCK)) % tar_header_BLOCK;
        this.state = this.pad ? 'padding' : 'header';
    }
    applyMeta() {
        const m = this.meta;
        this.meta = undefined;
        if (!m)
            return;
        const data = Buffer.concat(m.parts);
        // a global header's records are not applied: no member of an archive read here needs them
        if (m.type === 'x')
            for (const [k, v] of parsePax(data))
                this.pax.set(k, v);
        else if (m.type === 'g')
            parsePax(data);
        else if (m.type === 'L')
            this.longName = gnuLongText(data);
        else
            this.longLink = gnuLongText(data);
    }
}

;// CONCATENATED MODULE: ./src/archive/tar-fresh.ts
/**
 * Extraction of an untrusted tar into a new, empty folder, with the checks of `extractTarTracked`
 * (tar.ts) and in one pass: the headers are read by our own parser (tar-scan.ts) straight off the
 * decompressed chunks, each file's pieces are written as they pass and hashed on a worker thread
 * (hash-off-thread.ts), while another decompresses the next chunks (inflate-off-thread.ts): the
 * three run side by side, and each chunk's buffer goes round (decompressor, writer, hasher, back to
 * the decompressor) without being copied again. A small archive is read and hashed in this thread, as tar.ts reads it.
 *
 * The folder being new, this call is its only writer: what it holds is known without asking the
 * disk, and every file is created with O_EXCL (never through a link). Only files, folders and
 * symlinks are accepted (hard links to earlier files become copies); symlinks are made last, judged
 * by their chains (links.ts). Limits on members and bytes are checked on each header, before
 * anything is written. On any problem the decompressor and the hashing thread are stopped and
 * everything made is removed.
 */








/** Archives smaller than this (compressed) are read and hashed in this thread: workers cost more than they save. */
const OFF_THREAD_FROM_BYTES = 4 << 20;
const CREATE = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
const REFUSED_TYPES = { '3': 'a character device', '4': 'a block device', '6': 'a FIFO', S: 'a sparse file' };
const tar_fresh_FILE_TYPES = new Set(['0', '\0', '7']);
/** The tree being extracted, as this call made it: the scanner's handler. */
class FreshTree {
    archive;
    root;
    limits;
    hasher;
    created = [];
    links = new Map();
    /** Every member in archive order; a file's sha256 comes from the hasher at the end. */
    order = [];
    byName = new Set();
    files = new Map();
    folders = new Set();
    total = 0;
    nextId = 0;
    /** The file whose data is passing, and its open descriptor. */
    current;
    constructor(archive, root, limits, hasher) {
        this.archive = archive;
        this.root = root;
        this.limits = limits;
        this.hasher = hasher;
    }
    member(h) {
        if (this.order.length >= this.limits.maxMembers)
            throw new TarError(this.archive, `more than ${this.limits.maxMembers} members`);
        const n = memberName(h.name);
        if ('refused' in n)
            throw new TarError(this.archive, `refused: ${n.refused}`, h.name);
        const rel = n.name;
        if (this.byName.has(rel) && h.type !== '5')
            throw new TarError(this.archive, 'it appears twice', rel);
        if (h.size > 0 && (h.type === '5' || h.type === '2' || h.type === '1'))
            throw new TarError(this.archive, `its header declares ${h.size} bytes of data, which a folder or link does not hold`, rel);
        if (h.type === '5')
            return this.folder(rel);
        if (this.folders.has(rel))
            throw new TarError(this.archive, 'a folder already stands at its path', rel);
        if (h.type === '2')
            return this.link(rel, h.linkname);
        if (h.type === '1')
            return this.hardLink(rel, h.linkname);
        if (!tar_fresh_FILE_TYPES.has(h.type)) {
            const what = REFUSED_TYPES[h.type] ?? `an entry of type '${printable(h.type)}'`;
            throw new TarError(this.archive, `refused: ${what}; only files, folders and symlinks are accepted`, rel);
        }
        this.addBytes(rel, h.size);
        this.parents(rel);
        const file = { id: this.nextId++, mode: h.mode & 0o111 ? 0o755 : 0o644, size: h.size };
        const abs = external_node_path_.join(this.root, rel);
        const fd = external_node_fs_.openSync(abs, CREATE, file.mode);
        this.created.push(abs);
        this.current = { fd, file };
        this.files.set(rel, file);
        this.byName.add(rel);
        this.order.push({ path: rel, file });
    }
    data(piece) {
        // the scanner hands on exactly the bytes the header declares, and only after a member's header
        const c = this.current;
        if (!c)
            throw new TarError(this.archive, 'data for a member that holds none');
        for (let at = 0; at < piece.length;)
            at += external_node_fs_.writeSync(c.fd, piece, at);
        this.hasher.update(c.file.id, piece);
    }
    end() {
        const c = this.current;
        if (!c)
            return;
        this.current = undefined;
        external_node_fs_.fchmodSync(c.fd, c.file.mode); // the umask may have narrowed it
        external_node_fs_.closeSync(c.fd);
        this.hasher.end(c.file.id);
    }
    /** Close the file being written and stop hashing (after a failure). */
    abort() {
        if (this.current)
            external_node_fs_.closeSync(this.current.fd);
        this.current = undefined;
        this.hasher.close();
    }
    /** The members in archive order, each file with its sha256. */
    async finish() {
        const digests = await this.hasher.digests();
        return this.order.map(o => 'member' in o ? o.member : { path: o.path, type: 'file', mode: o.file.mode, size: o.file.size, sha256: digests.get(o.file.id) });
    }
    add(m) {
        this.order.push({ path: m.path, member: m });
        this.byName.add(m.path);
    }
    addBytes(rel, size) {
        if (size > this.limits.maxFileBytes)
            throw new TarError(this.archive, `${size} bytes passes the limit of ${this.limits.maxFileBytes} per file`, rel);
        if (this.total + size > this.limits.maxTotalBytes)
            throw new TarError(this.archive, `the files pass the limit of ${this.limits.maxTotalBytes} bytes in all`, rel);
        this.total += size;
    }
    folder(rel) {
        if (this.links.has(rel))
            throw new TarError(this.archive, 'it is both a symlink and a folder', rel);
        if (this.files.has(rel))
            throw new TarError(this.archive, 'it is both a file and a folder', rel);
        if (!this.folders.has(rel)) {
            this.parents(rel);
            this.makeFolder(rel);
        }
        this.add({ path: rel, type: 'dir', mode: 0o755, size: 0 });
    }
    link(rel, target) {
        this.parents(rel);
        this.links.set(rel, target); // judged by its chain once every member is known
        this.add({ path: rel, type: 'symlink', mode: 0o777, size: 0, target });
    }
    /** A hard link to an earlier file of the archive becomes a copy of it (written whole by now). */
    hardLink(rel, linkname) {
        const t = memberName(linkname);
        const source = 'name' in t ? this.files.get(t.name) : undefined;
        if (!source || !('name' in t))
            throw new TarError(this.archive, `a hard link to '${printable(linkname)}', which is not a file earlier in the archive`, rel);
        this.addBytes(rel, source.size);
        this.parents(rel);
        const abs = external_node_path_.join(this.root, rel);
        external_node_fs_.copyFileSync(external_node_path_.join(this.root, t.name), abs, external_node_fs_.constants.COPYFILE_EXCL);
        this.created.push(abs);
        this.files.set(rel, source);
        this.byName.add(rel);
        this.order.push({ path: rel, file: source });
    }
    /** Make the folders above rel, refusing to pass through a symlink or a file of the archive. */
    parents(rel) {
        for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
            const folder = rel.slice(0, i);
            if (this.folders.has(folder))
                continue;
            if (this.links.has(folder))
                throw new TarError(this.archive, `its folder '${printable(folder)}' is a symlink; refusing to write through it (an earlier member of this archive)`, rel);
            if (this.files.has(folder))
                throw new TarError(this.archive, `its folder '${printable(folder)}' is a file`, rel);
            this.makeFolder(folder);
        }
    }
    makeFolder(rel) {
        const abs = external_node_path_.join(this.root, rel);
        external_node_fs_.mkdirSync(abs, { mode: 0o755 });
        this.created.push(abs);
        this.folders.add(rel);
    }
}
function asTarError(archive, e) {
    if (e instanceof TarError)
        return e;
    if (e instanceof TarHeaderError)
        return new TarError(archive, `unreadable tar (${e.message})`);
    // a failed system call (open, write, mkdir): the disk, not the archive
    if (e instanceof Error && 'syscall' in e)
        return new TarError(archive, `its files could not be written (${e.message})`);
    return new TarError(archive, `unreadable (${e instanceof Error ? e.message : String(e)})`);
}
/**
 * The archive's bytes: zstd and gzip decompressed on a worker thread when `recycle` is given (the
 * port the hashing thread gives the buffers back on), else as tar.ts reads them.
 */
async function tar_fresh_open(archive, recycle) {
    if (!recycle)
        return openDecompressed(archive);
    const head = Buffer.alloc(8);
    const fd = external_node_fs_.openSync(archive, 'r');
    try {
        external_node_fs_.readSync(fd, head, 0, head.length, 0);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    const kind = detectCompression(head);
    if (kind === 'zstd' || kind === 'gzip')
        return inflateOffThread(archive, kind, recycle);
    recycle.close();
    return openDecompressed(archive);
}
/** Read the archive through the tree's handler; the first problem, or undefined. */
async function scan(archive, tree, recycle) {
    const scanner = new TarScanner(tree);
    let input;
    try {
        input = await tar_fresh_open(archive, recycle);
        for await (const chunk of input.stream) {
            tree.hasher.adopt(chunk, input.ownsChunks);
            scanner.push(chunk);
            await tree.hasher.flush();
        }
        await input.done(); // the decompressor's own complaint comes before the parser's about where the bytes ended
        scanner.finish();
        return undefined;
    }
    catch (e) {
        input?.stop();
        return asTarError(archive, e);
    }
}
/**
 * Extract `archive` into `dest`, which must be a new, empty folder (created if missing). Returns the
 * members written, files with their sha256, and what was created. Throws TarError, leaving nothing.
 */
async function extractTarFresh(archive, dest, opts = {}) {
    external_node_fs_.mkdirSync(dest, { recursive: true });
    const root = external_node_fs_.realpathSync(dest);
    if (external_node_fs_.readdirSync(root).length > 0)
        throw new Error(`internal: extractTarFresh needs an empty folder, and ${dest} holds files`);
    const workers = opts.workers ?? external_node_fs_.statSync(archive).size >= OFF_THREAD_FROM_BYTES;
    // the hashing thread gives the decompressor its buffers back, to be filled again
    const recycle = workers ? new external_node_worker_threads_.MessageChannel() : undefined;
    const tree = new FreshTree(archive, root, { ...DEFAULT_TAR_LIMITS, ...opts.limits }, recycle ? new OffThreadHasher(recycle.port1) : new InThreadHasher());
    let failure = await scan(archive, tree, recycle?.port2);
    let members = [];
    if (!failure)
        try {
            members = await tree.finish();
        }
        catch (e) {
            failure = asTarError(archive, e);
        }
    if (!failure && members.length === 0 && !opts.allowEmpty)
        failure = new TarError(archive, 'an empty archive');
    if (!failure && tree.links.size) {
        try {
            makeLinks(root, tree.links, false, tree.created);
        }
        catch (e) {
            failure = e instanceof LinkRefused ? new TarError(archive, e.message, e.member) : asTarError(archive, e);
        }
    }
    if (failure) {
        tree.abort();
        removeCreated(tree.created);
        throw failure;
    }
    return { members, created: tree.created };
}

// EXTERNAL MODULE: ./src/lib/names.ts
var names = __webpack_require__(71967);
;// CONCATENATED MODULE: ./src/cache/entry.ts
/**
 * A cache entry of a built tree: a zstd-compressed tar of the files in sorted order with normalised
 * metadata, then a manifest (every file's path, type, mode, size and sha256, and the key it was
 * saved under), so the same tree always gives the same bytes. The manifest is written last because
 * the files are hashed as they are packed; readers find it by name (older entries hold it first).
 *
 * An entry is untrusted input. Restoring extracts it into a private folder inside the tree,
 * checks every member against the manifest and the manifest against the expected key, and only
 * then moves the files into place: a bad entry leaves the tree as it was.
 */








const ENTRY_FORMAT = 'build-wheel-tree-entry/1';
const MANIFEST_NAME = 'build-wheel-entry.json';
/** An entry that is sound but not the one this tree needs (kept in the store, not dropped). */
class EntryMismatch extends Error {
    name = 'EntryMismatch';
}
/** A problem with an entry: it is not used (and dropped where the store can). */
class EntryError extends Error {
    name = 'EntryError';
}
function byPath(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A file or symlink to pack, by lstat (a FIFO, socket or device is refused, never opened). */
function lstatToPack(abs, rel) {
    const st = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
    if (!st && (0,names/* looksMangled */.z8)(rel))
        throw new EntryError(`'${rel}' cannot be packed: its name is not UTF-8, and the string given for it names no file`);
    if (!st)
        throw new EntryError(`'${rel}' cannot be packed: it is not there any more (${abs})`);
    if (!st.isFile() && !st.isSymbolicLink())
        throw new EntryError(`'${rel}' cannot be packed: it is ${st.isDirectory() ? 'a folder' : entry_specialKind(st)}, not a file or symlink`);
    return st;
}
function entry_specialKind(st) {
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    return 'of an unknown kind';
}
/**
 * Write the files (relative to root) into `out` as an entry for `key`: one pass over the files, each
 * hashed as it is read into the archive; the manifest, known only then, is the last member.
 */
async function packEntry(root, files, key, out, opts) {
    const sorted = [...new Set(files)].sort(byPath);
    const modes = new Map();
    for (const rel of sorted) {
        const st = lstatToPack(external_node_path_.join(root, rel), rel);
        modes.set(rel, st.isSymbolicLink() ? 0o777 : st.mode & 0o111 ? 0o755 : 0o644);
    }
    const written = [];
    const rewritten = Object.fromEntries(Object.entries(opts.rewritten ?? {}).sort(([a], [b]) => byPath(a, b)));
    let manifest;
    const describe = (m) => m.type === 'symlink'
        ? { path: m.name, type: 'symlink', mode: 0o777, size: 0, target: m.target }
        : { path: m.name, type: 'file', mode: modes.get(m.name) ?? 0o644, size: m.size, sha256: m.sha256 };
    function* chunks() {
        yield* tarChunks(sorted.map(rel => ({ name: rel, abs: external_node_path_.join(root, rel) })), { mtime: opts.mtime, hash: true, end: false, onMember: m => written.push(m) });
        const list = written.map(describe);
        manifest = { format: ENTRY_FORMAT, key, files: list, ...(Object.keys(rewritten).length ? { rewritten } : {}) };
        yield* tarChunks([], { mtime: opts.mtime, prepend: [{ path: MANIFEST_NAME, data: Buffer.from(`${JSON.stringify(manifest)}\n`) }] });
    }
    await writeChunks(chunks(), out, { zstdLevel: opts.zstdLevel });
    if (!manifest)
        throw new EntryError('internal: the entry was written without its manifest');
    const rawBytes = manifest.files.reduce((n, f) => n + (f.type === 'file' ? f.size : 0), 0);
    return { manifest, rawBytes, bytes: external_node_fs_.statSync(out).size };
}
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;
function readManifest(staging, members, key) {
    const m = members.find(x => x.path === MANIFEST_NAME);
    if (!m || m.type !== 'file')
        throw new EntryError(`it has no ${MANIFEST_NAME}`);
    if (m.size > MANIFEST_MAX_BYTES)
        throw new EntryError(`its manifest is ${m.size} bytes, past the limit of ${MANIFEST_MAX_BYTES}`);
    let parsed;
    try {
        parsed = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(staging, MANIFEST_NAME), 'utf8'));
    }
    catch (e) {
        throw new EntryError(`its manifest is not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    const man = parsed;
    if (man.format !== ENTRY_FORMAT)
        throw new EntryError(`its manifest has format '${String(man.format)}', expected '${ENTRY_FORMAT}'`);
    if (man.key !== key)
        throw new EntryError(`it was saved under another key ('${String(man.key)}')`);
    if (!Array.isArray(man.files))
        throw new EntryError('its manifest lists no files');
    return man;
}
/** Check the extracted members against the manifest: the same files, each with its recorded content. */
function compareWithManifest(members, manifest) {
    const got = new Map(members.filter(m => m.type !== 'dir' && m.path !== MANIFEST_NAME).map(m => [m.path, m]));
    const seen = new Set();
    for (const f of manifest.files) {
        const n = memberName(String(f.path));
        if ('refused' in n || n.name !== f.path)
            throw new EntryError(`its manifest lists an unsafe path '${String(f.path)}'`);
        if (seen.has(f.path))
            throw new EntryError(`its manifest lists '${f.path}' twice`);
        seen.add(f.path);
        const m = got.get(f.path);
        if (!m)
            throw new EntryError(`'${f.path}' is listed in its manifest but missing (a truncated or partial entry)`);
        if (m.type !== f.type)
            throw new EntryError(`'${f.path}' is a ${m.type} where the manifest says ${f.type}`);
        if (f.type === 'file' && (m.size !== f.size || m.sha256 !== f.sha256 || m.mode !== f.mode))
            throw new EntryError(`'${f.path}' does not match its manifest (size ${m.size} vs ${f.size}, or its sha256 or mode differ)`);
        if (f.type === 'symlink' && m.target !== f.target)
            throw new EntryError(`symlink '${f.path}' does not match its manifest`);
    }
    for (const p of got.keys())
        if (!seen.has(p))
            throw new EntryError(`'${p}' is in the entry but not in its manifest`);
}
/**
 * Make the parent folders of every file in root, refusing any that resolve outside root, and refuse
 * a file whose place holds a folder. Each folder is resolved once.
 */
function parentsInside(root, realRoot, files) {
    const checked = new Set();
    for (const f of files) {
        const parent = external_node_path_.dirname(external_node_path_.join(root, f.path));
        if (!checked.has(parent)) {
            external_node_fs_.mkdirSync(parent, { recursive: true });
            const real = external_node_fs_.realpathSync(parent);
            if (real !== realRoot && !real.startsWith(`${realRoot}${external_node_path_.sep}`))
                throw new EntryError(`'${f.path}' would be written through a link to '${real}', outside the tree`);
            checked.add(parent);
        }
        const st = external_node_fs_.lstatSync(external_node_path_.join(root, f.path), { throwIfNoEntry: false });
        if (st?.isDirectory())
            throw new EntryError(`'${f.path}' is a folder in the tree; the entry has a file there`);
    }
}
/**
 * Move the restored files from staging into the tree. A top-level folder the tree does not have at
 * all moves whole, in one rename (nothing in the tree can lead it elsewhere), when `whole` (the entry
 * had no folder members, so the folder holds exactly the manifest's files); the rest file by file.
 * rename replaces a file or link in place; the files were written during this restore, so they are
 * newer than the sources and make finds nothing to do.
 */
function moveIntoPlace(staging, root, realRoot, files, whole) {
    const moved = new Set();
    if (whole)
        for (const f of files) {
            const top = f.path.split('/', 1)[0];
            if (top === f.path || moved.has(top) || top === cache_tree/* STATE_DIR */.e$ || external_node_fs_.lstatSync(external_node_path_.join(root, top), { throwIfNoEntry: false }))
                continue;
            external_node_fs_.renameSync(external_node_path_.join(staging, top), external_node_path_.join(root, top));
            moved.add(top);
        }
    const rest = files.filter(f => !moved.has(f.path.split('/', 1)[0]));
    parentsInside(root, realRoot, rest);
    for (const f of rest)
        external_node_fs_.renameSync(external_node_path_.join(staging, f.path), external_node_path_.join(root, f.path));
}
/**
 * The entry's links judged by their chains against the tree as it will be once the entry is in
 * place (what the tree holds now, the entry's files over it), and the tree's own links again with
 * them: refused as the archive reader refuses a link of its own tree.
 */
function checkLinkChains(realRoot, files) {
    const look = (0,archive_links/* overlayTree */.tV)((0,archive_links/* diskTree */.cF)(realRoot), files.map((f) => [f.path, f.type === 'symlink' ? { kind: 'link', target: String(f.target) } : archive_links/* FILE */.PW]));
    const links = files.filter(f => f.type === 'symlink').map((f) => [f.path, String(f.target)]);
    const problem = (0,archive_links/* firstLinkProblem */.c7)(look, links) ??
        (links.length
            ? (0,archive_links/* firstLinkProblem */.c7)(look, (0,archive_links/* linksOnDisk */.Ms)(realRoot, rel => rel === cache_tree/* STATE_DIR */.e$ || rel === '.git'), 'existing')
            : null);
    if (problem)
        throw new EntryError(`${(0,archive_links/* describeLinkProblem */.Pw)(problem)} (in the tree it would be restored into)`);
}
/**
 * Restore `entryFile` into root, verified. Returns the manifest's files. Throws EntryError (the
 * tree untouched) when anything is wrong.
 */
async function restoreEntry(entryFile, root, key, limits, 
/** Whether this tree may use the entry (checked on its manifest before anything is moved); a reason throws EntryMismatch. */
accept) {
    const realRoot = external_node_fs_.realpathSync(root);
    const base = external_node_path_.join(root, cache_tree/* STATE_DIR */.e$);
    external_node_fs_.mkdirSync(base, { recursive: true });
    const staging = external_node_fs_.mkdtempSync(external_node_path_.join(base, 'restore-'));
    try {
        let members;
        try {
            members = (await extractTarFresh(entryFile, staging, { limits })).members;
        }
        catch (e) {
            throw new EntryError(e instanceof Error ? e.message : String(e));
        }
        const manifest = readManifest(staging, members, key);
        const refused = accept?.(manifest);
        if (refused)
            throw new EntryMismatch(refused);
        compareWithManifest(members, manifest);
        const files = [...manifest.files].sort((a, b) => byPath(a.path, b.path));
        checkLinkChains(realRoot, files);
        moveIntoPlace(staging, root, realRoot, files, !members.some(m => m.type === 'dir'));
        return files;
    }
    finally {
        external_node_fs_.rmSync(staging, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/cache/key.ts
var cache_key = __webpack_require__(25877);
// EXTERNAL MODULE: ./src/cache/select.ts
var cache_select = __webpack_require__(52940);
;// CONCATENATED MODULE: ./src/montage/build.ts
/**
 * The C tree phase: restore the built tree from the cache, or run make and save what it produced.
 * On a hit make is NOT run: a restored tree is used as it is, after every file was checked
 * against the entry's manifest. An entry is saved only after a successful make that started
 * from a clean tree, so it always holds the complete result of a clean build.
 */









/** zstd level of entries: fast to write, and restoring stays far cheaper than the make it replaces. */
const ENTRY_ZSTD_LEVEL = 3;
/** Members' mtime in entries (restored files get the current time); fixed, so entries are reproducible. */
const ENTRY_MTIME = 315532800;
/** Outside git, the sources as first recorded (kept across runs); in git, git knows them. */
function recordedSources(facts) {
    return facts.git ? undefined : (facts.state?.sources ?? Object.fromEntries(facts.sources));
}
function mb(bytes) {
    return `${(bytes / 1e6).toFixed(1)} MB`;
}
/** The committed content's key, for a tree whose differences from it are exactly an entry's recorded rewrites. */
function committedCandidate(plan) {
    const c = plan.committed;
    if (!c)
        return undefined;
    const want = Object.entries(c.rewritten).sort(([a], [b]) => (a < b ? -1 : 1));
    return {
        key: c.key,
        build: c.build,
        accept: m => {
            const got = Object.entries(m.rewritten ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
            return JSON.stringify(got) === JSON.stringify(want)
                ? undefined
                : 'the tracked files that differ from the commit are not exactly the ones its build rewrote';
        }
    };
}
/**
 * An entry holds make's outputs: a source file of this tree only where the entry records it as one
 * make rewrote (a configure step), byte for byte. An entry that would overwrite any other source (a
 * Makefile, a header) is refused as bad, whatever key it came under.
 */
function sourcesLeftAlone(m, facts) {
    const rewritten = m.rewritten ?? {};
    const over = m.files.filter(f => facts.sources.has(f.path) && (f.type !== 'file' || rewritten[f.path] !== f.sha256)).map(f => f.path);
    if (over.length)
        throw new EntryError(`it would overwrite ${over.length} source file(s) of the tree (${over.slice(0, 3).join(', ')}${over.length > 3 ? ', ...' : ''}) that it does not record as rewritten by make`);
    return undefined;
}
/** Try the store; a bad entry is a warning, dropped, and the tree is left as it was. */
async function tryRestore(plan, c, facts, store) {
    const { root } = plan;
    const { key, build } = c;
    const started = performance.now();
    const file = await store.restore(key);
    if (!file)
        return undefined;
    try {
        const entryBytes = external_node_fs_.statSync(file).size;
        const files = await restoreEntry(file, root, key, undefined, m => sourcesLeftAlone(m, facts) ?? c.accept?.(m));
        const rawBytes = files.reduce((n, f) => n + f.size, 0);
        const rewritten = {};
        for (const f of files)
            if (facts.sources.has(f.path) && f.sha256)
                rewritten[f.path] = f.sha256;
        (0,cache_tree/* writeState */.Jq)(root, { key, build, status: 'complete', sources: recordedSources(facts), outputs: files.map(f => f.path), rewritten });
        (0,lib_log/* info */.pq)(`cache hit: restored and verified ${files.length} files (${mb(rawBytes)} from a ${mb(entryBytes)} entry) into ${root}; make is not run`);
        return { cacheHit: true, cacheKey: key, files: files.length, seconds: (performance.now() - started) / 1000, saved: false, entryBytes, rawBytes };
    }
    catch (e) {
        if (e instanceof EntryMismatch) {
            (0,lib_log/* info */.pq)(`the entry under the committed content's key does not fit this tree: ${e.message}`);
            return undefined;
        }
        if (!(e instanceof EntryError))
            throw e;
        (0,lib_log/* warning */.$e)(`the cache entry for ${key} was not used: ${e.message}. ${store.drop(key)}; make will run instead`);
        return undefined;
    }
}
/** The committed content's key first (when tracked files differ from it), then the tree's own. */
async function restoreFromStore(plan, facts, store) {
    const committed = committedCandidate(plan);
    if (committed) {
        const changed = Object.keys(plan.committed?.rewritten ?? {});
        (0,lib_log/* info */.pq)(`${changed.length} tracked file(s) differ from the commit (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', ...' : ''}): trying the committed content's key ${committed.key} first`);
        const hit = await tryRestore(plan, committed, facts, store);
        if (hit)
            return hit;
    }
    const hit = await tryRestore(plan, { key: plan.key, build: plan.build }, facts, store);
    if (!hit)
        (0,lib_log/* info */.pq)('cache miss: the tree will be built');
    return hit;
}
async function saveTree(plan, store, outputs, rewritten, log = { info: lib_log/* info */.pq, warning: lib_log/* warning */.$e }) {
    const { key, cachePaths } = plan;
    const selected = (0,cache_select/* selectCachePaths */.Nf)(outputs, cachePaths);
    if (selected.length === 0) {
        const why = cachePaths.length ? `no output matches cache-paths (${cachePaths.join(' ')})` : 'make produced no files';
        log.warning(`nothing to cache: ${why}`);
        return { saved: false, notSaved: why };
    }
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'bw-ctree-'));
    try {
        const entry = external_node_path_.join(dir, 'entry.tar.zst');
        const packed = await packEntry(plan.root, selected, key, entry, { mtime: ENTRY_MTIME, zstdLevel: ENTRY_ZSTD_LEVEL, rewritten });
        const ratio = packed.rawBytes ? packed.bytes / packed.rawBytes : 1;
        const kept = cachePaths.length ? ` (${selected.length} of ${outputs.length} outputs match cache-paths)` : '';
        log.info(`entry: ${packed.manifest.files.length} files${kept}, ${mb(packed.rawBytes)} -> ${mb(packed.bytes)} (${(ratio * 100).toFixed(0)}%)`);
        const ok = await store.save(key, entry);
        log.info(ok ? `saved under ${key}` : 'not saved (the key is already stored, or the store failed)');
        return { saved: ok, notSaved: ok ? undefined : 'the key is already stored, or the store failed', entryBytes: packed.bytes, rawBytes: packed.rawBytes };
    }
    finally {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
        store.cleanup();
    }
}
/**
 * Run a C-tree plan: restore the entry under its key, or run make and save what it produced.
 * `facts` are the tree's as they were when the plan was made (before make). The caller holds the
 * tree's lock (`.build-wheel/lock`, src/phases/steps.ts) from before the facts until the save is
 * done, so two runs on one tree never restore, make or save at once.
 */
async function buildCTree(plan, facts, runtime, store, 
/** `background`: return once make is done and save meanwhile (the caller calls settleSave before it ends). */
opts = {}) {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const { key, build, root } = plan;
    (0,lib_log/* info */.pq)(`key ${key} (${plan.sources} source files${plan.git ? ', from git' : ''})`);
    if (store) {
        try {
            const hit = await (0,lib_log/* phase */.Oi)(`C tree: restore from ${store.description}`, () => restoreFromStore(plan, facts, store));
            if (hit)
                return { ...hit, seconds: seconds() };
        }
        finally {
            store.cleanup();
        }
    }
    const notCacheable = (0,cache_tree/* whyNotCacheable */.gj)(facts, build);
    const sources = recordedSources(facts);
    const earlier = (0,cache_tree/* readState */.un)(root);
    (0,cache_tree/* writeState */.Jq)(root, { key, build, status: 'building', sources, outputs: earlier?.outputs ?? [], rewritten: earlier?.rewritten ?? {} });
    await (0,lib_log/* phase */.Oi)(`C tree: ${plan.make.argv.join(' ')}`, async () => {
        try {
            await runtime.runOrThrow(plan.make.argv, { cwd: plan.make.cwd });
        }
        catch (e) {
            if (e instanceof errors/* CommandError */.Qd)
                throw new errors/* CommandError */.Qd(e.argv, e.exitCode, e.tail, `make failed in ${root}; nothing was cached. Fix the build, or adjust make-args.`);
            throw e;
        }
    });
    const exclude = new Set(plan.exclude);
    const outputs = await (0,cache_tree/* outputsAfterMake */.f_)(root, facts, exclude);
    const rewritten = {};
    for (const rel of outputs)
        if (facts.sources.has(rel))
            rewritten[rel] = await (0,cache_key/* sha256File */.Q3)(external_node_path_.join(root, rel));
    (0,cache_tree/* writeState */.Jq)(root, { key, build, status: 'complete', sources, outputs, rewritten });
    (0,lib_log/* info */.pq)(`the tree holds ${outputs.length} outputs of make`);
    let saved = { saved: false, notSaved: store ? undefined : 'caching is off' };
    const unsavable = store ? (0,cache_tree/* refusedOutputs */.Xo)(root, facts, exclude) : [];
    const unsavablePaths = unsavable.map(u => u.rel);
    const kept = new Set((0,cache_select/* selectCachePaths */.Nf)(unsavablePaths, plan.cachePaths));
    const refused = unsavable.filter(u => kept.has(u.rel)).map(u => u.why);
    if (store && notCacheable) {
        (0,lib_log/* warning */.$e)(notCacheable);
        saved = { saved: false, notSaved: 'the tree did not start clean' };
    }
    else if (refused.length) {
        (0,lib_log/* warning */.$e)(`the tree is not saved to the cache: make left what a cache entry cannot hold: ${refused.slice(0, 5).join('; ')}` +
            `${refused.length > 5 ? `; and ${refused.length - 5} more` : ''}. Remove them in the Makefile, or leave them out with cache-paths.`);
        saved = { saved: false, notSaved: `the tree holds ${refused.length} file(s) a cache entry cannot hold` };
    }
    else if (store && opts.background) {
        const result = { cacheHit: false, cacheKey: key, files: outputs.length, seconds: seconds(), saved: false };
        return { ...result, saving: saveInBackground(plan, store, outputs, rewritten) };
    }
    else if (store)
        saved = await (0,lib_log/* phase */.Oi)(`C tree: save to ${store.description}`, () => saveTree(plan, store, outputs, rewritten));
    return { cacheHit: false, cacheKey: key, files: outputs.length, seconds: seconds(), saved: saved.saved ?? false, ...saved };
}
/**
 * Save the tree while the caller goes on (the wheels build meanwhile): its lines are kept and
 * printed in their own group by settleSave; a failure is a warning, never a failed build.
 */
function saveInBackground(plan, store, outputs, rewritten) {
    const lines = [];
    const log = { info: text => lines.push({ warn: false, text }), warning: text => lines.push({ warn: true, text }) };
    const started = performance.now();
    (0,lib_log/* info */.pq)(`the tree is saved to ${store.description} in the background while the wheels are built`);
    const done = saveTree(plan, store, outputs, rewritten, log).catch((e) => {
        log.warning(`the tree was not saved: ${e instanceof Error ? e.message : String(e)}`);
        return { saved: false, notSaved: 'the save failed' };
    });
    return done.then(r => ({ ...r, log: lines, saveSeconds: (performance.now() - started) / 1000 }));
}
/** Wait for a background save (printing what it said in its own group); the result with what it saved. */
async function settleSave(r) {
    if (!r.saving)
        return r;
    const { saving, ...rest } = r;
    return (0,lib_log/* phase */.Oi)('C tree: save (ran in the background)', async () => {
        const s = (await saving);
        for (const l of s.log ?? [])
            (l.warn ? lib_log/* warning */.$e : lib_log/* info */.pq)(l.text);
        if (s.saveSeconds !== undefined)
            (0,lib_log/* info */.pq)(`the save took ${s.saveSeconds.toFixed(1)} s beside the wheels`);
        const { log: _log, saveSeconds: _s, ...saved } = s;
        return { ...rest, saved: saved.saved ?? false, ...saved };
    });
}

;// CONCATENATED MODULE: ./src/lib/artifact.ts
/**
 * Upload files as a workflow artifact with the real @actions/artifact, loaded only here: the
 * library and the Azure storage client it brings stay out of a step's start-up.
 */


async function uploadArtifact(name, files, rootDir) {
    if (!(0,lib_log/* inActions */.j5)()) {
        (0,lib_log/* warning */.$e)(`artifact '${name}' is not uploaded outside a GitHub runner; the files are in ${rootDir}`);
        return undefined;
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(113), __webpack_require__.e(888)]).then(__webpack_require__.bind(__webpack_require__, 37888));
    const client = new DefaultArtifactClient();
    const r = await client.uploadArtifact(name, [...files], rootDir);
    (0,lib_log/* info */.pq)(`uploaded artifact '${name}' (id ${r.id}, ${r.size} bytes)`);
    return r.id;
}
/** The upload as a phase of its own, bounded by the service timeout: past it the step warns and goes on. */
function uploadBounded(up, files, rootDir) {
    return (0,lib_log/* phase */.Oi)(`upload artifact ${up.name}`, () => (0,timeout/* boundedOrElse */.Eg)(`uploading the artifact ${up.name}`, up.serviceTimeout, undefined, () => uploadArtifact(up.name, files, rootDir), `the files are in ${rootDir}`));
}

// EXTERNAL MODULE: ./src/elf/errors.ts
var elf_errors = __webpack_require__(87806);
// EXTERNAL MODULE: ./src/elf/elf.ts + 2 modules
var elf = __webpack_require__(16902);
// EXTERNAL MODULE: ./src/elf/lddtree.ts + 1 modules
var lddtree = __webpack_require__(88313);
// EXTERNAL MODULE: ./src/elf/platform.ts
var platform = __webpack_require__(4138);
// EXTERNAL MODULE: ./src/manylinux/decide.ts
var decide = __webpack_require__(21387);
// EXTERNAL MODULE: ./src/manylinux/policies.ts
var policies = __webpack_require__(3181);
// EXTERNAL MODULE: ./src/lib/versions.ts
var lib_versions = __webpack_require__(24230);
;// CONCATENATED MODULE: ./src/montage/executables-audit.ts
/**
 * The audit of a generic Linux executables tarball: which manylinux or musllinux tag the built
 * command-line tools allow, judged like a wheel from what the files say (DT_NEEDED names, GNU
 * version needs, black-listed symbols, ISA level) against the policy table. Libraries are never
 * looked up on this machine (the build may have run in a container): a needed library is fine
 * when the policy whitelists it or the tarball ships it (by file name or DT_SONAME).
 */










const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];
/** The dynamic loader is always there: ld-linux*, ld64.so.*, ld-musl-*. */
function startsWithElfMagic(abs) {
    const fd = external_node_fs_.openSync(abs, 'r');
    try {
        const head = Buffer.alloc(4);
        return external_node_fs_.readSync(fd, head, 0, 4, 0) === 4 && ELF_MAGIC.every((b, i) => head[i] === b);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** The C library a file is built for, from its interpreter and DT_NEEDED; null for static files. */
function elfLibc(info) {
    return (0,lddtree/* detectLibc */.Ms)(info.interpreter, info.needed);
}
function glibcMaxOf(versions) {
    let max = null;
    for (const set of versions.values()) {
        for (const v of set) {
            const m = /^GLIBC_(\d+(?:\.\d+)*)$/.exec(v);
            if (m && (max === null || (0,lib_versions/* compareVersions */.Z)(m[1], max) > 0))
                max = m[1];
        }
    }
    return max;
}
function versionsOf(info) {
    const out = new Map();
    for (const need of info.versionNeeds) {
        if ((0,lddtree/* isLoaderName */.lG)(need.file))
            continue;
        const set = out.get(need.file) ?? new Set();
        for (const v of need.versions)
            set.add(v);
        out.set(need.file, set);
    }
    return out;
}
const sortedRecord = (m) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
/** Read one file: a symlink, a non-ELF file (not audited) or a parsed ELF file. */
function readOne(root, rel) {
    const abs = external_node_path_.join(root, rel);
    let st;
    try {
        st = external_node_fs_.lstatSync(abs);
    }
    catch {
        throw new errors/* UserError */.yo(`${rel} is not in ${root}; list files that exist in the built tree`);
    }
    const skipped = (kind, note) => ({
        file: rel,
        kind,
        note,
        arch: null,
        libc: null,
        needed: [],
        versions: {},
        glibcMax: null,
        external: [],
        tag: null
    });
    if (st.isSymbolicLink()) {
        return skipped('symlink', `symlink to ${external_node_fs_.readlinkSync(abs)}: not audited (its target is, when packed)`);
    }
    if (!st.isFile())
        throw new errors/* UserError */.yo(`${rel} is not a regular file; narrow the patterns to the built programs`);
    if (!startsWithElfMagic(abs))
        return skipped('other', 'not an ELF file (a script or data): not audited');
    try {
        const info = (0,elf/* readElf */.o)(external_node_fs_.readFileSync(abs));
        return { rel, info, platform: (0,platform/* elfPlatform */.v3)(info), libc: elfLibc(info) };
    }
    catch (e) {
        if (!(e instanceof elf_errors/* ElfError */.Q))
            throw e;
        throw new errors/* UserError */.yo(`${rel} starts like an ELF file but cannot be read (${e.message}); rebuild it, or leave it out with a '!${rel}' pattern`);
    }
}
/** One architecture for all ELF files, or an error naming the files of each. */
function commonArch(elves) {
    const unknown = elves.filter(e => !e.platform.arch);
    if (unknown.length) {
        const list = unknown.map(e => `${e.rel} (${e.platform.error ?? 'unknown architecture'})`).join(', ');
        throw new errors/* UserError */.yo(`no platform tag names the architecture of ${list}; leave these files out of the patterns`);
    }
    const byArch = groupBy(elves, e => e.platform.arch);
    if (byArch.size > 1) {
        const list = [...byArch].map(([arch, es]) => `${arch} (${es.map(e => e.rel).join(', ')})`).join('; ');
        throw new errors/* UserError */.yo(`the files are built for more than one architecture: ${list}. A tarball holds one architecture: narrow the patterns`);
    }
    return [...byArch.keys()][0];
}
/** One libc for all ELF files that say; glibc when none does (static programs). */
function commonLibc(elves, notes) {
    const byLibc = groupBy(elves.filter(e => e.libc), e => e.libc);
    if (byLibc.size > 1) {
        const list = [...byLibc].map(([libc, es]) => `${libc} (${es.map(e => e.rel).join(', ')})`).join('; ');
        throw new errors/* UserError */.yo(`the files link different C libraries: ${list}. Build them all in one image and pack them apart`);
    }
    const libc = [...byLibc.keys()][0];
    if (libc)
        return libc;
    notes.push('no file names its C library (static programs): judged as glibc');
    return 'glibc';
}
function groupBy(items, key) {
    const out = new Map();
    for (const item of items)
        out.set(key(item), [...(out.get(key(item)) ?? []), item]);
    return out;
}
/** The most compatible policy whose whitelist has `lib`, or `linux`. */
function whitelisting(set, lib) {
    return set.policies.filter(p => p.priority > 0 && p.whitelist.has(lib)).reduce(decide/* higher */.uz, set.linux);
}
/**
 * The most compatible policy one ELF file allows, with a sentence for each constraint that puts
 * it below `target` (the tag the symbol versions of all files allow).
 */
function judge(set, e, shipped, target) {
    const problems = [];
    const versions = versionsOf(e.info);
    let tag = (0,policies/* versionedSymbolsPolicy */.Ng)(set, versions);
    if (tag.priority === 0 && set.policies.length > 1) {
        const tooNew = (0,policies/* disallowedVersions */.__)(set.lowest, versions).map(([lib, v]) => `${v} from ${lib}`);
        const family = set.lowest.base.replace(/_.*/, '');
        problems.push(`${e.rel} needs ${tooNew.join(', ')}, newer than any ${family} policy allows; build it in an older image`);
    }
    const external = [];
    for (const lib of e.info.needed) {
        if ((0,lddtree/* isLoaderName */.lG)(lib) || shipped.has(lib))
            continue;
        const allowedBy = whitelisting(set, lib);
        if (allowedBy.priority === 0)
            external.push(lib);
        if (allowedBy.priority >= target.priority)
            continue;
        tag = (0,decide/* lower */.ib)(tag, allowedBy);
        const next = allowedBy.priority > 0 ? `${allowedBy.base} and newer allow it` : 'add the library to the patterns (with an $ORIGIN rpath) or link it statically';
        problems.push(`${e.rel} needs ${lib}, which ${target.base} does not allow and the tarball does not ship; ${next}`);
    }
    const strong = new Set(e.info.symbols.filter(s => !s.defined && s.bind !== 'WEAK').map(s => s.name));
    for (const lib of e.info.needed) {
        const used = (p) => [...(p.blacklist.get(lib) ?? [])].filter(s => strong.has(s)).sort();
        const clean = set.policies.filter(p => p.priority === 0 || used(p).length === 0).reduce(decide/* higher */.uz, set.linux);
        if (clean.priority >= target.priority)
            continue;
        tag = (0,decide/* lower */.ib)(tag, clean);
        problems.push(`${e.rel} uses ${used(target).join(', ')} from ${lib}, which ${target.base} black-lists; avoid these symbols`);
    }
    const isa = e.platform.isaLevel;
    if (isa && !(0,platform/* archCovers */.LN)(set.arch, isa)) {
        tag = set.linux;
        const baseline = set.arch === 'x86_64' ? ' (e.g. -march=x86-64)' : '';
        problems.push(`${e.rel} needs ${isa} instructions, which no ${set.arch} policy allows; build it for the baseline${baseline}`);
    }
    return { tag, external, problems };
}
/** Is each library a shipped one reached by an executable's RPATH/RUNPATH ($ORIGIN)? A note when not. */
function reachNotes(e, byName) {
    if (!e.info.interpreter)
        return [];
    const dir = external_node_path_.posix.dirname(e.rel);
    const search = [e.info.runpath ?? e.info.rpath ?? '']
        .flatMap(s => s.split(':'))
        .filter(s => /^\$(ORIGIN|\{ORIGIN\})(\/|$)/.test(s))
        .map(s => external_node_path_.posix.normalize(external_node_path_.posix.join(dir, s.replace(/^\$(ORIGIN|\{ORIGIN\})/, ''))));
    const notes = [];
    for (const lib of e.info.needed) {
        const at = byName.get(lib);
        if (at === undefined || search.includes(external_node_path_.posix.dirname(at)))
            continue;
        const rel = external_node_path_.posix.relative(dir, external_node_path_.posix.dirname(at)) || '.';
        notes.push(`${e.rel} needs ${lib}, shipped as ${at}, but no $ORIGIN rpath leads there: ` + `link with -Wl,-rpath,'$ORIGIN/${rel}' or users must set LD_LIBRARY_PATH`);
    }
    return notes;
}
/** Shipped libraries by the names a DT_NEEDED entry may use: file names and sonames. */
function shippedNames(files, elves) {
    const out = new Map();
    for (const rel of files)
        out.set(external_node_path_.posix.basename(rel), rel);
    for (const e of elves)
        if (e.info.soname && !out.has(e.info.soname))
            out.set(e.info.soname, e.rel);
    return out;
}
/**
 * Audit the files (tree-relative) under root. Throws UserError when no file is an ELF file, when
 * the files mix architectures or C libraries, or when an ELF file cannot be read.
 */
function auditExecutables(root, files) {
    const read = [...new Set(files)].sort().map(rel => readOne(root, rel));
    const elves = read.filter((r) => 'info' in r);
    if (elves.length === 0) {
        const what = `none of the ${read.length} files is an ELF program or library`;
        throw new errors/* UserError */.yo(`${what}; point the patterns at what make built (e.g. bin/*)`);
    }
    const notes = [];
    const arch = commonArch(elves);
    const libc = commonLibc(elves, notes);
    const set = (0,policies/* policySet */.pq)(libc, arch);
    const required = new Map();
    for (const e of elves) {
        for (const [lib, vs] of versionsOf(e.info))
            required.set(lib, new Set([...(required.get(lib) ?? []), ...vs]));
    }
    const symbol = (0,policies/* versionedSymbolsPolicy */.Ng)(set, required);
    const target = symbol.priority > 0 ? symbol : set.lowest;
    const byName = shippedNames(files, elves);
    const shipped = new Set(byName.keys());
    let overall = set.highest;
    const problems = [];
    const details = new Map();
    for (const e of elves) {
        const j = judge(set, e, shipped, target);
        overall = (0,decide/* lower */.ib)(overall, j.tag);
        problems.push(...j.problems);
        notes.push(...reachNotes(e, byName));
        const versions = versionsOf(e.info);
        details.set(e.rel, {
            file: e.rel,
            kind: 'elf',
            note: '',
            arch,
            libc: e.libc,
            needed: [...e.info.needed],
            versions: sortedRecord(versions),
            glibcMax: glibcMaxOf(versions),
            external: j.external,
            tag: j.tag.name
        });
    }
    overall = (0,decide/* lower */.ib)(overall, symbol);
    const out = read.map(r => ('info' in r ? details.get(r.rel) : r));
    for (const f of out)
        if (f.kind !== 'elf')
            notes.push(`${f.file}: ${f.note}`);
    return {
        tag: overall.name,
        tags: [overall.name, ...overall.aliases],
        policy: overall.base,
        symbolTag: symbol.name,
        arch,
        libc,
        glibcMax: libc === 'glibc' ? glibcMaxOf(required) : null,
        required: sortedRecord(required),
        files: out,
        problems,
        notes
    };
}

// EXTERNAL MODULE: ./src/montage/inputs.ts
var inputs = __webpack_require__(75508);
;// CONCATENATED MODULE: ./src/montage/executables.ts
/**
 * "Generic Linux executables": the command-line tools a C tree's make built (Montage's `bin/`),
 * chosen by glob patterns, audited like a wheel (executables-audit.ts) and packed into a
 * reproducible `.tar.gz` named by the tag they allow: `<name>-<tag>.tar.gz`, every member under
 * one top folder. The plan is pure; packing writes through a temporary name, then renames.
 */











/**
 * Which of the tree's files (relative `/` paths) the patterns choose. A pattern is a glob as in
 * `cache-paths` (a folder, or a match of a folder, takes everything under it); one starting with
 * `!` takes files out again. Every invalid pattern is reported in one UserError.
 */
function planExecutables(patterns, files) {
    const given = patterns.map(p => p.trim()).filter(Boolean);
    const include = given.filter(p => !p.startsWith('!'));
    const exclude = given.filter(p => p.startsWith('!')).map(p => p.slice(1).trim());
    const bad = [...include, ...exclude].flatMap(g => {
        const why = (0,cache_select/* checkGlob */.pY)(g);
        return why ? [`'${g}' ${why}`] : [];
    });
    if (bad.length) {
        throw new errors/* UserError */.yo(`executables: invalid patterns: ${bad.join('; ')}. Give globs relative to the tree, e.g. bin/*`);
    }
    if (include.length === 0) {
        throw new errors/* UserError */.yo('executables: no pattern chooses files to pack (only exclusions were given); add one such as bin/*');
    }
    const chosen = new Set();
    const unmatched = [];
    for (const g of include) {
        const hits = files.filter(f => (0,cache_select/* matchesCachePath */.jK)(f, g));
        if (hits.length === 0)
            unmatched.push(g);
        for (const f of hits)
            chosen.add(f);
    }
    const kept = [...chosen].filter(f => !exclude.some(g => (0,cache_select/* matchesCachePath */.jK)(f, g)));
    return { files: kept.sort(), unmatched };
}
const memberOf = (prefix, rel) => (rel ? `${prefix}/${rel}` : prefix);
function checkName(what, value) {
    if (inputs/* SAFE_NAME */.wY.test(value))
        return;
    throw new errors/* UserError */.yo(`${what} '${value}' is not a plain file name; use letters, digits and . _ + - (no slashes)`);
}
/** The files, normalised and checked: each a file or a symlink to something packed with it. */
function checkedMembers(root, files) {
    const names = new Set();
    for (const raw of files) {
        const m = memberName(raw);
        if ('refused' in m)
            throw new errors/* UserError */.yo(`cannot pack '${raw}': ${m.refused}; list paths relative to ${root}`);
        names.add(m.name);
    }
    const dirs = new Set();
    for (const f of names)
        for (let d = external_node_path_.posix.dirname(f); d !== '.'; d = external_node_path_.posix.dirname(d))
            dirs.add(d);
    for (const f of names) {
        const abs = external_node_path_.join(root, f);
        const st = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
        if (!st)
            throw new errors/* UserError */.yo(`cannot pack ${f}: it is not in ${root}; run make first or fix the patterns`);
        if (st.isDirectory())
            throw new errors/* UserError */.yo(`cannot pack ${f}: it is a folder; list the files in it (e.g. ${f}/*)`);
        if (st.isSymbolicLink())
            checkLink(f, external_node_fs_.readlinkSync(abs), names, dirs);
        else if (!st.isFile())
            throw new errors/* UserError */.yo(`cannot pack ${f}: it is not a regular file, folder or symlink`);
    }
    return { files: [...names].sort(), dirs: [...dirs].sort() };
}
/** A symlink is packed only when it points at a file or folder packed with it. */
function checkLink(rel, target, files, dirs) {
    const to = linkStaysInside(rel, target) ? external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(rel), target)) : null;
    if (to !== null && (files.has(to) || dirs.has(to)))
        return;
    throw new errors/* UserError */.yo(`cannot pack ${rel}: it is a symlink to ${target}, which is not among the files packed; ` +
        `add its target to the patterns or leave the link out with '!${rel}'`);
}
/**
 * Write `files` (relative to root) into a reproducible `.tar.gz`: members sorted under `prefix/`,
 * owners zeroed, one mtime, modes 0755 (any execute bit) or 0644, gzip without name or time.
 * The same files give the same bytes. Symlinks must point at something packed with them.
 */
async function packExecutables(opts) {
    checkName('the tarball folder', opts.prefix);
    if (!Number.isInteger(opts.mtime) || opts.mtime < 0) {
        throw new errors/* UserError */.yo(`mtime ${opts.mtime} is not a whole number of seconds since 1970 (SOURCE_DATE_EPOCH)`);
    }
    const { files, dirs } = checkedMembers(opts.root, opts.files);
    if (files.length === 0)
        throw new errors/* UserError */.yo('nothing to pack: no files were chosen');
    // sorted by member name ('' is the top folder itself)
    const paths = ['', ...dirs, ...files].sort((a, b) => (memberOf(opts.prefix, a) < memberOf(opts.prefix, b) ? -1 : 1));
    const members = paths.map(p => memberOf(opts.prefix, p));
    const outDir = external_node_path_.dirname(external_node_path_.resolve(opts.outFile));
    external_node_fs_.mkdirSync(outDir, { recursive: true });
    const partial = external_node_path_.join(outDir, `.${external_node_path_.basename(opts.outFile)}.${process.pid}.partial`);
    try {
        await packTar(opts.root, paths, partial, { mtime: opts.mtime, zstdLevel: 0, gzipLevel: 9, prefix: opts.prefix });
        external_node_fs_.renameSync(partial, opts.outFile);
    }
    finally {
        external_node_fs_.rmSync(partial, { force: true });
    }
    const dirSet = new Set([opts.prefix, ...dirs.map(d => `${opts.prefix}/${d}`)]);
    return {
        file: opts.outFile,
        bytes: external_node_fs_.statSync(opts.outFile).size,
        sha256: await (0,cache_key/* sha256File */.Q3)(opts.outFile),
        members: members.map(m => (dirSet.has(m) ? `${m}/` : m))
    };
}
/**
 * Choose the tree's files by the patterns, audit them, and pack them as
 * `<outDir>/<name>-<tag>.tar.gz` with every member under `<name>-<tag>/`.
 */
async function buildExecutablesTarball(opts) {
    checkName('the tarball name', opts.name);
    const plan = planExecutables(opts.patterns, (0,cache_tree/* walkFiles */.Fv)(opts.root));
    if (plan.files.length === 0) {
        const patterns = opts.patterns.join(', ');
        throw new errors/* UserError */.yo(`no file of ${opts.root} matches ${patterns}; did make build the programs? Fix the patterns, e.g. bin/*`);
    }
    const audit = auditExecutables(opts.root, plan.files);
    const prefix = `${opts.name}-${audit.tag}`;
    const outFile = external_node_path_.join(opts.outDir, `${prefix}.tar.gz`);
    const packed = await packExecutables({ root: opts.root, files: plan.files, outFile, mtime: opts.mtime, prefix });
    return { ...packed, audit, unmatched: plan.unmatched };
}

;// CONCATENATED MODULE: ./src/montage/executables-step.ts
/**
 * The executables tarball as a part of the C-tree step: after the tree is built or restored, pack
 * the chosen programs (src/montage/executables.ts), say which tag they allow and why not better,
 * and upload the tarball when asked.
 */






async function packBuiltExecutables(plan, root) {
    const t = await (0,lib_log/* phase */.Oi)(`executables: pack ${plan.patterns.join(' ')}`, async () => {
        if (!external_node_fs_.existsSync(plan.outDir)) {
            external_node_fs_.mkdirSync(plan.outDir, { recursive: true });
            (0,cache_tree/* claimFolder */.Pm)(plan.outDir);
        }
        const r = await buildExecutablesTarball({ root, patterns: plan.patterns, outDir: plan.outDir, name: plan.name, mtime: plan.mtime });
        for (const u of r.unmatched)
            (0,lib_log/* warning */.$e)(`executables: '${u}' matches no file of ${root}`);
        const elf = r.audit.files.filter(f => f.kind === 'elf').length;
        (0,lib_log/* info */.pq)(`${external_node_path_.basename(r.file)}: ${r.members.length} members, ${elf} ELF files audited, ${(r.bytes / 1e6).toFixed(1)} MB, sha256 ${r.sha256}`);
        (0,lib_log/* info */.pq)(`tag ${r.audit.tag}${r.audit.glibcMax ? ` (needs GLIBC ${r.audit.glibcMax})` : ''}`);
        for (const p of r.audit.problems)
            (0,lib_log/* warning */.$e)(`executables: ${p}`);
        for (const n of r.audit.notes)
            (0,lib_log/* info */.pq)(`note: ${n}`);
        return r;
    });
    const artifactId = plan.upload ? await uploadBounded(plan.upload, [t.file], plan.outDir) : undefined;
    return {
        file: t.file,
        tag: t.audit.tag,
        sha256: t.sha256,
        bytes: t.bytes,
        files: t.members.length,
        problems: t.audit.problems,
        ...(artifactId !== undefined ? { artifactId } : {})
    };
}

// EXTERNAL MODULE: ./src/runtime/container.ts
var container = __webpack_require__(61827);
// EXTERNAL MODULE: ./src/runtime/docker.ts + 2 modules
var docker = __webpack_require__(75670);
;// CONCATENATED MODULE: ./src/runtime/forward.ts
/** Host variables every container gets: the Actions runtime, so tools inside can reach the cache (as sccache's GHA backend does). */
const FORWARDED_ENV = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'GITHUB_ACTIONS',
    'CI'
];
/** The forwarded variables that are set, plus `names` taken from the host and `assignments` given outright. */
function containerEnv(hostEnv, names = [], assignments = {}) {
    const out = {};
    for (const n of [...FORWARDED_ENV, ...names]) {
        const v = hostEnv[n];
        if (v !== undefined)
            out[n] = v;
    }
    return { ...out, ...assignments };
}

// EXTERNAL MODULE: ./src/runtime/paths.ts
var paths = __webpack_require__(69704);
// EXTERNAL MODULE: ./src/runtime/runtime.ts
var runtime = __webpack_require__(62536);
;// CONCATENATED MODULE: ./src/runtime/host.ts
/** The host runtime: commands run directly on this machine; paths are the same on both sides. */






function stringEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
class HostRuntime {
    kind = 'host';
    description = `host (${external_node_os_.platform()} ${external_node_os_.arch()})`;
    mounts = paths/* HOST_MOUNTS */.II;
    toRuntimePath(p) {
        return (0,paths/* runtimePath */.Ej)(external_node_path_.resolve(p));
    }
    toHostPath(p) {
        return (0,paths/* hostPath */.y4)(p);
    }
    run(argv, opts = {}) {
        return (0,exec/* run */.e)(argv, opts);
    }
    runOrThrow(argv, opts = {}) {
        return (0,exec/* runOrThrow */.n)(argv, opts);
    }
    /** This process's environment; PATH the usual default when the process has none. */
    async env() {
        const env = stringEnv(process.env);
        return env.PATH ? env : { ...env, PATH: runtime/* DEFAULT_PATH */.O };
    }
    async tempDir(prefix) {
        return external_node_fs_.mkdtempSync(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), prefix));
    }
    async removeTree(hostPath) {
        external_node_fs_.rmSync(hostPath, { recursive: true, force: true });
    }
    async readFile(runtimePath) {
        try {
            return external_node_fs_.readFileSync(runtimePath, 'utf8');
        }
        catch {
            return undefined;
        }
    }
    async identity() {
        return `host-${external_node_os_.platform()}-${external_node_os_.arch()}`;
    }
    async dispose() { }
}

// EXTERNAL MODULE: ./src/runtime/images.ts
var runtime_images = __webpack_require__(85212);
// EXTERNAL MODULE: ./src/runtime/choice.ts
var runtime_choice = __webpack_require__(43949);
;// CONCATENATED MODULE: ./src/runtime/select.ts
/**
 * Choose the runtime from the engine/image/container inputs: the host, a container a step names
 * (started by setup-docker-manylinux), or a container started for this step alone from `image`.
 */










function engineFor(choice) {
    if (choice.engine === 'docker' || choice.engine === 'podman')
        return choice.engine;
    const fromSetup = process.env[runtime_choice/* ENGINE_ENV */.X4];
    return fromSetup === 'podman' ? 'podman' : 'docker';
}
/** The folder mounted into a container started for one step: the workspace when the project is in it, else the project. */
function mountRoot(project) {
    const ws = process.env.GITHUB_WORKSPACE;
    if (ws) {
        const rel = external_node_path_.relative(external_node_path_.resolve(ws), project);
        if (rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel)))
            return external_node_path_.resolve(ws);
    }
    return project;
}
/** Open the runtime; call dispose() on it when the step is done (it removes a container started here). */
async function openRuntime(choice, project) {
    if (choice.container) {
        const rt = await docker/* ContainerRuntime */._W.attach(engineFor(choice), choice.container);
        (0,lib_log/* info */.pq)(`building in ${rt.description}`);
        return rt;
    }
    if (!choice.image || choice.engine === 'host' || choice.engine === 'none')
        return new HostRuntime();
    const asked = choice.engine === 'docker' || choice.engine === 'podman' ? choice.engine : 'auto';
    return (0,lib_log/* phase */.Oi)(`container: start ${choice.image}`, async () => {
        const { engine, version } = await (0,container/* chooseEngine */.mN)(asked);
        (0,lib_log/* info */.pq)(`${engine} answers (${version})`);
        const platform = (0,runtime_images/* enginePlatform */.qY)((0,runtime_images/* manylinuxArch */.AH)(external_node_os_.machine()));
        await (0,container/* ensureImage */.Yt)(engine, choice.image, platform);
        const rt = await (0,container/* startContainer */.YI)({
            engine,
            reference: choice.image,
            platform,
            workspace: mountRoot(project),
            env: containerEnv(process.env),
            tempParent: (0,container/* hostTempParent */.h_)()
        });
        (0,lib_log/* info */.pq)(`building in ${rt.description}; it is removed when this step ends`);
        return rt.owned();
    });
}
/** Run `body` in the runtime, then dispose of it whatever happens. */
async function withRuntime(choice, project, body) {
    const rt = await openRuntime(choice, project);
    try {
        return await body(rt);
    }
    finally {
        await rt.dispose();
    }
}

// EXTERNAL MODULE: ./src/lib/epoch.ts
var epoch = __webpack_require__(46802);
// EXTERNAL MODULE: ./src/montage/plan.ts
var plan = __webpack_require__(92706);
// EXTERNAL MODULE: ./src/lib/bounded.ts
var bounded = __webpack_require__(66610);
// EXTERNAL MODULE: ./src/python/identifiers.ts
var identifiers = __webpack_require__(95170);
;// CONCATENATED MODULE: ./src/python/discover.ts
/**
 * Find the CPython interpreters a runtime has: manylinux's /opt/python/*, pyenv's versions, and
 * pythonX.Y on PATH. Discovery runs through the runtime, so it works the same in a container.
 */


/** Lists candidate executables, one "source path" per line. Fixed text: no user input in it. */
const LIST_CANDIDATES = `
for p in /opt/python/*/bin/python; do [ -x "$p" ] && echo "manylinux $p"; done
root="\${PYENV_ROOT:-$HOME/.pyenv}"
for p in "$root"/versions/*/bin/python; do [ -x "$p" ] && echo "pyenv $p"; done
for n in 6 7 8 9 10 11 12 13 14 15; do p=$(command -v "python3.$n" 2>/dev/null) && echo "path $p"; done
exit 0
`;
/** Prints what we need to know of an interpreter, as JSON. */
const PROBE = `import json, os, sys, sysconfig
print(json.dumps({"impl": sys.implementation.name, "version": "%d.%d.%d" % sys.version_info[:3],
  "major": sys.version_info[0], "minor": sys.version_info[1],
  "gil_disabled": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
  "executable": os.path.realpath(sys.executable)}))`;
function parseCandidates(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const m = /^(manylinux|pyenv|path) (\S.*)$/.exec(line.trim());
        if (m)
            out.push({ source: m[1], path: m[2] });
    }
    return out;
}
/** Every CPython 3 the runtime can run, one entry per distinct executable. */
/** How many interpreters are probed at once (each probe starts a Python: mostly waiting on its start-up). */
const PROBES_AT_ONCE = 4;
function parseProbe(stdout) {
    try {
        return JSON.parse(stdout.trim().split('\n').pop() ?? '');
    }
    catch {
        return undefined;
    }
}
/** Every CPython 3 the runtime can run, one entry per distinct executable, in the order listed. */
async function discoverInterpreters(runtime) {
    const listed = await runtime.run(['sh', '-c', LIST_CANDIDATES], { silent: true });
    const candidates = parseCandidates(listed.stdout);
    // a pyenv shim for a version that is not active, a broken link...: no answer
    const probes = await (0,bounded/* mapBounded */.y)(candidates, PROBES_AT_ONCE, async (c) => {
        const r = await runtime.run([c.path, '-c', PROBE], { silent: true });
        return r.exitCode === 0 ? parseProbe(r.stdout) : undefined;
    });
    const seen = new Set();
    const found = [];
    candidates.forEach((c, i) => {
        const p = probes[i];
        if (!p || p.impl !== 'cpython' || p.major !== 3 || seen.has(p.executable))
            return;
        seen.add(p.executable);
        found.push({
            path: c.path,
            version: p.version,
            minor: `${p.major}.${p.minor}${p.gil_disabled ? 't' : ''}`,
            identifier: (0,identifiers/* identifierFor */.H9)(p.major, p.minor, p.gil_disabled),
            source: c.source
        });
    });
    return found;
}

// EXTERNAL MODULE: ./src/lib/args.ts
var args = __webpack_require__(94818);
;// CONCATENATED MODULE: ./src/wheel/reproducible.ts
/**
 * What makes two builds of one commit give the same wheel bytes: SOURCE_DATE_EPOCH for every
 * timestamp written, and the project's path kept out of the debug information the compiler writes
 * (setuptools compiles with Python's own CFLAGS, which hold -g, so DW_AT_comp_dir would otherwise
 * be the checkout's absolute path, and the .so, its build id and the RECORD would differ between
 * two checkouts of the same commit).
 */

/** -ffile-prefix-map (also covers __FILE__) where the compiler has it (gcc 8, clang 10), else -fdebug-prefix-map. */
async function prefixMapOption(runtime, env) {
    const cc = (0,args/* parseArgs */.Z)(env.CC ?? '');
    const probe = [...(cc.length ? cc : ['cc']), '-ffile-prefix-map=/probe=.', '-E', '-x', 'c', '/dev/null'];
    const r = await runtime.run(probe, { silent: true }).catch(() => undefined);
    return r?.exitCode === 0 ? '-ffile-prefix-map' : '-fdebug-prefix-map';
}

;// CONCATENATED MODULE: ./src/phases/facts.ts
/**
 * Everything a plan depends on that is not an input, gathered once through the runtime before
 * anything is planned: the runtime's identity, environment and architecture, its interpreters and
 * toolchain, whether it has auditwheel, and, on the host side, the project's sources and its
 * SOURCE_DATE_EPOCH. Nothing here builds, writes into the project, or decides anything.
 */







async function firstLine(runtime, argv) {
    const r = await runtime.run(argv, { silent: true }).catch(() => undefined);
    if (!r || r.exitCode !== 0)
        return `${argv[0]}: not found`;
    return r.stdout.split('\n')[0]?.trim() ?? '';
}
async function runtimeFacts(runtime) {
    const arch = await firstLine(runtime, ['uname', '-m']);
    return {
        kind: runtime.kind,
        description: runtime.description,
        identity: await runtime.identity(),
        mounts: runtime.mounts,
        env: await runtime.env(),
        arch
    };
}
function epochs(hostEnv) {
    const known = new Map();
    return root => {
        let e = known.get(root);
        if (!e)
            known.set(root, (e = (0,epoch/* sourceDateEpoch */.pA)(root, hostEnv)));
        return e;
    };
}
async function treeSide(runtime, env, want, epochOf) {
    if (!want.tree)
        return undefined;
    const { root, ownFolders } = want.tree;
    const exclude = [...(0,plan/* ownPaths */.Vw)(root, ownFolders)];
    const tree = external_node_fs_.existsSync(root) ? await (0,cache_tree/* inspectTree */.$k)(root, new Set(exclude)) : undefined;
    const cc = env.CC || 'cc';
    const toolchain = `${await firstLine(runtime, [cc, '--version'])} | ${await firstLine(runtime, ['make', '--version'])}`;
    return { root, exclude, tree, toolchain, epoch: await epochOf(root) };
}
async function hasAuditwheel(runtime) {
    const r = await runtime.run(['auditwheel', '--version'], { silent: true }).catch(() => undefined);
    return r?.exitCode === 0;
}
async function wheelSide(runtime, env, root, epochOf) {
    const interpreters = await discoverInterpreters(runtime);
    for (const i of interpreters)
        (0,lib_log/* info */.pq)(`${i.identifier.padEnd(14)} ${i.version.padEnd(8)} ${i.source.padEnd(9)} ${i.path}`);
    return {
        interpreters,
        auditwheel: await hasAuditwheel(runtime),
        prefixMapOption: await prefixMapOption(runtime, env),
        epoch: await epochOf(root)
    };
}
/** Gather the facts the wanted phases need, in one group of the log. */
async function gatherFacts(runtime, want) {
    return (0,lib_log/* phase */.Oi)('facts: the runtime, its interpreters and toolchain, the sources', async () => {
        const rt = await runtimeFacts(runtime);
        (0,lib_log/* info */.pq)(`runtime: ${rt.description} (${rt.arch}, ${rt.identity})`);
        const epochOf = epochs(want.hostEnv);
        const tree = await treeSide(runtime, rt.env, want, epochOf);
        const wheel = want.wheel ? await wheelSide(runtime, rt.env, want.wheel.root, epochOf) : undefined;
        return { runtime: rt, ...(tree ? { tree } : {}), ...(wheel ? { wheel } : {}) };
    });
}

// EXTERNAL MODULE: ./src/phases/plan.ts
var phases_plan = __webpack_require__(98557);
// EXTERNAL MODULE: ./src/wheel/build.ts + 23 modules
var build = __webpack_require__(34560);
;// CONCATENATED MODULE: ./src/phases/wheel.ts
/** The wheel phase as a step: a wheels plan run, the wheels uploaded when asked; a matrix for fan-out. */




/**
 * Create the output folder as the suite's own (git ignores it, the C-tree key leaves it out), so
 * wheels written inside the project never change the next key. A folder that exists is the user's.
 */
function claimOutputDir(dir) {
    if (external_node_fs_.existsSync(dir))
        return;
    external_node_fs_.mkdirSync(dir, { recursive: true });
    (0,cache_tree/* claimFolder */.Pm)(dir);
}
/** What a plan-only run returns: the matrix and the plan, no wheel. */
function plannedOnly(plan, step) {
    return { pythons: plan.pythons.map(p => p.python), wheels: [], failures: [], matrix: plan.matrix, outputDir: plan.outputDir, plan: step };
}
async function runWheelStep(plan, runtime) {
    claimOutputDir(plan.outputDir);
    const r = await (0,build/* buildWheels */.x7)(plan, runtime);
    const artifactId = plan.upload && r.wheels.length
        ? await uploadBounded(plan.upload, r.wheels.map(w => w.wheel), plan.outputDir)
        : undefined;
    return { ...r, matrix: plan.matrix, outputDir: plan.outputDir, artifactId };
}

;// CONCATENATED MODULE: ./src/phases/step-work.ts
/**
 * The steps' work, after their inputs are read (steps.ts): each opens its runtime (the host, the
 * container a step names, or one started from `image` for this step), gathers the facts it needs
 * through it (src/phases/facts.ts), makes its plan (src/phases/plan.ts), raises every problem at
 * once, and only then runs the plan.
 */









/** Facts, then the plan, then every problem at once. */
async function makePlan(runtime, inputs, want, workDir, problems) {
    const facts = await gatherFacts(runtime, want);
    const plan = (0,phases_plan/* planStep */.ek)(inputs, facts, workDir, problems);
    problems.throwIfAny();
    return { facts, plan };
}
/** A work folder for the wheels, visible in the runtime, removed when `body` is done. */
async function withWorkDir(runtime, body) {
    const dir = await runtime.tempDir('bw-wheels-');
    try {
        return await body(dir);
    }
    finally {
        await runtime.removeTree(dir);
    }
}
function printPlan(plan) {
    (0,lib_log/* info */.pq)(`plan (plan-only: nothing is built):\n${(0,phases_plan/* planJson */.iY)(plan)}`);
}
/** The C tree built or restored, then its programs packed when asked. */
async function runCTree(plan, facts, runtime, background = false) {
    const p = plan.cTree;
    const tree = facts.tree?.tree;
    if (!p || !tree)
        throw new Error('internal: a C-tree step without its plan');
    const store = p.cache ? chooseStore('c-tree', p.cache.dir, p.cache.serviceTimeout) : undefined;
    const built = await buildCTree(p, tree, runtime, store, { background });
    return p.executables ? { ...built, executables: await packBuiltExecutables(p.executables, p.root) } : built;
}
const hostEnv = () => process.env;
/**
 * One build at a time in a project tree: the lock is taken before the tree's facts are read and held
 * until the step's work in it (make, the save, the wheels) is done.
 */
function inLockedTree(root, what, work) {
    return withTreeLock(root, { what, log: lib_log/* info */.pq, warn: w => (0,lib_log/* warning */.$e)(w) }, work);
}
async function runMontageStep({ inputs, choice, problems }) {
    return withRuntime(choice, inputs.path, runtime => inLockedTree(inputs.path, 'the C tree', async () => {
        const want = { tree: { root: inputs.path, ownFolders: [inputs['cache-dir'], inputs['executables-dir']] }, hostEnv: hostEnv() };
        const { facts, plan } = await makePlan(runtime, { montage: inputs }, want, undefined, problems);
        return runCTree(plan, facts, runtime);
    }));
}
async function runWheelOnlyStep({ inputs, choice, problems }) {
    return withRuntime(choice, inputs.path, runtime => withWorkDir(runtime, async (workDir) => {
        const want = { wheel: { root: inputs.path }, hostEnv: hostEnv() };
        const { plan } = await makePlan(runtime, { wheel: inputs }, want, workDir, problems);
        const wheels = plan.wheels;
        (0,lib_log/* info */.pq)(`building for: ${wheels.pythons.map(p => p.python.identifier).join(' ')}`);
        if (inputs['plan-only']) {
            printPlan(plan);
            return plannedOnly(wheels, plan);
        }
        return { ...(await runWheelStep(wheels, runtime)), plan };
    }));
}
/**
 * The whole wheel pipeline: C tree (cached), then wheels for every selected Python. Every input of
 * both phases is checked, and the whole plan made, before make runs.
 */
async function runPipelineStep({ inputs, choice, problems }) {
    const locked = (work) => inputs.wheel['plan-only'] ? work() : inLockedTree(inputs.montage.path, 'the C tree and its wheels', work);
    return withRuntime(choice, inputs.montage.path, runtime => withWorkDir(runtime, workDir => locked(async () => {
        const want = {
            tree: { root: inputs.montage.path, ownFolders: [inputs.montage['cache-dir'], inputs.montage['executables-dir'], inputs.wheel['output-dir']] },
            wheel: { root: inputs.wheel.path },
            hostEnv: hostEnv()
        };
        const { facts, plan } = await makePlan(runtime, inputs, want, workDir, problems);
        const wheels = plan.wheels;
        (0,lib_log/* info */.pq)(`building for: ${wheels.pythons.map(p => p.python.identifier).join(' ')}`);
        if (inputs.wheel['plan-only']) {
            printPlan(plan);
            return { wheels: plannedOnly(wheels, plan) };
        }
        // a cold tree is saved while the wheels build; the save ends before the step does
        const built = await runCTree(plan, facts, runtime, true);
        const builtWheels = await runWheelStep(wheels, runtime).catch(async (e) => {
            await settleSave(built);
            throw e;
        });
        return { montage: await settleSave(built), wheels: { ...builtWheels, plan } };
    })));
}


/***/ }),

/***/ 61827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YI: () => (/* binding */ startContainer),
/* harmony export */   Yt: () => (/* binding */ ensureImage),
/* harmony export */   h_: () => (/* binding */ hostTempParent),
/* harmony export */   mN: () => (/* binding */ chooseEngine),
/* harmony export */   removeContainer: () => (/* binding */ removeContainer)
/* harmony export */ });
/* unused harmony exports MIN_DOCKER_API, MIN_PODMAN, checkEngine, inspectImage, localMatches, DEFAULT_PULL, ownerOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97268);
/* harmony import */ var _lib_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61025);
/* harmony import */ var _docker_args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21006);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75670);
/* harmony import */ var _engine_cli_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43727);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(85212);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(69704);
/**
 * Starting and ending the job's container: the engine checked, the image pulled (with retries, or
 * not at all when the local copy matches), the container created with the workspace and a temp
 * folder mounted at the same paths, and at the end the files written through the mounts given
 * back to the workspace's owner and the container removed.
 */











/** cibuildwheel's floor: Docker 20.10. */
const MIN_DOCKER_API = '1.41';
const MIN_PODMAN = '3.0';
const PROBE_MS = 20_000;
/** Does the engine answer, with a recent enough version? */
async function checkEngine(engine) {
    const args = (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .versionArgs */ .Gz)(engine);
    const r = await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .engineCall */ .L)(engine, args, { timeoutMs: PROBE_MS });
    if (r.code !== 0 || !r.stdout.trim())
        return { ok: false, why: (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .describeFailure */ .I)(engine, args, r, 4) };
    const version = r.stdout.trim();
    const min = engine === 'docker' ? MIN_DOCKER_API : MIN_PODMAN;
    if (!(0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .apiAtLeast */ .Fh)(version, min))
        return {
            ok: false,
            why: `${engine} answers with ${engine === 'docker' ? 'API' : 'version'} ${version}; ${min} or newer is needed (Docker 20.10, podman 3)`
        };
    return { ok: true, version };
}
const INSTALL_HINT = 'Install Docker (Debian/Ubuntu: apt-get install docker.io; hosted Linux runners have it) or podman, and make sure ' +
    'the engine runs (DOCKER_HOST, or /var/run/docker.sock), or set engine: host to build on the runner itself ' +
    '(for a job that already runs in a manylinux container).';
/** The engine to use: the one asked for, or for auto the first of docker and podman that answers. */
async function chooseEngine(asked) {
    const candidates = asked === 'auto' ? ['docker', 'podman'] : [asked];
    const why = [];
    for (const e of candidates) {
        const c = await checkEngine(e);
        if (c.ok)
            return { engine: e, version: c.version };
        why.push(c.why);
    }
    const what = asked === 'auto' ? 'no container engine answers (tried docker, then podman)' : `engine: ${asked} was asked for, but it does not answer`;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${what}:\n${why.map(w => `  ${w.split('\n').join('\n  ')}`).join('\n')}\n${INSTALL_HINT}`);
}
async function inspectImage(engine, image) {
    const r = await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .engineCall */ .L)(engine, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .inspectImageArgs */ .r7)(image), { timeoutMs: PROBE_MS });
    if (r.code !== 0)
        return undefined;
    const j = (0,_docker_js__WEBPACK_IMPORTED_MODULE_7__/* .inspectObject */ .AB)(r.stdout.trim());
    return {
        id: (0,_docker_js__WEBPACK_IMPORTED_MODULE_7__/* .imageIdOf */ .CR)(j.Id ?? ''),
        repoDigests: j.RepoDigests ?? [],
        platform: `${j.Os ?? 'linux'}/${j.Architecture ?? ''}${j.Variant ? `/${j.Variant}` : ''}`
    };
}
/** Whether the local copy is the image asked for: the right platform, and the pinned digest when one is pinned. Pure. */
function localMatches(local, reference, platform) {
    if (!local)
        return false;
    if (platform && local.platform !== platform && !local.platform.startsWith(`${platform}/`))
        return false;
    const digest = (0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .pinnedDigest */ .tN)(reference);
    if (!digest)
        return true;
    return local.repoDigests.some(d => d === `${(0,_images_js__WEBPACK_IMPORTED_MODULE_9__/* .repositoryOf */ ._M)(reference)}@${digest}` || d.endsWith(`@${digest}`));
}
const DEFAULT_PULL = { attempts: 4, backoff: 5, timeout: 900 };
const sleep = (s) => new Promise(r => setTimeout(r, s * 1000));
/** The image locally: found (no pull), or pulled with retries and backoff; its id and digests. */
async function ensureImage(engine, reference, platform, opts = DEFAULT_PULL) {
    const local = await inspectImage(engine, reference);
    if (localMatches(local, reference, platform)) {
        (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq)(`${reference} is here already (${local.platform}, ${local.id.slice(0, 19)}): not pulled`);
        return { ...local, pulled: false };
    }
    const args = (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .pullArgs */ .bw)(reference, platform);
    let last = '';
    for (let attempt = 1; attempt <= opts.attempts; attempt++) {
        (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq)(`pulling ${reference} (attempt ${attempt} of ${opts.attempts})`);
        let shown = 0;
        const r = await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .engineCall */ .L)(engine, args, {
            timeoutMs: opts.timeout * 1000,
            onLine: line => {
                // the layer lines, not every progress bar redraw
                if (shown < 200 && !/Downloading|Extracting|Waiting/.test(line)) {
                    shown++;
                    (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq)(`  ${line.trim()}`);
                }
            }
        });
        if (r.code === 0) {
            const got = await inspectImage(engine, reference);
            if (!got)
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${engine} pulled ${reference} but cannot inspect it`);
            return { ...got, pulled: true };
        }
        last = (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .describeFailure */ .I)(engine, args, r, 6);
        if (attempt < opts.attempts) {
            const wait = opts.backoff * 2 ** (attempt - 1);
            (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .warning */ .$e)(`pull attempt ${attempt} failed; trying again in ${wait} s: ${last
                .split('\n')
                .slice(-1)[0]
                .replace(/^\s*\|\s*/, '')}`);
            await sleep(wait);
        }
    }
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`could not pull ${reference} after ${opts.attempts} attempts; the last one said:\n${last}\nCheck the image name and the registry's status, or pin an image that is cached on the runner.`);
}
/** The uid:gid owning a folder: whom files written through the mount go back to. */
function ownerOf(dir) {
    const st = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(dir);
    return `${st.uid}:${st.gid}`;
}
const RLIMIT_HINT = 'The engine asked for more open files or processes than this machine lets it give a container (podman, as root, asks for ' +
    '1048576 open files; raising a hard limit needs CAP_SYS_RESOURCE, which a job inside another container lacks). ' +
    'Give limits within `ulimit -Hn` and `ulimit -Hu` (processes also within kernel.pid_max) in containers.conf, ' +
    'e.g. [containers] default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"].';
/** Create and start the container; returns a runtime attached to it. */
async function startContainer(s) {
    const name = `${s.namePrefix ?? 'build-wheel'}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(5).toString('hex')}`;
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(s.tempParent, { recursive: true });
    const temp = node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(s.tempParent, `${name}-`));
    const mounts = [
        { host: s.workspace, container: s.workspace },
        { host: temp, container: temp },
        ...(s.mountBuild ? [{ host: s.workspace, container: '/build' }] : []),
        ...(s.extraMounts ?? [])
    ];
    const args = (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .createArgs */ .Og)({
        name,
        image: s.reference,
        platform: s.platform,
        mounts,
        envNames: Object.keys(s.env),
        labels: { [_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .LABELS */ .kg.owner]: '1', [_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .LABELS */ .kg.chown]: ownerOf(s.workspace), [_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .LABELS */ .kg.temp]: temp, [_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .LABELS */ .kg.run]: (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .runLabel */ .Az)(process.env) },
        network: s.network,
        workdir: s.workspace
    });
    const created = await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .engineCall */ .L)(s.engine, args, { timeoutMs: 120_000, env: s.env });
    if (created.code !== 0) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(temp, { recursive: true, force: true });
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`could not create the container: ${(0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .describeFailure */ .I)(s.engine, args, created)}`);
    }
    const started = await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .engineCall */ .L)(s.engine, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .startArgs */ .m7)(name), { timeoutMs: 120_000 });
    if (started.code !== 0) {
        await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .engineCall */ .L)(s.engine, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .removeArgs */ .wb)(name), { timeoutMs: 60_000 });
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(temp, { recursive: true, force: true });
        const hint = /setting rlimit/.test(started.stderr) ? `\n${RLIMIT_HINT}` : '';
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`could not start the container: ${(0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .describeFailure */ .I)(s.engine, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .startArgs */ .m7)(name), started)}${hint}`);
    }
    return _docker_js__WEBPACK_IMPORTED_MODULE_7__/* .ContainerRuntime */ ._W.attach(s.engine, name);
}
/** The uid:gid the kernel shows for an id it cannot map into a user namespace (usually 65534:65534). */
function overflowOwner() {
    const read = (f) => {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(f, 'utf8').trim();
        }
        catch {
            return '65534';
        }
    };
    return `${read('/proc/sys/kernel/overflowuid')}:${read('/proc/sys/kernel/overflowgid')}`;
}
/**
 * The host owner uid:gid as the container sees it, which is what `chown` inside must be given.
 * Rootful docker and podman share the host's ids; through a user namespace they differ: rootless
 * podman maps the user to root inside, `--userns=keep-id` keeps the user's uid, docker's
 * userns-remap shifts every id. The kernel does the mapping: a writable mount owned by that owner
 * on the host, as `stat` inside shows it. `ran` is false when the container could not run the stat
 * (it stopped); `owner` is '' when the owner has no id inside (shown as the overflow id).
 */
async function ownerInside(engine, container, owner, mounts) {
    const probe = mounts.find(m => {
        try {
            return !m.readOnly && ownerOf(m.host) === owner;
        }
        catch {
            return false;
        }
    });
    if (!probe)
        return { ran: true, owner };
    const r = await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .engineCall */ .L)(engine, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .execArgs */ .Lf)({ container, user: '0', argv: ['stat', '-c', '%u:%g', '--', probe.container] }), { timeoutMs: 60_000 });
    if (r.code !== 0)
        return { ran: false, owner };
    const seen = r.stdout.trim();
    if (!/^\d+:\d+$/.test(seen))
        return { ran: true, owner };
    const overflow = overflowOwner().split(':');
    const unmapped = seen.split(':').some((id, i) => id === overflow[i] && owner.split(':')[i] !== overflow[i]);
    return { ran: true, owner: unmapped ? '' : seen };
}
/**
 * Give files written through the writable mounts back to their owner (as root, inside), then
 * remove the container (unless kept) and the temp folder. Warns, never throws.
 */
async function removeContainer(engine, container, c) {
    const call = (args) => (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .engineCall */ .L)(engine, args, { timeoutMs: 120_000 }).then(r => ({ ok: r.code === 0, msg: r.code === 0 ? '' : (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .describeFailure */ .I)(engine, args, r, 4) }), (e) => ({ ok: false, msg: e.message }));
    try {
        const targets = c.mounts.filter(m => !m.readOnly && m.container !== '/build').map(m => m.container);
        if (c.tempRoot) {
            const inTemp = (0,_paths_js__WEBPACK_IMPORTED_MODULE_10__/* .mapPath */ .qD)(c.tempRoot, c.mounts, 'host');
            if (inTemp && !c.keep)
                await call((0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .execArgs */ .Lf)({ container, user: '0', argv: ['rm', '-rf', '--', inTemp] }));
        }
        if (c.chown && targets.length) {
            let seen = await ownerInside(engine, container, c.chown, c.mounts);
            if (!seen.ran) {
                // a container that stopped: start it again for the chown
                await call((0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .startArgs */ .m7)(container));
                seen = await ownerInside(engine, container, c.chown, c.mounts);
            }
            const view = seen.owner !== c.chown ? ` (${seen.owner || 'no uid'} inside the container's user namespace)` : '';
            const r = seen.owner
                ? await call((0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .execArgs */ .Lf)({ container, user: '0', argv: (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .chownArgv */ .gF)(seen.owner, targets) }))
                : { ok: false, msg: `${c.chown} has no uid:gid inside the container (its user namespace does not map it)` };
            if (r.ok)
                (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq)(`files under ${targets.join(', ')} given back to ${c.chown}${view}`);
            else
                (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .warning */ .$e)(`could not give the files written in the container back to ${c.chown}: ${r.msg}`);
        }
        if (c.keep) {
            (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq)(`keep-container: ${container} is left running (${engine} exec -it ${container} bash)`);
            return;
        }
        const rm = await call((0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .removeArgs */ .wb)(container));
        if (rm.ok)
            (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq)(`container ${container} removed`);
        else
            (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .warning */ .$e)(`could not remove the container ${container}: ${rm.msg}`);
        if (c.tempRoot)
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(c.tempRoot, { recursive: true, force: true });
    }
    catch (e) {
        (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .warning */ .$e)(`cleaning up the container ${container}: ${e instanceof Error ? e.message : String(e)}`);
    }
}
/** Where the suite's temp folders for containers go on the host. */
function hostTempParent() {
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'build-wheel-containers');
}


/***/ }),

/***/ 21006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ runLabel),
/* harmony export */   Fh: () => (/* binding */ apiAtLeast),
/* harmony export */   Gz: () => (/* binding */ versionArgs),
/* harmony export */   Lf: () => (/* binding */ execArgs),
/* harmony export */   Og: () => (/* binding */ createArgs),
/* harmony export */   RR: () => (/* binding */ logsArgs),
/* harmony export */   Rn: () => (/* binding */ inspectContainerArgs),
/* harmony export */   Xc: () => (/* binding */ isEnvName),
/* harmony export */   bw: () => (/* binding */ pullArgs),
/* harmony export */   gF: () => (/* binding */ chownArgv),
/* harmony export */   kV: () => (/* binding */ engineReadsVariable),
/* harmony export */   kg: () => (/* binding */ LABELS),
/* harmony export */   m7: () => (/* binding */ startArgs),
/* harmony export */   r7: () => (/* binding */ inspectImageArgs),
/* harmony export */   wb: () => (/* binding */ removeArgs)
/* harmony export */ });
/* unused harmony exports KEEP_ALIVE, STOP_SIGNAL, mountArg */
/** Labels the suite puts on the containers it starts: what a later step needs to know. */
const LABELS = {
    /** Marks a container as the suite's own. */
    owner: 'io.github.montage.build-wheel',
    /** uid:gid to give files written through the mounts back to (the workspace's owner). */
    chown: 'io.github.montage.build-wheel.chown',
    /** The host folder mounted at the same path for temporary folders both sides see. */
    temp: 'io.github.montage.build-wheel.temp',
    /** The run that started it (see runLabel): two runs on one engine can tell their containers apart. */
    run: 'io.github.montage.build-wheel.run'
};
/**
 * The run a container belongs to: BUILD_WHEEL_RUN_ID when set, else the workflow run and attempt
 * (GITHUB_RUN_ID.GITHUB_RUN_ATTEMPT), else `local`. Pure.
 */
function runLabel(env) {
    if (env.BUILD_WHEEL_RUN_ID)
        return env.BUILD_WHEEL_RUN_ID;
    if (env.GITHUB_RUN_ID)
        return `${env.GITHUB_RUN_ID}.${env.GITHUB_RUN_ATTEMPT || '1'}`;
    return 'local';
}
/** The long-lived container's main process: waits for nothing, in every image (coreutils or busybox). */
const KEEP_ALIVE = ['tail', '-f', '/dev/null'];
/**
 * How the container is stopped: KEEP_ALIVE runs as process 1, which ignores SIGTERM, so podman's
 * `rm --force` (SIGTERM, then SIGKILL after 10 s) would wait the whole grace period; docker's sends
 * SIGKILL at once. With this both remove the container at once.
 */
const STOP_SIGNAL = 'SIGKILL';
function mountArg(m) {
    for (const p of [m.host, m.container])
        if (p.includes(',') || !p.startsWith('/'))
            throw new Error(`cannot mount '${p}': an absolute path without commas is needed`);
    return `type=bind,source=${m.host},target=${m.container}${m.readOnly ? ',readonly' : ''}`;
}
function createArgs(s) {
    const argv = ['create', '--name', s.name, '--pull', 'never', '--stop-signal', STOP_SIGNAL];
    if (s.platform)
        argv.push('--platform', s.platform);
    if (s.network)
        argv.push('--network', s.network);
    if (s.workdir)
        argv.push('--workdir', s.workdir);
    for (const m of s.mounts)
        argv.push('--mount', mountArg(m));
    for (const n of s.envNames)
        argv.push('--env', n);
    for (const [k, v] of Object.entries(s.labels))
        argv.push('--label', `${k}=${v}`);
    argv.push(s.image, ...KEEP_ALIVE);
    return argv;
}
/**
 * Names the engine's CLI reads for itself (where to find programs and its own configuration): a
 * command's value for one of these cannot travel through the CLI's environment without changing
 * how the CLI runs (a container's PATH would make the host look `docker` up in the container's
 * folders), so it is written on the command line as `NAME=VALUE`. None of them holds a secret a
 * build passes. Pure.
 */
function engineReadsVariable(name) {
    return /^(PATH|HOME|TMPDIR|SHELL|USER|LD_[A-Z_]+|XDG_[A-Z_]+|DOCKER_[A-Z_]+|CONTAINERS?_[A-Z_]+|PODMAN_[A-Z_]+|BUILDAH_[A-Z_]+|REGISTRY_AUTH_FILE|GO[A-Z]+|SSL_CERT_(FILE|DIR)|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY)$/.test(name);
}
function execArgs(s) {
    if (s.argv.length === 0)
        throw new Error('exec: empty argv');
    const argv = ['exec'];
    if (s.interactive)
        argv.push('--interactive');
    if (s.user)
        argv.push('--user', s.user);
    if (s.cwd)
        argv.push('--workdir', s.cwd);
    for (const n of s.envNames ?? [])
        argv.push('--env', n);
    for (const kv of s.envInline ?? [])
        argv.push('--env', kv);
    argv.push(s.container, ...s.argv);
    return argv;
}
/**
 * What says the engine answers, and its version: docker's server API version; podman's `info`, which
 * (unlike `version`) opens its storage and finds its OCI runtime, so a podman that cannot run
 * containers fails here rather than at the first create.
 */
const versionArgs = (engine) => engine === 'docker' ? ['version', '--format', '{{.Server.APIVersion}}'] : ['info', '--format', '{{.Version.Version}}'];
const inspectContainerArgs = (container) => ['container', 'inspect', '--format', '{{json .}}', container];
const inspectImageArgs = (image) => ['image', 'inspect', '--format', '{{json .}}', image];
const pullArgs = (image, platform) => ['pull', ...(platform ? ['--platform', platform] : []), image];
const startArgs = (container) => ['start', container];
const removeArgs = (container) => ['rm', '--force', '--volumes', container];
const logsArgs = (container, lines) => ['logs', '--tail', String(lines), container];
/** Give every file under the given runtime paths to uid:gid, never following a symbolic link. */
function chownArgv(owner, paths) {
    if (!/^\d+:\d+$/.test(owner))
        throw new Error(`chown: '${owner}' is not uid:gid`);
    return ['chown', '-R', '-h', owner, '--', ...paths];
}
/** A valid environment variable name (what `-e NAME` may carry). */
function isEnvName(name) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
/** Compare API versions such as 1.41 and 1.43. */
function apiAtLeast(version, min) {
    const a = version.split('.').map(Number);
    const b = min.split('.').map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (Number.isNaN(d))
            return false;
        if (d !== 0)
            return d > 0;
    }
    return true;
}


/***/ }),

/***/ 75670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _W: () => (/* binding */ ContainerRuntime),
  CR: () => (/* binding */ imageIdOf),
  AB: () => (/* binding */ inspectObject)
});

// UNUSED EXPORTS: parseContainerInspect

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(10766);
// EXTERNAL MODULE: ./src/runtime/docker-args.ts
var docker_args = __webpack_require__(21006);
// EXTERNAL MODULE: ./src/runtime/engine-cli.ts
var engine_cli = __webpack_require__(43727);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/runtime/container-deadline.ts
/**
 * A deadline for a command in a container. Ending the engine's client (lib/exec's deadline ends
 * its process group on the host) does not end what it started inside the container, so each such
 * command carries a token in its environment (BUILD_WHEEL_DEADLINE), which its children inherit;
 * at the deadline every process inside whose environment holds the token is killed. The killer is
 * a fixed script; the token reaches it as an argument.
 */

const DEADLINE_VAR = 'BUILD_WHEEL_DEADLINE';
function newDeadlineToken() {
    return (0,external_node_crypto_.randomBytes)(12).toString('hex');
}
/** Kill every process whose environment has DEADLINE_VAR=$1 (the script's own shell has not). */
const KILL_TAGGED = [
    'for d in /proc/[0-9]*; do',
    `  if tr '\\0' '\\n' < "$d/environ" 2>/dev/null | grep -qx "${DEADLINE_VAR}=$1"; then kill -KILL "\${d#/proc/}" 2>/dev/null; fi`,
    'done',
    'exit 0'
].join('\n');
/** The argv, run inside the container, that ends the processes carrying `token`. */
function killTaggedArgv(token) {
    return ['sh', '-c', KILL_TAGGED, 'sh', token];
}

;// CONCATENATED MODULE: ./src/runtime/engine-gone.ts
/**
 * A container engine that stops answering while a command runs in its container (crashed,
 * restarted, stopped): the command's "exit code" is then the engine client's, and the error must
 * say that the engine went away, and which one, not that make failed. The client's own failures
 * (125: the engine refused, 255: the connection was lost, 1 with "Cannot connect") are checked
 * after `run`, any failure after `runOrThrow`, by asking the engine for its version (bounded).
 */



/** Exit codes of the engine's client itself, not of the command it ran. */
const CLIENT_FAILURE_CODES = new Set([125, 255]);
/** What the client prints when it cannot reach its engine (it then exits 1). */
const CANNOT_CONNECT = /Cannot connect to the Docker daemon|error during connect|unable to connect to Podman|connection refused.*(docker|podman)\.sock/i;
/** Whether a failed `exec` may be the engine's failure rather than the command's: worth asking the engine. */
function maybeEngineFailure(r) {
    return CLIENT_FAILURE_CODES.has(r.exitCode) || (r.exitCode === 1 && CANNOT_CONNECT.test(r.stderr));
}
/** How long the engine has to answer before it is deemed gone. */
const ANSWER_MS = 10_000;
class EngineGoneError extends Error {
    name = 'EngineGoneError';
}
/** The engine the client talks to, for messages: DOCKER_HOST / CONTAINER_HOST, else the default. */
function engineAddress(kind, env) {
    if (kind === 'docker')
        return env.DOCKER_HOST || (env.DOCKER_CONTEXT ? `context ${env.DOCKER_CONTEXT}` : 'unix:///var/run/docker.sock');
    return env.CONTAINER_HOST || 'the local podman service';
}
/**
 * When the engine does not answer: the error to throw (naming the engine, its address, the
 * container and the command, with the client's last lines); undefined when it answers.
 */
async function engineGone(kind, cliEnv, container, argv, result) {
    const probe = await (0,engine_cli/* engineCall */.L)(kind, (0,docker_args/* versionArgs */.Gz)(kind), { timeoutMs: ANSWER_MS, env: cliEnv });
    if (probe.code === 0 && probe.stdout.trim())
        return undefined;
    const address = engineAddress(kind, { ...process.env, ...cliEnv });
    const said = (probe.stderr.trim() || (probe.timedOut ? `no answer within ${ANSWER_MS / 1000} s` : '')).split('\n').slice(-2).join(' ');
    return new EngineGoneError(`the ${kind} engine at ${address} went away while a command ran in the container ${container}: ${(0,errors/* formatArgv */.gL)(argv)} ` +
        `(exit code ${result.exitCode} is the ${kind} client's, not the command's; the engine now says: ${said || 'nothing'})` +
        (result.tail ? `\nthe command's last lines:\n  | ${result.tail.split('\n').join('\n  | ')}` : '') +
        `\nThe engine crashed, was restarted or was stopped: check it (systemctl status ${kind}, its log), then run the step again.`);
}

// EXTERNAL MODULE: ./src/runtime/paths.ts
var paths = __webpack_require__(69704);
// EXTERNAL MODULE: ./src/runtime/runtime.ts
var runtime = __webpack_require__(62536);
;// CONCATENATED MODULE: ./src/runtime/docker.ts
/**
 * A runtime inside a long-lived container (docker or podman: the same CLI verbs): commands run with
 * `exec`, their environment passed by name; paths are mapped through the container's bind mounts
 * (the workspace is mounted at the same path, so most paths are equal on both sides); temporary
 * folders are made in a mounted folder both sides see.
 */










/**
 * The one object `inspect --format '{{json .}}'` printed: docker prints the object, podman 4 the
 * list of one. Pure.
 */
function inspectObject(text) {
    const j = JSON.parse(text);
    if (!Array.isArray(j))
        return j;
    if (j.length !== 1)
        throw new Error(`inspect printed ${j.length} objects where one was expected`);
    return j[0];
}
/** An image id as docker writes it (sha256:<hex>); podman writes the bare hex. Pure. */
function imageIdOf(id) {
    return /^[0-9a-f]{64}$/.test(id) ? `sha256:${id}` : id;
}
/** Parse `container inspect --format '{{json .}}'` (docker's or podman's). Pure. */
function parseContainerInspect(text) {
    const j = inspectObject(text);
    const env = {};
    for (const kv of j.Config?.Env ?? []) {
        const i = kv.indexOf('=');
        if (i > 0)
            env[kv.slice(0, i)] = kv.slice(i + 1);
    }
    return {
        id: j.Id ?? '',
        name: (j.Name ?? '').replace(/^\//, ''),
        imageId: imageIdOf(j.Image ?? ''),
        imageRef: j.Config?.Image ?? '',
        running: j.State?.Running === true,
        status: j.State?.Status ?? 'unknown',
        exitCode: j.State?.ExitCode ?? 0,
        env,
        labels: j.Config?.Labels ?? {},
        mounts: (j.Mounts ?? [])
            .filter(m => (m.Type ?? 'bind') === 'bind' && m.Source && m.Destination)
            .map(m => ({ host: m.Source, container: m.Destination, readOnly: m.RW === false }))
    };
}
/** How long an inspect or a probe may take before the engine is deemed stuck. */
const PROBE_MS = 30_000;
class ContainerRuntime {
    kind;
    facts;
    cliEnv;
    description;
    ownsContainer = false;
    constructor(kind, facts, 
    /** Extra environment for the engine's CLI (DOCKER_HOST comes from the process's own). */
    cliEnv = {}) {
        this.kind = kind;
        this.facts = facts;
        this.cliEnv = cliEnv;
        this.description = `${kind} container ${facts.name || facts.id.slice(0, 12)} (image ${facts.imageRef}, ${facts.imageId.slice(0, 19)})`;
    }
    /** The container a step names: it must exist and run. */
    static async attach(kind, nameOrId) {
        const r = await (0,engine_cli/* engineCall */.L)(kind, (0,docker_args/* inspectContainerArgs */.Rn)(nameOrId), { timeoutMs: PROBE_MS });
        if (r.code !== 0) {
            const missing = /no such (container|object)/i.test(r.stderr);
            throw new errors/* UserError */.yo(missing
                ? `input 'container': ${kind} has no container '${nameOrId}'. Pass the container output of setup-docker-manylinux in the same job (steps.<id>.outputs.container), or leave container empty to build on the host.`
                : `input 'container': could not inspect '${nameOrId}': ${(0,engine_cli/* describeFailure */.I)(kind, (0,docker_args/* inspectContainerArgs */.Rn)(nameOrId), r)}`);
        }
        const facts = parseContainerInspect(r.stdout.trim());
        if (!facts.running)
            throw new errors/* UserError */.yo(`input 'container': ${kind} container '${nameOrId}' is not running (status ${facts.status}, exit code ${facts.exitCode}); start it again or run setup-docker-manylinux again`);
        return new ContainerRuntime(kind, facts);
    }
    /** This runtime removes its container on dispose() (an ephemeral one, started for one step). */
    owned() {
        this.ownsContainer = true;
        return this;
    }
    get mounts() {
        return this.facts.mounts;
    }
    toRuntimePath(hostPath) {
        return (0,paths/* toRuntime */.Qf)(this.facts.mounts, hostPath, this.description);
    }
    toHostPath(runtimePath) {
        return (0,paths/* toHost */.gs)(this.facts.mounts, runtimePath, this.description);
    }
    /**
     * The environment of a command: the names go on the command line and the values through the
     * CLI's environment, which is otherwise the host's own (plus the engine's variables), so the CLI
     * is found and runs as on the host; names the CLI reads itself go on the command line with their
     * values (see engineReadsVariable).
     */
    envFor(extra) {
        const values = { ...this.cliEnv };
        const names = [];
        const inline = [];
        for (const [k, v] of Object.entries(extra ?? {})) {
            if (!(0,docker_args/* isEnvName */.Xc)(k))
                throw new Error(`not an environment variable name: ${k}`);
            if ((0,docker_args/* engineReadsVariable */.kV)(k))
                inline.push(`${k}=${v}`);
            else {
                names.push(k);
                values[k] = v;
            }
        }
        return { names, inline, values };
    }
    async run(argv, opts = {}) {
        // with a deadline, the command's processes inside carry a token, so they can be ended too
        const token = opts.timeoutSeconds !== undefined ? newDeadlineToken() : undefined;
        const env = this.envFor(token ? { ...opts.env, [DEADLINE_VAR]: token } : opts.env);
        const docker = (0,docker_args/* execArgs */.Lf)({ container: this.facts.id, argv, cwd: opts.cwd, envNames: env.names, envInline: env.inline, interactive: !!opts.input });
        const r = await (0,exec/* run */.e)([this.kind, ...docker], {
            env: env.values,
            silent: opts.silent,
            input: opts.input,
            hint: opts.hint,
            timeoutSeconds: opts.timeoutSeconds
        });
        if (r.timedOut && token)
            await this.killTagged(token);
        if (maybeEngineFailure(r))
            await this.throwIfEngineGone(argv, r);
        return r;
    }
    /** End the processes inside that carry a timed-out command's token. */
    async killTagged(token) {
        await (0,engine_cli/* engineCall */.L)(this.kind, (0,docker_args/* execArgs */.Lf)({ container: this.facts.id, argv: killTaggedArgv(token), envNames: [] }), { timeoutMs: 30_000, env: this.cliEnv });
    }
    /** The engine stopped answering while argv ran: an EngineGoneError, not the command's failure. */
    async throwIfEngineGone(argv, r) {
        const gone = await engineGone(this.kind, this.cliEnv, this.facts.name || this.facts.id.slice(0, 12), argv, r);
        if (gone)
            throw gone;
    }
    async runOrThrow(argv, opts = {}) {
        const r = await this.run(argv, opts);
        if (r.exitCode === 0)
            return r;
        if (!maybeEngineFailure(r))
            await this.throwIfEngineGone(argv, r);
        const stopped = await this.whyStopped();
        throw new errors/* CommandError */.Qd(argv, r.exitCode, r.tail, stopped ? `${stopped}${opts.hint ? `\n${opts.hint}` : ''}` : opts.hint);
    }
    /** When the container is no longer running: what happened, with its last output; else undefined. */
    async whyStopped() {
        const r = await (0,engine_cli/* engineCall */.L)(this.kind, (0,docker_args/* inspectContainerArgs */.Rn)(this.facts.id), { timeoutMs: PROBE_MS, env: this.cliEnv });
        let state;
        try {
            state = r.code === 0 ? parseContainerInspect(r.stdout.trim()) : undefined;
        }
        catch {
            state = undefined;
        }
        if (state?.running)
            return undefined;
        const logs = await (0,engine_cli/* engineCall */.L)(this.kind, (0,docker_args/* logsArgs */.RR)(this.facts.id, 20), { timeoutMs: PROBE_MS, env: this.cliEnv });
        const last = `${logs.stdout}${logs.stderr}`.trim();
        const what = state ? `stopped (status ${state.status}, exit code ${state.exitCode})` : 'is gone';
        return (`the container ${this.facts.name || this.facts.id.slice(0, 12)} ${what} while the command ran` +
            (last ? `; its last output:\n  | ${last.split('\n').join('\n  | ')}` : '; it printed nothing of its own'));
    }
    /** The image's environment; PATH the engine's default when the image sets none (as the engine runs commands). */
    async env() {
        return this.facts.env.PATH ? this.facts.env : { ...this.facts.env, PATH: runtime/* DEFAULT_PATH */.O };
    }
    /** The host folder for temporary folders: the one labelled at setup, else the state folder of the first mount. */
    tempRoot() {
        const labelled = this.facts.labels[docker_args/* LABELS */.kg.temp];
        if (labelled && (0,paths/* mapPath */.qD)(labelled, this.facts.mounts, 'host') !== undefined)
            return labelled;
        const first = this.facts.mounts.find(m => !m.readOnly);
        if (!first)
            throw new errors/* UserError */.yo(`${this.description} has no writable folder mounted from the host; start it with setup-docker-manylinux`);
        return external_node_path_.join(first.host, '.build-wheel', 'tmp');
    }
    async tempDir(prefix) {
        const root = this.tempRoot();
        external_node_fs_.mkdirSync(root, { recursive: true });
        return external_node_fs_.mkdtempSync(external_node_path_.join(root, prefix));
    }
    async removeTree(hostPath) {
        if (!external_node_fs_.existsSync(hostPath))
            return;
        // what the container wrote may belong to its root: remove it from inside first
        await this.run(['rm', '-rf', '--', this.toRuntimePath(hostPath)], { silent: true }).catch(() => undefined);
        external_node_fs_.rmSync(hostPath, { recursive: true, force: true });
    }
    async readFile(runtimePath) {
        const r = await this.run(['cat', '--', runtimePath], { silent: true });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    async identity() {
        return `image-${this.facts.imageId}`;
    }
    async dispose() {
        if (!this.ownsContainer)
            return;
        const { removeContainer } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 61827));
        await removeContainer(this.kind, this.facts.id, {
            chown: this.facts.labels[docker_args/* LABELS */.kg.chown],
            mounts: this.facts.mounts,
            tempRoot: this.facts.labels[docker_args/* LABELS */.kg.temp]
        });
    }
}


/***/ }),

/***/ 43727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure),
/* harmony export */   L: () => (/* binding */ engineCall)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _lib_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10766);
/**
 * Calls to the container engine's CLI that must not hang a job: each has a deadline (lib/exec's
 * timeoutSeconds), after which the process is killed and the call reports that it timed out.
 * Builds inside the container are not run through here (they take as long as they take: see docker.ts).
 */


/** Run the engine's CLI through the suite's one exec, bounded; a program that cannot start reports 127. */
async function engineCall(binary, args, opts) {
    try {
        const r = await (0,_lib_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)([binary, ...args], { env: opts.env, silent: true, timeoutSeconds: opts.timeoutMs / 1000, onLine: opts.onLine });
        return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr, timedOut: r.timedOut === true };
    }
    catch (e) {
        return { code: 127, stdout: '', stderr: (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e), timedOut: false };
    }
}
/** The last lines of a failed call, for messages. */
function describeFailure(binary, args, r, lines = 8) {
    const how = r.timedOut ? 'did not finish in time' : `exited with ${r.code}`;
    const text = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-lines).join('\n');
    return `${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatArgv */ .gL)([binary, ...args])} ${how}${text ? `:\n  | ${text.split('\n').join('\n  | ')}` : ''}`;
}


/***/ }),

/***/ 62536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ DEFAULT_PATH)
/* harmony export */ });
/** The PATH docker and podman give a container whose image sets none; the host runtime's when the process has none. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';


/***/ })

};
