/**
 * The steps of one output of an `outputs:` recipe, after its variant's top-level build (output-builds.ts plans
 * them): its own requirements installed into the shared build and host prefixes (conda-build's layout: the files
 * the top-level build left stay), its script run in the work folder, its files chosen by its packaging rule
 * (the files its script added, its `files:` globs, or every file the top-level build added) and post-processed,
 * its requirements finalized against the packages it was built with, then packaged, indexed and tested.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { createEnvironment } from '../env/create.js'
import { locate, type SolvedRecord } from '../env/solve.js'
import { parseChannel } from '../env/channel.js'
import { loadRepodata } from '../env/repodata.js'
import { checkBuilt, isPlanned } from '../plan/planned-records.js'
import { specMatcher } from '../env/spec-match.js'
import { finalizedRecipe } from '../finalize/depends.js'
import { finalizeRequirements, type SolvedPackage } from '../finalize/requirements.js'
import { runExportsJson } from '../finalize/run-exports.js'
import type { VariantPlan } from '../plan/build-plan.js'
import type { OutputStepPlan } from '../plan/output-builds.js'
import type { FileSelection } from '../plan/output-packaging.js'
import { listFiles } from '../post/files.js'
import { matchesAny } from '../post/glob.js'
import { postProcess, type PostResult } from '../post/process.js'
import { strList as list } from '../recipe/sections.js'
import { keepingCacheWhole } from './cache-guard.js'
import { refuseEmptyPackage, usesCompilerActivation } from './empty-package.js'
import { alwaysIncluded } from '../post/always-include.js'
import { buildEnvironment } from './env-vars.js'
import { exportsOf, type Environments } from './environments.js'
import type { ExportingPackage, RunExports } from './run-exports.js'
import { runBuildScript } from './script.js'
import type { StepContext } from './steps.js'

/** What the top-level build of the variant left: its packages, the files it added, and the script environment. */
export interface TopLevelResult {
  readonly envs: Environments
  /** Host-prefix files before the top-level script ran. */
  readonly initial: ReadonlySet<string>
  /** Files the top-level script added. */
  readonly added: ReadonlySet<string>
  readonly env: Readonly<Record<string, string>>
}

const SCRIPT_EXTENSIONS = ['.sh', '.py', '.bat']

async function installInto(
  prefix: string,
  specs: readonly string[],
  solved: readonly SolvedRecord[] | undefined,
  channels: readonly string[],
  c: StepContext,
  what: string
): Promise<ExportingPackage[]> {
  if (!specs.length) return []
  c.log(`${what}: ${specs.join(', ')}`)
  const got = await createEnvironment({
    prefix,
    channels,
    specs,
    cacheDir: c.cacheDir,
    allowPackageScripts: c.allowPackageScripts,
    verify: c.verify,
    log: c.log,
    warn: c.warn,
    command: `build-wheel conda build (${what})`,
    addToExisting: true,
    ...(solved ? { solved } : {})
  })
  return exportsOf(got.packages, c.cacheDir)
}

/** A solved set for installing, or undefined: solve that environment at build time; `again` says why. */
interface InstallSet {
  readonly solved: readonly SolvedRecord[] | undefined
  readonly again?: string
}

/** The built package that stands for a planned record, read from the output channel. */
async function builtRecord(r: SolvedRecord, c: StepContext): Promise<SolvedRecord | { readonly missing: true }> {
  const channel = parseChannel(path.resolve(c.outputDir))
  const loaded = await loadRepodata(channel, r.subdir, { cacheDir: path.join(c.cacheDir, 'repodata') })
  const built = loaded.data['packages.conda']?.[r.record.fn] ?? loaded.data.packages?.[r.record.fn]
  return built ? { ...r, record: { ...built, fn: r.record.fn }, channel, ...locate(loaded, r.record.fn) } : { missing: true }
}

/**
 * A solved set with each planned record (an output of the recipe, planned-records.ts) swapped for the package built
 * in its place, read from the output channel. An error when that package is not the one planned; no set, and the
 * reason, when the built package asks for more than the set satisfies: the environment is then solved at build time
 * with the built package in the output channel (what the plan could not know: the run_exports of channel packages).
 */
async function withBuiltOutputs(solved: readonly SolvedRecord[] | undefined, c: StepContext, what: string): Promise<InstallSet> {
  if (!solved?.some(isPlanned)) return { solved }
  const match = await specMatcher(solved.map(r => r.record))
  const out: SolvedRecord[] = []
  const again: string[] = []
  for (const r of solved) {
    const built = isPlanned(r) ? await builtRecord(r, c) : r
    const verdict = built === r ? undefined : checkBuilt(r.record, 'missing' in built ? undefined : built.record, match)
    if (verdict?.kind === 'refused')
      throw new Error(`${what}: ${verdict.reason}; the plan's solution does not hold (build-wheel conda build --plan-only shows what was planned)`)
    if (verdict?.kind === 'solve-again') again.push(`${r.record.name}-${r.record.version}-${r.record.build} ${verdict.because.join(', ')}`)
    if (!('missing' in built)) out.push(built)
  }
  if (!again.length) return { solved: out }
  const because = `${again.join('; ')}, beyond the plan's solution (run_exports the plan could not read: it reads them from the package cache and from local channels' run_exports.json or channeldata.json)`
  c.log(`${what}: solved again at build time, with the built package(s) from the output channel: ${because}`)
  return { solved: undefined, again: because }
}

