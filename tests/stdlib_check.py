#!/usr/bin/env python3
"""Checks that `coil --check` accepts exactly the standard-library files CPython compiles.

Usage: stdlib_check.py --interp COIL [--stdlib DIR] [--cache FILE]

Every .py file under python3's stdlib folder (test folders included, site-packages excluded) is
compiled by CPython in this process (compile(source, path, 'exec'); the verdicts are cached by
file size and mtime, so only the first run pays for them) and checked by coil in batches; a
batch that fails is split in halves until each failing file is found, so verdicts come from
exit statuses only. Ends with 'N passed, M failed'.
"""
import argparse
import concurrent.futures
import json
import os
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import stdlib_corpus  # noqa: E402  (found through the path set just above)
from run_scripts import interpreter_command  # noqa: E402

BATCH_SIZE = 100
STDERR_LINES = 6


def cpython_verdict(path):
    """Whether CPython 3.11 compiles one file."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


def cpython_verdicts(root, rels, cache_path):
    """{rel: accepted}, reusing cached verdicts of unchanged files."""
    key = f"{sys.version} {root}"
    cached = {}
    if cache_path and os.path.exists(cache_path):
        with open(cache_path, encoding="utf-8") as f:
            stored = json.load(f)
        if stored.get("key") == key:
            cached = stored["files"]
    verdicts, fresh = {}, {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for rel in rels:
            path = os.path.join(root, rel)
            st = os.stat(path)
            stamp = [st.st_size, st.st_mtime_ns]
            entry = cached.get(rel)
            if entry is None or entry[:2] != stamp:
                entry = stamp + [cpython_verdict(path)]
            fresh[rel] = entry
            verdicts[rel] = entry[2]
    if cache_path and fresh != cached:
        os.makedirs(os.path.dirname(os.path.abspath(cache_path)), exist_ok=True)
        temporary = f"{cache_path}.{os.getpid()}"
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump({"key": key, "files": fresh}, f)
        os.replace(temporary, cache_path)
    return verdicts


class CoilVerdicts:
    """What `coil --check` says about each file: True (accepted), False (rejected) or a
    CheckRun for a run that crashed; found by splitting failing batches in halves."""

    def __init__(self, interp_argv, root, timeout):
        self.interp_argv = interp_argv
        self.root = root
        self.timeout = timeout
        self.verdicts = {}
        self.messages = {}
        self.anomalies = []

    def resolve(self, group):
        """Fills in verdicts for group; returns whether any file in it failed."""
        paths = [os.path.join(self.root, rel) for rel in group]
        run = stdlib_corpus.run_check(self.interp_argv, paths,
                                      self.timeout + 0.2 * len(group))
        if run.code == 0 and not run.timed_out:
            self.verdicts.update((rel, True) for rel in group)
            return False
        if len(group) == 1:
            self.verdicts[group[0]] = run if run.crashed() else False
            self.messages[group[0]] = run.stderr
            return True
        half = len(group) // 2
        found = self.resolve(group[:half])
        found = self.resolve(group[half:]) or found
        if not found:
            self.anomalies.append(f"a batch of {len(group)} files from {group[0]} ended with "
                                  f"{run.describe()}, but each of its files passes alone")
        return True


def describe(verdict):
    if verdict is True:
        return "accepts"
    if verdict is False:
        return "rejects"
    return f"crashes ({verdict.describe()})"


def tail(data):
    lines = data.decode("utf-8", "replace").splitlines()[-STDERR_LINES:]
    return "".join(f"    | {line}\n" for line in lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interp", help="the coil command, e.g. build/coil")
    parser.add_argument("--stdlib", help="standard-library folder (default: this python3's)")
    parser.add_argument("--cache", default=os.path.join(
        tempfile.gettempdir(), f"coil-stdlib-verdicts-{os.getuid()}.json"),
        help="where CPython's verdicts are cached")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds per coil run, plus 0.2 per file in the batch")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        sys.exit(f"stdlib_check.py must run under CPython 3.11, not {sys.version}")
    if not args.interp:
        parser.error("--interp is required")
    root = os.path.realpath(args.stdlib or stdlib_corpus.stdlib_root())
    rels = stdlib_corpus.stdlib_files(root)

    coil = CoilVerdicts(interpreter_command(args.interp), root, args.timeout)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        runs = [pool.submit(coil.resolve, batch)
                for batch in stdlib_corpus.batches(rels, BATCH_SIZE)]
        cpython = cpython_verdicts(root, rels, args.cache)
        for run in runs:
            run.result()

    differing = [rel for rel in rels if coil.verdicts[rel] is not cpython[rel]]
    for rel in differing:
        cp = "accepts" if cpython[rel] else "rejects"
        print(f"DIFFER {rel}: CPython {cp}, coil {describe(coil.verdicts[rel])}")
        if rel in coil.messages:
            print(tail(coil.messages[rel]), end="")
        if coil.verdicts[rel] not in (True, False):
            print(f"    repro: {args.interp} --check {os.path.join(root, rel)}")
    for anomaly in coil.anomalies:
        print(f"ANOMALY {anomaly}")
    accepted = sum(1 for rel in rels if cpython[rel])
    print(f"stdlib {root}: {len(rels)} files; CPython accepts {accepted}, rejects "
          f"{len(rels) - accepted}; coil agrees on {len(rels) - len(differing)}")
    failed = len(differing) + len(coil.anomalies)
    print(f"{len(rels) - len(differing)} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
