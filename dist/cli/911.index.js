export const id = 911;
export const ids = [911];
export const modules = {

/***/ 94818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseArgs)
/* harmony export */ });
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
 * number, else `git log -1 --format=%ct` in `dir`, else FALLBACK_EPOCH.
 */
async function sourceDateEpoch(dir, env = process.env) {
    const given = (env.SOURCE_DATE_EPOCH ?? '').trim();
    if (SECONDS.test(given))
        return { value: given, source: 'environment' };
    const ignored = given === '' ? {} : { ignored: given };
    const fromGit = await lastCommitTime(dir);
    if (fromGit !== undefined)
        return { value: fromGit, source: 'git', ...ignored };
    return { value: String(FALLBACK_EPOCH), source: 'fallback', ...ignored };
}
/** The committer time of HEAD in `dir`; undefined outside a work tree, without git, or before the first commit. */
async function lastCommitTime(dir) {
    try {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(['git', '-C', dir, 'log', '-1', '--format=%ct'], { silent: true });
        const t = r.stdout.trim();
        return r.exitCode === 0 && SECONDS.test(t) ? t : undefined;
    }
    catch {
        return undefined; // git is not installed
    }
}
/** One line for the log: the value, and why. */
function describeEpoch(e) {
    const when = new Date(Number(e.value) * 1000).toISOString();
    const why = e.source === 'environment'
        ? 'set in the environment'
        : e.source === 'git'
            ? "the project's last commit"
            : 'not a git work tree: the zip epoch';
    const note = e.ignored !== undefined ? ` (SOURCE_DATE_EPOCH='${e.ignored}' in the environment is not a whole number of seconds; ignored)` : '';
    return `SOURCE_DATE_EPOCH=${e.value} (${when}, ${why})${note}`;
}


/***/ }),

/***/ 95170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ identifierFor),
/* harmony export */   Pl: () => (/* binding */ parseSelector),
/* harmony export */   _t: () => (/* binding */ selectInterpreters),
/* harmony export */   nR: () => (/* binding */ ACCEPTED_SELECTORS)
/* harmony export */ });
/* unused harmony exports MIN_ALL, dedupeByMinor, pythonTag */
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
function versionKey(v) {
    return v.split(/[^\d]+/).filter(Boolean).map(Number);
}
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
    const available = pool.map(i => `${i.minor} (${i.path})`).join(', ') ||
        'none (install CPython, e.g. with actions/setup-python or pyenv, or build in a manylinux image)';
    for (const s of selectors) {
        const hits = s.kind === 'all'
            ? pool.filter(i => !i.minor.endsWith('t') && compareVersions(i.minor, MIN_ALL.join('.')) >= 0)
            : pool.filter(i => i.minor === s.minor);
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


/***/ }),

/***/ 61292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ buildWheels),
  H: () => (/* binding */ choosePythons),
  failureError: () => (/* binding */ failureError)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(25877);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/files.ts
var files = __webpack_require__(10228);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/python/identifiers.ts
var identifiers = __webpack_require__(95170);
;// CONCATENATED MODULE: ./src/python/discover.ts

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
async function discoverInterpreters(runtime) {
    const listed = await runtime.run(['sh', '-c', LIST_CANDIDATES], { silent: true });
    const seen = new Set();
    const found = [];
    for (const c of parseCandidates(listed.stdout)) {
        const r = await runtime.run([c.path, '-c', PROBE], { silent: true });
        if (r.exitCode !== 0)
            continue; // a pyenv shim for a version that is not active, a broken link...
        let p;
        try {
            p = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
        }
        catch {
            continue;
        }
        if (p.impl !== 'cpython' || p.major !== 3 || seen.has(p.executable))
            continue;
        seen.add(p.executable);
        found.push({
            path: c.path,
            version: p.version,
            minor: `${p.major}.${p.minor}${p.gil_disabled ? 't' : ''}`,
            identifier: (0,identifiers/* identifierFor */.H9)(p.major, p.minor, p.gil_disabled),
            source: c.source
        });
    }
    return found;
}

