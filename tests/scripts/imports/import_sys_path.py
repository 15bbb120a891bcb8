# sys.path: the script's directory first; entries added at run time are searched.
import os
import sys

print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(os.path.basename(sys.path[0]))
try:
    import _on_path
except ImportError as e:
    print(type(e).__name__, e)
sys.path.append(os.path.join(sys.path[0], "_extra"))
import _on_path
print(_on_path.FOUND, os.path.basename(os.path.dirname(_on_path.__file__)))

# A directory without __init__.py is a namespace package.
import _nspkg.inner.mod
print(_nspkg.inner.mod.NS, _nspkg.__file__ if hasattr(_nspkg, "__file__") else "no file")
print([os.path.basename(p) for p in _nspkg.__path__])
