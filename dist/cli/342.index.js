export const id = 342;
export const ids = [342];
export const modules = {

/***/ 62342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand),
  indexCommand: () => (/* binding */ indexCommand)
});

// UNUSED EXPORTS: BUILD_USAGE, INDEX_USAGE

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/epoch.ts
var lib_epoch = __webpack_require__(46802);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/conda/env/command.ts
var command = __webpack_require__(24554);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/files.ts
var files = __webpack_require__(10228);
// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __webpack_require__(93622);
;// CONCATENATED MODULE: ./src/conda/package/json.ts
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

// EXTERNAL MODULE: ./src/archive/tar.ts
var archive_tar = __webpack_require__(29661);
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







function json(file) {
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
            await (0,archive_tar/* extractTar */.nN)(tmp, dest, { allowEmpty: true });
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
        const index = json(external_node_path_.join(dest, 'info', 'index.json'));
        if (!index)
            throw new Error(`${external_node_path_.basename(archive)} has no info/index.json`);
        const paths = json(external_node_path_.join(dest, 'info', 'paths.json'))?.paths ?? [];
        const has = (re) => paths.some(p => re.test(String(p._path)));
        const name = String(index.name);
        return {
            index,
            about: json(external_node_path_.join(dest, 'info', 'about.json')) ?? {},
            runExports: json(external_node_path_.join(dest, 'info', 'run_exports.json')),
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
    (0,files/* writeAtomically */.vK)(external_node_path_.join(sub, 'repodata.json'), sortedJson({ info: { subdir }, packages, 'packages.conda': conda, removed: [], repodata_version: 1 }, 0));
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
    (0,files/* writeAtomically */.vK)(external_node_path_.join(dir, 'channeldata.json'), sortedJson({ channeldata_version: 1, packages: channel, subdirs }));
    log(`indexed ${dir}: ${count} package(s) in ${subdirs.join(', ')} (${read} read)`);
    return { subdirs, packages: count, read };
}

// EXTERNAL MODULE: ./src/lib/exec.ts
var exec = __webpack_require__(10766);
;// CONCATENATED MODULE: ./src/conda/package/write.ts
/**
 * Writing a package from a staged tree (info/ and the payload under one folder), reproducibly:
 * entries sorted, owners zeroed, one mtime (SOURCE_DATE_EPOCH), modes 0644/0755 (the archive module's
 * tar writer), and for `.conda` one zip date.
 *   .conda (CEP 35 v2): a stored zip of metadata.json, pkg-<stem>.tar.zst, info-<stem>.tar.zst, in that
 *     order (cph and rattler put info last); the inner names must equal the file's stem.
 *   .tar.bz2 (v1): one tar, info/ first, compressed by the system's bzip2 (argv, no shell).
 */





const PACKAGE_FORMATS = ['conda', 'tar.bz2'];
/** Accepted levels and the default of each format (conda-build: zstd 19, bzip2 9). */
const LEVELS = {
    conda: { min: 1, max: 22, default: 19 },
    'tar.bz2': { min: 1, max: 9, default: 9 }
};
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Hard-link (or copy) the payload into `stage`, symlinks recreated; returns the payload paths, sorted. */
function stagePayload(stage, files) {
    for (const f of files) {
        const to = external_node_path_.join(stage, f.rel);
        external_node_fs_.mkdirSync(external_node_path_.dirname(to), { recursive: true });
        const st = external_node_fs_.lstatSync(f.abs);
        if (st.isSymbolicLink())
            external_node_fs_.symlinkSync(external_node_fs_.readlinkSync(f.abs), to);
        else
            try {
                external_node_fs_.linkSync(f.abs, to);
            }
            catch {
                external_node_fs_.copyFileSync(f.abs, to);
                external_node_fs_.chmodSync(to, st.mode & 0o7777);
            }
    }
    return files.map(f => f.rel).sort(byName);
}
/** Write `<outDir>/<stem>.<format>`; the file appears whole (written beside, then renamed). */
async function writePackage(stage, payload, info, stem, outDir, o) {
    const lv = LEVELS[o.format];
    if (!Number.isInteger(o.level) || o.level < lv.min || o.level > lv.max)
        throw new Error(`compression level ${o.level} is out of range for ${o.format}: ${lv.min}..${lv.max}`);
    external_node_fs_.mkdirSync(outDir, { recursive: true });
    const out = external_node_path_.join(outDir, `${stem}.${o.format}`);
    const tmp = external_node_path_.join(outDir, `.${stem}.${o.format}.tmp-${process.pid}`);
    const parts = [];
    try {
        const sortedInfo = [...info].sort(byName);
        const sortedPayload = [...payload].sort(byName);
        if (o.format === 'conda') {
            const pkgTar = `${tmp}.pkg`;
            const infoTar = `${tmp}.info`;
            parts.push(pkgTar, infoTar);
            await Promise.all([
                (0,archive_tar/* packTar */.nG)(stage, sortedPayload, pkgTar, { mtime: o.mtime, zstdLevel: o.level }),
                (0,archive_tar/* packTar */.nG)(stage, sortedInfo, infoTar, { mtime: o.mtime, zstdLevel: o.level })
            ]);
            const zip = (0,archive_zip/* writeZip */.zy)([
                { name: 'metadata.json', data: Buffer.from(JSON.stringify({ conda_pkg_format_version: 2 })) },
                { name: `pkg-${stem}.tar.zst`, data: external_node_fs_.readFileSync(pkgTar) },
                { name: `info-${stem}.tar.zst`, data: external_node_fs_.readFileSync(infoTar) }
            ], new Date(o.mtime * 1000), 0);
            external_node_fs_.writeFileSync(tmp, zip);
        }
        else {
            const tar = `${tmp}.tar`;
            parts.push(tar, `${tar}.bz2`);
            await (0,archive_tar/* packTar */.nG)(stage, [...sortedInfo, ...sortedPayload], tar, { mtime: o.mtime, zstdLevel: 0 });
            await (0,exec/* runOrThrow */.n)(['bzip2', '-z', '-f', `-${o.level}`, tar], { silent: true, hint: 'install bzip2 (apt-get install bzip2) or use the .conda format' });
            external_node_fs_.renameSync(`${tar}.bz2`, tmp);
        }
        external_node_fs_.renameSync(tmp, out);
        return out;
    }
    finally {
        for (const p of [tmp, ...parts])
            external_node_fs_.rmSync(p, { force: true });
    }
}

// EXTERNAL MODULE: ./src/conda/recipe/variants.ts
var variants = __webpack_require__(42298);
// EXTERNAL MODULE: ./src/lib/log.ts
var lib_log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/conda/env/channel.ts
var channel = __webpack_require__(44604);
// EXTERNAL MODULE: ./src/conda/recipe/render.ts + 13 modules
var render = __webpack_require__(59645);
// EXTERNAL MODULE: ./src/conda/recipe/location.ts
var recipe_location = __webpack_require__(68819);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/conda/source/download.ts
/**
 * Downloading one URL to a file: streamed to a temporary name beside the destination and renamed only
 * when complete (a short body against Content-Length is an error), retried with a growing pause on
 * network errors and 5xx/429 answers, with progress lines (bytes and rate).
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
/** Download `url` to `dest` (folder created). Returns the byte count. */
async function download(url, dest, opts = {}) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(dest), { recursive: true });
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

;// CONCATENATED MODULE: ./src/conda/source/spec.ts
/** The source entries of a rendered recipe as typed plans: url (with mirrors and hashes), git, or path. */


