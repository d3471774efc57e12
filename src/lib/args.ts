/**
 * Argument lists given as text (make-args, pip-args). Never handed to a shell: each item becomes one
 * argv element. Several lines: one argument per line (so an argument may hold spaces);
 * one line: arguments separated by whitespace.
 */
export function parseArgs(raw: string): string[] {
  const text = raw.trim()
  if (text === '') return []
  if (text.includes('\n'))
    return text
      .split('\n')
      .map(l => l.trim())
      .filter(Boolean)
  return text.split(/\s+/)
}
