# sys.exit with a string message: printed to stderr, exit status 1, finally blocks still run.
import sys

import _exits

try:
    _exits.leave(0)
except SystemExit as e:
    print("caught", e.code, repr(e), e.args)
for code in [None, 5, "msg", (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("exiting")
    sys.exit("fatal: configuration missing")
finally:
    print("finally runs")
