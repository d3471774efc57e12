import { evalSelector, SelectorError } from '../../src/conda/recipe/expr.js'
import { selectorNamespace } from '../../src/conda/recipe/namespace.js'
import { selectLines, splitSelector } from '../../src/conda/recipe/selectors.js'

const ns = (subdir: string, variant: Record<string, string> = {}, env: Record<string, string> = {}) =>
  selectorNamespace({ subdir, buildSubdir: 'linux-64', env }, { python: '3.12', ...variant })

describe('selector names for the target platform (conda-build get_selectors)', () => {
  test.each([
    ['linux-64', 'linux and x86_64 and linux64 and unix and not win and not osx', true],
    ['linux-64', 'x86', true],
    ['linux-aarch64', 'aarch64 and linux and unix and not x86_64 and not x86', true],
    ['linux-armv7l', 'arm and armv7l', true],
    ['linux-ppc64le', 'ppc64le and not ppc64', true],
    ['osx-arm64', 'osx and arm64 and unix and not linux', true],
    ['osx-64', 'osx and x86_64', true],
    ['win-64', 'win and win64 and x86_64 and not unix', true],
    ['win-32', 'win32 and x86', true],
    ['win-arm64', 'win and arm64 and not win64', true],
    ['emscripten-wasm32', 'unix and emscripten and wasm32', true],
    ['linux-64', 'build_platform == "linux-64"', true]
  ])('%s: [%s] is %s', (subdir, expr, want) => {
    expect(evalSelector(expr, ns(subdir))).toBe(want)
  })
})

describe('the expression evaluator (Python semantics, no eval)', () => {
  const n = ns('linux-64', { python: '3.11', numpy: '1.26', cuda_compiler_version: '12.0', mpi: 'openmpi', with_x: 'true' }, { FOO: 'bar' })
  test.each([
    ['py == 311', true],
    ['py>=311 and py<312', true],
    ['py3k and not py2k', true],
    ['np >= 126', true],
    ['py27', false],
    ['mpi == "openmpi"', true],
    ["mpi != 'nompi'", true],
    ['cuda_compiler_version == "12.0"', true],
    ['with_x', true],
    ['FOO == "bar"', true],
    ['environ.get("FOO") == "bar"', true],
    ['os.environ.get("NOPE", "d") == "d"', true],
    ['unknown_name', false],
    ['not unknown_name', true],
    ['unknown_name == "x"', false],
    ['linux and (py < 38 or py >= 310)', true],
    ['mpi in ["openmpi", "mpich"]', true],
    ['"open" in mpi', true],
    ['mpi not in ("mpich",)', true],
    ['mpi.startswith("open")', true],
    ['mpi.upper() == "OPENMPI"', true],
    ['int(cuda_compiler_version.split(".")[0]) >= 11', true],
    ['float(cuda_compiler_version) < 12.5', true],
    ['len(mpi) == 7', true],
    ['1 < 2 < 3', true],
    ['3 > 2 > 2', false],
    ['py // 100 == 3', true],
    ['None is None', true],
    ['True and 0', false]
  ])('[%s] -> %s', (expr, want) => {
    expect(evalSelector(expr, n)).toBe(want)
  })

  test.each([
    ['py <', /unexpected end/],
    ['mpi < 3', /not supported between 'str' and 'int'/],
    ['mpi.__class__', /not allowed/],
    ['__import__("os")', /'__import__' is not allowed/],
    ['unknown_function("os")', /not callable/],
    ['a ; b', /unexpected character/]
  ])('[%s] is an error', (expr, msg) => {
    expect(() => evalSelector(expr, n)).toThrow(SelectorError)
    expect(() => evalSelector(expr, n)).toThrow(msg)
  })
})

describe('splitting a line (conda-build sel_pat)', () => {
  test.each([
    ['  - gcc  # [linux]', '  - gcc', 'linux'],
    ['skip: true  # [win and vc<14]', 'skip: true', 'win and vc<14'],
    ['  - foo # comment [osx] trailing', '  - foo', 'osx'],
    ['  - foo # see [a] and [b]', '  - foo', 'b'],
    ['  - "quoted line  # [win]"', '  - "quoted line"', 'win'],
    ['url: https://x/[a]/y', 'url: https://x/[a]/y', undefined],
    ['  - markdown # [link](http://x)', '  - markdown # [link](http://x)', undefined],
    ['# a comment [linux]', '', undefined],
    ['keys: [a, b]', 'keys:', 'a, b']
  ])('%j', (line, text, selector) => {
    const s = splitSelector(line)
    expect([s.text, s.selector]).toEqual([text, selector])
  })
})

describe('selectLines', () => {
  const text = 'a: 1\nb: 2  # [win]\n# comment\nc: 3  # [linux]\n'
  test('drops false lines, blanks comments, keeps a map to the input lines', () => {
    const r = selectLines(text, ns('linux-64'))
    expect(r.text).toBe('a: 1\n\nc: 3\n\n')
    expect(r.map.lines).toEqual([0, 2, 3, 4])
  })
  test('a flow list at the end of a line is read as a selector, with a warning', () => {
    const r = selectLines('keys: [a, b]\n', ns('linux-64'))
    expect(r.text).toBe('keys:\n\n')
    expect(r.warnings[0].message).toMatch(/read as a selector/)
  })
  test('an invalid selector names its line', () => {
    expect(() => selectLines('a: 1\nb: 2  # [py <]\n', ns('linux-64'))).toThrow(expect.objectContaining({ line0: 1 }))
  })
})
