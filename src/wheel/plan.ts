/** The per-Python plan: argv lists and paths, decided before anything runs. Pure. */
import * as path from 'node:path'
import { shellQuote } from '../lib/errors.js'
import type { Interpreter } from '../python/identifiers.js'
import type { WheelInputs } from './inputs.js'

export { fillPlaceholders } from './placeholders.js'

export interface PythonPlan {
  readonly python: Interpreter
  /** Where pip writes the unrepaired wheel. */
  readonly rawDir: string
  readonly build: readonly string[]
  readonly venv: string
  readonly makeVenv: readonly string[]
  /** venv python path */
  readonly venvPython: string
  /** pip install argv (with test-pip-args, not pip-args), with the wheel's path appended when it is known. */
  readonly install: readonly string[]
  readonly installTestRequires?: readonly string[]
}

export function planPython(inputs: WheelInputs, python: Interpreter, workDir: string): PythonPlan {
  const rawDir = path.join(workDir, python.identifier, 'raw')
  const venv = path.join(workDir, python.identifier, 'venv')
  const venvPython = path.join(venv, 'bin', 'python')
  const pip = [venvPython, '-m', 'pip', 'install', '--disable-pip-version-check', ...inputs['test-pip-args']]
  return {
    python,
    rawDir,
    build: [python.path, '-m', 'pip', 'wheel', '--no-deps', '--disable-pip-version-check', '--wheel-dir', rawDir, ...inputs['pip-args'], inputs['package-dir']],
    venv,
    makeVenv: [python.path, '-m', 'venv', venv],
    venvPython,
    install: pip,
    installTestRequires: inputs['test-requires'].length ? [...pip, ...inputs['test-requires']] : undefined
  }
}

/** What the build and the repair need in their environment so that two builds of one commit give the same bytes. */
export interface ReproducibleFacts {
  /** SOURCE_DATE_EPOCH (see lib/epoch.ts). */
  readonly epoch: string
  /** The project root as the compiler sees it. */
  readonly projectDir: string
  /** The compiler's option for mapping path prefixes: -ffile-prefix-map where it has it (gcc 8, clang 10), else -fdebug-prefix-map. */
  readonly prefixMapOption: '-ffile-prefix-map' | '-fdebug-prefix-map'
  /** CFLAGS already in the environment (the user's), kept first. */
  readonly cflags?: string
}

/**
 * The environment for pip wheel and the repair: SOURCE_DATE_EPOCH, and CFLAGS with the project's
 * path mapped to "." so that the debug information setuptools' default -g writes (DW_AT_comp_dir,
 * file names) does not hold the checkout's absolute path. setuptools splits CFLAGS as a shell
 * would, so the option is quoted when the path holds spaces or quotes.
 */
export function reproducibleEnv(f: ReproducibleFacts): Record<string, string> {
  const map = shellQuote(`${f.prefixMapOption}=${f.projectDir}=.`)
  return { SOURCE_DATE_EPOCH: f.epoch, CFLAGS: f.cflags?.trim() ? `${f.cflags.trim()} ${map}` : map }
}

/**
 * How a user command runs: bash that reads no startup file (--noprofile --norc; and BASH_ENV/ENV
 * emptied, which a non-interactive bash would otherwise source), so a ~/.bashrc that puts pyenv's
 * shims first cannot change which `python` the command gets, even where SHLVL is unset (cron,
 * `env -i`, sshd), where bash would read ~/.bashrc despite -c. stdin is /dev/null (lib/exec.ts).
 */
export function userCommandArgv(text: string): string[] {
  return ['bash', '--noprofile', '--norc', '-c', text]
}

/** The environment added for a user command: `binDir` first on PATH (its python is the command's python). */
export function userCommandEnv(
  binDir: string,
  inheritedPath: string,
  extra: Readonly<Record<string, string>> = {}
): Record<string, string> {
  return { ...extra, PATH: inheritedPath ? `${binDir}:${inheritedPath}` : binDir, BASH_ENV: '', ENV: '' }
}

/** strategy.matrix JSON: one entry per selected interpreter. */
export function matrixFor(pythons: readonly Interpreter[]): { include: Array<{ 'python-version': string; identifier: string }> } {
  return { include: pythons.map(p => ({ 'python-version': p.minor, identifier: p.identifier })) }
}

/** The tags part of a wheel file name: name-ver(-build)?-py-abi-plat.whl -> {py, abi, plat}. */
export function wheelTags(file: string): { python: string; abi: string; platform: string } | null {
  const m = /^(.+?)-([^-]+)(?:-(\d[^-]*))?-([^-]+)-([^-]+)-([^-]+)\.whl$/.exec(path.basename(file))
  return m ? { python: m[4], abi: m[5], platform: m[6] } : null
}
