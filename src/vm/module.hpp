// module: a namespace (a Dict) with a name; attribute access reads and writes the dict.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

struct Module : Object {
    // A module whose namespace holds __name__ (and __doc__ None, like CPython's).
    static Module* make(Interpreter& interp, Str* name);

    Dict* dict = nullptr; // at the type's dict_offset
    Str* name = nullptr;
};

// Registers `module` in interp.modules (sys.modules) under its name.
void register_module(Interpreter& interp, Module* module);

void init_module_type(Interpreter& interp);

} // namespace coil::vm
