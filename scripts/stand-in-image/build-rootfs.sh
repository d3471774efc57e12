#!/usr/bin/env bash
# The root file system of the tests' stand-in for a manylinux image (see __tests__/support/docker.ts,
# which hashes this file into the image's tag, imports the result and finishes the Pythons in it).
#
#   build-rootfs.sh ROOTFS SUITE MIRROR PACKAGES PYTHON_HOME...
#
# ROOTFS       an empty or absent directory (as root: debootstrap needs it)
# SUITE        a Debian suite, e.g. bookworm
# MIRROR       the Debian mirror to bootstrap from, e.g. http://deb.debian.org/debian
# PACKAGES     comma-separated Debian packages to include (the compiler, make, patchelf, the
#              libraries the Pythons' extension modules load)
# PYTHON_HOME  the prefix of a CPython built with a shared libpython (e.g. pyenv's
#              ~/.pyenv/versions/3.12.1); copied to the SAME absolute path inside (its RUNPATH points
#              there), without its site-packages (ensurepip fills that in later) or its test suite,
#              and linked as /opt/python/cpXY-cpXY as in a manylinux image.
#
# Needs: debootstrap, tar; the Pythons must run on this machine (their version is asked).
set -euo pipefail

if [ "$#" -lt 5 ]; then
  echo "usage: $0 ROOTFS SUITE MIRROR PACKAGES PYTHON_HOME..." >&2
  exit 2
fi
rootfs=$1
suite=$2
mirror=$3
packages=$4
shift 4

# debootstrap takes no "--": refuse what it would read as an option.
for arg in "$rootfs" "$suite" "$mirror" "$packages"; do
  case $arg in
    -*) echo "an argument may not start with '-': $arg" >&2; exit 2 ;;
  esac
done
command -v debootstrap >/dev/null || { echo "debootstrap is not installed (Debian package debootstrap)" >&2; exit 1; }

mkdir -p -- "$rootfs"
echo "== debootstrap --variant=minbase $suite from $mirror"
debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror"

# What apt downloaded is not needed in the image.
rm -rf -- "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
# Python prefixes under /root (pyenv's) stay usable by a container started with --user.
chmod 0755 -- "$rootfs/root"

mkdir -p -- "$rootfs/opt/python"
for home in "$@"; do
  case $home in
    /*) ;;
    *) echo "PYTHON_HOME must be an absolute path: $home" >&2; exit 2 ;;
  esac
  home=${home%/}
  tag=$("$home/bin/python3" -c 'import sys; print("cp%d%d-cp%d%d" % (sys.version_info[:2] * 2))')
  minor=$("$home/bin/python3" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  echo "== $home as /opt/python/$tag"
  rel=${home#/}
  tar -C / \
    --exclude="$rel/lib/python$minor/site-packages/*" \
    --exclude="$rel/lib/python$minor/test" \
    --exclude="$rel/lib/python$minor/config-*/*.a" \
    -cf - -- "$rel" | tar -C "$rootfs" -xf -
  mkdir -p -- "$rootfs/$rel/lib/python$minor/site-packages"
  ln -sfn -- "$home" "$rootfs/opt/python/$tag"
done
echo "== done: $(du -sh -- "$rootfs" | cut -f1)"
