/**
 * Every package of ../shared/data/conda-packages/MANIFEST.json (conda-build and rattler-build
 * output, .conda and .tar.bz2) served on loopback from a channel of its own and installed with
 * createEnvironment: each file's sha256 where no placeholder applies, no placeholder left where one
 * was declared, binaries the size they were, softlinks as links, entry points and post-link scripts,
 * and conda-meta records with the keys the real records in ../shared/data/conda-metadata have. The
 * channels made here leave dependencies out (python, libgcc... are not in the data), so noarch python
 * packages are installed for Python 3.12 given directly.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { createEnvironment } from '../../../src/conda/env/create.js'
import { ensureExtracted, extractPackage } from '../../../src/conda/env/package.js'
import { tempDir } from '../../support/temp.js'
import { channelFor, type ManifestEntry, metadataDir, packagesDir, readManifest, requireCondaPackages, serve, type Served } from './serve.js'

const data = requireCondaPackages()
const manifest: ManifestEntry[] = data.ok ? readManifest() : []

/** Outcomes other than a clean install, by file. */
const REFUSED: Record<string, RegExp> = {
  // conda-build's indexing fixtures: info/ only, the payload they declare left out
  'conda__conda-build/archives/flask-0.11.1-py_0.tar.bz2':
    /info\/files lists 'site-packages\/Flask-0\.11\.1-py3\.5\.egg-info\/PKG-INFO', which the archive does not hold/,
  'conda__conda-build/archives/spiffy-test-app-0.5-pyh6afbcc8_0.tar.bz2':
    /does not match its own info\/paths\.json: 'python-scripts\/\.spiffy-test-app-post-link\.sh' is declared but not in the archive/,
  // conda's format fixtures: the .conda's symlinks have empty targets, the .tar.bz2 has empty files where paths.json says softlinks
  'conda__conda/conda_format_repo/linux-64/zlib-1.2.11-h7b6447c_3.conda': /member 'lib\/libz\.so\.1': unreadable tar \(TAR_ENTRY_INVALID: linkpath required\)/,
  'conda__conda/conda_format_repo/linux-64/zlib-1.2.11-h7b6447c_3.tar.bz2': /'lib\/libz\.so' is declared a softlink but is a file/
}

/** No index.json at all: not a package a channel can list, so it is extracted and read directly. */
const NOT_PACKAGES = ['conda__conda-package-handling/pkg_with_unicode.conda', 'conda__conda-package-handling/pkg_with_unicode.tar.bz2']

const INSTALLER_KEYS = ['fn', 'url', 'channel', 'extracted_package_dir', 'link', 'files', 'paths_data']

/** Keys every real record has, split into the installer's and the repodata's. */
function realRecordKeys(): string[] {
  const files = ['rattler-conda-meta', 'pixi-conda-meta'].flatMap(d => fs.readdirSync(path.join(metadataDir, d)).map(f => path.join(metadataDir, d, f)))
  const sets = files.map(f => new Set(Object.keys(JSON.parse(fs.readFileSync(f, 'utf8')) as object)))
  return [...sets[0]].filter(k => sets.every(s => s.has(k)))
}

const sha = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

let server: Served
let cacheDir: string
let root: string
beforeAll(async () => {
  if (!data.ok) return
  server = await serve()
  root = tempDir('bw-conda-install-')
  cacheDir = path.join(root, 'cache')
})
afterAll(async () => server?.close())