// EXTERNAL MODULE: ./src/wheel/placeholders.ts
var placeholders = __webpack_require__(79709);
// EXTERNAL MODULE: ./src/wheel/plan.ts
var wheel_plan = __webpack_require__(61648);
// EXTERNAL MODULE: ./src/manylinux/index.ts + 13 modules
var manylinux = __webpack_require__(14374);
;// CONCATENATED MODULE: ./src/wheel/repair.ts
/**
 * Repair a freshly built wheel to a manylinux tag (auditwheel where the runtime has it, the builtin
 * repair otherwise), then check with the builtin audit that its name claims no more than its
 * binaries allow, whichever tool repaired it.
 */





async function hasAuditwheel(runtime) {
    const r = await runtime.run(['auditwheel', '--version'], { silent: true }).catch(() => undefined);
    return r?.exitCode === 0;
}
/** The one wheel in dir (a repair or a build must yield exactly one). */
function onlyWheel(dir, what) {
    const wheels = external_node_fs_.existsSync(dir) ? external_node_fs_.readdirSync(dir).filter(f => f.endsWith('.whl')) : [];
    if (wheels.length !== 1)
        throw new errors/* UserError */.yo(`${what} produced ${wheels.length} wheels in ${dir}, expected exactly one: ${wheels.join(', ') || 'none'}`);
    return external_node_path_.join(dir, wheels[0]);
}
/**
 * `plat`: the target tag ('' = $AUDITWHEEL_PLAT where set, else the best the binaries allow).
 * `env`: added for the repair (SOURCE_DATE_EPOCH: the dates of the rewritten wheel's members).
 */
async function repair(mode, raw, outDir, runtime, plat = '', env = {}) {
    external_node_fs_.mkdirSync(outDir, { recursive: true });
    const how = mode === 'auto' ? ((await hasAuditwheel(runtime)) ? 'auditwheel' : 'builtin') : mode;
    let wheel;
    if (how === 'auditwheel') {
        await runtime.runOrThrow(['auditwheel', 'repair', ...(plat ? ['--plat', plat] : []), '--wheel-dir', runtime.toRuntimePath(outDir), runtime.toRuntimePath(raw)], { env, hint: 'auditwheel could not repair the wheel; see its message above, or set repair: builtin' });
        wheel = onlyWheel(outDir, 'auditwheel repair');
    }
    else if (how === 'builtin') {
        // the runtime's environment (a container's AUDITWHEEL_PLAT), not the host's
        const r = await (0,manylinux/* repairWheel */.jC)(raw, { outDir, plat: plat || undefined, env: { ...(await runtime.env()), ...env }, log: log/* info */.pq });
        for (const g of r.grafted)
            (0,log/* info */.pq)(`grafted ${g.library} from ${g.from} as ${g.to}`);
        wheel = r.wheel;
    }
    else {
        wheel = external_node_path_.join(outDir, external_node_path_.basename(raw));
        external_node_fs_.copyFileSync(raw, wheel);
    }
    const check = await (0,manylinux/* checkWheelTag */.ME)(wheel);
    if (!check.ok)
        throw new errors/* UserError */.yo(`${external_node_path_.basename(wheel)} claims ${check.claimed.join('.')} but its binaries allow at most ${check.allowed}:\n  ${check.problems.join('\n  ')}`);
    (0,log/* info */.pq)(`tag check: ${check.claimed.join('.')} is allowed (best: ${check.allowed})`);
    return { wheel, how };
}

