/** Progress of package downloads: one line per package done, with packages, bytes and the rate so far. */

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`
  return `${(n / 1024 ** 3).toFixed(2)} GiB`
}

export class Progress {
  private finished = 0
  downloaded = 0
  private readonly started = performance.now()
  constructor(
    private readonly total: number,
    private readonly totalBytes: number,
    private readonly log: (line: string) => void
  ) {}

  /** Bytes that arrived over the network or from a channel folder. */
  bytes(n: number): void {
    this.downloaded += n
  }

  /** A package is in the cache and extracted. */
  done(what: string, size: number, how: string): void {
    this.finished++
    const secs = Math.max((performance.now() - this.started) / 1000, 0.001)
    const width = String(this.total).length
    this.log(
      `[${String(this.finished).padStart(width)}/${this.total}] ${what} ${formatBytes(size)} (${how}); ` +
        `${formatBytes(this.downloaded)} of ${formatBytes(this.totalBytes)} fetched, ${formatBytes(this.downloaded / secs)}/s`
    )
  }
}
