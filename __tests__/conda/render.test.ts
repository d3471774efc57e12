import * as fs from 'node:fs'
import * as path from 'node:path'
import { RecipeError } from '../../src/conda/recipe/location.js'
import { renderRecipe, type RenderOptions } from '../../src/conda/recipe/render.js'
import { ENV, recipe } from './helpers.js'

const render = (meta: string, opts: Partial<RenderOptions> = {}, extra: Record<string, string> = {}) =>
  renderRecipe({ recipe: recipe({ 'meta.yaml': meta, ...extra }), targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV, ...opts })
const one = (meta: string, opts: Partial<RenderOptions> = {}, extra: Record<string, string> = {}) => render(meta, opts, extra).variants[0]
const errorOf = (fn: () => unknown): RecipeError => {
  try {
    fn()
  } catch (e) {
    if (e instanceof RecipeError) return e
    throw e
  }
  throw new Error('no error')
}

describe('Jinja context functions give conda-build results', () => {
  const req = (expr: string, opts: Partial<RenderOptions> = {}) =>
    (one(`package:\n  name: x\n  version: "1.2.3"\nrequirements:\n  build:\n    - ${expr}\n`, opts).meta.requirements as { build: string[] }).build[0]
  test.each([
    ["{{ compiler('c') }}", {}, 'gcc_linux-64'],
    ["{{ compiler('cxx') }}", {}, 'gxx_linux-64'],
    ["{{ compiler('fortran') }}", {}, 'gfortran_linux-64'],
    ["{{ compiler('c') }}", { targetPlatform: 'osx-arm64' }, 'clang_osx-arm64'],
    ["{{ compiler('c') }}", { targetPlatform: 'win-64' }, 'vs2017_win-64'],
    ["{{ compiler('c') }}", { variants: { c_compiler: 'clang', c_compiler_version: '17' } }, 'clang_linux-64 17.*'],
    ["{{ compiler('cuda') }}", {}, 'cuda_linux-64'],
    ["{{ stdlib('c') }}", {}, 'c_linux-64'],
    ["{{ stdlib('c') }}", { variants: { c_stdlib: 'sysroot', c_stdlib_version: '2.17' } }, 'sysroot_linux-64 2.17.*'],
    ["{{ cdt('libx11-devel') }}", {}, 'libx11-devel-cos6-x86_64'],
    ["{{ cdt('mesa-libgl') }}", { targetPlatform: 'linux-aarch64' }, 'mesa-libgl-cos7-aarch64'],
    ["{{ pin_subpackage('x') }}", {}, 'x >=1.2.3,<2.0a0'],
    ["{{ pin_subpackage('x', max_pin='x.x') }}", {}, 'x >=1.2.3,<1.3.0a0'],
    ["{{ pin_subpackage('x', min_pin='x.x', max_pin='x.x.x') }}", {}, 'x >=1.2,<1.2.4.0a0'],
    ["{{ pin_compatible('numpy') }}", { variants: { numpy: '1.26' } }, 'numpy >=1.26,<2.0a0'],
    ["{{ pin_compatible('numpy', max_pin='x.x') }}", { variants: { numpy: '1.26.4' } }, 'numpy >=1.26.4,<1.27.0a0'],
    ["{{ pin_compatible('openssl', lower_bound='3.0.1', upper_bound='4') }}", {}, 'openssl >=3.0.1,<4'],
    ["{{ pin_compatible('nothing_pinned') }}", {}, 'nothing_pinned'],
    ['python {{ PY_VER }}', { variants: { python: '3.11' } }, 'python 3.11'],
    ['python {{ python }}', { variants: { python: '3.10' } }, 'python 3.10'],
    ['python', { variants: { python: '3.10' } }, 'python 3.10.*'],
    ['{{ environ.get("NOPE", "fallback") }}', {}, 'fallback'],
    ['{{ os.environ.get("HOME") }}', {}, '/home/u'],
    ['{{ "linux" if linux else "other" }}', {}, 'linux'],
    ['{{ "a-b-c".replace("-", "_") }}', {}, 'a_b_c'],
    ['{{ PKG_VERSION.split(".")[0] }}', {}, '1'],
    ['{{ PKG_NAME }}-{{ SHLIB_EXT }}', {}, 'x-.so'],
    ['{{ "three" if "3.12".startswith("3") else "other" }}', {}, 'three'],
    ['{{ "a b  c".split()|join(",") }}', {}, 'a,b,c']
  ])('%s %j -> %s', (expr, opts, want) => {
    expect(req(expr, opts)).toBe(want)
  })

  test('load_file_regex, load_file_data and load_setup_py_data read the recipe or source directory', () => {
    const work = recipe({
      'setup.py': 'from setuptools import setup\nsetup(name="pkg", version="4.5.6", install_requires=["numpy", "six>=1"])\n',
      'data.json': '{"v": "7.8"}'
    })
    const meta = [
      "{% set m = load_file_regex(load_file='VERSION', regex_pattern='v=(\\\\S+)', from_recipe_dir=True) %}",
      "{% set d = load_file_data('data.json') %}",
      '{% set s = load_setup_py_data() %}',
      'package:',
      '  name: x',
      '  version: {{ m.group(1) }}',
      'about:',
      '  summary: {{ d.v }} {{ s.version }} {{ s.install_requires|join(",") }}'
    ].join('\n')
    const r = one(meta, { workDir: work }, { VERSION: 'v=9.9.9\n' })
    expect((r.meta.package as { version: string }).version).toBe('9.9.9')
    expect((r.meta.about as { summary: string }).summary).toBe('7.8 4.5.6 numpy,six>=1')
  })

  test('a file missing on the final pass is an error that names it', () => {
    const e = errorOf(() => one("{% set d = load_file_data('nope.json') %}\npackage:\n  name: x\n  version: {{ d.v }}\n"))
    expect(e.message).toMatch(/nope\.json/)
  })
})

