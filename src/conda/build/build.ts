/**
 * `conda build` from end to end, once per rendered variant: prefixes (solved before any other work,
 * so an unsatisfiable recipe fails first) -> sources -> build script -> post-processing -> info/ ->
 * package (.conda or .tar.bz2) in `<output>/<subdir>/` -> channel index -> test in a fresh prefix (a
 * failure moves the package to `<output>/broken/`). Work folders are removed after a success unless
 * `keepWork`; after a failure they are kept for inspection and their place is logged.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { phase } from '../../lib/log.js'
import { redactUrl } from '../env/channel.js'
import { hostSubdir, DEFAULT_PYTHON } from '../recipe/platforms.js'
import { renderRecipe, type RenderedVariant } from '../recipe/render.js'
import type { Spec } from '../recipe/variants.js'
import type { Value } from '../recipe/yaml.js'
import { fetchSources } from '../source/fetch.js'
import { sourceSpecs } from '../source/spec.js'
import { indexChannel } from '../index/index.js'
import { writeInfo } from '../package/info.js'
import { stagePayload, writePackage, type PackageFormat, LEVELS } from '../package/write.js'
import { listFiles } from '../post/files.js'
import { postProcess } from '../post/process.js'
import { testPackage } from '../test/run.js'
import { buildEnvironment, type BuildFacts } from './env-vars.js'
import { createBuildEnvironments } from './environments.js'
import { buildDirs, type BuildDirs } from './prefixes.js'
import { normalizeRunExports, runRequirements } from './run-exports.js'
import { chooseScript, runBuildScript } from './script.js'
import { sha256Hex } from '../../cache/key.js'

export interface BuildOptions {
  readonly recipe: string
  /** The channel written: packages in <subdir>/, repodata, channeldata. */
  readonly outputDir: string
  /** Channels for the build, host and test prefixes (the output channel is added for tests). */
  readonly channels: readonly string[]
  readonly variants?: Spec
  readonly variantConfigFiles?: readonly string[]
  readonly targetPlatform?: string
  readonly format: PackageFormat
  readonly level?: number
  readonly test: boolean
  readonly keepWork: boolean
  /** Where the work folders go (conda-build's croot); short, so the padded prefix fits. */
  readonly croot: string
  /** repodata/ and pkgs/ of the environments. */
  readonly cacheDir: string
  readonly sourceCacheDir: string
  /** Whole seconds; the time of every archive member and index.json's timestamp. */
  readonly sourceDateEpoch: string
  readonly log?: (l: string) => void
  readonly warn?: (l: string) => void
}

export interface BuiltPackage {
  readonly path: string
  readonly fn: string
  readonly name: string
  readonly version: string
  readonly build: string
  readonly subdir: string
  readonly sha256: string
  readonly size: number
  readonly seconds: number
  /** The test scripts that ran and passed (empty: untested). */
  readonly tested: readonly string[]
}

export class BuildFailure extends Error {
  override name = 'BuildFailure'
  constructor(
    message: string,
    /** The work folder kept for inspection, when there is one. */
    readonly workDir?: string
  ) {
    super(message)
  }
}

type Dict = { readonly [k: string]: Value }
const isDict = (v: Value | undefined): v is Dict => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v)
const section = (meta: Dict, k: string): Dict => (isDict(meta[k]) ? meta[k] : {})
const strList = (v: Value | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [])

/** Fail early when the output folder cannot be written. */
export function checkWritable(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true })
    fs.accessSync(dir, fs.constants.W_OK)
    const probe = path.join(dir, `.write-probe-${process.pid}`)
    fs.writeFileSync(probe, '')
    fs.rmSync(probe)
  } catch (e) {
    throw new BuildFailure(`the output folder ${dir} is not writable (${(e as Error).message}); give output-dir a folder you can write`)
  }
}

function variantStrings(v: RenderedVariant): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, x] of Object.entries(v.variant)) if (typeof x === 'string') out[k] = x
  return out
}

