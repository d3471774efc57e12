/**
 * Choose the runtime from the engine/image/container inputs: the host, a container a step names
 * (started by setup-docker-manylinux), or a container started for this step alone from `image`.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { info, phase } from '../lib/log.js'
import { chooseEngine, ensureImage, hostTempParent, startContainer } from './container.js'
import { ContainerRuntime, type ContainerEngine } from './docker.js'
import { containerEnv } from './forward.js'
import { HostRuntime } from './host.js'
import { enginePlatform, manylinuxArch } from './images.js'
import { ENGINE_ENV, type RuntimeChoice } from './choice.js'
import type { Runtime } from './runtime.js'

export { ENGINE_ENV, ENGINES, readRuntimeChoice, type Engine, type RuntimeChoice } from './choice.js'

function engineFor(choice: RuntimeChoice): ContainerEngine {
  if (choice.engine === 'docker' || choice.engine === 'podman') return choice.engine
  const fromSetup = process.env[ENGINE_ENV]
  return fromSetup === 'podman' ? 'podman' : 'docker'
}

/** The folder mounted into a container started for one step: the workspace when the project is in it, else the project. */
function mountRoot(project: string): string {
  const ws = process.env.GITHUB_WORKSPACE
  if (ws) {
    const rel = path.relative(path.resolve(ws), project)
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) return path.resolve(ws)
  }
  return project
}

/** Open the runtime; call dispose() on it when the step is done (it removes a container started here). */
export async function openRuntime(choice: RuntimeChoice, project: string): Promise<Runtime> {
  if (choice.container) {
    const rt = await ContainerRuntime.attach(engineFor(choice), choice.container)
    info(`building in ${rt.description}`)
    return rt
  }
  if (!choice.image || choice.engine === 'host' || choice.engine === 'none') return new HostRuntime()
  const asked = choice.engine === 'docker' || choice.engine === 'podman' ? choice.engine : 'auto'
  return phase(`container: start ${choice.image}`, async () => {
    const { engine, version } = await chooseEngine(asked)
    info(`${engine} answers (${version})`)
    const platform = enginePlatform(manylinuxArch(os.machine()))
    await ensureImage(engine, choice.image, platform)
    const rt = await startContainer({
      engine,
      reference: choice.image,
      platform,
      workspace: mountRoot(project),
      env: containerEnv(process.env),
      tempParent: hostTempParent()
    })
    info(`building in ${rt.description}; it is removed when this step ends`)
    return rt.owned()
  })
}

/** Run `body` in the runtime, then dispose of it whatever happens. */
export async function withRuntime<T>(choice: RuntimeChoice, project: string, body: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(choice, project)
  try {
    return await body(rt)
  } finally {
    await rt.dispose()
  }
}
