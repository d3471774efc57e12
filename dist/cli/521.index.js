export const id = 521;
export const ids = [521,606,977,884];
export const modules = {

/***/ 1521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand),
  q3: () => (/* binding */ buildFailed),
  indexCommand: () => (/* binding */ indexCommand)
});

// UNUSED EXPORTS: BUILD_USAGE, INDEX_USAGE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/epoch.ts
var lib_epoch = __webpack_require__(46802);
// EXTERNAL MODULE: ./src/lib/summary.ts
var summary = __webpack_require__(11119);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/cli/conda/create.ts
var create = __webpack_require__(46884);
// EXTERNAL MODULE: ./src/conda/index/index.ts + 1 modules
var index = __webpack_require__(12543);
// EXTERNAL MODULE: ./src/conda/package/formats.ts
var formats = __webpack_require__(59420);
// EXTERNAL MODULE: ./src/conda/recipe/variants.ts
var variants = __webpack_require__(42298);
// EXTERNAL MODULE: ./src/conda/recipe/recipe-path.ts
var recipe_path = __webpack_require__(59336);
// EXTERNAL MODULE: ./src/conda/builder/build.ts + 22 modules
var build = __webpack_require__(11495);
// EXTERNAL MODULE: ./src/phases/plan.ts
var phases_plan = __webpack_require__(98557);
// EXTERNAL MODULE: ./src/conda/recipe/output.ts
var output = __webpack_require__(50777);
// EXTERNAL MODULE: ./src/conda/plan/pin-marker.ts
var pin_marker = __webpack_require__(57811);
// EXTERNAL MODULE: ./src/conda/plan/planned-records.ts
var planned_records = __webpack_require__(79390);
;// CONCATENATED MODULE: ./src/conda/plan/plan-json.ts
/**
 * The conda build plan as JSON, for `conda build --plan-only` and the conda-recipe action's `plan`
 * output: every build with its recipe, requirements, prefixes and their solved packages (name, version,
 * build, file, URL without credentials, sha256), script, environment, package file and cache keys, and
 * for a recipe with outputs: the packages each build makes (their environments, scripts, files and tests).
 * Passwords in URLs are hidden as in the wheel plan; the values of variables build/script_env passes
 * through from the environment (tokens, often) are shown as `***`.
 */




const HIDDEN = '***';
/** A solved set as the JSON shows it; a planned record (an output of the recipe built before) says so. */
function solvedJson(solved) {
    return solved?.map(s => ({
        name: s.record.name,
        version: s.record.version,
        build: s.record.build,
        fn: s.record.fn,
        subdir: s.subdir,
        ...((0,planned_records/* isPlanned */.H9)(s) ? { planned: true, depends: s.record.depends ?? [] } : { url: s.url }),
        ...(s.record.sha256 ? { sha256: s.record.sha256 } : {})
    }));
}
function environmentJson(e) {
    if (!e)
        return undefined;
    const solved = solvedJson(e.solved);
    return { prefix: e.prefix, specs: e.specs, ...(solved ? { solved } : {}) };
}
/** The environment with the passed-through script_env values hidden. */
function shownEnv(b) {
    const passed = new Set(b.recipe.build.scriptEnv.filter(s => !s.includes('=')));
    const out = {};
    for (const k of Object.keys(b.env).sort())
        out[k] = passed.has(k) ? HIDDEN : b.env[k];
    return out;
}
/** One build as the JSON shows it. */
function buildJson(b) {
    return {
        ...(0,output/* toJson */.aB)(b.rendered),
        stem: b.stem,
        requirements: b.requirements,
        merged: b.merged,
        dirs: b.dirs,
        environments: { build: environmentJson(b.environments.build), host: environmentJson(b.environments.host) },
        python: b.python,
        script: b.script ?? null,
        env: shownEnv(b),
        package: b.package,
        cacheKeys: b.cacheKeys,
        test: b.test,
        ...(b.outputs ? { outputs: b.outputs.map(outputStepJson) } : {})
    };
}
/** A package of a recipe with outputs: (made after the build it is listed under). */
function outputStepJson(o) {
    const { stem, name, version, buildString, subdir, noarch, topLevel, variant, run, files, scriptEnv, package: pkg, test, plannedDepends } = o;
    const e = o.environments;
    const solved = e.solved ? { solved: { build: solvedJson(e.solved.build), host: solvedJson(e.solved.host) } } : {};
    const environments = { build: e.build, host: e.host, needsOutputs: e.needsOutputs, ...solved };
    return { stem, name, version, buildString, subdir, noarch, topLevel, variant, environments, run, files, scriptEnv, package: pkg, test, plannedDepends };
}
/** The plan as two-space indented JSON (see the module's comment). */
function condaPlanJson(plan) {
    const value = {
        recipeFile: plan.recipeFile,
        recipeDir: plan.recipeDir,
        buildSubdir: plan.buildSubdir,
        sourceDateEpoch: plan.sourceDateEpoch,
        channels: plan.channels,
        format: plan.format,
        warnings: plan.warnings,
        skipped: plan.skipped,
        builds: plan.builds.map(buildJson),
        ...(plan.outputs ? { outputs: (0,pin_marker/* stripCompatible */.zA)(plan.outputs.outputs) } : {})
    };
    return JSON.stringify(value, (_k, v) => (typeof v === 'string' ? (0,phases_plan/* hideUrlPasswords */.oF)(v) : v), 2);
}

