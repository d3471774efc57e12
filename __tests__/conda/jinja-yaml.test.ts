/** The YAML pass as PyYAML reads a recipe: anchors, aliases and merge keys, a bound on alias expansion, strict UTF-8. */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { decodeRecipeText, invalidUtf8Offset, MAX_ALIAS_EXPANSION, parseRecipeYaml } from '../../src/conda/recipe/yaml.js'
import { ENV, recipe, recipeErrorOf } from './helpers.js'

const HEAD = 'package:\n  name: x\n  version: "1"\n'
const render = (files: Record<string, string | Buffer>) => {
  const dir = recipe({})
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data)
  return renderRecipe({ recipe: dir, targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV })
}

describe('anchors, aliases and merge keys resolve as PyYAML resolves them', () => {
  test.each([
    ['a: &x {k: 1, j: 2}\nb: *x\n', { a: { k: '1', j: '2' }, b: { k: '1', j: '2' } }],
    ['base: &b\n  - gcc\n  - make\nbuild: *b\nhost: [*b, x]\n', { base: ['gcc', 'make'], build: ['gcc', 'make'], host: [['gcc', 'make'], 'x'] }],
    ['a: &x {k: 1, j: 2}\nc:\n  <<: *x\n  k: 3\n', { a: { k: '1', j: '2' }, c: { k: '3', j: '2' } }],
    ['a: &a {k: 1}\nb: &b {k: 2, m: 2}\nc:\n  <<: [*a, *b]\n', { a: { k: '1' }, b: { k: '2', m: '2' }, c: { k: '1', m: '2' } }],
    ['s: &s text\nt: *s\n', { s: 'text', t: 'text' }]
  ])('%j', (text, want) => {
    expect(parseRecipeYaml(text).value).toEqual(want)
  })

  test('in a rendered recipe', () => {
    const r = render({ 'meta.yaml': `${HEAD}requirements:\n  build: &tools\n    - make\n  host: *tools\n` })
    expect(r.variants[0].meta.requirements).toEqual({ build: ['make'], host: ['make'] })
  })

  test('a __proto__ key is data, not a prototype', () => {
    const v = parseRecipeYaml('a: &x {__proto__: {polluted: 1}}\nb: *x\n').value as Record<string, Record<string, unknown>>
    expect(Object.getPrototypeOf(v.b)).toBe(Object.prototype)
    expect(Object.keys(v.b)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('a billion-laughs file stops at the expansion bound', () => {
  const laughs = (levels: number): string => {
    // flow mappings: a flow list at the end of a line would be read as a selector, as conda-build reads it
    const lines = ['l0: &l0 {a: ha, b: ha, c: ha, d: ha, e: ha, f: ha, g: ha, h: ha, i: ha, j: ha}']
    for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} {${[...'abcdefghij'].map(k => `${k}: *l${i - 1}`).join(', ')}}`)
    return lines.join('\n') + '\n'
  }
  test('parse', () => {
    const t0 = Date.now()
    expect(() => parseRecipeYaml(laughs(9))).toThrow(`aliases expand to more than ${MAX_ALIAS_EXPANSION} values`)
    expect(Date.now() - t0).toBeLessThan(5000)
  })
  test('through the render entry, with the line', () => {
    const e = recipeErrorOf(() => render({ 'meta.yaml': `${HEAD}${laughs(9)}` }))
    expect(e.message).toMatch(/YAML: aliases expand to more than/)
    expect(e.at?.line).toBeGreaterThan(3)
  })
  test('a small expansion is fine', () => {
    expect(() => parseRecipeYaml(laughs(3))).not.toThrow()
  })
})

describe('invalid UTF-8 is an error naming the byte offset', () => {
  test.each([
    [Buffer.from([0x61, 0x62, 0xff, 0x63]), 2],
    [Buffer.from([0x61, 0xc3]), 1],
    [Buffer.from([0xe2, 0x82, 0xac, 0xed, 0xa0, 0x80]), 3],
    [Buffer.from([0xc0, 0x80]), 0],
    [Buffer.from([0xf0, 0x9f, 0x98, 0x80, 0x41, 0x80]), 5],
    [Buffer.from('ok é €', 'utf8'), 9]
  ])('%j -> %d', (bytes, offset) => {
    expect(invalidUtf8Offset(bytes)).toBe(offset)
  })

  test('valid text decodes, a BOM-less file with é stays é', () => {
    expect(decodeRecipeText(Buffer.from('name: é\n'), 'm.yaml')).toBe('name: é\n')
  })

  test('meta.yaml', () => {
    const e = recipeErrorOf(() =>
      render({ 'meta.yaml': Buffer.concat([Buffer.from(`${HEAD}about:\n  summary: caf`), Buffer.from([0xe9]), Buffer.from('\n')]) })
    )
    expect(e.message).toMatch(/invalid UTF-8 at byte offset 55/)
    expect([e.at?.file.endsWith('meta.yaml'), e.at?.line, e.at?.column]).toEqual([true, 5, 15])
  })
  test('conda_build_config.yaml', () => {
    const e = recipeErrorOf(() => render({ 'meta.yaml': HEAD, 'conda_build_config.yaml': Buffer.from([0x70, 0x3a, 0x20, 0xfe, 0x0a]) }))
    expect(e.message).toMatch(/invalid UTF-8 at byte offset 3/)
    expect(e.at?.file).toMatch(/conda_build_config\.yaml$/)
  })
  test('an included file', () => {
    const e = recipeErrorOf(() => render({ 'meta.yaml': `${HEAD}{% include 'inc.yaml' %}\n`, 'inc.yaml': Buffer.from([0x61, 0x3a, 0x20, 0x80]) }))
    expect(e.message).toMatch(/inc\.yaml:1:4: invalid UTF-8 at byte offset 3/)
    expect([e.at?.file.endsWith('inc.yaml'), e.at?.line, e.at?.column]).toEqual([true, 1, 4])
  })
})

describe('duplicate keys in conda_build_config.yaml', () => {
  test('the last wins, as PyYAML has it', () => {
    const r = render({
      'meta.yaml': `${HEAD}requirements:\n  host:\n    - python\n`,
      'conda_build_config.yaml': 'python:\n  - 3.10\npython:\n  - 3.12\n'
    })
    expect(r.variants.map(v => v.variant.python)).toEqual(['3.12'])
  })
})
