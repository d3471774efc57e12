/**
 * Choose the runtime from the engine/image/container inputs: the host, a container a step names
 * (started by setup-docker-manylinux), or a container started for this step alone from `image`.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import type { InputProblems, InputSource } from '../lib/inputs.js'
import { info, phase } from '../lib/log.js'
import { chooseEngine, ensureImage, hostTempParent, startContainer } from './container.js'
import { ContainerRuntime, type ContainerEngine } from './docker.js'
import { containerEnv } from './forward.js'
import { HostRuntime } from './host.js'
import { enginePlatform, manylinuxArch, resolveImage } from './images.js'
import type { Runtime } from './runtime.js'

/** `none` is `host`: the job already runs inside a manylinux container, or on a host you trust. */
export const ENGINES = ['auto', 'host', 'none', 'docker', 'podman'] as const
export type Engine = (typeof ENGINES)[number]

/** Set by setup-docker-manylinux for later steps: the engine its container runs in. */
export const ENGINE_ENV = 'BUILD_WHEEL_ENGINE'

export interface RuntimeChoice {
  readonly engine: Engine
  /** The image reference, resolved ('' = none). */
  readonly image: string
  readonly container: string
}

/** engine, image and container, checked together (every problem reported with the others). */
export function readRuntimeChoice(src: InputSource, problems: InputProblems): RuntimeChoice {
  const rawEngine = src('engine').trim() || 'auto'
  let engine: Engine = 'auto'
  if ((ENGINES as readonly string[]).includes(rawEngine)) engine = rawEngine as Engine
  else problems.add('engine', `'${rawEngine}' is not accepted; accepted: ${ENGINES.join(', ')}`)
  const container = src('container').trim()
  const rawImage = src('image').trim()
  let image = ''
  if (rawImage && engine !== 'host' && engine !== 'none') {
    const r = resolveImage(rawImage, manylinuxArch(os.machine()))
    if ('problem' in r) problems.add('image', r.problem)
    else image = r.reference
  }
  if (container && rawImage) problems.add('image', `give either image or container, not both (container '${container}' already has its image)`)
  if (!container && !rawImage && (engine === 'docker' || engine === 'podman'))
    problems.add(
      'engine',
      `engine: ${engine} needs an image to start (e.g. image: manylinux2014) or a container from setup-docker-manylinux; or use engine: host`
    )
  return { engine, image, container }
}

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
