import * as core from '@actions/core'
import * as os from 'node:os'
import * as path from 'node:path'
import { buildRecipe } from '../../conda/build/build.js'
import { CONDA_OUTPUTS, readCondaInputs } from '../../conda/inputs.js'
import { condaStores, restoreCondaCaches, saveCondaCaches, type CondaCachePlan } from '../../conda/persist.js'
import { formatWarning } from '../../conda/recipe/location.js'
import { renderedJson } from '../../conda/recipe/output.js'
import { hostSubdir } from '../../conda/recipe/platforms.js'
import { renderRecipe } from '../../conda/recipe/render.js'
import { describeEpoch, sourceDateEpoch } from '../../lib/epoch.js'
import { InputProblems } from '../../lib/inputs.js'
import { info, phase, warning } from '../../lib/log.js'
import { renderTextTable, writeJobSummary, type SummaryRow } from '../../lib/summary.js'
import { runnerInputs, runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => {
    const problems = new InputProblems()
    const inputs = await phase('Gathering inputs', async () => readCondaInputs(runnerInputs, process.cwd(), problems))
    problems.throwIfAny()
    const rendered = await phase('Rendering the recipe', async () => {
      const r = renderRecipe({ recipe: inputs.recipe, targetPlatform: inputs['target-platform'], variants: inputs.variants })
      for (const w of r.warnings) warning(formatWarning(w), w.at?.file, w.at?.line)
      for (const v of r.variants) info(`${v.name}-${v.version}-${v.buildString} (${v.subdir})${v.skip ? ': skipped by build/skip' : ''}`)
      return r
    })
    const kept = rendered.variants.filter(v => !v.skip)
    core.setOutput(CONDA_OUTPUTS.rendered, renderedJson(kept))
    if (inputs['render-only']) return
    const base = process.env.RUNNER_TEMP || os.tmpdir()
    const epoch = await sourceDateEpoch(inputs.recipe)
    info(describeEpoch(epoch))
    const cacheDir = path.join(base, 'conda-cache')
    const sourceCacheDir = path.join(base, 'conda-src-cache')
    let plan: CondaCachePlan | undefined
    if (inputs.cache) {
      const stores = condaStores(inputs['cache-dir'], inputs['service-timeout'])
      plan = await phase('Conda caches: restore', () =>
        restoreCondaCaches({
          variants: kept,
          recipeDir: rendered.recipeDir,
          channels: inputs.channels,
          subdir: hostSubdir(),
          cacheDir,
          sourceCacheDir,
          stores,
          log: info,
          warn: w => warning(w)
        })
      )
    } else info('cache: false: the source and package caches are not persisted across runs')
    let result
    try {
      result = await buildRecipe({
        recipe: inputs.recipe,
        outputDir: inputs['output-dir'],
        channels: inputs.channels,
        variants: inputs.variants,
        targetPlatform: inputs['target-platform'] || undefined,
        format: inputs.format,
        level: inputs['compression-level'],
        test: inputs.test,
        keepWork: inputs['keep-work'],
        croot: path.join(base, 'conda-bld-work'),
        cacheDir,
        sourceCacheDir,
        sourceDateEpoch: epoch.value,
        log: info,
        warn: w => warning(w)
      })
    } finally {
      // what was downloaded was verified, so it is kept also when the build failed
      const p = plan
      if (p) await phase('Conda caches: save', () => saveCondaCaches(p, info, w => warning(w)))
    }
    const packages = result.packages.map(p => ({
      path: p.path,
      name: p.name,
      version: p.version,
      build: p.build,
      subdir: p.subdir,
      sha256: p.sha256,
      size: p.size
    }))
    core.setOutput(CONDA_OUTPUTS.packages, JSON.stringify(packages))
    core.setOutput(CONDA_OUTPUTS.channel, inputs['output-dir'])
    const rows: SummaryRow[] = result.packages.map(p => ({
      artifact: path.basename(p.path),
      size: p.size,
      sha256: p.sha256,
      tag: p.subdir,
      seconds: p.seconds
    }))
    const notes = result.packages.map(p => `${p.fn}: ${p.tested.length ? `tests passed (${p.tested.join(', ')})` : 'not tested'}`)
    info(renderTextTable('Conda packages', rows, notes))
    await writeJobSummary('Conda packages', rows, notes)
  })
}
