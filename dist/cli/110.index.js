export const id = 110;
export const ids = [110];
export const modules = {

/***/ 21126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ parseSubcommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/** The conda subcommands' one way of reading their arguments: util.parseArgs, --help, usage on a mistake. */


/**
 * Parse `args` against `options` (which include `help`). Returns the parsed flags and positionals,
 * or the exit code when there is nothing more to do: 0 after printing the usage for --help, 2 after
 * an error that names the mistake, followed by the usage.
 */
function parseSubcommand(args, options, usage, out) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
    }
    catch (e) {
        process.stderr.write(`error: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}\n${usage}`);
        return 2;
    }
    if (parsed.values.help) {
        out(usage);
        return 0;
    }
    return parsed;
}


/***/ }),

/***/ 72110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  condaCommand: () => (/* binding */ condaCommand)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(61025);
// EXTERNAL MODULE: ./src/conda/recipe/location.ts
var recipe_location = __webpack_require__(68819);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/conda/recipe/output.ts
/** The rendered variants as `conda render` shows them: YAML documents, or one JSON array. */

function toJson(v) {
    return {
        name: v.name,
        version: v.version,
        build: v.buildString,
        build_number: v.buildNumber,
        subdir: v.subdir,
        variant: v.variant,
        hash_input: v.hashInput,
        meta: v.meta
    };
}
function renderedJson(variants) {
    return JSON.stringify(variants.map(toJson), null, 2);
}
function renderedYaml(variants) {
    return variants
        .map(v => {
        const keys = Object.entries(v.variant).map(([k, x]) => `${k}=${Array.isArray(x) ? x.join(',') : String(x)}`);
        const head = `# ${v.name}-${v.version}-${v.buildString} (${v.subdir})${keys.length ? `\n# variant: ${keys.join(' ')}` : ''}`;
        return `${head}\n${(0,dist/* stringify */.As)(v.meta, { lineWidth: 0 })}`;
    })
        .join('---\n');
}

// EXTERNAL MODULE: ./src/conda/recipe/render.ts + 13 modules
var render = __webpack_require__(59645);
// EXTERNAL MODULE: ./src/conda/recipe/variants.ts
var variants = __webpack_require__(42298);
// EXTERNAL MODULE: ./src/conda/args.ts
var conda_args = __webpack_require__(21126);
;// CONCATENATED MODULE: ./src/conda/cli.ts
/**
 * `build-wheel conda ...`: the conda commands of the local command.
 *   render <recipe-dir> [--json] [--variant KEY=VALUE]... [--variant-config FILE]... [--target-platform SUBDIR]
 *   create --prefix DIR [--channel C]... [--subdir S] [--offline] [--json] SPEC...   (src/conda/env/command.ts)
 *   build RECIPE [--channel C]... [--output-dir DIR] ...                            (src/conda/build/command.ts)
 *   index DIR                                                                       (src/conda/build/command.ts)
 */







const USAGE = `usage: build-wheel conda render <recipe-dir> [flags]
       build-wheel conda create --prefix DIR [--channel C]... SPEC...   (see build-wheel conda create --help)
       build-wheel conda build RECIPE [--channel C]... [--output-dir DIR]   (see build-wheel conda build --help)
       build-wheel conda index DIR

Render a conda recipe (meta.yaml) as conda-build does: Jinja2, line selectors, YAML, one result per variant.
Prints the final metadata of each variant as YAML documents.

flags:
  --json                    print one JSON array with one object per variant (name, version, build, subdir,
                            variant, hash_input, meta) instead of YAML
  --variant KEY=VALUE       set a variant key; repeat the flag for several values of a key
                            (--variant python=3.11 --variant python=3.12 gives two variants)
  --variant-config FILE     read variants from a conda_build_config.yaml-style file (repeatable; after the
                            recipe's own conda_build_config.yaml, later files win)
  --target-platform SUBDIR  the platform to render for (linux-64, linux-aarch64, osx-64, osx-arm64, win-64...);
                            default: this machine's
  -h, --help                show this help
`;
const OPTIONS = {
    json: { type: 'boolean' },
    variant: { type: 'string', multiple: true },
    'variant-config': { type: 'string', multiple: true },
    'target-platform': { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
/** Run `conda <args>`; writes results through `out`, problems to stderr (annotations on a runner). Returns the exit code. */
async function condaCommand(args, out) {
    const [sub, ...rest] = args;
    if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
        out(USAGE);
        return sub ? 0 : 2;
    }
    if (sub === 'create') {
        const { createCommand } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(345), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 24554));
        return createCommand(rest, out);
    }
    if (sub === 'build' || sub === 'index') {
        const { buildCommand, indexCommand } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(345), __webpack_require__.e(735), __webpack_require__.e(554), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 62342));
        return sub === 'build' ? buildCommand(rest, out) : indexCommand(rest, out);
    }
    if (sub !== 'render') {
        process.stderr.write(`error: unknown conda command '${sub}'; accepted: render, create, build, index\n${USAGE}`);
        return 2;
    }
    const parsed = (0,conda_args/* parseSubcommand */.n)(rest, OPTIONS, USAGE, out);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
        process.stderr.write(`error: give exactly one recipe directory (got ${positionals.length})\n${USAGE}`);
        return 2;
    }
    const bad = (values.variant ?? []).filter(v => !/^[A-Za-z_][\w.-]*=/.test(v));
    if (bad.length) {
        process.stderr.write(`error: --variant takes KEY=VALUE, not ${bad.map(b => `'${b}'`).join(', ')}\n`);
        return 2;
    }
    try {
        const result = (0,render/* renderRecipe */.P)({
            recipe: positionals[0],
            targetPlatform: values['target-platform'],
            variantConfigFiles: values['variant-config'] ?? [],
            variants: values.variant?.length ? (0,variants/* parseVariantInput */.Fh)(values.variant.join('\n'), '--variant') : undefined
        });
        for (const w of result.warnings)
            if ((0,log/* inActions */.j5)())
                (0,log/* warning */.$e)((0,recipe_location/* formatWarning */.W3)(w), w.at?.file, w.at?.line);
            else
                process.stderr.write(`warning: ${(0,recipe_location/* formatWarning */.W3)(w)}\n`);
        const kept = result.variants.filter(v => !v.skip);
        const skipped = result.variants.length - kept.length;
        if (skipped)
            process.stderr.write(`${skipped} variant(s) skipped by build/skip\n`);
        out(values.json ? `${renderedJson(kept)}\n` : renderedYaml(kept));
        return 0;
    }
    catch (e) {
        if (e instanceof recipe_location/* RecipeError */.tF && (0,log/* inActions */.j5)())
            (0,log/* error */.z3)(e.message, e.file, e.line);
        else
            process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 10482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KL: () => (/* reexport */ PyDict),
  By: () => (/* reexport */ PyObject),
  af: () => (/* reexport */ SelectorError),
  AS: () => (/* binding */ evalSelector)
});

// UNUSED EXPORTS: parseSelectorExpression

