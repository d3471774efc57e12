#!/usr/bin/env node
// Benchmark: restoring a Montage-sized C-tree entry with verification (headers read and checked,
// limits, sha256 of every file against the manifest, then a move into place; decompression, writing
// on two threads, src/archive/tar-fresh.ts) against plain
// `zstd -dc ENTRY | tar -x` of the same entry, interleaved in one run (which goes first alternates,
// and `sync` runs before each, so neither pays for the other's writeback). The entry is generated
// here: about 1,400 files, several hundred MB (object files, archives, unstripped tools). Beside the
// wall times, the CPU seconds each used (its own threads and its children): on a loaded machine
// the wall ratio drifts towards the CPU ratio, on a quiet one the restore's stages run side by side.
//   npx tsx bench/restore.mjs            BENCH_RUNS=5 BENCH_FILES=1400 BENCH_MB=400 BENCH_DIR=(os.tmpdir())
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { packEntry, restoreEntry } from '../src/cache/entry.ts'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const files = Number(process.env.BENCH_FILES ?? 1400)
const totalMb = Number(process.env.BENCH_MB ?? 400)
const work = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'bench-restore-'))

/** CPU seconds of this process's waited-for children (/proc/self/stat: cutime + cstime, in clock ticks). */
function childrenCpu() {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}

/** Wall and CPU seconds of fn: this process's threads (the restore's own work) and its children's. */
async function measure(fn) {
  const c0 = process.cpuUsage()
  const k0 = childrenCpu()
  const t0 = performance.now()
  await fn()
  const wall = (performance.now() - t0) / 1000
  const c = process.cpuUsage(c0)
  return { wall, cpu: (c.user + c.system) / 1e6 + (childrenCpu() - k0) }
}

try {
  // a tree shaped like Montage's outputs: many small objects, some large archives and tools;
  // content half random, half repeated, so it compresses about as object code does
  const src = path.join(work, 'src')
  const names = []
  const sizes = Array.from({ length: files }, (_, i) => (i % 50 === 0 ? 40 : 1))
  const unit = (totalMb * 1e6) / sizes.reduce((a, b) => a + b, 0)
  for (let i = 0; i < files; i++) {
    const rel = i % 50 === 0 ? `bin/tool${i}` : `lib/dir${i % 20}/obj${i}.o`
    const size = Math.round(sizes[i] * unit)
    const half = randomBytes(Math.ceil(size / 2))
    fs.mkdirSync(path.join(src, path.dirname(rel)), { recursive: true })
    fs.writeFileSync(path.join(src, rel), Buffer.concat([half, Buffer.alloc(size - half.length, 0x90)]), { mode: rel.startsWith('bin/') ? 0o755 : 0o644 })
    names.push(rel)
  }
  const key = 'bench-key'
  const entry = path.join(work, 'entry.tar.zst')
  const packed = await packEntry(src, names, key, entry, { mtime: 315532800, zstdLevel: 3 })
  console.log(`entry: ${files} files, ${(packed.rawBytes / 1e6).toFixed(0)} MB -> ${(packed.bytes / 1e6).toFixed(0)} MB`)

  // Each side's last tree is removed before its next run. On ext4 without a journal (this project's
  // machines) a new inode skips those freed in the last minute, at a cost per skip: the creates then cost
  // several times more, by an amount that depends on which block group each side's folder lands in, and
  // the ratio swings between runs. BENCH_DIR=/dev/shm measures the two pipelines without the disk.
  const fresh = name => {
    const d = path.join(work, name)
    fs.rmSync(d, { recursive: true, force: true })
    fs.mkdirSync(d)
    spawnSync('sync') // the previous runs' writeback is not charged to this one
    return d
  }
  const samples = { verified: [], plain: [], verifiedCpu: [], plainCpu: [] }
  const subjects = {
    verified: async () => {
      const a = fresh('verified')
      return measure(() => restoreEntry(entry, a, key))
    },
    plain: async () => {
      const b = fresh('plain')
      return measure(async () => {
        const r = spawnSync('bash', ['--noprofile', '--norc', '-c', 'zstd -dc -- "$1" | tar -x -C "$2"', 'bench', entry, b], { stdio: 'inherit' })
        if (r.status !== 0) throw new Error(`zstd | tar failed with ${r.status}`)
      })
    }
  }
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? ['plain', 'verified'] : ['verified', 'plain']) {
      const { wall, cpu } = await subjects[name]()
      samples[name].push(wall)
      samples[`${name}Cpu`].push(cpu)
    }
    process.stderr.write(
      `run ${i + 1}/${runs}: verified ${samples.verified[i].toFixed(2)} s (cpu ${samples.verifiedCpu[i].toFixed(2)} s), ` +
        `zstd|tar ${samples.plain[i].toFixed(2)} s (cpu ${samples.plainCpu[i].toFixed(2)} s)\n`
    )
  }
  const median = xs => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
  const v = median(samples.verified)
  const p = median(samples.plain)
  const vc = median(samples.verifiedCpu)
  const pc = median(samples.plainCpu)
  console.log(
    `load average ${os
      .loadavg()
      .map(l => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs`
  )
  console.log(`restore with verification  ${v.toFixed(2)} s, cpu ${vc.toFixed(2)} s (medians of ${runs})`)
  console.log(`zstd -dc | tar -x          ${p.toFixed(2)} s, cpu ${pc.toFixed(2)} s`)
  console.log(`ratio verified/plain       ${(v / p).toFixed(2)}x wall (target: under 1.3x), ${(vc / pc).toFixed(2)}x cpu`)
  // each run's two sides ran back to back: their ratio does not drift with the machine's slower and faster spells
  const paired = median(samples.verified.map((x, i) => x / samples.plain[i]))
  console.log(`median of the runs' ratios ${paired.toFixed(2)}x wall`)
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
