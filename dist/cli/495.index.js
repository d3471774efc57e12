export const id = 495;
export const ids = [495];
export const modules = {

/***/ 11495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $w: () => (/* reexport */ BuildFailure),
  _x: () => (/* binding */ buildFacts),
  buildRecipe: () => (/* binding */ buildRecipe),
  vY: () => (/* binding */ executePlan),
  kX: () => (/* binding */ planRecipe)
});

// UNUSED EXPORTS: checkTestSrcDir, checkWritable

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/runtime/host.ts
var host = __webpack_require__(86320);
// EXTERNAL MODULE: ./src/conda/index/index.ts + 1 modules
var index = __webpack_require__(12543);
// EXTERNAL MODULE: ./src/conda/plan/facts.ts
var facts = __webpack_require__(39892);
// EXTERNAL MODULE: ./src/conda/plan/make.ts + 12 modules
var make = __webpack_require__(86587);
// EXTERNAL MODULE: ./src/conda/env/create.ts + 2 modules
var create = __webpack_require__(21077);
// EXTERNAL MODULE: ./src/conda/env/package.ts
var env_package = __webpack_require__(16787);
// EXTERNAL MODULE: ./src/conda/finalize/run-exports.ts
var run_exports = __webpack_require__(85629);
;// CONCATENATED MODULE: ./src/conda/builder/environments.ts
/**
 * The build and host prefixes of a planned build, installed from the plan's solved sets (solved once,
 * when the plan was made): requirements.build into the build prefix and requirements.host into the
 * padded host prefix; without a host section the build requirements go into the host prefix
 * (conda-build's merged layout). Then what the installed packages export (info/run_exports.json in the
 * package cache), for the run requirements.
 */





function exportsOf(pkgs, cacheDir) {
    return pkgs.map(p => {
        const stem = (0,env_package/* packageStem */.qL)(p.fn);
        const file = stem ? external_node_path_.join(cacheDir, 'pkgs', stem, 'info', 'run_exports.json') : '';
        const exports = file && external_node_fs_.existsSync(file) ? (0,run_exports/* normalizeRunExports */.G6)(JSON.parse(external_node_fs_.readFileSync(file, 'utf8'))) : undefined;
        return { name: p.name, version: p.version, build: p.build, exports };
    });
}
async function install(e, s, what) {
    external_node_fs_.rmSync(e.prefix, { recursive: true, force: true });
    if (!e.specs.length) {
        external_node_fs_.mkdirSync(e.prefix, { recursive: true });
        return [];
    }
    s.log?.(`${what}: ${e.specs.join(', ')}`);
    const got = await (0,create.createEnvironment)({
        prefix: e.prefix,
        channels: s.channels,
        specs: e.specs,
        subdir: s.subdir,
        cacheDir: s.cacheDir,
        allowPackageScripts: s.allowPackageScripts,
        verify: s.verify,
        log: s.log,
        warn: s.warn,
        command: `build-wheel conda build (${what})`,
        ...(e.solved ? { solved: e.solved } : {})
    });
    return got.packages;
}
/** Install the prefixes of a planned build (see the module's comment). */
async function installEnvironments(b, s) {
    const { build, host } = b.environments;
    if (b.merged || !build)
        return { build: exportsOf(await install(host, s, 'build and host prefix'), s.cacheDir), host: [] };
    const built = await install(build, s, 'build prefix');
    const hosted = await install(host, s, 'host prefix');
    return { build: exportsOf(built, s.cacheDir), host: exportsOf(hosted, s.cacheDir) };
}

// EXTERNAL MODULE: ./src/conda/env/channel.ts
var env_channel = __webpack_require__(44604);
// EXTERNAL MODULE: ./src/conda/package/write.ts + 2 modules
var write = __webpack_require__(62182);
// EXTERNAL MODULE: ./src/conda/env/progress.ts
var progress = __webpack_require__(52932);
;// CONCATENATED MODULE: ./src/conda/builder/pack-progress.ts
/**
 * Progress of a long packaging step, seen from outside the packager: once a second (the first line
 * after a second, so a quick package prints nothing) the files and bytes being packed and the bytes
 * written so far, read from the sizes of the packager's temporary files beside the package.
 */



function bytesOf(files) {
    let n = 0;
    for (const f of files)
        n += external_node_fs_.lstatSync(f, { throwIfNoEntry: false })?.size ?? 0;
    return n;
}
/** Bytes in the temporary files of the package being written. */
function writtenSoFar(outDir, tempPrefix) {
    let n = 0;
    let names;
    try {
        names = external_node_fs_.readdirSync(outDir);
    }
    catch {
        return 0;
    }
    for (const name of names)
        if (name.startsWith(tempPrefix))
            n += external_node_fs_.statSync(external_node_path_.join(outDir, name), { throwIfNoEntry: false })?.size ?? 0;
    return n;
}
/** Run `fn` (the packaging) with a progress line at most once a second while it runs. */
async function withPackingProgress(w, fn) {
    const started = performance.now();
    let total;
    const timer = setInterval(() => {
        total ??= bytesOf(w.files);
        const secs = (performance.now() - started) / 1000;
        w.log(`${w.what}: packing ${w.files.length} file(s), ${(0,progress/* formatBytes */.z3)(total)}; ${(0,progress/* formatBytes */.z3)(writtenSoFar(w.outDir, w.tempPrefix))} written in ${secs.toFixed(0)} s`);
    }, progress/* PROGRESS_INTERVAL_MS */.vG);
    timer.unref();
    try {
        return await fn();
    }
    finally {
        clearInterval(timer);
    }
}

;// CONCATENATED MODULE: ./src/conda/builder/results.ts
/** What a conda build gives back: the packages built, the one that failed, and the failure itself. */


class BuildFailure extends Error {
    workDir;
    failed;
    name = 'BuildFailure';
    /** The packages of the recipe built before this failure (set by buildRecipe). */
    built = [];
    constructor(message, 
    /** The work folder kept for inspection, when there is one. */
    workDir, failed) {
        super(message);
        this.workDir = workDir;
        this.failed = failed;
    }
}
/** Fail early when the output folder cannot be written. */
function checkWritable(dir) {
    try {
        external_node_fs_.mkdirSync(dir, { recursive: true });
        external_node_fs_.accessSync(dir, external_node_fs_.constants.W_OK);
        const probe = external_node_path_.join(dir, `.write-probe-${process.pid}`);
        external_node_fs_.writeFileSync(probe, '');
        external_node_fs_.rmSync(probe);
    }
    catch (e) {
        throw new BuildFailure(`the output folder ${dir} is not writable (${e.message}); give output-dir a folder you can write`);
    }
}

// EXTERNAL MODULE: ./src/conda/recipe/confine.ts
var confine = __webpack_require__(80238);
;// CONCATENATED MODULE: ./src/conda/builder/link-scripts.ts
/**
 * The recipe's link scripts put where conda runs them, as conda-build does after a build script:
 * `pre-link`, `post-link` and `pre-unlink` (.sh, or .bat for a Windows subdir) from the recipe
 * folder, copied into the host prefix as `bin/.<name>-<action>.sh` (`Scripts/...bat`), mode 0775.
 *
 * Which file: for the top-level package `<action>.sh`; for an output, the output's `build/<action>`
 * when given, else `<output name>-<action>.sh` (so one recipe can give each output its own). The
 * file must be inside the recipe folder (a name with `..`, an absolute path or a symbolic link
 * leading out is refused, naming it).
 */



const LINK_ACTIONS = ['pre-link', 'post-link', 'pre-unlink'];
/** The link scripts the recipe has for this package; a name leading out of the recipe folder is an error naming it. */
function findLinkScripts(o) {
    const ext = o.windows ? '.bat' : '.sh';
    const found = [];
    for (const action of LINK_ACTIONS) {
        const given = o.outputBuild?.[action];
        const stem = o.outputBuild ? (typeof given === 'string' && given.trim() ? given.trim() : `${o.name}-${action}`) : action;
        let source;
        try {
            source = (0,confine/* confinedFile */.dD)([o.recipeDir], o.recipeDir, stem + ext);
        }
        catch (e) {
            const why = e instanceof confine/* RecipeFileError */.dY ? e.message : String(e);
            throw new confine/* RecipeFileError */.dY(`the ${action} script of ${o.name}: ${why}`);
        }
        if (source)
            found.push({ action, source, target: external_node_path_.posix.join(o.windows ? 'Scripts' : 'bin', `.${o.name}-${action}${ext}`) });
    }
    return found;
}
/** Copy the package's link scripts into `prefix`; returns their paths relative to it. */
function installLinkScripts(prefix, o, log) {
    return findLinkScripts(o).map(s => {
        const dest = external_node_path_.join(prefix, s.target);
        external_node_fs_.mkdirSync(external_node_path_.dirname(dest), { recursive: true });
        const temp = `${dest}.${process.pid}.tmp`;
        external_node_fs_.copyFileSync(s.source, temp);
        external_node_fs_.chmodSync(temp, 0o775);
        external_node_fs_.renameSync(temp, dest);
        log?.(`${s.action} script: ${external_node_path_.relative(o.recipeDir, s.source)} -> ${s.target}`);
        return s.target;
    });
}

// EXTERNAL MODULE: ./src/conda/env/solve.ts + 1 modules
var solve = __webpack_require__(9000);
// EXTERNAL MODULE: ./src/conda/env/repodata.ts
var repodata = __webpack_require__(30335);
// EXTERNAL MODULE: ./src/conda/plan/planned-records.ts
var planned_records = __webpack_require__(79390);
// EXTERNAL MODULE: ./src/conda/post/glob.ts
var glob = __webpack_require__(81658);
;// CONCATENATED MODULE: ./src/conda/env/spec-match.ts
/**
 * Whether a set of records satisfies a package's `depends` and `constrains` entries (`name`, `name version`,
 * `name version build`, as conda writes them in index.json), with the solver's own version-spec semantics
 * (`@conda-org/rattler`'s VersionSpec) and fnmatch-style build strings. A spec in another form (brackets, a
 * channel) or that does not parse counts as not satisfied, so that a caller relying on this solves again.
 */


/** A matcher over `records` (one record a name, as in a solved environment). */
async function specMatcher(records) {
    const { Version, VersionSpec } = await (0,solve/* loadRattler */.n_)();
    const byName = new Map(records.map(r => [r.name.toLowerCase(), r]));
    const versionMatches = (spec, version) => {
        let parsed;
        try {
            parsed = [new VersionSpec(spec), new Version(version)];
            return parsed[0].matches(parsed[1]);
        }
        catch {
            return false;
        }
        finally {
            for (const x of parsed ?? [])
                x.free();
        }
    };
    return spec => {
        const r = byName.get((0,solve/* specName */.hi)(spec));
        if (!r)
            return 'absent';
        const parts = spec.trim().split(/\s+/);
        if (parts.length > 3 || /[[\]]|::/.test(spec))
            return 'mismatch';
        const [, version, build] = parts;
        if (version !== undefined && version !== '*' && !versionMatches(version, r.version))
            return 'mismatch';
        if (build !== undefined && !(0,glob/* fnmatch */.i3)(r.build, build))
            return 'mismatch';
        return 'match';
    };
}

// EXTERNAL MODULE: ./src/conda/recipe/sections.ts
var sections = __webpack_require__(352);
// EXTERNAL MODULE: ./src/conda/finalize/requirements.ts
var requirements = __webpack_require__(32532);
;// CONCATENATED MODULE: ./src/conda/finalize/depends.ts


const solved = (p) => ({ name: p.name, version: p.version ?? '', build: p.build ?? '', runExports: p.exports });
function packageDepends(i) {
    const reqs = (0,sections/* isDict */.Zm)(i.meta.requirements) ? i.meta.requirements : {};
    const build = (0,sections/* isDict */.Zm)(i.meta.build) ? i.meta.build : {};
    const f = (0,requirements/* finalizeRequirements */.vc)({
        requirements: { build: (0,sections/* strList */.Sc)(reqs.build), host: (0,sections/* strList */.Sc)(reqs.host), run: (0,sections/* strList */.Sc)(reqs.run), run_constrained: (0,sections/* strList */.Sc)(reqs.run_constrained) },
        variant: i.variant,
        build: i.build.map(solved),
        host: i.merged ? undefined : i.host.map(solved),
        noarch: typeof build.noarch === 'string' ? build.noarch : undefined,
        pythonIndependent: build.python_version_independent === true,
        ignoreRunExports: (0,sections/* strList */.Sc)(build.ignore_run_exports),
        ignoreRunExportsFrom: (0,sections/* strList */.Sc)(build.ignore_run_exports_from),
        pinDepends: typeof build.pin_depends === 'string' ? build.pin_depends : undefined,
        ...(i.runSolved ? { runSolved: i.runSolved } : {})
    });
    return { depends: f.run, constrains: f.run_constrained, finalized: f };
}
/**
 * The rendered recipe as info/recipe/meta.yaml holds it once finalized (conda-build's final metadata): the
 * build and host requirements as the exact packages solved, run and run_constrained finalized, `extra: final: true`.
 */
function finalizedRecipe(meta, f) {
    const reqs = { build: f.build, ...(f.host ? { host: f.host } : {}), run: f.run };
    if (f.run_constrained.length)
        reqs.run_constrained = f.run_constrained;
    return { ...meta, requirements: reqs, extra: { ...((0,sections/* isDict */.Zm)(meta.extra) ? meta.extra : {}), final: true } };
}

// EXTERNAL MODULE: ./src/cache/walk.ts
var walk = __webpack_require__(17529);
;// CONCATENATED MODULE: ./src/conda/post/files.ts
/**
 * Which files the build added: every file and symlink under the host prefix after the script minus
 * those before it, without conda's own folders (conda-meta, .condatrash, .git) or files that must
 * never ship (share/info/dir, easy-install.pth, *.pyo, macOS's .DS_Store). Paths are relative,
 * `/`-separated, sorted.
 */



// info/ is listed like any folder: a build's files there are payload, as in conda-build (package/info-paths.ts)
const SKIP_TOP = new Set(['conda-meta', '.condatrash', '.git']);
/**
 * Every file and symlink under `root` (and whatever else is not a folder), relative and sorted
 * (folders are walked, not listed). Read as bytes: a name that is not UTF-8 cannot be named in a
 * package's paths.json, and is refused here with its bytes escaped, instead of failing later on a
 * mangled name.
 */
