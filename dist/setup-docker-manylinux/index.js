import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 442:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(174);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 174:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: cleanup

// EXTERNAL MODULE: ./src/lib/workflow-commands.ts
var workflow_commands = __nccwpck_require__(561);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(268);
;// CONCATENATED MODULE: ./src/lib/inputs.ts
/**
 * Reading inputs: one pass that collects every problem, then one failure.
 * The same readers serve the actions (core.getInput) and the local command (flags).
 */



class InputProblems {
    list = [];
    add(name, problem) {
        this.list.push(`input '${name}': ${problem}`);
    }
    /** Whether an input already has a problem (steps that read it twice report it once). */
    has(name) {
        return this.list.some(p => p.startsWith(`input '${name}':`));
    }
    throwIfAny() {
        if (this.list.length === 0)
            return;
        const head = this.list.length === 1 ? 'Invalid input' : `${this.list.length} invalid inputs`;
        throw new errors/* UserError */.yo(`${head}:\n${this.list.map(p => `  - ${p}`).join('\n')}`);
    }
}
/** Split a list given on one line or several: whitespace, newlines and commas separate items. */
function parseList(raw) {
    return raw
        .split(/[\s,]+/)
        .map(s => s.trim())
        .filter(s => s.length > 0);
}
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
function readBool(src, name, fallback, problems) {
    const raw = src(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (TRUE.includes(raw))
        return true;
    if (FALSE.includes(raw))
        return false;
    problems.add(name, `'${raw}' is not a boolean; accepted: true or false`);
    return fallback;
}
function readChoice(src, name, choices, fallback, problems) {
    const raw = src(name).trim();
    if (raw === '')
        return fallback;
    if (choices.includes(raw))
        return raw;
    problems.add(name, `'${raw}' is not accepted; accepted: ${choices.join(', ')}`);
    return fallback;
}
function readInt(src, name, fallback, min, max, problems) {
    const raw = src(name).trim();
    if (raw === '')
        return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        problems.add(name, `'${raw}' is not accepted; accepted: a whole number from ${min} to ${max}`);
        return fallback;
    }
    return Number(raw);
}
/** The default of the timeouts given in minutes (a build script, a test). */
const DEFAULT_TIMEOUT_MINUTES = 60;
/** The longest timeout accepted: a week. */
const MAX_TIMEOUT_MINUTES = (/* unused pure expression or super */ null && (7 * 24 * 60));
/** Minutes from a flag's or input's text: a number above 0 (fractions allowed); a problem text otherwise. */
function parseTimeoutMinutes(raw) {
    const text = raw.trim();
    if (!text)
        return DEFAULT_TIMEOUT_MINUTES;
    const n = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || !(n > 0) || n > MAX_TIMEOUT_MINUTES)
        return `'${raw}' is not a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES}; accepted: e.g. 90 or 0.5`;
    return n;
}
/** A timeout input in minutes; its problem added under its name. */
function readTimeoutMinutes(src, name, problems) {
    const t = parseTimeoutMinutes(src(name));
    if (typeof t === 'number')
        return t;
    problems.add(name, t);
    return DEFAULT_TIMEOUT_MINUTES;
}
/** Recursively freeze a plain object so inputs cannot change after validation. */
function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}
const ARTIFACT_NAME = /^[^"\\:<>|*?\r\n/]+$/;
/** An artifact name ('' = no upload). */
function readArtifactName(src, name, problems) {
    const artifact = src(name).trim();
    if (artifact && !ARTIFACT_NAME.test(artifact))
        problems.add(name, `'${artifact}' is not a valid artifact name; accepted: a name without " : < > | * ? / \\ or newlines`);
    return artifact;
}
/** Whether `child` is `parent` or inside it (absolute paths, as written: no links resolved). */
function isWithin(child, parent) {
    const rel = path.relative(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
/** The path with its existing part's links resolved (the rest as written). */
function realPathOf(p) {
    const rest = [];
    for (let at = p;; at = path.dirname(at)) {
        try {
            return path.join(fs.realpathSync(at), ...rest);
        }
        catch {
            if (path.dirname(at) === at)
                return p;
            rest.unshift(path.basename(at));
        }
    }
}
/**
 * A path input, resolved once against `base` (the workspace in the actions, the current directory
 * on the command line): the one absolute path every later step sees. A path written inside `base`
 * that a link leads outside it is refused, naming both (an absolute path outside, written so, is
 * the user's choice). '' when the input is empty and there is no fallback.
 */
function readPath(src, name, base, problems, fallback = '') {
    const raw = src(name).trim() || fallback;
    if (!raw)
        return '';
    const resolved = path.resolve(base, raw);
    const realBase = realPathOf(base);
    if (isWithin(resolved, base) && !isWithin(realPathOf(resolved), realBase))
        problems.add(name, `'${raw}' is inside ${base} as written but resolves to ${realPathOf(resolved)}, outside it (through a symbolic link); accepted: a path that stays inside ${base}, or an absolute path written as such`);
    return resolved;
}
/** An output folder (absolute), created when missing: it, or the nearest part of it that exists, must be a directory. */
function readOutputDir(src, name, fallback, base, problems) {
    const raw = src(name).trim() || fallback;
    const dir = readPath(src, name, base, problems, fallback);
    for (let p = dir;; p = path.dirname(p)) {
        if (fs.existsSync(p)) {
            if (!fs.statSync(p).isDirectory()) {
                const which = p === dir ? '' : `${p}, a part of it, `;
                problems.add(name, `'${raw}': ${which}is a file, not a directory; accepted: a directory, existing or not`);
            }
            return dir;
        }
        if (path.dirname(p) === p)
            return dir;
    }
}

// EXTERNAL MODULE: ./src/lib/log.ts
var log = __nccwpck_require__(25);
;// CONCATENATED MODULE: ./src/lib/bounded.ts
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

;// CONCATENATED MODULE: ./src/lib/versions.ts
/** Dotted version numbers compared number by number (`2.2.5` before `2.17`; `3.13t` is 3.13). Pure. */
function versionKey(v) {
    return v
        .split(/[^\d]+/)
        .filter(Boolean)
        .map(Number);
}
/** Negative, zero or positive as a is older than, the same as, or newer than b; missing parts count as 0. */
function compareVersions(a, b) {
    const x = versionKey(a);
    const y = versionKey(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
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
const MIN_ALL = [3, 9];
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
function selectInterpreters(found, selectors) {
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
    const probes = await mapBounded(candidates, PROBES_AT_ONCE, async (c) => {
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
            identifier: identifierFor(p.major, p.minor, p.gil_disabled),
            source: c.source
        });
    });
    return found;
}

;// CONCATENATED MODULE: ./src/python/packages.ts
/**
 * The seed's configure step: install packages (Cython and jinja2 by default) into each chosen
 * interpreter, skipping those already installed. Runs through the runtime, as the image's user.
 */

/** Prints the requirements whose distribution is not installed. Fixed text; the names come as arguments. */
const MISSING = `import re, sys
from importlib import metadata
for req in sys.argv[1:]:
    name = re.match(r"[A-Za-z0-9._-]+", req).group(0)
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        print(req)`;
/** A requirement pip accepts here: a name with optional extras and version specifiers, no options or paths. */
function isRequirement(req) {
    return /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9._,-]+\])?([<>=!~]=?[A-Za-z0-9.*+!_-]+(,[<>=!~]=?[A-Za-z0-9.*+!_-]+)*)?$/.test(req);
}
function installArgv(python, pipArgs, reqs) {
    return [python, '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', ...pipArgs, ...reqs];
}
/** Install what is missing of `reqs` into each interpreter; returns what was installed where. */
async function installPackages(runtime, pythons, reqs, pipArgs) {
    const done = {};
    if (reqs.length === 0)
        return done;
    for (const py of pythons)
        await (0,log/* phase */.Oi)(`${py.identifier}: python-packages`, async () => {
            const probe = await runtime.runOrThrow([py.path, '-c', MISSING, ...reqs], { silent: true, hint: `could not run ${py.path}` });
            const missing = probe.stdout
                .split('\n')
                .map(l => l.trim())
                .filter(Boolean);
            if (missing.length === 0) {
                (0,log/* info */.pq)(`already installed: ${reqs.join(' ')}`);
                done[py.identifier] = [];
                return;
            }
            await runtime.runOrThrow(installArgv(py.path, pipArgs, missing), {
                hint: `pip could not install ${missing.join(' ')} into ${py.identifier}; a runner without PyPI needs pip-args naming an index (e.g. --index-url, --find-links with a mounted folder)`
            });
            done[py.identifier] = missing;
        });
    return done;
}

