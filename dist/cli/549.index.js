export const id = 549;
export const ids = [549,272];
export const modules = {

/***/ 41549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TOOLCHAIN_LEVEL: () => (/* binding */ TOOLCHAIN_LEVEL),
/* harmony export */   toolchainCommand: () => (/* binding */ toolchainCommand)
/* harmony export */ });
/* unused harmony export TOOLCHAIN_USAGE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_epoch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46802);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64589);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1521);
/* harmony import */ var _conda_builder_croot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69606);
/* harmony import */ var _conda_builder_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37977);
/* harmony import */ var _create_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46884);
/* harmony import */ var _conda_package_write_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62182);
/* harmony import */ var _conda_recipe_variants_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(42298);
/* harmony import */ var _conda_toolchain_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32272);
/**
 * `build-wheel conda toolchain --output-dir DIR`: the recipes of examples/conda-toolchain built into
 * one channel (src/conda/toolchain.ts), then the same table as `conda build`.
 */










/** zstd level of the toolchain's packages: a local channel, written fast (the python package is ~80 MB). */
const TOOLCHAIN_LEVEL = 3;
const TOOLCHAIN_USAGE = `usage: build-wheel conda toolchain [--output-dir DIR] [flags]

Build a conda channel from this machine's tools, for recipes that need a compiler, make or python
without conda-forge: ${_conda_toolchain_js__WEBPACK_IMPORTED_MODULE_9__/* .TOOLCHAIN_RECIPES */ .QH.join(', ')} (the recipes of
examples/conda-toolchain, built in that order). Then build with -c DIR:
  build-wheel conda toolchain --output-dir toolchain
  build-wheel conda build examples/montage-mini/conda/recipe -c toolchain

flags:
  --output-dir DIR         the channel written (default: conda-toolchain)
  --recipes DIR            the toolchain recipes (default: examples/conda-toolchain of this package)
  --variant KEY=VALUE      a variant key (repeatable); python=3.12 repackages CPython 3.12 instead
                           of the newest CPython 3 of the machine
  --compression-level N    zstd level of the packages, 1-22 (default ${TOOLCHAIN_LEVEL}: a local channel, written fast)
  --no-test                build and index only (the recipes' tests are skipped)
  --croot DIR              where the work folders go (default: as conda build)
  --cache-dir DIR          repodata, package and source caches (default: as conda create)
  -h, --help               show this help

A tool the machine lacks (gcc, g++, make, a CPython 3) stops the command before anything is built,
naming the tool and what to install.
`;
const OPTIONS = {
    'output-dir': { type: 'string' },
    recipes: { type: 'string' },
    variant: { type: 'string', multiple: true },
    'compression-level': { type: 'string' },
    'no-test': { type: 'boolean' },
    croot: { type: 'string' },
    'cache-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
/** `home`: the package's root (its examples/conda-toolchain is the default recipes folder); the current folder without it. */
async function toolchainCommand(args, out, home = process.cwd()) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSubcommand */ .n)(args, OPTIONS, TOOLCHAIN_USAGE, out);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    const problems = [];
    if (positionals.length)
        problems.push(`unexpected argument(s) ${positionals.map(p => `'${p}'`).join(', ')}: the command takes flags only`);
    const level = Number(values['compression-level'] ?? TOOLCHAIN_LEVEL);
    if (!Number.isInteger(level) || level < _conda_package_write_js__WEBPACK_IMPORTED_MODULE_7__/* .LEVELS */ .A_.conda.min || level > _conda_package_write_js__WEBPACK_IMPORTED_MODULE_7__/* .LEVELS */ .A_.conda.max)
        problems.push(`--compression-level must be ${_conda_package_write_js__WEBPACK_IMPORTED_MODULE_7__/* .LEVELS */ .A_.conda.min}..${_conda_package_write_js__WEBPACK_IMPORTED_MODULE_7__/* .LEVELS */ .A_.conda.max}, not '${values['compression-level']}'`);
    const bad = (values.variant ?? []).filter(v => !/^[A-Za-z_][\w.-]*=/.test(v));
    if (bad.length)
        problems.push(`--variant takes KEY=VALUE, not ${bad.map(b => `'${b}'`).join(', ')}`);
    if (problems.length) {
        process.stderr.write(`error: ${problems.join('; ')}\n${TOOLCHAIN_USAGE}`);
        return 2;
    }
    const crootDir = values.croot ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(values.croot) : undefined;
    const crootBad = crootDir ? (0,_conda_builder_croot_js__WEBPACK_IMPORTED_MODULE_4__/* .crootProblem */ .L)(crootDir) : '';
    if (crootBad) {
        process.stderr.write(`error: ${crootBad}\n`);
        return 1;
    }
    const cacheDir = values['cache-dir'] ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(values['cache-dir']) : (0,_create_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultCacheDir */ .$)();
    const say = (l) => out(`${l}\n`);
    let claimed;
    try {
        const recipesDir = values.recipes ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(values.recipes) : (0,_conda_toolchain_js__WEBPACK_IMPORTED_MODULE_9__.recipesDirOf)(home);
        const variants = values.variant?.length ? (0,_conda_recipe_variants_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVariantInput */ .Fh)(values.variant.join('\n'), '--variant') : undefined;
        // every recipe rendered first: a missing tool stops the command before anything is built
        const rendered = (0,_conda_toolchain_js__WEBPACK_IMPORTED_MODULE_9__.renderToolchain)({ recipesDir, variants });
        const epoch = await (0,_lib_epoch_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceDateEpoch */ .pA)(recipesDir);
        claimed = crootDir ? undefined : (0,_conda_builder_croot_js__WEBPACK_IMPORTED_MODULE_4__.claimCroot)((0,_conda_builder_croot_js__WEBPACK_IMPORTED_MODULE_4__/* .userCrootBase */ .O)());
        const croot = crootDir ?? claimed.dir;
        say((0,_lib_epoch_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEpoch */ .XP)(epoch));
        const outputDir = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(values['output-dir'] ?? 'conda-toolchain');
        const packages = await (0,_conda_toolchain_js__WEBPACK_IMPORTED_MODULE_9__/* .buildToolchain */ .Yu)({
            recipesDir,
            outputDir,
            variants,
            format: 'conda',
            level,
            test: !values['no-test'],
            croot,
            cacheDir,
            sourceDateEpoch: epoch.value,
            log: say,
            warn: l => process.stderr.write(`warning: ${l}\n`)
        }, rendered);
        out((0,_conda_builder_report_js__WEBPACK_IMPORTED_MODULE_5__/* .condaBuildText */ .Pi)(packages));
        say(`the toolchain channel: ${outputDir} (use it with -c ${outputDir})`);
        return 0;
    }
    catch (e) {
        return (0,_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildFailed */ .q3)(e, out);
    }
    finally {
        claimed?.release();
    }
}


