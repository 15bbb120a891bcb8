# A module whose code raises is removed from sys.modules; importing it again runs it again.
import sys

try:
    import _fails_once
except ValueError as e:
    print("ValueError", e)
print("_fails_once" in sys.modules)
import _fails_once
print(_fails_once.OK, "_fails_once" in sys.modules)

try:
    import _raises
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print("_raises" in sys.modules)

# A module may replace itself in sys.modules; import gives the replacement.
import _replaces_self
print(repr(_replaces_self))
