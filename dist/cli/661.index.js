export const id = 661;
export const ids = [661,783];
export const modules = {

/***/ 74203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ hasProgram),
/* harmony export */   IR: () => (/* binding */ detectCompression),
/* harmony export */   TO: () => (/* binding */ openDecompressed),
/* harmony export */   zy: () => (/* binding */ readHead)
/* harmony export */ });
/* unused harmony exports HEAD_BYTES, isLzmaAlone */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _tar_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46546);
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
    const raw = node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(archive, { highWaterMark: CHUNK });
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
        yes = PATH.split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).some(d => {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, name), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
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
    const fd = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(file, 'r');
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
        const stream = node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(archive, { highWaterMark: CHUNK });
        return { stream, done: async () => { }, stop: () => void stream.destroy() };
    }
    if (kind === 'gzip')
        return inflateInProcess(archive, node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip({ chunkSize: CHUNK }));
    const { argv, debian } = DECOMPRESSORS[kind];
    if (!hasProgram(argv[0])) {
        if (kind === 'zstd')
            return inflateInProcess(archive, node_zlib__WEBPACK_IMPORTED_MODULE_4__.createZstdDecompress({ chunkSize: CHUNK }));
        throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_5__/* .TarError */ .mt(archive, `reading ${kind} data needs '${argv[0]}', which is not on PATH; install it (Debian package ${debian})`);
    }
    return inChild(archive, kind, argv, debian);
}
/** The decompressor as a child: the archive itself is its stdin, so its bytes never pass through this process. */
function inChild(archive, kind, argv, debian) {
    const input = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(archive, 'r');
    const child = (() => {
        try {
            return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(argv[0], argv.slice(1), { stdio: [input, 'pipe', 'pipe'] });
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(input);
        }
    })();
    const stderr = [];
    // both are pipes, as asked above (the typings cannot tell with a descriptor for stdin)
    const [childOut, childErr] = [child.stdout, child.stderr];
    childErr.on('data', (b) => stderr.push(b));
    const exited = new Promise((resolve, reject) => {
        child.on('error', e => reject(new _tar_error_js__WEBPACK_IMPORTED_MODULE_5__/* .TarError */ .mt(archive, `${argv[0]} could not start (${e.message}); install it (Debian package ${debian}) to read ${kind} archives`)));
        child.on('close', code => resolve(code ?? 1));
    });
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough({ highWaterMark: CHUNK });
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
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_5__/* .TarError */ .mt(archive, `${argv.join(' ')} failed (exit ${code}): ${Buffer.concat(stderr).toString().trim()}`);
        }
    };
}


/***/ }),

/***/ 19783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ LinkChainError),
/* harmony export */   Ms: () => (/* binding */ linksOnDisk),
/* harmony export */   PW: () => (/* binding */ FILE),
/* harmony export */   Pw: () => (/* binding */ describeLinkProblem),
/* harmony export */   Xw: () => (/* binding */ refuseWritesOut),
/* harmony export */   c7: () => (/* binding */ firstLinkProblem),
/* harmony export */   cF: () => (/* binding */ diskTree),
/* harmony export */   cQ: () => (/* binding */ refuseWritesOutOf),
/* harmony export */   q6: () => (/* binding */ DIR),
/* harmony export */   tV: () => (/* binding */ overlayTree),
/* harmony export */   uJ: () => (/* binding */ replacedTopLevel)
/* harmony export */ });
/* unused harmony exports MAX_LINK_HOPS, MAX_CHAIN_STEPS, linkProblem, refuseBadLinks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
    const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(abs, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    if (st.isSymbolicLink())
        return { kind: 'link', target: node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync(abs) };
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
            node = (i < 0 ? DIR : look(rel.slice(0, i)))?.kind === 'dir' ? (nodeOnDisk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, rel)) ?? null) : null;
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
            entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isSymbolicLink())
                out.push([rel, node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, rel))]);
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
    const inside = linksOnDisk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, at)).map(([r, t]) => [at ? `${at}/${r}` : r, t]);
    refuseBadLinks(what, look, inside, 'existing');
}
/**
 * refuseWritesOut for an absolute `folder` a tool will write into: judged within `root` when the
 * folder lies under it, else within the folder's parent.
 */
