/**
 * run_exports, as conda-build's add_upstream_pins applies them, and run_exports.json as its
 * write_run_exports writes it. With a host section: the host packages' weak and strong exports and the
 * build packages' strong ones go to run (noarch: only the host packages' `noarch` exports). Build and
 * host merged: the build packages' weak and strong (noarch: `noarch`). No host section but not merged
 * (compilers in build): only the strong ones. Only packages the section names explicitly export.
 * `ignore_run_exports` drops a spec equal to an entry or starting with "entry " ("*" drops all);
 * `ignore_run_exports_from` drops every export of the named packages.
 */

/** A package's run_exports by kind. */
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

export interface ExportSource {
  readonly name: string
  /** run_exports.json's content (a list is `weak`). */
  readonly runExports?: unknown
}

export interface ExportsInput {
  readonly build: readonly ExportSource[]
  readonly host: readonly ExportSource[]
  /** No host section and build_is_host (conda-build's merged prefix). */
  readonly merged: boolean
  /** The recipe has a host section. */
  readonly hasHost?: boolean
  readonly noarch: boolean
  readonly ignore: readonly string[]
  readonly ignoreFrom: readonly string[]
}

export interface Exported {
  readonly run: string[]
  readonly constrains: string[]
  /** The build packages' strong exports: conda-build adds them to the host requirements before solving host. */
  readonly strongFromBuild: string[]
}

type Kind = keyof RunExports

function collect(pkgs: readonly ExportSource[], i: ExportsInput): Map<Kind, string[]> {
  const from = new Set(i.ignoreFrom.map(s => s.split(' ')[0].toLowerCase()))
  const out = new Map<Kind, string[]>()
  for (const p of pkgs) {
    if (from.has(p.name.toLowerCase())) continue
    const e = normalizeRunExports(p.runExports)
    if (!e) continue
    for (const [k, list] of Object.entries(e) as [Kind, readonly string[]][]) {
      const kept = list.filter(s => !i.ignore.some(ig => ig === '*' || s === ig || s.startsWith(`${ig} `)))
      out.set(k, [...(out.get(k) ?? []), ...kept])
    }
  }
  return out
}

const uniq = (l: readonly string[]): string[] => [...new Set(l)].sort()

/** What the solved prefixes add to run and run_constrained (see the module's comment). */
export function exportsToApply(i: ExportsInput): Exported {
  const b = collect(i.build, i)
  const h = collect(i.host, i)
  const g = (m: Map<Kind, string[]>, k: Kind): string[] => m.get(k) ?? []
  const strongFromBuild = uniq(g(b, 'strong'))
  const hasHost = i.hasHost ?? !i.merged
  if (hasHost && !i.merged) {
    if (i.noarch) return { run: uniq(g(h, 'noarch')), constrains: [], strongFromBuild }
    return {
      run: uniq([...g(h, 'strong'), ...g(h, 'weak'), ...g(b, 'strong')]),
      constrains: uniq([...g(h, 'strong_constrains'), ...g(h, 'weak_constrains'), ...g(b, 'strong_constrains')]),
      strongFromBuild
    }
  }
  if (i.noarch) return { run: i.merged ? uniq(g(b, 'noarch')) : [], constrains: [], strongFromBuild }
  if (i.merged)
    return {
      run: uniq([...g(b, 'strong'), ...g(b, 'weak')]),
      constrains: uniq([...g(b, 'strong_constrains'), ...g(b, 'weak_constrains')]),
      strongFromBuild
    }
  return { run: strongFromBuild, constrains: uniq(g(b, 'strong_constrains')), strongFromBuild }
}

/**
 * info/run_exports.json: the output's build/run_exports, a bare list as `weak`, each kind a list, other keys
 * kept as given (conda-build's write_run_exports); undefined when there is nothing to write.
 */
export function runExportsJson(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (Array.isArray(value) || typeof value === 'string') {
    const list = Array.isArray(value) ? value : [value]
    return list.length ? { weak: list } : undefined
  }
  if (typeof value !== 'object') return undefined
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === undefined) continue
    out[k] = (KEYS as readonly string[]).includes(k) && !Array.isArray(v) ? [v] : v
  }
  return Object.keys(out).length ? out : undefined
}
