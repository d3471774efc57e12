/**
 * test/downstreams, as conda-build runs them after a package's own tests (build_tree in its build.py): for each
 * downstream spec, the spec and the new package pinned exactly (`name version build`) are solved together over the
 * output channel first, then the build's channels. A spec that cannot be solved with the new package (no channel
 * has it, or no version of it accepts the new package) is skipped with a warning, as conda-build skips it. Otherwise
 * the downstream package the solver chose is brought into the package cache and its own tests (what its info/test/
 * holds: run_test.*, test/requires) run in a fresh test prefix with the new package pinned there too; a failing
 * downstream test fails the build (conda-build raises CondaBuildUserError).
 * A mapping under test/downstreams: its keys are the specs (conda-build ignores the values, with a warning).
 */
import * as path from 'node:path'
import { fetchPackage } from '../env/fetch.js'
import { dist } from '../env/remove-plan.js'
import { SolveError, specName, type SolvedRecord } from '../env/solve.js'
import { solveEnvironments, specsKey } from '../plan/solve-envs.js'
import { testPackage, type TestOptions } from './run.js'

/** What test/downstreams holds, as specs (a string, a list, or a mapping whose keys are the specs). */
export function downstreamSpecs(value: unknown, warn: (l: string) => void = () => {}): string[] {
  if (value === undefined || value === null || value === '') return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter(v => v !== null && v !== undefined && v !== '').map(v => String(v))
  if (typeof value === 'object') {
    warn('test/downstreams is a mapping: its keys are tested as downstream specs, its values are ignored (as conda-build ignores them)')
    return Object.keys(value)
  }
  return [String(value)]
}

/** The package whose downstreams are tested. */
export interface Upstream {
  readonly name: string
  readonly version: string
  readonly build: string
  readonly subdir: string
}

/** What every downstream test shares (the test folders, facts, runtime... of the build); the package's own fields are set here. */
export type DownstreamTestSettings = Omit<TestOptions, 'packageFile' | 'name' | 'version' | 'build' | 'subdir' | 'channels' | 'pins'>

export interface DownstreamOptions {
  readonly upstream: Upstream
  readonly specs: readonly string[]
  /** The channel the new package was written to (indexed): solved first. */
  readonly outputDir: string
  /** The build's channels, after the output channel. */
  readonly channels: readonly string[]
  /** The subdir solved for when the new package is noarch (the machine's). */
  readonly machineSubdir: string
  readonly cacheDir: string
  readonly testing: DownstreamTestSettings
  readonly log: (l: string) => void
  readonly warn: (l: string) => void
}

/** One downstream spec: skipped (why), or the package tested and the scripts that ran (none: it has no tests). */
export type DownstreamResult =
  { readonly spec: string; readonly skipped: string } | { readonly spec: string; readonly package: string; readonly ran: readonly string[] }

/** A downstream package's test failed (or its test prefix could not be made); `output` holds its last lines. */
export class DownstreamTestError extends Error {
  override name = 'DownstreamTestError'
  constructor(
    message: string,
    /** name-version-build of the downstream package. */
    readonly downstream: string,
    readonly output?: string
  ) {
    super(message)
  }
}

/** The downstream spec solved with the new package; a SolveError (unsatisfiable) becomes a reason to skip. */
async function resolveDownstream(spec: string, o: DownstreamOptions): Promise<SolvedRecord | string> {
  const up = o.upstream
  const specs = [spec, `${up.name} ${up.version} ${up.build}`]
  const subdir = up.subdir === 'noarch' ? o.machineSubdir : up.subdir
  let solved: readonly SolvedRecord[]
  try {
    const got = await solveEnvironments([specs], {
      channels: [path.resolve(o.outputDir), ...o.channels],
      subdir,
      cacheDir: o.cacheDir,
      log: o.log,
      warn: o.warn
    })
    solved = got.get(specsKey(specs)) ?? []
  } catch (e) {
    if (e instanceof SolveError) return e.message
    throw e
  }
  const name = specName(spec)
  return solved.find(r => r.record.name.toLowerCase() === name) ?? `the solution of ${specs.join(', ')} holds no package named ${name}`
}

/** The downstream package's own tests, with the new package pinned in its test prefix. */
async function testDownstream(spec: string, chosen: SolvedRecord, o: DownstreamOptions): Promise<DownstreamResult> {
  const r = chosen.record
  const stem = dist(r)
  const up = o.upstream
  const { archive } = await fetchPackage(chosen, { pkgsDir: path.join(o.cacheDir, 'pkgs') })
  const buildNumber = typeof r.build_number === 'number' ? r.build_number : 0
  const pkg = { name: r.name, version: r.version, buildNumber, buildString: r.build, hash: /h([0-9a-f]{7})/.exec(r.build)?.[1] ?? '' }
  o.log(`testing downstream package ${stem} (test/downstreams: ${spec}) against ${dist(up)}`)
  try {
    const tested = await testPackage({
      ...o.testing,
      // the downstream's own identity in its test's environment (PKG_NAME...), not the variant keys of the upstream
      facts: { ...o.testing.facts, pkg, variant: {} },
      packageFile: archive,
      name: r.name,
      version: r.version,
      build: r.build,
      subdir: chosen.subdir,
      channels: [path.resolve(o.outputDir), ...o.channels],
      pins: [`${up.name} ${up.version} ${up.build}`]
    })
    return { spec, package: stem, ran: tested.ran }
  } catch (e) {
    const message = `the downstream test of ${dist(up)} (test/downstreams: ${spec}) failed: ${(e as Error).message}`
    throw new DownstreamTestError(message, stem, (e as { output?: string }).output)
  }
}

/** Every downstream spec in order (see the module's comment); throws DownstreamTestError at the first failing test. */
export async function testDownstreams(o: DownstreamOptions): Promise<DownstreamResult[]> {
  const out: DownstreamResult[] = []
  for (const spec of o.specs) {
    o.log(`downstream: ${spec}`)
    const chosen = await resolveDownstream(spec, o)
    if (typeof chosen === 'string') {
      o.warn(
        `skipping the downstream test of ${spec} for ${dist(o.upstream)}: it cannot be solved with the new package (as conda-build, which skips it). ${chosen}`
      )
      out.push({ spec, skipped: chosen })
      continue
    }
    out.push(await testDownstream(spec, chosen, o))
  }
  return out
}
