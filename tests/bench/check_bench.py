#!/usr/bin/env python3
"""Benchmark: `coil --check` over the whole standard library against CPython's compile().

Usage: python3 tests/bench/check_bench.py [--coil build/coil] [--python /usr/bin/python3.11]
                                          [--stdlib DIR] [--repeat 5]

Both sides get the same .py files (python3's stdlib folder, test folders included) and read
them from disk themselves: coil in a few `--check` invocations, CPython in one process that runs
compile(source, path, 'exec') on each. Times the whole processes, wall clock and CPU, after
one warm-up run each, best of --repeat, and prints the ratios coil/CPython.
"""
import argparse
import os
import resource
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


def child_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_times(commands, repeat):
    """Best wall-clock and best CPU (user+sys) seconds of running commands one after another;
    on a shared machine the CPU time is the steadier of the two. Fails on a crash."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat + 1):
        wall, cpu = time.perf_counter(), child_cpu_seconds()
        for argv in commands:
            code = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL).returncode
            if code not in (0, 1):
                sys.exit(f"{argv[0]} ended with status {code}")
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, child_cpu_seconds() - cpu)
    return best_wall, best_cpu


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
        coil_wall, coil_cpu = best_times(coil_runs, args.repeat)
        python_wall, python_cpu = best_times(python_runs, args.repeat)

    print(f"stdlib: {root}, {len(paths)} files, {size / 1e6:.1f} MB; best of {args.repeat}")
    print(f"{'':34} {'wall s':>8} {'cpu s':>8}")
    print(f"{f'coil --check ({len(coil_runs)} runs)':34} {coil_wall:8.3f} {coil_cpu:8.3f}")
    print(f"{args.python + ' compile()':34} {python_wall:8.3f} {python_cpu:8.3f}")
    print(f"{'ratio coil/CPython':34} {coil_wall / python_wall:8.3f} {coil_cpu / python_cpu:8.3f}"
          "  (below 1: coil is faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
