/**
 * An Azure-Blob-like store for the signed URLs the RPCs hand out (`@azure/storage-blob` is what
 * uploads; the cache library downloads with a plain GET, the artifact library with a plain GET that
 * must answer 200): Put Blob, Put Block, Put Block List, Get Blob (with `Range`), Get Blob Properties
 * (HEAD). SAS query parameters are checked (`sig` is an HMAC over path, permissions and expiry).
 * Blobs live in files on disk; nothing is buffered whole in memory.
 */
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import type * as http from 'node:http'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import {
  blobContentType,
  etag,
  readHeaders,
  readPart,
  receive,
  requestedRange,
  sendStorageError,
  STORAGE_VERSION_FALLBACK,
  StorageError,
  storageHeaders,
  writeHeaders,
  xmlUnescape,
  type Blob
} from './blob-wire.js'
import { drain, readBody } from './twirp.js'

export { sha256File, StorageError, type Blob } from './blob-wire.js'

export const STORAGE_ACCOUNT = 'loopbackresults'
export const CACHE_CONTAINER = 'actions-cache'
export const ARTIFACT_CONTAINER = 'actions-results'

/** A request's target in the store. */
interface Target {
  readonly container: string
  readonly name: string
  /** `${container}/${name}`: the key of `blobs`. */
  readonly key: string
  readonly decodedPath: string
  readonly q: URLSearchParams
}

