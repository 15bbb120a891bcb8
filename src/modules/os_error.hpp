// OSError and its errno subclasses as the file and os functions raise them.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::modules {

// Raises the OSError subclass CPython picks for `err` (FileNotFoundError for ENOENT, ...)
// with errno, strerror and, unless absent, filename: "[Errno 2] No such file or directory:
// 'x'". Returns Value::error().
vm::Value raise_os_error(vm::Interpreter& interp, int err, vm::Value filename);

} // namespace coil::modules
