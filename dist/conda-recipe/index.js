import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 78272:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51222);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 51222:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/lib/inputs.ts
var lib_inputs = __nccwpck_require__(51662);
// EXTERNAL MODULE: ./src/lib/timeout.ts
var timeout = __nccwpck_require__(24196);
// EXTERNAL MODULE: ./src/conda/builder/croot.ts + 1 modules
var builder_croot = __nccwpck_require__(92725);
// EXTERNAL MODULE: ./src/conda/env/channel.ts
var channel = __nccwpck_require__(44604);
// EXTERNAL MODULE: ./src/conda/package/formats.ts
var formats = __nccwpck_require__(59420);
// EXTERNAL MODULE: ./src/conda/recipe/location.ts
var recipe_location = __nccwpck_require__(68819);
// EXTERNAL MODULE: ./src/conda/recipe/recipe-path.ts
var recipe_path = __nccwpck_require__(59336);
// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __nccwpck_require__(93622);
;// CONCATENATED MODULE: ./src/conda/env/verify-mode.ts
/** `verify`: what to do with a record that has neither sha256 nor md5 (its download can be checked by size only). */
const VERIFY_MODES = ['warn', 'strict'];

// EXTERNAL MODULE: ./src/actions/outputs.ts
var outputs = __nccwpck_require__(8721);
;// CONCATENATED MODULE: ./src/conda/inputs.ts
/** Inputs of the conda-recipe action (the names in actions/conda-recipe/action.yml), read in one pass. */









const CONDA_INPUTS = (/* unused pure expression or super */ null && ([
    'recipe',
    'variants',
    'target-platform',
    'render-only',
    'output-dir',
    'channels',
    'format',
    'compression-level',
    'test',
    'keep-work',
    'cache',
    'cache-dir',
    'service-timeout',
    'timeout',
    'allow-package-scripts',
    'verify',
    'croot',
    'upload-artifact'
]));
/** Declared with the other actions' outputs (src/actions/outputs.ts). */

/**
 * Every input read and checked. Async only for the variants input: its parser (YAML, selectors) is
 * loaded when one is given, so a run without it loads none of the recipe code before its inputs
 * are checked (issue 18 part 4).
 */
async function readCondaInputs(src, base, problems) {
    const recipe = (0,lib_inputs/* readPath */.G7)(src, 'recipe', base, problems, 'conda/recipe');
    const recipeProblem = (0,recipe_path/* recipePathProblem */.l)(src('recipe').trim() || 'conda/recipe', recipe);
    if (recipeProblem)
        problems.add('recipe', recipeProblem);
    const croot = (0,lib_inputs/* readPath */.G7)(src, 'croot', base, problems);
    const crootIssue = croot ? (0,builder_croot/* crootProblem */.Ld)(croot) : '';
    if (crootIssue)
        problems.add('croot', crootIssue);
    let variants;
    const rawVariants = src('variants').trim();
    if (rawVariants)
        try {
            const { parseVariantInput } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(298)]).then(__nccwpck_require__.bind(__nccwpck_require__, 42298));
            variants = parseVariantInput(rawVariants, 'input variants');
        }
        catch (e) {
            problems.add('variants', `${e instanceof recipe_location/* RecipeError */.tF ? e.problem : String(e)}; accepted: a YAML mapping (python: ["3.11", "3.12"]) or KEY=VALUE lines`);
        }
    const target = src('target-platform').trim();
    const targetIssue = target ? (0,platforms/* subdirProblem */.fg)(target, 'the value') : '';
    if (targetIssue)
        problems.add('target-platform', targetIssue);
    const channels = (0,lib_inputs/* parseList */.E1)(src('channels'));
    for (const c of channels)
        try {
            (0,channel/* parseChannel */.pn)(c, { cwd: base });
        }
        catch (e) {
            problems.add('channels', `${e instanceof channel/* ChannelError */.Q6 ? e.message : String(e)}; accepted: names (conda-forge), https:// or file:// URLs, folders`);
        }
    const format = (0,lib_inputs/* readChoice */.Kf)(src, 'format', formats/* PACKAGE_FORMATS */._, 'conda', problems);
    const rawLevel = src('compression-level').trim();
    let level;
    if (rawLevel) {
        const lv = formats/* LEVELS */.A[format];
        if (!/^\d+$/.test(rawLevel) || Number(rawLevel) < lv.min || Number(rawLevel) > lv.max)
            problems.add('compression-level', `'${rawLevel}' is not accepted for format ${format}; accepted: a whole number from ${lv.min} to ${lv.max} (default ${lv.default})`);
        else
            level = Number(rawLevel);
    }
    return (0,lib_inputs/* deepFreeze */.ol)({
        recipe,
        variants,
        'target-platform': target,
        'render-only': (0,lib_inputs/* readBool */.r5)(src, 'render-only', false, problems),
        'output-dir': (0,lib_inputs/* readOutputDir */.hV)(src, 'output-dir', 'conda-bld', base, problems),
        channels,
        format,
        'compression-level': level,
        test: (0,lib_inputs/* readBool */.r5)(src, 'test', true, problems),
        'keep-work': (0,lib_inputs/* readBool */.r5)(src, 'keep-work', false, problems),
        cache: (0,lib_inputs/* readBool */.r5)(src, 'cache', true, problems),
        'cache-dir': (0,lib_inputs/* readPath */.G7)(src, 'cache-dir', base, problems),
        'service-timeout': (0,timeout/* readServiceTimeout */.L0)(src, problems),
        timeout: (0,lib_inputs/* readTimeoutMinutes */.jZ)(src, 'timeout', problems),
        'allow-package-scripts': (0,lib_inputs/* readBool */.r5)(src, 'allow-package-scripts', true, problems),
        verify: (0,lib_inputs/* readChoice */.Kf)(src, 'verify', VERIFY_MODES, 'warn', problems),
        croot,
        'upload-artifact': (0,lib_inputs/* readArtifactName */.Ep)(src, 'upload-artifact', problems)
    });
}

