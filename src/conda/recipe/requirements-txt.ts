/**
 * A recipe's requirements.txt, read as conda-build reads it: when the top level's run requirements
 * are empty and the recipe folder holds requirements.txt, its lines are the run requirements
 * (conda's reading of a requirement line: `name`, `name==1.0`, `name>=1.0,<2`, `name=1.0` in
 * conda's own form). Blank lines, `#` comments and pip options (`-r`, `--index-url`...) are skipped.
 */
import { confinedFile, readConfined } from './confine.js'

/** One line as a conda match spec, or undefined for a line that holds none. */
export function specFromLine(raw: string): string | undefined {
  const line = raw.replace(/(^|\s)#.*$/, '').trim()
  if (!line || line.startsWith('-')) return undefined
  const m = /^([^=<>!~\s;[]+)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(line)
  if (!m) return undefined
  const name = m[1].toLowerCase()
  const constraint = m[2].replace(/\s+/g, '')
  if (!constraint) return name
  // conda's own `name=1.0` form: a version, not a comparison
  if (/^=[^=]/.test(constraint)) return `${name} ${constraint.slice(1)}`
  return `${name} ${constraint}`
}

/** The run requirements requirements.txt gives, or undefined when the recipe folder has none. */
export function requirementsTxt(recipeDir: string): string[] | undefined {
  // a real file inside the recipe folder, or none (a link out of it is refused)
  const file = confinedFile([recipeDir], recipeDir, 'requirements.txt')
  if (!file) return undefined
  return readConfined(file)
    .split(/\r?\n/)
    .map(specFromLine)
    .filter((s): s is string => s !== undefined)
}
