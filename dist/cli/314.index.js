export const id = 314;
export const ids = [314];
export const modules = {

/***/ 36314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  montageStep: () => (/* binding */ montageStep),
  pipelineStep: () => (/* binding */ pipelineStep),
  wheelStep: () => (/* binding */ wheelStep)
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
var log = __webpack_require__(61025);
;// CONCATENATED MODULE: ./src/lib/timeout.ts

/** Seconds for each cache or artifact call unless the `service-timeout` input or this variable says otherwise. */
const SERVICE_TIMEOUT_ENV = 'BUILD_WHEEL_SERVICE_TIMEOUT';
const DEFAULT_SERVICE_TIMEOUT = 300;
let abandonedCalls = 0;
/** How many calls were given up on (their sockets may keep the process alive). */
function abandoned() {
    return abandonedCalls;
}
class TimeoutError extends Error {
    name = 'TimeoutError';
}
/** Run `work`; past `seconds`, reject with a TimeoutError that says what was waited for. */
async function withTimeout(what, seconds, work) {
    let timer;
    const limit = new Promise((_, reject) => {
        timer = setTimeout(() => {
            abandonedCalls++;
            reject(new TimeoutError(`${what} did not finish within ${seconds} s`));
        }, seconds * 1000);
    });
    try {
        return await Promise.race([work(), limit]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** Like withTimeout, but a timeout or failure is a warning and gives `fallback`. */
async function boundedOrElse(what, seconds, fallback, work, then) {
    try {
        return await withTimeout(what, seconds, work);
    }
    catch (e) {
        (0,log/* warning */.$e)(`${e instanceof Error ? e.message : String(e)}; ${then}`);
        return fallback;
    }
}
/** The timeout from the input's value, else the environment, else the default. Returns a problem text for bad values. */
function parseTimeout(value, env) {
    const raw = value.trim() || (env ?? '').trim();
    if (!raw)
        return DEFAULT_SERVICE_TIMEOUT;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0 || n > 6 * 3600)
        return `'${raw}' is not a number of seconds between 1 and 21600`;
    return n;
}
/** `service-timeout`: seconds for each cache or artifact call; the environment variable when the input is empty. */
function readServiceTimeout(src, problems) {
    const t = parseTimeout(src('service-timeout'), process.env[SERVICE_TIMEOUT_ENV]);
    if (typeof t === 'string') {
        if (!problems.has('service-timeout'))
            problems.add('service-timeout', `${t} (also settable with ${SERVICE_TIMEOUT_ENV})`);
        return DEFAULT_SERVICE_TIMEOUT;
    }
    return t;
}

// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(10766);
// EXTERNAL MODULE: ./src/cache/key.ts
var cache_key = __webpack_require__(25877);
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
    const out = [];
    const visit = (rel) => {
        for (const e of external_node_fs_.readdirSync(external_node_path_.join(root, rel), { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (exclude.has(r) || VCS_DIRS.has(e.name))
                continue;
            if (e.isDirectory()) {
                if (r !== STATE_DIR && !isOwnedFolder(external_node_path_.join(root, r)))
                    visit(r);
            }
            else if (e.isFile() || e.isSymbolicLink())
                out.push(r);
        }
    };
    visit('');
    return out.sort();
}
async function gitZ(root, args) {
    const r = await (0,exec/* run */.e)(['git', '-C', root, ...args], { silent: true }).catch(() => undefined);
    if (!r || r.exitCode !== 0)
        return undefined;
    return r.stdout.split('\0').filter(Boolean);
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
        return `F ${st.mode & 0o111 ? 'x' : '-'} ${await (0,cache_key/* sha256File */.Q3)(abs)}`;
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
        for (const rel of (await gitZ(root, ['ls-files', '-z', '--modified'])) ?? []) {
            if (!tracked.has(rel))
                continue;
            const token = await fileToken(external_node_path_.join(root, rel));
            const sha = token?.split(' ')[2];
            if (token === undefined)
                sources.set(rel, 'deleted');
            else if (sha !== undefined && state?.rewritten[rel] === sha)
                leftovers.push(rel);
            else
                sources.set(rel, token);
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
        return { git: true, sources, leftovers: leftovers.sort(), tracked, state };
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
    return { git: false, sources, leftovers, tracked: new Set(), state };
}
/** Is rel inside a folder the suite owns (its marker .gitignore)? */
function isOwnedPath(root, rel) {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++)
        if (isOwnedFolder(external_node_path_.join(root, ...parts.slice(0, i))))
            return true;
    return false;
}
/** A short, ordered text of the sources for hashing into the key. */
function sourcesDigestInput(facts) {
    return [...facts.sources.entries()]
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

;// CONCATENATED MODULE: ./src/cache/store.ts
/**
 * Where cache entries live: the GitHub Actions cache (the real @actions/cache) inside a workflow,
 * a local directory from the command line. A store holds one entry file per key. A store that
 * cannot be reached, or does not answer in time, is a warning, never a failed build.
 */








const ENTRY_SUFFIX = '.tar.zst';
let actionsCache;
/** @actions/cache, with the Azure storage client it brings (about 2 MB), loads at the first cache call. */
function loadActionsCache() {
    return (actionsCache ??= Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091)));
}
/**
 * Whether the runner offers the cache service: the same test as @actions/cache's isFeatureAvailable
 * (v2 needs ACTIONS_RESULTS_URL, v1 and GHES ACTIONS_CACHE_URL), made here so that choosing a
 * store does not load the library.
 */
function actionsCacheAvailable(env = process.env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
    const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
    return env.ACTIONS_CACHE_SERVICE_V2 && !ghes ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
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
            (0,log/* warning */.$e)(`could not write the cache entry ${f}: ${(0,errors/* errorMessage */.gJ)(e)}`);
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
 * The GitHub Actions cache. @actions/cache keys an entry's "version" on the path strings it is
 * given and stores members relative to GITHUB_WORKSPACE, so the entry is staged under the same
 * relative path in every job (`.build-wheel/cache/<name>` in the workspace): runners with other
 * RUNNER_TEMP or workspace folders, and container jobs, meet on equal keys.
 */
class ActionsCacheStore {
    timeoutSeconds;
    description = 'GitHub Actions cache';
    workspace;
    relStaging;
    constructor(name, timeoutSeconds = DEFAULT_SERVICE_TIMEOUT) {
        this.timeoutSeconds = timeoutSeconds;
        this.workspace = external_node_path_.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
        this.relStaging = `${STATE_DIR}/cache/${name}`;
    }
    staging() {
        return external_node_path_.join(this.workspace, this.relStaging);
    }
    entry() {
        return external_node_path_.join(this.staging(), `entry${ENTRY_SUFFIX}`);
    }
    /**
     * Run a bounded cache call with the workspace as the current folder (the library resolves the
     * pattern there). The folder is put back when the bounded call settles, also on a timeout.
     */
    async inWorkspace(what, fallback, then, work) {
        const before = process.cwd();
        // @actions/cache fails to extract when its archive folder (RUNNER_TEMP) holds whitespace:
        // give it a folder of its own without any for the call
        const runnerTemp = process.env.RUNNER_TEMP;
        const ownTemp = runnerTemp && /\s/.test(runnerTemp) && !/\s/.test(external_node_os_.tmpdir()) ? external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'bw-cache-')) : undefined;
        if (ownTemp)
            process.env.RUNNER_TEMP = ownTemp;
        if (before !== this.workspace)
            process.chdir(this.workspace);
        try {
            return await boundedOrElse(what, this.timeoutSeconds, fallback, work, then);
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
    async restore(key) {
        this.cleanup();
        claimFolder(external_node_path_.join(this.workspace, STATE_DIR));
        const hit = await this.inWorkspace('reading the Actions cache', undefined, 'building without it', async () => (await loadActionsCache()).restoreCache([this.relStaging], key));
        return hit === key && external_node_fs_.existsSync(this.entry()) ? this.entry() : undefined;
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
            (0,log/* warning */.$e)(`the cache entry could not be staged (${(0,errors/* errorMessage */.gJ)(e)}); going on without saving it`);
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
function chooseStore(name, cacheDir, timeoutSeconds = DEFAULT_SERVICE_TIMEOUT) {
    if (cacheDir)
        return new LocalDirStore(external_node_path_.resolve(cacheDir, name));
    if (process.env.GITHUB_ACTIONS === 'true' && actionsCacheAvailable())
        return new ActionsCacheStore(name, timeoutSeconds);
    return new LocalDirStore(external_node_path_.join(defaultLocalCacheDir(), name));
}

// EXTERNAL MODULE: ./src/archive/tar.ts
var tar = __webpack_require__(29661);
;// CONCATENATED MODULE: ./src/cache/entry.ts
/**
 * A cache entry of a built tree: a zstd-compressed tar whose first member is a manifest (every
 * file's path, type, mode, size and sha256, and the key it was saved under), then the files in
 * sorted order with normalised metadata, so the same tree always gives the same bytes.
 *
 * An entry is untrusted input. Restoring extracts it into a private folder inside the tree,
 * checks every member against the manifest and the manifest against the expected key, and only
 * then moves the files into place: a bad entry leaves the tree as it was.
 */





const ENTRY_FORMAT = 'build-wheel-tree-entry/1';
const MANIFEST_NAME = 'build-wheel-entry.json';
/** A problem with an entry: it is not used (and dropped where the store can). */
class EntryError extends Error {
    name = 'EntryError';
}
function byPath(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Write the files (relative to root) into `out` as an entry for `key`. */
async function packEntry(root, files, key, out, opts) {
    const sorted = [...new Set(files)].sort(byPath);
    const list = [];
    let rawBytes = 0;
    for (const rel of sorted) {
        const abs = external_node_path_.join(root, rel);
        const st = external_node_fs_.lstatSync(abs);
        if (st.isSymbolicLink())
            list.push({ path: rel, type: 'symlink', mode: 0o777, size: 0, target: external_node_fs_.readlinkSync(abs) });
        else if (st.isFile()) {
            list.push({ path: rel, type: 'file', mode: st.mode & 0o111 ? 0o755 : 0o644, size: st.size, sha256: await (0,cache_key/* sha256File */.Q3)(abs) });
            rawBytes += st.size;
        }
    }
    const manifest = { format: ENTRY_FORMAT, key, files: list };
    await (0,tar/* packTar */.nG)(root, list.map(f => f.path), out, { ...opts, prepend: [{ path: MANIFEST_NAME, data: Buffer.from(`${JSON.stringify(manifest)}\n`) }] });
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
        const n = (0,tar/* memberName */.eg)(String(f.path));
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
        if (f.type === 'symlink' && (m.target !== f.target || !(0,tar/* linkStaysInside */.tA)(f.path, String(f.target))))
            throw new EntryError(`symlink '${f.path}' does not match its manifest`);
    }
    for (const p of got.keys())
        if (!seen.has(p))
            throw new EntryError(`'${p}' is in the entry but not in its manifest`);
}
/** Make rel's parent folders in root, refusing any that resolve outside root. */
function parentsInside(root, realRoot, rel) {
    const parent = external_node_path_.dirname(external_node_path_.join(root, rel));
    external_node_fs_.mkdirSync(parent, { recursive: true });
    const real = external_node_fs_.realpathSync(parent);
    if (real !== realRoot && !real.startsWith(`${realRoot}${external_node_path_.sep}`))
        throw new EntryError(`'${rel}' would be written through a link to '${real}', outside the tree`);
    const st = external_node_fs_.lstatSync(external_node_path_.join(root, rel), { throwIfNoEntry: false });
    if (st?.isDirectory())
        throw new EntryError(`'${rel}' is a folder in the tree; the entry has a file there`);
}
/**
 * Restore `entryFile` into root, verified. Returns the manifest's files. Throws EntryError (the
 * tree untouched) when anything is wrong.
 */
async function restoreEntry(entryFile, root, key, limits) {
    const realRoot = external_node_fs_.realpathSync(root);
    const base = external_node_path_.join(root, STATE_DIR);
    external_node_fs_.mkdirSync(base, { recursive: true });
    const staging = external_node_fs_.mkdtempSync(external_node_path_.join(base, 'restore-'));
    try {
        let members;
        try {
            members = (await (0,tar/* extractTarTracked */.Dt)(entryFile, staging, { limits })).members;
        }
        catch (e) {
            throw new EntryError(e instanceof Error ? e.message : String(e));
        }
        const manifest = readManifest(staging, members, key);
        compareWithManifest(members, manifest);
        const files = [...manifest.files].sort((a, b) => byPath(a.path, b.path));
        for (const f of files)
            parentsInside(root, realRoot, f.path);
        for (const f of files) {
            const dest = external_node_path_.join(root, f.path);
            external_node_fs_.rmSync(dest, { force: true });
            external_node_fs_.renameSync(external_node_path_.join(staging, f.path), dest);
            // restored files are newer than the sources, so make would find nothing to do
            if (f.type === 'file')
                external_node_fs_.utimesSync(dest, new Date(), new Date());
        }
        return files;
    }
    finally {
        external_node_fs_.rmSync(staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/cache/select.ts
/** `cache-paths`: which of a tree's outputs an entry keeps. Pure. */

/** Why a glob cannot be used (undefined when it can). */
function checkGlob(glob) {
    if (glob.startsWith('/'))
        return 'is absolute';
    if (glob.split('/').includes('..'))
        return "leaves the tree ('..')";
    if (glob.includes('\0'))
        return 'holds a NUL byte';
    return undefined;
}
/** Does rel match glob? A glob without wildcards also matches everything under that folder. */
function matchesCachePath(rel, glob) {
    const g = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    if (g === '' || g === '.')
        return true;
    if (rel === g || rel.startsWith(`${g}/`))
        return true;
    return external_node_path_.posix.matchesGlob(rel, g) || external_node_path_.posix.matchesGlob(rel, `${g}/**`);
}
/** The outputs an entry keeps: all of them without globs, else those matching any glob. */
function selectCachePaths(outputs, globs) {
    if (globs.length === 0)
        return [...outputs];
    return outputs.filter(rel => globs.some(g => matchesCachePath(rel, g)));
}

;// CONCATENATED MODULE: ./src/montage/plan.ts
/** What the C tree phase will do: pure, from inputs and facts. */

/** make, serial unless `jobs` says otherwise (real Montage's `make -j2` races). */
function planMake(inputs) {
    return { cwd: inputs.path, argv: ['make', `-j${inputs.jobs}`, ...inputs['make-args']] };
}
/** Environment variables that change what make produces, and so belong in the key. */
const KEY_ENV = [
    'CC', 'CXX', 'CPP', 'CFLAGS', 'CXXFLAGS', 'CPPFLAGS', 'LDFLAGS', 'LDLIBS', 'FC', 'FFLAGS', 'AR', 'ARFLAGS', 'RANLIB',
    'LD', 'AS', 'MAKEFLAGS', 'GNUMAKEFLAGS', 'MFLAGS', 'MAKEFILES', 'CPATH', 'C_INCLUDE_PATH', 'LIBRARY_PATH',
    'PKG_CONFIG_PATH', 'SOURCE_DATE_EPOCH'
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
    return (0,cache_key/* composeKey */.Q2)(KEY_PREFIX, {
        sources: facts.sources,
        toolchain: facts.toolchain,
        runtime: facts.runtime,
        // -jN does not change what is built
        argv: JSON.stringify(plan.argv.filter(a => !/^-j\d+$/.test(a))),
        env: JSON.stringify(env),
        'cache-paths': JSON.stringify([...cachePaths].sort())
    });
}

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
async function firstLine(runtime, argv) {
    const r = await runtime.run(argv, { silent: true }).catch(() => undefined);
    if (!r || r.exitCode !== 0)
        return `${argv[0]}: not found`;
    return r.stdout.split('\n')[0].trim();
}
/** Folders of the suite's own inside the tree, relative to it: never sources, never outputs. */
function ownPaths(root, folders) {
    const out = new Set();
    for (const f of folders) {
        if (!f)
            continue;
        const rel = external_node_path_.relative(root, external_node_path_.resolve(root, f)).split(external_node_path_.sep).join('/');
        if (rel && !rel.startsWith('..') && !external_node_path_.isAbsolute(rel))
            out.add(rel);
    }
    return out;
}
async function computeCTreeKey(inputs, runtime, exclude = new Set()) {
    const plan = planMake(inputs);
    // the compiler and flags of the place make runs in (a container's, not the host's)
    const runtimeEnv = await runtime.env();
    const env = {};
    for (const k of KEY_ENV)
        if (runtimeEnv[k])
            env[k] = runtimeEnv[k];
    const cc = runtimeEnv.CC || 'cc';
    const facts = await inspectTree(inputs.path, exclude);
    const keyFacts = {
        sources: (0,cache_key/* sha256Hex */.fg)(sourcesDigestInput(facts)),
        toolchain: `${await firstLine(runtime, [cc, '--version'])} | ${await firstLine(runtime, ['make', '--version'])}`,
        runtime: await runtime.identity(),
        env
    };
    return { key: cTreeKey(plan, keyFacts, inputs['cache-paths']), build: cTreeKey(plan, keyFacts, []), facts };
}
/** Outside git, the sources as first recorded (kept across runs); in git, git knows them. */
function recordedSources(facts) {
    return facts.git ? undefined : (facts.state?.sources ?? Object.fromEntries(facts.sources));
}
function mb(bytes) {
    return `${(bytes / 1e6).toFixed(1)} MB`;
}
/** Try the store; a bad entry is a warning, dropped, and the tree is left as it was. */
async function tryRestore(inputs, store, { key, build, facts }) {
    const started = performance.now();
    const file = await store.restore(key);
    if (!file) {
        (0,log/* info */.pq)('cache miss: the tree will be built');
        return undefined;
    }
    try {
        const entryBytes = external_node_fs_.statSync(file).size;
        const files = await restoreEntry(file, inputs.path, key);
        const rawBytes = files.reduce((n, f) => n + f.size, 0);
        const rewritten = {};
        for (const f of files)
            if (facts.sources.has(f.path) && f.sha256)
                rewritten[f.path] = f.sha256;
        writeState(inputs.path, { key, build, status: 'complete', sources: recordedSources(facts), outputs: files.map(f => f.path), rewritten });
        (0,log/* info */.pq)(`cache hit: restored and verified ${files.length} files (${mb(rawBytes)} from a ${mb(entryBytes)} entry) into ${inputs.path}; make is not run`);
        return { cacheHit: true, cacheKey: key, files: files.length, seconds: (performance.now() - started) / 1000, saved: false, entryBytes, rawBytes };
    }
    catch (e) {
        if (!(e instanceof EntryError))
            throw e;
        (0,log/* warning */.$e)(`the cache entry for ${key} was not used: ${e.message}. ${store.drop(key)}; make will run instead`);
        return undefined;
    }
}
async function saveTree(inputs, store, key, outputs) {
    const selected = selectCachePaths(outputs, inputs['cache-paths']);
    if (selected.length === 0) {
        const why = inputs['cache-paths'].length ? `no output matches cache-paths (${inputs['cache-paths'].join(' ')})` : 'make produced no files';
        (0,log/* warning */.$e)(`nothing to cache: ${why}`);
        return { saved: false, notSaved: why };
    }
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'bw-ctree-'));
    try {
        const entry = external_node_path_.join(dir, 'entry.tar.zst');
        const packed = await packEntry(inputs.path, selected, key, entry, { mtime: ENTRY_MTIME, zstdLevel: ENTRY_ZSTD_LEVEL });
        const ratio = packed.rawBytes ? packed.bytes / packed.rawBytes : 1;
        const kept = inputs['cache-paths'].length ? ` (${selected.length} of ${outputs.length} outputs match cache-paths)` : '';
        (0,log/* info */.pq)(`entry: ${packed.manifest.files.length} files${kept}, ${mb(packed.rawBytes)} -> ${mb(packed.bytes)} (${(ratio * 100).toFixed(0)}%)`);
        const ok = await store.save(key, entry);
        (0,log/* info */.pq)(ok ? `saved under ${key}` : 'not saved (the key is already stored, or the store failed)');
        return { saved: ok, notSaved: ok ? undefined : 'the key is already stored, or the store failed', entryBytes: packed.bytes, rawBytes: packed.rawBytes };
    }
    finally {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
        store.cleanup();
    }
}
async function buildCTree(inputs, runtime, store, ownFolders = []) {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const exclude = ownPaths(inputs.path, [inputs['cache-dir'], ...ownFolders]);
    const tk = await (0,log/* phase */.Oi)('C tree: cache key', async () => {
        const k = await computeCTreeKey(inputs, runtime, exclude);
        (0,log/* info */.pq)(`key ${k.key} (${k.facts.sources.size} source files${k.facts.git ? ', from git' : ''})`);
        return k;
    });
    if (store) {
        try {
            const hit = await (0,log/* phase */.Oi)(`C tree: restore from ${store.description}`, () => tryRestore(inputs, store, tk));
            if (hit)
                return { ...hit, seconds: seconds() };
        }
        finally {
            store.cleanup();
        }
    }
    const { key, build, facts } = tk;
    const notCacheable = whyNotCacheable(facts, build);
    const sources = recordedSources(facts);
    const earlier = readState(inputs.path);
    writeState(inputs.path, { key, build, status: 'building', sources, outputs: earlier?.outputs ?? [], rewritten: earlier?.rewritten ?? {} });
    const plan = planMake(inputs);
    await (0,log/* phase */.Oi)(`C tree: ${plan.argv.join(' ')}`, async () => {
        try {
            await runtime.runOrThrow(plan.argv, { cwd: runtime.toRuntimePath(plan.cwd) });
        }
        catch (e) {
            if (e instanceof errors/* CommandError */.Qd)
                throw new errors/* CommandError */.Qd(e.argv, e.exitCode, e.tail, `make failed in ${plan.cwd}; nothing was cached. Fix the build, or adjust make-args.`);
            throw e;
        }
    });
    const outputs = await outputsAfterMake(inputs.path, facts, exclude);
    const rewritten = {};
    for (const rel of outputs)
        if (facts.sources.has(rel))
            rewritten[rel] = await (0,cache_key/* sha256File */.Q3)(external_node_path_.join(inputs.path, rel));
    writeState(inputs.path, { key, build, status: 'complete', sources, outputs, rewritten });
    (0,log/* info */.pq)(`the tree holds ${outputs.length} outputs of make`);
    let saved = { saved: false, notSaved: store ? undefined : 'caching is off' };
    if (store && notCacheable) {
        (0,log/* warning */.$e)(notCacheable);
        saved = { saved: false, notSaved: 'the tree did not start clean' };
    }
    else if (store)
        saved = await (0,log/* phase */.Oi)(`C tree: save to ${store.description}`, () => saveTree(inputs, store, key, outputs));
    return { cacheHit: false, cacheKey: key, files: outputs.length, seconds: seconds(), saved: saved.saved ?? false, ...saved };
}

// EXTERNAL MODULE: ./src/runtime/container.ts
var container = __webpack_require__(61827);
// EXTERNAL MODULE: ./src/runtime/docker.ts
var docker = __webpack_require__(3518);
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
    toRuntimePath(hostPath) {
        return hostPath;
    }
    toHostPath(runtimePath) {
        return runtimePath;
    }
    run(argv, opts = {}) {
        return (0,exec/* run */.e)(argv, opts);
    }
    runOrThrow(argv, opts = {}) {
        return (0,exec/* runOrThrow */.n)(argv, opts);
    }
    async env() {
        return stringEnv(process.env);
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
;// CONCATENATED MODULE: ./src/runtime/select.ts
/**
 * Choose the runtime from the engine/image/container inputs: the host, a container a step names
 * (started by setup-docker-manylinux), or a container started for this step alone from `image`.
 */








/** `none` is `host`: the job already runs inside a manylinux container, or on a host you trust. */
const ENGINES = ['auto', 'host', 'none', 'docker', 'podman'];
/** Set by setup-docker-manylinux for later steps: the engine its container runs in. */
const ENGINE_ENV = 'BUILD_WHEEL_ENGINE';
/** engine, image and container, checked together (every problem reported with the others). */
function readRuntimeChoice(src, problems) {
    const rawEngine = src('engine').trim() || 'auto';
    let engine = 'auto';
    if (ENGINES.includes(rawEngine))
        engine = rawEngine;
    else
        problems.add('engine', `'${rawEngine}' is not accepted; accepted: ${ENGINES.join(', ')}`);
    const container = src('container').trim();
    const rawImage = src('image').trim();
    let image = '';
    if (rawImage && engine !== 'host' && engine !== 'none') {
        const r = (0,runtime_images/* resolveImage */.AT)(rawImage, (0,runtime_images/* manylinuxArch */.AH)(external_node_os_.machine()));
        if ('problem' in r)
            problems.add('image', r.problem);
        else
            image = r.reference;
    }
    if (container && rawImage)
        problems.add('image', `give either image or container, not both (container '${container}' already has its image)`);
    if (!container && !rawImage && (engine === 'docker' || engine === 'podman'))
        problems.add('engine', `engine: ${engine} needs an image to start (e.g. image: manylinux2014) or a container from setup-docker-manylinux; or use engine: host`);
    return { engine, image, container };
}
function engineFor(choice) {
    if (choice.engine === 'docker' || choice.engine === 'podman')
        return choice.engine;
    const fromSetup = process.env[ENGINE_ENV];
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
        (0,log/* info */.pq)(`building in ${rt.description}`);
        return rt;
    }
    if (!choice.image || choice.engine === 'host' || choice.engine === 'none')
        return new HostRuntime();
    const asked = choice.engine === 'docker' || choice.engine === 'podman' ? choice.engine : 'auto';
    return (0,log/* phase */.Oi)(`container: start ${choice.image}`, async () => {
        const { engine, version } = await (0,container/* chooseEngine */.mN)(asked);
        (0,log/* info */.pq)(`${engine} answers (${version})`);
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
        (0,log/* info */.pq)(`building in ${rt.description}; it is removed when this step ends`);
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

// EXTERNAL MODULE: ./src/lib/args.ts
var args = __webpack_require__(94818);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __webpack_require__(51662);
;// CONCATENATED MODULE: ./src/montage/inputs.ts
/** Inputs of build-montage (the C tree phase), validated in one pass. */






const MAKEFILES = ['GNUmakefile', 'makefile', 'Makefile'];
/** Check that `dir` is a C project make can build; adds problems under input `name`. */
function checkProjectPath(dir, name, problems) {
    if (!external_node_fs_.existsSync(dir))
        problems.add(name, `'${dir}' does not exist; accepted: the directory holding the project's Makefile`);
    else if (!external_node_fs_.statSync(dir).isDirectory())
        problems.add(name, `'${dir}' is not a directory; accepted: the directory holding the project's Makefile`);
    else if (!MAKEFILES.some(f => external_node_fs_.existsSync(external_node_path_.join(dir, f))))
        problems.add(name, `'${dir}' has no Makefile (looked for ${MAKEFILES.join(', ')}); accepted: the directory holding the project's Makefile`);
}
function readMontageInputs(src, base, problems) {
    const root = external_node_path_.resolve(base, src('path').trim() || '.');
    checkProjectPath(root, 'path', problems);
    const makeArgs = (0,args/* parseArgs */.Z)(src('make-args'));
    for (const a of makeArgs)
        if (/^-j|^--jobs/.test(a))
            problems.add('make-args', `'${a}': set parallelism with the 'jobs' input instead`);
    return (0,inputs/* deepFreeze */.ol)({
        path: root,
        'make-args': makeArgs,
        jobs: (0,inputs/* readInt */.Uk)(src, 'jobs', 1, 1, 256, problems),
        cache: (0,inputs/* readBool */.r5)(src, 'cache', true, problems),
        'cache-dir': src('cache-dir').trim(),
        'cache-paths': readCachePaths(src, problems),
        'service-timeout': readServiceTimeout(src, problems)
    });
}
/** `cache-paths`: one glob per line (or space separated), relative to path. */
function readCachePaths(src, problems) {
    const globs = src('cache-paths')
        .split(/[\n\s]+/)
        .map(s => s.trim())
        .filter(Boolean);
    for (const g of globs) {
        const why = checkGlob(g);
        if (why)
            problems.add('cache-paths', `'${g}' ${why}; accepted: globs relative to path, such as lib/** or python/*/lib/*.o`);
    }
    return globs;
}

// EXTERNAL MODULE: ./src/python/identifiers.ts
var identifiers = __webpack_require__(95170);
// EXTERNAL MODULE: ./src/wheel/placeholders.ts
var placeholders = __webpack_require__(79709);
// EXTERNAL MODULE: ./src/manylinux/policies.ts
var manylinux_policies = __webpack_require__(3181);
// EXTERNAL MODULE: ./src/manylinux/tags.ts
var tags = __webpack_require__(42886);
;// CONCATENATED MODULE: ./src/wheel/plat.ts
/** The `plat` input checked against the repair's policy table, before anything runs. Pure. */


/** Architectures a policy may exist for, in the order messages list them. */
const ARCHES = ['x86_64', 'i686', 'aarch64', 'ppc64le', 'ppc64', 's390x', 'armv7l', 'riscv64', 'loongarch64'];
function setFor(base, arch) {
    const musl = base.startsWith('musllinux');
    try {
        return (0,manylinux_policies/* policySet */.pq)(musl ? 'musl' : 'glibc', arch, musl ? { muslPolicy: base } : {});
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
    const policies = (0,manylinux_policies/* knownPolicyBases */.uE)().join(', ');
    return `auto, or a policy: ${policies}; optionally with an architecture (e.g. manylinux_2_28_x86_64, manylinux2014_aarch64)`;
}
/** What is wrong with a `plat` value ('' and 'auto' are fine), or null. */
function platProblem(raw) {
    if (raw === '' || raw === 'auto')
        return null;
    const arch = (0,tags/* tagArch */.fS)(raw);
    const base = arch ? raw.slice(0, -(arch.length + 1)) : raw;
    if (!(0,manylinux_policies/* knownPolicyBases */.uE)().includes(base))
        return `'${raw}' is not a platform tag the repair knows; accepted: ${acceptedPlats()}`;
    if (arch && !exists(base, arch)) {
        const where = ARCHES.filter(a => exists(base, a));
        return `'${raw}': ${base} does not exist for ${arch}; it exists for ${where.join(', ') || 'no architecture'}`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/wheel/inputs.ts
/** Inputs of build-wheel, validated in one pass. */








const REPAIR_MODES = ['auto', 'auditwheel', 'builtin', 'none'];
const ARTIFACT_NAME = /^[^"\\:<>|*?\r\n/]+$/;
function readPlat(src, problems) {
    const raw = src('plat').trim();
    const problem = platProblem(raw);
    if (problem)
        problems.add('plat', problem);
    return raw === 'auto' ? '' : raw;
}
/** Whether `child` is `parent` or inside it (both absolute; symlinks resolved where they exist). */
function isInside(child, parent) {
    const real = (p) => (external_node_fs_.existsSync(p) ? external_node_fs_.realpathSync(p) : p);
    const rel = external_node_path_.relative(real(parent), real(child));
    return rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(rel);
}
function checkPackageDir(root, raw, pkg, problems) {
    const accepted = "accepted: the folder inside path holding the package's pyproject.toml or setup.py";
    if (!external_node_fs_.existsSync(root))
        return; // reported under 'path'
    if (!isInside(pkg, root))
        problems.add('package-dir', `'${raw}' is outside path (${root}); ${accepted}`);
    else if (!external_node_fs_.existsSync(pkg))
        problems.add('package-dir', `'${raw}' does not exist under ${root}; ${accepted}`);
    else if (!external_node_fs_.statSync(pkg).isDirectory())
        problems.add('package-dir', `'${pkg}' is not a directory; ${accepted}`);
    else if (!['pyproject.toml', 'setup.py'].some(f => external_node_fs_.existsSync(external_node_path_.join(pkg, f))))
        problems.add('package-dir', `'${pkg}' has neither pyproject.toml nor setup.py; ${accepted}`);
}
/** The output folder, or the nearest part of it that exists, must be a directory (it is created when missing). */
function checkOutputDir(raw, dir, problems) {
    for (let p = dir;; p = external_node_path_.dirname(p)) {
        if (external_node_fs_.existsSync(p)) {
            if (!external_node_fs_.statSync(p).isDirectory()) {
                const which = p === dir ? '' : `${p}, a part of it, `;
                problems.add('output-dir', `'${raw}': ${which}is a file, not a directory; accepted: a directory, existing or not`);
            }
            return;
        }
        if (external_node_path_.dirname(p) === p)
            return;
    }
}
function readPythonVersions(src, problems) {
    const raw = src('python-versions');
    const text = raw.trim() || 'all';
    const tokens = (0,inputs/* parseList */.E1)(text);
    if (tokens.length === 0) {
        const shown = raw.replace(/\n/g, '\\n');
        problems.add('python-versions', `'${shown}' selects no Python; accepted: ${identifiers/* ACCEPTED_SELECTORS */.nR}, separated by spaces, commas or newlines`);
    }
    const selectors = [];
    for (const token of tokens) {
        const s = (0,identifiers/* parseSelector */.Pl)(token);
        if (s)
            selectors.push(s);
        else
            problems.add('python-versions', `'${token}' is not a Python version; accepted: ${identifiers/* ACCEPTED_SELECTORS */.nR}`);
    }
    return selectors;
}
/** A user command's placeholders must be ones it has. */
function readCommand(src, name, problems) {
    const text = src(name).trim();
    const known = placeholders/* COMMAND_PLACEHOLDERS */.bj[name];
    const accepted = known.map(k => `{${k}}`).join(' ');
    for (const p of (0,placeholders/* placeholdersIn */.Qf)(text))
        if (!known.includes(p))
            problems.add(name, `{${p}} has no value here; accepted placeholders: ${accepted}`);
    return text;
}
function readWheelInputs(src, base, problems) {
    const root = external_node_path_.resolve(base, src('path').trim() || '.');
    const pkgRaw = src('package-dir').trim() || '.';
    const pkg = external_node_path_.resolve(root, pkgRaw);
    checkPackageDir(root, pkgRaw, pkg, problems);
    if (!external_node_fs_.existsSync(root) && !problems.has('path'))
        problems.add('path', `'${root}' does not exist; accepted: the project's root directory`);
    const selectors = readPythonVersions(src, problems);
    const artifact = src('upload-artifact').trim();
    if (artifact && !ARTIFACT_NAME.test(artifact))
        problems.add('upload-artifact', `'${artifact}' is not a valid artifact name; accepted: a name without " : < > | * ? / \\ or newlines`);
    const outRaw = src('output-dir').trim() || 'wheelhouse';
    const outputDir = external_node_path_.resolve(base, outRaw);
    checkOutputDir(outRaw, outputDir, problems);
    return (0,inputs/* deepFreeze */.ol)({
        path: root,
        'package-dir': pkg,
        'python-versions': selectors,
        'before-build': readCommand(src, 'before-build', problems),
        'test-command': readCommand(src, 'test-command', problems),
        'test-requires': (0,args/* parseArgs */.Z)(src('test-requires')),
        'pip-args': (0,args/* parseArgs */.Z)(src('pip-args')),
        'test-pip-args': (0,args/* parseArgs */.Z)(src('test-pip-args')),
        repair: (0,inputs/* readChoice */.Kf)(src, 'repair', REPAIR_MODES, 'auto', problems),
        plat: readPlat(src, problems),
        'output-dir': outputDir,
        'upload-artifact': artifact,
        'service-timeout': readServiceTimeout(src, problems),
        'plan-only': (0,inputs/* readBool */.r5)(src, 'plan-only', false, problems)
    });
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/project/settings.ts
/**
 * A project's own build settings: a `[tool.build-wheel]` table in `<path>/pyproject.toml`, like
 * cibuildwheel's `[tool.cibuildwheel]`. Inputs given to an action or on the command line win.
 */




/** Keys a project may set; the same names as the actions' inputs. */
const SETTING_KEYS = [
    'package-dir',
    'before-build',
    'test-command',
    'test-requires',
    'python-versions',
    'make-args',
    'jobs',
    'repair',
    'plat',
    'pip-args',
    'test-pip-args'
];
const TABLE = 'build-wheel';
function lineOf(text, pattern) {
    const i = text.split('\n').findIndex(l => pattern.test(l));
    return i >= 0 ? i + 1 : undefined;
}
/** Read `[tool.build-wheel]` from `<projectRoot>/pyproject.toml`; empty settings when there is none. */
function readProjectSettings(projectRoot) {
    const file = external_node_path_.join(projectRoot, 'pyproject.toml');
    if (!external_node_fs_.existsSync(file))
        return { values: {} };
    const text = external_node_fs_.readFileSync(file, 'utf8');
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        const line = e instanceof dist/* TomlError */.zx ? e.line : undefined;
        throw new errors/* UserError */.yo(`${file}: not valid TOML: ${e.message.split('\n')[0]}`, file, line);
    }
    const tool = doc.tool;
    const table = tool?.[TABLE];
    if (table === undefined)
        return { values: {} };
    if (typeof table !== 'object' || table === null || Array.isArray(table))
        throw new errors/* UserError */.yo(`${file}: [tool.${TABLE}] must be a table`, file, lineOf(text, /^\s*\[tool\.build-wheel\]/));
    const values = {};
    const problems = [];
    let firstLine;
    for (const [key, value] of Object.entries(table)) {
        const where = lineOf(text, new RegExp(`^\\s*"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*=`));
        if (!SETTING_KEYS.includes(key)) {
            problems.push(`unknown key '${key}'; accepted: ${SETTING_KEYS.join(', ')}`);
            firstLine ??= where;
            continue;
        }
        if (typeof value === 'string')
            values[key] = value;
        else if (typeof value === 'number' || typeof value === 'boolean')
            values[key] = String(value);
        else if (Array.isArray(value) && value.every(v => typeof v === 'string'))
            values[key] = value.join('\n'); // one item per line: items keep their spaces
        else {
            problems.push(`'${key}' must be a string or a list of strings`);
            firstLine ??= where;
        }
    }
    if (problems.length)
        throw new errors/* UserError */.yo(`${file} [tool.${TABLE}]:\n${problems.map(p => `  - ${p}`).join('\n')}`, file, firstLine);
    return { file, values };
}
/** Inputs first, then the project's settings: an input given (non-empty) overrides the file. */
function withProjectSettings(inputs, settings) {
    return name => {
        const given = inputs(name);
        if (given.trim() !== '')
            return given;
        return settings.values[name] ?? '';
    };
}

;// CONCATENATED MODULE: ./src/phases/inputs.ts
/** The raw inputs layered over the project's settings, and the runtime inputs every step shares. */





/** Layer the project's [tool.build-wheel] under the given inputs. */
function gather(raw, base) {
    const root = external_node_path_.resolve(base, raw('path').trim() || '.');
    const settings = external_node_fs_.existsSync(root) && external_node_fs_.statSync(root).isDirectory() ? readProjectSettings(root) : { values: {} };
    return { problems: new inputs/* InputProblems */.Nh(), settings, source: withProjectSettings(raw, settings) };
}

// EXTERNAL MODULE: ./src/wheel/build.ts + 3 modules
var build = __webpack_require__(61292);
// EXTERNAL MODULE: ./src/wheel/plan.ts
var plan = __webpack_require__(61648);
;// CONCATENATED MODULE: ./src/wheel/upload.ts
/**
 * Upload the wheels as a workflow artifact with the real @actions/artifact, loaded only here: the
 * library and the Azure storage client it brings stay out of a step's start-up.
 */

async function uploadWheels(name, files, rootDir) {
    if (!(0,log/* inActions */.j5)()) {
        (0,log/* warning */.$e)(`upload-artifact '${name}' is ignored outside a GitHub runner; the wheels are in ${rootDir}`);
        return undefined;
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 67458));
    const client = new DefaultArtifactClient();
    const r = await client.uploadArtifact(name, [...files], rootDir);
    (0,log/* info */.pq)(`uploaded artifact '${name}' (id ${r.id}, ${r.size} bytes)`);
    return r.id;
}

;// CONCATENATED MODULE: ./src/phases/wheel.ts
/** The wheel phase as a step: interpreters chosen, wheels built, repaired, tested; a matrix for fan-out. */







/** Interpreters for the inputs; python-versions that match nothing join the other input problems, thrown together. */
async function planWheelStep(inputs, runtime, problems) {
    const pythons = await (0,build/* choosePythons */.H)(inputs, runtime, problems);
    if (pythons.length === 0 && !problems.has('python-versions'))
        problems.add('python-versions', 'selects no Python');
    problems.throwIfAny();
    (0,log/* info */.pq)(`building for: ${pythons.map(p => p.identifier).join(' ')}`);
    return pythons;
}
/**
 * Create the output folder as the suite's own (git ignores it, the C-tree key leaves it out), so
 * wheels written inside the project never change the next key. A folder that exists is the user's.
 */
function claimOutputDir(dir) {
    if (external_node_fs_.existsSync(dir))
        return;
    external_node_fs_.mkdirSync(dir, { recursive: true });
    claimFolder(dir);
}
async function runWheelStep(inputs, pythons, runtime) {
    const matrix = (0,plan/* matrixFor */.bm)(pythons);
    if (inputs['plan-only'])
        return { pythons, wheels: [], failures: [], matrix, outputDir: inputs['output-dir'] };
    claimOutputDir(inputs['output-dir']);
    const r = await (0,build/* buildWheels */.x)(inputs, pythons, runtime);
    const name = inputs['upload-artifact'];
    const upload = () => boundedOrElse(`uploading the artifact ${name}`, inputs['service-timeout'], undefined, () => uploadWheels(name, r.wheels.map(w => w.wheel), inputs['output-dir']), 'the wheels are in the output folder');
    const artifactId = name && r.wheels.length ? await (0,log/* phase */.Oi)(`upload artifact ${name}`, upload) : undefined;
    return { ...r, matrix, outputDir: inputs['output-dir'], artifactId };
}

;// CONCATENATED MODULE: ./src/phases/steps.ts
/**
 * The steps the actions and the local command share. Each reads all of its inputs in one pass
 * (python-versions is checked against the interpreters found), opens its runtime (the host, the
 * container a step names, or one started from `image` for this step), then runs its phases.
 */








/** Inputs layered over the project's settings, read by `read`, plus the runtime ones; one failure for all problems. */
function readStep(raw, base, read) {
    const g = gather(raw, base);
    const inputs = read(g.source, g.problems);
    const choice = readRuntimeChoice(g.source, g.problems);
    for (const name of ['pip-args', 'test-pip-args'])
        (0,log/* maskUrlCredentials */.gn)(g.source(name).split(/\s+/));
    g.problems.throwIfAny();
    if (g.settings.file)
        (0,log/* info */.pq)(`project settings: ${g.settings.file}`);
    return { inputs, choice, problems: g.problems };
}
async function montageStep(raw, base) {
    const { inputs, choice } = readStep(raw, base, (src, p) => readMontageInputs(src, base, p));
    return withRuntime(choice, inputs.path, runtime => buildCTree(inputs, runtime, inputs.cache ? chooseStore('c-tree', inputs['cache-dir'], inputs['service-timeout']) : undefined));
}
async function wheelStep(raw, base) {
    const { inputs, choice, problems } = readStep(raw, base, (src, p) => readWheelInputs(src, base, p));
    return withRuntime(choice, inputs.path, async (runtime) => {
        const pythons = await planWheelStep(inputs, runtime, problems);
        return runWheelStep(inputs, pythons, runtime);
    });
}
/**
 * The whole wheel pipeline: C tree (cached), then wheels for every selected Python. Every input of
 * both phases is checked, and the interpreters chosen, before make runs.
 */
async function pipelineStep(raw, base) {
    const { inputs, choice, problems } = readStep(raw, base, (src, p) => ({
        montage: readMontageInputs(src, base, p),
        wheel: readWheelInputs(src, base, p)
    }));
    return withRuntime(choice, inputs.montage.path, async (runtime) => {
        const pythons = await planWheelStep(inputs.wheel, runtime, problems);
        if (inputs.wheel['plan-only'])
            return { wheels: await runWheelStep(inputs.wheel, pythons, runtime) };
        const store = inputs.montage.cache ? chooseStore('c-tree', inputs.montage['cache-dir'], inputs.montage['service-timeout']) : undefined;
        const montage = await buildCTree(inputs.montage, runtime, store, [inputs.wheel['output-dir']]);
        return { montage, wheels: await runWheelStep(inputs.wheel, pythons, runtime) };
    });
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
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3518);
/* harmony import */ var _engine_cli_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43727);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(85212);
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
        return { ok: false, why: `${engine} answers with ${engine === 'docker' ? 'API' : 'version'} ${version}; ${min} or newer is needed (Docker 20.10, podman 3)` };
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
    const j = JSON.parse(r.stdout.trim());
    return { id: j.Id ?? '', repoDigests: j.RepoDigests ?? [], platform: `${j.Os ?? 'linux'}/${j.Architecture ?? ''}${j.Variant ? `/${j.Variant}` : ''}` };
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
            (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .warning */ .$e)(`pull attempt ${attempt} failed; trying again in ${wait} s: ${last.split('\n').slice(-1)[0].replace(/^\s*\|\s*/, '')}`);
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
        labels: { [_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .LABELS */ .kg.owner]: '1', [_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .LABELS */ .kg.chown]: ownerOf(s.workspace), [_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .LABELS */ .kg.temp]: temp },
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
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`could not start the container: ${(0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_8__/* .describeFailure */ .I)(s.engine, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .startArgs */ .m7)(name), started)}`);
    }
    return _docker_js__WEBPACK_IMPORTED_MODULE_7__/* .ContainerRuntime */ ._W.attach(s.engine, name);
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
            const inTemp = (0,_docker_js__WEBPACK_IMPORTED_MODULE_7__/* .mapPath */ .qD)(c.tempRoot, c.mounts, 'host');
            if (inTemp && !c.keep)
                await call((0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .execArgs */ .Lf)({ container, user: '0', argv: ['rm', '-rf', '--', inTemp] }));
        }
        if (c.chown && targets.length) {
            const chown = (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .execArgs */ .Lf)({ container, user: '0', argv: (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .chownArgv */ .gF)(c.chown, targets) });
            let r = await call(chown);
            if (!r.ok) {
                // a container that stopped: start it again for the chown
                await call((0,_docker_args_js__WEBPACK_IMPORTED_MODULE_6__/* .startArgs */ .m7)(container));
                r = await call(chown);
            }
            if (r.ok)
                (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq)(`files under ${targets.join(', ')} given back to ${c.chown}`);
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
/* harmony export */   Fh: () => (/* binding */ apiAtLeast),
/* harmony export */   Gz: () => (/* binding */ versionArgs),
/* harmony export */   Lf: () => (/* binding */ execArgs),
/* harmony export */   Og: () => (/* binding */ createArgs),
/* harmony export */   RR: () => (/* binding */ logsArgs),
/* harmony export */   Rn: () => (/* binding */ inspectContainerArgs),
/* harmony export */   Xc: () => (/* binding */ isEnvName),
/* harmony export */   bw: () => (/* binding */ pullArgs),
/* harmony export */   gF: () => (/* binding */ chownArgv),
/* harmony export */   kg: () => (/* binding */ LABELS),
/* harmony export */   m7: () => (/* binding */ startArgs),
/* harmony export */   r7: () => (/* binding */ inspectImageArgs),
/* harmony export */   wb: () => (/* binding */ removeArgs)
/* harmony export */ });
/* unused harmony exports KEEP_ALIVE, mountArg */
/**
 * The engine's command lines, as argv arrays (never a shell string). Pure: table-tested in
 * __tests__/runtime/docker-args.test.ts. Values of environment variables never appear here: they
 * are passed as `-e NAME`, which the engine's CLI reads from its own environment.
 */
/** Labels the suite puts on the containers it starts: what a later step needs to know. */
const LABELS = {
    /** Marks a container as the suite's own. */
    owner: 'io.github.montage.build-wheel',
    /** uid:gid to give files written through the mounts back to (the workspace's owner). */
    chown: 'io.github.montage.build-wheel.chown',
    /** The host folder mounted at the same path for temporary folders both sides see. */
    temp: 'io.github.montage.build-wheel.temp'
};
/** The long-lived container's main process: waits for nothing, in every image (coreutils or busybox). */
const KEEP_ALIVE = ['tail', '-f', '/dev/null'];
function mountArg(m) {
    for (const p of [m.host, m.container])
        if (p.includes(',') || !p.startsWith('/'))
            throw new Error(`cannot mount '${p}': an absolute path without commas is needed`);
    return `type=bind,source=${m.host},target=${m.container}${m.readOnly ? ',readonly' : ''}`;
}
function createArgs(s) {
    const argv = ['create', '--name', s.name, '--pull', 'never'];
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
    argv.push(s.container, ...s.argv);
    return argv;
}
const versionArgs = (engine) => engine === 'docker' ? ['version', '--format', '{{.Server.APIVersion}}'] : ['version', '--format', '{{.Client.Version}}'];
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

/***/ 3518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _W: () => (/* binding */ ContainerRuntime),
/* harmony export */   qD: () => (/* binding */ mapPath)
/* harmony export */ });
/* unused harmony export parseContainerInspect */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _lib_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10766);
/* harmony import */ var _docker_args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21006);
/* harmony import */ var _engine_cli_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43727);
/**
 * A runtime inside a long-lived container (docker or podman: the same CLI verbs): commands run with
 * `exec`, their environment passed by name; paths are mapped through the container's bind mounts
 * (the workspace is mounted at the same path, so most paths are equal on both sides); temporary
 * folders are made in a mounted folder both sides see.
 */






/** Parse `container inspect --format '{{json .}}'`. Pure. */
function parseContainerInspect(text) {
    const j = JSON.parse(text);
    const env = {};
    for (const kv of j.Config?.Env ?? []) {
        const i = kv.indexOf('=');
        if (i > 0)
            env[kv.slice(0, i)] = kv.slice(i + 1);
    }
    return {
        id: j.Id ?? '',
        name: (j.Name ?? '').replace(/^\//, ''),
        imageId: j.Image ?? '',
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
function inside(p, dir) {
    if (p === dir)
        return '';
    const base = dir.endsWith('/') ? dir : `${dir}/`;
    return p.startsWith(base) ? p.slice(base.length) : undefined;
}
/** Map a path through mounts (longest match first). Pure. */
function mapPath(p, mounts, from) {
    const to = from === 'host' ? 'container' : 'host';
    const sorted = [...mounts].sort((a, b) => b[from].length - a[from].length);
    for (const m of sorted) {
        const rest = inside(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(p), m[from]);
        if (rest !== undefined)
            return rest ? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(m[to], rest) : m[to];
    }
    return undefined;
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
        const r = await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .engineCall */ .L)(kind, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectContainerArgs */ .Rn)(nameOrId), { timeoutMs: PROBE_MS });
        if (r.code !== 0) {
            const missing = /no such (container|object)/i.test(r.stderr);
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(missing
                ? `input 'container': ${kind} has no container '${nameOrId}'. Pass the container output of setup-docker-manylinux in the same job (steps.<id>.outputs.container), or leave container empty to build on the host.`
                : `input 'container': could not inspect '${nameOrId}': ${(0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFailure */ .I)(kind, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectContainerArgs */ .Rn)(nameOrId), r)}`);
        }
        const facts = parseContainerInspect(r.stdout.trim());
        if (!facts.running)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input 'container': ${kind} container '${nameOrId}' is not running (status ${facts.status}, exit code ${facts.exitCode}); start it again or run setup-docker-manylinux again`);
        return new ContainerRuntime(kind, facts);
    }
    /** This runtime removes its container on dispose() (an ephemeral one, started for one step). */
    owned() {
        this.ownsContainer = true;
        return this;
    }
    toRuntimePath(hostPath) {
        const p = mapPath(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(hostPath), this.facts.mounts, 'host');
        if (p === undefined)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${hostPath} is not visible in ${this.description}: it is outside every folder mounted into it (${this.mountList()}). Keep the project inside the workspace.`);
        return p;
    }
    toHostPath(runtimePath) {
        const p = mapPath(runtimePath, this.facts.mounts, 'container');
        if (p === undefined)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${runtimePath} in ${this.description} is not in a folder mounted from the host (${this.mountList()})`);
        return p;
    }
    mountList() {
        return this.facts.mounts.map(m => (m.host === m.container ? m.host : `${m.host} -> ${m.container}`)).join(', ') || 'no mounts';
    }
    /** The environment of a command: the names go on the command line, the values through the CLI's environment. */
    envFor(extra) {
        const values = { ...this.cliEnv };
        const names = [];
        for (const [k, v] of Object.entries(extra ?? {})) {
            if (!(0,_docker_args_js__WEBPACK_IMPORTED_MODULE_4__/* .isEnvName */ .Xc)(k))
                throw new Error(`not an environment variable name: ${k}`);
            names.push(k);
            values[k] = v;
        }
        return { names, values };
    }
    async run(argv, opts = {}) {
        const env = this.envFor(opts.env);
        const docker = (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_4__/* .execArgs */ .Lf)({ container: this.facts.id, argv, cwd: opts.cwd, envNames: env.names, interactive: !!opts.input });
        return (0,_lib_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)([this.kind, ...docker], { env: env.values, silent: opts.silent, input: opts.input, hint: opts.hint });
    }
    async runOrThrow(argv, opts = {}) {
        const r = await this.run(argv, opts);
        if (r.exitCode === 0)
            return r;
        const stopped = await this.whyStopped();
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandError */ .Qd(argv, r.exitCode, r.tail, stopped ? `${stopped}${opts.hint ? `\n${opts.hint}` : ''}` : opts.hint);
    }
    /** When the container is no longer running: what happened, with its last output; else undefined. */
    async whyStopped() {
        const r = await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .engineCall */ .L)(this.kind, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectContainerArgs */ .Rn)(this.facts.id), { timeoutMs: PROBE_MS, env: this.cliEnv });
        let state;
        try {
            state = r.code === 0 ? parseContainerInspect(r.stdout.trim()) : undefined;
        }
        catch {
            state = undefined;
        }
        if (state?.running)
            return undefined;
        const logs = await (0,_engine_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .engineCall */ .L)(this.kind, (0,_docker_args_js__WEBPACK_IMPORTED_MODULE_4__/* .logsArgs */ .RR)(this.facts.id, 20), { timeoutMs: PROBE_MS, env: this.cliEnv });
        const last = `${logs.stdout}${logs.stderr}`.trim();
        const what = state ? `stopped (status ${state.status}, exit code ${state.exitCode})` : 'is gone';
        return (`the container ${this.facts.name || this.facts.id.slice(0, 12)} ${what} while the command ran` +
            (last ? `; its last output:\n  | ${last.split('\n').join('\n  | ')}` : '; it printed nothing of its own'));
    }
    async env() {
        return this.facts.env;
    }
    /** The host folder for temporary folders: the one labelled at setup, else the state folder of the first mount. */
    tempRoot() {
        const labelled = this.facts.labels[_docker_args_js__WEBPACK_IMPORTED_MODULE_4__/* .LABELS */ .kg.temp];
        if (labelled && mapPath(labelled, this.facts.mounts, 'host') !== undefined)
            return labelled;
        const first = this.facts.mounts.find(m => !m.readOnly);
        if (!first)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${this.description} has no writable folder mounted from the host; start it with setup-docker-manylinux`);
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(first.host, '.build-wheel', 'tmp');
    }
    async tempDir(prefix) {
        const root = this.tempRoot();
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(root, { recursive: true });
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, prefix));
    }
    async removeTree(hostPath) {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(hostPath))
            return;
        // what the container wrote may belong to its root: remove it from inside first
        await this.run(['rm', '-rf', '--', this.toRuntimePath(hostPath)], { silent: true }).catch(() => undefined);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(hostPath, { recursive: true, force: true });
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
        await removeContainer(this.kind, this.facts.id, { chown: this.facts.labels[_docker_args_js__WEBPACK_IMPORTED_MODULE_4__/* .LABELS */ .kg.chown], mounts: this.facts.mounts, tempRoot: this.facts.labels[_docker_args_js__WEBPACK_IMPORTED_MODULE_4__/* .LABELS */ .kg.temp] });
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

