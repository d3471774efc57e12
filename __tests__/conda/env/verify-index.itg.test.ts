/**
 * `conda index` on a folder that is not there is an error (nothing created); repodata records
 * with neither sha256 nor md5 are installed with a warning, and refused with verify: strict before
 * anything is downloaded or linked, through the library and the local command.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { indexCommand } from '../../../src/cli/conda/build.js'
import { createCommand } from '../../../src/cli/conda/create.js'
import { createEnvironment } from '../../../src/conda/env/create.js'
import { IndexError, indexChannel } from '../../../src/conda/index/index.js'
import { captureStderr as capture } from '../../support/capture.js'
import { tempDir } from '../../support/temp.js'
import { makePackage } from './make-package.js'

describe('conda index', () => {
  test('a folder that does not exist: an error naming it, and it is not created', async () => {
    const root = tempDir('bw-index-missing-')
    const missing = path.join(root, 'no-such-channel')
    await expect(indexChannel(missing)).rejects.toThrow(
      new IndexError(`${missing} does not exist; give the channel folder that holds the packages (in <subdir>/ folders such as noarch/ or linux-64/)`)
    )
    expect(fs.existsSync(missing)).toBe(false)
    const { value, stderr } = await capture(() => indexCommand([missing], () => {}))
    expect(value).toBe(1)
    expect(stderr).toContain(`error: ${missing} does not exist`)
    expect(fs.existsSync(missing)).toBe(false)
  })
  test('a file is not a channel folder', async () => {
    const file = path.join(tempDir('bw-index-file-'), 'file')
    fs.writeFileSync(file, '')
    await expect(indexChannel(file)).rejects.toThrow(/is not a folder/)
  })
  test('an empty folder is an empty channel', async () => {
    const dir = tempDir('bw-index-empty-')
    expect((await indexChannel(dir)).packages).toBe(0)
    expect(fs.existsSync(path.join(dir, 'noarch', 'repodata.json'))).toBe(true)
  })
})

describe('records without sha256 and md5', () => {
  let root: string
  let channel: string
  beforeAll(async () => {
    root = tempDir('bw-verify-')
    channel = path.join(root, 'channel')
    fs.mkdirSync(channel)
    makePackage(channel, { name: 'hashless', files: { 'share/hashless.txt': 'h\n' } })
    makePackage(channel, { name: 'hashed', files: { 'share/hashed.txt': 'h\n' } })
    await indexChannel(channel)
    const file = path.join(channel, 'noarch', 'repodata.json')
    const repodata = JSON.parse(fs.readFileSync(file, 'utf8')) as { packages: Record<string, Record<string, unknown>> }
    const rec = repodata.packages['hashless-1.0-0.tar.bz2']
    delete rec.sha256
    delete rec.md5
    fs.writeFileSync(file, JSON.stringify(repodata))
  })

  test('verify warn (the default): installed, with a warning naming the package', async () => {
    const warnings: string[] = []
    const prefix = path.join(root, 'warn')
    await createEnvironment({ prefix, channels: [channel], specs: ['hashless', 'hashed'], cacheDir: path.join(root, 'cache'), warn: w => warnings.push(w) })
    expect(fs.existsSync(path.join(prefix, 'share', 'hashless.txt'))).toBe(true)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^1 package\(s\) have neither sha256 nor md5 in their channel's repodata, so their downloads cannot be verified: .*\/noarch\/hashless-1\.0-0\.tar\.bz2; they are used/
      )
    ])
  })

  test('verify strict: refused before anything is fetched; no prefix', async () => {
    const prefix = path.join(root, 'strict')
    const cacheDir = path.join(root, 'cache-strict')
    await expect(createEnvironment({ prefix, channels: [channel], specs: ['hashless'], cacheDir, verify: 'strict' })).rejects.toThrow(
      /hashless-1\.0-0\.tar\.bz2; verify: strict refuses them/
    )
    expect(fs.existsSync(prefix)).toBe(false)
    expect(fs.existsSync(path.join(cacheDir, 'pkgs', 'hashless-1.0-0.tar.bz2'))).toBe(false)
  })

  test('verify strict with hashes: installed', async () => {
    const prefix = path.join(root, 'strict-ok')
    await createEnvironment({ prefix, channels: [channel], specs: ['hashed'], cacheDir: path.join(root, 'cache'), verify: 'strict' })
    expect(fs.existsSync(path.join(prefix, 'share', 'hashed.txt'))).toBe(true)
  })

  test('the local command: --verify strict refuses (exit 1), a bad mode is a usage error (exit 2)', async () => {
    const base = ['--channel', channel, '--cache-dir', path.join(root, 'cache')]
    const strict = await capture(() => createCommand(['--prefix', path.join(root, 'cli-strict'), ...base, '--verify', 'strict', 'hashless'], () => {}))
    expect(strict.value).toBe(1)
    expect(strict.stderr).toMatch(/error: 1 package\(s\) have neither sha256 nor md5.*verify: strict refuses them/)
    const bad = await capture(() => createCommand(['--prefix', path.join(root, 'cli-bad'), ...base, '--verify', 'paranoid', 'hashless'], () => {}))
    expect(bad.value).toBe(2)
    expect(bad.stderr).toContain("--verify: 'paranoid' is not accepted; accepted: warn, strict")
    const refused = await capture(() =>
      createCommand(['--prefix', path.join(root, 'cli-scripts'), ...base, '--allow-package-scripts', '--no-allow-package-scripts', 'hashed'], () => {})
    )
    expect(refused.value).toBe(2)
    expect(refused.stderr).toContain('give --allow-package-scripts or --no-allow-package-scripts, not both')
  })
})
