// What goes wrong with containers, each against the real engine: the error names the problem and
// the next step, and nothing is left behind.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { readSetupInputs } from '../../src/actions/setup-docker-manylinux/inputs.js'
import { CommandError } from '../../src/lib/errors.js'
import { InputProblems } from '../../src/lib/inputs.js'
import { wheelStep } from '../../src/phases/steps.js'
import { chooseEngine, ensureImage, removeContainer, startContainer } from '../../src/runtime/container.js'
import { LABELS } from '../../src/runtime/docker-args.js'
import { ContainerRuntime } from '../../src/runtime/docker.js'
import { ensureDockerEngine, ensureStandInImage, isSkip, tryDocker, type DockerEngine, type StandInImage } from '../support/docker.js'
import { tinyProject } from '../support/example.js'
import { captureStdout, withEnv } from '../support/in-process.js'
import { need } from '../support/requirements.js'
import { closedPortUrl } from '../support/results-service.js'
import { tempDir } from '../support/temp.js'

const engineOrSkip = await ensureDockerEngine()
const standInOrSkip = isSkip(engineOrSkip) ? engineOrSkip : await ensureStandInImage()
const ready = need(!isSkip(standInOrSkip), isSkip(standInOrSkip) ? standInOrSkip.skip.replace(/\s*\n\s*/g, ' | ') : '')
const engine = engineOrSkip as DockerEngine
const standIn = standInOrSkip as StandInImage

const start = (workspace: string): Promise<ContainerRuntime> =>
  startContainer({ engine: 'docker', reference: standIn.image, platform: '', workspace, env: {}, network: 'none', tempParent: tempDir('bw-bad-tmp-') })

async function gone(name: string): Promise<boolean> {
  return (await tryDocker(engine, ['ps', '-a', '--filter', `name=${name}`, '--format', '{{.Names}}'])).stdout.trim() === ''
}

test('an unknown image shorthand lists the known ones (with every other problem, before anything runs)', () => {
  const p = new InputProblems()
  readSetupInputs(n => ({ image: 'manylinux_2_99', engine: 'lxc', 'pull-attempts': '0' })[n] ?? '', '/', p)
  expect(p.list).toEqual([
    "input 'engine': 'lxc' is not accepted; accepted: auto, docker, podman, host, none",
    expect.stringMatching(/^input 'image': 'manylinux_2_99' is not a known policy; accepted: manylinux2014, manylinux_2_28, manylinux_2_34, musllinux_1_2/),
    "input 'pull-attempts': '0' is not accepted; accepted: a whole number from 1 to 20"
  ])
})

test('no engine when one is asked for: says what to install, or engine: host', async () => {
  const e = await withEnv({ DOCKER_HOST: 'unix:///nonexistent/docker.sock', DOCKER_API_VERSION: undefined }, () =>
    chooseEngine('docker').catch(x => x as Error)
  )
  expect(e).toBeInstanceOf(Error)
  expect((e as Error).message).toMatch(/engine: docker was asked for, but it does not answer:\n\s+docker version .* exited with 1/)
  expect((e as Error).message).toMatch(/Install Docker .* or set engine: host/)
})