const HASH_ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
/** Hex digits of each digest: a recipe hash of another shape is a typo (and never a cache path or key). */
const HASH_HEX_LENGTH = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 };
const isDict = (v) => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v.trim() : '');
/** Plans for a recipe's `source` (one mapping or a list); paths relative to the recipe directory. */
function sourceSpecs(source, recipeDir) {
    if (source === undefined || source === null)
        return [];
    const entries = Array.isArray(source) ? source : [source];
    return entries.filter(isDict).map(e => {
        const folder = str(e.folder);
        if (folder && (external_node_path_.isAbsolute(folder) || folder.split(/[\\/]/).includes('..')))
            throw new recipe_location/* RecipeError */.tF(`source/folder '${folder}' must stay inside the work directory`);
        const patches = (Array.isArray(e.patches) ? e.patches : typeof e.patches === 'string' ? [e.patches] : [])
            .filter((p) => typeof p === 'string')
            .map(p => external_node_path_.resolve(recipeDir, p));
        const common = { folder, patches };
        if (e.url !== undefined && e.url !== null) {
            const urls = (Array.isArray(e.url) ? e.url : [e.url]).filter((u) => typeof u === 'string' && u.trim() !== '').map(u => u.trim());
            if (!urls.length)
                throw new recipe_location/* RecipeError */.tF('source/url is empty');
            const hashes = {};
            for (const a of HASH_ALGORITHMS) {
                const h = str(e[a]).toLowerCase();
                if (!h)
                    continue;
                if (!new RegExp(`^[0-9a-f]{${HASH_HEX_LENGTH[a]}}$`).test(h))
                    throw new recipe_location/* RecipeError */.tF(`source/${a} '${h}' is not ${HASH_HEX_LENGTH[a]} hex digits; copy the ${a} of the tarball again`);
                hashes[a] = h;
            }
            const fn = str(e.fn) || decodeURIComponent(new URL(urls[0]).pathname.split('/').pop() || 'source');
            if (fn.includes('/') || fn.includes('\\') || fn === '..' || fn === '.')
                throw new recipe_location/* RecipeError */.tF(`source/fn '${fn}' must be a plain file name`);
            return { kind: 'url', urls, fn, hashes, noHoist: e.no_hoist === true, ...common };
        }
        if (str(e.git_url)) {
            const depth = str(e.git_depth) ? parseInt(str(e.git_depth), 10) : -1;
            const rev = str(e.git_rev) || str(e.git_tag) || str(e.git_branch);
            const url = str(e.git_url);
            const local = !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[\w.-]+@[\w.-]+:/.test(url);
            return { kind: 'git', url: local ? external_node_path_.resolve(recipeDir, url) : url, rev, depth, ...common };
        }
        if (str(e.path))
            return { kind: 'path', path: external_node_path_.resolve(recipeDir, str(e.path)), ...common };
        if (e.hg_url || e.svn_url)
            throw new recipe_location/* RecipeError */.tF('hg_url and svn_url sources are not supported; use url, git_url or path');
        throw new recipe_location/* RecipeError */.tF('a source entry needs url, git_url or path');
    });
}

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
    const algos = HASH_ALGORITHMS.filter(a => expected[a]);
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

// EXTERNAL MODULE: ./src/archive/errors.ts
var archive_errors = __webpack_require__(90511);
;// CONCATENATED MODULE: ./src/conda/source/extract.ts
/**
 * Unpacking a downloaded source into the work directory, through the project's archive readers
 * (src/archive: tar with gzip/bzip2/xz/zstd, and zip, both refusing escapes, links out and devices):
 * into a scratch folder first, then a single top-level directory is hoisted (unless no_hoist) and the
 * contents move into work/<folder>. A file that is no archive is copied as it is.
 */







