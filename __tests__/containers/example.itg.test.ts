// The README's chained steps in a real container, through the committed bundles the way the runner
// runs them: setup-docker-manylinux (stand-in manylinux image, the local wheel index mounted and
// given to pip as a private index would be), then `uses: montage/build-wheel@v1` with its
// `container` twice on two fresh checkouts (the second restores the C tree: make not run), then
// the post step. The workspace belongs to a non-root user, as a runner's does: afterwards no file in
// it is root's and no container is left.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { copyExample, REPO } from '../support/example.js'
import {
  tryDocker,
  ensureDockerEngine,
  ensureStandInImage,
  isSkip,
  localPipIndex,
  type DockerEngine,
  type PipIndex,
  type StandInImage
} from '../support/docker.js'
import { explain, OWNER, rootOwned, volumesOf } from '../support/chained.js'
import { need } from '../support/requirements.js'
import { startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { node24Binary, runAction, type StepResult } from '../support/runner.js'
import { tempDir } from '../support/temp.js'

const engineOrSkip = await ensureDockerEngine()
const standInOrSkip = isSkip(engineOrSkip) ? engineOrSkip : await ensureStandInImage()
const indexOrSkip = isSkip(standInOrSkip) ? standInOrSkip : await localPipIndex()
const ready = need(!isSkip(indexOrSkip), isSkip(indexOrSkip) ? indexOrSkip.skip.replace(/\s*\n\s*/g, ' | ') : '')
const engine = engineOrSkip as DockerEngine
const standIn = standInOrSkip as StandInImage
const index = indexOrSkip as PipIndex

const volumes = (): string => volumesOf(index)

let service: ResultsServiceHandle
beforeAll(async () => {
  service = await startResultsService()
})
afterAll(async () => {
  await service.close()
})

ready.describe('setup-docker-manylinux, then the pipeline in its container, then the post step', () => {
  let workspace: string
  let runnerTemp: string
  let setup: StepResult
  const timings: Record<string, number> = {}

  test('setup: the container starts from the local image (no pull), jinja2 installed from the mounted index', async () => {
    workspace = tempDir('bw-ctr-ws-')
    runnerTemp = tempDir('bw-ctr-temp-')
    fs.chownSync(workspace, OWNER.uid, OWNER.gid)
    const started = performance.now()
    setup = await runAction(path.join(REPO, 'actions', 'setup-docker-manylinux'), {
      workspace,
      runnerTemp,
      skipPost: true,
      env: { ...service.env, DOCKER_HOST: engine.host, ...engine.env },
      inputs: {
        image: standIn.image,
        'python-packages': 'jinja2',
        'pip-args': index.pipArgs.join(' '),
        volumes: volumes(),
        network: 'none',
        'python-versions': '3.11'
      }
    })
    timings.setup = (performance.now() - started) / 1000
    if (setup.exitCode !== 0) throw new Error(explain(setup))
    expect(setup.stdout).toMatch(/is here already .*: not pulled/)
    expect(setup.outputs.container).toMatch(/^build-wheel-[0-9a-f]{10}$/)
    expect(setup.outputs.digest).toBe(standIn.digest)
    expect(setup.outputs.platform).toBe(standIn.platform)
    expect(JSON.parse(setup.outputs.pythons)).toEqual(['cp311-cp311'])
    expect(setup.env.BUILD_WHEEL_ENGINE).toBe('docker')
    const check = await tryDocker(engine, ['exec', setup.outputs.container, '/opt/python/cp311-cp311/bin/python', '-c', 'import jinja2; print("ok")'])
    expect(check.stdout.trim()).toBe('ok')
  }, 600_000)

  const build = async (checkout: string): Promise<StepResult> => {
    copyExample(path.join(workspace, checkout))
    const pip = `${index.pipArgs.join(' ')} --retries 0`
    return runAction(REPO, {
      workspace,
      runnerTemp,
      env: { ...service.env, DOCKER_HOST: engine.host, ...engine.env, BUILD_WHEEL_ENGINE: 'docker' },
      inputs: {
        container: setup.outputs.container,
        path: checkout,
        'python-versions': '3.11',
        'pip-args': pip,
        'test-pip-args': pip,
        'output-dir': `${checkout}-wheels`
      }
    })
  }

  test("first run: make runs in the container, the tree is saved; the wheel is repaired to the image's platform and tested inside", async () => {
    expect(setup?.exitCode).toBe(0)
    const started = performance.now()
    const r = await build('a')
    timings.cold = (performance.now() - started) / 1000
    if (r.exitCode !== 0) throw new Error(explain(r))
    expect(r.outputs['cache-hit']).toBe('false')
    expect(r.stdout).toMatch(/\[command\]docker exec --workdir \S+\/a [0-9a-f]{64} make -j1/)
    const wheels = JSON.parse(r.outputs.wheels) as Array<{ path: string; tag: string; tested: boolean; identifier: string }>
    expect(wheels.map(w => [w.identifier, w.tested])).toEqual([['cp311-cp311', true]])
    expect(path.basename(wheels[0].path)).toContain(standIn.platform) // AUDITWHEEL_PLAT of the image, not the host's
    expect(
      service
        .caches()
        .filter(c => c.finalized)
        .map(c => c.key)
    ).toEqual([r.outputs['cache-key']])
  }, 900_000)

  test('second run on a fresh checkout: the tree restored (make not run in the container), the wheel built again', async () => {
    const started = performance.now()
    const r = await build('b')
    timings.warm = (performance.now() - started) / 1000
    if (r.exitCode !== 0) throw new Error(explain(r))
    expect(r.outputs['cache-hit']).toBe('true')
    expect(r.stdout).not.toMatch(/docker exec .* make -j1/)
    expect(JSON.parse(r.outputs.wheels)).toHaveLength(1)
  }, 900_000)

  test("post: files given back to the workspace's owner, the container removed", async () => {
    expect(rootOwned(workspace).length).toBeGreaterThan(0) // the builds ran as root inside
    const env: NodeJS.ProcessEnv = { ...process.env, ...engine.env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: workspace }
    for (const [k, v] of Object.entries(setup.state)) env[`STATE_${k}`] = v
    const started = performance.now()
    const post = spawnSync(node24Binary(), [path.join(REPO, 'dist', 'setup-docker-manylinux-post', 'index.js')], { env, encoding: 'utf8', timeout: 300_000 })
    timings.post = (performance.now() - started) / 1000
    expect(post.status).toBe(0)
    expect(post.stdout).toMatch(/given back to 4321:4322/)
    expect(rootOwned(workspace)).toEqual([])
    const left = await tryDocker(engine, ['ps', '-a', '--filter', `name=${setup.outputs.container}`, '--format', '{{.Names}}'])
    expect(left.stdout.trim()).toBe('')
    console.log(`timings (s): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Number(v.toFixed(2))])))}`)
  }, 300_000)
})
