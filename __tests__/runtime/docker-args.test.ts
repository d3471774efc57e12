// The engine's command lines and the pure decisions around them: table tests, no engine needed.
import { InputProblems } from '../../src/lib/inputs.js'
import { localMatches } from '../../src/runtime/container.js'
import { apiAtLeast, chownArgv, createArgs, engineReadsVariable, execArgs, LABELS, mountArg, pullArgs, runLabel } from '../../src/runtime/docker-args.js'
import { parseContainerInspect } from '../../src/runtime/docker.js'
import { mapPath } from '../../src/runtime/paths.js'
import { containerEnv } from '../../src/runtime/forward.js'
import { enginePlatform, manylinuxArch, repositoryOf, resolveImage } from '../../src/runtime/images.js'
import { readRuntimeChoice } from '../../src/runtime/select.js'

const D = `sha256:${'a'.repeat(64)}`

describe('createArgs', () => {
  test.each([
    [
      'the workspace and a temp folder at the same paths, env by name only',
      { name: 'bw-1', image: 'quay.io/pypa/manylinux2014_x86_64', mounts: [{ host: '/w', container: '/w' }], envNames: ['CI'], labels: { a: 'b' } },
      [
        'create',
        '--name',
        'bw-1',
        '--pull',
        'never',
        '--stop-signal',
        'SIGKILL',
        '--mount',
        'type=bind,source=/w,target=/w',
        '--env',
        'CI',
        '--label',
        'a=b',
        'quay.io/pypa/manylinux2014_x86_64',
        'tail',
        '-f',
        '/dev/null'
      ]
    ],
    [
      'platform, network, workdir, a read-only mount',
      {
        name: 'n',
        image: 'i',
        platform: 'linux/arm64',
        network: 'none',
        workdir: '/w',
        mounts: [{ host: '/a b', container: '/x', readOnly: true }],
        envNames: [],
        labels: {}
      },
      [
        'create',
        '--name',
        'n',
        '--pull',
        'never',
        '--stop-signal',
        'SIGKILL',
        '--platform',
        'linux/arm64',
        '--network',
        'none',
        '--workdir',
        '/w',
        '--mount',
        'type=bind,source=/a b,target=/x,readonly',
        'i',
        'tail',
        '-f',
        '/dev/null'
      ]
    ]
  ])('%s', (_, spec, argv) => expect(createArgs(spec)).toEqual(argv))

  test('a secret value never appears in the argv', () => {
    const env = containerEnv({ ACTIONS_RUNTIME_TOKEN: 'tok-secret', HOME: '/root' }, [], { MY: 'value-secret' })
    const argv = createArgs({ name: 'n', image: 'i', mounts: [], envNames: Object.keys(env), labels: {} })
    expect(argv.join(' ')).not.toMatch(/secret/)
    expect(argv).toEqual(expect.arrayContaining(['--env', 'ACTIONS_RUNTIME_TOKEN', '--env', 'MY']))
    expect(argv).not.toContain('HOME')
  })

  test.each([['/a,b'], ['relative']])('a mount path %s is refused', p =>
    expect(() => mountArg({ host: p, container: '/x' })).toThrow(/absolute path without commas/)
  )
})

describe('execArgs', () => {
  test.each([
    [{ container: 'c', argv: ['make', '-j1'] }, ['exec', 'c', 'make', '-j1']],
    [
      { container: 'c', argv: ['python', '-c', 'print(1); $(rm -rf /)'], cwd: '/w/p', envNames: ['A', 'B'] },
      ['exec', '--workdir', '/w/p', '--env', 'A', '--env', 'B', 'c', 'python', '-c', 'print(1); $(rm -rf /)']
    ],
    [{ container: 'c', argv: ['id'], user: '0', interactive: true }, ['exec', '--interactive', '--user', '0', 'c', 'id']],
    [
      { container: 'c', argv: ['make'], envNames: ['CC'], envInline: ['PATH=/v/bin:/usr/bin'] },
      ['exec', '--env', 'CC', '--env', 'PATH=/v/bin:/usr/bin', 'c', 'make']
    ]
  ])('%j', (spec, argv) => expect(execArgs(spec)).toEqual(argv))
  test('empty argv is refused', () => expect(() => execArgs({ container: 'c', argv: [] })).toThrow(/empty/))
})

describe('engineReadsVariable: what the CLI reads itself travels on the command line, the rest by name', () => {
  test.each([
    ['PATH', true],
    ['HOME', true],
    ['LD_LIBRARY_PATH', true],
    ['DOCKER_HOST', true],
    ['CONTAINERS_CONF', true],
    ['XDG_RUNTIME_DIR', true],
    ['https_proxy', true],
    ['CC', false],
    ['CFLAGS', false],
    ['PIP_INDEX_URL', false],
    ['SOURCE_DATE_EPOCH', false],
    ['PATHS', false],
    ['MY_PATH', false]
  ])('%s: %s', (name, inline) => expect(engineReadsVariable(name)).toBe(inline))
})

