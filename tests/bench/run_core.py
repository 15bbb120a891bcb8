#!/usr/bin/env python3
"""Benchmark: the core-language programs of tests/bench/core/ on coil and on CPython.

Usage: python3 tests/bench/run_core.py [--interp build/coil] [--python /usr/bin/python3.11]
                                       [--repeat 3] [--filter S] [--startup-runs 40]
                                       [--timeout 120]

Each program prints a small checksum. Both interpreters first run it once (the warm-up run),
and coil's output and exit status must equal CPython's; a program where coil fails, hangs or
prints something else is listed as FAIL and left out of the mean. Then each side runs it
--repeat more times, alternating, and the table shows the best wall-clock time of each side,
the peak resident memory of each side and ratio = CPython time / coil time: ABOVE 1 MEANS COIL
IS FASTER. The CPU column gives the same ratio for user+system CPU time, the steadier number on
a loaded machine. Last comes the geometric mean of the ratios of the programs that ran, and the
start-up time: the mean wall time of `-c pass` over --startup-runs runs on each side.

It measures, it never asserts: the exit status is 0 unless the harness itself is misused.
"""
import argparse
import math
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORE = os.path.join(HERE, "core")
sys.path.insert(0, os.path.dirname(HERE))

from run_scripts import interpreter_command  # noqa: E402  (found through the path set above)


class Run:
    """One finished process: wall and CPU seconds, peak RSS in KiB, status, output."""

    def __init__(self, wall, cpu, rss_kb, status, out, err, timed_out):
        self.wall, self.cpu, self.rss_kb = wall, cpu, rss_kb
        self.status, self.out, self.err, self.timed_out = status, out, err, timed_out


# Linux carries the memory high-water mark of the process that forks into the child's
# ru_maxrss, so a child of this harness never reports less than the harness's own size. A
# small program in between that forks the child, like GNU time, gives the child's own peak.
GNU_TIME = "/usr/bin/time"


