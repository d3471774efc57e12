// The committed bundles run the way the runner runs them (Node 24, INPUT_*, file commands), against
// a loopback Actions results service so the real @actions/cache and @actions/artifact do the work.
// build-montage then build-wheel on the bundled example, twice: the second run restores the C tree
// from the cache and make is not run.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { startResultsService, unreachableResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { runAction } from '../support/runner.js'
import { copyExample, makeThatMustNotRun, PIP_ARGS, REPO } from '../support/example.js'
import { all, findPythons, requireTool } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const action = (name: string): string => (name === '.' ? REPO : path.join(REPO, 'actions', name))
let service: ResultsServiceHandle
let runnerTemp: string // the same in every job, as on hosted runners

// Two Pythons where the machine has them (the matrix then has two rows), one at least.
const pys = await findPythons({ min: 1, max: 2 })
const minors = pys.pythons.map(p => p.minor)
const identifiers = pys.pythons.map(p => p.identifier)
const make = all(requireTool('make'), requireTool('gcc'))
const wheels = all(pys, make, requireTool('patchelf'))

beforeAll(async () => {
  service = await startResultsService()
  runnerTemp = tempDir('bw-runner-temp-')
})
afterAll(async () => {
  await service.close()
})

interface WheelOut {
  path: string
  repair: string
  identifier: string
  tag: string
  sha256: string
  tested: boolean
}

async function job(extraEnv: Record<string, string> = {}) {
  const workspace = copyExample()
  const env = { ...service.env, ...extraEnv }
  const tree = await runAction(action('build-montage'), { workspace, runnerTemp, env })
  const wheels = await runAction(action('build-wheel'), {
    workspace,
    runnerTemp,
    env,
    inputs: { 'python-versions': minors.join(' '), 'pip-args': PIP_ARGS, 'upload-artifact': `wheels-${path.basename(workspace)}` }
  })
  return { workspace, tree, wheels }
}

wheels.test('chained twice: built once, restored the second time without make; wheels built, tested, uploaded', async () => {
  const first = await job()
  expect(first.tree.stderr + first.tree.stdout).toMatch(/cache miss/)
  expect(first.tree.exitCode).toBe(0)
  expect(first.tree.outputs['cache-hit']).toBe('false')
  expect(first.tree.outputs['cache-key']).toMatch(/^build-wheel-c-tree-v\d+-[0-9a-f]{64}$/)
  expect(
    service
      .caches()
      .filter(c => c.finalized)
      .map(c => c.key)
  ).toEqual([first.tree.outputs['cache-key']])
  expect(first.wheels.exitCode).toBe(0)
  const wheels1 = JSON.parse(first.wheels.outputs.wheels) as WheelOut[]
  expect(wheels1.map(w => w.identifier)).toEqual(identifiers)
  for (const w of wheels1) {
    expect(fs.existsSync(w.path)).toBe(true)
    expect(w.tested).toBe(true)
    expect(w.tag).toMatch(/^manylinux_2_\d+_x86_64$/) // repaired by the builtin repair (no auditwheel here) and checked
  }
  expect(JSON.parse(first.wheels.outputs.matrix)).toEqual({ include: pys.pythons.map(p => ({ 'python-version': p.minor, identifier: p.identifier })) })
  expect(first.wheels.summary).toMatch(/<table>/)
  expect(first.wheels.summary).toContain(path.basename(wheels1[0].path))
  const uploaded = service.artifacts().find(a => a.name === `wheels-${path.basename(first.workspace)}`)
  expect(uploaded?.finalized).toBe(true)
  expect(first.wheels.outputs['artifact-id']).toBe(String(uploaded?.id))

  // A second job on a fresh checkout: a make that fails if it is run at all.
  const noMake = makeThatMustNotRun()
  const second = await job({ PATH: `${noMake.dir}:${process.env.PATH}` })
  expect(second.tree.exitCode).toBe(0)
  expect(second.tree.outputs['cache-hit']).toBe('true')
  expect(second.tree.outputs['cache-key']).toBe(first.tree.outputs['cache-key'])
  expect(fs.existsSync(noMake.marker)).toBe(false)
  expect(fs.existsSync(path.join(second.workspace, 'bin', 'mDist'))).toBe(true)
  expect(second.wheels.exitCode).toBe(0)
  const wheels2 = JSON.parse(second.wheels.outputs.wheels) as WheelOut[]
  expect(wheels2.map(w => w.identifier)).toEqual(identifiers)
})

