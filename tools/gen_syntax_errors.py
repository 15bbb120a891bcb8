#!/usr/bin/env python3
"""Writes tests/syntax_errors/expected.json: what CPython reports for each invalid snippet.

For every tests/syntax_errors/cases/*.py this records the SyntaxError's type, message and
location as `python3 FILE` raises it (read back through sys.excepthook), the location compile()
gives for the file's bytes (it differs at end of file), and the exact stderr and exit code of
`python3 FILE`, with the file's path replaced by <FILE>.
Run it with CPython 3.11 whenever a snippet is added or changed.
"""
import json
import os
import subprocess
import sys
import tempfile

HOOK = """import json, sys
def hook(kind, e, tb):
    sys.stderr.write(json.dumps([kind.__name__, e.msg, e.lineno, e.offset, e.end_lineno,
                                 e.end_offset]))
sys.excepthook = hook
"""

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "syntax_errors", "cases")
EXPECTED = os.path.join(ROOT, "tests", "syntax_errors", "expected.json")


def describe(path, hook_dir):
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        compiled = [e.lineno, e.offset, e.end_lineno, e.end_offset]
    else:
        sys.exit(f"{path}: compiles without error; every snippet must be invalid")
    env = dict(os.environ, PYTHONPATH=hook_dir)
    hooked = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60,
                            env=env)
    kind, msg, lineno, offset, end_lineno, end_offset = json.loads(hooked.stderr)
    record = {"type": kind, "msg": msg, "lineno": lineno, "offset": offset,
              "end_lineno": end_lineno, "end_offset": end_offset, "compile_location": compiled}
    run = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60)
    record["stderr"] = run.stderr.replace(path, "<FILE>")
    record["exit_code"] = run.returncode
    return record


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("expected outputs must come from CPython 3.11")
    names = sorted(n for n in os.listdir(CASES) if n.endswith(".py"))
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        expected = {n: describe(os.path.join(CASES, n), hook_dir) for n in names}
    with open(EXPECTED, "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(expected)} cases to {os.path.relpath(EXPECTED, ROOT)}")


if __name__ == "__main__":
    main()
