# Circular imports: a partially initialised module is visible, and from-imports of names it
# has not defined yet fail with CPython's message.
import sys

import _circ_a
print(_circ_a.A, _circ_a.use_b(), _circ_a._circ_b.B)

try:
    import _circ_from_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "<dir>"))
print("_circ_from_a" in sys.modules, "_circ_from_b" in sys.modules)

try:
    import _circ_attr_a
except AttributeError as e:
    print(type(e).__name__, e)
print("_circ_attr_a" in sys.modules, "_circ_attr_b" in sys.modules)
