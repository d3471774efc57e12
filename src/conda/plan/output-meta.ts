/**
 * One output's metadata from the rendered recipe, as conda-build's get_output_metadata makes it. An output
 * named as the top-level package takes the top-level requirements, build and about keys it does not set
 * (combine_top_level_metadata_with_output). Any other output has only its own requirements (a bare list is
 * both host and run: expand_reqs; a requirement on itself is dropped), its own version or the top-level one,
 * its own `build` section (the top-level build number when it sets none) or else the top-level build section
 * without entry_points, run_exports and script; its own test, or the top-level test without commands and
 * imports; its own about or the top-level one; `noarch` only when the output sets it.
 */
import { RecipeError } from '../recipe/location.js'
import { dictCopy as dict, isDict, strList, type Dict, type MutableDict } from '../recipe/sections.js'
import type { Value } from '../recipe/yaml.js'

export interface OutputRequirements {
  readonly build: string[]
  readonly host: string[]
  readonly run: string[]
  readonly run_constrained: string[]
  /** The output has a host section (conda-build's is_cross). */
  readonly hasHost: boolean
}

/** The output kinds this suite builds. */
export const CONDA_TYPES = ['conda', 'conda_v2'] as const

export interface OutputMeta {
  readonly name: string
  readonly version: string
  readonly number: string
  readonly type: string
  readonly requirements: OutputRequirements
  readonly build: Dict
  readonly test: Dict
  readonly about: Dict
  readonly noarch?: string
  readonly script?: Value
  readonly scriptInterpreter?: string
  readonly files?: Value
  readonly target?: string
  /** Named as the top-level package. */
  readonly topLevel: boolean
}

/** expand_reqs: a list is host and run; a mapping keeps its sections. */
export function expandRequirements(v: Value | undefined, self?: string): OutputRequirements {
  const notSelf = (l: string[]): string[] => (self ? l.filter(r => r.trim().split(/\s+/)[0] !== self) : l)
  if (Array.isArray(v) || typeof v === 'string') {
    const l = notSelf(strList(v))
    return { build: [], host: [...l], run: [...l], run_constrained: [], hasHost: l.length > 0 }
  }
  const r = dict(v)
  return {
    build: notSelf(strList(r.build)),
    host: notSelf(strList(r.host)),
    run: notSelf(strList(r.run)),
    run_constrained: strList(r.run_constrained),
    hasHost: 'host' in r
  }
}

function noarchOf(v: Value | undefined): string | undefined {
  if (typeof v === 'string' && v) return v
  return v === true ? 'generic' : undefined
}

function combined(top: Dict, out: Dict, name: string): OutputMeta {
  const merge = (section: string): Dict => ({ ...dict(top[section]), ...dict(out[section]) })
  const topReqs = dict(top.requirements)
  const own = Array.isArray(out.requirements) ? { host: out.requirements, run: out.requirements } : dict(out.requirements)
  const reqs = expandRequirements({ ...topReqs, ...own })
  const build = merge('build')
  const pkg = dict(top.package)
  return {
    name,
    version: typeof out.version === 'string' ? out.version : String(pkg.version ?? ''),
    number: String(build.number ?? '0'),
    type: typeof out.type === 'string' ? out.type : 'conda',
    requirements: reqs,
    build,
    // conda-build copies the top-level metadata here: the output's own test section is not read
    test: dict(top.test),
    about: merge('about'),
    noarch: noarchOf(out.noarch) ?? noarchOf(build.noarch),
    script: out.script ?? undefined,
    scriptInterpreter: typeof out.script_interpreter === 'string' ? out.script_interpreter : undefined,
    files: out.files ?? undefined,
    target: typeof out.target === 'string' ? out.target : undefined,
    topLevel: true
  }
}

function withoutCommands(test: MutableDict): Dict {
  delete test.commands
  delete test.imports
  return test
}

function separate(top: Dict, out: Dict, name: string): OutputMeta {
  const topBuild = dict(top.build)
  let build: MutableDict
  if ('build' in out) {
    build = dict(out.build)
    if (!('number' in build)) build.number = out.number ?? topBuild.number ?? '0'
  } else {
    build = { ...topBuild }
    for (const k of ['entry_points', 'run_exports', 'script']) {
      if (k in out) build[k] = out[k]
      else delete build[k]
    }
    for (const k of ['number', 'string', 'run_exports', 'track_features', 'features']) if (out[k] !== undefined && out[k] !== null) build[k] = out[k]
  }
  const test = isDict(out.test) ? out.test : withoutCommands(dict(top.test))
  const pkg = dict(top.package)
  return {
    name,
    version: typeof out.version === 'string' && out.version ? out.version : String(pkg.version ?? ''),
    number: String(build.number ?? '0'),
    type: typeof out.type === 'string' ? out.type : 'conda',
    requirements: expandRequirements(out.requirements, name),
    build,
    test,
    about: isDict(out.about) ? out.about : dict(top.about),
    noarch: noarchOf(out.noarch) ?? noarchOf(isDict(out.build) ? out.build.noarch : undefined),
    script: out.script ?? undefined,
    scriptInterpreter: typeof out.script_interpreter === 'string' ? out.script_interpreter : undefined,
    files: out.files ?? undefined,
    target: typeof out.target === 'string' ? out.target : undefined,
    topLevel: false
  }
}

/** The metadata of output `out` of the rendered recipe `top` (see the module's comment). */
export function outputMeta(top: Dict, out: Dict, index: number): OutputMeta {
  const topName = String(dict(top.package).name ?? '')
  // conda-build names an output without a name after the top level
  const name = typeof out.name === 'string' && out.name ? out.name : topName
  if (!name) throw new RecipeError(`outputs/${index}: an output needs a name (outputs: - name: ...)`)
  const type = typeof out.type === 'string' ? out.type : 'conda'
  if (!(CONDA_TYPES as readonly string[]).includes(type))
    throw new RecipeError(
      `outputs/${index} (${name}): output type '${type}' is not built by this suite; accepted types: ${CONDA_TYPES.join(', ')} (build wheels with the build-wheel action)`
    )
  return name === topName ? combined(top, out, name) : separate(top, out, name)
}

/** The top-level package alone: a recipe without outputs, or the top level an `outputs:` recipe adds. */
export function topLevelMeta(top: Dict): OutputMeta {
  return combined(top, {}, String(dict(top.package).name ?? ''))
}

/**
 * Whether conda-build adds the top-level package as an output of its own (uses_subpackage): its run
 * requirements name an output, or its requirements section calls pin_subpackage; and no output has its name.
 */
export function implicitTopLevel(top: Dict, outputs: readonly Dict[], rawRequirementsText: string): boolean {
  const topName = String(dict(top.package).name ?? '')
  if (outputs.some(o => o.name === topName)) return false
  const run = strList(dict(top.requirements).run).map(r => r.trim().split(/\s+/)[0])
  const names = new Set(outputs.map(o => o.name).filter((n): n is string => typeof n === 'string'))
  return run.some(r => names.has(r)) || /\{\{\s*pin_subpackage\(.*\)\s*\}\}/.test(rawRequirementsText)
}
