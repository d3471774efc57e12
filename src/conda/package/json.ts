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

/**
 * The text of Python's `json.dump(v, f, indent=2[, sort_keys=True])`, as conda-build writes info/about.json
 * and info/hash_input.json: two-space indent, `": "` between key and value, no newline at the end, and
 * (ensure_ascii, the default) every character past U+007F escaped as `\uXXXX` in lowercase hex, one escape
 * per UTF-16 unit, as Python does for characters outside the BMP. Without `sortKeys` the keys keep their order.
 */
export function pythonJsonDump(v: unknown, o: { sortKeys: boolean }): string {
  const text = JSON.stringify(o.sortKeys ? sortKeys(v) : v, null, 2)
  return text.replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
