/**
 * A package whose test section only lists requirements (no commands, imports or run_test.*): the test prefix
 * is still made, as conda-build makes it, so the package must install with them (conda-build's
 * test_api_build.py::test_test_dependencies, test_runtime_dependencies, test_dependencies_with_notest).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildRecipe } from '../../src/conda/builder/build.js'
import { localBuild } from './builder/options.js'
import { toolchainChannel, toolchainTools } from './builder/toolchain.js'
import { recipe, tmp } from './helpers.js'

const meta = (requires: string): string => `package:\n  name: only-requires\n  version: 1.0\ntest:\n  requires:\n    - ${requires}\n`

toolchainTools.describe('test/requires without anything to run', () => {
  let channel = ''
  beforeAll(async () => {
    channel = (await toolchainChannel()).channel
  }, 900_000)

  test('requirements the channels have: the test prefix is made with them, nothing runs', async () => {
    const dir = tmp('conda-treq-')
    const r = await buildRecipe(localBuild(dir, { recipe: recipe({ 'meta.yaml': meta('make') }), channels: [channel], test: true, keepWork: true }))
    expect(r.packages.map(p => [p.name, p.tested])).toEqual([['only-requires', []]])
    const prefixes = fs.readdirSync(path.join(dir, 'w', 'only-requires_1700000000')).filter(d => d.startsWith('_test_env'))
    expect(prefixes).toHaveLength(1)
    const records = fs.readdirSync(path.join(dir, 'w', 'only-requires_1700000000', prefixes[0], 'conda-meta'))
    expect(records).toEqual(expect.arrayContaining([expect.stringMatching(/^make-/), expect.stringMatching(/^only-requires-1\.0-0/)]))
  }, 300_000)

  test('a requirement no channel has: the build fails on the test prefix, naming it', async () => {
    const dir = tmp('conda-treq-')
    const built = buildRecipe(localBuild(dir, { recipe: recipe({ 'meta.yaml': meta('no-such-test-package') }), channels: [channel], test: true }))
    await expect(built).rejects.toThrow(/cannot satisfy only-requires 1\.0 0, no-such-test-package: no channel has a package named no-such-test-package/)
    // without tests the requirement is never solved (conda-build's notest=True)
    const r = await buildRecipe(
      localBuild(tmp('conda-treq-'), { recipe: recipe({ 'meta.yaml': meta('no-such-test-package') }), channels: [channel], test: false })
    )
    expect(r.packages.map(p => p.name)).toEqual(['only-requires'])
  }, 300_000)
})
