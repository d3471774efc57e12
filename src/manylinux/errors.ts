/**
 * Typed errors of the wheel auditor. Each carries a stable `code` callers can branch on. Archives
 * that cannot be read throw ArchiveError (src/archive/errors.ts), which names the member at fault;
 * ELF files that cannot be read throw ElfError, and failed patchelf edits PatchelfError (src/elf/errors.ts).
 */

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
