/**
 * The conda caches across runs, through the conda-recipe action in process: a channel the suite builds
 * (one package, `dep`) and a source tarball, both served on loopback; the persisted entries in a local
 * folder and in the real @actions/cache against the loopback results service. A second run with empty
 * local caches and neither the source server nor the channel's archives reachable builds from the
 * entries; a tampered source entry and a package entry with a wrong archive are refused and the files
 * downloaded. Nothing is mocked.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { run } from '../../src/actions/conda-recipe/main.js'
import { packEntry } from '../../src/cache/entry.js'
import { chooseStore } from '../../src/cache/store.js'
import { buildRecipe } from '../../src/conda/builder/build.js'
import { packageSetKey } from '../../src/conda/env/persist.js'
import { readCondaInputs } from '../../src/conda/inputs.js'
import { persistableSources, restoreCondaCaches, type CondaStores } from '../../src/conda/persist.js'
import { environmentSpecs } from '../../src/conda/plan/build-plan.js'
import { typedRecipe } from '../../src/conda/recipe/sections.js'
import { hostSubdir } from '../../src/conda/recipe/platforms.js'
import type { RenderedVariant } from '../../src/conda/recipe/render.js'
import { sourceStoreKey } from '../../src/conda/source/persist.js'
import { sourceSpecs, type UrlSource } from '../../src/conda/source/spec.js'
import { InputProblems } from '../../src/lib/inputs.js'
import { captureStdout, inDirectory, withEnv } from '../support/in-process.js'
import { all, requireTool } from '../support/requirements.js'
import { startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { tempDir } from '../support/temp.js'
import { localBuild } from './builder/options.js'

const tools = all(requireTool('bash'), requireTool('tar'))
const sha256 = (f: string): string => createHash('sha256').update(fs.readFileSync(f)).digest('hex')
const SUBDIR = hostSubdir()
const EPOCH = '1700000000'

describe('planning (pure)', () => {
  test.each([
    [{ requirements: { build: ['make'], host: ['zlib', 'python'] } }, { merged: false, build: ['make'], host: ['zlib', 'python'] }],
    [{ requirements: { build: ['make'] } }, { merged: true, build: [], host: ['make'] }],
    [{ requirements: { host: ['zlib'] } }, { merged: false, build: [], host: ['zlib'] }],
    [{ requirements: { run: ['zlib'] } }, { merged: true, build: [], host: [] }],
    [{}, { merged: true, build: [], host: [] }]
  ])('environmentSpecs(%j)', (meta, want) => {
    expect(environmentSpecs(typedRecipe(meta as never))).toEqual(want)
  })

  test('the package key is the sorted sha256 set and the subdir', () => {
    const a = 'a'.repeat(64)
    const b = 'b'.repeat(64)
    expect(packageSetKey('linux-64', [a, b])).toBe(packageSetKey('linux-64', [b, a, a.toUpperCase()]))
    expect(packageSetKey('linux-64', [a, b])).not.toBe(packageSetKey('linux-aarch64', [a, b]))
    expect(packageSetKey('linux-64', [a])).toMatch(/^build-wheel-conda-pkgs-v1-linux-64-[0-9a-f]{64}$/)
  })

  test('sources: one per hash, the strongest hash names the key; unhashed ones apart', () => {
    const md5 = 'c'.repeat(32)
    const sha = 'd'.repeat(64)
    const variant = (source: unknown) => ({ meta: { source } }) as unknown as RenderedVariant
    const got = persistableSources(
      [
        variant([{ url: 'https://x/a.tar.gz', md5, sha256: sha }, { url: 'https://x/b.tar.gz' }, { git_url: 'https://x/r.git' }]),
        variant({ url: 'https://mirror/a.tar.gz', fn: 'a.tar.gz', sha256: sha })
      ],
      '/recipe'
    )
    expect(got.hashed.map(s => sourceStoreKey(s))).toEqual([`build-wheel-conda-src-v1-sha256-${sha}`])
    expect(got.unhashed.map(s => s.fn)).toEqual(['b.tar.gz'])
  })

  test.each([
    ['sha256', '../../etc'],
    ['sha256', 'ab'],
    ['md5', 'z'.repeat(32)]
  ])('a %s that is not hex of its length is a recipe error: %s', (algo, value) => {
    expect(() => sourceSpecs({ url: 'https://x/a.tar.gz', [algo]: value }, '/recipe')).toThrow(/is not \d+ hex digits/)
  })

  test('inputs: cache, cache-dir, service-timeout', async () => {
    const read = async (v: Record<string, string>) => {
      const problems = new InputProblems()
      const r = await readCondaInputs(n => v[n] ?? '', '/base', problems)
      return { r, problems: problems.list.filter(p => !p.startsWith("input 'recipe'")) }
    }
    const d = await read({})
    expect([d.r.cache, d.r['cache-dir'], d.r['service-timeout'], d.problems]).toEqual([true, '', 300, []])
    const s = await read({ cache: 'false', 'cache-dir': 'c', 'service-timeout': '5' })
    expect([s.r.cache, s.r['cache-dir'], s.r['service-timeout'], s.problems]).toEqual([false, '/base/c', 5, []])
    expect((await read({ cache: 'maybe', 'service-timeout': 'soon' })).problems).toEqual([
      expect.stringMatching(/input 'cache'.*true or false/),
      expect.stringMatching(/input 'service-timeout'.*between 1 and 21600/)
    ])
  })
})

tools.test('a source without a hash is not persisted, and the log says so', async () => {
  const dir = tempDir('bw-conda-persist-')
  const stores: CondaStores = { sources: chooseStore('conda-src', dir), packages: chooseStore('conda-pkgs', dir) }
  const lines: string[] = []
  const variant = { meta: { source: { url: 'http://127.0.0.1:9/x.tar.gz' } } } as unknown as RenderedVariant
  const plan = await restoreCondaCaches({
    variants: [variant],
    recipeDir: dir,
    solved: [],
    subdir: SUBDIR,
    cacheDir: path.join(dir, 'c'),
    sourceCacheDir: path.join(dir, 's'),
    stores,
    log: l => lines.push(l),
    warn: l => lines.push(l)
  })
  expect(plan.sources).toEqual([])
  expect(lines.join('\n')).toMatch(/x\.tar\.gz: the recipe gives no md5\/sha1\/sha256, so it is not persisted \(its content is unknown\)/)
})

// ---------------------------------------------------------------------------------------------
// The action end to end

interface Servers {
  readonly channel: string
  readonly source: string
  /** Request paths each server answered. */
  readonly channelHits: string[]
  readonly sourceHits: string[]
  /** Whether the channel serves its archives (repodata is always served). */
  archives: boolean
  closeSource(): Promise<void>
  close(): Promise<void>
}

