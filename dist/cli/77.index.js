export const id = 77;
export const ids = [77];
export const modules = {

/***/ 44604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   MW: () => (/* binding */ channelFile),
/* harmony export */   YY: () => (/* binding */ DEFAULT_CHANNEL),
/* harmony export */   p8: () => (/* binding */ channelUrl),
/* harmony export */   pn: () => (/* binding */ parseChannel),
/* harmony export */   wd: () => (/* binding */ unreachableChannel)
/* harmony export */ });
/* unused harmony exports CHANNEL_ALIAS, ChannelError, expandEnv, TOOLCHAIN_COMMAND, isConnectFailure */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Channels as the user names them: a name (`conda-forge` -> https://conda.anaconda.org/conda-forge),
 * an https:// (or http://) URL, a file:// URL or a local directory. Credentials come from the
 * environment: `$VAR` / `${VAR}` in a channel are expanded (as conda expands them in .condarc) and the
 * expanded values are secrets; a URL's user:password becomes a Basic authorization header, an
 * anaconda.org-style `/t/<token>/` stays in the request path. Everything shown or recorded uses the
 * redacted form. Pure functions: no network, no filesystem.
 */


const DEFAULT_CHANNEL = 'conda-forge';
const CHANNEL_ALIAS = 'https://conda.anaconda.org/';
class ChannelError extends Error {
    name = 'ChannelError';
}
/** Expand `$VAR` and `${VAR}`; the values used are returned as secrets. A missing variable is an error naming it. */
function expandEnv(text, env) {
    const secrets = [];
    const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a, b) => {
        const name = (a ?? b);
        const value = env[name];
        if (value === undefined)
            throw new ChannelError(`the channel refers to $${name}, which is not set in the environment`);
        if (value)
            secrets.push(value);
        return value;
    });
    return { text: out, secrets };
}
const TOKEN_PATH = /\/t\/([^/]+)\//;
/** A URL with credentials removed: no user:password, `/t/<token>/` shown as `/t/<TOKEN>/`. */
function redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url.replace(/\/\/[^/@]*@/, '//').replace(TOKEN_PATH, '/t/<TOKEN>/');
    }
    u.username = '';
    u.password = '';
    return u.toString().replace(TOKEN_PATH, '/t/<TOKEN>/');
}
/** Parse one channel as given on the command line (or an input); `cwd` resolves relative directories. */
function parseChannel(given, opts = {}) {
    const raw = given.trim();
    if (!raw)
        throw new ChannelError('an empty channel');
    const { text, secrets } = expandEnv(raw, opts.env ?? process.env);
    if (/^file:\/\//i.test(text)) {
        let dir;
        try {
            dir = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(text);
        }
        catch (e) {
            throw new ChannelError(`'${raw}' is not a usable file:// URL (${e.message})`);
        }
        return local(dir);
    }
    if (/^https?:\/\//i.test(text)) {
        let u;
        try {
            u = new URL(text);
        }
        catch {
            throw new ChannelError(`'${redactUrl(raw)}' is not a valid URL`);
        }
        const headers = {};
        const user = decodeURIComponent(u.username);
        const pass = decodeURIComponent(u.password);
        if (user || pass) {
            headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
            secrets.push(...[user, pass, u.password, u.username].filter(s => s.length > 0 && !secrets.includes(s)));
        }
        const token = TOKEN_PATH.exec(u.pathname)?.[1];
        if (token)
            secrets.push(token, decodeURIComponent(token));
        u.username = '';
        u.password = '';
        u.search = '';
        u.hash = '';
        const base = u.toString().replace(/\/*$/, '/');
        return { kind: 'http', base, display: redactUrl(base).replace(/\/$/, ''), headers, secrets: [...new Set(secrets)] };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
        throw new ChannelError(`'${redactUrl(raw)}': only https://, http://, file:// channels, names and directories are accepted`);
    const looksLikePath = text.startsWith('/') || text.startsWith('.') || text.startsWith('~') || text.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
    if (!looksLikePath) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(text))
            throw new ChannelError(`'${raw}' is neither a channel name, a URL nor a directory`);
        return parseChannel(`${CHANNEL_ALIAS}${text}`, opts);
    }
    const home = process.env.HOME ?? '';
    return local(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(opts.cwd ?? process.cwd(), text.startsWith('~/') ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(home, text.slice(2)) : text));
}
function local(dir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir);
    return { kind: 'local', base: abs, display: abs, headers: {}, secrets: [] };
}
/** Where a subdir's file lives: a URL for http channels, a path for local ones. */
function channelFile(ch, subdir, file) {
    return ch.kind === 'local' ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(ch.base, subdir, file) : new URL(`${subdir}/${encodeURIComponent(file)}`, ch.base).toString();
}
/** The channel as conda-meta records it: the redacted URL, a file:// URL for a local channel. */
function channelUrl(ch) {
    return ch.kind === 'local' ? (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(ch.base).toString() : ch.display;
}
/** The command that builds a channel from this machine's own tools (the suggestion when no channel can be reached). */
const TOOLCHAIN_COMMAND = 'build-wheel conda toolchain --output-dir DIR';
/** Whether `e` is a failure to connect (DNS, refused, reset, timed out) rather than an answer from the server. */
function isConnectFailure(e) {
    return e instanceof Error && e.name === 'HttpError' && e.status === 0;
}
/**
 * The error for a channel that cannot be reached: it names the channel (the default one when none
 * was given), says the machine is offline or the URL unreachable with the system's words, and what to
 * do instead. `e` is returned as it is when it is not a failure to connect.
 */
function unreachableChannel(ch, e) {
    if (!isConnectFailure(e))
        return e;
    const cause = /cannot connect: (.*)$/s.exec(e.message)?.[1]?.trim() || e.message;
    const isDefault = ch.display === `${CHANNEL_ALIAS}${DEFAULT_CHANNEL}`;
    const which = isDefault ? `the default channel ${ch.display} (used because no channel was given)` : `the channel ${ch.display}`;
    return new ChannelError(`cannot reach ${which}: this machine is offline or the URL is unreachable (${cause}). ` +
        `Give a channel it can reach: a folder with --channel DIR (the channels input of the action), ` +
        `for instance one built from this machine's tools with \`${TOOLCHAIN_COMMAND}\`, or a mirror URL`, { cause: e });
}


/***/ }),

/***/ 21077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEnvironment: () => (/* binding */ createEnvironment),
  d: () => (/* binding */ loadChannels)
});

// UNUSED EXPORTS: CreateError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/log.ts
var lib_log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __webpack_require__(93622);
// EXTERNAL MODULE: ./src/conda/env/channel.ts
var channel = __webpack_require__(44604);
// EXTERNAL MODULE: ./src/conda/env/fetch.ts
var fetch = __webpack_require__(64959);
// EXTERNAL MODULE: ./src/conda/post/python.ts
var post_python = __webpack_require__(77934);
;// CONCATENATED MODULE: ./src/conda/env/compile-pyc.ts
/**
 * A `noarch: python` package's `.pyc` files, compiled when it is installed, as conda does: its `.py`
 * files in site-packages compiled by the environment's own python (so the bytecode matches that
 * python), each `.pyc` recorded in conda-meta as a `pyc_file` path. A file that does not compile is a
 * warning, never a failed install; an environment without its python compiles nothing.
 */



/** Where python X.Y writes the bytecode of `rel` (a .py path): `<dir>/__pycache__/<stem>.cpython-XY.pyc`. */
function pycPath(rel, pyVersion) {
    const dir = external_node_path_.posix.dirname(rel);
    const stem = external_node_path_.posix.basename(rel, '.py');
    return `${dir === '.' ? '' : `${dir}/`}__pycache__/${stem}.cpython-${pyVersion.replace('.', '')}.pyc`;
}
/** The .py files of a linked noarch python package that get bytecode: those in its site-packages. */
function compilable(paths, py) {
    return paths.filter(p => p.path_type === 'hardlink' && p._path.endsWith('.py') && p._path.startsWith(`${py.sitePackages}/`)).map(p => p._path);
}
/** Compile the package's .py files; returns the pyc paths to record (those the compiler wrote). */
async function compileNoarchPyc(prefix, paths, py, opts) {
    const rels = compilable(paths, py);
    const python = opts.win ? external_node_path_.join(prefix, 'python.exe') : external_node_path_.join(prefix, 'bin', `python${py.version}`);
    const exe = external_node_fs_.existsSync(python) ? python : external_node_path_.join(prefix, 'bin', 'python');
    if (!rels.length)
        return [];
    if (!external_node_fs_.existsSync(exe)) {
        opts.warn?.(`${opts.what}: no python in the environment to compile its .pyc files; they are left out`);
        return [];
    }
    const problem = await (0,post_python/* compilePyc */.kq)(prefix, exe, rels, {});
    if (problem)
        opts.warn?.(`${opts.what}: ${problem}`);
    return rels
        .map(r => pycPath(r, py.version))
        .filter(p => external_node_fs_.existsSync(external_node_path_.join(prefix, p)))
        .map(p => ({ _path: p, path_type: 'pyc_file' }));
}

// EXTERNAL MODULE: ./src/conda/env/noarch.ts
var noarch = __webpack_require__(70316);
// EXTERNAL MODULE: ./src/conda/env/placeholder.ts
var placeholder = __webpack_require__(44222);
// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(25877);
// EXTERNAL MODULE: ./src/archive/links.ts
var archive_links = __webpack_require__(19783);
;// CONCATENATED MODULE: ./src/conda/env/link.ts
/**
 * Linking one extracted package into a prefix as conda does: files hard-linked from the package
 * cache (copied when the prefix is on another filesystem, or the file is `no_link`), softlinks made
 * as links, prefix placeholders replaced in a copy (text: every occurrence; binary: NUL-padded in
 * place, same size; long shebangs rewritten), noarch python relocated into site-packages with its
 * entry points written. Returns the prefix's view of each path, for the conda-meta record.
 */






class LinkError extends Error {
    name = 'LinkError';
}
function isNoarchPython(info) {
    const n = info.index.noarch ?? info.link?.noarch?.type;
    return n === 'python' || (n === true && info.link?.noarch?.type === 'python');
}
/** Make the parent folders of `rel` in the prefix, refusing any that resolves outside it. */
function parentInside(root, rel) {
    const abs = external_node_path_.join(root, rel);
    external_node_fs_.mkdirSync(external_node_path_.dirname(abs), { recursive: true });
    const real = external_node_fs_.realpathSync(external_node_path_.dirname(abs));
    if (real !== root && !real.startsWith(`${root}${external_node_path_.sep}`))
        throw new LinkError(`'${rel}' would be written outside the prefix (its folder resolves to ${real})`);
    return abs;
}
function clear(abs, rel, opts) {
    const st = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
    if (!st)
        return;
    if (st.isDirectory())
        throw new LinkError(`'${rel}' is a folder in the prefix; the package has a file there`);
    opts.clobbered?.(rel);
    external_node_fs_.rmSync(abs, { force: true });
}
function linkFile(src, abs, mode, noLink) {
    if (mode.hardlinks && !noLink) {
        try {
            external_node_fs_.linkSync(src, abs);
            return 'hardlink';
        }
        catch (e) {
            const code = e.code;
            if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK')
                throw e;
            mode.hardlinks = false;
        }
    }
    external_node_fs_.copyFileSync(src, abs);
    return 'copy';
}
function relocated(p, data, opts) {
    const ph = p.prefix_placeholder;
    if ((p.file_mode ?? 'text') === 'binary') {
        if (opts.subdir.startsWith('win-'))
            return data;
        try {
            return (0,placeholder/* replaceBinary */.y7)(data, ph, opts.prefix);
        }
        catch (e) {
            if (e instanceof placeholder/* PaddingError */.gp)
                throw new LinkError(`${opts.info.index.name}: '${p._path}': ${e.message}`);
            throw e;
        }
    }
    const to = opts.subdir.startsWith('win-') ? opts.prefix.replace(/\\/g, '/') : opts.prefix;
    return (0,placeholder/* fixShebang */.CI)((0,placeholder/* replaceText */.ee)(data, ph, to), to);
}
/**
 * Before anything is linked: the package's softlinks judged by their chains against the prefix as
 * it will be (what it holds now, this package's paths over it). When a softlink replaces a link
 * the prefix already holds, every link of the prefix is judged again with it.
 */
function checkSoftlinks(root, opts, place) {
    if (!opts.info.paths.some(p => p.path_type === 'softlink'))
        return;
    const onDisk = (0,archive_links/* diskTree */.cF)(root);
    const links = [];
    let relinks = false;
    const entries = opts.info.paths.map((p) => {
        const rel = place(p);
        if (p.path_type === 'directory')
            return [rel, archive_links/* DIR */.q6];
        if (p.path_type !== 'softlink')
            return [rel, archive_links/* FILE */.PW];
        const target = external_node_fs_.readlinkSync(external_node_path_.join(opts.dir, p._path));
        links.push([rel, target]);
        relinks ||= onDisk(rel)?.kind === 'link';
        return [rel, { kind: 'link', target }];
    });
    const look = (0,archive_links/* overlayTree */.tV)(onDisk, entries);
    const problem = (0,archive_links/* firstLinkProblem */.c7)(look, links) ?? (relinks ? (0,archive_links/* firstLinkProblem */.c7)(look, (0,archive_links/* linksOnDisk */.Ms)(root), 'existing') : null);
    if (problem)
        throw new LinkError(`${opts.info.index.name}: ${(0,archive_links/* describeLinkProblem */.Pw)(problem)} (in the prefix ${opts.prefix}); nothing of the package was linked`);
}
/** Link one package; returns its paths as the prefix now holds them (in the package's order). */
function linkPackage(opts) {
    const root = external_node_fs_.realpathSync(opts.prefix);
    const noarchPy = isNoarchPython(opts.info);
    if (noarchPy && !opts.python)
        throw new LinkError(`${opts.info.index.name} is a noarch: python package, but the environment has no python to install it for; add python to the specs`);
    const place = (p) => (noarchPy ? (0,noarch/* noarchTarget */.ht)(p._path, opts.python) : p._path);
    checkSoftlinks(root, opts, place);
    const out = [];
    let linkType = 'hardlink';
    for (const p of opts.info.paths) {
        const rel = place(p);
        const src = external_node_path_.join(opts.dir, p._path);
        if (p.path_type === 'directory') {
            external_node_fs_.mkdirSync(external_node_path_.dirname(parentInside(root, `${rel}/.dir`)), { recursive: true });
            out.push({ _path: rel, path_type: 'directory' });
            continue;
        }
        const abs = parentInside(root, rel);
        clear(abs, rel, opts);
        if (p.path_type === 'softlink') {
            external_node_fs_.symlinkSync(external_node_fs_.readlinkSync(src), abs);
            const target = external_node_fs_.statSync(abs, { throwIfNoEntry: false });
            const inPrefix = target?.isFile() ? (0,key/* sha256Hex */.fg)(external_node_fs_.readFileSync(abs)) : undefined;
            out.push({
                _path: rel,
                path_type: 'softlink',
                ...(p.sha256 ? { sha256: p.sha256 } : {}),
                ...(inPrefix ? { sha256_in_prefix: inPrefix } : {}),
                ...(p.size_in_bytes !== undefined ? { size_in_bytes: p.size_in_bytes } : {})
            });
            continue;
        }
        const st = external_node_fs_.lstatSync(src);
        if (!st.isFile())
            throw new LinkError(`${opts.info.index.name}: '${p._path}' is declared a file but the package holds a ${st.isSymbolicLink() ? 'symlink' : 'folder'}`);
        let sum = p.sha256;
        let inPrefix;
        if (p.prefix_placeholder) {
            const data = external_node_fs_.readFileSync(src);
            sum ??= (0,key/* sha256Hex */.fg)(data);
            const now = relocated(p, data, opts);
            external_node_fs_.writeFileSync(abs, now, { mode: st.mode & 0o777 });
            inPrefix = now === data ? sum : (0,key/* sha256Hex */.fg)(now);
            // a relocated file is always a copy, as in conda: the package is still recorded as hard-linked
        }
        else {
            const how = linkFile(src, abs, opts.mode, p.no_link === true);
            // only a hard link that could not be made makes the package a copy (no_link files are copies by request)
            if (how === 'copy' && p.no_link !== true)
                linkType = 'copy';
            sum ??= (0,key/* sha256Hex */.fg)(external_node_fs_.readFileSync(src));
            inPrefix = sum;
        }
        out.push({
            _path: rel,
            path_type: 'hardlink',
            sha256: sum,
            sha256_in_prefix: inPrefix,
            size_in_bytes: p.size_in_bytes ?? st.size,
            ...(p.prefix_placeholder ? { file_mode: p.file_mode ?? 'text', prefix_placeholder: p.prefix_placeholder } : {}),
            ...(p.no_link ? { no_link: true } : {})
        });
    }
    if (noarchPy)
        out.push(...writeEntryPoints(root, opts));
    return { paths: out, linkType };
}
function writeEntryPoints(root, opts) {
    const py = opts.python;
    const out = [];
    for (const text of opts.info.link?.noarch?.entry_points ?? []) {
        const ep = (0,noarch/* parseEntryPoint */.yx)(text);
        const rel = `bin/${ep.command}`;
        const abs = parentInside(root, rel);
        clear(abs, rel, opts);
        const script = Buffer.from((0,noarch/* entryPointScript */.Cu)(ep, `${opts.prefix}/bin/python${py.version}`));
        external_node_fs_.writeFileSync(abs, script, { mode: 0o755 });
        const sum = (0,key/* sha256Hex */.fg)(script);
        out.push({ _path: rel, path_type: 'unix_python_entry_point', sha256: sum, sha256_in_prefix: sum, size_in_bytes: script.length });
    }
    return out;
}

