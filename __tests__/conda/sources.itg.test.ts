// Source tests against real things: a loopback HTTP server serving tarballs made here, the system's tar,
// git and patch. Nothing is mocked.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { writeZip } from '../../src/archive/zip.js'
import { RecipeError } from '../../src/conda/recipe/location.js'
import { fetchSources } from '../../src/conda/source/fetch.js'
import { gitPlan } from '../../src/conda/source/git.js'
import { guessStripLevel, patchedFiles } from '../../src/conda/source/patch.js'
import { sourceSpecs, type SourceSpec } from '../../src/conda/source/spec.js'
import { tmp } from './helpers.js'

const has = (cmd: string): boolean => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0
const sha256 = (f: string): string => createHash('sha256').update(fs.readFileSync(f)).digest('hex')

/** A project tree `pkg-1.0/` with two files, packed as every format. */
function makeArchives(): Record<string, string> {
  const root = tmp('conda-src-')
  fs.mkdirSync(path.join(root, 'pkg-1.0', 'src'), { recursive: true })
  fs.writeFileSync(path.join(root, 'pkg-1.0', 'src', 'main.c'), 'int main(void) {\n  return 0;\n}\n')
  fs.writeFileSync(path.join(root, 'pkg-1.0', 'README'), 'hello\n')
  const out: Record<string, string> = {}
  const tar = (name: string, flag: string[]): void => {
    out[name] = path.join(root, name)
    execFileSync('tar', ['-C', root, ...flag, '-cf', out[name], 'pkg-1.0'])
  }
  tar('pkg-1.0.tar', [])
  tar('pkg-1.0.tar.gz', ['-z'])
  if (has('bzip2')) tar('pkg-1.0.tar.bz2', ['-j'])
  if (has('xz')) tar('pkg-1.0.tar.xz', ['-J'])
  if (has('zstd')) tar('pkg-1.0.tar.zst', ['--zstd'])
  out['pkg-1.0.zip'] = path.join(root, 'pkg-1.0.zip')
  const date = new Date(Date.UTC(2024, 0, 1))
  fs.writeFileSync(
    out['pkg-1.0.zip'],
    writeZip(
      [
        { name: 'pkg-1.0/', data: new Uint8Array() },
        { name: 'pkg-1.0/README', data: Buffer.from('hello\n') },
        { name: 'pkg-1.0/src/', data: new Uint8Array() },
        { name: 'pkg-1.0/src/main.c', data: Buffer.from('int main(void) {\n  return 0;\n}\n') }
      ],
      date
    )
  )
  out['data.txt'] = path.join(root, 'data.txt')
  fs.writeFileSync(out['data.txt'], 'plain file\n')
  return out
}

/** Tarballs no one should extract: a `../` member and a symlink out. Made with Python's tarfile (tar refuses). */
function evilTarballs(): Record<string, string> | undefined {
  if (!has('python3')) return undefined
  const dir = tmp('conda-evil-')
  const script = [
    'import io, sys, tarfile',
    'd = sys.argv[1]',
    'with tarfile.open(d + "/dotdot.tar.gz", "w:gz") as t:',
    '    data = b"owned\\n"; i = tarfile.TarInfo("pkg/../../escape.txt"); i.size = len(data); t.addfile(i, io.BytesIO(data))',
    'with tarfile.open(d + "/link.tar.gz", "w:gz") as t:',
    '    i = tarfile.TarInfo("pkg/evil"); i.type = tarfile.SYMTYPE; i.linkname = "../../../../etc/passwd"; t.addfile(i)'
  ].join('\n')
  execFileSync('python3', ['-c', script, dir])
  return { dotdot: path.join(dir, 'dotdot.tar.gz'), link: path.join(dir, 'link.tar.gz') }
}

interface Server {
  url: string
  hits: Map<string, number>
  close(): Promise<void>
}

