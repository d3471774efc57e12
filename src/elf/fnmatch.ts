/**
 * Shell-style patterns as Python's fnmatch and POSIX glob read them: `*`, `?`, `[abc]`, `[!abc]`,
 * `[a-z]`. Used for `--exclude` (matched against sonames and library paths) and for the
 * `include` lines of /etc/ld.so.conf.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'

const cache = new Map<string, RegExp>()

export function patternToRegExp(pattern: string): RegExp {
  const hit = cache.get(pattern)
  if (hit) return hit
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*') re += '.*'
    else if (c === '?') re += '.'
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2)
      if (close < 0) {
        re += '\\['
        continue
      }
      let body = pattern.slice(i + 1, close)
      const negate = body.startsWith('!')
      if (negate) body = body.slice(1)
      re += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\^/g, '\\^')}]`
      i = close
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&')
  }
  const out = new RegExp(`^${re}$`, 's')
  cache.set(pattern, out)
  return out
}

export function fnmatch(name: string, pattern: string): boolean {
  return patternToRegExp(pattern).test(name)
}

export function matchesAny(name: string, patterns: readonly string[]): boolean {
  return patterns.some(p => fnmatch(name, p))
}

/** Expand an absolute glob (wildcards in any component); sorted, existing paths only. */
export function glob(pattern: string): string[] {
  const parts = pattern.split('/').filter(p => p !== '')
  let found = [pattern.startsWith('/') ? '/' : '.']
  for (const part of parts) {
    const next: string[] = []
    for (const dir of found) {
      if (!/[*?[]/.test(part)) {
        const p = path.join(dir, part)
        if (fs.existsSync(p)) next.push(p)
        continue
      }
      let names: string[]
      try {
        names = fs.readdirSync(dir)
      } catch {
        continue
      }
      for (const n of names.sort()) if (!n.startsWith('.') && fnmatch(n, part)) next.push(path.join(dir, n))
    }
    found = next
  }
  return found
}
