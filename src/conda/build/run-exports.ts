/**
 * run_exports, as conda-build applies them: each package of the host prefix adds its `weak` and
 * `strong` exports to the run requirements (`*_constrains` to run_constrained); each package of the
 * build prefix adds only its `strong` ones, unless there is no host section (then the build prefix
 * is the host prefix and counts as such). noarch packages take only the `noarch` exports.
 * `ignore_run_exports` drops exports by name, `ignore_run_exports_from` drops every export of a package.
 * An export for a package the recipe already names in `run` is left out (the recipe's spec wins).
 */
import { specName } from '../env/solve.js'

export interface RunExports {
  readonly weak?: readonly string[]
  readonly strong?: readonly string[]
  readonly noarch?: readonly string[]
  readonly weak_constrains?: readonly string[]
  readonly strong_constrains?: readonly string[]
}

const KEYS = ['weak', 'strong', 'noarch', 'weak_constrains', 'strong_constrains'] as const

/** A run_exports value as a recipe or run_exports.json holds it: a bare list is `weak`. */
export function normalizeRunExports(v: unknown): RunExports | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string') return { weak: [v] }
  if (Array.isArray(v)) return { weak: v.filter((x): x is string => typeof x === 'string') }
  if (typeof v !== 'object') return undefined
  const out: Record<string, string[]> = {}
  for (const k of KEYS) {
    const x = (v as Record<string, unknown>)[k]
    const list = typeof x === 'string' ? [x] : Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []
    if (list.length) out[k] = list
  }
  return Object.keys(out).length ? out : undefined
}

export interface ExportingPackage {
  readonly name: string
  readonly exports: RunExports | undefined
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

/** index.json's depends and constrains. */
export function runRequirements(r: RunRequirements): { depends: string[]; constrains: string[] } {
  const named = new Set(r.run.map(specName))
  const ignore = new Set(r.ignore.map(s => s.toLowerCase()))
  const from = new Set(r.ignoreFrom.map(s => s.toLowerCase()))
  const depends = [...r.run]
  const constrains = [...r.runConstrained]
  const take = (pkgs: readonly ExportingPackage[], asHost: boolean): void => {
    for (const p of pkgs) {
      if (!p.exports || from.has(p.name)) continue
      const e = p.exports
      const run = r.noarch ? (asHost ? (e.noarch ?? []) : []) : [...(asHost ? (e.weak ?? []) : []), ...(e.strong ?? [])]
      const con = r.noarch ? [] : [...(asHost ? (e.weak_constrains ?? []) : []), ...(e.strong_constrains ?? [])]
      for (const s of run) if (!ignore.has(specName(s)) && !named.has(specName(s))) depends.push(s)
      for (const s of con) if (!ignore.has(specName(s))) constrains.push(s)
    }
  }
  take(r.build, r.merged)
  if (!r.merged) take(r.host, true)
  return { depends: uniqueSorted(depends), constrains: uniqueSorted(constrains) }
}