function refuseWritesOutOf(root, folder, what) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, folder);
    const inside = rel !== '' && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel);
    if (inside)
        refuseWritesOut(root, rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'), what);
    else
        refuseWritesOut(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder), node_path__WEBPACK_IMPORTED_MODULE_1__.basename(folder), what);
}


/***/ }),

/***/ 46546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   mt: () => (/* binding */ TarError),
/* harmony export */   ri: () => (/* binding */ MemberError)
/* harmony export */ });
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


/***/ }),

/***/ 16703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ specialKind),
/* harmony export */   Il: () => (/* binding */ tarInMemory),
/* harmony export */   MI: () => (/* binding */ tarChunks),
/* harmony export */   a7: () => (/* binding */ writeChunks),
/* harmony export */   nG: () => (/* binding */ packTar)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98697);
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
    const h = new tar__WEBPACK_IMPORTED_MODULE_5__/* .Header */ .Y9(fields);
    h.encode();
    const blocks = [];
    if (h.needPax)
        blocks.push(new tar__WEBPACK_IMPORTED_MODULE_5__/* .Pax */ .un({ ...fields, atime: undefined, ctime: undefined }).encode());
    blocks.push(h.block);
    return Buffer.concat(blocks);
}
/** lstat a source and frame its header; special files are refused here, before anything opens them. */
function frame(src, mtime) {
    const st = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(src.abs);
    const id = `${st.dev}:${st.ino}`;
    const kind = specialKind(st);
    if (kind)
        throw new Error(`${src.abs} is ${kind}; only files, folders and symlinks can be packed: remove it or move it out of the tree`);
    if (st.isSymbolicLink()) {
        const target = node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync(src.abs);
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
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(abs, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd).isFile()) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
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
            const n = node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, into, off, into.length - off, null);
            if (n === 0)
                break;
            off += n;
        }
        if (off !== into.length || node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0)
            throw new Error(`${abs} changed while it was packed`);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
    }
}
/**
 * The whole archive in one buffer: headers, every file read once straight into its place (and, with
 * `hash`, its sha256 taken there), the two closing blocks. For trees that fit in memory.
 */
function tarInMemory(sources, o) {
    const mtime = new Date(o.mtime * 1000);
    const framed = sources.map(s => frame(s, mtime));
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
        return o.hash ? { ...f.member, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex') } : f.member;
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
            const n = node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, piece, 0, piece.length, null);
            if (n === 0)
                break;
            left -= n;
            hash?.update(piece.subarray(0, n));
            yield piece.subarray(0, n);
        }
        if (left !== 0 || node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0)
            throw new Error(`${abs} changed while it was packed`);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
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
        const f = frame(src, mtime);
        yield f.header;
        if (f.member.type !== 'file') {
            o.onMember?.(f.member);
            continue;
        }
        const hash = o.hash ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256') : undefined;
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
    const file = node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream(out);
    const z = c.gzipLevel
        ? node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGzip({ level: c.gzipLevel })
        : c.zstdLevel > 0
            ? node_zlib__WEBPACK_IMPORTED_MODULE_4__.createZstdCompress({ params: { [node_zlib__WEBPACK_IMPORTED_MODULE_4__.constants.ZSTD_c_compressionLevel]: c.zstdLevel } })
            : undefined;
    const sink = z ?? file;
    const done = z ? (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(z, file) : (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.finished)(file);
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
    const sources = paths.map(rel => ({ name: opts.prefix ? (rel ? `${opts.prefix}/${rel}` : opts.prefix) : rel, abs: node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel) }));
    await writeChunks(tarChunks(sources, { mtime: opts.mtime, prepend: opts.prepend }), out, opts);
}


/***/ }),

