// Builtins installed from their own files: exec/eval/compile/globals/locals/__import__, and
// open/input with the file objects behind them.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::modules {

// exec, eval, compile, globals, locals, __import__; then install_file_builtins.
void install_exec_builtins(vm::Interpreter& interp);

// open and input (src/modules/io_file.cpp).
void install_file_builtins(vm::Interpreter& interp);

// sys.stdin: a text file object reading file descriptor 0. Needs the sys module.
void install_stdin(vm::Interpreter& interp);

// importlib with import_module.
vm::Module* make_importlib_module(vm::Interpreter& interp);

// The os module (src/modules/os.cpp), which also registers os.path.
vm::Module* make_os_module(vm::Interpreter& interp);

// The io module: open, UnsupportedOperation, DEFAULT_BUFFER_SIZE.
vm::Module* make_io_module(vm::Interpreter& interp);

// aiter() and anext() (src/modules/builtins_async.cpp).
vm::Value builtin_aiter(vm::Interpreter& interp, const vm::Value* args, size_t nargs,
                        vm::Tuple* kwnames);
vm::Value builtin_anext(vm::Interpreter& interp, const vm::Value* args, size_t nargs,
                        vm::Tuple* kwnames);

// Adds io.StringIO and io.BytesIO (src/modules/io_memory.cpp) to the io module.
void add_memory_streams(vm::Interpreter& interp, vm::Module* io);

} // namespace coil::modules
