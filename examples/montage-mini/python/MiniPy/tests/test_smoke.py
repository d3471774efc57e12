"""Smoke test for an installed MiniPy wheel (standard library only).

Run it from outside the source tree with the wheel installed, e.g.

    cd /tmp && python /path/to/python/MiniPy/tests/test_smoke.py

Prints OK and exits 0 when everything passes; prints every failure and
exits 1 otherwise.
"""

import importlib.machinery
import inspect
import math
import os
import sys

failures = []


def check(label, condition, detail=""):
    if not condition:
        failures.append("{}{}".format(label, ": " + detail if detail else ""))


def check_close(label, got, want, tol=1e-9):
    ok = isinstance(got, float) and abs(got - want) <= tol * max(1.0, abs(want))
    check(label, ok, "got {!r}, want {!r} (tolerance {})".format(got, want, tol))


def check_raises(label, func, *args):
    try:
        func(*args)
    except ValueError as exc:
        return str(exc)
    check(label, False, "no ValueError raised")
    return ""


def main():
    try:
        import MiniPy
        from MiniPy import _wrappers
    except ImportError as exc:
        print("FAIL: cannot import MiniPy: {}".format(exc))
        return 1

    # -- it is the installed, compiled package ------------------------------
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    ext_file = getattr(_wrappers, "__file__", "") or ""
    check("MiniPy._wrappers is a compiled extension", ext_file.endswith(suffixes),
          "file {!r}, expected one of {}".format(ext_file, suffixes))
    check("MiniPy._wrappers loaded by the extension loader",
          isinstance(getattr(_wrappers, "__loader__", None),
                     importlib.machinery.ExtensionFileLoader),
          repr(getattr(_wrappers, "__loader__", None)))
    source_tree = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    package_dir = os.path.dirname(os.path.abspath(MiniPy.__file__))
    check("MiniPy imported from the installed wheel, not the source tree",
          not package_dir.startswith(os.path.join(source_tree, "")),
          "imported from {}".format(package_dir))

    # -- versions agree: C #define, module attribute, wheel metadata --------
    check("version() is MONTAGE_VERSION", MiniPy.version() == "1.0.0",
          repr(MiniPy.version()))
    check("__version__", MiniPy.__version__ == MiniPy.version(),
          repr(MiniPy.__version__))
    try:
        from importlib.metadata import version as dist_version
    except ImportError:  # Python < 3.8
        dist_version = None
    if dist_version is not None:
        meta = dist_version("MiniPy")
        check("wheel metadata version", meta == MiniPy.version(), repr(meta))

    config = MiniPy.config()
    check("config() reports configure results",
          isinstance(config, str) and "sizeof(long)=" in config, repr(config))

    # -- numbers computed by the C library ---------------------------------
    check_close("dist along the equator", MiniPy.dist(0, 0, 90, 0), 90.0)
    check_close("dist pole to pole", MiniPy.dist(0, 90, 123, -90), 180.0)
    check_close("dist same point", MiniPy.dist(10.5, -20.25, 10.5, -20.25), 0.0)
    check_close("dist across RA=0", MiniPy.dist(359.5, 0, 0.5, 0), 1.0)
    check_close("dist with keywords",
                MiniPy.dist(ra1=0, dec1=0, ra2=0, dec2=45), 45.0)
    # M31 to M33: about 14.78 degrees
    check_close("dist M31-M33", MiniPy.dist(10.6847, 41.2690, 23.4621, 30.6602),
                14.78362, tol=1e-6)

    x, y = MiniPy.project(10, 20, 10, 20)
    check_close("project centre x", x, 0.0)
    check_close("project centre y", y, 0.0)
    x, y = MiniPy.project(0, 0, 45, 0)  # tan(45 deg) = 1 radian
    check_close("project x = tan(45 deg)", x, math.degrees(1.0))
    check_close("project y on the equator", y, 0.0)
    ra, dec = MiniPy.deproject(30, 40, *MiniPy.project(30, 40, 33, 42.5))
    check_close("deproject(project()) ra", ra, 33.0)
    check_close("deproject(project()) dec", dec, 42.5)
    msg = check_raises("project of a far-side point raises", MiniPy.project,
                       0, 0, 180, 0)
    check("error message comes from C", "90 degrees" in msg, repr(msg))

    check_close("cell_area of the whole sky", MiniPy.cell_area(0, -90, 360, 90),
                4 * math.pi * math.degrees(1.0) ** 2)
    check_close("cell_area 1x1 deg at the equator", MiniPy.cell_area(0, 0, 1, 1),
                math.degrees(math.sin(math.radians(1.0))))
    check_raises("cell_area with lat1 > lat2 raises", MiniPy.cell_area, 0, 10, 1, 5)

    arcsec = math.radians(1.0 / 3600.0)
    check_close("pixel_area of 1x1 arcsec", MiniPy.pixel_area(-1 / 3600.0, 1 / 3600.0),
                arcsec * arcsec, tol=1e-6)
    check_close("pixel_area of an infinite pixel is a hemisphere",
                MiniPy.pixel_area(1e12, 1e12), 2 * math.pi, tol=1e-6)

    # -- the generated wrappers --------------------------------------------
    expected = {"dist", "project", "deproject", "cell_area", "pixel_area",
                "version", "config"}
    check("__all__", set(MiniPy.__all__) == expected, repr(MiniPy.__all__))
    try:
        params = list(inspect.signature(MiniPy.dist).parameters)
    except (TypeError, ValueError) as exc:
        params = "no signature: {}".format(exc)
    check("dist signature", params == ["ra1", "dec1", "ra2", "dec2"], repr(params))
    try:
        MiniPy.dist(1, 2, 3)
    except TypeError:
        pass
    else:
        check("dist with 3 arguments raises TypeError", False)

    if failures:
        for failure in failures:
            print("FAIL: " + failure)
        print("{} check(s) failed".format(len(failures)))
        return 1
    print("MiniPy {} from {}".format(MiniPy.__version__, ext_file))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