function listFiles(root) {
    if (!external_node_fs_.existsSync(root))
        return [];
    const entries = (0,walk/* walkTree */.I)(root, rel => !rel.includes('/') && SKIP_TOP.has(rel));
    const bad = entries.filter(e => !e.utf8).map(e => `'${e.rel}'`);
    if (bad.length)
        throw new Error(`${root} holds ${bad.length} file(s) whose names are not UTF-8 (shown with \\xNN escapes): ${bad.slice(0, 5).join(', ')}` +
            `${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}; a conda package names its files in UTF-8: rename them in the build script`);
    return entries.map(e => e.rel);
}
/** Files that are never packaged (conda-build's post_process removals); the caller deletes them. */
function isDropped(rel, preserveEggDir) {
    if (rel === 'share/info/dir' || rel.endsWith('.pyo'))
        return true;
    // Finder's folder settings: conda-build filters them out of every package
    if (external_node_path_.posix.basename(rel) === '.DS_Store')
        return true;
    if (!preserveEggDir && external_node_path_.posix.basename(rel) === 'easy-install.pth')
        return true;
    return false;
}
/** The files the build added (see the module's comment). */
function newFiles(before, after) {
    return after.filter(f => !before.has(f));
}

;// CONCATENATED MODULE: ./src/conda/post/always-include.ts
/**
 * build/always_include_files as conda-build expands it (metadata.always_include_files -> utils.expand_globs)
 * over the host prefix's files: an entry naming a file or a symlink (a symlinked folder too) takes it; an entry
 * naming a real folder (`sysroot/` or `sysroot`) takes every file and symlink under it, a symlinked folder
 * inside it as the link itself (os.walk does not follow it); anything else is a glob. A trailing `/` on a
 * symlink follows it in conda-build, to paths the prefix's listing does not hold: nothing is taken.
 * Pure: `files` is the prefix's listing (post/files.ts listFiles: files and symlinks, folders walked).
 */

