// The local command with --engine docker --image: a container started for the command, the example
// built inside it (pip without an index: the image's setuptools, no build isolation), then removed.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { main } from '../../src/cli/main.js'
import { copyExample, REPO } from '../support/example.js'
import { ensureDockerEngine, ensureStandInImage, isSkip, tryDocker, type DockerEngine, type StandInImage } from '../support/docker.js'
import { captureStdout, withEnv } from '../support/in-process.js'
import { need } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

const engineOrSkip = await ensureDockerEngine()
const standInOrSkip = isSkip(engineOrSkip) ? engineOrSkip : await ensureStandInImage()
const ready = need(!isSkip(standInOrSkip), isSkip(standInOrSkip) ? standInOrSkip.skip.replace(/\s*\n\s*/g, ' | ') : '')
const engine = engineOrSkip as DockerEngine
const standIn = standInOrSkip as StandInImage

ready.test(
  'build --engine docker --image: wheels from the image, the container gone afterwards',
  async () => {
    const project = copyExample()
    const out = path.join(project, 'dist-wheels')
    const before = (
      await tryDocker(engine, ['ps', '-aq', '--filter', `label=io.github.montage.build-wheel.run=${process.env.BUILD_WHEEL_RUN_ID}`])
    ).stdout.trim()
    const started = performance.now()
    const r = await withEnv({ GITHUB_ACTIONS: undefined, GITHUB_WORKSPACE: undefined, RUNNER_TEMP: tempDir('bw-cli-temp-') }, () =>
      captureStdout(() =>
        main(
          [
            'build',
            '--engine',
            'docker',
            '--image',
            standIn.image,
            '--path',
            project,
            '--python-versions',
            '3.12',
            '--cache-dir',
            tempDir('bw-cli-cache-'),
            '--output-dir',
            out,
            '--pip-args',
            '--no-build-isolation --retries 0',
            '--test-pip-args',
            '--no-index'
          ],
          REPO
        )
      )
    )
    console.log(`example in the container through the CLI (one Python, cold): ${((performance.now() - started) / 1000).toFixed(1)} s`)
    if (r.result !== 0) throw new Error(r.stdout.split('\n').slice(-40).join('\n'))
    expect(r.stdout).toMatch(/\[command\]docker exec .* make -j1/)
    const wheels = fs.readdirSync(out).filter(f => f.endsWith('.whl'))
    expect(wheels).toEqual([expect.stringMatching(new RegExp(`-cp312-cp312-.*${standIn.platform}\\.whl$`))])
    expect(
      (await tryDocker(engine, ['ps', '-aq', '--filter', `label=io.github.montage.build-wheel.run=${process.env.BUILD_WHEEL_RUN_ID}`])).stdout.trim()
    ).toBe(before)
  },
  600_000
)
