/**
 * `repair`: graft the external libraries a wheel needs into `<dist>.libs/` under content-hashed
 * names, point the wheel's ELF files at them (DT_NEEDED, `$ORIGIN` RPATH), drop libpython, then
 * rewrite WHEEL's tags, RECORD and the file name. Refuses a tag the symbols do not allow.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { analyzeScan, blockers, NO_ELF, type Reason, type WheelAbi } from './audit.js'
import { AuditError, RepairError } from './errors.js'
import { extractWheel, type ExtractedWheel } from './extract.js'
import { copyLibrary, rpathWithLibs } from './graft.js'
import { LIBPYTHON_RE } from '../elf/lddtree.js'
import { applyEdits, emptyEdits, type ElfEdits } from '../elf/patchelf.js'
import type { Libc, Policy } from './policies.js'
import { scanWheel } from './scan.js'
import { addPlatforms, parseWheelName, replacedPlatforms, tagArch, wheelNameArch, wheelNameLibc } from './tags.js'
import { buildRecord, memberDate, orderMembers, setWheelTags, wheelTags } from './wheel-file.js'
import { writeZip } from '../archive/zip.js'
import { writeAtomically } from '../lib/files.js'

export interface RepairOptions {
  outDir: string
  /** Target tag, e.g. `manylinux_2_17_x86_64`, `manylinux2014`, or `auto`: the best the wheel allows. Default: $AUDITWHEEL_PLAT (set in manylinux images), else auto. */
  plat?: string
  ldPaths?: string[]
  excludes?: string[]
  /** Subdirectory suffix for grafted libraries (default `.libs`). */
  libSdir?: string
  /** Only the requested tag, even when the wheel qualifies for a more compatible one too. */
  onlyPlat?: boolean
  /** Copy a pure wheel (no ELF file) unchanged instead of refusing it. */
  allowPure?: boolean
  patchelf?: string
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

export interface Grafted {
  /** The soname the wheel needed, e.g. `libfoo.so.1`. */
  library: string
  /** Where it was copied from. */
  from: string
  /** Its wheel-relative path and new soname. */
  to: string
  soname: string
}

export interface RepairResult {
  wheel: string
  /** The platform tags of the new file name. */
  tags: string[]
  policy: string
  grafted: Grafted[]
  removedNeeded: Array<{ file: string; library: string }>
}

function splitPlat(plat: string | undefined): { base: string; arch: string | null } {
  if (!plat || plat === 'auto') return { base: 'auto', arch: null }
  const arch = tagArch(plat)
  return arch ? { base: plat.slice(0, -(arch.length + 1)), arch } : { base: plat, arch: null }
}

function refuse(abi: WheelAbi, wanted: Policy, plat: string, file: string): void {
  const { repair } = abi
  const why = (kinds: Array<Reason['kind']>): string[] =>
    blockers(abi, wanted, true)
      .filter(r => kinds.includes(r.kind))
      .map(r => {
        if (r.kind === 'symbol-version') return `${r.version} from ${r.library}, needed by ${r.files.join(', ')}`
        if (r.kind === 'blacklisted-symbols') return `${r.symbols.join(', ')} from ${r.library}, used by ${r.files.join(', ')}`
        if (r.kind === 'isa') return `${r.file} needs ${r.isa}`
        if (r.kind === 'pyfpe' || r.kind === 'ucs2') return r.files.join(', ')
        return ''
      })
  const say = `cannot repair "${file}" to "${plat}" ABI because`
  if (wanted.priority > repair.symbol.priority)
    throw new RepairError(
      'TOO_RECENT',
      `${say} of the presence of too-recent versioned symbols (the symbols allow ${repair.symbol.name} at best). You'll need to compile the wheel on an older toolchain.`,
      why(['symbol-version'])
    )
  if (wanted.priority > repair.ucs.priority)
    throw new RepairError(
      'UCS2',
      `${say} it was compiled against a UCS2 build of Python. You'll need to compile the wheel against a wide-unicode build of Python.`,
      why(['ucs2'])
    )
  if (wanted.priority > repair.blacklist.priority)
    throw new RepairError('BLACKLIST', `${say} it depends on black-listed symbols.`, why(['blacklisted-symbols']))
  if (wanted.priority > repair.machine.priority) throw new RepairError('ISA', `${say} it depends on unsupported ISA extensions.`, why(['isa']))
  if (wanted.priority > repair.pyfpe.priority)
    throw new RepairError('PYFPE', `${say} it uses the PyFPE_jbuf function, which is not compatible with the manylinux/musllinux tags.`, why(['pyfpe']))
}

