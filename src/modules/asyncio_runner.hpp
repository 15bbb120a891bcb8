// asyncio.Runner and asyncio.run (runners.py of CPython 3.11): a loop made on first use, tasks
// run to completion on it, and the shutdown that cancels what is left.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::modules {

// asyncio.run(main, *, debug=None)
vm::Value asyncio_run(vm::Interpreter& interp, const vm::Value* args, size_t nargs,
                      vm::Tuple* kwnames);

// The asyncio.Runner class.
vm::Type* make_runner_type(vm::Interpreter& interp);

} // namespace coil::modules
