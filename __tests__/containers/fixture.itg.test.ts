/**
 * The container fixture itself (__tests__/support/docker.ts): a Docker engine that answers, a
 * stand-in manylinux image that builds a wheel with each of its interpreters, and a loopback
 * registry the image round-trips through. The first run on a machine builds the image (about four
 * minutes, before the first test); later runs find it in the engine or load it from the cache.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  docker,
  ensureDockerEngine,
  ensureStandInImage,
  isSkip,
  localPipIndex,
  pushToRegistry,
  startLoopbackRegistry,
  tryDocker,
  type DockerEngine,
  type LoopbackRegistry,
  type PipIndex,
  type Skip,
  type StandInImage
} from '../support/docker.js'
import { all, need, type Need } from '../support/requirements.js'
import { tempDir } from '../support/temp.js'

function needOf<T extends object>(x: T | Skip): Need {
  return isSkip(x) ? need(false, x.skip.replace(/\s*\n\s*/g, ' | ')) : need(true, '')
}

const engineOrSkip = await ensureDockerEngine()
const standInOrSkip = await ensureStandInImage()
const indexOrSkip = await localPipIndex()
const engineNeed = needOf(engineOrSkip)
const imageNeed = all(engineNeed, needOf(standInOrSkip))
const indexNeed = all(imageNeed, needOf(indexOrSkip))
const registryOrSkip = imageNeed.ok ? await startLoopbackRegistry() : { skip: imageNeed.reason }
const registryNeed = all(imageNeed, needOf(registryOrSkip))

afterAll(async () => {
  if (!isSkip(registryOrSkip)) await registryOrSkip.stop()
})

// Read only inside the tests their need runs.
const engine = engineOrSkip as DockerEngine
const standIn = standInOrSkip as StandInImage
const index = indexOrSkip as PipIndex
const registry = registryOrSkip as LoopbackRegistry

const LONG = 600_000

/** `docker run --rm --network none [extra] IMAGE sh -euc SCRIPT sh ARGS...`: its stdout. */
function inImage(script: string | string[], opts: { extra?: string[]; args?: string[] } = {}): Promise<string> {
  const text = Array.isArray(script) ? script.join('\n') : script
  const argv = ['run', '--rm', '--network', 'none', ...(opts.extra ?? []), standIn.image]
  return docker(engine, [...argv, '/bin/sh', '-euc', text, 'sh', ...(opts.args ?? [])], 300_000)
}

/** Shell: write a C hello that prints `words` to h.c in the current folder. */
const helloC = (words: string): string => `printf '#include <stdio.h>\\nint main(void){puts("%s");return 0;}\\n' '${words}' > h.c`

