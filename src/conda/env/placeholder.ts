/**
 * Prefix placeholders as conda replaces them when it links a file (pure functions over bytes):
 * text files get every occurrence replaced; binary files get each NUL-terminated string that holds
 * the placeholder rewritten and NUL-padded in place, so the file keeps its size (a prefix longer
 * than the placeholder cannot fit: PaddingError); a shebang that became too long for the kernel, or
 * holds a space, is rewritten to `#!/usr/bin/env <program>`.
 */

/** Linux reads at most this much of a `#!` line (conda uses 127 on Linux, 512 elsewhere). */
export const MAX_SHEBANG = 127

export class PaddingError extends Error {
  override name = 'PaddingError'
}

function indexes(buf: Buffer, needle: Buffer, from = 0, to = buf.length): number[] {
  const out: number[] = []
  for (let i = buf.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = buf.indexOf(needle, i + needle.length)) out.push(i)
  return out
}

/** Every occurrence of `placeholder` replaced by `prefix`. */
export function replaceText(data: Buffer, placeholder: string, prefix: string): Buffer {
  const ph = Buffer.from(placeholder)
  const at = indexes(data, ph)
  if (at.length === 0) return data
  const to = Buffer.from(prefix)
  const parts: Buffer[] = []
  let last = 0
  for (const i of at) {
    parts.push(data.subarray(last, i), to)
    last = i + ph.length
  }
  parts.push(data.subarray(last))
  return Buffer.concat(parts)
}

/**
 * Each C string (up to its NUL) that starts where the placeholder occurs gets every placeholder in
 * it replaced and is padded with NULs to its old length. Returns a new buffer of the same size.
 */
export function replaceBinary(data: Buffer, placeholder: string, prefix: string): Buffer {
  const ph = Buffer.from(placeholder)
  const to = Buffer.from(prefix)
  if (to.length > ph.length && data.includes(ph))
    throw new PaddingError(
      `the prefix is ${to.length} bytes long but the placeholder in this binary file holds ${ph.length}; ` +
        `install into a prefix of at most ${ph.length} bytes (conda-build pads its host prefix to 255 for this)`
    )
  const out = Buffer.from(data)
  let i = data.indexOf(ph)
  while (i >= 0) {
    const nul = data.indexOf(0, i)
    if (nul < 0) break // not a C string: conda leaves it as it is
    const segment = data.subarray(i, nul)
    const replaced = replaceText(segment, placeholder, prefix)
    replaced.copy(out, i)
    out.fill(0, i + replaced.length, nul)
    i = data.indexOf(ph, nul)
  }
  return out
}

/**
 * The first line rewritten to `#!/usr/bin/env <program> <args>` when it is longer than the kernel
 * reads, or when its interpreter (under `prefix`) holds a space; otherwise the data unchanged.
 */
export function fixShebang(data: Buffer, prefix: string, max = MAX_SHEBANG): Buffer {
  if (data[0] !== 0x23 || data[1] !== 0x21) return data
  let end = data.indexOf(0x0a)
  if (end < 0) end = data.length
  const line = data.subarray(0, end).toString('utf8')
  let interpreter: string
  let rest: string
  const body = line.slice(2).replace(/^ +/, '')
  if (prefix && body.startsWith(`${prefix}/`)) {
    const tail = /^[^ \t\r]*/.exec(body.slice(prefix.length))?.[0] ?? ''
    interpreter = prefix + tail
    rest = body.slice(interpreter.length)
  } else {
    interpreter = /^[^ \t\r]*/.exec(body)?.[0] ?? ''
    rest = body.slice(interpreter.length)
  }
  const tooLong = Buffer.byteLength(line) > max
  if (!interpreter.startsWith('/') || (!tooLong && !interpreter.includes(' '))) return data
  const program = interpreter.slice(interpreter.lastIndexOf('/') + 1)
  return Buffer.concat([Buffer.from(`#!/usr/bin/env ${program}${rest}`), data.subarray(end)])
}
