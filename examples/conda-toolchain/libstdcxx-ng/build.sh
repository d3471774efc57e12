#!/bin/bash
# Copies the libstdc++ the machine's g++ links with: the real file under its versioned name, and the
# soname as a link to it.
set -euo pipefail
lib="$("${BW_CXX}" -print-file-name=libstdc++.so.6)"
if [ "${lib#/}" = "${lib}" ] || [ ! -f "${lib}" ]; then
  echo "error: ${BW_CXX} does not know where libstdc++.so.6 is (-print-file-name gave '${lib}')" >&2
  exit 1
fi
real="$(readlink -f "${lib}")"
mkdir -p "${PREFIX}/lib"
cp "${real}" "${PREFIX}/lib/$(basename "${real}")"
chmod 644 "${PREFIX}/lib/$(basename "${real}")"
if [ "$(basename "${real}")" != libstdc++.so.6 ]; then
  ln -s "$(basename "${real}")" "${PREFIX}/lib/libstdc++.so.6"
fi