// EXTERNAL MODULE: ./src/lib/args.ts
var args = __webpack_require__(94818);
// EXTERNAL MODULE: ./src/lib/epoch.ts
var lib_epoch = __webpack_require__(46802);
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
/** The environment pip wheel and the repair run with; says in the log what it chose. */
async function reproducibleBuildEnv(inputs, runtime) {
    const epoch = await (0,lib_epoch/* sourceDateEpoch */.pA)(inputs.path);
    (0,log/* info */.pq)((0,lib_epoch/* describeEpoch */.XP)(epoch));
    const runtimeEnv = await runtime.env();
    const env = (0,wheel_plan/* reproducibleEnv */.Wm)({
        epoch: epoch.value,
        projectDir: runtime.toRuntimePath(inputs.path),
        prefixMapOption: await prefixMapOption(runtime, runtimeEnv),
        cflags: runtimeEnv.CFLAGS
    });
    (0,log/* info */.pq)(`CFLAGS for the wheel builds: ${env.CFLAGS}`);
    return env;
}

;// CONCATENATED MODULE: ./src/wheel/build.ts
/**
 * The wheel phase: choose interpreters, run before-build once, then for each Python build a wheel,
 * repair it, and test it installed in a fresh venv from a temporary directory.
 * A failure for one Python does not stop the others; the phase fails at the end naming them.
 */












