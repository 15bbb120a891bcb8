// The slots of classes written in Python: each calls the class's special method (CPython's
// slot_tp_repr, slot_nb_add, ...), so the interpreter reaches a Python __add__ through the same
// one indirect call as a builtin one.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

// Sets each slot of class `type` from the special methods along its MRO: the dispatching
// function when the first class defining the method is written in Python, else the slot of
// the builtin class the instances are laid out as.
void update_slots(Interpreter& interp, Type* type);

// Whether instances of `type` are initialised by a Python-level __init__.
bool has_python_init(const Type* type);

// Whether `a ** b` on instances of `type` calls a Python-level __pow__ or __rpow__.
bool has_python_power(const Type* type);

// `name` was set or deleted in the namespace of class `type`: bumps the version of the class
// and of every subclass and, for a special method, refreshes their slots.
void class_attribute_changed(Interpreter& interp, Type* type, Str* name);

// Looks special method `name` up on type(self), as the interpreter does (never on the
// instance), and calls it with self prepended. `nargs` counts every argument value, the
// keyword values (named by kwnames) last. Value::absent() without an exception when the
// class has no such method.
Value call_special(Interpreter& interp, Value self, Str* name, const Value* args, size_t nargs,
                   Tuple* kwnames = nullptr);

// next(iterator) for `yield from`: when it is exhausted, sets *done and returns the value
// its StopIteration carried (None from builtin iterators, which carry none).
Value next_for_yield_from(Interpreter& interp, Value iterator, bool* done);

} // namespace coil::vm
