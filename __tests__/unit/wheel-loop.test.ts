// The per-Python loop's pure parts (issue 18 part 1): logs of work done at once printed in order,
// builds taking turns, how many Pythons at once, the isolation decision, the test venv's install.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { writeZip } from '../../src/archive/zip.js'
import { mapBounded, Turns } from '../../src/lib/bounded.js'
import { InputProblems } from '../../src/lib/inputs.js'
import { PYTHONS_AT_ONCE_ENV, pythonsAtOnce } from '../../src/wheel/build.js'
import { readWheelInputs } from '../../src/wheel/inputs.js'
import {
  decideIsolation,
  parseProbe,
  pipHasPythonOption,
  PIP_DEFAULT_REQUIRES,
  probeArgv,
  readBuildSystem,
  type BuildSystem,
  type ProbeResult
} from '../../src/wheel/interpreter-probe.js'
import { OrderedLanes } from '../../src/wheel/lanes.js'
import { planTest, type TestPlanInputs } from '../../src/wheel/test-plan.js'
import { installArgv, wheelRequiresSomething } from '../../src/wheel/test-venv.js'
import { captureStdout } from '../support/in-process.js'
import { tempDir } from '../support/temp.js'

const tick = (): Promise<void> => new Promise(r => setTimeout(r, 1))

