#!/usr/bin/env python3
"""Regenerates the expected .out/.err/.code files of conformance scripts by running CPython.

Usage: python3 tools/regen_expected.py [--python PYTHON] [DIR or x.py ...]

Without paths it regenerates everything under tests/scripts. PYTHON defaults to the python3
running this tool and must be CPython 3.11, the oracle. The runs go through the same code as
the ctest driver (tests/run_scripts.py), so both sides see the same directory, arguments,
environment and path normalisation.
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))

import run_scripts  # noqa: E402  (found through the path set just above)


def python_version(python):
    probe = "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])"
    out = subprocess.run(run_scripts.interpreter_command(python) + ["-c", probe],
                         capture_output=True, text=True, check=True).stdout.split()
    return out[0], tuple(int(x) for x in out[1:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", default=sys.executable, help="the CPython 3.11 to run")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per script")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        default=[os.path.join(ROOT, "tests", "scripts")])
    args = parser.parse_args()
    implementation, version = python_version(args.python)
    if implementation != "CPython" or version != (3, 11):
        sys.exit(f"{args.python} is {implementation} {version}; the oracle is CPython 3.11")
    scripts = run_scripts.find_scripts(args.paths)
    if not scripts:
        sys.exit("no scripts found")
    ok = run_scripts.update(scripts, args.python, args.timeout, min(2, os.cpu_count() or 1),
                            run_scripts.common_base(args.paths))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