// EXTERNAL MODULE: ./src/conda/env/package.ts
var env_package = __webpack_require__(16787);
// EXTERNAL MODULE: ./src/conda/env/prefix-record.ts
var prefix_record = __webpack_require__(75697);
// EXTERNAL MODULE: ./src/conda/env/repodata.ts
var repodata = __webpack_require__(30335);
// EXTERNAL MODULE: ./src/conda/env/scripts.ts
var scripts = __webpack_require__(31223);
// EXTERNAL MODULE: ./src/conda/env/solve.ts + 1 modules
var solve = __webpack_require__(9000);
// EXTERNAL MODULE: ./src/conda/env/progress.ts
var env_progress = __webpack_require__(52932);
;// CONCATENATED MODULE: ./src/conda/env/create.ts
/**
 * `conda create` in the suite's terms: channels -> repodata (target subdir and noarch) -> solve ->
 * download into the package cache and extract (a few at a time, a progress line per package) ->
 * link in dependency order, each package's pre-link and post-link scripts around it (or, with
 * package scripts refused, a refusal before anything is linked), conda-meta records -> a summary.
 * A prefix that this call created is removed again when anything fails.
 */















class CreateError extends Error {
    name = 'CreateError';
}
async function pool(items, jobs, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
    return out;
}
function preparePrefix(prefix) {
    const st = external_node_fs_.statSync(prefix, { throwIfNoEntry: false });
    if (!st) {
        external_node_fs_.mkdirSync(prefix, { recursive: true });
        return true;
    }
    if (!st.isDirectory())
        throw new CreateError(`the prefix ${prefix} exists and is not a folder`);
    if (external_node_fs_.readdirSync(prefix).length > 0)
        throw new CreateError(`the prefix ${prefix} is not empty; give a new or empty folder`);
    return false;
}
/** Repodata for each channel, target subdir and noarch; a channel with neither is an error. */
async function loadChannels(channels, subdir, opts) {
    const subdirs = [...new Set([subdir, 'noarch'])];
    const loaded = await Promise.all(channels.flatMap(ch => subdirs.map(s => (0,repodata/* loadRepodata */.bR)(ch, s, { cacheDir: external_node_path_.join(opts.cacheDir, 'repodata'), offline: opts.offline, warn: opts.warn }).catch((e) => {
        throw (0,channel/* unreachableChannel */.wd)(ch, e);
    }))));
    for (const ch of channels)
        if (loaded.filter(l => l.channel === ch).every(l => l.source === 'missing'))
            throw new CreateError(`${ch.display} has no ${subdirs.map(s => `${s}/repodata.json`).join(' and no ')}: is it a conda channel?`);
    return loaded;
}
function pythonOf(solved, fallback) {
    const py = solved.find(s => s.record.name === 'python');
    if (py)
        return (0,noarch/* pythonFacts */.WR)(py.record.version, py.record.python_site_packages_path);
    return fallback ? (0,noarch/* pythonFacts */.WR)(fallback) : undefined;
}
/** Records that cannot be verified: warned about, or refused with verify: strict (before anything is downloaded). */
function checkDigests(solved, opts) {
    const bare = solved.filter(s => !s.record.sha256 && !s.record.md5).map(s => `${s.channel.display}/${s.subdir}/${s.record.fn}`);
    const problem = (0,repodata/* missingDigests */.oP)(bare, opts.verify ?? 'warn');
    if (problem && opts.verify === 'strict')
        throw new CreateError(problem);
    if (problem)
        opts.warn?.(problem);
}
async function solveSpecs(channels, subdir, opts, log) {
    const loaded = await loadChannels(channels, subdir, opts);
    log(`channels: ${loaded.map(l => `${l.channel.display}/${l.subdir} (${l.source}${l.variant ? `, ${l.variant}` : ''})`).join(', ')}`);
    const solved = await (0,solve/* solve */.kH)(opts.specs, loaded, subdir);
    log(`solved ${opts.specs.join(' ')}: ${solved.length} package(s) for ${subdir}`);
    return solved;
}
/** One package into the prefix: pre-link, link (noarch python bytecode compiled), post-link, its conda-meta record. */
async function installOne({ s, got, ex }, c) {
    const { prefix, opts, log } = c;
    await (0,scripts/* runLinkScript */.ZS)('pre-link', prefix, ex.info.index, { packageDir: ex.dir, log, warn: opts.warn });
    const clobbered = [];
    const linked = linkPackage({ prefix, dir: ex.dir, info: ex.info, subdir: c.subdir, python: c.python, mode: c.mode, clobbered: rel => clobbered.push(rel) });
    // noarch: python: bytecode for the environment's python, recorded with the package
    const win = c.subdir.startsWith('win-');
    const pyc = c.python && isNoarchPython(ex.info) ? await compileNoarchPyc(prefix, linked.paths, c.python, { win, what: s.record.name, warn: opts.warn }) : [];
    const paths = [...linked.paths, ...pyc];
    if (clobbered.length)
        opts.warn?.(`${s.record.name} replaced ${clobbered.length} file(s) of packages linked before it: ${clobbered.slice(0, 5).join(', ')}`);
    const script = await (0,scripts/* runLinkScript */.ZS)('post-link', prefix, ex.info.index, { log });
    if (script.messages)
        log(`${s.record.name}: ${script.messages}`);
    const { linkType } = linked;
    const record = (0,prefix_record/* writePrefixRecord */.Hz)(prefix, {
        record: s.record,
        url: s.url,
        channel: (0,channel/* channelUrl */.p8)(s.channel),
        archive: got.archive,
        extracted: ex.dir,
        linkType,
        requestedSpec: s.requestedSpec,
        paths
    });
    return {
        name: s.record.name,
        version: s.record.version,
        build: s.record.build,
        fn: s.record.fn,
        channel: s.channel.display,
        url: s.url,
        size: got.bytes,
        downloaded: !got.cached,
        linkType,
        files: paths.length,
        record
    };
}
const recordFile = (prefix, s) => external_node_path_.join(prefix, 'conda-meta', (0,prefix_record/* recordFileName */.Tb)(s.record));
/** A package already in the prefix (addToExisting). */
function presentPackage(s, prefix) {
    const { name, version, build, fn } = s.record;
    return {
        name,
        version,
        build,
        fn,
        channel: s.channel.display,
        url: s.url,
        size: 0,
        downloaded: false,
        linkType: 'hardlink',
        files: 0,
        record: recordFile(prefix, s)
    };
}
/** Create an environment at `opts.prefix` (see the module's comment). */
async function createEnvironment(opts) {
    const started = performance.now();
    const log = opts.log ?? (() => { });
    const subdir = opts.subdir ?? (0,platforms/* hostSubdir */.AQ)();
    const channels = (opts.channels.length ? opts.channels : [channel/* DEFAULT_CHANNEL */.YY]).map(c => (0,channel/* parseChannel */.pn)(c));
    for (const ch of channels)
        for (const s of ch.secrets)
            (0,lib_log/* mask */.dK)(s);
    const prefix = external_node_path_.resolve(opts.prefix);
    const pkgsDir = external_node_path_.join(opts.cacheDir, 'pkgs');
    let solved = opts.solved ?? (await solveSpecs(channels, subdir, opts, log));
    checkDigests(solved, opts);
    const python = pythonOf(solved, opts.python);
    const created = opts.addToExisting ? (external_node_fs_.mkdirSync(prefix, { recursive: true }), false) : preparePrefix(prefix);
    const present = opts.addToExisting ? solved.filter(s => external_node_fs_.existsSync(recordFile(prefix, s))) : [];
    const kept = present.map(s => presentPackage(s, prefix));
    if (present.length)
        solved = solved.filter(s => !present.includes(s));
    try {
        const progress = new env_progress/* Progress */.ke(solved.length, solved.reduce((n, s) => n + (s.record.size ?? 0), 0), log);
        const ready = await pool(solved, opts.jobs ?? 4, async (s) => {
            const got = await (0,fetch/* fetchPackage */.X7)(s, { pkgsDir, offline: opts.offline, onBytes: n => progress.bytes(n) });
            const ex = await (0,env_package/* ensureExtracted */.TZ)(got.archive, s.record, pkgsDir);
            progress.done(`${s.record.fn}`, got.bytes, got.cached ? (ex.cached ? 'cached' : 'cached, extracted') : 'downloaded');
            return { s, got, ex };
        });
        if (opts.allowPackageScripts === false)
            (0,scripts/* refuseLinkScripts */.Bd)(ready.map(r => ({ index: r.ex.info.index, dir: r.ex.dir })));
        const ctx = { prefix, subdir, python, mode: { hardlinks: true }, opts, log };
        const installed = [...kept];
        for (const r of ready)
            installed.push(await installOne(r, ctx));
        const history = external_node_path_.join(prefix, 'conda-meta', 'history');
        external_node_fs_.mkdirSync(external_node_path_.dirname(history), { recursive: true });
        external_node_fs_.appendFileSync(history, (0,prefix_record/* historyText */.u_)(new Date(), opts.command ?? `build-wheel conda create --prefix ${prefix} ${opts.specs.join(' ')}`, solved.map(s => ({ channel: (0,channel/* channelUrl */.p8)(s.channel), record: s.record }))));
        const seconds = (performance.now() - started) / 1000;
        log(`installed ${installed.length} package(s) into ${prefix} in ${seconds.toFixed(1)} s; downloaded ${(0,env_progress/* formatBytes */.z3)(progress.downloaded)}`);
        return { prefix, subdir, packages: installed, downloadedBytes: progress.downloaded, seconds };
    }
    catch (e) {
        if (created)
            external_node_fs_.rmSync(prefix, { recursive: true, force: true });
        throw e;
    }
}


/***/ }),

/***/ 64959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X7: () => (/* binding */ fetchPackage)
/* harmony export */ });
/* unused harmony exports PackageFetchError, digestProblems, digestFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17091);
/**
 * The package cache: each archive at `<pkgs>/<fn>`, fetched from its channel (a URL or a local
 * file), hashed while it streams to a temporary name, checked against the repodata's size, sha256
 * and md5, then renamed into place. An archive already there is used again when it still matches.
 */






class PackageFetchError extends Error {
    name = 'PackageFetchError';
}
/** What the repodata promises about an archive that `got` does not keep; empty when all is well. */
function digestProblems(expected, got) {
    const out = [];
    if (typeof expected.size === 'number' && expected.size !== got.size)
        out.push(`size ${got.size}, the repodata says ${expected.size}`);
    if (expected.sha256 && expected.sha256.toLowerCase() !== got.sha256)
        out.push(`sha256 ${got.sha256}, the repodata says ${expected.sha256}`);
    if (expected.md5 && expected.md5.toLowerCase() !== got.md5)
        out.push(`md5 ${got.md5}, the repodata says ${expected.md5}`);
    return out;
}
async function digestFile(file) {
    const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const md5 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
    let size = 0;
    for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(file, { highWaterMark: 1 << 20 })) {
        sha.update(chunk);
        md5.update(chunk);
        size += chunk.length;
    }
    return { size, sha256: sha.digest('hex'), md5: md5.digest('hex') };
}
/** Bring one solved package's archive into the package cache (see the module's comment). */
async function fetchPackage(s, opts) {
    const fn = s.record.fn;
    if (fn !== node_path__WEBPACK_IMPORTED_MODULE_2__.basename(fn) || fn.startsWith('.'))
        throw new PackageFetchError(`refusing the archive name '${fn}'`);
    const archive = node_path__WEBPACK_IMPORTED_MODULE_2__.join(opts.pkgsDir, fn);
    if (node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(archive)) {
        const got = await digestFile(archive);
        if (digestProblems(s.record, got).length === 0 && (s.record.sha256 || s.record.md5))
            return { archive, bytes: got.size, cached: true };
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(archive, { force: true });
    }
    const fromNetwork = s.channel.kind === 'http';
    if (fromNetwork && opts.offline)
        throw new PackageFetchError(`offline: ${fn} is not in the package cache (${opts.pkgsDir}); run once without --offline`);
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(opts.pkgsDir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(opts.pkgsDir, `.${fn}.part-${process.pid}`);
    const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const md5 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
    let size = 0;
    const limit = typeof s.record.size === 'number' ? s.record.size : Infinity;
    const counter = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
        transform(chunk, _e, done) {
            size += chunk.length;
            if (size > limit)
                return done(new PackageFetchError(`${s.url}: more than the ${limit} bytes the repodata gives`));
            sha.update(chunk);
            md5.update(chunk);
            opts.onBytes?.(chunk.length);
            done(null, chunk);
        }
    });
    try {
        let input;
        if (fromNetwork) {
            const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .get */ .J)(s.source, { headers: s.channel.headers, timeoutMs: 30 * 60_000 });
            if (!res.ok || !res.body) {
                await res.body?.cancel();
                throw new PackageFetchError(`${s.url}: HTTP ${res.status} ${res.statusText}`);
            }
            input = node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.fromWeb(res.body);
        }
        else {
            if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(s.source))
                throw new PackageFetchError(`${s.source}: listed in the channel's repodata but not in the channel`);
            input = node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(s.source, { highWaterMark: 1 << 20 });
        }
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(input, counter, node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream(tmp, { mode: 0o644 }));
        const problems = digestProblems(s.record, { size, sha256: sha.digest('hex'), md5: md5.digest('hex') });
        if (problems.length)
            throw new PackageFetchError(`${s.url} does not match its repodata: ${problems.join('; ')}`);
        node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, archive);
        return { archive, bytes: size, cached: false };
    }
    catch (e) {
        if (e instanceof PackageFetchError)
            throw e;
        throw new PackageFetchError(`${s.url}: transfer failed after ${size} bytes (${e.message})`);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
    }
}


