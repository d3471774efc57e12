/**
 * Rendering once per distinct variant (src/conda/recipe/distinct.ts) gives what rendering every variant of the
 * matrix gives: compared on conda-build's variant recipes and on recipes made here for the cases the text scan
 * cannot see at once (a key named only in build.sh, in an output script, in an imported template, or through
 * a rendered requirement name).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { keysTextsMayRead } from '../../src/conda/recipe/read-keys.js'
import { renderRecipe, type RenderOptions, type RenderResult } from '../../src/conda/recipe/render.js'
import { combineLayers, explode, explodeDistinct, projection, varyingKeys, type Combined, type Spec } from '../../src/conda/recipe/variants.js'
import type { Variant } from '../../src/conda/recipe/platforms.js'
import { requireSharedData, sharedData } from '../support/requirements.js'
import { ENV, recipe } from './helpers.js'

const data = requireSharedData()
const corpus = path.join(sharedData, 'conda-build', 'tests', 'test-recipes')

/** The render's result, or the message it failed with. */
function outcome(opts: RenderOptions): RenderResult | string {
  try {
    return renderRecipe(opts)
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`
  }
}

/** Both ways: every variant of the matrix, and the first of each distinct one. */
function bothWays(opts: RenderOptions): { full: RenderResult | string; distinct: RenderResult | string } {
  return { full: outcome({ ...opts, allVariants: true }), distinct: outcome(opts) }
}

/** How many variants are rendered each way (counted by the source callback, which each render calls once). */
function renders(opts: RenderOptions): { all: number; distinct: number } {
  const count = (all: boolean): number => {
    let n = 0
    renderRecipe({ ...opts, allVariants: all, source: () => void n++ })
    return n
  }
  return { all: count(true), distinct: count(false) }
}

describe('explodeDistinct is the first variant of each distinct combination explode() gives', () => {
  const first = (variants: readonly Variant[], keys: ReadonlySet<string>): Variant[] => {
    const seen = new Set<string>()
    return variants.filter(v => !seen.has(projection(v, keys)) && seen.add(projection(v, keys)) !== undefined)
  }
  const spec: Spec = {
    a: ['1', '2', '3'],
    python: ['3.10', '3.11', '3.12'],
    numpy: ['1.22', '1.22', '1.26'],
    b: ['x', 'y'],
    c: 'one',
    zip_keys: [['python', 'numpy']] as unknown as string[]
  }
  const narrowed = combineLayers([
    { source: 'config', spec },
    { source: 'variants input', spec: { python: ['3.11', '3.12'] } }
  ])
  test.each<[string, Combined, string[]]>([
    ['no key', combineLayers([{ source: 'config', spec }]), []],
    ['a key of no zip group', combineLayers([{ source: 'config', spec }]), ['b']],
    ['one key of a zip group whose values repeat', combineLayers([{ source: 'config', spec }]), ['numpy']],
    ['keys of two axes', combineLayers([{ source: 'config', spec }]), ['a', 'numpy']],
    ['every key', combineLayers([{ source: 'config', spec }]), ['a', 'b', 'c', 'python', 'numpy']],
    ['a zip group a later layer narrowed', narrowed, ['b']],
    ['a zip group a later layer narrowed, by its key', narrowed, ['numpy']]
  ])('%s', (_name, combined, keys) => {
    const set = new Set(keys)
    const want = first(explode(combined), set)
    expect(explodeDistinct(combined, set)).toEqual(want)
    expect(want.length).toBeLessThanOrEqual(explode(combined).length)
  })

  test('varyingKeys: keys whose values differ, not those of a zip group that repeat one value', () => {
    const combined = combineLayers([
      {
        source: 'config',
        spec: { ...spec, python_impl: ['cpython', 'cpython', 'cpython'], zip_keys: [['python', 'numpy', 'python_impl']] as unknown as string[] }
      }
    ])
    expect(varyingKeys(combined).sort()).toEqual(['a', 'b', 'numpy', 'python'])
  })
})

describe('keysTextsMayRead: the keys a text names, or names through what the context derives from them', () => {
  test.each<[string, string, string[]]>([
    ['a key written in a template', '- {{ mpi }}', ['mpi']],
    ['a key written with dashes', '- r-base', ['r_base']],
    ['python through a selector', '- foo  # [py>=311]', ['python']],
    ['python through PY_VER', 'echo {{ PY_VER }}', ['python']],
    ['numpy through NPY_VER (python too: the scan is coarse)', 'echo {{ NPY_VER }}', ['numpy', 'python']],
    ['compiler keys through compiler()', "- {{ compiler('c') }}", ['c_compiler', 'c_compiler_version', 'python']],
    ['stdlib keys through stdlib()', "- {{ stdlib('c') }}", ['c_stdlib', 'c_stdlib_version', 'python']],
    ['cdt keys through cdt()', "- {{ cdt('libx11') }}", ['cdt_name']],
    ['nothing', 'package:\n  name: x', []]
  ])('%s', (_name, text, want) => {
    const candidates = ['mpi', 'r_base', 'python', 'numpy', 'c_compiler', 'c_compiler_version', 'c_stdlib', 'c_stdlib_version', 'cdt_name', 'unused']
    expect([...keysTextsMayRead(candidates, [text])].sort()).toEqual(want.sort())
  })

  test('target_platform and channel_targets count always', () => {
    expect([...keysTextsMayRead(['target_platform', 'channel_targets', 'other'], [''])]).toEqual(['target_platform', 'channel_targets'])
  })
})

describe('a recipe made for the cases a first scan cannot see', () => {
  // block lists: a flow list at the end of a line reads as a selector, in conda-build too
  const lists: Record<string, string[]> = {
    python: ['3.11', '3.12'],
    numpy: ['1.23', '1.26'],
    build_only: ['b1', 'b2'],
    output_only: ['o1', 'o2'],
    from_template: ['t1', 't2'],
    mpi: ['mpich', 'openmpi'],
    openmpi: ['4', '5'],
    unused: ['u1', 'u2']
  }
  const config = [
    ...Object.entries(lists).flatMap(([k, vs]) => [`${k}:`, ...vs.map(v => `  - "${v}"`)]),
    'zip_keys:',
    '  -',
    '    - python',
    '    - numpy',
    ''
  ].join('\n')
  const meta = [
    "{% import 'macros.j2' as m %}",
    'package:',
    '  name: made',
    '  version: "1.0"',
    'requirements:',
    '  host:',
    '    - python',
    '    - numpy',
    '    - {{ mpi }}',
    '    - libtemplated {{ m.pinned() }}',
    '  run:',
    '    - python',
    'outputs:',
    '  - name: made',
    '  - name: made-extra',
    '    script: out.sh',
    '    requirements:',
    '      host:',
    '        - {{ mpi }}',
    ''
  ].join('\n')
  const dir = recipe({
    'meta.yaml': meta,
    'conda_build_config.yaml': config,
    'build.sh': 'echo $build_only\n',
    'out.sh': 'echo "${output_only}"\n',
    'macros.j2': '{% macro pinned() %}{{ from_template }}{% endmacro %}\n'
  })
  const opts: RenderOptions = { recipe: dir, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV }

  test('renders as rendering every variant does', () => {
    const { full, distinct } = bothWays(opts)
    expect(typeof full).toBe('object')
    expect(distinct).toEqual(full)
    // python (zipped with numpy) x build_only x mpi: what the recipe uses; build.sh's key kept apart
    const variants = (distinct as RenderResult).variants.map(v => v.variant)
    expect(variants).toHaveLength(8)
    expect(new Set(variants.map(v => v.build_only))).toEqual(new Set(['b1', 'b2']))
  })

  test('renders fewer variants than the matrix has, and more than the first scan sees', () => {
    const n = renders(opts)
    expect(n.all).toBe(2 ** 7)
    // the scan of meta.yaml and the scripts: python/numpy x build_only x output_only x mpi; the imported
    // template adds from_template and the rendered `openmpi` requirement adds openmpi (for mpi=openmpi)
    expect(n.distinct).toBe(2 ** 6)
    expect(n.distinct).toBeLessThan(n.all)
  })
})

test('a requirement named only once rendered (no python in the text) still tells the pythons apart', () => {
  const dir = recipe({
    'meta.yaml': 'package:\n  name: dyn\n  version: "1.0"\nrequirements:\n  host:\n    - {{ interp }}\n  run:\n    - {{ interp }}\n',
    'conda_build_config.yaml': 'interp:\n  - python\npython:\n  - "3.11"\n  - "3.12"\n'
  })
  const { full, distinct } = bothWays({ recipe: dir, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV })
  expect(distinct).toEqual(full)
  expect((distinct as RenderResult).variants.map(v => v.buildString)).toEqual([expect.stringMatching(/^py311h/), expect.stringMatching(/^py312h/)])
})

data.describe("conda-build's variant recipes render alike both ways", () => {
  const folders = (root: string): string[] =>
    fs.existsSync(root)
      ? fs.readdirSync(root, { withFileTypes: true }).flatMap(e => {
          if (!e.isDirectory()) return []
          const dir = path.join(root, e.name)
          return fs.existsSync(path.join(dir, 'meta.yaml')) ? [dir] : folders(dir)
        })
      : []
  // every variant recipe, and the split-packages and metadata recipes with a variant config of their own, but
  // metadata/_render_recipe: its 4,608 variants take a minute to render each (bench/conda-render.mjs times it)
  const withConfig = (d: string): boolean => fs.existsSync(path.join(d, 'conda_build_config.yaml'))
  const rows = [
    ...folders(path.join(corpus, 'variants')),
    ...folders(path.join(corpus, 'split-packages')).filter(withConfig),
    ...folders(path.join(corpus, 'metadata')).filter(withConfig)
  ].filter(d => path.basename(d) !== '_render_recipe')
  const rel = (d: string): string => path.relative(corpus, d)

  test('the rows are there', () => {
    expect(rows.length).toBeGreaterThan(30)
  })

  test.each(rows.flatMap(d => ['linux-64', 'win-64'].map(p => [rel(d), p] as const)))('%s on %s', (name, platform) => {
    const { full, distinct } = bothWays({ recipe: path.join(corpus, name), targetPlatform: platform, buildPlatform: 'linux-64', env: ENV })
    expect(distinct).toEqual(full)
  })

  const opts = (d: string): RenderOptions => ({ recipe: d, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV })

  test('most of them render (the rows compare results, not the same error twice)', () => {
    expect(rows.filter(d => typeof outcome(opts(d)) === 'object').length).toBeGreaterThan(rows.length / 2)
  })

  test.each([
    ['variants/19_used_variables', 8, 4],
    ['variants/jinja2_used_variables', 16, 8],
    ['metadata/_run_exports_in_outputs', 24, 6]
  ])('%s: %d variants, %d of them rendered', (name, all, distinct) => {
    expect(renders(opts(path.join(corpus, name)))).toEqual({ all, distinct })
  })
})
