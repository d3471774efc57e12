/** The flags and inputs for what may run and what is trusted in a conda build: timeout (minutes), allow-package-scripts, verify. */
import { packageScriptsFlag, parseTimeoutMinutes, parseVerify } from '../../src/conda/script-flags.js'
import { readCondaInputs } from '../../src/conda/inputs.js'
import { InputProblems } from '../../src/lib/inputs.js'

test.each([
  ['', 60],
  ['60', 60],
  ['0.5', 0.5],
  [' 90 ', 90],
  ['10080', 10080]
])('timeout %j is %d minutes', (raw, minutes) => {
  expect(parseTimeoutMinutes(raw)).toBe(minutes)
})

test.each(['0', '-5', 'abc', '1e3', '10081', 'Infinity', '5m'])('timeout %j is refused with what is accepted', raw => {
  expect(parseTimeoutMinutes(raw)).toMatch(/is not a number of minutes above 0 and at most 10080; accepted: e\.g\. 90 or 0\.5/)
})

test.each([
  [{}, true],
  [{ 'allow-package-scripts': true }, true],
  [{ 'no-allow-package-scripts': true }, false],
  [{ 'allow-package-scripts': true, 'no-allow-package-scripts': true }, 'give --allow-package-scripts or --no-allow-package-scripts, not both']
])('flags %j give %j', (values, want) => {
  expect(packageScriptsFlag(values)).toBe(want)
})

describe('the action inputs', () => {
  const read = async (given: Record<string, string>): Promise<{ inputs: Awaited<ReturnType<typeof readCondaInputs>>; problems: InputProblems }> => {
    const problems = new InputProblems()
    const inputs = await readCondaInputs(name => given[name] ?? '', process.cwd(), problems)
    return { inputs, problems }
  }
  test('defaults: 60 minutes, scripts allowed', async () => {
    const { inputs } = await read({})
    expect(inputs.timeout).toBe(60)
    expect(inputs['allow-package-scripts']).toBe(true)
    expect(inputs.verify).toBe('warn')
  })
  test('given', async () => {
    const { inputs } = await read({ timeout: '5', 'allow-package-scripts': 'false', verify: 'strict' })
    expect(inputs.verify).toBe('strict')
    expect(inputs.timeout).toBe(5)
    expect(inputs['allow-package-scripts']).toBe(false)
  })
  test('bad values are input problems naming the input', async () => {
    const { problems } = await read({ timeout: 'soon', 'allow-package-scripts': 'maybe' })
    expect(() => problems.throwIfAny()).toThrow(/timeout[\s\S]*'soon' is not a number of minutes/)
    expect(() => problems.throwIfAny()).toThrow(/allow-package-scripts/)
  })
})

test.each([
  ['', 'warn'],
  ['warn', 'warn'],
  [' strict ', 'strict']
])('verify %j is %s', (raw, mode) => {
  expect(parseVerify(raw)).toEqual({ mode })
})

test('verify: anything else is refused with the accepted values', () => {
  expect(parseVerify('paranoid')).toEqual({ problem: "'paranoid' is not accepted; accepted: warn, strict" })
})