async function listen(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(handler)
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  let closed = false
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      closed
        ? Promise.resolve()
        : new Promise<void>(r => {
            closed = true
            server.closeAllConnections()
            server.close(() => r())
          })
  }
}

async function startServers(channelDir: string, tarball: string): Promise<Servers> {
  const channelHits: string[] = []
  const sourceHits: string[] = []
  const servers = { archives: true } as { archives: boolean }
  const channel = await listen((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '')
    const file = path.join(channelDir, rel)
    channelHits.push(rel)
    const archive = /\.(conda|tar\.bz2)$/.test(rel)
    if (!file.startsWith(channelDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile() || (archive && !servers.archives))
      return void res.writeHead(404).end()
    res.writeHead(200).end(fs.readFileSync(file))
  })
  const source = await listen((req, res) => {
    sourceHits.push(req.url ?? '')
    res.writeHead(200).end(fs.readFileSync(tarball))
  })
  return Object.assign(servers, {
    channel: channel.url,
    source: source.url,
    channelHits,
    sourceHits,
    closeSource: source.close,
    close: async () => {
      await source.close()
      await channel.close()
    }
  })
}

type Kind = 'local folder' | 'actions cache'

/** One run of the action on a runner of its own (fresh RUNNER_TEMP: empty local caches). */
interface Scenario {
  readonly kind: Kind
  readonly root: string
  readonly cacheDir: string
  readonly svc?: ResultsServiceHandle
  readonly servers: Servers
  readonly recipe: string
  readonly src: UrlSource
}

let shared: { channelDir: string; tarball: string; depArchive: string } | undefined

