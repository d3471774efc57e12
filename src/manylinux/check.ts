/**
 * The final check of a wheel: the platform tags in its file name must not claim more
 * compatibility than its binaries allow (as they stand: nothing left to graft).
 */
import * as path from 'node:path'
import { analyzeWheel, type AnalyzeOptions, type WheelAudit } from './audit.js'
import { formatReason } from './format.js'
import { baselineArch } from '../elf/platform.js'
import { MANYLINUX_POLICIES } from './policy-data.js'
import { AuditError } from './errors.js'
import { parseWheelName, tagArch } from './tags.js'

export interface TagCheck {
  ok: boolean
  claimed: string[]
  /** The most compatible tag the binaries allow (`any` for a wheel without binaries). */
  allowed: string
  problems: string[]
}

/** The (family, major, minor) a platform tag claims: manylinux2014_x86_64 → ['manylinux', 2, 17]. */
export function tagVersion(tag: string): { family: string; version: [number, number] } | null {
  const arch = tagArch(tag)
  const base = arch ? tag.slice(0, -(arch.length + 1)) : tag
  const m = /^(manylinux|musllinux)_(\d+)_(\d+)$/.exec(base)
  if (m) return { family: m[1], version: [Number(m[2]), Number(m[3])] }
  const legacy = MANYLINUX_POLICIES.find(p => p.aliases.includes(base))
  if (legacy) {
    const [, x, y] = legacy.name.split('_')
    return { family: 'manylinux', version: [Number(x), Number(y)] }
  }
  const a = /^android_(\d+)$/.exec(base)
  if (a) return { family: 'android', version: [Number(a[1]), 0] }
  if (base === 'linux') return { family: 'linux', version: [Number.POSITIVE_INFINITY, 0] }
  return null
}

/** Does claiming `claimed` stay within what `allowed` (the best tag) permits? Pure. */
export function claimWithin(claimed: string, allowed: string): string | null {
  if (claimed === allowed) return null
  const ca = tagArch(claimed)
  const aa = tagArch(allowed)
  if ((ca && baselineArch(ca)) !== (aa && baselineArch(aa))) return `claims ${claimed}, but the binaries are ${aa ?? 'of no known architecture'}`
  const c = tagVersion(claimed)
  const a = tagVersion(allowed)
  if (!c) return `claims ${claimed}, a platform tag this audit does not know`
  if (!a) return `claims ${claimed}, but the binaries allow only ${allowed}`
  if (c.family === 'linux') return null // the generic tag claims nothing
  if (a.family === 'linux') return `claims ${claimed}, but the binaries allow only ${allowed}`
  if (c.family !== a.family) return `claims ${claimed}, but the binaries need ${allowed}`
  const [cx, cy] = c.version
  const [ax, ay] = a.version
  if (cx < ax || (cx === ax && cy < ay)) return `claims ${claimed}, more than the binaries allow (${allowed})`
  return null
}

export function checkAudit(a: WheelAudit): TagCheck {
  if (a.pure) return { ok: true, claimed: a.claimedTags, allowed: 'any', problems: [] }
  const allowed = a.bestTag as string
  const problems: string[] = []
  for (const tag of a.claimedTags) {
    const p = claimWithin(tag, allowed)
    if (!p) continue
    const why = a.reasons.slice(0, 8).map(formatReason)
    problems.push(why.length ? `${p}: ${why.join('; ')}` : p)
  }
  return { ok: problems.length === 0, claimed: a.claimedTags, allowed, problems }
}

export async function checkWheelTag(wheelPath: string, opts: AnalyzeOptions = {}): Promise<TagCheck> {
  try {
    return checkAudit(await analyzeWheel(wheelPath, opts))
  } catch (e) {
    if (!(e instanceof AuditError)) throw e
    let claimed: string[] = []
    try {
      claimed = parseWheelName(path.basename(wheelPath)).platforms
    } catch {
      /* the name itself is the problem */
    }
    return { ok: false, claimed, allowed: 'none', problems: [e.message] }
  }
}