// EXTERNAL MODULE: ./src/lib/log.ts
var log = __nccwpck_require__(61025);
// EXTERNAL MODULE: ./src/lib/workflow-commands.ts
var workflow_commands = __nccwpck_require__(46561);
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
    if ((0,timeout/* abandoned */.R$)() > 0)
        process.exit();
}

;// CONCATENATED MODULE: ./src/actions/conda-recipe/main.ts
/**
 * The conda-recipe action: its inputs read and checked, then its work (work.ts), loaded only then so
 * a bad input is reported without loading the conda code (issue 18 part 4).
 */




async function run() {
    await runStep(async () => {
        const problems = new lib_inputs/* InputProblems */.Nh();
        const inputs = await (0,log/* phase */.Oi)('Gathering inputs', async () => readCondaInputs(runnerInputs, inputBase(), problems));
        problems.throwIfAny();
        const { runRecipe } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(54), __nccwpck_require__.e(298), __nccwpck_require__.e(175)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16175));
        await runRecipe(inputs);
    });
}


/***/ }),

/***/ 8721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fv: () => (/* binding */ CONDA_OUTPUTS)
/* harmony export */ });
/* unused harmony exports MONTAGE_OUTPUTS, WHEEL_OUTPUTS, PIPELINE_OUTPUTS */
/**
 * The outputs of the building actions, declared once: the code sets them by these names, and
 * __tests__/metadata/declarations.test.ts checks each list against the action's action.yml.
 */
const MONTAGE_OUTPUTS = {
    cacheHit: 'cache-hit',
    cacheKey: 'cache-key',
    executables: 'executables',
    executablesTag: 'executables-tag',
    executablesSha256: 'executables-sha256',
    executablesArtifactId: 'executables-artifact-id'
};
const WHEEL_OUTPUTS = {
    wheels: 'wheels',
    matrix: 'matrix',
    wheelDir: 'wheel-dir',
    artifactId: 'artifact-id',
    plan: 'plan'
};
/** The conda-recipe action's. */
const CONDA_OUTPUTS = {
    rendered: 'rendered',
    packages: 'packages',
    channel: 'channel',
    artifactId: 'artifact-id',
    matrix: 'matrix',
    plan: 'plan'
};
/** The root action (the whole pipeline) sets both. */
const PIPELINE_OUTPUTS = { ...MONTAGE_OUTPUTS, ...WHEEL_OUTPUTS };


