#!/usr/bin/env node
/*
 * Benchmark: the builtin wheel audit against the tools that could stand in for it, in one run.
 *
 * Run from the project root (node_modules/.bin first on PATH so Node 24 runs tsx):
 *   PATH=$PWD/node_modules/.bin:$PATH tsx bench/audit.mjs [WHEEL...]
 * Options through the environment: BENCH_RUNS (default 15) repetitions per measurement.
 * Without arguments it uses auditwheel's bundled wheels from ../shared/data/wheels.
 *
 * For each wheel it reports the median of:
 *   builtin   analyzeWheel(): unzip, parse every ELF member, resolve dependencies like the loader,
 *             read the external libraries, decide the tag (the whole `audit`);
 *   parse     readElf() alone on the already extracted ELF members (the part readelf does);
 *   readelf   `readelf -d -V --dyn-syms -W` on the same extracted members, one process each;
 *   auditwheel `auditwheel show` on the wheel, when auditwheel is installed (it is not here).
 * and the ratios readelf/builtin and readelf/parse.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeWheel, readElf } from '../src/manylinux/index.js'
import { readZipEntries, readZipEntry } from '../src/archive/zip.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundled = path.resolve(root, '..', 'shared', 'data', 'wheels', 'auditwheel', 'bundled-wheels')
const runs = Number(process.env.BENCH_RUNS ?? 15)

const defaults = [
  'cffi-1.5.0-cp27-none-linux_x86_64.whl',
  'testzlib-0.0.1-cp310-cp310-linux_x86_64.whl',
  'python_snappy-0.5.2-pp260-pypy_41-linux_x86_64.whl',
  'glibc/testsimple-0.0.1-cp313-cp313-linux_aarch64.whl',
  'python_mscl-67.0.1.0-cp313-cp313-manylinux2014_aarch64.whl'
].map(w => path.join(bundled, w))

const wheels = process.argv.slice(2).length ? process.argv.slice(2) : defaults.filter(w => fs.existsSync(w))
if (wheels.length === 0) {
  console.error(`no wheels: give some as arguments, or provide ${bundled}`)
  process.exit(2)
}

const has = cmd => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0
const haveReadelf = has('readelf')
const haveAuditwheel = has('auditwheel')

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

async function time(fn) {
  const out = []
  await fn() // warm-up
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    out.push(performance.now() - t)
  }
  return median(out)
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-audit-'))
const rows = []
try {
  for (const wheel of wheels) {
    const buf = fs.readFileSync(wheel)
    const elfs = []
    for (const e of readZipEntries(buf)) {
      if (e.isDirectory) continue
      const data = readZipEntry(buf, e)
      if (data.subarray(0, 4).toString('latin1') !== '\x7fELF') continue
      const f = path.join(tmp, `${rows.length}-${elfs.length}-${path.basename(e.name)}`)
      fs.writeFileSync(f, data)
      elfs.push(f)
    }
    const builtin = await time(() => analyzeWheel(wheel))
    const parse = await time(() => {
      for (const f of elfs) readElf(fs.readFileSync(f))
    })
    const readelf = haveReadelf
      ? await time(() => {
          for (const f of elfs) execFileSync('readelf', ['-d', '-V', '--dyn-syms', '-W', f], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] })
        })
      : NaN
    const auditwheel = haveAuditwheel ? await time(() => void spawnSync('auditwheel', ['show', wheel], { stdio: 'ignore' })) : NaN
    const tag = (await analyzeWheel(wheel)).bestTag
    rows.push({ wheel: path.basename(wheel), mb: buf.length / 1e6, elfs: elfs.length, tag, builtin, parse, readelf, auditwheel })
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}

const f = x => (Number.isNaN(x) ? '-' : x.toFixed(2))
console.log(`median of ${runs} runs, ms (node ${process.version}; readelf ${haveReadelf ? 'yes' : 'absent'}; auditwheel ${haveAuditwheel ? 'yes' : 'absent'})`)
console.log(['wheel', 'MB', 'ELFs', 'best tag', 'builtin', 'parse', 'readelf', 'auditwheel', 'readelf/builtin', 'readelf/parse'].join('\t'))
for (const r of rows) {
  console.log(
    [r.wheel, r.mb.toFixed(2), r.elfs, r.tag, f(r.builtin), f(r.parse), f(r.readelf), f(r.auditwheel), f(r.readelf / r.builtin), f(r.readelf / r.parse)].join(
      '\t'
    )
  )
}
const sum = k => rows.reduce((s, r) => s + r[k], 0)
console.log(
  [
    'all',
    '',
    '',
    '',
    f(sum('builtin')),
    f(sum('parse')),
    f(sum('readelf')),
    f(sum('auditwheel')),
    f(sum('readelf') / sum('builtin')),
    f(sum('readelf') / sum('parse'))
  ].join('\t')
)
