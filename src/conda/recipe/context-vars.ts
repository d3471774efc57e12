/**
 * The variables conda-build puts in a template's context and in `environ` while it renders (its `get_dict`):
 * the build script's environment (src/conda/builder/env-vars.ts, one definition for both) computed for the
 * folders the build will use, with CONDA_BUILD_STATE=RENDER, plus the version variables of the other
 * languages (NPY_VER, PERL_VER...), the source's GIT_* / HG_* variables once it is fetched, and
 * build/script_env. `PYTHON` is there only when python is a build requirement (a host one when the recipe
 * has a host section), as in conda-build.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { buildEnvironment } from '../builder/env-vars.js'
import { buildDirs } from '../builder/prefixes.js'
import { DEFAULT_PYTHON, type Variant } from './platforms.js'

/** Where the build will happen: conda-build's croot and the stamp of the build folder (SOURCE_DATE_EPOCH). */
export interface RenderDirs {
  readonly croot: string
  readonly stamp: string
}

/** Without a build root (render-only), the paths are those of a build under `<tmp>/conda-bld` at stamp 0. */
export const RENDER_ONLY_DIRS: RenderDirs = { croot: path.join(os.tmpdir(), 'conda-bld'), stamp: '0' }

/** conda-build's defaults for the versions of the languages a variant does not name. */
const LANGUAGE_DEFAULTS = { numpy: '1.26', perl: '5.26.2', lua: '5', r_base: '3.5' } as const

export interface RenderVarsInput {
  readonly subdir: string
  readonly buildSubdir: string
  readonly recipeDir: string
  readonly variant: Variant
  /** The process environment the build inherits (PATH, HOME, script_env values...). */
  readonly env: Readonly<Record<string, string | undefined>>
  readonly dirs?: RenderDirs
  readonly pkg: { readonly name: string; readonly version: string; readonly number: string; readonly buildString?: string; readonly hash?: string }
  /** The names of the build requirements (the host ones when the recipe has a host section); empty on the first pass. */
  readonly deps: readonly string[]
  /** Whether the recipe has a host section (else build and host share one prefix). */
  readonly hasHost: boolean
  readonly scriptEnv: readonly string[]
  /** GIT_* / HG_* of the first source, once fetched. */
  readonly sourceVars?: Readonly<Record<string, string>>
}

const first = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined)
const majorMinor = (v: string): string => v.split(' ')[0].split('.').slice(0, 2).join('.')

/** The string-valued keys of a variant, as the build script gets them. */
function variantStrings(variant: Variant): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(variant)) {
    const s = first(v)
    if (s !== undefined) out[k] = s
  }
  return out
}

function languageVars(variant: Variant): Record<string, string> {
  const np = majorMinor(first(variant.numpy) ?? LANGUAGE_DEFAULTS.numpy)
  const perl = first(variant.perl) ?? LANGUAGE_DEFAULTS.perl
  const lua = first(variant.lua) ?? LANGUAGE_DEFAULTS.lua
  const r = first(variant.r_base) ?? LANGUAGE_DEFAULTS.r_base
  return {
    NPY_VER: np,
    CONDA_NPY: np.replace('.', ''),
    NPY_DISTUTILS_APPEND_FLAGS: '1',
    PERL_VER: perl,
    CONDA_PERL: perl,
    LUA_VER: lua,
    CONDA_LUA: lua,
    R_VER: r,
    CONDA_R: r
  }
}

/** Variables the build script gets but the render does not (conda-build sets them when it writes the script). */
const SCRIPT_ONLY = ['PIP_NO_BUILD_ISOLATION', 'PIP_NO_DEPENDENCIES', 'PIP_IGNORE_INSTALLED', 'PIP_NO_INDEX', 'SOURCE_DATE_EPOCH']

/** The render-time variables (see the module's comment); variant keys are not among them. */
export function renderVariables(i: RenderVarsInput): Record<string, string> {
  const win = i.subdir.startsWith('win-')
  const where = i.dirs ?? RENDER_ONLY_DIRS
  const dirs = buildDirs(path.resolve(where.croot), i.pkg.name || 'recipe', where.stamp, !i.hasHost, win)
  const python = first(i.variant.python) ?? DEFAULT_PYTHON
  const env = buildEnvironment({
    subdir: i.subdir,
    buildSubdir: i.buildSubdir,
    prefix: dirs.hostPrefix,
    buildPrefix: dirs.buildPrefix,
    srcDir: dirs.work,
    recipeDir: i.recipeDir,
    pkg: {
      name: i.pkg.name,
      version: i.pkg.version,
      buildNumber: Number(i.pkg.number) || 0,
      buildString: i.pkg.buildString ?? 'placeholder',
      hash: i.pkg.hash ?? '1234567'
    },
    pythonVersion: majorMinor(python),
    hasPython: i.deps.includes('python') || i.pkg.name === 'python',
    sysPython: process.execPath,
    sysPrefix: path.dirname(path.dirname(process.execPath)),
    cpuCount: os.availableParallelism(),
    sourceDateEpoch: where.stamp,
    variant: {},
    inherited: i.env,
    gitVars: i.sourceVars,
    scriptEnv: i.scriptEnv,
    state: 'BUILD'
  })
  for (const k of SCRIPT_ONLY) delete env[k]
  return { ...env, ...languageVars(i.variant), CONDA_BUILD_STATE: 'RENDER' }
}

/**
 * `environ` as a template sees it: the process environment, the render-time variables over it, and the
 * variant's keys whose upper-case name is not one of those variables (conda-build's get_environ).
 */
export function environFor(
  vars: Readonly<Record<string, string>>,
  variant: Variant,
  env: Readonly<Record<string, string | undefined>>
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v
  Object.assign(out, vars)
  for (const [k, v] of Object.entries(variantStrings(variant)))
    if (!(k.toUpperCase() in vars) && !['PYTHON', 'PERL', 'LUA', 'R', 'NUMPY'].includes(k.toUpperCase())) out[k] = v
  return out
}