/***/ }),

/***/ 92725:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oD: () => (/* binding */ claimCroot),
  Ld: () => (/* binding */ crootProblem)
});

// UNUSED EXPORTS: userCrootBase

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/lib/lockfile.ts
/**
 * Lock files that name their holder: pid, host, start time and what it does, written whole under a
 * temporary name and hard-linked into place, so a lock appears complete or not at all and only one
 * of two processes gets it. A holder whose process on this host is gone is stale, and its lock can
 * be taken over (moved aside, then checked to be the stale one). Used by the project tree's lock
 * (src/cache/lock.ts) and the conda build roots (src/conda/builder/croot.ts).
 */


function readHolder(file) {
    try {
        const h = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
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
    if (h.host !== external_node_os_.hostname())
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
    external_node_fs_.writeFileSync(tmp, `${JSON.stringify(mine)}\n`);
    try {
        external_node_fs_.linkSync(tmp, file);
        return undefined;
    }
    catch (e) {
        if (e.code !== 'EEXIST')
            throw e;
        // an unreadable lock is one being replaced: report it as held by nobody known, and try again
        return readHolder(file) ?? { pid: 0, host: '?', since: '', what: 'a lock being written', token: '' };
    }
    finally {
        external_node_fs_.rmSync(tmp, { force: true });
    }
}
/** Move a stale lock aside, if it is still the one judged stale. */
function takeOver(file, stale, warn) {
    const aside = `${file}.stale-${process.pid}`;
    try {
        external_node_fs_.renameSync(file, aside);
    }
    catch {
        return; // someone else moved it first
    }
    const moved = readHolder(aside);
    if (moved?.token !== stale.token) {
        // another run took the lock between the look and the move: give it back
        try {
            external_node_fs_.linkSync(aside, file);
        }
        catch {
            // it has been replaced again; the next round decides
        }
    }
    else
        warn(`${file} was held by ${describeHolder(stale)}, which is no longer running (a killed or crashed run): taking the lock over; a partial build is detected by the tree's state`);
    external_node_fs_.rmSync(aside, { force: true });
}
/** A holder record for this process. */
function holderForThisProcess(what) {
    const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
    return { pid: process.pid, host: external_node_os_.hostname(), since: new Date().toISOString(), what, token };
}

;// CONCATENATED MODULE: ./src/conda/builder/croot.ts
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
    const cache = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
    return path.join(cache, 'build-wheel', 'conda-bld');
}
/** The problem with `dir` as a croot ('' when none): it, or the nearest part of it that exists, must be a folder we can write. */
function crootProblem(dir) {
    try {
        external_node_fs_.mkdirSync(dir, { recursive: true });
        if (!external_node_fs_.statSync(dir).isDirectory())
            return `${dir} is a file, not a folder`;
        const probe = external_node_path_.join(dir, `.write-probe-${process.pid}`);
        external_node_fs_.writeFileSync(probe, '');
        external_node_fs_.rmSync(probe);
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
    const mine = holderForThisProcess('a conda build');
    for (let n = 0, tries = 0; n < maxSlots; tries++) {
        const lock = external_node_path_.join(base, `${n}.lock`);
        const holder = tryTake(lock, mine);
        if (holder) {
            // a stale lock taken over: the same slot again (another run may take it first), a few times at most
            if (!holder.token || !isStale(holder) || tries >= 3)
                [n, tries] = [n + 1, -1];
            else
                takeOver(lock, holder, () => { });
            continue;
        }
        const dir = external_node_path_.join(base, String(n));
        external_node_fs_.mkdirSync(dir, { recursive: true });
        let held = true;
        const release = () => {
            if (!held)
                return;
            held = false;
            process.removeListener('exit', release);
            if (readHolder(lock)?.token === mine.token)
                external_node_fs_.rmSync(lock, { force: true });
        };
        process.once('exit', release);
        return { dir, release };
    }
    throw new Error(`every build root slot under ${base} (0 to ${maxSlots - 1}) is taken; remove the stale *.lock files there or give --croot DIR`);
}


/***/ }),