/** The prefix paths the always_include_files `entries` name, sorted. */
function alwaysIncluded(files, entries) {
    const listed = new Set(files);
    const out = new Set();
    for (const entry of entries) {
        const slash = entry.endsWith('/');
        const rel = entry.replace(/^\.\//, '').replace(/\/+$/, '');
        if (!rel)
            continue;
        if (listed.has(rel)) {
            if (!slash)
                out.add(rel);
            continue;
        }
        const under = files.filter(f => f.startsWith(`${rel}/`));
        const chosen = under.length ? under : files.filter(f => (0,glob/* matchesAny */._I)(f, [rel]));
        for (const f of chosen)
            out.add(f);
    }
    return [...out].sort();
}

// EXTERNAL MODULE: ./src/conda/package/info-paths.ts
var info_paths = __webpack_require__(94515);
// EXTERNAL MODULE: ./src/archive/links.ts
var archive_links = __webpack_require__(19783);
;// CONCATENATED MODULE: ./src/conda/post/links.ts
/**
 * Links in the new files, as conda-build's post_build: a file with other hard links (st_nlink > 1) is
 * replaced by a copy ("hardlinks create invalid packages"); an absolute symlink into the prefix becomes
 * relative; a symlink that leaves the prefix (absolute elsewhere, or `..` past the root) is refused,
 * because no installer would link it (the suite's own archive reader refuses it too). A chain of
 * links that leaves the prefix is refused like a direct link out: every new link is judged by its
 * whole chain against the prefix as the build left it (src/archive/links.ts).
 */



class LinkOutError extends Error {
    name = 'LinkOutError';
}
/** Replace `abs` by a copy of itself when it shares its inode; returns whether it did. */
function breakHardLink(abs) {
    const st = external_node_fs_.lstatSync(abs);
    if (!st.isFile() || st.nlink <= 1)
        return false;
    const tmp = `${abs}.bw-copy-${process.pid}`;
    external_node_fs_.copyFileSync(abs, tmp);
    external_node_fs_.chmodSync(tmp, st.mode & 0o7777);
    external_node_fs_.renameSync(tmp, abs);
    return true;
}
/** The relative target a symlink at `rel` (in the prefix) should have, or an error when it points out. */
function fixedLinkTarget(prefix, rel, target) {
    const linkDir = external_node_path_.posix.dirname(rel);
    let inside;
    if (external_node_path_.posix.isAbsolute(target)) {
        const r = external_node_path_.posix.relative(prefix, target);
        if (r === '' || r.startsWith('..') || external_node_path_.posix.isAbsolute(r))
            throw new LinkOutError(`'${rel}' is a symlink to ${target}, outside the prefix: a package may only link inside itself; copy the file or make the link relative to a path in the prefix`);
        inside = r;
    }
    else {
        inside = external_node_path_.posix.normalize(external_node_path_.posix.join(linkDir, target));
        if (inside === '..' || inside.startsWith('../'))
            throw new LinkOutError(`'${rel}' is a symlink to ${target}, which leaves the prefix`);
        return target;
    }
    const out = external_node_path_.posix.relative(linkDir, inside);
    return out === '' ? '.' : out;
}
/** Apply both rules to the new files; returns how many were changed. */
function fixLinks(prefix, files) {
    let copies = 0;
    let relinked = 0;
    const posixPrefix = prefix.split(external_node_path_.sep).join('/');
    for (const rel of files) {
        const abs = external_node_path_.join(prefix, rel);
        const st = external_node_fs_.lstatSync(abs);
        if (st.isSymbolicLink()) {
            const target = external_node_fs_.readlinkSync(abs);
            const fixed = fixedLinkTarget(posixPrefix, rel, target);
            if (fixed !== target) {
                external_node_fs_.rmSync(abs);
                external_node_fs_.symlinkSync(fixed, abs);
                relinked++;
            }
        }
        else if (breakHardLink(abs))
            copies++;
    }
    const links = files
        .filter(rel => external_node_fs_.lstatSync(external_node_path_.join(prefix, rel)).isSymbolicLink())
        .map((rel) => [rel, external_node_fs_.readlinkSync(external_node_path_.join(prefix, rel))]);
    const problem = (0,archive_links/* firstLinkProblem */.c7)((0,archive_links/* diskTree */.cF)(prefix), links);
    if (problem)
        throw new LinkOutError(`${(0,archive_links/* describeLinkProblem */.Pw)(problem)}. The tree is the prefix ${prefix}: a package may only link inside itself; make every link of the chain point inside $PREFIX`);
    return { copies, relinked };
}

// EXTERNAL MODULE: ./src/conda/post/prefix-detect.ts
var prefix_detect = __webpack_require__(36074);
// EXTERNAL MODULE: ./src/conda/post/python.ts
var post_python = __webpack_require__(77934);
// EXTERNAL MODULE: ./src/conda/env/noarch.ts
var noarch = __webpack_require__(70316);
// EXTERNAL MODULE: ./src/elf/elf.ts + 2 modules
var elf = __webpack_require__(16902);
// EXTERNAL MODULE: ./src/elf/patchelf.ts
var elf_patchelf = __webpack_require__(33986);
// EXTERNAL MODULE: ./src/conda/runtime-argv.ts
var runtime_argv = __webpack_require__(73918);
;// CONCATENATED MODULE: ./src/conda/post/rpath.ts
/**
 * ELF RPATHs made `$ORIGIN`-relative, as conda-build's mk_relative_linux: entries that already use
 * $ORIGIN stay; absolute entries inside the prefix become `$ORIGIN/<relative>`; absolute entries
 * outside it are dropped (reported); each `build/rpaths` folder (default `lib`) is added. Written
 * with patchelf `--force-rpath --set-rpath` (DT_RPATH, as conda-build). Static executables and
 * object files (no dynamic section) are left alone. The decision is a pure function.
 */





/** The new RPATH of `rel` (relative to the prefix) given its current one. */
function planRpath(prefix, rel, current, rpaths) {
    const dir = external_node_path_.posix.dirname(rel);
    const out = [];
    const dropped = [];
    const add = (e) => {
        if (!out.includes(e))
            out.push(e);
    };
    const origin = (inside) => {
        const r = external_node_path_.posix.relative(dir, inside);
        return r === '' ? '$ORIGIN' : `$ORIGIN/${r}`;
    };
    for (const e of (current ?? '').split(':').filter(Boolean)) {
        if (e.startsWith('$ORIGIN') || e.startsWith('${ORIGIN}'))
            add(e);
        else if (external_node_path_.posix.isAbsolute(e)) {
            const r = external_node_path_.posix.relative(prefix, external_node_path_.posix.normalize(e));
            if (r === '' || (!r.startsWith('..') && !external_node_path_.posix.isAbsolute(r)))
                add(origin(r === '' ? '.' : r));
            else
                dropped.push(e);
        }
        else
            dropped.push(e);
    }
    for (const r of rpaths)
        add(origin(external_node_path_.posix.normalize(r.replace(/\/+$/, '')) || '.'));
    return { value: out.join(':'), dropped };
}
const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
/** Whether the file starts like an ELF file (cheap; the reader decides the rest). */
function looksElf(abs) {
    const fd = external_node_fs_.openSync(abs, 'r');
    try {
        const head = Buffer.alloc(4);
        return external_node_fs_.readSync(fd, head, 0, 4, 0) === 4 && head.equals(ELF_MAGIC);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** Relocate one ELF file; null when it is not a dynamic executable or shared object. */
async function relocateElf(prefix, rel, rpaths, patchelf = 'patchelf', runtime = (0,runtime_argv/* hostRuntime */.V)()) {
    const abs = external_node_path_.join(prefix, rel);
    let info;
    try {
        info = (0,elf/* readElf */.o)(external_node_fs_.readFileSync(abs), { symbols: false });
    }
    catch {
        return null; // not an ELF file we can read: left as it is
    }
    if (!info.hasDynamic || (info.type !== 2 && info.type !== 3))
        return null;
    const before = info.rpath ?? info.runpath;
    const plan = planRpath(prefix.split(external_node_path_.sep).join('/'), rel, before, rpaths);
    if (plan.value !== before || info.runpath !== null) {
        const edits = (0,elf_patchelf/* emptyEdits */.b0)();
        edits.rpath = { value: plan.value, runpath: false };
        await (0,elf_patchelf/* applyEdits */.ct)(runtime.toRuntimePath(abs), edits, patchelf, (argv, opts) => runtime.run(argv, opts));
    }
    return { rel, before, after: plan.value, dropped: plan.dropped };
}

;// CONCATENATED MODULE: ./src/conda/post/shebang.ts
/**
 * conda-build's fix_shebang for files under bin/: a text file whose first line is a `#!` naming a
 * python[w] interpreter (any path, `env python3`...) is pointed at `<prefix>/bin/<that python>`; the
 * rest of the line (flags) is kept. Binaries, symlinks and empty files are left alone.
 */
const SHEBANG = /^#!\s*(\S*?\/)?(?:env\s+)?(python[w]?[0-9.]*)([ \t][^\n]*)?$/;
/** The rewritten file, or null when it has no python shebang. */
function fixPythonShebang(data, prefix) {
    if (data.length < 2 || data[0] !== 0x23 || data[1] !== 0x21 || data.includes(0))
        return null;
    const nl = data.indexOf(0x0a);
    const first = data
        .subarray(0, nl < 0 ? data.length : nl)
        .toString('utf8')
        .replace(/\r$/, '');
    const m = SHEBANG.exec(first.replace(/^#!\s*\/usr\/bin\/env\s+/, '#!'));
    if (!m)
        return null;
    const line = `#!${prefix}/bin/${m[2]}${m[3] ?? ''}`;
    if (line === first)
        return null;
    return Buffer.concat([Buffer.from(line), nl < 0 ? Buffer.alloc(0) : data.subarray(nl)]);
}

;// CONCATENATED MODULE: ./src/conda/post/process.ts
/**
 * Post-processing of a build, in conda-build's order: the new files of the host prefix -> entry points
 * -> removals and .pyc rules -> hard links broken, symlinks made relative (links out refused) ->
 * shebangs -> ELF RPATHs -> prefix detection -> the package's paths (noarch python layout).
 */













const flag = (v, fallback) => v === undefined || v === null ? fallback : v === true || (typeof v === 'string' && /^(true|yes|1|on)$/i.test(v));
/**
 * The .pyc files conda-build adds for new .py files (not for noarch packages): build/skip_compile_pyc
 * holds fnmatch patterns (`*` crosses folders) of the files left without one; a file that does not
 * compile is a warning. Returns whether the compiler ran (the prefix then holds new files).
 */
async function compileMissingPyc(o, files, log, warn) {
    const python = o.subdir.startsWith('win-') ? external_node_path_.join(o.prefix, 'python.exe') : external_node_path_.join(o.prefix, 'bin', 'python');
    const skip = (0,sections/* strList */.Sc)(o.build.skip_compile_pyc);
    const missing = (0,post_python/* missingPyc */.r9)(files, o.pythonVersion).filter(f => !skip.some(p => (0,glob/* fnmatch */.i3)(f, p)));
    if (!missing.length || !external_node_fs_.existsSync(python))
        return false;
    const problem = await (0,post_python/* compilePyc */.kq)(o.prefix, python, missing, o.env);
    if (problem)
        warn(problem);
    log(`compiled .pyc for ${missing.length} file(s)`);
    return true;
}
/** Hard links broken and symlinks made relative; python shebangs of bin/ scripts pointed at the prefix. */
function fixLinksAndShebangs(prefix, files, log) {
    const l = fixLinks(prefix, [...files]);
    if (l.copies || l.relinked)
        log(`links: ${l.copies} hard link(s) copied, ${l.relinked} symlink(s) made relative`);
    for (const rel of files.filter(f => f.startsWith('bin/'))) {
        const abs = external_node_path_.join(prefix, rel);
        const st = external_node_fs_.lstatSync(abs);
        if (!st.isFile() || st.size === 0)
            continue;
        const fixed = fixPythonShebang(external_node_fs_.readFileSync(abs), prefix);
        if (fixed) {
            external_node_fs_.writeFileSync(abs, fixed);
            external_node_fs_.chmodSync(abs, 0o775);
        }
    }
}
/** ELF RPATHs set to the prefix's (build/rpaths, default lib), on Linux, unless build/binary_relocation says not. */
async function relocateAll(o, files, log, warn) {
    const rpaths = [];
    const relocation = o.build.binary_relocation;
    if (o.subdir.startsWith('osx-'))
        warn('Mach-O install names are not rewritten yet (install_name_tool); binaries keep their load paths');
    if (!o.subdir.startsWith('linux-') || relocation === false || (typeof relocation === 'string' && /^(false|no|0)$/i.test(relocation)))
        return rpaths;
    const only = Array.isArray(relocation) ? (0,sections/* strList */.Sc)(relocation) : undefined;
    const want = (0,sections/* strList */.Sc)(o.build.rpaths);
    const rp = want.length ? want : ['lib'];
    for (const rel of files) {
        const abs = external_node_path_.join(o.prefix, rel);
        if (!external_node_fs_.lstatSync(abs).isFile() || (only && !(0,glob/* matchesAny */._I)(rel, only)) || !looksElf(abs))
            continue;
        const r = await relocateElf(o.prefix, rel, rp, 'patchelf', o.runtime);
        if (!r)
            continue;
        rpaths.push(r);
        if (r.dropped.length)
            warn(`${rel}: RPATH entries outside the prefix dropped: ${r.dropped.join(':')}`);
    }
    if (rpaths.length)
        log(`RPATHs: ${rpaths.map(r => `${r.rel} -> ${r.after}`).join(', ')}`);
    return rpaths;
}
async function postProcess(o) {
    const log = o.log ?? (() => { });
    const warn = o.warn ?? (() => { });
    const win = o.subdir.startsWith('win-');
    const noarchPython = o.noarch === 'python';
    const b = o.build;
    const entryPoints = (0,sections/* strList */.Sc)(b.entry_points);
    // refused here, before they reach bin/ or info/link.json
    for (const e of entryPoints)
        (0,noarch/* parseEntryPoint */.yx)(e, 'build/entry_points');
    if (!noarchPython && entryPoints.length)
        log(`entry points: ${(0,post_python/* writeEntryPoints */.dF)(o.prefix, entryPoints, win).join(', ')}`);
    let files = newFiles(o.before, listFiles(o.prefix));
    const always = (0,sections/* strList */.Sc)(b.always_include_files);
    if (always.length)
        files = [...new Set([...files, ...alwaysIncluded([...o.before], always)])].sort();
    for (const f of files.filter(f => isDropped(f, flag(b.preserve_egg_dir, false))))
        external_node_fs_.rmSync(external_node_path_.join(o.prefix, f), { force: true });
    files = files.filter(f => !isDropped(f, flag(b.preserve_egg_dir, false)));
    if (!noarchPython && o.noarch !== 'generic' && (await compileMissingPyc(o, files, log, warn)))
        files = newFiles(o.before, listFiles(o.prefix));
    if (files.length === 0)
        warn('the build script installed nothing into $PREFIX: the package holds metadata only');
    (0,info_paths/* refuseReservedInfoPaths */.pr)(files);
    if (!win)
        fixLinksAndShebangs(o.prefix, files, log);
    const rpaths = await relocateAll(o, files, log, warn);
    const ignore = b.ignore_prefix_files;
    const hits = (0,prefix_detect/* detectPrefixFiles */.f5)(files, {
        prefix: o.prefix,
        win,
        hasPrefixFiles: (0,sections/* strList */.Sc)(b.has_prefix_files),
        binaryHasPrefixFiles: (0,sections/* strList */.Sc)(b.binary_has_prefix_files),
        ignorePrefixFiles: ignore === true || (typeof ignore === 'string' && /^(true|yes)$/i.test(ignore)) ? true : (0,sections/* strList */.Sc)(ignore),
        detectBinary: b.detect_binary_files_with_prefix === undefined ? undefined : flag(b.detect_binary_files_with_prefix, !win)
    });
    const sitePackages = win ? 'Lib/site-packages' : `lib/python${o.pythonVersion}/site-packages`;
    const target = (rel) => (noarchPython ? (0,post_python/* noarchPythonPath */.zW)(rel, sitePackages) : rel);
    const payload = [];
    const seen = new Set();
    for (const rel of files) {
        const to = target(rel);
        if (to === null || seen.has(to) || (noarchPython && (0,post_python/* isBytecode */.m9)(rel)))
            continue;
        seen.add(to);
        payload.push({ rel: to, abs: external_node_path_.join(o.prefix, rel) });
    }
    payload.sort((a, b2) => (a.rel < b2.rel ? -1 : a.rel > b2.rel ? 1 : 0));
    const prefixHits = hits.flatMap(h => {
        const to = target(h.path);
        return to === null ? [] : [{ ...h, path: to }];
    });
    return { files: payload, prefixHits, rpaths, entryPoints: noarchPython ? entryPoints : [] };
}

;// CONCATENATED MODULE: ./src/conda/builder/cache-guard.ts
/**
 * The package cache kept whole while a build script runs. The build and host prefixes are hard-linked from the
 * packages extracted in the cache (as conda links them), so a script that rewrites a dependency's file in place
 * (`printf x > $PREFIX/file`) rewrites the cache's copy too, and every prefix linked from it later (the next
 * output's, the test's) gets the rewritten file: conda-build's outputs_overwrite_base_file. conda-build removes
 * packages from its cache before testing them (environ.clean_pkg_cache); here the cache folders of the packages
 * whose files a script wrote through are removed after it, so the next install extracts them again from their
 * archive (the prefix keeps the rewritten file, as conda-build's does).
 */



function snapshotLinked(prefix) {
    const files = new Map();
    for (const rel of listFiles(prefix)) {
        const st = external_node_fs_.lstatSync(external_node_path_.join(prefix, rel), { throwIfNoEntry: false });
        if (st?.isFile() && st.nlink > 1)
            files.set(rel, { ino: st.ino, mtimeMs: st.mtimeMs, size: st.size });
    }
    return { prefix, files };
}
/** The snapshot's files that are still the same file but were written since (their other links see the change). */
function writtenThrough(s) {
    const out = [];
    for (const [rel, was] of s.files) {
        const st = external_node_fs_.lstatSync(external_node_path_.join(s.prefix, rel), { throwIfNoEntry: false });
        if (st?.isFile() && st.ino === was.ino && (st.mtimeMs !== was.mtimeMs || st.size !== was.size))
            out.push(rel);
    }
    return out;
}
/** The extracted package folder of each file of the prefix, from its conda-meta records. */
function extractedByFile(prefix) {
    const meta = external_node_path_.join(prefix, 'conda-meta');
    const out = new Map();
    for (const f of external_node_fs_.existsSync(meta) ? external_node_fs_.readdirSync(meta).filter(n => n.endsWith('.json')) : []) {
        let rec;
        try {
            rec = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(meta, f), 'utf8'));
        }
        catch {
            continue;
        }
        if (typeof rec.extracted_package_dir !== 'string' || !Array.isArray(rec.files))
            continue;
        for (const rel of rec.files)
            if (typeof rel === 'string')
                out.set(rel, rec.extracted_package_dir);
    }
    return out;
}
/**
 * Where a prefix file may sit in its extracted package: at the same path, or for a noarch python package at
 * the path the package holds it under (`site-packages/...` for `lib/pythonX.Y/site-packages/...` or
 * `Lib/site-packages/...`, `python-scripts/...` for `bin/...` or `Scripts/...`).
 */
function packagePathsOf(rel) {
    const sp = /^(?:lib\/python\d+\.\d+t?|Lib)\/site-packages\/(.+)$/.exec(rel);
    const script = /^(?:bin|Scripts)\/(.+)$/.exec(rel);
    return [rel, ...(sp ? [`site-packages/${sp[1]}`] : []), ...(script ? [`python-scripts/${script[1]}`] : [])];
}
/** Remove the cache folders of the packages whose files were written through; returns them. */
function evictWrittenThrough(snapshots, warn) {
    const evicted = new Set();
    for (const s of snapshots) {
        const written = writtenThrough(s);
        if (!written.length)
            continue;
        const owners = extractedByFile(s.prefix);
        for (const rel of written) {
            const dir = owners.get(rel);
            if (!dir || evicted.has(dir))
                continue;
            // the cache's copy is the prefix's file (same inode) only while linked: check before removing
            const ino = s.files.get(rel)?.ino;
            const linked = packagePathsOf(rel).some(p => external_node_fs_.lstatSync(external_node_path_.join(dir, p), { throwIfNoEntry: false })?.ino === ino);
            if (!linked)
                continue;
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
            evicted.add(dir);
            warn(`the build script wrote into ${external_node_path_.join(s.prefix, rel)}, a file hard-linked from the package cache: ` +
                `${dir} was removed from the cache, to be extracted again from its archive (write a new file instead of rewriting a dependency's)`);
        }
    }
    return [...evicted];
}
/** Run a build script with the cache kept whole (see the module's comment). */
async function keepingCacheWhole(prefixes, warn, run) {
    const snapshots = [...new Set(prefixes)].map(snapshotLinked);
    try {
        return await run();
    }
    finally {
        evictWrittenThrough(snapshots, warn);
    }
}

// EXTERNAL MODULE: ./src/conda/plan/output-text.ts
var output_text = __webpack_require__(49868);
;// CONCATENATED MODULE: ./src/conda/builder/empty-package.ts
/**
 * The empty packages conda-build refuses (bundle_conda's CondaBuildException "Empty package; ..."): a package
 * with no files of its own (conda-build's `files`: the output's `files:`, or for the top-level package the files
 * its build added), no output script and nothing named by always_include_files, whose requirements hold python
 * (or r-base) in both build and host (the build most likely ran the build prefix's interpreter and installed into
 * it), or in build beside a `{{ compiler(...) }}` (uses_new_style_compiler_activation) without it in host. Pure.
 */

/** The interpreters conda-build checks, with the variable a build script should run instead. */
const DOUBLE_DEPS = [
    ['python', 'PYTHON'],
    ['r-base', 'R']
];
const names = (specs) => new Set(specs.map(s => s.trim().split(/[\s=<>!~]/)[0]));
/** Why conda-build refuses this package (the caller names the package), or undefined when it makes it. */
function emptyPackageProblem(i) {
    if (i.hasFiles || i.hasScript || i.alwaysIncludes)
        return undefined;
    const build = names(i.build);
    const host = names(i.host);
    const empty = `the package would be empty (its build added no files to $PREFIX, and it has no output script, files: or always_include_files)`;
    for (const [dep, variable] of DOUBLE_DEPS) {
        if (build.has(dep) && host.has(dep))
            return (`${empty} with ${dep} in both its build and host requirements: the build script most likely ran the build prefix's ${dep}, ` +
                `which installs into the build prefix; run $${variable} (the host prefix's ${dep}) in the build script, or make it install its files into $PREFIX ` +
                `(conda-build refuses it too: "Empty package; ${dep} present in build and host deps")`);
        if (build.has(dep) && i.compilerActivation)
            return (`${empty} with ${dep} in its build requirements (beside a compiler) but not in host: move ${dep} to requirements/host, ` +
                `where the package's files are installed from (conda-build refuses it too: "Empty package; ${dep} dep present in build but not host requirements")`);
    }
    return undefined;
}
const COMPILER = /\{\{\s*compiler\(.*\)\s*\}\}/;
const REQUIREMENTS = /^requirements:[\s\S]*?(?=^(?:test|extra|about|outputs):|(?![\s\S]))/m;
/**
 * Whether the requirements use `{{ compiler(...) }}` in the recipe's raw text: the top level's requirements
 * section, or (`output`) the requirements of the outputs block whose `name:` is written as that name.
 */
function usesCompilerActivation(raw, output) {
    const text = output === undefined
        ? (0,output_text/* topLevelText */.Zm)(raw, undefined)
        : (0,output_text/* outputBlocks */.o)(raw).find(b => new RegExp(`^name:\\s*['"]?${empty_package_escape(output)}['"]?\\s*(#.*)?$`, 'm').test(b));
    return COMPILER.test(REQUIREMENTS.exec(text ?? '')?.[0] ?? '');
}
const empty_package_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Refuse, before post-processing, a package conda-build refuses (see emptyPackageProblem). */
function refuseEmptyPackage(i) {
    const problem = emptyPackageProblem(i);
    if (problem)
        throw new Error(problem);
}

// EXTERNAL MODULE: ./src/conda/builder/env-vars.ts
var env_vars = __webpack_require__(11575);
// EXTERNAL MODULE: ./src/lib/deadline.ts
var deadline = __webpack_require__(83395);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs.ts
var inputs = __webpack_require__(51662);
;// CONCATENATED MODULE: ./src/conda/builder/script.ts
/**
 * Running the recipe's build script as conda-build does: `bash -e` (no profile, no rc files, stdin
 * /dev/null) in SRC_DIR with the computed environment. A fixed wrapper first sources the activation
 * scripts of the host prefix, then of the build prefix (so a compiler package's activate.d sets CC,
 * CFLAGS...: `conda activate host; conda activate --stack build`), then the script itself. No path or
 * recipe text is ever spliced into the wrapper: they reach it through the environment and argv.
 */





/** Minutes the build script and each test may run unless the `timeout` input or `--timeout` says otherwise (src/lib/inputs.ts). */

/** Why a script's run failed, or undefined when it succeeded: the timeout (with the kill) or the exit code, then its last lines. */
function scriptFailure(what, r, timeoutSeconds) {
    if (r.timedOut)
        return (`${what} did not finish within ${(0,deadline/* formatLimit */.tW)(timeoutSeconds ?? 0)} (the timeout): its process group was killed; ` +
            `raise timeout (minutes) if it needs longer. Its last lines:\n${r.tail}`);
    if (r.exitCode !== 0)
        return `${what} failed with exit code ${r.exitCode}; its last lines:\n${r.tail}`;
    return undefined;
}
/** The wrapper: activation of PREFIX then BUILD_PREFIX, then `. "$1"` (the script). */
const WRAPPER = `# written by build-wheel conda build
_bw_activate() {
  CONDA_PREFIX="$1"
  export CONDA_PREFIX
  if [ -d "$1/etc/conda/activate.d" ]; then
    for _bw_f in "$1"/etc/conda/activate.d/*.sh; do
      [ -f "$_bw_f" ] && . "$_bw_f"
    done
  fi
  return 0
}
_bw_activate "$PREFIX"
if [ -n "\${BUILD_PREFIX:-}" ] && [ "$BUILD_PREFIX" != "$PREFIX" ]; then _bw_activate "$BUILD_PREFIX"; fi
CONDA_PREFIX="$PREFIX"
export CONDA_PREFIX
unset -f _bw_activate
unset _bw_f
_bw_script="$1"
shift
. "$_bw_script"
`;
class BuildScriptError extends Error {
    exitCode;
    tail;
    name = 'BuildScriptError';
    constructor(message, exitCode, tail) {
        super(message);
        this.exitCode = exitCode;
        this.tail = tail;
    }
}
/** The file that runs a planned script: the recipe's own, or build/script's lines written into the work folder. */
function scriptFile(script, workRoot, win) {
    if (script.file)
        return { file: script.file, origin: script.origin };
    const file = external_node_path_.join(workRoot, win ? 'conda_build_script.bat' : 'conda_build_script.sh');
    external_node_fs_.writeFileSync(file, `${(script.lines ?? []).join('\n')}\n`, { mode: 0o600 });
    return { file, origin: script.origin };
}
/** Runs `python "$@"` (the prefixes' python first on PATH, else the machine's python3): fixed text, the script comes as an argument. */
const PYTHON_RUNNER = `# written by build-wheel conda build
if command -v python >/dev/null 2>&1; then exec python "$@"; fi
exec python3 "$@"
`;
/**
 * The argv that runs a script file (bash through the activation wrapper, written beside it; cmd for .bat); host
 * paths. interpreter 'python' (or a .py file) runs it with python after the same activation.
 */
function scriptArgv(file, wrapperDir, wrapperName, interpreter, activate = true) {
    if (file.endsWith('.bat'))
        return ['cmd', '/d', '/c', file];
    const wrapper = external_node_path_.join(wrapperDir, wrapperName);
    // build/activate_in_script: false runs the script without the prefixes' activation
    const lead = activate ? ['bash', '--noprofile', '--norc', '-e', wrapper] : ['bash', '--noprofile', '--norc', '-e'];
    if (activate)
        external_node_fs_.writeFileSync(wrapper, WRAPPER, { mode: 0o700 });
    if (interpreter === 'python' || (!interpreter && file.endsWith('.py'))) {
        const runner = external_node_path_.join(wrapperDir, `${wrapperName}.python.sh`);
        external_node_fs_.writeFileSync(runner, PYTHON_RUNNER, { mode: 0o700 });
        return [...lead, runner, file];
    }
    return [...lead, file];
}
/** Run the script through the runtime (the host's by default); throws BuildScriptError with the last lines of its output when it fails. */
async function runBuildScript(choice, env, opts) {
    const runtime = opts.runtime ?? (0,runtime_argv/* hostRuntime */.V)();
    const argv = (0,runtime_argv/* inRuntime */.E)(runtime, scriptArgv(choice.file, opts.workRoot, 'conda_build.sh', opts.interpreter, opts.activate));
    let r;
    try {
        // the script sees the build's environment alone, as conda-build's does: a variable of this process reaches it only through script_env
        r = await runtime.run(argv, { cwd: runtime.toRuntimePath(opts.cwd), env, exactEnv: true, timeoutSeconds: opts.timeoutSeconds });
    }
    catch (e) {
        if (e instanceof errors/* CommandError */.Qd)
            throw new BuildScriptError(`cannot start ${argv[0]}: ${e.message}`, 127, '');
        throw e;
    }
    const failed = scriptFailure(choice.origin, r, opts.timeoutSeconds);
    if (failed)
        throw new BuildScriptError(failed, r.exitCode, r.tail);
}

;// CONCATENATED MODULE: ./src/conda/builder/output-steps.ts
/**
 * The steps of one output of an `outputs:` recipe, after its variant's top-level build (output-builds.ts plans
 * them): its own requirements installed into the shared build and host prefixes (conda-build's layout: the files
 * the top-level build left stay), its script run in the work folder, its files chosen by its packaging rule
 * (the files its script added, its `files:` globs, or every file the top-level build added) and post-processed,
 * its requirements finalized against the packages it was built with, then packaged, indexed and tested.
 */





















const SCRIPT_EXTENSIONS = ['.sh', '.py', '.bat'];
async function installInto(prefix, specs, solved, channels, c, what) {
    if (!specs.length)
        return [];
    c.log(`${what}: ${specs.join(', ')}`);
    const got = await (0,create.createEnvironment)({
        prefix,
        channels,
        specs,
        cacheDir: c.cacheDir,
        allowPackageScripts: c.allowPackageScripts,
        verify: c.verify,
        log: c.log,
        warn: c.warn,
        command: `build-wheel conda build (${what})`,
        addToExisting: true,
        ...(solved ? { solved } : {})
    });
    return exportsOf(got.packages, c.cacheDir);
}
/** The built package that stands for a planned record, read from the output channel. */
async function builtRecord(r, c) {
    const channel = (0,env_channel/* parseChannel */.pn)(external_node_path_.resolve(c.outputDir));
    const loaded = await (0,repodata/* loadRepodata */.bR)(channel, r.subdir, { cacheDir: external_node_path_.join(c.cacheDir, 'repodata') });
    const built = loaded.data['packages.conda']?.[r.record.fn] ?? loaded.data.packages?.[r.record.fn];
    return built ? { ...r, record: { ...built, fn: r.record.fn }, channel, ...(0,solve/* locate */.x5)(loaded, r.record.fn) } : { missing: true };
}
/**
 * A solved set with each planned record (an output of the recipe, planned-records.ts) swapped for the package built
 * in its place, read from the output channel. An error when that package is not the one planned; no set, and the
 * reason, when the built package asks for more than the set satisfies: the environment is then solved at build time
 * with the built package in the output channel (what the plan could not know: the run_exports of channel packages).
 */
async function withBuiltOutputs(solved, c, what) {
    if (!solved?.some(planned_records/* isPlanned */.H9))
        return { solved };
    const match = await specMatcher(solved.map(r => r.record));
    const out = [];
    const again = [];
    for (const r of solved) {
        const built = (0,planned_records/* isPlanned */.H9)(r) ? await builtRecord(r, c) : r;
        const verdict = built === r ? undefined : (0,planned_records/* checkBuilt */.Dh)(r.record, 'missing' in built ? undefined : built.record, match);
        if (verdict?.kind === 'refused')
            throw new Error(`${what}: ${verdict.reason}; the plan's solution does not hold (build-wheel conda build --plan-only shows what was planned)`);
        if (verdict?.kind === 'solve-again')
            again.push(`${r.record.name}-${r.record.version}-${r.record.build} ${verdict.because.join(', ')}`);
        if (!('missing' in built))
            out.push(built);
    }
    if (!again.length)
        return { solved: out };
    const because = `${again.join('; ')}, beyond the plan's solution (run_exports the plan could not read: it reads them from the package cache and from local channels' run_exports.json or channeldata.json)`;
    c.log(`${what}: solved again at build time, with the built package(s) from the output channel: ${because}`);
    return { solved: undefined, again: because };
}
/** The output's own requirements into one shared prefix, its planned records swapped for the built packages. */
async function installOwn(p, s, c, again) {
    const what = `${p.which} requirements of ${s.name}`;
    const set = await withBuiltOutputs(p.solved, c, what);
    const channels = s.environments.needsOutputs.length ? [external_node_path_.resolve(c.outputDir), ...c.channels] : c.channels;
    const got = await installInto(p.prefix, p.specs, set.solved, channels, c, what);
    if (set.again)
        again.push({ environment: what, because: set.again, packages: got.map(x => `${x.name}-${x.version}-${x.build}`) });
    return got;
}
/** The output's own requirements into the shared prefixes (outputs built before taken from the output channel). */
async function outputEnvironments(b, s, top, c) {
    if (s.topLevel)
        return top.envs;
    const e = s.environments;
    const again = [];
    const build = await installOwn({ which: 'build', prefix: b.dirs.buildPrefix, specs: e.build, solved: e.solved?.build }, s, c, again);
    const host = await installOwn({ which: 'host', prefix: b.dirs.hostPrefix, specs: e.host, solved: e.solved?.host }, s, c, again);
    const envs = s.output.requirements.hasHost ? { build, host } : { build: host, host: [] };
    return again.length ? { ...envs, solvedAgain: again } : envs;
}
/** The output's script, when it has one; returns the files it added to the host prefix. */
async function outputScript(b, s, top, c) {
    const run = s.run;
    if (!run)
        return new Set();
    let file;
    if (run.file) {
        file = external_node_path_.resolve(b.scriptFacts.recipeDir, run.file);
        const ext = external_node_path_.extname(file).toLowerCase();
        if (!run.interpreter && !SCRIPT_EXTENSIONS.includes(ext))
            throw new Error(`outputs (${s.name}): script ${run.file} has an extension this suite cannot run (${ext || 'none'}); use .sh, .py or .bat, or set script_interpreter`);
        if (!external_node_fs_.existsSync(file))
            throw new Error(`outputs (${s.name}): script ${run.file} is not in the recipe folder ${b.scriptFacts.recipeDir}`);
    }
    else {
        file = external_node_path_.join(b.dirs.root, `conda_output_script_${s.name}.sh`);
        external_node_fs_.writeFileSync(file, `${(run.lines ?? []).join('\n')}\n`, { mode: 0o600 });
    }
    const pkg = {
        name: s.name,
        version: s.version,
        buildNumber: s.buildNumber,
        buildString: s.buildString,
        hash: /h([0-9a-f]{7})/.exec(s.buildString)?.[1] ?? ''
    };
    const env = (0,env_vars/* buildEnvironment */.AF)({ ...b.scriptFacts, pkg, scriptEnv: s.scriptEnv, gitVars: gitVarsOf(top.env) });
    const before = new Set(listFiles(b.dirs.hostPrefix));
    c.log(`script of ${s.name}: ${run.file ?? 'build/script'}`);
    const o = {
        cwd: b.dirs.work,
        workRoot: b.dirs.root,
        timeoutSeconds: c.timeoutSeconds,
        runtime: c.runtime,
        interpreter: run.interpreter,
        activate: !isFalse(s.output.build.activate_in_script)
    };
    await keepingCacheWhole([b.dirs.buildPrefix, b.dirs.hostPrefix], c.warn ?? c.log, () => runBuildScript({ file, origin: 'output script' }, env, o));
    return new Set(listFiles(b.dirs.hostPrefix).filter(f => !before.has(f)));
}
const isFalse = (v) => v === false || (typeof v === 'string' && /^(false|no|0)$/i.test(v.trim()));
function gitVarsOf(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => /^(GIT|HG)_/.test(k)));
}
/** A file matches a glob itself or through a folder it is in (a glob naming a folder takes its files). */
function matches(rel, globs) {
    if ((0,glob/* matchesAny */._I)(rel, globs))
        return true;
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++)
        if ((0,glob/* matchesAny */._I)(parts.slice(0, i).join('/'), globs))
            return true;
    return false;
}
/** The host-prefix files the output's package holds (see FileSelection). */
function selectFiles(sel, prefix, top, scriptAdded) {
    switch (sel.kind) {
        case 'top-level-new':
            return new Set(top.added);
        case 'script-new':
            return new Set(scriptAdded);
        case 'none':
            return new Set();
        case 'globs': {
            const all = listFiles(prefix);
            const pool = sel.newOnly ? all.filter(f => !top.initial.has(f)) : all;
            return new Set(pool.filter(f => matches(f, sel.include) && !(sel.exclude.length && matches(f, sel.exclude))));
        }
    }
}
/**
 * conda-build's refusal of an empty output with python in build (empty-package.ts): its `files` are its files: globs,
 * or for an output of the top level's name without them the files the top-level build added.
 */
