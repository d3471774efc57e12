/** Pure pieces of `conda create`: channels, specs, order, placeholders, noarch python, records. Tables, no mocks. */
import { expandEnv, parseChannel, redactUrl } from '../../../src/conda/env/channel.js'
import { digestProblems } from '../../../src/conda/env/fetch.js'
import { entryPointScript, noarchTarget, parseEntryPoint, pythonFacts } from '../../../src/conda/env/noarch.js'
import { packageStem } from '../../../src/conda/env/package.js'
import { checkedPath, LEGACY_PLACEHOLDER, parseHasPrefixLine } from '../../../src/conda/env/package-info.js'
import { fixShebang, PaddingError, replaceBinary, replaceText } from '../../../src/conda/env/placeholder.js'
import { historyText, prefixRecord } from '../../../src/conda/env/prefix-record.js'
import { installOrder, specName } from '../../../src/conda/env/solve.js'

describe('channels', () => {
  const env = { TOKEN: 's3cret', USER_NAME: 'me' }
  test.each([
    ['conda-forge', 'http', 'https://conda.anaconda.org/conda-forge/', 'https://conda.anaconda.org/conda-forge', false],
    ['https://repo.example/chan/', 'http', 'https://repo.example/chan/', 'https://repo.example/chan', false],
    ['https://${USER_NAME}:${TOKEN}@repo.example/chan', 'http', 'https://repo.example/chan/', 'https://repo.example/chan', true],
    [
      'https://conda.anaconda.org/t/$TOKEN/private',
      'http',
      'https://conda.anaconda.org/t/s3cret/private/',
      'https://conda.anaconda.org/t/<TOKEN>/private',
      false
    ],
    ['file:///srv/channel', 'local', '/srv/channel', '/srv/channel', false],
    ['/srv/channel', 'local', '/srv/channel', '/srv/channel', false],
    ['./chan', 'local', '/work/x/chan', '/work/x/chan', false]
  ])('%s', (given, kind, base, display, auth) => {
    const ch = parseChannel(given, { env, cwd: '/work/x' })
    expect([ch.kind, ch.base, ch.display, 'authorization' in ch.headers]).toEqual([kind, base, display, auth])
    expect(ch.display).not.toContain('s3cret')
    if (given.includes('TOKEN')) expect(ch.secrets).toContain('s3cret')
  })
  test.each([
    ['', /empty/],
    ['ftp://host/x', /only https/],
    ['https://$MISSING@host/x', /\$MISSING, which is not set/],
    ['bad name!', /neither a channel name/]
  ])('refuses %j', (given, why) => expect(() => parseChannel(given, { env })).toThrow(why))
  test('redaction and expansion', () => {
    expect(redactUrl('https://u:p@h/t/abc/x/y.conda')).toBe('https://h/t/<TOKEN>/x/y.conda')
    expect(expandEnv('a${TOKEN}b$USER_NAME', env)).toEqual({ text: 'as3cretbme', secrets: ['s3cret', 'me'] })
  })
})

describe('specs and order', () => {
  test.each([
    ['numpy', 'numpy'],
    ['numpy >=1.2,<2', 'numpy'],
    ['conda-forge::NumPy=1.2', 'numpy'],
    ["python[version='>=3.12']", 'python'],
    ['zlib==1.2.11=h7b6447c_3', 'zlib']
  ])('specName(%j) = %s', (spec, name) => expect(specName(spec)).toBe(name))

  const r = (name: string, ...depends: string[]) => ({ record: { name, depends } })
  test.each([
    ['a chain', [r('app', 'lib >=1'), r('lib', 'libc'), r('libc')], ['libc', 'lib', 'app']],
    ['independent packages by name', [r('b'), r('a')], ['a', 'b']],
    ['a cycle ends', [r('a', 'b'), r('b', 'a')], ['b', 'a']],
    ['missing deps ignored', [r('x', 'python >=3'), r('y', 'x')], ['x', 'y']]
  ])('%s', (_t, records, names) => expect(installOrder(records).map(x => x.record.name)).toEqual(names))
})

