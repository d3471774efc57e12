/**
 * A toolchain channel for machines without conda-forge, built by the suite itself: stand-in recipes
 * for `gcc_linux-64` (an activation script pointing CC/CFLAGS/LDFLAGS at this machine's gcc, as
 * conda-forge's compiler activation does), `make` and `python` (small scripts that run this machine's
 * make and python3, so the example's test phase has a python). They satisfy the example recipe's
 * requirements offline; they are not relocatable copies of the tools.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'

function which(cmd: string): string {
  return fs.realpathSync(execFileSync('bash', ['-c', 'command -v "$1"', 'which', cmd], { encoding: 'utf8' }).trim())
}

/** The X.Y.Z of this machine's python3. */
export function systemPythonVersion(): string {
  return execFileSync(which('python3'), ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' }).trim()
}

/** Recipe folders (name -> files) for the stand-in toolchain. */
export function toolchainRecipes(): Record<string, Record<string, string>> {
  const py = systemPythonVersion()
  const xy = py.split('.').slice(0, 2).join('.')
  return {
    'gcc_linux-64': {
      'meta.yaml':
        'package:\n  name: gcc_linux-64\n  version: "1.0"\nbuild:\n  number: 0\nabout:\n  summary: the machine\'s gcc, activated as conda-forge\'s compiler packages do\n',
      'build.sh': [
        'mkdir -p "$PREFIX/etc/conda/activate.d"',
        `cat > "$PREFIX/etc/conda/activate.d/activate-gcc_linux-64.sh" <<EOT`,
        `export CC="${which('gcc')}"`,
        'export CFLAGS="-O2 -fPIC"',
        'export CPPFLAGS="-DNDEBUG"',
        'export LDFLAGS="-Wl,-O2"',
        'EOT',
        ''
      ].join('\n')
    },
    make: {
      'meta.yaml': 'package:\n  name: make\n  version: "4.0"\nbuild:\n  number: 0\n',
      'build.sh': `mkdir -p "$PREFIX/bin"\nprintf '#!/bin/sh\\nexec %s "$@"\\n' "${which('make')}" > "$PREFIX/bin/make"\nchmod 755 "$PREFIX/bin/make"\n`
    },
    python: {
      'meta.yaml': `package:\n  name: python\n  version: "${py}"\nbuild:\n  number: 0\n`,
      'build.sh': [
        'mkdir -p "$PREFIX/bin"',
        `printf '#!/bin/sh\\nexec %s "$@"\\n' "${which('python3')}" > "$PREFIX/bin/python${xy}"`,
        `chmod 755 "$PREFIX/bin/python${xy}"`,
        `ln -s python${xy} "$PREFIX/bin/python3"`,
        `ln -s python${xy} "$PREFIX/bin/python"`,
        ''
      ].join('\n')
    }
  }
}

/** Write the toolchain recipes under `dir`; returns their folders. */
export function writeToolchain(dir: string): string[] {
  return Object.entries(toolchainRecipes()).map(([name, files]) => {
    const d = path.join(dir, name)
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true })
      fs.writeFileSync(path.join(d, f), text)
    }
    return d
  })
}
