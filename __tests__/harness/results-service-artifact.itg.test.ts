// The real @actions/artifact (v6) against the loopback results service.
import * as crypto from 'node:crypto'
import * as fsp from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { captureStdout, withEnv } from '../support/in-process.js'
import { backendIdsFromToken, startResultsService, type ResultsServiceHandle } from '../support/results-service.js'

let svc: ResultsServiceHandle
let root: string
let workspace: string
const client = new DefaultArtifactClient()

function inStep<T>(fn: () => Promise<T>, env: Record<string, string> = svc.env): Promise<T> {
  return withEnv({ ...env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(root, 'tmp'), GITHUB_SERVER_URL: undefined, RUNNER_DEBUG: undefined }, fn)
}

/** Every regular file under dir, relative path -> content. */
async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  for (const e of await fsp.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue
    const abs = path.join(e.parentPath, e.name)
    out.set(path.relative(dir, abs), await fsp.readFile(abs))
  }
  return out
}

const files: Record<string, Buffer> = {
  'wheelhouse/montage-7.0-cp311-cp311-manylinux_2_28_x86_64.whl': crypto.randomBytes(10 * 1024 * 1024 + 12345), // > one 8 MiB block
  'wheelhouse/notes/README.txt': Buffer.from('built by the harness\n'),
  'wheelhouse/empty.dat': Buffer.alloc(0)
}

beforeAll(async () => {
  svc = await startResultsService()
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'harness-artifact-'))
  workspace = path.join(root, 'workspace')
  await fsp.mkdir(path.join(root, 'tmp'), { recursive: true })
  for (const [rel, content] of Object.entries(files)) {
    await fsp.mkdir(path.dirname(path.join(workspace, rel)), { recursive: true })
    await fsp.writeFile(path.join(workspace, rel), content)
  }
})

afterAll(async () => {
  await svc.close()
  await fsp.rm(root, { recursive: true, force: true })
})

let uploaded: { id?: number; size?: number; digest?: string }

test('the token carries the backend ids the artifact library decodes', () => {
  expect(backendIdsFromToken(svc.token)).toEqual({ runBackendId: svc.runBackendId, jobBackendId: svc.jobBackendId })
})

test('uploadArtifact: CreateArtifact, staged blocks + block list, FinalizeArtifact', async () => {
  const before = svc.calls.length
  const paths = Object.keys(files).map(f => path.join(workspace, f))
  const { result } = await captureStdout(() => inStep(() => client.uploadArtifact('wheels-linux', paths, path.join(workspace, 'wheelhouse'))))
  uploaded = result
  expect(result.id).toBeGreaterThan(0)
  const info = svc.artifacts().find(a => a.name === 'wheels-linux')!
  expect(info).toMatchObject({
    id: result.id,
    size: result.size,
    finalized: true,
    mimeType: 'application/zip',
    runBackendId: svc.runBackendId,
    jobBackendId: svc.jobBackendId
  })
  const blob = await fsp.readFile(info.file)
  expect(blob.length).toBe(result.size)
  expect(`sha256:${crypto.createHash('sha256').update(blob).digest('hex')}`).toBe(info.digest)
  expect(info.digest).toBe(`sha256:${result.digest}`)

  const calls = svc.calls.slice(before)
  expect(calls.filter(c => c.rpc).map(c => [c.rpc, c.status])).toEqual([
    ['CreateArtifact', 200],
    ['FinalizeArtifact', 200]
  ])
  expect(calls.find(c => c.rpc === 'CreateArtifact')!.body).toMatchObject({
    workflow_run_backend_id: svc.runBackendId,
    workflow_job_run_backend_id: svc.jobBackendId,
    name: 'wheels-linux',
    mime_type: 'application/zip',
    version: 7
  })
  expect(calls.find(c => c.rpc === 'FinalizeArtifact')!.body).toMatchObject({ size: String(result.size), hash: info.digest })
  expect(calls.filter(c => c.kind === 'blob' && c.query.includes('comp=block&')).length).toBe(2)
  expect(calls.filter(c => c.kind === 'blob' && c.query.includes('comp=blocklist')).map(c => c.status)).toEqual([201])
})

test('listArtifacts and getArtifact see the finalized artifact with int64 ids and sizes as numbers', async () => {
  const { result: list } = await captureStdout(() => inStep(() => client.listArtifacts()))
  expect(list.artifacts).toHaveLength(1)
  expect(list.artifacts[0]).toMatchObject({ name: 'wheels-linux', id: uploaded.id, size: uploaded.size, digest: `sha256:${uploaded.digest}` })
  expect(list.artifacts[0].createdAt).toBeInstanceOf(Date)
  const { result: got } = await captureStdout(() => inStep(() => client.getArtifact('wheels-linux')))
  expect(got.artifact.id).toBe(uploaded.id)
})

test('downloadArtifact extracts byte-identical files (served as application/zip)', async () => {
  const dest = path.join(root, 'download-1')
  const before = svc.calls.length
  const { result } = await captureStdout(() => inStep(() => client.downloadArtifact(uploaded.id!, { path: dest, expectedHash: `sha256:${uploaded.digest}` })))
  expect(result.downloadPath).toBe(dest)
  expect(result.digestMismatch).toBe(false)
  const got = await readTree(dest)
  const want = new Map(Object.entries(files).map(([k, v]) => [path.relative('wheelhouse', k), v]))
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort())
  for (const [k, v] of want) expect(got.get(k)!.equals(v)).toBe(true)
  const calls = svc.calls.slice(before)
  expect(calls.filter(c => c.rpc).map(c => c.rpc)).toEqual(['ListArtifacts', 'GetSignedArtifactURL'])
  expect(calls.filter(c => c.kind === 'blob').map(c => [c.method, c.status])).toEqual([['GET', 200]])
})

