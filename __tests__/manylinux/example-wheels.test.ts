/**
 * The example project's own wheels (examples/montage-mini, built by the pipeline into wheelhouse/
 * or examples/*\/dist): audited as built, repaired, audited again, installed and imported. They
 * are build outputs, not sources: when none is there the test says so and skips.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { analyzeWheel, checkWheelTag, repairWheel } from '../../src/manylinux/index.js'
import { parseRecord, recordHash } from '../../src/manylinux/wheel-file.js'
import { readZipEntries, readZipEntry } from '../../src/manylinux/zip.js'
import { repoRoot } from './shared-data.js'

function found(): string[] {
  const dirs = [path.join(repoRoot, 'wheelhouse'), ...(fs.existsSync(path.join(repoRoot, 'examples')) ? fs.readdirSync(path.join(repoRoot, 'examples')).map(d => path.join(repoRoot, 'examples', d, 'dist')) : [])]
  return dirs.filter(d => fs.existsSync(d)).flatMap(d => fs.readdirSync(d).filter(f => /-linux_x86_64\.whl$/.test(f)).map(f => path.join(d, f)))
}

const wheels = found()
const patchelf = (() => {
  try {
    execFileSync('patchelf', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

if (wheels.length === 0 || !patchelf) {
  console.warn(`example wheels: ${wheels.length === 0 ? 'none built yet (run the pipeline to fill wheelhouse/)' : 'patchelf missing'}; skipping`)
  test.skip('example wheels before and after repair', () => undefined)
}

for (const wheel of patchelf ? wheels : []) {
  test(`${path.basename(wheel)}: audited, repaired to its best tag, valid, importable`, async () => {
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
      const files = new Map(readZipEntries(buf).filter(e => !e.isDirectory).map(e => [e.name, readZipEntry(buf, e)]))
      const record = [...files.keys()].find(n => n.endsWith('.dist-info/RECORD')) as string
      for (const row of parseRecord((files.get(record) as Buffer).toString())) if (row.path !== record) expect(row.hash).toBe(recordHash(files.get(row.path) as Buffer))
      // Import it with the matching pyenv interpreter when there is one.
      const py = /-cp3(\d+)-/.exec(path.basename(wheel))?.[1]
      const root = (() => {
        try {
          return execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim()
        } catch {
          return null
        }
      })()
      const version = root && py ? fs.readdirSync(path.join(root, 'versions')).find(v => v.startsWith(`3.${py}.`)) : undefined
      if (!root || !version) return
      const venv = path.join(out, 'venv')
      execFileSync(path.join(root, 'versions', version, 'bin', 'python'), ['-m', 'venv', venv], { stdio: 'pipe' })
      execFileSync(path.join(venv, 'bin', 'pip'), ['install', '--no-index', '--no-deps', '--disable-pip-version-check', r.wheel], { stdio: 'pipe' })
      const top = [...files.keys()].find(n => n.endsWith('/__init__.py'))?.split('/')[0] as string
      expect(execFileSync(path.join(venv, 'bin', 'python'), ['-c', `import ${top}; print(${top}.__name__)`], { cwd: out, encoding: 'utf8' }).trim()).toBe(top)
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
    }
  }, 180000)
}