/***/ }),

/***/ 17091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ get)
/* harmony export */ });
/* unused harmony export HttpError */
/* harmony import */ var _channel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44604);
/**
 * GET requests for channels: the channel's headers (authorization) added, a time limit, errors that
 * name the redacted URL and never a credential.
 */

class HttpError extends Error {
    url;
    status;
    name = 'HttpError';
    constructor(url, status, message) {
        super(`${(0,_channel_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(url)}: ${message}`);
        this.url = url;
        this.status = status;
    }
}
/** Fetch `url`; any status is returned (the caller decides), a failure to connect throws HttpError with status 0. */
async function get(url, opts = {}) {
    try {
        return await fetch(url, {
            headers: { 'user-agent': 'build-wheel (conda create)', ...opts.headers },
            redirect: 'follow',
            signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000)
        });
    }
    catch (e) {
        const cause = e.cause?.message ?? e.message;
        throw new HttpError(url, 0, `cannot connect: ${cause}`);
    }
}


/***/ }),

/***/ 70316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ entryPointScript),
/* harmony export */   WR: () => (/* binding */ pythonFacts),
/* harmony export */   ht: () => (/* binding */ noarchTarget),
/* harmony export */   yx: () => (/* binding */ parseEntryPoint)
/* harmony export */ });
/* harmony import */ var _placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44222);
/**
 * `noarch: python` packages are stored Python-version-free: `site-packages/...` goes to the
 * environment's site-packages, `python-scripts/...` to `bin/`, and the entry points listed in
 * `info/link.json` become small scripts in `bin/` that run `<prefix>/bin/pythonX.Y`. Pure functions.
 */

/** Python facts from a python record's version (and its python_site_packages_path, when set). */
function pythonFacts(version, sitePackagesPath) {
    const m = /^(\d+)\.(\d+)/.exec(version);
    if (!m)
        throw new Error(`cannot tell the Python minor version from '${version}'`);
    const xy = `${m[1]}.${m[2]}`;
    const sp = typeof sitePackagesPath === 'string' && sitePackagesPath ? sitePackagesPath : `lib/python${xy}/site-packages`;
    return { version: xy, sitePackages: sp };
}
/** Where a noarch python package's path goes in the prefix. */
function noarchTarget(rel, py) {
    if (rel.startsWith('site-packages/'))
        return `${py.sitePackages}/${rel.slice('site-packages/'.length)}`;
    if (rel.startsWith('python-scripts/'))
        return `bin/${rel.slice('python-scripts/'.length)}`;
    return rel;
}
/** A command name that is one plain file name in bin/: no path separator, no shell metacharacter, no leading dot or dash. */
const COMMAND_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;
/** A dotted Python name. */
const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
/**
 * `name = package.module:function` (extras in brackets are ignored). A name that is not one plain
 * file name, or a target that is not a dotted Python name (path separators, shell metacharacters,
 * quotes, spaces) is refused: the name becomes a file in bin/ and the target a line of Python.
 * `where` names the source in errors (info/link.json, or the recipe's build/entry_points).
 */
function parseEntryPoint(text, where = 'info/link.json') {
    const m = /^\s*([^=]*?)\s*=\s*([^:]*?)\s*:\s*([^[]*?)\s*(\[[^\]]*\])?\s*$/.exec(text);
    if (!m)
        throw new Error(`${where}: cannot read the entry point '${text}' (expected 'name = module:function')`);
    const [, command, module, func] = m;
    if (!COMMAND_NAME.test(command) || command.includes('..'))
        throw new Error(`${where}: refusing the entry point '${text}': its name '${command}' is not a plain command name ` +
            '(letters, digits, _ . + -, not starting with . or -; no path separators or shell metacharacters)');
    for (const [what, v] of [
        ['module', module],
        ['function', func]
    ])
        if (!DOTTED.test(v))
            throw new Error(`${where}: refusing the entry point '${text}': its ${what} '${v}' is not a dotted Python name (no path separators or shell metacharacters)`);
    return { command, module, func };
}
/**
 * The script for an entry point. A `#!` line the kernel cannot read whole (or with a space in the
 * interpreter's path) becomes a `/bin/sh` line that execs the interpreter.
 */
function entryPointScript(ep, python) {
    const direct = `#!${python}`;
    const shebang = Buffer.byteLength(direct) <= _placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SHEBANG */ .gg && !python.includes(' ') ? direct : `#!/bin/sh\n'''exec' "${python.replace(/(["\\$`])/g, '\\$1')}" "$0" "$@" #'''`;
    const [top] = ep.func.split('.');
    return [
        shebang,
        '# -*- coding: utf-8 -*-',
        'import re',
        'import sys',
        '',
        `from ${ep.module} import ${top}`,
        '',
        "if __name__ == '__main__':",
        "    sys.argv[0] = re.sub(r'(-script\\.pyw?|\\.exe)?$', '', sys.argv[0])",
        `    sys.exit(${ep.func}())`,
        ''
    ].join('\n');
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gx: () => (/* binding */ LEGACY_PLACEHOLDER),
/* harmony export */   t$: () => (/* binding */ readPackageInfo)
/* harmony export */ });
/* unused harmony exports checkedPath, parseHasPrefixLine */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29661);
/**
 * What an extracted package says about itself: `info/index.json` (required), its paths from
 * `info/paths.json`, or for old packages from `info/files` with `info/has_prefix` and
 * `info/no_link`, or, with neither, from the payload on disk; `info/link.json` for noarch python
 * entry points. Every path is checked to stay inside the prefix it will be linked into.
 */



/** conda's default placeholder, meant where `info/has_prefix` gives a bare path. */
const LEGACY_PLACEHOLDER = '/opt/anaconda1anaconda2anaconda3';
function readJson(file) {
    try {
        return JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file))}/${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} is not valid JSON (${e.message})`, { cause: e });
    }
}
/** A declared path as a safe relative path, or an error naming it. */
function checkedPath(raw) {
    if (typeof raw !== 'string')
        throw new Error(`a path entry without a string _path (${JSON.stringify(raw)})`);
    const n = (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .memberName */ .eg)(raw.replace(/\\/g, '/'));
    if ('refused' in n)
        throw new Error(`refusing the path '${raw}': ${n.refused}`);
    if (n.name === 'conda-meta' || n.name.startsWith('conda-meta/'))
        throw new Error(`refusing the path '${raw}': conda-meta/ belongs to the installer`);
    return n.name;
}
/** Split a has_prefix line: `placeholder mode path`, quoted parts allowed, or a bare path. */
function parseHasPrefixLine(line) {
    const parts = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(m => m[1] ?? m[2] ?? '');
    if (parts.length === 0)
        return null;
    if (parts.length === 1)
        return { placeholder: LEGACY_PLACEHOLDER, mode: 'text', path: parts[0] };
    if (parts.length === 3 && (parts[1] === 'text' || parts[1] === 'binary'))
        return { placeholder: parts[0], mode: parts[1], path: parts[2] };
    return null;
}
function lines(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file)
        ? node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8')
            .split(/\r?\n/)
            .filter(l => l.trim() !== '')
        : [];
}
function fromFiles(dir) {
    const prefixed = new Map();
    for (const l of lines(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'has_prefix'))) {
        const p = parseHasPrefixLine(l);
        if (p)
            prefixed.set(checkedPath(p.path), p);
    }
    const noLink = new Set(lines(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'no_link')).map(checkedPath));
    return lines(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'files')).map(raw => {
        const rel = checkedPath(raw);
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel), { throwIfNoEntry: false });
        if (!st)
            throw new Error(`info/files lists '${rel}', which the archive does not hold`);
        const ph = prefixed.get(rel);
        return {
            _path: rel,
            path_type: st.isSymbolicLink() ? 'softlink' : st.isDirectory() ? 'directory' : 'hardlink',
            ...(ph ? { prefix_placeholder: ph.placeholder, file_mode: ph.mode } : {}),
            ...(noLink.has(rel) ? { no_link: true } : {})
        };
    });
}
function fromPayload(dir) {
    const out = [];
    const walk = (rel) => {
        for (const d of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel), { withFileTypes: true })) {
            const r = rel ? `${rel}/${d.name}` : d.name;
            if (r === 'info')
                continue;
            if (d.isDirectory())
                walk(r);
            else
                out.push({ _path: r, path_type: d.isSymbolicLink() ? 'softlink' : 'hardlink' });
        }
    };
    walk('');
    return out.sort((a, b) => (a._path < b._path ? -1 : 1));
}
/** Read what an extracted package declares (see the module's comment). */
function readPackageInfo(dir) {
    const indexFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'index.json');
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(indexFile))
        throw new Error('the package has no info/index.json, so it is not a conda package');
    const index = readJson(indexFile);
    for (const k of ['name', 'version', 'build'])
        if (typeof index[k] !== 'string' || !index[k])
            throw new Error(`info/index.json has no ${k}`);
    const linkFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'link.json');
    const link = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(linkFile) ? readJson(linkFile) : undefined;
    const pathsFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'paths.json');
    if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(pathsFile)) {
        const raw = readJson(pathsFile);
        if (!Array.isArray(raw.paths))
            throw new Error('info/paths.json has no paths list');
        const paths = raw.paths.map((p) => {
            const type = p.path_type ?? 'hardlink';
            if (type !== 'hardlink' && type !== 'softlink' && type !== 'directory')
                throw new Error(`info/paths.json: '${String(p._path)}' has path_type '${String(type)}'`);
            const mode = p.file_mode;
            if (mode !== undefined && mode !== 'text' && mode !== 'binary')
                throw new Error(`info/paths.json: '${String(p._path)}' has file_mode '${String(mode)}'`);
            return { ...p, _path: checkedPath(p._path), path_type: type };
        });
        return { index, paths, link, pathsFrom: 'paths.json' };
    }
    if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'info', 'files')))
        return { index, paths: fromFiles(dir), link, pathsFrom: 'info/files' };
    return { index, paths: fromPayload(dir), link, pathsFrom: 'payload' };
}


/***/ }),

/***/ 16787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TZ: () => (/* binding */ ensureExtracted),
/* harmony export */   eP: () => (/* binding */ extractPackage),
/* harmony export */   qL: () => (/* binding */ packageStem)
/* harmony export */ });
/* unused harmony exports PackageError, payloadProblems */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_zip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70088);
/* harmony import */ var _archive_zip_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91818);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29661);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10228);
/* harmony import */ var _package_info_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8428);
/**
 * A conda package in the package cache: `<pkgs>/<fn>` extracted to `<pkgs>/<name-version-build>/`.
 * `.tar.bz2` is one tar; `.conda` is a stored zip holding `info-*.tar.zst` and `pkg-*.tar.zst`
 * (matched by the start of their base names, as rattler does, so a package re-zipped with its parts
 * under a folder still reads). Both go through the archive module's tar reader (no entry
 * may escape, no link may point out); the payload is then checked against `info/paths.json` (size
 * and sha256 of each file, symlinks being symlinks) before `info/repodata_record.json` marks the
 * folder complete. A complete folder is used again by later runs.
 */







class PackageError extends Error {
    name = 'PackageError';
}
/** The archive's name without its extension, or null for a name that is not a conda package's. */
function packageStem(fn) {
    const m = /^(.+)(\.conda|\.tar\.bz2)$/.exec(fn);
    return m && m[1] && !m[1].startsWith('.') && !m[1].includes('/') ? m[1] : null;
}
async function extractConda(archive, dest) {
    const zip = (0,_archive_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .openZip */ .QH)(archive);
    try {
        // by the member's base name: a package re-zipped by hand keeps its parts under a folder
        const base = (name) => name.slice(name.lastIndexOf('/') + 1);
        const info = zip.entries.filter(e => /^info-.+\.tar\.zst$/.test(base(e.name)));
        const pkg = zip.entries.filter(e => /^pkg-.+\.tar\.zst$/.test(base(e.name)));
        if (info.length !== 1)
            throw new PackageError(`${archive}: a .conda package holds one info-*.tar.zst, this one ${info.length}`);
        if (pkg.length > 1)
            throw new PackageError(`${archive}: a .conda package holds at most one pkg-*.tar.zst, this one ${pkg.length}`);
        const members = [];
        for (const [e, part] of [...pkg.map(e => [e, 'pkg']), [info[0], 'info']]) {
            if (!e)
                continue;
            const tmp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dest), `.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dest)}.${part}-${process.pid}.tar.zst`);
            try {
                await (0,_archive_zip_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .extractZipEntry */ .B)(zip, e, tmp);
                const got = await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .extractTar */ .nN)(tmp, dest, { allowEmpty: true }).catch((err) => {
                    // named by the package and its part, not by the temporary file the part was copied to
                    if (err instanceof _archive_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .TarError */ .mt)
                        throw new PackageError(`${archive}: ${e.name}: ${err.message.slice(err.archive.length + 2)}`);
                    throw err;
                });
                // the info part holds info/ only; real pkg parts may hold info/licenses/ too
                const wrong = part === 'info' && got.find(m => m.path !== 'info' && !m.path.startsWith('info/'));
                if (wrong)
                    throw new PackageError(`${archive}: ${e.name} holds '${wrong.path}', which is not under info/`);
                members.push(...got);
            }
            finally {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { force: true });
            }
        }
        return members;
    }
    finally {
        zip.close();
    }
}
/** Extract an archive into `dest` (which must not exist): members returned, files with their sha256. */
async function extractPackage(archive, dest) {
    if (archive.endsWith('.conda'))
        return extractConda(archive, dest);
    if (archive.endsWith('.tar.bz2'))
        return (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .extractTar */ .nN)(archive, dest, { allowEmpty: true });
    throw new PackageError(`${archive}: not a conda package (.conda or .tar.bz2)`);
}
/** Problems of an extracted payload against the paths it declares; empty when it matches. */
function payloadProblems(info, members) {
    const byPath = new Map(members.map(m => [m.path, m]));
    const out = [];
    for (const p of info.paths) {
        const m = byPath.get(p._path);
        if (p.path_type === 'directory')
            continue;
        if (!m)
            out.push(`'${p._path}' is declared but not in the archive`);
        else if (p.path_type === 'softlink' && m.type !== 'symlink')
            out.push(`'${p._path}' is declared a softlink but is a ${m.type}`);
        else if (p.path_type === 'hardlink' && m.type !== 'file')
            out.push(`'${p._path}' is declared a file but is a ${m.type}`);
        else if (p.path_type === 'hardlink' && p.sha256 && m.sha256 !== p.sha256)
            out.push(`'${p._path}' has sha256 ${m.sha256}, paths.json says ${p.sha256}`);
        else if (p.path_type === 'hardlink' && typeof p.size_in_bytes === 'number' && m.size !== p.size_in_bytes)
            out.push(`'${p._path}' has ${m.size} bytes, paths.json says ${p.size_in_bytes}`);
    }
    return out;
}
const MARKER = 'info/repodata_record.json';
/** `<pkgs>/<stem>/`, extracted from `archive` now or found complete from an earlier run. */
async function ensureExtracted(archive, record, pkgsDir) {
    const stem = packageStem(record.fn);
    if (!stem)
        throw new PackageError(`'${record.fn}' is not a conda package's file name (<name>-<version>-<build>.conda or .tar.bz2)`);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(pkgsDir, stem);
    try {
        const marker = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, MARKER), 'utf8'));
        if (marker.fn === record.fn && (marker.sha256 ?? marker.md5) === (record.sha256 ?? record.md5) && (record.sha256 || record.md5))
            return { dir, info: (0,_package_info_js__WEBPACK_IMPORTED_MODULE_6__/* .readPackageInfo */ .t$)(dir), cached: true };
    }
    catch {
        // not there, or not complete: extract again
    }
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(pkgsDir, `.${stem}.extract-${process.pid}`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { recursive: true, force: true });
    try {
        const members = await extractPackage(archive, tmp);
        let info;
        try {
            info = (0,_package_info_js__WEBPACK_IMPORTED_MODULE_6__/* .readPackageInfo */ .t$)(tmp);
        }
        catch (e) {
            throw new PackageError(`${record.fn}: ${e.message}`);
        }
        const problems = payloadProblems(info, members);
        if (problems.length)
            throw new PackageError(`${record.fn} does not match its own info/paths.json: ${problems.slice(0, 5).join('; ')}`);
        (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAtomically */ .vK)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmp, MARKER), `${JSON.stringify(record, null, 2)}\n`);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(dir, { recursive: true, force: true });
        node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, dir);
        return { dir, info: (0,_package_info_js__WEBPACK_IMPORTED_MODULE_6__/* .readPackageInfo */ .t$)(dir), cached: false };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 44222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ fixShebang),
