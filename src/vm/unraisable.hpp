// Reporting an exception nothing can catch (an error while finalizing an object), as CPython's
// default sys.unraisablehook prints it.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::vm {

// Takes the pending exception and writes "Exception ignored in: <repr(obj)>" and its traceback
// to sys.stderr. An exception without a traceback gets the running frame's line, as CPython
// gives it. Leaves nothing pending.
void report_unraisable(Interpreter& interp, Value obj);

// Writes `text` to sys.stderr (the stream object sys.stderr is bound to now, which a program
// may have replaced), or to the process's stderr when that fails.
void write_to_sys_stderr(Interpreter& interp, const std::string& text);

} // namespace coil::vm
