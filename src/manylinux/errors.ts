/**
 * Typed errors of the wheel auditor. Each carries a stable `code` callers can branch on. Archives
 * that cannot be read throw ArchiveError (src/archive/errors.ts), which names the member at fault.
 */

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

export type AuditErrorCode =
  | 'NOT_PLATFORM_WHEEL' // pure wheel, or no ELF file of a usable architecture
  | 'BAD_WHEEL' // no .dist-info, unparsable name (an unreadable archive is an ArchiveError)
  | 'BAD_ELF' // an ELF member that cannot be read
  | 'PURELIB_ELF' // shared libraries in the purelib folder
  | 'BAD_ARGUMENT' // an unknown policy name, an architecture that does not match the wheel

/** The wheel cannot be audited. */
export class AuditError extends Error {
  override name = 'AuditError'
  constructor(
    readonly code: AuditErrorCode,
    message: string
  ) {
    super(message)
  }
}

export type RepairErrorCode =
  | 'TOO_RECENT' // versioned symbols newer than the requested policy allows
  | 'BLACKLIST' // symbols the requested policy black-lists
  | 'UCS2' // built against a narrow-unicode Python 2
  | 'PYFPE' // references PyFPE_jbuf
  | 'ISA' // needs instruction-set extensions above the baseline
  | 'LIB_NOT_FOUND' // an external library that cannot be located for grafting
  | 'PATCHELF' // patchelf missing or failing

/** The wheel cannot be repaired to the tag asked for; `details` names what stands in the way. */
export class RepairError extends Error {
  override name = 'RepairError'
  constructor(
    readonly code: RepairErrorCode,
    message: string,
    readonly details: string[] = []
  ) {
    super(details.length ? `${message}\n${details.map(d => `  - ${d}`).join('\n')}` : message)
  }
}