engineNeed.test('the engine answers', async () => {
  expect(engine.host).toMatch(/^(unix|tcp|ssh):\/\//)
  const version = (await docker(engine, ['version', '--format', '{{.Server.APIVersion}}'])).trim()
  expect(version).toBe(engine.apiVersion)
  expect(Number(version.split('.')[1])).toBeGreaterThanOrEqual(41) // what cibuildwheel requires
  expect(process.env.DOCKER_HOST).toBe(engine.host)
})

engineNeed.test('a second call finds the same engine', async () => {
  expect(await ensureDockerEngine()).toBe(engineOrSkip)
})

imageNeed.describe('the stand-in image', () => {
  test(
    'is named by its recipe and sets the manylinux environment',
    async () => {
      expect(standIn.image).toMatch(/^build-wheel-test\/manylinux-standin:[0-9a-f]{16}$/)
      expect(standIn.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(standIn.pythons.length).toBeGreaterThanOrEqual(2)
      const env = 'echo "$AUDITWHEEL_POLICY $AUDITWHEEL_ARCH $AUDITWHEEL_PLAT"'
      const out = await inImage([env, 'getconf GNU_LIBC_VERSION', 'uname -m'])
      const [vars, libc, arch] = out.trim().split('\n')
      const glibc = libc.split(' ')[1].replace('.', '_')
      expect(vars).toBe(`manylinux_${glibc} ${arch} manylinux_${glibc}_${arch}`)
      expect(standIn.platform).toBe(`manylinux_${glibc}_${arch}`)
    },
    LONG
  )

  test(
    'holds each interpreter at /opt/python/<tag>, a link to its own prefix',
    async () => {
      const facts = 'import sys, sysconfig; print(*sys.version_info[:2], sysconfig.get_config_var("prefix"))'
      const out = await inImage(['for d in /opt/python/*; do', `  echo "$(basename "$d") $(readlink "$d") $("$d/bin/python" -c '${facts}')"`, 'done'])
      const rows = out
        .trim()
        .split('\n')
        .map(line => line.split(' '))
      expect(rows.map(r => r[0])).toEqual(standIn.pythons)
      for (const [tag, link, major, minor, prefix] of rows) {
        expect(tag).toBe(`cp${major}${minor}-cp${major}${minor}`)
        expect(path.isAbsolute(link)).toBe(true)
        expect(link).toBe(prefix) // the interpreter runs from the path its RUNPATH names
      }
    },
    LONG
  )

  test(
    'compiles and runs C with gcc and make, and has patchelf',
    async () => {
      const makefile = 'printf "h: h.c\\n\\tgcc -O2 -o h h.c\\n" > Makefile'
      const out = await inImage(['cd /tmp', helloC('hello from gcc'), makefile, 'make -s', './h', 'patchelf --version'])
      expect(out).toContain('hello from gcc')
      expect(out).toMatch(/patchelf \d+\.\d+/)
    },
    LONG
  )

  test(
    'makes a venv with pip in each interpreter',
    async () => {
      const out = await inImage([
        'for py in /opt/python/*/bin/python; do',
        '  "$py" -m venv /tmp/v && /tmp/v/bin/python -m pip --version && rm -rf /tmp/v',
        'done'
      ])
      expect(out.match(/^pip \d+/gm)).toHaveLength(standIn.pythons.length)
    },
    LONG
  )

  test(
    'has setuptools and wheel in each interpreter',
    async () => {
      const check = `import setuptools, wheel; print("ok", setuptools.__version__)`
      const out = await inImage(`for py in /opt/python/*/bin/python; do "$py" -c '${check}'; done`)
      expect(out.match(/^ok \d+/gm)).toHaveLength(standIn.pythons.length)
    },
    LONG
  )
})

indexNeed.describe('the stand-in image with the local pip index mounted', () => {
  test(
    'installs setuptools into a fresh venv from the index, without network',
    async () => {
      const script = [
        'for py in /opt/python/*/bin/python; do',
        '  "$py" -m venv /tmp/v',
        '  /tmp/v/bin/pip install --quiet --no-cache-dir "$@" setuptools',
        `  /tmp/v/bin/python -c 'import setuptools; print("ok")'`,
        '  rm -rf /tmp/v',
        'done'
      ]
      const out = await inImage(script, { extra: index.dockerArgs, args: index.pipArgs })
      expect(out.match(/^ok$/gm)).toHaveLength(standIn.pythons.length)
    },
    LONG
  )

  test(
    'builds, installs and imports a C extension wheel with each interpreter',
    async () => {
      const src = tempDir('bw-standin-ext-')
      const c = [
        '#define PY_SSIZE_T_CLEAN',
        '#include <Python.h>',
        'static PyObject *hi(PyObject *self, PyObject *args) { return PyUnicode_FromString("hi from C"); }',
        'static PyMethodDef methods[] = {{"hi", hi, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};',
        'static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "hello", NULL, -1, methods};',
        'PyMODINIT_FUNC PyInit_hello(void) { return PyModule_Create(&mod); }'
      ]
      fs.writeFileSync(path.join(src, 'hello.c'), `${c.join('\n')}\n`)
      const setup = ['from setuptools import setup, Extension', 'setup(name="hello", version="1.0", ext_modules=[Extension("hello", ["hello.c"])])']
      fs.writeFileSync(path.join(src, 'setup.py'), `${setup.join('\n')}\n`)
      const script = [
        'cp -r /src /tmp/build && cd /tmp/build',
        'for py in /opt/python/*/bin/python; do',
        '  tag=$(basename "$(dirname "$(dirname "$py")")")',
        '  "$py" -m pip wheel --quiet --no-cache-dir --no-build-isolation --no-deps -w /tmp/dist . >/dev/null',
        '  "$py" -m venv /tmp/v && /tmp/v/bin/pip install --quiet --no-cache-dir "$@" /tmp/dist/hello-1.0-"$tag"-*.whl',
        `  (cd / && /tmp/v/bin/python -c 'import hello; print(hello.hi())')`,
        '  rm -rf /tmp/v build',
        'done'
      ]
      const out = await inImage(script, { extra: [...index.dockerArgs, '-v', `${src}:/src:ro`], args: index.pipArgs })
      expect(out.match(/^hi from C$/gm)).toHaveLength(standIn.pythons.length)
    },
    LONG
  )
})

registryNeed.describe('the loopback registry', () => {
  test(
    'serves the stand-in: push, then pull by tag and by digest',
    async () => {
      const pushed = await pushToRegistry(engine, registry, standIn.image)
      expect(pushed.reference).toBe(`${registry.address}/pypa/manylinux-standin:${standIn.image.split(':')[1]}`)
      await docker(engine, ['rmi', pushed.reference])
      await docker(engine, ['pull', pushed.reference], LONG)
      const format = '{{.Id}} {{json .RepoDigests}}'
      const inspected = await docker(engine, ['image', 'inspect', '--format', format, pushed.reference])
      const [id, digests] = inspected.trim().split(' ')
      expect(id).toBe(standIn.digest) // the same image
      expect(JSON.parse(digests)).toContain(`${registry.address}/pypa/manylinux-standin@${pushed.digest}`)
      await docker(engine, ['pull', `${registry.address}/pypa/manylinux-standin@${pushed.digest}`], LONG)
      await docker(engine, ['rmi', pushed.reference])
    },
    LONG
  )

  test(
    'round-trips an image the engine does not have: push, remove, pull, run',
    async () => {
      // A small image of its own (a static hello built in the stand-in): removing it disturbs no other test.
      const dir = tempDir('bw-registry-rt-')
      fs.mkdirSync(path.join(dir, 'root'))
      const build = ['cd /tmp', helloC('round trip ok'), 'gcc -static -O2 -o /out/hello h.c']
      await inImage(build, { extra: ['-v', `${dir}/root:/out`] })
      // The same bytes every run, so the registry's shared storage gains no new layer.
      const tar = path.join(dir, 'hello.tar')
      const fixed = ['--mtime=@0', '--owner=0', '--group=0', '--numeric-owner']
      execFileSync('tar', ['-C', path.join(dir, 'root'), ...fixed, '-cf', tar, '.'])
      const local = `build-wheel-test/round-trip:${process.pid}`
      await docker(engine, ['import', '--change', 'CMD ["/hello"]', tar, local])
      const pushed = await pushToRegistry(engine, registry, local, 'build-wheel-test/round-trip')
      await docker(engine, ['rmi', local, pushed.reference])
      expect((await tryDocker(engine, ['image', 'inspect', pushed.reference])).code).not.toBe(0)
      const pulled = await docker(engine, ['pull', pushed.reference])
      expect(pulled).toContain(pushed.digest)
      expect(pulled).not.toMatch(/Already exists/)
      expect(await docker(engine, ['run', '--rm', '--network', 'none', pushed.reference])).toBe('round trip ok\n')
      await docker(engine, ['rmi', pushed.reference])
    },
    LONG
  )
})
