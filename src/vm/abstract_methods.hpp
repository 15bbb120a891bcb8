// The abstract-class check of object.__new__: a class whose __abstractmethods__ is non-empty
// (abc.ABCMeta sets it) cannot be instantiated.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

// Raises CPython's TypeError "Can't instantiate abstract class F with abstract methods a, b"
// and returns true when `type` has abstract methods left; false (nothing raised) otherwise.
bool refuse_abstract_class(Interpreter& interp, Type* type);

// Only a class with a metaclass other than type can carry __abstractmethods__ (ABCMeta
// computes it), so plain classes pay one compare.
inline bool instantiation_refused(Interpreter& interp, Type* type) {
    return type->type != interp.types.type && refuse_abstract_class(interp, type);
}

} // namespace coil::vm
