#!/usr/bin/env node
// Benchmark: the wheel pipeline on the bundled example, cold (empty cache) and warm (C tree restored),
// against the same commands in a plain bash script, interleaved in one run (these machines are noisy:
// read the ratios, not the seconds).
//   npm run bench                       (BENCH_RUNS=3, BENCH_PYTHONS="3.11 3.12")
import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const example = path.join(repo, 'examples', 'montage-mini')
const runs = Number(process.env.BENCH_RUNS ?? 3)
const pythons = (process.env.BENCH_PYTHONS ?? '3.11 3.12').split(/\s+/).filter(Boolean)
// pip cannot reach PyPI on these machines and would retry it for ~20 s per isolated build: both sides
// run with PIP_RETRIES=0 (the variable reaches pip's build-isolation subprocess; a flag would not)
const env = { ...process.env, PIP_RETRIES: '0', PIP_DISABLE_PIP_VERSION_CHECK: '1' }

function freshCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-example-'))
  const files = execFileSync('git', ['ls-files', '-z', '.'], { cwd: example }).toString().split('\0').filter(Boolean)
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.copyFileSync(path.join(example, f), path.join(dir, f))
    fs.chmodSync(path.join(dir, f), fs.statSync(path.join(example, f)).mode)
  }
  return dir
}

function findPython(minor) {
  const root = execFileSync('sh', ['-c', 'pyenv root 2>/dev/null || echo $HOME/.pyenv']).toString().trim()
  const versions = fs.existsSync(path.join(root, 'versions')) ? fs.readdirSync(path.join(root, 'versions')) : []
  const v = versions
    .filter(x => x.startsWith(`${minor}.`))
    .sort()
    .pop()
  if (v) return path.join(root, 'versions', v, 'bin', 'python')
  return execFileSync('sh', ['-c', `command -v python${minor}`])
    .toString()
    .trim()
}

const BASH = `set -e
tree="$1"; out="$2"; shift 2
cd "$tree" && make -j1
cd python/MiniPy && "$1" generate.py   # before-build, once, with the first Python
for py in "$@"; do
  "$py" -m pip wheel --no-deps --wheel-dir "$out/raw" .
  whl=$(ls "$out"/raw/*-cp$("$py" -c 'import sys; print("%d%d" % sys.version_info[:2])')-*.whl)
  venv=$(mktemp -d); "$py" -m venv "$venv"
  "$venv/bin/python" -m pip install "$whl"
  (cd "$(mktemp -d)" && "$venv/bin/python" "$tree/python/MiniPy/tests/test_smoke.py")
done`

function timed(label, argv) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28, env })
  const s = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status}):\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`)
    process.exit(1)
  }
  return s
}

const node = process.execPath
const cli = path.join(repo, 'bin', 'build-wheel.js')
const pyPaths = pythons.map(findPython)
const samples = { cold: [], warm: [], bash: [] }

for (let i = 0; i < runs; i++) {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cache-'))
  const args = (tree, out) => [
    node,
    cli,
    'build',
    '--path',
    tree,
    '--cache-dir',
    cache,
    '--output-dir',
    out,
    '--python-versions',
    pythons.join(' '),
    '--repair',
    'none'
  ]
  samples.cold.push(timed('pipeline (cold)', args(freshCopy(), fs.mkdtempSync(path.join(os.tmpdir(), 'bench-out-')))))
  samples.warm.push(timed('pipeline (warm)', args(freshCopy(), fs.mkdtempSync(path.join(os.tmpdir(), 'bench-out-')))))
  samples.bash.push(timed('plain bash', ['bash', '-c', BASH, 'bench', freshCopy(), fs.mkdtempSync(path.join(os.tmpdir(), 'bench-out-')), ...pyPaths]))
  process.stderr.write(
    `run ${i + 1}/${runs}: cold ${samples.cold[i].toFixed(2)} s, warm ${samples.warm[i].toFixed(2)} s, bash ${samples.bash[i].toFixed(2)} s\n`
  )
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))
console.log(`pipeline on examples/montage-mini, Pythons ${pythons.join(' ')}, ${runs} runs each (medians):`)
console.log(`  cold (make + wheels)           ${m.cold.toFixed(2)} s`)
console.log(`  warm (C tree from the cache)   ${m.warm.toFixed(2)} s`)
console.log(`  plain bash, same commands      ${m.bash.toFixed(2)} s`)
console.log(`  ratio warm/cold                ${(m.warm / m.cold).toFixed(3)}`)
console.log(`  overhead cold vs bash          ${(m.cold / m.bash).toFixed(3)}x (${(m.cold - m.bash).toFixed(2)} s)`)
