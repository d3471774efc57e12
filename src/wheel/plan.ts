/** The per-Python plan: argv lists and paths, decided before anything runs. Pure. */
import * as path from 'node:path'
import { shellQuote } from '../lib/errors.js'
import type { Interpreter } from '../python/identifiers.js'
import type { WheelInputs } from './inputs.js'

export interface PythonPlan {
  readonly python: Interpreter
  /** Where pip writes the unrepaired wheel. */
  readonly rawDir: string
  readonly build: readonly string[]
  readonly venv: string
  readonly makeVenv: readonly string[]
  /** venv python path */
  readonly venvPython: string
  /** pip install argv, with the wheel's path appended when it is known. */
  readonly install: readonly string[]
  readonly installTestRequires?: readonly string[]
}

export function planPython(inputs: WheelInputs, python: Interpreter, workDir: string): PythonPlan {
  const rawDir = path.join(workDir, python.identifier, 'raw')
  const venv = path.join(workDir, python.identifier, 'venv')
  const venvPython = path.join(venv, 'bin', 'python')
  const pip = [venvPython, '-m', 'pip', 'install', '--disable-pip-version-check', ...inputs['pip-args']]
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

/**
 * The user's test command with its placeholders filled in: {project}, {package}, {wheel}.
 * The paths are quoted for the shell; the rest is the user's own text.
 */
export function fillPlaceholders(command: string, values: Readonly<Record<string, string>>): string {
  return command.replace(/\{(project|package|wheel)\}/g, (whole, name: string) =>
    values[name] !== undefined ? shellQuote(values[name]) : whole
  )
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
