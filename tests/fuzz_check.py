#!/usr/bin/env python3
"""Seeded mutation test: `coil --check` on broken stdlib files must always end cleanly.

Usage: fuzz_check.py --interp COIL [--seed N] [--files N] [--mutations N] [--stdlib DIR]

Picks --files standard-library files with a seeded random generator and writes --mutations
variants of each (truncated at random points, bytes flipped, inserted or deleted, lines moved)
into a temporary folder, then runs `COIL --check` on them in batches. Every run must exit with
0 or 1, never by a signal, another status or a timeout, and a run that exits 1 must leave a
stderr whose last line reads like 'SomethingError: ...'. A batch that breaks the rule is split
until the offending input is found; it is kept, and its path and a repro command are printed.
The same seed and stdlib give the same inputs. Ends with 'N passed, M failed'.
"""
import argparse
import os
import random
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import stdlib_corpus  # noqa: E402  (found through the path set just above)
from run_scripts import interpreter_command  # noqa: E402

# Bigger files make slow inputs without reaching more of the front end.
MAX_FILE_BYTES = 200_000
ERROR_LINE = re.compile(rb"[A-Za-z_]\w*(Error|Exception)(: .*)?")

# Fragments that reach the lexer's and parser's less travelled paths: brackets and quotes left
# open, indentation, encodings, f-strings, keywords in odd places, bytes that are not UTF-8.
FRAGMENTS = [
    b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b".", b"...", b";", b"=", b":=", b"->",
    b"*", b"**", b"@", b"\\", b"\\\n", b"'", b'"', b"'''", b'"""', b"#", b"\n", b"\r", b"\r\n",
    b"\t", b" ", b"    ", b"\n    ", b"\n\t", b"\x0c", b"\x00", b"\xff", b"\xc3", b"\xe2\x82",
    b"\xe2\x82\xac", b"\xef\xbb\xbf", b"# -*- coding: latin-1 -*-\n", b"# coding: bogus\n",
    b"f'", b'f"{', b"{x!r:>{w}}", b"rb'", b"0x", b"0o9", b"1e", b"1_", b"1.e", b"0b2", b"1j",
    b"lambda", b"lambda *:", b"async ", b"await ", b"yield", b"yield from", b"return",
    b"del ", b"global x\n", b"nonlocal x\n", b"from __future__ import annotations\n",
    b"def ", b"class ", b"if ", b"else:", b"elif", b"try:", b"except*", b"finally:",
    b"with ", b"for ", b"while ", b"break", b"continue", b"import ", b"as ", b"not ",
    b"match ", b"case ", b"_", b"x", b"None", b"__debug__", b"print", b"\xce\xbb",
]


def mutate(rng, data):
    """One seeded variant of data: a truncation, or a few edits then maybe a truncation."""
    data = bytearray(data)
    if rng.random() < 0.3:
        return bytes(data[:rng.randrange(len(data) + 1)])
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data) + 1)
        kind = rng.randrange(5)
        if kind == 0 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif kind == 1:
            data[at:at] = rng.choice(FRAGMENTS)
        elif kind == 2:
            del data[at:at + rng.randint(1, 24)]
        else:
            lines = bytes(data).splitlines(keepends=True)
            if len(lines) > 1:
                line = lines.pop(rng.randrange(len(lines)))
                lines.insert(rng.randrange(len(lines) + 1), line)
                if kind == 4:
                    lines.insert(rng.randrange(len(lines) + 1), line)
                data = bytearray(b"".join(lines))
    if rng.random() < 0.3:
        del data[rng.randrange(len(data) + 1):]
    return bytes(data)


def make_inputs(rng, root, count, mutations, folder):
    candidates = [rel for rel in stdlib_corpus.stdlib_files(root)
                  if os.path.getsize(os.path.join(root, rel)) <= MAX_FILE_BYTES]
    paths = []
    for i, rel in enumerate(rng.sample(candidates, min(count, len(candidates)))):
        with open(os.path.join(root, rel), "rb") as f:
            original = f.read()
        stem = os.path.basename(rel)[:-3]
        for m in range(mutations):
            path = os.path.join(folder, f"{i:04d}_{m:02d}_{stem}.py")
            with open(path, "wb") as f:
                f.write(mutate(rng, original))
            paths.append(path)
    return paths


def problem(run):
    """What is wrong with one `--check` run, or '' if it ended as it must."""
    if run.crashed():
        return run.describe()
    if run.code == 1:
        lines = run.stderr.splitlines()
        if not run.stderr.endswith(b"\n") or not ERROR_LINE.fullmatch(lines[-1]):
            last = lines[-1].decode("utf-8", "replace") if lines else ""
            return f"exit status 1 but stderr does not end with an error line (last: {last!r})"
    return ""


def find_offenders(interp_argv, paths, timeout, offenders):
    """Runs paths as one batch; if the batch misbehaves, splits it until single inputs do.
    Appends (paths, problem) to offenders; a batch whose halves all behave is one offender."""
    trouble = problem(stdlib_corpus.run_check(interp_argv, paths, timeout + 0.2 * len(paths)))
    if not trouble:
        return
    if len(paths) == 1:
        offenders.append((paths, trouble))
        return
    before = len(offenders)
    half = len(paths) // 2
    find_offenders(interp_argv, paths[:half], timeout, offenders)
    find_offenders(interp_argv, paths[half:], timeout, offenders)
    if len(offenders) == before:
        offenders.append((paths, f"{trouble} as a batch, though each input behaves alone"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interp", required=True, help="the coil command, e.g. build/coil")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--files", type=int, default=300, help="stdlib files to mutate")
    parser.add_argument("--mutations", type=int, default=20, help="variants of each file")
    parser.add_argument("--batch", type=int, default=50, help="inputs per coil run")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds per coil run, plus 0.2 per input in the batch")
    parser.add_argument("--stdlib", default=stdlib_corpus.stdlib_root())
    args = parser.parse_args()
    interp_argv = interpreter_command(args.interp)
    folder = tempfile.mkdtemp(prefix="coil-fuzz-")
    paths = make_inputs(random.Random(args.seed), os.path.realpath(args.stdlib), args.files,
                        args.mutations, folder)
    offenders = []
    for batch in stdlib_corpus.batches(paths, args.batch):
        find_offenders(interp_argv, batch, args.timeout, offenders)

    for inputs, trouble in offenders:
        print(f"FAIL {trouble}: {inputs[0]}" + (f" (+{len(inputs) - 1} more)" if inputs[1:] else ""))
        print(f"    repro: {args.interp} --check {' '.join(inputs)}")
    kept = {path for inputs, _ in offenders for path in inputs}
    if kept:
        for path in set(paths) - kept:
            os.remove(path)
        print(f"the offending inputs are kept in {folder}")
    else:
        shutil.rmtree(folder)
    failed = len(kept)
    print(f"seed {args.seed}: {len(paths)} inputs from {args.files} stdlib files")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
