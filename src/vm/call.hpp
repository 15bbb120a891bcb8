// The call protocol for Python functions: argument binding with CPython's messages, frame
// set-up, and the entry points through which C++ runs Python code.
#pragma once
#include "vm/code.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <cstddef>

namespace coil::vm {

struct CodeObject;
struct Dict;
struct Frame;
struct Function;
struct Tuple;

// prepare_call for every call but the simplest.
Frame* prepare_call_binding(Interpreter& interp, Function* func, const Value* args, size_t nargs,
                            Tuple* kwnames);

// A frame for calling `func` with vectorcall arguments, parameters bound, cells made and
// free variables copied in. nullptr with TypeError pending when the arguments do not fit
// ("f() missing 1 required positional argument: 'x'", ...). Inline for the most common call,
// positional arguments filling exactly the parameters of a function without cells, as
// CPython 3.11's CALL_PY_EXACT_ARGS.
inline Frame* prepare_call(Interpreter& interp, Function* func, const Value* args, size_t nargs,
                           Tuple* kwnames) {
    CodeObject* co = func->code;
    if (kwnames || nargs != co->total_args || co->argcount != co->total_args || co->ncells) {
        return prepare_call_binding(interp, func, args, nargs, kwnames);
    }
    Frame* frame = make_frame(interp, co, func->globals, func->builtins);
    Value* locals = frame->locals_plus();
    for (size_t i = 0; i < nargs; ++i) locals[i] = args[i];
    return frame;
}

// Calls `func` from C++ (a native calling back into Python): runs a nested dispatch loop,
// which counts towards the recursion limit.
Value call_function(Interpreter& interp, Function* func, const Value* args, size_t nargs,
                    Tuple* kwnames);

// Runs module-level code with `globals` as its namespace (and locals).
Value run_module_code(Interpreter& interp, CodeObject* code, Dict* globals);

// The dispatch loop (interp.cpp): runs `frame` until it returns (or, for a generator's
// frame, yields: frame->suspended is then set), then unlinks it. With `throwing`, the pending
// exception is raised at the frame's last instruction instead of resuming it. When the loop
// refuses to start (the recursion limit), it returns error() and leaves frame->suspended as
// it was.
Value run_frame(Interpreter& interp, Frame* frame, bool throwing = false);

// The result of calling a Python function whose frame `prepare_call` made: a generator for
// generator code (nothing runs yet), else the function's return value.
Value finish_call(Interpreter& interp, Frame* frame);

} // namespace coil::vm
