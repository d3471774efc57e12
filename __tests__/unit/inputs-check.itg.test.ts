// The wheel inputs are checked before any work: every problem at once, with the input's name and the
// accepted values; in the root pipeline, before make runs (a `make` first on PATH records whether it ran).
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { InputProblems } from '../../src/lib/inputs.js'
import { pipelineStep, wheelStep } from '../../src/phases/steps.js'
import { readWheelInputs } from '../../src/wheel/inputs.js'
import { platProblem } from '../../src/wheel/plat.js'
import { captureStdout, withEnv } from '../support/in-process.js'

const made: string[] = []
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true })
})
function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-inputs-'))
  made.push(dir)
  fs.writeFileSync(path.join(dir, 'Makefile'), 'all:\n\t@echo built\n')
  fs.mkdirSync(path.join(dir, 'pkg'))
  fs.writeFileSync(path.join(dir, 'pkg', 'setup.py'), 'raise SystemExit("pip must not run")\n')
  return dir
}
const src = (v: Record<string, string>) => (n: string) => v[n] ?? ''
function problemsFor(values: Record<string, string>): string[] {
  const problems = new InputProblems()
  readWheelInputs(src(values), '/', problems)
  return problems.list
}

describe('plat is checked against the policy table', () => {
  test.each([
    '',
    'auto',
    'manylinux2014',
    'manylinux2014_x86_64',
    'manylinux_2_28_x86_64',
    'manylinux_2_17_aarch64',
    'manylinux1_i686',
    'musllinux_1_2_aarch64',
    'musllinux_1_1',
    'linux_x86_64',
    'manylinux_2_28_x86_64_v3'
  ])('%s is accepted', plat => expect(platProblem(plat)).toBeNull())
  test.each([
    [
      'manylinux_9_99_x86_64',
      /^'manylinux_9_99_x86_64' is not a platform tag the repair knows; accepted: auto, or a policy: .*manylinux2014.*manylinux_2_28.*musllinux_1_2/
    ],
    ['manylinux2014_sparc', /is not a platform tag the repair knows/],
    ['banana', /is not a platform tag the repair knows/],
    ['manylinux1_aarch64', /^'manylinux1_aarch64': manylinux1 does not exist for aarch64; it exists for x86_64, i686$/],
    ['musllinux_1_1_loongarch64', /musllinux_1_1 does not exist for loongarch64; it exists for x86_64, i686, aarch64/]
  ])('%s is refused', (plat, message) => expect(platProblem(plat)).toMatch(message))
})

describe('readWheelInputs', () => {
  test.each([
    [{ 'python-versions': ', ,' }, /^input 'python-versions': ', ,' selects no Python; accepted: all, a version such as 3.12/],
    [{ 'python-versions': '\n,\n' }, /^input 'python-versions': '\\n,\\n' selects no Python/],
    [{ plat: 'manylinux_9_99_x86_64' }, /^input 'plat': 'manylinux_9_99_x86_64' is not a platform tag the repair knows; accepted: auto/],
    [{ 'package-dir': '..' }, /^input 'package-dir': '\.\.' is outside path \(.*\); accepted: the folder inside path/],
    [{ 'package-dir': '/usr' }, /^input 'package-dir': '\/usr' is outside path/],
    [{ 'package-dir': 'pkg/setup.py' }, /^input 'package-dir': '.*setup.py' is not a directory/],
    [
      { 'before-build': 'python gen.py {wheel}' },
      /^input 'before-build': \{wheel\} has no value here; accepted placeholders: \{project\} \{package\} \{python\}$/
    ],
    [{ 'test-command': 'python {package}/t.py "{venv}" {nope}' }, null]
  ])('%j', (given, message) => {
    const dir = project()
    const list = problemsFor({ path: dir, 'package-dir': 'pkg', 'output-dir': path.join(dir, 'out'), ...given })
    if (message) expect(list).toEqual([expect.stringMatching(message)])
    else expect(list).toEqual([])
  })
  test('a package-dir whose name starts with two dots is inside path', () => {
    const dir = project()
    fs.renameSync(path.join(dir, 'pkg'), path.join(dir, '..pkg'))
    expect(problemsFor({ path: dir, 'package-dir': '..pkg', 'output-dir': path.join(dir, 'out') })).toEqual([])
  })
  test('a package-dir that is a symlink leading outside path', () => {
    const dir = project()
    const outside = project()
    fs.symlinkSync(path.join(outside, 'pkg'), path.join(dir, 'elsewhere'))
    expect(problemsFor({ path: dir, 'package-dir': 'elsewhere', 'output-dir': path.join(dir, 'out') })).toEqual([
      expect.stringMatching(/^input 'package-dir': 'elsewhere' \(.*\) resolves to .*, outside path \(.*\), through a symbolic link/)
    ])
  })
  test.each([
    ['the output-dir', (f: string) => f],
    ['a part of the output-dir', (f: string) => path.join(f, 'sub')]
  ])('%s is a file: an input error, not EEXIST', (_, out) => {
    const dir = project()
    const file = path.join(dir, 'wheelhouse')
    fs.writeFileSync(file, '')
    expect(problemsFor({ path: dir, 'package-dir': 'pkg', 'output-dir': out(file) })).toEqual([
      expect.stringMatching(/^input 'output-dir': '.*wheelhouse.*': (.*, a part of it, )?is a file, not a directory; accepted: a directory/)
    ])
  })
})