function checkOutputNotEmpty(b, s, top, c) {
    refuseEmptyPackage({
        hasFiles: s.files.kind === 'globs' || (s.files.kind === 'top-level-new' && top.added.size > 0),
        hasScript: s.run !== undefined,
        alwaysIncludes: alwaysIncluded(listFiles(b.dirs.hostPrefix), (0,sections/* strList */.Sc)(s.output.build.always_include_files)).length > 0,
        build: s.output.requirements.build,
        host: s.output.requirements.host,
        compilerActivation: usesCompilerActivation(external_node_fs_.readFileSync(c.recipeFile, 'utf8'), s.topLevel ? undefined : s.name)
    });
}
/** The chosen files post-processed (everything else in the prefix counts as there before). */
function postOutput(b, s, chosen, c) {
    const before = new Set(listFiles(b.dirs.hostPrefix).filter(f => !chosen.has(f)));
    return postProcess({
        prefix: b.dirs.hostPrefix,
        before,
        subdir: b.scriptFacts.subdir,
        build: s.output.build,
        noarch: s.noarch,
        pythonVersion: b.python.version,
        env: b.env,
        log: c.log,
        warn: c.warn,
        runtime: c.runtime
    });
}
const output_steps_solved = (p) => ({ name: p.name, version: p.version ?? '', build: p.build ?? '', runExports: p.exports });
/** The output's requirements finalized against the packages it was built with (conda-build's finalize_metadata). */
function finalizeOutput(b, s, envs, others, runSolved) {
    const o = s.output;
    const r = o.requirements;
    const merged = !r.hasHost;
    const f = (0,requirements/* finalizeRequirements */.vc)({
        requirements: { build: r.build, host: r.host, run: r.run, run_constrained: r.run_constrained },
        variant: b.rendered.input ?? b.rendered.variant,
        build: envs.build.map(output_steps_solved),
        host: merged ? undefined : envs.host.map(output_steps_solved),
        noarch: s.noarch,
        pythonIndependent: o.build.python_version_independent === true,
        ignoreRunExports: (0,sections/* strList */.Sc)(o.build.ignore_run_exports),
        ignoreRunExportsFrom: (0,sections/* strList */.Sc)(o.build.ignore_run_exports_from),
        pinDepends: typeof o.build.pin_depends === 'string' ? o.build.pin_depends : undefined,
        testRequires: s.test.requires,
        outputNames: others,
        ...(runSolved ? { runSolved } : {})
    });
    const meta = { ...finalizedRecipe(s.rendered.meta, f) };
    meta.build = { ...meta.build, number: s.buildNumber };
    if (f.testRequires?.length)
        meta.test = { ...(meta.test ?? {}), requires: f.testRequires };
    const runExports = (0,run_exports/* runExportsJson */.D)(o.runExports);
    return { depends: f.run, constrains: f.run_constrained, meta, ...(runExports ? { runExports } : {}), ...(f.requires ? { requires: f.requires } : {}) };
}