/***/ 44604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   MW: () => (/* binding */ channelFile),
/* harmony export */   Q6: () => (/* binding */ ChannelError),
/* harmony export */   YY: () => (/* binding */ DEFAULT_CHANNEL),
/* harmony export */   p8: () => (/* binding */ channelUrl),
/* harmony export */   pn: () => (/* binding */ parseChannel),
/* harmony export */   wd: () => (/* binding */ unreachableChannel)
/* harmony export */ });
/* unused harmony exports CHANNEL_ALIAS, expandEnv, TOOLCHAIN_COMMAND, isConnectFailure */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Channels as the user names them: a name (`conda-forge` -> https://conda.anaconda.org/conda-forge),
 * an https:// (or http://) URL, a file:// URL or a local directory. Credentials come from the
 * environment: `$VAR` / `${VAR}` in a channel are expanded (as conda expands them in .condarc) and the
 * expanded values are secrets; a URL's user:password becomes a Basic authorization header, an
 * anaconda.org-style `/t/<token>/` stays in the request path. Everything shown or recorded uses the
 * redacted form. Pure functions: no network, no filesystem.
 */


const DEFAULT_CHANNEL = 'conda-forge';
const CHANNEL_ALIAS = 'https://conda.anaconda.org/';
class ChannelError extends Error {
    name = 'ChannelError';
}
/** Expand `$VAR` and `${VAR}`; the values used are returned as secrets. A missing variable is an error naming it. */
function expandEnv(text, env) {
    const secrets = [];
    const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a, b) => {
        const name = (a ?? b);
        const value = env[name];
        if (value === undefined)
            throw new ChannelError(`the channel refers to $${name}, which is not set in the environment`);
        if (value)
            secrets.push(value);
        return value;
    });
    return { text: out, secrets };
}
const TOKEN_PATH = /\/t\/([^/]+)\//;
/** A URL with credentials removed: no user:password, `/t/<token>/` shown as `/t/<TOKEN>/`. */
function redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url.replace(/\/\/[^/@]*@/, '//').replace(TOKEN_PATH, '/t/<TOKEN>/');
    }
    u.username = '';
    u.password = '';
    return u.toString().replace(TOKEN_PATH, '/t/<TOKEN>/');
}
/** Parse one channel as given on the command line (or an input); `cwd` resolves relative directories. */
function parseChannel(given, opts = {}) {
    const raw = given.trim();
    if (!raw)
        throw new ChannelError('an empty channel');
    const { text, secrets } = expandEnv(raw, opts.env ?? process.env);
    if (/^file:\/\//i.test(text)) {
        let dir;
        try {
            dir = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(text);
        }
        catch (e) {
            throw new ChannelError(`'${raw}' is not a usable file:// URL (${e.message})`);
        }
        return local(dir);
    }
    if (/^https?:\/\//i.test(text)) {
        let u;
        try {
            u = new URL(text);
        }
        catch {
            throw new ChannelError(`'${redactUrl(raw)}' is not a valid URL`);
        }
        const headers = {};
        const user = decodeURIComponent(u.username);
        const pass = decodeURIComponent(u.password);
        if (user || pass) {
            headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
            secrets.push(...[user, pass, u.password, u.username].filter(s => s.length > 0 && !secrets.includes(s)));
        }
        const token = TOKEN_PATH.exec(u.pathname)?.[1];
        if (token)
            secrets.push(token, decodeURIComponent(token));
        u.username = '';
        u.password = '';
        u.search = '';
        u.hash = '';
        const base = u.toString().replace(/\/*$/, '/');
        return { kind: 'http', base, display: redactUrl(base).replace(/\/$/, ''), headers, secrets: [...new Set(secrets)] };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
        throw new ChannelError(`'${redactUrl(raw)}': only https://, http://, file:// channels, names and directories are accepted`);
    const looksLikePath = text.startsWith('/') || text.startsWith('.') || text.startsWith('~') || text.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
    if (!looksLikePath) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(text))
            throw new ChannelError(`'${raw}' is neither a channel name, a URL nor a directory`);
        return parseChannel(`${CHANNEL_ALIAS}${text}`, opts);
    }
    const home = process.env.HOME ?? '';
    return local(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(opts.cwd ?? process.cwd(), text.startsWith('~/') ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(home, text.slice(2)) : text));
}
function local(dir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir);
    return { kind: 'local', base: abs, display: abs, headers: {}, secrets: [] };
}
/** Where a subdir's file lives: a URL for http channels, a path for local ones. */
function channelFile(ch, subdir, file) {
    return ch.kind === 'local' ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(ch.base, subdir, file) : new URL(`${subdir}/${encodeURIComponent(file)}`, ch.base).toString();
}
/** The channel as conda-meta records it: the redacted URL, a file:// URL for a local channel. */
function channelUrl(ch) {
    return ch.kind === 'local' ? (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(ch.base).toString() : ch.display;
}
/** The command that builds a channel from this machine's own tools (the suggestion when no channel can be reached). */
const TOOLCHAIN_COMMAND = 'build-wheel conda toolchain --output-dir DIR';
/** Whether `e` is a failure to connect (DNS, refused, reset, timed out) rather than an answer from the server. */
function isConnectFailure(e) {
    return e instanceof Error && e.name === 'HttpError' && e.status === 0;
}
/**
 * The error for a channel that cannot be reached: it names the channel (the default one when none
 * was given), says the machine is offline or the URL unreachable with the system's words, and what to
 * do instead. `e` is returned as it is when it is not a failure to connect.
 */
function unreachableChannel(ch, e) {
    if (!isConnectFailure(e))
        return e;
    const cause = /cannot connect: (.*)$/s.exec(e.message)?.[1]?.trim() || e.message;
    const isDefault = ch.display === `${CHANNEL_ALIAS}${DEFAULT_CHANNEL}`;
    const which = isDefault ? `the default channel ${ch.display} (used because no channel was given)` : `the channel ${ch.display}`;
    return new ChannelError(`cannot reach ${which}: this machine is offline or the URL is unreachable (${cause}). ` +
        `Give a channel it can reach: a folder with --channel DIR (the channels input of the action), ` +
        `for instance one built from this machine's tools with \`${TOOLCHAIN_COMMAND}\`, or a mirror URL`, { cause: e });
}


/***/ }),

/***/ 59420:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LEVELS),
/* harmony export */   _: () => (/* binding */ PACKAGE_FORMATS)
/* harmony export */ });
/** The package formats this suite writes and their compression levels (no code: read by the inputs). */
const PACKAGE_FORMATS = ['conda', 'tar.bz2'];
/** Accepted levels and the default of each format (conda-build: zstd 19, bzip2 9). */
const LEVELS = {
    conda: { min: 1, max: 22, default: 19 },
    'tar.bz2': { min: 1, max: 9, default: 9 }
};


