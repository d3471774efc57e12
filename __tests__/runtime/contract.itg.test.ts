// One contract, three runtimes: the same cases against the host and real docker and podman
// containers of the stand-in manylinux image (started the way setup-docker-manylinux starts them);
// then what only a container does (the engine's checks, the files given back, removal) on both engines.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { CommandError, UserError } from '../../src/lib/errors.js'
import { discoverInterpreters } from '../../src/python/discover.js'
import { checkEngine, ensureImage, ownerOf, removeContainer, startContainer } from '../../src/runtime/container.js'
import { createArgs, KEEP_ALIVE, LABELS } from '../../src/runtime/docker-args.js'
import { ContainerRuntime } from '../../src/runtime/docker.js'
import { HostRuntime } from '../../src/runtime/host.js'
import { runtimePath } from '../../src/runtime/paths.js'
import { enginePlatform, manylinuxArch } from '../../src/runtime/images.js'
import type { Runtime } from '../../src/runtime/runtime.js'
import { ensureDockerEngine, ensureStandInImage, isSkip, tryDocker, type DockerEngine, type Skip, type StandInImage } from '../support/docker.js'
import { captureStdout } from '../support/in-process.js'
import { ensurePodmanStandIn, podmanOk, tryPodman } from '../support/podman.js'
import { need, type Need } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

/** A need from what a fixture gave: the thing, or a skip with its reason on one line. */
const needOf = (x: object | Skip, engine: string): Need => need(!isSkip(x), isSkip(x) ? `${engine}: ${x.skip.replace(/\s*\n\s*/g, ' | ')}` : '')

const engine = await ensureDockerEngine()
const standInOrSkip = isSkip(engine) ? engine : await ensureStandInImage()
const dockerNeed = needOf(standInOrSkip, 'docker')
const podmanStandIn = await ensurePodmanStandIn()
const podmanNeed = needOf(podmanStandIn, 'podman')
const standIn = (isSkip(standInOrSkip) ? podmanStandIn : standInOrSkip) as StandInImage

interface Case {
  readonly kind: 'host' | 'docker' | 'podman'
  readonly need: Need
}
const cases: Case[] = [
  { kind: 'host', need: need(true, '') },
  { kind: 'docker', need: dockerNeed },
  { kind: 'podman', need: podmanNeed }
]
const engines = cases.filter((c): c is Case & { kind: 'docker' | 'podman' } => c.kind !== 'host')

describe.each(cases)('the $kind runtime', ({ kind, need: n }) => {
  let rt: Runtime
  let ws: string
  beforeAll(async () => {
    ws = tempDir('bw-contract-ws-')
    if (kind === 'host') rt = new HostRuntime()
    else if (n.ok) {
      const started = performance.now()
      rt = (
        await startContainer({
          engine: kind,
          reference: standIn.image,
          platform: '',
          workspace: ws,
          env: { CONTRACT_VAR: 'from create' },
          network: 'none',
          tempParent: tempDir('bw-contract-tmp-')
        })
      ).owned()
      console.log(`container start: ${((performance.now() - started) / 1000).toFixed(2)} s`)
    }
  }, 120_000)
  afterAll(async () => {
    await rt?.dispose()
  }, 120_000)

  n.describe('contract', () => {
    test('argv reaches the program as given: no shell in between', async () => {
      const words = ['a b', '$HOME', '`id`', "it's", '*', '']
      const r = await rt.runOrThrow(['printf', '[%s]\\n', ...words], { silent: true })
      expect(r.stdout).toBe(words.map(w => `[${w}]\n`).join(''))
    })
    test("env is added, by value, to the runtime's own", async () => {
      const r = await rt.runOrThrow(['sh', '-c', 'printf "%s|%s" "$X" "${PATH:+has-path}"'], { env: { X: 'a b $HOME ;x' }, silent: true })
      expect(r.stdout).toBe('a b $HOME ;x|has-path')
      expect((await rt.env()).PATH).toBeTruthy()
    })
    test('cwd is a runtime path; the workspace is at the same path inside', async () => {
      fs.mkdirSync(path.join(ws, 'sub dir'))
      const r = await rt.runOrThrow(['pwd'], { cwd: rt.toRuntimePath(path.join(ws, 'sub dir')), silent: true })
      expect(r.stdout.trim()).toBe(path.join(ws, 'sub dir'))
      expect(rt.toHostPath(rt.toRuntimePath(ws))).toBe(ws)
    })
    test('stdin input reaches the command', async () => {
      expect((await rt.runOrThrow(['cat'], { input: Buffer.from('through stdin'), silent: true })).stdout).toBe('through stdin')
    })
    test('the exit code comes back; runOrThrow says the command and its last output', async () => {
      expect((await rt.run(['sh', '-c', 'exit 3'], { silent: true })).exitCode).toBe(3)
      const e = await rt.runOrThrow(['sh', '-c', 'echo last words >&2; exit 4'], { silent: true, hint: 'the hint' }).then(
        () => new Error('no error'),
        (x: unknown) => x as Error
      )
      expect(e).toBeInstanceOf(CommandError)
      expect((e as CommandError).exitCode).toBe(4)
      expect(e.message).toMatch(/exit code 4: sh -c .*last words[\s\S]*the hint/)
    })
    test('a temp folder both sides see; removeTree clears what the runtime wrote', async () => {
      const dir = await rt.tempDir('bw-c-')
      fs.writeFileSync(path.join(dir, 'from-host'), 'h')
      await rt.runOrThrow(['sh', '-c', 'cat from-host && mkdir -p deep/er && echo r > deep/er/from-runtime'], { cwd: rt.toRuntimePath(dir), silent: true })
      expect(fs.readFileSync(path.join(dir, 'deep', 'er', 'from-runtime'), 'utf8')).toBe('r\n')
      await rt.removeTree(dir)
      expect(fs.existsSync(dir)).toBe(false)
    })
    test('files of the runtime are read through it', async () => {
      const f = path.join(ws, 'note.txt')
      fs.writeFileSync(f, 'note')
      expect(await rt.readFile(rt.toRuntimePath(f))).toBe('note')
      expect(await rt.readFile(runtimePath('/no/such/file'))).toBeUndefined()
      const osRelease = await rt.readFile(runtimePath('/etc/os-release'))
      expect(osRelease).toMatch(/^ID=/m)
    })
    test("identity and the runtime's own environment", async () => {
      if (kind === 'host') {
        expect(await rt.identity()).toBe(`host-linux-${process.arch}`)
      } else {
        expect(await rt.identity()).toBe(`image-${standIn.digest}`)
        expect((await rt.env()).AUDITWHEEL_PLAT).toBe(standIn.platform)
        expect((await rt.env()).CONTRACT_VAR).toBe('from create')
        expect(() => rt.toRuntimePath('/etc')).toThrow(UserError)
      }
    })
    test('interpreters are discovered through it', async () => {
      const found = await discoverInterpreters(rt)
      expect(found.length).toBeGreaterThan(0)
      if (kind !== 'host') expect(found.filter(i => i.source === 'manylinux').map(i => i.identifier)).toEqual(standIn.pythons)
    })
  })
})