export async function repairWheel(wheelPath: string, opts: RepairOptions): Promise<RepairResult> {
  const log = opts.log ?? (() => {})
  const fileName = path.basename(wheelPath)
  const name = parseWheelName(fileName)
  const req = splitPlat(opts.plat ?? opts.env?.AUDITWHEEL_PLAT)
  const nameArch = wheelNameArch(name)
  if (req.arch && nameArch.kind === 'arch' && nameArch.arch !== (req.arch.startsWith('x86_64') ? 'x86_64' : req.arch)) {
    throw new AuditError('BAD_ARGUMENT', `can't repair wheel ${fileName} with ${nameArch.arch} architecture to a wheel targeting ${req.arch}`)
  }
  let libc: Libc | null = wheelNameLibc(name)
  const platLibc: Libc | null = req.base.startsWith('musllinux') ? 'musl' : req.base.startsWith('manylinux') ? 'glibc' : null
  if (platLibc && libc && platLibc !== libc)
    throw new AuditError('BAD_ARGUMENT', `can't repair wheel ${fileName} with ${libc} libc to a wheel targeting ${platLibc}`)
  libc ??= platLibc
  const x = await extractWheel(wheelPath)
  try {
    if (x.elfMembers.length === 0) {
      if (!opts.allowPure) throw new AuditError('NOT_PLATFORM_WHEEL', NO_ELF)
      log(NO_ELF)
      const dest = path.join(opts.outDir, fileName)
      fs.mkdirSync(opts.outDir, { recursive: true })
      if (path.resolve(dest) !== path.resolve(wheelPath)) fs.copyFileSync(wheelPath, dest)
      return { wheel: dest, tags: name.platforms, policy: name.platforms.join('.'), grafted: [], removedNeeded: [] }
    }
    const muslPolicy = /^musllinux_\d+_\d+$/.test(req.base) ? req.base : undefined
    const scan = scanWheel(x.dir, x.elfMembers, name, {
      ...(req.arch ? { arch: req.arch } : {}),
      ...(muslPolicy ? { muslPolicy } : {}),
      ...(libc ? { libc } : {}),
      ...(opts.ldPaths ? { ldPaths: opts.ldPaths } : {}),
      ...(opts.excludes ? { excludes: opts.excludes } : {}),
      ...(opts.env ? { env: opts.env } : {})
    })
    const set = scan.set
    let base = req.base
    if (base !== 'auto') {
      const p = set.byName(`${base}_${set.arch}`) ?? set.byName(base)
      if (!p)
        throw new AuditError('BAD_ARGUMENT', `no policy ${opts.plat} for a ${set.libc} ${set.arch} wheel; known: ${set.policies.map(q => q.name).join(', ')}`)
      base = p.base
    }
    const abi = analyzeScan(scan, fileName, base)
    const overall = abi.repair.overall
    const wanted = base === 'auto' ? (overall.priority === 0 ? set.lowest : overall) : (set.policies.find(p => p.base === base) as Policy)
    refuse(abi, wanted, wanted.name, wheelPath)
    let abis = [wanted.name, ...wanted.aliases]
    if (!opts.onlyPlat && wanted.priority < overall.priority) {
      log(`Wheel is eligible for a higher priority tag. You requested ${wanted.name} but I have found this wheel is eligible for ${overall.name}.`)
      abis = [overall.name, ...overall.aliases, ...abis]
    }
    const result = await graftAndPatch(x, abi, abis[0], name.name + (opts.libSdir ?? '.libs'), opts, log)
    const out = await writeRepaired(x, fileName, abis, opts)
    return { ...result, wheel: out.path, tags: out.platforms, policy: abis[0] }
  } finally {
    x.cleanup()
  }
}

