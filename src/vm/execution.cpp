// The engine's types and roots.
#include "vm/execution.hpp"

#include "vm/code.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/traceback.hpp"

namespace coil::vm {

void init_engine_types(Interpreter& interp) {
    init_code_type(interp);
    init_function_types(interp);
    init_frame_type(interp);
    init_traceback_type(interp);
    init_generator_types(interp);
}

void trace_execution(ExecutionState& exec, Tracer& tracer) {
    // Each frame marks its caller, so the innermost one reaches every running frame.
    tracer.mark(exec.current_frame);
    tracer.mark(exec.handled);
    for (Value v : exec.resumers_handled) tracer.mark(v);
    tracer.mark(exec.asyncgen_firstiter);
    tracer.mark(exec.asyncgen_finalizer);
}

} // namespace coil::vm
