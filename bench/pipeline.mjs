#!/usr/bin/env node
// Benchmark: the per-Python wheel loop (issue 18 part 1). On the bundled example, the warm job (the C
// tree restored from the cache; build, repair, the final tag check and the fresh-venv test of every
// Python) against the floor: bare `python -m pip wheel --no-deps` of the same package for the same
// Pythons, one after another. Both sides run in the same benchmark run, interleaved (the order flips
// every run): these machines are noisy, so read the ratio, not the seconds.
//   npm run bench                                  (BENCH_RUNS=3, every CPython 3.9+ found)
//   BENCH_PYTHONS="3.11 3.12" BENCH_RUNS=5 npm run bench
//   BENCH_ARGS="--wheel-jobs 1" npm run bench      (extra flags for the pipeline, e.g. the serial loop)
// The pipeline is src/cli bundled with esbuild into a temporary folder (the sources as they are: dist/
// may lag behind them, and esbuild does not type-check, so work in progress elsewhere does not stop
// it), or the bundle BENCH_CLI names (e.g. BENCH_CLI=dist/cli/index.js).
import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const example = path.join(repo, 'examples', 'montage-mini')
const runs = Number(process.env.BENCH_RUNS ?? 3)
const extra = (process.env.BENCH_ARGS ?? '').split(/\s+/).filter(Boolean)
// pip cannot reach PyPI on these machines and would retry it for ~20 s per isolated build: both sides
// run with PIP_RETRIES=0 (the variable reaches pip's build-isolation subprocess; a flag would not)
const env = { ...process.env, PIP_RETRIES: '0', PIP_DISABLE_PIP_VERSION_CHECK: '1' }
const temps = []
// removed however the benchmark ends (a failed step exits at once)
process.on('exit', () => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true })
})
const tempDir = prefix => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  temps.push(d)
  return d
}

function copyExample() {
  const dir = tempDir('bench-example-')
  const files = execFileSync('git', ['ls-files', '-z', '.'], { cwd: example }).toString().split('\0').filter(Boolean)
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.copyFileSync(path.join(example, f), path.join(dir, f))
    fs.chmodSync(path.join(dir, f), fs.statSync(path.join(example, f)).mode)
  }
  return dir
}

/** CPython interpreters: pyenv's versions and pythonX.Y on PATH, one per minor version, 3.9 and newer. */
function findPythons() {
  const root = spawnSync('sh', ['-c', 'pyenv root 2>/dev/null || echo $HOME/.pyenv'], { encoding: 'utf8' }).stdout.trim()
  const found = new Map()
  const versions = fs.existsSync(path.join(root, 'versions')) ? fs.readdirSync(path.join(root, 'versions')) : []
  for (const v of versions.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const m = /^3\.(\d+)\.\d+$/.exec(v)
    const py = path.join(root, 'versions', v, 'bin', 'python')
    if (m && Number(m[1]) >= 9 && fs.existsSync(py)) found.set(`3.${m[1]}`, py)
  }
  for (let minor = 9; minor <= 14; minor++) {
    if (found.has(`3.${minor}`)) continue
    const r = spawnSync('sh', ['-c', `command -v python3.${minor}`], { encoding: 'utf8' })
    if (r.status === 0 && r.stdout.trim()) found.set(`3.${minor}`, r.stdout.trim())
  }
  const asked = (process.env.BENCH_PYTHONS ?? '').split(/\s+/).filter(Boolean)
  const chosen = asked.length ? asked : [...found.keys()]
  for (const v of chosen) if (!found.has(v)) throw new Error(`no Python ${v} found (pyenv versions, python${v} on PATH)`)
  return chosen.map(v => ({ version: v, path: found.get(v) }))
}

