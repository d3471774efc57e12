/**
 * Every recipe folder of conda-build's test corpus, rendered and planned (no solve) as the table in
 * corpus-table.ts says conda-build's tests expect: see that module for the row kinds.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { RecipeError } from '../../src/conda/recipe/location.js'
import { renderRecipe, type RenderOptions } from '../../src/conda/recipe/render.js'
import { renderRecipeWithSource } from '../../src/conda/source/for-render.js'
import { typedRecipe } from '../../src/conda/recipe/sections.js'
import { hasOutputs, planRecipeOutputs } from '../../src/conda/plan/recipe-outputs.js'
import { requireSharedData, sharedData } from '../support/requirements.js'
import { CORPUS, type Check, type CorpusRow, type Expectation, type RenderCase, type Req, type Values } from './corpus-table.js'
import { ENV, tmp } from './helpers.js'

const shared = requireSharedData()
const corpus = path.join(sharedData, 'conda-build', 'tests', 'test-recipes')

/** Folders under `dir` holding a recipe (meta.yaml, or a v1 recipe.yaml), relative to the corpus. */
function recipeFolders(dir: string): string[] {
  const here = fs.readdirSync(dir, { withFileTypes: true })
  const own = here.some(e => e.isFile() && (e.name === 'meta.yaml' || e.name === 'recipe.yaml')) ? [path.relative(corpus, dir)] : []
  return [...own, ...here.filter(e => e.isDirectory()).flatMap(e => recipeFolders(path.join(dir, e.name)))]
}

/** One package as the checks see it. */
interface Made {
  readonly name: string
  readonly stem: string
  readonly reqs: { readonly build: readonly string[]; readonly host: readonly string[]; readonly run: readonly string[] }
  readonly variant: Readonly<Record<string, unknown>>
  readonly subdir: string
  readonly buildString: string
}

/** The packages a row makes: its planned outputs, or its rendered variants that are not skipped. */
async function made(folder: string, c: RenderCase): Promise<Made[]> {
  const subdir = c.platform ?? 'linux-64'
  const dir = path.join(corpus, folder)
  const opts: RenderOptions = {
    recipe: dir,
    targetPlatform: subdir,
    buildPlatform: 'linux-64',
    env: { ...ENV, ...c.env },
    variants: c.variants,
    variantConfigFiles: c.configs?.map(f => path.join(dir, f)),
    workDir: c.workDir ? path.join(dir, c.workDir) : undefined
  }
  const rendered = c.fetch ? await renderRecipeWithSource({ ...opts, scratchDir: tmp('corpus-src-') }) : renderRecipe(opts)
  if (hasOutputs(rendered))
    return planRecipeOutputs(rendered, subdir).outputs.map(o => ({
      name: o.name,
      stem: `${o.name}-${o.version}-${o.buildString}`,
      reqs: o.requirements,
      variant: o.variant,
      subdir: o.subdir,
      buildString: o.buildString
    }))
  return rendered.variants
    .filter(v => !v.skip)
    .map(v => ({
      name: v.name,
      stem: `${v.name}-${v.version}-${v.buildString}`,
      reqs: typedRecipe(v.meta).requirements,
      variant: v.variant,
      subdir: v.subdir,
      buildString: v.buildString
    }))
}

/** The message of the RecipeError a render and plan of the row throws, or 'renders'. */
async function outcome(folder: string, c: RenderCase = {}): Promise<string> {
  try {
    await made(folder, c)
    return 'renders'
  } catch (e) {
    if (e instanceof RecipeError) return e.message
    throw e
  }
}

const matches = (entry: string, want: string | RegExp): boolean => (typeof want === 'string' ? entry === want : want.test(entry))

function checkReq(packages: readonly Made[], [env, want, where]: Req): void {
  const found = packages.filter(p => !where?.pkg || p.name === where.pkg).flatMap(p => p.reqs[env].filter(e => matches(e, want)))
  if (where?.none) expect([env, found]).toEqual([env, []])
  else expect([env, found.length > 0 ? want : found]).toEqual([env, want])
}

