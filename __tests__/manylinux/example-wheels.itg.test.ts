/**
 * The example project's own wheel (examples/montage-mini): built here from a fresh copy of its
 * sources with the pipeline's own phases (repair: none, so it is the raw linux_x86_64 wheel),
 * then audited as built, repaired, audited again, installed and imported.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { analyzeWheel, checkWheelTag, repairWheel } from '../../src/manylinux/index.js'
import { parseRecord, recordHash } from '../../src/manylinux/wheel-file.js'
import { readZipEntries, readZipEntry } from '../../src/archive/zip.js'
import { montageStep, wheelStep } from '../../src/phases/steps.js'
import { copyExample, PIP_ARGS } from '../support/example.js'
import { all, findPython, requireTool } from '../support/requirements.js'

const py = await findPython()
const ready = all(py, requireTool('make'), requireTool('gcc'))

ready.describe('the example wheel', () => {
  let built: string
  beforeAll(async () => {
    const tree = copyExample()
    const src = (v: Record<string, string>) => (n: string) => v[n] ?? ''
    await montageStep(src({ path: tree, cache: 'false' }), '/')
    const r = await wheelStep(
      src({
        path: tree,
        'python-versions': py.python.minor,
        repair: 'none',
        'pip-args': PIP_ARGS,
        'test-command': 'true',
        'output-dir': path.join(tree, 'wheelhouse')
      }),
      '/'
    )
    expect(r.failures).toEqual([])
    built = r.wheels[0].wheel
  }, 180000)

  test('audited, repaired to its best tag, valid, importable', async () => {
    const wheel = built
    expect(path.basename(wheel).endsWith(`-${py.python.identifier}-linux_x86_64.whl`)).toBe(true)
    const before = await analyzeWheel(wheel)
    expect(before.bestTag).toMatch(/^manylinux_2_\d+_x86_64$/)
    expect((await checkWheelTag(wheel)).ok).toBe(true)
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'example-'))
    try {
      const r = await repairWheel(wheel, { outDir: out })
      expect(r.policy).toBe(before.repairTag)
      const after = await analyzeWheel(r.wheel)
      expect(after.bestTag).toBe(r.policy)
      expect(await checkWheelTag(r.wheel)).toMatchObject({ ok: true, allowed: r.policy })
      const buf = fs.readFileSync(r.wheel)
      const files = new Map(
        readZipEntries(buf)
          .filter(e => !e.isDirectory)
          .map(e => [e.name, readZipEntry(buf, e)])
      )
      const record = [...files.keys()].find(n => n.endsWith('.dist-info/RECORD')) as string
      for (const row of parseRecord((files.get(record) as Buffer).toString()))
        if (row.path !== record) expect(row.hash).toBe(recordHash(files.get(row.path) as Buffer))
      // Import it with the interpreter it was built for.
      const venv = path.join(out, 'venv')
      execFileSync(py.python.path, ['-m', 'venv', venv], { stdio: 'pipe' })
      execFileSync(path.join(venv, 'bin', 'pip'), ['install', '--no-index', '--no-deps', '--disable-pip-version-check', r.wheel], { stdio: 'pipe' })
      const top = [...files.keys()].find(n => n.endsWith('/__init__.py'))?.split('/')[0] as string
      expect(execFileSync(path.join(venv, 'bin', 'python'), ['-c', `import ${top}; print(${top}.__name__)`], { cwd: out, encoding: 'utf8' }).trim()).toBe(top)
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
    }
  }, 180000)
})