make.test('an unreachable cache service is a warning; the tree is built anyway', async () => {
  const down = await unreachableResultsService()
  const workspace = copyExample()
  const r = await runAction(action('build-montage'), { workspace, runnerTemp, env: down.env })
  expect(r.exitCode).toBe(0)
  expect(r.outputs['cache-hit']).toBe('false')
  expect(
    r.annotations
      .filter(a => a.level === 'warning')
      .map(a => a.message)
      .join('\n')
  ).toMatch(/ECONNREFUSED|restore|cache/i)
  expect(fs.existsSync(path.join(workspace, 'bin', 'mDist'))).toBe(true)
})

test('bad inputs fail the step with every problem named, before anything runs', async () => {
  const workspace = copyExample()
  const r = await runAction(action('.'), {
    workspace,
    runnerTemp,
    env: service.env,
    inputs: { 'python-versions': '3.11 2.7 $(touch)pwned', repair: 'maybe', jobs: '0' }
  })
  expect(r.exitCode).toBe(1)
  const errors = r.annotations
    .filter(a => a.level === 'error')
    .map(a => a.message)
    .join('\n')
  expect(errors).toMatch(/input 'python-versions': '2.7' is not a Python version/)
  expect(errors).toMatch(/input 'python-versions': '\$\(touch\)pwned' is not a Python version/)
  expect(errors).toMatch(/input 'repair': 'maybe' is not accepted; accepted: auto, auditwheel, builtin, none/)
  expect(errors).toMatch(/input 'jobs': '0' is not accepted/)
  expect(fs.existsSync(path.join(workspace, 'pwned'))).toBe(false)
  expect(fs.existsSync(path.join(workspace, 'bin'))).toBe(false) // make never ran
})

test('setup-docker-manylinux with no engine answering fails clearly, naming engine: host as the way out', async () => {
  const r = await runAction(action('setup-docker-manylinux'), {
    runnerTemp,
    inputs: { engine: 'docker' },
    env: { DOCKER_HOST: `unix://${path.join(runnerTemp, 'no-such-engine.sock')}` }
  })
  expect(r.exitCode).toBe(1)
  const message = r.annotations.map(a => a.message).join('\n')
  expect(message).toMatch(/docker/)
  expect(message).toMatch(/engine: host/)
})

test('project settings with an unknown key: an error annotation on the pyproject.toml line', async () => {
  const workspace = copyExample()
  fs.appendFileSync(path.join(workspace, 'pyproject.toml'), 'test-comand = "oops"\n')
  const r = await runAction(action('build-wheel'), { workspace, runnerTemp })
  expect(r.exitCode).toBe(1)
  const a = r.annotations.find(x => x.level === 'error' && /unknown key 'test-comand'/.test(x.message))
  expect(a?.file).toBe(path.join(workspace, 'pyproject.toml'))
  expect(a?.line).toBe(fs.readFileSync(path.join(workspace, 'pyproject.toml'), 'utf8').trimEnd().split('\n').length)
})

pys.test('credentials in pip-args are masked before anything is printed', async () => {
  const workspace = copyExample()
  const r = await runAction(action('build-wheel'), {
    workspace,
    runnerTemp,
    inputs: { 'plan-only': 'true', 'python-versions': minors[0], 'pip-args': '--extra-index-url https://builder:s3cr3t-t0ken@pypi.example.invalid/simple' }
  })
  expect(r.exitCode).toBe(0)
  expect(r.masks).toContain('s3cr3t-t0ken')
  expect(JSON.parse(r.outputs.matrix)).toEqual({ include: [{ 'python-version': minors[0], identifier: identifiers[0] }] })
})
