/**
 * 7-Zip's technical listing (`l -slt`) of a `.7z`, read strictly, and judged before anything is
 * extracted. The listing is text printed by another program from untrusted names, so it is read as
 * if hostile: every line of an entry is `Key = value`, an entry starts with `Path`, holds `Size`,
 * `Attributes` and `Encrypted`, names no key twice, and only `Path` may hold `/` or `\`. A name
 * with a line break in it therefore cannot pass for extra entries or fields that hide a `..`: at
 * worst it shows a shorter name, which the check of the tree on disk afterwards catches.
 */
import { memberName, type TarLimits } from './tar.js'

export type SevenZipKind = 'file' | 'dir' | 'symlink'

export interface SevenZipEntry {
  /** Normalised relative path (`/`-separated, no `.` parts). */
  readonly path: string
  readonly kind: SevenZipKind
  readonly size: number
}

/** A listing or an entry refused: why, and the entry's name as listed when one is at fault. */
export class ListingRefused extends Error {
  constructor(
    message: string,
    readonly member?: string
  ) {
    super(message)
  }
}

const LINE = /^([A-Z][A-Za-z ]*?) = (.*)$/
const REQUIRED = ['Size', 'Attributes', 'Encrypted']
const SPECIAL: Record<string, string> = { p: 'a FIFO', c: 'a character device', b: 'a block device', s: 'a socket' }

/** The entry blocks after the `----------` line, each as its fields. */
export function parseListing(text: string): Array<Map<string, string>> {
  const lines = text.split('\n').map(l => l.replace(/\r$/, ''))
  const start = lines.indexOf('----------')
  if (start < 0) throw new ListingRefused("7-Zip's listing has no entries section (no '----------' line)")
  const blocks: Array<Map<string, string>> = []
  let cur: Map<string, string> | undefined
  for (const line of lines.slice(start + 1)) {
    if (line === '') {
      cur = undefined
      continue
    }
    const m = LINE.exec(line)
    if (!m) throw new ListingRefused(`7-Zip's listing holds a line that is no 'Key = value': ${JSON.stringify(line)}`, cur?.get('Path'))
    const [, key, value] = m
    if (!cur) {
      if (key !== 'Path') throw new ListingRefused(`7-Zip's listing has an entry that does not start with its Path: ${JSON.stringify(line)}`)
      blocks.push((cur = new Map<string, string>()))
    } else if (cur.has(key)) throw new ListingRefused(`7-Zip's listing names '${key}' twice for one entry`, cur.get('Path'))
    else if (/[/\\]/.test(value)) throw new ListingRefused(`7-Zip's listing has a '/' or '\\' in the ${key} field`, cur.get('Path'))
    cur.set(key, value)
  }
  return blocks
}

/** The kind an `Attributes` value tells: Windows letters, then the Unix mode when the archive has one. */
function kindOf(attributes: string, name: string): SevenZipKind {
  const [win, unix] = attributes.trim().split(/\s+/)
  if (unix !== undefined && unix.length >= 10) {
    const t = unix[0]
    if (t === '-') return 'file'
    if (t === 'd') return 'dir'
    if (t === 'l') return 'symlink'
    throw new ListingRefused(`refused: ${SPECIAL[t] ?? `an entry of type '${t}'`}; only files, folders and symlinks are accepted`, name)
  }
  return (win ?? '').includes('D') ? 'dir' : 'file'
}

/** One listed entry, judged alone: name, kind, encryption, size. */
function entryOf(fields: Map<string, string>): SevenZipEntry {
  const raw = fields.get('Path') ?? ''
  for (const key of REQUIRED) if (!fields.has(key)) throw new ListingRefused(`7-Zip's listing gives no ${key} for it`, raw)
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\0-\x1f\x7f\\]/.test(raw)) throw new ListingRefused('refused: its name holds a control character or a backslash', raw)
  const n = memberName(raw)
  if ('refused' in n) throw new ListingRefused(`refused: ${n.refused}`, raw)
  if (fields.get('Encrypted') !== '-') throw new ListingRefused('refused: it is encrypted (no password is given to source archives)', raw)
  if ((fields.get('Anti') ?? '-') !== '-') throw new ListingRefused('refused: an anti-item (a deletion recorded by an update)', raw)
  const sizeText = fields.get('Size') ?? ''
  if (!/^\d+$/.test(sizeText)) throw new ListingRefused(`refused: its size '${sizeText}' is no number`, raw)
  return { path: n.name, kind: kindOf(fields.get('Attributes') ?? '', raw), size: Number(sizeText) }
}

/**
 * The entries of a listing, judged together: the limits of the tar reader (members, bytes per
 * file, bytes in all), no name twice, nothing beneath a symlink or a file of the archive.
 */
export function judgeListing(text: string, limits: TarLimits): SevenZipEntry[] {
  const blocks = parseListing(text)
  if (blocks.length > limits.maxMembers) throw new ListingRefused(`more than ${limits.maxMembers} members`)
  const entries = blocks.map(entryOf)
  const byPath = new Map<string, SevenZipEntry>()
  let total = 0
  for (const e of entries) {
    if (byPath.has(e.path) && !(e.kind === 'dir' && byPath.get(e.path)?.kind === 'dir')) throw new ListingRefused('it appears twice', e.path)
    byPath.set(e.path, e)
    if (e.size > limits.maxFileBytes) throw new ListingRefused(`${e.size} bytes passes the limit of ${limits.maxFileBytes} per file`, e.path)
    total += e.size
    if (total > limits.maxTotalBytes) throw new ListingRefused(`the files pass the limit of ${limits.maxTotalBytes} bytes in all`, e.path)
  }
  for (const e of entries) {
    const parts = e.path.split('/')
    for (let i = 1; i < parts.length; i++) {
      const above = byPath.get(parts.slice(0, i).join('/'))
      if (above && above.kind !== 'dir') throw new ListingRefused(`refused: it lies beneath '${above.path}', which is a ${above.kind}, not a folder`, e.path)
    }
  }
  return entries
}
