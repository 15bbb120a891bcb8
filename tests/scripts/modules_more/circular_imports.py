# Circular imports: partially initialised modules, from-imports that fail, and late attribute use.
import _cyc_one
import _cyc_two

print(_cyc_two.PARTIAL, _cyc_one.use_two(), _cyc_two.use_one())
try:
    import _cyc_from_x
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
import sys
print("_cyc_from_x" in sys.modules, "_cyc_from_y" in sys.modules)
