// What the chained-steps tests (setup-docker-manylinux, the pipeline in its container, the post step)
// share, whichever engine runs the container.
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { PipIndex } from './docker.js'
import type { StepResult } from './runner.js'

/** The workspace's owner in these tests: not root, as a runner's is not. */
export const OWNER = { uid: 4321, gid: 4322 }

/** `-v d:d:ro` pairs of the pip index fixture as the `volumes` input. */
export const volumesOf = (index: PipIndex): string => index.dockerArgs.filter((_, i) => i % 2 === 1).join('\n')

/** A failed step, for the test's message: its errors and the ends of its output. */
export function explain(r: StepResult): string {
  return `exit ${r.exitCode}\n${r.annotations
    .filter(a => a.level === 'error')
    .map(a => a.message)
    .join('\n')}\n--- stdout\n${r.stdout.split('\n').slice(-60).join('\n')}\n--- stderr\n${r.stderr.split('\n').slice(-20).join('\n')}`
}

/** Every path under dir that belongs to root. */
export function rootOwned(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (fs.lstatSync(p).uid === 0) out.push(p)
      if (e.isDirectory() && !e.isSymbolicLink()) walk(p)
    }
  }
  walk(dir)
  return out
}
