import { montageStep } from '../../phases/steps.js'
import { runnerInputs, runStep, setMontageOutputs } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => setMontageOutputs(await montageStep(runnerInputs, process.cwd())))
}
