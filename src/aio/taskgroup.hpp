// asyncio.TaskGroup (3.11): tasks created in an `async with` block are awaited when it ends;
// the first failure cancels the rest and the parent, and the failures leave as one
// BaseExceptionGroup / ExceptionGroup.
#pragma once
#include "aio/runtime.hpp"

namespace coil::aio {

// Makes the TaskGroup type; returns it.
Type* init_taskgroup_type(Interpreter& interp);

} // namespace coil::aio
