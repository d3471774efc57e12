/**
 * The link decision (src/archive/links.ts) over tree models and member lists: chains through links
 * of the same archive (earlier and later), through links already in the tree, absolute targets,
 * cycles, and the harmless chains that must still be accepted.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  DIR,
  diskTree,
  FILE,
  firstLinkProblem,
  LinkChainError,
  linkProblem,
  linksOnDisk,
  overlayTree,
  refuseWritesOut,
  type TreeLookup,
  type TreeNode
} from '../../src/archive/links.js'
import { tempDir } from '../support/temp.js'

/** A tree from a listing: 'dir/', 'file', or 'link -> target'. */
function tree(spec: readonly string[], base: TreeLookup = () => undefined): { look: TreeLookup; links: Array<[string, string]> } {
  const links: Array<[string, string]> = []
  const entries = spec.map((s): [string, TreeNode] => {
    const m = /^(.+?) -> (.*)$/.exec(s)
    if (m) {
      links.push([m[1], m[2]])
      return [m[1], { kind: 'link', target: m[2] }]
    }
    return s.endsWith('/') ? [s.slice(0, -1), DIR] : [s, FILE]
  })
  return { look: overlayTree(base, entries), links }
}

const REFUSED: ReadonlyArray<readonly [string, readonly string[], RegExp]> = [
  ['the issue: d/e/a -> ../.. plus d/l -> e/a/../../..', ['d/e/', 'd/e/a -> ../..', 'd/l -> e/a/../../..'], /'d\/l'.*above the top.*d\/e\/a -> \.\.\/\.\./],
  ['the same, the climbing link first in the archive', ['d/l -> e/a/../../..', 'd/e/a -> ../..', 'd/e/'], /'d\/l'/],
  ['a link to a link to outside', ['a -> b', 'b -> c', 'c -> ..'], /'a' -> 'b' is refused.*a -> b, then b -> c, then c -> \.\./],
  ['a direct ..', ['x/y -> ../..'], /above the top/],
  ['an absolute target', ['lib/libz.so -> /usr/lib/libz.so'], /absolute/],
  ['a chain reaching an absolute target', ['a -> b', 'b -> /etc'], /'a'.*reaches 'b', where the target '\/etc' is absolute/],
  ['a two-link cycle', ['a -> b', 'b -> a'], /more than 40 links/],
  ['a self cycle', ['a -> a'], /more than 40 links/],
  ['a long cycle', ['l0 -> l1', 'l1 -> l2', 'l2 -> l3', 'l3 -> l4', 'l4 -> l0'], /more than 40 links/],
  ['a cycle through a folder', ['d/', 'd/a -> ../d/a/x'], /more than 40 links/],
  ['climbing out of a folder the tree does not hold', ['d/', 'd/l -> m/../../..'], /back out of 'd\/m'/],
  ['climbing out of a file', ['f', 'l -> f/../x'], /back out of 'f'/],
  ['an empty target', ['a -> '], /empty/],
  ['.. after a link to the top', ['d/', 'd/top -> ..', 'd/l -> top/..'], /'d\/l'.*above the top/],
  ['a link put under a link that leads out', ['up -> ..', 'up/x -> y'], /'up\/x'|'up'/]
]

const ACCEPTED: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['a link to a file beside it', ['lib/libz.so.1.3', 'lib/libz.so.1 -> libz.so.1.3', 'lib/libz.so -> libz.so.1']],
  ['a link to a link to a folder, then down', ['share/a/', 'share/b -> a', 'c -> share/b/x']],
  ['.. after a link that stays deep enough', ['d/e/f/', 'd/e/a -> f', 'd/l -> e/a/../../e']],
  ['a dangling link that only descends', ['bin/tool -> ../libexec/tool/run']],
  ['a link to the top itself', ['d/', 'd/top -> ..']],
  ['a link to .', ['self -> .']],
  ['a chain of 30 links', Array.from({ length: 30 }, (_, i) => (i === 29 ? 'l29 -> f' : `l${i} -> l${i + 1}`)).concat('f')]
]