const TAR = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lzma)$/i;
const ZIP = /\.(zip|whl|jar)$/i;
function archiveKind(fn) {
    return TAR.test(fn) ? 'tar' : ZIP.test(fn) ? 'zip' : 'plain';
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
            await (0,zip_stream/* extractZipEntry */.B)(zip, e, target, e.mode & 0o111 ? 0o755 : 0o644);
        }
    }
    finally {
        zip.close();
    }
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
    const kind = archiveKind(fn);
    if (kind === 'plain') {
        external_node_fs_.copyFileSync(file, external_node_path_.join(dest, fn));
        return 1;
    }
    const scratch = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_path_.dirname(dest), '.unpack-'));
    try {
        try {
            if (kind === 'tar')
                await (0,archive_tar/* extractTar */.nN)(file, scratch);
            else
                await unzip(file, scratch);
        }
        catch (e) {
            if (e instanceof archive_tar/* TarError */.mt || e instanceof archive_errors/* ArchiveError */.d)
                throw new recipe_location/* RecipeError */.tF(`refusing source archive ${fn}: ${e.message}`);
            throw e;
        }
        const top = external_node_fs_.readdirSync(scratch);
        const single = top.length === 1 && external_node_fs_.lstatSync(external_node_path_.join(scratch, top[0])).isDirectory();
        moveContents(single && !noHoist ? external_node_path_.join(scratch, top[0]) : scratch, dest);
        return top.length;
    }
    finally {
        external_node_fs_.rmSync(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/conda/source/git.ts
/**
 * git sources: a clone (shallow with git_depth, at a tag or branch when it names one), a checkout of
 * git_rev, and the GIT_* build variables from `git describe`. git runs through src/lib/exec with argv.
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
async function fetchGitSource(src, dest, log = () => { }) {
    external_node_fs_.mkdirSync(dest, { recursive: true });
    if (external_node_fs_.readdirSync(dest).length)
        throw new Error(`git source: ${dest} is not empty`);
    log(`git: cloning ${src.url}${src.rev ? ` at ${src.rev}` : ''}${src.depth > 0 ? ` (depth ${src.depth})` : ''}`);
    for (const argv of gitPlan(src, dest))
        await (0,exec/* runOrThrow */.n)(argv, { silent: true, hint: HINT, env: { GIT_TERMINAL_PROMPT: '0' } });
    return gitVars(dest);
}
/** GIT_DESCRIBE_* from `git describe --tags --long`, GIT_FULL_HASH, GIT_BUILD_STR (number_hash). */
async function gitVars(repo) {
    const full = await (0,exec/* run */.e)(['git', '-C', repo, 'rev-parse', 'HEAD'], { silent: true });
    const out = {};
    if (full.exitCode === 0)
        out.GIT_FULL_HASH = full.stdout.trim();
    const d = await (0,exec/* run */.e)(['git', '-C', repo, 'describe', '--tags', '--long', 'HEAD'], { silent: true });
    const m = d.exitCode === 0 ? /^(.*)-(\d+)-(g[0-9a-f]+)$/.exec(d.stdout.trim()) : null;
    if (m) {
        out.GIT_DESCRIBE_TAG = m[1];
        out.GIT_DESCRIBE_TAG_PEP440 = m[1].replace(/^v/, '');
        out.GIT_DESCRIBE_NUMBER = m[2];
        out.GIT_DESCRIBE_HASH = m[3];
        out.GIT_BUILD_STR = `${m[2]}_${m[3]}`;
    }
    return out;
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
async function tryRun(argv) {
    try {
        return await (0,exec/* run */.e)(argv, { silent: true });
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
/** Apply one patch to `srcDir`; returns the strip level used. */
async function applyPatch(patchFile, srcDir, log = () => { }) {
    if (!external_node_fs_.existsSync(patchFile))
        throw new recipe_location/* RecipeError */.tF(`patch file ${patchFile} does not exist`);
    const text = external_node_fs_.readFileSync(patchFile, 'utf8');
    const { level, ambiguous } = guessStripLevel(patchedFiles(text), srcDir);
    log(`patch ${external_node_path_.basename(patchFile)}: -p${level}${ambiguous ? ' (ambiguous; the shallowest)' : ''}`);
    const dry = await tryRun(patchArgv(patchFile, srcDir, level, true));
    if (dry && dry.exitCode === 0) {
        const real = await (0,exec/* run */.e)(patchArgv(patchFile, srcDir, level, false), { silent: true });
        if (real.exitCode === 0)
            return level;
        throw failure(patchFile, text, real.stdout + real.stderr, level);
    }
    const check = await tryRun(gitApplyArgv(patchFile, srcDir, level, true));
    if (check && check.exitCode === 0) {
        const real = await (0,exec/* run */.e)(gitApplyArgv(patchFile, srcDir, level, false), { silent: true });
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
 * git clones, local paths copied; each into its folder; then its patches. Returns the GIT_* variables
 * of the first source when it is a git repository.
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
            const got = await fetchUrlSource(src, opts.cacheDir, { log, ...opts.download });
            if (got.cached)
                cacheHits++;
            await unpackSource(got.file, src.fn, dest, src.noHoist);
        }
        else if (src.kind === 'git') {
            const v = await fetchGitSource(src, dest, log);
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
                vars = await gitVars(dest);
        }
        for (const p of src.patches)
            await applyPatch(p, dest, log);
    }
    return { workDir: opts.workDir, gitVars: vars, cacheHits };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/conda/post/glob.ts
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

// EXTERNAL MODULE: ./src/conda/env/package-info.ts
var package_info = __webpack_require__(8428);
;// CONCATENATED MODULE: ./src/conda/post/prefix-detect.ts
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
    if (data.includes(Buffer.from(package_info/* LEGACY_PLACEHOLDER */.gx)))
        return { mode, placeholder: package_info/* LEGACY_PLACEHOLDER */.gx };
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
        const abs = external_node_path_.join(opts.prefix, rel);
        const st = external_node_fs_.lstatSync(abs);
        if (!st.isFile())
            continue;
        const got = detectIn(external_node_fs_.readFileSync(abs), forms);
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

// EXTERNAL MODULE: ./src/cache/key.ts
var key = __webpack_require__(25877);
;// CONCATENATED MODULE: ./src/conda/package/info.ts
/**
 * The info/ folder of a package (CEP 34, conda-build's create_info_files): index.json, paths.json,
 * files, has_prefix, about.json, link.json, run_exports.json, hash_input.json, recipe/ (rendered and
 * original), test/ (commands, imports, run_test.*, requires, source files), licenses/. Everything is
 * a function of the recipe, the build's files and the timestamp: no clock, no host names.
 */







const info_isDict = (v) => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
const strList = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const section = (meta, k) => (info_isDict(meta[k]) ? meta[k] : {});
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
    const build = section(v.meta, 'build');
    const about = section(v.meta, 'about');
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
        const f = strList(build[k]);
        if (f.length)
            out[k] = f.join(' ');
    }
    return out;
}
function pathsEntries(files, hits, noLink) {
    const byPath = new Map(hits.map(h => [h.path, h]));
    return files.map(f => {
        const st = external_node_fs_.lstatSync(f.abs);
        if (st.isSymbolicLink()) {
            const t = external_node_fs_.statSync(f.abs, { throwIfNoEntry: false });
            const e = { _path: f.rel, path_type: 'softlink' };
            if (t?.isFile())
                Object.assign(e, { sha256: (0,key/* sha256Hex */.fg)(external_node_fs_.readFileSync(f.abs)), size_in_bytes: t.size });
            return e;
        }
        const data = external_node_fs_.readFileSync(f.abs);
        const e = { _path: f.rel, path_type: 'hardlink', sha256: (0,key/* sha256Hex */.fg)(data), size_in_bytes: data.length };
        const h = byPath.get(f.rel);
        if (h)
            Object.assign(e, { file_mode: h.mode, prefix_placeholder: h.placeholder });
        if (noLink(f.rel))
            e.no_link = true;
        return e;
    });
}
function aboutJson(i) {
    const about = section(i.variant.meta, 'about');
    const out = {};
    for (const [k, v] of Object.entries(about))
        if (v !== null && v !== undefined && k !== 'license_file')
            out[k] = v;
    for (const k of ['identifiers', 'tags', 'keywords'])
        out[k] = strList(about[k]);
    out.channels = [...i.channels];
    out.extra = info_isDict(i.variant.meta.extra) ? i.variant.meta.extra : {};
    out.tool = 'build-wheel conda build';
    return out;
}
/** The test files of info/test/: run_test.sh and run_test.py generated as conda-build does, requires, files. */
function testFiles(i, put, copy) {
    const test = section(i.variant.meta, 'test');
    const win = i.variant.subdir.startsWith('win-');
    const commands = strList(test.commands);
    const userSh = external_node_path_.join(i.recipeDir, win ? 'run_test.bat' : 'run_test.sh');
    if (commands.length || external_node_fs_.existsSync(userSh)) {
        const user = external_node_fs_.existsSync(userSh) ? external_node_fs_.readFileSync(userSh, 'utf8') : '';
        if (win)
            put('info/test/run_test.bat', `${[user, ...commands.map(c => `${c}\nIF %ERRORLEVEL% NEQ 0 exit /B 1`), 'exit /B 0'].join('\n')}\n`);
        else
            put('info/test/run_test.sh', `\n\nset -ex\n\n${user}\n${commands.join('\n')}\nexit 0\n`);
    }
    const imports = strList(test.imports);
    const userPy = external_node_path_.join(i.recipeDir, 'run_test.py');
    if (imports.length || external_node_fs_.existsSync(userPy)) {
        const lines = [`#  tests for ${i.variant.name}-${i.variant.version}-${i.variant.buildString}: the imports, then the recipe's run_test.py`];
        for (const m of imports)
            lines.push(`print("import: %r" % ${JSON.stringify(m)})`, `import ${m}`);
        if (external_node_fs_.existsSync(userPy))
            lines.push('', external_node_fs_.readFileSync(userPy, 'utf8'));
        put('info/test/run_test.py', `${lines.join('\n')}\n`);
    }
    const requires = strList(test.requires);
    if (requires.length)
        put('info/test/test_time_dependencies.json', sortedJson(requires));
    for (const f of strList(test.files))
        copyTree(external_node_path_.join(i.recipeDir, f), `info/test/${f}`, copy);
    for (const f of strList(test.source_files))
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
/** Write info/ under `stage`; returns the info paths written, sorted. */
function writeInfo(stage, i) {
    const written = new Set();
    const put = (rel, data) => {
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
    const build = section(v.meta, 'build');
    const noLinkGlobs = strList(build.no_link);
    const paths = pathsEntries(i.files, i.prefixHits, rel => noLinkGlobs.length > 0 && matchesAny(rel, noLinkGlobs));
    put('info/index.json', sortedJson(indexJson(i)));
    put('info/paths.json', sortedJson({ paths, paths_version: 1 }));
    put('info/files', i.files.map(f => f.rel).join('\n') + (i.files.length ? '\n' : ''));
    if (i.prefixHits.length)
        put('info/has_prefix', hasPrefixText(i.prefixHits, v.subdir.startsWith('win-')));
    const noLinked = paths.filter(p => p.no_link).map(p => p._path);
    if (noLinked.length)
        put('info/no_link', `${noLinked.join('\n')}\n`);
    put('info/about.json', sortedJson(aboutJson(i)));
    if (build.noarch === 'python')
        put('info/link.json', sortedJson({ noarch: { type: 'python', entry_points: [...i.entryPoints] }, package_metadata_version: 1 }));
    if (i.runExports)
        put('info/run_exports.json', sortedJson(i.runExports));
    put('info/hash_input.json', sortedJson(v.hashInput));
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
        put('info/recipe/meta.yaml.template', external_node_fs_.readFileSync(i.recipeFile));
        put('info/recipe/meta.yaml', `# This file created by build-wheel conda build\n${(0,dist/* stringify */.As)(v.meta, { lineWidth: 0 })}`);
        put('info/recipe/conda_build_config.yaml', (0,dist/* stringify */.As)(v.variant, { lineWidth: 0 }));
    }
    testFiles(i, put, copy);
    const about = section(v.meta, 'about');
    for (const lf of strList(about.license_file)) {
        const from = [external_node_path_.join(i.srcDir, lf), external_node_path_.join(i.recipeDir, lf)].find(p => external_node_fs_.existsSync(p));
        if (!from)
            throw new Error(`about/license_file '${lf}' is neither in the source nor in the recipe folder`);
        copyTree(from, `info/licenses/${external_node_path_.basename(lf)}`, copy);
    }
    return [...written].sort();
}

;// CONCATENATED MODULE: ./src/conda/post/files.ts
/**
 * Which files the build added: every file and symlink under the host prefix after the script minus
 * those before it, without conda's own folders (conda-meta, .condatrash, .git) or files that must
 * never ship (share/info/dir, easy-install.pth, *.pyo). Paths are relative, `/`-separated, sorted.
 */


const SKIP_TOP = new Set(['conda-meta', '.condatrash', '.git', 'info']);
/** Every file and symlink under `root`, relative and sorted (folders are walked, not listed). */
function listFiles(root) {
    const out = [];
    const walk = (rel) => {
        const dir = rel ? external_node_path_.join(root, rel) : root;
        for (const d of external_node_fs_.readdirSync(dir, { withFileTypes: true })) {
            const r = rel ? `${rel}/${d.name}` : d.name;
            if (!rel && SKIP_TOP.has(d.name))
                continue;
            if (d.isDirectory())
                walk(r);
            else
                out.push(r);
        }
    };
    if (external_node_fs_.existsSync(root))
        walk('');
    return out.sort();
}
/** Files that are never packaged (conda-build's post_process removals); the caller deletes them. */
function isDropped(rel, preserveEggDir) {
    if (rel === 'share/info/dir' || rel.endsWith('.pyo'))
        return true;
    if (!preserveEggDir && external_node_path_.posix.basename(rel) === 'easy-install.pth')
        return true;
    return false;
}
/** The files the build added (see the module's comment). */
function newFiles(before, after) {
    return after.filter(f => !before.has(f));
}

;// CONCATENATED MODULE: ./src/conda/post/links.ts
/**
 * Links in the new files, as conda-build's post_build: a file with other hard links (st_nlink > 1) is
 * replaced by a copy ("hardlinks create invalid packages"); an absolute symlink into the prefix becomes
 * relative; a symlink that leaves the prefix (absolute elsewhere, or `..` past the root) is refused,
 * because no installer would link it (the suite's own archive reader refuses it too).
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
    return { copies, relinked };
}

// EXTERNAL MODULE: ./src/conda/env/noarch.ts
var noarch = __webpack_require__(70316);
;// CONCATENATED MODULE: ./src/conda/post/python.ts
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
        const dir = external_node_path_.posix.dirname(f);
        const stem = external_node_path_.posix.basename(f, '.py');
        return !have.has(`${dir}/__pycache__/${stem}.${tag}.pyc`);
    });
}
/** Compile `.py` files with the prefix's python; SOURCE_DATE_EPOCH makes it write hash-checked .pyc (reproducible). */
async function compilePyc(prefix, python, rels, env) {
    if (!rels.length || !external_node_fs_.existsSync(python))
        return;
    const r = await (0,exec/* run */.e)([python, '-Wi', '-m', 'compileall', '-q', ...rels], { cwd: prefix, env, silent: true });
    if (r.exitCode !== 0)
        throw new Error(`compiling .pyc files with ${python} failed (exit code ${r.exitCode}):\n${r.tail}`);
}
/** Write the entry point scripts into `<prefix>/bin` (not for noarch python); returns their paths. */
function writeEntryPoints(prefix, entryPoints, win) {
    const out = [];
    if (win && entryPoints.length)
        throw new Error("entry points on Windows need conda-build's cli-64.exe launchers, which this builder does not ship; use noarch: python");
    for (const text of entryPoints) {
        const ep = (0,noarch/* parseEntryPoint */.yx)(text);
        const rel = `bin/${ep.command}`;
        external_node_fs_.mkdirSync(external_node_path_.join(prefix, 'bin'), { recursive: true });
        external_node_fs_.writeFileSync(external_node_path_.join(prefix, rel), (0,noarch/* entryPointScript */.Cu)(ep, `${prefix}/bin/python`), { mode: 0o755 });
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

// EXTERNAL MODULE: ./src/elf/elf.ts + 2 modules
var elf = __webpack_require__(16902);
// EXTERNAL MODULE: ./src/elf/patchelf.ts
var elf_patchelf = __webpack_require__(33986);
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
async function relocateElf(prefix, rel, rpaths, patchelf = 'patchelf') {
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
        await (0,elf_patchelf/* applyEdits */.ct)(abs, edits, patchelf);
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









const process_strList = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const flag = (v, fallback) => v === undefined || v === null ? fallback : v === true || (typeof v === 'string' && /^(true|yes|1|on)$/i.test(v));
async function postProcess(o) {
    const log = o.log ?? (() => { });
    const warn = o.warn ?? (() => { });
    const win = o.subdir.startsWith('win-');
    const noarchPython = o.noarch === 'python';
    const b = o.build;
    const entryPoints = process_strList(b.entry_points);
    if (!noarchPython && entryPoints.length)
        log(`entry points: ${writeEntryPoints(o.prefix, entryPoints, win).join(', ')}`);
    let files = newFiles(o.before, listFiles(o.prefix));
    const always = process_strList(b.always_include_files);
    if (always.length)
        files = [...new Set([...files, ...[...o.before].filter(f => matchesAny(f, always))])].sort();
    for (const f of files.filter(f => isDropped(f, flag(b.preserve_egg_dir, false))))
        external_node_fs_.rmSync(external_node_path_.join(o.prefix, f), { force: true });
    files = files.filter(f => !isDropped(f, flag(b.preserve_egg_dir, false)));
    if (noarchPython || o.noarch === 'generic' ? false : !flag(b.skip_compile_pyc, false)) {
        const python = win ? external_node_path_.join(o.prefix, 'python.exe') : external_node_path_.join(o.prefix, 'bin', 'python');
        const missing = missingPyc(files, o.pythonVersion);
        if (missing.length && external_node_fs_.existsSync(python)) {
            await compilePyc(o.prefix, python, missing, o.env);
            files = newFiles(o.before, listFiles(o.prefix));
            log(`compiled ${missing.length} .pyc file(s)`);
        }
    }
    if (files.length === 0)
        warn('the build script installed nothing into $PREFIX: the package holds metadata only');
    if (!win) {
        const l = fixLinks(o.prefix, files);
        if (l.copies || l.relinked)
            log(`links: ${l.copies} hard link(s) copied, ${l.relinked} symlink(s) made relative`);
        for (const rel of files.filter(f => f.startsWith('bin/'))) {
            const abs = external_node_path_.join(o.prefix, rel);
            const st = external_node_fs_.lstatSync(abs);
            if (!st.isFile() || st.size === 0)
                continue;
            const fixed = fixPythonShebang(external_node_fs_.readFileSync(abs), o.prefix);
            if (fixed) {
                external_node_fs_.writeFileSync(abs, fixed);
                external_node_fs_.chmodSync(abs, 0o775);
            }
        }
    }
    const rpaths = [];
    const relocation = b.binary_relocation;
    if (o.subdir.startsWith('linux-') && relocation !== false && !(typeof relocation === 'string' && /^(false|no|0)$/i.test(relocation))) {
        const only = Array.isArray(relocation) ? process_strList(relocation) : undefined;
        const want = process_strList(b.rpaths);
        const rp = want.length ? want : ['lib'];
        for (const rel of files) {
            const abs = external_node_path_.join(o.prefix, rel);
            if (!external_node_fs_.lstatSync(abs).isFile() || (only && !matchesAny(rel, only)) || !looksElf(abs))
                continue;
            const r = await relocateElf(o.prefix, rel, rp);
            if (!r)
                continue;
            rpaths.push(r);
            if (r.dropped.length)
                warn(`${rel}: RPATH entries outside the prefix dropped: ${r.dropped.join(':')}`);
        }
        if (rpaths.length)
            log(`RPATHs: ${rpaths.map(r => `${r.rel} -> ${r.after}`).join(', ')}`);
    }
    else if (o.subdir.startsWith('osx-'))
        warn('Mach-O install names are not rewritten yet (install_name_tool); binaries keep their load paths');
    const ignore = b.ignore_prefix_files;
    const hits = detectPrefixFiles(files, {
        prefix: o.prefix,
        win,
        hasPrefixFiles: process_strList(b.has_prefix_files),
        binaryHasPrefixFiles: process_strList(b.binary_has_prefix_files),
        ignorePrefixFiles: ignore === true || (typeof ignore === 'string' && /^(true|yes)$/i.test(ignore)) ? true : process_strList(ignore),
        detectBinary: b.detect_binary_files_with_prefix === undefined ? undefined : flag(b.detect_binary_files_with_prefix, !win)
    });
    const sitePackages = win ? 'Lib/site-packages' : `lib/python${o.pythonVersion}/site-packages`;
    const target = (rel) => (noarchPython ? noarchPythonPath(rel, sitePackages) : rel);
    const payload = [];
    const seen = new Set();
    for (const rel of files) {
        const to = target(rel);
        if (to === null || seen.has(to) || (noarchPython && isBytecode(rel)))
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

;// CONCATENATED MODULE: ./src/conda/build/env-vars.ts
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
        return [external_node_path_.posix.join(prefix, 'bin')];
    const j = (...parts) => external_node_path_.win32.join(...parts);
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
    const p = win ? external_node_path_.win32 : external_node_path_.posix;
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

;// CONCATENATED MODULE: ./src/conda/build/script.ts
/**
 * Running the recipe's build script as conda-build does: `bash -e` (no profile, no rc files, stdin
 * /dev/null) in SRC_DIR with the computed environment. A fixed wrapper first sources the activation
 * scripts of the host prefix, then of the build prefix (so a compiler package's activate.d sets CC,
 * CFLAGS...: `conda activate host; conda activate --stack build`), then the script itself. No path or
 * recipe text is ever spliced into the wrapper: they reach it through the environment and argv.
 */




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
/** Which script builds the recipe: build/script (written to the work folder) or the recipe's build.sh. */
function chooseScript(recipeDir, workRoot, script, win) {
    const lines = typeof script === 'string' ? [script] : Array.isArray(script) ? script.filter((s) => typeof s === 'string') : [];
    if (lines.length) {
        const file = external_node_path_.join(workRoot, win ? 'conda_build_script.bat' : 'conda_build_script.sh');
        external_node_fs_.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
        return { file, origin: 'build/script' };
    }
    const name = win ? 'bld.bat' : 'build.sh';
    const file = external_node_path_.join(recipeDir, name);
    return external_node_fs_.existsSync(file) ? { file, origin: win ? 'bld.bat' : 'build.sh' } : undefined;
}
/** Run the script; throws BuildScriptError with the last lines of its output when it fails. */
async function runBuildScript(choice, env, opts) {
    let argv;
    if (choice.file.endsWith('.bat')) {
        argv = ['cmd', '/d', '/c', choice.file];
    }
    else {
        const wrapper = external_node_path_.join(opts.workRoot, 'conda_build.sh');
        external_node_fs_.writeFileSync(wrapper, WRAPPER, { mode: 0o700 });
        argv = ['bash', '--noprofile', '--norc', '-e', wrapper, choice.file];
    }
    let r;
    try {
        r = await (0,exec/* run */.e)(argv, { cwd: opts.cwd, env });
    }
    catch (e) {
        if (e instanceof errors/* CommandError */.Qd)
            throw new BuildScriptError(`cannot start ${argv[0]}: ${e.message}`, 127, '');
        throw e;
    }
    if (r.exitCode !== 0)
        throw new BuildScriptError(`${choice.origin} failed with exit code ${r.exitCode}; its last lines:\n${r.tail}`, r.exitCode, r.tail);
}

// EXTERNAL MODULE: ./src/conda/env/create.ts + 7 modules
var create = __webpack_require__(26460);
;// CONCATENATED MODULE: ./src/conda/test/run.ts
/**
 * The test phase, as conda-build's: a fresh test prefix solved from the new channel (the package
 * pinned to its exact version and build) plus `test/requires` (and python when there is a run_test.py
 * or imports); the package's info/test files copied into a test folder (run_test.*, test/files,
 * test/source_files); then `python -s run_test.py` and `bash -e run_test.sh` there, with the
 * environment of a test (CONDA_BUILD_STATE=TEST, PREFIX the test prefix, SRC_DIR the test folder).
 */







class PackageTestError extends Error {
    output;
    name = 'PackageTestError';
    constructor(message, output) {
        super(message);
        this.output = output;
    }
}
/** Run the package's tests (see the module's comment); throws PackageTestError with the output. */
async function testPackage(o) {
    const log = o.log ?? (() => { });
    external_node_fs_.rmSync(o.testDir, { recursive: true, force: true });
    const unpacked = `${o.testDir}.pkg`;
    external_node_fs_.rmSync(unpacked, { recursive: true, force: true });
    try {
        await (0,env_package/* extractPackage */.eP)(o.packageFile, unpacked);
        const testInfo = external_node_path_.join(unpacked, 'info', 'test');
        if (external_node_fs_.existsSync(testInfo))
            external_node_fs_.cpSync(testInfo, o.testDir, { recursive: true, verbatimSymlinks: true });
        else
            external_node_fs_.mkdirSync(o.testDir, { recursive: true });
    }
    finally {
        external_node_fs_.rmSync(unpacked, { recursive: true, force: true });
    }
    const has = (f) => external_node_fs_.existsSync(external_node_path_.join(o.testDir, f));
    const win = o.subdir.startsWith('win-');
    const scripts = ['run_test.py', win ? 'run_test.bat' : 'run_test.sh'].filter(has);
    const depsFile = external_node_path_.join(o.testDir, 'test_time_dependencies.json');
    const requires = has('test_time_dependencies.json') ? JSON.parse(external_node_fs_.readFileSync(depsFile, 'utf8')) : [];
    const needsPython = has('run_test.py') && !requires.some(r => /^python(\s|$|[<>=!])/.test(r));
    const specs = [`${o.name} ${o.version} ${o.build}`, ...requires, ...(needsPython ? ['python'] : [])];
    external_node_fs_.rmSync(o.testPrefix, { recursive: true, force: true });
    const created = await (0,create/* createEnvironment */.MO)({
        prefix: o.testPrefix,
        channels: o.channels,
        specs,
        subdir: o.subdir === 'noarch' ? undefined : o.subdir,
        cacheDir: o.cacheDir,
        log,
        command: `build-wheel conda build (test of ${o.name})`
    });
    const py = created.packages.find(p => p.name === 'python');
    const env = buildEnvironment({
        ...o.facts,
        prefix: o.testPrefix,
        srcDir: o.testDir,
        state: 'TEST',
        hasPython: Boolean(py),
        pythonVersion: py ? (/^\d+\.\d+/.exec(py.version)?.[0] ?? o.pythonVersion) : o.pythonVersion
    });
    const ran = [];
    for (const s of scripts) {
        let argv;
        if (s.endsWith('.py'))
            argv = [win ? external_node_path_.join(o.testPrefix, 'python.exe') : external_node_path_.join(o.testPrefix, 'bin', 'python'), '-s', s];
        else if (s.endsWith('.bat'))
            argv = ['cmd', '/d', '/c', s];
        else {
            const wrapper = external_node_path_.join(o.testDir, '.conda_test.sh');
            external_node_fs_.writeFileSync(wrapper, WRAPPER, { mode: 0o700 });
            argv = ['bash', '--noprofile', '--norc', '-e', wrapper, s];
        }
        log(`test: ${s}`);
        const r = await (0,exec/* run */.e)(argv, { cwd: o.testDir, env });
        if (r.exitCode !== 0)
            throw new PackageTestError(`the test ${s} of ${o.name}-${o.version}-${o.build} failed with exit code ${r.exitCode}; its last lines:\n${r.tail}`, r.tail);
        ran.push(s);
    }
    if (!ran.length)
        log(`${o.name} has no tests (no test/commands, imports or run_test.*)`);
    return { ran };
}

// EXTERNAL MODULE: ./src/conda/env/solve.ts
var solve = __webpack_require__(580);
;// CONCATENATED MODULE: ./src/conda/build/run-exports.ts
/**
 * run_exports, as conda-build applies them: each package of the host prefix adds its `weak` and
 * `strong` exports to the run requirements (`*_constrains` to run_constrained); each package of the
 * build prefix adds only its `strong` ones, unless there is no host section (then the build prefix
 * is the host prefix and counts as such). noarch packages take only the `noarch` exports.
 * `ignore_run_exports` drops exports by name, `ignore_run_exports_from` drops every export of a package.
 * An export for a package the recipe already names in `run` is left out (the recipe's spec wins).
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
/** `" ".join(spec.split())` */
const normalizeSpec = (s) => s.trim().split(/\s+/).join(' ');
function uniqueSorted(list) {
    return [...new Set(list.map(normalizeSpec).filter(Boolean))].sort();
}
/** index.json's depends and constrains. */
function runRequirements(r) {
    const named = new Set(r.run.map(solve/* specName */.hi));
    const ignore = new Set(r.ignore.map(s => s.toLowerCase()));
    const from = new Set(r.ignoreFrom.map(s => s.toLowerCase()));
    const depends = [...r.run];
    const constrains = [...r.runConstrained];
    const take = (pkgs, asHost) => {
        for (const p of pkgs) {
            if (!p.exports || from.has(p.name))
                continue;
            const e = p.exports;
            const run = r.noarch ? (asHost ? (e.noarch ?? []) : []) : [...(asHost ? (e.weak ?? []) : []), ...(e.strong ?? [])];
            const con = r.noarch ? [] : [...(asHost ? (e.weak_constrains ?? []) : []), ...(e.strong_constrains ?? [])];
            for (const s of run)
                if (!ignore.has((0,solve/* specName */.hi)(s)) && !named.has((0,solve/* specName */.hi)(s)))
                    depends.push(s);
            for (const s of con)
                if (!ignore.has((0,solve/* specName */.hi)(s)))
                    constrains.push(s);
        }
    };
    take(r.build, r.merged);
    if (!r.merged)
        take(r.host, true);
    return { depends: uniqueSorted(depends), constrains: uniqueSorted(constrains) };
}

;// CONCATENATED MODULE: ./src/conda/build/environments.ts
/**
 * The build and host prefixes of a build: requirements.build into the build prefix and
 * requirements.host into the padded host prefix, each solved by part 2's createEnvironment; without
 * a host section the build requirements go into the host prefix (conda-build's merged layout). Then
 * what the installed packages export (info/run_exports.json in the package cache) and which Python
 * the build sees.
 */





function exportsOf(pkgs, cacheDir) {
    return pkgs.map(p => {
        const stem = (0,env_package/* packageStem */.qL)(p.fn);
        const file = stem ? external_node_path_.join(cacheDir, 'pkgs', stem, 'info', 'run_exports.json') : '';
        const exports = file && external_node_fs_.existsSync(file) ? normalizeRunExports(JSON.parse(external_node_fs_.readFileSync(file, 'utf8'))) : undefined;
        return { name: p.name, exports };
    });
}
async function one(prefix, specs, r, what) {
    external_node_fs_.rmSync(prefix, { recursive: true, force: true });
    if (!specs.length) {
        external_node_fs_.mkdirSync(prefix, { recursive: true });
        return [];
    }
    r.log?.(`${what}: ${specs.join(', ')}`);
    const got = await (0,create/* createEnvironment */.MO)({
        prefix,
        channels: r.channels,
        specs,
        subdir: r.subdir,
        cacheDir: r.cacheDir,
        log: r.log,
        warn: r.warn,
        command: `build-wheel conda build (${what})`
    });
    return got.packages;
}
/** Create the prefixes of `dirs` (see the module's comment). */
async function createBuildEnvironments(dirs, r) {
    if (r.merged) {
        const pkgs = await one(dirs.hostPrefix, r.build, r, 'build and host prefix');
        const py = pkgs.find(p => p.name === 'python');
        return { build: exportsOf(pkgs, r.cacheDir), host: [], python: py && /^\d+\.\d+/.exec(py.version)?.[0], hasPython: Boolean(py) };
    }
    const build = await one(dirs.buildPrefix, r.build, r, 'build prefix');
    const host = await one(dirs.hostPrefix, r.host, r, 'host prefix');
    const py = host.find(p => p.name === 'python') ?? build.find(p => p.name === 'python');
    return { build: exportsOf(build, r.cacheDir), host: exportsOf(host, r.cacheDir), python: py && /^\d+\.\d+/.exec(py.version)?.[0], hasPython: Boolean(py) };
}

;// CONCATENATED MODULE: ./src/conda/build/prefixes.ts
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
    const root = external_node_path_.join(croot, `${name}_${stamp}`);
    // Windows keeps conda-build's short _h_env: binaries are not relocated there
    const hostPrefix = win ? external_node_path_.join(root, '_h_env') : padPrefix(external_node_path_.join(root, '_h_env'), PREFIX_LENGTH);
    const testPrefix = win ? external_node_path_.join(root, '_test_env') : padPrefix(external_node_path_.join(root, '_test_env'), PREFIX_LENGTH - 2);
    return {
        root,
        work: external_node_path_.join(root, 'work'),
        buildPrefix: merged ? hostPrefix : external_node_path_.join(root, '_build_env'),
        hostPrefix,
        testPrefix,
        testDir: external_node_path_.join(root, 'test_tmp'),
        stage: external_node_path_.join(root, 'stage')
    };
}

;// CONCATENATED MODULE: ./src/conda/build/build.ts
/**
 * `conda build` from end to end, once per rendered variant: prefixes (solved before any other work,
 * so an unsatisfiable recipe fails first) -> sources -> build script -> post-processing -> info/ ->
 * package (.conda or .tar.bz2) in `<output>/<subdir>/` -> channel index -> test in a fresh prefix (a
 * failure moves the package to `<output>/broken/`). Work folders are removed after a success unless
 * `keepWork`; after a failure they are kept for inspection and their place is logged.
 */





















class BuildFailure extends Error {
    workDir;
    name = 'BuildFailure';
    constructor(message, 
    /** The work folder kept for inspection, when there is one. */
    workDir) {
        super(message);
        this.workDir = workDir;
    }
}
const build_isDict = (v) => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
const build_section = (meta, k) => (build_isDict(meta[k]) ? meta[k] : {});
const build_strList = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : []);
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
function variantStrings(v) {
    const out = {};
    for (const [k, x] of Object.entries(v.variant))
        if (typeof x === 'string')
            out[k] = x;
    return out;
}
async function buildVariant(o, v, recipeDir, recipeFile) {
    const started = performance.now();
    const log = o.log ?? (() => { });
    const native = (0,platforms/* hostSubdir */.AQ)();
    if (v.subdir !== 'noarch' && v.subdir !== native)
        throw new BuildFailure(`${v.name} renders for ${v.subdir}, but this machine is ${native}: cross-building is not supported; build on a ${v.subdir} runner`);
    const reqs = build_section(v.meta, 'requirements');
    const build = build_section(v.meta, 'build');
    const merged = !('host' in reqs);
    const dirs = buildDirs(external_node_path_.resolve(o.croot), v.name, o.sourceDateEpoch, merged, native.startsWith('win-'));
    const stem = `${v.name}-${v.version}-${v.buildString}`;
    external_node_fs_.rmSync(dirs.root, { recursive: true, force: true });
    external_node_fs_.mkdirSync(dirs.root, { recursive: true });
    let ok = false;
    try {
        const envs = await (0,lib_log/* phase */.Oi)(`Environments of ${stem}`, () => createBuildEnvironments(dirs, {
            build: build_strList(reqs.build),
            host: build_strList(reqs.host),
            merged,
            channels: o.channels,
            subdir: native,
            cacheDir: o.cacheDir,
            log,
            warn: o.warn
        }));
        const fetched = await (0,lib_log/* phase */.Oi)(`Sources of ${stem}`, () => fetchSources(sourceSpecs(v.meta.source, recipeDir), { workDir: dirs.work, cacheDir: o.sourceCacheDir, log }));
        const pythonVersion = envs.python ?? (typeof v.variant.python === 'string' ? (/^\d+\.\d+/.exec(v.variant.python)?.[0] ?? platforms/* DEFAULT_PYTHON */.H1) : platforms/* DEFAULT_PYTHON */.H1);
        const facts = {
            subdir: v.subdir === 'noarch' ? native : v.subdir,
            buildSubdir: native,
            prefix: dirs.hostPrefix,
            buildPrefix: dirs.buildPrefix,
            srcDir: dirs.work,
            recipeDir,
            pkg: { name: v.name, version: v.version, buildNumber: v.buildNumber, buildString: v.buildString, hash: /h([0-9a-f]{7})/.exec(v.buildString)?.[1] ?? '' },
            pythonVersion,
            hasPython: envs.hasPython,
            sysPython: process.execPath,
            sysPrefix: external_node_path_.dirname(external_node_path_.dirname(process.execPath)),
            cpuCount: external_node_os_.availableParallelism(),
            sourceDateEpoch: o.sourceDateEpoch,
            variant: variantStrings(v),
            inherited: process.env,
            gitVars: fetched.gitVars,
            scriptEnv: build_strList(build.script_env),
            state: 'BUILD'
        };
        const env = buildEnvironment(facts);
        const before = new Set(listFiles(dirs.hostPrefix));
        await (0,lib_log/* phase */.Oi)(`Build script of ${stem}`, async () => {
            const script = chooseScript(recipeDir, dirs.root, build.script, native.startsWith('win-'));
            if (!script) {
                log('no build script (build.sh, bld.bat or build/script): nothing to run');
                return;
            }
            await runBuildScript(script, env, { cwd: dirs.work, workRoot: dirs.root });
        });
        const post = await (0,lib_log/* phase */.Oi)(`Post-processing ${stem}`, () => postProcess({
            prefix: dirs.hostPrefix,
            before,
            subdir: facts.subdir,
            build,
            noarch: typeof build.noarch === 'string' ? build.noarch : undefined,
            pythonVersion,
            env,
            log,
            warn: o.warn
        }));
        const file = await (0,lib_log/* phase */.Oi)(`Packaging ${stem}.${o.format}`, async () => {
            const { depends, constrains } = runRequirements({
                run: build_strList(reqs.run),
                runConstrained: build_strList(reqs.run_constrained),
                build: envs.build,
                host: envs.host,
                merged,
                noarch: typeof build.noarch === 'string',
                ignore: build_strList(build.ignore_run_exports),
                ignoreFrom: build_strList(build.ignore_run_exports_from)
            });
            external_node_fs_.rmSync(dirs.stage, { recursive: true, force: true });
            external_node_fs_.mkdirSync(dirs.stage, { recursive: true });
            const payload = stagePayload(dirs.stage, post.files);
            const info = writeInfo(dirs.stage, {
                variant: v,
                recipeDir,
                recipeFile,
                srcDir: dirs.work,
                depends,
                constrains,
                timestamp: Number(o.sourceDateEpoch) * 1000,
                files: post.files,
                prefixHits: post.prefixHits,
                entryPoints: post.entryPoints,
                runExports: normalizeRunExports(build.run_exports),
                channels: o.channels.map(c => (0,channel/* redactUrl */.BO)(c))
            });
            const level = o.level ?? LEVELS[o.format].default;
            const out = await writePackage(dirs.stage, payload, info, stem, external_node_path_.join(o.outputDir, v.subdir), {
                format: o.format,
                level,
                mtime: Number(o.sourceDateEpoch)
            });
            log(`wrote ${out} (${payload.length} file(s), depends: ${depends.join(', ') || 'nothing'})`);
            return out;
        });
        await (0,lib_log/* phase */.Oi)(`Indexing ${o.outputDir}`, () => indexChannel(o.outputDir, { log }));
        let tested = [];
        if (o.test) {
            tested = await (0,lib_log/* phase */.Oi)(`Testing ${stem}`, async () => {
                try {
                    const r = await testPackage({
                        packageFile: file,
                        name: v.name,
                        version: v.version,
                        build: v.buildString,
                        subdir: v.subdir,
                        channels: [external_node_path_.resolve(o.outputDir), ...o.channels],
                        testPrefix: dirs.testPrefix,
                        testDir: dirs.testDir,
                        cacheDir: o.cacheDir,
                        facts,
                        pythonVersion,
                        log
                    });
                    return r.ran;
                }
                catch (e) {
                    const broken = external_node_path_.join(o.outputDir, 'broken');
                    external_node_fs_.mkdirSync(broken, { recursive: true });
                    external_node_fs_.renameSync(file, external_node_path_.join(broken, external_node_path_.basename(file)));
                    await indexChannel(o.outputDir, { log });
                    throw new BuildFailure(`${e.message}\nthe package was moved to ${external_node_path_.join(broken, external_node_path_.basename(file))} and left out of the channel`);
                }
            });
        }
        const data = external_node_fs_.readFileSync(file);
        ok = true;
        return {
            path: file,
            fn: external_node_path_.basename(file),
            name: v.name,
            version: v.version,
            build: v.buildString,
            subdir: v.subdir,
            sha256: (0,key/* sha256Hex */.fg)(data),
            size: data.length,
            seconds: (performance.now() - started) / 1000,
            tested
        };
    }
    catch (e) {
        const msg = e.message;
        throw new BuildFailure(`${stem}: ${msg}\nthe work folders are kept for inspection: ${dirs.root}`, dirs.root);
    }
    finally {
        if (ok && !o.keepWork)
            external_node_fs_.rmSync(dirs.root, { recursive: true, force: true });
        else if (ok)
            log(`work folders kept: ${dirs.root}`);
    }
}
/** Build every variant of the recipe (see the module's comment). */
async function buildRecipe(o) {
    checkWritable(o.outputDir);
    const rendered = (0,render/* renderRecipe */.P)({ recipe: o.recipe, targetPlatform: o.targetPlatform, variants: o.variants, variantConfigFiles: o.variantConfigFiles });
    for (const w of rendered.warnings)
        o.warn?.(`${w.at ? `${w.at.file}:${w.at.line}: ` : ''}${w.message}`);
    const kept = rendered.variants.filter(v => !v.skip);
    const packages = [];
    for (const v of kept)
        packages.push(await buildVariant(o, v, rendered.recipeDir, rendered.recipeFile));
    return { packages, skipped: rendered.variants.length - kept.length };
}

// EXTERNAL MODULE: ./src/conda/args.ts
var conda_args = __webpack_require__(21126);
;// CONCATENATED MODULE: ./src/conda/build/command.ts
/**
 * `build-wheel conda build RECIPE [--channel C]... [--output-dir DIR] ...` and
 * `build-wheel conda index DIR`: the local commands over buildRecipe and indexChannel.
 */










const BUILD_USAGE = `usage: build-wheel conda build RECIPE [flags]

Build a conda package from a recipe folder (meta.yaml) as conda-build does: build and host prefixes,
sources, build.sh, post-processing, info/, a reproducible .conda or .tar.bz2 in OUTPUT/<subdir>/,
the channel index, and the recipe's tests in a fresh prefix.

flags:
  --channel C, -c C        a channel for the prefixes (name, URL or directory); repeatable
                           (default: conda-forge)
  --output-dir DIR         the channel written (default: conda-bld)
  --variant KEY=VALUE      a variant key (repeatable)
  --variant-config FILE    a conda_build_config.yaml-style file (repeatable)
  --target-platform SUBDIR the platform to build for (default: this machine's)
  --format F               conda or tar.bz2 (default: conda)
  --compression-level N    zstd 1-22 (default 19) or bzip2 1-9 (default 9)
  --no-test                build and index only
  --keep-work              keep the work folders after a success (a failure always keeps them)
  --croot DIR              where the work folders go (default: <tmp>/conda-bld-work)
  --cache-dir DIR          repodata, package and source caches (default: as conda create)
  -h, --help               show this help

SOURCE_DATE_EPOCH, when set, is the time stamped into the package; otherwise the recipe's last commit.
`;
const INDEX_USAGE = `usage: build-wheel conda index DIR

Make DIR a conda channel: <subdir>/repodata.json for every subdir holding packages (and noarch/),
channeldata.json at the root; only new or changed archives are read.
`;
const OPTIONS = {
    channel: { type: 'string', short: 'c', multiple: true },
    'output-dir': { type: 'string' },
    variant: { type: 'string', multiple: true },
    'variant-config': { type: 'string', multiple: true },
    'target-platform': { type: 'string' },
    format: { type: 'string' },
    'compression-level': { type: 'string' },
    'no-test': { type: 'boolean' },
    'keep-work': { type: 'boolean' },
    croot: { type: 'string' },
    'cache-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
async function buildCommand(args, out) {
    const parsed = (0,conda_args/* parseSubcommand */.n)(args, OPTIONS, BUILD_USAGE, out);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    const problems = [];
    if (positionals.length !== 1)
        problems.push(`give exactly one recipe folder (got ${positionals.length})`);
    const format = (values.format ?? 'conda');
    if (!PACKAGE_FORMATS.includes(format))
        problems.push(`--format must be one of ${PACKAGE_FORMATS.join(', ')}, not '${values.format}'`);
    let level;
    if (values['compression-level'] !== undefined) {
        level = Number(values['compression-level']);
        const lv = LEVELS[format] ?? LEVELS.conda;
        if (!Number.isInteger(level) || level < lv.min || level > lv.max)
            problems.push(`--compression-level for ${format} must be ${lv.min}..${lv.max}, not '${values['compression-level']}'`);
    }
    if (problems.length) {
        process.stderr.write(`error: ${problems.join('; ')}\n${BUILD_USAGE}`);
        return 2;
    }
    const recipe = external_node_path_.resolve(positionals[0]);
    const cacheDir = values['cache-dir'] ? external_node_path_.resolve(values['cache-dir']) : (0,command/* defaultCacheDir */.$)();
    const say = (l) => out(`${l}\n`);
    try {
        const epoch = await (0,lib_epoch/* sourceDateEpoch */.pA)(recipe);
        const r = await buildRecipe({
            recipe,
            outputDir: external_node_path_.resolve(values['output-dir'] ?? 'conda-bld'),
            channels: values.channel ?? [],
            variants: values.variant?.length ? (0,variants/* parseVariantInput */.Fh)(values.variant.join('\n'), '--variant') : undefined,
            variantConfigFiles: values['variant-config'] ?? [],
            targetPlatform: values['target-platform'],
            format,
            level,
            test: !values['no-test'],
            keepWork: Boolean(values['keep-work']),
            croot: external_node_path_.resolve(values.croot ?? external_node_path_.join(external_node_os_.tmpdir(), 'conda-bld-work')),
            cacheDir,
            sourceCacheDir: external_node_path_.join(cacheDir, 'src_cache'),
            sourceDateEpoch: epoch.value,
            log: say,
            warn: l => process.stderr.write(`warning: ${l}\n`)
        });
        for (const p of r.packages)
            say(`${p.path}  ${p.size} bytes  sha256 ${p.sha256}  ${p.tested.length ? `tested (${p.tested.join(', ')})` : 'not tested'}  ${p.seconds.toFixed(1)} s`);
        if (r.skipped)
            say(`${r.skipped} variant(s) skipped by build/skip`);
        return 0;
    }
    catch (e) {
        process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
        return 1;
    }
}
async function indexCommand(args, out) {
    if (args.includes('-h') || args.includes('--help')) {
        out(INDEX_USAGE);
        return 0;
    }
    if (args.length !== 1 || args[0].startsWith('-')) {
        process.stderr.write(`error: give exactly one channel folder\n${INDEX_USAGE}`);
        return 2;
    }
    try {
        await indexChannel(external_node_path_.resolve(args[0]), { log: l => out(`${l}\n`) });
        return 0;
    }
    catch (e) {
        process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
        return 1;
    }
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
 * number, else `git log -1 --format=%ct` in `dir`, else FALLBACK_EPOCH.
 */
async function sourceDateEpoch(dir, env = process.env) {
    const given = (env.SOURCE_DATE_EPOCH ?? '').trim();
    if (SECONDS.test(given))
        return { value: given, source: 'environment' };
    const ignored = given === '' ? {} : { ignored: given };
    const fromGit = await lastCommitTime(dir);
    if (fromGit !== undefined)
        return { value: fromGit, source: 'git', ...ignored };
    return { value: String(FALLBACK_EPOCH), source: 'fallback', ...ignored };
}
/** The committer time of HEAD in `dir`; undefined outside a work tree, without git, or before the first commit. */
async function lastCommitTime(dir) {
    try {
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(['git', '-C', dir, 'log', '-1', '--format=%ct'], { silent: true });
        const t = r.stdout.trim();
        return r.exitCode === 0 && SECONDS.test(t) ? t : undefined;
    }
    catch {
        return undefined; // git is not installed
    }
}
/** One line for the log: the value, and why. */
function describeEpoch(e) {
    const when = new Date(Number(e.value) * 1000).toISOString();
    const why = e.source === 'environment' ? 'set in the environment' : e.source === 'git' ? "the project's last commit" : 'not a git work tree: the zip epoch';
    const note = e.ignored !== undefined ? ` (SOURCE_DATE_EPOCH='${e.ignored}' in the environment is not a whole number of seconds; ignored)` : '';
    return `SOURCE_DATE_EPOCH=${e.value} (${when}, ${why})${note}`;
}


/***/ })

};