describe('the steps fail on bad inputs before any work', () => {
  let fakeBin = ''
  let marker = ''
  beforeAll(() => {
    fakeBin = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-fake-make-'))
    made.push(fakeBin)
    marker = path.join(fakeBin, 'make-ran')
    // `make --version` is a fact the plan reads (the toolchain is in the key); any other call is work
    fs.writeFileSync(path.join(fakeBin, 'make'), `#!/bin/sh\n[ "$1" = --version ] && { echo 'GNU Make 4.3'; exit 0; }\ntouch '${marker}'\nexit 0\n`, {
      mode: 0o755
    })
  })
  const onPath = <T>(fn: () => Promise<T>): Promise<T> => withEnv({ PATH: `${fakeBin}:${process.env.PATH}` }, fn)

  test('the root pipeline: every wheel-input problem in one failure, and make never runs', async () => {
    const dir = project()
    fs.writeFileSync(path.join(dir, 'wheelhouse'), '')
    const run = pipelineStep(
      src({
        path: dir,
        'package-dir': '..',
        'python-versions': ', ,',
        plat: 'manylinux_9_99_x86_64',
        'output-dir': path.join(dir, 'wheelhouse'),
        'before-build': 'python gen.py',
        cache: 'false'
      }),
      '/'
    )
    const err = await onPath(() =>
      run.then(
        () => undefined,
        e => e as Error
      )
    )
    expect(err).toBeInstanceOf(Error)
    expect(err!.message).toMatch(/^4 invalid inputs:/)
    for (const name of ['package-dir', 'python-versions', 'plat', 'output-dir']) expect(err!.message).toContain(`input '${name}':`)
    expect(fs.existsSync(marker)).toBe(false)
  })
  test('python-versions ", ," with before-build: an input error, not a TypeError after make', async () => {
    const dir = project()
    for (const step of [pipelineStep, wheelStep]) {
      const run: Promise<unknown> = step(src({ path: dir, 'package-dir': 'pkg', 'python-versions': ', ,', 'before-build': 'echo hi', cache: 'false' }), '/')
      await expect(onPath(() => run)).rejects.toThrow(/^Invalid input:\n {2}- input 'python-versions': ', ,' selects no Python; accepted: /)
    }
    expect(fs.existsSync(marker)).toBe(false)
  })
  test.each([
    ['repair', { repair: 'auditwheel2' }],
    ['plat', { plat: 'manylinux2014_x86-64' }],
    ['python-versions', { 'python-versions': '3.x.1' }],
    ['path', { path: '/nonexistent/project' }]
  ])('cheap problems first: a bad %s is reported before any fact is gathered (no interpreter probed, no runtime opened)', async (name, bad) => {
    const dir = project()
    for (const step of [pipelineStep, wheelStep]) {
      const { stdout, result } = await captureStdout(() =>
        step(src({ path: dir, 'package-dir': 'pkg', cache: 'false', ...bad }), '/').then(
          () => undefined,
          (e: unknown) => e as Error
        )
      )
      expect(result?.message).toContain(`input '${name}':`)
      expect(stdout).not.toMatch(/facts: the runtime|discover interpreters|\[command\]/)
    }
  })
  test('credentials in test-pip-args are masked like those in pip-args', async () => {
    const dir = project()
    const { stdout } = await withEnv({ GITHUB_ACTIONS: 'true' }, () =>
      captureStdout(() =>
        wheelStep(
          src({
            path: dir,
            'package-dir': 'pkg',
            'plan-only': 'true',
            'pip-args': '--index-url https://bob:build-secret@idx.example/simple',
            'test-pip-args': '--extra-index-url\nhttps://alice:test-secret@idx.example/simple'
          }),
          '/'
        ).catch(() => undefined)
      )
    )
    expect(stdout).toContain('::add-mask::build-secret')
    expect(stdout).toContain('::add-mask::test-secret')
  })
})
