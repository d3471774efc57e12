// The conda source and package caches through the Actions cache store, restored by the suite's own
// reader: good entries saved by the real @actions/cache (saveCache) against the loopback results
// service come back verified; hostile archives planted under the same key and version are refused
// with a warning, nothing is written outside the private folder (sentinels, the workspace's own
// files), and the file is downloaded as usual (the outcome is a miss).
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { cacheVersion, compressionMethod } from '../../src/cache/actions-lookup.js'
import { ActionsCacheStore } from '../../src/cache/store.js'
import { packageSetKey, restorePackages, savePackages, type PackageSet } from '../../src/conda/env/persist.js'
import { restoreSource, saveSource, sourceCacheFile, sourceStoreKey } from '../../src/conda/source/persist.js'
import { sourceSpecs, type UrlSource } from '../../src/conda/source/spec.js'
import { craftTarZst, type CraftedMember } from '../support/crafted-tar.js'
import { captureStdout, inDirectory, withEnv } from '../support/in-process.js'
import { startResultsService, type ResultsServiceHandle } from '../support/results-service.js'
import { tempDir } from '../support/temp.js'

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

let svc: ResultsServiceHandle
let root: string
let workspace: string
let sentinel: string
const SOURCE = Buffer.from('a source tarball, as far as this test is concerned\n'.repeat(100))
const PACKAGE = Buffer.from('a package archive, as far as this test is concerned\n'.repeat(100))

beforeAll(async () => {
  svc = await startResultsService()
  root = tempDir('bw-actions-conda-')
  workspace = path.join(root, 'work', 'proj')
  sentinel = path.join(root, 'sentinel')
  for (const d of [workspace, sentinel, path.join(root, 'temp')]) fs.mkdirSync(d, { recursive: true })
  fs.writeFileSync(path.join(workspace, 'meta.yaml'), 'package: {name: x, version: 1}\n')
  fs.writeFileSync(path.join(sentinel, 'keep.txt'), 'keep\n')
})
afterAll(async () => {
  await svc?.close()
})

function inStep<T>(fn: () => Promise<T>) {
  const env = { ...svc.env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(root, 'temp'), GITHUB_SERVER_URL: undefined }
  return captureStdout(() => withEnv(env, () => inDirectory(workspace, fn)))
}

const src = (): UrlSource => sourceSpecs({ url: 'https://example.invalid/dl/pkg-1.0.tar.gz', sha256: sha256(SOURCE) }, workspace)[0] as UrlSource
const set = (): PackageSet => {
  const records = [{ fn: 'dep-1.0-0.tar.bz2', sha256: sha256(PACKAGE), size: PACKAGE.length }]
  return {
    key: packageSetKey(
      'linux-64',
      records.map(r => r.sha256)
    ),
    subdir: 'linux-64',
    records,
    unhashed: 0
  }
}

/** Everything outside the private folders is as it was: the sentinel, the workspace, no "pwned" file anywhere. */
function expectUntouched(): void {
  expect(fs.readdirSync(sentinel)).toEqual(['keep.txt'])
  expect(fs.readFileSync(path.join(workspace, 'meta.yaml'), 'utf8')).toBe('package: {name: x, version: 1}\n')
  const all = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap(e => [e.name, ...(e.isDirectory() ? all(path.join(d, e.name)) : [])])
  expect(all(root).filter(n => n.includes('pwned'))).toEqual([])
  expect(fs.readdirSync(path.join(root, 'temp')).filter(n => n.startsWith('bw-cache-restore-'))).toEqual([])
}

/** A hostile archive in the toolkit's shape for the store `name`, planted under `key`. */
async function plant(name: string, key: string, members: readonly CraftedMember[]): Promise<void> {
  const staged = `.build-wheel/cache/${name}`
  const file = path.join(root, `planted-${name}-${members.length}`)
  const dirs = ['.build-wheel', '.build-wheel/cache', staged].map(d => ({ path: `${d}/`, type: 'Directory' }))
  fs.writeFileSync(file, craftTarZst([...dirs, ...members.map(m => ({ ...m, path: m.path.replace('<staged>', staged) }))]))
  await svc.putCacheEntry(key, cacheVersion([staged], await compressionMethod()), file)
}

const hostile: Array<readonly [string, (sent: string) => CraftedMember[]]> = [
  ["'../' names", () => [{ path: '../../../pwned-dotdot', data: 'x' }]],
  ['an absolute name', sent => [{ path: path.join(sent, 'pwned-abs'), data: 'x' }]],
  ["the workspace's own file", () => [{ path: 'meta.yaml', data: 'pwned: true\n' }]],
  [
    'a link out and a file through it',
    sent => [
      { path: '<staged>/out', type: 'SymbolicLink', linkpath: sent },
      { path: '<staged>/out/pwned-link', data: 'x' }
    ]
  ]
]

/** One of the two conda stores: how a good entry is saved, how the file is restored, where it lands. */
interface Kind {
  readonly store: 'conda-src' | 'conda-pkgs'
  readonly key: () => string
  /** The file the cache holds (restored into, or downloaded into on a miss). */
  readonly file: () => string
  readonly content: Buffer
  readonly save: (store: ActionsCacheStore) => Promise<number | undefined>
  readonly restore: (store: ActionsCacheStore) => Promise<{ outcome: string }>
}

const srcCache = (): string => path.join(root, 'src-cache')
const pkgsDir = (): string => path.join(root, 'pkgs')
const kinds: Kind[] = [
  {
    store: 'conda-src',
    key: () => sourceStoreKey(src()) as string,
    file: () => sourceCacheFile(src(), srcCache()),
    content: SOURCE,
    save: store => saveSource(src(), srcCache(), store, () => {}),
    restore: store =>
      restoreSource(
        src(),
        srcCache(),
        store,
        () => {},
        () => {}
      )
  },
  {
    store: 'conda-pkgs',
    key: () => set().key,
    file: () => path.join(pkgsDir(), 'dep-1.0-0.tar.bz2'),
    content: PACKAGE,
    save: store => savePackages(set(), pkgsDir(), store, new Set(), () => {}),
    restore: store =>
      restorePackages(
        set(),
        pkgsDir(),
        store,
        () => {},
        () => {}
      )
  }
]

describe.each(kinds)('$store', kind => {
  const store = (): ActionsCacheStore => new ActionsCacheStore(kind.store, 30)

  test('a good entry saved by saveCache is restored and verified', async () => {
    fs.mkdirSync(path.dirname(kind.file()), { recursive: true })
    fs.writeFileSync(kind.file(), kind.content)
    const saved = await inStep(() => kind.save(store()))
    expect(saved.result).toBeGreaterThan(0)
    fs.rmSync(kind.file())
    const got = await inStep(() => kind.restore(store()))
    expect(got.warnings).toEqual([])
    expect(got.result.outcome).toBe('hit')
    expect(fs.readFileSync(kind.file())).toEqual(kind.content)
    expectUntouched()
  })

  test.each(hostile)('%s: refused with a warning, nothing written outside, downloaded instead', async (_name, members) => {
    fs.rmSync(kind.file(), { force: true })
    await plant(kind.store, kind.key(), members(sentinel))
    const got = await inStep(() => kind.restore(store()))
    expect(got.result.outcome).toBe('miss')
    expect(got.warnings.join('\n')).toMatch(new RegExp(`the Actions cache entry for ${kind.key()} was not used`))
    expect(fs.existsSync(kind.file())).toBe(false)
    expectUntouched()
  })
})
