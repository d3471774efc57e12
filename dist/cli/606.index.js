export const id = 606;
export const ids = [606];
export const modules = {

/***/ 69606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ crootProblem),
/* harmony export */   O: () => (/* binding */ userCrootBase),
/* harmony export */   claimCroot: () => (/* binding */ claimCroot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_lockfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97834);
/**
 * The build root (conda-build's croot), where each build's work folders go. The default is per user
 * and per run: `$XDG_CACHE_HOME/build-wheel/conda-bld/<slot>` (`~/.cache/...` without XDG_CACHE_HOME;
 * `$RUNNER_TEMP/conda-bld/<slot>` in the action), never a folder shared by every build, where one
 * build would wipe another's work folders.
 *
 * A slot is a numbered folder claimed by its `<slot>.lock` (a lock file naming its holder:
 * src/lib/lockfile.ts), released when the run ends; a lock whose process on this host is gone is
 * taken over. Runs at the
 * same time get different slots; runs one after the other get the same one, and that keeps builds
 * reproducible: the host prefix (under the croot) is recorded in the package as its placeholder, so
 * the same croot gives the same bytes.
 */




/** The per-user base of the default croots: the user's cache folder. */
function userCrootBase(env = process.env) {
    const cache = env.XDG_CACHE_HOME || node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.cache');
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(cache, 'build-wheel', 'conda-bld');
}
/** The problem with `dir` as a croot ('' when none): it, or the nearest part of it that exists, must be a folder we can write. */
function crootProblem(dir) {
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dir).isDirectory())
            return `${dir} is a file, not a folder`;
        const probe = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.write-probe-${process.pid}`);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(probe, '');
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(probe);
        return '';
    }
    catch (e) {
        const err = e;
        const why = err.code === 'ENOTDIR' || err.code === 'EEXIST' ? 'a part of it is a file, not a folder' : err.message;
        return `${dir} cannot be used as the build root: ${why}; give a folder you can write (--croot DIR, or the croot input)`;
    }
}
/** Claim the first free slot under `base` (see the module's comment); throws when `base` cannot be written. */
function claimCroot(base, maxSlots = 1000) {
    const problem = crootProblem(base);
    if (problem)
        throw new Error(problem);
    const mine = (0,_lib_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .holderForThisProcess */ .fG)('a conda build');
    for (let n = 0, tries = 0; n < maxSlots; tries++) {
        const lock = node_path__WEBPACK_IMPORTED_MODULE_2__.join(base, `${n}.lock`);
        const holder = (0,_lib_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .tryTake */ .Vq)(lock, mine);
        if (holder) {
            // a stale lock taken over: the same slot again (another run may take it first), a few times at most
            if (!holder.token || !(0,_lib_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .isStale */ .QO)(holder) || tries >= 3)
                [n, tries] = [n + 1, -1];
            else
                (0,_lib_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .takeOver */ .w9)(lock, holder, () => { });
            continue;
        }
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(base, String(n));
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(dir, { recursive: true });
        let held = true;
        const release = () => {
            if (!held)
                return;
            held = false;
            process.removeListener('exit', release);
            if ((0,_lib_lockfile_js__WEBPACK_IMPORTED_MODULE_3__/* .readHolder */ .F1)(lock)?.token === mine.token)
                node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(lock, { force: true });
        };
        process.once('exit', release);
        return { dir, release };
    }
    throw new Error(`every build root slot under ${base} (0 to ${maxSlots - 1}) is taken; remove the stale *.lock files there or give --croot DIR`);
}


/***/ }),

/***/ 97834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ readHolder),
/* harmony export */   QO: () => (/* binding */ isStale),
/* harmony export */   Vq: () => (/* binding */ tryTake),
/* harmony export */   fG: () => (/* binding */ holderForThisProcess),
/* harmony export */   sG: () => (/* binding */ describeHolder),
/* harmony export */   w9: () => (/* binding */ takeOver)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Lock files that name their holder: pid, host, start time and what it does, written whole under a
 * temporary name and hard-linked into place, so a lock appears complete or not at all and only one
 * of two processes gets it. A holder whose process on this host is gone is stale, and its lock can
 * be taken over (moved aside, then checked to be the stale one). Used by the project tree's lock
 * (src/cache/lock.ts) and the conda build roots (src/conda/builder/croot.ts).
 */


function readHolder(file) {
    try {
        const h = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
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
    if (h.host !== node_os__WEBPACK_IMPORTED_MODULE_1__.hostname())
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
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(tmp, `${JSON.stringify(mine)}\n`);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync(tmp, file);
        return undefined;
    }
    catch (e) {
        if (e.code !== 'EEXIST')
            throw e;
        // an unreadable lock is one being replaced: report it as held by nobody known, and try again
        return readHolder(file) ?? { pid: 0, host: '?', since: '', what: 'a lock being written', token: '' };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { force: true });
    }
}
/** Move a stale lock aside, if it is still the one judged stale. */
function takeOver(file, stale, warn) {
    const aside = `${file}.stale-${process.pid}`;
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(file, aside);
    }
    catch {
        return; // someone else moved it first
    }
    const moved = readHolder(aside);
    if (moved?.token !== stale.token) {
        // another run took the lock between the look and the move: give it back
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync(aside, file);
        }
        catch {
            // it has been replaced again; the next round decides
        }
    }
    else
        warn(`${file} was held by ${describeHolder(stale)}, which is no longer running (a killed or crashed run): taking the lock over; a partial build is detected by the tree's state`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(aside, { force: true });
}
/** A holder record for this process. */
function holderForThisProcess(what) {
    const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
    return { pid: process.pid, host: node_os__WEBPACK_IMPORTED_MODULE_1__.hostname(), since: new Date().toISOString(), what, token };
}


/***/ })

};
