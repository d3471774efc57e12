#!/usr/bin/env node
/*
 * Benchmark: start-up of each dist bundle, from process spawn to its first output line, against
 * `node -e 0` (spawn to exit) as the peer, in one run.
 *
 * Run from the project root with Node 24 (node_modules/.bin first on PATH, as `npm run` does):
 *   PATH=$PWD/node_modules/.bin:$PATH node bench/startup.mjs [ENTRY...]
 * Options through the environment: BENCH_RUNS (default 15) runs per bundle, interleaved; BENCH_DIST
 * (default dist/) another build's folder, e.g. an older commit's dist to compare with.
 *
 * Each bundle runs with `node dist/<entry>/index.js` in an empty temporary folder with only PATH
 * and HOME set, so it prints its first log line or fails fast on a missing input (the cli gets
 * `--help`); the process is killed at its first non-empty line. The goal (issue 7) is under 150 ms.
 */
import { spawn, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.resolve(process.env.BENCH_DIST || path.join(root, 'dist'))
const runs = Number(process.env.BENCH_RUNS ?? 15)
const GOAL_MS = 150
const node = process.execPath

const entries = (process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(dist)).filter(e => fs.existsSync(path.join(dist, e, 'index.js')))
if (entries.length === 0) {
  console.error('no bundles: run `npm run build` first')
  process.exit(1)
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'))
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work }

/** Milliseconds from spawn to the first non-empty line on stdout or stderr (or to exit, for a silent process). */
function firstLine(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(node, args, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let seen = ''
    let done = false
    const finish = line => {
      if (done) return
      done = true
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
      resolve({ ms, line })
    }
    const onData = chunk => {
      seen += chunk
      const line = seen.split('\n').find((l, i, all) => l.trim() && i < all.length - 1)
      if (line !== undefined) finish(line.trim())
    }
    child.stdout.setEncoding('utf8').on('data', onData)
    child.stderr.setEncoding('utf8').on('data', onData)
    child.on('error', reject)
    child.on('exit', () => finish(seen.trim().split('\n')[0] ?? ''))
  })
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function bundleBytes(entry) {
  const dir = path.join(dist, entry)
  const js = fs.readdirSync(dir).filter(f => f.endsWith('.js'))
  const size = f => fs.statSync(path.join(dir, f)).size
  return { index: size('index.js'), total: js.reduce((n, f) => n + size(f), 0), chunks: js.length - 1 }
}

const subjects = [
  { name: 'node -e 0 (peer)', args: ['-e', '0'] },
  ...entries.map(e => ({ name: e, args: [path.join(dist, e, 'index.js'), ...(e === 'cli' ? ['--help'] : [])] }))
]
const times = new Map(subjects.map(s => [s.name, []]))
const lines = new Map()

const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
console.log(`node ${version}, ${dist}, ${runs} runs each, interleaved`)
if (Number(version.slice(1).split('.')[0]) < 24) console.log('warning: the actions run on Node 24; put node_modules/.bin first on PATH')
try {
  for (const s of subjects) await firstLine(s.args) // warm the file cache once
  for (let i = 0; i < runs; i++) {
    for (const s of subjects) {
      const r = await firstLine(s.args)
      times.get(s.name).push(r.ms)
      lines.set(s.name, r.line)
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}

const peer = median(times.get(subjects[0].name))
const kb = n => `${(n / 1024).toFixed(0)} KB`
const rows = subjects.map(s => {
  const ms = median(times.get(s.name))
  const b = s === subjects[0] ? undefined : bundleBytes(s.name)
  return {
    bundle: s.name,
    'index.js': b ? kb(b.index) : '',
    'with chunks': b ? `${kb(b.total)} (${b.chunks})` : '',
    'median ms': ms.toFixed(1),
    'x peer': (ms / peer).toFixed(2),
    'over peer ms': (ms - peer).toFixed(1),
    goal: s === subjects[0] ? '' : ms < GOAL_MS ? 'ok' : `> ${GOAL_MS} ms`,
    'first line': (lines.get(s.name) ?? '').slice(0, 60)
  }
})
const cols = Object.keys(rows[0])
const width = cols.map(c => Math.max(c.length, ...rows.map(r => String(r[c]).length)))
const fmt = r =>
  cols
    .map((c, i) => String(r[c]).padEnd(width[i]))
    .join('  ')
    .trimEnd()
console.log(fmt(Object.fromEntries(cols.map(c => [c, c]))))
for (const r of rows) console.log(fmt(r))