describe('prefix placeholders', () => {
  const ph = '/opt/anaconda1anaconda2anaconda3'
  test.each([
    ['every occurrence', `a ${ph}/bin ${ph}/lib`, '/p', 'a /p/bin /p/lib'],
    ['none', 'nothing here', '/p', 'nothing here'],
    ['a longer prefix', `x=${ph}`, `/${'l'.repeat(60)}`, `x=/${'l'.repeat(60)}`]
  ])('text: %s', (_t, input, prefix, out) => expect(replaceText(Buffer.from(input), ph, prefix).toString()).toBe(out))

  test.each([
    ['one string, padded', `\0${ph}/lib\0rest`, '/p', `\0/p/lib${'\0'.repeat(ph.length - 2)}\0rest`],
    ['two placeholders in one string', `${ph}:${ph}\0`, '/pp', `/pp:/pp${'\0'.repeat(2 * (ph.length - 3))}\0`],
    ['no NUL after it: left alone', `ab${ph}`, '/p', `ab${ph}`],
    ['same length', `${ph}\0`, ph.replace('opt', 'abc'), `${ph.replace('opt', 'abc')}\0`]
  ])('binary: %s', (_t, input, prefix, out) => {
    const got = replaceBinary(Buffer.from(input, 'latin1'), ph, prefix)
    expect(got.length).toBe(Buffer.byteLength(input, 'latin1'))
    expect(got.toString('latin1')).toBe(out)
  })
  test('binary: a prefix longer than the placeholder is a PaddingError that says what to do', () => {
    expect(() => replaceBinary(Buffer.from(`${ph}\0`), ph, `/${'x'.repeat(40)}`)).toThrow(PaddingError)
    expect(() => replaceBinary(Buffer.from(`${ph}\0`), ph, `/${'x'.repeat(40)}`)).toThrow(/at most 32 bytes/)
  })

  const long = `/${'p'.repeat(130)}`
  test.each([
    ['short: unchanged', '#!/p/bin/python3\nprint(1)\n', '/p', '#!/p/bin/python3\nprint(1)\n'],
    ['too long', `#!${long}/bin/python3.12 -E\nx\n`, long, '#!/usr/bin/env python3.12 -E\nx\n'],
    ['a space in the prefix', '#!/my env/bin/perl -w\nx\n', '/my env', '#!/usr/bin/env perl -w\nx\n'],
    ['no shebang', 'echo hi\n', '/p', 'echo hi\n'],
    ['relative interpreter kept', `#!python ${'a'.repeat(140)}\n`, '/p', `#!python ${'a'.repeat(140)}\n`]
  ])('shebang: %s', (_t, input, prefix, out) => expect(fixShebang(Buffer.from(input), prefix).toString()).toBe(out))
})

describe('noarch python', () => {
  const py = pythonFacts('3.12.3')
  test.each([
    ['site-packages/flask/__init__.py', 'lib/python3.12/site-packages/flask/__init__.py'],
    ['python-scripts/flask', 'bin/flask'],
    ['info/x', 'info/x'],
    ['share/doc/x', 'share/doc/x']
  ])('%s -> %s', (rel, out) => expect(noarchTarget(rel, py)).toBe(out))
  test('python_site_packages_path wins', () =>
    expect(pythonFacts('3.13.1', 'lib/python3.13t/site-packages').sitePackages).toBe('lib/python3.13t/site-packages'))
  test.each([
    ['andes = andes.cli:main', { command: 'andes', module: 'andes.cli', func: 'main' }],
    ['jupyter-lab=jupyterlab.labapp:main [extra]', { command: 'jupyter-lab', module: 'jupyterlab.labapp', func: 'main' }]
  ])('entry point %j', (text, ep) => expect(parseEntryPoint(text)).toEqual(ep))
  test.each(['nothing', 'a = b', '../x = m:f'])('refuses entry point %j', text => expect(() => parseEntryPoint(text)).toThrow(/entry point/))
  test('entry point scripts: direct shebang, or /bin/sh when too long', () => {
    const ep = parseEntryPoint('tool = pkg.cli:App.run')
    const short = entryPointScript(ep, '/env/bin/python3.12')
    expect(short.split('\n')[0]).toBe('#!/env/bin/python3.12')
    expect(short).toContain('from pkg.cli import App')
    expect(short).toContain('sys.exit(App.run())')
    const long = entryPointScript(ep, `/${'e'.repeat(130)}/bin/python3.12`)
    expect(long.split('\n').slice(0, 2)).toEqual(['#!/bin/sh', `'''exec' "/${'e'.repeat(130)}/bin/python3.12" "$0" "$@" #'''`])
  })
})

