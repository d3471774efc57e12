/** What code under test writes to stderr (warnings outside a runner go there), captured while `fn` runs. */
export async function captureStderr<T>(fn: () => Promise<T>): Promise<{ value: T; stderr: string }> {
  const chunks: string[] = []
  const original = process.stderr.write
  process.stderr.write = (c: unknown) => {
    chunks.push(String(c))
    return true
  }
  try {
    return { value: await fn(), stderr: chunks.join('') }
  } finally {
    process.stderr.write = original
  }
}
