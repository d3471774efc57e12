// An image whose configuration sets no PATH (what `docker import` gives, and some minimal images):
// the engine's CLI is still found and run with the host's environment, and commands inside get the
// engine's default PATH after their own bin folder. The stand-in imported twice (with and without
// PATH), the whole root action through its bundle in each, setup-docker-manylinux + the phases with
// `container` in the image without PATH, and podman too.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { explain, volumesOf } from '../support/chained.js'
import {
  ensureDockerEngine,
  ensureStandInImage,
  ensureStandInWithoutPath,
  isSkip,
  localPipIndex,
  tryDocker,
  type DockerEngine,
  type PipIndex,
  type StandInImage
} from '../support/docker.js'
import { copyExample, REPO } from '../support/example.js'
import { ensurePodman, ensurePodmanStandInWithoutPath, type Podman } from '../support/podman.js'
import { need } from '../support/requirements.js'
import { startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { runAction, type StepResult } from '../support/runner.js'
import { tempDir } from '../support/temp.js'

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' | ')
const engineOrSkip = await ensureDockerEngine()
const withPathOrSkip = isSkip(engineOrSkip) ? engineOrSkip : await ensureStandInImage()
const noPathOrSkip = isSkip(withPathOrSkip) ? withPathOrSkip : await ensureStandInWithoutPath()
const indexOrSkip = isSkip(noPathOrSkip) ? noPathOrSkip : await localPipIndex()
const ready = need(!isSkip(indexOrSkip), isSkip(indexOrSkip) ? oneLine(indexOrSkip.skip) : '')
const podmanOrSkip = ready.ok ? await ensurePodmanStandInWithoutPath() : indexOrSkip
const podmanReady = need(!isSkip(podmanOrSkip), isSkip(podmanOrSkip) ? `podman: ${oneLine(podmanOrSkip.skip)}` : '')
const engine = engineOrSkip as DockerEngine
const images = { with: withPathOrSkip as StandInImage, without: noPathOrSkip as StandInImage }
const index = indexOrSkip as PipIndex

let service: ResultsServiceHandle
beforeAll(async () => {
  service = await startResultsService()
})
afterAll(async () => {
  await service.close()
})

/** The image's configured environment, as the engine reports it. */
async function imageEnv(image: string): Promise<string[]> {
  const r = await tryDocker(engine, ['image', 'inspect', '--format', '{{json .Config.Env}}', image])
  return (JSON.parse(r.stdout.trim()) as string[] | null) ?? []
}

/** pip in an image without an index: the image's setuptools (no isolation), no retries. */
const PIP = { 'pip-args': '--no-build-isolation --retries 0', 'test-pip-args': '--no-index' }

function expectOneTestedWheel(r: StepResult, platform: string): void {
  if (r.exitCode !== 0) throw new Error(explain(r))
  const wheels = JSON.parse(r.outputs.wheels) as Array<{ path: string; tested: boolean; identifier: string }>
  expect(wheels.map(w => [w.identifier, w.tested])).toEqual([['cp311-cp311', true]])
  expect(path.basename(wheels[0].path)).toContain(platform)
  expect(fs.existsSync(wheels[0].path)).toBe(true)
}

ready.describe('the stand-in imported with and without PATH', () => {
  test('the two images differ only in PATH', async () => {
    const withEnv = await imageEnv(images.with.image)
    const withoutEnv = await imageEnv(images.without.image)
    expect(withEnv.some(v => v.startsWith('PATH='))).toBe(true)
    expect(withoutEnv.some(v => v.startsWith('PATH='))).toBe(false)
    expect(withoutEnv).toContain(`AUDITWHEEL_PLAT=${images.with.platform}`)
  })

  test.each([['with'] as const, ['without'] as const])(
    'the root action through its bundle, image %s PATH: make, a wheel repaired and tested inside',
    async which => {
      const workspace = tempDir('bw-nopath-ws-')
      copyExample(path.join(workspace, 'p'))
      const r = await runAction(REPO, {
        workspace,
        env: { ...service.env, DOCKER_HOST: engine.host, ...engine.env },
        inputs: { image: images[which].image, engine: 'docker', path: 'p', 'python-versions': '3.11', 'output-dir': 'wheels', ...PIP }
      })
      expect(r.stderr).not.toMatch(/spawn docker ENOENT/)
      expectOneTestedWheel(r, images[which].platform)
      expect(r.stdout).toMatch(/\[command\]docker exec .* make -j1/)
    },
    900_000
  )

  test('setup-docker-manylinux, then build-montage and build-wheel with its container, in the image without PATH', async () => {
    const workspace = tempDir('bw-nopath-chain-ws-')
    const runnerTemp = tempDir('bw-nopath-chain-temp-')
    copyExample(path.join(workspace, 'p'))
    const env = { ...service.env, DOCKER_HOST: engine.host, ...engine.env }
    const setup = await runAction(path.join(REPO, 'actions', 'setup-docker-manylinux'), {
      workspace,
      runnerTemp,
      skipPost: true,
      env,
      inputs: {
        image: images.without.image,
        network: 'none',
        'python-versions': '3.11',
        'python-packages': 'jinja2',
        'pip-args': index.pipArgs.join(' '),
        volumes: volumesOf(index)
      }
    })
    try {
      if (setup.exitCode !== 0) throw new Error(explain(setup))
      const container = setup.outputs.container
      const inContainer = { ...env, BUILD_WHEEL_ENGINE: 'docker' }
      const tree = await runAction(path.join(REPO, 'actions', 'build-montage'), { workspace, runnerTemp, env: inContainer, inputs: { container, path: 'p' } })
      if (tree.exitCode !== 0) throw new Error(explain(tree))
      // the tree may come from the root action's entry above (the same image id): either way the step ran in the container
      expect(tree.outputs['cache-key']).toMatch(/^build-wheel-c-tree-v2-/)
      const wheel = await runAction(path.join(REPO, 'actions', 'build-wheel'), {
        workspace,
        runnerTemp,
        env: inContainer,
        inputs: { container, path: 'p', 'python-versions': '3.11', 'output-dir': 'wheels', ...PIP }
      })
      expect(wheel.stderr).not.toMatch(/ENOENT/)
      expectOneTestedWheel(wheel, images.without.platform)
      expect(wheel.stdout).toMatch(/\[command\]docker exec .* -m pip wheel /)
    } finally {
      if (setup.outputs.container) await tryDocker(engine, ['rm', '--force', setup.outputs.container])
    }
  }, 900_000)
})

podmanReady.test(
  'podman: the root action through its bundle in the image without PATH',
  async () => {
    const podman = (await ensurePodman()) as Podman
    const image = podmanOrSkip as StandInImage
    const workspace = tempDir('bw-nopath-podman-ws-')
    copyExample(path.join(workspace, 'p'))
    const r = await runAction(REPO, {
      workspace,
      env: { ...service.env, ...podman.env },
      inputs: { image: image.image, engine: 'podman', path: 'p', 'python-versions': '3.11', 'output-dir': 'wheels', ...PIP }
    })
    expect(r.stderr).not.toMatch(/spawn podman ENOENT/)
    expectOneTestedWheel(r, image.platform)
    // the C tree may come from the docker runs' entry (the same image id): either way, commands ran in podman
    expect(r.stdout).toMatch(/\[command\]podman exec /)
  },
  900_000
)
