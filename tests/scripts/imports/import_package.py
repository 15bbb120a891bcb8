# Packages with __init__.py, submodules as attributes, __path__ and nested packages.
import sys
import os

import _pkg
print(_pkg.PKG_VALUE, _pkg.__name__, _pkg.__package__)
print([os.path.basename(p) for p in _pkg.__path__], os.path.basename(_pkg.__file__))
print(hasattr(_pkg, "sub"), "_pkg.sub" in sys.modules)

import _pkg.sub
print(hasattr(_pkg, "sub"), _pkg.sub.SUB_VALUE, _pkg.sub.describe())
print(_pkg.sub.__name__, _pkg.sub.__package__, hasattr(_pkg.sub, "__path__"))
print(_pkg.helper.NAME, "helper" in dir(_pkg))

from _pkg import helper, sub as s
print(helper.double(4), s is _pkg.sub)

import _pkg.deep.leaf2 as leaf2
print(leaf2.LEAF)
print(_pkg.deep.DEEP, _pkg.deep.__package__)

from _pkg.deep import leaf2 as l2
print(l2 is leaf2)

# `import a.b.c` binds the top-level package.
del _pkg
import _pkg.deep.leaf2
print(_pkg.deep.leaf2 is leaf2)
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
