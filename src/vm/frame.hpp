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
    Function* function = nullptr;   // nullptr for module code
    Generator* generator = nullptr; // the generator or coroutine owning this frame
    Dict* globals = nullptr;
    Dict* builtins = nullptr;
    Dict* locals = nullptr;   // the LOAD_NAME namespace of module and class bodies
    uint32_t pc = 0;          // next instruction word, saved while not running
    uint32_t lasti = 0;       // the instruction running or last run (tracebacks)
    uint32_t stack_depth = 0; // values on the stack, saved while not running
    // Returning (or raising) out of this frame leaves the dispatch loop: C++ called it.
    bool is_entry = false;
    // Something besides the chain of running frames refers to this frame (a traceback), so
    // it must not be recycled when it finishes.
    bool escaped = false;
    // Set by YIELD_VALUE, cleared when the frame starts running again (generators).
    bool suspended = false;
    // A class's __init__ run by CALL in the caller's loop: returning leaves the new instance
    // (already on the caller's stack) in place of __init__'s None.
    bool returns_self = false;
    Value slots[1];

    Value* locals_plus() { return slots; }
    Value* cells() { return slots + code->nlocals; }
    Value* stack_base() { return slots + code->nlocals + code->ncells; }
    uint32_t line() const { return code->line_of(lasti); }
};

// A frame for `code` with unbound locals and empty cells; the caller fills parameters.
// Reuses a recycled frame of the same size when there is one.
Frame* make_frame(Interpreter& interp, CodeObject* code, Dict* globals, Dict* builtins);

// A finished frame: kept for reuse unless it escaped. Calls stay free of malloc and of GC
// debt in the common case.
void release_frame(Interpreter& interp, Frame* frame);

void init_frame_type(Interpreter& interp);

} // namespace coil::vm
