/** Human-readable audit reports. The first line is always the best tag (or `none`). */
import type { Reason, WheelAudit } from './audit.js'

export function formatReason(r: Reason): string {
  switch (r.kind) {
    case 'symbol-version':
      return `${r.version} from ${r.library}, needed by ${r.files.join(', ') || '?'}`
    case 'external-library':
      return `external library ${r.library} (${r.path ?? 'not found'}), needed by ${r.neededBy.join(', ') || '?'}`
    case 'blacklisted-symbols':
      return `black-listed symbol dependencies from ${r.library}: ${r.symbols.join(', ')}, used by ${r.files.join(', ')}`
    case 'pyfpe':
      return `This wheel uses the PyFPE_jbuf function, which is not compatible with the manylinux/musllinux tags: ${r.files.join(', ')}`
    case 'ucs2':
      return `compiled against a narrow unicode (UCS2) build of Python, not compatible with the manylinux/musllinux tags: ${r.files.join(', ')}`
    case 'isa':
      return `${r.file} needs the ${r.isa} instruction set, more than the wheel's architecture`
  }
}

export function formatAudit(a: WheelAudit): string {
  const lines: string[] = [a.bestTag ?? 'none']
  if (a.bestTag === null) {
    lines.push(`${a.wheel}: ${a.error ?? 'no platform tag'}`)
    return `${lines.join('\n')}\n`
  }
  const aliases = a.tags.slice(1)
  lines.push(`${a.wheel} is consistent with the following platform tag: "${a.bestTag}"${aliases.length ? ` (also named ${aliases.join(', ')})` : ''}.`)
  if (a.repairTag && a.repairTag !== a.bestTag) {
    const libs = a.externalLibs.map(l => l.library)
    lines.push(`After repair${libs.length ? ` (grafting or dropping ${libs.join(', ')})` : ''}: "${a.repairTag}".`)
  }
  const versioned = Object.entries(a.versionedSymbols)
  if (versioned.length === 0) lines.push('The wheel references no external versioned symbols from system-provided shared libraries.')
  else
    lines.push(
      `The wheel references external versioned symbols in these system-provided shared libraries: ${versioned.map(([lib, vs]) => `${lib} with versions ${vs.join(', ')}`).join('; ')}`
    )
  if (a.symbolTag && a.symbolTag !== a.bestTag) lines.push(`The symbol versions alone allow "${a.symbolTag}".`)
  if (a.externalLibs.length === 0) lines.push('The wheel requires no external shared libraries.')
  else {
    lines.push('The following external shared libraries are required by the wheel:')
    for (const l of a.externalLibs) lines.push(`  ${l.library} => ${l.path ?? 'not found'} (needed by ${l.neededBy.join(', ')})`)
  }
  if (a.blockedTag && a.reasons.length) {
    lines.push(`Not "${a.blockedTag}", because:`)
    for (const r of a.reasons) lines.push(`  - ${formatReason(r)}`)
  }
  for (const n of a.notes) lines.push(`note: ${n}`)
  return `${lines.join('\n')}\n`
}
