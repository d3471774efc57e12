// Placeholders in user commands: substituted quoted once, whatever quotes the user wrote around them;
// checked against real bash (the shell the commands run in), with paths holding spaces and quotes.
import { execFileSync } from 'node:child_process'
import { fillPlaceholders, placeholdersIn } from '../../src/wheel/placeholders.js'

const P = `/tmp/a b/it's "x" $HOME \`id\`/pkg`
const values = { package: P, python: '/v/bin/python', venv: '/v', wheel: '/w/x.whl', project: '/p' }

/** What bash prints for `printf '%s\n' <command words>`: one line per word. */
function words(command: string): string[] {
  const out = execFileSync('bash', ['--noprofile', '--norc', '-c', `printf '%s\\n' ${command}`], { env: { PATH: process.env.PATH ?? '' } })
  return out.toString().split('\n').slice(0, -1)
}

describe('each placeholder becomes exactly the value, as one word or part of one', () => {
  test.each([
    ['{package}', [P]],
    ['"{package}"', [P]],
    ["'{package}'", [P]],
    ["$'{package}'", [P]],
    ['{package}/tests/t.py', [`${P}/tests/t.py`]],
    ['"{package}/tests/t.py"', [`${P}/tests/t.py`]],
    ["'{package}/tests/t.py'", [`${P}/tests/t.py`]],
    ['"in {package} and {venv}"', [`in ${P} and /v`]],
    ["'{python}' -c 'print(1)'", ['/v/bin/python', '-c', 'print(1)']],
    ['"$(printf %s "{package}")"', [P]],
    ['"$(printf %s \'{package}\')"', [P]],
    ['`printf %s {wheel}`', ['/w/x.whl']],
    ['"{project}"{package}\'{venv}\'', [`/p${P}/v`]],
    ['\\{package}', ['{package}']],
    ['"\\"{venv}\\""', ['"/v"']],
    ['{x} {a,b}', ['{x}', 'a', 'b']]
  ])('%s', (command, expected) => expect(words(fillPlaceholders(command, values))).toEqual(expected))
})

test('a comment with an apostrophe does not open a quote', () => {
  expect(words(fillPlaceholders("{venv} # don't\n", values))).toEqual(['/v'])
  expect(fillPlaceholders("x # it's {venv}\necho '{venv}'", values)).toBe("x # it's {venv}\necho ''/v''")
})

test('placeholders without a value stay as written', () => {
  expect(fillPlaceholders('python {package}/t.py {wheel}', { package: '/a' })).toBe('python /a/t.py {wheel}')
})

test('placeholdersIn lists the known placeholders used, once, in order', () => {
  expect(placeholdersIn('{wheel} "{python}" {wheel} {other} \\{venv}')).toEqual(['wheel', 'python'])
  expect(placeholdersIn('python generate.py')).toEqual([])
})
