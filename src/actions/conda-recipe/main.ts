/**
 * The conda-recipe action: its inputs read and checked, then its work (work.ts), loaded only then so
 * a bad input is reported without loading the conda code (issue 18 part 4).
 */
import { readCondaInputs } from '../../conda/inputs.js'
import { InputProblems } from '../../lib/inputs.js'
import { phase } from '../../lib/log.js'
import { inputBase, runnerInputs, runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => {
    const problems = new InputProblems()
    const inputs = await phase('Gathering inputs', async () => readCondaInputs(runnerInputs, inputBase(), problems))
    problems.throwIfAny()
    const { runRecipe } = await import('./work.js')
    await runRecipe(inputs)
  })
}