async function buildVariant(o: BuildOptions, v: RenderedVariant, recipeDir: string, recipeFile: string): Promise<BuiltPackage> {
  const started = performance.now()
  const log = o.log ?? (() => {})
  const native = hostSubdir()
  if (v.subdir !== 'noarch' && v.subdir !== native)
    throw new BuildFailure(`${v.name} renders for ${v.subdir}, but this machine is ${native}: cross-building is not supported; build on a ${v.subdir} runner`)
  const reqs = section(v.meta, 'requirements')
  const build = section(v.meta, 'build')
  const merged = !('host' in reqs)
  const dirs: BuildDirs = buildDirs(path.resolve(o.croot), v.name, o.sourceDateEpoch, merged, native.startsWith('win-'))
  const stem = `${v.name}-${v.version}-${v.buildString}`
  fs.rmSync(dirs.root, { recursive: true, force: true })
  fs.mkdirSync(dirs.root, { recursive: true })
  let ok = false
  try {
    const envs = await phase(`Environments of ${stem}`, () =>
      createBuildEnvironments(dirs, {
        build: strList(reqs.build),
        host: strList(reqs.host),
        merged,
        channels: o.channels,
        subdir: native,
        cacheDir: o.cacheDir,
        log,
        warn: o.warn
      })
    )
    const fetched = await phase(`Sources of ${stem}`, () =>
      fetchSources(sourceSpecs(v.meta.source, recipeDir), { workDir: dirs.work, cacheDir: o.sourceCacheDir, log })
    )
    const pythonVersion = envs.python ?? (typeof v.variant.python === 'string' ? (/^\d+\.\d+/.exec(v.variant.python)?.[0] ?? DEFAULT_PYTHON) : DEFAULT_PYTHON)
    const facts: BuildFacts = {
      subdir: v.subdir === 'noarch' ? native : v.subdir,
      buildSubdir: native,
      prefix: dirs.hostPrefix,
      buildPrefix: dirs.buildPrefix,
      srcDir: dirs.work,
      recipeDir,
      pkg: { name: v.name, version: v.version, buildNumber: v.buildNumber, buildString: v.buildString, hash: /h([0-9a-f]{7})/.exec(v.buildString)?.[1] ?? '' },
      pythonVersion,
      hasPython: envs.hasPython,
      sysPython: process.execPath,
      sysPrefix: path.dirname(path.dirname(process.execPath)),
      cpuCount: os.availableParallelism(),
      sourceDateEpoch: o.sourceDateEpoch,
      variant: variantStrings(v),
      inherited: process.env,
      gitVars: fetched.gitVars as Record<string, string>,
      scriptEnv: strList(build.script_env),
      state: 'BUILD'
    }
    const env = buildEnvironment(facts)
    const before = new Set(listFiles(dirs.hostPrefix))
    await phase(`Build script of ${stem}`, async () => {
      const script = chooseScript(recipeDir, dirs.root, build.script, native.startsWith('win-'))
      if (!script) {
        log('no build script (build.sh, bld.bat or build/script): nothing to run')
        return
      }
      await runBuildScript(script, env, { cwd: dirs.work, workRoot: dirs.root })
    })
    const post = await phase(`Post-processing ${stem}`, () =>
      postProcess({
        prefix: dirs.hostPrefix,
        before,
        subdir: facts.subdir,
        build,
        noarch: typeof build.noarch === 'string' ? build.noarch : undefined,
        pythonVersion,
        env,
        log,
        warn: o.warn
      })
    )
    const file = await phase(`Packaging ${stem}.${o.format}`, async () => {
      const { depends, constrains } = runRequirements({
        run: strList(reqs.run),
        runConstrained: strList(reqs.run_constrained),
        build: envs.build,
        host: envs.host,
        merged,
        noarch: typeof build.noarch === 'string',
        ignore: strList(build.ignore_run_exports),
        ignoreFrom: strList(build.ignore_run_exports_from)
      })
      fs.rmSync(dirs.stage, { recursive: true, force: true })
      fs.mkdirSync(dirs.stage, { recursive: true })
      const payload = stagePayload(dirs.stage, post.files)
      const info = writeInfo(dirs.stage, {
        variant: v,
        recipeDir,
        recipeFile,
        srcDir: dirs.work,
        depends,
        constrains,
        timestamp: Number(o.sourceDateEpoch) * 1000,
        files: post.files,
        prefixHits: post.prefixHits,
        entryPoints: post.entryPoints,
        runExports: normalizeRunExports(build.run_exports),
        channels: o.channels.map(c => redactUrl(c))
      })
      const level = o.level ?? LEVELS[o.format].default
      const out = await writePackage(dirs.stage, payload, info, stem, path.join(o.outputDir, v.subdir), {
        format: o.format,
        level,
        mtime: Number(o.sourceDateEpoch)
      })
      log(`wrote ${out} (${payload.length} file(s), depends: ${depends.join(', ') || 'nothing'})`)
      return out
    })
    await phase(`Indexing ${o.outputDir}`, () => indexChannel(o.outputDir, { log }))
    let tested: readonly string[] = []
    if (o.test) {
      tested = await phase(`Testing ${stem}`, async () => {
        try {
          const r = await testPackage({
            packageFile: file,
            name: v.name,
            version: v.version,
            build: v.buildString,
            subdir: v.subdir,
            channels: [path.resolve(o.outputDir), ...o.channels],
            testPrefix: dirs.testPrefix,
            testDir: dirs.testDir,
            cacheDir: o.cacheDir,
            facts,
            pythonVersion,
            log
          })
          return r.ran
        } catch (e) {
          const broken = path.join(o.outputDir, 'broken')
          fs.mkdirSync(broken, { recursive: true })
          fs.renameSync(file, path.join(broken, path.basename(file)))
          await indexChannel(o.outputDir, { log })
          throw new BuildFailure(`${(e as Error).message}\nthe package was moved to ${path.join(broken, path.basename(file))} and left out of the channel`)
        }
      })
    }
    const data = fs.readFileSync(file)
    ok = true
    return {
      path: file,
      fn: path.basename(file),
      name: v.name,
      version: v.version,
      build: v.buildString,
      subdir: v.subdir,
      sha256: sha256Hex(data),
      size: data.length,
      seconds: (performance.now() - started) / 1000,
      tested
    }
  } catch (e) {
    const msg = (e as Error).message
    throw new BuildFailure(`${stem}: ${msg}\nthe work folders are kept for inspection: ${dirs.root}`, dirs.root)
  } finally {
    if (ok && !o.keepWork) fs.rmSync(dirs.root, { recursive: true, force: true })
    else if (ok) log(`work folders kept: ${dirs.root}`)
  }
}

export interface BuildResult {
  readonly packages: readonly BuiltPackage[]
  readonly skipped: number
}

/** Build every variant of the recipe (see the module's comment). */
export async function buildRecipe(o: BuildOptions): Promise<BuildResult> {
  checkWritable(o.outputDir)
  const rendered = renderRecipe({ recipe: o.recipe, targetPlatform: o.targetPlatform, variants: o.variants, variantConfigFiles: o.variantConfigFiles })
  for (const w of rendered.warnings) o.warn?.(`${w.at ? `${w.at.file}:${w.at.line}: ` : ''}${w.message}`)
  const kept = rendered.variants.filter(v => !v.skip)
  const packages: BuiltPackage[] = []
  for (const v of kept) packages.push(await buildVariant(o, v, rendered.recipeDir, rendered.recipeFile))
  return { packages, skipped: rendered.variants.length - kept.length }
}