describe('chown, pull, versions', () => {
  test('chown never follows links and ends options', () =>
    expect(chownArgv('1001:121', ['/w', '/t'])).toEqual(['chown', '-R', '-h', '1001:121', '--', '/w', '/t']))
  test.each([['root'], ['1001'], ['1:2;rm']])('chown owner %s refused', o => expect(() => chownArgv(o, ['/w'])).toThrow(/uid:gid/))
  test('pull with a platform', () => expect(pullArgs('r/i:t', 'linux/amd64')).toEqual(['pull', '--platform', 'linux/amd64', 'r/i:t']))
  test.each([
    ['1.41', '1.41', true],
    ['1.43', '1.41', true],
    ['1.40', '1.41', false],
    ['2.0', '1.41', true],
    ['4.3.1', '3.0', true],
    ['garbage', '1.41', false]
  ])('apiAtLeast(%s, %s) = %s', (v, min, ok) => expect(apiAtLeast(v, min)).toBe(ok))
})

describe('images', () => {
  test.each([
    ['manylinux2014', 'x86_64', '', 'quay.io/pypa/manylinux2014_x86_64'],
    ['manylinux_2_28', 'aarch64', '', 'quay.io/pypa/manylinux_2_28_aarch64'],
    ['musllinux_1_2', 'armv7l', '', 'quay.io/pypa/musllinux_1_2_armv7l'],
    ['manylinux_2_34', 'x86_64', D, `quay.io/pypa/manylinux_2_34_x86_64@${D}`],
    ['127.0.0.1:5000/pypa/standin:abc', 'x86_64', '', '127.0.0.1:5000/pypa/standin:abc'],
    ['ghcr.io/me/img', 'x86_64', '', 'ghcr.io/me/img']
  ])('%s for %s', (image, arch, digest, ref) => expect(resolveImage(image, arch, digest)).toEqual(expect.objectContaining({ reference: ref })))
  test.each([
    ['manylinux1', 'x86_64', '', /'manylinux1' is not a known policy; accepted: manylinux2014, manylinux_2_28, manylinux_2_34, musllinux_1_2/],
    ['manylinux_2_28', 'armv7l', '', /no image for armv7l; it exists for x86_64, i686, aarch64, ppc64le, s390x/],
    ['Not An Image', 'x86_64', '', /not an image reference/],
    ['manylinux2014', 'x86_64', 'sha256:12', /not sha256:<64 hex>/],
    [`x/y@${D}`, 'x86_64', `sha256:${'b'.repeat(64)}`, /already pins/]
  ])('%s: refused', (image, arch, digest, msg) => {
    const r = resolveImage(image, arch, digest)
    expect('problem' in r && r.problem).toMatch(msg)
  })
  test.each([
    ['x64', 'x86_64', 'linux/amd64'],
    ['arm64', 'aarch64', 'linux/arm64'],
    ['s390x', 's390x', 'linux/s390x']
  ])('%s', (m, arch, platform) => {
    expect(manylinuxArch(m)).toBe(arch)
    expect(enginePlatform(arch)).toBe(platform)
  })
  test.each([
    ['quay.io/pypa/x:tag', 'quay.io/pypa/x'],
    ['127.0.0.1:5000/a/b:t', '127.0.0.1:5000/a/b'],
    [`r/i@${D}`, 'r/i'],
    ['i', 'i']
  ])('repositoryOf %s', (r, repo) => expect(repositoryOf(r)).toBe(repo))
})

describe('localMatches: when the pull is skipped', () => {
  const local = { id: 'sha256:1', repoDigests: [`quay.io/pypa/x@${D}`], platform: 'linux/amd64' }
  test.each([
    ['no local image', undefined, 'quay.io/pypa/x', 'linux/amd64', false],
    ['a tag, right platform', local, 'quay.io/pypa/x:t', 'linux/amd64', true],
    ['another platform', local, 'quay.io/pypa/x', 'linux/arm64', false],
    ['the pinned digest', local, `quay.io/pypa/x@${D}`, 'linux/amd64', true],
    ['another digest', local, `quay.io/pypa/x@sha256:${'c'.repeat(64)}`, 'linux/amd64', false]
  ])('%s', (_, l, ref, platform, ok) => expect(localMatches(l, ref, platform)).toBe(ok))
})

