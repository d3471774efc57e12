// Actions cache entries read by the suite's own reader, never unpacked by another tool first: the C
// tree through the build-montage step in process, against the loopback results service. A good
// entry is saved by the real @actions/cache (saveCache); hostile archives are then planted under
// the same key and version, as a job of another branch (or a compromised one) could save them.
// In every hostile case nothing is written outside the private folder (sentinel folders and the
// project's own files are checked), the step warns and builds, and the good entry still restores.
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { packEntry, MANIFEST_NAME, ENTRY_FORMAT } from '../../src/cache/entry.js'
import { takeStagedEntry } from '../../src/cache/actions-restore.js'
import { montageStep } from '../../src/phases/steps.js'
import { craftTar, craftTarZst, type CraftedMember } from '../support/crafted-tar.js'
import { captureStdout, inDirectory, withEnv } from '../support/in-process.js'
import { all, requireTool } from '../support/requirements.js'
import { startResultsService, type FaultRule, type ResultsServiceHandle } from '../support/results-service.js'
import { tempDir } from '../support/temp.js'

const tools = all(requireTool('cc'), requireTool('make'), requireTool('ar'))

const MAKEFILE = `all: lib/libsq.a
lib/sq.o: sq.c
\tmkdir -p lib && cc -c -o $@ sq.c
lib/libsq.a: lib/sq.o
\tar rcs $@ lib/sq.o
`
const STAGED = '.build-wheel/cache/c-tree'
const ENTRY = `${STAGED}/entry.tar.zst`

let svc: ResultsServiceHandle
let root: string
/** The entry the real saveCache wrote: its key, version, the toolkit's archive and the entry file in it. */
let good: { key: string; version: string; archive: string; inner: Buffer }

interface Project {
  readonly workspace: string
  readonly temp: string
  readonly sentinel: string
}

function project(name: string): Project {
  const base = path.join(root, name)
  const p = { workspace: path.join(base, 'work', 'proj'), temp: path.join(base, 'temp'), sentinel: path.join(base, 'sentinel') }
  for (const d of Object.values(p)) fs.mkdirSync(d, { recursive: true })
  fs.writeFileSync(path.join(p.workspace, 'Makefile'), MAKEFILE)
  fs.writeFileSync(path.join(p.workspace, 'sq.c'), 'int sq(int x) { return x * x; }\n')
  fs.writeFileSync(path.join(p.sentinel, 'keep.txt'), 'keep\n')
  return p
}

const inputs = (v: Record<string, string>) => (n: string) => v[n] ?? ''

function step(p: Project, extra: Record<string, string> = {}) {
  const env = {
    ...svc.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: p.workspace,
    RUNNER_TEMP: p.temp,
    GITHUB_SERVER_URL: undefined,
    ACTIONS_CACHE_URL: undefined
  }
  return captureStdout(() => withEnv(env, () => inDirectory(p.workspace, () => montageStep(inputs({ path: '.', ...extra }), p.workspace))))
}

/** Every path under root whose name holds "pwned" (links not followed). */
function pwned(dir = root): string[] {
  const found: string[] = []
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name)
    if (e.name.includes('pwned')) found.push(abs)
    if (e.isDirectory() && !e.isSymbolicLink()) found.push(...pwned(abs))
  }
  return found
}

/** The restore's private folders left in RUNNER_TEMP (saveCache leaves its own empty folders there). */
function privateFolders(p: Project): string[] {
  return fs.readdirSync(p.temp).filter(n => n.startsWith('bw-cache-restore-'))
}

