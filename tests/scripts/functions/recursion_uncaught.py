# An uncaught RecursionError: the traceback collapses the repeated lines.
import sys

sys.setrecursionlimit(100)


def spin(n):
    return spin(n + 1)


print("start")
spin(0)
