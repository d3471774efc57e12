import { renderJinja } from '../../src/conda/recipe/jinja.js'

// Each expected value is what Jinja2 3.1.6 renders (jinja2.Environment(extensions=['jinja2.ext.do']),
// computed once with the real Jinja2 and written down here).
describe('Jinja2 expressions and statements render as Jinja2 renders them', () => {
  test.each([
    ['{{ 1 + 2 * 3 }}', '7'],
    ['{{ 7 // 2 }}', '3'],
    ['{{ -7 // 2 }}', '-4'],
    ['{{ 7 / 2 }}', '3.5'],
    ['{{ 4 / 2 }}', '2.0'],
    ['{{ 7 % 3 }}', '1'],
    ['{{ -7 % 3 }}', '2'],
    ['{{ 2 ** 10 }}', '1024'],
    ['{{ 2 ** -1 }}', '0.5'],
    ['{{ 1.5 + 1 }}', '2.5'],
    ['{{ 0.1 + 0.2 }}', '0.30000000000000004'],
    ['{{ 1e3 }}', '1000.0'],
    ['{{ 1_000 }}', '1000'],
    ["{{ 'a' ~ 1 ~ none }}", 'a1None'],
    ["{{ 'ab' * 3 }}", 'ababab'],
    ['{{ [1, 2] + [3] }}', '[1, 2, 3]'],
    ['{{ [1, 2,] }}', '[1, 2]'],
    ["{{ {'a': 1, 'b': [1, 2,],} }}", "{'a': 1, 'b': [1, 2]}"],
    ['{{ (1, 2,) }}', '(1, 2)'],
    ['{{ (1,) }}', '(1,)'],
    ['{{ () }}', '()'],
    ["{{ 'abcdef'[1:4] }}", 'bcd'],
    ["{{ 'abcdef'[::2] }}", 'ace'],
    ["{{ 'abcdef'[::-1] }}", 'fedcba'],
    ['{{ [1,2,3,4,5][-2:] }}', '[4, 5]'],
    ['{{ [1,2,3,4,5][4:1:-2] }}', '[5, 3]'],
    ["{{ 'x.y.z'.split('.') }}", "['x', 'y', 'z']"],
    ["{{ 'x.y.z'.split('.', 1) }}", "['x', 'y.z']"],
    ["{{ 'x.y.z'.rsplit('.', 1) }}", "['x.y', 'z']"],
    ["{{ ' a  b '.split() }}", "['a', 'b']"],
    ["{{ '  pad  '.strip() }}", 'pad'],
    ["{{ 'xxhixx'.strip('x') }}", 'hi'],
    ["{{ '--a'.lstrip('-') }}", 'a'],
    ["{{ 'a--'.rstrip('-') }}", 'a'],
    ["{{ 'a-b-c'.replace('-', '_') }}", 'a_b_c'],
    ["{{ 'a-b-c'.replace('-', '_', 1) }}", 'a_b-c'],
    ["{{ '3.12'.startswith('3') }}", 'True'],
    ["{{ 'x.tar.gz'.endswith(('.gz', '.bz2')) }}", 'True'],
    ["{{ '{}-{}'.format('a', 1) }}", 'a-1'],
    ["{{ '{0}{1}{0}'.format('a', 'b') }}", 'aba'],
    ["{{ '{name}!'.format(name='x') }}", 'x!'],
    ["{{ '{:>5}|{:<4}|{:^5}'.format('a', 'b', 'c') }}", '    a|b   |  c  '],
    ["{{ '{:.2f}'.format(3.14159) }}", '3.14'],
    ["{{ '{:05d}'.format(42) }}", '00042'],
    ["{{ '%s-%s' % ('a', 'b') }}", 'a-b'],
    ["{{ '%05.1f' % 3.14159 }}", '003.1'],
    ["{{ '%(a)s=%(b)d' % {'a': 'x', 'b': 3} }}", 'x=3'],
    ["{{ 'Hello'.upper() }} {{ 'Hello'.lower() }}", 'HELLO hello'],
    ["{{ ','.join(['a', 'b']) }}", 'a,b'],
    ["{{ 'banana'.count('a') }}", '3'],
    ["{{ 'banana'.index('n') }}", '2'],
    ["{{ 'banana'.find('z') }}", '-1'],
    ["{{ '7'.zfill(3) }}", '007'],
    ["{{ '-7'.zfill(4) }}", '-007'],
    ["{{ {'a': 1}.get('a') }} {{ {'a': 1}.get('b', 2) }} {{ {'a': 1}.get('b') }}", '1 2 None'],
    ["{{ {'a': 1, 'b': 2}.keys()|list }}", "['a', 'b']"],
    ["{{ {'a': 1, 'b': 2}.values()|list }}", '[1, 2]'],
    ["{{ {'a': 1, 'b': 2}.items()|list }}", "[('a', 1), ('b', 2)]"],
    ['{% set l = [1] %}{% do l.append(2) %}{{ l }}', '[1, 2]'],
    ['{% set l = [1] %}{{ l.append(2) }}{{ l }}', 'None[1, 2]'],
    ['{{ 1 < 2 < 3 }} {{ 3 > 2 > 2 }}', 'True False'],
    ['{{ 1 == 1.0 }}', 'True'],
    ["{{ 'a' in 'cat' }} {{ 2 in [1, 2] }} {{ 'k' in {'k': 1} }} {{ 3 not in [1] }}", 'True True True True'],
    ["{{ 'yes' if 1 else 'no' }}", 'yes'],
    ["{{ 'yes' if 0 }}|", '|'],
    ["{{ not 0 }} {{ 0 or 'x' }} {{ 1 and 'y' }} {{ [] or {} }}", 'True x y {}'],
    ['{{ true }} {{ none }} {{ True }} {{ None }}', 'True None True None'],
    [
      "{{ x is defined }} {{ x is undefined }} {{ none is none }} {{ 1 is number }} {{ 'a' is string }} {{ [1] is sequence }} {{ {} is mapping }} {{ 'a' is sequence }}",
      'False True True True True True True True'
    ],
    [
      "{{ 2 is even }} {{ 3 is odd }} {{ 9 is divisibleby 3 }} {{ 9 is divisibleby(4) }} {{ 'ab' is lower }} {{ 'AB' is upper }} {{ 1 is in [1, 2] }} {{ 1 is eq 1 }} {{ 2 is equalto 3 }} {{ none is sameas none }}",
      'True True True False True True True True False True'
    ],
    ["{{ [3, 1, 2]|sort }} {{ ['b', 'A', 'c']|sort }} {{ [3, 1, 2]|sort(reverse=true) }}", "[1, 2, 3] ['A', 'b', 'c'] [3, 2, 1]"],
    ["{{ ['a', 'b']|join('-') }} {{ [1, 2]|join }}", 'a-b 12'],
    ["{{ ['a', 'b']|map('upper')|list }}", "['A', 'B']"],
    ["{{ [{'n': 'x'}, {'n': 'y'}]|map(attribute='n')|join(',') }}", 'x,y'],
    ["{{ [1, 2, 3, 4]|select('odd')|list }}", '[1, 3]'],
    ["{{ [1, 2, 3, 4]|reject('odd')|list }}", '[2, 4]'],
    ["{{ [{'a': 1}, {'a': 0}]|selectattr('a')|list }}", "[{'a': 1}]"],
    ["{{ [{'a': 1}, {'a': 0}]|rejectattr('a')|list }}", "[{'a': 0}]"],
    ["{{ [{'a': 1}, {'a': 2}]|selectattr('a', 'equalto', 2)|list }}", "[{'a': 2}]"],
    ["{{ 'abc'|replace('b', 'B') }}", 'aBc'],
    ["{{ '42'|int + 1 }} {{ '4.7'|int }} {{ 'x'|int }} {{ 'x'|int(5) }} {{ '3.5'|float }} {{ 3|float }} {{ 7|string ~ '!' }}", '43 4 0 5 3.5 3.0 7!'],
    ["{{ 'ABC'|lower }} {{ 'abc'|upper }} {{ '  t  '|trim }} {{ 'hello world'|title }} {{ 'hello World'|capitalize }}", 'abc ABC t Hello World Hello world'],
    ["{{ x|default('d') }} {{ ''|default('d') }} {{ ''|default('d', true) }} {{ x|d('e') }}", 'd  d e'],
    [
      "{{ [1, 2, 3]|first }} {{ [1, 2, 3]|last }} {{ [1, 2, 3]|length }} {{ 'abc'|list }} {{ [1, 2, 2, 1]|unique|list }} {{ [1, 2, 3]|reverse|list }} {{ 'abc'|reverse }}",
      "1 3 3 ['a', 'b', 'c'] [1, 2] [3, 2, 1] cba"
    ],
    ["{{ {'b': 1, 'a': [1, 2.5, none, true, 'x<y']}|tojson }}", '{"a": [1, 2.5, null, true, "x\\u003cy"], "b": 1}'],
    ["{{ 'a\nb\nc'|indent(2) }}", 'a\n  b\n  c'],
    ["{{ 'a\nb'|indent(2, true) }}", '  a\n  b'],
    ["{{ '%s and %s'|format('a', 'b') }}", 'a and b'],
    ["{{ [3, 1, 2]|min }} {{ [3, 1, 2]|max }} {{ [1, 2, 3]|sum }} {{ [{'v': 1}, {'v': 2}]|sum(attribute='v') }}", '1 3 6 3'],
    ['{{ [1, 2, 3, 4, 5]|batch(2)|list }}', '[[1, 2], [3, 4], [5]]'],
    ['{{ [1, 2, 3, 4, 5]|batch(2, 0)|list }}', '[[1, 2], [3, 4], [5, 0]]'],
    ["{{ {'b': 1, 'a': 2}|dictsort }}", "[('a', 2), ('b', 1)]"],
    ["{{ -3|abs }} {{ 2.5|round }} {{ 3.14159|round(2) }} {{ 2.1|round(0, 'ceil') }}", '3 2.0 3.14 3.0'],
    ["{{ 'a b c'|wordcount }}", '3'],
    ['{% set a, b = 1, 2 %}{{ a }}{{ b }}', '12'],
    ['{% set a, b = [3, 4] %}{{ b }}{{ a }}', '43'],
    ["{% for k, v in {'x': 1, 'y': 2}.items() %}{{ k }}={{ v }};{% endfor %}", 'x=1;y=2;'],
    [
      '{% for x in [1, 2, 3] %}{{ loop.index }}{{ loop.index0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }}{{ loop.revindex }}|{% endfor %}',
      '10TrueFalse33|21FalseFalse32|32FalseTrue31|'
    ],
    ['{% for x in [] %}a{% else %}empty{% endfor %}', 'empty'],
    ["{% for x in range(10) if x is odd %}{{ x }}{{ ',' if not loop.last }}{% endfor %}", '1,3,5,7,9'],
    ['{% for x in range(1, 10, 3) %}{{ x }}{% endfor %}', '147'],
    ['{% set ns = namespace(n=0) %}{% for i in range(4) %}{% set ns.n = ns.n + i %}{% endfor %}{{ ns.n }}', '6'],
    ['{% set n = 0 %}{% for i in range(4) %}{% set n = n + i %}{% endfor %}{{ n }}', '0'],
    ["{% macro m(a, b='B') %}<{{ a }}{{ b }}>{% endmacro %}{{ m(1) }}{{ m(1, 2) }}{{ m(b=3, a=4) }}", '<1B><12><43>'],
    ['{% macro w() %}[{{ caller() }}]{% endmacro %}{% call w() %}in{% endcall %}', '[in]'],
    ['{% set x %}block {{ 1 + 1 }}{% endset %}{{ x }}', 'block 2'],
    ["{% filter upper %}shout {{ 'it' }}{% endfilter %}", 'SHOUT IT'],
    ['{% with a = 5 %}{{ a }}{% endwith %}{{ a is defined }}', '5False'],
    ['{% if 0 %}a{% elif 1 %}b{% else %}c{% endif %}', 'b'],
    ['a {#- comment -#} b', 'ab'],
    ['  {%- if true -%}  x  {%- endif -%}  ', 'x'],
    ['{% raw %}{{ not rendered }}{% endraw %}', '{{ not rendered }}'],
    ["{{ 'x' if 'y' in 'xyz' and not false else 'z' }}", 'x'],
    ["{{ (1, 2) == (1, 2) }} {{ [1, 2] < [1, 3] }} {{ 'a' < 'b' }}", 'True True True'],
    ["{{ cycler('a', 'b').next() }}", 'a'],
    ["{% set c = cycler('a', 'b') %}{{ c.next() }}{{ c.next() }}{{ c.next() }}", 'aba'],
    ["{% set j = joiner('+') %}{% for x in 'abc' %}{{ j() }}{{ x }}{% endfor %}", 'a+b+c'],
    ["{{ dict(a=1)['a'] }} {{ dict(a=1).a }}", '1 1'],
    ['{{ 10 - 2 - 3 }} {{ 2 ** 3 ** 2 }} {{ -2 ** 2 }}', '5 64 4'],
    ["{{ 'abc'[0] }}{{ [1, 2][-1] }}{{ {'k': 'v'}['k'] }}", 'a2v'],
    ["{{ ['a', 'B', 'a']|unique|list }}", "['a', 'B']"],
    ["{{ [{'n': 2}, {'n': 1}]|sort(attribute='n')|map(attribute='n')|list }}", '[1, 2]'],
    ["{{ 'a.b'.partition('.') }}", "('a', '.', 'b')"],
    ["{{ 'x'.center(5) }}|{{ 'ab'.ljust(4, '*') }}|{{ 'ab'.rjust(4) }}", '  x  |ab**|  ab'],
    ["{{ 'Hello World'.title() }} {{ 'hello'.capitalize() }}", 'Hello World Hello'],
    ['{{ 3 * 1.5 }} {{ 10 / 4 }} {{ 1e-5 }} {{ 1e16 }} {{ 2.0 * 3 }}', '4.5 2.5 1e-05 1e+16 6.0']
  ])('%s', (template, want) => {
    expect(renderJinja(template, {}, false).text).toBe(want)
  })
})

