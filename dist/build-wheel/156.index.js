export const id = 156;
export const ids = [156];
export const modules = {

/***/ 69156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishWheels: () => (/* binding */ publishWheels)
});

// UNUSED EXPORTS: setMontageOutputs

// EXTERNAL MODULE: ./src/lib/workflow-commands.ts
var workflow_commands = __webpack_require__(46561);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/log.ts
var log = __webpack_require__(61025);
;// CONCATENATED MODULE: ./src/lib/summary.ts
/**
 * The table a run ends with: one row per artifact (a wheel or a conda package), the same for both
 * halves. In the job summary on a runner, as text in a terminal; the phases' timings after it.
 */


function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
const HEAD = ['artifact', 'size', 'sha256', 'tag', 'seconds'];
function cells(r) {
    return [r.artifact, formatSize(r.size), r.sha256.slice(0, 16), r.tag, r.seconds.toFixed(1)];
}
const noteText = (n) => (typeof n === 'string' ? n : n.text);
/** Plain-text table, columns padded; the notes after it, their details indented. */
function renderTextTable(title, rows, notes = []) {
    const table = [Array.from(HEAD), ...rows.map(cells)];
    const widths = HEAD.map((_, i) => Math.max(...table.map(r => r[i].length)));
    const line = (r) => r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const noteLines = notes.flatMap(n => typeof n === 'string'
        ? [n]
        : [
            n.text,
            ...n.details
                .trimEnd()
                .split('\n')
                .map(l => `    ${l}`)
        ]);
    return [title, line(table[0]), widths.map(w => '-'.repeat(w)).join('  '), ...table.slice(1).map(line), ...noteLines].join('\n');
}
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The table as HTML for the job summary: a heading, the table (full sha256), the notes. */
function renderHtmlTable(title, rows, notes = []) {
    const row = (tag, r) => `<tr>${r.map(c => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
    const body = rows.map(r => {
        const c = cells(r);
        c[2] = r.sha256;
        return row('td', c);
    });
    const noteHtml = notes.flatMap(n => [
        `${escapeHtml(noteText(n))}\n\n`,
        ...(typeof n === 'string' ? [] : [`<pre>${escapeHtml(n.details.trimEnd())}</pre>\n\n`])
    ]);
    return [`<h3>${escapeHtml(title)}</h3>\n`, `<table>${row('th', HEAD)}${body.join('')}</table>\n`, ...noteHtml].join('');
}
/** Append the table to the job summary (GITHUB_STEP_SUMMARY) when the runner gives us one. */
async function writeJobSummary(title, rows, notes = []) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    await external_node_fs_.promises.appendFile(file, renderHtmlTable(title, rows, notes), 'utf8');
}
/** The phases run so far with their durations, for the end of a local run ('' when none ran). */
function timingsText() {
    const t = phaseTimings();
    if (!t.length)
        return '';
    const lines = t.map(p => `  ${p.seconds.toFixed(1).padStart(7)} s  ${p.ok ? '' : 'FAILED '}${p.title}`);
    return `\nphases:\n${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/phases/plan.ts
var plan = __webpack_require__(98557);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/phases/report.ts
/** What a wheel step reports at its end: outputs, a summary table, and one failure naming the failed Pythons. */

function wheelRows(r) {
    return r.wheels.map(w => ({ artifact: external_node_path_.basename(w.wheel), size: w.size, sha256: w.sha256, tag: w.tag, seconds: w.seconds }));
}
function wheelNotes(r, montage) {
    const notes = [];
    if (montage)
        notes.push(cTreeNote(montage));
    for (const f of r.failures)
        notes.push(`FAILED ${f.identifier}: ${f.step}`);
    return notes;
}
function entrySize(m) {
    if (m.entryBytes === undefined || !m.rawBytes)
        return '';
    const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
    return `, entry ${mb(m.entryBytes)} for ${mb(m.rawBytes)} (${((m.entryBytes / m.rawBytes) * 100).toFixed(0)}%)`;
}
/** One line on the C tree: restored or built, saved or why not, the entry's size and ratio. */
function cTreeNote(m) {
    if (m.cacheHit)
        return `C tree: restored from the cache in ${m.seconds.toFixed(1)} s (make not run, ${m.files} files verified${entrySize(m)}), key ${m.cacheKey}`;
    const saved = m.saved ? `, saved to the cache${entrySize(m)}` : m.notSaved ? `, not saved: ${m.notSaved}` : '';
    return `C tree: built with make in ${m.seconds.toFixed(1)} s (${m.files} files${saved}), key ${m.cacheKey}`;
}
/** The wheels output: a JSON list a later step can read with fromJSON. */
function wheelsJson(r) {
    return JSON.stringify(r.wheels.map(w => ({
        path: w.wheel,
        python: w.python,
        identifier: w.identifier,
        tag: w.tag,
        size: w.size,
        sha256: w.sha256,
        repair: w.repair,
        tested: w.tested
    })));
}

// EXTERNAL MODULE: ./src/wheel/build.ts + 23 modules
var build = __webpack_require__(34560);
;// CONCATENATED MODULE: ./src/actions/outputs.ts
/**
 * The outputs of the building actions, declared once: the code sets them by these names, and
 * __tests__/metadata/declarations.test.ts checks each list against the action's action.yml.
 */
const outputs_MONTAGE_OUTPUTS = {
    cacheHit: 'cache-hit',
    cacheKey: 'cache-key',
    executables: 'executables',
    executablesTag: 'executables-tag',
    executablesSha256: 'executables-sha256',
    executablesArtifactId: 'executables-artifact-id'
};
const WHEEL_OUTPUTS = {
    wheels: 'wheels',
    matrix: 'matrix',
    wheelDir: 'wheel-dir',
    artifactId: 'artifact-id',
    plan: 'plan'
};
/** The conda-recipe action's. */
const CONDA_OUTPUTS = {
    rendered: 'rendered',
    packages: 'packages',
    channel: 'channel',
    artifactId: 'artifact-id',
    matrix: 'matrix',
    plan: 'plan'
};
/** The root action (the whole pipeline) sets both. */
const PIPELINE_OUTPUTS = { ...outputs_MONTAGE_OUTPUTS, ...WHEEL_OUTPUTS };

;// CONCATENATED MODULE: ./src/actions/build-outputs.ts
/** The outputs and job summary of the entries that build: the C tree's cache outputs, the wheels' outputs and table. */






function setMontageOutputs(m) {
    runner.setOutput(MONTAGE_OUTPUTS.cacheHit, String(m.cacheHit));
    runner.setOutput(MONTAGE_OUTPUTS.cacheKey, m.cacheKey);
    const x = m.executables;
    if (x) {
        runner.setOutput(MONTAGE_OUTPUTS.executables, x.file);
        runner.setOutput(MONTAGE_OUTPUTS.executablesTag, x.tag);
        runner.setOutput(MONTAGE_OUTPUTS.executablesSha256, x.sha256);
        if (x.artifactId !== undefined)
            runner.setOutput(MONTAGE_OUTPUTS.executablesArtifactId, String(x.artifactId));
    }
}
/** Outputs and the summary first, then the failure naming every Python that failed. */
async function publishWheels(r, montage) {
    workflow_commands/* setOutput */.uH(WHEEL_OUTPUTS.wheels, wheelsJson(r));
    workflow_commands/* setOutput */.uH(WHEEL_OUTPUTS.matrix, JSON.stringify(r.matrix));
    workflow_commands/* setOutput */.uH(WHEEL_OUTPUTS.wheelDir, r.outputDir);
    if (r.artifactId !== undefined)
        workflow_commands/* setOutput */.uH(WHEEL_OUTPUTS.artifactId, String(r.artifactId));
    if (r.plan)
        workflow_commands/* setOutput */.uH(WHEEL_OUTPUTS.plan, (0,plan/* planJson */.iY)(r.plan));
    const rows = wheelRows(r);
    const notes = wheelNotes(r, montage);
    workflow_commands/* info */.pq(renderTextTable('Wheels', rows, notes));
    await writeJobSummary('Wheels', rows, notes);
    if (r.failures.length)
        throw (0,build/* failureError */.Xv)(r.failures, r.pythons.length);
}


/***/ })

};
