export const id = 749;
export const ids = [749];
export const modules = {

/***/ 42749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  removeCommand: () => (/* binding */ removeCommand)
});

// UNUSED EXPORTS: REMOVE_USAGE

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/files.ts
var files = __webpack_require__(10228);
// EXTERNAL MODULE: ./src/conda/env/prefix-record.ts
var prefix_record = __webpack_require__(75697);
// EXTERNAL MODULE: ./src/conda/env/remove-plan.ts
var remove_plan = __webpack_require__(72327);
// EXTERNAL MODULE: ./src/conda/env/scripts.ts
var scripts = __webpack_require__(31223);
;// CONCATENATED MODULE: ./src/conda/env/remove.ts
/**
 * Removing one package from a prefix, as conda unlinks it (the other half of create.ts):
 *   1. its conda-meta record read and every path it lists checked (remove-plan.ts): a record that would
 *      reach outside the prefix (`..`, an absolute path, a folder that is a link out of the prefix) refuses
 *      the removal before anything is run or deleted;
 *   2. its `bin/.<name>-pre-unlink.sh` run as conda runs link scripts (scripts.ts: from the prefix, with
 *      PREFIX, PKG_NAME, PKG_VERSION, PKG_BUILDNUM set, stdin /dev/null, bash without rc files). A script that
 *      fails stops the removal with nothing deleted, naming the package (conda itself only warns and goes
 *      on: `onScriptFailure: 'warn'` does the same). With package scripts refused, a package that has one
 *      is not removed;
 *   3. exactly the files its record lists deleted (links themselves, never what they point to; a folder on
 *      the way that resolves outside the prefix stops it), except those another package's record also lists;
 *      with each deleted `.py`, the bytecode beside it in `__pycache__/` (noarch python's `.pyc`, compiled at
 *      install, are listed in the record; this also takes what python wrote later, e.g. `.opt-1.pyc`);
 *   4. the folders left empty removed (never the prefix, never conda-meta/), then the record, and a `-` line
 *      appended to conda-meta/history.
 * A failure while deleting rewrites the record to list what is still there before the error is raised, so
 * the record always describes what is left (and a second removal finishes the job).
 */







