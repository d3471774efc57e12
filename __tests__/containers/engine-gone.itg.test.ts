/**
 * Commands in a container of a real dockerd of the test's own (own data root and socket, see
 * support/own-dockerd.ts): a command past its deadline is ended inside the container too; and an
 * engine that dies while a command runs (SIGKILL mid-command) gives an error that says the engine
 * went away, which engine (its socket) and what ran, with the command's last lines, not the "make
 * failed" of a CommandError.
 */
import { execFileSync } from 'node:child_process'
import { CommandError } from '../../src/lib/errors.js'
import { ContainerRuntime, parseContainerInspect } from '../../src/runtime/docker.js'
import { EngineGoneError, engineAddress } from '../../src/runtime/engine-gone.js'
import { need } from '../support/requirements.js'
import { ownDockerdMissing, startOwnDockerd, type OwnDockerd } from '../support/own-dockerd.js'

const missing = ownDockerdMissing()
const can = need(!missing, missing)

let own: OwnDockerd | undefined
afterAll(async () => {
  await own?.remove()
}, 120_000)

async function runtimeIn(engine: OwnDockerd): Promise<ContainerRuntime> {
  const env = { ...process.env, ...engine.env }
  const id = execFileSync('docker', ['run', '-d', '--network', 'none', 'bw-tiny:1', '/bin/sleep', '1000'], { env }).toString().trim()
  const facts = parseContainerInspect(execFileSync('docker', ['container', 'inspect', '--format', '{{json .}}', id], { env }).toString())
  return new ContainerRuntime('docker', facts, engine.env)
}

can.describe('an engine of our own', () => {
  beforeAll(async () => {
    own = await startOwnDockerd()
  }, 120_000)

  test('a deadline ends the command inside the container too, its background children included', async () => {
    const rt = await runtimeIn(own as OwnDockerd)
    const started = Date.now()
    const r = await rt.run(['/bin/sh', '-c', 'sleep 300 & echo $!; sleep 300'], { silent: true, timeoutSeconds: 1 })
    expect(r.timedOut).toBe(true)
    expect(Date.now() - started).toBeLessThan(30_000)
    const inside = Number(r.stdout.trim())
    expect(inside).toBeGreaterThan(1)
    // killed: gone, or a zombie of the container's first process (which reaps nothing)
    const probe = `if [ ! -e /proc/${inside} ] || grep -q '^State:.*Z' /proc/${inside}/status; then echo ended; else echo running; fi`
    expect((await rt.runOrThrow(['/bin/sh', '-c', probe], { silent: true })).stdout).toBe('ended\n')
  })

  test('the engine dies during a command: EngineGoneError naming docker and its socket, the command, its last lines; not a CommandError', async () => {
    const engine = own as OwnDockerd
    const rt = await runtimeIn(engine)
    // a command that works while the engine is up
    expect((await rt.runOrThrow(['/bin/echo', 'alive'], { silent: true })).stdout).toBe('alive\n')
    const started = Date.now()
    const running = rt.runOrThrow(['/bin/sh', '-c', 'echo compiling mMakeImg.c; sleep 60; echo never'], { silent: true }).catch((e: unknown) => e)
    await new Promise(r => setTimeout(r, 1500))
    engine.kill()
    const err = await running
    expect(Date.now() - started).toBeLessThan(45_000)
    expect(err).toBeInstanceOf(EngineGoneError)
    expect(err).not.toBeInstanceOf(CommandError)
    const msg = (err as Error).message
    expect(msg).toContain(`the docker engine at ${engine.host} went away while a command ran in the container ${rt.facts.name}: /bin/sh -c`)
    expect(msg).toMatch(/exit code \d+ is the docker client's, not the command's/)
    expect(msg).toMatch(/Cannot connect to the Docker daemon/)
    expect(msg).toContain('| compiling mMakeImg.c')
    expect(msg).toMatch(/check it \(systemctl status docker, its log\), then run the step again/)
    // later calls through run() say the same, instead of returning a failed result
    await expect(rt.run(['/bin/cat', '/etc/hostname'], { silent: true })).rejects.toThrow(EngineGoneError)
  })
})

test.each([
  ['docker', {}, 'unix:///var/run/docker.sock'],
  ['docker', { DOCKER_HOST: 'tcp://10.0.0.1:2375' }, 'tcp://10.0.0.1:2375'],
  ['docker', { DOCKER_CONTEXT: 'remote' }, 'context remote'],
  ['podman', {}, 'the local podman service'],
  ['podman', { CONTAINER_HOST: 'unix:///run/podman/podman.sock' }, 'unix:///run/podman/podman.sock']
] as const)('engineAddress(%s, %j) is %s', (kind, env, want) => {
  expect(engineAddress(kind, env)).toBe(want)
})
