export const id = 969;
export const ids = [969];
export const modules = {

/***/ 88313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kB: () => (/* binding */ ElfCache),
  GH: () => (/* binding */ LIBPYTHON_RE),
  Ms: () => (/* binding */ detectLibc),
  lG: () => (/* binding */ isLoaderName),
  LP: () => (/* binding */ ldPathsFromArg),
  VX: () => (/* binding */ lddtree),
  yO: () => (/* binding */ parseLdPaths),
  eS: () => (/* binding */ parseLdSoConf)
});

// UNUSED EXPORTS: systemLdPaths

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/elf/errors.ts
var errors = __webpack_require__(87806);
// EXTERNAL MODULE: ./src/elf/elf.ts + 2 modules
var elf = __webpack_require__(16902);
;// CONCATENATED MODULE: ./src/elf/fnmatch.ts
/**
 * Shell-style patterns as Python's fnmatch and POSIX glob read them: `*`, `?`, `[abc]`, `[!abc]`,
 * `[a-z]`. Used for `--exclude` (matched against sonames and library paths) and for the
 * `include` lines of /etc/ld.so.conf.
 */


const cache = new Map();
function patternToRegExp(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            re += '.*';
        else if (c === '?')
            re += '.';
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close < 0) {
                re += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, close);
            const negate = body.startsWith('!');
            if (negate)
                body = body.slice(1);
            re += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\^/g, '\\^')}]`;
            i = close;
        }
        else
            re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    const out = new RegExp(`^${re}$`, 's');
    cache.set(pattern, out);
    return out;
}
function fnmatch(name, pattern) {
    return patternToRegExp(pattern).test(name);
}
function matchesAny(name, patterns) {
    return patterns.some(p => fnmatch(name, p));
}
/** Expand an absolute glob (wildcards in any component); sorted, existing paths only. */
function glob(pattern) {
    const parts = pattern.split('/').filter(p => p !== '');
    let found = [pattern.startsWith('/') ? '/' : '.'];
    for (const part of parts) {
        const next = [];
        for (const dir of found) {
            if (!/[*?[]/.test(part)) {
                const p = external_node_path_.join(dir, part);
                if (external_node_fs_.existsSync(p))
                    next.push(p);
                continue;
            }
            let names;
            try {
                names = external_node_fs_.readdirSync(dir);
            }
            catch {
                continue;
            }
            for (const n of names.sort())
                if (!n.startsWith('.') && fnmatch(n, part))
                    next.push(external_node_path_.join(dir, n));
        }
        found = next;
    }
    return found;
}

// EXTERNAL MODULE: ./src/elf/platform.ts
var elf_platform = __webpack_require__(4138);
;// CONCATENATED MODULE: ./src/elf/lddtree.ts
/**
 * Resolve an ELF file's dependency tree the way the dynamic loader would, reading files only (no
 * code runs): DT_RPATH of the object and its loaders (unless it has DT_RUNPATH), LD_LIBRARY_PATH
 * and AUDITWHEEL_LD_LIBRARY_PATH, DT_RUNPATH, then /etc/ld.so.conf (with its includes) and the
 * trusted directories; `$ORIGIN` expands to the object's directory. Like auditwheel, the top
 * object's DT_RUNPATH is also tried for indirect dependencies, and a library of another machine
 * is skipped in favour of the next candidate.
 */






/** libpython is never resolved: a wheel must not link it, and repair drops it. */
const LIBPYTHON_RE = /^libpython\d+\.\d+m?.so(\.\d)*$/;
/** Reads each file once per analysis. */
class ElfCache {
    map = new Map();
    read(file, symbols = false) {
        const key = `${symbols ? 's' : 'd'}:${file}`;
        let hit = this.map.get(`s:${file}`) ?? this.map.get(key);
        if (!hit) {
            try {
                hit = (0,elf/* readElf */.o)(external_node_fs_.readFileSync(file), { symbols });
            }
            catch (e) {
                if (!(e instanceof errors/* ElfError */.Q))
                    throw e;
                hit = e;
            }
            this.map.set(key, hit);
        }
        if (hit instanceof errors/* ElfError */.Q)
            throw hit;
        return hit;
    }
}
function normpath(p) {
    return external_node_path_.posix.normalize(p).replace(/\/+$/, '') || '/';
}
function isDir(p) {
    try {
        return external_node_fs_.statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
function dedupe(xs) {
    return [...new Set(xs)];
}
/** A colon-separated search path: empty entries mean the working directory, `$ORIGIN` the object's directory. */
function parseLdPaths(value, origin) {
    if (!value)
        return [];
    const out = [];
    for (const entry of value.split(':')) {
        let p;
        if (entry === '')
            p = process.cwd();
        else if (/\$(ORIGIN|\{ORIGIN\})/.test(entry)) {
            if (!origin)
                continue;
            p = entry.replace(/\$(ORIGIN|\{ORIGIN\})/g, external_node_path_.dirname(external_node_path_.resolve(origin)));
        }
        else
            p = entry;
        out.push(normpath(p));
    }
    return dedupe(out).filter(isDir);
}
/**
 * The directories of an ld.so.conf, following `include` lines (globs), comments stripped. `root`:
 * the folder holding another system's files (a container's, copied out): absolute includes are
 * looked up under it, and the directories returned are that system's own paths.
 */
function parseLdSoConf(file, seen = new Set(), root = '/') {
    if (seen.has(file) || seen.size > 256)
        return [];
    seen.add(file);
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return [];
    }
    const out = [];
    for (const raw of text.split('\n')) {
        const line = (raw.split('#', 1)[0] ?? '').trim();
        if (!line)
            continue;
        if (/^include\s/.test(line)) {
            for (let pat of line.slice(8).trim().split(/\s+/)) {
                pat = pat.startsWith('/') ? external_node_path_.join(root, pat) : external_node_path_.join(external_node_path_.dirname(file), pat);
                for (const f of glob(pat))
                    out.push(...parseLdSoConf(f, seen, root));
            }
        }
        else if (line.startsWith('hwcap '))
            continue;
        else
            out.push(normpath(line));
    }
    return out;
}
function envPaths(env, withLdLibraryPath) {
    const value = [env.AUDITWHEEL_LD_LIBRARY_PATH, withLdLibraryPath ? env.LD_LIBRARY_PATH : undefined].filter(Boolean).join(':');
    return parseLdPaths(value);
}
/** The system's search path for a libc: ld.so.conf + trusted dirs (glibc), /etc/ld-musl-*.path (musl). */
function systemLdPaths(libc, env = {}, root = '/') {
    let conf;
    if (libc === 'android')
        conf = [];
    else if (libc === 'musl') {
        const files = glob(external_node_path_.join(root, 'etc/ld-musl-*.path'));
        conf = files[0]
            ? external_node_fs_.readFileSync(files[0], 'utf8')
                .split(/[:\n]/)
                .map(s => s.trim())
                .filter(Boolean)
            : ['/lib', '/usr/local/lib', '/usr/lib'];
    }
    else {
        conf = [...parseLdSoConf(external_node_path_.join(root, 'etc/ld.so.conf'), new Set(), root), '/lib', '/lib64', '/usr/lib', '/usr/lib64'];
    }
    return { conf: dedupe(conf).filter(d => isDir(external_node_path_.join(root, d))), env: envPaths(env, libc !== 'android'), interp: [] };
}
/** Search paths given explicitly (like auditwheel's --ldpaths): they replace the system's; AUDITWHEEL_LD_LIBRARY_PATH still comes first. */
function ldPathsFromArg(dirs, env = {}) {
    return { conf: parseLdPaths(dirs.join(':')), env: envPaths(env, false), interp: [] };
}
/** Follow symlinks of the last component only, keeping the directory the library was found in. */
function resolveLink(p) {
    let cur = p;
    for (let i = 0; i < 40; i++) {
        let target;
        try {
            if (!external_node_fs_.lstatSync(cur).isSymbolicLink())
                break;
            target = external_node_fs_.readlinkSync(cur);
        }
        catch {
            break;
        }
        cur = external_node_path_.resolve(external_node_path_.dirname(cur), target);
    }
    return normpath(cur);
}
/** The dynamic loader's own name (`ld-linux-x86-64.so.2`, `ld64.so.2`, `ld-musl-x86_64.so.1`): never a library to resolve or ship. */
function isLoaderName(lib) {
    return lib.startsWith('ld-linux') || lib.startsWith('ld64.so.') || lib.startsWith('ld-musl-');
}
/** The C library a file is built for: its interpreter, then DT_NEEDED, then (for an extension) its file name; null when nothing says. */
function detectLibc(interp, needed, file = '') {
    let libc = interp ? (external_node_path_.basename(interp).startsWith('ld-musl-') ? 'musl' : 'glibc') : null;
    for (const n of needed) {
        if (n.startsWith('libc.musl-') || n.startsWith('ld-musl-'))
            libc ??= 'musl';
        else if (n === 'libc.so.6' || n.startsWith('ld-linux-') || n.startsWith('ld64.so.'))
            libc ??= 'glibc';
    }
    if (libc)
        return libc;
    // Last resort, the extension's file name (before CPython 3.11, musl builds were named -linux-gnu too).
    const name = external_node_path_.basename(file);
    if (/(-arm-linux-musleabihf|-linux-musl)\.so$/.test(name))
        return 'musl';
    const m = /\.cpython-(\d+)[^.]*-(arm-linux-gnueabihf|[^.]*-linux-gnu)\.so$/.exec(name);
    if (m && Number((m[1] ?? '').slice(1)) >= 11 && (m[1] ?? '').startsWith('3'))
        return 'glibc';
    return null;
}
/** The dependency tree of one ELF file. Throws ElfError when the file itself cannot be read. */
function lddtree(file, opts = {}) {
    const cache = opts.cache ?? new ElfCache();
    const excludes = opts.excludes ?? [];
    const top = cache.read(file);
    const platform = (0,elf_platform/* elfPlatform */.v3)(top);
    const libraries = new Map();
    const libc = detectLibc(top.interpreter, top.needed, file);
    const base = opts.ldPaths ?? systemLdPaths(libc ?? opts.libc ?? null, opts.env);
    const interpDirs = top.interpreter ? dedupe([external_node_path_.dirname(top.interpreter), normpath(`/usr${external_node_path_.dirname(top.interpreter)}`)]).filter(isDir) : base.interp;
    if (top.interpreter) {
        const soname = external_node_path_.basename(top.interpreter);
        libraries.set(soname, { soname, path: top.interpreter, realpath: resolveLink(top.interpreter), platform, needed: [] });
    }
    const topRunpath = parseLdPaths(top.runpath, file);
    const topRpath = topRunpath.length ? [] : parseLdPaths(top.rpath, file);
    // `chain` holds the RPATHs of the loaders above the object being resolved, nearest first.
    const visit = (obj, info, chain) => {
        const runpath = obj === file ? topRunpath : parseLdPaths(info.runpath, obj);
        const rpath = obj === file ? topRpath : runpath.length ? [] : parseLdPaths(info.rpath, obj);
        const rpaths = runpath.length ? [] : [rpath, ...chain].flat();
        const search = dedupe([...rpaths, ...runpath, ...base.env, ...topRunpath, ...base.conf, ...interpDirs]);
        const kept = [];
        for (const soname of info.needed) {
            if (matchesAny(soname, excludes))
                continue;
            kept.push(soname);
            if (libraries.has(soname))
                continue;
            if (LIBPYTHON_RE.test(soname)) {
                libraries.set(soname, { soname, path: null, realpath: null, platform: null, needed: [] });
                continue;
            }
            const found = findLib(soname, search, platform, cache);
            if (found && matchesAny(found.realpath, excludes)) {
                kept.pop();
                continue;
            }
            const entry = {
                soname,
                path: found?.path ?? null,
                realpath: found?.realpath ?? null,
                platform: found ? (0,elf_platform/* elfPlatform */.v3)(found.info) : null,
                needed: []
            };
            libraries.set(soname, entry);
            if (found)
                entry.needed = visit(found.realpath, found.info, [rpath, ...chain]);
        }
        return kept;
    };
    const needed = visit(file, top, []);
    return { path: file, interpreter: top.interpreter, libc, platform, needed, rpath: topRpath, runpath: topRunpath, libraries };
}
function findLib(soname, dirs, want, cache) {
    for (const dir of dirs) {
        const p = external_node_path_.join(dir, soname);
        const real = resolveLink(p);
        let info;
        try {
            if (!external_node_fs_.statSync(real).isFile())
                continue;
            info = cache.read(real);
        }
        catch {
            continue;
        }
        if ((0,elf_platform/* platformsCompatible */.lc)(want, (0,elf_platform/* elfPlatform */.v3)(info)))
            return { path: p, realpath: real, info };
    }
    return null;
}


/***/ }),

/***/ 4138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ archCovers),
/* harmony export */   lc: () => (/* binding */ platformsCompatible),
/* harmony export */   q1: () => (/* binding */ baselineArch),
/* harmony export */   v3: () => (/* binding */ elfPlatform)
/* harmony export */ });
const EF_ARM_EABIMASK = 0xff000000;
const EF_ARM_EABI_VER5 = 0x05000000;
const EF_ARM_ABI_FLOAT_HARD = 0x400;
const BASE = {
    '3/32/le': 'i686',
    '62/64/le': 'x86_64',
    '21/64/le': 'ppc64le',
    '21/64/be': 'ppc64',
    '243/64/le': 'riscv64',
    '183/64/le': 'aarch64',
    '22/64/be': 's390x',
    '40/32/le': 'armv7l',
    '258/64/le': 'loongarch64'
};
function elfPlatform(e) {
    let arch = BASE[`${e.machine}/${e.elfClass}/${e.littleEndian ? 'le' : 'be'}`] ?? null;
    let error = arch ? null : 'unknown architecture';
    let isaLevel = null;
    if (arch === 'armv7l') {
        if ((e.flags & EF_ARM_EABIMASK) >>> 0 !== EF_ARM_EABI_VER5)
            error = 'unknown architecture (ARM EABI version is not 5)';
        else if ((e.flags & EF_ARM_ABI_FLOAT_HARD) === 0)
            error = 'unknown architecture (armv7l shall use hard-float)';
        if (error)
            arch = null;
    }
    else if (arch === 'x86_64' && e.x86IsaNeeded !== null) {
        const bits = e.x86IsaNeeded & ~1;
        if (bits & 8)
            isaLevel = 'x86_64_v4';
        else if (bits & 4)
            isaLevel = 'x86_64_v3';
        else if (bits & 2)
            isaLevel = 'x86_64_v2';
        else if (bits !== 0)
            error = 'unknown x86_64 ISA';
    }
    return { machine: e.machine, elfClass: e.elfClass, littleEndian: e.littleEndian, osAbi: e.osAbi, arch, isaLevel, error };
}
/** OS ABIs the loader treats alike: NONE/SYSV (0) and GNU/LINUX (3). */
const COMPATIBLE_OSABI = new Set([0, 3]);
function platformsCompatible(a, b) {
    const abiOk = a.osAbi === b.osAbi || (COMPATIBLE_OSABI.has(a.osAbi) && COMPATIBLE_OSABI.has(b.osAbi));
    return abiOk && a.elfClass === b.elfClass && a.littleEndian === b.littleEndian && a.machine === b.machine;
}
const LEVELS = ['x86_64', 'x86_64_v2', 'x86_64_v3', 'x86_64_v4'];
/** Does an architecture (possibly an ISA level) cover what a file needs? */
function archCovers(arch, needed) {
    const a = LEVELS.indexOf(arch);
    const n = LEVELS.indexOf(needed);
    if (a < 0 || n < 0)
        return arch === needed;
    return a >= n;
}
/** The baseline of a tag's architecture: x86_64_v3 → x86_64, arm64_v8a (Android) → aarch64. */
function baselineArch(arch) {
    if (arch.startsWith('x86_64'))
        return 'x86_64';
    if (arch.startsWith('arm64'))
        return 'aarch64';
    return arch;
}


/***/ }),

/***/ 21387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ machinePolicy),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   RT: () => (/* binding */ versionsWithGrafts),
/* harmony export */   ib: () => (/* binding */ lower),
/* harmony export */   uz: () => (/* binding */ higher)
/* harmony export */ });
/* unused harmony export mergeVersions */
/* harmony import */ var _elf_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4138);
/* harmony import */ var _policies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3181);
/**
 * Choosing a wheel's tag from what its ELF files need: the symbol policy (versions, counting the
 * libraries that would be grafted), external libraries, black-listed symbols, PyFPE, UCS-2 and
 * instruction-set constraints; the overall tag is the least compatible of them. Pure functions of
 * facts gathered elsewhere, so they are tested with tables.
 */


const higher = (a, b) => (b.priority > a.priority ? b : a);
const lower = (a, b) => (b.priority < a.priority ? b : a);
function mergeVersions(into, from) {
    for (const [lib, vs] of from) {
        let set = into.get(lib);
        if (!set)
            into.set(lib, (set = new Set()));
        for (const v of vs)
            set.add(v);
    }
}
/** The wheel's versions plus those of the libraries a policy would graft. */
function versionsWithGrafts(versioned, externalVersioned, libs) {
    const out = new Map();
    mergeVersions(out, versioned);
    for (const soname of libs) {
        const ext = externalVersioned.get(soname);
        if (ext)
            mergeVersions(out, ext);
    }
    return out;
}
function decide(input) {
    const { set, refs } = input;
    const nonLinux = set.policies.filter(p => p.priority > 0);
    let symbol = (0,_policies_js__WEBPACK_IMPORTED_MODULE_1__/* .versionedSymbolsPolicy */ .Ng)(set, input.versioned);
    let symbolVersions = versionsWithGrafts(input.versioned, new Map(), []);
    let best = null;
    // Each policy grafts different libraries, whose own versions then count: keep the best outcome,
    // never above the policy whose whitelist it was judged with.
    for (const p of nonLinux) {
        const versions = versionsWithGrafts(input.versioned, input.externalVersioned, refs.get(p.name)?.libs.keys() ?? []);
        const found = lower(p, (0,_policies_js__WEBPACK_IMPORTED_MODULE_1__/* .versionedSymbolsPolicy */ .Ng)(set, versions));
        if (!best || found.priority > best.priority) {
            best = found;
            symbolVersions = versions;
        }
    }
    if (best)
        symbol = best;
    const withNo = (pred) => set.policies
        .filter(p => {
        const r = refs.get(p.name);
        return p.priority === 0 || (r !== undefined && pred(r));
    })
        .reduce(higher, set.linux);
    const ref = withNo(r => r.libs.size === 0);
    const blacklist = withNo(r => r.blacklist.size === 0);
    // Never pick a more compatible policy if it means grafting more than the requested one needs.
    const counts = (pred) => set.policies.filter(pred).map(p => refs.get(p.name)?.libs.size ?? 0);
    const requested = input.requestedBase;
    const allowedCount = Math.min(...(requested && requested !== 'auto' ? counts(p => p.base === requested) : counts(p => p.priority > 0)), Number.POSITIVE_INFINITY);
    const graftCount = Number.isFinite(allowedCount) ? allowedCount : 0;
    const graft = withNo(r => r.libs.size <= graftCount);
    const pyfpe = input.pyfpe ? set.linux : set.highest;
    const ucs = input.ucs2 ? set.linux : set.highest;
    let overall = [symbol, ucs, pyfpe, blacklist, input.machine].reduce(lower);
    if (requested != null)
        overall = lower(overall, graft);
    if (!input.allowGraft)
        overall = lower(overall, ref);
    return { overall, symbol, symbolVersions, ref, blacklist, graft, pyfpe, ucs, machine: input.machine };
}
/**
 * The policy instruction-set extensions allow: files needing more than the wheel's architecture
 * make it `linux`, unless the file is a library some policy whitelists (then that policy at most).
 */
function machinePolicy(set, arch, items) {
    let result = set.highest;
    const offenders = [];
    for (const item of items) {
        if (!item.isaLevel || (0,_elf_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .archCovers */ .LN)(arch, item.isaLevel))
            continue;
        offenders.push(item);
        const whitelisting = item.soname ? set.policies.filter(p => p.whitelist.has(item.soname)).reduce(higher, set.linux) : set.linux;
        result = lower(result, whitelisting);
    }
    return { policy: result, offenders };
}


/***/ }),

/***/ 34450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ extractWheel)
/* harmony export */ });
/* unused harmony export EXTRACT_PREFIX */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _archive_zip_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91818);
/* harmony import */ var _wheel_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98599);
/**
 * Put a wheel's members on disk (in a private temporary directory) so their dependency trees can
 * be resolved with `$ORIGIN` as the loader would, and so patchelf can edit them. Members are
 * streamed from the archive (src/archive/zip-stream.ts), never held whole in memory, and the
 * directory is removed when extraction fails.
 */





/** How this process's extraction directories are named under the temp dir (the pid tells whose a leftover was). */
const EXTRACT_PREFIX = `bw-wheel-${process.pid}-`;
function isElfMagic(b) {
    return b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;
}
function fileHead(file, n) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'r');
    try {
        const b = Buffer.alloc(n);
        return b.subarray(0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, b, 0, n, 0));
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/** Open, check and extract: every file to disk, or with `elfOnly` the ELF ones (`.py` files are never ELF). */
async function extractWheel(file, opts = {}) {
    const archive = (0,_wheel_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openWheel */ .OO)(file, opts.limits);
    const elfMembers = [];
    const modes = new Map();
    let dir = null;
    try {
        dir = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(opts.tmpRoot ?? node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), EXTRACT_PREFIX)));
        for (const e of archive.entries) {
            // Names are checked (relative, no `..`, no file that is also a parent) and nothing here
            // makes links, so every target lies inside `dir` and none exists yet.
            const target = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, e.name);
            if (e.isDirectory) {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target, { recursive: true });
                continue;
            }
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
            modes.set(e.name, e.mode & 0o7777);
            const py = e.name.endsWith('.py');
            if (opts.elfOnly && (py || !isElfMagic(await (0,_archive_zip_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .readZipEntryHead */ .m)(archive.zip, e, 4))))
                continue;
            await (0,_archive_zip_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .extractZipEntry */ .B)(archive.zip, e, target, (e.mode & 0o777) | 0o600);
            if (!py && isElfMagic(fileHead(target, 4)))
                elfMembers.push(e.name);
        }
    }
    catch (err) {
        if (dir)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true });
        throw err;
    }
    finally {
        archive.zip.close();
    }
    const where = dir;
    return { archive, dir: where, elfMembers, modes, cleanup: () => node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(where, { recursive: true, force: true }) };
}


/***/ }),

/***/ 41969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUDIT_USAGE: () => (/* reexport */ AUDIT_USAGE),
  auditCommand: () => (/* reexport */ auditCommand),
  ME: () => (/* reexport */ checkWheelTag),
  jC: () => (/* reexport */ repairWheel)
});

// UNUSED EXPORTS: ArchiveError, AuditError, ElfError, PatchelfError, RepairError, addPlatforms, analyzeWheel, checkAudit, formatAudit, formatReason, knownPolicyBases, lddtree, machineName, parseWheelName, patchelfVersion, policySet, readElf, systemLdPaths

// EXTERNAL MODULE: ./src/elf/elf.ts + 2 modules
var elf = __webpack_require__(16902);
// EXTERNAL MODULE: ./src/elf/errors.ts
var errors = __webpack_require__(87806);
// EXTERNAL MODULE: ./src/manylinux/errors.ts
var manylinux_errors = __webpack_require__(93392);
// EXTERNAL MODULE: ./src/archive/errors.ts
var archive_errors = __webpack_require__(90511);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/manylinux/decide.ts
var decide = __webpack_require__(21387);
// EXTERNAL MODULE: ./src/manylinux/extract.ts
var extract = __webpack_require__(34450);
// EXTERNAL MODULE: ./src/elf/platform.ts
var platform = __webpack_require__(4138);
// EXTERNAL MODULE: ./src/manylinux/policies.ts
var policies = __webpack_require__(3181);
// EXTERNAL MODULE: ./src/elf/lddtree.ts + 1 modules
var lddtree = __webpack_require__(88313);
// EXTERNAL MODULE: ./src/manylinux/tags.ts
var tags = __webpack_require__(42886);
;// CONCATENATED MODULE: ./src/manylinux/scan.ts
/**
 * Gather the facts of a wheel's ELF files: architecture and libc, dependency trees, required
 * symbol versions, Python-extension entry points, PyFPE/UCS-2 use, black-listed symbols and the
 * external libraries each policy would need grafted. The decision itself is in decide.ts.
 */








/** Entry points of a Python extension module named like the file: py2 `init<mod>`, py3 `PyInit_<mod>`, PyPy cffi. */
function pythonExtension(name, info) {
    const mod = external_node_path_.posix.basename(name).split('.')[0];
    const wanted = new Map([
        [`init${mod}`, 2],
        [`PyInit_${mod}`, 3],
        [`_cffi_pypyinit_${mod}`, 2]
    ]);
    for (const s of info.symbols)
        if (s.defined && s.type === 'FUNC' && wanted.has(s.name))
            return wanted.get(s.name);
    return null;
}
const PYFPE = new Set(['PyFPE_jbuf', 'PyFPE_dummy', 'PyFPE_counter']);
/** glibc's loader names as auditwheel leaves them out (musl's loader is libc itself). */
const isLoader = (lib) => lib.includes('ld-linux') || lib === 'ld64.so.2' || lib === 'ld64.so.1';
/** Auto-detect musl on this host (its loader), else glibc: the fallback when a wheel does not say. */
function hostLibc() {
    for (const dir of ['/lib', '/usr/lib']) {
        try {
            if (external_node_fs_.readdirSync(dir).some(f => /^ld-musl-.*\.so\.1$/.test(f)))
                return 'musl';
        }
        catch {
            /* not there */
        }
    }
    return 'glibc';
}
function isInside(p, dir) {
    return !!p && (p === dir || p.startsWith(`${dir}/`));
}
/** Per auditwheel's rules: what each policy would have to graft for one tree, and the black-listed symbols used. */
function externalRefs(m, set, wheelDir) {
    const out = new Map();
    const undefinedStrong = new Set(m.info.symbols.filter(s => !s.defined && s.bind !== 'WEAK').map(s => s.name));
    for (const p of set.policies) {
        const ref = { libs: new Map(), blacklist: new Map() };
        out.set(p.name, ref);
        if (p.priority === 0)
            continue;
        for (const lib of m.tree.needed) {
            const bad = p.blacklist.get(lib);
            const used = bad ? [...bad].filter(s => undefinedStrong.has(s)).sort() : [];
            if (used.length)
                ref.blacklist.set(lib, used);
        }
        const keep = (lib) => !isLoader(lib) && !(set.libc === 'android' && lddtree/* LIBPYTHON_RE */.GH.test(lib)) && !p.whitelist.has(lib);
        const todo = m.tree.needed.filter(keep);
        const seen = new Set();
        while (todo.length) {
            const lib = todo.pop();
            if (seen.has(lib))
                continue;
            seen.add(lib);
            for (const dep of m.tree.libraries.get(lib)?.needed ?? [])
                if (keep(dep) && !seen.has(dep))
                    todo.push(dep);
        }
        for (const lib of [...seen].sort()) {
            const real = m.tree.libraries.get(lib)?.realpath ?? null;
            if (!isInside(real, wheelDir))
                ref.libs.set(lib, real);
        }
    }
    return out;
}
function scanWheel(dir, elfMembers, wheel, opts = {}) {
    const env = opts.env ?? {};
    const notes = [];
    const nameArch = (0,tags/* wheelNameArch */.DA)(wheel);
    let arch = opts.arch ? (0,platform/* baselineArch */.q1)(opts.arch) : nameArch.kind === 'arch' ? nameArch.arch : null;
    let libc = opts.libc ?? (0,tags/* wheelNameLibc */.vO)(wheel);
    const cache = new lddtree/* ElfCache */.kB();
    const members = [];
    const invalid = [];
    const purelib = [];
    const argPaths = opts.ldPaths ? (0,lddtree/* ldPathsFromArg */.LP)(opts.ldPaths, env) : libc === 'android' ? (0,lddtree/* ldPathsFromArg */.LP)([], env) : undefined;
    for (const name of elfMembers) {
        const abs = external_node_path_.join(dir, name);
        if (name.split('/').slice(0, -1).includes('purelib')) {
            purelib.push(name);
            continue;
        }
        let info;
        let tree;
        try {
            info = cache.read(abs, true);
            tree = (0,lddtree/* lddtree */.VX)(abs, { cache, excludes: opts.excludes ?? [], libc, env, ...(argPaths ? { ldPaths: argPaths } : {}) });
        }
        catch (e) {
            if (e instanceof errors/* ElfError */.Q)
                throw new manylinux_errors/* AuditError */.M('BAD_ELF', `${name}: ${e.message} (${e.code})`);
            throw e;
        }
        const elfArch = tree.platform.arch;
        if (!elfArch) {
            invalid.push(`${name} (${tree.platform.error ?? 'unknown architecture'})`);
            continue;
        }
        if (arch === null) {
            arch = elfArch;
            notes.push(`setting architecture to ${elfArch}`);
        }
        else if (elfArch !== arch) {
            invalid.push(`${name} with ${elfArch} architecture`);
            continue;
        }
        if (tree.libc) {
            if (libc === null)
                libc = tree.libc;
            else if (libc !== tree.libc && libc !== 'android') {
                notes.push(`ignoring ${name}: it links ${tree.libc}, the wheel ${libc}`);
                continue;
            }
        }
        members.push({ name, abs, info, tree, pythonExtension: pythonExtension(name, info) });
    }
    if (purelib.length)
        throw new manylinux_errors/* AuditError */.M('PURELIB_ELF', `Invalid binary wheel, found the following shared library/libraries in purelib folder:\n\t${purelib.join('\n\t')}\nThe wheel has to be platlib compliant in order to be repaired.`);
    if (members.length === 0) {
        const found = invalid.length ? ` The following ELF files were found:\n\t${invalid.join('\n\t')}` : '';
        throw new manylinux_errors/* AuditError */.M('NOT_PLATFORM_WHEEL', invalid.length === 0 || arch === null
            ? `This does not look like a platform wheel, no ELF executable or shared library file (including compiled Python C extension) found in the wheel archive.${found}`
            : `Invalid binary wheel: no ELF executable or shared library file (including compiled Python C extension) with a '${arch}' architecture found.${found}`);
    }
    for (const i of invalid)
        notes.push(`ignoring ${i}`);
    if (libc === null) {
        libc = hostLibc();
        notes.push(`couldn't detect wheel libc, defaulting to ${libc}`);
    }
    const set = (0,policies/* policySet */.pq)(libc, arch, {
        ...(opts.muslPolicy ? { muslPolicy: opts.muslPolicy } : {}),
        ...(libc === 'android' ? { androidTag: wheel.platforms[0] } : {})
    });
    fixupTrees(members);
    const versioned = new Map();
    const versionUsers = new Map();
    for (const m of members) {
        for (const need of m.info.versionNeeds) {
            if (isLoader(need.file))
                continue;
            let s = versioned.get(need.file);
            if (!s)
                versioned.set(need.file, (s = new Set()));
            for (const v of need.versions) {
                s.add(v);
                const key = `${need.file}\0${v}`;
                if (!versionUsers.has(key))
                    versionUsers.set(key, new Set());
                versionUsers.get(key)?.add(m.name);
            }
        }
    }
    const neededByOthers = new Set(members.flatMap(m => m.tree.needed));
    const roots = members.filter(m => m.pythonExtension !== null || !neededByOthers.has(external_node_path_.posix.basename(m.name)));
    const refsByMember = new Map(members.map(m => [m.name, externalRefs(m, set, dir)]));
    const exts = members.filter(m => m.pythonExtension !== null);
    const pyfpeUsers = exts.filter(m => m.info.symbols.some(s => !s.defined && PYFPE.has(s.name) && (s.type === 'FUNC' || s.type === 'NOTYPE'))).map(m => m.name);
    const ucs2Users = exts
        .filter(m => m.pythonExtension === 2 && m.info.symbols.some(s => !s.defined && s.type === 'FUNC' && s.name.includes('PyUnicodeUCS2_')))
        .map(m => m.name);
    return { set, arch: opts.arch ?? arch, members, roots, refsByMember, versioned, versionUsers, pyfpeUsers, ucs2Users, notes, cache };
}
/**
 * A library shipped in the wheel may only resolve its own dependencies through the tree of the
 * file that loads it (e.g. via that file's RPATH): borrow those resolutions.
 */