/** Serves files by name; `/truncated/<name>` promises more bytes than it sends; `/missing` is 404. */
async function serve(files: Record<string, string>): Promise<Server> {
  const hits = new Map<string, number>()
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    hits.set(url, (hits.get(url) ?? 0) + 1)
    const name = path.basename(new URL(url, 'http://x').pathname)
    const file = files[name]
    if (!file || url.startsWith('/missing/')) {
      res.writeHead(404).end('not found')
      return
    }
    const body = fs.readFileSync(file)
    if (url.startsWith('/truncated/')) {
      res.writeHead(200, { 'content-length': String(body.length + 100) })
      res.write(body.subarray(0, Math.floor(body.length / 2)))
      setTimeout(() => res.destroy(), 20)
      return
    }
    res.writeHead(200, { 'content-length': String(body.length) }).end(body)
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise(r => {
        server.closeAllConnections()
        server.close(() => r())
      })
  }
}

const archives = makeArchives()
let server: Server
beforeAll(async () => {
  server = await serve({ ...archives, ...(evilTarballs() ?? {}) })
})
afterAll(async () => server.close())

const fast = { attempts: 2, backoffMs: 10 }
const fetchOne = async (source: Record<string, unknown> | Array<Record<string, unknown>>, cacheDir = tmp('conda-cache-')) => {
  const work = path.join(tmp('conda-work-'), 'work')
  const specs = sourceSpecs(source as never, tmp('conda-recipe-'))
  const r = await fetchSources(specs, { workDir: work, cacheDir, download: fast })
  return { ...r, work, cacheDir }
}

describe('url sources', () => {
  test.each(Object.keys(archives).filter(n => n.startsWith('pkg')))('%s is downloaded, verified, extracted and hoisted', async name => {
    const r = await fetchOne({ url: `${server.url}/${name}`, sha256: sha256(archives[name]) })
    expect(fs.readFileSync(path.join(r.work, 'src', 'main.c'), 'utf8')).toMatch(/return 0/)
    expect(fs.readdirSync(r.work).sort()).toEqual(['README', 'src'])
  })

  test('a plain file is copied as it is, under fn', async () => {
    const r = await fetchOne({
      url: `${server.url}/data.txt`,
      fn: 'renamed.txt',
      md5: createHash('md5').update(fs.readFileSync(archives['data.txt'])).digest('hex')
    })
    expect(fs.readFileSync(path.join(r.work, 'renamed.txt'), 'utf8')).toBe('plain file\n')
  })

  test('no_hoist keeps the top directory; several sources go to their folders', async () => {
    const r = await fetchOne([
      { url: `${server.url}/pkg-1.0.tar.gz`, sha256: sha256(archives['pkg-1.0.tar.gz']), no_hoist: true, folder: 'a' },
      { url: `${server.url}/pkg-1.0.zip`, sha256: sha256(archives['pkg-1.0.zip']), folder: 'b/c' }
    ])
    expect(fs.existsSync(path.join(r.work, 'a', 'pkg-1.0', 'README'))).toBe(true)
    expect(fs.existsSync(path.join(r.work, 'b', 'c', 'README'))).toBe(true)
  })

  test('the second fetch comes from the cache without the network', async () => {
    const name = 'pkg-1.0.tar.gz'
    const first = await fetchOne({ url: `${server.url}/${name}?cachetest`, sha256: sha256(archives[name]) })
    expect(first.cacheHits).toBe(0)
    const again = await fetchOne({ url: 'http://127.0.0.1:9/unreachable.tar.gz', fn: name, sha256: sha256(archives[name]) }, first.cacheDir)
    expect(again.cacheHits).toBe(1)
    expect(fs.existsSync(path.join(again.work, 'README'))).toBe(true)
    expect(fs.readdirSync(first.cacheDir)).toEqual([`sha256-${sha256(archives[name])}`])
  })

  test('mirrors are tried in order', async () => {
    const r = await fetchOne({
      url: [`${server.url}/missing/pkg-1.0.tar.gz?m`, `${server.url}/pkg-1.0.tar.gz?m2`],
      fn: 'pkg-1.0.tar.gz',
      sha256: sha256(archives['pkg-1.0.tar.gz'])
    })
    expect(fs.existsSync(path.join(r.work, 'README'))).toBe(true)
    expect(server.hits.get('/pkg-1.0.tar.gz?m2')).toBe(1)
  })

  test('a wrong hash is refused, naming both hashes, and leaves nothing in the cache', async () => {
    const cacheDir = tmp('conda-cache-')
    const wrong = '0'.repeat(64)
    await expect(fetchOne({ url: `${server.url}/pkg-1.0.tar.gz?wrong`, sha256: wrong }, cacheDir)).rejects.toThrow(
      new RegExp(`sha256 is ${sha256(archives['pkg-1.0.tar.gz'])}, the recipe says ${wrong}`)
    )
    expect(fs.readdirSync(path.join(cacheDir, `sha256-${wrong}`))).toEqual([])
  })

  test('a truncated download is retried, then reported', async () => {
    await expect(fetchOne({ url: `${server.url}/truncated/pkg-1.0.tar.gz`, sha256: sha256(archives['pkg-1.0.tar.gz']) })).rejects.toThrow(
      /truncated|transfer failed/
    )
    expect(server.hits.get('/truncated/pkg-1.0.tar.gz')).toBe(2)
  })

  test('a corrupt archive (hash matching the corrupt bytes) is refused at extraction', async () => {
    const bad = path.join(tmp('conda-bad-'), 'broken.tar.gz')
    const good = fs.readFileSync(archives['pkg-1.0.tar.gz'])
    fs.writeFileSync(bad, Buffer.concat([good.subarray(0, 20), Buffer.alloc(200, 7)]))
    const s = await serve({ 'broken.tar.gz': bad })
    try {
      await expect(fetchOne({ url: `${s.url}/broken.tar.gz`, sha256: sha256(bad) })).rejects.toThrow(RecipeError)
    } finally {
      await s.close()
    }
  })

  const evil = evilTarballs()
  const evilTest = evil ? test : test.skip
  if (!evil) process.stdout.write('skipping the ../ and symlink tarball tests: python3 (to write them) is not installed\n')
  evilTest.each(['dotdot', 'link'])('a tarball with a %s member is refused and writes nothing outside', async kind => {
    const file = (evil as Record<string, string>)[kind]
    const s = await serve({ [path.basename(file)]: file })
    try {
      const work = tmp('conda-work-')
      const specs: SourceSpec[] = sourceSpecs({ url: `${s.url}/${path.basename(file)}`, sha256: sha256(file) }, work)
      await expect(fetchSources(specs, { workDir: path.join(work, 'a', 'b', 'work'), cacheDir: tmp('conda-cache-'), download: fast })).rejects.toThrow(
        /refusing source archive/
      )
      expect(fs.existsSync(path.join(work, 'escape.txt'))).toBe(false)
      expect(fs.existsSync(path.join(work, 'a', 'escape.txt'))).toBe(false)
    } finally {
      await s.close()
    }
  })
})

