/**
 * Files a build script writes into $PREFIX/info/ are payload, as conda-build makes them: listed in info/files
 * and paths.json, stored with the package's info/ (the .conda's info part, the .tar.bz2's info/ entries) and
 * installed into a prefix; a file at a name of the package's own metadata (index.json, recipe/...) is refused
 * before packaging.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildRecipe, BuildFailure } from '../../../src/conda/builder/build.js'
import { createEnvironment } from '../../../src/conda/env/create.js'
import { extractPackage } from '../../../src/conda/env/package.js'
import type { PackageFormat } from '../../../src/conda/package/write.js'
import { requireTool } from '../../support/requirements.js'
import { recipe, tmp } from '../helpers.js'
import { localBuild } from './options.js'

const bash = requireTool('bash')

const META = 'package:\n  name: infokeep\n  version: "1"\nbuild:\n  noarch: generic\n'

const buildSh = (more: string[] = []): string =>
  [
    'mkdir -p "$PREFIX/info/extra" "$PREFIX/share"',
    'echo kept > "$PREFIX/info/custom.txt"',
    'echo nested > "$PREFIX/info/extra/notes.txt"',
    'echo payload > "$PREFIX/share/infokeep.txt"',
    ...more,
    ''
  ].join('\n')

const formats: PackageFormat[] = ['conda', 'tar.bz2']

bash.describe('$PREFIX/info/ files', () => {
  test.each(formats)('are payload of the .%s package and installed into a prefix', async format => {
    const dir = tmp('conda-prefix-info-')
    const r = recipe({ 'meta.yaml': META, 'build.sh': buildSh() })
    const got = await buildRecipe(localBuild(dir, { recipe: r, format }))
    const x = path.join(tmp('conda-prefix-info-x-'), 'p')
    await extractPackage(got.packages[0].path, x)
    const paths = JSON.parse(fs.readFileSync(path.join(x, 'info', 'paths.json'), 'utf8')) as { paths: Array<{ _path: string; sha256: string }> }
    expect(paths.paths.map(p => p._path)).toEqual(['info/custom.txt', 'info/extra/notes.txt', 'share/infokeep.txt'])
    expect(fs.readFileSync(path.join(x, 'info', 'files'), 'utf8')).toBe('info/custom.txt\ninfo/extra/notes.txt\nshare/infokeep.txt\n')
    expect(JSON.parse(fs.readFileSync(path.join(x, 'info', 'index.json'), 'utf8'))).toMatchObject({ name: 'infokeep', version: '1' })

    // installed as conda installs it: every paths.json entry linked from the extracted package
    const prefix = path.join(dir, 'env')
    await createEnvironment({ prefix, channels: [path.join(dir, 'out')], specs: ['infokeep'], cacheDir: path.join(dir, 'cache'), log: () => {} })
    expect(fs.readFileSync(path.join(prefix, 'info', 'custom.txt'), 'utf8')).toBe('kept\n')
    expect(fs.readFileSync(path.join(prefix, 'info', 'extra', 'notes.txt'), 'utf8')).toBe('nested\n')
    expect(fs.existsSync(path.join(prefix, 'info', 'index.json'))).toBe(false)
  })

  test('at a metadata name of info/ are refused, naming the file and what to do', async () => {
    const dir = tmp('conda-prefix-info-')
    const r = recipe({ 'meta.yaml': META, 'build.sh': buildSh(['echo "{}" > "$PREFIX/info/index.json"']) })
    const e = await buildRecipe(localBuild(dir, { recipe: r })).then(
      () => undefined,
      (x: unknown) => x
    )
    expect(e).toBeInstanceOf(BuildFailure)
    expect((e as Error).message).toMatch(
      /infokeep-1-0: the build wrote \$PREFIX\/info\/index\.json, where the package's own metadata goes .*under another name/
    )
    expect(fs.existsSync(path.join(dir, 'out', 'noarch'))).toBe(false)
  })
})
