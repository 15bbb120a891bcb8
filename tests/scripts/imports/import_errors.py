# ModuleNotFoundError and ImportError messages and attributes.
import sys

def attempt(stmt):
    try:
        exec(stmt, {})
    except ImportError as e:
        msg = str(e).replace(sys.path[0], "<dir>")
        print(type(e).__name__, "|", msg, "|", e.name)

attempt("import no_such_module_xyz")
attempt("import no_such_package_xyz.sub")
attempt("import _mod_a.sub")
attempt("import _mod_a.sub.deeper")
attempt("import _pkg.no_such_sub")
attempt("from _pkg import no_such_thing")
attempt("from _mod_a import no_such_name")
attempt("from sys import no_such_name")
attempt("from _pkg.helper import missing")
attempt("import _nope as n")
attempt("from no_such_module_xyz import a")

print(issubclass(ModuleNotFoundError, ImportError))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(repr(e), e.args, e.name, e.path, e.msg)
try:
    from _mod_a import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, e.path.endswith("_mod_a.py"))

# A None in sys.modules stops the import.
sys.modules["_blocked"] = None
attempt("import _blocked")
attempt("from _blocked import x")
del sys.modules["_blocked"]
attempt("import _blocked")
