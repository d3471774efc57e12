/**
 * Upload the wheels as a workflow artifact with the real @actions/artifact, loaded only here: the
 * library and the Azure storage client it brings stay out of a step's start-up.
 */
import { info, inActions, warning } from '../lib/log.js'

export async function uploadWheels(name: string, files: readonly string[], rootDir: string): Promise<number | undefined> {
  if (!inActions()) {
    warning(`upload-artifact '${name}' is ignored outside a GitHub runner; the wheels are in ${rootDir}`)
    return undefined
  }
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const r = await client.uploadArtifact(name, [...files], rootDir)
  info(`uploaded artifact '${name}' (id ${r.id}, ${r.size} bytes)`)
  return r.id
}
