// Python functions, the cells of their closures, and bound methods.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

struct CodeObject;
struct Str;
struct Tuple;
struct Dict;

struct Function : Object {
    CodeObject* code = nullptr;
    Dict* globals = nullptr;
    Dict* builtins = nullptr;   // the builtins namespace the globals had when it was made
    Tuple* defaults = nullptr;  // positional defaults, nullptr when none
    Dict* kwdefaults = nullptr; // keyword-only defaults, nullptr when none
    Tuple* closure = nullptr;   // one Cell per code->freevars, nullptr when none
    Str* name = nullptr;
    Str* qualname = nullptr;
    Value doc = Value::none();
    Value module = Value::none();
    Dict* dict = nullptr;        // function attributes, made on first store
    Dict* annotations = nullptr; // __annotations__, made on first read when the def had none
};

// A closure variable: what LOAD_DEREF reads. `contents` is absent while unbound.
struct Cell : Object {
    Value contents = Value::absent();
};

// `obj.method` when the function is looked up through an instance.
struct Method : Object {
    Value function;
    Value self;
};

inline bool is_function(const Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.function;
}
inline Function* as_function(Value v) {
    return static_cast<Function*>(v.as_object());
}
inline bool is_method(const Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.method;
}
inline Method* as_method(Value v) {
    return static_cast<Method*>(v.as_object());
}

Function* make_function(Interpreter& interp, CodeObject* code, Dict* globals);
Cell* make_cell(Interpreter& interp, Value contents);
Method* make_method(Interpreter& interp, Value function, Value self);

void init_function_types(Interpreter& interp);
// Called once the getset descriptor type exists (init_descriptor_types).
void add_function_getters(Interpreter& interp, Type* function_type);

} // namespace coil::vm
