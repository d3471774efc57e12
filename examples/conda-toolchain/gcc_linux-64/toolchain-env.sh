# build-wheel-toolchain.sh: shared by the activation scripts of build-wheel's toolchain packages.
# _bw_tc_set NAME VALUE keeps the current value of NAME in CONDA_BACKUP_NAME and exports NAME=VALUE;
# _bw_tc_restore NAME puts the kept value back (or unsets NAME when there was none), as conda-forge's
# compiler activation scripts do. NAME is always one of the scripts' own fixed names.
_bw_tc_set() {
  eval "_bw_tc_had=\${$1+x}; _bw_tc_old=\${$1-}"
  if [ -n "$_bw_tc_had" ]; then export "CONDA_BACKUP_$1=$_bw_tc_old"; fi
  export "$1=$2"
  unset _bw_tc_had _bw_tc_old
}
_bw_tc_restore() {
  eval "_bw_tc_had=\${CONDA_BACKUP_$1+x}; _bw_tc_old=\${CONDA_BACKUP_$1-}"
  if [ -n "$_bw_tc_had" ]; then
    export "$1=$_bw_tc_old"
    unset "CONDA_BACKUP_$1"
  else
    unset "$1"
  fi
  unset _bw_tc_had _bw_tc_old
}
# conda-forge's default flags for this machine's CPU (ctng-compiler-activation), chosen when the
# package was built; the activation scripts add the prefix's include and lib folders.
_bw_tc_cppflags="@CPPFLAGS@"
_bw_tc_cflags="@CFLAGS@"
_bw_tc_cxxflags="@CXXFLAGS@"
_bw_tc_ldflags="@LDFLAGS@"
# The prefix the flags point into: the host prefix in a build, the activated prefix otherwise.
if [ "${CONDA_BUILD:-0}" = "1" ]; then _bw_tc_prefix="${PREFIX}"; else _bw_tc_prefix="${CONDA_PREFIX}"; fi
