/** What a removal deletes, decided from the conda-meta records alone (src/conda/env/remove-plan.ts): pure, no files. */
import { checkedPath, planRemoval, RemoveError, type InstalledRecord } from '../../../src/conda/env/remove-plan.js'

const rec = (name: string, paths: unknown[], o: Partial<InstalledRecord> = {}): InstalledRecord => ({
  file: `/p/conda-meta/${name}-1.0-0.json`,
  data: {},
  name,
  version: '1.0',
  build: '0',
  buildNumber: 0,
  channel: 'https://conda.anaconda.org/conda-forge',
  paths,
  dirs: [],
  depends: [],
  ...o
})

describe('a record path', () => {
  test.each([
    ['lib/libz.so.1', 'lib/libz.so.1'],
    ['share/./doc//a.txt', 'share/doc/a.txt'],
    ['bin/.pkg-pre-unlink.sh', 'bin/.pkg-pre-unlink.sh'],
    ['a..b/c..', 'a..b/c..']
  ])('%s is kept as %s', (raw, want) => {
    expect(checkedPath(raw, 'conda-meta/x.json')).toBe(want)
  })

  test.each([
    ['../etc/passwd', /'\.\.' segment/],
    ['lib/../../etc/passwd', /'\.\.' segment/],
    ['lib/..', /'\.\.' segment/],
    ['lib\\..\\..\\x', /'\.\.' segment/],
    ['/etc/passwd', /is absolute/],
    ['C:\\Windows\\x', /is absolute/],
    ['', /is not a path/],
    [42, /is not a path/],
    ['a\0b', /NUL/],
    ['.', /is the prefix/],
    ['conda-meta/other-1.0-0.json', /conda-meta/],
    ['conda-meta', /conda-meta/]
  ])('%j is refused', (raw, why) => {
    const e = (() => {
      try {
        checkedPath(raw, 'conda-meta/x.json')
      } catch (err) {
        return err
      }
      throw new Error('accepted')
    })()
    expect(e).toBeInstanceOf(RemoveError)
    expect((e as Error).message).toMatch(why)
    expect((e as Error).message).toMatch(/^conda-meta\/x\.json lists /)
  })
})

describe('planRemoval', () => {
  const a = rec('a', ['share/common.txt', 'share/a.txt', 'bin/a'], { depends: [] })
  const b = rec('b', ['share/common.txt', 'lib/b.so'], { depends: ['a >=1', 'python'] })
  const c = rec('c', ['lib/c.so'], { depends: ['a'] })

  test('paths other records list are kept; the dependents named; by name or name-version-build', () => {
    for (const name of ['a', 'a-1.0-0']) {
      const p = planRemoval([a, b, c], name, '/p')
      expect(p.record).toBe(a)
      expect(p.remove).toEqual(['bin/a', 'share/a.txt'])
      expect(p.kept).toEqual(['share/common.txt'])
      expect(p.dependents).toEqual(['b-1.0-0', 'c-1.0-0'])
    }
  })

  test('a name not installed names what is; two records of one name ask for the full name', () => {
    expect(() => planRemoval([a, b], 'zlib', '/p')).toThrow('zlib is not installed in /p; its conda-meta lists a, b')
    const a2 = rec('a', [], { version: '2.0', file: '/p/conda-meta/a-2.0-0.json' })
    expect(() => planRemoval([a, a2], 'a', '/p')).toThrow('/p has 2 records for a: a-1.0-0, a-2.0-0; give the one to remove as name-version-build')
  })

  test('one hostile path refuses the whole package, naming the record', () => {
    expect(() => planRemoval([rec('evil', ['share/ok.txt', '../outside'])], 'evil', '/p')).toThrow(
      /^conda-meta\/evil-1\.0-0\.json lists "\.\.\/outside", which has a '\.\.' segment/
    )
  })
})
