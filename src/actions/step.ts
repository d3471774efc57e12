/**
 * What every action entry shares: inputs from the runner, one failure at the end. The outputs of
 * the steps that build the C tree and wheels are in build-outputs.ts, so the other entries do not
 * carry the wheel code.
 */
import * as runner from '../lib/workflow-commands.js'
import type { InputSource } from '../lib/inputs.js'
import { reportFailure } from '../lib/log.js'
import { abandoned } from '../lib/timeout.js'

/** Inputs as the runner passes them (INPUT_* with action.yml defaults applied). Read only inside run(). */
export const runnerInputs: InputSource = name => runner.getInput(name)

/** What relative path inputs are resolved against in the actions: the workspace (the runner's working directory otherwise). */
export function inputBase(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

/** Run a step's body; any error fails the step with its message (and an annotation when it is in a user file). */
export async function runStep(body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (e) {
    reportFailure(e)
  }
  // a service call given up on may hold a socket open for its retries: end the step now
  if (abandoned() > 0) process.exit()
}