/***/ }),

/***/ 68819:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ traceBack),
/* harmony export */   W3: () => (/* binding */ formatWarning),
/* harmony export */   tF: () => (/* binding */ RecipeError)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97268);
/**
 * Positions in the original recipe. Each rendering pass (selectors, Jinja, selectors again) changes the
 * text; each keeps a map from its output lines to its input lines, and the maps compose so that an
 * error found in the YAML points at the line and column the user wrote.
 */

/** Compose maps from the last pass to the first: a position in the final text -> a position in the recipe. */
function traceBack(maps, line0, col0) {
    let pos = { line0, col0 };
    for (let i = maps.length - 1; i >= 0; i--) {
        const m = maps[i];
        const l = Math.max(0, Math.min(pos.line0, m.lines.length - 1));
        pos = m.at ? m.at(l, pos.col0) : { line0: m.lines.length ? m.lines[l] : pos.line0, col0: pos.col0 };
    }
    return pos;
}
/** An error in the user's recipe (or variant file): file, line, column, and what to do. */
class RecipeError extends _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    problem;
    at;
    name = 'RecipeError';
    constructor(problem, at) {
        super(at ? `${at.file}:${at.line}:${at.column}: ${problem}` : problem, at?.file, at?.line);
        this.problem = problem;
        this.at = at;
    }
}
function formatWarning(w) {
    return w.at ? `${w.at.file}:${w.at.line}:${w.at.column}: ${w.message}` : w.message;
}


