import { NotImplementedError } from '../../lib/errors.js'
import { runStep } from '../step.js'

export async function run(): Promise<void> {
  await runStep(async () => {
    throw new NotImplementedError(
      'setup-docker-manylinux (starting a manylinux container)',
      'Build on the host for now: use build-montage and build-wheel without `container`.'
    )
  })
}
