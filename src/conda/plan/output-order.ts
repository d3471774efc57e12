/**
 * The order outputs are built in (conda-build's _toposort_outputs): an output comes after the outputs its
 * run and host requirements name, and its build requirements when it has no host section; among the outputs
 * whose dependencies are done, by name (conda's toposort). A dependency on itself does not count. Two outputs
 * that name each other in their build, host or run requirements (host and run only when cross-compiling:
 * build requirements then come from the build platform, never from the recipe) are refused first, as
 * conda-build's _check_circular_dependencies refuses them, even when the order alone would allow them (`a`
 * runs with `b`, `b` builds with `a`); any other cycle is an error naming the outputs in it.
 */
import { RecipeError } from '../recipe/location.js'
import { depName } from '../recipe/used-vars.js'

export interface Orderable {
  readonly name: string
  readonly requirements: {
    readonly build: readonly string[]
    readonly host: readonly string[]
    readonly run: readonly string[]
    readonly hasHost: boolean
  }
}

/** The pairs of outputs that name each other in build (unless `cross`), host or run (conda-build's check), as `a <-> b`. */
export function mutualPairs(items: readonly Orderable[], cross = false): string[] {
  const named = new Map<string, Set<string>>()
  for (const i of items) {
    const set = named.get(i.name) ?? new Set<string>()
    for (const d of [...(cross ? [] : i.requirements.build), ...i.requirements.host, ...i.requirements.run]) set.add(depName(d))
    named.set(i.name, set)
  }
  const names = [...named.keys()]
  const pairs: string[] = []
  for (let a = 0; a < names.length; a++)
    for (let b = a + 1; b < names.length; b++)
      if (named.get(names[a])?.has(names[b]) && named.get(names[b])?.has(names[a])) pairs.push(`${names[a]} <-> ${names[b]}`)
  return pairs
}

/** Names in build order. */
export function orderNames(items: readonly Orderable[], cross = false): string[] {
  const pairs = mutualPairs(items, cross)
  if (pairs.length)
    throw new RecipeError(
      `circular dependencies in the recipe's outputs: ${pairs.join(', ')} (each names the other in its build, host or run requirements); one of them must not need the other`
    )
  const names = new Set(items.map(i => i.name))
  const deps = new Map<string, Set<string>>()
  for (const i of items) {
    const set = deps.get(i.name) ?? new Set<string>()
    const r = i.requirements
    for (const d of [...r.run, ...r.host, ...(r.hasHost ? [] : r.build)]) {
      const n = depName(d)
      if (names.has(n) && n !== i.name) set.add(n)
    }
    deps.set(i.name, set)
  }
  const out: string[] = []
  while (deps.size) {
    const ready = [...deps].filter(([, d]) => d.size === 0).map(([n]) => n)
    if (!ready.length) {
      const cycle = [...deps].map(([n, d]) => `${n} -> ${[...d].sort().join(', ')}`).sort()
      throw new RecipeError(`circular dependencies among the outputs: ${cycle.join('; ')}; an output cannot need an output that needs it`)
    }
    for (const n of ready.sort()) {
      out.push(n)
      deps.delete(n)
    }
    for (const d of deps.values()) for (const n of ready) d.delete(n)
  }
  return out
}

/** The items in build order; items of one name (variants) keep their relative order. */
export function orderOutputs<T extends Orderable>(items: readonly T[], cross = false): T[] {
  const order = orderNames(items, cross)
  return order.flatMap(n => items.filter(i => i.name === n))
}
