/**
 * conda-build's fix_shebang for files under bin/: a text file whose first line is a `#!` naming a
 * python[w] interpreter (any path, `env python3`...) is pointed at `<prefix>/bin/<that python>`; the
 * rest of the line (flags) is kept. Binaries, symlinks and empty files are left alone.
 */
const SHEBANG = /^#!\s*(\S*?\/)?(?:env\s+)?(python[w]?[0-9.]*)([ \t][^\n]*)?$/

/** The rewritten file, or null when it has no python shebang. */
export function fixPythonShebang(data: Buffer, prefix: string): Buffer | null {
  if (data.length < 2 || data[0] !== 0x23 || data[1] !== 0x21 || data.includes(0)) return null
  const nl = data.indexOf(0x0a)
  const first = data
    .subarray(0, nl < 0 ? data.length : nl)
    .toString('utf8')
    .replace(/\r$/, '')
  const m = SHEBANG.exec(first.replace(/^#!\s*\/usr\/bin\/env\s+/, '#!'))
  if (!m) return null
  const line = `#!${prefix}/bin/${m[2]}${m[3] ?? ''}`
  if (line === first) return null
  return Buffer.concat([Buffer.from(line), nl < 0 ? Buffer.alloc(0) : data.subarray(nl)])
}
