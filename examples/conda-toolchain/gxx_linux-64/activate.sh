# activate-gxx_linux-64.sh, written by build-wheel's toolchain recipe gxx_linux-64: this machine's
# g++ @VERSION@ (@CXX@), set up as conda-forge's gxx_linux-64 activation sets up its own compiler.
# The C side (CC, CFLAGS, HOST, ...) is gcc_linux-64's, which this package depends on.
. "${CONDA_PREFIX}/etc/conda/build-wheel-toolchain.sh"
if [ "${CONDA_BUILD:-0}" = "1" ]; then
  _bw_tc_debug="-fdebug-prefix-map=${SRC_DIR}=/usr/local/src/conda/${PKG_NAME}-${PKG_VERSION} -fdebug-prefix-map=${PREFIX}=/usr/local/src/conda-prefix"
else
  _bw_tc_debug=""
fi
_bw_tc_set CXX "@CXX@"
_bw_tc_set GXX "@CXX@"
_bw_tc_set CXX_FOR_BUILD "@CXX@"
_bw_tc_set CXXFLAGS "${CXXFLAGS:-${_bw_tc_cxxflags} -isystem ${_bw_tc_prefix}/include ${_bw_tc_debug}}"
unset _bw_tc_debug