function checkValues(packages: readonly Made[], v: Values): void {
  if (v.count !== undefined) expect(packages.map(p => p.stem)).toHaveLength(v.count)
  if (v.names) expect([...new Set(packages.map(p => p.name))]).toEqual(v.names)
  for (const s of v.stems ?? []) expect(packages.map(p => p.stem)).toContainEqual(expect.stringMatching(s))
  for (const r of v.reqs ?? []) checkReq(packages, r)
  for (const u of v.used ?? []) expect(packages.map(p => p.variant)).toContainEqual(expect.objectContaining(u))
  for (const [name, subdir] of Object.entries(v.subdirs ?? {}))
    expect([name, packages.filter(p => p.name === name).map(p => p.subdir)]).toEqual([name, [subdir]])
  if (v.every) for (const p of packages) expect(p.stem).toMatch(v.every)
  if (v.usedKeys) for (const p of packages) expect([p.stem, Object.keys(p.variant).sort()]).toEqual([p.stem, [...v.usedKeys].sort()])
}

/** Platforms with the same letter give the first package the same build string; others different ones. */
async function checkGroups(folder: string, groups: Readonly<Record<string, string>>): Promise<void> {
  const builds = new Map<string, string>()
  for (const platform of Object.keys(groups)) builds.set(platform, (await made(folder, { platform }))[0].buildString)
  for (const [a, ga] of Object.entries(groups))
    for (const [b, gb] of Object.entries(groups)) expect([a, b, builds.get(a) === builds.get(b)]).toEqual([a, b, ga === gb])
}

async function checkAlso(folder: string, checks: readonly Check[] = []): Promise<void> {
  for (const c of checks) {
    if (c.error) expect(await outcome(folder, c)).toMatch(c.error)
    else checkValues(await made(folder, c), c.values ?? {})
  }
}

/** The text of the recipe's own files, where out-of-scope evidence is looked for. */
function recipeText(folder: string): string {
  const dir = path.join(corpus, folder)
  const names = ['meta.yaml', 'recipe.yaml', 'conda_build_config.yaml', 'build.sh', 'bld.bat']
  return names
    .map(n => path.join(dir, n))
    .filter(f => fs.existsSync(f))
    .map(f => fs.readFileSync(f, 'utf8'))
    .join('\n')
}

async function checkRow(row: CorpusRow): Promise<void> {
  const e: Expectation = row.expect
  switch (e.kind) {
    case 'renders':
      checkValues(await made(row.folder, e), e.values ?? {})
      if (e.values?.buildGroups) await checkGroups(row.folder, e.values.buildGroups)
      await checkAlso(row.folder, e.also)
      return
    case 'fails':
      expect(await outcome(row.folder, e)).toMatch(e.error)
      await checkAlso(row.folder, e.also)
      return
    case 'out-of-scope':
      expect(recipeText(row.folder)).toMatch(e.evidence)
      if (e.now) expect(await outcome(row.folder)).toMatch(e.now)
      return
    case 'differs':
      if (e.now === 'renders') expect(await outcome(row.folder, e)).toBe('renders')
      else if (e.now instanceof RegExp) expect(await outcome(row.folder, e)).toMatch(e.now)
      else checkValues(await made(row.folder, e), e.now)
  }
}

const title = (r: CorpusRow): string => `${r.folder}: ${r.expect.kind} [${r.from.join(', ') || 'no shared test'}]`

shared.describe("conda-build's test corpus, one row per recipe folder", () => {
  test('the table lists every recipe folder of the corpus once', () => {
    const listed = CORPUS.map(r => r.folder)
    expect(listed.filter((f, i) => listed.indexOf(f) !== i)).toEqual([])
    expect([...listed].sort()).toEqual(recipeFolders(corpus).sort())
  })

  test.each(CORPUS.filter(r => !r.slow).map(r => [title(r), r] as const))('%s', async (_title, row) => {
    await checkRow(row)
  })

  // thousands of variants reduced to a few
  test.each(CORPUS.filter(r => r.slow).map(r => [title(r), r] as const))('%s', (_title, row) => checkRow(row), 240_000)
})
