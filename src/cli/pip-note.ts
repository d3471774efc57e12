/**
 * Why a wheel build may sit silent: pip retries an index it cannot reach (5 retries with backoff,
 * about 20 s) in every isolated build, where it installs the build requirements. `--retries` in
 * pip-args does not reach that inner pip; PIP_RETRIES (the environment) and an index URL do. One
 * line before the wheel phase says so, unless PIP_RETRIES is set.
 */
export function pipRetriesNote(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.PIP_RETRIES !== undefined) return undefined
  return (
    'note: pip retries an unreachable package index for about 20 s in each isolated build; ' +
    'PIP_RETRIES=0 makes it fail at once, --pip-args "--index-url URL" points it at another index\n'
  )
}
