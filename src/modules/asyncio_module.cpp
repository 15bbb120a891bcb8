// The asyncio module: the functions and classes of CPython 3.11's asyncio, on the native loop
// of src/aio/.
#include "aio/as_completed.hpp"
#include "aio/combinators.hpp"
#include "aio/event_loop.hpp"
#include "aio/future.hpp"
#include "aio/native_coroutine.hpp"
#include "aio/runtime.hpp"
#include "aio/task.hpp"
#include "aio/taskgroup.hpp"
#include "aio/timeout.hpp"
#include "modules/asyncio_runner.hpp"
#include "modules/module_builder.hpp"
#include "vm/code.hpp"
#include "vm/exception.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/set.hpp"
#include "vm/tuple.hpp"

#include <vector>

namespace coil::modules {

using namespace coil::vm;
using aio::EventLoop;
using aio::Runtime;

namespace {

Value loop_or_none(EventLoop* loop) {
    return loop ? loop->value() : Value::error();
}

Value asyncio_sleep(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (nargs == 0 && !kwnames) { // a Python function in CPython: its message
        return interp.raise_type_error("sleep() missing 1 required positional argument: 'delay'");
    }
    if (!bind_native_args(interp, "sleep", args, nargs, kwnames, {"delay", "result"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    return aio::sleep(interp, bound[0], bound[1].is_absent() ? Value::none() : bound[1]);
}

Value asyncio_create_task(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "create_task", args, nargs, kwnames, {"coro", "name", "context"},
                          1, 1, bound)) {
        return Value::error();
    }
    EventLoop* loop = aio::get_running_loop(interp);
    if (!loop) return Value::error();
    aio::Task* t = aio::make_task_renamed(interp, loop, bound[0],
                                          bound[1].is_absent() ? Value::none() : bound[1]);
    if (!t || !aio::set_task_context(interp, t, bound[2])) return Value::error();
    return t->value();
}

Value asyncio_get_running_loop(Interpreter& interp, const Value*, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "get_running_loop", nargs)) return Value::error();
    return loop_or_none(aio::get_running_loop(interp));
}

Value asyncio_get_event_loop(Interpreter& interp, const Value*, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "get_event_loop", nargs)) return Value::error();
    return aio::get_event_loop(interp)->value();
}

Value asyncio_new_event_loop(Interpreter& interp, const Value*, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "new_event_loop", nargs)) return Value::error();
    return aio::make_event_loop(interp)->value();
}

Value asyncio_set_event_loop(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "set_event_loop", kwnames) ||
        !check_one_arg(interp, "set_event_loop", nargs)) {
        return Value::error();
    }
    if (!args[0].is_none() && !aio::is_event_loop(interp, args[0])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "loop must be an instance of AbstractEventLoop or None, not "
                                   "'%s'",
                                   std::string(type_name(interp, args[0])).c_str());
    }
    aio::runtime(interp).current_loop =
        args[0].is_none() ? nullptr : static_cast<EventLoop*>(args[0].as_object());
    return Value::none();
}

bool optional_loop(Interpreter& interp, Value v, EventLoop** out) {
    *out = nullptr;
    if (v.is_absent() || v.is_none()) return true;
    if (!aio::is_event_loop(interp, v)) {
        interp.raise_type_error("loop must be an event loop");
        return false;
    }
    *out = static_cast<EventLoop*>(v.as_object());
    return true;
}

Value asyncio_ensure_future(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "ensure_future", args, nargs, kwnames, {"coro_or_future", "loop"},
                          1, 1, bound)) {
        return Value::error();
    }
    EventLoop* loop;
    if (!optional_loop(interp, bound[1], &loop)) return Value::error();
    return aio::ensure_future(interp, bound[0], loop);
}

