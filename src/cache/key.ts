/** Content-addressed cache keys: a hash of what determines the result, never a date or a run id. */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) h.update(chunk as Buffer)
  return h.digest('hex')
}

/** Combine named parts into one key: `<prefix>-<64 hex>`; the parts are what the key depends on. */
export function composeKey(prefix: string, parts: Readonly<Record<string, string>>): string {
  const body = Object.keys(parts)
    .sort()
    .map(k => `${k}=${parts[k]}`)
    .join('\n')
  return `${prefix}-${sha256Hex(body)}`
}