/* harmony export */   ee: () => (/* binding */ replaceText),
/* harmony export */   gg: () => (/* binding */ MAX_SHEBANG),
/* harmony export */   gp: () => (/* binding */ PaddingError),
/* harmony export */   y7: () => (/* binding */ replaceBinary)
/* harmony export */ });
/**
 * Prefix placeholders as conda replaces them when it links a file (pure functions over bytes):
 * text files get every occurrence replaced; binary files get each NUL-terminated string that holds
 * the placeholder rewritten and NUL-padded in place, so the file keeps its size (a prefix longer
 * than the placeholder cannot fit: PaddingError); a shebang that became too long for the kernel, or
 * holds a space, is rewritten to `#!/usr/bin/env <program>`.
 */
/** Linux reads at most this much of a `#!` line (conda uses 127 on Linux, 512 elsewhere). */
const MAX_SHEBANG = 127;
class PaddingError extends Error {
    name = 'PaddingError';
}
function indexes(buf, needle, from = 0, to = buf.length) {
    const out = [];
    for (let i = buf.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = buf.indexOf(needle, i + needle.length))
        out.push(i);
    return out;
}
/** Every occurrence of `placeholder` replaced by `prefix`. */
function replaceText(data, placeholder, prefix) {
    const ph = Buffer.from(placeholder);
    const at = indexes(data, ph);
    if (at.length === 0)
        return data;
    const to = Buffer.from(prefix);
    const parts = [];
    let last = 0;
    for (const i of at) {
        parts.push(data.subarray(last, i), to);
        last = i + ph.length;
    }
    parts.push(data.subarray(last));
    return Buffer.concat(parts);
}
/**
 * Each C string (up to its NUL) that starts where the placeholder occurs gets every placeholder in
 * it replaced and is padded with NULs to its old length. Returns a new buffer of the same size.
 */
function replaceBinary(data, placeholder, prefix) {
    const ph = Buffer.from(placeholder);
    const to = Buffer.from(prefix);
    if (to.length > ph.length && data.includes(ph))
        throw new PaddingError(`the prefix is ${to.length} bytes long but the placeholder in this binary file holds ${ph.length}; ` +
            `install into a prefix of at most ${ph.length} bytes (conda-build pads its host prefix to 255 for this)`);
    const out = Buffer.from(data);
    let i = data.indexOf(ph);
    while (i >= 0) {
        const nul = data.indexOf(0, i);
        if (nul < 0)
            break; // not a C string: conda leaves it as it is
        const segment = data.subarray(i, nul);
        const replaced = replaceText(segment, placeholder, prefix);
        replaced.copy(out, i);
        out.fill(0, i + replaced.length, nul);
        i = data.indexOf(ph, nul);
    }
    return out;
}
/**
 * The first line rewritten to `#!/usr/bin/env <program> <args>` when it is longer than the kernel
 * reads, or when its interpreter (under `prefix`) holds a space; otherwise the data unchanged.
 */
function fixShebang(data, prefix, max = MAX_SHEBANG) {
    if (data[0] !== 0x23 || data[1] !== 0x21)
        return data;
    let end = data.indexOf(0x0a);
    if (end < 0)
        end = data.length;
    const line = data.subarray(0, end).toString('utf8');
    let interpreter;
    let rest;
    const body = line.slice(2).replace(/^ +/, '');
    if (prefix && body.startsWith(`${prefix}/`)) {
        const tail = /^[^ \t\r]*/.exec(body.slice(prefix.length))?.[0] ?? '';
        interpreter = prefix + tail;
        rest = body.slice(interpreter.length);
    }
    else {
        interpreter = /^[^ \t\r]*/.exec(body)?.[0] ?? '';
        rest = body.slice(interpreter.length);
    }
    const tooLong = Buffer.byteLength(line) > max;
    if (!interpreter.startsWith('/') || (!tooLong && !interpreter.includes(' ')))
        return data;
    const program = interpreter.slice(interpreter.lastIndexOf('/') + 1);
    return Buffer.concat([Buffer.from(`#!/usr/bin/env ${program}${rest}`), data.subarray(end)]);
}


/***/ }),

/***/ 75697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ writePrefixRecord),
/* harmony export */   Tb: () => (/* binding */ recordFileName),
/* harmony export */   u_: () => (/* binding */ historyText)
/* harmony export */ });
/* unused harmony exports LINK_TYPE_NUMBER, prefixRecord */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10228);
/* harmony import */ var _package_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95501);
/**
 * `conda-meta/<name>-<version>-<build>.json`: the channel's record of a package plus where it came
 * from and what it put into the prefix, in the shape conda and rattler write (see
 * ../shared/data/conda-metadata): `fn`, `url`, `channel`, `extracted_package_dir`,
 * `package_tarball_full_path`, `link`, `requested_spec` (and rattler's `requested_specs`), `files` and
 * `paths_data`; `arch` and `platform` from the subdir when the channel's record lacks them, and the
 * record's `constrains`, `features` and `track_features` as the channel gives them. Also the
 * `conda-meta/history` conda reads to know a folder is an environment.
 */



/** conda's numbering of link types. */
const LINK_TYPE_NUMBER = { hardlink: 1, softlink: 2, copy: 3 };
/** arch and platform of a record that lacks them, from its subdir (noarch records have neither). */
function archAndPlatform(r) {
    if (r.arch !== undefined || r.platform !== undefined || !r.subdir || r.subdir === 'noarch')
        return {};
    return (0,_package_info_js__WEBPACK_IMPORTED_MODULE_2__/* .archPlatform */ .Mg)(r.subdir);
}
/** The record as an object (keys of the repodata record first, then the installer's). */
function prefixRecord(i) {
    const { fn: _fn, ...rest } = i.record;
    return {
        ...rest,
        ...archAndPlatform(i.record),
        build_number: i.record.build_number ?? 0,
        depends: i.record.depends ?? [],
        fn: i.record.fn,
        url: i.url,
        channel: i.channel,
        extracted_package_dir: i.extracted,
        package_tarball_full_path: i.archive,
        link: { source: i.extracted, type: LINK_TYPE_NUMBER[i.linkType] },
        requested_spec: i.requestedSpec,
        ...(i.requestedSpec ? { requested_specs: [i.requestedSpec] } : {}),
        files: i.paths.filter(p => p.path_type !== 'directory').map(p => p._path),
        paths_data: { paths_version: 1, paths: i.paths }
    };
}
function recordFileName(r) {
    return `${r.name}-${r.version}-${r.build}.json`;
}
/** Write the record into `<prefix>/conda-meta/`. */
function writePrefixRecord(prefix, i) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0__.join(prefix, 'conda-meta', recordFileName(i.record));
    (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeAtomically */ .vK)(file, `${JSON.stringify(prefixRecord(i), null, 2)}\n`);
    return file;
}
/** The lines conda appends to conda-meta/history for one transaction: `+` for packages linked, `-` for packages removed. */
function historyText(when, command, installed, sign = '+') {
    const stamp = when.toISOString().replace('T', ' ').slice(0, 19);
    const lines = [`==> ${stamp} <==`, `# cmd: ${command}`, ...installed.map(i => `${sign}${i.channel}::${i.record.name}-${i.record.version}-${i.record.build}`)];
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 52932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ke: () => (/* binding */ Progress),
/* harmony export */   vG: () => (/* binding */ PROGRESS_INTERVAL_MS),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export everySecond */
/**
 * Progress of long work (package downloads, packaging): a line at most once a second, the first one
 * a second after the start, so that short work prints nothing; nothing for packages that came from
 * the cache (no bytes moved).
 */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
/** Milliseconds between two lines at most. */
const PROGRESS_INTERVAL_MS = 1000;
/**
 * A line logger that lets a line through when a second has passed since the start or the last line.
 * The line is built only when it is let through.
 */
function everySecond(log, now = () => performance.now()) {
    let last = now();
    return line => {
        const t = now();
        if (t - last < PROGRESS_INTERVAL_MS)
            return false;
        last = t;
        log(line());
        return true;
    };
}
class Progress {
    total;
    now;
    finished = 0;
    downloaded = 0;
    /** Bytes still to come from the network or a channel folder: the total less what the cache had. */
    toFetch;
    lastDone = '';
    started;
    say;
    constructor(total, totalBytes, log, now = () => performance.now()) {
        this.total = total;
        this.now = now;
        this.toFetch = totalBytes;
        this.started = now();
        this.say = everySecond(log, now);
    }
    /** Bytes that arrived over the network or from a channel folder. */
    bytes(n) {
        this.downloaded += n;
        this.say(() => this.line());
    }
    /** A package is in the cache and extracted; `how` starting with "cached" means no byte was fetched for it. */
    done(what, size, how) {
        this.finished++;
        if (how.startsWith('cached')) {
            this.toFetch = Math.max(this.toFetch - size, this.downloaded);
            return;
        }
        this.lastDone = what;
        this.say(() => this.line());
    }
    line() {
        const secs = Math.max((this.now() - this.started) / 1000, 0.001);
        const width = String(this.total).length;
        const last = this.lastDone ? ` (last: ${this.lastDone})` : '';
        return (`[${String(this.finished).padStart(width)}/${this.total} packages] ${formatBytes(this.downloaded)} of ${formatBytes(Math.max(this.toFetch, this.downloaded))} ` +
            `fetched, ${formatBytes(this.downloaded / secs)}/s${last}`);
    }
}


/***/ }),

/***/ 30335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bR: () => (/* binding */ loadRepodata),
/* harmony export */   oP: () => (/* binding */ missingDigests)
/* harmony export */ });
/* unused harmony exports VARIANTS, cacheName, decompress */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10766);
/* harmony import */ var _lib_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10228);
/* harmony import */ var _channel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44604);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17091);
/**
 * `<channel>/<subdir>/repodata.json` for one channel and subdir. Variants are tried in the order
 * `.zst`, `.bz2`, plain (the first one offered wins). Local channels are read in place; remote ones
 * are cached on disk (written atomically) with the server's ETag and Last-Modified, asked again with
 * If-None-Match / If-Modified-Since, and used from the cache alone when offline (or, with a warning,
 * when the server cannot be reached). A subdir the channel does not have is empty.
 */








const VARIANTS = ['repodata.json.zst', 'repodata.json.bz2', 'repodata.json'];

/**
 * The problem with records that carry neither sha256 nor md5 (each named `channel/subdir/file`),
 * or undefined when there are none: a warning under `warn`, a refusal under `strict`.
 */
