// One declaration per action (issue 7): the output and state names the code uses are the ones its
// action.yml declares, and the inputs the code reads are the ones it declares; a name added on one
// side only fails here.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { CONDA_OUTPUTS, MONTAGE_OUTPUTS, PIPELINE_OUTPUTS, WHEEL_OUTPUTS } from '../../src/actions/outputs.js'
import { INPUT, OUTPUT } from '../../src/actions/setup-docker-manylinux/inputs.js'
import { C_TREE_FLAGS, NOT_FLAGS, PIPELINE_FLAGS, WHEEL_FLAGS } from '../../src/cli/flag-table.js'
import { CONDA_INPUTS } from '../../src/conda/inputs.js'

interface ActionYml {
  inputs?: Record<string, unknown>
  outputs?: Record<string, unknown>
}
const yml = (file: string): ActionYml => parseYaml(fs.readFileSync(path.join(process.cwd(), file), 'utf8')) as ActionYml
const sorted = (xs: Iterable<string>): string[] => [...xs].sort()

test.each([
  ['action.yml', PIPELINE_OUTPUTS],
  ['actions/build-montage/action.yml', MONTAGE_OUTPUTS],
  ['actions/build-wheel/action.yml', WHEEL_OUTPUTS],
  ['actions/setup-docker-manylinux/action.yml', OUTPUT],
  ['actions/conda-recipe/action.yml', CONDA_OUTPUTS]
] as const)('%s: the outputs the code sets are the ones declared', (file, declared) => {
  expect(sorted(Object.keys(yml(file).outputs ?? {}))).toEqual(sorted(new Set(Object.values(declared))))
})

test.each([
  ['action.yml', PIPELINE_FLAGS],
  ['actions/build-montage/action.yml', C_TREE_FLAGS],
  ['actions/build-wheel/action.yml', WHEEL_FLAGS],
  ['actions/setup-docker-manylinux/action.yml', Object.values(INPUT)],
  ['actions/conda-recipe/action.yml', CONDA_INPUTS]
] as const)('%s: the inputs the code reads are the ones declared', (file, read) => {
  const declared = Object.keys(yml(file).inputs ?? {}).filter(n => !(n in NOT_FLAGS))
  expect(sorted(declared)).toEqual(sorted(new Set(read)))
})
