/**
 * Progress of long work (package downloads, packaging): a line at most once a second, the first one
 * a second after the start, so that short work prints nothing; nothing for packages that came from
 * the cache (no bytes moved).
 */

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`
  return `${(n / 1024 ** 3).toFixed(2)} GiB`
}

export type Clock = () => number

/** Milliseconds between two lines at most. */
export const PROGRESS_INTERVAL_MS = 1000

/**
 * A line logger that lets a line through when a second has passed since the start or the last line.
 * The line is built only when it is let through.
 */
export function everySecond(log: (line: string) => void, now: Clock = () => performance.now()): (line: () => string) => boolean {
  let last = now()
  return line => {
    const t = now()
    if (t - last < PROGRESS_INTERVAL_MS) return false
    last = t
    log(line())
    return true
  }
}

export class Progress {
  private finished = 0
  downloaded = 0
  /** Bytes still to come from the network or a channel folder: the total less what the cache had. */
  private toFetch: number
  private lastDone = ''
  private readonly started: number
  private readonly say: (line: () => string) => boolean
  constructor(
    private readonly total: number,
    totalBytes: number,
    log: (line: string) => void,
    private readonly now: Clock = () => performance.now()
  ) {
    this.toFetch = totalBytes
    this.started = now()
    this.say = everySecond(log, now)
  }

  /** Bytes that arrived over the network or from a channel folder. */
  bytes(n: number): void {
    this.downloaded += n
    this.say(() => this.line())
  }

  /** A package is in the cache and extracted; `how` starting with "cached" means no byte was fetched for it. */
  done(what: string, size: number, how: string): void {
    this.finished++
    if (how.startsWith('cached')) {
      this.toFetch = Math.max(this.toFetch - size, this.downloaded)
      return
    }
    this.lastDone = what
    this.say(() => this.line())
  }

  private line(): string {
    const secs = Math.max((this.now() - this.started) / 1000, 0.001)
    const width = String(this.total).length
    const last = this.lastDone ? ` (last: ${this.lastDone})` : ''
    return (
      `[${String(this.finished).padStart(width)}/${this.total} packages] ${formatBytes(this.downloaded)} of ${formatBytes(Math.max(this.toFetch, this.downloaded))} ` +
      `fetched, ${formatBytes(this.downloaded / secs)}/s${last}`
    )
  }
}
