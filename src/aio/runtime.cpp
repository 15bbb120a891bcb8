// The per-interpreter asyncio runtime: made on first use, with every type it hands out.
#include "aio/runtime.hpp"

#include "aio/as_completed.hpp"
#include "aio/combinators.hpp"
#include "aio/coroutine_wrapper.hpp"
#include "aio/event_loop.hpp"
#include "aio/future.hpp"
#include "aio/native_coroutine.hpp"
#include "aio/queue.hpp"
#include "aio/sync.hpp"
#include "aio/task.hpp"
#include "aio/timeout.hpp"
#include "vm/exception.hpp"
#include "vm/heap.hpp"
#include "vm/str.hpp"
#include "vm/type.hpp"

namespace coil::aio {

void Runtime::trace(Tracer& tracer) {
    tracer.mark(running_loop);
    tracer.mark(current_loop);
    tracer.mark(sigint_runner);
    // The types are in the interpreter's builtin_type_list; these are marked for clarity.
    for (Type* t : {event_loop,
                    handle,
                    timer_handle,
                    future,
                    future_iter,
                    task,
                    gathering_future,
                    native_coroutine,
                    queue,
                    priority_queue,
                    lifo_queue,
                    event,
                    lock,
                    semaphore,
                    bounded_semaphore,
                    condition,
                    timeout,
                    wait_state,
                    cancelled_error,
                    invalid_state_error,
                    queue_empty,
                    queue_full,
                    as_completed_state,
                    runner,
                    coroutine_wrapper}) {
        tracer.mark(t);
    }
}

Type* make_exception_class(Interpreter& interp, const char* name, Type* base, const char* module) {
    Type* t = vm::make_builtin_type(interp, name, base, sizeof(vm::BaseException),
                                    vm::TypeBaseType | vm::TypeExceptionSubclass | vm::TypeHasDict);
    vm::type_set_attr(interp, t, "__module__", vm::Str::make(interp, module)->value());
    return t;
}

Runtime& runtime(Interpreter& interp) {
    if (interp.async_runtime) return static_cast<Runtime&>(*interp.async_runtime);
    auto owned = std::make_unique<Runtime>();
    Runtime& rt = *owned;
    interp.async_runtime = std::move(owned);
    rt.cancelled_error =
        make_exception_class(interp, "CancelledError", interp.exceptions.base_exception);
    rt.invalid_state_error =
        make_exception_class(interp, "InvalidStateError", interp.exceptions.exception);
    rt.queue_empty =
        make_exception_class(interp, "QueueEmpty", interp.exceptions.exception, "asyncio.queues");
    rt.queue_full =
        make_exception_class(interp, "QueueFull", interp.exceptions.exception, "asyncio.queues");
    init_event_loop_types(interp, rt);
    init_future_types(interp, rt);
    init_task_type(interp, rt);
    init_gathering_future_type(interp, rt);
    init_native_coroutine_type(interp, rt);
    init_coroutine_wrapper_type(interp, rt);
    init_queue_types(interp, rt);
    init_sync_types(interp, rt);
    init_timeout_type(interp, rt);
    init_as_completed_type(interp, rt);
    return rt;
}

} // namespace coil::aio
