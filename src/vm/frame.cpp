// Frame allocation and tracing.
#include "vm/frame.hpp"

#include "vm/dict.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/type.hpp"

namespace coil::vm {

namespace {

// Frames up to this many slots are recycled, at most `pool_depth` of each size.
constexpr uint32_t pooled_slots = 64;
constexpr size_t pool_depth = 64;

} // namespace

Frame* make_frame(Interpreter& interp, CodeObject* code, Dict* globals, Dict* builtins) {
    const uint32_t n = code->frame_slots();
    Frame* f;
    auto& pool = interp.exec.frame_pool;
    if (n < pool.size() && !pool[n].empty()) {
        f = pool[n].back();
        pool[n].pop_back();
    } else {
        const size_t size = sizeof(Frame) + sizeof(Value) * (n ? n - 1 : 0);
        f = interp.heap().make_sized<Frame>(interp.types.frame, size);
    }
    f->code = code;
    f->returns_self = false;
    f->globals = globals;
    f->builtins = builtins;
    Value* slot = f->slots;
    for (uint32_t i = 0; i < code->nlocals + code->ncells; ++i) *slot++ = Value::absent();
    // Stack slots are traced whole, so they must hold valid values from the start.
    for (uint32_t i = 0; i < code->stack_size; ++i) *slot++ = Value::none();
    return f;
}

void release_frame(Interpreter& interp, Frame* frame) {
    if (frame->escaped) return;
    const uint32_t n = frame->code->frame_slots();
    auto& pool = interp.exec.frame_pool;
    if (n >= pooled_slots) return;
    if (pool.size() <= n) pool.resize(pooled_slots);
    if (pool[n].size() >= pool_depth) return;
    // A pooled frame holds no references: its tracer stops at the missing code.
    frame->previous = nullptr;
    frame->code = nullptr;
    frame->function = nullptr;
    frame->globals = nullptr;
    frame->builtins = nullptr;
    frame->locals = nullptr;
    frame->pc = 0;
    frame->lasti = 0;
    frame->stack_depth = 0;
    frame->is_entry = false;
    pool[n].push_back(frame);
}

namespace {

void frame_trace(Object* self, Tracer& tracer) {
    auto* f = static_cast<Frame*>(self);
    if (!f->code) return; // pooled for reuse
    tracer.mark(f->previous);
    tracer.mark(f->code);
    tracer.mark(f->function);
    tracer.mark(f->generator);
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
