/** The pure parts of conda build: the script environment per platform, prefixes, run_exports, RPATH plans, links, shebangs. */
import { buildEnvironment, type BuildFacts } from '../../../src/conda/builder/env-vars.js'
import { buildDirs, padPrefix, PlaceholderError } from '../../../src/conda/builder/prefixes.js'
import { normalizeRunExports, runRequirements } from '../../../src/conda/builder/run-exports.js'
import { globToRegExp } from '../../../src/conda/post/glob.js'
import { fixedLinkTarget, LinkOutError } from '../../../src/conda/post/links.js'
import { detectIn, hasPrefixText, prefixForms } from '../../../src/conda/post/prefix-detect.js'
import { missingPyc, noarchPythonPath } from '../../../src/conda/post/python.js'
import { planRpath } from '../../../src/conda/post/rpath.js'
import { fixPythonShebang } from '../../../src/conda/post/shebang.js'
import { archPlatform } from '../../../src/conda/package/info.js'

function facts(subdir: string, over: Partial<BuildFacts> = {}): BuildFacts {
  const win = subdir.startsWith('win-')
  const root = win ? 'C:\\bld\\pkg_1' : '/bld/pkg_1'
  const j = (x: string): string => (win ? `${root}\\${x}` : `${root}/${x}`)
  return {
    subdir,
    buildSubdir: subdir,
    prefix: j('_h_env'),
    buildPrefix: j('_build_env'),
    srcDir: j('work'),
    recipeDir: win ? 'C:\\r' : '/r',
    pkg: { name: 'pkg', version: '1.0', buildNumber: 2, buildString: 'py312habcdef1_2', hash: 'abcdef1' },
    pythonVersion: '3.12',
    hasPython: true,
    sysPython: '/usr/bin/node',
    sysPrefix: '/usr',
    cpuCount: 4,
    sourceDateEpoch: '1700000000',
    variant: { python: '3.12', target_platform: subdir, PKG_NAME: 'not-this' },
    inherited: { PATH: win ? 'C:\\Windows' : '/usr/bin', HOME: '/home/u', LANG: 'C.UTF-8', CFLAGS: '-O1', SystemRoot: 'C:\\Windows', SECRET: 'x' },
    state: 'BUILD',
    ...over
  }
}

