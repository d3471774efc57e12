/**
 * The names a selector (and a template) sees, as conda-build sets them for a target platform:
 * OS and architecture flags, py/np/pl/lua, the environment, and the variant's keys (numbers as ints,
 * "true"/"false" as booleans).
 */
import { PyDict, PyFunc, PyObject, type PyValue } from './expr.js'
import { ARCH_SELECTOR, DEFAULT_PYTHON, KNOWN_SUBDIRS, type Variant, type VariantValue } from './platforms.js'

export interface PlatformFacts {
  /** The subdir the package is built for (host platform), e.g. linux-64. */
  readonly subdir: string
  /** The subdir of the machine that builds. */
  readonly buildSubdir: string
  readonly env: Readonly<Record<string, string | undefined>>
}

function firstString(v: VariantValue | undefined, fallback: string): string {
  if (typeof v === 'string') return v
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0]
  return fallback
}

export function envDict(env: PlatformFacts['env']): PyDict {
  const out: Record<string, PyValue> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v
  return PyDict.of(out)
}

/** The `os` subset selectors may use: environ, getenv, sep, pathsep. */
export function osModule(environ: PyDict, subdir: string): PyObject {
  const win = subdir.startsWith('win-')
  return PyObject.of('module', {
    environ,
    getenv: new PyFunc('os.getenv', ([k, d]) => (typeof k === 'string' && environ.map.has(k) ? (environ.map.get(k) as PyValue) : (d ?? null))),
    sep: win ? '\\' : '/',
    pathsep: win ? ';' : ':'
  })
}

/** Python version "3.12.1" or "3.12 *_cpython" as an int: 312. */
export function pyInt(python: string): number {
  const [major = '3', minor = '0'] = python.split(' ')[0].split('.')
  return parseInt(`${major}${minor}`, 10)
}

export function selectorNamespace(facts: PlatformFacts, variant: Variant): Map<string, PyValue> {
  const plat = facts.subdir
  const ns = new Map<string, PyValue>()
  const environ = envDict(facts.env)
  ns.set('linux32', plat === 'linux-32')
  ns.set('linux64', plat === 'linux-64')
  ns.set('arm', plat.startsWith('linux-arm'))
  ns.set('unix', /^(linux|osx|emscripten)-/.test(plat))
  ns.set('win32', plat === 'win-32')
  ns.set('win64', plat === 'win-64')
  ns.set('os', osModule(environ, plat))
  ns.set('environ', environ)
  ns.set('nomkl', facts.env.FEATURE_NOMKL === '1')
  const subdirs = [...KNOWN_SUBDIRS, plat].filter(s => s.includes('-'))
  for (const s of subdirs) ns.set(s.split('-')[0], plat.startsWith(`${s.split('-')[0]}-`))
  for (const s of subdirs) {
    const arch = s.split('-')[1]
    ns.set(ARCH_SELECTOR[arch] ?? arch, plat.endsWith(`-${arch}`))
  }
  ns.set('x86', plat.endsWith('-32') || plat.endsWith('-64'))
  ns.set('build_platform', facts.buildSubdir)
  const py = firstString(variant.python, DEFAULT_PYTHON)
  const pyv = pyInt(py)
  const major = py.split('.')[0]
  ns.set('py', pyv)
  ns.set('py3k', major === '3')
  ns.set('py2k', major === '2')
  for (const v of [26, 27, 33, 34, 35, 36]) ns.set(`py${v}`, pyv === v)
  const np = firstString(variant.numpy, '1.26')
  ns.set('np', parseInt(np.split('.').slice(0, 2).join(''), 10))
  ns.set('pl', firstString(variant.perl, '5.26.2'))
  const lua = firstString(variant.lua, '5')
  ns.set('lua', lua)
  ns.set('luajit', lua[0] === '2')
  for (const [k, v] of Object.entries(facts.env)) if (v !== undefined) ns.set(k, v)
  for (const [k, v] of Object.entries(variant)) {
    if (ns.has(k)) continue
    ns.set(k, variantToPy(v))
  }
  return ns
}

function variantToPy(v: VariantValue): PyValue {
  if (typeof v === 'string') {
    if (/^\s*[+-]?\d+\s*$/.test(v)) return parseInt(v, 10)
    if (v.toLowerCase() === 'true' || v.toLowerCase() === 'false') return v.toLowerCase() === 'true'
    return v
  }
  if (Array.isArray(v)) return v.map(x => variantToPy(x as VariantValue))
  return new PyDict(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : String(x)] as const))
}
