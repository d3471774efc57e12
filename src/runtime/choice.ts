/**
 * The runtime a step asks for, read from its engine/image/container inputs (select.ts opens it).
 * Kept apart from the engines' code so reading inputs loads none of it.
 */
import * as os from 'node:os'
import type { InputProblems, InputSource } from '../lib/inputs.js'
import { manylinuxArch, resolveImage } from './images.js'

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
