/** The options of a local, offline build into `dir` (out/, w/, cache/, src/), with a fixed SOURCE_DATE_EPOCH; `over` wins. */
import * as path from 'node:path'
import type { BuildOptions } from '../../../src/conda/builder/build.js'

export function localBuild(dir: string, over: Partial<BuildOptions> & Pick<BuildOptions, 'recipe'>): BuildOptions {
  return {
    outputDir: path.join(dir, 'out'),
    channels: [],
    format: 'conda',
    test: false,
    keepWork: false,
    croot: path.join(dir, 'w'),
    cacheDir: path.join(dir, 'cache'),
    sourceCacheDir: path.join(dir, 'src'),
    sourceDateEpoch: '1700000000',
    ...over
  }
}
