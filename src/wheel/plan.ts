/** The per-Python plan: argv lists and paths, decided before anything runs. Pure. */
import * as path from 'node:path'
import { shellQuote } from '../lib/errors.js'
import type { SourceDateEpoch } from '../lib/epoch.js'
import type { InputProblems } from '../lib/inputs.js'
import { tagArch } from '../manylinux/tags.js'
import { selectInterpreters, type Interpreter } from '../python/identifiers.js'
import { toRuntime, type Mount, type RuntimePath } from '../runtime/paths.js'
import type { RepairMode, WheelInputs } from './inputs.js'
import type { BuildIsolation } from './interpreter-probe.js'
import { platProblem } from './plat.js'
import type { PlaceholderName } from './placeholders.js'
import { planned, planTest, userCommandEnv, type PlannedPath, type TestPlan } from './test-plan.js'

export { fillPlaceholders } from './placeholders.js'
export { planned, userCommandArgv, userCommandEnv, type PlannedPath } from './test-plan.js'

export interface PythonPlan {
  readonly python: Interpreter
  /** This Python's folder under the work folder: raw/, repaired/, venv/ and test folders go in it. */
  readonly dir: PlannedPath
  /** Where pip writes the unrepaired wheel. */
  readonly rawDir: PlannedPath
  /** Where the repair writes the repaired wheel. */
  readonly repairedDir: PlannedPath
  /** pip wheel, run from the package folder, in an isolated build environment (pip's default). */
  readonly build: readonly string[]
  /** The same without build isolation: the interpreter's own build requirements (build-isolation). */
  readonly buildWithoutIsolation: readonly string[]
  readonly buildCwd: RuntimePath
  /** The test in a fresh venv (src/wheel/test-plan.ts). */
  readonly test: TestPlan
}

export interface PythonPlanContext {
  /** The work folder (host path), visible in the runtime. */
  readonly workDir: string
  readonly mounts: readonly Mount[]
  /** PATH in the runtime, which user commands get after their own bin folder. */
  readonly runtimePath: string
}

export function planPython(inputs: WheelInputs, python: Interpreter, ctx: PythonPlanContext): PythonPlan {
  const at = (...parts: string[]): PlannedPath => planned(ctx.mounts, path.join(ctx.workDir, python.identifier, ...parts))
  const rawDir = at('raw')
  const pkg = toRuntime(ctx.mounts, inputs['package-dir'])
  const pipWheel = (isolation: string[]): string[] => [
    python.path,
    '-m',
    'pip',
    'wheel',
    '--no-deps',
    ...isolation,
    '--disable-pip-version-check',
    '--wheel-dir',
    rawDir.runtime,
    ...inputs['pip-args'],
    pkg
  ]
  return {
    python,
    dir: at(),
    rawDir,
    repairedDir: at('repaired'),
    build: pipWheel([]),
    buildWithoutIsolation: pipWheel(['--no-build-isolation']),
    buildCwd: pkg,
    test: planTest({
      python: python.path,
      venv: at('venv'),
      pipArgs: inputs['test-pip-args'],
      requires: inputs['test-requires'],
      values: { project: toRuntime(ctx.mounts, inputs.path), package: pkg },
      runtimePath: ctx.runtimePath,
      timeoutMinutes: inputs['test-timeout']
    })
  }
}

/** What the build and the repair need in their environment so that two builds of one commit give the same bytes. */
export interface ReproducibleFacts {
  /** SOURCE_DATE_EPOCH (see lib/epoch.ts). */
  readonly epoch: string
  /** The project root as the compiler sees it. */
  readonly projectDir: string
  /** The compiler's option for mapping path prefixes: -ffile-prefix-map where it has it (gcc 8, clang 10), else -fdebug-prefix-map. */
  readonly prefixMapOption: '-ffile-prefix-map' | '-fdebug-prefix-map'
  /** CFLAGS already in the environment (the user's), kept first. */
  readonly cflags?: string
}

/**
 * The environment for pip wheel and the repair: SOURCE_DATE_EPOCH, and CFLAGS with the project's
 * path mapped to "." so that the debug information setuptools' default -g writes (DW_AT_comp_dir,
 * file names) does not hold the checkout's absolute path. setuptools splits CFLAGS as a shell
 * would, so the option is quoted when the path holds spaces or quotes.
 */
export function reproducibleEnv(f: ReproducibleFacts): Record<string, string> {
  const map = shellQuote(`${f.prefixMapOption}=${f.projectDir}=.`)
  return { SOURCE_DATE_EPOCH: f.epoch, CFLAGS: f.cflags?.trim() ? `${f.cflags.trim()} ${map}` : map }
}

/** strategy.matrix JSON: one entry per selected interpreter. */
export function matrixFor(pythons: readonly Interpreter[]): { include: Array<{ 'python-version': string; identifier: string }> } {
  return { include: pythons.map(p => ({ 'python-version': p.minor, identifier: p.identifier })) }
}

/** The tags part of a wheel file name: name-ver(-build)?-py-abi-plat.whl -> {py, abi, plat}. */
export function wheelTags(file: string): { python: string; abi: string; platform: string } | null {
  const m = /^(.+?)-([^-]+)(?:-(\d[^-]*))?-([^-]+)-([^-]+)-([^-]+)\.whl$/.exec(path.basename(file))
  return m ? { python: m[4], abi: m[5], platform: m[6] } : null
}

/** How each wheel is repaired: the tool (auto already decided) and the target tag ('' = the best the binaries allow). */
export interface RepairPlan {
  readonly tool: Exclude<RepairMode, 'auto'>
  readonly plat: string
  /** Where plat came from, for the log. */
  readonly platFrom: 'input' | 'AUDITWHEEL_PLAT' | 'auto'
}