// EXTERNAL MODULE: ./src/runtime/container.ts
var container = __nccwpck_require__(827);
// EXTERNAL MODULE: ./src/runtime/docker-args.ts
var docker_args = __nccwpck_require__(6);
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
function forward_containerEnv(hostEnv, names = [], assignments = {}) {
    const out = {};
    for (const n of [...FORWARDED_ENV, ...names]) {
        const v = hostEnv[n];
        if (v !== undefined)
            out[n] = v;
    }
    return { ...out, ...assignments };
}

// EXTERNAL MODULE: ./src/lib/exec.ts + 2 modules
var exec = __nccwpck_require__(429);
// EXTERNAL MODULE: ./src/runtime/paths.ts
var paths = __nccwpck_require__(704);
// EXTERNAL MODULE: ./src/runtime/runtime.ts
var runtime = __nccwpck_require__(536);
;// CONCATENATED MODULE: ./src/runtime/host.ts
/** The host runtime: commands run directly on this machine; paths are the same on both sides. */






function stringEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
class host_HostRuntime {
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
var runtime_images = __nccwpck_require__(212);
// EXTERNAL MODULE: ./src/runtime/docker.ts + 2 modules
var docker = __nccwpck_require__(670);
;// CONCATENATED MODULE: ./src/runtime/choice.ts
/**
 * The runtime a step asks for, read from its engine/image/container inputs (select.ts opens it).
 * Kept apart from the engines' code so reading inputs loads none of it.
 */


/** `none` is `host`: the job already runs inside a manylinux container, or on a host you trust. */
const ENGINES = (/* unused pure expression or super */ null && (['auto', 'host', 'none', 'docker', 'podman']));
/** Set by setup-docker-manylinux for later steps: the engine its container runs in. */
const choice_ENGINE_ENV = 'BUILD_WHEEL_ENGINE';
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
        const r = resolveImage(rawImage, manylinuxArch(os.machine()));
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

;// CONCATENATED MODULE: ./src/runtime/select.ts
/**
 * Choose the runtime from the engine/image/container inputs: the host, a container a step names
 * (started by setup-docker-manylinux), or a container started for this step alone from `image`.
 */










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
        const rel = path.relative(path.resolve(ws), project);
        if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)))
            return path.resolve(ws);
    }
    return project;
}
/** Open the runtime; call dispose() on it when the step is done (it removes a container started here). */
async function openRuntime(choice, project) {
    if (choice.container) {
        const rt = await ContainerRuntime.attach(engineFor(choice), choice.container);
        info(`building in ${rt.description}`);
        return rt;
    }
    if (!choice.image || choice.engine === 'host' || choice.engine === 'none')
        return new HostRuntime();
    const asked = choice.engine === 'docker' || choice.engine === 'podman' ? choice.engine : 'auto';
    return phase(`container: start ${choice.image}`, async () => {
        const { engine, version } = await chooseEngine(asked);
        info(`${engine} answers (${version})`);
        const platform = enginePlatform(manylinuxArch(os.machine()));
        await ensureImage(engine, choice.image, platform);
        const rt = await startContainer({
            engine,
            reference: choice.image,
            platform,
            workspace: mountRoot(project),
            env: containerEnv(process.env),
            tempParent: hostTempParent()
        });
        info(`building in ${rt.description}; it is removed when this step ends`);
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

;// CONCATENATED MODULE: ./src/lib/timeout.ts

/** Seconds for each cache or artifact call unless the `service-timeout` input or this variable says otherwise. */
const SERVICE_TIMEOUT_ENV = 'BUILD_WHEEL_SERVICE_TIMEOUT';
const DEFAULT_SERVICE_TIMEOUT = 300;
let abandonedCalls = 0;
/** How many calls were given up on, timed out or failed (their sockets may keep the process alive). */
function abandoned() {
    return abandonedCalls;
}
class TimeoutError extends (/* unused pure expression or super */ null && (Error)) {
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
        if (!(e instanceof TimeoutError))
            abandonedCalls++; // a timeout counted itself
        warning(e instanceof TimeoutError ? `${e.message}; ${then}` : `${what} failed: ${e instanceof Error ? e.message : String(e)}; ${then}`);
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

;// CONCATENATED MODULE: ./src/actions/step.ts
/**
 * What every action entry shares: inputs from the runner, one failure at the end. The outputs of
 * the steps that build the C tree and wheels are in build-outputs.ts, so the other entries do not
 * carry the wheel code.
 */



/** Inputs as the runner passes them (INPUT_* with action.yml defaults applied). Read only inside run(). */
const runnerInputs = name => workflow_commands/* getInput */.V4(name);
/** What relative path inputs are resolved against in the actions: the workspace (the runner's working directory otherwise). */
function inputBase() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
/** Run a step's body; any error fails the step with its message (and an annotation when it is in a user file). */
async function runStep(body) {
    try {
        await body();
    }
    catch (e) {
        (0,log/* reportFailure */.xV)(e);
    }
    // a service call given up on may hold a socket open for its retries: end the step now
    if (abandoned() > 0)
        process.exit();
}

;// CONCATENATED MODULE: ./src/lib/args.ts
/**
 * Argument lists given as text (make-args, pip-args). Never handed to a shell: each item becomes one
 * argv element. Several lines: one argument per line (so an argument may hold spaces);
 * one line: arguments separated by whitespace.
 */
function parseArgs(raw) {
    const text = raw.trim();
    if (text === '')
        return [];
    if (text.includes('\n'))
        return text
            .split('\n')
            .map(l => l.trim())
            .filter(Boolean);
    return text.split(/\s+/);
}

;// CONCATENATED MODULE: ./src/actions/setup-docker-manylinux/inputs.ts
/** setup-docker-manylinux's inputs, outputs and state: declared once, read in one pass. */








const INPUT = {
    image: 'image',
    digest: 'digest',
    arch: 'arch',
    engine: 'engine',
    pythonVersions: 'python-versions',
    pythonPackages: 'python-packages',
    pipArgs: 'pip-args',
    env: 'env',
    volumes: 'volumes',
    mountBuild: 'mount-build',
    network: 'network',
    workspace: 'workspace',
    pullAttempts: 'pull-attempts',
    pullBackoff: 'pull-backoff',
    keepContainer: 'keep-container'
};
const OUTPUT = {
    container: 'container',
    engine: 'engine',
    image: 'image',
    digest: 'digest',
    platform: 'platform',
    pythons: 'pythons'
};
const inputs_STATE = {
    container: 'container',
    engine: 'engine',
    chown: 'chown',
    temp: 'temp',
    mounts: 'mounts',
    keep: 'keep-container'
};
const SETUP_ENGINES = ['auto', 'docker', 'podman', 'host', 'none'];
function readEnv(src, problems) {
    const names = [];
    const values = {};
    for (const line of src(INPUT.env)
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean)) {
        const eq = line.indexOf('=');
        const name = eq < 0 ? line : line.slice(0, eq);
        if (!(0,docker_args/* isEnvName */.Xc)(name)) {
            problems.add(INPUT.env, `'${name}' is not a variable name; accepted: one NAME (taken from the runner's environment) or NAME=VALUE per line`);
            continue;
        }
        if (eq < 0)
            names.push(name);
        else
            values[name] = line.slice(eq + 1);
    }
    return { names, values };
}
function readVolumes(src, base, problems) {
    const out = [];
    for (const line of src(INPUT.volumes)
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean)) {
        const parts = line.split(':');
        const mode = parts.length === 3 ? parts[2] : '';
        if (parts.length < 2 || parts.length > 3 || (mode && mode !== 'ro' && mode !== 'rw') || !parts[1].startsWith('/') || line.includes(',')) {
            problems.add(INPUT.volumes, `'${line}' is not accepted; accepted: HOST:CONTAINER or HOST:CONTAINER:ro, absolute container paths, one per line, no commas`);
            continue;
        }
        out.push({ host: external_node_path_.resolve(base, parts[0]), container: parts[1], readOnly: mode === 'ro' });
    }
    return out;
}
function readSetupInputs(src, base, problems) {
    const rawEngine = src(INPUT.engine).trim() || 'auto';
    let engine = 'auto';
    if (SETUP_ENGINES.includes(rawEngine))
        engine = rawEngine === 'none' ? 'host' : rawEngine;
    else
        problems.add(INPUT.engine, `'${rawEngine}' is not accepted; accepted: ${SETUP_ENGINES.join(', ')}`);
    const arch = (0,runtime_images/* manylinuxArch */.AH)(src(INPUT.arch).trim() || external_node_os_.machine());
    let reference = '';
    if (engine !== 'host') {
        const r = (0,runtime_images/* resolveImage */.AT)(src(INPUT.image).trim() || 'manylinux2014', arch, src(INPUT.digest).trim());
        if ('problem' in r)
            problems.add(INPUT.image, r.problem);
        else
            reference = r.reference;
    }
    const selectors = [];
    for (const t of parseList(src(INPUT.pythonVersions).trim() || 'all')) {
        const s = parseSelector(t);
        if (s)
            selectors.push(s);
        else
            problems.add(INPUT.pythonVersions, `'${t}' is not a Python version; accepted: ${ACCEPTED_SELECTORS}`);
    }
    const packages = parseList(src(INPUT.pythonPackages));
    for (const p of packages)
        if (!isRequirement(p))
            problems.add(INPUT.pythonPackages, `'${p}' is not a requirement pip accepts here; accepted: names with optional versions, e.g. cython jinja2 "numpy>=2"`);
    const env = readEnv(src, problems);
    const network = src(INPUT.network).trim();
    if (network && !/^[\w.:-]+$/.test(network))
        problems.add(INPUT.network, `'${network}' is not a network name; accepted: none, host, bridge or a network's name`);
    return deepFreeze({
        engine,
        reference,
        arch,
        'python-versions': selectors,
        'python-packages': packages,
        'pip-args': parseArgs(src(INPUT.pipArgs)),
        envNames: env.names,
        envValues: env.values,
        volumes: readVolumes(src, base, problems),
        'mount-build': readBool(src, INPUT.mountBuild, false, problems),
        network,
        workspace: external_node_path_.resolve(base, src(INPUT.workspace).trim() || process.env.GITHUB_WORKSPACE || '.'),
        'pull-attempts': readInt(src, INPUT.pullAttempts, 4, 1, 20, problems),
        'pull-backoff': readInt(src, INPUT.pullBackoff, 5, 0, 600, problems),
        'keep-container': readBool(src, INPUT.keepContainer, false, problems)
    });
}
/** The known shorthands, for the docs. */
const KNOWN_POLICIES = Object.keys(runtime_images/* POLICY_IMAGES */.yb);

;// CONCATENATED MODULE: ./src/actions/setup-docker-manylinux/main.ts
/**
 * setup-docker-manylinux: the job's one long-lived container (or the host, for engine: host),
 * configured as the seed's process does: the chosen Pythons get python-packages. Later steps pass
 * its `container` output to build-montage and build-wheel; the post step gives the files back
 * and removes it.
 */
















/** Pythons found, the chosen ones configured; sets the pythons and platform outputs. */
async function configure(inputs, runtime) {
    const found = await (0,log/* phase */.Oi)('Python: discover interpreters', async () => {
        const f = await discoverInterpreters(runtime);
        for (const i of f)
            (0,log/* info */.pq)(`${i.identifier.padEnd(14)} ${i.version.padEnd(8)} ${i.path}`);
        return f;
    });
    const sel = selectInterpreters(found, inputs['python-versions']);
    if (sel.problems.length) {
        const problems = new InputProblems();
        for (const p of sel.problems)
            problems.add(INPUT.pythonVersions, `${p} (in ${runtime.description})`);
        problems.throwIfAny();
    }
    workflow_commands/* setOutput */.uH(OUTPUT.pythons, JSON.stringify(sel.chosen.map(p => p.identifier)));
    workflow_commands/* setOutput */.uH(OUTPUT.platform, (await runtime.env()).AUDITWHEEL_PLAT ?? '');
    await installPackages(runtime, sel.chosen, inputs['python-packages'], inputs['pip-args']);
}
async function onHost(inputs) {
    (0,log/* info */.pq)('engine: host: every phase runs on the runner itself (a job inside a manylinux container, or a host you trust)');
    workflow_commands/* setOutput */.uH(OUTPUT.container, '');
    workflow_commands/* setOutput */.uH(OUTPUT.engine, 'host');
    workflow_commands/* setOutput */.uH(OUTPUT.image, '');
    workflow_commands/* setOutput */.uH(OUTPUT.digest, '');
    await configure(inputs, new host_HostRuntime());
}
async function run() {
    await runStep(async () => {
        const problems = new InputProblems();
        const inputs = await (0,log/* phase */.Oi)('Gathering inputs', async () => readSetupInputs(runnerInputs, inputBase(), problems));
        problems.throwIfAny();
        for (const v of Object.values(inputs.envValues))
            if (v.length >= 8)
                (0,log/* mask */.dK)(v);
        if (inputs.engine === 'host')
            return onHost(inputs);
        if (!external_node_fs_.existsSync(inputs.workspace))
            throw new Error(`the workspace ${inputs.workspace} does not exist`);
        const { engine, version } = await (0,log/* phase */.Oi)('Engine', async () => {
            const e = await (0,container/* chooseEngine */.mN)(inputs.engine === 'auto' ? 'auto' : inputs.engine);
            (0,log/* info */.pq)(`${e.engine} answers (${e.engine === 'docker' ? 'API ' : ''}${e.version})`);
            return e;
        });
        void version;
        const platform = (0,runtime_images/* enginePlatform */.qY)(inputs.arch);
        const image = await (0,log/* phase */.Oi)(`Image ${inputs.reference}`, () => (0,container/* ensureImage */.Yt)(engine, inputs.reference, platform, { attempts: inputs['pull-attempts'], backoff: inputs['pull-backoff'], timeout: 900 }));
        // the registry's digest of the image when it came from one, else its local id (both content hashes)
        const repo = (0,runtime_images/* repositoryOf */._M)(inputs.reference);
        const digest = image.repoDigests.find(d => d.startsWith(`${repo}@`))?.split('@')[1] ?? (0,runtime_images/* pinnedDigest */.tN)(inputs.reference) ?? image.id;
        const hostEnv = { ...process.env };
        for (const n of inputs.envNames)
            if (hostEnv[n] === undefined)
                (0,log/* warning */.$e)(`env: ${n} is not set on the runner; not passed`);
        const env = forward_containerEnv(hostEnv, inputs.envNames, inputs.envValues);
        const runtime = await (0,log/* phase */.Oi)('Container', async () => {
            const rt = await (0,container/* startContainer */.YI)({
                engine,
                reference: inputs.reference,
                platform,
                workspace: inputs.workspace,
                mountBuild: inputs['mount-build'],
                extraMounts: inputs.volumes,
                env,
                network: inputs.network,
                tempParent: (0,container/* hostTempParent */.h_)()
            });
            (0,log/* info */.pq)(`${rt.description}: ${inputs.workspace} mounted at the same path${inputs['mount-build'] ? ' and at /build' : ''}`);
            (0,log/* info */.pq)(`environment passed: ${Object.keys(env).join(' ') || 'none'}`);
            return rt;
        });
        // saved before anything else can fail: the post step removes the container whatever happens next
        workflow_commands/* saveState */.LZ(inputs_STATE.container, runtime.facts.id);
        workflow_commands/* saveState */.LZ(inputs_STATE.engine, engine);
        workflow_commands/* saveState */.LZ(inputs_STATE.chown, runtime.facts.labels[docker_args/* LABELS */.kg.chown] ?? '');
        workflow_commands/* saveState */.LZ(inputs_STATE.temp, runtime.facts.labels[docker_args/* LABELS */.kg.temp] ?? '');
        workflow_commands/* saveState */.LZ(inputs_STATE.mounts, JSON.stringify(runtime.facts.mounts));
        workflow_commands/* saveState */.LZ(inputs_STATE.keep, String(inputs['keep-container']));
        workflow_commands/* exportVariable */.dN(choice_ENGINE_ENV, engine);
        workflow_commands/* setOutput */.uH(OUTPUT.container, runtime.facts.name);
        workflow_commands/* setOutput */.uH(OUTPUT.engine, engine);
        workflow_commands/* setOutput */.uH(OUTPUT.image, inputs.reference);
        workflow_commands/* setOutput */.uH(OUTPUT.digest, digest);
        await configure(inputs, runtime);
        (0,log/* info */.pq)(`ready: ${runtime.facts.name} (${external_node_os_.machine()} host, ${platform})`);
    });
}
/** The post step: files given back to the workspace's owner, the container removed unless kept. Never fails the job. */
async function cleanup() {
    try {
        const container = runner.getState(STATE.container);
        if (!container) {
            info('no container was started: nothing to clean up');
            return;
        }
        const engine = runner.getState(STATE.engine) === 'podman' ? 'podman' : 'docker';
        let mounts = [];
        try {
            mounts = JSON.parse(runner.getState(STATE.mounts) || '[]');
        }
        catch {
            mounts = [];
        }
        await removeContainer(engine, container, {
            chown: runner.getState(STATE.chown),
            mounts,
            tempRoot: runner.getState(STATE.temp) || undefined,
            keep: runner.getState(STATE.keep) === 'true'
        });
    }
    catch (e) {
        warning(`post step: ${e instanceof Error ? e.message : String(e)}`);
    }
}


/***/ }),

