/**
 * The pure rules behind four conda-build behaviours (issue 17's corpus rows): always_include_files expanded as
 * utils.expand_globs does (a folder, a symlinked folder, globs), the info/ names a build file cannot take, and the
 * empty packages bundle_conda refuses (with the `{{ compiler() }}` test of its requirements text).
 */
import { packagePathsOf } from '../../src/conda/builder/cache-guard.js'
import { emptyPackageProblem, usesCompilerActivation, type EmptyPackageInput } from '../../src/conda/builder/empty-package.js'
import { isInfoPath, isReservedInfoPath, refuseReservedInfoPaths } from '../../src/conda/package/info-paths.js'
import { alwaysIncluded } from '../../src/conda/post/always-include.js'

describe('always_include_files expanded as conda-build expands it', () => {
  // the prefix of _symlink_dirs_in_always_include_files's bar: sysroot/lib is a symlink to lib64 (listed, not walked)
  const prefix = ['bin/tool', 'include/a.h', 'include/sub/b.h', 'sysroot/lib', 'sysroot/lib64/empty', 'share/doc/x.txt', 'sysrootx/y']
  const rows: Array<[string, string[], string[]]> = [
    ['a folder with a trailing slash: its files, and a symlinked folder inside as the link', ['sysroot/'], ['sysroot/lib', 'sysroot/lib64/empty']],
    ['a folder without the slash', ['sysroot'], ['sysroot/lib', 'sysroot/lib64/empty']],
    ['a symlinked folder named: the link itself', ['sysroot/lib'], ['sysroot/lib']],
    ['a symlinked folder with a slash: conda-build follows it to paths the listing does not hold', ['sysroot/lib/'], []],
    ['a file', ['bin/tool'], ['bin/tool']],
    ['a file named with ./', ['./bin/tool'], ['bin/tool']],
    ['a nested folder', ['include'], ['include/a.h', 'include/sub/b.h']],
    ['a glob', ['include/*.h'], ['include/a.h']],
    ['a ** glob', ['include/**/*.h'], ['include/a.h', 'include/sub/b.h']],
    ['nothing matched', ['lib/*.so'], []],
    ['several entries, each path once', ['sysroot/', 'sysroot/lib', 'bin/*'], ['bin/tool', 'sysroot/lib', 'sysroot/lib64/empty']]
  ]
  test.each(rows)('%s', (_what, entries, want) => {
    expect(alwaysIncluded(prefix, entries)).toEqual(want)
  })
})

describe("the info/ names that are a package's own metadata", () => {
  const rows: Array<[string, boolean, boolean]> = [
    ['info/testfile', true, false],
    ['info/extra/notes.txt', true, false],
    ['info/index.json', true, true],
    ['info/paths.json', true, true],
    ['info/files', true, true],
    ['info/repodata_record.json', true, true],
    ['info/recipe/meta.yaml', true, true],
    ['info/test/run_test.sh', true, true],
    ['info/licenses/LICENSE', true, true],
    ['info/recipes.txt', true, false],
    ['share/info/index.json', false, false],
    ['information/x', false, false]
  ]
  test.each(rows)('%s: under info/ %s, reserved %s', (rel, info, reserved) => {
    expect(isInfoPath(rel)).toBe(info)
    expect(isReservedInfoPath(rel)).toBe(reserved)
  })

  test('a build file at a metadata name is refused with the package, every such file and what to do', () => {
    expect(() => refuseReservedInfoPaths(['info/testfile', 'bin/x'])).not.toThrow()
    expect(() => refuseReservedInfoPaths(['info/index.json', 'info/testfile', 'info/recipe/x'])).toThrow(
      /^the build wrote \$PREFIX\/info\/index\.json, \$PREFIX\/info\/recipe\/x, where the package's own metadata goes .*write the file under another name/
    )
  })
})

describe('the empty packages conda-build refuses', () => {
  const base: EmptyPackageInput = { hasFiles: false, hasScript: false, alwaysIncludes: false, build: [], host: [], compilerActivation: false }
  const rows: Array<[string, Partial<EmptyPackageInput>, RegExp | undefined]> = [
    [
      'python in build and host (_empty_pkg_with_python_build_host)',
      { build: ['python'], host: ['python 3.13.*'] },
      /with python in both its build and host.*run \$PYTHON/
    ],
    [
      'python in build beside a compiler, no host (_compiler_python_build_section)',
      { build: ['gcc_linux-64 13.*', 'python'], compilerActivation: true },
      /python in its build requirements \(beside a compiler\) but not in host: move python to requirements\/host/
    ],
    ['r-base in build and host', { build: ['r-base >=4'], host: ['r-base'] }, /r-base in both.*run \$R /],
    ['python in build only, no compiler: made', { build: ['python'] }, undefined],
    ['python in host only: made', { host: ['python'] }, undefined],
    ['an empty metapackage without python: made', { build: ['make'], host: ['zlib'] }, undefined],
    ['files added: made', { build: ['python'], host: ['python'], hasFiles: true }, undefined],
    ['an output script: made', { build: ['python'], host: ['python'], hasScript: true }, undefined],
    ['always_include_files naming a path: made', { build: ['python'], host: ['python'], alwaysIncludes: true }, undefined],
    ['a name that only starts with python: made', { build: ['python-dateutil'], host: ['python-dateutil'] }, undefined]
  ]
  test.each(rows)('%s', (_what, over, want) => {
    const got = emptyPackageProblem({ ...base, ...over })
    if (want === undefined) expect(got).toBeUndefined()
    else expect(got).toMatch(new RegExp(`^the package would be empty .*${want.source}`))
  })

  const recipe = [
    'package:',
    '  name: top',
    'requirements:',
    '  build:',
    "    - {{ compiler('c') }}",
    'outputs:',
    '  - name: withc',
    '    requirements:',
    '      build:',
    "        - {{ compiler('cxx') }}",
    '  - name: plain',
    '    requirements:',
    '      build:',
    '        - python',
    'about:',
    '  summary: "{{ compiler(\'c\') }} is not a requirement here"',
    ''
  ].join('\n')
  const rows2: Array<[string, string, string | undefined, boolean]> = [
    ['the top level with a compiler', recipe, undefined, true],
    ['an output with a compiler', recipe, 'withc', true],
    ['an output without one', recipe, 'plain', false],
    ['an output not found by its name as written', recipe, 'other', false],
    [
      'no compiler in requirements (one in about only)',
      'package:\n  name: a\nrequirements:\n  build:\n    - python\nabout:\n  x: "{{ compiler(\'c\') }}"\n',
      undefined,
      false
    ]
  ]
  test.each(rows2)('compiler activation: %s', (_what, raw, output, want) => {
    expect(usesCompilerActivation(raw, output)).toBe(want)
  })
})

test.each([
  ['share/a.txt', ['share/a.txt']],
  ['lib/python3.12/site-packages/n/__init__.py', ['lib/python3.12/site-packages/n/__init__.py', 'site-packages/n/__init__.py']],
  ['lib/python3.13t/site-packages/n.py', ['lib/python3.13t/site-packages/n.py', 'site-packages/n.py']],
  ['Lib/site-packages/n.py', ['Lib/site-packages/n.py', 'site-packages/n.py']],
  ['bin/tool', ['bin/tool', 'python-scripts/tool']],
  ['lib/libz.so', ['lib/libz.so']]
])('a prefix file %s may sit in its extracted package at %j', (rel, want) => {
  expect(packagePathsOf(rel)).toEqual(want)
})
