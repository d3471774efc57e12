/**
 * The outputs a rendered recipe makes, as conda-build plans them: one package per output and variant, with
 * its own name, version, build string, requirements, script, files, test, about, run_exports and noarch;
 * the top-level package when the recipe has no outputs, when an output has its name, or when its run
 * requirements name an output (conda-build then adds it); each output's variant reduced to the keys its
 * own text and script use, so an output that does not use `python` is built once; exact pin_subpackage
 * pins between outputs resolved to the build string planned for the other output; outputs in build order.
 * Pure: rendered variants and the recipe's raw text in, a plan out. Output types other than conda packages
 * are refused by name.
 */
import { baseBuildString, hashContents, insertHash, variantHash } from '../recipe/build-string.js'
import { hostSubdir, isListValue, variantSubdir, type Variant, type VariantValue } from '../recipe/platforms.js'
import { insertVariantVersions, type RenderedVariant } from '../recipe/render.js'
import { depName } from '../recipe/used-vars.js'
import type { Value } from '../recipe/yaml.js'
import { isDict, strList, type Dict, type MutableDict } from '../recipe/sections.js'
import { implicitTopLevel, outputMeta, topLevelMeta, type OutputMeta, type OutputRequirements } from './output-meta.js'
import { orderOutputs } from './output-order.js'
import { packagingOf, type Packaging } from './output-packaging.js'
import { outputBlocks, outputUsedKeys, topLevelText } from './output-text.js'
import { BUILD_MARKER, stripCompatible } from './pin-marker.js'

export interface PlannedOutput {
  readonly name: string
  readonly version: string
  readonly buildNumber: number
  readonly buildString: string
  readonly subdir: string
  readonly noarch?: string
  readonly type: string
  /** The recipe's own package (package/name). */
  readonly topLevel: boolean
  /** Added by the planner as conda-build adds it (the top level's run requirements name an output). */
  readonly implicit: boolean
  /** The output's script: `script:` of the output, else build/script. */
  readonly script?: Value
  readonly scriptInterpreter?: string
  readonly files?: Value
  /** What runs for this output and which files its package holds. */
  readonly packaging: Packaging
  readonly requirements: OutputRequirements
  readonly build: Dict
  readonly test: Dict
  readonly about: Dict
  readonly runExports?: Value
  /** The variant keys this output uses, with their values. */
  readonly variant: Readonly<Record<string, VariantValue>>
}

export interface OutputPlanInput {
  readonly variants: readonly RenderedVariant[]
  /** The recipe template before Jinja (meta.yaml as written). */
  readonly rawText: string
  /** Script texts by file name relative to the recipe (build.sh, bld.bat, install-lib.sh...): for the keys they use. */
  readonly scripts?: Readonly<Record<string, string | undefined>>
  /** The target subdir (for outputs that are not noarch and set no target). */
  readonly subdir: string
  /** The subdir the build runs on (default: this machine's); another target is a cross build. */
  readonly buildSubdir?: string
}

const first = (v: VariantValue | undefined): string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : isListValue(v) ? [...v] : [])
const isTrue = (v: Value | undefined): boolean => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v))

function scriptOf(m: OutputMeta): Value | undefined {
  return m.script ?? m.build.script ?? undefined
}

/** The texts of the output's script files: a shell script, and a batch file (bld.bat only for Windows targets). */
function scriptTexts(m: OutputMeta, input: OutputPlanInput): { script?: string; batch?: string } {
  const s = scriptOf(m)
  if (typeof s === 'string' && s.endsWith('.sh')) return { script: input.scripts?.[s] }
  if (typeof s === 'string' && s.endsWith('.bat')) return { batch: input.scripts?.[s] }
  if (!m.topLevel || s !== undefined) return {}
  const win = (m.target ?? input.subdir).startsWith('win-')
  return { script: input.scripts?.['build.sh'], batch: win ? input.scripts?.['bld.bat'] : undefined }
}

function reduce(variant: Variant, used: ReadonlySet<string>): Record<string, VariantValue> {
  const out: Record<string, VariantValue> = {}
  for (const k of [...used].sort()) if (variant[k] !== undefined) out[k] = variant[k]
  return out
}

