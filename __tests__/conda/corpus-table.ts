/**
 * conda-build's whole test corpus (../shared/data/conda-build/tests/test-recipes), one row per recipe folder
 * (a folder holding meta.yaml, or a v1 recipe.yaml), with the conda-build tests that use it and what they
 * expect of it: it renders (with the values those tests assert at render or plan time; values that need a
 * solve against conda's default channel are named in `unchecked`), it fails (with the error expected), it is
 * out of scope here (with the reason, and a pattern in its files showing the reason still holds), or it
 * differs here (with why; the test checks it still does, so a fix updates this table; no row does now).
 * `from` is empty where none of the shared test modules names the folder (conda-build's other modules do).
 * Read by __tests__/conda/corpus.test.ts.
 */
import type { Spec } from '../../src/conda/recipe/variants.js'

/** A requirement check: [env, an entry equal to the string or matching the RegExp, where]. */
export type Req = readonly ['build' | 'host' | 'run', string | RegExp, { readonly pkg?: string; readonly none?: true }?]

/** What conda-build's tests assert of the render (without a solve). */
export interface Values {
  /** Packages made: planned outputs, or rendered variants not skipped. */
  readonly count?: number
  /** The distinct package names, in plan order. */
  readonly names?: readonly string[]
  /** Each matches one package's name-version-build. */
  readonly stems?: readonly RegExp[]
  /** Some package (pkg: that one) has a matching entry; none: no package has one. */
  readonly reqs?: readonly Req[]
  /** Each is part of some package's used variant (key -> value). */
  readonly used?: readonly Readonly<Record<string, string>>[]
  /** The variant keys every package uses, exactly. */
  readonly usedKeys?: readonly string[]
  /** The subdir of each package named. */
  readonly subdirs?: Readonly<Record<string, string>>
  /** Every package's name-version-build matches. */
  readonly every?: RegExp
  /**
   * Rendered for each platform named: the first package's build string is the same for two platforms exactly
   * when they have the same letter.
   */
  readonly buildGroups?: Readonly<Record<string, string>>
}

/** How a row is rendered: target platform (linux-64 unless given), variants, the environment, the source folder. */
export interface RenderCase {
  readonly platform?: string
  readonly variants?: Spec
  /** Variant config files, relative to the recipe. */
  readonly configs?: readonly string[]
  readonly env?: Readonly<Record<string, string>>
  /** A folder, relative to the recipe, that stands for the extracted source (a `path:` source is that folder copied). */
  readonly workDir?: string
  /** Fetch the source first, as a render that reads it does (a local archive: nothing is spawned). */
  readonly fetch?: true
}

/** Another render of a row that conda-build's test makes: the values it gives, or the error it fails with. */
export type Check = RenderCase & ({ readonly values: Values; readonly error?: never } | { readonly error: RegExp; readonly values?: never })

export type Scope = 'network' | 'source' | 'cross' | 'feature'

export type Expectation =
  | ({
      readonly kind: 'renders'
      readonly values?: Values
      /** Why a value conda-build's test asserts is not checked by a unit render (it needs a solve, a build...). */
      readonly unchecked?: string
      /** What conda-build's tests expect after rendering (solve, build, test), for the reader: the itg tests' business. */
      readonly later?: string
      readonly also?: readonly Check[]
    } & RenderCase)
  | ({ readonly kind: 'fails'; readonly error: RegExp; readonly also?: readonly Check[] } & RenderCase)
  | { readonly kind: 'out-of-scope'; readonly scope: Scope; readonly reason: string; readonly evidence: RegExp; readonly now?: RegExp }
  | ({ readonly kind: 'differs'; readonly why: string; readonly now: 'renders' | RegExp | Values } & RenderCase)

export interface CorpusRow {
  /** Relative to test-recipes. */
  readonly folder: string
  /** conda-build tests using the folder, as file::test. */
  readonly from: readonly string[]
  readonly expect: Expectation
  /** Thousands of variants: given a larger timeout. */
  readonly slow?: true
}

type RendersOptions = Omit<Extract<Expectation, { kind: 'renders' }>, 'kind'>

/** conda-build renders it; `values`: what its tests assert; `unchecked`: why an asserted value is not checked here. */
const renders = (o: RendersOptions = {}): Expectation => ({ kind: 'renders', ...o })
/** conda-build refuses it; the error here matches `error`. */
const fails = (error: RegExp, o: Omit<Extract<Expectation, { kind: 'fails' }>, 'kind' | 'error'> = {}): Expectation => ({ kind: 'fails', error, ...o })
/**
 * Out of scope for a unit render: `evidence` is found in the recipe's files (the reason still holds); `now`, when
 * given, is what rendering and planning here says.
 */
const outOfScope = (scope: Scope, reason: string, evidence: RegExp, now?: RegExp): Expectation => ({ kind: 'out-of-scope', scope, reason, evidence, now })

/** Built on Windows or macOS only by conda-build's tests: rendered for that platform here. */
const WINDOWS: RendersOptions = { platform: 'win-64', later: 'a Windows build (conda-build tests it on Windows only)' }
const MACOS: RendersOptions = { platform: 'osx-64', later: 'a macOS build (conda-build tests it on macOS only)' }
/** A `path: ../../test-package` source: that folder stands for the extracted source. */
const TEST_PACKAGE: RendersOptions = { workDir: '../../test-package' }
/** The recipes whose templates read their git source (GIT_*, setup.py, files): the itg test renders them. */
const GIT_ITG = 'rendered with its git source (a local stand-in of conda_build_test_recipe) in jinja-context-git.itg.test.ts; git is spawned, so not here'
const GIT_SOURCE = /CONDA_BUILD_TEST_RECIPE_PATH|github\.com\/conda\/conda_build_test_recipe/

/** Why rows are out of scope, by scope. */
export const SCOPES: Readonly<Record<Scope, string>> = {
  network: 'needs the network (a source cloned from a URL)',
  source: 'needs its git source (git is spawned: the itg tests render it with a local stand-in repository)',
  cross: 'cross-building for a subdir this suite does not build',
  feature: 'a conda-build feature this suite deliberately does not have'
}

