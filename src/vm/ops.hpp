// The abstract operations the interpreter loop calls (CPython's abstract.c/object.c), in
// namespace ops (ops::binary_op, ops::repr, ...): each
// dispatches through the operand types' slots. On failure they return Value::error() (or -1,
// or nullptr) with an exception pending on the interpreter.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <cstdint>

namespace coil::vm::ops {

// The operator's spelling in messages: "+", "//", "**" ... and the in-place form "+=".
const char* binary_op_symbol(BinaryOp op);
const char* inplace_op_symbol(BinaryOp op);

// a <op> b with the reflected-operand protocol: a subclass's reflected method goes first,
// NotImplemented defers to the other operand, and TypeError
// "unsupported operand type(s) for +: 'int' and 'str'" when neither handles it.
Value binary_op(Interpreter& interp, BinaryOp op, Value a, Value b);
// a <op>= b: tries the in-place slot first, then binary_op.
Value inplace_op(Interpreter& interp, BinaryOp op, Value a, Value b);

// Rich comparison with the reflected protocol; == and != fall back to identity.
// TypeError "'<' not supported between instances of 'int' and 'str'".
Value compare(Interpreter& interp, CompareOp op, Value a, Value b);
// compare() reduced to truth: 1, 0, or -1 on failure.
int compare_bool(Interpreter& interp, CompareOp op, Value a, Value b);
// a == b for containers: identity first, as CPython's PyObject_RichCompareBool does.
int equals(Interpreter& interp, Value a, Value b);

Value negative(Interpreter& interp, Value v); // -v
Value positive(Interpreter& interp, Value v); // +v
Value invert(Interpreter& interp, Value v);   // ~v
int truthy(Interpreter& interp, Value v);     // bool(v): 1, 0, or -1 on failure

// repr(v) and str(v); nullptr with an exception pending on failure.
Str* repr(Interpreter& interp, Value v);
Str* str(Interpreter& interp, Value v);
// hash(v); -1 on failure (a real hash is never -1, as in CPython).
// TypeError "unhashable type: 'list'".
int64_t hash(Interpreter& interp, Value v);

// obj.name; AttributeError "'int' object has no attribute 'x'".
Value get_attr(Interpreter& interp, Value obj, Str* name);
// obj.name, or Value::absent() without an exception when it is missing (getattr default,
// hasattr); error() for other failures.
Value get_attr_optional(Interpreter& interp, Value obj, Str* name);
int set_attr(Interpreter& interp, Value obj, Str* name, Value value);
int del_attr(Interpreter& interp, Value obj, Str* name);

// Whether class attribute `descr` is a plain method that get_method calls with the instance
// prepended: a Python function, a native method descriptor or a slot wrapper.
bool binds_as_method(Interpreter& interp, Value descr);

// CPython's _PyObject_GetMethod for `obj.name(...)`: when the attribute is a plain method
// found on the class (a Python function or a native method descriptor), stores it in *method
// and returns true: call it with obj prepended, no bound method is allocated. Otherwise
// stores the attribute value itself and returns false. Value::error() in *method on failure.
bool get_method(Interpreter& interp, Value obj, Str* name, Value* method);

Value get_item(Interpreter& interp, Value container, Value key);
int set_item(Interpreter& interp, Value container, Value key, Value value);
int del_item(Interpreter& interp, Value container, Value key);

// iter(v): TypeError "'int' object is not iterable".
Value get_iter(Interpreter& interp, Value v);
// next(it): Value::absent() when exhausted (no StopIteration is raised), error() on failure.
Value iter_next(Interpreter& interp, Value iterator);

// callable(*args): `nargs` counts all argument values, the keyword values (named by kwnames)
// last, as CPython's CALL does; TypeError "'int' object is not callable".
Value call(Interpreter& interp, Value callable, const Value* args, size_t nargs,
           Tuple* kwnames = nullptr);
inline Value call0(Interpreter& interp, Value callable) {
    return call(interp, callable, nullptr, 0);
}
inline Value call1(Interpreter& interp, Value callable, Value a) {
    return call(interp, callable, &a, 1);
}
// A method of obj by name: obj.name(*args).
Value call_method(Interpreter& interp, Value obj, Str* name, const Value* args, size_t nargs);

// len(v): TypeError "object of type 'int' has no len()"; -1 on failure.
int64_t len(Interpreter& interp, Value v);
// item in container: 1, 0, -1. TypeError "argument of type 'int' is not iterable".
int contains(Interpreter& interp, Value container, Value item);
// operator.index(v): ints (and bools) and __index__; TypeError otherwise. Returns the int.
Value index(Interpreter& interp, Value v);

// isinstance / issubclass with tuples of classes; 1, 0, -1.
int isinstance(Interpreter& interp, Value obj, Value cls);
int issubclass(Interpreter& interp, Value cls, Value base);

} // namespace coil::vm::ops
