// The table of native modules importable by name; a module's file defines its factory.
#include "modules/native_modules.hpp"

#include "modules/builtins_exec.hpp"

namespace coil::modules {

vm::Module* make_random_module(vm::Interpreter& interp);
vm::Module* make_math_module(vm::Interpreter& interp);
vm::Module* make_functools_module(vm::Interpreter& interp);
vm::Module* make_collections_module(vm::Interpreter& interp);
vm::Module* make_itertools_module(vm::Interpreter& interp);
vm::Module* make_time_module(vm::Interpreter& interp);
vm::Module* make_operator_module(vm::Interpreter& interp);
vm::Module* make_heapq_module(vm::Interpreter& interp);
vm::Module* make_bisect_module(vm::Interpreter& interp);
vm::Module* make_asyncio_module(vm::Interpreter& interp);
vm::Module* make_traceback_native_module(vm::Interpreter& interp);
vm::Module* make_contextvars_module(vm::Interpreter& interp);
vm::Module* make_gc_module(vm::Interpreter& interp);
vm::Module* make_json_speedups_module(vm::Interpreter& interp);

void register_native_modules(vm::Interpreter& interp) {
    interp.native_modules["os"] = make_os_module;
    interp.native_modules["io"] = make_io_module;
    interp.native_modules["importlib"] = make_importlib_module;
    interp.native_modules["random"] = make_random_module;
    interp.native_modules["math"] = make_math_module;
    interp.native_modules["_functools"] = make_functools_module;
    interp.native_modules["_collections"] = make_collections_module;
    interp.native_modules["itertools"] = make_itertools_module;
    interp.native_modules["time"] = make_time_module;
    interp.native_modules["operator"] = make_operator_module;
    interp.native_modules["heapq"] = make_heapq_module;
    interp.native_modules["bisect"] = make_bisect_module;
    interp.native_modules["asyncio"] = make_asyncio_module;
    interp.native_modules["_traceback"] = make_traceback_native_module;
    interp.native_modules["contextvars"] = make_contextvars_module;
    interp.native_modules["gc"] = make_gc_module;
    interp.native_modules["_json"] = make_json_speedups_module;
}

} // namespace coil::modules