describe('git sources', () => {
  const gitTest = has('git') ? test : test.skip
  if (!has('git')) process.stdout.write('skipping git source tests: git is not installed\n')
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' })

  gitTest('a local repository at a tag, with the GIT_* variables', async () => {
    const repo = tmp('conda-git-')
    git(repo, 'init', '-q')
    fs.writeFileSync(path.join(repo, 'a.txt'), 'one\n')
    git(repo, 'add', '.')
    git(repo, 'commit', '-qm', 'one')
    git(repo, 'tag', 'v1.0')
    fs.writeFileSync(path.join(repo, 'a.txt'), 'two\n')
    git(repo, 'commit', '-qam', 'two')
    const atTag = await fetchOne({ git_url: repo, git_tag: 'v1.0' })
    expect(fs.readFileSync(path.join(atTag.work, 'a.txt'), 'utf8')).toBe('one\n')
    // conda-build's pattern keeps a lower-case `v` (its leading class is _ ` a - z A-Z in Python)
    expect(atTag.gitVars).toMatchObject({ GIT_DESCRIBE_TAG: 'v1.0', GIT_DESCRIBE_NUMBER: '0', GIT_DESCRIBE_TAG_PEP440: 'v1.0' })
    const head = await fetchOne({ git_url: `file://${repo}`, git_depth: '1' })
    expect(fs.readFileSync(path.join(head.work, 'a.txt'), 'utf8')).toBe('two\n')
    const rev = git(repo, 'rev-parse', 'HEAD~1').trim()
    const byRev = await fetchOne({ git_url: repo, git_rev: rev })
    expect(byRev.gitVars.GIT_FULL_HASH).toBe(rev)
  })

  test.each([
    [
      { kind: 'git', url: 'u', rev: 'v1', depth: 1, folder: '', patches: [] },
      ['git', 'clone', '--quiet', '--no-checkout', '--depth', '1', '--branch', 'v1', '--', 'u', 'd']
    ],
    [{ kind: 'git', url: 'u', rev: 'abc1234', depth: 1, folder: '', patches: [] }, ['git', 'clone', '--quiet', '--no-checkout', '--', 'u', 'd']],
    [{ kind: 'git', url: 'u', rev: '', depth: -1, folder: '', patches: [] }, ['git', 'clone', '--quiet', '--no-checkout', '--', 'u', 'd']]
  ] as const)('gitPlan %j', (src, clone) => {
    expect(gitPlan(src as never, 'd')[0]).toEqual(clone)
  })
})

