// The per-Python loop for real (issue 18 part 1, issue 15 part 5's test-timeout): several Pythons at
// work at once give the bytes a serial run gives, each Python's log whole and in order; one Python
// failing names it and stops no other; a test past test-timeout is killed with its whole process
// group; build-isolation reaches pip. Real interpreters, pip, a compiler, venvs.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { wheelStep } from '../../src/phases/steps.js'
import { failureError, PYTHONS_AT_ONCE_ENV } from '../../src/wheel/build.js'
import { PIP_ARGS, tinyProject } from '../support/example.js'
import { captureStdout, withEnv } from '../support/in-process.js'
import { findPythons } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const three = await findPythons(3, { headers: true })
const two = await findPythons(2, { headers: true })
const minor = (p: { minor: string }): string => p.minor
const src = (v: Record<string, string>) => (n: string) => v[n] ?? ''

/** The groups' titles in the order printed ("cp311-cp311: build wheel", ...). */
const groups = (stdout: string): string[] => [...stdout.matchAll(/^== (cp\d+-cp\d+t?: [^\n]*?)(?:: (?:done|failed) in [\d.]+ s)?$/gm)].map(m => m[1])
/** The Pythons in the order their groups were printed, each once: a Python's groups never interleave with another's. */
function printedOrder(stdout: string): string[] {
  const ids = groups(stdout).map(g => g.split(':')[0])
  return ids.filter((id, i) => i === 0 || ids[i - 1] !== id)
}

three.describe('several Pythons at once', () => {
  const [P, Q, R] = three.pythons
  const versions = three.pythons.map(minor).join(' ')

  test('the same bytes as the serial loop; each log whole and in order; tests overlap the next build', async () => {
    const run = async (atOnce: string, testCommand: string) =>
      withEnv({ [PYTHONS_AT_ONCE_ENV]: atOnce, SOURCE_DATE_EPOCH: '1700000000' }, () =>
        captureStdout(() =>
          wheelStep(
            src({
              path: tinyProject(),
              'package-dir': 'pkg',
              'python-versions': versions,
              'pip-args': PIP_ARGS,
              repair: 'builtin',
              'output-dir': tempDir('bw-out-'),
              'test-command': testCommand
            }),
            '/'
          )
        )
      )
    const check = 'python -c "import tiny, sys; sys.exit(0 if tiny.answer() == 42 else 1)"'
    const serial = await run('1', check)
    // the first Python's test waits for the second Python's raw wheel: it passes only when that build runs beside it
    const next = `"$(dirname "$(dirname {venv})")"/${Q.identifier}/raw/*.whl`
    const waitForNext = `case {python} in */${P.identifier}/*) for i in $(seq 1200); do ls ${next} >/dev/null 2>&1 && break; sleep 0.1; done; ls ${next} || exit 3;; esac; ${check}`
    const atOnce = await run('3', waitForNext)
    for (const r of [serial.result, atOnce.result]) {
      expect(r.failures).toEqual([])
      expect(r.wheels.map(w => w.identifier)).toEqual([P, Q, R].map(p => p.identifier))
      expect(r.wheels.every(w => w.tested)).toBe(true)
    }
    const hashes = (r: typeof serial.result) => r.wheels.map(w => [path.basename(w.wheel), w.sha256])
    expect(hashes(atOnce.result)).toEqual(hashes(serial.result))
    expect(atOnce.stdout).toContain('3 at work at once')
    for (const out of [serial.stdout, atOnce.stdout]) expect(printedOrder(out)).toEqual([P, Q, R].map(p => p.identifier))
    expect(groups(atOnce.stdout)).toEqual(groups(serial.stdout))
    // the held lanes' commands are in the log, under their own Python
    const qBuild = atOnce.stdout.slice(atOnce.stdout.indexOf(`== ${Q.identifier}: build wheel`))
    expect(qBuild).toMatch(/^== [^\n]+\nbuild isolation on: [^\n]+\n\[command\][^\n]*-m pip wheel --no-deps/)
  }, 600_000)

  test('one Python failing to build names it; the others are built and tested', async () => {
    const out = tempDir('bw-out-')
    const { result: r, stdout } = await withEnv({ [PYTHONS_AT_ONCE_ENV]: '3' }, () =>
      captureStdout(() =>
        wheelStep(
          src({
            path: tinyProject({ failOn: [Q.minor] }),
            'package-dir': 'pkg',
            'python-versions': versions,
            'pip-args': PIP_ARGS,
            repair: 'none',
            'output-dir': out,
            'test-command': 'python -c "import tiny"'
          }),
          '/'
        )
      )
    )
    expect(r.wheels.map(w => [w.identifier, w.tested])).toEqual([
      [P.identifier, true],
      [R.identifier, true]
    ])
    expect(r.failures.map(f => [f.identifier, f.step])).toEqual([[Q.identifier, 'build']])
    expect(r.failures[0].message).toMatch(/this Python is not supported/)
    expect(failureError(r.failures, 3).message).toMatch(new RegExp(`^1 of 3 wheels failed: ${Q.identifier} \\(build\\)`))
    expect(fs.readdirSync(out).sort()).toEqual(r.wheels.map(w => path.basename(w.wheel)).sort())
    expect(printedOrder(stdout)).toEqual([P, Q, R].map(p => p.identifier))
    // the failed build's own output is in its group, before the next Python's
    const q = stdout.slice(stdout.indexOf(`== ${Q.identifier}: build wheel`), stdout.indexOf(`== ${R.identifier}: build wheel`))
    expect(q).toMatch(/this Python is not supported/)
    expect(q).toMatch(new RegExp(`== ${Q.identifier}: build wheel: failed in`))
  }, 600_000)
})

