export const id = 310;
export const ids = [310];
export const modules = {

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
    const why = e.source === 'environment' ? 'set in the environment' : e.source === 'git' ? "the project's last commit" : 'not a git work tree: the zip epoch';
    const note = e.ignored !== undefined ? ` (SOURCE_DATE_EPOCH='${e.ignored}' in the environment is not a whole number of seconds; ignored)` : '';
    return `SOURCE_DATE_EPOCH=${e.value} (${when}, ${why})${note}`;
}


/***/ }),

/***/ 12310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ buildWheels),
  failureError: () => (/* binding */ failureError)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(25877);
// EXTERNAL MODULE: ./src/lib/epoch.ts
var epoch = __webpack_require__(46802);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/files.ts
var files = __webpack_require__(10228);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/wheel/placeholders.ts
var placeholders = __webpack_require__(79709);
// EXTERNAL MODULE: ./src/wheel/plan.ts
var wheel_plan = __webpack_require__(61648);
// EXTERNAL MODULE: ./src/manylinux/index.ts + 7 modules
var manylinux = __webpack_require__(41969);
// EXTERNAL MODULE: ./src/elf/errors.ts
var elf_errors = __webpack_require__(87806);
// EXTERNAL MODULE: ./src/elf/elf.ts + 2 modules
var elf = __webpack_require__(16902);
// EXTERNAL MODULE: ./src/elf/lddtree.ts + 1 modules
var lddtree = __webpack_require__(88313);
// EXTERNAL MODULE: ./src/manylinux/extract.ts
var extract = __webpack_require__(34450);
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
    const x = await (0,extract/* extractWheel */.h)(wheel, { elfOnly: true });
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
 * Repair as planned (the tool, and the target tag: '' = the best the binaries allow).
 * `env`: added for the repair (SOURCE_DATE_EPOCH: the dates of the rewritten wheel's members).
 */
/**
 * The builtin repair, resolving libraries as the runtime's loader would: on the host, the host's
 * own; in a container, copies of the container's (src/wheel/library-view.ts).
 */
async function builtinRepair(raw, outDir, plat, runtime, env) {
    const options = { outDir, plat: plat || 'auto', log: log/* info */.pq };
    if (runtime.kind === 'host') {
        const r = await (0,manylinux/* repairWheel */.jC)(raw, { ...options, env: { ...(await runtime.env()), ...env } });
        for (const g of r.grafted)
            (0,log/* info */.pq)(`grafted ${g.library} from ${g.from} as ${g.to}`);
        return r.wheel;
    }
    const root = await runtime.tempDir('bw-libs-');
    try {
        const view = await libraryView(runtime, raw, root);
        const r = await (0,manylinux/* repairWheel */.jC)(raw, { ...options, ldPaths: [...view.ldPaths], env: { ...view.env, ...env } });
        for (const g of r.grafted)
            (0,log/* info */.pq)(`grafted ${g.library} from ${view.runtimePathOf(g.from)} (in ${runtime.description}) as ${g.to}`);
        return r.wheel;
    }
    finally {
        await runtime.removeTree(root);
    }
}
async function repair(planned, raw, outDir, runtime, env = {}) {
    external_node_fs_.mkdirSync(outDir, { recursive: true });
    const how = planned.tool;
    const plat = planned.plat;
    let wheel;
    if (how === 'auditwheel') {
        await runtime.runOrThrow(['auditwheel', 'repair', ...(plat ? ['--plat', plat] : []), '--wheel-dir', runtime.toRuntimePath(outDir), runtime.toRuntimePath(raw)], { env, hint: 'auditwheel could not repair the wheel; see its message above, or set repair: builtin' });
        wheel = onlyWheel(outDir, 'auditwheel repair');
    }
    else if (how === 'builtin') {
        wheel = await builtinRepair(raw, outDir, plat, runtime, env);
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

;// CONCATENATED MODULE: ./src/wheel/build.ts
/**
 * The wheel phase, run from its plan (src/wheel/plan.ts): before-build once, then for each Python
 * build a wheel, repair it, and test it installed in a fresh venv from a temporary directory.
 * A failure for one Python does not stop the others; the phase fails at the end naming them.
 */










/** The before-build shim: `python` and `python3` linking to the interpreter (a runtime path, resolved in the runtime). */
function makeShim(dir, python) {
    external_node_fs_.mkdirSync(dir, { recursive: true });
    for (const name of ['python', 'python3']) {
        const link = external_node_path_.join(dir, name);
        external_node_fs_.rmSync(link, { force: true });
        external_node_fs_.symlinkSync(python, link);
    }
}
async function runUserCommand(runtime, c) {
    const text = (0,placeholders/* fillPlaceholders */.Ct)(c.text, c.values);
    (0,log/* info */.pq)(`${c.what} (your command, run with bash): ${text}`);
    await runtime.runOrThrow((0,wheel_plan/* userCommandArgv */.b1)(text), {
        cwd: c.cwd,
        env: c.env,
        hint: `${c.what} failed; the command is yours (from the input or [tool.build-wheel] in pyproject.toml)`
    });
}
/** Put a finished file into dir without leaving a half-written one behind. */
function moveInto(file, dir) {
    const dest = external_node_path_.join(dir, external_node_path_.basename(file));
    (0,files/* copyAtomically */.tB)(file, dest);
    return dest;
}
async function buildOne(plan, p, runtime) {
    const started = performance.now();
    const id = p.python.identifier;
    // the folders a container writes into are made here first, so the host owns them and can clean them
    external_node_fs_.mkdirSync(p.dir.host, { recursive: true });
    const raw = await (0,log/* phase */.Oi)(`${id}: build wheel`, async () => {
        await runtime.removeTree(p.rawDir.host);
        external_node_fs_.mkdirSync(p.rawDir.host, { recursive: true });
        await runtime.runOrThrow(p.build, { cwd: p.buildCwd, env: plan.buildEnv, hint: `the wheel for ${id} did not build; see pip's output above` });
        const wheel = onlyWheel(p.rawDir.host, `pip wheel for ${id}`);
        const tags = (0,wheel_plan/* wheelTags */.Dl)(wheel);
        if (tags?.platform === 'any')
            throw new errors/* UserError */.yo(`${external_node_path_.basename(wheel)} is a pure-Python wheel: the C extension was not built. Check the package's ext_modules.`);
        return wheel;
    }).catch(e => Promise.reject(tagged('build', e)));
    const repaired = await (0,log/* phase */.Oi)(`${id}: repair (${plan.repair.tool})`, async () => {
        await runtime.removeTree(p.repairedDir.host);
        const r = await repair(plan.repair, raw, p.repairedDir.host, runtime, { SOURCE_DATE_EPOCH: plan.epoch.value });
        (0,log/* info */.pq)(`${r.how}: ${external_node_path_.basename(r.wheel)}`);
        return r;
    }).catch(e => Promise.reject(tagged('repair', e)));
    let tested = false;
    if (!plan.testCommand)
        (0,log/* info */.pq)(`${id}: no test-command given: the wheel is not tested`);
    else {
        await (0,log/* phase */.Oi)(`${id}: test in a fresh venv`, async () => {
            await runtime.removeTree(p.venv.host);
            await runtime.runOrThrow(p.makeVenv, { silent: true, hint: `could not create a venv with ${p.python.path}` });
            const wheel = runtime.toRuntimePath(repaired.wheel);
            await runtime.runOrThrow([...p.install, wheel]);
            if (p.installTestRequires)
                await runtime.runOrThrow(p.installTestRequires);
            const cwd = external_node_fs_.mkdtempSync(external_node_path_.join(p.dir.host, 'test-'));
            try {
                await runUserCommand(runtime, {
                    what: `test-command for ${id}`,
                    text: plan.testCommand,
                    values: { ...p.testValues, wheel },
                    cwd: runtime.toRuntimePath(cwd),
                    env: p.testEnv
                });
            }
            finally {
                await runtime.removeTree(cwd);
            }
        }).catch(e => Promise.reject(tagged('test', e)));
        tested = true;
    }
    const final = moveInto(repaired.wheel, plan.outputDir);
    return {
        python: p.python.minor,
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
/**
 * Run a wheels plan: before-build once, then each Python's build, repair and test. The work folder
 * is the plan's; the caller removes it.
 */
async function buildWheels(plan, runtime) {
    const pythons = plan.pythons.map(p => p.python);
    (0,log/* info */.pq)((0,epoch/* describeEpoch */.XP)(plan.epoch));
    (0,log/* info */.pq)(`CFLAGS for the wheel builds: ${plan.buildEnv.CFLAGS}`);
    const bb = plan.beforeBuild;
    if (bb) {
        makeShim(bb.shimDir.host, bb.python);
        await (0,log/* phase */.Oi)('before-build (once)', () => runUserCommand(runtime, { what: 'before-build', text: bb.text, values: bb.values, cwd: bb.cwd, env: bb.env }));
    }
    const wheels = [];
    const failures = [];
    for (const p of plan.pythons) {
        try {
            wheels.push(await buildOne(plan, p, runtime));
        }
        catch (e) {
            const step = e instanceof StepFailure ? e.step : 'build';
            const cause = e instanceof StepFailure ? e.cause : e;
            const message = cause instanceof errors/* CommandError */.Qd ? cause.message : (0,errors/* errorMessage */.gJ)(cause);
            (0,log/* warning */.$e)(`${p.python.identifier}: ${step} failed: ${message.split('\n')[0]}`);
            failures.push({ identifier: p.python.identifier, step, message });
        }
    }
    return { pythons, wheels, failures };
}
/** One error naming every Python that failed, with each failure's details. */
function failureError(failures, total) {
    const names = failures.map(f => `${f.identifier} (${f.step})`).join(', ');
    const details = failures.map(f => `--- ${f.identifier}: ${f.step} failed\n${f.message}`).join('\n');
    return new Error(`${failures.length} of ${total} wheels failed: ${names}\n${details}`);
}


/***/ })

};
