#!/usr/bin/env python3
"""Conformance driver: runs each tests/scripts x.py and compares with what CPython wrote.

Usage: run_scripts.py --interp COIL [--filter S] [--update-with PYTHON] PATH...

For each x.py under the given directories (recursively, sorted; files named _*.py and folders
named _* are helpers that scripts import, not scripts), runs `COIL x.py [args from x.args]` with the script's own
directory as working directory and stdin from /dev/null, then compares stdout with x.out,
stderr with x.err and the exit code with x.code (a missing file means empty output, exit 0).
CPython prints the script's absolute path in tracebacks; both sides have the script's directory
replaced by the marker <dir> so the expected files do not depend on where the checkout lives.

--update-with PYTHON writes the expected files instead, from PYTHON's run (tools/regen_expected.py
is the usual front end). Ends with 'N passed, M failed'; exits 1 if anything failed.
"""
import argparse
import concurrent.futures
import difflib
import os
import shlex
import signal
import subprocess
import sys
from dataclasses import dataclass

DIR_MARKER = b"<dir>"
DIFF_LINES = 40


@dataclass
class Outcome:
    stdout: bytes
    stderr: bytes
    code: int
    timed_out: bool = False


def interpreter_command(spec):
    """Splits an --interp value into argv; a relative path to a program becomes absolute
    because scripts run in their own directory."""
    argv = shlex.split(spec)
    if os.sep in argv[0]:
        argv[0] = os.path.abspath(argv[0])
    return argv


def find_scripts(paths, name_filter=None):
    found = []
    for path in paths:
        if os.path.isfile(path):
            found.append(os.path.abspath(path))
            continue
        for folder, dirs, files in os.walk(path):
            # Folders named _* hold helper packages that scripts import, not scripts.
            dirs[:] = [d for d in dirs if d != "__pycache__" and not d.startswith("_")]
            found += [os.path.abspath(os.path.join(folder, f)) for f in files
                      if f.endswith(".py") and not f.startswith("_")]
    found = sorted(set(found))
    if name_filter:
        found = [f for f in found if name_filter in f]
    return found


def common_base(paths):
    """The folder that reports name scripts relative to."""
    base = os.path.commonpath([os.path.abspath(p) for p in paths])
    return base if os.path.isdir(base) else os.path.dirname(base)


def clean_environment():
    """The environment both interpreters see: nothing from the caller that changes how
    Python behaves, a fixed hash seed, and no bytecode files left in the test tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def script_args(script):
    path = script[:-3] + ".args"
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def hide_directory(data, folder):
    for spelling in sorted({os.path.realpath(folder), os.path.abspath(folder)}, key=len,
                           reverse=True):
        data = data.replace(os.fsencode(spelling), DIR_MARKER)
    return data


def run_script(interp_argv, script, timeout):
    folder, name = os.path.split(script)
    argv = interp_argv + [name] + script_args(script)
    try:
        proc = subprocess.run(argv, cwd=folder, stdin=subprocess.DEVNULL, capture_output=True,
                              env=clean_environment(), timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return Outcome(e.stdout or b"", e.stderr or b"", -1, timed_out=True)
    return Outcome(hide_directory(proc.stdout, folder), hide_directory(proc.stderr, folder),
                   proc.returncode)


def read_or(path, default):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read()


def expected_outcome(script):
    stem = script[:-3]
    code = read_or(stem + ".code", b"0").strip()
    return Outcome(read_or(stem + ".out", b""), read_or(stem + ".err", b""), int(code))


def write_expected(script, outcome):
    """Writes x.out always, x.err and x.code only when they say something."""
    stem = script[:-3]
    with open(stem + ".out", "wb") as f:
        f.write(outcome.stdout)
    for suffix, data in ((".err", outcome.stderr),
                         (".code", b"%d\n" % outcome.code if outcome.code else b"")):
        if data:
            with open(stem + suffix, "wb") as f:
                f.write(data)
        elif os.path.exists(stem + suffix):
            os.remove(stem + suffix)


def describe_difference(what, expected, actual):
    lines = list(difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        f"expected {what}", f"actual {what}"))
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + [f"... ({len(lines) - DIFF_LINES} more diff lines)\n"]
    return "".join(line if line.endswith("\n") else line + "\n\\ no newline\n" for line in lines)


def compare(script, outcome):
    """Returns a report of how outcome differs from the expected files, or '' if it matches."""
    if outcome.timed_out:
        return "timed out\n"
    want = expected_outcome(script)
    report = ""
    if outcome.stdout != want.stdout:
        report += describe_difference("stdout", want.stdout, outcome.stdout)
    if outcome.stderr != want.stderr:
        report += describe_difference("stderr", want.stderr, outcome.stderr)
    if outcome.code != want.code:
        got = (f"killed by {signal.Signals(-outcome.code).name}" if outcome.code < 0
               else outcome.code)
        report += f"exit code: expected {want.code}, got {got}\n"
    return report


def run_all(scripts, interp_argv, timeout, jobs, action):
    """Applies action(script, outcome) to every script's run, in parallel, results in order."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        runs = [pool.submit(run_script, interp_argv, s, timeout) for s in scripts]
        return [action(s, r.result()) for s, r in zip(scripts, runs)]


def update(scripts, python, timeout, jobs, base):
    def write(script, outcome):
        if outcome.timed_out:
            print(f"TIMEOUT {os.path.relpath(script, base)} (nothing written)")
            return False
        write_expected(script, outcome)
        print(f"wrote {os.path.relpath(script, base)[:-3]}.* (exit {outcome.code})")
        return True
    written = run_all(scripts, interpreter_command(python), timeout, jobs, write)
    return all(written)


def check(scripts, interp, timeout, jobs, base):
    def verdict(script, outcome):
        report = compare(script, outcome)
        if report:
            print(f"FAIL {os.path.relpath(script, base)}\n{report}", flush=True)
        return not report
    passed = sum(run_all(scripts, interpreter_command(interp), timeout, jobs, verdict))
    failed = len(scripts) - passed
    print(f"{passed} passed, {failed} failed")
    return failed == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interp", help="interpreter command to test, e.g. build/coil")
    parser.add_argument("--filter", help="only scripts whose path contains this text")
    parser.add_argument("--update-with", metavar="PYTHON",
                        help="write the expected files from this interpreter's run instead")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per script")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("paths", nargs="+", metavar="PATH", help="script folders or files")
    args = parser.parse_args()
    scripts = find_scripts(args.paths, args.filter)
    base = common_base(args.paths)
    if args.update_with:
        return 0 if update(scripts, args.update_with, args.timeout, args.jobs, base) else 1
    if not args.interp:
        parser.error("--interp is required unless --update-with is given")
    if not scripts:
        print("no scripts found\n0 passed, 1 failed")
        return 1
    return 0 if check(scripts, args.interp, args.timeout, args.jobs, base) else 1


if __name__ == "__main__":
    sys.exit(main())
