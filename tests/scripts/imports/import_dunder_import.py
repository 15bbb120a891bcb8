# __import__ and importlib.import_module.
import importlib
import sys

m = __import__("_pkg.helper")
print(m.__name__)
m = __import__("_pkg.helper", fromlist=["double"])
print(m.__name__)
m = __import__("_pkg", fromlist=["sub"])
print(m.__name__, hasattr(m, "sub"))
m = __import__("_pkg", fromlist=["missing_sub"])
print(m.__name__, hasattr(m, "missing_sub"))
print(__import__("sys") is sys, __import__("_pkg.deep", globals(), locals(), [], 0).__name__)

for args in [(), (1,), ("",), ("sys", None, None, (), -1), ("_pkg", None, None, [1])]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("_pkg", fromlist=["*", 1])
except TypeError as e:
    print("TypeError", e)

print(importlib.import_module("_pkg.deep").__name__)
print(importlib.import_module("_pkg.deep.leaf2").LEAF[0])
print(importlib.import_module(".helper", "_pkg").NAME)
print(importlib.import_module("..helper", "_pkg.deep").NAME)
for args in [("",), (".x",), ("..x", "_pkg"), ("no_such_mod",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
