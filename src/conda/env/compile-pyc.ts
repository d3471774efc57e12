/**
 * A `noarch: python` package's `.pyc` files, compiled when it is installed, as conda does: its `.py`
 * files in site-packages compiled by the environment's own python (so the bytecode matches that
 * python), each `.pyc` recorded in conda-meta as a `pyc_file` path. A file that does not compile is a
 * warning, never a failed install; an environment without its python compiles nothing.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { compilePyc } from '../post/python.js'
import type { PrefixPath } from './link.js'
import type { PythonFacts } from './noarch.js'

/** Where python X.Y writes the bytecode of `rel` (a .py path): `<dir>/__pycache__/<stem>.cpython-XY.pyc`. */
export function pycPath(rel: string, pyVersion: string): string {
  const dir = path.posix.dirname(rel)
  const stem = path.posix.basename(rel, '.py')
  return `${dir === '.' ? '' : `${dir}/`}__pycache__/${stem}.cpython-${pyVersion.replace('.', '')}.pyc`
}

/** The .py files of a linked noarch python package that get bytecode: those in its site-packages. */
export function compilable(paths: readonly PrefixPath[], py: PythonFacts): string[] {
  return paths.filter(p => p.path_type === 'hardlink' && p._path.endsWith('.py') && p._path.startsWith(`${py.sitePackages}/`)).map(p => p._path)
}

/** Compile the package's .py files; returns the pyc paths to record (those the compiler wrote). */
export async function compileNoarchPyc(
  prefix: string,
  paths: readonly PrefixPath[],
  py: PythonFacts,
  opts: { win: boolean; what: string; warn?: (l: string) => void }
): Promise<PrefixPath[]> {
  const rels = compilable(paths, py)
  const python = opts.win ? path.join(prefix, 'python.exe') : path.join(prefix, 'bin', `python${py.version}`)
  const exe = fs.existsSync(python) ? python : path.join(prefix, 'bin', 'python')
  if (!rels.length) return []
  if (!fs.existsSync(exe)) {
    opts.warn?.(`${opts.what}: no python in the environment to compile its .pyc files; they are left out`)
    return []
  }
  const problem = await compilePyc(prefix, exe, rels, {})
  if (problem) opts.warn?.(`${opts.what}: ${problem}`)
  return rels
    .map(r => pycPath(r, py.version))
    .filter(p => fs.existsSync(path.join(prefix, p)))
    .map(p => ({ _path: p, path_type: 'pyc_file' as const }))
}