beforeAll(async () => {
  if (!tools.ok) return
  svc = await startResultsService()
  root = tempDir('bw-actions-restore-')
  const seed = project('seed')
  const saved = await step(seed)
  expect(saved.result.saved).toBe(true)
  const entry = svc.caches().find(c => c.key === saved.result.cacheKey)
  if (!entry) throw new Error('the seed entry was not saved')
  const archive = path.join(root, 'good.tzst')
  fs.copyFileSync(entry.file, archive)
  const taken = await takeStagedEntry(archive, path.join(root, 'good-members'), STAGED, 'entry.tar.zst')
  if (!('entry' in taken)) throw new Error(`the toolkit's archive was refused: ${taken.refused}`)
  good = { key: entry.key, version: entry.version, archive, inner: fs.readFileSync(taken.entry) }
})

afterAll(async () => {
  await svc?.close()
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

let planted = 0
async function plant(bytes: Buffer): Promise<void> {
  const file = path.join(root, `planted-${planted++}`)
  fs.writeFileSync(file, bytes)
  await svc.putCacheEntry(good.key, good.version, file)
}

/** The toolkit's shape: the staged folder's parents, the folder, then the given members. */
function outer(members: readonly CraftedMember[]): Buffer {
  const dirs = ['.build-wheel', '.build-wheel/cache', STAGED].map(d => ({ path: `${d}/`, type: 'Directory' }))
  return craftTarZst([...dirs, ...members])
}

/** An entry in the suite's format, with any manifest and members. */
function inner(manifest: unknown, members: readonly CraftedMember[]): Buffer {
  return zlib.zstdCompressSync(craftTar([{ path: MANIFEST_NAME, data: `${JSON.stringify(manifest)}\n` }, ...members]))
}

async function wrongKeyEntry(): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(root, 'wrong-key-'))
  fs.mkdirSync(path.join(dir, 'lib'))
  fs.writeFileSync(path.join(dir, 'lib', 'libsq.a'), 'not an archive')
  const out = path.join(dir, 'entry.tar.zst')
  await packEntry(dir, ['lib/libsq.a'], 'build-wheel-c-tree-v2-another-key', out, { mtime: 0, zstdLevel: 1 })
  return fs.readFileSync(out)
}

type Case = readonly [string, (p: Project) => Promise<Buffer> | Buffer, RegExp]

const hostile: Case[] = [
  [
    "a '../' name beside the entry",
    () =>
      outer([
        { path: ENTRY, data: good.inner },
        { path: '../../pwned-dotdot', data: 'x' }
      ]),
    /'\.\.'/
  ],
  [
    'an absolute name',
    p =>
      outer([
        { path: ENTRY, data: good.inner },
        { path: path.join(p.sentinel, 'pwned-abs'), data: 'x' }
      ]),
    /absolute/
  ],
  [
    "the project's own Makefile",
    () =>
      outer([
        { path: ENTRY, data: good.inner },
        { path: 'Makefile', data: 'all:\n\ttouch pwned-make\n' }
      ]),
    /holds file 'Makefile', which the suite never stages/
  ],
  [
    'a link out, then a file through it',
    p =>
      outer([
        { path: `${STAGED}/out`, type: 'SymbolicLink', linkpath: p.sentinel },
        { path: `${STAGED}/out/pwned-link`, data: 'x' }
      ]),
    /link|outside|absolute/
  ],
  [
    'a link chain whose links each stay inside',
    () =>
      outer([
        { path: `${STAGED}/a`, type: 'SymbolicLink', linkpath: '../..' },
        { path: `${STAGED}/a/b`, type: 'SymbolicLink', linkpath: '../..' },
        { path: `${STAGED}/a/b/pwned-chain`, data: 'x' }
      ]),
    /link|outside|'\.\.'/
  ],
  ['the entry as a link to a file elsewhere', () => outer([{ path: ENTRY, type: 'SymbolicLink', linkpath: '/etc/passwd' }]), /link|absolute|never stages/],
  ['an entry saved under another key', async () => outer([{ path: ENTRY, data: await wrongKeyEntry() }]), /saved under another key/],
  [
    'a manifest that lies about a file',
    () => {
      const files = [{ path: 'lib/libsq.a', type: 'file', mode: 0o644, size: 3, sha256: '0'.repeat(64) }]
      return outer([{ path: ENTRY, data: inner({ format: ENTRY_FORMAT, key: good.key, files }, [{ path: 'lib/libsq.a', data: 'abc' }]) }])
    },
    /does not match its manifest/
  ],
  [
    "an entry holding '../' names",
    () => outer([{ path: ENTRY, data: inner({ format: ENTRY_FORMAT, key: good.key, files: [] }, [{ path: '../../../pwned-inner', data: 'x' }]) }]),
    /'\.\.'/
  ],
  ['a bomb: 64 MiB of zeros in a tiny download', () => outer([{ path: ENTRY, data: Buffer.alloc(64 * 1024 * 1024) }]), /limit|larger|past/],
  ['bytes that are no archive', () => Buffer.from('this is not a tar archive at all, and not compressed either'.repeat(20)), /tar|archive|header|entry/i]
]