/** An environment solved again at build time (withBuiltOutputs): which, why, and the packages installed. */
export interface SolvedAgain {
  readonly environment: string
  readonly because: string
  /** name-version-build of each package the build-time solve installed (or found already in the shared prefix). */
  readonly packages: readonly string[]
}

/** The packages an output was built with, and the environments solved again at build time. */
export interface OutputEnvironments extends Environments {
  readonly solvedAgain?: readonly SolvedAgain[]
}

interface OwnPrefix {
  readonly which: 'build' | 'host'
  readonly prefix: string
  readonly specs: readonly string[]
  readonly solved: readonly SolvedRecord[] | undefined
}

/** The output's own requirements into one shared prefix, its planned records swapped for the built packages. */
async function installOwn(p: OwnPrefix, s: OutputStepPlan, c: StepContext, again: SolvedAgain[]): Promise<ExportingPackage[]> {
  const what = `${p.which} requirements of ${s.name}`
  const set = await withBuiltOutputs(p.solved, c, what)
  const channels = s.environments.needsOutputs.length ? [path.resolve(c.outputDir), ...c.channels] : c.channels
  const got = await installInto(p.prefix, p.specs, set.solved, channels, c, what)
  if (set.again) again.push({ environment: what, because: set.again, packages: got.map(x => `${x.name}-${x.version}-${x.build}`) })
  return got
}

/** The output's own requirements into the shared prefixes (outputs built before taken from the output channel). */
export async function outputEnvironments(b: VariantPlan, s: OutputStepPlan, top: TopLevelResult, c: StepContext): Promise<OutputEnvironments> {
  if (s.topLevel) return top.envs
  const e = s.environments
  const again: SolvedAgain[] = []
  const build = await installOwn({ which: 'build', prefix: b.dirs.buildPrefix, specs: e.build, solved: e.solved?.build }, s, c, again)
  const host = await installOwn({ which: 'host', prefix: b.dirs.hostPrefix, specs: e.host, solved: e.solved?.host }, s, c, again)
  const envs = s.output.requirements.hasHost ? { build, host } : { build: host, host: [] }
  return again.length ? { ...envs, solvedAgain: again } : envs
}

/** The output's script, when it has one; returns the files it added to the host prefix. */
export async function outputScript(b: VariantPlan, s: OutputStepPlan, top: TopLevelResult, c: StepContext): Promise<Set<string>> {
  const run = s.run
  if (!run) return new Set()
  let file: string
  if (run.file) {
    file = path.resolve(b.scriptFacts.recipeDir, run.file)
    const ext = path.extname(file).toLowerCase()
    if (!run.interpreter && !SCRIPT_EXTENSIONS.includes(ext))
      throw new Error(
        `outputs (${s.name}): script ${run.file} has an extension this suite cannot run (${ext || 'none'}); use .sh, .py or .bat, or set script_interpreter`
      )
    if (!fs.existsSync(file)) throw new Error(`outputs (${s.name}): script ${run.file} is not in the recipe folder ${b.scriptFacts.recipeDir}`)
  } else {
    file = path.join(b.dirs.root, `conda_output_script_${s.name}.sh`)
    fs.writeFileSync(file, `${(run.lines ?? []).join('\n')}\n`, { mode: 0o600 })
  }
  const pkg = {
    name: s.name,
    version: s.version,
    buildNumber: s.buildNumber,
    buildString: s.buildString,
    hash: /h([0-9a-f]{7})/.exec(s.buildString)?.[1] ?? ''
  }
  const env = buildEnvironment({ ...b.scriptFacts, pkg, scriptEnv: s.scriptEnv, gitVars: gitVarsOf(top.env) })
  const before = new Set(listFiles(b.dirs.hostPrefix))
  c.log(`script of ${s.name}: ${run.file ?? 'build/script'}`)
  const o = {
    cwd: b.dirs.work,
    workRoot: b.dirs.root,
    timeoutSeconds: c.timeoutSeconds,
    runtime: c.runtime,
    interpreter: run.interpreter,
    activate: !isFalse(s.output.build.activate_in_script)
  }
  await keepingCacheWhole([b.dirs.buildPrefix, b.dirs.hostPrefix], c.warn ?? c.log, () => runBuildScript({ file, origin: 'output script' }, env, o))
  return new Set(listFiles(b.dirs.hostPrefix).filter(f => !before.has(f)))
}

