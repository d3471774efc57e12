/**
 * Packages written from a real build: the same bytes twice (both formats), readable by tools no one
 * here wrote (unzip, zstd, tar with bzip2) and by part 2's reader, metadata shaped like the real
 * packages of ../shared/data/conda-packages, index.json and repodata records accepted by rattler's
 * PackageRecord, and the channel installable by part 2 (from the folder and over loopback http).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { buildRecipe, type BuildOptions } from '../../../src/conda/builder/build.js'
import { createEnvironment } from '../../../src/conda/env/create.js'
import { readPackageInfo } from '../../../src/conda/env/package-info.js'
import { extractPackage, payloadProblems } from '../../../src/conda/env/package.js'
import { indexChannel } from '../../../src/conda/index/index.js'
import { readPackageMeta } from '../../../src/conda/index/read.js'
import { all, requireTool } from '../../support/requirements.js'
import { packagesDir, readManifest, requireCondaPackages } from '../env/serve.js'
import { recipe, tmp } from '../helpers.js'
import { localBuild } from './options.js'

const tools = all(requireTool('gcc'), requireTool('patchelf'), requireTool('bzip2'), requireTool('unzip', ['-v']), requireTool('zstd'))
const data = requireCondaPackages()

const META = `package:
  name: relo
  version: "2.1"
build:
  number: 3
  script:
    - mkdir -p "$PREFIX/bin" "$PREFIX/etc" "$PREFIX/lib"
    - printf 'root=%s\\n' "$PREFIX" > "$PREFIX/etc/relo.conf"
    - printf '#include <stdio.h>\\nstatic const char p[] = "%s/etc/relo.conf";\\nint main(void){puts(p);return 0;}\\n' "$PREFIX" > main.c
    - cc -O2 -o "$PREFIX/bin/relo" main.c
    - ln -s relo.conf "$PREFIX/etc/relo-link.conf"
    - printf 'epoch=%s\\n' "$SOURCE_DATE_EPOCH" > "$PREFIX/etc/epoch"
  run_exports:
    - relo >=2.1
requirements:
  run:
    - libc-stub >=1
test:
  commands:
    - relo
about:
  license: MIT
  summary: a package that holds its prefix in a text file and in a binary
`

function options(dir: string, over: Partial<BuildOptions> = {}): BuildOptions {
  return localBuild(dir, { recipe: recipe({ 'meta.yaml': META }), ...over })
}

const sha = (f: string): string => createHash('sha256').update(fs.readFileSync(f)).digest('hex')

tools.describe('packages from a build', () => {
  let dir: string
  const built: Record<string, string> = {}
  beforeAll(async () => {
    dir = tmp('conda-pkg-')
    for (const format of ['conda', 'tar.bz2'] as const) {
      const first = (await buildRecipe(options(dir, { format, outputDir: path.join(dir, `out-${format}`) }))).packages[0]
      const again = (await buildRecipe(options(dir, { format, outputDir: path.join(dir, `again-${format}`) }))).packages[0]
      built[format] = first.path
      built[`${format}-again`] = again.path
    }
  }, 120_000)

  test.each(['conda', 'tar.bz2'])('two builds of one recipe give identical %s bytes', format => {
    expect(path.basename(built[format])).toBe(`relo-2.1-3.${format}`)
    expect(sha(built[`${format}-again`])).toBe(sha(built[format]))
  })

  test('the .conda is a stored zip of metadata.json, pkg-, info- (in that order) that unzip and zstd read', () => {
    const file = built.conda
    const stem = path.basename(file, '.conda')
    const listing = execFileSync('unzip', ['-Zv', file], { encoding: 'utf8' })
    expect([...listing.matchAll(/compression method:\s+(.+)/g)].map(m => m[1].trim())).toEqual(['none (stored)', 'none (stored)', 'none (stored)'])
    expect(execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n')).toEqual([
      'metadata.json',
      `pkg-${stem}.tar.zst`,
      `info-${stem}.tar.zst`
    ])
    const x = tmp('conda-unzip-')
    execFileSync('unzip', ['-q', file, '-d', x])
    expect(JSON.parse(fs.readFileSync(path.join(x, 'metadata.json'), 'utf8'))).toEqual({ conda_pkg_format_version: 2 })
    const list = (part: string): string[] =>
      execFileSync('bash', ['-c', 'zstd -dc "$1" | tar -tv', 'list', path.join(x, `${part}-${stem}.tar.zst`)], { encoding: 'utf8' })
        .trim()
        .split('\n')
    const pkg = list('pkg')
    expect(pkg.map(l => l.split(/\s+/).slice(5).join(' '))).toEqual(['bin/relo', 'etc/epoch', 'etc/relo-link.conf -> relo.conf', 'etc/relo.conf'])
    expect(pkg.every(l => / 0\/0 /.test(l) && l.includes('2023-11-14'))).toBe(true)
    const info = list('info').map(l => l.split(/\s+/).slice(5).join(' '))
    expect(info).toEqual([...info].sort())
    expect(info).toEqual(
      expect.arrayContaining([
        'info/index.json',
        'info/paths.json',
        'info/files',
        'info/has_prefix',
        'info/about.json',
        'info/run_exports.json',
        'info/recipe/meta.yaml',
        'info/recipe/meta.yaml.template',
        'info/test/run_test.sh'
      ])
    )
  })

  test('the .tar.bz2 lists info/ first, sorted, and tar with bzip2 extracts it', () => {
    const names = execFileSync('tar', ['-tjf', built['tar.bz2']], { encoding: 'utf8' }).trim().split('\n')
    const firstPayload = names.findIndex(n => !n.startsWith('info/'))
    expect(names.slice(firstPayload).every(n => !n.startsWith('info/'))).toBe(true)
    expect(names.slice(0, firstPayload)).toEqual([...names.slice(0, firstPayload)].sort())
    expect(names.slice(firstPayload)).toEqual(['bin/relo', 'etc/epoch', 'etc/relo-link.conf', 'etc/relo.conf'])
  })

  test.each(['conda', 'tar.bz2'])('part 2 reads the %s: payload matches paths.json; prefix recorded as text and binary', async format => {
    const x = path.join(tmp('conda-x-'), 'p')
    const members = await extractPackage(built[format], x)
    const info = readPackageInfo(x)
    expect(payloadProblems(info, members)).toEqual([])
    const byPath = Object.fromEntries(info.paths.map(p => [p._path, p]))
    expect(byPath['etc/relo.conf']).toMatchObject({ file_mode: 'text', path_type: 'hardlink' })
    expect(byPath['bin/relo']).toMatchObject({ file_mode: 'binary' })
    expect(byPath['bin/relo'].prefix_placeholder).toHaveLength(255)
    expect(byPath['etc/relo-link.conf']).toMatchObject({ path_type: 'softlink', sha256: byPath['etc/relo.conf'].sha256 })
    expect(info.index).toMatchObject({
      name: 'relo',
      version: '2.1',
      build_number: 3,
      subdir: 'linux-64',
      arch: 'x86_64',
      platform: 'linux',
      depends: ['libc-stub >=1'],
      timestamp: 1700000000000,
      license: 'MIT'
    })
    expect(
      fs
        .readFileSync(path.join(x, 'info', 'has_prefix'), 'utf8')
        .trim()
        .split('\n')
        .map(l => l.split(' ').slice(1).join(' '))
    ).toEqual(['binary bin/relo', 'text etc/relo.conf'])
    expect(JSON.parse(fs.readFileSync(path.join(x, 'info', 'run_exports.json'), 'utf8'))).toEqual({ weak: ['relo >=2.1'] })
    expect(fs.readFileSync(path.join(x, 'etc', 'epoch'), 'utf8')).toBe('epoch=1700000000\n')
  })

  test("rattler's PackageRecord accepts index.json and the repodata record", async () => {
    const { PackageRecord } = await import('@conda-org/rattler')
    const meta = await readPackageMeta(built.conda)
    const a = new PackageRecord(meta.index as never)
    expect(a.build).toBe(String(meta.index.build))
    a.free()
    const repodata = JSON.parse(fs.readFileSync(path.join(path.dirname(built.conda), 'repodata.json'), 'utf8'))
    for (const r of Object.values(repodata['packages.conda'])) new PackageRecord(r as never).free()
  })

  data.test('index.json, paths.json and about.json use only keys the real packages use', async () => {
    const seen = { index: new Set<string>(), paths: new Set<string>() }
    for (const e of readManifest().filter(m => m.format === '.conda' && m.paths_json && m.name)) {
      const x = path.join(tmp('conda-real-'), 'p')
      try {
        await extractPackage(path.join(packagesDir, e.file), x)
      } catch {
        continue // the odd archives part 2 refuses on purpose
      }
      for (const k of Object.keys(JSON.parse(fs.readFileSync(path.join(x, 'info', 'index.json'), 'utf8')))) seen.index.add(k)
      for (const p of readPackageInfo(x).paths) for (const k of Object.keys(p)) seen.paths.add(k)
    }
    const x = path.join(tmp('conda-ours-'), 'p')
    await extractPackage(built.conda, x)
    const index = JSON.parse(fs.readFileSync(path.join(x, 'info', 'index.json'), 'utf8'))
    expect(Object.keys(index).filter(k => !seen.index.has(k))).toEqual([])
    const paths = JSON.parse(fs.readFileSync(path.join(x, 'info', 'paths.json'), 'utf8'))
    expect(Object.keys(paths).sort()).toEqual(['paths', 'paths_version'])
    for (const p of paths.paths) expect(Object.keys(p).filter(k => !seen.paths.has(k))).toEqual([])
    // conda-build's writer: keys sorted, two-space indent
    const text = fs.readFileSync(path.join(x, 'info', 'index.json'), 'utf8')
    expect(text).toBe(JSON.stringify(index, Object.keys(index).sort(), 2))
  })

  test('the output folder is a channel part 2 installs from, as a folder and over http; placeholders replaced', async () => {
    const out = path.dirname(path.dirname(built.conda))
    expect(fs.existsSync(path.join(out, 'noarch', 'repodata.json'))).toBe(true)
    const cd = JSON.parse(fs.readFileSync(path.join(out, 'channeldata.json'), 'utf8'))
    expect(cd.packages.relo).toMatchObject({
      version: '2.1',
      subdirs: ['linux-64'],
      text_prefix: true,
      binary_prefix: true,
      run_exports: { '2.1': { weak: ['relo >=2.1'] } },
      timestamp: 1700000000
    })
    expect((await indexChannel(out)).read).toBe(0) // incremental: nothing changed
    // the recipe's run dependency, built into the same channel (the index is updated in place)
    const stub = recipe({
      'meta.yaml':
        'package:\n  name: libc-stub\n  version: "1.5"\nbuild:\n  noarch: generic\n  script: mkdir -p "$PREFIX/share" && echo stub > "$PREFIX/share/libc-stub.txt"\n'
    })
    await buildRecipe(options(dir, { recipe: stub, outputDir: out }))
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(out, 'noarch', 'repodata.json'), 'utf8'))['packages.conda'])).toEqual([
      expect.stringMatching(/^libc-stub-1\.5-.+\.conda$/)
    ])
    const server = http.createServer((req, res) => {
      const rel = decodeURIComponent((req.url ?? '/').split('?')[0])
      const file = path.join(out, rel)
      if (!file.startsWith(out + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end()
      res.writeHead(200).end(fs.readFileSync(file))
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      for (const channel of [out, base]) {
        const prefix = path.join(tmp('conda-inst-'), 'env')
        const r = await createEnvironment({ prefix, channels: [channel], specs: ['relo'], cacheDir: path.join(tmp('conda-c-'), 'c') })
        expect(r.packages.map(p => `${p.name}-${p.version}`).sort()).toEqual(['libc-stub-1.5', 'relo-2.1'])
        expect(fs.readFileSync(path.join(prefix, 'etc', 'relo.conf'), 'utf8')).toBe(`root=${prefix}\n`)
        expect(execFileSync(path.join(prefix, 'bin', 'relo'), { encoding: 'utf8' })).toBe(`${prefix}/etc/relo.conf\n`)
        const rec = JSON.parse(fs.readFileSync(r.packages.find(p => p.name === 'relo')!.record, 'utf8'))
        const bin = rec.paths_data.paths.find((p: { _path: string }) => p._path === 'bin/relo')
        expect(fs.statSync(path.join(prefix, 'bin', 'relo')).size).toBe(bin.size_in_bytes) // binary replacement keeps the size
        expect(fs.readlinkSync(path.join(prefix, 'etc', 'relo-link.conf'))).toBe('relo.conf')
        expect(fs.readFileSync(path.join(prefix, 'share', 'libc-stub.txt'), 'utf8')).toBe('stub\n')
        // relocated files are copies, yet the package is recorded as hard-linked (conda's link type 1), with its
        // arch, platform and the spec that asked for it; the noarch stub's file is a real hard link
        expect(rec).toMatchObject({ link: { type: 1 }, arch: 'x86_64', platform: 'linux', requested_specs: ['relo'] })
        const stubRec = JSON.parse(fs.readFileSync(r.packages.find(p => p.name === 'libc-stub')!.record, 'utf8'))
        expect(stubRec.link.type).toBe(1)
        expect(fs.statSync(path.join(prefix, 'share', 'libc-stub.txt')).nlink).toBeGreaterThan(1)
      }
    } finally {
      await new Promise<void>(r => server.close(() => r()))
    }
  })
})