/** Every file and folder under `dir` (itself included) with its uid:gid on the host, links not followed. */
function owners(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (p: string): void => {
    const st = fs.lstatSync(p)
    out[path.relative(dir, p) || '.'] = `${st.uid}:${st.gid}`
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e))
  }
  walk(dir)
  return out
}

describe.each(engines)('the $kind engine', ({ kind, need: n }) => {
  n.describe('what only a container does', () => {
    test('the engine answers with a version the suite accepts', async () => {
      const c = await checkEngine(kind)
      expect(c).toEqual({ ok: true, version: expect.stringMatching(/^\d+\.\d+/) })
    })

    test('the local image is used as it is: its id as docker writes ids, no pull', async () => {
      const platform = enginePlatform(manylinuxArch(os.machine()))
      const out = await captureStdout(() => ensureImage(kind, standIn.image, platform, { attempts: 1, backoff: 0, timeout: 60 }))
      expect(out.result).toEqual(expect.objectContaining({ id: standIn.digest, pulled: false, platform }))
      expect(out.stdout).toMatch(/is here already .*: not pulled/)
    })

    test("files written as root and as another user go back to the workspace's owner; the container goes at once", async () => {
      const ws = tempDir(`bw-${kind}-owner-`)
      fs.chownSync(ws, 2345, 2346)
      const rt = await startContainer({
        engine: kind,
        reference: standIn.image,
        platform: '',
        workspace: ws,
        env: {},
        network: 'none',
        tempParent: tempDir(`bw-${kind}-owner-tmp-`)
      })
      await rt.runOrThrow(['sh', '-c', 'mkdir -p out/deep && echo r > out/by-root && echo u > out/deep/by-5 && chown -R 5:5 out/deep'], {
        cwd: rt.toRuntimePath(ws),
        silent: true
      })
      expect(fs.statSync(path.join(ws, 'out', 'deep', 'by-5')).uid).toBe(5)
      const started = performance.now()
      const out = await captureStdout(() =>
        removeContainer(kind, rt.facts.id, { chown: rt.facts.labels[LABELS.chown], mounts: rt.facts.mounts, tempRoot: rt.facts.labels[LABELS.temp] })
      )
      const seconds = (performance.now() - started) / 1000
      expect(out.stdout).toMatch(/given back to 2345:2346\n/)
      expect(out.stdout).not.toMatch(/::warning::/)
      expect(Object.entries(owners(ws)).filter(([, o]) => o !== '2345:2346')).toEqual([])
      expect((await tryEngine(kind, ['container', 'inspect', rt.facts.id])).code).not.toBe(0)
      expect(seconds).toBeLessThan(8) // no grace period for the keep-alive process, which ignores SIGTERM
      console.log(`${kind}: files given back and the container removed in ${seconds.toFixed(2)} s`)
    }, 120_000)
  })
})

