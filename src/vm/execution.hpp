// ExecutionState: the engine's part of the Interpreter (running frames, recursion depth).
#pragma once
#include "vm/value.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace coil::vm {

class Interpreter;
class Tracer;
struct Frame;

struct ExecutionState {
    Frame* current_frame = nullptr; // innermost running frame
    uint32_t depth = 0;             // Python frames plus native re-entries (RecursionError)
    uint32_t recursion_limit = 1000;
    // The exception being handled by an `except` or `finally` body (sys.exception()), None
    // when there is none. PUSH_EXC_INFO saves it on the value stack, POP_EXCEPT restores it.
    Value handled = Value::none();
    // What `handled` was when each running generator was resumed, innermost last: restored
    // when it yields or finishes (generator_resumed/suspended/finished).
    std::vector<Value> resumers_handled;
    // sys.set_asyncgen_hooks(): called with an async generator when it first runs, and kept
    // by it as its finalizer (None when unset).
    Value asyncgen_firstiter = Value::none();
    Value asyncgen_finalizer = Value::none();
    // Nested dispatch loops (C++ code calling Python). Their C stack use is bounded separately
    // from `depth` so that no recursion limit can overflow the C stack.
    uint32_t reentries = 0;
    const char* c_stack_top = nullptr; // address of a local in the outermost dispatch loop
    size_t c_stack_budget = 0;         // bytes the nested loops may use below c_stack_top
};

// Creates the engine's builtin types (function, code, cell, frame, traceback, method...) and
// stores them in interp.types. Called once by the Interpreter's constructor.
void init_engine_types(Interpreter& interp);

// Marks everything the running frames hold (called from Interpreter::trace_roots).
void trace_execution(ExecutionState& exec, Tracer& tracer);

} // namespace coil::vm
