// Frame allocation and tracing.
#include "vm/frame.hpp"

#include "vm/dict.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/heap.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

#include <cstdio>
#include <string>

namespace coil::vm {

Frame* allocate_frame(Interpreter& interp, CodeObject* code) {
    const uint32_t n = code->frame_slots();
    const size_t size = sizeof(Frame) + sizeof(Value) * (n ? n - 1 : 0);
    Frame* f = interp.heap().make_sized<Frame>(interp.types.frame, size);
    f->code = code;
    return f;
}

namespace {

void frame_trace(Object* self, Tracer& tracer) {
    auto* f = static_cast<Frame*>(self);
    if (f->spare) return; // its code object keeps it
    tracer.mark(f->previous);
    tracer.mark(f->code);
    tracer.mark(f->generator);
    tracer.mark(f->globals);
    tracer.mark(f->builtins);
    tracer.mark(f->locals);
    // The whole stack area, not just up to the saved depth: values above it are stale but
    // valid, and tracing them means the running frame never has to publish its depth.
    tracer.mark_range(f->slots, f->slots + f->code->frame_slots());
}

// f_locals of a function frame: a snapshot of its bound locals and closure variables.
Value function_frame_locals(Interpreter& interp, Frame* f) {
    Dict* d = Dict::make(interp);
    Rooted keep(interp.shadow_roots(), d->value());
    CodeObject* code = f->code;
    for (uint32_t i = 0; i < code->nlocals; ++i) {
        const Value v = f->locals_plus()[i];
        if (!v.is_absent()) d->set(interp, code->varnames[i], v);
    }
    const size_t ncellvars = code->cellvars.size();
    for (uint32_t i = 0; i < code->ncells; ++i) {
        const Value cell = f->cells()[i];
        if (!cell.is_object() || cell.as_object()->type != interp.types.cell) continue;
        const Value v = static_cast<Cell*>(cell.as_object())->contents;
        if (v.is_absent()) continue;
        d->set(interp, i < ncellvars ? code->cellvars[i] : code->freevars[i - ncellvars], v);
    }
    return d->value();
}

Value frame_getattr(Interpreter& interp, Value self, Str* name, bool suppress_missing) {
    auto* f = static_cast<Frame*>(self.as_object());
    const std::string_view n = name->view();
    if (f->code && n.starts_with("f_")) {
        const std::string_view attr = n.substr(2);
        if (attr == "code") return f->code->value();
        if (attr == "lineno") return Value::from_small_int(f->line());
        if (attr == "lasti") return Value::from_small_int(int64_t{f->lasti} * 2);
        if (attr == "globals") return f->globals->value();
        if (attr == "builtins") return f->builtins->value();
        if (attr == "back") {
            // `previous` is only known to be alive while this frame runs: a finished caller
            // may have been recycled.
            bool running = false;
            for (Frame* r = interp.exec.current_frame; r && !running; r = r->previous) {
                running = r == f;
            }
            if (!running || !f->previous) return Value::none();
            f->previous->escaped = true;
            return f->previous->value();
        }
        if (attr == "locals") {
            if (f->locals) return f->locals->value();
            if (!(f->code->flags & CodeOptimized)) return f->globals->value();
            return function_frame_locals(interp, f);
        }
    }
    return generic_getattr(interp, self, name, suppress_missing);
}

Value frame_repr(Interpreter& interp, Value self) {
    auto* f = static_cast<Frame*>(self.as_object());
    char address[32];
    std::snprintf(address, sizeof address, "%#llx",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(f)));
    if (!f->code) return Str::make(interp, std::string("<frame at ") + address + ">")->value();
    std::string out = std::string("<frame at ") + address + ", file '" +
                      (f->code->filename ? std::string(f->code->filename->view()) : "") +
                      "', line " + std::to_string(f->line()) + ", code " +
                      std::string(f->code->name->view()) + ">";
    return Str::make(interp, out)->value();
}

} // namespace

void init_frame_type(Interpreter& interp) {
    Type* t = make_builtin_type(interp, "frame", interp.types.object, sizeof(Frame), 0);
    t->slots.trace = frame_trace;
    t->slots.getattr = frame_getattr;
    t->slots.repr = frame_repr;
    interp.types.frame = t;
}

} // namespace coil::vm
