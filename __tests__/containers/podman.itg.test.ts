// The README's chained steps with `engine: podman`, through the committed bundles the way the runner
// runs them: setup-docker-manylinux starts the job's container in podman (the stand-in manylinux
// image, the local wheel index mounted), `uses: montage/build-wheel@v1` builds the example in it
// (found through BUILD_WHEEL_ENGINE, as a later step finds it), then the post step. The workspace
// belongs to a non-root user: afterwards no file in it is root's and no container is left. The
// docker variant (example.test.ts) also runs a second, cached build; one build is enough here.
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { isSkip, localPipIndex, type PipIndex, type StandInImage } from '../support/docker.js'
import { copyExample, REPO } from '../support/example.js'
import { ensurePodman, ensurePodmanStandIn, tryPodman, type Podman } from '../support/podman.js'
import { explain, OWNER, rootOwned, volumesOf } from '../support/chained.js'
import { need } from '../support/requirements.js'
import { startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { node24Binary, runAction, type StepResult } from '../support/runner.js'
import { tempDir } from '../support/temp.js'

const standInOrSkip = await ensurePodmanStandIn()
const indexOrSkip = isSkip(standInOrSkip) ? standInOrSkip : await localPipIndex()
const ready = need(!isSkip(indexOrSkip), isSkip(indexOrSkip) ? `podman: ${indexOrSkip.skip.replace(/\s*\n\s*/g, ' | ')}` : '')
const standIn = standInOrSkip as StandInImage
const index = indexOrSkip as PipIndex
const podman = (await ensurePodman()) as Podman

const volumes = (): string => volumesOf(index)

let service: ResultsServiceHandle
beforeAll(async () => {
  service = await startResultsService()
})
afterAll(async () => {
  await service.close()
})

ready.describe('engine: podman: setup-docker-manylinux, the pipeline in its container, the post step', () => {
  let workspace: string
  let runnerTemp: string
  let setup: StepResult
  const timings: Record<string, number> = {}

  test('setup: podman is chosen, the container starts from the local image (no pull), jinja2 installed from the mounted index', async () => {
    workspace = tempDir('bw-podman-ws-')
    runnerTemp = tempDir('bw-podman-temp-')
    fs.chownSync(workspace, OWNER.uid, OWNER.gid)
    const started = performance.now()
    setup = await runAction(path.join(REPO, 'actions', 'setup-docker-manylinux'), {
      workspace,
      runnerTemp,
      skipPost: true,
      env: { ...service.env, ...podman.env },
      inputs: {
        engine: 'podman',
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
    expect(setup.stdout).toMatch(/podman answers \(\d+\.\d+/)
    expect(setup.stdout).toMatch(/is here already .*: not pulled/)
    expect(setup.outputs.engine).toBe('podman')
    expect(setup.outputs.container).toMatch(/^build-wheel-[0-9a-f]{10}$/)
    expect(setup.outputs.digest).toBe(standIn.digest)
    expect(setup.outputs.platform).toBe(standIn.platform)
    expect(setup.env.BUILD_WHEEL_ENGINE).toBe('podman')
    const check = await tryPodman(['exec', setup.outputs.container, '/opt/python/cp311-cp311/bin/python', '-c', 'import jinja2; print("ok")'])
    expect(check.stdout.trim()).toBe('ok')
  }, 600_000)

  test("build: make runs in the podman container; the wheel is repaired to the image's platform and tested inside", async () => {
    expect(setup?.exitCode).toBe(0)
    copyExample(path.join(workspace, 'a'))
    const pip = `${index.pipArgs.join(' ')} --retries 0`
    const started = performance.now()
    const r = await runAction(REPO, {
      workspace,
      runnerTemp,
      env: { ...service.env, ...podman.env, BUILD_WHEEL_ENGINE: setup.env.BUILD_WHEEL_ENGINE },
      inputs: { container: setup.outputs.container, path: 'a', 'python-versions': '3.11', 'pip-args': pip, 'test-pip-args': pip, 'output-dir': 'a-wheels' }
    })
    timings.build = (performance.now() - started) / 1000
    if (r.exitCode !== 0) throw new Error(explain(r))
    expect(r.stdout).toMatch(/\[command\]podman exec --workdir \S+\/a [0-9a-f]{64} make -j1/)
    const wheels = JSON.parse(r.outputs.wheels) as Array<{ path: string; tested: boolean; identifier: string }>
    expect(wheels.map(w => [w.identifier, w.tested])).toEqual([['cp311-cp311', true]])
    expect(path.basename(wheels[0].path)).toContain(standIn.platform)
  }, 900_000)

  test("post: files given back to the workspace's owner, the container removed", async () => {
    expect(rootOwned(workspace).length).toBeGreaterThan(0) // the build ran as root inside
    const env: NodeJS.ProcessEnv = { ...process.env, ...podman.env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: workspace }
    for (const [k, v] of Object.entries(setup.state)) env[`STATE_${k}`] = v
    const started = performance.now()
    const post = spawnSync(node24Binary(), [path.join(REPO, 'dist', 'setup-docker-manylinux-post', 'index.js')], { env, encoding: 'utf8', timeout: 300_000 })
    timings.post = (performance.now() - started) / 1000
    expect(post.status).toBe(0)
    expect(post.stdout).toMatch(/given back to 4321:4322\n/)
    expect(post.stdout).not.toMatch(/::warning::/)
    expect(rootOwned(workspace)).toEqual([])
    expect((await tryPodman(['container', 'exists', setup.outputs.container])).code).toBe(1)
    console.log(`podman timings (s): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Number(v.toFixed(2))])))}`)
  }, 300_000)
})
