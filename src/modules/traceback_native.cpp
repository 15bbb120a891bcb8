// _traceback: the VM's own traceback formatting, for stdlib/traceback.py.
#include "modules/module_builder.hpp"
#include "vm/code.hpp"
#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/int.hpp"
#include "vm/traceback.hpp"
#include "vm/tuple.hpp"

namespace coil::modules {

using namespace coil::vm;

namespace {

// format_exception(exc) -> the text the VM prints for an uncaught `exc`, chain included.
Value format_exception_text(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs != 1 || kwnames != nullptr) {
        return interp.raise_type_error("format_exception() takes exactly one argument");
    }
    if (!is_exception_instance(args[0])) {
        return interp.raise_type_error("format_exception() argument must be an exception");
    }
    return Str::make(interp, format_exception(interp, args[0]))->value();
}

// caller(depth=0) -> (filename, lineno, function name, globals) of the Python frame `depth`
// calls above the one calling caller(), as warnings and logging report where they were called.
Value caller_frame(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs > 1 || kwnames != nullptr) {
        return interp.raise_type_error("caller() takes at most one argument");
    }
    int64_t depth = 0;
    if (nargs == 1) {
        if (!args[0].is_small_int()) return interp.raise_type_error("depth must be an int");
        depth = args[0].as_small_int();
    }
    Frame* frame = interp.exec.current_frame;
    for (; frame != nullptr && depth > 0; --depth) frame = frame->previous;
    if (frame == nullptr || depth < 0) {
        return interp.raise(interp.exceptions.value_error, "call stack is not deep enough");
    }
    return Tuple::make(interp, {frame->code->filename->value(), make_int(interp, frame->line()),
                                frame->code->name->value(), frame->globals->value()})
        ->value();
}

// handled_exception() -> the exception an `except` or `finally` body is handling (what
// sys.exception() returns), or None.
Value handled_exception(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (nargs != 0 || kwnames != nullptr) {
        return interp.raise_type_error("handled_exception() takes no arguments");
    }
    return interp.exec.handled;
}

} // namespace

Module* make_traceback_native_module(Interpreter& interp) {
    Module* m = make_module(interp, "_traceback");
    module_def(interp, m, "format_exception", format_exception_text);
    module_def(interp, m, "caller", caller_frame);
    module_def(interp, m, "handled_exception", handled_exception);
    return m;
}

} // namespace coil::modules