describe('path mapping through mounts', () => {
  const mounts = [
    { host: '/home/r/work', container: '/home/r/work' },
    { host: '/home/r/work', container: '/build' },
    { host: '/tmp/t', container: '/tmp/t' },
    { host: '/opt/idx', container: '/idx', readOnly: true }
  ]
  test.each([
    ['/home/r/work/p/x.c', 'host', '/home/r/work/p/x.c'],
    ['/home/r/work', 'host', '/home/r/work'],
    ['/home/r/workshop', 'host', undefined],
    ['/opt/idx/simple', 'host', '/idx/simple'],
    ['/etc/passwd', 'host', undefined],
    ['/build/lib', 'container', '/home/r/work/lib'],
    ['/idx/a/../b', 'container', '/opt/idx/b'],
    ['/usr/lib', 'container', undefined]
  ])('%s from %s', (p, from, out) => expect(mapPath(p, mounts, from as 'host' | 'container')).toBe(out))

  test('inspect output: env, labels, bind mounts, state', () => {
    const facts = parseContainerInspect(
      JSON.stringify({
        Id: 'abc',
        Name: '/bw-1',
        Image: 'sha256:img',
        Config: { Image: 'quay.io/pypa/m', Env: ['PATH=/usr/bin', 'AUDITWHEEL_PLAT=manylinux2014_x86_64', 'EQ=a=b'], Labels: { [LABELS.temp]: '/tmp/t' } },
        State: { Running: false, Status: 'exited', ExitCode: 137 },
        Mounts: [
          { Type: 'bind', Source: '/w', Destination: '/w', RW: true },
          { Type: 'volume', Source: '/var/lib/x', Destination: '/v' }
        ]
      })
    )
    expect(facts).toEqual(
      expect.objectContaining({
        id: 'abc',
        name: 'bw-1',
        imageId: 'sha256:img',
        running: false,
        status: 'exited',
        exitCode: 137,
        mounts: [{ host: '/w', container: '/w', readOnly: false }]
      })
    )
    expect(facts.env).toEqual({ PATH: '/usr/bin', AUDITWHEEL_PLAT: 'manylinux2014_x86_64', EQ: 'a=b' })
  })

  test("podman's inspect output: a list of one, a name without a slash, an image id without sha256:", () => {
    const id = 'a'.repeat(64)
    const facts = parseContainerInspect(
      JSON.stringify([{ Id: 'abc', Name: 'bw-1', Image: id, Config: { Image: 'localhost/i:t' }, State: { Running: true, Status: 'running' } }])
    )
    expect(facts).toEqual(expect.objectContaining({ id: 'abc', name: 'bw-1', imageId: `sha256:${id}`, running: true, mounts: [] }))
    expect(() => parseContainerInspect('[]')).toThrow(/0 objects/)
  })
})

describe('readRuntimeChoice: every problem at once', () => {
  const read = (inputs: Record<string, string>): { problems: string[]; choice: ReturnType<typeof readRuntimeChoice> } => {
    const p = new InputProblems()
    const choice = readRuntimeChoice(n => inputs[n] ?? '', p)
    return { problems: p.list, choice }
  }
  test.each([
    [{}, [], { engine: 'auto', image: '', container: '' }],
    [{ engine: 'none' }, [], { engine: 'none', image: '', container: '' }],
    [{ image: 'manylinux2014' }, [], { engine: 'auto', container: '' }],
    [{ container: 'bw-1' }, [], { engine: 'auto', image: '', container: 'bw-1' }]
  ])('%j', (inputs, problems, choice) => {
    const r = read(inputs)
    expect(r.problems).toEqual(problems)
    expect(r.choice).toEqual(expect.objectContaining(choice))
  })
  test('unknown shorthand, engine without image, both image and container', () => {
    expect(read({ image: 'manylinux_2_99' }).problems).toEqual([
      expect.stringMatching(/^input 'image': 'manylinux_2_99' is not a known policy; accepted: manylinux2014, manylinux_2_28/)
    ])
    expect(read({ engine: 'docker' }).problems).toEqual([expect.stringMatching(/engine: docker needs an image .* or use engine: host/)])
    expect(read({ engine: 'kubernetes', image: 'x', container: 'c' }).problems).toEqual([
      expect.stringMatching(/input 'engine': 'kubernetes' is not accepted; accepted: auto, host, none, docker, podman/),
      expect.stringMatching(/input 'image': give either image or container/)
    ])
  })
})

describe('runLabel: which run a container belongs to', () => {
  test.each([
    [{ BUILD_WHEEL_RUN_ID: 'test-1', GITHUB_RUN_ID: '9' }, 'test-1'],
    [{ GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2' }, '9.2'],
    [{ GITHUB_RUN_ID: '9' }, '9.1'],
    [{}, 'local']
  ])('%j -> %s', (env, label) => expect(runLabel(env)).toBe(label))
})
