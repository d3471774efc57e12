/**
 * index.json and about.json fields conda-build writes from the recipe: features and track_features as
 * space-joined strings, provides_features and requires_features as the mappings the recipe gives,
 * about/license_file kept in about.json (and the file copied to info/licenses/).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { indexJson, writeInfo, type InfoInput } from '../../src/conda/package/info.js'
import { tmp } from './helpers.js'
import { infoFor } from './package-input.js'

function withMeta(meta: Record<string, unknown>): InfoInput {
  const base = infoFor(tmp('info-fields-'), [])
  return { ...base, variant: { ...base.variant, meta: { build: { include_recipe: false }, ...meta } } }
}

describe('index.json', () => {
  test.each([
    ['no features', {}, {}],
    [
      'features and track_features: space-joined',
      { features: ['blas_mkl', 'debug'], track_features: 'debug' },
      { features: 'blas_mkl debug', track_features: 'debug' }
    ],
    ['provides_features: the mapping', { provides_features: { blas: 'mkl' } }, { provides_features: { blas: 'mkl' } }],
    ['requires_features: the mapping', { requires_features: { blas: 'openblas', x: 'y' } }, { requires_features: { blas: 'openblas', x: 'y' } }],
    ['an empty mapping or a list is left out', { provides_features: {}, requires_features: ['blas'] }, {}]
  ])('%s', (_what, build, want) => {
    const index = indexJson(withMeta({ build: { include_recipe: false, ...build } }))
    const keys = ['features', 'track_features', 'provides_features', 'requires_features']
    expect(Object.fromEntries(Object.entries(index).filter(([k]) => keys.includes(k)))).toEqual(want)
  })
})

describe('about.json', () => {
  test('license_file kept as the recipe gives it, and the file copied into info/licenses/', () => {
    const i = withMeta({ about: { license: 'MIT', license_file: ['LICENSE', 'NOTICE.txt'], summary: 's' } })
    fs.writeFileSync(path.join(i.srcDir, 'LICENSE'), 'MIT text\n')
    fs.writeFileSync(path.join(i.recipeDir, 'NOTICE.txt'), 'notice\n')
    const stage = tmp('info-fields-stage-')
    const written = writeInfo(stage, i, new Map())
    const about = JSON.parse(fs.readFileSync(path.join(stage, 'info', 'about.json'), 'utf8'))
    expect(about).toMatchObject({ license: 'MIT', license_file: ['LICENSE', 'NOTICE.txt'], summary: 's' })
    expect(written).toEqual(expect.arrayContaining(['info/licenses/LICENSE', 'info/licenses/NOTICE.txt']))
  })
})
