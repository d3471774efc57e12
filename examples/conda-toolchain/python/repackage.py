"""Copy a CPython installation into a conda prefix and make it relocatable.

usage: python repackage.py HOME PREFIX X.Y

HOME is the installation (sys.base_prefix of the interpreter running this), PREFIX the host prefix
of the build, X.Y the version. What is copied: bin/pythonX.Y (with python, python3 links),
pythonX.Y-config and pydocX.Y, lib/libpythonX.Y*.so*, lib/pythonX.Y without its test suite,
__pycache__ folders and site-packages' contents, include/pythonX.Y, lib/pkgconfig/python*.pc.

Then: in the text files that record HOME (the sysconfig data, the config Makefile, pkg-config files,
the scripts' first lines) HOME becomes PREFIX, so that the build records those files as holding the
prefix and conda rewrites them wherever the package is installed; RPATH/RUNPATH entries under HOME
are moved under PREFIX (the build's post-processing then makes them $ORIGIN-relative). Byte code is
compiled afterwards by the build (reproducible, hash-checked .pyc files).
"""

import os
import re
import shutil
import stat
import subprocess
import sys

# folders of lib/pythonX.Y left out (relative, "/"-separated): the test suites
SKIPPED_DIRS = {"test", "idlelib/idle_test", "tkinter/test", "lib2to3/tests", "distutils/tests", "ctypes/test", "unittest/test", "sqlite3/test"}


def keep(rel, is_dir):
    """Whether lib/pythonX.Y/<rel> is copied."""
    parts = rel.split("/")
    if "__pycache__" in parts:
        return False
    if is_dir and rel in SKIPPED_DIRS:
        return False
    if parts[0] == "site-packages" and rel not in ("site-packages", "site-packages/README.txt"):
        return False
    if parts[0].startswith("config-") and re.match(r"libpython.*\.a$", parts[-1]):
        return False
    return True


def copy_entry(src, dst):
    """A file or a symlink (kept as a link when it stays inside the copied tree)."""
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    if os.path.islink(src):
        target = os.readlink(src)
        if not os.path.isabs(target):
            os.symlink(target, dst)
            return
        src = os.path.realpath(src)
    shutil.copy2(src, dst)


def copy_stdlib(home, prefix, xy):
    top = os.path.join(home, "lib", "python" + xy)
    count = 0
    for root, dirs, files in os.walk(top):
        rel_root = os.path.relpath(root, top).replace(os.sep, "/")
        rel_root = "" if rel_root == "." else rel_root + "/"
        dirs[:] = sorted(d for d in dirs if keep(rel_root + d, True) and not os.path.islink(os.path.join(root, d)))
        for name in sorted(files):
            if keep(rel_root + name, False):
                copy_entry(os.path.join(root, name), os.path.join(prefix, "lib", "python" + xy, rel_root + name))
                count += 1
    site = os.path.join(prefix, "lib", "python" + xy, "site-packages")
    os.makedirs(site, exist_ok=True)
    readme = os.path.join(site, "README.txt")
    if not os.path.exists(readme):
        with open(readme, "w") as f:
            f.write("This directory exists so that 3rd party packages can be installed here.\n")
    return count


def copy_rest(home, prefix, xy):
    copied = []
    exe = os.path.join(home, "bin", "python" + xy)
    if not os.path.exists(exe):
        sys.exit("repackage.py: %s is missing: not a CPython %s installation" % (exe, xy))
    shutil.copy2(os.path.realpath(exe), os.path.join(prefix, "bin", "python" + xy))
    for link in ("python3", "python"):
        os.symlink("python" + xy, os.path.join(prefix, "bin", link))
    for script, link in (("python%s-config" % xy, "python3-config"), ("pydoc" + xy, "pydoc3")):
        if os.path.exists(os.path.join(home, "bin", script)):
            shutil.copy2(os.path.realpath(os.path.join(home, "bin", script)), os.path.join(prefix, "bin", script))
            os.symlink(script, os.path.join(prefix, "bin", link))
            copied.append("bin/" + script)
    libdir = os.path.join(home, "lib")
    for name in sorted(os.listdir(libdir)):
        if re.match(r"libpython(%s|3)[a-z]*\.so" % re.escape(xy), name):
            copy_entry(os.path.join(libdir, name), os.path.join(prefix, "lib", name))
    pkgconfig = os.path.join(libdir, "pkgconfig")
    for name in sorted(os.listdir(pkgconfig)) if os.path.isdir(pkgconfig) else []:
        if name.startswith("python"):
            copy_entry(os.path.join(pkgconfig, name), os.path.join(prefix, "lib", "pkgconfig", name))
    include = os.path.join(home, "include", "python" + xy)
    if os.path.isdir(include):
        shutil.copytree(include, os.path.join(prefix, "include", "python" + xy), symlinks=True)
    return copied


def records_home(rel):
    """The text files a CPython installation writes its prefix into."""
    name = rel.rsplit("/", 1)[-1]
    return (
        name.startswith("_sysconfigdata_")
        or (rel.split("/")[2:3] and rel.split("/")[2].startswith("config-") and name in ("Makefile", "python-config.py"))
        or rel.startswith("lib/pkgconfig/")
        or rel.startswith("bin/")
    )


def rewrite_text(prefix, home):
    """HOME -> PREFIX where HOME is a whole path (followed by /, a quote, a space or the end)."""
    pattern = re.compile(re.escape(home.encode()) + rb"(?=[/'\":\s]|$)", re.M)
    changed = []
    for root, _, files in os.walk(prefix):
        for name in files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, prefix).replace(os.sep, "/")
            if os.path.islink(path) or not records_home(rel):
                continue
            with open(path, "rb") as f:
                data = f.read()
            if b"\0" in data:
                continue
            new = pattern.sub(prefix.replace("\\", "\\\\").encode(), data)
            if new != data:
                mode = stat.S_IMODE(os.stat(path).st_mode)
                with open(path + ".tmp", "wb") as f:
                    f.write(new)
                os.chmod(path + ".tmp", mode)
                os.replace(path + ".tmp", path)
                changed.append(rel)
    return changed


def is_elf(path):
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def move_rpaths(prefix, home):
    """RPATH/RUNPATH entries under HOME moved under PREFIX (patchelf)."""
    moved = 0
    for root, _, files in os.walk(prefix):
        for name in files:
            path = os.path.join(root, name)
            if os.path.islink(path) or not is_elf(path):
                continue
            got = subprocess.run(["patchelf", "--print-rpath", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            current = got.stdout.decode().strip() if got.returncode == 0 else ""
            if not current:
                continue
            entries = [prefix + e[len(home):] if e == home or e.startswith(home + "/") else e for e in current.split(":")]
            if ":".join(entries) != current:
                subprocess.run(["patchelf", "--set-rpath", ":".join(entries), path], check=True)
                moved += 1
    return moved


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    home, prefix, xy = os.path.realpath(sys.argv[1]), sys.argv[2], sys.argv[3]
    for d in ("bin", "lib", "include"):
        os.makedirs(os.path.join(prefix, d), exist_ok=True)
    files = copy_stdlib(home, prefix, xy)
    copy_rest(home, prefix, xy)
    changed = rewrite_text(prefix, home)
    moved = move_rpaths(prefix, home)
    print("repackaged CPython %s from %s: %d files of lib/python%s; %s rewritten for the prefix; %d RPATH(s) moved" % (
        xy, home, files, xy, ", ".join(changed) or "no file", moved))


if __name__ == "__main__":
    main()