/***/ }),

/***/ 32272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ TOOLCHAIN_RECIPES),
/* harmony export */   Yu: () => (/* binding */ buildToolchain),
/* harmony export */   cachedToolchain: () => (/* binding */ cachedToolchain),
/* harmony export */   recipesDirOf: () => (/* binding */ recipesDirOf),
/* harmony export */   renderToolchain: () => (/* binding */ renderToolchain)
/* harmony export */ });
/* unused harmony exports ToolchainMissing, toolchainKey */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cache_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25877);
/* harmony import */ var _builder_build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11495);
/* harmony import */ var _index_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12543);
/* harmony import */ var _recipe_render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95158);
/**
 * The toolchain channel: the recipes of examples/conda-toolchain (the machine's gcc, g++, their
 * runtimes, make and a relocatable CPython) built in order into one channel, so that a recipe such as
 * the example's builds with `-c <channel>` and no conda-forge. Before anything builds, every recipe
 * is rendered: a tool the machine lacks fails them all at once, naming the tool and what to install.
 *
 * cachedToolchain keeps the channel under a cache folder, keyed by the recipes' files and what they
 * rendered to (the tools' real paths and versions), the package format and compression: it is built
 * again only when one of those changes.
 */






/** The recipes, in the order they build: each one's test finds what it needs in the channel already. */
const TOOLCHAIN_RECIPES = ['libgcc-ng', 'libstdcxx-ng', 'gcc_linux-64', 'gxx_linux-64', 'make', 'python'];
/** The toolchain recipes of the package whose root is `home`. */
function recipesDirOf(home) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, 'examples', 'conda-toolchain');
}
class ToolchainMissing extends Error {
    name = 'ToolchainMissing';
}
/** The message of a render failure, shortened to the tool's own error when a tool is missing. */
function renderProblem(name, e) {
    const msg = e instanceof Error ? e.message : String(e);
    // the template's error as the tool gave it, without the place in meta.yaml (the recipe is named)
    const tool = /(?:ToolchainError: |machine_tool\(\): )([\s\S]*)$/.exec(msg)?.[1];
    return `${name}: ${(tool ?? msg).trim()}`;
}
/** Render every recipe; a ToolchainMissing listing every problem when one or more cannot render. */
function renderToolchain(o) {
    const dir = o.recipesDir;
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir))
        throw new ToolchainMissing(`the toolchain recipes are not there: ${dir} does not exist`);
    const problems = [];
    const out = [];
    for (const name of TOOLCHAIN_RECIPES) {
        const recipe = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        try {
            const r = (0,_recipe_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderRecipe */ .PI)({ recipe, variants: o.variants });
            const kept = r.variants.filter(v => !v.skip);
            out.push({ name, dir: recipe, rendered: JSON.stringify(kept.map(v => [v.name, v.version, v.buildString, v.variant, v.meta])), result: r });
        }
        catch (e) {
            problems.push(renderProblem(name, e));
        }
    }
    if (problems.length)
        throw new ToolchainMissing(`the toolchain cannot be built on this machine:\n  ${problems.join('\n  ')}`);
    return out;
}
/** Every file of a recipe folder, sorted, as "path\0sha256" lines. */
function recipeFiles(dir) {
    const lines = [];
    const walk = (rel) => {
        for (const d of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const r = rel ? `${rel}/${d.name}` : d.name;
            if (d.isDirectory())
                walk(r);
            else if (d.isFile())
                lines.push(`${r}\0${(0,_cache_key_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, r)))}`);
        }
    };
    walk('');
    return lines.join('\n');
}
/** The cache key of a toolchain channel: the recipes' files, what they rendered to, the format and level. */
function toolchainKey(rendered, format, level) {
    const parts = rendered.map(r => `${r.name}\n${recipeFiles(r.dir)}\n${r.rendered}`);
    return (0,_cache_key_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)([`format ${format} level ${level ?? 'default'}`, ...parts].join('\n\n')).slice(0, 24);
}
/** Build every recipe into `outputDir` (indexed as a channel after each); returns the packages. */
async function buildToolchain(o, rendered = renderToolchain(o)) {
    const packages = [];
    for (const r of rendered) {
        o.log?.(`toolchain: ${r.name}`);
        const got = await (0,_builder_build_js__WEBPACK_IMPORTED_MODULE_3__.buildRecipe)({
            recipe: r.dir,
            outputDir: o.outputDir,
            channels: [],
            variants: o.variants,
            format: o.format ?? 'conda',
            level: o.level,
            test: o.test,
            keepWork: false,
            croot: o.croot,
            cacheDir: o.cacheDir,
            sourceCacheDir: node_path__WEBPACK_IMPORTED_MODULE_1__.join(o.cacheDir, 'src_cache'),
            sourceDateEpoch: o.sourceDateEpoch,
            log: o.log,
            warn: o.warn,
            rendered: r.result
        });
        packages.push(...got.packages);
    }
    await (0,_index_index_js__WEBPACK_IMPORTED_MODULE_4__/* .indexChannel */ .c)(o.outputDir, { log: o.log });
    return packages;
}
const DONE = '.complete';
function channelFiles(channel) {
    const out = [];
    for (const sub of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(channel, { withFileTypes: true }))
        if (sub.isDirectory() && sub.name !== 'broken')
            for (const f of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(channel, sub.name)).sort())
                if (f.endsWith('.conda') || f.endsWith('.tar.bz2'))
                    out.push(node_path__WEBPACK_IMPORTED_MODULE_1__.join(channel, sub.name, f));
    return out;
}
/**
 * The toolchain channel under `<cacheRoot>/conda-toolchain/<key>`: taken as it is when a complete one
 * is there, otherwise built into a temporary folder renamed into place (other keys' channels removed).
 */
async function cachedToolchain(cacheRoot, o) {
    const rendered = renderToolchain(o);
    const key = toolchainKey(rendered, o.format ?? 'conda', o.level);
    const base = node_path__WEBPACK_IMPORTED_MODULE_1__.join(cacheRoot, 'conda-toolchain');
    const channel = node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, key);
    if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(channel, DONE))) {
        o.log?.(`toolchain channel: reused ${channel} (key ${key})`);
        return { channel, key, hit: true, packages: [], files: channelFiles(channel) };
    }
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(base, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, `${key}.tmp-${process.pid}`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { recursive: true, force: true });
    const packages = await buildToolchain({ ...o, outputDir: tmp }, rendered);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmp, DONE), `${key}\n`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(channel, { recursive: true, force: true });
    node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, channel);
    for (const d of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(base))
        if (d !== key && !d.includes('.tmp-'))
            node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, d), { recursive: true, force: true });
    o.log?.(`toolchain channel: built ${channel} (key ${key})`);
    const moved = packages.map(p => ({ ...p, path: node_path__WEBPACK_IMPORTED_MODULE_1__.join(channel, p.subdir, p.fn) }));
    return { channel, key, hit: false, packages: moved, files: channelFiles(channel) };
}


/***/ })

};