function fixupTrees(members) {
    const resolved = members.filter(m => [...m.tree.libraries.values()].every(l => l.realpath !== null));
    for (const m of members) {
        if (m.pythonExtension !== null || [...m.tree.libraries.values()].every(l => l.realpath !== null))
            continue;
        const ref = resolved.find(r => r !== m && [...r.tree.libraries.values()].some(l => l.realpath === m.abs));
        if (!ref)
            continue;
        for (const [soname, lib] of m.tree.libraries) {
            if (lib.realpath !== null)
                continue;
            const pending = [soname];
            while (pending.length) {
                const s = pending.pop();
                const borrowed = ref.tree.libraries.get(s);
                if (!borrowed)
                    continue;
                if (m.tree.libraries.get(s)?.realpath == null) {
                    m.tree.libraries.set(s, borrowed);
                    pending.push(...borrowed.needed);
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/manylinux/audit.ts
/**
 * `show`: the most compatible tag a wheel qualifies for as it stands, the tag a repair would give
 * it, and why it gets nothing better (too-new symbol versions with the files that need them,
 * external libraries with the files that need them, black-listed symbols, PyFPE, UCS-2, ISA).
 */










/** Merge per-member refs over the members that decide the tag. */
function mergeRefs(scan) {
    const out = new Map(scan.set.policies.map(p => [p.name, { libs: new Map(), blacklist: new Map() }]));
    for (const m of scan.roots) {
        for (const [pname, r] of scan.refsByMember.get(m.name) ?? []) {
            const into = out.get(pname);
            for (const [lib, p] of r.libs)
                into.libs.set(lib, p);
            for (const [lib, syms] of r.blacklist)
                into.blacklist.set(lib, [...new Set([...(into.blacklist.get(lib) ?? []), ...syms])].sort());
        }
    }
    return out;
}
function analyzeScan(scan, fileName, requestedBase = 'auto') {
    const refs = mergeRefs(scan);
    const external = new Map();
    for (const [pname, r] of refs) {
        if ((scan.set.byName(pname)?.priority ?? 0) === 0)
            continue;
        for (const [lib, p] of r.libs)
            if (p)
                external.set(lib, p);
    }
    const externalVersioned = new Map();
    for (const [lib, p] of external)
        externalVersioned.set(lib, versionsOfLibrary(scan, p));
    const isa = [];
    for (const m of scan.roots) {
        isa.push({ file: m.name, soname: null, isaLevel: m.tree.platform.isaLevel });
        for (const lib of m.tree.libraries.values()) {
            if (lib.realpath && external.has(lib.soname))
                isa.push({ file: lib.realpath, soname: lib.soname, isaLevel: lib.platform?.isaLevel ?? null });
        }
    }
    const machine = (0,decide/* machinePolicy */.GW)(scan.set, scan.arch, isa).policy;
    const base = {
        set: scan.set,
        versioned: scan.versioned,
        externalVersioned,
        refs,
        pyfpe: scan.pyfpeUsers.length > 0,
        ucs2: scan.ucs2Users.length > 0,
        machine
    };
    return {
        scan,
        wheel: (0,tags/* parseWheelName */.CI)(fileName),
        fileName,
        show: (0,decide/* decide */.LD)({ ...base, allowGraft: false }),
        repair: (0,decide/* decide */.LD)({ ...base, allowGraft: true, requestedBase }),
        refs,
        externalVersioned,
        isa
    };
}
function versionsOfLibrary(scan, realpath) {
    const out = new Map();
    let needs = [];
    try {
        needs = scan.cache.read(realpath).versionNeeds;
    }
    catch {
        /* unreadable: judged on nothing */
    }
    for (const need of needs)
        if (!isLoader(need.file))
            out.set(need.file, new Set(need.versions));
    return out;
}
/** What keeps a wheel from policy `p`; `grafting` leaves external libraries out (repair grafts them). */
function blockers(abi, p, grafting) {
    const { scan, refs } = abi;
    const out = [];
    const ref = refs.get(p.name);
    const versions = (0,decide/* versionsWithGrafts */.RT)(scan.versioned, abi.externalVersioned, ref?.libs.keys() ?? []);
    for (const [library, version] of (0,policies/* disallowedVersions */.__)(p, versions)) {
        const files = new Set(scan.versionUsers.get(`${library}\0${version}`) ?? []);
        for (const [lib, vs] of abi.externalVersioned)
            if (ref?.libs.has(lib) && vs.get(library)?.has(version))
                files.add(ref.libs.get(lib) ?? lib);
        out.push({ kind: 'symbol-version', library, version, files: [...files].sort() });
    }
    const users = (pick) => scan.members
        .filter(m => {
        const r = scan.refsByMember.get(m.name)?.get(p.name);
        return !!r && pick(r);
    })
        .map(m => m.name);
    if (!grafting)
        for (const [library, where] of ref?.libs ?? [])
            out.push({ kind: 'external-library', library, path: where, neededBy: users(r => r.libs.has(library)) });
    for (const [library, symbols] of ref?.blacklist ?? [])
        out.push({ kind: 'blacklisted-symbols', library, symbols, files: users(r => r.blacklist.has(library)) });
    if (scan.pyfpeUsers.length)
        out.push({ kind: 'pyfpe', files: scan.pyfpeUsers });
    if (scan.ucs2Users.length)
        out.push({ kind: 'ucs2', files: scan.ucs2Users });
    for (const i of abi.isa)
        if (i.isaLevel && abi.show.machine.priority < p.priority && !(0,platform/* archCovers */.LN)(scan.arch, i.isaLevel))
            out.push({ kind: 'isa', file: i.file, isa: i.isaLevel });
    return out;
}
const withAliases = (p) => [p.name, ...p.aliases];
const sortObj = (m) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
/** The JSON-serialisable report of an analysis. */
function toAudit(abi) {
    const { scan, show, repair } = abi;
    const above = scan.set.policies.filter(p => p.priority > show.overall.priority);
    const next = above[0] ?? null;
    const upgrades = {};
    for (const p of above) {
        const b = blockers(abi, p, false);
        if (b.length)
            upgrades[p.name] = b;
    }
    const lowest = scan.set.lowest;
    const externalLibs = [...(abi.refs.get(lowest.name)?.libs ?? [])].map(([library, where]) => ({
        library,
        path: where,
        neededBy: scan.members.filter(m => scan.refsByMember.get(m.name)?.get(lowest.name)?.libs.has(library)).map(m => m.name)
    }));
    return {
        bestTag: show.overall.name,
        tags: withAliases(show.overall),
        version: 1,
        wheel: abi.fileName,
        pure: false,
        error: null,
        libc: scan.set.libc,
        arch: scan.arch,
        repairTag: repair.overall.name,
        repairTags: withAliases(repair.overall),
        symbolTag: show.symbol.name,
        claimedTags: abi.wheel.platforms,
        blockedTag: next?.name ?? null,
        reasons: next ? blockers(abi, next, false) : [],
        versionedSymbols: sortObj(scan.versioned),
        externalLibs,
        upgrades,
        elfFiles: scan.members.map(m => m.name),
        notes: scan.notes
    };
}
/** An audit of a wheel that has no platform tag to give (pure, or no usable ELF file). */
function nonPlatformAudit(fileName, error, pure) {
    const w = (() => {
        try {
            return (0,tags/* parseWheelName */.CI)(fileName).platforms;
        }
        catch {
            return [];
        }
    })();
    return {
        bestTag: null,
        tags: [],
        version: 1,
        wheel: fileName,
        pure,
        error,
        libc: null,
        arch: null,
        repairTag: null,
        repairTags: [],
        symbolTag: null,
        claimedTags: w,
        blockedTag: null,
        reasons: [],
        versionedSymbols: {},
        externalLibs: [],
        upgrades: {},
        elfFiles: [],
        notes: []
    };
}
/**
 * Extract, scan and decide, keeping every intermediate fact (per-policy external references,
 * per-member trees). Throws AuditError('NOT_PLATFORM_WHEEL') when there is nothing to audit,
 * ArchiveError when the file is missing or its archive is refused.
 */
async function inspectWheel(wheelPath, opts = {}, requestedBase = null) {
    const fileName = external_node_path_.basename(wheelPath);
    if (!external_node_fs_.existsSync(wheelPath))
        throw new archive_errors/* ArchiveError */.d('NOT_FOUND', `not found: ${wheelPath}`);
    const wheel = (0,tags/* parseWheelName */.CI)(fileName);
    const x = await (0,extract/* extractWheel */.h)(wheelPath, { elfOnly: true });
    try {
        if (x.elfMembers.length === 0)
            throw new manylinux_errors/* AuditError */.M('NOT_PLATFORM_WHEEL', NO_ELF);
        return analyzeScan(scanWheel(x.dir, x.elfMembers, wheel, opts), fileName, requestedBase);
    }
    finally {
        x.cleanup();
    }
}
/**
 * Audit a wheel. Pure wheels (no ELF file) come back with `pure: true`; a wheel whose ELF files
 * are all of another or an unknown architecture throws AuditError('NOT_PLATFORM_WHEEL').
 */
async function analyzeWheel(wheelPath, opts = {}) {
    try {
        return toAudit(await inspectWheel(wheelPath, opts));
    }
    catch (e) {
        if (e instanceof manylinux_errors/* AuditError */.M && e.message === NO_ELF)
            return nonPlatformAudit(external_node_path_.basename(wheelPath), NO_ELF, true);
        throw e;
    }
}
const NO_ELF = 'This does not look like a platform wheel, no ELF executable or shared library file (including compiled Python C extension) found in the wheel archive';

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/manylinux/graft.ts
/**
 * Naming and placing grafted libraries: `<dist>.libs/lib<name>-<8 hex of sha256>.so.X`, and the
 * `$ORIGIN`-relative search path an ELF file needs to find them. Pure except for copyLibrary.
 */



/** `libfoo.so.1.2` with hash `abcd1234` → `libfoo-abcd1234.so.1.2` (unchanged if already hashed). */
function graftedName(fileName, hash8) {
    const dot = fileName.indexOf('.');
    const base = dot < 0 ? fileName : fileName.slice(0, dot);
    const ext = dot < 0 ? '' : fileName.slice(dot + 1);
    if (base.endsWith(`-${hash8}`))
        return fileName;
    return ext ? `${base}-${hash8}.${ext}` : `${base}-${hash8}`;
}
function shortHash(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex').slice(0, 8);
}
/**
 * The search path for a wheel member that now loads grafted libraries: the existing entries that
 * point inside the wheel (after expanding `$ORIGIN`), then `$ORIGIN/<relative path to libsDir>`.
 * Paths are wheel-relative, `/`-separated.
 */
function rpathWithLibs(member, libsDir, oldRpath) {
    const dir = external_node_path_.posix.dirname(member);
    const keep = [];
    for (const entry of (oldRpath ?? '').split(':')) {
        if (!entry)
            continue;
        const m = /^\$(?:ORIGIN|\{ORIGIN\})(\/.*)?$/.exec(entry);
        if (!m)
            continue; // absolute or other tokens point outside the wheel once installed
        const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, m[1] ?? '.'));
        if (resolved === '..' || resolved.startsWith('../'))
            continue;
        if (!keep.includes(entry))
            keep.push(entry);
    }
    const rel = external_node_path_.posix.relative(dir === '.' ? '' : dir, libsDir) || '.';
    const own = `$ORIGIN/${rel}`;
    return [...keep.filter(e => e !== own), own].join(':');
}
/** Copy a library into the wheel tree under its hashed name (writable); returns the new name. */
function copyLibrary(src, wheelDir, libsDir) {
    const data = external_node_fs_.readFileSync(src);
    const name = graftedName(external_node_path_.basename(src), shortHash(data));
    const destDir = external_node_path_.join(wheelDir, libsDir);
    const dest = external_node_path_.join(destDir, name);
    if (external_node_fs_.existsSync(dest))
        return { name, dest, fresh: false };
    external_node_fs_.mkdirSync(destDir, { recursive: true });
    external_node_fs_.writeFileSync(dest, data);
    external_node_fs_.chmodSync(dest, (external_node_fs_.statSync(src).mode & 0o777) | 0o200);
    return { name, dest, fresh: true };
}

// EXTERNAL MODULE: ./src/elf/patchelf.ts
var patchelf = __webpack_require__(33986);
// EXTERNAL MODULE: ./src/manylinux/wheel-file.ts
var wheel_file = __webpack_require__(98599);
// EXTERNAL MODULE: ./src/archive/zip.ts + 3 modules
var zip = __webpack_require__(70088);
// EXTERNAL MODULE: ./src/lib/files.ts
var lib_files = __webpack_require__(10228);
;// CONCATENATED MODULE: ./src/manylinux/repair.ts
/**
 * `repair`: graft the external libraries a wheel needs into `<dist>.libs/` under content-hashed
 * names, point the wheel's ELF files at them (DT_NEEDED, `$ORIGIN` RPATH), drop libpython, then
 * rewrite WHEEL's tags, RECORD and the file name. Refuses a tag the symbols do not allow.
 */













function splitPlat(plat) {
    if (!plat || plat === 'auto')
        return { base: 'auto', arch: null };
    const arch = (0,tags/* tagArch */.fS)(plat);
    return arch ? { base: plat.slice(0, -(arch.length + 1)), arch } : { base: plat, arch: null };
}
function refuse(abi, wanted, plat, file) {
    const { repair } = abi;
    const why = (kinds) => blockers(abi, wanted, true)
        .filter(r => kinds.includes(r.kind))
        .map(r => {
        if (r.kind === 'symbol-version')
            return `${r.version} from ${r.library}, needed by ${r.files.join(', ')}`;
        if (r.kind === 'blacklisted-symbols')
            return `${r.symbols.join(', ')} from ${r.library}, used by ${r.files.join(', ')}`;
        if (r.kind === 'isa')
            return `${r.file} needs ${r.isa}`;
        if (r.kind === 'pyfpe' || r.kind === 'ucs2')
            return r.files.join(', ');
        return '';
    });
    const say = `cannot repair "${file}" to "${plat}" ABI because`;
    if (wanted.priority > repair.symbol.priority)
        throw new manylinux_errors/* RepairError */.k('TOO_RECENT', `${say} of the presence of too-recent versioned symbols (the symbols allow ${repair.symbol.name} at best). You'll need to compile the wheel on an older toolchain.`, why(['symbol-version']));
    if (wanted.priority > repair.ucs.priority)
        throw new manylinux_errors/* RepairError */.k('UCS2', `${say} it was compiled against a UCS2 build of Python. You'll need to compile the wheel against a wide-unicode build of Python.`, why(['ucs2']));
    if (wanted.priority > repair.blacklist.priority)
        throw new manylinux_errors/* RepairError */.k('BLACKLIST', `${say} it depends on black-listed symbols.`, why(['blacklisted-symbols']));
    if (wanted.priority > repair.machine.priority)
        throw new manylinux_errors/* RepairError */.k('ISA', `${say} it depends on unsupported ISA extensions.`, why(['isa']));
    if (wanted.priority > repair.pyfpe.priority)
        throw new manylinux_errors/* RepairError */.k('PYFPE', `${say} it uses the PyFPE_jbuf function, which is not compatible with the manylinux/musllinux tags.`, why(['pyfpe']));
}
async function repairWheel(wheelPath, opts) {
    const log = opts.log ?? (() => { });
    const fileName = external_node_path_.basename(wheelPath);
    const name = (0,tags/* parseWheelName */.CI)(fileName);
    const req = splitPlat(opts.plat ?? opts.env?.AUDITWHEEL_PLAT);
    const nameArch = (0,tags/* wheelNameArch */.DA)(name);
    if (req.arch && nameArch.kind === 'arch' && nameArch.arch !== (req.arch.startsWith('x86_64') ? 'x86_64' : req.arch)) {
        throw new manylinux_errors/* AuditError */.M('BAD_ARGUMENT', `can't repair wheel ${fileName} with ${nameArch.arch} architecture to a wheel targeting ${req.arch}`);
    }
    let libc = (0,tags/* wheelNameLibc */.vO)(name);
    const platLibc = req.base.startsWith('musllinux') ? 'musl' : req.base.startsWith('manylinux') ? 'glibc' : null;
    if (platLibc && libc && platLibc !== libc)
        throw new manylinux_errors/* AuditError */.M('BAD_ARGUMENT', `can't repair wheel ${fileName} with ${libc} libc to a wheel targeting ${platLibc}`);
    libc ??= platLibc;
    const x = await (0,extract/* extractWheel */.h)(wheelPath);
    try {
        if (x.elfMembers.length === 0) {
            if (!opts.allowPure)
                throw new manylinux_errors/* AuditError */.M('NOT_PLATFORM_WHEEL', NO_ELF);
            log(NO_ELF);
            const dest = external_node_path_.join(opts.outDir, fileName);
            external_node_fs_.mkdirSync(opts.outDir, { recursive: true });
            if (external_node_path_.resolve(dest) !== external_node_path_.resolve(wheelPath))
                external_node_fs_.copyFileSync(wheelPath, dest);
            return { wheel: dest, tags: name.platforms, policy: name.platforms.join('.'), grafted: [], removedNeeded: [] };
        }
        const muslPolicy = /^musllinux_\d+_\d+$/.test(req.base) ? req.base : undefined;
        const scan = scanWheel(x.dir, x.elfMembers, name, {
            ...(req.arch ? { arch: req.arch } : {}),
            ...(muslPolicy ? { muslPolicy } : {}),
            ...(libc ? { libc } : {}),
            ...(opts.ldPaths ? { ldPaths: opts.ldPaths } : {}),
            ...(opts.excludes ? { excludes: opts.excludes } : {}),
            ...(opts.env ? { env: opts.env } : {})
        });
        const set = scan.set;
        let base = req.base;
        if (base !== 'auto') {
            const p = set.byName(`${base}_${set.arch}`) ?? set.byName(base);
            if (!p)
                throw new manylinux_errors/* AuditError */.M('BAD_ARGUMENT', `no policy ${opts.plat} for a ${set.libc} ${set.arch} wheel; known: ${set.policies.map(q => q.name).join(', ')}`);
            base = p.base;
        }
        const abi = analyzeScan(scan, fileName, base);
        const overall = abi.repair.overall;
        const wanted = base === 'auto' ? (overall.priority === 0 ? set.lowest : overall) : set.policies.find(p => p.base === base);
        refuse(abi, wanted, wanted.name, wheelPath);
        let abis = [wanted.name, ...wanted.aliases];
        if (!opts.onlyPlat && wanted.priority < overall.priority) {
            log(`Wheel is eligible for a higher priority tag. You requested ${wanted.name} but I have found this wheel is eligible for ${overall.name}.`);
            abis = [overall.name, ...overall.aliases, ...abis];
        }
        const result = await graftAndPatch(x, abi, abis[0], name.name + (opts.libSdir ?? '.libs'), opts, log);
        const out = await writeRepaired(x, fileName, abis, opts);
        return { ...result, wheel: out.path, tags: out.platforms, policy: abis[0] };
    }
    finally {
        x.cleanup();
    }
}
async function graftAndPatch(x, abi, policyName, libsDir, opts, log) {
    const edits = new Map();
    const editsOf = (f) => edits.get(f) ?? (edits.set(f, (0,patchelf/* emptyEdits */.b0)()), edits.get(f));
    const grafted = new Map();
    const removedNeeded = [];
    const runpath = abi.scan.set.libc === 'android';
    for (const m of abi.scan.members) {
        const libs = abi.scan.refsByMember.get(m.name)?.get(policyName)?.libs ?? new Map();
        let any = false;
        for (const [soname, src] of libs) {
            if (lddtree/* LIBPYTHON_RE */.GH.test(soname) && !runpath) {
                log(`Removing ${soname} dependency from ${m.name}. Linking with libpython is forbidden for manylinux/musllinux wheels.`);
                editsOf(m.abs).removeNeeded.push(soname);
                removedNeeded.push({ file: m.name, library: soname });
                continue;
            }
            if (src === null)
                throw new manylinux_errors/* RepairError */.k('LIB_NOT_FOUND', `Cannot repair wheel, because required library "${soname}" could not be located (needed by ${m.name}); pass its directory in ldPaths or LD_LIBRARY_PATH, or exclude it`);
            let g = grafted.get(soname);
            if (!g) {
                const c = copyLibrary(src, x.dir, libsDir);
                g = { library: soname, from: src, to: `${libsDir}/${c.name}`, soname: c.name, dest: c.dest };
                grafted.set(soname, g);
                if (c.fresh)
                    editsOf(c.dest).soname = c.name;
                log(`Grafting ${src} -> ${g.to}`);
            }
            editsOf(m.abs).replaceNeeded.push([soname, g.soname]);
            any = true;
        }
        if (any) {
            editsOf(m.abs).rpath = { value: rpathWithLibs(m.name, libsDir, m.info.runpath ?? m.info.rpath), runpath };
            // Files under <dist>.data/ are installed elsewhere than <dist>.libs: $ORIGIN will not reach it.
            if (/^[^/]+\.data\//.test(m.name))
                log(`warning: ${m.name} is installed outside the package directory; its $ORIGIN RPATH will not find ${libsDir} once installed (auditwheel moves such scripts to <dist>.scripts/ behind a shim; the builtin repair does not)`);
        }
    }
    // Grafted libraries that need each other find each other next to themselves.
    for (const g of grafted.values()) {
        const needed = abi.scan.cache.read(g.from).needed;
        const repl = needed.filter(n => grafted.has(n)).map(n => [n, grafted.get(n).soname]);
        const e = editsOf(g.dest);
        e.replaceNeeded.push(...repl);
        if (repl.length)
            e.rpath = { value: '$ORIGIN', runpath };
        else
            e.removeRpath = true;
    }
    for (const [file, e] of edits)
        await (0,patchelf/* applyEdits */.ct)(file, e, opts.patchelf);
    return { grafted: [...grafted.values()].map(({ dest: _d, ...g }) => g), removedNeeded };
}
async function writeRepaired(x, fileName, abis, opts) {
    const info = `${x.archive.distInfo}/WHEEL`;
    const files = new Map();
    // Every member is on disk, next to the grafted libraries (modes from the archive, else 0644; grafted: as copied).
    const walk = (rel) => {
        for (const d of external_node_fs_.readdirSync(external_node_path_.join(x.dir, rel), { withFileTypes: true })) {
            const r = rel ? `${rel}/${d.name}` : d.name;
            if (d.isDirectory())
                walk(r);
            else if (!/\/RECORD\.(jws|p7s)$/.test(r))
                files.set(r, {
                    data: external_node_fs_.readFileSync(external_node_path_.join(x.dir, r)),
                    mode: x.modes.has(r) ? x.modes.get(r) || 0o644 : external_node_fs_.statSync(external_node_path_.join(x.dir, r)).mode & 0o777
                });
        }
    };
    walk('');
    const wheelText = files.get(info)?.data.toString('utf8') ?? '';
    const retag = (0,tags/* addPlatforms */.Gw)(fileName, (0,wheel_file/* wheelTags */.Dl)(wheelText), abis, (0,tags/* replacedPlatforms */.Jb)(abis[0]));
    files.set(info, { data: Buffer.from((0,wheel_file/* setWheelTags */.zC)(wheelText, retag.wheelTags)), mode: files.get(info)?.mode ?? 0o644 });
    const record = `${x.archive.distInfo}/RECORD`;
    const order = (0,wheel_file/* orderMembers */.Iw)([...new Set([...files.keys(), record])], x.archive.distInfo);
    const listed = order.filter(n => !n.endsWith('/') && n !== record).map(n => ({ name: n, data: files.get(n).data }));
    files.set(record, { data: Buffer.from((0,wheel_file/* buildRecord */.kA)(listed, record)), mode: files.get(record)?.mode ?? 0o644 });
    const entries = order.map(n => n.endsWith('/')
        ? { name: n, data: new Uint8Array(), mode: 0o755 }
        : { name: n, data: files.get(n).data, mode: files.get(n).mode });
    const dest = external_node_path_.join(opts.outDir, retag.fileName);
    (0,lib_files/* writeAtomically */.vK)(dest, (0,zip/* writeZip */.zy)(entries, (0,wheel_file/* memberDate */.fW)(opts.env ?? {})));
    return { path: dest, platforms: retag.platforms };
}

;// CONCATENATED MODULE: ./src/manylinux/format.ts
function formatReason(r) {
    switch (r.kind) {
        case 'symbol-version':
            return `${r.version} from ${r.library}, needed by ${r.files.join(', ') || '?'}`;
        case 'external-library':
            return `external library ${r.library} (${r.path ?? 'not found'}), needed by ${r.neededBy.join(', ') || '?'}`;
        case 'blacklisted-symbols':
            return `black-listed symbol dependencies from ${r.library}: ${r.symbols.join(', ')}, used by ${r.files.join(', ')}`;
        case 'pyfpe':
            return `This wheel uses the PyFPE_jbuf function, which is not compatible with the manylinux/musllinux tags: ${r.files.join(', ')}`;
        case 'ucs2':
            return `compiled against a narrow unicode (UCS2) build of Python, not compatible with the manylinux/musllinux tags: ${r.files.join(', ')}`;
        case 'isa':
            return `${r.file} needs the ${r.isa} instruction set, more than the wheel's architecture`;
    }
}
function formatAudit(a) {
    const lines = [a.bestTag ?? 'none'];
    if (a.bestTag === null) {
        lines.push(`${a.wheel}: ${a.error ?? 'no platform tag'}`);
        return `${lines.join('\n')}\n`;
    }
    const aliases = a.tags.slice(1);
    lines.push(`${a.wheel} is consistent with the following platform tag: "${a.bestTag}"${aliases.length ? ` (also named ${aliases.join(', ')})` : ''}.`);
    if (a.repairTag && a.repairTag !== a.bestTag) {
        const libs = a.externalLibs.map(l => l.library);
        lines.push(`After repair${libs.length ? ` (grafting or dropping ${libs.join(', ')})` : ''}: "${a.repairTag}".`);
    }
    const versioned = Object.entries(a.versionedSymbols);
    if (versioned.length === 0)
        lines.push('The wheel references no external versioned symbols from system-provided shared libraries.');
    else
        lines.push(`The wheel references external versioned symbols in these system-provided shared libraries: ${versioned.map(([lib, vs]) => `${lib} with versions ${vs.join(', ')}`).join('; ')}`);
    if (a.symbolTag && a.symbolTag !== a.bestTag)
        lines.push(`The symbol versions alone allow "${a.symbolTag}".`);
    if (a.externalLibs.length === 0)
        lines.push('The wheel requires no external shared libraries.');
    else {
        lines.push('The following external shared libraries are required by the wheel:');
        for (const l of a.externalLibs)
            lines.push(`  ${l.library} => ${l.path ?? 'not found'} (needed by ${l.neededBy.join(', ')})`);
    }
    if (a.blockedTag && a.reasons.length) {
        lines.push(`Not "${a.blockedTag}", because:`);
        for (const r of a.reasons)
            lines.push(`  - ${formatReason(r)}`);
    }
    for (const n of a.notes)
        lines.push(`note: ${n}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/manylinux/policy-data.ts
var policy_data = __webpack_require__(64030);
;// CONCATENATED MODULE: ./src/manylinux/check.ts
/**
 * The final check of a wheel: the platform tags in its file name must not claim more
 * compatibility than its binaries allow (as they stand: nothing left to graft).
 */







/** The (family, major, minor) a platform tag claims: manylinux2014_x86_64 → ['manylinux', 2, 17]. */
function tagVersion(tag) {
    const arch = (0,tags/* tagArch */.fS)(tag);
    const base = arch ? tag.slice(0, -(arch.length + 1)) : tag;
    const m = /^(manylinux|musllinux)_(\d+)_(\d+)$/.exec(base);
    if (m)
        return { family: m[1], version: [Number(m[2]), Number(m[3])] };
    const legacy = policy_data/* MANYLINUX_POLICIES */.Xw.find(p => p.aliases.includes(base));
    if (legacy) {
        const [, x, y] = legacy.name.split('_');
        return { family: 'manylinux', version: [Number(x), Number(y)] };
    }
    const a = /^android_(\d+)$/.exec(base);
    if (a)
        return { family: 'android', version: [Number(a[1]), 0] };
    if (base === 'linux')
        return { family: 'linux', version: [Number.POSITIVE_INFINITY, 0] };
    return null;
}
/** Does claiming `claimed` stay within what `allowed` (the best tag) permits? Pure. */
function claimWithin(claimed, allowed) {
    if (claimed === allowed)
        return null;
    const ca = (0,tags/* tagArch */.fS)(claimed);
    const aa = (0,tags/* tagArch */.fS)(allowed);
    if ((ca && (0,platform/* baselineArch */.q1)(ca)) !== (aa && (0,platform/* baselineArch */.q1)(aa)))
        return `claims ${claimed}, but the binaries are ${aa ?? 'of no known architecture'}`;
    const c = tagVersion(claimed);
    const a = tagVersion(allowed);
    if (!c)
        return `claims ${claimed}, a platform tag this audit does not know`;
    if (!a)
        return `claims ${claimed}, but the binaries allow only ${allowed}`;
    if (c.family === 'linux')
        return null; // the generic tag claims nothing
    if (a.family === 'linux')
        return `claims ${claimed}, but the binaries allow only ${allowed}`;
    if (c.family !== a.family)
        return `claims ${claimed}, but the binaries need ${allowed}`;
    const [cx, cy] = c.version;
    const [ax, ay] = a.version;
    if (cx < ax || (cx === ax && cy < ay))
        return `claims ${claimed}, more than the binaries allow (${allowed})`;
    return null;
}
function checkAudit(a) {
    if (a.pure)
        return { ok: true, claimed: a.claimedTags, allowed: 'any', problems: [] };
    const allowed = a.bestTag;
    const problems = [];
    for (const tag of a.claimedTags) {
        const p = claimWithin(tag, allowed);
        if (!p)
            continue;
        const why = a.reasons.slice(0, 8).map(formatReason);
        problems.push(why.length ? `${p}: ${why.join('; ')}` : p);
    }
    return { ok: problems.length === 0, claimed: a.claimedTags, allowed, problems };
}
async function checkWheelTag(wheelPath, opts = {}) {
    try {
        return checkAudit(await analyzeWheel(wheelPath, opts));
    }
    catch (e) {
        if (!(e instanceof manylinux_errors/* AuditError */.M))
            throw e;
        let claimed = [];
        try {
            claimed = (0,tags/* parseWheelName */.CI)(external_node_path_.basename(wheelPath)).platforms;
        }
        catch {
            /* the name itself is the problem */
        }
        return { ok: false, claimed, allowed: 'none', problems: [e.message] };
    }
}

;// CONCATENATED MODULE: ./src/manylinux/cli.ts
/**
 * `audit [--json] [--plat TAG] [--ldpaths DIR:DIR] [--exclude PATTERN]... <wheel>...`: each
 * wheel's best tag first, then why it gets nothing better. Exit 0 when every wheel is a platform
 * wheel (and qualifies for --plat when given), 1 otherwise, 2 on a usage error. A wheel that
 * cannot be read (missing, not a wheel, an archive refused) is reported with its `error` and the
 * others still are: with --json the output is always one JSON document.
 */






const AUDIT_USAGE = `usage: audit [--json] [--plat TAG] [--ldpaths DIR[:DIR...]] [--exclude PATTERN]... WHEEL...
  Prints each wheel's most compatible platform tag first, then why it gets nothing better.
  --json       one JSON array with a report per wheel (its error set when it cannot be read)
  --plat TAG   also fail (exit 1) when a wheel does not qualify for TAG as it stands
  --ldpaths    search these directories for libraries instead of the system's
  --exclude    leave libraries matching PATTERN (soname or path glob) out of the audit
`;
function parse(argv) {
    const p = { json: false, plat: null, opts: {}, wheels: [] };
    const excludes = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
        const value = () => inline ?? argv[++i];
        if (flag === '--json')
            p.json = true;
        else if (flag === '--plat')
            p.plat = value() ?? '';
        else if (flag === '--ldpaths')
            p.opts.ldPaths = (value() ?? '').split(':').filter(Boolean);
        else if (flag === '--exclude')
            excludes.push(value() ?? '');
        else if (flag === '-h' || flag === '--help')
            return AUDIT_USAGE;
        else if (flag.startsWith('-') && flag !== '-')
            return `unknown option ${flag}\n${AUDIT_USAGE}`;
        else
            p.wheels.push(a);
    }
    if (p.plat === '')
        return `--plat needs a tag\n${AUDIT_USAGE}`;
    if (excludes.length)
        p.opts.excludes = excludes;
    if (p.wheels.length === 0)
        return `no wheel given\n${AUDIT_USAGE}`;
    return p;
}
/** Whether an audited wheel qualifies for `plat` as it stands; the problem otherwise. */
function platProblem(a, plat) {
    if (!a.bestTag)
        return `does not qualify for ${plat}: ${a.error ?? 'no platform tag'}`;
    const full = (0,tags/* tagArch */.fS)(plat) ? plat : `${plat}_${a.arch}`;
    const p = claimWithin(full, a.bestTag);
    if (!p)
        return null;
    const canonical = a.libc && a.arch ? ((0,policies/* policySet */.pq)(a.libc, a.arch, a.libc === 'android' ? { androidTag: a.bestTag } : {}).byName(full)?.name ?? full) : full;
    const blockers = a.upgrades[canonical] ?? a.reasons;
    return `does not qualify for ${full}: ${p}${blockers.length ? `\n${blockers.map(r => `  - ${formatReason(r)}`).join('\n')}` : ''}`;
}
async function auditCommand(argv, out, env = {}) {
    const parsed = parse(argv);
    if (typeof parsed === 'string') {
        out(parsed);
        return parsed === AUDIT_USAGE ? 0 : 2;
    }
    let code = 0;
    const reports = [];
    for (const wheel of parsed.wheels) {
        let a;
        try {
            a = await analyzeWheel(wheel, { ...parsed.opts, env });
        }
        catch (e) {
            a = nonPlatformAudit(external_node_path_.basename(wheel), e instanceof Error ? e.message : String(e), false);
        }
        if (a.bestTag === null)
            code = 1;
        const problem = parsed.plat ? platProblem(a, parsed.plat) : null;
        if (problem)
            code = 1;
        if (parsed.json)
            reports.push(a);
        else
            out(formatAudit(a) + (problem ? `${a.wheel} ${problem}\n` : ''));
    }
    if (parsed.json)
        out(`${JSON.stringify(reports, null, 2)}\n`);
    return code;
}

;// CONCATENATED MODULE: ./src/manylinux/index.ts
/**
 * Wheel audit and repair for manylinux / musllinux (and Android) tags, without Python: the policy
 * table, `show`, `repair`, and the final check that a wheel's name claims no more than its binaries
 * allow. The ELF reader, the loader-like dependency tree and the patchelf edits live in src/elf/.
 */















/***/ }),

/***/ 98599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ wheelTags),
/* harmony export */   Iw: () => (/* binding */ orderMembers),
/* harmony export */   OO: () => (/* binding */ openWheel),
/* harmony export */   fW: () => (/* binding */ memberDate),
/* harmony export */   kA: () => (/* binding */ buildRecord),
/* harmony export */   zC: () => (/* binding */ setWheelTags)
/* harmony export */ });
/* unused harmony exports recordHash, parseRecord */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archive_zip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70088);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93392);
/**
 * A wheel's files: reading the archive, its .dist-info, the WHEEL Tag lines and the RECORD
 * (PEP 376/427: `path,sha256=<urlsafe base64, no padding>,size`), and the member order and dates
 * of a rewritten wheel.
 */



/**
 * Open a wheel and check its central directory (ArchiveError names the member at fault: see
 * src/archive/zip-directory.ts for what is refused); AuditError('BAD_WHEEL') when it is not a wheel.
 */
function openWheel(file, limits) {
    const zip = (0,_archive_zip_js__WEBPACK_IMPORTED_MODULE_1__/* .openZip */ .QH)(file, limits);
    const entries = zip.entries;
    const infos = [...new Set(entries.map(e => e.name.split('/')[0]).filter(n => n.endsWith('.dist-info') && entries.some(e => e.name.startsWith(`${n}/`))))];
    if (infos.length !== 1) {
        zip.close();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AuditError */ .M('BAD_WHEEL', `${file}: expected exactly one .dist-info directory, found ${infos.length}`);
    }
    return { path: file, zip, entries, distInfo: infos[0] };
}
/** `sha256=<urlsafe base64 without padding>` of some bytes. */
function recordHash(data) {
    return `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('base64url')}`;
}
function csvField(s) {
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** A RECORD for the given files (paths relative to the wheel root); RECORD itself has no hash. */
function buildRecord(files, recordName) {
    const lines = files.filter(f => f.name !== recordName && !f.name.endsWith('/')).map(f => `${csvField(f.name)},${recordHash(f.data)},${f.data.length}`);
    return `${[...lines, `${csvField(recordName)},,`].join('\n')}\n`;
}
/** Parse RECORD rows (CSV with quotes). */
function parseRecord(text) {
    const rows = [];
    for (const line of text.split(/\r?\n/)) {
        if (!line)
            continue;
        const cells = [];
        let cur = '';
        let quoted = false;
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (quoted) {
                if (c === '"' && line[i + 1] === '"') {
                    cur += '"';
                    i++;
                }
                else if (c === '"')
                    quoted = false;
                else
                    cur += c;
            }
            else if (c === '"')
                quoted = true;
            else if (c === ',') {
                cells.push(cur);
                cur = '';
            }
            else
                cur += c;
        }
        cells.push(cur);
        rows.push({ path: cells[0] ?? '', hash: cells[1] ?? '', size: cells[2] ?? '' });
    }
    return rows;
}
/** The values of WHEEL's `Tag:` lines. */
function wheelTags(wheelText) {
    return wheelText
        .split(/\r?\n/)
        .map(l => /^Tag:\s*(.*?)\s*$/i.exec(l)?.[1])
        .filter((t) => !!t);
}
/** WHEEL with its Tag lines replaced (at the place of the first one; other headers untouched). */
function setWheelTags(wheelText, tags) {
    const lines = wheelText.replace(/\r?\n$/, '').split(/\r?\n/);
    const first = lines.findIndex(l => /^Tag:/i.test(l));
    const rest = lines.filter(l => !/^Tag:/i.test(l));
    const at = first < 0 ? rest.length : first;
    rest.splice(at, 0, ...tags.map(t => `Tag: ${t}`));
    return `${rest.join('\n')}\n`;
}
/**
 * The member order of a rewritten wheel: each directory's files (sorted) before its
 * subdirectories (sorted), the top-level .dist-info last with RECORD at its end, directories
 * listed as `name/` entries before their contents.
 */
function orderMembers(files, distInfo) {
    const root = { files: [], dirs: new Map() };
    for (const f of files) {
        const parts = f.split('/');
        let node = root;
        for (const d of parts.slice(0, -1)) {
            let next = node.dirs.get(d);
            if (!next)
                node.dirs.set(d, (next = { files: [], dirs: new Map() }));
            node = next;
        }
        node.files.push(parts[parts.length - 1]);
    }
    const out = [];
    const walk = (node, prefix, top) => {
        const files = [...node.files].sort();
        if (prefix === `${distInfo}/` && files.includes('RECORD'))
            files.push(...files.splice(files.indexOf('RECORD'), 1));
        for (const f of files)
            out.push(prefix + f);
        let dirs = [...node.dirs.keys()].sort();
        if (top)
            dirs = [...dirs.filter(d => !d.endsWith('.dist-info')), ...dirs.filter(d => d.endsWith('.dist-info'))];
        for (const d of dirs) {
            out.push(`${prefix}${d}/`);
            walk(node.dirs.get(d), `${prefix}${d}/`, false);
        }
    };
    walk(root, '', true);
    return out;
}
/** The date for every member of a rewritten wheel: SOURCE_DATE_EPOCH (not before 1980, even seconds), else now. */
function memberDate(env = {}, now = new Date()) {
    const raw = env.SOURCE_DATE_EPOCH;
    const t = raw && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Math.floor(now.getTime() / 1000);
    const clamped = Math.max(t, 315532800);
    return new Date((clamped - (clamped % 2)) * 1000);
}


/***/ })

};
