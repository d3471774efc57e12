// The conda-recipe action run as the runner runs it (the runner harness: INPUT_*, file commands, the
// job summary, a child Node 24) against the loopback results service, so that the real
// @actions/artifact uploads: the packages as `upload-artifact` with the artifact-id output, broken/
// as `<name>-broken` after a failed test, every package with its tests in the job summary, and bad
// inputs refused in one failure before any work. The action runs from its TypeScript sources
// through tsx (dist/ is rebuilt by the lead, not by tests): the action.yml is the real one with
// `runs.main` pointed at a loader.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseYaml, stringify as toYaml } from 'yaml'
import { requireTool } from '../support/requirements.js'
import { startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { runAction, type StepResult } from '../support/runner.js'
import { tempDir } from '../support/temp.js'

const REPO = process.cwd()
let service: ResultsServiceHandle
let actionDir: string

beforeAll(async () => {
  service = await startResultsService()
  actionDir = tempDir('conda-action-src-')
  const yml = parseYaml(fs.readFileSync(path.join(REPO, 'actions', 'conda-recipe', 'action.yml'), 'utf8')) as { runs: { main: string } }
  yml.runs.main = 'main.mjs'
  fs.writeFileSync(path.join(actionDir, 'action.yml'), toYaml(yml))
  const tsx = pathToFileURL(path.join(REPO, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')).href
  const entry = pathToFileURL(path.join(REPO, 'src', 'actions', 'conda-recipe', 'index.ts')).href
  fs.writeFileSync(path.join(actionDir, 'main.mjs'), `import { register } from ${JSON.stringify(tsx)}\nregister()\nawait import(${JSON.stringify(entry)})\n`)
})
afterAll(async () => {
  await service.close()
})

const META = (test: string): string => `package:
  name: hello-action
  version: "2.0"
build:
  number: 1
  script:
    - mkdir -p "$PREFIX/share/hello"
    - echo hello > "$PREFIX/share/hello/greeting.txt"
test:
  commands:
    - ${test}
about:
  license: MIT
`

function workspaceWith(meta: string): string {
  const ws = tempDir('conda-action-ws-')
  fs.mkdirSync(path.join(ws, 'recipe'))
  fs.writeFileSync(path.join(ws, 'recipe', 'meta.yaml'), meta)
  return ws
}

function run(workspace: string, inputs: Record<string, string>): Promise<StepResult> {
  return runAction(actionDir, {
    workspace,
    inputs: { recipe: 'recipe', cache: 'false', ...inputs },
    env: { ...service.env, SOURCE_DATE_EPOCH: '1700000000' },
    timeoutMs: 180_000
  })
}

const errorsOf = (r: StepResult): string =>
  r.annotations
    .filter(a => a.level === 'error')
    .map(a => a.message)
    .join('\n')

const unzip = requireTool('unzip', ['-v'])
const listing = (zip: string): string[] => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n').sort()

unzip.test('upload-artifact: the packages uploaded with the real @actions/artifact, artifact-id set, the job summary lists each with its tests', async () => {
  const ws = workspaceWith(META('test -f "$PREFIX/share/hello/greeting.txt"'))
  const r = await run(ws, { 'upload-artifact': 'conda-packages' })
  expect(errorsOf(r)).toBe('')
  expect(r.exitCode).toBe(0)
  const uploaded = service.artifacts().find(a => a.name === 'conda-packages')
  expect(uploaded?.finalized).toBe(true)
  expect(r.outputs['artifact-id']).toBe(String(uploaded?.id))
  expect(listing(uploaded!.file)).toEqual(['linux-64/hello-action-2.0-1.conda'])
  const packages = JSON.parse(r.outputs.packages) as { path: string; name: string; sha256: string }[]
  expect(packages.map(p => p.path)).toEqual([path.join(ws, 'conda-bld', 'linux-64', 'hello-action-2.0-1.conda')])
  expect(r.outputs.channel).toBe(path.join(ws, 'conda-bld'))
  expect(r.summary).toContain('<h3>Conda packages</h3>')
  expect(r.summary).toContain(`<td>${packages[0].sha256}</td>`)
  expect(r.summary).toContain('hello-action-2.0-1.conda: tests passed (run_test.sh)')
  expect(service.artifacts().some(a => a.name === 'conda-packages-broken')).toBe(false)
  // the build root was this run's own, under RUNNER_TEMP
  expect(r.stdout).toContain(`work folders under ${path.join(r.dirs.runnerTemp, 'conda-bld', '0')}`)
})

unzip.test("a failed test: broken/ uploaded as <name>-broken, the step fails, the summary holds the test's last lines", async () => {
  const ws = workspaceWith(META(`'echo "checking the greeting"; echo "found: $(cat "$PREFIX/share/hello/greeting.txt")"; exit 4'`))
  const r = await run(ws, { 'upload-artifact': 'conda-failing' })
  expect(r.exitCode).toBe(1)
  expect(errorsOf(r)).toMatch(/the test run_test\.sh of hello-action-2\.0-1 failed with exit code 4/)
  const broken = service.artifacts().find(a => a.name === 'conda-failing-broken')
  expect(broken?.finalized).toBe(true)
  expect(listing(broken!.file)).toEqual(['broken/hello-action-2.0-1.conda'])
  expect(service.artifacts().some(a => a.name === 'conda-failing')).toBe(false) // nothing passed: no package artifact
  expect(r.outputs.packages).toBe('[]')
  expect(r.outputs['artifact-id']).toBeUndefined()
  expect(r.summary).toContain('FAILED hello-action-2.0-1.conda (linux-64): its test failed')
  expect(r.summary).toMatch(/<pre>[\s\S]*found: hello[\s\S]*<\/pre>/)
})

test('bad inputs: an artifact name with a refused character, a build root that cannot be written, a recipe folder that is a file; one failure, no work', async () => {
  const ws = tempDir('conda-action-bad-')
  fs.writeFileSync(path.join(ws, 'recipe'), META('true'))
  fs.writeFileSync(path.join(ws, 'file'), '')
  const r = await run(ws, { 'upload-artifact': 'packages/linux', croot: 'file/croot' })
  expect(r.exitCode).toBe(1)
  const errors = errorsOf(r)
  expect(errors).toMatch(/input 'recipe': 'recipe' is a file, not a recipe folder; accepted: the folder holding meta\.yaml/)
  expect(errors).toMatch(/input 'croot': .*file\/croot cannot be used as the build root: a part of it is a file, not a folder/)
  expect(errors).toMatch(/input 'upload-artifact': 'packages\/linux' is not a valid artifact name; accepted: a name without/)
  expect(fs.existsSync(path.join(ws, 'conda-bld'))).toBe(false)
  expect(r.outputs.rendered).toBeUndefined()
})

test('render-only: the matrix output, one entry per variant, each with the variants that build it alone', async () => {
  const ws = workspaceWith(`package:
  name: pyx
  version: "1.0"
requirements:
  host:
    - python {{ python }}
  run:
    - python
`)
  const r = await run(ws, { 'render-only': 'true', variants: 'python=3.11\npython=3.12', 'target-platform': 'linux-64' })
  expect(errorsOf(r)).toBe('')
  expect(r.exitCode).toBe(0)
  expect(JSON.parse(r.outputs.matrix)).toEqual({
    include: [
      { package: 'pyx-1.0-py311_0', subdir: 'linux-64', variants: '{"python":"3.11","target_platform":"linux-64"}' },
      { package: 'pyx-1.0-py312_0', subdir: 'linux-64', variants: '{"python":"3.12","target_platform":"linux-64"}' }
    ]
  })
  expect(fs.existsSync(path.join(ws, 'conda-bld'))).toBe(false)
})