async function prepare(): Promise<NonNullable<typeof shared>> {
  if (shared) return shared
  const dir = tempDir('bw-conda-persist-')
  const depRecipe = path.join(dir, 'dep')
  fs.mkdirSync(depRecipe)
  fs.writeFileSync(
    path.join(depRecipe, 'meta.yaml'),
    'package:\n  name: dep\n  version: "1.0"\nbuild:\n  number: 0\n  noarch: generic\n  script:\n    - mkdir -p "$PREFIX/share"\n    - echo dep > "$PREFIX/share/dep.txt"\n'
  )
  const channelDir = path.join(dir, 'channel')
  const { result: built } = await captureStdout(() => buildRecipe(localBuild(dir, { recipe: depRecipe, outputDir: channelDir, sourceDateEpoch: EPOCH })))
  const tree = path.join(dir, 'tree')
  fs.mkdirSync(path.join(tree, 'app-1.0'), { recursive: true })
  fs.writeFileSync(path.join(tree, 'app-1.0', 'hello.txt'), 'hello from the source\n')
  const tarball = path.join(dir, 'app-1.0.tar.gz')
  execFileSync('tar', ['-C', tree, '-czf', tarball, 'app-1.0'])
  shared = { channelDir, tarball, depArchive: built.packages[0].path }
  return shared
}

async function scenario(kind: Kind): Promise<Scenario> {
  const { channelDir, tarball } = await prepare()
  const root = tempDir('bw-conda-persist-run-')
  const servers = await startServers(channelDir, tarball)
  const svc = kind === 'actions cache' ? await startResultsService() : undefined
  const recipe = path.join(root, 'recipe')
  fs.mkdirSync(recipe)
  const source = { url: `${servers.source}/app-1.0.tar.gz`, sha256: sha256(tarball) }
  fs.writeFileSync(
    path.join(recipe, 'meta.yaml'),
    [
      'package:\n  name: app\n  version: "1.0"',
      `source:\n  url: ${source.url}\n  sha256: ${source.sha256}`,
      'build:\n  number: 0\n  noarch: generic\n  script:\n    - test -f "$PREFIX/share/dep.txt"\n    - mkdir -p "$PREFIX/share"\n    - cp hello.txt "$PREFIX/share/app.txt"',
      'requirements:\n  build:\n    - dep',
      ''
    ].join('\n')
  )
  const src = sourceSpecs(source, recipe)[0] as UrlSource
  return { kind, root, cacheDir: path.join(root, 'store'), svc, servers, recipe, src }
}

async function finish(s: Scenario): Promise<void> {
  await s.servers.close()
  await s.svc?.close()
}

/** The environment of a job on runner `name` of the scenario; its own workspace and RUNNER_TEMP. */
function runnerEnv(s: Scenario, name: string): { env: Record<string, string | undefined>; workspace: string; temp: string } {
  const workspace = path.join(s.root, name, 'work')
  const temp = path.join(s.root, name, 'temp')
  fs.mkdirSync(workspace, { recursive: true })
  fs.mkdirSync(temp, { recursive: true })
  const env: Record<string, string | undefined> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_SERVER_URL: undefined,
    ACTIONS_CACHE_URL: undefined,
    ACTIONS_RESULTS_URL: undefined,
    ACTIONS_RUNTIME_TOKEN: undefined,
    ACTIONS_CACHE_SERVICE_V2: undefined,
    GITHUB_STEP_SUMMARY: undefined,
    SOURCE_DATE_EPOCH: EPOCH,
    ...(s.svc?.env ?? {})
  }
  return { env, workspace, temp }
}

async function runAction(s: Scenario, name: string) {
  const r = runnerEnv(s, name)
  const output = path.join(r.temp, 'github-output')
  fs.writeFileSync(output, '')
  const inputs: Record<string, string> = {
    recipe: s.recipe,
    channels: s.servers.channel,
    'output-dir': path.join(r.temp, 'out'),
    test: 'false',
    'service-timeout': '30',
    ...(s.kind === 'local folder' ? { 'cache-dir': s.cacheDir } : {})
  }
  const env = { ...r.env, GITHUB_OUTPUT: output, ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) }
  const got = await captureStdout(() =>
    withEnv(env, () =>
      inDirectory(r.workspace, async () => {
        await run()
        return process.exitCode ?? 0
      })
    )
  )
  process.exitCode = 0
  if (got.result !== 0) throw new Error(`the action failed:\n${got.errors.join('\n')}\n${got.stdout.slice(-4000)}`)
  const built = fs.readdirSync(path.join(r.temp, 'out', 'noarch')).filter(f => f.endsWith('.conda'))
  expect(built).toEqual([expect.stringMatching(/^app-1\.0-/)])
  return got
}

