/**
 * A container engine that stops answering while a command runs in its container (crashed,
 * restarted, stopped): the command's "exit code" is then the engine client's, and the error must
 * say that the engine went away, and which one, not that make failed. The client's own failures
 * (125: the engine refused, 255: the connection was lost, 1 with "Cannot connect") are checked
 * after `run`, any failure after `runOrThrow`, by asking the engine for its version (bounded).
 */
import { formatArgv } from '../lib/errors.js'
import { versionArgs } from './docker-args.js'
import { engineCall } from './engine-cli.js'

/** Exit codes of the engine's client itself, not of the command it ran. */
const CLIENT_FAILURE_CODES: ReadonlySet<number> = new Set([125, 255])
/** What the client prints when it cannot reach its engine (it then exits 1). */
const CANNOT_CONNECT = /Cannot connect to the Docker daemon|error during connect|unable to connect to Podman|connection refused.*(docker|podman)\.sock/i

/** Whether a failed `exec` may be the engine's failure rather than the command's: worth asking the engine. */
export function maybeEngineFailure(r: { exitCode: number; stderr: string }): boolean {
  return CLIENT_FAILURE_CODES.has(r.exitCode) || (r.exitCode === 1 && CANNOT_CONNECT.test(r.stderr))
}
/** How long the engine has to answer before it is deemed gone. */
const ANSWER_MS = 10_000

export class EngineGoneError extends Error {
  override name = 'EngineGoneError'
}

/** The engine the client talks to, for messages: DOCKER_HOST / CONTAINER_HOST, else the default. */
export function engineAddress(kind: 'docker' | 'podman', env: Readonly<Record<string, string | undefined>>): string {
  if (kind === 'docker') return env.DOCKER_HOST || (env.DOCKER_CONTEXT ? `context ${env.DOCKER_CONTEXT}` : 'unix:///var/run/docker.sock')
  return env.CONTAINER_HOST || 'the local podman service'
}

/**
 * When the engine does not answer: the error to throw (naming the engine, its address, the
 * container and the command, with the client's last lines); undefined when it answers.
 */
export async function engineGone(
  kind: 'docker' | 'podman',
  cliEnv: Readonly<Record<string, string>>,
  container: string,
  argv: readonly string[],
  result: { exitCode: number; tail: string }
): Promise<EngineGoneError | undefined> {
  const probe = await engineCall(kind, versionArgs(kind), { timeoutMs: ANSWER_MS, env: cliEnv })
  if (probe.code === 0 && probe.stdout.trim()) return undefined
  const address = engineAddress(kind, { ...process.env, ...cliEnv })
  const said = (probe.stderr.trim() || (probe.timedOut ? `no answer within ${ANSWER_MS / 1000} s` : '')).split('\n').slice(-2).join(' ')
  return new EngineGoneError(
    `the ${kind} engine at ${address} went away while a command ran in the container ${container}: ${formatArgv(argv)} ` +
      `(exit code ${result.exitCode} is the ${kind} client's, not the command's; the engine now says: ${said || 'nothing'})` +
      (result.tail ? `\nthe command's last lines:\n  | ${result.tail.split('\n').join('\n  | ')}` : '') +
      `\nThe engine crashed, was restarted or was stopped: check it (systemctl status ${kind}, its log), then run the step again.`
  )
}
