/**
 * A deadline for a command in a container. Ending the engine's client (lib/exec's deadline ends
 * its process group on the host) does not end what it started inside the container, so each such
 * command carries a token in its environment (BUILD_WHEEL_DEADLINE), which its children inherit;
 * at the deadline every process inside whose environment holds the token is killed. The killer is
 * a fixed script; the token reaches it as an argument.
 */
import { randomBytes } from 'node:crypto'

export const DEADLINE_VAR = 'BUILD_WHEEL_DEADLINE'

export function newDeadlineToken(): string {
  return randomBytes(12).toString('hex')
}

/** Kill every process whose environment has DEADLINE_VAR=$1 (the script's own shell has not). */
const KILL_TAGGED = [
  'for d in /proc/[0-9]*; do',
  `  if tr '\\0' '\\n' < "$d/environ" 2>/dev/null | grep -qx "${DEADLINE_VAR}=$1"; then kill -KILL "\${d#/proc/}" 2>/dev/null; fi`,
  'done',
  'exit 0'
].join('\n')

/** The argv, run inside the container, that ends the processes carrying `token`. */
export function killTaggedArgv(token: string): string[] {
  return ['sh', '-c', KILL_TAGGED, 'sh', token]
}