data.describe('installing every package of MANIFEST.json', () => {
  test('the real records agree on the keys checked here', () => {
    const keys = realRecordKeys()
    for (const k of [...INSTALLER_KEYS, 'name', 'version', 'build', 'build_number', 'depends', 'md5', 'sha256', 'size', 'subdir']) expect(keys).toContain(k)
  })

  for (const file of NOT_PACKAGES)
    test(`${file}: refused, nothing left behind`, async () => {
      const fn = path.basename(file)
      const dir = path.join(root, `direct-${fn}`)
      fs.mkdirSync(dir, { recursive: true })
      const record = { name: 'pkg_with_unicode', version: '0', build: '0', fn, sha256: 'x' }
      await expect(ensureExtracted(path.join(packagesDir, file), record, dir)).rejects.toThrow(/has no info\/index\.json, so it is not a conda package/)
      expect(fs.readdirSync(dir)).toEqual([])
      // the unicode names themselves extract: the payload is there before index.json is looked for
      const members = await extractPackage(path.join(packagesDir, file), path.join(root, `extracted-${fn}`))
      expect(members.map(m => m.path)).toEqual(expect.arrayContaining(['\u2764', 'dir_with_\u03bb_unicode/a_file']))
    })

  for (const [i, e] of manifest.entries()) {
    if (NOT_PACKAGES.includes(e.file)) continue
    test(`${e.file}`, async () => {
      const ch = `m${i}`
      server.channels.set(ch, channelFor(e))
      const gen = server.channels.get(ch)
      const record = Object.values(Object.values(gen?.subdirs ?? {})[0] ?? {})[0] as Record<string, Record<string, unknown>>
      const rec = Object.values(record)[0] as { name: string; version: string; build: string }
      const prefix = path.join(root, `env-${i}`)
      const lines: string[] = []
      const run = createEnvironment({
        prefix,
        channels: [`${server.base}/gen/${ch}`],
        specs: [`${rec.name}==${rec.version}=${rec.build}`],
        subdir: e.subdir && e.subdir !== 'noarch' ? e.subdir : 'linux-64',
        cacheDir,
        python: '3.12',
        log: l => lines.push(l)
      })
      const refused = REFUSED[e.file]
      if (refused) {
        await expect(run).rejects.toThrow(refused)
        expect(fs.existsSync(prefix)).toBe(false) // removed again
        return
      }
      const result = await run
      expect(result.packages).toHaveLength(1)
      const meta = JSON.parse(fs.readFileSync(path.join(prefix, 'conda-meta', `${rec.name}-${rec.version}-${rec.build}.json`), 'utf8')) as Record<
        string,
        unknown
      >
      checkRecordShape(meta, record)
      checkFiles(e, prefix, meta)
      if (e.scripts.some(s => s.endsWith('-post-link.sh')))
        expect(lines.join('\n')).toMatch(new RegExp(`"PKG_NAME": "${rec.name}"|post-link script that just ran|TEST_VAR is set correctly`))
    })
  }
})

function checkRecordShape(meta: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const k of realRecordKeys()) {
    if (INSTALLER_KEYS.includes(k) || k in source || ['build_number', 'depends'].includes(k)) expect(meta).toHaveProperty(k)
  }
  expect(meta.link).toEqual({ source: meta.extracted_package_dir, type: expect.any(Number) })
  const pd = meta.paths_data as { paths_version: number; paths: Array<Record<string, unknown>> }
  expect(pd.paths_version).toBe(1)
  for (const p of pd.paths) {
    expect(typeof p._path).toBe('string')
    if (p.path_type === 'hardlink')
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['_path', 'path_type', 'sha256', 'sha256_in_prefix', 'size_in_bytes']))
    if (p.prefix_placeholder) expect(['text', 'binary']).toContain(p.file_mode)
  }
  expect(meta.files).toEqual(pd.paths.filter(p => p.path_type !== 'directory').map(p => p._path))
}