// EXTERNAL MODULE: ./src/conda/plan/solve-envs.ts
var solve_envs = __webpack_require__(97657);
;// CONCATENATED MODULE: ./src/conda/builder/run-env.ts
/**
 * build/pin_depends (record or strict): the run requirements of a package solved as the environment it would be
 * installed into (conda-build solves them to write info/requires, and with strict to replace depends by the
 * exact set). Solved from the build's channels, and the output channel when it already holds packages (the
 * recipe's other outputs).
 */



/** Whether pin_depends asks for the solved run set. */
const wantsRunSet = (pinDepends) => typeof pinDepends === 'string' && /^(record|strict)$/i.test(pinDepends);
/** The solved run environment of `depends` for `subdir` (the machine's for noarch). */
async function solveRunSet(depends, subdir, c) {
    if (!depends.length)
        return [];
    const out = external_node_path_.resolve(c.outputDir);
    const indexed = ['noarch', subdir].some(d => external_node_fs_.existsSync(external_node_path_.join(out, d, 'repodata.json')));
    const solutions = await (0,solve_envs/* solveEnvironments */.s)([depends], {
        channels: indexed ? [out, ...c.channels] : c.channels,
        subdir,
        cacheDir: c.cacheDir,
        log: c.log,
        warn: c.warn
    });
    return (solutions.get((0,solve_envs/* specsKey */.K)(depends)) ?? []).map(s => ({ name: s.record.name, version: s.record.version, build: s.record.build }));
}

// EXTERNAL MODULE: ./src/conda/env/fetch.ts
var fetch = __webpack_require__(64959);
// EXTERNAL MODULE: ./src/conda/env/remove-plan.ts
var remove_plan = __webpack_require__(72327);
;// CONCATENATED MODULE: ./src/conda/testing/run.ts
/**
 * The test phase, as conda-build's (nothing at all for a package without tests; only the prefix for one
 * with test/requires alone): a fresh test prefix solved from the new channel (the package pinned to its
 * exact version and build) plus `test/requires` (and python when there is a run_test.py or imports); the
 * package's info/test files copied into a test folder (run_test.*, test/files, test/source_files); then
 * `python -s run_test.py` and `bash -e run_test.sh` there, with the environment of a test
 * (CONDA_BUILD_STATE=TEST, PREFIX the test prefix, SRC_DIR the test folder).
 */








class PackageTestError extends Error {
    output;
    name = 'PackageTestError';
    constructor(message, output) {
        super(message);
        this.output = output;
    }
}
function isNoarchPythonIndex(file) {
    if (!external_node_fs_.existsSync(file))
        return false;
    const index = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    return index.noarch === 'python';
}
/** Run the package's tests (see the module's comment); throws PackageTestError with the output. */
async function testPackage(o) {
    const log = o.log ?? (() => { });
    external_node_fs_.rmSync(o.testDir, { recursive: true, force: true });
    const unpacked = `${o.testDir}.pkg`;
    let noarchPython;
    external_node_fs_.rmSync(unpacked, { recursive: true, force: true });
    try {
        await (0,env_package/* extractPackage */.eP)(o.packageFile, unpacked);
        noarchPython = isNoarchPythonIndex(external_node_path_.join(unpacked, 'info', 'index.json'));
        const testInfo = external_node_path_.join(unpacked, 'info', 'test');
        if (external_node_fs_.existsSync(testInfo))
            external_node_fs_.cpSync(testInfo, o.testDir, { recursive: true, verbatimSymlinks: true });
        else
            external_node_fs_.mkdirSync(o.testDir, { recursive: true });
        // the test folder is written into (the wrapper) and run in: none of its links may lead out of it
        (0,archive_links/* refuseWritesOut */.Xw)(o.testDir, '', `the tests of ${o.name} (info/test of ${external_node_path_.basename(o.packageFile)})`);
    }
    finally {
        external_node_fs_.rmSync(unpacked, { recursive: true, force: true });
    }
    const has = (f) => external_node_fs_.existsSync(external_node_path_.join(o.testDir, f));
    const win = o.subdir.startsWith('win-');
    const scripts = ['run_test.py', win ? 'run_test.bat' : 'run_test.sh'].filter(has);
    const depsFile = external_node_path_.join(o.testDir, 'test_time_dependencies.json');
    const requires = has('test_time_dependencies.json') ? JSON.parse(external_node_fs_.readFileSync(depsFile, 'utf8')) : [];
    if (!scripts.length && !requires.length) {
        // conda-build makes no test prefix for a package without tests ("Nothing to test for")
        log(`${o.name} has no tests (no test/commands, imports, requires or run_test.*): nothing to test, no test prefix made`);
        return { ran: [] };
    }
    // a noarch: python package is installed for a python: the test prefix gets one when nothing else asks for it
    const needsPython = (has('run_test.py') || noarchPython) && !requires.some(r => /^python(\s|$|[<>=!])/.test(r));
    const specs = [`${o.name} ${o.version} ${o.build}`, ...(o.pins ?? []), ...requires, ...(needsPython ? ['python'] : [])];
    external_node_fs_.rmSync(o.testPrefix, { recursive: true, force: true });
    const created = await (0,create.createEnvironment)({
        prefix: o.testPrefix,
        channels: o.channels,
        specs,
        subdir: o.subdir === 'noarch' ? undefined : o.subdir,
        cacheDir: o.cacheDir,
        allowPackageScripts: o.allowPackageScripts,
        verify: o.verify,
        log,
        warn: o.warn,
        command: `build-wheel conda build (test of ${o.name})`
    });
    // test/requires alone: the test prefix is still made, so the package and those requirements must install together (as conda-build)
    if (!scripts.length)
        return { ran: [] };
    const py = created.packages.find(p => p.name === 'python');
    const env = (0,env_vars/* buildEnvironment */.AF)({
        ...o.facts,
        prefix: o.testPrefix,
        srcDir: o.testDir,
        state: 'TEST',
        hasPython: Boolean(py),
        pythonVersion: py ? (/^\d+\.\d+/.exec(py.version)?.[0] ?? o.pythonVersion) : o.pythonVersion
    });
    const runtime = o.runtime ?? (0,runtime_argv/* hostRuntime */.V)();
    const ran = [];
    for (const s of scripts) {
        const argv = s.endsWith('.py')
            ? [win ? external_node_path_.join(o.testPrefix, 'python.exe') : external_node_path_.join(o.testPrefix, 'bin', 'python'), '-s', s]
            : scriptArgv(s, o.testDir, '.conda_test.sh');
        log(`test: ${s}`);
        const r = await runtime.run((0,runtime_argv/* inRuntime */.E)(runtime, argv), { cwd: runtime.toRuntimePath(o.testDir), env, timeoutSeconds: o.timeoutSeconds });
        const failed = scriptFailure(`the test ${s} of ${o.name}-${o.version}-${o.build}`, r, o.timeoutSeconds);
        if (failed)
            throw new PackageTestError(failed, r.tail);
        ran.push(s);
    }
    return { ran };
}

;// CONCATENATED MODULE: ./src/conda/testing/downstreams.ts
/**
 * test/downstreams, as conda-build runs them after a package's own tests (build_tree in its build.py): for each
 * downstream spec, the spec and the new package pinned exactly (`name version build`) are solved together over the
 * output channel first, then the build's channels. A spec that cannot be solved with the new package (no channel
 * has it, or no version of it accepts the new package) is skipped with a warning, as conda-build skips it. Otherwise
 * the downstream package the solver chose is brought into the package cache and its own tests (what its info/test/
 * holds: run_test.*, test/requires) run in a fresh test prefix with the new package pinned there too; a failing
 * downstream test fails the build (conda-build raises CondaBuildUserError).
 * A mapping under test/downstreams: its keys are the specs (conda-build ignores the values, with a warning).
 */






/** What test/downstreams holds, as specs (a string, a list, or a mapping whose keys are the specs). */
function downstreamSpecs(value, warn = () => { }) {
    if (value === undefined || value === null || value === '')
        return [];
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter(v => v !== null && v !== undefined && v !== '').map(v => String(v));
    if (typeof value === 'object') {
        warn('test/downstreams is a mapping: its keys are tested as downstream specs, its values are ignored (as conda-build ignores them)');
        return Object.keys(value);
    }
    return [String(value)];
}
/** A downstream package's test failed (or its test prefix could not be made); `output` holds its last lines. */
class DownstreamTestError extends Error {
    downstream;
    output;
    name = 'DownstreamTestError';
    constructor(message, 
    /** name-version-build of the downstream package. */
    downstream, output) {
        super(message);
        this.downstream = downstream;
        this.output = output;
    }
}
/** The downstream spec solved with the new package; a SolveError (unsatisfiable) becomes a reason to skip. */
async function resolveDownstream(spec, o) {
    const up = o.upstream;
    const specs = [spec, `${up.name} ${up.version} ${up.build}`];
    const subdir = up.subdir === 'noarch' ? o.machineSubdir : up.subdir;
    let solved;
    try {
        const got = await (0,solve_envs/* solveEnvironments */.s)([specs], {
            channels: [external_node_path_.resolve(o.outputDir), ...o.channels],
            subdir,
            cacheDir: o.cacheDir,
            log: o.log,
            warn: o.warn
        });
        solved = got.get((0,solve_envs/* specsKey */.K)(specs)) ?? [];
    }
    catch (e) {
        if (e instanceof solve/* SolveError */.Y)
            return e.message;
        throw e;
    }
    const name = (0,solve/* specName */.hi)(spec);
    return solved.find(r => r.record.name.toLowerCase() === name) ?? `the solution of ${specs.join(', ')} holds no package named ${name}`;
}
/** The downstream package's own tests, with the new package pinned in its test prefix. */
async function testDownstream(spec, chosen, o) {
    const r = chosen.record;
    const stem = (0,remove_plan/* dist */.xg)(r);
    const up = o.upstream;
    const { archive } = await (0,fetch/* fetchPackage */.X7)(chosen, { pkgsDir: external_node_path_.join(o.cacheDir, 'pkgs') });
    const buildNumber = typeof r.build_number === 'number' ? r.build_number : 0;
    const pkg = { name: r.name, version: r.version, buildNumber, buildString: r.build, hash: /h([0-9a-f]{7})/.exec(r.build)?.[1] ?? '' };
    o.log(`testing downstream package ${stem} (test/downstreams: ${spec}) against ${(0,remove_plan/* dist */.xg)(up)}`);
    try {
        const tested = await testPackage({
            ...o.testing,
            // the downstream's own identity in its test's environment (PKG_NAME...), not the variant keys of the upstream
            facts: { ...o.testing.facts, pkg, variant: {} },
            packageFile: archive,
            name: r.name,
            version: r.version,
            build: r.build,
            subdir: chosen.subdir,
            channels: [external_node_path_.resolve(o.outputDir), ...o.channels],
            pins: [`${up.name} ${up.version} ${up.build}`]
        });
        return { spec, package: stem, ran: tested.ran };
    }
    catch (e) {
        const message = `the downstream test of ${(0,remove_plan/* dist */.xg)(up)} (test/downstreams: ${spec}) failed: ${e.message}`;
        throw new DownstreamTestError(message, stem, e.output);
    }
}
/** Every downstream spec in order (see the module's comment); throws DownstreamTestError at the first failing test. */
async function testDownstreams(o) {
    const out = [];
    for (const spec of o.specs) {
        o.log(`downstream: ${spec}`);
        const chosen = await resolveDownstream(spec, o);
        if (typeof chosen === 'string') {
            o.warn(`skipping the downstream test of ${spec} for ${(0,remove_plan/* dist */.xg)(o.upstream)}: it cannot be solved with the new package (as conda-build, which skips it). ${chosen}`);
            out.push({ spec, skipped: chosen });
            continue;
        }
        out.push(await testDownstream(spec, chosen, o));
    }
    return out;
}

// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(25877);
// EXTERNAL MODULE: ./src/conda/source/fetch.ts + 6 modules
var source_fetch = __webpack_require__(92150);
// EXTERNAL MODULE: ./src/conda/source/spec.ts
var spec = __webpack_require__(54278);
;// CONCATENATED MODULE: ./src/conda/builder/steps.ts
/**
 * The steps of one planned build, each a small function over its VariantPlan (src/conda/plan/build-plan.ts):
 * sources, build script, post-processing, package, test. The prefixes are installed from the plan's
 * solved sets (environments.ts); commands run through the runtime.
 */























