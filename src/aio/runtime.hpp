// The asyncio runtime of one interpreter: its types, exception classes and event-loop state,
// kept on the interpreter as its async_runtime extension.
#pragma once
#include "vm/interpreter.hpp"

#include <cstdint>

namespace coil::aio {

using vm::Interpreter;
using vm::Object;
using vm::Str;
using vm::Tracer;
using vm::Tuple;
using vm::Type;
using vm::Value;

struct EventLoop;

struct Runtime final : vm::InterpreterExtension {
    // Types of the objects the loop and the asyncio module hand out.
    Type* event_loop = nullptr;
    Type* handle = nullptr;
    Type* timer_handle = nullptr;
    Type* future = nullptr;
    Type* future_iter = nullptr;
    Type* task = nullptr;
    Type* gathering_future = nullptr;
    Type* native_coroutine = nullptr;
    Type* coroutine_wrapper = nullptr; // what coroutine.__await__() returns
    Type* queue = nullptr;
    Type* priority_queue = nullptr;
    Type* lifo_queue = nullptr;
    Type* event = nullptr;
    Type* lock = nullptr;
    Type* semaphore = nullptr;
    Type* bounded_semaphore = nullptr;
    Type* condition = nullptr;
    Type* barrier = nullptr;
    Type* timeout = nullptr;
    Type* runner = nullptr;
    Type* as_completed_state = nullptr; // as_completed's shared queue, never seen either
    Type* wait_state = nullptr;         // asyncio.wait's bookkeeping, never seen by Python code
    // asyncio's exception classes (TimeoutError is the builtin one, as in 3.11).
    Type* cancelled_error = nullptr;
    Type* invalid_state_error = nullptr;
    Type* queue_empty = nullptr;
    Type* queue_full = nullptr;
    Type* queue_shut_down = nullptr; // 3.13's QueueShutDown
    Type* broken_barrier_error = nullptr;

    EventLoop* running_loop = nullptr; // the loop inside run_forever, if any
    EventLoop* current_loop = nullptr; // set_event_loop's loop
    Object* sigint_runner = nullptr;   // the asyncio.Runner whose run() SIGINT cancels
    uint64_t task_counter = 0;         // numbers the default task names Task-1, Task-2, ...
    bool virtual_time = false;         // loops made from now on run on a virtual clock

    void trace(Tracer& tracer) override;
};

// The interpreter's asyncio runtime, made (with every asyncio type) on first use.
Runtime& runtime(Interpreter& interp);

// Makes an exception class `name` of module asyncio.exceptions (or `module`).
Type* make_exception_class(Interpreter& interp, const char* name, Type* base,
                           const char* module = "asyncio.exceptions");

} // namespace coil::aio