describe('patches', () => {
  const patchTest = has('patch') ? test : test.skip
  if (!has('patch')) process.stdout.write('skipping patch tests: GNU patch is not installed\n')
  const diff = (prefixA: string, prefixB: string, from: string, to: string) =>
    `--- ${prefixA}src/main.c\n+++ ${prefixB}src/main.c\n@@ -1,3 +1,3 @@\n int main(void) {\n-  ${from}\n+  ${to}\n }\n`

  test.each([
    [['a/src/main.c'], 1],
    [['src/main.c'], 0],
    [['x/y/src/main.c'], 2],
    [['README'], 0]
  ])('strip level for %j is %d', (files, level) => {
    const src = tmp('conda-strip-')
    fs.mkdirSync(path.join(src, 'src'))
    fs.writeFileSync(path.join(src, 'src', 'main.c'), '')
    fs.writeFileSync(path.join(src, 'README'), '')
    expect(guessStripLevel(files, src).level).toBe(level)
  })

  test('patchedFiles reads the headers (new files by their +++ name)', () => {
    expect(patchedFiles('--- a/x.c\t2020\n+++ b/x.c\n@@\n--- /dev/null\n+++ b/new.c\n')).toEqual(['a/x.c', 'b/new.c'])
  })

  patchTest.each([
    ['a/', 'b/'],
    ['', '']
  ])('a patch with prefix %j is applied at the guessed level', async (a, b) => {
    const recipeDir = tmp('conda-recipe-')
    fs.writeFileSync(path.join(recipeDir, 'fix.patch'), diff(a, b, 'return 0;', 'return 42;'))
    const work = path.join(tmp('conda-work-'), 'work')
    const specs = sourceSpecs(
      { url: `${server.url}/pkg-1.0.tar.gz?p${a}`, fn: 'pkg-1.0.tar.gz', sha256: sha256(archives['pkg-1.0.tar.gz']), patches: ['fix.patch'] },
      recipeDir
    )
    await fetchSources(specs, { workDir: work, cacheDir: tmp('conda-cache-'), download: fast })
    expect(fs.readFileSync(path.join(work, 'src', 'main.c'), 'utf8')).toMatch(/return 42;/)
    expect(fs.readdirSync(path.join(work, 'src'))).toEqual(['main.c'])
  })

  patchTest('a failed hunk is reported at its line in the patch file', async () => {
    const recipeDir = tmp('conda-recipe-')
    const text = `From: someone\nSubject: fix\n\n${diff('a/', 'b/', 'return 7;', 'return 42;')}`
    fs.writeFileSync(path.join(recipeDir, 'bad.patch'), text)
    const specs = sourceSpecs(
      { url: `${server.url}/pkg-1.0.tar.gz?bad`, fn: 'pkg-1.0.tar.gz', sha256: sha256(archives['pkg-1.0.tar.gz']), patches: ['bad.patch'] },
      recipeDir
    )
    const err = await fetchSources(specs, { workDir: path.join(tmp('conda-work-'), 'w'), cacheDir: tmp('conda-cache-'), download: fast }).catch(e => e)
    expect(err).toBeInstanceOf(RecipeError)
    expect(err.message).toMatch(/hunk #1 of src\/main.c does not apply/)
    expect(err.at).toEqual({ file: path.join(recipeDir, 'bad.patch'), line: 6, column: 1 })
  })
})

describe('path sources', () => {
  test('a local folder is copied into the work directory', async () => {
    const src = tmp('conda-path-')
    fs.writeFileSync(path.join(src, 'f.txt'), 'x')
    const r = await fetchOne({ path: src, folder: 'sub' })
    expect(fs.readFileSync(path.join(r.work, 'sub', 'f.txt'), 'utf8')).toBe('x')
  })
})
