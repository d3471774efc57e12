/**
 * A rendered recipe's sections, typed: what the builder, the planner, the packager and the caches read
 * of meta.yaml (requirements, build, source, test, outputs, about), read one way here instead of each
 * module testing shapes itself. YAML gives strings, lists and mappings; a list field given as one
 * string is a list of one (as conda-build reads it), anything else of the wrong shape is empty.
 */
import type { Value } from './yaml.js'

export type Dict = { readonly [key: string]: Value }

/** A mapping being assembled: the output planner writes into its own copies (dictCopy), never into the rendered recipe. */
export type MutableDict = { [key: string]: Value }

/** A YAML mapping (not a list, not a scalar). */
export const isDict = (v: Value | undefined): v is Dict => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v)

/** A copy of the mapping `v` (an empty one when it is not a mapping), to write into. */
export const dictCopy = (v: Value | undefined): MutableDict => (isDict(v) ? { ...v } : {})

/**
 * The strings of a list field, as written; one string is a list of one, and an empty string is an empty
 * field (`run: ''` asks for nothing, `script: ''` is no script, as conda-build's `if script:` reads it).
 */
export const strList = (v: Value | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : []

/** The mapping `key` of `meta`, or an empty one. */
export const section = (meta: Dict, key: string): Dict => (isDict(meta[key]) ? meta[key] : {})

const str = (v: Value | undefined): string | undefined => (typeof v === 'string' ? v : undefined)
const truthy = (v: Value | undefined): boolean => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v.trim()))

export interface RecipeRequirements {
  readonly build: readonly string[]
  readonly host: readonly string[]
  readonly run: readonly string[]
  readonly runConstrained: readonly string[]
  /** Whether the recipe has a host section: without one, build and host share one prefix (conda-build's merged layout). */
  readonly hasHost: boolean
}

export interface RecipeBuild {
  readonly number: number
  readonly string?: string
  readonly noarch?: string
  /** build/script as lines (empty: build.sh or bld.bat). */
  readonly script: readonly string[]
  readonly scriptEnv: readonly string[]
  readonly skip: boolean
  /**
   * build/merge_build_host: true puts build and host requirements into one prefix even with a host section;
   * false keeps them apart even without one; undefined: one prefix exactly when there is no host section.
   */
  readonly mergeBuildHost?: boolean
  readonly features: readonly string[]
  readonly trackFeatures: readonly string[]
  readonly ignoreRunExports: readonly string[]
  readonly ignoreRunExportsFrom: readonly string[]
  readonly skipCompilePyc: readonly string[]
  /** run_exports as written (a list or a weak/strong mapping). */
  readonly runExports?: Value
  /** The whole section, for the fields only post-processing reads (rpaths, has_prefix_files...). */
  readonly raw: Dict
}

export interface RecipeTest {
  readonly requires: readonly string[]
  readonly commands: readonly string[]
  readonly imports: readonly string[]
  readonly files: readonly string[]
  readonly sourceFiles: readonly string[]
}

export interface TypedRecipe {
  readonly name: string
  readonly version: string
  readonly requirements: RecipeRequirements
  readonly build: RecipeBuild
  /** source: as written (one mapping or a list); read by source/spec.ts. */
  readonly source?: Value
  readonly test: RecipeTest
  /** outputs: each a mapping (the output planner reads them). */
  readonly outputs: readonly Dict[]
  readonly about: Dict
  readonly extra: Dict
}

function requirementsOf(meta: Dict): RecipeRequirements {
  const r = section(meta, 'requirements')
  return { build: strList(r.build), host: strList(r.host), run: strList(r.run), runConstrained: strList(r.run_constrained), hasHost: 'host' in r }
}

function buildOf(meta: Dict): RecipeBuild {
  const b = section(meta, 'build')
  const number = typeof b.number === 'number' ? b.number : parseInt(str(b.number) ?? '0', 10)
  return {
    number: Number.isFinite(number) ? number : 0,
    ...(str(b.string) !== undefined ? { string: str(b.string) } : {}),
    ...(str(b.noarch) ? { noarch: str(b.noarch) } : {}),
    script: strList(b.script),
    scriptEnv: strList(b.script_env),
    skip: truthy(b.skip),
    ...(b.merge_build_host !== undefined && b.merge_build_host !== null ? { mergeBuildHost: truthy(b.merge_build_host) } : {}),
    features: strList(b.features),
    trackFeatures: strList(b.track_features),
    ignoreRunExports: strList(b.ignore_run_exports),
    ignoreRunExportsFrom: strList(b.ignore_run_exports_from),
    skipCompilePyc: strList(b.skip_compile_pyc),
    ...(b.run_exports !== undefined && b.run_exports !== null ? { runExports: b.run_exports } : {}),
    raw: b
  }
}

function testOf(meta: Dict): RecipeTest {
  const t = section(meta, 'test')
  return {
    requires: strList(t.requires),
    commands: strList(t.commands),
    imports: strList(t.imports),
    files: strList(t.files),
    sourceFiles: strList(t.source_files)
  }
}

/** The typed view of a rendered recipe's metadata. Pure. */
export function typedRecipe(meta: Dict): TypedRecipe {
  const pkg = section(meta, 'package')
  return {
    name: str(pkg.name) ?? '',
    version: str(pkg.version) ?? '',
    requirements: requirementsOf(meta),
    build: buildOf(meta),
    ...(meta.source !== undefined && meta.source !== null ? { source: meta.source } : {}),
    test: testOf(meta),
    outputs: Array.isArray(meta.outputs) ? meta.outputs.filter(isDict) : [],
    about: section(meta, 'about'),
    extra: section(meta, 'extra')
  }
}