// EXTERNAL MODULE: ./src/conda/builder/croot.ts
var builder_croot = __webpack_require__(69606);
// EXTERNAL MODULE: ./src/conda/builder/report.ts
var report = __webpack_require__(37977);
// EXTERNAL MODULE: ./src/cli/conda/args.ts
var conda_args = __webpack_require__(64589);
// EXTERNAL MODULE: ./src/conda/script-flags.ts + 1 modules
var script_flags = __webpack_require__(36534);
;// CONCATENATED MODULE: ./src/cli/conda/build.ts
/**
 * `build-wheel conda build RECIPE [--channel C]... [--output-dir DIR] ...` and
 * `build-wheel conda index DIR`: the local commands over buildRecipe and indexChannel.
 */















const BUILD_USAGE = `usage: build-wheel conda build RECIPE [flags]

Build a conda package from a recipe folder (meta.yaml) as conda-build does: build and host prefixes,
sources, build.sh, post-processing, info/, a reproducible .conda or .tar.bz2 in OUTPUT/<subdir>/,
the channel index, and the recipe's tests in a fresh prefix.

flags:
  --channel C, -c C        a channel for the prefixes (name, URL or directory); repeatable
                           (default: conda-forge)
  --output-dir DIR         the channel written (default: conda-bld)
  --variant KEY=VALUE      a variant key (repeatable)
  --variant-config FILE    a conda_build_config.yaml-style file (repeatable)
  --target-platform SUBDIR the platform to build for (default: this machine's)
  --format F               conda or tar.bz2 (default: conda)
  --compression-level N    zstd 1-22 (default 19) or bzip2 1-9 (default 9)
  --no-test                build and index only
  --plan-only              print the plan as JSON (every build: rendered recipe, requirements, solved
                           prefixes, script and its environment, package file, cache keys) and stop
  --keep-work              keep the work folders after a success (a failure always keeps them)
  --croot DIR              where the work folders go (default: this run's own folder under
                           $XDG_CACHE_HOME/build-wheel/conda-bld or ~/.cache/build-wheel/conda-bld)
  --cache-dir DIR          repodata, package and source caches (default: as conda create)
${script_flags/* TIMEOUT_USAGE */.Sc}
${script_flags/* PACKAGE_SCRIPTS_USAGE */.Kq}
${script_flags/* VERIFY_USAGE */.Yp}
  -h, --help               show this help

SOURCE_DATE_EPOCH, when set, is the time stamped into the package; otherwise the recipe's last commit,
or 1980-01-01 (the zip epoch) outside git; the log says which and why. The run ends with a table of the
packages (size, sha256, subdir, seconds), their tests, and the phases' timings.
`;
const INDEX_USAGE = `usage: build-wheel conda index DIR

Make DIR a conda channel: <subdir>/repodata.json for every subdir holding packages (and noarch/),
channeldata.json at the root; only new or changed archives are read.
`;
const OPTIONS = {
    channel: { type: 'string', short: 'c', multiple: true },
    'output-dir': { type: 'string' },
    variant: { type: 'string', multiple: true },
    'variant-config': { type: 'string', multiple: true },
    'target-platform': { type: 'string' },
    format: { type: 'string' },
    'compression-level': { type: 'string' },
    'no-test': { type: 'boolean' },
    'plan-only': { type: 'boolean' },
    'keep-work': { type: 'boolean' },
    croot: { type: 'string' },
    'cache-dir': { type: 'string' },
    ...script_flags/* TIMEOUT_OPTIONS */.pO,
    ...script_flags/* PACKAGE_SCRIPT_OPTIONS */.E2,
    ...script_flags/* VERIFY_OPTIONS */.nn,
    help: { type: 'boolean', short: 'h' }
};
async function buildCommand(args, out) {
    const parsed = (0,conda_args/* parseSubcommand */.n)(args, OPTIONS, BUILD_USAGE, out);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    const problems = [];
    if (positionals.length !== 1)
        problems.push(`give exactly one recipe folder (got ${positionals.length})`);
    const format = (values.format ?? 'conda');
    if (!formats/* PACKAGE_FORMATS */._.includes(format))
        problems.push(`--format must be one of ${formats/* PACKAGE_FORMATS */._.join(', ')}, not '${values.format}'`);
    let level;
    if (values['compression-level'] !== undefined) {
        level = Number(values['compression-level']);
        const lv = formats/* LEVELS */.A[format] ?? formats/* LEVELS */.A.conda;
        if (!Number.isInteger(level) || level < lv.min || level > lv.max)
            problems.push(`--compression-level for ${format} must be ${lv.min}..${lv.max}, not '${values['compression-level']}'`);
    }
    const allowScripts = (0,script_flags/* packageScriptsFlag */.LS)(values);
    if (typeof allowScripts === 'string')
        problems.push(allowScripts);
    const timeout = (0,script_flags/* parseTimeoutMinutes */.Ej)(values.timeout ?? '');
    if (typeof timeout === 'string')
        problems.push(`--timeout: ${timeout}`);
    const verify = (0,script_flags/* parseVerify */.LT)(values.verify ?? '');
    if (verify.problem)
        problems.push(`--verify: ${verify.problem}`);
    if (problems.length) {
        process.stderr.write(`error: ${problems.join('; ')}\n${BUILD_USAGE}`);
        return 2;
    }
    const recipe = external_node_path_.resolve(positionals[0]);
    const crootDir = values.croot ? external_node_path_.resolve(values.croot) : undefined;
    const before = [(0,recipe_path/* recipePathProblem */.l)(positionals[0], recipe), crootDir ? (0,builder_croot/* crootProblem */.L)(crootDir) : ''].filter(Boolean);
    if (before.length) {
        process.stderr.write(`error: ${before.join('; ')}\n`);
        return 1;
    }
    const cacheDir = values['cache-dir'] ? external_node_path_.resolve(values['cache-dir']) : (0,create/* defaultCacheDir */.$)();
    // with --plan-only the JSON alone goes to stdout, the log to stderr
    const say = values['plan-only'] ? (l) => void process.stderr.write(`${l}\n`) : (l) => out(`${l}\n`);
    return buildAndReport({
        recipe,
        outputDir: external_node_path_.resolve(values['output-dir'] ?? 'conda-bld'),
        channels: values.channel ?? [],
        variants: values.variant?.length ? (0,variants/* parseVariantInput */.Fh)(values.variant.join('\n'), '--variant') : undefined,
        variantConfigFiles: values['variant-config'] ?? [],
        targetPlatform: values['target-platform'],
        planOnly: Boolean(values['plan-only']),
        format,
        level,
        test: !values['no-test'],
        keepWork: Boolean(values['keep-work']),
        cacheDir,
        sourceCacheDir: external_node_path_.join(cacheDir, 'src_cache'),
        timeoutMinutes: timeout,
        allowPackageScripts: allowScripts !== false,
        verify: verify.mode,
        log: say,
        warn: l => process.stderr.write(`warning: ${l}\n`)
    }, crootDir, out, Boolean(values['plan-only']));
}
/**
 * Build in this run's own build root (or the one given), then print the table and the phases' timings;
 * with planOnly, print the plan and stop. Returns the exit code.
 */
