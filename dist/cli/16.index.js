export const id = 16;
export const ids = [16,783];
export const modules = {

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


/***/ })

};
