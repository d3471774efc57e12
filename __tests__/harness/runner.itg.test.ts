// runAction against small fixture actions written to a temp dir (action.yml + .mjs using raw file commands).
import * as fsp from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { withEnv } from '../support/in-process.js'
import { startResultsService } from '../support/results-service.js'
import { FAKE_GITHUB_TOKEN, parseKeyValueFile, parseWorkflowCommandLine, runAction, type StepResult } from '../support/runner.js'

let root: string
const results: StepResult[] = []

async function fixture(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, name)
  await fsp.mkdir(dir, { recursive: true })
  for (const [f, content] of Object.entries(files)) await fsp.writeFile(path.join(dir, f), content)
  return dir
}

async function run(dir: string, opts: Parameters<typeof runAction>[1] = {}): Promise<StepResult> {
  const r = await runAction(dir, opts)
  results.push(r)
  return r
}

beforeAll(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'harness-runner-'))
})

afterAll(async () => {
  await Promise.all(results.map(r => r.cleanup()))
  await fsp.rm(root, { recursive: true, force: true })
})

const FULL_ACTION_YML = `
name: Fixture
description: exercises the harness
inputs:
  greeting:
    description: a plain default
    default: hello
  python-versions:
    description: hyphen kept in the env name
    default: "3.11 3.12"
  token:
    description: expression default
    default: \${{ github.token }}
  work dir:
    description: space becomes underscore
    default: \${{ runner.temp }}/work
  no-default:
    description: declared without default
  old:
    description: deprecated
    deprecationMessage: use greeting
  fail:
    description: make main fail
    default: "false"
outputs:
  simple:
    description: key=value form
  multi:
    description: heredoc form
runs:
  using: node24
  pre: pre.mjs
  main: main.mjs
  post: post.mjs
`

const PRE = `
import fs from 'node:fs'
fs.appendFileSync(process.env.GITHUB_STATE, 'from_pre=pre-was-here\\n')
fs.appendFileSync(process.env.GITHUB_ENV, 'FROM_PRE=1\\n')
`

const MAIN = `
import fs from 'node:fs'
const add = (v, s) => fs.appendFileSync(process.env[v], s)
const inputs = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('INPUT_')))
add('GITHUB_OUTPUT', 'simple=a=b c\\n')
add('GITHUB_OUTPUT', 'multi<<EOF_1\\nline one\\n\\nline three\\nEOF_1\\n')
add('GITHUB_OUTPUT', 'inputs<<X\\n' + JSON.stringify(inputs) + '\\nX\\n')
add('GITHUB_OUTPUT', 'probe<<X\\n' + JSON.stringify({
  node: process.version,
  cwd: process.cwd(),
  statePre: process.env.STATE_from_pre ?? null,
  fromPre: process.env.FROM_PRE ?? null,
  actionPath: process.env.GITHUB_ACTION_PATH ?? null,
  nodeOptions: process.env.NODE_OPTIONS ?? null,
  leak: process.env.HARNESS_PARENT_ONLY ?? null,
  ci: process.env.CI, actions: process.env.GITHUB_ACTIONS, os: process.env.RUNNER_OS, arch: process.env.RUNNER_ARCH,
  workspace: process.env.GITHUB_WORKSPACE, temp: process.env.RUNNER_TEMP, toolCache: process.env.RUNNER_TOOL_CACHE,
  repo: process.env.GITHUB_REPOSITORY, sha: process.env.GITHUB_SHA, runId: process.env.GITHUB_RUN_ID,
  event: JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')).repository.full_name,
  custom: process.env.CUSTOM ?? null
}) + '\\nX\\n')
add('GITHUB_STATE', 'pid=4242\\n')
add('GITHUB_STATE', 'notes<<S\\nfirst\\nsecond\\nS\\n')
add('GITHUB_ENV', 'FOO=bar\\n')
add('GITHUB_PATH', '/opt/fake/bin\\n')
add('GITHUB_STEP_SUMMARY', '# Summary\\n')
console.log('plain log line')
console.log('::add-mask::s3cr3t-value')
console.log('::group::Building')
console.log('::warning file=src/a.c,line=3,col=5,endColumn=9,title=Careful%2C really::first line%0Asecond line')
console.log('::endgroup::')
console.log('::notice::just so you know')
console.error('::error file=lib/x.c,line=10,endLine=12::bad thing')
console.log('::debug::only in debug')
console.log('::bogus::not a command')
if (process.env.INPUT_FAIL === 'true') {
  console.log('::error::main failed on purpose')
  process.exitCode = 1
}
`

