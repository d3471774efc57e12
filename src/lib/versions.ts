/** Dotted version numbers compared number by number (`2.2.5` before `2.17`; `3.13t` is 3.13). Pure. */

function versionKey(v: string): number[] {
  return v
    .split(/[^\d]+/)
    .filter(Boolean)
    .map(Number)
}

/** Negative, zero or positive as a is older than, the same as, or newer than b; missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const x = versionKey(a)
  const y = versionKey(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
