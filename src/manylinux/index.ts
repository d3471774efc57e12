/**
 * Wheel audit and repair for manylinux / musllinux (and Android) tags, without Python: an ELF
 * reader, the policy table, loader-like dependency resolution, `show`, `repair`, and the final
 * check that a wheel's name claims no more than its binaries allow.
 */
export { readElf, machineName, type ElfInfo, type ElfSymbol, type VersionNeed, type ReadElfOptions } from './elf.js'
export { ElfError, AuditError, RepairError, type ElfErrorCode, type AuditErrorCode, type RepairErrorCode } from './errors.js'
export { ArchiveError, type ArchiveErrorCode } from '../archive/errors.js'
export { analyzeWheel, type WheelAudit, type Reason, type AnalyzeOptions } from './audit.js'
export { formatAudit, formatReason } from './format.js'
export { repairWheel, type RepairOptions, type RepairResult, type Grafted } from './repair.js'
export { auditCommand, AUDIT_USAGE } from './cli.js'
export { checkWheelTag, checkAudit, type TagCheck } from './check.js'
export { policySet, knownPolicyBases, type Libc, type Policy, type PolicySet } from './policies.js'
export { lddtree, systemLdPaths, type ElfTree, type LdPaths } from './lddtree.js'
export { patchelfVersion } from './patchelf.js'
export { parseWheelName, addPlatforms, type WheelName } from './tags.js'
