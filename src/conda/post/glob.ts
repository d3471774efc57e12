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

/**
 * Python's fnmatch, as conda-build matches build/skip_compile_pyc: `*` and `?` also match `/`,
 * `[seq]` and `[!seq]` are character classes; the whole path must match.
 */
export function fnmatch(rel: string, pattern: string): boolean {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    const close = c === '[' ? pattern.indexOf(']', i + 2) : -1
    if (c === '*') re += '.*'
    else if (c === '?') re += '.'
    else if (close > 0) {
      const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\')
      re += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`
      i = close
    } else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`, 's').test(rel)
}
