/**
 * Rendering a recipe as conda-build does, once per variant: selectors on the template, Jinja (a lenient
 * pass for name and version, then a strict one), selectors again, YAML, schema; then the build string.
 * Only the first variant of each distinct combination of the keys the recipe's texts may read is rendered
 * (./distinct.ts); variants that then differ only in keys the recipe does not use collapse into one.
 */
import * as path from 'node:path'
import { baseBuildString, hashContents, insertHash, listOf, variantHash } from './build-string.js'
import { templateContext, type ContextInput, type PackageFacts } from './context.js'
import type { RenderDirs } from './context-vars.js'
import { MissingFileError, templateLoader } from './context-files.js'
import { PinError } from './context-functions.js'
import { JinjaError, renderJinja, type Loader } from './jinja.js'
import { RecipeError, traceBack, type LineMap, type Position, type RecipeWarning } from './location.js'
import { selectorNamespace, type PlatformFacts } from './namespace.js'
import { hostSubdir, subdirProblem, targetSubdir, type Variant, type VariantValue } from './platforms.js'
import { readRecipeDir, variantLayers, type RecipeFiles } from './recipe-dir.js'
import { checkSchema } from './schema.js'
import { buildMarker, hasCompatible, stripCompatible } from '../plan/pin-marker.js'
import { InvalidSelector, selectLines } from './selectors.js'
import { usedVariables, type Requirements } from './used-vars.js'
import { insertVariantVersions } from './variant-versions.js'
import { combineLayers, type Combined, type Spec } from './variants.js'
import { overDistinct } from './distinct.js'
import { requirementsTxt } from './requirements-txt.js'
import { isDict, strList, typedRecipe } from './sections.js'
import { parseRecipeYaml, YamlError, type Value } from './yaml.js'

export { insertVariantVersions }

export interface RenderOptions {
  readonly recipe: string
  readonly targetPlatform?: string
  readonly buildPlatform?: string
  readonly variantConfigFiles?: readonly string[]
  readonly variants?: Spec
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The extracted source, for load_file_regex and friends. */
  readonly workDir?: string
  /** Where the build will happen (PREFIX, SRC_DIR... in the context); render-only uses placeholders. */
  readonly dirs?: RenderDirs
  /** The fetched source of a variant (src/conda/source/for-render.ts), when the templates read it. */
  readonly source?: (variant: Variant) => RenderSource | undefined
  /** Render every combination of the variant config, not only the first of each distinct one (to compare the two). */
  readonly allVariants?: boolean
}

/** A variant's fetched source: its folder and the GIT_* / HG_* variables of its first entry. */
export interface RenderSource {
  readonly workDir: string
  readonly vars: Readonly<Record<string, string>>
}

export type Meta = { [key: string]: Value }

export interface RenderedVariant {
  readonly name: string
  readonly version: string
  readonly buildString: string
  readonly buildNumber: number
  readonly subdir: string
  readonly skip: boolean
  /** The used variant keys and their values. */
  readonly variant: Readonly<Record<string, VariantValue>>
  readonly hashInput: Readonly<Record<string, unknown>>
  readonly meta: Meta
  /** The whole variant this was rendered with (special keys such as pin_run_as_build included). */
  readonly input?: Variant
  /**
   * `meta` with each pin_compatible call marked (src/conda/plan/pin-marker.ts), for the plan to evaluate against
   * the solved environments; absent when the recipe calls no pin_compatible. `meta` holds the render-time values.
   */
  readonly compatiblePins?: Meta
}

export interface RenderResult {
  readonly recipeFile: string
  readonly recipeDir: string
  readonly variants: readonly RenderedVariant[]
  readonly warnings: readonly RecipeWarning[]
  /** Which build scripts the recipe folder holds. */
  readonly scripts: { readonly buildSh: boolean; readonly bldBat: boolean }
}

function requirements(meta: Meta): Requirements & { hasHost: boolean } {
  const r = typedRecipe(meta).requirements
  return { build: [...r.build], host: [...r.host], run: [...r.run], hasHost: r.hasHost }
}

/** A pass's failure as a RecipeError at the recipe's line and column. */
function at(file: string, maps: readonly LineMap[], line0: number, col0: number): Position {
  const p = traceBack(maps, line0, col0)
  return { file, line: p.line0 + 1, column: p.col0 + 1 }
}

function select(text: string, ns: ReturnType<typeof selectorNamespace>, file: string, maps: readonly LineMap[]) {
  try {
    return selectLines(text, ns, file)
  } catch (e) {
    if (e instanceof InvalidSelector) throw new RecipeError(e.message, at(file, maps, e.line0, e.column0))
    throw e
  }
}

