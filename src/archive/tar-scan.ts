/**
 * A push parser of a tar stream: fed the (decompressed) bytes in chunks of any size, it reads the
 * headers (tar-header.ts), applies the extended headers to the member they precede, and hands each
 * member's data on as views of the chunks it was given (no copy but of a header that straddles two
 * chunks). It stops at the end-of-archive blocks and refuses a stream that ends before them, bytes
 * past them beyond a record's padding, and extended headers that are too large or never end.
 */
import { BLOCK, gnuLongText, isZeroBlock, parseHeader, parsePax, paxSize, TarHeaderError, type RawHeader } from './tar-header.js'

/** A member as the archive describes it once its extended headers are applied. */
export interface ScannedMember extends RawHeader {
  /** Bytes of data that follow (given to `data`). */
  readonly size: number
}

export interface ScanHandler {
  /** A member's header; its `size` bytes of data follow through `data`, then `end`. */
  member(m: ScannedMember): void
  data(piece: Buffer): void
  end(): void
}

/** The most bytes one extended header (pax record set, GNU long name) may hold. */
export const MAX_META_BYTES = 1 << 20
/** Extended headers in a row before a member. */
const MAX_META_RUN = 8
/** Bytes accepted after the end-of-archive blocks (a record's padding; tar writes at most 10 KiB). */
export const MAX_TRAILING_BYTES = 1 << 20

type State = 'header' | 'data' | 'meta' | 'padding' | 'second-zero' | 'ended'

export class TarScanner {
  private state: State = 'header'
  /** A header block that straddles chunks. */
  private partial: Buffer | undefined
  /** Data bytes still to come in the current member or extended header. */
  private left = 0
  private pad = 0
  private meta: { type: string; parts: Buffer[] } | undefined
  private metaRun = 0
  private pax = new Map<string, string>()
  private longName: string | undefined
  private longLink: string | undefined
  private trailing = 0
  /** Bytes of data of the current member or extended header (for its padding). */
  private current = 0

  constructor(private readonly on: ScanHandler) {}

  /** Whether the end-of-archive blocks have been read. */
  get ended(): boolean {
    return this.state === 'ended'
  }

  /** Feed the next bytes. Throws TarHeaderError for bytes that are not a readable tar. */
  push(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length) {
      if (this.state === 'ended') {
        this.trailing += chunk.length - at
        if (this.trailing > MAX_TRAILING_BYTES) throw new TarHeaderError(`more than ${MAX_TRAILING_BYTES} bytes follow its end-of-archive blocks`)
        return
      }
      if (this.state === 'data' || this.state === 'meta' || this.state === 'padding') {
        at = this.body(chunk, at)
        continue
      }
      const need = BLOCK - (this.partial?.length ?? 0)
      if (chunk.length - at < need) {
        this.partial = this.partial ? Buffer.concat([this.partial, chunk.subarray(at)]) : Buffer.from(chunk.subarray(at))
        return
      }
      const block = this.partial ? Buffer.concat([this.partial, chunk.subarray(at, at + need)]) : chunk.subarray(at, at + need)
      this.partial = undefined
      at += need
      this.header(block)
    }
  }

  /** The stream is over: throws when it ended inside a member or before the end-of-archive blocks. */
  finish(): void {
    if (this.state === 'ended') return
    if (this.state === 'data' || this.state === 'meta') throw new TarHeaderError(`it ends inside a member, ${this.left} bytes short (truncated)`)
    if (this.state === 'second-zero' && !this.partial) return void (this.state = 'ended') // one zero block at the very end: tar accepts it
    throw new TarHeaderError('it ends before its end-of-archive blocks (truncated)')
  }

  private body(chunk: Buffer, at: number): number {
    if (this.state === 'padding') {
      const n = Math.min(this.pad, chunk.length - at)
      this.pad -= n
      if (this.pad === 0) this.state = 'header'
      return at + n
    }
    const n = Math.min(this.left, chunk.length - at)
    const piece = chunk.subarray(at, at + n)
    this.left -= n
    if (this.state === 'data') this.on.data(piece)
    else this.meta?.parts.push(Buffer.from(piece))
    if (this.left === 0) this.close()
    return at + n
  }

  private header(block: Buffer): void {
    if (isZeroBlock(block)) {
      if (this.state === 'second-zero') this.state = 'ended'
      else if (this.metaRun) throw new TarHeaderError('an extended header is followed by the end of the archive, not by a member')
      else this.state = 'second-zero'
      return
    }
    if (this.state === 'second-zero') throw new TarHeaderError('a zero block stands between two members')
    const h = parseHeader(block)
    if (h.type === 'x' || h.type === 'g' || h.type === 'L' || h.type === 'K') return this.startMeta(h)
    const name = this.pax.get('path') ?? this.longName ?? h.name
    const linkname = this.pax.get('linkpath') ?? this.longLink ?? h.linkname
    const sizeText = this.pax.get('size')
    const size = sizeText === undefined ? h.size : paxSize(sizeText)
    this.pax = new Map()
    this.longName = this.longLink = undefined
    this.metaRun = 0
    this.on.member({ ...h, name, linkname, size })
    this.current = this.left = size
    this.state = 'data'
    if (size === 0) this.close()
  }

  private startMeta(h: RawHeader): void {
    if (++this.metaRun > MAX_META_RUN) throw new TarHeaderError(`more than ${MAX_META_RUN} extended headers in a row`)
    if (h.size > MAX_META_BYTES) throw new TarHeaderError(`an extended header of ${h.size} bytes, past the limit of ${MAX_META_BYTES}`)
    this.meta = { type: h.type, parts: [] }
    this.current = this.left = h.size
    this.state = 'meta'
    if (h.size === 0) this.close()
  }

  /** The current member's or extended header's data is complete. */
  private close(): void {
    if (this.state === 'data') this.on.end()
    else this.applyMeta()
    this.pad = (BLOCK - (this.current % BLOCK)) % BLOCK
    this.state = this.pad ? 'padding' : 'header'
  }

  private applyMeta(): void {
    const m = this.meta
    this.meta = undefined
    if (!m) return
    const data = Buffer.concat(m.parts)
    // a global header's records are not applied: no member of an archive read here needs them
    if (m.type === 'x') for (const [k, v] of parsePax(data)) this.pax.set(k, v)
    else if (m.type === 'g') parsePax(data)
    else if (m.type === 'L') this.longName = gnuLongText(data)
    else this.longLink = gnuLongText(data)
  }
}
