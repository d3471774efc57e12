/** `verify`: what to do with a record that has neither sha256 nor md5 (its download can be checked by size only). */
export const VERIFY_MODES = ['warn', 'strict'] as const
export type VerifyMode = (typeof VERIFY_MODES)[number]
