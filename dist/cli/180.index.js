export const id = 180;
export const ids = [180,800];
export const modules = {

/***/ 11575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ buildEnvironment)
/* harmony export */ });
/* unused harmony exports archOf, buildTriplet, binDirs, shlibExt */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The environment of a build script (and of a test script) as conda-build computes it: a pure
 * function of facts, so every target platform is tested by a table. The variables of the seed
 * (CONDA_BUILD, SRC_DIR, PREFIX, RECIPE_DIR, PATH, PYTHON, PY3K, STDLIB_DIR, SP_DIR, PY_VER, SYS_PYTHON,
 * SYS_PREFIX; Windows LIBRARY_* and SCRIPTS; macOS OSX_ARCH) and the rest of conda-build's `get_dict`
 * (BUILD_PREFIX, PKG_*, CPU_COUNT, SHLIB_EXT, SUBDIR, target_platform...), plus SOURCE_DATE_EPOCH.
 */

const INHERITED_UNIX = ['LANG', 'LC_ALL', 'MAKEFLAGS', 'REQUESTS_CA_BUNDLE', 'SSL_CERT_FILE', 'TERM'];
const INHERITED_LINUX = ['CFLAGS', 'CXXFLAGS', 'LDFLAGS', 'QEMU_LD_PREFIX', 'QEMU_UNAME', 'DEJAGNU', 'DISPLAY'];
const INHERITED_WIN = [
    'ALLUSERSPROFILE',
    'APPDATA',
    'CommonProgramFiles',
    'CommonProgramFiles(x86)',
    'CommonProgramW6432',
    'COMPUTERNAME',
    'ComSpec',
    'HOMEDRIVE',
    'HOMEPATH',
    'LOCALAPPDATA',
    'LOGONSERVER',
    'NUMBER_OF_PROCESSORS',
    'PATHEXT',
    'ProgramData',
    'ProgramFiles',
    'ProgramFiles(x86)',
    'ProgramW6432',
    'PROMPT',
    'PSModulePath',
    'PUBLIC',
    'SystemDrive',
    'SystemRoot',
    'TEMP',
    'TMP',
    'USERDOMAIN',
    'USERNAME',
    'USERPROFILE',
    'windir',
    'PROCESSOR_ARCHITECTURE',
    'PROCESSOR_ARCHITEW6432',
    'PROCESSOR_IDENTIFIER',
    'LANG',
    'LC_ALL',
    'MAKEFLAGS',
    'REQUESTS_CA_BUNDLE'
];
/** `ARCH` as conda-build gives it: 64, 32, aarch64, arm64, ppc64le... */
function archOf(subdir) {
    return subdir.split('-')[1] ?? '64';
}
/** The `BUILD` triplet conda-build sets per platform. */
function buildTriplet(subdir) {
    const [os, arch] = subdir.split('-');
    if (os === 'osx')
        return arch === 'arm64' ? 'arm64-apple-darwin20.0.0' : 'x86_64-apple-darwin13.4.0';
    if (os === 'win')
        return arch === '32' ? 'i386-pc-windows-19.0.0' : 'amd64-pc-windows-19.0.0';
    const cpu = arch === '64' ? 'x86_64' : arch === '32' ? 'i686' : arch;
    const cdt = ['aarch64', 'ppc64le', 'ppc64', 's390x'].includes(arch ?? '') ? 'cos7' : 'cos6';
    return `${cpu}-conda_${cdt}-linux-gnu`;
}
/** The bin folders of a prefix, first first, as conda puts them on PATH. */
function binDirs(prefix, win) {
    if (!win)
        return [node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(prefix, 'bin')];
    const j = (...parts) => node_path__WEBPACK_IMPORTED_MODULE_0__.win32.join(...parts);
    return [
        prefix,
        j(prefix, 'Library', 'mingw-w64', 'bin'),
        j(prefix, 'Library', 'usr', 'bin'),
        j(prefix, 'Library', 'bin'),
        j(prefix, 'Scripts'),
        j(prefix, 'bin')
    ];
}
function shlibExt(subdir) {
    return subdir.startsWith('win-') ? '.dll' : subdir.startsWith('osx-') ? '.dylib' : '.so';
}
/** The build script's environment (see the module's comment). Later entries never depend on the order of keys. */
function buildEnvironment(f) {
    const win = f.subdir.startsWith('win-');
    const osx = f.subdir.startsWith('osx-');
    const linux = f.subdir.startsWith('linux-');
    const p = win ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32 : node_path__WEBPACK_IMPORTED_MODULE_0__.posix;
    const env = {};
    const inherit = (names) => {
        for (const n of names)
            if (f.inherited[n] !== undefined)
                env[n] = f.inherited[n];
    };
    inherit(win ? INHERITED_WIN : INHERITED_UNIX);
    if (linux)
        inherit(INHERITED_LINUX);
    // variant keys first: anything conda-build itself sets wins over a key of the same name
    for (const [k, v] of Object.entries(f.variant))
        env[k] = v;
    const py = f.pythonVersion;
    const stdlib = win ? p.join(f.prefix, 'Lib') : p.join(f.prefix, 'lib', `python${py}`);
    Object.assign(env, {
        CONDA_BUILD: '1',
        CONDA_BUILD_STATE: f.state,
        PYTHONNOUSERSITE: '1',
        CONDA_DEFAULT_ENV: f.prefix,
        ARCH: archOf(f.subdir),
        PREFIX: f.prefix,
        SYS_PREFIX: f.sysPrefix,
        SYS_PYTHON: f.sysPython,
        SUBDIR: f.subdir,
        target_platform: f.subdir,
        host_platform: f.subdir,
        build_platform: f.buildSubdir,
        SRC_DIR: f.srcDir,
        RECIPE_DIR: f.recipeDir,
        HTTPS_PROXY: f.inherited.HTTPS_PROXY ?? '',
        HTTP_PROXY: f.inherited.HTTP_PROXY ?? '',
        DIRTY: '',
        ROOT: f.sysPrefix,
        PKG_NAME: f.pkg.name,
        PKG_VERSION: f.pkg.version,
        PKG_BUILDNUM: String(f.pkg.buildNumber),
        PKG_BUILD_STRING: f.pkg.buildString,
        PKG_HASH: f.pkg.hash,
        CPU_COUNT: String(f.cpuCount),
        SHLIB_EXT: shlibExt(f.subdir),
        SOURCE_DATE_EPOCH: f.sourceDateEpoch,
        CONDA_PY: py.replace('.', ''),
        PY_VER: py,
        PY3K: py.startsWith('3') ? '1' : '0',
        STDLIB_DIR: stdlib,
        SP_DIR: p.join(stdlib, 'site-packages'),
        BUILD: buildTriplet(f.subdir)
    });
    if (f.state === 'BUILD') {
        env.BUILD_PREFIX = f.buildPrefix;
        Object.assign(env, { PIP_NO_BUILD_ISOLATION: 'False', PIP_NO_DEPENDENCIES: 'True', PIP_IGNORE_INSTALLED: 'True', PIP_NO_INDEX: 'True' });
    }
    if (f.hasPython)
        env.PYTHON = win ? p.join(f.prefix, 'python.exe') : p.join(f.prefix, 'bin', 'python');
    if (win) {
        const lib = p.join(f.prefix, 'Library');
        Object.assign(env, {
            SCRIPTS: p.join(f.prefix, 'Scripts'),
            LIBRARY_PREFIX: lib,
            LIBRARY_BIN: p.join(lib, 'bin'),
            LIBRARY_INC: p.join(lib, 'include'),
            LIBRARY_LIB: p.join(lib, 'lib'),
            CYGWIN_PREFIX: f.prefix.replace(/^([A-Za-z]):/, (_m, d) => `/cygdrive/${d.toLowerCase()}`).replace(/\\/g, '/'),
            MSYS2_ARG_CONV_EXCL: '/AI;/AL;/OUT;/out',
            MSYS2_ENV_CONV_EXCL: 'CL'
        });
        env.INCLUDE = [env.LIBRARY_INC, f.inherited.INCLUDE].filter(Boolean).join(';');
        env.LIB = [env.LIBRARY_LIB, f.inherited.LIB].filter(Boolean).join(';');
    }
    else {
        env.HOME = f.inherited.HOME ?? 'UNKNOWN';
        env.PKG_CONFIG_PATH = p.join(f.prefix, 'lib', 'pkgconfig');
        env.CMAKE_GENERATOR = 'Unix Makefiles';
    }
    if (osx) {
        const arm = archOf(f.subdir) === 'arm64';
        env.OSX_ARCH = arm ? 'arm64' : 'x86_64';
        env.MACOSX_DEPLOYMENT_TARGET = f.variant.MACOSX_DEPLOYMENT_TARGET ?? (arm ? '11.0' : '10.9');
    }
    if (linux)
        env.LD_RUN_PATH = p.join(f.prefix, 'lib');
    const sep = win ? ';' : ':';
    const prefixes = f.state === 'BUILD' && f.buildPrefix !== f.prefix ? [f.buildPrefix, f.prefix] : [f.prefix];
    const inheritedPath = f.inherited.PATH ?? f.inherited.Path ?? '';
    env.PATH = [...prefixes.flatMap(x => binDirs(x, win)), ...(inheritedPath ? [inheritedPath] : [])].join(sep);
    Object.assign(env, f.gitVars ?? {});
    for (const item of f.scriptEnv ?? []) {
        const eq = item.indexOf('=');
        if (eq > 0)
            env[item.slice(0, eq)] = item.slice(eq + 1);
        else if (f.inherited[item] !== undefined)
            env[item] = f.inherited[item];
    }
    return env;
}


/***/ }),

/***/ 68343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ buildDirs)
/* harmony export */ });
/* unused harmony exports PREFIX_LENGTH, PlaceholderError, padPrefix */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The folders of one build, as conda-build lays them out under its root (croot):
 *   <croot>/<name>_<stamp>/work                 the source (SRC_DIR)
 *   <croot>/<name>_<stamp>/_build_env           requirements.build (BUILD_PREFIX)
 *   <croot>/<name>_<stamp>/_h_env_placehold...  requirements.host (PREFIX), padded to 255 characters so
 *                                               that an install prefix fits where a binary holds it
 *   <croot>/<name>_<stamp>/_test_env_placehold... the test prefix (253 characters)
 * The stamp is SOURCE_DATE_EPOCH rather than the clock: the host prefix ends up inside text files and
 * binaries, so the same croot gives the same bytes.
 */

/** conda-build's prefix_length. */
const PREFIX_LENGTH = 255;
const PAD = '_placehold';
class PlaceholderError extends Error {
    name = 'PlaceholderError';
}
/** `base` padded with `_placehold` up to `length` characters; an error when the base is already too long. */
function padPrefix(base, length) {
    const room = length - base.length;
    if (room < 0)
        throw new PlaceholderError(`the prefix ${base} is ${base.length} characters, longer than the ${length} a placeholder may have: use a shorter build root (a folder closer to /)`);
    return base + PAD.repeat(Math.ceil(room / PAD.length)).slice(0, room);
}
/** The folders for a build of `name` under `croot`; `merged` (no host section) uses the host prefix for both. */
function buildDirs(croot, name, stamp, merged, win = false) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_0__.join(croot, `${name}_${stamp}`);
    // Windows keeps conda-build's short _h_env: binaries are not relocated there
    const hostPrefix = win ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, '_h_env') : padPrefix(node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, '_h_env'), PREFIX_LENGTH);
    const testPrefix = win ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, '_test_env') : padPrefix(node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, '_test_env'), PREFIX_LENGTH - 2);
    return {
        root,
        work: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'work'),
        buildPrefix: merged ? hostPrefix : node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, '_build_env'),
        hostPrefix,
        testPrefix,
        testDir: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'test_tmp'),
        stage: node_path__WEBPACK_IMPORTED_MODULE_0__.join(root, 'stage')
    };
}


/***/ }),

/***/ 87674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sM: () => (/* binding */ PinError),
  Ct: () => (/* binding */ pinCompatible),
  cJ: () => (/* binding */ pinFromBuild),
  Mc: () => (/* binding */ pinSubpackage)
});

;// CONCATENATED MODULE: ./src/conda/recipe/version.ts
/**
 * conda's version order (enough of it for pins) and conda-build's pin expressions:
 * `apply_pin_expressions("1.2.3", "x.x", "x")` is ">=1.2,<2.0a0".
 */
function parseVersion(version) {
    let v = version.trim().toLowerCase();
    let epoch = 0;
    const bang = v.indexOf('!');
    if (bang >= 0) {
        epoch = parseInt(v.slice(0, bang), 10) || 0;
        v = v.slice(bang + 1);
    }
    v = v.split('+')[0].replace(/[-_]/g, '.');
    const components = v.split('.').map(c => {
        const parts = (c.match(/[0-9]+|\*+|[^0-9*]+/g) ?? ['']).map(p => /^\d+$/.test(p) ? parseInt(p, 10) : p === 'post' ? Infinity : p === 'dev' ? 'DEV' : p);
        return /^\d/.test(c) ? parts : [0, ...parts];
    });
    return { epoch, components };
}
function comparePart(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a === b ? 0 : a < b ? -1 : 1;
    if (typeof a === 'number')
        return a === Infinity ? 1 : 1;
    if (typeof b === 'number')
        return b === Infinity ? -1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareVersions(x, y) {
    const a = parseVersion(x);
    const b = parseVersion(y);
    if (a.epoch !== b.epoch)
        return a.epoch - b.epoch;
    for (let i = 0; i < Math.max(a.components.length, b.components.length); i++) {
        const ca = a.components[i] ?? [0];
        const cb = b.components[i] ?? [0];
        for (let j = 0; j < Math.max(ca.length, cb.length); j++) {
            const r = comparePart(ca[j] ?? 0, cb[j] ?? 0);
            if (r !== 0)
                return r;
        }
    }
    return 0;
}
function increment(v, alpha) {
    if (typeof v === 'number' || /^\d+$/.test(v))
        return `${Number(v) + 1}${alpha ? 'a' : '.0a0'}`;
    return String.fromCharCode(v.charCodeAt(0) + 1);
}
const pinLength = (pin) => (pin ? pin.split('.').length : undefined);
/** The version range a pin expression gives: lower bound from min_pin places, upper bound one past max_pin places. */
function applyPinExpressions(version, minPin = 'x.x.x.x.x.x.x', maxPin = 'x') {
    const parsed = parseVersion(version).components;
    const flat = parsed.flat();
    const nesting = parsed.length - 1;
    const pins = [pinLength(minPin), pinLength(maxPin)];
    if (maxPin && maxPin.split('.').length > flat.length)
        pins[1] = flat.length;
    const bounds = ['', ''];
    pins.forEach((pin, which) => {
        if (!pin)
            return;
        flat.slice(0, pin).forEach((v, i) => {
            let text = String(v);
            if (which === 1 && i === pin - 1)
                text = increment(v, /^[a-z]+$/i.test(String(flat[Math.min(pin, flat.length - 1)])));
            bounds[which] += text;
            if (i !== nesting)
                bounds[which] += '.';
        });
        if (bounds[which].endsWith('.'))
            bounds[which] = bounds[which].slice(0, -1);
    });
    if (bounds[0]) {
        const base = version.endsWith('.*') ? version.slice(0, -2) : version.endsWith('*') ? version.slice(0, -1) : version;
        bounds[0] = compareVersions(base, bounds[0]) < 0 ? `>=${version}` : `>=${bounds[0]}`;
    }
    if (bounds[1])
        bounds[1] = `<${bounds[1]}`;
    return bounds.filter(Boolean).join(',');
}

;// CONCATENATED MODULE: ./src/conda/finalize/pins.ts

class PinError extends Error {
    name = 'PinError';
}
const DEFAULT_MIN = 'x.x.x.x.x.x';
const DEFAULT_MAX = 'x';
/**
 * pin_compatible(name): the range from the installed version (or lower_bound), e.g. `numpy >=1.26.4,<2.0a0`;
 * with upper_bound `>=<version>,<upper>`; exact: `name version build`. Without an installed version and
 * without lower_bound it is an error (conda-build: "Is it one of your host dependencies?").
 */
function pinCompatible(name, installed, o = {}) {
    const minPin = o.minPin === undefined ? DEFAULT_MIN : o.minPin;
    const maxPin = o.maxPin === undefined ? DEFAULT_MAX : o.maxPin;
    if (o.exact && installed)
        return [name, installed.version, installed.build].filter(Boolean).join(' ');
    const version = o.lowerBound ?? installed?.version;
    if (!version)
        throw new PinError(`pin_compatible('${name}'): ${name} is not in the host environment (nor the build one when they are merged); add it to requirements/host`);
    let range;
    if (o.upperBound)
        range = `${minPin || o.lowerBound ? `>=${version},` : ''}<${o.upperBound}`;
    else
        range = applyPinExpressions(version, minPin, maxPin);
    return range ? `${name} ${range}` : name;
}
/** pin_subpackage(name): `name >=1.0,<2.0a0` by default, `name 1.0 h1234567_0` with exact. */
function pinSubpackage(target, o = {}) {
    if (o.exact)
        return `${target.name} ${target.version} ${target.buildString}`;
    const minPin = o.minPin === undefined ? DEFAULT_MIN : o.minPin;
    const maxPin = o.maxPin === undefined ? DEFAULT_MAX : o.maxPin;
    const range = applyPinExpressions(target.version, minPin, maxPin);
    return range ? `${target.name} ${range}` : target.name;
}
function pinRunAsBuild(variant) {
    const v = variant.pin_run_as_build;
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
/**
 * A run (or test) requirement pinned to the version it was built against (get_pin_from_build): for names in
 * the variant's pin_run_as_build that the prefix holds (`python` -> `python >=3.12,<3.13.0a0`), and the
 * legacy `numpy x.x`. Other requirements are returned as given.
 */
function pinFromBuild(dep, f) {
    const parts = dep.trim().split(/\s+/);
    const name = parts[0];
    const build = parts.length >= 3 ? parts[2] : '';
    const fromVariant = f.variant[name];
    const version = f.versions.get(name) ?? (typeof fromVariant === 'string' ? fromVariant : undefined);
    const cfg = pinRunAsBuild(f.variant)[name];
    let pin;
    if (version && cfg !== undefined && !(name === 'python' && f.pythonIndependent) && f.versions.has(name)) {
        const c = typeof cfg === 'string' ? { min_pin: cfg, max_pin: cfg } : cfg;
        pin = applyPinExpressions(version.split(' ')[0], c.min_pin ?? null, c.max_pin ?? null);
    }
    else if (dep.startsWith('numpy') && dep.includes('x.x')) {
        const got = f.versions.get(name);
        if (!got)
            throw new PinError(`'${dep}' in run requirements, but numpy is not in the build (or host) requirements; add numpy there`);
        pin = applyPinExpressions(got.split(' ')[0], 'x.x', 'x.x');
    }
    return pin ? [name, pin, build].join(' ').trim() : dep;
}


/***/ }),

/***/ 32532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vc: () => (/* binding */ finalizeRequirements)
/* harmony export */ });
/* unused harmony exports hostAdditions, simplifyExact */
/* harmony import */ var _recipe_context_functions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84869);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87674);
/* harmony import */ var _run_exports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85629);
/**
 * Finalized requirements, as conda-build's finalize_metadata leaves them after the prefixes are solved:
 * run_exports of the solved packages applied (add_upstream_pins), run requirements pinned to the versions
 * built against (pin_run_as_build, numpy x.x), `pin_depends: strict` replacing run by the solved run set,
 * the solved build/host sets written as exact specs, test requirements pinned the same way, and one exact
 * pin per name. Pure: the solved sets and their run_exports come in as data.
 */



const exactSpec = (p) => `${p.name} ${p.version} ${p.build}`;
const nameOf = (spec) => spec.trim().split(/[\s=<>!~]/)[0];
function checkPinDepends(v) {
    const s = (v ?? '').toLowerCase();
    if (s && s !== 'record' && s !== 'strict')
        throw new _pins_js__WEBPACK_IMPORTED_MODULE_1__/* .PinError */ .sM(`build/pin_depends must be 'record' or 'strict', not '${v}'`);
    return s;
}
function sources(input) {
    const only = (section, pkgs) => {
        const named = new Set((input.requirements[section] ?? []).map(nameOf));
        return pkgs.filter(p => named.has(p.name)).map(p => ({ name: p.name, runExports: p.runExports }));
    };
    return { build: only('build', input.build), host: input.host ? only('host', input.host) : [] };
}
/** The finalized requirements of one output (see the module's comment). */
function finalizeRequirements(input) {
    const pinDepends = checkPinDepends(input.pinDepends);
    const hasHost = input.host !== undefined;
    const merged = !hasHost && (input.buildIsHost ?? true);
    const pinning = hasHost ? (input.host ?? []) : input.build;
    const own = new Set(input.outputNames ?? []);
    const versions = new Map(pinning.filter(p => !own.has(p.name)).map(p => [p.name, p.version]));
    const facts = { versions, variant: input.variant, pythonIndependent: input.pythonIndependent || input.noarch === 'python' };
    const src = sources(input);
    const exported = (0,_run_exports_js__WEBPACK_IMPORTED_MODULE_2__/* .exportsToApply */ .pv)({
        build: src.build,
        host: src.host,
        merged,
        hasHost,
        noarch: Boolean(input.noarch),
        ignore: [...(input.ignoreRunExports ?? []), ...(facts.pythonIndependent && !input.noarch ? ['python'] : [])],
        ignoreFrom: [...(input.ignoreRunExportsFrom ?? []), ...(facts.pythonIndependent && !input.noarch ? ['python'] : [])]
    });
    const given = [...(input.requirements.run ?? [])];
    const withExports = [...new Set([...exported.run, ...given])];
    let run = withExports.map(d => (0,_recipe_context_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .ensureValidSpec */ .Cq)((0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .pinFromBuild */ .cJ)(d, facts))).sort();
    const requires = pinDepends && input.runSolved ? input.runSolved.map(exactSpec).sort() : undefined;
    if (pinDepends === 'strict' && requires)
        run = [...requires];
    const constrained = [...new Set([...exported.constrains, ...(input.requirements.run_constrained ?? [])])].sort();
    const build = simplifyExact(input.build.map(exactSpec).sort(), 'build');
    const host = input.host ? simplifyExact(input.host.map(exactSpec).sort(), 'host') : undefined;
    const testRequires = input.testRequires ? [...new Set(input.testRequires.map(d => (0,_recipe_context_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .ensureValidSpec */ .Cq)((0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .pinFromBuild */ .cJ)(d, facts))))] : undefined;
    return { build, host, run: simplifyExact(run, 'run'), run_constrained: constrained, testRequires, requires };
}
/** Specs from the build prefix's strong run_exports that go into the host requirements before the host solve. */
function hostAdditions(build, requirements, ignoreFrom = []) {
    const named = new Set((requirements.build ?? []).map(nameOf));
    const exported = exportsToApply({
        build: build.filter(p => named.has(p.name)).map(p => ({ name: p.name, runExports: p.runExports })),
        host: [],
        merged: false,
        hasHost: true,
        noarch: false,
        ignore: [],
        ignoreFrom
    });
    return exported.strongFromBuild;
}
/**
 * One spec per name where an exact pin (`name version build`) is among them (_simplify_to_exact_constraints);
 * two different exact pins of one name are an error.
 */
function simplifyExact(deps, section) {
    const byName = new Map();
    for (const d of deps) {
        const [name, ...rest] = (0,_recipe_context_functions_js__WEBPACK_IMPORTED_MODULE_0__/* .ensureValidSpec */ .Cq)(d).split(/\s+/);
        const list = byName.get(name) ?? [];
        list.push(rest);
        byName.set(name, list);
    }
    const out = [];
    for (const [name, values] of byName) {
        const exact = values.filter(v => v.length > 1 && !/[<>*]/.test(v[0]) && !v[1].includes('*'));
        if (values.length === 1 && values[0].length === 0)
            out.push(name);
        else if (exact.length) {
            const first = exact[0].slice(0, 2).join(' ');
            if (exact.some(e => e.slice(0, 2).join(' ') !== first))
                throw new _pins_js__WEBPACK_IMPORTED_MODULE_1__/* .PinError */ .sM(`requirements/${section}: conflicting exact pins of ${name}: ${exact.map(e => e.join(' ')).join(' and ')}; keep one`);
            out.push(`${name} ${first}`);
        }
        else
            out.push(...values.filter(v => v.length).map(v => [name, ...v].join(' ')));
    }
    return out;
}


/***/ }),

/***/ 85629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ runExportsJson),
/* harmony export */   G6: () => (/* binding */ normalizeRunExports),
/* harmony export */   pv: () => (/* binding */ exportsToApply)
/* harmony export */ });
/**
 * run_exports, as conda-build's add_upstream_pins applies them, and run_exports.json as its
 * write_run_exports writes it. With a host section: the host packages' weak and strong exports and the
 * build packages' strong ones go to run (noarch: only the host packages' `noarch` exports). Build and
 * host merged: the build packages' weak and strong (noarch: `noarch`). No host section but not merged
 * (compilers in build): only the strong ones. Only packages the section names explicitly export.
 * `ignore_run_exports` drops a spec equal to an entry or starting with "entry " ("*" drops all);
 * `ignore_run_exports_from` drops every export of the named packages.
 */
const KEYS = ['weak', 'strong', 'noarch', 'weak_constrains', 'strong_constrains'];
/** A run_exports value as a recipe or run_exports.json holds it: a bare list is `weak`. */
function normalizeRunExports(v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'string')
        return { weak: [v] };
    if (Array.isArray(v))
        return { weak: v.filter((x) => typeof x === 'string') };
    if (typeof v !== 'object')
        return undefined;
    const out = {};
    for (const k of KEYS) {
        const x = v[k];
        const list = typeof x === 'string' ? [x] : Array.isArray(x) ? x.filter((s) => typeof s === 'string') : [];
        if (list.length)
            out[k] = list;
    }
    return Object.keys(out).length ? out : undefined;
}
function collect(pkgs, i) {
    const from = new Set(i.ignoreFrom.map(s => s.split(' ')[0].toLowerCase()));
    const out = new Map();
    for (const p of pkgs) {
        if (from.has(p.name.toLowerCase()))
            continue;
        const e = normalizeRunExports(p.runExports);
        if (!e)
            continue;
        for (const [k, list] of Object.entries(e)) {
            const kept = list.filter(s => !i.ignore.some(ig => ig === '*' || s === ig || s.startsWith(`${ig} `)));
            out.set(k, [...(out.get(k) ?? []), ...kept]);
        }
    }
    return out;
}
const uniq = (l) => [...new Set(l)].sort();
/** What the solved prefixes add to run and run_constrained (see the module's comment). */
function exportsToApply(i) {
    const b = collect(i.build, i);
    const h = collect(i.host, i);
    const g = (m, k) => m.get(k) ?? [];
    const strongFromBuild = uniq(g(b, 'strong'));
    const hasHost = i.hasHost ?? !i.merged;
    if (hasHost && !i.merged) {
        if (i.noarch)
            return { run: uniq(g(h, 'noarch')), constrains: [], strongFromBuild };
        return {
            run: uniq([...g(h, 'strong'), ...g(h, 'weak'), ...g(b, 'strong')]),
            constrains: uniq([...g(h, 'strong_constrains'), ...g(h, 'weak_constrains'), ...g(b, 'strong_constrains')]),
            strongFromBuild
        };
    }
    if (i.noarch)
        return { run: i.merged ? uniq(g(b, 'noarch')) : [], constrains: [], strongFromBuild };
    if (i.merged)
        return {
            run: uniq([...g(b, 'strong'), ...g(b, 'weak')]),
            constrains: uniq([...g(b, 'strong_constrains'), ...g(b, 'weak_constrains')]),
            strongFromBuild
        };
    return { run: strongFromBuild, constrains: uniq(g(b, 'strong_constrains')), strongFromBuild };
}
/**
 * info/run_exports.json: the output's build/run_exports, a bare list as `weak`, each kind a list, other keys
 * kept as given (conda-build's write_run_exports); undefined when there is nothing to write.
 */
function runExportsJson(value) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (Array.isArray(value) || typeof value === 'string') {
        const list = Array.isArray(value) ? value : [value];
        return list.length ? { weak: list } : undefined;
    }
    if (typeof value !== 'object')
        return undefined;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (v === null || v === undefined)
            continue;
        out[k] = KEYS.includes(k) && !Array.isArray(v) ? [v] : v;
    }
    return Object.keys(out).length ? out : undefined;
}


/***/ }),

/***/ 39892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ gatherCondaFacts)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_epoch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46802);
/* harmony import */ var _recipe_platforms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93622);
/**
 * What a conda build plan depends on that is not an input, gathered once before anything is planned:
 * the machine's subdir, its CPU count, the environment the build's commands get in the runtime (the
 * toolchain's PATH, CC, HOME...), the Node that runs the suite (SYS_PYTHON and SYS_PREFIX of
 * conda-build's environment point at the running interpreter), and SOURCE_DATE_EPOCH of the recipe
 * (the environment's, else the recipe's last commit). Nothing here renders, solves or builds.
 */




/** The facts of a build of the recipe at `recipeDir` on `runtime` (the host runtime for now). */
async function gatherCondaFacts(runtime, recipeDir, hostEnv = process.env) {
    const [env, epoch] = await Promise.all([runtime.env(), (0,_lib_epoch_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceDateEpoch */ .pA)(recipeDir, hostEnv)]);
    return {
        hostSubdir: (0,_recipe_platforms_js__WEBPACK_IMPORTED_MODULE_3__/* .hostSubdir */ .AQ)(),
        cpuCount: node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism(),
        env,
        sysPython: process.execPath,
        sysPrefix: node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(process.execPath)),
        epoch,
        runtime: { kind: runtime.kind, description: runtime.description }
    };
}


/***/ }),

/***/ 86587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n0: () => (/* binding */ planRendered),
  Il: () => (/* binding */ renderOnce)
});

// UNUSED EXPORTS: makeCondaPlan

// EXTERNAL MODULE: ./src/conda/recipe/location.ts
var recipe_location = __webpack_require__(68819);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/conda/recipe/render.ts + 17 modules
var render = __webpack_require__(95158);
// EXTERNAL MODULE: ./src/conda/recipe/distinct.ts + 1 modules
var distinct = __webpack_require__(8921);
// EXTERNAL MODULE: ./src/conda/recipe/variants.ts
var variants = __webpack_require__(42298);
// EXTERNAL MODULE: ./src/conda/source/fetch.ts + 6 modules
var fetch = __webpack_require__(92150);
// EXTERNAL MODULE: ./src/conda/source/spec.ts
var spec = __webpack_require__(54278);
;// CONCATENATED MODULE: ./src/conda/source/for-render.ts
/**
 * Rendering a recipe whose templates read its source, as conda-build does: a recipe that names GIT_*,
 * HG_* or SVN_* variables, or calls load_setup_py_data, load_setuptools, load_file_regex or
 * load_file_data, is rendered once leniently to learn its `source`, the source is fetched (once per
 * distinct source section: a variant may change it, as `git_tag: {{ git_tag }}` does), and the recipe is
 * rendered again with the source's folder and its GIT_* / HG_* variables. The fetched folders are
 * scratch: the build fetches its source again into its own work folder.
 */









const VCS_VARS = /\b(GIT|HG|SVN)_[^.\s'"]+/;
const LOADERS = /\b(load_setup_py_data|load_setuptools|load_file_regex|load_file_data)\b/;
/** What in the recipe text reads the source (conda-build's needs_source_for_render), or undefined. */
function sourceReader(text, packageName = '') {
    const vcs = VCS_VARS.exec(text);
    if (vcs && vcs[1].toLowerCase() !== packageName)
        return vcs[0];
    return LOADERS.exec(text)?.[1];
}
async function fetchForRender(section, recipeDir, dest, o) {
    const specs = (0,spec/* sourceSpecs */.M$)(section, recipeDir);
    const fetched = await (0,fetch/* fetchSources */.d)(specs, { workDir: dest, cacheDir: o.sourceCacheDir ?? external_node_path_.join(external_node_path_.dirname(dest), 'cache'), log: o.log });
    return { workDir: dest, vars: fetched.gitVars };
}
/**
 * The fetched source of each distinct variant (src/conda/recipe/distinct.ts), by its values of the keys they
 * were told apart by; one fetch per distinct source section; failures by section.
 */
async function fetchPerVariant(prepared, opts, reader, scratch) {
    const sections = (0,distinct/* overDistinct */.x)(prepared, (v, seen) => (0,render/* sourceSection */.RJ)(prepared, v, opts, seen), opts.allVariants);
    const bySection = new Map();
    const byVariant = new Map();
    for (const { variant, result: section } of sections.items) {
        const key = JSON.stringify(section ?? null);
        let got = bySection.get(key);
        if (!got) {
            opts.log?.(`the recipe reads its source while it renders (${reader}): fetching it first`);
            got = await fetchForRender(section, prepared.recipe.dir, external_node_path_.join(scratch, `src-${bySection.size}`), opts).catch((e) => e);
            bySection.set(key, got);
        }
        if (!(got instanceof Error))
            byVariant.set((0,variants/* projection */.Qj)(variant, sections.keys), got);
    }
    const lookup = (v) => byVariant.get((0,variants/* projection */.Qj)(v, sections.keys));
    return { lookup, failures: [...bySection.values()].filter((g) => g instanceof Error) };
}
/**
 * Render `opts.recipe`, fetching its source first when its templates read it (see the module's comment).
 * A source that cannot be fetched is logged and the recipe rendered without it, as conda-build goes on;
 * when that render fails too, the error says both.
 */
async function renderRecipeWithSource(opts) {
    const prepared = (0,render/* prepareRender */.IB)(opts);
    const reader = sourceReader(prepared.recipe.text);
    if (!reader || opts.workDir)
        return (0,render/* renderRecipe */.PI)(opts);
    const scratch = opts.scratchDir ?? external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'conda-render-src-'));
    try {
        const { lookup, failures } = await fetchPerVariant(prepared, opts, reader, scratch);
        const why = failures.map(e => e.message).join('; ');
        if (why)
            opts.log?.(`could not fetch the source to render ${prepared.recipe.file} (${why}); rendering without it`);
        try {
            return (0,render/* renderRecipe */.PI)({ ...opts, source: lookup });
        }
        catch (e) {
            if (!why || !(e instanceof recipe_location/* RecipeError */.tF))
                throw e;
            const err = new recipe_location/* RecipeError */.tF(`${e.problem}\n${prepared.recipe.file} uses ${reader}, so its source is fetched to render it, and that failed: ${why}`, e.at);
            err.cause = e;
            throw err;
        }
    }
    finally {
        if (!opts.scratchDir)
            external_node_fs_.rmSync(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/conda/builder/env-vars.ts
var env_vars = __webpack_require__(11575);
// EXTERNAL MODULE: ./src/conda/builder/prefixes.ts
var prefixes = __webpack_require__(68343);
// EXTERNAL MODULE: ./src/cache/entry.ts + 5 modules
var entry = __webpack_require__(70173);
// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(25877);
// EXTERNAL MODULE: ./src/conda/env/fetch.ts
var env_fetch = __webpack_require__(64959);
;// CONCATENATED MODULE: ./src/conda/env/persist.ts
/**
 * The package cache across runs: the archives a run's solves picked from network channels, kept in
 * a CacheStore as one entry keyed by the solved set (the sorted sha256 of those packages and the
 * subdir), so a run that solves the same set gets every archive without a download. Only archives:
 * the extracted folders are made again from them. An entry is untrusted: each archive in it must be
 * one of the set's and match the repodata's size, sha256 and md5 (the package cache's own check)
 * before anything moves into the package cache; one wrong archive refuses the whole entry.
 * Packages of local channels are not persisted (they are on disk already), nor records without a
 * sha256 (nothing could check them).
 */





const PACKAGE_KEY_PREFIX = 'build-wheel-conda-pkgs-v1-';
const ENTRY_MTIME = 0;
const ENTRY_ZSTD_LEVEL = 1; // .conda and .tar.bz2 are compressed already
/** The key of a solved set: its sha256s sorted, and the subdir. */
function packageSetKey(subdir, sha256s) {
    const sorted = [...new Set(sha256s.map(s => s.toLowerCase()))].sort();
    return (0,key/* composeKey */.Q2)(`${PACKAGE_KEY_PREFIX}${subdir}`, { subdir, packages: sorted.join(',') });
}
/** What of `solved` persists, or undefined when nothing does. Pure. */
function packageSet(solved, subdir) {
    const byFn = new Map();
    let unhashed = 0;
    for (const s of solved) {
        if (s.channel.kind !== 'http' || byFn.has(s.record.fn))
            continue;
        if (!s.record.sha256) {
            unhashed++;
            continue;
        }
        byFn.set(s.record.fn, { fn: s.record.fn, sha256: s.record.sha256.toLowerCase(), md5: s.record.md5, size: s.record.size });
    }
    const records = [...byFn.values()].sort((a, b) => (a.fn < b.fn ? -1 : a.fn > b.fn ? 1 : 0));
    if (!records.length)
        return undefined;
    return {
        key: packageSetKey(subdir, records.map(r => r.sha256)),
        subdir,
        records,
        unhashed
    };
}
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
function presentIn(set, pkgsDir) {
    return new Set(set.records.filter(r => fs.existsSync(path.join(pkgsDir, r.fn))).map(r => r.fn));
}
/** Restore the set's entry into `pkgsDir` when the package cache lacks any of its archives; see the module's comment. */
async function restorePackages(set, pkgsDir, store, log, warn) {
    const before = presentIn(set, pkgsDir);
    const none = { restored: 0, bytes: 0, entryBytes: 0 };
    if (before.size === set.records.length) {
        log(`all ${set.records.length} archive(s) of the solved set are in the local package cache`);
        return { outcome: 'local', present: before, ...none };
    }
    const entry = await store.restore(set.key);
    if (!entry) {
        log(`miss (${set.key}): ${set.records.length - before.size} archive(s) will be downloaded`);
        return { outcome: 'miss', present: before, ...none };
    }
    fs.mkdirSync(pkgsDir, { recursive: true });
    const scratch = fs.mkdtempSync(path.join(pkgsDir, '.restore-'));
    try {
        const entryBytes = fs.statSync(entry).size;
        const wanted = new Map(set.records.map(r => [r.fn, r]));
        let why;
        let files = [];
        try {
            files = await restoreEntry(entry, scratch, set.key, { maxMembers: set.records.length + 4 });
            for (const f of files) {
                const r = wanted.get(f.path);
                if (!r || f.type !== 'file') {
                    why = `'${f.path}' is not an archive of the solved set`;
                    break;
                }
                const problems = digestProblems(r, await digestFile(path.join(scratch, f.path)));
                if (problems.length) {
                    why = `${f.path}: ${problems.join('; ')}`;
                    break;
                }
            }
        }
        catch (e) {
            if (!(e instanceof EntryError))
                throw e;
            why = e.message;
        }
        if (why) {
            warn(`the persisted package cache entry ${set.key} was refused: ${why}. ${store.drop(set.key)}; the packages will be downloaded`);
            return { outcome: 'refused', present: before, ...none };
        }
        let restored = 0;
        let bytes = 0;
        for (const f of files) {
            const dest = path.join(pkgsDir, f.path);
            if (fs.existsSync(dest))
                continue;
            bytes += fs.statSync(path.join(scratch, f.path)).size;
            fs.renameSync(path.join(scratch, f.path), dest);
            restored++;
        }
        const present = presentIn(set, pkgsDir);
        const missing = set.records.length - present.size;
        log(`hit: ${restored} archive(s) restored and verified (${mb(bytes)} from a ${mb(entryBytes)} entry)${missing ? `; ${missing} not in the entry will be downloaded` : ''}`);
        return { outcome: 'hit', present, restored, bytes, entryBytes };
    }
    finally {
        fs.rmSync(scratch, { recursive: true, force: true });
        store.cleanup();
    }
}
/**
 * After the run: when it downloaded any archive of the set (one not present after the restore),
 * save every archive of the set that is in the package cache and still matches its record.
 * Returns the entry's size, or undefined when nothing was saved.
 */
async function savePackages(set, pkgsDir, store, before, log) {
    const fresh = set.records.filter(r => !before.has(r.fn) && fs.existsSync(path.join(pkgsDir, r.fn)));
    if (!fresh.length) {
        log('nothing new was downloaded: the package cache entry is not saved');
        return undefined;
    }
    const good = [];
    for (const r of set.records) {
        const file = path.join(pkgsDir, r.fn);
        if (fs.existsSync(file) && digestProblems(r, await digestFile(file)).length === 0)
            good.push(r.fn);
    }
    const scratch = fs.mkdtempSync(path.join(pkgsDir, '.save-'));
    try {
        const out = path.join(scratch, 'entry.tar.zst');
        const packed = await packEntry(pkgsDir, good, set.key, out, { mtime: ENTRY_MTIME, zstdLevel: ENTRY_ZSTD_LEVEL });
        const ok = await store.save(set.key, out);
        log(`${fresh.length} archive(s) downloaded in this run; ${good.length} of ${set.records.length} in the entry (${mb(packed.rawBytes)} -> ${mb(packed.bytes)}): ` +
            (ok ? `saved under ${set.key}` : 'not saved (already stored, or the store failed)'));
        return ok ? packed.bytes : undefined;
    }
    finally {
        fs.rmSync(scratch, { recursive: true, force: true });
        store.cleanup();
    }
}

// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __webpack_require__(93622);
// EXTERNAL MODULE: ./src/conda/recipe/sections.ts
var sections = __webpack_require__(352);
// EXTERNAL MODULE: ./src/conda/source/cache.ts + 1 modules
var cache = __webpack_require__(68985);
;// CONCATENATED MODULE: ./src/conda/source/persist.ts
/**
 * The source cache across runs: each download whose recipe gives a hash is kept in a CacheStore (the
 * Actions cache in a workflow, a local folder otherwise) under `build-wheel-conda-src-v1-<algo>-<hex>`,
 * one entry holding the one file. Before the sources are fetched, a missing file is restored from its
 * entry into the local source cache and checked against the recipe's hash (the source cache's own
 * check): a file that fails it is removed, its entry dropped where the store allows, and the source
 * is downloaded as usual. After the build, every source downloaded (and verified) in this run is saved.
 * A source without a hash is never persisted: nothing could tell a good copy from a bad one.
 */




const SOURCE_KEY_PREFIX = 'build-wheel-conda-src-v1-';
/** Entries hold one file: the manifest and the file are all a good entry has. */
const SOURCE_ENTRY_LIMITS = { maxMembers: 4 };
const persist_ENTRY_MTIME = 0;
const persist_ENTRY_ZSTD_LEVEL = 1;
/** The store key of a source, or undefined when the recipe gives no hash. */
function sourceStoreKey(src) {
    const k = (0,cache/* cacheKey */.k$)(src);
    return k ? `${SOURCE_KEY_PREFIX}${k}` : undefined;
}
/** Where the source cache keeps the file of `src` (which has a hash). */
function sourceCacheFile(src, cacheDir) {
    return path.join(cacheDir, cacheKey(src), src.fn);
}
const persist_mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
/** Bring the entry of `src` (hashed) into the source cache when the cache lacks the file; see the module's comment. */
async function restoreSource(src, cacheDir, store, log, warn) {
    const key = sourceStoreKey(src);
    const dest = sourceCacheFile(src, cacheDir);
    if (fs.existsSync(dest)) {
        log(`${src.fn}: already in the local source cache`);
        return { outcome: 'local' };
    }
    const entry = await store.restore(key);
    if (!entry) {
        log(`${src.fn}: miss (${key})`);
        return { outcome: 'miss' };
    }
    fs.mkdirSync(cacheDir, { recursive: true });
    const scratch = fs.mkdtempSync(path.join(cacheDir, '.restore-'));
    try {
        const entryBytes = fs.statSync(entry).size;
        let why;
        try {
            const files = await restoreEntry(entry, scratch, key, SOURCE_ENTRY_LIMITS);
            const only = files.length === 1 && files[0].type === 'file' && !files[0].path.includes('/') ? files[0] : undefined;
            if (!only)
                why = `it holds ${files.map(f => f.path).join(', ') || 'nothing'} where one file was expected`;
            else {
                fs.mkdirSync(path.dirname(dest), { recursive: true });
                fs.renameSync(path.join(scratch, only.path), dest);
                const bad = await hashMismatches(dest, src.hashes);
                if (bad.length) {
                    fs.rmSync(dest, { force: true });
                    why = bad.map(([a, want, got]) => `its ${a} is ${got}, the recipe says ${want}`).join('; ');
                }
            }
        }
        catch (e) {
            if (!(e instanceof EntryError))
                throw e;
            why = e.message;
        }
        if (why) {
            warn(`the persisted source ${src.fn} (${key}) was refused: ${why}. ${store.drop(key)}; it will be downloaded`);
            return { outcome: 'refused', why };
        }
        const bytes = fs.statSync(dest).size;
        log(`${src.fn}: hit, restored and verified (${persist_mb(bytes)} from a ${persist_mb(entryBytes)} entry)`);
        return { outcome: 'hit', bytes, entryBytes };
    }
    finally {
        fs.rmSync(scratch, { recursive: true, force: true });
        store.cleanup();
    }
}
/**
 * Save the source cache's file of `src` (hashed) under its key, checked against the recipe's hash
 * first. Returns the entry's size, or undefined when nothing was saved.
 */
async function saveSource(src, cacheDir, store, log) {
    const key = sourceStoreKey(src);
    const file = sourceCacheFile(src, cacheDir);
    if (!fs.existsSync(file) || (await hashMismatches(file, src.hashes)).length) {
        log(`${src.fn}: not in the source cache after the build (never fetched, or the build failed first); not saved`);
        return undefined;
    }
    const scratch = fs.mkdtempSync(path.join(cacheDir, '.save-'));
    try {
        const out = path.join(scratch, 'entry.tar.zst');
        const packed = await packEntry(path.dirname(file), [src.fn], key, out, { mtime: persist_ENTRY_MTIME, zstdLevel: persist_ENTRY_ZSTD_LEVEL });
        const ok = await store.save(key, out);
        log(`${src.fn}: ${ok ? `saved under ${key}` : 'not saved (already stored, or the store failed)'} (${persist_mb(packed.rawBytes)} -> ${persist_mb(packed.bytes)})`);
        return ok ? packed.bytes : undefined;
    }
    finally {
        fs.rmSync(scratch, { recursive: true, force: true });
        store.cleanup();
    }
}

// EXTERNAL MODULE: ./src/conda/recipe/used-vars.ts
var used_vars = __webpack_require__(99744);
// EXTERNAL MODULE: ./src/conda/plan/solve-envs.ts
var solve_envs = __webpack_require__(97657);
// EXTERNAL MODULE: ./src/conda/finalize/requirements.ts
var requirements = __webpack_require__(32532);
// EXTERNAL MODULE: ./src/conda/plan/pin-marker.ts
var pin_marker = __webpack_require__(57811);
;// CONCATENATED MODULE: ./src/conda/plan/output-builds.ts
/**
 * The packages a variant of an `outputs:` recipe makes after its top-level build, as steps the builder walks:
 * for each planned output (outputs.ts) its package file, the environments it adds to the shared build and
 * host prefixes (conda-build installs an output's own requirements into the same prefixes the top-level
 * build used, so the files that build left stay there for the output's `files:`), the script it runs, the
 * files it takes, its test, and its rendered recipe as info/ will hold it (finalized after the prefixes are
 * solved). Every environment is solved with the plan: one that asks for another output of the recipe is solved
 * with a planned record standing for that output (planned-records.ts), which the builder swaps for the built
 * package after checking that it is the one planned. pin_compatible calls are evaluated against the output's own
 * solved prefixes (the top level's for the top level's own output), as conda-build's finalizing render does. Pure.
 */






const isTrue = (v) => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v.trim()));
/** The output's recipe as info/recipe/meta.yaml holds it before its run requirements are finalized. */
function outputRecipe(v, o) {
    const top = v.meta;
    const build = { ...o.build, number: String(o.buildNumber), string: o.buildString };
    delete build.script;
    if (o.noarch)
        build.noarch = o.noarch;
    const r = o.requirements;
    const reqs = {
        build: r.build,
        ...(r.hasHost ? { host: r.host } : {}),
        run: r.run,
        ...(r.run_constrained.length ? { run_constrained: r.run_constrained } : {})
    };
    const meta = { package: { name: o.name, version: o.version }, build, requirements: reqs };
    if (top.source !== undefined && top.source !== null)
        meta.source = top.source;
    if (Object.keys(o.test).length)
        meta.test = o.test;
    if (Object.keys(o.about).length)
        meta.about = o.about;
    meta.extra = { ...((0,sections/* isDict */.Zm)(top.extra) ? top.extra : {}), final: true };
    return meta;
}
/**
 * An environment's specs, with each output of the recipe it asks for pinned to this build's own (name, version,
 * build string): a variant's outputs are built against that variant's siblings, never another variant's, and the
 * spec list (the key of its solution) differs between variants whose siblings differ.
 */
function pinSiblings(specs, siblings) {
    const asked = [...new Set(specs.map(used_vars/* depName */.Jk))].filter(n => siblings.has(n));
    const pins = asked.map(n => siblings.get(n)).map(p => `${p.name} ${p.version} ${p.buildString}`);
    return [...specs, ...pins.filter(p => !specs.includes(p))];
}
function environmentsOf(o, others, siblings, solutions) {
    const r = (0,pin_marker/* stripCompatible */.zA)(o.requirements);
    // the top level's own output shares the top-level build's prefixes: nothing is added to them
    if (o.topLevel)
        return { build: [], host: [], needsOutputs: [] };
    const build = pinSiblings(r.hasHost ? r.build : [], siblings);
    const host = pinSiblings(r.hasHost ? r.host : r.build, siblings);
    const needsOutputs = [...new Set([...build, ...host].map(used_vars/* depName */.Jk).filter(n => others.has(n)))].sort();
    const answer = (specs) => (specs.length ? solutions?.get((0,solve_envs/* specsKey */.K)(specs)) : []);
    const [b, h] = [answer(build), answer(host)];
    return { build, host, needsOutputs, ...(b && h ? { solved: { build: b, host: h } } : {}) };
}
/** The specs of the output environments that ask for no other output of the recipe (the first round: solve-rounds.ts). */
function solvableOutputSpecs(steps) {
    return steps.filter(s => !s.environments.needsOutputs.length).flatMap(s => [[...s.environments.build], [...s.environments.host]]);
}
/** The output with its pin_compatible calls evaluated against its solved prefix, or at their render-time values. */
function pinnedOutput(o, prefix) {
    const fix = (v) => (prefix ? (0,pin_marker/* resolveCompatible */.tU)(v, (0,pin_marker/* installedOf */.k7)(prefix)) : (0,pin_marker/* stripCompatible */.zA)(v));
    const r = fix(o.requirements);
    return { ...o, requirements: r, build: fix(o.build), test: fix(o.test), runExports: fix(o.runExports) };
}
/** The prefixes an output's requirements are finalized against: build and host, or one prefix as build (and as host when merged). */
function finalizingSets(o, e, top) {
    const hasHost = o.requirements.hasHost;
    if (o.topLevel) {
        if (!top?.host)
            return { build: [] };
        if (top.build)
            return { build: top.build, host: top.host };
        return hasHost ? { build: top.host, host: top.host } : { build: top.host };
    }
    if (!e.solved)
        return { build: [] };
    if (!hasHost)
        return { build: e.solved.host };
    const all = [...e.solved.build, ...e.solved.host];
    return isTrue(o.build.merge_build_host) ? { build: all, host: all } : { build: e.solved.build, host: e.solved.host };
}
/** The run depends the plan knows for a solved output (see OutputStepPlan.plannedDepends). */
function plannedDependsOf(o, v, sets, others) {
    // a planned record carries its output's run_exports; a channel's records do not (only their archives hold them)
    const pkg = (s) => ({ name: s.record.name, version: s.record.version, build: s.record.build, runExports: s.record.run_exports });
    const r = o.requirements;
    return (0,requirements/* finalizeRequirements */.vc)({
        requirements: { build: r.build, host: r.host, run: r.run, run_constrained: r.run_constrained },
        variant: v.input ?? v.variant,
        build: sets.build.map(pkg),
        host: sets.host?.map(pkg),
        noarch: o.noarch,
        pythonIndependent: o.build.python_version_independent === true,
        ignoreRunExports: (0,sections/* strList */.Sc)(o.build.ignore_run_exports),
        ignoreRunExportsFrom: (0,sections/* strList */.Sc)(o.build.ignore_run_exports_from),
        outputNames: others
    }).run;
}
function testOf(o, enabled) {
    const t = o.test;
    const script = typeof t.script === 'string' && t.script ? t.script : undefined;
    const interpreter = typeof t.script_interpreter === 'string' ? t.script_interpreter : undefined;
    return { enabled, requires: (0,sections/* strList */.Sc)(t.requires), ...(script ? { script } : {}), ...(interpreter ? { interpreter } : {}) };
}
function step(v, planned, others, siblings, s, sol) {
    const environments = environmentsOf(planned, others, siblings, sol.solutions);
    const solved = planned.topLevel ? Boolean(sol.top?.host) : Boolean(environments.solved);
    const sets = finalizingSets(planned, environments, sol.top);
    // pin_compatible reads the host prefix, or the one prefix build and host share (conda-build's build_is_host)
    const o = pinnedOutput(planned, solved ? (sets.host ?? sets.build) : undefined);
    const stem = `${o.name}-${o.version}-${o.buildString}`;
    const fn = `${stem}.${s.format}`;
    const dir = external_node_path_.join(external_node_path_.resolve(s.outputDir), o.subdir);
    const rendered = {
        ...v,
        name: o.name,
        version: o.version,
        buildString: o.buildString,
        buildNumber: o.buildNumber,
        subdir: o.subdir,
        variant: o.variant,
        meta: outputRecipe(v, o)
    };
    return {
        name: o.name,
        version: o.version,
        buildString: o.buildString,
        buildNumber: o.buildNumber,
        subdir: o.subdir,
        ...(o.noarch ? { noarch: o.noarch } : {}),
        stem,
        topLevel: o.topLevel,
        variant: o.variant,
        output: o,
        rendered,
        environments,
        ...(o.packaging.run ? { run: o.packaging.run } : {}),
        files: o.packaging.files,
        scriptEnv: (0,sections/* strList */.Sc)(o.build.script_env),
        package: { dir, fn, path: external_node_path_.join(dir, fn) },
        test: testOf(o, s.test),
        ...(solved ? { plannedDepends: plannedDependsOf(o, v, sets, [...others]) } : {})
    };
}
/** The output steps of the top-level build `index` of the plan (its kept variant `v`), in build order; with the solutions of a solved plan. */
function outputSteps(v, plan, index, s, sol = {}) {
    const names = new Set(plan.outputs.map(o => o.name));
    const build = plan.builds[index];
    if (!build)
        return [];
    const ofThisBuild = build.outputs.map(j => plan.outputs[j]);
    return ofThisBuild.map(o => {
        const siblings = new Map(ofThisBuild.filter(x => x.name !== o.name).map(x => [x.name, x]));
        return step(v, o, new Set([...names].filter(n => n !== o.name)), siblings, s, sol);
    });
}

// EXTERNAL MODULE: ./src/conda/plan/subdirs.ts
var subdirs = __webpack_require__(47593);
// EXTERNAL MODULE: ./src/conda/plan/planned-records.ts
var planned_records = __webpack_require__(79390);
;// CONCATENATED MODULE: ./src/conda/plan/build-plan.ts
/**
 * The conda build plan, as a value: a rendered recipe, the facts of the machine and the solved
 * prefixes in; for every variant to build, its rendered metadata, its requirements (build, host, run,
 * test), its folders and prefixes with their solved packages, the build script and its environment,
 * the package file and the cache keys out. Pure: `conda build --plan-only` prints it, the caches are
 * restored from it, and the builder walks it (src/conda/builder/build.ts). Every problem found while
 * planning (a subdir this machine cannot build, two variants writing one file) is raised here, before
 * any work.
 */













const xy = (v) => (v ? /^\d+\.\d+/.exec(v)?.[0] : undefined);
/**
 * The prefixes a variant needs: build (unless merged) and host, each with its specs. Without a host section, or
 * with build/merge_build_host true, one prefix holds both (conda-build's build_is_host); merge_build_host false
 * keeps a build prefix of its own even without a host section. Pure.
 */
function environmentSpecs(recipe) {
    const r = recipe.requirements;
    const merge = recipe.build.mergeBuildHost;
    if (r.hasHost && merge)
        return { merged: true, build: [], host: [...new Set([...r.build, ...r.host])] };
    if (!r.hasHost && merge === false)
        return { merged: false, build: r.build, host: [] };
    return r.hasHost ? { merged: false, build: r.build, host: r.host } : { merged: true, build: [], host: r.build };
}
/**
 * The rendered variant with its pin_compatible calls evaluated against the solved prefix conda-build reads
 * them from (host, or the one merged prefix); at their render-time values when nothing is solved. The calls
 * under `outputs:` are each output's own (output-builds.ts): left at their render-time values here.
 */
function pinnedVariant(v, envs) {
    const { compatiblePins, ...rest } = v;
    const solved = envs.host.solved;
    if (!compatiblePins || !solved)
        return rest;
    const { outputs, ...top } = compatiblePins;
    const meta = (0,pin_marker/* resolveCompatible */.tU)(top, (0,pin_marker/* installedOf */.k7)(solved));
    return { ...rest, meta: outputs === undefined ? meta : { ...meta, outputs: (0,pin_marker/* stripCompatible */.zA)(outputs) } };
}
function environments(recipe, dirs, solutions) {
    const e = environmentSpecs(recipe);
    const env = (prefix, specs) => {
        const solved = solutions ? (specs.length ? solutions.get((0,solve_envs/* specsKey */.K)(specs)) : []) : undefined;
        return solved ? { prefix, specs, solved } : { prefix, specs };
    };
    return e.merged ? { host: env(dirs.hostPrefix, e.host) } : { build: env(dirs.buildPrefix, e.build), host: env(dirs.hostPrefix, e.host) };
}
function pythonOf(envs, v) {
    const find = (e) => e?.solved?.find(s => s.record.name === 'python');
    const py = find(envs.host) ?? find(envs.build);
    const fromVariant = typeof v.variant.python === 'string' ? xy(v.variant.python) : undefined;
    return { version: xy(py?.record.version) ?? fromVariant ?? platforms/* DEFAULT_PYTHON */.H1, inPrefix: Boolean(py) };
}
function scriptOf(recipe, recipeDir, scripts, win) {
    if (recipe.build.script.length)
        return { origin: 'build/script', lines: recipe.build.script };
    if (win)
        return scripts.bldBat ? { origin: 'bld.bat', file: external_node_path_.join(recipeDir, 'bld.bat') } : undefined;
    return scripts.buildSh ? { origin: 'build.sh', file: external_node_path_.join(recipeDir, 'build.sh') } : undefined;
}
function variantStrings(v) {
    const out = {};
    for (const [k, x] of Object.entries(v.variant))
        if (typeof x === 'string')
            out[k] = x;
    return out;
}
function scriptFactsOf(v, recipe, dirs, python, i) {
    const f = i.facts;
    return {
        subdir: v.subdir === 'noarch' ? f.hostSubdir : v.subdir,
        buildSubdir: f.hostSubdir,
        prefix: dirs.hostPrefix,
        buildPrefix: dirs.buildPrefix,
        srcDir: dirs.work,
        recipeDir: i.rendered.recipeDir,
        pkg: { name: v.name, version: v.version, buildNumber: v.buildNumber, buildString: v.buildString, hash: /h([0-9a-f]{7})/.exec(v.buildString)?.[1] ?? '' },
        pythonVersion: python.version,
        hasPython: python.inPrefix,
        sysPython: f.sysPython,
        sysPrefix: f.sysPrefix,
        cpuCount: f.cpuCount,
        sourceDateEpoch: f.epoch.value,
        variant: variantStrings(v),
        inherited: f.env,
        scriptEnv: recipe.build.scriptEnv,
        state: 'BUILD'
    };
}
function cacheKeys(v, recipeDir, envs, subdir) {
    const sources = (0,spec/* sourceSpecs */.M$)(v.meta.source, recipeDir).flatMap(s => (s.kind === 'url' ? [sourceStoreKey(s)].filter((k) => Boolean(k)) : []));
    const solved = [...(envs.build?.solved ?? []), ...(envs.host.solved ?? [])];
    const set = solved.length ? packageSet(solved, subdir) : undefined;
    return set ? { sources, packages: set.key } : { sources };
}
const solvedSets = (envs) => ({ build: envs.build?.solved, host: envs.host.solved });
/** The plan of one variant (the index-th kept one). */
function planVariant(v, i, index) {
    const { facts, settings } = i;
    const specs = (0,sections/* typedRecipe */.fh)(v.meta);
    const stem = `${v.name}-${v.version}-${v.buildString}`;
    const win = facts.hostSubdir.startsWith('win-');
    const merged = environmentSpecs(specs).merged;
    const dirs = (0,prefixes/* buildDirs */.FV)(external_node_path_.resolve(settings.croot), v.name, facts.epoch.value, merged, win);
    const envs = environments(specs, dirs, i.solutions);
    const rendered = pinnedVariant(v, envs);
    const recipe = rendered === v ? specs : (0,sections/* typedRecipe */.fh)(rendered.meta);
    const python = pythonOf(envs, v);
    const scriptFacts = scriptFactsOf(v, recipe, dirs, python, i);
    const fn = `${stem}.${settings.format}`;
    const dir = external_node_path_.join(external_node_path_.resolve(settings.outputDir), v.subdir);
    const script = scriptOf(recipe, i.rendered.recipeDir, i.rendered.scripts, win);
    return {
        stem,
        name: v.name,
        version: v.version,
        buildString: v.buildString,
        buildNumber: v.buildNumber,
        subdir: v.subdir,
        ...(recipe.build.noarch ? { noarch: recipe.build.noarch } : {}),
        variant: v.variant,
        rendered,
        recipe,
        requirements: { ...recipe.requirements, test: recipe.test.requires },
        dirs,
        merged,
        environments: envs,
        python,
        ...(script ? { script } : {}),
        scriptFacts,
        env: (0,env_vars/* buildEnvironment */.AF)(scriptFacts),
        package: { dir, fn, path: external_node_path_.join(dir, fn) },
        cacheKeys: cacheKeys(v, i.rendered.recipeDir, envs, facts.hostSubdir),
        test: { enabled: settings.test, requires: recipe.test.requires, commands: recipe.test.commands, imports: recipe.test.imports },
        ...(i.outputs ? { outputs: outputSteps(rendered, i.outputs, index, settings, { solutions: i.solutions, top: solvedSets(envs) }) } : {})
    };
}
/** The packages a build makes: a recipe with outputs: makes its outputs' packages, not the top level's. */
const packagesOf = (b) => b.outputs ?? [b];
/** The spec lists of a build the solver answers (for this machine's subdir): none unless one of its packages is made here. */
function specsToSolve(b, machine) {
    if (!packagesOf(b).some(p => (0,subdirs/* buildsHere */.wM)(p.subdir, machine)))
        return [];
    const e = environmentSpecs(b.recipe);
    return [e.build, e.host, ...solvableOutputSpecs((b.outputs ?? []).filter(o => (0,subdirs/* buildsHere */.wM)(o.subdir, machine)))];
}
/** An output step without what the solver's answers gave it (for a package of another subdir). */
function unsolvedStep(o) {
    const { plannedDepends: _planned, ...step } = o;
    const { solved: _solved, ...environments } = o.environments;
    return { ...step, environments };
}
/** The plan of one variant, the solver's answers kept only for the packages made here (as specsToSolve asked). */
function planHere(v, i, index) {
    const b = planVariant(v, i, index);
    const machine = i.facts.hostSubdir;
    const here = packagesOf(b).filter(p => (0,subdirs/* buildsHere */.wM)(p.subdir, machine)).length;
    if (!i.solutions || here === packagesOf(b).length)
        return b;
    if (!here)
        return planVariant(v, { ...i, solutions: undefined }, index);
    return { ...b, outputs: b.outputs?.map(o => ((0,subdirs/* buildsHere */.wM)(o.subdir, machine) ? o : unsolvedStep(o))) };
}
/** The plan of a rendered recipe (see the module's comment). Throws a PlanError naming every problem. */
function planBuild(i) {
    const kept = i.rendered.variants.filter(v => !v.skip);
    const builds = kept.map((v, n) => planHere(v, i, n));
    const packages = builds.flatMap(packagesOf);
    const cross = i.planOnly ? (0,subdirs/* crossPlanWarning */.iW)(packages, i.facts.hostSubdir) : undefined;
    if (i.check !== false) {
        if (!i.planOnly)
            (0,subdirs/* checkBuildable */.zf)(packages, i.facts.hostSubdir);
        (0,subdirs/* checkDistinctFiles */.aP)(packages);
    }
    return {
        recipeFile: i.rendered.recipeFile,
        recipeDir: i.rendered.recipeDir,
        buildSubdir: i.facts.hostSubdir,
        sourceDateEpoch: i.facts.epoch.value,
        channels: i.settings.channels,
        format: i.settings.format,
        warnings: cross ? [...i.warnings, cross] : i.warnings,
        skipped: i.rendered.variants.length - kept.length,
        builds,
        ...(i.outputs ? { outputs: i.outputs } : {})
    };
}
/** Every package of the plan's solved prefixes (what the package cache should hold), in plan order. */
function plannedPackages(plan) {
    const outputs = (b) => (b.outputs ?? []).flatMap(o => [...(o.environments.solved?.build ?? []), ...(o.environments.solved?.host ?? [])]);
    // planned records stand for outputs of the recipe: the build makes them, no channel has them
    return plan.builds.flatMap(b => [...(b.environments.build?.solved ?? []), ...(b.environments.host.solved ?? []), ...outputs(b)]).filter(r => !isPlanned(r));
}

// EXTERNAL MODULE: ./src/conda/recipe/build-string.ts
var build_string = __webpack_require__(84094);
;// CONCATENATED MODULE: ./src/conda/plan/output-meta.ts
/**
 * One output's metadata from the rendered recipe, as conda-build's get_output_metadata makes it. An output
 * named as the top-level package takes the top-level requirements, build and about keys it does not set
 * (combine_top_level_metadata_with_output). Any other output has only its own requirements (a bare list is
 * both host and run: expand_reqs; a requirement on itself is dropped), its own version or the top-level one,
 * its own `build` section (the top-level build number when it sets none) or else the top-level build section
 * without entry_points, run_exports and script; its own test, or the top-level test without commands and
 * imports; its own about or the top-level one; `noarch` only when the output sets it.
 */


/** The output kinds this suite builds. */
const CONDA_TYPES = ['conda', 'conda_v2'];
/** expand_reqs: a list is host and run; a mapping keeps its sections. */
function expandRequirements(v, self) {
    const notSelf = (l) => (self ? l.filter(r => r.trim().split(/\s+/)[0] !== self) : l);
    if (Array.isArray(v) || typeof v === 'string') {
        const l = notSelf((0,sections/* strList */.Sc)(v));
        return { build: [], host: [...l], run: [...l], run_constrained: [], hasHost: l.length > 0 };
    }
    const r = (0,sections/* dictCopy */.wh)(v);
    return {
        build: notSelf((0,sections/* strList */.Sc)(r.build)),
        host: notSelf((0,sections/* strList */.Sc)(r.host)),
        run: notSelf((0,sections/* strList */.Sc)(r.run)),
        run_constrained: (0,sections/* strList */.Sc)(r.run_constrained),
        hasHost: 'host' in r
    };
}
function noarchOf(v) {
    if (typeof v === 'string' && v)
        return v;
    return v === true ? 'generic' : undefined;
}
function combined(top, out, name) {
    const merge = (section) => ({ ...(0,sections/* dictCopy */.wh)(top[section]), ...(0,sections/* dictCopy */.wh)(out[section]) });
    const topReqs = (0,sections/* dictCopy */.wh)(top.requirements);
    const own = Array.isArray(out.requirements) ? { host: out.requirements, run: out.requirements } : (0,sections/* dictCopy */.wh)(out.requirements);
    const reqs = expandRequirements({ ...topReqs, ...own });
    const build = merge('build');
    const pkg = (0,sections/* dictCopy */.wh)(top.package);
    return {
        name,
        version: typeof out.version === 'string' ? out.version : String(pkg.version ?? ''),
        number: String(build.number ?? '0'),
        type: typeof out.type === 'string' ? out.type : 'conda',
        requirements: reqs,
        build,
        // conda-build copies the top-level metadata here: the output's own test section is not read
        test: (0,sections/* dictCopy */.wh)(top.test),
        about: merge('about'),
        noarch: noarchOf(out.noarch) ?? noarchOf(build.noarch),
        script: out.script ?? undefined,
        scriptInterpreter: typeof out.script_interpreter === 'string' ? out.script_interpreter : undefined,
        files: out.files ?? undefined,
        target: typeof out.target === 'string' ? out.target : undefined,
        topLevel: true
    };
}
function withoutCommands(test) {
    delete test.commands;
    delete test.imports;
    return test;
}
function separate(top, out, name) {
    const topBuild = (0,sections/* dictCopy */.wh)(top.build);
    let build;
    if ('build' in out) {
        build = (0,sections/* dictCopy */.wh)(out.build);
        if (!('number' in build))
            build.number = out.number ?? topBuild.number ?? '0';
    }
    else {
        build = { ...topBuild };
        for (const k of ['entry_points', 'run_exports', 'script']) {
            if (k in out)
                build[k] = out[k];
            else
                delete build[k];
        }
        for (const k of ['number', 'string', 'run_exports', 'track_features', 'features'])
            if (out[k] !== undefined && out[k] !== null)
                build[k] = out[k];
    }
    const test = (0,sections/* isDict */.Zm)(out.test) ? out.test : withoutCommands((0,sections/* dictCopy */.wh)(top.test));
    const pkg = (0,sections/* dictCopy */.wh)(top.package);
    return {
        name,
        version: typeof out.version === 'string' && out.version ? out.version : String(pkg.version ?? ''),
        number: String(build.number ?? '0'),
        type: typeof out.type === 'string' ? out.type : 'conda',
        requirements: expandRequirements(out.requirements, name),
        build,
        test,
        about: (0,sections/* isDict */.Zm)(out.about) ? out.about : (0,sections/* dictCopy */.wh)(top.about),
        noarch: noarchOf(out.noarch) ?? noarchOf((0,sections/* isDict */.Zm)(out.build) ? out.build.noarch : undefined),
        script: out.script ?? undefined,
        scriptInterpreter: typeof out.script_interpreter === 'string' ? out.script_interpreter : undefined,
        files: out.files ?? undefined,
        target: typeof out.target === 'string' ? out.target : undefined,
        topLevel: false
    };
}
/** The metadata of output `out` of the rendered recipe `top` (see the module's comment). */
function outputMeta(top, out, index) {
    const topName = String((0,sections/* dictCopy */.wh)(top.package).name ?? '');
    // conda-build names an output without a name after the top level
    const name = typeof out.name === 'string' && out.name ? out.name : topName;
    if (!name)
        throw new recipe_location/* RecipeError */.tF(`outputs/${index}: an output needs a name (outputs: - name: ...)`);
    const type = typeof out.type === 'string' ? out.type : 'conda';
    if (!CONDA_TYPES.includes(type))
        throw new recipe_location/* RecipeError */.tF(`outputs/${index} (${name}): output type '${type}' is not built by this suite; accepted types: ${CONDA_TYPES.join(', ')} (build wheels with the build-wheel action)`);
    return name === topName ? combined(top, out, name) : separate(top, out, name);
}
/** The top-level package alone: a recipe without outputs, or the top level an `outputs:` recipe adds. */
function topLevelMeta(top) {
    return combined(top, {}, String((0,sections/* dictCopy */.wh)(top.package).name ?? ''));
}
/**
 * Whether conda-build adds the top-level package as an output of its own (uses_subpackage): its run
 * requirements name an output, or its requirements section calls pin_subpackage; and no output has its name.
 */
function implicitTopLevel(top, outputs, rawRequirementsText) {
    const topName = String((0,sections/* dictCopy */.wh)(top.package).name ?? '');
    if (outputs.some(o => o.name === topName))
        return false;
    const run = (0,sections/* strList */.Sc)((0,sections/* dictCopy */.wh)(top.requirements).run).map(r => r.trim().split(/\s+/)[0]);
    const names = new Set(outputs.map(o => o.name).filter((n) => typeof n === 'string'));
    return run.some(r => names.has(r)) || /\{\{\s*pin_subpackage\(.*\)\s*\}\}/.test(rawRequirementsText);
}

;// CONCATENATED MODULE: ./src/conda/plan/output-order.ts
/**
 * The order outputs are built in (conda-build's _toposort_outputs): an output comes after the outputs its
 * run and host requirements name, and its build requirements when it has no host section; among the outputs
 * whose dependencies are done, by name (conda's toposort). A dependency on itself does not count. Two outputs
 * that name each other in their build, host or run requirements (host and run only when cross-compiling:
 * build requirements then come from the build platform, never from the recipe) are refused first, as
 * conda-build's _check_circular_dependencies refuses them, even when the order alone would allow them (`a`
 * runs with `b`, `b` builds with `a`); any other cycle is an error naming the outputs in it.
 */


/** The pairs of outputs that name each other in build (unless `cross`), host or run (conda-build's check), as `a <-> b`. */
function mutualPairs(items, cross = false) {
    const named = new Map();
    for (const i of items) {
        const set = named.get(i.name) ?? new Set();
        for (const d of [...(cross ? [] : i.requirements.build), ...i.requirements.host, ...i.requirements.run])
            set.add((0,used_vars/* depName */.Jk)(d));
        named.set(i.name, set);
    }
    const names = [...named.keys()];
    const pairs = [];
    for (let a = 0; a < names.length; a++)
        for (let b = a + 1; b < names.length; b++)
            if (named.get(names[a])?.has(names[b]) && named.get(names[b])?.has(names[a]))
                pairs.push(`${names[a]} <-> ${names[b]}`);
    return pairs;
}
/** Names in build order. */
function orderNames(items, cross = false) {
    const pairs = mutualPairs(items, cross);
    if (pairs.length)
        throw new recipe_location/* RecipeError */.tF(`circular dependencies in the recipe's outputs: ${pairs.join(', ')} (each names the other in its build, host or run requirements); one of them must not need the other`);
    const names = new Set(items.map(i => i.name));
    const deps = new Map();
    for (const i of items) {
        const set = deps.get(i.name) ?? new Set();
        const r = i.requirements;
        for (const d of [...r.run, ...r.host, ...(r.hasHost ? [] : r.build)]) {
            const n = (0,used_vars/* depName */.Jk)(d);
            if (names.has(n) && n !== i.name)
                set.add(n);
        }
        deps.set(i.name, set);
    }
    const out = [];
    while (deps.size) {
        const ready = [...deps].filter(([, d]) => d.size === 0).map(([n]) => n);
        if (!ready.length) {
            const cycle = [...deps].map(([n, d]) => `${n} -> ${[...d].sort().join(', ')}`).sort();
            throw new recipe_location/* RecipeError */.tF(`circular dependencies among the outputs: ${cycle.join('; ')}; an output cannot need an output that needs it`);
        }
        for (const n of ready.sort()) {
            out.push(n);
            deps.delete(n);
        }
        for (const d of deps.values())
            for (const n of ready)
                d.delete(n);
    }
    return out;
}
/** The items in build order; items of one name (variants) keep their relative order. */
function orderOutputs(items, cross = false) {
    const order = orderNames(items, cross);
    return order.flatMap(n => items.filter(i => i.name === n));
}

;// CONCATENATED MODULE: ./src/conda/plan/output-packaging.ts

function selection(files) {
    if ((0,sections/* isDict */.Zm)(files))
        return { kind: 'globs', include: (0,sections/* strList */.Sc)(files.include), exclude: (0,sections/* strList */.Sc)(files.exclude), newOnly: true };
    const list = (0,sections/* strList */.Sc)(files);
    return list.length ? { kind: 'globs', include: list, exclude: [], newOnly: false } : undefined;
}
/** The packaging of output `m`; `topScript` is the top level's build/script (not re-run for its own output). */
function packagingOf(m, topScript) {
    let run;
    if (typeof m.script === 'string' && m.script)
        run = { file: m.script, interpreter: m.scriptInterpreter };
    else {
        const lines = (0,sections/* strList */.Sc)(m.build.script);
        if (lines.length && (!m.topLevel || topScript === undefined || topScript === null))
            run = { lines, interpreter: m.scriptInterpreter };
    }
    const chosen = selection(m.files);
    if (chosen)
        return { run, files: chosen };
    // conda-build gives an output of the top level's name without files or script the top-level build's new files
    if (m.topLevel && !m.script)
        return { run, files: { kind: 'top-level-new' } };
    return { run, files: run ? { kind: 'script-new' } : { kind: 'none' } };
}

// EXTERNAL MODULE: ./src/conda/plan/output-text.ts
var output_text = __webpack_require__(49868);
;// CONCATENATED MODULE: ./src/conda/plan/outputs.ts
/**
 * The outputs a rendered recipe makes, as conda-build plans them: one package per output and variant, with
 * its own name, version, build string, requirements, script, files, test, about, run_exports and noarch;
 * the top-level package when the recipe has no outputs, when an output has its name, or when its run
 * requirements name an output (conda-build then adds it); each output's variant reduced to the keys its
 * own text and script use, so an output that does not use `python` is built once; exact pin_subpackage
 * pins between outputs resolved to the build string planned for the other output; outputs in build order.
 * Pure: rendered variants and the recipe's raw text in, a plan out. Output types other than conda packages
 * are refused by name.
 */










const first = (v) => (v === undefined ? [] : typeof v === 'string' ? [v] : (0,platforms/* isListValue */.kq)(v) ? [...v] : []);
const outputs_isTrue = (v) => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v));
function outputs_scriptOf(m) {
    return m.script ?? m.build.script ?? undefined;
}
/** The texts of the output's script files: a shell script, and a batch file (bld.bat only for Windows targets). */
function scriptTexts(m, input) {
    const s = outputs_scriptOf(m);
    if (typeof s === 'string' && s.endsWith('.sh'))
        return { script: input.scripts?.[s] };
    if (typeof s === 'string' && s.endsWith('.bat'))
        return { batch: input.scripts?.[s] };
    if (!m.topLevel || s !== undefined)
        return {};
    const win = (m.target ?? input.subdir).startsWith('win-');
    return { script: input.scripts?.['build.sh'], batch: win ? input.scripts?.['bld.bat'] : undefined };
}
function reduce(variant, used) {
    const out = {};
    for (const k of [...used].sort())
        if (variant[k] !== undefined)
            out[k] = variant[k];
    return out;
}
function buildStringOf(m, used, variant, text) {
    if (typeof m.build.string === 'string' && m.build.string)
        return m.build.string;
    const reqs = m.requirements;
    const hash = (0,build_string/* variantHash */.II)((0,build_string/* hashContents */.DW)({ used, variant, reqs, rawText: text }));
    const base = (0,build_string/* baseBuildString */.XZ)({
        reqs,
        hasHost: reqs.hasHost,
        variant,
        number: m.number,
        features: (0,sections/* strList */.Sc)(m.build.features),
        noarch: m.noarch,
        noarchPython: m.build.noarch_python === true,
        rawText: text
    });
    return (0,build_string/* insertHash */.mc)(base, hash);
}
/**
 * conda-build's insert_variant_versions on an output's build, host and run: a bare `python` becomes `python 3.12.*`;
 * never for another output of the recipe (conda-build's output_excludes: `python` as an output is that output).
 */
function withVariantVersions(r, variant, outputNames) {
    const insert = (l) => {
        const versioned = (0,render/* insertVariantVersions */.w3)(l, variant);
        return l.map((spec, i) => (outputNames.has((0,used_vars/* depName */.Jk)(spec)) ? spec : versioned[i]));
    };
    return { ...r, build: insert(r.build), host: insert(r.host), run: insert(r.run) };
}
function plannedOne(m, implicit, text, v, input, outputNames = new Set()) {
    const topBuild = v.meta.build;
    const full = v.input ?? v.variant;
    // the build string and the keys used come from the render-time values of pin_compatible calls
    const plain = { ...m, requirements: (0,pin_marker/* stripCompatible */.zA)(m.requirements) };
    const used = (0,output_text/* outputUsedKeys */.xk)({
        keys: Object.keys(full),
        text,
        reqs: plain.requirements,
        ignoreBuildOnly: first(full.ignore_build_only_deps),
        ...scriptTexts(m, input),
        noarch: Boolean(m.noarch),
        forceUse: (0,sections/* strList */.Sc)(m.build.force_use_keys),
        forceIgnore: (0,sections/* strList */.Sc)(m.build.force_ignore_keys)
    });
    return {
        name: m.name,
        version: m.version,
        buildNumber: parseInt(m.number, 10) || 0,
        buildString: buildStringOf(plain, used, full, text),
        subdir: m.noarch ? 'noarch' : (m.target ?? (0,platforms/* variantSubdir */.pd)(full, input.subdir)),
        noarch: m.noarch,
        type: m.type,
        topLevel: m.topLevel,
        implicit,
        script: outputs_scriptOf(m),
        scriptInterpreter: m.scriptInterpreter,
        files: m.files,
        packaging: packagingOf(m, (0,sections/* isDict */.Zm)(topBuild) ? topBuild.script : undefined),
        requirements: withVariantVersions(m.requirements, full, new Set([...outputNames].filter(n => n !== m.name))),
        build: m.build,
        test: m.test,
        about: m.about,
        runExports: m.build.run_exports ?? undefined,
        variant: reduce(full, used)
    };
}
/** A recipe without outputs: the renderer's package as it is. */
function single(v, input) {
    const m = topLevelMeta(v.meta);
    return {
        ...plannedOne(m, false, input.rawText, v, input),
        name: v.name,
        version: v.version,
        buildNumber: v.buildNumber,
        buildString: v.buildString,
        subdir: v.subdir,
        variant: v.variant
    };
}
function resolveMarkers(v, builds) {
    if (typeof v === 'string')
        return v.replace(pin_marker/* BUILD_MARKER */.g2, (_, n) => builds.get(n) ?? '*');
    if (Array.isArray(v))
        return v.map(x => resolveMarkers(x, builds));
    if ((0,sections/* isDict */.Zm)(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveMarkers(x, builds)]));
    return v;
}
function withPins(o, builds) {
    const r = o.requirements;
    const fix = (l) => l.map(s => resolveMarkers(s, builds));
    return {
        ...o,
        requirements: { build: fix(r.build), host: fix(r.host), run: fix(r.run), run_constrained: fix(r.run_constrained), hasHost: r.hasHost },
        build: resolveMarkers(o.build, builds),
        test: resolveMarkers(o.test, builds),
        runExports: resolveMarkers(o.runExports, builds)
    };
}
/** Whether the top level's build section writes `string:` (the renderer always fills build/string in). */
function manualString(topText) {
    // each line inside build: is indented or empty, matched one way only (two ways per line backtracked exponentially)
    return /^build:[^\n]*\n(?:(?:[ \t][^\n]*)?\n)*?[ \t]+string:/m.test(topText);
}
function outputs_planVariant(v, input) {
    const outs = v.meta.outputs;
    if (!Array.isArray(outs))
        return [single(v, input)];
    const top = { ...v.meta };
    if ((0,sections/* isDict */.Zm)(top.build) && !manualString((0,output_text/* topLevelText */.Zm)(input.rawText, undefined))) {
        const { string: _drop, ...rest } = top.build;
        top.build = rest;
    }
    const given = outs.filter(sections/* isDict */.Zm);
    const blocks = (0,output_text/* outputBlocks */.o)(input.rawText);
    const topName = String((0,sections/* isDict */.Zm)(top.package) ? top.package.name : '');
    const metas = given.map((o, i) => ({
        m: outputMeta(top, o, i),
        implicit: false,
        block: blocks[i]
    }));
    const reqText = /^requirements:[\s\S]*?(?=^\w|(?![\s\S]))/m.exec((0,output_text/* topLevelText */.Zm)(input.rawText, undefined))?.[0] ?? '';
    if (implicitTopLevel(top, given, reqText))
        metas.push({ m: topLevelMeta(top), implicit: true, block: undefined });
    const outputNames = new Set(metas.map(({ m }) => m.name));
    const planned = metas
        .filter(({ m }) => !outputs_isTrue(m.build.skip))
        .map(({ m, implicit, block }) => {
        const text = m.topLevel ? (0,output_text/* topLevelText */.Zm)(input.rawText, m.name === topName ? block : undefined) : (block ?? '');
        return plannedOne(m, implicit, text, v, input, outputNames);
    });
    const builds = new Map(planned.map(o => [o.name, o.buildString]));
    return planned.map(o => withPins(o, builds));
}
const outputKey = (o) => JSON.stringify([o.name, o.variant]);
function topLevelBuild(v) {
    const r = (0,sections/* isDict */.Zm)(v.meta.requirements) ? v.meta.requirements : {};
    const script = (0,sections/* isDict */.Zm)(v.meta.build) ? v.meta.build.script : undefined;
    return { variant: v.variant, requirements: { build: (0,sections/* strList */.Sc)(r.build), host: (0,sections/* strList */.Sc)(r.host), hasHost: 'host' in r }, script: script ?? undefined };
}
/** Plan the outputs of every rendered variant (see the module's comment). */
function planOutputs(input) {
    const seen = new Map();
    const firstBy = new Map();
    const tops = [];
    // the outputs are planned with their pin_compatible calls marked: the plan evaluates them per output, once solved
    for (const v of input.variants.map(x => (x.compatiblePins ? { ...x, meta: x.compatiblePins } : x))) {
        if (v.skip)
            continue;
        tops.push(topLevelBuild(v));
        for (const o of outputs_planVariant(v, input)) {
            const key = outputKey(o);
            if (seen.has(key))
                continue;
            seen.set(key, o);
            firstBy.set(key, tops.length - 1);
        }
    }
    // a cross build (a variant's target_platform is not the build's subdir): build requirements come from the build platform
    const build = input.buildSubdir ?? (0,platforms/* hostSubdir */.AQ)();
    const outputs = orderOutputs([...seen.values()], input.variants.some(v => !v.skip && v.subdir !== build));
    const builds = tops.map((t, i) => ({ ...t, outputs: outputs.flatMap((o, j) => (firstBy.get(outputKey(o)) === i ? [j] : [])) }));
    return { outputs, builds };
}

;// CONCATENATED MODULE: ./src/conda/plan/recipe-outputs.ts
/**
 * The output plan of a rendered recipe: reads what the pure planner needs from the recipe folder (the
 * template as written, the scripts the outputs name) and plans.
 */



function scriptFiles(dir) {
    const out = {};
    const walk = (rel, depth) => {
        for (const e of external_node_fs_.readdirSync(external_node_path_.join(dir, rel), { withFileTypes: true })) {
            const name = rel ? `${rel}/${e.name}` : e.name;
            if (e.isFile() && /\.(sh|bat)$/.test(e.name))
                out[name] = external_node_fs_.readFileSync(external_node_path_.join(dir, name), 'utf8');
            else if (e.isDirectory() && depth < 2)
                walk(name, depth + 1);
        }
    };
    walk('', 0);
    return out;
}
function planRecipeOutputs(rendered, subdir, buildSubdir) {
    return planOutputs({
        variants: rendered.variants,
        rawText: external_node_fs_.readFileSync(rendered.recipeFile, 'utf8'),
        scripts: scriptFiles(rendered.recipeDir),
        subdir,
        buildSubdir
    });
}
/**
 * Whether the recipe has outputs to build as outputs: a recipe whose `outputs:` only names the top level (and
 * nothing else) is its top-level package, built as a recipe without outputs.
 */
const hasOutputs = (r) => r.variants.some(v => {
    const outs = v.meta.outputs;
    if (!Array.isArray(outs))
        return false;
    const top = typeof v.meta.package === 'object' && v.meta.package && !Array.isArray(v.meta.package) ? v.meta.package.name : undefined;
    return !outs.every(o => typeof o === 'object' && o !== null && !Array.isArray(o) && Object.keys(o).every(k => k === 'name') && o.name === top);
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/conda/env/channel.ts
var channel = __webpack_require__(44604);
// EXTERNAL MODULE: ./src/conda/env/package.ts
var env_package = __webpack_require__(16787);
// EXTERNAL MODULE: ./src/conda/finalize/run-exports.ts
var run_exports = __webpack_require__(85629);
;// CONCATENATED MODULE: ./src/conda/plan/known-run-exports.ts
/**
 * The run_exports of solved channel packages, where they can be read without the network, so that the plan's
 * records of outputs (planned-records.ts) depend on what the built packages will: repodata holds no run_exports,
 * only the package archives do. Read, first found wins:
 * 1. the package already extracted in the package cache (`<cache>/pkgs/<stem>/info/run_exports.json`, what the
 *    builder itself reads, when the extraction's repodata_record.json has the record's digest; an extracted
 *    package without that file exports nothing);
 * 2. a local channel's `<subdir>/run_exports.json` (CEP 12, written by conda-index: per file name);
 * 3. a local channel's `channeldata.json` (per name and version, as conda-build's `--use-channeldata` reads it;
 *    this suite's own index writes it).
 * What is found goes into the record's `run_exports` field (a field rattler's package records have too, so the
 * conda-meta record written from it keeps a shape rattler writes). A package found in none keeps no run_exports;
 * what it exports shows in the built package, and the builder then solves the environment planned with it again
 * (src/conda/builder/output-steps.ts).
 */






const isDict = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Reads JSON files once per call; a file that is absent or not a JSON object reads as undefined. */
function jsonReader() {
    const seen = new Map();
    return file => {
        if (!seen.has(file)) {
            let v;
            try {
                v = external_node_fs_.existsSync(file) ? JSON.parse(external_node_fs_.readFileSync(file, 'utf8')) : undefined;
            }
            catch {
                v = undefined;
            }
            seen.set(file, isDict(v) ? v : undefined);
        }
        return seen.get(file);
    };
}
const at = (v, ...keys) => keys.reduce((x, k) => (isDict(x) ? x[k] : undefined), v);
/** What is known of one record's run_exports: an object (maybe empty: exports nothing), or undefined (not known). */
function known(s, cacheDir, read) {
    const stem = (0,env_package/* packageStem */.qL)(s.record.fn);
    const info = stem ? external_node_path_.join(cacheDir, 'pkgs', stem, 'info') : '';
    // the extraction is this very package when its record (written by ensureExtracted) has the same digest
    const marker = info ? read(external_node_path_.join(info, 'repodata_record.json')) : undefined;
    const digest = (r) => r?.sha256 ?? r?.md5;
    if (marker && digest(s.record) !== undefined && digest(marker) === digest(s.record))
        return (0,run_exports/* normalizeRunExports */.G6)(read(external_node_path_.join(info, 'run_exports.json'))) ?? {};
    if (s.channel.kind !== 'local')
        return undefined;
    const key = s.record.fn.endsWith('.conda') ? 'packages.conda' : 'packages';
    const perFile = at(read((0,channel/* channelFile */.MW)(s.channel, s.subdir, 'run_exports.json')), key, s.record.fn);
    if (isDict(perFile))
        return (0,run_exports/* normalizeRunExports */.G6)(perFile.run_exports) ?? {};
    const perVersion = at(read((0,channel/* channelFile */.MW)(s.channel, '', 'channeldata.json')), 'packages', s.record.name);
    if (!isDict(perVersion))
        return undefined;
    return (0,run_exports/* normalizeRunExports */.G6)(at(perVersion, 'run_exports', s.record.version)) ?? {};
}
/** The solutions with the run_exports known of their channel records added to those records (see the module's comment). */
function withKnownRunExports(solutions, cacheDir) {
    const read = jsonReader();
    const byFile = new Map();
    const withExports = (s) => {
        if ((0,planned_records/* isPlanned */.H9)(s) || s.record.run_exports !== undefined)
            return s;
        const id = `${s.channel.base}|${s.subdir}|${s.record.fn}`;
        let got = byFile.get(id);
        if (!got) {
            const e = known(s, cacheDir, read);
            got = e && Object.keys(e).length ? { ...s, record: { ...s.record, run_exports: e } } : s;
            byFile.set(id, got);
        }
        return got.record === s.record ? s : { ...s, record: got.record };
    };
    return new Map([...solutions].map(([k, v]) => [k, v.map(withExports)]));
}

;// CONCATENATED MODULE: ./src/conda/plan/solve-rounds.ts



/** Solve `specs`, plan, then solve what the plan's planned outputs make solvable, and plan again (see the module's comment). */
async function solveInRounds(specs, r, plan) {
    const solve = async (s, extra = {}) => withKnownRunExports(await (0,solve_envs/* solveEnvironments */.s)(s, { ...r, ...extra }), r.cacheDir);
    const solutions = new Map(await solve(specs));
    let planned = plan(solutions);
    for (;;) {
        const next = (0,planned_records/* nextRound */.qy)(planned.builds, r.subdir);
        const fresh = next.specs.filter(s => s.length && !solutions.has((0,solve_envs/* specsKey */.K)(s)));
        if (!fresh.length)
            return planned;
        for (const [k, v] of await solve(fresh, { extra: next.repodata }))
            solutions.set(k, v);
        planned = plan(solutions);
    }
}

;// CONCATENATED MODULE: ./src/conda/plan/make.ts






/**
 * The recipe rendered once, each of its warnings given to onWarning once. A recipe whose templates read its
 * source (GIT_*, load_setup_py_data...) has it fetched first (src/conda/source/for-render.ts).
 */
async function renderOnce(o) {
    const { recipe, targetPlatform, variants, variantConfigFiles, sourceCacheDir, dirs, log } = o;
    const rendered = await renderRecipeWithSource({ recipe, targetPlatform, variants, variantConfigFiles, sourceCacheDir, dirs, log });
    for (const w of rendered.warnings)
        o.onWarning?.(w);
    return rendered;
}
/** The outputs planner's plan of a recipe with `outputs:`, for a render-only plan; what it refuses becomes a warning there. */
function renderedOutputs(rendered, subdir, buildSubdir, warnings) {
    if (!rendered.variants.some(v => Array.isArray(v.meta.outputs)))
        return {};
    try {
        return { outputs: planRecipeOutputs(rendered, subdir, buildSubdir) };
    }
    catch (e) {
        warnings.push(`outputs: ${(0,errors/* errorMessage */.gJ)(e)}`);
        return {};
    }
}
/** The plan of an already rendered recipe: checked and solved unless `solve` is false. */
async function planRendered(rendered, o, facts) {
    const base = { rendered, warnings: rendered.warnings.map(recipe_location/* formatWarning */.W3), facts, settings: o };
    if (!o.solve)
        return planBuild({ ...base, check: false, ...renderedOutputs(rendered, o.targetPlatform || facts.hostSubdir, facts.hostSubdir, base.warnings) });
    // outputs: every output of every variant is built (output types other than conda packages are refused here, by name)
    const outputs = hasOutputs(rendered) ? { outputs: planRecipeOutputs(rendered, o.targetPlatform || facts.hostSubdir, facts.hostSubdir) } : {};
    const unsolved = planBuild({ ...base, ...outputs, planOnly: o.planOnly });
    const specs = unsolved.builds.flatMap(b => specsToSolve(b, facts.hostSubdir));
    // environments that ask for another output are solved with its planned record, in rounds (solve-rounds.ts)
    const request = { channels: o.channels, subdir: facts.hostSubdir, cacheDir: o.cacheDir, log: o.log, warn: o.warn };
    return solveInRounds(specs, request, solutions => planBuild({ ...base, solutions, ...outputs, planOnly: o.planOnly }));
}
/** Render, check, solve, plan (see the module's comment). */
async function makeCondaPlan(o, facts) {
    return planRendered(await renderOnce(o), o, facts);
}


/***/ }),

/***/ 49868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zm: () => (/* binding */ topLevelText),
/* harmony export */   o: () => (/* binding */ outputBlocks),
/* harmony export */   xk: () => (/* binding */ outputUsedKeys)
/* harmony export */ });
/* unused harmony export outputsText */
/* harmony import */ var _recipe_used_vars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99744);
/**
 * The recipe text that belongs to each output, for the variant keys an output uses (conda-build's
 * extract_outputs_text and extract_single_output_text): the `outputs:` section up to the next top-level
 * `test:`, `extra:` or `about:`, cut at each `- name:` / `- type:` item. The top-level package's text is the
 * recipe without its outputs section, plus the block of an output of the same name.
 */

const OUTPUTS = /^outputs:[\s\S]*?(?=^test:|^extra:|^about:|(?![\s\S]))/m;
const BLOCK = /^ +- +(?:name|type):[\s\S]+?(?=^\w|(?![\s\S])|^ +- +(?:name|type):)/gm;
function outputsText(raw) {
    return OUTPUTS.exec(raw)?.[0] ?? '';
}
/** A block's item as top-level text (`  - name: a` / `    requirements:` -> `name: a` / `requirements:`), so section rules apply. */
function dedent(block) {
    const lead = /^( +- +)/.exec(block)?.[1].length ?? 0;
    return block
        .split('\n')
        .map((l, i) => (i === 0 ? l.slice(lead) : /^\s*$/.test(l.slice(0, lead)) ? l.slice(lead) : l))
        .join('\n');
}
/** The raw text blocks of the outputs, in order, dedented to top-level text. */
function outputBlocks(raw) {
    return (outputsText(raw).match(BLOCK) ?? []).map(dedent);
}
/** The top-level text: the recipe without the outputs section, with the block of an output of its name. */
function topLevelText(raw, ownBlock) {
    const outs = outputsText(raw);
    return (outs ? raw.replace(outs.trim(), '') : raw) + (ownBlock ?? '');
}
/** The variant keys one output uses. */
function outputUsedKeys(i) {
    return (0,_recipe_used_vars_js__WEBPACK_IMPORTED_MODULE_0__/* .usedVariables */ .X3)({
        variantKeys: i.keys,
        rawText: i.text,
        selectedText: i.text,
        reqs: i.reqs,
        ignoreBuildOnly: i.ignoreBuildOnly,
        buildSh: i.script,
        bldBat: i.batch,
        noarch: i.noarch,
        forceUse: i.forceUse,
        forceIgnore: i.forceIgnore
    });
}


/***/ }),

/***/ 57811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PD: () => (/* binding */ hasCompatible),
/* harmony export */   g2: () => (/* binding */ BUILD_MARKER),
/* harmony export */   hQ: () => (/* binding */ buildMarker),
/* harmony export */   k7: () => (/* binding */ installedOf),
/* harmony export */   tU: () => (/* binding */ resolveCompatible),
/* harmony export */   vD: () => (/* binding */ compatibleMarker),
/* harmony export */   zA: () => (/* binding */ stripCompatible)
/* harmony export */ });
/* harmony import */ var _finalize_pins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87674);
/**
 * Markers the renderer writes where a value needs what only the plan knows:
 * - an exact pin_subpackage on another output of the recipe needs that output's build string, which only the
 *   output planner knows: the renderer writes a build marker in its place and the planner replaces it;
 * - pin_compatible needs the solved environment (conda-build renders, solves, then renders again with the
 *   solved versions): the renderer writes its render-time value followed by a marker holding the call, and the
 *   plan evaluates the call against the solved prefix (resolveCompatible), or leaves the render-time value
 *   where nothing is solved (stripCompatible).
 */

const buildMarker = (name) => `%%build-of:${name}%%`;
/** The markers in a text; group 1 is the output's name. */
const BUILD_MARKER = /%%build-of:([^%\s]+)%%/g;
const COMPATIBLE = /%%pin-compatible:([A-Za-z0-9_-]+)%%/g;
/** The render-time value followed by the marker of the call (one YAML plain scalar: it starts with the package name). */
const compatibleMarker = (c) => `${c.rendered} %%pin-compatible:${Buffer.from(JSON.stringify(c)).toString('base64url')}%%`;
const decode = (b64) => JSON.parse(Buffer.from(b64, 'base64url').toString('utf8'));
/** Replace each `<rendered> <marker>` in a text by what `value` makes of its call. */
function replaceCalls(text, value) {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(COMPATIBLE)) {
        const c = decode(m[1]);
        const head = `${c.rendered} `;
        const start = text.slice(last, m.index).endsWith(head) ? m.index - head.length : m.index;
        out += text.slice(last, start) + value(c);
        last = m.index + m[0].length;
    }
    return out + text.slice(last);
}
function mapStrings(v, f) {
    if (typeof v === 'string')
        return (v.includes('%%pin-compatible:') ? f(v) : v);
    if (Array.isArray(v))
        return v.map(x => mapStrings(x, f));
    if (v !== null && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
    return v;
}
/** The packages of a solved prefix by name, as pin_compatible reads them. */
const installedOf = (solved) => new Map(solved.map(s => [s.record.name, { name: s.record.name, version: s.record.version, build: s.record.build }]));
/** Whether a value holds a pin_compatible marker anywhere. */
const hasCompatible = (v) => JSON.stringify(v ?? null).includes('%%pin-compatible:');
/** The value with every pin_compatible call at its render-time value (nothing solved). */
function stripCompatible(v) {
    return mapStrings(v, s => replaceCalls(s, c => c.rendered));
}
/**
 * The value with every pin_compatible call evaluated against a solved prefix (`installed` by name), as
 * conda-build's finalizing render does: `jpeg >=9e,<10a0`; exact: `jpeg 9e h5eee18b_1`. A package the prefix
 * lacks, without lower_bound, is a PinError naming it.
 */
function resolveCompatible(v, installed) {
    return mapStrings(v, s => replaceCalls(s, c => (0,_finalize_pins_js__WEBPACK_IMPORTED_MODULE_0__/* .pinCompatible */ .Ct)(c.name, installed.get(c.name), { minPin: c.minPin, maxPin: c.maxPin, exact: c.exact, lowerBound: c.lowerBound, upperBound: c.upperBound })));
}


/***/ }),

/***/ 79390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ checkBuilt),
/* harmony export */   H9: () => (/* binding */ isPlanned),
/* harmony export */   qy: () => (/* binding */ nextRound)
/* harmony export */ });
/* unused harmony exports PLANNED_CHANNEL, plannedRecord, plannedRepodata */
/* harmony import */ var _env_solve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9000);
/* harmony import */ var _finalize_run_exports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85629);
/* harmony import */ var _recipe_sections_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(352);
/* harmony import */ var _subdirs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47593);




const PLANNED_CHANNEL = 'planned-outputs';
const CHANNEL = { kind: 'local', base: `/${PLANNED_CHANNEL}/`, display: PLANNED_CHANNEL, headers: {}, secrets: [] };
/** Whether a solved record stands for an output of the recipe that is not built yet. */
const isPlanned = (s) => s.channel.display === PLANNED_CHANNEL;
/**
 * The record standing for a planned output (its package file name as the builder will write it), with the
 * output's run_exports (as run_exports.json will hold them), which the outputs built with it take.
 */
function plannedRecord(s) {
    const runExports = s.output?.runExports === undefined ? undefined : (0,_finalize_run_exports_js__WEBPACK_IMPORTED_MODULE_2__/* .runExportsJson */ .D)(s.output.runExports);
    return {
        fn: s.package.fn,
        name: s.name,
        version: s.version,
        build: s.buildString,
        build_number: s.buildNumber,
        depends: [...(s.plannedDepends ?? [])],
        subdir: s.subdir,
        ...(s.noarch ? { noarch: s.noarch } : {}),
        ...(runExports ? { run_exports: runExports } : {})
    };
}
/** The in-memory channel of the planned outputs, for the machine's subdir and noarch (the solver asks for both). */
function plannedRepodata(steps, subdir) {
    return [...new Set([subdir, 'noarch'])].map(sd => {
        const conda = {};
        const bz2 = {};
        for (const s of steps.filter(x => x.subdir === sd)) {
            const { fn, ...record } = plannedRecord(s);
            (fn.endsWith('.conda') ? conda : bz2)[fn] = record;
        }
        const data = { info: { subdir: sd }, packages: bz2, 'packages.conda': conda };
        return { channel: CHANNEL, subdir: sd, text: JSON.stringify(data), data, source: 'local', variant: 'repodata.json' };
    });
}
/** What the next round solves: environments that ask for outputs whose records are now planned, and those records. */
function nextRound(builds, subdir) {
    // a printed plan's packages for other subdirs are not solved (build-plan.ts)
    const steps = builds.flatMap(b => b.outputs ?? []).filter(s => (0,_subdirs_js__WEBPACK_IMPORTED_MODULE_1__/* .buildsHere */ .wM)(s.subdir, subdir));
    const planned = steps.filter(s => s.plannedDepends);
    const names = new Set(planned.map(s => s.name));
    const waiting = steps.filter(s => s.environments.needsOutputs.length && !s.environments.solved && s.environments.needsOutputs.every(n => names.has(n)));
    const specs = waiting.flatMap(s => [[...s.environments.build], [...s.environments.host]]);
    return { specs, repodata: specs.length ? plannedRepodata(planned, subdir) : [] };
}
const set = (l) => [...new Set((l ?? []).map(d => d.trim().split(/\s+/).join(' ')))].sort();
/**
 * The verdict on the built package standing for `planned` (see BuiltVerdict). Name, version and build must be the
 * planned ones: conda-build fixes all three before the build (the hash from the recipe and variant, never from what
 * is solved or built). `match` says what the solved set, planned record included, makes of a spec
 * (src/conda/env/spec-match.ts): each depend must be one the set was solved with or one the set satisfies, each
 * constrain must not contradict a package of the set, and a planned depend the package dropped means the set holds
 * a package the build-time solve would not.
 */
function checkBuilt(planned, built, match) {
    const id = `${planned.name}-${planned.version}-${planned.build}`;
    if (!built)
        return { kind: 'refused', reason: `the built package ${id} is not in the output channel` };
    const got = `${built.name}-${built.version}-${built.build}`;
    if (got !== id)
        return { kind: 'refused', reason: `the plan solved with ${id}, but the build made ${got}` };
    const want = set(planned.depends);
    const have = set(built.depends);
    const names = new Set(have.map(_env_solve_js__WEBPACK_IMPORTED_MODULE_0__/* .specName */ .hi));
    const because = [
        ...have.filter(d => !want.includes(d) && match(d) !== 'match').map(d => `depends on ${d}`),
        ...set((0,_recipe_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .strList */ .Sc)(built.constrains))
            .filter(c => match(c) === 'mismatch')
            .map(c => `constrains ${c}`),
        ...want.filter(d => !names.has((0,_env_solve_js__WEBPACK_IMPORTED_MODULE_0__/* .specName */ .hi)(d))).map(d => `no longer depends on ${d}`)
    ];
    return because.length ? { kind: 'solve-again', because } : { kind: 'holds' };
}


/***/ }),

/***/ 97657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ specsKey),
/* harmony export */   s: () => (/* binding */ solveEnvironments)
/* harmony export */ });
/* harmony import */ var _lib_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61025);
/* harmony import */ var _env_channel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44604);
/* harmony import */ var _env_create_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21077);
/* harmony import */ var _env_solve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9000);
/**
 * The prefixes of every planned build solved once, before any work: the channels' repodata loaded once
 * for the machine's subdir (and noarch), then each distinct list of specs solved once (variants that
 * ask for the same packages share one answer). The plan, the cache restore and the build all take
 * these answers; an unsatisfiable recipe fails here, first.
 */




/** The key of a list of specs in Solutions (order kept: it is the order the recipe gives). */
const specsKey = (specs) => JSON.stringify(specs);
/** Solve every non-empty list of specs once (see the module's comment). */
async function solveEnvironments(specLists, r) {
    const distinct = new Map();
    for (const specs of specLists)
        if (specs.length)
            distinct.set(specsKey(specs), specs);
    const out = new Map();
    if (!distinct.size)
        return out;
    const channels = (r.channels.length ? r.channels : [_env_channel_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CHANNEL */ .YY]).map(c => (0,_env_channel_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChannel */ .pn)(c));
    for (const ch of channels)
        for (const s of ch.secrets)
            (0,_lib_log_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)(s);
    const loaded = [...(r.extra ?? []), ...(await (0,_env_create_js__WEBPACK_IMPORTED_MODULE_2__/* .loadChannels */ .d)(channels, r.subdir, { cacheDir: r.cacheDir, warn: r.warn }))];
    r.log?.(`channels: ${loaded.map(l => `${l.channel.display}/${l.subdir} (${l.source})`).join(', ')}`);
    for (const [key, specs] of distinct) {
        const solved = await (0,_env_solve_js__WEBPACK_IMPORTED_MODULE_3__/* .solve */ .kH)(specs, loaded, r.subdir);
        r.log?.(`solved ${specs.join(', ')}: ${solved.length} package(s) for ${r.subdir}`);
        out.set(key, solved);
    }
    return out;
}


/***/ }),

/***/ 47593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aP: () => (/* binding */ checkDistinctFiles),
/* harmony export */   iW: () => (/* binding */ crossPlanWarning),
/* harmony export */   wM: () => (/* binding */ buildsHere),
/* harmony export */   zf: () => (/* binding */ checkBuildable)
/* harmony export */ });
/* unused harmony export PlanError */
/* harmony import */ var _recipe_location_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68819);
/* harmony import */ var _recipe_platforms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93622);
/**
 * The plan's checks on where packages go, made before any work: every package's subdir (from
 * --target-platform, `target_platform` in a variant or conda_build_config.yaml, or an output's `target:`)
 * must be one this machine builds (its own, or noarch) when the plan is to be built, and no two variants
 * may write one package file (same name, version and build string in one subdir): the second would
 * overwrite the first. A plan that is only printed (render, `--plan-only`) may hold any subdir: its
 * packages for other subdirs are planned without solving their prefixes (the solver reads this machine's
 * subdir), and the plan says so in a warning.
 */


class PlanError extends _recipe_location_js__WEBPACK_IMPORTED_MODULE_0__/* .RecipeError */ .tF {
    name = 'PlanError';
}
const describe = (b) => {
    const keys = Object.entries(b.variant)
        .filter(([k]) => k !== 'target_platform')
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
    return `${b.name}-${b.version}-${b.buildString} (${b.subdir}${keys.length ? `; ${keys.join(', ')}` : ''})`;
};
/** Whether this machine (its subdir) makes packages for a subdir: its own, and noarch. */
const buildsHere = (subdir, machine) => subdir === 'noarch' || subdir === machine;
const foreignOf = (packages, machine) => packages.filter(p => !buildsHere(p.subdir, machine));
const subdirsOf = (packages) => [...new Set(packages.map(p => p.subdir))].join(', ');
/** A sentence on the subdirs that are no subdir conda knows (an output's `target:` is taken as written), or ''. */
function unknownSubdirs(packages) {
    const unknown = [...new Set(packages.map(p => p.subdir))].filter(s => (0,_recipe_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .targetSubdir */ .lu)(s) === undefined);
    if (!unknown.length)
        return '';
    return ` ${unknown.map(u => `'${u}'`).join(', ')} ${unknown.length > 1 ? 'are not conda subdirs' : 'is not a conda subdir'}; accepted: ${_recipe_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTED_SUBDIRS */ .Xj}.`;
}
/** Refuse packages this machine cannot build (one error naming each, and what to do instead). */
function checkBuildable(packages, machine) {
    const foreign = foreignOf(packages, machine);
    if (!foreign.length)
        return;
    throw new PlanError(`this machine builds ${machine} (and noarch) packages, but the recipe renders for ${subdirsOf(foreign)}: ${foreign.map(describe).join('; ')}.` +
        `${unknownSubdirs(foreign)} ` +
        'Cross-building is not supported; nothing was solved, downloaded or built. `conda build --plan-only` and `conda render` ' +
        "(the conda-recipe action's render-only) show what the recipe makes for any subdir; to build these, run on a machine of that " +
        'subdir, or drop target_platform from --target-platform, the variants and conda_build_config.yaml (or `target:` from the output).');
}
/** The warning of a printed plan that holds packages for other subdirs, or undefined when it holds none. */
function crossPlanWarning(packages, machine) {
    const foreign = foreignOf(packages, machine);
    if (!foreign.length)
        return undefined;
    return (`planned for ${subdirsOf(foreign)} without solving their prefixes (this machine solves and builds ${machine} and noarch): ` +
        `${foreign.map(describe).join('; ')}; \`conda build\` without --plan-only refuses them.${unknownSubdirs(foreign)}`);
}
/** Refuse two variants whose package files would be the same file (one error naming every collision). */
function checkDistinctFiles(builds) {
    const byFile = new Map();
    for (const b of builds)
        byFile.set(b.package.path, [...(byFile.get(b.package.path) ?? []), b]);
    const clashes = [...byFile.entries()].filter(([, list]) => list.length > 1);
    if (!clashes.length)
        return;
    const lines = clashes.map(([file, list]) => `${file} would be written by ${list.length} variants: ${list.map(describe).join('; ')}`);
    throw new PlanError(`${lines.join('\n')}\nthese variants get the same build string, so the last would overwrite the others. Make the build string tell ` +
        'them apart (use the differing variant key in the requirements, e.g. `python` in run, or set build/string with the key), or build one of them.');
}


/***/ }),

/***/ 84094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ hashContents),
/* harmony export */   II: () => (/* binding */ variantHash),
/* harmony export */   XZ: () => (/* binding */ baseBuildString),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   mc: () => (/* binding */ insertHash)
/* harmony export */ });
/* unused harmony exports HASH_LENGTH, pythonJson, numpyXX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platforms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93622);
/* harmony import */ var _used_vars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99744);
/**
 * The build string as conda-build makes it: `py312h<hash>_<number>`. The hash is the first 7 hex digits of
 * the SHA-1 of the JSON (Python's json.dumps with sorted keys) of the used variant keys and their values,
 * leaving out python, r_base, perl, lua and ignore_version keys (already in the prefix), numpy when pinned
 * with x.x, and nothing when target_platform is the only key; run requirements on virtual packages (__glibc)
 * are added. The prefix names py/np/pl/lua/r/mro versions that are both build (or host) and run dependencies.
 */



const HASH_LENGTH = 7;
/** Python's json.dumps(value, sort_keys=True): ", " and ": " separators, non-ASCII escaped. */
function pythonJson(v) {
    if (v === null || v === undefined)
        return 'null';
    if (v === true)
        return 'true';
    if (v === false)
        return 'false';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : String(v);
    if (typeof v === 'string')
        return JSON.stringify(v).replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (Array.isArray(v))
        return `[${v.map(pythonJson).join(', ')}]`;
    const o = v;
    return `{${Object.keys(o)
        .sort()
        .map(k => `${pythonJson(k)}: ${pythonJson(o[k])}`)
        .join(', ')}}`;
}
/** A variant value that lists names (ignore_version, ignore_build_only_deps): one string or a list. */
const listOf = (v) => (v === undefined ? [] : typeof v === 'string' ? [v] : (0,_platforms_js__WEBPACK_IMPORTED_MODULE_1__/* .isListValue */ .kq)(v) ? v : []);
function numpyXX(rawText) {
    return /(numpy\s*x\.x)|pin_compatible\(['"]numpy.*max_pin=['"]x\.x['"]/.test((0,_used_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .requirementsText */ .OD)(rawText));
}
/** The variant keys and values that make up the hash (info/hash_input.json). */
function hashContents(input) {
    const { variant, reqs } = input;
    const deps = [...(0,_used_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .trimBuildOnlyDeps */ .R9)(new Set(input.used), reqs, listOf(variant.ignore_build_only_deps))];
    const excludes = ['python', 'r_base', 'perl', 'lua', ...listOf(variant.ignore_version)];
    if (deps.includes('numpy')) {
        const text = (0,_used_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .requirementsText */ .OD)(input.rawText);
        const compatible = /pin_\w+\(['"]numpy['"]/.test(text);
        const xs = /pin_\w+\(['"]numpy['"].*max_pin=['"]([x.]*)['"]/.exec(text);
        const notXX = xs ? xs[1].split('').filter(c => c === 'x').length !== 2 : true;
        if (numpyXX(input.rawText) || (compatible && !notXX))
            excludes.push('numpy');
    }
    const kept = deps.filter(d => !excludes.some(e => d.startsWith(e)) || String(variant[d] ?? '').includes(' '));
    const out = {};
    if (!(kept.length === 1 && kept[0] === 'target_platform'))
        for (const k of kept.sort())
            out[k] = variant[k];
    for (const r of reqs.run)
        if (r.startsWith('__'))
            out[r.split(' ')[0]] = r;
    return out;
}
/** "h" and 7 hex digits, or '' when nothing goes into the hash. */
function variantHash(contents) {
    if (Object.keys(contents).length === 0)
        return '';
    return `h${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(pythonJson(contents)).digest('hex')}`.slice(0, HASH_LENGTH + 1);
}
const PREFIXES = [
    ['np', ['numpy'], 2],
    ['py', ['python'], 2],
    ['pl', ['perl'], 3],
    ['lua', ['lua'], 2],
    ['r', ['r', 'r-base'], 2],
    ['mro', ['mro-base'], 3],
    ['mro', ['mro-base_impl'], 3]
];
function versionPin(deps, name) {
    let version = '';
    for (const d of deps) {
        const parts = d.trim().split(/\s+/);
        if (parts[0] === name && parts.length > 1)
            version = parts[1];
    }
    return version;
}
/** The build string without the hash (`py312_0`), as conda-build's build_string_from_metadata. */
function baseBuildString(input) {
    const deps = input.hasHost ? input.reqs.host : input.reqs.build;
    const buildNames = deps.map(_used_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .depName */ .Jk);
    const runNames = input.reqs.run.map(_used_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .depName */ .Jk);
    const res = [];
    for (const [s, names, places] of PREFIXES)
        for (const runName of runNames)
            for (const name of names) {
                if (runName !== name || !buildNames.includes(name))
                    continue;
                if (name === 'numpy' && !numpyXX(input.rawText))
                    continue;
                if (input.noarch === name || (input.noarchPython && name === 'python')) {
                    res.push(s);
                    continue;
                }
                let version = '';
                for (const n of [...names, ...names.filter(x => x.includes('-')).map(x => x.replace(/-/g, '_'))]) {
                    const fromVariant = input.variant[n.replace(/-/g, '_')];
                    version = versionPin(deps, n) || (typeof fromVariant === 'string' ? fromVariant : (listOf(fromVariant)[0] ?? ''));
                    if (version)
                        break;
                }
                const entry = s + version.split('.').slice(0, places).join('');
                if (!res.includes(entry))
                    res.push(entry);
            }
    if (res.length)
        res.push('_');
    if (input.features.length)
        res.push(input.features.join('_'), '_');
    res.push(String(parseInt(input.number || '0', 10) || 0));
    return res.join('');
}
/** Put the hash into a build string: `py312_0` -> `py312h1a2b3c4_0`, `0` -> `h1a2b3c4_0`; an existing h+7 is replaced. */
function insertHash(build, hash) {
    const existing = new RegExp(`h[0-9a-f]{${HASH_LENGTH}}`);
    if (existing.test(build))
        return build.replace(new RegExp(existing.source, 'g'), hash);
    const parts = build.split('_');
    const last = parts.length > 1 ? parts.pop() : undefined;
    const head = parts.join('_');
    const out = /^\d+$/.test(head) ? (hash ? `${hash}_${head}` : head) : head + hash;
    return last === undefined ? out : `${out}_${last}`;
}


/***/ }),

/***/ 80238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ readConfined),
/* harmony export */   dD: () => (/* binding */ confinedFile),
/* harmony export */   dY: () => (/* binding */ RecipeFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99571);
/**
 * The files a recipe's templates may read (load_file_data, load_file_regex, load_setup_py_data, include,
 * import): only inside the recipe folder and the fetched source folder. A name that leads outside them,
 * with `..`, as an absolute path or through a symbolic link, is refused with the name and where it leads.
 */



/** A file a recipe template may not read: outside the recipe and source folders, or too large. */
class RecipeFileError extends Error {
    name = 'RecipeFileError';
}
const MAX_FILE_BYTES = 32 * 1024 * 1024;
const inside = (p, root) => p === root || p.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
function realRoot(r) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(r);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(r);
    }
}
/**
 * The real path of the file `name` (relative to `base`, or absolute) when it exists inside one of `roots`;
 * undefined when there is no such file; an `RecipeFileError` when it would be outside them.
 */
function confinedFile(roots, base, name) {
    const dirs = roots.filter((r) => Boolean(r)).map(r => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(r));
    const reals = dirs.map(realRoot);
    const where = `the recipe folder${dirs.length > 1 ? ' or the source folder' : ''} (${dirs.join(', ')})`;
    const p = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, name);
    if (!dirs.some(r => inside(p, r)) && !reals.some(r => inside(p, r)))
        throw new RecipeFileError(`'${name}' is outside ${where}; a recipe may read files only inside them`);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(p))
        return undefined;
    const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(p);
    if (!reals.some(r => inside(real, r)))
        throw new RecipeFileError(`'${name}' resolves (through a symbolic link) to ${real}, outside ${where}; a recipe may read files only inside them`);
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real).isFile() ? real : undefined;
}
/** A confined file's text: at most 32 MB, valid UTF-8. */
function readConfined(file) {
    const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).size;
    if (size > MAX_FILE_BYTES)
        throw new RecipeFileError(`'${file}' is ${size} bytes; files read by a recipe template may be at most ${MAX_FILE_BYTES} bytes`);
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeRecipeText */ .yX)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file), file);
}


/***/ }),

/***/ 84869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ ensureValidSpec),
/* harmony export */   Ct: () => (/* binding */ pinCompatible),
/* harmony export */   E3: () => (/* binding */ targetPackage),
/* harmony export */   Mc: () => (/* binding */ pinSubpackage),
/* harmony export */   cA: () => (/* binding */ cdtPackage),
/* harmony export */   qS: () => (/* binding */ callArgs),
/* harmony export */   sM: () => (/* binding */ PinError)
/* harmony export */ });
/* harmony import */ var _platforms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93622);
/* harmony import */ var _finalize_pins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87674);
/* harmony import */ var _jinja_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65707);
/* harmony import */ var _plan_pin_marker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57811);
/**
 * The functions recipes call in templates, with conda-build's results at render time:
 * compiler/stdlib/cdt from the variant, pin_subpackage/pin_compatible through pin expressions.
 * pin_compatible takes its version from lower_bound or the variant (conda-build takes it from the solved
 * host environment, which the variant pins in practice); without one it gives the bare name, as conda-build
 * does when it renders without solving. The strict pass marks each call for the plan, which evaluates it
 * against the solved environment.
 */




/** The template engine passes keyword arguments as a last `Kwargs`; bind them and the positional ones to `names`. */
function callArgs(args, names, defaults = {}) {
    const last = args[args.length - 1];
    const kw = last instanceof _jinja_values_js__WEBPACK_IMPORTED_MODULE_1__/* .Kwargs */ .uJ ? last : undefined;
    const positional = kw ? args.slice(0, -1) : args;
    const out = Object.assign(Object.create(null), defaults);
    names.forEach((n, i) => {
        if (i < positional.length && positional[i] !== undefined)
            out[n] = positional[i];
    });
    if (kw)
        for (const [k, v] of kw.map)
            out[k] = v;
    return out;
}
const str = (v) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);
/** Bare "name version" gets ".*" so it matches the series (conda-build's ensure_valid_spec). */
function ensureValidSpec(spec) {
    const m = /^([\w.-]+)\s+([\w.-]+)$/.exec(spec);
    if (!m || spec.includes('*'))
        return spec;
    if ((m[1] === 'python' || m[1] === 'numpy') && m[2] === 'x.x')
        return spec;
    return `${m[1]} ${m[2]}.*`;
}
/** `compiler('c')` -> "gcc_linux-64" (plus " <version>" from c_compiler_version); `stdlib('c')` likewise. */
function targetPackage(language, component, variant, subdir) {
    const python = str(variant.python) ?? '';
    let prefix = component === 'compiler' ? (0,_platforms_js__WEBPACK_IMPORTED_MODULE_0__/* .nativeCompiler */ .d5)(language, subdir, python.split('.').slice(0, 2).join('.')) : language;
    const target = str(variant.target_platform) ?? subdir;
    prefix = str(variant[`${language}_${component}`]) ?? prefix;
    const version = str(variant[`${language}_${component}_version`]);
    const pkg = `${prefix}_${target}`;
    return version ? ensureValidSpec(`${pkg} ${version}`) : pkg;
}
/** `cdt('libx11-devel')` -> "libx11-devel-cos6-x86_64" (cos7 and the arch name off x86). */
function cdtPackage(name, variant, subdir) {
    const arch = subdir.split('-')[1] ?? '64';
    let cdtName = arch === '64' || arch === '32' ? 'cos6' : 'cos7';
    let cdtArch = arch === '64' ? 'x86_64' : arch === '32' ? 'i686' : arch;
    cdtName = str(variant.cdt_name) ?? cdtName;
    cdtArch = str(variant.cdt_arch) ?? cdtArch;
    const [pkg, ...rest] = name.split(' ');
    return rest.length ? `${pkg}-${cdtName}-${cdtArch} ${rest.join(' ')}` : `${pkg}-${cdtName}-${cdtArch}`;
}
class PinError extends Error {
}
function pinSubpackage(facts, args, strict) {
    const a = callArgs(args, ['subpackage_name', 'min_pin', 'max_pin', 'exact'], { min_pin: 'x.x.x.x.x.x', max_pin: 'x', exact: false });
    const name = String(a.subpackage_name);
    const out = facts.outputs.get(name);
    if (!out || !out.version) {
        if (strict)
            throw new PinError(`Didn't find subpackage version info for '${name}', which is used in a pin_subpackage expression. Is it actually a subpackage? If not, you want pin_compatible instead.`);
        return name;
    }
    return (0,_finalize_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .pinSubpackage */ .Mc)({ name, version: out.version, buildString: out.build ?? out.number }, { minPin: a.min_pin, maxPin: a.max_pin, exact: Boolean(a.exact) });
}
/**
 * pin_compatible at render time; `marked`: followed by a marker of the call (src/conda/plan/pin-marker.ts), for
 * the plan to evaluate it against the solved environment as conda-build's second render does.
 */
function pinCompatible(facts, args, marked = false) {
    const value = renderedCompatible(facts, args);
    if (!marked)
        return value;
    const a = compatibleArgs(args);
    const bound = (x) => (x === undefined || x === null ? undefined : String(x));
    return (0,_plan_pin_marker_js__WEBPACK_IMPORTED_MODULE_3__/* .compatibleMarker */ .vD)({
        name: String(a.package_name),
        ...(bound(a.lower_bound) ? { lowerBound: bound(a.lower_bound) } : {}),
        ...(bound(a.upper_bound) ? { upperBound: bound(a.upper_bound) } : {}),
        minPin: a.min_pin === null ? null : String(a.min_pin),
        maxPin: a.max_pin === null ? null : String(a.max_pin),
        exact: Boolean(a.exact),
        rendered: value
    });
}
const compatibleArgs = (args) => callArgs(args, ['package_name', 'lower_bound', 'upper_bound', 'min_pin', 'max_pin', 'exact'], { min_pin: 'x.x.x.x.x.x', max_pin: 'x', exact: false });
function renderedCompatible(facts, args) {
    const a = compatibleArgs(args);
    const name = String(a.package_name);
    const fromVariant = str(facts.variant[name]) ?? str(facts.variant[name.replace(/-/g, '_')]);
    const lowerBound = a.lower_bound === undefined || a.lower_bound === null ? undefined : String(a.lower_bound);
    const installed = fromVariant ? { name, version: fromVariant.split(' ')[0] } : undefined;
    if (!lowerBound && !installed)
        return name;
    const upperBound = a.upper_bound === undefined || a.upper_bound === null ? undefined : String(a.upper_bound);
    const pins = { minPin: a.min_pin, maxPin: a.max_pin, exact: Boolean(a.exact) };
    return (0,_finalize_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .pinCompatible */ .Ct)(name, installed ?? { name, version: lowerBound ?? '' }, { ...pins, lowerBound, upperBound });
}


/***/ }),

/***/ 8921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ overDistinct)
});

// UNUSED EXPORTS: recipeTexts

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/conda/recipe/read-keys.ts
/**
 * Which variant keys a recipe's rendering can read, found in its texts before anything is rendered, so that
 * variants differing only in other keys are rendered once (conda-build's get_used_loop_vars and
 * get_reduced_variant_set do the same before render_recipe loops over the variants).
 *
 * This is a superset of the keys the rendered recipe is found to use (./used-vars.ts): a key counts when its
 * name is written anywhere in the texts as a whole name (`-` and `_` alike: `r-base` names r_base), or when
 * the texts name something the context derives from it:
 * - python: the selectors py, py3k, py27... and PY_VER, CONDA_PY, PYTHON; compiler() and stdlib() on Windows;
 * - numpy: np, NPY_VER, CONDA_NPY; perl: pl, PERL_VER; lua: luajit, LUA_VER; r_base: R_VER, CONDA_R;
 * - `<lang>_compiler(_version)` and CONDA_BUILD_SYSROOT: compiler(); `<lang>_stdlib(_version)`: stdlib();
 *   `cdt_*`: cdt();
 * - target_platform and channel_targets always (conda-build always uses them).
 * What it cannot see is a key read through a name computed while rendering: a requirement rendered as
 * `{{ mpi }}` that names the key `openmpi` (insert_variant_versions then pins it), pin_compatible(name). The
 * renderer therefore also gives the rendered texts to this function and renders again when they name a key
 * it had not counted (src/conda/recipe/distinct.ts). Keys read only through `environ[name]` with a computed
 * name are not seen.
 */
const ALWAYS = new Set(['target_platform', 'channel_targets']);
/** A key (by pattern) and what in a text reads it without writing its name. */
const DERIVED = [
    [/^python$/, /py|compiler|stdlib/i],
    [/^numpy$/, /np/i],
    [/^perl$/, /pl|perl/i],
    [/^lua$/, /lua/i],
    [/^r_base$/, /r_ver|conda_r/i],
    [/_compiler(_version)?$/, /compiler/],
    [/^CONDA_BUILD_SYSROOT$/, /compiler|stdlib/],
    [/_stdlib(_version)?$/, /stdlib/],
    [/^cdt_/, /cdt/]
];
const read_keys_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `text` has `name` as a whole name (not inside a longer one: `mpi` is not in `compiler`). */
function names(text, name) {
    return text.includes(name) && new RegExp(`(?<![A-Za-z0-9_])${read_keys_escape(name)}(?![A-Za-z0-9_])`).test(text);
}
/** The keys among `candidates` that `texts` may read (see the module's comment). */
function keysTextsMayRead(candidates, texts) {
    const raw = texts.join('\n');
    const folded = raw.replace(/-/g, '_');
    const out = new Set();
    for (const key of candidates) {
        const named = names(raw, key) || names(folded, key.replace(/-/g, '_'));
        if (named || ALWAYS.has(key) || DERIVED.some(([k, t]) => k.test(key) && t.test(raw)))
            out.add(key);
    }
    return out;
}

// EXTERNAL MODULE: ./src/conda/recipe/variants.ts
var variants = __webpack_require__(42298);
;// CONCATENATED MODULE: ./src/conda/recipe/distinct.ts
/**
 * Rendering once per distinct variant: the variant matrix (often thousands of combinations from a
 * feedstock's pinning file) told apart only by the keys the recipe's texts may read (./read-keys.ts), and a
 * render done for the first variant of each distinct combination, in explode()'s order. Variants that differ
 * only in other keys render alike, so this gives what rendering every variant and keeping the first of each
 * result gives, without the product of the unused keys ever being built.
 */




/** Folders below the recipe searched for scripts, as the outputs planner searches them. */
const SCRIPT_DEPTH = 2;
/** The recipe's texts that read variant keys: the meta file and every *.sh / *.bat (build.sh, bld.bat, output scripts). */
function recipeTexts(recipe) {
    const out = [recipe.text];
    const walk = (rel, depth) => {
        for (const e of external_node_fs_.readdirSync(external_node_path_.join(recipe.dir, rel), { withFileTypes: true })) {
            const name = external_node_path_.join(rel, e.name);
            if (e.isFile() && /\.(sh|bat)$/.test(e.name))
                out.push(external_node_fs_.readFileSync(external_node_path_.join(recipe.dir, name), 'utf8'));
            else if (e.isDirectory() && depth < SCRIPT_DEPTH)
                walk(name, depth + 1);
        }
    };
    walk('', 0);
    return out;
}
/**
 * `each` once per distinct variant (see the module's comment). `each` adds to `seen` what its render read or
 * wrote (the templates it loaded, the rendered text); when that names a varying key not counted yet, the
 * variants are told apart by it too and the new combinations rendered. Earlier results are kept: the first
 * variant of a combination is also the first of each finer one it splits into. `all`: every variant, as
 * explode() gives them (to compare against).
 */
function overDistinct(p, each, all = false) {
    const candidates = (0,variants/* varyingKeys */.Xe)(p.combined);
    if (all)
        return { keys: new Set(candidates), items: (0,variants/* explode */.Gd)(p.combined).map(variant => ({ variant, result: each(variant, []) })) };
    let keys = keysTextsMayRead(candidates, recipeTexts(p.recipe));
    const done = new Map();
    for (;;) {
        const seen = [];
        const firsts = (0,variants/* explodeDistinct */.AI)(p.combined, keys);
        for (const variant of firsts) {
            const id = (0,variants/* projection */.Qj)(variant, candidates);
            if (!done.has(id))
                done.set(id, { variant, result: each(variant, seen) });
        }
        const more = keysTextsMayRead(candidates.filter(k => !keys.has(k)), seen);
        if (more.size === 0)
            return { keys, items: firsts.map(v => done.get((0,variants/* projection */.Qj)(v, candidates))) };
        keys = new Set([...keys, ...more]);
    }
}


/***/ }),

/***/ 73963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ evalSelector),
/* harmony export */   By: () => (/* reexport safe */ _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__.By),
/* harmony export */   KL: () => (/* reexport safe */ _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__.KL),
/* harmony export */   af: () => (/* binding */ SelectorError),
/* harmony export */   of: () => (/* reexport safe */ _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__.of)
/* harmony export */ });
/* unused harmony exports BUILTINS, parseSelectorExpression */
/* harmony import */ var _jinja_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88322);
/* harmony import */ var _jinja_evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4730);
/* harmony import */ var _jinja_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23125);
/* harmony import */ var _jinja_ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50329);
/* harmony import */ var _jinja_parser_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95173);
/* harmony import */ var _jinja_pystr_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28887);
/* harmony import */ var _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65707);








class SelectorError extends Error {
    name = 'SelectorError';
}
function toInt(v) {
    if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v))
        return parseInt(v, 10);
    const n = (0,_jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .num */ .bu)(v);
    if (n === undefined || typeof v === 'string')
        throw new _jinja_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`invalid literal for int(): ${(0,_jinja_pystr_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(v)}`);
    return Math.trunc(n);
}
function toFloat(v) {
    const n = typeof v === 'string' ? Number(v.trim()) : (0,_jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .num */ .bu)(v);
    if (n === undefined || Number.isNaN(n) || v === '')
        throw new _jinja_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`could not convert to float: ${(0,_jinja_pystr_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(v)}`);
    return (0,_jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .float */ .fV)(n);
}
const one = (f) => args => f(args[0] ?? null);
/** The Python builtins a selector may call. */
const BUILTINS = new Map([
    ['int', new _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyFunc */ .of('int', one(toInt))],
    ['float', new _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyFunc */ .of('float', one(toFloat))],
    ['len', new _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyFunc */ .of('len', one(_jinja_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw))],
    ['str', new _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyFunc */ .of('str', one(_jinja_pystr_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx))],
    ['list', new _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyFunc */ .of('list', args => (args.length ? [...(0,_jinja_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .iterate */ .nl)(args[0])] : []))],
    ['tuple', new _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyFunc */ .of('tuple', args => (0,_jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .tuple */ .PV)(args.length ? [...(0,_jinja_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .iterate */ .nl)(args[0])] : []))],
    ['dict', new _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyFunc */ .of('dict', () => new _jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyDict */ .KL())]
]);
const parsed = new Map();
/** Parse once per distinct expression (recipes repeat the same selectors many times). */
function parseSelectorExpression(src) {
    let n = parsed.get(src);
    if (!n) {
        try {
            n = (0,_jinja_parser_js__WEBPACK_IMPORTED_MODULE_4__/* .parseExpression */ .Y)(src, true);
        }
        catch (e) {
            if (e instanceof _jinja_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w)
                throw new SelectorError(`${e.message}${e.column0 !== undefined ? ` at column ${e.column0 + 1}` : ''}`);
            throw e;
        }
        if (parsed.size > 4096)
            parsed.clear();
        parsed.set(src, n);
    }
    return n;
}
const builtins = new _jinja_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .Frame */ .wI(undefined, BUILTINS);
const selectorMode = new _jinja_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .Evaluator */ .oi({ missing: () => false });
/** Evaluate a selector expression against a namespace; the result as Python's bool() sees it. */
function evalSelector(src, ns) {
    const expr = parseSelectorExpression(src);
    return (0,_jinja_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .withState */ .Q2)({ budget: new _jinja_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .Budget */ .__(), strict: false }, () => {
        try {
            return (0,_jinja_values_js__WEBPACK_IMPORTED_MODULE_6__/* .truthy */ .vN)(selectorMode.eval(expr, new _jinja_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .Frame */ .wI(builtins, ns)));
        }
        catch (e) {
            if (e instanceof _jinja_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w)
                throw new SelectorError(e.message);
            throw e;
        }
    });
}


/***/ }),

/***/ 88322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ UndefinedError),
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   Cb: () => (/* binding */ TemplateSyntaxError),
/* harmony export */   Vx: () => (/* binding */ SecurityError),
/* harmony export */   oC: () => (/* binding */ LimitError)
/* harmony export */ });
/**
 * Errors raised while a template is parsed or evaluated. The interpreter adds the template's name and line;
 * the code below it (values, methods, filters) throws them without a position.
 */
class TemplateError extends Error {
    name = 'TemplateError';
    /** 0-based line and column in the template, once the interpreter knows them. */
    line0;
    column0;
    /** The included or imported template the error is in, when it is not the main one. */
    template;
}
/** An undefined value used where a value is required (written out in strict mode, called, computed with). */
class UndefinedError extends TemplateError {
    name = 'UndefinedError';
}
/** A refused member, name or function: the sandbox speaking. */
class SecurityError extends TemplateError {
    name = 'SecurityError';
}
/** A resource bound reached: steps, string or output size, recursion depth. */
class LimitError extends TemplateError {
    name = 'LimitError';
}
/** A template that does not parse. */
class TemplateSyntaxError extends TemplateError {
    name = 'TemplateSyntaxError';
    constructor(message, line0, column0) {
        super(message);
        this.line0 = line0;
        this.column0 = column0;
    }
}


/***/ }),

/***/ 4730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oi: () => (/* binding */ Evaluator),
  wI: () => (/* binding */ Frame)
});

// UNUSED EXPORTS: iterValues

// EXTERNAL MODULE: ./src/conda/recipe/jinja/errors.ts
var errors = __webpack_require__(88322);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/limits.ts
var limits = __webpack_require__(23125);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/lookup.ts
var lookup = __webpack_require__(71739);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/methods.ts
var methods = __webpack_require__(28619);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/ops.ts
var jinja_ops = __webpack_require__(50329);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/pystr.ts
var pystr = __webpack_require__(28887);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/values.ts
var values = __webpack_require__(65707);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja/filters-seq.ts
/** Jinja2's filters over sequences: map, select/reject(attr), join, sort, unique, min/max, sum, batch, slice, dictsort. */






/** The sort key of an item: its attribute when asked, lower-cased when the comparison ignores case. */
function keyOf(item, attribute, caseSensitive) {
    const v = attribute === null ? item : (0,lookup/* getpath */._k)(item, attribute);
    return !caseSensitive && typeof v === 'string' ? v.toLowerCase() : v;
}
function sorted(items, attribute, caseSensitive, reverse) {
    const keyed = items.map(x => [keyOf(x, attribute, caseSensitive), x]);
    keyed.sort((p, q) => (0,jinja_ops/* compare */.UD)(p[0], q[0], '<'));
    const out = keyed.map(p => p[1]);
    return reverse ? out.reverse() : out;
}
function extreme(items, a, kw, sign) {
    if (!items.length)
        return new values/* Undefined */.rK(`No aggregated item, sequence was empty.`);
    const cs = (0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 0, 'case_sensitive', false));
    const attr = (0,values/* param */.uR)(a, kw, 1, 'attribute', null);
    let best = items[0];
    for (const x of items.slice(1))
        if (sign * (0,jinja_ops/* compare */.UD)(keyOf(x, attr, cs), keyOf(best, attr, cs), '<') > 0)
            best = x;
    return best;
}
/** select/reject and selectattr/rejectattr: a test by name (truth when none) on the item or its attribute. */
function selecting(byAttr, keep) {
    return (env, v, a) => {
        const attr = byAttr ? a[0] : null;
        const rest = byAttr ? a.slice(1) : a;
        const check = (x) => {
            const subject = byAttr ? (0,lookup/* getpath */._k)(x, attr ?? null) : x;
            return rest.length ? env.test((0,pystr/* str */.gx)(rest[0]), subject, rest.slice(1)) : (0,values/* truthy */.vN)(subject);
        };
        return (0,jinja_ops/* iterate */.nl)(v).filter(x => check(x) === keep);
    };
}
const SEQUENCE_FILTERS = {
    join: (_env, v, a, kw) => {
        const d = (0,pystr/* str */.gx)((0,values/* param */.uR)(a, kw, 0, 'd', ''));
        const attr = (0,values/* param */.uR)(a, kw, 1, 'attribute', null);
        const parts = (0,jinja_ops/* iterate */.nl)(v).map(x => (0,pystr/* str */.gx)(attr === null ? x : (0,lookup/* getpath */._k)(x, attr)));
        (0,limits/* state */.wk)().budget.string(parts.reduce((n, p) => n + p.length + d.length, 0));
        return parts.join(d);
    },
    map: (env, v, a, kw) => {
        const items = (0,jinja_ops/* iterate */.nl)(v);
        if (kw.has('attribute')) {
            const attr = kw.get('attribute');
            const dflt = kw.get('default');
            return items.map(x => {
                const r = (0,lookup/* getpath */._k)(x, attr);
                return r instanceof values/* Undefined */.rK && dflt !== undefined ? dflt : r;
            });
        }
        if (!a.length)
            throw new errors/* TemplateError */.$w('map: give a filter name or attribute=');
        const name = (0,pystr/* str */.gx)(a[0]);
        return items.map(x => env.filter(name, x, a.slice(1), kw));
    },
    select: selecting(false, true),
    reject: selecting(false, false),
    selectattr: selecting(true, true),
    rejectattr: selecting(true, false),
    sort: (_env, v, a, kw) => sorted([...(0,jinja_ops/* iterate */.nl)(v)], (0,values/* param */.uR)(a, kw, 2, 'attribute', null), (0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 1, 'case_sensitive', false)), (0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 0, 'reverse', false))),
    unique: (_env, v, a, kw) => {
        const cs = (0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 0, 'case_sensitive', false));
        const attr = (0,values/* param */.uR)(a, kw, 1, 'attribute', null);
        const seen = [];
        const out = [];
        for (const x of (0,jinja_ops/* iterate */.nl)(v)) {
            const k = keyOf(x, attr, cs);
            if (!seen.some(s => (0,jinja_ops/* pyEquals */.PU)(s, k))) {
                seen.push(k);
                out.push(x);
            }
        }
        return out;
    },
    min: (_env, v, a, kw) => extreme((0,jinja_ops/* iterate */.nl)(v), a, kw, -1),
    max: (_env, v, a, kw) => extreme((0,jinja_ops/* iterate */.nl)(v), a, kw, 1),
    sum: (_env, v, a, kw) => {
        const attr = (0,values/* param */.uR)(a, kw, 0, 'attribute', null);
        let total = (0,values/* param */.uR)(a, kw, 1, 'start', 0);
        for (const x of (0,jinja_ops/* iterate */.nl)(v))
            total = (0,jinja_ops/* arith */.HH)('+', total, attr === null ? x : (0,lookup/* getpath */._k)(x, attr));
        return total;
    },
    batch: (_env, v, a, kw) => {
        const n = Number((0,values/* param */.uR)(a, kw, 0, 'linecount', 1));
        if (!(n >= 1))
            throw new errors/* TemplateError */.$w('batch: the line count must be at least 1');
        const fill = (0,values/* param */.uR)(a, kw, 1, 'fill_with', null);
        const items = (0,jinja_ops/* iterate */.nl)(v);
        const out = [];
        for (let i = 0; i < items.length; i += n) {
            const row = items.slice(i, i + n);
            while (fill !== null && row.length < n)
                row.push(fill);
            out.push(row);
        }
        return out;
    },
    slice: (_env, v, a, kw) => {
        const n = Number((0,values/* param */.uR)(a, kw, 0, 'slices', 1));
        if (!(n >= 1))
            throw new errors/* TemplateError */.$w('slice: the number of slices must be at least 1');
        const fill = (0,values/* param */.uR)(a, kw, 1, 'fill_with', null);
        const items = (0,jinja_ops/* iterate */.nl)(v);
        const per = Math.floor(items.length / n);
        const extra = items.length % n;
        const out = [];
        let offset = 0;
        for (let i = 0; i < n; i++) {
            const size = per + (i < extra ? 1 : 0);
            const row = items.slice(offset, offset + size);
            offset += size;
            if (fill !== null && i >= extra && extra > 0)
                row.push(fill);
            out.push(row);
        }
        return out;
    },
    dictsort: (_env, v, a, kw) => {
        if (!(v instanceof values/* PyDict */.KL))
            throw new errors/* TemplateError */.$w('dictsort: a dict is required');
        const cs = (0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 0, 'case_sensitive', false));
        const by = (0,pystr/* str */.gx)((0,values/* param */.uR)(a, kw, 1, 'by', 'key'));
        const pairs = [...v.map].map(([k, x]) => (0,values/* tuple */.PV)([k, x]));
        return sorted(pairs, by === 'value' ? 1 : 0, cs, (0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 2, 'reverse', false)));
    }
};

;// CONCATENATED MODULE: ./src/conda/recipe/jinja/json.ts
/**
 * The `tojson` filter as Jinja2 writes it: Python's json.dumps with sorted keys and ASCII output, then
 * `<`, `>`, `&` and `'` written as \u escapes so the text is safe inside HTML.
 */




const escapeString = (s) => '"' +
    // eslint-disable-next-line no-control-regex -- control characters are what JSON must escape
    s.replace(/[\\"\u0000-\u001f\u007f-\uffff]/g, c => {
        if (c === '"' || c === '\\')
            return `\\${c}`;
        const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
        return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }) +
    '"';
function dumps(v, indent, level) {
    (0,limits/* state */.wk)().budget.step();
    if (v === null || v instanceof values/* Undefined */.rK)
        return 'null';
    if (v === true || v === false)
        return v ? 'true' : 'false';
    if (typeof v === 'number' || v instanceof values/* Float */.nt) {
        const n = (0,values/* num */.bu)(v);
        if (Number.isNaN(n))
            return 'NaN';
        if (!Number.isFinite(n))
            return n > 0 ? 'Infinity' : '-Infinity';
        return v instanceof values/* Float */.nt || !Number.isInteger(n) ? (0,pystr/* floatRepr */.KL)(n) : String(n);
    }
    if (typeof v === 'string')
        return escapeString(v);
    const open = indent === undefined ? '' : `\n${indent.repeat(level + 1)}`;
    const close = indent === undefined ? '' : `\n${indent.repeat(level)}`;
    const sep = indent === undefined ? ', ' : `,${open}`;
    if (Array.isArray(v))
        return v.length ? `[${open}${v.map(x => dumps(x, indent, level + 1)).join(sep)}${close}]` : '[]';
    if (v instanceof values/* PyDict */.KL) {
        const keys = [...v.map.keys()].map(k => [k, typeof k === 'string' ? k : k === null ? 'null' : String(k)]);
        keys.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
        const items = keys.map(([k, name]) => `${escapeString(name)}: ${dumps(v.map.get(k), indent, level + 1)}`);
        return items.length ? `{${open}${items.join(sep)}${close}}` : '{}';
    }
    throw new errors/* TemplateError */.$w(`Object of type ${(0,values/* typeName */.go)(v)} is not JSON serializable`);
}
function toJson(v, indent) {
    const ind = indent === null ? undefined : typeof indent === 'string' ? indent : ' '.repeat(Number((0,values/* num */.bu)(indent) ?? 0));
    const out = dumps(v, ind, 0).replace(/[<>&']/g, c => `\\u00${c.charCodeAt(0).toString(16)}`);
    (0,limits/* state */.wk)().budget.string(out.length);
    return out;
}

;// CONCATENATED MODULE: ./src/conda/recipe/jinja/filters.ts
/**
 * Jinja2's built-in filters that recipes use, with its arguments and defaults. Sequence filters (map,
 * select, sort, ...) are in filters-seq.ts. `random` is left out on purpose: a render is reproducible.
 */









function toInt(v, dflt, base) {
    if (typeof v === 'string') {
        const t = v.trim().replace(/_/g, '');
        const digits = base === 16 ? /^[+-]?(0x)?[\da-f]+$/i : base === 8 ? /^[+-]?(0o)?[0-7]+$/i : base === 2 ? /^[+-]?(0b)?[01]+$/i : /^[+-]?\d+$/;
        if (digits.test(t))
            return parseInt(t.replace(/^([+-]?)0[xob]/i, '$1'), base);
        const f = Number(t);
        return t !== '' && Number.isFinite(f) ? Math.trunc(f) : dflt;
    }
    const n = (0,values/* num */.bu)(v);
    return n === undefined || !Number.isFinite(n) ? dflt : Math.trunc(n);
}
function toFloat(v, dflt) {
    const special = { nan: NaN, inf: Infinity, infinity: Infinity };
    const t = typeof v === 'string' ? v.trim().toLowerCase() : '';
    const sign = t.startsWith('-') ? -1 : 1;
    const word = t.replace(/^[+-]/, '');
    if (typeof v === 'string' && Object.hasOwn(special, word))
        return sign * special[word];
    const n = typeof v === 'string' ? (/^\s*[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(e[+-]?\d+)?\s*$/i.test(v) ? Number(v.replace(/_/g, '')) : NaN) : (0,values/* num */.bu)(v);
    if (n === undefined || Number.isNaN(n))
        return dflt;
    return (0,values/* float */.fV)(n);
}
function indent(s, width, first, blank) {
    const n = typeof width === 'string' ? width.length : Math.max(0, Number((0,values/* num */.bu)(width) ?? 0));
    (0,limits/* state */.wk)().budget.string(s.length + n * (s.split('\n').length + 1), 0);
    const pad = typeof width === 'string' ? width : ' '.repeat(n);
    const lines = s.split('\n');
    const out = lines.map((l, i) => ((i === 0 && !first) || (!blank && l.trim() === '') ? l : pad + l)).join('\n');
    (0,limits/* state */.wk)().budget.string(out.length);
    return out;
}
function round(v, precision, how) {
    const n = (0,values/* num */.bu)(v) ?? 0;
    const f = 10 ** precision;
    const x = n * f;
    let r;
    if (how === 'ceil')
        r = Math.ceil(x);
    else if (how === 'floor')
        r = Math.floor(x);
    else if (how === 'common') {
        const fl = Math.floor(x);
        r = x - fl === 0.5 ? (fl % 2 === 0 ? fl : fl + 1) : Math.round(x);
    }
    else
        throw new errors/* TemplateError */.$w("round: method must be 'common', 'ceil' or 'floor'");
    return (0,values/* float */.fV)(r / f);
}
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
const filters_text = (f) => (_env, v, a, kw) => f((0,pystr/* str */.gx)(v), a, kw);
const STRING_FILTERS = {
    lower: filters_text(s => s.toLowerCase()),
    upper: filters_text(s => s.toUpperCase()),
    capitalize: filters_text(s => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase()),
    title: filters_text(s => s.replace(/[\w']+/g, w => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())),
    trim: filters_text((s, a, kw) => {
        const chars = (0,values/* param */.uR)(a, kw, 0, 'chars', null);
        if (chars === null)
            return s.trim();
        const set = new Set((0,pystr/* str */.gx)(chars));
        let i = 0;
        let j = s.length;
        while (i < j && set.has(s[i]))
            i++;
        while (j > i && set.has(s[j - 1]))
            j--;
        return s.slice(i, j);
    }),
    replace: filters_text((s, a, kw) => {
        const old = (0,pystr/* str */.gx)((0,values/* param */.uR)(a, kw, 0, 'old', ''));
        const rep = (0,pystr/* str */.gx)((0,values/* param */.uR)(a, kw, 1, 'new', ''));
        const count = (0,values/* param */.uR)(a, kw, 2, 'count', null);
        return (0,methods/* replace */.H)(s, old, rep, count === null ? undefined : Number(count));
    }),
    indent: filters_text((s, a, kw) => indent(s, (0,values/* param */.uR)(a, kw, 0, 'width', 4), (0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 1, 'first', false)), (0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 2, 'blank', false)))),
    center: filters_text((s, a, kw) => {
        const w = Number((0,values/* num */.bu)((0,values/* param */.uR)(a, kw, 0, 'width', 80)) ?? 80);
        if (w <= s.length)
            return s;
        (0,limits/* state */.wk)().budget.string(w);
        const n = w - s.length;
        const left = Math.floor(n / 2) + ((n % 2) & (w % 2));
        return ' '.repeat(left) + s + ' '.repeat(n - left);
    }),
    wordcount: filters_text(s => (s.match(/\w+/gu) ?? []).length),
    truncate: filters_text((s, a, kw) => {
        const n = Number((0,values/* num */.bu)((0,values/* param */.uR)(a, kw, 0, 'length', 255)) ?? 255);
        const killwords = (0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 1, 'killwords', false));
        const end = (0,pystr/* str */.gx)((0,values/* param */.uR)(a, kw, 2, 'end', '...'));
        const leeway = Number((0,values/* num */.bu)((0,values/* param */.uR)(a, kw, 3, 'leeway', 5)) ?? 5);
        if (s.length <= n + leeway)
            return s;
        if (killwords)
            return s.slice(0, n - end.length) + end;
        const cut = s.slice(0, n - end.length);
        return cut.slice(0, Math.max(0, cut.lastIndexOf(' '))) + end;
    }),
    escape: filters_text(escapeHtml),
    e: filters_text(escapeHtml),
    forceescape: filters_text(escapeHtml),
    urlencode: filters_text(s => encodeURIComponent(s).replace(/%2F/g, '/')),
    format: (_env, v, a, kw) => (0,pystr/* percentFormat */.b$)((0,pystr/* str */.gx)(v), a.length ? (a.length === 1 ? a[0] : (0,values/* tuple */.PV)(a)) : new values/* PyDict */.KL(kw)),
    string: (_env, v) => (0,pystr/* str */.gx)(v),
    pprint: (_env, v) => (0,pystr/* repr */.Sj)(v),
    safe: (_env, v) => v
};
const VALUE_FILTERS = {
    default: (_env, v, a, kw) => (v instanceof values/* Undefined */.rK || ((0,values/* truthy */.vN)((0,values/* param */.uR)(a, kw, 1, 'boolean', false)) && !(0,values/* truthy */.vN)(v)) ? (0,values/* param */.uR)(a, kw, 0, 'default_value', '') : v),
    int: (_env, v, a, kw) => toInt(v, (0,values/* param */.uR)(a, kw, 0, 'default', 0), Number((0,values/* param */.uR)(a, kw, 1, 'base', 10))),
    float: (_env, v, a, kw) => toFloat(v, (0,values/* param */.uR)(a, kw, 0, 'default', new values/* Float */.nt(0))),
    abs: (_env, v) => {
        const n = (0,values/* num */.bu)(v);
        if (n === undefined)
            throw new errors/* TemplateError */.$w(`bad operand type for abs(): '${(0,values/* typeName */.go)(v)}'`);
        return (0,values/* isFloat */.dk)(v) ? (0,values/* float */.fV)(Math.abs(n)) : Math.abs(n);
    },
    round: (_env, v, a, kw) => {
        const how = (0,values/* param */.uR)(a, kw, 1, 'method', 'common');
        // Python's round() keeps an int an int
        return how === 'common' && ((0,values/* isInt */.E6)(v) || typeof v === 'boolean') ? Number(v) : round(v, Number((0,values/* param */.uR)(a, kw, 0, 'precision', 0)), how);
    },
    length: (_env, v) => (0,jinja_ops/* length */.Bw)(v),
    count: (_env, v) => (0,jinja_ops/* length */.Bw)(v),
    tojson: (_env, v, a, kw) => toJson(v, (0,values/* param */.uR)(a, kw, 0, 'indent', null)),
    attr: (_env, v, a) => (0,lookup/* getattr */.WO)(v, (0,pystr/* str */.gx)(a[0] ?? '')),
    items: (_env, v) => (v instanceof values/* Undefined */.rK ? [] : v instanceof values/* PyDict */.KL ? [...v.map].map(([k, x]) => (0,values/* tuple */.PV)([k, x])) : (0,jinja_ops/* iterate */.nl)(v)),
    list: (_env, v) => (typeof v === 'string' ? Array.from(v) : [...(0,jinja_ops/* iterate */.nl)(v)]),
    first: (_env, v) => {
        const items = (0,jinja_ops/* iterate */.nl)(v);
        return items.length ? items[0] : new values/* Undefined */.rK('No first item, sequence was empty.');
    },
    last: (_env, v) => {
        const items = (0,jinja_ops/* iterate */.nl)(v);
        return items.length ? items[items.length - 1] : new values/* Undefined */.rK('No last item, sequence was empty.');
    },
    reverse: (_env, v) => {
        if (typeof v === 'string')
            return Array.from(v).reverse().join('');
        const r = [...(0,jinja_ops/* iterate */.nl)(v)].reverse();
        return Array.isArray(v) && (0,values/* isTuple */.l0)(v) ? (0,values/* tuple */.PV)(r) : r;
    }
};
const FILTERS = { ...STRING_FILTERS, ...VALUE_FILTERS, ...SEQUENCE_FILTERS, d: VALUE_FILTERS.default };

// EXTERNAL MODULE: ./src/conda/recipe/jinja/sandbox.ts
var sandbox = __webpack_require__(80674);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja/tests.ts
/** Jinja2's tests (`x is defined`, `x is divisibleby 3`, `x is in [1, 2]`), with its names and aliases. */




const argOf = (a, name) => {
    if (!a.length)
        throw new errors/* TemplateError */.$w(`the test '${name}' needs an argument`);
    return a[0];
};
const cmp = (op) => (v, a) => (0,jinja_ops/* cmpOp */.iO)(op, v, argOf(a, op)) === true;
const isString = (v) => typeof v === 'string';
const TESTS = {
    defined: v => !(v instanceof values/* Undefined */.rK),
    undefined: v => v instanceof values/* Undefined */.rK,
    none: v => v === null,
    boolean: v => typeof v === 'boolean',
    true: v => v === true,
    false: v => v === false,
    number: v => typeof v === 'number' || typeof v === 'boolean' || (0,values/* isFloat */.dk)(v),
    integer: v => (0,values/* isInt */.E6)(v),
    float: v => (0,values/* isFloat */.dk)(v),
    string: isString,
    sequence: v => typeof v === 'string' || Array.isArray(v) || v instanceof values/* PyDict */.KL,
    iterable: v => typeof v === 'string' || Array.isArray(v) || v instanceof values/* PyDict */.KL,
    mapping: v => v instanceof values/* PyDict */.KL,
    callable: v => v instanceof values/* PyFunc */.of,
    sameas: (v, a) => v === argOf(a, 'sameas') || (v instanceof values/* Undefined */.rK && a[0] instanceof values/* Undefined */.rK),
    escaped: () => false,
    lower: v => typeof v === 'string' && v === v.toLowerCase(),
    upper: v => typeof v === 'string' && v === v.toUpperCase(),
    even: v => ((0,values/* num */.bu)(v) ?? 1) % 2 === 0,
    odd: v => Math.abs(((0,values/* num */.bu)(v) ?? 0) % 2) === 1,
    divisibleby: (v, a) => {
        const d = (0,values/* num */.bu)(argOf(a, 'divisibleby'));
        if (!d)
            throw new errors/* TemplateError */.$w('divisibleby: division by zero');
        return ((0,values/* num */.bu)(v) ?? NaN) % d === 0;
    },
    in: (v, a) => (0,jinja_ops/* contains */.gR)(argOf(a, 'in'), v),
    eq: cmp('=='),
    equalto: cmp('=='),
    '==': cmp('=='),
    ne: cmp('!='),
    '!=': cmp('!='),
    lt: cmp('<'),
    lessthan: cmp('<'),
    '<': cmp('<'),
    le: cmp('<='),
    '<=': cmp('<='),
    gt: cmp('>'),
    greaterthan: cmp('>'),
    '>': cmp('>'),
    ge: cmp('>='),
    '>=': cmp('>='),
    filter: v => typeof v === 'string' && Object.hasOwn(FILTERS, v),
    test: v => typeof v === 'string' && Object.hasOwn(TESTS, v)
};

;// CONCATENATED MODULE: ./src/conda/recipe/jinja/evaluate.ts









/** A scope: variables, and the enclosing scope. */
class Frame {
    parent;
    vars;
    constructor(parent, vars = new Map()) {
        this.parent = parent;
        this.vars = vars;
    }
    lookup(name) {
        if (this.vars.has(name))
            return this.vars.get(name);
        return this.parent?.lookup(name);
    }
}
class Evaluator {
    opts;
    /** Offset of the node being evaluated, for error positions. */
    pos = 0;
    constructor(opts) {
        this.opts = opts;
    }
    name(frame, n) {
        (0,sandbox/* checkName */.I)(n);
        const v = frame.lookup(n);
        return v === undefined ? this.opts.missing(n) : v;
    }
    args(frame, a) {
        const args = a.args.map(x => this.eval(x, frame));
        if (a.star)
            for (const v of iterValues(this.eval(a.star, frame)))
                args.push(v);
        if (args.length > 10_000)
            throw new errors/* TemplateError */.$w(`a call with ${args.length} arguments; at most 10000 are accepted`);
        const kw = new Map();
        for (const [k, x] of a.kwargs)
            kw.set(k, this.eval(x, frame));
        if (a.dstar) {
            const d = this.eval(a.dstar, frame);
            if (!(d instanceof values/* PyDict */.KL))
                throw new errors/* TemplateError */.$w(`argument after ** must be a mapping, not ${(0,values/* typeName */.go)(d)}`);
            for (const [k, v] of d.map)
                kw.set(String(k), v);
        }
        return { args, kw };
    }
    filter(name, value, args, kw) {
        if (!Object.hasOwn(FILTERS, name))
            throw new errors/* TemplateError */.$w(`No filter named '${name}'.`);
        return FILTERS[name]({ filter: (n, v, a, k) => this.filter(n, v, a, k), test: (n, v, a) => this.test(n, v, a, new Map()) }, value, args, kw);
    }
    test(name, value, args, kw) {
        if (!Object.hasOwn(TESTS, name))
            throw new errors/* TemplateError */.$w(`No test named '${name}'.`);
        return TESTS[name](value, args, kw);
    }
    eval(e, frame) {
        (0,limits/* state */.wk)().budget.step();
        this.pos = e.pos;
        switch (e.t) {
            case 'const':
                return e.v;
            case 'name':
                return this.name(frame, e.n);
            case 'list':
                return e.items.map(x => this.eval(x, frame));
            case 'tuple':
                return (0,values/* tuple */.PV)(e.items.map(x => this.eval(x, frame)));
            case 'dict':
                return new values/* PyDict */.KL(e.pairs.map(([k, v]) => [(0,values/* toKey */.fw)(this.eval(k, frame)), this.eval(v, frame)]));
            case 'cond':
                return (0,values/* truthy */.vN)(this.eval(e.test, frame)) ? this.eval(e.a, frame) : e.b ? this.eval(e.b, frame) : new values/* Undefined */.rK('the conditional expression has no else');
            case 'and': {
                const a = this.eval(e.a, frame);
                return (0,values/* truthy */.vN)(a) ? this.eval(e.b, frame) : a;
            }
            case 'or': {
                const a = this.eval(e.a, frame);
                return (0,values/* truthy */.vN)(a) ? a : this.eval(e.b, frame);
            }
            case 'not':
                return !(0,values/* truthy */.vN)(this.eval(e.a, frame));
            case 'cmp':
                return this.compare(e.first, e.ops, frame);
            case 'bin': {
                const a = this.eval(e.a, frame);
                const b = this.eval(e.b, frame);
                this.pos = e.pos;
                return (0,jinja_ops/* arith */.HH)(e.op, a, b);
            }
            case 'concat': {
                return e.items.map(x => (0,pystr/* str */.gx)(this.eval(x, frame))).reduce(jinja_ops/* concatStrings */.x_);
            }
            case 'unary':
                return (0,jinja_ops/* negate */.ze)(this.eval(e.a, frame), e.op);
            default:
                return this.postfix(e, frame);
        }
    }
    compare(first, ops, frame) {
        let left = this.eval(first, frame);
        let result = true;
        for (const [op, node] of ops) {
            const right = this.eval(node, frame);
            result = (0,jinja_ops/* cmpOp */.iO)(op, left, right);
            if (!(0,values/* truthy */.vN)(result))
                return result;
            left = right;
        }
        return result;
    }
    postfix(e, frame) {
        switch (e.t) {
            case 'attr': {
                const obj = this.eval(e.obj, frame);
                this.pos = e.pos;
                return (0,lookup/* getattr */.WO)(obj, e.name);
            }
            case 'item': {
                const obj = this.eval(e.obj, frame);
                const key = this.eval(e.key, frame);
                this.pos = e.pos;
                return (0,lookup/* getitem */.c9)(obj, key);
            }
            case 'slice': {
                const v = this.eval(e.obj, frame);
                const part = (x) => (x ? this.eval(x, frame) : null);
                return (0,jinja_ops/* slice */.di)(v, part(e.start), part(e.stop), part(e.step));
            }
            case 'call': {
                const f = this.eval(e.f, frame);
                const { args, kw } = this.args(frame, e);
                this.pos = e.pos;
                return (0,lookup/* call */.T1)(f, args, kw);
            }
            case 'filter': {
                const v = e.a ? this.eval(e.a, frame) : null;
                const { args, kw } = this.args(frame, e);
                this.pos = e.pos;
                return this.filter(e.name, v, args, kw);
            }
            case 'test': {
                const v = e.a.t === 'name' && (e.name === 'defined' || e.name === 'undefined') ? this.lenientName(frame, e.a.n) : this.eval(e.a, frame);
                const { args, kw } = this.args(frame, e);
                this.pos = e.pos;
                return this.test(e.name, v, args, kw) !== e.negate;
            }
            default:
                throw new errors/* TemplateError */.$w(`cannot evaluate a '${e.t}' expression`);
        }
    }
    /** `x is defined` never fails on the name itself. */
    lenientName(frame, n) {
        (0,sandbox/* checkName */.I)(n);
        const v = frame.lookup(n);
        return v === undefined ? new values/* Undefined */.rK(`'${n}' is undefined`) : v;
    }
}
function iterValues(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string')
        return Array.from(v);
    if (v instanceof values/* PyDict */.KL)
        return [...v.map.keys()];
    throw new errors/* TemplateError */.$w(`argument after * must be an iterable, not ${(0,values/* typeName */.go)(v)}`);
}


/***/ }),

/***/ 15983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qw: () => (/* binding */ tokenize),
/* harmony export */   uX: () => (/* binding */ tokenizeExpression),
/* harmony export */   xX: () => (/* binding */ lineCol)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88322);
/**
 * Jinja2's lexer with its default settings: `{{ }}`, `{% %}`, `{# #}`, whitespace control with `-`,
 * `{% raw %}`; no line statements, no trim_blocks/lstrip_blocks. Tokens carry their offset in the template.
 */

const OPS = ['**', '//', '==', '!=', '<=', '>=', '+', '-', '*', '/', '%', '~', '<', '>', '=', '(', ')', '[', ']', '{', '}', '.', ':', '|', ','];
const CLOSE = { '(': ')', '[': ']', '{': '}' };
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
const FLOAT = /\d(?:_?\d)*(?:\.\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|[eE][+-]?\d(?:_?\d)*)/y;
const INT = /0[bB][01_]+|0[oO][0-7_]+|0[xX][\da-fA-F_]+|\d(?:_?\d)*/y;
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '' };
/** Line and column (0-based) of an offset. */
function lineCol(text, pos) {
    let line0 = 0;
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) {
        line0++;
        start = i + 1;
    }
    return { line0, column0: pos - start };
}
function unescape(body, err) {
    return body.replace(/\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[\s\S])/g, (all, e) => {
        if (e.length > 1) {
            const cp = parseInt(e.slice(1), 16);
            if (cp > 0x10ffff)
                throw err(`invalid escape ${all}`);
            return String.fromCodePoint(cp);
        }
        return Object.hasOwn(ESCAPES, e) ? ESCAPES[e] : all;
    });
}
class Lexer {
    src;
    tokens = [];
    pos = 0;
    stripNext = false;
    constructor(src) {
        this.src = src;
    }
    error(message, pos = this.pos) {
        const { line0, column0 } = lineCol(this.src, pos);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateSyntaxError */ .Cb(message, line0, column0);
    }
    data(text, pos, stripEnd) {
        let t = text;
        let p = pos;
        if (this.stripNext) {
            const trimmed = t.trimStart();
            p += t.length - trimmed.length;
            t = trimmed;
        }
        if (stripEnd)
            t = t.trimEnd();
        this.stripNext = false;
        if (t)
            this.tokens.push({ type: 'data', value: t, pos: p });
    }
    run() {
        const src = this.src;
        while (this.pos < src.length) {
            const open = /\{[{%#]/g;
            open.lastIndex = this.pos;
            const m = open.exec(src);
            if (!m) {
                this.data(src.slice(this.pos), this.pos, false);
                break;
            }
            const strip = src[m.index + 2] === '-';
            const raw = /\{%[-+]?\s*raw\s*(-?)%\}/y;
            raw.lastIndex = m.index;
            const rawMatch = m[0] === '{%' ? raw.exec(src) : null;
            this.data(src.slice(this.pos, m.index), this.pos, strip);
            if (rawMatch)
                this.raw(m.index, rawMatch);
            else if (m[0] === '{#')
                this.comment(m.index);
            else
                this.tag(m.index, m[0] === '{{' ? 'var' : 'block');
        }
        this.tokens.push({ type: 'eof', value: '', pos: src.length });
        return this.tokens;
    }
    expression() {
        const stack = [];
        for (;;) {
            while (this.pos < this.src.length && /\s/.test(this.src[this.pos]))
                this.pos++;
            if (this.pos >= this.src.length)
                break;
            this.tokens.push(this.token(stack));
        }
        this.tokens.push({ type: 'eof', value: '', pos: this.src.length });
        return this.tokens;
    }
    raw(start, open) {
        const end = /\{%(-?)\s*endraw\s*(-?)%\}/g;
        end.lastIndex = start + open[0].length;
        const m = end.exec(this.src);
        if (!m)
            throw this.error("missing end of raw directive: no '{% endraw %}'", start);
        this.stripNext = open[1] === '-';
        this.data(this.src.slice(start + open[0].length, m.index), start + open[0].length, m[1] === '-');
        this.stripNext = m[2] === '-';
        this.pos = m.index + m[0].length;
    }
    comment(start) {
        const end = this.src.indexOf('#}', start + 2);
        if (end < 0)
            throw this.error('missing end of comment tag', start);
        this.stripNext = this.src[end - 1] === '-' && end - 1 > start + 2;
        this.pos = end + 2;
    }
    tag(start, kind) {
        const src = this.src;
        const close = kind === 'var' ? '}}' : '%}';
        this.tokens.push({ type: `${kind}_begin`, value: kind === 'var' ? '{{' : '{%', pos: start });
        this.pos = start + 2;
        if (src[this.pos] === '-' || (kind === 'block' && src[this.pos] === '+'))
            this.pos++;
        const stack = [];
        for (;;) {
            while (this.pos < src.length && /\s/.test(src[this.pos]))
                this.pos++;
            if (this.pos >= src.length)
                throw this.error(`unexpected end of template: '${close}' missing`, start);
            if (!stack.length && (src.startsWith(close, this.pos) || src.startsWith(`-${close}`, this.pos))) {
                this.stripNext = src[this.pos] === '-';
                this.tokens.push({ type: `${kind}_end`, value: close, pos: this.pos });
                this.pos += this.stripNext ? 3 : 2;
                return;
            }
            const t = this.token(stack);
            this.tokens.push(t);
        }
    }
    token(stack) {
        const src = this.src;
        const pos = this.pos;
        const c = src[pos];
        if (c === '"' || c === "'") {
            let j = pos + 1;
            while (j < src.length && src[j] !== c)
                j += src[j] === '\\' ? 2 : 1;
            if (j >= src.length)
                throw this.error('unterminated string', pos);
            this.pos = j + 1;
            return { type: 'string', value: unescape(src.slice(pos + 1, j), m => this.error(m, pos)), pos };
        }
        for (const [re, type] of [
            [FLOAT, 'float'],
            [INT, 'int']
        ]) {
            re.lastIndex = pos;
            const m = src[pos - 1] !== '.' || type === 'int' ? re.exec(src) : null;
            if (m) {
                this.pos = pos + m[0].length;
                const t = m[0].replace(/_/g, '');
                const n = type === 'float' ? Number(t) : /^0[box]/i.test(t) ? Number(t.toLowerCase()) : Number(t);
                return { type, value: m[0], pos, num: n };
            }
        }
        NAME.lastIndex = pos;
        const name = NAME.exec(src);
        if (name) {
            this.pos = pos + name[0].length;
            return { type: 'name', value: name[0], pos };
        }
        const op = OPS.find(o => src.startsWith(o, pos));
        if (!op)
            throw this.error(`unexpected character '${c}'`, pos);
        if (CLOSE[op])
            stack.push(CLOSE[op]);
        else if (op === ')' || op === ']' || op === '}') {
            if (stack.pop() !== op)
                throw this.error(`unexpected '${op}'`, pos);
        }
        this.pos = pos + op.length;
        return { type: 'op', value: op, pos };
    }
}
function tokenize(src) {
    return new Lexer(src).run();
}
/** Tokens of a bare expression (a selector): no tags around it. */
function tokenizeExpression(src) {
    return new Lexer(src).expression();
}


/***/ }),

/***/ 23125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ withState),
/* harmony export */   __: () => (/* binding */ Budget),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   wk: () => (/* binding */ state)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88322);
/**
 * Resource bounds of one render: a step budget (every evaluated node, loop iteration and write counts),
 * a size cap for each string and list built, a cap on everything built (so that many strings under the cap
 * cannot add up), the output's size, and the depth of macro calls and includes. A render that reaches one
 * ends with a `LimitError` naming it, long before the machine is exhausted.
 */

const LIMITS = {
    steps: 2_000_000,
    /** Characters in one string (UTF-16 units). */
    stringChars: 32 * 1024 * 1024,
    /** Characters and list items built over the whole render. */
    builtUnits: 128 * 1024 * 1024,
    /** Items in one list, or in a range(). */
    listItems: 1_000_000,
    outputChars: 64 * 1024 * 1024,
    depth: 100
};
class Budget {
    limits;
    steps = 0;
    built = 0;
    depth = 0;
    constructor(limits = LIMITS) {
        this.limits = limits;
    }
    step() {
        if (++this.steps > this.limits.steps)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitError */ .oC(`the template took more than ${this.limits.steps} steps (a loop too long, or recursion); rendering stopped`);
    }
    /** A string of `chars` characters is about to be built, of which `added` are new memory (all, by default). */
    string(chars, added = chars) {
        if (chars > this.limits.stringChars)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitError */ .oC(`a string of ${chars} characters is over the limit of ${this.limits.stringChars} characters`);
        this.spend(added);
    }
    /** A list of `items` items is about to be built. */
    list(items) {
        if (items > this.limits.listItems)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitError */ .oC(`a list of ${items} items is over the limit of ${this.limits.listItems} items`);
        this.spend(items);
    }
    spend(units) {
        this.built += units;
        if (this.built > this.limits.builtUnits)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitError */ .oC(`the template built more than ${this.limits.builtUnits} characters and list items in all; rendering stopped`);
    }
    enter(what) {
        if (++this.depth > this.limits.depth)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitError */ .oC(`${what} nested more than ${this.limits.depth} levels deep (recursion?)`);
    }
    leave() {
        this.depth--;
    }
}
let current = { budget: new Budget(), strict: false };
const state = () => current;
/** Run `f` with `s` as the render in progress (restored after, so renders can nest). */
function withState(s, f) {
    const saved = current;
    current = s;
    try {
        return f();
    }
    finally {
        current = saved;
    }
}


/***/ }),

/***/ 71739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   WO: () => (/* binding */ getattr),
/* harmony export */   _k: () => (/* binding */ getpath),
/* harmony export */   c9: () => (/* binding */ getitem)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88322);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23125);
/* harmony import */ var _methods_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28619);
/* harmony import */ var _ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50329);
/* harmony import */ var _pystr_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28887);
/* harmony import */ var _sandbox_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80674);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65707);
/**
 * Member lookup and calls, the sandbox's door: `obj.name` finds only a method of our tables, a dict's item or
 * an attribute of one of our objects; `obj[key]` an item first; a call reaches only a callable we registered.
 */







/** `obj.name`: a method of the type, then a dict's item or an object's attribute. */
function getattr(obj, name) {
    (0,_sandbox_js__WEBPACK_IMPORTED_MODULE_5__/* .checkName */ .I)(name);
    if (obj instanceof _values_js__WEBPACK_IMPORTED_MODULE_6__/* .Undefined */ .rK)
        return obj;
    const m = (0,_methods_js__WEBPACK_IMPORTED_MODULE_2__/* .method */ .E)(obj, name);
    if (m)
        return m;
    if (obj instanceof _values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyDict */ .KL && obj.map.has(name))
        return obj.map.get(name);
    if (obj instanceof _values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyObject */ .By && obj.attrs.has(name))
        return obj.attrs.get(name);
    return new _values_js__WEBPACK_IMPORTED_MODULE_6__/* .Undefined */ .rK(`'${(0,_values_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(obj)} object' has no attribute '${name}'`);
}
/** `obj[key]`: an item, then (for a string key) an attribute. */
function getitem(obj, key) {
    if (typeof key === 'string')
        (0,_sandbox_js__WEBPACK_IMPORTED_MODULE_5__/* .checkName */ .I)(key);
    if (obj instanceof _values_js__WEBPACK_IMPORTED_MODULE_6__/* .Undefined */ .rK)
        return obj;
    const v = (0,_ops_js__WEBPACK_IMPORTED_MODULE_3__/* .index */ .Pe)(obj, key);
    if (v !== undefined)
        return v;
    if (typeof key === 'string') {
        const a = getattr(obj, key);
        if (!(a instanceof _values_js__WEBPACK_IMPORTED_MODULE_6__/* .Undefined */ .rK))
            return a;
    }
    return new _values_js__WEBPACK_IMPORTED_MODULE_6__/* .Undefined */ .rK(`'${(0,_values_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(obj)} object' has no element ${(0,_pystr_js__WEBPACK_IMPORTED_MODULE_4__/* .repr */ .Sj)(key)}`);
}
/** A dotted attribute path of filters (`map(attribute='a.b')`, `sort(attribute='0')`). */
function getpath(obj, path) {
    let v = obj;
    for (const part of typeof path === 'string' ? path.split('.') : [path]) {
        v = typeof part === 'string' && /^\d+$/.test(part) ? getitem(v, Number(part)) : getitem(v, part);
    }
    return v;
}
function call(f, args, kw) {
    if (f instanceof _values_js__WEBPACK_IMPORTED_MODULE_6__/* .PyFunc */ .of) {
        try {
            return f.call(args, kw);
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w)
                throw e;
            const err = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`${f.name}(): ${e instanceof Error ? e.message : String(e)}`);
            err.cause = e;
            throw err;
        }
    }
    if (f instanceof _values_js__WEBPACK_IMPORTED_MODULE_6__/* .Undefined */ .rK) {
        if ((0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().strict)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UndefinedError */ .$Y(f.hint);
        return f;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`'${(0,_values_js__WEBPACK_IMPORTED_MODULE_6__/* .typeName */ .go)(f)}' object is not callable`);
}


/***/ }),

/***/ 28619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ method),
/* harmony export */   H: () => (/* binding */ replace)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88322);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23125);
/* harmony import */ var _ops_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50329);
/* harmony import */ var _pystr_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28887);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65707);
/**
 * The Python methods of str, list, tuple and dict that recipes call (`version.split('.')`,
 * `name.replace('-', '_')`, `d.get('k', 1)`, `deps.append(x)`), as registered callables bound to their object.
 */





const arg = (a, i, kw, name) => (i < a.length ? a[i] : kw.get(name));
const optInt = (v) => (v === undefined || v === null ? undefined : Number(v));
function text(v, method) {
    if (typeof v !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`${method}() argument must be str, not ${v === undefined ? 'nothing' : (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(v)}`);
    return v;
}
function split(s, sep, max, right) {
    const limit = optInt(max) ?? -1;
    const n = limit < 0 ? Infinity : limit;
    if (sep === undefined || sep === null) {
        const words = s.split(/\s+/).filter(Boolean);
        if (n >= words.length - 1)
            return words;
        if (right) {
            const tail = words.slice(words.length - n);
            const head = s.trimEnd().slice(0, s.trimEnd().length - tail.join(' ').length);
            return [head.trimEnd(), ...tail];
        }
        const out = [];
        let rest = s.trimStart();
        for (let i = 0; i < n; i++) {
            const m = /\s+/.exec(rest);
            out.push(rest.slice(0, m.index));
            rest = rest.slice(m.index + m[0].length);
        }
        return [...out, rest];
    }
    const d = text(sep, 'split');
    if (d === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('empty separator');
    const parts = s.split(d);
    if (n >= parts.length - 1)
        return parts;
    return right ? [parts.slice(0, parts.length - n).join(d), ...parts.slice(parts.length - n)] : [...parts.slice(0, n), parts.slice(n).join(d)];
}
function strip(s, chars, left, right) {
    const set = chars === undefined || chars === null ? undefined : new Set(text(chars, 'strip'));
    const drop = (c) => (set ? set.has(c) : /\s/.test(c));
    let a = 0;
    let b = s.length;
    while (left && a < b && drop(s[a]))
        a++;
    while (right && b > a && drop(s[b - 1]))
        b--;
    return s.slice(a, b);
}
function replace(s, old, rep, count) {
    const parts = s.split(old);
    const n = count === undefined || count < 0 ? parts.length - 1 : Math.min(count, parts.length - 1);
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.string(s.length + n * Math.max(0, rep.length - old.length));
    if (old === '') {
        const chars = Array.from(s);
        return chars.map((c, i) => (i < n ? rep + c : c)).join('') + (n > chars.length ? rep : '');
    }
    return parts.slice(0, n + 1).join(rep) + (n + 1 < parts.length ? old + parts.slice(n + 1).join(old) : '');
}
function affixes(v, method) {
    return Array.isArray(v) && (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .isTuple */ .l0)(v) ? v.map(x => text(x, method)) : [text(v, method)];
}
function justify(s, width, fill, where) {
    const w = Number(width ?? 0);
    const f = fill === undefined ? ' ' : text(fill, 'fill');
    if (w <= s.length)
        return s;
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.string(w);
    const n = w - s.length;
    if (where === 'l')
        return s + f.repeat(n);
    if (where === 'r')
        return f.repeat(n) + s;
    const left = Math.floor(n / 2) + ((n % 2) & (w % 2));
    return f.repeat(left) + s + f.repeat(n - left);
}
function find(s, sub, start, end, right) {
    const a = optInt(start) ?? 0;
    const b = optInt(end) ?? s.length;
    const from = a < 0 ? Math.max(0, s.length + a) : a;
    const to = b < 0 ? s.length + b : Math.min(b, s.length);
    const window = s.slice(from, to);
    const i = right ? window.lastIndexOf(sub) : window.indexOf(sub);
    return i < 0 || from > s.length ? -1 : i + from;
}
const STR = {
    split: (s, a, kw) => split(s, arg(a, 0, kw, 'sep'), arg(a, 1, kw, 'maxsplit'), false),
    rsplit: (s, a, kw) => split(s, arg(a, 0, kw, 'sep'), arg(a, 1, kw, 'maxsplit'), true),
    splitlines: s => s.split(/\r\n|\r|\n/).filter((l, i, all) => i < all.length - 1 || l !== ''),
    strip: (s, a) => strip(s, a[0], true, true),
    lstrip: (s, a) => strip(s, a[0], true, false),
    rstrip: (s, a) => strip(s, a[0], false, true),
    replace: (s, a, kw) => replace(s, text(a[0], 'replace'), text(a[1], 'replace'), optInt(arg(a, 2, kw, 'count'))),
    startswith: (s, a) => affixes(a[0], 'startswith').some(p => s.slice(optInt(a[1]) ?? 0, optInt(a[2])).startsWith(p)),
    endswith: (s, a) => affixes(a[0], 'endswith').some(p => s.slice(optInt(a[1]) ?? 0, optInt(a[2])).endsWith(p)),
    lower: s => s.toLowerCase(),
    upper: s => s.toUpperCase(),
    casefold: s => s.toLowerCase(),
    swapcase: s => Array.from(s, c => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
    capitalize: s => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
    title: s => s.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_, p, c) => p + c.toUpperCase()),
    join: (s, a) => {
        const items = (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .iterate */ .nl)(a[0] ?? null).map(x => text(x, 'join'));
        (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.string(items.reduce((n, x) => n + x.length + s.length, 0));
        return items.join(s);
    },
    find: (s, a) => find(s, text(a[0], 'find'), a[1], a[2], false),
    rfind: (s, a) => find(s, text(a[0], 'rfind'), a[1], a[2], true),
    index: (s, a) => {
        const i = find(s, text(a[0], 'index'), a[1], a[2], false);
        if (i < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('substring not found');
        return i;
    },
    rindex: (s, a) => {
        const i = find(s, text(a[0], 'rindex'), a[1], a[2], true);
        if (i < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('substring not found');
        return i;
    },
    count: (s, a) => {
        const sub = text(a[0], 'count');
        const w = s.slice(optInt(a[1]) ?? 0, optInt(a[2]));
        return sub === '' ? w.length + 1 : w.split(sub).length - 1;
    },
    partition: (s, a) => {
        const sep = text(a[0], 'partition');
        const i = s.indexOf(sep);
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .tuple */ .PV)(i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    rpartition: (s, a) => {
        const sep = text(a[0], 'rpartition');
        const i = s.lastIndexOf(sep);
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .tuple */ .PV)(i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    removeprefix: (s, a) => (s.startsWith(text(a[0], 'removeprefix')) ? s.slice(text(a[0], 'removeprefix').length) : s),
    removesuffix: (s, a) => (a[0] !== '' && s.endsWith(text(a[0], 'removesuffix')) ? s.slice(0, -text(a[0], 'removesuffix').length) : s),
    zfill: (s, a) => {
        const w = Number(a[0] ?? 0);
        if (w <= s.length)
            return s;
        (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.string(w);
        const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
        return sign + s.slice(sign.length).padStart(w - sign.length, '0');
    },
    ljust: (s, a) => justify(s, a[0], a[1], 'l'),
    rjust: (s, a) => justify(s, a[0], a[1], 'r'),
    center: (s, a) => justify(s, a[0], a[1], 'c'),
    format: (s, a, kw) => (0,_pystr_js__WEBPACK_IMPORTED_MODULE_3__/* .strFormat */ .xt)(s, a, kw),
    isdigit: s => /^\d+$/.test(s),
    isnumeric: s => /^\d+$/.test(s),
    isdecimal: s => /^\d+$/.test(s),
    isalpha: s => /^\p{L}+$/u.test(s),
    isalnum: s => /^[\p{L}\d]+$/u.test(s),
    isspace: s => /^\s+$/.test(s),
    islower: s => /\p{Ll}/u.test(s) && s === s.toLowerCase(),
    isupper: s => /\p{Lu}/u.test(s) && s === s.toUpperCase(),
    isidentifier: s => /^[A-Za-z_]\w*$/.test(s)
};
function indexOf(l, x) {
    const i = l.findIndex(v => (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .pyEquals */ .PU)(v, x));
    if (i < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`${(0,_pystr_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(x)} is not in list`);
    return i;
}
const SEQ = {
    index: (l, a) => indexOf(l, a[0] ?? null),
    count: (l, a) => l.filter(v => (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .pyEquals */ .PU)(v, a[0] ?? null)).length
};
const LIST = {
    ...SEQ,
    append: (l, a) => {
        (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.list(l.length + 1);
        l.push(a[0] ?? null);
        return null;
    },
    extend: (l, a) => {
        const items = (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .iterate */ .nl)(a[0] ?? null);
        (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.list(l.length + items.length);
        for (let i = 0, n = items.length; i < n; i++)
            l.push(items[i]);
        return null;
    },
    insert: (l, a) => {
        (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.list(l.length + 1);
        const i = Number(a[0]);
        l.splice(i < 0 ? Math.max(0, l.length + i) : i, 0, a[1] ?? null);
        return null;
    },
    pop: (l, a) => {
        if (!l.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('pop from empty list');
        const i = optInt(a[0]) ?? -1;
        const j = i < 0 ? l.length + i : i;
        if (j < 0 || j >= l.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('pop index out of range');
        return l.splice(j, 1)[0];
    },
    remove: (l, a) => {
        l.splice(indexOf(l, a[0] ?? null), 1);
        return null;
    },
    reverse: l => {
        l.reverse();
        return null;
    },
    sort: (l, _a, kw) => {
        l.sort((x, y) => (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .compare */ .UD)(x, y, '<'));
        if (kw.get('reverse') === true)
            l.reverse();
        return null;
    },
    copy: l => [...l],
    clear: l => {
        l.length = 0;
        return null;
    }
};
const DICT = {
    get: (d, a) => {
        const k = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .toKey */ .fw)(a[0] ?? null);
        return d.map.has(k) ? d.map.get(k) : (a[1] ?? null);
    },
    keys: d => [...d.map.keys()],
    values: d => [...d.map.values()],
    items: d => [...d.map].map(([k, v]) => (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .tuple */ .PV)([k, v])),
    copy: d => new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .PyDict */ .KL(d.map),
    pop: (d, a) => {
        const k = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .toKey */ .fw)(a[0] ?? null);
        if (!d.map.has(k)) {
            if (a.length > 1)
                return a[1];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`KeyError: ${(0,_pystr_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(k)}`);
        }
        const v = d.map.get(k);
        d.map.delete(k);
        return v;
    },
    setdefault: (d, a) => {
        const k = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .toKey */ .fw)(a[0] ?? null);
        if (!d.map.has(k))
            d.map.set(k, a[1] ?? null);
        return d.map.get(k);
    },
    update: (d, a, kw) => {
        const other = a[0];
        if (other instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .PyDict */ .KL)
            for (const [k, v] of other.map)
                d.map.set(k, v);
        else if (other !== undefined)
            for (const pair of (0,_ops_js__WEBPACK_IMPORTED_MODULE_2__/* .iterate */ .nl)(other))
                d.map.set((0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .toKey */ .fw)(pair[0]), pair[1]);
        for (const [k, v] of kw)
            d.map.set(k, v);
        return null;
    }
};
/** The method `name` of `obj`, bound; undefined when the type has none of that name. */
function method(obj, name) {
    let table;
    if (typeof obj === 'string')
        table = STR;
    else if (Array.isArray(obj))
        table = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .isTuple */ .l0)(obj) ? SEQ : LIST;
    else if (obj instanceof _values_js__WEBPACK_IMPORTED_MODULE_4__/* .PyDict */ .KL)
        table = DICT;
    if (!table || !Object.hasOwn(table, name))
        return undefined;
    const m = table[name];
    return new _values_js__WEBPACK_IMPORTED_MODULE_4__/* .PyFunc */ .of(`${(0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .typeName */ .go)(obj)}.${name}`, (a, kw) => m(obj, a, kw));
}


/***/ }),

/***/ 50329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ length),
/* harmony export */   HH: () => (/* binding */ arith),
/* harmony export */   PU: () => (/* binding */ pyEquals),
/* harmony export */   Pe: () => (/* binding */ index),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   di: () => (/* binding */ slice),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   iO: () => (/* binding */ cmpOp),
/* harmony export */   nl: () => (/* binding */ iterate),
/* harmony export */   x_: () => (/* binding */ concatStrings),
/* harmony export */   ze: () => (/* binding */ negate)
/* harmony export */ });
/* unused harmony export sliceIndices */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88322);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23125);
/* harmony import */ var _pystr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28887);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65707);
/**
 * Python's operators on template values: equality, ordering, `in`, arithmetic, iteration, len(), indexing
 * and slicing. Shared by templates and line selectors. Strings and lists built here are counted against
 * the render's budget.
 */




function pyEquals(a, b) {
    const x = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(a);
    const y = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(b);
    if (x !== undefined && y !== undefined)
        return x === y;
    if (Array.isArray(a) && Array.isArray(b))
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(a) === (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(b) && a.length === b.length && a.every((v, i) => pyEquals(v, b[i]));
    if (a instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL && b instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL)
        return a.map.size === b.map.size && [...a.map].every(([k, v]) => b.map.has(k) && pyEquals(v, b.map.get(k)));
    if (a instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK && b instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK)
        return true;
    return a === b;
}
/** The undefined operand of an operation: in strict mode an error, else the result is undefined too. */
function undefinedOperand(a, b) {
    const u = a instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK ? a : b instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK ? b : undefined;
    if (u && (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().strict)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UndefinedError */ .$Y(u.hint);
    return u;
}
function compare(a, b, op) {
    const x = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(a);
    const y = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(b);
    if (x !== undefined && y !== undefined)
        return x < y ? -1 : x > y ? 1 : 0;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    if (Array.isArray(a) && Array.isArray(b) && (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(a) === (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(b)) {
        for (let i = 0; i < Math.min(a.length, b.length); i++)
            if (!pyEquals(a[i], b[i]))
                return compare(a[i], b[i], op);
        return a.length - b.length;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`'${op}' not supported between '${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(a)}' and '${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(b)}'`);
}
function contains(container, item) {
    if (typeof container === 'string') {
        if (item instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK)
            return false;
        if (typeof item !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`'in <string>' requires a string as left operand, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(item)}`);
        return container.includes(item);
    }
    if (Array.isArray(container))
        return container.some(v => pyEquals(v, item));
    if (container instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL)
        return container.map.has((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .toKey */ .fw)(item));
    if (container instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK)
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`argument of type '${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(container)}' is not iterable`);
}
/** A comparison operator: ==, !=, <, <=, >, >=, in, not in, is, is not. */
function cmpOp(op, a, b) {
    switch (op) {
        case '==':
            return pyEquals(a, b);
        case '!=':
            return !pyEquals(a, b);
        case 'in':
            return contains(b, a);
        case 'not in':
            return !contains(b, a);
        case 'is':
            return a === b || (a instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK && b instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK);
        case 'is not':
            return !(a === b || (a instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK && b instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK));
    }
    const u = undefinedOperand(a, b);
    if (u)
        return u;
    const c = compare(a, b, op);
    return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
}
function repeat(seq, times) {
    const n = Math.max(0, times);
    if (typeof seq === 'string') {
        (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.string(seq.length * n);
        return seq.repeat(n);
    }
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.list(seq.length * n);
    const out = [];
    for (let i = 0; i < n; i++)
        for (const x of seq)
            out.push(x);
    return ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(seq) ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PV)(out) : out);
}
function numeric(op, x, y, asFloat) {
    if ((op === '/' || op === '//' || op === '%') && y === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(op === '%' ? 'integer modulo by zero' : 'division by zero');
    switch (op) {
        case '+':
            return asFloat ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .float */ .fV)(x + y) : x + y;
        case '-':
            return asFloat ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .float */ .fV)(x - y) : x - y;
        case '*':
            return asFloat ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .float */ .fV)(x * y) : x * y;
        case '/':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .float */ .fV)(x / y);
        case '//':
            return asFloat ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .float */ .fV)(Math.floor(x / y)) : Math.floor(x / y);
        case '%': {
            const r = x - y * Math.floor(x / y);
            return asFloat ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .float */ .fV)(r) : r;
        }
        default: {
            const r = x ** y;
            return asFloat || y < 0 ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .float */ .fV)(r) : r;
        }
    }
}
/** A binary arithmetic operator: + - * / // % **. */
function arith(op, a, b) {
    const u = undefinedOperand(a, b);
    if (u)
        return u;
    const x = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(a);
    const y = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(b);
    if (x !== undefined && y !== undefined)
        return numeric(op, x, y, (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isFloat */ .dk)(a) || (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isFloat */ .dk)(b));
    if (op === '+' && typeof a === 'string' && typeof b === 'string')
        return concatStrings(a, b);
    if (op === '+' && Array.isArray(a) && Array.isArray(b) && (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(a) === (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(b)) {
        (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.list(a.length + b.length);
        const out = a.concat(b);
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(a) ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PV)(out) : out;
    }
    if (op === '*' && (typeof a === 'string' || Array.isArray(a)) && ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isInt */ .E6)(b) || typeof b === 'boolean'))
        return repeat(a, Number(b));
    if (op === '*' && (typeof b === 'string' || Array.isArray(b)) && ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isInt */ .E6)(a) || typeof a === 'boolean'))
        return repeat(b, Number(a));
    if (op === '%' && typeof a === 'string')
        return (0,_pystr_js__WEBPACK_IMPORTED_MODULE_2__/* .percentFormat */ .b$)(a, b);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`unsupported operand type(s) for ${op}: '${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(a)}' and '${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(b)}'`);
}
/**
 * a + b for strings. JavaScript joins them without copying (a rope), so the new memory is about the shorter
 * one; the length is still capped, and flattening happens only on output, which has its own cap.
 */
function concatStrings(a, b) {
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.string(a.length + b.length, Math.min(a.length, b.length));
    return a + b;
}
function negate(v, op) {
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK)
        return undefinedOperand(v, null);
    const n = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(v);
    if (n === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`bad operand type for unary ${op}: '${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}'`);
    const r = op === '-' ? -n : n;
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isFloat */ .dk)(v) ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .float */ .fV)(r) : r;
}
/** The items `for` walks: a list's items, a string's characters, a dict's keys; nothing for undefined. */
function iterate(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string')
        return Array.from(v);
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL)
        return [...v.map.keys()];
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK) {
        if ((0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().strict)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UndefinedError */ .$Y(v.hint);
        return [];
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`'${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}' object is not iterable`);
}
function length(v) {
    if (typeof v === 'string' || Array.isArray(v))
        return v.length;
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL)
        return v.map.size;
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK)
        return 0;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`object of type '${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}' has no len()`);
}
const intArg = (v, what) => {
    if (v === null || v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK)
        return undefined;
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isInt */ .E6)(v) && typeof v !== 'boolean')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`${what} must be an integer or None, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}`);
    return Number(v);
};
/** The indices a slice [start:stop:step] selects, as Python's slice.indices(). */
function sliceIndices(len, start, stop, step) {
    const st = intArg(step, 'slice step') ?? 1;
    if (st === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('slice step cannot be zero');
    const clamp = (v, dflt, lo, hi) => {
        if (v === undefined)
            return dflt;
        const i = v < 0 ? v + len : v;
        return Math.min(Math.max(i, lo), hi);
    };
    const a = clamp(intArg(start, 'slice start'), st > 0 ? 0 : len - 1, st > 0 ? 0 : -1, st > 0 ? len : len - 1);
    const b = clamp(intArg(stop, 'slice stop'), st > 0 ? len : -1, st > 0 ? 0 : -1, st > 0 ? len : len - 1);
    const out = [];
    for (let i = a; st > 0 ? i < b : i > b; i += st)
        out.push(i);
    return out;
}
function slice(v, start, stop, step) {
    if (typeof v === 'string') {
        const chars = Array.from(v);
        return sliceIndices(chars.length, start, stop, step)
            .map(i => chars[i])
            .join('');
    }
    if (Array.isArray(v)) {
        const out = sliceIndices(v.length, start, stop, step).map(i => v[i]);
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(v) ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PV)(out) : out;
    }
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK)
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`'${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}' object is not subscriptable`);
}
/** v[i] for sequences and dicts; undefined (with Jinja2's hint) when absent. */
function index(v, i) {
    if ((typeof v === 'string' || Array.isArray(v)) && ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isInt */ .E6)(i) || typeof i === 'boolean')) {
        const seq = typeof v === 'string' ? Array.from(v) : v;
        const j = Number(i) < 0 ? seq.length + Number(i) : Number(i);
        return j >= 0 && j < seq.length ? seq[j] : undefined;
    }
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL) {
        const k = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .toKey */ .fw)(i);
        return v.map.has(k) ? v.map.get(k) : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 95173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ parseExpression),
  Q: () => (/* binding */ parseTemplate)
});

// EXTERNAL MODULE: ./src/conda/recipe/jinja/errors.ts
var errors = __webpack_require__(88322);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/lexer.ts
var lexer = __webpack_require__(15983);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/values.ts
var values = __webpack_require__(65707);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja/parse-expr.ts



const MAX_NESTING = 100;
const CMP = ['==', '!=', '<', '<=', '>', '>='];
class ExprParser {
    toks;
    src;
    python;
    i = 0;
    nesting = 0;
    constructor(toks, src, python = false) {
        this.toks = toks;
        this.src = src;
        this.python = python;
    }
    peek(k = 0) {
        return this.toks[Math.min(this.i + k, this.toks.length - 1)];
    }
    next() {
        return this.toks[this.i++];
    }
    is(value, k = 0) {
        const t = this.peek(k);
        return (t.type === 'op' || t.type === 'name') && t.value === value;
    }
    skip(value) {
        if (!this.is(value))
            return false;
        this.i++;
        return true;
    }
    error(message, t = this.peek()) {
        const { line0, column0 } = (0,lexer/* lineCol */.xX)(this.src, t.pos);
        return new errors/* TemplateSyntaxError */.Cb(message, line0, column0);
    }
    describe(t) {
        if (t.type === 'eof')
            return 'end of template';
        if (t.type === 'block_end' || t.type === 'var_end')
            return `end of ${t.type === 'block_end' ? 'statement block' : 'print statement'}`;
        return `'${t.value}'`;
    }
    expect(value) {
        if (!this.is(value))
            throw this.error(`expected '${value}', got ${this.describe(this.peek())}`);
        return this.next();
    }
    name() {
        const t = this.peek();
        if (t.type !== 'name')
            throw this.error(`expected a name, got ${this.describe(t)}`);
        this.i++;
        return t.value;
    }
    deeper(f) {
        if (++this.nesting > MAX_NESTING)
            throw this.error(`expression nested more than ${MAX_NESTING} levels deep`);
        try {
            return f();
        }
        finally {
            this.nesting--;
        }
    }
    expression() {
        return this.deeper(() => this.condexpr());
    }
    condexpr() {
        let e = this.or();
        while (this.is('if')) {
            const pos = this.next().pos;
            const test = this.or();
            const b = this.skip('else') ? this.condexpr() : undefined;
            e = { t: 'cond', pos, test, a: e, b };
        }
        return e;
    }
    or() {
        let a = this.and();
        while (this.is('or'))
            a = { t: 'or', pos: this.next().pos, a, b: this.and() };
        return a;
    }
    and() {
        let a = this.not();
        while (this.is('and'))
            a = { t: 'and', pos: this.next().pos, a, b: this.not() };
        return a;
    }
    not() {
        if (this.is('not'))
            return { t: 'not', pos: this.next().pos, a: this.deeper(() => this.not()) };
        return this.compare();
    }
    compareOp() {
        const t = this.peek();
        if (t.type === 'op' && CMP.includes(t.value))
            return this.next().value;
        if (this.is('in'))
            return this.next().value;
        if (this.is('not') && this.is('in', 1)) {
            this.i += 2;
            return 'not in';
        }
        if (this.python && this.is('is')) {
            this.i++;
            return this.skip('not') ? 'is not' : 'is';
        }
        return undefined;
    }
    compare() {
        const first = this.math1();
        const ops = [];
        for (let op = this.compareOp(); op; op = this.compareOp())
            ops.push([op, this.math1()]);
        return ops.length ? { t: 'cmp', pos: first.pos, first, ops } : first;
    }
    math1() {
        let a = this.concat();
        while (this.is('+') || this.is('-')) {
            const t = this.next();
            a = { t: 'bin', pos: t.pos, op: t.value, a, b: this.concat() };
        }
        return a;
    }
    concat() {
        const items = [this.math2()];
        while (!this.python && this.is('~')) {
            this.i++;
            items.push(this.math2());
        }
        return items.length > 1 ? { t: 'concat', pos: items[0].pos, items } : items[0];
    }
    math2() {
        let a = this.pow();
        while (['*', '/', '//', '%'].some(o => this.is(o))) {
            const t = this.next();
            a = { t: 'bin', pos: t.pos, op: t.value, a, b: this.pow() };
        }
        return a;
    }
    pow() {
        let a = this.unary(true);
        while (this.is('**'))
            a = { t: 'bin', pos: this.next().pos, op: '**', a, b: this.unary(true) };
        return a;
    }
    unary(withFilter) {
        let e;
        if (this.is('-') || this.is('+')) {
            const t = this.next();
            e = { t: 'unary', pos: t.pos, op: t.value, a: this.deeper(() => this.unary(false)) };
        }
        else
            e = this.postfix(this.primary());
        return withFilter && !this.python ? this.filterExpr(e) : e;
    }
    primary() {
        const t = this.next();
        const pos = t.pos;
        if (t.type === 'name') {
            if (t.value === 'true' || t.value === 'True')
                return { t: 'const', pos, v: true };
            if (t.value === 'false' || t.value === 'False')
                return { t: 'const', pos, v: false };
            if (t.value === 'none' || t.value === 'None')
                return { t: 'const', pos, v: null };
            return { t: 'name', pos, n: t.value };
        }
        if (t.type === 'string') {
            let v = t.value;
            while (this.peek().type === 'string')
                v += this.next().value;
            return { t: 'const', pos, v };
        }
        if (t.type === 'int')
            return { t: 'const', pos, v: t.num ?? 0 };
        if (t.type === 'float')
            return { t: 'const', pos, v: Number.isInteger(t.num) ? new values/* Float */.nt(t.num ?? 0) : (t.num ?? 0) };
        if (t.value === '(' && t.type === 'op')
            return this.deeper(() => this.tuple(true));
        if (t.value === '[' && t.type === 'op')
            return this.deeper(() => ({ t: 'list', pos, items: this.items(']', () => this.expression()) }));
        if (t.value === '{' && t.type === 'op')
            return this.deeper(() => ({ t: 'dict', pos, pairs: this.items('}', () => this.pair()) }));
        throw this.error(`unexpected ${this.describe(t)}`, t);
    }
    pair() {
        const k = this.expression();
        this.expect(':');
        return [k, this.expression()];
    }
    /** Comma-separated items up to `close` (a trailing comma allowed). */
    items(close, item) {
        const out = [];
        while (!this.is(close)) {
            if (out.length)
                this.expect(',');
            if (this.is(close))
                break;
            out.push(item());
        }
        this.expect(close);
        return out;
    }
    /** A tuple without parentheses (`a, b`) or in them; one item without a comma is the item itself. */
    tuple(explicit, kind = 'full') {
        const pos = this.peek().pos;
        const items = [];
        let comma = false;
        const end = () => {
            const t = this.peek();
            return explicit ? this.is(')') : t.type === 'block_end' || t.type === 'var_end' || t.type === 'eof' || this.is('in') || this.is('=');
        };
        while (!end()) {
            if (items.length) {
                this.expect(',');
                comma = true;
                if (end())
                    break;
            }
            items.push(kind === 'nocond' ? this.deeper(() => this.or()) : this.expression());
            if (!this.is(','))
                break;
        }
        if (explicit)
            this.expect(')');
        if (!items.length && !explicit)
            throw this.error(`expected an expression, got ${this.describe(this.peek())}`);
        return items.length === 1 && !comma ? items[0] : { t: 'tuple', pos, items };
    }
    postfix(e) {
        for (;;) {
            if (this.is('.')) {
                const dot = this.next();
                const t = this.next();
                if (t.type === 'name')
                    e = { t: 'attr', pos: t.pos, obj: e, name: t.value };
                else if (t.type === 'int')
                    e = { t: 'item', pos: t.pos, obj: e, key: { t: 'const', pos: t.pos, v: t.num ?? 0 } };
                else
                    throw this.error(`expected a name after '.'`, dot);
            }
            else if (this.is('['))
                e = this.deeper(() => this.subscript(e));
            else if (this.is('('))
                e = this.deeper(() => ({ t: 'call', pos: this.peek().pos, f: e, ...this.callArgs() }));
            else
                return e;
        }
    }
    subscript(obj) {
        const pos = this.expect('[').pos;
        const part = () => (this.is(':') || this.is(']') ? undefined : this.expression());
        const start = part();
        if (!this.is(':')) {
            if (!start)
                throw this.error('expected an index');
            let key = start;
            if (this.skip(','))
                key = { t: 'tuple', pos: start.pos, items: [start, ...this.items(']', () => this.expression())] };
            else
                this.expect(']');
            return { t: 'item', pos, obj, key };
        }
        this.next();
        const stop = part();
        const step = this.skip(':') ? part() : undefined;
        this.expect(']');
        return { t: 'slice', pos, obj, start, stop, step };
    }
    callArgs() {
        this.expect('(');
        const out = { args: [], kwargs: [] };
        this.items(')', () => {
            if (this.skip('**'))
                out.dstar = this.expression();
            else if (this.skip('*'))
                out.star = this.expression();
            else if (this.peek().type === 'name' && this.is('=', 1)) {
                const n = this.name();
                this.next();
                out.kwargs.push([n, this.expression()]);
            }
            else {
                if (out.kwargs.length || out.dstar)
                    throw this.error('a positional argument after keyword arguments');
                out.args.push(this.expression());
            }
            return null;
        });
        return out;
    }
    filterExpr(e) {
        for (;;) {
            if (this.is('|'))
                e = this.filter(e, this.next());
            else if (this.is('is'))
                e = this.test(e);
            else if (this.is('('))
                e = { t: 'call', pos: this.peek().pos, f: e, ...this.callArgs() };
            else
                return e;
        }
    }
    filter(a, at) {
        let name = this.name();
        while (this.is('.')) {
            this.next();
            name += `.${this.name()}`;
        }
        const args = this.is('(') ? this.callArgs() : { args: [], kwargs: [] };
        return { t: 'filter', pos: at.pos, a, name, ...args };
    }
    test(a) {
        const pos = this.next().pos;
        const negate = this.skip('not');
        let name = this.name();
        while (this.is('.')) {
            this.next();
            name += `.${this.name()}`;
        }
        let args = { args: [], kwargs: [] };
        const t = this.peek();
        if (this.is('('))
            args = this.callArgs();
        else if (['name', 'string', 'int', 'float'].includes(t.type) || this.is('[') || this.is('{')) {
            if (!(t.type === 'name' && ['else', 'or', 'and'].includes(t.value))) {
                if (this.is('is'))
                    throw this.error('tests cannot be chained with is');
                args = { args: [this.postfix(this.primary())], kwargs: [] };
            }
        }
        return { t: 'test', pos, a, name, negate, ...args };
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/jinja/parser.ts


const MAX_BLOCK_NESTING = 100;
class Parser extends ExprParser {
    blocks = 0;
    template() {
        const body = this.subparse([]);
        if (this.peek().type !== 'eof')
            throw this.error(`unexpected ${this.describe(this.peek())}`);
        return body;
    }
    /** Statements until one of `ends` (a block tag name) is next; that tag is left for the caller. */
    subparse(ends) {
        const out = [];
        for (;;) {
            const t = this.peek();
            if (t.type === 'eof') {
                if (ends.length)
                    throw this.error(`unexpected end of template: expected ${ends.map(e => `'{% ${e} %}'`).join(' or ')}`);
                return out;
            }
            if (t.type === 'data') {
                this.next();
                out.push({ t: 'data', pos: t.pos, text: t.value });
            }
            else if (t.type === 'var_begin') {
                this.next();
                const e = this.tuple(false);
                this.end('var_end');
                out.push({ t: 'print', pos: t.pos, e });
            }
            else if (t.type === 'block_begin') {
                const tag = this.peek(1);
                if (tag.type === 'name' && ends.includes(tag.value))
                    return out;
                this.next();
                if (++this.blocks > MAX_BLOCK_NESTING)
                    throw this.error(`blocks nested more than ${MAX_BLOCK_NESTING} levels deep`);
                out.push(this.statement());
                this.blocks--;
            }
            else
                throw this.error(`unexpected ${this.describe(t)}`);
        }
    }
    end(type) {
        const t = this.peek();
        if (t.type !== type)
            throw this.error(`expected ${type === 'block_end' ? "'%}'" : "'}}'"}, got ${this.describe(t)}`);
        this.next();
    }
    tagEnd(name) {
        this.next(); // block_begin
        const t = this.next();
        if (t.value !== name)
            throw this.error(`expected '{% ${name} %}'`, t);
        this.end('block_end');
    }
    body(ends) {
        this.end('block_end');
        return this.subparse(ends);
    }
    nextTag() {
        return this.peek(1).value;
    }
    statement() {
        const t = this.peek();
        if (t.type !== 'name')
            throw this.error(`expected a tag name, got ${this.describe(t)}`);
        this.next();
        const pos = t.pos;
        switch (t.value) {
            case 'if':
                return this.ifStmt(pos);
            case 'for':
                return this.forStmt(pos);
            case 'set':
                return this.setStmt(pos);
            case 'macro': {
                const name = this.name();
                const params = this.params();
                const body = this.body(['endmacro']);
                this.tagEnd('endmacro');
                return { t: 'macro', pos, name, params, body };
            }
            case 'call': {
                const params = this.is('(') ? this.params() : [];
                const call = this.expression();
                if (call.t !== 'call')
                    throw this.error('expected a macro call after {% call %}', t);
                const body = this.body(['endcall']);
                this.tagEnd('endcall');
                return { t: 'callblock', pos, call, params, body };
            }
            case 'include':
                return this.include(pos);
            case 'import':
            case 'from':
                return this.importStmt(pos, t.value);
            case 'filter': {
                const filter = this.filterChain();
                const body = this.body(['endfilter']);
                this.tagEnd('endfilter');
                return { t: 'filterblock', pos, filter, body };
            }
            case 'with': {
                const assigns = [];
                while (this.peek().type !== 'block_end') {
                    if (assigns.length)
                        this.expect(',');
                    const target = this.target(false);
                    this.expect('=');
                    assigns.push([target, this.expression()]);
                }
                const body = this.body(['endwith']);
                this.tagEnd('endwith');
                return { t: 'with', pos, assigns, body };
            }
            case 'do': {
                const e = this.tuple(false);
                this.end('block_end');
                return { t: 'do', pos, e };
            }
            case 'block': {
                const name = this.name();
                this.skip('scoped');
                const body = this.body(['endblock']);
                this.next();
                this.next();
                if (this.peek().type === 'name')
                    this.next();
                this.end('block_end');
                return { t: 'block', pos, name, body };
            }
            case 'extends':
                throw this.error('{% extends %} is not supported in a recipe', t);
            default:
                throw this.error(`Encountered unknown tag '${t.value}'.`, t);
        }
    }
    /** An assignment target: a name, names in a tuple, or `ns.attr` (set only). */
    target(withNamespace) {
        const pos = this.peek().pos;
        const one = () => {
            if (this.skip('(')) {
                const inner = this.target(false);
                this.expect(')');
                return inner;
            }
            const t = this.peek();
            const n = this.name();
            if (withNamespace && this.skip('.'))
                return { t: 'nsattr', pos: t.pos, n, attr: this.name() };
            return { t: 'name', pos: t.pos, n };
        };
        const items = [one()];
        let comma = false;
        while (this.skip(',')) {
            comma = true;
            if (this.is('in') || this.is('=') || this.peek().type === 'block_end')
                break;
            items.push(one());
        }
        return items.length === 1 && !comma ? items[0] : { t: 'tuple', pos, items };
    }
    ifStmt(pos) {
        const branches = [];
        let test = this.tuple(false);
        let orelse = [];
        for (;;) {
            const body = this.body(['elif', 'else', 'endif']);
            branches.push([test, body]);
            this.next();
            const tag = this.next().value;
            if (tag === 'elif')
                test = this.tuple(false);
            else if (tag === 'else') {
                orelse = this.body(['endif']);
                this.tagEnd('endif');
                break;
            }
            else {
                this.end('block_end');
                break;
            }
        }
        return { t: 'if', pos, branches, orelse };
    }
    forStmt(pos) {
        const target = this.target(false);
        this.expect('in');
        const iter = this.tuple(false, 'nocond');
        const cond = this.skip('if') ? this.expression() : undefined;
        if (this.is('recursive'))
            throw this.error('recursive loops are not supported in a recipe');
        const body = this.body(['endfor', 'else']);
        let orelse = [];
        if (this.nextTag() === 'else') {
            this.next();
            this.next();
            orelse = this.body(['endfor']);
        }
        this.tagEnd('endfor');
        return { t: 'for', pos, target, iter, cond, body, orelse };
    }
    setStmt(pos) {
        const target = this.target(true);
        if (this.skip('=')) {
            const e = this.tuple(false);
            this.end('block_end');
            return { t: 'set', pos, target, e };
        }
        const filter = this.is('|') ? this.filterChain() : undefined;
        const body = this.body(['endset']);
        this.tagEnd('endset');
        return { t: 'setblock', pos, target, filter, body };
    }
    /** `| a | b(1)` or `a | b(1)` with no subject: applied to a block's output. */
    filterChain() {
        let e;
        let first = true;
        while (first || this.is('|')) {
            const at = first && !this.is('|') ? this.peek() : this.next();
            first = false;
            e = this.filter(e, at);
        }
        return e;
    }
    params() {
        this.expect('(');
        return this.items(')', () => {
            const name = this.name();
            return { name, dflt: this.skip('=') ? this.expression() : undefined };
        });
    }
    contextFlag(dflt) {
        if ((this.is('with') || this.is('without')) && this.is('context', 1)) {
            const w = this.next().value === 'with';
            this.next();
            return w;
        }
        return dflt;
    }
    include(pos) {
        const template = this.expression();
        let ignoreMissing = false;
        if (this.is('ignore') && this.is('missing', 1)) {
            this.i += 2;
            ignoreMissing = true;
        }
        const withContext = this.contextFlag(true);
        this.end('block_end');
        return { t: 'include', pos, template, ignoreMissing, withContext };
    }
    importStmt(pos, kind) {
        const template = this.expression();
        if (kind === 'import') {
            this.expect('as');
            const alias = this.name();
            const withContext = this.contextFlag(false);
            this.end('block_end');
            return { t: 'import', pos, template, alias, withContext };
        }
        this.expect('import');
        const names = [];
        do {
            if (this.peek().type !== 'name' || ((this.is('with') || this.is('without')) && this.is('context', 1)))
                break;
            const n = this.name();
            names.push([n, this.skip('as') ? this.name() : n]);
        } while (this.skip(','));
        if (!names.length)
            throw this.error('expected the names to import');
        const withContext = this.contextFlag(false);
        this.end('block_end');
        return { t: 'from', pos, template, names, withContext };
    }
}
function parseTemplate(src) {
    return new Parser((0,lexer/* tokenize */.qw)(src), src).template();
}
/** A whole expression (a selector: Python's rules for `is`, no filters). */
function parseExpression(src, python) {
    const p = new ExprParser((0,lexer/* tokenizeExpression */.uX)(src), src, python);
    const e = p.tuple(false);
    if (p.peek().type !== 'eof')
        throw p.error(`unexpected ${p.describe(p.peek())}`);
    return e;
}


/***/ }),

/***/ 28887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ floatRepr),
/* harmony export */   Sj: () => (/* binding */ repr),
/* harmony export */   b$: () => (/* binding */ percentFormat),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   xt: () => (/* binding */ strFormat)
/* harmony export */ });
/* unused harmony exports strRepr, formatSpec */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88322);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23125);
/* harmony import */ var _sandbox_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80674);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65707);
/**
 * Python's str() and repr() of template values, and its two string formatting languages:
 * `'%s-%05.2f' % (a, b)` and `'{0}-{name:>8}'.format(...)`, sharing one format-spec implementation.
 */




function floatRepr(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (!Number.isFinite(x))
        return x > 0 ? 'inf' : '-inf';
    const a = Math.abs(x);
    if (a !== 0 && (a >= 1e16 || a < 1e-4)) {
        const [m, e] = x.toExponential().split('e');
        const exp = Number(e);
        return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    const s = String(x);
    return s.includes('.') ? s : `${s}.0`;
}
function strRepr(s) {
    const q = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = q;
    for (const c of s) {
        const code = c.codePointAt(0) ?? 0;
        if (c === q || c === '\\')
            out += `\\${c}`;
        else if (c === '\n')
            out += '\\n';
        else if (c === '\t')
            out += '\\t';
        else if (c === '\r')
            out += '\\r';
        else if (code < 0x20 || code === 0x7f)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else
            out += c;
    }
    return out + q;
}
function repr(v) {
    if (typeof v === 'string')
        return strRepr(v);
    if (Array.isArray(v)) {
        const items = v.map(repr);
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(v))
            return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
        return `[${items.join(', ')}]`;
    }
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL)
        return `{${[...v.map].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ')}}`;
    return str(v);
}
/** str(v); an Undefined is '' (lax) or an error (strict). */
function str(v) {
    if (typeof v === 'string')
        return v;
    if (v === null)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : floatRepr(v);
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Float */ .nt)
        return floatRepr(v.v);
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .Undefined */ .rK) {
        if ((0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().strict)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UndefinedError */ .$Y(v.hint);
        return '';
    }
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyObject */ .By) {
        if (v.kind === 'Namespace')
            return `<Namespace ${repr(new _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL(v.attrs))}>`;
        return `<${v.kind} object>`;
    }
    if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyFunc */ .of)
        return `<function ${v.name}>`;
    return repr(v);
}
const SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;
function parseSpec(text) {
    const m = SPEC.exec(text);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`invalid format specifier '${text}'`);
    return {
        fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
        align: m[2] ?? (m[5] ? '=' : ''),
        sign: m[3] ?? '-',
        alt: Boolean(m[4]),
        zero: Boolean(m[5]),
        width: m[6] ? Number(m[6]) : 0,
        comma: Boolean(m[7]),
        precision: m[8] !== undefined ? Number(m[8]) : undefined,
        type: m[9] ?? ''
    };
}
function formatNumber(x, s, float) {
    const t = s.type || (float ? '' : 'd');
    const a = Math.abs(x);
    let body;
    if (t === 'd' || t === 'n') {
        if (!Number.isInteger(x))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`unknown format code 'd' for object of type 'float'`);
        body = String(a);
    }
    else if (t === 'x' || t === 'X' || t === 'o' || t === 'b') {
        body = Math.trunc(a).toString(t === 'o' ? 8 : t === 'b' ? 2 : 16);
        if (t === 'X')
            body = body.toUpperCase();
        if (s.alt)
            body = `0${t}${body}`;
    }
    else if (t === 'f' || t === 'F' || t === '%')
        body = (t === '%' ? a * 100 : a).toFixed(s.precision ?? 6) + (t === '%' ? '%' : '');
    else if (t === 'e' || t === 'E') {
        const [m, e] = a.toExponential(s.precision ?? 6).split('e');
        body = `${m}e${e[0]}${e.slice(1).padStart(2, '0')}`;
        if (t === 'E')
            body = body.toUpperCase();
    }
    else if (t === 'g' || t === 'G')
        body = String(Number(a.toPrecision(s.precision || 6)));
    else if (t === 'c')
        body = String.fromCodePoint(a);
    else
        body = s.precision !== undefined ? String(Number(a.toPrecision(s.precision))) : float ? floatRepr(a) : String(a);
    if (s.comma)
        body = body.replace(/^(\d+)/, d => d.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    const sign = x < 0 || Object.is(x, -0) ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
    if (s.align === '=' || (s.zero && !s.align))
        return sign + body.padStart(s.width - sign.length, s.fill);
    return pad(sign + body, s, '>');
}
function pad(text, s, defaultAlign) {
    const n = s.width - text.length;
    if (n <= 0)
        return text;
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.string(s.width);
    const align = s.align || defaultAlign;
    if (align === '<')
        return text + s.fill.repeat(n);
    if (align === '^')
        return s.fill.repeat(Math.floor(n / 2)) + text + s.fill.repeat(n - Math.floor(n / 2));
    return s.fill.repeat(n) + text;
}
/** format(value, spec): the mini-language of str.format and f-strings. */
function formatSpec(v, specText) {
    const s = parseSpec(specText);
    const n = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(v);
    if (n !== undefined && typeof v !== 'boolean' && s.type !== 's')
        return formatNumber(n, s, (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isFloat */ .dk)(v));
    if (s.type && s.type !== 's')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`unknown format code '${s.type}' for object of type '${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}'`);
    let text = str(v);
    if (s.precision !== undefined)
        text = text.slice(0, s.precision);
    return pad(text, s, '<');
}
function fieldValue(field, args, kw, auto) {
    const m = /^([^.[]*)(.*)$/s.exec(field);
    let v;
    if (m[1] === '')
        v = args[auto.i++];
    else if (/^\d+$/.test(m[1]))
        v = args[Number(m[1])];
    else
        v = kw.get(m[1]);
    if (v === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`format: no argument for the field '{${field}}'`);
    for (const part of m[2].matchAll(/\[([^\]]*)\]|\.(\w+)/g)) {
        const key = part[1] ?? part[2];
        (0,_sandbox_js__WEBPACK_IMPORTED_MODULE_2__/* .checkName */ .I)(key);
        if (Array.isArray(v) && /^\d+$/.test(key))
            v = v[Number(key)];
        else if (v instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL && v.map.has(key))
            v = v.map.get(key);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`format: '${field}' cannot be looked up (only [index] and [key] of lists and dicts)`);
    }
    if (v === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`format: '${field}' has no such item`);
    return v;
}
/** str.format(*args, **kw). */
function strFormat(fmt, args, kw) {
    const auto = { i: 0 };
    let out = '';
    const re = /\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*))?\}|[{}]/g;
    let last = 0;
    for (const m of fmt.matchAll(re)) {
        out += fmt.slice(last, m.index);
        last = m.index + m[0].length;
        if (m[0] === '{{' || m[0] === '}}')
            out += m[0][0];
        else if (m[0] === '{' || m[0] === '}')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`format: single '${m[0]}' encountered in the format string`);
        else {
            const v = fieldValue(m[1], args, kw, auto);
            const converted = m[2] === 'r' || m[2] === 'a' ? repr(v) : m[2] === 's' ? str(v) : v;
            const piece = formatSpec(converted, m[3] ?? '');
            (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.string(out.length + piece.length, piece.length);
            out += piece;
        }
    }
    return out + fmt.slice(last);
}
/** `fmt % values`: printf-style formatting with a value, a tuple, or a dict for `%(name)s`. */
function percentFormat(fmt, values) {
    const list = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isTuple */ .l0)(values) ? values : [values];
    let i = 0;
    const next = () => {
        if (i >= list.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('not enough arguments for format string');
        return list[i++];
    };
    const re = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g;
    const out = fmt.replace(re, (_all, key, flags, width, prec, type) => {
        if (type === '%')
            return '%';
        const w = width === '*' ? String((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(next())) : width;
        const p = prec === '*' ? String((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(next())) : prec;
        let v;
        if (key !== undefined) {
            if (!(values instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL) || !values.map.has(key))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`format: no key '${key}' in the values`);
            v = values.map.get(key);
        }
        else
            v = next();
        const align = flags.includes('-') ? '<' : '>';
        const zero = flags.includes('0') && !flags.includes('-') ? '0' : '';
        const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        if (type === 's' || type === 'r' || type === 'a') {
            const text = type === 's' ? str(v) : repr(v);
            return formatSpec(p !== undefined ? text.slice(0, Number(p)) : text, `${align}${w ?? ''}`);
        }
        const n = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(v);
        if (n === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`%${type} format: a number is required, not ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(v)}`);
        const t = type === 'i' || type === 'u' ? 'd' : type;
        const value = t === 'd' ? Math.trunc(n) : n;
        return formatSpec(value, `${zero ? '' : align}${sign}${flags.includes('#') ? '#' : ''}${zero}${w ?? ''}${p !== undefined ? `.${p}` : ''}${t}`);
    });
    if (i < list.length && !(values instanceof _values_js__WEBPACK_IMPORTED_MODULE_3__/* .PyDict */ .KL))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w('not all arguments converted during string formatting');
    (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .state */ .wk)().budget.string(out.length);
    return out;
}


/***/ }),

/***/ 80674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ checkName)
/* harmony export */ });
/* unused harmony export isBlockedName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88322);
/**
 * The names no template may use as a member or a variable, whatever the object: JavaScript's ways to a
 * prototype or a constructor (and so to `Function`), Python's dunders and frame/function internals.
 * Member lookup reads only our own value model, so these lead nowhere anyway; they are refused by name
 * so that an attempt is a clear render error at its line, never a silent empty string.
 */

const BLOCKED = new Set([
    'constructor',
    'prototype',
    'mro',
    'func_globals',
    'func_code',
    'func_closure',
    'f_globals',
    'f_locals',
    'f_builtins',
    'f_code',
    'f_back',
    'gi_frame',
    'gi_code',
    'cr_frame',
    'cr_code',
    'ag_frame',
    'ag_code',
    'tb_frame',
    'im_func',
    'im_self',
    'im_class',
    'valueOf',
    'toString',
    'toLocaleString',
    'hasOwnProperty',
    'isPrototypeOf',
    'propertyIsEnumerable',
    'apply',
    'bind',
    'call',
    'arguments',
    'caller_frame'
]);
const isBlockedName = (name) => name.startsWith('__') || name.endsWith('__') || BLOCKED.has(name);
function checkName(name) {
    if (isBlockedName(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SecurityError */ .Vx(`access to '${name}' is not allowed in a recipe template`);
}


/***/ }),

/***/ 65707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ toValue),
/* harmony export */   By: () => (/* binding */ PyObject),
/* harmony export */   E6: () => (/* binding */ isInt),
/* harmony export */   KL: () => (/* binding */ PyDict),
/* harmony export */   PV: () => (/* binding */ tuple),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   dk: () => (/* binding */ isFloat),
/* harmony export */   fV: () => (/* binding */ float),
/* harmony export */   fw: () => (/* binding */ toKey),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   l0: () => (/* binding */ isTuple),
/* harmony export */   nt: () => (/* binding */ Float),
/* harmony export */   of: () => (/* binding */ PyFunc),
/* harmony export */   rK: () => (/* binding */ Undefined),
/* harmony export */   uJ: () => (/* binding */ Kwargs),
/* harmony export */   uR: () => (/* binding */ param),
/* harmony export */   vN: () => (/* binding */ truthy)
/* harmony export */ });
/* unused harmony exports isNumber, jsFunction */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88322);
/**
 * The value model templates and selectors compute with, Python's: None (null), bool, int (an integral JS
 * number), float (a non-integral number, or `Float` for an integral one such as 2.0), str, list (a JS array),
 * tuple (a frozen JS array), dict (`PyDict`, keys in insertion order), objects with named attributes
 * (`PyObject`: namespace(), loop, os, a regex match), callables we registered (`PyFunc`), and `Undefined`.
 * Nothing else ever enters: JavaScript values are converted by `toValue`, which reads only own data properties
 * of plain objects and arrays, so no template can reach a prototype, a constructor or a function we did not wrap.
 */

/** A float whose value is integral (2.0): a plain number would read as the int 2. */
class Float {
    v;
    constructor(v) {
        this.v = v;
    }
    /** As Python's str() writes it ("2.0"), for our context functions that take strings. */
    toString() {
        return Number.isInteger(this.v) ? `${this.v}.0` : String(this.v);
    }
}
class PyDict {
    map;
    constructor(entries) {
        this.map = new Map(entries);
    }
    static of(record) {
        return new PyDict(Object.keys(record).map(k => [k, record[k]]));
    }
}
/** An object with attributes only: namespace() (mutable), loop, cycler, the `os` subset, a match object. */
class PyObject {
    kind;
    attrs;
    mutable;
    constructor(kind, attrs, mutable = false) {
        this.kind = kind;
        this.attrs = attrs;
        this.mutable = mutable;
    }
    static of(kind, record, mutable = false) {
        return new PyObject(kind, new Map(Object.keys(record).map(k => [k, record[k]])), mutable);
    }
}
/** A callable we registered: a global, a filter-like method, a context function, a macro. */
class PyFunc {
    name;
    call;
    constructor(name, call) {
        this.name = name;
        this.call = call;
    }
}
/** Argument `i`, or the keyword `name`, else the default (Python's binding of one parameter). */
const param = (a, kw, i, name, dflt) => (i < a.length ? a[i] : kw.has(name) ? kw.get(name) : dflt);
/** Keyword arguments as the last argument of a JavaScript function of the context (see `callArgs`). */
class Kwargs {
    map;
    constructor(map) {
        this.map = map;
    }
}
/** A name or member that does not exist; `hint` says what, as Jinja2 says it. */
class Undefined {
    hint;
    constructor(hint) {
        this.hint = hint;
    }
    toString() {
        return '';
    }
}
const isTuple = (v) => Array.isArray(v) && Object.isFrozen(v);
const tuple = (items) => Object.freeze(items);
const isNumber = (v) => typeof v === 'number' || typeof v === 'boolean' || v instanceof Float;
const isFloat = (v) => v instanceof Float || (typeof v === 'number' && !Number.isInteger(v));
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);
/** The number of a bool, int or float; undefined for anything else. */
function num(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (v instanceof Float)
        return v.v;
    return undefined;
}
const float = (x) => (Number.isInteger(x) ? new Float(x) : x);
function typeName(v) {
    if (v === null)
        return 'NoneType';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float';
    if (v instanceof Float)
        return 'float';
    if (typeof v === 'string')
        return 'str';
    if (Array.isArray(v))
        return isTuple(v) ? 'tuple' : 'list';
    if (v instanceof PyDict)
        return 'dict';
    if (v instanceof PyObject)
        return v.kind;
    if (v instanceof PyFunc)
        return 'function';
    return 'Undefined';
}
function truthy(v) {
    if (v === null || v === false || v === 0 || v === '' || v instanceof Undefined)
        return false;
    if (v instanceof Float)
        return v.v !== 0;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof PyDict)
        return v.map.size > 0;
    return true;
}
function toKey(v) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number')
        return v;
    if (v instanceof Float)
        return v.v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`unhashable type: '${typeName(v)}'`);
}
const isPlain = (x) => {
    const p = Object.getPrototypeOf(x);
    return p === Object.prototype || p === null;
};
/**
 * A JavaScript value from our own code (the context, a context function's result) as a template value.
 * Plain objects become dicts of their own enumerable data properties (getters are skipped), arrays lists,
 * dates ISO strings, functions registered callables (only our code puts functions there).
 */
function toValue(x, name = 'value', depth = 0) {
    if (depth > 100)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`the value '${name}' is nested more than 100 levels deep`);
    if (x === undefined || x === null)
        return null;
    if (typeof x === 'string' || typeof x === 'boolean' || typeof x === 'number')
        return x;
    if (typeof x === 'bigint')
        return Number(x);
    if (x instanceof Float || x instanceof PyDict || x instanceof PyObject || x instanceof PyFunc || x instanceof Undefined)
        return x;
    if (Array.isArray(x))
        return Array.from({ length: x.length }, (_, i) => toValue(Object.getOwnPropertyDescriptor(x, i)?.value, name, depth + 1));
    if (x instanceof Date)
        return Number.isNaN(x.getTime()) ? String(x) : x.toISOString();
    if (typeof x === 'function')
        return jsFunction(name, x);
    if (typeof x === 'object' && isPlain(x)) {
        const out = new PyDict();
        for (const k of Object.keys(x)) {
            const d = Object.getOwnPropertyDescriptor(x, k);
            if (d && 'value' in d)
                out.map.set(k, toValue(d.value, k, depth + 1));
        }
        return out;
    }
    if (typeof x === 'object' && typeof x.toString === 'function')
        return String(x);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`a value of type ${typeof x} cannot be used in a template`);
}
/** A JavaScript function of ours: positional arguments, then a `Kwargs` when keywords were given. */
function jsFunction(name, f) {
    return new PyFunc(name, (args, kw) => {
        const js = args.map(a => (a instanceof Undefined ? undefined : a));
        return toValue(kw.size ? f(...js, new Kwargs(kw)) : f(...js), name);
    });
}


/***/ }),

/***/ 68819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ traceBack),
/* harmony export */   W3: () => (/* binding */ formatWarning),
/* harmony export */   tF: () => (/* binding */ RecipeError)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
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

/***/ 59336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ META_NAMES),
/* harmony export */   l: () => (/* binding */ recipePathProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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

/***/ 95158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w3: () => (/* reexport */ insertVariantVersions),
  IB: () => (/* binding */ prepareRender),
  PI: () => (/* binding */ renderRecipe),
  RJ: () => (/* binding */ sourceSection)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/conda/recipe/build-string.ts
var build_string = __webpack_require__(84094);
// EXTERNAL MODULE: ./src/conda/recipe/context-functions.ts
var context_functions = __webpack_require__(84869);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/conda/recipe/confine.ts
var confine = __webpack_require__(80238);
;// CONCATENATED MODULE: ./src/conda/recipe/context-setup-py.ts
/**
 * A static reader of setup.py for load_setup_py_data: it never runs the file. It reads the keyword
 * arguments of the `setup(...)` call (also `setuptools.setup(...)`, also inside an `if` block) whose
 * values are Python literals: strings (with prefixes, triple quotes, implicit concatenation), numbers,
 * True/False/None, lists, tuples, dicts and sets of them, `+` of strings or lists, names assigned such a
 * value at the top of the file, calls of a function of the file whose body is `return <value>`, and
 * `**name` of a dict assigned at the top. A keyword whose value is anything else (a call of another
 * function, an attribute, a file read) is left out, as if the recipe's `data.get(...)` found nothing.
 */
const UNKNOWN = Symbol('unknown');
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };
function context_setup_py_unescape(body, raw) {
    if (raw)
        return body;
    return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (m, e) => e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? m));
}
const STRING = /^([rRuUbB]{0,2})('''|"""|'|")/;
const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)/;
/** Python tokens: strings, numbers, names, operators; `nl` ends a logical line, `indent` marks one that starts indented. */
function tokenize(src) {
    const out = [];
    let depth = 0;
    let i = 0;
    let lineStart = true;
    while (i < src.length) {
        const rest = src.slice(i, i + 400);
        const c = src[i];
        if (c === '\n') {
            if (depth === 0 && out.length && out[out.length - 1].t !== 'nl')
                out.push({ t: 'nl', v: '' });
            lineStart = true;
            i++;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
            if (lineStart && depth === 0 && !/^[ \t]*(#|\r?\n|$)/.test(rest))
                out.push({ t: 'indent', v: '' });
            lineStart = false;
            i += /^[ \t\r\f]*/.exec(rest)[0].length;
            continue;
        }
        lineStart = false;
        if (c === '#') {
            const end = src.indexOf('\n', i);
            i = end < 0 ? src.length : end;
        }
        else if (c === '\\' && src[i + 1] === '\n')
            i += 2;
        else if (STRING.test(rest)) {
            const [, prefix, quote] = STRING.exec(rest);
            let j = i + prefix.length + quote.length;
            while (j < src.length && !src.startsWith(quote, j))
                j += src[j] === '\\' ? 2 : 1;
            out.push({ t: 'str', v: context_setup_py_unescape(src.slice(i + prefix.length + quote.length, j), /r/i.test(prefix)) });
            i = j + quote.length;
        }
        else if (NUMBER.test(rest)) {
            const n = NUMBER.exec(rest)[0];
            out.push({ t: 'num', v: n.replace(/_/g, '') });
            i += n.length;
        }
        else if (/^[A-Za-z_]/.test(c)) {
            const n = /^\w+/.exec(rest)[0];
            out.push({ t: 'name', v: n });
            i += n.length;
        }
        else {
            const op = /^(\*\*|==|!=|<=|>=|->|:=)/.exec(rest)?.[0] ?? c;
            if ('([{'.includes(op))
                depth++;
            if (')]}'.includes(op))
                depth = Math.max(0, depth - 1);
            out.push({ t: 'op', v: op });
            i += op.length;
        }
    }
    out.push({ t: 'nl', v: '' });
    return out;
}
/** A recursive-descent evaluator of literal expressions over a token list. */
class Expr {
    toks;
    scope;
    depth;
    pos = 0;
    constructor(toks, scope, depth = 0) {
        this.toks = toks;
        this.scope = scope;
        this.depth = depth;
    }
    peek(v) {
        const t = this.toks[this.pos];
        return t !== undefined && (v === undefined || (t.t === 'op' && t.v === v));
    }
    take(v) {
        if (!this.peek(v))
            return false;
        this.pos++;
        return true;
    }
    /** Skip to the end of the current expression (a `,` or closing bracket at this level). */
    skipRest() {
        let d = 0;
        while (this.pos < this.toks.length) {
            const t = this.toks[this.pos];
            if (t.t === 'op' && '([{'.includes(t.v))
                d++;
            else if (t.t === 'op' && ')]}'.includes(t.v)) {
                if (d === 0)
                    return;
                d--;
            }
            else if (t.t === 'op' && t.v === ',' && d === 0)
                return;
            else if (t.t === 'nl' && d === 0)
                return;
            this.pos++;
        }
    }
    expr() {
        let v = this.atom();
        while (this.take('+')) {
            const w = this.atom();
            if (typeof v === 'string' && typeof w === 'string')
                v = v + w;
            else if (Array.isArray(v) && Array.isArray(w))
                v = [...v, ...w];
            else
                v = UNKNOWN;
        }
        const next = this.toks[this.pos];
        if (next && next.t !== 'nl' && !(next.t === 'op' && [',', ')', ']', '}', ':'].includes(next.v))) {
            this.skipRest();
            return UNKNOWN;
        }
        return v;
    }
    seq(close) {
        const items = [];
        while (!this.take(close)) {
            if (this.pos >= this.toks.length)
                return [UNKNOWN];
            items.push(this.expr());
            if (!this.take(',') && !this.peek(close))
                return [UNKNOWN];
        }
        return items;
    }
    braces() {
        const obj = {};
        const set = [];
        let ok = true;
        while (!this.take('}')) {
            if (this.pos >= this.toks.length)
                return UNKNOWN;
            const k = this.expr();
            if (this.take(':')) {
                const v = this.expr();
                if (typeof k === 'string' && v !== UNKNOWN)
                    obj[k] = v;
                else
                    ok = false;
            }
            else
                set.push(k);
            if (!this.take(',') && !this.peek('}'))
                return UNKNOWN;
        }
        if (!ok)
            return UNKNOWN;
        return set.length ? (set.includes(UNKNOWN) ? UNKNOWN : set) : obj;
    }
    atom() {
        const t = this.toks[this.pos++];
        if (!t)
            return UNKNOWN;
        if (t.t === 'str') {
            let s = t.v;
            while (this.toks[this.pos]?.t === 'str')
                s += this.toks[this.pos++].v;
            return s;
        }
        if (t.t === 'num')
            return Number(t.v);
        if (t.t === 'op' && (t.v === '[' || t.v === '(')) {
            const items = this.seq(t.v === '[' ? ']' : ')');
            if (t.v === '(' && items.length === 1 && this.toks[this.pos - 2]?.v !== ',')
                return items[0];
            return items.includes(UNKNOWN) ? UNKNOWN : items;
        }
        if (t.t === 'op' && t.v === '{')
            return this.braces();
        if (t.t === 'op' && t.v === '-' && this.toks[this.pos]?.t === 'num')
            return -Number(this.toks[this.pos++].v);
        if (t.t !== 'name')
            return UNKNOWN;
        if (t.v === 'True' || t.v === 'False')
            return t.v === 'True';
        if (t.v === 'None')
            return null;
        if (this.take('(')) {
            const body = this.scope.funcs.get(t.v);
            if (body && this.take(')') && this.depth < 8)
                return new Expr(body, this.scope, this.depth + 1).expr();
            this.pos--;
            return UNKNOWN;
        }
        return this.scope.vars.get(t.v) ?? UNKNOWN;
    }
}
/** The logical lines of a token list, each with whether it starts indented. */
function logicalLines(toks) {
    const lines = [];
    let cur = [];
    let indented = false;
    for (const t of toks) {
        if (t.t === 'indent')
            indented = true;
        else if (t.t === 'nl') {
            if (cur.length)
                lines.push({ indented, toks: cur });
            cur = [];
            indented = false;
        }
        else
            cur.push(t);
    }
    return lines;
}
function setupKeywords(toks, start, scope) {
    const e = new Expr(toks, scope);
    e.pos = start;
    const out = {};
    while (!e.take(')') && e.pos < toks.length) {
        const t = toks[e.pos];
        if (t.t === 'op' && t.v === '**') {
            e.pos++;
            const v = e.expr();
            if (v !== UNKNOWN && v !== null && typeof v === 'object' && !Array.isArray(v))
                Object.assign(out, v);
        }
        else if (t.t === 'name' && toks[e.pos + 1]?.v === '=') {
            e.pos += 2;
            const v = e.expr();
            if (v !== UNKNOWN)
                out[t.v] = v;
        }
        else
            e.skipRest();
        if (!e.take(',') && !e.peek(')'))
            break;
    }
    return out;
}
/** The literal keyword arguments of setup.py's setup() call (see the module's comment); {} without one. */
function readSetupPy(text) {
    const scope = { vars: new Map(), funcs: new Map() };
    const lines = logicalLines(tokenize(text));
    let result;
    lines.forEach((line, i) => {
        const [a, b] = line.toks;
        if (!line.indented && a.t === 'name' && b?.t === 'op' && b.v === '=') {
            const e = new Expr(line.toks, scope);
            e.pos = 2;
            scope.vars.set(a.v, e.expr());
        }
        else if (!line.indented && a.t === 'name' && a.v === 'def' && line.toks[2]?.v === '(' && line.toks[3]?.v === ')') {
            const body = lines[i + 1];
            const inline = line.toks.findIndex(t => t.t === 'name' && t.v === 'return');
            if (inline > 0)
                scope.funcs.set(line.toks[1].v, line.toks.slice(inline + 1));
            else if (body?.indented && body.toks[0].v === 'return')
                scope.funcs.set(line.toks[1].v, body.toks.slice(1));
        }
        if (result)
            return;
        const at = line.toks.findIndex((t, k) => t.t === 'name' && t.v === 'setup' && line.toks[k + 1]?.v === '(' && line.toks[k - 1]?.v !== 'def');
        if (at >= 0)
            result = setupKeywords(line.toks, at + 2, scope);
    });
    return result ?? {};
}

// EXTERNAL MODULE: ./src/conda/recipe/jinja/errors.ts
var errors = __webpack_require__(88322);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/evaluate.ts + 4 modules
var evaluate = __webpack_require__(4730);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/limits.ts
var limits = __webpack_require__(23125);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/ops.ts
var ops = __webpack_require__(50329);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/sandbox.ts
var sandbox = __webpack_require__(80674);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/values.ts
var values = __webpack_require__(65707);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja/globals.ts
/** Jinja2's global functions: range, dict, namespace, cycler, joiner. */





function range(a) {
    const ints = a.map(v => {
        if (!(0,values/* isInt */.E6)(v) && typeof v !== 'boolean')
            throw new errors/* TemplateError */.$w(`range(): '${(0,values/* typeName */.go)(v)}' object cannot be interpreted as an integer`);
        return Number(v);
    });
    const [start, stop, step] = ints.length === 1 ? [0, ints[0], 1] : [ints[0] ?? 0, ints[1] ?? 0, ints[2] ?? 1];
    if (step === 0)
        throw new errors/* TemplateError */.$w('range() arg 3 must not be zero');
    const n = Math.max(0, Math.ceil((stop - start) / step));
    (0,limits/* state */.wk)().budget.list(n);
    return Array.from({ length: n }, (_, i) => start + i * step);
}
/** namespace(...): an object whose attributes `{% set ns.x = ... %}` may change. */
function namespace(a, kw) {
    const attrs = new Map();
    for (const d of a) {
        if (!(d instanceof values/* PyDict */.KL))
            throw new errors/* TemplateError */.$w(`namespace(): a dict is required, not ${(0,values/* typeName */.go)(d)}`);
        for (const [k, v] of d.map) {
            (0,sandbox/* checkName */.I)(String(k));
            attrs.set(String(k), v);
        }
    }
    for (const [k, v] of kw) {
        (0,sandbox/* checkName */.I)(k);
        attrs.set(k, v);
    }
    return new values/* PyObject */.By('Namespace', attrs, true);
}
function cycler(a) {
    if (!a.length)
        throw new errors/* TemplateError */.$w('cycler(): at least one item is required');
    const items = [...a];
    let i = 0;
    const obj = new values/* PyObject */.By('Cycler', new Map());
    const sync = () => {
        obj.attrs.set('current', items[i]);
        obj.attrs.set('pos', i);
    };
    obj.attrs.set('next', new values/* PyFunc */.of('cycler.next', () => {
        const v = items[i];
        i = (i + 1) % items.length;
        sync();
        return v;
    }));
    obj.attrs.set('reset', new values/* PyFunc */.of('cycler.reset', () => {
        i = 0;
        sync();
        return null;
    }));
    obj.attrs.set('items', items);
    sync();
    return obj;
}
function joiner(a, kw) {
    const sep = a[0] ?? kw.get('sep') ?? ', ';
    let used = false;
    return new values/* PyFunc */.of('joiner', () => {
        if (!used) {
            used = true;
            return '';
        }
        return sep;
    });
}
function dict(a, kw) {
    const out = new values/* PyDict */.KL();
    if (a[0] instanceof values/* PyDict */.KL)
        for (const [k, v] of a[0].map)
            out.map.set(k, v);
    else if (a[0] !== undefined)
        for (const pair of (0,ops/* iterate */.nl)(a[0]))
            out.map.set(String(pair[0]), pair[1]);
    for (const [k, v] of kw)
        out.map.set(k, v);
    return out;
}
/** A fresh set of globals for one render (cyclers and joiners hold state). */
function jinjaGlobals() {
    return new Map([
        ['range', new values/* PyFunc */.of('range', range)],
        ['dict', new values/* PyFunc */.of('dict', dict)],
        ['namespace', new values/* PyFunc */.of('namespace', namespace)],
        ['cycler', new values/* PyFunc */.of('cycler', cycler)],
        ['joiner', new values/* PyFunc */.of('joiner', joiner)]
    ]);
}

// EXTERNAL MODULE: ./src/conda/recipe/jinja/lookup.ts
var lookup = __webpack_require__(71739);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/lexer.ts
var lexer = __webpack_require__(15983);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja/loop.ts
/**
 * The `loop` object of a for loop: index, index0, revindex, revindex0, first, last, length, previtem,
 * nextitem, cycle(), changed(). One object per loop, its attributes moved on at each iteration (as Jinja2's is).
 */



const NO_PREVIOUS = new values/* Undefined */.rK('there is no previous item');
const NO_NEXT = new values/* Undefined */.rK('there is no next item');
class Loop {
    items;
    obj = new values/* PyObject */.By('LoopContext', new Map());
    i = 0;
    last;
    constructor(items) {
        this.items = items;
        const a = this.obj.attrs;
        a.set('length', items.length);
        a.set('depth', 1);
        a.set('depth0', 0);
        a.set('cycle', new values/* PyFunc */.of('loop.cycle', args => {
            if (!args.length)
                throw new errors/* TemplateError */.$w('loop.cycle() needs at least one item');
            return args[this.i % args.length];
        }));
        a.set('changed', new values/* PyFunc */.of('loop.changed', args => {
            const same = this.last !== undefined && this.last.length === args.length && this.last.every((v, k) => (0,ops/* pyEquals */.PU)(v, args[k]));
            this.last = args;
            return !same;
        }));
    }
    /** Move to item `i`. */
    at(i) {
        const n = this.items.length;
        const a = this.obj.attrs;
        this.i = i;
        a.set('index', i + 1);
        a.set('index0', i);
        a.set('revindex', n - i);
        a.set('revindex0', n - i - 1);
        a.set('first', i === 0);
        a.set('last', i === n - 1);
        a.set('previtem', i > 0 ? this.items[i - 1] : NO_PREVIOUS);
        a.set('nextitem', i < n - 1 ? this.items[i + 1] : NO_NEXT);
        return this.obj;
    }
}

// EXTERNAL MODULE: ./src/conda/recipe/jinja/parser.ts + 1 modules
var parser = __webpack_require__(95173);
// EXTERNAL MODULE: ./src/conda/recipe/jinja/pystr.ts
var pystr = __webpack_require__(28887);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja/interp.ts











class TemplateNotFound extends errors/* TemplateError */.$w {
    name = 'TemplateNotFound';
}
/** Output collected into a string (a macro's, a block set's, a filter block's). */
class Capture {
    parts = [];
    size = 0;
    write(text) {
        this.size += text.length;
        (0,limits/* state */.wk)().budget.string(this.size, text.length);
        this.parts.push(text);
    }
    text() {
        return this.parts.join('');
    }
}
const parsed = new Map();
function parseCached(src) {
    let t = parsed.get(src);
    if (!t) {
        t = (0,parser/* parseTemplate */.Q)(src);
        if (parsed.size > 256)
            parsed.clear();
        parsed.set(src, t);
    }
    return t;
}
class Interpreter extends evaluate/* Evaluator */.oi {
    src;
    templateName;
    shared;
    constructor(src, 
    /** undefined for the main template. */
    templateName, shared, opts) {
        super(opts);
        this.src = src;
        this.templateName = templateName;
        this.shared = shared;
    }
    /** Give an error this template's position, or, coming from another template, say where it was. */
    locate(e) {
        let err;
        if (e instanceof errors/* TemplateError */.$w)
            err = e;
        else if (e instanceof RangeError && /call stack/.test(e.message))
            err = new errors/* LimitError */.oC('the template recursed too deeply');
        else
            throw e;
        if (err.line0 !== undefined && err.template === this.templateName)
            return err;
        if (err.line0 !== undefined)
            err.message = `${err.template ?? 'the recipe'}, line ${err.line0 + 1}: ${err.message}`;
        const { line0, column0 } = (0,lexer/* lineCol */.xX)(this.src, this.pos);
        err.line0 = line0;
        err.column0 = column0;
        err.template = this.templateName;
        return err;
    }
    exec(body, frame, out) {
        for (const s of body) {
            try {
                this.stmt(s, frame, out);
            }
            catch (e) {
                throw this.locate(e);
            }
        }
    }
    stmt(s, frame, out) {
        (0,limits/* state */.wk)().budget.step();
        this.pos = s.pos;
        switch (s.t) {
            case 'data':
                return out.write(s.text, s.pos, true);
            case 'print': {
                const v = this.eval(s.e, frame);
                this.pos = s.pos;
                return out.write((0,pystr/* str */.gx)(v), s.pos, false);
            }
            case 'if': {
                for (const [test, body] of s.branches)
                    if ((0,values/* truthy */.vN)(this.eval(test, frame)))
                        return this.exec(body, frame, out);
                return this.exec(s.orelse, frame, out);
            }
            case 'for':
                return this.forLoop(s, frame, out);
            case 'set':
                return this.assign(s.target, this.eval(s.e, frame), frame);
            case 'setblock':
                return this.assign(s.target, this.applyFilter(s.filter, this.capture(s.body, frame), frame), frame);
            case 'macro':
                frame.vars.set(s.name, this.macro(s.name, s.params, s.body, frame));
                return;
            case 'callblock':
                return out.write((0,pystr/* str */.gx)(this.callBlock(s.call, s.params, s.body, frame)), s.pos, false);
            case 'filterblock':
                return out.write((0,pystr/* str */.gx)(this.applyFilter(s.filter, this.capture(s.body, frame), frame)), s.pos, false);
            case 'with': {
                const inner = new evaluate/* Frame */.wI(frame);
                for (const [t, e] of s.assigns)
                    this.assign(t, this.eval(e, frame), inner);
                return this.exec(s.body, inner, out);
            }
            case 'do':
                this.eval(s.e, frame);
                return;
            case 'block':
                return this.exec(s.body, frame, out);
            case 'include':
                return this.include(s.template, s.ignoreMissing, s.withContext, frame, out, s.pos);
            case 'import':
                frame.vars.set(s.alias, this.importModule(s.template, s.withContext, frame));
                return;
            case 'from': {
                const mod = this.importModule(s.template, s.withContext, frame);
                for (const [n, alias] of s.names) {
                    if (!mod.attrs.has(n))
                        throw new errors/* TemplateError */.$w(`the template does not export the requested name '${n}'`);
                    frame.vars.set(alias, mod.attrs.get(n));
                }
            }
        }
    }
    capture(body, frame) {
        const c = new Capture();
        this.exec(body, frame, c);
        return c.text();
    }
    applyFilter(f, value, frame) {
        if (!f || f.t !== 'filter')
            return value;
        const base = this.applyFilter(f.a, value, frame);
        const { args, kw } = this.args(frame, f);
        return this.filter(f.name, base, args, kw);
    }
    assign(t, v, frame) {
        if (t.t === 'name') {
            (0,sandbox/* checkName */.I)(t.n);
            frame.vars.set(t.n, v);
        }
        else if (t.t === 'nsattr') {
            (0,sandbox/* checkName */.I)(t.attr);
            const ns = this.name(frame, t.n);
            if (!(ns instanceof values/* PyObject */.By) || !ns.mutable)
                throw new errors/* TemplateError */.$w(`cannot assign attribute on non-namespace object '${t.n}'`);
            ns.attrs.set(t.attr, v);
        }
        else {
            const items = (0,ops/* iterate */.nl)(v);
            if (items.length !== t.items.length)
                throw new errors/* TemplateError */.$w(`${items.length > t.items.length ? 'too many' : 'not enough'} values to unpack (expected ${t.items.length}, got ${items.length})`);
            t.items.forEach((x, i) => this.assign(x, items[i], frame));
        }
    }
    forLoop(s, frame, out) {
        let items = (0,ops/* iterate */.nl)(this.eval(s.iter, frame));
        if (s.cond) {
            const cond = s.cond;
            items = items.filter(x => {
                const f = new evaluate/* Frame */.wI(frame);
                this.assign(s.target, x, f);
                return (0,values/* truthy */.vN)(this.eval(cond, f));
            });
        }
        if (!items.length)
            return this.exec(s.orelse, frame, out);
        const loop = new Loop(items);
        const budget = (0,limits/* state */.wk)().budget;
        for (let i = 0; i < items.length; i++) {
            budget.step();
            const f = new evaluate/* Frame */.wI(frame);
            this.assign(s.target, items[i], f);
            f.vars.set('loop', loop.at(i));
            this.exec(s.body, f, out);
        }
    }
    bind(params, args, kw, frame, what, takesVarargs) {
        params.forEach((p, i) => {
            let v;
            if (i < args.length)
                v = args[i];
            else if (kw.has(p.name))
                v = kw.get(p.name);
            else if (p.dflt)
                v = this.eval(p.dflt, frame);
            else
                v = new values/* Undefined */.rK(`parameter '${p.name}' was not provided`);
            frame.vars.set(p.name, v);
        });
        const names = new Set(params.map(p => p.name));
        const extra = new values/* PyDict */.KL([...kw].filter(([k]) => !names.has(k) && k !== 'caller'));
        frame.vars.set('varargs', (0,values/* tuple */.PV)(args.slice(params.length)));
        frame.vars.set('kwargs', extra);
        if (kw.has('caller'))
            frame.vars.set('caller', kw.get('caller'));
        if (args.length > params.length && !takesVarargs)
            throw new errors/* TemplateError */.$w(`macro '${what}' takes not more than ${params.length} argument(s)`);
    }
    macro(name, params, body, defFrame) {
        // as in Jinja2: extra positional arguments are an error unless the macro reads `varargs` (a caller takes any)
        const takesVarargs = name === 'caller' || JSON.stringify(body).includes('"n":"varargs"');
        return new values/* PyFunc */.of(name, (args, kw) => {
            const budget = (0,limits/* state */.wk)().budget;
            budget.enter('macro calls');
            try {
                const f = new evaluate/* Frame */.wI(defFrame);
                this.bind(params, args, kw, f, name, takesVarargs);
                return this.capture(body, f);
            }
            finally {
                budget.leave();
            }
        });
    }
    callBlock(callExpr, params, body, frame) {
        if (callExpr.t !== 'call')
            throw new errors/* TemplateError */.$w('{% call %} needs a macro call');
        const caller = this.macro('caller', params, body, frame);
        const f = this.eval(callExpr.f, frame);
        const { args, kw } = this.args(frame, callExpr);
        kw.set('caller', caller);
        return (0,lookup/* call */.T1)(f, args, kw);
    }
    load(template, frame) {
        const loader = this.shared.loader;
        const v = this.eval(template, frame);
        const names = Array.isArray(v) ? v : [v];
        if (!loader)
            throw new errors/* TemplateError */.$w('templates cannot be included here (no recipe folder)');
        for (const n of names) {
            if (typeof n !== 'string')
                throw new errors/* TemplateError */.$w(`a template name must be a string, not ${(0,values/* typeName */.go)(n)}`);
            try {
                return loader(n);
            }
            catch (e) {
                if (!(e instanceof TemplateNotFound) || n === names[names.length - 1])
                    throw e;
            }
        }
        return undefined;
    }
    run(t, frame, out) {
        const budget = (0,limits/* state */.wk)().budget;
        budget.enter('includes and imports');
        try {
            let body;
            try {
                body = parseCached(t.text);
            }
            catch (e) {
                if (e instanceof errors/* TemplateError */.$w)
                    e.template = t.name;
                throw e;
            }
            new Interpreter(t.text, t.name, this.shared, this.opts).exec(body, frame, out);
        }
        finally {
            budget.leave();
        }
    }
    include(template, ignoreMissing, withContext, frame, out, pos) {
        let t;
        try {
            t = this.load(template, frame);
        }
        catch (e) {
            if (ignoreMissing && e instanceof TemplateNotFound)
                return;
            throw e;
        }
        if (!t)
            return;
        const sink = { write: text => out.write(text, pos, false) };
        this.run(t, new evaluate/* Frame */.wI(withContext ? frame : this.shared.root), sink);
    }
    importModule(template, withContext, frame) {
        const t = this.load(template, frame);
        const f = new evaluate/* Frame */.wI(withContext ? frame : this.shared.root);
        this.run(t, f, new Capture());
        const attrs = new Map([...f.vars].filter(([k]) => !k.startsWith('_')));
        return new values/* PyObject */.By('TemplateModule', attrs);
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/jinja/output.ts


class Output {
    max;
    text = [];
    size = 0;
    lines = [[]];
    /** Offset in the template of the first character of each output line (or of the newline ending it). */
    origins = [undefined];
    col = 0;
    constructor(max = limits/* LIMITS */.b1.outputChars) {
        this.max = max;
    }
    write(text, pos, literal) {
        if (!text)
            return;
        this.size += text.length;
        if (this.size > this.max)
            throw new errors/* LimitError */.oC(`the rendered recipe is over ${this.max} characters`);
        this.text.push(text);
        let start = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            const end = nl < 0 ? text.length : nl;
            const at = literal ? pos + start : pos;
            const line = this.lines.length - 1;
            if (end > start || nl >= 0) {
                this.origins[line] ??= literal ? pos + start : pos;
                if (end > start)
                    this.lines[line].push({ col: this.col, pos: at, literal });
            }
            if (nl < 0) {
                this.col += end - start;
                return;
            }
            this.lines.push([]);
            this.origins.push(undefined);
            this.col = 0;
            start = nl + 1;
        }
    }
    result(src) {
        const starts = [0];
        for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1))
            starts.push(i + 1);
        const toLineCol = (pos) => {
            let lo = 0;
            let hi = starts.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= pos)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return { line0: lo, col0: pos - starts[lo] };
        };
        const lines = [];
        this.origins.forEach((o, i) => lines.push(o !== undefined ? toLineCol(o).line0 : (lines[i - 1] ?? 0)));
        const at = (l, c) => {
            const pieces = this.lines[l] ?? [];
            let p;
            for (const x of pieces)
                if (x.col <= c)
                    p = x;
            if (!p)
                return { line0: lines[l] ?? 0, col0: c };
            return toLineCol(p.literal ? p.pos + (c - p.col) : p.pos);
        };
        return { text: this.text.join(''), map: { lines, at } };
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/jinja/index.ts










function renderTemplate(src, context, opts) {
    return (0,limits/* withState */.Q2)({ budget: opts.budget ?? new limits/* Budget */.__(), strict: opts.strict }, () => {
        const body = parseCached(src);
        const root = new evaluate/* Frame */.wI();
        for (const [k, v] of jinjaGlobals())
            root.vars.set(k, v);
        for (const k of Object.keys(context))
            root.vars.set(k, (0,values/* toValue */.BA)(context[k], k));
        const interp = new Interpreter(src, undefined, { loader: opts.loader, root }, { missing: n => new values/* Undefined */.rK(`'${n}' is undefined`) });
        const out = new Output();
        try {
            interp.exec(body, new evaluate/* Frame */.wI(root), out);
        }
        catch (e) {
            if (e instanceof errors/* TemplateError */.$w && e.template !== undefined && e.line0 !== undefined) {
                e.message = `${e.template}, line ${e.line0 + 1}: ${e.message}`;
                e.line0 = undefined;
            }
            throw e;
        }
        return out.result(src);
    });
}

;// CONCATENATED MODULE: ./src/conda/recipe/jinja.ts
/**
 * The Jinja pass of a recipe, through our own sandboxed Jinja2 engine (./jinja/): a template can reach only
 * plain values and the context's functions, never JavaScript's objects, and its resource use is bounded.
 * The result keeps a map from each output line and column to the template's, so later passes (selectors
 * again, YAML, schema) can point at what the user wrote.
 */


/** An error from the engine, with the template line and column (0-based) when it gave them. */
class JinjaError extends Error {
    line0;
    column0;
    constructor(message, line0, column0) {
        super(message);
        this.line0 = line0;
        this.column0 = column0;
    }
}
/**
 * Render a template. `strict`: an undefined name written out is an error (conda-build's final pass);
 * otherwise it renders as nothing (its first pass, which only needs name and version).
 */
function renderJinja(template, context, strict, opts = {}) {
    try {
        return renderTemplate(template, context, { strict, loader: opts.loader });
    }
    catch (e) {
        if (e instanceof errors/* TemplateError */.$w) {
            const err = new JinjaError(e.message, e.line0, e.column0);
            err.cause = e;
            throw err;
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/context-files.ts
/**
 * Template functions that read files: load_file_regex, load_file_data, load_str_data, load_setup_py_data.
 * Files are looked up in the source (work) directory, or the recipe directory with from_recipe_dir.
 * load_setup_py_data does not run setup.py: it reads the literal keyword arguments of setup(...)
 * (./context-setup-py.ts), then setup.cfg ([metadata], [options], [options.extras_require],
 * [options.entry_points]) over them, as setuptools lets setup.cfg win, then pyproject.toml's [project].
 */








/** A missing file: None/{} on the first pass, an error on the final one (as conda-build does). */
class MissingFileError extends Error {
}
function findFile(facts, name, fromRecipeDir) {
    const base = fromRecipeDir ? facts.recipeDir : facts.workDir;
    if (!base && !external_node_path_.isAbsolute(name))
        return undefined;
    return (0,confine/* confinedFile */.dD)([facts.recipeDir, facts.workDir], base ?? facts.recipeDir, name);
}
/**
 * The loader of `{% include %}` and `{% import %}`: names relative to the recipe folder, confined to it and
 * the source folder, each file valid UTF-8 and read with the target's selectors applied (as conda-build's
 * FilteredLoader does).
 */
function templateLoader(facts, select) {
    return (name) => {
        let file;
        try {
            file = (0,confine/* confinedFile */.dD)([facts.recipeDir, facts.workDir], facts.recipeDir, name);
        }
        catch (e) {
            if (e instanceof confine/* RecipeFileError */.dY)
                throw new errors/* SecurityError */.Vx(e.message);
            throw e;
        }
        if (!file)
            throw new TemplateNotFound(`no template '${name}' in the recipe folder ${facts.recipeDir}`);
        return { name, text: select((0,confine/* readConfined */.Hz)(file), file) };
    };
}
function missing(facts, name, fromRecipeDir) {
    const where = fromRecipeDir
        ? `the recipe directory ${facts.recipeDir}`
        : facts.workDir
            ? `the source directory ${facts.workDir}`
            : 'the source directory (not fetched yet)';
    return new MissingFileError(`no such file '${name}' in ${where}`);
}
/** Python's regular expression syntax where it differs from JavaScript's, for the common cases. */
function pythonRegex(pattern) {
    let flags = '';
    let p = pattern.replace(/^\(\?([aiLmsux]+)\)/, (_, f) => {
        flags = [...f].filter(c => 'ims'.includes(c)).join('');
        return '';
    });
    p = p.replace(/\(\?P<(\w+)>/g, '(?<$1>').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    return new RegExp(p, flags);
}
function matchObject(m) {
    const one = (n) => {
        const v = typeof n === 'string' && !/^\d+$/.test(n) ? m.groups?.[n] : m[Number(n ?? 0)];
        return v ?? null;
    };
    return {
        group: (...n) => (n.length <= 1 ? one(n[0] ?? 0) : n.map(one)),
        groups: () => m.slice(1).map(v => v ?? null),
        start: () => m.index,
        end: () => m.index + m[0].length,
        string: m.input
    };
}
const REGEX_SECONDS = 2;
/** re.exec(text), stopped after a few seconds: a pattern that backtracks without end is an error, not a hang. */
function boundedExec(re, text, name) {
    try {
        return external_node_vm_.runInNewContext('re.exec(text)', { re, text }, { timeout: REGEX_SECONDS * 1000 });
    }
    catch (e) {
        if (e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
            throw new Error(`the regular expression ${String(re)} ran more than ${REGEX_SECONDS} s on '${name}' (it backtracks without end); simplify it`, {
                cause: e
            });
        throw e;
    }
}
function loadFileRegex(facts, args, strict) {
    const a = (0,context_functions/* callArgs */.qS)(args, ['load_file', 'regex_pattern', 'from_recipe_dir'], { from_recipe_dir: false });
    const file = findFile(facts, String(a.load_file), Boolean(a.from_recipe_dir));
    if (!file) {
        if (strict)
            throw missing(facts, String(a.load_file), Boolean(a.from_recipe_dir));
        return null;
    }
    const m = boundedExec(pythonRegex(String(a.regex_pattern)), (0,confine/* readConfined */.Hz)(file), String(a.load_file));
    return m ? matchObject(m) : null;
}
function parseData(text, fmt) {
    switch (fmt.toLowerCase()) {
        case 'json':
            return JSON.parse(text);
        case 'yaml':
        case 'yml':
            return (0,yaml_dist/* parse */.qg)(text);
        case 'toml':
            return (0,dist/* parse */.qg)(text);
        default:
            throw new Error(`Unknown file format: ${fmt}. Allowed formats: json, yaml, yml, toml`);
    }
}
function loadFileData(facts, args, strict) {
    const a = (0,context_functions/* callArgs */.qS)(args, ['filename', 'fmt', 'from_recipe_dir'], { from_recipe_dir: false });
    const name = String(a.filename);
    const file = findFile(facts, name, Boolean(a.from_recipe_dir));
    if (!file) {
        if (strict)
            throw missing(facts, name, Boolean(a.from_recipe_dir));
        return {};
    }
    return parseData((0,confine/* readConfined */.Hz)(file), typeof a.fmt === 'string' ? a.fmt : external_node_path_.extname(name).slice(1));
}
function loadStrData(args) {
    const a = (0,context_functions/* callArgs */.qS)(args, ['string', 'fmt']);
    return parseData(String(a.string), String(a.fmt));
}
function fromPyproject(text) {
    const project = (0,dist/* parse */.qg)(text).project ?? {};
    const out = {};
    if (project.name)
        out.name = project.name;
    if (project.version)
        out.version = project.version;
    if (project.description)
        out.description = project.description;
    if (project.dependencies)
        out.install_requires = project.dependencies;
    if (project['requires-python'])
        out.python_requires = project['requires-python'];
    const scripts = project.scripts;
    if (scripts)
        out.entry_points = { console_scripts: Object.entries(scripts).map(([k, v]) => `${k} = ${v}`) };
    const license = project.license;
    if (license)
        out.license = typeof license === 'string' ? license : license.text;
    return out;
}
/** setup.cfg's sections: key -> value (continuation lines joined with newlines). */
function iniSections(text) {
    const sections = new Map();
    let cur;
    let key = '';
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*[#;]/.test(line) || !line.trim())
            continue;
        const sec = /^\[([^\]]+)\]/.exec(line);
        if (sec) {
            cur = new Map();
            sections.set(sec[1].trim(), cur);
            key = '';
        }
        else if (/^\s/.test(line) && cur && key)
            cur.set(key, `${cur.get(key)}\n${line.trim()}`);
        else {
            const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
            if (!kv || !cur)
                continue;
            key = kv[1].trim();
            cur.set(key, kv[2].trim());
        }
    }
    return sections;
}
const cfgList = (v) => v
    .split(/[\n;]/)
    .map(x => x.trim())
    .filter(Boolean);
/** Values setuptools computes (`attr:`, `file:`): a static reader cannot know them. */
const computed = (v) => /^(attr|file):/.test(v);
const CFG_LISTS = new Set(['install_requires', 'setup_requires', 'tests_require', 'packages', 'py_modules', 'scripts', 'classifiers', 'platforms']);
/** setup.cfg as setuptools reads it: [metadata], [options], [options.extras_require], [options.entry_points]. */
function fromSetupCfg(text) {
    const out = {};
    const sections = iniSections(text);
    for (const name of ['metadata', 'options'])
        for (const [k, v] of sections.get(name) ?? []) {
            const key = k.replace(/-/g, '_');
            if (!computed(v))
                out[key] = CFG_LISTS.has(key) ? cfgList(v) : v;
        }
    for (const [name, key] of [
        ['options.extras_require', 'extras_require'],
        ['options.entry_points', 'entry_points'],
        ['options.package_data', 'package_data']
    ]) {
        const sec = sections.get(name);
        if (sec)
            out[key] = Object.fromEntries([...sec].map(([k, v]) => [k, cfgList(v)]));
    }
    return out;
}
function loadSetupPyData(facts, args) {
    const a = (0,context_functions/* callArgs */.qS)(args, ['setup_file', 'from_recipe_dir', 'recipe_dir'], { setup_file: 'setup.py', from_recipe_dir: false });
    const setupFile = findFile(facts, String(a.setup_file), Boolean(a.from_recipe_dir));
    if (!setupFile)
        return {};
    const dir = external_node_path_.dirname(setupFile);
    const read = (name) => {
        const f = (0,confine/* confinedFile */.dD)([facts.recipeDir, facts.workDir], dir, name);
        return f ? (0,confine/* readConfined */.Hz)(f) : undefined;
    };
    const py = readSetupPy((0,confine/* readConfined */.Hz)(setupFile));
    const cfg = read('setup.cfg');
    const toml = read('pyproject.toml');
    return { ...py, ...(cfg ? fromSetupCfg(cfg) : {}), ...(toml ? fromPyproject(toml) : {}) };
}

// EXTERNAL MODULE: ./src/conda/toolchain-machine.ts
var toolchain_machine = __webpack_require__(11800);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/conda/builder/env-vars.ts
var env_vars = __webpack_require__(11575);
// EXTERNAL MODULE: ./src/conda/builder/prefixes.ts
var prefixes = __webpack_require__(68343);
// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __webpack_require__(93622);
;// CONCATENATED MODULE: ./src/conda/recipe/context-vars.ts
/**
 * The variables conda-build puts in a template's context and in `environ` while it renders (its `get_dict`):
 * the build script's environment (src/conda/builder/env-vars.ts, one definition for both) computed for the
 * folders the build will use, with CONDA_BUILD_STATE=RENDER, plus the version variables of the other
 * languages (NPY_VER, PERL_VER...), the source's GIT_* / HG_* variables once it is fetched, and
 * build/script_env. `PYTHON` is there only when python is a build requirement (a host one when the recipe
 * has a host section), as in conda-build.
 */





/** Without a build root (render-only), the paths are those of a build under `<tmp>/conda-bld` at stamp 0. */
const RENDER_ONLY_DIRS = { croot: external_node_path_.join(external_node_os_.tmpdir(), 'conda-bld'), stamp: '0' };
/** conda-build's defaults for the versions of the languages a variant does not name. */
const LANGUAGE_DEFAULTS = { numpy: '1.26', perl: '5.26.2', lua: '5', r_base: '3.5' };
const first = (v) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);
const majorMinor = (v) => v.split(' ')[0].split('.').slice(0, 2).join('.');
/** The string-valued keys of a variant, as the build script gets them. */
function variantStrings(variant) {
    const out = {};
    for (const [k, v] of Object.entries(variant)) {
        const s = first(v);
        if (s !== undefined)
            out[k] = s;
    }
    return out;
}
function languageVars(variant) {
    const np = majorMinor(first(variant.numpy) ?? LANGUAGE_DEFAULTS.numpy);
    const perl = first(variant.perl) ?? LANGUAGE_DEFAULTS.perl;
    const lua = first(variant.lua) ?? LANGUAGE_DEFAULTS.lua;
    const r = first(variant.r_base) ?? LANGUAGE_DEFAULTS.r_base;
    return {
        NPY_VER: np,
        CONDA_NPY: np.replace('.', ''),
        NPY_DISTUTILS_APPEND_FLAGS: '1',
        PERL_VER: perl,
        CONDA_PERL: perl,
        LUA_VER: lua,
        CONDA_LUA: lua,
        R_VER: r,
        CONDA_R: r
    };
}
/** Variables the build script gets but the render does not (conda-build sets them when it writes the script). */
const SCRIPT_ONLY = ['PIP_NO_BUILD_ISOLATION', 'PIP_NO_DEPENDENCIES', 'PIP_IGNORE_INSTALLED', 'PIP_NO_INDEX', 'SOURCE_DATE_EPOCH'];
/** The render-time variables (see the module's comment); variant keys are not among them. */
function renderVariables(i) {
    const win = i.subdir.startsWith('win-');
    const where = i.dirs ?? RENDER_ONLY_DIRS;
    const dirs = (0,prefixes/* buildDirs */.FV)(external_node_path_.resolve(where.croot), i.pkg.name || 'recipe', where.stamp, !i.hasHost, win);
    const python = first(i.variant.python) ?? platforms/* DEFAULT_PYTHON */.H1;
    const env = (0,env_vars/* buildEnvironment */.AF)({
        subdir: i.subdir,
        buildSubdir: i.buildSubdir,
        prefix: dirs.hostPrefix,
        buildPrefix: dirs.buildPrefix,
        srcDir: dirs.work,
        recipeDir: i.recipeDir,
        pkg: {
            name: i.pkg.name,
            version: i.pkg.version,
            buildNumber: Number(i.pkg.number) || 0,
            buildString: i.pkg.buildString ?? 'placeholder',
            hash: i.pkg.hash ?? '1234567'
        },
        pythonVersion: majorMinor(python),
        hasPython: i.deps.includes('python') || i.pkg.name === 'python',
        sysPython: process.execPath,
        sysPrefix: external_node_path_.dirname(external_node_path_.dirname(process.execPath)),
        cpuCount: external_node_os_.availableParallelism(),
        sourceDateEpoch: where.stamp,
        variant: {},
        inherited: i.env,
        gitVars: i.sourceVars,
        scriptEnv: i.scriptEnv,
        state: 'BUILD'
    });
    for (const k of SCRIPT_ONLY)
        delete env[k];
    return { ...env, ...languageVars(i.variant), CONDA_BUILD_STATE: 'RENDER' };
}
/**
 * `environ` as a template sees it: the process environment, the render-time variables over it, and the
 * variant's keys whose upper-case name is not one of those variables (conda-build's get_environ).
 */
function environFor(vars, variant, env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    Object.assign(out, vars);
    for (const [k, v] of Object.entries(variantStrings(variant)))
        if (!(k.toUpperCase() in vars) && !['PYTHON', 'PERL', 'LUA', 'R', 'NUMPY'].includes(k.toUpperCase()))
            out[k] = v;
    return out;
}

;// CONCATENATED MODULE: ./src/conda/recipe/context.ts




function buildVariables(input) {
    return renderVariables({
        subdir: input.platform.subdir,
        buildSubdir: input.platform.buildSubdir,
        recipeDir: input.files.recipeDir,
        variant: input.variant,
        env: input.platform.env,
        dirs: input.dirs,
        pkg: input.pkg,
        deps: input.found.deps,
        hasHost: input.found.hasHost,
        scriptEnv: input.found.scriptEnv,
        sourceVars: input.sourceVars
    });
}
function templateContext(input) {
    const ctx = {};
    for (const [k, v] of input.selectors)
        ctx[k] = v;
    const vars = buildVariables(input);
    Object.assign(ctx, vars);
    for (const [k, v] of Object.entries(input.variant))
        ctx[k] = v;
    const environ = environFor(vars, input.variant, input.platform.env);
    const { variant, platform, files, pins, strict } = input;
    Object.assign(ctx, {
        environ,
        compiler: (lang) => (0,context_functions/* targetPackage */.E3)(String(lang), 'compiler', variant, platform.subdir),
        stdlib: (lang) => (0,context_functions/* targetPackage */.E3)(String(lang), 'stdlib', variant, platform.subdir),
        cdt: (name) => (0,context_functions/* cdtPackage */.cA)(String(name), variant, platform.subdir),
        ccache: () => 'ccache',
        pin_subpackage: (...a) => (0,context_functions/* pinSubpackage */.Mc)(pins, a, strict),
        pin_compatible: (...a) => (0,context_functions/* pinCompatible */.Ct)(pins, a, strict),
        load_file_regex: (...a) => loadFileRegex(files, a, strict),
        load_file_data: (...a) => loadFileData(files, a, strict),
        load_str_data: (...a) => loadStrData(a),
        load_setup_py_data: (...a) => loadSetupPyData(files, a),
        load_setuptools: (...a) => loadSetupPyData(files, a),
        resolved_packages: () => [],
        // the machine's gcc, g++, make and CPython, for the toolchain recipes (examples/conda-toolchain)
        machine_tool: (0,toolchain_machine/* machineToolFunction */.sv)(platform.env),
        installed: {}
    });
    return ctx;
}

// EXTERNAL MODULE: ./src/conda/recipe/location.ts
var recipe_location = __webpack_require__(68819);
// EXTERNAL MODULE: ./src/conda/recipe/expr.ts
var expr = __webpack_require__(73963);
;// CONCATENATED MODULE: ./src/conda/recipe/namespace.ts
/**
 * The names a selector (and a template) sees, as conda-build sets them for a target platform:
 * OS and architecture flags, py/np/pl/lua, the environment, and the variant's keys (numbers as ints,
 * "true"/"false" as booleans).
 */


function firstString(v, fallback) {
    if (typeof v === 'string')
        return v;
    if (Array.isArray(v) && typeof v[0] === 'string')
        return v[0];
    return fallback;
}
function envDict(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return expr/* PyDict */.KL.of(out);
}
/** The `os` subset selectors may use: environ, getenv, sep, pathsep. */
function osModule(environ, subdir) {
    const win = subdir.startsWith('win-');
    return expr/* PyObject */.By.of('module', {
        environ,
        getenv: new expr/* PyFunc */.of('os.getenv', ([k, d]) => (typeof k === 'string' && environ.map.has(k) ? environ.map.get(k) : (d ?? null))),
        sep: win ? '\\' : '/',
        pathsep: win ? ';' : ':'
    });
}
/** Python version "3.12.1" or "3.12 *_cpython" as an int: 312. */
function pyInt(python) {
    const [major = '3', minor = '0'] = python.split(' ')[0].split('.');
    return parseInt(`${major}${minor}`, 10);
}
function selectorNamespace(facts, variant) {
    const plat = facts.subdir;
    const ns = new Map();
    const environ = envDict(facts.env);
    ns.set('linux32', plat === 'linux-32');
    ns.set('linux64', plat === 'linux-64');
    ns.set('arm', plat.startsWith('linux-arm'));
    ns.set('unix', /^(linux|osx|emscripten)-/.test(plat));
    ns.set('win32', plat === 'win-32');
    ns.set('win64', plat === 'win-64');
    ns.set('os', osModule(environ, plat));
    ns.set('environ', environ);
    ns.set('nomkl', facts.env.FEATURE_NOMKL === '1');
    const subdirs = [...platforms/* KNOWN_SUBDIRS */.Z4, plat].filter(s => s.includes('-'));
    for (const s of subdirs)
        ns.set(s.split('-')[0], plat.startsWith(`${s.split('-')[0]}-`));
    for (const s of subdirs) {
        const arch = s.split('-')[1];
        ns.set(platforms/* ARCH_SELECTOR */.vW[arch] ?? arch, plat.endsWith(`-${arch}`));
    }
    ns.set('x86', plat.endsWith('-32') || plat.endsWith('-64'));
    ns.set('build_platform', facts.buildSubdir);
    const py = firstString(variant.python, platforms/* DEFAULT_PYTHON */.H1);
    const pyv = pyInt(py);
    const major = py.split('.')[0];
    ns.set('py', pyv);
    ns.set('py3k', major === '3');
    ns.set('py2k', major === '2');
    for (const v of [26, 27, 33, 34, 35, 36])
        ns.set(`py${v}`, pyv === v);
    const np = firstString(variant.numpy, '1.26');
    ns.set('np', parseInt(np.split('.').slice(0, 2).join(''), 10));
    ns.set('pl', firstString(variant.perl, '5.26.2'));
    const lua = firstString(variant.lua, '5');
    ns.set('lua', lua);
    ns.set('luajit', lua[0] === '2');
    for (const [k, v] of Object.entries(facts.env))
        if (v !== undefined)
            ns.set(k, v);
    for (const [k, v] of Object.entries(variant)) {
        if (ns.has(k))
            continue;
        ns.set(k, variantToPy(v));
    }
    return ns;
}
function variantToPy(v) {
    if (typeof v === 'string') {
        if (/^\s*[+-]?\d+\s*$/.test(v))
            return parseInt(v, 10);
        if (v.toLowerCase() === 'true' || v.toLowerCase() === 'false')
            return v.toLowerCase() === 'true';
        return v;
    }
    if (Array.isArray(v))
        return v.map(x => variantToPy(x));
    return new expr/* PyDict */.KL(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : String(x)]));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/conda/recipe/variants.ts
var variants = __webpack_require__(42298);
// EXTERNAL MODULE: ./src/conda/recipe/yaml.ts
var yaml = __webpack_require__(99571);
// EXTERNAL MODULE: ./src/conda/recipe/recipe-path.ts
var recipe_path = __webpack_require__(59336);
;// CONCATENATED MODULE: ./src/conda/recipe/recipe-dir.ts
/**
 * A recipe directory on disk: the meta file (meta.yaml, meta.yml, conda.yaml or conda.yml), the build
 * scripts, and the variant layers (defaults, the recipe's conda_build_config.yaml, extra files, explicit).
 */









function readRecipeDir(dirOrFile) {
    const abs = external_node_path_.resolve(dirOrFile);
    if (!external_node_fs_.existsSync(abs))
        throw new recipe_location/* RecipeError */.tF(`recipe '${dirOrFile}' does not exist; give the folder holding meta.yaml`);
    const isFile = external_node_fs_.statSync(abs).isFile();
    const dir = isFile ? external_node_path_.dirname(abs) : abs;
    const file = isFile ? abs : recipe_path/* META_NAMES */.P.map(n => external_node_path_.join(dir, n)).find(f => external_node_fs_.existsSync(f));
    if (!file)
        throw new recipe_location/* RecipeError */.tF(`no meta.yaml in ${dir}; accepted names: ${recipe_path/* META_NAMES */.P.join(', ')}`);
    const read = (name) => {
        const p = external_node_path_.join(dir, name);
        return external_node_fs_.existsSync(p) ? external_node_fs_.readFileSync(p, 'utf8') : undefined;
    };
    return { dir, file, text: (0,yaml/* decodeRecipeText */.yX)(external_node_fs_.readFileSync(file), file), buildSh: read('build.sh'), bldBat: read('bld.bat') };
}
/** The layers in priority order (lowest first), each variant file read with the target's selectors. */
function variantLayers(recipe, facts, configFiles, explicit) {
    const defaults = (0,platforms/* defaultVariant */.tp)(facts.subdir, typeof explicit?.python === 'string' ? explicit.python : undefined);
    const base = { ...defaults, ...(explicit ?? {}) };
    const ns = selectorNamespace(facts, base);
    const layers = [{ source: 'defaults', spec: defaults }];
    const files = [external_node_path_.join(recipe.dir, 'conda_build_config.yaml'), ...configFiles.map(f => external_node_path_.resolve(f))];
    files.forEach((f, i) => {
        if (!external_node_fs_.existsSync(f)) {
            if (i > 0)
                throw new recipe_location/* RecipeError */.tF(`variant config file '${f}' does not exist`);
            return;
        }
        layers.push({ source: f, spec: (0,variants/* parseVariantText */.Ii)((0,yaml/* decodeRecipeText */.yX)(external_node_fs_.readFileSync(f), f), f, ns) });
    });
    if (explicit && Object.keys(explicit).length)
        layers.push({ source: 'explicit variants', spec: explicit });
    return layers;
}

;// CONCATENATED MODULE: ./src/conda/recipe/fields.ts
const S = 'str';
const L = 'list';
const B = 'bool';
const FIELDS = {
    package: { name: S, version: S },
    source: {
        fn: S,
        url: 'str|list',
        md5: S,
        sha1: S,
        sha224: S,
        sha256: S,
        sha384: S,
        sha512: S,
        content_sha256: S,
        content_sha384: S,
        content_sha512: S,
        content_hash_skip: L,
        path: S,
        path_via_symlink: B,
        git_url: S,
        git_tag: S,
        git_branch: S,
        git_rev: S,
        git_depth: 'int',
        hg_url: S,
        hg_tag: S,
        svn_url: S,
        svn_rev: S,
        svn_ignore_externals: B,
        svn_username: S,
        svn_password: S,
        folder: S,
        no_hoist: B,
        patches: L
    },
    build: {
        number: 'int',
        string: S,
        entry_points: L,
        osx_is_app: B,
        disable_pip: B,
        features: L,
        track_features: L,
        preserve_egg_dir: B,
        no_link: L,
        binary_relocation: 'any',
        script: 'str|list',
        noarch: S,
        noarch_python: B,
        python_version_independent: B,
        has_prefix_files: L,
        binary_has_prefix_files: L,
        ignore_prefix_files: 'any',
        detect_binary_files_with_prefix: B,
        skip_compile_pyc: L,
        rpaths: L,
        rpaths_patcher: S,
        script_env: L,
        always_include_files: L,
        skip: B,
        msvc_compiler: S,
        pin_depends: S,
        include_recipe: B,
        preferred_env: S,
        preferred_env_executable_paths: L,
        run_exports: 'list|dict',
        ignore_run_exports: L,
        ignore_run_exports_from: L,
        requires_features: 'dict',
        provides_features: 'dict',
        force_use_keys: L,
        force_ignore_keys: L,
        merge_build_host: B,
        'pre-link': S,
        'post-link': S,
        'pre-unlink': S,
        missing_dso_whitelist: L,
        missing_dso_allowlist: L,
        runpath_whitelist: L,
        runpath_allowlist: L,
        error_overdepending: B,
        error_overlinking: B,
        overlinking_ignore_patterns: L,
        python_site_packages_path: S
    },
    outputs: {
        name: S,
        version: S,
        number: 'int',
        entry_points: L,
        script: S,
        script_interpreter: S,
        build: 'dict',
        requirements: 'list|dict',
        test: 'dict',
        about: 'dict',
        extra: 'dict',
        files: 'any',
        type: S,
        run_exports: 'list|dict',
        target: S,
        // conda-build reads an output's noarch here as well as under its build section
        noarch: S
    },
    requirements: { build: L, host: L, run: L, conflicts: L, run_constrained: L },
    app: { entry: S, icon: S, summary: S, type: S, cli_opts: 'any', own_environment: B },
    test: { requires: L, commands: L, files: L, imports: L, source_files: L, downstreams: 'list|dict' },
    about: {
        home: S,
        dev_url: S,
        doc_url: S,
        doc_source_url: S,
        license_url: S,
        license: S,
        summary: S,
        description: S,
        license_family: S,
        identifiers: L,
        tags: L,
        keywords: L,
        license_file: 'str|list',
        prelink_message: 'str|list',
        readme: S
    },
    extra: {}
};
/** Sections that may be one mapping or a list of them. */
const LIST_SECTIONS = ['source', 'outputs'];
/** Accepted build/noarch values. */
const NOARCH_TYPES = ['python', 'generic'];
/** conda-build's license families (compared without punctuation, upper-cased). */
const LICENSE_FAMILIES = [
    'AGPL',
    'LGPL',
    'GPL3',
    'GPL2',
    'GPL',
    'BSD',
    'MIT',
    'APACHE',
    'PSF',
    'CC',
    'MOZILLA',
    'PUBLIC-DOMAIN',
    'PROPRIETARY',
    'OTHER',
    'NONE'
];
/** Characters a version or build string may not hold (conda-build's check_bad_chrs); '-' only in those two. */
const BAD_CHARS = new Set('=@#$%^&*:;"\'\\|<>?/ ');

// EXTERNAL MODULE: ./src/conda/recipe/sections.ts
var sections = __webpack_require__(352);
;// CONCATENATED MODULE: ./src/conda/recipe/spec-check.ts

const LEADING_OP = /^(==|!=|>=|<=|~=|>|<|=)/;
/** What is wrong with the match spec `spec` (a string entry of a requirements list), or undefined. */
function specProblem(spec) {
    const s = spec.trim();
    // bracket and channel forms (pkg[version='>=1'], conda-forge::pkg) are the solver's to read
    if (/[[\]]|::/.test(s))
        return undefined;
    const version = s.split(/\s+/)[1];
    if (!version)
        return undefined;
    for (const part of version.replace(/[()]/g, '').split(/[,|]/)) {
        const rest = part.replace(LEADING_OP, '');
        if (/[<>!]/.test(rest))
            return `invalid match spec '${s}': the constraint '${part}' has a comparison inside its version`;
    }
    return undefined;
}
/** What is wrong with one entry of a requirements list (not a string), or undefined. */
function entryProblem(list, item) {
    if ((0,sections/* isDict */.Zm)(item) && 'pip' in item)
        return `'${list}' has a 'pip:' list: meta.yaml takes conda packages only; give each as a conda package, or install pip packages from the build script (conda-build points to an environment.yml)`;
    return undefined;
}
/** Accepted forms, for the messages. */
const SPEC_FORMS = "accepted: 'name', 'name 1.2.*', 'name >=1.2,<2', 'name 1.2 build_string'";

;// CONCATENATED MODULE: ./src/conda/recipe/schema.ts
/**
 * Checking the parsed recipe against conda-build's fields: an unknown section or key is a warning
 * (with the closest known name), a value of the wrong shape is an error; all errors are reported at once.
 */




function closest(word, choices) {
    let best;
    let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const c of choices) {
        const d = distance(word, c);
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
const shape = (v) => v === null ? 'nothing' : Array.isArray(v) ? 'a list' : (0,sections/* isDict */.Zm)(v) ? 'a mapping' : typeof v === 'boolean' ? 'a boolean' : 'a string';
function fits(kind, v) {
    if (v === null || kind === 'any')
        return true;
    switch (kind) {
        case 'str':
            return typeof v === 'string' || typeof v === 'boolean';
        case 'int':
            return typeof v === 'string' && /^\s*\d+\s*$/.test(v);
        case 'bool':
            return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false|yes|no|on|off|0|1)$/i.test(v));
        case 'dict':
            return (0,sections/* isDict */.Zm)(v);
        case 'list':
        case 'str|list':
            return typeof v === 'string' || (Array.isArray(v) && v.every(i => !Array.isArray(i)));
        case 'list|dict':
            return typeof v === 'string' || Array.isArray(v) || (0,sections/* isDict */.Zm)(v);
    }
}
const EXPECTED = {
    str: 'a string',
    int: 'a whole number',
    bool: 'true or false',
    dict: 'a mapping',
    list: 'a list',
    'str|list': 'a string or a list',
    'list|dict': 'a list or a mapping',
    any: 'anything'
};
function checkSection(name, path, body, locate, errors, warnings) {
    if (body === null)
        return;
    if (!(0,sections/* isDict */.Zm)(body)) {
        errors.push({ message: `'${path}' must be a mapping, not ${shape(body)}`, at: locate(path) });
        return;
    }
    const fields = FIELDS[name];
    if (name === 'extra')
        return;
    for (const [key, v] of Object.entries(body)) {
        const kind = fields[key];
        if (!kind) {
            const hint = closest(key, Object.keys(fields));
            warnings.push({
                message: `unknown key '${name}/${key}'${hint ? ` (did you mean '${hint}'?)` : ''}; conda-build ignores it`,
                at: locate(`${path}/${key}`, true)
            });
            continue;
        }
        if (!fits(kind, v))
            errors.push({
                message: `'${name}/${key}' must be ${EXPECTED[kind]}, not ${shape(v)}${typeof v === 'string' ? ` ('${v}')` : ''}`,
                at: locate(`${path}/${key}`)
            });
        if (kind === 'list' && Array.isArray(v) && ['requirements', 'test'].includes(name))
            v.forEach((item, i) => {
                const at = locate(`${path}/${key}/${i}`);
                if (typeof item !== 'string' && item !== null)
                    errors.push({ message: entryProblem(`${name}/${key}`, item) ?? `each entry of '${name}/${key}' must be a string, not ${shape(item)}`, at });
                const bad = name === 'requirements' && typeof item === 'string' ? specProblem(item) : undefined;
                if (bad)
                    errors.push({ message: `${bad} in '${name}/${key}'; ${SPEC_FORMS}`, at });
            });
    }
}
const hasVersion = (v) => typeof v === 'string' && v.trim() !== '';
function checkValues(meta, locate, errors, warnings) {
    const pkg = (0,sections/* isDict */.Zm)(meta.package) ? meta.package : undefined;
    const name = pkg?.name;
    if (!pkg || name === undefined || name === null || name === '')
        errors.push({ message: "'package/name' is required", at: locate(pkg ? 'package' : '', true) });
    else if (typeof name === 'string') {
        const bad = [...name].find(c => BAD_CHARS.has(c));
        if (bad)
            errors.push({ message: `bad character '${bad}' in package/name '${name}'`, at: locate('package/name') });
        else if (name !== name.toLowerCase())
            warnings.push({ message: `package/name '${name}' should be lower case`, at: locate('package/name') });
    }
    if (pkg && !hasVersion(pkg.version) && !(Array.isArray(meta.outputs) && meta.outputs.length))
        errors.push({
            message: "package/version missing: a recipe without outputs must give its version under 'package:' (e.g. version: 1.0); " +
                "an empty 'outputs:' counts as none. Accepted: a version string, or a list of outputs each with its own name and version",
            at: locate('package', true)
        });
    for (const field of ['package/version', 'build/string']) {
        const [s, k] = field.split('/');
        const v = (0,sections/* isDict */.Zm)(meta[s]) ? meta[s][k] : undefined;
        if (typeof v !== 'string')
            continue;
        const bad = [...v].find(c => BAD_CHARS.has(c) || c === '-');
        if (bad)
            errors.push({ message: `bad character '${bad}' in ${field} '${v}'`, at: locate(field) });
    }
    const build = (0,sections/* isDict */.Zm)(meta.build) ? meta.build : {};
    if (typeof build.noarch === 'string' && !NOARCH_TYPES.includes(build.noarch))
        errors.push({ message: `build/noarch must be one of ${NOARCH_TYPES.join(', ')}, not '${build.noarch}'`, at: locate('build/noarch') });
    const family = (0,sections/* isDict */.Zm)(meta.about) ? meta.about.license_family : undefined;
    if (typeof family === 'string') {
        const norm = (s) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
        if (!LICENSE_FAMILIES.some(f => norm(f) === norm(family)))
            errors.push({ message: `about/license_family '${family}' is not one of ${LICENSE_FAMILIES.join(', ')}`, at: locate('about/license_family') });
    }
    const sources = Array.isArray(meta.source) ? meta.source : (0,sections/* isDict */.Zm)(meta.source) ? [meta.source] : [];
    sources.forEach((src, i) => {
        if (!(0,sections/* isDict */.Zm)(src))
            return;
        const base = Array.isArray(meta.source) ? `source/${i}` : 'source';
        const revs = ['git_rev', 'git_tag', 'git_branch'].filter(k => k in src);
        if (revs.length > 1)
            errors.push({ message: `several git revisions in one source: ${revs.join(', ')}; give one`, at: locate(`${base}/${revs[1]}`, true) });
        const kinds = ['url', 'git_url', 'path', 'hg_url', 'svn_url'].filter(k => src[k] !== undefined && src[k] !== null);
        if (kinds.length > 1)
            errors.push({
                message: `one source entry has ${kinds.join(' and ')}; give one per entry (a list of sources for several)`,
                at: locate(`${base}/${kinds[1]}`, true)
            });
    });
}
/** Validate; returns warnings, throws one RecipeError listing every error. */
function checkSchema(meta, locate) {
    const errors = [];
    const warnings = [];
    if (!(0,sections/* isDict */.Zm)(meta))
        throw new recipe_location/* RecipeError */.tF(`the recipe must be a mapping of sections, not ${shape(meta)}`, locate(''));
    for (const [section, body] of Object.entries(meta)) {
        if (!FIELDS[section]) {
            const hint = closest(section, Object.keys(FIELDS));
            warnings.push({ message: `unknown section '${section}'${hint ? ` (did you mean '${hint}'?)` : ''}; conda-build ignores it`, at: locate(section, true) });
            continue;
        }
        if (LIST_SECTIONS.includes(section) && Array.isArray(body)) {
            body.forEach((entry, i) => checkSection(section, `${section}/${i}`, entry, locate, errors, warnings));
            continue;
        }
        if (section === 'outputs') {
            // `outputs:` with nothing under it is no outputs, as conda-build reads it (checkValues then asks for package/version)
            if (body !== null)
                errors.push({ message: `'outputs' must be a list of mappings, not ${shape(body)}`, at: locate(section) });
            continue;
        }
        checkSection(section, section, body, locate, errors, warnings);
    }
    checkValues(meta, locate, errors, warnings);
    if (errors.length) {
        const lines = errors.map(e => `${e.at.file}:${e.at.line}:${e.at.column}: ${e.message}`);
        const head = errors.length === 1 ? errors[0].message : `${errors.length} problems in the recipe:\n${lines.map(l => `  - ${l}`).join('\n')}`;
        throw new recipe_location/* RecipeError */.tF(head, errors[0].at);
    }
    return warnings;
}

// EXTERNAL MODULE: ./src/conda/plan/pin-marker.ts
var pin_marker = __webpack_require__(57811);
// EXTERNAL MODULE: ./src/conda/recipe/selectors.ts
var selectors = __webpack_require__(73744);
// EXTERNAL MODULE: ./src/conda/recipe/used-vars.ts
var used_vars = __webpack_require__(99744);
;// CONCATENATED MODULE: ./src/conda/recipe/variant-versions.ts
/**
 * conda-build's insert_variant_versions: a build or host requirement that is the bare name of a variant key
 * (`python`, `r-base` for r_base) gets the variant's value as its version (`python 3.12.*`), and `numpy x.x`
 * gets numpy's.
 */


const firstValue = (v) => (typeof v === 'string' ? v : (0,platforms/* isListValue */.kq)(v) ? v[0] : undefined);
/** Whether a requirement (trailing space cut) is the bare name of variant key `key`, a `_` of the key matching `-` or `_`. */
function namesKey(req, key) {
    if (req.length !== key.length)
        return false;
    for (let i = 0; i < key.length; i++)
        if (req[i] !== key[i] && !(key[i] === '_' && req[i] === '-'))
            return false;
    return true;
}
const keyIndexes = new WeakMap();
function keyIndex(variant) {
    const known = keyIndexes.get(variant);
    if (known)
        return known;
    const entries = Object.entries(variant).flatMap(([k, v]) => {
        const value = firstValue(v);
        return value ? [[k, value]] : [];
    });
    const plain = new Map();
    const dashed = [];
    entries.forEach(([k], i) => (k.includes('-') ? dashed.push(i) : plain.set(k, i)));
    const index = { entries, plain, dashed };
    keyIndexes.set(variant, index);
    return index;
}
/** The value of the first key (in the variant's order) whose bare name the requirement is. */
function pinnedValue(req, variant) {
    const { entries, plain, dashed } = keyIndex(variant);
    const name = req.trimEnd();
    let at = plain.get(name.replace(/-/g, '_')) ?? entries.length;
    for (const i of dashed)
        if (i < at && namesKey(name, entries[i][0]))
            at = i;
    return entries[at]?.[1];
}
/** In build/host a bare `python` becomes `python 3.12.*` from the variant, and `numpy x.x` becomes `numpy 1.26.*`. */
function insertVariantVersions(list, variant) {
    return list.map(req => {
        const value = pinnedValue(req, variant);
        if (value)
            return (0,context_functions/* ensureValidSpec */.Cq)(`${req.trim()} ${value}`);
        const xx = /^([0-9a-zA-Z.\-_]+)\s+x\.x/.exec(req);
        const pinned = xx ? firstValue(variant[xx[1]]) : undefined;
        return xx && pinned ? (0,context_functions/* ensureValidSpec */.Cq)(`${xx[1]} ${pinned}`) : req;
    });
}

// EXTERNAL MODULE: ./src/conda/recipe/distinct.ts + 1 modules
var distinct = __webpack_require__(8921);
;// CONCATENATED MODULE: ./src/conda/recipe/requirements-txt.ts
/**
 * A recipe's requirements.txt, read as conda-build reads it: when the top level's run requirements
 * are empty and the recipe folder holds requirements.txt, its lines are the run requirements
 * (conda's reading of a requirement line: `name`, `name==1.0`, `name>=1.0,<2`, `name=1.0` in
 * conda's own form). Blank lines, `#` comments and pip options (`-r`, `--index-url`...) are skipped.
 */

/** One line as a conda match spec, or undefined for a line that holds none. */
function specFromLine(raw) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-'))
        return undefined;
    const m = /^([^=<>!~\s;[]+)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(line);
    if (!m)
        return undefined;
    const name = m[1].toLowerCase();
    const constraint = m[2].replace(/\s+/g, '');
    if (!constraint)
        return name;
    // conda's own `name=1.0` form: a version, not a comparison
    if (/^=[^=]/.test(constraint))
        return `${name} ${constraint.slice(1)}`;
    return `${name} ${constraint}`;
}
/** The run requirements requirements.txt gives, or undefined when the recipe folder has none. */
function requirementsTxt(recipeDir) {
    // a real file inside the recipe folder, or none (a link out of it is refused)
    const file = (0,confine/* confinedFile */.dD)([recipeDir], recipeDir, 'requirements.txt');
    if (!file)
        return undefined;
    return (0,confine/* readConfined */.Hz)(file)
        .split(/\r?\n/)
        .map(specFromLine)
        .filter((s) => s !== undefined);
}

;// CONCATENATED MODULE: ./src/conda/recipe/render.ts
/**
 * Rendering a recipe as conda-build does, once per variant: selectors on the template, Jinja (a lenient
 * pass for name and version, then a strict one), selectors again, YAML, schema; then the build string.
 * Only the first variant of each distinct combination of the keys the recipe's texts may read is rendered
 * (./distinct.ts); variants that then differ only in keys the recipe does not use collapse into one.
 */





















function requirements(meta) {
    const r = (0,sections/* typedRecipe */.fh)(meta).requirements;
    return { build: [...r.build], host: [...r.host], run: [...r.run], hasHost: r.hasHost };
}
/** A pass's failure as a RecipeError at the recipe's line and column. */
function at(file, maps, line0, col0) {
    const p = (0,recipe_location/* traceBack */.TN)(maps, line0, col0);
    return { file, line: p.line0 + 1, column: p.col0 + 1 };
}
function render_select(text, ns, file, maps) {
    try {
        return (0,selectors/* selectLines */.aA)(text, ns, file);
    }
    catch (e) {
        if (e instanceof selectors/* InvalidSelector */.Pj)
            throw new recipe_location/* RecipeError */.tF(e.message, at(file, maps, e.line0, e.column0));
        throw e;
    }
}
function jinja(text, ctx, strict, file, maps, loader) {
    try {
        return renderJinja(text, ctx, strict, { loader });
    }
    catch (e) {
        if (e instanceof JinjaError) {
            const where = e.line0 !== undefined ? at(file, maps, e.line0, e.column0 ?? 0) : undefined;
            throw new recipe_location/* RecipeError */.tF(`Jinja: ${e.message}`, where);
        }
        if (e instanceof MissingFileError || e instanceof context_functions/* PinError */.sM)
            throw new recipe_location/* RecipeError */.tF(e.message, { file, line: 1, column: 1 });
        throw e;
    }
}
function finalize(meta, variant, buildString, recipeDir) {
    const out = { ...meta };
    const reqs = (0,sections/* isDict */.Zm)(out.requirements) ? { ...out.requirements } : undefined;
    for (const env of ['build', 'host'])
        if (reqs && Array.isArray(reqs[env]))
            reqs[env] = insertVariantVersions((0,sections/* strList */.Sc)(reqs[env]), variant);
    // conda-build: empty run requirements and a requirements.txt beside meta.yaml: its lines are the run requirements
    const fromTxt = reqs && (0,sections/* strList */.Sc)(reqs.run).length ? undefined : requirementsTxt(recipeDir);
    if (fromTxt?.length)
        out.requirements = { ...reqs, run: fromTxt };
    else if (reqs)
        out.requirements = reqs;
    const gitClean = (s) => {
        if (!(0,sections/* isDict */.Zm)(s))
            return s;
        const c = { ...s };
        for (const k of ['git_tag', 'git_branch'])
            if (k in c) {
                if (c[k])
                    c.git_rev = c[k];
                delete c[k];
            }
        return c;
    };
    if (out.source !== undefined)
        out.source = Array.isArray(out.source) ? out.source.map(gitClean) : gitClean(out.source);
    const build = { ...((0,sections/* isDict */.Zm)(out.build) ? out.build : {}), string: buildString };
    // a validated whole number: written as one, not as the string YAML gave
    if (typeof build.number === 'string')
        build.number = Number(build.number);
    out.build = build;
    return out;
}
/**
 * conda-build's first pass: selectors, then Jinja with undefined names and missing files let through. `seen`
 * gets the templates it loads (as written) and the text it renders.
 */
function lenientPass(recipe, facts, variant, o, seen = []) {
    const file = recipe.file;
    const ns = selectorNamespace(facts, variant);
    const pre = render_select(recipe.text, ns, file, []);
    const src = o.source?.(variant);
    const files = { recipeDir: recipe.dir, workDir: src?.workDir ?? o.workDir };
    const loader = templateLoader(files, (text, f) => {
        seen.push(text);
        return render_select(text, ns, f, []).text;
    });
    const base = { platform: facts, variant, selectors: ns, files, dirs: o.dirs, sourceVars: src?.vars };
    const first = { name: '', version: '', number: '0' };
    const found = { deps: [], hasHost: false, scriptEnv: [] };
    const j1 = jinja(pre.text, templateContext({ ...base, pkg: first, pins: { outputs: new Map(), variant }, found, strict: false }), false, file, [pre.map], loader);
    seen.push(j1.text);
    let meta1 = {};
    try {
        const v = (0,yaml/* parseRecipeYaml */.N2)((0,selectors/* selectLines */.aA)(j1.text, ns, file).text).value;
        if ((0,sections/* isDict */.Zm)(v))
            meta1 = v;
    }
    catch {
        // the strict pass reports it with its position
    }
    return { pre, ns, base, loader, meta1 };
}
/** The outputs for pin_subpackage: rendered again with the package's name and version when the recipe writes PKG_NAME or PKG_VERSION. */
function siblingOutputs(p, file, pkg) {
    const outs = Array.isArray(p.meta1.outputs) ? p.meta1.outputs : [];
    if (!outs.length || !/PKG_(NAME|VERSION)/.test(p.pre.text))
        return outs;
    const ctx = templateContext({
        ...p.base,
        pkg,
        pins: { outputs: new Map(), variant: p.base.variant },
        found: { deps: [], hasHost: false, scriptEnv: [] },
        strict: false
    });
    try {
        const v = (0,yaml/* parseRecipeYaml */.N2)((0,selectors/* selectLines */.aA)(jinja(p.pre.text, ctx, false, file, [p.pre.map], p.loader).text, p.ns, file).text).value;
        return (0,sections/* isDict */.Zm)(v) && Array.isArray(v.outputs) ? v.outputs : outs;
    }
    catch {
        return outs;
    }
}
/** One variant rendered; `seen` gets what it read and wrote (see lenientPass). */
function renderVariant(recipe, facts, variant, o, warnings, seen) {
    const file = recipe.file;
    const pass = lenientPass(recipe, facts, variant, o, seen);
    const { pre, ns, base, loader, meta1 } = pass;
    warnings.push(...pre.warnings);
    const pkg1 = (0,sections/* isDict */.Zm)(meta1.package) ? meta1.package : {};
    const build1 = (0,sections/* isDict */.Zm)(meta1.build) ? meta1.build : {};
    const given = requirements(meta1);
    const reqs = { ...given, build: insertVariantVersions(given.build, variant), host: insertVariantVersions(given.host, variant) };
    const noarch = typeof build1.noarch === 'string' ? build1.noarch : undefined;
    const used = (0,used_vars/* usedVariables */.X3)({
        variantKeys: Object.keys(variant),
        rawText: recipe.text,
        selectedText: pre.text,
        reqs,
        ignoreBuildOnly: (0,sections/* strList */.Sc)(variant.ignore_build_only_deps),
        buildSh: recipe.buildSh,
        bldBat: facts.subdir.startsWith('win-') ? recipe.bldBat : undefined,
        noarch: Boolean(noarch),
        forceUse: (0,sections/* strList */.Sc)(build1.force_use_keys),
        forceIgnore: (0,sections/* strList */.Sc)(build1.force_ignore_keys)
    });
    const hashInput = (0,build_string/* hashContents */.DW)({ used, variant, reqs, rawText: recipe.text });
    const hash = (0,build_string/* variantHash */.II)(hashInput);
    const number = typeof build1.number === 'string' ? build1.number.trim() : '0';
    const manual = typeof build1.string === 'string' ? build1.string : '';
    const usesHash = /h\{\{\s*PKG_HASH\s*\}\}/.test(recipe.text);
    const buildString = manual
        ? usesHash
            ? manual.replace(/h[0-9a-f]{7}/g, hash)
            : manual
        : (0,build_string/* insertHash */.mc)((0,build_string/* baseBuildString */.XZ)({
            reqs,
            hasHost: reqs.hasHost,
            variant,
            number,
            features: (0,sections/* strList */.Sc)(build1.features),
            noarch,
            noarchPython: build1.noarch_python === true,
            rawText: recipe.text
        }), hash);
    const name = typeof pkg1.name === 'string' ? pkg1.name : '';
    const version = typeof pkg1.version === 'string' ? pkg1.version : '';
    const pkg = { name, version, number, buildString, hash: hash.slice(1) };
    const pins = { outputs: new Map([[name, { version, build: buildString, number }]]), variant };
    for (const o of siblingOutputs(pass, file, { name, version, number }))
        if ((0,sections/* isDict */.Zm)(o) && typeof o.name === 'string' && o.name !== name)
            pins.outputs.set(o.name, { version: typeof o.version === 'string' && o.version ? o.version : version, build: (0,pin_marker/* buildMarker */.hQ)(o.name), number });
    const deps = (reqs.hasHost ? reqs.host : reqs.build).map(r => r.trim().split(/[\s<>=!~]/)[0]);
    const found = { deps, hasHost: reqs.hasHost, scriptEnv: (0,sections/* strList */.Sc)(build1.script_env) };
    const j2 = jinja(pre.text, templateContext({ ...base, pkg, pins, found, strict: true }), true, file, [pre.map], loader);
    seen.push(j2.text);
    const post = render_select(j2.text, ns, file, [pre.map, j2.map]);
    const maps = [pre.map, j2.map, post.map];
    let parsed;
    try {
        parsed = (0,yaml/* parseRecipeYaml */.N2)(post.text);
    }
    catch (e) {
        if (e instanceof yaml/* YamlError */.Iz)
            throw new recipe_location/* RecipeError */.tF(`YAML: ${e.message}`, at(file, maps, e.line0, e.col0));
        throw e;
    }
    const locate = (p, key) => {
        const pos = parsed.positions.get(p) ?? parsed.positions.get(p.split('/').slice(0, -1).join('/')) ?? { line0: 0, col0: 0, keyLine0: 0, keyCol0: 0 };
        return key ? at(file, maps, pos.keyLine0, pos.keyCol0) : at(file, maps, pos.line0, pos.col0);
    };
    // checked as the recipe reads before anything is solved: pin_compatible calls at their render-time values
    warnings.push(...checkSchema((0,pin_marker/* stripCompatible */.zA)(parsed.value), locate));
    // a build/string of the recipe's own: as the strict pass wrote it (PKG_BUILDNUM, PKG_HASH known by then)
    const parsedBuild = (0,sections/* isDict */.Zm)(parsed.value) ? parsed.value.build : undefined;
    const strictBuild = (0,sections/* isDict */.Zm)(parsedBuild) ? parsedBuild.string : undefined;
    const finalString = manual && typeof strictBuild === 'string' && strictBuild ? strictBuild : buildString;
    const marked = finalize(parsed.value, variant, finalString, external_node_path_.dirname(file));
    const meta = (0,pin_marker/* stripCompatible */.zA)(marked);
    const skipValue = (0,sections/* isDict */.Zm)(meta.build) ? meta.build.skip : undefined;
    const skip = skipValue === true || (typeof skipValue === 'string' && /^(true|yes|1)$/i.test(skipValue));
    const usedVariant = {};
    for (const k of [...used].sort())
        if (variant[k] !== undefined)
            usedVariant[k] = variant[k];
    return {
        name: String(meta.package.name),
        version: String(meta.package.version ?? ''),
        buildString: finalString,
        buildNumber: parseInt(number, 10) || 0,
        subdir: noarch ? 'noarch' : facts.subdir,
        skip,
        variant: usedVariant,
        hashInput,
        meta,
        input: variant,
        ...((0,pin_marker/* hasCompatible */.PD)(marked) ? { compatiblePins: marked } : {})
    };
}
/**
 * The platform a variant renders for: `target_platform` of the variant (from conda_build_config.yaml or
 * --variant) when it sets one other than the recipe's, else the recipe's.
 */
function variantFacts(facts, v) {
    const target = v.target_platform;
    if (typeof target !== 'string' || !target || target === facts.subdir)
        return facts;
    const problem = (0,platforms/* subdirProblem */.fg)(target, 'the variant key target_platform (conda_build_config.yaml, a variant config file or the variants given)');
    if (problem)
        throw new recipe_location/* RecipeError */.tF(problem);
    return { ...facts, subdir: (0,platforms/* targetSubdir */.lu)(target) };
}
/** The recipe's files, the platform and the variant config (before any template is rendered). */
function prepareRender(opts) {
    const recipe = readRecipeDir(opts.recipe);
    const problem = opts.targetPlatform ? (0,platforms/* subdirProblem */.fg)(opts.targetPlatform, 'target platform') : '';
    if (problem)
        throw new recipe_location/* RecipeError */.tF(problem);
    const subdir = (opts.targetPlatform && (0,platforms/* targetSubdir */.lu)(opts.targetPlatform)) || (0,platforms/* hostSubdir */.AQ)();
    const facts = { subdir, buildSubdir: opts.buildPlatform || (0,platforms/* hostSubdir */.AQ)(), env: opts.env ?? process.env };
    const layers = variantLayers(recipe, facts, opts.variantConfigFiles ?? [], opts.variants);
    return { recipe, facts, combined: (0,variants/* combineLayers */.gT)(layers) };
}
/** The `source` section of a variant after the lenient pass: what has to be fetched before the templates can read it. */
function sourceSection(prepared, variant, opts, seen = []) {
    return lenientPass(prepared.recipe, variantFacts(prepared.facts, variant), variant, opts, seen).meta1.source;
}
function attempt(p, v, opts, seen) {
    const warnings = [];
    try {
        return { rendered: renderVariant(p.recipe, variantFacts(p.facts, v), v, opts, warnings, seen), warnings };
    }
    catch (error) {
        return { error, warnings };
    }
}
/** Render the recipe for each distinct variant (see the module's comment); the first failing one throws. */
function renderRecipe(opts) {
    const prepared = prepareRender(opts);
    const { recipe } = prepared;
    const attempts = (0,distinct/* overDistinct */.x)(prepared, (v, seen) => attempt(prepared, v, opts, seen), opts.allVariants);
    const warnings = [];
    const kept = new Map();
    for (const { result } of attempts.items) {
        warnings.push(...result.warnings);
        if (!result.rendered)
            throw result.error;
        const r = result.rendered;
        // variants that differ only in ignore_version keys make one package (conda-build: one dist)
        const ignored = new Set((0,build_string/* listOf */.c3)((r.input ?? r.variant).ignore_version));
        const used = Object.fromEntries(Object.entries(r.variant).filter(([k]) => !ignored.has(k)));
        const key = JSON.stringify([r.name, r.version, r.buildString, r.subdir, used]);
        if (!kept.has(key))
            kept.set(key, r);
    }
    const unique = new Map();
    for (const w of warnings)
        unique.set(JSON.stringify(w), w);
    return {
        recipeFile: recipe.file,
        recipeDir: external_node_path_.dirname(recipe.file),
        variants: [...kept.values()],
        warnings: [...unique.values()],
        scripts: { buildSh: recipe.buildSh !== undefined, bldBat: recipe.bldBat !== undefined }
    };
}


/***/ }),

/***/ 73744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pj: () => (/* binding */ InvalidSelector),
/* harmony export */   aA: () => (/* binding */ selectLines)
/* harmony export */ });
/* unused harmony export splitSelector */
/* harmony import */ var _expr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73963);
/**
 * Line selectors: `text  # [expr]` keeps the line (without the selector) when expr is true and drops it
 * otherwise. The rules are conda-build's: whole-line comments become blank lines, a trailing quote is
 * kept, the `#` is optional (so a flow list `[a, b]` ending a line is read as a selector, as conda-build
 * reads it), and each distinct expression is evaluated once per namespace.
 */

/**
 * Split one line: content, an optional `#...` comment, then `[expr]` with no brackets inside; after a
 * comment more text without parentheses may follow the bracket.
 */
function splitSelector(raw) {
    const line = raw.trimEnd();
    if (line.trimStart().startsWith('#') || line === '')
        return { text: '' };
    if (!line.includes('[') || !line.includes(']'))
        return { text: line };
    const quote = line.endsWith("'") || line.endsWith('"') ? line[line.length - 1] : '';
    // the shortest content for which the rest matches, as a lazy regular expression would find it
    for (let i = 1; i < line.length; i++) {
        let j = i;
        while (j < line.length && /\s/.test(line[j]))
            j++;
        if (line[j] === '#') {
            const rest = line.slice(j);
            // the comment's `.*` is greedy: the last bracket pair that only paren-free text follows
            for (let open = rest.lastIndexOf('['); open >= 0; open = open > 0 ? rest.lastIndexOf('[', open - 1) : -1) {
                const close = rest.indexOf(']', open);
                const inner = close < 0 ? '' : rest.slice(open + 1, close);
                if (inner && !inner.includes('[') && !/[()]/.test(rest.slice(close + 1)))
                    return { text: (line.slice(0, i) + quote).trimEnd(), selector: inner, commented: true };
            }
        }
        else if (line[j] === '[') {
            const m = /^\[([^[\]]+)\]$/.exec(line.slice(j));
            if (m)
                return { text: (line.slice(0, i) + quote).trimEnd(), selector: m[1], commented: false };
        }
    }
    return { text: line };
}
class InvalidSelector extends Error {
    line0;
    column0;
    constructor(message, 
    /** 0-based line in the input text. */
    line0, column0) {
        super(message);
        this.line0 = line0;
        this.column0 = column0;
    }
}
const splitCache = new Map();
function splitAll(text) {
    let lines = splitCache.get(text);
    if (!lines) {
        lines = text.split(/\r?\n/).map(splitSelector);
        if (splitCache.size > 64)
            splitCache.clear();
        splitCache.set(text, lines);
    }
    return lines;
}
/** Keep the lines whose selectors are true. Returns the text and the map of kept lines to input lines. */
function selectLines(text, ns, file = 'meta.yaml') {
    const out = [];
    const lines = [];
    const warnings = [];
    const cache = new Map();
    const raw = text.split(/\r?\n/);
    splitAll(text).forEach((l, i) => {
        if (l.selector === undefined) {
            out.push(l.text);
            lines.push(i);
            return;
        }
        let keep = cache.get(l.selector);
        if (keep === undefined) {
            try {
                keep = (0,_expr_js__WEBPACK_IMPORTED_MODULE_0__/* .evalSelector */ .AS)(l.selector.trim(), ns);
            }
            catch (e) {
                const column0 = raw[i].lastIndexOf(`[${l.selector}]`);
                const why = e instanceof _expr_js__WEBPACK_IMPORTED_MODULE_0__/* .SelectorError */ .af ? e.message : String(e);
                throw new InvalidSelector(`invalid selector [${l.selector}]: ${why}`, i, Math.max(0, column0));
            }
            cache.set(l.selector, keep);
        }
        if (!l.commented && /[:-]\s*$/.test(l.text))
            warnings.push({
                message: `'[${l.selector}]' at the end of the line is read as a selector (conda-build reads it so); quote a flow list or add a comment`,
                at: { file, line: i + 1, column: raw[i].lastIndexOf('[') + 1 }
            });
        if (keep) {
            out.push(l.text);
            lines.push(i);
        }
    });
    return { text: out.join('\n') + '\n', map: { lines }, warnings };
}


/***/ }),

/***/ 99744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ depName),
/* harmony export */   OD: () => (/* binding */ requirementsText),
/* harmony export */   R9: () => (/* binding */ trimBuildOnlyDeps),
/* harmony export */   X3: () => (/* binding */ usedVariables)
/* harmony export */ });
/* unused harmony exports usedInText, usedInShellScript, usedInBatchScript */
/* harmony import */ var _platforms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93622);
/**
 * Which variant keys a recipe uses, by conda-build's text rules: a key is used when the template writes it
 * (`{{ key }}`, `{% if key %}`, `{% for x in key %}`, `{% set x = key %}`), lists it as a bare requirement,
 * tests it in a selector, calls compiler('c')/stdlib('c')/cdt(...) for `c_compiler`-style keys, or when the
 * build script reads `$key`/`${key}` (bld.bat: `%key%`). Keys only run requirements use do not count.
 */

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = '[A-Za-z0-9_]';
/** The lines to test for `key` and the test (built only when some line passes the filter). */
function patternsFor(key, selectorsOnly) {
    const k = esc(key);
    if (selectorsOnly)
        return { regex: () => new RegExp(`^[^#[]*?#?\\s\\[[^\\]]*?(?<!${WORD})${k}[=\\s<>!\\]]`), lineFilter: { folded: key, raw: [] } };
    const alts = [];
    let lineFilter = { folded: key, raw: [] };
    const target = /^(.*?)_(compiler|stdlib)(_version)?$/.exec(key);
    if (target) {
        alts.push(`\\{\\s*${target[2]}\\(['"]${esc(target[1])}['"][^{]*?\\}`);
        lineFilter = { raw: [key, target[1]] };
    }
    else if (key.startsWith('cdt_')) {
        alts.push('\\{\\s*cdt\\(');
        lineFilter = { raw: [key, 'cdt('] };
    }
    const req = key.split('_').map(esc).join('[-_]');
    alts.push(`\\{\\s*(?:pin_[a-z]+\\(\\s*?['"])?${k}(?:[^_0-9a-zA-Z].*?)?\\}\\}`, `^\\s+-\\s+${req}\\s*(?:\\s[[#]|$)`, `(?:^|[^{])\\{%\\s*(?:el)?if\\s*.*${k}\\s*(?:[^%]*?)?%\\}`, `(?:^|[^{])\\{%\\s*for\\s*.*\\s*in\\s*${k}(?!${WORD})(?:[^%]*?)?%\\}`, `(?:^|[^{])\\{%\\s*set\\s*.*\\s*=\\s*.*(?<!${WORD})${k}(?!${WORD})(?:[^%]*?)?%\\}`);
    return { regex: () => new RegExp(alts.join('|')), lineFilter };
}
/** A text split into lines, as written and with `-` read as `_`, each also whole. */
class Lines {
    text;
    raw;
    folded;
    foldedText;
    constructor(text) {
        this.text = text;
        this.raw = text.split(/\r?\n/);
        this.folded = this.raw.map(l => l.replace(/-/g, '_'));
        this.foldedText = this.folded.join('\n');
    }
    /** The lines the filter lets through; none when the whole text lacks what it looks for (most keys, most texts). */
    candidates(f) {
        const inFolded = f.folded !== undefined && this.foldedText.includes(f.folded);
        const inRaw = f.raw.filter(n => this.text.includes(n));
        if (!inFolded && !inRaw.length)
            return [];
        return this.raw.filter((l, i) => (inFolded && this.folded[i].includes(f.folded)) || inRaw.some(n => l.includes(n)));
    }
}
const textCache = new Map();
/** Keys of `keys` the recipe text uses (selectorsOnly: keys tested in selectors). */
function usedInText(keys, text, selectorsOnly = false) {
    const cacheKey = `${selectorsOnly ? 's' : 't'}\u0000${keys.join(',')}\u0000${text}`;
    const hit = textCache.get(cacheKey);
    if (hit)
        return new Set(hit);
    const lines = new Lines(text);
    const used = new Set();
    for (const key of keys) {
        const { regex, lineFilter } = patternsFor(key, selectorsOnly);
        const candidates = lines.candidates(lineFilter);
        if (!candidates.length)
            continue;
        const test = regex();
        if (!candidates.some(l => test.test(l)))
            continue;
        used.add(key);
        if (['c_stdlib', 'c_compiler', 'cxx_compiler'].includes(key) && keys.includes('CONDA_BUILD_SYSROOT'))
            used.add('CONDA_BUILD_SYSROOT');
    }
    if (textCache.size > 512)
        textCache.clear();
    textCache.set(cacheKey, used);
    return new Set(used);
}
function usedInShellScript(keys, script) {
    return new Set(keys.filter(k => script.includes(k) && new RegExp(`\\$\\{?\\s*${esc(k)}\\s*[\\s|}]`).test(script)));
}
function usedInBatchScript(keys, script) {
    return new Set(keys.filter(k => script.includes(`%${k}%`)));
}
/** The requirements section of raw recipe text (up to the next top-level key or output). */
function requirementsText(text) {
    const start = /^requirements:/m.exec(text);
    if (!start)
        return '';
    // the first line start after it that begins a top-level key, or blank space before an output's `- name`/`- type`
    // (the regex /^requirements:[\s\S]*?(?=^\w|(?![\s\S])|^\s+-\s(?=name|type))/m, without its scan of every character)
    const ends = /[\n\r\u2028\u2029]/g;
    ends.lastIndex = start.index + start[0].length;
    for (let m = ends.exec(text); m; m = ends.exec(text))
        if (endsRequirements(text, m.index + 1))
            return text.slice(start.index, m.index + 1);
    return text.slice(start.index);
}
const SPACE = /\s/;
/** Whether the line starting at `at` ends the requirements section (see requirementsText). */
function endsRequirements(text, at) {
    if (at >= text.length || /\w/.test(text[at]))
        return true;
    let i = at;
    while (i < text.length && SPACE.test(text[i]))
        i++;
    return i > at && text[i] === '-' && SPACE.test(text[i + 1] ?? '') && (text.startsWith('name', i + 2) || text.startsWith('type', i + 2));
}
/** The name a requirement line is about (`numpy >=1.2` -> numpy), as written. */
const depName = (spec) => spec.trim().split(/[\s<>=!~]/)[0];
/** Drop keys only run requirements use, and build-only ones the variant says to ignore (python, numpy). */
function trimBuildOnlyDeps(used, reqs, ignoreBuildOnly) {
    const build = new Set(reqs.build.filter(Boolean).map(r => depName(r).replace(/-/g, '_')));
    const host = new Set(reqs.host.filter(Boolean).map(r => depName(r).replace(/-/g, '_')));
    const out = new Set(used);
    for (const dep of used) {
        if (reqs.run.includes(dep)) {
            if (!build.has(dep) && !host.has(dep))
                out.delete(dep);
        }
        else if (build.has(dep) && !host.has(dep) && ignoreBuildOnly.includes(dep))
            out.delete(dep);
    }
    return out;
}
function usedVariables(input) {
    const keys = input.variantKeys.filter(k => !_platforms_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECIAL_KEYS */ .FO.includes(k));
    const selectors = usedInText(keys, input.rawText, true);
    const all = new Set([...usedInText(keys, input.selectedText), ...selectors]);
    const inReqs = usedInText(keys, requirementsText(input.selectedText));
    const outside = [...all].filter(k => !inReqs.has(k));
    const used = new Set([...outside, ...trimBuildOnlyDeps(inReqs, input.reqs, input.ignoreBuildOnly)]);
    if (input.buildSh !== undefined)
        for (const k of usedInShellScript(keys, input.buildSh))
            used.add(k);
    if (input.bldBat !== undefined)
        for (const k of usedInBatchScript(keys, input.bldBat))
            used.add(k);
    if (input.variantKeys.includes('target_platform') && !input.noarch)
        used.add('target_platform');
    if (input.variantKeys.includes('channel_targets'))
        used.add('channel_targets');
    for (const k of input.forceIgnore)
        used.delete(k);
    for (const k of input.forceUse)
        used.add(k);
    return used;
}


/***/ }),

/***/ 42298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ explodeDistinct),
/* harmony export */   Fh: () => (/* binding */ parseVariantInput),
/* harmony export */   Gd: () => (/* binding */ explode),
/* harmony export */   Ii: () => (/* binding */ parseVariantText),
/* harmony export */   Qj: () => (/* binding */ projection),
/* harmony export */   Xe: () => (/* binding */ varyingKeys),
/* harmony export */   gT: () => (/* binding */ combineLayers)
/* harmony export */ });
/* unused harmony exports parseVariantYaml, zipGroups */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68819);
/* harmony import */ var _selectors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73744);
/* harmony import */ var _platforms_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93622);
/**
 * Variants: conda-build's defaults, then conda_build_config.yaml files (selectors applied, every value a
 * string), then explicit variants, combined with later layers replacing earlier ones (extend_keys merge,
 * zip_keys keep groups aligned), then exploded into one variant per combination.
 */




/** Plain data from a failsafe YAML value: every scalar a string. */
function plain(v) {
    if (v === null || v === undefined)
        return undefined;
    if (typeof v === 'string')
        return v;
    // nested lists (zip_keys groups) stay lists
    if (Array.isArray(v))
        return v.map(x => (typeof x === 'string' ? x : Array.isArray(x) ? x.map(String) : String(x)));
    if (typeof v === 'object')
        return v;
    return String(v);
}
/** Read a variant file's text: selectors for the target first, then YAML with every scalar a string. */
function parseVariantText(text, file, ns) {
    let selected;
    try {
        selected = (0,_selectors_js__WEBPACK_IMPORTED_MODULE_2__/* .selectLines */ .aA)(text, ns, file).text;
    }
    catch (e) {
        if (e instanceof _selectors_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidSelector */ .Pj)
            throw new _location_js__WEBPACK_IMPORTED_MODULE_1__/* .RecipeError */ .tF(e.message, { file, line: e.line0 + 1, column: e.column0 + 1 });
        throw e;
    }
    return parseVariantYaml(selected, file);
}
function parseVariantYaml(text, source) {
    // a key given twice: the last wins, as PyYAML (conda-build's reader) has it
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { schema: 'failsafe', uniqueKeys: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new _location_js__WEBPACK_IMPORTED_MODULE_1__/* .RecipeError */ .tF(`variant config: ${e.message.split('\n')[0]}`, { file: source, line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1 });
    }
    const data = doc.toJS();
    if (data === null || data === undefined || data === '')
        return {};
    if (typeof data !== 'object' || Array.isArray(data))
        throw new _location_js__WEBPACK_IMPORTED_MODULE_1__/* .RecipeError */ .tF(`variant config must be a mapping of keys to values`, { file: source, line: 1, column: 1 });
    const spec = {};
    for (const [k, v] of Object.entries(data)) {
        const p = plain(v);
        if (p === undefined || (Array.isArray(p) && p.length === 0) || p === '')
            continue;
        spec[k] = p;
    }
    return spec;
}
/** The `variants` input: a YAML mapping, or KEY=VALUE lines (a key given twice is a list). */
function parseVariantInput(text, source = 'variants') {
    const lines = text
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l && !l.startsWith('#'));
    if (lines.length && lines.every(l => /^[A-Za-z_][\w.-]*=/.test(l))) {
        const spec = {};
        for (const l of lines) {
            const [k, ...rest] = l.split('=');
            (spec[k.trim()] ??= []).push(rest.join('=').trim());
        }
        return spec;
    }
    return parseVariantYaml(text, source);
}
const asList = (v) => (typeof v === 'string' ? [v] : (0,_platforms_js__WEBPACK_IMPORTED_MODULE_3__/* .isListValue */ .kq)(v) ? v : [JSON.stringify(v)]);
const isDictValue = (v) => typeof v === 'object' && !Array.isArray(v);
function zipGroups(spec) {
    const z = spec.zip_keys;
    if (!z || typeof z === 'string')
        return [];
    if (!Array.isArray(z))
        return [];
    const items = z;
    if (items.every(i => typeof i === 'string'))
        return [items];
    return items.map(i => (Array.isArray(i) ? i : [String(i)]));
}
/** Combine layers, later ones first in priority. */
function combineLayers(layers) {
    const extend = new Set(['pin_run_as_build', 'ignore_version', 'ignore_build_only_deps', 'extend_keys']);
    for (const l of layers)
        if (l.spec.extend_keys)
            for (const k of asList(l.spec.extend_keys))
                extend.add(k);
    const groups = [];
    for (const l of layers)
        for (const g of zipGroups(l.spec))
            if (!groups.some(x => x.join() === g.join()))
                groups.push(g);
    const out = {};
    const filters = new Map();
    for (const { source, spec } of layers) {
        for (const [k, v] of Object.entries(spec)) {
            if (k === 'zip_keys')
                continue;
            if (extend.has(k)) {
                const prev = out[k];
                if (isDictValue(v))
                    out[k] = { ...(prev && isDictValue(prev) ? prev : {}), ...v };
                else
                    out[k] = [...new Set([...(prev && !isDictValue(prev) ? asList(prev) : []), ...asList(v)])];
                continue;
            }
            if (isDictValue(v)) {
                out[k] = v;
                continue;
            }
            const group = groups.find(g => g.includes(k)) ?? [k];
            if (group.every(g => g in spec)) {
                for (const g of group)
                    if (asList(spec[g]).length !== asList(v).length)
                        throw new _location_js__WEBPACK_IMPORTED_MODULE_1__/* .RecipeError */ .tF(`${source}: ${k} and ${g} are zipped (zip_keys) but have ${asList(v).length} and ${asList(spec[g]).length} values; give them the same length`);
                out[k] = v;
            }
            else if (k in out && asList(out[k]).length !== asList(v).length) {
                const missing = asList(v).filter(x => !asList(out[k]).includes(x));
                if (missing.length)
                    throw new _location_js__WEBPACK_IMPORTED_MODULE_1__/* .RecipeError */ .tF(`${source}: ${k} is zipped with ${group.filter(g => g !== k).join(', ')}; give those keys too, or values among ${asList(out[k]).join(', ')} (not ${missing.join(', ')})`);
                filters.set(k, asList(v));
            }
            else
                out[k] = v;
        }
    }
    if (groups.length)
        out.zip_keys = groups;
    for (const g of groups)
        for (const k of g)
            if (k in out && g.some(o => o in out && asList(out[o]).length !== asList(out[k]).length))
                throw new _location_js__WEBPACK_IMPORTED_MODULE_1__/* .RecipeError */ .tF(`zip_keys group [${g.join(', ')}]: the keys have different numbers of values`);
    return { spec: out, filters };
}
const PASSTHRU = new Set(_platforms_js__WEBPACK_IMPORTED_MODULE_3__/* .SPECIAL_KEYS */ .FO);
/** The keys every variant shares, and the axes in the order explode() nests them (the first outermost). */
function layout(spec) {
    const groups = zipGroups(spec).map(g => g.filter(k => k in spec));
    const zipped = new Set(groups.flat());
    const passthru = new Set([...PASSTHRU, ...(spec.extend_keys ? asList(spec.extend_keys) : [])]);
    const fixed = {};
    const axes = [];
    for (const [k, v] of Object.entries(spec)) {
        if (passthru.has(k) || isDictValue(v))
            fixed[k] = v;
        else if (!zipped.has(k))
            axes.push({ keys: [k], rows: asList(v).map(x => [x]) });
    }
    for (const g of groups.filter(g => g.length)) {
        const n = Math.min(...g.map(k => asList(spec[k]).length));
        axes.push({ keys: g, rows: Array.from({ length: n }, (_, i) => g.map(k => asList(spec[k])[i])) });
    }
    return { fixed, axes };
}
/** Every combination of one row per axis, the last axis changing fastest; keys in the order fixed, then axes. */
function product(fixed, axes) {
    if (axes.some(a => a.rows.length === 0))
        return [];
    const out = [];
    const at = axes.map(() => 0);
    for (;;) {
        const v = { ...fixed };
        axes.forEach((a, i) => a.keys.forEach((k, j) => (v[k] = a.rows[at[i]][j])));
        out.push(v);
        let i = axes.length - 1;
        while (i >= 0 && ++at[i] === axes[i].rows.length)
            at[i--] = 0;
        if (i < 0)
            return out;
    }
}
/** Keys a later layer narrowed to some values of their zip group; a filter that would keep nothing is ignored. */
function applyFilters(variants, filters) {
    let out = variants;
    for (const [k, allowed] of filters) {
        const kept = out.filter(v => allowed.includes(String(v[k])));
        if (kept.length)
            out = kept;
    }
    return out;
}
/** One variant per combination: zip groups advance together, other keys form the cartesian product. */
function explode(combined) {
    const { fixed, axes } = layout(combined.spec);
    return applyFilters(product(fixed, axes), combined.filters);
}
/** The keys whose value is not the same in every variant. */
function varyingKeys(combined) {
    return layout(combined.spec).axes.flatMap(a => a.keys.filter((_, i) => new Set(a.rows.map(r => r[i])).size > 1));
}
/** A variant's values of `keys`, as one comparable string. */
function projection(v, keys) {
    return JSON.stringify([...keys].sort().map(k => [k, v[k] ?? null]));
}
/** The first item of each distinct id, in order. */
function firstOfEach(items, id) {
    const seen = new Set();
    return items.filter(item => {
        const key = id(item);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * The first variant, in explode()'s order, of each distinct combination of the values of `keys`: explode()
 * without the variants that differ from an earlier one only in other keys. The full product is never built:
 * each axis keeps the first row of each distinct combination of its keys among `keys` (and of the keys a later
 * layer filters on), so the first variant of each combination is among the products of those rows.
 */
function explodeDistinct(combined, keys) {
    const { fixed, axes } = layout(combined.spec);
    const cut = new Set([...keys, ...combined.filters.keys()]);
    const firstRows = (a) => {
        const at = a.keys.flatMap((k, i) => (cut.has(k) ? [i] : []));
        return { keys: a.keys, rows: firstOfEach(a.rows, r => JSON.stringify(at.map(i => r[i]))) };
    };
    const variants = applyFilters(product(fixed, axes.map(firstRows)), combined.filters);
    return firstOfEach(variants, v => projection(v, keys));
}


/***/ }),

/***/ 99571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ YamlError),
/* harmony export */   N2: () => (/* binding */ parseRecipeYaml),
/* harmony export */   yX: () => (/* binding */ decodeRecipeText)
/* harmony export */ });
/* unused harmony exports MAX_ALIAS_EXPANSION, invalidUtf8Offset */
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68819);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/**
 * The YAML pass, read as conda-build reads meta.yaml: YAML 1.1 booleans and nulls, but every number
 * stays the string it was written as (`1.10` is "1.10", `0755` is "0755"), and dates stay strings.
 * Each value keeps its position so that schema errors can point at it. Anchors, aliases and `<<` merge keys
 * resolve as PyYAML resolves them, with a bound on the values aliases expand to (against billion-laughs files).
 */


class YamlError extends Error {
    line0;
    col0;
    constructor(message, line0, col0) {
        super(message);
        this.line0 = line0;
        this.col0 = col0;
    }
}
/** Values an alias may expand to, in all, in one document. */
const MAX_ALIAS_EXPANSION = 20_000;
/** A recipe file's bytes as text: invalid UTF-8 is an error naming the byte offset (never silently replaced). */
function decodeRecipeText(bytes, file) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const offset = invalidUtf8Offset(bytes);
        const before = bytes.subarray(0, offset);
        const line = before.filter(b => b === 0x0a).length + 1;
        const column = offset - before.lastIndexOf(0x0a);
        throw new _location_js__WEBPACK_IMPORTED_MODULE_0__/* .RecipeError */ .tF(`invalid UTF-8 at byte offset ${offset}; a recipe file must be UTF-8 text`, { file, line, column });
    }
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function invalidUtf8Offset(b) {
    for (let i = 0; i < b.length;) {
        const c = b[i];
        const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
        if (n < 0)
            return i;
        const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
        const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
        for (let k = 1; k <= n; k++) {
            const x = b[i + k];
            if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf))
                return i;
        }
        i += n + 1;
    }
    return b.length;
}
function parseRecipeYaml(text) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { version: '1.1', lineCounter: lc, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const p = lc.linePos(e.pos[0]);
        throw new YamlError(e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), p.line - 1, p.col - 1);
    }
    const positions = new Map();
    const pos = (offset) => {
        const p = lc.linePos(offset ?? 0);
        return { line0: p.line - 1, col0: p.col - 1 };
    };
    let expanded = 0;
    const anchors = new Map();
    const walk = (node, path, keyAt, viaAlias = 0) => {
        if (viaAlias && ++expanded > MAX_ALIAS_EXPANSION) {
            const p = pos(node.range?.[0]);
            throw new YamlError(`aliases expand to more than ${MAX_ALIAS_EXPANSION} values (a billion-laughs file?)`, p.line0, p.col0);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node)) {
            // resolved once per alias: resolve() searches the document
            const target = anchors.has(node) ? anchors.get(node) : node.resolve(doc);
            anchors.set(node, target);
            if (!target)
                throw new YamlError(`unknown alias *${node.source}`, pos(node.range?.[0]).line0, pos(node.range?.[0]).col0);
            if (viaAlias > 100)
                throw new YamlError('aliases nested more than 100 levels deep', pos(node.range?.[0]).line0, pos(node.range?.[0]).col0);
            return walk(target, path, keyAt, viaAlias + 1);
        }
        const n = node;
        const at = n && 'range' in n && n.range ? pos(n.range[0]) : (keyAt ?? { line0: 0, col0: 0 });
        positions.set(path, { ...at, keyLine0: keyAt?.line0 ?? at.line0, keyCol0: keyAt?.col0 ?? at.col0 });
        if (n === null || n === undefined)
            return null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(n)) {
            const v = n.value;
            if (v === null || v === undefined)
                return null;
            if (typeof v === 'boolean' || typeof v === 'string')
                return v;
            // numbers, dates, infinities: the text as written
            return n.source ?? String(v);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(n))
            return n.items.map((item, i) => walk(item, `${path}/${i}`, undefined, viaAlias));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(n)) {
            const out = {};
            const merged = {};
            for (const pair of n.items) {
                const k = pair.key;
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(k) ? (typeof k.value === 'string' ? k.value : (k.source ?? String(k.value))) : String(k);
                const kAt = k && 'range' in k && k.range ? pos(k.range[0]) : at;
                const v = walk(pair.value, path ? `${path}/${key}` : key, kAt, viaAlias);
                if (key === '<<' && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(k) && k.source === '<<')
                    mergeInto(merged, v, kAt);
                else
                    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
            }
            for (const key of Object.keys(merged))
                if (!Object.hasOwn(out, key))
                    Object.defineProperty(out, key, { value: merged[key], enumerable: true, writable: true, configurable: true });
            return out;
        }
        return String(n.toString());
    };
    return { value: walk(doc.contents, ''), positions };
}
/** `<<: *a` or `<<: [*a, *b]`: keys not already merged (earlier sources win, as in PyYAML). */
function mergeInto(merged, v, at) {
    const sources = Array.isArray(v) ? v : [v];
    for (const src of sources) {
        if (src === null || typeof src !== 'object' || Array.isArray(src))
            throw new YamlError('a merge key (<<) needs a mapping or a list of mappings', at.line0, at.col0);
        for (const key of Object.keys(src))
            if (!Object.hasOwn(merged, key))
                Object.defineProperty(merged, key, { value: src[key], enumerable: true, writable: true, configurable: true });
    }
}


/***/ }),

/***/ 73918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ inRuntime),
/* harmony export */   V: () => (/* binding */ hostRuntime)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_host_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86320);
/**
 * The conda half's commands go through a Runtime (src/runtime/): the build script, the tests, git,
 * patch and patchelf. Its argv are written in host paths; these map them to the runtime's side.
 */


let host;
/** The host runtime, where commands run when no other is given. */
function hostRuntime() {
    host ??= new _runtime_host_js__WEBPACK_IMPORTED_MODULE_1__/* .HostRuntime */ .X();
    return host;
}
/** argv with every absolute host path after the program mapped to the runtime's side (the program is a name or a runtime path). */
function inRuntime(runtime, argv) {
    return argv.map((a, i) => (i > 0 && node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(a) ? runtime.toRuntimePath(a) : a));
}


/***/ }),

/***/ 68985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k$: () => (/* binding */ cacheKey),
  DH: () => (/* binding */ fetchUrlSource)
});

// UNUSED EXPORTS: fileHashes, hashMismatches

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/conda/recipe/location.ts
var recipe_location = __webpack_require__(68819);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/conda/source/download.ts
/**
 * Downloading one URL to a file: streamed to a temporary name beside the destination and renamed only
 * when complete (a short body against Content-Length is an error), retried with a growing pause on
 * network errors and 5xx/429 answers, with progress lines (bytes and rate). A file: URL is copied.
 */





class DownloadError extends Error {
    url;
    transient;
    constructor(url, message, 
    /** Worth another attempt (network error, 5xx, 429, truncated body). */
    transient) {
        super(`${url}: ${message}`);
        this.url = url;
        this.transient = transient;
    }
}
const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
/** Show a URL without credentials. */
function safeUrl(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url;
    }
}
async function attempt(url, dest, opts) {
    const log = opts.log ?? (() => { });
    let res;
    try {
        res = await fetch(url, { redirect: 'follow' });
    }
    catch (e) {
        throw new DownloadError(safeUrl(url), `cannot connect: ${String(e.cause ?? e.message)}`, true);
    }
    if (!res.ok || !res.body) {
        await res.body?.cancel();
        throw new DownloadError(safeUrl(url), `HTTP ${res.status} ${res.statusText}`, res.status >= 500 || res.status === 429);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    const max = opts.maxBytes ?? 16 * 1024 ** 3;
    if (declared > max)
        throw new DownloadError(safeUrl(url), `${declared} bytes is over the limit of ${max}`, false);
    const started = performance.now();
    let got = 0;
    let lastLine = started;
    const every = opts.progressEveryMs ?? 2000;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _e, done) {
            got += chunk.length;
            if (got > max)
                return done(new DownloadError(safeUrl(url), `more than the limit of ${max} bytes`, false));
            const now = performance.now();
            if (now - lastLine >= every) {
                lastLine = now;
                const rate = got / ((now - started) / 1000);
                log(`  ${mib(got)}${declared ? ` of ${mib(declared)}` : ''} at ${mib(rate)}/s`);
            }
            done(null, chunk);
        }
    });
    const tmp = external_node_path_.join(external_node_path_.dirname(dest), `.${external_node_path_.basename(dest)}.part-${process.pid}`);
    try {
        await (0,promises_.pipeline)(external_node_stream_.Readable.fromWeb(res.body), counter, external_node_fs_.createWriteStream(tmp));
        if (Number.isFinite(declared) && got !== declared)
            throw new DownloadError(safeUrl(url), `truncated: got ${got} of ${declared} bytes`, true);
        external_node_fs_.renameSync(tmp, dest);
    }
    catch (e) {
        external_node_fs_.rmSync(tmp, { force: true });
        if (e instanceof DownloadError)
            throw e;
        throw new DownloadError(safeUrl(url), `transfer failed after ${got} bytes: ${e.message}`, true);
    }
    const secs = (performance.now() - started) / 1000;
    log(`  ${mib(got)} in ${secs.toFixed(1)} s (${mib(got / Math.max(secs, 0.001))}/s)`);
    return got;
}
/** A file: URL (a recipe's relative source URL): copied under a temporary name, then renamed. */
function copyLocal(url, dest, opts) {
    const file = (0,external_node_url_.fileURLToPath)(url);
    let size;
    try {
        size = external_node_fs_.statSync(file).size;
    }
    catch {
        throw new DownloadError(url, `no such file ${file} (a source URL without a scheme is a path relative to the recipe folder)`, false);
    }
    const max = opts.maxBytes ?? 16 * 1024 ** 3;
    if (size > max)
        throw new DownloadError(url, `${size} bytes is over the limit of ${max}`, false);
    const tmp = external_node_path_.join(external_node_path_.dirname(dest), `.${external_node_path_.basename(dest)}.part-${process.pid}`);
    external_node_fs_.copyFileSync(file, tmp);
    external_node_fs_.renameSync(tmp, dest);
    opts.log?.(`  copied ${file} (${mib(size)})`);
    return size;
}
/** Download `url` to `dest` (folder created). Returns the byte count. */
async function download(url, dest, opts = {}) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(dest), { recursive: true });
    if (url.startsWith('file:'))
        return copyLocal(url, dest, opts);
    const attempts = opts.attempts ?? 3;
    let pause = opts.backoffMs ?? 1000;
    for (let i = 1;; i++) {
        try {
            return await attempt(url, dest, opts);
        }
        catch (e) {
            if (!(e instanceof DownloadError) || !e.transient || i >= attempts)
                throw e;
            opts.log?.(`  attempt ${i} of ${attempts} failed (${e.message}); again in ${(pause / 1000).toFixed(1)} s`);
            await new Promise(r => setTimeout(r, pause));
            pause *= 2;
        }
    }
}

// EXTERNAL MODULE: ./src/conda/source/spec.ts
var spec = __webpack_require__(54278);
;// CONCATENATED MODULE: ./src/conda/source/cache.ts
/**
 * The source cache: downloads kept under a content address, `<algo>-<hex>/<fn>` for the strongest hash
 * the recipe gives, so a second run (or another branch, after restoring the folder with @actions/cache)
 * uses the file without the network once its hashes check. Without a hash in the recipe nothing is
 * cached (conda-build reuses only hashed downloads too): the file is fetched into a scratch folder.
 */






const STRENGTH = ['sha512', 'sha384', 'sha256', 'sha224', 'sha1', 'md5'];
/** The cache entry of a source, or undefined when the recipe gives no hash. */
function cacheKey(src) {
    const algo = STRENGTH.find(a => src.hashes[a]);
    return algo ? `${algo}-${src.hashes[algo]}` : undefined;
}
async function fileHashes(file, algos) {
    const hs = algos.map(a => [a, (0,external_node_crypto_.createHash)(a)]);
    for await (const chunk of external_node_fs_.createReadStream(file))
        for (const [, h] of hs)
            h.update(chunk);
    return Object.fromEntries(hs.map(([a, h]) => [a, h.digest('hex')]));
}
/** The hashes that differ: [algorithm, expected, actual]. */
async function hashMismatches(file, expected) {
    const algos = spec/* HASH_ALGORITHMS */.UH.filter(a => expected[a]);
    const got = await fileHashes(file, algos);
    return algos.filter(a => got[a] !== expected[a]).map(a => [a, expected[a], got[a]]);
}
/**
 * The source file: from the cache when its hashes check, else downloaded from the mirrors in order
 * (a mirror whose file fails a hash is skipped), verified, and stored in the cache.
 */
async function fetchUrlSource(src, cacheDir, opts = {}) {
    const log = opts.log ?? (() => { });
    const key = cacheKey(src);
    external_node_fs_.mkdirSync(cacheDir, { recursive: true });
    const dir = key ? external_node_path_.join(cacheDir, key) : external_node_fs_.mkdtempSync(external_node_path_.join(cacheDir, 'unhashed-'));
    const dest = external_node_path_.join(dir, src.fn);
    if (key && external_node_fs_.existsSync(dest)) {
        if ((await hashMismatches(dest, src.hashes)).length === 0) {
            log(`${src.fn}: in the source cache (${key.slice(0, 20)}…)`);
            return { file: dest, cached: true };
        }
        log(`${src.fn}: the cached copy fails its hash; downloading again`);
        external_node_fs_.rmSync(dest, { force: true });
    }
    if (!key)
        log(`${src.fn}: the recipe gives no md5/sha256, so the download is not verified or cached`);
    const problems = [];
    for (const url of src.urls) {
        log(`${src.fn}: downloading ${safeUrl(url)}`);
        try {
            await download(url, dest, opts);
        }
        catch (e) {
            problems.push(e instanceof DownloadError ? e.message : `${safeUrl(url)}: ${e.message}`);
            continue;
        }
        const bad = await hashMismatches(dest, src.hashes);
        if (bad.length === 0)
            return { file: dest, cached: false };
        external_node_fs_.rmSync(dest, { force: true });
        problems.push(`${safeUrl(url)}: ${bad.map(([a, want, got]) => `${a} is ${got}, the recipe says ${want}`).join('; ')}`);
    }
    throw new recipe_location/* RecipeError */.tF(`could not get ${src.fn} from ${src.urls.length === 1 ? 'its URL' : `any of its ${src.urls.length} mirrors`}:\n${problems.map(p => `  - ${p}`).join('\n')}\n` +
        'Check the URL and the hash in the recipe (a changed upstream tarball needs a new sha256).');
}


/***/ }),

/***/ 92150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ fetchSources)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/conda/source/cache.ts + 1 modules
var cache = __webpack_require__(68985);
// EXTERNAL MODULE: ./src/archive/decompress.ts
var decompress = __webpack_require__(74203);
// EXTERNAL MODULE: ./src/archive/errors.ts
var errors = __webpack_require__(90511);
// EXTERNAL MODULE: ./src/archive/links.ts
var links = __webpack_require__(19783);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/archive/tar.ts
var tar = __webpack_require__(29661);
;// CONCATENATED MODULE: ./src/archive/sevenzip-listing.ts
/**
 * 7-Zip's technical listing (`l -slt`) of a `.7z`, read strictly, and judged before anything is
 * extracted. The listing is text printed by another program from untrusted names, so it is read as
 * if hostile: every line of an entry is `Key = value`, an entry starts with `Path`, holds `Size`,
 * `Attributes` and `Encrypted`, names no key twice, and only `Path` may hold `/` or `\`. A name
 * with a line break in it therefore cannot pass for extra entries or fields that hide a `..`: at
 * worst it shows a shorter name, which the check of the tree on disk afterwards catches.
 */

/** A listing or an entry refused: why, and the entry's name as listed when one is at fault. */
class ListingRefused extends Error {
    member;
    constructor(message, member) {
        super(message);
        this.member = member;
    }
}
const LINE = /^([A-Z][A-Za-z ]*?) = (.*)$/;
const REQUIRED = ['Size', 'Attributes', 'Encrypted'];
const SPECIAL = { p: 'a FIFO', c: 'a character device', b: 'a block device', s: 'a socket' };
/** The entry blocks after the `----------` line, each as its fields. */
function parseListing(text) {
    const lines = text.split('\n').map(l => l.replace(/\r$/, ''));
    const start = lines.indexOf('----------');
    if (start < 0)
        throw new ListingRefused("7-Zip's listing has no entries section (no '----------' line)");
    const blocks = [];
    let cur;
    for (const line of lines.slice(start + 1)) {
        if (line === '') {
            cur = undefined;
            continue;
        }
        const m = LINE.exec(line);
        if (!m)
            throw new ListingRefused(`7-Zip's listing holds a line that is no 'Key = value': ${JSON.stringify(line)}`, cur?.get('Path'));
        const [, key, value] = m;
        if (!cur) {
            if (key !== 'Path')
                throw new ListingRefused(`7-Zip's listing has an entry that does not start with its Path: ${JSON.stringify(line)}`);
            blocks.push((cur = new Map()));
        }
        else if (cur.has(key))
            throw new ListingRefused(`7-Zip's listing names '${key}' twice for one entry`, cur.get('Path'));
        else if (/[/\\]/.test(value))
            throw new ListingRefused(`7-Zip's listing has a '/' or '\\' in the ${key} field`, cur.get('Path'));
        cur.set(key, value);
    }
    return blocks;
}
/** The kind an `Attributes` value tells: Windows letters, then the Unix mode when the archive has one. */
function kindOf(attributes, name) {
    const [win, unix] = attributes.trim().split(/\s+/);
    if (unix !== undefined && unix.length >= 10) {
        const t = unix[0];
        if (t === '-')
            return 'file';
        if (t === 'd')
            return 'dir';
        if (t === 'l')
            return 'symlink';
        throw new ListingRefused(`refused: ${SPECIAL[t] ?? `an entry of type '${t}'`}; only files, folders and symlinks are accepted`, name);
    }
    return (win ?? '').includes('D') ? 'dir' : 'file';
}
/** One listed entry, judged alone: name, kind, encryption, size. */
function entryOf(fields) {
    const raw = fields.get('Path') ?? '';
    for (const key of REQUIRED)
        if (!fields.has(key))
            throw new ListingRefused(`7-Zip's listing gives no ${key} for it`, raw);
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    if (/[\0-\x1f\x7f\\]/.test(raw))
        throw new ListingRefused('refused: its name holds a control character or a backslash', raw);
    const n = (0,tar/* memberName */.eg)(raw);
    if ('refused' in n)
        throw new ListingRefused(`refused: ${n.refused}`, raw);
    if (fields.get('Encrypted') !== '-')
        throw new ListingRefused('refused: it is encrypted (no password is given to source archives)', raw);
    if ((fields.get('Anti') ?? '-') !== '-')
        throw new ListingRefused('refused: an anti-item (a deletion recorded by an update)', raw);
    const sizeText = fields.get('Size') ?? '';
    if (!/^\d+$/.test(sizeText))
        throw new ListingRefused(`refused: its size '${sizeText}' is no number`, raw);
    return { path: n.name, kind: kindOf(fields.get('Attributes') ?? '', raw), size: Number(sizeText) };
}
/**
 * The entries of a listing, judged together: the limits of the tar reader (members, bytes per
 * file, bytes in all), no name twice, nothing beneath a symlink or a file of the archive.
 */
function judgeListing(text, limits) {
    const blocks = parseListing(text);
    if (blocks.length > limits.maxMembers)
        throw new ListingRefused(`more than ${limits.maxMembers} members`);
    const entries = blocks.map(entryOf);
    const byPath = new Map();
    let total = 0;
    for (const e of entries) {
        if (byPath.has(e.path) && !(e.kind === 'dir' && byPath.get(e.path)?.kind === 'dir'))
            throw new ListingRefused('it appears twice', e.path);
        byPath.set(e.path, e);
        if (e.size > limits.maxFileBytes)
            throw new ListingRefused(`${e.size} bytes passes the limit of ${limits.maxFileBytes} per file`, e.path);
        total += e.size;
        if (total > limits.maxTotalBytes)
            throw new ListingRefused(`the files pass the limit of ${limits.maxTotalBytes} bytes in all`, e.path);
    }
    for (const e of entries) {
        const parts = e.path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const above = byPath.get(parts.slice(0, i).join('/'));
            if (above && above.kind !== 'dir')
                throw new ListingRefused(`refused: it lies beneath '${above.path}', which is a ${above.kind}, not a folder`, e.path);
        }
    }
    return entries;
}

// EXTERNAL MODULE: ./src/archive/tar-error.ts
var tar_error = __webpack_require__(46546);
;// CONCATENATED MODULE: ./src/archive/sevenzip.ts
/**
 * `.7z` archives as untrusted input, through the system's 7-Zip (Node has no reader): `7zz` from
 * Debian's `7zip`, or `7z`/`7za` from `p7zip-full`. First the technical listing is read and judged
 * (sevenzip-listing.ts: names, kinds, encryption, the tar reader's limits); only then is the archive
 * extracted, into a folder that must be empty, by a child with a timeout that can answer no prompt
 * (stdin is /dev/null, existing files are skipped, never overwritten; no `-y`). The tree on disk is
 * judged again before it is used: exactly the entries listed, only files, folders and links, sizes
 * within the limits, every link's chain inside (links.ts), modes reduced to 0644/0755. On any
 * problem the folder is emptied again and a SevenZipError names the archive and the entry.
 */








/** The 7z reader's error: which archive, which entry. */
class SevenZipError extends tar_error/* MemberError */.ri {
    name = 'SevenZipError';
}
/** The bytes every 7z archive starts with. */
const SEVEN_ZIP_MAGIC = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
function isSevenZip(head) {
    return head.length >= 6 && Buffer.from(head.buffer, head.byteOffset, 6).equals(SEVEN_ZIP_MAGIC);
}
/** The programs that read 7z, in the order they are looked for, with the Debian package of each. */
const SEVEN_ZIP_PROGRAMS = [
    ['7zz', '7zip'],
    ['7z', 'p7zip-full'],
    ['7za', 'p7zip-full']
];
/** The first 7-Zip program on PATH, or null. */
function findSevenZip() {
    return SEVEN_ZIP_PROGRAMS.find(([p]) => (0,decompress/* hasProgram */.Dt)(p))?.[0] ?? null;
}
/** A password no source has, so that an archive with encrypted headers fails instead of asking for one. */
const NO_PASSWORD = '-p-';
/** Run the 7-Zip program `argv[0]` with no stdin, a timeout and a bound on what it prints; its stdout. */
function run(archive, argv, timeoutMs, maxOut) {
    return new Promise((resolve, reject) => {
        const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env });
        const out = [];
        let outBytes = 0;
        let errText = '';
        let why = '';
        const stop = (reason) => {
            why ||= reason;
            child.kill('SIGKILL');
        };
        const timer = setTimeout(() => stop(`it did not finish within ${timeoutMs} ms`), timeoutMs);
        child.stdout.on('data', (b) => {
            outBytes += b.length;
            if (outBytes > maxOut)
                return stop(`it printed more than ${maxOut} bytes`);
            out.push(b);
        });
        child.stderr.on('data', (b) => void (errText = (errText + b.toString()).slice(-4000)));
        child.on('error', e => {
            clearTimeout(timer);
            reject(new SevenZipError(archive, `${argv[0]} could not start (${e.message})`));
        });
        child.on('close', code => {
            clearTimeout(timer);
            if (why || code !== 0) {
                const detail = why || `exit ${code}`;
                return reject(new SevenZipError(archive, `${argv.slice(0, 2).join(' ')} failed (${detail}): ${errText.trim().split('\n').slice(-6).join(' | ')}`));
            }
            resolve(Buffer.concat(out).toString('utf8'));
        });
    });
}
/** Walk the extracted tree without following links: only files, folders and links; modes reduced; what is there. */
function walk(archive, root, limits) {
    const found = { files: 0, bytes: 0, paths: new Set() };
    const dirs = [''];
    for (let dir = dirs.pop(); dir !== undefined; dir = dirs.pop()) {
        for (const name of external_node_fs_.readdirSync(external_node_path_.join(root, dir))) {
            const rel = dir ? `${dir}/${name}` : name;
            const abs = external_node_path_.join(root, rel);
            const st = external_node_fs_.lstatSync(abs);
            found.paths.add(rel);
            if (st.isSymbolicLink())
                continue;
            if (st.isDirectory()) {
                external_node_fs_.chmodSync(abs, 0o755);
                dirs.push(rel);
                continue;
            }
            if (!st.isFile())
                throw new SevenZipError(archive, 'refused: 7-Zip made something other than a file, folder or link', rel);
            if (st.size > limits.maxFileBytes)
                throw new SevenZipError(archive, `${st.size} bytes passes the limit of ${limits.maxFileBytes} per file`, rel);
            found.bytes += st.size;
            if (found.bytes > limits.maxTotalBytes)
                throw new SevenZipError(archive, `the files pass the limit of ${limits.maxTotalBytes} bytes in all`, rel);
            external_node_fs_.chmodSync(abs, st.mode & 0o111 ? 0o755 : 0o644);
        }
    }
    return found;
}
/** The tree 7-Zip wrote, judged against the listing and the links' chains. */
function judgeOnDisk(archive, root, entries, limits) {
    const found = walk(archive, root, limits);
    const expected = new Set();
    for (const e of entries) {
        const parts = e.path.split('/');
        for (let i = 1; i <= parts.length; i++)
            expected.add(parts.slice(0, i).join('/'));
    }
    for (const rel of found.paths)
        if (!expected.has(rel))
            throw new SevenZipError(archive, 'refused: 7-Zip wrote it, but the listing does not show it', rel);
    for (const e of entries)
        if (!found.paths.has(e.path))
            throw new SevenZipError(archive, 'refused: listed, but 7-Zip did not write it', e.path);
    const problem = (0,links/* firstLinkProblem */.c7)((0,links/* diskTree */.cF)(root), (0,links/* linksOnDisk */.Ms)(root));
    if (problem)
        throw new SevenZipError(archive, (0,links/* describeLinkProblem */.Pw)(problem), problem.link);
}
/**
 * Extract the 7z `archive` into `dest` (created when missing; it must be empty). Returns the
 * entries listed. Throws SevenZipError, with `dest` emptied again, when anything is refused.
 */
async function extractSevenZip(archive, dest, opts = {}) {
    const limits = { ...tar/* DEFAULT_TAR_LIMITS */.by, ...opts.limits };
    const timeoutMs = opts.timeoutMs ?? 600_000;
    const program = findSevenZip();
    if (!program) {
        const names = SEVEN_ZIP_PROGRAMS.map(([p, deb]) => `${p} (Debian package ${deb})`).join(', ');
        throw new SevenZipError(archive, `reading a 7z archive needs 7-Zip, and none of ${names} is on PATH; install one`);
    }
    external_node_fs_.mkdirSync(dest, { recursive: true });
    if (external_node_fs_.readdirSync(dest).length > 0)
        throw new SevenZipError(archive, `the folder to extract into is not empty: ${dest}`);
    // a listing line is a few hundred bytes at most per entry field
    const maxOut = Math.min(limits.maxMembers * 4096 + 65536, 1 << 30);
    const listing = await run(archive, [program, 'l', '-slt', '-t7z', NO_PASSWORD, '--', archive], timeoutMs, maxOut);
    let entries;
    try {
        entries = judgeListing(listing, limits);
    }
    catch (e) {
        if (e instanceof ListingRefused)
            throw new SevenZipError(archive, e.message, e.member);
        throw e;
    }
    if (entries.length === 0)
        throw new SevenZipError(archive, 'an empty archive');
    try {
        await run(archive, [program, 'x', '-t7z', NO_PASSWORD, '-aos', '-bd', `-o${dest}`, '--', archive], timeoutMs, 1 << 26);
        judgeOnDisk(archive, dest, entries, limits);
    }
    catch (e) {
        for (const name of external_node_fs_.readdirSync(dest))
            external_node_fs_.rmSync(external_node_path_.join(dest, name), { recursive: true, force: true });
        throw e;
    }
    return entries;
}

// EXTERNAL MODULE: ./src/archive/zip.ts + 3 modules
var archive_zip = __webpack_require__(70088);
// EXTERNAL MODULE: ./src/archive/zip-stream.ts
var zip_stream = __webpack_require__(91818);
// EXTERNAL MODULE: ./src/conda/recipe/location.ts
var recipe_location = __webpack_require__(68819);
;// CONCATENATED MODULE: ./src/conda/source/extract.ts
/**
 * Unpacking a downloaded source into the work directory, through the project's archive readers
 * (src/archive: tar with gzip/bzip2/xz/zstd/LZMA-alone/compress'd .Z, zip, and 7z through the
 * system's 7-Zip, all refusing escapes, links out and devices): into a scratch folder first, then a
 * single top-level directory is hoisted (unless no_hoist) and the contents move into work/<folder>.
 * As in conda-build, the name says whether a file is unpacked at all (its list of extensions) and
 * the content says how (libarchive's way: a `.tar.gz` that is really a 7z is read as 7z). A file
 * that is no archive is copied as it is. Files of a tar or a Unix zip keep their permission bits
 * (libarchive's EXTRACT_PERM: a read-only file stays read-only), without setuid, setgid or sticky;
 * 7z's are reduced to 0644/0755.
 */










const TAR = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lzma|tlz|tar\.z|taz)$/i;
const ZIP = /\.(zip|whl|jar)$/i;
const SEVEN_ZIP = /\.7z$/i;
/** The zip signatures a zip starts with: a local header, or the end record of an empty zip. */
function isZip(head) {
    return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}
/**
 * How to unpack a source named `fn`: 'plain' (copied) unless its name is an archive's; then by its
 * first bytes `head` when they tell (7z, zip, or a compressed tar), else by the name.
 */
function archiveKind(fn, head) {
    const byName = SEVEN_ZIP.test(fn) ? '7z' : ZIP.test(fn) ? 'zip' : TAR.test(fn) ? 'tar' : 'plain';
    if (byName === 'plain' || !head)
        return byName;
    if (isSevenZip(head))
        return '7z';
    if (isZip(head))
        return 'zip';
    if ((0,decompress/* detectCompression */.IR)(head) !== 'none')
        return 'tar';
    return byName;
}
async function unzip(file, dest) {
    const zip = (0,archive_zip/* openZip */.QH)(file);
    try {
        for (const e of zip.entries) {
            const target = external_node_path_.join(dest, ...e.name.replace(/\/$/, '').split('/'));
            if (e.isDirectory) {
                external_node_fs_.mkdirSync(target, { recursive: true });
                continue;
            }
            external_node_fs_.mkdirSync(external_node_path_.dirname(target), { recursive: true });
            // the permission bits a zip made on Unix records, kept as libarchive's EXTRACT_PERM keeps them for
            // conda-build (never setuid, setgid or sticky); 0644 when it records none
            const mode = e.mode ? e.mode & 0o777 : 0o644;
            await (0,zip_stream/* extractZipEntry */.B)(zip, e, target, mode);
            external_node_fs_.chmodSync(target, mode); // the umask may have narrowed it
        }
    }
    finally {
        zip.close();
    }
}
/**
 * The links of `from` judged by their chains against `to` as it will be once `from`'s entries
 * replace its own (and `to`'s links again with them): hoisting a single top folder, or unpacking
 * beside an earlier source, must not let a link that stayed inside the archive lead out.
 */
function checkLinksAfterMove(from, to, fn) {
    const incoming = (0,links/* linksOnDisk */.Ms)(from);
    if (incoming.length === 0)
        return;
    const names = new Set(external_node_fs_.readdirSync(from));
    const look = (0,links/* replacedTopLevel */.uJ)((0,links/* diskTree */.cF)(to), (0,links/* diskTree */.cF)(from), names);
    const kept = external_node_fs_.existsSync(to) ? (0,links/* linksOnDisk */.Ms)(to).filter(([rel]) => !names.has(rel.split('/', 1)[0])) : [];
    const problem = (0,links/* firstLinkProblem */.c7)(look, incoming) ?? (0,links/* firstLinkProblem */.c7)(look, kept, 'existing');
    if (problem)
        throw new links/* LinkChainError */.CS(`refusing source archive ${fn}`, problem);
}
/** Move every entry of `from` into `to` (created), replacing what is there. */
function moveContents(from, to) {
    external_node_fs_.mkdirSync(to, { recursive: true });
    for (const name of external_node_fs_.readdirSync(from)) {
        const dest = external_node_path_.join(to, name);
        external_node_fs_.rmSync(dest, { recursive: true, force: true });
        external_node_fs_.renameSync(external_node_path_.join(from, name), dest);
    }
}
/** Unpack `file` (named `fn`) into `dest`; returns the number of top-level entries placed. */
async function unpackSource(file, fn, dest, noHoist) {
    external_node_fs_.mkdirSync(dest, { recursive: true });
    const kind = archiveKind(fn, await (0,decompress/* readHead */.zy)(file));
    if (kind === 'plain') {
        external_node_fs_.copyFileSync(file, external_node_path_.join(dest, fn));
        return 1;
    }
    const scratch = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_path_.dirname(dest), '.unpack-'));
    try {
        try {
            if (kind === 'tar')
                await (0,tar/* extractTar */.nN)(file, scratch, { keepModes: true });
            else if (kind === '7z')
                await extractSevenZip(file, scratch);
            else
                await unzip(file, scratch);
        }
        catch (e) {
            if (e instanceof tar/* TarError */.mt || e instanceof errors/* ArchiveError */.d || e instanceof SevenZipError)
                throw new recipe_location/* RecipeError */.tF(`refusing source archive ${fn}: ${e.message}`);
            throw e;
        }
        const top = external_node_fs_.readdirSync(scratch);
        const single = top.length === 1 && external_node_fs_.lstatSync(external_node_path_.join(scratch, top[0])).isDirectory();
        const from = single && !noHoist ? external_node_path_.join(scratch, top[0]) : scratch;
        try {
            checkLinksAfterMove(from, dest, fn);
        }
        catch (e) {
            if (e instanceof links/* LinkChainError */.CS)
                throw new recipe_location/* RecipeError */.tF(e.message);
            throw e;
        }
        moveContents(from, dest);
        return top.length;
    }
    finally {
        external_node_fs_.rmSync(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/conda/runtime-argv.ts
var runtime_argv = __webpack_require__(73918);
;// CONCATENATED MODULE: ./src/conda/source/git.ts
/**
 * git sources: a clone (shallow with git_depth, at a tag or branch when it names one), a checkout of
 * git_rev, and the GIT_* build variables from `git describe`. git runs through the runtime (the host's
 * by default) with argv.
 */


const HINT = 'install git, or use a url source with a tarball';
/** The argv lists that get `src` into `dest` (pure, for tests and for the plan). */
function gitPlan(src, dest) {
    const looksLikeCommit = /^[0-9a-f]{7,40}$/i.test(src.rev);
    const clone = ['git', 'clone', '--quiet', '--no-checkout'];
    if (src.depth > 0 && !looksLikeCommit)
        clone.push('--depth', String(src.depth));
    if (src.rev && !looksLikeCommit)
        clone.push('--branch', src.rev);
    clone.push('--', src.url, dest);
    const checkout = ['git', '-C', dest, 'checkout', '--quiet', '--detach', src.rev && looksLikeCommit ? src.rev : 'HEAD'];
    const submodules = ['git', '-C', dest, 'submodule', 'update', '--init', '--recursive', '--quiet'];
    return [clone, checkout, submodules];
}
async function fetchGitSource(src, dest, log = () => { }, runtime = (0,runtime_argv/* hostRuntime */.V)()) {
    external_node_fs_.mkdirSync(dest, { recursive: true });
    if (external_node_fs_.readdirSync(dest).length)
        throw new Error(`git source: ${dest} is not empty`);
    log(`git: cloning ${src.url}${src.rev ? ` at ${src.rev}` : ''}${src.depth > 0 ? ` (depth ${src.depth})` : ''}`);
    for (const argv of gitPlan(src, dest))
        await runtime.runOrThrow((0,runtime_argv/* inRuntime */.E)(runtime, argv), { silent: true, hint: HINT, env: { GIT_TERMINAL_PROMPT: '0' } });
    return gitVars(dest, runtime);
}
/**
 * GIT_DESCRIBE_TAG_PEP440 from `git describe --long` output: the tag's version (after a leading run of
 * upper-case letters, `_`, `a`, `z` or `-`, as conda-build's pattern has it), with `.post<n>+<hash>` when
 * HEAD is n commits past it; undefined when the output has no such shape (conda-build then writes "None").
 */
function pep440FromDescribe(describe) {
    // the leading class is what conda-build's `[_-a-zA-Z]` is in Python: _ ` a - z and A-Z
    const m = /^[_`az\-A-Z]*([a-zA-Z0-9.]+)-(\d+)-g([0-9a-f]{7,})$/.exec(describe);
    if (!m)
        return undefined;
    return m[2] === '0' ? m[1] : `${m[1]}.post${m[2]}+${m[3]}`;
}
/** The GIT_* variables from `git describe --tags --long HEAD` and `git rev-parse HEAD` (conda-build's get_git_info). */
function gitVarsFrom(describe, describeAll, fullHash) {
    const out = {};
    const parts = describe ? /^(.*)-(\d+)-(g[0-9a-f]+)$/.exec(describe) : null;
    if (parts) {
        out.GIT_DESCRIBE_TAG = parts[1];
        out.GIT_DESCRIBE_NUMBER = parts[2];
        out.GIT_DESCRIBE_HASH = parts[3];
    }
    if (describe !== undefined)
        out.GIT_DESCRIBE_TAG_PEP440 = pep440FromDescribe(describe) ?? 'None';
    // no tag reachable: only the short hash, from describing every ref
    const all = !parts && describeAll ? /-(g[0-9a-f]+)$/.exec(describeAll) : null;
    if (all)
        out.GIT_DESCRIBE_HASH = all[1];
    if (fullHash)
        out.GIT_FULL_HASH = fullHash;
    if (out.GIT_DESCRIBE_NUMBER && out.GIT_DESCRIBE_HASH)
        out.GIT_BUILD_STR = `${out.GIT_DESCRIBE_NUMBER}_${out.GIT_DESCRIBE_HASH}`;
    return out;
}
async function firstLine(argv, runtime) {
    const r = await runtime.run((0,runtime_argv/* inRuntime */.E)(runtime, argv), { silent: true });
    return r.exitCode === 0 ? r.stdout.split('\n')[0].trim() || undefined : undefined;
}
/** The GIT_* build variables of the repository at `repo` (see gitVarsFrom). */
async function gitVars(repo, runtime = (0,runtime_argv/* hostRuntime */.V)()) {
    const describe = await firstLine(['git', '-C', repo, 'describe', '--tags', '--long', 'HEAD'], runtime);
    const describeAll = describe ? undefined : await firstLine(['git', '-C', repo, 'describe', '--all', '--long', 'HEAD'], runtime);
    return gitVarsFrom(describe, describeAll, await firstLine(['git', '-C', repo, 'rev-parse', 'HEAD'], runtime));
}

;// CONCATENATED MODULE: ./src/conda/source/hg.ts
/**
 * Mercurial sources: a clone updated to hg_tag (else tip), and the HG_* build variables from `hg log` of
 * the working copy's parent, as conda-build's get_hg_build_info has them. hg runs through the runtime (the
 * host's by default) with argv.
 */


const hg_HINT = 'install Mercurial (hg), or use a url source with a tarball';
const TEMPLATE = '{rev}|{node|short}|{latesttag}|{latesttagdistance}|{branch}';
/** The argv lists that get `src` into `dest`. */
function hgPlan(src, dest) {
    return [
        ['hg', 'clone', '--quiet', '--noupdate', '--', src.url, dest],
        ['hg', '--cwd', dest, 'update', '--quiet', '--clean', '--rev', src.rev || 'tip']
    ];
}
async function fetchHgSource(src, dest, log = () => { }, runtime = (0,runtime_argv/* hostRuntime */.V)()) {
    external_node_fs_.mkdirSync(dest, { recursive: true });
    if (external_node_fs_.readdirSync(dest).length)
        throw new Error(`hg source: ${dest} is not empty`);
    log(`hg: cloning ${src.url}${src.rev ? ` at ${src.rev}` : ''}`);
    for (const argv of hgPlan(src, dest))
        await runtime.runOrThrow((0,runtime_argv/* inRuntime */.E)(runtime, argv), { silent: true, hint: hg_HINT, env: { HGPLAIN: '1' } });
    return hgVars(dest, runtime);
}
/** HG_* from one line of `hg log --template` output (rev|short|latesttag|distance|branch). */
function hgVarsFrom(line) {
    const [rev, shortId, tag, distance, branch] = line.trim().split('|');
    const out = {};
    if (tag && tag !== 'null')
        out.HG_LATEST_TAG = tag;
    out.HG_BRANCH = branch || 'default';
    out.HG_NUM_ID = rev;
    out.HG_LATEST_TAG_DISTANCE = distance;
    out.HG_SHORT_ID = shortId;
    out.HG_BUILD_STR = `${rev}_${shortId}`;
    return out;
}
/** The HG_* variables of the working copy at `repo`; {} when hg is missing or fails. */
async function hgVars(repo, runtime = (0,runtime_argv/* hostRuntime */.V)()) {
    try {
        const argv = (0,runtime_argv/* inRuntime */.E)(runtime, ['hg', '--cwd', repo, 'log', '--template', TEMPLATE, '--rev', '.']);
        const r = await runtime.run(argv, { silent: true, env: { HGPLAIN: '1' } });
        return r.exitCode === 0 && r.stdout.includes('|') ? hgVarsFrom(r.stdout) : {};
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/conda/source/patch.ts
/**
 * Applying a recipe's patches as conda-build does: the strip level guessed from the files the patch
 * names (the level at which most of them exist in the source; the shallowest on a tie), a dry run first,
 * then GNU patch (`--no-backup-if-mismatch --batch`), or `git apply` when patch is missing or refuses a
 * git-format patch it cannot read. A failed hunk is reported at its line in the patch file.
 */




/** The files a patch changes, as written in its `---`/`+++` headers (without timestamps). */
function patchedFiles(text) {
    const files = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length - 1; i++) {
        if (!lines[i].startsWith('--- ') || !lines[i + 1].startsWith('+++ '))
            continue;
        const name = (l) => l.slice(4).split('\t')[0].trim();
        const from = name(lines[i]);
        files.push(from === '/dev/null' ? name(lines[i + 1]) : from);
    }
    return [...new Set(files.filter(f => f !== '/dev/null'))];
}
/** The strip level at which most of the patch's files exist under `srcDir` (shallowest on a tie). */
function guessStripLevel(files, srcDir) {
    if (!files.length)
        return { level: 1, ambiguous: true };
    const max = Math.min(...files.map(f => f.split('/').length - 1));
    if (max === 0)
        return { level: 0, ambiguous: false };
    const counts = Array.from({ length: max + 1 }, (_, level) => files.filter(f => external_node_fs_.existsSync(external_node_path_.join(srcDir, ...f.split('/').slice(level)))).length);
    const best = Math.max(...counts);
    return { level: counts.indexOf(best), ambiguous: counts.filter(c => c === best).length > 1 };
}
/** Where hunk number `n` (1-based) of `file` starts in the patch text (1-based line), if found. */
function hunkLine(text, file, n) {
    const lines = text.split(/\r?\n/);
    let inFile = false;
    let count = 0;
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].startsWith('+++ ')) {
            const name = lines[i].slice(4).split('\t')[0].trim();
            inFile = name === file || name.endsWith(`/${file}`);
            count = 0;
        }
        else if (inFile && lines[i].startsWith('@@')) {
            count++;
            if (count === n)
                return i + 1;
        }
    }
    return undefined;
}
function patchArgv(patchFile, srcDir, level, dryRun) {
    return ['patch', '--no-backup-if-mismatch', '--batch', `-p${level}`, '-i', patchFile, '-d', srcDir, ...(dryRun ? ['--dry-run'] : [])];
}
function gitApplyArgv(patchFile, srcDir, level, check) {
    return ['git', '-C', srcDir, 'apply', `-p${level}`, '--whitespace=nowarn', ...(check ? ['--check'] : []), patchFile];
}
async function tryRun(argv, runtime) {
    try {
        return await runtime.run((0,runtime_argv/* inRuntime */.E)(runtime, argv), { silent: true });
    }
    catch {
        return undefined; // the program is missing
    }
}
function failure(patchFile, text, output, level) {
    const lines = output.split('\n');
    let current = '';
    for (const l of lines) {
        const f = /^(?:patching|checking) file '?([^']+?)'?$/.exec(l.trim());
        if (f)
            current = f[1];
        const h = /Hunk #(\d+) FAILED at (\d+)/.exec(l);
        if (h) {
            const line = hunkLine(text, current, Number(h[1]));
            return new recipe_location/* RecipeError */.tF(`patch ${external_node_path_.basename(patchFile)}: hunk #${h[1]} of ${current} does not apply (expected near line ${h[2]} of the source); update the patch for this source version`, { file: patchFile, line: line ?? 1, column: 1 });
        }
    }
    const tail = lines.filter(Boolean).slice(-8).join('\n');
    return new recipe_location/* RecipeError */.tF(`patch ${external_node_path_.basename(patchFile)} does not apply at -p${level}:\n${tail}`, { file: patchFile, line: 1, column: 1 });
}
/** Apply one patch to `srcDir` (patch, else git apply, through the runtime); returns the strip level used. */
async function applyPatch(patchFile, srcDir, log = () => { }, runtime = (0,runtime_argv/* hostRuntime */.V)()) {
    const run = (argv) => runtime.run((0,runtime_argv/* inRuntime */.E)(runtime, argv), { silent: true });
    if (!external_node_fs_.existsSync(patchFile))
        throw new recipe_location/* RecipeError */.tF(`patch file ${patchFile} does not exist`);
    const text = external_node_fs_.readFileSync(patchFile, 'utf8');
    const { level, ambiguous } = guessStripLevel(patchedFiles(text), srcDir);
    log(`patch ${external_node_path_.basename(patchFile)}: -p${level}${ambiguous ? ' (ambiguous; the shallowest)' : ''}`);
    const dry = await tryRun(patchArgv(patchFile, srcDir, level, true), runtime);
    if (dry && dry.exitCode === 0) {
        const real = await run(patchArgv(patchFile, srcDir, level, false));
        if (real.exitCode === 0)
            return level;
        throw failure(patchFile, text, real.stdout + real.stderr, level);
    }
    const check = await tryRun(gitApplyArgv(patchFile, srcDir, level, true), runtime);
    if (check && check.exitCode === 0) {
        const real = await run(gitApplyArgv(patchFile, srcDir, level, false));
        if (real.exitCode === 0)
            return level;
    }
    if (!dry && !check)
        throw new recipe_location/* RecipeError */.tF('neither patch nor git is installed; install GNU patch to apply the recipe patches');
    throw failure(patchFile, text, dry ? dry.stdout + dry.stderr : (check?.stderr ?? ''), level);
}

;// CONCATENATED MODULE: ./src/conda/source/fetch.ts
/**
 * Getting every source of a rendered recipe into the work directory: downloads through the cache,
 * git and Mercurial clones, local paths copied; each into its folder; then its patches. Returns the
 * GIT_* (or HG_*) variables of the first source when it is a git (or Mercurial) repository.
 */








function inside(workDir, folder) {
    const dest = external_node_path_.resolve(workDir, folder);
    const rel = external_node_path_.relative(workDir, dest);
    if (rel.startsWith('..') || external_node_path_.isAbsolute(rel))
        throw new recipe_location/* RecipeError */.tF(`source/folder '${folder}' leaves the work directory`);
    return dest;
}
async function fetchSources(specs, opts) {
    const log = opts.log ?? (() => { });
    external_node_fs_.mkdirSync(opts.workDir, { recursive: true });
    let vars = {};
    let cacheHits = 0;
    for (const [i, src] of specs.entries()) {
        const dest = inside(opts.workDir, src.folder);
        if (src.kind === 'url') {
            const got = await (0,cache/* fetchUrlSource */.DH)(src, opts.cacheDir, { log, ...opts.download });
            if (got.cached)
                cacheHits++;
            await unpackSource(got.file, src.fn, dest, src.noHoist);
        }
        else if (src.kind === 'git') {
            const v = await fetchGitSource(src, dest, log, opts.runtime);
            if (i === 0)
                vars = v;
        }
        else if (src.kind === 'hg') {
            const v = await fetchHgSource(src, dest, log, opts.runtime);
            if (i === 0)
                vars = v;
        }
        else {
            if (!external_node_fs_.existsSync(src.path))
                throw new recipe_location/* RecipeError */.tF(`source/path ${src.path} does not exist`);
            log(`path: copying ${src.path}`);
            const work = external_node_path_.resolve(opts.workDir);
            external_node_fs_.cpSync(src.path, dest, {
                recursive: true,
                verbatimSymlinks: true,
                // a path source that holds the work directory (a recipe inside its project) must not copy it into itself
                filter: from => !external_node_path_.resolve(from).startsWith(work + external_node_path_.sep) && external_node_path_.resolve(from) !== work
            });
            if (i === 0 && external_node_fs_.existsSync(external_node_path_.join(dest, '.git')))
                vars = (await gitVars(dest, opts.runtime));
            else if (i === 0 && external_node_fs_.existsSync(external_node_path_.join(dest, '.hg')))
                vars = await hgVars(dest, opts.runtime);
        }
        for (const p of src.patches)
            await applyPatch(p, dest, log, opts.runtime);
    }
    return { workDir: opts.workDir, gitVars: vars, cacheHits };
}


/***/ }),

/***/ 54278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ sourceSpecs),
/* harmony export */   UH: () => (/* binding */ HASH_ALGORITHMS)
/* harmony export */ });
/* unused harmony exports HASH_HEX_LENGTH, sourceUrl */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _recipe_location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68819);
/* harmony import */ var _recipe_sections_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(352);
/** The source entries of a rendered recipe as typed plans: url (with mirrors and hashes), git, hg, or path. */




const HASH_ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
/** Hex digits of each digest: a recipe hash of another shape is a typo (and never a cache path or key). */
const HASH_HEX_LENGTH = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 };
const str = (v) => (typeof v === 'string' ? v.trim() : '');
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/**
 * A source URL as conda-build reads it: one without a scheme (`../archives/a.tar.bz2`, `ver470.zip`) names
 * a file relative to the recipe folder, and becomes a file: URL.
 */
function sourceUrl(url, recipeDir) {
    if (SCHEME.test(url) && !/^[a-z]:[\\/]/i.test(url))
        return url;
    return (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(recipeDir, url)).href;
}
/** Plans for a recipe's `source` (one mapping or a list); paths relative to the recipe directory. */
function sourceSpecs(source, recipeDir) {
    if (source === undefined || source === null)
        return [];
    const entries = Array.isArray(source) ? source : [source];
    return entries.filter(_recipe_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .isDict */ .Zm).map(e => {
        const folder = str(e.folder);
        if (folder && (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(folder) || folder.split(/[\\/]/).includes('..')))
            throw new _recipe_location_js__WEBPACK_IMPORTED_MODULE_2__/* .RecipeError */ .tF(`source/folder '${folder}' must stay inside the work directory`);
        const patches = (Array.isArray(e.patches) ? e.patches : typeof e.patches === 'string' ? [e.patches] : [])
            .filter((p) => typeof p === 'string')
            .map(p => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(recipeDir, p));
        const common = { folder, patches };
        if (e.url !== undefined && e.url !== null) {
            const urls = (Array.isArray(e.url) ? e.url : [e.url])
                .filter((u) => typeof u === 'string' && u.trim() !== '')
                .map(u => sourceUrl(u.trim(), recipeDir));
            if (!urls.length)
                throw new _recipe_location_js__WEBPACK_IMPORTED_MODULE_2__/* .RecipeError */ .tF('source/url is empty');
            const hashes = {};
            for (const a of HASH_ALGORITHMS) {
                const h = str(e[a]).toLowerCase();
                if (!h)
                    continue;
                if (!new RegExp(`^[0-9a-f]{${HASH_HEX_LENGTH[a]}}$`).test(h))
                    throw new _recipe_location_js__WEBPACK_IMPORTED_MODULE_2__/* .RecipeError */ .tF(`source/${a} '${h}' is not ${HASH_HEX_LENGTH[a]} hex digits; copy the ${a} of the tarball again`);
                hashes[a] = h;
            }
            const fn = str(e.fn) || decodeURIComponent(new URL(urls[0]).pathname.split('/').pop() || 'source');
            if (fn.includes('/') || fn.includes('\\') || fn === '..' || fn === '.')
                throw new _recipe_location_js__WEBPACK_IMPORTED_MODULE_2__/* .RecipeError */ .tF(`source/fn '${fn}' must be a plain file name`);
            return { kind: 'url', urls, fn, hashes, noHoist: e.no_hoist === true, ...common };
        }
        if (str(e.git_url)) {
            const depth = str(e.git_depth) ? parseInt(str(e.git_depth), 10) : -1;
            const rev = str(e.git_rev) || str(e.git_tag) || str(e.git_branch);
            const url = str(e.git_url);
            const local = !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[\w.-]+@[\w.-]+:/.test(url);
            return { kind: 'git', url: local ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(recipeDir, url) : url, rev, depth, ...common };
        }
        if (str(e.path))
            return { kind: 'path', path: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(recipeDir, str(e.path)), ...common };
        if (str(e.hg_url)) {
            const url = str(e.hg_url);
            return { kind: 'hg', url: SCHEME.test(url) ? url : node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(recipeDir, url), rev: str(e.hg_tag), ...common };
        }
        if (e.svn_url)
            throw new _recipe_location_js__WEBPACK_IMPORTED_MODULE_2__/* .RecipeError */ .tF('svn_url sources are not supported; use url, git_url, hg_url or path');
        throw new _recipe_location_js__WEBPACK_IMPORTED_MODULE_2__/* .RecipeError */ .tF('a source entry needs url, git_url or path');
    });
}


/***/ }),

/***/ 11800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installHint: () => (/* binding */ installHint),
/* harmony export */   machinePythons: () => (/* binding */ machinePythons),
/* harmony export */   sv: () => (/* binding */ machineToolFunction)
/* harmony export */ });
/* unused harmony exports ToolchainError, whichIn, machineTool, pythonCandidates, machinePython */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The machine's tools as the toolchain recipes (examples/conda-toolchain) see them when they render:
 * `machine_tool('gcc')`, `machine_tool('g++')`, `machine_tool('make')` and `machine_tool('python',
 * python)` in a template give the tool's real path and version (and, for a compiler, the triplet it
 * targets; for python, the installation to repackage). They are facts of the machine the build runs
 * on, read once per process (a render reads a template several times). A tool that is not there is a
 * ToolchainError naming it, the place searched and what to install.
 *
 * The answers come from running the tools (`gcc -dumpfullversion`, `make --version`, a probe in each
 * CPython): a template function is synchronous, so these are synchronous processes with argv arrays.
 */




class ToolchainError extends Error {
    name = 'ToolchainError';
}
/** What to install for each tool (Debian package names). */
const INSTALL = {
    gcc: 'gcc (Debian/Ubuntu: apt-get install gcc)',
    'g++': 'g++ (Debian/Ubuntu: apt-get install g++)',
    make: 'make (Debian/Ubuntu: apt-get install make)',
    python: 'a CPython 3 with its standard library: python3 (Debian/Ubuntu: apt-get install python3 python3-venv python3-dev), a pyenv version (pyenv install 3.12), or /opt/python/* of a manylinux image'
};
function installHint(tool) {
    return INSTALL[tool] ?? tool;
}
/** The executable `name` on the PATH of `env`, as a shell would find it; undefined when there is none. */
function whichIn(name, env) {
    for (const dir of (env.PATH ?? '').split(':')) {
        if (!dir)
            continue;
        const p = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, name);
        try {
            if (node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(p).isFile()) {
                node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
                return p;
            }
        }
        catch {
            // not here
        }
    }
    return undefined;
}
function capture(argv, env) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(argv[0], argv.slice(1), { encoding: 'utf8', env: env, timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
const memo = new Map();
function remember(key, fn) {
    if (!memo.has(key))
        memo.set(key, fn());
    return memo.get(key);
}
/** gcc, g++ or make on the PATH of `env`, with its version. */
function machineTool(name, env) {
    if (name === 'python')
        throw new ToolchainError("machine_tool('python') needs the variant too: machine_tool('python', python)");
    if (!['gcc', 'g++', 'make'].includes(name))
        throw new ToolchainError(`machine_tool('${name}'): accepted tools are gcc, g++, make, python`);
    return remember(`${name}\0${env.PATH ?? ''}`, () => {
        const found = whichIn(name, env);
        if (!found)
            throw new ToolchainError(`${name} is not on this machine's PATH (${env.PATH ?? 'unset'}): install ${installHint(name)}`);
        const real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(found);
        const compiler = name !== 'make';
        const version = compiler ? capture([real, '-dumpfullversion'], env) : /(\d+(\.\d+)+)/.exec(capture([real, '--version'], env) ?? '')?.[1];
        if (!version)
            throw new ToolchainError(`${found} did not say its version (${compiler ? '-dumpfullversion' : '--version'}); is it ${name}?`);
        const triplet = compiler ? (capture([real, '-dumpmachine'], env) ?? '') : '';
        return { path: real, version, major: version.split('.')[0], triplet };
    });
}
/** Prints what the recipe needs of an interpreter, as JSON. Fixed text. */
const PROBE = `import json, os, sys, sysconfig
print(json.dumps({"impl": sys.implementation.name, "version": "%d.%d.%d" % sys.version_info[:3],
  "major": sys.version_info[0], "minor": sys.version_info[1], "final": sys.version_info[3] == "final",
  "gil_disabled": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
  "prefix": os.path.realpath(sys.base_prefix), "executable": os.path.realpath(sys.executable)}))`;
/** The places a CPython may be: manylinux's /opt/python, pyenv's versions, pythonX.Y and python3 on PATH. */
function pythonCandidates(env) {
    const out = [];
    const list = (dir) => {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(dir).sort();
        }
        catch {
            return [];
        }
    };
    for (const d of list('/opt/python'))
        out.push({ source: '/opt/python', path: node_path__WEBPACK_IMPORTED_MODULE_3__.join('/opt/python', d, 'bin', 'python') });
    const pyenv = env.PYENV_ROOT || node_path__WEBPACK_IMPORTED_MODULE_3__.join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_2__.homedir(), '.pyenv');
    for (const d of list(node_path__WEBPACK_IMPORTED_MODULE_3__.join(pyenv, 'versions')))
        out.push({ source: 'pyenv', path: node_path__WEBPACK_IMPORTED_MODULE_3__.join(pyenv, 'versions', d, 'bin', 'python') });
    for (let n = 6; n <= 20; n++) {
        const p = whichIn(`python3.${n}`, env);
        if (p)
            out.push({ source: 'PATH', path: p });
    }
    const p3 = whichIn('python3', env);
    if (p3)
        out.push({ source: 'PATH', path: p3 });
    return out.filter(c => node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(c.path));
}
function probe(c, env) {
    try {
        const p = JSON.parse(capture([c.path, '-I', '-c', PROBE], env)?.split('\n').pop() ?? '');
        const usable = p.impl === 'cpython' && p.major === 3 && p.final && !p.gil_disabled;
        const inside = p.executable.startsWith(`${p.prefix}/`) && node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(p.prefix, 'lib', `python${p.major}.${p.minor}`, 'os.py'));
        return usable && inside ? { ...p, source: c.source } : undefined;
    }
    catch {
        return undefined;
    }
}
const byVersion = (a, b) => {
    const pa = a.version.split('.').map(Number);
    const pb = b.version.split('.').map(Number);
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pb[i] - pa[i];
    return 0;
};
/** Every CPython 3 installation the machine has (one per installation), newest first. */
function machinePythons(env) {
    return remember(`python\0${env.PATH ?? ''}\0${env.PYENV_ROOT ?? ''}\0${env.HOME ?? ''}`, () => {
        const seen = new Set();
        const found = [];
        for (const c of pythonCandidates(env)) {
            const p = probe(c, env);
            if (!p || seen.has(p.prefix))
                continue;
            seen.add(p.prefix);
            found.push(p);
        }
        return found.sort(byVersion); // stable: for one version, the first place listed wins
    });
}
/**
 * The CPython to repackage: `want` is 'newest' (the recipe's own default), or X.Y (a variant), or
 * X.Y.Z. An error names what was looked for, what was found and what to install.
 */
function machinePython(want, env) {
    const all = machinePythons(env);
    const w = want.trim();
    const newest = w === '' || w === 'newest';
    if (!newest && !/^3\.\d+(\.\d+)?$/.test(w))
        throw new ToolchainError(`the python variant is '${w}': give X.Y (e.g. 3.12), X.Y.Z, or newest`);
    const pick = newest ? all[0] : all.find(p => p.version === w || `${p.major}.${p.minor}` === w);
    if (!pick) {
        const have = all.length ? `this machine has ${all.map(p => `${p.version} (${p.prefix})`).join(', ')}` : 'this machine has no CPython 3';
        throw new ToolchainError(`no CPython ${newest ? '3' : w} to repackage: ${have}; install ${installHint('python')}`);
    }
    const xy = `${pick.major}.${pick.minor}`;
    const exe = node_path__WEBPACK_IMPORTED_MODULE_3__.join(pick.prefix, 'bin', `python${xy}`);
    return {
        path: node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(exe) ? exe : pick.executable,
        prefix: pick.prefix,
        version: pick.version,
        xy,
        next: `${pick.major}.${pick.minor + 1}`,
        source: pick.source
    };
}
/** The template function `machine_tool(name, python_variant=None)`. */
function machineToolFunction(env) {
    return (name, want) => name === 'python' ? machinePython(want === undefined || want === null ? 'newest' : String(want), env) : machineTool(String(name), env);
}


/***/ })

};
