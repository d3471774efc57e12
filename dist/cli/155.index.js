export const id = 155;
export const ids = [155];
export const modules = {

/***/ 71155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoConda: () => (/* binding */ demoConda),
/* harmony export */   noPythonProblem: () => (/* binding */ noPythonProblem),
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_epoch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46802);
/* harmony import */ var _lib_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10766);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51662);
/* harmony import */ var _lib_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61025);
/* harmony import */ var _lib_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11119);
/* harmony import */ var _phases_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13428);
/* harmony import */ var _pip_note_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89964);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(91086);
/**
 * `build-wheel demo`: the bundled example (examples/montage-mini) through both halves, in the
 * package's own folders. The wheel flow as `build` runs it (the C tree cached under .cache/), then the
 * conda flow: the toolchain channel from this machine's tools (cached under .cache/conda-toolchain/,
 * keyed by its recipes and the tools' versions), the example's recipe built against it into
 * conda-bld/, `minimontage` installed into a fresh prefix and two of its tools run from there. One
 * table for the wheels and the packages at the end.
 */










/** The problem when this machine has no CPython 3 to build with ('' when it has one). */
async function noPythonProblem(env) {
    const { machinePythons, installHint } = await __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 11800));
    if (machinePythons(env).length)
        return '';
    return ('the demo needs a CPython 3 (the wheels are built for it, and the conda toolchain repackages it) and this machine has none ' +
        `(looked in /opt/python, ${env.PYENV_ROOT || '~/.pyenv'}/versions and for python3.X on PATH); install ${installHint('python')}`);
}
/** Run a tool installed in the demo's prefix; its output, or an error naming it with what it printed. */
async function runTool(prefix, argv) {
    const exe = node_path__WEBPACK_IMPORTED_MODULE_1__.join(prefix, 'bin', argv[0]);
    const r = await (0,_lib_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)([exe, ...argv.slice(1)], { silent: true });
    if (r.exitCode !== 0)
        throw new Error(`${argv.join(' ')} from ${prefix} failed with exit code ${r.exitCode}:\n${r.tail}`);
    return r.stdout.trim();
}
/** The conda half: toolchain channel (cached), the example's recipe, a fresh prefix, two tools run. */
async function demoConda(home, cacheDir, log) {
    const { cachedToolchain, recipesDirOf } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(697), __webpack_require__.e(815), __webpack_require__.e(345), __webpack_require__.e(735), __webpack_require__.e(661), __webpack_require__.e(77), __webpack_require__.e(495), __webpack_require__.e(956), __webpack_require__.e(180), __webpack_require__.e(272)]).then(__webpack_require__.bind(__webpack_require__, 32272));
    const { TOOLCHAIN_LEVEL } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(697), __webpack_require__.e(815), __webpack_require__.e(345), __webpack_require__.e(735), __webpack_require__.e(661), __webpack_require__.e(77), __webpack_require__.e(495), __webpack_require__.e(956), __webpack_require__.e(180), __webpack_require__.e(521), __webpack_require__.e(933)]).then(__webpack_require__.bind(__webpack_require__, 41549));
    const { buildRecipe } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(697), __webpack_require__.e(815), __webpack_require__.e(345), __webpack_require__.e(735), __webpack_require__.e(661), __webpack_require__.e(77), __webpack_require__.e(495), __webpack_require__.e(956), __webpack_require__.e(180)]).then(__webpack_require__.bind(__webpack_require__, 11495));
    const { claimCroot } = await __webpack_require__.e(/* import() */ 606).then(__webpack_require__.bind(__webpack_require__, 69606));
    const { condaRows } = await __webpack_require__.e(/* import() */ 977).then(__webpack_require__.bind(__webpack_require__, 37977));
    const { createEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(815), __webpack_require__.e(345), __webpack_require__.e(661), __webpack_require__.e(77)]).then(__webpack_require__.bind(__webpack_require__, 21077));
    const recipe = node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, 'examples', 'montage-mini', 'conda', 'recipe');
    const condaCache = node_path__WEBPACK_IMPORTED_MODULE_1__.join(cacheDir, 'conda');
    const claimed = claimCroot(node_path__WEBPACK_IMPORTED_MODULE_1__.join(cacheDir, 'conda-bld'));
    try {
        const common = { croot: claimed.dir, cacheDir: condaCache, log, warn: (l) => log(`warning: ${l}`) };
        const recipesDir = recipesDirOf(home);
        const tcEpoch = await (0,_lib_epoch_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceDateEpoch */ .pA)(recipesDir);
        const toolchain = await (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .phase */ .Oi)('Toolchain channel', () => cachedToolchain(cacheDir, {
            ...common,
            recipesDir,
            level: TOOLCHAIN_LEVEL,
            test: true,
            sourceDateEpoch: tcEpoch.value
        }));
        const epoch = await (0,_lib_epoch_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceDateEpoch */ .pA)(recipe);
        log((0,_lib_epoch_js__WEBPACK_IMPORTED_MODULE_2__/* .describeEpoch */ .XP)(epoch));
        const built = await buildRecipe({
            ...common,
            recipe,
            outputDir: node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, 'conda-bld'),
            channels: [toolchain.channel],
            format: 'conda',
            test: true,
            keepWork: false,
            sourceCacheDir: node_path__WEBPACK_IMPORTED_MODULE_1__.join(condaCache, 'src_cache'),
            sourceDateEpoch: epoch.value
        });
        const prefix = node_path__WEBPACK_IMPORTED_MODULE_1__.join(cacheDir, 'demo-env');
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(prefix, { recursive: true, force: true });
        const tools = await (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_5__/* .phase */ .Oi)('conda create minimontage', async () => {
            await createEnvironment({ prefix, channels: [node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, 'conda-bld'), toolchain.channel], specs: ['minimontage'], cacheDir: condaCache, log });
            return [await runTool(prefix, ['mVersion']), await runTool(prefix, ['mDist', '0', '0', '90', '0'])];
        });
        const tc = toolchain.hit
            ? `toolchain channel: reused ${toolchain.channel} (${toolchain.files.length} packages, key ${toolchain.key})`
            : `toolchain channel: built ${toolchain.channel} (${toolchain.files.length} packages, key ${toolchain.key})`;
        return {
            rows: condaRows([...toolchain.packages, ...built.packages]),
            notes: [tc, `minimontage installed into ${prefix}:`, `  mVersion: ${tools[0]}`, `  mDist 0 0 90 0: ${tools[1]}`]
        };
    }
    finally {
        claimed.release();
    }
}
/** The demo (see the module's comment); returns the exit code. */
async function runDemo(src, ctx) {
    const missing = await noPythonProblem(ctx.env);
    if (missing) {
        ctx.err(`error: ${missing}\n`);
        return 1;
    }
    const planOnly = (0,_lib_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readBool */ .r5)(src, 'plan-only', false, new _lib_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputProblems */ .Nh());
    if (!planOnly) {
        // the conda half's tools checked before the wheels take their minute: a missing one is named now
        const { recipesDirOf, renderToolchain } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(697), __webpack_require__.e(815), __webpack_require__.e(345), __webpack_require__.e(735), __webpack_require__.e(661), __webpack_require__.e(77), __webpack_require__.e(495), __webpack_require__.e(956), __webpack_require__.e(180), __webpack_require__.e(272)]).then(__webpack_require__.bind(__webpack_require__, 32272));
        renderToolchain({ recipesDir: recipesDirOf(ctx.home) });
    }
    const note = planOnly ? '' : (0,_pip_note_js__WEBPACK_IMPORTED_MODULE_9__/* .pipRetriesNote */ .a)(ctx.env);
    if (note)
        ctx.err(note);
    const { pipelineStep } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(865)]).then(__webpack_require__.bind(__webpack_require__, 11865));
    const { failureError } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(345), __webpack_require__.e(735), __webpack_require__.e(969), __webpack_require__.e(139), __webpack_require__.e(783)]).then(__webpack_require__.bind(__webpack_require__, 72139));
    const r = await pipelineStep(src, ctx.cwd);
    if (planOnly) {
        ctx.out((0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .pipelineText */ .W)(r) + (0,_lib_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .timingsText */ .JD)());
        return 0;
    }
    if (r.wheels.failures.length) {
        ctx.out((0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .pipelineText */ .W)(r) + (0,_lib_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .timingsText */ .JD)());
        throw failureError(r.wheels.failures, r.wheels.pythons.length);
    }
    const cacheDir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.cwd, src('cache-dir') || node_path__WEBPACK_IMPORTED_MODULE_1__.join(ctx.home, '.cache'));
    let conda;
    try {
        conda = await demoConda(ctx.home, cacheDir, l => ctx.out(`${l}\n`));
    }
    catch (e) {
        ctx.out((0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .pipelineText */ .W)(r)); // the wheels were built: their table before the conda half's error
        throw e;
    }
    const notes = [...(0,_phases_report_js__WEBPACK_IMPORTED_MODULE_7__/* .wheelNotes */ .lu)(r.wheels, r.montage), ...conda.notes];
    const table = (0,_lib_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .renderTextTable */ .K$)('Wheels and conda packages', [...(0,_phases_report_js__WEBPACK_IMPORTED_MODULE_7__/* .wheelRows */ .jp)(r.wheels), ...conda.rows], notes);
    ctx.out(`\n${table}\nmatrix: ${JSON.stringify(r.wheels.matrix)}\n${(0,_lib_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .timingsText */ .JD)()}`);
    return 0;
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
