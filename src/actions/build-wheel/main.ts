import { wheelStep } from '../../phases/steps.js'
import { publishWheels } from '../build-outputs.js'
import { inputBase, runnerInputs, runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => publishWheels(await wheelStep(runnerInputs, inputBase())))
}