describe('the build script environment', () => {
  const common = [
    'CONDA_BUILD',
    'SRC_DIR',
    'PREFIX',
    'BUILD_PREFIX',
    'RECIPE_DIR',
    'PATH',
    'PYTHON',
    'PY3K',
    'STDLIB_DIR',
    'SP_DIR',
    'PY_VER',
    'SYS_PYTHON',
    'SYS_PREFIX',
    'PKG_NAME',
    'PKG_VERSION',
    'PKG_BUILDNUM',
    'PKG_BUILD_STRING',
    'PKG_HASH',
    'CPU_COUNT',
    'SHLIB_EXT',
    'SUBDIR',
    'target_platform',
    'SOURCE_DATE_EPOCH',
    'ARCH',
    'CONDA_PY'
  ]
  test.each([
    [
      'linux-64',
      {
        SHLIB_EXT: '.so',
        ARCH: '64',
        PYTHON: '/bld/pkg_1/_h_env/bin/python',
        STDLIB_DIR: '/bld/pkg_1/_h_env/lib/python3.12',
        SP_DIR: '/bld/pkg_1/_h_env/lib/python3.12/site-packages',
        PATH: '/bld/pkg_1/_build_env/bin:/bld/pkg_1/_h_env/bin:/usr/bin',
        LD_RUN_PATH: '/bld/pkg_1/_h_env/lib',
        BUILD: 'x86_64-conda_cos6-linux-gnu',
        CFLAGS: '-O1',
        HOME: '/home/u'
      },
      ['LIBRARY_PREFIX', 'OSX_ARCH', 'SCRIPTS']
    ],
    [
      'osx-64',
      { SHLIB_EXT: '.dylib', OSX_ARCH: 'x86_64', MACOSX_DEPLOYMENT_TARGET: '10.9', BUILD: 'x86_64-apple-darwin13.4.0', PYTHON: '/bld/pkg_1/_h_env/bin/python' },
      ['LIBRARY_PREFIX', 'LD_RUN_PATH', 'CFLAGS']
    ],
    [
      'osx-arm64',
      { SHLIB_EXT: '.dylib', OSX_ARCH: 'arm64', ARCH: 'arm64', MACOSX_DEPLOYMENT_TARGET: '11.0', BUILD: 'arm64-apple-darwin20.0.0' },
      ['LIBRARY_BIN', 'LD_RUN_PATH']
    ],
    [
      'win-64',
      {
        SHLIB_EXT: '.dll',
        PYTHON: 'C:\\bld\\pkg_1\\_h_env\\python.exe',
        STDLIB_DIR: 'C:\\bld\\pkg_1\\_h_env\\Lib',
        SP_DIR: 'C:\\bld\\pkg_1\\_h_env\\Lib\\site-packages',
        LIBRARY_PREFIX: 'C:\\bld\\pkg_1\\_h_env\\Library',
        LIBRARY_BIN: 'C:\\bld\\pkg_1\\_h_env\\Library\\bin',
        LIBRARY_INC: 'C:\\bld\\pkg_1\\_h_env\\Library\\include',
        LIBRARY_LIB: 'C:\\bld\\pkg_1\\_h_env\\Library\\lib',
        SCRIPTS: 'C:\\bld\\pkg_1\\_h_env\\Scripts',
        CYGWIN_PREFIX: '/cygdrive/c/bld/pkg_1/_h_env',
        SystemRoot: 'C:\\Windows',
        BUILD: 'amd64-pc-windows-19.0.0'
      },
      ['HOME', 'OSX_ARCH', 'LD_RUN_PATH', 'PKG_CONFIG_PATH']
    ]
  ])('%s', (subdir, expected, absent) => {
    const env = buildEnvironment(facts(subdir))
    for (const k of common) expect(env[k]).toBeDefined()
    expect(env).toMatchObject({
      ...expected,
      CONDA_BUILD: '1',
      CONDA_BUILD_STATE: 'BUILD',
      PKG_NAME: 'pkg',
      PKG_VERSION: '1.0',
      PKG_BUILDNUM: '2',
      PKG_BUILD_STRING: 'py312habcdef1_2',
      PKG_HASH: 'abcdef1',
      PY_VER: '3.12',
      PY3K: '1',
      CONDA_PY: '312',
      CPU_COUNT: '4',
      SUBDIR: subdir,
      target_platform: subdir,
      SOURCE_DATE_EPOCH: '1700000000',
      SYS_PYTHON: '/usr/bin/node',
      python: '3.12'
    })
    for (const k of absent) expect(env[k]).toBeUndefined()
    expect(env.SECRET).toBeUndefined()
  })

  test("Windows PATH holds each prefix's Library folders, build prefix first", () => {
    const p = buildEnvironment(facts('win-64')).PATH.split(';')
    expect(p.slice(0, 7)).toEqual([
      'C:\\bld\\pkg_1\\_build_env',
      'C:\\bld\\pkg_1\\_build_env\\Library\\mingw-w64\\bin',
      'C:\\bld\\pkg_1\\_build_env\\Library\\usr\\bin',
      'C:\\bld\\pkg_1\\_build_env\\Library\\bin',
      'C:\\bld\\pkg_1\\_build_env\\Scripts',
      'C:\\bld\\pkg_1\\_build_env\\bin',
      'C:\\bld\\pkg_1\\_h_env'
    ])
  })

  test('PYTHON only when python is a dependency; a test has no BUILD_PREFIX; script_env passes and sets', () => {
    const env = buildEnvironment(facts('linux-64', { hasPython: false, state: 'TEST', scriptEnv: ['SECRET', 'MODE=fast', 'MISSING'] }))
    expect(env.PYTHON).toBeUndefined()
    expect(env.BUILD_PREFIX).toBeUndefined()
    expect(env.CONDA_BUILD_STATE).toBe('TEST')
    expect(env.PATH).toBe('/bld/pkg_1/_h_env/bin:/usr/bin')
    expect(env).toMatchObject({ SECRET: 'x', MODE: 'fast' })
    expect('MISSING' in env).toBe(false)
  })
})