describe('more of Jinja2: call blocks with arguments, loop helpers, filters and methods at their edges', () => {
  test.each([
    ['{% macro m() %}<{{ caller(1, 2) }}>{% endmacro %}{% call(a, b) m() %}{{ a + b }}{% endcall %}', '<3>'],
    ["{% for x in 'abc' %}{{ loop.cycle('o', 'e') }}{{ loop.previtem is defined }}{% endfor %}", 'oFalseeTrueoTrue'],
    ['{% for x in [1, 2] %}{{ x }}{% if loop.changed(x // 2) %}!{% endif %}{% endfor %}', '1!2!'],
    ["{% filter upper|replace('A', '4') %}a b{% endfilter %}", '4 B'],
    ['{%- raw -%}  {{ x }}  {%- endraw -%}', '{{ x }}'],
    ['{{ none is not none }} {{ 1 is not odd }}', 'False False'],
    ['{{ not 1 in [1] }} {{ not 1 == 2 }}', 'False True'],
    ["{{ 'h\u00e9llo'[1] }}{{ 'h\u00e9llo'[-1:] }}", '\u00e9o'],
    ["{{ '%d' % 3.7 }} {{ '%5s|%-5s|' % ('a', 'b') }} {{ '%x %o %e' % (255, 8, 12345.678) }}", '3     a|b    | ff 10 1.234568e+04'],
    [
      "{{ '{:,}'.format(1234567) }} {{ '{:+d}'.format(5) }} {{ '{:.3}'.format(3.14159) }} {{ '{:10.2f}'.format(2.5) }} {{ '{!r}'.format('x') }}",
      "1,234,567 +5 3.14       2.50 'x'"
    ],
    ['{{ range(5)|batch(2)|list }}', '[[0, 1], [2, 3], [4]]'],
    ["{{ 'a' 'b' }}", 'ab'],
    ['{{ dict(b=1, a=2)|dictsort }}', "[('a', 2), ('b', 1)]"],
    ["{{ [1, 2, 3]|select('gt', 1)|list }} {{ [1, 2, 3]|select('in', [2])|list }}", '[2, 3] [2]'],
    ["{{ ['a', 'b']|map('upper')|join }}", 'AB'],
    ["{{ '1.2.3'.split('.')[:2]|join('.') }}", '1.2'],
    ["{{ ('3.12'|string).split('.')|map('int')|list }}", '[3, 12]'],
    ["{{ [1, [2, 3]]|length }} {{ {'a': 1}|length }}", '2 1'],
    ["{{ 'a,b,,c'.split(',') }} {{ 'a b'.split(None, 1) }} {{ ' a b c '.rsplit(None, 1) }}", "['a', 'b', '', 'c'] ['a', 'b'] [' a b', 'c']"],
    ["{{ 'AbC'.swapcase() }} {{ 'ab'.isalpha() }} {{ '12'.isdigit() }} {{ 'a b'.isspace() }}", 'aBc True True False'],
    ["{{ 'x'|center(7) }}|", '   x   |'],
    ["{{ [3, 2, 1]|sort|first }} {{ {'a': 2}.items()|first }}", "1 ('a', 2)"],
    ["{% set x = {'a': [1, 2]} %}{{ x.a[1] }}{{ x['a'].0 }}", '21'],
    [
      "{{ 10 is ge 3 }} {{ 'abc' is iterable }} {{ range is callable }} {{ 2.5 is float }} {{ 2 is integer }} {{ true is boolean }}",
      'True True True True True True'
    ],
    ["{% set d = {} %}{% do d.update({'k': 1}) %}{{ d }}{% do d.setdefault('z', 2) %}{{ d.pop('k') }}{{ d }}", "{'k': 1}1{'z': 2}"],
    ['{{ [1, 2, 3].pop() }} {{ [1, 2, 3].index(2) }} {{ [1, 1, 2].count(1) }}', '3 1 2'],
    [
      '{% set l = [3, 1, 2] %}{% do l.sort() %}{{ l }}{% do l.reverse() %}{{ l }}{% do l.insert(0, 9) %}{{ l }}{% do l.remove(9) %}{{ l }}',
      '[1, 2, 3][3, 2, 1][9, 3, 2, 1][3, 2, 1]'
    ],
    ["{{ 'a-b_c'.replace('-', '_').upper() }}", 'A_B_C'],
    ['{% set a = 1 %}{% with %}{% set a = 2 %}{{ a }}{% endwith %}{{ a }}', '21'],
    ["{{ ['x', 'y']|batch(3, '-')|list }}", "[['x', 'y', '-']]"],
    ['{{ [1,2,3,4,5]|slice(2)|list }}', '[[1, 2, 3], [4, 5]]'],
    ['{{ 42|string|length }}', '2'],
    ['{% for a, b in [(1, 2), (3, 4)] %}{{ a * b }},{% endfor %}', '2,12,'],
    ['{% for (a, b), c in [((1, 2), 3)] %}{{ a }}{{ b }}{{ c }}{% endfor %}', '123'],
    ['{{ (1, 2)[1] }}{{ [1, 2, 3][1:]|sum }}', '25'],
    ["{{ 'abc' ~ 1.0 ~ 1.5 ~ [1] ~ {'a': none} }}", "abc1.01.5[1]{'a': None}"],
    ['{{ 1 // 0.3 }} {{ 5 % -3 }} {{ 2 ** 0.5 }} {{ 10 / 5 * 2 }}', '3.0 -1 1.4142135623730951 4.0'],
    ["{{ true + 1 }} {{ 'a' < 'B' }} {{ [] == [] }} {{ (1,) == [1] }}", '2 False True False'],
    ["{{ '\ufb01'.upper() }} {{ 'Stra\u00dfe'.lower() }}", 'FI stra\u00dfe'],
    ["{{ 'text'.startswith('te', 1) }} {{ 'text'.endswith('x', 0, 3) }} {{ 'abcabc'.find('c', 3) }} {{ 'abcabc'.rfind('a') }}", 'False True 5 3'],
    ["{{ '  x  '|trim('x ') }}|{{ 'xxa'|trim('x') }}", '|a'],
    ["{{ [{'a': 'x'}, {'a': 'y'}]|map(attribute='a')|map('upper')|join('+') }}", 'X+Y'],
    ["{{ [{'a': {'b': 1}}]|map(attribute='a.b')|list }}", '[1]'],
    ["{{ [{'a': 1}]|map(attribute='z', default=0)|list }}", '[0]'],
    ["{{ ['b', 'a']|sort|join }}{{ ['B', 'a']|sort(case_sensitive=true)|join }}", 'abBa'],
    ["{{ ['A', 'a', 'b']|unique(case_sensitive=true)|list }}", "['A', 'a', 'b']"],
    ["{{ {'a': 1, 'b': 2}|dictsort(by='value', reverse=true) }}", "[('b', 2), ('a', 1)]"],
    ["{{ [0, 1, '', 'x', none]|select|list }}", "[1, 'x']"],
    ["{{ [1, 2, 3]|map('string')|join('-') }}", '1-2-3'],
    ["{{ 'Hello'|list|reverse|join }}", 'olleH'],
    ["{{ [5, 3]|min }}{{ ['a', 'B']|max }}{{ [{'v': 3}, {'v': 1}]|min(attribute='v') }}", "3B{'v': 1}"],
    ["{{ 3.0|int }} {{ -3.7|int }} {{ '  12  '|int }} {{ '0x1A'|int(0, 16) }} {{ '1e3'|float }} {{ 'nan'|float }}", '3 -3 12 26 1000.0 nan'],
    ["{{ 3.14159|round(3) }} {{ 2.5|round }} {{ 3.5|round }} {{ -2.5|round }} {{ 7|round }} {{ 2.45|round(1, 'floor') }}", '3.142 2.0 4.0 -2.0 7 2.4'],
    ["{{ {'a': 'x'}|tojson(indent=2) }}", '{\n  "a": "x"\n}'],
    ["{{ 'a & <b>'|e }} {{ 'x'|safe }}", 'a &amp; &lt;b&gt; x'],
    ["{{ '%(x)s' % {'x': [1]} }}", '[1]'],
    ['{{ joiner()() }}|', '|'],
    ['{{ cycler(1, 2).current }}', '1'],
    ['{% set ns = namespace(items=[]) %}{% for i in range(3) %}{% set ns.items = ns.items + [i] %}{% endfor %}{{ ns.items }}', '[0, 1, 2]'],
    ['{% macro m(x) %}{{ x }}{{ varargs }}{{ kwargs }}{% endmacro %}{{ m(1, 2, 3, k=4) }}', "1(2, 3){'k': 4}"],
    ["{% macro m(a, b=a ~ '!') %}{{ b }}{% endmacro %}{{ m('x') }}", 'x!'],
    ['{% if true %}  a\n{% endif %}b', '  a\nb'],
    ['x\n  {%- if true %}\ny{% endif -%}\nz', 'x\nyz'],
    ['{{ 1 }}{# a comment {{ 2 }} #}{{ 3 }}', '13']
  ])('%s', (template, want) => {
    expect(renderJinja(template, {}, false).text).toBe(want)
  })
})

