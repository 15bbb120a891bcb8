// The native modules made on first import: one factory per module, each in its own file.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::modules {

// Fills interp.native_modules with every factory below.
void register_native_modules(vm::Interpreter& interp);

} // namespace coil::modules
