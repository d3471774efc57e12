"""Build the MiniPy wheel: one C extension, MiniPy._wrappers.

Two steps must have run before this file is used (the montage/build-wheel
actions do both, as Montage's own wheel build does):

1. "make" in the project root: its pythonlibs step copies the library's
   object files and montage.h into lib/ (next to this file);
2. "python generate.py" in this directory (the before-build step): writes
   MiniPy/_wrappers.c from functions.json.

The extension is plain CPython C API code (no Cython, no numpy); the
library objects are linked in with extra_objects.
"""

import glob
import hashlib
import os
import sys

from setuptools import Extension, setup

HERE = os.path.dirname(os.path.abspath(__file__))
WRAPPERS = os.path.join("MiniPy", "_wrappers.c")
SPEC = "functions.json"
LIB_DIR = "lib"


def fail(message):
    sys.exit("\nMiniPy setup.py: error: {}\n".format(message))


def check_generated():
    """Stop with a clear message if generate.py's output is missing/stale."""
    path = os.path.join(HERE, WRAPPERS)
    if not os.path.isfile(path):
        fail("{} is missing: run generate.py first (before-build), i.e.\n"
             "    cd {} && python generate.py".format(WRAPPERS, HERE))
    with open(os.path.join(HERE, SPEC), "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    with open(path, "r") as f:
        stamp = f.readline()
    if digest not in stamp:
        fail("{} is out of date with {}: run generate.py first (before-build)"
             .format(WRAPPERS, SPEC))


def library_objects():
    """The object files "make pythonlibs" copied into lib/."""
    objects = sorted(glob.glob(os.path.join(HERE, LIB_DIR, "*.o")))
    if not objects or not os.path.isfile(os.path.join(HERE, LIB_DIR, "montage.h")):
        fail("no object files (or no montage.h) in {}: run 'make' in the "
             "project root first (its pythonlibs step copies them here)"
             .format(os.path.join(HERE, LIB_DIR)))
    # setuptools wants paths relative to this directory
    return [os.path.relpath(o, HERE) for o in objects]


check_generated()

setup(
    name="MiniPy",
    version="1.0.0",
    description="Python bindings for montage-mini, a miniature Montage used "
                "as the example project of montage/build-wheel",
    author="montage/build-wheel contributors",
    license="BSD-3-Clause",
    python_requires=">=3.8",
    packages=["MiniPy"],
    ext_modules=[
        Extension(
            "MiniPy._wrappers",
            sources=[WRAPPERS],
            include_dirs=[LIB_DIR],
            extra_objects=library_objects(),
            libraries=["m"],
        )
    ],
    classifiers=[
        "Programming Language :: C",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: Implementation :: CPython",
        "Operating System :: POSIX",
        "Topic :: Scientific/Engineering :: Astronomy",
    ],
    zip_safe=False,
)
