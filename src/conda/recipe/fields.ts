/**
 * The meta.yaml fields conda-build accepts, section by section, with the shape each value must have.
 * 'str' also accepts YAML numbers (they are read as strings); 'list' also accepts one string (a list of one),
 * as conda-build's readers do; 'int' is a whole number written as a string; 'any' is not checked.
 */
export type Kind = 'str' | 'list' | 'bool' | 'int' | 'dict' | 'str|list' | 'list|dict' | 'any'

const S = 'str'
const L = 'list'
const B = 'bool'

export const FIELDS: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {
  package: { name: S, version: S },
  source: {
    fn: S,
    url: 'str|list',
    md5: S,
    sha1: S,
    sha224: S,
    sha256: S,
    sha384: S,
    sha512: S,
    content_sha256: S,
    content_sha384: S,
    content_sha512: S,
    content_hash_skip: L,
    path: S,
    path_via_symlink: B,
    git_url: S,
    git_tag: S,
    git_branch: S,
    git_rev: S,
    git_depth: 'int',
    hg_url: S,
    hg_tag: S,
    svn_url: S,
    svn_rev: S,
    svn_ignore_externals: B,
    svn_username: S,
    svn_password: S,
    folder: S,
    no_hoist: B,
    patches: L
  },
  build: {
    number: 'int',
    string: S,
    entry_points: L,
    osx_is_app: B,
    disable_pip: B,
    features: L,
    track_features: L,
    preserve_egg_dir: B,
    no_link: L,
    binary_relocation: 'any',
    script: 'str|list',
    noarch: S,
    noarch_python: B,
    python_version_independent: B,
    has_prefix_files: L,
    binary_has_prefix_files: L,
    ignore_prefix_files: 'any',
    detect_binary_files_with_prefix: B,
    skip_compile_pyc: L,
    rpaths: L,
    rpaths_patcher: S,
    script_env: L,
    always_include_files: L,
    skip: B,
    msvc_compiler: S,
    pin_depends: S,
    include_recipe: B,
    preferred_env: S,
    preferred_env_executable_paths: L,
    run_exports: 'list|dict',
    ignore_run_exports: L,
    ignore_run_exports_from: L,
    requires_features: 'dict',
    provides_features: 'dict',
    force_use_keys: L,
    force_ignore_keys: L,
    merge_build_host: B,
    'pre-link': S,
    'post-link': S,
    'pre-unlink': S,
    missing_dso_whitelist: L,
    missing_dso_allowlist: L,
    runpath_whitelist: L,
    runpath_allowlist: L,
    error_overdepending: B,
    error_overlinking: B,
    overlinking_ignore_patterns: L,
    python_site_packages_path: S
  },
  outputs: {
    name: S,
    version: S,
    number: 'int',
    entry_points: L,
    script: S,
    script_interpreter: S,
    build: 'dict',
    requirements: 'list|dict',
    test: 'dict',
    about: 'dict',
    extra: 'dict',
    files: 'any',
    type: S,
    run_exports: 'list|dict',
    target: S,
    // conda-build reads an output's noarch here as well as under its build section
    noarch: S
  },
  requirements: { build: L, host: L, run: L, conflicts: L, run_constrained: L },
  app: { entry: S, icon: S, summary: S, type: S, cli_opts: 'any', own_environment: B },
  test: { requires: L, commands: L, files: L, imports: L, source_files: L, downstreams: 'list|dict' },
  about: {
    home: S,
    dev_url: S,
    doc_url: S,
    doc_source_url: S,
    license_url: S,
    license: S,
    summary: S,
    description: S,
    license_family: S,
    identifiers: L,
    tags: L,
    keywords: L,
    license_file: 'str|list',
    prelink_message: 'str|list',
    readme: S
  },
  extra: {}
}

/** Sections that may be one mapping or a list of them. */
export const LIST_SECTIONS = ['source', 'outputs'] as const

/** Accepted build/noarch values. */
export const NOARCH_TYPES = ['python', 'generic'] as const

/** conda-build's license families (compared without punctuation, upper-cased). */
export const LICENSE_FAMILIES = [
  'AGPL',
  'LGPL',
  'GPL3',
  'GPL2',
  'GPL',
  'BSD',
  'MIT',
  'APACHE',
  'PSF',
  'CC',
  'MOZILLA',
  'PUBLIC-DOMAIN',
  'PROPRIETARY',
  'OTHER',
  'NONE'
]

/** Characters a version or build string may not hold (conda-build's check_bad_chrs); '-' only in those two. */
export const BAD_CHARS = new Set('=@#$%^&*:;"\'\\|<>?/ ')
