// The asyncio functions built on futures and tasks: ensure_future, gather, shield, wait_for,
// wait and sleep, with the callback order of CPython's tasks.py (R8, R9).
#pragma once
#include "aio/future.hpp"

namespace coil::aio {

// ensure_future(obj, loop=loop): a future as is, a coroutine wrapped in a task, an awaitable
// driven by a task. TypeError "An asyncio.Future, a coroutine or an awaitable is required".
// loop may be nullptr (the current event loop then).
Value ensure_future(Interpreter& interp, Value obj, EventLoop* loop);
// gather(*aws, return_exceptions=...): a future for the list of results (R9).
Value gather(Interpreter& interp, const Value* aws, size_t n, bool return_exceptions);
// shield(aw)
Value shield(Interpreter& interp, Value aw);
// sleep(delay, result): a coroutine; sleep(0) is one bare yield (R8).
Value sleep(Interpreter& interp, Value delay, Value result);
// wait_for(aw, timeout): a coroutine.
Value wait_for(Interpreter& interp, Value aw, Value timeout);
// wait(fs, timeout=, return_when=): a coroutine returning (done, pending).
Value wait(Interpreter& interp, Value fs, Value timeout, Value return_when);

// _GatheringFuture.cancel(msg): cancels the unfinished children.
bool gathering_future_cancel(Interpreter& interp, Future* outer, Value msg);

// The callback that stops the loop when run_until_complete's future is done.
bool run_until_complete_callback(Interpreter& interp, Value loop, Value future);

void init_gathering_future_type(Interpreter& interp, Runtime& rt);

} // namespace coil::aio
