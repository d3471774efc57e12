/**
 * What building each folder of conda-build's test corpus over the toolchain channel gives, beside the render
 * table (corpus-table.ts), keyed by the same folders; read by corpus-builds.itg.test.ts, which builds every
 * row with its tests. A row says: it builds (the packages, as `subdir/name-version-build (test scripts
 * that ran and passed)`; `pyXY` stands for the toolchain python, `h#######` for a hash that follows
 * it), it fails as conda-build's tests expect (the error), it is out of scope (why, and what the build
 * says here, checked; a network source is checked in the rendered recipe instead of fetched), or it
 * differs from conda-build (why, and what happens here, checked, so a fix updates the row; no row does now).
 * Folders settled elsewhere have no row here (buildScopeOf says why): the split-packages/ recipes built in
 * builder/outputs.itg.test.ts (OUTPUTS_ITG), folders that do not render as conda-build's do (fails,
 * out-of-scope or differs in the render table), and folders conda-build's tests build on Windows or macOS only.
 * The rows were found by building every folder over the toolchain channel and reading each failure.
 */
import type { CorpusRow } from './corpus-table.js'

/** Packages made, in build order: `subdir/name-version-build`, then the test scripts that ran and passed in brackets. */
export type BuildPackages = readonly string[]

/**
 * Why a folder is not built here: a requirement the toolchain channel does not have (the solver's answer),
 * a source from the network, a subdir this machine does not build, a conda-build feature this suite does not
 * have, a source the recipe does not give (conda-build's test fixtures set it, or its test only renders), a
 * file conda-build's repository has and the shared copy does not, a build script for another platform, a folder
 * no conda-build test builds (and that would not build there either), a test that runs conda itself or reads
 * its installation, a fact of the machine running the tests (root).
 */
export type BuildScope = 'requirements' | 'network' | 'cross' | 'feature' | 'source' | 'data' | 'platform' | 'untested' | 'conda' | 'machine'

export type BuildExpectation =
  | { readonly kind: 'builds'; readonly packages: BuildPackages; readonly warns?: RegExp }
  | { readonly kind: 'build-fails'; readonly error: RegExp }
  | { readonly kind: 'no-build'; readonly scope: BuildScope; readonly reason: string; readonly now: RegExp }
  | { readonly kind: 'build-differs'; readonly why: string; readonly now: RegExp | BuildPackages }

/** It builds: the packages made; `warns`: a warning of the build (or its tests' environments) that conda-build's test asserts. */
const builds = (packages: BuildPackages, warns?: RegExp): BuildExpectation => ({ kind: 'builds', packages, ...(warns ? { warns } : {}) })
/** conda-build's tests expect the build (or its test) to fail: the error here. */
const fails = (error: RegExp): BuildExpectation => ({ kind: 'build-fails', error })
/** Not built here, and why; `now`: what the build says (for 'network': what the rendered sources name). */
const noBuild = (scope: BuildScope, reason: string, now: RegExp): BuildExpectation => ({ kind: 'no-build', scope, reason, now })

const SOURCE_ENV =
  "source/path is {{ environ.get('CONDA_BUILD_TEST_RECIPE_PATH') }}: conda-build's tests point it at their clone of conda_build_test_recipe (from GitHub); unset, the path is 'None'"

/** The split-packages/ folders built, with their outputs' tests, in builder/outputs.itg.test.ts (the test checks it names each). */
export const OUTPUTS_ITG: readonly string[] = [
  '_about_metadata',
  '_build_script',
  '_build_script_missing_var',
  '_build_script_relying_on_missing_var',
  '_empty_outputs_requires_package_version',
  '_entry_points',
  '_extra_metadata',
  '_hash_inputs',
  '_inherit_build_number',
  '_invalid_script_extension',
  '_merge_build_host',
  '_multi_outputs_without_package_version',
  '_order',
  '_order_bad',
  '_output_activation',
  '_output_named_same_as_top_level',
  '_output_specific_subdir',
  '_output_test_script',
  '_overlapping_files',
  '_per_output_tests',
  '_script_and_files',
  '_test-file-hash',
  '_variant_override',
  'jinja2_subpackage_name',
  'noarch_subpackage',
  'outputs_using_vars_defined_in_meta',
  'script_autodetect_interpreter',
  'script_bash_windows',
  'script_install_files',
  'test_files_copying',
  'test_files_in_parent'
].map(f => `split-packages/${f}`)

/** Why the folder's build is settled elsewhere, or undefined when it needs a row here. */
export function buildScopeOf(row: CorpusRow): string | undefined {
  const e = row.expect
  if (e.kind !== 'renders') return `the render table's row: ${e.kind}`
  if (e.platform && e.platform !== 'linux-64') return e.later ?? `rendered for ${e.platform} only`
  if (OUTPUTS_ITG.includes(row.folder)) return 'built with its outputs in builder/outputs.itg.test.ts'
  return undefined
}