function missingDigests(named, mode) {
    if (!named.length)
        return undefined;
    const list = `${named.slice(0, 10).join(', ')}${named.length > 10 ? ` and ${named.length - 10} more` : ''}`;
    const what = `${named.length} package(s) have neither sha256 nor md5 in their channel's repodata, so their downloads cannot be verified: ${list}`;
    return mode === 'strict'
        ? `${what}; verify: strict refuses them (index the channel with conda index, or use verify: warn)`
        : `${what}; they are used (verify: strict would refuse them)`;
}
const EMPTY = '{"packages":{},"packages.conda":{}}';
/** The cache file name for a channel's subdir: a hash of the redacted URL (tokens stay out of names). */
function cacheName(ch, subdir) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${ch.display}/${subdir}`).digest('hex').slice(0, 20);
}
async function decompress(variant, bytes, where) {
    if (variant.endsWith('.zst'))
        return node_zlib__WEBPACK_IMPORTED_MODULE_3__.zstdDecompressSync(bytes).toString('utf8');
    if (variant.endsWith('.bz2')) {
        const r = await (0,_lib_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)(['bzip2', '-dc'], { input: bytes, silent: true });
        if (r.exitCode !== 0)
            throw new Error(`${where}: bzip2 -dc failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        return r.stdout;
    }
    return bytes.toString('utf8');
}
function parse(text, where) {
    let data;
    try {
        data = text.trim() === '' ? {} : JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${where} is not valid JSON (${e.message})`, { cause: e });
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new Error(`${where} is not a repodata object`);
    return data;
}
async function loadLocal(ch, subdir) {
    for (const variant of VARIANTS) {
        const file = (0,_channel_js__WEBPACK_IMPORTED_MODULE_6__/* .channelFile */ .MW)(ch, subdir, variant);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file))
            continue;
        const text = await decompress(variant, node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file), file);
        return { channel: ch, subdir, text, data: parse(text, file), source: 'local', variant };
    }
    return { channel: ch, subdir, text: EMPTY, data: parse(EMPTY, ''), source: 'missing', variant: '' };
}
/** Load one subdir of one channel (see the module's comment for the order of things). */
async function loadRepodata(ch, subdir, opts) {
    if (ch.kind === 'local')
        return loadLocal(ch, subdir);
    const stem = node_path__WEBPACK_IMPORTED_MODULE_2__.join(opts.cacheDir, cacheName(ch, subdir));
    const metaFile = `${stem}.meta.json`;
    const jsonFile = `${stem}.json`;
    const cached = readCache(metaFile, jsonFile);
    const fromCache = (source) => {
        const text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(jsonFile, 'utf8');
        return { channel: ch, subdir, text, data: parse(text, jsonFile), source, variant: cached?.variant ?? '' };
    };
    if (opts.offline) {
        if (!cached)
            throw new Error(`offline: no cached repodata for ${ch.display}/${subdir}; run once without --offline to fill the cache`);
        return fromCache('cache');
    }
    try {
        if (cached) {
            const validators = {};
            if (cached.etag)
                validators['if-none-match'] = cached.etag;
            if (cached.lastModified)
                validators['if-modified-since'] = cached.lastModified;
            const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .get */ .J)((0,_channel_js__WEBPACK_IMPORTED_MODULE_6__/* .channelFile */ .MW)(ch, subdir, cached.variant), { headers: { ...ch.headers, ...validators } });
            if (res.status === 304) {
                await res.body?.cancel();
                return fromCache('not-modified');
            }
            if (res.ok)
                return await store(ch, subdir, cached.variant, res, metaFile, jsonFile);
            await res.body?.cancel();
        }
        for (const variant of VARIANTS) {
            const url = (0,_channel_js__WEBPACK_IMPORTED_MODULE_6__/* .channelFile */ .MW)(ch, subdir, variant);
            const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .get */ .J)(url, { headers: ch.headers });
            if (res.ok)
                return await store(ch, subdir, variant, res, metaFile, jsonFile);
            await res.body?.cancel();
            if (res.status === 401 || res.status === 403)
                throw new Error(`${ch.display}/${subdir}/${variant}: HTTP ${res.status}; the channel needs credentials (put them in the channel URL through an environment variable, e.g. https://\${USER}:\${TOKEN}@host/channel)`);
            if (res.status !== 404)
                throw new Error(`${ch.display}/${subdir}/${variant}: HTTP ${res.status} ${res.statusText}`);
        }
        return { channel: ch, subdir, text: EMPTY, data: parse(EMPTY, ''), source: 'missing', variant: '' };
    }
    catch (e) {
        if (!cached)
            throw e;
        opts.warn?.(`${e.message}; using the cached repodata of ${ch.display}/${subdir} from ${cached.fetched}`);
        return fromCache('cache');
    }
}
function readCache(metaFile, jsonFile) {
    try {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(jsonFile))
            return undefined;
        return JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(metaFile, 'utf8'));
    }
    catch {
        return undefined;
    }
}
async function store(ch, subdir, variant, res, metaFile, jsonFile) {
    const where = `${ch.display}/${subdir}/${variant}`;
    const text = await decompress(variant, Buffer.from(await res.arrayBuffer()), where);
    const data = parse(text, where);
    const meta = { variant, fetched: new Date().toISOString() };
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (etag)
        meta.etag = etag;
    if (lastModified)
        meta.lastModified = lastModified;
    (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAtomically */ .vK)(jsonFile, text);
    (0,_lib_files_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAtomically */ .vK)(metaFile, `${JSON.stringify(meta, null, 1)}\n`);
    return { channel: ch, subdir, text, data, source: 'downloaded', variant };
}


/***/ }),

/***/ 31223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ refuseLinkScripts),
/* harmony export */   ZS: () => (/* binding */ runLinkScript),
/* harmony export */   h: () => (/* binding */ linkScriptPath),
/* harmony export */   mC: () => (/* binding */ ScriptError)
/* harmony export */ });
/* unused harmony exports LINK_SCRIPT_KINDS, postLinkPath, linkScriptsIn, scriptEnv, ACTIVATE_THEN_RUN, runPostLink */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10766);
/**
 * A channel package's link scripts (`bin/.<name>-<kind>.sh`), run as conda runs them:
 *   pre-link   before the package is linked, from the package cache folder (conda warns that it
 *              may change the cached package: deprecated, still run);
 *   post-link  once the package is linked, from the prefix;
 *   pre-unlink before a package is removed (remove.ts), from the prefix: an environment being
 *              created never runs it.
 * In the activated environment (`$PREFIX/bin` first on PATH, the `etc/conda/activate.d` scripts
 * sourced), then `bash --noprofile --norc <script>`, stdin /dev/null, with PREFIX, PKG_NAME,
 * PKG_VERSION, PKG_BUILDNUM, ROOT_PREFIX and SOURCE_DIR set; what a script leaves in
 * `$PREFIX/.messages.txt` is shown. The wrapper is a fixed text; the prefix and the script reach it
 * as argv and environment. A script that fails fails the install, with its last lines. Windows
 * `.bat` scripts are not run here.
 *
 * A channel package is data: `allowPackageScripts: false` (input `allow-package-scripts`) refuses
 * every package that carries a link script, before anything is linked, naming package and script.
 */



class ScriptError extends Error {
    name = 'ScriptError';
}
const LINK_SCRIPT_KINDS = ['pre-link', 'post-link', 'pre-unlink'];
/** A link script's path in a package (and so in the prefix), relative. */
function linkScriptPath(name, kind, ext = 'sh') {
    return `${ext === 'bat' ? 'Scripts' : 'bin'}/.${name}-${kind}.${ext}`;
}
/** The post-link script's path in the prefix, relative. */
function postLinkPath(name) {
    return linkScriptPath(name, 'post-link');
}
/** The link scripts an extracted package holds (shell and batch). */
function linkScriptsIn(dir, name) {
    const out = [];
    for (const kind of LINK_SCRIPT_KINDS)
        for (const ext of ['sh', 'bat']) {
            const rel = linkScriptPath(name, kind, ext);
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel), { throwIfNoEntry: false }))
                out.push({ kind, rel });
        }
    return out;
}
const label = (index) => `${index.name}-${index.version}-${index.build}`;
/** With package scripts refused: throw a ScriptError naming every package and script found. */
function refuseLinkScripts(packages) {
    const found = packages.flatMap(p => linkScriptsIn(p.dir, p.index.name).map(s => `${label(p.index)}: ${s.kind} script ${s.rel}`));
    if (found.length)
        throw new ScriptError(`allow-package-scripts is false, and ${found.length === 1 ? 'a package has a link script' : 'packages have link scripts'} ` +
            `that conda would run:\n  ${found.join('\n  ')}\nnothing was installed; use other packages, or allow package scripts ` +
            '(allow-package-scripts: true, --allow-package-scripts) if you trust them');
}
/** The environment conda gives link scripts. */
function scriptEnv(prefix, index, sourceDir = prefix) {
    return {
        PREFIX: prefix,
        ROOT_PREFIX: prefix,
        CONDA_PREFIX: prefix,
        PKG_NAME: index.name,
        PKG_VERSION: index.version,
        PKG_BUILDNUM: String(index.build_number ?? ''),
        SOURCE_DIR: sourceDir
    };
}
/** Source the environment's activation scripts, then run the script ($1) in a clean bash. */
const ACTIVATE_THEN_RUN = [
    'for f in "$PREFIX"/etc/conda/activate.d/*.sh; do',
    '  if [ -f "$f" ]; then . "$f"; fi',
    'done',
    'exec bash --noprofile --norc "$1"'
].join('\n');
/**
 * Run one link script of a package when it has one: pre-link from `packageDir` (the extracted
 * package), post-link and pre-unlink from the prefix. `log` is told of each run, with the package.
 */
async function runLinkScript(kind, prefix, index, opts = {}) {
    const home = kind === 'pre-link' ? (opts.packageDir ?? prefix) : prefix;
    const script = node_path__WEBPACK_IMPORTED_MODULE_1__.join(home, linkScriptPath(index.name, kind));
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(script))
        return { ran: false, messages: '' };
    if (kind === 'pre-link')
        opts.warn?.(`${label(index)} has a pre-link script: it can change the package in the package cache, and conda may stop running such scripts`);
    opts.log?.(`running the ${kind} script of ${label(index)}: ${script}`);
    const messagesFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(prefix, '.messages.txt');
    const argv = ['bash', '--noprofile', '--norc', '-c', ACTIVATE_THEN_RUN, kind, script];
    const env = { ...scriptEnv(prefix, index, home), PATH: `${node_path__WEBPACK_IMPORTED_MODULE_1__.join(prefix, 'bin')}${node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter}${process.env.PATH ?? ''}` };
    const r = await (0,_lib_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)(argv, { cwd: home, env, silent: true });
    let messages = '';
    if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(messagesFile)) {
        messages = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(messagesFile, 'utf8').trim();
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(messagesFile, { force: true });
    }
    if (r.exitCode !== 0)
        throw new ScriptError(`the ${kind} script of ${label(index)} failed (exit ${r.exitCode}): bash --noprofile --norc ${script}` + (r.tail ? `\n${r.tail}` : ''));
    return { ran: true, messages };
}
/** Run the package's post-link script when it has one; returns the messages it left (or ''). */
async function runPostLink(prefix, index, log) {
    return runLinkScript('post-link', prefix, index, { log });
}


/***/ }),

/***/ 9000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ SolveError),
  n_: () => (/* binding */ loadRattler),
  x5: () => (/* binding */ locate),
  kH: () => (/* binding */ solve),
  hi: () => (/* binding */ specName)
});

// UNUSED EXPORTS: checkUnqualified, installOrder, missingNames, unsolvableMessage

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/conda/env/channel.ts
var channel = __webpack_require__(44604);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __webpack_require__(93622);
;// CONCATENATED MODULE: ./src/conda/env/virtual.ts
/**
 * Virtual packages, as conda offers them to its solver: facts of the machine a prefix is made on
 * (`__unix`, `__linux` with the kernel's version, `__glibc` with the C library's, `__archspec` with
 * the CPU's architecture; `__win` on Windows, `__osx` on macOS through its override only), never
 * downloaded nor installed.
 * conda-forge's compiled packages depend on `__glibc >=2.17` (the run_exports of its sysroot), so a
 * solver without them cannot install those packages. They are given only for the machine's own
 * subdir (a prefix for another one is never made here). conda's CONDA_OVERRIDE_<NAME> variables
 * set a version (an empty value takes the package away), for a build meant for older machines.
 */


const VIRTUAL_CHANNEL = 'virtual-packages';
const CHANNEL = { kind: 'local', base: `/${VIRTUAL_CHANNEL}/`, display: VIRTUAL_CHANNEL, headers: {}, secrets: [] };
/** Whether a package name is a virtual package's (`__glibc`). */
const isVirtualName = (name) => name.startsWith('__');
function machineFacts() {
    const header = process.report.getReport().header;
    return { platform: process.platform, release: external_node_os_.release(), glibc: header?.glibcVersionRuntime, arch: process.arch, subdir: (0,platforms/* hostSubdir */.AQ)() };
}
/** conda's archspec names of Node's architectures (the generic family, without the microarchitecture). */
const ARCH = {
    x64: 'x86_64',
    arm64: 'aarch64',
    ppc64: 'ppc64le',
    s390x: 's390x',
    ia32: 'x86',
    arm: 'armv7l',
    riscv64: 'riscv64'
};
/** The leading dotted number of a version text (`6.1.0-18-amd64` -> `6.1.0`), or undefined. */
const leadingVersion = (text) => /^\d+(?:\.\d+)*/.exec(text ?? '')?.[0];
/**
 * The virtual packages of `subdir` on this machine, as `[name, version, build]`: empty for another
 * platform's subdir; for another architecture of this platform (a plan for linux-aarch64 on x86-64),
 * the platform's packages without `__archspec`. `env`'s CONDA_OVERRIDE_GLIBC, _LINUX, _OSX, _WIN, _ARCHSPEC, _CUDA set a version
 * (an empty one removes the package; CUDA is only ever there through its override).
 */
function virtualPackages(subdir, facts, env) {
    const ownPlatform = { linux: 'linux', darwin: 'osx', win32: 'win' }[facts.platform];
    if (!ownPlatform || !subdir.startsWith(`${ownPlatform}-`))
        return [];
    const out = [];
    const add = (name, detected, build = '0') => {
        const override = env[`CONDA_OVERRIDE_${name.toUpperCase()}`];
        const version = override !== undefined ? override.trim() : detected;
        if (version)
            out.push([`__${name}`, version, build]);
    };
    if (ownPlatform !== 'win')
        out.push(['__unix', '0', '0']);
    if (ownPlatform === 'linux') {
        add('linux', leadingVersion(facts.release));
        add('glibc', leadingVersion(facts.glibc));
    }
    // Darwin's kernel release is not the macOS version conda gives (`platform.mac_ver()`): only its override
    if (ownPlatform === 'osx')
        add('osx', undefined);
    if (ownPlatform === 'win')
        add('win', leadingVersion(facts.release));
    const archspec = env.CONDA_OVERRIDE_ARCHSPEC?.trim() || (subdir === facts.subdir ? ARCH[facts.arch] : undefined);
    if (archspec)
        out.push(['__archspec', '1', archspec]);
    add('cuda', undefined);
    return out;
}
/** The virtual packages of `subdir` as an in-memory channel the solver reads beside the others (with an empty noarch: it asks every channel for both). */
function virtualRepodata(subdir, facts = machineFacts(), env = process.env) {
    const records = {};
    for (const [name, version, build] of virtualPackages(subdir, facts, env))
        records[`${name}-${version}-${build}.conda`] = { name, version, build, build_number: 0, depends: [], subdir };
    if (Object.keys(records).length === 0)
        return [];
    const of = (sd, conda) => {
        const data = { info: { subdir: sd }, packages: {}, 'packages.conda': conda };
        return { channel: CHANNEL, subdir: sd, text: JSON.stringify(data), data, source: 'local', variant: 'repodata.json' };
    };
    return subdir === 'noarch' ? [of(subdir, records)] : [of(subdir, records), of('noarch', {})];
}

;// CONCATENATED MODULE: ./src/conda/env/solve.ts
/**
 * Solving with the conda organisation's solver (`@conda-org/rattler`, resolvo compiled to wasm).
 * Its `simpleSolve` fetches `<channel>/<subdir>/repodata.json` itself, so the repodata loaded here
 * (cached, with credentials, from local directories) is handed to it through a loopback server that
 * lives only for the call: the solver never sees a credential, a file:// URL or the network. Its
 * answer is mapped back to the channels' own records.
 */





