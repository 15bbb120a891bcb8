// Frame allocation and tracing.
#include "vm/frame.hpp"

#include "vm/dict.hpp"
#include "vm/function.hpp"
#include "vm/heap.hpp"
#include "vm/type.hpp"

namespace coil::vm {

Frame* make_frame(Interpreter& interp, CodeObject* code, Dict* globals, Dict* builtins) {
    const uint32_t n = code->frame_slots();
    const size_t size = sizeof(Frame) + sizeof(Value) * (n ? n - 1 : 0);
    Frame* f = interp.heap().make_sized<Frame>(interp.types.frame, size);
    f->code = code;
    f->globals = globals;
    f->builtins = builtins;
    Value* slot = f->slots;
    for (uint32_t i = 0; i < code->nlocals + code->ncells; ++i) *slot++ = Value::absent();
    // Stack slots are traced whole, so they must hold valid values from the start.
    for (uint32_t i = 0; i < code->stack_size; ++i) *slot++ = Value::none();
    return f;
}

namespace {

void frame_trace(Object* self, Tracer& tracer) {
    auto* f = static_cast<Frame*>(self);
    tracer.mark(f->previous);
    tracer.mark(f->code);
    tracer.mark(f->function);
    tracer.mark(f->globals);
    tracer.mark(f->builtins);
    tracer.mark(f->locals);
    // The whole stack area, not just up to the saved depth: values above it are stale but
    // valid, and tracing them means the running frame never has to publish its depth.
    tracer.mark_range(f->slots, f->slots + f->code->frame_slots());
}

} // namespace

void init_frame_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "frame", interp.types.object, sizeof(Frame), 0);
    t->slots.trace = frame_trace;
    interp.types.frame = t;
}

} // namespace coil::vm