/** The nearest existing folder of `abs` (itself or an ancestor), resolved. */
function realExisting(abs) {
    for (let d = abs;; d = external_node_path_.dirname(d)) {
        const st = external_node_fs_.lstatSync(d, { throwIfNoEntry: false });
        if (st)
            return external_node_fs_.realpathSync(d);
        if (external_node_path_.dirname(d) === d)
            return d;
    }
}
/** `rel` under `root`, refused when the folder holding it resolves outside `root` (a link on the way out). */
function insidePath(root, rel) {
    const abs = external_node_path_.join(root, rel);
    const real = realExisting(external_node_path_.dirname(abs));
    if (real !== root && !real.startsWith(`${root}${external_node_path_.sep}`))
        throw new remove_plan/* RemoveError */.$z(`'${rel}' is reached through a link out of the prefix (its folder resolves to ${real}); refusing to delete outside ${root}`);
    return abs;
}
/** The bytecode python keeps beside each `.py` being deleted (`dir/__pycache__/<stem>.*.pyc`), unless another package lists it. */
function staleBytecode(root, plan) {
    const out = [];
    const planned = new Set(plan.remove);
    for (const rel of plan.remove.filter(r => r.endsWith('.py'))) {
        const cache = external_node_path_.posix.join(external_node_path_.posix.dirname(rel), '__pycache__');
        const abs = insidePath(root, cache);
        if (!external_node_fs_.lstatSync(abs, { throwIfNoEntry: false })?.isDirectory())
            continue;
        const stem = `${external_node_path_.posix.basename(rel, '.py')}.`;
        for (const f of external_node_fs_.readdirSync(abs)) {
            const pyc = `${cache}/${f}`;
            if (f.startsWith(stem) && f.endsWith('.pyc') && !plan.owned.has(pyc) && !planned.has(pyc))
                out.push(pyc);
        }
    }
    return out;
}
/** Before anything runs: every path reached inside the prefix, and no listed file that is a folder on disk. */
function checkBeforehand(root, plan) {
    for (const rel of plan.dirs)
        insidePath(root, rel);
    for (const rel of plan.remove)
        if (external_node_fs_.lstatSync(insidePath(root, rel), { throwIfNoEntry: false })?.isDirectory())
            throw new remove_plan/* RemoveError */.$z(`'${rel}' is a folder in the prefix, but the record of ${(0,remove_plan/* dist */.xg)(plan.record)} lists it as a file; nothing was removed`);
}
/** The record rewritten to list only the paths still in the prefix (after a failure half-way). */
function rewriteRecord(root, rec) {
    const present = (p) => typeof p !== 'string' || !!external_node_fs_.lstatSync(external_node_path_.join(root, p), { throwIfNoEntry: false });
    const data = { ...rec.data };
    if (Array.isArray(data.files))
        data.files = data.files.filter(present);
    const pd = data.paths_data;
    if (pd && Array.isArray(pd.paths))
        data.paths_data = {
            ...pd,
            paths: pd.paths.filter(e => e?.path_type === 'directory' || present(e?._path))
        };
    (0,files/* writeAtomically */.vK)(rec.file, `${JSON.stringify(data, null, 2)}\n`);
}
/** Delete `rels` (links as links); on a failure the record is rewritten first. */
function deletePaths(root, rels, rec) {
    const removed = [];
    try {
        for (const rel of rels) {
            const abs = insidePath(root, rel);
            const st = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
            if (!st)
                continue;
            if (st.isDirectory())
                throw new remove_plan/* RemoveError */.$z(`'${rel}' became a folder while the package was being removed; nothing under it was deleted`);
            external_node_fs_.unlinkSync(abs);
            removed.push(rel);
        }
    }
    catch (e) {
        rewriteRecord(root, rec);
        const msg = e instanceof Error ? e.message : String(e);
        throw new remove_plan/* RemoveError */.$z(`removing ${(0,remove_plan/* dist */.xg)(rec)} stopped after ${removed.length} file(s): ${msg}\nits record now lists what is left: ${rec.file}`);
    }
    return removed;
}
/** Remove the folders of `rels` (and their parents) that are left empty, deepest first; returns how many. */
function removeEmptyFolders(root, rels) {
    const dirs = new Set();
    for (const rel of rels)
        for (let d = rel; d !== '.' && d !== ''; d = external_node_path_.posix.dirname(d))
            if (d !== 'conda-meta')
                dirs.add(d);
    let n = 0;
    for (const d of [...dirs].sort((a, b) => b.split('/').length - a.split('/').length)) {
        const abs = insidePath(root, d);
        if (!external_node_fs_.lstatSync(abs, { throwIfNoEntry: false })?.isDirectory())
            continue;
        try {
            external_node_fs_.rmdirSync(abs);
            n++;
        }
        catch (e) {
            const code = e.code;
            if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT')
                throw e;
        }
    }
    return n;
}
/** Run the package's pre-unlink script when it has one (see the module's comment); true when it ran. */
async function preUnlink(prefix, rec, opts) {
    const script = (0,scripts/* linkScriptPath */.h)(rec.name, 'pre-unlink');
    if (!external_node_fs_.existsSync(external_node_path_.join(prefix, script)))
        return false;
    if (opts.allowPackageScripts === false)
        throw new remove_plan/* RemoveError */.$z(`allow-package-scripts is false, and ${(0,remove_plan/* dist */.xg)(rec)} has a pre-unlink script (${script}) that conda would run; nothing was removed`);
    const index = { name: rec.name, version: rec.version, build: rec.build, build_number: rec.buildNumber };
    try {
        const r = await (0,scripts/* runLinkScript */.ZS)('pre-unlink', prefix, index, { log: opts.log });
        if (r.messages)
            opts.log?.(`${rec.name}: ${r.messages}`);
    }
    catch (e) {
        if (!(e instanceof scripts/* ScriptError */.mC))
            throw e;
        if (opts.onScriptFailure === 'warn') {
            opts.warn?.(`${e.message}\nremoving ${(0,remove_plan/* dist */.xg)(rec)} all the same, as conda does`);
            return true;
        }
        throw new remove_plan/* RemoveError */.$z(`${e.message}\nnothing of ${(0,remove_plan/* dist */.xg)(rec)} was removed (conda would warn and remove it all the same)`);
    }
    return true;
}
/** Remove the package `opts.name` from `opts.prefix` (see the module's comment). */
async function removePackage(opts) {
    const prefix = external_node_path_.resolve(opts.prefix);
    if (!external_node_fs_.existsSync(prefix))
        throw new remove_plan/* RemoveError */.$z(`the prefix ${prefix} does not exist`);
    const root = external_node_fs_.realpathSync(prefix);
    const records = (0,remove_plan/* readRecords */.T3)(root);
    const plan = (0,remove_plan/* planRemoval */.Ao)(records, opts.name, prefix);
    const rec = plan.record;
    checkBeforehand(root, plan);
    if (plan.dependents.length)
        opts.warn?.(`${(0,remove_plan/* dist */.xg)(rec)} is a dependency of ${plan.dependents.join(', ')}, which stay installed`);
    const preUnlinkRan = await preUnlink(prefix, rec, opts);
    const bytecode = staleBytecode(root, plan);
    const removed = deletePaths(root, [...plan.remove, ...bytecode], rec);
    const folders = removeEmptyFolders(root, [...plan.remove, ...bytecode, ...plan.dirs]);
    external_node_fs_.rmSync(rec.file);
    const history = (0,prefix_record/* historyText */.u_)(new Date(), opts.command ?? `build-wheel conda remove --prefix ${prefix} ${opts.name}`, [{ channel: rec.channel, record: rec }], '-');
    external_node_fs_.appendFileSync(external_node_path_.join(root, 'conda-meta', 'history'), history);
    if (plan.kept.length)
        opts.log?.(`kept ${plan.kept.length} file(s) of ${(0,remove_plan/* dist */.xg)(rec)} that other packages own too: ${plan.kept.slice(0, 5).join(', ')}`);
    opts.log?.(`removed ${(0,remove_plan/* dist */.xg)(rec)} from ${prefix}: ${removed.length} file(s), ${folders} empty folder(s)`);
    return { package: (0,remove_plan/* dist */.xg)(rec), record: rec.file, removed: [...removed].sort(), kept: plan.kept, folders, preUnlinkRan };
}

