import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { C_TREE_FLAGS, FLAGS, NOT_FLAGS, PIPELINE_FLAGS, RUNTIME_FLAGS, WHEEL_FLAGS, type FlagName } from '../../src/cli/flag-table.js'
import { closest, parseFlags, UsageError } from '../../src/cli/flags.js'
import { commandHelp, topHelp, wrap } from '../../src/cli/help.js'
import { pipRetriesNote } from '../../src/cli/pip-note.js'
import { parseArgs } from '../../src/lib/args.js'
import { parseList } from '../../src/lib/inputs.js'

const REPO = process.cwd() // jest runs from the repository root
const COMMAND_FLAGS: Record<string, readonly FlagName[]> = {
  build: PIPELINE_FLAGS,
  'c-tree': C_TREE_FLAGS,
  wheels: WHEEL_FLAGS
}
const parse = (command: string, args: string[]) => parseFlags(command, COMMAND_FLAGS[command], args)

describe('parseFlags: accepted', () => {
  test.each([
    ['build', ['--python-versions', '3.9 3.12'], { 'python-versions': '3.9 3.12' }],
    ['build', ['--python-versions=3.9'], { 'python-versions': '3.9' }],
    ['build', ['--plan-only'], { 'plan-only': 'true' }],
    ['build', ['--no-cache', '--path', 'x'], { cache: 'false', path: 'x' }],
    ['build', ['--cache=false'], { cache: 'false' }],
    ['build', ['--make-args', 'CFLAGS=-O2 -g'], { 'make-args': 'CFLAGS=-O2 -g' }],
    // a value that starts with '-' but is not one of the command's flags is a value
    ['build', ['--pip-args', '--retries 0'], { 'pip-args': '--retries 0' }],
    ['build', ['--pip-args', '--index-url'], { 'pip-args': '--index-url' }],
    ['build', ['--path=--jobs'], { path: '--jobs' }],
    ['c-tree', ['--jobs', '2', '--cache-dir', '/tmp/c'], { jobs: '2', 'cache-dir': '/tmp/c' }],
    ['wheels', [], {}]
  ])('%s %j', (command, args, values) => {
    const r = parse(command, args)
    expect(r.help).toBe(false)
    expect(r.values).toEqual(values)
    for (const [k, v] of Object.entries(values)) expect(r.source(k)).toBe(v)
    expect(r.source('image')).toBe('')
  })
})

