// super: the proxy that finds attributes after a given class in an MRO.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::vm {

// Creates the super class in interp.types (builtins binds it by name).
void init_super_type(Interpreter& interp);

} // namespace coil::vm
