export const id = 800;
export const ids = [800];
export const modules = {

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
