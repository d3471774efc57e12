#!/bin/bash
# gcc_linux-64 from this machine's gcc: the activation scripts, filled in with the compiler the
# recipe found when it rendered (BW_CC, BW_TRIPLET, BW_VERSION come from build/script_env).
set -euo pipefail

# conda-forge's default flags for the CPU of the triplet (ctng-compiler-activation's build.sh)
cppflags="-DNDEBUG -D_FORTIFY_SOURCE=2 -O2"
case "${BW_TRIPLET}" in
  x86_64-*)
    cflags="-march=nocona -mtune=haswell -ftree-vectorize -fPIC -fstack-protector-strong -fno-plt -O2 -ffunction-sections -pipe"
    ldflags="-Wl,-O2 -Wl,--sort-common -Wl,--as-needed -Wl,-z,relro -Wl,-z,now -Wl,--disable-new-dtags -Wl,--gc-sections -Wl,--allow-shlib-undefined"
    ;;
  powerpc64le-* | ppc64le-*)
    cflags="-mcpu=power8 -mtune=power8 -ftree-vectorize -fPIC -fstack-protector-strong -fno-plt -O3 -pipe"
    ldflags="-Wl,-O2 -Wl,--sort-common -Wl,--as-needed -Wl,-z,relro -Wl,-z,now -Wl,--allow-shlib-undefined"
    ;;
  *)
    cflags="-ftree-vectorize -fPIC -fstack-protector-strong -fno-plt -O3 -pipe"
    ldflags="-Wl,-O2 -Wl,--sort-common -Wl,--as-needed -Wl,-z,relro -Wl,-z,now -Wl,--allow-shlib-undefined"
    ;;
esac
# gcc 11 and later: conda-forge's C++ flags are the C flags after these (no -std)
cxxflags="-fvisibility-inlines-hidden -fmessage-length=0 ${cflags}"

# fill TEMPLATE OUT NAME=VALUE...: each @NAME@ of TEMPLATE replaced by VALUE (taken literally)
fill() {
  local text pair out="$2"
  text="$(cat "$1")"
  shift 2
  for pair in "$@"; do
    text="${text//@${pair%%=*}@/"${pair#*=}"}"
  done
  printf '%s\n' "${text}" > "${out}"
}

etc="${PREFIX}/etc/conda"
mkdir -p "${etc}/activate.d" "${etc}/deactivate.d"
fill "${RECIPE_DIR}/toolchain-env.sh" "${etc}/build-wheel-toolchain.sh" \
  "CPPFLAGS=${cppflags}" "CFLAGS=${cflags}" "CXXFLAGS=${cxxflags}" "LDFLAGS=${ldflags}"
fill "${RECIPE_DIR}/activate.sh" "${etc}/activate.d/activate-${PKG_NAME}.sh" \
  "CC=${BW_CC}" "TRIPLET=${BW_TRIPLET}" "VERSION=${BW_VERSION}"
cp "${RECIPE_DIR}/deactivate.sh" "${etc}/deactivate.d/deactivate-${PKG_NAME}.sh"
