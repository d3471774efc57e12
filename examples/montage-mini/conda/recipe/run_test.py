"""Test of the installed minimontage package (conda-build runs this file).

Standard library only.  The tools must be on PATH (conda puts the test
environment's bin/ or Library\\bin there).  MontageLib/montage.h, listed in
test/source_files, is read from the current directory for the expected
version.
"""

import os
import re
import subprocess
import sys

PATCHED_BANNER = "(minimontage conda package)"

# Montage-style output: [struct stat="OK", key=value, key="text", ...]
FIELD = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|[^,\]]+)')

failures = []


def check(label, condition, detail=""):
    print("{} {}".format("ok  " if condition else "FAIL", label))
    if not condition:
        failures.append(label)
        if detail:
            print("     " + detail)


def run(*argv):
    """Run a tool; return (exit status, parsed fields, raw stdout)."""
    proc = subprocess.run(list(argv), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True)
    out = proc.stdout.strip()
    fields = {}
    if out.startswith("[struct ") and out.endswith("]"):
        for key, value in FIELD.findall(out[len("[struct "):-1]):
            fields[key] = value[1:-1] if value.startswith('"') else value.strip()
    return proc.returncode, fields, out


def number(fields, key):
    try:
        return float(fields[key])
    except (KeyError, ValueError):
        return float("nan")


def expected_version():
    header = os.path.join("MontageLib", "montage.h")
    with open(header) as f:
        match = re.search(r'#define\s+MONTAGE_VERSION\s+"([^"]+)"', f.read())
    if not match:
        sys.exit("run_test.py: MONTAGE_VERSION not found in " + header)
    return match.group(1)


def main():
    version = expected_version()

    rc, f, out = run("mVersion")
    check("mVersion runs", rc == 0 and f.get("stat") == "OK", out)
    check("mVersion reports version " + version, f.get("version") == version, out)
    check("recipe patch applied (banner)", PATCHED_BANNER in f.get("banner", ""), out)
    check("mVersion reports the configure results",
          "sizeof(long)=" in f.get("config", ""), out)

    rc, f, out = run("mDist", "0", "0", "90", "0")
    check("mDist 0 0 90 0 = 90", rc == 0 and abs(number(f, "distance") - 90.0) < 1e-6, out)
    rc, f, out = run("mDist", "0", "90", "123", "-90")
    check("mDist pole to pole = 180", rc == 0 and abs(number(f, "distance") - 180.0) < 1e-6, out)

    rc, f, out = run("mProj", "10", "20", "10", "20")
    check("mProj of the tangent point is (0, 0)",
          rc == 0 and abs(number(f, "x")) < 1e-9 and abs(number(f, "y")) < 1e-9, out)
    rc, f, out = run("mProj", "30", "40", "33", "42.5")
    x, y = number(f, "x"), number(f, "y")
    rc2, f, out2 = run("mProj", "-i", "30", "40", repr(x), repr(y))
    check("mProj -i inverts mProj",
          rc == 0 and rc2 == 0 and abs(number(f, "ra") - 33.0) < 1e-6
          and abs(number(f, "dec") - 42.5) < 1e-6, out + " / " + out2)

    rc, f, out = run("mDist", "1", "2", "3")
    check("mDist with too few arguments fails with a usage message",
          rc != 0 and f.get("stat") == "ERROR" and "Usage" in f.get("msg", ""), out)
    rc, f, out = run("mProj", "0", "0", "180", "0")
    check("mProj of a far-side point fails", rc != 0 and f.get("stat") == "ERROR", out)

    if failures:
        print("{} check(s) failed".format(len(failures)))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
