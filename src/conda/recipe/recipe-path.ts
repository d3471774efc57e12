/**
 * The recipe as a user names it (input `recipe`, the CLI's RECIPE): a folder holding meta.yaml, or
 * the meta file itself. Checked before any work, so a wrong path is one clear error, not a YAML
 * error about some other file.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
/** The names a recipe's meta file may have, in the order they are looked for. */
export const META_NAMES = ['meta.yaml', 'meta.yml', 'conda.yaml', 'conda.yml'] as const

const ACCEPTED = `accepted: the folder holding meta.yaml (or the ${META_NAMES.join(', ')} file itself)`

/** What is wrong with `given` as a recipe ('' when nothing is); `abs` is it resolved. */
export function recipePathProblem(given: string, abs: string = path.resolve(given)): string {
  const st = fs.statSync(abs, { throwIfNoEntry: false })
  if (!st) return `'${given}' does not exist; ${ACCEPTED}`
  if (st.isFile()) {
    if ((META_NAMES as readonly string[]).includes(path.basename(abs))) return ''
    return `'${given}' is a file, not a recipe folder; ${ACCEPTED}`
  }
  if (!st.isDirectory()) return `'${given}' is neither a folder nor a file; ${ACCEPTED}`
  if (!META_NAMES.some(n => fs.existsSync(path.join(abs, n)))) return `'${given}' is a folder without a meta.yaml; ${ACCEPTED}`
  return ''
}