export interface BlobStore {
  /** The service's origin (set once the server listens), for signed URLs. */
  origin: string
  /** A SAS URL for a blob, `sp` being the permissions (`r` read, `cw` create+write). */
  signedUrl(container: string, name: string, sp: string, extra?: Record<string, string>): string
  get(container: string, name: string): Blob | undefined
  /** The file a blob is (or will be) kept in. */
  fileOf(container: string, name: string): string
  /** Store a copy of `file` as a blob. */
  put(container: string, name: string, file: string): Promise<Blob>
  remove(container: string, name: string): Promise<void>
  /** Serve a storage request; `truncate` sends only the first N bytes of a download, then closes. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, truncate?: number): Promise<void>
  sendError(req: http.IncomingMessage, res: http.ServerResponse, status: number, code: string, message: string): void
}

export async function createBlobStore(dataDir: string): Promise<BlobStore> {
  const blobDir = path.join(dataDir, 'blobs')
  const blockDir = path.join(dataDir, 'blocks')
  const tmpDir = path.join(dataDir, 'tmp')
  await Promise.all([blobDir, blockDir, tmpDir].map(d => fsp.mkdir(d, { recursive: true })))
  const sasSecret = crypto.randomBytes(32)
  const blobs = new Map<string, Blob>() // key: `${container}/${blobName}`
  const blockIdLength = new Map<string, number>()
  const hashed = (dir: string, container: string, name: string): string =>
    path.join(dir, crypto.createHash('sha256').update(`${container}/${name}`).digest('hex'))
  const blobFile = (container: string, name: string): string => hashed(blobDir, container, name)
  const blockFolder = (container: string, name: string): string => hashed(blockDir, container, name)

  function sign(pathname: string, sp: string, se: string): string {
    return crypto.createHmac('sha256', sasSecret).update(`${pathname}\n${sp}\n${se}`).digest('base64')
  }

  const store: BlobStore = {
    origin: '',
    signedUrl(container, name, sp, extra = {}) {
      const pathname = `/${STORAGE_ACCOUNT}/${container}/${name.split('/').map(encodeURIComponent).join('/')}`
      const se = new Date(Date.now() + 6 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
      const q = new URLSearchParams({ sv: STORAGE_VERSION_FALLBACK, sr: 'b', sp, se, ...extra })
      q.set('sig', sign(decodeURIComponent(pathname), sp, se))
      return `${store.origin}${pathname.slice(1)}?${q.toString()}`
    },
    get: (container, name) => blobs.get(`${container}/${name}`),
    fileOf: blobFile,
    async put(container, name, file) {
      const tmp = path.join(tmpDir, crypto.randomUUID())
      await fsp.copyFile(file, tmp)
      const size = (await fsp.stat(tmp)).size
      return commit(`${container}/${name}`, container, name, tmp, size, 'application/octet-stream')
    },
    async remove(container, name) {
      const key = `${container}/${name}`
      const blob = blobs.get(key)
      blobs.delete(key)
      if (blob) await fsp.rm(blob.file, { force: true })
    },
    handle: handleBlob,
    sendError: sendStorageError
  }

  // ---------------- blob store

  function checkSas(pathname: string, q: URLSearchParams, need: 'r' | 'w'): void {
    const sig = q.get('sig')
    const sp = q.get('sp') ?? ''
    const se = q.get('se') ?? ''
    if (!sig)
      throw new StorageError(
        403,
        'NoAuthenticationInformation',
        'Server failed to authenticate the request. Please refer to the information in the www-authenticate header.'
      )
    const expected = sign(pathname, sp, se)
    const a = Buffer.from(sig)
    const b = Buffer.from(expected)
    if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
      throw new StorageError(
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.'
      )
    }
    if (!(Date.parse(se) > Date.now()))
      throw new StorageError(403, 'AuthenticationFailed', 'Signed expiry time has to be after signed start time / the SAS has expired.')
    if (!sp.includes(need))
      throw new StorageError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.')
  }

  async function commit(key: string, container: string, name: string, tmpFile: string, size: number, contentType: string, md5?: string): Promise<Blob> {
    const file = blobFile(container, name)
    await fsp.rename(tmpFile, file)
    const prev = blobs.get(key)
    const now = new Date()
    const blob: Blob = { file, size, contentType, contentMD5: md5, etag: etag(), lastModified: now, createdAt: prev?.createdAt ?? now }
    blobs.set(key, blob)
    return blob
  }

  async function putBlock(req: http.IncomingMessage, res: http.ServerResponse, t: Target): Promise<void> {
    const blockId = t.q.get('blockid')
    if (!blockId || !/^[A-Za-z0-9+/]+={0,2}$/.test(blockId) || Buffer.from(blockId, 'base64').length > 64) {
      await drain(req)
      throw new StorageError(
        400,
        'InvalidQueryParameterValue',
        `Value for one of the query parameters specified in the request URI is invalid (blockid=${blockId ?? ''}).`
      )
    }
    const known = blockIdLength.get(t.key)
    if (known !== undefined && known !== blockId.length) {
      await drain(req)
      throw new StorageError(400, 'InvalidBlobOrBlock', 'The specified blob or block content is invalid (block ids of one blob must have equal length).')
    }
    blockIdLength.set(t.key, blockId.length)
    const got = await receive(req, tmpDir)
    const dir = blockFolder(t.container, t.name)
    await fsp.mkdir(dir, { recursive: true })
    await fsp.rename(got.file, path.join(dir, Buffer.from(blockId).toString('hex')))
    res.writeHead(201, { ...storageHeaders(req), 'Content-MD5': got.md5, 'x-ms-request-server-encrypted': 'true', 'Content-Length': 0 })
    res.end()
  }

  /** The uncommitted block files a Put Block List names, in order. */
  async function listedBlocks(req: http.IncomingMessage, t: Target): Promise<string[]> {
    let xml: string
    try {
      xml = (await readBody(req, 16 * 1024 * 1024)).toString('utf8')
    } catch (e) {
      if (e instanceof RangeError) throw new StorageError(413, 'RequestBodyTooLarge', e.message)
      throw e
    }
    if (!/<BlockList>/.test(xml)) throw new StorageError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.')
    const dir = blockFolder(t.container, t.name)
    const files: string[] = []
    for (const m of xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
      const [kind, id] = [m[1], xmlUnescape(m[2]).trim()]
      const f = path.join(dir, Buffer.from(id).toString('hex'))
      if (kind === 'Committed' || !fs.existsSync(f))
        throw new StorageError(400, 'InvalidBlockList', `The specified block list is invalid (block ${id} (${kind}) not found among the uncommitted blocks).`)
      files.push(f)
    }
    return files
  }

  async function putBlockList(req: http.IncomingMessage, res: http.ServerResponse, t: Target): Promise<void> {
    const files = await listedBlocks(req, t)
    const tmp = path.join(tmpDir, crypto.randomUUID())
    let size = 0
    const fh = await fsp.open(tmp, 'w')
    try {
      for (const f of files) {
        for await (const chunk of fs.createReadStream(f, { highWaterMark: 1024 * 1024 })) {
          const b = chunk as Buffer
          await fh.write(b, 0, b.length)
          size += b.length
        }
      }
    } finally {
      await fh.close()
    }
    await fsp.rm(blockFolder(t.container, t.name), { recursive: true, force: true })
    blockIdLength.delete(t.key)
    const blob = await commit(t.key, t.container, t.name, tmp, size, blobContentType(req, false))
    res.writeHead(201, { ...storageHeaders(req), ...writeHeaders(blob), 'Content-Length': 0 })
    res.end()
  }

