/**
 * Python rules of conda-build's post-processing: `.pyc` files compiled for new `.py` files that lack
 * one (not for noarch packages, which drop every `.pyc`); entry points written as `bin/` scripts (or,
 * for `noarch: python`, listed in info/link.json instead); and the noarch python layout: site-packages
 * stored as `site-packages/...`, other `bin/` files as `python-scripts/...`.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../../lib/exec.js'
import { entryPointScript, parseEntryPoint } from '../env/noarch.js'

/** Whether a path is compiled bytecode conda-build removes from noarch packages. */
export function isBytecode(rel: string): boolean {
  return rel.endsWith('.pyc') || rel.split('/').includes('__pycache__')
}

/** The source `.py` files in site-packages (or lib/pythonX.Y) that have no `.pyc` in __pycache__ yet. */
export function missingPyc(files: readonly string[], pyVer: string): string[] {
  const have = new Set(files)
  const tag = `cpython-${pyVer.replace('.', '')}`
  return files.filter(f => {
    if (!f.endsWith('.py') || !/^(lib\/python\d+\.\d+|Lib)\//.test(f)) return false
    const dir = path.posix.dirname(f)
    const stem = path.posix.basename(f, '.py')
    return !have.has(`${dir}/__pycache__/${stem}.${tag}.pyc`)
  })
}

/**
 * Compile `.py` files (relative to `prefix`) with `python`; SOURCE_DATE_EPOCH in `env` makes it write
 * hash-checked .pyc (reproducible). A file that does not compile is not an error, as in conda-build and
 * conda: returns the problem (the compiler's last lines) for a warning, or undefined when all compiled.
 */
export async function compilePyc(prefix: string, python: string, rels: readonly string[], env: Readonly<Record<string, string>>): Promise<string | undefined> {
  if (!rels.length || !fs.existsSync(python)) return undefined
  const r = await run([python, '-Wi', '-m', 'compileall', '-q', ...rels], { cwd: prefix, env, silent: true })
  return r.exitCode === 0
    ? undefined
    : `compiling .pyc files with ${python} failed for some files (exit code ${r.exitCode}); they are kept as .py only:\n${r.tail}`
}

/** Write the entry point scripts into `<prefix>/bin` (not for noarch python); returns their paths. */
export function writeEntryPoints(prefix: string, entryPoints: readonly string[], win: boolean): string[] {
  const out: string[] = []
  if (win && entryPoints.length)
    throw new Error("entry points on Windows need conda-build's cli-64.exe launchers, which this builder does not ship; use noarch: python")
  for (const text of entryPoints) {
    const ep = parseEntryPoint(text)
    const rel = `bin/${ep.command}`
    fs.mkdirSync(path.join(prefix, 'bin'), { recursive: true })
    fs.writeFileSync(path.join(prefix, rel), entryPointScript(ep, `${prefix}/bin/python`), { mode: 0o755 })
    out.push(rel)
  }
  return out
}

/** Where a prefix path goes in a noarch python package, or null when it is left out. */
export function noarchPythonPath(rel: string, sitePackages: string): string | null {
  if (isBytecode(rel)) return null
  if (rel.startsWith(`${sitePackages}/`)) return `site-packages/${rel.slice(sitePackages.length + 1)}`
  if (rel.startsWith('bin/')) return `python-scripts/${rel.slice(4)}`
  if (rel.startsWith('Scripts/')) return `python-scripts/${rel.slice(8)}`
  const win = /^Lib\/site-packages\//.exec(rel)
  if (win) return `site-packages/${rel.slice(win[0].length)}`
  return rel
}
