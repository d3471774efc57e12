/**
 * The storage protocol's wire details, shared by the blob store's handlers: errors as XML with
 * `x-ms-error-code`, the response headers, `Range`, and streaming a request body to a file.
 */
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import type * as http from 'node:http'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { drain } from './twirp.js'

export const STORAGE_VERSION_FALLBACK = '2026-04-06'

export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    msg: string
  ) {
    super(msg)
  }
}

export interface Blob {
  file: string
  size: number
  contentType: string
  contentMD5?: string
  etag: string
  lastModified: Date
  createdAt: Date
}

export function etag(): string {
  return `"0x8DD${crypto.randomBytes(6).toString('hex').toUpperCase()}"`
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function xmlUnescape(s: string): string {
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

export async function sha256File(file: string): Promise<string> {
  const h = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) h.update(chunk as Buffer)
  return h.digest('hex')
}

export async function readPart(file: string, start: number, n: number): Promise<Buffer> {
  const fh = await fsp.open(file, 'r')
  try {
    const buf = Buffer.alloc(n)
    const { bytesRead } = await fh.read(buf, 0, n, start)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

export function storageHeaders(req: http.IncomingMessage): Record<string, string> {
  const v = req.headers['x-ms-version']
  return {
    'x-ms-request-id': crypto.randomUUID(),
    'x-ms-version': typeof v === 'string' ? v : STORAGE_VERSION_FALLBACK,
    ...(typeof req.headers['x-ms-client-request-id'] === 'string' ? { 'x-ms-client-request-id': req.headers['x-ms-client-request-id'] } : {})
  }
}

export function sendStorageError(req: http.IncomingMessage, res: http.ServerResponse, status: number, code: string, message: string): void {
  const headers: Record<string, string | number> = { ...storageHeaders(req), 'x-ms-error-code': code }
  if (req.method === 'HEAD') {
    res.writeHead(status, headers)
    res.end()
    return
  }
  const xml = Buffer.from(
    `\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>${xmlEscape(code)}</Code><Message>${xmlEscape(`${message}\nRequestId:${headers['x-ms-request-id']}\nTime:${new Date().toISOString()}`)}</Message></Error>`
  )
  res.writeHead(status, { ...headers, 'Content-Type': 'application/xml', 'Content-Length': xml.length })
  res.end(xml)
}

/** Stream the request body to a temp file; returns size and MD5 (base64). */
export async function receive(req: http.IncomingMessage, tmpDir: string): Promise<{ file: string; size: number; md5: string }> {
  if (req.headers['x-ms-structured-body']) {
    await drain(req)
    throw new StorageError(400, 'UnsupportedHeader', 'x-ms-structured-body (CRC64 structured messages) is not supported by this loopback store')
  }
  const file = path.join(tmpDir, crypto.randomUUID())
  const md5 = crypto.createHash('md5')
  let size = 0
  req.on('data', (c: Buffer) => {
    md5.update(c)
    size += c.length
  })
  try {
    await pipeline(req, fs.createWriteStream(file))
  } catch (e) {
    await fsp.rm(file, { force: true })
    throw e
  }
  const declared = req.headers['content-length']
  if (declared !== undefined && Number(declared) !== size) {
    await fsp.rm(file, { force: true })
    throw new StorageError(400, 'InvalidInput', `body length ${size} differs from Content-Length ${declared}`)
  }
  const digest = md5.digest('base64')
  const sentMd5 = req.headers['content-md5']
  if (typeof sentMd5 === 'string' && sentMd5 !== digest) {
    await fsp.rm(file, { force: true })
    throw new StorageError(400, 'Md5Mismatch', 'The MD5 value specified in the request did not match with the MD5 value calculated by the server.')
  }
  return { file, size, md5: digest }
}

export function blobContentType(req: http.IncomingMessage, fallbackToContentType: boolean): string {
  const x = req.headers['x-ms-blob-content-type']
  if (typeof x === 'string' && x) return x
  const c = req.headers['content-type']
  if (fallbackToContentType && typeof c === 'string' && c) return c
  return 'application/octet-stream'
}

export function writeHeaders(blob: Blob): Record<string, string> {
  return { ETag: blob.etag, 'Last-Modified': blob.lastModified.toUTCString(), 'x-ms-request-server-encrypted': 'true' }
}

export function readHeaders(req: http.IncomingMessage, blob: Blob, q: URLSearchParams): Record<string, string | number> {
  const headers: Record<string, string | number> = {
    ...storageHeaders(req),
    'Content-Type': q.get('rsct') ?? blob.contentType,
    ETag: blob.etag,
    'Last-Modified': blob.lastModified.toUTCString(),
    'Accept-Ranges': 'bytes',
    'x-ms-blob-type': 'BlockBlob',
    'x-ms-creation-time': blob.createdAt.toUTCString(),
    'x-ms-lease-status': 'unlocked',
    'x-ms-lease-state': 'available',
    'x-ms-server-encrypted': 'true'
  }
  const rscd = q.get('rscd')
  if (rscd) headers['Content-Disposition'] = rscd
  if (req.method === 'HEAD') {
    headers['x-ms-access-tier'] = 'Hot'
    headers['x-ms-access-tier-inferred'] = 'true'
  }
  return headers
}

/** The byte range a GET asks for (`Range` or `x-ms-range`), or undefined for the whole blob. */
export function requestedRange(req: http.IncomingMessage, res: http.ServerResponse, size: number): { start: number; end: number } | undefined {
  const rangeHeader = (req.headers['x-ms-range'] ?? req.headers['range']) as string | undefined
  if (!rangeHeader || req.method !== 'GET') return undefined
  const m = /^bytes=(\d*)-(\d*)$/.exec(rangeHeader.trim())
  if (!m || (m[1] === '' && m[2] === '')) throw new StorageError(400, 'InvalidRange', 'The range specified is invalid for the current size of the resource.')
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1])
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  if (start >= size || start > end) {
    res.setHeader('Content-Range', `bytes */${size}`)
    throw new StorageError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.')
  }
  return { start, end }
}
