/**
 * test/downstreams read as conda-build reads them (build_tree in its build.py): one spec, a list, or a mapping
 * whose keys are the specs (the values ignored, with a warning); a recipe with the mapping form renders. The
 * builds themselves: builder/downstreams.itg.test.ts.
 */
import { condaNotes } from '../../src/conda/builder/report.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { downstreamSpecs } from '../../src/conda/testing/downstreams.js'
import { ENV, recipe } from './helpers.js'

describe('downstreamSpecs', () => {
  const rows: [string, unknown, string[], boolean][] = [
    ['absent', undefined, [], false],
    ['null (an empty key)', null, [], false],
    ['one spec', 'foo >=1', ['foo >=1'], false],
    ['a list, empty entries left out', ['foo', '', null, 'bar 2.*'], ['foo', 'bar 2.*'], false],
    ['a mapping: its keys', { foo: { worker: 'gpu' }, bar: null }, ['foo', 'bar'], true]
  ]
  test.each(rows)('%s', (_what, value, specs, warned) => {
    const warnings: string[] = []
    expect(downstreamSpecs(value, w => warnings.push(w))).toEqual(specs)
    expect(warnings.length > 0).toBe(warned)
    if (warned) expect(warnings[0]).toMatch(/its keys are tested as downstream specs, its values are ignored/)
  })
})

test('a recipe whose test/downstreams is a mapping renders, the mapping kept for the build', () => {
  const dir = recipe({ 'meta.yaml': 'package:\n  name: up\n  version: "1.0"\ntest:\n  downstreams:\n    foo:\n      label: gpu\n' })
  const r = renderRecipe({ recipe: dir, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV })
  expect((r.variants[0].meta.test as Record<string, unknown>).downstreams).toEqual({ foo: { label: 'gpu' } })
})

test('the summary names the downstream package whose test failed, and keeps the new package', () => {
  const notes = condaNotes([], { stem: 'up-2.0-0', subdir: 'linux-64', downstream: 'down-1.0-0', testOutput: 'a\nb\n+ exit 1\n' })
  expect(notes).toEqual([
    {
      text: "FAILED up-2.0-0 (linux-64): the test of its downstream package down-1.0-0 failed; up-2.0-0 stays in the output channel. The test's last lines:",
      details: 'a\nb\n+ exit 1'
    }
  ])
})