/***/ 268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   gL: () => (/* binding */ formatArgv),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports NotImplementedError, shellQuote */
/** Errors the suite raises on purpose. Each says what went wrong and what to do next. */
/** A problem with what the user gave us: inputs, project settings, paths. */
class UserError extends Error {
    file;
    line;
    name = 'UserError';
    constructor(message, 
    /** A file of the user's the problem is in, for an annotation. */
    file, line) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
/** A command that ran and failed. */
class CommandError extends Error {
    argv;
    exitCode;
    tail;
    hint;
    name = 'CommandError';
    constructor(argv, exitCode, 
    /** The last lines the command printed (stdout and stderr, in order). */
    tail, hint) {
        super(`command failed with exit code ${exitCode}: ${formatArgv(argv)}` +
            (tail ? `\nlast lines of its output:\n${indent(tail)}` : '') +
            (hint ? `\n${hint}` : ''));
        this.argv = argv;
        this.exitCode = exitCode;
        this.tail = tail;
        this.hint = hint;
    }
}
/** A phase that exists in the suite's shape but is not built yet. */
class NotImplementedError extends Error {
    name = 'NotImplementedError';
    constructor(what, instead) {
        super(`${what} is not implemented yet. ${instead}`);
    }
}
/** Show an argv list the way a shell user could paste it back (for messages only, never executed). */
function formatArgv(argv) {
    return argv.map(shellQuote).join(' ');
}
/** Quote one word for POSIX sh. Used for display and for paths put into the user's own shell commands. */
function shellQuote(word) {
    if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
function indent(text) {
    return text
        .split('\n')
        .map(l => `  | ${l}`)
        .join('\n');
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 429:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run),
  n: () => (/* binding */ runOrThrow)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
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
var errors = __nccwpck_require__(268);
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
async function run(argv, opts = {}) {
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
        const child = (0,external_node_child_process_namespaceObject.spawn)(argv[0], argv.slice(1), {
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
    const r = await run(argv, opts);
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


/***/ }),

/***/ 25:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Oi: () => (/* binding */ phase),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   xV: () => (/* binding */ reportFailure)
/* harmony export */ });
/* unused harmony exports inActions, phaseTimings, recordPhase, error, redact, redactOutput, maskUrlCredentials */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(561);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(268);
/**
 * Logging for the actions and the local command alike: inside a GitHub runner it speaks the
 * runner's workflow commands (workflow-commands.ts); in a terminal it prints plain lines.
 */


const inActions = () => process.env.GITHUB_ACTIONS === 'true';
const timings = [];
/** Timings of the phases run so far in this process, in order. */
function phaseTimings() {
    return timings;
}
/** Record a phase timed elsewhere (a wheel lane's, printed after it ran: src/wheel/lanes.ts). */
function recordPhase(t) {
    timings.push(t);
}
function info(message) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
}
function warning(message, file, line) {
    if (inActions())
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, file ? { file, startLine: line } : undefined);
    else
        process.stderr.write(`warning: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${message}\n`);
}
function error(message, file, line) {
    if (inActions())
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, file ? { file, startLine: line } : undefined);
    else
        process.stderr.write(`error: ${file ? `${file}${line ? `:${line}` : ''}: ` : ''}${message}\n`);
}
/** Secrets masked by this process itself (the local command has no runner to do it). */
const secrets = new Set();
/** Shorter values are left to the runner: masking every "me" would garble the output. */
const MIN_LOCAL_SECRET = 4;
/** Mark a value as secret: the runner masks it in logs, and so does redactOutput outside a runner. */
function mask(secret) {
    if (!secret)
        return;
    if (secret.length >= MIN_LOCAL_SECRET)
        secrets.add(secret);
    if (inActions())
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
}
/** `text` with every secret given to `mask` replaced by ***, as the runner shows it. */
function redact(text) {
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    return out;
}
function redactChunk(chunk) {
    if (secrets.size === 0)
        return chunk;
    if (typeof chunk === 'string')
        return redact(chunk);
    if (chunk instanceof Uint8Array) {
        const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        for (const s of secrets)
            if (buf.includes(s))
                return redact(buf.toString('utf8'));
    }
    return chunk;
}
/**
 * Mask secrets in everything this process writes to stdout and stderr from now on: command
 * lines, the commands' own output, warnings and errors (the local command's stand-in for the
 * runner's masking). Returns the function that stops it.
 */
