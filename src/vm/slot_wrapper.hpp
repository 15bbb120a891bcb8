// Slot wrappers: the special methods of builtin classes as Python sees them (list.__len__,
// int.__add__, dict.__setitem__), each calling one slot of its class directly, so that
// super().__getitem__(i) in a subclass reaches the builtin behaviour.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

// Adds the slot wrappers of every builtin class along type's MRO that does not have them yet
// (made on first need, which keeps start-up cheap). Returns whether it added any.
bool ensure_slot_wrappers(Interpreter& interp, Type* type);

// Whether `name` looks like a special method (__x__), the only names ensure_slot_wrappers adds.
bool is_special_name(const Str* name);

void init_slot_wrapper_type(Interpreter& interp);

} // namespace coil::vm
