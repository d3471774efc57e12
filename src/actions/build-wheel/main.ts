import { wheelStep } from '../../phases/steps.js'
import { inputBase, runnerInputs, runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => {
    const result = await wheelStep(runnerInputs, inputBase())
    const { publishWheels } = await import('../build-outputs.js')
    await publishWheels(result)
  })
}
