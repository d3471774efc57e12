# deactivate-gxx_linux-64.sh, written by build-wheel's toolchain recipe gxx_linux-64: the values
# activate-gxx_linux-64.sh replaced are put back.
. "${CONDA_PREFIX}/etc/conda/build-wheel-toolchain.sh"
for _bw_tc_name in CXX GXX CXX_FOR_BUILD CXXFLAGS; do
  _bw_tc_restore "$_bw_tc_name"
done
unset _bw_tc_name _bw_tc_prefix