describe('strict and lax undefined', () => {
  // conda-build's first pass uses an Undefined that never fails (Jinja2's default one raises on an attribute)
  test('lax: undefined renders empty, is falsy, and its attributes are undefined too', () => {
    expect(renderJinja('[{{ nope }}][{{ nope.attr.deeper }}][{{ "t" if nope else "f" }}][{{ nope|default("d") }}]', {}, false).text).toBe('[][][f][d]')
  })
  test('strict: an undefined value written out is an error naming it, at its line', () => {
    expect(() => renderJinja('a\n{{ nope.attr }}', {}, true)).toThrow(expect.objectContaining({ message: "'nope' is undefined", line0: 1, column0: 0 }))
    expect(() => renderJinja('{{ {}.missing }}', {}, true)).toThrow(/'dict object' has no attribute 'missing'/)
  })
  test('strict: `is defined` and default() still work', () => {
    expect(renderJinja('{{ nope is defined }} {{ nope|default("d") }}', {}, true).text).toBe('False d')
  })
})

describe('the output maps back to template lines', () => {
  test('lines after {% set %} and loops trace to the line that wrote them', () => {
    const r = renderJinja('{% set v = "1" %}\nname: x\n{% for i in [1, 2] %}\n- {{ i }}\n{% endfor %}\nend: {{ v }}\n', {}, true)
    expect(r.text).toBe('\nname: x\n\n- 1\n\n- 2\n\nend: 1\n')
    expect(r.map.lines.slice(0, 8)).toEqual([0, 1, 2, 3, 2, 3, 4, 5])
    expect(r.map.at?.(7, 5)).toEqual({ line0: 5, col0: 5 })
  })
})
