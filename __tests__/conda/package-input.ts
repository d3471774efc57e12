/** The InfoInput of a build whose payload is `rels` under `prefix`: no recipe files, no tests (for the packager's tests). */
import * as path from 'node:path'
import type { InfoInput } from '../../src/conda/package/info.js'
import { recipe } from './helpers.js'

export function infoFor(prefix: string, rels: readonly string[]): InfoInput {
  const recipeDir = recipe({ 'meta.yaml': 'package: {name: p, version: "1"}\n' })
  return {
    variant: {
      name: 'p',
      version: '1',
      buildNumber: 0,
      buildString: '0',
      subdir: 'linux-64',
      meta: { build: { include_recipe: false }, about: { license: 'MIT' } },
      variant: {},
      hashInput: {}
    } as unknown as InfoInput['variant'],
    recipeDir,
    recipeFile: path.join(recipeDir, 'meta.yaml'),
    srcDir: prefix,
    depends: [],
    constrains: [],
    timestamp: 1700000000000,
    files: rels.map(rel => ({ rel, abs: path.join(prefix, rel) })),
    prefixHits: [],
    entryPoints: [],
    channels: []
  }
}