two.describe('test-timeout', () => {
  const [P, Q] = two.pythons
  test("past it, the test's whole process group is killed and that Python fails with its last lines; the other passes", async () => {
    const pids = tempDir('bw-pids-')
    // only P's test hangs, with a child in the background that outlives a plain kill of the shell
    const hang = `if python -c "import sys; sys.exit(sys.version_info[:2] != (${P.minor.replace('.', ', ')}))"; then sleep 300 & echo $! > ${pids}/child; echo "hanging now"; sleep 300; fi; python -c "import tiny"`
    const started = performance.now()
    const r = await wheelStep(
      src({
        path: tinyProject(),
        'package-dir': 'pkg',
        'python-versions': `${P.minor} ${Q.minor}`,
        'pip-args': PIP_ARGS,
        repair: 'none',
        'output-dir': tempDir('bw-out-'),
        'test-command': hang,
        'test-timeout': '0.05'
      }),
      '/'
    )
    expect((performance.now() - started) / 1000).toBeLessThan(250)
    expect(r.wheels.map(w => w.identifier)).toEqual([Q.identifier])
    expect(r.failures.map(f => [f.identifier, f.step])).toEqual([[P.identifier, 'test']])
    expect(r.failures[0].message).toMatch(
      new RegExp(`^test-command for ${P.identifier} did not finish within 3 s \\(test-timeout\\): its whole process group was killed`)
    )
    expect(r.failures[0].message).toMatch(/hanging now/)
    const child = Number(fs.readFileSync(path.join(pids, 'child'), 'utf8'))
    expect(child).toBeGreaterThan(1)
    const alive = (): boolean => {
      try {
        process.kill(child, 0)
        return true
      } catch {
        return false
      }
    }
    for (let i = 0; i < 50 && alive(); i++) await new Promise(res => setTimeout(res, 100))
    expect(alive()).toBe(false)
  }, 600_000)
})

