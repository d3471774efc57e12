/**
 * Making the conda build plan: the recipe rendered once (its warnings reported once), the subdirs
 * checked, every prefix solved once, then the pure plan (build-plan.ts). A render-only plan is neither
 * checked against this machine nor solved: it shows what the recipe renders to for any target.
 */
import type { RecipeWarning } from '../recipe/location.js'
import { formatWarning } from '../recipe/location.js'
import type { RenderResult } from '../recipe/render.js'
import type { RenderDirs } from '../recipe/context-vars.js'
import { renderRecipeWithSource } from '../source/for-render.js'
import type { Spec } from '../recipe/variants.js'
import { planBuild, specsToSolve, type CondaPlan, type PlanSettings } from './build-plan.js'
import type { CondaFacts } from './facts.js'
import { hasOutputs, planRecipeOutputs } from './recipe-outputs.js'
import type { OutputPlan } from './outputs.js'
import { errorMessage } from '../../lib/errors.js'
import { solveInRounds } from './solve-rounds.js'

export interface MakePlanOptions extends PlanSettings {
  readonly recipe: string
  readonly targetPlatform?: string
  readonly variants?: Spec
  readonly variantConfigFiles?: readonly string[]
  /** repodata/ of the solver under it. */
  readonly cacheDir: string
  /** false: a render-only plan (see the module's comment). */
  readonly solve: boolean
  /** A plan to print (`--plan-only`): packages for other subdirs are planned unsolved, not refused (build-plan.ts). */
  readonly planOnly?: boolean
  /** Each warning of the render, once. */
  readonly onWarning?: (w: RecipeWarning) => void
  readonly log?: (l: string) => void
  readonly warn?: (l: string) => void
}

/** What rendering needs beyond the recipe: the source cache and the build's folders (PREFIX, SRC_DIR... in the templates). */
export interface RenderOnceOptions extends Pick<MakePlanOptions, 'recipe' | 'targetPlatform' | 'variants' | 'variantConfigFiles' | 'onWarning' | 'log'> {
  readonly sourceCacheDir?: string
  /** The croot and stamp of the build folders; without them the templates see placeholder paths (render-only). */
  readonly dirs?: RenderDirs
}

/**
 * The recipe rendered once, each of its warnings given to onWarning once. A recipe whose templates read its
 * source (GIT_*, load_setup_py_data...) has it fetched first (src/conda/source/for-render.ts).
 */
export async function renderOnce(o: RenderOnceOptions): Promise<RenderResult> {
  const { recipe, targetPlatform, variants, variantConfigFiles, sourceCacheDir, dirs, log } = o
  const rendered = await renderRecipeWithSource({ recipe, targetPlatform, variants, variantConfigFiles, sourceCacheDir, dirs, log })
  for (const w of rendered.warnings) o.onWarning?.(w)
  return rendered
}

/** The outputs planner's plan of a recipe with `outputs:`, for a render-only plan; what it refuses becomes a warning there. */
function renderedOutputs(rendered: RenderResult, subdir: string, buildSubdir: string, warnings: string[]): { outputs?: OutputPlan } {
  if (!rendered.variants.some(v => Array.isArray(v.meta.outputs))) return {}
  try {
    return { outputs: planRecipeOutputs(rendered, subdir, buildSubdir) }
  } catch (e) {
    warnings.push(`outputs: ${errorMessage(e)}`)
    return {}
  }
}

/** The plan of an already rendered recipe: checked and solved unless `solve` is false. */
export async function planRendered(rendered: RenderResult, o: Omit<MakePlanOptions, 'recipe'>, facts: CondaFacts): Promise<CondaPlan> {
  const base = { rendered, warnings: rendered.warnings.map(formatWarning), facts, settings: o }
  if (!o.solve) return planBuild({ ...base, check: false, ...renderedOutputs(rendered, o.targetPlatform || facts.hostSubdir, facts.hostSubdir, base.warnings) })
  // outputs: every output of every variant is built (output types other than conda packages are refused here, by name)
  const outputs = hasOutputs(rendered) ? { outputs: planRecipeOutputs(rendered, o.targetPlatform || facts.hostSubdir, facts.hostSubdir) } : {}
  const unsolved = planBuild({ ...base, ...outputs, planOnly: o.planOnly })
  const specs = unsolved.builds.flatMap(b => specsToSolve(b, facts.hostSubdir))
  // environments that ask for another output are solved with its planned record, in rounds (solve-rounds.ts)
  const request = { channels: o.channels, subdir: facts.hostSubdir, cacheDir: o.cacheDir, log: o.log, warn: o.warn }
  return solveInRounds(specs, request, solutions => planBuild({ ...base, solutions, ...outputs, planOnly: o.planOnly }))
}

/** Render, check, solve, plan (see the module's comment). */
export async function makeCondaPlan(o: MakePlanOptions, facts: CondaFacts): Promise<CondaPlan> {
  return planRendered(await renderOnce(o), o, facts)
}
