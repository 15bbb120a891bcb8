// The native modules every interpreter starts with: builtins and sys.
#pragma once
#include "vm/interpreter.hpp"

#include <string>
#include <vector>

namespace coil::modules {

// Fills interp.builtins with the builtin functions and creates `sys` (argv from `argv`), then
// registers both in sys.modules. Call once, right after constructing the Interpreter.
void open_core_modules(vm::Interpreter& interp, const std::vector<std::string>& argv);

void install_builtins(vm::Interpreter& interp);
void install_sys(vm::Interpreter& interp, const std::vector<std::string>& argv);

} // namespace coil::modules