/** A package built by an in-tree backend that needs nothing, and writes down whether pip isolated it. */
function backendProject(requires: string[]): { dir: string; marker: string } {
  const dir = tempDir('bw-backend-')
  const marker = path.join(dir, 'marker.txt')
  const files: Record<string, string> = {
    Makefile: 'all:\n\t@true\n',
    'pkg/pyproject.toml': `[build-system]\nrequires = ${JSON.stringify(requires)}\nbuild-backend = "backend"\nbackend-path = ["."]\n`,
    'pkg/backend.py': `import os, sys, sysconfig, zipfile
def get_requires_for_build_wheel(config_settings=None):
    return []
def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    isolated = any("pip-build-env" in p for p in sys.path)
    with open(os.environ["BW_BACKEND_MARKER"], "a") as f:
        f.write("%d.%d %s\\n" % (sys.version_info[0], sys.version_info[1], "isolated" if isolated else "not-isolated"))
    py = "cp%d%d" % sys.version_info[:2]
    tag = "%s-%s-%s" % (py, py, sysconfig.get_platform().replace("-", "_").replace(".", "_"))
    name = "tinyb-0.1-%s.whl" % tag
    files = {"tinyb/__init__.py": "answer = 42\\n",
             "tinyb-0.1.dist-info/METADATA": "Metadata-Version: 2.1\\nName: tinyb\\nVersion: 0.1\\n",
             "tinyb-0.1.dist-info/WHEEL": "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: false\\nTag: %s\\n" % tag}
    record = "".join("%s,,\\n" % n for n in files) + "tinyb-0.1.dist-info/RECORD,,\\n"
    with zipfile.ZipFile(os.path.join(wheel_directory, name), "w") as z:
        for n, text in files.items():
            z.writestr(n, text)
        z.writestr("tinyb-0.1.dist-info/RECORD", record)
    return name
`
  }
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.writeFileSync(path.join(dir, f), text)
  }
  return { dir, marker }
}

two.describe('build-isolation reaches pip', () => {
  const [P] = two.pythons
  test.each([
    ['auto', [], 'not-isolated', /build isolation off: build-isolation: auto, and the interpreter has what is needed/],
    ['auto', ['pip>=1'], 'not-isolated', /build isolation off: build-isolation: auto, and the interpreter has pip \d/],
    ['true', [], 'isolated', /build isolation on: build-isolation: true/],
    ['false', ['surely-not-installed-bw>=1'], 'not-isolated', /build isolation off: build-isolation: false/]
  ])(
    '%s with requires %j: the backend ran %s',
    async (mode, requires, seen, logged) => {
      const { dir, marker } = backendProject(requires)
      const { result: r, stdout } = await withEnv({ BW_BACKEND_MARKER: marker }, () =>
        captureStdout(() =>
          wheelStep(
            src({
              path: dir,
              'package-dir': 'pkg',
              'python-versions': P.minor,
              'pip-args': PIP_ARGS,
              repair: 'none',
              'build-isolation': mode,
              'output-dir': tempDir('bw-out-'),
              'test-command': 'python -c "import tinyb; assert tinyb.answer == 42"'
            }),
            '/'
          )
        )
      )
      expect(r.failures).toEqual([])
      expect(fs.readFileSync(marker, 'utf8')).toBe(`${P.minor} ${seen}\n`)
      expect(stdout).toMatch(logged)
      // nothing to resolve: the wheel alone, offline, by the base interpreter's pip (started as pip --python starts it) into a venv without pip
      expect(stdout).toMatch(/\/venv\/bin\/python \S+\/pip\/__pip-runner__\.py install --disable-pip-version-check --no-deps --no-index \S+tinyb-0\.1-/)
    },
    300_000
  )
  test('auto with a requirement the interpreter lacks: isolated, and pip says it cannot find it', async () => {
    const { dir, marker } = backendProject(['surely-not-installed-bw>=1'])
    const { result: r, stdout } = await withEnv({ BW_BACKEND_MARKER: marker }, () =>
      captureStdout(() =>
        wheelStep(
          src({ path: dir, 'package-dir': 'pkg', 'python-versions': P.minor, 'pip-args': PIP_ARGS, repair: 'none', 'output-dir': tempDir('bw-out-') }),
          '/'
        )
      )
    )
    expect(stdout).toMatch(/build isolation on: build-isolation: auto, and the interpreter lacks surely-not-installed-bw>=1 \(not installed\)/)
    expect(r.failures.map(f => [f.identifier, f.step])).toEqual([[P.identifier, 'build']])
    expect(r.failures[0].message).toMatch(/surely-not-installed-bw/)
    expect(fs.existsSync(marker)).toBe(false)
  }, 300_000)
})
