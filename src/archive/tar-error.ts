/** The errors of the archive readers that run through an archive member by member: which archive, which member. */

/** `archive: member 'm': message`, the member's name printable. */
export class MemberError extends Error {
  constructor(
    readonly archive: string,
    message: string,
    /** The member at fault, when one is. */
    readonly member?: string
  ) {
    super(`${archive}: ${member !== undefined ? `member '${printable(member)}': ` : ''}${message}`)
  }
}

/** The error of the tar reader (and of the decompressors in front of it). */
export class TarError extends MemberError {
  override name = 'TarError'
}

export function printable(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  return name.replace(/[\0-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
