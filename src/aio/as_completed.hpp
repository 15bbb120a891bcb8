// asyncio.as_completed(fs, *, timeout=None): as CPython 3.11 an iterator of coroutines, each
// returning (or raising) the outcome of the next future to finish; as 3.13 also an async
// iterator yielding the futures themselves (the given tasks and futures) as they finish.
#pragma once
#include "aio/runtime.hpp"

namespace coil::aio {

Value as_completed(Interpreter& interp, Value fs, Value timeout);

void init_as_completed_type(Interpreter& interp, Runtime& rt);

} // namespace coil::aio
