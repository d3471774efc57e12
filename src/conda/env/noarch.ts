/**
 * `noarch: python` packages are stored Python-version-free: `site-packages/...` goes to the
 * environment's site-packages, `python-scripts/...` to `bin/`, and the entry points listed in
 * `info/link.json` become small scripts in `bin/` that run `<prefix>/bin/pythonX.Y`. Pure functions.
 */
import { MAX_SHEBANG } from './placeholder.js'

export interface PythonFacts {
  /** X.Y */
  readonly version: string
  /** Relative to the prefix, e.g. lib/python3.12/site-packages. */
  readonly sitePackages: string
}

/** Python facts from a python record's version (and its python_site_packages_path, when set). */
export function pythonFacts(version: string, sitePackagesPath?: unknown): PythonFacts {
  const m = /^(\d+)\.(\d+)/.exec(version)
  if (!m) throw new Error(`cannot tell the Python minor version from '${version}'`)
  const xy = `${m[1]}.${m[2]}`
  const sp = typeof sitePackagesPath === 'string' && sitePackagesPath ? sitePackagesPath : `lib/python${xy}/site-packages`
  return { version: xy, sitePackages: sp }
}

/** Where a noarch python package's path goes in the prefix. */
export function noarchTarget(rel: string, py: PythonFacts): string {
  if (rel.startsWith('site-packages/')) return `${py.sitePackages}/${rel.slice('site-packages/'.length)}`
  if (rel.startsWith('python-scripts/')) return `bin/${rel.slice('python-scripts/'.length)}`
  return rel
}

export interface EntryPoint {
  readonly command: string
  readonly module: string
  readonly func: string
}

/** A command name that is one plain file name in bin/: no path separator, no shell metacharacter, no leading dot or dash. */
const COMMAND_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/
/** A dotted Python name. */
const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/

/**
 * `name = package.module:function` (extras in brackets are ignored). A name that is not one plain
 * file name, or a target that is not a dotted Python name (path separators, shell metacharacters,
 * quotes, spaces) is refused: the name becomes a file in bin/ and the target a line of Python.
 * `where` names the source in errors (info/link.json, or the recipe's build/entry_points).
 */
export function parseEntryPoint(text: string, where = 'info/link.json'): EntryPoint {
  const m = /^\s*([^=]*?)\s*=\s*([^:]*?)\s*:\s*([^[]*?)\s*(\[[^\]]*\])?\s*$/.exec(text)
  if (!m) throw new Error(`${where}: cannot read the entry point '${text}' (expected 'name = module:function')`)
  const [, command, module, func] = m
  if (!COMMAND_NAME.test(command) || command.includes('..'))
    throw new Error(
      `${where}: refusing the entry point '${text}': its name '${command}' is not a plain command name ` +
        '(letters, digits, _ . + -, not starting with . or -; no path separators or shell metacharacters)'
    )
  for (const [what, v] of [
    ['module', module],
    ['function', func]
  ] as const)
    if (!DOTTED.test(v))
      throw new Error(
        `${where}: refusing the entry point '${text}': its ${what} '${v}' is not a dotted Python name (no path separators or shell metacharacters)`
      )
  return { command, module, func }
}

/**
 * The script for an entry point. A `#!` line the kernel cannot read whole (or with a space in the
 * interpreter's path) becomes a `/bin/sh` line that execs the interpreter.
 */
export function entryPointScript(ep: EntryPoint, python: string): string {
  const direct = `#!${python}`
  const shebang =
    Buffer.byteLength(direct) <= MAX_SHEBANG && !python.includes(' ') ? direct : `#!/bin/sh\n'''exec' "${python.replace(/(["\\$`])/g, '\\$1')}" "$0" "$@" #'''`
  const [top] = ep.func.split('.')
  return [
    shebang,
    '# -*- coding: utf-8 -*-',
    'import re',
    'import sys',
    '',
    `from ${ep.module} import ${top}`,
    '',
    "if __name__ == '__main__':",
    "    sys.argv[0] = re.sub(r'(-script\\.pyw?|\\.exe)?$', '', sys.argv[0])",
    `    sys.exit(${ep.func}())`,
    ''
  ].join('\n')
}
