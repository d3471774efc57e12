import { parseFlags } from '../../src/cli/flags.js'
import { parseArgs } from '../../src/lib/args.js'
import { parseList } from '../../src/lib/inputs.js'

describe('parseFlags', () => {
  test.each([
    [['--python-versions', '3.9 3.12'], { 'python-versions': '3.9 3.12' }],
    [['--python-versions=3.9'], { 'python-versions': '3.9' }],
    [['--plan-only'], { 'plan-only': 'true' }],
    [['--no-cache', '--path', 'x'], { cache: 'false', path: 'x' }],
    [['--make-args', 'CFLAGS=-O2 -g'], { 'make-args': 'CFLAGS=-O2 -g' }]
  ])('%j', (args, values) => {
    expect(parseFlags('build', args).values).toEqual(values)
  })
  test.each([
    [['--bogus', '1'], /unknown flag --bogus; accepted for 'build': .*--python-versions/],
    [['stray'], /'stray' is not a flag/],
    [['--path'], /--path needs a value/],
    [['--make-args', 'x'], /unknown flag --make-args; accepted for 'wheels'/]
  ])('%j is refused', (args, message) => {
    expect(() => parseFlags(args.includes('x') ? 'wheels' : 'build', args)).toThrow(message)
  })
})

describe('lists and argument lists', () => {
  test.each([
    ['3.9 3.12', ['3.9', '3.12']],
    ['3.9,3.12\n3.13', ['3.9', '3.12', '3.13']],
    ['  ', []]
  ])('parseList %j', (raw, items) => expect(parseList(raw)).toEqual(items))
  test.each([
    ['CC=gcc V=1', ['CC=gcc', 'V=1']],
    ['CFLAGS=-O2 -g\nV=1\n', ['CFLAGS=-O2 -g', 'V=1']],
    ['; touch pwned', [';', 'touch', 'pwned']],
    ['', []]
  ])('parseArgs %j', (raw, args) => expect(parseArgs(raw)).toEqual(args))
})
