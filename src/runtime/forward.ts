/** Host variables every container gets: the Actions runtime, so tools inside can reach the cache (as sccache's GHA backend does). */
export const FORWARDED_ENV = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'GITHUB_ACTIONS',
  'CI'
] as const

/** The forwarded variables that are set, plus `names` taken from the host and `assignments` given outright. */
export function containerEnv(
  hostEnv: NodeJS.ProcessEnv,
  names: readonly string[] = [],
  assignments: Readonly<Record<string, string>> = {}
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const n of [...FORWARDED_ENV, ...names]) {
    const v = hostEnv[n]
    if (v !== undefined) out[n] = v
  }
  return { ...out, ...assignments }
}