const isFalse = (v: unknown): boolean => v === false || (typeof v === 'string' && /^(false|no|0)$/i.test(v.trim()))

function gitVarsOf(env: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => /^(GIT|HG)_/.test(k)))
}

/** A file matches a glob itself or through a folder it is in (a glob naming a folder takes its files). */
function matches(rel: string, globs: readonly string[]): boolean {
  if (matchesAny(rel, globs)) return true
  const parts = rel.split('/')
  for (let i = 1; i < parts.length; i++) if (matchesAny(parts.slice(0, i).join('/'), globs)) return true
  return false
}

/** The host-prefix files the output's package holds (see FileSelection). */
export function selectFiles(sel: FileSelection, prefix: string, top: TopLevelResult, scriptAdded: ReadonlySet<string>): Set<string> {
  switch (sel.kind) {
    case 'top-level-new':
      return new Set(top.added)
    case 'script-new':
      return new Set(scriptAdded)
    case 'none':
      return new Set()
    case 'globs': {
      const all = listFiles(prefix)
      const pool = sel.newOnly ? all.filter(f => !top.initial.has(f)) : all
      return new Set(pool.filter(f => matches(f, sel.include) && !(sel.exclude.length && matches(f, sel.exclude))))
    }
  }
}

/**
 * conda-build's refusal of an empty output with python in build (empty-package.ts): its `files` are its files: globs,
 * or for an output of the top level's name without them the files the top-level build added.
 */
export function checkOutputNotEmpty(b: VariantPlan, s: OutputStepPlan, top: TopLevelResult, c: Pick<StepContext, 'recipeFile'>): void {
  refuseEmptyPackage({
    hasFiles: s.files.kind === 'globs' || (s.files.kind === 'top-level-new' && top.added.size > 0),
    hasScript: s.run !== undefined,
    alwaysIncludes: alwaysIncluded(listFiles(b.dirs.hostPrefix), list(s.output.build.always_include_files)).length > 0,
    build: s.output.requirements.build,
    host: s.output.requirements.host,
    compilerActivation: usesCompilerActivation(fs.readFileSync(c.recipeFile, 'utf8'), s.topLevel ? undefined : s.name)
  })
}

/** The chosen files post-processed (everything else in the prefix counts as there before). */
export function postOutput(b: VariantPlan, s: OutputStepPlan, chosen: ReadonlySet<string>, c: StepContext): Promise<PostResult> {
  const before = new Set(listFiles(b.dirs.hostPrefix).filter(f => !chosen.has(f)))
  return postProcess({
    prefix: b.dirs.hostPrefix,
    before,
    subdir: b.scriptFacts.subdir,
    build: s.output.build,
    noarch: s.noarch,
    pythonVersion: b.python.version,
    env: b.env,
    log: c.log,
    warn: c.warn,
    runtime: c.runtime
  })
}

const solved = (p: ExportingPackage): SolvedPackage => ({ name: p.name, version: p.version ?? '', build: p.build ?? '', runExports: p.exports })

export interface FinalOutput {
  readonly depends: string[]
  readonly constrains: string[]
  /** The recipe as info/recipe/meta.yaml holds it: requirements finalized, extra/final true. */
  readonly meta: Record<string, unknown>
  readonly runExports?: RunExports
  readonly requires?: string[]
}

/** The output's requirements finalized against the packages it was built with (conda-build's finalize_metadata). */
export function finalizeOutput(
  b: VariantPlan,
  s: OutputStepPlan,
  envs: OutputEnvironments,
  others: readonly string[],
  runSolved?: readonly SolvedPackage[]
): FinalOutput {
  const o = s.output
  const r = o.requirements
  const merged = !r.hasHost
  const f = finalizeRequirements({
    requirements: { build: r.build, host: r.host, run: r.run, run_constrained: r.run_constrained },
    variant: b.rendered.input ?? b.rendered.variant,
    build: envs.build.map(solved),
    host: merged ? undefined : envs.host.map(solved),
    noarch: s.noarch,
    pythonIndependent: o.build.python_version_independent === true,
    ignoreRunExports: list(o.build.ignore_run_exports),
    ignoreRunExportsFrom: list(o.build.ignore_run_exports_from),
    pinDepends: typeof o.build.pin_depends === 'string' ? o.build.pin_depends : undefined,
    testRequires: s.test.requires,
    outputNames: others,
    ...(runSolved ? { runSolved } : {})
  })
  const meta: Record<string, unknown> = { ...finalizedRecipe(s.rendered.meta, f) }
  meta.build = { ...(meta.build as Record<string, unknown>), number: s.buildNumber }
  if (f.testRequires?.length) meta.test = { ...(meta.test ?? {}), requires: f.testRequires }
  const runExports = runExportsJson(o.runExports) as RunExports | undefined
  return { depends: f.run, constrains: f.run_constrained, meta, ...(runExports ? { runExports } : {}), ...(f.requires ? { requires: f.requires } : {}) }
}
