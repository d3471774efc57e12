export const id = 506;
export const ids = [506];
export const modules = {

/***/ 25877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ composeKey),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/** Content-addressed cache keys: a hash of what determines the result, never a date or a run id. */


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
async function sha256File(file) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(file))
        h.update(chunk);
    return h.digest('hex');
}
/** Combine named parts into one key: `<prefix>-<64 hex>`; the parts are what the key depends on. */
function composeKey(prefix, parts) {
    const body = Object.keys(parts)
        .sort()
        .map(k => `${k}=${parts[k]}`)
        .join('\n');
    return `${prefix}-${sha256Hex(body)}`;
}


/***/ }),

/***/ 10766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run),
/* harmony export */   n: () => (/* binding */ runOrThrow)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97268);
/**
 * The one way the suite starts a process: an argv array (never a shell string), output streamed
 * as it comes, a failure carrying the command, the exit code and the last lines it printed.
 *
 * Started with node's spawn, argv as given: @actions/exec re-parses its first argument as a
 * command line, so an executable under a path with a space (a RUNNER_TEMP like "/home/me/my
 * runner/_temp") was split at the space ("Unable to locate executable file"). stdin is /dev/null
 * unless `input` is given: a command that reads stdin sees end-of-file instead of waiting forever.
 */




const TAIL_LINES = 25;
/** After the process exits, how long to wait for its output streams to close (a daemon it left may hold them). */
const DRAIN_MS = 10_000;
class Tail {
    lines = [];
    partial = '';
    push(chunk) {
        const parts = (this.partial + chunk.toString('utf8')).split('\n');
        this.partial = parts.pop() ?? '';
        this.lines.push(...parts);
        if (this.lines.length > TAIL_LINES * 4)
            this.lines = this.lines.slice(-TAIL_LINES);
    }
    text() {
        const all = this.partial ? [...this.lines, this.partial] : this.lines;
        return all.slice(-TAIL_LINES).join('\n').trimEnd();
    }
}
/** A process killed by a signal reports 128 + the signal's number, as a shell does. */
function exitCodeOf(code, signal) {
    if (code !== null)
        return code;
    return 128 + (signal ? (node_os__WEBPACK_IMPORTED_MODULE_2__.constants.signals[signal] ?? 0) : 0);
}
/** Run argv; resolves with the exit code whatever it is. Throws only when the program cannot start. */
async function run(argv, opts = {}) {
    if (argv.length === 0)
        throw new Error('run: empty argv');
    if (opts.cwd !== undefined && !node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(opts.cwd))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd(argv, 127, `the working directory ${opts.cwd} does not exist`, opts.hint);
    const out = [];
    const err = [];
    const tail = new Tail();
    if (!opts.silent)
        process.stdout.write(`[command]${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatArgv */ .gL)(argv)}\n`);
    let timedOut = false;
    let partial = '';
    const lines = (b) => {
        if (!opts.onLine)
            return;
        const parts = (partial + b.toString('utf8')).split(/\r?\n|\r/);
        partial = parts.pop() ?? '';
        for (const l of parts)
            if (l.trim())
                opts.onLine(l);
    };
    const exitCode = await new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(argv[0], argv.slice(1), {
            cwd: opts.cwd,
            // always explicit: the child gets this process's environment as the code sees it, plus opts.env
            env: { ...stringEnv(process.env), ...opts.env },
            stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe']
        });
        const stdout = child.stdout;
        const stderr = child.stderr;
        let settled = false;
        let exited;
        const timer = opts.timeoutSeconds === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, opts.timeoutSeconds * 1000);
        const finish = (code) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(code);
        };
        child.on('error', e => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            // the program is missing or not executable
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd(argv, 127, e.message, opts.hint));
        });
        stdout.on('data', (b) => {
            out.push(b);
            tail.push(b);
            lines(b);
            if (!opts.silent)
                process.stdout.write(b);
        });
        stderr.on('data', (b) => {
            err.push(b);
            tail.push(b);
            lines(b);
            if (!opts.silent)
                process.stderr.write(b);
        });
        child.on('exit', (code, signal) => {
            exited = exitCodeOf(code, signal);
            setTimeout(() => {
                stdout.destroy();
                stderr.destroy();
                finish(exited);
            }, DRAIN_MS).unref();
        });
        child.on('close', (code, signal) => finish(exited ?? exitCodeOf(code, signal)));
        if (opts.input && child.stdin) {
            child.stdin.on('error', () => { }); // a command that exits without reading its input
            child.stdin.end(opts.input);
        }
    });
    return {
        exitCode,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        tail: tail.text(),
        timedOut
    };
}
/** Run argv and throw a CommandError when it exits non-zero. */
async function runOrThrow(argv, opts = {}) {
    const r = await run(argv, opts);
    if (r.exitCode !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandError */ .Qd(argv, r.exitCode, r.tail, opts.hint);
    return r;
}
function stringEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}


/***/ })

};
