/**
 * Resource bounds: a template that would loop, recurse or allocate without end stops with a clear render
 * error, quickly and with little memory, through the real render entry.
 */
import { renderJinja } from '../../src/conda/recipe/jinja.js'
import type { RecipeError } from '../../src/conda/recipe/location.js'
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { ENV, recipe, recipeErrorOf } from './helpers.js'

const HEAD = 'package:\n  name: x\n  version: "1"\n'

function bounded(line: string): { error: RecipeError; ms: number; heapMB: number } {
  const dir = recipe({ 'meta.yaml': `${HEAD}${line}\n` })
  const heap = process.memoryUsage().heapUsed
  const t0 = Date.now()
  const error = recipeErrorOf(() => renderRecipe({ recipe: dir, targetPlatform: 'linux-64', env: ENV }))
  return { error, ms: Date.now() - t0, heapMB: (process.memoryUsage().heapUsed - heap) / 2 ** 20 }
}

describe('a template cannot exhaust the machine', () => {
  test.each([
    ['a loop over a huge range', '{% for i in range(10 ** 12) %}{% endfor %}', /list of 1000000000000 items is over the limit/],
    ['nested loops', '{% for i in range(1000000) %}{% for j in range(1000000) %}{% endfor %}{% endfor %}', /more than 2000000 steps/],
    ['a string multiplied to gigabytes', "{{ 'x' * 2 ** 31 }}", /string of 2147483648 characters is over the limit/],
    [
      'a string doubled in a loop',
      "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
      /string of \d+ characters is over the limit/
    ],
    ['many strings under the cap', "{% set l = [] %}{% for i in range(1000) %}{% do l.append('y' * 30000000) %}{% endfor %}", /built more than \d+ characters/],
    ['a list multiplied', '{{ [1] * 10 ** 9 }}', /list of 1000000000 items is over the limit/],
    ['a list appended to forever', '{% set l = [0] %}{% for i in range(999999) %}{% do l.extend(l) %}{% endfor %}', /over the limit|built more than/],
    ['a recursive macro', '{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}', /macro calls nested more than 100 levels deep/],
    ['mutually recursive macros', '{% macro a() %}{{ b() }}{% endmacro %}{% macro b() %}{{ a() }}{% endmacro %}{{ a() }}', /nested more than 100 levels/],
    ['a padded format', "{{ '{:>999999999}'.format('x') }}", /over the limit/],
    ['zfill', "{{ 'x'.zfill(10 ** 10) }}", /over the limit/],
    ['a huge indent', "{{ 'a\\nb'|indent(10 ** 9) }}", /over the limit/]
  ])('%s', (_, line, msg) => {
    const { error, ms, heapMB } = bounded(line)
    expect(error.message).toMatch(msg)
    expect(error.at?.line).toBe(4)
    expect(ms).toBeLessThan(10_000)
    expect(heapMB).toBeLessThan(256)
  })

  test('an include that includes itself', () => {
    const dir = recipe({ 'meta.yaml': `${HEAD}{% include 'self.yaml' %}\n`, 'self.yaml': "{% include 'self.yaml' %}\n" })
    expect(() => renderRecipe({ recipe: dir, targetPlatform: 'linux-64', env: ENV })).toThrow(/includes and imports nested more than 100 levels deep/)
  })

  test('an expression nested too deeply is a syntax error, not a stack overflow', () => {
    expect(() => renderJinja(`{{ ${'('.repeat(5000)}1${')'.repeat(5000)} }}`, {}, false)).toThrow(/nested more than 100 levels/)
    expect(() => renderJinja(`${'{% if 1 %}'.repeat(5000)}x`, {}, false)).toThrow(/nested more than 100 levels/)
  })

  test('a legitimate template far below the bounds renders', () => {
    const t = '{% for i in range(2000) %}{{ i }},{% endfor %}'
    expect(renderJinja(t, {}, true).text.split(',')).toHaveLength(2001)
  })
})

describe('load_file_regex with a pattern that backtracks without end', () => {
  test('stops with an error naming the file, in seconds', () => {
    const dir = recipe({
      'meta.yaml': `${HEAD}{% set m = load_file_regex(load_file='v.txt', regex_pattern='^(a+)+$', from_recipe_dir=True) %}\n`,
      'v.txt': `${'a'.repeat(40)}b`
    })
    const t0 = Date.now()
    const e = recipeErrorOf(() => renderRecipe({ recipe: dir, targetPlatform: 'linux-64', env: ENV }))
    expect(e.message).toMatch(/ran more than 2 s on 'v\.txt'/)
    expect(e.at?.line).toBe(4)
    expect(Date.now() - t0).toBeLessThan(10_000)
  })
})
