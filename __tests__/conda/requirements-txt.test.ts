/** requirements.txt as conda-build reads it: the run requirements of a recipe whose own are empty. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { specFromLine } from '../../src/conda/recipe/requirements-txt.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { tempDir } from '../support/temp.js'

test.each([
  ['pyyaml', 'pyyaml'],
  ['PyYAML', 'pyyaml'],
  ['numpy==1.26.4', 'numpy ==1.26.4'],
  ['numpy >= 1.20, <2', 'numpy >=1.20,<2'],
  ['zlib=1.2', 'zlib 1.2'],
  ['requests[socks]>=2', 'requests >=2'],
  ['attrs ; python_version > "3"', 'attrs'],
  ['six  # a comment', 'six'],
  ['# only a comment', undefined],
  ['', undefined],
  ['-r other.txt', undefined],
  ['--index-url https://example.invalid/simple', undefined]
])('%j -> %j', (line, spec) => {
  expect(specFromLine(line)).toBe(spec)
})

function recipe(meta: string, txt?: string): string {
  const dir = tempDir('bw-reqtxt-')
  fs.writeFileSync(path.join(dir, 'meta.yaml'), meta)
  if (txt !== undefined) fs.writeFileSync(path.join(dir, 'requirements.txt'), txt)
  return dir
}

const run = (dir: string): unknown => {
  const meta = renderRecipe({ recipe: dir, targetPlatform: 'linux-64' }).variants[0]?.meta as { requirements?: { run?: unknown } }
  return meta.requirements?.run
}

test('empty run requirements and a requirements.txt: its lines are the run requirements', () => {
  expect(run(recipe('package: {name: a, version: "1"}\nrequirements:\n  run: []\n', 'yaml\npyyaml\n'))).toEqual(['yaml', 'pyyaml'])
  expect(run(recipe('package: {name: a, version: "1"}\n', 'six\n'))).toEqual(['six'])
})

test('run requirements of its own: requirements.txt is not read', () => {
  // a block list: `run: [zlib]` at the end of a line would be a selector, as conda-build reads it
  expect(run(recipe('package: {name: a, version: "1"}\nrequirements:\n  run:\n    - zlib\n', 'six\n'))).toEqual(['zlib'])
})

test('no requirements.txt: nothing added', () => {
  expect(run(recipe('package: {name: a, version: "1"}\nrequirements:\n  run: []\n'))).toEqual([])
})