/** Discover and select interpreters; selectors that match nothing become input problems. */
async function choosePythons(inputs, runtime, problems) {
    const found = await (0,log/* phase */.Oi)('Python: discover interpreters', async () => {
        const f = await discoverInterpreters(runtime);
        for (const i of f)
            (0,log/* info */.pq)(`${i.identifier.padEnd(14)} ${i.version.padEnd(8)} ${i.source.padEnd(9)} ${i.path}`);
        return f;
    });
    const sel = (0,identifiers/* selectInterpreters */._t)(found, inputs['python-versions']);
    for (const p of sel.problems)
        problems.add('python-versions', p);
    return sel.chosen;
}
/** A directory with `python` and `python3` pointing at the interpreter, to put first on PATH. */
function shimDir(python, workDir) {
    const dir = external_node_path_.join(workDir, 'shim', python.identifier);
    external_node_fs_.mkdirSync(dir, { recursive: true });
    for (const name of ['python', 'python3']) {
        const link = external_node_path_.join(dir, name);
        external_node_fs_.rmSync(link, { force: true });
        external_node_fs_.symlinkSync(python.path, link);
    }
    return dir;
}
async function runUserCommand(runtime, c) {
    const text = (0,placeholders/* fillPlaceholders */.Ct)(c.text, c.values);
    (0,log/* info */.pq)(`${c.what} (your command, run with bash): ${text}`);
    // PATH as the runtime has it (a container's own, never the host's)
    const inherited = (await runtime.env()).PATH ?? '';
    await runtime.runOrThrow((0,wheel_plan/* userCommandArgv */.b1)(text), {
        cwd: runtime.toRuntimePath(c.cwd),
        env: (0,wheel_plan/* userCommandEnv */.cO)(runtime.toRuntimePath(c.binDir), inherited, c.env),
        hint: `${c.what} failed; the command is yours (from the input or [tool.build-wheel] in pyproject.toml)`
    });
}
/** Put a finished file into dir without leaving a half-written one behind. */
function moveInto(file, dir) {
    const dest = external_node_path_.join(dir, external_node_path_.basename(file));
    (0,files/* copyAtomically */.tB)(file, dest);
    return dest;
}
async function buildOne(inputs, plan, runtime, workDir, buildEnv) {
    const started = performance.now();
    const id = plan.python.identifier;
    // the folders a container writes into are made here first, so the host owns them and can clean them
    external_node_fs_.mkdirSync(external_node_path_.join(workDir, id), { recursive: true });
    const raw = await (0,log/* phase */.Oi)(`${id}: build wheel`, async () => {
        await runtime.removeTree(plan.rawDir);
        external_node_fs_.mkdirSync(plan.rawDir, { recursive: true });
        await runtime.runOrThrow(plan.build, {
            cwd: runtime.toRuntimePath(inputs['package-dir']),
            env: buildEnv,
            hint: `the wheel for ${id} did not build; see pip's output above`
        });
        const wheel = onlyWheel(plan.rawDir, `pip wheel for ${id}`);
        const tags = (0,wheel_plan/* wheelTags */.Dl)(wheel);
        if (tags?.platform === 'any')
            throw new errors/* UserError */.yo(`${external_node_path_.basename(wheel)} is a pure-Python wheel: the C extension was not built. Check the package's ext_modules.`);
        return wheel;
    }).catch(e => Promise.reject(tagged('build', e)));
    const repaired = await (0,log/* phase */.Oi)(`${id}: repair (${inputs.repair})`, async () => {
        const out = external_node_path_.join(workDir, id, 'repaired');
        await runtime.removeTree(out);
        const r = await repair(inputs.repair, raw, out, runtime, inputs.plat, { SOURCE_DATE_EPOCH: buildEnv.SOURCE_DATE_EPOCH });
        (0,log/* info */.pq)(`${r.how}: ${external_node_path_.basename(r.wheel)}`);
        return r;
    }).catch(e => Promise.reject(tagged('repair', e)));
    let tested = false;
    if (!inputs['test-command'])
        (0,log/* info */.pq)(`${id}: no test-command given: the wheel is not tested`);
    else {
        await (0,log/* phase */.Oi)(`${id}: test in a fresh venv`, async () => {
            await runtime.removeTree(plan.venv);
            await runtime.runOrThrow(plan.makeVenv, { silent: true, hint: `could not create a venv with ${plan.python.path}` });
            await runtime.runOrThrow([...plan.install, runtime.toRuntimePath(repaired.wheel)]);
            if (plan.installTestRequires)
                await runtime.runOrThrow(plan.installTestRequires);
            const cwd = external_node_fs_.mkdtempSync(external_node_path_.join(workDir, id, 'test-'));
            try {
                await runUserCommand(runtime, {
                    what: `test-command for ${id}`,
                    text: inputs['test-command'],
                    values: {
                        project: runtime.toRuntimePath(inputs.path),
                        package: runtime.toRuntimePath(inputs['package-dir']),
                        python: runtime.toRuntimePath(plan.venvPython),
                        venv: runtime.toRuntimePath(plan.venv),
                        wheel: runtime.toRuntimePath(repaired.wheel)
                    },
                    cwd,
                    binDir: external_node_path_.dirname(plan.venvPython),
                    env: { VIRTUAL_ENV: runtime.toRuntimePath(plan.venv) }
                });
            }
            finally {
                await runtime.removeTree(cwd);
            }
        }).catch(e => Promise.reject(tagged('test', e)));
        tested = true;
    }
    const final = moveInto(repaired.wheel, inputs['output-dir']);
    return {
        python: plan.python.minor,
        identifier: id,
        wheel: final,
        tag: (0,wheel_plan/* wheelTags */.Dl)(final)?.platform ?? '?',
        size: external_node_fs_.statSync(final).size,
        sha256: await (0,key/* sha256File */.Q3)(final),
        seconds: (performance.now() - started) / 1000,
        repair: repaired.how,
        tested
    };
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
function tagged(step, e) {
    return new StepFailure(step, e);
}
async function buildWheels(inputs, pythons, runtime) {
    const workDir = await runtime.tempDir('bw-wheels-');
    try {
        if (pythons.length === 0)
            throw new errors/* UserError */.yo(`input 'python-versions': no Python selected; accepted: ${identifiers/* ACCEPTED_SELECTORS */.nR}`);
        const buildEnv = await (0,log/* phase */.Oi)('reproducible build settings', () => reproducibleBuildEnv(inputs, runtime));
        if (inputs['before-build']) {
            await (0,log/* phase */.Oi)('before-build (once)', () => runUserCommand(runtime, {
                what: 'before-build',
                text: inputs['before-build'],
                values: {
                    project: runtime.toRuntimePath(inputs.path),
                    package: runtime.toRuntimePath(inputs['package-dir']),
                    python: pythons[0].path
                },
                cwd: inputs['package-dir'],
                binDir: shimDir(pythons[0], workDir)
            }));
        }
        const wheels = [];
        const failures = [];
        for (const python of pythons) {
            try {
                wheels.push(await buildOne(inputs, (0,wheel_plan/* planPython */.cV)(inputs, python, workDir), runtime, workDir, buildEnv));
            }
            catch (e) {
                const step = e instanceof StepFailure ? e.step : 'build';
                const cause = e instanceof StepFailure ? e.cause : e;
                const message = cause instanceof errors/* CommandError */.Qd ? cause.message : (0,errors/* errorMessage */.gJ)(cause);
                (0,log/* warning */.$e)(`${python.identifier}: ${step} failed: ${message.split('\n')[0]}`);
                failures.push({ identifier: python.identifier, step, message });
            }
        }
        return { pythons, wheels, failures };
    }
    finally {
        await runtime.removeTree(workDir);
    }
}
/** One error naming every Python that failed, with each failure's details. */
function failureError(failures, total) {
    const names = failures.map(f => `${f.identifier} (${f.step})`).join(', ');
    const details = failures.map(f => `--- ${f.identifier}: ${f.step} failed\n${f.message}`).join('\n');
    return new Error(`${failures.length} of ${total} wheels failed: ${names}\n${details}`);
}


/***/ }),

