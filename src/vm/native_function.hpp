// Builtin functions and methods implemented in C++ (builtin_function_or_method and
// method_descriptor). A method of a builtin type receives its `self` as args[0].
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <initializer_list>
#include <string_view>

namespace coil::vm {

enum NativeFlag : uint32_t {
    NativeMethod = 1 << 0,      // a method of `owner`: args[0] is self
    NativeClassMethod = 1 << 1, // binds to the class (dict.fromkeys)
    NativeStaticMethod = 1 << 2,
};

struct NativeFunction : Object {
    NativeFn fn = nullptr;
    Str* name = nullptr;
    Type* owner = nullptr;        // the class a method belongs to
    Value self = Value::absent(); // bound receiver (a bound builtin method); absent otherwise
    Value module = Value::none(); // __module__ for plain functions ("builtins")
    uint32_t flags = 0;
};

// A plain builtin function (len, print, sys.exit...).
NativeFunction* make_native_function(Interpreter& interp, std::string_view name, NativeFn fn,
                                     Value module = Value::none());
// Adds a method to a builtin type's namespace.
void add_method(Interpreter& interp, Type* type, std::string_view name, NativeFn fn,
                uint32_t flags = NativeMethod);
// Calls a builtin function, prepending the bound self if there is one.
Value call_native(Interpreter& interp, NativeFunction* f, const Value* args, size_t nargs,
                  Tuple* kwnames);

// --- Argument checking helpers, with CPython's messages.

// "f() takes no keyword arguments"
bool reject_keywords(Interpreter& interp, std::string_view fname, Tuple* kwnames);
// Arity check in the argument-clinic wording: "f expected 2 arguments, got 1",
// "f expected at most 2 arguments, got 3", "f expected at least 1 argument, got 0".
bool check_arity(Interpreter& interp, std::string_view fname, size_t nargs, size_t min, size_t max);
// METH_O: "f() takes exactly one argument (2 given)".
bool check_one_arg(Interpreter& interp, std::string_view fname, size_t nargs);
// METH_NOARGS: "f() takes no arguments (1 given)".
bool check_no_args(Interpreter& interp, std::string_view fname, size_t nargs);
// Binds positional and keyword arguments to `names` (out[i] = Value::absent() when not
// given). `positional_only` names cannot be passed by keyword. Messages as CPython's
// argument parser: "f() got an unexpected keyword argument 'x'",
// "f() takes at most 2 arguments (3 given)", "f() missing required argument 'x' (pos 1)".
bool bind_native_args(Interpreter& interp, std::string_view fname, const Value* args, size_t nargs,
                      Tuple* kwnames, std::initializer_list<std::string_view> names,
                      size_t required, size_t positional_only, Value* out);

void init_native_function_types(Interpreter& interp);

} // namespace coil::vm
