/**
 * The flags `conda create` and `conda build` share for what may run and what is trusted:
 * `--allow-package-scripts` / `--no-allow-package-scripts` (the input allow-package-scripts),
 * `--verify warn|strict` (the input verify) and, for builds, `--timeout MIN` (the input timeout).
 * Declared once here; each command spreads the options into its own table.
 */
import { DEFAULT_TIMEOUT_MINUTES } from '../lib/inputs.js'
export { parseTimeoutMinutes } from '../lib/inputs.js'
import { VERIFY_MODES, type VerifyMode } from './env/verify-mode.js'

export const PACKAGE_SCRIPT_OPTIONS = {
  'allow-package-scripts': { type: 'boolean' },
  'no-allow-package-scripts': { type: 'boolean' }
} as const

export const TIMEOUT_OPTIONS = { timeout: { type: 'string' } } as const

export const VERIFY_OPTIONS = { verify: { type: 'string' } } as const

export const VERIFY_USAGE = `  --verify MODE            packages whose repodata has neither sha256 nor md5: warn (the default) uses
                           them with a warning, strict refuses them`

/** `verify` from the flag's or input's text: the mode, or a problem when it is not one of them. */
export function parseVerify(raw: string): { mode: VerifyMode; problem?: undefined } | { mode?: undefined; problem: string } {
  const text = raw.trim() || 'warn'
  const mode = VERIFY_MODES.find(m => m === text)
  return mode ? { mode } : { problem: `'${raw}' is not accepted; accepted: ${VERIFY_MODES.join(', ')}` }
}

export const PACKAGE_SCRIPTS_USAGE = `  --no-allow-package-scripts  refuse channel packages that have link scripts (pre-link, post-link,
                           pre-unlink): the install fails naming them; --allow-package-scripts (the
                           default, as conda) runs them`

export const TIMEOUT_USAGE = `  --timeout MIN            minutes the build script and each test may run (default ${DEFAULT_TIMEOUT_MINUTES}); past it
                           the script's whole process group is killed and the package fails`

/** allow-package-scripts from the two flags (true unless refused); a problem text when both are given. */
export function packageScriptsFlag(values: { 'allow-package-scripts'?: boolean; 'no-allow-package-scripts'?: boolean }): boolean | string {
  if (values['allow-package-scripts'] && values['no-allow-package-scripts']) return 'give --allow-package-scripts or --no-allow-package-scripts, not both'
  return !values['no-allow-package-scripts']
}
