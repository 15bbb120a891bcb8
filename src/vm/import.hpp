// The import system: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR, __import__ and import_module.
//
// A module is found, in this order: sys.modules; the native modules (interp.native_modules);
// the embedded stdlib (stdlib/**/*.py compiled into the binary); then, for a top-level name,
// the directories of sys.path, and for a submodule its parent package's __path__. Unlike
// CPython, where only builtin modules shadow the script's directory, the whole embedded stdlib
// comes before sys.path: a user file named like a stdlib module does not replace it.
// In a directory, a package (name/__init__.py) wins over a module (name.py); a directory
// without __init__.py is a namespace package when nothing else matches on the whole path.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <cstdint>
#include <string_view>

namespace coil::vm {

struct Dict;
struct Str;

// IMPORT_NAME: __import__(name, globals of the running frame, None, fromlist, level).
Value import_name(Interpreter& interp, Str* name, Value fromlist, Value level);

// __import__(name, globals, locals, fromlist, level) as CPython's
// PyImport_ImportModuleLevelObject: relative names resolved against `globals` (__package__,
// else __name__ and __path__), the top-level package returned unless `fromlist` is non-empty,
// in which case the named module is returned and fromlist names that are submodules of a
// package are imported. `globals` may be absent or None for absolute imports.
Value import_module_level(Interpreter& interp, Str* name, Value globals, Value fromlist,
                          int64_t level);

// importlib.import_module(name, package): the named module itself (not its top-level package).
Value import_module(Interpreter& interp, Str* name, Value package);

// `from module import name`: the attribute, else the submodule sys.modules["module.name"],
// else ImportError "cannot import name 'x' from 'm' (/path/m.py)" (or "(unknown location)",
// or "from partially initialized module 'm' (most likely due to a circular import)").
Value import_from(Interpreter& interp, Value module, Str* name);

// `from module import *` into `locals`: __all__ if the module has it, else its public names.
bool import_star(Interpreter& interp, Value module, Dict* locals);

} // namespace coil::vm
