// The local command as a user runs it: `node bin/build-wheel.js ...` (the committed bundle in
// dist/cli), with the Node that runs the tests. Help, usage mistakes, audit of a real wheel, the C
// tree twice against a local cache, a build and the demo to a wheel. Everything it writes goes to
// temporary folders (the demo runs from a temporary copy of the package), removed at the end.
import { spawn, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { C_TREE_FLAGS, FLAGS, PIPELINE_FLAGS, WHEEL_FLAGS, type FlagName } from '../../src/cli/flag-table.js'
import { bundledWheel, sharedTest } from '../manylinux/shared-data.js'
import { copyExample, REPO } from '../support/example.js'
import { findPython } from '../support/requirements.js'
import { tempDir as makeTemp } from '../support/temp.js'

const BIN = path.join(REPO, 'bin', 'build-wheel.js')
const BUNDLE = path.join(REPO, 'dist', 'cli', 'index.js')
const tempDir = (what: string): string => makeTemp(`bw-cli-${what}-`)
const py = await findPython() // one CPython 3.9+ found here (python3 on PATH first), never a pinned version

beforeAll(() => {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing; bin/build-wheel.js runs it (npm run build)`)
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

interface CliOptions {
  cwd?: string
  /** Over the test's environment; undefined removes a variable. */
  env?: Record<string, string | undefined>
  /** Another copy of bin/build-wheel.js. */
  bin?: string
}

/** Run the command as in a terminal (not a runner), with PIP_RETRIES=0 unless `env` says otherwise (no PyPI here). */
function cli(args: string[], opts: CliOptions = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, PIP_RETRIES: '0', ...opts.env }
  delete env.GITHUB_ACTIONS
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k]
  return new Promise((resolve, reject) => {
    const argv = [opts.bin ?? BIN, ...args]
    const child = spawn(process.execPath, argv, { cwd: opts.cwd ?? REPO, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

const squash = (s: string): string => s.replace(/\s+/g, ' ')
const wheelsIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.whl')) : [])

describe('help', () => {
  test('top-level: the commands, and where their flags are described', async () => {
    const r = await cli(['--help'])
    expect(r.code).toBe(0)
    for (const c of ['build', 'c-tree', 'wheels', 'demo', 'audit', 'conda']) expect(r.stdout).toMatch(new RegExp(`^ {2}${c} +\\S`, 'm'))
    expect(r.stdout).toContain('build-wheel <command> --help')
  })
  test('no command: the same list on stderr, exit 2', async () => {
    const r = await cli([])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('build-wheel <command> --help')
  })

  const commands: Array<[string, readonly FlagName[]]> = [
    ['build', PIPELINE_FLAGS],
    ['c-tree', C_TREE_FLAGS],
    ['wheels', WHEEL_FLAGS],
    ['demo', PIPELINE_FLAGS]
  ]
  test.each(commands)('%s --help: every flag with its description', async (command, flags) => {
    const r = await cli([command, '--help'])
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toMatch(new RegExp(`^usage: build-wheel ${command} \\[flags\\]`))
    for (const f of flags) {
      const spec = FLAGS[f] as { description: string; switch?: true }
      expect(r.stdout).toMatch(new RegExp(`^ {2}--${f}${spec.switch ? `, --no-${f}` : ' [A-Z]+'}$`, 'm'))
      expect(squash(r.stdout)).toContain(squash(spec.description))
    }
  })
  test('-h, help <command>, and help after other flags', async () => {
    const [a, b, c] = await Promise.all([cli(['c-tree', '-h']), cli(['help', 'c-tree']), cli(['c-tree', '--no-cache', '--bogus', '--help'])])
    expect(a.code).toBe(0)
    expect(a.stdout).toContain('--cache, --no-cache')
    expect(b.stdout).toBe(a.stdout)
    expect([c.code, c.stdout]).toEqual([0, a.stdout])
  })
  test('demo --help shows where the demo writes', async () => {
    const r = await cli(['demo', '--help'])
    expect(r.stdout).toContain(`[default: ${path.join(REPO, 'wheelhouse')}]`)
    expect(r.stdout).toContain(`[default: ${path.join(REPO, 'examples', 'montage-mini')}]`)
  })
  test('audit --help: every flag described', async () => {
    const r = await cli(['audit', '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^usage: build-wheel audit /)
    for (const f of ['--json', '--plat', '--ldpaths', '--exclude']) expect(r.stdout).toMatch(new RegExp(`^ +${f}( [A-Z]+)? +\\w`, 'm')) // the flag, then what it does
  })
})

describe('usage mistakes: the real problem named, exit 2', () => {
  test.each([
    [['c-tree', '--path', '--jobs', '2'], /^error: --path needs a value, but the next argument is the flag --jobs /, /'2'/],
    [['build', '--bogus', '1'], /^error: unknown flag --bogus for 'build'; accepted: --path .*--python-versions/, /'1/],
    [['wheels', '--jbos', '2'], /unknown flag --jbos for 'wheels'.*accepted: --path/, /--jobs/], // not a wheels flag
    [['wheels', 'extra'], /^error: unexpected argument 'extra': 'wheels' takes only flags/, /unknown/],
    [['c-tree', '--cache', 'false'], /--cache takes no separate value \(write --cache=false or --no-cache\)/, /unk/],
    [['frobnicate'], /^error: unknown command 'frobnicate' \(commands: build, c-tree, wheels, demo, audit, conda\)/, /usage/],
    [['--path', 'x'], /^error: '--path' comes before a command; flags go after it/, /unknown command/]
  ])('%j', async (args, message, notThis) => {
    const r = await cli(args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(notThis)
    const command = args[0] === 'frobnicate' || args[0] === '--path' ? '' : `${args[0]} `
    expect(r.stderr).toContain(`see build-wheel ${command}--help`)
  })
  test('an input refused is exit 1, with the input named', async () => {
    const r = await cli(['c-tree', '--path', path.join(tempDir('missing'), 'nope')])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/input 'path': .* does not exist/)
  })
})

describe('the note on pip retries, before the wheel phase', () => {
  const missing = (): string => path.join(tempDir('note'), 'nope')
  test('shown when PIP_RETRIES is not set', async () => {
    const r = await cli(['wheels', '--path', missing()], { env: { PIP_RETRIES: undefined } })
    expect(r.stderr).toMatch(/^note: pip retries an unreachable [a-z ]+ for about 20 s .*PIP_RETRIES=0.*--pip-args/m)
    expect(r.code).toBe(1) // the path is refused after the note
  })
  test.each([
    [['wheels'], { PIP_RETRIES: '0' }],
    [['wheels', '--plan-only'], { PIP_RETRIES: undefined }],
    [['build', '--plan-only'], { PIP_RETRIES: undefined }]
  ])('not shown for %j with %j', async (args, env) => {
    const r = await cli([...args, '--path', missing()], { env })
    expect(r.stderr).not.toContain('note: pip')
  })
})

describe('audit of a real wheel', () => {
  sharedTest('text and --json: the best tag of a simple x86_64 wheel', async () => {
    const wheel = bundledWheel('glibc/testsimple-0.0.1-cp313-cp313-linux_x86_64.whl')
    const text = await cli(['audit', wheel])
    expect(text.code).toBe(0)
    expect(text.stdout.split('\n')[0]).toBe('manylinux_2_5_x86_64')
    const json = await cli(['audit', '--json', wheel])
    expect(json.code).toBe(0)
    const reports = JSON.parse(json.stdout) as Array<{ bestTag: string }>
    expect(reports.map(r => r.bestTag)).toEqual(['manylinux_2_5_x86_64'])
  })
})

test('c-tree twice with a local cache: built, then restored; --no-cache leaves the cache alone', async () => {
  const project = copyExample(tempDir('ctree'))
  const cacheDir = tempDir('ctree-cache')
  const first = await cli(['c-tree', '--path', project, '--cache-dir', cacheDir])
  expect([first.code, first.stderr]).toEqual([0, expect.any(String)])
  expect(first.stdout).toMatch(/^cache-hit: false$/m)
  const key = /^cache-key: (\S+)$/m.exec(first.stdout)?.[1]
  expect(key).toMatch(/^build-wheel-c-tree-v\d+-[0-9a-f]{64}$/)

  const second = await cli(['c-tree', '--path', project, '--cache-dir', cacheDir])
  expect(second.code).toBe(0)
  expect(second.stdout).toMatch(/^cache-hit: true$/m)
  expect(second.stdout).toContain(`cache-key: ${key}`)

  const entries = fs.readdirSync(cacheDir, { recursive: true }).sort()
  const third = await cli(['c-tree', '--path', project, '--cache-dir', cacheDir, '--no-cache'])
  expect(third.code).toBe(0)
  expect(third.stdout).toMatch(/^cache-hit: false$/m)
  expect(fs.readdirSync(cacheDir, { recursive: true }).sort()).toEqual(entries)
})

py.test(
  'build: the example to one wheel in --output-dir',
  async () => {
    const version = py.python.minor
    const project = copyExample(tempDir('build'))
    const out = path.join(tempDir('build-out'), 'wheels')
    const cacheDir = tempDir('build-cache')
    const flags = ['--path', project, '--python-versions', version, '--output-dir', out, '--cache-dir', cacheDir]
    const r = await cli(['build', ...flags])
    expect([r.code, r.stderr.split('\n').slice(-15).join('\n')]).toEqual([0, expect.any(String)])
    const tag = `cp${version.replace('.', '')}`
    expect(wheelsIn(out)).toEqual([expect.stringMatching(new RegExp(`^minipy-.*-${tag}-${tag}-.*\\.whl$`))])
    expect(r.stderr).not.toContain('note: pip') // PIP_RETRIES=0 is set
  },
  300_000
)

py.test(
  'demo: from a copy of the package into its .cache and wheelhouse; the repository left as it was',
  async () => {
    const version = py.python.minor
    const repoState = (): string =>
      spawnSync('git', ['status', '--porcelain', '--ignored', '--', '.cache', 'wheelhouse', 'examples'], {
        cwd: REPO,
        encoding: 'utf8'
      }).stdout
    const before = repoState()
    // The package as installed: the launcher, its bundle, the example (the launcher finds `home` from its own path).
    const home = tempDir('home')
    fs.mkdirSync(path.join(home, 'bin'))
    fs.copyFileSync(BIN, path.join(home, 'bin', 'build-wheel.js'))
    fs.cpSync(path.join(REPO, 'dist', 'cli'), path.join(home, 'dist', 'cli'), { recursive: true })
    copyExample(path.join(home, 'examples', 'montage-mini'))
    fs.cpSync(path.join(REPO, 'examples', 'conda-toolchain'), path.join(home, 'examples', 'conda-toolchain'), { recursive: true }) // the demo's conda half

    const bin = path.join(home, 'bin', 'build-wheel.js')
    const r = await cli(['demo', '--python-versions', version], { cwd: home, bin })
    expect([r.code, r.stderr.split('\n').slice(-15).join('\n')]).toEqual([0, expect.any(String)])
    expect(wheelsIn(path.join(home, 'wheelhouse'))).toHaveLength(1)
    expect(fs.readdirSync(path.join(home, '.cache'))).toContain('c-tree')
    expect(r.stdout).toContain('matrix: {"include":[{"python-version":')
    expect(repoState()).toBe(before)
  },
  300_000
)
