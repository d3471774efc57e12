/**
 * Checks the renderer makes while it reads a recipe, as conda-build makes them: package/version when there
 * are no outputs (split-packages/_empty_outputs_requires_package_version), `pip:` lists in requirements
 * (fail/pip_reqs_fail_informatively) and versions with a comparison inside (metadata/_run_constrained_error);
 * and a long build section planned in linear time (split-packages/_merge_build_host took minutes).
 */
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { specProblem } from '../../src/conda/recipe/spec-check.js'
import { planRecipeOutputs } from '../../src/conda/plan/recipe-outputs.js'
import { ENV, recipe, recipeErrorOf } from './helpers.js'

const render = (meta: string) => renderRecipe({ recipe: recipe({ 'meta.yaml': meta }), targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV })

describe('package/version is required when there are no outputs', () => {
  test.each([
    ['no version, no outputs', 'package:\n  name: x\n'],
    ['no version, an empty outputs:', 'package:\n  name: x\noutputs:\n'],
    ['an empty version', 'package:\n  name: x\n  version: ""\n'],
    ['a version that renders empty', "package:\n  name: x\n  version: {{ environ.get('NOPE', '') }}\n"]
  ])('%s: the error names the key, the file and what is accepted', (_what, meta) => {
    const e = recipeErrorOf(() => render(meta))
    expect(e.message).toMatch(/meta\.yaml:1:1: package\/version missing: a recipe without outputs must give its version under 'package:'/)
    expect(e.message).toMatch(/Accepted: a version string, or a list of outputs/)
    expect([e.at?.file, e.at?.line, e.at?.column]).toEqual([expect.stringMatching(/meta\.yaml$/), 1, 1])
  })

  test('outputs with their own versions need none at the top', () => {
    const r = render('package:\n  name: x\noutputs:\n  - name: a\n    version: 1\n')
    expect(r.variants).toHaveLength(1)
  })

  test('an empty outputs: with a version is a recipe without outputs', () => {
    expect(render('package:\n  name: x\n  version: 2\noutputs:\n').variants.map(v => v.version)).toEqual(['2'])
  })
})

describe('requirement entries', () => {
  test('a pip: list says meta.yaml takes conda packages only', () => {
    const e = recipeErrorOf(() => render('package:\n  name: x\n  version: 1\nrequirements:\n  host:\n    - python\n    - pip:\n      - six\n'))
    expect(e.message).toMatch(/'requirements\/host' has a 'pip:' list: meta.yaml takes conda packages only/)
    expect([e.at?.line, e.at?.column]).toEqual([7, 7])
  })

  test('a comparison inside a version is refused at its line, with the accepted forms', () => {
    const e = recipeErrorOf(() => render('package:\n  name: x\n  version: 1\nrequirements:\n  run_constrained:\n    - a >=1,<2<py312\n'))
    expect(e.message).toMatch(/meta\.yaml:6:7: /)
    expect(e.message.replace(/^.*meta\.yaml:6:7: /, '')).toBe(
      "invalid match spec 'a >=1,<2<py312': the constraint '<2<py312' has a comparison inside its version in 'requirements/run_constrained'; " +
        "accepted: 'name', 'name 1.2.*', 'name >=1.2,<2', 'name 1.2 build_string'"
    )
    expect(e.at?.line).toBe(6)
  })

  test.each([
    'python >=3.8,<3.12.0a0',
    'numpy 1.21.*',
    'openssl !=1.1.1e',
    'foo 1.0 *_cpu',
    'pkg >=1.0|<0.5',
    'libfoo 1.2.3=h123_0',
    'conda-forge::zlib >=1.2',
    "pkg[version='>=1,<2']",
    'python 3.10.0rc1',
    'x ==1.0',
    'x ~=1.2',
    'x (>=1,<2)|>3',
    'just-a-name'
  ])('%s is a match spec', spec => {
    expect(specProblem(spec)).toBeUndefined()
  })
})

test('a multi-output recipe whose build section has many indented lines and no string: plans at once', () => {
  const lines = Array.from({ length: 11 }, (_, i) => `    - echo ${i}  # step ${i}`).join('\n')
  const r = render(`package:\n  name: x\n  version: 1\nbuild:\n  script:\n${lines}\n  number: 2\noutputs:\n  - name: a\n  - name: b\n`)
  const started = Date.now()
  const p = planRecipeOutputs(r, 'linux-64')
  expect(p.outputs.map(o => `${o.name}-${o.buildString}`)).toEqual(['a-2', 'b-2'])
  // the old pattern tried every split of every line: about 6 s for these 11 lines, 13 times more per 2 lines
  expect(Date.now() - started).toBeLessThan(2000)
})
