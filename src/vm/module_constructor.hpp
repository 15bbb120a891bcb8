// types.ModuleType(name, doc=None): making a module object from Python.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

// The module type's new_ slot, with CPython's argument errors. Subclasses of module are not
// instantiable (their layout would need the class's own fields).
Value new_module(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames);

} // namespace coil::vm
