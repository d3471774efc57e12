/**
 * The toolchain recipes of examples/conda-toolchain, built by the suite from this machine's tools:
 * each recipe builds (with its own tests); the channel holds every package at the tools' versions;
 * the python package runs from two prefixes at different paths, each seeing its own prefix; the gcc
 * package's activation sets CC and the flags inside the build of a recipe that asks for
 * compiler('c'), and its run_exports reach that recipe's package; deactivation puts back what
 * activation replaced. Bad input: a recipe, and the toolchain command, on a PATH without the tool.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildRecipe } from '../../../src/conda/builder/build.js'
import { condaCommand } from '../../../src/cli/conda/index.js'
import { createEnvironment } from '../../../src/conda/env/create.js'
import { machinePythons, machineTool } from '../../../src/conda/toolchain-machine.js'
import { renderToolchain, toolchainKey } from '../../../src/conda/toolchain.js'
import { readElf } from '../../../src/elf/elf.js'
import { withEnv } from '../../support/in-process.js'
import { all, need } from '../../support/requirements.js'
import { recipe, tmp } from '../helpers.js'
import { FIXTURE_CACHE, TOOLCHAIN_RECIPES_DIR, toolchainChannel, toolchainTools } from './toolchain.js'

/** Run the conda command in this process; its exit code, what it printed and what it wrote to stderr. */
async function conda(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const write = process.stderr.write.bind(process.stderr)
  process.stderr.write = (s: string | Uint8Array) => {
    err += String(s)
    return true
  }
  try {
    const code = await condaCommand(args, s => (out += s))
    return { code, out, err }
  } finally {
    process.stderr.write = write
  }
}

const repodata = (channel: string): Record<string, { name: string; version: string; depends: string[] }> =>
  JSON.parse(fs.readFileSync(path.join(channel, 'linux-64', 'repodata.json'), 'utf8'))['packages.conda']

