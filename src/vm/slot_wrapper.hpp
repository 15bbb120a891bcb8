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

// Adds special method `name` to builtin class `type` as a slot wrapper calling `fn` with self
// first, for the special methods CPython has as slot wrappers but coil has no slot for
// (int.__abs__, float.__divmod__): they then look and fail like the slot-backed ones.
void add_slot_wrapper(Interpreter& interp, Type* type, const char* name, NativeFn fn);
// Checks the argument count of such a method as CPython's slot wrappers do: TypeError
// "expected 1 argument, got 0". `nargs` counts self.
bool check_slot_arity(Interpreter& interp, size_t nargs, size_t expected);

void init_slot_wrapper_type(Interpreter& interp);

} // namespace coil::vm
