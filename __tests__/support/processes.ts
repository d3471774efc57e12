/** Whether processes are still there, for tests of deadlines and kills. */

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Wait up to `ms` for pid to be gone; whether it is. */
export async function gone(pid: number, ms = 6000): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (!alive(pid)) return true
    await new Promise(r => setTimeout(r, 50))
  }
  return !alive(pid)
}
