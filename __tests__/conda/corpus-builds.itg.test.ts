/**
 * conda-build's test corpus built end to end: every recipe folder that renders here for linux-64 and is not
 * built in builder/outputs.itg.test.ts (most of split-packages/) is built with its tests over the machine's
 * toolchain channel (builder/toolchain.ts), as corpus-builds-table.ts says: the packages it makes (subdir,
 * name, version, build string, count) with the test scripts that ran and passed, the error of a build
 * conda-build's tests expect to fail, why a build is out of scope (checked: the solver's missing names,
 * the remote source, the subdir refused...), or how it differs from conda-build (checked, so a fix
 * updates the table). One package cache and one channel for the whole file; each build in its own folder.
 * A folder that needs another corpus folder's package (corpus-chain.ts) is built over the toolchain channel
 * and then a local channel for the file, into which each needed folder is built once, when first needed.
 *
 * CORPUS_ONLY=<regex> builds only the rows whose folder it matches (e.g. CORPUS_ONLY='_recursive-build|test_b$'),
 * for working on a few rows; the check that every folder has a row still runs. Unset, every row is built.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRecipe, BuildFailure, type BuildResult } from '../../src/conda/builder/build.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import type { Spec } from '../../src/conda/recipe/variants.js'
import { sourceSpecs } from '../../src/conda/source/spec.js'
import { withEnv } from '../support/in-process.js'
import { all, requireSharedData, sharedData } from '../support/requirements.js'
import { localBuild } from './builder/options.js'
import { toolchainChannel, toolchainTools } from './builder/toolchain.js'
import { BUILDS, buildScopeOf, OUTPUTS_ITG, type BuildExpectation, type BuildPackages } from './corpus-builds-table.js'
import { CHAIN, type NeededFolder } from './corpus-chain.js'
import { CORPUS, type CorpusRow, type RenderCase } from './corpus-table.js'
import { ENV, tmp } from './helpers.js'

const __dirname_ = path.dirname(fileURLToPath(import.meta.url))
const corpus = path.join(sharedData, 'conda-build', 'tests', 'test-recipes')
const needs = all(toolchainTools, requireSharedData())

let channel = ''
/** X.Y of the toolchain's python: the python variant every build gets. */
let python = ''
let cacheDir = ''

const renderCase = (row: CorpusRow): RenderCase => (row.expect.kind === 'renders' || row.expect.kind === 'differs' ? row.expect : {})

/** A build's stem with what varies with the toolchain's python taken out: pyXY for py313, h####### for a hash. */
const normal = (stem: string): string => stem.replace(`py${python.replace('.', '')}`, 'pyXY').replace(/h[0-9a-f]{7}(?=_\d+$)/, 'h#######')

interface Built {
  readonly result: BuildResult | BuildFailure | Error
  readonly warnings: readonly string[]
}

interface BuildSettings {
  readonly channels: readonly string[]
  readonly test: boolean
  /** The channel written (a new folder, removed after, when not given). */
  readonly outputDir?: string
  /** Variants over the row's own. */
  readonly variants?: Spec
}

