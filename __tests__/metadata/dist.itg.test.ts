// dist/ is code: the committed bundles must be exactly what the build script makes from src/.
import { spawnSync } from 'node:child_process'

test('dist/ matches a fresh build of the sources', () => {
  const r = spawnSync(process.execPath, ['scripts/build-dist.mjs', '--check'], { encoding: 'utf8' })
  expect(`${r.stdout}${r.stderr}`).toMatch(/dist\/ matches a fresh build/)
  expect(r.status).toBe(0)
}, 300000)
