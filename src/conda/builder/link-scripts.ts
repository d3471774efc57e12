/**
 * The recipe's link scripts put where conda runs them, as conda-build does after a build script:
 * `pre-link`, `post-link` and `pre-unlink` (.sh, or .bat for a Windows subdir) from the recipe
 * folder, copied into the host prefix as `bin/.<name>-<action>.sh` (`Scripts/...bat`), mode 0775.
 *
 * Which file: for the top-level package `<action>.sh`; for an output, the output's `build/<action>`
 * when given, else `<output name>-<action>.sh` (so one recipe can give each output its own). The
 * file must be inside the recipe folder (a name with `..`, an absolute path or a symbolic link
 * leading out is refused, naming it).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { confinedFile, RecipeFileError } from '../recipe/confine.js'

export const LINK_ACTIONS = ['pre-link', 'post-link', 'pre-unlink'] as const
export type LinkAction = (typeof LINK_ACTIONS)[number]

export interface LinkScriptsOf {
  readonly recipeDir: string
  /** The package's name (the output's, for an output). */
  readonly name: string
  /** Set for an output: its build section (`pre-link: my-pre-link` names the script). */
  readonly outputBuild?: Readonly<Record<string, unknown>>
  readonly windows: boolean
}

export interface LinkScript {
  readonly action: LinkAction
  /** The script in the recipe folder (absolute, real). */
  readonly source: string
  /** Where it goes, relative to the prefix. */
  readonly target: string
}

/** The link scripts the recipe has for this package; a name leading out of the recipe folder is an error naming it. */
export function findLinkScripts(o: LinkScriptsOf): LinkScript[] {
  const ext = o.windows ? '.bat' : '.sh'
  const found: LinkScript[] = []
  for (const action of LINK_ACTIONS) {
    const given = o.outputBuild?.[action]
    const stem = o.outputBuild ? (typeof given === 'string' && given.trim() ? given.trim() : `${o.name}-${action}`) : action
    let source: string | undefined
    try {
      source = confinedFile([o.recipeDir], o.recipeDir, stem + ext)
    } catch (e) {
      const why = e instanceof RecipeFileError ? e.message : String(e)
      throw new RecipeFileError(`the ${action} script of ${o.name}: ${why}`)
    }
    if (source) found.push({ action, source, target: path.posix.join(o.windows ? 'Scripts' : 'bin', `.${o.name}-${action}${ext}`) })
  }
  return found
}

/** Copy the package's link scripts into `prefix`; returns their paths relative to it. */
export function installLinkScripts(prefix: string, o: LinkScriptsOf, log?: (l: string) => void): string[] {
  return findLinkScripts(o).map(s => {
    const dest = path.join(prefix, s.target)
    fs.mkdirSync(path.dirname(dest), { recursive: true })
    const temp = `${dest}.${process.pid}.tmp`
    fs.copyFileSync(s.source, temp)
    fs.chmodSync(temp, 0o775)
    fs.renameSync(temp, dest)
    log?.(`${s.action} script: ${path.relative(o.recipeDir, s.source)} -> ${s.target}`)
    return s.target
  })
}
