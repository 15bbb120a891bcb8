# import, import-as, from-import and the sys.modules cache.
import sys

import _mod_a
import _mod_a as again
from _mod_a import VALUE, greet as hello

print(_mod_a.VALUE, again is _mod_a, VALUE, hello("world"))
print(_mod_a.where(), _mod_a.__name__, _mod_a.__package__ == "", _mod_a.__doc__)
print(_mod_a.__file__.endswith("_mod_a.py"), _mod_a.__spec__ is None or True)
print("_mod_a" in sys.modules, sys.modules["_mod_a"] is _mod_a)
print(repr(_mod_a))
print(type(_mod_a).__name__, type(sys).__name__)

# A second import runs nothing: the module comes from sys.modules.
import _mod_a
from _mod_a import items
items.append(4)
print(_mod_a.items)

# Module attributes can be set, read and deleted.
_mod_a.extra = "added"
print(_mod_a.extra)
del _mod_a.extra
try:
    _mod_a.extra
except AttributeError as e:
    print("AttributeError", e)
try:
    del _mod_a.extra
except AttributeError as e:
    print("AttributeError", e)

# Deleting the sys.modules entry makes the next import run the code again.
del sys.modules["_mod_a"]
import _mod_a as fresh
print(fresh is _mod_a, fresh.items)

# Importing inside a function binds a local name.
def f():
    import _mod_a as local_a
    from _mod_a import VALUE as v
    return local_a.VALUE + v
print(f())
print("sys" in globals(), "_mod_a" in globals())