describe('package metadata', () => {
  test.each([
    ['zlib-1.2.11-h7b6447c_3.conda', 'zlib-1.2.11-h7b6447c_3'],
    ['x-1-0.tar.bz2', 'x-1-0'],
    ['x-1-0.zip', null],
    ['.hidden.conda', null],
    ['a/b-1-0.conda', null]
  ])('packageStem(%j)', (fn, stem) => expect(packageStem(fn)).toBe(stem))
  test.each([
    ['/opt/x text bin/a', { placeholder: '/opt/x', mode: 'text', path: 'bin/a' }],
    ['"C:/b d" binary "lib/x y"', { placeholder: 'C:/b d', mode: 'binary', path: 'lib/x y' }],
    ['bin/plain', { placeholder: LEGACY_PLACEHOLDER, mode: 'text', path: 'bin/plain' }],
    ['a b', null]
  ])('has_prefix line %j', (line, out) => expect(parseHasPrefixLine(line)).toEqual(out))
  test.each(['../x', '/etc/passwd', 'conda-meta/x.json', 'a/../../b'])('refuses the path %j', p => expect(() => checkedPath(p)).toThrow(/refusing/))
  test('Windows separators are read as /', () => expect(checkedPath('Lib\\site-packages\\x.py')).toBe('Lib/site-packages/x.py'))
  test.each([
    [{ size: 3, sha256: 'aa', md5: 'bb' }, { size: 3, sha256: 'aa', md5: 'bb' }, 0],
    [{ size: 4 }, { size: 3, sha256: 'aa', md5: 'bb' }, 1],
    [{ sha256: 'AA', md5: 'cc' }, { size: 3, sha256: 'aa', md5: 'bb' }, 1],
    [{}, { size: 3, sha256: 'aa', md5: 'bb' }, 0]
  ])('digest check %#', (want, got, n) => expect(digestProblems(want, got)).toHaveLength(n))
})

describe('conda-meta record', () => {
  test('keys of the real records, link type numbered as conda does', () => {
    const rec = prefixRecord({
      record: { name: 'x', version: '1', build: '0', fn: 'x-1-0.conda', sha256: 'ab', md5: 'cd', size: 3, subdir: 'noarch' },
      url: 'https://h/c/noarch/x-1-0.conda',
      channel: 'https://h/c',
      archive: '/pkgs/x-1-0.conda',
      extracted: '/pkgs/x-1-0',
      linkType: 'copy',
      requestedSpec: 'x',
      paths: [
        { _path: 'a', path_type: 'hardlink', sha256: 'e', sha256_in_prefix: 'e', size_in_bytes: 1 },
        { _path: 'd', path_type: 'directory' }
      ]
    })
    expect(rec).toMatchObject({
      fn: 'x-1-0.conda',
      build_number: 0,
      depends: [],
      link: { source: '/pkgs/x-1-0', type: 3 },
      files: ['a'],
      paths_data: { paths_version: 1 }
    })
    // noarch: no arch or platform is made up
    expect(Object.keys(rec)).not.toEqual(expect.arrayContaining(['arch']))
    expect(rec.requested_specs).toEqual(['x'])
    expect(historyText(new Date(0), 'cmd', [{ channel: 'c', record: { name: 'x', version: '1', build: '0' } }])).toBe(
      '==> 1970-01-01 00:00:00 <==\n# cmd: cmd\n+c::x-1-0\n'
    )
  })
})

describe('conda-meta record fields', () => {
  const input = (record: Record<string, unknown>, requestedSpec: string | null = null) => ({
    record: { name: 'y', version: '2', build: 'h1_0', fn: 'y-2-h1_0.conda', ...record } as never,
    url: 'https://h/c/linux-64/y-2-h1_0.conda',
    channel: 'https://h/c',
    archive: '/pkgs/y-2-h1_0.conda',
    extracted: '/pkgs/y-2-h1_0',
    linkType: 'hardlink' as const,
    requestedSpec,
    paths: []
  })
  test.each([
    ['arch and platform from the subdir when the record lacks them', { subdir: 'linux-64' }, { arch: 'x86_64', platform: 'linux' }],
    ['linux-aarch64', { subdir: 'linux-aarch64' }, { arch: 'aarch64', platform: 'linux' }],
    ["the record's own arch and platform kept", { subdir: 'linux-64', arch: 'x86_64', platform: 'linux' }, { arch: 'x86_64', platform: 'linux' }],
    [
      'constrains, features and track_features as the channel gives them',
      { subdir: 'linux-64', constrains: ['z >=1'], features: 'mkl', track_features: 'debug' },
      { constrains: ['z >=1'], features: 'mkl', track_features: 'debug' }
    ]
  ])('%s', (_what, record, want) => {
    expect(prefixRecord(input(record))).toMatchObject({ ...want, link: { type: 1 } })
  })
  test('requested_spec and requested_specs: the spec that asked for the package; none for a dependency', () => {
    expect(prefixRecord(input({ subdir: 'linux-64' }, 'y >=2'))).toMatchObject({ requested_spec: 'y >=2', requested_specs: ['y >=2'] })
    const dep = prefixRecord(input({ subdir: 'linux-64' }))
    expect(dep.requested_spec).toBeNull()
    expect('requested_specs' in dep).toBe(false)
  })
})
