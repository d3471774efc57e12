export const id = 553;
export const ids = [553];
export const modules = {

/***/ 64589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ parseSubcommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/** The conda subcommands' one way of reading their arguments: util.parseArgs, --help, usage on a mistake. */


/**
 * Parse `args` against `options` (which include `help`). Returns the parsed flags and positionals,
 * or the exit code when there is nothing more to do: 0 after printing the usage for --help, 2 after
 * an error that names the mistake, followed by the usage.
 */
function parseSubcommand(args, options, usage, out) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
    }
    catch (e) {
        process.stderr.write(`error: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}\n${usage}`);
        return 2;
    }
    if (parsed.values.help) {
        out(usage);
        return 0;
    }
    return parsed;
}


/***/ }),

/***/ 11970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   condaCommand: () => (/* binding */ condaCommand)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _lib_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61025);
/* harmony import */ var _conda_recipe_location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68819);
/* harmony import */ var _conda_recipe_output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50777);
/* harmony import */ var _conda_recipe_recipe_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59336);
/* harmony import */ var _conda_plan_facts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39892);
/* harmony import */ var _conda_plan_make_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86587);
/* harmony import */ var _runtime_host_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86320);
/* harmony import */ var _conda_recipe_variants_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(42298);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64589);
/**
 * `build-wheel conda ...`: the conda commands of the local command.
 *   render <recipe-dir> [--json] [--variant KEY=VALUE]... [--variant-config FILE]... [--target-platform SUBDIR]
 *   create --prefix DIR [--channel C]... [--subdir S] [--offline] [--json] SPEC...   (src/cli/conda/create.ts)
 *   remove --prefix DIR [--json] NAME...                                            (src/cli/conda/remove.ts)
 *   build RECIPE [--channel C]... [--output-dir DIR] ...                            (src/cli/conda/build.ts)
 *   index DIR                                                                       (src/cli/conda/build.ts)
 *   toolchain [--output-dir DIR] ...                                                (src/cli/conda/toolchain.ts)
 */










