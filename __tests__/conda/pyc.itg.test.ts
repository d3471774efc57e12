/**
 * Bytecode, with a real CPython: a noarch python package's .py files compiled when it is installed by
 * the environment's python (a file that does not compile is a warning, the others still get their
 * .pyc, each recorded as a pyc_file path); and the builder's post-processing honouring
 * build/skip_compile_pyc globs, a failing compile a warning.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { compileNoarchPyc, pycPath } from '../../src/conda/env/compile-pyc.js'
import type { PrefixPath } from '../../src/conda/env/link.js'
import { pythonFacts } from '../../src/conda/env/noarch.js'
import { listFiles } from '../../src/conda/post/files.js'
import { fnmatch } from '../../src/conda/post/glob.js'
import { postProcess } from '../../src/conda/post/process.js'
import { requireTool } from '../support/requirements.js'
import { tmp } from './helpers.js'

const py = requireTool('python3')

/** The real interpreter behind `python3` (not a shim) and its X.Y. */
function realPython(): { exe: string; xy: string } {
  const [exe, xy] = execFileSync('python3', ['-c', 'import sys; print(sys.executable); print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' })
    .trim()
    .split('\n')
  return { exe, xy }
}

/** A prefix whose bin/pythonX.Y is the real interpreter, with `files` written into it. */
function prefixWith(files: Record<string, string>): { prefix: string; xy: string } {
  const { exe, xy } = realPython()
  const prefix = tmp('conda-pyc-')
  fs.mkdirSync(path.join(prefix, 'bin'))
  fs.symlinkSync(exe, path.join(prefix, 'bin', `python${xy}`))
  fs.symlinkSync(exe, path.join(prefix, 'bin', 'python'))
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(prefix, rel)), { recursive: true })
    fs.writeFileSync(path.join(prefix, rel), text)
  }
  return { prefix, xy }
}

py.test('install: .pyc for the environment python, a broken file a warning, each pyc recorded', async () => {
  const { xy } = realPython()
  const sp = `lib/python${xy}/site-packages`
  const { prefix } = prefixWith({ [`${sp}/pkg/__init__.py`]: 'X = 1\n', [`${sp}/pkg/bad.py`]: 'def (:\n', 'share/not-python.py': 'x = 1\n' })
  const paths: PrefixPath[] = [`${sp}/pkg/__init__.py`, `${sp}/pkg/bad.py`, 'share/not-python.py'].map(p => ({ _path: p, path_type: 'hardlink' }))
  const warnings: string[] = []
  const pyc = await compileNoarchPyc(prefix, paths, pythonFacts(`${xy}.0`), { win: false, what: 'pkg', warn: w => warnings.push(w) })
  const good = pycPath(`${sp}/pkg/__init__.py`, xy)
  expect(good).toBe(`${sp}/pkg/__pycache__/__init__.cpython-${xy.replace('.', '')}.pyc`)
  expect(pyc).toEqual([{ _path: good, path_type: 'pyc_file' }])
  expect(fs.existsSync(path.join(prefix, good))).toBe(true)
  expect(fs.existsSync(path.join(prefix, pycPath(`${sp}/pkg/bad.py`, xy)))).toBe(false)
  // outside site-packages: not compiled
  expect(fs.existsSync(path.join(prefix, 'share', '__pycache__'))).toBe(false)
  expect(warnings).toEqual([
    expect.stringMatching(/^pkg: compiling \.pyc files with .* failed for some files \(exit code 1\); they are kept as \.py only:\n[\s\S]*bad\.py/)
  ])
})

py.test('install: no python in the environment: nothing compiled, a warning', async () => {
  const prefix = tmp('conda-pyc-nopy-')
  const warnings: string[] = []
  const paths: PrefixPath[] = [{ _path: 'lib/python3.12/site-packages/m.py', path_type: 'hardlink' }]
  expect(await compileNoarchPyc(prefix, paths, pythonFacts('3.12.1'), { win: false, what: 'm', warn: w => warnings.push(w) })).toEqual([])
  expect(warnings).toEqual(['m: no python in the environment to compile its .pyc files; they are left out'])
})

py.test('build: skip_compile_pyc globs leave files without .pyc; a file that does not compile is a warning', async () => {
  const { xy } = realPython()
  const sp = `lib/python${xy}/site-packages`
  const { prefix } = prefixWith({})
  const before = new Set(listFiles(prefix))
  for (const [rel, text] of Object.entries({ [`${sp}/a/keep.py`]: 'A = 1\n', [`${sp}/a/skipped.py`]: 'B = 2\n', [`${sp}/a/broken.py`]: 'def (:\n' })) {
    fs.mkdirSync(path.dirname(path.join(prefix, rel)), { recursive: true })
    fs.writeFileSync(path.join(prefix, rel), text)
  }
  const warnings: string[] = []
  const r = await postProcess({
    prefix,
    before,
    subdir: 'linux-64',
    build: { skip_compile_pyc: ['*/skipped.py'] },
    pythonVersion: xy,
    env: { SOURCE_DATE_EPOCH: '1700000000' },
    warn: w => warnings.push(w)
  })
  const rels = r.files.map(f => f.rel)
  const tag = `cpython-${xy.replace('.', '')}`
  expect(rels).toContain(`${sp}/a/__pycache__/keep.${tag}.pyc`)
  expect(rels).not.toContain(`${sp}/a/__pycache__/skipped.${tag}.pyc`)
  expect(rels).not.toContain(`${sp}/a/__pycache__/broken.${tag}.pyc`)
  expect(warnings.join('\n')).toMatch(/compiling \.pyc files with .* failed for some files[\s\S]*broken\.py/)
})

describe('fnmatch, as conda-build matches skip_compile_pyc', () => {
  test.each([
    ['lib/python3.12/site-packages/a/b.py', '*/b.py', true],
    ['lib/python3.12/site-packages/a/b.py', '*.py', true],
    ['lib/python3.12/site-packages/a/b.py', 'a/*.py', false],
    ['lib/python3.12/site-packages/a/b.py', '*/a/?.py', true],
    ['lib/python3.12/site-packages/a/b.py', '*/a/[abc].py', true],
    ['lib/python3.12/site-packages/a/b.py', '*/a/[!b].py', false],
    ['x.py', 'x.py', true],
    ['x.pyc', 'x.py', false]
  ])('%s ~ %s: %s', (rel, pattern, want) => expect(fnmatch(rel, pattern)).toBe(want))
})
