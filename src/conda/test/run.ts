/**
 * The test phase, as conda-build's: a fresh test prefix solved from the new channel (the package
 * pinned to its exact version and build) plus `test/requires` (and python when there is a run_test.py
 * or imports); the package's info/test files copied into a test folder (run_test.*, test/files,
 * test/source_files); then `python -s run_test.py` and `bash -e run_test.sh` there, with the
 * environment of a test (CONDA_BUILD_STATE=TEST, PREFIX the test prefix, SRC_DIR the test folder).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../../lib/exec.js'
import { buildEnvironment, type BuildFacts } from '../build/env-vars.js'
import { WRAPPER } from '../build/script.js'
import { createEnvironment } from '../env/create.js'
import { extractPackage } from '../env/package.js'

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
  readonly testPrefix: string
  readonly testDir: string
  readonly cacheDir: string
  /** Facts for the environment; prefix, srcDir and state are set here. */
  readonly facts: Omit<BuildFacts, 'prefix' | 'srcDir' | 'state' | 'hasPython' | 'pythonVersion'>
  readonly pythonVersion: string
  readonly log?: (l: string) => void
}

export interface TestResult {
  /** What ran: 'run_test.py', 'run_test.sh'; empty when the package has no tests. */
  readonly ran: readonly string[]
}

/** Run the package's tests (see the module's comment); throws PackageTestError with the output. */
export async function testPackage(o: TestOptions): Promise<TestResult> {
  const log = o.log ?? (() => {})
  fs.rmSync(o.testDir, { recursive: true, force: true })
  const unpacked = `${o.testDir}.pkg`
  fs.rmSync(unpacked, { recursive: true, force: true })
  try {
    await extractPackage(o.packageFile, unpacked)
    const testInfo = path.join(unpacked, 'info', 'test')
    if (fs.existsSync(testInfo)) fs.cpSync(testInfo, o.testDir, { recursive: true, verbatimSymlinks: true })
    else fs.mkdirSync(o.testDir, { recursive: true })
  } finally {
    fs.rmSync(unpacked, { recursive: true, force: true })
  }
  const has = (f: string): boolean => fs.existsSync(path.join(o.testDir, f))
  const win = o.subdir.startsWith('win-')
  const scripts = ['run_test.py', win ? 'run_test.bat' : 'run_test.sh'].filter(has)
  const depsFile = path.join(o.testDir, 'test_time_dependencies.json')
  const requires = has('test_time_dependencies.json') ? (JSON.parse(fs.readFileSync(depsFile, 'utf8')) as string[]) : []
  const needsPython = has('run_test.py') && !requires.some(r => /^python(\s|$|[<>=!])/.test(r))
  const specs = [`${o.name} ${o.version} ${o.build}`, ...requires, ...(needsPython ? ['python'] : [])]
  fs.rmSync(o.testPrefix, { recursive: true, force: true })
  const created = await createEnvironment({
    prefix: o.testPrefix,
    channels: o.channels,
    specs,
    subdir: o.subdir === 'noarch' ? undefined : o.subdir,
    cacheDir: o.cacheDir,
    log,
    command: `build-wheel conda build (test of ${o.name})`
  })
  const py = created.packages.find(p => p.name === 'python')
  const env = buildEnvironment({
    ...o.facts,
    prefix: o.testPrefix,
    srcDir: o.testDir,
    state: 'TEST',
    hasPython: Boolean(py),
    pythonVersion: py ? (/^\d+\.\d+/.exec(py.version)?.[0] ?? o.pythonVersion) : o.pythonVersion
  })
  const ran: string[] = []
  for (const s of scripts) {
    let argv: string[]
    if (s.endsWith('.py')) argv = [win ? path.join(o.testPrefix, 'python.exe') : path.join(o.testPrefix, 'bin', 'python'), '-s', s]
    else if (s.endsWith('.bat')) argv = ['cmd', '/d', '/c', s]
    else {
      const wrapper = path.join(o.testDir, '.conda_test.sh')
      fs.writeFileSync(wrapper, WRAPPER, { mode: 0o700 })
      argv = ['bash', '--noprofile', '--norc', '-e', wrapper, s]
    }
    log(`test: ${s}`)
    const r = await run(argv, { cwd: o.testDir, env })
    if (r.exitCode !== 0)
      throw new PackageTestError(`the test ${s} of ${o.name}-${o.version}-${o.build} failed with exit code ${r.exitCode}; its last lines:\n${r.tail}`, r.tail)
    ran.push(s)
  }
  if (!ran.length) log(`${o.name} has no tests (no test/commands, imports or run_test.*)`)
  return { ran }
}
