/**
 * The local command's flags: the actions' inputs under the same names, described as the root
 * action.yml describes them (`__tests__/unit/flags.test.ts` checks names, descriptions and defaults
 * against the action.yml files, so a new input fails that test until it has its line here).
 */

export interface FlagSpec {
  /** The root action.yml's description of the input, verbatim. */
  readonly description: string
  /** The root action.yml's default, when it has one. */
  readonly default?: string
  /** An on/off input: `--cache`, `--no-cache`, `--cache=false`; the others take a value. */
  readonly switch?: true
  /** What the value looks like, for the help text. */
  readonly value?: string
}

export const FLAGS = {
  executables: {
    description:
      'Built programs to pack into a tarball after the C tree is built or restored, as globs relative to ' +
      'path, one per line (e.g. bin/*; !bin/*.sh leaves files out). The tarball is audited like a wheel ' +
      'and named by the tag its ELF files allow: <executables-name>-<tag>.tar.gz. Empty: no tarball.',
    value: 'GLOBS'
  },
  'executables-name': {
    description: "The tarball's name before its tag. Default the project folder's name.",
    value: 'NAME'
  },
  'executables-dir': {
    description: 'Where the tarball is written. Default "executables".',
    default: 'executables',
    value: 'DIR'
  },
  'executables-artifact': {
    description: 'Upload the tarball as an artifact with this name. Empty (the default) uploads nothing.',
    value: 'NAME'
  },
  path: {
    description: "The C project's root, holding its top-level Makefile (and optionally pyproject.toml with " + '[tool.build-wheel]).',
    default: '.',
    value: 'DIR'
  },
  'package-dir': {
    description:
      'The Python package to build, relative to path and inside it (the folder with its pyproject.toml or ' +
      'setup.py). Default from [tool.build-wheel], else ".".',
    value: 'DIR'
  },
  'python-versions': {
    description:
      'Which Pythons: "all", versions ("3.9 3.12", "3.13t") or tags ("cp311", "cp311-cp311"), separated by ' +
      'spaces, commas or newlines. Default "all" (every CPython 3.9+ found).',
    value: 'LIST'
  },
  'make-args': {
    description: 'Extra arguments for make, one line split on spaces, or one argument per line. Never passed through a ' + 'shell.',
    value: 'ARGS'
  },
  jobs: {
    description: "make's parallelism (-jN). Default 1, since real Montage's parallel make races.",
    value: 'N'
  },
  'before-build': {
    description:
      'Your shell command, run once in package-dir after the C tree is built and before any wheel, by bash ' +
      '--noprofile --norc (no startup files) with stdin from /dev/null and the first chosen Python as ' +
      '`python`. Placeholders: {project}, {package}, {python}, each replaced by a path already quoted for ' +
      'the shell (write them bare or inside quotes).',
    value: 'CMD'
  },
  'test-command': {
    description:
      'Your shell command for each wheel, installed in a fresh venv: run from an empty temporary directory ' +
      "by bash --noprofile --norc (no startup files) with stdin from /dev/null and the venv's python as " +
      '`python`. Placeholders, each replaced by a path already quoted for the shell (write them bare or ' +
      "inside quotes): {project} the project root, {package} package-dir, {python} the venv's python, " +
      '{venv} the venv, {wheel} the repaired wheel.',
    value: 'CMD'
  },
  'test-requires': {
    description: 'Packages to install into the test venv before test-command.',
    value: 'PKGS'
  },
  'test-timeout': {
    description:
      "Minutes each Python's test-command may run (default 60); past it the test's whole process group is " +
      'killed and that Python fails with the last lines of its output.',
    value: 'MIN'
  },
  'build-isolation': {
    description:
      "pip's build isolation for each wheel: auto (the default) builds without an isolated environment for a " +
      "Python that already has every package the package's build-system.requires names (install them in " +
      "before-build), with one otherwise; true always isolates (pip's default); false never does.",
    value: 'MODE'
  },
  'pip-args': {
    description:
      'Extra arguments for pip wheel, the build (e.g. --index-url for a private index); not used in the ' +
      'test venv (see test-pip-args). Credentials in URLs are masked in the log.',
    value: 'ARGS'
  },
  'test-pip-args': {
    description:
      "Extra arguments for the test venv's pip installs (the wheel and test-requires), e.g. the same " +
      '--index-url as pip-args; pip-args does not apply there. Credentials in URLs are masked in the log.',
    value: 'ARGS'
  },
  repair: {
    description: 'How to repair wheels: auto (auditwheel where present, the builtin repair otherwise), auditwheel, ' + 'builtin or none.',
    value: 'MODE'
  },
  plat: {
    description:
      "The platform tag to repair to (e.g. manylinux2014_x86_64), checked against the repair's policy table " +
      'before anything is built; refused when the binaries do not allow it. Default: $AUDITWHEEL_PLAT where ' +
      'set (manylinux images), else the best tag the binaries allow.',
    value: 'TAG'
  },
  'output-dir': {
    description: 'Where the finished wheels are written (a directory, created when missing).',
    default: 'wheelhouse',
    value: 'DIR'
  },
  cache: {
    description: 'Cache the built C tree (true or false).',
    default: 'true',
    switch: true
  },
  'cache-dir': {
    description: 'A local directory to cache in instead of the GitHub Actions cache.',
    value: 'DIR'
  },
  'cache-paths': {
    description:
      "Which of make's outputs the cache keeps, as globs relative to path, one per line (e.g. lib/** " +
      'python/*/lib); a folder name keeps everything under it. Empty: every output. The rest is not ' +
      'restored on a hit, so list what the later phases use.',
    value: 'GLOBS'
  },
  'service-timeout': {
    description:
      'Seconds each cache or artifact service call may take before the step warns and goes on without it ' +
      '(default 300; also settable with BUILD_WHEEL_SERVICE_TIMEOUT).',
    value: 'SECONDS'
  },
  'upload-artifact': {
    description: 'When set, upload the wheels as a workflow artifact of this name.',
    value: 'NAME'
  },
  'plan-only': {
    description: 'Only make the plan (the Pythons, every command, the C-tree key) and output it with the matrix; build nothing.',
    default: 'false',
    switch: true
  },
  engine: {
    description: 'Where to build: auto (a container when image is given: docker, then podman; else the host), host (also ' + 'none), docker or podman.',
    default: 'auto',
    value: 'ENGINE'
  },
  image: {
    description:
      'A manylinux image to build in, started for this step and removed at its end: a policy (manylinux2014, ' +
      "manylinux_2_28, manylinux_2_34, musllinux_1_2) for the runner's architecture, or any image reference.",
    value: 'IMAGE'
  },
  container: {
    description: 'A container started by setup-docker-manylinux (its container output) to build in; every command runs ' + 'inside it.',
    value: 'NAME'
  }
} as const satisfies Record<string, FlagSpec>

