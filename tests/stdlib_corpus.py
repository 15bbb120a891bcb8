"""CPython's standard library as a corpus of real Python files, and `coil --check` runs over it.

Shared by stdlib_check.py, fuzz_check.py and bench/check_bench.py.
"""
import os
import signal
import subprocess
import sysconfig
from dataclasses import dataclass

# Installed third-party packages are not CPython's code.
SKIPPED_FOLDERS = {"site-packages", "dist-packages", "__pycache__"}


def stdlib_root():
    return sysconfig.get_path("stdlib")


def stdlib_files(root):
    """Every .py file under root (test folders included), as sorted paths relative to root."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIPPED_FOLDERS]
        found += [os.path.relpath(os.path.join(folder, f), root)
                  for f in files if f.endswith(".py")]
    return sorted(found)


@dataclass
class CheckRun:
    code: int
    stderr: bytes
    timed_out: bool = False

    def crashed(self):
        """True when the run ended in a way `--check` never may: a timeout, a signal, or an
        exit status other than 0 (all accepted) and 1 (something rejected)."""
        return self.timed_out or self.code not in (0, 1)

    def describe(self):
        if self.timed_out:
            return "timed out"
        if self.code < 0:
            return f"killed by {signal.Signals(-self.code).name}"
        return f"exit status {self.code}"


def run_check(interp_argv, paths, timeout):
    """Runs `COIL --check paths...` with stdout discarded."""
    try:
        proc = subprocess.run(interp_argv + ["--check"] + list(paths), stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return CheckRun(-1, e.stderr or b"", timed_out=True)
    return CheckRun(proc.returncode, proc.stderr)


def batches(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]
