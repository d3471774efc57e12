/**
 * Files a build script writes into $PREFIX/info/ end up where conda-build keeps them: in the package's
 * info/ (never in its payload or paths.json), with the files the builder generates (index.json...)
 * winning over a file of the same name.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildRecipe } from '../../../src/conda/builder/build.js'
import { extractPackage } from '../../../src/conda/env/package.js'
import { requireTool } from '../../support/requirements.js'
import { recipe, tmp } from '../helpers.js'
import { localBuild } from './options.js'

const bash = requireTool('bash')

bash.test('$PREFIX/info/ files are kept in the package info/, generated ones win', async () => {
  const dir = tmp('conda-prefix-info-')
  const r = recipe({
    'meta.yaml': 'package:\n  name: infokeep\n  version: "1"\nbuild:\n  noarch: generic\n',
    'build.sh': [
      'mkdir -p "$PREFIX/info/extra" "$PREFIX/share"',
      'echo kept > "$PREFIX/info/custom.txt"',
      'echo nested > "$PREFIX/info/extra/notes.txt"',
      'echo "{}" > "$PREFIX/info/index.json"',
      'echo payload > "$PREFIX/share/infokeep.txt"',
      ''
    ].join('\n')
  })
  const got = await buildRecipe(localBuild(dir, { recipe: r }))
  const x = path.join(tmp('conda-prefix-info-x-'), 'p')
  await extractPackage(got.packages[0].path, x)
  expect(fs.readFileSync(path.join(x, 'info', 'custom.txt'), 'utf8')).toBe('kept\n')
  expect(fs.readFileSync(path.join(x, 'info', 'extra', 'notes.txt'), 'utf8')).toBe('nested\n')
  expect(JSON.parse(fs.readFileSync(path.join(x, 'info', 'index.json'), 'utf8'))).toMatchObject({ name: 'infokeep', version: '1' })
  const paths = JSON.parse(fs.readFileSync(path.join(x, 'info', 'paths.json'), 'utf8')) as { paths: Array<{ _path: string }> }
  expect(paths.paths.map(p => p._path)).toEqual(['share/infokeep.txt'])
})
