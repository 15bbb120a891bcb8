# Packages: relative imports at several levels, __all__, submodule binding and their errors.
import sys

import _shapes
from _shapes import *

print(_shapes.__doc__, sorted(k for k in dir() if not k.startswith("__"))[:6])
print(Circle().describe(), make("circle").sides)
print(_shapes.square_mod.Square().diag(), _shapes.square_mod.Square().describe())
from _shapes._geo import vec
print(vec.where(), _shapes._geo.parent_base is _shapes._base)
print(sorted(k for k in sys.modules if k.startswith("_shapes")))
try:
    import _shapes._geo.toofar
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import _shapes.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _shapes.circle.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import _shapes.circle as c1
from _shapes import circle as c2
print(c1 is c2 is sys.modules["_shapes.circle"], c1.__package__, c1.__name__)
print(_shapes.__package__, _shapes.LOADED)
