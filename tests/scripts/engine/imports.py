# Imports of the native modules: forms of import, errors for missing modules and names.
from __future__ import annotations
import sys
from sys import argv, getrecursionlimit as grl
import sys as system
print(type(sys).__name__, system is sys, grl(), len(argv))
try:
    import no_such_module.path
except ImportError as e:
    print(type(e).__name__, e)
try:
    import sys.nothing
except ImportError as e:
    print(type(e).__name__, e)
def f():
    import sys as s
    return s.getrecursionlimit()
print(f())
sys.exit(3)