/***/ 29661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* reexport safe */ _decompress_js__WEBPACK_IMPORTED_MODULE_6__.IR),
/* harmony export */   S_: () => (/* binding */ makeLinks),
/* harmony export */   TO: () => (/* reexport safe */ _decompress_js__WEBPACK_IMPORTED_MODULE_6__.TO),
/* harmony export */   b_: () => (/* binding */ LinkRefused),
/* harmony export */   by: () => (/* binding */ DEFAULT_TAR_LIMITS),
/* harmony export */   eg: () => (/* binding */ memberName),
/* harmony export */   g$: () => (/* reexport safe */ _tar_error_js__WEBPACK_IMPORTED_MODULE_8__.g$),
/* harmony export */   hZ: () => (/* binding */ removeCreated),
/* harmony export */   mt: () => (/* reexport safe */ _tar_error_js__WEBPACK_IMPORTED_MODULE_8__.mt),
/* harmony export */   nG: () => (/* reexport safe */ _tar_write_js__WEBPACK_IMPORTED_MODULE_9__.nG),
/* harmony export */   nN: () => (/* binding */ extractTar),
/* harmony export */   tA: () => (/* binding */ linkStaysInside)
/* harmony export */ });
/* unused harmony exports extractTarTracked, BlockAligner */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98697);
/* harmony import */ var _decompress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74203);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19783);
/* harmony import */ var _tar_error_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46546);
/* harmony import */ var _tar_write_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16703);
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
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(dest, { recursive: true });
    const root = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(dest);
    const created = []; // absolute paths, in creation order, removed on failure
    const members = [];
    const byName = new Map();
    /** Symlinks of the archive, made once every member is known and the chains are judged. */
    const links = new Map();
    const hadContent = node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(root).length > 0;
    /** Folders already made or found to be real folders by this call. */
    const folders = new Set();
    let total = 0;
    let failure;
    const fail = (message, member) => {
        failure ??= new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, message, member);
    };
    /** Make the parent folders of rel, refusing to pass through a symlink (on disk or of the archive) or a non-folder. */
    const ensureParents = (rel) => {
        const parts = rel.split('/').slice(0, -1);
        let cur = root;
        for (const [i, p] of parts.entries()) {
            cur = node_path__WEBPACK_IMPORTED_MODULE_2__.join(cur, p);
            const folder = parts.slice(0, i + 1).join('/');
            if (folders.has(folder))
                continue;
            if (links.has(folder))
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `its folder '${(0,_tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .printable */ .g$)(folder)}' is a symlink; refusing to write through it (an earlier member of this archive)`, rel);
            let st;
            try {
                st = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(cur);
            }
            catch {
                node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(cur, { mode: 0o755 });
                created.push(cur);
                folders.add(folder);
                continue;
            }
            if (st.isSymbolicLink())
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `its folder '${node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, cur)}' is a symlink; refusing to write through it`, rel);
            if (!st.isDirectory())
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `its folder '${node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, cur)}' is a file`, rel);
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
            st = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(abs);
        }
        catch {
            return false;
        }
        if (st.isDirectory() && !st.isSymbolicLink()) {
            if (type === 'dir')
                return true;
            throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, 'a folder already stands at its path', rel);
        }
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(abs, { force: true });
        return false;
    };
    const onEntry = (entry) => {
        if (failure)
            return void entry.resume();
        try {
            if (members.length >= limits.maxMembers)
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `more than ${limits.maxMembers} members`);
            const n = memberName(entry.path);
            if ('refused' in n)
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `refused: ${n.refused}`, entry.path);
            const rel = n.name;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel);
            const mode = opts.keepModes ? (entry.mode ?? 0o644) & 0o777 : (entry.mode ?? 0o644) & 0o111 ? 0o755 : 0o644;
            if (byName.has(rel) && entry.type !== 'Directory')
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, 'it appears twice', rel);
            if (entry.type === 'Directory') {
                if (links.has(rel))
                    throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, 'it is both a symlink and a folder', rel);
                ensureParents(rel);
                if (!clearPlace(abs, rel, 'dir')) {
                    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(abs, { mode: 0o755 });
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
                    throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `a hard link to '${(0,_tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .printable */ .g$)(entry.linkpath ?? '')}', which is not a file earlier in the archive`, rel);
                total += source.size;
                if (total > limits.maxTotalBytes)
                    throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `the files pass the limit of ${limits.maxTotalBytes} bytes in all`, rel);
                ensureParents(rel);
                clearPlace(abs, rel, 'file');
                node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, source.path), abs, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_EXCL);
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
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `refused: ${what[entry.type] ?? `an entry of type ${entry.type}`}; only files, folders and symlinks are accepted`, rel);
            }
            const size = entry.size ?? 0;
            if (size > limits.maxFileBytes)
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `${size} bytes passes the limit of ${limits.maxFileBytes} per file`, rel);
            if (total + size > limits.maxTotalBytes)
                throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, `the files pass the limit of ${limits.maxTotalBytes} bytes in all`, rel);
            total += size;
            ensureParents(rel);
            clearPlace(abs, rel, 'file');
            const fd = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(abs, 'wx', mode);
            created.push(abs);
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            let written = 0;
            entry.on('data', (chunk) => {
                if (failure)
                    return;
                try {
                    written += chunk.length;
                    if (written > size)
                        throw new _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt(archive, 'more data than its header declares', rel);
                    hash.update(chunk);
                    node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync(fd, chunk);
                }
                catch (e) {
                    fail(e instanceof Error ? e.message : String(e), rel);
                }
            });
            entry.on('end', () => {
                node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
                if (failure)
                    return;
                if (written !== size)
                    return fail(`${written} bytes where its header declares ${size}`, rel);
                node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync(abs, mode); // the umask may have narrowed it
                const m = { path: rel, type: 'file', mode, size, sha256: hash.digest('hex') };
                members.push(m);
                byName.set(rel, m);
            });
        }
        catch (e) {
            if (e instanceof _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt)
                failure ??= e;
            else
                fail(e instanceof Error ? e.message : String(e), entry.path);
            entry.resume();
        }
    };
    const { stream, done } = await (0,_decompress_js__WEBPACK_IMPORTED_MODULE_6__/* .openDecompressed */ .TO)(archive);
    const blocks = new BlockAligner();
    const parser = new tar__WEBPACK_IMPORTED_MODULE_5__/* .Parser */ .iX({ strict: true, onReadEntry: onEntry });
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
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(stream, new node_stream__WEBPACK_IMPORTED_MODULE_3__.Writable({
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
        if (e instanceof _tar_error_js__WEBPACK_IMPORTED_MODULE_8__/* .TarError */ .mt)
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
    const look = (0,_links_js__WEBPACK_IMPORTED_MODULE_7__/* .overlayTree */ .tV)((0,_links_js__WEBPACK_IMPORTED_MODULE_7__/* .diskTree */ .cF)(root), [...links].map(([rel, target]) => [rel, { kind: 'link', target }]));
    const problem = (0,_links_js__WEBPACK_IMPORTED_MODULE_7__/* .firstLinkProblem */ .c7)(look, links) ?? (hadContent ? (0,_links_js__WEBPACK_IMPORTED_MODULE_7__/* .firstLinkProblem */ .c7)(look, (0,_links_js__WEBPACK_IMPORTED_MODULE_7__/* .linksOnDisk */ .Ms)(root), 'existing') : null);
    if (problem)
        throw new LinkRefused((0,_links_js__WEBPACK_IMPORTED_MODULE_7__/* .describeLinkProblem */ .Pw)(problem), problem.link);
    for (const [rel, target] of links) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel);
        node_fs__WEBPACK_IMPORTED_MODULE_1__.symlinkSync(target, abs);
        created.push(abs);
    }
}
/** Remove what an extraction created: files and links first, then folders that are empty. */
function removeCreated(created) {
    for (const abs of [...created].reverse()) {
        try {
            const st = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(abs);
            if (st.isDirectory())
                node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync(abs);
            else
                node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(abs, { force: true });
        }
        catch {
            // already gone, or a folder that still holds files not ours
        }
    }
}
// The write side lives in tar-write.ts; these names stay importable from here.



/***/ })

};
