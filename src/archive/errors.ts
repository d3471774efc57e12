/** The typed error of the archive readers: what is wrong, and which member (when one is to blame). */

export type ArchiveErrorCode =
  | 'NOT_FOUND' // the archive file does not exist
  | 'NOT_ZIP' // no end of central directory record
  | 'TRUNCATED' // a record or a member's data runs past the end of the file
  | 'CORRUPT' // bad signatures, sizes or CRC-32, data that does not inflate
  | 'UNSUPPORTED' // encryption, a compression method other than stored or deflate, sizes past 2^53
  | 'TOO_LARGE' // a member, or all members together, inflate past a limit
  | 'RATIO' // a member inflates more than the ratio limit allows
  | 'OVERLAP' // members whose data overlap each other or the central directory
  | 'BAD_NAME' // empty, `.`, `..`, absolute, a NUL byte, a component longer than 255 bytes
  | 'DUPLICATE' // two members with one name
  | 'CONFLICT' // a member that is a file and the parent of another (`x.so` beside `x.so/y`)
  | 'LINK' // a symbolic link member
  | 'SPECIAL' // a device, FIFO or socket member

export class ArchiveError extends Error {
  override name = 'ArchiveError'
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
    /** The member at fault, as the archive names it; null for the archive as a whole. */
    readonly member: string | null = null
  ) {
    super(message)
  }
}

/** A member name as it is safe to print: quoted, control characters (NUL) escaped. */
export function showName(name: string): string {
  return JSON.stringify(name)
}
