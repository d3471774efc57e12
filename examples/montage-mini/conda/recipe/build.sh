#!/bin/bash
# conda-build script for minimontage (Linux and macOS).
set -euxo pipefail

cd "${SRC_DIR}"

# Montage's top-level Makefile is not safe with -j, and this mirror keeps
# the same rule: the top-level make runs serially.  The vendored libraries
# (lib/src) are independent and parallel-safe, so they get CPU_COUNT jobs
# first; the serial make afterwards finds them up to date.
make -j"${CPU_COUNT:-1}" libs CC="${CC}" CFLAGS="${CFLAGS}" \
    CPPFLAGS="${CPPFLAGS:-}" LDFLAGS="${LDFLAGS:-}"
make -j1 CC="${CC}" CFLAGS="${CFLAGS}" \
    CPPFLAGS="${CPPFLAGS:-}" LDFLAGS="${LDFLAGS:-}"

mkdir -p "${PREFIX}/bin" "${PREFIX}/lib" "${PREFIX}/include"
for tool in bin/*; do
    install -m 755 "${tool}" "${PREFIX}/bin/"
done
install -m 644 lib/libmontage.a lib/libwcsmini.a lib/libminicfg.a "${PREFIX}/lib/"
install -m 644 MontageLib/montage.h "${PREFIX}/include/"
