import { dedupeByMinor, parseSelector, selectInterpreters, type Interpreter } from '../../src/python/identifiers.js'

const py = (minor: string, version: string, source: Interpreter['source'], p = `/x/${source}/${version}`): Interpreter => ({
  path: p,
  version,
  minor,
  identifier: `cp${minor.replace('.', '').replace('t', '')}-cp${minor.replace('.', '')}`,
  source
})

describe('parseSelector', () => {
  test.each([
    ['all', { kind: 'all' }],
    ['3.12', { kind: 'minor', minor: '3.12' }],
    ['3.13t', { kind: 'minor', minor: '3.13t' }],
    ['cp311', { kind: 'minor', minor: '3.11' }],
    ['cp39-cp39', { kind: 'minor', minor: '3.9' }],
    ['cp313-cp313t', { kind: 'minor', minor: '3.13t' }],
    ['cp313t-cp313', null],
    ['cp313t-cp313t', { kind: 'minor', minor: '3.13t' }],
    ['python3.10', { kind: 'minor', minor: '3.10' }],
    ['3', null],
    ['2.7', null],
    ['cp311-cp312', null],
    ['3.11; rm -rf /', null],
    ['$(touch x)', null],
    ['', null]
  ])('%s', (text, expected) => {
    const s = parseSelector(text)
    if (expected === null) expect(s).toBeNull()
    else expect(s).toMatchObject(expected)
  })
})

describe('selectInterpreters', () => {
  const found = [
    py('3.11', '3.11.2', 'path', '/usr/bin/python3.11'),
    py('3.11', '3.11.7', 'pyenv'),
    py('3.9', '3.9.18', 'pyenv'),
    py('3.12', '3.12.1', 'pyenv'),
    py('3.12', '3.12.9', 'manylinux', '/opt/python/cp312-cp312/bin/python'),
    py('3.7', '3.7.16', 'pyenv'),
    py('3.13t', '3.13.0', 'manylinux', '/opt/python/cp313-cp313t/bin/python')
  ]
  test('dedupe prefers manylinux, then pyenv, then PATH', () => {
    const d = dedupeByMinor(found)
    expect(d.map(i => i.minor)).toEqual(['3.7', '3.9', '3.11', '3.12', '3.13t'])
    expect(d.find(i => i.minor === '3.12')?.source).toBe('manylinux')
    expect(d.find(i => i.minor === '3.11')?.source).toBe('pyenv')
  })
  test.each([
    [['all'], ['3.9', '3.11', '3.12'], 0],
    [['3.12', '3.9'], ['3.9', '3.12'], 0],
    [['cp311', '3.11'], ['3.11'], 0],
    [['3.7'], ['3.7'], 0],
    [['3.13t'], ['3.13t'], 0],
    [['3.14'], [], 1],
    [['all', '3.14', '3.15'], ['3.9', '3.11', '3.12'], 2]
  ])('%j', (tokens, minors, problems) => {
    const sel = selectInterpreters(
      found,
      tokens.map(t => parseSelector(t)!)
    )
    expect(sel.chosen.map(i => i.minor)).toEqual(minors)
    expect(sel.problems).toHaveLength(problems)
    for (const p of sel.problems) expect(p).toMatch(/has no interpreter here; found: 3\.7/)
  })
})

test('no interpreter at all: the message says how to get one', () => {
  const sel = selectInterpreters([], [parseSelector('all')!])
  expect(sel.problems).toEqual([expect.stringMatching(/'all' has no interpreter here; found: none \(install CPython, e.g. with actions\/setup-python/)])
})
