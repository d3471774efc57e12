import { montageStep } from '../../phases/steps.js'
import { inputBase, runnerInputs, runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => {
    const result = await montageStep(runnerInputs, inputBase())
    const { setMontageOutputs } = await import('../build-outputs.js')
    setMontageOutputs(result)
  })
}
