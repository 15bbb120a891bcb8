# Relative imports inside packages and their errors.
import sys

import _pkg.deep.leaf2 as leaf2
print(leaf2.LEAF)

try:
    import _pkg.deep.leaf
except ImportError as e:
    print(type(e).__name__, e)
print("_pkg.deep.leaf" in sys.modules)

try:
    import _pkg.deep.missing_rel
except ImportError as e:
    print(type(e).__name__, e)

try:
    import _pkg.deep.missing_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "<dir>"), e.name)

# A script is not a package.
try:
    from . import _mod_a
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .helper import x
except ImportError as e:
    print(type(e).__name__, e)

# __import__ with a level resolves against the globals given.
g = {"__name__": "_pkg.sub", "__package__": "_pkg"}
m = __import__("helper", g, None, ["double"], 1)
print(m.__name__, m.double(3))
m = __import__("", g, None, ["helper"], 1)
print(m.__name__)
g = {"__name__": "_pkg.deep.leaf2"}
print(__import__("helper", g, None, ["NAME"], 2).NAME)
g = {"__name__": "_pkg.deep", "__path__": []}
print(__import__("", g, None, ["DEEP"], 1).DEEP)
try:
    __import__("x", {"__name__": "top"}, None, ["y"], 2)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__package__": 3}, None, [], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {}, None, [], 1)
except KeyError as e:
    print(type(e).__name__, e)
