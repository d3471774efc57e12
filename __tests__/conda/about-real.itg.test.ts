/**
 * info/about.json and info/hash_input.json against the real conda-build packages of ../shared/data/conda-packages
 * (conda-build 2.x to 26.x; extracted with the suite's reader, which runs zstd and bzip2): their bytes are what
 * our Python-json writer gives for their own content (about.json sorted, hash_input.json in its order), and the
 * about.json we write has the keys and value shapes theirs have, with our tool fields in place of conda-build's.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { extractPackage } from '../../src/conda/env/package.js'
import { writeInfo } from '../../src/conda/package/info.js'
import { pythonJsonDump } from '../../src/conda/package/json.js'
import { tempDir } from '../support/temp.js'
import { infoFor } from './package-input.js'
import { packagesDir, readManifest, requireCondaPackages } from './env/serve.js'

const data = requireCondaPackages()

/**
 * conda-build as it writes these files today: the 2.x and 3.0 packages of the data (built under Python 2.7) end
 * JSON lines with ', ' and record six more variables in env_vars (PATH, PYTHONPATH...); from 3.15 (the oldest
 * other one here) to 26.5 they are written as below. Those old ones are left out.
 */
function current(tool: string | null | undefined): boolean {
  const m = /^conda-build (\d+)\.(\d+)/.exec(tool ?? '')
  return !!m && (Number(m[1]) > 3 || (Number(m[1]) === 3 && Number(m[2]) >= 1))
}

interface RealInfo {
  readonly file: string
  readonly about: string
  readonly hashInput?: string
}

/** The about.json and hash_input.json of every current conda-build package the reader accepts (a few odd archives are refused on purpose). */
async function realInfos(): Promise<RealInfo[]> {
  const out: RealInfo[] = []
  const root = tempDir('bw-about-real-')
  for (const [i, e] of readManifest().entries()) {
    if (!current((e as { tool?: string | null }).tool)) continue
    const dest = path.join(root, String(i))
    try {
      await extractPackage(path.join(packagesDir, e.file), dest)
    } catch {
      continue
    }
    const read = (rel: string): string | undefined => (fs.existsSync(path.join(dest, rel)) ? fs.readFileSync(path.join(dest, rel), 'utf8') : undefined)
    const about = read('info/about.json')
    if (about) out.push({ file: e.file, about, hashInput: read('info/hash_input.json') })
  }
  return out
}

const OURS_INSTEAD = { conda_build_version: 'build_wheel_version', conda_version: 'rattler_version' } as const

data.describe('about.json and hash_input.json as the real conda-build packages have them', () => {
  let real: RealInfo[]
  beforeAll(async () => {
    real = await realInfos()
  }, 120_000)

  test('enough real packages were read, from old and new conda-build', () => {
    expect(real.length).toBeGreaterThanOrEqual(15)
    expect(real.filter(r => r.hashInput !== undefined).length).toBeGreaterThanOrEqual(10)
  })

  test('the writer gives their bytes: about.json as json.dump(indent=2, sort_keys=True), hash_input.json as json.dump(indent=2)', () => {
    for (const r of real) {
      expect([r.file, pythonJsonDump(JSON.parse(r.about), { sortKeys: true })]).toEqual([r.file, r.about])
      if (r.hashInput !== undefined) expect([r.file, pythonJsonDump(JSON.parse(r.hashInput), { sortKeys: false })]).toEqual([r.file, r.hashInput])
    }
  })

  test("ours has the keys every real one has (our tool fields for conda-build's), no key none has, and the same shapes", () => {
    const parsed = real.map(r => JSON.parse(r.about) as Record<string, unknown>)
    const seen = new Set(parsed.flatMap(a => Object.keys(a)))
    const always = [...seen].filter(k => parsed.every(a => k in a))
    const base = infoFor(tempDir('bw-about-ours-'), [])
    const i = {
      ...base,
      variant: { ...base.variant, meta: { about: { home: 'https://x.org', license: 'MIT', summary: 's', tags: 'one' }, extra: { final: true } } },
      channels: ['https://conda.anaconda.org/conda-forge'],
      rootPkgs: [{ name: 'make', version: '4.4', build: '0' }],
      environ: {}
    }
    const stage = tempDir('bw-about-stage-')
    writeInfo(stage, i, new Map())
    const ours = JSON.parse(fs.readFileSync(path.join(stage, 'info', 'about.json'), 'utf8')) as Record<string, unknown>
    const rename = (k: string): string => (OURS_INSTEAD as Record<string, string>)[k] ?? k
    expect(always.map(rename).filter(k => !(k in ours))).toEqual([])
    expect(Object.keys(ours).filter(k => !seen.has(k) && !Object.values(OURS_INSTEAD).includes(k as never))).toEqual([])
    expect(Object.keys(ours).filter(k => k in OURS_INSTEAD)).toEqual([]) // never claims conda-build made it
    // shapes: env_vars the one variable conda-build records; root_pkgs "name version build"; list fields lists
    for (const a of [...parsed, ours]) {
      expect(Object.keys(a.env_vars as object)).toEqual(['CIO_TEST'])
      for (const p of a.root_pkgs as string[]) expect(p).toMatch(/^\S+ \S+ \S+$/)
      for (const k of ['identifiers', 'keywords', 'tags']) expect(Array.isArray(a[k])).toBe(true)
      expect(typeof a.extra).toBe('object')
    }
    expect(ours.tags).toEqual(['one'])
  })
})