const POST = `
import fs from 'node:fs'
const state = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('STATE_')))
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'seen<<Z\\n' + JSON.stringify({ state, foo: process.env.FOO ?? null, path0: process.env.PATH.split(':')[0] }) + '\\nZ\\n')
fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, 'post summary\\n')
console.log('post ran')
`

describe('runAction with pre/main/post', () => {
  let r: StepResult
  let dir: string
  beforeAll(async () => {
    dir = await fixture('full', { 'action.yml': FULL_ACTION_YML, 'pre.mjs': PRE, 'main.mjs': MAIN, 'post.mjs': POST })
    r = await withEnv({ INPUT_LEAKED: 'from-parent', STATE_LEAKED: 'x', GITHUB_OUTPUT: '/nonexistent', HARNESS_PARENT_ONLY: 'visible' }, () =>
      run(dir, { inputs: { greeting: 'hi there', old: 'x', unknown: 'u' }, env: { CUSTOM: 'yes' } })
    )
  })

  test('exit codes and outputs in both forms', () => {
    expect(r.exitCode).toBe(0)
    expect(r.preExitCode).toBe(0)
    expect(r.postExitCode).toBe(0)
    expect(r.failed).toBe(false)
    expect(r.errors).toEqual([])
    expect(r.outputs['simple']).toBe('a=b c')
    expect(r.outputs['multi']).toBe('line one\n\nline three')
  })

  test('INPUT_* from defaults and given values, nothing inherited from the parent', () => {
    expect(JSON.parse(r.outputs['inputs'])).toEqual({
      INPUT_GREETING: 'hi there',
      'INPUT_PYTHON-VERSIONS': '3.11 3.12',
      INPUT_TOKEN: FAKE_GITHUB_TOKEN,
      INPUT_WORK_DIR: `${r.dirs.runnerTemp}/work`,
      'INPUT_NO-DEFAULT': '',
      INPUT_OLD: 'x',
      INPUT_FAIL: 'false',
      INPUT_UNKNOWN: 'u'
    })
    expect(r.inputEnv['INPUT_GREETING']).toBe('hi there')
  })

  test('the runner-side warnings: unexpected and deprecated inputs', () => {
    const runnerWarnings = r.annotations.filter(a => a.stream === 'runner').map(a => a.message)
    expect(runnerWarnings).toContain(
      "Unexpected input(s) 'unknown', valid inputs are ['greeting', 'python-versions', 'token', 'work dir', 'no-default', 'old', 'fail']"
    )
    expect(runnerWarnings).toContain("Input 'old' has been deprecated with message: use greeting")
  })

  test('the step env looks like a runner step', () => {
    const p = JSON.parse(r.outputs['probe'])
    expect(p.node).toMatch(/^v24\./)
    expect(p.cwd).toBe(r.dirs.workspace)
    expect(p).toMatchObject({
      statePre: 'pre-was-here',
      fromPre: '1',
      actionPath: null,
      nodeOptions: null,
      leak: 'visible',
      ci: 'true',
      actions: 'true',
      os: 'Linux',
      arch: 'X64',
      workspace: r.dirs.workspace,
      temp: r.dirs.runnerTemp,
      toolCache: r.dirs.toolCache,
      custom: 'yes',
      repo: 'montage/build-wheel-example',
      event: 'montage/build-wheel-example'
    })
    expect(p.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(p.runId).toMatch(/^\d+$/)
  })

  test('state reaches post as STATE_*, with GITHUB_ENV and GITHUB_PATH applied', () => {
    expect(r.state).toEqual({ from_pre: 'pre-was-here', pid: '4242', notes: 'first\nsecond' })
    const seen = JSON.parse(r.stages.post!.outputs['seen'])
    expect(seen).toEqual({ state: { STATE_from_pre: 'pre-was-here', STATE_pid: '4242', STATE_notes: 'first\nsecond' }, foo: 'bar', path0: '/opt/fake/bin' })
    expect(r.env).toEqual({ FROM_PRE: '1', FOO: 'bar' })
    expect(r.path).toEqual(['/opt/fake/bin'])
    expect(r.summary).toBe('# Summary\npost summary\n')
    expect(r.stdout).toContain('plain log line')
    expect(r.stdout).toContain('post ran')
  })

  test('annotations and commands are parsed from stdout and stderr', () => {
    const own = r.annotations.filter(a => a.stream !== 'runner')
    expect(own).toEqual([
      {
        level: 'warning',
        message: 'first line\nsecond line',
        title: 'Careful, really',
        file: 'src/a.c',
        line: 3,
        endLine: undefined,
        col: 5,
        endColumn: 9,
        stage: 'main',
        stream: 'stdout'
      },
      {
        level: 'notice',
        message: 'just so you know',
        title: undefined,
        file: undefined,
        line: undefined,
        endLine: undefined,
        col: undefined,
        endColumn: undefined,
        stage: 'main',
        stream: 'stdout'
      },
      {
        level: 'error',
        message: 'bad thing',
        title: undefined,
        file: 'lib/x.c',
        line: 10,
        endLine: 12,
        col: undefined,
        endColumn: undefined,
        stage: 'main',
        stream: 'stderr'
      }
    ])
    expect(r.masks).toEqual(['s3cr3t-value'])
    expect(r.commands.map(c => c.command)).toEqual(['add-mask', 'group', 'warning', 'endgroup', 'notice', 'debug', 'error'])
  })
})

test('a failing main gives exitCode 1, an error annotation, and post still runs (post-if defaults to always())', async () => {
  const dir = await fixture('fail', { 'action.yml': FULL_ACTION_YML, 'pre.mjs': PRE, 'main.mjs': MAIN, 'post.mjs': POST })
  const r = await run(dir, { inputs: { fail: 'true' } })
  expect(r.exitCode).toBe(1)
  expect(r.failed).toBe(true)
  expect(r.postExitCode).toBe(0)
  expect(r.annotations.filter(a => a.level === 'error').map(a => a.message)).toContain('main failed on purpose')
})

test('post-if: success() skips post after a failure; a thrown error exits 1', async () => {
  const dir = await fixture('post-if', {
    'action.yml': 'name: p\ndescription: p\nruns:\n  using: node24\n  main: main.mjs\n  post: post.mjs\n  post-if: success()\n',
    'main.mjs': "throw new Error('kaboom')\n",
    'post.mjs': "console.log('post')\n"
  })
  const r = await run(dir)
  expect(r.exitCode).toBe(1)
  expect(r.postExitCode).toBeUndefined()
  expect(r.stages.post).toBeUndefined()
  expect(r.stderr).toContain('kaboom')
})

test('only node24 actions are accepted', async () => {
  const dir = await fixture('node20', { 'action.yml': 'name: n\ndescription: n\nruns:\n  using: node20\n  main: main.mjs\n', 'main.mjs': '' })
  await expect(runAction(dir)).rejects.toThrow(/runs.using is 'node20', expected 'node24'/)
})

test('an unsupported default expression is an error, not a silent empty string', async () => {
  const dir = await fixture('expr', {
    'action.yml': "name: n\ndescription: n\ninputs:\n  x:\n    default: ${{ hashFiles('**/x') }}\nruns:\n  using: node24\n  main: main.mjs\n",
    'main.mjs': ''
  })
  await expect(runAction(dir)).rejects.toThrow(/cannot evaluate/)
})

test('a malformed GITHUB_OUTPUT fails the step even with exit code 0', async () => {
  const dir = await fixture('malformed', {
    'action.yml': 'name: m\ndescription: m\nruns:\n  using: node24\n  main: main.mjs\n',
    'main.mjs': "import fs from 'node:fs'\nfs.appendFileSync(process.env.GITHUB_OUTPUT, 'x<<EOF\\nno end\\n')\n"
  })
  const r = await run(dir)
  expect(r.exitCode).toBe(0)
  expect(r.failed).toBe(true)
  expect(r.errors[0]).toMatch(/Unable to process file command 'output' successfully. Invalid value. Matching delimiter not found 'EOF'/)
})

test('a stage that runs past timeoutMs is killed and reported', async () => {
  const dir = await fixture('hang', {
    'action.yml': 'name: h\ndescription: h\nruns:\n  using: node24\n  main: main.mjs\n',
    'main.mjs': 'setInterval(() => {}, 1000)\n'
  })
  const r = await run(dir, { timeoutMs: 500 })
  expect(r.stages.main!.timedOut).toBe(true)
  expect(r.annotations.map(a => a.message)).toContain('The action has timed out (harness timeoutMs 500).')
  expect(r.exitCode).toBe(1)
  expect(r.failed).toBe(true)
})

test('the real @actions/core and @actions/cache inside a step, against the loopback service', async () => {
  const svc = await startResultsService()
  try {
    const lib = (p: string): string => pathToFileURL(path.resolve('node_modules', p)).href
    const dir = await fixture('toolkit', {
      'action.yml': 'name: t\ndescription: t\ninputs:\n  key:\n    default: k1\nruns:\n  using: node24\n  main: main.mjs\n  post: post.mjs\n',
      'main.mjs': `
        import fs from 'node:fs'
        const core = await import(${JSON.stringify(lib('@actions/core/lib/core.js'))})
        const cache = await import(${JSON.stringify(lib('@actions/cache/lib/cache.js'))})
        fs.mkdirSync('out', { recursive: true }); fs.writeFileSync('out/f.txt', 'cached\\n')
        const id = await cache.saveCache(['out'], core.getInput('key'))
        core.setOutput('cache-id', String(id))
        core.setOutput('multi', 'a\\nb')
        core.saveState('key', core.getInput('key'))
        core.exportVariable('EXPORTED', 'yes')
        core.addPath('/toolkit/bin')
        await core.summary.addHeading('Toolkit').write()
        core.warning('from core', { file: 'a.c', startLine: 7 })
        core.setSecret('hide-me')
      `,
      'post.mjs': `
        import fs from 'node:fs'
        const core = await import(${JSON.stringify(lib('@actions/core/lib/core.js'))})
        const cache = await import(${JSON.stringify(lib('@actions/cache/lib/cache.js'))})
        fs.rmSync('out', { recursive: true, force: true })
        const hit = await cache.restoreCache(['out'], core.getState('key'))
        core.setOutput('hit', String(hit))
        core.setOutput('content', fs.readFileSync('out/f.txt', 'utf8'))
        if (process.env.EXPORTED !== 'yes') core.setFailed('GITHUB_ENV not applied to post')
      `
    })
    const r = await run(dir, { env: svc.env })
    expect(r.errors).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.postExitCode).toBe(0)
    expect(Number(r.outputs['cache-id'])).toBeGreaterThan(0)
    expect(r.outputs['multi']).toBe('a\nb')
    expect(r.state).toEqual({ key: 'k1' })
    expect(r.env).toEqual({ EXPORTED: 'yes' })
    expect(r.path).toEqual(['/toolkit/bin'])
    expect(r.summary).toContain('<h1>Toolkit</h1>')
    expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: 'from core', file: 'a.c', line: 7 }))
    expect(r.masks).toContain('hide-me')
    expect(r.stages.post!.outputs).toEqual({ hit: 'k1', content: 'cached\n' })
    expect(svc.caches().map(c => [c.key, c.finalized])).toEqual([['k1', true]])
  } finally {
    await svc.close()
  }
})