/** The sources into the work folder; the script's environment with the source's GIT_* variables. */
async function fetchStep(b, c) {
    const fetched = await (0,source_fetch/* fetchSources */.d)((0,spec/* sourceSpecs */.M$)(b.rendered.meta.source, b.scriptFacts.recipeDir), {
        workDir: b.dirs.work,
        cacheDir: c.sourceCacheDir,
        log: c.log,
        runtime: c.runtime
    });
    const git = fetched.gitVars;
    return Object.keys(git).length ? (0,env_vars/* buildEnvironment */.AF)({ ...b.scriptFacts, gitVars: git }) : b.env;
}
/** The build script, when the recipe has one; then the recipe's link scripts into the prefix. */
async function scriptStep(b, env, c) {
    if (!b.script)
        c.log('no build script (build.sh, bld.bat or build/script): nothing to run');
    else {
        const choice = scriptFile(b.script, b.dirs.root, b.scriptFacts.buildSubdir.startsWith('win-'));
        const o = { cwd: b.dirs.work, workRoot: b.dirs.root, timeoutSeconds: c.timeoutSeconds, runtime: c.runtime };
        await keepingCacheWhole([b.dirs.buildPrefix, b.dirs.hostPrefix], c.warn ?? c.log, () => runBuildScript(choice, env, o));
    }
    const of = { recipeDir: b.scriptFacts.recipeDir, name: b.rendered.name, windows: b.scriptFacts.subdir.startsWith('win-') };
    installLinkScripts(b.dirs.hostPrefix, of, c.log);
}
/** The files the script added to the host prefix, post-processed. */
function postStep(b, before, env, c) {
    return postProcess({
        prefix: b.dirs.hostPrefix,
        before,
        subdir: b.scriptFacts.subdir,
        build: b.recipe.build.raw,
        noarch: b.noarch,
        pythonVersion: b.python.version,
        env,
        log: c.log,
        warn: c.warn,
        runtime: c.runtime
    });
}
/** The package written into <output>/<subdir>/; returns its path. */
async function packageStep(b, envs, post, c) {
    const r = b.recipe;
    // finalized as conda-build does: run_exports, pin_run_as_build (python >=3.12,<3.13.0a0), one spec per name
    // merge_build_host with a host section: one prefix, read as build and as host (conda-build's is_cross and build_is_host)
    const sets = b.merged && r.requirements.hasHost ? { build: envs.build, host: envs.build, merged: false } : { ...envs, merged: b.merged };
    const input = { meta: b.rendered.meta, variant: b.rendered.input ?? b.rendered.variant, ...sets };
    let { depends, constrains, finalized } = packageDepends(input);
    // pin_depends: record|strict: the run set solved, for info/requires (strict: as depends)
    if (wantsRunSet(r.build.raw.pin_depends))
        ({ depends, constrains, finalized } = packageDepends({ ...input, runSolved: await solveRunSet(depends, b.scriptFacts.buildSubdir, c) }));
    const info = {
        variant: { ...b.rendered, meta: finalizedRecipe(b.rendered.meta, finalized) },
        recipeDir: b.scriptFacts.recipeDir,
        recipeFile: c.recipeFile,
        srcDir: b.dirs.work,
        depends,
        constrains,
        timestamp: Number(b.scriptFacts.sourceDateEpoch) * 1000,
        files: post.files,
        prefixHits: post.prefixHits,
        entryPoints: post.entryPoints,
        runExports: (0,run_exports/* runExportsJson */.D)(r.build.runExports),
        ...(finalized.requires ? { requires: finalized.requires } : {}),
        channels: c.channels.map(ch => (0,env_channel/* redactUrl */.BO)(ch)),
        rootPkgs: envs.build,
        environ: b.scriptFacts.inherited
    };
    const level = c.level ?? write/* LEVELS */.A_[c.format].default;
    const { dir } = b.package;
    const watch = { what: b.package.fn, outDir: dir, tempPrefix: `.${b.stem}.`, files: post.files.map(f => f.abs), log: c.log };
    const out = await withPackingProgress(watch, () => (0,write/* writePackage */.E1)(b.dirs.stage, info, b.stem, dir, { format: c.format, level, mtime: Number(b.scriptFacts.sourceDateEpoch) }));
    c.log(`wrote ${out.path} (${out.files} file(s), depends: ${depends.join(', ') || 'nothing'})`);
    return out.path;
}
/** Move a package whose test failed to <output>/broken/ and index the channel without it. */
async function setBroken(file, c) {
    const broken = external_node_path_.join(c.outputDir, 'broken');
    external_node_fs_.mkdirSync(broken, { recursive: true });
    const moved = external_node_path_.join(broken, external_node_path_.basename(file));
    external_node_fs_.renameSync(file, moved);
    await (0,index/* indexChannel */.c)(c.outputDir, { log: c.log });
    return moved;
}
/** What every test run of a build shares (its own tests and its downstreams'): the test folders, caches, runtime. */
function testSettings(b, c) {
    const { cacheDir, timeoutSeconds, allowPackageScripts, verify, log, warn, runtime } = c;
    const { testPrefix, testDir } = b.dirs;
    return { testPrefix, testDir, cacheDir, pythonVersion: b.python.version, timeoutSeconds, allowPackageScripts, verify, log, warn, runtime };
}
/**
 * The package's tests in a fresh prefix (in the variant's test folders; `pkg` another package of the variant,
 * an output); a failure moves it to broken/. Returns the scripts that ran.
 */
async function testStep(b, file, c, pkg = b) {
    try {
        const r = await testPackage({
            ...testSettings(b, c),
            packageFile: file,
            name: pkg.name,
            version: pkg.version,
            build: pkg.buildString,
            subdir: pkg.subdir,
            channels: [external_node_path_.resolve(c.outputDir), ...c.channels],
            facts: pkg === b
                ? b.scriptFacts
                : {
                    ...b.scriptFacts,
                    pkg: { ...b.scriptFacts.pkg, name: pkg.name, version: pkg.version, buildNumber: pkg.buildNumber, buildString: pkg.buildString }
                }
        });
        return r.ran;
    }
    catch (e) {
        const moved = await setBroken(file, c);
        const testOutput = e instanceof PackageTestError ? e.output : undefined;
        throw new BuildFailure(`${e.message}\nthe package was moved to ${moved} and left out of the channel`, undefined, {
            stem: pkg.stem,
            subdir: pkg.subdir,
            broken: moved,
            testOutput
        });
    }
}
/** conda-build's refusal of an empty top-level package with python in build (empty-package.ts): `before` the host prefix's files before the script. */
function checkTopLevelNotEmpty(b, before, c) {
    const now = listFiles(b.dirs.hostPrefix);
    refuseEmptyPackage({
        hasFiles: now.some(f => !before.has(f)),
        hasScript: false,
        alwaysIncludes: alwaysIncluded(now, (0,sections/* strList */.Sc)(b.recipe.build.raw.always_include_files)).length > 0,
        build: b.requirements.build,
        host: b.requirements.host,
        compilerActivation: usesCompilerActivation(external_node_fs_.readFileSync(c.recipeFile, 'utf8'))
    });
}
/** The files of the host prefix before the script runs (what post-processing leaves out). */
const prefixFiles = (b) => new Set(listFiles(b.dirs.hostPrefix));
/** The summary row of a built package. */
function builtPackage(b, file, started, tested, more = {}) {
    const data = external_node_fs_.readFileSync(file);
    return {
        path: file,
        fn: external_node_path_.basename(file),
        name: b.name,
        version: b.version,
        build: b.buildString,
        subdir: b.subdir,
        sha256: (0,key/* sha256Hex */.fg)(data),
        size: data.length,
        seconds: (performance.now() - started) / 1000,
        tested,
        ...(more.solvedAgain?.length ? { solvedAgain: more.solvedAgain } : {})
    };
}

;// CONCATENATED MODULE: ./src/conda/builder/downstream-step.ts
/**
 * The downstream tests of a package after its own (test/downstreams: src/conda/testing/downstreams.ts), in the
 * variant's test folders. A failing downstream test fails the build; the new package stays in the output channel
 * (conda-build leaves it there too: its tests passed), and the failure names the downstream package.
 */




/**
 * The downstream tests of the package in `file` (`pkg` another package of the variant, an output, with its own
 * recipe); nothing when its recipe has no test/downstreams. Returns what ran, as `downstream <name-version-build>: <script>`.
 */
async function downstreamStep(b, file, c, pkg = b) {
    const test = pkg.rendered.meta.test;
    const warn = c.warn ?? c.log;
    const specs = downstreamSpecs(test && typeof test === 'object' ? test.downstreams : undefined, warn);
    if (!specs.length)
        return [];
    const upstream = { name: pkg.name, version: pkg.version, build: pkg.buildString, subdir: pkg.subdir };
    const settings = { ...testSettings(b, c), facts: b.scriptFacts };
    const run = { upstream, specs, outputDir: c.outputDir, channels: c.channels, machineSubdir: b.scriptFacts.buildSubdir, cacheDir: c.cacheDir };
    try {
        const results = await (0,log/* phase */.Oi)(`Downstream tests of ${pkg.stem}`, () => testDownstreams({ ...run, testing: settings, log: c.log, warn }));
        return results.flatMap(r => ('ran' in r ? r.ran.map(s => `downstream ${r.package}: ${s}`) : []));
    }
    catch (e) {
        if (!(e instanceof DownstreamTestError))
            throw e;
        const message = `${e.message}\n${file} stays in the output channel (its own tests passed), as conda-build leaves it`;
        throw new BuildFailure(message, undefined, { stem: pkg.stem, subdir: pkg.subdir, downstream: e.downstream, testOutput: e.output });
    }
}

;// CONCATENATED MODULE: ./src/conda/builder/outputs.ts
/**
 * Building the outputs of a variant of an `outputs:` recipe, after its top-level build: each output in build
 * order through its steps (output-steps.ts), then packaged with its finalized recipe (info/recipe/meta.yaml with
 * `extra: final: true`, index.json's finalized depends, run_exports.json, info/requires), indexed into the output
 * channel (so the outputs after it, and its test, can install it) and tested with its own test section.
 */












async function packageOutput(b, s, post, final, c) {
    const rendered = { ...s.rendered, meta: final.meta };
    const info = {
        variant: rendered,
        recipeDir: b.scriptFacts.recipeDir,
        recipeFile: c.recipeFile,
        srcDir: b.dirs.work,
        depends: final.depends,
        constrains: final.constrains,
        timestamp: Number(b.scriptFacts.sourceDateEpoch) * 1000,
        files: post.files,
        prefixHits: post.prefixHits,
        entryPoints: post.entryPoints,
        runExports: final.runExports,
        channels: c.channels.map(ch => (0,env_channel/* redactUrl */.BO)(ch)),
        output: { topLevel: s.topLevel, ...(s.test.script ? { testScript: s.test.script } : {}) },
        ...(final.requires ? { requires: final.requires } : {})
    };
    const level = c.level ?? write/* LEVELS */.A_[c.format].default;
    const { dir } = s.package;
    const stage = external_node_path_.join(b.dirs.root, `stage-${s.name}`);
    const watch = { what: s.package.fn, outDir: dir, tempPrefix: `.${s.stem}.`, files: post.files.map(f => f.abs), log: c.log };
    const out = await withPackingProgress(watch, () => (0,write/* writePackage */.E1)(stage, info, s.stem, dir, { format: c.format, level, mtime: Number(b.scriptFacts.sourceDateEpoch) }));
    c.log(`wrote ${out.path} (${out.files} file(s), depends: ${final.depends.join(', ') || 'nothing'})`);
    return out.path;
}
/** One output: environments, script, files, post-processing, finalized recipe, package, index, test. */
async function buildOutput(b, s, top, c) {
    const started = performance.now();
    const envs = await (0,log/* phase */.Oi)(`Environments of ${s.stem}`, () => outputEnvironments(b, s, top, c));
    const added = await (0,log/* phase */.Oi)(`Script of ${s.stem}`, () => outputScript(b, s, top, c));
    // the output's own link scripts (build/pre-link..., or <name>-post-link.sh) join its files
    const linkScripts = installLinkScripts(b.dirs.hostPrefix, { recipeDir: b.scriptFacts.recipeDir, name: s.name, outputBuild: s.output.build, windows: b.scriptFacts.subdir.startsWith('win-') }, c.log);
    const chosen = new Set([...selectFiles(s.files, b.dirs.hostPrefix, top, added), ...linkScripts]);
    checkOutputNotEmpty(b, s, top, c);
    const post = await (0,log/* phase */.Oi)(`Post-processing ${s.stem}`, () => postOutput(b, s, chosen, c));
    const others = (b.outputs ?? []).map(o => o.name).filter(n => n !== s.name);
    let final = finalizeOutput(b, s, envs, others);
    // pin_depends: record|strict: the run set solved, for info/requires (strict: as depends)
    if (wantsRunSet(s.output.build.pin_depends))
        final = finalizeOutput(b, s, envs, others, await solveRunSet(final.depends, b.scriptFacts.buildSubdir, c));
    const file = await (0,log/* phase */.Oi)(`Packaging ${s.package.fn}`, () => packageOutput(b, s, post, final, c));
    await (0,log/* phase */.Oi)(`Indexing ${c.outputDir}`, () => (0,index/* indexChannel */.c)(c.outputDir, { log: c.log }));
    const tested = s.test.enabled ? [...(await (0,log/* phase */.Oi)(`Testing ${s.stem}`, () => testStep(b, file, c, s))), ...(await downstreamStep(b, file, c, s))] : [];
    return builtPackage(s, file, started, tested, envs);
}
/** Every output of the variant, in build order; a failure names the output. */
async function buildOutputs(b, top, c) {
    const built = [];
    for (const s of b.outputs ?? []) {
        try {
            built.push(await buildOutput(b, s, top, c));
        }
        catch (e) {
            const failed = e instanceof BuildFailure && e.failed ? e.failed : { stem: s.stem, subdir: s.subdir };
            const err = new BuildFailure(`output ${s.stem}: ${e.message}`, undefined, failed);
            err.built = [...built];
            throw err;
        }
    }
    return built;
}

;// CONCATENATED MODULE: ./src/conda/builder/build.ts
/**
 * `conda build` from end to end: facts, then the plan (the recipe rendered once, every prefix solved
 * once: an unsatisfiable recipe fails before any other work; see src/conda/plan/), then the plan
 * walked build by build: prefixes -> sources -> build script -> post-processing -> info/ -> package
 * (.conda or .tar.bz2) in `<output>/<subdir>/` -> channel index -> test in a fresh prefix (a failure
 * moves the package to `<output>/broken/`). A recipe with `outputs:` runs its top-level script once
 * per variant, then makes each output of that variant in build order (outputs.ts). Work folders are
 * removed after a success unless `keepWork`; after a failure they are kept for inspection and their
 * place is logged.
 */














