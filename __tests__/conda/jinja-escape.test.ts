/**
 * A recipe is data: no template reaches JavaScript's objects. Each row tries to reach `Function` (or a Python
 * internal) from one starting value, in one place (output, set, filters, macros, included or imported files,
 * conda_build_config.yaml's selectors), through the real render entry. Each must be a render error naming the
 * line and the name, and the payload (which would set a global flag) must never run.
 */
import { renderRecipe } from '../../src/conda/recipe/render.js'
import { ENV, recipe, recipeErrorOf } from './helpers.js'

const RUN = '("globalThis.PWNED = 1")()'
const flag = (): unknown => (globalThis as Record<string, unknown>).PWNED

const renderError = (files: Record<string, string>) =>
  recipeErrorOf(() => renderRecipe({ recipe: recipe(files), targetPlatform: 'linux-64', buildPlatform: 'linux-64', env: ENV }))

const HEAD = 'package:\n  name: x\n  version: "1"\n'

describe('escape attempts in meta.yaml are render errors at their line, naming the name', () => {
  test.each([
    ['range', `{{ range.constructor.constructor${RUN} }}`, 'constructor'],
    ["''", `{{ ''.constructor.constructor${RUN} }}`, 'constructor'],
    ['a number', `{{ (1).constructor.constructor${RUN} }}`, 'constructor'],
    ['a list', `{{ [].constructor.constructor${RUN} }}`, 'constructor'],
    ['a dict', `{{ {}.constructor.constructor${RUN} }}`, 'constructor'],
    ['environ', `{{ environ.constructor.constructor${RUN} }}`, 'constructor'],
    ['pin_compatible', `{{ pin_compatible.constructor${RUN} }}`, 'constructor'],
    ['load_file_data', `{{ load_file_data.__proto__.constructor${RUN} }}`, '__proto__'],
    ['cycler, in set', `{% set x = cycler.constructor${RUN} %}`, 'constructor'],
    ['joiner()', `{{ joiner().constructor${RUN} }}`, 'constructor'],
    ['namespace, set attribute', '{% set ns = namespace() %}{% set ns.__proto__ = 1 %}', '__proto__'],
    ['loop', `{% for i in [1] %}{{ loop.constructor${RUN} }}{% endfor %}`, 'constructor'],
    ['a macro', `{% macro m() %}{% endmacro %}{{ m.constructor${RUN} }}`, 'constructor'],
    ['a macro, Python style', '{% macro m() %}{% endmacro %}{{ m.__globals__ }}', '__globals__'],
    ["'', Python style", "{{ ''.__class__.__mro__[1].__subclasses__() }}", '__class__'],
    ['item access', `{{ ''['constructor']['constructor']${RUN} }}`, 'constructor'],
    ['item access, __proto__', "{{ {}['__proto__'] }}", '__proto__'],
    ['map(attribute=)', "{{ [range]|map(attribute='constructor')|list }}", 'constructor'],
    ['attr filter', `{{ (range|attr('constructor'))${RUN} }}`, 'constructor'],
    ['selectattr', "{{ [{'a': 1}]|selectattr('__class__')|list }}", '__class__'],
    ['sort(attribute=)', "{{ [1, 2]|sort(attribute='__proto__') }}", '__proto__'],
    ['map with a filter name', "{{ ['a']|map('constructor')|list }}", 'constructor'],
    ['compiler, in set', '{% set f = compiler.constructor %}', 'constructor'],
    ['tuple set', "{% set a, b = ''.prototype, 1 %}", 'prototype'],
    ['block set with a filter', "{% set x | attr('constructor') %}a{% endset %}", 'constructor'],
    ['caller in a macro', `{% macro m() %}{{ caller.constructor${RUN} }}{% endmacro %}{% call m() %}{% endcall %}`, 'constructor'],
    ['a call block body', `{% macro m() %}{{ caller() }}{% endmacro %}{% call m() %}{{ ''.constructor${RUN} }}{% endcall %}`, 'constructor'],
    ['os.getenv', '{{ os.getenv.__call__ }}', '__call__'],
    ['PKG_NAME', '{{ PKG_NAME.valueOf() }}', 'valueOf'],
    ['dict()', "{{ dict().hasOwnProperty('x') }}", 'hasOwnProperty'],
    ['an undefined name', '{{ self.__init__ }}', '__init__'],
    ['load_file_regex', '{{ load_file_regex.apply(none, []) }}', 'apply'],
    ['a string, getter style', "{{ ''.__defineGetter__ }}", '__defineGetter__'],
    ['a dict, getter style', '{{ {}.__lookupGetter__ }}', '__lookupGetter__'],
    ["'', mro", "{% for c in ''.mro %}{% endfor %}", 'mro'],
    ['namespace', '{{ namespace.__class__ }}', '__class__'],
    ['a variable named __proto__', '{{ __proto__ }}', '__proto__'],
    ['format with a field lookup', "{{ '{0.constructor}'.format('') }}", 'constructor']
  ])('from %s', (_, line, name) => {
    const e = renderError({ 'meta.yaml': `${HEAD}${line}\n` })
    expect(e.message).toContain(`'${name}'`)
    expect(e.at?.line).toBe(4)
    expect(flag()).toBeUndefined()
  })

  test('in an included file: the error names the included file and its line, at the include line', () => {
    const e = renderError({ 'meta.yaml': `${HEAD}{% include 'inc.yaml' %}\n`, 'inc.yaml': `a: 1\nb: {{ range.constructor.constructor${RUN} }}\n` })
    expect(e.message).toMatch(/inc\.yaml, line 2: access to 'constructor' is not allowed/)
    expect(e.at?.line).toBe(4)
    expect(flag()).toBeUndefined()
  })

  test('in an imported macro', () => {
    const e = renderError({
      'meta.yaml': `${HEAD}{% import 'macros.j2' as mac %}\n{{ mac.m() }}\n`,
      'macros.j2': `{% macro m() %}\n{{ ''.constructor.constructor${RUN} }}\n{% endmacro %}\n`
    })
    expect(e.message).toMatch(/macros\.j2, line 2: access to 'constructor' is not allowed/)
    expect(e.at?.line).toBe(5)
    expect(flag()).toBeUndefined()
  })

  test.each([
    ["python:\n  - 3.12  # [''.__class__]\n", '__class__'],
    ["python:\n  - 3.12  # [environ.constructor.constructor('globalThis.PWNED = 1')()]\n", 'constructor'],
    ['python:\n  - 3.12  # [os.getenv.__globals__]\n', '__globals__']
  ])('in conda_build_config.yaml selectors: %j', (cbc, name) => {
    const e = renderError({ 'meta.yaml': HEAD, 'conda_build_config.yaml': cbc })
    expect(e.message).toContain(`'${name}'`)
    expect(e.at?.file).toMatch(/conda_build_config\.yaml$/)
    expect(e.at?.line).toBe(2)
    expect(flag()).toBeUndefined()
  })

  test('a function value is never written out as its source', () => {
    const r = renderRecipe({
      recipe: recipe({ 'meta.yaml': `${HEAD}about:\n  summary: "{{ range }} {{ pin_compatible }}"\n` }),
      targetPlatform: 'linux-64',
      env: ENV
    })
    expect((r.variants[0].meta.about as { summary: string }).summary).toBe('<function range> <function pin_compatible>')
  })
})
