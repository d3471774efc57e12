/**
 * `audit [--json] [--plat TAG] [--ldpaths DIR:DIR] [--exclude PATTERN]... <wheel>...`: each
 * wheel's best tag first, then why it gets nothing better. Exit 0 when every wheel is a platform
 * wheel (and qualifies for --plat when given), 1 otherwise, 2 on a usage error. A wheel that
 * cannot be read (missing, not a wheel, an archive refused) is reported with its `error` and the
 * others still are: with --json the output is always one JSON document.
 */
import { analyzeWheel, nonPlatformAudit, type AnalyzeOptions, type WheelAudit } from './audit.js'
import { formatAudit, formatReason } from './format.js'
import { claimWithin } from './check.js'
import { policySet } from './policies.js'
import { tagArch } from './tags.js'
import * as path from 'node:path'

export const AUDIT_USAGE = `usage: audit [--json] [--plat TAG] [--ldpaths DIR[:DIR...]] [--exclude PATTERN]... WHEEL...
  Prints each wheel's most compatible platform tag first, then why it gets nothing better.
  --json       one JSON array with a report per wheel (its error set when it cannot be read)
  --plat TAG   also fail (exit 1) when a wheel does not qualify for TAG as it stands
  --ldpaths    search these directories for libraries instead of the system's
  --exclude    leave libraries matching PATTERN (soname or path glob) out of the audit
`

interface Parsed {
  json: boolean
  plat: string | null
  opts: AnalyzeOptions
  wheels: string[]
}

function parse(argv: readonly string[]): Parsed | string {
  const p: Parsed = { json: false, plat: null, opts: {}, wheels: [] }
  const excludes: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined]
    const value = (): string | undefined => inline ?? argv[++i]
    if (flag === '--json') p.json = true
    else if (flag === '--plat') p.plat = value() ?? ''
    else if (flag === '--ldpaths') p.opts.ldPaths = (value() ?? '').split(':').filter(Boolean)
    else if (flag === '--exclude') excludes.push(value() ?? '')
    else if (flag === '-h' || flag === '--help') return AUDIT_USAGE
    else if (flag.startsWith('-') && flag !== '-') return `unknown option ${flag}\n${AUDIT_USAGE}`
    else p.wheels.push(a)
  }
  if (p.plat === '') return `--plat needs a tag\n${AUDIT_USAGE}`
  if (excludes.length) p.opts.excludes = excludes
  if (p.wheels.length === 0) return `no wheel given\n${AUDIT_USAGE}`
  return p
}

/** Whether an audited wheel qualifies for `plat` as it stands; the problem otherwise. */
function platProblem(a: WheelAudit, plat: string): string | null {
  if (!a.bestTag) return `does not qualify for ${plat}: ${a.error ?? 'no platform tag'}`
  const full = tagArch(plat) ? plat : `${plat}_${a.arch}`
  const p = claimWithin(full, a.bestTag)
  if (!p) return null
  const canonical = a.libc && a.arch ? (policySet(a.libc, a.arch, a.libc === 'android' ? { androidTag: a.bestTag } : {}).byName(full)?.name ?? full) : full
  const blockers = a.upgrades[canonical] ?? a.reasons
  return `does not qualify for ${full}: ${p}${blockers.length ? `\n${blockers.map(r => `  - ${formatReason(r)}`).join('\n')}` : ''}`
}

export async function auditCommand(argv: string[], out: (s: string) => void, env: Readonly<Record<string, string | undefined>> = {}): Promise<number> {
  const parsed = parse(argv)
  if (typeof parsed === 'string') {
    out(parsed)
    return parsed === AUDIT_USAGE ? 0 : 2
  }
  let code = 0
  const reports: WheelAudit[] = []
  for (const wheel of parsed.wheels) {
    let a: WheelAudit
    try {
      a = await analyzeWheel(wheel, { ...parsed.opts, env })
    } catch (e) {
      a = nonPlatformAudit(path.basename(wheel), e instanceof Error ? e.message : String(e), false)
    }
    if (a.bestTag === null) code = 1
    const problem = parsed.plat ? platProblem(a, parsed.plat) : null
    if (problem) code = 1
    if (parsed.json) reports.push(a)
    else out(formatAudit(a) + (problem ? `${a.wheel} ${problem}\n` : ''))
  }
  if (parsed.json) out(`${JSON.stringify(reports, null, 2)}\n`)
  return code
}