/** The facts of a build, with the SOURCE_DATE_EPOCH the caller settled on. */
async function buildFacts(o) {
    return (0,facts/* gatherCondaFacts */.a)(o.runtime ?? new host/* HostRuntime */.X(), o.recipe, { ...process.env, SOURCE_DATE_EPOCH: o.sourceDateEpoch });
}
/** Render (unless given), check and solve, once each, into the plan of the recipe's builds. */
async function planRecipe(o, facts) {
    const settings = { ...o, solve: true, onWarning: (w) => o.warn?.(`${w.at ? `${w.at.file}:${w.at.line}: ` : ''}${w.message}`) };
    if (o.rendered)
        for (const w of o.rendered.warnings)
            settings.onWarning(w);
    return (0,make/* planRendered */.n0)(o.rendered ?? (await (0,make/* renderOnce */.Il)({ ...settings, dirs: { croot: o.croot, stamp: o.sourceDateEpoch } })), settings, facts);
}
function stepContext(o, plan) {
    return {
        recipeFile: plan.recipeFile,
        outputDir: o.outputDir,
        channels: o.channels,
        format: o.format,
        level: o.level,
        cacheDir: o.cacheDir,
        sourceCacheDir: o.sourceCacheDir,
        timeoutSeconds: (o.timeoutMinutes ?? inputs/* DEFAULT_TIMEOUT_MINUTES */.EV) * 60,
        allowPackageScripts: o.allowPackageScripts,
        verify: o.verify,
        runtime: o.runtime ?? new host/* HostRuntime */.X(),
        log: o.log ?? (() => { }),
        warn: o.warn
    };
}
/**
 * conda-build removes the work folder before a package's tests run (unless asked to keep it): a
 * run_test script that reads SRC_DIR without test/source_files would find nothing, so the build is
 * refused before it starts, as conda-build refuses it.
 */
function checkTestSrcDir(plan, keepWork) {
    if (keepWork)
        return;
    const scripts = external_node_fs_.readdirSync(plan.recipeDir).filter(f => f.startsWith('run_test'));
    for (const f of scripts) {
        const text = external_node_fs_.readFileSync(external_node_path_.join(plan.recipeDir, f), 'utf8');
        if (!text.includes('SRC_DIR') || plan.builds.every(b => b.recipe.test.sourceFiles.length > 0))
            continue;
        throw new Error(`${external_node_path_.join(plan.recipeDir, f)} uses SRC_DIR, but the work folder is removed before the tests run (as conda-build does): ` +
            'list the files the test needs under test/source_files (they are copied into the test folder, SRC_DIR then), or keep the work folder (--keep-work, keep-work: true)');
    }
}
/** The steps of one build, in order (see the module's comment); a recipe with outputs: packages its outputs instead. */
async function buildSteps(b, c, test, keepWork) {
    const started = performance.now();
    const s = b.stem;
    const envs = await (0,log/* phase */.Oi)(`Environments of ${s}`, () => installEnvironments(b, { ...c, subdir: b.scriptFacts.buildSubdir }));
    const env = await (0,log/* phase */.Oi)(`Sources of ${s}`, () => fetchStep(b, c));
    const before = prefixFiles(b);
    await (0,log/* phase */.Oi)(`Build script of ${s}`, () => scriptStep(b, env, c));
    if (b.outputs) {
        const added = new Set([...prefixFiles(b)].filter(f => !before.has(f)));
        return buildOutputs(b, { envs, initial: before, added, env }, c);
    }
    checkTopLevelNotEmpty(b, before, c);
    const post = await (0,log/* phase */.Oi)(`Post-processing ${s}`, () => postStep(b, before, env, c));
    const file = await (0,log/* phase */.Oi)(`Packaging ${b.package.fn}`, () => packageStep(b, envs, post, c));
    await (0,log/* phase */.Oi)(`Indexing ${c.outputDir}`, () => (0,index/* indexChannel */.c)(c.outputDir, { log: c.log }));
    // as conda-build: the tests run without the work folder (the package must hold what they need)
    if (!keepWork)
        external_node_fs_.rmSync(b.dirs.work, { recursive: true, force: true });
    const tested = test ? [...(await (0,log/* phase */.Oi)(`Testing ${s}`, () => testStep(b, file, c))), ...(await downstreamStep(b, file, c))] : [];
    return [builtPackage(b, file, started, tested)];
}
/** One build in its work folders: kept after a failure (and with keepWork), removed after a success. */
async function buildVariant(b, c, o) {
    external_node_fs_.rmSync(b.dirs.root, { recursive: true, force: true });
    external_node_fs_.mkdirSync(b.dirs.root, { recursive: true });
    let ok = false;
    try {
        const built = await buildSteps(b, c, b.test.enabled, o.keepWork);
        ok = true;
        return built;
    }
    catch (e) {
        const failed = e instanceof BuildFailure && e.failed ? e.failed : { stem: b.stem, subdir: b.subdir };
        const err = new BuildFailure(`${b.stem}: ${e.message}\nthe work folders are kept for inspection: ${b.dirs.root}`, b.dirs.root, failed);
        err.built = e instanceof BuildFailure ? e.built : [];
        throw err;
    }
    finally {
        if (ok && !o.keepWork)
            external_node_fs_.rmSync(b.dirs.root, { recursive: true, force: true });
        else if (ok)
            c.log(`work folders kept: ${b.dirs.root}`);
    }
}
/** Walk a plan: every build in order; a failure carries the packages built before it. */
async function executePlan(plan, o) {
    checkWritable(o.outputDir);
    checkTestSrcDir(plan, o.keepWork);
    const c = stepContext(o, plan);
    const packages = [];
    try {
        for (const b of plan.builds)
            packages.push(...(await buildVariant(b, c, o)));
    }
    catch (e) {
        if (e instanceof BuildFailure)
            e.built = [...packages, ...e.built];
        throw e;
    }
    return { packages, skipped: plan.skipped };
}
/** Build every variant of the recipe: facts, plan, then the plan walked (see the module's comment). */
async function buildRecipe(o) {
    checkWritable(o.outputDir);
    const plan = await planRecipe(o, await buildFacts(o));
    return executePlan(plan, o);
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

/***/ 12543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ indexChannel)
});

// UNUSED EXPORTS: IndexError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/files.ts
var files = __webpack_require__(10228);
// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __webpack_require__(93622);
// EXTERNAL MODULE: ./src/conda/package/json.ts
var json = __webpack_require__(52448);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/archive/tar.ts
var tar = __webpack_require__(29661);
// EXTERNAL MODULE: ./src/archive/zip.ts + 3 modules
var archive_zip = __webpack_require__(70088);
// EXTERNAL MODULE: ./src/archive/zip-stream.ts
var zip_stream = __webpack_require__(91818);
// EXTERNAL MODULE: ./src/conda/env/package.ts
var env_package = __webpack_require__(16787);
;// CONCATENATED MODULE: ./src/conda/index/read.ts
/**
 * What the channel index needs from a package archive: info/index.json, about.json, run_exports.json
 * and the facts channeldata.json keeps (activation scripts, prefix placeholders, link scripts). Read
 * through the archive module (no entry escapes, limits apply); for `.conda` only its info part.
 */







function read_json(file) {
    return external_node_fs_.existsSync(file) ? JSON.parse(external_node_fs_.readFileSync(file, 'utf8')) : undefined;
}
async function extractInfo(archive, dest) {
    if (!archive.endsWith('.conda')) {
        await (0,env_package/* extractPackage */.eP)(archive, dest);
        return;
    }
    const zip = (0,archive_zip/* openZip */.QH)(archive);
    try {
        const base = (n) => n.slice(n.lastIndexOf('/') + 1);
        const info = zip.entries.find(e => /^info-.+\.tar\.zst$/.test(base(e.name)));
        if (!info)
            throw new Error(`${archive} has no info-*.tar.zst`);
        const tmp = `${dest}.info.tar.zst`;
        try {
            await (0,zip_stream/* extractZipEntry */.B)(zip, info, tmp);
            await (0,tar/* extractTar */.nN)(tmp, dest, { allowEmpty: true });
        }
        finally {
            external_node_fs_.rmSync(tmp, { force: true });
        }
    }
    finally {
        zip.close();
    }
}
async function readPackageMeta(archive) {
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'bw-index-'));
    try {
        const dest = external_node_path_.join(dir, 'pkg');
        await extractInfo(archive, dest);
        const index = read_json(external_node_path_.join(dest, 'info', 'index.json'));
        if (!index)
            throw new Error(`${external_node_path_.basename(archive)} has no info/index.json`);
        const paths = read_json(external_node_path_.join(dest, 'info', 'paths.json'))?.paths ?? [];
        const has = (re) => paths.some(p => re.test(String(p._path)));
        const name = String(index.name);
        return {
            index,
            about: read_json(external_node_path_.join(dest, 'info', 'about.json')) ?? {},
            runExports: read_json(external_node_path_.join(dest, 'info', 'run_exports.json')),
            facts: {
                'activate.d': has(/^etc\/conda\/activate\.d\//),
                'deactivate.d': has(/^etc\/conda\/deactivate\.d\//),
                binary_prefix: paths.some(p => p.prefix_placeholder && p.file_mode === 'binary'),
                text_prefix: paths.some(p => p.prefix_placeholder && p.file_mode !== 'binary'),
                post_link: has(new RegExp(`^(bin|Scripts)/\\.${name.replace(/[.+]/g, '\\$&')}-post-link\\.(sh|bat)$`)),
                pre_link: has(new RegExp(`^(bin|Scripts)/\\.${name.replace(/[.+]/g, '\\$&')}-pre-link\\.(sh|bat)$`)),
                pre_unlink: has(new RegExp(`^(bin|Scripts)/\\.${name.replace(/[.+]/g, '\\$&')}-pre-unlink\\.(sh|bat)$`))
            }
        };
    }
    finally {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/conda/index/index.ts
/**
 * A folder of packages made a channel, as `conda index` does: `<subdir>/repodata.json` for every subdir
 * that holds packages (and always `noarch/`), each record the package's index.json without the keys
 * conda-index drops, plus md5, sha256 and size of the archive; `channeldata.json` at the root.
 * Incremental: `<subdir>/.cache/index.json` keeps each archive's record with its size and mtime, so
 * only new or changed archives are opened. Output is compact JSON with sorted keys.
 */







/** index.json keys a repodata record leaves out (conda-index). */
const DROPPED = new Set(['arch', 'has_prefix', 'mtime', 'platform', 'ucs', 'requires_features', 'binstar', 'target-triplet', 'machine', 'operatingsystem']);
class IndexError extends Error {
    name = 'IndexError';
}
const isPackage = (f) => /\.(conda|tar\.bz2)$/.test(f) && !f.startsWith('.');
async function digest(file) {
    const md5 = (0,external_node_crypto_.createHash)('md5');
    const sha = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of external_node_fs_.createReadStream(file)) {
        md5.update(chunk);
        sha.update(chunk);
        size += chunk.length;
    }
    return { md5: md5.digest('hex'), sha256: sha.digest('hex'), size };
}
function readCache(file) {
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The subdirs of a channel folder: noarch and every conda-subdir-named folder. */
function subdirsOf(dir) {
    const found = external_node_fs_.existsSync(dir)
        ? external_node_fs_.readdirSync(dir, { withFileTypes: true })
            .filter(d => d.isDirectory() && (d.name === 'noarch' || platforms/* SUBDIR */.gH.test(d.name)))
            .map(d => d.name)
        : [];
    return [...new Set(['noarch', ...found])].sort();
}
async function indexSubdir(dir, subdir, log) {
    const sub = external_node_path_.join(dir, subdir);
    external_node_fs_.mkdirSync(sub, { recursive: true });
    const cacheFile = external_node_path_.join(sub, '.cache', 'index.json');
    const cache = readCache(cacheFile);
    const entries = {};
    let read = 0;
    for (const fn of external_node_fs_.readdirSync(sub).filter(isPackage).sort()) {
        const file = external_node_path_.join(sub, fn);
        const st = external_node_fs_.statSync(file);
        const old = cache[fn];
        if (old && old.size === st.size && old.mtimeMs === st.mtimeMs) {
            entries[fn] = old;
            continue;
        }
        let meta;
        try {
            meta = await readPackageMeta(file);
        }
        catch (e) {
            log(`skipping ${subdir}/${fn}: ${e.message}`);
            continue;
        }
        read++;
        const record = {};
        for (const [k, v] of Object.entries(meta.index))
            if (!DROPPED.has(k))
                record[k] = v;
        if (record.subdir !== undefined && record.subdir !== subdir) {
            log(`skipping ${subdir}/${fn}: its index.json says subdir ${String(record.subdir)}`);
            continue;
        }
        Object.assign(record, await digest(file));
        entries[fn] = { size: st.size, mtimeMs: st.mtimeMs, record, about: meta.about, runExports: meta.runExports, facts: meta.facts };
    }
    (0,files/* writeAtomically */.vK)(cacheFile, JSON.stringify(entries));
    const packages = {};
    const conda = {};
    for (const [fn, e] of Object.entries(entries))
        (fn.endsWith('.conda') ? conda : packages)[fn] = e.record;
    (0,files/* writeAtomically */.vK)(external_node_path_.join(sub, 'repodata.json'), (0,json/* sortedJson */.I)({ info: { subdir }, packages, 'packages.conda': conda, removed: [], repodata_version: 1 }, 0));
    return { entries, read };
}
const ABOUT_FIELDS = ['description', 'dev_url', 'doc_url', 'home', 'license', 'source_url', 'summary', 'keywords', 'tags', 'identifiers'];
/** Compare conda versions roughly (numeric parts as numbers) for "the latest" in channeldata. */
function newer(a, b) {
    const pa = a.split(/[.\-_]/);
    const pb = b.split(/[.\-_]/);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? '';
        const y = pb[i] ?? '';
        if (x === y)
            continue;
        const nx = Number(x);
        const ny = Number(y);
        if (!Number.isNaN(nx) && !Number.isNaN(ny))
            return nx > ny;
        return x > y;
    }
    return false;
}
/** Index the channel folder `dir` (see the module's comment). */
async function indexChannel(dir, opts = {}) {
    const log = opts.log ?? (() => { });
    const st = external_node_fs_.statSync(dir, { throwIfNoEntry: false });
    if (!st)
        throw new IndexError(`${dir} does not exist; give the channel folder that holds the packages (in <subdir>/ folders such as noarch/ or linux-64/)`);
    if (!st.isDirectory())
        throw new IndexError(`${dir} is not a folder; give the channel folder that holds the packages`);
    const subdirs = subdirsOf(dir);
    const channel = {};
    let count = 0;
    let read = 0;
    for (const subdir of subdirs) {
        const r = await indexSubdir(dir, subdir, log);
        read += r.read;
        for (const e of Object.values(r.entries)) {
            count++;
            const name = String(e.record.name);
            const version = String(e.record.version);
            const c = (channel[name] ??= { subdirs: [], run_exports: {}, timestamp: 0, version });
            const subs = c.subdirs;
            if (!subs.includes(subdir))
                subs.push(subdir);
            subs.sort();
            if (e.runExports)
                c.run_exports[version] = e.runExports;
            c.timestamp = Math.max(Number(c.timestamp), Math.floor(Number(e.record.timestamp ?? 0) / 1000));
            if (newer(version, String(c.version)) || c.version === version) {
                c.version = version;
                for (const k of ABOUT_FIELDS)
                    if (e.about[k] !== undefined)
                        c[k] = e.about[k];
                if (typeof e.record.license === 'string')
                    c.license = e.record.license;
            }
            for (const [k, v] of Object.entries(e.facts))
                c[k] = Boolean(c[k]) || v;
        }
    }
    (0,files/* writeAtomically */.vK)(external_node_path_.join(dir, 'channeldata.json'), (0,json/* sortedJson */.I)({ channeldata_version: 1, packages: channel, subdirs }));
    log(`indexed ${dir}: ${count} package(s) in ${subdirs.join(', ')} (${read} read)`);
    return { subdirs, packages: count, read };
}


/***/ }),

