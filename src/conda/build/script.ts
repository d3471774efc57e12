/**
 * Running the recipe's build script as conda-build does: `bash -e` (no profile, no rc files, stdin
 * /dev/null) in SRC_DIR with the computed environment. A fixed wrapper first sources the activation
 * scripts of the host prefix, then of the build prefix (so a compiler package's activate.d sets CC,
 * CFLAGS...: `conda activate host; conda activate --stack build`), then the script itself. No path or
 * recipe text is ever spliced into the wrapper: they reach it through the environment and argv.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { CommandError } from '../../lib/errors.js'
import { run } from '../../lib/exec.js'

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
  readonly origin: 'build.sh' | 'build/script' | 'bld.bat'
}

/** Which script builds the recipe: build/script (written to the work folder) or the recipe's build.sh. */
export function chooseScript(recipeDir: string, workRoot: string, script: unknown, win: boolean): ScriptChoice | undefined {
  const lines = typeof script === 'string' ? [script] : Array.isArray(script) ? script.filter((s): s is string => typeof s === 'string') : []
  if (lines.length) {
    const file = path.join(workRoot, win ? 'conda_build_script.bat' : 'conda_build_script.sh')
    fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
    return { file, origin: 'build/script' }
  }
  const name = win ? 'bld.bat' : 'build.sh'
  const file = path.join(recipeDir, name)
  return fs.existsSync(file) ? { file, origin: win ? 'bld.bat' : 'build.sh' } : undefined
}

/** Run the script; throws BuildScriptError with the last lines of its output when it fails. */
export async function runBuildScript(choice: ScriptChoice, env: Readonly<Record<string, string>>, opts: { cwd: string; workRoot: string }): Promise<void> {
  let argv: string[]
  if (choice.file.endsWith('.bat')) {
    argv = ['cmd', '/d', '/c', choice.file]
  } else {
    const wrapper = path.join(opts.workRoot, 'conda_build.sh')
    fs.writeFileSync(wrapper, WRAPPER, { mode: 0o700 })
    argv = ['bash', '--noprofile', '--norc', '-e', wrapper, choice.file]
  }
  let r
  try {
    r = await run(argv, { cwd: opts.cwd, env })
  } catch (e) {
    if (e instanceof CommandError) throw new BuildScriptError(`cannot start ${argv[0]}: ${e.message}`, 127, '')
    throw e
  }
  if (r.exitCode !== 0) throw new BuildScriptError(`${choice.origin} failed with exit code ${r.exitCode}; its last lines:\n${r.tail}`, r.exitCode, r.tail)
}