ready.describe('with the engine', () => {
  test("a pull that keeps failing: retried with backoff, then the registry's message", async () => {
    const port = new URL(await closedPortUrl()).port
    const ref = `127.0.0.1:${port}/pypa/manylinux2014_x86_64:2026.01.01-1`
    const out = await withEnv({ GITHUB_ACTIONS: 'true' }, () =>
      captureStdout(() => ensureImage('docker', ref, 'linux/amd64', { attempts: 3, backoff: 0.2, timeout: 60 }).catch(x => x as Error))
    )
    const e = out.result as Error
    expect(e.message).toMatch(
      new RegExp(`could not pull ${ref.replace(/\./g, '\\.')} after 3 attempts; the last one said:\\n.*docker pull --platform linux/amd64 .* exited with 1`)
    )
    expect(e.message).toMatch(/connection refused/)
    expect(out.stdout.match(/pulling .* \(attempt \d of 3\)/g)).toHaveLength(3)
    expect(out.stdout.match(/::warning::pull attempt \d failed; trying again in/g)).toHaveLength(2)
  }, 120_000)

  test('a `container` naming a container that does not exist', async () => {
    await expect(ContainerRuntime.attach('docker', 'build-wheel-no-such-container')).rejects.toThrow(
      /input 'container': docker has no container 'build-wheel-no-such-container'\. Pass the container output of setup-docker-manylinux/
    )
  })

  test('a selected Python missing from the image: the input problem names what the image has', async () => {
    const project = tinyProject()
    const rt = await start(project)
    try {
      const src = (n: string): string => ({ path: project, 'package-dir': 'pkg', 'python-versions': '3.10 3.11', container: rt.facts.name })[n] ?? ''
      const e = await captureStdout(() => wheelStep(src, project).catch(x => x as Error))
      expect((e.result as Error).message).toMatch(
        /input 'python-versions': '3\.10' has no interpreter here; found: 3\.11 \(\/opt\/python\/cp311-cp311\/bin\/python\), 3\.12/
      )
    } finally {
      await removeContainer('docker', rt.facts.id, { mounts: rt.facts.mounts, tempRoot: rt.facts.labels[LABELS.temp] })
    }
    expect(await gone(rt.facts.name)).toBe(true)
  }, 120_000)

  test('a container that dies mid-build: its state and last output in the error; cleanup still removes it', async () => {
    const ws = tempDir('bw-die-')
    const rt = await start(ws)
    const killer = setTimeout(() => void tryDocker(engine, ['kill', rt.facts.name]), 1500)
    const e = await rt.runOrThrow(['sh', '-c', 'echo compiling part 1; sleep 60; echo never'], { silent: true, hint: 'make failed' }).then(
      () => new Error('no error'),
      (x: unknown) => x as Error
    )
    clearTimeout(killer)
    expect(e).toBeInstanceOf(CommandError)
    expect(e.message).toMatch(/compiling part 1/)
    expect(e.message).toMatch(new RegExp(`the container ${rt.facts.name} stopped \\(status exited, exit code 137\\) while the command ran`))
    expect(e.message).toMatch(/make failed/)
    await removeContainer('docker', rt.facts.id, { chown: rt.facts.labels[LABELS.chown], mounts: rt.facts.mounts, tempRoot: rt.facts.labels[LABELS.temp] })
    expect(await gone(rt.facts.name)).toBe(true)
  }, 120_000)

  test("root-owned files written through the mount are given back to the workspace's owner", async () => {
    const ws = tempDir('bw-owner-')
    fs.mkdirSync(path.join(ws, 'src'))
    fs.symlinkSync('/etc/hostname', path.join(ws, 'src', 'link-out'))
    fs.chownSync(ws, 2345, 2346)
    fs.chownSync(path.join(ws, 'src'), 2345, 2346)
    const rt = await start(ws)
    await rt.runOrThrow(['sh', '-c', 'mkdir -p build/obj && echo x > build/obj/a.o && echo y > src/gen.c'], { cwd: ws, silent: true })
    expect(fs.statSync(path.join(ws, 'build', 'obj', 'a.o')).uid).toBe(0)
    const out = await captureStdout(() =>
      removeContainer('docker', rt.facts.id, { chown: rt.facts.labels[LABELS.chown], mounts: rt.facts.mounts, tempRoot: rt.facts.labels[LABELS.temp] })
    )
    expect(out.stdout).toMatch(/given back to 2345:2346/)
    for (const f of ['build', 'build/obj', 'build/obj/a.o', 'src/gen.c'])
      expect([f, fs.statSync(path.join(ws, f)).uid, fs.statSync(path.join(ws, f)).gid]).toEqual([f, 2345, 2346])
    expect(fs.lstatSync(path.join(ws, 'src', 'link-out')).uid).toBe(2345) // the link itself, not what it points at
    expect(fs.statSync('/etc/hostname').uid).toBe(0)
    expect(await gone(rt.facts.name)).toBe(true)
  }, 120_000)
})
