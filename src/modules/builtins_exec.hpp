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

} // namespace coil::modules
