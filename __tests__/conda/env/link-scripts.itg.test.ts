/**
 * Channel packages' link scripts (pre-link, post-link, pre-unlink) and entry points: packages made
 * here with GNU tar (a local channel indexed by the suite), and the real rattler `link-scripts`
 * package served on loopback. By default the scripts run as conda runs them, each logged with its
 * package; with allowPackageScripts false the install fails before anything is linked, naming
 * every package and script; entry points with path separators or shell metacharacters are refused.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { createEnvironment } from '../../../src/conda/env/create.js'
import { indexChannel } from '../../../src/conda/index/index.js'
import { tempDir } from '../../support/temp.js'
import { makePackage } from './make-package.js'
import { channelFor, readManifest, requireCondaPackages, serve, type Served } from './serve.js'

let root: string
let channel: string
beforeAll(async () => {
  root = tempDir('bw-link-scripts-')
  channel = path.join(root, 'channel')
  fs.mkdirSync(channel)
  makePackage(channel, {
    name: 'prelinker',
    files: {
      'bin/.prelinker-pre-link.sh': 'echo "pre-link in $PWD for $PKG_NAME" > "$PREFIX/../pre-link-ran"\n',
      'bin/.prelinker-post-link.sh':
        'echo "post-link saw $(cat "$PREFIX/share/prelinker.txt")" > "$PREFIX/post-link-ran"\necho hello from post-link > "$PREFIX/.messages.txt"\n',
      'share/prelinker.txt': 'linked\n'
    }
  })
  makePackage(channel, { name: 'unlinker', files: { 'bin/.unlinker-pre-unlink.sh': 'touch "$PREFIX/pre-unlink-ran"\n', 'share/unlinker.txt': 'x\n' } })
  makePackage(channel, { name: 'plain', files: { 'share/plain.txt': 'plain\n' } })
  for (const [n, ep] of [
    ['ep-slash', 'bin/../../evil = os:system'],
    ['ep-semicolon', 'x;rm = os:system'],
    ['ep-dollar', 'x$(id) = os:system'],
    ['ep-target', 'tool = os:system;import os'],
    ['ep-module', 'tool = ../evil:main'],
    ['ep-backtick', 'tool`id` = m:f'],
    ['ep-dot', '.hidden = m:f'],
    ['ep-space', 'two words = m:f']
  ])
    makePackage(channel, { name: n, files: { 'site-packages/m.py': 'def f(): pass\n' }, noarchPython: [ep] })
  makePackage(channel, { name: 'ep-good', files: { 'site-packages/m.py': 'def f(): pass\n' }, noarchPython: ['good-tool = m:f'] })
  await indexChannel(channel, {
    log: l => {
      if (l.startsWith('skipping')) throw new Error(l)
    }
  })
})

async function create(specs: string[], allow?: boolean): Promise<{ prefix: string; log: string[]; warn: string[] }> {
  const prefix = path.join(root, `env-${specs.join('-')}-${String(allow)}`)
  const log: string[] = []
  const warn: string[] = []
  await createEnvironment({
    prefix,
    channels: [channel],
    specs,
    offline: false,
    cacheDir: path.join(root, 'cache'),
    python: '3.12',
    allowPackageScripts: allow,
    log: l => log.push(l),
    warn: l => warn.push(l)
  })
  return { prefix, log, warn }
}

describe('link scripts run by default, as conda runs them', () => {
  test('pre-link runs from the package cache before linking, post-link in the prefix after; each logged with its package', async () => {
    const { prefix, log, warn } = await create(['prelinker'])
    const pre = fs.readFileSync(path.join(prefix, '..', 'pre-link-ran'), 'utf8')
    expect(pre).toMatch(/^pre-link in .*cache\/pkgs\/prelinker-1\.0-0 for prelinker\n$/)
    expect(fs.readFileSync(path.join(prefix, 'post-link-ran'), 'utf8')).toBe('post-link saw linked\n')
    expect(log).toContainEqual(expect.stringMatching(/^running the pre-link script of prelinker-1\.0-0: .*\.prelinker-pre-link\.sh$/))
    expect(log).toContainEqual(expect.stringMatching(/^running the post-link script of prelinker-1\.0-0: .*\.prelinker-post-link\.sh$/))
    expect(log).toContain('prelinker: hello from post-link')
    expect(warn).toContainEqual(expect.stringMatching(/prelinker-1\.0-0 has a pre-link script/))
    fs.rmSync(path.join(prefix, '..', 'pre-link-ran'))
  })
  test('a pre-unlink script is installed but not run by a create', async () => {
    const { prefix, log } = await create(['unlinker'], true)
    expect(fs.existsSync(path.join(prefix, 'bin', '.unlinker-pre-unlink.sh'))).toBe(true)
    expect(fs.existsSync(path.join(prefix, 'pre-unlink-ran'))).toBe(false)
    expect(log.join('\n')).not.toMatch(/running the/)
  })
})

describe('allowPackageScripts: false', () => {
  test('refuses before linking anything, naming every package and script; the prefix is removed', async () => {
    const err = await create(['prelinker', 'unlinker', 'plain'], false).catch((e: Error) => e)
    expect(err).toBeInstanceOf(Error)
    const msg = (err as Error).message
    expect(msg).toMatch(/allow-package-scripts is false/)
    expect(msg).toContain('prelinker-1.0-0: pre-link script bin/.prelinker-pre-link.sh')
    expect(msg).toContain('prelinker-1.0-0: post-link script bin/.prelinker-post-link.sh')
    expect(msg).toContain('unlinker-1.0-0: pre-unlink script bin/.unlinker-pre-unlink.sh')
    expect(msg).not.toContain('plain-1.0-0')
    expect(fs.existsSync(path.join(root, 'pre-link-ran'))).toBe(false)
    expect(fs.existsSync(path.join(root, 'env-prelinker-unlinker-plain-false'))).toBe(false)
  })
  test('a package without scripts installs', async () => {
    const { prefix } = await create(['plain'], false)
    expect(fs.readFileSync(path.join(prefix, 'share', 'plain.txt'), 'utf8')).toBe('plain\n')
  })
})

describe('noarch python entry points', () => {
  const refused: Array<[string, RegExp]> = [
    ['ep-slash', /its name 'bin\/\.\.\/\.\.\/evil' is not a plain command name/],
    ['ep-semicolon', /its name 'x;rm' is not a plain command name/],
    ['ep-dollar', /its name 'x\$\(id\)' is not a plain command name/],
    ['ep-target', /its function 'system;import os' is not a dotted Python name/],
    ['ep-module', /its module '\.\.\/evil' is not a dotted Python name/],
    ['ep-backtick', /its name 'tool`id`' is not a plain command name/],
    ['ep-dot', /its name '\.hidden' is not a plain command name/],
    ['ep-space', /its name 'two words' is not a plain command name/]
  ]
  test.each(refused)('%s is refused', async (name, why) => {
    const err = await create([name]).catch((e: Error) => e)
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).message).toMatch(/info\/link\.json: refusing the entry point/)
    expect((err as Error).message).toMatch(why)
    expect(fs.readdirSync(root).filter(f => f.startsWith('evil'))).toEqual([])
  })
  test('a plain entry point is written', async () => {
    const { prefix } = await create(['ep-good'])
    expect(fs.readFileSync(path.join(prefix, 'bin', 'good-tool'), 'utf8')).toMatch(/from m import f/)
  })
})

const data = requireCondaPackages()
let server: Served | undefined
afterAll(async () => server?.close())
data.describe("rattler's link-scripts package (post-link and pre-unlink)", () => {
  const entry = (): ReturnType<typeof readManifest>[number] => {
    const e = readManifest().find(m => m.file === 'conda__rattler/link-scripts/link-scripts-0.1.0-h4616a5c_0.conda')
    if (!e) throw new Error('the link-scripts package is not in MANIFEST.json')
    return e
  }
  async function install(allow: boolean): Promise<{ prefix: string; log: string[] }> {
    server ??= await serve()
    server.channels.set('linkscripts', channelFor(entry()))
    const prefix = path.join(root, `rattler-${String(allow)}`)
    const log: string[] = []
    await createEnvironment({
      prefix,
      channels: [`${server.base}/gen/linkscripts`],
      specs: ['link-scripts'],
      subdir: entry().subdir ?? undefined,
      cacheDir: path.join(root, 'cache-rattler'),
      allowPackageScripts: allow,
      log: l => log.push(l)
    })
    return { prefix, log }
  }
  test('refused: names both scripts', async () => {
    const err = await install(false).catch((e: Error) => e)
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).message).toContain('link-scripts-0.1.0-h4616a5c_0: post-link script bin/.link-scripts-post-link.sh')
    expect((err as Error).message).toContain('link-scripts-0.1.0-h4616a5c_0: pre-unlink script bin/.link-scripts-pre-unlink.sh')
    expect((err as Error).message).toContain('link-scripts-0.1.0-h4616a5c_0: post-link script Scripts/.link-scripts-post-link.bat')
  })
  test('allowed: the post-link script ran and was logged', async () => {
    const { prefix, log } = await install(true)
    expect(fs.existsSync(path.join(prefix, 'i-was-post-linked'))).toBe(true)
    expect(log).toContainEqual(expect.stringMatching(/^running the post-link script of link-scripts-0\.1\.0-h4616a5c_0/))
  })
})
