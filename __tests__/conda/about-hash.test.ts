/**
 * info/about.json and info/hash_input.json as conda-build writes them (Python's json.dump with indent=2,
 * ensure_ascii; about.json with sort_keys). The expected texts are written out by hand from the format of the
 * real conda-build packages in ../shared/data/conda-packages (about-real.itg.test.ts reads those), not from
 * this suite's code.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { aboutJsonText, BUILD_WHEEL_VERSION, RATTLER_VERSION } from '../../src/conda/package/about.js'
import { writeInfo } from '../../src/conda/package/info.js'
import { pythonJsonDump } from '../../src/conda/package/json.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { ENV, recipe, tmp } from './helpers.js'
import { infoFor } from './package-input.js'

describe("Python's json.dump(indent=2)", () => {
  test.each([
    ['an empty mapping', {}, false, '{}'],
    ['keys kept in their order without sort_keys', { z: '1', a: '2' }, false, '{\n  "z": "1",\n  "a": "2"\n}'],
    ['keys sorted with sort_keys', { z: '1', a: '2' }, true, '{\n  "a": "2",\n  "z": "1"\n}'],
    [
      'nested lists and mappings, empty ones on one line',
      { b: [1, { c: [] }], d: {} },
      true,
      '{\n  "b": [\n    1,\n    {\n      "c": []\n    }\n  ],\n  "d": {}\n}'
    ],
    // python3 -c 'import json; print(json.dumps({"a": "\u00e9\U0001f600"}, indent=2))'
    ['non-ASCII escaped, one escape per UTF-16 unit', { a: '\u00e9\u{1f600}' }, false, '{\n  "a": "\\u00e9\\ud83d\\ude00"\n}'],
    ['quotes, backslashes and newlines', { a: 'x"y\\z\n' }, false, '{\n  "a": "x\\"y\\\\z\\n"\n}']
  ])('%s', (_what, value, sortKeys, want) => {
    expect(pythonJsonDump(value, { sortKeys })).toBe(want)
  })
})

describe('info/hash_input.json of a small recipe', () => {
  const PKG = 'package:\n  name: hashed\n  version: "1.0"\n'
  const written = (meta: string, variants: Record<string, string>, files: Record<string, string> = {}): string => {
    const dir = recipe({ 'meta.yaml': meta, ...files })
    const [variant] = renderRecipe({ recipe: dir, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV, variants }).variants
    const stage = tmp('hash-input-stage-')
    const base = infoFor(tmp('hash-input-prefix-'), [])
    writeInfo(stage, { ...base, variant, recipeDir: dir, recipeFile: path.join(dir, 'meta.yaml') }, new Map())
    return fs.readFileSync(path.join(stage, 'info', 'hash_input.json'), 'utf8')
  }

  test('the used variant keys and their values, two-space indent, no newline at the end (as libsimplerasters-0.8.2 has it)', () => {
    const meta = `${PKG}requirements:\n  build:\n    - {{ compiler('c') }}\n  host:\n    - python\n  run:\n    - python\n`
    expect(written(meta, { python: '3.12' })).toBe('{\n  "c_compiler": "gcc",\n  "target_platform": "linux-64"\n}')
  })

  test('virtual packages of the run requirements after the variant keys, keyed by name (conda-build adds them last)', () => {
    const meta = `${PKG}requirements:\n  build:\n    - {{ compiler('c') }}\n  run:\n    - __glibc >=2.17\n`
    expect(written(meta, {})).toBe('{\n  "c_compiler": "gcc",\n  "target_platform": "linux-64",\n  "__glibc": "__glibc >=2.17"\n}')
  })

  test('nothing used but target_platform: an empty mapping (as small-executable-1.0 has it)', () => {
    expect(written(`${PKG}build:\n  noarch: generic\n`, {})).toBe('{}')
  })

  test('a value past ASCII escaped as Python writes it', () => {
    const text = written(PKG, { blas_impl: '\u00f6penblas' }, { 'build.sh': 'echo ${blas_impl}\n' })
    expect(text).toBe('{\n  "blas_impl": "\\u00f6penblas",\n  "target_platform": "linux-64"\n}')
  })
})

describe('info/about.json', () => {
  const meta = {
    about: {
      home: 'https://example.org',
      license: 'MIT',
      license_file: 'LICENSE',
      summary: '\u00dcn\u00efcode summary',
      description: '',
      doc_url: '',
      identifiers: 'doi:10.1/x',
      tags: ['a', 'b'],
      not_a_field: 'dropped'
    },
    extra: { 'recipe-maintainers': ['me'], final: true }
  }
  const input = {
    meta,
    channels: ['https://conda.anaconda.org/conda-forge'],
    rootPkgs: [
      { name: 'zlib', version: '1.3', build: 'h0_0' },
      { name: 'make', version: '4.4', build: '0' }
    ],
    environ: { HOME: '/root', GITHUB_TOKEN: 'never written' }
  }

  test('as conda-build writes it: sorted keys, set fields only, list fields as lists, env_vars and root_pkgs; our tool fields', () => {
    expect(aboutJsonText(input)).toBe(
      [
        '{',
        `  "build_wheel_version": "${BUILD_WHEEL_VERSION}",`,
        '  "channels": [',
        '    "https://conda.anaconda.org/conda-forge"',
        '  ],',
        '  "env_vars": {',
        '    "CIO_TEST": "<not set>"',
        '  },',
        '  "extra": {',
        '    "final": true,',
        '    "recipe-maintainers": [',
        '      "me"',
        '    ]',
        '  },',
        '  "home": "https://example.org",',
        '  "identifiers": [',
        '    "doi:10.1/x"',
        '  ],',
        '  "keywords": [],',
        '  "license": "MIT",',
        '  "license_file": "LICENSE",',
        `  "rattler_version": "${RATTLER_VERSION}",`,
        '  "root_pkgs": [',
        '    "make 4.4 0",',
        '    "zlib 1.3 h0_0"',
        '  ],',
        '  "summary": "\\u00dcn\\u00efcode summary",',
        '  "tags": [',
        '    "a",',
        '    "b"',
        '  ]',
        '}'
      ].join('\n')
    )
  })

  test('CIO_TEST recorded with the value the build ran with; no other variable of the environment', () => {
    const about = JSON.parse(aboutJsonText({ ...input, environ: { CIO_TEST: '1', GITHUB_TOKEN: 'x' } }))
    expect(about.env_vars).toEqual({ CIO_TEST: '1' })
    expect(JSON.stringify(about)).not.toContain('GITHUB_TOKEN')
  })

  test('the same input gives the same bytes whatever order the build prefix was listed in', () => {
    expect(aboutJsonText({ ...input, rootPkgs: [...input.rootPkgs].reverse() })).toBe(aboutJsonText(input))
  })

  test("the tool versions are this package's and the installed @conda-org/rattler's", () => {
    const version = (file: string): string => (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
    expect(BUILD_WHEEL_VERSION).toBe(version('package.json'))
    expect(RATTLER_VERSION).toBe(version('node_modules/@conda-org/rattler/package.json'))
  })
})
