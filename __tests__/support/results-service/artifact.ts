/**
 * The artifact service's RPCs (`CreateArtifact`, `FinalizeArtifact`, `ListArtifacts`,
 * `GetSignedArtifactURL`, `DeleteArtifact`): artifacts belong to a run and a job, as the token says.
 */
import * as crypto from 'node:crypto'
import { ARTIFACT_CONTAINER, sha256File, type BlobStore } from './blob.js'
import { int64, str, timestamp, TwirpError, wrapped, type Json, type RpcTable } from './twirp.js'
import type { ArtifactInfo, BackendIds } from './types.js'

/** What the service keeps of an artifact: the public record, with the blob's name instead of its path. */
type Artifact = Omit<ArtifactInfo, 'file'> & { blobName: string }

export interface ArtifactService {
  readonly rpcs: RpcTable
  list(): ArtifactInfo[]
}

export function createArtifactService(blobs: BlobStore): ArtifactService {
  const artifacts: Artifact[] = []
  let nextArtifactId = 1
  let blobSeq = 0

  function requireRun(body: Json, ids: BackendIds): string {
    const run = str(body, 'workflow_run_backend_id')
    if (!run) throw new TwirpError('invalid_argument', 'workflow_run_backend_id is required')
    if (run !== ids.runBackendId) throw new TwirpError('permission_denied', 'token is not valid for this workflow run')
    return run
  }

  const listed = (a: Artifact): Json => {
    const out: Json = {
      workflow_run_backend_id: a.runBackendId,
      workflow_job_run_backend_id: a.jobBackendId,
      database_id: String(a.id),
      name: a.name,
      size: String(a.size),
      created_at: timestamp(a.createdAt)
    }
    if (a.digest) out['digest'] = a.digest
    return out
  }

  const artifactRpcs: RpcTable = {
    CreateArtifact(body, ids) {
      const run = requireRun(body, ids)
      const job = str(body, 'workflow_job_run_backend_id')
      if (job !== ids.jobBackendId) throw new TwirpError('permission_denied', 'token is not valid for this workflow job run')
      const name = str(body, 'name')
      if (!name) throw new TwirpError('invalid_argument', 'name is required')
      const version = Number(body['version'] ?? 0)
      if (!(version >= 4)) throw new TwirpError('invalid_argument', `unsupported artifact version ${version}`)
      if (artifacts.some(a => a.runBackendId === run && a.name === name)) {
        throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run')
      }
      const expires = body['expires_at']
      const mime = wrapped(body, 'mime_type')
      const a: Artifact = {
        id: nextArtifactId++,
        name,
        size: 0,
        mimeType: mime,
        runBackendId: run,
        jobBackendId: job,
        finalized: false,
        createdAt: new Date(),
        expiresAt: typeof expires === 'string' ? new Date(expires) : undefined,
        blobName: `${run}/workflow-job-run-${job}/artifacts/${crypto.createHash('sha256').update(`${name}\n${blobSeq++}`).digest('hex')}`
      }
      artifacts.push(a)
      return { ok: true, signed_upload_url: blobs.signedUrl(ARTIFACT_CONTAINER, a.blobName, 'cw') }
    },
    async FinalizeArtifact(body, ids) {
      const run = requireRun(body, ids)
      const job = str(body, 'workflow_job_run_backend_id')
      const name = str(body, 'name')
      const a = artifacts.find(x => x.runBackendId === run && x.jobBackendId === job && x.name === name && !x.finalized)
      if (!a) throw new TwirpError('not_found', 'artifact not found')
      const blob = blobs.get(ARTIFACT_CONTAINER, a.blobName)
      if (!blob) throw new TwirpError('failed_precondition', 'artifact content was not uploaded')
      const size = int64(body, 'size')
      if (size !== blob.size) throw new TwirpError('invalid_argument', `artifact size mismatch: uploaded ${blob.size} bytes, finalize says ${size}`)
      const hash = wrapped(body, 'hash')
      if (hash !== undefined) {
        const actual = `sha256:${await sha256File(blob.file)}`
        if (hash !== actual) throw new TwirpError('invalid_argument', `artifact hash mismatch: uploaded ${actual}, finalize says ${hash}`)
        a.digest = hash
      }
      a.size = size
      a.finalized = true
      return { ok: true, artifact_id: String(a.id) }
    },
    ListArtifacts(body, ids) {
      const run = requireRun(body, ids)
      const nameFilter = wrapped(body, 'name_filter')
      const idFilter = wrapped(body, 'id_filter')
      const list = artifacts.filter(
        a =>
          a.finalized && a.runBackendId === run && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || String(a.id) === idFilter)
      )
      return { artifacts: list.map(listed) }
    },
    GetSignedArtifactURL(body, ids) {
      const run = requireRun(body, ids)
      const job = str(body, 'workflow_job_run_backend_id')
      const name = str(body, 'name')
      const a = artifacts.find(x => x.finalized && x.runBackendId === run && x.jobBackendId === job && x.name === name)
      if (!a) throw new TwirpError('not_found', 'artifact not found')
      const fileName = a.mimeType === 'application/zip' || !a.mimeType ? `${a.name}.zip` : a.name
      return {
        signed_url: blobs.signedUrl(ARTIFACT_CONTAINER, a.blobName, 'r', {
          rscd: `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
        })
      }
    },
    async DeleteArtifact(body, ids) {
      const run = requireRun(body, ids)
      const job = str(body, 'workflow_job_run_backend_id')
      const name = str(body, 'name')
      const idx = artifacts.findIndex(x => x.finalized && x.runBackendId === run && x.jobBackendId === job && x.name === name)
      if (idx < 0) throw new TwirpError('not_found', 'artifact not found')
      const [a] = artifacts.splice(idx, 1)
      await blobs.remove(ARTIFACT_CONTAINER, a.blobName)
      return { ok: true, artifact_id: String(a.id) }
    }
  }

  return {
    rpcs: artifactRpcs,
    list: () => artifacts.map(({ blobName, ...a }) => ({ ...a, file: blobs.fileOf(ARTIFACT_CONTAINER, blobName) }))
  }
}
