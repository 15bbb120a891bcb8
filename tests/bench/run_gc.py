#!/usr/bin/env python3
"""Benchmark: the cycle collector. Runs gc/cycles.py (tens of millions of objects in reference
cycles) on coil and on CPython and prints, for each side, the wall time, the resident memory
the program reports at each tenth of its run, and whether that memory stayed flat: the last
report is within 10% (plus 1 MiB) of the first. Ratio = CPython time / coil time (above 1 means
coil is faster). It measures, it never asserts.

Usage: python3 tests/bench/run_gc.py [--interp build/coil] [--python /usr/bin/python3.11]
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAM = os.path.join(HERE, "gc", "cycles.py")


def measure(command):
    start = time.perf_counter()
    proc = subprocess.run(command + [PROGRAM], capture_output=True, text=True)
    wall = time.perf_counter() - start
    reports = [int(line.split()[1]) for line in proc.stdout.splitlines()
               if line.startswith("rss_kib")]
    checksum = [line for line in proc.stdout.splitlines() if line.startswith("checksum")]
    return wall, reports, checksum, proc.returncode, proc.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--interp", default=os.path.join(HERE, "..", "..", "build", "coil"))
    parser.add_argument("--python", default="/usr/bin/python3.11")
    args = parser.parse_args()
    results = {}
    for name, command in (("coil", [args.interp]), ("python", [args.python])):
        wall, reports, checksum, status, err = measure(command)
        results[name] = (wall, checksum)
        if status != 0 or not reports:
            print(f"{name}: FAIL (exit {status}) {err.strip().splitlines()[-1:]}")
            continue
        flat = reports[-1] <= reports[0] * 1.1 + 1024
        print(f"{name:7} {wall:6.2f} s  rss KiB first {reports[0]} max {max(reports)} "
              f"last {reports[-1]}  {'flat' if flat else 'GROWING'}")
    if results["coil"][1] != results["python"][1]:
        print("checksums differ:", results["coil"][1], results["python"][1])
    print(f"ratio (CPython time / coil time): {results['python'][0] / results['coil'][0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
