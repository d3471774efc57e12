import { montageStep } from '../../phases/steps.js'
import { setMontageOutputs } from '../build-outputs.js'
import { inputBase, runnerInputs, runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => setMontageOutputs(await montageStep(runnerInputs, inputBase())))
}
