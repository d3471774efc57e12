/**
 * What a template sees: the selector names (linux, py, ...), the build variables conda-build exposes at
 * render time (PKG_NAME, PY_VER, SHLIB_EXT, ...), `environ`, `os`, the variant's keys and the functions.
 */
import { PyDict, PyObject, type PyValue } from './expr.js'
import { cdtPackage, pinCompatible, pinSubpackage, targetPackage, type PinFacts } from './context-functions.js'
import { loadFileData, loadFileRegex, loadSetupPyData, loadStrData, type FileFacts } from './context-files.js'
import type { PlatformFacts } from './namespace.js'
import type { Variant } from './platforms.js'

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
  /** Final pass: undefined names and missing files are errors. */
  readonly strict: boolean
}

/** Selector values as template values: dicts and objects become plain objects. */
export function toTemplate(v: PyValue): unknown {
  if (v instanceof PyDict) return { ...v.entries }
  if (v instanceof PyObject) return Object.fromEntries(Object.entries(v.attrs).map(([k, x]) => [k, toTemplate(x)]))
  return v
}

const first = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined)

export function buildVariables(input: ContextInput): Record<string, string> {
  const { platform, variant, pkg } = input
  const py = (first(variant.python) ?? '3.12').split(' ')[0]
  const np = (first(variant.numpy) ?? '1.26').split('.').slice(0, 2)
  const os = platform.subdir.split('-')[0]
  const arch = platform.subdir.split('-')[1] ?? ''
  return {
    CONDA_BUILD: '1',
    CONDA_BUILD_STATE: 'RENDER',
    PYTHONNOUSERSITE: '1',
    ARCH: arch,
    SUBDIR: platform.subdir,
    build_platform: platform.buildSubdir,
    RECIPE_DIR: input.files.recipeDir,
    PY_VER: py.split('.').slice(0, 2).join('.'),
    CONDA_PY: py.split('.').slice(0, 2).join(''),
    PY3K: String(Number(parseInt(py, 10) >= 3)),
    NPY_VER: np.join('.'),
    CONDA_NPY: np.join(''),
    NPY_DISTUTILS_APPEND_FLAGS: '1',
    SHLIB_EXT: os === 'win' ? '.dll' : os === 'osx' ? '.dylib' : '.so',
    PKG_NAME: pkg.name,
    PKG_VERSION: pkg.version,
    PKG_BUILDNUM: pkg.number,
    PKG_BUILD_STRING: pkg.buildString ?? 'placeholder',
    PKG_HASH: pkg.hash ?? '1234567'
  }
}

export function templateContext(input: ContextInput): Record<string, unknown> {
  const ctx: Record<string, unknown> = {}
  for (const [k, v] of input.selectors) ctx[k] = toTemplate(v)
  const vars = buildVariables(input)
  Object.assign(ctx, vars)
  for (const [k, v] of Object.entries(input.variant)) ctx[k] = v
  const environ: Record<string, string> = {}
  for (const [k, v] of Object.entries(input.platform.env)) if (v !== undefined) environ[k] = v
  Object.assign(environ, vars)
  const { variant, platform, files, pins, strict } = input
  Object.assign(ctx, {
    environ,
    compiler: (lang: unknown) => targetPackage(String(lang), 'compiler', variant, platform.subdir),
    stdlib: (lang: unknown) => targetPackage(String(lang), 'stdlib', variant, platform.subdir),
    cdt: (name: unknown) => cdtPackage(String(name), variant, platform.subdir),
    ccache: () => 'ccache',
    pin_subpackage: (...a: unknown[]) => pinSubpackage(pins, a, strict),
    pin_compatible: (...a: unknown[]) => pinCompatible(pins, a),
    load_file_regex: (...a: unknown[]) => loadFileRegex(files, a, strict),
    load_file_data: (...a: unknown[]) => loadFileData(files, a, strict),
    load_str_data: (...a: unknown[]) => loadStrData(a),
    load_setup_py_data: (...a: unknown[]) => loadSetupPyData(files, a),
    load_setuptools: (...a: unknown[]) => loadSetupPyData(files, a),
    resolved_packages: () => [],
    installed: {}
  })
  return ctx
}
