# The __main__ module's namespace.
import sys

print(__name__, __package__, __spec__, __doc__)
print(list(globals())[:8])
print(sys.modules["__main__"].__name__, sys.modules["__main__"] is sys.modules[__name__])
print(__file__.endswith("import_main.py"), __builtins__.__name__)
if __name__ == "__main__":
    print("run as a script")
import _mod_a
print(_mod_a.__name__ != "__main__")