describe('prefixes', () => {
  test('the host prefix is padded with _placehold to 255 characters, the test prefix to 253', () => {
    const d = buildDirs('/tmp/croot', 'pkg', '1700000000', false)
    expect(d.hostPrefix).toHaveLength(255)
    expect(d.hostPrefix.startsWith('/tmp/croot/pkg_1700000000/_h_env_placehold_placehold')).toBe(true)
    expect(d.testPrefix).toHaveLength(253)
    expect(d.buildPrefix).toBe('/tmp/croot/pkg_1700000000/_build_env')
    expect(buildDirs('/tmp/croot', 'pkg', '1', true).buildPrefix).toBe(buildDirs('/tmp/croot', 'pkg', '1', true).hostPrefix)
    expect(padPrefix('/a/_h_env', 12)).toBe('/a/_h_env_pl')
  })
  test('a build root too long for the placeholder is refused with what to do', () => {
    expect(() => buildDirs(`/${'x'.repeat(260)}`, 'pkg', '1', false)).toThrow(PlaceholderError)
    expect(() => padPrefix('/' + 'y'.repeat(300), 255)).toThrow(/shorter build root/)
  })
})

describe('run_exports', () => {
  const gcc = { name: 'gcc_linux-64', exports: { strong: ['libgcc-ng >=12'], weak: ['ignored-from-build'] } }
  const zlib = { name: 'zlib', exports: normalizeRunExports(['libzlib >=1.3,<2.0a0']) }
  const np = { name: 'numpy', exports: { weak: ['numpy >=1.26'], weak_constrains: ['numpy-base <2'], noarch: ['numpy'] } }
  test.each([
    [
      'host weak and strong, build strong only',
      { build: [gcc], host: [zlib, np], merged: false, noarch: false },
      ['libgcc-ng >=12', 'libzlib >=1.3,<2.0a0', 'numpy >=1.26', 'run-dep'],
      ['numpy-base <2']
    ],
    [
      'no host section: build packages count as host',
      { build: [gcc, zlib], host: [], merged: true, noarch: false },
      ['ignored-from-build', 'libgcc-ng >=12', 'libzlib >=1.3,<2.0a0', 'run-dep'],
      []
    ],
    ['noarch takes the noarch exports', { build: [gcc], host: [np], merged: false, noarch: true }, ['numpy', 'run-dep'], []],
    [
      'ignore_run_exports and _from',
      { build: [gcc], host: [zlib, np], merged: false, noarch: false, ignore: ['libzlib'], ignoreFrom: ['gcc_linux-64'] },
      ['numpy >=1.26', 'run-dep'],
      ['numpy-base <2']
    ]
  ])('%s', (_t, r, depends, constrains) => {
    expect(runRequirements({ run: ['run-dep'], runConstrained: [], ignore: [], ignoreFrom: [], ...r })).toEqual({ depends, constrains })
  })
  test("the recipe's own run spec and an export of the same name are both kept (conda-build unions them), normalised and sorted", () => {
    expect(
      runRequirements({
        run: ['zlib  >=1.2', 'libzlib 1.3.*'],
        runConstrained: [],
        build: [],
        host: [zlib],
        merged: false,
        noarch: false,
        ignore: [],
        ignoreFrom: []
      }).depends
    ).toEqual(['libzlib 1.3.*', 'libzlib >=1.3,<2.0a0', 'zlib >=1.2'])
    expect(normalizeRunExports('a')).toEqual({ weak: ['a'] })
    expect(normalizeRunExports({ strong: 'b', other: ['x'] })).toEqual({ strong: ['b'] })
  })
})

