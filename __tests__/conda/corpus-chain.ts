/**
 * The corpus folders whose build needs a package another corpus folder makes, and those folders, in the
 * order conda-build's tests build them: read by corpus-builds.itg.test.ts, which builds each needed folder
 * once into a local channel for the file and builds the dependent folder over the toolchain channel and
 * then that one. conda-build builds most of these itself: a build requirement no channel has, named like a
 * folder beside the recipe, is built from that folder first (DependencyNeedsBuildingError, build_tree);
 * test_warning_on_file_clobbering builds _overlapping_files_warning/a then b by hand; _condarc_channel and
 * _recipe_requiring_external_channel take conda_build_test_requirement from the conda_build_test channel
 * on anaconda.org, whose recipe is dummy_dependency (built here instead: no network).
 */

/** A corpus folder built first; `notest`: built without its tests, as conda-build's test does (api.build(..., notest=True)). */
export interface NeededFolder {
  readonly folder: string
  readonly notest?: true
}

const needs = (...folders: readonly string[]): readonly NeededFolder[] => folders.map(folder => ({ folder }))

/** Dependent folder -> the folders built before it, in build order (a folder needing another comes after it). */
export const CHAIN: Readonly<Record<string, readonly NeededFolder[]>> = {
  // test_recursive_fail: recursive-build2 1.0 is built, then the recipe's recursive-build2 2.0 still cannot be had
  'fail/recursive-build': needs('fail/recursive-build2'),
  'metadata/_build_deps_no_infinite_loop/test_b': needs('metadata/_build_deps_no_infinite_loop/test_a'),
  'metadata/_condarc_channel': needs('dummy_dependency'),
  'metadata/_overlapping_files_warning/b': needs('metadata/_overlapping_files_warning/a'),
  'metadata/_post_link_exits_after_retry': needs('metadata/_post-link-fails'),
  'metadata/_post_link_exits_tests': needs('metadata/_post-link-fails'),
  'metadata/_recipe_requiring_external_channel': needs('dummy_dependency'),
  'metadata/_recursive-build-a': needs('metadata/_recursive-build-b'),
  'metadata/_recursive-build-two-layers': needs('metadata/_recursive-build-b', 'metadata/_recursive-build-a'),
  'metadata/_recursive-build-two-packages': needs('metadata/_recursive-build-c', 'metadata/_recursive-build-d'),
  // test_downstream_tests: the downstream is built with notest=True, then the upstream (whose test/downstreams names it) must fail
  'metadata/_test_downstreams/upstream': [{ folder: 'metadata/_test_downstreams/downstream', notest: true }],
  'metadata/_set_env_var_activate_build': needs('metadata/_conda-build-test-environment-vars-in-build-env'),
  'metadata/_set_env_var_no_activate_build': needs('metadata/_conda-build-test-environment-vars-in-build-env')
}
