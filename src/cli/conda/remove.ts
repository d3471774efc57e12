/**
 * `build-wheel conda remove --prefix P [--no-allow-package-scripts] [--json] NAME...`: the local command over
 * removePackage (src/conda/env/remove.ts), one package after another, in the order given.
 */
import { errorMessage } from '../../lib/errors.js'
import { removePackage, type RemoveResult } from '../../conda/env/remove.js'
import { PACKAGE_SCRIPT_OPTIONS, packageScriptsFlag } from '../../conda/script-flags.js'
import { parseSubcommand } from './args.js'

export const REMOVE_USAGE = `usage: build-wheel conda remove --prefix DIR [flags] NAME...

Remove packages from a conda environment, as conda unlinks them: each package's pre-unlink script runs
first (a failing one stops with nothing of that package removed), then exactly the files its
conda-meta record lists are deleted (files other packages own too are kept; a record that reaches
outside DIR is refused), folders left empty are removed, then the record. Packages that depend on a
removed one are named in a warning and stay installed. NAME is a package name or name-version-build.

flags:
  --prefix DIR, -p DIR        the environment
  --no-allow-package-scripts  refuse to remove a package that has a pre-unlink script (nothing of it is
                              removed); --allow-package-scripts (the default, as conda) runs the script
  --json                      print what was removed as JSON instead of a summary
  -h, --help                  show this help
`

const OPTIONS = {
  prefix: { type: 'string', short: 'p' },
  json: { type: 'boolean' },
  ...PACKAGE_SCRIPT_OPTIONS,
  help: { type: 'boolean', short: 'h' }
} as const

/** Run `conda remove <args>`; returns the exit code. Progress goes to stderr when --json is given, else to `out`. */
export async function removeCommand(args: readonly string[], out: (s: string) => void): Promise<number> {
  const parsed = parseSubcommand(args, OPTIONS, REMOVE_USAGE, out)
  if (typeof parsed === 'number') return parsed
  const { values, positionals } = parsed
  const problems: string[] = []
  if (!values.prefix) problems.push('--prefix is required')
  if (positionals.length === 0) problems.push('give at least one package name')
  const allowScripts = packageScriptsFlag(values)
  if (typeof allowScripts === 'string') problems.push(allowScripts)
  if (problems.length) {
    process.stderr.write(`error: ${problems.join('; ')}\n${REMOVE_USAGE}`)
    return 2
  }
  const say = values.json ? (l: string) => process.stderr.write(`${l}\n`) : (l: string) => out(`${l}\n`)
  const done: RemoveResult[] = []
  try {
    for (const name of positionals)
      done.push(
        await removePackage({
          prefix: values.prefix as string,
          name,
          allowPackageScripts: allowScripts !== false,
          command: ['build-wheel', 'conda', 'remove', ...args].join(' '),
          log: say,
          warn: l => process.stderr.write(`warning: ${l}\n`)
        })
      )
    return 0
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}\n`)
    return 1
  } finally {
    if (values.json) out(`${JSON.stringify({ prefix: values.prefix, removed: done }, null, 2)}\n`)
  }
}