;// CONCATENATED MODULE: ./src/conda/recipe/expr-eval.ts
class PyDict {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
}
/** An object with named attributes (the `os` subset). */
class PyObject {
    attrs;
    constructor(attrs) {
        this.attrs = attrs;
    }
}
class SelectorError extends Error {
    name = 'SelectorError';
}
function truthy(v) {
    if (v === null || v === false || v === 0 || v === '')
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof PyDict)
        return Object.keys(v.entries).length > 0;
    return true;
}
function typeName(v) {
    if (v === null)
        return 'NoneType';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float';
    if (typeof v === 'string')
        return 'str';
    if (Array.isArray(v))
        return 'list';
    if (v instanceof PyDict)
        return 'dict';
    if (typeof v === 'function')
        return 'function';
    return 'object';
}
const num = (v) => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : undefined);
function pyEquals(a, b) {
    const x = num(a);
    const y = num(b);
    if (x !== undefined && y !== undefined)
        return x === y;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((v, i) => pyEquals(v, b[i]));
    return a === b;
}
function compare(a, b, op) {
    const x = num(a);
    const y = num(b);
    if (x !== undefined && y !== undefined)
        return x - y;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.min(a.length, b.length); i++)
            if (!pyEquals(a[i], b[i]))
                return compare(a[i], b[i], op);
        return a.length - b.length;
    }
    throw new SelectorError(`'${op}' not supported between '${typeName(a)}' and '${typeName(b)}'`);
}
function contains(container, item) {
    if (typeof container === 'string') {
        if (typeof item !== 'string')
            throw new SelectorError(`'in <string>' requires a string, not '${typeName(item)}'`);
        return container.includes(item);
    }
    if (Array.isArray(container))
        return container.some(v => pyEquals(v, item));
    if (container instanceof PyDict)
        return typeof item === 'string' && Object.hasOwn(container.entries, item);
    throw new SelectorError(`argument of type '${typeName(container)}' is not iterable`);
}
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
            return a === b;
        case 'is not':
            return a !== b;
        case '<':
            return compare(a, b, op) < 0;
        case '<=':
            return compare(a, b, op) <= 0;
        case '>':
            return compare(a, b, op) > 0;
        default:
            return compare(a, b, op) >= 0;
    }
}
function arith(op, a, b) {
    const x = num(a);
    const y = num(b);
    if (x !== undefined && y !== undefined) {
        if ((op === '/' || op === '//' || op === '%') && y === 0)
            throw new SelectorError('division by zero');
        if (op === '+')
            return x + y;
        if (op === '-')
            return x - y;
        if (op === '*')
            return x * y;
        if (op === '/')
            return x / y;
        if (op === '//')
            return Math.floor(x / y);
        if (op === '%')
            return x - y * Math.floor(x / y);
    }
    if (op === '+' && typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (op === '+' && Array.isArray(a) && Array.isArray(b))
        return [...a, ...b];
    throw new SelectorError(`unsupported operand types for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}
function pySplit(s, sep, max, fromRight) {
    const limit = typeof max === 'number' && max >= 0 ? max : Infinity;
    if (sep === null || sep === undefined) {
        const words = s.trim().split(/\s+/).filter(Boolean);
        if (limit >= words.length - 1)
            return words;
        return fromRight ? [words.slice(0, words.length - limit).join(' '), ...words.slice(-limit)] : [...words.slice(0, limit), words.slice(limit).join(' ')];
    }
    if (typeof sep !== 'string' || sep === '')
        throw new SelectorError('split: the separator must be a non-empty string');
    const parts = s.split(sep);
    if (limit >= parts.length - 1)
        return parts;
    return fromRight
        ? [parts.slice(0, parts.length - limit).join(sep), ...parts.slice(parts.length - limit)]
        : [...parts.slice(0, limit), parts.slice(limit).join(sep)];
}
function stringMethod(s, name) {
    const str = (v, what) => {
        if (typeof v !== 'string')
            throw new SelectorError(`${what} expects a string, not '${typeName(v)}'`);
        return v;
    };
    const prefixes = (v) => (Array.isArray(v) ? v.map(p => str(p, name)) : [str(v, name)]);
    const methods = {
        startswith: p => prefixes(p).some(x => s.startsWith(x)),
        endswith: p => prefixes(p).some(x => s.endsWith(x)),
        lower: () => s.toLowerCase(),
        upper: () => s.toUpperCase(),
        strip: c => (c == null ? s.trim() : s.replace(new RegExp(`^[${escapeClass(str(c, name))}]+|[${escapeClass(str(c, name))}]+$`, 'g'), '')),
        split: (sep, max) => pySplit(s, sep ?? null, max ?? -1, false),
        rsplit: (sep, max) => pySplit(s, sep ?? null, max ?? -1, true),
        replace: (a, b) => s.split(str(a, name)).join(str(b, name)),
        join: items => (Array.isArray(items) ? items.map(i => str(i, name)).join(s) : str(items, name).split('').join(s)),
        index: sub => {
            const i = s.indexOf(str(sub, name));
            if (i < 0)
                throw new SelectorError('substring not found');
            return i;
        }
    };
    return Object.hasOwn(methods, name) ? methods[name] : undefined;
}
function escapeClass(chars) {
    return chars.replace(/[\\\]^-]/g, '\\$&');
}
function attribute(obj, name) {
    if (typeof obj === 'string') {
        const m = stringMethod(obj, name);
        if (m)
            return m;
    }
    else if (obj instanceof PyDict) {
        const e = obj.entries;
        const dictMethods = {
            get: (k, d) => (typeof k === 'string' && Object.hasOwn(e, k) ? e[k] : (d ?? null)),
            keys: () => Object.keys(e),
            values: () => Object.values(e),
            items: () => Object.entries(e).map(([k, v]) => [k, v])
        };
        if (Object.hasOwn(dictMethods, name))
            return dictMethods[name];
    }
    else if (obj instanceof PyObject && Object.hasOwn(obj.attrs, name))
        return obj.attrs[name];
    throw new SelectorError(`attribute '${name}' of '${typeName(obj)}' is not allowed in a selector`);
}
function index(obj, i) {
    if ((typeof obj === 'string' || Array.isArray(obj)) && typeof i === 'number' && Number.isInteger(i)) {
        const j = i < 0 ? obj.length + i : i;
        if (j < 0 || j >= obj.length)
            throw new SelectorError('index out of range');
        return obj[j];
    }
    if (obj instanceof PyDict && typeof i === 'string' && Object.hasOwn(obj.entries, i))
        return obj.entries[i];
    throw new SelectorError(`cannot index '${typeName(obj)}' with ${JSON.stringify(i)}`);
}
const BUILTINS = {
    int: v => {
        if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v))
            return parseInt(v, 10);
        const n = num(v);
        if (n === undefined)
            throw new SelectorError(`invalid literal for int(): ${JSON.stringify(v)}`);
        return Math.trunc(n);
    },
    float: v => {
        const n = typeof v === 'string' ? Number(v.trim()) : num(v);
        if (n === undefined || Number.isNaN(n))
            throw new SelectorError(`could not convert to float: ${JSON.stringify(v)}`);
        return n;
    },
    len: v => {
        if (typeof v === 'string' || Array.isArray(v))
            return v.length;
        if (v instanceof PyDict)
            return Object.keys(v.entries).length;
        throw new SelectorError(`object of type '${typeName(v)}' has no len()`);
    },
    str: v => pyStr(v),
    list: v => (typeof v === 'string' ? v.split('') : Array.isArray(v) ? [...v] : v instanceof PyDict ? Object.keys(v.entries) : []),
    tuple: v => (typeof v === 'string' ? v.split('') : Array.isArray(v) ? [...v] : []),
    dict: () => new PyDict({})
};
function pyStr(v) {
    if (v === null)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : String(v).includes('.') ? String(v) : `${v}.0`;
    if (typeof v === 'string')
        return v;
    if (Array.isArray(v))
        return `[${v.map(x => (typeof x === 'string' ? `'${x}'` : pyStr(x))).join(', ')}]`;
    return typeName(v);
}
function evaluate(n, ns) {
    const ev = (m) => evaluate(m, ns);
    switch (n.t) {
        case 'lit':
            return n.v;
        case 'name':
            // an unknown name is False (conda-build substitutes False and evaluates again)
            return ns.has(n.n) ? ns.get(n.n) : Object.hasOwn(BUILTINS, n.n) ? BUILTINS[n.n] : false;
        case 'list':
            return n.items.map(ev);
        case 'not':
            return !truthy(ev(n.a));
        case 'neg': {
            const v = num(ev(n.a));
            if (v === undefined)
                throw new SelectorError('bad operand type for unary -');
            return -v;
        }
        case 'bool': {
            const a = ev(n.a);
            if (n.op === 'and')
                return truthy(a) ? ev(n.b) : a;
            return truthy(a) ? a : ev(n.b);
        }
        case 'cmp': {
            let left = ev(n.first);
            for (const [op, node] of n.rest) {
                const right = ev(node);
                if (!cmpOp(op, left, right))
                    return false;
                left = right;
            }
            return true;
        }
        case 'bin':
            return arith(n.op, ev(n.a), ev(n.b));
        case 'attr':
            return attribute(ev(n.a), n.n);
        case 'call': {
            const f = ev(n.f);
            if (typeof f !== 'function')
                throw new SelectorError(`'${typeName(f)}' object is not callable`);
            return f(...n.args.map(ev));
        }
        case 'index':
            return index(ev(n.a), ev(n.i));
    }
}

;// CONCATENATED MODULE: ./src/conda/recipe/expr.ts
/**
 * A small evaluator for the Python expressions of line selectors (`# [linux and py>=311]`). No eval:
 * a tokenizer, a recursive-descent parser and an interpreter with Python's semantics for the subset
 * conda-build allows (boolean logic, comparisons, `in`, arithmetic, a few string and dict methods,
 * `int`/`float`/`len`/`str`). A name the namespace lacks is False, as in conda-build.
 */


const OPS = ['**', '==', '!=', '<=', '>=', '//', '<', '>', '+', '-', '*', '/', '%', '(', ')', '[', ']', ',', '.', ':'];
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const num = /^(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
        if (num) {
            out.push({ kind: 'num', text: num[0], value: Number(num[0]), pos: i });
            i += num[0].length;
            continue;
        }
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
        if (name) {
            out.push({ kind: 'name', text: name[0], pos: i });
            i += name[0].length;
            continue;
        }
        if (c === '"' || c === "'") {
            let j = i + 1;
            let s = '';
            while (j < src.length && src[j] !== c) {
                if (src[j] === '\\' && j + 1 < src.length) {
                    const e = src[j + 1];
                    s += e === 'n' ? '\n' : e === 't' ? '\t' : e;
                    j += 2;
                }
                else
                    s += src[j++];
            }
            if (j >= src.length)
                throw new SelectorError(`unterminated string at column ${i + 1}`);
            out.push({ kind: 'str', text: src.slice(i, j + 1), value: s, pos: i });
            i = j + 1;
            continue;
        }
        const op = OPS.find(o => src.startsWith(o, i));
        if (!op)
            throw new SelectorError(`unexpected character '${c}' at column ${i + 1}`);
        out.push({ kind: 'op', text: op, pos: i });
        i += op.length;
    }
    out.push({ kind: 'end', text: '', pos: src.length });
    return out;
}
class Parser {
    toks;
    i = 0;
    constructor(toks) {
        this.toks = toks;
    }
    peek() {
        return this.toks[this.i];
    }
    is(text) {
        const t = this.peek();
        return (t.kind === 'op' || t.kind === 'name') && t.text === text;
    }
    take(text) {
        if (!this.is(text))
            throw new SelectorError(`expected '${text}' at column ${this.peek().pos + 1}`);
        this.i++;
    }
    parse() {
        let n = this.or();
        if (this.is(',')) {
            // a bare tuple, as Python reads `a, b`
            const items = [n];
            while (this.is(',')) {
                this.i++;
                if (this.peek().kind === 'end')
                    break;
                items.push(this.or());
            }
            n = { t: 'list', items };
        }
        if (this.peek().kind !== 'end')
            throw new SelectorError(`unexpected '${this.peek().text}' at column ${this.peek().pos + 1}`);
        return n;
    }
    or() {
        let a = this.and();
        while (this.is('or')) {
            this.i++;
            a = { t: 'bool', op: 'or', a, b: this.and() };
        }
        return a;
    }
    and() {
        let a = this.not();
        while (this.is('and')) {
            this.i++;
            a = { t: 'bool', op: 'and', a, b: this.not() };
        }
        return a;
    }
    not() {
        if (this.is('not')) {
            this.i++;
            return { t: 'not', a: this.not() };
        }
        return this.cmp();
    }
    cmp() {
        const first = this.sum();
        const rest = [];
        for (;;) {
            let op;
            if (['==', '!=', '<', '<=', '>', '>=', 'in'].some(o => this.is(o)))
                op = this.toks[this.i++].text;
            else if (this.is('not') && this.toks[this.i + 1]?.text === 'in') {
                this.i += 2;
                op = 'not in';
            }
            else if (this.is('is')) {
                this.i++;
                op = 'is';
                if (this.is('not')) {
                    this.i++;
                    op = 'is not';
                }
            }
            if (!op)
                break;
            rest.push([op, this.sum()]);
        }
        return rest.length ? { t: 'cmp', first, rest } : first;
    }
    sum() {
        let a = this.product();
        while (this.is('+') || this.is('-')) {
            const op = this.toks[this.i++].text;
            a = { t: 'bin', op, a, b: this.product() };
        }
        return a;
    }
    product() {
        let a = this.unary();
        while (['*', '/', '//', '%'].some(o => this.is(o))) {
            const op = this.toks[this.i++].text;
            a = { t: 'bin', op, a, b: this.unary() };
        }
        return a;
    }
    unary() {
        if (this.is('-')) {
            this.i++;
            return { t: 'neg', a: this.unary() };
        }
        if (this.is('+')) {
            this.i++;
            return this.unary();
        }
        return this.postfix();
    }
    postfix() {
        let a = this.atom();
        for (;;) {
            if (this.is('.')) {
                this.i++;
                const t = this.peek();
                if (t.kind !== 'name')
                    throw new SelectorError(`expected a name after '.' at column ${t.pos + 1}`);
                this.i++;
                a = { t: 'attr', a, n: t.text };
            }
            else if (this.is('(')) {
                this.i++;
                a = { t: 'call', f: a, args: this.items(')') };
            }
            else if (this.is('[')) {
                this.i++;
                const i = this.or();
                this.take(']');
                a = { t: 'index', a, i };
            }
            else
                return a;
        }
    }
    items(close) {
        const items = [];
        while (!this.is(close)) {
            items.push(this.or());
            if (!this.is(','))
                break;
            this.i++;
        }
        this.take(close);
        return items;
    }
    atom() {
        const t = this.peek();
        this.i++;
        if (t.kind === 'num' || t.kind === 'str')
            return { t: 'lit', v: t.value ?? null };
        if (t.kind === 'name') {
            if (t.text === 'True')
                return { t: 'lit', v: true };
            if (t.text === 'False')
                return { t: 'lit', v: false };
            if (t.text === 'None')
                return { t: 'lit', v: null };
            return { t: 'name', n: t.text };
        }
        if (t.text === '(') {
            const items = this.items(')');
            return items.length === 1 ? items[0] : { t: 'list', items };
        }
        if (t.text === '[')
            return { t: 'list', items: this.items(']') };
        throw new SelectorError(t.kind === 'end' ? 'unexpected end of expression' : `unexpected '${t.text}' at column ${t.pos + 1}`);
    }
}
const parsed = new Map();
/** Parse once per distinct expression (recipes repeat the same selectors many times). */
function parseSelectorExpression(src) {
    let n = parsed.get(src);
    if (!n) {
        n = new Parser(tokenize(src)).parse();
        parsed.set(src, n);
    }
    return n;
}
/** Evaluate a selector expression against a namespace; the result as Python's bool() sees it. */
function evalSelector(src, ns) {
    return truthy(evaluate(parseSelectorExpression(src), ns));
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

/***/ 93622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ hostSubdir),
/* harmony export */   FO: () => (/* binding */ SPECIAL_KEYS),
/* harmony export */   H1: () => (/* binding */ DEFAULT_PYTHON),
/* harmony export */   Z4: () => (/* binding */ KNOWN_SUBDIRS),
/* harmony export */   d5: () => (/* binding */ nativeCompiler),
/* harmony export */   gH: () => (/* binding */ SUBDIR),
/* harmony export */   kq: () => (/* binding */ isListValue),
/* harmony export */   tp: () => (/* binding */ defaultVariant),
/* harmony export */   vW: () => (/* binding */ ARCH_SELECTOR)
/* harmony export */ });
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
const SUBDIR = /^[a-z0-9]+-[a-z0-9]+$/;
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

