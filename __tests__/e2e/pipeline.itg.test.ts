// The README's one step, `uses: montage/build-wheel@v1`, through the committed bundle dist/pipeline,
// run the way the runner runs it (INPUT_* with action.yml's defaults, file commands, Node 24)
// against the loopback Actions results service, on a fresh copy of the bundled example with one
// CPython found here. Run twice: the first builds the C tree and saves it to the cache; the
// second, on another fresh copy, restores it and make is not run.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { copyExample, makeThatMustNotRun, REPO } from '../support/example.js'
import { all, findPython, requireTool } from '../support/requirements.js'
import { startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { runAction, type StepResult } from '../support/runner.js'
import { tempDir } from '../support/temp.js'

const py = await findPython()
// make and gcc build the C tree and the extension; patchelf is the builtin repair's tool.
const ready = all(py, requireTool('make'), requireTool('gcc'), requireTool('patchelf'))

interface WheelOut {
  path: string
  python: string
  identifier: string
  tag: string
  sha256: string
  repair: string
  tested: boolean
}

let service: ResultsServiceHandle
let runnerTemp: string // one runner: the same RUNNER_TEMP for both runs
beforeAll(async () => {
  service = await startResultsService()
  runnerTemp = tempDir('bw-runner-temp-')
})
afterAll(async () => {
  await service.close()
})

/** The step as a workflow writes it: only `python-versions` given; everything else from action.yml and pyproject.toml. */
async function step(env: Record<string, string> = {}): Promise<{ workspace: string; r: StepResult }> {
  const workspace = copyExample()
  const r = await runAction(REPO, { workspace, runnerTemp, env: { ...service.env, ...env }, inputs: { 'python-versions': py.python.minor } })
  return { workspace, r }
}

function wheelsOf(r: StepResult): WheelOut[] {
  return JSON.parse(r.outputs.wheels ?? '[]') as WheelOut[]
}

/** On failure, the step's own words. */
function explain(r: StepResult): string {
  return `exit ${r.exitCode}; errors:\n${r.annotations
    .filter(a => a.level === 'error')
    .map(a => a.message)
    .join('\n')}\n--- stdout (tail)\n${r.stdout.split('\n').slice(-40).join('\n')}\n--- stderr (tail)\n${r.stderr.split('\n').slice(-20).join('\n')}`
}

ready.describe('uses: montage/build-wheel@v1 (dist/pipeline)', () => {
  let first: { workspace: string; r: StepResult }

  test('first run: the C tree built and saved to the cache; one wheel built, repaired, tested', async () => {
    first = await step()
    const r = first.r
    if (r.exitCode !== 0) throw new Error(explain(r))
    expect(r.failed).toBe(false)
    expect(r.outputs['cache-hit']).toBe('false')
    expect(r.outputs['cache-key']).toMatch(/^build-wheel-c-tree-v\d+-[0-9a-f]{64}$/)
    const saved = service.caches().filter(c => c.finalized)
    expect(saved.map(c => c.key)).toEqual([r.outputs['cache-key']])
    expect(fs.statSync(saved[0].file).size).toBeGreaterThan(0)

    const wheels = wheelsOf(r)
    expect(wheels.map(w => w.identifier)).toEqual([py.python.identifier])
    const w = wheels[0]
    expect(fs.existsSync(w.path)).toBe(true)
    expect(path.dirname(w.path)).toBe(path.resolve(first.workspace, r.outputs['wheel-dir'] ?? ''))
    expect(path.basename(w.path)).toMatch(new RegExp(`^minipy-1\\.0\\.0-${py.python.identifier}-.*manylinux.*_x86_64\\.whl$`, 'i'))
    expect(w.tested).toBe(true)
    expect(w.tag).toMatch(/manylinux/)
    expect(JSON.parse(r.outputs.matrix)).toEqual({ include: [{ 'python-version': py.python.minor, identifier: py.python.identifier }] })
    expect(r.summary).toContain(path.basename(w.path))
  }, 600_000)

  test('second run on a fresh checkout: the C tree restored from the cache (make not run), the wheel built again', async () => {
    expect(first?.r.exitCode).toBe(0) // needs the first run's cache entry
    const noMake = makeThatMustNotRun()
    const second = await step({ PATH: `${noMake.dir}:${process.env.PATH}` })
    const r = second.r
    if (r.exitCode !== 0) throw new Error(explain(r))
    expect(r.outputs['cache-hit']).toBe('true')
    expect(r.outputs['cache-key']).toBe(first.r.outputs['cache-key'])
    expect(fs.existsSync(noMake.marker)).toBe(false)
    expect(service.caches().filter(c => c.finalized)).toHaveLength(1) // nothing saved again
    const wheels = wheelsOf(r)
    expect(wheels.map(w => [w.identifier, w.tested])).toEqual([[py.python.identifier, true]])
    expect(fs.existsSync(wheels[0].path)).toBe(true)
  }, 600_000)
})
