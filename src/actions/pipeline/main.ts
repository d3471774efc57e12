import { pipelineStep } from '../../phases/steps.js'
import { publishWheels, setMontageOutputs } from '../build-outputs.js'
import { runnerInputs, runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => {
    const r = await pipelineStep(runnerInputs, process.cwd())
    if (r.montage) setMontageOutputs(r.montage)
    await publishWheels(r.wheels, r.montage)
  })
}
