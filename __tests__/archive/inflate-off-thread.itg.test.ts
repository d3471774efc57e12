/**
 * The zstd decoder on a worker thread (src/archive/inflate-off-thread.ts): this Node takes the in-place path
 * (the zlib handle's synchronous write), the bytes come out whole across chunk and frame boundaries, a slow
 * reader pauses it without losing anything, and a cut or foreign stream is an error, never a short success.
 */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { INFLATED_CHUNK_BYTES, inflateOffThread, zstdDecodesInPlace } from '../../src/archive/inflate-off-thread.js'
import { tempDir } from '../support/temp.js'

let work = ''
beforeAll(() => {
  work = tempDir('bw-inflate-')
})

/** Data that compresses partly: random pieces and runs, `mb` MB. */
function data(mb: number): Buffer {
  const parts: Buffer[] = []
  for (let i = 0; i < mb; i++) parts.push(randomBytes(512 << 10), Buffer.alloc(512 << 10, i))
  return Buffer.concat(parts)
}

/** Everything the decoder hands over, and the largest chunk; `delayMs` between reads makes it pause. */
async function drain(file: string, delayMs = 0, inPlace = true): Promise<{ bytes: Buffer; largest: number }> {
  const d = inflateOffThread(file, 'zstd', undefined, { inPlace })
  const parts: Buffer[] = []
  let largest = 0
  for await (const chunk of d.stream as AsyncIterable<Buffer>) {
    parts.push(Buffer.from(chunk))
    largest = Math.max(largest, chunk.length)
    if (delayMs) await new Promise(r => setTimeout(r, delayMs))
  }
  await d.done()
  return { bytes: Buffer.concat(parts), largest }
}

test('this Node decodes zstd in place (the fast path); a Node without it would fall back to the stream', () => {
  expect(zstdDecodesInPlace()).toBe(true)
})

test.each([
  ['in place', true],
  ['through the stream (the fallback)', false]
])('decoded %s, the bytes come out whole across chunks and concatenated frames, in chunks of at most one slot', async (_how, inPlace) => {
  const [a, b] = [data(9), data(3)]
  const file = path.join(work, 'two-frames.zst')
  fs.writeFileSync(file, Buffer.concat([zlib.zstdCompressSync(a), zlib.zstdCompressSync(b)]))
  const got = await drain(file, 0, inPlace)
  expect(got.bytes.equals(Buffer.concat([a, b]))).toBe(true)
  expect(got.largest).toBeLessThanOrEqual(INFLATED_CHUNK_BYTES)
  expect(got.largest).toBeGreaterThan(INFLATED_CHUNK_BYTES / 2)
})

test('a reader slower than the decoder pauses it and still gets every byte', async () => {
  const a = data(24)
  const file = path.join(work, 'slow.zst')
  fs.writeFileSync(file, zlib.zstdCompressSync(a))
  expect((await drain(file, 15)).bytes.equals(a)).toBe(true)
})

test.each([
  ['cut in the middle', (z: Buffer) => z.subarray(0, Math.floor(z.length / 2)), /zstd decompression failed: unexpected end of file/],
  ['not zstd at all', () => Buffer.from('garbage '.repeat(200)), /zstd decompression failed: .*(unknown|prefix)/i],
  ['a valid frame, then garbage', (z: Buffer) => Buffer.concat([z, Buffer.from('garbage '.repeat(200))]), /zstd decompression failed/]
])('a stream %s is an error, in place and through the stream', async (_name, spoil, why) => {
  const file = path.join(work, 'bad.zst')
  fs.writeFileSync(file, spoil(zlib.zstdCompressSync(data(6))))
  await expect(drain(file)).rejects.toThrow(why)
  await expect(drain(file, 0, false)).rejects.toThrow(why)
})