describe('parsers', () => {
  test('key/value file: first of = and << decides; CRLF; empty heredoc value', () => {
    expect(parseKeyValueFile('a=1\r\nb<<E\r\nx\r\ny\r\nE\r\nc=<<not heredoc\nd<<=\nv\n=\n\ne<<E\nE\n')).toEqual({
      a: '1',
      b: 'x\r\ny',
      c: '<<not heredoc',
      d: 'v',
      e: ''
    })
    expect(() => parseKeyValueFile('=v\n')).toThrow(/Name must not be empty/)
    expect(() => parseKeyValueFile('novalue\n')).toThrow(/Invalid format 'novalue'/)
    expect(parseKeyValueFile('k<<E\nv\nE')).toEqual({ k: 'v' })
    expect(() => parseKeyValueFile('k<<E\nv')).toThrow(/EOF marker missing new line/)
    expect(() => parseKeyValueFile('k<<E\nv\n')).toThrow(/Matching delimiter not found 'E'/)
  })

  test('workflow command lines', () => {
    expect(parseWorkflowCommandLine('  ::error file=a%2Cb.c,line=2::msg%25%0Amore')).toEqual({
      command: 'error',
      properties: { file: 'a,b.c', line: '2' },
      value: 'msg%\nmore'
    })
    expect(parseWorkflowCommandLine('::endgroup::')).toEqual({ command: 'endgroup', properties: {}, value: '' })
    expect(parseWorkflowCommandLine('not ::a:: command')).toBeUndefined()
  })
})
