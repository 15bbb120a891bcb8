// Descriptor types: property, classmethod, staticmethod, and the getset descriptors through
// which builtin types expose computed attributes (int.real, float.imag, ...).
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string_view>

namespace coil::vm {

using GetterFn = Value (*)(Interpreter&, Value self);
using SetterFn = int (*)(Interpreter&, Value self, Value value); // absent value: delete

// Adds a read-only computed attribute to a builtin type.
void add_getter(Interpreter& interp, Type* type, std::string_view name, GetterFn getter);
// Adds a computed attribute to `type`'s namespace (a class's __dict__ and __weakref__);
// without a setter it is read-only.
void add_getset(Interpreter& interp, Type* type, Str* name, GetterFn getter, SetterFn setter);

// A member descriptor for a __slots__ name: reads and writes the Value at `offset` in
// instances of `owner`.
Value make_member_descriptor(Interpreter& interp, Type* owner, Str* name, uint32_t offset);

// The field offset of a member descriptor; false when `descr` is not one.
bool member_descriptor_offset(Interpreter& interp, Value descr, uint32_t* offset);

// Registers property, classmethod and staticmethod in interp.types and builtins.
void init_descriptor_types(Interpreter& interp);

} // namespace coil::vm
