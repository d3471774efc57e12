export const id = 272;
export const ids = [272];
export const modules = {

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
