/**
 * Upload files as a workflow artifact with the real @actions/artifact, loaded only here: the
 * library and the Azure storage client it brings stay out of a step's start-up.
 */
import { info, inActions, phase, warning } from './log.js'
import { boundedOrElse } from './timeout.js'

export async function uploadArtifact(name: string, files: readonly string[], rootDir: string): Promise<number | undefined> {
  if (!inActions()) {
    warning(`artifact '${name}' is not uploaded outside a GitHub runner; the files are in ${rootDir}`)
    return undefined
  }
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const r = await client.uploadArtifact(name, [...files], rootDir)
  info(`uploaded artifact '${name}' (id ${r.id}, ${r.size} bytes)`)
  return r.id
}

/** The upload as a phase of its own, bounded by the service timeout: past it the step warns and goes on. */
export function uploadBounded(
  up: { readonly name: string; readonly serviceTimeout: number },
  files: readonly string[],
  rootDir: string
): Promise<number | undefined> {
  return phase(`upload artifact ${up.name}`, () =>
    boundedOrElse(
      `uploading the artifact ${up.name}`,
      up.serviceTimeout,
      undefined,
      () => uploadArtifact(up.name, files, rootDir),
      `the files are in ${rootDir}`
    )
  )
}
