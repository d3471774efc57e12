#!/usr/bin/env node
/*
 * Benchmark: rendering and planning conda recipes with many variants, after start-up; then a warm-cache
 * source step (no network).
 *
 * Run from the project root (node_modules/.bin first on PATH so Node 24 runs tsx):
 *   PATH=$PWD/node_modules/.bin:$PATH tsx bench/conda-render.mjs
 *
 * Recipes:
 * - `generated`: a multi-output recipe (BENCH_OUTPUTS outputs pinned to each other, default 6, plus a noarch
 *   one; BENCH_LINES requirement lines, default 2000, every one with a selector; 200 test commands) over a
 *   variant matrix of BENCH_PYTHONS pythons (default 5, zipped with numpy) x BENCH_MPI mpi values (default 3)
 *   x 18 combinations of keys the recipe does not use, beside a pinning block of 300 single-valued keys;
 * - `_render_recipe`: conda-build's metadata/_render_recipe (petsc4py over conda-forge's pinning file: 4,608
 *   variants), when ../shared/data is there.
 * For each: renderRecipe() and render + plan (makeCondaPlan, render-only: nothing solved), the median of
 * BENCH_RUNS (default 5) after one warm-up run, in ms per rendered variant and per variant of the matrix.
 * BENCH_FULL=1 also renders every variant of the matrix (what rendering did before the variants were reduced
 * first: minutes for _render_recipe).
 *
 * The peer, in the same run, when python3 has jinja2 and yaml: the core of conda-build's work for one variant
 * on the same meta.yaml and the same distinct variants, in Python: selectors evaluated with eval() as
 * conda-build does, Jinja2 with the variant and stub context functions, yaml.safe_load. A floor for
 * conda-build, which renders each variant several times and does much more around it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeCondaPlan } from '../src/conda/plan/make.ts'
import { prepareRender, renderRecipe } from '../src/conda/recipe/render.ts'
import { explode } from '../src/conda/recipe/variants.ts'
import { fetchSources } from '../src/conda/source/fetch.ts'
import { sourceSpecs } from '../src/conda/source/spec.ts'

const LINES = Number(process.env.BENCH_LINES ?? 2000)
const OUTPUTS = Number(process.env.BENCH_OUTPUTS ?? 6)
const PYTHONS = Number(process.env.BENCH_PYTHONS ?? 5)
const MPI = Number(process.env.BENCH_MPI ?? 3)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const FULL = process.env.BENCH_FULL === '1'
const SELECTORS = ['linux', 'win', 'osx', 'unix and py>=311', 'linux and aarch64', 'not win', 'mpi == "mpi0"', 'py<312 or osx']
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpusRecipe = path.resolve(root, '..', 'shared', 'data', 'conda-build', 'tests', 'test-recipes', 'metadata', '_render_recipe')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-conda-'))

const sel = i => SELECTORS[i % SELECTORS.length]

function outputLines(i) {
  const name = `big-part${i}`
  const prev = i > 0 ? [`        - {{ pin_subpackage('big-part${i - 1}', exact=True) }}`] : []
  return [
    `  - name: ${name}`,
    '    script: build_part.sh',
    '    requirements:',
    '      build:',
    "        - {{ compiler('c') }}",
    `        - tool${i}  # [${sel(i)}]`,
    '      host:',
    '        - python',
    '        - {{ mpi }}',
    ...prev,
    '      run:',
    '        - python',
    ...(i > 0 ? [`        - {{ pin_subpackage('big-part${i - 1}') }}`] : []),
    '    test:',
    '      commands:',
    ...Array.from({ length: 20 }, (_, j) => `        - echo ${name} ${j}  # [${sel(i + j)}]`)
  ]
}

function generatedRecipe() {
  const dir = path.join(scratch, 'generated')
  fs.mkdirSync(dir)
  const reqs = Array.from({ length: LINES }, (_, i) =>
    i % 5 === 0 ? `    - {{ compiler('c') }}  # [${sel(i)}]` : `    - dep${i} >={{ version }}  # [${sel(i)}]`
  )
  const meta = [
    '{% set version = "1.10" %}',
    'package:',
    '  name: big',
    '  version: {{ version }}',
    'build:',
    '  number: 0',
    '  skip: true  # [win and py<39]',
    'requirements:',
    '  build:',
    ...reqs,
    '  host:',
    '    - python',
    '    - numpy',
    '    - {{ mpi }}',
    '  run:',
    '    - python',
    'outputs:',
    ...Array.from({ length: OUTPUTS }, (_, i) => outputLines(i)).flat(),
    '  - name: big-docs',
    '    build:',
    '      noarch: generic',
    '    requirements:',
    '      run:',
    "        - {{ pin_subpackage('big-part0') }}",
    'test:',
    '  commands:',
    ...Array.from({ length: 200 }, (_, i) => `    - echo {{ PKG_NAME }} ${i}  # [${sel(i)}]`),
    'about:',
    '  license: BSD-3-Clause'
  ].join('\n')
  fs.writeFileSync(path.join(dir, 'meta.yaml'), meta)
  fs.writeFileSync(path.join(dir, 'build_part.sh'), 'echo "building for $mpi"\n')
  const list = (key, values) => [`${key}:`, ...values.map(v => `  - "${v}"`)]
  const config = [
    ...list(
      'python',
      Array.from({ length: PYTHONS }, (_, i) => `3.${9 + i}`)
    ),
    ...list(
      'numpy',
      Array.from({ length: PYTHONS }, (_, i) => `1.${22 + i}`)
    ),
    ...list(
      'mpi',
      Array.from({ length: MPI }, (_, i) => `mpi${i}`)
    ),
    ...list('blas_impl', ['openblas', 'mkl', 'blis']),
    ...list('nodejs', ['20', '18']),
    ...list('cuda_compiler_version', ['None', '11.8', '12.0']),
    ...Array.from({ length: 300 }, (_, i) => list(`pinned_lib${i}`, [`${i}.1`])).flat(),
    'zip_keys:',
    '  -',
    '    - python',
    '    - numpy',
    ''
  ]
  fs.writeFileSync(path.join(dir, 'conda_build_config.yaml'), config.join('\n'))
  return dir
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function time(fn, runs = RUNS) {
  await fn() // warm-up: module start-up and JIT are not counted
  const t = []
  for (let i = 0; i < runs; i++) {
    const s = performance.now()
    await fn()
    t.push(performance.now() - s)
  }
  return median(t)
}

const facts = {
  hostSubdir: 'linux-64',
  cpuCount: os.availableParallelism(),
  env: { PATH: '/usr/bin:/bin', HOME: os.homedir() },
  sysPython: process.execPath,
  sysPrefix: path.dirname(path.dirname(process.execPath)),
  epoch: { value: '0', source: 'environment' },
  runtime: { kind: 'host', description: 'bench' }
}

const renderOpts = recipe => ({ recipe, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: facts.env })

async function plan(recipe) {
  const o = {
    ...renderOpts(recipe),
    solve: false,
    cacheDir: path.join(scratch, 'cache'),
    outputDir: path.join(scratch, 'out'),
    croot: path.join(scratch, 'croot'),
    channels: [],
    format: 'conda',
    test: true
  }
  return makeCondaPlan(o, facts)
}

/** The peer: the core of conda-build's per-variant work in Python (see the header). */
const PEER = `
import json, os, re, sys, time
import jinja2, yaml
meta, variants = json.load(open(sys.argv[1]))
sel = re.compile(r"(.*?)\\s*#.*\\[([^\\[\\]]+)\\]\\s*$")
def evaluate(expr, ns):
    try:
        return eval(expr, {}, ns)
    except NameError as e:  # an unknown name reads as False, as in conda-build
        return evaluate(expr.replace(str(e).split("'")[1], "False"), ns)
def select(text, ns):
    out = []
    for line in text.splitlines():
        m = sel.match(line.rstrip())
        if not m:
            out.append(line)
        elif evaluate(m.group(2), ns):
            out.append(m.group(1))
    return "\\n".join(out)
stub = lambda *a, **k: " ".join(str(x) for x in a)
env = jinja2.Environment()
flags = dict(linux=True, linux64=True, x86_64=True, unix=True, build_platform="linux-64", os=os, environ=os.environ)
t0 = time.perf_counter()
for v in variants:
    py = int("".join(v.get("python", "3.12").split(" ")[0].split(".")[:2]))
    ns = dict(flags, **v)
    ns.update(py=py)
    ctx = dict(ns, compiler=stub, stdlib=stub, cdt=stub, pin_subpackage=stub, pin_compatible=stub, PKG_NAME="big", PYTHON="python")
    yaml.safe_load(select(env.from_string(select(meta, ns)).render(**ctx), ns))
print(json.dumps({"ms": (time.perf_counter() - t0) * 1000, "n": len(variants)}))
`