/***/ }),

/***/ 93622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ hostSubdir),
/* harmony export */   FO: () => (/* binding */ SPECIAL_KEYS),
/* harmony export */   H1: () => (/* binding */ DEFAULT_PYTHON),
/* harmony export */   Xj: () => (/* binding */ ACCEPTED_SUBDIRS),
/* harmony export */   Z4: () => (/* binding */ KNOWN_SUBDIRS),
/* harmony export */   d5: () => (/* binding */ nativeCompiler),
/* harmony export */   fg: () => (/* binding */ subdirProblem),
/* harmony export */   gH: () => (/* binding */ SUBDIR),
/* harmony export */   kq: () => (/* binding */ isListValue),
/* harmony export */   lu: () => (/* binding */ targetSubdir),
/* harmony export */   pd: () => (/* binding */ variantSubdir),
/* harmony export */   tp: () => (/* binding */ defaultVariant),
/* harmony export */   vW: () => (/* binding */ ARCH_SELECTOR)
/* harmony export */ });
/* unused harmony exports PLATFORMS, SUBDIR_ALIASES */
/** Data tables: conda's platform names and conda-build's default variant and compilers. */
/** conda's known subdirs (besides noarch); each gives an OS selector and an architecture selector. */
const KNOWN_SUBDIRS = [
    'emscripten-wasm32',
    'wasi-wasm32',
    'freebsd-64',
    'linux-32',
    'linux-64',
    'linux-aarch64',
    'linux-armv6l',
    'linux-armv7l',
    'linux-ppc64',
    'linux-ppc64le',
    'linux-riscv64',
    'linux-s390x',
    'osx-64',
    'osx-arm64',
    'win-32',
    'win-64',
    'win-arm64',
    'zos-z'
];
/** Architectures whose selector name differs from the subdir suffix. */
const ARCH_SELECTOR = { '32': 'x86', '64': 'x86_64' };
/** The shape of a subdir folder name (a channel's folders); which values a target may take is targetSubdir's question. */
const SUBDIR = /^[a-z0-9]+-[a-z0-9]+$/;
/** conda's platforms: the part of a subdir before its first '-'. */
const PLATFORMS = [...new Set(KNOWN_SUBDIRS.map(s => s.split('-')[0]))];
const KNOWN_ARCHS = new Set(KNOWN_SUBDIRS.map(s => s.slice(s.indexOf('-') + 1)));
/** conda-build's own names for some subdirs (its SUBDIR_ALIASES), turned into the subdir conda knows. */
const SUBDIR_ALIASES = {
    'linux-cos5-x86_64': 'linux-64',
    'linux-cos6-x86_64': 'linux-64',
    'linux-cos5-x86': 'linux-32',
    'linux-cos6-x86': 'linux-32',
    'osx-109-x86_64': 'osx-64',
    'win-x86_64': 'win-64',
    'win-x86': 'win-32'
};
/**
 * The subdir a target platform names: `noarch`, one of conda's subdirs, one of conda-build's aliases (as the
 * subdir it stands for), or a known subdir with a qualifier between platform and architecture, such as
 * `linux-cos5-64` (conda-build keeps that as a subdir of its own: platform linux, arch cos5-64, the `x86_64`
 * selector true and `linux64` false). Anything else is undefined.
 */
function targetSubdir(value) {
    if (value === 'noarch' || KNOWN_SUBDIRS.includes(value))
        return value;
    if (SUBDIR_ALIASES[value])
        return SUBDIR_ALIASES[value];
    const m = /^([a-z]+)-([a-z0-9_]+)-([a-z0-9_]+)$/.exec(value);
    return m && PLATFORMS.includes(m[1]) && KNOWN_ARCHS.has(m[3]) ? value : undefined;
}
/** What a target platform may be, for error messages. */
const ACCEPTED_SUBDIRS = `noarch, ${KNOWN_SUBDIRS.join(', ')} (conda's subdirs); conda-build's aliases ${Object.keys(SUBDIR_ALIASES).join(', ')}; ` +
    'or a subdir with a qualifier before its architecture, such as linux-cos5-64';
