/**
 * The runner's workflow commands, spoken directly: inputs from INPUT_*, outputs, state and
 * environment through the files the runner names (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV), and
 * `::command::` lines on stdout for logs, groups, annotations and masks.
 *
 * @actions/core does the same, but loading it pulls its HTTP client (undici, about 1 MB) into every
 * process at start-up for the OIDC token we never ask for; that was most of a bundle's start-up
 * time (issue 18 part 4). The formats are the runner's (docs: "Workflow commands for GitHub
 * Actions"); __tests__/unit/workflow-commands.test.ts checks the files and lines against
 * @actions/core's for the same calls.
 */
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'

/** Where an annotation points: the runner's `file`, `line`, `endLine`, `col`, `endColumn`, `title`. */
export interface AnnotationProperties {
  readonly title?: string
  readonly file?: string
  readonly startLine?: number
  readonly endLine?: number
  readonly startColumn?: number
  readonly endColumn?: number
}

/** A command's message: `%`, CR and LF escaped so the runner reads one line. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

/** A property value: as data, plus the separators `:` and `,`. */
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** `::name key=value,...::message`, written on its own line. */
export function issueCommand(name: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, v]) => Boolean(v))
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
  process.stdout.write(`::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${os.EOL}`)
}

const annotation = (p: AnnotationProperties = {}): Record<string, string | number | undefined> => ({
  title: p.title,
  file: p.file,
  line: p.startLine,
  endLine: p.endLine,
  col: p.startColumn,
  endColumn: p.endColumn
})

/**
 * Append `name<<DELIMITER\nvalue\nDELIMITER` to the file the runner named in `fileVariable`.
 * Returns false when the runner gave no such file (an old runner, or a plain process).
 */
function appendFileCommand(fileVariable: string, name: string, value: string): boolean {
  const file = process.env[fileVariable]
  if (!file) return false
  if (!fs.existsSync(file)) throw new Error(`the runner's ${fileVariable} file ${file} does not exist`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`the name or value of ${name} contains the delimiter ${delimiter}`)
  fs.appendFileSync(file, `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`, 'utf8')
  return true
}

/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores, upper case), trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function setOutput(name: string, value: string): void {
  if (!appendFileCommand('GITHUB_OUTPUT', name, value)) {
    process.stdout.write(os.EOL)
    issueCommand('set-output', { name }, value)
  }
}

/** Keep a value for this action's post step (read back with getState there). */
export function saveState(name: string, value: string): void {
  if (!appendFileCommand('GITHUB_STATE', name, value)) issueCommand('save-state', { name }, value)
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

/** Set a variable for this process and the job's later steps. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value
  if (!appendFileCommand('GITHUB_ENV', name, value)) issueCommand('set-env', { name }, value)
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL)
}

export function warning(message: string, properties?: AnnotationProperties): void {
  issueCommand('warning', annotation(properties), message)
}

export function error(message: string, properties?: AnnotationProperties): void {
  issueCommand('error', annotation(properties), message)
}

export function startGroup(title: string): void {
  issueCommand('group', {}, title)
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '')
}

/** Fail the step: an error annotation and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}