describe('parseFlags: refused, with the real problem named', () => {
  test.each([
    ['c-tree', ['--path', '--jobs', '2'], /^--path needs a value, but the next argument is the flag --jobs /, /'2'/],
    ['build', ['--path'], /^--path needs a value$/, /unexpected/],
    ['build', ['--bogus', '1'], /^unknown flag --bogus for 'build'; accepted: --path .*--python-versions .*-h\/--help$/, /'1'/],
    ['build', ['--jbos', '2'], /unknown flag --jbos for 'build' \(did you mean --jobs\?\)/, /'2'/],
    ['build', ['--python', '3.12'], /did you mean --python-versions\?/, /'3\.12'/],
    ['build', ['-j', '2'], /unknown flag -j for 'build'/, /'2'/],
    ['build', ['-xyz'], /unknown flag -xyz for 'build'/, /-x,/],
    ['wheels', ['--make-args', 'x'], /unknown flag --make-args for 'wheels'; accepted: --path/, /'x'/],
    ['build', ['stray'], /^unexpected argument 'stray': 'build' takes only flags/, /unknown/],
    ['build', ['--', '--path'], /^unexpected argument '--path'/, /needs a value/],
    ['build', ['--cache', 'false'], /'false'.*--cache takes no separate value \(write --cache=false or --no-/, /unk/],
    ['build', ['--no-path', 'x'], /^--no-path: only on\/off flags can be negated \(--no-cache, --no-plan-only/, /unk/],
    ['build', ['--no-cache=true'], /--no-cache takes no value/, /unknown/],
    ['build', ['--path', 'a', '--path', 'b'], /--path is given twice \('a', then 'b'\)/, /unknown/]
  ])('%s %j', (command, args, message, notThis) => {
    let error: unknown
    try {
      parse(command, args)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toMatch(notThis)
  })

  test('every problem at once', () => {
    expect(() => parse('build', ['--bogus', '--path', '--jobs', 'x', 'y'])).toThrow(
      /^unknown flag --bogus[^\n]*\n--path needs a value, but [^\n]* the flag --jobs[^\n]*\nunexpected argument 'y'/
    )
  })
})

describe('parseFlags: help wins', () => {
  test.each([[['-h']], [['--help']], [['--bogus', '1', '--help']], [['--path', '-h']]])('%j', args => {
    expect(parse('build', args).help).toBe(true)
  })
  test('--no-help is not help', () => expect(() => parse('build', ['--no-help'])).toThrow(/unknown flag --no-help/))
})

test.each([
  ['--jbos', '--jobs'],
  ['--python', '--python-versions'],
  ['--no-cach', '--cache'],
  ['--zzzzzz', undefined]
])('closest(%s) = %s', (typed, flag) => expect(closest(typed, PIPELINE_FLAGS)).toBe(flag))

interface ActionYml {
  inputs?: Record<string, { description?: string; default?: string }>
}
const action = (file: string): ActionYml => parseYaml(fs.readFileSync(path.join(REPO, file), 'utf8')) as ActionYml
const flagsOf = (file: string): string[] =>
  Object.keys(action(file).inputs ?? {})
    .filter(name => !(name in NOT_FLAGS))
    .sort()

describe("the flag table is the actions' inputs (src/cli/flag-table.ts against action.yml)", () => {
  const root = action('action.yml').inputs ?? {}
  test.each(Object.keys(root))('root input %s: a flag with the same description and default', name => {
    const spec = (FLAGS as Record<string, { description: string; default?: string }>)[name]
    // when this fails, the line to put in FLAGS:
    const given = root[name]
    const line = `'${name}': { description: ${JSON.stringify(given.description)}, default: ${given.default} }`
    if (!spec) throw new Error(`input '${name}' has no flag; add to FLAGS in src/cli/flag-table.ts: ${line}`)
    expect([name, spec.description, spec.default]).toEqual([name, root[name].description, root[name].default])
  })
  test('no flag that is not an input of the root action', () => {
    expect(Object.keys(FLAGS).filter(f => !(f in root))).toEqual([])
  })
  test.each([
    ['build', 'action.yml', PIPELINE_FLAGS],
    ['c-tree', 'actions/build-montage/action.yml', C_TREE_FLAGS],
    ['wheels', 'actions/build-wheel/action.yml', WHEEL_FLAGS]
  ])('%s takes the inputs of %s', (_command, file, flags) => {
    const expected = [...new Set([...flagsOf(file), ...RUNTIME_FLAGS])].sort()
    expect([...flags].sort()).toEqual(expected)
  })
})

describe('help', () => {
  const squash = (s: string): string => s.replace(/\s+/g, ' ')
  test.each(Object.entries(COMMAND_FLAGS))('%s: each flag with its description', (name, flags) => {
    const text = commandHelp({ name, summary: 'does things', flags, defaults: { path: '/x/example' } })
    expect(text).toMatch(new RegExp(`^usage: build-wheel ${name} \\[flags\\]\n`))
    for (const f of flags) {
      const spec = FLAGS[f] as { description: string; switch?: true }
      expect(text).toContain(spec.switch ? `--${f}, --no-${f}\n` : `--${f} `)
      expect(squash(text)).toContain(squash(spec.description))
    }
    expect(text).toContain('[default: /x/example]')
    expect(text).toContain('-h, --help')
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })
  test('top-level: the commands, and where their flags are described', () => {
    const text = topHelp({ build: { summary: 'b' }, 'c-tree': { summary: 'c' } })
    expect(text).toMatch(/^ {2}build {3}b$/m)
    expect(text).toMatch(/^ {2}c-tree {2}c$/m)
    expect(text).toContain('build-wheel <command> --help')
  })
  test('wrap keeps words whole and lines short', () => {
    expect(wrap('aaa bbb ccc', '  ', 9)).toEqual(['  aaa bbb', '  ccc'])
    expect(wrap('', '  ')).toEqual([])
  })
})

describe('the note on pip retries', () => {
  test.each([
    [{}, true],
    [{ PIP_RETRIES: '0' }, false],
    [{ PIP_RETRIES: '3' }, false]
  ])('env %j: shown %s', (env, shown) => {
    const note = pipRetriesNote(env)
    expect(note !== undefined).toBe(shown)
    if (note) {
      expect(note.trimEnd().split('\n')).toHaveLength(1)
      expect(note).toMatch(/about 20 s/)
      expect(note).toContain('PIP_RETRIES=0')
      expect(note).toContain('--pip-args')
    }
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
