/** Work over a list with a bound on how much runs at once. */

/** `fn` over `items`, at most `width` at a time, started in the items' order; results in that order. */
export async function mapBounded<T, R>(items: readonly T[], width: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i], i)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, worker))
  return out
}

/**
 * Turns taken in index order: `take(i)` waits until every turn before i is `done`, so work that
 * must not overlap (two builds in one source folder) runs one at a time, in order, while the work
 * around it runs at once. Each index must be marked done once, also when it failed or never took
 * its turn.
 */
export class Turns {
  private readonly ends: Array<{ promise: Promise<void>; resolve: () => void }>

  constructor(count: number) {
    this.ends = Array.from({ length: count }, () => {
      let resolve = (): void => {}
      const promise = new Promise<void>(r => (resolve = r))
      return { promise, resolve }
    })
  }

  async take(i: number): Promise<void> {
    if (i > 0) await this.ends[i - 1].promise
  }

  done(i: number): void {
    // turn i ends only once the turns before it have: an early failure never lets i+1 jump the queue
    const prev = i > 0 ? this.ends[i - 1].promise : Promise.resolve()
    void prev.then(this.ends[i].resolve)
  }
}