async function buildAndReport(o, crootDir, out, planOnly) {
    let claimed;
    try {
        claimed = crootDir || planOnly ? undefined : (0,builder_croot.claimCroot)((0,builder_croot/* userCrootBase */.O)());
        const croot = crootDir ?? claimed?.dir ?? external_node_path_.join((0,builder_croot/* userCrootBase */.O)(), '<this run>');
        const epoch = await (0,lib_epoch/* sourceDateEpoch */.pA)(o.recipe);
        o.log?.((0,lib_epoch/* describeEpoch */.XP)(epoch));
        const options = { ...o, croot, sourceDateEpoch: epoch.value };
        const plan = await (0,build/* planRecipe */.kX)(options, await (0,build/* buildFacts */._x)(options));
        if (planOnly) {
            out(`${condaPlanJson(plan)}\n`);
            return 0;
        }
        o.log?.(`work folders under ${croot}${claimed ? " (this run's own; --croot DIR to choose)" : ''}`);
        const r = await (0,build/* executePlan */.vY)(plan, options);
        out((0,report/* condaBuildText */.Pi)(r.packages, { skipped: r.skipped }));
        return 0;
    }
    catch (e) {
        return buildFailed(e, out);
    }
    finally {
        claimed?.release();
    }
}
/** After a failed build: the table of what was built and the failure (or the timings), the error; returns the exit code. */
function buildFailed(e, out) {
    out(e instanceof build/* BuildFailure */.$w ? (0,report/* condaBuildText */.Pi)(e.built, { failed: e.failed }) : (0,summary/* timingsText */.JD)());
    process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
    return 1;
}
async function indexCommand(args, out) {
    if (args.includes('-h') || args.includes('--help')) {
        out(INDEX_USAGE);
        return 0;
    }
    if (args.length !== 1 || args[0].startsWith('-')) {
        process.stderr.write(`error: give exactly one channel folder\n${INDEX_USAGE}`);
        return 2;
    }
    try {
        await (0,index/* indexChannel */.c)(external_node_path_.resolve(args[0]), { log: l => out(`${l}\n`) });
        return 0;
    }
    catch (e) {
        process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 46884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ defaultCacheDir),
/* harmony export */   createCommand: () => (/* binding */ createCommand)
/* harmony export */ });
/* unused harmony export CREATE_USAGE */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _conda_env_create_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21077);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64589);
/* harmony import */ var _conda_script_flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36534);
/**
 * `build-wheel conda create --prefix P [--channel C]... [--subdir S] [--offline] [--json] SPEC...`:
 * the local command over createEnvironment, a progress line per package and a summary.
 */