/** The problem with a target platform given as `what` (e.g. "the variant key target_platform"), or '' when it names a subdir. */
function subdirProblem(value, what) {
    return targetSubdir(value) === undefined ? `${what} '${value}' is not a conda subdir; accepted: ${ACCEPTED_SUBDIRS}` : '';
}
/** The subdir a variant renders for: its target_platform (an alias as the subdir it stands for), else the fallback. */
function variantSubdir(variant, fallback) {
    const t = variant.target_platform;
    return (typeof t === 'string' && targetSubdir(t)) || fallback;
}
/** The platform this process runs on, as a conda subdir. */
function hostSubdir(platform = process.platform, arch = process.arch) {
    const os = platform === 'darwin' ? 'osx' : platform === 'win32' ? 'win' : platform === 'freebsd' ? 'freebsd' : 'linux';
    const a = { x64: '64', ia32: '32', arm64: os === 'linux' ? 'aarch64' : 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
    return `${os}-${a[arch] ?? '64'}`;
}
/** The Python conda-build assumes when no variant names one (conda-build uses its own interpreter's). */
const DEFAULT_PYTHON = '3.12';
/** numpy per Python in conda-build's defaults. */
const DEFAULT_NUMPY = { '3.8': '1.22', '3.9': '1.22', '3.10': '1.22', '3.11': '1.23', '3.12': '1.26' };
/** Native compilers per OS; on Windows per Python (3.5 and later share one). */
const NATIVE_COMPILERS = {
    linux: { c: 'gcc', cxx: 'gxx', fortran: 'gfortran' },
    osx: { c: 'clang', cxx: 'clangxx', fortran: 'gfortran' },
    win: { c: 'vs2017', cxx: 'vs2017', fortran: 'gfortran' }
};
const WIN_OLD_PYTHON = {
    '2.7': { c: 'vs2008', vc: '9' },
    '3.3': { c: 'vs2010', vc: '10' },
    '3.4': { c: 'vs2010', vc: '10' }
};
/** A list value. (Array.isArray alone narrows a readonly string[] to any[].) */
const isListValue = (v) => Array.isArray(v);
/** The native compiler package prefix for a language on a platform. */
function nativeCompiler(language, subdir, python) {
    const os = subdir.split('-')[0];
    if (os === 'win' && (language === 'c' || language === 'cxx'))
        return WIN_OLD_PYTHON[python]?.c ?? 'vs2017';
    return NATIVE_COMPILERS[os]?.[language] ?? language;
}
/** conda-build's internal defaults, the lowest layer of every variant. */
function defaultVariant(subdir, python = DEFAULT_PYTHON) {
    const os = subdir.split('-')[0];
    const base = {
        python,
        numpy: DEFAULT_NUMPY[python] ?? '1.26',
        perl: '5.26.2',
        lua: '5',
        r_base: os === 'win' ? '3.4' : '3.5',
        cpu_optimization_target: 'nocona',
        pin_run_as_build: { python: { min_pin: 'x.x', max_pin: 'x.x' }, 'r-base': { min_pin: 'x.x', max_pin: 'x.x' } },
        ignore_version: [],
        ignore_build_only_deps: ['python', 'numpy'],
        extend_keys: ['pin_run_as_build', 'ignore_version', 'ignore_build_only_deps', 'extend_keys'],
        cran_mirror: 'https://cran.r-project.org',
        target_platform: subdir
    };
    if (NATIVE_COMPILERS[os])
        for (const lang of ['c', 'cxx', 'fortran'])
            base[`${lang}_compiler`] = nativeCompiler(lang, subdir, python);
    if (os === 'win')
        base.vc = WIN_OLD_PYTHON[python]?.vc ?? '14';
    return base;
}
/** Keys that describe how to combine variants rather than a dimension of the matrix. */
const SPECIAL_KEYS = ['pin_run_as_build', 'zip_keys', 'ignore_version', 'extend_keys', 'replacements'];


/***/ }),

