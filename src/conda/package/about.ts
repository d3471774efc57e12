/**
 * info/about.json as conda-build's write_about_json makes it, with this suite's own tool fields:
 *   - every field of the recipe's `about:` section that conda-build knows (its FIELDS table) and whose value is
 *     set (Python's `if value:`: no empty strings, lists or mappings, no zero or false); `identifiers`, `tags`
 *     and `keywords` are always lists (a string is a list of one);
 *   - `channels` (credentials removed), `extra` (the finalized recipe's, with `final: true`);
 *   - `env_vars`: the variables conda-build records, and only those (CIO_TEST), with the value the build ran
 *     with or `<not set>`, as conda-build records them;
 *   - `root_pkgs`: conda-build lists the packages of its own base environment (the conda-build, patchelf and
 *     patch that built the package). Here the tools come from the build prefix, so it lists the build prefix's
 *     packages (`name version build`, sorted; the merged prefix when build and host share one): what the build
 *     ran with, decided by the solve, so two builds of the same plan write the same list;
 *   - the tool fields: conda-build writes `conda_build_version` and `conda_version` (the builder and the conda
 *     library that solved the environments). Neither is true of this suite, so it writes the same facts under
 *     its own names: `build_wheel_version` (this package's version) and `rattler_version` (the version of
 *     @conda-org/rattler, the conda organisation's solver that solved the environments).
 * Written as Python's json.dump(indent=2, sort_keys=True) writes it (json.ts).
 */
import { isDict, section, strList, type Dict } from '../recipe/sections.js'
import type { Value } from '../recipe/yaml.js'
import { pythonJsonDump } from './json.js'

/** This package's version (package.json's; a test keeps the two equal). */
export const BUILD_WHEEL_VERSION = '1.0.0'

/** The version of @conda-org/rattler this suite solves with (its package.json's; a test keeps the two equal). */
export const RATTLER_VERSION = '0.3.5'

/** The `about:` fields conda-build writes (conda_build/metadata.py FIELDS['about']); the list fields are always lists. */
export const ABOUT_FIELDS: readonly string[] = [
  'home',
  'dev_url',
  'doc_url',
  'doc_source_url',
  'license_url',
  'license',
  'summary',
  'description',
  'license_family',
  'identifiers',
  'tags',
  'keywords',
  'license_file',
  'prelink_message',
  'readme'
]
const LIST_FIELDS: ReadonlySet<string> = new Set(['identifiers', 'tags', 'keywords'])

/** The environment variables conda-build records in about.json, and what it writes for one that is not set. */
export const RECORDED_ENV_VARS: readonly string[] = ['CIO_TEST']
export const NOT_SET = '<not set>'

/** A package of the prefix the build ran its tools from. */
export interface RootPackage {
  readonly name: string
  readonly version?: string
  readonly build?: string
}

export interface AboutInput {
  /** The finalized recipe. */
  readonly meta: Dict
  /** Credentials removed. */
  readonly channels: readonly string[]
  /** The build prefix's packages. */
  readonly rootPkgs: readonly RootPackage[]
  /** The environment the build inherited; only RECORDED_ENV_VARS are read. */
  readonly environ: Readonly<Record<string, string | undefined>>
}

/** Python's truth of a YAML value (YAML here gives strings, booleans, lists and mappings). */
function truthy(v: Value | undefined): boolean {
  if (v === null || v === undefined || v === false || v === '') return false
  if (Array.isArray(v)) return v.length > 0
  return typeof v !== 'object' || Object.keys(v).length > 0
}

/** about.json as an object (see the module's comment). */
export function aboutFields(i: AboutInput): Record<string, unknown> {
  const about = section(i.meta, 'about')
  const out: Record<string, unknown> = {}
  for (const k of ABOUT_FIELDS) {
    if (LIST_FIELDS.has(k)) out[k] = strList(about[k])
    else if (truthy(about[k])) out[k] = about[k]
  }
  out.build_wheel_version = BUILD_WHEEL_VERSION
  out.rattler_version = RATTLER_VERSION
  out.channels = [...i.channels]
  out.env_vars = Object.fromEntries(RECORDED_ENV_VARS.map(n => [n, i.environ[n] ?? NOT_SET]))
  out.root_pkgs = i.rootPkgs.map(p => [p.name, p.version, p.build].filter(Boolean).join(' ')).sort()
  out.extra = isDict(i.meta.extra) ? i.meta.extra : {}
  return out
}

/** The text of info/about.json. */
export function aboutJsonText(i: AboutInput): string {
  return pythonJsonDump(aboutFields(i), { sortKeys: true })
}