const CREATE_USAGE = `usage: build-wheel conda create --prefix DIR [flags] SPEC...

Create a conda environment: solve SPECs (match specs such as 'zlib', 'python >=3.12', 'numpy=1.26')
with rattler's solver, download the packages into the package cache (checked against the repodata),
and link them into DIR with prefix placeholders replaced and conda-meta records written.

flags:
  --prefix DIR        the environment to create (new or empty)
  --channel C, -c C   a channel: a name (conda-forge), an https:// URL, a file:// URL or a directory;
                      repeat for several, in priority order (default: conda-forge). Credentials come
                      from the environment: https://\${USER}:\${TOKEN}@host/channel or .../t/\${TOKEN}/...
  --subdir S          the target platform (linux-64, osx-arm64, ...); default: this machine's
  --offline           use only the cached repodata and packages
  --cache-dir DIR     where repodata and packages are cached
                      (default: $XDG_CACHE_HOME/build-wheel/conda or ~/.cache/build-wheel/conda)
  --json              print what was installed as JSON instead of a summary
${_conda_script_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .PACKAGE_SCRIPTS_USAGE */ .Kq}
${_conda_script_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .VERIFY_USAGE */ .Yp}
  -h, --help          show this help
`;
const OPTIONS = {
    prefix: { type: 'string', short: 'p' },
    channel: { type: 'string', short: 'c', multiple: true },
    subdir: { type: 'string' },
    offline: { type: 'boolean' },
    'cache-dir': { type: 'string' },
    json: { type: 'boolean' },
    ..._conda_script_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .PACKAGE_SCRIPT_OPTIONS */ .E2,
    ..._conda_script_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .VERIFY_OPTIONS */ .nn,
    help: { type: 'boolean', short: 'h' }
};
function defaultCacheDir(env = process.env) {
    const base = env.XDG_CACHE_HOME || node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(), '.cache');
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, 'build-wheel', 'conda');
}
/** Run `conda create <args>`; returns the exit code. Progress goes to stderr when --json is given, else to `out`. */
async function createCommand(args, out) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSubcommand */ .n)(args, OPTIONS, CREATE_USAGE, out);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    const problems = [];
    if (!values.prefix)
        problems.push('--prefix is required');
    if (positionals.length === 0)
        problems.push('give at least one package spec');
    const allowScripts = (0,_conda_script_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .packageScriptsFlag */ .LS)(values);
    if (typeof allowScripts === 'string')
        problems.push(allowScripts);
    const verify = (0,_conda_script_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVerify */ .LT)(values.verify ?? '');
    if (verify.problem)
        problems.push(`--verify: ${verify.problem}`);
    if (problems.length) {
        process.stderr.write(`error: ${problems.join('; ')}\n${CREATE_USAGE}`);
        return 2;
    }
    const say = values.json ? (l) => process.stderr.write(`${l}\n`) : (l) => out(`${l}\n`);
    try {
        const r = await (0,_conda_env_create_js__WEBPACK_IMPORTED_MODULE_3__.createEnvironment)({
            prefix: values.prefix,
            channels: values.channel ?? [],
            specs: positionals,
            subdir: values.subdir,
            offline: values.offline,
            cacheDir: values['cache-dir'] ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(values['cache-dir']) : defaultCacheDir(),
            log: say,
            warn: l => process.stderr.write(`warning: ${l}\n`),
            allowPackageScripts: allowScripts !== false,
            verify: verify.mode,
            command: ['build-wheel', 'conda', 'create', ...args].join(' ')
        });
        if (values.json)
            out(`${JSON.stringify({ prefix: r.prefix, subdir: r.subdir, seconds: Number(r.seconds.toFixed(3)), downloaded_bytes: r.downloadedBytes, packages: r.packages }, null, 2)}\n`);
        return 0;
    }
    catch (e) {
        process.stderr.write(`error: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}\n`);
        return 1;
    }
}


