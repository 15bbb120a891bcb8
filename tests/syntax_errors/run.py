#!/usr/bin/env python3
"""Runs `coil --check` on every invalid snippet and compares with what CPython reported.

A case passes when coil's stderr (path replaced by <FILE>) and exit code equal python3's, as
recorded in expected.json by tools/gen_syntax_errors.py. It also counts the cases whose error
type, message, line and caret column match, a weaker measure reported on its own line.
The last line is always "N passed, M failed"; the exit status is 1 on any failure.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def summary(stderr):
    """(line number, caret column, 'Type: message') read back from a rendered SyntaxError."""
    lines = stderr.rstrip("\n").split("\n")
    lineno = caret = None
    for i, line in enumerate(lines):
        if line.startswith('  File "') and ", line " in line:
            lineno = line.rsplit(", line ", 1)[1]
            if i + 2 < len(lines) and lines[i + 2].strip().startswith("^"):
                caret = len(lines[i + 2]) - len(lines[i + 2].lstrip(" "))
    return lineno, caret, lines[-1] if lines else ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--interp", required=True, help="the coil executable")
    parser.add_argument("-v", "--verbose", action="store_true", help="show every difference")
    parser.add_argument("names", nargs="*", help="only these cases (file names)")
    args = parser.parse_args()

    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    names = args.names or sorted(expected)
    passed = failed = located = 0
    for name in names:
        want = expected[name]
        path = os.path.join(HERE, "cases", name)
        try:
            run = subprocess.run([args.interp, "--check", path], capture_output=True, timeout=20)
            stderr = run.stderr.decode("utf-8", "replace").replace(path, "<FILE>")
            code = run.returncode
        except subprocess.TimeoutExpired:
            stderr, code = "<timeout>", None
        if summary(stderr) == summary(want["stderr"]):
            located += 1
        if stderr == want["stderr"] and code == want["exit_code"]:
            passed += 1
            continue
        failed += 1
        print(f"FAIL {name}: exit {code}, expected {want['exit_code']}")
        if args.verbose or code is None or code < 0:
            print("  expected:\n" + "".join("    " + l + "\n" for l in want["stderr"].splitlines()))
            print("  got:\n" + "".join("    " + l + "\n" for l in stderr.splitlines()))
        else:
            print(f"  expected: {want['stderr'].splitlines()[-1]!r}"
                  f" at {want['lineno']}:{want['offset']}")
            got = stderr.splitlines()
            print(f"  got:      {got[-1] if got else ''!r}")
    print(f"{located} of {len(names)} with the same type, message, line and column")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
