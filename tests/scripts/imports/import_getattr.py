# Module __getattr__ (PEP 562).
import _lazy
from _lazy import lazy_thing, REAL

print(_lazy.REAL, _lazy.lazy_value, lazy_thing, REAL)
print(getattr(_lazy, "lazy_x"), hasattr(_lazy, "lazy_y"), hasattr(_lazy, "other"))
print(getattr(_lazy, "other", "default"))
try:
    _lazy.other
except AttributeError as e:
    print("AttributeError", e)
try:
    from _lazy import other
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])

import sys
try:
    sys.no_such_attribute
except AttributeError as e:
    print("AttributeError", e)
