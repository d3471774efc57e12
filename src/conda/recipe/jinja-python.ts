/**
 * Python's string methods for templates: recipes written for Jinja2 call `version.split('.')`,
 * `name.replace('-', '_')` (every occurrence, unlike JavaScript's), `x.startswith('3')`, `s.lower()`.
 * nunjucks looks members up through `runtime.memberLookup`; strings get these methods there.
 */
import nunjucks from 'nunjucks'

type Lookup = (obj: unknown, key: unknown, autoescape?: boolean) => unknown

function splitPy(s: string, sep?: unknown, max?: unknown, right = false): string[] {
  const limit = typeof max === 'number' && max >= 0 ? max : Infinity
  const parts = sep === undefined || sep === null ? s.trim().split(/\s+/).filter(Boolean) : s.split(String(sep))
  const glue = sep === undefined || sep === null ? ' ' : String(sep)
  if (limit >= parts.length - 1) return parts
  return right
    ? [parts.slice(0, parts.length - limit).join(glue), ...parts.slice(parts.length - limit)]
    : [...parts.slice(0, limit), parts.slice(limit).join(glue)]
}

const stripChars = (s: string, chars: unknown, left: boolean, right: boolean): string => {
  if (chars === undefined || chars === null) return left && right ? s.trim() : left ? s.trimStart() : s.trimEnd()
  const set = new Set(String(chars))
  let a = 0
  let b = s.length
  while (left && a < b && set.has(s[a])) a++
  while (right && b > a && set.has(s[b - 1])) b--
  return s.slice(a, b)
}

const anyOf = (p: unknown): string[] => (Array.isArray(p) ? p.map(String) : [String(p)])

const STRING_METHODS: Readonly<Record<string, (s: string, ...a: unknown[]) => unknown>> = {
  split: (s, sep, max) => splitPy(s, sep, max),
  rsplit: (s, sep, max) => splitPy(s, sep, max, true),
  replace: (s, a, b, count) => {
    if (typeof count === 'number' && count >= 0) {
      let out = s
      let from = 0
      for (let i = 0; i < count; i++) {
        const at = out.indexOf(String(a), from)
        if (at < 0) break
        out = out.slice(0, at) + String(b) + out.slice(at + String(a).length)
        from = at + String(b).length
      }
      return out
    }
    return s.split(String(a)).join(String(b))
  },
  startswith: (s, p) => anyOf(p).some(x => s.startsWith(x)),
  endswith: (s, p) => anyOf(p).some(x => s.endsWith(x)),
  lower: s => s.toLowerCase(),
  upper: s => s.toUpperCase(),
  strip: (s, c) => stripChars(s, c, true, true),
  lstrip: (s, c) => stripChars(s, c, true, false),
  rstrip: (s, c) => stripChars(s, c, false, true),
  join: (s, items) => (Array.isArray(items) ? items.map(String).join(s) : String(items).split('').join(s)),
  find: (s, sub) => s.indexOf(String(sub)),
  count: (s, sub) => (String(sub) === '' ? s.length + 1 : s.split(String(sub)).length - 1),
  isdigit: s => /^\d+$/.test(s),
  zfill: (s, n) => s.padStart(Number(n), '0'),
  format: (s, ...args) => {
    let i = 0
    return s.replace(/\{(\d*)\}/g, (_, n: string) => String(args[n === '' ? i++ : Number(n)]))
  }
}

let installed = false

/** Install once per process; chains to the lookup in place (nunjucks' own, or its Jinja compatibility one). */
export function installPythonStrings(): void {
  if (installed) return
  installed = true
  const runtime = (nunjucks as unknown as { runtime: { memberLookup: Lookup } }).runtime
  const previous = runtime.memberLookup
  runtime.memberLookup = function (obj: unknown, key: unknown, autoescape?: boolean): unknown {
    if (typeof obj === 'string' && typeof key === 'string' && Object.hasOwn(STRING_METHODS, key)) {
      const m = STRING_METHODS[key]
      return (...args: unknown[]) => m(obj, ...args)
    }
    return previous.call(this, obj, key, autoescape)
  }
}
