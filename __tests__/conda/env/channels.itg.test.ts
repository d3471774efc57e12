/**
 * The channels of ../shared/data/conda-packages as they were published, served on loopback: the
 * solver's answers and explanations, repodata variants and the on-disk cache with its validators,
 * offline runs, credentials that never show, downloads that do not match, a prefix too long for a
 * binary placeholder, and the `conda create` command.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { condaCommand } from '../../../src/cli/conda/index.js'
import { createEnvironment } from '../../../src/conda/env/create.js'
import { tempDir } from '../../support/temp.js'
import { channelFor, packagesDir, readManifest, requireCondaPackages, serve, type Served } from './serve.js'

const data = requireCondaPackages()
let server: Served
let root: string
beforeAll(async () => {
  if (!data.ok) return
  server = await serve({ user: 'ci', password: 'hunter2-token' })
  root = tempDir('bw-conda-channels-')
})
afterAll(async () => server?.close())

const create = (name: string, channels: string[], specs: string[], more: Partial<Parameters<typeof createEnvironment>[0]> = {}) => {
  const lines: string[] = []
  const warnings: string[] = []
  const run = createEnvironment({
    prefix: path.join(root, name),
    channels,
    specs,
    subdir: 'linux-64',
    cacheDir: path.join(root, 'cache'),
    log: l => lines.push(l),
    warn: w => warnings.push(w),
    ...more
  })
  return { run, lines, warnings }
}

data.describe('real channels', () => {
  test('a local channel (directory and file:// URL): post-link scripts run in the activated prefix', async () => {
    const dir = path.join(packagesDir, 'conda__conda', 'test-recipes')
    for (const [name, ch] of [
      ['local-dir', dir],
      ['local-url', `file://${dir}`]
    ] as const) {
      const { run, lines } = create(name, [ch], ['post_link_run_in_env_package', 'small-executable'])
      const r = await run
      expect(r.packages.map(p => p.name).sort()).toEqual(['post_link_run_in_env_package', 'small-executable'])
      expect(lines.join('\n')).toContain('Success: TEST_VAR is set correctly')
      // progress at most once a second, the first after a second (src/conda/env/progress.ts): a quick local install prints none
      expect(lines.filter(l => /^\[\d\/2 packages\] /.test(l)).length).toBeLessThanOrEqual(Math.floor(r.seconds))
      const meta = JSON.parse(fs.readFileSync(path.join(root, name, 'conda-meta', 'small-executable-1.0-0.json'), 'utf8'))
      expect(meta.url).toBe(`file://${dir}/noarch/small-executable-1.0-0.conda`)
      expect(fs.readFileSync(path.join(root, name, 'conda-meta', 'history'), 'utf8')).toMatch(
        /^==> .* <==\n# cmd: .*\n\+file:\/\/.*::post_link_run_in_env_package-1\.0-0\n/
      )
    }
  })

  test('an unsatisfiable request fails with the solver explanation, and no prefix is made', async () => {
    const { run } = create('unsat', [`${server.base}/data/conda__conda-build/index_hotfix_pkgs`], ['hotfix_depends_test'], { subdir: 'osx-64' })
    await expect(run).rejects.toThrow(/hotfix_depends_test 1\.0 would require\s+└─ zlib \*, for which no candidates were found/)
    expect(fs.existsSync(path.join(root, 'unsat'))).toBe(false)
  })

  test('repodata.json.bz2 is used when offered; the cache is asked again with If-None-Match, then used offline', async () => {
    const ch = `${server.base}/data/conda__conda-build/index_hotfix_pkgs`
    const cacheDir = path.join(root, 'cache-bz2')
    server.requests.length = 0
    const first = create('bz2-1', [ch], ['remove_test'], { subdir: 'osx-64', cacheDir })
    await first.run
    expect(first.lines[0]).toContain('osx-64 (downloaded, repodata.json.bz2)')
    const asked = server.requests.filter(r => r.url.endsWith('osx-64/repodata.json.zst') || r.url.endsWith('osx-64/repodata.json.bz2'))
    expect(asked.map(r => r.status)).toEqual([404, 200])
    const second = create('bz2-2', [ch], ['remove_test'], { subdir: 'osx-64', cacheDir })
    await second.run
    expect(second.lines[0]).toContain('osx-64 (not-modified, repodata.json.bz2)')
    expect(server.requests.at(-1)?.url).not.toContain('.conda') // the package came from the cache
    expect(server.requests.some(r => r.status === 304 && r.headers['if-none-match'])).toBe(true)
    const before = server.requests.length
    const offline = create('bz2-3', [ch], ['remove_test'], { subdir: 'osx-64', offline: true, cacheDir })
    await offline.run
    expect(offline.lines[0]).toContain('(cache, repodata.json.bz2)')
    expect(server.requests.length).toBe(before)
    await expect(create('bz2-4', [`${server.base}/data/conda__rattler/test-server/repo`], ['test-package'], { offline: true, cacheDir }).run).rejects.toThrow(
      /offline: no cached repodata for .*; run once without --offline/
    )
  })

  test('credentials from the environment reach the server and never the output or conda-meta', async () => {
    process.env.BW_TEST_CONDA_TOKEN = 'hunter2-token'
    const ch = server.base.replace('http://', 'http://ci:${BW_TEST_CONDA_TOKEN}@') + '/private/conda__rattler/test-server/repo'
    const { run, lines, warnings } = create('private', [ch], ['test-package'])
    const r = await run
    expect(r.packages[0]?.url).toBe(`${server.base}/private/conda__rattler/test-server/repo/noarch/test-package-0.1-0.tar.bz2`)
    const meta = fs.readFileSync(path.join(root, 'private', 'conda-meta', 'test-package-0.1-0.json'), 'utf8')
    for (const text of [lines.join('\n'), warnings.join('\n'), meta, fs.readFileSync(path.join(root, 'private', 'conda-meta', 'history'), 'utf8')])
      expect(text).not.toContain('hunter2')
    for (const f of fs.readdirSync(path.join(root, 'cache', 'repodata')))
      expect(fs.readFileSync(path.join(root, 'cache', 'repodata', f), 'utf8')).not.toContain('hunter2')
    await expect(create('private-denied', [`${server.base}/private/conda__rattler/test-server/repo`], ['test-package']).run).rejects.toThrow(
      /HTTP 401; the channel needs credentials/
    )
  })

  test('a download that does not match the repodata is refused and not cached', async () => {
    const e = readManifest().find(m => m.file.endsWith('ripgrep-completions-14.1.1-hb0f4dca_1.conda'))
    if (!e) throw new Error('ripgrep-completions is not in MANIFEST.json')
    const ch = channelFor(e)
    server.channels.set('corrupt', { ...ch, override: { 'ripgrep-completions-14.1.1-hb0f4dca_1.conda': Buffer.alloc(e.size, 1) } })
    await expect(
      create('corrupt', [`${server.base}/gen/corrupt`], ['ripgrep-completions'], { cacheDir: path.join(root, 'cache-corrupt') }).run
    ).rejects.toThrow(/does not match its repodata: sha256 [0-9a-f]{64}, the repodata says/)
    expect(fs.readdirSync(path.join(root, 'cache-corrupt', 'pkgs'))).toEqual([])
  })

  test('a prefix longer than a binary placeholder fails clearly (PaddingError)', async () => {
    const e = readManifest().find(m => m.file.endsWith('kiss-matcher-0.1.0-hb0f4dca_0.conda'))
    if (!e) throw new Error('kiss-matcher is not in MANIFEST.json')
    server.channels.set('kiss', channelFor(e))
    let deep = path.join(root, 'long')
    while (deep.length < 270) deep = path.join(deep, 'deeper-and-deeper')
    await expect(create(path.relative(root, deep), [`${server.base}/gen/kiss`], ['kiss-matcher']).run).rejects.toThrow(
      /kiss-matcher: 'lib\/libkiss_matcher_core\.a': the prefix is \d+ bytes long but the placeholder in this binary file holds 2\d\d; install into a prefix of at most/
    )
  })

  test('build-wheel conda create --json', async () => {
    let out = ''
    const code = await condaCommand(
      [
        'create',
        '--prefix',
        path.join(root, 'cli'),
        '-c',
        `${server.base}/data/conda__rattler/test-server/repo`,
        '--subdir',
        'linux-64',
        '--cache-dir',
        path.join(root, 'cache'),
        '--json',
        'test-package'
      ],
      s => (out += s)
    )
    expect(code).toBe(0)
    const r = JSON.parse(out)
    expect(r.packages.map((p: { name: string }) => p.name)).toEqual(['test-package'])
    expect(await condaCommand(['create', 'x'], () => {})).toBe(2)
  })
})