class SolveError extends Error {
    name = 'SolveError';
}
/** The package name a match spec is about (`numpy >=1.2`, `conda-forge::numpy=1.2`, `numpy[version='>1']`). */
function specName(spec) {
    const s = spec.trim().replace(/^[^:\s]*::/, '');
    return (/^[^\s=<>!~[]+/.exec(s)?.[0] ?? s).toLowerCase();
}
/** Records ordered so that each comes after the records it depends on (ties by name; cycles broken by name). */
function installOrder(records) {
    const byName = new Map(records.map(r => [r.record.name, r]));
    const out = [];
    const state = new Map();
    const visit = (r) => {
        const name = r.record.name;
        if (state.get(name))
            return;
        state.set(name, 'visiting');
        const deps = [...new Set((r.record.depends ?? []).map(specName))].sort();
        for (const d of deps) {
            const dep = byName.get(d);
            if (dep && d !== name)
                visit(dep);
        }
        state.set(name, 'done');
        out.push(r);
    };
    for (const r of [...records].sort((a, b) => a.record.name.localeCompare(b.record.name)))
        visit(r);
    return out;
}
/** Where a record's archive is, and the URL to record for it. */
function locate(loaded, fn) {
    const ch = loaded.channel;
    const base = loaded.data.info?.base_url;
    if (base && /^https?:\/\//.test(base)) {
        const source = new URL(encodeURIComponent(fn), base.endsWith('/') ? base : `${base}/`).toString();
        return { source, url: (0,channel/* redactUrl */.BO)(source) };
    }
    const source = (0,channel/* channelFile */.MW)(ch, loaded.subdir, fn);
    return { source, url: ch.kind === 'local' ? (0,external_node_url_.pathToFileURL)(source).toString() : (0,channel/* redactUrl */.BO)(source) };
}
let rattler;
/** The solver's module, loaded once on first use (about 4 MB of wasm). */
function loadRattler() {
    rattler ??= __webpack_require__.e(/* import() */ 852).then(__webpack_require__.bind(__webpack_require__, 45852));
    return rattler;
}
async function serve(loaded) {
    const channels = [...new Set(loaded.map(l => l.channel))];
    const files = new Map();
    const key = (l) => `c${channels.indexOf(l.channel)}`;
    for (const l of loaded)
        files.set(`/${key(l)}/${l.subdir}/repodata.json`, l.text);
    const server = external_node_http_.createServer((req, res) => {
        const body = req.method === 'GET' ? files.get((req.url ?? '').split('?')[0]) : undefined;
        if (body === undefined)
            return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    });
    await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
    return { server, base: `http://127.0.0.1:${server.address().port}`, key };
}
/** Names the solver found no candidates for, in its words ("No candidates were found for foo *", "baz >=2, for which no candidates were found"). */
function missingNames(solverText) {
    const names = [
        ...[...solverText.matchAll(/no candidates were found for ([^\s,]+)/gi)].map(m => m[1]),
        // the name is the line's first word after the tree's glyphs: a version spec may hold commas (`__glibc >=2.17,<3.0a0`)
        ...[...solverText.matchAll(/^[\s─└├│]*([^\s─└├│,]+)[^\n]*, for which no candidates were found/gim)].map(m => m[1])
    ];
    return [...new Set(names.map(n => specName(n.replace(/\.$/, ''))))];
}
/** What the virtual channel offers of `names`: `offered here as __glibc 2.36`, or that it offers none. */
function virtualNow(loaded, names) {
    const offered = loaded
        .filter(l => l.channel.display === VIRTUAL_CHANNEL)
        .flatMap(l => Object.values(l.data['packages.conda'] ?? {}))
        .filter(r => names.includes(r.name))
        .map(r => `${r.name} ${r.version}`);
    return offered.length ? `offered here as ${offered.join(', ')}` : 'not offered for this subdir';
}
/**
 * The error for an unsatisfiable request: which packages are missing (no channel has the name) or
 * have no matching version, the channels searched, what to do, then the solver's own explanation.
 */
function unsolvableMessage(specs, loaded, solverText) {
    const has = (name) => loaded.some(l => Object.values(l.data['packages.conda'] ?? {}).some(r => r.name === name) || Object.values(l.data.packages ?? {}).some(r => r.name === name));
    const names = missingNames(solverText);
    const absent = names.filter(n => !has(n));
    const noMatch = names.filter(n => has(n));
    // the virtual packages are listed only when one of them is what is missing
    const virtualAsked = names.some(isVirtualName);
    const searched = loaded
        .filter(l => l.channel.display !== VIRTUAL_CHANNEL || (virtualAsked && l.subdir !== 'noarch'))
        .map(l => `${l.channel.display}/${l.subdir}${l.source === 'missing' ? ' (absent)' : ''}`)
        .join(', ');
    const parts = [];
    if (absent.length)
        parts.push(`no channel has a package named ${absent.join(', ')}`);
    if (noMatch.length)
        parts.push(`no version of ${noMatch.join(', ')} matches what is asked`);
    const what = parts.length ? `${parts.join('; ')} (channels searched: ${searched})` : `channels searched: ${searched}`;
    const todo = absent.filter(n => !isVirtualName(n)).length ? '; add a channel that has it (--channel, or the channels input of the action)' : '';
    const virtual = names.filter(isVirtualName);
    const why = virtual.length
        ? `; ${virtual.join(', ')} ${virtual.length > 1 ? 'are virtual packages' : 'is a virtual package'}, ${virtualNow(loaded, virtual)} (this machine's, or CONDA_OVERRIDE_<NAME>'s, e.g. CONDA_OVERRIDE_GLIBC=2.28)`
        : '';
    return `cannot satisfy ${specs.join(', ')}: ${what}${todo}${why}. The solver says:\n${solverText}`;
}
/**
 * Refuse specs that name their channel (`conda-forge::gcc`): the solver reads them as channel paths, which it
 * cannot resolve here (it aborts the process), and this suite solves over the channels given, not per spec.
 */
function checkUnqualified(specs) {
    const qualified = specs.filter(s => /^[^\s[]*::/.test(s.trim()));
    if (qualified.length)
        throw new SolveError(`cannot satisfy ${specs.join(', ')}: ${qualified.join(', ')} names a channel ('channel::package'), which this suite does not solve; ` +
            "drop the 'channel::' prefix (in the recipe or its conda_build_config.yaml) and give that channel with --channel (or the channels input of the action)");
}
/**
 * Solve `specs` over the loaded repodata (every channel with every subdir it should offer, the
 * target's and noarch) and the machine's virtual packages (virtual.ts; never in the answer). Throws
 * SolveError with the solver's own explanation when unsatisfiable.
 */
async function solve(specs, channelsRepodata, subdir) {
    if (specs.length === 0)
        throw new SolveError('nothing to solve: give at least one package spec');
    checkUnqualified(specs);
    const { simpleSolve } = await loadRattler();
    const loaded = [...channelsRepodata, ...virtualRepodata(subdir)];
    const { server, base, key } = await serve(loaded);
    const channelKeys = [...new Set(loaded.map(l => key(l)))];
    const platforms = [...new Set([subdir, 'noarch'])];
    let solved;
    try {
        solved = await simpleSolve([...specs], channelKeys.map(k => `${base}/${k}/`), platforms, undefined);
    }
    catch (e) {
        throw new SolveError(unsolvableMessage(specs, loaded, String(e instanceof Error ? e.message : e).trim()));
    }
    finally {
        server.close();
    }
    const requested = new Map(specs.map(s => [specName(s), s]));
    const out = [];
    for (const p of solved) {
        const rel = new URL(p.url).pathname.split('/').filter(Boolean);
        const [k, sub] = rel;
        const fn = p.filename;
        p.free();
        const l = loaded.find(x => key(x) === k && x.subdir === sub);
        if (l?.channel.display === VIRTUAL_CHANNEL)
            continue; // a fact of the machine, not a package to install
        const record = l?.data['packages.conda']?.[fn] ?? l?.data.packages?.[fn];
        if (!l || !record)
            throw new SolveError(`the solver answered with ${external_node_path_.posix.join(...rel)}, which no loaded repodata holds`);
        out.push({ record: { ...record, fn }, channel: l.channel, subdir: l.subdir, ...locate(l, fn), requestedSpec: requested.get(record.name) ?? null });
    }
    return installOrder(out);
}


/***/ }),

/***/ 94515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ isInfoPath),
/* harmony export */   pr: () => (/* binding */ refuseReservedInfoPaths)
/* harmony export */ });
/* unused harmony export isReservedInfoPath */
/**
 * Files a build writes under $PREFIX/info/ are payload, as in conda-build (its prefix_files walk takes info/
 * like any folder): listed in info/files and paths.json, stored in the archive's info part (conda-package-handling
 * puts every `info/` path there) and linked into the prefix on install. The names that are a package's own
 * metadata (conda-build's filter_info_files, plus the package cache's info/repodata_record.json) cannot be
 * build files: conda-build would write its metadata over them and still list them as payload, so they are
 * refused here, before packaging.
 */
const RESERVED_FILES = new Set([
    'index.json',
    'files',
    'paths.json',
    'about.json',
    'has_prefix',
    'hash_input_files',
    'hash_input.json',
    'run_exports.yaml',
    'run_exports.json',
    'git',
    'recipe_log.json',
    'recipe.tar',
    'LICENSE.txt',
    'requires',
    'meta',
    'platform',
    'no_link',
    'link.json',
    'icon.png',
    'repodata_record.json'
]);
const RESERVED_FOLDERS = ['recipe', 'test', 'licenses', 'prelink_messages'];
/** Whether a package path is under info/ (stored in the archive's info part). */
const isInfoPath = (rel) => rel.startsWith('info/');
/** Whether a package path is one of the names a package's own metadata uses. */
function isReservedInfoPath(rel) {
    if (!isInfoPath(rel))
        return false;
    const inner = rel.slice('info/'.length);
    return RESERVED_FILES.has(inner) || RESERVED_FOLDERS.some(d => inner === d || inner.startsWith(`${d}/`));
}
/** Refuse build files at metadata names of info/, all of them in one error that says what to do (the caller names the package). */
function refuseReservedInfoPaths(files) {
    const bad = files.filter(isReservedInfoPath);
    if (!bad.length)
        return;
    throw new Error(`the build wrote ${bad.map(f => `$PREFIX/${f}`).join(', ')}, where the package's own metadata goes ` +
        `(info/${[...RESERVED_FILES].slice(0, 4).join(', info/')}, info/recipe/, info/test/, ...): a package cannot hold both; ` +
        'write the file under another name in $PREFIX/info/, or elsewhere in $PREFIX (share/<name>/ for example)');
}


/***/ }),

/***/ 95501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mg: () => (/* binding */ archPlatform),
  ec: () => (/* binding */ writeInfo)
});

// UNUSED EXPORTS: indexJson, pathsEntries

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/conda/recipe/sections.ts
var sections = __webpack_require__(352);
// EXTERNAL MODULE: ./src/conda/post/glob.ts
var glob = __webpack_require__(81658);
// EXTERNAL MODULE: ./src/conda/post/prefix-detect.ts
var prefix_detect = __webpack_require__(36074);
// EXTERNAL MODULE: ./src/conda/package/json.ts
var json = __webpack_require__(52448);
;// CONCATENATED MODULE: ./src/conda/package/about.ts
/**
 * info/about.json as conda-build's write_about_json makes it, with this suite's own tool fields:
 *   - every field of the recipe's `about:` section that conda-build knows (its FIELDS table) and whose value is
 *     set (Python's `if value:`: no empty strings, lists or mappings, no zero or false); `identifiers`, `tags`
 *     and `keywords` are always lists (a string is a list of one);
 *   - `channels` (credentials removed), `extra` (the finalized recipe's, with `final: true`);
 *   - `env_vars`: the variables conda-build records, and only those (CIO_TEST), with the value the build ran
 *     with or `<not set>`, as conda-build records them;
 *   - `root_pkgs`: conda-build lists the packages of its own base environment (the conda-build, patchelf and
 *     patch that built the package). Here the tools come from the build prefix, so it lists the build prefix's
 *     packages (`name version build`, sorted; the merged prefix when build and host share one): what the build
 *     ran with, decided by the solve, so two builds of the same plan write the same list;
 *   - the tool fields: conda-build writes `conda_build_version` and `conda_version` (the builder and the conda
 *     library that solved the environments). Neither is true of this suite, so it writes the same facts under
 *     its own names: `build_wheel_version` (this package's version) and `rattler_version` (the version of
 *     @conda-org/rattler, the conda organisation's solver that solved the environments).
 * Written as Python's json.dump(indent=2, sort_keys=True) writes it (json.ts).
 */


/** This package's version (package.json's; a test keeps the two equal). */
const BUILD_WHEEL_VERSION = '1.0.0';
/** The version of @conda-org/rattler this suite solves with (its package.json's; a test keeps the two equal). */
const RATTLER_VERSION = '0.3.5';
/** The `about:` fields conda-build writes (conda_build/metadata.py FIELDS['about']); the list fields are always lists. */
const ABOUT_FIELDS = [
    'home',
    'dev_url',
    'doc_url',
    'doc_source_url',
    'license_url',
    'license',
    'summary',
    'description',
    'license_family',
    'identifiers',
    'tags',
    'keywords',
    'license_file',
    'prelink_message',
    'readme'
];
const LIST_FIELDS = new Set(['identifiers', 'tags', 'keywords']);
/** The environment variables conda-build records in about.json, and what it writes for one that is not set. */
const RECORDED_ENV_VARS = ['CIO_TEST'];
const NOT_SET = '<not set>';
/** Python's truth of a YAML value (YAML here gives strings, booleans, lists and mappings). */
function truthy(v) {
    if (v === null || v === undefined || v === false || v === '')
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    return typeof v !== 'object' || Object.keys(v).length > 0;
}
/** about.json as an object (see the module's comment). */
function aboutFields(i) {
    const about = (0,sections/* section */.uW)(i.meta, 'about');
    const out = {};
    for (const k of ABOUT_FIELDS) {
        if (LIST_FIELDS.has(k))
            out[k] = (0,sections/* strList */.Sc)(about[k]);
        else if (truthy(about[k]))
            out[k] = about[k];
    }
    out.build_wheel_version = BUILD_WHEEL_VERSION;
    out.rattler_version = RATTLER_VERSION;
    out.channels = [...i.channels];
    out.env_vars = Object.fromEntries(RECORDED_ENV_VARS.map(n => [n, i.environ[n] ?? NOT_SET]));
    out.root_pkgs = i.rootPkgs.map(p => [p.name, p.version, p.build].filter(Boolean).join(' ')).sort();
    out.extra = (0,sections/* isDict */.Zm)(i.meta.extra) ? i.meta.extra : {};
    return out;
}
/** The text of info/about.json. */
function aboutJsonText(i) {
    return (0,json/* pythonJsonDump */.J)(aboutFields(i), { sortKeys: true });
}

// EXTERNAL MODULE: ./src/conda/package/info-paths.ts
var info_paths = __webpack_require__(94515);
;// CONCATENATED MODULE: ./src/conda/package/info.ts
/**
 * The info/ folder of a package (CEP 34, conda-build's create_info_files): index.json, paths.json,
 * files, has_prefix, about.json, link.json, run_exports.json, hash_input.json, recipe/ (rendered and
 * original), test/ (commands, imports, run_test.*, requires, source files), licenses/. Everything is
 * a function of the recipe, the build's files and the timestamp: no clock, no host names.
 */









