/** JSON as conda-build writes its metadata: keys sorted at every level, two-space indent. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k])
    return out
  }
  return v
}

export function sortedJson(v: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(v), null, indent)
}
