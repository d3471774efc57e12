/**
 * The per-Python test in a fresh venv, planned: the venv, how pip installs the wheel into it, and
 * what the test command gets. Pure.
 *
 * The venv is made without pip of its own (`venv --without-pip`: a fraction of a second, where
 * bootstrapping pip costs seconds a Python), and the base interpreter's pip installs into it with
 * `--python` (pip 22.3 and newer; the probe says which, src/wheel/interpreter-probe.ts). An older
 * pip falls back to a venv with pip. When test-requires is empty and the wheel requires nothing,
 * the install is `--no-deps --no-index`: no resolver, no index asked.
 */
import * as path from 'node:path'
import { runtimePath, toRuntime, type Mount, type RuntimePath } from '../runtime/paths.js'
import type { PlaceholderName } from './placeholders.js'

/** Where a file of the plan is: on the host (for the host's file system) and in the runtime (for commands). */
export interface PlannedPath {
  readonly host: string
  readonly runtime: RuntimePath
}

/** The paths a command of the plan needs, host and runtime, from the runtime's mounts. */
export function planned(mounts: readonly Mount[], hostPath: string): PlannedPath {
  return { host: hostPath, runtime: toRuntime(mounts, hostPath) }
}

/** One way to make the venv and install into it; the wheel's path (then test-requires) is appended to install. */
export interface VenvWay {
  readonly makeVenv: readonly string[]
  readonly install: readonly string[]
}

export interface TestPlan {
  readonly venv: PlannedPath
  readonly venvPython: RuntimePath
  /** The base interpreter's pip (22.3+) installing into a venv without pip. */
  readonly lean: VenvWay
  /** pip's arguments after the command that starts it (`install` and the options). */
  readonly installArgs: readonly string[]
  /** A venv with its own pip (older pips). */
  readonly bootstrapped: VenvWay
  /** Added to install when there is nothing to resolve: test-requires empty and the wheel requiring nothing. */
  readonly offline: readonly string[]
  /** Installed with the wheel, in the same pip run. */
  readonly requires: readonly string[]
  /** The test command's placeholders but {wheel}, and the environment it runs with. */
  readonly values: Readonly<Partial<Record<PlaceholderName, string>>>
  readonly env: Readonly<Record<string, string>>
  /** Past this, the test command's process group is killed and the Python fails. */
  readonly timeoutSeconds: number
}

export const OFFLINE_INSTALL = ['--no-deps', '--no-index'] as const

export interface TestPlanInputs {
  readonly python: string
  readonly venv: PlannedPath
  /** test-pip-args (never pip-args). */
  readonly pipArgs: readonly string[]
  readonly requires: readonly string[]
  readonly values: Readonly<Partial<Record<PlaceholderName, string>>>
  /** PATH in the runtime, which the test command gets after the venv's bin folder. */
  readonly runtimePath: string
  readonly timeoutMinutes: number
}

export function planTest(t: TestPlanInputs): TestPlan {
  const venvPython = runtimePath(path.posix.join(t.venv.runtime, 'bin', 'python'))
  const installArgs = ['install', '--disable-pip-version-check', ...t.pipArgs]
  return {
    venv: t.venv,
    venvPython,
    lean: {
      makeVenv: [t.python, '-m', 'venv', '--without-pip', t.venv.runtime],
      install: [t.python, '-m', 'pip', '--python', venvPython, ...installArgs]
    },
    installArgs,
    bootstrapped: { makeVenv: [t.python, '-m', 'venv', t.venv.runtime], install: [venvPython, '-m', 'pip', ...installArgs] },
    offline: t.requires.length ? [] : OFFLINE_INSTALL,
    requires: t.requires,
    values: { ...t.values, python: venvPython, venv: t.venv.runtime },
    env: userCommandEnv(path.posix.dirname(venvPython), t.runtimePath, { VIRTUAL_ENV: t.venv.runtime }),
    timeoutSeconds: Math.round(t.timeoutMinutes * 60)
  }
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
export function userCommandEnv(binDir: string, inheritedPath: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return { ...extra, PATH: inheritedPath ? `${binDir}:${inheritedPath}` : binDir, BASH_ENV: '', ENV: '' }
}
