# activate-gcc_linux-64.sh, written by build-wheel's toolchain recipe gcc_linux-64: this machine's
# gcc @VERSION@ (@CC@), set up as conda-forge's gcc_linux-64 activation sets up its own compiler.
. "${CONDA_PREFIX}/etc/conda/build-wheel-toolchain.sh"
if [ "${CONDA_BUILD:-0}" = "1" ]; then
  _bw_tc_debug="-fdebug-prefix-map=${SRC_DIR}=/usr/local/src/conda/${PKG_NAME}-${PKG_VERSION} -fdebug-prefix-map=${PREFIX}=/usr/local/src/conda-prefix"
else
  _bw_tc_debug=""
fi
_bw_tc_set CC "@CC@"
_bw_tc_set GCC "@CC@"
_bw_tc_set CC_FOR_BUILD "@CC@"
_bw_tc_set HOST "@TRIPLET@"
_bw_tc_set BUILD "@TRIPLET@"
_bw_tc_set host_alias "@TRIPLET@"
_bw_tc_set build_alias "@TRIPLET@"
_bw_tc_set CPPFLAGS "${CPPFLAGS:-${_bw_tc_cppflags} -isystem ${_bw_tc_prefix}/include}"
_bw_tc_set CFLAGS "${CFLAGS:-${_bw_tc_cflags} -isystem ${_bw_tc_prefix}/include ${_bw_tc_debug}}"
_bw_tc_set LDFLAGS "${LDFLAGS:-${_bw_tc_ldflags} -Wl,-rpath,${_bw_tc_prefix}/lib -Wl,-rpath-link,${_bw_tc_prefix}/lib -L${_bw_tc_prefix}/lib}"
unset _bw_tc_debug
