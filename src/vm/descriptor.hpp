// Descriptor types: property, classmethod, staticmethod, and the getset descriptors through
// which builtin types expose computed attributes (int.real, float.imag, ...).
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string_view>

namespace coil::vm {

using GetterFn = Value (*)(Interpreter&, Value self);

// Adds a read-only computed attribute to a builtin type.
void add_getter(Interpreter& interp, Type* type, std::string_view name, GetterFn getter);

// Registers property, classmethod and staticmethod in interp.types and builtins.
void init_descriptor_types(Interpreter& interp);

} // namespace coil::vm
