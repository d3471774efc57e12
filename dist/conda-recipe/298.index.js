export const id = 298;
export const ids = [298];
export const modules = {

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

/***/ 42298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ explodeDistinct),
/* harmony export */   Gd: () => (/* binding */ explode),
/* harmony export */   Ii: () => (/* binding */ parseVariantText),
/* harmony export */   Qj: () => (/* binding */ projection),
/* harmony export */   Xe: () => (/* binding */ varyingKeys),
/* harmony export */   gT: () => (/* binding */ combineLayers),
/* harmony export */   parseVariantInput: () => (/* binding */ parseVariantInput)
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


/***/ })

};
