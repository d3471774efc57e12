/**
 * File names as bytes. Linux names are bytes, not text: a make rule or a build script can write a
 * name that is not UTF-8, and node hands such a name over as a string with U+FFFD in place of the
 * bad bytes, which then names no file (ENOENT). Folders are read as bytes (`encoding: 'buffer'`)
 * and a name that is not UTF-8 is shown escaped: printable ASCII as it is, a backslash doubled,
 * every other byte as \xNN, so two different names never show the same.
 */
import { isUtf8 } from 'node:buffer'

/** A name's bytes for a person to read (see the module's comment); one-to-one. */
export function escapeBytes(name: Uint8Array): string {
  let out = ''
  for (const b of name) {
    if (b === 0x5c) out += '\\\\'
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b)
    else out += `\\x${b.toString(16).padStart(2, '0')}`
  }
  return out
}

/** The name as a string when it is UTF-8, else undefined. */
export function utf8Name(name: Uint8Array): string | undefined {
  return isUtf8(name) ? Buffer.from(name).toString('utf8') : undefined
}

/** The name as text: itself when it is UTF-8, else escaped. */
export function nameText(name: Uint8Array): string {
  return utf8Name(name) ?? escapeBytes(name)
}

/** A string node made from a name that was not UTF-8 (it holds U+FFFD): it does not name the file. */
export function looksMangled(name: string): boolean {
  return name.includes('\uFFFD')
}
