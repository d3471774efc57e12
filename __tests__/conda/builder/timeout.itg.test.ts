/**
 * The conda `timeout`: a build script or a test script that runs past it is ended with its whole
 * process group (a background child included), and the package fails with the last lines of its
 * output and what to do; a script that finishes in time is not affected.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { BuildScriptError, runBuildScript } from '../../../src/conda/builder/script.js'
import { indexChannel } from '../../../src/conda/index/index.js'
import { hostSubdir } from '../../../src/conda/recipe/platforms.js'
import { PackageTestError, testPackage } from '../../../src/conda/testing/run.js'
import { gone } from '../../support/processes.js'
import { tempDir } from '../../support/temp.js'
import { makePackage } from '../env/make-package.js'

/** A script that prints, leaves a background sleeper (its pid in `pidFile`) and then waits. */
const hanging = (pidFile: string): string => `echo compiling\nsleep 300 &\necho $! > "${pidFile}"\necho "still going"\nsleep 300\n`

describe('build script', () => {
  test('past the timeout: the group is killed, BuildScriptError with the last lines and the input to raise', async () => {
    const dir = tempDir('bw-conda-timeout-')
    const script = path.join(dir, 'build.sh')
    const pidFile = path.join(dir, 'bg.pid')
    fs.writeFileSync(script, hanging(pidFile))
    const started = Date.now()
    const err = await runBuildScript(
      { file: script, origin: 'build.sh' },
      { PATH: process.env.PATH ?? '' },
      { cwd: dir, workRoot: dir, timeoutSeconds: 1 }
    ).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BuildScriptError)
    const msg = (err as Error).message
    expect(msg).toMatch(/^build\.sh did not finish within 1 s \(the timeout\): its process group was killed; raise timeout \(minutes\) if it needs longer/)
    expect(msg).toMatch(/compiling\nstill going$/)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(await gone(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(true)
  })
  test('in time: runs as before', async () => {
    const dir = tempDir('bw-conda-timeout-')
    const script = path.join(dir, 'build.sh')
    fs.writeFileSync(script, 'echo ok > "$SRC_DIR/out"\n')
    await runBuildScript({ file: script, origin: 'build.sh' }, { SRC_DIR: dir, PATH: process.env.PATH ?? '' }, { cwd: dir, workRoot: dir, timeoutSeconds: 30 })
    expect(fs.readFileSync(path.join(dir, 'out'), 'utf8')).toBe('ok\n')
  })
})

describe('test script', () => {
  test('past the timeout: the test fails with its last lines, the background child is gone', async () => {
    const root = tempDir('bw-conda-timeout-test-')
    const channel = path.join(root, 'channel')
    fs.mkdirSync(channel)
    const pidFile = path.join(root, 'bg.pid')
    const file = makePackage(channel, { name: 'slowtest', files: { 'share/slowtest.txt': 'x\n' }, info: { 'test/run_test.sh': hanging(pidFile) } })
    await indexChannel(channel)
    const err = await testPackage({
      packageFile: file,
      name: 'slowtest',
      version: '1.0',
      build: '0',
      subdir: 'noarch',
      channels: [channel],
      testPrefix: path.join(root, 'test-prefix'),
      testDir: path.join(root, 'test-dir'),
      cacheDir: path.join(root, 'cache'),
      facts: {
        subdir: hostSubdir(),
        buildSubdir: hostSubdir(),
        buildPrefix: path.join(root, 'build-prefix'),
        recipeDir: root,
        pkg: { name: 'slowtest', version: '1.0', buildNumber: 0, buildString: '0', hash: '' },
        sysPython: process.execPath,
        sysPrefix: root,
        cpuCount: os.availableParallelism(),
        sourceDateEpoch: '0',
        variant: {},
        inherited: process.env
      },
      pythonVersion: '3.12',
      timeoutSeconds: 1
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PackageTestError)
    const msg = (err as Error).message
    expect(msg).toMatch(/^the test run_test\.sh of slowtest-1\.0-0 did not finish within 1 s \(the timeout\): its process group was killed/)
    expect(msg).toMatch(/compiling\nstill going$/)
    expect(await gone(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(true)
  })
})