/** conda's arch and platform keys for a subdir. */
function archPlatform(subdir) {
    if (subdir === 'noarch')
        return { arch: null, platform: null };
    const [os, a] = subdir.split('-');
    const arch = a === '64' ? 'x86_64' : a === '32' ? 'x86' : a;
    return { arch, platform: os };
}
function indexJson(i) {
    const v = i.variant;
    const build = (0,sections/* section */.uW)(v.meta, 'build');
    const about = (0,sections/* section */.uW)(v.meta, 'about');
    const noarch = typeof build.noarch === 'string' ? build.noarch : undefined;
    const out = {
        ...archPlatform(v.subdir),
        build: v.buildString,
        build_number: v.buildNumber,
        depends: [...i.depends],
        name: v.name,
        subdir: v.subdir,
        timestamp: i.timestamp,
        version: v.version
    };
    if (i.constrains.length)
        out.constrains = [...i.constrains];
    if (noarch)
        out.noarch = noarch;
    for (const k of ['license', 'license_family'])
        if (typeof about[k] === 'string')
            out[k] = about[k];
    for (const k of ['features', 'track_features']) {
        const f = (0,sections/* strList */.Sc)(build[k]);
        if (f.length)
            out[k] = f.join(' ');
    }
    // conda's feature mappings, as the recipe gives them (conda-build's info_index)
    for (const k of ['provides_features', 'requires_features']) {
        const m = build[k];
        if ((0,sections/* isDict */.Zm)(m) && Object.keys(m).length)
            out[k] = m;
    }
    return out;
}
/** paths.json's entries, from the digests taken while the payload was read (payload.ts). */
function pathsEntries(files, hits, noLink, digests) {
    const byPath = new Map(hits.map(h => [h.path, h]));
    return files.map(f => {
        const d = digests.get(f.rel);
        if (!d)
            throw new Error(`${f.rel} was not read with the payload`);
        const e = { _path: f.rel, path_type: d.pathType };
        if (d.sha256 !== undefined)
            Object.assign(e, { sha256: d.sha256, size_in_bytes: d.size });
        if (d.pathType === 'softlink')
            return e;
        const h = byPath.get(f.rel);
        if (h)
            Object.assign(e, { file_mode: h.mode, prefix_placeholder: h.placeholder });
        if (noLink(f.rel))
            e.no_link = true;
        return e;
    });
}
/** The recipe's test script with extension `ext`: run_test<ext>, or for an output its test/script when it has that extension. */
function testScriptFile(i, ext) {
    // conda-build's is_output: an output named as the top level is the top level (its run_test.* are read)
    if (!i.output || i.output.topLevel)
        return external_node_path_.join(i.recipeDir, `run_test${ext}`);
    const s = i.output.testScript;
    return s && external_node_path_.extname(s).toLowerCase() === ext ? external_node_path_.join(i.recipeDir, s) : undefined;
}
/** The test files of info/test/: run_test.sh and run_test.py generated as conda-build does, requires, files. */
function testFiles(i, put, copy) {
    const test = (0,sections/* section */.uW)(i.variant.meta, 'test');
    const win = i.variant.subdir.startsWith('win-');
    const commands = (0,sections/* strList */.Sc)(test.commands);
    const userSh = testScriptFile(i, win ? '.bat' : '.sh');
    if (commands.length || (userSh && external_node_fs_.existsSync(userSh))) {
        const user = userSh && external_node_fs_.existsSync(userSh) ? external_node_fs_.readFileSync(userSh, 'utf8') : '';
        if (win)
            put('info/test/run_test.bat', `${[user, ...commands.map(c => `${c}\nIF %ERRORLEVEL% NEQ 0 exit /B 1`), 'exit /B 0'].join('\n')}\n`);
        else
            put('info/test/run_test.sh', `\n\nset -ex\n\n${user}\n${commands.join('\n')}\nexit 0\n`);
    }
    const imports = (0,sections/* strList */.Sc)(test.imports);
    const userPy = testScriptFile(i, '.py');
    if (imports.length || (userPy && external_node_fs_.existsSync(userPy))) {
        const lines = [`#  tests for ${i.variant.name}-${i.variant.version}-${i.variant.buildString}: the imports, then the recipe's run_test.py`];
        for (const m of imports)
            lines.push(`print("import: %r" % ${JSON.stringify(m)})`, `import ${m}`);
        if (userPy && external_node_fs_.existsSync(userPy))
            lines.push('', external_node_fs_.readFileSync(userPy, 'utf8'));
        put('info/test/run_test.py', `${lines.join('\n')}\n`);
    }
    const requires = (0,sections/* strList */.Sc)(test.requires);
    if (requires.length)
        put('info/test/test_time_dependencies.json', (0,json/* sortedJson */.I)(requires));
    for (const f of (0,sections/* strList */.Sc)(test.files))
        copyTree(external_node_path_.join(i.recipeDir, f), `info/test/${f}`, copy);
    for (const f of (0,sections/* strList */.Sc)(test.source_files))
        copyTree(external_node_path_.join(i.srcDir, f), `info/test/${f}`, copy);
}
function copyTree(from, rel, copy) {
    const st = external_node_fs_.statSync(from, { throwIfNoEntry: false });
    if (!st)
        throw new Error(`the test file ${from} does not exist (test/files are relative to the recipe, test/source_files to the source)`);
    if (st.isDirectory())
        for (const d of external_node_fs_.readdirSync(from).sort())
            copyTree(external_node_path_.join(from, d), `${rel}/${d}`, copy);
    else
        copy(from, rel);
}
function normalRel(p) {
    return external_node_path_.posix.normalize(p.split(external_node_path_.sep).join('/'));
}
/** Write info/ under `stage` (paths.json from the payload's digests); returns the info paths written, sorted. */
function writeInfo(stage, i, digests) {
    const written = new Set();
    // the build's own info/ files are payload (info-paths.ts): metadata never takes their place, nor they its
    const payload = new Set(i.files.map(f => f.rel).filter(info_paths/* isInfoPath */.SX));
    const put = (rel, data) => {
        if (payload.has(rel))
            throw new Error(`the package's metadata ${rel} would replace the build's file $PREFIX/${rel}: rename that file in the build script`);
        const abs = external_node_path_.join(stage, rel);
        external_node_fs_.mkdirSync(external_node_path_.dirname(abs), { recursive: true });
        external_node_fs_.writeFileSync(abs, data);
        written.add(rel);
    };
    const copy = (from, rel) => {
        const n = normalRel(rel);
        if (n.startsWith('..') || !n.startsWith('info/'))
            throw new Error(`refusing to write ${rel} outside info/`);
        put(n, external_node_fs_.readFileSync(from));
    };
    const v = i.variant;
    const build = (0,sections/* section */.uW)(v.meta, 'build');
    const noLinkGlobs = (0,sections/* strList */.Sc)(build.no_link);
    const paths = pathsEntries(i.files, i.prefixHits, rel => noLinkGlobs.length > 0 && (0,glob/* matchesAny */._I)(rel, noLinkGlobs), digests);
    put('info/index.json', (0,json/* sortedJson */.I)(indexJson(i)));
    put('info/paths.json', (0,json/* sortedJson */.I)({ paths, paths_version: 1 }));
    put('info/files', i.files.map(f => f.rel).join('\n') + (i.files.length ? '\n' : ''));
    if (i.prefixHits.length)
        put('info/has_prefix', (0,prefix_detect/* hasPrefixText */.yS)(i.prefixHits, v.subdir.startsWith('win-')));
    const noLinked = paths.filter(p => p.no_link).map(p => p._path);
    if (noLinked.length)
        put('info/no_link', `${noLinked.join('\n')}\n`);
    put('info/about.json', aboutJsonText({ meta: v.meta, channels: i.channels, rootPkgs: i.rootPkgs ?? [], environ: i.environ ?? {} }));
    if (build.noarch === 'python')
        put('info/link.json', (0,json/* sortedJson */.I)({ noarch: { type: 'python', entry_points: [...i.entryPoints] }, package_metadata_version: 1 }));
    if (i.runExports)
        put('info/run_exports.json', (0,json/* sortedJson */.I)(i.runExports));
    if (i.requires?.length)
        put('info/requires', `${i.requires.join('\n')}\n`);
    // json.dump(indent=2), unsorted: the used variant keys (in a set's order in conda-build, which varies from run
    // to run; sorted here, so that the bytes do not), then the virtual packages of the run requirements
    put('info/hash_input.json', (0,json/* pythonJsonDump */.J)(v.hashInput, { sortKeys: false }));
    // recipe/: the rendered meta.yaml, the original as meta.yaml.template, the variant, the other recipe files
    if (build.include_recipe !== false) {
        const files = [];
        const walk = (rel) => {
            for (const d of external_node_fs_.readdirSync(external_node_path_.join(i.recipeDir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
                const r = rel ? `${rel}/${d.name}` : d.name;
                if (d.isDirectory())
                    walk(r);
                else if (d.isFile())
                    files.push(r);
            }
        };
        walk('');
        for (const f of files)
            if (f !== 'meta.yaml')
                copy(external_node_path_.join(i.recipeDir, f), `info/recipe/${f}`);
        // conda-build keeps the template with the top-level package only; another output has the recipe as written in parent/
        if (!i.output || i.output.topLevel)
            put('info/recipe/meta.yaml.template', external_node_fs_.readFileSync(i.recipeFile));
        else
            for (const f of files)
                copy(external_node_path_.join(i.recipeDir, f), `info/recipe/parent/${f}`);
        put('info/recipe/meta.yaml', `# This file created by build-wheel conda build\n${(0,dist/* stringify */.As)(v.meta, { lineWidth: 0 })}`);
        put('info/recipe/conda_build_config.yaml', (0,dist/* stringify */.As)(v.variant, { lineWidth: 0 }));
    }
    testFiles(i, put, copy);
    const about = (0,sections/* section */.uW)(v.meta, 'about');
    for (const lf of (0,sections/* strList */.Sc)(about.license_file)) {
        const from = [external_node_path_.join(i.srcDir, lf), external_node_path_.join(i.recipeDir, lf)].find(p => external_node_fs_.existsSync(p));
        if (!from)
            throw new Error(`about/license_file '${lf}' is neither in the source nor in the recipe folder`);
        copyTree(from, `info/licenses/${external_node_path_.basename(lf)}`, copy);
    }
    return [...written].sort();
}


/***/ }),

/***/ 52448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ sortedJson),
/* harmony export */   J: () => (/* binding */ pythonJsonDump)
/* harmony export */ });
/** JSON as conda-build writes its metadata: keys sorted at every level, two-space indent. */
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const k of Object.keys(v).sort())
            out[k] = sortKeys(v[k]);
        return out;
    }
    return v;
}
function sortedJson(v, indent = 2) {
    return JSON.stringify(sortKeys(v), null, indent);
}
/**
 * The text of Python's `json.dump(v, f, indent=2[, sort_keys=True])`, as conda-build writes info/about.json
 * and info/hash_input.json: two-space indent, `": "` between key and value, no newline at the end, and
 * (ensure_ascii, the default) every character past U+007F escaped as `\uXXXX` in lowercase hex, one escape
 * per UTF-16 unit, as Python does for characters outside the BMP. Without `sortKeys` the keys keep their order.
 */
function pythonJsonDump(v, o) {
    const text = JSON.stringify(o.sortKeys ? sortKeys(v) : v, null, 2);
    return text.replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 81658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   i3: () => (/* binding */ fnmatch)
/* harmony export */ });
/* unused harmony export globToRegExp */
/** Path globs as recipes use them (build/binary_relocation, always_include_files...): `**`, `*`, `?`. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Whether `rel` matches any of the globs. */
function matchesAny(rel, globs) {
    return globs.some(g => globToRegExp(g).test(rel));
}
/**
 * Python's fnmatch, as conda-build matches build/skip_compile_pyc: `*` and `?` also match `/`,
 * `[seq]` and `[!seq]` are character classes; the whole path must match.
 */
function fnmatch(rel, pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        const close = c === '[' ? pattern.indexOf(']', i + 2) : -1;
        if (c === '*')
            re += '.*';
        else if (c === '?')
            re += '.';
        else if (close > 0) {
            const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
            re += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
            i = close;
        }
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, 's').test(rel);
}


/***/ }),

/***/ 36074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f5: () => (/* binding */ detectPrefixFiles),
/* harmony export */   yS: () => (/* binding */ hasPrefixText)
/* harmony export */ });
/* unused harmony exports PrefixDetectionError, prefixForms, detectIn */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _env_package_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8428);
/**
 * Prefix detection as conda-build's get_files_with_prefix: a file is binary when it holds a NUL byte,
 * text otherwise; it is recorded when it contains the host prefix (or conda's legacy placeholder).
 * Binary files count only when `detect_binary_files_with_prefix` is on (the default off Windows) or
 * they are listed in `binary_has_prefix_files`; `ignore_prefix_files` (true, or a list) leaves files
 * out; a file listed in `has_prefix_files` that holds no prefix is an error.
 */



class PrefixDetectionError extends Error {
    name = 'PrefixDetectionError';
}
/** The spellings of a Windows prefix conda-build looks for (drive letter cases, slashes). */
function prefixForms(prefix, win) {
    if (!win)
        return [prefix];
    const forms = new Set([prefix, prefix.replace(/\\/g, '/'), prefix.replace(/\\/g, '\\\\')]);
    for (const f of [...forms]) {
        forms.add(f.charAt(0).toUpperCase() + f.slice(1));
        forms.add(f.charAt(0).toLowerCase() + f.slice(1));
    }
    return [...forms];
}
/** Classify one file's content. */
function detectIn(data, forms) {
    const mode = data.includes(0) ? 'binary' : 'text';
    for (const f of forms)
        if (data.includes(Buffer.from(f)))
            return { mode, placeholder: f };
    if (data.includes(Buffer.from(_env_package_info_js__WEBPACK_IMPORTED_MODULE_2__/* .LEGACY_PLACEHOLDER */ .gx)))
        return { mode, placeholder: _env_package_info_js__WEBPACK_IMPORTED_MODULE_2__/* .LEGACY_PLACEHOLDER */ .gx };
    return { mode };
}
/** The files (relative paths, not symlinks) that hold the prefix, each with its mode. */
function detectPrefixFiles(files, opts) {
    const forms = prefixForms(opts.prefix, opts.win);
    const listed = new Set(opts.hasPrefixFiles ?? []);
    const binaryListed = new Set(opts.binaryHasPrefixFiles ?? []);
    const ignore = opts.ignorePrefixFiles;
    const ignored = (rel) => ignore === true || (Array.isArray(ignore) && ignore.includes(rel));
    const detectBinary = opts.detectBinary ?? !opts.win;
    const hits = [];
    const found = new Set();
    for (const rel of files) {
        if (ignored(rel) && !listed.has(rel) && !binaryListed.has(rel))
            continue;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(opts.prefix, rel);
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(abs);
        if (!st.isFile())
            continue;
        const got = detectIn(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(abs), forms);
        if (!got.placeholder)
            continue;
        if (got.mode === 'binary' && !detectBinary && !binaryListed.has(rel))
            continue;
        found.add(rel);
        hits.push({ path: rel, placeholder: got.placeholder, mode: got.mode });
    }
    const missing = [...listed, ...binaryListed].filter(f => !found.has(f));
    if (missing.length)
        throw new PrefixDetectionError(`did not detect the hard-coded host prefix in ${missing.join(', ')} (listed in build/has_prefix_files or binary_has_prefix_files)`);
    return hits;
}
/** info/has_prefix: `placeholder mode path` per line (quoted on Windows). */
function hasPrefixText(hits, win) {
    return hits.map(h => (win ? `"${h.placeholder}" ${h.mode} "${h.path}"` : `${h.placeholder} ${h.mode} ${h.path}`)).join('\n') + (hits.length ? '\n' : '');
}


