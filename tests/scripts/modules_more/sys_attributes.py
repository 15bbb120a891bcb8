# sys: argv, maxsize, platform, version_info, byteorder, modules, stdout/stderr writes, flags.
import sys

print(sys.argv[0].endswith("sys_attributes.py"), len(sys.argv), sys.argv[1:])
print(sys.maxsize == 2 ** 63 - 1, sys.platform, sys.byteorder)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.implementation.name in ("cpython", "coil"), isinstance(sys.version, str))
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
n = sys.stdout.write("written\n")
print(n)
sys.stdout.flush()
print(sys.stdout.isatty() in (True, False), sys.stderr.write("to stderr\n"))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print(sys.getrecursionlimit(), callable(sys.exit), sys.float_info.max > 1e300, sys.maxunicode)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.float_info.dig)
print(isinstance(sys.executable, str), sys.dont_write_bytecode in (True, False))
print(sys.getdefaultencoding())
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__)
print(sys.intern("abc") == "abc", sys.getsizeof(1) > 0)
try:
    sys.intern(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.no_such_attr
except AttributeError as e:
    print(type(e).__name__, e)
print(sys.exc_info(), sys.flags.optimize)