export type FlagName = keyof typeof FLAGS

/** Inputs every step reads to choose where it runs. */
export const RUNTIME_FLAGS: readonly FlagName[] = ['engine', 'image', 'container']

/** build-montage's inputs: the `c-tree` command. */
export const C_TREE_FLAGS: readonly FlagName[] = [
  'path',
  'make-args',
  'jobs',
  'cache',
  'cache-dir',
  'cache-paths',
  'executables',
  'executables-name',
  'executables-dir',
  'executables-artifact',
  'service-timeout',
  ...RUNTIME_FLAGS
]

/** build-wheel's inputs: the `wheels` command. */
export const WHEEL_FLAGS: readonly FlagName[] = [
  'path',
  'package-dir',
  'python-versions',
  'before-build',
  'test-command',
  'test-requires',
  'test-timeout',
  'pip-args',
  'build-isolation',
  'test-pip-args',
  'repair',
  'plat',
  'output-dir',
  'upload-artifact',
  'service-timeout',
  'plan-only',
  ...RUNTIME_FLAGS
]

/** The root action's inputs: the `build` and `demo` commands. */
export const PIPELINE_FLAGS: readonly FlagName[] = [...new Set([...C_TREE_FLAGS, ...WHEEL_FLAGS])]

/** Inputs of the phase actions that are not flags, and why (none today: `--container` names a running container locally too). */
export const NOT_FLAGS: Readonly<Record<string, string>> = {}
