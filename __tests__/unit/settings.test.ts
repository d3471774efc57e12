import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { UserError } from '../../src/lib/errors.js'
import { InputProblems } from '../../src/lib/inputs.js'
import { readMontageInputs } from '../../src/montage/inputs.js'
import { readProjectSettings, withProjectSettings } from '../../src/project/settings.js'
import { readWheelInputs } from '../../src/wheel/inputs.js'

const made: string[] = []
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true })
})
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-settings-'))
  made.push(dir)
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.writeFileSync(path.join(dir, f), text)
  }
  return dir
}

describe('[tool.build-wheel] in pyproject.toml', () => {
  test('values are read; inputs given win; lists keep items whole', () => {
    const dir = project({
      'pyproject.toml': '[tool.build-wheel]\npackage-dir = "py/pkg"\npython-versions = ["3.9", "3.12"]\nmake-args = ["CFLAGS=-O2 -g", "V=1"]\njobs = 2\n'
    })
    const s = readProjectSettings(dir)
    expect(s.file).toBe(path.join(dir, 'pyproject.toml'))
    const src = withProjectSettings(n => (n === 'python-versions' ? '3.11' : ''), s)
    expect(src('package-dir')).toBe('py/pkg')
    expect(src('python-versions')).toBe('3.11')
    expect(src('jobs')).toBe('2')
    expect(src('make-args')).toBe('CFLAGS=-O2 -g\nV=1')
  })
  test('no file or no table: no settings', () => {
    expect(readProjectSettings(project({})).values).toEqual({})
    expect(readProjectSettings(project({ 'pyproject.toml': '[project]\nname = "x"\n' })).values).toEqual({})
  })
  test.each([
    ['[tool.build-wheel]\npython-version = "3.9"\n', /unknown key 'python-version'; accepted: package-dir/, 2],
    ['[tool.build-wheel]\nbefore-build = { a = 1 }\n', /'before-build' must be a string or a list of strings/, 2],
    ['[tool.build-wheel\n', /not valid TOML/, 1]
  ])('%j is refused with the file and line', (text, message, line) => {
    const dir = project({ 'pyproject.toml': text })
    let err: unknown
    try {
      readProjectSettings(dir)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).message).toMatch(message)
    expect((err as UserError).file).toBe(path.join(dir, 'pyproject.toml'))
    expect((err as UserError).line).toBe(line)
  })
})

describe('input validation reports every problem at once', () => {
  test('montage inputs', () => {
    const dir = project({ README: 'no makefile here' })
    const problems = new InputProblems()
    const values: Record<string, string> = { path: dir, jobs: 'many', cache: 'perhaps', 'make-args': '-j4' }
    readMontageInputs(n => values[n] ?? '', '/', problems)
    expect(problems.list).toEqual([
      expect.stringMatching(/^input 'path': '.*' has no Makefile .*accepted: the directory holding the project's Makefile/),
      expect.stringMatching(/^input 'make-args': '-j4': set parallelism with the 'jobs' input/),
      expect.stringMatching(/^input 'jobs': 'many' is not accepted; accepted: a whole number/),
      expect.stringMatching(/^input 'cache': 'perhaps' is not a boolean; accepted: true or false/)
    ])
    expect(() => problems.throwIfAny()).toThrow(/4 invalid inputs/)
  })
  test('a path that does not exist', () => {
    const problems = new InputProblems()
    readMontageInputs(n => (n === 'path' ? '/nonexistent/x; touch /tmp/pwned' : ''), '/', problems)
    expect(problems.list[0]).toMatch(/input 'path': '\/nonexistent\/x; touch \/tmp\/pwned' does not exist/)
  })
  test('wheel inputs', () => {
    const dir = project({ Makefile: 'all:\n', 'pkg/README': '' })
    const problems = new InputProblems()
    const values: Record<string, string> = {
      path: dir,
      'package-dir': 'pkg',
      'python-versions': '3.11 banana $(reboot)',
      repair: 'magic',
      'upload-artifact': 'a/b',
      'plan-only': 'maybe'
    }
    const w = readWheelInputs(n => values[n] ?? '', '/', problems)
    expect(problems.list).toEqual([
      expect.stringMatching(/^input 'package-dir': '.*pkg' has neither pyproject.toml nor setup.py/),
      expect.stringMatching(/^input 'python-versions': 'banana' is not a Python version; accepted: all, a version such as 3.12/),
      expect.stringMatching(/^input 'python-versions': '\$\(reboot\)' is not a Python version/),
      expect.stringMatching(/^input 'upload-artifact': 'a\/b' is not a valid artifact name/),
      expect.stringMatching(/^input 'repair': 'magic' is not accepted; accepted: auto, auditwheel, builtin, none/),
      expect.stringMatching(/^input 'plan-only': 'maybe' is not a boolean/)
    ])
    expect(Object.isFrozen(w)).toBe(true)
    expect(Object.isFrozen(w['python-versions'])).toBe(true)
  })
})

test('test-pip-args is a [tool.build-wheel] key, read apart from pip-args', () => {
  const dir = project({
    Makefile: 'all:\n',
    'pkg/setup.py': '',
    'pyproject.toml': '[tool.build-wheel]\npip-args = "--retries 0"\ntest-pip-args = ["--index-url", "https://idx/simple"]\n'
  })
  const src = withProjectSettings(() => '', readProjectSettings(dir))
  const problems = new InputProblems()
  const w = readWheelInputs(n => (n === 'path' ? dir : n === 'package-dir' ? 'pkg' : src(n)), '/', problems)
  expect(problems.list).toEqual([])
  expect(w['pip-args']).toEqual(['--retries', '0'])
  expect(w['test-pip-args']).toEqual(['--index-url', 'https://idx/simple'])
})
