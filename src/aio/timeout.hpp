// asyncio.Timeout, timeout() and timeout_at(): the 3.11 async context manager that cancels the
// task running its body at a deadline and turns that cancellation into TimeoutError.
#pragma once
#include "aio/runtime.hpp"

namespace coil::aio {

// asyncio.timeout(delay) / asyncio.timeout_at(when): a new Timeout (delay None: no deadline).
Value make_timeout_after(Interpreter& interp, Value delay);
Value make_timeout_at(Interpreter& interp, Value when);

void init_timeout_type(Interpreter& interp, Runtime& rt);

} // namespace coil::aio
