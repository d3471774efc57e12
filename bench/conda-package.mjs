#!/usr/bin/env node
// Benchmark: writing a .conda of a CPython installation (about 9,000 files, 300 MB) with our
// packager (writePackage, the build's own entry: payload read and hashed once, info/ written, zstd
// on every CPU, the stored zip) against conda-package-handling's API (`conda_package_handling.api.create`,
// as conda-build calls it, at the same level) and `tar -c | zstd -T0` of the same tree, interleaved
// in each run. cph and tar get the same payload plus the info/ our packager wrote, so all three hold
// the same files. Needs Debian's conda-package-handling (apt-get install conda-package-handling;
// BENCH_PYTHON names another interpreter that has it).
//   PATH=$PWD/node_modules/.bin:$PATH tsx bench/conda-package.mjs
//   BENCH_RUNS=3 BENCH_LEVEL=19 BENCH_TREE=/some/prefix (default: a copy of pyenv's newest 3.12)
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { writePackage } from '../src/conda/package/write.ts'
import { listFiles } from '../src/conda/post/files.ts'

const runs = Number(process.env.BENCH_RUNS ?? 1)
const level = Number(process.env.BENCH_LEVEL ?? 19)
const mtime = 1700000000
// Debian's python3, which has conda_package_handling (a pyenv shim on PATH would not)
const python = process.env.BENCH_PYTHON ?? '/usr/bin/python3'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-conda-package-'))

function defaultTree() {
  const root = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim()
  const versions = fs.readdirSync(path.join(root, 'versions')).filter(v => /^3\.12\.\d+$/.test(v))
  if (!versions.length) throw new Error(`no CPython 3.12 under ${root}/versions: set BENCH_TREE to an installation`)
  versions.sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
  return path.join(root, 'versions', versions.at(-1))
}

/** The InfoInput of a build that produced `files` (no recipe files, no tests). */
function infoInput(tree, files, recipeDir) {
  return {
    variant: {
      name: 'python',
      version: '3.12',
      buildNumber: 0,
      buildString: 'bench_0',
      subdir: 'linux-64',
      meta: { package: { name: 'python', version: '3.12' }, build: { include_recipe: false }, about: { license: 'PSF-2.0' } },
      variant: {},
      hashInput: {}
    },
    recipeDir,
    recipeFile: path.join(recipeDir, 'meta.yaml'),
    srcDir: tree,
    depends: [],
    constrains: [],
    timestamp: mtime * 1000,
    files: files.map(rel => ({ rel, abs: path.join(tree, rel) })),
    prefixHits: [],
    entryPoints: [],
    channels: []
  }
}

const CPH = `
import sys
from conda_package_handling import api
prefix, out, level = sys.argv[1], sys.argv[2], sys.argv[3]
files = [l for l in open(sys.argv[4]).read().split('\\n') if l]
api.create(prefix, files, out, compression_tuple=('.tar.zst', 'zstd', 'zstd:compression-level=' + level))
`

/** Wall seconds of our packager, and its CPU seconds (every thread of this process: zstd's too). */
async function timedHere(fn) {
  const [t0, c0] = [performance.now(), process.cpuUsage()]
  await fn()
  const c = process.cpuUsage(c0)
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 }
}

/** Wall and CPU seconds of a command and its children (GNU time's %U and %S). */
function timedRun(argv) {
  const t0 = performance.now()
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', ...argv], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const wall = (performance.now() - t0) / 1000
  const last = r.stderr.trim().split('\n').at(-1) ?? ''
  if (r.status !== 0) throw new Error(`${argv.slice(0, 3).join(' ')}... failed with ${r.status}: ${r.stderr.trim().slice(-2000)}`)
  const [user, sys] = last.split(' ').map(Number)
  return { wall, cpu: user + sys }
}

function run(argv) {
  const r = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] })
  if (r.status !== 0) throw new Error(`${argv.slice(0, 3).join(' ')}... failed with ${r.status}`)
}

