import { NotImplementedError } from '../../lib/errors.js'
import { runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => {
    throw new NotImplementedError('conda-recipe (building a conda package from a recipe)', 'No workaround in this version: remove the step.')
  })
}
