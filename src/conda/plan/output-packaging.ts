/**
 * What goes into an output's package, as conda-build's build() and bundle_conda decide: the output's own
 * `script:` file is run (or its build/script lines, unless it is the top level's own script), then the
 * package holds the files that script added; `files:` globs choose instead (a list: any file of the
 * prefix; `include`/`exclude`: only files the builds added); an output of the top level's name with
 * neither takes every file the top-level build added; anything else is an empty package.
 */
import type { Value } from '../recipe/yaml.js'
import { isDict, strList } from '../recipe/sections.js'
import type { OutputMeta } from './output-meta.js'

export type FileSelection =
  /** Every file the top-level build added to the host prefix. */
  | { readonly kind: 'top-level-new' }
  /** The files the output's script added. */
  | { readonly kind: 'script-new' }
  /** Files matching the globs: of the whole prefix, or (newOnly) of the files the builds added. */
  | { readonly kind: 'globs'; readonly include: readonly string[]; readonly exclude: readonly string[]; readonly newOnly: boolean }
  /** Nothing (a package of requirements only, plus always_include_files). */
  | { readonly kind: 'none' }

export interface OutputRun {
  /** A script file of the recipe folder, or lines to write into one. */
  readonly file?: string
  readonly lines?: readonly string[]
  /** script_interpreter; otherwise chosen by the file's extension. */
  readonly interpreter?: string
}

export interface Packaging {
  readonly run?: OutputRun
  readonly files: FileSelection
}

function selection(files: Value | undefined): FileSelection | undefined {
  if (isDict(files)) return { kind: 'globs', include: strList(files.include), exclude: strList(files.exclude), newOnly: true }
  const list = strList(files)
  return list.length ? { kind: 'globs', include: list, exclude: [], newOnly: false } : undefined
}

/** The packaging of output `m`; `topScript` is the top level's build/script (not re-run for its own output). */
export function packagingOf(m: OutputMeta, topScript: Value | undefined): Packaging {
  let run: OutputRun | undefined
  if (typeof m.script === 'string' && m.script) run = { file: m.script, interpreter: m.scriptInterpreter }
  else {
    const lines = strList(m.build.script)
    if (lines.length && (!m.topLevel || topScript === undefined || topScript === null)) run = { lines, interpreter: m.scriptInterpreter }
  }
  const chosen = selection(m.files)
  if (chosen) return { run, files: chosen }
  // conda-build gives an output of the top level's name without files or script the top-level build's new files
  if (m.topLevel && !m.script) return { run, files: { kind: 'top-level-new' } }
  return { run, files: run ? { kind: 'script-new' } : { kind: 'none' } }
}
