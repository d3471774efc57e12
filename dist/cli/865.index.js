export const id = 865;
export const ids = [865];
export const modules = {

/***/ 52940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ selectCachePaths),
/* harmony export */   jK: () => (/* binding */ matchesCachePath),
/* harmony export */   pY: () => (/* binding */ checkGlob)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** `cache-paths`: which of a tree's outputs an entry keeps. Pure. */

/** Why a glob cannot be used (undefined when it can). */
function checkGlob(glob) {
    if (glob === '')
        return 'is empty';
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
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.matchesGlob(rel, g) || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.matchesGlob(rel, `${g}/**`);
}
/** The outputs an entry keeps: all of them without globs, else those matching any glob. */
function selectCachePaths(outputs, globs) {
    if (globs.length === 0)
        return [...outputs];
    return outputs.filter(rel => globs.some(g => matchesCachePath(rel, g)));
}


/***/ }),

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

/***/ 24196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ boundedOrElse),
/* harmony export */   L0: () => (/* binding */ readServiceTimeout),
/* harmony export */   MI: () => (/* binding */ DEFAULT_SERVICE_TIMEOUT)
/* harmony export */ });
/* unused harmony exports SERVICE_TIMEOUT_ENV, abandoned, TimeoutError, withTimeout, parseTimeout */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61025);

/** Seconds for each cache or artifact call unless the `service-timeout` input or this variable says otherwise. */
const SERVICE_TIMEOUT_ENV = 'BUILD_WHEEL_SERVICE_TIMEOUT';
const DEFAULT_SERVICE_TIMEOUT = 300;
let abandonedCalls = 0;
/** How many calls were given up on, timed out or failed (their sockets may keep the process alive). */
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
        if (!(e instanceof TimeoutError))
            abandonedCalls++; // a timeout counted itself
        (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e)(e instanceof TimeoutError ? `${e.message}; ${then}` : `${what} failed: ${e instanceof Error ? e.message : String(e)}; ${then}`);
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


/***/ }),

/***/ 75508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tg: () => (/* binding */ readMontageInputs),
/* harmony export */   wY: () => (/* binding */ SAFE_NAME)
/* harmony export */ });
/* unused harmony exports checkProjectPath, readCachePaths */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94818);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51662);
/* harmony import */ var _lib_timeout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24196);
/* harmony import */ var _cache_select_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52940);
/** Inputs of build-montage (the C tree phase), validated in one pass. */






const MAKEFILES = ['GNUmakefile', 'makefile', 'Makefile'];
/** Check that `dir` is a C project make can build; adds problems under input `name`. */
function checkProjectPath(dir, name, problems) {
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir))
        problems.add(name, `'${dir}' does not exist; accepted: the directory holding the project's Makefile`);
    else if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dir).isDirectory())
        problems.add(name, `'${dir}' is not a directory; accepted: the directory holding the project's Makefile`);
    else if (!MAKEFILES.some(f => node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, f))))
        problems.add(name, `'${dir}' has no Makefile (looked for ${MAKEFILES.join(', ')}); accepted: the directory holding the project's Makefile`);
}
function readMontageInputs(src, base, problems) {
    const root = (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readPath */ .G7)(src, 'path', base, problems, '.');
    checkProjectPath(root, 'path', problems);
    const makeArgs = (0,_lib_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseArgs */ .Z)(src('make-args'));
    for (const a of makeArgs)
        if (/^-j|^--jobs/.test(a))
            problems.add('make-args', `'${a}': set parallelism with the 'jobs' input instead`);
    return (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .deepFreeze */ .ol)({
        path: root,
        'make-args': makeArgs,
        jobs: (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInt */ .Uk)(src, 'jobs', 1, 1, 256, problems),
        cache: (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readBool */ .r5)(src, 'cache', true, problems),
        'cache-dir': (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readPath */ .G7)(src, 'cache-dir', base, problems),
        'cache-paths': readCachePaths(src, problems),
        'service-timeout': (0,_lib_timeout_js__WEBPACK_IMPORTED_MODULE_3__/* .readServiceTimeout */ .L0)(src, problems),
        executables: readGlobs(src, 'executables', 'bin/* or bin/m*, and !bin/*.sh to leave files out', problems, true),
        'executables-name': readTarballName(src, root, problems),
        'executables-dir': (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readOutputDir */ .hV)(src, 'executables-dir', 'executables', base, problems),
        'executables-artifact': (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readArtifactName */ .Ep)(src, 'executables-artifact', problems)
    });
}
/** A tarball's name or top folder: a plain file name. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
/** The tarball's name: given, or the project folder's name made safe. */
function readTarballName(src, root, problems) {
    const given = src('executables-name').trim();
    if (given && !SAFE_NAME.test(given))
        problems.add('executables-name', `'${given}' is not accepted; accepted: letters, digits and . _ + - (not first), e.g. montage`);
    const fallback = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(root)
        .toLowerCase()
        .replace(/[^a-z0-9._+-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '') || 'executables';
    return given || fallback;
}
/** `cache-paths`: one glob per line (or space separated), relative to path. */
function readCachePaths(src, problems) {
    return readGlobs(src, 'cache-paths', 'lib/** or python/*/lib/*.o', problems);
}
/**
 * Globs relative to path, one per line or space separated. With `exclusions`, `!glob` takes files
 * out again, and at least one glob must choose files.
 */
function readGlobs(src, name, examples, problems, exclusions = false) {
    const globs = src(name)
        .split(/[\n\s]+/)
        .map(s => s.trim())
        .filter(Boolean);
    for (const g of globs) {
        const why = (0,_cache_select_js__WEBPACK_IMPORTED_MODULE_4__/* .checkGlob */ .pY)(exclusions ? g.replace(/^!/, '') : g);
        if (why)
            problems.add(name, `'${g}' ${why}; accepted: globs relative to path, such as ${examples}`);
    }
    if (exclusions && globs.length && globs.every(g => g.startsWith('!')))
        problems.add(name, `only exclusions given (${globs.join(' ')}); accepted: at least one glob choosing files, such as bin/*`);
    return globs;
}


/***/ }),

