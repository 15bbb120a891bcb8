// types.MethodType(function, instance): constructing a bound method from Python.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

// The method type's new_ slot, with CPython's argument errors.
Value new_method(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames);

} // namespace coil::vm
