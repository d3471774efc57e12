// The builtin repair in a container resolves libraries as the container's loader would (issue 7):
// a library that exists only inside the container, in a folder only its ld.so.conf.d names, is found
// and grafted; the host's file system is never asked.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { readElf } from '../../src/elf/elf.js'
import { startContainer } from '../../src/runtime/container.js'
import type { ContainerRuntime } from '../../src/runtime/docker.js'
import { repair } from '../../src/wheel/repair.js'
import { makeWheel } from '../manylinux/make-wheel.js'
import { ensureDockerEngine, ensureStandInImage, isSkip, type StandInImage } from '../support/docker.js'
import { need } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const engineOrSkip = await ensureDockerEngine()
const standInOrSkip = isSkip(engineOrSkip) ? engineOrSkip : await ensureStandInImage()
const ready = need(!isSkip(standInOrSkip), isSkip(standInOrSkip) ? standInOrSkip.skip.replace(/\s*\n\s*/g, ' | ') : '')
const standIn = standInOrSkip as StandInImage

const ONLY_HERE = '/opt/bw-only-here/lib'

ready.describe('the builtin repair inside a container', () => {
  let rt: ContainerRuntime
  let ws = ''
  beforeAll(async () => {
    ws = tempDir('bw-libview-ws-')
    rt = (
      await startContainer({
        engine: 'docker',
        reference: standIn.image,
        platform: '',
        workspace: ws,
        env: {},
        network: 'none',
        tempParent: tempDir('bw-libview-tmp-')
      })
    ).owned()
    fs.writeFileSync(path.join(ws, 'only.c'), 'int only_here(void) { return 42; }\n')
    fs.writeFileSync(path.join(ws, 'dep.c'), 'int only_here(void);\nint dep(void) { return only_here() + 1; }\n')
    fs.writeFileSync(path.join(ws, 'ext.c'), 'int dep(void);\nint PyInit_ext(void) { return dep(); }\n')
    const script = [
      'set -e',
      `mkdir -p ${ONLY_HERE}`,
      `gcc -shared -fPIC -o ${ONLY_HERE}/libonlyhere.so.1 -Wl,-soname,libonlyhere.so.1 only.c`,
      `ln -sf libonlyhere.so.1 ${ONLY_HERE}/libonlyhere.so`,
      // a second library, in a folder LD_LIBRARY_PATH does not name either: found through ld.so.conf.d too
      `gcc -shared -fPIC -o ${ONLY_HERE}/libdep.so.2 -Wl,-soname,libdep.so.2 dep.c -L${ONLY_HERE} -lonlyhere`,
      `ln -sf libdep.so.2 ${ONLY_HERE}/libdep.so`,
      `echo ${ONLY_HERE} > /etc/ld.so.conf.d/bw-only-here.conf`,
      `gcc -shared -fPIC -o ext.cpython-311-x86_64-linux-gnu.so ext.c -L${ONLY_HERE} -ldep`
    ].join('\n')
    await rt.runOrThrow(['sh', '-c', script], { cwd: rt.toRuntimePath(ws), silent: true })
  }, 300_000)
  afterAll(async () => {
    await rt?.dispose()
  }, 120_000)

  test('a library only the container has is found through its ld.so.conf.d and grafted, with what it needs', async () => {
    expect(fs.existsSync(ONLY_HERE)).toBe(false) // the host has no such folder: only the container could resolve it
    const so = fs.readFileSync(path.join(ws, 'ext.cpython-311-x86_64-linux-gnu.so'))
    const raw = makeWheel(path.join(ws, 'raw'), {
      name: 'onlyhere',
      version: '1.0',
      tag: 'cp311-cp311-linux_x86_64',
      files: { 'onlyhere/ext.cpython-311-x86_64-linux-gnu.so': so, 'onlyhere/__init__.py': '' }
    })
    const out = path.join(ws, 'repaired')
    const r = await repair({ tool: 'builtin', plat: '', platFrom: 'auto' }, raw, out, rt, { SOURCE_DATE_EPOCH: '1700000000' })
    expect(r.how).toBe('builtin')
    const names = execFileSync('unzip', ['-Z1', r.wheel], { encoding: 'utf8' }).trim().split('\n')
    const grafted = names.filter(n => n.startsWith('onlyhere.libs/'))
    expect(grafted.map(n => path.basename(n).replace(/-[0-9a-f]{8}/, ''))).toEqual(expect.arrayContaining(['libdep.so.2', 'libonlyhere.so.1']))
    // the extension now needs the grafted copy, found through $ORIGIN
    const ext = execFileSync('unzip', ['-p', r.wheel, 'onlyhere/ext.cpython-311-x86_64-linux-gnu.so'])
    const info = readElf(ext)
    expect(info.needed.some(n => /^libdep-[0-9a-f]{8}\.so\.2$/.test(n))).toBe(true)
    expect(`${info.rpath ?? ''}${info.runpath ?? ''}`).toContain('$ORIGIN')
    // nothing the view copied out is left behind in the workspace
    expect(fs.readdirSync(ws).filter(f => f.startsWith('bw-libs-'))).toEqual([])
  }, 300_000)
})
