/**
 * Install throughput of the real conda packages in ../shared/data/conda-packages (MANIFEST.json)
 * against raw extraction of the same payloads (`zstd -d | tar -x` for the parts of a .conda,
 * `bzip2 -d | tar -x` for a .tar.bz2), in one run. Each package gets a local channel of its own (a
 * temporary folder with a symlink to the file and a repodata.json written from the manifest) and a
 * prefix of its own; a cold run starts from an empty package cache (copy, verify, extract, link,
 * records), a warm run links from the filled cache. Packages that are refused on purpose (see
 * __tests__/conda/env/install.test.ts) are left out of both sides.
 *
 * Run from the project root (node_modules/.bin first on PATH so Node 24 runs tsx):
 *   PATH=$PWD/node_modules/.bin:$PATH tsx bench/conda-install.mjs
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readZipEntries, readZipEntry } from '../src/archive/zip.js'
import { createEnvironment } from '../src/conda/env/create.js'
import { loadRattler } from '../src/conda/env/solve.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const data = path.resolve(root, '..', 'shared', 'data', 'conda-packages')
const SKIP = new Set([
  'conda__conda-package-handling/pkg_with_unicode.conda',
  'conda__conda-package-handling/pkg_with_unicode.tar.bz2',
  'conda__conda-build/archives/flask-0.11.1-py_0.tar.bz2',
  'conda__conda-build/archives/spiffy-test-app-0.5-pyh6afbcc8_0.tar.bz2',
  'conda__conda/conda_format_repo/linux-64/zlib-1.2.11-h7b6447c_3.conda',
  'conda__conda/conda_format_repo/linux-64/zlib-1.2.11-h7b6447c_3.tar.bz2'
])
const manifest = JSON.parse(fs.readFileSync(path.join(data, 'MANIFEST.json'), 'utf8')).filter(e => !SKIP.has(e.file))
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bw-bench-conda-'))

/** `first | tar -x -C dest` with `input` on first's stdin (argv only). */
function pipeToTar(first, input, dest) {
  fs.mkdirSync(dest, { recursive: true })
  return new Promise((resolve, reject) => {
    const a = spawn(first[0], first.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] })
    const b = spawn('tar', ['-x', '-C', dest], { stdio: [a.stdout, 'ignore', 'inherit'] })
    a.stdin.end(input)
    b.on('close', code => (code === 0 ? resolve() : reject(new Error(`tar exited ${code}`))))
    a.on('error', reject)
    b.on('error', reject)
  })
}

async function rawExtract(e, dest) {
  const file = path.join(data, e.file)
  if (e.format === '.tar.bz2') return pipeToTar(['bzip2', '-dc'], fs.readFileSync(file), dest)
  const buf = fs.readFileSync(file)
  for (const entry of readZipEntries(buf)) if (/\.tar\.zst$/.test(entry.name)) await pipeToTar(['zstd', '-dcq'], readZipEntry(buf, entry), dest)
}

function channelFor(e, i) {
  const fn = path.basename(e.file)
  const subdir = e.subdir ?? 'noarch'
  const dir = path.join(work, 'channels', `c${i}`, subdir)
  fs.mkdirSync(dir, { recursive: true })
  fs.symlinkSync(path.join(data, e.file), path.join(dir, fn))
  const bytes = fs.readFileSync(path.join(data, e.file))
  const rec = {
    name: e.name,
    version: e.version,
    build: e.build,
    build_number: 0,
    depends: [],
    subdir,
    ...(e.noarch ? { noarch: e.noarch } : {}),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    md5: createHash('md5').update(bytes).digest('hex'),
    size: bytes.length
  }
  fs.writeFileSync(
    path.join(dir, 'repodata.json'),
    JSON.stringify({ info: { subdir }, packages: {}, 'packages.conda': {}, [fn.endsWith('.conda') ? 'packages.conda' : 'packages']: { [fn]: rec } })
  )
  return path.join(work, 'channels', `c${i}`)
}

async function installAll(tag, cacheDir) {
  let files = 0
  const t = performance.now()
  for (const [i, e] of manifest.entries()) {
    const r = await createEnvironment({
      prefix: path.join(work, tag, `p${i}`),
      channels: [channels[i]],
      specs: [`${e.name}==${e.version}=${e.build}`],
      subdir: e.subdir && e.subdir !== 'noarch' ? e.subdir : 'linux-64',
      cacheDir,
      python: '3.12'
    })
    files += r.packages.reduce((n, p) => n + p.files, 0)
  }
  return { seconds: (performance.now() - t) / 1000, files }
}

const channels = manifest.map(channelFor)
const bytes = manifest.reduce((n, e) => n + e.size, 0)
await loadRattler() // the solver's wasm is loaded once per process: not part of either side

const t = performance.now()
for (const [i, e] of manifest.entries()) await rawExtract(e, path.join(work, 'raw', `r${i}`))
const raw = (performance.now() - t) / 1000

const cacheDir = path.join(work, 'cache')
const cold = await installAll('cold', cacheDir)
const warm = await installAll('warm', cacheDir)
const mib = n => (n / 1024 / 1024).toFixed(2)
console.log(`${manifest.length} packages, ${mib(bytes)} MiB of archives, ${cold.files} paths installed`)
console.log(`raw extraction (zstd -d | tar -x, bzip2 -d | tar -x): ${raw.toFixed(2)} s  (${mib(bytes / raw)} MiB/s)`)
console.log(
  `conda create, cold package cache:                  ${cold.seconds.toFixed(2)} s  (${mib(bytes / cold.seconds)} MiB/s)  ratio ${(cold.seconds / raw).toFixed(2)}x raw`
)
console.log(
  `conda create, warm package cache:                  ${warm.seconds.toFixed(2)} s  (${mib(bytes / warm.seconds)} MiB/s)  ratio ${(warm.seconds / raw).toFixed(2)}x raw`
)
console.log(
  `per package: raw ${((raw / manifest.length) * 1000).toFixed(0)} ms, cold ${((cold.seconds / manifest.length) * 1000).toFixed(0)} ms, warm ${((warm.seconds / manifest.length) * 1000).toFixed(0)} ms (each install solves, reads repodata, writes conda-meta)`
)
fs.rmSync(work, { recursive: true, force: true })
