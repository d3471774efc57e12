/**
 * The conda-recipe action's work, once its inputs are read (main.ts): facts -> the recipe rendered
 * once (the rendered and matrix outputs; render-only stops there with an unsolved plan) -> the plan,
 * every prefix solved once (the plan output) -> caches restored from the plan -> the plan walked in
 * this run's own build root -> caches saved -> outputs, artifacts and the job summary (also after a
 * failure, before it is rethrown).
 */
import * as runner from '../../lib/workflow-commands.js'
import * as os from 'node:os'
import * as path from 'node:path'
import { BuildFailure, executePlan, type BuildResult } from '../../conda/builder/build.js'
import { claimCroot } from '../../conda/builder/croot.js'
import type { CondaInputs } from '../../conda/inputs.js'
import { condaMatrix } from '../../conda/matrix.js'
import { condaStores, restoreCondaCaches, saveCondaCaches, type CondaCachePlan } from '../../conda/persist.js'
import { formatWarning } from '../../conda/recipe/location.js'
import { renderedJson } from '../../conda/recipe/output.js'
import { plannedPackages, type CondaPlan } from '../../conda/plan/build-plan.js'
import { gatherCondaFacts } from '../../conda/plan/facts.js'
import { planRendered, renderOnce } from '../../conda/plan/make.js'
import { condaPlanJson } from '../../conda/plan/plan-json.js'
import { describeEpoch } from '../../lib/epoch.js'
import { HostRuntime } from '../../runtime/host.js'
import { errorMessage } from '../../lib/errors.js'
import { info, phase, warning } from '../../lib/log.js'
import { CONDA_OUTPUTS } from '../outputs.js'
import { reportPackages } from './report.js'

/** Facts, the recipe rendered, the plan, the build with its caches, the report. */
export async function runRecipe(inputs: CondaInputs): Promise<void> {
  const base = process.env.RUNNER_TEMP || os.tmpdir()
  const facts = await phase('Gathering facts', async () => {
    const f = await gatherCondaFacts(new HostRuntime(), inputs.recipe)
    info(describeEpoch(f.epoch))
    return f
  })
  // the build root first: the templates see the folders the build will use (PREFIX, SRC_DIR...)
  const claimed = inputs.croot || inputs['render-only'] ? undefined : claimCroot(path.join(base, 'conda-bld'))
  try {
    const settings = planSettings(inputs, base, inputs.croot || claimed?.dir || path.join(base, 'conda-bld'))
    const rendered = await phase('Rendering the recipe', async () => {
      const r = await renderOnce({
        ...recipeOptions(inputs),
        sourceCacheDir: settings.sourceCacheDir,
        dirs: { croot: settings.croot, stamp: facts.epoch.value },
        onWarning: w => warning(formatWarning(w), w.at?.file, w.at?.line)
      })
      for (const v of r.variants) info(`${v.name}-${v.version}-${v.buildString} (${v.subdir})${v.skip ? ': skipped by build/skip' : ''}`)
      return r
    })
    runner.setOutput(CONDA_OUTPUTS.rendered, renderedJson(rendered.variants.filter(v => !v.skip)))
    runner.setOutput(CONDA_OUTPUTS.matrix, JSON.stringify(condaMatrix(rendered.variants)))
    if (inputs['render-only']) {
      runner.setOutput(CONDA_OUTPUTS.plan, condaPlanJson(await planRendered(rendered, { ...settings, solve: false }, facts)))
      return
    }
    const plan = await phase('Planning: the prefixes solved', () =>
      planRendered(rendered, { ...settings, solve: true, log: info, warn: w => warning(w) }, facts)
    )
    runner.setOutput(CONDA_OUTPUTS.plan, condaPlanJson(plan))
    const result = await buildWithCaches(inputs, plan, settings)
    await reportPackages(inputs, result.packages)
  } catch (e) {
    if (e instanceof BuildFailure) await reportAfterFailure(inputs, e)
    throw e
  } finally {
    claimed?.release()
  }
}

function recipeOptions(inputs: CondaInputs) {
  return { recipe: inputs.recipe, targetPlatform: inputs['target-platform'] || undefined, variants: inputs.variants }
}

/** Everything the plan and the build take from the inputs, with the run's folders. */
function planSettings(inputs: CondaInputs, base: string, croot: string) {
  return {
    ...recipeOptions(inputs),
    outputDir: inputs['output-dir'],
    channels: inputs.channels,
    format: inputs.format,
    test: inputs.test,
    croot,
    cacheDir: path.join(base, 'conda-cache'),
    sourceCacheDir: path.join(base, 'conda-src-cache')
  }
}

/** After a failed build: what was built, the failed package and broken/, reported; a problem doing so is a warning. */
async function reportAfterFailure(inputs: CondaInputs, e: BuildFailure): Promise<void> {
  try {
    await reportPackages(inputs, e.built, e.failed)
  } catch (w) {
    warning(`the packages built before the failure could not be reported: ${errorMessage(w)}`)
  }
}

/** The caches restored from the plan, the plan walked, the caches saved (also after a failure: what was downloaded was verified). */
async function buildWithCaches(inputs: CondaInputs, plan: CondaPlan, settings: ReturnType<typeof planSettings>): Promise<BuildResult> {
  info(`work folders under ${settings.croot}`)
  let cached: CondaCachePlan | undefined
  if (inputs.cache) {
    const stores = condaStores(inputs['cache-dir'], inputs['service-timeout'])
    cached = await phase('Conda caches: restore', () =>
      restoreCondaCaches({
        variants: plan.builds.map(b => b.rendered),
        recipeDir: plan.recipeDir,
        solved: plannedPackages(plan),
        subdir: plan.buildSubdir,
        cacheDir: settings.cacheDir,
        sourceCacheDir: settings.sourceCacheDir,
        stores,
        log: info,
        warn: w => warning(w)
      })
    )
  } else info('cache: false: the source and package caches are not persisted across runs')
  try {
    return await executePlan(plan, {
      ...settings,
      level: inputs['compression-level'],
      keepWork: inputs['keep-work'],
      sourceDateEpoch: plan.sourceDateEpoch,
      timeoutMinutes: inputs.timeout,
      allowPackageScripts: inputs['allow-package-scripts'],
      verify: inputs.verify,
      log: info,
      warn: w => warning(w)
    })
  } finally {
    const p = cached
    if (p) await phase('Conda caches: save', () => saveCondaCaches(p, info, w => warning(w)))
  }
}
