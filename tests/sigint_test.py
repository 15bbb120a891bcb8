#!/usr/bin/env python3
"""Sends SIGINT to coil and to python3 running the same script (tests/sigint/*.py) and compares
what they do: stdout, exit status, and stderr (all of it, or its last line for scripts marked
`# sigint-stderr: last-line`, whose tracebacks pass through CPython's asyncio sources).

Each script prints "ready" (flushed) when it is about to block; the signal goes a moment after
that line arrives, so both interpreters are inside the blocking part when it lands.

Usage: python3 tests/sigint_test.py --interp build/coil [--python python3] [script.py ...]
"""
import argparse
import glob
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SETTLE_SECONDS = 0.3  # from "ready" to the signal: time to enter the loop or the sleep
TIMEOUT_SECONDS = 20


def run(command, script):
    # Unbuffered, so readline() takes only the first line: communicate() reads the file
    # descriptor itself and would never see what a buffered reader had read ahead.
    proc = subprocess.Popen(command + [script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=os.path.dirname(script), bufsize=0)
    try:
        first = proc.stdout.readline()
        if first == b"ready\n":
            time.sleep(SETTLE_SECONDS)
            proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return first + out, err + b"\n[timed out]", "timeout"
    return first + out, err, proc.returncode


def compare(script, coil, python):
    with open(script, encoding="utf-8") as f:
        last_line_only = "# sigint-stderr: last-line" in f.read()
    expected = run(python, script)
    got = run(coil, script)
    problems = []
    if got[0] != expected[0]:
        problems.append(f"stdout: expected {expected[0]!r}, got {got[0]!r}")
    if got[2] != expected[2]:
        problems.append(f"exit status: expected {expected[2]}, got {got[2]}")
    exp_err, got_err = expected[1], got[1]
    if last_line_only:
        exp_err = exp_err.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        got_err = got_err.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    if got_err != exp_err:
        problems.append(f"stderr: expected\n{exp_err.decode()}\ngot\n{got_err.decode()}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interp", required=True, help="the coil executable")
    parser.add_argument("--python", default=sys.executable, help="the CPython 3.11 to compare")
    parser.add_argument("scripts", nargs="*")
    args = parser.parse_args()
    scripts = args.scripts or sorted(glob.glob(os.path.join(HERE, "sigint", "*.py")))
    failed = 0
    for script in scripts:
        script = os.path.abspath(script)
        problems = compare(script, [os.path.abspath(args.interp)], [args.python])
        name = os.path.relpath(script, HERE)
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
        else:
            print(f"ok   {name}")
    print(f"{len(scripts) - failed}/{len(scripts)} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
