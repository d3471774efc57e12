/**
 * The empty packages conda-build refuses (bundle_conda's CondaBuildException "Empty package; ..."): a package
 * with no files of its own (conda-build's `files`: the output's `files:`, or for the top-level package the files
 * its build added), no output script and nothing named by always_include_files, whose requirements hold python
 * (or r-base) in both build and host (the build most likely ran the build prefix's interpreter and installed into
 * it), or in build beside a `{{ compiler(...) }}` (uses_new_style_compiler_activation) without it in host. Pure.
 */
import { outputBlocks, topLevelText } from '../plan/output-text.js'

export interface EmptyPackageInput {
  readonly hasFiles: boolean
  readonly hasScript: boolean
  /** always_include_files named some path of the host prefix. */
  readonly alwaysIncludes: boolean
  /** The rendered requirement specs. */
  readonly build: readonly string[]
  readonly host: readonly string[]
  /** The requirements text uses `{{ compiler(...) }}`. */
  readonly compilerActivation: boolean
}

/** The interpreters conda-build checks, with the variable a build script should run instead. */
const DOUBLE_DEPS: ReadonlyArray<readonly [string, string]> = [
  ['python', 'PYTHON'],
  ['r-base', 'R']
]

const names = (specs: readonly string[]): Set<string> => new Set(specs.map(s => s.trim().split(/[\s=<>!~]/)[0]))

/** Why conda-build refuses this package (the caller names the package), or undefined when it makes it. */
export function emptyPackageProblem(i: EmptyPackageInput): string | undefined {
  if (i.hasFiles || i.hasScript || i.alwaysIncludes) return undefined
  const build = names(i.build)
  const host = names(i.host)
  const empty = `the package would be empty (its build added no files to $PREFIX, and it has no output script, files: or always_include_files)`
  for (const [dep, variable] of DOUBLE_DEPS) {
    if (build.has(dep) && host.has(dep))
      return (
        `${empty} with ${dep} in both its build and host requirements: the build script most likely ran the build prefix's ${dep}, ` +
        `which installs into the build prefix; run $${variable} (the host prefix's ${dep}) in the build script, or make it install its files into $PREFIX ` +
        `(conda-build refuses it too: "Empty package; ${dep} present in build and host deps")`
      )
    if (build.has(dep) && i.compilerActivation)
      return (
        `${empty} with ${dep} in its build requirements (beside a compiler) but not in host: move ${dep} to requirements/host, ` +
        `where the package's files are installed from (conda-build refuses it too: "Empty package; ${dep} dep present in build but not host requirements")`
      )
  }
  return undefined
}

const COMPILER = /\{\{\s*compiler\(.*\)\s*\}\}/
const REQUIREMENTS = /^requirements:[\s\S]*?(?=^(?:test|extra|about|outputs):|(?![\s\S]))/m

/**
 * Whether the requirements use `{{ compiler(...) }}` in the recipe's raw text: the top level's requirements
 * section, or (`output`) the requirements of the outputs block whose `name:` is written as that name.
 */
export function usesCompilerActivation(raw: string, output?: string): boolean {
  const text =
    output === undefined
      ? topLevelText(raw, undefined)
      : outputBlocks(raw).find(b => new RegExp(`^name:\\s*['"]?${escape(output)}['"]?\\s*(#.*)?$`, 'm').test(b))
  return COMPILER.test(REQUIREMENTS.exec(text ?? '')?.[0] ?? '')
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Refuse, before post-processing, a package conda-build refuses (see emptyPackageProblem). */
export function refuseEmptyPackage(i: EmptyPackageInput): void {
  const problem = emptyPackageProblem(i)
  if (problem) throw new Error(problem)
}