function redactOutput() {
    const undo = [process.stdout, process.stderr].map(stream => {
        // the stream's own property when a caller replaced write (a test capturing output), else none
        const own = Object.getOwnPropertyDescriptor(stream, 'write');
        const write = stream.write.bind(stream);
        stream.write = (chunk, ...rest) => write(redactChunk(chunk), ...rest);
        return () => {
            if (own)
                Object.defineProperty(stream, 'write', own);
            else
                Reflect.deleteProperty(stream, 'write');
        };
    });
    return () => undo.forEach(u => u());
}
/** Mask the passwords and tokens of URLs in arguments (`https://user:token@index/simple`). */
function maskUrlCredentials(args) {
    for (const a of args)
        for (const m of a.matchAll(/[a-z][a-z0-9+.-]*:\/\/([^/@\s:]+)(?::([^/@\s]+))?@/gi))
            mask(m[2] ?? m[1]);
}
/** Run one phase inside a collapsible group that ends with its duration. */
async function phase(title, fn) {
    const started = performance.now();
    const done = (ok) => {
        const seconds = (performance.now() - started) / 1000;
        timings.push({ title, seconds, ok });
        return `${title}: ${ok ? 'done' : 'failed'} in ${seconds.toFixed(1)} s`;
    };
    if (inActions()) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
        try {
            const value = await fn();
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(done(true));
            return value;
        }
        catch (e) {
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(done(false));
            throw e;
        }
        finally {
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        }
    }
    process.stdout.write(`\n== ${title}\n`);
    try {
        const value = await fn();
        process.stdout.write(`== ${done(true)}\n`);
        return value;
    }
    catch (e) {
        process.stdout.write(`== ${done(false)}\n`);
        throw e;
    }
}
/** Report a failure at the end of a step: one error, as an annotation on the user's file when we know it. */
function reportFailure(e) {
    process.exitCode = 1;
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo && e.file)
        error(e.message, e.file, e.line);
    else if (inActions())
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e));
    else
        process.stderr.write(`error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}\n`);
}