/** The folder built over `channels`, with its tests unless told: the packages or the failure's message, and the warnings. */
async function build(row: CorpusRow, s: BuildSettings): Promise<Built> {
  const c = renderCase(row)
  const dir = tmp('corpus-build-')
  const warnings: string[] = []
  const o = localBuild(dir, {
    recipe: path.join(corpus, row.folder),
    channels: s.channels,
    test: s.test,
    cacheDir,
    variants: { python: [python], ...c.variants, ...s.variants },
    variantConfigFiles: c.configs?.map(f => path.join(corpus, row.folder, f)),
    ...(s.outputDir ? { outputDir: s.outputDir } : {}),
    log: () => {},
    warn: w => warnings.push(w)
  })
  try {
    return { result: await withEnv({ ...c.env }, () => buildRecipe(o)), warnings }
  } catch (e) {
    return { result: e as Error, warnings }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The local channel of the folders other folders need (corpus-chain.ts); each is built into it once, on first need. */
let chainChannel = ''
const chained = new Map<string, Promise<void>>()

function buildNeeded(n: NeededFolder, dependent: string): Promise<void> {
  let done = chained.get(n.folder)
  if (!done) {
    done = (async () => {
      const row = CORPUS.find(r => r.folder === n.folder)
      if (!row) throw new Error(`corpus-chain.ts: ${n.folder} (needed by ${dependent}) is no folder of the corpus table`)
      const { result } = await build(row, { channels: [channel, chainChannel], test: !n.notest, outputDir: chainChannel })
      if (result instanceof Error) throw new Error(`${n.folder}, which ${dependent} needs, did not build: ${result.message}`)
    })()
    chained.set(n.folder, done)
  }
  return done
}

/** The row's folder built over the toolchain channel, after the folders it needs (into the chain channel, then used too). */
async function buildRow(row: CorpusRow, variants?: Spec): Promise<Built> {
  const needed = CHAIN[row.folder] ?? []
  for (const n of needed) await buildNeeded(n, row.folder)
  return build(row, { channels: needed.length ? [channel, chainChannel] : [channel], test: true, variants })
}

/** The packages made, as the table writes them. */
const made = (r: BuildResult): string[] =>
  r.packages.map(p => `${normal(`${p.subdir}/${p.name}-${p.version}-${p.build}`)}${p.tested.length ? ` (${p.tested.join(',')})` : ''}`)

async function expectBuilds(row: CorpusRow, want: BuildPackages, warns?: RegExp): Promise<void> {
  const { result, warnings } = await buildRow(row)
  if (result instanceof Error) throw new Error(`${row.folder} did not build: ${result.message}`)
  expect(made(result)).toEqual(want)
  if (warns) expect(warnings.join('\n')).toMatch(warns)
}

async function expectFails(row: CorpusRow, error: RegExp): Promise<void> {
  const { result } = await buildRow(row)
  if (!(result instanceof Error)) throw new Error(`${row.folder} built (${made(result).join(' ')}) but should fail with ${String(error)}`)
  expect(result.message).toMatch(error)
}

/** The remote sources of the rendered recipe (never fetched here: no network). */
function remoteSources(row: CorpusRow): string {
  const dir = path.join(corpus, row.folder)
  const r = renderRecipe({ recipe: dir, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV, variants: { python: [python] } })
  const specs = r.variants.flatMap(v => sourceSpecs(v.meta.source, dir))
  const urls = specs.flatMap(s => (s.kind === 'url' ? s.urls : s.kind === 'path' ? [] : [s.url]))
  return urls.filter(u => /^(https?|ftp|svn|ssh):\/\//.test(u)).join(' ')
}

async function checkBuild(row: CorpusRow, b: BuildExpectation): Promise<void> {
  switch (b.kind) {
    case 'builds':
      return expectBuilds(row, b.packages, b.warns)
    case 'build-fails':
      return expectFails(row, b.error)
    case 'no-build':
      if (b.scope === 'network') expect(remoteSources(row)).toMatch(b.now)
      else await expectFails(row, b.now)
      return
    case 'build-differs':
      if (b.now instanceof RegExp) return expectFails(row, b.now)
      return expectBuilds(row, b.now)
  }
}

/** CORPUS_ONLY: a regular expression the folders of the rows to build must match (all rows when unset). */
const only = process.env.CORPUS_ONLY ? new RegExp(process.env.CORPUS_ONLY) : undefined
const rows = CORPUS.filter(r => BUILDS[r.folder] !== undefined && (!only || only.test(r.folder)))

needs.describe("conda-build's test corpus built over the toolchain channel, one row per recipe folder", () => {
  beforeAll(async () => {
    channel = (await toolchainChannel()).channel
    const repodata = JSON.parse(fs.readFileSync(path.join(channel, 'linux-64', 'repodata.json'), 'utf8')) as Record<
      string,
      Record<string, { name: string; version: string }> | undefined
    >
    const py = [...Object.values(repodata.packages ?? {}), ...Object.values(repodata['packages.conda'] ?? {})].find(p => p.name === 'python')
    python = /^\d+\.\d+/.exec(py?.version ?? '')?.[0] ?? ''
    expect(python).toMatch(/^3\.\d+$/)
    cacheDir = tmp('corpus-build-cache-')
    chainChannel = path.join(tmp('corpus-chain-'), 'channel')
  }, 900_000)

  test('every folder is built, fails as conda-build expects, differs (with why) or is out of scope (with why); none is left out', () => {
    const folders = new Set(CORPUS.map(r => r.folder))
    expect(Object.keys(BUILDS).filter(f => !folders.has(f))).toEqual([])
    const unaccounted = CORPUS.filter(r => BUILDS[r.folder] === undefined && buildScopeOf(r) === undefined).map(r => r.folder)
    expect(unaccounted).toEqual([])
    // a folder the render table already settles (split-packages, render failures, other platforms) has no build row
    const twice = CORPUS.filter(r => BUILDS[r.folder] !== undefined && buildScopeOf(r) !== undefined).map(r => r.folder)
    expect(twice).toEqual([])
    // the split-packages/ folders said to be built in outputs.itg.test.ts are named there
    const outputsItg = fs.readFileSync(path.join(__dirname_, 'builder', 'outputs.itg.test.ts'), 'utf8')
    expect(OUTPUTS_ITG.filter(f => !outputsItg.includes(`'${f.replace('split-packages/', '')}'`))).toEqual([])
    for (const b of Object.values(BUILDS))
      if (b.kind === 'no-build' || b.kind === 'build-differs') expect(b.kind === 'no-build' ? b.reason : b.why).toMatch(/\w{3}/)
    // a chained folder and the folders it needs have build rows; what a needed folder needs comes before it in the list
    const chain = Object.entries(CHAIN).flatMap(([f, needed]) => [f, ...needed.map(n => n.folder)])
    expect(chain.filter(f => BUILDS[f] === undefined)).toEqual([])
    const unordered = Object.entries(CHAIN).flatMap(([f, needed]) =>
      needed.flatMap((n, i) => (CHAIN[n.folder] ?? []).filter(m => !needed.slice(0, i).some(e => e.folder === m.folder)).map(m => `${f}: ${m.folder}`))
    )
    expect(unordered).toEqual([])
  })

  // test_version_mismatch_in_variant_does_not_infinitely_rebuild_folder asks for test_a 1.0 first: unsatisfiable, the folder makes 2.0
  const testB = rows.find(r => r.folder === 'metadata/_build_deps_no_infinite_loop/test_b')
  if (testB)
    test('metadata/_build_deps_no_infinite_loop/test_b with the variant test_a 1.0 fails: test_a 2.0 is all there is', async () => {
      const { result } = await buildRow(testB, { test_a: '1.0' })
      if (!(result instanceof Error)) throw new Error(`test_b built with test_a 1.0 (${made(result).join(' ')}); test_a-1.0 is nowhere`)
      expect(result.message).toMatch(/cannot satisfy test_a 1\.0: no version of test_a matches/)
    })

  if (rows.length === 0)
    test(`CORPUS_ONLY=${String(process.env.CORPUS_ONLY)} matches a folder with a build row`, () => {
      throw new Error(`CORPUS_ONLY=${String(process.env.CORPUS_ONLY)} matches no folder of corpus-builds-table.ts: give a regular expression of folders`)
    })
  else
    test.each(rows.map(r => [`${r.folder}: ${BUILDS[r.folder]?.kind}`, r] as const))(
      '%s',
      async (_title, row) => {
        const b = BUILDS[row.folder]
        if (!b) throw new Error(`no build row for ${row.folder}`)
        await checkBuild(row, b)
      },
      300_000
    )
})