function pipelineCli() {
  if (process.env.BENCH_CLI) return path.resolve(process.env.BENCH_CLI)
  const out = path.join(tempDir('bench-cli-'), 'cli', 'index.js')
  const esbuild = path.join(repo, 'node_modules', '.bin', 'esbuild')
  process.stderr.write(`bundling src/cli/index.ts into ${out}\n`)
  // an ESM bundle whose CommonJS dependencies get a require of their own
  const banner = "import { createRequire as benchRequire } from 'node:module'; const require = benchRequire(import.meta.url);"
  const args = [
    'src/cli/index.ts',
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--target=node24',
    `--outfile=${out}`,
    '--log-level=warning',
    `--banner:js=${banner}`
  ]
  execFileSync(esbuild, args, { cwd: repo, stdio: 'inherit' })
  return out
}

function timed(label, argv, opts = {}) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28, env, ...opts })
  const s = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status}):\n${(r.stdout + r.stderr).split('\n').slice(-40).join('\n')}`)
    process.exit(1)
  }
  return s
}

const pythons = findPythons()
const cli = pipelineCli()
const cache = tempDir('bench-cache-')
const pipeline = tree => [
  process.execPath,
  cli,
  'build',
  '--path',
  tree,
  '--cache-dir',
  cache,
  '--output-dir',
  tempDir('bench-out-'),
  '--python-versions',
  pythons.map(p => p.version).join(' '),
  ...extra
]

/** A copy of the example made and generated once (make, generate.py), for the bare pip runs. */
function preparedTree() {
  const tree = copyExample()
  timed('make', ['make', '-j1'], { cwd: tree })
  const pkg = path.join(tree, 'python', 'MiniPy')
  timed('generate.py', [pythons[0].path, 'generate.py'], { cwd: pkg })
  return pkg
}

/** Bare pip wheel for every Python, one after another, from a fresh copy of the prepared tree. */
function barePip(prepared) {
  const pkg = path.join(tempDir('bench-pip-'), 'MiniPy')
  fs.cpSync(prepared, pkg, { recursive: true })
  const out = tempDir('bench-pip-out-')
  let sum = 0
  for (const p of pythons) sum += timed(`pip wheel (${p.version})`, [p.path, '-m', 'pip', 'wheel', '--no-deps', '--wheel-dir', out, '.'], { cwd: pkg })
  return sum
}

process.stderr.write(
  `Pythons: ${pythons.map(p => `${p.version} (${p.path})`).join(', ')}\nload: ${os
    .loadavg()
    .map(l => l.toFixed(2))
    .join(' ')}\n`
)
const prepared = preparedTree()
const cold = timed('pipeline (cold, fills the cache)', pipeline(copyExample()))
const samples = { warm: [], pip: [], ratio: [] }
for (let i = 0; i < runs; i++) {
  let warm, pip
  if (i % 2 === 0) {
    warm = timed('pipeline (warm)', pipeline(copyExample()))
    pip = barePip(prepared)
  } else {
    pip = barePip(prepared)
    warm = timed('pipeline (warm)', pipeline(copyExample()))
  }
  samples.warm.push(warm)
  samples.pip.push(pip)
  samples.ratio.push(warm / pip)
  process.stderr.write(`run ${i + 1}/${runs}: warm ${warm.toFixed(2)} s, bare pip wheel ${pip.toFixed(2)} s: ${(warm / pip).toFixed(2)}x\n`)
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const names = pythons.map(p => p.version).join(' ')
console.log(`wheel loop on examples/montage-mini, Pythons ${names}, ${runs} runs (medians)${extra.length ? `, pipeline flags: ${extra.join(' ')}` : ''}:`)
console.log(`  cold job (make + wheels, once)                   ${cold.toFixed(2)} s`)
console.log(`  warm job (C tree restored; build, repair, test)  ${median(samples.warm).toFixed(2)} s`)
console.log(`  bare pip wheel --no-deps, summed                 ${median(samples.pip).toFixed(2)} s`)
console.log(`  ratio warm job / bare pip (goal <= 1.5)          ${median(samples.ratio).toFixed(2)}x (runs: ${samples.ratio.map(r => r.toFixed(2)).join(' ')})`)
console.log(
  `  load average at the end                          ${os
    .loadavg()
    .map(l => l.toFixed(2))
    .join(' ')}`
)