/***/ }),

/***/ 77934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dF: () => (/* binding */ writeEntryPoints),
/* harmony export */   kq: () => (/* binding */ compilePyc),
/* harmony export */   m9: () => (/* binding */ isBytecode),
/* harmony export */   r9: () => (/* binding */ missingPyc),
/* harmony export */   zW: () => (/* binding */ noarchPythonPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10766);
/* harmony import */ var _env_noarch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70316);
/**
 * Python rules of conda-build's post-processing: `.pyc` files compiled for new `.py` files that lack
 * one (not for noarch packages, which drop every `.pyc`); entry points written as `bin/` scripts (or,
 * for `noarch: python`, listed in info/link.json instead); and the noarch python layout: site-packages
 * stored as `site-packages/...`, other `bin/` files as `python-scripts/...`.
 */




/** Whether a path is compiled bytecode conda-build removes from noarch packages. */
function isBytecode(rel) {
    return rel.endsWith('.pyc') || rel.split('/').includes('__pycache__');
}
/** The source `.py` files in site-packages (or lib/pythonX.Y) that have no `.pyc` in __pycache__ yet. */
function missingPyc(files, pyVer) {
    const have = new Set(files);
    const tag = `cpython-${pyVer.replace('.', '')}`;
    return files.filter(f => {
        if (!f.endsWith('.py') || !/^(lib\/python\d+\.\d+|Lib)\//.test(f))
            return false;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(f);
        const stem = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(f, '.py');
        return !have.has(`${dir}/__pycache__/${stem}.${tag}.pyc`);
    });
}
/**
 * Compile `.py` files (relative to `prefix`) with `python`; SOURCE_DATE_EPOCH in `env` makes it write
 * hash-checked .pyc (reproducible). A file that does not compile is not an error, as in conda-build and
 * conda: returns the problem (the compiler's last lines) for a warning, or undefined when all compiled.
 */
async function compilePyc(prefix, python, rels, env) {
    if (!rels.length || !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(python))
        return undefined;
    const r = await (0,_lib_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)([python, '-Wi', '-m', 'compileall', '-q', ...rels], { cwd: prefix, env, silent: true });
    return r.exitCode === 0
        ? undefined
        : `compiling .pyc files with ${python} failed for some files (exit code ${r.exitCode}); they are kept as .py only:\n${r.tail}`;
}
/** Write the entry point scripts into `<prefix>/bin` (not for noarch python); returns their paths. */
function writeEntryPoints(prefix, entryPoints, win) {
    const out = [];
    if (win && entryPoints.length)
        throw new Error("entry points on Windows need conda-build's cli-64.exe launchers, which this builder does not ship; use noarch: python");
    for (const text of entryPoints) {
        const ep = (0,_env_noarch_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEntryPoint */ .yx)(text);
        const rel = `bin/${ep.command}`;
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(prefix, 'bin'), { recursive: true });
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(prefix, rel), (0,_env_noarch_js__WEBPACK_IMPORTED_MODULE_3__/* .entryPointScript */ .Cu)(ep, `${prefix}/bin/python`), { mode: 0o755 });
        out.push(rel);
    }
    return out;
}
/** Where a prefix path goes in a noarch python package, or null when it is left out. */
function noarchPythonPath(rel, sitePackages) {
    if (isBytecode(rel))
        return null;
    if (rel.startsWith(`${sitePackages}/`))
        return `site-packages/${rel.slice(sitePackages.length + 1)}`;
    if (rel.startsWith('bin/'))
        return `python-scripts/${rel.slice(4)}`;
    if (rel.startsWith('Scripts/'))
        return `python-scripts/${rel.slice(8)}`;
    const win = /^Lib\/site-packages\//.exec(rel);
    if (win)
        return `site-packages/${rel.slice(win[0].length)}`;
    return rel;
}


/***/ }),

/***/ 93622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ hostSubdir),
/* harmony export */   FO: () => (/* binding */ SPECIAL_KEYS),
/* harmony export */   H1: () => (/* binding */ DEFAULT_PYTHON),
/* harmony export */   Xj: () => (/* binding */ ACCEPTED_SUBDIRS),
/* harmony export */   Z4: () => (/* binding */ KNOWN_SUBDIRS),
/* harmony export */   d5: () => (/* binding */ nativeCompiler),
/* harmony export */   fg: () => (/* binding */ subdirProblem),
/* harmony export */   gH: () => (/* binding */ SUBDIR),
/* harmony export */   kq: () => (/* binding */ isListValue),
/* harmony export */   lu: () => (/* binding */ targetSubdir),
/* harmony export */   pd: () => (/* binding */ variantSubdir),
/* harmony export */   tp: () => (/* binding */ defaultVariant),
/* harmony export */   vW: () => (/* binding */ ARCH_SELECTOR)
/* harmony export */ });
/* unused harmony exports PLATFORMS, SUBDIR_ALIASES */
/** Data tables: conda's platform names and conda-build's default variant and compilers. */
/** conda's known subdirs (besides noarch); each gives an OS selector and an architecture selector. */
const KNOWN_SUBDIRS = [
    'emscripten-wasm32',
    'wasi-wasm32',
    'freebsd-64',
    'linux-32',
    'linux-64',
    'linux-aarch64',
    'linux-armv6l',
    'linux-armv7l',
    'linux-ppc64',
    'linux-ppc64le',
    'linux-riscv64',
    'linux-s390x',
    'osx-64',
    'osx-arm64',
    'win-32',
    'win-64',
    'win-arm64',
    'zos-z'
];
/** Architectures whose selector name differs from the subdir suffix. */
const ARCH_SELECTOR = { '32': 'x86', '64': 'x86_64' };
/** The shape of a subdir folder name (a channel's folders); which values a target may take is targetSubdir's question. */
const SUBDIR = /^[a-z0-9]+-[a-z0-9]+$/;
/** conda's platforms: the part of a subdir before its first '-'. */
const PLATFORMS = [...new Set(KNOWN_SUBDIRS.map(s => s.split('-')[0]))];
const KNOWN_ARCHS = new Set(KNOWN_SUBDIRS.map(s => s.slice(s.indexOf('-') + 1)));
/** conda-build's own names for some subdirs (its SUBDIR_ALIASES), turned into the subdir conda knows. */
const SUBDIR_ALIASES = {
    'linux-cos5-x86_64': 'linux-64',
    'linux-cos6-x86_64': 'linux-64',
    'linux-cos5-x86': 'linux-32',
    'linux-cos6-x86': 'linux-32',
    'osx-109-x86_64': 'osx-64',
    'win-x86_64': 'win-64',
    'win-x86': 'win-32'
};
/**
 * The subdir a target platform names: `noarch`, one of conda's subdirs, one of conda-build's aliases (as the
 * subdir it stands for), or a known subdir with a qualifier between platform and architecture, such as
 * `linux-cos5-64` (conda-build keeps that as a subdir of its own: platform linux, arch cos5-64, the `x86_64`
 * selector true and `linux64` false). Anything else is undefined.
 */
function targetSubdir(value) {
    if (value === 'noarch' || KNOWN_SUBDIRS.includes(value))
        return value;
    if (SUBDIR_ALIASES[value])
        return SUBDIR_ALIASES[value];
    const m = /^([a-z]+)-([a-z0-9_]+)-([a-z0-9_]+)$/.exec(value);
    return m && PLATFORMS.includes(m[1]) && KNOWN_ARCHS.has(m[3]) ? value : undefined;
}
/** What a target platform may be, for error messages. */
const ACCEPTED_SUBDIRS = `noarch, ${KNOWN_SUBDIRS.join(', ')} (conda's subdirs); conda-build's aliases ${Object.keys(SUBDIR_ALIASES).join(', ')}; ` +
    'or a subdir with a qualifier before its architecture, such as linux-cos5-64';
/** The problem with a target platform given as `what` (e.g. "the variant key target_platform"), or '' when it names a subdir. */
function subdirProblem(value, what) {
    return targetSubdir(value) === undefined ? `${what} '${value}' is not a conda subdir; accepted: ${ACCEPTED_SUBDIRS}` : '';
}
/** The subdir a variant renders for: its target_platform (an alias as the subdir it stands for), else the fallback. */
function variantSubdir(variant, fallback) {
    const t = variant.target_platform;
    return (typeof t === 'string' && targetSubdir(t)) || fallback;
}
/** The platform this process runs on, as a conda subdir. */
function hostSubdir(platform = process.platform, arch = process.arch) {
    const os = platform === 'darwin' ? 'osx' : platform === 'win32' ? 'win' : platform === 'freebsd' ? 'freebsd' : 'linux';
    const a = { x64: '64', ia32: '32', arm64: os === 'linux' ? 'aarch64' : 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
    return `${os}-${a[arch] ?? '64'}`;
}
/** The Python conda-build assumes when no variant names one (conda-build uses its own interpreter's). */
const DEFAULT_PYTHON = '3.12';
/** numpy per Python in conda-build's defaults. */
const DEFAULT_NUMPY = { '3.8': '1.22', '3.9': '1.22', '3.10': '1.22', '3.11': '1.23', '3.12': '1.26' };
/** Native compilers per OS; on Windows per Python (3.5 and later share one). */
const NATIVE_COMPILERS = {
    linux: { c: 'gcc', cxx: 'gxx', fortran: 'gfortran' },
    osx: { c: 'clang', cxx: 'clangxx', fortran: 'gfortran' },
    win: { c: 'vs2017', cxx: 'vs2017', fortran: 'gfortran' }
};
const WIN_OLD_PYTHON = {
    '2.7': { c: 'vs2008', vc: '9' },
    '3.3': { c: 'vs2010', vc: '10' },
    '3.4': { c: 'vs2010', vc: '10' }
};
/** A list value. (Array.isArray alone narrows a readonly string[] to any[].) */
const isListValue = (v) => Array.isArray(v);
/** The native compiler package prefix for a language on a platform. */
function nativeCompiler(language, subdir, python) {
    const os = subdir.split('-')[0];
    if (os === 'win' && (language === 'c' || language === 'cxx'))
        return WIN_OLD_PYTHON[python]?.c ?? 'vs2017';
    return NATIVE_COMPILERS[os]?.[language] ?? language;
}
/** conda-build's internal defaults, the lowest layer of every variant. */
function defaultVariant(subdir, python = DEFAULT_PYTHON) {
    const os = subdir.split('-')[0];
    const base = {
        python,
        numpy: DEFAULT_NUMPY[python] ?? '1.26',
        perl: '5.26.2',
        lua: '5',
        r_base: os === 'win' ? '3.4' : '3.5',
        cpu_optimization_target: 'nocona',
        pin_run_as_build: { python: { min_pin: 'x.x', max_pin: 'x.x' }, 'r-base': { min_pin: 'x.x', max_pin: 'x.x' } },
        ignore_version: [],
        ignore_build_only_deps: ['python', 'numpy'],
        extend_keys: ['pin_run_as_build', 'ignore_version', 'ignore_build_only_deps', 'extend_keys'],
        cran_mirror: 'https://cran.r-project.org',
        target_platform: subdir
    };
    if (NATIVE_COMPILERS[os])
        for (const lang of ['c', 'cxx', 'fortran'])
            base[`${lang}_compiler`] = nativeCompiler(lang, subdir, python);
    if (os === 'win')
        base.vc = WIN_OLD_PYTHON[python]?.vc ?? '14';
    return base;
}
/** Keys that describe how to combine variants rather than a dimension of the matrix. */
const SPECIAL_KEYS = ['pin_run_as_build', 'zip_keys', 'ignore_version', 'extend_keys', 'replacements'];


/***/ }),

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ strList),
/* harmony export */   Zm: () => (/* binding */ isDict),
/* harmony export */   fh: () => (/* binding */ typedRecipe),
/* harmony export */   uW: () => (/* binding */ section),
/* harmony export */   wh: () => (/* binding */ dictCopy)
/* harmony export */ });
/** A YAML mapping (not a list, not a scalar). */
const isDict = (v) => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
/** A copy of the mapping `v` (an empty one when it is not a mapping), to write into. */
const dictCopy = (v) => (isDict(v) ? { ...v } : {});
/**
 * The strings of a list field, as written; one string is a list of one, and an empty string is an empty
 * field (`run: ''` asks for nothing, `script: ''` is no script, as conda-build's `if script:` reads it).
 */
const strList = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' && v ? [v] : [];
/** The mapping `key` of `meta`, or an empty one. */
const section = (meta, key) => (isDict(meta[key]) ? meta[key] : {});
const str = (v) => (typeof v === 'string' ? v : undefined);
const truthy = (v) => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v.trim()));
function requirementsOf(meta) {
    const r = section(meta, 'requirements');
    return { build: strList(r.build), host: strList(r.host), run: strList(r.run), runConstrained: strList(r.run_constrained), hasHost: 'host' in r };
}
function buildOf(meta) {
    const b = section(meta, 'build');
    const number = typeof b.number === 'number' ? b.number : parseInt(str(b.number) ?? '0', 10);
    return {
        number: Number.isFinite(number) ? number : 0,
        ...(str(b.string) !== undefined ? { string: str(b.string) } : {}),
        ...(str(b.noarch) ? { noarch: str(b.noarch) } : {}),
        script: strList(b.script),
        scriptEnv: strList(b.script_env),
        skip: truthy(b.skip),
        ...(b.merge_build_host !== undefined && b.merge_build_host !== null ? { mergeBuildHost: truthy(b.merge_build_host) } : {}),
        features: strList(b.features),
        trackFeatures: strList(b.track_features),
        ignoreRunExports: strList(b.ignore_run_exports),
        ignoreRunExportsFrom: strList(b.ignore_run_exports_from),
        skipCompilePyc: strList(b.skip_compile_pyc),
        ...(b.run_exports !== undefined && b.run_exports !== null ? { runExports: b.run_exports } : {}),
        raw: b
    };
}
function testOf(meta) {
    const t = section(meta, 'test');
    return {
        requires: strList(t.requires),
        commands: strList(t.commands),
        imports: strList(t.imports),
        files: strList(t.files),
        sourceFiles: strList(t.source_files)
    };
}
/** The typed view of a rendered recipe's metadata. Pure. */
function typedRecipe(meta) {
    const pkg = section(meta, 'package');
    return {
        name: str(pkg.name) ?? '',
        version: str(pkg.version) ?? '',
        requirements: requirementsOf(meta),
        build: buildOf(meta),
        ...(meta.source !== undefined && meta.source !== null ? { source: meta.source } : {}),
        test: testOf(meta),
        outputs: Array.isArray(meta.outputs) ? meta.outputs.filter(isDict) : [],
        about: section(meta, 'about'),
        extra: section(meta, 'extra')
    };
}


/***/ })

};