/***/ 59336:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ META_NAMES),
/* harmony export */   l: () => (/* binding */ recipePathProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The recipe as a user names it (input `recipe`, the CLI's RECIPE): a folder holding meta.yaml, or
 * the meta file itself. Checked before any work, so a wrong path is one clear error, not a YAML
 * error about some other file.
 */


/** The names a recipe's meta file may have, in the order they are looked for. */
const META_NAMES = ['meta.yaml', 'meta.yml', 'conda.yaml', 'conda.yml'];
const ACCEPTED = `accepted: the folder holding meta.yaml (or the ${META_NAMES.join(', ')} file itself)`;
/** What is wrong with `given` as a recipe ('' when nothing is); `abs` is it resolved. */
function recipePathProblem(given, abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(given)) {
    const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs, { throwIfNoEntry: false });
    if (!st)
        return `'${given}' does not exist; ${ACCEPTED}`;
    if (st.isFile()) {
        if (META_NAMES.includes(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(abs)))
            return '';
        return `'${given}' is a file, not a recipe folder; ${ACCEPTED}`;
    }
    if (!st.isDirectory())
        return `'${given}' is neither a folder nor a file; ${ACCEPTED}`;
    if (!META_NAMES.some(n => node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, n))))
        return `'${given}' is a folder without a meta.yaml; ${ACCEPTED}`;
    return '';
}


/***/ }),

/***/ 97268:
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

/***/ 51662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   EV: () => (/* binding */ DEFAULT_TIMEOUT_MINUTES),
/* harmony export */   Ep: () => (/* binding */ readArtifactName),
/* harmony export */   G7: () => (/* binding */ readPath),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   Nh: () => (/* binding */ InputProblems),
/* harmony export */   hV: () => (/* binding */ readOutputDir),
/* harmony export */   jZ: () => (/* binding */ readTimeoutMinutes),
/* harmony export */   ol: () => (/* binding */ deepFreeze),
/* harmony export */   r5: () => (/* binding */ readBool)
/* harmony export */ });
/* unused harmony exports readInt, parseTimeoutMinutes, isWithin, realPathOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(97268);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${head}:\n${this.list.map(p => `  - ${p}`).join('\n')}`);
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
const MAX_TIMEOUT_MINUTES = 7 * 24 * 60;
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
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/** The path with its existing part's links resolved (the rest as written). */
function realPathOf(p) {
    const rest = [];
    for (let at = p;; at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(at), ...rest);
        }
        catch {
            if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at) === at)
                return p;
            rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(at));
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
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, raw);
    const realBase = realPathOf(base);
    if (isWithin(resolved, base) && !isWithin(realPathOf(resolved), realBase))
        problems.add(name, `'${raw}' is inside ${base} as written but resolves to ${realPathOf(resolved)}, outside it (through a symbolic link); accepted: a path that stays inside ${base}, or an absolute path written as such`);
    return resolved;
}
/** An output folder (absolute), created when missing: it, or the nearest part of it that exists, must be a directory. */
function readOutputDir(src, name, fallback, base, problems) {
    const raw = src(name).trim() || fallback;
    const dir = readPath(src, name, base, problems, fallback);
    for (let p = dir;; p = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(p)) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(p)) {
            if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p).isDirectory()) {
                const which = p === dir ? '' : `${p}, a part of it, `;
                problems.add(name, `'${raw}': ${which}is a file, not a directory; accepted: a directory, existing or not`);
            }
            return dir;
        }
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(p) === p)
            return dir;
    }
}


/***/ }),

/***/ 61025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Oi: () => (/* binding */ phase),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   j5: () => (/* binding */ inActions),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   xV: () => (/* binding */ reportFailure)
/* harmony export */ });
/* unused harmony exports phaseTimings, recordPhase, error, redact, redactOutput, maskUrlCredentials */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46561);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(97268);
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

/***/ 24196:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ boundedOrElse),
/* harmony export */   L0: () => (/* binding */ readServiceTimeout),
/* harmony export */   MI: () => (/* binding */ DEFAULT_SERVICE_TIMEOUT),
/* harmony export */   R$: () => (/* binding */ abandoned)
/* harmony export */ });
/* unused harmony exports SERVICE_TIMEOUT_ENV, TimeoutError, withTimeout, parseTimeout */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61025);

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

/***/ 46561:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports issueCommand, saveState, getState, exportVariable */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
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

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 30714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(78272);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
