/**
 * The environment of a build script (and of a test script) as conda-build computes it: a pure
 * function of facts, so every target platform is tested by a table. The variables of the seed
 * (CONDA_BUILD, SRC_DIR, PREFIX, RECIPE_DIR, PATH, PYTHON, PY3K, STDLIB_DIR, SP_DIR, PY_VER, SYS_PYTHON,
 * SYS_PREFIX; Windows LIBRARY_* and SCRIPTS; macOS OSX_ARCH) and the rest of conda-build's `get_dict`
 * (BUILD_PREFIX, PKG_*, CPU_COUNT, SHLIB_EXT, SUBDIR, target_platform...), plus SOURCE_DATE_EPOCH.
 */
import * as path from 'node:path'

export interface BuildFacts {
  /** Target subdir (noarch packages build for the machine's). */
  readonly subdir: string
  /** The subdir of the machine running the build. */
  readonly buildSubdir: string
  readonly prefix: string
  readonly buildPrefix: string
  readonly srcDir: string
  readonly recipeDir: string
  readonly pkg: { readonly name: string; readonly version: string; readonly buildNumber: number; readonly buildString: string; readonly hash: string }
  /** X.Y of the Python in the prefixes, or of the variant when none is installed. */
  readonly pythonVersion: string
  /** Whether python is a build or host dependency (PYTHON is set only then). */
  readonly hasPython: boolean
  readonly sysPython: string
  readonly sysPrefix: string
  readonly cpuCount: number
  readonly sourceDateEpoch: string
  /** The used variant keys (exported lower-case, as given). */
  readonly variant: Readonly<Record<string, string>>
  /** The environment of the process running the build: PATH, HOME, LANG... are taken from it. */
  readonly inherited: Readonly<Record<string, string | undefined>>
  readonly gitVars?: Readonly<Record<string, string>>
  /** build/script_env: NAME passes it through, NAME=value sets it. */
  readonly scriptEnv?: readonly string[]
  readonly state: 'BUILD' | 'TEST'
}

const INHERITED_UNIX = ['LANG', 'LC_ALL', 'MAKEFLAGS', 'REQUESTS_CA_BUNDLE', 'SSL_CERT_FILE', 'TERM']
const INHERITED_LINUX = ['CFLAGS', 'CXXFLAGS', 'LDFLAGS', 'QEMU_LD_PREFIX', 'QEMU_UNAME', 'DEJAGNU', 'DISPLAY']
const INHERITED_WIN = [
  'ALLUSERSPROFILE',
  'APPDATA',
  'CommonProgramFiles',
  'CommonProgramFiles(x86)',
  'CommonProgramW6432',
  'COMPUTERNAME',
  'ComSpec',
  'HOMEDRIVE',
  'HOMEPATH',
  'LOCALAPPDATA',
  'LOGONSERVER',
  'NUMBER_OF_PROCESSORS',
  'PATHEXT',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'ProgramW6432',
  'PROMPT',
  'PSModulePath',
  'PUBLIC',
  'SystemDrive',
  'SystemRoot',
  'TEMP',
  'TMP',
  'USERDOMAIN',
  'USERNAME',
  'USERPROFILE',
  'windir',
  'PROCESSOR_ARCHITECTURE',
  'PROCESSOR_ARCHITEW6432',
  'PROCESSOR_IDENTIFIER',
  'LANG',
  'LC_ALL',
  'MAKEFLAGS',
  'REQUESTS_CA_BUNDLE'
]

/** `ARCH` as conda-build gives it: 64, 32, aarch64, arm64, ppc64le... */
export function archOf(subdir: string): string {
  return subdir.split('-')[1] ?? '64'
}

/** The `BUILD` triplet conda-build sets per platform. */
export function buildTriplet(subdir: string): string {
  const [os, arch] = subdir.split('-')
  if (os === 'osx') return arch === 'arm64' ? 'arm64-apple-darwin20.0.0' : 'x86_64-apple-darwin13.4.0'
  if (os === 'win') return arch === '32' ? 'i386-pc-windows-19.0.0' : 'amd64-pc-windows-19.0.0'
  const cpu = arch === '64' ? 'x86_64' : arch === '32' ? 'i686' : arch
  const cdt = ['aarch64', 'ppc64le', 'ppc64', 's390x'].includes(arch ?? '') ? 'cos7' : 'cos6'
  return `${cpu}-conda_${cdt}-linux-gnu`
}

/** The bin folders of a prefix, first first, as conda puts them on PATH. */
export function binDirs(prefix: string, win: boolean): string[] {
  if (!win) return [path.posix.join(prefix, 'bin')]
  const j = (...parts: string[]): string => path.win32.join(...parts)
  return [
    prefix,
    j(prefix, 'Library', 'mingw-w64', 'bin'),
    j(prefix, 'Library', 'usr', 'bin'),
    j(prefix, 'Library', 'bin'),
    j(prefix, 'Scripts'),
    j(prefix, 'bin')
  ]
}

export function shlibExt(subdir: string): string {
  return subdir.startsWith('win-') ? '.dll' : subdir.startsWith('osx-') ? '.dylib' : '.so'
}