describe('OrderedLanes: each lane whole, in order, whatever order they finish in', () => {
  test('the first lane prints live; the others are held and printed when their turn comes', async () => {
    const { stdout } = await captureStdout(async () => {
      const lanes = new OrderedLanes(3)
      const [a, b, c] = lanes.lanes
      await c.phase('c: build', async () => c.info('c1'))
      b.info('b1')
      a.info('a1')
      process.stdout.write('MARK\n') // a is live: a1 came before the mark, b and c are still held
      lanes.finish(2)
      b.info('b2')
      lanes.finish(0) // b goes live: b1, b2 now
      process.stdout.write('MARK2\n')
      b.info('b3') // live
      lanes.finish(1) // c is done already: printed whole
    })
    const lines = stdout.split('\n').filter(l => l && !l.startsWith('=='))
    expect(lines).toEqual(['a1', 'MARK', 'b1', 'b2', 'MARK2', 'b3', 'c1'])
    expect(stdout).toMatch(/== c: build\nc1\n== c: build: done in \d+\.\d s\n/)
  })
  test('a failing phase is closed as failed, and the error goes on', async () => {
    const lanes = new OrderedLanes(2)
    const b = lanes.lanes[1]
    await expect(
      b.phase('b: test', async () => {
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
    const { stdout } = await captureStdout(async () => lanes.finish(0))
    expect(stdout).toMatch(/== b: test\n== b: test: failed in/)
  })
})

describe('Turns and mapBounded', () => {
  test('turns are taken in index order even when later ones ask first; a failed turn still passes it on', async () => {
    const turns = new Turns(3)
    const order: number[] = []
    const take = async (i: number, fail = false): Promise<void> => {
      await turns.take(i)
      order.push(i)
      await tick()
      turns.done(i)
      if (fail) throw new Error('failed')
    }
    const late = [take(2), take(1, true).catch(() => undefined)]
    await tick()
    await take(0)
    await Promise.all(late)
    expect(order).toEqual([0, 1, 2])
  })
  test('a turn marked done before the earlier ones ends only after them', async () => {
    const turns = new Turns(3)
    turns.done(1) // failed before it built
    let third = false
    const waiting = turns.take(2).then(() => (third = true))
    await tick()
    expect(third).toBe(false)
    turns.done(0)
    await waiting
    expect(third).toBe(true)
  })
  test('mapBounded runs at most `width` at once, results in order', async () => {
    let running = 0
    let most = 0
    const out = await mapBounded([5, 1, 3, 2, 4], 2, async (x, i) => {
      running++
      most = Math.max(most, running)
      await new Promise(r => setTimeout(r, x))
      running--
      return `${i}:${x}`
    })
    expect(out).toEqual(['0:5', '1:1', '2:3', '3:2', '4:4'])
    expect(most).toBe(2)
  })
})

test.each([
  ['1', 5, 1],
  ['3', 2, 2],
  ['7', 9, 7]
])('%s=%s with %i Pythons: %i at once', (value, count, expected) => {
  expect(pythonsAtOnce(count, { [PYTHONS_AT_ONCE_ENV]: value })).toBe(expected)
})
test('without the variable: at least one, never more than the Pythons', () => {
  expect(pythonsAtOnce(1, {})).toBe(1)
  expect(pythonsAtOnce(64, {})).toBeGreaterThanOrEqual(1)
  expect(pythonsAtOnce(64, { [PYTHONS_AT_ONCE_ENV]: 'x' })).toBe(pythonsAtOnce(64, {}))
})

describe('build isolation', () => {
  const bs: BuildSystem = { requires: ['setuptools>=61', 'wheel'], backend: 'setuptools.build_meta', from: 'pyproject.toml' }
  const has: ProbeResult = { pip: '24.2', runner: '', missing: [], found: ['setuptools 75.1.0', 'wheel 0.44.0'] }
  const lacks: ProbeResult = { pip: '24.2', runner: '', missing: ['wheel (not installed)'], found: ['setuptools 75.1.0'] }
  test.each([
    ['true', bs, has, true, /build-isolation: true/],
    ['false', bs, lacks, false, /build-isolation: false/],
    ['auto', bs, has, false, /has setuptools 75\.1\.0, wheel 0\.44\.0/],
    ['auto', bs, lacks, true, /lacks wheel \(not installed\)/],
    ['auto', undefined, has, true, /no readable build-system\.requires/],
    ['auto', bs, undefined, true, /could not be asked/]
  ] as const)('%s: isolated=%s', (mode, b, probe, isolated, why) => {
    const d = decideIsolation(mode, b, probe)
    expect(d.isolated).toBe(isolated)
    expect(d.why).toMatch(why)
  })
  test("build-system from pyproject.toml; pip's default without one; undefined when it cannot be read", () => {
    const dir = tempDir('bw-bs-')
    const at = (name: string, text?: string): string => {
      const d = path.join(dir, name)
      fs.mkdirSync(d)
      if (text !== undefined) fs.writeFileSync(path.join(d, 'pyproject.toml'), text)
      return d
    }
    expect(readBuildSystem(at('given', '[build-system]\nrequires = ["setuptools>=61", "cython"]\nbuild-backend = "setuptools.build_meta"\n'))).toMatchObject({
      requires: ['setuptools>=61', 'cython'],
      backend: 'setuptools.build_meta'
    })
    expect(readBuildSystem(at('none'))).toMatchObject({ requires: PIP_DEFAULT_REQUIRES, backend: '' })
    expect(readBuildSystem(at('no-table', '[project]\nname = "x"\n'))).toMatchObject({ requires: PIP_DEFAULT_REQUIRES })
    expect(readBuildSystem(at('bad-toml', '[build-system\n'))).toBeUndefined()
    expect(readBuildSystem(at('bad-requires', '[build-system]\nrequires = "setuptools"\n'))).toBeUndefined()
  })
  test('the probe checks requirements only for auto, and wheel only for a setuptools backend', () => {
    expect(probeArgv('/py', bs, true).slice(3)).toEqual(['["setuptools>=61","wheel"]', '1', '1'])
    expect(probeArgv('/py', { ...bs, backend: 'scikit_build_core.build' }, true).slice(4)).toEqual(['0', '1'])
    expect(probeArgv('/py', bs, false).slice(5)).toEqual(['0'])
    expect(probeArgv('/py', undefined, true).slice(3)).toEqual(['[]', '0', '0'])
  })
  test.each([
    ['{"pip": "23.0.1", "runner": "/r.py", "missing": [], "found": ["a 1"]}', { pip: '23.0.1', runner: '/r.py', missing: [], found: ['a 1'] }],
    ['noise\n{"pip": null, "runner": null, "missing": ["x"], "found": []}', { pip: '', runner: '', missing: ['x'], found: [] }],
    ['{"pip": "1", "missing": "x", "found": []}', undefined],
    ['Traceback (most recent call last):', undefined]
  ])('parseProbe %#', (text, parsed) => expect(parseProbe(text)).toEqual(parsed))
  test.each([
    ['22.3', true],
    ['24.2', true],
    ['22.2.2', false],
    ['9.0.1', false],
    ['', false]
  ])('pip %s has --python: %s', (v, yes) => expect(pipHasPythonOption(v)).toBe(yes))
})

describe('the test venv', () => {
  const inputs = (over: Partial<TestPlanInputs> = {}): TestPlanInputs => ({
    python: '/py/bin/python3.12',
    venv: { host: '/w/cp312/venv', runtime: '/w/cp312/venv' as never },
    pipArgs: ['--index-url', 'https://idx/simple'],
    requires: [],
    values: { project: '/p', package: '/p/pkg' },
    runtimePath: '/usr/bin',
    timeoutMinutes: 60,
    ...over
  })
  test('without test-requires: a venv without pip, the base pip installing the wheel alone, offline when it requires nothing', () => {
    const t = planTest(inputs())
    expect(t.lean.makeVenv).toEqual(['/py/bin/python3.12', '-m', 'venv', '--without-pip', '/w/cp312/venv'])
    expect(t.bootstrapped.makeVenv).toEqual(['/py/bin/python3.12', '-m', 'venv', '/w/cp312/venv'])
    expect(installArgv(t, t.lean, '/w.whl', true)).toEqual([
      '/py/bin/python3.12',
      '-m',
      'pip',
      '--python',
      '/w/cp312/venv/bin/python',
      'install',
      '--disable-pip-version-check',
      '--index-url',
      'https://idx/simple',
      '--no-deps',
      '--no-index',
      '/w.whl'
    ])
    expect(installArgv(t, t.lean, '/w.whl', false)).not.toContain('--no-index')
    // with pip's runner: the venv's python runs the base interpreter's pip, started once
    expect(installArgv(t, t.lean, '/w.whl', true, '/py/lib/pip/__pip-runner__.py').slice(0, 3)).toEqual([
      '/w/cp312/venv/bin/python',
      '/py/lib/pip/__pip-runner__.py',
      'install'
    ])
    expect(installArgv(t, t.bootstrapped, '/w.whl', true, '/py/lib/pip/__pip-runner__.py')[1]).toBe('-m')
    expect(t.values).toEqual({ project: '/p', package: '/p/pkg', python: '/w/cp312/venv/bin/python', venv: '/w/cp312/venv' })
    expect(t.timeoutSeconds).toBe(3600)
  })
  test('with test-requires: one pip run for the wheel and them, through the index', () => {
    const t = planTest(inputs({ requires: ['pytest', 'numpy<3'] }))
    expect(installArgv(t, t.bootstrapped, '/w.whl', true)).toEqual([
      '/w/cp312/venv/bin/python',
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--index-url',
      'https://idx/simple',
      '/w.whl',
      'pytest',
      'numpy<3'
    ])
  })
  test.each([
    ['Metadata-Version: 2.1\nName: a\nVersion: 1\n\nRequires-Dist: in the description', false],
    ['Metadata-Version: 2.1\nName: a\nRequires-Dist: numpy>=1.20\n', true],
    ['Metadata-Version: 2.1\nName: a\nRequires-Dist: pytest; extra == "test"\n', false],
    ['Metadata-Version: 2.1\nName: a\nRequires-Dist: tomli; python_version < "3.11"\n', true]
  ])('wheelRequiresSomething %#', (metadata, yes) => {
    const whl = path.join(tempDir('bw-meta-'), 'a-1-cp312-cp312-linux_x86_64.whl')
    const entries = [
      { name: 'a/__init__.py', data: Buffer.from('') },
      { name: 'a-1.dist-info/METADATA', data: Buffer.from(metadata) }
    ]
    fs.writeFileSync(whl, writeZip(entries, new Date(0)))
    expect(wheelRequiresSomething(whl)).toBe(yes)
  })
})

describe('inputs: build-isolation and test-timeout', () => {
  const problemsFor = (values: Record<string, string>): string[] => {
    const problems = new InputProblems()
    readWheelInputs(n => values[n] ?? '', '/', problems)
    return problems.list.filter(p => /build-isolation|test-timeout/.test(p))
  }
  test('defaults: auto and 60 minutes', () => {
    const w = readWheelInputs(() => '', '/', new InputProblems())
    expect([w['build-isolation'], w['test-timeout']]).toEqual(['auto', 60])
    const given = readWheelInputs(n => ({ 'build-isolation': 'false', 'test-timeout': '0.5' })[n] ?? '', '/', new InputProblems())
    expect([given['build-isolation'], given['test-timeout']]).toEqual(['false', 0.5])
  })
  test('bad values: each named, with what is accepted', () => {
    const p = problemsFor({ 'build-isolation': 'yes', 'test-timeout': '-3' })
    expect(p).toHaveLength(2)
    expect(p.join('\n')).toMatch(/build-isolation.*'yes' is not accepted; accepted: auto, true, false/)
    expect(p.join('\n')).toMatch(/test-timeout.*'-3' is not a number of minutes/)
  })
})
