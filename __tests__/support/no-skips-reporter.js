/**
 * A jest reporter that, under REQUIRE_ALL_TESTS=1 (as .ci/run sets), fails the run when any test
 * was skipped or left as a todo, listing each with its reason where the test gave one (the
 * `[skipped: ...]` mark that __tests__/support/requirements.ts puts in titles). Without the
 * variable it prints each reason once with its count. Registered beside the default reporter in
 * jest.config.js.
 */
const MARK = /\[skipped: (.*)\]$/

function reasonOf(result) {
  for (const title of [result.title, ...[...result.ancestorTitles].reverse()]) {
    const m = MARK.exec(title)
    if (m) return m[1]
  }
  return null
}

export default class NoSkipsReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig
    this.error = undefined
  }

  onRunComplete(_contexts, results) {
    const required = process.env.REQUIRE_ALL_TESTS === '1'
    const missed = []
    const reasons = new Map()
    for (const file of results.testResults) {
      const rel = file.testFilePath.startsWith(`${this.globalConfig.rootDir}/`)
        ? file.testFilePath.slice(this.globalConfig.rootDir.length + 1)
        : file.testFilePath
      for (const t of file.testResults) {
        if (t.status !== 'pending' && t.status !== 'todo' && t.status !== 'skipped' && t.status !== 'disabled') continue
        const reason = t.status === 'todo' ? 'todo' : reasonOf(t)
        reasons.set(reason ?? 'no reason given', (reasons.get(reason ?? 'no reason given') ?? 0) + 1)
        const name = [...t.ancestorTitles, t.title].map(s => s.replace(MARK, '').trim()).join(' › ')
        missed.push(
          `  ${rel}: ${name}\n      ${reason ? `why: ${reason}` : 'why: not given (a bare test.skip, test.only elsewhere in the file, or a name filter)'}`
        )
      }
    }
    if (missed.length === 0) return
    if (!required) {
      const lines = [...reasons].map(([why, n]) => `  ${n} × ${why}`)
      process.stderr.write(`\n${missed.length} test(s) skipped (REQUIRE_ALL_TESTS=1 makes this a failure):\n${lines.join('\n')}\n`)
      return
    }
    const filtered = this.globalConfig.testNamePattern ? ` (a name filter, -t ${this.globalConfig.testNamePattern}, was given)` : ''
    const text = `REQUIRE_ALL_TESTS=1: ${missed.length} test(s) did not run${filtered}:\n${missed.join('\n')}\nInstall what they need (see .ci/run) or fix the test; a test that cannot run here must not pass as run.`
    process.stderr.write(`\n${text}\n`)
    this.error = new Error(text)
  }

  getLastError() {
    return this.error
  }
}
