/**
 * `.7z` archives as untrusted input, through the system's 7-Zip (Node has no reader): `7zz` from
 * Debian's `7zip`, or `7z`/`7za` from `p7zip-full`. First the technical listing is read and judged
 * (sevenzip-listing.ts: names, kinds, encryption, the tar reader's limits); only then is the archive
 * extracted, into a folder that must be empty, by a child with a timeout that can answer no prompt
 * (stdin is /dev/null, existing files are skipped, never overwritten; no `-y`). The tree on disk is
 * judged again before it is used: exactly the entries listed, only files, folders and links, sizes
 * within the limits, every link's chain inside (links.ts), modes reduced to 0644/0755. On any
 * problem the folder is emptied again and a SevenZipError names the archive and the entry.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { hasProgram } from './decompress.js'
import { describeLinkProblem, diskTree, firstLinkProblem, linksOnDisk } from './links.js'
import { judgeListing, ListingRefused, type SevenZipEntry } from './sevenzip-listing.js'
import { DEFAULT_TAR_LIMITS, type TarLimits } from './tar.js'
import { MemberError } from './tar-error.js'

/** The 7z reader's error: which archive, which entry. */
export class SevenZipError extends MemberError {
  override name = 'SevenZipError'
}

/** The bytes every 7z archive starts with. */
export const SEVEN_ZIP_MAGIC = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])

export function isSevenZip(head: Uint8Array): boolean {
  return head.length >= 6 && Buffer.from(head.buffer, head.byteOffset, 6).equals(SEVEN_ZIP_MAGIC)
}

/** The programs that read 7z, in the order they are looked for, with the Debian package of each. */
export const SEVEN_ZIP_PROGRAMS: ReadonlyArray<readonly [string, string]> = [
  ['7zz', '7zip'],
  ['7z', 'p7zip-full'],
  ['7za', 'p7zip-full']
]

/** The first 7-Zip program on PATH, or null. */
export function findSevenZip(): string | null {
  return SEVEN_ZIP_PROGRAMS.find(([p]) => hasProgram(p))?.[0] ?? null
}

export interface SevenZipOptions {
  readonly limits?: Partial<TarLimits>
  /** For the listing and for the extraction each (default 10 minutes). */
  readonly timeoutMs?: number
}

/** A password no source has, so that an archive with encrypted headers fails instead of asking for one. */
const NO_PASSWORD = '-p-'

/** Run the 7-Zip program `argv[0]` with no stdin, a timeout and a bound on what it prints; its stdout. */
function run(archive: string, argv: readonly string[], timeoutMs: number, maxOut: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' }
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env })
    const out: Buffer[] = []
    let outBytes = 0
    let errText = ''
    let why = ''
    const stop = (reason: string): void => {
      why ||= reason
      child.kill('SIGKILL')
    }
    const timer = setTimeout(() => stop(`it did not finish within ${timeoutMs} ms`), timeoutMs)
    child.stdout.on('data', (b: Buffer) => {
      outBytes += b.length
      if (outBytes > maxOut) return stop(`it printed more than ${maxOut} bytes`)
      out.push(b)
    })
    child.stderr.on('data', (b: Buffer) => void (errText = (errText + b.toString()).slice(-4000)))
    child.on('error', e => {
      clearTimeout(timer)
      reject(new SevenZipError(archive, `${argv[0]} could not start (${e.message})`))
    })
    child.on('close', code => {
      clearTimeout(timer)
      if (why || code !== 0) {
        const detail = why || `exit ${code}`
        return reject(new SevenZipError(archive, `${argv.slice(0, 2).join(' ')} failed (${detail}): ${errText.trim().split('\n').slice(-6).join(' | ')}`))
      }
      resolve(Buffer.concat(out).toString('utf8'))
    })
  })
}

interface Found {
  files: number
  bytes: number
  paths: Set<string>
}

