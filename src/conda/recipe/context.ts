/**
 * What a template sees: the selector names (linux, py, ...), the build variables conda-build exposes at
 * render time (PKG_NAME, PY_VER, PREFIX, SRC_DIR, PYTHON, GIT_*...: ./context-vars.ts), `environ`, `os`, the
 * variant's keys (over the variables, as in conda-build) and the functions.
 */
import type { PyValue } from './expr.js'
import { cdtPackage, pinCompatible, pinSubpackage, targetPackage, type PinFacts } from './context-functions.js'
import { loadFileData, loadFileRegex, loadSetupPyData, loadStrData, type FileFacts } from './context-files.js'
import type { PlatformFacts } from './namespace.js'
import type { Variant } from './platforms.js'
import { machineToolFunction } from '../toolchain-machine.js'
import { environFor, renderVariables, type RenderDirs } from './context-vars.js'

export interface PackageFacts {
  readonly name: string
  readonly version: string
  readonly number: string
  /** The build string and hash once known; placeholders on the first pass, as conda-build has. */
  readonly buildString?: string
  readonly hash?: string
}

export interface ContextInput {
  readonly platform: PlatformFacts
  readonly variant: Variant
  readonly selectors: ReadonlyMap<string, PyValue>
  readonly files: FileFacts
  readonly pkg: PackageFacts
  readonly pins: PinFacts
  /** What the previous pass found: build/host requirement names, a host section, build/script_env. */
  readonly found: { readonly deps: readonly string[]; readonly hasHost: boolean; readonly scriptEnv: readonly string[] }
  /** Where the build will happen (render-only: placeholders). */
  readonly dirs?: RenderDirs
  /** GIT_* / HG_* of the fetched source. */
  readonly sourceVars?: Readonly<Record<string, string>>
  /** Final pass: undefined names and missing files are errors. */
  readonly strict: boolean
}

export function buildVariables(input: ContextInput): Record<string, string> {
  return renderVariables({
    subdir: input.platform.subdir,
    buildSubdir: input.platform.buildSubdir,
    recipeDir: input.files.recipeDir,
    variant: input.variant,
    env: input.platform.env,
    dirs: input.dirs,
    pkg: input.pkg,
    deps: input.found.deps,
    hasHost: input.found.hasHost,
    scriptEnv: input.found.scriptEnv,
    sourceVars: input.sourceVars
  })
}

export function templateContext(input: ContextInput): Record<string, unknown> {
  const ctx: Record<string, unknown> = {}
  for (const [k, v] of input.selectors) ctx[k] = v
  const vars = buildVariables(input)
  Object.assign(ctx, vars)
  for (const [k, v] of Object.entries(input.variant)) ctx[k] = v
  const environ = environFor(vars, input.variant, input.platform.env)
  const { variant, platform, files, pins, strict } = input
  Object.assign(ctx, {
    environ,
    compiler: (lang: unknown) => targetPackage(String(lang), 'compiler', variant, platform.subdir),
    stdlib: (lang: unknown) => targetPackage(String(lang), 'stdlib', variant, platform.subdir),
    cdt: (name: unknown) => cdtPackage(String(name), variant, platform.subdir),
    ccache: () => 'ccache',
    pin_subpackage: (...a: unknown[]) => pinSubpackage(pins, a, strict),
    pin_compatible: (...a: unknown[]) => pinCompatible(pins, a, strict),
    load_file_regex: (...a: unknown[]) => loadFileRegex(files, a, strict),
    load_file_data: (...a: unknown[]) => loadFileData(files, a, strict),
    load_str_data: (...a: unknown[]) => loadStrData(a),
    load_setup_py_data: (...a: unknown[]) => loadSetupPyData(files, a),
    load_setuptools: (...a: unknown[]) => loadSetupPyData(files, a),
    resolved_packages: () => [],
    // the machine's gcc, g++, make and CPython, for the toolchain recipes (examples/conda-toolchain)
    machine_tool: machineToolFunction(platform.env),
    installed: {}
  })
  return ctx
}
