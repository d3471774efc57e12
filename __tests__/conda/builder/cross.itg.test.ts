/**
 * `build-wheel conda build` of a variant for a subdir this machine does not build: refused before any work.
 * The recipe's source and its channel are on a loopback server that counts the requests it gets: none may
 * come (nothing fetched, nothing solved), no work folder or package may appear, and the error says which
 * variant, which subdir, what this machine builds and what works instead. The native variant beside it is
 * not built either: the refusal comes first, for the whole plan.
 */
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { condaCommand } from '../../../src/cli/conda/index.js'
import { hostSubdir } from '../../../src/conda/recipe/platforms.js'
import { captureStderr } from '../../support/capture.js'
import { requireTool } from '../../support/requirements.js'
import { recipe, tmp } from '../helpers.js'

const tar = requireTool('tar')

let server: http.Server
const asked: string[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    asked.push(req.url ?? '')
    res.writeHead(404).end()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  await new Promise<void>(resolve => server.close(() => resolve()))
})

const files = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String) : [])

tar.test('a cross variant is refused before its source is fetched or a channel asked', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const dir = tmp('conda-cross-')
  const foreign = hostSubdir() === 'linux-aarch64' ? 'linux-ppc64le' : 'linux-aarch64'
  const r = recipe({
    'meta.yaml':
      'package:\n  name: crossed\n  version: "1"\n' +
      `source:\n  url: ${base}/src/crossed-1.tar.gz\n  sha256: ${'0'.repeat(64)}\n` +
      'build:\n  script: echo built > "$PREFIX/crossed.txt"\n' +
      'requirements:\n  build:\n    - {{ compiler("c") }}\n  host:\n    - zlib\n',
    'conda_build_config.yaml': `target_platform:\n  - ${hostSubdir()}\n  - ${foreign}\n`
  })
  const out: string[] = []
  const argv = ['build', r, '-c', `${base}/channel`, '--output-dir', path.join(dir, 'out'), '--croot', path.join(dir, 'w'), '--cache-dir', path.join(dir, 'c')]
  const { value, stderr } = await captureStderr(() => condaCommand(argv, s => out.push(s)))
  expect(value).toBe(1)
  expect(stderr).toMatch(
    new RegExp(
      `this machine builds ${hostSubdir()} \\(and noarch\\) packages, but the recipe renders for ${foreign}: crossed-1-h[0-9a-f]{7}_0 \\(${foreign}; c_compiler=gcc\\)`
    )
  )
  expect(stderr).toMatch(/nothing was solved, downloaded or built\. `conda build --plan-only` and `conda render`/)
  expect(asked).toEqual([])
  expect(files(path.join(dir, 'out')).filter(f => /\.(conda|tar\.bz2)$/.test(f))).toEqual([])
  expect(files(path.join(dir, 'w'))).toEqual([])
  expect(files(path.join(dir, 'c'))).toEqual([])
})