/***/ 11865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  montageStep: () => (/* binding */ montageStep),
  pipelineStep: () => (/* binding */ pipelineStep),
  wheelStep: () => (/* binding */ wheelStep)
});

// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/montage/inputs.ts
var inputs = __webpack_require__(75508);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/args.ts
var args = __webpack_require__(94818);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __webpack_require__(51662);
// EXTERNAL MODULE: ./src/lib/timeout.ts
var timeout = __webpack_require__(24196);
// EXTERNAL MODULE: ./src/python/identifiers.ts
var identifiers = __webpack_require__(95170);
// EXTERNAL MODULE: ./src/wheel/placeholders.ts
var placeholders = __webpack_require__(79709);
// EXTERNAL MODULE: ./src/wheel/plat.ts
var plat = __webpack_require__(60370);
;// CONCATENATED MODULE: ./src/wheel/inputs.ts
/** Inputs of build-wheel, validated in one pass. */








const REPAIR_MODES = ['auto', 'auditwheel', 'builtin', 'none'];
const BUILD_ISOLATION_MODES = ['auto', 'true', 'false'];
function readPlat(src, problems) {
    const raw = src('plat').trim();
    const problem = (0,plat/* platProblem */.h)(raw);
    if (problem)
        problems.add('plat', problem);
    return raw === 'auto' ? '' : raw;
}
function checkPackageDir(root, raw, pkg, problems) {
    const accepted = "accepted: the folder inside path holding the package's pyproject.toml or setup.py";
    if (!external_node_fs_.existsSync(root))
        return; // reported under 'path'
    if (!(0,lib_inputs/* isWithin */.UO)(pkg, root))
        problems.add('package-dir', `'${raw}' is outside path (${root}); ${accepted}`);
    else if (!(0,lib_inputs/* isWithin */.UO)((0,lib_inputs/* realPathOf */.dN)(pkg), (0,lib_inputs/* realPathOf */.dN)(root)))
        problems.add('package-dir', `'${raw}' (${pkg}) resolves to ${(0,lib_inputs/* realPathOf */.dN)(pkg)}, outside path (${(0,lib_inputs/* realPathOf */.dN)(root)}), through a symbolic link; ${accepted}`);
    else if (!external_node_fs_.existsSync(pkg))
        problems.add('package-dir', `'${raw}' does not exist under ${root}; ${accepted}`);
    else if (!external_node_fs_.statSync(pkg).isDirectory())
        problems.add('package-dir', `'${pkg}' is not a directory; ${accepted}`);
    else if (!['pyproject.toml', 'setup.py'].some(f => external_node_fs_.existsSync(external_node_path_.join(pkg, f))))
        problems.add('package-dir', `'${pkg}' has neither pyproject.toml nor setup.py; ${accepted}`);
}
function readPythonVersions(src, problems) {
    const raw = src('python-versions');
    const text = raw.trim() || 'all';
    const tokens = (0,lib_inputs/* parseList */.E1)(text);
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
    const root = (0,lib_inputs/* readPath */.G7)(src, 'path', base, problems, '.');
    const pkgRaw = src('package-dir').trim() || '.';
    const pkg = external_node_path_.resolve(root, pkgRaw);
    checkPackageDir(root, pkgRaw, pkg, problems);
    if (!external_node_fs_.existsSync(root) && !problems.has('path'))
        problems.add('path', `'${root}' does not exist; accepted: the project's root directory`);
    const selectors = readPythonVersions(src, problems);
    const artifact = (0,lib_inputs/* readArtifactName */.Ep)(src, 'upload-artifact', problems);
    const outputDir = (0,lib_inputs/* readOutputDir */.hV)(src, 'output-dir', 'wheelhouse', base, problems);
    return (0,lib_inputs/* deepFreeze */.ol)({
        path: root,
        'package-dir': pkg,
        'python-versions': selectors,
        'before-build': readCommand(src, 'before-build', problems),
        'test-command': readCommand(src, 'test-command', problems),
        'test-requires': (0,args/* parseArgs */.Z)(src('test-requires')),
        'pip-args': (0,args/* parseArgs */.Z)(src('pip-args')),
        'test-pip-args': (0,args/* parseArgs */.Z)(src('test-pip-args')),
        repair: (0,lib_inputs/* readChoice */.Kf)(src, 'repair', REPAIR_MODES, 'auto', problems),
        'build-isolation': (0,lib_inputs/* readChoice */.Kf)(src, 'build-isolation', BUILD_ISOLATION_MODES, 'auto', problems),
        'test-timeout': (0,lib_inputs/* readTimeoutMinutes */.jZ)(src, 'test-timeout', problems),
        plat: readPlat(src, problems),
        'output-dir': outputDir,
        'upload-artifact': artifact,
        'service-timeout': (0,timeout/* readServiceTimeout */.L0)(src, problems),
        'plan-only': (0,lib_inputs/* readBool */.r5)(src, 'plan-only', false, problems)
    });
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
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
    'test-pip-args',
    'build-isolation',
    'test-timeout'
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

// EXTERNAL MODULE: ./src/runtime/choice.ts
var runtime_choice = __webpack_require__(43949);
;// CONCATENATED MODULE: ./src/phases/inputs.ts
/** The raw inputs layered over the project's settings, and the runtime inputs every step shares. */





/** Layer the project's [tool.build-wheel] under the given inputs. */
function gather(raw, base) {
    const root = external_node_path_.resolve(base, raw('path').trim() || '.');
    const settings = external_node_fs_.existsSync(root) && external_node_fs_.statSync(root).isDirectory() ? readProjectSettings(root) : { values: {} };
    return { problems: new lib_inputs/* InputProblems */.Nh(), settings, source: withProjectSettings(raw, settings) };
}

;// CONCATENATED MODULE: ./src/phases/steps.ts




/**
 * Inputs layered over the project's settings, read by `read`, plus the runtime ones. Every problem
 * the inputs show by themselves (a spelling, a syntax, a missing folder) is raised here, in
 * milliseconds, before a runtime is opened or an interpreter probed; the problems that need the
 * facts (a Python the runtime lacks, a repair tool it does not have) are raised with the plan.
 */
function readStep(raw, base, read) {
    const g = gather(raw, base);
    const inputs = read(g.source, g.problems);
    const choice = (0,runtime_choice/* readRuntimeChoice */.wR)(g.source, g.problems);
    for (const name of ['pip-args', 'test-pip-args'])
        (0,log/* maskUrlCredentials */.gn)(g.source(name).split(/\s+/));
    g.problems.throwIfAny();
    if (g.settings.file)
        (0,log/* info */.pq)(`project settings: ${g.settings.file}`);
    return { inputs, choice, problems: g.problems };
}
const work = () => Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(345), __webpack_require__.e(735), __webpack_require__.e(661), __webpack_require__.e(956), __webpack_require__.e(969), __webpack_require__.e(139), __webpack_require__.e(517)]).then(__webpack_require__.bind(__webpack_require__, 15517));
async function montageStep(raw, base) {
    const read = readStep(raw, base, (src, p) => (0,inputs/* readMontageInputs */.Tg)(src, base, p));
    return (await work()).runMontageStep(read);
}
async function wheelStep(raw, base) {
    const read = readStep(raw, base, (src, p) => readWheelInputs(src, base, p));
    return (await work()).runWheelOnlyStep(read);
}
/** The whole wheel pipeline: the C tree (cached), then wheels for every selected Python. */
async function pipelineStep(raw, base) {
    const read = readStep(raw, base, (src, p) => ({
        montage: (0,inputs/* readMontageInputs */.Tg)(src, base, p),
        wheel: readWheelInputs(src, base, p)
    }));
    return (await work()).runPipelineStep(read);
}


/***/ }),

/***/ 43949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X4: () => (/* binding */ ENGINE_ENV),
/* harmony export */   wR: () => (/* binding */ readRuntimeChoice)
/* harmony export */ });
/* unused harmony export ENGINES */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85212);
/**
 * The runtime a step asks for, read from its engine/image/container inputs (select.ts opens it).
 * Kept apart from the engines' code so reading inputs loads none of it.
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
        const r = (0,_images_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveImage */ .AT)(rawImage, (0,_images_js__WEBPACK_IMPORTED_MODULE_1__/* .manylinuxArch */ .AH)(node_os__WEBPACK_IMPORTED_MODULE_0__.machine()));
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


/***/ })

};
