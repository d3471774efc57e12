// The conda-recipe action in process: inputs from INPUT_* as the runner sets them, the output through GITHUB_OUTPUT.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../../src/actions/conda-recipe/main.js'
import { readCondaInputs } from '../../src/conda/inputs.js'
import { InputProblems } from '../../src/lib/inputs.js'
import { tmp } from './helpers.js'

const example = path.resolve('examples/montage-mini/conda/recipe')

describe('readCondaInputs', () => {
  const read = async (inputs: Record<string, string>) => {
    const problems = new InputProblems()
    const r = await readCondaInputs(n => inputs[n] ?? '', process.cwd(), problems)
    return { r, problems: problems.list }
  }
  test.each([
    [{ recipe: example }, []],
    [{ recipe: example, variants: 'python=3.11\npython=3.12' }, []],
    [{ recipe: example, variants: 'python: ["3.11", "3.12"]' }, []],
    [{ recipe: example, 'target-platform': 'linux64' }, [/target-platform.*not a conda subdir/]],
    [{ recipe: 'nope/recipe' }, [/recipe.*does not exist/]],
    [{ recipe: example, 'render-only': 'maybe' }, [/render-only/]],
    [{ recipe: example, variants: '- a list' }, [/variants/]],
    [{ recipe: example, format: 'zip', 'compression-level': '3' }, [/format/]],
    [{ recipe: example, format: 'tar.bz2', 'compression-level': '12' }, [/compression-level.*1 to 9/]],
    [{ recipe: example, channels: 'ftp://x/y', test: 'sometimes' }, [/channels/, /test/]]
  ])('%j', async (inputs, want) => {
    const { problems } = await read(inputs)
    expect(problems).toEqual(want.map(w => expect.stringMatching(w)))
  })
  test('variants as KEY=VALUE lines or YAML give the same keys', async () => {
    expect((await read({ recipe: example, variants: 'python=3.11\npython=3.12' })).r.variants).toEqual({ python: ['3.11', '3.12'] })
    expect((await read({ recipe: example, variants: 'python: ["3.11", "3.12"]' })).r.variants).toEqual({ python: ['3.11', '3.12'] })
  })
})

interface Rendered {
  readonly build: string
  readonly meta: { readonly requirements: { readonly build: string[] } }
}
interface PlanOutput {
  readonly builds: ReadonlyArray<{ environments: { host: { specs: string[]; solved?: unknown } }; merged: boolean; package: { fn: string } }>
}

describe('run()', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    process.exitCode = 0
  })
  const runWith = async (inputs: Record<string, string>) => {
    const dir = tmp('conda-action-')
    const out = path.join(dir, 'output')
    fs.writeFileSync(out, '')
    process.env.GITHUB_OUTPUT = out
    process.env.RUNNER_TEMP = dir
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v
    const logs: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    const errWrite = process.stderr.write.bind(process.stderr)
    process.stdout.write = (s: string) => (logs.push(String(s)), true)
    process.stderr.write = (s: string) => (logs.push(String(s)), true)
    try {
      await run()
    } finally {
      process.stdout.write = write
      process.stderr.write = errWrite
    }
    const text = fs.readFileSync(out, 'utf8')
    const output = (name: string): unknown => {
      const m = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text)
      return m ? JSON.parse(m[2]) : undefined
    }
    return { rendered: output('rendered') as Rendered[] | undefined, plan: output('plan') as PlanOutput, logs: logs.join(''), code: process.exitCode, dir }
  }

  test('render-only sets the rendered output and succeeds', async () => {
    const r = await runWith({ recipe: example, 'render-only': 'true', 'target-platform': 'linux-64' })
    expect(r.code ?? 0).toBe(0)
    expect(r.rendered).toEqual([
      expect.objectContaining({ name: 'minimontage', version: '1.0.0', subdir: 'linux-64', build: expect.stringMatching(/^h[0-9a-f]{7}_0$/) })
    ])
    // the plan output: the same recipe, its prefixes' specs (not solved with render-only), its package file
    expect(r.plan.builds).toHaveLength(1)
    const b = r.plan.builds[0]
    const first = (r.rendered as Rendered[])[0]
    expect(b).toMatchObject({ name: 'minimontage', build: first.build, meta: first.meta })
    // no host section: the build requirements go into the one (host) prefix
    expect(b.merged).toBe(true)
    expect(b.environments.host.specs).toEqual(first.meta.requirements.build)
    expect(b.environments.host.solved).toBeUndefined()
    expect(b.package.fn).toBe(`minimontage-1.0.0-${first.build}.conda`)
  })

  test("without render-only: the build prefix is solved first; a channel without the compiler fails with the solver's words", async () => {
    const channel = tmp('conda-empty-channel-')
    fs.mkdirSync(path.join(channel, 'noarch'))
    fs.writeFileSync(path.join(channel, 'noarch', 'repodata.json'), '{}')
    const r = await runWith({ recipe: example, 'target-platform': 'linux-64', channels: channel, 'output-dir': path.join(channel, 'out') })
    expect(r.code).toBe(1)
    expect(r.logs).toMatch(/gcc_linux-64/)
  })
})
