#!/usr/bin/env node
// Builds every entry point into dist/<entry>/index.js with ncc (type-checked against tsconfig.json).
//   node scripts/build-dist.mjs           rebuild dist/
//   node scripts/build-dist.mjs --check   build into a temporary directory and fail when dist/ differs
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** entry name -> source. Post steps, when an action gets one, are entries of their own. */
export const ENTRIES = {
  pipeline: 'src/actions/pipeline/index.ts',
  'build-montage': 'src/actions/build-montage/index.ts',
  'build-wheel': 'src/actions/build-wheel/index.ts',
  'setup-docker-manylinux': 'src/actions/setup-docker-manylinux/index.ts',
  'setup-docker-manylinux-post': 'src/actions/setup-docker-manylinux/post.ts',
  'conda-recipe': 'src/actions/conda-recipe/index.ts',
  cli: 'src/cli/index.ts'
}

const check = process.argv.includes('--check')
const out = check ? fs.mkdtempSync(path.join(os.tmpdir(), 'dist-check-')) : path.join(root, 'dist')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

if (!check) fs.rmSync(out, { recursive: true, force: true })
for (const [name, src] of Object.entries(ENTRIES)) {
  const r = spawnSync(process.execPath, [ncc, 'build', src, '--out', path.join(out, name), '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit'
  })
  if (r.status !== 0) {
    console.error(`ncc failed for ${name} (${src}), exit ${r.status}`)
    if (check) fs.rmSync(out, { recursive: true, force: true })
    process.exit(1)
  }
}

function listFiles(dir, rel = '') {
  if (!fs.existsSync(path.join(dir, rel))) return []
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap(e => {
    const r = rel ? `${rel}/${e.name}` : e.name
    return e.isDirectory() ? listFiles(dir, r) : [r]
  })
}

if (check) {
  const committed = path.join(root, 'dist')
  const a = new Set(listFiles(committed))
  const b = new Set(listFiles(out))
  const diffs = []
  for (const f of new Set([...a, ...b])) {
    if (!a.has(f)) diffs.push(`missing from dist/: ${f}`)
    else if (!b.has(f)) diffs.push(`in dist/ but no longer built: ${f}`)
    else if (!fs.readFileSync(path.join(committed, f)).equals(fs.readFileSync(path.join(out, f)))) diffs.push(`differs: dist/${f}`)
  }
  fs.rmSync(out, { recursive: true, force: true })
  if (diffs.length) {
    console.error(`dist/ does not match a fresh build of the sources:\n  ${diffs.join('\n  ')}\nRun \`npm run build\` and commit dist/.`)
    process.exit(1)
  }
  console.log(`dist/ matches a fresh build (${a.size} files)`)
}