describe('versions and numbers stay the strings written', () => {
  test.each([
    ['1.10', '1.10'],
    ['1.0', '1.0'],
    ['2024.01', '2024.01'],
    ['1e3', '1e3'],
    ['0755', '0755'],
    ['"1.10"', '1.10']
  ])('version: %s -> %s', (written, want) => {
    expect(one(`package:\n  name: x\n  version: ${written}\n`).version).toBe(want)
  })
  test('{% set %} with a float-looking string survives', () => {
    expect(one('{% set version = "3.10" %}\npackage:\n  name: x\n  version: {{ version }}\n').version).toBe('3.10')
  })
})

describe('undefined names', () => {
  test('an undefined name written out is an error at its line and column', () => {
    const e = errorOf(() => one('package:\n  name: x\n  version: {{ verison }}\n'))
    expect([e.at?.line, e.at?.column]).toEqual([3, 12])
    expect(e.message).toMatch(/'verison' is undefined/)
  })
  test('`is defined` tests do not fail', () => {
    expect(one('package:\n  name: x\n  version: {{ "1" if nope is defined else "2" }}\n').version).toBe('2')
  })
  test('a template syntax error points at the original line (after dropped selector lines)', () => {
    const e = errorOf(() => one('a: 1  # [win]\nb: 2  # [win]\npackage:\n  name: x\n  version: {{ 1 +}}\n'))
    expect(e.at?.line).toBe(5)
  })
})

describe('selectors inside templates', () => {
  test('a {% set %} line with a selector is applied only on that platform', () => {
    const meta = '{% set flavour = "unix" %}  # [unix]\n{% set flavour = "windows" %}  # [win]\npackage:\n  name: x-{{ flavour }}\n  version: 1\n'
    expect(one(meta).name).toBe('x-unix')
    expect(one(meta, { targetPlatform: 'win-64' }).name).toBe('x-windows')
  })
  test('a template expression in a selector fails as in conda-build (selectors run before Jinja)', () => {
    const meta = '{% set sel = "win" %}\npackage:\n  name: x\n  version: 1\nrequirements:\n  build:\n    - a  # [{{ sel }}]\n'
    const e = errorOf(() => one(meta))
    expect([e.at?.line, e.message]).toEqual([7, expect.stringMatching(/invalid selector/)])
  })
  test('selector names are template variables too', () => {
    expect(one('package:\n  name: x\n  version: {% if linux %}1{% else %}2{% endif %}\n').version).toBe('1')
  })
})