function jinja(text: string, ctx: Record<string, unknown>, strict: boolean, file: string, maps: readonly LineMap[], loader?: Loader) {
  try {
    return renderJinja(text, ctx, strict, { loader })
  } catch (e) {
    if (e instanceof JinjaError) {
      const where = e.line0 !== undefined ? at(file, maps, e.line0, e.column0 ?? 0) : undefined
      throw new RecipeError(`Jinja: ${e.message}`, where)
    }
    if (e instanceof MissingFileError || e instanceof PinError) throw new RecipeError(e.message, { file, line: 1, column: 1 })
    throw e
  }
}

function finalize(meta: Meta, variant: Variant, buildString: string, recipeDir: string): Meta {
  const out: Meta = { ...meta }
  const reqs = isDict(out.requirements) ? { ...out.requirements } : undefined
  for (const env of ['build', 'host']) if (reqs && Array.isArray(reqs[env])) reqs[env] = insertVariantVersions(strList(reqs[env]), variant)
  // conda-build: empty run requirements and a requirements.txt beside meta.yaml: its lines are the run requirements
  const fromTxt = reqs && strList(reqs.run).length ? undefined : requirementsTxt(recipeDir)
  if (fromTxt?.length) out.requirements = { ...reqs, run: fromTxt }
  else if (reqs) out.requirements = reqs
  const gitClean = (s: Value): Value => {
    if (!isDict(s)) return s
    const c = { ...s }
    for (const k of ['git_tag', 'git_branch'])
      if (k in c) {
        if (c[k]) c.git_rev = c[k]
        delete c[k]
      }
    return c
  }
  if (out.source !== undefined) out.source = Array.isArray(out.source) ? out.source.map(gitClean) : gitClean(out.source)
  const build: Meta = { ...(isDict(out.build) ? out.build : {}), string: buildString }
  // a validated whole number: written as one, not as the string YAML gave
  if (typeof build.number === 'string') build.number = Number(build.number) as unknown as Value
  out.build = build
  return out
}

interface Pass {
  readonly pre: ReturnType<typeof select>
  readonly ns: ReturnType<typeof selectorNamespace>
  readonly base: Omit<ContextInput, 'pkg' | 'pins' | 'found' | 'strict'>
  readonly loader: Loader
  /** What the lenient pass rendered ({} when it did not parse: the strict pass reports it). */
  readonly meta1: Meta
}

/**
 * conda-build's first pass: selectors, then Jinja with undefined names and missing files let through. `seen`
 * gets the templates it loads (as written) and the text it renders.
 */
function lenientPass(
  recipe: RecipeFiles,
  facts: PlatformFacts,
  variant: Variant,
  o: Pick<RenderOptions, 'workDir' | 'dirs' | 'source'>,
  seen: string[] = []
): Pass {
  const file = recipe.file
  const ns = selectorNamespace(facts, variant)
  const pre = select(recipe.text, ns, file, [])
  const src = o.source?.(variant)
  const files = { recipeDir: recipe.dir, workDir: src?.workDir ?? o.workDir }
  const loader = templateLoader(files, (text, f) => {
    seen.push(text)
    return select(text, ns, f, []).text
  })
  const base = { platform: facts, variant, selectors: ns, files, dirs: o.dirs, sourceVars: src?.vars }
  const first: PackageFacts = { name: '', version: '', number: '0' }
  const found = { deps: [], hasHost: false, scriptEnv: [] }
  const j1 = jinja(
    pre.text,
    templateContext({ ...base, pkg: first, pins: { outputs: new Map(), variant }, found, strict: false }),
    false,
    file,
    [pre.map],
    loader
  )
  seen.push(j1.text)
  let meta1: Meta = {}
  try {
    const v = parseRecipeYaml(selectLines(j1.text, ns, file).text).value
    if (isDict(v)) meta1 = v
  } catch {
    // the strict pass reports it with its position
  }
  return { pre, ns, base, loader, meta1 }
}

/** The outputs for pin_subpackage: rendered again with the package's name and version when the recipe writes PKG_NAME or PKG_VERSION. */
function siblingOutputs(p: Pass, file: string, pkg: PackageFacts): Value[] {
  const outs = Array.isArray(p.meta1.outputs) ? p.meta1.outputs : []
  if (!outs.length || !/PKG_(NAME|VERSION)/.test(p.pre.text)) return outs
  const ctx = templateContext({
    ...p.base,
    pkg,
    pins: { outputs: new Map(), variant: p.base.variant },
    found: { deps: [], hasHost: false, scriptEnv: [] },
    strict: false
  })
  try {
    const v = parseRecipeYaml(selectLines(jinja(p.pre.text, ctx, false, file, [p.pre.map], p.loader).text, p.ns, file).text).value
    return isDict(v) && Array.isArray(v.outputs) ? v.outputs : outs
  } catch {
    return outs
  }
}