test('the signed download URL answers with application/zip, content-length and a content-disposition', async () => {
  const r = await fetch(new URL('/twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL', svc.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
    body: JSON.stringify({ workflow_run_backend_id: svc.runBackendId, workflow_job_run_backend_id: svc.jobBackendId, name: 'wheels-linux' })
  })
  const { signed_url } = (await r.json()) as { signed_url: string }
  const dl = await fetch(signed_url)
  expect(dl.status).toBe(200)
  expect(dl.headers.get('content-type')).toBe('application/zip')
  expect(Number(dl.headers.get('content-length'))).toBe(uploaded.size)
  expect(dl.headers.get('content-disposition')).toContain('filename="wheels-linux.zip"')
  const body = Buffer.from(await dl.arrayBuffer())
  expect(body.subarray(0, 2).toString()).toBe('PK')
})

test('uploading the same name again in the run fails with 409 already_exists', async () => {
  const before = svc.calls.length
  const p = path.join(workspace, 'wheelhouse/notes/README.txt')
  await expect(captureStdout(() => inStep(() => client.uploadArtifact('wheels-linux', [p], path.join(workspace, 'wheelhouse'))))).rejects.toThrow(
    /Failed to CreateArtifact: Received non-retryable error: Failed request: \(409\) Conflict: an artifact with this name already exists on the workflow run/
  )
  expect(
    svc.calls
      .slice(before)
      .filter(c => c.rpc)
      .map(c => c.status)
  ).toEqual([409])
})

test('another job of the same run can download it; another run cannot see it', async () => {
  const otherJob = svc.envFor({})
  const { result } = await captureStdout(() => inStep(() => client.listArtifacts(), otherJob))
  expect(result.artifacts.map(a => a.name)).toEqual(['wheels-linux'])
  const dest = path.join(root, 'download-2')
  await captureStdout(() => inStep(() => client.downloadArtifact(uploaded.id!, { path: dest }), otherJob))
  expect(await fsp.readFile(path.join(dest, 'notes/README.txt'), 'utf8')).toBe('built by the harness\n')

  const otherRun = svc.envFor({ runBackendId: crypto.randomUUID() })
  const other = await captureStdout(() => inStep(() => client.listArtifacts(), otherRun))
  expect(other.result.artifacts).toEqual([])
})

test('skipArchive uploads one raw file; download writes it under its own name', async () => {
  const p = path.join(workspace, 'wheelhouse/notes/README.txt')
  const { result } = await captureStdout(() => inStep(() => client.uploadArtifact('ignored', [p], path.join(workspace, 'wheelhouse'), { skipArchive: true })))
  const info = svc.artifacts().find(a => a.id === result.id)!
  expect(info).toMatchObject({ name: 'README.txt', mimeType: 'text/plain', size: 21 })
  const dest = path.join(root, 'download-raw')
  await captureStdout(() => inStep(() => client.downloadArtifact(result.id!, { path: dest })))
  expect(await fsp.readFile(path.join(dest, 'README.txt'), 'utf8')).toBe('built by the harness\n')
})

test('deleteArtifact removes it from the list and from disk', async () => {
  const file = svc.artifacts().find(a => a.name === 'wheels-linux')!.file
  const { result } = await captureStdout(() => inStep(() => client.deleteArtifact('wheels-linux')))
  expect(result.id).toBe(uploaded.id)
  expect(svc.artifacts().map(a => a.name)).toEqual(['README.txt'])
  await expect(fsp.stat(file)).rejects.toThrow(/ENOENT/)
  await expect(captureStdout(() => inStep(() => client.getArtifact('wheels-linux')))).rejects.toThrow(/Artifact not found/)
})

test('a token for another run is refused by CreateArtifact with permission_denied', async () => {
  const ids = { workflow_run_backend_id: crypto.randomUUID(), workflow_job_run_backend_id: svc.jobBackendId, name: 'x', version: 7 }
  const r = await fetch(new URL('/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact', svc.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
    body: JSON.stringify(ids)
  })
  expect(r.status).toBe(403)
  expect(await r.json()).toMatchObject({ code: 'permission_denied' })
})

test('a dropped connection on a block upload is retried by the Azure SDK', async () => {
  svc.setFaults([{ match: /comp=block&/, reset: true, times: 1 }])
  try {
    const p = path.join(workspace, 'wheelhouse/notes/README.txt')
    const { result } = await captureStdout(() => inStep(() => client.uploadArtifact('retried', [p], path.join(workspace, 'wheelhouse'))))
    expect(result.id).toBeGreaterThan(0)
    const blocks = svc.calls.filter(c => c.kind === 'blob' && c.query.includes('comp=block&') && c.path.includes(svc.runBackendId)).slice(-2)
    expect(blocks.map(c => c.fault ?? false)).toEqual([true, false])
  } finally {
    svc.setFaults([])
  }
}, 60_000)

test('a delay fault holds the request back without failing it', async () => {
  svc.setFaults([{ match: 'ListArtifacts', delayMs: 400, times: 1 }])
  try {
    const t0 = Date.now()
    const { result } = await captureStdout(() => inStep(() => client.listArtifacts()))
    expect(Date.now() - t0).toBeGreaterThanOrEqual(380)
    expect(result.artifacts.length).toBeGreaterThan(0)
    expect(svc.calls.filter(c => c.rpc === 'ListArtifacts').at(-1)).toMatchObject({ status: 200, fault: true })
  } finally {
    svc.setFaults([])
  }
})
