/** Choose the runtime from the engine/image/container inputs. */
import { NotImplementedError } from '../lib/errors.js'
import { HostRuntime } from './host.js'
import type { Runtime } from './runtime.js'

export const ENGINES = ['auto', 'host', 'docker', 'podman'] as const
export type Engine = (typeof ENGINES)[number]

export interface RuntimeChoice {
  readonly engine: Engine
  readonly image: string
  readonly container: string
}

export function chooseRuntime(c: RuntimeChoice): Runtime {
  if (c.container)
    throw new NotImplementedError('Running in a container started by setup-docker-manylinux', 'Leave `container` empty to build on the host.')
  if (c.engine === 'docker' || c.engine === 'podman')
    throw new NotImplementedError(`engine: ${c.engine}`, 'Use engine: host (or auto, which means host in this version).')
  if (c.image && c.engine !== 'host')
    throw new NotImplementedError(`image: ${c.image} (a manylinux container)`, 'Remove `image`, or set engine: host to build on the host.')
  return new HostRuntime()
}