describe('post-processing rules', () => {
  const prefix = '/croot/p_1/_h_env_placehold'
  test.each([
    ['bin/tool', null, ['lib'], '$ORIGIN/../lib', []],
    ['lib/libx.so', `${prefix}/lib:/usr/local/lib:$ORIGIN/sub`, ['lib'], '$ORIGIN:$ORIGIN/sub', ['/usr/local/lib']],
    ['lib/python3.12/site-packages/m.so', `${prefix}/lib/python3.12/site-packages/m`, ['lib', 'lib/extra/'], '$ORIGIN/m:$ORIGIN/../..:$ORIGIN/../../extra', []],
    ['bin/t', 'relative/dir', [], '', ['relative/dir']]
  ])('RPATH of %s', (rel, current, rpaths, value, dropped) => {
    expect(planRpath(prefix, rel, current, rpaths)).toEqual({ value, dropped })
  })
  test.each([
    ['lib/libx.so', `${prefix}/lib/libx.so.1`, 'libx.so.1'],
    ['bin/tool', `${prefix}/libexec/tool`, '../libexec/tool'],
    ['lib/a', 'b/../c', 'b/../c']
  ])('symlink %s -> %s becomes %s', (rel, target, want) => {
    expect(fixedLinkTarget(prefix, rel, target)).toBe(want)
  })
  test.each([
    ['lib/libx.so', '/usr/lib/libx.so'],
    ['lib/a', '../../etc/passwd'],
    ['a', `${prefix}`]
  ])('symlink %s -> %s leaves the prefix: refused', (rel, target) => {
    expect(() => fixedLinkTarget(prefix, rel, target)).toThrow(LinkOutError)
  })
  test.each([
    ['#!/usr/bin/python3\nprint(1)\n', '#!/P/bin/python3\nprint(1)\n'],
    ['#!/usr/bin/env python3.12 -u\nx\n', '#!/P/bin/python3.12 -u\nx\n'],
    ['#!/opt/x/bin/pythonw\n', '#!/P/bin/pythonw\n'],
    ['#!/bin/sh\necho\n', null],
    ['#!/P/bin/python\n', null],
    ['plain\n', null]
  ])('shebang %j', (text, want) => {
    const got = fixPythonShebang(Buffer.from(text), '/P')
    expect(got === null ? null : got.toString()).toBe(want)
  })
  test('prefix detection: NUL makes binary; Windows spellings; has_prefix lines', () => {
    expect(detectIn(Buffer.from(`a\0${prefix}\0`), [prefix])).toEqual({ mode: 'binary', placeholder: prefix })
    expect(detectIn(Buffer.from(`x=${prefix}/lib`), [prefix])).toEqual({ mode: 'text', placeholder: prefix })
    expect(detectIn(Buffer.from('x=/opt/anaconda1anaconda2anaconda3/lib'), [prefix])).toEqual({ mode: 'text', placeholder: '/opt/anaconda1anaconda2anaconda3' })
    expect(detectIn(Buffer.from('nothing'), [prefix])).toEqual({ mode: 'text' })
    expect(prefixForms('C:\\b\\_h_env', true)).toEqual(expect.arrayContaining(['C:\\b\\_h_env', 'C:/b/_h_env', 'C:\\\\b\\\\_h_env', 'c:\\b\\_h_env']))
    expect(hasPrefixText([{ path: 'a b', placeholder: 'C:\\x', mode: 'text' }], true)).toBe('"C:\\x" text "a b"\n')
    expect(hasPrefixText([{ path: 'lib/x', placeholder: '/p', mode: 'binary' }], false)).toBe('/p binary lib/x\n')
  })
  test('python: missing .pyc, noarch layout, globs, arch and platform', () => {
    expect(
      missingPyc(
        ['lib/python3.12/site-packages/a.py', 'lib/python3.12/site-packages/__pycache__/a.cpython-312.pyc', 'lib/python3.12/site-packages/b.py', 'share/c.py'],
        '3.12'
      )
    ).toEqual(['lib/python3.12/site-packages/b.py'])
    expect(noarchPythonPath('lib/python3.12/site-packages/m/__init__.py', 'lib/python3.12/site-packages')).toBe('site-packages/m/__init__.py')
    expect(noarchPythonPath('bin/tool', 'lib/python3.12/site-packages')).toBe('python-scripts/tool')
    expect(noarchPythonPath('lib/python3.12/site-packages/m/__pycache__/x.pyc', 'lib/python3.12/site-packages')).toBeNull()
    expect(noarchPythonPath('share/doc/x', 'lib/python3.12/site-packages')).toBe('share/doc/x')
    expect(globToRegExp('lib/**/*.so').test('lib/a/b/c.so')).toBe(true)
    expect(globToRegExp('lib/**/*.so').test('lib/c.so')).toBe(true)
    expect(globToRegExp('bin/*').test('bin/a/b')).toBe(false)
    expect(archPlatform('linux-aarch64')).toEqual({ arch: 'aarch64', platform: 'linux' })
    expect(archPlatform('win-64')).toEqual({ arch: 'x86_64', platform: 'win' })
    expect(archPlatform('noarch')).toEqual({ arch: null, platform: null })
  })
})