  async function putBlob(req: http.IncomingMessage, res: http.ServerResponse, t: Target): Promise<void> {
    const blobType = req.headers['x-ms-blob-type']
    if (!blobType) {
      await drain(req)
      throw new StorageError(400, 'MissingRequiredHeader', "An HTTP header that's mandatory for this request is not specified (x-ms-blob-type).")
    }
    if (blobType !== 'BlockBlob') {
      await drain(req)
      throw new StorageError(400, 'UnsupportedHeader', `x-ms-blob-type ${String(blobType)} is not supported by this loopback store`)
    }
    const got = await receive(req, tmpDir)
    const blob = await commit(t.key, t.container, t.name, got.file, got.size, blobContentType(req, true), got.md5)
    res.writeHead(201, { ...storageHeaders(req), ...writeHeaders(blob), 'Content-MD5': got.md5, 'Content-Length': 0 })
    res.end()
  }

  async function put(req: http.IncomingMessage, res: http.ServerResponse, t: Target): Promise<void> {
    try {
      checkSas(t.decodedPath, t.q, 'w')
    } catch (e) {
      await drain(req)
      throw e
    }
    const comp = t.q.get('comp')
    if (comp === 'block') return putBlock(req, res, t)
    if (comp === 'blocklist') return putBlockList(req, res, t)
    if (comp) {
      await drain(req)
      throw new StorageError(400, 'UnsupportedQueryParameter', `comp=${comp} is not supported by this loopback store`)
    }
    return putBlob(req, res, t)
  }

  async function read(req: http.IncomingMessage, res: http.ServerResponse, t: Target, truncate?: number): Promise<void> {
    await drain(req)
    checkSas(t.decodedPath, t.q, 'r')
    const comp = t.q.get('comp')
    if (comp) throw new StorageError(400, 'UnsupportedQueryParameter', `comp=${comp} is not supported by this loopback store`)
    const blob = blobs.get(t.key)
    if (!blob) throw new StorageError(404, 'BlobNotFound', 'The specified blob does not exist.')
    const headers = readHeaders(req, blob, t.q)
    const range = requestedRange(req, res, blob.size)
    if (range) headers['Content-Range'] = `bytes ${range.start}-${range.end}/${blob.size}`
    else if (blob.contentMD5) headers['Content-MD5'] = blob.contentMD5
    const { start, end } = range ?? { start: 0, end: blob.size - 1 }
    const length = blob.size === 0 ? 0 : end - start + 1
    headers['Content-Length'] = length
    res.writeHead(range ? 206 : 200, headers)
    if (req.method === 'HEAD' || length === 0) {
      res.end()
      return
    }
    if (truncate !== undefined) {
      // the promised length, then less: the connection closes early
      const part = await readPart(blob.file, start, Math.min(truncate, length))
      await new Promise<void>(resolve => res.write(part, () => resolve()))
      res.socket?.destroy()
      return
    }
    await pipeline(fs.createReadStream(blob.file, { start, end }), res)
  }

  async function handleBlob(req: http.IncomingMessage, res: http.ServerResponse, url: URL, truncate?: number): Promise<void> {
    const segments = url.pathname.split('/').slice(1).map(decodeURIComponent)
    if (segments.length < 3 || segments[0] !== STORAGE_ACCOUNT) {
      await drain(req)
      throw new StorageError(400, 'InvalidUri', 'The requested URI does not represent any resource on the server.')
    }
    const [container, name] = [segments[1], segments.slice(2).join('/')]
    const t: Target = { container, name, key: `${container}/${name}`, decodedPath: `/${segments.join('/')}`, q: url.searchParams }
    if (req.method === 'PUT') return put(req, res, t)
    if (req.method === 'GET' || req.method === 'HEAD') return read(req, res, t, truncate)
    await drain(req)
    if (req.method === 'DELETE') {
      checkSas(t.decodedPath, t.q, 'w')
      throw new StorageError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.')
    }
    throw new StorageError(405, 'UnsupportedHttpVerb', `The resource doesn't support specified Http Verb ${req.method}.`)
  }

  return store
}
