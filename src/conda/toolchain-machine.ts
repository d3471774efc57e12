/**
 * The machine's tools as the toolchain recipes (examples/conda-toolchain) see them when they render:
 * `machine_tool('gcc')`, `machine_tool('g++')`, `machine_tool('make')` and `machine_tool('python',
 * python)` in a template give the tool's real path and version (and, for a compiler, the triplet it
 * targets; for python, the installation to repackage). They are facts of the machine the build runs
 * on, read once per process (a render reads a template several times). A tool that is not there is a
 * ToolchainError naming it, the place searched and what to install.
 *
 * The answers come from running the tools (`gcc -dumpfullversion`, `make --version`, a probe in each
 * CPython): a template function is synchronous, so these are synchronous processes with argv arrays.
 */
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

export type MachineEnv = Readonly<Record<string, string | undefined>>

export class ToolchainError extends Error {
  override name = 'ToolchainError'
}

export interface MachineTool {
  /** The command's real path (symlinks resolved). */
  readonly path: string
  readonly version: string
  /** X (gcc's major version), for pins. */
  readonly major: string
  /** What the compiler targets (`gcc -dumpmachine`); '' for other tools. */
  readonly triplet: string
}

export interface MachinePython {
  /** The interpreter (pythonX.Y inside the installation). */
  readonly path: string
  /** The installation copied into the package (sys.base_prefix). */
  readonly prefix: string
  /** X.Y.Z */
  readonly version: string
  /** X.Y */
  readonly xy: string
  /** X.(Y+1): the upper bound of run_exports. */
  readonly next: string
  readonly source: string
}

/** What to install for each tool (Debian package names). */
const INSTALL: Readonly<Record<string, string>> = {
  gcc: 'gcc (Debian/Ubuntu: apt-get install gcc)',
  'g++': 'g++ (Debian/Ubuntu: apt-get install g++)',
  make: 'make (Debian/Ubuntu: apt-get install make)',
  python:
    'a CPython 3 with its standard library: python3 (Debian/Ubuntu: apt-get install python3 python3-venv python3-dev), a pyenv version (pyenv install 3.12), or /opt/python/* of a manylinux image'
}

export function installHint(tool: string): string {
  return INSTALL[tool] ?? tool
}

/** The executable `name` on the PATH of `env`, as a shell would find it; undefined when there is none. */
export function whichIn(name: string, env: MachineEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(':')) {
    if (!dir) continue
    const p = path.join(dir, name)
    try {
      if (fs.statSync(p).isFile()) {
        fs.accessSync(p, fs.constants.X_OK)
        return p
      }
    } catch {
      // not here
    }
  }
  return undefined
}

function capture(argv: readonly string[], env: MachineEnv): string | undefined {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', env: env, timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] })
  return r.status === 0 ? r.stdout.trim() : undefined
}

const memo = new Map<string, unknown>()
function remember<T>(key: string, fn: () => T): T {
  if (!memo.has(key)) memo.set(key, fn())
  return memo.get(key) as T
}

/** gcc, g++ or make on the PATH of `env`, with its version. */
export function machineTool(name: string, env: MachineEnv): MachineTool {
  if (name === 'python') throw new ToolchainError("machine_tool('python') needs the variant too: machine_tool('python', python)")
  if (!['gcc', 'g++', 'make'].includes(name)) throw new ToolchainError(`machine_tool('${name}'): accepted tools are gcc, g++, make, python`)
  return remember(`${name}\0${env.PATH ?? ''}`, () => {
    const found = whichIn(name, env)
    if (!found) throw new ToolchainError(`${name} is not on this machine's PATH (${env.PATH ?? 'unset'}): install ${installHint(name)}`)
    const real = fs.realpathSync(found)
    const compiler = name !== 'make'
    const version = compiler ? capture([real, '-dumpfullversion'], env) : /(\d+(\.\d+)+)/.exec(capture([real, '--version'], env) ?? '')?.[1]
    if (!version) throw new ToolchainError(`${found} did not say its version (${compiler ? '-dumpfullversion' : '--version'}); is it ${name}?`)
    const triplet = compiler ? (capture([real, '-dumpmachine'], env) ?? '') : ''
    return { path: real, version, major: version.split('.')[0], triplet }
  })
}

/** Prints what the recipe needs of an interpreter, as JSON. Fixed text. */
const PROBE = `import json, os, sys, sysconfig
print(json.dumps({"impl": sys.implementation.name, "version": "%d.%d.%d" % sys.version_info[:3],
  "major": sys.version_info[0], "minor": sys.version_info[1], "final": sys.version_info[3] == "final",
  "gil_disabled": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
  "prefix": os.path.realpath(sys.base_prefix), "executable": os.path.realpath(sys.executable)}))`

