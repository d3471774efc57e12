// Path inputs through the local command (base: the current directory) and the root action (base:
// the workspace, whatever the process's working directory): the plan sees the same absolute paths,
// and a cache-dir inside path never counts as a source, so two runs give one key and the second hits.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run as runPipelineAction } from '../../src/actions/pipeline/main.js'
import { main } from '../../src/cli/main.js'
import { copyExample, REPO } from '../support/example.js'
import { captureStdout, inDirectory, withEnv } from '../support/in-process.js'
import { findPython } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const one = await findPython({ headers: true })

interface PlanPaths {
  root: string
  cacheDir: string
  exclude: string[]
  packageDir: string
  outputDir: string
}

function pathsOf(plan: { cTree: { root: string; cache?: { dir: string }; exclude: string[] }; wheels: { packageDir: string; outputDir: string } }): PlanPaths {
  return {
    root: plan.cTree.root,
    cacheDir: plan.cTree.cache?.dir ?? '',
    exclude: plan.cTree.exclude,
    packageDir: plan.wheels.packageDir,
    outputDir: plan.wheels.outputDir
  }
}

/** The plan the local command prints for these flags, run from `cwd`. */
async function cliPlan(cwd: string, flags: Record<string, string>): Promise<PlanPaths> {
  const args = ['build', '--plan-only', '--python-versions', one.python.minor, ...Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v])]
  const r = await inDirectory(cwd, () => captureStdout(() => main(args, REPO)))
  expect(r.result).toBe(0)
  // the plan: two-space indented JSON from its opening brace to the first closing brace at column 0
  const json = r.stdout.slice(r.stdout.indexOf('plan (plan-only: nothing is built):\n') + 36)
  return pathsOf(JSON.parse(json.slice(0, json.indexOf('\n}') + 2)) as Parameters<typeof pathsOf>[0])
}

/** The plan the root action outputs for these inputs, the workspace `ws`, the process in `cwd`. */
async function actionPlan(ws: string, cwd: string, inputs: Record<string, string>): Promise<PlanPaths> {
  const out = path.join(tempDir('bw-path-action-'), 'output')
  fs.writeFileSync(out, '')
  const env: Record<string, string | undefined> = { GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: out, RUNNER_TEMP: tempDir('bw-path-temp-') }
  for (const [k, v] of Object.entries({ 'plan-only': 'true', 'python-versions': one.python.minor, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v
  await withEnv(env, () => inDirectory(cwd, () => captureStdout(() => runPipelineAction())))
  const m = /^plan<<(.+)\n([\s\S]*?)\n\1$/m.exec(fs.readFileSync(out, 'utf8'))
  if (!m) throw new Error(`no plan output in ${fs.readFileSync(out, 'utf8')}`)
  return pathsOf(JSON.parse(m[2]) as Parameters<typeof pathsOf>[0])
}

one.describe('path inputs, resolved once against one base', () => {
  const base = tempDir('bw-path-base-')
  const proj = copyExample(path.join(base, 'proj'))
  const elsewhere = tempDir('bw-path-elsewhere-')
  const outside = tempDir('bw-path-outside-')
  const rows: Array<[string, Record<string, string>, Partial<PlanPaths>]> = [
    [
      'relative, inside path',
      { path: 'proj', 'cache-dir': 'proj/.bwcache', 'output-dir': 'proj/wheels' },
      { root: proj, cacheDir: path.join(proj, '.bwcache'), outputDir: path.join(proj, 'wheels') }
    ],
    [
      'relative, outside path',
      { path: 'proj', 'cache-dir': 'cache', 'output-dir': 'wheels' },
      { root: proj, cacheDir: path.join(base, 'cache'), outputDir: path.join(base, 'wheels') }
    ],
    [
      'absolute, outside the base',
      { path: proj, 'cache-dir': path.join(outside, 'c'), 'output-dir': path.join(outside, 'w') },
      { root: proj, cacheDir: path.join(outside, 'c'), outputDir: path.join(outside, 'w') }
    ],
    ['package-dir, relative to path', { path: 'proj', 'package-dir': 'python/MiniPy' }, { packageDir: path.join(proj, 'python', 'MiniPy') }]
  ]
  test.each(rows)('the local command, run from the base: %s', async (_what, flags, want) => {
    const got = await cliPlan(base, flags)
    expect(got).toMatchObject(want)
    if (want.cacheDir?.startsWith(`${proj}/`)) expect(got.exclude).toContain(path.relative(proj, want.cacheDir))
  })
  test.each(rows)('the root action, the workspace as base and the process elsewhere: %s', async (_what, inputs, want) => {
    const got = await actionPlan(base, elsewhere, inputs)
    expect(got).toMatchObject(want)
    if (want.cacheDir?.startsWith(`${proj}/`)) expect(got.exclude).toContain(path.relative(proj, want.cacheDir))
  })
  test('c-tree --path P --cache-dir P/.bwcache twice from the parent: one key, the second run hits', async () => {
    const p = copyExample(path.join(tempDir('bw-path-twice-'), 'P'))
    const parent = path.dirname(p)
    const once = await inDirectory(parent, () => captureStdout(() => main(['c-tree', '--path', 'P', '--cache-dir', 'P/.bwcache'], REPO)))
    const twice = await inDirectory(parent, () => captureStdout(() => main(['c-tree', '--path', 'P', '--cache-dir', 'P/.bwcache'], REPO)))
    expect([once.result, twice.result]).toEqual([0, 0])
    const key = (s: string): string => /cache-key: (\S+)/.exec(s)?.[1] ?? ''
    expect(key(twice.stdout)).toBe(key(once.stdout))
    expect(twice.stdout).toMatch(/cache-hit: true/)
  })
})