/** One variant rendered; `seen` gets what it read and wrote (see lenientPass). */
function renderVariant(
  recipe: RecipeFiles,
  facts: PlatformFacts,
  variant: Variant,
  o: RenderOptions,
  warnings: RecipeWarning[],
  seen: string[]
): RenderedVariant {
  const file = recipe.file
  const pass = lenientPass(recipe, facts, variant, o, seen)
  const { pre, ns, base, loader, meta1 } = pass
  warnings.push(...pre.warnings)
  const pkg1 = isDict(meta1.package) ? meta1.package : {}
  const build1 = isDict(meta1.build) ? meta1.build : {}
  const given = requirements(meta1)
  const reqs = { ...given, build: insertVariantVersions(given.build, variant), host: insertVariantVersions(given.host, variant) }
  const noarch = typeof build1.noarch === 'string' ? build1.noarch : undefined
  const used = usedVariables({
    variantKeys: Object.keys(variant),
    rawText: recipe.text,
    selectedText: pre.text,
    reqs,
    ignoreBuildOnly: strList(variant.ignore_build_only_deps as Value),
    buildSh: recipe.buildSh,
    bldBat: facts.subdir.startsWith('win-') ? recipe.bldBat : undefined,
    noarch: Boolean(noarch),
    forceUse: strList(build1.force_use_keys),
    forceIgnore: strList(build1.force_ignore_keys)
  })
  const hashInput = hashContents({ used, variant, reqs, rawText: recipe.text })
  const hash = variantHash(hashInput)
  const number = typeof build1.number === 'string' ? build1.number.trim() : '0'
  const manual = typeof build1.string === 'string' ? build1.string : ''
  const usesHash = /h\{\{\s*PKG_HASH\s*\}\}/.test(recipe.text)
  const buildString = manual
    ? usesHash
      ? manual.replace(/h[0-9a-f]{7}/g, hash)
      : manual
    : insertHash(
        baseBuildString({
          reqs,
          hasHost: reqs.hasHost,
          variant,
          number,
          features: strList(build1.features),
          noarch,
          noarchPython: build1.noarch_python === true,
          rawText: recipe.text
        }),
        hash
      )
  const name = typeof pkg1.name === 'string' ? pkg1.name : ''
  const version = typeof pkg1.version === 'string' ? pkg1.version : ''
  const pkg: PackageFacts = { name, version, number, buildString, hash: hash.slice(1) }
  const pins = { outputs: new Map([[name, { version, build: buildString, number }]]), variant }
  for (const o of siblingOutputs(pass, file, { name, version, number }))
    if (isDict(o) && typeof o.name === 'string' && o.name !== name)
      pins.outputs.set(o.name, { version: typeof o.version === 'string' && o.version ? o.version : version, build: buildMarker(o.name), number })
  const deps = (reqs.hasHost ? reqs.host : reqs.build).map(r => r.trim().split(/[\s<>=!~]/)[0])
  const found = { deps, hasHost: reqs.hasHost, scriptEnv: strList(build1.script_env) }
  const j2 = jinja(pre.text, templateContext({ ...base, pkg, pins, found, strict: true }), true, file, [pre.map], loader)
  seen.push(j2.text)
  const post = select(j2.text, ns, file, [pre.map, j2.map])
  const maps = [pre.map, j2.map, post.map]
  let parsed
  try {
    parsed = parseRecipeYaml(post.text)
  } catch (e) {
    if (e instanceof YamlError) throw new RecipeError(`YAML: ${e.message}`, at(file, maps, e.line0, e.col0))
    throw e
  }
  const locate = (p: string, key?: boolean): Position => {
    const pos = parsed.positions.get(p) ?? parsed.positions.get(p.split('/').slice(0, -1).join('/')) ?? { line0: 0, col0: 0, keyLine0: 0, keyCol0: 0 }
    return key ? at(file, maps, pos.keyLine0, pos.keyCol0) : at(file, maps, pos.line0, pos.col0)
  }
  // checked as the recipe reads before anything is solved: pin_compatible calls at their render-time values
  warnings.push(...checkSchema(stripCompatible(parsed.value), locate))
  // a build/string of the recipe's own: as the strict pass wrote it (PKG_BUILDNUM, PKG_HASH known by then)
  const parsedBuild = isDict(parsed.value) ? parsed.value.build : undefined
  const strictBuild = isDict(parsedBuild) ? parsedBuild.string : undefined
  const finalString = manual && typeof strictBuild === 'string' && strictBuild ? strictBuild : buildString
  const marked = finalize(parsed.value as Meta, variant, finalString, path.dirname(file))
  const meta = stripCompatible(marked)
  const skipValue = isDict(meta.build) ? meta.build.skip : undefined
  const skip = skipValue === true || (typeof skipValue === 'string' && /^(true|yes|1)$/i.test(skipValue))
  const usedVariant: Record<string, VariantValue> = {}
  for (const k of [...used].sort()) if (variant[k] !== undefined) usedVariant[k] = variant[k]
  return {
    name: String((meta.package as Meta).name),
    version: String((meta.package as Meta).version ?? ''),
    buildString: finalString,
    buildNumber: parseInt(number, 10) || 0,
    subdir: noarch ? 'noarch' : facts.subdir,
    skip,
    variant: usedVariant,
    hashInput,
    meta,
    input: variant,
    ...(hasCompatible(marked) ? { compatiblePins: marked } : {})
  }
}