interface Probe {
  impl: string
  version: string
  major: number
  minor: number
  final: boolean
  gil_disabled: boolean
  prefix: string
  executable: string
}

/** The places a CPython may be: manylinux's /opt/python, pyenv's versions, pythonX.Y and python3 on PATH. */
export function pythonCandidates(env: MachineEnv): Array<{ source: string; path: string }> {
  const out: Array<{ source: string; path: string }> = []
  const list = (dir: string): string[] => {
    try {
      return fs.readdirSync(dir).sort()
    } catch {
      return []
    }
  }
  for (const d of list('/opt/python')) out.push({ source: '/opt/python', path: path.join('/opt/python', d, 'bin', 'python') })
  const pyenv = env.PYENV_ROOT || path.join(env.HOME || os.homedir(), '.pyenv')
  for (const d of list(path.join(pyenv, 'versions'))) out.push({ source: 'pyenv', path: path.join(pyenv, 'versions', d, 'bin', 'python') })
  for (let n = 6; n <= 20; n++) {
    const p = whichIn(`python3.${n}`, env)
    if (p) out.push({ source: 'PATH', path: p })
  }
  const p3 = whichIn('python3', env)
  if (p3) out.push({ source: 'PATH', path: p3 })
  return out.filter(c => fs.existsSync(c.path))
}

function probe(c: { source: string; path: string }, env: MachineEnv): (Probe & { source: string }) | undefined {
  try {
    const p = JSON.parse(capture([c.path, '-I', '-c', PROBE], env)?.split('\n').pop() ?? '') as Probe
    const usable = p.impl === 'cpython' && p.major === 3 && p.final && !p.gil_disabled
    const inside = p.executable.startsWith(`${p.prefix}/`) && fs.existsSync(path.join(p.prefix, 'lib', `python${p.major}.${p.minor}`, 'os.py'))
    return usable && inside ? { ...p, source: c.source } : undefined
  } catch {
    return undefined
  }
}

const byVersion = (a: Probe, b: Probe): number => {
  const pa = a.version.split('.').map(Number)
  const pb = b.version.split('.').map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pb[i] - pa[i]
  return 0
}

/** Every CPython 3 installation the machine has (one per installation), newest first. */
export function machinePythons(env: MachineEnv): Array<Probe & { source: string }> {
  return remember(`python\0${env.PATH ?? ''}\0${env.PYENV_ROOT ?? ''}\0${env.HOME ?? ''}`, () => {
    const seen = new Set<string>()
    const found: Array<Probe & { source: string }> = []
    for (const c of pythonCandidates(env)) {
      const p = probe(c, env)
      if (!p || seen.has(p.prefix)) continue
      seen.add(p.prefix)
      found.push(p)
    }
    return found.sort(byVersion) // stable: for one version, the first place listed wins
  })
}

/**
 * The CPython to repackage: `want` is 'newest' (the recipe's own default), or X.Y (a variant), or
 * X.Y.Z. An error names what was looked for, what was found and what to install.
 */
export function machinePython(want: string, env: MachineEnv): MachinePython {
  const all = machinePythons(env)
  const w = want.trim()
  const newest = w === '' || w === 'newest'
  if (!newest && !/^3\.\d+(\.\d+)?$/.test(w)) throw new ToolchainError(`the python variant is '${w}': give X.Y (e.g. 3.12), X.Y.Z, or newest`)
  const pick = newest ? all[0] : all.find(p => p.version === w || `${p.major}.${p.minor}` === w)
  if (!pick) {
    const have = all.length ? `this machine has ${all.map(p => `${p.version} (${p.prefix})`).join(', ')}` : 'this machine has no CPython 3'
    throw new ToolchainError(`no CPython ${newest ? '3' : w} to repackage: ${have}; install ${installHint('python')}`)
  }
  const xy = `${pick.major}.${pick.minor}`
  const exe = path.join(pick.prefix, 'bin', `python${xy}`)
  return {
    path: fs.existsSync(exe) ? exe : pick.executable,
    prefix: pick.prefix,
    version: pick.version,
    xy,
    next: `${pick.major}.${pick.minor + 1}`,
    source: pick.source
  }
}

/** The template function `machine_tool(name, python_variant=None)`. */
export function machineToolFunction(env: MachineEnv): (name: unknown, want?: unknown) => MachineTool | MachinePython {
  return (name, want) =>
    name === 'python' ? machinePython(want === undefined || want === null ? 'newest' : String(want), env) : machineTool(String(name), env)
}
