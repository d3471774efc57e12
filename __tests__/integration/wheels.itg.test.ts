// The wheel phase for real: interpreters discovered on this machine, pip, a compiler, venvs.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { wheelStep } from '../../src/phases/steps.js'
import { failureError } from '../../src/wheel/build.js'
import { PIP_ARGS, tinyProject } from '../support/example.js'
import { findPython, findPythons } from '../support/requirements.js'

// interpreters found on this machine (never pinned versions): one with headers, and two for the tests that need a pair
const one = await findPython({ headers: true })
const two = await findPythons(2, { headers: true })
const A = one.ok ? one.python : undefined
const [P, Q] = two.ok ? two.pythons : []
const v = (p: { minor: string } | undefined): string => p?.minor ?? '?'
const tag = (p: { identifier: string } | undefined): string => p?.identifier ?? '?'
const nodot = (p: { minor: string } | undefined): string => v(p).replace('.', '')

const made: string[] = []
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true })
})
const src = (v: Record<string, string>) => (n: string) => v[n] ?? ''
const out = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-out-'))
  made.push(d)
  return d
}

two.test('one Python failing to build: the others are still built and reported; the failure names it', async () => {
  const dir = tinyProject({ failOn: [v(Q)] })
  const r = await wheelStep(
    src({
      path: dir,
      'package-dir': 'pkg',
      'python-versions': `${v(P)} ${v(Q)}`,
      'pip-args': PIP_ARGS,
      repair: 'none',
      'output-dir': out(),
      'test-command': 'python -c "import tiny, sys; sys.exit(0 if tiny.answer() == 42 else 1)"'
    }),
    '/'
  )
  expect(r.wheels.map(w => w.identifier)).toEqual([tag(P)])
  expect(r.wheels[0].tested).toBe(true)
  expect(fs.existsSync(r.wheels[0].wheel)).toBe(true)
  expect(r.failures.map(f => [f.identifier, f.step])).toEqual([[tag(Q), 'build']])
  expect(r.failures[0].message).toMatch(/this Python is not supported/)
  expect(failureError(r.failures, r.pythons.length).message).toMatch(new RegExp(`^1 of 2 wheels failed: ${tag(Q)} \\(build\\)`))
})

one.test('a failing test command fails that wheel, run from an empty temporary directory against the installed wheel', async () => {
  const dir = tinyProject()
  const marker = path.join(out(), 'cwd.txt')
  const r = await wheelStep(
    src({
      path: dir,
      'package-dir': 'pkg',
      'python-versions': v(A),
      'pip-args': PIP_ARGS,
      repair: 'none',
      'output-dir': out(),
      'test-command': `pwd > ${marker}; ls -A >> ${marker}; python -c "import tiny; print(tiny.__file__)" >> ${marker}; exit 7`
    }),
    '/'
  )
  expect(r.wheels).toEqual([])
  expect(r.failures.map(f => [f.identifier, f.step])).toEqual([[tag(A), 'test']])
  expect(r.failures[0].message).toMatch(/exit code 7/)
  const [cwd, ...rest] = fs.readFileSync(marker, 'utf8').trim().split('\n')
  expect(cwd).not.toContain(dir) // never the source tree
  expect(rest.length).toBe(1) // the directory was empty: only the import line follows
  expect(rest[0]).toMatch(/site-packages\/tiny\/__init__.py$/)
})

one.test('a Python version with no interpreter is an input error listing what was found', async () => {
  const dir = tinyProject()
  await expect(wheelStep(src({ path: dir, 'package-dir': 'pkg', 'python-versions': `${v(A)} 3.4` }), '/')).rejects.toThrow(
    new RegExp(`input 'python-versions': '3.4' has no interpreter here; found: .*${v(A).replace('.', '\\.')} \\(`)
  )
})

two.test('plan-only: the matrix without building', async () => {
  const dir = tinyProject()
  const r = await wheelStep(src({ path: dir, 'package-dir': 'pkg', 'python-versions': `cp${nodot(Q)} ${v(P)}`, 'plan-only': 'true' }), '/')
  expect(r.wheels).toEqual([])
  expect(r.matrix.include.map(m => m.identifier).sort()).toEqual([tag(P), tag(Q)].sort())
})

one.test('shell metacharacters in pip-args and package-dir are arguments, never shell', async () => {
  const dir = tinyProject()
  const marker = path.join(dir, 'pwned')
  await expect(wheelStep(src({ path: dir, 'package-dir': `pkg; touch ${marker}`, 'python-versions': v(A) }), '/')).rejects.toThrow(
    /input 'package-dir': 'pkg; touch .*' does not exist/
  )
  const r = await wheelStep(
    src({
      path: dir,
      'package-dir': 'pkg',
      'python-versions': v(A),
      repair: 'none',
      'output-dir': out(),
      'pip-args': `${PIP_ARGS} ;touch\n$(touch ${marker})`
    }),
    '/'
  )
  expect(r.failures.map(f => f.step)).toEqual(['build'])
  expect(fs.existsSync(marker)).toBe(false)
})

describe('repair', () => {
  one.test('auto: the builtin repair where auditwheel is absent; the wheel gets a manylinux tag and passes the tag check', async () => {
    const dir = tinyProject()
    const r = await wheelStep(src({ path: dir, 'package-dir': 'pkg', 'python-versions': v(A), 'pip-args': PIP_ARGS, 'output-dir': out() }), '/')
    expect(r.failures).toEqual([])
    expect(r.wheels[0].repair).toBe('builtin')
    expect(r.wheels[0].tag).toMatch(/(^|\.)manylinux_2_\d+_x86_64($|\.)/) // e.g. manylinux1_x86_64.manylinux_2_5_x86_64
    expect(path.basename(r.wheels[0].wheel)).toMatch(new RegExp(`^tiny-0\\.1-${tag(A)}-manylinux.*_x86_64\\.whl$`))
  })
  one.test('a requested tag the binaries do not allow is refused, naming the symbol and the file', async () => {
    const dir = tinyProject({ closeRange: true })
    const r = await wheelStep(
      src({
        path: dir,
        'package-dir': 'pkg',
        'python-versions': v(A),
        'pip-args': PIP_ARGS,
        'output-dir': out(),
        repair: 'builtin',
        plat: 'manylinux2014_x86_64'
      }),
      '/'
    )
    expect(r.wheels).toEqual([])
    expect(r.failures.map(f => f.step)).toEqual(['repair'])
    expect(r.failures[0].message).toMatch(/GLIBC_2\.34/)
    expect(r.failures[0].message).toMatch(new RegExp(`_c\\.cpython-${nodot(A)}-x86_64-linux-gnu\\.so`))
  })
  one.test('repair: auditwheel where the runtime has no auditwheel is an input error, raised before any wheel is built', async () => {
    const dir = tinyProject()
    const outDir = out()
    const run = wheelStep(
      src({ path: dir, 'package-dir': 'pkg', 'python-versions': v(A), 'pip-args': PIP_ARGS, 'output-dir': outDir, repair: 'auditwheel' }),
      '/'
    )
    await expect(run).rejects.toThrow(/^Invalid input:\n {2}- input 'repair': auditwheel was asked for, but host .* has none; accepted: auto or builtin/)
    expect(fs.readdirSync(outDir)).toEqual([])
  })
})
