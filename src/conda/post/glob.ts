/** Path globs as recipes use them (build/binary_relocation, always_include_files...): `**`, `*`, `?`. */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** Whether `rel` matches any of the globs. */
export function matchesAny(rel: string, globs: readonly string[]): boolean {
  return globs.some(g => globToRegExp(g).test(rel))
}
