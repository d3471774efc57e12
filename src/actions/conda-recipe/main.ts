import * as core from '@actions/core'
import * as os from 'node:os'
import * as path from 'node:path'
import { CONDA_OUTPUTS, readCondaInputs } from '../../conda/inputs.js'
import { formatWarning } from '../../conda/recipe/location.js'
import { renderedJson } from '../../conda/recipe/output.js'
import { renderRecipe } from '../../conda/recipe/render.js'
import { fetchSources } from '../../conda/source/fetch.js'
import { sourceSpecs } from '../../conda/source/spec.js'
import { NotImplementedError } from '../../lib/errors.js'
import { InputProblems } from '../../lib/inputs.js'
import { info, phase, warning } from '../../lib/log.js'
import { runnerInputs, runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => {
    const problems = new InputProblems()
    const inputs = readCondaInputs(runnerInputs, process.cwd(), problems)
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
    for (const [i, v] of kept.entries())
      await phase(`Sources of ${v.name}-${v.version}-${v.buildString}`, async () => {
        const specs = sourceSpecs(v.meta.source, rendered.recipeDir)
        await fetchSources(specs, { workDir: path.join(base, 'conda-work', String(i)), cacheDir: path.join(base, 'conda-src-cache'), log: info })
      })
    throw new NotImplementedError('building the conda package (environments, build script, packaging)', 'Set render-only: true to render the recipe and stop.')
  })
}
