# deactivate-gcc_linux-64.sh, written by build-wheel's toolchain recipe gcc_linux-64: the values
# activate-gcc_linux-64.sh replaced are put back.
. "${CONDA_PREFIX}/etc/conda/build-wheel-toolchain.sh"
for _bw_tc_name in CC GCC CC_FOR_BUILD HOST BUILD host_alias build_alias CPPFLAGS CFLAGS LDFLAGS; do
  _bw_tc_restore "$_bw_tc_name"
done
unset _bw_tc_name _bw_tc_prefix
