/**
 * The outputs of the building actions, declared once: the code sets them by these names, and
 * __tests__/metadata/declarations.test.ts checks each list against the action's action.yml.
 */
export const MONTAGE_OUTPUTS = {
  cacheHit: 'cache-hit',
  cacheKey: 'cache-key',
  executables: 'executables',
  executablesTag: 'executables-tag',
  executablesSha256: 'executables-sha256',
  executablesArtifactId: 'executables-artifact-id'
} as const

export const WHEEL_OUTPUTS = {
  wheels: 'wheels',
  matrix: 'matrix',
  wheelDir: 'wheel-dir',
  artifactId: 'artifact-id',
  plan: 'plan'
} as const

/** The conda-recipe action's. */
export const CONDA_OUTPUTS = {
  rendered: 'rendered',
  packages: 'packages',
  channel: 'channel',
  artifactId: 'artifact-id',
  matrix: 'matrix',
  plan: 'plan'
} as const

/** The root action (the whole pipeline) sets both. */
export const PIPELINE_OUTPUTS = { ...MONTAGE_OUTPUTS, ...WHEEL_OUTPUTS } as const