// EXTERNAL MODULE: ./src/conda/script-flags.ts + 1 modules
var script_flags = __webpack_require__(36534);
// EXTERNAL MODULE: ./src/cli/conda/args.ts
var conda_args = __webpack_require__(64589);
;// CONCATENATED MODULE: ./src/cli/conda/remove.ts
/**
 * `build-wheel conda remove --prefix P [--no-allow-package-scripts] [--json] NAME...`: the local command over
 * removePackage (src/conda/env/remove.ts), one package after another, in the order given.
 */




const REMOVE_USAGE = `usage: build-wheel conda remove --prefix DIR [flags] NAME...

Remove packages from a conda environment, as conda unlinks them: each package's pre-unlink script runs
first (a failing one stops with nothing of that package removed), then exactly the files its
conda-meta record lists are deleted (files other packages own too are kept; a record that reaches
outside DIR is refused), folders left empty are removed, then the record. Packages that depend on a
removed one are named in a warning and stay installed. NAME is a package name or name-version-build.

flags:
  --prefix DIR, -p DIR        the environment
  --no-allow-package-scripts  refuse to remove a package that has a pre-unlink script (nothing of it is
                              removed); --allow-package-scripts (the default, as conda) runs the script
  --json                      print what was removed as JSON instead of a summary
  -h, --help                  show this help
`;
const OPTIONS = {
    prefix: { type: 'string', short: 'p' },
    json: { type: 'boolean' },
    ...script_flags/* PACKAGE_SCRIPT_OPTIONS */.E2,
    help: { type: 'boolean', short: 'h' }
};
/** Run `conda remove <args>`; returns the exit code. Progress goes to stderr when --json is given, else to `out`. */
async function removeCommand(args, out) {
    const parsed = (0,conda_args/* parseSubcommand */.n)(args, OPTIONS, REMOVE_USAGE, out);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    const problems = [];
    if (!values.prefix)
        problems.push('--prefix is required');
    if (positionals.length === 0)
        problems.push('give at least one package name');
    const allowScripts = (0,script_flags/* packageScriptsFlag */.LS)(values);
    if (typeof allowScripts === 'string')
        problems.push(allowScripts);
    if (problems.length) {
        process.stderr.write(`error: ${problems.join('; ')}\n${REMOVE_USAGE}`);
        return 2;
    }
    const say = values.json ? (l) => process.stderr.write(`${l}\n`) : (l) => out(`${l}\n`);
    const done = [];
    try {
        for (const name of positionals)
            done.push(await removePackage({
                prefix: values.prefix,
                name,
                allowPackageScripts: allowScripts !== false,
                command: ['build-wheel', 'conda', 'remove', ...args].join(' '),
                log: say,
                warn: l => process.stderr.write(`warning: ${l}\n`)
            }));
        return 0;
    }
    catch (e) {
        process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
        return 1;
    }
    finally {
        if (values.json)
            out(`${JSON.stringify({ prefix: values.prefix, removed: done }, null, 2)}\n`);
    }
}


/***/ }),

/***/ 72327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ RemoveError),
/* harmony export */   Ao: () => (/* binding */ planRemoval),
/* harmony export */   T3: () => (/* binding */ readRecords),
/* harmony export */   xg: () => (/* binding */ dist)
/* harmony export */ });
/* unused harmony exports readRecord, checkedPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * What removing one package from a prefix deletes, decided from the prefix's conda-meta records before
 * anything is touched (remove.ts carries it out):
 *   - the package's record (`conda-meta/<name>-<version>-<build>.json`) found by name (or by its
 *     name-version-build); the paths it lists (`files`, and `paths_data` with its folders) are data: one that
 *     is empty, absolute, holds a `..` segment or a NUL, or points into conda-meta refuses the whole removal,
 *     naming the record and the path;
 *   - a path that another package's record also lists (a file one package replaced of another) is kept;
 *   - the packages whose `depends` name it are listed, to be warned about.
 */