try {
  const source = process.env.BENCH_TREE ?? defaultTree()
  const tree = path.join(work, 'tree')
  run(['cp', '-a', source, tree])
  const files = listFiles(tree)
  const bytes = files.reduce((n, f) => n + fs.lstatSync(path.join(tree, f)).size, 0)
  const recipeDir = path.join(work, 'recipe')
  fs.mkdirSync(recipeDir)
  fs.writeFileSync(path.join(recipeDir, 'meta.yaml'), 'package: {name: python, version: "3.12"}\n')
  const stage = path.join(work, 'stage')
  const load = () =>
    os
      .loadavg()
      .map(x => x.toFixed(2))
      .join(' ')
  console.log(`tree: ${source}, ${files.length} files, ${(bytes / 1e6).toFixed(0)} MB; zstd level ${level}; ${os.availableParallelism()} CPUs; load ${load()}`)

  const samples = { ours: [], cph: [], tar: [] }
  const sizes = {}
  const digests = new Set()
  for (let i = 0; i < runs; i++) {
    const out = path.join(work, `out-${i}`)
    fs.mkdirSync(out)
    samples.ours.push(
      await timedHere(() => writePackage(stage, infoInput(tree, files, recipeDir), 'python-3.12-bench_0', out, { format: 'conda', level, mtime }))
    )
    const ours = path.join(out, 'python-3.12-bench_0.conda')
    sizes.ours = fs.statSync(ours).size
    digests.add(createHash('sha256').update(fs.readFileSync(ours)).digest('hex'))
    if (i === 0) fs.cpSync(path.join(stage, 'info'), path.join(tree, 'info'), { recursive: true })
    const all = [...listFiles(path.join(tree, 'info')).map(f => `info/${f}`), ...files]
    fs.writeFileSync(path.join(work, 'files.txt'), all.join('\n'))

    const cph = path.join(out, 'cph', 'python-3.12-bench_0.conda')
    fs.mkdirSync(path.dirname(cph))
    samples.cph.push(timedRun([python, '-c', CPH, tree, cph, String(level), path.join(work, 'files.txt')]))
    sizes.cph = fs.statSync(cph).size

    const tarZst = path.join(out, 'tree.tar.zst')
    const script = 'tar -c --sort=name --owner=0 --group=0 --numeric-owner -C "$1" . | zstd -q "-$2" -T0 -o "$3"'
    samples.tar.push(timedRun(['bash', '--noprofile', '--norc', '-o', 'pipefail', '-c', script, 'bench', tree, String(level), tarZst]))
    sizes.tar = fs.statSync(tarZst).size
    const f = x => `${x.wall.toFixed(1)} s (cpu ${x.cpu.toFixed(0)} s)`
    process.stderr.write(`run ${i + 1}/${runs}: ours ${f(samples.ours[i])}, cph ${f(samples.cph[i])}, tar|zstd ${f(samples.tar[i])}; load ${load()}\n`)
    fs.rmSync(out, { recursive: true, force: true })
  }
  const median = xs => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
  const wall = k => median(samples[k].map(s => s.wall))
  const cpu = k => median(samples[k].map(s => s.cpu))
  const [o, c, t] = [wall('ours'), wall('cph'), wall('tar')]
  const mb = n => `${(n / 1e6).toFixed(1)} MB`
  const row = (name, k, w) => console.log(`${name.padEnd(22)}${w.toFixed(1).padStart(7)} s  ${cpu(k).toFixed(0).padStart(5)} s  ${mb(sizes[k])}`)
  console.log(`${''.padEnd(22)}wall, cpu (medians of ${runs}), size`)
  row('ours (writePackage)', 'ours', o)
  row('cph api.create', 'cph', c)
  row('tar | zstd -T0', 'tar', t)
  console.log(`cph/ours   ${(c / o).toFixed(2)}x faster (goal: at least 2x)`)
  console.log(`ours/tar   ${(o / t).toFixed(2)}x (goal: at most 1.2x)`)
  console.log(`size ours/cph ${(sizes.ours / sizes.cph).toFixed(3)}, ours/tar ${(sizes.ours / sizes.tar).toFixed(3)} (goal: at most cph's)`)
  if (runs > 1) console.log(`our package's bytes: ${digests.size === 1 ? 'identical in every run' : `DIFFER between runs (${digests.size} digests)`}`)
  console.log(`load at the end: ${load()}`)
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
