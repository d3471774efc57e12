/**
 * The test phase, as conda-build's (nothing at all for a package without tests; only the prefix for one
 * with test/requires alone): a fresh test prefix solved from the new channel (the package pinned to its
 * exact version and build) plus `test/requires` (and python when there is a run_test.py or imports); the
 * package's info/test files copied into a test folder (run_test.*, test/files, test/source_files); then
 * `python -s run_test.py` and `bash -e run_test.sh` there, with the environment of a test
 * (CONDA_BUILD_STATE=TEST, PREFIX the test prefix, SRC_DIR the test folder).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { hostRuntime, inRuntime } from '../runtime-argv.js'
import type { Runtime } from '../../runtime/runtime.js'
import { buildEnvironment, type BuildFacts } from '../builder/env-vars.js'
import { scriptArgv, scriptFailure } from '../builder/script.js'
import { createEnvironment } from '../env/create.js'
import { extractPackage } from '../env/package.js'
import type { VerifyMode } from '../env/repodata.js'
import { refuseWritesOut } from '../../archive/links.js'

export class PackageTestError extends Error {
  override name = 'PackageTestError'
  constructor(
    message: string,
    readonly output: string
  ) {
    super(message)
  }
}

export interface TestOptions {
  readonly packageFile: string
  readonly name: string
  readonly version: string
  readonly build: string
  readonly subdir: string
  /** The channel holding the package (first), then the others. */
  readonly channels: readonly string[]
  /** More exact specs for the test prefix (a downstream package's test pins the new upstream package: downstreams.ts). */
  readonly pins?: readonly string[]
  readonly testPrefix: string
  readonly testDir: string
  readonly cacheDir: string
  /** Facts for the environment; prefix, srcDir and state are set here. */
  readonly facts: Omit<BuildFacts, 'prefix' | 'srcDir' | 'state' | 'hasPython' | 'pythonVersion'>
  readonly pythonVersion: string
  /** Seconds each test script may run; past it its process group is killed and the test fails. */
  readonly timeoutSeconds?: number
  /** Let channel packages of the test prefix run their link scripts (conda's behaviour). */
  readonly allowPackageScripts?: boolean
  readonly verify?: VerifyMode
  readonly log?: (l: string) => void
  /** Told what making the test prefix warns about (a package replacing another's file...). */
  readonly warn?: (l: string) => void
  /** Where the test scripts run (the host's runtime by default). */
  readonly runtime?: Runtime
}

export interface TestResult {
  /** What ran: 'run_test.py', 'run_test.sh'; empty when the package has no tests. */
  readonly ran: readonly string[]
}

function isNoarchPythonIndex(file: string): boolean {
  if (!fs.existsSync(file)) return false
  const index = JSON.parse(fs.readFileSync(file, 'utf8')) as { noarch?: unknown }
  return index.noarch === 'python'
}

/** Run the package's tests (see the module's comment); throws PackageTestError with the output. */
export async function testPackage(o: TestOptions): Promise<TestResult> {
  const log = o.log ?? (() => {})
  fs.rmSync(o.testDir, { recursive: true, force: true })
  const unpacked = `${o.testDir}.pkg`
  let noarchPython: boolean
  fs.rmSync(unpacked, { recursive: true, force: true })
  try {
    await extractPackage(o.packageFile, unpacked)
    noarchPython = isNoarchPythonIndex(path.join(unpacked, 'info', 'index.json'))
    const testInfo = path.join(unpacked, 'info', 'test')
    if (fs.existsSync(testInfo)) fs.cpSync(testInfo, o.testDir, { recursive: true, verbatimSymlinks: true })
    else fs.mkdirSync(o.testDir, { recursive: true })
    // the test folder is written into (the wrapper) and run in: none of its links may lead out of it
    refuseWritesOut(o.testDir, '', `the tests of ${o.name} (info/test of ${path.basename(o.packageFile)})`)
  } finally {
    fs.rmSync(unpacked, { recursive: true, force: true })
  }
  const has = (f: string): boolean => fs.existsSync(path.join(o.testDir, f))
  const win = o.subdir.startsWith('win-')
  const scripts = ['run_test.py', win ? 'run_test.bat' : 'run_test.sh'].filter(has)
  const depsFile = path.join(o.testDir, 'test_time_dependencies.json')
  const requires = has('test_time_dependencies.json') ? (JSON.parse(fs.readFileSync(depsFile, 'utf8')) as string[]) : []
  if (!scripts.length && !requires.length) {
    // conda-build makes no test prefix for a package without tests ("Nothing to test for")
    log(`${o.name} has no tests (no test/commands, imports, requires or run_test.*): nothing to test, no test prefix made`)
    return { ran: [] }
  }
  // a noarch: python package is installed for a python: the test prefix gets one when nothing else asks for it
  const needsPython = (has('run_test.py') || noarchPython) && !requires.some(r => /^python(\s|$|[<>=!])/.test(r))
  const specs = [`${o.name} ${o.version} ${o.build}`, ...(o.pins ?? []), ...requires, ...(needsPython ? ['python'] : [])]
  fs.rmSync(o.testPrefix, { recursive: true, force: true })
  const created = await createEnvironment({
    prefix: o.testPrefix,
    channels: o.channels,
    specs,
    subdir: o.subdir === 'noarch' ? undefined : o.subdir,
    cacheDir: o.cacheDir,
    allowPackageScripts: o.allowPackageScripts,
    verify: o.verify,
    log,
    warn: o.warn,
    command: `build-wheel conda build (test of ${o.name})`
  })
  // test/requires alone: the test prefix is still made, so the package and those requirements must install together (as conda-build)
  if (!scripts.length) return { ran: [] }
  const py = created.packages.find(p => p.name === 'python')
  const env = buildEnvironment({
    ...o.facts,
    prefix: o.testPrefix,
    srcDir: o.testDir,
    state: 'TEST',
    hasPython: Boolean(py),
    pythonVersion: py ? (/^\d+\.\d+/.exec(py.version)?.[0] ?? o.pythonVersion) : o.pythonVersion
  })
  const runtime = o.runtime ?? hostRuntime()
  const ran: string[] = []
  for (const s of scripts) {
    const argv = s.endsWith('.py')
      ? [win ? path.join(o.testPrefix, 'python.exe') : path.join(o.testPrefix, 'bin', 'python'), '-s', s]
      : scriptArgv(s, o.testDir, '.conda_test.sh')
    log(`test: ${s}`)
    const r = await runtime.run(inRuntime(runtime, argv), { cwd: runtime.toRuntimePath(o.testDir), env, timeoutSeconds: o.timeoutSeconds })
    const failed = scriptFailure(`the test ${s} of ${o.name}-${o.version}-${o.build}`, r, o.timeoutSeconds)
    if (failed) throw new PackageTestError(failed, r.tail)
    ran.push(s)
  }
  return { ran }
}