export interface BeforeBuildPlan {
  readonly text: string
  readonly values: Readonly<Partial<Record<PlaceholderName, string>>>
  readonly cwd: RuntimePath
  /** A folder with `python` and `python3` links to the first Python, first on PATH. */
  readonly shimDir: PlannedPath
  readonly python: string
  readonly env: Readonly<Record<string, string>>
}

export interface WheelsPlan {
  readonly project: string
  readonly packageDir: string
  /** The work folder (host path): raw wheels, venvs, test folders; removed at the end. */
  readonly workDir: string
  readonly pythons: readonly PythonPlan[]
  readonly matrix: ReturnType<typeof matrixFor>
  /** SOURCE_DATE_EPOCH and CFLAGS for pip wheel and the repair. */
  readonly buildEnv: Readonly<Record<string, string>>
  readonly epoch: SourceDateEpoch
  readonly beforeBuild?: BeforeBuildPlan
  readonly repair: RepairPlan
  /** Whether each Python builds in an isolated environment ('auto': not when it already has build-system.requires). */
  readonly isolation: BuildIsolation
  /** The user's test command, placeholders not yet filled ('' = no test). */
  readonly testCommand: string
  readonly outputDir: string
  readonly upload?: { readonly name: string; readonly serviceTimeout: number }
}

/** What a wheels plan is made from (gathered by src/phases/facts.ts). */
export interface WheelFacts {
  readonly interpreters: readonly Interpreter[]
  readonly auditwheel: boolean
  readonly prefixMapOption: ReproducibleFacts['prefixMapOption']
  readonly epoch: SourceDateEpoch
  /** The runtime's environment, mounts and `uname -m`. */
  readonly env: Readonly<Record<string, string>>
  readonly mounts: readonly Mount[]
  readonly arch: string
  readonly description: string
}

/** The repair tool and tag; a tool the runtime lacks, or a tag for another architecture, is a problem. */
export function planRepair(inputs: WheelInputs, f: WheelFacts, problems: InputProblems): RepairPlan {
  let tool: RepairPlan['tool'] = inputs.repair === 'auto' ? (f.auditwheel ? 'auditwheel' : 'builtin') : inputs.repair
  if (inputs.repair === 'auditwheel' && !f.auditwheel) {
    problems.add(
      'repair',
      `auditwheel was asked for, but ${f.description} has none; accepted: auto or builtin (the repair built in), none, or install auditwheel there first`
    )
    tool = 'builtin'
  }
  const fromEnv = (f.env.AUDITWHEEL_PLAT ?? '').trim()
  const plat = inputs.plat || fromEnv
  const platFrom: RepairPlan['platFrom'] = inputs.plat ? 'input' : fromEnv ? 'AUDITWHEEL_PLAT' : 'auto'
  if (platFrom === 'AUDITWHEEL_PLAT') {
    const why = platProblem(fromEnv)
    if (why) problems.add('plat', `not given, and the runtime's AUDITWHEEL_PLAT is not usable: ${why}; set plat to the tag to repair to`)
  }
  const arch = tagArch(plat)
  if (plat && arch && f.arch && arch !== f.arch && tool !== 'none')
    problems.add('plat', `'${plat}' is for ${arch}, but ${f.description} is ${f.arch}; accepted: a tag for ${f.arch}, or a runtime (image) for ${arch}`)
  return { tool, plat, platFrom }
}

/**
 * Everything the wheel phase will do, for each selected Python, in the runtime's paths. Pure:
 * selectors that match nothing, and a repair that cannot be done, are added to `problems`.
 */
export function planWheels(inputs: WheelInputs, f: WheelFacts, workDir: string, problems: InputProblems): WheelsPlan {
  const sel = selectInterpreters(f.interpreters, inputs['python-versions'])
  for (const p of sel.problems) problems.add('python-versions', p)
  if (sel.chosen.length === 0 && !problems.has('python-versions')) problems.add('python-versions', 'selects no Python')
  const runtimePathVar = f.env.PATH ?? ''
  const ctx: PythonPlanContext = { workDir, mounts: f.mounts, runtimePath: runtimePathVar }
  const pythons = sel.chosen.map(py => planPython(inputs, py, ctx))
  const pkg = toRuntime(f.mounts, inputs['package-dir'])
  const first = sel.chosen[0]
  let beforeBuild: BeforeBuildPlan | undefined
  if (inputs['before-build'] && first) {
    const shimDir = planned(f.mounts, path.join(workDir, 'shim', first.identifier))
    beforeBuild = {
      text: inputs['before-build'],
      values: { project: toRuntime(f.mounts, inputs.path), package: pkg, python: first.path },
      cwd: pkg,
      shimDir,
      python: first.path,
      env: userCommandEnv(shimDir.runtime, runtimePathVar)
    }
  }
  const buildEnv = reproducibleEnv({
    epoch: f.epoch.value,
    projectDir: toRuntime(f.mounts, inputs.path),
    prefixMapOption: f.prefixMapOption,
    cflags: f.env.CFLAGS
  })
  const upload = inputs['upload-artifact'] ? { name: inputs['upload-artifact'], serviceTimeout: inputs['service-timeout'] } : undefined
  return {
    project: inputs.path,
    packageDir: inputs['package-dir'],
    workDir,
    pythons,
    matrix: matrixFor(sel.chosen),
    buildEnv,
    epoch: f.epoch,
    ...(beforeBuild ? { beforeBuild } : {}),
    repair: planRepair(inputs, f, problems),
    isolation: inputs['build-isolation'],
    testCommand: inputs['test-command'],
    outputDir: inputs['output-dir'],
    ...(upload ? { upload } : {})
  }
}
