// One contract, two runtimes: the same cases against the host and a real docker container of the
// stand-in manylinux image (started the way setup-docker-manylinux starts it).
import * as fs from 'node:fs'
import * as path from 'node:path'
import { CommandError, UserError } from '../../src/lib/errors.js'
import { discoverInterpreters } from '../../src/python/discover.js'
import { startContainer } from '../../src/runtime/container.js'
import { HostRuntime } from '../../src/runtime/host.js'
import type { Runtime } from '../../src/runtime/runtime.js'
import { ensureDockerEngine, ensureStandInImage, isSkip, type StandInImage } from '../support/docker.js'
import { need, type Need } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const engine = await ensureDockerEngine()
const standInOrSkip = isSkip(engine) ? engine : await ensureStandInImage()
const dockerNeed = need(!isSkip(standInOrSkip), isSkip(standInOrSkip) ? standInOrSkip.skip.replace(/\s*\n\s*/g, ' | ') : '')
const standIn = standInOrSkip as StandInImage

interface Case {
  readonly kind: 'host' | 'docker'
  readonly need: Need
}
const cases: Case[] = [
  { kind: 'host', need: need(true, '') },
  { kind: 'docker', need: dockerNeed }
]

describe.each(cases)('the $kind runtime', ({ kind, need: n }) => {
  let rt: Runtime
  let ws: string
  beforeAll(async () => {
    ws = tempDir('bw-contract-ws-')
    if (kind === 'host') rt = new HostRuntime()
    else if (n.ok) {
      const started = performance.now()
      rt = (
        await startContainer({ engine: 'docker', reference: standIn.image, platform: '', workspace: ws, env: { CONTRACT_VAR: 'from create' }, network: 'none', tempParent: tempDir('bw-contract-tmp-') })
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
    test('env is added, by value, to the runtime\'s own', async () => {
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
      const e = await rt.runOrThrow(['sh', '-c', 'echo last words >&2; exit 4'], { silent: true, hint: 'the hint' }).then(() => new Error('no error'), (x: unknown) => x as Error)
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
      expect(await rt.readFile('/no/such/file')).toBeUndefined()
      const osRelease = await rt.readFile('/etc/os-release')
      expect(osRelease).toMatch(/^ID=/m)
    })
    test('identity and the runtime\'s own environment', async () => {
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
      if (kind === 'docker') expect(found.filter(i => i.source === 'manylinux').map(i => i.identifier)).toEqual(standIn.pythons)
    })
  })
})
