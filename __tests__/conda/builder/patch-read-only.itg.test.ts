/**
 * conda-build's metadata/patch-read-only, for a build run as root: its script checks with `test ! -w somefile`
 * that the read-only file of the source tarball (-r--r--r--) is still read-only once both patches are
 * applied, which root's `-w` (always true) cannot tell. The corpus row is out of scope for that reason
 * when the tests run as root; here the same recipe is built with that line checking the mode bits
 * instead, so the property it tests holds for every user: patched, and no write bit added.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildRecipe } from '../../../src/conda/builder/build.js'
import { all, requireSharedData, requireTool, sharedData } from '../../support/requirements.js'
import { tmp } from '../helpers.js'
import { localBuild } from './options.js'

const FOLDER = path.join(sharedData, 'conda-build', 'tests', 'test-recipes', 'metadata', 'patch-read-only')

all(requireSharedData(), requireTool('bash'), requireTool('patch')).describe("conda-build's patch-read-only, its read-only check made for any user", () => {
  test('both patches apply to the read-only file, which stays read-only for owner, group and others', async () => {
    const copy = path.join(tmp('patch-ro-recipe-'), 'patch-read-only')
    fs.cpSync(FOLDER, copy, { recursive: true })
    const meta = fs.readFileSync(path.join(copy, 'meta.yaml'), 'utf8')
    expect(meta).toContain('test \\! -w somefile  # [not win]')
    // no write bit for anyone: what `test ! -w` says for a user other than root
    fs.writeFileSync(path.join(copy, 'meta.yaml'), meta.replace('test \\! -w somefile', 'test -z "$(find somefile -perm /222)"'))
    const dir = tmp('patch-ro-')
    const r = await buildRecipe(localBuild(dir, { recipe: copy, log: () => {}, warn: () => {} }))
    expect(r.packages.map(p => `${p.name}-${p.version}-${p.build}`)).toEqual(['test_patch_read_only-1.0-0'])
  }, 120_000)

  test('the check fails when a write bit is there (so the test above could fail)', async () => {
    const copy = path.join(tmp('patch-ro-recipe-'), 'patch-read-only')
    fs.cpSync(FOLDER, copy, { recursive: true })
    const meta = fs.readFileSync(path.join(copy, 'meta.yaml'), 'utf8')
    fs.writeFileSync(path.join(copy, 'meta.yaml'), meta.replace('test \\! -w somefile', 'chmod u+w somefile && test -z "$(find somefile -perm /222)"'))
    const dir = tmp('patch-ro-')
    await expect(buildRecipe(localBuild(dir, { recipe: copy, log: () => {}, warn: () => {} }))).rejects.toThrow(/build\/script failed with exit code 1/)
  }, 120_000)
})
