/**
 * Our workflow commands (src/lib/workflow-commands.ts) against @actions/core's, call for call: the
 * same lines on stdout and the same records in the runner's files (delimiters aside, which are
 * random in both), with and without the files, and with values that need escaping.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as ours from '../../src/lib/workflow-commands.js'
import { renderHtmlTable } from '../../src/lib/summary.js'
import { captureStdout } from '../support/in-process.js'
import { tempDir } from '../support/temp.js'

type Lib = typeof ours
const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV'] as const

/** A value with every character the runner's formats escape or split on. */
const AWKWARD = 'a%b\r\nc:d,e\n::warning::f'

/** One script of calls, run against either library. */
function script(lib: Lib): void {
  lib.info('plain line')
  lib.setOutput('out', 'one')
  lib.setOutput('multi', AWKWARD)
  lib.saveState('st', 'two')
  lib.exportVariable('BW_WC_TEST_VAR', 'three\nlines')
  lib.setSecret('s3cr3t%value')
  lib.warning(AWKWARD)
  lib.warning('at a file', { file: 'recipe/meta.yaml', startLine: 3 })
  lib.error('with all', { title: 'a, title: here', file: 'a b.c', startLine: 1, endLine: 2, startColumn: 3, endColumn: 4 })
  lib.error('zero line', { file: 'f', startLine: 0 })
  lib.startGroup(`group ${AWKWARD}`)
  lib.endGroup()
  lib.setFailed('failed: badly\nsecond')
}

interface Run {
  stdout: string
  files: Record<string, string>
  exitCode: typeof process.exitCode
}

async function run(lib: Lib, withFiles: boolean): Promise<Run> {
  const dir = tempDir('bw-wc-')
  const saved = { ...process.env }
  const exit = process.exitCode
  for (const f of FILES) {
    if (withFiles) {
      process.env[f] = path.join(dir, f)
      fs.writeFileSync(process.env[f], '')
    } else delete process.env[f]
  }
  try {
    const { stdout } = await captureStdout(async () => script(lib))
    const files = Object.fromEntries(FILES.filter(() => withFiles).map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]))
    return { stdout, files, exitCode: process.exitCode }
  } finally {
    process.exitCode = exit
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
  }
}

/** Delimiters are random per call: give each its order of appearance. */
function normalize(r: Run): Run {
  const files: Record<string, string> = {}
  for (const [k, v] of Object.entries(r.files)) {
    const seen = new Map<string, string>()
    files[k] = v.replace(/ghadelimiter_[0-9a-f-]{36}/g, d => seen.get(d) ?? (seen.set(d, `DELIMITER${seen.size}`), `DELIMITER${seen.size - 1}`))
  }
  return { ...r, files }
}

const core = (await import('@actions/core')) as unknown as Lib

test.each([
  ['with the runner files', true],
  ['without them (an old runner)', false]
])('the same stdout and files as @actions/core, %s', async (_, withFiles) => {
  const theirs = normalize(await run(core, withFiles))
  const mine = normalize(await run(ours, withFiles))
  expect(mine).toEqual(theirs)
  expect(mine.exitCode).toBe(1)
  expect(mine.stdout).toContain('::error title=a%2C title%3A here,file=a b.c,line=1,endLine=2,col=3,endColumn=4::with all')
  if (withFiles) expect(mine.files.GITHUB_OUTPUT).toContain(`multi<<DELIMITER1\n${AWKWARD}\nDELIMITER1\n`)
})

test('exportVariable sets the variable in this process too', () => {
  const dir = tempDir('bw-wc-')
  const saved = process.env.GITHUB_ENV
  process.env.GITHUB_ENV = path.join(dir, 'env')
  fs.writeFileSync(process.env.GITHUB_ENV, '')
  try {
    ours.exportVariable('BW_WC_EXPORTED', 'x y')
    expect(process.env.BW_WC_EXPORTED).toBe('x y')
  } finally {
    delete process.env.BW_WC_EXPORTED
    if (saved === undefined) delete process.env.GITHUB_ENV
    else process.env.GITHUB_ENV = saved
  }
})

test('a runner file that does not exist is an error naming it, nothing written elsewhere', async () => {
  const dir = tempDir('bw-wc-')
  const saved = process.env.GITHUB_OUTPUT
  process.env.GITHUB_OUTPUT = path.join(dir, 'gone', 'output')
  try {
    const { stdout } = await captureStdout(async () => expect(() => ours.setOutput('x', 'y')).toThrow(/GITHUB_OUTPUT file .*gone\/output does not exist/))
    expect(stdout).toBe('')
  } finally {
    if (saved === undefined) delete process.env.GITHUB_OUTPUT
    else process.env.GITHUB_OUTPUT = saved
  }
})

test('inputs: INPUT_<NAME> with spaces as underscores, upper case, trimmed; empty when unset', () => {
  process.env['INPUT_PYTHON_VERSIONS'] = '  3.11 3.12 \n'
  process.env['INPUT_CACHE-DIR'] = 'x'
  try {
    expect(ours.getInput('python versions')).toBe('3.11 3.12')
    expect(ours.getInput('cache-dir')).toBe('x')
    expect(ours.getInput('absent-input')).toBe('')
    expect(ours.getInput('python versions')).toBe(core.getInput('python versions'))
  } finally {
    delete process.env['INPUT_PYTHON_VERSIONS']
    delete process.env['INPUT_CACHE-DIR']
  }
})

test('the job summary table escapes what it shows', () => {
  const html = renderHtmlTable(
    'Wheels <x>',
    [{ artifact: 'a<b>.whl', size: 2048, sha256: 'f'.repeat(64), tag: 'manylinux_2_28_x86_64', seconds: 1.25 }],
    ['note & more', { text: 'failed', details: '<stderr>\n' }]
  )
  expect(html).toBe(
    '<h3>Wheels &lt;x&gt;</h3>\n' +
      '<table><tr><th>artifact</th><th>size</th><th>sha256</th><th>tag</th><th>seconds</th></tr>' +
      `<tr><td>a&lt;b&gt;.whl</td><td>2.0 KiB</td><td>${'f'.repeat(64)}</td><td>manylinux_2_28_x86_64</td><td>1.3</td></tr></table>\n` +
      'note &amp; more\n\nfailed\n\n<pre>&lt;stderr&gt;</pre>\n\n'
  )
})