function checkFiles(e: ManifestEntry, prefix: string, meta: Record<string, unknown>): void {
  const paths = (meta.paths_data as { paths: Array<Record<string, string | number | undefined>> }).paths
  const pkgDir = meta.extracted_package_dir as string
  const declared = fs.existsSync(path.join(pkgDir, 'info', 'paths.json'))
    ? (JSON.parse(fs.readFileSync(path.join(pkgDir, 'info', 'paths.json'), 'utf8')) as { paths: Array<Record<string, string>> }).paths
    : undefined
  const toPrefix = (rel: string): string =>
    e.noarch === 'python' ? rel.replace(/^site-packages\//, 'lib/python3.12/site-packages/').replace(/^python-scripts\//, 'bin/') : rel
  const byPath = new Map((declared ?? []).map(p => [toPrefix(p._path), p]))
  const linked = paths.filter(p => p.path_type !== 'unix_python_entry_point')
  if (e.n_paths !== null) expect(linked).toHaveLength(e.n_paths)
  expect(paths.filter(p => p.path_type === 'unix_python_entry_point')).toHaveLength(e.entry_points)
  for (const p of paths) {
    const abs = path.join(prefix, p._path as string)
    const st = fs.lstatSync(abs)
    if (p.path_type === 'softlink') {
      expect(st.isSymbolicLink()).toBe(true)
      continue
    }
    if (p.path_type === 'directory') continue
    expect(st.isFile()).toBe(true)
    const inPrefix = sha(abs)
    expect(inPrefix).toBe(p.sha256_in_prefix)
    const d = byPath.get(p._path as string)
    if (declared && p.path_type === 'hardlink') expect(d).toBeDefined()
    if (!p.prefix_placeholder) {
      if (p.path_type === 'hardlink') expect(inPrefix).toBe(d?.sha256 ?? p.sha256)
      continue
    }
    expect(fs.readFileSync(abs).includes(Buffer.from(p.prefix_placeholder as string))).toBe(false)
    if (p.file_mode === 'binary') expect(st.size).toBe(p.size_in_bytes)
  }
  const placeholders = paths.filter(p => p.prefix_placeholder)
  expect(placeholders.filter(p => p.file_mode === 'binary')).toHaveLength(e.ph_binary)
  expect(placeholders.filter(p => p.file_mode !== 'binary')).toHaveLength(e.ph_text)
  if (e.paths_json) expect(paths.filter(p => p.path_type === 'softlink')).toHaveLength(e.softlinks)
}

data.describe('what the installed files do', () => {
  const installed = (file: string): string => {
    const i = manifest.findIndex(e => e.file === file)
    return path.join(root, `env-${i}`)
  }
  test('a shared library keeps its ELF shape; its CMake files point into the prefix', () => {
    const prefix = installed('JanCaha__conda-channel/linux-64/libsimplerasters-0.8.2-h3fd9d12_0.conda')
    const so = path.join(prefix, 'lib', 'libsimplerasters.so')
    expect(fs.readlinkSync(so)).toBe('libsimplerasters.so.0.8.2')
    expect(execFileSync('readelf', ['-d', so]).toString()).toContain('libsimplerasters.so')
    const cmake = fs
      .readdirSync(path.join(prefix, 'lib', 'cmake', 'SimpleRasters'))
      .map(f => fs.readFileSync(path.join(prefix, 'lib', 'cmake', 'SimpleRasters', f), 'utf8'))
    expect(cmake.some(t => t.includes(prefix))).toBe(true)
  })
  test('a static library with the prefix replaced in binary form is still an archive ar reads', () => {
    const prefix = installed('greenforge-labs__conda-channel/linux-64/kiss-matcher-0.1.0-hb0f4dca_0.conda')
    const lib = path.join(prefix, 'lib', 'libkiss_matcher_core.a')
    expect(fs.statSync(lib).size).toBe(1124874)
    expect(fs.readFileSync(lib).includes(Buffer.from(prefix))).toBe(true)
    expect(execFileSync('ar', ['t', lib]).toString().trim().split('\n').length).toBeGreaterThan(0)
  })
  test('a script runs, a noarch python package lands in site-packages with its entry points', () => {
    const small = installed('conda__conda/test-recipes/noarch/small-executable-1.0-0.conda')
    expect(execFileSync(path.join(small, 'bin', 'small'), ['there']).toString()).toBe('Hello! there\n')
    const andes = installed('conda__rattler/andes-1.8.3-pyhd8ed1ab_0.conda')
    expect(fs.existsSync(path.join(andes, 'lib', 'python3.12', 'site-packages', 'andes', '__init__.py'))).toBe(true)
    const ep = fs.readFileSync(path.join(andes, 'bin', 'andes'), 'utf8')
    expect(ep.split('\n')[0]).toBe(`#!${andes}/bin/python3.12`)
    expect(ep).toContain('from andes.cli import main')
  })
  test('broken and relative symlinks of cph_test_data are kept as links', () => {
    const prefix = installed('conda__conda-package-handling/cph_test_data-0.0.1-0.tar.bz2')
    expect(fs.readlinkSync(path.join(prefix, 'lib', 'libdangle.lib'))).toBe('libdangle.lib.1')
    expect(fs.existsSync(path.join(prefix, 'lib', 'libdangle.lib'))).toBe(false)
    expect(fs.readlinkSync(path.join(prefix, 'libexec', 'greetings'))).toBe('../bin/hello')
  })
  test('a hard link inside an archive and ./-prefixed names install (rattler sparse packages)', () => {
    expect(fs.readFileSync(path.join(installed('conda__rattler/sparse/symlink-test-1.0.0-0.conda'), 'lib', 'libhard.so'), 'utf8')).toBe(
      fs.readFileSync(path.join(installed('conda__rattler/sparse/symlink-test-1.0.0-0.conda'), 'lib', 'libreal.so.1'), 'utf8')
    )
    expect(fs.existsSync(path.join(installed('conda__rattler/sparse/dotslash-test-1.0.0-0.conda'), 'lib', 'data.txt'))).toBe(true)
  })
  test('link-scripts post-link ran in the prefix', () => {
    expect(fs.existsSync(path.join(installed('conda__rattler/link-scripts/link-scripts-0.1.0-h4616a5c_0.conda'), 'i-was-post-linked'))).toBe(true)
  })
})