/***/ 59420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 62182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A_: () => (/* reexport */ formats/* LEVELS */.A),
  E1: () => (/* binding */ writePackage)
});

// UNUSED EXPORTS: IN_MEMORY_BYTES, PACKAGE_FORMATS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/archive/tar-write.ts
var tar_write = __webpack_require__(16703);
// EXTERNAL MODULE: ./src/archive/zip.ts + 3 modules
var archive_zip = __webpack_require__(70088);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/archive/zstd.ts
/**
 * zstd compression of a whole buffer with zstd's own worker threads, off the main thread.
 *
 * Node's zstd streams mishandle ZSTD_c_nbWorkers: with workers zstd may return before it has taken
 * all input or written all output, which the stream reads as the end (nodejs/node#59899: truncated
 * output or "push after EOF"). One call of `zstdCompressSync` with an output buffer as large as the
 * worst case makes zstd compress in one blocking call (ZSTD_compress2), which does use the workers;
 * it runs in a worker thread so the caller keeps going. The output depends on the level and the data,
 * not on the number of workers (zstd's multi-threaded format is the same for any count >= 1).
 */


/** The CPUs this process may use, as zstd workers (zstd accepts up to 200). */
function defaultZstdWorkers() {
    return Math.max(1, Math.min(external_node_os_.availableParallelism(), 64));
}
// Runs as a CommonJS script in the worker (eval), so a bundle needs no file of its own for it.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const zlib = require('node:zlib')
const data = new Uint8Array(workerData.data)
const bound = data.length + (data.length >>> 7) + (1 << 17)
const out = zlib.zstdCompressSync(data, {
  chunkSize: bound,
  params: { [zlib.constants.ZSTD_c_compressionLevel]: workerData.level, [zlib.constants.ZSTD_c_nbWorkers]: workerData.workers }
})
const exact = new Uint8Array(out.length)
exact.set(out)
parentPort.postMessage(exact.buffer, [exact.buffer])
`;
/**
 * Compress `data` as one zstd frame. The buffer is handed to the worker without a copy when it owns
 * its memory, so the caller must not use it afterwards.
 */
async function zstdCompressOffThread(data, o) {
    const owns = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
    const ab = owns ? data.buffer : new Uint8Array(data).buffer;
    const worker = new external_node_worker_threads_.Worker(WORKER, { eval: true, workerData: { data: ab, level: o.level, workers: o.workers ?? defaultZstdWorkers() }, transferList: [ab] });
    return new Promise((resolve, reject) => {
        let result;
        worker.once('message', (b) => (result = Buffer.from(b)));
        worker.once('error', (e) => reject(new Error(`zstd compression failed: ${e.message}`)));
        worker.once('exit', code => (result && code === 0 ? resolve(result) : reject(new Error(`zstd compression stopped (worker exit ${code})`))));
    });
}

// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(10766);
// EXTERNAL MODULE: ./src/conda/package/formats.ts
var formats = __webpack_require__(59420);
// EXTERNAL MODULE: ./src/conda/package/info.ts + 1 modules
var info = __webpack_require__(95501);
// EXTERNAL MODULE: ./src/conda/package/info-paths.ts
var info_paths = __webpack_require__(94515);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/conda/package/payload.ts
/**
 * The payload of a package, read once: each file is looked at with lstat (a FIFO, socket or device
 * left in $PREFIX is refused with its path before anything opens it), then read straight into the
 * package's tar and hashed there for paths.json. Symlinks to files get their target's digest, as
 * conda-build records it.
 */



/**
 * Refuse payload paths that are neither files nor symlinks (FIFOs, sockets, devices), all of them in
 * one error, each with its path and kind. Uses lstat only: nothing is opened, so nothing can block.
 */
function refuseSpecialFiles(files) {
    const bad = [];
    for (const f of files) {
        const st = external_node_fs_.lstatSync(f.abs);
        const kind = st.isDirectory() ? 'a folder' : (0,tar_write/* specialKind */.I2)(st);
        if (kind)
            bad.push(`${f.abs} (${kind})`);
    }
    if (!bad.length)
        return;
    const shown = bad.slice(0, 20).join('\n  ');
    const more = bad.length > 20 ? `\n  and ${bad.length - 20} more` : '';
    throw new Error(`the build left ${bad.length} path(s) in $PREFIX that a package cannot hold (only files and symlinks can):\n  ${shown}${more}\n` +
        'remove them at the end of the build script, or create them at run time instead');
}
/** sha256 and size of a symlink's target, when it is a regular file; undefined otherwise. */
function targetDigest(abs, byId) {
    const t = external_node_fs_.statSync(abs, { throwIfNoEntry: false });
    if (!t?.isFile())
        return undefined;
    const known = byId.get(`${t.dev}:${t.ino}`);
    if (known?.sha256 !== undefined)
        return { sha256: known.sha256, size: known.size };
    return { sha256: (0,external_node_crypto_.createHash)('sha256').update(external_node_fs_.readFileSync(abs)).digest('hex'), size: t.size };
}
/** Digests by package path from the members as written (files hashed on the way). */
function digestsOf(files, members) {
    const byId = new Map(members.filter(m => m.type === 'file').map(m => [m.id, m]));
    const digests = new Map();
    members.forEach((m, i) => {
        if (m.type === 'file')
            digests.set(m.name, { pathType: 'hardlink', sha256: m.sha256, size: m.size });
        else
            digests.set(m.name, { pathType: 'softlink', ...targetDigest(files[i].abs, byId) });
    });
    return digests;
}
/** The payload's bytes as lstat sees them, refusing special files first (call it before reading). */
function payloadBytes(files) {
    refuseSpecialFiles(files);
    return files.reduce((n, f) => n + external_node_fs_.lstatSync(f.abs).size, 0);
}
const sources = (files) => files.map(f => ({ name: f.rel, abs: f.abs }));
/** Read the payload (sorted by package path) into one tar in memory, hashing every file on the way. */
function readPayload(files, o) {
    const { tar, members } = (0,tar_write/* tarInMemory */.Il)(sources(files), { mtime: o.mtime, hash: true, end: o.end });
    return { tar, digests: digestsOf(files, members) };
}
/** Stream the payload's tar into `out` (zstd on one thread, or plain), hashing every file on the way. */
async function streamPayload(files, out, o) {
    const members = [];
    await (0,tar_write/* writeChunks */.a7)((0,tar_write/* tarChunks */.MI)(sources(files), { mtime: o.mtime, hash: true, end: o.end, onMember: m => members.push(m) }), out, o);
    return digestsOf(files, members);
}

;// CONCATENATED MODULE: ./src/conda/package/write.ts
/**
 * Writing a package from the post-processed payload (read where it lies in $PREFIX) and its info/
 * (written under a staging folder), reproducibly: entries sorted, owners zeroed, one mtime
 * (SOURCE_DATE_EPOCH), modes 0644/0755 (the archive module's tar writer), and for `.conda` one zip
 * date; zstd's multi-threaded output does not depend on the number of CPUs.
 *   .conda (CEP 35 v2): a stored zip of metadata.json, pkg-<stem>.tar.zst, info-<stem>.tar.zst, in that
 *     order (cph and rattler put info last); the inner names must equal the file's stem.
 *   .tar.bz2 (v1): one tar, info/ first, compressed by the system's bzip2 (argv, no shell).
 */











const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function checkLevel(o) {
    const lv = formats/* LEVELS */.A[o.format];
    if (!Number.isInteger(o.level) || o.level < lv.min || o.level > lv.max)
        throw new Error(`compression level ${o.level} is out of range for ${o.format}: ${lv.min}..${lv.max}`);
}
/**
 * info/ written under `stage` (emptied first) from the payload's digests, as a tar in memory, with the build's own
 * files under info/ (`infoFiles`, payload listed in paths.json: info-paths.ts) read into it where they lie.
 */
function infoTar(j, digests, end) {
    const { stage } = j;
    external_node_fs_.rmSync(stage, { recursive: true, force: true });
    external_node_fs_.mkdirSync(stage, { recursive: true });
    const own = j.infoFiles.length ? readPayload(j.infoFiles, { mtime: j.o.mtime }).digests : new Map();
    const names = (0,info/* writeInfo */.ec)(stage, j.info, new Map([...digests, ...own]));
    const members = [...names.map(name => ({ name, abs: external_node_path_.join(stage, name) })), ...j.infoFiles.map(f => ({ name: f.rel, abs: f.abs }))];
    return (0,tar_write/* tarInMemory */.Il)(members.sort((a, b) => byName(a.name, b.name)), { mtime: j.o.mtime, end }).tar;
}
/** Payloads up to this size are laid out in memory and compressed by zstd on every CPU; larger ones are streamed on one thread. */
const IN_MEMORY_BYTES = 2 * 1024 ** 3;
async function writeConda(j) {
    const { o } = j;
    let pkgZst;
    let infoZst;
    if (payloadBytes(j.files) <= (o.inMemoryBytes ?? IN_MEMORY_BYTES)) {
        const payload = readPayload(j.files, { mtime: o.mtime });
        const pkg = zstdCompressOffThread(payload.tar, { level: o.level });
        const meta = zstdCompressOffThread(infoTar(j, payload.digests, true), { level: o.level });
        [pkgZst, infoZst] = await Promise.all([pkg, meta]);
    }
    else {
        const digests = await streamPayload(j.files, `${j.tmp}.pkg`, { mtime: o.mtime, zstdLevel: o.level });
        infoZst = await zstdCompressOffThread(infoTar(j, digests, true), { level: o.level });
        pkgZst = external_node_fs_.readFileSync(`${j.tmp}.pkg`);
    }
    const zip = (0,archive_zip/* writeZip */.zy)([
        { name: 'metadata.json', data: Buffer.from(JSON.stringify({ conda_pkg_format_version: 2 })) },
        { name: `pkg-${j.stem}.tar.zst`, data: pkgZst },
        { name: `info-${j.stem}.tar.zst`, data: infoZst }
    ], new Date(o.mtime * 1000), 0);
    external_node_fs_.writeFileSync(j.tmp, zip);
}
/** One tar, info/ first: the payload is streamed (and hashed) to a file before info/ can be written. */
async function writeTarBz2(j) {
    payloadBytes(j.files);
    const digests = await streamPayload(j.files, `${j.tmp}.pkg`, { mtime: j.o.mtime, zstdLevel: 0, end: false });
    const tar = `${j.tmp}.tar`;
    const fd = external_node_fs_.openSync(tar, 'w');
    try {
        external_node_fs_.writeSync(fd, infoTar(j, digests, false));
        const from = external_node_fs_.openSync(`${j.tmp}.pkg`, 'r');
        try {
            const piece = Buffer.allocUnsafe(16 << 20);
            for (let n; (n = external_node_fs_.readSync(from, piece, 0, piece.length, null)) > 0;)
                external_node_fs_.writeSync(fd, piece, 0, n);
        }
        finally {
            external_node_fs_.closeSync(from);
        }
        external_node_fs_.writeSync(fd, Buffer.alloc(1024));
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    await (0,exec/* runOrThrow */.n)(['bzip2', '-z', '-f', `-${j.o.level}`, tar], { silent: true, hint: 'install bzip2 (apt-get install bzip2) or use the .conda format' });
    external_node_fs_.renameSync(`${tar}.bz2`, j.tmp);
}
/**
 * Write `<outDir>/<stem>.<format>` from the post-processed payload and the info it is described by.
 * The payload is read once (lstat first: FIFOs, sockets and devices are refused with their paths),
 * hashed for paths.json on the way; for `.conda` its zstd runs on every CPU in a worker thread while
 * info/ is written and compressed. The file appears whole (written beside, then renamed).
 */
async function writePackage(stage, info, stem, outDir, o) {
    checkLevel(o);
    const all = [...info.files].sort((a, b) => byName(a.rel, b.rel));
    const files = all.filter(f => !(0,info_paths/* isInfoPath */.SX)(f.rel));
    const infoFiles = all.filter(f => (0,info_paths/* isInfoPath */.SX)(f.rel));
    payloadBytes(infoFiles);
    external_node_fs_.mkdirSync(outDir, { recursive: true });
    const out = external_node_path_.join(outDir, `${stem}.${o.format}`);
    const tmp = external_node_path_.join(outDir, `.${stem}.${o.format}.tmp-${process.pid}`);
    try {
        await (o.format === 'conda' ? writeConda : writeTarBz2)({ stage, info, files, infoFiles, stem, tmp, o });
        external_node_fs_.renameSync(tmp, out);
        return { path: out, files: all.length };
    }
    finally {
        for (const p of [tmp, `${tmp}.pkg`, `${tmp}.tar`, `${tmp}.tar.bz2`])
            external_node_fs_.rmSync(p, { force: true });
    }
}


/***/ })

};