Value asyncio_gather(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    const size_t positional = nargs;
    bool return_exceptions = false;
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size(); ++i) {
            if (!as_str((*kwnames)[i])->equals("return_exceptions")) {
                return interp.raise_format(interp.exceptions.type_error,
                                           "gather() got an unexpected keyword argument '%s'",
                                           std::string(as_str((*kwnames)[i])->view()).c_str());
            }
            const int truth = ops::truthy(interp, args[positional + i]);
            if (truth < 0) return Value::error();
            return_exceptions = truth == 1;
        }
    }
    return aio::gather(interp, args, positional, return_exceptions);
}

Value asyncio_shield(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "shield", kwnames) || !check_one_arg(interp, "shield", nargs)) {
        return Value::error();
    }
    return aio::shield(interp, args[0]);
}

Value asyncio_wait_for(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "wait_for", args, nargs, kwnames, {"fut", "timeout"}, 2, 0,
                          bound)) {
        return Value::error();
    }
    return aio::wait_for(interp, bound[0], bound[1]);
}

Value asyncio_wait(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "wait", args, nargs, kwnames, {"fs", "timeout", "return_when"}, 1,
                          0, bound)) {
        return Value::error();
    }
    Value when = Value::from_small_int(2);
    if (!bound[2].is_absent()) {
        when = bound[2];
        if (is_str(when)) {
            const std::string_view w = as_str(when)->view();
            if (w == "FIRST_COMPLETED") when = Value::from_small_int(0);
            if (w == "FIRST_EXCEPTION") when = Value::from_small_int(1);
            if (w == "ALL_COMPLETED") when = Value::from_small_int(2);
        }
    }
    return aio::wait(interp, bound[0], bound[1].is_absent() ? Value::none() : bound[1], when);
}

Value asyncio_iscoroutine(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "iscoroutine", kwnames) ||
        !check_one_arg(interp, "iscoroutine", nargs)) {
        return Value::error();
    }
    // coroutines.iscoroutine also accepts generator objects (the old generator-based style).
    return Value::from_bool(aio::is_coroutine_like(interp, args[0]) ||
                            vm::is_generator(interp, args[0]));
}

Value asyncio_iscoroutinefunction(Interpreter& interp, const Value* args, size_t nargs,
                                  Tuple* kwnames) {
    if (!reject_keywords(interp, "iscoroutinefunction", kwnames) ||
        !check_one_arg(interp, "iscoroutinefunction", nargs)) {
        return Value::error();
    }
    Value f = args[0];
    if (f.is_object() && f.as_object()->type == interp.types.method) {
        f = ops::get_attr(interp, f, interp.intern("__func__"));
        if (f.is_error()) return f;
    }
    const bool coro = f.is_object() && f.as_object()->type == interp.types.function &&
                      (static_cast<Function*>(f.as_object())->code->flags & CodeCoroutine);
    return Value::from_bool(coro);
}

Value asyncio_isfuture(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "isfuture", kwnames) ||
        !check_one_arg(interp, "isfuture", nargs)) {
        return Value::error();
    }
    return Value::from_bool(aio::is_future(interp, args[0]));
}

Value asyncio_current_task(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value loop_arg;
    if (!bind_native_args(interp, "current_task", args, nargs, kwnames, {"loop"}, 0, 0,
                          &loop_arg)) {
        return Value::error();
    }
    EventLoop* loop;
    if (!optional_loop(interp, loop_arg, &loop)) return Value::error();
    if (!loop) loop = aio::get_running_loop(interp);
    if (!loop) return Value::error();
    return loop->current_task ? loop->current_task->value() : Value::none();
}

Value asyncio_all_tasks(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value loop_arg;
    if (!bind_native_args(interp, "all_tasks", args, nargs, kwnames, {"loop"}, 0, 0, &loop_arg)) {
        return Value::error();
    }
    EventLoop* loop;
    if (!optional_loop(interp, loop_arg, &loop)) return Value::error();
    if (!loop) loop = aio::get_running_loop(interp);
    if (!loop) return Value::error();
    Set* set = Set::make(interp);
    Rooted keep(interp.shadow_roots(), set->value());
    for (aio::Task* t : aio::unfinished_tasks(loop)) {
        if (set->add(interp, t->value()) < 0) return Value::error();
    }
    return set->value();
}

