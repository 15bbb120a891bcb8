// asyncio.Runner and asyncio.run natively, as runners.py of CPython 3.11: run() drives one
// task to completion on the runner's loop; close() cancels the tasks left, waits for them,
// reports their errors, runs the shutdown steps and closes the loop.
#include "modules/asyncio_runner.hpp"

#include "aio/combinators.hpp"
#include "aio/event_loop.hpp"
#include "aio/future.hpp"
#include "aio/native_coroutine.hpp"
#include "aio/runtime.hpp"
#include "aio/task.hpp"
#include "vm/exception.hpp"
#include "vm/heap.hpp"
#include "vm/list.hpp"
#include "vm/native_function.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <string>

namespace coil::modules {

using namespace coil::vm;
using aio::EventLoop;
using aio::Runtime;

namespace {

enum class RunnerState : uint8_t { Created, Initialized, Closed };

struct Runner : Object {
    EventLoop* loop = nullptr;
    Value debug = Value::none();
    Value context = Value::none();   // run() runs its tasks in it unless given another
    Value main_task = Value::none(); // what a SIGINT during run() cancels
    int interrupt_count = 0;
    RunnerState state = RunnerState::Created;
    bool set_event_loop = false;
};

Runner* self_runner(Value v) {
    return static_cast<Runner*>(v.as_object());
}

void trace_runner(Object* self, Tracer& tracer) {
    auto* r = static_cast<Runner*>(self);
    tracer.mark(r->loop);
    tracer.mark(r->debug);
    tracer.mark(r->context);
    tracer.mark(r->main_task);
}

// runners._cancel_all_tasks: cancel what is left, let it finish, report its errors.
bool cancel_all_tasks(Interpreter& interp, EventLoop* loop) {
    const std::vector<aio::Task*> tasks = aio::unfinished_tasks(loop);
    if (tasks.empty()) return true;
    List* list = List::make(interp, tasks.size());
    Rooted keep(interp.shadow_roots(), list->value());
    for (aio::Task* t : tasks) {
        list->append(interp, t->value());
        aio::task_cancel(interp, t, Value::none());
    }
    const Value all = aio::gather(interp, list->items(), list->size(), true);
    if (all.is_error()) return false;
    if (aio::run_until_complete(interp, loop, all).is_error()) return false;
    for (Value v : *list) {
        aio::Task* t = aio::as_task(v);
        if (t->state == aio::FutureState::Cancelled || !t->has_exception) continue;
        interp.set_pending(t->result);
        aio::report_exception(interp, loop, "unhandled exception during asyncio.run() shutdown",
                              t->value());
    }
    return true;
}

// Runner._lazy_init
bool lazy_init(Interpreter& interp, Runner* r) {
    if (r->state == RunnerState::Closed) {
        interp.raise(interp.exceptions.runtime_error, "Runner is closed");
        return false;
    }
    if (r->state == RunnerState::Initialized) return true;
    EventLoop* loop = aio::make_event_loop(interp);
    r->loop = loop;
    aio::runtime(interp).current_loop = loop;
    r->set_event_loop = true;
    if (!r->debug.is_none()) {
        const int debug = ops::truthy(interp, r->debug);
        if (debug < 0) return false;
        loop->debug = debug == 1;
    }
    r->context = vm::copy_context(interp)->value();
    r->state = RunnerState::Initialized;
    return true;
}

// Runner.close(): the shutdown steps, then the loop is closed even when one failed.
bool runner_close(Interpreter& interp, Runner* r) {
    if (r->state != RunnerState::Initialized) return true;
    EventLoop* loop = r->loop;
    Rooted keep(interp.shadow_roots(), loop->value());
    bool ok = cancel_all_tasks(interp, loop);
    if (ok) {
        const Value coro = aio::shutdown_asyncgens(interp, loop);
        ok = !aio::run_until_complete(interp, loop, coro).is_error();
    }
    if (ok) {
        const Value coro = aio::shutdown_default_executor(interp);
        ok = !aio::run_until_complete(interp, loop, coro).is_error();
    }
    Runtime& rt = aio::runtime(interp);
    if (r->set_event_loop && rt.current_loop == loop) rt.current_loop = nullptr;
    const Value failure = ok ? Value::none() : interp.take_pending();
    Rooted keep_failure(interp.shadow_roots(), failure);
    aio::close_event_loop(interp, loop);
    r->loop = nullptr;
    r->state = RunnerState::Closed;
    if (!ok) interp.set_pending(failure);
    return ok;
}

// Runner._on_sigint: the first SIGINT cancels the main task, the next raise KeyboardInterrupt.
bool runner_on_sigint(Interpreter& interp) {
    Runner* r = static_cast<Runner*>(aio::runtime(interp).sigint_runner);
    ++r->interrupt_count;
    if (r->interrupt_count == 1 && !r->main_task.is_none() &&
        !aio::future_done(aio::as_task(r->main_task))) {
        aio::task_cancel(interp, aio::as_task(r->main_task), Value::none());
        return true;
    }
    interp.set_pending(
        make_exception(interp, interp.exceptions.keyboard_interrupt, Tuple::make(interp, 0))
            ->value());
    return false;
}

// run_until_complete(task) with SIGINT cancelling the task; a run ended by that cancellation
// raises KeyboardInterrupt (with the CancelledError as its context), as runners.py does.
Value run_main_task(Interpreter& interp, Runner* r, aio::Task* task) {
    Runtime& rt = aio::runtime(interp);
    Object* const outer_runner = rt.sigint_runner;
    bool (*const outer_hook)(Interpreter&) = interp.sigint_hook;
    const bool install = !outer_hook;
    if (install) {
        rt.sigint_runner = r;
        interp.sigint_hook = runner_on_sigint;
    }
    r->main_task = task->value();
    r->interrupt_count = 0;
    const Value result = aio::run_until_complete(interp, r->loop, task->value());
    if (install) {
        rt.sigint_runner = outer_runner;
        interp.sigint_hook = outer_hook;
    }
    r->main_task = Value::none();
    if (!result.is_error() || r->interrupt_count == 0 ||
        !interp.pending_matches(rt.cancelled_error)) {
        return result;
    }
    if (task_uncancel(task) != 0) return result;
    const Value cancelled = interp.take_pending();
    Rooted keep(interp.shadow_roots(), cancelled);
    BaseException* interrupt =
        make_exception(interp, interp.exceptions.keyboard_interrupt, Tuple::make(interp, 0));
    interrupt->context = cancelled;
    interp.set_pending(interrupt->value());
    return Value::error();
}

// Runner.run(coro, context=context): its result, or error().
Value runner_run(Interpreter& interp, Runner* r, Value coro, Value context) {
    if (!aio::is_coroutine_like(interp, coro)) {
        Str* repr = ops::repr(interp, coro);
        if (!repr) return Value::error();
        return interp.raise_format(interp.exceptions.value_error,
                                   "a coroutine was expected, got %s",
                                   std::string(repr->view()).c_str());
    }
    if (aio::runtime(interp).running_loop) {
        return interp.raise(interp.exceptions.runtime_error,
                            "Runner.run() cannot be called from a running event loop");
    }
    if (!lazy_init(interp, r)) return Value::error();
    aio::Task* task = aio::make_task(interp, r->loop, coro, Value::none());
    const Value ctx = context.is_absent() || context.is_none() ? r->context : context;
    if (!task || !aio::set_task_context(interp, task, ctx)) return Value::error();
    const Value result = run_main_task(interp, r, task);
    Rooted keep_result(interp.shadow_roots(), result.is_error() ? Value::none() : result);
    aio::report_abandoned_futures(interp, r->loop, false);
    return result;
}

Runner* new_runner(Interpreter& interp, Value debug) {
    Rooted keep(interp.shadow_roots(), debug);
    Runner* r = interp.heap().make<Runner>(aio::runtime(interp).runner);
    r->debug = debug;
    return r;
}

Value runner_new(Interpreter& interp, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (nargs) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "Runner.__init__() takes 1 positional argument but %zu were "
                                   "given",
                                   nargs + 1);
    }
    if (!bind_native_args(interp, "Runner", args, nargs, kwnames, {"debug", "loop_factory"}, 0, 0,
                          bound)) {
        return Value::error();
    }
    if (!bound[1].is_absent() && !bound[1].is_none()) {
        return interp.raise(interp.exceptions.not_implemented_error,
                            "Runner(loop_factory=...) is not supported");
    }
    return new_runner(interp, bound[0].is_absent() ? Value::none() : bound[0])->value();
}

