// RecursionGuard: counts a native re-entry (repr of nested containers, a comparison, a builtin
// function called from Python) against the recursion limit, as CPython's
// Py_EnterRecursiveCall does, so deep nesting raises RecursionError instead of exhausting the
// C stack, with CPython's message suffix for where it happened.
#pragma once
#include "vm/interpreter.hpp"

namespace coil::vm {

class RecursionGuard {
public:
    // `where` is CPython's suffix: " in comparison", " while calling a Python object"...
    RecursionGuard(Interpreter& interp, const char* where) : interp_(interp) {
        ok_ = ++interp.exec.depth <= interp.exec.recursion_limit;
        if (!ok_) {
            interp.raise_format(interp.exceptions.recursion_error,
                                "maximum recursion depth exceeded%s", where);
        }
    }
    ~RecursionGuard() { --interp_.exec.depth; }
    RecursionGuard(const RecursionGuard&) = delete;
    RecursionGuard& operator=(const RecursionGuard&) = delete;
    bool ok() const { return ok_; }

private:
    Interpreter& interp_;
    bool ok_;
};

// CPython counts a call of a builtin function taking one argument or none (METH_O and
// METH_NOARGS: repr, hash, abs) as a level of its own.
inline constexpr const char* calling_python_object = " while calling a Python object";

} // namespace coil::vm