/** The build script's environment (see the module's comment). Later entries never depend on the order of keys. */
export function buildEnvironment(f: BuildFacts): Record<string, string> {
  const win = f.subdir.startsWith('win-')
  const osx = f.subdir.startsWith('osx-')
  const linux = f.subdir.startsWith('linux-')
  const p = win ? path.win32 : path.posix
  const env: Record<string, string> = {}
  const inherit = (names: readonly string[]): void => {
    for (const n of names) if (f.inherited[n] !== undefined) env[n] = f.inherited[n]
  }
  inherit(win ? INHERITED_WIN : INHERITED_UNIX)
  if (linux) inherit(INHERITED_LINUX)
  // variant keys first: anything conda-build itself sets wins over a key of the same name
  for (const [k, v] of Object.entries(f.variant)) env[k] = v
  const py = f.pythonVersion
  const stdlib = win ? p.join(f.prefix, 'Lib') : p.join(f.prefix, 'lib', `python${py}`)
  Object.assign(env, {
    CONDA_BUILD: '1',
    CONDA_BUILD_STATE: f.state,
    PYTHONNOUSERSITE: '1',
    CONDA_DEFAULT_ENV: f.prefix,
    ARCH: archOf(f.subdir),
    PREFIX: f.prefix,
    SYS_PREFIX: f.sysPrefix,
    SYS_PYTHON: f.sysPython,
    SUBDIR: f.subdir,
    target_platform: f.subdir,
    host_platform: f.subdir,
    build_platform: f.buildSubdir,
    SRC_DIR: f.srcDir,
    RECIPE_DIR: f.recipeDir,
    HTTPS_PROXY: f.inherited.HTTPS_PROXY ?? '',
    HTTP_PROXY: f.inherited.HTTP_PROXY ?? '',
    DIRTY: '',
    ROOT: f.sysPrefix,
    PKG_NAME: f.pkg.name,
    PKG_VERSION: f.pkg.version,
    PKG_BUILDNUM: String(f.pkg.buildNumber),
    PKG_BUILD_STRING: f.pkg.buildString,
    PKG_HASH: f.pkg.hash,
    CPU_COUNT: String(f.cpuCount),
    SHLIB_EXT: shlibExt(f.subdir),
    SOURCE_DATE_EPOCH: f.sourceDateEpoch,
    CONDA_PY: py.replace('.', ''),
    PY_VER: py,
    PY3K: py.startsWith('3') ? '1' : '0',
    STDLIB_DIR: stdlib,
    SP_DIR: p.join(stdlib, 'site-packages'),
    BUILD: buildTriplet(f.subdir)
  })
  if (f.state === 'BUILD') {
    env.BUILD_PREFIX = f.buildPrefix
    Object.assign(env, { PIP_NO_BUILD_ISOLATION: 'False', PIP_NO_DEPENDENCIES: 'True', PIP_IGNORE_INSTALLED: 'True', PIP_NO_INDEX: 'True' })
  }
  if (f.hasPython) env.PYTHON = win ? p.join(f.prefix, 'python.exe') : p.join(f.prefix, 'bin', 'python')
  if (win) {
    const lib = p.join(f.prefix, 'Library')
    Object.assign(env, {
      SCRIPTS: p.join(f.prefix, 'Scripts'),
      LIBRARY_PREFIX: lib,
      LIBRARY_BIN: p.join(lib, 'bin'),
      LIBRARY_INC: p.join(lib, 'include'),
      LIBRARY_LIB: p.join(lib, 'lib'),
      CYGWIN_PREFIX: f.prefix.replace(/^([A-Za-z]):/, (_m, d: string) => `/cygdrive/${d.toLowerCase()}`).replace(/\\/g, '/'),
      MSYS2_ARG_CONV_EXCL: '/AI;/AL;/OUT;/out',
      MSYS2_ENV_CONV_EXCL: 'CL'
    })
    env.INCLUDE = [env.LIBRARY_INC, f.inherited.INCLUDE].filter(Boolean).join(';')
    env.LIB = [env.LIBRARY_LIB, f.inherited.LIB].filter(Boolean).join(';')
  } else {
    env.HOME = f.inherited.HOME ?? 'UNKNOWN'
    env.PKG_CONFIG_PATH = p.join(f.prefix, 'lib', 'pkgconfig')
    env.CMAKE_GENERATOR = 'Unix Makefiles'
  }
  if (osx) {
    const arm = archOf(f.subdir) === 'arm64'
    env.OSX_ARCH = arm ? 'arm64' : 'x86_64'
    env.MACOSX_DEPLOYMENT_TARGET = f.variant.MACOSX_DEPLOYMENT_TARGET ?? (arm ? '11.0' : '10.9')
  }
  if (linux) env.LD_RUN_PATH = p.join(f.prefix, 'lib')
  const sep = win ? ';' : ':'
  const prefixes = f.state === 'BUILD' && f.buildPrefix !== f.prefix ? [f.buildPrefix, f.prefix] : [f.prefix]
  const inheritedPath = f.inherited.PATH ?? f.inherited.Path ?? ''
  env.PATH = [...prefixes.flatMap(x => binDirs(x, win)), ...(inheritedPath ? [inheritedPath] : [])].join(sep)
  Object.assign(env, f.gitVars ?? {})
  for (const item of f.scriptEnv ?? []) {
    const eq = item.indexOf('=')
    if (eq > 0) env[item.slice(0, eq)] = item.slice(eq + 1)
    else if (f.inherited[item] !== undefined) env[item] = f.inherited[item]
  }
  return env
}
