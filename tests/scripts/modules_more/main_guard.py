# __name__ == "__main__" in the script; imported modules see their own name; runpy-free checks.
import sys

import _main_guard

if __name__ == "__main__":
    print("script is main")
print(_main_guard.__name__, sys.modules[__name__] is sys.modules["__main__"])
main = sys.modules["__main__"]
main.injected = "via module object"
print(injected)
print(globals() is main.__dict__, vars(main) is globals())
print(__builtins__ is sys.modules["builtins"] or __builtins__ is vars(sys.modules["builtins"]))
print(__spec__)
