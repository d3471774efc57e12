#!/usr/bin/env node
// Benchmark: the C tree phase on a Montage-shaped tree: plain `make`, the phase cold (make + save to
// a local cache) and warm (restore, make not run), each on a fresh copy of the sources, interleaved.
//   node bench/c-tree.mjs [TREE]        TREE defaults to examples/montage-mini; any tree with a Makefile
//                                       (e.g. a checkout of Caltech-IPAC/Montage); BENCH_RUNS=3
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tree = path.resolve(process.argv[2] ?? path.join(repo, 'examples', 'montage-mini'))
const runs = Number(process.env.BENCH_RUNS ?? 3)

function freshCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tree-'))
  fs.cpSync(tree, dir, { recursive: true, filter: src => path.basename(src) !== '.git' })
  const clean = spawnSync('make', ['-s', 'clean'], { cwd: dir }) // a tree that was built before
  return { dir, cleaned: clean.status === 0 }
}

function timed(label, argv, cwd) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
  const s = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status}):\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`)
    process.exit(1)
  }
  return { s, out: r.stdout }
}

const cli = [process.execPath, path.join(repo, 'bin', 'build-wheel.js'), 'c-tree']
const samples = { make: [], cold: [], warm: [] }
for (let i = 0; i < runs; i++) {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cache-'))
  samples.make.push(timed('make', ['make', '-j1'], freshCopy().dir).s)
  const cold = timed('c-tree (cold)', [...cli, '--path', freshCopy().dir, '--cache-dir', cache], repo)
  if (!/cache-hit: false/.test(cold.out)) throw new Error('the cold run was not a miss')
  samples.cold.push(cold.s)
  const warm = timed('c-tree (warm)', [...cli, '--path', freshCopy().dir, '--cache-dir', cache], repo)
  if (!/cache-hit: true/.test(warm.out)) throw new Error('the warm run was not a hit')
  samples.warm.push(warm.s)
  process.stderr.write(
    `run ${i + 1}/${runs}: make ${samples.make[i].toFixed(2)} s, cold ${samples.cold[i].toFixed(2)} s, warm ${samples.warm[i].toFixed(2)} s\n`
  )
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))
console.log(`C tree of ${tree}, ${runs} runs each (medians):`)
console.log(`  plain make -j1                 ${m.make.toFixed(2)} s`)
console.log(`  phase cold (make + save)       ${m.cold.toFixed(2)} s   overhead vs make ${(m.cold / m.make).toFixed(3)}x`)
console.log(`  phase warm (restore, no make)  ${m.warm.toFixed(2)} s   warm/cold ${(m.warm / m.cold).toFixed(3)}`)