/** Walk the extracted tree without following links: only files, folders and links; modes reduced; what is there. */
function walk(archive: string, root: string, limits: TarLimits): Found {
  const found: Found = { files: 0, bytes: 0, paths: new Set() }
  const dirs = ['']
  for (let dir = dirs.pop(); dir !== undefined; dir = dirs.pop()) {
    for (const name of fs.readdirSync(path.join(root, dir))) {
      const rel = dir ? `${dir}/${name}` : name
      const abs = path.join(root, rel)
      const st = fs.lstatSync(abs)
      found.paths.add(rel)
      if (st.isSymbolicLink()) continue
      if (st.isDirectory()) {
        fs.chmodSync(abs, 0o755)
        dirs.push(rel)
        continue
      }
      if (!st.isFile()) throw new SevenZipError(archive, 'refused: 7-Zip made something other than a file, folder or link', rel)
      if (st.size > limits.maxFileBytes) throw new SevenZipError(archive, `${st.size} bytes passes the limit of ${limits.maxFileBytes} per file`, rel)
      found.bytes += st.size
      if (found.bytes > limits.maxTotalBytes) throw new SevenZipError(archive, `the files pass the limit of ${limits.maxTotalBytes} bytes in all`, rel)
      fs.chmodSync(abs, st.mode & 0o111 ? 0o755 : 0o644)
    }
  }
  return found
}

/** The tree 7-Zip wrote, judged against the listing and the links' chains. */
function judgeOnDisk(archive: string, root: string, entries: readonly SevenZipEntry[], limits: TarLimits): void {
  const found = walk(archive, root, limits)
  const expected = new Set<string>()
  for (const e of entries) {
    const parts = e.path.split('/')
    for (let i = 1; i <= parts.length; i++) expected.add(parts.slice(0, i).join('/'))
  }
  for (const rel of found.paths) if (!expected.has(rel)) throw new SevenZipError(archive, 'refused: 7-Zip wrote it, but the listing does not show it', rel)
  for (const e of entries) if (!found.paths.has(e.path)) throw new SevenZipError(archive, 'refused: listed, but 7-Zip did not write it', e.path)
  const problem = firstLinkProblem(diskTree(root), linksOnDisk(root))
  if (problem) throw new SevenZipError(archive, describeLinkProblem(problem), problem.link)
}

/**
 * Extract the 7z `archive` into `dest` (created when missing; it must be empty). Returns the
 * entries listed. Throws SevenZipError, with `dest` emptied again, when anything is refused.
 */
export async function extractSevenZip(archive: string, dest: string, opts: SevenZipOptions = {}): Promise<readonly SevenZipEntry[]> {
  const limits = { ...DEFAULT_TAR_LIMITS, ...opts.limits }
  const timeoutMs = opts.timeoutMs ?? 600_000
  const program = findSevenZip()
  if (!program) {
    const names = SEVEN_ZIP_PROGRAMS.map(([p, deb]) => `${p} (Debian package ${deb})`).join(', ')
    throw new SevenZipError(archive, `reading a 7z archive needs 7-Zip, and none of ${names} is on PATH; install one`)
  }
  fs.mkdirSync(dest, { recursive: true })
  if (fs.readdirSync(dest).length > 0) throw new SevenZipError(archive, `the folder to extract into is not empty: ${dest}`)
  // a listing line is a few hundred bytes at most per entry field
  const maxOut = Math.min(limits.maxMembers * 4096 + 65536, 1 << 30)
  const listing = await run(archive, [program, 'l', '-slt', '-t7z', NO_PASSWORD, '--', archive], timeoutMs, maxOut)
  let entries: SevenZipEntry[]
  try {
    entries = judgeListing(listing, limits)
  } catch (e) {
    if (e instanceof ListingRefused) throw new SevenZipError(archive, e.message, e.member)
    throw e
  }
  if (entries.length === 0) throw new SevenZipError(archive, 'an empty archive')
  try {
    await run(archive, [program, 'x', '-t7z', NO_PASSWORD, '-aos', '-bd', `-o${dest}`, '--', archive], timeoutMs, 1 << 26)
    judgeOnDisk(archive, dest, entries, limits)
  } catch (e) {
    for (const name of fs.readdirSync(dest)) fs.rmSync(path.join(dest, name), { recursive: true, force: true })
    throw e
  }
  return entries
}