/***/ }),

/***/ 561:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   dN: () => (/* binding */ exportVariable),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports issueCommand, getState */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's workflow commands, spoken directly: inputs from INPUT_*, outputs, state and
 * environment through the files the runner names (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV), and
 * `::command::` lines on stdout for logs, groups, annotations and masks.
 *
 * @actions/core does the same, but loading it pulls its HTTP client (undici, about 1 MB) into every
 * process at start-up for the OIDC token we never ask for; that was most of a bundle's start-up
 * time (issue 18 part 4). The formats are the runner's (docs: "Workflow commands for GitHub
 * Actions"); __tests__/unit/workflow-commands.test.ts checks the files and lines against
 * @actions/core's for the same calls.
 */



/** A command's message: `%`, CR and LF escaped so the runner reads one line. */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: as data, plus the separators `:` and `,`. */
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::name key=value,...::message`, written on its own line. */
function issueCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => Boolean(v))
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    process.stdout.write(`::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
const annotation = (p = {}) => ({
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn
});
/**
 * Append `name<<DELIMITER\nvalue\nDELIMITER` to the file the runner named in `fileVariable`.
 * Returns false when the runner gave no such file (an old runner, or a plain process).
 */
function appendFileCommand(fileVariable, name, value) {
    const file = process.env[fileVariable];
    if (!file)
        return false;
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file))
        throw new Error(`the runner's ${fileVariable} file ${file} does not exist`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`the name or value of ${name} contains the delimiter ${delimiter}`);
    node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
    return true;
}
/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores, upper case), trimmed; '' when unset. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    if (!appendFileCommand('GITHUB_OUTPUT', name, value)) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issueCommand('set-output', { name }, value);
    }
}
/** Keep a value for this action's post step (read back with getState there). */
function saveState(name, value) {
    if (!appendFileCommand('GITHUB_STATE', name, value))
        issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Set a variable for this process and the job's later steps. */
function exportVariable(name, value) {
    process.env[name] = value;
    if (!appendFileCommand('GITHUB_ENV', name, value))
        issueCommand('set-env', { name }, value);
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function warning(message, properties) {
    issueCommand('warning', annotation(properties), message);
}
function error(message, properties) {
    issueCommand('error', annotation(properties), message);
}
function startGroup(title) {
    issueCommand('group', {}, title);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Fail the step: an error annotation and exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}


/***/ }),

