import { randomBytes } from 'node:crypto'
import { BlockAligner } from '../../src/archive/tar.js'

/** Cut `data` into chunks of the given sizes and feed them through one aligner. */
function feed(data: Buffer, sizes: readonly number[]): { pieces: Buffer[]; rest: Buffer | undefined } {
  const a = new BlockAligner()
  const pieces: Buffer[] = []
  let at = 0
  for (const n of sizes) {
    pieces.push(...a.cut(data.subarray(at, at + n)))
    at += n
  }
  if (at < data.length) pieces.push(...a.cut(data.subarray(at)))
  return { pieces, rest: a.rest() }
}

describe('BlockAligner', () => {
  test.each([
    ['aligned chunks', [512, 1024, 65536]],
    ['chunks that straddle blocks', [100, 700, 3, 509, 2000, 1]],
    ['chunks shorter than a block', [1, 1, 1, 200, 300, 10]],
    ['one byte at a time, then the rest', Array.from({ length: 1100 }, () => 1)]
  ])('%s: whole blocks in order, nothing lost', (_name, sizes) => {
    const data = randomBytes(512 * 150)
    const { pieces, rest } = feed(data, sizes)
    expect(rest).toBeUndefined()
    for (const p of pieces) expect(p.length % 512).toBe(0)
    expect(Buffer.concat(pieces).equals(data)).toBe(true)
  })

  test('a stream that ends inside a block leaves that part as the rest', () => {
    const data = randomBytes(512 * 3 + 77)
    const { pieces, rest } = feed(data, [600, 600])
    for (const p of pieces) expect(p.length % 512).toBe(0)
    expect(rest?.length).toBe(77)
    expect(Buffer.concat([...pieces, rest as Buffer]).equals(data)).toBe(true)
  })
})
