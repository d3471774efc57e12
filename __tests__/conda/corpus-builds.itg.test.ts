/**
 * conda-build's test corpus built end to end: every recipe folder that renders here for linux-64 and is not
 * built in builder/outputs.itg.test.ts (most of split-packages/) is built with its tests over the machine's
 * toolchain channel (builder/toolchain.ts), as corpus-builds-table.ts says: the packages it makes (subdir,
 * name, version, build string, count) with the test scripts that ran and passed, the error of a build
 * conda-build's tests expect to fail, why a build is out of scope (checked: the solver's missing names,
 * the remote source, the subdir refused...), or how it differs from conda-build (checked, so a fix
 * updates the table). One package cache and one channel for the whole file; each build in its own folder.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRecipe, BuildFailure, type BuildResult } from '../../src/conda/builder/build.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { sourceSpecs } from '../../src/conda/source/spec.js'
import { withEnv } from '../support/in-process.js'
import { all, requireSharedData, sharedData } from '../support/requirements.js'
import { localBuild } from './builder/options.js'
import { toolchainChannel, toolchainTools } from './builder/toolchain.js'
import { BUILDS, buildScopeOf, OUTPUTS_ITG, type BuildExpectation, type BuildPackages } from './corpus-builds-table.js'
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

/** The folder built over the toolchain channel with its tests: the packages, or the failure's message. */
async function build(row: CorpusRow): Promise<BuildResult | BuildFailure | Error> {
  const c = renderCase(row)
  const dir = tmp('corpus-build-')
  const o = localBuild(dir, {
    recipe: path.join(corpus, row.folder),
    channels: [channel],
    test: true,
    cacheDir,
    variants: { python: [python], ...c.variants },
    variantConfigFiles: c.configs?.map(f => path.join(corpus, row.folder, f)),
    log: () => {},
    warn: () => {}
  })
  try {
    return await withEnv({ ...c.env }, () => buildRecipe(o))
  } catch (e) {
    return e as Error
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The packages made, as the table writes them. */
const made = (r: BuildResult): string[] =>
  r.packages.map(p => `${normal(`${p.subdir}/${p.name}-${p.version}-${p.build}`)}${p.tested.length ? ` (${p.tested.join(',')})` : ''}`)

async function expectBuilds(row: CorpusRow, want: BuildPackages): Promise<void> {
  const r = await build(row)
  if (r instanceof Error) throw new Error(`${row.folder} did not build: ${r.message}`)
  expect(made(r)).toEqual(want)
}

async function expectFails(row: CorpusRow, error: RegExp): Promise<void> {
  const r = await build(row)
  if (!(r instanceof Error)) throw new Error(`${row.folder} built (${made(r).join(' ')}) but should fail with ${String(error)}`)
  expect(r.message).toMatch(error)
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
      return expectBuilds(row, b.packages)
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

const rows = CORPUS.filter(r => BUILDS[r.folder] !== undefined)

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
  })

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
