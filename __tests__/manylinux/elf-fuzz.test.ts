/**
 * Fuzzing the ELF reader (and the zip reader) with mutated and truncated real files from a fixed
 * seed: every call either returns or throws the reader's own typed error, never another
 * exception, and never takes long.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ArchiveError, ElfError, readElf } from '../../src/manylinux/index.js'
import { peekZipEntry, readZipEntries, readZipEntry } from '../../src/archive/zip.js'
import { need } from '../support/requirements.js'
import { bundled, sharedData, sharedTest } from './shared-data.js'

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYSTEM_LIBS = ['/lib/x86_64-linux-gnu/libz.so.1', '/lib/x86_64-linux-gnu/libgcc_s.so.1'].filter(f => fs.existsSync(f))

function systemSeeds(): Array<[string, Buffer]> {
  return SYSTEM_LIBS.map(f => [f, fs.readFileSync(f)])
}

function sharedSeeds(): Array<[string, Buffer]> {
  const out: Array<[string, Buffer]> = []
  for (const f of ['zlink', 'simple.so', 'simple-elf.o']) out.push([f, fs.readFileSync(path.join(sharedData, 'elf', 'rattler-build', f))])
  // 32-bit, big-endian and other machines, from inside auditwheel's wheels.
  for (const w of [
    'glibc/testsimple-0.0.1-cp313-cp313-linux_armv7l.whl',
    'glibc/testsimple-0.0.1-cp313-cp313-linux_s390x.whl',
    'glibc/testsimple-0.0.1-cp313-cp313-linux_i686.whl',
    'fpewheel-0.0.0-cp35-cp35m-linux_x86_64.whl',
    'android/spam-0.1.0-cp313-cp313-android_24_arm64_v8a.whl'
  ]) {
    const buf = fs.readFileSync(path.join(bundled, w))
    for (const e of readZipEntries(buf)) if (e.name.endsWith('.so')) out.push([`${w}:${e.name}`, readZipEntry(buf, e)])
  }
  return out
}

type Mutation = (b: Buffer, r: () => number) => Buffer

const int = (r: () => number, n: number): number => Math.floor(r() * n)
const mutations: Array<[string, Mutation]> = [
  ['truncate', (b, r) => b.subarray(0, int(r, b.length))],
  [
    'flip bytes',
    (b, r) => {
      const c = Buffer.from(b)
      for (let i = 1 + int(r, 16); i > 0; i--) c[int(r, c.length)] = int(r, 256)
      return c
    }
  ],
  [
    'header word',
    (b, r) => {
      // e_phoff .. e_shstrndx: the fields every table hangs off.
      const c = Buffer.from(b)
      const off = 16 + int(r, 48)
      const v = [0, 0xffffffff, 0x7fffffff, int(r, 2 ** 32), c.length, c.length - 1][int(r, 6)]
      if (off + 4 <= c.length) c.writeUInt32LE(v >>> 0, off)
      return c
    }
  ],
  [
    'random words',
    (b, r) => {
      // Anywhere in the file: offsets, sizes, counts and `next` links of the tables.
      const c = Buffer.from(b)
      for (let i = 1 + int(r, 8); i > 0; i--) {
        const off = int(r, Math.max(1, c.length - 8))
        const v = [0, 1, 0xffffffff, 0x10, int(r, 2 ** 32), int(r, c.length)][int(r, 6)]
        c.writeUInt32LE(v >>> 0, off)
      }
      return c
    }
  ],
  [
    'truncate and flip',
    (b, r) => {
      const c = Buffer.from(b.subarray(0, Math.max(64, int(r, b.length))))
      c[int(r, c.length)] ^= 0xff
      return c
    }
  ]
]

function fuzzElf(what: string, files: Array<[string, Buffer]>, seed: number): void {
  expect(files.length).toBeGreaterThan(0)
  const r = prng(Number(process.env.FUZZ_SEED ?? seed))
  const counts: Record<string, number> = {}
  let slowest = 0
  const rounds = Number(process.env.FUZZ_ROUNDS ?? 2000)
  for (let i = 0; i < rounds; i++) {
    const [name, data] = files[i % files.length]
    const [mname, mutate] = mutations[int(r, mutations.length)]
    const input = mutate(data, r)
    const t = performance.now()
    try {
      readElf(input)
      counts.ok = (counts.ok ?? 0) + 1
    } catch (e) {
      if (!(e instanceof ElfError)) throw new Error(`round ${i}: ${mname} of ${name} threw ${(e as Error).name}: ${(e as Error).message}`, { cause: e })
      counts[e.code] = (counts[e.code] ?? 0) + 1
    }
    slowest = Math.max(slowest, performance.now() - t)
  }
  console.log(`ELF fuzz (${what}): ${rounds} rounds over ${files.length} files; outcomes ${JSON.stringify(counts)}; slowest call ${slowest.toFixed(1)} ms`)
  expect(slowest).toBeLessThan(2000)
  expect(Object.keys(counts).length).toBeGreaterThan(2)
}

need(SYSTEM_LIBS.length > 0, 'no /lib/x86_64-linux-gnu/libz.so.1 or libgcc_s.so.1 to start from (an x86-64 Debian system)').test(
  "a few thousand mutations of this system's libraries: result or ElfError, nothing else, quickly",
  () => fuzzElf('system libraries', systemSeeds(), 0x5eed),
  120000
)

sharedTest(
  'a few thousand mutations of the shared ELF files (other machines, 32-bit, big-endian): result or ElfError, quickly',
  () => fuzzElf('shared files', sharedSeeds(), 0x5eee),
  120000
)

sharedTest('mutated wheels: the zip reader returns or throws ArchiveError', () => {
  const wheel = fs.readFileSync(path.join(bundled, 'testzlib-0.0.1-cp310-cp310-linux_x86_64.whl'))
  const r = prng(Number(process.env.FUZZ_SEED ?? 42))
  for (let i = 0; i < Number(process.env.FUZZ_ROUNDS ?? 1500); i++) {
    const [, mutate] = mutations[int(r, mutations.length)]
    const input = mutate(wheel, r)
    try {
      for (const e of readZipEntries(input)) {
        peekZipEntry(input, e, 4)
        readZipEntry(input, e)
      }
    } catch (e) {
      if (!(e instanceof ArchiveError)) throw new Error(`round ${i} threw ${(e as Error).name}: ${(e as Error).message}`, { cause: e })
    }
  }
})
