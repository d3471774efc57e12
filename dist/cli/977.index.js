export const id = 977;
export const ids = [977];
export const modules = {

/***/ 37977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ condaBuildText),
/* harmony export */   condaRows: () => (/* binding */ condaRows)
/* harmony export */ });
/* unused harmony exports CONDA_TABLE_TITLE, TAIL_LINES, condaNotes */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11119);
/**
 * What a conda build reports at its end, as the wheel half does (src/phases/report.ts): one row per
 * package for the shared table (src/lib/summary.ts), a note per package with its tests, and for a
 * package that failed, the failure and its test's last lines. Pure functions.
 */


/** The title of the table, for the terminal and the job summary. */
const CONDA_TABLE_TITLE = 'Conda packages';
function condaRows(packages) {
    return packages.map(p => ({ artifact: node_path__WEBPACK_IMPORTED_MODULE_0__.basename(p.path), size: p.size, sha256: p.sha256, tag: p.subdir, seconds: p.seconds }));
}
/** Lines kept of a failed test's output in the summary. */
const TAIL_LINES = 20;
function lastLines(text, n) {
    const lines = text.trimEnd().split('\n');
    return lines.slice(-n).join('\n');
}
/** One note per package built (its tests), then the failed package, if any, with its test's last lines. */
function condaNotes(packages, failed) {
    const notes = packages.map(p => `${p.fn}: ${p.tested.length ? `tests passed (${p.tested.join(', ')})` : 'not tested'}`);
    if (!failed)
        return notes;
    if (failed.downstream) {
        const text = `FAILED ${failed.stem} (${failed.subdir}): the test of its downstream package ${failed.downstream} failed; ${failed.stem} stays in the output channel. The test's last lines:`;
        notes.push({ text, details: lastLines(failed.testOutput ?? '', TAIL_LINES) || '(no output)' });
    }
    else if (failed.broken && failed.testOutput !== undefined) {
        const text = `FAILED ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(failed.broken)} (${failed.subdir}): its test failed; the package was moved to ${failed.broken}. The test's last lines:`;
        notes.push({ text, details: lastLines(failed.testOutput, TAIL_LINES) || '(no output)' });
    }
    else if (failed.broken)
        notes.push(`FAILED ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(failed.broken)} (${failed.subdir}): its test failed; the package was moved to ${failed.broken}`);
    else
        notes.push(`FAILED ${failed.stem} (${failed.subdir}): not built`);
    return notes;
}
/** What `conda build` prints at its end: the table, skipped variants, the phases' timings. */
function condaBuildText(packages, o = {}) {
    const table = (0,_lib_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTextTable */ .K$)(CONDA_TABLE_TITLE, condaRows(packages), condaNotes(packages, o.failed));
    const skipped = o.skipped ? `\n${o.skipped} variant(s) skipped by build/skip` : '';
    return `\n${table}${skipped}\n${(0,_lib_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .timingsText */ .JD)()}`;
}


/***/ })

};