/***/ }),

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

/***/ 37977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ condaBuildText),
/* harmony export */   condaRows: () => (/* binding */ condaRows)
/* harmony export */ });
/* unused harmony exports CONDA_TABLE_TITLE, TAIL_LINES, condaNotes */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11119);
/**
 * What a conda build reports at its end, as the wheel half does (src/phases/report.ts): one row per
 * package for the shared table (src/lib/summary.ts), a note per package with its tests, and for a
 * package that failed, the failure and its test's last lines. Pure functions.
 */


/** The title of the table, for the terminal and the job summary. */
const CONDA_TABLE_TITLE = 'Conda packages';
function condaRows(packages) {
    return packages.map(p => ({ artifact: node_path__WEBPACK_IMPORTED_MODULE_0__.basename(p.path), size: p.size, sha256: p.sha256, tag: p.subdir, seconds: p.seconds }));
}
/** Lines kept of a failed test's output in the summary. */
const TAIL_LINES = 20;
function lastLines(text, n) {
    const lines = text.trimEnd().split('\n');
    return lines.slice(-n).join('\n');
}
/** One note per package built (its tests), then the failed package, if any, with its test's last lines. */
function condaNotes(packages, failed) {
    const notes = packages.map(p => `${p.fn}: ${p.tested.length ? `tests passed (${p.tested.join(', ')})` : 'not tested'}`);
    if (!failed)
        return notes;
    if (failed.downstream) {
        const text = `FAILED ${failed.stem} (${failed.subdir}): the test of its downstream package ${failed.downstream} failed; ${failed.stem} stays in the output channel. The test's last lines:`;
        notes.push({ text, details: lastLines(failed.testOutput ?? '', TAIL_LINES) || '(no output)' });
    }
    else if (failed.broken && failed.testOutput !== undefined) {
        const text = `FAILED ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(failed.broken)} (${failed.subdir}): its test failed; the package was moved to ${failed.broken}. The test's last lines:`;
        notes.push({ text, details: lastLines(failed.testOutput, TAIL_LINES) || '(no output)' });
    }
    else if (failed.broken)
        notes.push(`FAILED ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(failed.broken)} (${failed.subdir}): its test failed; the package was moved to ${failed.broken}`);
    else
        notes.push(`FAILED ${failed.stem} (${failed.subdir}): not built`);
    return notes;
}
/** What `conda build` prints at its end: the table, skipped variants, the phases' timings. */
function condaBuildText(packages, o = {}) {
    const table = (0,_lib_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTextTable */ .K$)(CONDA_TABLE_TITLE, condaRows(packages), condaNotes(packages, o.failed));
    const skipped = o.skipped ? `\n${o.skipped} variant(s) skipped by build/skip` : '';
    return `\n${table}${skipped}\n${(0,_lib_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .timingsText */ .JD)()}`;
}


