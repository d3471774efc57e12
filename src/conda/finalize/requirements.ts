/**
 * Finalized requirements, as conda-build's finalize_metadata leaves them after the prefixes are solved:
 * run_exports of the solved packages applied (add_upstream_pins), run requirements pinned to the versions
 * built against (pin_run_as_build, numpy x.x), `pin_depends: strict` replacing run by the solved run set,
 * the solved build/host sets written as exact specs, test requirements pinned the same way, and one exact
 * pin per name. Pure: the solved sets and their run_exports come in as data.
 */
import { ensureValidSpec } from '../recipe/context-functions.js'
import type { Variant } from '../recipe/platforms.js'
import { pinFromBuild, PinError, type Installed } from './pins.js'
import { exportsToApply, type ExportSource } from './run-exports.js'

export interface SolvedPackage extends Installed {
  readonly build: string
  /** The package's info/run_exports.json, when it has one. */
  readonly runExports?: unknown
}

export interface SectionLists {
  readonly build?: readonly string[]
  readonly host?: readonly string[]
  readonly run?: readonly string[]
  readonly run_constrained?: readonly string[]
}

export interface FinalizeInput {
  /** The output's requirements as rendered (build/host/run/run_constrained). */
  readonly requirements: SectionLists
  readonly variant: Variant
  /** The solved build prefix (the merged prefix when there is no host section). */
  readonly build: readonly SolvedPackage[]
  /** The solved host prefix; undefined when the recipe has no host section. */
  readonly host?: readonly SolvedPackage[]
  /** Without a host section: whether build is also host (default true; false when compilers are in build). */
  readonly buildIsHost?: boolean
  readonly noarch?: string
  /** python_version_independent (implied by noarch: python). */
  readonly pythonIndependent?: boolean
  readonly ignoreRunExports?: readonly string[]
  readonly ignoreRunExportsFrom?: readonly string[]
  readonly pinDepends?: string
  /** The solved run environment, for pin_depends: strict|record (without it run is left as finalized). */
  readonly runSolved?: readonly SolvedPackage[]
  readonly testRequires?: readonly string[]
  /** Names of the other outputs of the recipe: not pinned from the prefixes (they are built here). */
  readonly outputNames?: readonly string[]
}

export interface Finalized {
  readonly build: string[]
  readonly host?: string[]
  readonly run: string[]
  readonly run_constrained: string[]
  readonly testRequires?: string[]
  /** pin_depends: record|strict: the exact run set, for info/requires. */
  readonly requires?: string[]
}

const exactSpec = (p: SolvedPackage): string => `${p.name} ${p.version} ${p.build}`
const nameOf = (spec: string): string => spec.trim().split(/[\s=<>!~]/)[0]

function checkPinDepends(v: string | undefined): string {
  const s = (v ?? '').toLowerCase()
  if (s && s !== 'record' && s !== 'strict') throw new PinError(`build/pin_depends must be 'record' or 'strict', not '${v}'`)
  return s
}

function sources(input: FinalizeInput): { build: ExportSource[]; host: ExportSource[] } {
  const only = (section: 'build' | 'host', pkgs: readonly SolvedPackage[]): ExportSource[] => {
    const named = new Set((input.requirements[section] ?? []).map(nameOf))
    return pkgs.filter(p => named.has(p.name)).map(p => ({ name: p.name, runExports: p.runExports }))
  }
  return { build: only('build', input.build), host: input.host ? only('host', input.host) : [] }
}

/** The finalized requirements of one output (see the module's comment). */
export function finalizeRequirements(input: FinalizeInput): Finalized {
  const pinDepends = checkPinDepends(input.pinDepends)
  const hasHost = input.host !== undefined
  const merged = !hasHost && (input.buildIsHost ?? true)
  const pinning = hasHost ? (input.host ?? []) : input.build
  const own = new Set(input.outputNames ?? [])
  const versions = new Map(pinning.filter(p => !own.has(p.name)).map(p => [p.name, p.version]))
  const facts = { versions, variant: input.variant, pythonIndependent: input.pythonIndependent || input.noarch === 'python' }
  const src = sources(input)
  const exported = exportsToApply({
    build: src.build,
    host: src.host,
    merged,
    hasHost,
    noarch: Boolean(input.noarch),
    ignore: [...(input.ignoreRunExports ?? []), ...(facts.pythonIndependent && !input.noarch ? ['python'] : [])],
    ignoreFrom: [...(input.ignoreRunExportsFrom ?? []), ...(facts.pythonIndependent && !input.noarch ? ['python'] : [])]
  })
  const given = [...(input.requirements.run ?? [])]
  const withExports = [...new Set([...exported.run, ...given])]
  let run = withExports.map(d => ensureValidSpec(pinFromBuild(d, facts))).sort()
  const requires = pinDepends && input.runSolved ? input.runSolved.map(exactSpec).sort() : undefined
  if (pinDepends === 'strict' && requires) run = [...requires]
  const constrained = [...new Set([...exported.constrains, ...(input.requirements.run_constrained ?? [])])].sort()
  const build = simplifyExact(input.build.map(exactSpec).sort(), 'build')
  const host = input.host ? simplifyExact(input.host.map(exactSpec).sort(), 'host') : undefined
  const testRequires = input.testRequires ? [...new Set(input.testRequires.map(d => ensureValidSpec(pinFromBuild(d, facts))))] : undefined
  return { build, host, run: simplifyExact(run, 'run'), run_constrained: constrained, testRequires, requires }
}

/** Specs from the build prefix's strong run_exports that go into the host requirements before the host solve. */
export function hostAdditions(build: readonly SolvedPackage[], requirements: FinalizeInput['requirements'], ignoreFrom: readonly string[] = []): string[] {
  const named = new Set((requirements.build ?? []).map(nameOf))
  const exported = exportsToApply({
    build: build.filter(p => named.has(p.name)).map(p => ({ name: p.name, runExports: p.runExports })),
    host: [],
    merged: false,
    hasHost: true,
    noarch: false,
    ignore: [],
    ignoreFrom
  })
  return exported.strongFromBuild
}

/**
 * One spec per name where an exact pin (`name version build`) is among them (_simplify_to_exact_constraints);
 * two different exact pins of one name are an error.
 */
export function simplifyExact(deps: readonly string[], section: string): string[] {
  const byName = new Map<string, string[][]>()
  for (const d of deps) {
    const [name, ...rest] = ensureValidSpec(d).split(/\s+/)
    const list = byName.get(name) ?? []
    list.push(rest)
    byName.set(name, list)
  }
  const out: string[] = []
  for (const [name, values] of byName) {
    const exact = values.filter(v => v.length > 1 && !/[<>*]/.test(v[0]) && !v[1].includes('*'))
    if (values.length === 1 && values[0].length === 0) out.push(name)
    else if (exact.length) {
      const first = exact[0].slice(0, 2).join(' ')
      if (exact.some(e => e.slice(0, 2).join(' ') !== first))
        throw new PinError(`requirements/${section}: conflicting exact pins of ${name}: ${exact.map(e => e.join(' ')).join(' and ')}; keep one`)
      out.push(`${name} ${first}`)
    } else out.push(...values.filter(v => v.length).map(v => [name, ...v].join(' ')))
  }
  return out
}
