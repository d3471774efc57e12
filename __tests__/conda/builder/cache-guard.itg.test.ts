/**
 * The package cache kept whole around a build script (cache-guard.ts), on real files: a prefix file hard-linked
 * from an extracted package, rewritten in place, takes that package's cache folder out (so it is extracted again);
 * a file replaced by a new one (a new inode), or a file of no package, leaves the cache alone.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { keepingCacheWhole } from '../../../src/conda/builder/cache-guard.js'
import { tmp } from '../helpers.js'

/** A cache with packages a and b extracted, and a prefix hard-linked from them with their conda-meta records. */
function layout(): { prefix: string; a: string; b: string } {
  const root = tmp('cache-guard-')
  const prefix = path.join(root, 'prefix')
  const a = path.join(root, 'pkgs', 'a-1-0')
  const b = path.join(root, 'pkgs', 'b-1-0')
  for (const [dir, rel, text] of [
    [a, 'share/a.txt', 'aaaa'],
    [b, 'share/b.txt', 'bbbb']
  ]) {
    fs.mkdirSync(path.join(dir, 'share'), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
    fs.mkdirSync(path.join(prefix, 'share'), { recursive: true })
    fs.linkSync(path.join(dir, rel), path.join(prefix, rel))
    fs.mkdirSync(path.join(prefix, 'conda-meta'), { recursive: true })
    const name = path.basename(dir)
    fs.writeFileSync(path.join(prefix, 'conda-meta', `${name}.json`), JSON.stringify({ files: [rel], extracted_package_dir: dir }))
  }
  fs.writeFileSync(path.join(prefix, 'share', 'own.txt'), 'own')
  return { prefix, a, b }
}

test('a file rewritten in place through its hard link takes its package out of the cache, with a warning', async () => {
  const { prefix, a, b } = layout()
  const warnings: string[] = []
  const got = await keepingCacheWhole(
    [prefix, prefix],
    l => warnings.push(l),
    async () => {
      // same size, a later mtime: what outputs_overwrite_base_file's install.sh does
      await new Promise(r => setTimeout(r, 20))
      fs.writeFileSync(path.join(prefix, 'share', 'a.txt'), 'AAAA')
      fs.writeFileSync(path.join(prefix, 'share', 'own.txt'), 'changed')
      return 7
    }
  )
  expect(got).toBe(7)
  expect(fs.existsSync(a)).toBe(false)
  expect(fs.readFileSync(path.join(b, 'share', 'b.txt'), 'utf8')).toBe('bbbb')
  expect(fs.readFileSync(path.join(prefix, 'share', 'a.txt'), 'utf8')).toBe('AAAA')
  expect(warnings).toEqual([expect.stringMatching(new RegExp(`share/a\\.txt, a file hard-linked from the package cache: ${a} was removed from the cache`))])
})

test('a file replaced by a new one, or a failing script that wrote nothing, leaves the cache alone', async () => {
  const { prefix, a, b } = layout()
  const warnings: string[] = []
  await keepingCacheWhole(
    [prefix],
    l => warnings.push(l),
    async () => {
      const p = path.join(prefix, 'share', 'a.txt')
      fs.writeFileSync(`${p}.new`, 'new content')
      fs.renameSync(`${p}.new`, p)
    }
  )
  await expect(
    keepingCacheWhole(
      [prefix],
      l => warnings.push(l),
      () => {
        throw new Error('the script failed')
      }
    )
  ).rejects.toThrow('the script failed')
  expect(fs.readFileSync(path.join(a, 'share', 'a.txt'), 'utf8')).toBe('aaaa')
  expect(fs.existsSync(b)).toBe(true)
  expect(warnings).toEqual([])
})

test('a file rewritten before a script fails still takes its package out', async () => {
  const { prefix, b } = layout()
  const warnings: string[] = []
  await expect(
    keepingCacheWhole(
      [prefix],
      l => warnings.push(l),
      async () => {
        fs.appendFileSync(path.join(prefix, 'share', 'b.txt'), 'more')
        throw new Error('the script failed')
      }
    )
  ).rejects.toThrow('the script failed')
  expect(fs.existsSync(b)).toBe(false)
  expect(warnings).toHaveLength(1)
})

test('a noarch python file (site-packages/ in the package, lib/pythonX.Y/site-packages/ in the prefix) rewritten in place evicts its package', async () => {
  const root = tmp('cache-guard-noarch-')
  const prefix = path.join(root, 'prefix')
  const pkg = path.join(root, 'pkgs', 'n-1-py_0')
  const inPkg = path.join(pkg, 'site-packages', 'n', '__init__.py')
  const rel = 'lib/python3.12/site-packages/n/__init__.py'
  fs.mkdirSync(path.dirname(inPkg), { recursive: true })
  fs.writeFileSync(inPkg, 'x = 1\n')
  fs.mkdirSync(path.dirname(path.join(prefix, rel)), { recursive: true })
  fs.linkSync(inPkg, path.join(prefix, rel))
  fs.mkdirSync(path.join(prefix, 'conda-meta'))
  fs.writeFileSync(path.join(prefix, 'conda-meta', 'n-1-py_0.json'), JSON.stringify({ files: [rel], extracted_package_dir: pkg }))
  const warnings: string[] = []
  await keepingCacheWhole(
    [prefix],
    l => warnings.push(l),
    async () => {
      await new Promise(r => setTimeout(r, 20))
      fs.writeFileSync(path.join(prefix, rel), 'x = 2\n')
    }
  )
  expect(fs.existsSync(pkg)).toBe(false)
  expect(warnings).toEqual([expect.stringContaining(`${pkg} was removed from the cache`)])
})