/***/ 79709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ fillPlaceholders),
/* harmony export */   Qf: () => (/* binding */ placeholdersIn),
/* harmony export */   bj: () => (/* binding */ COMMAND_PLACEHOLDERS)
/* harmony export */ });
/* unused harmony export PLACEHOLDER_NAMES */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
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
function walk(command, found) {
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
    return walk(command, name => (values[name] !== undefined ? (0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .ZL)(values[name]) : undefined));
}
/** The placeholders a command uses, each once, in order of first use. */
function placeholdersIn(command) {
    const seen = new Set();
    walk(command, name => {
        seen.add(name);
        return undefined;
    });
    return [...seen];
}


/***/ }),

/***/ 61648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ wheelTags),
/* harmony export */   Wm: () => (/* binding */ reproducibleEnv),
/* harmony export */   b1: () => (/* binding */ userCommandArgv),
/* harmony export */   bm: () => (/* binding */ matrixFor),
/* harmony export */   cO: () => (/* binding */ userCommandEnv),
/* harmony export */   cV: () => (/* binding */ planPython)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79709);
/** The per-Python plan: argv lists and paths, decided before anything runs. Pure. */



function planPython(inputs, python, workDir) {
    const rawDir = node_path__WEBPACK_IMPORTED_MODULE_0__.join(workDir, python.identifier, 'raw');
    const venv = node_path__WEBPACK_IMPORTED_MODULE_0__.join(workDir, python.identifier, 'venv');
    const venvPython = node_path__WEBPACK_IMPORTED_MODULE_0__.join(venv, 'bin', 'python');
    const pip = [venvPython, '-m', 'pip', 'install', '--disable-pip-version-check', ...inputs['test-pip-args']];
    return {
        python,
        rawDir,
        build: [python.path, '-m', 'pip', 'wheel', '--no-deps', '--disable-pip-version-check', '--wheel-dir', rawDir, ...inputs['pip-args'], inputs['package-dir']],
        venv,
        makeVenv: [python.path, '-m', 'venv', venv],
        venvPython,
        install: pip,
        installTestRequires: inputs['test-requires'].length ? [...pip, ...inputs['test-requires']] : undefined
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
/** strategy.matrix JSON: one entry per selected interpreter. */
function matrixFor(pythons) {
    return { include: pythons.map(p => ({ 'python-version': p.minor, identifier: p.identifier })) };
}
/** The tags part of a wheel file name: name-ver(-build)?-py-abi-plat.whl -> {py, abi, plat}. */
function wheelTags(file) {
    const m = /^(.+?)-([^-]+)(?:-(\d[^-]*))?-([^-]+)-([^-]+)-([^-]+)\.whl$/.exec(node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file));
    return m ? { python: m[4], abi: m[5], platform: m[6] } : null;
}


/***/ })

};
