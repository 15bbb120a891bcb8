// asyncio's synchronisation primitives natively: Event, Lock, Semaphore, BoundedSemaphore,
// Condition, Barrier, with locks.py's waiter queues and wake-up order.
#pragma once
#include "aio/event_loop.hpp"

namespace coil::aio {

// One layout for every primitive; the type says which it is.
struct Primitive : Object {
    EventLoop* loop = nullptr; // bound on first use (_LoopBoundMixin)
    Ring<Value> waiters;       // futures, oldest first
    int64_t count = 0;         // Event: set; Lock: locked; Semaphore: the counter
    int64_t bound = 0;         // BoundedSemaphore's initial value
    Value lock;                // Condition's lock
};

// _LoopBoundMixin._get_loop: the running loop, which must be the one the primitive first
// ran on. nullptr with RuntimeError pending otherwise.
EventLoop* primitive_loop(Interpreter& interp, Primitive* p);

// A new asyncio.Event (Queue.join waits on one).
Primitive* make_event(Interpreter& interp);
void event_set(Interpreter& interp, Primitive* event);
// Event.wait(): a coroutine.
Value event_wait(Interpreter& interp, Primitive* event);

void trace_waiters(const Ring<Value>& waiters, Tracer& tracer);
// Removes the first occurrence of `v` from `waiters` (deque.remove without the ValueError).
void remove_waiter(Ring<Value>& waiters, Value v);

void init_sync_types(Interpreter& interp, Runtime& rt);

} // namespace coil::aio