class RemoveError extends Error {
    name = 'RemoveError';
}
const dist = (r) => `${r.name}-${r.version}-${r.build}`;
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/** Read one record; one that is not JSON or lacks name, version or build is an error naming the file. */
function readRecord(file) {
    let data;
    try {
        data = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new RemoveError(`${file} is not a readable conda-meta record (${e.message}); fix or remove it, then try again`);
    }
    const d = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {});
    for (const k of ['name', 'version', 'build'])
        if (typeof d[k] !== 'string' || !d[k])
            throw new RemoveError(`${file} has no '${k}': it is not a conda-meta record of a package`);
    const pd = d.paths_data;
    const entries = Array.isArray(pd?.paths) ? pd.paths : [];
    const isDir = (e) => e?.path_type === 'directory';
    const pathOf = (e) => (e !== null && typeof e === 'object' ? e._path : e);
    return {
        file,
        data: d,
        name: d.name,
        version: d.version,
        build: d.build,
        buildNumber: typeof d.build_number === 'number' ? d.build_number : 0,
        channel: typeof d.channel === 'string' ? d.channel : '',
        paths: [...(Array.isArray(d.files) ? d.files : []), ...entries.filter(e => !isDir(e)).map(pathOf)],
        dirs: entries.filter(isDir).map(pathOf),
        depends: strings(d.depends)
    };
}
/** Every record of the prefix's conda-meta/, sorted by file name. */
function readRecords(prefix) {
    const meta = node_path__WEBPACK_IMPORTED_MODULE_1__.join(prefix, 'conda-meta');
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(meta, { throwIfNoEntry: false })?.isDirectory())
        throw new RemoveError(`${prefix} is not a conda environment: it has no conda-meta folder`);
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(meta)
        .filter(f => f.endsWith('.json'))
        .sort()
        .map(f => readRecord(node_path__WEBPACK_IMPORTED_MODULE_1__.join(meta, f)));
}
/** A record's path, normalized; refused (see the module's comment) with the record named. */
function checkedPath(raw, record) {
    const bad = (why) => new RemoveError(`${record} lists ${JSON.stringify(raw)}, which ${why}; refusing to remove anything of this package (the record is not one an installer writes)`);
    if (typeof raw !== 'string' || raw === '')
        throw bad('is not a path');
    if (raw.includes('\0'))
        throw bad('holds a NUL character');
    if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw))
        throw bad('is absolute (a record lists paths relative to the prefix)');
    if (raw.split(/[\\/]/).includes('..'))
        throw bad("has a '..' segment (it would leave the prefix)");
    const n = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(raw);
    if (n === '.')
        throw bad('is the prefix itself, not a file of it');
    if (n === 'conda-meta' || n.startsWith('conda-meta/'))
        throw bad("is in conda-meta/ (packages never own the prefix's records)");
    return n.replace(/\/$/, '');
}
/** The record of `name` (or of the name-version-build `name`) among `records`; none or several is an error. */
function findRecord(records, name, prefix) {
    const found = records.filter(r => r.name === name || dist(r) === name);
    if (found.length === 1)
        return found[0];
    if (found.length > 1)
        throw new RemoveError(`${prefix} has ${found.length} records for ${name}: ${found.map(dist).join(', ')}; give the one to remove as name-version-build`);
    const names = records.map(r => r.name);
    throw new RemoveError(`${name} is not installed in ${prefix}; its conda-meta lists ${names.length ? names.join(', ') : 'no package'}`);
}
/** What removing `name` deletes from the prefix whose records are `records` (see the module's comment). */
function planRemoval(records, name, prefix) {
    const record = findRecord(records, name, prefix);
    const where = node_path__WEBPACK_IMPORTED_MODULE_1__.join('conda-meta', node_path__WEBPACK_IMPORTED_MODULE_1__.basename(record.file));
    const mine = [...new Set(record.paths.map(p => checkedPath(p, where)))].sort();
    const dirs = [...new Set(record.dirs.map(p => checkedPath(p, where)))].sort();
    const others = records.filter(r => r !== record);
    const owned = new Set(others.flatMap(r => r.paths.filter((p) => typeof p === 'string').map(p => node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(p))));
    const dependents = others.filter(r => r.depends.some(d => d.trim().split(/[\s=<>!~]/)[0] === record.name)).map(dist);
    return { record, remove: mine.filter(p => !owned.has(p)), kept: mine.filter(p => owned.has(p)), dirs, dependents, owned };
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


/***/ })

};
