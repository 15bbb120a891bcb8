// Helpers shared by the native modules: filling a module's namespace and reading arguments.
#pragma once
#include "vm/dict.hpp"
#include "vm/interpreter.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <string>
#include <string_view>

namespace coil::modules {

// A fresh module named `name` (registered in sys.modules by the importer).
inline vm::Module* make_module(vm::Interpreter& interp, std::string_view name) {
    return vm::Module::make(interp, interp.intern(name));
}

inline void module_set(vm::Interpreter& interp, vm::Module* m, std::string_view name,
                       vm::Value value) {
    m->dict->set(interp, interp.intern(name), value);
}

// A builtin function of module `m` (its __module__ is the module's name).
inline void module_def(vm::Interpreter& interp, vm::Module* m, std::string_view name,
                       vm::NativeFn fn) {
    module_set(interp, m, name,
               vm::make_native_function(interp, name, fn, m->name->value())->value());
}

// A function that receives `self` as args[0], like a bound builtin method (random.random is
// a method of the module's hidden Random instance).
inline vm::NativeFunction* make_bound_native(vm::Interpreter& interp, std::string_view name,
                                             vm::NativeFn fn, vm::Type* owner, vm::Value self) {
    vm::NativeFunction* f = vm::make_native_function(interp, name, fn);
    f->owner = owner;
    f->self = self;
    f->flags = vm::NativeMethod;
    return f;
}

// The Python-visible type name of a value, for messages.
inline std::string type_name_of(vm::Interpreter& interp, vm::Value v) {
    return std::string(vm::type_name(interp, v));
}

} // namespace coil::modules
