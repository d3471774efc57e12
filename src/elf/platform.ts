/**
 * What an ELF file runs on: the baseline architecture a wheel tag names (x86_64, aarch64, armv7l,
 * ...), an x86-64 ISA level above the baseline, and whether two files can be loaded together.
 */
import type { ElfInfo } from './elf.js'

export interface ElfPlatform {
  machine: number
  elfClass: 32 | 64
  littleEndian: boolean
  osAbi: number
  /** The baseline architecture, or null when no wheel tag names this machine. */
  arch: string | null
  /** x86_64_v2 / _v3 / _v4 when the file says it needs more than the baseline. */
  isaLevel: string | null
  /** Why `arch` is null or the ISA level cannot be read. */
  error: string | null
}

const EF_ARM_EABIMASK = 0xff000000
const EF_ARM_EABI_VER5 = 0x05000000
const EF_ARM_ABI_FLOAT_HARD = 0x400

const BASE: Record<string, string> = {
  '3/32/le': 'i686',
  '62/64/le': 'x86_64',
  '21/64/le': 'ppc64le',
  '21/64/be': 'ppc64',
  '243/64/le': 'riscv64',
  '183/64/le': 'aarch64',
  '22/64/be': 's390x',
  '40/32/le': 'armv7l',
  '258/64/le': 'loongarch64'
}

export function elfPlatform(e: ElfInfo): ElfPlatform {
  let arch: string | null = BASE[`${e.machine}/${e.elfClass}/${e.littleEndian ? 'le' : 'be'}`] ?? null
  let error: string | null = arch ? null : 'unknown architecture'
  let isaLevel: string | null = null
  if (arch === 'armv7l') {
    if ((e.flags & EF_ARM_EABIMASK) >>> 0 !== EF_ARM_EABI_VER5) error = 'unknown architecture (ARM EABI version is not 5)'
    else if ((e.flags & EF_ARM_ABI_FLOAT_HARD) === 0) error = 'unknown architecture (armv7l shall use hard-float)'
    if (error) arch = null
  } else if (arch === 'x86_64' && e.x86IsaNeeded !== null) {
    const bits = e.x86IsaNeeded & ~1
    if (bits & 8) isaLevel = 'x86_64_v4'
    else if (bits & 4) isaLevel = 'x86_64_v3'
    else if (bits & 2) isaLevel = 'x86_64_v2'
    else if (bits !== 0) error = 'unknown x86_64 ISA'
  }
  return { machine: e.machine, elfClass: e.elfClass, littleEndian: e.littleEndian, osAbi: e.osAbi, arch, isaLevel, error }
}

/** OS ABIs the loader treats alike: NONE/SYSV (0) and GNU/LINUX (3). */
const COMPATIBLE_OSABI = new Set([0, 3])

export function platformsCompatible(a: ElfPlatform, b: ElfPlatform): boolean {
  const abiOk = a.osAbi === b.osAbi || (COMPATIBLE_OSABI.has(a.osAbi) && COMPATIBLE_OSABI.has(b.osAbi))
  return abiOk && a.elfClass === b.elfClass && a.littleEndian === b.littleEndian && a.machine === b.machine
}

const LEVELS = ['x86_64', 'x86_64_v2', 'x86_64_v3', 'x86_64_v4']

/** Does an architecture (possibly an ISA level) cover what a file needs? */
export function archCovers(arch: string, needed: string): boolean {
  const a = LEVELS.indexOf(arch)
  const n = LEVELS.indexOf(needed)
  if (a < 0 || n < 0) return arch === needed
  return a >= n
}

/** The baseline of a tag's architecture: x86_64_v3 → x86_64, arm64_v8a (Android) → aarch64. */
export function baselineArch(arch: string): string {
  if (arch.startsWith('x86_64')) return 'x86_64'
  if (arch.startsWith('arm64')) return 'aarch64'
  return arch
}
