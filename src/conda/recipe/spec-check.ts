/**
 * Requirement entries that conda-build refuses while it reads a recipe: a `pip:` mapping in a requirements
 * list (pip packages belong in an environment.yml, not meta.yaml) and a version with a comparison inside one
 * of its constraints (`>=0.10,<1.0<py312`), which conda's MatchSpec rejects. Only these clear mistakes are
 * caught here; anything else is left to the solver, which knows the whole MatchSpec grammar.
 */
import type { Value } from './yaml.js'
import { isDict } from './sections.js'

const LEADING_OP = /^(==|!=|>=|<=|~=|>|<|=)/

/** What is wrong with the match spec `spec` (a string entry of a requirements list), or undefined. */
export function specProblem(spec: string): string | undefined {
  const s = spec.trim()
  // bracket and channel forms (pkg[version='>=1'], conda-forge::pkg) are the solver's to read
  if (/[[\]]|::/.test(s)) return undefined
  const version = s.split(/\s+/)[1]
  if (!version) return undefined
  for (const part of version.replace(/[()]/g, '').split(/[,|]/)) {
    const rest = part.replace(LEADING_OP, '')
    if (/[<>!]/.test(rest)) return `invalid match spec '${s}': the constraint '${part}' has a comparison inside its version`
  }
  return undefined
}

/** What is wrong with one entry of a requirements list (not a string), or undefined. */
export function entryProblem(list: string, item: Value): string | undefined {
  if (isDict(item) && 'pip' in item)
    return `'${list}' has a 'pip:' list: meta.yaml takes conda packages only; give each as a conda package, or install pip packages from the build script (conda-build points to an environment.yml)`
  return undefined
}

/** Accepted forms, for the messages. */
export const SPEC_FORMS = "accepted: 'name', 'name 1.2.*', 'name >=1.2,<2', 'name 1.2 build_string'"
