/** git in a test's own repository, with an identity and a default branch of its own (no global config needed). */
import { execFileSync } from 'node:child_process'

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd: dir }).toString()
}
