// coroutine.__await__(): the coroutine_wrapper iterator that `yield from` and next() can drive,
// for Python coroutines and native ones alike.
#pragma once
#include "aio/runtime.hpp"

namespace coil::aio {

// Makes the wrapper type and gives Python coroutines their __await__ method.
void init_coroutine_wrapper_type(Interpreter& interp, Runtime& rt);
// coro.__await__() for a Python or native coroutine.
Value make_coroutine_wrapper(Interpreter& interp, Value coro);

} // namespace coil::aio
