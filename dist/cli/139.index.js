export const id = 139;
export const ids = [139];
export const modules = {

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

/***/ 72139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x7: () => (/* binding */ buildWheels),
  failureError: () => (/* binding */ failureError)
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
var files = __webpack_require__(10228);
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
 * The builtin repair, resolving libraries as the runtime's loader would: on the host, the host's
 * own; in a container, copies of the container's (src/wheel/library-view.ts).
 */
async function builtinRepair(raw, outDir, plat, runtime, env, lane) {
    const info = (m) => lane.info(m);
    const options = { outDir, plat: plat || 'auto', log: info };
    if (runtime.kind === 'host') {
        const r = await (0,manylinux/* repairWheel */.jC)(raw, { ...options, env: { ...(await runtime.env()), ...env } });
        for (const g of r.grafted)
            info(`grafted ${g.library} from ${g.from} as ${g.to}`);
        return r.wheel;
    }
    const root = await runtime.tempDir('bw-libs-');
    try {
        const view = await libraryView(runtime, raw, root);
        const r = await (0,manylinux/* repairWheel */.jC)(raw, { ...options, ldPaths: [...view.ldPaths], env: { ...view.env, ...env } });
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
    const check = await (0,manylinux/* checkWheelTag */.ME)(wheel);
    if (!check.ok)
        throw new errors/* UserError */.yo(`${external_node_path_.basename(wheel)} claims ${check.claimed.join('.')} but its binaries allow at most ${check.allowed}:\n  ${check.problems.join('\n  ')}`);
    lane.info(`tag check: ${check.claimed.join('.')} is allowed (best: ${check.allowed})`);
    return { wheel, how };
}

// EXTERNAL MODULE: ./src/archive/zip.ts + 3 modules
var archive_zip = __webpack_require__(70088);
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
    const zip = (0,archive_zip/* openZip */.QH)(wheel);
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
    (0,files/* copyAtomically */.tB)(file, dest);
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


/***/ })

};
