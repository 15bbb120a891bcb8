// Frame: one activation of a code object, on the heap so that generators and coroutines can
// own a suspended one. Locals, cells and the value stack live inline after the header.
#pragma once
#include "vm/code.hpp"
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <cstddef>

namespace coil::vm {

struct Function;
struct Dict;
struct Generator;

struct Frame : Object {
    Frame* previous = nullptr; // the caller, while this frame runs or waits for a callee
    CodeObject* code = nullptr;
    Generator* generator = nullptr; // the generator or coroutine owning this frame
    Dict* globals = nullptr;
    Dict* builtins = nullptr;
    Dict* locals = nullptr;   // the LOAD_NAME namespace of module and class bodies
    uint32_t pc = 0;          // next instruction word, saved while not running
    uint32_t lasti = 0;       // the instruction running or last run (tracebacks)
    uint32_t stack_depth = 0; // values on the stack, saved while not running
    // One byte of flags, so the slots start right after it (a suspended task holds a frame).
    // Returning (or raising) out of this frame leaves the dispatch loop: C++ called it.
    bool is_entry : 1 = false;
    // Something besides the chain of running frames refers to this frame (a traceback), so
    // it must not be recycled when it finishes.
    bool escaped : 1 = false;
    // Set by YIELD_VALUE, cleared when the frame starts running again (generators).
    bool suspended : 1 = false;
    // A class's __init__ run by CALL in the caller's loop: returning leaves the new instance
    // (already on the caller's stack) in place of __init__'s None.
    bool returns_self : 1 = false;
    // Finished and kept on its code object's list for reuse: it holds no references.
    bool spare : 1 = false;
    Value slots[1];

    Value* locals_plus() { return slots; }
    Value* cells() { return slots + code->nlocals; }
    Value* stack_base() { return slots + code->nlocals + code->ncells; }
    uint32_t line() const { return code->line_of(lasti); }
};

// Each code object keeps up to this many finished frames: enough for recursion and for a
// generator-heavy loop, while a deep recursion's frames are left to the collector.
constexpr uint32_t max_spare_frames = 64;

// A new frame for `code` from the heap, for when it has no spare one.
Frame* allocate_frame(Interpreter& interp, CodeObject* code);

// A frame for `code` with unbound locals and empty cells; the caller fills parameters.
// Reuses one of the code's finished frames when there is one. Inline: every call makes one.
inline Frame* make_frame(Interpreter& interp, CodeObject* code, Dict* globals, Dict* builtins) {
    Frame* f = code->spare_frames;
    if (f) {
        code->spare_frames = f->previous;
        --code->spare_count;
        f->previous = nullptr;
        f->spare = false;
    } else {
        f = allocate_frame(interp, code);
    }
    f->returns_self = false;
    f->globals = globals;
    f->builtins = builtins;
    Value* slot = f->slots;
    for (uint32_t i = 0; i < code->nlocals + code->ncells; ++i) *slot++ = Value::absent();
    // Stack slots are traced whole, so they must hold valid values from the start.
    for (uint32_t i = 0; i < code->stack_size; ++i) *slot++ = Value::none();
    return f;
}

// A finished frame: kept on its code's list for reuse unless it escaped. Calls stay free of
// malloc and of GC debt in the common case.
inline void release_frame(Frame* frame) {
    CodeObject* code = frame->code;
    if (frame->escaped || code->spare_count >= max_spare_frames) return;
    frame->globals = nullptr;
    frame->builtins = nullptr;
    frame->locals = nullptr;
    frame->pc = 0;
    frame->lasti = 0;
    frame->stack_depth = 0;
    frame->is_entry = false;
    frame->spare = true;
    frame->previous = code->spare_frames;
    code->spare_frames = frame;
    ++code->spare_count;
}

void init_frame_type(Interpreter& interp);

} // namespace coil::vm