/***/ 827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YI: () => (/* binding */ startContainer),
/* harmony export */   Yt: () => (/* binding */ ensureImage),
/* harmony export */   h_: () => (/* binding */ hostTempParent),
/* harmony export */   mN: () => (/* binding */ chooseEngine),
/* harmony export */   removeContainer: () => (/* binding */ removeContainer)
/* harmony export */ });
/* unused harmony exports MIN_DOCKER_API, MIN_PODMAN, checkEngine, inspectImage, localMatches, DEFAULT_PULL, ownerOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(268);
/* harmony import */ var _lib_log_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(25);
/* harmony import */ var _docker_args_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(670);
/* harmony import */ var _engine_cli_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(727);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(212);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(704);
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

/***/ 6:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _W: () => (/* binding */ ContainerRuntime),
  CR: () => (/* binding */ imageIdOf),
  AB: () => (/* binding */ inspectObject)
});

// UNUSED EXPORTS: parseContainerInspect

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(268);
// EXTERNAL MODULE: ./src/lib/exec.ts + 2 modules
var exec = __nccwpck_require__(429);
// EXTERNAL MODULE: ./src/runtime/docker-args.ts
var docker_args = __nccwpck_require__(6);
// EXTERNAL MODULE: ./src/runtime/engine-cli.ts
var engine_cli = __nccwpck_require__(727);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
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
var paths = __nccwpck_require__(704);
// EXTERNAL MODULE: ./src/runtime/runtime.ts
var runtime = __nccwpck_require__(536);
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
        const { removeContainer } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 827));
        await removeContainer(this.kind, this.facts.id, {
            chown: this.facts.labels[docker_args/* LABELS */.kg.chown],
            mounts: this.facts.mounts,
            tempRoot: this.facts.labels[docker_args/* LABELS */.kg.temp]
        });
    }
}


