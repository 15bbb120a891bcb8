# Import statement forms: aliases, dotted names, __import__, importlib, and module objects.
import importlib
import sys
import os.path as osp
from os import path as p2, sep
import _main_guard
import _main_guard as mg

print(osp is p2, sep, mg is _main_guard, _main_guard.__name__)
m = __import__("_shapes")
print(m.__name__)
top = __import__("_shapes._geo.vec")
print(top.__name__)
leaf = __import__("_shapes._geo.vec", fromlist=["length"])
print(leaf.__name__, leaf.length(3, 4))
mod = importlib.import_module("_shapes._geo")
print(mod.GEO, importlib.import_module("._base", "_shapes").__name__)
try:
    importlib.import_module("no_such_module_abc")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("..x")
except TypeError as e:
    print(type(e).__name__, e)
del sys.modules["_main_guard"]
import _main_guard as fresh
print(fresh is not mg)
sys.modules["alias_mod"] = mg
import alias_mod
print(alias_mod is mg)
from alias_mod import __name__ as aliased_name
print(aliased_name)
try:
    from alias_mod import y
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)


def local_import():
    import os.path as local_path
    return local_path.basename("/a/b")


print(local_import(), "local_path" in globals())
