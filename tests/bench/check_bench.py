#!/usr/bin/env python3
"""Benchmark: `coil --check` over the whole standard library against CPython's compile().

Usage: python3 tests/bench/check_bench.py [--coil build/coil] [--python /usr/bin/python3.11]
                                          [--stdlib DIR] [--repeat 5]

Both sides get the same .py files (python3's stdlib folder, test folders included) and read
them from disk themselves: coil in a few `--check` invocations, CPython in one process that runs
compile(source, path, 'exec') on each. Wall-clock time of the whole processes, after one
warm-up run each, best of --repeat. Prints both times and the ratio coil/CPython.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))

import stdlib_corpus  # noqa: E402  (found through the path set just above)
from run_scripts import interpreter_command  # noqa: E402

# Keeps each command line far below the kernel's argument limit.
FILES_PER_RUN = 500

COMPILE_ALL = """\
import sys
for path in open(sys.argv[1], encoding="utf-8").read().splitlines():
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except (SyntaxError, ValueError):
        pass
"""


def best_time(commands, repeat):
    """Best wall-clock time of running commands one after another; fails on a crash."""
    best = float("inf")
    for _ in range(repeat + 1):
        start = time.perf_counter()
        for argv in commands:
            code = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL).returncode
            if code not in (0, 1):
                sys.exit(f"{argv[0]} ended with status {code}")
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--coil", default=os.path.join(ROOT, "build", "coil"))
    parser.add_argument("--python", default="/usr/bin/python3.11",
                        help="the CPython to compare with (Debian's is built with PGO+LTO)")
    parser.add_argument("--stdlib", default=stdlib_corpus.stdlib_root())
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    root = os.path.realpath(args.stdlib)
    paths = [os.path.join(root, rel) for rel in stdlib_corpus.stdlib_files(root)]
    size = sum(os.path.getsize(p) for p in paths)

    coil_runs = [interpreter_command(args.coil) + ["--check"] + batch
                 for batch in stdlib_corpus.batches(paths, FILES_PER_RUN)]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as listing:
        listing.write("\n".join(paths))
        listing.flush()
        python_runs = [[args.python, "-c", COMPILE_ALL, listing.name]]
        coil_time = best_time(coil_runs, args.repeat)
        python_time = best_time(python_runs, args.repeat)

    print(f"stdlib: {root}, {len(paths)} files, {size / 1e6:.1f} MB")
    print(f"coil --check ({len(coil_runs)} runs): {coil_time:.3f} s  (best of {args.repeat})")
    print(f"{args.python} compile():    {python_time:.3f} s  (best of {args.repeat})")
    print(f"ratio coil/CPython: {coil_time / python_time:.3f} (below 1 means coil is faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