/***/ }),

/***/ 727:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure),
/* harmony export */   L: () => (/* binding */ engineCall)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(268);
/* harmony import */ var _lib_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(429);
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

/***/ 212:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ manylinuxArch),
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   qY: () => (/* binding */ enginePlatform),
/* harmony export */   tN: () => (/* binding */ pinnedDigest),
/* harmony export */   yb: () => (/* binding */ POLICY_IMAGES)
/* harmony export */ });
/* unused harmony export IMAGE_REGISTRY */
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
    const map = {
        x64: 'x86_64',
        amd64: 'x86_64',
        arm64: 'aarch64',
        ia32: 'i686',
        x86: 'i686',
        i386: 'i686',
        ppc64: 'ppc64le',
        arm: 'armv7l'
    };
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
            return {
                problem: `'${raw}' is not an image reference; accepted: a policy (${known}) or a reference such as quay.io/pypa/manylinux2014_x86_64:2026.08.15-1`
            };
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


/***/ }),

/***/ 704:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ runtimePath),
/* harmony export */   II: () => (/* binding */ HOST_MOUNTS),
/* harmony export */   Qf: () => (/* binding */ toRuntime),
/* harmony export */   gs: () => (/* binding */ toHost),
/* harmony export */   qD: () => (/* binding */ mapPath),
/* harmony export */   y4: () => (/* binding */ hostPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(268);
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

/***/ 536:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ DEFAULT_PATH)
/* harmony export */ });
/** The PATH docker and podman give a container whose image sets none; the host runtime's when the process has none. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(442);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
