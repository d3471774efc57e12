/**
 * Wheel audit and repair for manylinux / musllinux (and Android) tags, without Python: the policy
 * table, `show`, `repair`, and the final check that a wheel's name claims no more than its binaries
 * allow. The ELF reader, the loader-like dependency tree and the patchelf edits live in src/elf/.
 */
export { readElf, machineName, type ElfInfo, type ElfSymbol, type VersionNeed, type ReadElfOptions } from '../elf/elf.js'
export { ElfError, PatchelfError, type ElfErrorCode, type PatchelfErrorCode } from '../elf/errors.js'
export { AuditError, RepairError, type AuditErrorCode, type RepairErrorCode } from './errors.js'
export { ArchiveError, type ArchiveErrorCode } from '../archive/errors.js'
export { analyzeWheel, type WheelAudit, type Reason, type AnalyzeOptions } from './audit.js'
export { formatAudit, formatReason } from './format.js'
export { repairWheel, type RepairOptions, type RepairResult, type Grafted } from './repair.js'
export { auditCommand, AUDIT_USAGE } from './cli.js'
export { checkWheelTag, checkAudit, type TagCheck } from './check.js'
export { policySet, knownPolicyBases, type Libc, type Policy, type PolicySet } from './policies.js'
export { lddtree, systemLdPaths, type ElfTree, type LdPaths } from '../elf/lddtree.js'
export { patchelfVersion } from '../elf/patchelf.js'
export { parseWheelName, addPlatforms, type WheelName } from './tags.js'
