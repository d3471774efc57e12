/**
 * Running the recipe's build script as conda-build does: `bash -e` (no profile, no rc files, stdin
 * /dev/null) in SRC_DIR with the computed environment. A fixed wrapper first sources the activation
 * scripts of the host prefix, then of the build prefix (so a compiler package's activate.d sets CC,
 * CFLAGS...: `conda activate host; conda activate --stack build`), then the script itself. No path or
 * recipe text is ever spliced into the wrapper: they reach it through the environment and argv.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { formatLimit } from '../../lib/deadline.js'
import { CommandError } from '../../lib/errors.js'
import type { RunResult } from '../../lib/exec.js'
import { hostRuntime, inRuntime } from '../runtime-argv.js'
import type { Runtime } from '../../runtime/runtime.js'
import type { ScriptPlan } from '../plan/build-plan.js'

/** Minutes the build script and each test may run unless the `timeout` input or `--timeout` says otherwise (src/lib/inputs.ts). */
export { DEFAULT_TIMEOUT_MINUTES } from '../../lib/inputs.js'

/** Why a script's run failed, or undefined when it succeeded: the timeout (with the kill) or the exit code, then its last lines. */
export function scriptFailure(what: string, r: RunResult, timeoutSeconds: number | undefined): string | undefined {
  if (r.timedOut)
    return (
      `${what} did not finish within ${formatLimit(timeoutSeconds ?? 0)} (the timeout): its process group was killed; ` +
      `raise timeout (minutes) if it needs longer. Its last lines:\n${r.tail}`
    )
  if (r.exitCode !== 0) return `${what} failed with exit code ${r.exitCode}; its last lines:\n${r.tail}`
  return undefined
}

/** The wrapper: activation of PREFIX then BUILD_PREFIX, then `. "$1"` (the script). */
export const WRAPPER = `# written by build-wheel conda build
_bw_activate() {
  CONDA_PREFIX="$1"
  export CONDA_PREFIX
  if [ -d "$1/etc/conda/activate.d" ]; then
    for _bw_f in "$1"/etc/conda/activate.d/*.sh; do
      [ -f "$_bw_f" ] && . "$_bw_f"
    done
  fi
  return 0
}
_bw_activate "$PREFIX"
if [ -n "\${BUILD_PREFIX:-}" ] && [ "$BUILD_PREFIX" != "$PREFIX" ]; then _bw_activate "$BUILD_PREFIX"; fi
CONDA_PREFIX="$PREFIX"
export CONDA_PREFIX
unset -f _bw_activate
unset _bw_f
_bw_script="$1"
shift
. "$_bw_script"
`

export class BuildScriptError extends Error {
  override name = 'BuildScriptError'
  constructor(
    message: string,
    readonly exitCode: number,
    readonly tail: string
  ) {
    super(message)
  }
}

export interface ScriptChoice {
  /** The file to run. */
  readonly file: string
  readonly origin: 'build.sh' | 'build/script' | 'bld.bat' | 'output script'
}

/** The file that runs a planned script: the recipe's own, or build/script's lines written into the work folder. */
export function scriptFile(script: ScriptPlan, workRoot: string, win: boolean): ScriptChoice {
  if (script.file) return { file: script.file, origin: script.origin }
  const file = path.join(workRoot, win ? 'conda_build_script.bat' : 'conda_build_script.sh')
  fs.writeFileSync(file, `${(script.lines ?? []).join('\n')}\n`, { mode: 0o600 })
  return { file, origin: script.origin }
}

/** Runs `python "$@"` (the prefixes' python first on PATH, else the machine's python3): fixed text, the script comes as an argument. */
export const PYTHON_RUNNER = `# written by build-wheel conda build
if command -v python >/dev/null 2>&1; then exec python "$@"; fi
exec python3 "$@"
`

/**
 * The argv that runs a script file (bash through the activation wrapper, written beside it; cmd for .bat); host
 * paths. interpreter 'python' (or a .py file) runs it with python after the same activation.
 */
export function scriptArgv(file: string, wrapperDir: string, wrapperName: string, interpreter?: string, activate = true): string[] {
  if (file.endsWith('.bat')) return ['cmd', '/d', '/c', file]
  const wrapper = path.join(wrapperDir, wrapperName)
  // build/activate_in_script: false runs the script without the prefixes' activation
  const lead = activate ? ['bash', '--noprofile', '--norc', '-e', wrapper] : ['bash', '--noprofile', '--norc', '-e']
  if (activate) fs.writeFileSync(wrapper, WRAPPER, { mode: 0o700 })
  if (interpreter === 'python' || (!interpreter && file.endsWith('.py'))) {
    const runner = path.join(wrapperDir, `${wrapperName}.python.sh`)
    fs.writeFileSync(runner, PYTHON_RUNNER, { mode: 0o700 })
    return [...lead, runner, file]
  }
  return [...lead, file]
}

/** Run the script through the runtime (the host's by default); throws BuildScriptError with the last lines of its output when it fails. */
export async function runBuildScript(
  choice: ScriptChoice,
  env: Readonly<Record<string, string>>,
  opts: { cwd: string; workRoot: string; timeoutSeconds?: number; runtime?: Runtime; interpreter?: string; activate?: boolean }
): Promise<void> {
  const runtime = opts.runtime ?? hostRuntime()
  const argv = inRuntime(runtime, scriptArgv(choice.file, opts.workRoot, 'conda_build.sh', opts.interpreter, opts.activate))
  let r
  try {
    // the script sees the build's environment alone, as conda-build's does: a variable of this process reaches it only through script_env
    r = await runtime.run(argv, { cwd: runtime.toRuntimePath(opts.cwd), env, exactEnv: true, timeoutSeconds: opts.timeoutSeconds })
  } catch (e) {
    if (e instanceof CommandError) throw new BuildScriptError(`cannot start ${argv[0]}: ${e.message}`, 127, '')
    throw e
  }
  const failed = scriptFailure(choice.origin, r, opts.timeoutSeconds)
  if (failed) throw new BuildScriptError(failed, r.exitCode, r.tail)
}