/***/ 59645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ renderRecipe)
});

// UNUSED EXPORTS: insertVariantVersions

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/conda/recipe/platforms.ts
var platforms = __webpack_require__(93622);
;// CONCATENATED MODULE: ./src/conda/recipe/used-vars.ts
/**
 * Which variant keys a recipe uses, by conda-build's text rules: a key is used when the template writes it
 * (`{{ key }}`, `{% if key %}`, `{% for x in key %}`, `{% set x = key %}`), lists it as a bare requirement,
 * tests it in a selector, calls compiler('c')/stdlib('c')/cdt(...) for `c_compiler`-style keys, or when the
 * build script reads `$key`/`${key}` (bld.bat: `%key%`). Keys only run requirements use do not count.
 */

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = '[A-Za-z0-9_]';
function patternsFor(key, selectorsOnly) {
    const k = esc(key);
    if (selectorsOnly)
        return { regex: new RegExp(`^[^#[]*?#?\\s\\[[^\\]]*?(?<!${WORD})${k}[=\\s<>!\\]]`), lineFilter: l => l.replace(/-/g, '_').includes(key) };
    const alts = [];
    let lineFilter = (l) => l.replace(/-/g, '_').includes(key);
    const target = /^(.*?)_(compiler|stdlib)(_version)?$/.exec(key);
    if (target) {
        alts.push(`\\{\\s*${target[2]}\\(['"]${esc(target[1])}['"][^{]*?\\}`);
        lineFilter = l => l.includes(key) || l.includes(target[1]);
    }
    else if (key.startsWith('cdt_')) {
        alts.push('\\{\\s*cdt\\(');
        lineFilter = l => l.includes(key) || l.includes('cdt(');
    }
    const req = key.split('_').map(esc).join('[-_]');
    alts.push(`\\{\\s*(?:pin_[a-z]+\\(\\s*?['"])?${k}(?:[^_0-9a-zA-Z].*?)?\\}\\}`, `^\\s+-\\s+${req}\\s*(?:\\s[[#]|$)`, `(?:^|[^{])\\{%\\s*(?:el)?if\\s*.*${k}\\s*(?:[^%]*?)?%\\}`, `(?:^|[^{])\\{%\\s*for\\s*.*\\s*in\\s*${k}(?!${WORD})(?:[^%]*?)?%\\}`, `(?:^|[^{])\\{%\\s*set\\s*.*\\s*=\\s*.*(?<!${WORD})${k}(?!${WORD})(?:[^%]*?)?%\\}`);
    return { regex: new RegExp(alts.join('|')), lineFilter };
}
const textCache = new Map();
/** Keys of `keys` the recipe text uses (selectorsOnly: keys tested in selectors). */
function usedInText(keys, text, selectorsOnly = false) {
    const cacheKey = `${selectorsOnly ? 's' : 't'}\u0000${keys.join(',')}\u0000${text}`;
    const hit = textCache.get(cacheKey);
    if (hit)
        return new Set(hit);
    const lines = text.split(/\r?\n/);
    const used = new Set();
    for (const key of keys) {
        const { regex, lineFilter } = patternsFor(key, selectorsOnly);
        const candidates = lines.filter(lineFilter);
        if (!candidates.some(l => regex.test(l)))
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
    const m = /^requirements:[\s\S]*?(?=^\w|(?![\s\S])|^\s+-\s(?=name|type))/m.exec(text);
    return m ? m[0] : '';
}
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
    const keys = input.variantKeys.filter(k => !platforms/* SPECIAL_KEYS */.FO.includes(k));
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

;// CONCATENATED MODULE: ./src/conda/recipe/build-string.ts
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
const build_string_depName = (spec) => spec.trim().split(/[\s<>=!~]/)[0];
const listOf = (v) => (v === undefined ? [] : typeof v === 'string' ? [v] : (0,platforms/* isListValue */.kq)(v) ? v : []);
function numpyXX(rawText) {
    return /(numpy\s*x\.x)|pin_compatible\(['"]numpy.*max_pin=['"]x\.x['"]/.test(requirementsText(rawText));
}
/** The variant keys and values that make up the hash (info/hash_input.json). */
function hashContents(input) {
    const { variant, reqs } = input;
    const deps = [...trimBuildOnlyDeps(new Set(input.used), reqs, listOf(variant.ignore_build_only_deps))];
    const excludes = ['python', 'r_base', 'perl', 'lua', ...listOf(variant.ignore_version)];
    if (deps.includes('numpy')) {
        const text = requirementsText(input.rawText);
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
    return `h${(0,external_node_crypto_.createHash)('sha1').update(pythonJson(contents)).digest('hex')}`.slice(0, HASH_LENGTH + 1);
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
    const buildNames = deps.map(build_string_depName);
    const runNames = input.reqs.run.map(build_string_depName);
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

// EXTERNAL MODULE: ./src/conda/recipe/expr.ts + 1 modules
var expr = __webpack_require__(10482);
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

;// CONCATENATED MODULE: ./src/conda/recipe/context-functions.ts
/**
 * The functions recipes call in templates, with conda-build's results at render time:
 * compiler/stdlib/cdt from the variant, pin_subpackage/pin_compatible through pin expressions.
 * pin_compatible takes its version from lower_bound or the variant (conda-build takes it from the solved
 * host environment, which the variant pins in practice); without one it gives the bare name, as conda-build
 * does when it renders without solving.
 */


/** nunjucks passes keyword arguments as a last object marked `__keywords`. */
function callArgs(args, names, defaults = {}) {
    const last = args[args.length - 1];
    const kw = last && typeof last === 'object' && last.__keywords ? last : undefined;
    const positional = kw ? args.slice(0, -1) : args;
    const out = { ...defaults };
    names.forEach((n, i) => {
        if (i < positional.length && positional[i] !== undefined)
            out[n] = positional[i];
    });
    if (kw)
        for (const [k, v] of Object.entries(kw))
            if (k !== '__keywords')
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
    let prefix = component === 'compiler' ? (0,platforms/* nativeCompiler */.d5)(language, subdir, python.split('.').slice(0, 2).join('.')) : language;
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
    if (a.exact)
        return `${name} ${out.version} ${out.build ?? out.number}`;
    return `${name} ${applyPinExpressions(out.version, a.min_pin, a.max_pin)}`;
}
function pinCompatible(facts, args) {
    const a = callArgs(args, ['package_name', 'lower_bound', 'upper_bound', 'min_pin', 'max_pin', 'exact'], {
        min_pin: 'x.x.x.x.x.x',
        max_pin: 'x',
        exact: false
    });
    const name = String(a.package_name);
    const fromVariant = str(facts.variant[name]) ?? str(facts.variant[name.replace(/-/g, '_')]);
    const version = a.lower_bound ?? fromVariant?.split(' ')[0];
    if (!version)
        return name;
    if (a.exact)
        return `${name} ${version}`;
    if (a.upper_bound)
        return `${name} ${a.min_pin || a.lower_bound ? `>=${version},` : ''}<${String(a.upper_bound)}`;
    return `${name} ${applyPinExpressions(version, a.min_pin, a.max_pin)}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/conda/recipe/context-files.ts
/**
 * Template functions that read files: load_file_regex, load_file_data, load_str_data, load_setup_py_data.
 * Files are looked up in the source (work) directory, or the recipe directory with from_recipe_dir.
 * load_setup_py_data does not run setup.py: it reads pyproject.toml's [project], setup.cfg's [metadata]
 * and [options], and literal keyword arguments of setup(...), in that order of preference.
 */





/** A missing file: None/{} on the first pass, an error on the final one (as conda-build does). */
class MissingFileError extends Error {
}
function findFile(facts, name, fromRecipeDir) {
    const candidates = external_node_path_.isAbsolute(name)
        ? [name]
        : fromRecipeDir
            ? [external_node_path_.resolve(facts.recipeDir, name)]
            : facts.workDir
                ? [external_node_path_.join(facts.workDir, name)]
                : [];
    return candidates.find(p => external_node_fs_.existsSync(p) && external_node_fs_.statSync(p).isFile());
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
function loadFileRegex(facts, args, strict) {
    const a = callArgs(args, ['load_file', 'regex_pattern', 'from_recipe_dir'], { from_recipe_dir: false });
    const file = findFile(facts, String(a.load_file), Boolean(a.from_recipe_dir));
    if (!file) {
        if (strict)
            throw missing(facts, String(a.load_file), Boolean(a.from_recipe_dir));
        return null;
    }
    const m = pythonRegex(String(a.regex_pattern)).exec(external_node_fs_.readFileSync(file, 'utf8'));
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
    const a = callArgs(args, ['filename', 'fmt', 'from_recipe_dir'], { from_recipe_dir: false });
    const name = String(a.filename);
    const file = findFile(facts, name, Boolean(a.from_recipe_dir));
    if (!file) {
        if (strict)
            throw missing(facts, name, Boolean(a.from_recipe_dir));
        return {};
    }
    return parseData(external_node_fs_.readFileSync(file, 'utf8'), typeof a.fmt === 'string' ? a.fmt : external_node_path_.extname(name).slice(1));
}
function loadStrData(args) {
    const a = callArgs(args, ['string', 'fmt']);
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
function fromSetupCfg(text) {
    const out = {};
    let section = '';
    let key = '';
    for (const line of text.split(/\r?\n/)) {
        const sec = /^\[([^\]]+)\]/.exec(line);
        if (sec)
            section = sec[1].trim();
        else if (/^\s+\S/.test(line) && key && section === 'options')
            out[key].push(line.trim());
        else {
            const kv = /^([\w-]+)\s*[=:]\s*(.*)$/.exec(line);
            if (!kv)
                continue;
            key = kv[1].replace(/-/g, '_');
            if (section === 'metadata' && ['name', 'version', 'description', 'license', 'url'].includes(key))
                out[key] = kv[2].trim();
            else if (section === 'options' && ['install_requires', 'python_requires'].includes(key))
                out[key] = key === 'python_requires' ? kv[2].trim() : kv[2].trim() ? [kv[2].trim()] : [];
            else
                key = '';
        }
    }
    return out;
}
function fromSetupPy(text) {
    const out = {};
    for (const key of ['name', 'version', 'description', 'license', 'url', 'author', 'python_requires']) {
        const m = new RegExp(`\\b${key}\\s*=\\s*(['"])([^'"]*)\\1`).exec(text);
        if (m)
            out[key] = m[2];
    }
    const reqs = /\binstall_requires\s*=\s*\[([^\]]*)\]/.exec(text);
    if (reqs)
        out.install_requires = [...reqs[1].matchAll(/(['"])([^'"]+)\1/g)].map(m => m[2]);
    return out;
}
function loadSetupPyData(facts, args) {
    const a = callArgs(args, ['setup_file', 'from_recipe_dir', 'recipe_dir'], { setup_file: 'setup.py', from_recipe_dir: false });
    const setupFile = findFile(facts, String(a.setup_file), Boolean(a.from_recipe_dir));
    if (!setupFile)
        return {};
    const dir = external_node_path_.dirname(setupFile);
    const read = (name) => (external_node_fs_.existsSync(external_node_path_.join(dir, name)) ? external_node_fs_.readFileSync(external_node_path_.join(dir, name), 'utf8') : undefined);
    const py = fromSetupPy(external_node_fs_.readFileSync(setupFile, 'utf8'));
    const cfg = read('setup.cfg');
    const toml = read('pyproject.toml');
    return { ...py, ...(cfg ? fromSetupCfg(cfg) : {}), ...(toml ? fromPyproject(toml) : {}) };
}

;// CONCATENATED MODULE: ./src/conda/recipe/context.ts
/**
 * What a template sees: the selector names (linux, py, ...), the build variables conda-build exposes at
 * render time (PKG_NAME, PY_VER, SHLIB_EXT, ...), `environ`, `os`, the variant's keys and the functions.
 */



/** Selector values as template values: dicts and objects become plain objects. */
function toTemplate(v) {
    if (v instanceof expr/* PyDict */.KL)
        return { ...v.entries };
    if (v instanceof expr/* PyObject */.By)
        return Object.fromEntries(Object.entries(v.attrs).map(([k, x]) => [k, toTemplate(x)]));
    return v;
}
const first = (v) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);
function buildVariables(input) {
    const { platform, variant, pkg } = input;
    const py = (first(variant.python) ?? '3.12').split(' ')[0];
    const np = (first(variant.numpy) ?? '1.26').split('.').slice(0, 2);
    const os = platform.subdir.split('-')[0];
    const arch = platform.subdir.split('-')[1] ?? '';
    return {
        CONDA_BUILD: '1',
        CONDA_BUILD_STATE: 'RENDER',
        PYTHONNOUSERSITE: '1',
        ARCH: arch,
        SUBDIR: platform.subdir,
        build_platform: platform.buildSubdir,
        RECIPE_DIR: input.files.recipeDir,
        PY_VER: py.split('.').slice(0, 2).join('.'),
        CONDA_PY: py.split('.').slice(0, 2).join(''),
        PY3K: String(Number(parseInt(py, 10) >= 3)),
        NPY_VER: np.join('.'),
        CONDA_NPY: np.join(''),
        NPY_DISTUTILS_APPEND_FLAGS: '1',
        SHLIB_EXT: os === 'win' ? '.dll' : os === 'osx' ? '.dylib' : '.so',
        PKG_NAME: pkg.name,
        PKG_VERSION: pkg.version,
        PKG_BUILDNUM: pkg.number,
        PKG_BUILD_STRING: pkg.buildString ?? 'placeholder',
        PKG_HASH: pkg.hash ?? '1234567'
    };
}
function templateContext(input) {
    const ctx = {};
    for (const [k, v] of input.selectors)
        ctx[k] = toTemplate(v);
    const vars = buildVariables(input);
    Object.assign(ctx, vars);
    for (const [k, v] of Object.entries(input.variant))
        ctx[k] = v;
    const environ = {};
    for (const [k, v] of Object.entries(input.platform.env))
        if (v !== undefined)
            environ[k] = v;
    Object.assign(environ, vars);
    const { variant, platform, files, pins, strict } = input;
    Object.assign(ctx, {
        environ,
        compiler: (lang) => targetPackage(String(lang), 'compiler', variant, platform.subdir),
        stdlib: (lang) => targetPackage(String(lang), 'stdlib', variant, platform.subdir),
        cdt: (name) => cdtPackage(String(name), variant, platform.subdir),
        ccache: () => 'ccache',
        pin_subpackage: (...a) => pinSubpackage(pins, a, strict),
        pin_compatible: (...a) => pinCompatible(pins, a),
        load_file_regex: (...a) => loadFileRegex(files, a, strict),
        load_file_data: (...a) => loadFileData(files, a, strict),
        load_str_data: (...a) => loadStrData(a),
        load_setup_py_data: (...a) => loadSetupPyData(files, a),
        load_setuptools: (...a) => loadSetupPyData(files, a),
        resolved_packages: () => [],
        installed: {}
    });
    return ctx;
}

// EXTERNAL MODULE: ./node_modules/nunjucks/index.js
var nunjucks = __webpack_require__(18115);
var nunjucks_default = /*#__PURE__*/__webpack_require__.n(nunjucks);
;// CONCATENATED MODULE: ./src/conda/recipe/jinja-python.ts
/**
 * Python's string methods for templates: recipes written for Jinja2 call `version.split('.')`,
 * `name.replace('-', '_')` (every occurrence, unlike JavaScript's), `x.startswith('3')`, `s.lower()`.
 * nunjucks looks members up through `runtime.memberLookup`; strings get these methods there.
 */

function splitPy(s, sep, max, right = false) {
    const limit = typeof max === 'number' && max >= 0 ? max : Infinity;
    const parts = sep === undefined || sep === null ? s.trim().split(/\s+/).filter(Boolean) : s.split(String(sep));
    const glue = sep === undefined || sep === null ? ' ' : String(sep);
    if (limit >= parts.length - 1)
        return parts;
    return right
        ? [parts.slice(0, parts.length - limit).join(glue), ...parts.slice(parts.length - limit)]
        : [...parts.slice(0, limit), parts.slice(limit).join(glue)];
}
const stripChars = (s, chars, left, right) => {
    if (chars === undefined || chars === null)
        return left && right ? s.trim() : left ? s.trimStart() : s.trimEnd();
    const set = new Set(String(chars));
    let a = 0;
    let b = s.length;
    while (left && a < b && set.has(s[a]))
        a++;
    while (right && b > a && set.has(s[b - 1]))
        b--;
    return s.slice(a, b);
};
const anyOf = (p) => (Array.isArray(p) ? p.map(String) : [String(p)]);
const STRING_METHODS = {
    split: (s, sep, max) => splitPy(s, sep, max),
    rsplit: (s, sep, max) => splitPy(s, sep, max, true),
    replace: (s, a, b, count) => {
        if (typeof count === 'number' && count >= 0) {
            let out = s;
            let from = 0;
            for (let i = 0; i < count; i++) {
                const at = out.indexOf(String(a), from);
                if (at < 0)
                    break;
                out = out.slice(0, at) + String(b) + out.slice(at + String(a).length);
                from = at + String(b).length;
            }
            return out;
        }
        return s.split(String(a)).join(String(b));
    },
    startswith: (s, p) => anyOf(p).some(x => s.startsWith(x)),
    endswith: (s, p) => anyOf(p).some(x => s.endsWith(x)),
    lower: s => s.toLowerCase(),
    upper: s => s.toUpperCase(),
    strip: (s, c) => stripChars(s, c, true, true),
    lstrip: (s, c) => stripChars(s, c, true, false),
    rstrip: (s, c) => stripChars(s, c, false, true),
    join: (s, items) => (Array.isArray(items) ? items.map(String).join(s) : String(items).split('').join(s)),
    find: (s, sub) => s.indexOf(String(sub)),
    count: (s, sub) => (String(sub) === '' ? s.length + 1 : s.split(String(sub)).length - 1),
    isdigit: s => /^\d+$/.test(s),
    zfill: (s, n) => s.padStart(Number(n), '0'),
    format: (s, ...args) => {
        let i = 0;
        return s.replace(/\{(\d*)\}/g, (_, n) => String(args[n === '' ? i++ : Number(n)]));
    }
};
let installed = false;
/** Install once per process; chains to the lookup in place (nunjucks' own, or its Jinja compatibility one). */
function installPythonStrings() {
    if (installed)
        return;
    installed = true;
    const runtime = (nunjucks_default()).runtime;
    const previous = runtime.memberLookup;
    runtime.memberLookup = function (obj, key, autoescape) {
        if (typeof obj === 'string' && typeof key === 'string' && Object.hasOwn(STRING_METHODS, key)) {
            const m = STRING_METHODS[key];
            return (...args) => m(obj, ...args);
        }
        return previous.call(this, obj, key, autoescape);
    };
}

;// CONCATENATED MODULE: ./src/conda/recipe/jinja.ts
/**
 * The Jinja pass, with nunjucks as the engine (in its Jinja2 compatibility mode, plus the Python
 * string methods recipes call: `version.split('.')`, `name.replace('-', '_')`, `x.startswith(...)`).
 * Every template line that ends outside a tag gets an invisible marker, so each output line can be
 * traced to the template line that wrote it, even through loops and `{% set %}` lines.
 */


const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/g;
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
let env;
let strictEnv;
function environment(strict) {
    if (!env || !strictEnv) {
        nunjucks_default().installJinjaCompat();
        installPythonStrings();
        env = new (nunjucks_default()).Environment(null, { autoescape: false, throwOnUndefined: false });
        strictEnv = new (nunjucks_default()).Environment(null, { autoescape: false, throwOnUndefined: true });
        for (const e of [env, strictEnv]) {
            const add = e.addTest.bind(e);
            add('none', v => v === null);
            add('sameas', v => v === null);
            e.addFilter('tojson', v => JSON.stringify(v));
            e.addFilter('unique', (v) => [...new Set(v)]);
        }
    }
    return strict ? strictEnv : env;
}
/** Append a marker to each line that ends in plain text (not inside `{{ }}`, `{% %}` or `{# #}`). */
function markLines(template) {
    const lines = template.split('\n');
    let state = 'text';
    const out = [];
    lines.forEach((line, n) => {
        for (let i = 0; i < line.length; i++) {
            if (state === 'text') {
                if (line[i] === '{' && (line[i + 1] === '{' || line[i + 1] === '%' || line[i + 1] === '#')) {
                    state = line[i + 1] === '{' ? '}}' : line[i + 1] === '%' ? '%}' : '#}';
                    i++;
                }
            }
            else if (line.startsWith(state, i)) {
                state = 'text';
                i++;
            }
        }
        out.push(state === 'text' && n < lines.length - 1 ? `${line}${MARK_OPEN}${n}${MARK_CLOSE}` : line);
    });
    return out.join('\n');
}
const compiled = new Map();
function compile(marked, strict) {
    const key = `${strict ? 's' : 'l'}${marked}`;
    let t = compiled.get(key);
    if (!t) {
        try {
            t = nunjucks_default().compile(marked, environment(strict));
        }
        catch (e) {
            throw toJinjaError(e, marked);
        }
        if (compiled.size > 256)
            compiled.clear();
        compiled.set(key, t);
    }
    return t;
}
function toJinjaError(e, template) {
    const raw = e instanceof Error ? e.message : String(e);
    const where = /\[Line (\d+)(?:, Column (\d+))?\]/.exec(raw);
    let message = raw
        .replace(/^\(unknown path\)\s*(\[[^\]]*\])?\s*/, '')
        .replace(/^Error: /, '')
        .trim();
    const line0 = where ? Number(where[1]) - 1 : undefined;
    const column0 = where?.[2] ? Number(where[2]) - 1 : undefined;
    if (/attempted to output null or undefined value/.test(message) && line0 !== undefined) {
        const line = template.split('\n')[line0] ?? '';
        const at = line.lastIndexOf('{{', (column0 ?? 0) + 1);
        const end = line.indexOf('}}', at);
        const expr = at >= 0 && end > at ? line.slice(at + 2, end).trim() : '';
        message = expr ? `'${expr}' is undefined` : 'an undefined value is output';
    }
    return new JinjaError(message.replace(new RegExp(`${MARK_OPEN}\\d+${MARK_CLOSE}`, 'g'), ''), line0, column0);
}
/**
 * Render a template. `strict`: an undefined name written out is an error (conda-build's final pass);
 * otherwise it renders as nothing (its first pass, which only needs name and version).
 */
function renderJinja(template, context, strict) {
    const marked = markLines(template);
    let output;
    try {
        output = compile(marked, strict).render(context);
    }
    catch (e) {
        throw e instanceof JinjaError ? e : toJinjaError(e, marked);
    }
    const srcLines = template.split('\n');
    const text = [];
    const lines = [];
    const segments = [];
    output.split('\n').forEach((outLine, i) => {
        const segs = [];
        let plain = '';
        let last = 0;
        for (const m of outLine.matchAll(MARKER)) {
            plain += outLine.slice(last, m.index);
            segs.push({ start: plain.length, origin: Number(m[1]) });
            last = m.index + m[0].length;
        }
        plain += outLine.slice(last);
        text.push(plain);
        lines.push(segs.length ? segs[0].origin : (lines[i - 1] ?? 0));
        segments.push(segs);
    });
    const at = (l, c) => {
        const segs = segments[l] ?? [];
        const k = segs.findIndex(s => s.start >= c);
        const seg = segs[k >= 0 ? k : segs.length - 1];
        if (!seg)
            return { line0: lines[l] ?? 0, col0: c };
        const segStart = k > 0 ? segs[k - 1].start : k < 0 && segs.length > 1 ? segs[segs.length - 2].start : 0;
        const src = srcLines[seg.origin] ?? '';
        const out = text[l].slice(segStart, seg.start);
        let p = 0;
        while (p < src.length && p < out.length && src[p] === out[p])
            p++;
        const rel = c - segStart;
        // past the part that matches the template, point at the expression that wrote it
        const expr = src.indexOf('{{', p);
        return { line0: seg.origin, col0: rel <= p ? rel : expr >= 0 ? expr : p };
    };
    return { text: text.join('\n'), map: { lines, at } };
}

// EXTERNAL MODULE: ./src/conda/recipe/location.ts
var recipe_location = __webpack_require__(68819);
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
    return new expr/* PyDict */.KL(out);
}
/** The `os` subset selectors may use: environ, getenv, sep, pathsep. */
function osModule(environ, subdir) {
    const win = subdir.startsWith('win-');
    return new expr/* PyObject */.By({
        environ,
        getenv: (k, d) => (typeof k === 'string' && Object.hasOwn(environ.entries, k) ? environ.entries[k] : (d ?? null)),
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
    return new expr/* PyDict */.KL(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : String(x)])));
}

// EXTERNAL MODULE: ./src/conda/recipe/variants.ts
var recipe_variants = __webpack_require__(42298);
;// CONCATENATED MODULE: ./src/conda/recipe/recipe-dir.ts
/**
 * A recipe directory on disk: the meta file (meta.yaml, meta.yml, conda.yaml or conda.yml), the build
 * scripts, and the variant layers (defaults, the recipe's conda_build_config.yaml, extra files, explicit).
 */






const META_NAMES = ['meta.yaml', 'meta.yml', 'conda.yaml', 'conda.yml'];
function readRecipeDir(dirOrFile) {
    const abs = external_node_path_.resolve(dirOrFile);
    if (!external_node_fs_.existsSync(abs))
        throw new recipe_location/* RecipeError */.tF(`recipe '${dirOrFile}' does not exist; give the folder holding meta.yaml`);
    const isFile = external_node_fs_.statSync(abs).isFile();
    const dir = isFile ? external_node_path_.dirname(abs) : abs;
    const file = isFile ? abs : META_NAMES.map(n => external_node_path_.join(dir, n)).find(f => external_node_fs_.existsSync(f));
    if (!file)
        throw new recipe_location/* RecipeError */.tF(`no meta.yaml in ${dir}; accepted names: ${META_NAMES.join(', ')}`);
    const read = (name) => {
        const p = external_node_path_.join(dir, name);
        return external_node_fs_.existsSync(p) ? external_node_fs_.readFileSync(p, 'utf8') : undefined;
    };
    return { dir, file, text: external_node_fs_.readFileSync(file, 'utf8'), buildSh: read('build.sh'), bldBat: read('bld.bat') };
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
        layers.push({ source: f, spec: (0,recipe_variants/* parseVariantText */.Ii)(external_node_fs_.readFileSync(f, 'utf8'), f, ns) });
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
        target: S
    },
    requirements: { build: L, host: L, run: L, conflicts: L, run_constrained: L },
    app: { entry: S, icon: S, summary: S, type: S, cli_opts: 'any', own_environment: B },
    test: { requires: L, commands: L, files: L, imports: L, source_files: L, downstreams: L },
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
const isDict = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const shape = (v) => v === null ? 'nothing' : Array.isArray(v) ? 'a list' : isDict(v) ? 'a mapping' : typeof v === 'boolean' ? 'a boolean' : 'a string';
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
            return isDict(v);
        case 'list':
        case 'str|list':
            return typeof v === 'string' || (Array.isArray(v) && v.every(i => !Array.isArray(i)));
        case 'list|dict':
            return typeof v === 'string' || Array.isArray(v) || isDict(v);
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
    if (!isDict(body)) {
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
                if (typeof item !== 'string' && item !== null)
                    errors.push({ message: `each entry of '${name}/${key}' must be a string, not ${shape(item)}`, at: locate(`${path}/${key}/${i}`) });
            });
    }
}
function checkValues(meta, locate, errors, warnings) {
    const pkg = isDict(meta.package) ? meta.package : undefined;
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
    for (const field of ['package/version', 'build/string']) {
        const [s, k] = field.split('/');
        const v = isDict(meta[s]) ? meta[s][k] : undefined;
        if (typeof v !== 'string')
            continue;
        const bad = [...v].find(c => BAD_CHARS.has(c) || c === '-');
        if (bad)
            errors.push({ message: `bad character '${bad}' in ${field} '${v}'`, at: locate(field) });
    }
    const build = isDict(meta.build) ? meta.build : {};
    if (typeof build.noarch === 'string' && !NOARCH_TYPES.includes(build.noarch))
        errors.push({ message: `build/noarch must be one of ${NOARCH_TYPES.join(', ')}, not '${build.noarch}'`, at: locate('build/noarch') });
    const family = isDict(meta.about) ? meta.about.license_family : undefined;
    if (typeof family === 'string') {
        const norm = (s) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
        if (!LICENSE_FAMILIES.some(f => norm(f) === norm(family)))
            errors.push({ message: `about/license_family '${family}' is not one of ${LICENSE_FAMILIES.join(', ')}`, at: locate('about/license_family') });
    }
    const sources = Array.isArray(meta.source) ? meta.source : isDict(meta.source) ? [meta.source] : [];
    sources.forEach((src, i) => {
        if (!isDict(src))
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
    if (!isDict(meta))
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

// EXTERNAL MODULE: ./src/conda/recipe/selectors.ts
var selectors = __webpack_require__(73744);
;// CONCATENATED MODULE: ./src/conda/recipe/yaml.ts
/**
 * The YAML pass, read as conda-build reads meta.yaml: YAML 1.1 booleans and nulls, but every number
 * stays the string it was written as (`1.10` is "1.10", `0755` is "0755"), and dates stay strings.
 * Each value keeps its position so that schema errors can point at it.
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
function parseRecipeYaml(text) {
    const lc = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { version: '1.1', lineCounter: lc, uniqueKeys: true, prettyErrors: false });
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
    const walk = (node, path, keyAt) => {
        const n = node;
        const at = n && 'range' in n && n.range ? pos(n.range[0]) : (keyAt ?? { line0: 0, col0: 0 });
        positions.set(path, { ...at, keyLine0: keyAt?.line0 ?? at.line0, keyCol0: keyAt?.col0 ?? at.col0 });
        if (n === null || n === undefined)
            return null;
        if ((0,yaml_dist/* isScalar */.jn)(n)) {
            const v = n.value;
            if (v === null || v === undefined)
                return null;
            if (typeof v === 'boolean' || typeof v === 'string')
                return v;
            // numbers, dates, infinities: the text as written
            return n.source ?? String(v);
        }
        if ((0,yaml_dist/* isSeq */.oP)(n))
            return n.items.map((item, i) => walk(item, `${path}/${i}`));
        if ((0,yaml_dist/* isMap */.jh)(n)) {
            const out = {};
            for (const pair of n.items) {
                const k = pair.key;
                const key = (0,yaml_dist/* isScalar */.jn)(k) ? (typeof k.value === 'string' ? k.value : (k.source ?? String(k.value))) : String(k);
                const kAt = k && 'range' in k && k.range ? pos(k.range[0]) : at;
                out[key] = walk(pair.value, path ? `${path}/${key}` : key, kAt);
            }
            return out;
        }
        return String(n.toString());
    };
    return { value: walk(doc.contents, ''), positions };
}

