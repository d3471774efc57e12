/** The package formats this suite writes and their compression levels (no code: read by the inputs). */
export const PACKAGE_FORMATS = ['conda', 'tar.bz2'] as const
export type PackageFormat = (typeof PACKAGE_FORMATS)[number]

/** Accepted levels and the default of each format (conda-build: zstd 19, bzip2 9). */
export const LEVELS: Readonly<Record<PackageFormat, { min: number; max: number; default: number }>> = {
  conda: { min: 1, max: 22, default: 19 },
  'tar.bz2': { min: 1, max: 9, default: 9 }
}
