import { pipelineStep } from '../../phases/steps.js'
import { inputBase, runnerInputs, runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => {
    const r = await pipelineStep(runnerInputs, inputBase())
    const { publishWheels, setMontageOutputs } = await import('../build-outputs.js')
    if (r.montage) setMontageOutputs(r.montage)
    await publishWheels(r.wheels, r.montage)
  })
}
