// BaseException and the builtin exception hierarchy of CPython 3.11 (names, bases, str/repr).
//
// Every exception instance has the same layout; the attributes particular to some classes
// (StopIteration.value, SystemExit.code, NameError.name, OSError.errno, ...) live in the
// instance __dict__, set by the class's __init__ from the arguments as CPython's do.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string_view>

namespace coil::vm {

struct BaseException : Object {
    Dict* dict = nullptr; // at the type's dict_offset: __notes__ and class-specific attributes
    Tuple* args = nullptr;
    Value traceback = Value::none(); // __traceback__ (a traceback object, engine's) or None
    Value cause = Value::none();     // __cause__
    Value context = Value::none();   // __context__
    bool suppress_context = false;   // __suppress_context__
};

inline bool is_exception_instance(Value v) {
    return v.is_object() && v.as_object()->type->has_flag(TypeExceptionSubclass) &&
           !v.as_object()->type->has_flag(TypeTypeSubclass);
}
inline BaseException* as_exception(Value v) {
    return static_cast<BaseException*>(v.as_object());
}

// Makes an instance as `type(*args)` would for builtin exception classes (runs the class's
// native __init__ logic, so StopIteration(v).value is v). Never calls Python code.
BaseException* make_exception(Interpreter& interp, Type* type, Tuple* args);
// type(message)
BaseException* make_exception(Interpreter& interp, Type* type, std::string_view message);

// Is `type` BaseException or a subclass of it?
bool is_exception_class(Value v);

// The OSError subclass CPython picks for errno `err` (FileNotFoundError for ENOENT, ...).
Type* os_error_class_for(Interpreter& interp, int err);
// Does exception instance `exc` match an `except` clause's value (a class or a tuple of
// classes)? 1 yes, 0 no, -1 with TypeError "catching classes that do not inherit from
// BaseException is not allowed".
int exception_matches(Interpreter& interp, Value exc, Value clause);

// NameError "name 'x' is not defined" with .name set.
Value raise_name_not_defined(Interpreter& interp, Str* name);

// Attribute lookup of `name` on `obj` failed: when the pending exception is an AttributeError
// that names no attribute or object yet, sets its .name and .obj (CPython 3.11 does this for
// every failed lookup, also when __getattr__ raised the error).
void add_attribute_error_context(Interpreter& interp, Value obj, Str* name);

// StopIteration.value of an instance (None when absent).
Value stop_iteration_value(Interpreter& interp, BaseException* exc);
// Raises StopIteration(value) (for generator returns).
Value raise_stop_iteration(Interpreter& interp, Value value);

// str(exc) as CPython prints it after "TypeError: " in tracebacks (KeyError uses repr).
// nullptr with an exception pending on failure.
Str* exception_str(Interpreter& interp, Value exc);

// Marks the fields every exception has (the trace slot of BaseException; subclasses with more
// fields call it from theirs).
void trace_exception(Object* self, Tracer& tracer);

void init_exception_types(Interpreter& interp);

} // namespace coil::vm
