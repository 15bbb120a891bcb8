// What the embedding layer gives the VM at start-up: run-time compilation and the embedded stdlib.
#pragma once
#include "vm/interpreter.hpp"

#include <string>
#include <vector>

namespace coil::api {

// Installs Interpreter::compile_hook (vm/compile_hook.hpp) and the embedded stdlib table.
void install_vm_hooks(vm::Interpreter& interp);

// sys.path as CPython starts it: `first` (the script's directory, or '' for -c), then the
// PYTHONPATH entries.
void init_sys_path(vm::Interpreter& interp, const std::string& first);

} // namespace coil::api