;// CONCATENATED MODULE: ./src/conda/recipe/render.ts
/**
 * Rendering a recipe as conda-build does, once per variant: selectors on the template, Jinja (a lenient
 * pass for name and version, then a strict one), selectors again, YAML, schema; then the build string.
 * Variants that differ only in keys the recipe does not use collapse into one.
 */















const render_isDict = (v) => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
const strList = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : []);
function requirements(meta) {
    const r = render_isDict(meta.requirements) ? meta.requirements : {};
    return { build: strList(r.build), host: strList(r.host), run: strList(r.run), hasHost: 'host' in r };
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
function jinja(text, ctx, strict, file, maps) {
    try {
        return renderJinja(text, ctx, strict);
    }
    catch (e) {
        if (e instanceof JinjaError) {
            const where = e.line0 !== undefined ? at(file, maps, e.line0, e.column0 ?? 0) : undefined;
            throw new recipe_location/* RecipeError */.tF(`Jinja: ${e.message}`, where);
        }
        if (e instanceof MissingFileError || e instanceof PinError)
            throw new recipe_location/* RecipeError */.tF(e.message, { file, line: 1, column: 1 });
        throw e;
    }
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const firstValue = (v) => (typeof v === 'string' ? v : (0,platforms/* isListValue */.kq)(v) ? v[0] : undefined);
/**
 * insert_variant_versions: in build/host a bare `python` becomes `python 3.12.*` from the variant, and
 * `numpy x.x` becomes `numpy 1.26.*`.
 */
function insertVariantVersions(list, variant) {
    return list.map(req => {
        for (const [k, v] of Object.entries(variant)) {
            const value = firstValue(v);
            if (value && new RegExp(`^${escapeRe(k).replace(/_/g, '[-_]')}\\s*$`).test(req))
                return ensureValidSpec(`${req.trim()} ${value}`);
        }
        const xx = /^([0-9a-zA-Z.\-_]+)\s+x\.x/.exec(req);
        const pinned = xx ? firstValue(variant[xx[1]]) : undefined;
        return xx && pinned ? ensureValidSpec(`${xx[1]} ${pinned}`) : req;
    });
}
function finalize(meta, variant, buildString) {
    const out = { ...meta };
    if (render_isDict(out.requirements)) {
        const r = { ...out.requirements };
        for (const env of ['build', 'host'])
            if (Array.isArray(r[env]))
                r[env] = insertVariantVersions(strList(r[env]), variant);
        out.requirements = r;
    }
    const gitClean = (s) => {
        if (!render_isDict(s))
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
    const build = { ...(render_isDict(out.build) ? out.build : {}), string: buildString };
    // a validated whole number: written as one, not as the string YAML gave
    if (typeof build.number === 'string')
        build.number = Number(build.number);
    out.build = build;
    return out;
}
function renderVariant(recipe, facts, variant, workDir, warnings) {
    const file = recipe.file;
    const ns = selectorNamespace(facts, variant);
    const pre = render_select(recipe.text, ns, file, []);
    warnings.push(...pre.warnings);
    const files = { recipeDir: recipe.dir, workDir };
    const base = { platform: facts, variant, selectors: ns, files };
    const first = { name: '', version: '', number: '0' };
    const j1 = jinja(pre.text, templateContext({ ...base, pkg: first, pins: { outputs: new Map(), variant }, strict: false }), false, file, [pre.map]);
    let meta1 = {};
    try {
        const v = parseRecipeYaml((0,selectors/* selectLines */.aA)(j1.text, ns, file).text).value;
        if (render_isDict(v))
            meta1 = v;
    }
    catch {
        // the strict pass reports it with its position
    }
    const pkg1 = render_isDict(meta1.package) ? meta1.package : {};
    const build1 = render_isDict(meta1.build) ? meta1.build : {};
    const given = requirements(meta1);
    const reqs = { ...given, build: insertVariantVersions(given.build, variant), host: insertVariantVersions(given.host, variant) };
    const noarch = typeof build1.noarch === 'string' ? build1.noarch : undefined;
    const used = usedVariables({
        variantKeys: Object.keys(variant),
        rawText: recipe.text,
        selectedText: pre.text,
        reqs,
        ignoreBuildOnly: strList(variant.ignore_build_only_deps),
        buildSh: recipe.buildSh,
        bldBat: facts.subdir.startsWith('win-') ? recipe.bldBat : undefined,
        noarch: Boolean(noarch),
        forceUse: strList(build1.force_use_keys),
        forceIgnore: strList(build1.force_ignore_keys)
    });
    const hashInput = hashContents({ used, variant, reqs, rawText: recipe.text });
    const hash = variantHash(hashInput);
    const number = typeof build1.number === 'string' ? build1.number.trim() : '0';
    const manual = typeof build1.string === 'string' ? build1.string : '';
    const usesHash = /h\{\{\s*PKG_HASH\s*\}\}/.test(recipe.text);
    const buildString = manual
        ? usesHash
            ? manual.replace(/h[0-9a-f]{7}/g, hash)
            : manual
        : insertHash(baseBuildString({
            reqs,
            hasHost: reqs.hasHost,
            variant,
            number,
            features: strList(build1.features),
            noarch,
            noarchPython: build1.noarch_python === true,
            rawText: recipe.text
        }), hash);
    const name = typeof pkg1.name === 'string' ? pkg1.name : '';
    const version = typeof pkg1.version === 'string' ? pkg1.version : '';
    const pkg = { name, version, number, buildString, hash: hash.slice(1) };
    const pins = { outputs: new Map([[name, { version, build: buildString, number }]]), variant };
    const j2 = jinja(pre.text, templateContext({ ...base, pkg, pins, strict: true }), true, file, [pre.map]);
    const post = render_select(j2.text, ns, file, [pre.map, j2.map]);
    const maps = [pre.map, j2.map, post.map];
    let parsed;
    try {
        parsed = parseRecipeYaml(post.text);
    }
    catch (e) {
        if (e instanceof YamlError)
            throw new recipe_location/* RecipeError */.tF(`YAML: ${e.message}`, at(file, maps, e.line0, e.col0));
        throw e;
    }
    const locate = (p, key) => {
        const pos = parsed.positions.get(p) ?? parsed.positions.get(p.split('/').slice(0, -1).join('/')) ?? { line0: 0, col0: 0, keyLine0: 0, keyCol0: 0 };
        return key ? at(file, maps, pos.keyLine0, pos.keyCol0) : at(file, maps, pos.line0, pos.col0);
    };
    warnings.push(...checkSchema(parsed.value, locate));
    const meta = finalize(parsed.value, variant, buildString);
    const skipValue = render_isDict(meta.build) ? meta.build.skip : undefined;
    const skip = skipValue === true || (typeof skipValue === 'string' && /^(true|yes|1)$/i.test(skipValue));
    const usedVariant = {};
    for (const k of [...used].sort())
        if (variant[k] !== undefined)
            usedVariant[k] = variant[k];
    return {
        name: String(meta.package.name),
        version: String(meta.package.version ?? ''),
        buildString,
        buildNumber: parseInt(number, 10) || 0,
        subdir: noarch ? 'noarch' : facts.subdir,
        skip,
        variant: usedVariant,
        hashInput,
        meta
    };
}
function renderRecipe(opts) {
    const recipe = readRecipeDir(opts.recipe);
    const subdir = opts.targetPlatform || (0,platforms/* hostSubdir */.AQ)();
    if (!platforms/* SUBDIR */.gH.test(subdir))
        throw new recipe_location/* RecipeError */.tF(`target platform '${subdir}' is not a conda subdir; accepted: linux-64, linux-aarch64, osx-arm64, win-64, ...`);
    const facts = { subdir, buildSubdir: opts.buildPlatform || (0,platforms/* hostSubdir */.AQ)(), env: opts.env ?? process.env };
    const layers = variantLayers(recipe, facts, opts.variantConfigFiles ?? [], opts.variants);
    const variants = (0,recipe_variants/* explode */.Gd)((0,recipe_variants/* combineLayers */.gT)(layers));
    const warnings = [];
    const seen = new Map();
    for (const v of variants) {
        const r = renderVariant(recipe, facts, v, opts.workDir, warnings);
        const key = JSON.stringify([r.name, r.version, r.buildString, r.subdir, r.variant]);
        if (!seen.has(key))
            seen.set(key, r);
    }
    const unique = new Map();
    for (const w of warnings)
        unique.set(JSON.stringify(w), w);
    return { recipeFile: recipe.file, recipeDir: external_node_path_.dirname(recipe.file), variants: [...seen.values()], warnings: [...unique.values()] };
}


/***/ }),

/***/ 73744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pj: () => (/* binding */ InvalidSelector),
/* harmony export */   aA: () => (/* binding */ selectLines)
/* harmony export */ });
/* unused harmony export splitSelector */
/* harmony import */ var _expr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10482);
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

/***/ 42298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ parseVariantInput),
/* harmony export */   Gd: () => (/* binding */ explode),
/* harmony export */   Ii: () => (/* binding */ parseVariantText),
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { schema: 'failsafe' });
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
/** One variant per combination: zip groups advance together, other keys form the cartesian product. */
function explode(combined) {
    const { spec, filters } = combined;
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
    let variants = [{ ...fixed }];
    for (const axis of axes)
        variants = variants.flatMap(v => axis.rows.map(row => ({ ...v, ...Object.fromEntries(axis.keys.map((k, i) => [k, row[i]])) })));
    for (const [k, allowed] of filters) {
        const kept = variants.filter(v => allowed.includes(String(v[k])));
        if (kept.length)
            variants = kept;
    }
    return variants;
}


/***/ })

};