/** Save `file` under `key` in the scenario's store, as a runner would (for tampered entries). */
async function plant(s: Scenario, storeName: string, key: string, root: string, files: string[]): Promise<void> {
  const r = runnerEnv(s, 'planter')
  const entry = path.join(r.temp, 'entry.tar.zst')
  await packEntry(root, files, key, entry, { mtime: 0, zstdLevel: 1 })
  const saved = await captureStdout(() =>
    withEnv(r.env, () => inDirectory(r.workspace, () => chooseStore(storeName, s.kind === 'local folder' ? s.cacheDir : '', 30).save(key, entry)))
  )
  expect(saved.result).toBe(true)
}

function storedKeys(s: Scenario): string[] {
  if (s.svc) return s.svc.caches().map(c => c.key)
  return ['conda-src', 'conda-pkgs'].flatMap(n =>
    fs.existsSync(path.join(s.cacheDir, n)) ? fs.readdirSync(path.join(s.cacheDir, n)).map(f => f.replace(/\.tar\.zst$/, '')) : []
  )
}

const pkgKey = (): string => packageSetKey(SUBDIR, [sha256((shared as NonNullable<typeof shared>).depArchive)])

describe.each<Kind>(['local folder', 'actions cache'])('persisted in the %s', kind => {
  tools.test(
    'a second run with empty local caches, no source server and no channel archives builds from the entries',
    async () => {
      const s = await scenario(kind)
      try {
        const first = await runAction(s, 'runner-a')
        expect(first.warnings).toEqual([])
        expect(first.stdout).toMatch(/app-1\.0\.tar\.gz: miss/)
        expect(first.stdout).toMatch(/Conda caches: save: done in \d+\.\d s/)
        expect(storedKeys(s).sort()).toEqual([pkgKey(), sourceStoreKey(s.src)].sort())
        expect(s.servers.sourceHits).toHaveLength(1)

        await s.servers.closeSource()
        s.servers.archives = false
        const archivesBefore = s.servers.channelHits.filter(h => /\.conda$/.test(h)).length
        const second = await runAction(s, 'runner-b')
        expect(second.warnings).toEqual([])
        expect(second.stdout).toMatch(/app-1\.0\.tar\.gz: hit, restored and verified/)
        expect(second.stdout).toMatch(/hit: 1 archive\(s\) restored and verified/)
        expect(second.stdout).toMatch(/nothing new was downloaded/)
        expect(s.servers.channelHits.filter(h => /\.conda$/.test(h)).length).toBe(archivesBefore)
      } finally {
        await finish(s)
      }
    },
    180_000
  )

  tools.test(
    'a tampered source entry is refused and the source downloaded again',
    async () => {
      const s = await scenario(kind)
      try {
        const bad = path.join(s.root, 'bad')
        fs.mkdirSync(bad)
        fs.writeFileSync(path.join(bad, s.src.fn), 'not the tarball\n')
        await plant(s, 'conda-src', sourceStoreKey(s.src) as string, bad, [s.src.fn])
        const got = await runAction(s, 'runner')
        expect(got.warnings.join('\n')).toMatch(
          /the persisted source app-1\.0\.tar\.gz \(build-wheel-conda-src-v1-sha256-[0-9a-f]{64}\) was refused: its sha256 is [0-9a-f]{64}, the recipe says [0-9a-f]{64}/
        )
        expect(s.servers.sourceHits).toHaveLength(1)
      } finally {
        await finish(s)
      }
    },
    180_000
  )

  tools.test(
    'a package entry with a wrong archive is refused and the package downloaded',
    async () => {
      const s = await scenario(kind)
      try {
        const fn = path.basename((shared as NonNullable<typeof shared>).depArchive)
        const bad = path.join(s.root, 'bad')
        fs.mkdirSync(bad)
        fs.writeFileSync(path.join(bad, fn), 'not the package\n')
        await plant(s, 'conda-pkgs', pkgKey(), bad, [fn])
        const got = await runAction(s, 'runner')
        expect(got.warnings.join('\n')).toMatch(
          new RegExp(`the persisted package cache entry ${pkgKey()} was refused: ${fn.replace(/\./g, '\\.')}: size \\d+, the repodata says \\d+`)
        )
        expect(s.servers.channelHits).toContain(`noarch/${fn}`)
      } finally {
        await finish(s)
      }
    },
    180_000
  )
})