def run_once(argv, timeout, cwd=None, measure_rss=False):
    """Runs argv with stdout and stderr going to temporary files, and reaps it with wait4 so
    that the CPU time is this child's own (RUSAGE_CHILDREN would add them all up). With
    measure_rss, runs it under GNU time (when there is one) for its true peak RSS. A process
    still running after timeout seconds is killed, with anything it started."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss_file:
        via_time = measure_rss and os.access(GNU_TIME, os.X_OK)
        if via_time:
            argv = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + argv
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    cwd=cwd, start_new_session=True)
        except OSError as e:
            return Run(0.0, 0.0, 0, -1, b"", str(e).encode(), False)
        killed = []

        def kill():
            killed.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, raw_status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(raw_status)
        out.seek(0)
        err.seek(0)
        rss_kb = usage.ru_maxrss
        if via_time:
            # The last line is the %M figure; one before it may say how the command ended.
            text = rss_file.read()
            lines = text.split()
            rss_kb = int(lines[-1]) if lines and lines[-1].isdigit() else 0
            if "terminated by signal" in text:
                # GNU time exits with 128 + the signal; report it the way subprocess does.
                proc.returncode = -(proc.returncode - 128) if proc.returncode > 128 else -1
        return Run(wall, usage.ru_utime + usage.ru_stime, rss_kb, proc.returncode,
                   out.read(), err.read(), bool(killed))


def failure_reason(coil, python):
    """Why coil's warm-up run does not count, or None when it matches CPython's."""
    if coil.timed_out:
        return "timed out"
    if coil.status != python.status:
        lines = coil.err.decode("utf-8", "replace").strip().splitlines()
        last = lines[-1] if lines else ""
        return f"exit {coil.status}" + (f": {last}" if last else "")
    if coil.out != python.out:
        return "output differs"
    return None


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def fmt_rss(kb):
    return f"{kb / 1024:.0f}M" if kb else "-"


def clip(text, width):
    return text if len(text) <= width else text[:width - 3] + "..."


def bench_programs(name_filter):
    names = sorted(f for f in os.listdir(CORE) if f.endswith(".py") and not f.startswith("_"))
    if name_filter:
        names = [n for n in names if name_filter in n]
    return names


def startup(coil_argv, python_argv, runs, timeout):
    """Mean wall milliseconds of `-c pass` on each side (after one warm-up run each), and
    whether coil managed it."""
    means = []
    for argv in (python_argv, coil_argv):
        first = run_once(argv + ["-c", "pass"], timeout)
        if first.status != 0:
            means.append(None)
            continue
        total = 0.0
        for _ in range(runs):
            total += run_once(argv + ["-c", "pass"], timeout).wall
        means.append(total / runs * 1000)
    return means


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interp", default=os.path.join(ROOT, "build", "coil"),
                        help="the coil to time (a Release build)")
    parser.add_argument("--python", default="/usr/bin/python3.11",
                        help="the CPython to compare with (Debian's is built with PGO+LTO)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed runs per side after the warm-up run; the best one counts")
    parser.add_argument("--filter", default=None, help="only programs whose name contains S")
    parser.add_argument("--startup-runs", type=int, default=40,
                        help="runs of `-c pass` per side for the start-up time (0 skips it)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds after which a run is killed and counts as FAIL")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    coil_argv = interpreter_command(args.interp)
    python_argv = interpreter_command(args.python)
    names = bench_programs(args.filter)
    if not names:
        sys.exit(f"no benchmark in {CORE} matches {args.filter!r}")

    print(f"coil:    {' '.join(coil_argv)}")
    print(f"CPython: {' '.join(python_argv)}")
    print(f"best of {args.repeat} after a warm-up run; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("ratio = CPython time / coil time: above 1 means coil is faster\n")
    header = (f"{'benchmark':<22} {'CPython s':>9} {'coil s':>9} {'ratio':>7} "
              f"{'cpu ratio':>9} {'RSS py':>7} {'RSS coil':>8}")
    print(header)
    print("-" * len(header))

    ratios, cpu_ratios, failed = [], [], []
    for name in names:
        path = os.path.join(CORE, name)
        label = name[:-3]
        py_first = run_once(python_argv + [path], args.timeout, cwd=CORE, measure_rss=True)
        if py_first.status != 0 or py_first.timed_out:
            print(f"{label:<22} CPython itself failed (exit {py_first.status}); skipped")
            failed.append(label)
            continue
        coil_first = run_once(coil_argv + [path], args.timeout, cwd=CORE, measure_rss=True)
        reason = failure_reason(coil_first, py_first)
        if reason:
            print(f"{label:<22} {py_first.wall:>9.3f} {'FAIL':>9} {'—':>7} {'—':>9} "
                  f"{fmt_rss(py_first.rss_kb):>7} {'-':>8}  {clip(reason, 60)}")
            failed.append(label)
            continue
        # The timed runs go without GNU time in between; peak RSS comes from the warm-up.
        py_best = [float("inf"), float("inf"), py_first.rss_kb]
        coil_best = [float("inf"), float("inf"), coil_first.rss_kb]
        for _ in range(args.repeat):
            for argv, best in ((python_argv, py_best), (coil_argv, coil_best)):
                r = run_once(argv + [path], args.timeout, cwd=CORE)
                best[0] = min(best[0], r.wall)
                best[1] = min(best[1], r.cpu)
        ratio = py_best[0] / coil_best[0]
        cpu_ratio = py_best[1] / coil_best[1] if coil_best[1] > 0 else float("nan")
        ratios.append(ratio)
        if cpu_ratio == cpu_ratio:
            cpu_ratios.append(cpu_ratio)
        print(f"{label:<22} {py_best[0]:>9.3f} {coil_best[0]:>9.3f} {ratio:>7.2f} "
              f"{cpu_ratio:>9.2f} {fmt_rss(py_best[2]):>7} {fmt_rss(coil_best[2]):>8}")
        sys.stdout.flush()

    print("-" * len(header))
    if ratios:
        print(f"{'geometric mean':<22} {'':>9} {'':>9} {geometric_mean(ratios):>7.2f} "
              f"{geometric_mean(cpu_ratios):>9.2f}   ({len(ratios)} of {len(names)} ran)")
    else:
        print(f"geometric mean: none of the {len(names)} benchmarks ran on coil")
    if failed:
        print(f"FAIL ({len(failed)}): {', '.join(failed)}")

    if args.startup_runs > 0:
        py_ms, coil_ms = startup(coil_argv, python_argv, args.startup_runs, args.timeout)
        line = f"\nstart-up (-c pass, mean of {args.startup_runs}): "
        line += f"CPython {py_ms:.1f} ms, " if py_ms is not None else "CPython FAIL, "
        line += f"coil {coil_ms:.1f} ms" if coil_ms is not None else "coil FAIL"
        if py_ms is not None and coil_ms:
            line += f", ratio {py_ms / coil_ms:.2f}"
        print(line)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