/***/ }),

/***/ 36534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kq: () => (/* binding */ PACKAGE_SCRIPTS_USAGE),
  E2: () => (/* binding */ PACKAGE_SCRIPT_OPTIONS),
  pO: () => (/* binding */ TIMEOUT_OPTIONS),
  Sc: () => (/* binding */ TIMEOUT_USAGE),
  nn: () => (/* binding */ VERIFY_OPTIONS),
  Yp: () => (/* binding */ VERIFY_USAGE),
  LS: () => (/* binding */ packageScriptsFlag),
  Ej: () => (/* reexport */ inputs/* parseTimeoutMinutes */.Ej),
  LT: () => (/* binding */ parseVerify)
});

// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __webpack_require__(51662);
;// CONCATENATED MODULE: ./src/conda/env/verify-mode.ts
/** `verify`: what to do with a record that has neither sha256 nor md5 (its download can be checked by size only). */
const VERIFY_MODES = ['warn', 'strict'];

;// CONCATENATED MODULE: ./src/conda/script-flags.ts
/**
 * The flags `conda create` and `conda build` share for what may run and what is trusted:
 * `--allow-package-scripts` / `--no-allow-package-scripts` (the input allow-package-scripts),
 * `--verify warn|strict` (the input verify) and, for builds, `--timeout MIN` (the input timeout).
 * Declared once here; each command spreads the options into its own table.
 */



const PACKAGE_SCRIPT_OPTIONS = {
    'allow-package-scripts': { type: 'boolean' },
    'no-allow-package-scripts': { type: 'boolean' }
};
const TIMEOUT_OPTIONS = { timeout: { type: 'string' } };
const VERIFY_OPTIONS = { verify: { type: 'string' } };
const VERIFY_USAGE = `  --verify MODE            packages whose repodata has neither sha256 nor md5: warn (the default) uses
                           them with a warning, strict refuses them`;
/** `verify` from the flag's or input's text: the mode, or a problem when it is not one of them. */
function parseVerify(raw) {
    const text = raw.trim() || 'warn';
    const mode = VERIFY_MODES.find(m => m === text);
    return mode ? { mode } : { problem: `'${raw}' is not accepted; accepted: ${VERIFY_MODES.join(', ')}` };
}
const PACKAGE_SCRIPTS_USAGE = `  --no-allow-package-scripts  refuse channel packages that have link scripts (pre-link, post-link,
                           pre-unlink): the install fails naming them; --allow-package-scripts (the
                           default, as conda) runs them`;
const TIMEOUT_USAGE = `  --timeout MIN            minutes the build script and each test may run (default ${inputs/* DEFAULT_TIMEOUT_MINUTES */.EV}); past it
                           the script's whole process group is killed and the package fails`;
/** allow-package-scripts from the two flags (true unless refused); a problem text when both are given. */
function packageScriptsFlag(values) {
    if (values['allow-package-scripts'] && values['no-allow-package-scripts'])
        return 'give --allow-package-scripts or --no-allow-package-scripts, not both';
    return !values['no-allow-package-scripts'];
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