toolchainTools.describe('the toolchain channel from this machine', () => {
  let channel: string
  let dir: string
  const gcc = (): ReturnType<typeof machineTool> => machineTool('gcc', process.env)
  beforeAll(async () => {
    dir = tmp('conda-tc-')
    channel = (await toolchainChannel()).channel
  }, 600_000)

  test('every recipe is in the channel, at the version of the tool it repackages', () => {
    const got = Object.values(repodata(channel)).map(p => `${p.name} ${p.version}`)
    const v = gcc().version
    const py = machinePythons(process.env)[0].version
    expect(got.sort()).toEqual(
      [
        `gcc_linux-64 ${v}`,
        `gxx_linux-64 ${machineTool('g++', process.env).version}`,
        `libgcc-ng ${v}`,
        `libstdcxx-ng ${v}`,
        `make ${machineTool('make', process.env).version}`,
        `python ${py}`
      ].sort()
    )
    expect(fs.existsSync(path.join(channel, 'broken'))).toBe(false)
  })

  test.each(['make', 'gcc_linux-64'])(
    '%s builds with conda build and --output-dir alone (its tests pass)',
    async name => {
      const out = path.join(dir, `out-${name}`)
      const r = await conda([
        'build',
        path.join(TOOLCHAIN_RECIPES_DIR, name),
        '--output-dir',
        out,
        '--croot',
        path.join(dir, 'w'),
        '--cache-dir',
        path.join(dir, 'cache')
      ])
      expect([r.code, r.err]).toEqual([0, expect.any(String)])
      expect(r.out).toMatch(/tests passed \(run_test\.sh\)/)
      const files = fs.readdirSync(path.join(out, 'linux-64')).filter(f => f.endsWith('.conda'))
      expect(files).toEqual([expect.stringMatching(new RegExp(`^${name}-\\d[\\d.]*-0\\.conda$`))])
      if (name === 'make') {
        // the machine's binary itself, not a wrapper naming it
        const prefix = path.join(dir, 'make-env')
        await createEnvironment({ prefix, channels: [out], specs: ['make'], cacheDir: path.join(dir, 'cache') })
        const made = path.join(prefix, 'bin', 'make')
        expect(fs.lstatSync(made).isFile()).toBe(true)
        expect(fs.readFileSync(made).equals(fs.readFileSync(machineTool('make', process.env).path))).toBe(true)
      }
    },
    120_000
  )

  test('python installed into two prefixes at different paths runs from each, seeing its own prefix', async () => {
    const prefixes = [path.join(dir, 'a'), path.join(dir, 'deeper', 'path', 'b')]
    const xy = machinePythons(process.env)[0].version.split('.').slice(0, 2).join('.')
    for (const prefix of prefixes) {
      const r = await conda(['create', '--prefix', prefix, '-c', channel, '--cache-dir', path.join(FIXTURE_CACHE, 'conda'), 'python'])
      expect([r.code, r.err]).toEqual([0, expect.any(String)])
      const printed = execFileSync(path.join(prefix, 'bin', 'python'), ['-c', 'import sys, ssl, sqlite3; print(sys.prefix)'], { encoding: 'utf8' })
      expect(printed.trim()).toBe(prefix)
      // relocatable: libpython found through $ORIGIN, the prefix written into the sysconfig data
      expect(readElf(fs.readFileSync(path.join(prefix, 'bin', `python${xy}`))).rpath).toBe('$ORIGIN/../lib')
      const data = fs.readdirSync(path.join(prefix, 'lib', `python${xy}`)).find(f => f.startsWith('_sysconfigdata_'))
      expect(fs.readFileSync(path.join(prefix, 'lib', `python${xy}`, data!), 'utf8')).toContain(`'prefix': '${prefix}'`)
      expect(fs.existsSync(path.join(prefix, 'lib', `python${xy}`, 'site-packages'))).toBe(true)
      expect(fs.existsSync(path.join(prefix, 'lib', `python${xy}`, 'test'))).toBe(false)
    }
  }, 120_000)

  test("gcc_linux-64's activation sets CC and the flags in the build of a recipe asking for compiler('c')", async () => {
    const r = recipe({
      'meta.yaml': 'package:\n  name: hello-tc\n  version: "1"\nrequirements:\n  build:\n    - {{ compiler(\'c\') }}\ntest:\n  commands:\n    - hello-tc\n',
      'hello.c': '#include <stdio.h>\nint main(void) { puts("compiled with the toolchain"); return 0; }\n',
      'build.sh': [
        'mkdir -p "$PREFIX/bin" "$PREFIX/share/hello-tc"',
        'for v in CC CFLAGS CPPFLAGS LDFLAGS HOST BUILD; do printf "%s=%s\\n" "$v" "$(printenv "$v")"; done > "$PREFIX/share/hello-tc/env.txt"',
        '$CC $CPPFLAGS $CFLAGS "$RECIPE_DIR/hello.c" -o "$PREFIX/bin/hello-tc" $LDFLAGS',
        ''
      ].join('\n')
    })
    const out = path.join(dir, 'hello-out')
    const built = await buildRecipe({
      recipe: r,
      outputDir: out,
      channels: [channel],
      format: 'conda',
      test: true,
      keepWork: false,
      croot: path.join(dir, 'w'),
      cacheDir: path.join(dir, 'cache'),
      sourceCacheDir: path.join(dir, 'src'),
      sourceDateEpoch: '1700000000'
    })
    expect(built.packages[0].tested).toEqual(['run_test.sh'])
    const info = Object.values(repodata(out))[0]
    expect(info.depends).toEqual([`libgcc-ng >=${gcc().version}`]) // gcc_linux-64's run_exports
    const prefix = path.join(dir, 'hello-env')
    await createEnvironment({ prefix, channels: [out, channel], specs: ['hello-tc'], cacheDir: path.join(dir, 'cache') })
    expect(execFileSync(path.join(prefix, 'bin', 'hello-tc'), { encoding: 'utf8' })).toBe('compiled with the toolchain\n')
    const env = Object.fromEntries(
      fs
        .readFileSync(path.join(prefix, 'share', 'hello-tc', 'env.txt'), 'utf8')
        .trim()
        .split('\n')
        .map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
    )
    expect(env).toMatchObject({ CC: gcc().path, HOST: gcc().triplet, BUILD: gcc().triplet })
    expect(env.CPPFLAGS).toMatch(/^-DNDEBUG -D_FORTIFY_SOURCE=2 -O2 -isystem \S+\/include$/)
    expect(env.CFLAGS).toMatch(/-fPIC -fstack-protector-strong .*-isystem \S+\/include/)
    expect(env.LDFLAGS).toMatch(/-Wl,-O2 .*-Wl,-rpath,\S+\/lib -Wl,-rpath-link,\S+\/lib -L\S+\/lib$/)
  }, 120_000)

  test('deactivation puts back what activation replaced', async () => {
    const prefix = path.join(dir, 'gxx-env')
    await createEnvironment({ prefix, channels: [channel], specs: ['gxx_linux-64'], cacheDir: path.join(dir, 'cache') })
    const script = [
      'export CC=before CONDA_PREFIX="$1"; unset CXX CFLAGS',
      'for f in "$1"/etc/conda/activate.d/*.sh; do . "$f"; done',
      'echo "active: $CC|$CXX|${CONDA_BACKUP_CC-}|${CFLAGS:+set}"',
      'for f in "$1"/etc/conda/deactivate.d/*.sh; do . "$f"; done',
      'echo "after: $CC|${CXX-unset}|${CONDA_BACKUP_CC-none}|${CFLAGS-unset}"'
    ].join('\n')
    const printed = execFileSync('bash', ['--noprofile', '--norc', '-c', script, 'test', prefix], { encoding: 'utf8' })
    const gxx = machineTool('g++', process.env)
    expect(printed).toBe(`active: ${gcc().path}|${gxx.path}|before|set\nafter: before|unset|none|unset\n`)
  }, 120_000)
})

