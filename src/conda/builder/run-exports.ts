/**
 * run_exports as the builder reads them from the packages it installed, and index.json's depends from them:
 * the rules (which prefix exports what, noarch, ignore_run_exports and _from) are finalize/run-exports.ts.
 */
import { exportsToApply, normalizeRunExports, type RunExports } from '../finalize/run-exports.js'

export { normalizeRunExports, type RunExports }

export interface ExportingPackage {
  readonly name: string
  readonly exports: RunExports | undefined
  /** The installed version and build, for pins against the prefix. */
  readonly version?: string
  readonly build?: string
}

export interface RunRequirements {
  readonly run: readonly string[]
  readonly runConstrained: readonly string[]
  readonly build: readonly ExportingPackage[]
  readonly host: readonly ExportingPackage[]
  /** No host section: the build packages are the host packages. */
  readonly merged: boolean
  readonly noarch: boolean
  readonly ignore: readonly string[]
  readonly ignoreFrom: readonly string[]
}

/** `" ".join(spec.split())` */
export const normalizeSpec = (s: string): string => s.trim().split(/\s+/).join(' ')

function uniqueSorted(list: readonly string[]): string[] {
  return [...new Set(list.map(normalizeSpec).filter(Boolean))].sort()
}

/** The recipe's run and run_constrained with the exports of the given packages added (every package counts as named). */
export function runRequirements(r: RunRequirements): { depends: string[]; constrains: string[] } {
  const source = (p: ExportingPackage) => ({ name: p.name, runExports: p.exports })
  const e = exportsToApply({
    build: r.build.map(source),
    host: r.host.map(source),
    merged: r.merged,
    hasHost: !r.merged,
    noarch: r.noarch,
    ignore: r.ignore,
    ignoreFrom: r.ignoreFrom
  })
  return { depends: uniqueSorted([...r.run, ...e.run]), constrains: uniqueSorted([...r.runConstrained, ...e.constrains]) }
}