async function graftAndPatch(
  x: ExtractedWheel,
  abi: WheelAbi,
  policyName: string,
  libsDir: string,
  opts: RepairOptions,
  log: (l: string) => void
): Promise<Omit<RepairResult, 'wheel' | 'tags' | 'policy'>> {
  const edits = new Map<string, ElfEdits>()
  const editsOf = (f: string): ElfEdits => edits.get(f) ?? (edits.set(f, emptyEdits()), edits.get(f) as ElfEdits)
  const grafted = new Map<string, Grafted & { dest: string }>()
  const removedNeeded: RepairResult['removedNeeded'] = []
  const runpath = abi.scan.set.libc === 'android'
  for (const m of abi.scan.members) {
    const libs = abi.scan.refsByMember.get(m.name)?.get(policyName)?.libs ?? new Map<string, string | null>()
    let any = false
    for (const [soname, src] of libs) {
      if (LIBPYTHON_RE.test(soname) && !runpath) {
        log(`Removing ${soname} dependency from ${m.name}. Linking with libpython is forbidden for manylinux/musllinux wheels.`)
        editsOf(m.abs).removeNeeded.push(soname)
        removedNeeded.push({ file: m.name, library: soname })
        continue
      }
      if (src === null)
        throw new RepairError(
          'LIB_NOT_FOUND',
          `Cannot repair wheel, because required library "${soname}" could not be located (needed by ${m.name}); pass its directory in ldPaths or LD_LIBRARY_PATH, or exclude it`
        )
      let g = grafted.get(soname)
      if (!g) {
        const c = copyLibrary(src, x.dir, libsDir)
        g = { library: soname, from: src, to: `${libsDir}/${c.name}`, soname: c.name, dest: c.dest }
        grafted.set(soname, g)
        if (c.fresh) editsOf(c.dest).soname = c.name
        log(`Grafting ${src} -> ${g.to}`)
      }
      editsOf(m.abs).replaceNeeded.push([soname, g.soname])
      any = true
    }
    if (any) {
      editsOf(m.abs).rpath = { value: rpathWithLibs(m.name, libsDir, m.info.runpath ?? m.info.rpath), runpath }
      // Files under <dist>.data/ are installed elsewhere than <dist>.libs: $ORIGIN will not reach it.
      if (/^[^/]+\.data\//.test(m.name))
        log(
          `warning: ${m.name} is installed outside the package directory; its $ORIGIN RPATH will not find ${libsDir} once installed (auditwheel moves such scripts to <dist>.scripts/ behind a shim; the builtin repair does not)`
        )
    }
  }
  // Grafted libraries that need each other find each other next to themselves.
  for (const g of grafted.values()) {
    const needed = abi.scan.cache.read(g.from).needed
    const repl = needed.filter(n => grafted.has(n)).map(n => [n, (grafted.get(n) as Grafted).soname] as [string, string])
    const e = editsOf(g.dest)
    e.replaceNeeded.push(...repl)
    if (repl.length) e.rpath = { value: '$ORIGIN', runpath }
    else e.removeRpath = true
  }
  for (const [file, e] of edits) await applyEdits(file, e, opts.patchelf)
  return { grafted: [...grafted.values()].map(({ dest: _d, ...g }) => g), removedNeeded }
}

async function writeRepaired(x: ExtractedWheel, fileName: string, abis: string[], opts: RepairOptions): Promise<{ path: string; platforms: string[] }> {
  const info = `${x.archive.distInfo}/WHEEL`
  const files = new Map<string, { data: Buffer; mode: number }>()
  // Every member is on disk, next to the grafted libraries (modes from the archive, else 0644; grafted: as copied).
  const walk = (rel: string): void => {
    for (const d of fs.readdirSync(path.join(x.dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name
      if (d.isDirectory()) walk(r)
      else if (!/\/RECORD\.(jws|p7s)$/.test(r))
        files.set(r, {
          data: fs.readFileSync(path.join(x.dir, r)),
          mode: x.modes.has(r) ? x.modes.get(r) || 0o644 : fs.statSync(path.join(x.dir, r)).mode & 0o777
        })
    }
  }
  walk('')
  const wheelText = files.get(info)?.data.toString('utf8') ?? ''
  const retag = addPlatforms(fileName, wheelTags(wheelText), abis, replacedPlatforms(abis[0]))
  files.set(info, { data: Buffer.from(setWheelTags(wheelText, retag.wheelTags)), mode: files.get(info)?.mode ?? 0o644 })
  const record = `${x.archive.distInfo}/RECORD`
  const order = orderMembers([...new Set([...files.keys(), record])], x.archive.distInfo)
  const listed = order.filter(n => !n.endsWith('/') && n !== record).map(n => ({ name: n, data: (files.get(n) as { data: Buffer }).data }))
  files.set(record, { data: Buffer.from(buildRecord(listed, record)), mode: files.get(record)?.mode ?? 0o644 })
  const entries = order.map(n =>
    n.endsWith('/')
      ? { name: n, data: new Uint8Array(), mode: 0o755 }
      : { name: n, data: (files.get(n) as { data: Buffer }).data, mode: (files.get(n) as { mode: number }).mode }
  )
  const dest = path.join(opts.outDir, retag.fileName)
  writeAtomically(dest, writeZip(entries, memberDate(opts.env ?? {})))
  return { path: dest, platforms: retag.platforms }
}