function buildStringOf(m: OutputMeta, used: ReadonlySet<string>, variant: Variant, text: string): string {
  if (typeof m.build.string === 'string' && m.build.string) return m.build.string
  const reqs = m.requirements
  const hash = variantHash(hashContents({ used, variant, reqs, rawText: text }))
  const base = baseBuildString({
    reqs,
    hasHost: reqs.hasHost,
    variant,
    number: m.number,
    features: strList(m.build.features),
    noarch: m.noarch,
    noarchPython: m.build.noarch_python === true,
    rawText: text
  })
  return insertHash(base, hash)
}

/**
 * conda-build's insert_variant_versions on an output's build, host and run: a bare `python` becomes `python 3.12.*`;
 * never for another output of the recipe (conda-build's output_excludes: `python` as an output is that output).
 */
function withVariantVersions(r: OutputRequirements, variant: Variant, outputNames: ReadonlySet<string>): OutputRequirements {
  const insert = (l: string[]): string[] => {
    const versioned = insertVariantVersions(l, variant)
    return l.map((spec, i) => (outputNames.has(depName(spec)) ? spec : versioned[i]))
  }
  return { ...r, build: insert(r.build), host: insert(r.host), run: insert(r.run) }
}

function plannedOne(
  m: OutputMeta,
  implicit: boolean,
  text: string,
  v: RenderedVariant,
  input: OutputPlanInput,
  outputNames: ReadonlySet<string> = new Set()
): PlannedOutput {
  const topBuild = v.meta.build
  const full: Variant = v.input ?? v.variant
  // the build string and the keys used come from the render-time values of pin_compatible calls
  const plain = { ...m, requirements: stripCompatible(m.requirements as unknown as Value) as unknown as OutputRequirements }
  const used = outputUsedKeys({
    keys: Object.keys(full),
    text,
    reqs: plain.requirements,
    ignoreBuildOnly: first(full.ignore_build_only_deps),
    ...scriptTexts(m, input),
    noarch: Boolean(m.noarch),
    forceUse: strList(m.build.force_use_keys),
    forceIgnore: strList(m.build.force_ignore_keys)
  })
  return {
    name: m.name,
    version: m.version,
    buildNumber: parseInt(m.number, 10) || 0,
    buildString: buildStringOf(plain, used, full, text),
    subdir: m.noarch ? 'noarch' : (m.target ?? variantSubdir(full, input.subdir)),
    noarch: m.noarch,
    type: m.type,
    topLevel: m.topLevel,
    implicit,
    script: scriptOf(m),
    scriptInterpreter: m.scriptInterpreter,
    files: m.files,
    packaging: packagingOf(m, isDict(topBuild) ? topBuild.script : undefined),
    requirements: withVariantVersions(m.requirements, full, new Set([...outputNames].filter(n => n !== m.name))),
    build: m.build,
    test: m.test,
    about: m.about,
    runExports: m.build.run_exports ?? undefined,
    variant: reduce(full, used)
  }
}

/** A recipe without outputs: the renderer's package as it is. */
function single(v: RenderedVariant, input: OutputPlanInput): PlannedOutput {
  const m = topLevelMeta(v.meta)
  return {
    ...plannedOne(m, false, input.rawText, v, input),
    name: v.name,
    version: v.version,
    buildNumber: v.buildNumber,
    buildString: v.buildString,
    subdir: v.subdir,
    variant: v.variant
  }
}

function resolveMarkers<T extends Value | undefined>(v: T, builds: ReadonlyMap<string, string>): T {
  if (typeof v === 'string') return v.replace(BUILD_MARKER, (_, n: string) => builds.get(n) ?? '*') as T
  if (Array.isArray(v)) return v.map(x => resolveMarkers(x, builds)) as T
  if (isDict(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveMarkers(x, builds)])) as T
  return v
}

function withPins(o: PlannedOutput, builds: ReadonlyMap<string, string>): PlannedOutput {
  const r = o.requirements
  const fix = (l: string[]): string[] => l.map(s => resolveMarkers(s, builds))
  return {
    ...o,
    requirements: { build: fix(r.build), host: fix(r.host), run: fix(r.run), run_constrained: fix(r.run_constrained), hasHost: r.hasHost },
    build: resolveMarkers(o.build, builds),
    test: resolveMarkers(o.test, builds),
    runExports: resolveMarkers(o.runExports, builds)
  }
}

/** Whether the top level's build section writes `string:` (the renderer always fills build/string in). */
function manualString(topText: string): boolean {
  // each line inside build: is indented or empty, matched one way only (two ways per line backtracked exponentially)
  return /^build:[^\n]*\n(?:(?:[ \t][^\n]*)?\n)*?[ \t]+string:/m.test(topText)
}

