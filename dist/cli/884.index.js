export const id = 884;
export const ids = [884];
export const modules = {

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
