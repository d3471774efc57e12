/** Which recipe files become a package's link scripts, and where they go (src/conda/builder/link-scripts.ts). */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { findLinkScripts, installLinkScripts } from '../../../src/conda/builder/link-scripts.js'
import { tempDir } from '../../support/temp.js'

function recipe(files: readonly string[]): string {
  const dir = fs.realpathSync(tempDir('bw-link-scripts-'))
  for (const f of files) fs.writeFileSync(path.join(dir, f), `echo ${f}\n`)
  return dir
}

const found = (dir: string, o: { name: string; outputBuild?: Record<string, unknown>; windows?: boolean }): string[] =>
  findLinkScripts({ recipeDir: dir, windows: false, ...o }).map(s => `${path.basename(s.source)} -> ${s.target}`)

test.each([
  [
    'the top level: <action>.sh',
    ['post-link.sh', 'pre-unlink.sh', 'foo-post-link.sh'],
    { name: 'foo' },
    ['post-link.sh -> bin/.foo-post-link.sh', 'pre-unlink.sh -> bin/.foo-pre-unlink.sh']
  ],
  [
    'the top level on Windows: <action>.bat into Scripts/',
    ['post-link.bat', 'post-link.sh'],
    { name: 'foo', windows: true },
    ['post-link.bat -> Scripts/.foo-post-link.bat']
  ],
  [
    "an output: <name>-<action>.sh, not the top level's",
    ['post-link.sh', 'libfoo-post-link.sh'],
    { name: 'libfoo', outputBuild: {} },
    ['libfoo-post-link.sh -> bin/.libfoo-post-link.sh']
  ],
  [
    'an output naming its script in build/',
    ['shared-pre-link.sh', 'libfoo-pre-link.sh'],
    { name: 'libfoo', outputBuild: { 'pre-link': 'shared-pre-link' } },
    ['shared-pre-link.sh -> bin/.libfoo-pre-link.sh']
  ],
  ['none', ['build.sh'], { name: 'foo' }, []]
])('%s', (_what, files, o, want) => {
  expect(found(recipe(files), o)).toEqual(want)
})

test('a script named outside the recipe folder is refused, naming the package and the action', () => {
  const dir = recipe([])
  fs.writeFileSync(path.join(path.dirname(dir), 'evil-post-link.sh'), 'echo\n')
  try {
    expect(() => found(dir, { name: 'x', outputBuild: { 'post-link': '../evil-post-link' } })).toThrow(
      /the post-link script of x: '\.\.\/evil-post-link\.sh' is outside the recipe folder/
    )
  } finally {
    fs.rmSync(path.join(path.dirname(dir), 'evil-post-link.sh'))
  }
})

test('a link in the recipe folder leading out is refused', () => {
  const dir = recipe([])
  const outside = tempDir('bw-link-scripts-out-')
  fs.writeFileSync(path.join(outside, 'x.sh'), 'echo\n')
  fs.symlinkSync(path.join(outside, 'x.sh'), path.join(dir, 'post-link.sh'))
  expect(() => found(dir, { name: 'x' })).toThrow(/post-link script of x: 'post-link\.sh' resolves \(through a symbolic link\)/)
})

test('installed into the prefix, mode 0775, the same bytes', () => {
  const dir = recipe(['post-link.sh'])
  const prefix = tempDir('bw-link-scripts-prefix-')
  expect(installLinkScripts(prefix, { recipeDir: dir, name: 'foo', windows: false })).toEqual(['bin/.foo-post-link.sh'])
  const dest = path.join(prefix, 'bin', '.foo-post-link.sh')
  expect(fs.readFileSync(dest, 'utf8')).toBe('echo post-link.sh\n')
  expect(fs.statSync(dest).mode & 0o777).toBe(0o775)
  expect(fs.readdirSync(path.join(prefix, 'bin'))).toEqual(['.foo-post-link.sh'])
})
