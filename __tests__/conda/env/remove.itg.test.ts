/**
 * Removing a package from a prefix (src/conda/env/remove.ts), on prefixes made by the suite's installer: a real
 * conda-build package (small-executable, from ../shared/data) installed over another package and removed leaves
 * the prefix as it was; a noarch python package's .pyc (compiled at install by a real python, plus one python
 * wrote later) go with it; a file another package owns stays; the pre-unlink script of a package built here
 * with the suite's own packager runs with conda's variables before anything is deleted, and a failing one stops
 * the removal; hostile records (`..`, absolute paths, conda-meta/, a folder linked out of the prefix) are
 * refused with nothing deleted; a failure half-way leaves a record listing what is left.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildRecipe } from '../../../src/conda/builder/build.js'
import { createEnvironment } from '../../../src/conda/env/create.js'
import { removePackage } from '../../../src/conda/env/remove.js'
import { indexChannel } from '../../../src/conda/index/index.js'
import { condaCommand } from '../../../src/cli/conda/index.js'
import { requireTool } from '../../support/requirements.js'
import { tempDir } from '../../support/temp.js'
import { makePackage } from './make-package.js'
import { packagesDir, requireCondaPackages } from './serve.js'

const data = requireCondaPackages()
const python = requireTool('python3')
const realChannel = path.join(packagesDir, 'conda__conda', 'test-recipes')

let root: string
let channel: string
let cacheDir: string

beforeAll(async () => {
  root = fs.realpathSync(tempDir('bw-remove-'))
  channel = path.join(root, 'channel')
  cacheDir = path.join(root, 'cache')
  fs.mkdirSync(channel)
  makePackage(channel, { name: 'plain', files: { 'share/plain.txt': 'plain\n', 'share/common.txt': "plain's\n" } })
  makePackage(channel, { name: 'clobberer', files: { 'share/common.txt': "clobberer's\n", 'share/clobberer/x.txt': 'x\n' } })
  makePackage(channel, {
    name: 'nap',
    files: { 'site-packages/nap/__init__.py': '', 'site-packages/nap/mod.py': 'def main():\n    return 0\n' },
    noarchPython: ['nap-tool = nap.mod:main']
  })
  makePackage(channel, { name: 'fails-unlink', files: { 'bin/.fails-unlink-pre-unlink.sh': 'echo cannot go\nexit 3\n', 'share/fails.txt': 'f\n' } })
  // its pre-unlink script turns zz/ into a link out of the prefix: the removal stops at zz/inner.txt
  makePackage(channel, {
    name: 'turncoat',
    files: {
      'aa.txt': 'a\n',
      'bin/.turncoat-pre-unlink.sh': 'rm -rf "$PREFIX/zz" && ln -s "$PREFIX/../outside" "$PREFIX/zz"\n',
      'zz/inner.txt': 'inner\n'
    }
  })
  await indexChannel(channel)
})

/** The prefix as a map: path -> folder, link target or file digest and mode (conda-meta/history left out). */
function snapshot(prefix: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string): void => {
    for (const d of fs.readdirSync(path.join(prefix, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name
      const abs = path.join(prefix, r)
      if (r === 'conda-meta/history') continue
      if (d.isSymbolicLink()) out[r] = `link ${fs.readlinkSync(abs)}`
      else if (d.isDirectory()) {
        out[r] = 'folder'
        walk(r)
      } else out[r] = `file ${createHash('sha256').update(fs.readFileSync(abs)).digest('hex')} ${(fs.statSync(abs).mode & 0o777).toString(8)}`
    }
  }
  walk('')
  return out
}

async function install(prefix: string, specs: string[], o: { channels?: string[]; add?: boolean; python?: string } = {}): Promise<void> {
  await createEnvironment({
    prefix,
    channels: o.channels ?? [channel],
    specs,
    subdir: 'linux-64',
    cacheDir,
    python: o.python ?? '3.12',
    addToExisting: o.add
  })
}

const record = (prefix: string, dist: string): string => path.join(prefix, 'conda-meta', `${dist}.json`)

data.test('a real conda-build package installed over another and removed: the prefix is as before', async () => {
  const prefix = path.join(root, 'real')
  await install(prefix, ['plain'])
  fs.mkdirSync(path.join(prefix, 'etc'))
  fs.writeFileSync(path.join(prefix, 'etc', 'user.conf'), 'mine\n') // no package owns it
  const before = snapshot(prefix)
  await install(prefix, ['small-executable'], { channels: [realChannel], add: true })
  const rec = JSON.parse(fs.readFileSync(record(prefix, 'small-executable-1.0-0'), 'utf8')) as { files: string[] }
  expect(rec.files.length).toBeGreaterThan(0)
  for (const f of rec.files) expect(fs.lstatSync(path.join(prefix, f)).isFile()).toBe(true)
  const log: string[] = []
  const r = await removePackage({ prefix, name: 'small-executable', log: l => log.push(l) })
  expect(r.package).toBe('small-executable-1.0-0')
  expect(r.removed).toEqual([...rec.files].sort())
  expect(snapshot(prefix)).toEqual(before)
  expect(fs.readFileSync(path.join(prefix, 'conda-meta', 'history'), 'utf8')).toMatch(/\n-[^\n]*::small-executable-1\.0-0\n$/)
  expect(log.at(-1)).toMatch(/^removed small-executable-1\.0-0 from .*: \d+ file\(s\), \d+ empty folder\(s\)$/)
})

python.test("noarch python: the .pyc compiled at install and those python wrote later go, the environment's python stays", async () => {
  const xy = execFileSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim()
  const prefix = path.join(root, 'noarch-py')
  await install(prefix, ['plain'])
  fs.mkdirSync(path.join(prefix, 'bin'))
  fs.symlinkSync(execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim(), path.join(prefix, 'bin', `python${xy}`))
  const before = snapshot(prefix)
  await install(prefix, ['nap'], { add: true, python: xy })
  const rec = JSON.parse(fs.readFileSync(record(prefix, 'nap-1.0-0'), 'utf8')) as { paths_data: { paths: Array<{ _path: string; path_type: string }> } }
  const sp = `lib/python${xy}/site-packages`
  const tag = `cpython-${xy.replace('.', '')}`
  expect(rec.paths_data.paths.filter(p => p.path_type === 'pyc_file').map(p => p._path)).toEqual(
    expect.arrayContaining([`${sp}/nap/__pycache__/mod.${tag}.pyc`, `${sp}/nap/__pycache__/__init__.${tag}.pyc`])
  )
  expect(fs.existsSync(path.join(prefix, 'bin', 'nap-tool'))).toBe(true)
  // bytecode no record lists: what python -O writes when the module is imported
  const { PYTHONDONTWRITEBYTECODE: _, ...env } = process.env
  execFileSync(path.join(prefix, 'bin', `python${xy}`), ['-O', '-c', 'import nap.mod'], { env: { ...env, PYTHONPATH: path.join(prefix, sp) } })
  expect(fs.existsSync(path.join(prefix, sp, 'nap', '__pycache__', `mod.${tag}.opt-1.pyc`))).toBe(true)
  const r = await removePackage({ prefix, name: 'nap' })
  expect(r.removed).toEqual(expect.arrayContaining([`${sp}/nap/__pycache__/mod.${tag}.opt-1.pyc`, 'bin/nap-tool']))
  expect(snapshot(prefix)).toEqual(before)
})

test('a file another package owns too is kept; the rest of the package goes', async () => {
  const prefix = path.join(root, 'clobber')
  await install(prefix, ['plain'])
  await install(prefix, ['clobberer'], { add: true })
  const r = await removePackage({ prefix, name: 'clobberer-1.0-0' })
  expect(r.kept).toEqual(['share/common.txt'])
  expect(r.removed).toEqual(['share/clobberer/x.txt'])
  expect(fs.existsSync(path.join(prefix, 'share', 'common.txt'))).toBe(true)
  expect(fs.existsSync(path.join(prefix, 'share', 'clobberer'))).toBe(false)
  expect(fs.existsSync(record(prefix, 'clobberer-1.0-0'))).toBe(false)
  expect(fs.existsSync(record(prefix, 'plain-1.0-0'))).toBe(true)
})

describe('pre-unlink scripts', () => {
  let built: string
  beforeAll(async () => {
    const recipe = tempDir('bw-remove-recipe-')
    fs.writeFileSync(
      path.join(recipe, 'meta.yaml'),
      [
        'package:\n  name: unlinker\n  version: "2.5"',
        'build:\n  number: 3\n  noarch: generic\n  script:',
        '    - mkdir -p "$PREFIX/bin" "$PREFIX/share/unlinker"',
        '    - echo data > "$PREFIX/share/unlinker/data.txt"',
        // pre-unlink.sh beside meta.yaml: the builder puts it at bin/.unlinker-pre-unlink.sh, as conda-build does
        'about:\n  license: MIT\n'
      ].join('\n')
    )
    fs.writeFileSync(
      path.join(recipe, 'pre-unlink.sh'),
      [
        '{',
        '  echo "PREFIX=$PREFIX"',
        '  echo "PKG_NAME=$PKG_NAME"',
        '  echo "PKG_VERSION=$PKG_VERSION"',
        '  echo "PKG_BUILDNUM=$PKG_BUILDNUM"',
        '  echo "stdin=$(cat)"',
        '  echo "pwd=$PWD"',
        '  test -f "$PREFIX/share/unlinker/data.txt" && echo "files still there"',
        '} > "$PREFIX/../unlink-env.txt"',
        ''
      ].join('\n')
    )
    built = path.join(root, 'built')
    await buildRecipe({
      recipe,
      outputDir: built,
      channels: [],
      format: 'conda',
      test: false,
      keepWork: false,
      croot: path.join(root, 'w'),
      cacheDir,
      sourceCacheDir: path.join(root, 'src'),
      sourceDateEpoch: '1700000000'
    })
  }, 120_000)

  test('refused with package scripts refused: the script does not run, nothing is removed', async () => {
    const prefix = path.join(root, 'unlink-refused')
    await install(prefix, ['unlinker'], { channels: [built] })
    const before = snapshot(prefix)
    await expect(removePackage({ prefix, name: 'unlinker', allowPackageScripts: false })).rejects.toThrow(
      /allow-package-scripts is false, and unlinker-2\.5-\S+ has a pre-unlink script \(bin\/\.unlinker-pre-unlink\.sh\)[\s\S]*nothing was removed/
    )
    expect(fs.existsSync(path.join(root, 'unlink-env.txt'))).toBe(false)
    expect(snapshot(prefix)).toEqual(before)
  })

  test('the script of a package built here runs first, with PREFIX, PKG_NAME, PKG_VERSION, PKG_BUILDNUM and stdin empty', async () => {
    const prefix = path.join(root, 'unlink')
    await install(prefix, ['unlinker'], { channels: [built] })
    const log: string[] = []
    const r = await removePackage({ prefix, name: 'unlinker', log: l => log.push(l) })
    expect(r.preUnlinkRan).toBe(true)
    expect(fs.readFileSync(path.join(root, 'unlink-env.txt'), 'utf8')).toBe(
      [`PREFIX=${prefix}`, 'PKG_NAME=unlinker', 'PKG_VERSION=2.5', 'PKG_BUILDNUM=3', 'stdin=', `pwd=${prefix}`, 'files still there', ''].join('\n')
    )
    expect(log[0]).toMatch(/^running the pre-unlink script of unlinker-2\.5-\S+: .*\/bin\/\.unlinker-pre-unlink\.sh$/)
    expect(fs.readdirSync(prefix)).toEqual(['conda-meta'])
    expect(fs.readdirSync(path.join(prefix, 'conda-meta'))).toEqual(['history'])
  })

  test('a failing script stops the removal naming the package, nothing removed; onScriptFailure warn goes on as conda does', async () => {
    const prefix = path.join(root, 'unlink-fails')
    await install(prefix, ['fails-unlink'])
    const before = snapshot(prefix)
    await expect(removePackage({ prefix, name: 'fails-unlink' })).rejects.toThrow(
      /the pre-unlink script of fails-unlink-1\.0-0 failed \(exit 3\)[\s\S]*cannot go[\s\S]*nothing of fails-unlink-1\.0-0 was removed/
    )
    expect(snapshot(prefix)).toEqual(before)
    const warn: string[] = []
    await removePackage({ prefix, name: 'fails-unlink', onScriptFailure: 'warn', warn: l => warn.push(l) })
    expect(warn).toEqual([expect.stringMatching(/^the pre-unlink script of fails-unlink-1\.0-0 failed \(exit 3\)[\s\S]*all the same, as conda does$/)])
    expect(fs.existsSync(path.join(prefix, 'share'))).toBe(false)
  })
})

describe('hostile records are refused before anything is run or deleted', () => {
  let prefix: string
  const outside = (): string => path.join(root, 'hostile-outside')
  beforeAll(async () => {
    prefix = path.join(root, 'hostile')
    await install(prefix, ['plain'])
    fs.mkdirSync(outside())
    fs.writeFileSync(path.join(outside(), 'victim.txt'), 'keep me\n')
    fs.symlinkSync(outside(), path.join(prefix, 'linkout'))
  })

  test.each([
    ['a .. segment', ['share/plain.txt', '../hostile-outside/victim.txt'], /lists "\.\.\/hostile-outside\/victim\.txt", which has a '\.\.' segment/],
    ['a .. inside a path', ['share/../../hostile-outside/victim.txt'], /has a '\.\.' segment/],
    ['an absolute path', ['/etc/hostname'], /lists "\/etc\/hostname", which is absolute/],
    ["another package's record", ['conda-meta/plain-1.0-0.json'], /is in conda-meta\//],
    ['a folder that links out of the prefix', ['share/plain.txt', 'linkout/victim.txt'], /'linkout\/victim\.txt' is reached through a link out of the prefix/]
  ])('%s', async (_what, files, message) => {
    const evil = record(prefix, 'evil-1.0-0')
    fs.writeFileSync(evil, JSON.stringify({ name: 'evil', version: '1.0', build: '0', files, paths_data: { paths_version: 1, paths: [] } }))
    const before = snapshot(prefix)
    await expect(removePackage({ prefix, name: 'evil' })).rejects.toThrow(message)
    expect(fs.readFileSync(path.join(outside(), 'victim.txt'), 'utf8')).toBe('keep me\n')
    expect(snapshot(prefix)).toEqual(before)
    fs.rmSync(evil)
  })
})

test('a failure half-way leaves a record that lists what is left; trying again refuses before deleting', async () => {
  const prefix = path.join(root, 'half')
  fs.mkdirSync(path.join(root, 'outside'))
  fs.writeFileSync(path.join(root, 'outside', 'inner.txt'), 'not the package\n')
  await install(prefix, ['turncoat'])
  await expect(removePackage({ prefix, name: 'turncoat' })).rejects.toThrow(
    /removing turncoat-1\.0-0 stopped after 2 file\(s\): 'zz\/inner\.txt' is reached through a link out of the prefix[\s\S]*its record now lists what is left/
  )
  const rec = JSON.parse(fs.readFileSync(record(prefix, 'turncoat-1.0-0'), 'utf8')) as { files: string[]; paths_data: { paths: Array<{ _path: string }> } }
  expect(rec.files).toEqual(['zz/inner.txt'])
  expect(rec.paths_data.paths.map(p => p._path)).toEqual(['zz/inner.txt'])
  expect(fs.existsSync(path.join(prefix, 'aa.txt'))).toBe(false)
  expect(fs.readFileSync(path.join(root, 'outside', 'inner.txt'), 'utf8')).toBe('not the package\n')
  await expect(removePackage({ prefix, name: 'turncoat' })).rejects.toThrow(/reached through a link out of the prefix/)
  expect(fs.readFileSync(path.join(root, 'outside', 'inner.txt'), 'utf8')).toBe('not the package\n')
})

describe('build-wheel conda remove', () => {
  test('removes the packages named, prints a summary; an unknown name is exit 1 naming what is installed', async () => {
    const prefix = path.join(root, 'cli')
    await install(prefix, ['plain'])
    const out: string[] = []
    expect(await condaCommand(['remove', '--prefix', prefix, 'nothere'], s => out.push(s))).toBe(1)
    expect(await condaCommand(['remove', '-p', prefix, 'plain'], s => out.push(s))).toBe(0)
    expect(out.join('')).toMatch(/removed plain-1\.0-0 from .*: 2 file\(s\), 1 empty folder\(s\)/)
    expect(fs.readdirSync(prefix)).toEqual(['conda-meta'])
    expect(await condaCommand(['remove'], () => {})).toBe(2)
  })
})
