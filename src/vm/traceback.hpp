// Traceback objects (one per frame an exception passed through) and the uncaught-exception
// printer that writes exactly what CPython 3.11 writes to stderr.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string>

namespace coil::vm {

struct Frame;

struct Traceback : Object {
    Value next = Value::none(); // tb_next: the entry one frame further in
    Frame* frame = nullptr;
    uint32_t lasti = 0; // the instruction that was running in `frame`
};

// PyTraceBack_Here: prepends an entry for `frame` at its current instruction to the
// traceback of exception instance `exc`.
void add_traceback(Interpreter& interp, Value exc, Frame* frame);

// The whole report for `exc`: its __cause__/__context__ chain first, then
// "Traceback (most recent call last):", the entries with source lines and `~~~^^^` markers,
// and "TypeName: message".
std::string format_exception(Interpreter& interp, Value exc);

// Writes format_exception(exc) to stderr.
void print_exception(Interpreter& interp, Value exc);

void init_traceback_type(Interpreter& interp);

} // namespace coil::vm