/** The engine's CLI with the tests' settings (docker's socket, podman's configuration), never throwing. */
function tryEngine(kind: 'docker' | 'podman', args: string[]): Promise<{ code: number | null; stdout: string }> {
  return kind === 'podman' ? tryPodman(args, 60_000) : tryDocker(engine as DockerEngine, args, 60_000)
}

/**
 * A root file system of a few host programs (sh and coreutils) with their libraries, and empty
 * mount points for everything the runtime and podman mount into it: a container that needs no
 * image, so its files may belong to ids outside its user namespace.
 */
function miniRootfs(mountPoints: readonly string[]): string {
  const root = tempDir('bw-userns-rootfs-')
  fs.chmodSync(root, 0o755) // the container's root is not the host's: it needs to read in here
  const copy = (file: string): void => {
    const dest = path.join(root, file)
    if (fs.existsSync(dest)) return
    fs.mkdirSync(path.dirname(dest), { recursive: true })
    fs.copyFileSync(fs.realpathSync(file), dest)
    fs.chmodSync(dest, 0o755)
  }
  for (const program of ['sh', 'stat', 'chown', 'tail', 'rm', 'mkdir', 'cat', 'id']) {
    const file = execFileSync('sh', ['-c', 'command -v "$1"', 'sh', program], { encoding: 'utf8' }).trim()
    copy(file)
    for (const m of execFileSync('ldd', [fs.realpathSync(file)], { encoding: 'utf8' }).matchAll(/(\/\S+) \(0x/g)) copy(m[1])
  }
  for (const dir of ['proc', 'sys', 'dev', 'tmp', 'run', ...mountPoints.map(p => p.slice(1))]) fs.mkdirSync(path.join(root, dir), { recursive: true })
  fs.mkdirSync(path.join(root, 'etc'), { recursive: true })
  for (const f of ['etc/hosts', 'etc/resolv.conf', 'etc/hostname', 'run/.containerenv']) fs.writeFileSync(path.join(root, f), '')
  return root
}

podmanNeed.describe('podman through a user namespace, as rootless podman runs', () => {
  // Rootless podman maps the user to root inside and every other id to the user's subordinate ids.
  // Here (rootful) --uidmap gives the same picture: the workspace's owner 2345:2346 is 0:0 inside.
  // Podman 4.3 cannot mount its overlay image layers through such a map on this kernel ("mapped/0/l/diff1":
  // no such file), so the container runs on a small root file system of host programs instead.
  test("the files go back to the owner as the container sees it (root inside), not the host's uid, which it does not map", async () => {
    const ws = tempDir('bw-userns-ws-')
    const temp = tempDir('bw-userns-tmp-')
    for (const d of [ws, temp]) fs.chownSync(d, 2345, 2346)
    const rootfs = miniRootfs([ws, temp])
    const name = `build-wheel-userns-${randomBytes(5).toString('hex')}`
    const argv = createArgs({
      name,
      image: rootfs,
      mounts: [
        { host: ws, container: ws },
        { host: temp, container: temp }
      ],
      envNames: [],
      labels: { [LABELS.owner]: '1', [LABELS.chown]: ownerOf(ws), [LABELS.temp]: temp },
      network: 'none',
      workdir: ws
    })
    argv.splice(argv.length - KEEP_ALIVE.length - 1, 0, '--rootfs')
    argv.splice(1, 0, '--uidmap', '0:2345:1', '--uidmap', '1:100000:65536', '--gidmap', '0:2346:1', '--gidmap', '1:100000:65536')
    await podmanOk(argv)
    try {
      await podmanOk(['start', name])
      const rt = await ContainerRuntime.attach('podman', name)
      expect((await rt.runOrThrow(['stat', '-c', '%u:%g', rt.toRuntimePath(ws)], { silent: true })).stdout.trim()).toBe('0:0')
      await rt.runOrThrow(['sh', '-c', 'mkdir -p out/deep && echo r > out/by-root && echo u > out/deep/by-5 && chown -R 5:5 out/deep'], {
        cwd: rt.toRuntimePath(ws),
        silent: true
      })
      expect(fs.statSync(path.join(ws, 'out', 'by-root')).uid).toBe(2345) // root inside is the owner already
      expect(fs.statSync(path.join(ws, 'out', 'deep', 'by-5')).uid).toBe(100004) // a subordinate id
      const out = await captureStdout(() =>
        removeContainer('podman', rt.facts.id, { chown: rt.facts.labels[LABELS.chown], mounts: rt.facts.mounts, tempRoot: temp })
      )
      expect(out.stdout).toMatch(/given back to 2345:2346 \(0:0 inside the container's user namespace\)/)
      expect(out.stdout).not.toMatch(/::warning::/)
      expect(Object.entries(owners(ws)).filter(([, o]) => o !== '2345:2346')).toEqual([])
    } finally {
      await tryPodman(['rm', '--force', name], 60_000)
    }
  }, 120_000)
})