export const CORPUS: readonly CorpusRow[] = [
  { folder: 'dll-package', from: [], expect: renders(WINDOWS) },
  { folder: 'dummy_dependency', from: [], expect: renders() },
  {
    folder: 'fail/backslash_in_include_files',
    from: ['test_api_build.py::test_backslash_in_always_include_files_path'],
    expect: renders({ later: 'the build fails: a backslash in always_include_files (RuntimeError)' })
  },
  {
    folder: 'fail/check_runtime_dependencies',
    from: ['test_api_build.py::test_runtime_dependencies'],
    expect: renders({ later: 'the solve fails: a run dependency no channel has (DependencyNeedsBuildingError)' })
  },
  {
    folder: 'fail/check_test_dependencies',
    from: ['test_api_build.py::test_test_dependencies'],
    expect: renders({ later: 'the test environment solve fails (DependencyNeedsBuildingError)' })
  },
  {
    folder: 'fail/create_bad_folder_for_conda_verify',
    from: ['test_api_build.py::test_verify_bad_package'],
    expect: renders({ later: 'packaging fails conda-verify (PackageError)' })
  },
  {
    folder: 'fail/pip_reqs_fail_informatively',
    from: ['test_api_build.py::test_pip_in_meta_yaml_fail'],
    expect: fails(/'requirements\/build' has a 'pip:' list: meta.yaml takes conda packages only/)
  },
  {
    folder: 'fail/recursive-build',
    from: ['test_api_build.py::test_failed_recipe_leaves_folders', 'test_api_build.py::test_recursive_fail'],
    expect: renders({ later: 'the solve fails: a dependency no channel has (DependencyNeedsBuildingError)' })
  },
  {
    folder: 'fail/recursive-build2',
    from: ['test_api_build.py::test_recursive_fail'],
    expect: renders({ later: 'the solve fails: a dependency no channel has (DependencyNeedsBuildingError)' })
  },
  { folder: 'fail/source_git_jinja2_oops', from: ['test_api_build.py::test_jinja_typo'], expect: fails(/'GIT_DSECRIBE_TAG' is undefined/) },
  { folder: 'fail/symlinks', from: ['test_api_build.py::test_symlink_fail'], expect: renders({ later: 'the build fails on a dangling symlink' }) },
  { folder: 'go-package', from: [], expect: renders() },
  { folder: 'metadata/_about_license_file/recipes/dir', from: ['test_api_build.py::test_about_license_file_and_prelink_message'], expect: renders() },
  {
    folder: 'metadata/_about_license_file/recipes/dir-no-slash-suffix',
    from: ['test_api_build.py::test_about_license_file_and_prelink_message'],
    expect: renders()
  },
  { folder: 'metadata/_about_license_file/recipes/list', from: ['test_api_build.py::test_about_license_file_and_prelink_message'], expect: renders() },
  { folder: 'metadata/_about_license_file/recipes/single', from: ['test_api_build.py::test_about_license_file_and_prelink_message'], expect: renders() },
  { folder: 'metadata/_about_prelink_message/recipes/dir', from: ['test_api_build.py::test_about_license_file_and_prelink_message'], expect: renders() },
  {
    folder: 'metadata/_about_prelink_message/recipes/dir-no-slash-suffix',
    from: ['test_api_build.py::test_about_license_file_and_prelink_message'],
    expect: renders()
  },
  { folder: 'metadata/_about_prelink_message/recipes/list', from: ['test_api_build.py::test_about_license_file_and_prelink_message'], expect: renders() },
  { folder: 'metadata/_about_prelink_message/recipes/single', from: ['test_api_build.py::test_about_license_file_and_prelink_message'], expect: renders() },
  { folder: 'metadata/_activate_scripts_not_included', from: [], expect: renders() },
  { folder: 'metadata/_backslash_in_include_files', from: ['test_api_build.py::test_backslash_in_always_include_files_path'], expect: renders() },
  {
    folder: 'metadata/_bad_patch',
    from: ['test_api_build.py::test_failed_patch_exits_build'],
    expect: renders({ later: 'the source step fails: the patch does not apply (RuntimeError)' })
  },
  { folder: 'metadata/_binary_has_prefix_files', from: ['test_api_build.py::test_binary_has_prefix_files'], expect: renders() },
  { folder: 'metadata/_binary_has_utf_non_8', from: ['test_api_build.py::test_binary_has_prefix_files_non_utf8'], expect: renders() },
  {
    folder: 'metadata/_blas_pins',
    from: ['test_api_build.py::test_build_strings_glob_match'],
    expect: renders({
      later:
        'renders and solves its multi-output pins against conda-forge, then fails on purpose fetching a bad license path (RuntimeError: Could not download)'
    })
  },
  {
    folder: 'metadata/_build_deps_no_infinite_loop/test_a',
    from: ['test_api_build.py::test_version_mismatch_in_variant_does_not_infinitely_rebuild_folder'],
    expect: renders({ later: 'built as the dependency of test_b' })
  },
  {
    folder: 'metadata/_build_deps_no_infinite_loop/test_b',
    from: ['test_api_build.py::test_version_mismatch_in_variant_does_not_infinitely_rebuild_folder'],
    expect: renders({ variants: { test_a: '2.0' }, values: { reqs: [['build', 'test_a 2.0']] } })
  },
  { folder: 'metadata/_build_msvc_compiler', from: ['test_api_build.py::test_build_msvc_compiler'], expect: renders(WINDOWS) },
  {
    folder: 'metadata/_build_script_errors/output_build_script',
    from: ['test_api_build.py::test_conda_build_script_errors_without_conda_info_handlers'],
    expect: renders()
  },
  {
    folder: 'metadata/_build_script_errors/output_script',
    from: ['test_api_build.py::test_conda_build_script_errors_without_conda_info_handlers'],
    expect: renders()
  },
  {
    folder: 'metadata/_build_script_errors/toplevel',
    from: ['test_api_build.py::test_conda_build_script_errors_without_conda_info_handlers'],
    expect: renders()
  },
  { folder: 'metadata/_c_vendoring_detection', from: [], expect: renders() },
  { folder: 'metadata/_checkout_tool_as_dependency', from: ['test_api_build.py::test_checkout_tool_as_dependency'], expect: renders() },
  { folder: 'metadata/_clean_rpaths', from: ['test_api_build.py::test_clean_rpaths'], expect: renders() },
  { folder: 'metadata/_cmake_generator', from: ['test_api_build.py::test_cmake_generator'], expect: renders() },
  {
    folder: 'metadata/_compile-test',
    from: ['test_api_build.py::test_compileall_compiles_all_good_files', 'test_post.py::test_compile_missing_pyc'],
    expect: renders()
  },
  {
    folder: 'metadata/_compiler_jinja2',
    from: ['test_metadata.py::test_compiler_metadata_cross_compiler', 'test_metadata.py::test_native_compiler_metadata'],
    expect: renders({
      also: [
        {
          platform: 'linux-32',
          variants: { target_platform: 'linux-32' },
          values: {
            reqs: [
              ['build', 'gcc_linux-32'],
              ['build', 'gxx_linux-32']
            ]
          }
        },
        {
          platform: 'osx-64',
          variants: { target_platform: 'osx-64' },
          values: {
            reqs: [
              ['build', 'clang_osx-64'],
              ['build', 'clangxx_osx-64']
            ]
          }
        },
        { platform: 'win-64', variants: { target_platform: 'win-x86_64', python: '2.7' }, values: { reqs: [['build', 'vs2008_win-x86_64']] } },
        { platform: 'win-64', variants: { target_platform: 'win-x86_64', python: '3.3' }, values: { reqs: [['build', 'vs2010_win-x86_64']] } },
        { platform: 'win-64', variants: { target_platform: 'win-x86_64', python: '3.12' }, values: { reqs: [['build', 'vs2017_win-x86_64']] } },
        {
          variants: {
            c_compiler: 'c-compiler-linux',
            cxx_compiler: 'cxx-compiler-linux',
            fortran_compiler: 'fortran-compiler-linux',
            target_platform: 'osx-109-x86_64'
          },
          values: {
            reqs: [
              ['build', 'c-compiler-linux_osx-109-x86_64'],
              ['build', 'cxx-compiler-linux_osx-109-x86_64'],
              ['build', 'fortran-compiler-linux_osx-109-x86_64']
            ]
          }
        }
      ],
      values: {
        reqs: [
          ['build', 'gcc_linux-64'],
          ['build', 'gxx_linux-64']
        ]
      }
    })
  },
  {
    folder: 'metadata/_compiler_python_build_section',
    from: ['test_api_build.py::test_empty_package_with_python_and_compiler_in_build_barfs'],
    expect: renders({ later: 'the build fails: an empty package with python and a compiler in build (CondaBuildException)' })
  },
  { folder: 'metadata/_conda-build-test-environment-vars-in-build-env', from: [], expect: renders() },
  { folder: 'metadata/_condarc_channel', from: [], expect: renders() },
  {
    folder: 'metadata/_cross_build_unix_windows',
    from: ['test_api_render.py::test_cross_info_index_platform'],
    expect: renders({ values: { subdirs: { test_cross_unix_windows: 'win-64' } } })
  },
  {
    folder: 'metadata/_cross_helloworld',
    from: [],
    expect: outOfScope('cross', 'cross-builds for the made-up subdir linux-imx351uc with a custom toolchain', /linux-imx351uc/)
  },
  {
    folder: 'metadata/_cross_libgreeting',
    from: [],
    expect: outOfScope('cross', 'cross-builds for the made-up subdir linux-imx351uc with a custom toolchain', /linux-imx351uc/)
  },
  { folder: 'metadata/_cross_prefix_elision', from: [], expect: renders() },
  {
    folder: 'metadata/_cross_prefix_elision_compiler_used',
    from: ['test_api_render.py::test_cross_recipe_with_only_build_section'],
    expect: renders({ values: { subdirs: { test_cross_prefix_elision_compiler_used: 'osx-64' } } })
  },
  { folder: 'metadata/_cross_unix_windows_mingw', from: ['test_api_build.py::test_cross_unix_windows_mingw'], expect: renders(WINDOWS) },
  { folder: 'metadata/_debug_pkg', from: [], expect: renders() },
  { folder: 'metadata/_debug_pkg_multiple_outputs', from: [], expect: renders() },
  { folder: 'metadata/_detect_binary_files_with_prefix', from: ['test_api_build.py::test_detect_binary_files_with_prefix'], expect: renders() },
  {
    folder: 'metadata/_dirty_skip_section',
    from: ['test_api_build.py::test_dirty_variable_available_in_build_scripts'],
    expect: renders({ later: 'the build script fails without --dirty (BuildScriptException)' })
  },
  { folder: 'metadata/_disable_pip', from: [], expect: renders() },
  {
    folder: 'metadata/_empty_host_avoids_merge',
    from: ['test_api_render.py::test_merge_build_host_empty_host_section'],
    expect: renders({ values: { reqs: [['run', /bzip2/, { none: true }]] } })
  },
  {
    folder: 'metadata/_empty_pkg_with_python_build_host',
    from: ['test_api_build.py::test_empty_package_with_python_in_build_and_host_barfs'],
    expect: renders({ later: 'the build fails: an empty package with python in build and host (CondaBuildException)' })
  },
  { folder: 'metadata/_empty_target_platform_yields_default', from: [], expect: renders() },
  { folder: 'metadata/_extra_meta', from: ['test_api_build.py::test_extra_meta'], expect: renders() },
  {
    folder: 'metadata/_git_describe_number_branch',
    from: ['test_api_build.py::test_git_describe_info_on_branch'],
    expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /GIT_DESCRIBE_TAG/)
  },
  { folder: 'metadata/_grpc', from: ['test_api_build.py::test_api_build_grpc_issue5645'], expect: renders() },
  {
    folder: 'metadata/_host_entries_finalized',
    from: ['test_api_render.py::test_host_entries_finalized'],
    expect: renders({ values: { count: 2, stems: [/-py27h?/, /-py39h?/] } })
  },
  { folder: 'metadata/_ignore_prefix_files', from: ['test_api_build.py::test_ignore_prefix_files'], expect: renders() },
  {
    folder: 'metadata/_ignore_some_prefix_files',
    from: ['test_api_build.py::test_ignore_some_prefix_files', 'test_api_build.py::test_info_files_json'],
    expect: renders()
  },
  { folder: 'metadata/_ignore_verify_codes', from: ['test_api_build.py::test_ignore_verify_codes'], expect: renders() },
  { folder: 'metadata/_index_hotfix_pkgs', from: [], expect: renders() },
  {
    folder: 'metadata/_inject_jinja2_vars_on_first_pass',
    from: ['test_api_build.py::test_api_build_inject_jinja2_vars_on_first_pass'],
    expect: fails(/'python_min' is undefined/, { also: [{ variants: { python_min: '3.12' }, values: { count: 1 } }] })
  },
  { folder: 'metadata/_jinja_outputs', from: ['test_metadata.py::test_extract_single_output_text_with_jinja_is_broken'], expect: renders() },
  {
    folder: 'metadata/_keep_work_dir',
    from: ['test_api_build.py::test_keep_workdir_and_dirty_reuse', 'test_api_build.py::test_remove_workdir_default'],
    expect: renders()
  },
  { folder: 'metadata/_legacy_noarch_python', from: [], expect: renders() },
  { folder: 'metadata/_lua_env_defined', from: ['test_api_build.py::test_only_lua_env'], expect: renders() },
  { folder: 'metadata/_macos_tbd_handling', from: ['test_api_build.py::test_macos_tbd_handling'], expect: renders(MACOS) },
  {
    folder: 'metadata/_menu_json_validation',
    from: [
      'test_post.py::test_menuinst_validation_fails_bad_input',
      'test_post.py::test_menuinst_validation_fails_bad_json',
      'test_post.py::test_menuinst_validation_fails_bad_schema_url',
      'test_post.py::test_menuinst_validation_ok'
    ],
    expect: renders({ later: 'post-processing validates the menuinst JSON (fails for bad input)' })
  },
  {
    folder: 'metadata/_no_include_recipe',
    from: ['test_api_build.py::test_no_include_recipe_meta_yaml'],
    expect: renders({ later: 'the package test fails without the recipe in the package (CondaBuildUserError)' })
  },
  {
    folder: 'metadata/_no_merge_build_host',
    from: ['test_api_render.py::test_merge_build_host_build_key'],
    expect: renders({ values: { reqs: [['run', /bzip2/, { none: true }]] } })
  },
  {
    folder: 'metadata/_noarch_none',
    from: ['test_api_build.py::test_noarch_none_value'],
    expect: fails(/build\/noarch must be one of python, generic, not 'none'/)
  },
  {
    folder: 'metadata/_noarch_python',
    from: ['test_api_build.py::test_build_script_permissions', 'test_api_build.py::test_noarch_python_1'],
    expect: renders()
  },
  { folder: 'metadata/_noarch_python_with_tests', from: ['test_api_build.py::test_noarch_python_with_tests'], expect: renders() },
  {
    folder: 'metadata/_noarch_with_no_platform_deps',
    from: ['test_api_render.py::test_noarch_with_no_platform_deps'],
    expect: renders({ values: { buildGroups: { 'osx-64': 'a', 'osx-arm64': 'a', 'linux-64': 'a', 'linux-aarch64': 'a', 'win-64': 'a', 'win-arm64': 'a' } } })
  },
  {
    folder: 'metadata/_noarch_with_platform_deps',
    from: ['test_api_render.py::test_noarch_with_platform_deps'],
    expect: renders({ values: { buildGroups: { 'linux-64': 'a', 'linux-aarch64': 'a', 'linux-ppc64le': 'b', 'osx-64': 'c', 'win-64': 'd' } } })
  },
  { folder: 'metadata/_numpy_xx', from: ['test_api_build.py::test_numpy_xx'], expect: renders() },
  { folder: 'metadata/_numpy_xx_host', from: ['test_api_build.py::test_numpy_xx_host'], expect: renders() },
  { folder: 'metadata/_osx_is_app_missing_python_app', from: ['test_api_build.py::test_append_python_app_osx'], expect: renders(MACOS) },
  {
    folder: 'metadata/_overdepending_detection',
    from: ['test_api_build.py::test_overdepending_detection'],
    expect: renders({ later: 'post-processing fails: overdepending (OverDependingError)' })
  },
  { folder: 'metadata/_overlapping_files_warning/a', from: ['test_api_build.py::test_warning_on_file_clobbering'], expect: renders() },
  { folder: 'metadata/_overlapping_files_warning/b', from: ['test_api_build.py::test_warning_on_file_clobbering'], expect: renders() },
  {
    folder: 'metadata/_overlinking_detection',
    from: ['test_api_build.py::test_overlinking_detection'],
    expect: renders({ later: 'post-processing fails: overlinking (OverLinkingError)' })
  },
  { folder: 'metadata/_overlinking_detection_ignore_patterns', from: ['test_api_build.py::test_overlinking_detection_ignore_patterns'], expect: renders() },
  { folder: 'metadata/_path_not_cached', from: [], expect: renders() },
  { folder: 'metadata/_perl_env_defined', from: ['test_api_build.py::test_only_perl_env_vars_defined'], expect: renders() },
  {
    folder: 'metadata/_pin_compatible',
    from: ['test_api_render.py::test_pin_compatible_semver'],
    expect: renders({ unchecked: 'zlib >=1.2.11,<2.0a0 in run comes from the zlib a solve picks (defaults channel)' })
  },
  { folder: 'metadata/_pin_depends_record', from: ['test_api_build.py::test_pin_depends'], expect: renders() },
  {
    folder: 'metadata/_pin_depends_strict',
    from: ['test_api_render.py::test_pin_depends'],
    expect: renders({ unchecked: 'pin_depends: strict pins python from a solve against defaults' })
  },
  { folder: 'metadata/_pin_subpackage_benchmark', from: ['test_api_render.py::test_pin_subpackage_benchmark'], expect: renders() },
  { folder: 'metadata/_pin_subpackage_exact', from: ['test_api_build.py::test_pin_subpackage_exact'], expect: renders() },
  {
    folder: 'metadata/_pinning_prerelease',
    from: ['test_api_render.py::test_pin_expression_works_with_prereleases'],
    expect: renders({
      values: { count: 2, names: ['foo', 'bar'] },
      unchecked: 'bar runs on foo >=3.10.0.rc1,<3.11.0a0: pin_run_as_build of the foo solved into its host (finalize, after foo is built)'
    })
  },
  {
    folder: 'metadata/_pinning_prerelease_python',
    from: ['test_api_render.py::test_pin_expression_works_with_python_prereleases'],
    expect: renders({
      values: { count: 2, names: ['python', 'bar'] },
      unchecked: 'bar runs on python >=3.10.0rc1,<3.11.0a0: pin_run_as_build of the python solved into its host (finalize)'
    })
  },
  { folder: 'metadata/_post-link-fails', from: [], expect: renders() },
  {
    folder: 'metadata/_post_link_exits_after_retry',
    from: ['test_api_build.py::test_env_creation_fail_exits_build'],
    expect: renders({ later: 'the test environment fails: a post-link script exits non-zero' })
  },
  {
    folder: 'metadata/_post_link_exits_tests',
    from: ['test_api_build.py::test_env_creation_fail_exits_build'],
    expect: renders({ later: 'the test environment fails: a post-link script exits non-zero' })
  },
  { folder: 'metadata/_post_link_in_output', from: ['test_post.py::test_postlink_script_in_output_explicit'], expect: renders() },
  { folder: 'metadata/_post_link_in_output_implicit', from: ['test_post.py::test_postlink_script_in_output_implicit'], expect: renders() },
  { folder: 'metadata/_preferred_env', from: [], expect: renders() },
  { folder: 'metadata/_pypi_installer_metadata', from: ['test_post.py::test_pypi_installer_metadata'], expect: renders() },
  { folder: 'metadata/_python_site_packages_path', from: ['test_api_build.py::test_python_site_packages_path'], expect: renders() },
  { folder: 'metadata/_python_version_independent', from: ['test_api_build.py::test_python_version_independent'], expect: renders() },
  { folder: 'metadata/_python_xx', from: ['test_api_build.py::test_python_xx'], expect: renders() },
  { folder: 'metadata/_pytorch_cpu', from: ['test_api_build.py::test_api_build_pytorch_cpu_issue5644'], expect: renders() },
  { folder: 'metadata/_pyyaml_find_header', from: [], expect: renders() },
  { folder: 'metadata/_r_env_defined', from: ['test_api_build.py::test_only_r_env_vars_defined'], expect: renders() },
  { folder: 'metadata/_recipe_requiring_external_channel', from: [], expect: renders() },
  { folder: 'metadata/_recursive-build-a', from: [], expect: renders() },
  { folder: 'metadata/_recursive-build-b', from: [], expect: renders() },
  { folder: 'metadata/_recursive-build-c', from: [], expect: renders() },
  { folder: 'metadata/_recursive-build-d', from: [], expect: renders() },
  { folder: 'metadata/_recursive-build-two-layers', from: ['test_api_build.py::test_recursion_layers'], expect: renders() },
  { folder: 'metadata/_recursive-build-two-packages', from: ['test_api_build.py::test_recursion_packages'], expect: renders() },
  { folder: 'metadata/_render_recipe', from: ['test_render.py::test_render_recipe'], expect: renders({ values: { count: 48 } }), slow: true },
  { folder: 'metadata/_requirements_txt_run_reqs', from: ['test_api_build.py::test_requirements_txt_for_run_reqs'], expect: renders() },
  { folder: 'metadata/_requires_provides_features', from: ['test_api_build.py::test_provides_features_metadata'], expect: renders() },
  {
    folder: 'metadata/_resolved_packages_host_build',
    from: ['test_api_render.py::test_resolved_packages_recipe'],
    expect: renders({ unchecked: 'run pins of the resolved host packages come from a solve against defaults' })
  },
  { folder: 'metadata/_rewrite_env', from: ['test_build.py::test_rewrite_output'], expect: renders() },
  { folder: 'metadata/_rpath', from: ['test_api_build.py::test_rpath_unix'], expect: renders() },
  { folder: 'metadata/_rpath_macos', from: ['test_post.py::test_duplicate_rpath_macos'], expect: renders(MACOS) },
  {
    folder: 'metadata/_rpath_symlink',
    from: ['test_post.py::test_rpath_symlink'],
    expect: renders({ variants: { rpaths_patcher: ['patchelf', 'LIEF'] }, values: { count: 2 } })
  },
  { folder: 'metadata/_run_constrained', from: ['test_api_build.py::test_run_constrained_stores_constrains_info'], expect: renders() },
  {
    folder: 'metadata/_run_constrained_error',
    from: ['test_api_build.py::test_run_constrained_is_validated'],
    expect: fails(/invalid match spec 'pillow-heif .*' has a comparison inside its version in 'requirements\/run_constrained'/)
  },
  {
    folder: 'metadata/_run_exports',
    from: ['test_api_build.py::test_ignore_run_exports', 'test_api_build.py::test_ignore_run_exports_from', 'test_api_build.py::test_run_exports'],
    expect: renders()
  },
  { folder: 'metadata/_run_exports_constrains', from: ['test_api_build.py::test_run_exports_constrains'], expect: renders() },
  { folder: 'metadata/_run_exports_implicit_weak', from: ['test_api_build.py::test_run_exports'], expect: renders() },
  {
    folder: 'metadata/_run_exports_in_outputs',
    from: ['test_api_render.py::test_run_exports_with_pin_compatible_in_subpackages'],
    expect: renders({ unchecked: 'pin_compatible in run_exports needs the solved zlib (defaults channel)' })
  },
  { folder: 'metadata/_run_exports_noarch', from: ['test_api_build.py::test_run_exports_noarch_python'], expect: renders() },
  { folder: 'metadata/_script_env_warnings', from: ['test_api_build.py::test_script_env_warnings'], expect: renders() },
  { folder: 'metadata/_script_win_creates_exe', from: ['test_api_build.py::test_script_win_creates_exe'], expect: renders(WINDOWS) },
  { folder: 'metadata/_script_win_creates_exe_garbled', from: ['test_api_build.py::test_script_win_creates_exe'], expect: renders(WINDOWS) },
  {
    folder: 'metadata/_self_reference_run_exports',
    from: ['test_api_render.py::test_self_reference_run_exports_pin_subpackage_picks_up_version_correctly'],
    expect: renders({ values: { count: 1 } })
  },
  { folder: 'metadata/_set_env_var_activate_build', from: ['test_api_build.py::test_build_with_activate_does_activate'], expect: renders() },
  { folder: 'metadata/_set_env_var_no_activate_build', from: ['test_api_build.py::test_build_with_no_activate_does_not_activate'], expect: renders() },
  { folder: 'metadata/_setup_py_data_in_env', from: ['test_api_build.py::test_setup_py_data_in_env'], expect: renders(TEST_PACKAGE) },
  { folder: 'metadata/_skip_detect_binary_files_with_prefix', from: ['test_api_build.py::test_skip_detect_binary_files_with_prefix'], expect: renders() },
  { folder: 'metadata/_sort_rendered_deps', from: [], expect: renders() },
  {
    folder: 'metadata/_source_git_jinja2_relative_git_url',
    from: ['test_api_build.py::test_relative_git_url_git_versioning'],
    expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /^renders$/)
  },
  {
    folder: 'metadata/_source_git_jinja2_relative_path',
    from: ['test_api_build.py::test_relative_path_git_versioning'],
    expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /^renders$/)
  },
  { folder: 'metadata/_source_hg', from: [], expect: renders() },
  {
    folder: 'metadata/_source_hg_jinja2',
    from: [],
    expect: outOfScope('network', 'reads HG_* of a Mercurial source cloned from a URL', /hg_url: https:\/\//, /HG_LATEST_TAG/)
  },
  { folder: 'metadata/_source_setuptools', from: [], expect: renders() },
  { folder: 'metadata/_source_setuptools_env_var', from: [], expect: renders(TEST_PACKAGE) },
  {
    folder: 'metadata/_stdlib_jinja2',
    from: ['test_metadata.py::test_native_stdlib_metadata'],
    expect: renders({
      also: [
        {
          platform: 'linux-aarch64',
          variants: { target_platform: 'linux-aarch64' },
          values: { reqs: [['host', 'sysroot_linux-aarch64 2.17.*']], used: [{ c_stdlib: 'sysroot', c_stdlib_version: '2.17' }] }
        },
        {
          platform: 'osx-64',
          variants: { target_platform: 'osx-64' },
          values: { reqs: [['host', 'macosx_deployment_target_osx-64 10.13.*']], used: [{ c_stdlib: 'macosx_deployment_target', c_stdlib_version: '10.13' }] }
        },
        {
          platform: 'osx-arm64',
          variants: { target_platform: 'osx-arm64' },
          values: { reqs: [['host', 'macosx_deployment_target_osx-arm64 11.0.*']], used: [{ c_stdlib: 'macosx_deployment_target', c_stdlib_version: '11.0' }] }
        }
      ],
      values: { reqs: [['host', 'sysroot_linux-64 2.12.*']], used: [{ c_stdlib: 'sysroot', c_stdlib_version: '2.12' }] }
    })
  },
  { folder: 'metadata/_symlink_dirs_in_always_include_files', from: ['test_api_build.py::test_symlink_dirs_in_always_include_files'], expect: renders() },
  { folder: 'metadata/_sysroot_detection', from: ['test_api_build.py::test_sysroots_detection'], expect: renders() },
  {
    folder: 'metadata/_test_dependencies',
    from: ['test_api_build.py::test_dependencies_with_notest'],
    expect: renders({ later: 'without tests its test dependency is never solved; with them the solve fails (DependencyNeedsBuildingError)' })
  },
  {
    folder: 'metadata/_test_downstreams/downstream',
    from: ['test_api_build.py::test_downstream_tests'],
    expect: renders({ later: 'the downstream test fails (CondaBuildUserError)' })
  },
  {
    folder: 'metadata/_test_downstreams/upstream',
    from: ['test_api_build.py::test_downstream_tests'],
    expect: renders({ later: 'its downstream test fails (CondaBuildUserError)' })
  },
  { folder: 'metadata/_test_early_abort', from: ['test_api_build.py::test_early_abort'], expect: renders() },
  {
    folder: 'metadata/_test_failed_test_exits',
    from: ['test_api_build.py::test_failed_tests_exit_build'],
    expect: renders({ later: 'the package test fails (TESTS FAILED)' })
  },
  { folder: 'metadata/_test_long_test_prefix', from: [], expect: renders() },
  { folder: 'metadata/_test_test_deps_when_not_include_test_files/conda-recipe', from: [], expect: renders() },
  {
    folder: 'metadata/_test_test_source_files/conda-recipe',
    from: ['test_api_build.py::test_copy_test_source_files', 'test_api_build.py::test_copy_test_source_files_deps'],
    expect: renders()
  },
  {
    folder: 'metadata/_test_uses_src_dir',
    from: ['test_api_build.py::test_workdir_removal_warning'],
    expect: renders({ later: 'the test reads SRC_DIR after the work folder is removed (ValueError)' })
  },
  { folder: 'metadata/_xattr_copy', from: ['test_api_build.py::test_copy_read_only_file_with_xattr'], expect: renders() },
  { folder: 'metadata/always_include_files_glob', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/arbitrary_file_in_info_dir', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/binary_has_prefix_files_list', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/build_env', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/build_number', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/build_skip', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/build_string', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/cdt_linking', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/dll_linking', from: ['test_api_build.py::test_recipe_builds'], expect: renders(WINDOWS) },
  { folder: 'metadata/dll_linking_fail', from: ['test_api_build.py::test_recipe_builds'], expect: renders(WINDOWS) },
  { folder: 'metadata/ds_store_ignored', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/empty_patch_section', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/empty_run_section', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  {
    folder: 'metadata/empty_sections',
    from: [
      'test_api_build.py::test_no_anaconda_upload_condarc',
      'test_api_build.py::test_offline',
      'test_api_build.py::test_recipe_builds',
      'test_api_build.py::test_skip_existing'
    ],
    expect: renders()
  },
  { folder: 'metadata/empty_with_build_script', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/entry_points', from: ['test_api_build.py::test_noarch_python_1', 'test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/entry_points_have_prefix', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/entry_points_have_prefix_noarch_has_prefix_files', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/extra_freeform_metadata', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/fix_permissions', from: ['test_api_build.py::test_fix_permissions', 'test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/float_misinterpretation', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/gh-5342', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/has_prefix_files', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/hoist_source_multilevel', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/hoist_source_multilevel_shadow', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  {
    folder: 'metadata/ignore_run_exports_from_substr',
    from: ['test_api_build.py::test_ignore_run_exports_from_substr', 'test_api_build.py::test_recipe_builds'],
    expect: renders()
  },
  { folder: 'metadata/jinja2', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/jinja2_build_str', from: ['test_api_build.py::test_recipe_builds'], expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /GIT_FULL_HASH/) },
  { folder: 'metadata/jinja_load_setuptools', from: ['test_api_build.py::test_recipe_builds'], expect: renders(TEST_PACKAGE) },
  { folder: 'metadata/jinja_load_toml', from: ['test_api_build.py::test_recipe_builds'], expect: renders(TEST_PACKAGE) },
  {
    folder: 'metadata/jinja_load_toml_from_source',
    from: ['test_api_build.py::test_recipe_builds'],
    expect: renders({ workDir: 'src', values: { names: ['example'] } })
  },
  { folder: 'metadata/jinja_load_yaml', from: ['test_api_build.py::test_recipe_builds'], expect: renders(TEST_PACKAGE) },
  {
    folder: 'metadata/jinja_vars',
    from: ['test_api_build.py::test_recipe_builds'],
    expect: renders({ env: { CONDA_TEST_VAR: 'conda_test', CONDA_TEST_VAR_2: 'conda_test_2' } })
  },
  { folder: 'metadata/libarchive', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  {
    folder: 'metadata/multiple_sources',
    from: ['test_api_build.py::test_recipe_builds', 'test_metadata.py::test_fromdict', 'test_metadata.py::test_fromstring'],
    expect: renders()
  },
  { folder: 'metadata/nested_prefix', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/nested_recipe/build_number', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/no_link', from: ['test_api_build.py::test_info_files_json', 'test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/noarch_generic', from: ['test_api_build.py::test_noarch_foo_value', 'test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/numpy_build', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/numpy_build_run', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/numpy_run', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/osx_is_app', from: ['test_api_build.py::test_recipe_builds'], expect: renders(MACOS) },
  { folder: 'metadata/osx_rpath', from: ['test_api_build.py::test_recipe_builds'], expect: renders(MACOS) },
  {
    folder: 'metadata/outputs_overwrite_base_file',
    from: ['test_api_build.py::test_recipe_builds', 'test_api_build.py::test_rendered_is_reported'],
    expect: renders()
  },
  { folder: 'metadata/patch', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/patch-read-only', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/preserve_egg_dir', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/python_build', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/python_build_run', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/python_env_defined', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/python_run', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/r_test_import', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/relative_url_download', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/selectors_in_imported_templates', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/skip_compile_pyc', from: ['test_api_build.py::test_recipe_builds', 'test_api_build.py::test_skip_compile_pyc'], expect: renders() },
  {
    folder: 'metadata/source_git',
    from: [
      'test_api_build.py::test_recipe_builds',
      'test_api_render.py::test_output_without_jinja_does_not_download',
      'test_build.py::test_build_preserves_PATH'
    ],
    expect: renders()
  },
  { folder: 'metadata/source_git_am', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  {
    folder: 'metadata/source_git_jinja2',
    from: [
      'test_api_build.py::test_no_locking',
      'test_api_build.py::test_output_build_path_git_source',
      'test_api_build.py::test_recipe_builds',
      'test_api_build.py::test_source_cache_build',
      'test_api_render.py::test_get_output_file_paths_jinja2',
      'test_api_render.py::test_render_need_download',
      'test_api_render.py::test_render_yaml_output'
    ],
    expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /GIT_FULL_HASH/)
  },
  { folder: 'metadata/source_multiple', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/source_path', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  {
    folder: 'metadata/source_regex',
    from: ['test_api_build.py::test_recipe_builds'],
    expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /load_file_regex\(\): no such file 'meta.yaml' in the source/)
  },
  { folder: 'metadata/source_regex_from_recipe_dir', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/source_setup_py_data', from: ['test_api_build.py::test_recipe_builds'], expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /^renders$/) },
  {
    folder: 'metadata/source_setup_py_data_subdir',
    from: ['test_api_build.py::test_recipe_builds'],
    expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /^renders$/)
  },
  { folder: 'metadata/source_url', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/state_variables', from: ['test_api_build.py::test_recipe_builds'], expect: renders({ workDir: '.' }) },
  { folder: 'metadata/symlinks', from: ['test_api_build.py::test_recipe_builds', 'test_api_build.py::test_symlink_fail'], expect: renders() },
  { folder: 'metadata/test_source_files', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  {
    folder: 'metadata/transitive_subpackage',
    from: ['test_api_build.py::test_recipe_builds', 'test_api_render.py::test_transitive_subpackage_dependency'],
    expect: renders({ values: { count: 2 } })
  },
  { folder: 'metadata/unicode_all_over/love-feedstock', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/unicode_in_meta', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'metadata/unknown_selector', from: ['test_api_build.py::test_recipe_builds', 'test_api_build.py::test_unknown_selectors'], expect: renders() },
  { folder: 'metadata/wheel_source', from: ['test_api_build.py::test_recipe_builds'], expect: renders() },
  { folder: 'published_code/building_jinja2_direct_env_vars', from: [], expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /GIT_DESCRIBE_TAG/) },
  { folder: 'published_code/building_jinja2_environ', from: [], expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /package\/version missing/) },
  { folder: 'published_code/building_jinja2_setup_py_data', from: [], expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /^renders$/) },
  { folder: 'skip/source_svn', from: [], expect: renders() },
  { folder: 'split-packages/_about_metadata', from: ['test_subpackages.py::test_about_metadata'], expect: renders({ values: { count: 2 } }) },
  {
    folder: 'split-packages/_alternate_type_wheel',
    from: [],
    expect: outOfScope(
      'feature',
      'a wheel output: this suite builds conda packages only (wheels come from the build-wheel action)',
      /type: wheel/,
      /type 'wheel' is not built by this suite/
    )
  },
  { folder: 'split-packages/_build_script', from: ['test_subpackages.py::test_build_script_and_script_env'], expect: renders() },
  {
    folder: 'split-packages/_build_script_missing_var',
    from: ['test_subpackages.py::test_build_script_and_script_env_warn_empty_script_env'],
    expect: renders()
  },
  {
    folder: 'split-packages/_build_script_relying_on_missing_var',
    from: ['test_subpackages.py::test_build_script_does_not_set_env_from_script_env_if_missing'],
    expect: renders({ later: 'the build script fails: script_env names a variable that is not set (BuildScriptException)' })
  },
  {
    folder: 'split-packages/_build_string_with_variant',
    from: ['test_subpackages.py::test_build_string_does_not_incorrectly_add_hash'],
    expect: renders({ values: { count: 4, stems: [/^clang_variant-1\.0-cling$/, /^clang_variant-1\.0-default$/] } })
  },
  {
    folder: 'split-packages/_circular_deps_cross',
    from: ['test_subpackages.py::test_circular_deps_cross'],
    expect: renders({ values: { names: ['gcc_impl_linux-32', 'gxx_impl_linux-32'] } })
  },
  {
    folder: 'split-packages/_empty_outputs_requires_package_version',
    from: ['test_subpackages.py::test_empty_outputs_requires_package_version'],
    expect: fails(/package\/version missing: a recipe without outputs must give its version/)
  },
  { folder: 'split-packages/_entry_points', from: ['test_subpackages.py::test_toplevel_entry_points_do_not_apply_to_subpackages'], expect: renders() },
  { folder: 'split-packages/_extra_metadata', from: [], expect: renders() },
  {
    folder: 'split-packages/_git_in_output_version',
    from: ['test_subpackages.py::test_git_in_output_version'],
    expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /GIT_DESCRIBE_TAG/)
  },
  { folder: 'split-packages/_hash_inputs', from: ['test_subpackages.py::test_subpackage_hash_inputs'], expect: renders({ values: { count: 2 } }) },
  {
    folder: 'split-packages/_inherit_build_number',
    from: ['test_subpackages.py::test_inherit_build_number'],
    expect: renders({ values: { every: /[-_]1$/ } })
  },
  {
    folder: 'split-packages/_intradep_with_templated_output_name',
    from: ['test_subpackages.py::test_intradep_with_templated_output_name'],
    expect: renders({ values: { count: 3, names: ['templated_subpackage_nameabc', 'depends_on_templated', 'test_templated_subpackage_name'] } })
  },
  { folder: 'split-packages/_intradependencies', from: ['test_subpackages.py::test_intradependencies'], expect: renders({ values: { count: 11 } }) },
  // The recipe's comment says conda-build should raise; its _check_circular_dependencies (metadata.py) pairs outputs
  // that name each other in build/host/run, and a names b only in run_exports: conda-build plans both, as here.
  { folder: 'split-packages/_intradependencies_circular', from: [], expect: renders() },
  { folder: 'split-packages/_intradependencies_toplevel_circular', from: [], expect: renders() },
  {
    folder: 'split-packages/_invalid_script_extension',
    from: ['test_subpackages.py::test_autodetect_raises_on_invalid_extension'],
    expect: renders({ later: 'the build fails: an output script with an unknown extension (NotImplementedError)' })
  },
  {
    folder: 'split-packages/_line_up_python_compiled_libs',
    from: ['test_subpackages.py::test_python_line_up_with_compiled_lib'],
    expect: renders({
      platform: 'win-64',
      values: { count: 8 },
      unchecked: 'py-xyz and xyz run on exact libxyz/py-xyz pins (checked in outputs.test.ts) and on python/zlib ranges from the solve'
    })
  },
  {
    folder: 'split-packages/_line_up_python_compiled_libs_top_level_same_name_output',
    from: ['test_subpackages.py::test_python_line_up_with_compiled_lib'],
    expect: renders({
      platform: 'win-64',
      values: { count: 8 },
      unchecked: 'py-xyz and xyz run on exact libxyz/py-xyz pins (checked in outputs.test.ts) and on python/zlib ranges from the solve'
    })
  },
  {
    folder: 'split-packages/_merge_build_host',
    from: ['test_subpackages.py::test_merge_build_host_applies_in_outputs'],
    expect: renders({
      values: { reqs: [['run', /./, { pkg: 'test_build_host_merge', none: true }]] },
      unchecked: 'the output runs on 2 pinned run_exports (zlib, jpeg) of its solved merged prefix (finalize)'
    })
  },
  {
    folder: 'split-packages/_multi_outputs_without_package_version',
    from: ['test_subpackages.py::test_multi_outputs_without_package_version'],
    expect: renders({ values: { count: 3, stems: [/^a-1-0$/, /^b-2-0$/, /^c-3-0$/] } })
  },
  { folder: 'split-packages/_order', from: ['test_subpackages.py::test_subpackage_order_natural'], expect: renders({ values: { names: ['a', 'b'] } }) },
  {
    folder: 'split-packages/_order_bad',
    from: ['test_subpackages.py::test_subpackage_order_bad'],
    expect: renders({ values: { names: ['d', 'c'], reqs: [['host', 'd >=1,<2.0a0', { pkg: 'c' }]] } })
  },
  { folder: 'split-packages/_output_activation', from: ['test_subpackages.py::test_activation_in_output_scripts'], expect: renders() },
  {
    folder: 'split-packages/_output_named_same_as_top_level',
    from: ['test_subpackages.py::test_output_same_name_as_top_level_does_correct_output_regex'],
    expect: renders({
      values: {
        reqs: [
          ['build', /./, { pkg: 'ipp', none: true }],
          ['host', /./, { pkg: 'ipp', none: true }],
          ['run', /./, { pkg: 'ipp', none: true }]
        ]
      }
    })
  },
  {
    folder: 'split-packages/_output_specific_subdir',
    from: ['test_subpackages.py::test_output_specific_subdir'],
    expect: renders({ values: { count: 3, subdirs: { custom_subdir: 'linux-aarch64', default_subdir: 'linux-64', default_subdir_2: 'linux-64' } } })
  },
  {
    folder: 'split-packages/_output_test_script',
    from: ['test_subpackages.py::test_per_output_tests_script'],
    expect: renders({ later: 'the output test script fails (CondaBuildUserError)' })
  },
  { folder: 'split-packages/_overlapping_files', from: ['test_subpackages.py::test_overlapping_files'], expect: renders({ values: { count: 3 } }) },
  { folder: 'split-packages/_per_output_tests', from: ['test_subpackages.py::test_per_output_tests'], expect: renders() },
  {
    folder: 'split-packages/_pin_compatible_in_output',
    from: ['test_subpackages.py::test_pin_compatible_in_outputs'],
    expect: renders({ values: { reqs: [['run', /^numpy\s*>=.*,<.*/]] } })
  },
  {
    folder: 'split-packages/_rm_rf_stays_within_prefix/conda',
    from: ['test_subpackages.py::test_rm_rf_does_not_remove_relative_source_package_files'],
    expect: renders()
  },
  { folder: 'split-packages/_script_and_files', from: ['test_subpackages.py::test_subpackage_script_and_files'], expect: renders() },
  {
    folder: 'split-packages/_strong_run_exports_applies_from_build_to_host',
    from: ['test_subpackages.py::test_strong_run_exports_from_build_applies_to_host'],
    expect: renders()
  },
  { folder: 'split-packages/_test-file-hash', from: ['test_post.py::test_file_hash'], expect: renders() },
  { folder: 'split-packages/_variant_override', from: ['test_subpackages.py::test_subpackage_variant_override'], expect: renders({ values: { count: 3 } }) },
  { folder: 'split-packages/_xgboost_example', from: ['test_subpackages.py::test_loops_do_not_remove_earlier_packages'], expect: renders() },
  { folder: 'split-packages/compose_run_requirements_from_subpackages', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  { folder: 'split-packages/copying_files', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  {
    folder: 'split-packages/jinja2_subpackage_name',
    from: ['test_subpackages.py::test_subpackage_recipes'],
    expect: renders({ values: { names: ['split_packages_jinja2_subpackage_name_subpackage', 'split_packages_jinja2_subpackage_name'] } })
  },
  { folder: 'split-packages/noarch_subpackage', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  { folder: 'split-packages/outputs_using_vars_defined_in_meta', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  { folder: 'split-packages/python_test_dep', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  { folder: 'split-packages/script_autodetect_interpreter', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  { folder: 'split-packages/script_bash_windows', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders(WINDOWS) },
  { folder: 'split-packages/script_install_files', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  { folder: 'split-packages/split_packages_hash_resolution', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  { folder: 'split-packages/test_files_copying', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  { folder: 'split-packages/test_files_in_parent', from: ['test_subpackages.py::test_subpackage_recipes'], expect: renders() },
  {
    folder: 'variants/01_basic_templating',
    from: ['test_variants.py::test_no_satisfiable_variants_raises_error'],
    expect: renders({ unchecked: 'unsatisfiable variants are found by solving against defaults (DependencyNeedsBuildingError)' })
  },
  { folder: 'variants/02_python_version', from: [], expect: renders() },
  {
    folder: 'variants/03_ignore_version_reduces_matrix',
    from: ['test_variants.py::test_variant_with_ignore_version_reduces_matrix'],
    expect: renders({ variants: { packageA: ['1.2', '3.4'], packageB: ['5.6', '7.8'], ignore_version: 'packageB' }, values: { count: 2 } })
  },
  {
    folder: 'variants/04_numpy_matrix_pinned',
    from: ['test_variants.py::test_variant_with_numpy_pinned_has_matrix'],
    expect: renders({ values: { count: 4 } })
  },
  {
    folder: 'variants/05_compatible',
    from: ['test_variants.py::test_pinning_in_build_requirements'],
    expect: renders({ unchecked: 'three-part build pins come from a solve against defaults' })
  },
  { folder: 'variants/06_compatible_custom', from: [], expect: renders() },
  { folder: 'variants/07_compatible_custom_lower_upper', from: [], expect: renders() },
  { folder: 'variants/08_compiler', from: [], expect: renders() },
  { folder: 'variants/09_cross', from: ['test_variants.py::test_cross_compilers'], expect: renders({ values: { count: 3 } }) },
  { folder: 'variants/10_runtimes/consumes_exports', from: [], expect: renders() },
  { folder: 'variants/10_runtimes/ignore_exports', from: [], expect: renders() },
  { folder: 'variants/10_runtimes/uses_run_exports', from: [], expect: renders() },
  { folder: 'variants/11_variant_output_names', from: ['test_variants.py::test_variants_in_output_names'], expect: renders({ values: { count: 4 } }) },
  {
    folder: 'variants/12_variant_versions',
    from: ['test_variants.py::test_variants_in_versions_with_setup_py_data'],
    expect: renders({ fetch: true, values: { count: 2, stems: [/^my_package-470\.470-/, /^my_package-480\.480-/] } })
  },
  {
    folder: 'variants/13_git_vars',
    from: ['test_variants.py::test_git_variables_with_variants'],
    expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /GIT_DESCRIBE_TAG/)
  },
  {
    folder: 'variants/14_variant_in_run_and_test',
    from: ['test_variants.py::test_ensure_valid_spec_on_run_and_test'],
    expect: renders({
      unchecked: 'conda-build adds .* to click  6 (run) and pytest  3.2 (test/requires) when it finalizes; here finalize does it too (src/conda/finalize)'
    })
  },
  {
    folder: 'variants/17_multiple_recipes_independent_config/a',
    from: ['test_variants.py::test_serial_builds_have_independent_configs'],
    expect: renders({ unchecked: 'index.json depends of a built package (bzip2 from defaults)' })
  },
  {
    folder: 'variants/17_multiple_recipes_independent_config/b',
    from: ['test_variants.py::test_serial_builds_have_independent_configs'],
    expect: renders({ unchecked: 'index.json depends of a built package (bzip2 from defaults)' })
  },
  {
    folder: 'variants/18_subspace_selection',
    from: ['test_variants.py::test_subspace_selection'],
    expect: renders({
      variants: { a: 'coffee' },
      also: [
        { variants: { a: 'coffee', b: '123' }, values: { count: 1, used: [{ b: '123' }] } },
        { variants: { c: 'not an animal' }, error: /c is zipped with a, b; give those keys too/ },
        { variants: { a: 'some', b: 'new', c: 'animal' }, values: { count: 1, used: [{ a: 'some', b: 'new' }] } }
      ],
      values: {
        count: 2,
        used: [
          { a: 'coffee', b: '123' },
          { a: 'coffee', b: 'abc' }
        ]
      }
    })
  },
  {
    folder: 'variants/19_used_variables',
    from: ['test_api_render.py::test_setting_condarc_vars_with_env_var_expansion', 'test_variants.py::test_get_used_loop_vars'],
    expect: renders({ values: { count: 4, usedKeys: ['cdt_arch', 'cdt_name', 'pthread_stubs', 'python', 'some_package', 'target_platform', 'zlib'] } })
  },
  { folder: 'variants/20_reprovision_source', from: ['test_variants.py::test_reprovisioning_source'], expect: renders() },
  { folder: 'variants/20_subspace_selection_cli', from: [], expect: renders() },
  {
    folder: 'variants/21_conditional_sections',
    from: ['test_variants.py::test_variants_used_in_jinja2_conditionals'],
    expect: renders({ values: { count: 2 } })
  },
  { folder: 'variants/22_run_exports_rerendered_for_other_variants', from: ['test_variants.py::test_build_run_exports_act_on_host'], expect: renders() },
  { folder: 'variants/24_test_used_vars_in_scripts', from: ['test_variants.py::test_detect_variables_in_build_and_output_scripts'], expect: renders() },
  {
    folder: 'variants/25_target_platform_looping',
    from: ['test_variants.py::test_target_platform_looping'],
    expect: renders({ platform: 'win-64', values: { count: 2 } })
  },
  {
    folder: 'variants/26_reduced_hashing/hash_no_python',
    from: ['test_variants.py::test_reduced_hashing_behavior'],
    expect: renders({ values: { stems: [/^[^-]+-[^-]+-(?!.*h[0-9a-f]{7})/] } })
  },
  {
    folder: 'variants/26_reduced_hashing/hash_yes_compiler',
    from: ['test_variants.py::test_reduced_hashing_behavior'],
    expect: renders({ values: { stems: [/h[0-9a-f]{7}_0$/] } })
  },
  {
    folder: 'variants/26_reduced_hashing/hash_yes_pinned',
    from: ['test_variants.py::test_reduced_hashing_behavior'],
    expect: renders({ values: { stems: [/h[0-9a-f]{7}_0$/] } })
  },
  { folder: 'variants/27_requirements_host', from: ['test_variants.py::test_variant_as_dependency_name'], expect: renders({ values: { count: 2 } }) },
  { folder: 'variants/28_custom_compiler', from: ['test_variants.py::test_custom_compiler'], expect: renders({ values: { count: 3 } }) },
  {
    folder: 'variants/29_different_git_vars',
    from: ['test_variants.py::test_different_git_vars'],
    expect: outOfScope('source', GIT_ITG, GIT_SOURCE, /GIT_DESCRIBE_TAG/)
  },
  { folder: 'variants/30_top_level_finalized', from: ['test_variants.py::test_top_level_finalized'], expect: renders() },
  { folder: 'variants/31_variant_subkeys', from: ['test_variants.py::test_variant_subkeys_retained'], expect: renders() },
  {
    folder: 'variants/32_v1_recipe',
    from: ['test_variants.py::test_v1_recipe'],
    expect: outOfScope('feature', 'a v1 recipe.yaml (rattler-build format): this suite reads meta.yaml', /^schema_version: 1|context:/m)
  },
  {
    folder: 'variants/33_v1_recipe_multi_output',
    from: ['test_variants.py::test_v1_recipe_multi_output'],
    expect: outOfScope('feature', 'a v1 recipe.yaml (rattler-build format): this suite reads meta.yaml', /^schema_version: 1|context:/m)
  },
  {
    folder: 'variants/exclusive_config_file',
    from: ['test_variants.py::test_exclusive_config_file', 'test_variants.py::test_exclusive_config_files'],
    expect: renders()
  },
  { folder: 'variants/jinja2_used_variables', from: ['test_variants.py::test_get_used_loop_vars_jinja2'], expect: renders({ values: { count: 7 } }) },
  { folder: 'variants/numpy_used', from: ['test_variants.py::test_numpy_used_variable_looping'], expect: renders({ values: { count: 4 } }) },
  { folder: 'variants/python_in_build_only', from: ['test_api_render.py::test_ignore_build_only_deps'], expect: renders({ values: { count: 1 } }) },
  {
    folder: 'variants/test_python_as_subpackage_loop',
    from: ['test_variants.py::test_inner_python_loop_with_output'],
    expect: renders({
      also: [
        { configs: ['config_with_zip.yaml'], values: { count: 5 } },
        { configs: ['config_with_zip.yaml'], platform: 'win-64', values: { count: 5 } }
      ],
      values: { count: 5 }
    })
  },
  {
    folder: 'variants/variant_recipe',
    from: ['test_variants.py::test_python_variants'],
    expect: renders({
      variants: { python: ['3.11', '3.12'] },
      values: { count: 2 },
      unchecked: 'run python >=3.11,<3.12.0a0 and >=3.12,<3.13.0a0: pin_run_as_build of the solved host python (finalize)'
    })
  },
  { folder: 'work-deleted', from: [], expect: renders() }
]
