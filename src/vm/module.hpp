// module: a namespace (a Dict) with a name; attribute access reads and writes the dict.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string_view>

namespace coil::vm {

struct Module : Object {
    // A module whose namespace holds __name__ (and __doc__ None, like CPython's).
    static Module* make(Interpreter& interp, Str* name);

    Dict* dict = nullptr; // at the type's dict_offset
    Str* name = nullptr;
    // Its code is running for the first import: a circular import sees it partially
    // initialized (CPython's __spec__._initializing), and the errors say so.
    bool initializing = false;
};

inline bool is_module(const Interpreter& interp, Value v) {
    return v.is_object() && v.as_object()->type == interp.types.module;
}
inline Module* as_module(Value v) {
    return static_cast<Module*>(v.as_object());
}

// Registers `module` in interp.modules (sys.modules) under its name.
void register_module(Interpreter& interp, Module* module);

struct EmbeddedModule;
// The embedded stdlib module called `name` (dotted), or nullptr.
const EmbeddedModule* find_embedded_module(const Interpreter& interp, std::string_view name);

void init_module_type(Interpreter& interp);

} // namespace coil::vm
