// The import statement's semantics: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

struct Dict;
struct Str;

// __import__(name, fromlist=fromlist, level=level) for the modules in sys.modules: the leaf
// module when fromlist is a non-empty tuple, else the top-level one. ModuleNotFoundError /
// ImportError with CPython's messages otherwise. Modules that are not loaded yet will come
// from the embedded stdlib loader, which plugs in where a name is missing.
Value import_name(Interpreter& interp, Str* name, Value fromlist, Value level);

// `from module import name`: ImportError "cannot import name 'x' from 'm' (unknown location)".
Value import_from(Interpreter& interp, Value module, Str* name);

// `from module import *` into `locals`: __all__ if the module has it, else its public names.
bool import_star(Interpreter& interp, Value module, Dict* locals);

} // namespace coil::vm
