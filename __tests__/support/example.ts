/**
 * Fresh copies of the bundled example (its committed sources only), and a tiny project for failure
 * cases. Each lives in a temporary directory removed when the test file is done.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { tempDir } from './temp.js'

export const REPO = process.cwd() // jest runs from the repository root
export const EXAMPLE = path.join(REPO, 'examples', 'montage-mini')

/** Copy the example's source files (as git lists them: no build products) into a new directory. */
export function copyExample(dest?: string): string {
  const dir = dest ?? tempDir('bw-example-')
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '.'], { cwd: EXAMPLE })
    .toString()
    .split('\0')
    .filter(Boolean)
  for (const f of files) {
    const from = path.join(EXAMPLE, f)
    if (!fs.existsSync(from)) continue
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.copyFileSync(from, path.join(dir, f))
    fs.chmodSync(path.join(dir, f), fs.statSync(from).mode)
  }
  return dir
}

/**
 * pip on these machines cannot reach PyPI and retries it for ~20 s per build; a user's runner
 * reaches it. Tests pass this as an input, as a user with a private index would pass theirs.
 */
export const PIP_ARGS = '--retries 0'

/** A directory whose `make` answers --version (the key needs it) and fails loudly otherwise. */
export function makeThatMustNotRun(): { dir: string; marker: string } {
  const dir = tempDir('bw-nomake-')
  const marker = path.join(dir, 'make-was-run')
  const realMake = execFileSync('sh', ['-c', 'command -v make']).toString().trim()
  fs.writeFileSync(
    path.join(dir, 'make'),
    `#!/bin/sh\nif [ "$1" = "--version" ]; then exec ${realMake} --version; fi\necho "make must not run on a cache hit" >&2\ntouch ${marker}\nexit 99\n`,
    { mode: 0o755 }
  )
  return { dir, marker }
}

/**
 * A tiny C-extension project: a trivial Makefile and a package `tiny` whose setup.py refuses the
 * Python versions listed in `failOn` (to test one Python failing while the others succeed);
 * `closeRange` makes it call close_range, which needs GLIBC_2.34 (too new for manylinux2014).
 */
export function tinyProject(opts: { failOn?: string[]; closeRange?: boolean } = {}): string {
  const dir = tempDir('bw-tiny-')
  const files: Record<string, string> = {
    Makefile: 'all:\n\t@echo nothing to build\n',
    'pkg/pyproject.toml': '[build-system]\nrequires = ["setuptools>=61", "wheel"]\nbuild-backend = "setuptools.build_meta"\n',
    'pkg/setup.py': `import sys
from setuptools import setup, Extension
if "%d.%d" % sys.version_info[:2] in ${JSON.stringify(opts.failOn ?? [])}:
    sys.exit("tiny: this Python is not supported (on purpose, for the test)")
setup(name="tiny", version="0.1", packages=["tiny"], ext_modules=[Extension("tiny._c", ["tiny/_c.c"])])
`,
    'pkg/tiny/__init__.py': 'from ._c import answer\n',
    'pkg/tiny/_c.c': `${opts.closeRange ? '#define _GNU_SOURCE\n#include <unistd.h>\n' : ''}#include <Python.h>
static PyObject *answer(PyObject *self, PyObject *args) { ${opts.closeRange ? 'if (close_range(1000, 1001, 0) < -1) return NULL; ' : ''}return PyLong_FromLong(42); }
static PyMethodDef M[] = {{"answer", answer, METH_NOARGS, ""}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef D = {PyModuleDef_HEAD_INIT, "_c", NULL, -1, M};
PyMODINIT_FUNC PyInit__c(void) { return PyModule_Create(&D); }
`
  }
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.writeFileSync(path.join(dir, f), text)
  }
  return dir
}
