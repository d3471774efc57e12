/** The typed recipe's helpers, shared by the renderer, the plan and the output planner (src/conda/recipe/sections.ts). */
import { dictCopy, isDict, strList, typedRecipe } from '../../src/conda/recipe/sections.js'
import type { Value } from '../../src/conda/recipe/yaml.js'

describe('strList: a list field as conda-build reads it', () => {
  test.each<[string, Value | undefined, string[]]>([
    ['a list keeps its strings as written', ['a', 'b >=1'], ['a', 'b >=1']],
    ['one string is a list of one', 'zlib', ['zlib']],
    // chosen: an empty field asks for nothing (`run: ''`, `script: ''` is no script, as conda-build's `if script:`)
    ['an empty string is an empty field', '', []],
    ['empty entries of a list are kept as written', ['', 'x'], ['', 'x']],
    ['entries that are not strings are left out', ['a', 1 as unknown as Value, null, { b: 'c' }], ['a']],
    ['nothing', undefined, []],
    ['a mapping is not a list', { a: 'b' }, []]
  ])('%s', (_what, v, want) => {
    expect(strList(v)).toEqual(want)
  })

  test("build/script: '' is no script (build.sh runs), requirements/run: '' asks for nothing", () => {
    const r = typedRecipe({ package: { name: 'p', version: '1' }, build: { script: '' }, requirements: { run: '' } })
    expect([r.build.script, r.requirements.run]).toEqual([[], []])
  })
})

describe('isDict and dictCopy', () => {
  test('a mapping is a dict; lists, strings and null are not', () => {
    expect([isDict({ a: 'b' }), isDict(['a']), isDict('a'), isDict(null), isDict(undefined)]).toEqual([true, false, false, false, false])
  })

  test('dictCopy gives a copy to write into, never the rendered mapping itself', () => {
    const rendered = { number: '1', script: 'x' }
    const copy = dictCopy(rendered)
    delete copy.script
    copy.number = '2'
    expect(rendered).toEqual({ number: '1', script: 'x' })
    expect(copy).toEqual({ number: '2' })
    expect(dictCopy(['a'])).toEqual({})
  })
})