/***/ 85212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ manylinuxArch),
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   qY: () => (/* binding */ enginePlatform),
/* harmony export */   tN: () => (/* binding */ pinnedDigest)
/* harmony export */ });
/* unused harmony exports POLICY_IMAGES, IMAGE_REGISTRY */
/** The manylinux images: policy shorthands resolved per architecture to quay.io/pypa/<policy>_<arch>. Data and pure functions. */
/** Maintained images and the architectures each is published for (pypa/manylinux). */
const POLICY_IMAGES = {
    manylinux2014: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x'],
    manylinux_2_28: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x'],
    manylinux_2_34: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x'],
    musllinux_1_2: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64']
};
const IMAGE_REGISTRY = 'quay.io/pypa';
/** Node's os.machine() / process.arch to the manylinux architecture name. */
function manylinuxArch(machine) {
    const map = { x64: 'x86_64', amd64: 'x86_64', arm64: 'aarch64', ia32: 'i686', x86: 'i686', i386: 'i686', ppc64: 'ppc64le', arm: 'armv7l' };
    return map[machine] ?? machine;
}
/** The engine's platform name for an architecture (docker create --platform linux/<this>). */
function enginePlatform(arch) {
    const map = { x86_64: 'amd64', aarch64: 'arm64', i686: '386', armv7l: 'arm/v7' };
    return `linux/${map[arch] ?? arch}`;
}
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** A reference docker accepts: [registry[:port]/]name[:tag][@digest], lower case path. */
const REFERENCE = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/;
/**
 * `image` (+ `arch`, + an optional `digest` pin) to a full reference. A word that looks like a
 * policy (manylinux..., musllinux...) must be a known one; anything else is used as a reference.
 */