const USAGE = `usage: build-wheel conda render <recipe-dir> [flags]
       build-wheel conda create --prefix DIR [--channel C]... SPEC...   (see build-wheel conda create --help)
       build-wheel conda remove --prefix DIR NAME...   (see build-wheel conda remove --help)
       build-wheel conda build RECIPE [--channel C]... [--output-dir DIR]   (see build-wheel conda build --help)
       build-wheel conda index DIR
       build-wheel conda toolchain [--output-dir DIR]   (a channel from this machine's gcc, make, python)

Render a conda recipe (meta.yaml) as conda-build does: Jinja2, line selectors, YAML, one result per variant.
Prints the final metadata of each variant as YAML documents.

flags:
  --json                    print one JSON array with one object per variant (name, version, build, subdir,
                            variant, hash_input, meta) instead of YAML
  --variant KEY=VALUE       set a variant key; repeat the flag for several values of a key
                            (--variant python=3.11 --variant python=3.12 gives two variants)
  --variant-config FILE     read variants from a conda_build_config.yaml-style file (repeatable; after the
                            recipe's own conda_build_config.yaml, later files win)
  --target-platform SUBDIR  the platform to render for (linux-64, linux-aarch64, osx-64, osx-arm64, win-64...);
                            default: this machine's
  -h, --help                show this help
`;
const OPTIONS = {
    json: { type: 'boolean' },
    variant: { type: 'string', multiple: true },
    'variant-config': { type: 'string', multiple: true },
    'target-platform': { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
/**
 * Run `conda <args>`; writes results through `out`, problems to stderr (annotations on a runner). Returns the exit code.
 * `home` is the package's root (where `toolchain` finds its recipes); the current folder without it.
 */
async function condaCommand(args, out, home) {
    const [sub, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
        out(USAGE);
        return sub ? 0 : 2;
    }
    if (sub === 'create') {
        const { createCommand } = await __webpack_require__.e(/* import() */ 884).then(__webpack_require__.bind(__webpack_require__, 46884));
        return createCommand(rest, out);
    }
    if (sub === 'remove') {
        const { removeCommand } = await __webpack_require__.e(/* import() */ 749).then(__webpack_require__.bind(__webpack_require__, 42749));
        return removeCommand(rest, out);
    }
    if (sub === 'build' || sub === 'index') {
        const { buildCommand, indexCommand } = await Promise.all(/* import() */[__webpack_require__.e(735), __webpack_require__.e(495), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 1521));
        return sub === 'build' ? buildCommand(rest, out) : indexCommand(rest, out);
    }
    if (sub === 'toolchain') {
        const { toolchainCommand } = await Promise.all(/* import() */[__webpack_require__.e(735), __webpack_require__.e(495), __webpack_require__.e(521), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 41549));
        return toolchainCommand(rest, out, home);
    }
    if (sub !== 'render') {
        process.stderr.write(`error: unknown conda command '${sub}'; accepted: render, create, remove, build, index, toolchain\n${USAGE}`);
        return 2;
    }
    return renderCommand(rest, out);
}
/** `conda render`: the recipe rendered once into a render-only plan (not solved), whose recipes are printed. */
async function renderCommand(rest, out) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseSubcommand */ .n)(rest, OPTIONS, USAGE, out);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
        process.stderr.write(`error: give exactly one recipe directory (got ${positionals.length})\n${USAGE}`);
        return 2;
    }
    const bad = (values.variant ?? []).filter(v => !/^[A-Za-z_][\w.-]*=/.test(v));
    if (bad.length) {
        process.stderr.write(`error: --variant takes KEY=VALUE, not ${bad.map(b => `'${b}'`).join(', ')}\n`);
        return 2;
    }
    const recipeProblem = (0,_conda_recipe_recipe_path_js__WEBPACK_IMPORTED_MODULE_4__/* .recipePathProblem */ .l)(positionals[0]);
    if (recipeProblem) {
        process.stderr.write(`error: ${recipeProblem}\n`);
        return 1;
    }
    try {
        const rendered = await (0,_conda_plan_make_js__WEBPACK_IMPORTED_MODULE_6__/* .renderOnce */ .Il)({
            recipe: positionals[0],
            targetPlatform: values['target-platform'],
            variantConfigFiles: values['variant-config'] ?? [],
            variants: values.variant?.length ? (0,_conda_recipe_variants_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVariantInput */ .Fh)(values.variant.join('\n'), '--variant') : undefined,
            onWarning: w => ((0,_lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .inActions */ .j5)() ? (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)((0,_conda_recipe_location_js__WEBPACK_IMPORTED_MODULE_2__/* .formatWarning */ .W3)(w), w.at?.file, w.at?.line) : process.stderr.write(`warning: ${(0,_conda_recipe_location_js__WEBPACK_IMPORTED_MODULE_2__/* .formatWarning */ .W3)(w)}\n`))
        });
        const facts = await (0,_conda_plan_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .gatherCondaFacts */ .a)(new _runtime_host_js__WEBPACK_IMPORTED_MODULE_7__/* .HostRuntime */ .X(), rendered.recipeDir);
        const settings = { outputDir: 'conda-bld', croot: 'conda-bld', channels: [], format: 'conda', test: true, cacheDir: '', solve: false };
        const plan = await (0,_conda_plan_make_js__WEBPACK_IMPORTED_MODULE_6__/* .planRendered */ .n0)(rendered, settings, facts);
        if (plan.skipped)
            process.stderr.write(`${plan.skipped} variant(s) skipped by build/skip\n`);
        const recipes = plan.builds.map(b => b.rendered);
        out(values.json ? `${(0,_conda_recipe_output_js__WEBPACK_IMPORTED_MODULE_3__/* .renderedJson */ .gA)(recipes)}\n` : (0,_conda_recipe_output_js__WEBPACK_IMPORTED_MODULE_3__/* .renderedYaml */ .Rn)(recipes));
        return 0;
    }
    catch (e) {
        if (e instanceof _conda_recipe_location_js__WEBPACK_IMPORTED_MODULE_2__/* .RecipeError */ .tF && (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .inActions */ .j5)())
            (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(e.message, e.file, e.line);
        else
            process.stderr.write(`error: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 50777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ renderedYaml),
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   gA: () => (/* binding */ renderedJson)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/** The rendered variants as `conda render` shows them: YAML documents, or one JSON array. */

function toJson(v) {
    return {
        name: v.name,
        version: v.version,
        build: v.buildString,
        build_number: v.buildNumber,
        subdir: v.subdir,
        variant: v.variant,
        hash_input: v.hashInput,
        meta: v.meta
    };
}
function renderedJson(variants) {
    return JSON.stringify(variants.map(toJson), null, 2);
}
function renderedYaml(variants) {
    return variants
        .map(v => {
        const keys = Object.entries(v.variant).map(([k, x]) => `${k}=${Array.isArray(x) ? x.join(',') : String(x)}`);
        const head = `# ${v.name}-${v.version}-${v.buildString} (${v.subdir})${keys.length ? `\n# variant: ${keys.join(' ')}` : ''}`;
        return `${head}\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(v.meta, { lineWidth: 0 })}`;
    })
        .join('---\n');
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