tools.describe('a hostile entry is refused, nothing leaves the private folder, and make runs', () => {
  test.each(hostile)('%s', async (name, make, why) => {
    const p = project(`hostile-${name.replace(/[^a-z]+/gi, '-')}`)
    await plant(await make(p))
    const out = await step(p)
    expect(out.result.cacheKey).toBe(good.key)
    expect(out.result.cacheHit).toBe(false)
    expect(out.warnings.join('\n')).toMatch(/the Actions cache entry for .* was not used|the cache entry for .* was not used/)
    expect(out.warnings.join('\n')).toMatch(why)
    expect(fs.existsSync(path.join(p.workspace, 'lib', 'libsq.a'))).toBe(true) // make ran
    expect(fs.readFileSync(path.join(p.workspace, 'Makefile'), 'utf8')).toBe(MAKEFILE)
    expect(fs.readdirSync(p.sentinel)).toEqual(['keep.txt'])
    expect(pwned()).toEqual([])
    expect(privateFolders(p)).toEqual([]) // the private folder is gone
  })
})

tools.describe('a download that fails is a warning, and the step does not wait on it', () => {
  const faults: Array<readonly [string, FaultRule, RegExp, Record<string, string>]> = [
    ['truncated (Content-Length promises more, the connection closes)', { match: 'blob-download', truncate: 200 }, /incomplete download|broke off/, {}],
    ['an error answer that keeps the connection open', { match: 'blob-download', hang: true, status: 500 }, /answered 500/, {}],
    [
      'a lookup answering an error and keeping the connection open',
      { match: 'GetCacheEntryDownloadURL', hang: true, status: 500 },
      /did not finish within 3 s/,
      { 'service-timeout': '3' }
    ]
  ]
  test.each(faults)('%s', async (name, fault, why, extra) => {
    const p = project(`fault-${name.replace(/[^a-z]+/gi, '-')}`)
    await plant(fs.readFileSync(good.archive))
    svc.setFaults([fault])
    const started = performance.now()
    try {
      const out = await step(p, extra)
      expect(out.result.cacheHit).toBe(false)
      expect(out.warnings.join('\n')).toMatch(why)
      expect(fs.existsSync(path.join(p.workspace, 'lib', 'libsq.a'))).toBe(true)
      expect(privateFolders(p)).toEqual([])
      // the toolkit's one retry 5 s later at most, a 3 s service-timeout, and a small make
      expect((performance.now() - started) / 1000).toBeLessThan(20)
    } finally {
      svc.setFaults([])
    }
  })
})

tools.describe('the good entry', () => {
  test('still restores after all that: a hit, make not run, the same files', async () => {
    await plant(fs.readFileSync(good.archive))
    const p = project('good-again')
    const out = await step(p)
    expect(out.warnings).toEqual([])
    expect(out.result.cacheHit).toBe(true)
    expect(out.result.files).toBeGreaterThan(0)
    expect(fs.existsSync(path.join(p.workspace, 'lib', 'libsq.a'))).toBe(true)
    expect(privateFolders(p)).toEqual([])
  })
})