describe('schema', () => {
  test.each([
    ['package:\n  name: x\n  version: 1\nbuild:\n  number: abc\n', 5, 11, /build\/number' must be a whole number/],
    ['package:\n  name: x\n  version: 1\nrequirements:\n  build: {a: 1}\n', 5, 10, /must be a list/],
    ['package:\n  name: x\n  version: 1\nbuild:\n  skip: maybe\n', 5, 9, /build\/skip' must be true or false/],
    ['package:\n  name: x\n  version: 1-2\n', 3, 12, /bad character '-' in package\/version/],
    ['package:\n  name: x\n  version: 1\nbuild:\n  noarch: rust\n', 5, 11, /build\/noarch must be one of/],
    ['package:\n  name: x\n  version: 1\nsource:\n  url: http://x/a.tgz\n  git_url: http://x/a.git\n', 6, 3, /one source entry has url and git_url/],
    ['package:\n  name: x\n  version: 1\nsource:\n  git_tag: a\n  git_rev: b\n', 5, 3, /several git revisions/],
    ['package:\n  version: 1\n', 1, 1, /package\/name' is required/],
    ['package:\n  name: x\n  version: 1\nabout: just text\n', 4, 8, /'about' must be a mapping/],
    ['package:\n  name: x\n  version: 1\nabout:\n  license_family: WTFPL2\n', 5, 19, /license_family/]
  ])('%j -> line %d col %d', (meta, line, column, msg) => {
    const e = errorOf(() => one(meta))
    expect(e.message).toMatch(msg)
    expect([e.at?.line, e.at?.column]).toEqual([line, column])
  })

  test('positions survive Jinja lines and dropped selector lines', () => {
    const meta = '{% set n = "abc" %}\n# comment\nx: 1  # [win]\npackage:\n  name: x\n  version: 1\nbuild:\n  number: {{ n }}\n'
    const e = errorOf(() => one(meta))
    expect([e.at?.line, e.at?.column]).toEqual([8, 11])
  })

  test('all errors are reported at once', () => {
    const e = errorOf(() => one('package:\n  name: x\n  version: 1\nbuild:\n  number: a\n  skip: b\n'))
    expect(e.message).toMatch(/2 problems/)
  })

  test('unknown keys warn with a suggestion', () => {
    const r = render('package:\n  name: x\n  version: 1\nbuild:\n  numbr: 1\nabuot:\n  home: x\n')
    expect(r.warnings.map(w => [w.message.replace(/;.*/, ''), w.at?.line]).sort()).toEqual([
      ["unknown key 'build/numbr' (did you mean 'number'?)", 5],
      ["unknown section 'abuot' (did you mean 'about'?)", 6]
    ])
  })

  test('a YAML error points at the original line', () => {
    const e = errorOf(() => one('{% set a = 1 %}\npackage:\n  name: x\n  version: [1\n'))
    expect(e.message).toMatch(/YAML/)
    expect(e.at?.line).toBeGreaterThanOrEqual(4)
  })
})

describe('variants', () => {
  const meta = 'package:\n  name: x\n  version: 1\nrequirements:\n  host:\n    - python\n    - numpy\n  run:\n    - python\n'
  test('explicit variants expand into one rendered recipe each; unused keys collapse', () => {
    const r = render(meta, { variants: { python: ['3.11', '3.12'], unused: ['a', 'b'] } })
    expect(r.variants.map(v => v.buildString)).toEqual([
      'py311h' + r.variants[0].buildString.slice(6, 13) + '_0',
      expect.stringMatching(/^py312h[0-9a-f]{7}_0$/)
    ])
    expect((r.variants[0].meta.requirements as { host: string[] }).host).toEqual(['python 3.11.*', 'numpy 1.26.*'])
  })
  test('a flow list in conda_build_config.yaml is read as a selector, as conda-build reads it', () => {
    const r = render(meta, {}, { 'conda_build_config.yaml': 'python:\n  - 3.10\n  - 3.12\nnumpy:\n  - 1.22\n  - 1.26\nzip_keys:\n  - [python, numpy]\n' })
    expect(r.variants).toHaveLength(4)
  })
  test('conda_build_config.yaml with selectors and zip_keys', () => {
    const cbc =
      'python:\n  - 3.10\n  - 3.12\nnumpy:\n  - 1.22\n  - 1.26\nzip_keys:\n  -\n    - python\n    - numpy\nmpi:\n  - openmpi  # [linux]\n  - msmpi  # [win]\n'
    const r = render(meta + '    - {{ mpi }}\n', {}, { 'conda_build_config.yaml': cbc })
    expect(r.variants.map(v => [v.variant.python, v.variant.numpy, v.variant.mpi])).toEqual([
      ['3.10', '1.22', 'openmpi'],
      ['3.12', '1.26', 'openmpi']
    ])
  })
  test('an explicit value narrows a zipped key', () => {
    const cbc = 'python:\n  - 3.10\n  - 3.12\nnumpy:\n  - 1.22\n  - 1.26\nzip_keys:\n  -\n    - python\n    - numpy\n'
    const r = render(meta, { variants: { python: '3.12' } }, { 'conda_build_config.yaml': cbc })
    expect(r.variants.map(v => [v.variant.python, v.variant.numpy])).toEqual([['3.12', '1.26']])
  })
  test('--variant-config files come after the recipe config', () => {
    const dir = recipe({ 'extra.yaml': 'python:\n  - 3.9\n' })
    const r = render(meta, { variantConfigFiles: [path.join(dir, 'extra.yaml')] }, { 'conda_build_config.yaml': 'python:\n  - 3.10\n' })
    expect(r.variants.map(v => v.variant.python)).toEqual(['3.9'])
  })
  test('zipped keys of different lengths are an error', () => {
    expect(() =>
      render(meta, {}, { 'conda_build_config.yaml': 'python:\n  - 3.10\n  - 3.11\nnumpy:\n  - 1.22\nzip_keys:\n  -\n    - python\n    - numpy\n' })
    ).toThrow(/same length|different numbers/)
  })
})

describe('build strings (conda-build build_string_from_metadata + hash)', () => {
  const pkg = 'package:\n  name: x\n  version: 1\n'
  test.each([
    ['no requirements', pkg, {}, /^0$/],
    ['build number', pkg + 'build:\n  number: 3\n', {}, /^3$/],
    ['python in host and run', pkg + 'requirements:\n  host:\n    - python\n  run:\n    - python\n', { python: '3.12' }, /^py312_0$/],
    ['python only in build', pkg + 'requirements:\n  build:\n    - python\n', { python: '3.12' }, /^0$/],
    ['compiler only: hash', pkg + "requirements:\n  build:\n    - {{ compiler('c') }}\n", {}, /^h[0-9a-f]{7}_0$/],
    ['noarch python', pkg + 'build:\n  noarch: python\nrequirements:\n  host:\n    - python\n  run:\n    - python\n', {}, /^py_0$/],
    ['manual string', pkg + 'build:\n  string: custom_1\n', {}, /^custom_1$/],
    [
      'manual string with PKG_HASH',
      pkg + "build:\n  string: cuda_h{{ PKG_HASH }}_0\nrequirements:\n  build:\n    - {{ compiler('c') }}\n",
      {},
      /^cuda_h[0-9a-f]{7}_0$/
    ],
    ['numpy x.x', pkg + 'requirements:\n  host:\n    - python\n    - numpy x.x\n  run:\n    - python\n    - numpy x.x\n', { numpy: '1.26' }, /^np126py312_0$/]
  ])('%s', (_, meta, variants, want) => {
    expect(one(meta, { variants }).buildString).toMatch(want)
  })

  test('the hash is sha1 of the sorted JSON of the used keys (python excluded)', () => {
    const r = one(pkg + "requirements:\n  build:\n    - {{ compiler('c') }}\n  host:\n    - python\n  run:\n    - python\n", { variants: { python: '3.12' } })
    expect(r.hashInput).toEqual({ c_compiler: 'gcc', target_platform: 'linux-64' })
    // python3 -c 'import hashlib,json;print(hashlib.sha1(json.dumps({"c_compiler":"gcc","target_platform":"linux-64"},sort_keys=True).encode()).hexdigest()[:7])'
    expect(r.buildString).toBe('py312h9bf148f_0')
  })

  test('a key read by build.sh counts', () => {
    const r = one(pkg, { variants: { blas_impl: 'openblas' } }, { 'build.sh': 'echo ${blas_impl}\n' })
    expect(r.hashInput).toEqual({ blas_impl: 'openblas', target_platform: 'linux-64' })
  })
})

describe('the bundled example recipe', () => {
  const dir = path.resolve('examples/montage-mini/conda/recipe')
  test.each([
    ['linux-64', ['gcc_linux-64', 'make'], false],
    ['osx-arm64', ['clang_osx-arm64', 'make'], false],
    ['win-64', ['vs2017_win-64'], false]
  ])('%s', (target, build, skip) => {
    const r = renderRecipe({ recipe: dir, targetPlatform: target, env: ENV })
    expect(r.warnings).toEqual([])
    expect(r.variants).toHaveLength(1)
    const v = r.variants[0]
    expect([v.name, v.version, v.skip]).toEqual(['minimontage', '1.0.0', skip])
    expect((v.meta.requirements as { build: string[] }).build).toEqual(build)
    expect(v.buildString).toMatch(/^h[0-9a-f]{7}_0$/)
    expect(fs.existsSync(path.join(dir, (v.meta.source as { patches: string[] }).patches[0]))).toBe(true)
  })
})