/**
 * The platform a variant renders for: `target_platform` of the variant (from conda_build_config.yaml or
 * --variant) when it sets one other than the recipe's, else the recipe's.
 */
function variantFacts(facts: PlatformFacts, v: Variant): PlatformFacts {
  const target = v.target_platform
  if (typeof target !== 'string' || !target || target === facts.subdir) return facts
  const problem = subdirProblem(target, 'the variant key target_platform (conda_build_config.yaml, a variant config file or the variants given)')
  if (problem) throw new RecipeError(problem)
  return { ...facts, subdir: targetSubdir(target) as string }
}

export interface PreparedRender {
  readonly recipe: RecipeFiles
  readonly facts: PlatformFacts
  /** The variant config, layers combined (./variants.ts); not yet exploded into variants. */
  readonly combined: Combined
}

/** The recipe's files, the platform and the variant config (before any template is rendered). */
export function prepareRender(opts: RenderOptions): PreparedRender {
  const recipe = readRecipeDir(opts.recipe)
  const problem = opts.targetPlatform ? subdirProblem(opts.targetPlatform, 'target platform') : ''
  if (problem) throw new RecipeError(problem)
  const subdir = (opts.targetPlatform && targetSubdir(opts.targetPlatform)) || hostSubdir()
  const facts: PlatformFacts = { subdir, buildSubdir: opts.buildPlatform || hostSubdir(), env: opts.env ?? process.env }
  const layers = variantLayers(recipe, facts, opts.variantConfigFiles ?? [], opts.variants)
  return { recipe, facts, combined: combineLayers(layers) }
}

/** The `source` section of a variant after the lenient pass: what has to be fetched before the templates can read it. */
export function sourceSection(prepared: PreparedRender, variant: Variant, opts: RenderOptions, seen: string[] = []): Value | undefined {
  return lenientPass(prepared.recipe, variantFacts(prepared.facts, variant), variant, opts, seen).meta1.source
}

/** A variant's render, or the error it stopped with, and the warnings it gave until then. */
interface Attempt {
  readonly rendered?: RenderedVariant
  readonly error?: unknown
  readonly warnings: readonly RecipeWarning[]
}

function attempt(p: PreparedRender, v: Variant, opts: RenderOptions, seen: string[]): Attempt {
  const warnings: RecipeWarning[] = []
  try {
    return { rendered: renderVariant(p.recipe, variantFacts(p.facts, v), v, opts, warnings, seen), warnings }
  } catch (error) {
    return { error, warnings }
  }
}

/** Render the recipe for each distinct variant (see the module's comment); the first failing one throws. */
export function renderRecipe(opts: RenderOptions): RenderResult {
  const prepared = prepareRender(opts)
  const { recipe } = prepared
  const attempts = overDistinct(prepared, (v, seen) => attempt(prepared, v, opts, seen), opts.allVariants)
  const warnings: RecipeWarning[] = []
  const kept = new Map<string, RenderedVariant>()
  for (const { result } of attempts.items) {
    warnings.push(...result.warnings)
    if (!result.rendered) throw result.error
    const r = result.rendered
    // variants that differ only in ignore_version keys make one package (conda-build: one dist)
    const ignored = new Set(listOf((r.input ?? r.variant).ignore_version))
    const used = Object.fromEntries(Object.entries(r.variant).filter(([k]) => !ignored.has(k)))
    const key = JSON.stringify([r.name, r.version, r.buildString, r.subdir, used])
    if (!kept.has(key)) kept.set(key, r)
  }
  const unique = new Map<string, RecipeWarning>()
  for (const w of warnings) unique.set(JSON.stringify(w), w)
  return {
    recipeFile: recipe.file,
    recipeDir: path.dirname(recipe.file),
    variants: [...kept.values()],
    warnings: [...unique.values()],
    scripts: { buildSh: recipe.buildSh !== undefined, bldBat: recipe.bldBat !== undefined }
  }
}
