#!/usr/bin/env node
/*
 * Benchmark: rendering a large generated conda recipe with many selectors and variants, and a warm-cache
 * source step (no network).
 *
 * Run from the project root (node_modules/.bin first on PATH so Node 24 runs tsx):
 *   PATH=$PWD/node_modules/.bin:$PATH tsx bench/conda-render.mjs
 * Options through the environment: BENCH_LINES (requirement lines, default 2000), BENCH_PYTHONS (default 5),
 * BENCH_MPI (values of a second variant key, default 3), BENCH_RUNS (default 5).
 *
 * Reports the median time of renderRecipe() over the variant matrix (BENCH_PYTHONS x BENCH_MPI variants,
 * every line with a selector), per variant, and of fetchSources() for a cached tarball.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { renderRecipe } from '../src/conda/recipe/render.ts'
import { fetchSources } from '../src/conda/source/fetch.ts'
import { sourceSpecs } from '../src/conda/source/spec.ts'

const LINES = Number(process.env.BENCH_LINES ?? 2000)
const PYTHONS = Number(process.env.BENCH_PYTHONS ?? 5)
const MPI = Number(process.env.BENCH_MPI ?? 3)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const SELECTORS = ['linux', 'win', 'osx', 'unix and py>=311', 'linux and aarch64', 'not win', 'mpi == "mpi0"', 'py<312 or osx']

function recipeDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-conda-'))
  const reqs = Array.from({ length: LINES }, (_, i) =>
    i % 5 === 0 ? `    - {{ compiler('c') }}  # [${SELECTORS[i % SELECTORS.length]}]` : `    - dep${i} >={{ version }}  # [${SELECTORS[i % SELECTORS.length]}]`
  )
  const meta = [
    '{% set version = "1.10" %}',
    '{% set name = "big" %}',
    'package:',
    '  name: {{ name }}',
    '  version: {{ version }}',
    'build:',
    '  number: 0',
    '  skip: true  # [win and py<39]',
    'requirements:',
    '  build:',
    ...reqs,
    '  host:',
    '    - python',
    '    - {{ mpi }}',
    '  run:',
    '    - python',
    'test:',
    '  commands:',
    ...Array.from({ length: 200 }, (_, i) => `    - echo {{ PKG_NAME }} ${i}  # [${SELECTORS[i % SELECTORS.length]}]`),
    'about:',
    '  license: BSD-3-Clause'
  ].join('\n')
  fs.writeFileSync(path.join(dir, 'meta.yaml'), meta)
  const pythons = Array.from({ length: PYTHONS }, (_, i) => `  - 3.${9 + i}`)
  const mpis = Array.from({ length: MPI }, (_, i) => `  - mpi${i}`)
  fs.writeFileSync(path.join(dir, 'conda_build_config.yaml'), ['python:', ...pythons, 'mpi:', ...mpis, ''].join('\n'))
  return dir
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function time(fn) {
  const t = []
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now()
    await fn()
    t.push(performance.now() - s)
  }
  return median(t)
}

const dir = recipeDir()
let variants = 0
const render = await time(() => {
  variants = renderRecipe({ recipe: dir, targetPlatform: 'linux-64', env: {} }).variants.length
})
console.log(
  `render: ${LINES} requirement lines, ${PYTHONS * MPI} variants -> ${variants} rendered: ${render.toFixed(0)} ms (${(render / (PYTHONS * MPI)).toFixed(1)} ms per variant)`
)

// warm source cache: one tarball fetched once, then again with no server at all
const src = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-src-'))
fs.mkdirSync(path.join(src, 'pkg-1.0'))
for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(src, 'pkg-1.0', `f${i}.c`), `int f${i}(void) { return ${i}; }\n`.repeat(50))
const tarball = path.join(src, 'pkg-1.0.tar.gz')
execFileSync('tar', ['-C', src, '-czf', tarball, 'pkg-1.0'])
const sha256 = createHash('sha256').update(fs.readFileSync(tarball)).digest('hex')
const cacheDir = path.join(src, 'cache')
fs.mkdirSync(path.join(cacheDir, `sha256-${sha256}`), { recursive: true })
fs.copyFileSync(tarball, path.join(cacheDir, `sha256-${sha256}`, 'pkg-1.0.tar.gz'))
const specs = sourceSpecs({ url: 'http://127.0.0.1:9/pkg-1.0.tar.gz', sha256 }, src)
let n = 0
const warm = await time(() => fetchSources(specs, { workDir: path.join(src, `work${n++}`), cacheDir }))
console.log(`warm-cache source step (${fs.statSync(tarball).size} byte tarball, 200 files, no network): ${warm.toFixed(0)} ms`)
fs.rmSync(dir, { recursive: true, force: true })
fs.rmSync(src, { recursive: true, force: true })
