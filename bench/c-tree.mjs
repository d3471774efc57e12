#!/usr/bin/env node
// Benchmark: the C tree phase on a Montage-shaped tree: plain `make`, the phase cold (make + save to
// a local cache) and warm (restore, make not run), each on a fresh copy of the sources, interleaved.
// The cold phase's critical path is the time from the command's start until the save begins: that is
// when the pipeline (root action, CLI `build`) puts the save in the background and starts the first
// wheel (facts, the key, make, the outputs scan). The save's own time is reported beside it.
//   node bench/c-tree.mjs [TREE]        TREE defaults to examples/montage-mini; any tree with a Makefile
//                                       (e.g. a checkout of Caltech-IPAC/Montage); BENCH_RUNS=3
import { spawn, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tree = path.resolve(process.argv[2] ?? path.join(repo, 'examples', 'montage-mini'))
const runs = Number(process.env.BENCH_RUNS ?? 3)

/** Folders of the current run, removed at its end. */
const scratch = []
function freshCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tree-'))
  scratch.push(dir)
  // a git checkout is cloned (a clean checkout, as CI has it); any other tree copied
  if (fs.existsSync(path.join(tree, '.git'))) {
    const r = spawnSync('git', ['clone', '--quiet', '--', tree, dir], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`git clone ${tree} failed: ${r.stderr}`)
  } else fs.cpSync(tree, dir, { recursive: true, filter: src => path.basename(src) !== '.git' })
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

/**
 * Run argv, noting when each line of its output arrives: seconds from the start to the line that
 * opens the save's group, to the line that closes it, and to the exit.
 */
function timedLines(label, argv, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const now = () => Number(process.hrtime.bigint() - t0) / 1e9
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let pending = ''
    const marks = {}
    child.stdout.setEncoding('utf8').on('data', chunk => {
      out += chunk
      const lines = (pending + chunk).split('\n')
      pending = lines.pop()
      for (const line of lines) {
        if (marks.ready === undefined && /^the tree holds \d+ outputs of make/.test(line)) marks.ready = now()
        else if (marks.saveStart === undefined && /^== C tree: save to /.test(line)) marks.saveStart = now()
        else if (marks.saveStart !== undefined && marks.saveEnd === undefined && /^== C tree: save to .*: (done|failed) in /.test(line)) marks.saveEnd = now()
      }
    })
    child.stderr.setEncoding('utf8').on('data', chunk => (out += chunk))
    child.on('error', reject)
    child.on('close', code => {
      if (code !== 0) return reject(new Error(`${label} failed (exit ${code}):\n${out.split('\n').slice(-30).join('\n')}`))
      if (marks.ready === undefined) return reject(new Error(`${label}: make's outputs were never counted:\n${out.split('\n').slice(-30).join('\n')}`))
      // no save group: the tree was not saved (the reason is in its warnings); the path ends with the outputs scan
      const why = out.split('\n').filter(l => /^warning: /.test(l))
      resolve({ s: now(), out, path: marks.saveStart ?? marks.ready, save: marks.saveEnd !== undefined ? marks.saveEnd - marks.saveStart : NaN, why })
    })
  })
}

const cli = [process.execPath, path.join(repo, 'bin', 'build-wheel.js'), 'c-tree']
const samples = { make: [], cold: [], path: [], save: [], warm: [] }
for (let i = 0; i < runs; i++) {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cache-'))
  scratch.push(cache)
  samples.make.push(timed('make', ['make', '-j1'], freshCopy().dir).s)
  const cold = await timedLines('c-tree (cold)', [...cli, '--path', freshCopy().dir, '--cache-dir', cache], repo)
  if (!/cache-hit: false/.test(cold.out)) throw new Error('the cold run was not a miss')
  samples.cold.push(cold.s)
  samples.path.push(cold.path)
  samples.save.push(cold.save)
  if (Number.isNaN(cold.save)) process.stderr.write(`run ${i + 1}: the cold run did not save the tree:\n  ${cold.why.join('\n  ') || '(no warning)'}\n`)
  if (!Number.isNaN(cold.save)) {
    const warm = timed('c-tree (warm)', [...cli, '--path', freshCopy().dir, '--cache-dir', cache], repo)
    if (!/cache-hit: true/.test(warm.out)) throw new Error('the warm run was not a hit')
    samples.warm.push(warm.s)
  } else samples.warm.push(NaN)
  process.stderr.write(
    `run ${i + 1}/${runs}: make ${samples.make[i].toFixed(2)} s, cold ${samples.cold[i].toFixed(2)} s ` +
      `(critical path ${samples.path[i].toFixed(2)} s, save ${samples.save[i].toFixed(2)} s), warm ${samples.warm[i].toFixed(2)} s\n`
  )
  for (const d of scratch.splice(0)) fs.rmSync(d, { recursive: true, force: true })
}
const median = xs => {
  const ok = xs.filter(x => !Number.isNaN(x)).sort((a, b) => a - b)
  return ok.length ? ok[Math.floor(ok.length / 2)] : NaN
}
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))
console.log(
  `C tree of ${tree}, ${runs} runs each (medians); load average ${os
    .loadavg()
    .map(l => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} CPUs:`
)
console.log(`  plain make -j1                 ${m.make.toFixed(2)} s`)
console.log(`  cold critical path             ${m.path.toFixed(2)} s   vs make ${(m.path / m.make).toFixed(3)}x (goal: at most 1.03x)`)
console.log(`    (start to the first wheel: facts, key, make, outputs scan; the save runs beside the wheels)`)
console.log(`  cold save (its own time)       ${m.save.toFixed(2)} s`)
console.log(`  phase cold (make + save)       ${m.cold.toFixed(2)} s   vs make ${(m.cold / m.make).toFixed(3)}x`)
console.log(`  phase warm (restore, no make)  ${m.warm.toFixed(2)} s   warm/cold ${(m.warm / m.cold).toFixed(3)}`)