describe('linkProblem over member lists', () => {
  test.each(REFUSED)('%s: refused', (_name, spec, why) => {
    const { look, links } = tree(spec)
    const p = firstLinkProblem(look, links)
    expect(p).not.toBeNull()
    expect(new LinkChainError('test.tar', p as NonNullable<typeof p>).message).toMatch(why)
  })
  test.each(ACCEPTED)('%s: accepted', (_name, spec) => {
    const { look, links } = tree(spec)
    expect(firstLinkProblem(look, links)).toBeNull()
  })
  test('a hostile chain costs bounded work: 40 links of 3000 components each, over a deep tree', () => {
    const deep = Array.from({ length: 1000 }, () => 'd').join('/')
    const spec = [`${deep}/`, ...Array.from({ length: 40 }, (_, i) => `l${i} -> ${deep}/${'../d/'.repeat(500)}${'../'.repeat(1000)}l${i + 1}`)]
    const { look, links } = tree(spec)
    const started = performance.now()
    expect(firstLinkProblem(look, links)?.why).toMatch(/more than 16384 path components/)
    expect(performance.now() - started).toBeLessThan(5000)
  })
  test('as the tree stands, a climb out of a missing folder is only a dangling link; an escape still is one', () => {
    const { look } = tree(['d/'])
    expect(linkProblem(look, 'd/l', 'm/../x', 'existing')).toBeNull()
    expect(linkProblem(look, 'd/l', 'm/../../..', 'existing')?.why).toMatch(/above the top/)
  })
})

describe('against a tree on disk', () => {
  test('a new link through a link already on disk', () => {
    const root = tempDir('bw-links-')
    fs.mkdirSync(path.join(root, 'd/e'), { recursive: true })
    fs.symlinkSync('../..', path.join(root, 'd/e/a'))
    const { look, links } = tree(['d/l -> e/a/../../..'], diskTree(root))
    expect(firstLinkProblem(look, links)?.chain).toEqual(['d/l -> e/a/../../..', 'd/e/a -> ../..'])
    // the link on disk alone is harmless
    expect(firstLinkProblem(diskTree(root), linksOnDisk(root), 'existing')).toBeNull()
  })
  test('a new link that makes a link on disk escape', () => {
    const root = tempDir('bw-links-')
    fs.mkdirSync(path.join(root, 'd/e/a'), { recursive: true })
    fs.symlinkSync('e/a/../../..', path.join(root, 'd/l'))
    expect(firstLinkProblem(diskTree(root), linksOnDisk(root), 'existing')).toBeNull()
    fs.rmdirSync(path.join(root, 'd/e/a'))
    const { look } = tree(['d/e/a -> ../..'], diskTree(root))
    expect(firstLinkProblem(look, linksOnDisk(root), 'existing')?.link).toBe('d/l')
  })
  test('members written through a link on disk land where the link leads', () => {
    const root = tempDir('bw-links-')
    fs.mkdirSync(path.join(root, 'lib'))
    fs.symlinkSync('lib', path.join(root, 'lib64'))
    const { look } = tree(['lib64/x/', 'lib64/x/y -> ../../..'], diskTree(root))
    expect(look('lib/x')).toEqual(DIR)
    expect(linkProblem(look, 'lib64/x/y', '../../..')?.why).toMatch(/above the top/)
    expect(linkProblem(look, 'lib64/x/y', '../..')).toBeNull()
  })
  test('refuseWritesOut: a build folder that is a chain out, or holds one', () => {
    const root = tempDir('bw-links-')
    const outside = tempDir('bw-links-outside-')
    fs.mkdirSync(path.join(root, 'pkg/sub'), { recursive: true })
    expect(() => refuseWritesOut(root, 'pkg/build', 'pip wheel')).not.toThrow()
    fs.symlinkSync('sub/../..', path.join(root, 'pkg/up'))
    fs.symlinkSync('up/..', path.join(root, 'pkg/build'))
    expect(() => refuseWritesOut(root, 'pkg/build', 'pip wheel')).toThrow(
      /pip wheel: writing to 'pkg\/build' is refused.*pkg\/build -> up\/\.\., then pkg\/up -> sub\/\.\.\/\.\./
    )
    fs.rmSync(path.join(root, 'pkg/build'))
    fs.mkdirSync(path.join(root, 'pkg/build/lib'), { recursive: true })
    fs.symlinkSync(path.relative(path.join(root, 'pkg/build/lib'), outside), path.join(root, 'pkg/build/lib/out'))
    expect(() => refuseWritesOut(root, 'pkg/build', 'pip wheel')).toThrow(/'pkg\/build\/lib\/out'/)
    fs.rmSync(path.join(root, 'pkg/build/lib/out'))
    fs.symlinkSync('../../sub', path.join(root, 'pkg/build/lib/in'))
    expect(() => refuseWritesOut(root, 'pkg/build', 'pip wheel')).not.toThrow()
    // the whole folder: its links judged within it
    expect(() => refuseWritesOut(path.join(root, 'pkg/build'), '', 'a test folder')).toThrow(
      /a test folder: the link 'lib\/in' -> '\.\.\/\.\.\/sub' is refused/
    )
    expect(() => refuseWritesOut(root, '', 'a test folder')).not.toThrow()
  })
})
