/** Data tables: conda's platform names and conda-build's default variant and compilers. */

/** conda's known subdirs (besides noarch); each gives an OS selector and an architecture selector. */
export const KNOWN_SUBDIRS = [
  'emscripten-wasm32',
  'wasi-wasm32',
  'freebsd-64',
  'linux-32',
  'linux-64',
  'linux-aarch64',
  'linux-armv6l',
  'linux-armv7l',
  'linux-ppc64',
  'linux-ppc64le',
  'linux-riscv64',
  'linux-s390x',
  'osx-64',
  'osx-arm64',
  'win-32',
  'win-64',
  'win-arm64',
  'zos-z'
] as const

/** Architectures whose selector name differs from the subdir suffix. */
export const ARCH_SELECTOR: Readonly<Record<string, string>> = { '32': 'x86', '64': 'x86_64' }

/** The shape of a subdir folder name (a channel's folders); which values a target may take is targetSubdir's question. */
export const SUBDIR = /^[a-z0-9]+-[a-z0-9]+$/

/** conda's platforms: the part of a subdir before its first '-'. */
export const PLATFORMS: readonly string[] = [...new Set(KNOWN_SUBDIRS.map(s => s.split('-')[0]))]

const KNOWN_ARCHS: ReadonlySet<string> = new Set(KNOWN_SUBDIRS.map(s => s.slice(s.indexOf('-') + 1)))

/** conda-build's own names for some subdirs (its SUBDIR_ALIASES), turned into the subdir conda knows. */
export const SUBDIR_ALIASES: Readonly<Record<string, string>> = {
  'linux-cos5-x86_64': 'linux-64',
  'linux-cos6-x86_64': 'linux-64',
  'linux-cos5-x86': 'linux-32',
  'linux-cos6-x86': 'linux-32',
  'osx-109-x86_64': 'osx-64',
  'win-x86_64': 'win-64',
  'win-x86': 'win-32'
}

/**
 * The subdir a target platform names: `noarch`, one of conda's subdirs, one of conda-build's aliases (as the
 * subdir it stands for), or a known subdir with a qualifier between platform and architecture, such as
 * `linux-cos5-64` (conda-build keeps that as a subdir of its own: platform linux, arch cos5-64, the `x86_64`
 * selector true and `linux64` false). Anything else is undefined.
 */
export function targetSubdir(value: string): string | undefined {
  if (value === 'noarch' || (KNOWN_SUBDIRS as readonly string[]).includes(value)) return value
  if (SUBDIR_ALIASES[value]) return SUBDIR_ALIASES[value]
  const m = /^([a-z]+)-([a-z0-9_]+)-([a-z0-9_]+)$/.exec(value)
  return m && PLATFORMS.includes(m[1]) && KNOWN_ARCHS.has(m[3]) ? value : undefined
}

/** What a target platform may be, for error messages. */
export const ACCEPTED_SUBDIRS =
  `noarch, ${KNOWN_SUBDIRS.join(', ')} (conda's subdirs); conda-build's aliases ${Object.keys(SUBDIR_ALIASES).join(', ')}; ` +
  'or a subdir with a qualifier before its architecture, such as linux-cos5-64'

/** The problem with a target platform given as `what` (e.g. "the variant key target_platform"), or '' when it names a subdir. */
export function subdirProblem(value: string, what: string): string {
  return targetSubdir(value) === undefined ? `${what} '${value}' is not a conda subdir; accepted: ${ACCEPTED_SUBDIRS}` : ''
}

/** The subdir a variant renders for: its target_platform (an alias as the subdir it stands for), else the fallback. */
export function variantSubdir(variant: Readonly<Record<string, unknown>>, fallback: string): string {
  const t = variant.target_platform
  return (typeof t === 'string' && targetSubdir(t)) || fallback
}

/** The platform this process runs on, as a conda subdir. */
export function hostSubdir(platform: string = process.platform, arch: string = process.arch): string {
  const os = platform === 'darwin' ? 'osx' : platform === 'win32' ? 'win' : platform === 'freebsd' ? 'freebsd' : 'linux'
  const a: Record<string, string> = { x64: '64', ia32: '32', arm64: os === 'linux' ? 'aarch64' : 'arm64', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' }
  return `${os}-${a[arch] ?? '64'}`
}

/** The Python conda-build assumes when no variant names one (conda-build uses its own interpreter's). */
export const DEFAULT_PYTHON = '3.12'

/** numpy per Python in conda-build's defaults. */
const DEFAULT_NUMPY: Readonly<Record<string, string>> = { '3.8': '1.22', '3.9': '1.22', '3.10': '1.22', '3.11': '1.23', '3.12': '1.26' }

/** Native compilers per OS; on Windows per Python (3.5 and later share one). */
const NATIVE_COMPILERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  linux: { c: 'gcc', cxx: 'gxx', fortran: 'gfortran' },
  osx: { c: 'clang', cxx: 'clangxx', fortran: 'gfortran' },
  win: { c: 'vs2017', cxx: 'vs2017', fortran: 'gfortran' }
}
const WIN_OLD_PYTHON: Readonly<Record<string, { c: string; vc: string }>> = {
  '2.7': { c: 'vs2008', vc: '9' },
  '3.3': { c: 'vs2010', vc: '10' },
  '3.4': { c: 'vs2010', vc: '10' }
}

export type VariantValue = string | readonly string[] | Readonly<Record<string, unknown>>
export type Variant = Readonly<Record<string, VariantValue>>

/** A list value. (Array.isArray alone narrows a readonly string[] to any[].) */
export const isListValue = (v: VariantValue | undefined): v is readonly string[] => Array.isArray(v)

/** The native compiler package prefix for a language on a platform. */
export function nativeCompiler(language: string, subdir: string, python: string): string {
  const os = subdir.split('-')[0]
  if (os === 'win' && (language === 'c' || language === 'cxx')) return WIN_OLD_PYTHON[python]?.c ?? 'vs2017'
  return NATIVE_COMPILERS[os]?.[language] ?? language
}

/** conda-build's internal defaults, the lowest layer of every variant. */
export function defaultVariant(subdir: string, python: string = DEFAULT_PYTHON): Record<string, VariantValue> {
  const os = subdir.split('-')[0]
  const base: Record<string, VariantValue> = {
    python,
    numpy: DEFAULT_NUMPY[python] ?? '1.26',
    perl: '5.26.2',
    lua: '5',
    r_base: os === 'win' ? '3.4' : '3.5',
    cpu_optimization_target: 'nocona',
    pin_run_as_build: { python: { min_pin: 'x.x', max_pin: 'x.x' }, 'r-base': { min_pin: 'x.x', max_pin: 'x.x' } },
    ignore_version: [],
    ignore_build_only_deps: ['python', 'numpy'],
    extend_keys: ['pin_run_as_build', 'ignore_version', 'ignore_build_only_deps', 'extend_keys'],
    cran_mirror: 'https://cran.r-project.org',
    target_platform: subdir
  }
  if (NATIVE_COMPILERS[os]) for (const lang of ['c', 'cxx', 'fortran']) base[`${lang}_compiler`] = nativeCompiler(lang, subdir, python)
  if (os === 'win') base.vc = WIN_OLD_PYTHON[python]?.vc ?? '14'
  return base
}

/** Keys that describe how to combine variants rather than a dimension of the matrix. */
export const SPECIAL_KEYS = ['pin_run_as_build', 'zip_keys', 'ignore_version', 'extend_keys', 'replacements'] as const
