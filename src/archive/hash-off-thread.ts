/**
 * sha256 of many files' bytes, taken on a worker thread while the caller goes on reading and
 * writing. The caller gives each file's pieces in order, then hands them over between chunks
 * (`flush`): a piece whose memory is its buffer's own is moved to the worker without a copy (its
 * buffer is detached here: the caller must be done with it), any other is copied. At most a few
 * batches are on their way at once: `flush` waits for the worker to catch up. `InThreadHasher` does
 * the same in the caller's thread, for archives too small to be worth a thread.
 */
import { createHash, type Hash } from 'node:crypto'
import { Worker, type MessagePort } from 'node:worker_threads'

export interface FileHasher {
  /**
   * The caller is done with the chunk once it has given its pieces, and its memory is its own (its
   * buffer holds nothing else, or `owned` says the chunk is the buffer's only view): the pieces may
   * be moved to the worker without a copy.
   */
  adopt(chunk: Buffer, owned?: boolean): void
  /** The next bytes of file `id` (a small integer). */
  update(id: number, piece: Buffer): void
  /** File `id` is complete. */
  end(id: number): void
  /** Between chunks: hand over what was given; resolves when there is room for more. */
  flush(): Promise<void>
  /** Every completed file's sha256 (hex), by id; the hasher is closed after. */
  digests(): Promise<Map<number, string>>
  /** Stop at once (on failure); nothing more is hashed. */
  close(): void
}

export class InThreadHasher implements FileHasher {
  private readonly open = new Map<number, Hash>()
  private readonly done = new Map<number, string>()

  adopt(): void {}

  update(id: number, piece: Buffer): void {
    let h = this.open.get(id)
    if (!h) this.open.set(id, (h = createHash('sha256')))
    h.update(piece)
  }

  end(id: number): void {
    this.done.set(id, (this.open.get(id) ?? createHash('sha256')).digest('hex'))
    this.open.delete(id)
  }

  flush(): Promise<void> {
    return Promise.resolve()
  }

  digests(): Promise<Map<number, string>> {
    return Promise.resolve(this.done)
  }

  close(): void {
    this.open.clear()
  }
}

// Runs as a CommonJS script in the worker (eval), so a bundle needs no file of its own for it.
// A batch: buffers, and ops of four numbers each: file id, buffer index (-1: the file ends), start, end.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const open = new Map()
const done = []
const recycle = workerData && workerData.recycle
parentPort.on('message', m => {
  if (m.finish) return parentPort.postMessage({ digests: done })
  const bufs = m.buffers.map(b => Buffer.from(b))
  const ops = m.ops
  for (let i = 0; i < ops.length; i += 4) {
    const id = ops[i]
    let h = open.get(id)
    if (ops[i + 1] < 0) {
      done.push(id, (h || createHash('sha256')).digest('hex'))
      open.delete(id)
      continue
    }
    if (!h) open.set(id, (h = createHash('sha256')))
    h.update(bufs[ops[i + 1]].subarray(ops[i + 2], ops[i + 3]))
  }
  parentPort.postMessage({ ack: true })
  if (recycle) recycle.postMessage(m.buffers, m.buffers) // the decompressor fills them again
})
`

/** Bytes gathered before a batch is posted. */
const BATCH_BYTES = 2 << 20
/** Batches posted and not yet hashed before `flush` waits. */
const MAX_IN_FLIGHT = 8

interface WorkerReply {
  readonly ack?: boolean
  readonly digests?: Array<number | string>
}

export class OffThreadHasher implements FileHasher {
  private readonly worker: Worker
  private buffers: ArrayBuffer[] = []
  /** Adopted chunks' buffers in this batch, by index in `buffers`. */
  private readonly index = new Map<ArrayBufferLike, number>()
  private ops: number[] = []
  private bytes = 0
  private inFlight = 0
  private failure: Error | undefined
  private waiting: (() => void) | undefined
  private finished: ((d: Map<number, string>) => void) | undefined
  private failed: ((e: Error) => void) | undefined

  /** `recycle`: where the buffers go once hashed (to be filled again), if anywhere. */
  constructor(recycle?: MessagePort) {
    this.worker = new Worker(WORKER, { eval: true, workerData: { recycle }, transferList: recycle ? [recycle] : [] })
    this.worker.on('message', (m: WorkerReply) => {
      if (m.ack) {
        this.inFlight--
        this.wake()
      }
      if (m.digests) {
        const out = new Map<number, string>()
        for (let i = 0; i < m.digests.length; i += 2) out.set(m.digests[i] as number, m.digests[i + 1] as string)
        this.finished?.(out)
      }
    })
    this.worker.on('error', (e: Error) => this.stop(new Error(`hashing on a worker thread failed: ${e.message}`)))
    this.worker.on('exit', code => this.stop(new Error(`the hashing thread stopped (exit ${code})`)))
  }

  adopt(chunk: Buffer, owned = false): void {
    const b = chunk.buffer
    if (!(b instanceof ArrayBuffer) || this.index.has(b)) return
    if (owned || (chunk.byteOffset === 0 && chunk.byteLength === b.byteLength)) this.index.set(b, this.buffers.push(b) - 1)
  }

  update(id: number, piece: Buffer): void {
    if (piece.length === 0) return
    const b = this.index.get(piece.buffer)
    if (b !== undefined) this.ops.push(id, b, piece.byteOffset, piece.byteOffset + piece.length)
    else this.ops.push(id, this.buffers.push(new Uint8Array(piece).buffer) - 1, 0, piece.length) // copied: not an adopted chunk
    this.bytes += piece.length
  }

  end(id: number): void {
    this.ops.push(id, -1, 0, 0)
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure
    if (this.bytes >= BATCH_BYTES) this.post()
    while (this.inFlight >= MAX_IN_FLIGHT && !this.failure) await new Promise<void>(resolve => (this.waiting = resolve))
    const failure = this.failure as Error | undefined // set while waiting
    if (failure) throw failure
  }

  async digests(): Promise<Map<number, string>> {
    if (this.failure) throw this.failure
    if (this.ops.length) this.post()
    const result = new Promise<Map<number, string>>((resolve, reject) => {
      this.finished = resolve
      this.failed = reject
    })
    this.worker.postMessage({ finish: true })
    try {
      return await result
    } finally {
      this.close()
    }
  }

  close(): void {
    this.failure ??= new Error('the hasher was closed')
    void this.worker.terminate()
  }

  private post(): void {
    this.worker.postMessage({ buffers: this.buffers, ops: this.ops }, this.buffers)
    this.inFlight++
    this.buffers = []
    this.index.clear()
    this.ops = []
    this.bytes = 0
  }

  private stop(e: Error): void {
    this.failure ??= e
    this.failed?.(this.failure)
    this.wake()
  }

  private wake(): void {
    const w = this.waiting
    this.waiting = undefined
    w?.()
  }
}
