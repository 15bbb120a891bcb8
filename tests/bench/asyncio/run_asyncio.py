#!/usr/bin/env python3
"""Benchmark: the asyncio programs of tests/bench/asyncio/ on coil, CPython and CPython+uvloop.

Usage: python3 tests/bench/asyncio/run_asyncio.py [--interp build/coil]
           [--python /usr/bin/python3.11] [--repeat 1] [--filter S] [--timeout 300]

Each program prints a checksum; coil's output and exit status must equal CPython's, or the
program is listed as FAIL and left out of the means. The uvloop column runs the same program
under CPython after `uvloop.install()` (asyncio.run then uses uvloop's loop). Each side runs
once with GNU time for its peak RSS, then --repeat more times; the best wall time counts.
ratio = other time / coil time: ABOVE 1 MEANS COIL IS FASTER. The geometric means of both
ratio columns close the table. Then memory per suspended task: event_100k_memory's peak RSS
above the same program run with no tasks, divided by its 100k tasks, on each side.
It measures, it never asserts.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

from run_core import failure_reason, fmt_rss, geometric_mean, run_once  # noqa: E402
from run_scripts import interpreter_command  # noqa: E402

UVLOOP_WRAPPER = ("import sys, runpy, uvloop; uvloop.install(); path = sys.argv[1]; "
                  "sys.argv = sys.argv[1:]; runpy.run_path(path, run_name='__main__')")


def best_of(argv, path, repeat, timeout):
    first = run_once(argv + [path], timeout, cwd=HERE, measure_rss=True)
    best = first.wall
    for _ in range(repeat):
        best = min(best, run_once(argv + [path], timeout, cwd=HERE).wall)
    return first, best


MEMORY_PROGRAM = "event_100k_memory.py"
MEMORY_TASKS = 100_000


def bytes_per_task(argv, timeout):
    """Peak RSS with MEMORY_TASKS suspended tasks above the peak with none, per task."""
    path = os.path.join(HERE, MEMORY_PROGRAM)
    full = run_once(argv + [path], timeout, cwd=HERE, measure_rss=True)
    empty = run_once(argv + [path, "0"], timeout, cwd=HERE, measure_rss=True)
    if full.status != 0 or empty.status != 0:
        return None
    return (full.rss_kb - empty.rss_kb) * 1024 / MEMORY_TASKS


def report_memory_per_task(coil_argv, python_argv, uvloop_argv, timeout):
    sides = [("CPython", python_argv), ("uvloop", uvloop_argv), ("coil", coil_argv)]
    per_task = {label: bytes_per_task(argv, timeout) for label, argv in sides}
    parts = [f"{label} {value:.0f} B" if value else f"{label} failed"
             for label, value in per_task.items()]
    print(f"\nmemory per suspended task ({MEMORY_PROGRAM}): {', '.join(parts)}")
    if per_task["coil"] and per_task["CPython"]:
        print(f"coil uses {per_task['coil'] / per_task['CPython']:.2f} of CPython's memory per "
              f"task ({per_task['CPython'] / per_task['coil']:.2f}x less)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interp", default=os.path.join(ROOT, "build", "coil"))
    parser.add_argument("--python", default="/usr/bin/python3.11")
    parser.add_argument("--repeat", type=int, default=1,
                        help="timed runs per side after the measured first run")
    parser.add_argument("--filter", default=None)
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()

    coil_argv = interpreter_command(args.interp)
    python_argv = interpreter_command(args.python)
    uvloop_argv = python_argv + ["-c", UVLOOP_WRAPPER]
    names = sorted(f for f in os.listdir(HERE)
                   if f.endswith(".py") and not f.startswith(("_", "run_")))
    if args.filter:
        names = [n for n in names if args.filter in n]

    print(f"coil: {' '.join(coil_argv)}   CPython: {' '.join(python_argv)} (+ uvloop)")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          "ratio = other time / coil time: above 1 means coil is faster\n")
    header = (f"{'benchmark':<20} {'py s':>7} {'uvloop s':>8} {'coil s':>7} {'vs py':>6} "
              f"{'vs uv':>6} {'RSS py':>7} {'RSS uv':>7} {'RSS coil':>8}")
    print(header)
    print("-" * len(header))
    py_ratios, uv_ratios, failed = [], [], []
    for name in names:
        path = os.path.join(HERE, name)
        label = name[:-3]
        py_first, py_best = best_of(python_argv, path, args.repeat, args.timeout)
        if py_first.status != 0:
            print(f"{label:<20} CPython failed (exit {py_first.status}); skipped")
            continue
        uv_first, uv_best = best_of(uvloop_argv, path, args.repeat, args.timeout)
        uv_ok = uv_first.status == 0 and uv_first.out == py_first.out
        coil_first, coil_best = best_of(coil_argv, path, args.repeat, args.timeout)
        reason = failure_reason(coil_first, py_first)
        if reason:
            print(f"{label:<20} {py_best:>7.3f} {'':>8} {'FAIL':>7}  {reason[:60]}")
            failed.append(label)
            continue
        py_ratio = py_best / coil_best
        py_ratios.append(py_ratio)
        uv_text = "-"
        if uv_ok:
            uv_ratios.append(uv_best / coil_best)
            uv_text = f"{uv_best / coil_best:.2f}"
        print(f"{label:<20} {py_best:>7.3f} {uv_best if uv_ok else float('nan'):>8.3f} "
              f"{coil_best:>7.3f} {py_ratio:>6.2f} {uv_text:>6} {fmt_rss(py_first.rss_kb):>7} "
              f"{fmt_rss(uv_first.rss_kb if uv_ok else 0):>7} {fmt_rss(coil_first.rss_kb):>8}")
        sys.stdout.flush()
    print("-" * len(header))
    if py_ratios:
        uv_mean = f"{geometric_mean(uv_ratios):.2f}" if uv_ratios else "-"
        print(f"{'geometric mean':<20} {'':>7} {'':>8} {'':>7} "
              f"{geometric_mean(py_ratios):>6.2f} {uv_mean:>6}   ({len(py_ratios)} of "
              f"{len(names)} ran)")
    if failed:
        print(f"FAIL ({len(failed)}): {', '.join(failed)}")
    if MEMORY_PROGRAM in names:
        report_memory_per_task(coil_argv, python_argv, uvloop_argv, args.timeout)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
