// The context-manager protocols of `with` and `async with` (CPython's BEFORE_WITH,
// BEFORE_ASYNC_WITH and WITH_EXCEPT_START).
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

// Looks up __enter__ and __exit__ on the type of `mgr` and binds them to it, as CPython's
// _PyObject_LookupSpecial does. TypeError "'int' object does not support the context manager
// protocol" (with "(missed __exit__ method)" when only __exit__ is missing); false on failure.
bool bind_context_methods(Interpreter& interp, Value mgr, Value* enter, Value* exit);

// The same for `async with`: __aenter__ and __aexit__, "asynchronous context manager protocol".
bool bind_async_context_methods(Interpreter& interp, Value mgr, Value* enter, Value* exit);

// exit(type(exc), exc, exc.__traceback__): what __exit__ gets when the body raised.
Value call_exit_with_exception(Interpreter& interp, Value exit, Value exc);

} // namespace coil::vm