function planVariant(v: RenderedVariant, input: OutputPlanInput): PlannedOutput[] {
  const outs = v.meta.outputs
  if (!Array.isArray(outs)) return [single(v, input)]
  const top: MutableDict = { ...v.meta }
  if (isDict(top.build) && !manualString(topLevelText(input.rawText, undefined))) {
    const { string: _drop, ...rest } = top.build
    top.build = rest
  }
  const given = outs.filter(isDict)
  const blocks = outputBlocks(input.rawText)
  const topName = String(isDict(top.package) ? top.package.name : '')
  const metas: Array<{ m: OutputMeta; implicit: boolean; block: string | undefined }> = given.map((o, i) => ({
    m: outputMeta(top, o, i),
    implicit: false,
    block: blocks[i]
  }))
  const reqText = /^requirements:[\s\S]*?(?=^\w|(?![\s\S]))/m.exec(topLevelText(input.rawText, undefined))?.[0] ?? ''
  if (implicitTopLevel(top, given, reqText)) metas.push({ m: topLevelMeta(top), implicit: true, block: undefined })
  const outputNames = new Set(metas.map(({ m }) => m.name))
  const planned = metas
    .filter(({ m }) => !isTrue(m.build.skip))
    .map(({ m, implicit, block }) => {
      const text = m.topLevel ? topLevelText(input.rawText, m.name === topName ? block : undefined) : (block ?? '')
      return plannedOne(m, implicit, text, v, input, outputNames)
    })
  const builds = new Map(planned.map(o => [o.name, o.buildString]))
  return planned.map(o => withPins(o, builds))
}

/**
 * The top level's build, shared by the outputs as conda-build shares it: its build and host prefixes are
 * made and its script (build.sh, bld.bat or build/script) runs once per top-level variant, then the outputs
 * of that variant are packaged from the prefix it left (see output-packaging.ts).
 */
export interface TopLevelBuild {
  /** The variant keys the recipe uses, with their values. */
  readonly variant: Readonly<Record<string, VariantValue>>
  readonly requirements: { readonly build: readonly string[]; readonly host: readonly string[]; readonly hasHost: boolean }
  /** build/script lines; undefined: the recipe's build.sh (bld.bat on Windows) when there is one. */
  readonly script?: Value
  /** Indexes into OutputPlan.outputs of the packages first made by this build, in build order. */
  readonly outputs: readonly number[]
}

export interface OutputPlan {
  /** Every package, in build order. */
  readonly outputs: readonly PlannedOutput[]
  readonly builds: readonly TopLevelBuild[]
}

const outputKey = (o: PlannedOutput): string => JSON.stringify([o.name, o.variant])

function topLevelBuild(v: RenderedVariant): Omit<TopLevelBuild, 'outputs'> {
  const r = isDict(v.meta.requirements) ? v.meta.requirements : {}
  const script = isDict(v.meta.build) ? v.meta.build.script : undefined
  return { variant: v.variant, requirements: { build: strList(r.build), host: strList(r.host), hasHost: 'host' in r }, script: script ?? undefined }
}

/** Plan the outputs of every rendered variant (see the module's comment). */
export function planOutputs(input: OutputPlanInput): OutputPlan {
  const seen = new Map<string, PlannedOutput>()
  const firstBy = new Map<string, number>()
  const tops: Omit<TopLevelBuild, 'outputs'>[] = []
  // the outputs are planned with their pin_compatible calls marked: the plan evaluates them per output, once solved
  for (const v of input.variants.map(x => (x.compatiblePins ? { ...x, meta: x.compatiblePins } : x))) {
    if (v.skip) continue
    tops.push(topLevelBuild(v))
    for (const o of planVariant(v, input)) {
      const key = outputKey(o)
      if (seen.has(key)) continue
      seen.set(key, o)
      firstBy.set(key, tops.length - 1)
    }
  }
  // a cross build (a variant's target_platform is not the build's subdir): build requirements come from the build platform
  const build = input.buildSubdir ?? hostSubdir()
  const outputs = orderOutputs(
    [...seen.values()],
    input.variants.some(v => !v.skip && v.subdir !== build)
  )
  const builds = tops.map((t, i) => ({ ...t, outputs: outputs.flatMap((o, j) => (firstBy.get(outputKey(o)) === i ? [j] : [])) }))
  return { outputs, builds }
}
