/**
 * The plan's environments solved in rounds: first those that ask for no output of the recipe, then, round by
 * round, those that ask for outputs whose records the previous round planned (planned-records.ts), until no
 * environment is left that can be solved. Each round plans again with every answer so far. The solved channel
 * records carry the run_exports that can be read without the network (known-run-exports.ts), so that the planned
 * records depend on what the built outputs will.
 */
import type { CondaPlan } from './build-plan.js'
import { withKnownRunExports } from './known-run-exports.js'
import { nextRound } from './planned-records.js'
import { solveEnvironments, specsKey, type SolveRequest, type Solutions } from './solve-envs.js'

/** Solve `specs`, plan, then solve what the plan's planned outputs make solvable, and plan again (see the module's comment). */
export async function solveInRounds(specs: readonly (readonly string[])[], r: SolveRequest, plan: (s: Solutions) => CondaPlan): Promise<CondaPlan> {
  const solve = async (s: readonly (readonly string[])[], extra: Partial<SolveRequest> = {}): Promise<Solutions> =>
    withKnownRunExports(await solveEnvironments(s, { ...r, ...extra }), r.cacheDir)
  const solutions = new Map(await solve(specs))
  let planned = plan(solutions)
  for (;;) {
    const next = nextRound(planned.builds, r.subdir)
    const fresh = next.specs.filter(s => s.length && !solutions.has(specsKey(s)))
    if (!fresh.length) return planned
    for (const [k, v] of await solve(fresh, { extra: next.repodata })) solutions.set(k, v)
    planned = plan(solutions)
  }
}
