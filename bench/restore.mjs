#!/usr/bin/env node
// Benchmark: restoring a Montage-sized C-tree entry with verification (node-tar headers, limits,
// sha256 of every file against the manifest, then a move into place) against plain
// `zstd -dc ENTRY | tar -x` of the same entry, interleaved in one run. The entry is generated
// here: about 1,400 files, several hundred MB (object files, archives, unstripped tools).
//   npx tsx bench/restore.mjs            BENCH_RUNS=5 BENCH_FILES=1400 BENCH_MB=400
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { packEntry, restoreEntry } from '../src/cache/entry.ts'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const files = Number(process.env.BENCH_FILES ?? 1400)
const totalMb = Number(process.env.BENCH_MB ?? 400)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-restore-'))

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

  const fresh = name => {
    const d = path.join(work, name)
    fs.rmSync(d, { recursive: true, force: true })
    fs.mkdirSync(d)
    return d
  }
  const samples = { verified: [], plain: [] }
  for (let i = 0; i < runs; i++) {
    const a = fresh('verified')
    let t0 = performance.now()
    await restoreEntry(entry, a, key)
    samples.verified.push((performance.now() - t0) / 1000)

    const b = fresh('plain')
    t0 = performance.now()
    const r = spawnSync('bash', ['--noprofile', '--norc', '-c', 'zstd -dc -- "$1" | tar -x -C "$2"', 'bench', entry, b], { stdio: 'inherit' })
    samples.plain.push((performance.now() - t0) / 1000)
    if (r.status !== 0) throw new Error(`zstd | tar failed with ${r.status}`)
    process.stderr.write(`run ${i + 1}/${runs}: verified ${samples.verified[i].toFixed(2)} s, zstd|tar ${samples.plain[i].toFixed(2)} s\n`)
  }
  const median = xs => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
  const v = median(samples.verified)
  const p = median(samples.plain)
  console.log(`restore with verification  ${v.toFixed(2)} s (median of ${runs})`)
  console.log(`zstd -dc | tar -x          ${p.toFixed(2)} s`)
  console.log(`ratio verified/plain       ${(v / p).toFixed(2)}x (target: under 1.3x)`)
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
