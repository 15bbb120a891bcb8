// The async-iterator protocol of `async for` (CPython's GET_AITER and GET_ANEXT).
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

namespace coil::vm {

// iterable.__aiter__(), which must have __anext__: TypeError "'async for' requires an object
// with __aiter__ method, got int" otherwise.
Value get_aiter(Interpreter& interp, Value iterable);

// aiter.__anext__(): TypeError "'async for' requires an iterator with __anext__ method, got
// int" when there is none.
Value get_anext(Interpreter& interp, Value aiter);

// What `async for` awaits for the next item: the awaitable of `next`, what __anext__()
// returned (which the caller keeps rooted).
Value anext_awaitable(Interpreter& interp, Value next);

} // namespace coil::vm
