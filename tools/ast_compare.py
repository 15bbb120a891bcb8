#!/usr/bin/env python3
"""Compares `coil --ast` (and `--ast-positions`) with python3's ast.dump on Python files.

usage: ast_compare.py --interp build/coil [--positions] [--quiet] FILE_OR_DIR...

A file python3 parses must give an identical dump; a file python3 rejects must be rejected."""
import argparse
import ast
import os
import subprocess
import sys
import warnings


def python_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".py"):
                        yield os.path.join(root, name)
        else:
            yield path


def expected(path, positions):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(source, path)
        except (SyntaxError, ValueError) as e:
            return None, None, e
    return tree, ast.dump(tree, include_attributes=positions), None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--interp", required=True)
    parser.add_argument("--positions", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    option = "--ast-positions" if args.positions else "--ast"
    counts = {"same": 0, "differ": 0, "rejected_ok": 0, "wrongly_rejected": 0,
              "wrongly_accepted": 0, "crashed": 0}
    for path in python_files(args.paths):
        tree, want, error = expected(path, args.positions)
        try:
            run = subprocess.run([args.interp, option, path], capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            counts["crashed"] += 1
            print(f"TIMEOUT {path}")
            continue
        if run.returncode not in (0, 1):
            counts["crashed"] += 1
            print(f"CRASH {path}: exit {run.returncode}")
            continue
        if error is not None:
            if run.returncode == 1:
                counts["rejected_ok"] += 1
            else:
                counts["wrongly_accepted"] += 1
                print(f"ACCEPTED {path}: python3 says {type(error).__name__}: {error}")
            continue
        if run.returncode != 0:
            counts["wrongly_rejected"] += 1
            message = run.stderr.decode("utf-8", "replace").strip().splitlines()
            print(f"REJECTED {path}: {message[-1] if message else ''}")
            continue
        got = run.stdout.decode("utf-8", "surrogateescape").rstrip("\n")
        if got == want:
            counts["same"] += 1
            continue
        counts["differ"] += 1
        at = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
        print(f"DIFFER {path} at char {at}")
        if not args.quiet:
            print(f"  coil:    ...{got[max(0, at - 120):at + 80]}")
            print(f"  python3: ...{want[max(0, at - 120):at + 80]}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    bad = counts["differ"] + counts["wrongly_rejected"] + counts["wrongly_accepted"] + counts["crashed"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
