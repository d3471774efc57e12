/** Typed errors of the ELF pieces (reader, dependency tree, patchelf edits). Each carries a stable `code`. */

export type ElfErrorCode =
  | 'NOT_ELF' // no ELF magic: not an ELF file at all
  | 'BAD_CLASS' // EI_CLASS is neither ELFCLASS32 nor ELFCLASS64
  | 'BAD_ENDIAN' // EI_DATA is neither little nor big endian
  | 'BAD_HEADER' // header fields that cannot be right (entry sizes, counts)
  | 'TRUNCATED' // a table or string points past the end of the file
  | 'BAD_STRING' // a string offset outside its string table, or no terminating NUL
  | 'LOOP' // a linked list in the file (version needs/defs) does not terminate

/** A malformed, truncated or non-ELF file given to the ELF reader. */
export class ElfError extends Error {
  override name = 'ElfError'
  constructor(
    readonly code: ElfErrorCode,
    message: string
  ) {
    super(message)
  }
}

export type PatchelfErrorCode =
  | 'NOT_FOUND' // no patchelf program to run
  | 'FAILED' // patchelf ran and failed on a file

/** An ELF edit through patchelf that could not be made (wheel repair, conda post-processing). */
export class PatchelfError extends Error {
  override name = 'PatchelfError'
  constructor(
    readonly code: PatchelfErrorCode,
    message: string
  ) {
    super(message)
  }
}