export const BUILDS: Readonly<Record<string, BuildExpectation>> = {
  dummy_dependency: builds(['linux-64/conda_build_test_requirement-1.0-0']),
  'fail/backslash_in_include_files': noBuild(
    'platform',
    "conda-build's test builds it on Windows only (skipif not on_win: a backslash path, refused there with RuntimeError); its test command (IF NOT EXIST) is cmd's",
    /IF: command not found/
  ),
  'fail/check_runtime_dependencies': fails(/cannot satisfy conda-build-test-depedencies 1\.0 abc, pytest, pytest-cov: no channel has a package named pytest/),
  'fail/check_test_dependencies': fails(
    /cannot satisfy conda-build-test-depedencies 1\.0 abc, pytest, pytest-cov, pytest-package-does-not-exist: no channel has a package named pytest/
  ),
  // test_verify_bad_package is skipped in conda-build (conda-verify is deprecated); its first api.build, without
  // exit_on_verify_error, makes the package, as here
  'fail/create_bad_folder_for_conda_verify': builds(['linux-64/create_bad_folder-1.0-0']),
  // built after fail/recursive-build2 (1.0; corpus-chain.ts): test_recursive_fail expects an error naming recursive-build2
  'fail/recursive-build': fails(/cannot satisfy recursive-build2 2\.0: no version of recursive-build2 matches/),
  'fail/recursive-build2': builds(['linux-64/recursive-build2-1.0-0']),
  'fail/symlinks': fails(/'bad_abs_link_src_file1' is a symlink to .*, outside the prefix: a package may only link inside itself/),
  'go-package': noBuild('requirements', 'not in the toolchain channel: go_linux-64', /no channel has a package named go_linux-64 /),
  'metadata/_about_license_file/recipes/dir': builds(['linux-64/test_about_license_file_dir-1.0-0']),
  'metadata/_about_license_file/recipes/dir-no-slash-suffix': builds(['linux-64/test_about_license_file_dir-no-slash-suffix-1.0-0']),
  'metadata/_about_license_file/recipes/list': builds(['linux-64/test_about_license_file_list-1.0-0']),
  'metadata/_about_license_file/recipes/single': builds(['linux-64/test_about_license_file_single-1.0-0']),
  'metadata/_about_prelink_message/recipes/dir': builds(['linux-64/test_about_prelink_message_file_dir-1.0-0']),
  'metadata/_about_prelink_message/recipes/dir-no-slash-suffix': builds(['linux-64/test_about_prelink_message_file_dir-no-slash-suffix-1.0-0']),
  'metadata/_about_prelink_message/recipes/list': builds(['linux-64/test_about_prelink_message_file_list-1.0-0']),
  'metadata/_about_prelink_message/recipes/single': builds(['linux-64/test_about_prelink_message_file_single-1.0-0']),
  'metadata/_activate_scripts_not_included': builds(['linux-64/scratch-0-0']),
  'metadata/_backslash_in_include_files': noBuild(
    'platform',
    "conda-build's test builds it on Windows only (skipif not on_win); its test command (IF NOT EXIST) is cmd's",
    /IF: command not found/
  ),
  'metadata/_bad_patch': fails(/patch fail_to_apply\.patch: hunk #1 of setup\.py does not apply/),
  'metadata/_binary_has_prefix_files': builds(['linux-64/conda-build-test-binary-has-prefix-files-1.0-0 (run_test.py)']),
  // conda-build's test_binary_has_prefix_files_non_utf8 is marked xfail: the prefix in UTF-16/32 is not found there either
  'metadata/_binary_has_utf_non_8': fails(/did not detect the hard-coded host prefix in binary-has-prefix-utf-16-le/),
  'metadata/_blas_pins': noBuild('requirements', 'not in the toolchain channel: sysroot_linux-64', /no channel has a package named sysroot_linux-64 /),
  'metadata/_build_deps_no_infinite_loop/test_a': builds(['linux-64/test_a-2.0-0']),
  'metadata/_build_deps_no_infinite_loop/test_b': builds(['linux-64/test_b-1.0-h#######_0']),
  'metadata/_build_script_errors/output_build_script': fails(/output pkg-output-1\.0-0: output script failed with exit code 1/),
  'metadata/_build_script_errors/output_script': fails(/output pkg-output-1\.0-0: output script failed with exit code 1/),
  'metadata/_build_script_errors/toplevel': fails(/pkg-1\.0-0: build\/script failed with exit code 1/),
  'metadata/_c_vendoring_detection': noBuild(
    'requirements',
    'no version the recipe asks for in the toolchain channel: gcc_linux-64',
    /no version of gcc_linux-64 matches/
  ),
  'metadata/_checkout_tool_as_dependency': noBuild(
    'feature',
    'an svn_url source: this suite fetches url, git, hg and path sources',
    /svn_url sources are not supported/
  ),
  'metadata/_clean_rpaths': builds([]),
  'metadata/_cmake_generator': noBuild('requirements', 'not in the toolchain channel: cmake', /no channel has a package named cmake /),
  'metadata/_compile-test': builds(['linux-64/test_compileall-1.0-pyXY_0']),
  'metadata/_compiler_jinja2': noBuild('requirements', 'not in the toolchain channel: gfortran_linux-64', /no channel has a package named gfortran_linux-64 /),
  'metadata/_compiler_python_build_section': fails(
    /empty_pkg_with_python_build_host-1\.0-h[0-9a-f]{7}_0: the package would be empty .* python in its build requirements \(beside a compiler\) but not in host/
  ),
  'metadata/_conda-build-test-environment-vars-in-build-env': builds(['linux-64/_conda-build-test-environment-vars-in-build-env-1.0-0']),
  'metadata/_condarc_channel': builds(['linux-64/test_recipe_needing_channel-1.0-0']),
  'metadata/_cross_build_unix_windows': noBuild('cross', 'renders for win-64 on linux-64', /the recipe renders for win-64:/),
  'metadata/_cross_prefix_elision': noBuild('cross', 'renders for osx-64 on linux-64', /the recipe renders for osx-64:/),
  'metadata/_cross_prefix_elision_compiler_used': noBuild('cross', 'renders for osx-64 on linux-64', /the recipe renders for osx-64:/),
  'metadata/_debug_pkg': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'metadata/_debug_pkg_multiple_outputs': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'metadata/_detect_binary_files_with_prefix': builds(['linux-64/conda-build-test-detect-binary-files-with-prefix-1.0-0 (run_test.sh)']),
  'metadata/_dirty_skip_section': fails(/build\.sh failed with exit code 1/),
  'metadata/_disable_pip': noBuild('requirements', 'not in the toolchain channel: setuptools', /no channel has a package named setuptools /),
  'metadata/_empty_host_avoids_merge': noBuild('requirements', 'not in the toolchain channel: bzip2', /no channel has a package named bzip2 /),
  'metadata/_empty_pkg_with_python_build_host': fails(
    /empty_pkg_with_python_build_host-1\.0-0: the package would be empty .* with python in both its build and host requirements/
  ),
  'metadata/_empty_target_platform_yields_default': builds(['linux-64/test_empty_platform_yields_default-1.0-h#######_0']),
  'metadata/_extra_meta': builds(['linux-64/test_extra_info-1.0-0']),
  'metadata/_grpc': noBuild(
    'requirements',
    'channel-qualified compilers (conda-forge::gcc) from its conda_build_config.yaml',
    /conda-forge::gcc_linux-64 13, .*names a channel/
  ),
  'metadata/_host_entries_finalized': builds(['linux-64/test_host_packages_finalized-1.0-pyXY_0']),
  'metadata/_ignore_prefix_files': noBuild(
    'conda',
    'its run_test.py reads the package cache of the conda installation running the test ($ROOT/pkgs/<dist>/info); this suite is not conda and has no such root (conda-build skips this test on GitHub Actions for the same reason)',
    /IndexError: list index out of range/
  ),
  'metadata/_ignore_some_prefix_files': noBuild(
    'conda',
    'its run_test.py reads the package cache of the conda installation running the test ($ROOT/pkgs/<dist>/info); this suite is not conda and has no such root (conda-build skips this test on GitHub Actions for the same reason)',
    /IndexError: list index out of range/
  ),
  'metadata/_ignore_verify_codes': builds(['linux-64/test_ignore_verify_codes-1.0-0']),
  'metadata/_index_hotfix_pkgs': builds([
    'linux-64/hotfix_depends_test-1.0-dummy_0',
    'linux-64/remove_test-1.0-0',
    'linux-64/revoke_test-1.0-0',
    'linux-64/track_features_test-1.0-0'
  ]),
  'metadata/_jinja_outputs': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'metadata/_keep_work_dir': builds([
    'linux-64/test_keep_work_dir_abc-1.0-h#######_0 (run_test.py)',
    'linux-64/test_keep_work_dir_def-1.0-h#######_0 (run_test.py)'
  ]),
  'metadata/_legacy_noarch_python': noBuild('requirements', 'not in the toolchain channel: setuptools', /no channel has a package named setuptools /),
  'metadata/_lua_env_defined': noBuild('requirements', 'not in the toolchain channel: lua', /no channel has a package named lua /),
  'metadata/_menu_json_validation': builds(['linux-64/menu_json_validation-1.0-0']),
  'metadata/_no_include_recipe': fails(/the test run_test\.sh of no_include_recipe-0\.0-0 failed with exit code 1/),
  'metadata/_no_merge_build_host': noBuild('requirements', 'not in the toolchain channel: bzip2', /no channel has a package named bzip2 /),
  'metadata/_noarch_python': noBuild('requirements', 'not in the toolchain channel: setuptools', /no channel has a package named setuptools /),
  'metadata/_noarch_python_with_tests': noBuild('requirements', 'not in the toolchain channel: setuptools', /no channel has a package named setuptools /),
  'metadata/_noarch_with_no_platform_deps': builds(['noarch/test-noarch-with-no-platform-deps-0.0.1-py_0']),
  'metadata/_noarch_with_platform_deps': builds(['noarch/test-noarch-with-platform-deps-0.0.1-pyh#######_0']),
  'metadata/_numpy_xx': noBuild('requirements', 'not in the toolchain channel: numpy', /no channel has a package named numpy /),
  'metadata/_numpy_xx_host': noBuild('requirements', 'not in the toolchain channel: numpy', /no channel has a package named numpy /),
  'metadata/_overdepending_detection': noBuild('requirements', 'not in the toolchain channel: libcurl', /no channel has a package named libcurl /),
  'metadata/_overlapping_files_warning/a': builds(['linux-64/pkg_a-1.0.0-0']),
  // test_warning_on_file_clobbering: the clobber warning when b's test environment is made (its check that conda's
  // path_conflict: prevent makes it a ClobberError has no counterpart here: there is no such setting)
  'metadata/_overlapping_files_warning/b': builds(
    ['linux-64/pkg_b-1.0.0-0 (run_test.sh)'],
    /pkg_b replaced 1 file\(s\) of packages linked before it: this_is_a_file/
  ),
  'metadata/_overlinking_detection': noBuild('requirements', 'not in the toolchain channel: bzip2', /no channel has a package named bzip2 /),
  'metadata/_overlinking_detection_ignore_patterns': noBuild('requirements', 'not in the toolchain channel: bzip2', /no channel has a package named bzip2 /),
  'metadata/_path_not_cached': noBuild(
    'untested',
    'no conda-build test in this copy builds it: its run_test.py says test2.py (named in test/files) is written by the test that builds it, and the folder does not have it',
    /the test file .*_path_not_cached\/test2\.py does not exist/
  ),
  'metadata/_perl_env_defined': noBuild('requirements', 'not in the toolchain channel: perl', /no channel has a package named perl /),
  'metadata/_pin_compatible': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'metadata/_pin_depends_record': builds(['linux-64/pintest-1.0-0']),
  'metadata/_pin_depends_strict': builds(['linux-64/pintest-1.0-0']),
  'metadata/_pin_subpackage_benchmark': builds([
    'linux-64/libarrow-15.0.2-0',
    'linux-64/libarrow-acero-15.0.2-0',
    'linux-64/libarrow-flight-15.0.2-0',
    'linux-64/libarrow-gandiva-15.0.2-0',
    'linux-64/libparquet-15.0.2-0',
    'linux-64/libarrow-dataset-15.0.2-0',
    'linux-64/libarrow-flight-sql-15.0.2-0',
    'linux-64/libarrow-substrait-15.0.2-0'
  ]),
  'metadata/_pin_subpackage_exact': builds(['linux-64/run_exports_subpkg-1.0-0', 'linux-64/test_has_run_exports-1.0-0']),
  'metadata/_pinning_prerelease': builds(['linux-64/foo-3.10.0.rc1-0', 'linux-64/bar-3.10.0.rc1-h#######_0 (run_test.sh)']),
  'metadata/_pinning_prerelease_python': builds(['linux-64/python-3.10.0rc1-0', 'linux-64/bar-3.10.0rc1-pyXY_0 (run_test.sh)']),
  'metadata/_post-link-fails': builds(['linux-64/_post-link-fails-1.0-0']),
  'metadata/_post_link_exits_after_retry': fails(
    /conda-build-test-post-link-build-error-1\.0-0: the post-link script of _post-link-fails-1\.0-0 failed \(exit 1\): .*\/_h_env_placehold/
  ),
  'metadata/_post_link_exits_tests': fails(
    /conda-build-test-post-link-test-error-1\.0-0: the post-link script of _post-link-fails-1\.0-0 failed \(exit 1\): .*\/_test_env_placehold/
  ),
  'metadata/_post_link_in_output': fails(/the post-link script of out1-1\.0-0 failed \(exit 1\)/),
  'metadata/_post_link_in_output_implicit': fails(/the post-link script of out1-1\.0-0 failed \(exit 1\)/),
  'metadata/_preferred_env': noBuild(
    'untested',
    "no conda-build test builds it (its run_test.py reads conda's package cache); build.sh writes $PREFIX/bin/exepath1 without making $PREFIX/bin, which an empty host prefix (conda-build's too) does not have",
    /_preferred_env\/build\.sh: line 1: .*\/bin\/exepath1: No such file or directory/
  ),
  'metadata/_pypi_installer_metadata': noBuild('requirements', 'not in the toolchain channel: pip', /no channel has a package named pip /),
  'metadata/_python_site_packages_path': builds(['linux-64/python-3.99.99-0']),
  'metadata/_python_version_independent': noBuild(
    'requirements',
    'no version the recipe asks for in the toolchain channel: python',
    /no version of python matches/
  ),
  'metadata/_python_xx': noBuild(
    'requirements',
    "conda-build's test only renders it, for python 3.5; its run_test.py looks for the py35 build and python 3.5, which the toolchain channel does not have",
    /did not find appropriate info file/
  ),
  'metadata/_pytorch_cpu': noBuild('cross', 'renders for osx-arm64 on linux-64', /the recipe renders for osx-arm64:/),
  'metadata/_pyyaml_find_header': noBuild('requirements', 'not in the toolchain channel: yaml', /no channel has a package named yaml /),
  'metadata/_r_env_defined': noBuild('requirements', 'not in the toolchain channel: r-base', /no channel has a package named r-base /),
  'metadata/_recipe_requiring_external_channel': builds(['linux-64/requires_external_channel-1.0-0']),
  'metadata/_recursive-build-a': builds(['linux-64/_recursive-build-a-1.0-0']),
  'metadata/_recursive-build-b': builds(['linux-64/_recursive-build-b-1.0-0']),
  'metadata/_recursive-build-c': builds(['linux-64/_recursive-build-c-1.0-0']),
  'metadata/_recursive-build-d': builds(['linux-64/_recursive-build-d-1.0-0']),
  'metadata/_recursive-build-two-layers': builds(['linux-64/conda-build-test-recursive-build-two-layers-1.0-0']),
  'metadata/_recursive-build-two-packages': builds(['linux-64/conda-build-test-recursive-build-two-layers-1.0-0']),
  'metadata/_render_recipe': noBuild(
    'requirements',
    'its variants zip python with numpy, python_impl for pythons the toolchain channel does not have',
    /python is zipped with numpy, python_impl/
  ),
  'metadata/_requirements_txt_run_reqs': noBuild(
    'requirements',
    'not in the toolchain channel: pyyaml (its run requirement, from requirements.txt)',
    /no channel has a package named pyyaml /
  ),
  'metadata/_requires_provides_features': builds(['linux-64/test_requires_provides_features-1.0-0']),
  'metadata/_resolved_packages_host_build': noBuild('requirements', 'not in the toolchain channel: numpy', /no channel has a package named numpy /),
  'metadata/_rewrite_env': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'metadata/_rpath': noBuild('requirements', 'not in the toolchain channel: py-lief', /no channel has a package named py-lief /),
  'metadata/_rpath_symlink': noBuild('requirements', 'not in the toolchain channel: py-lief', /no channel has a package named py-lief /),
  'metadata/_run_constrained': builds(['linux-64/test_run_constrained-1.0-0']),
  'metadata/_run_exports': builds(['linux-64/strong_pinned_package-1.0-0', 'linux-64/test_has_run_exports-1.0-0', 'linux-64/weak_pinned_package-1.0-0']),
  'metadata/_run_exports_constrains': builds([
    'linux-64/run_exports_constrains-1.0-0',
    'linux-64/run_exports_constrains_only_weak-1.0-0',
    'linux-64/strong_constrains_export-1.0-0',
    'linux-64/strong_run_export-1.0-0',
    'linux-64/weak_constrains_export-1.0-0',
    'linux-64/weak_run_export-1.0-0'
  ]),
  'metadata/_run_exports_implicit_weak': builds(['linux-64/test_has_run_exports_implicit_weak-1.0-0', 'linux-64/weak_pinned_package-2.0-0']),
  'metadata/_run_exports_in_outputs': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'metadata/_run_exports_noarch': builds(['linux-64/python-3.6-with_run_exports']),
  'metadata/_script_env_warnings': builds(['linux-64/test_script_env_warnings-1.0-0']),
  'metadata/_self_reference_run_exports': builds(['linux-64/test-1.0.0-0']),
  'metadata/_set_env_var_activate_build': builds(['linux-64/conda-build-test-environment-vars-in-build-env-1.0-h#######_0']),
  'metadata/_set_env_var_no_activate_build': noBuild(
    'feature',
    "conda-build's test builds it with api.build(activate=False), a build option this suite does not have (only the recipe's build/activate_in_script); activated, the build prefix's activate.d sets TEST_VAR and build.sh exits 1 as it should",
    /conda-build-test-environment-vars-in-build-env-1\.0-0: build\.sh failed with exit code 1; its last lines:\nsetting TEST_VAR/
  ),
  'metadata/_setup_py_data_in_env': noBuild('requirements', 'not in the toolchain channel: cython', /no channel has a package named cython /),
  'metadata/_skip_detect_binary_files_with_prefix': builds(['linux-64/conda-build-test-skip-detect-binary-files-with-prefix-1.0-0 (run_test.sh)']),
  'metadata/_sort_rendered_deps': noBuild('requirements', 'not in the toolchain channel: f', /no channel has a package named f /),
  'metadata/_source_hg': noBuild('network', 'its source is fetched from https://bitbucket.org/asmeurer/conda-build-hg-test', /https:\/\//),
  'metadata/_source_setuptools': noBuild('requirements', 'not in the toolchain channel: setuptools', /no channel has a package named setuptools /),
  'metadata/_source_setuptools_env_var': noBuild('requirements', 'not in the toolchain channel: setuptools', /no channel has a package named setuptools /),
  'metadata/_stdlib_jinja2': noBuild('requirements', 'not in the toolchain channel: sysroot_linux-64', /no channel has a package named sysroot_linux-64 /),
  'metadata/_symlink_dirs_in_always_include_files': builds([
    'linux-64/symlink_dirs_in_always_include_files_foo-0.0.1-0 (run_test.sh)',
    'linux-64/symlink_dirs_in_always_include_files_bar-0.0.1-0 (run_test.sh)'
  ]),
  'metadata/_sysroot_detection': noBuild('cross', 'renders for linux-ppc64le on linux-64', /the recipe renders for linux-ppc64le:/),
  'metadata/_test_dependencies': fails(
    /cannot satisfy conda-build-test-depedencies 1\.0 abc, somenonexistentpackage1: no channel has a package named somenonexistentpackage1/
  ),
  'metadata/_test_downstreams/downstream': fails(/the test run_test\.sh of test_downstream_with_test_fail-1\.0-0 failed with exit code 1/),
  'metadata/_test_downstreams/upstream': fails(
    /the downstream test of test_upstream_with_downstream_tests-1\.0-0 \(test\/downstreams: test_downstream_with_test_fail\) failed: the test run_test\.sh of test_downstream_with_test_fail-1\.0-0 failed with exit code 1/
  ),
  'metadata/_test_early_abort': builds(['linux-64/foobar-1.0-0 (run_test.py,run_test.sh)']),
  'metadata/_test_failed_test_exits': fails(/the test run_test\.sh of foobar-1\.0-0 failed with exit code 1/),
  'metadata/_test_long_test_prefix': builds(['linux-64/test_long_test_prefix-1.0-0 (run_test.py)']),
  'metadata/_test_test_deps_when_not_include_test_files/conda-recipe': noBuild(
    'requirements',
    'not in the toolchain channel: pytest',
    /no channel has a package named pytest /
  ),
  'metadata/_test_test_source_files/conda-recipe': noBuild('requirements', 'not in the toolchain channel: pytest', /no channel has a package named pytest /),
  'metadata/_test_uses_src_dir': fails(/run_test\.py uses SRC_DIR, but the work folder is removed before the tests run/),

  'metadata/_xattr_copy': builds(['linux-64/conda_build_test_xattr_copy-1.0-0']),
  'metadata/always_include_files_glob': noBuild('requirements', 'not in the toolchain channel: libpng', /no channel has a package named libpng /),
  'metadata/arbitrary_file_in_info_dir': builds(['linux-64/test_arbitrary_file_in_info_dir-1.0-0 (run_test.sh)']),
  'metadata/binary_has_prefix_files_list': builds(['linux-64/conda-build-test-binary_has_prefix_files_list-1.0-0 (run_test.sh)']),
  'metadata/build_env': builds(['linux-64/conda-build-test-env-1.0-0 (run_test.py)']),
  'metadata/build_number': builds(['linux-64/conda-build-test-build-number-1.0-1 (run_test.py)']),
  'metadata/build_skip': builds([]),
  'metadata/build_string': builds(['linux-64/conda-build-test-build-string-1.0-abc (run_test.py)']),
  'metadata/cdt_linking': noBuild('requirements', 'not in the toolchain channel: pam-devel-el8-x86_64', /no channel has a package named pam-devel-el8-x86_64 /),
  'metadata/ds_store_ignored': builds(['linux-64/test_has_ds_store-1.0-0 (run_test.sh)']),
  'metadata/empty_patch_section': builds(['linux-64/patch_section_empty-1.0-0']),
  'metadata/empty_run_section': builds(['linux-64/test_empty_run_deps-1.0-0 (run_test.sh)']),
  'metadata/empty_sections': noBuild('source', SOURCE_ENV, /source\/path .*\/None does not exist/),
  'metadata/empty_with_build_script': noBuild('source', SOURCE_ENV, /source\/path .*\/None does not exist/),
  'metadata/entry_points': noBuild('requirements', 'not in the toolchain channel: pip', /no channel has a package named pip /),
  'metadata/entry_points_have_prefix': noBuild('requirements', 'not in the toolchain channel: pip', /no channel has a package named pip /),
  'metadata/entry_points_have_prefix_noarch_has_prefix_files': noBuild(
    'requirements',
    'not in the toolchain channel: pip',
    /no channel has a package named pip /
  ),
  'metadata/extra_freeform_metadata': noBuild('requirements', 'not in the toolchain channel: pyyaml', /no channel has a package named pyyaml /),
  'metadata/fix_permissions': builds(['linux-64/fix_permissions-1.0-0']),
  'metadata/float_misinterpretation': builds(['linux-64/test_floating_point_version-1.10-0 (run_test.sh)']),
  'metadata/gh-5342': builds(['linux-64/gh-5342-dev-1.0-0']),
  'metadata/has_prefix_files': builds(['linux-64/conda-build-test-has-prefix-files-1.0-0 (run_test.py)']),
  'metadata/hoist_source_multilevel': builds(['linux-64/mypkg-1.0.0-0']),
  'metadata/hoist_source_multilevel_shadow': builds(['linux-64/mypkg-1.0.0-0']),
  'metadata/ignore_run_exports_from_substr': builds(['linux-64/pkg-1.0.0-0']),
  'metadata/jinja2': noBuild('requirements', 'not in the toolchain channel: jinja2', /no channel has a package named jinja2 /),
  'metadata/jinja_load_setuptools': noBuild('requirements', 'not in the toolchain channel: setuptools', /no channel has a package named setuptools /),
  'metadata/jinja_load_toml': noBuild('requirements', 'not in the toolchain channel: pip', /no channel has a package named pip /),
  'metadata/jinja_load_toml_from_source': builds(['linux-64/example-1.test-0']),
  'metadata/jinja_load_yaml': noBuild('requirements', 'not in the toolchain channel: pip', /no channel has a package named pip /),
  'metadata/jinja_vars': builds(['linux-64/conda-build-test-jinja-vars-1.0-conda_test_123']),

  'metadata/libarchive': builds(['linux-64/libarchive-1-0 (run_test.sh)']),
  'metadata/multiple_sources': noBuild(
    'data',
    "its url source ../../../archives/a.tar.bz2 is an archive of conda-build's tests/ that the shared copy of the corpus does not hold",
    /no such file .*\/tests\/archives\/a\.tar\.bz2/
  ),
  'metadata/nested_prefix': builds(['linux-64/test_nested_prefix_structure-1.0-0']),
  'metadata/nested_recipe/build_number': builds(['linux-64/conda-build-test-nested-recipe-1.0-1 (run_test.py)']),
  'metadata/no_link': builds(['linux-64/test_no_link-1.0-0 (run_test.py)']),
  'metadata/noarch_generic': builds(['noarch/noarch_generic_test_package-1.0-0']),
  'metadata/numpy_build': noBuild('requirements', 'not in the toolchain channel: numpy', /no channel has a package named numpy /),
  'metadata/numpy_build_run': noBuild('requirements', 'not in the toolchain channel: numpy', /no channel has a package named numpy /),
  'metadata/numpy_run': noBuild('requirements', 'not in the toolchain channel: nomkl', /no channel has a package named nomkl /),
  'metadata/outputs_overwrite_base_file': builds([
    'linux-64/base-outputs_overwrite_base_file-1.0-0',
    'linux-64/first-outputs_overwrite_base_file-1.0-0 (run_test.sh)',
    'linux-64/second-outputs_overwrite_base_file-1.0-0 (run_test.sh)'
  ]),
  'metadata/patch': builds(['linux-64/test_patch-1.0-0']),
  // the property it checks (the read-only source file still read-only once patched) is tested for any user in
  // builder/patch-read-only.itg.test.ts
  'metadata/patch-read-only':
    process.getuid?.() === 0
      ? noBuild(
          'machine',
          'the tests run as root here, for whom `test ! -w` is false on any file (conda-build as root fails it the same way)',
          /test_patch_read_only-1\.0-0: build\/script failed with exit code 1/
        )
      : builds(['linux-64/test_patch_read_only-1.0-0']),
  'metadata/preserve_egg_dir': noBuild('requirements', 'not in the toolchain channel: setuptools', /no channel has a package named setuptools /),
  'metadata/python_build': noBuild(
    'requirements',
    "its run_test.py expects python's run_exports (python_abi) in depends, as defaults' python has; the toolchain python exports nothing",
    /assert all\(dep\.startswith\("python_abi "\) for dep in info\[.depends.\]\)/
  ),
  'metadata/python_build_run': noBuild(
    'requirements',
    "its run_test.py expects python's run_exports (python_abi) in depends, as defaults' python has; the toolchain python exports nothing",
    /assert any\(dep\.startswith\('python_abi '\) for dep in info\['depends'\]\)/
  ),
  'metadata/python_env_defined': builds(['linux-64/test_python_env_var_present-1.0-pyXY_0 (run_test.py)']),
  'metadata/python_run': noBuild('conda', 'its test runs `conda list` (type conda): conda itself, which this suite is not', /type: conda: not found/),
  'metadata/r_test_import': builds(['linux-64/r-test_conda_build_r_tests-1.0-0']),
  'metadata/relative_url_download': builds(['linux-64/test_relative_url-1.0-0 (run_test.py)']),
  'metadata/selectors_in_imported_templates': builds(['linux-64/selectors-in-imported-templates-1.0-2']),
  'metadata/skip_compile_pyc': builds(['linux-64/skip_compile_pyc-1.0-0']),
  'metadata/source_git': noBuild('network', 'its source is fetched from https://github.com/conda/conda_build_test_recipe', /https:\/\//),
  'metadata/source_git_am': noBuild('network', 'its source is fetched from https://github.com/conda/conda_build_test_recipe', /https:\/\//),
  'metadata/source_multiple': noBuild('network', 'its source is fetched from https://github.com/conda/conda_build_test_recipe', /https:\/\//),
  'metadata/source_path': noBuild('source', SOURCE_ENV, /source\/path .*\/None does not exist/),
  'metadata/source_regex_from_recipe_dir': noBuild('source', SOURCE_ENV, /None/),
  'metadata/source_url': noBuild(
    'network',
    'its source is fetched from https://github.com/conda/constructor.git and https://github.com/conda/constructor/archive/3.0.0.tar.gz and https://github.com/conda/constructor/archive/3.0.0.zip',
    /https:\/\//
  ),
  'metadata/state_variables': builds(['linux-64/render-1.0-0 (run_test.sh)']),
  'metadata/symlinks': builds(['linux-64/test_symlinks-1.0-0 (run_test.sh)']),
  'metadata/test_source_files': builds(['linux-64/test_source_files-1.0-0 (run_test.sh)']),
  'metadata/transitive_subpackage': noBuild('requirements', 'not in the toolchain channel: openssl', /no channel has a package named openssl /),
  // test_recipe_builds marks it xfail with the rattler and libmamba solvers: "Unicode package names not supported"; rattler is the solver here
  'metadata/unicode_all_over/love-feedstock': fails(/invalid package name '♥'/),
  'metadata/unicode_in_meta': noBuild('requirements', 'not in the toolchain channel: setuptools', /no channel has a package named setuptools /),
  'metadata/unknown_selector': builds(['linux-64/unknown_selector_test-1.0.0-0']),
  'metadata/wheel_source': noBuild('requirements', 'not in the toolchain channel: pip', /no channel has a package named pip /),
  'skip/source_svn': noBuild('feature', 'an svn_url source: this suite fetches url, git, hg and path sources', /svn_url sources are not supported/),
  'split-packages/_build_string_with_variant': noBuild(
    'source',
    "its about/license_file LICENSE.TXT comes from the clang source, which the recipe does not give (conda-build's test only lists its output files)",
    /about\/license_file 'LICENSE\.TXT' is neither in the source nor in the recipe folder/
  ),
  'split-packages/_circular_deps_cross': noBuild('cross', 'renders for linux-32 on linux-64', /the recipe renders for linux-32:/),
  'split-packages/_intradep_with_templated_output_name': noBuild('requirements', 'not in the toolchain channel: git', /no channel has a package named git /),
  // its comment expects an error; conda-build's _check_circular_dependencies finds no pair (a names b only in run_exports)
  'split-packages/_intradependencies_circular': builds(['linux-64/a-1.0-h#######_0', 'linux-64/b-1.0-h#######_0']),
  'split-packages/_intradependencies': noBuild(
    'requirements',
    'not in the toolchain channel: ca-certificates',
    /no channel has a package named ca-certificates /
  ),
  'split-packages/_intradependencies_toplevel_circular': builds([
    'linux-64/binutils_linux-64-2.28-h#######_0',
    'linux-64/libgcc_linux-64-7.1-h#######_0',
    'linux-64/libgfortran_linux-64-7.1-h#######_0',
    'linux-64/libstdcxx_linux-64-7.1-h#######_0',
    'linux-64/gcc_linux-64-7.1-h#######_0',
    'linux-64/gfortran_linux-64-7.1-h#######_0',
    'linux-64/gxx_linux-64-7.1-h#######_0',
    'linux-64/compilers_linux-64-7.1-h#######_0'
  ]),
  'split-packages/_pin_compatible_in_output': noBuild('requirements', 'not in the toolchain channel: numpy', /no channel has a package named numpy /),
  'split-packages/_rm_rf_stays_within_prefix/conda': noBuild(
    'requirements',
    'not in the toolchain channel: setuptools',
    /no channel has a package named setuptools /
  ),
  'split-packages/_strong_run_exports_applies_from_build_to_host': noBuild(
    'platform',
    "build.sh stats $PREFIX/lib/libc++.*dylib, the macOS libc++ that clangxx's strong run_exports put in host; on linux the C++ compiler exports libstdcxx-ng",
    /stat: cannot statx '.*\/lib\/libc\+\+\.\*dylib'/
  ),
  'split-packages/_xgboost_example': builds([
    'linux-64/_py-xgboost-mutex-2.0-cpu_0',
    'linux-64/_r-xgboost-mutex-2.0-cpu_0',
    'linux-64/fake_r_r-base-3.5.0-h#######_1',
    'linux-64/libxgboost-0.80-1',
    'linux-64/py-xgboost-0.80-1',
    'linux-64/r-xgboost-0.80-h#######_1',
    'linux-64/py-xgboost-cpu-0.80-1',
    'linux-64/r-xgboost-cpu-0.80-h#######_1',
    'linux-64/xgboost-0.80-1',
    'linux-64/fake_r_mro-base-3.5.0-h#######_1',
    'linux-64/r-xgboost-0.80-h#######_1',
    'linux-64/r-xgboost-cpu-0.80-h#######_1'
  ]),
  'split-packages/compose_run_requirements_from_subpackages': noBuild(
    'requirements',
    'not in the toolchain channel: zlib',
    /no channel has a package named zlib /
  ),
  'split-packages/copying_files': noBuild('requirements', 'not in the toolchain channel: libpng', /no channel has a package named libpng /),
  'split-packages/python_test_dep': builds(['linux-64/py_dep_1-1.0-pyXY_0 (run_test.py)']),
  'split-packages/split_packages_hash_resolution': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'variants/01_basic_templating': fails(/cannot satisfy something 1\.0: no channel has a package named something /),
  'variants/02_python_version': builds(['linux-64/abc-1.0-pyXY_0']),
  'variants/03_ignore_version_reduces_matrix': noBuild(
    'requirements',
    'packageA and packageB are not in the toolchain channel; its build entry packageB  { packageB } (single braces) is no valid spec either',
    /unable to parse version spec: \{ packageB \}/
  ),
  'variants/04_numpy_matrix_pinned': noBuild('requirements', 'not in the toolchain channel: numpy', /no channel has a package named numpy /),
  'variants/05_compatible': noBuild('requirements', 'not in the toolchain channel: libpng', /no channel has a package named libpng /),
  'variants/06_compatible_custom': noBuild('requirements', 'not in the toolchain channel: libpng', /no channel has a package named libpng /),
  'variants/07_compatible_custom_lower_upper': noBuild('requirements', 'not in the toolchain channel: libpng', /no channel has a package named libpng /),
  'variants/08_compiler': builds(['linux-64/cross-1.0-h#######_0']),
  'variants/09_cross': noBuild('cross', 'renders for linux-cos5-64, linux-aarch64 on linux-64', /the recipe renders for linux-cos5-64, linux-aarch64:/),
  'variants/10_runtimes/consumes_exports': noBuild(
    'requirements',
    'not in the toolchain channel: package_has_run_exports (made by variants/10_runtimes/uses_run_exports, which needs bzip2, not in the channel either; no conda-build test builds them)',
    /no channel has a package named package_has_run_exports /
  ),
  'variants/10_runtimes/ignore_exports': noBuild(
    'requirements',
    'not in the toolchain channel: package_has_run_exports (made by variants/10_runtimes/uses_run_exports, which needs bzip2, not in the channel either; no conda-build test builds them)',
    /no channel has a package named package_has_run_exports /
  ),
  'variants/10_runtimes/uses_run_exports': noBuild('requirements', 'not in the toolchain channel: bzip2', /no channel has a package named bzip2 /),
  'variants/11_variant_output_names': builds([
    'linux-64/some_output_using_abc_ghi-1.0-h#######_0',
    'linux-64/some_output_using_abc_jkl-1.0-h#######_0',
    'linux-64/some_output_using_def_ghi-1.0-h#######_0',
    'linux-64/some_output_using_def_jkl-1.0-h#######_0'
  ]),
  'variants/12_variant_versions': builds(['linux-64/my_package-470.470-h#######_0', 'linux-64/my_package-480.480-h#######_0']),
  'variants/14_variant_in_run_and_test': noBuild('requirements', 'not in the toolchain channel: pytest', /no channel has a package named pytest /),
  'variants/17_multiple_recipes_independent_config/a': noBuild('requirements', 'not in the toolchain channel: bzip2', /no channel has a package named bzip2 /),
  'variants/17_multiple_recipes_independent_config/b': noBuild('requirements', 'not in the toolchain channel: bzip2', /no channel has a package named bzip2 /),
  'variants/18_subspace_selection': noBuild('requirements', 'not in the toolchain channel: a', /no channel has a package named a /),
  'variants/19_used_variables': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'variants/20_reprovision_source': builds([
    'linux-64/test_reprovision_source-top_a-h#######_0 (run_test.sh)',
    'linux-64/output_with_independent_loops-output_a-h#######_0 (run_test.sh)',
    'linux-64/test_reprovision_source-top_b-h#######_0 (run_test.sh)',
    'linux-64/output_with_independent_loops-output_a-h#######_0 (run_test.sh)',
    'linux-64/output_with_independent_loops-output_b-h#######_0 (run_test.sh)',
    'linux-64/output_with_independent_loops-output_b-h#######_0 (run_test.sh)'
  ]),
  'variants/20_subspace_selection_cli': noBuild(
    'requirements',
    'its variants zip python with six for pythons the toolchain channel does not have',
    /python is zipped with six/
  ),
  'variants/21_conditional_sections': noBuild('requirements', 'not in the toolchain channel: mkl-devel', /no channel has a package named mkl-devel /),
  'variants/22_run_exports_rerendered_for_other_variants': noBuild(
    'requirements',
    'not in the toolchain channel: openssl',
    /no channel has a package named openssl /
  ),
  'variants/24_test_used_vars_in_scripts': builds([
    'linux-64/test_find_used_variables_in_scripts-1.0-h#######_0',
    'linux-64/test_output_1-1.0-h#######_0',
    'linux-64/test_output_1-1.0-h#######_0',
    'linux-64/test_find_used_variables_in_scripts-1.0-h#######_0',
    'linux-64/test_find_used_variables_in_scripts-1.0-h#######_0',
    'linux-64/test_find_used_variables_in_scripts-1.0-h#######_0',
    'linux-64/test_find_used_variables_in_scripts-1.0-h#######_0',
    'linux-64/test_find_used_variables_in_scripts-1.0-h#######_0',
    'linux-64/test_find_used_variables_in_scripts-1.0-h#######_0',
    'linux-64/test_find_used_variables_in_scripts-1.0-h#######_0'
  ]),
  'variants/26_reduced_hashing/hash_no_python': builds(['linux-64/test_no_hash_pure_python-1.0-pyXY_0']),
  'variants/26_reduced_hashing/hash_yes_compiler': noBuild(
    'cross',
    'renders for linux-cos5-64, linux-aarch64 on linux-64',
    /the recipe renders for linux-cos5-64, linux-aarch64:/
  ),
  'variants/26_reduced_hashing/hash_yes_pinned': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'variants/27_requirements_host': noBuild('requirements', 'not in the toolchain channel: openmpi', /no channel has a package named openmpi /),
  'variants/28_custom_compiler': noBuild('cross', 'renders for osx-64, win-64 on linux-64', /the recipe renders for osx-64, win-64:/),
  'variants/30_top_level_finalized': noBuild('requirements', 'not in the toolchain channel: xz', /no channel has a package named xz /),
  'variants/31_variant_subkeys': noBuild('requirements', 'not in the toolchain channel: zlib', /no channel has a package named zlib /),
  'variants/exclusive_config_file': builds(['linux-64/test_exclusive_config_file-1.0-0']),
  'variants/jinja2_used_variables': noBuild('requirements', 'not in the toolchain channel: clang', /no channel has a package named clang /),
  'variants/numpy_used': noBuild('requirements', 'not in the toolchain channel: numpy', /no channel has a package named numpy /),
  'variants/python_in_build_only': noBuild('requirements', 'not in the toolchain channel: libffi', /no channel has a package named libffi /),
  'variants/test_python_as_subpackage_loop': noBuild(
    'requirements',
    'no version the recipe asks for in the toolchain channel: tbb',
    /no version of tbb matches/
  ),
  'variants/variant_recipe': noBuild('requirements', 'no version the recipe asks for in the toolchain channel: python', /no version of python matches/),
  'work-deleted': builds(['linux-64/conda-build-test-work-deleted-1.0-0 (run_test.sh)'])
}