function resolveImage(image, arch, digest = '') {
    const raw = image.trim();
    const known = Object.keys(POLICY_IMAGES).join(', ');
    if (!raw)
        return { problem: `is empty; accepted: a policy (${known}) or an image reference` };
    if (digest && !DIGEST.test(digest))
        return { problem: `digest '${digest}' is not sha256:<64 hex>` };
    let reference;
    let shorthand;
    if (/^(many|musl)linux[\w]*$/.test(raw)) {
        const arches = POLICY_IMAGES[raw];
        if (!arches)
            return { problem: `'${raw}' is not a known policy; accepted: ${known}, or a full image reference (e.g. quay.io/pypa/manylinux_2_28_x86_64)` };
        if (!arches.includes(arch))
            return { problem: `${raw} has no image for ${arch}; it exists for ${arches.join(', ')}` };
        reference = `${IMAGE_REGISTRY}/${raw}_${arch}`;
        shorthand = raw;
    }
    else {
        if (!REFERENCE.test(raw))
            return { problem: `'${raw}' is not an image reference; accepted: a policy (${known}) or a reference such as quay.io/pypa/manylinux2014_x86_64:2026.08.15-1` };
        reference = raw;
    }
    if (digest) {
        const pinned = /@(sha256:[0-9a-f]{64})$/.exec(reference)?.[1];
        if (pinned && pinned !== digest)
            return { problem: `'${raw}' already pins ${pinned}, which is not the digest input ${digest}` };
        if (!pinned)
            reference = `${reference}@${digest}`;
    }
    return { reference, shorthand };
}
/** The repository part of a reference (no tag, no digest): what RepoDigests entries start with. */
function repositoryOf(reference) {
    const noDigest = reference.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
/** The digest a reference pins, if any. */
function pinnedDigest(reference) {
    return /@(sha256:[0-9a-f]{64})$/.exec(reference)?.[1];
}


/***/ })

};