toolchainTools.test("the channel's cache key follows the recipes' files, the tools they render to, and the compression", () => {
  const dir = tmp('conda-tc-key-')
  fs.cpSync(TOOLCHAIN_RECIPES_DIR, dir, { recursive: true })
  const rendered = renderToolchain({ recipesDir: dir })
  const key = toolchainKey(rendered, 'conda', 3)
  expect(key).toMatch(/^[0-9a-f]{24}$/)
  expect(toolchainKey(renderToolchain({ recipesDir: dir }), 'conda', 3)).toBe(key)
  expect(toolchainKey(rendered, 'conda', 19)).not.toBe(key)
  // another make (a new version on the machine) renders to another recipe
  const otherTool = rendered.map(r => (r.name === 'make' ? { ...r, rendered: r.rendered.replace(/"version":"[^"]*"/, '"version":"99.0"') } : r))
  expect(toolchainKey(otherTool, 'conda', 3)).not.toBe(key)
  fs.appendFileSync(path.join(dir, 'make', 'build.sh'), '# changed\n')
  expect(toolchainKey(renderToolchain({ recipesDir: dir }), 'conda', 3)).not.toBe(key)
})

describe('choosing the CPython with a variant', () => {
  const pythons = machinePythons(process.env)
  const older = pythons.find(p => p.minor !== pythons[0]?.minor)
  all(toolchainTools, need(Boolean(older), 'this machine has CPython 3 of one minor version only')).test(
    'python=X.Y repackages that CPython instead of the newest',
    () => {
      const xy = `${older!.major}.${older!.minor}`
      const r = renderToolchain({ recipesDir: TOOLCHAIN_RECIPES_DIR, variants: { python: [xy] } }).find(x => x.name === 'python')!
      expect(JSON.parse(r.rendered)[0].slice(0, 2)).toEqual(['python', older!.version])
      expect(r.rendered).toContain(`python >=${xy},<${older!.major}.${older!.minor + 1}.0a0`)
    }
  )
})

describe('a machine without the tool', () => {
  test('a toolchain recipe on a PATH without make: the error names make and what to install, nothing is built', async () => {
    const dir = tmp('conda-tc-nomake-')
    const r = await withEnv({ PATH: path.join(dir, 'empty-bin') }, () =>
      conda([
        'build',
        path.join(TOOLCHAIN_RECIPES_DIR, 'make'),
        '--output-dir',
        path.join(dir, 'out'),
        '--croot',
        path.join(dir, 'w'),
        '--cache-dir',
        path.join(dir, 'c')
      ])
    )
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/make is not on this machine's PATH \(.*empty-bin\): install make \(Debian\/Ubuntu: apt-get install make\)/)
    expect(fs.existsSync(path.join(dir, 'out', 'linux-64'))).toBe(false)
  })

  test('the toolchain command on a PATH with make but no gcc: every missing tool named before anything builds', async () => {
    const dir = tmp('conda-tc-nogcc-')
    const bin = path.join(dir, 'bin')
    fs.mkdirSync(bin)
    fs.symlinkSync(machineTool('make', process.env).path, path.join(bin, 'make'))
    const r = await withEnv({ PATH: bin }, () =>
      conda(['toolchain', '--output-dir', path.join(dir, 'out'), '--croot', path.join(dir, 'w'), '--cache-dir', path.join(dir, 'c')])
    )
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/the toolchain cannot be built on this machine:\n {2}libgcc-ng: (\S+: )?gcc is not on this machine's PATH .*install gcc/)
    expect(r.err).toMatch(/\n {2}gxx_linux-64: (\S+: )?g\+\+ is not on this machine's PATH .*install g\+\+/)
    expect(r.err).not.toMatch(/make:|python:/)
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false)
  })
})
