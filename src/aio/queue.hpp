// asyncio.Queue, PriorityQueue and LifoQueue, natively, with queues.py's wake-up order: a put
// wakes the first waiting getter through its future, and the woken getter checks again (R10).
// Also 3.13's Queue.shutdown(immediate=False) and QueueShutDown.
#pragma once
#include "aio/runtime.hpp"

namespace coil::aio {

void init_queue_types(Interpreter& interp, Runtime& rt);

} // namespace coil::aio