Value runner_run_method(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "run", args + 1, nargs - 1, kwnames, {"coro", "context"}, 1, 1,
                          bound)) {
        return Value::error();
    }
    return runner_run(interp, self_runner(args[0]), bound[0], bound[1]);
}

Value runner_close_method(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "close", nargs - 1)) return Value::error();
    return runner_close(interp, self_runner(args[0])) ? Value::none() : Value::error();
}

Value runner_get_loop(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "get_loop", nargs - 1)) return Value::error();
    Runner* r = self_runner(args[0]);
    if (!lazy_init(interp, r)) return Value::error();
    return r->loop->value();
}

Value runner_enter(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "__enter__", nargs - 1)) return Value::error();
    if (!lazy_init(interp, self_runner(args[0]))) return Value::error();
    return args[0];
}

Value runner_exit(Interpreter& interp, const Value* args, size_t nargs, Tuple*) {
    if (nargs != 4) return interp.raise_type_error("__exit__ expected 3 arguments");
    return runner_close(interp, self_runner(args[0])) ? Value::none() : Value::error();
}

} // namespace

Value asyncio_run(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "run", args, nargs, kwnames, {"main", "debug"}, 1, 1, bound)) {
        return Value::error();
    }
    if (aio::runtime(interp).running_loop) {
        return interp.raise(interp.exceptions.runtime_error,
                            "asyncio.run() cannot be called from a running event loop");
    }
    Runner* r = new_runner(interp, bound[1].is_absent() ? Value::none() : bound[1]);
    Rooted keep_runner(interp.shadow_roots(), r->value());
    const Value result = runner_run(interp, r, bound[0], Value::none());
    Rooted keep_result(interp.shadow_roots(), result.is_error() ? Value::none() : result);
    // `with Runner(...)`: close() runs after a failure too, and the failure wins.
    const Value failure = result.is_error() ? interp.take_pending() : Value::none();
    Rooted keep_failure(interp.shadow_roots(), failure);
    const bool closed = runner_close(interp, r);
    if (!failure.is_none()) {
        if (interp.has_pending()) interp.clear_pending();
        interp.set_pending(failure);
        return Value::error();
    }
    return closed ? result : Value::error();
}

Type* make_runner_type(Interpreter& interp) {
    Runtime& rt = aio::runtime(interp);
    if (rt.runner) return rt.runner;
    Type* t = make_builtin_type(interp, "Runner", interp.types.object, sizeof(Runner), 0);
    t->slots.trace = trace_runner;
    t->slots.new_ = runner_new;
    vm::type_set_attr(interp, t, "__module__", Str::make(interp, "asyncio.runners")->value());
    add_method(interp, t, "run", runner_run_method);
    add_method(interp, t, "close", runner_close_method);
    add_method(interp, t, "get_loop", runner_get_loop);
    add_method(interp, t, "__enter__", runner_enter);
    add_method(interp, t, "__exit__", runner_exit);
    rt.runner = t;
    return t;
}

} // namespace coil::modules
