/**
 * `build-wheel conda build --plan-only` through the command: the recipe rendered and its prefixes
 * solved against a real local channel (the solver runs), the plan printed as JSON, and nothing built
 * or written; a subdir this machine cannot build planned without solving it; and the plan's refusal of
 * two variants writing one file before anything is solved or built.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { condaCommand } from '../../../src/cli/conda/index.js'
import { hostSubdir } from '../../../src/conda/recipe/platforms.js'
import { captureStderr } from '../../support/capture.js'
import { requireTool } from '../../support/requirements.js'
import { makeChannel } from '../env/make-package.js'
import { recipe, tmp } from '../helpers.js'

const tar = requireTool('tar')

async function planOnly(recipeDir: string, dir: string, extra: string[] = []): Promise<{ rc: number; out: string; stderr: string }> {
  const out: string[] = []
  const argv = [
    'build',
    recipeDir,
    '--plan-only',
    '--output-dir',
    path.join(dir, 'out'),
    '--croot',
    path.join(dir, 'w'),
    '--cache-dir',
    path.join(dir, 'c'),
    ...extra
  ]
  const { value, stderr } = await captureStderr(() => condaCommand(argv, s => out.push(s)))
  return { rc: value, out: out.join(''), stderr }
}

interface PlannedBuild {
  readonly environments: Record<'build' | 'host', { readonly solved: ReadonlyArray<{ readonly fn: string }> }>
  readonly package: { readonly path: string }
  readonly test: { readonly commands: readonly string[] }
  readonly env: Readonly<Record<string, string>>
  readonly dirs: { readonly root: string; readonly hostPrefix: string }
}

const noFiles = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String) : [])

tar.test('the whole plan as JSON, the prefixes solved, nothing built', async () => {
  const dir = tmp('conda-plan-only-')
  const channel = await makeChannel(dir, [
    { name: 'stubtool', files: { 'bin/stubtool': '#!/bin/sh\necho hi\n' } },
    { name: 'stublib', files: { 'lib/stub.txt': 'lib\n' } }
  ])
  const r = recipe({
    'meta.yaml':
      'package:\n  name: planned\n  version: "0.3"\nabout:\n  colour: blue\nrequirements:\n  build:\n    - stubtool\n  host:\n    - stublib\n  run:\n    - stublib\ntest:\n  commands:\n    - stubtool\n',
    'build.sh': 'echo built > "$PREFIX/planned.txt"\n'
  })
  const got = await planOnly(r, dir, ['-c', channel])
  expect(got.rc).toBe(0)
  // rendered once: its warning printed once
  expect(got.stderr.match(/unknown key 'about\/colour'/g)).toHaveLength(1)
  expect(got.stderr).not.toMatch(/error/)
  const plan = JSON.parse(got.out) as { buildSubdir: string; sourceDateEpoch: string; warnings: string[]; builds: PlannedBuild[] }
  expect(plan.buildSubdir).toBe(hostSubdir())
  expect(plan.builds).toHaveLength(1)
  expect(plan.warnings).toEqual([expect.stringMatching(/meta\.yaml:\d+:\d+: unknown key 'about\/colour'/)])
  const b = plan.builds[0]
  expect(b).toMatchObject({
    name: 'planned',
    version: '0.3',
    build: '0',
    subdir: hostSubdir(),
    merged: false,
    script: { origin: 'build.sh', file: path.join(r, 'build.sh') }
  })
  expect(b.environments.build.solved.map(s => s.fn)).toEqual(['stubtool-1.0-0.tar.bz2'])
  expect(b.environments.host.solved.map(s => s.fn)).toEqual(['stublib-1.0-0.tar.bz2'])
  expect(b.package.path).toBe(path.join(dir, 'out', hostSubdir(), 'planned-0.3-0.conda'))
  expect(b.test.commands).toEqual(['stubtool'])
  expect(b.env.PREFIX).toBe(b.dirs.hostPrefix)
  // nothing was built: no package, no work folder, no prefix
  expect(noFiles(path.join(dir, 'out')).filter(f => /\.(conda|tar\.bz2)$/.test(f))).toEqual([])
  expect(b.dirs.root).toBe(path.join(dir, 'w', `planned_${plan.sourceDateEpoch}`))
  expect(fs.existsSync(b.dirs.root)).toBe(false)
})

tar.test('a target_platform this machine cannot build is planned without asking the channels, and named in a warning', async () => {
  const dir = tmp('conda-plan-only-')
  const foreign = hostSubdir() === 'osx-arm64' ? 'linux-aarch64' : 'osx-arm64'
  const r = recipe({
    'meta.yaml': 'package:\n  name: far\n  version: "1"\nrequirements:\n  host:\n    - zlib\n',
    'conda_build_config.yaml': `target_platform:\n  - ${foreign}\n`
  })
  // an unreachable channel: asking it would fail (the build of it is refused: cross.itg.test.ts)
  const got = await planOnly(r, dir, ['-c', 'http://127.0.0.1:9/none'])
  expect(got.rc).toBe(0)
  expect(got.stderr).not.toMatch(/cannot reach|error/)
  const plan = JSON.parse(got.out) as { warnings: string[]; builds: Array<PlannedBuild & { subdir: string }> }
  expect(plan.builds.map(b => [b.subdir, b.package.path])).toEqual([[foreign, path.join(dir, 'out', foreign, 'far-1-0.conda')]])
  expect(plan.builds[0].environments.host).not.toHaveProperty('solved')
  expect(plan.warnings).toEqual([expect.stringContaining(`planned for ${foreign} without solving their prefixes`)])
  expect(noFiles(path.join(dir, 'out')).filter(f => /\.(conda|tar\.bz2)$/.test(f))).toEqual([])
})

tar.test('two variants with one package file are refused, both named', async () => {
  const dir = tmp('conda-plan-only-')
  const r = recipe({
    'meta.yaml': 'package:\n  name: same\n  version: "1"\nrequirements:\n  host:\n    - python {{ python }}\n',
    'conda_build_config.yaml': 'python:\n  - "3.11"\n  - "3.12"\n'
  })
  const got = await planOnly(r, dir, ['-c', 'http://127.0.0.1:9/none'])
  expect(got.rc).toBe(1)
  expect(got.stderr).toMatch(/same-1-0\.conda would be written by 2 variants: same-1-0 \([^)]*python=3\.11\); same-1-0 \([^)]*python=3\.12\)/)
  expect(got.stderr).not.toMatch(/cannot reach/)
})