Value asyncio_timeout(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value delay;
    if (!bind_native_args(interp, "timeout", args, nargs, kwnames, {"delay"}, 1, 0, &delay)) {
        return Value::error();
    }
    return aio::make_timeout_after(interp, delay);
}

Value asyncio_as_completed(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "as_completed", args, nargs, kwnames, {"fs", "timeout"}, 1, 0,
                          bound)) {
        return Value::error();
    }
    return aio::as_completed(interp, bound[0], bound[1].is_absent() ? Value::none() : bound[1]);
}

Value asyncio_timeout_at(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value when;
    if (!bind_native_args(interp, "timeout_at", args, nargs, kwnames, {"when"}, 1, 0, &when)) {
        return Value::error();
    }
    return aio::make_timeout_at(interp, when);
}

} // namespace

Module* make_asyncio_module(Interpreter& interp) {
    Runtime& rt = aio::runtime(interp);
    Module* m = make_module(interp, "asyncio");
    module_def(interp, m, "run", asyncio_run);
    module_def(interp, m, "sleep", asyncio_sleep);
    module_def(interp, m, "create_task", asyncio_create_task);
    module_def(interp, m, "get_running_loop", asyncio_get_running_loop);
    module_def(interp, m, "get_event_loop", asyncio_get_event_loop);
    module_def(interp, m, "new_event_loop", asyncio_new_event_loop);
    module_def(interp, m, "set_event_loop", asyncio_set_event_loop);
    module_def(interp, m, "ensure_future", asyncio_ensure_future);
    module_def(interp, m, "gather", asyncio_gather);
    module_def(interp, m, "shield", asyncio_shield);
    module_def(interp, m, "wait_for", asyncio_wait_for);
    module_def(interp, m, "wait", asyncio_wait);
    module_def(interp, m, "iscoroutine", asyncio_iscoroutine);
    module_def(interp, m, "iscoroutinefunction", asyncio_iscoroutinefunction);
    module_def(interp, m, "isfuture", asyncio_isfuture);
    module_def(interp, m, "current_task", asyncio_current_task);
    module_def(interp, m, "all_tasks", asyncio_all_tasks);
    module_def(interp, m, "timeout", asyncio_timeout);
    module_def(interp, m, "as_completed", asyncio_as_completed);
    module_def(interp, m, "timeout_at", asyncio_timeout_at);
    const std::pair<const char*, Type*> types[] = {
        {"Future", rt.future},
        {"Task", rt.task},
        {"Handle", rt.handle},
        {"TimerHandle", rt.timer_handle},
        {"Queue", rt.queue},
        {"PriorityQueue", rt.priority_queue},
        {"LifoQueue", rt.lifo_queue},
        {"Event", rt.event},
        {"Lock", rt.lock},
        {"Semaphore", rt.semaphore},
        {"BoundedSemaphore", rt.bounded_semaphore},
        {"Condition", rt.condition},
        {"Barrier", rt.barrier},
        {"BrokenBarrierError", rt.broken_barrier_error},
        {"QueueShutDown", rt.queue_shut_down},
        {"Timeout", rt.timeout},
        {"CancelledError", rt.cancelled_error},
        {"InvalidStateError", rt.invalid_state_error},
        {"QueueEmpty", rt.queue_empty},
        {"QueueFull", rt.queue_full},
        {"TimeoutError", interp.exceptions.timeout_error},
        {"AbstractEventLoop", rt.event_loop},
        {"BaseEventLoop", rt.event_loop},
    };
    for (const auto& [name, type] : types) {
        if (type) module_set(interp, m, name, type->value());
    }
    module_set(interp, m, "Runner", make_runner_type(interp)->value());
    module_set(interp, m, "TaskGroup", aio::init_taskgroup_type(interp)->value());
    for (const char* name : {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"}) {
        module_set(interp, m, name, interp.intern(name)->value());
    }
    return m;
}

} // namespace coil::modules