function peer(recipe, variants) {
  const input = path.join(scratch, `peer-${path.basename(recipe)}.json`)
  fs.writeFileSync(input, JSON.stringify([fs.readFileSync(path.join(recipe, 'meta.yaml'), 'utf8'), variants]))
  const runs = []
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync('python3', ['-c', PEER, input], { encoding: 'utf8' })
    if (r.status !== 0) return `peer not run (${(r.error?.message ?? r.stderr.trim().split('\n').pop()) || 'python3 failed'})`
    runs.push(JSON.parse(r.stdout).ms)
  }
  const ms = median(runs)
  return `peer (Python Jinja2 + PyYAML, selectors by eval, ${variants.length} variants): ${ms.toFixed(0)} ms (${(ms / variants.length).toFixed(1)} ms per variant)`
}

async function bench(label, recipe) {
  const matrix = explode(prepareRender(renderOpts(recipe)).combined).length
  let rendered
  const render = await time(() => {
    rendered = renderRecipe(renderOpts(recipe))
  })
  let planned
  const whole = await time(async () => {
    planned = await plan(recipe)
  })
  const n = rendered.variants.length
  const per = ms => `${(ms / n).toFixed(1)} ms per rendered variant, ${(ms / matrix).toFixed(2)} ms per variant of the matrix`
  console.log(`${label}: ${matrix} variants in the matrix -> ${n} rendered, ${planned.builds.length} builds planned`)
  console.log(`  render: ${render.toFixed(0)} ms (${per(render)})`)
  console.log(`  render + plan: ${whole.toFixed(0)} ms (${per(whole)})`)
  console.log(
    `  ${peer(
      recipe,
      rendered.variants.map(v => v.input ?? v.variant)
    )}`
  )
  if (FULL) {
    const s = performance.now()
    const all = renderRecipe({ ...renderOpts(recipe), allVariants: true })
    const ms = performance.now() - s
    console.log(
      `  every variant rendered (as before): ${ms.toFixed(0)} ms for ${matrix} -> ${all.variants.length} (${(ms / matrix).toFixed(1)} ms per variant)`
    )
  }
}

console.log(
  `load average ${os
    .loadavg()
    .map(l => l.toFixed(2))
    .join(' ')}, ${os.availableParallelism()} cores`
)
await bench('generated', generatedRecipe())
if (fs.existsSync(corpusRecipe)) await bench('_render_recipe', corpusRecipe)
else console.log(`_render_recipe: ${corpusRecipe} is not there (the third-party test files beside the project); skipped`)

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
console.log(
  `load average ${os
    .loadavg()
    .map(l => l.toFixed(2))
    .join(' ')}`
)
fs.rmSync(scratch, { recursive: true, force: true })
fs.rmSync(src, { recursive: true, force: true })
